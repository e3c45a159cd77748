"""Juries, conflicts of interest, assignment proposals, scorecards and their scores.

The scorecard's state machine is declared here (DESIGN.md, "Scorecard states"); the services
in ``evaluation.services`` run it, record it and do the rest.
"""

from __future__ import annotations

import uuid
from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from awards.guards import Guard
from awards.i18n import FALLBACK_LANGUAGE, current_language
from awards.rules import ObjectPermission
from awards.validators import validate_languages
from evaluation import guards
from evaluation.enums import BallotState, InvitationState, RecordState, ScorecardState

S = ScorecardState


class JurorProfile(models.Model):
    """What matters about a juror for assignments: where they work and what they read."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="juror_profile"
    )
    organisation = models.ForeignKey(
        "awards.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("A juror never evaluates a candidacy of their own organisation."),
    )
    country = CountryField(_("country"), blank=True)
    languages = models.JSONField(
        _("languages read"),
        default=list,
        validators=[validate_languages],
        help_text=_("A juror only evaluates candidacies written in these languages."),
    )

    class Meta:
        verbose_name = _("juror profile")
        verbose_name_plural = _("juror profiles")

    def __str__(self) -> str:
        return str(self.user)


class JuryMember(models.Model):
    """A person invited to the jury of a round, with their expertise (their panel, if any)."""

    round = models.ForeignKey(
        "awards.Round", on_delete=models.CASCADE, related_name="jury", verbose_name=_("round")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="jury_memberships",
        verbose_name=_("juror"),
    )
    categories = models.ManyToManyField(
        "awards.Category",
        blank=True,
        related_name="+",
        verbose_name=_("expertise"),
        help_text=_("In a round with category panels, the juror's panel."),
    )
    state = models.CharField(
        _("invitation"),
        max_length=10,
        choices=InvitationState.choices,
        default=InvitationState.INVITED,
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    invited_at = models.DateTimeField(_("invited"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("last reminder"), null=True, blank=True)

    class Meta:
        verbose_name = _("jury member")
        verbose_name_plural = _("jury members")
        ordering = ["round", "user__email"]
        constraints = [models.UniqueConstraint(fields=["round", "user"], name="one_seat_per_round")]

    def __str__(self) -> str:
        return f"{self.user} — {self.round}"

    @property
    def edition(self) -> Any:
        return self.round.edition


class Conflict(models.Model):
    """A conflict of interest a juror declared, with a candidacy or a whole organisation."""

    edition = models.ForeignKey(
        "awards.Edition", on_delete=models.CASCADE, related_name="conflicts"
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="conflicts",
        verbose_name=_("juror"),
    )
    candidacy = models.ForeignKey(
        "awards.Candidacy",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="conflicts",
        verbose_name=_("candidacy"),
    )
    organisation = models.ForeignKey(
        "awards.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="conflicts",
        verbose_name=_("organisation"),
    )
    reason = models.TextField(_("reason"))
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    declared_at = models.DateTimeField(_("declared"), auto_now_add=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        ordering = ["edition", "declared_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(candidacy__isnull=False, organisation__isnull=True)
                | models.Q(candidacy__isnull=True, organisation__isnull=False),
                name="conflict_with_a_candidacy_or_an_organisation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.juror} ↔ {self.candidacy or self.organisation}"


class AssignmentProposal(models.Model):
    """Reviewers proposed for a round's candidacies: edited, then confirmed into scorecards."""

    round = models.ForeignKey("awards.Round", on_delete=models.CASCADE, related_name="proposals")
    reviewers_per_candidacy = models.PositiveSmallIntegerField(_("reviewers per candidacy"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("assignment proposal")
        verbose_name_plural = _("assignment proposals")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.round} — {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def edition(self) -> Any:
        return self.round.edition

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class ProposedPair(models.Model):
    proposal = models.ForeignKey(AssignmentProposal, on_delete=models.CASCADE, related_name="pairs")
    candidacy = models.ForeignKey("awards.Candidacy", on_delete=models.CASCADE, related_name="+")
    juror = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    by_hand = models.BooleanField(_("added by hand"), default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "candidacy", "juror"], name="one_proposed_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.candidacy_id} ← {self.juror_id}"


class Scorecard(ConcurrentTransitionMixin, models.Model):
    """A juror's assignment to a candidacy in a round, and the scores they give it."""

    round = models.ForeignKey(
        "awards.Round", on_delete=models.PROTECT, related_name="scorecards", verbose_name=_("round")
    )
    candidacy = models.ForeignKey(
        "awards.Candidacy",
        on_delete=models.PROTECT,
        related_name="scorecards",
        verbose_name=_("candidacy"),
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="scorecards",
        verbose_name=_("juror"),
    )
    justification = models.TextField(_("overall justification"), blank=True, max_length=5000)
    state = FSMField(_("state"), default=S.ASSIGNED, choices=ScorecardState.choices, protected=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    assigned_at = models.DateTimeField(_("assigned"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")
        ordering = ["round", "candidacy", "juror"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "candidacy", "juror"], name="one_scorecard_per_juror"
            )
        ]
        indexes = [
            models.Index(fields=["round", "state"]),
            models.Index(fields=["juror", "state"]),
        ]

    def __str__(self) -> str:
        return f"{self.candidacy.reference} — {self.juror}"

    @property
    def edition(self) -> Any:
        return self.round.edition

    # The state machine -------------------------------------------------------------------------

    @transition(
        field=state,
        source=S.ASSIGNED,
        target=S.IN_PROGRESS,
        conditions=[Guard(guards.scoring_open_problems)],
        permission=ObjectPermission("evaluation.score_scorecard"),
        # Happens when the juror first saves a score.
        custom={"label": _("Start"), "automatic": True},
    )
    def start(self) -> None:
        pass

    @transition(
        field=state,
        source=S.IN_PROGRESS,
        target=S.SUBMITTED,
        conditions=[Guard(guards.submit_problems)],
        permission=ObjectPermission("evaluation.score_scorecard"),
        custom={"label": _("Submit the scorecard")},
    )
    def submit(self) -> None:
        self.submitted_at = timezone.now()

    @transition(
        field=state,
        source=[S.ASSIGNED, S.IN_PROGRESS],
        target=S.RECUSED,
        conditions=[Guard(guards.recuse_problems)],
        permission=ObjectPermission("evaluation.recuse_scorecard"),
        custom={"label": _("Recuse"), "note": _("Reason of the conflict of interest")},
    )
    def recuse(self) -> None:
        pass

    @transition(
        field=state,
        source=S.SUBMITTED,
        target=S.IN_PROGRESS,
        conditions=[Guard(guards.scoring_open_problems)],
        permission=ObjectPermission("evaluation.reopen_scorecard"),
        custom={"label": _("Reopen"), "note": _("Why the scorecard is reopened")},
    )
    def reopen(self) -> None:
        pass


class Score(models.Model):
    """One criterion's score on a scorecard. An empty value is an abstention, not a zero."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        "awards.Criterion", on_delete=models.PROTECT, related_name="scores"
    )
    value = models.DecimalField(_("score"), max_digits=6, decimal_places=2, null=True, blank=True)
    justification = models.TextField(_("justification"), blank=True, max_length=5000)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        ordering = ["scorecard", "criterion__order", "criterion_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["scorecard", "criterion"], name="one_score_per_criterion"
            )
        ]

    def __str__(self) -> str:
        return f"{self.criterion.key}: {self.value}"


class ScoreRevision(models.Model):
    """A change to a score of a scorecard that had been submitted: kept, never changed."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.PROTECT, related_name="revisions")
    criterion = models.ForeignKey(
        "awards.Criterion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty for the overall justification."),
    )
    old_value = models.DecimalField(max_digits=6, decimal_places=2, null=True)
    new_value = models.DecimalField(max_digits=6, decimal_places=2, null=True)
    old_justification = models.TextField(blank=True)
    new_justification = models.TextField(blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed"), auto_now_add=True)

    class Meta:
        verbose_name = _("score revision")
        verbose_name_plural = _("score revisions")
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.scorecard_id}: {self.old_value} → {self.new_value}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("Score revisions cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ValueError("Score revisions cannot be deleted.")


# Deliberation -----------------------------------------------------------------------------------
# A final jury's preferential ballots, the secretariat's decisions on scores given before a
# conflict was declared, and the record of the deliberation (docs/deliberation.md).


class JurorBallot(ConcurrentTransitionMixin, models.Model):
    """One juror's ordering of a round's finalists, best first, for Schulze and Borda.

    ``ordering`` is a list of places, each a list of candidacy ids: a place with several ids
    is a tie. ``left_off`` lists the finalists the juror chose not to place; like every
    finalist missing from the ordering, they count as tied below all the others.
    """

    round = models.ForeignKey(
        "awards.Round", on_delete=models.CASCADE, related_name="ballots", verbose_name=_("round")
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="juror_ballots",
        verbose_name=_("juror"),
    )
    ordering = models.JSONField(_("order of the finalists"), default=list, blank=True)
    left_off = models.JSONField(_("left off the ballot"), default=list, blank=True)
    state = FSMField(
        _("state"), default=BallotState.DRAFT, choices=BallotState.choices, protected=True
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("preferential ballot")
        verbose_name_plural = _("preferential ballots")
        ordering = ["round", "juror__email"]
        constraints = [
            models.UniqueConstraint(fields=["round", "juror"], name="one_ballot_per_juror")
        ]

    def __str__(self) -> str:
        return f"{self.round} — {self.juror}"

    @property
    def edition(self) -> Any:
        return self.round.edition

    @property
    def placed(self) -> list[int]:
        return [candidacy for place in self.ordering for candidacy in place]

    @transition(
        field=state,
        source=BallotState.DRAFT,
        target=BallotState.SUBMITTED,
        conditions=[Guard(guards.ballot_submit_problems)],
        permission=ObjectPermission("evaluation.hand_in_ballot"),
        custom={"label": _("Submit the ballot")},
    )
    def submit(self) -> None:
        self.submitted_at = timezone.now()

    @transition(
        field=state,
        source=BallotState.SUBMITTED,
        target=BallotState.DRAFT,
        conditions=[Guard(guards.ballot_reopen_problems)],
        permission=ObjectPermission("evaluation.reopen_ballot"),
        custom={"label": _("Reopen"), "note": _("Why the ballot is reopened")},
    )
    def reopen(self) -> None:
        self.submitted_at = None


class ScoreDecision(models.Model):
    """Whether a scorecard submitted before its juror declared a conflict still counts.

    Never changed: a new decision supersedes the previous one, so the rows are the record of
    who decided what, when and why. A scorecard without a decision counts, as it did before.
    """

    scorecard = models.ForeignKey(
        Scorecard,
        on_delete=models.PROTECT,
        related_name="conflict_decisions",
        verbose_name=_("scorecard"),
    )
    counts = models.BooleanField(_("the scores count"))
    reason = models.TextField(_("reason"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        verbose_name = _("decision on conflicted scores")
        verbose_name_plural = _("decisions on conflicted scores")
        ordering = ["decided_at", "id"]
        indexes = [models.Index(fields=["scorecard", "-decided_at"])]

    def __str__(self) -> str:
        return f"{self.scorecard_id}: {'counts' if self.counts else 'does not count'}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("A decision on conflicted scores cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ValueError("A decision on conflicted scores cannot be deleted.")

    @property
    def edition(self) -> Any:
        return self.scorecard.round.edition


class DeliberationRecord(ConcurrentTransitionMixin, models.Model):
    """The record of an edition's deliberation: the jury's report in each language, who
    attended, and the preferential ballots' results, frozen when the secretariat closes it."""

    edition = models.OneToOneField(
        "awards.Edition",
        on_delete=models.CASCADE,
        related_name="deliberation_record",
        verbose_name=_("edition"),
    )
    report_en = models.TextField(_("jury's report (English)"), blank=True)
    report_fr = models.TextField(_("jury's report (French)"), blank=True)
    report_es = models.TextField(_("jury's report (Spanish)"), blank=True)
    report_pt = models.TextField(_("jury's report (Portuguese)"), blank=True)
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="+",
        verbose_name=_("jurors present"),
        help_text=_("Members of the final round's jury who took part."),
    )
    other_attendees = models.TextField(
        _("others present"),
        blank=True,
        max_length=2000,
        help_text=_("Observers, the secretariat, guests: as they should be named."),
    )
    results = models.JSONField(
        _("ballot results"),
        default=dict,
        blank=True,
        help_text=_("The preferential ballots counted when the record was closed."),
    )
    public = models.BooleanField(
        _("show on the public results page"),
        default=False,
        help_text=_("Shown once the record is closed and the results are published."),
    )
    state = FSMField(
        _("state"), default=RecordState.OPEN, choices=RecordState.choices, protected=True
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("deliberation record")
        verbose_name_plural = _("deliberation records")

    def __str__(self) -> str:
        return str(self.edition)

    @property
    def report(self) -> str:
        """The report in the active language, else in the first of the edition's languages
        that has one (an edition need not be in English)."""
        text = getattr(self, f"report_{current_language()}", "")
        if text:
            return text
        for language in (*self.edition.languages, FALLBACK_LANGUAGE):
            text = getattr(self, f"report_{language}", "")
            if text:
                return text
        return ""

    @property
    def is_closed(self) -> bool:
        return self.state == RecordState.CLOSED

    @transition(
        field=state,
        source=RecordState.OPEN,
        target=RecordState.CLOSED,
        conditions=[Guard(guards.record_close_problems)],
        permission=ObjectPermission("evaluation.manage_deliberation"),
        custom={"label": _("Close the record")},
    )
    def close(self, results: dict[str, Any]) -> None:
        self.results = results
        self.closed_at = timezone.now()

    @transition(
        field=state,
        source=RecordState.CLOSED,
        target=RecordState.OPEN,
        conditions=[Guard(guards.record_reopen_problems)],
        permission=ObjectPermission("evaluation.manage_deliberation"),
        custom={"label": _("Reopen"), "note": _("Why the record is reopened")},
    )
    def reopen(self) -> None:
        self.closed_at = None
