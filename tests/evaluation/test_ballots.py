"""Preferential ballots: who hands one in, what a ballot may hold, when it may change, and the
juror's page (the plain form that works without JavaScript; tests/browser/test_ballot.py drives
the script)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from awards.models import Round, TransitionRecord
from awards.transitions import TransitionRefused
from evaluation import deliberation, queries, services
from evaluation.enums import BallotState
from evaluation.models import JurorBallot
from tests import factories
from tests.deliberation import final_round, hand_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def final() -> Any:
    return final_round(finalists=3, jurors=2)


def test_a_juror_orders_ties_and_leaves_off_then_submits(final: Any) -> None:
    a, b, c = final.ids
    ballot = deliberation.save_ballot(
        final.round, by=final.jurors[0], ordering=[[b], [a, c]], left_off=[]
    )
    assert (ballot.ordering, ballot.left_off, ballot.state) == ([[b], [a, c]], [], "draft")
    ballot = deliberation.save_ballot(
        final.round, by=final.jurors[0], ordering=[b], left_off=[a, c]
    )
    assert (ballot.ordering, ballot.left_off) == ([[b]], [a, c])
    record = deliberation.submit_ballot(ballot, by=final.jurors[0])
    ballot.refresh_from_db()
    assert ballot.state == BallotState.SUBMITTED
    assert ballot.submitted_at is not None
    assert (record.transition, record.actor) == ("submit", final.jurors[0])
    assert TransitionRecord.objects.for_object(ballot).count() == 1


def test_finalists_are_the_shortlist_and_the_round_s_scorecards(final: Any) -> None:
    assert queries.ballot_finalists(final.round) == final.finalists
    withdrawn = final.finalists[0]
    factories.services.perform(withdrawn, "withdraw", by=final.staff)
    assert withdrawn.pk not in [c.pk for c in queries.ballot_finalists(final.round)]


@pytest.mark.parametrize(
    ("ordering", "left_off", "field", "words"),
    [
        ([[999_999]], [], "ordering", "is not a finalist"),
        ([["other"]], [], "ordering", "is not a finalist"),
        ([[0], [0]], [], "ordering", "more than once"),
        ([[0, 1]], [1], "left_off", "more than once"),
        ([[0], []], [], "ordering", "is empty"),
    ],
)
def test_bad_ballots_are_refused_with_field_errors(
    final: Any, ordering: list, left_off: list, field: str, words: str
) -> None:
    other = final.others[0].pk  # scored in the first round, not shortlisted

    def ids(values: list) -> list:
        return [other if v == "other" else final.ids[v] if v in (0, 1, 2) else v for v in values]

    with pytest.raises(TransitionRefused) as refused:
        deliberation.save_ballot(
            final.round,
            by=final.jurors[0],
            ordering=[ids(place) for place in ordering],
            left_off=ids(left_off),
        )
    assert words in " ".join(refused.value.field_errors[field])
    assert not JurorBallot.objects.exists()


def test_a_ballot_missing_finalists_is_saved_but_not_submitted(final: Any) -> None:
    ballot = deliberation.save_ballot(final.round, by=final.jurors[0], ordering=[final.ids[:1]])
    with pytest.raises(TransitionRefused) as refused:
        deliberation.submit_ballot(ballot, by=final.jurors[0])
    message = refused.value.field_errors["ordering"][0]
    assert final.finalists[1].reference in message
    assert final.finalists[2].reference in message
    assert final.finalists[0].reference not in message
    ballot.refresh_from_db()
    assert ballot.state == BallotState.DRAFT


def test_a_ballot_leaving_everyone_off_is_not_submitted(final: Any) -> None:
    ballot = deliberation.save_ballot(
        final.round, by=final.jurors[0], ordering=[], left_off=final.ids
    )
    with pytest.raises(TransitionRefused, match="at least one"):
        deliberation.submit_ballot(ballot, by=final.jurors[0])


def test_a_submitted_ballot_changes_only_once_the_secretariat_reopens_it(final: Any) -> None:
    juror = final.jurors[0]
    ballot = hand_in(final, juror, [0, 1, 2])
    with pytest.raises(TransitionRefused, match="only the secretariat"):
        deliberation.save_ballot(final.round, by=juror, ordering=[final.ids[::-1]])
    with pytest.raises(TransitionRefused):
        deliberation.submit_ballot(ballot, by=juror)
    with pytest.raises(PermissionDenied):
        deliberation.reopen_ballot(ballot, by=juror, note="I changed my mind.")
    with pytest.raises(TransitionRefused, match="required"):
        deliberation.reopen_ballot(ballot, by=final.staff, note="")
    deliberation.reopen_ballot(ballot, by=final.staff, note="The juror asked for it.")
    ballot.refresh_from_db()
    assert (ballot.state, ballot.submitted_at) == (BallotState.DRAFT, None)
    changed = deliberation.save_ballot(
        final.round, by=juror, ordering=[[i] for i in final.ids[::-1]]
    )
    assert changed.ordering[0] == [final.ids[2]]
    assert [r.transition for r in TransitionRecord.objects.for_object(ballot)] == [
        "submit",
        "reopen",
    ]


@pytest.mark.parametrize("role", ["juror_of_another_round", "applicant", "stranger", "secretariat"])
def test_only_a_juror_of_the_round_hands_in_a_ballot(final: Any, role: str) -> None:
    first = final.edition.rounds.get(number=1)
    user = {
        "juror_of_another_round": lambda: first.jury.first().user,
        "applicant": lambda: factories.member_of(final.finalists[0].organisation),
        "stranger": factories.UserFactory,
        "secretariat": lambda: final.staff,
    }[role]()
    with pytest.raises(PermissionDenied):
        deliberation.save_ballot(final.round, by=user, ordering=[final.ids])
    assert final.round not in queries.ballot_rounds_of(user)


def test_an_invited_juror_who_has_not_accepted_hands_in_nothing(final: Any) -> None:
    invited = factories.juror(final.round, accepted=False)
    with pytest.raises(PermissionDenied):
        deliberation.save_ballot(final.round, by=invited, ordering=[final.ids])


def test_a_round_without_ballots_takes_none(final: Any) -> None:
    Round.objects.filter(pk=final.round.pk).update(preferential_ballots=False)
    final.round.refresh_from_db()
    with pytest.raises(TransitionRefused, match="no preferential ballots"):
        deliberation.save_ballot(final.round, by=final.jurors[0], ordering=[final.ids])


def test_a_juror_in_conflict_with_a_finalist_hands_in_no_ballot(final: Any) -> None:
    juror = final.jurors[0]
    services.declare_conflict(
        final.edition,
        juror=juror,
        candidacy=final.finalists[1],
        reason="My sister leads it.",
        by=juror,
    )
    with pytest.raises(TransitionRefused, match=final.finalists[1].reference):
        deliberation.save_ballot(final.round, by=juror, ordering=[final.ids])


def test_the_secretariat_turns_ballots_on_and_off(final: Any) -> None:
    deliberation.set_preferential_ballots(final.round, enabled=False, by=final.staff)
    assert Round.objects.get(pk=final.round.pk).preferential_ballots is False
    with pytest.raises(PermissionDenied):
        deliberation.set_preferential_ballots(final.round, enabled=True, by=final.jurors[0])
    deliberation.set_preferential_ballots(final.round, enabled=True, by=final.staff)
    hand_in(final, final.jurors[0], [0, 1, 2])
    with pytest.raises(TransitionRefused, match="they stay"):
        deliberation.set_preferential_ballots(final.round, enabled=False, by=final.staff)


def test_a_closed_record_freezes_the_ballots(final: Any) -> None:
    ballot = hand_in(final, final.jurors[0], [0, 1, 2])
    record = deliberation.record_of(final.edition, by=final.staff)
    deliberation.save_record(
        record, by=final.staff, reports=dict.fromkeys(("en", "fr", "es", "pt"), "Report.")
    )
    deliberation.close_record(record, by=final.staff)
    with pytest.raises(TransitionRefused, match="closed"):
        deliberation.save_ballot(final.round, by=final.jurors[1], ordering=[final.ids])
    with pytest.raises(TransitionRefused, match="reopen it first"):
        deliberation.reopen_ballot(ballot, by=final.staff, note="Too late.")


# The page ---------------------------------------------------------------------------------------


def post_places(client: Any, final: Any, places: dict[int, str], off: tuple = (), action="save"):
    data = {f"rank-{pk}": value for pk, value in places.items()}
    data.update({f"off-{pk}": "on" for pk in off})
    data["action"] = action
    return client.post(reverse("ballot", args=[final.round.pk]), data)


def test_the_page_works_without_javascript(client: Any, final: Any) -> None:
    a, b, c = final.ids
    client.force_login(final.jurors[0])
    page = client.get(reverse("ballot", args=[final.round.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    for candidacy in final.finalists:
        assert f'name="rank-{candidacy.pk}"' in html
        assert f'name="off-{candidacy.pk}"' in html
    assert "js/ballot.js" in html
    assert "<script>" not in html  # no inline script: the page's one script is a file
    # Equal numbers are a tie; a box leaves a finalist off.
    response = post_places(client, final, {a: "2", b: "1", c: ""}, off=(c,))
    assert response.status_code == 302
    ballot = JurorBallot.objects.get()
    assert (ballot.ordering, ballot.left_off) == ([[b], [a]], [c])
    post_places(client, final, {a: "1", b: "1", c: "2"}, action="submit")
    ballot.refresh_from_db()
    assert (ballot.ordering, ballot.state) == ([[a, b], [c]], BallotState.SUBMITTED)
    done = client.get(reverse("ballot", args=[final.round.pk])).content.decode()
    assert "submitted this ballot" in done
    assert 'name="rank-' not in done
    refused = post_places(client, final, {a: "3", b: "2", c: "1"})
    assert refused.status_code == 302
    ballot.refresh_from_db()
    assert ballot.ordering == [[a, b], [c]]


@pytest.mark.parametrize("value", ["0", "x", "1000"])
def test_a_bad_place_number_is_shown_on_its_field(client: Any, final: Any, value: str) -> None:
    a, b, c = final.ids
    client.force_login(final.jurors[0])
    page = post_places(client, final, {a: value, b: "1", c: "2"})
    assert page.status_code == 200
    assert 'aria-invalid="true"' in page.content.decode()
    assert not JurorBallot.objects.exists()


def test_submitting_with_a_finalist_without_place_names_it(client: Any, final: Any) -> None:
    a, b, c = final.ids
    client.force_login(final.jurors[0])
    page = post_places(client, final, {a: "1", b: "2", c: ""}, action="submit")
    assert page.status_code == 200
    assert final.finalists[2].reference in page.content.decode()
    assert JurorBallot.objects.get().state == BallotState.DRAFT


@pytest.mark.parametrize(
    "role", ["juror_of_another_round", "applicant", "stranger", "other_secretariat", "secretariat"]
)
def test_the_page_does_not_exist_for_others(client: Any, final: Any, role: str) -> None:
    first = final.edition.rounds.get(number=1)
    user = {
        "juror_of_another_round": lambda: first.jury.first().user,
        "applicant": lambda: factories.member_of(final.finalists[0].organisation),
        "stranger": factories.UserFactory,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
        "secretariat": lambda: final.staff,
    }[role]()
    client.force_login(user)
    url = reverse("ballot", args=[final.round.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"action": "save"}).status_code == 404


def test_my_assignments_links_to_the_ballot(client: Any, final: Any) -> None:
    client.force_login(final.jurors[0])
    page = client.get(reverse("my-assignments")).content.decode()
    assert reverse("ballot", args=[final.round.pk]) in page
