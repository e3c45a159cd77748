"""An award cycle and what it is made of: categories, rounds, criteria, prizes, exclusions.

The edition's state machine is declared here; read it to know the award's calendar.
Services (``awards.services``) run the transitions and do the recording and the mail.
"""

from __future__ import annotations

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from awards import guards
from awards.enums import Aggregation, EditionState, Language, ScoreVisibility
from awards.guards import Guard
from awards.models.translated import TranslatedDescription, TranslatedName, TranslatedRules
from awards.rules import ObjectPermission
from awards.validators import (
    validate_award_code,
    validate_criterion_keys,
    validate_currency,
    validate_languages,
    validate_timezone,
)


def all_languages() -> list[str]:
    return list(Language.values)


def random_key() -> str:
    return secrets.token_hex(16)


class Edition(ConcurrentTransitionMixin, TranslatedName, TranslatedDescription, TranslatedRules):
    """One award cycle, such as "IOPD Award 2026"."""

    code = models.CharField(
        _("award code"),
        max_length=12,
        validators=[validate_award_code],
        help_text=_("Starts every reference number, as in IOPD-2026-0042."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    slug = models.SlugField(_("address"), unique=True)
    languages = models.JSONField(
        _("application languages"), default=all_languages, validators=[validate_languages]
    )
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_timezone],
        help_text=_("Deadlines are shown and checked in this time zone, such as Europe/Madrid."),
    )
    call_opens_at = models.DateTimeField(_("call opens"), null=True, blank=True)
    call_closes_at = models.DateTimeField(_("call closes"), null=True, blank=True)

    # Eligibility
    implementation_from = models.DateField(
        _("implementation window start"),
        null=True,
        blank=True,
        help_text=_("A practice must have been running at some time in the window."),
    )
    implementation_until = models.DateField(_("implementation window end"), null=True, blank=True)
    max_candidacies_per_organisation = models.PositiveSmallIntegerField(
        _("candidacies per organisation"), null=True, blank=True, default=2
    )
    max_candidacies_per_category = models.PositiveSmallIntegerField(
        _("candidacies per organisation and category"), null=True, blank=True, default=1
    )
    requires_photo = models.BooleanField(_("a photo is required"), default=True)
    same_country_conflict = models.BooleanField(
        _("jurors do not evaluate candidacies from their own country"), default=False
    )

    # Ranking and decisions
    tie_break = models.JSONField(
        _("tie-break criteria"),
        default=list,
        blank=True,
        validators=[validate_criterion_keys],
        help_text=_("Criterion keys in order: a tie is broken by the higher mean on the first."),
    )
    disagreement_threshold = models.DecimalField(
        _("disagreement threshold"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("20"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Flag a candidacy whose scorecards' standard deviation exceeds this (0–100)."),
    )
    shortlist_size = models.PositiveSmallIntegerField(_("shortlist: top N"), null=True, blank=True)
    shortlist_percent = models.DecimalField(
        _("shortlist: top %"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    shortlist_cap = models.PositiveSmallIntegerField(_("shortlist: at most"), null=True, blank=True)
    share_jury_feedback = models.BooleanField(
        _("share the jury's feedback"),
        default=False,
        help_text=_("Result mails then quote the jurors' overall justifications, unsigned."),
    )

    # Jurors appear in rankings as J01, J02… in the order of a keyed hash of their addresses:
    # stable for the edition, meaningless to anyone who knows the jury list.
    pseudonym_key = models.CharField(
        _("pseudonym key"), max_length=32, default=random_key, editable=False
    )
    secretariat = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="secretariat_editions",
        blank=True,
        verbose_name=_("secretariat"),
    )
    state = FSMField(
        _("state"),
        default=EditionState.DRAFT,
        choices=EditionState.choices,
        protected=True,
        db_index=True,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        ordering = ["-year", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "year"], name="one_edition_per_award_year"),
            models.CheckConstraint(
                condition=models.Q(call_opens_at__isnull=True)
                | models.Q(call_closes_at__isnull=True)
                | models.Q(call_closes_at__gt=models.F("call_opens_at")),
                name="call_closes_after_it_opens",
            ),
            models.CheckConstraint(
                condition=models.Q(implementation_from__isnull=True)
                | models.Q(implementation_until__isnull=True)
                | models.Q(implementation_until__gte=models.F("implementation_from")),
                name="implementation_window_in_order",
            ),
        ]

    # The state machine -------------------------------------------------------------------------

    @transition(
        field=state,
        source=EditionState.DRAFT,
        target=EditionState.CALL_OPEN,
        conditions=[Guard(guards.open_call_problems)],
        permission=ObjectPermission("awards.manage_edition"),
        custom={"label": _("Open the call")},
    )
    def open_call(self) -> None:
        """The call opens now, whatever opening date was planned."""
        self.call_opens_at = timezone.now()

    @transition(
        field=state,
        source=EditionState.CALL_OPEN,
        target=EditionState.CALL_CLOSED,
        conditions=[Guard(guards.close_call_problems)],
        permission=ObjectPermission("awards.manage_edition"),
        custom={"label": _("Close the call")},
    )
    def close_call(self) -> None:
        """A call closed early keeps the actual closing time, which the deadline check reads."""
        now = timezone.now()
        if self.call_closes_at is None or self.call_closes_at > now:
            self.call_closes_at = now

    @transition(
        field=state,
        source=EditionState.CALL_CLOSED,
        target=EditionState.EVALUATION,
        conditions=[Guard(guards.start_evaluation_problems)],
        permission=ObjectPermission("awards.manage_edition"),
        custom={"label": _("Start the evaluation")},
    )
    def start_evaluation(self) -> None:
        pass

    @transition(
        field=state,
        source=EditionState.EVALUATION,
        target=EditionState.DELIBERATION,
        conditions=[Guard(guards.start_deliberation_problems)],
        permission=ObjectPermission("awards.manage_edition"),
        custom={"label": _("Start the deliberation")},
    )
    def start_deliberation(self) -> None:
        pass

    @transition(
        field=state,
        source=EditionState.DELIBERATION,
        target=EditionState.PUBLISHED,
        conditions=[Guard(guards.publish_problems)],
        permission=ObjectPermission("awards.manage_edition"),
        custom={"label": _("Publish the results")},
    )
    def publish(self) -> None:
        pass

    @transition(
        field=state,
        source=EditionState.PUBLISHED,
        target=EditionState.ARCHIVED,
        conditions=[Guard(guards.archive_problems)],
        permission=ObjectPermission("awards.manage_edition"),
        custom={"label": _("Archive")},
    )
    def archive(self) -> None:
        pass

    # Small properties ----------------------------------------------------------------------------

    @property
    def results_are_public(self) -> bool:
        return self.state in (EditionState.PUBLISHED, EditionState.ARCHIVED)

    @property
    def accepts_submissions(self) -> bool:
        """True while the call is open by state and by the clock."""
        return not guards.call_is_open_problems(self)


class Category(TranslatedName, TranslatedDescription):
    """A theme of the edition, such as "Gender and care"."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="categories")
    key = models.SlugField(_("key"), help_text=_("A stable identifier, such as gender-care."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["edition", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "key"], name="category_key_per_edition")
        ]


class Round(TranslatedName, TranslatedDescription):
    """An evaluation round, such as "category panels" and then "final jury"."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField(_("number"), validators=[MinValueValidator(1)])
    scoring_opens_at = models.DateTimeField(_("scoring opens"), null=True, blank=True)
    scoring_closes_at = models.DateTimeField(_("scoring closes"), null=True, blank=True)
    blind = models.BooleanField(
        _("blind"), default=False, help_text=_("Jurors do not see who the applicant is.")
    )
    score_visibility = models.CharField(
        _("jurors see other jurors' scores"),
        max_length=12,
        choices=ScoreVisibility.choices,
        default=ScoreVisibility.AFTER_OWN,
    )
    reviewers_per_candidacy = models.PositiveSmallIntegerField(
        _("reviewers per candidacy"), default=3, validators=[MinValueValidator(1)]
    )
    category_panels = models.BooleanField(
        _("one panel per category"),
        default=False,
        help_text=_("Jurors only evaluate candidacies of the categories of their panel."),
    )
    normalise_jurors = models.BooleanField(_("normalise each juror's scores"), default=True)
    aggregation = models.CharField(
        _("aggregation"), max_length=14, choices=Aggregation.choices, default=Aggregation.MEAN
    )
    preferential_ballots = models.BooleanField(
        _("preferential ballots"),
        default=False,
        help_text=_(
            "Jurors also rank the finalists, best first; the ballots are counted by Schulze "
            "and Borda beside the scores."
        ),
    )

    class Meta:
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        ordering = ["edition", "number"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="round_number_per_edition"),
            models.CheckConstraint(
                condition=models.Q(scoring_opens_at__isnull=True)
                | models.Q(scoring_closes_at__isnull=True)
                | models.Q(scoring_closes_at__gt=models.F("scoring_opens_at")),
                name="scoring_closes_after_it_opens",
            ),
        ]

    def has_weighted_criteria(self) -> bool:
        weights = [criterion.weight for criterion in self.criteria.all()]
        return bool(weights) and all(weight > 0 for weight in weights)


class Criterion(TranslatedName, TranslatedDescription):
    """What jurors score in a round, with its weight and scale."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="criteria")
    key = models.SlugField(_("key"), help_text=_("A stable identifier, such as innovation."))
    weight = models.DecimalField(
        _("weight"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("How much the criterion counts in the total; more than zero."),
    )
    scale_min = models.SmallIntegerField(_("lowest score"), default=0)
    scale_max = models.SmallIntegerField(_("highest score"), default=10)
    required = models.BooleanField(_("required"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["round", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["round", "key"], name="criterion_key_per_round"),
            models.CheckConstraint(
                condition=models.Q(scale_max__gt=models.F("scale_min")), name="scale_max_above_min"
            ),
            models.CheckConstraint(condition=models.Q(weight__gt=0), name="weight_positive"),
        ]

    @property
    def edition(self) -> Edition:
        return self.round.edition


class Prize(TranslatedName):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="prizes")
    category = models.ForeignKey(
        Category,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="prizes",
        verbose_name=_("category"),
        help_text=_("Leave empty for a prize open to every category."),
    )
    amount = models.DecimalField(
        _("amount"),
        max_digits=12,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    currency = models.CharField(
        _("currency"), max_length=3, default="EUR", validators=[validate_currency]
    )
    sponsor = models.CharField(_("sponsor"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("prize")
        verbose_name_plural = _("prizes")
        ordering = ["edition", "order", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="prize_not_negative")
        ]

    def clean(self) -> None:
        if self.category_id and self.edition_id and self.category.edition_id != self.edition_id:
            raise ValidationError({"category": _("Choose a category of this edition.")})


class Exclusion(models.Model):
    """An organisation that may not apply to an edition, such as last year's winner or the host."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="exclusions")
    organisation = models.ForeignKey(
        "awards.Organisation",
        on_delete=models.CASCADE,
        related_name="exclusions",
        verbose_name=_("organisation"),
    )
    reason = models.CharField(_("reason"), max_length=300)

    class Meta:
        verbose_name = _("excluded organisation")
        verbose_name_plural = _("excluded organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "organisation"], name="one_exclusion_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.reason}"
