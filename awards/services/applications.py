"""Writing an application: starting it, saving it step by step, the consent to publish."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from awards.enums import CandidacyState
from awards.guards import call_is_open_problems, screening_problems
from awards.models import Candidacy, Edition, Organisation, TransitionRecord
from awards.transitions import TransitionRefused

EDITABLE_FIELDS = frozenset(
    {
        "category",
        "language",
        "title",
        "organisation_presentation",
        "practice_description",
        "objectives",
        "participants",
        "results",
        "evaluation",
        "transferability",
        "public_summary",
        "implementation_started_on",
        "implementation_ended_on",
        "contact_name",
        "contact_position",
        "contact_email",
        "contact_phone",
    }
)


def require_applicant(user: Any, candidacy: Candidacy) -> None:
    if not user.has_perm("awards.submit_candidacy", candidacy):
        raise PermissionDenied(_("Only the organisation's members write its candidacy."))


def editing_problems(candidacy: Candidacy) -> list[str]:
    """A draft while its call is open, or a candidacy returned for clarification until the
    screening ends; a submitted candidacy is changed only through the clarification loop."""
    if candidacy.state == CandidacyState.DRAFT:
        return call_is_open_problems(candidacy.edition)
    if candidacy.state == CandidacyState.RETURNED:
        return screening_problems(candidacy)
    return [_("A submitted candidacy can no longer be changed.")]


def start_candidacy(edition: Edition, organisation: Organisation, *, by: Any) -> Candidacy:
    """Starts a draft for the organisation. Side effects: the draft."""
    if not organisation.memberships.filter(user=by).exists():
        raise PermissionDenied(_("Only the organisation's members write its candidacy."))
    problems = call_is_open_problems(edition)
    if problems:
        raise TransitionRefused(problems)
    language = by.preferred_language if by.preferred_language in edition.languages else ""
    return Candidacy.objects.create(
        edition=edition,
        organisation=organisation,
        language=language or edition.languages[0],
        contact_name=by.get_full_name() if by.full_name else "",
        contact_email=by.email,
        created_by=by,
    )


def save_application(candidacy: Candidacy, values: dict[str, Any], *, by: Any) -> Candidacy:
    """Saves what the applicant wrote, all the given fields or none of them.

    ``values`` come from a validated form or serializer; fields outside the application (the
    state, the reference, the organisation) are refused. Side effects: the candidacy saved.
    """
    require_applicant(by, candidacy)
    problems = editing_problems(candidacy)
    if problems:
        raise TransitionRefused(problems)
    unknown = set(values) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"Not part of an application: {sorted(unknown)}")
    with transaction.atomic():
        fresh = Candidacy.objects.select_for_update().get(pk=candidacy.pk)
        if fresh.state != candidacy.state:
            raise TransitionRefused([_("This candidacy changed meanwhile. Reload the page.")])
        for name, value in values.items():
            setattr(candidacy, name, value)
        # Only what was given is checked here; completeness is the submission's business.
        untouched = [f.name for f in Candidacy._meta.fields if f.name not in values]
        candidacy.full_clean(exclude=untouched)
        candidacy.save(update_fields=[*values, "updated_at"])
    return candidacy


def set_consent(candidacy: Candidacy, consent: bool, *, by: Any) -> Candidacy:
    """The applicant gives or withdraws consent to publish, until the results are public."""
    require_applicant(by, candidacy)
    if candidacy.edition.results_are_public:
        raise TransitionRefused([_("The results are published: the consent can no longer change.")])
    candidacy.consent_to_publish = consent
    candidacy.consent_changed_at = timezone.now()
    candidacy.save(update_fields=["consent_to_publish", "consent_changed_at", "updated_at"])
    return candidacy


def delete_draft(candidacy: Candidacy, *, by: Any) -> None:
    """A draft never submitted may be deleted with its files; anything else is withdrawn."""
    require_applicant(by, candidacy)
    if (
        candidacy.state != CandidacyState.DRAFT
        or TransitionRecord.objects.for_object(candidacy).exists()
    ):
        raise TransitionRefused([_("Only a draft never submitted can be deleted.")])
    with transaction.atomic():
        for attachment in candidacy.attachments.all():
            attachment.file.delete(save=False)
        candidacy.delete()
