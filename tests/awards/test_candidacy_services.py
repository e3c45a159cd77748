"""The candidacy's transitions through its services: roles, guards, deadline, mail, embargo."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from awards import services
from awards.enums import ApplicantStatus, AttachmentKind, CandidacyState, OrganisationKind
from awards.models import Candidacy, Edition, Exclusion, TransitionRecord
from awards.transitions import TransitionRefused
from tests import factories

pytestmark = pytest.mark.django_db

C = CandidacyState


def stored(candidacy: Candidacy) -> Candidacy:
    return Candidacy.objects.get(pk=candidacy.pk)


def records_of(obj: Any) -> list[TransitionRecord]:
    return list(TransitionRecord.objects.for_object(obj))


# Submitting -------------------------------------------------------------------------------------


def test_submission_gives_a_reference_and_an_acknowledgement_in_the_application_language(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    edition = factories.open_edition(code="IOPD", year=2041)
    first, _ = factories.submitted_candidacy(edition)
    candidacy, applicant = factories.draft_candidacy(edition, language="fr")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        record = services.submit_candidacy(candidacy, by=applicant)

    assert stored(first).reference == "IOPD-2041-0001"
    assert stored(candidacy).reference == "IOPD-2041-0002"
    assert stored(candidacy).state == C.SUBMITTED
    assert stored(candidacy).submitted_at is not None
    assert (record.actor, record.source, record.target) == (applicant, C.DRAFT, C.SUBMITTED)
    (mail,) = mailoutbox
    assert set(mail.to) == {applicant.email, candidacy.contact_email}
    assert "IOPD-2041-0002" in mail.subject
    assert "IOPD-2041-0002" in mail.body
    assert "Nous avons bien reçu" in mail.body


def test_a_refused_submission_takes_no_reference_and_sends_nothing(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    candidacy, applicant = factories.draft_candidacy(objectives="")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(TransitionRefused):
        services.submit_candidacy(candidacy, by=applicant)
    assert stored(candidacy).reference == ""
    assert stored(candidacy).state == C.DRAFT
    assert mailoutbox == []
    again, _other = factories.submitted_candidacy(candidacy.edition)
    assert stored(again).reference.endswith("-0001")


@pytest.mark.parametrize("role", ["anonymous", "stranger", "secretariat", "other_applicant"])
def test_only_the_organisation_submits(role: str) -> None:
    candidacy, _ = factories.draft_candidacy()
    user = {
        "anonymous": lambda: AnonymousUser(),
        "stranger": lambda: factories.UserFactory(),
        "secretariat": lambda: factories.secretary(candidacy.edition),
        "other_applicant": lambda: factories.draft_candidacy(candidacy.edition)[1],
    }[role]()
    with pytest.raises(PermissionDenied):
        services.submit_candidacy(candidacy, by=user)
    assert stored(candidacy).state == C.DRAFT


def no_photo(candidacy: Candidacy) -> None:
    candidacy.attachments.all().delete()


def too_long(candidacy: Candidacy) -> None:
    candidacy.public_summary = "word " * 151
    candidacy.save()


def missing_section(candidacy: Candidacy) -> None:
    candidacy.results = "  "
    candidacy.save()


def no_category(candidacy: Candidacy) -> None:
    candidacy.category = None
    candidacy.save()


def language_not_accepted(candidacy: Candidacy) -> None:
    Edition.objects.filter(pk=candidacy.edition_id).update(languages=["en", "fr"])
    candidacy.language = "pt"
    candidacy.save()
    candidacy.edition.refresh_from_db()


def ngo_without_authorisation(candidacy: Candidacy) -> None:
    organisation = candidacy.organisation
    organisation.kind = OrganisationKind.CIVIL_SOCIETY
    organisation.save()


def outside_window(candidacy: Candidacy) -> None:
    candidacy.implementation_started_on = dt.date(2010, 1, 1)
    candidacy.implementation_ended_on = dt.date(2012, 6, 30)
    candidacy.save()


def excluded_organisation(candidacy: Candidacy) -> None:
    Exclusion.objects.create(
        edition=candidacy.edition,
        organisation=candidacy.organisation,
        reason="Winner of the previous edition",
    )


def organisation_limit_reached(candidacy: Candidacy) -> None:
    Edition.objects.filter(pk=candidacy.edition_id).update(max_candidacies_per_organisation=1)
    candidacy.edition.refresh_from_db()
    other = factories.CandidacyFactory(
        edition=candidacy.edition,
        organisation=candidacy.organisation,
        category=factories.CategoryFactory(edition=candidacy.edition),
    )
    factories.attach(other)
    services.submit_candidacy(other, by=factories.member_of(candidacy.organisation))


def category_limit_reached(candidacy: Candidacy) -> None:
    other = factories.CandidacyFactory(
        edition=candidacy.edition, organisation=candidacy.organisation
    )
    factories.attach(other)
    services.submit_candidacy(other, by=factories.member_of(candidacy.organisation))


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (no_photo, "at least one photo"),
        (too_long, "has 151 words; the limit is 150"),
        (missing_section, "“Results” is required"),
        (no_category, "Choose a category"),
        (language_not_accepted, "languages this edition accepts"),
        (ngo_without_authorisation, "authorises your organisation"),
        (outside_window, "must have been running"),
        (excluded_organisation, "Winner of the previous edition"),
        (organisation_limit_reached, "at most 1 candidacy to this edition"),
        (category_limit_reached, "at most 1 candidacy in the category"),
    ],
)
def test_submission_guards_say_why(spoil: Any, reason: str) -> None:
    candidacy, applicant = factories.draft_candidacy()
    spoil(candidacy)
    with pytest.raises(TransitionRefused) as refusal:
        services.submit_candidacy(candidacy, by=applicant)
    assert any(reason in text for text in refusal.value.reasons), refusal.value.reasons
    assert stored(candidacy).state == C.DRAFT
    assert records_of(candidacy) == []


def test_withdrawn_and_ineligible_candidacies_do_not_use_the_quota() -> None:
    candidacy, applicant = factories.draft_candidacy()
    for state in (C.WITHDRAWN, C.INELIGIBLE):
        category_limit_reached(candidacy)
        earlier = candidacy.edition.candidacies.exclude(pk=candidacy.pk).get(state=C.SUBMITTED)
        staff = factories.secretary(candidacy.edition)
        if state == C.WITHDRAWN:
            services.withdraw_candidacy(earlier, by=staff)
        else:
            services.mark_ineligible(earlier, by=staff, note="Duplicate.")
    services.submit_candidacy(candidacy, by=applicant)
    assert stored(candidacy).state == C.SUBMITTED


def test_an_authorised_ngo_may_submit() -> None:
    candidacy, applicant = factories.draft_candidacy()
    ngo_without_authorisation(candidacy)
    factories.attach(candidacy, AttachmentKind.AUTHORISATION)
    services.submit_candidacy(candidacy, by=applicant)
    assert stored(candidacy).state == C.SUBMITTED


# The deadline, in a time zone that is not UTC ---------------------------------------------------

SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")
DEADLINE = dt.datetime(2031, 3, 31, 23, 59, 59, tzinfo=SAO_PAULO)


def deadline_edition() -> Edition:
    with time_machine.travel(DEADLINE - dt.timedelta(days=60), tick=False):
        edition = factories.open_edition(timezone="America/Sao_Paulo", call_closes_at=DEADLINE)
    return edition


def test_submission_one_second_before_the_deadline_is_accepted() -> None:
    candidacy, applicant = factories.draft_candidacy(deadline_edition())
    with time_machine.travel(DEADLINE - dt.timedelta(seconds=1), tick=False):
        services.submit_candidacy(candidacy, by=applicant)
    assert stored(candidacy).state == C.SUBMITTED


def test_submission_one_second_after_the_deadline_is_refused_and_the_draft_is_intact() -> None:
    candidacy, applicant = factories.draft_candidacy(deadline_edition())
    before = Candidacy.objects.filter(pk=candidacy.pk).values().get()
    with (
        time_machine.travel(DEADLINE + dt.timedelta(seconds=1), tick=False),
        pytest.raises(TransitionRefused) as refusal,
    ):
        services.submit_candidacy(candidacy, by=applicant)
    # Said in the edition's time zone (03:00 UTC is midnight in São Paulo, UTC-3).
    assert "11:59 p.m. (America/Sao_Paulo)" in refusal.value.reasons[0]
    assert Candidacy.objects.filter(pk=candidacy.pk).values().get() == before


def test_the_deadline_holds_even_if_the_call_was_not_closed() -> None:
    """The state still says call_open; the clock decides."""
    edition = deadline_edition()
    candidacy, applicant = factories.draft_candidacy(edition)
    with time_machine.travel(DEADLINE + dt.timedelta(hours=5), tick=False):
        assert Edition.objects.get(pk=edition.pk).state == "call_open"
        with pytest.raises(TransitionRefused, match="The call closed"):
            services.submit_candidacy(candidacy, by=applicant)


def test_submission_is_refused_before_the_call_opens() -> None:
    edition = factories.prepared_edition()
    candidacy, applicant = factories.draft_candidacy(edition)
    with pytest.raises(TransitionRefused, match="not open"):
        services.submit_candidacy(candidacy, by=applicant)


# Screening --------------------------------------------------------------------------------------

SCREENING = [
    ("mark_eligible", C.ELIGIBLE, "eligible", ""),
    ("mark_ineligible", C.INELIGIBLE, "does not meet the rules", "Outside the window."),
    ("return_for_clarification", C.RETURNED, "needs a clarification", "Send the budget."),
]


@pytest.mark.parametrize(("action", "target", "subject", "note"), SCREENING)
def test_screening_by_the_secretariat_is_mailed(
    action: str,
    target: str,
    subject: str,
    note: str,
    mailoutbox: list,
    django_capture_on_commit_callbacks: Any,
) -> None:
    candidacy, applicant = factories.submitted_candidacy()
    staff = factories.secretary(candidacy.edition)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        record = services.perform(candidacy, action, by=staff, note=note)
    assert stored(candidacy).state == target
    assert (record.actor, record.note) == (staff, note)
    (mail,) = mailoutbox
    assert applicant.email in mail.to
    assert subject in mail.subject + mail.body
    assert note in mail.body


@pytest.mark.parametrize("action", ["mark_ineligible", "return_for_clarification"])
def test_a_reason_is_required(action: str) -> None:
    candidacy, _ = factories.submitted_candidacy()
    with pytest.raises(TransitionRefused) as refusal:
        services.perform(candidacy, action, by=factories.secretary(candidacy.edition), note=" ")
    assert "note" in refusal.value.field_errors
    assert stored(candidacy).state == C.SUBMITTED


@pytest.mark.parametrize("action", [a for a, *_ in SCREENING])
@pytest.mark.parametrize("role", ["applicant", "stranger", "other_secretariat"])
def test_screening_is_refused_to_other_roles(action: str, role: str) -> None:
    candidacy, applicant = factories.submitted_candidacy()
    user = {
        "applicant": applicant,
        "stranger": factories.UserFactory(),
        "other_secretariat": factories.secretary(factories.prepared_edition()),
    }[role]
    with pytest.raises(PermissionDenied):
        services.perform(candidacy, action, by=user, note="Some reason.")
    assert stored(candidacy).state == C.SUBMITTED


def test_clarification_loop_after_the_deadline_keeps_the_reference(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    candidacy, applicant = factories.candidacy_in_state(C.RETURNED)
    reference = candidacy.reference
    edition = candidacy.edition
    services.close_call(edition, by=factories.secretary(edition))
    candidacy.refresh_from_db()
    candidacy.results = "Now with the figures the secretariat asked for."
    candidacy.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_candidacy(candidacy, by=applicant)
    assert stored(candidacy).state == C.SUBMITTED
    assert stored(candidacy).reference == reference
    assert reference in mailoutbox[-1].subject


def test_no_resubmission_once_screening_has_ended() -> None:
    returned, applicant = factories.candidacy_in_state(C.RETURNED)
    edition = returned.edition
    staff = factories.secretary(edition)
    eligible, _ = factories.submitted_candidacy(edition)
    services.mark_eligible(eligible, by=staff)
    services.close_call(edition, by=staff)
    services.mark_ineligible(returned, by=staff, note="No answer to the clarification request.")
    assert stored(returned).state == C.INELIGIBLE
    services.start_evaluation(edition, by=staff)
    with pytest.raises(TransitionRefused):
        services.submit_candidacy(stored(returned), by=applicant)


def test_screening_is_refused_once_evaluation_has_started() -> None:
    candidacy, _ = factories.candidacy_in_state(C.IN_EVALUATION)
    with pytest.raises(TransitionRefused, match="not possible"):
        services.mark_ineligible(
            candidacy, by=factories.secretary(candidacy.edition), note="Too late."
        )


# Decisions, under embargo -----------------------------------------------------------------------

DECISIONS = [
    (C.IN_EVALUATION, "shortlist", C.SHORTLISTED),
    (C.IN_EVALUATION, "not_select", C.NOT_SELECTED),
    (C.SHORTLISTED, "declare_winner", C.WINNER),
    (C.SHORTLISTED, "give_special_mention", C.SPECIAL_MENTION),
    (C.SHORTLISTED, "make_finalist", C.FINALIST),
]


@pytest.mark.parametrize(("state", "decision", "target"), DECISIONS)
def test_decisions_are_recorded_but_not_announced(
    state: str,
    decision: str,
    target: str,
    mailoutbox: list,
    django_capture_on_commit_callbacks: Any,
) -> None:
    candidacy, _ = factories.candidacy_in_state(state)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.decide(
            candidacy,
            decision,
            by=factories.secretary(candidacy.edition),
            note=factories.NOTES.get(decision, ""),
        )
    candidacy = stored(candidacy)
    assert candidacy.state == target
    assert candidacy.applicant_status == ApplicantStatus.UNDER_EVALUATION
    assert mailoutbox == []


@pytest.mark.parametrize(("state", "decision", "target"), DECISIONS)
@pytest.mark.parametrize("role", ["applicant", "stranger", "other_secretariat"])
def test_decisions_are_refused_to_other_roles(
    state: str, decision: str, target: str, role: str
) -> None:
    candidacy, applicant = factories.candidacy_in_state(state)
    user = {
        "applicant": applicant,
        "stranger": factories.UserFactory(),
        "other_secretariat": factories.secretary(factories.prepared_edition()),
    }[role]
    with pytest.raises(PermissionDenied):
        services.decide(candidacy, decision, by=user)
    assert stored(candidacy).state == state


def test_decisions_wait_for_the_evaluation() -> None:
    """An eligible candidacy during the call cannot be decided upon: it is not in evaluation."""
    candidacy, _ = factories.candidacy_in_state(C.ELIGIBLE)
    with pytest.raises(TransitionRefused):
        services.decide(candidacy, "shortlist", by=factories.secretary(candidacy.edition))


def test_decisions_are_refused_after_publication() -> None:
    candidacy, _ = factories.candidacy_in_state(C.SHORTLISTED)
    edition = candidacy.edition
    staff = factories.secretary(edition)
    services.decide(candidacy, "make_finalist", by=staff)
    services.start_deliberation(edition, by=staff)
    services.publish_results(edition, by=staff)
    assert stored(candidacy).applicant_status == ApplicantStatus.FINALIST


# Withdrawal -------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", [s for s in C.values if s != C.WITHDRAWN])
def test_applicant_withdraws_from_any_state_before_publication(state: str) -> None:
    candidacy, applicant = factories.candidacy_in_state(state)
    services.withdraw_candidacy(candidacy, by=applicant, note="Our team changed.")
    assert stored(candidacy).state == C.WITHDRAWN
    assert records_of(candidacy)[-1].source == state


def test_secretariat_may_record_a_withdrawal_but_a_stranger_may_not() -> None:
    candidacy, _ = factories.submitted_candidacy()
    with pytest.raises(PermissionDenied):
        services.withdraw_candidacy(candidacy, by=factories.UserFactory())
    services.withdraw_candidacy(candidacy, by=factories.secretary(candidacy.edition))
    assert stored(candidacy).state == C.WITHDRAWN


def test_no_withdrawal_after_publication() -> None:
    candidacy, applicant = factories.candidacy_in_state(C.WINNER)
    edition = candidacy.edition
    staff = factories.secretary(edition)
    services.start_deliberation(edition, by=staff)
    services.publish_results(edition, by=staff)
    with pytest.raises(TransitionRefused, match="published"):
        services.withdraw_candidacy(stored(candidacy), by=applicant)
    assert stored(candidacy).state == C.WINNER


# Every state speaks to the applicant ------------------------------------------------------------


def test_every_state_has_an_applicant_facing_name() -> None:
    from awards.models import APPLICANT_STATUS

    assert set(APPLICANT_STATUS) == set(C.values)
