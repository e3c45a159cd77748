"""The two state machines are exactly those of DESIGN.md, and no other path exists."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from awards.enums import CandidacyState, EditionState
from awards.models import Candidacy, Edition
from awards.transitions import TransitionRefused, run_transition

E, C = EditionState, CandidacyState

# DESIGN.md, "Edition states".
EDITION_MACHINE = {
    "open_call": ({E.DRAFT}, E.CALL_OPEN),
    "close_call": ({E.CALL_OPEN}, E.CALL_CLOSED),
    "start_evaluation": ({E.CALL_CLOSED}, E.EVALUATION),
    "start_deliberation": ({E.EVALUATION}, E.DELIBERATION),
    "publish": ({E.DELIBERATION}, E.PUBLISHED),
    "archive": ({E.PUBLISHED}, E.ARCHIVED),
}

# DESIGN.md, "Candidacy states", plus one documented addition: a candidacy returned for
# clarification and never resubmitted can be declared ineligible (docs/state-machines.md).
CANDIDACY_MACHINE = {
    "submit": ({C.DRAFT, C.RETURNED}, C.SUBMITTED),
    "mark_eligible": ({C.SUBMITTED}, C.ELIGIBLE),
    "mark_ineligible": ({C.SUBMITTED, C.RETURNED}, C.INELIGIBLE),
    "return_for_clarification": ({C.SUBMITTED}, C.RETURNED),
    "enter_evaluation": ({C.ELIGIBLE}, C.IN_EVALUATION),
    "shortlist": ({C.IN_EVALUATION}, C.SHORTLISTED),
    "not_select": ({C.IN_EVALUATION}, C.NOT_SELECTED),
    "declare_winner": ({C.SHORTLISTED}, C.WINNER),
    "give_special_mention": ({C.SHORTLISTED}, C.SPECIAL_MENTION),
    "make_finalist": ({C.SHORTLISTED}, C.FINALIST),
    "withdraw": (set(C.values) - {C.WITHDRAWN}, C.WITHDRAWN),
}


def declared(model: type) -> dict[str, tuple[set[str], str]]:
    machine: dict[str, tuple[set[str], str]] = {}
    for transition in model().get_all_state_transitions():
        sources, target = machine.setdefault(transition.name, (set(), transition.target))
        assert target == transition.target
        sources.add(transition.source)
    return machine


def test_edition_machine_is_the_design() -> None:
    assert declared(Edition) == EDITION_MACHINE


def test_candidacy_machine_is_the_design() -> None:
    assert declared(Candidacy) == CANDIDACY_MACHINE


def every_wrong_state(machine: dict, states: list[str]) -> list[tuple[str, str]]:
    return [
        (name, state)
        for name, (sources, _target) in machine.items()
        for state in states
        if state not in sources
    ]


@pytest.mark.parametrize(("name", "state"), every_wrong_state(EDITION_MACHINE, E.values))
def test_edition_transition_refused_from_other_states(name: str, state: str) -> None:
    edition = Edition(state=state)
    with pytest.raises(TransitionRefused) as refusal:
        run_transition(edition, name, by=None)
    assert Edition(state=state).get_state_display() in refusal.value.reasons[0]
    assert edition.state == state


@pytest.mark.parametrize(("name", "state"), every_wrong_state(CANDIDACY_MACHINE, C.values))
def test_candidacy_transition_refused_from_other_states(name: str, state: str) -> None:
    candidacy = Candidacy(state=state)
    with pytest.raises(TransitionRefused, match="not possible"):
        run_transition(candidacy, name, by=None)
    assert candidacy.state == state


@pytest.mark.parametrize("model", [Edition, Candidacy])
def test_state_cannot_be_written_directly(model: type) -> None:
    obj = model()
    with pytest.raises(AttributeError, match="Direct state modification is not allowed"):
        obj.state = "published" if model is Edition else "winner"


@pytest.mark.django_db
def test_state_of_a_stored_object_cannot_be_written_directly() -> None:
    from tests.factories import candidacy_in_state

    candidacy, _applicant = candidacy_in_state(C.SUBMITTED)
    stored = Candidacy.objects.get(pk=candidacy.pk)
    with pytest.raises(AttributeError):
        stored.state = C.WINNER
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.SUBMITTED


def test_unknown_transition_is_refused_not_run() -> None:
    with pytest.raises(TransitionRefused):
        run_transition(Edition(), "delete", by=None)


def test_permission_is_checked_before_guards() -> None:
    """A user without the role learns nothing about why the action would be blocked."""
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        run_transition(Edition(), "open_call", by=AnonymousUser())


@pytest.mark.django_db
def test_permission_is_checked_before_the_state_so_no_decision_leaks() -> None:
    """A stranger asking to submit a winning candidacy is told no, not "it is a winner"."""
    from tests.factories import UserFactory, candidacy_in_state

    winner, applicant = candidacy_in_state(C.WINNER)
    with pytest.raises(PermissionDenied):
        run_transition(winner, "submit", by=UserFactory())
    with pytest.raises(TransitionRefused) as refusal:
        run_transition(winner, "submit", by=applicant)
    assert "Under evaluation" in refusal.value.reasons[0]
    assert "Winner" not in refusal.value.reasons[0]
