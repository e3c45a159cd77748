"""The public vote on an edition's finalists: its window, the ballots and their review."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PublicVote(models.Model):
    """An edition's optional public vote: registered voters pick between ``min_picks`` and
    ``max_picks`` of the candidacies on the ballot, once each, within the window."""

    edition = models.OneToOneField(
        "awards.Edition", on_delete=models.CASCADE, related_name="public_vote"
    )
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    min_picks = models.PositiveSmallIntegerField(_("fewest picks"), default=1)
    max_picks = models.PositiveSmallIntegerField(_("most picks"), default=3)
    candidacies = models.ManyToManyField(
        "awards.Candidacy", related_name="+", verbose_name=_("on the ballot")
    )
    counted_at = models.DateTimeField(_("counted"), null=True, blank=True)
    # The community mention, once given. It lives here only, never in the candidacy's state
    # machine: that belongs to the jury, which may still declare the public's favourite a
    # winner or a finalist. Public once the edition's results are (awards.vote_queries).
    community_candidacy = models.ForeignKey(
        "awards.Candidacy",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("community mention given to"),
    )
    community_mention = models.CharField(
        _("name of the community mention"), max_length=200, blank=True
    )

    class Meta:
        verbose_name = _("public vote")
        verbose_name_plural = _("public votes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="vote_closes_after_it_opens",
            ),
            models.CheckConstraint(
                condition=models.Q(min_picks__gte=1)
                & models.Q(max_picks__gte=models.F("min_picks")),
                name="vote_picks_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.edition} — {_('public vote')}"

    @property
    def is_open(self) -> bool:
        return self.opens_at <= timezone.now() < self.closes_at

    @property
    def is_closed(self) -> bool:
        return timezone.now() >= self.closes_at

    @property
    def has_opened(self) -> bool:
        """Open or closed: the ballot list has been announced."""
        return timezone.now() >= self.opens_at


class Ballot(models.Model):
    """One voter's picks. Suspicious ballots are flagged and wait for the secretariat's review
    before they count; the address they came from is kept only as a keyed hash."""

    # No index of its own: the constraint and the indexes below all begin with the vote.
    vote = models.ForeignKey(
        PublicVote, on_delete=models.CASCADE, related_name="ballots", db_index=False
    )
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="ballots"
    )
    picks = models.ManyToManyField("awards.Candidacy", related_name="+")
    cast_at = models.DateTimeField(_("cast"), default=timezone.now)
    origin = models.CharField(_("origin (hashed)"), max_length=64)
    domain = models.CharField(_("e-mail domain"), max_length=200)
    # The voter's mailbox, normalised (aliases folded together) and kept as a keyed hash like
    # the origin: two accounts on one mailbox show, the address itself is not repeated here.
    mailbox = models.CharField(_("mailbox (hashed)"), max_length=64, blank=True)
    flagged = models.BooleanField(_("flagged"), default=False)
    flag_reason = models.CharField(_("why it is flagged"), max_length=300, blank=True)
    counts = models.BooleanField(
        _("counts"), default=True, help_text=_("The secretariat may leave a flagged ballot out.")
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Set by the secretariat's review: a flagged ballot without it is still waiting.
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.UniqueConstraint(fields=["vote", "voter"], name="one_ballot_per_voter")
        ]
        # What the burst checks read at every cast: the vote's ballots from one origin, one
        # mail domain or one mailbox (recent ones, or over the whole vote).
        indexes = [
            models.Index(fields=["vote", "origin", "cast_at"], name="ballot_burst_origin"),
            models.Index(fields=["vote", "domain", "cast_at"], name="ballot_burst_domain"),
            models.Index(fields=["vote", "mailbox"], name="ballot_same_mailbox"),
        ]

    def __str__(self) -> str:
        return f"{self.vote} — {self.voter_id}"

    @property
    def awaits_review(self) -> bool:
        return self.flagged and self.reviewed_at is None

    @property
    def edition(self) -> Any:
        return self.vote.edition
