"""How an edition ends: decisions (and the frozen ranking each came from), prizes shared ex
aequo, categories left without an award, and the result mails that wait for publication."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Decision(models.Model):
    """A decision on a candidacy: its transition, the snapshot it came from, its distinction.

    The candidacy's state says where it stands; decisions say why, and keep what the state
    cannot: a special mention's name, the prize and its share, a departure from the ranking
    with its reason. Never changed: a new decision is written instead.
    """

    candidacy = models.ForeignKey(
        "awards.Candidacy", on_delete=models.PROTECT, related_name="decisions"
    )
    transition = models.CharField(_("decision"), max_length=30)
    record = models.OneToOneField(
        "awards.TransitionRecord", on_delete=models.PROTECT, related_name="decision"
    )
    snapshot = models.ForeignKey(
        "reports.RankingSnapshot",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decisions",
        verbose_name=_("frozen ranking"),
    )
    rank = models.PositiveIntegerField(_("rank in that ranking"), null=True, blank=True)
    mention = models.CharField(_("name of the mention"), max_length=200, blank=True)
    prize = models.ForeignKey(
        "awards.Prize", on_delete=models.PROTECT, null=True, blank=True, related_name="decisions"
    )
    prize_share = models.DecimalField(
        _("share of the prize"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    departs_from_ranking = models.BooleanField(_("departs from the ranking's rule"), default=False)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["decided_at", "id"]

    def __str__(self) -> str:
        return f"{self.candidacy} — {self.transition}"

    @property
    def edition(self) -> Any:
        return self.candidacy.edition


class NoAward(models.Model):
    """The jury gives no award in a category (or, with no category, in the whole edition)."""

    edition = models.ForeignKey(
        "awards.Edition", on_delete=models.CASCADE, related_name="no_awards"
    )
    category = models.ForeignKey(
        "awards.Category", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    reason = models.TextField(_("reason"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        verbose_name = _("no award")
        verbose_name_plural = _("no awards")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "category"], name="one_no_award_per_category"
            )
        ]

    def __str__(self) -> str:
        return f"{self.edition} — {self.category or '—'}"


class OutboxMessage(models.Model):
    """A result mail, written when the decision is taken and sent when the edition publishes.

    The secretariat reads them before publication; a candidacy has at most one waiting.
    """

    candidacy = models.OneToOneField(
        "awards.Candidacy", on_delete=models.CASCADE, related_name="outbox"
    )
    to = models.JSONField(_("to"), default=list)
    language = models.CharField(_("language"), max_length=5)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    prepared_at = models.DateTimeField(_("written"), auto_now=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("result mail")
        verbose_name_plural = _("result mails")
        ordering = ["candidacy__reference_number"]

    def __str__(self) -> str:
        return self.subject


def equal_shares(amount: Decimal, count: int) -> list[Decimal]:
    """A prize split ex aequo into ``count`` shares of whole cents that add up to the amount;
    the cents left over go to the first shares, one each."""
    cents = int((amount * 100).to_integral_value())
    base, extra = divmod(cents, count)
    return [Decimal(base + (1 if index < extra else 0)) / 100 for index in range(count)]
