"""A candidacy, its state machine, and the files that support it."""

from __future__ import annotations

import uuid
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from awards import guards
from awards.enums import ApplicantStatus, AttachmentKind, CandidacyState, Language
from awards.guards import Guard
from awards.rules import ObjectPermission
from awards.sections import SECTIONS_BY_FIELD
from awards.validators import WordLimitValidator

S = CandidacyState

# Every state but "withdrawn": withdrawal is possible from any of them until publication.
WITHDRAWABLE = [state for state in CandidacyState.values if state != S.WITHDRAWN]


def section_field(name: str) -> models.TextField:
    section = SECTIONS_BY_FIELD[name]
    return models.TextField(
        section.label,
        blank=True,
        help_text=section.help_text,
        validators=[WordLimitValidator(section.word_limit)],
    )


class Candidacy(ConcurrentTransitionMixin, models.Model):
    """An organisation's application to an edition, from draft to decision."""

    edition = models.ForeignKey(
        "awards.Edition",
        on_delete=models.PROTECT,
        related_name="candidacies",
        verbose_name=_("edition"),
    )
    organisation = models.ForeignKey(
        "awards.Organisation",
        on_delete=models.PROTECT,
        related_name="candidacies",
        verbose_name=_("organisation"),
    )
    category = models.ForeignKey(
        "awards.Category",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="candidacies",
        verbose_name=_("category"),
    )
    language = models.CharField(
        _("language of the application"),
        max_length=2,
        choices=Language.choices,
        default=Language.ENGLISH,
    )
    reference_number = models.PositiveIntegerField(_("reference number"), null=True, blank=True)
    reference = models.CharField(
        _("reference"), max_length=30, blank=True, editable=False, db_index=True
    )
    title = models.CharField(_("title of the practice"), max_length=200, blank=True)

    organisation_presentation = section_field("organisation_presentation")
    practice_description = section_field("practice_description")
    objectives = section_field("objectives")
    participants = section_field("participants")
    results = section_field("results")
    evaluation = section_field("evaluation")
    transferability = section_field("transferability")
    public_summary = section_field("public_summary")

    implementation_started_on = models.DateField(_("started on"), null=True, blank=True)
    implementation_ended_on = models.DateField(
        _("ended on"), null=True, blank=True, help_text=_("Leave empty if it is still running.")
    )

    # Private: seen by the organisation and the secretariat, never published.
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_position = models.CharField(_("position"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)

    consent_to_publish = models.BooleanField(
        _("consent to publish"),
        default=False,
        help_text=_("The public summary and photos may appear in the repository of practices."),
    )
    consent_changed_at = models.DateTimeField(_("consent changed"), null=True, blank=True)

    state = FSMField(
        _("state"),
        default=S.DRAFT,
        choices=CandidacyState.choices,
        protected=True,
        db_index=True,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("first submitted"), null=True, blank=True)

    # What the repository's full-text search reads on PostgreSQL: the title, the organisation's
    # name and city, and the public summary, in the candidacy's language. Written by the
    # database itself (a trigger, migration 0008), never by Python; empty on SQLite.
    search_document = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("candidacy")
        verbose_name_plural = _("candidacies")
        ordering = ["edition", "reference_number", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "reference_number"], name="one_reference_per_edition"
            ),
            models.CheckConstraint(
                condition=models.Q(implementation_ended_on__isnull=True)
                | models.Q(implementation_started_on__isnull=True)
                | models.Q(implementation_ended_on__gte=models.F("implementation_started_on")),
                name="implementation_ends_after_it_starts",
            ),
        ]
        indexes = [models.Index(fields=["edition", "state"])]

    def __str__(self) -> str:
        label = self.title or _("Untitled practice")
        return f"{self.reference} {label}" if self.reference else str(label)

    # The state machine -------------------------------------------------------------------------

    @transition(
        field=state,
        source=[S.DRAFT, S.RETURNED],
        target=S.SUBMITTED,
        conditions=[Guard(guards.submit_problems)],
        permission=ObjectPermission("awards.submit_candidacy"),
        custom={"label": _("Submit")},
    )
    def submit(self, reference_number: int, reference: str) -> None:
        """The first submission gives the candidacy its reference; a resubmission keeps it."""
        if self.reference_number is None:
            self.reference_number, self.reference = reference_number, reference
            self.submitted_at = timezone.now()

    @transition(
        field=state,
        source=S.SUBMITTED,
        target=S.ELIGIBLE,
        conditions=[Guard(guards.screening_problems)],
        permission=ObjectPermission("awards.screen_candidacy"),
        custom={"label": _("Mark eligible")},
    )
    def mark_eligible(self) -> None:
        pass

    @transition(
        field=state,
        # A candidacy returned for clarification and never resubmitted is settled here too.
        source=[S.SUBMITTED, S.RETURNED],
        target=S.INELIGIBLE,
        conditions=[Guard(guards.screening_problems)],
        permission=ObjectPermission("awards.screen_candidacy"),
        custom={"label": _("Mark ineligible"), "note": _("Reason, sent to the applicant")},
    )
    def mark_ineligible(self) -> None:
        pass

    @transition(
        field=state,
        source=S.SUBMITTED,
        target=S.RETURNED,
        conditions=[Guard(guards.screening_problems)],
        permission=ObjectPermission("awards.screen_candidacy"),
        custom={
            "label": _("Return for clarification"),
            "note": _("Message to the applicant"),
        },
    )
    def return_for_clarification(self) -> None:
        pass

    @transition(
        field=state,
        source=S.ELIGIBLE,
        target=S.IN_EVALUATION,
        conditions=[Guard(guards.evaluation_problems)],
        permission=ObjectPermission("awards.manage_edition"),
        # Done for every eligible candidacy when the edition starts its evaluation.
        custom={"label": _("Enter evaluation"), "automatic": True},
    )
    def enter_evaluation(self) -> None:
        pass

    @transition(
        field=state,
        source=S.IN_EVALUATION,
        target=S.SHORTLISTED,
        conditions=[Guard(guards.decision_problems)],
        permission=ObjectPermission("awards.decide_candidacy"),
        custom={"label": _("Shortlist")},
    )
    def shortlist(self) -> None:
        pass

    @transition(
        field=state,
        source=S.IN_EVALUATION,
        target=S.NOT_SELECTED,
        conditions=[Guard(guards.decision_problems)],
        permission=ObjectPermission("awards.decide_candidacy"),
        custom={"label": _("Not selected")},
    )
    def not_select(self) -> None:
        pass

    @transition(
        field=state,
        source=S.SHORTLISTED,
        target=S.WINNER,
        conditions=[Guard(guards.decision_problems)],
        permission=ObjectPermission("awards.decide_candidacy"),
        custom={"label": _("Declare winner")},
    )
    def declare_winner(self) -> None:
        pass

    @transition(
        field=state,
        source=S.SHORTLISTED,
        target=S.SPECIAL_MENTION,
        conditions=[Guard(guards.decision_problems)],
        permission=ObjectPermission("awards.decide_candidacy"),
        custom={"label": _("Give a special mention")},
    )
    def give_special_mention(self) -> None:
        pass

    @transition(
        field=state,
        source=S.SHORTLISTED,
        target=S.FINALIST,
        conditions=[Guard(guards.decision_problems)],
        permission=ObjectPermission("awards.decide_candidacy"),
        custom={"label": _("Make finalist")},
    )
    def make_finalist(self) -> None:
        pass

    @transition(
        field=state,
        source=WITHDRAWABLE,
        target=S.WITHDRAWN,
        conditions=[Guard(guards.withdraw_problems)],
        permission=ObjectPermission("awards.withdraw_candidacy"),
        custom={"label": _("Withdraw")},
    )
    def withdraw(self) -> None:
        pass

    # Small properties ----------------------------------------------------------------------------

    @property
    def applicant_status(self) -> ApplicantStatus:
        """What the applicant is told: decisions stay "under evaluation" until publication."""
        if self.state in CandidacyState.decisions() and not self.edition.results_are_public:
            return ApplicantStatus.UNDER_EVALUATION
        return APPLICANT_STATUS[self.state]

    @property
    def is_editable_by_applicant(self) -> bool:
        return self.state in (S.DRAFT, S.RETURNED)


APPLICANT_STATUS: dict[str, ApplicantStatus] = {
    S.DRAFT: ApplicantStatus.DRAFT,
    S.SUBMITTED: ApplicantStatus.RECEIVED,
    S.RETURNED: ApplicantStatus.CLARIFICATION,
    S.ELIGIBLE: ApplicantStatus.ELIGIBLE,
    S.INELIGIBLE: ApplicantStatus.NOT_ELIGIBLE,
    S.IN_EVALUATION: ApplicantStatus.UNDER_EVALUATION,
    S.SHORTLISTED: ApplicantStatus.SHORTLISTED,
    S.NOT_SELECTED: ApplicantStatus.NOT_SELECTED,
    S.WINNER: ApplicantStatus.WINNER,
    S.SPECIAL_MENTION: ApplicantStatus.SPECIAL_MENTION,
    S.FINALIST: ApplicantStatus.FINALIST,
    S.WITHDRAWN: ApplicantStatus.WITHDRAWN,
}


def attachment_path(attachment: Attachment, filename: str) -> str:
    """A random name under the edition: never the uploader's file name, which could be a path."""
    suffix = PurePath(filename).suffix.lower()[:10]
    safe_suffix = suffix if suffix[1:].isalnum() else ""
    return f"attachments/{attachment.candidacy.edition_id}/{uuid.uuid4().hex}{safe_suffix}"


class Attachment(models.Model):
    """A file (document, photo, authorisation letter) or a video link supporting a candidacy."""

    candidacy = models.ForeignKey(Candidacy, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(_("kind"), max_length=15, choices=AttachmentKind.choices)
    file = models.FileField(_("file"), upload_to=attachment_path, blank=True, max_length=200)
    url = models.URLField(_("video address"), blank=True)
    original_name = models.CharField(_("file name"), max_length=200, blank=True)
    content_type = models.CharField(_("content type"), max_length=100, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["candidacy", "uploaded_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(file="") & ~models.Q(url=""))
                | (~models.Q(file="") & models.Q(url="")),
                name="attachment_is_a_file_or_a_link",
            )
        ]

    def __str__(self) -> str:
        return self.original_name or self.url

    @property
    def edition(self) -> Any:
        return self.candidacy.edition
