"""The edition's transitions through its services: roles, guards, records, side effects."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from awards import services
from awards.enums import CandidacyState, EditionState
from awards.models import Candidacy, Edition, TransitionRecord
from awards.transitions import TransitionRefused
from tests import factories

pytestmark = pytest.mark.django_db

E, C = EditionState, CandidacyState


def records_of(obj: Any) -> list[TransitionRecord]:
    return list(TransitionRecord.objects.for_object(obj))


# Who may move an edition ------------------------------------------------------------------------

EDITION_STEPS = [
    (E.DRAFT, "open_call"),
    (E.CALL_OPEN, "close_call"),
    (E.CALL_CLOSED, "start_evaluation"),
    (E.EVALUATION, "start_deliberation"),
    (E.DELIBERATION, "publish"),
    (E.PUBLISHED, "archive"),
]
NEXT_STATE = {
    E.DRAFT: E.CALL_OPEN,
    E.CALL_OPEN: E.CALL_CLOSED,
    E.CALL_CLOSED: E.EVALUATION,
    E.EVALUATION: E.DELIBERATION,
    E.DELIBERATION: E.PUBLISHED,
    E.PUBLISHED: E.ARCHIVED,
}


def someone(role: str, edition: Edition) -> Any:
    if role == "anonymous":
        return AnonymousUser()
    if role == "applicant":
        candidacy = edition.candidacies.first() or factories.CandidacyFactory(edition=edition)
        return factories.member_of(candidacy.organisation)
    if role == "other_secretariat":
        return factories.secretary(factories.prepared_edition())
    if role == "staff_without_role":
        return factories.UserFactory(is_staff=True)
    return factories.UserFactory()


@pytest.mark.parametrize(("state", "action"), EDITION_STEPS)
def test_edition_step_by_its_secretariat(state: str, action: str) -> None:
    edition = factories.edition_in_state(state)
    staff = factories.secretary(edition)
    record = services.perform(edition, action, by=staff, note="As planned.")
    stored = Edition.objects.get(pk=edition.pk)
    assert stored.state == NEXT_STATE[state]
    assert (record.source, record.target) == (state, NEXT_STATE[state])
    assert (record.actor, record.edition, record.transition) == (staff, edition, action)
    assert record.note == "As planned."
    assert records_of(edition)[-1] == record


@pytest.mark.parametrize(("state", "action"), EDITION_STEPS)
@pytest.mark.parametrize(
    "role", ["anonymous", "stranger", "applicant", "other_secretariat", "staff_without_role"]
)
def test_edition_step_refused_to_other_roles(state: str, action: str, role: str) -> None:
    edition = factories.edition_in_state(state)
    before = len(records_of(edition))
    with pytest.raises(PermissionDenied):
        services.perform(edition, action, by=someone(role, edition))
    edition.refresh_from_db()
    assert edition.state == state
    assert len(records_of(edition)) == before


def test_superuser_may_move_any_edition() -> None:
    edition = factories.prepared_edition()
    admin = factories.UserFactory(is_staff=True, is_superuser=True)
    services.open_call(edition, by=admin)
    assert edition.state == E.CALL_OPEN


# Opening the call -------------------------------------------------------------------------------


def test_open_call_opens_now() -> None:
    edition = factories.prepared_edition(call_opens_at=timezone.now() + dt.timedelta(days=9))
    services.open_call(edition, by=factories.secretary(edition))
    assert edition.call_opens_at <= timezone.now()
    assert Edition.objects.get(pk=edition.pk).state == E.CALL_OPEN


def without_categories(edition: Edition) -> None:
    edition.categories.all().delete()


def without_rounds(edition: Edition) -> None:
    edition.rounds.all().delete()


def with_an_unknown_tie_break(edition: Edition) -> None:
    Edition.objects.filter(pk=edition.pk).update(tie_break=["inclusion", "impact"])
    edition.refresh_from_db()


def with_a_past_deadline(edition: Edition) -> None:
    Edition.objects.filter(pk=edition.pk).update(
        call_closes_at=timezone.now() - dt.timedelta(minutes=1)
    )
    edition.refresh_from_db()


def without_deadline(edition: Edition) -> None:
    Edition.objects.filter(pk=edition.pk).update(call_closes_at=None)
    edition.refresh_from_db()


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (without_categories, "at least one category"),
        (without_rounds, "criteria all have a positive weight"),
        (with_an_unknown_tie_break, "no round has: impact"),
        (with_a_past_deadline, "is already past"),
        (without_deadline, "Set the closing date"),
    ],
)
def test_open_call_guards(spoil: Any, reason: str) -> None:
    edition = factories.prepared_edition()
    spoil(edition)
    with pytest.raises(TransitionRefused) as refusal:
        services.open_call(edition, by=factories.secretary(edition))
    assert any(reason in text for text in refusal.value.reasons)
    assert Edition.objects.get(pk=edition.pk).state == E.DRAFT
    assert records_of(edition) == []


def test_a_criterion_weighs_more_than_zero() -> None:
    from django.core.exceptions import ValidationError
    from django.db import IntegrityError, transaction

    criterion = factories.prepared_edition().rounds.first().criteria.first()
    criterion.weight = Decimal("0")
    with pytest.raises(ValidationError):
        criterion.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        criterion.save()


def test_open_call_lists_every_problem_at_once() -> None:
    edition = factories.prepared_edition()
    without_categories(edition)
    with_a_past_deadline(edition)
    with pytest.raises(TransitionRefused) as refusal:
        services.open_call(edition, by=factories.secretary(edition))
    assert len(refusal.value.reasons) == 2


# Closing the call -------------------------------------------------------------------------------


def test_closing_early_moves_the_deadline_to_now(edition: Edition) -> None:
    planned = edition.call_closes_at
    services.close_call(edition, by=factories.secretary(edition))
    stored = Edition.objects.get(pk=edition.pk)
    assert stored.call_closes_at < planned
    assert stored.call_closes_at <= timezone.now()


def test_close_due_calls_closes_only_past_deadlines() -> None:
    due, not_due = factories.open_edition(), factories.open_edition()
    with time_machine.travel(due.call_closes_at + dt.timedelta(seconds=1)):
        Edition.objects.filter(pk=not_due.pk).update(
            call_closes_at=timezone.now() + dt.timedelta(days=1)
        )
        closed = services.close_due_calls()
    assert [edition.pk for edition in closed] == [due.pk]
    assert Edition.objects.get(pk=due.pk).state == E.CALL_CLOSED
    assert Edition.objects.get(pk=not_due.pk).state == E.CALL_OPEN
    (record,) = records_of(due)[-1:]
    assert record.actor is None  # Palmares itself
    assert record.transition == "close_call"


# Starting the evaluation ------------------------------------------------------------------------


@pytest.mark.parametrize("waiting", [C.SUBMITTED, C.RETURNED])
def test_evaluation_waits_for_screening(waiting: str) -> None:
    candidacy, _ = factories.candidacy_in_state(waiting)
    eligible, _ = factories.submitted_candidacy(candidacy.edition)
    edition = candidacy.edition
    staff = factories.secretary(edition)
    services.mark_eligible(eligible, by=staff)
    services.close_call(edition, by=staff)
    with pytest.raises(TransitionRefused) as refusal:
        services.start_evaluation(edition, by=staff)
    assert candidacy.reference in refusal.value.reasons[0]
    assert Edition.objects.get(pk=edition.pk).state == E.CALL_CLOSED


def test_evaluation_needs_an_eligible_candidacy() -> None:
    candidacy, _ = factories.candidacy_in_state(C.INELIGIBLE)
    edition = candidacy.edition
    services.close_call(edition, by=factories.secretary(edition))
    with pytest.raises(TransitionRefused, match="No candidacy has been found eligible"):
        services.start_evaluation(edition, by=factories.secretary(edition))


def test_evaluation_takes_in_every_eligible_candidacy() -> None:
    edition = factories.open_edition()
    staff = factories.secretary(edition)
    eligible = [factories.submitted_candidacy(edition)[0] for _ in range(3)]
    ineligible, _ = factories.submitted_candidacy(edition)
    drafted, _ = factories.draft_candidacy(edition)
    for candidacy in eligible:
        services.mark_eligible(candidacy, by=staff)
    services.mark_ineligible(ineligible, by=staff, note="Outside the implementation window.")
    services.close_call(edition, by=staff)

    services.start_evaluation(edition, by=staff)

    states = dict(edition.candidacies.values_list("pk", "state"))
    assert {states[c.pk] for c in eligible} == {C.IN_EVALUATION}
    assert states[ineligible.pk] == C.INELIGIBLE
    assert states[drafted.pk] == C.DRAFT
    for candidacy in eligible:
        assert records_of(candidacy)[-1].transition == "enter_evaluation"
        assert records_of(candidacy)[-1].actor == staff


# Publishing -------------------------------------------------------------------------------------


@pytest.mark.parametrize("undecided", [C.IN_EVALUATION, C.SHORTLISTED])
def test_publish_needs_every_decision(undecided: str) -> None:
    candidacy, _ = factories.candidacy_in_state(undecided)
    edition = candidacy.edition
    staff = factories.secretary(edition)
    services.start_deliberation(edition, by=staff)
    with pytest.raises(TransitionRefused) as refusal:
        services.publish_results(edition, by=staff)
    assert candidacy.reference in refusal.value.reasons[0]
    assert Edition.objects.get(pk=edition.pk).state == E.DELIBERATION


def test_publish_ignores_abandoned_drafts_and_mails_each_result_in_its_language(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    winner, winner_applicant = factories.candidacy_in_state(C.WINNER)
    edition = winner.edition
    staff = factories.secretary(edition)
    factories.CandidacyFactory(edition=edition)  # a draft nobody submitted
    services.start_deliberation(edition, by=staff)
    Candidacy.objects.filter(pk=winner.pk).update(language="es")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.publish_results(edition, by=staff)

    assert Edition.objects.get(pk=edition.pk).state == E.PUBLISHED
    (mail,) = mailoutbox
    assert winner_applicant.email in mail.to
    assert "Ganador" in mail.body or "Ganadora" in mail.body
    assert winner.reference in mail.subject
