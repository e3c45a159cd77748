"""Who may see which editions and candidacies: the one visibility query of each role.

Every page, endpoint, export and feed starts from these querysets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from awards.enums import CandidacyState, EditionState
from awards.models import Candidacy, Edition, Organisation, TransitionRecord

# What the public may read once an edition publishes lives in awards.publication; these names
# stay importable from here for the apps that read them.
from awards.publication import PUBLISHED_EDITION_STATES as PUBLISHED_EDITION_STATES
from awards.publication import RESULT_STATES as RESULT_STATES
from awards.publication import published_editions as published_editions
from awards.publication import published_no_awards as published_no_awards
from awards.publication import published_practices as published_practices
from awards.publication import published_results as published_results
from awards.rules import is_award_manager

PUBLIC_EDITION_STATES = [state for state in EditionState.values if state != EditionState.DRAFT]


def editions_for(user: Any) -> QuerySet[Edition]:
    """Editions a user may read: every edition past its draft, plus the drafts they prepare
    (all drafts for award managers, who may change any edition: awards.rules)."""
    editions = Edition.objects.all()
    if user.is_authenticated and (user.is_superuser or is_award_manager(user)):
        return editions
    visible = Q(state__in=PUBLIC_EDITION_STATES)
    if user.is_authenticated:
        visible |= Q(secretariat=user)
    return editions.filter(visible).distinct()


def editions_managed_by(user: Any) -> QuerySet[Edition]:
    """Editions whose secretariat the user belongs to (all of them for award managers)."""
    if not user.is_authenticated:
        return Edition.objects.none()
    if user.is_superuser or is_award_manager(user):
        return Edition.objects.all()
    return Edition.objects.filter(secretariat=user)


def editions_of_secretariat(user: Any) -> QuerySet[Edition]:
    """Editions whose secretariat the user belongs to: the only people who see rankings, frozen
    rankings and reports before publication (award managers create editions; they do not)."""
    if not user.is_authenticated:
        return Edition.objects.none()
    if user.is_superuser:
        return Edition.objects.all()
    return Edition.objects.filter(secretariat=user)


def candidacies_managed_by(user: Any) -> QuerySet[Candidacy]:
    """Every candidacy of the editions the user runs: the secretariat's working set."""
    return Candidacy.objects.filter(edition__in=editions_of_secretariat(user)).select_related(
        "edition", "organisation", "category"
    )


def open_calls() -> QuerySet[Edition]:
    return Edition.objects.filter(state=EditionState.CALL_OPEN).order_by("call_closes_at")


def past_editions() -> QuerySet[Edition]:
    return Edition.objects.filter(
        state__in=[EditionState.PUBLISHED, EditionState.ARCHIVED]
    ).order_by("-year")


def with_candidacy_counts(editions: QuerySet[Edition]) -> QuerySet[Edition]:
    """Adds ``submitted_count``: candidacies that reached the secretariat (not drafts)."""
    return editions.annotate(
        # distinct: the visibility join on the secretariat would otherwise multiply the rows.
        submitted_count=Count(
            "candidacies", filter=~Q(candidacies__state=CandidacyState.DRAFT), distinct=True
        )
    )


def candidacies_for(user: Any) -> QuerySet[Candidacy]:
    """Candidacies a user may read: their organisations', and every one of the editions whose
    secretariat they belong to. Jurors' access is added by the evaluation app."""
    candidacies = Candidacy.objects.select_related("edition", "organisation", "category")
    if not user.is_authenticated:
        return candidacies.none()
    if user.is_superuser:
        return candidacies
    return candidacies.filter(
        Q(organisation__memberships__user=user) | Q(edition__secretariat=user)
    ).distinct()


def organisations_for(user: Any) -> QuerySet[Organisation]:
    """Organisations a user may read: their own, and those that applied to their editions."""
    organisations = Organisation.objects.all()
    if not user.is_authenticated:
        return organisations.none()
    if user.is_superuser or is_award_manager(user):
        return organisations
    return organisations.filter(
        Q(memberships__user=user) | Q(candidacies__edition__secretariat=user)
    ).distinct()


# What the applicant sees ------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    at: Any
    text: str
    note: str = ""


def applicant_timeline(candidacy: Candidacy) -> list[TimelineEntry]:
    """The candidacy's history in the applicant's words.

    Decisions stay out until the edition is published (they are embargoed); then the last one
    appears as the result. Notes are shown only where they were written for the applicant.
    """
    records = TransitionRecord.objects.for_object(candidacy).order_by("at", "id")
    public = candidacy.edition.results_are_public
    entries = []
    for record in records:
        if record.target in CandidacyState.decisions() and not public:
            continue
        words = APPLICANT_WORDS.get(record.transition)
        if words is None:
            continue
        note = record.note if record.transition in NOTES_FOR_APPLICANT else ""
        text = str(words).format(reference=candidacy.reference, result=record.target_label)
        entries.append(TimelineEntry(at=record.at, text=text, note=note))
    return entries


APPLICANT_WORDS = {
    "submit": _("Submitted, reference {reference}"),
    "return_for_clarification": _("The secretariat asked for a clarification"),
    "mark_eligible": _("Found eligible"),
    "mark_ineligible": _("Found not eligible"),
    "enter_evaluation": _("The jury's evaluation started"),
    "shortlist": _("Result: {result}"),
    "not_select": _("Result: {result}"),
    "declare_winner": _("Result: {result}"),
    "give_special_mention": _("Result: {result}"),
    "make_finalist": _("Result: {result}"),
    "withdraw": _("Withdrawn"),
}
NOTES_FOR_APPLICANT = frozenset({"return_for_clarification", "mark_ineligible", "withdraw"})


def my_candidacies(user: Any) -> QuerySet[Candidacy]:
    """The candidacies of the user's organisations, newest edition first."""
    if not user.is_authenticated:
        return Candidacy.objects.none()
    return (
        Candidacy.objects.filter(organisation__memberships__user=user)
        .select_related("edition", "organisation", "category")
        .order_by("-edition__year", "edition__code", "-created_at")
    )


def screening_queue(edition: Edition) -> QuerySet[Candidacy]:
    """Submitted and returned candidacies, oldest first: the secretariat's screening work."""
    return (
        edition.candidacies.filter(state__in=[CandidacyState.SUBMITTED, CandidacyState.RETURNED])
        .select_related("organisation", "category", "edition")
        .prefetch_related("attachments")
        .order_by("submitted_at", "reference_number")
    )


# The states in which the secretariat takes decisions, and the decisions each allows.
DECIDABLE = {
    CandidacyState.IN_EVALUATION: ("shortlist", "not_select"),
    CandidacyState.SHORTLISTED: ("declare_winner", "give_special_mention", "make_finalist"),
}


def decision_board(edition: Edition) -> QuerySet[Candidacy]:
    """The candidacies the deliberation is about (in evaluation or decided), with their
    decisions and result mail, for the secretariat's decisions page."""
    from awards.models import Decision

    return (
        edition.candidacies.filter(
            state__in=[CandidacyState.IN_EVALUATION, *CandidacyState.decisions()]
        )
        .select_related("organisation", "category", "outbox")
        .prefetch_related(
            Prefetch(
                "decisions",
                queryset=Decision.objects.select_related("prize", "snapshot").order_by(
                    "-decided_at", "-pk"
                ),
                to_attr="decided",
            )
        )
        .order_by("reference_number")
    )
