"""The deliberation over the API: the same rules, refusals and visibility as the pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from evaluation import deliberation, services
from evaluation.enums import BallotState
from evaluation.models import DeliberationRecord, JurorBallot, Scorecard, ScoreDecision
from tests import factories
from tests.deliberation import final_round, hand_in

pytestmark = pytest.mark.django_db

VALUES = [["9", "8", "7"], ["6", "7", "8"], ["3", "4", "2"]]
REPORTS = {"en": "The jury met.", "fr": "Le jury.", "es": "El jurado.", "pt": "O júri."}


def as_user(user: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


def mine(final: Any, suffix: str = "") -> str:
    return reverse("v1:ballot-mine", args=[final.round.pk]) + suffix


def outsiders(final: Any) -> dict[str, Any]:
    first = final.edition.rounds.get(number=1)
    return {
        "juror_of_another_round": lambda: first.jury.first().user,
        "applicant": lambda: factories.member_of(final.finalists[0].organisation),
        "stranger": factories.UserFactory,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
    }


@pytest.fixture
def final() -> Any:
    return final_round(values=VALUES)


def test_a_juror_writes_and_submits_a_ballot(final: Any) -> None:
    a, b, c = final.ids
    api = as_user(final.jurors[0])
    blank = api.get(mine(final)).json()
    assert blank["id"] is None
    assert [f["id"] for f in blank["finalists"]] == final.ids
    assert blank["closed"] == []
    saved = api.put(mine(final), {"ordering": [[b], [a, c]]}, format="json")
    assert saved.status_code == 200
    assert (saved.json()["ordering"], saved.json()["state"]) == ([[b], [a, c]], "draft")
    submitted = api.post(reverse("v1:ballot-submit", args=[final.round.pk]))
    assert submitted.status_code == 200
    assert submitted.json()["state"] == BallotState.SUBMITTED
    again = api.put(mine(final), {"ordering": [[a], [b], [c]]}, format="json")
    assert again.status_code == 409
    assert again.json()["code"] == "transition_refused"
    assert JurorBallot.objects.get().ordering == [[b], [a, c]]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"ordering": [[999_999]]}, "ordering"),
        ({"ordering": [["first"], ["second"]]}, "ordering"),  # not ids: 400
        ({"ordering": [[0], [0]]}, "ordering"),
        ({"ordering": [[0]], "left_off": [0]}, "left_off"),
        ({"ordering": [[]]}, "ordering"),
        ({"ordering": "abc"}, "ordering"),
        ({}, "ordering"),
    ],
)
def test_bad_ballots_answer_with_field_errors(final: Any, body: dict, field: str) -> None:
    def real(value: Any) -> Any:
        return final.ids[value] if value == 0 else value

    if isinstance(body.get("ordering"), list):
        body = {
            **body,
            "ordering": [[real(v) for v in place] for place in body["ordering"]],
            "left_off": [real(v) for v in body.get("left_off", [])],
        }
    response = as_user(final.jurors[0]).put(mine(final), body, format="json")
    assert response.status_code in (400, 409)
    assert field in response.json()["errors"]
    assert not JurorBallot.objects.exists()


def test_submitting_with_missing_finalists_names_them(final: Any) -> None:
    api = as_user(final.jurors[0])
    api.put(mine(final), {"ordering": [[final.ids[0]]]}, format="json")
    response = api.post(reverse("v1:ballot-submit", args=[final.round.pk]))
    assert response.status_code == 409
    assert final.finalists[1].reference in response.json()["errors"]["ordering"][0]
    nothing = as_user(final.jurors[1]).post(reverse("v1:ballot-submit", args=[final.round.pk]))
    assert nothing.status_code == 409


@pytest.mark.parametrize(
    "role",
    ["juror_of_another_round", "applicant", "stranger", "other_secretariat", "secretariat"],
)
def test_only_a_juror_of_the_round_has_a_ballot_there(final: Any, role: str) -> None:
    hand_in(final, final.jurors[0], [0, 1, 2])
    user = final.staff if role == "secretariat" else outsiders(final)[role]()
    api = as_user(user)
    assert api.get(mine(final)).status_code == 404
    assert api.put(mine(final), {"ordering": [final.ids]}, format="json").status_code == 404
    assert api.post(reverse("v1:ballot-submit", args=[final.round.pk])).status_code == 404
    if role != "secretariat":
        assert api.get(reverse("v1:ballot-list")).json()["count"] == 0
        ballot = JurorBallot.objects.get()
        assert api.get(reverse("v1:ballot-detail", args=[ballot.pk])).status_code == 404
        reopen = reverse("v1:ballot-reopen", args=[ballot.pk])
        assert api.post(reopen, {"note": "Why not."}).status_code == 404


def test_the_secretariat_lists_and_reopens_ballots(
    final: Any, django_assert_max_num_queries: Any
) -> None:
    hand_in(final, final.jurors[0], [0, 1, 2])
    api = as_user(final.staff)
    url = reverse("v1:ballot-list")
    with django_assert_max_num_queries(20) as one:
        assert api.get(url, {"round": final.round.pk}).json()["count"] == 1
    queries_for_one = len(one.captured_queries)  # each request clears the log
    for juror in final.jurors[1:]:
        hand_in(final, juror, [2, 1, 0])
    with django_assert_max_num_queries(queries_for_one):
        body = api.get(url, {"round": final.round.pk}).json()
    assert body["count"] == 3
    own = as_user(final.jurors[0]).get(url).json()
    assert [b["juror"] for b in own["results"]] == [final.jurors[0].pk]
    ballot = JurorBallot.objects.get(juror=final.jurors[0])
    reopen = reverse("v1:ballot-reopen", args=[ballot.pk])
    assert as_user(final.jurors[0]).post(reopen, {"note": "Mine."}).status_code == 403
    refused = api.post(reopen, {})
    assert refused.status_code == 409
    assert "note" in refused.json()["errors"]
    assert api.post(reopen, {"note": "The juror asked."}).json()["state"] == BallotState.DRAFT


# The comparison and the flags -------------------------------------------------------------------


def test_a_juror_of_the_round_sees_no_comparison(final: Any) -> None:
    api = as_user(final.jurors[0])
    assert api.get(reverse("v1:comparison-detail", args=[final.round.pk])).status_code == 404
    assert api.get(reverse("v1:juror-flags-detail", args=[final.round.pk])).status_code == 404


@pytest.mark.parametrize(
    "role", ["juror_of_another_round", "applicant", "stranger", "other_secretariat"]
)
def test_the_comparison_and_the_flags_are_the_secretariat_s(final: Any, role: str) -> None:
    api = as_user(outsiders(final)[role]())
    assert api.get(reverse("v1:comparison-detail", args=[final.round.pk])).status_code == 404
    assert api.get(reverse("v1:juror-flags-detail", args=[final.round.pk])).status_code == 404


def test_the_comparison_over_the_api(final: Any) -> None:
    hand_in(final, final.jurors[0], [0, 1, 2])
    hand_in(final, final.jurors[1], [1, 0, 2])
    hand_in(final, final.jurors[2], [[1, 2]], left_off=[0])
    api = as_user(final.staff)
    url = reverse("v1:comparison-detail", args=[final.round.pk])
    body = api.get(url).json()
    f0, f1, f2 = (c.reference for c in final.finalists)
    assert body["ballots"] == 3
    assert body["method"] == "zscore"
    assert [row["reference"] for row in body["rows"]] == [f1, f0, f2]
    assert body["schulze_winners"] == [f1]
    assert body["pairwise"]["labels"] == [f0, f1, f2]
    assert body["pairwise"]["rows"][0] == {"candidacy": f0, "values": [None, 1, 2]}
    assert body["strongest_paths"]["rows"][1]["values"] == [2, None, 2]
    assert body["explanation"][0].startswith(f"{f0} wins by the scores")
    assert api.get(url, {"method": "severity"}).json()["method"] == "severity"


def test_the_flags_over_the_api(final: Any) -> None:
    body = as_user(final.staff).get(reverse("v1:juror-flags-detail", args=[final.round.pk])).json()
    assert [juror["juror"] for juror in body["jurors"]] == ["J01", "J02", "J03"]
    assert {"effect", "effect_z", "correlation", "spread", "harsh", "flat", "reasons"} <= set(
        body["jurors"][0]
    )
    assert body["thresholds"]["erratic_below"] == 0.3


def test_the_ranking_api_takes_the_severity_model(final: Any) -> None:
    api = as_user(final.staff)
    url = reverse("v1:ranking-detail", args=[final.round.pk])
    body = api.get(url, {"method": "severity"}).json()
    assert (body["method"], body["normalise"]) == ("severity", False)
    assert len(body["juror_effects"]) == 3
    assert api.get(url).json()["juror_effects"] == []
    frozen = api.post(reverse("v1:snapshot-list"), {"round": final.round.pk, "method": "severity"})
    assert frozen.json()["method"] == "severity"


# Conflicted scores ------------------------------------------------------------------------------


def conflicted(final: Any, juror_index: int = 0, finalist: int = 0) -> Scorecard:
    juror = final.jurors[juror_index]
    candidacy = final.finalists[finalist]
    services.declare_conflict(
        final.edition, juror=juror, candidacy=candidacy, reason="A late conflict.", by=juror
    )
    return Scorecard.objects.get(round=final.round, juror=juror, candidacy=candidacy)


def test_the_secretariat_decides_on_conflicted_scores(
    final: Any, django_assert_max_num_queries: Any
) -> None:
    card = conflicted(final)
    api = as_user(final.staff)
    url = reverse("v1:conflicted-score-list")
    with django_assert_max_num_queries(20) as one:
        listed = api.get(url, {"round": final.round.pk}).json()
    queries_for_one = len(one.captured_queries)  # each request clears the log
    assert [item["id"] for item in listed["results"]] == [card.pk]
    assert listed["results"][0]["counted"] is None
    decide = reverse("v1:conflicted-score-decide", args=[card.pk])
    refused = api.post(decide, {"counts": False, "reason": ""}, format="json")
    assert refused.status_code == 409
    assert "reason" in refused.json()["errors"]
    done = api.post(decide, {"counts": False, "reason": "Serious."}, format="json")
    assert done.status_code == 201
    assert done.json()["counts"] is False
    for index, finalist in ((1, 1), (2, 2)):
        deliberation.decide_conflicted_score(
            conflicted(final, index, finalist), counts=True, reason="Minor.", by=final.staff
        )
    with django_assert_max_num_queries(queries_for_one):
        listed = api.get(url, {"round": final.round.pk}).json()
    assert listed["count"] == 3
    assert listed["results"][0]["counted"] is False
    assert listed["results"][0]["decisions"][0]["reason"] == "Serious."


@pytest.mark.parametrize("role", ["juror", "applicant", "stranger", "other_secretariat"])
def test_conflicted_scores_are_the_secretariat_s(final: Any, role: str) -> None:
    card = conflicted(final)
    user = card.juror if role == "juror" else outsiders(final)[role]()
    api = as_user(user)
    assert api.get(reverse("v1:conflicted-score-list")).json()["count"] == 0
    decide = reverse("v1:conflicted-score-decide", args=[card.pk])
    assert api.post(decide, {"counts": False, "reason": "No."}).status_code == 404
    assert not ScoreDecision.objects.exists()


# The deliberation record ------------------------------------------------------------------------


def test_the_secretariat_writes_closes_and_reopens_the_record(final: Any) -> None:
    hand_in(final, final.jurors[0], [0, 1, 2])
    api = as_user(final.staff)
    created = api.post(reverse("v1:deliberation-record-list"), {"edition": final.edition.pk})
    assert created.status_code == 201
    url = reverse("v1:deliberation-record-detail", args=[created.json()["id"]])
    stranger = factories.juror(final.edition.rounds.get(number=1))
    wrong = api.patch(url, {"attendees": [stranger.pk]}, format="json")
    assert wrong.status_code == 409
    assert "attendees" in wrong.json()["errors"]
    early = api.post(url + "close/")
    assert early.status_code == 409
    assert "report" in early.json()["detail"]
    body = {
        "reports": REPORTS,
        "attendees": [final.jurors[0].pk, final.jurors[1].pk],
        "other_attendees": "The secretariat.",
        "public": True,
    }
    saved = api.patch(url, body, format="json")
    assert saved.status_code == 200
    assert saved.json()["reports"]["fr"] == "Le jury."
    assert sorted(saved.json()["attendees"]) == sorted(j.pk for j in final.jurors[:2])
    closed = api.post(url + "close/").json()
    assert closed["state"] == "closed"
    (counted,) = closed["ballot_results"]
    assert counted["ballots"] == 1
    assert counted["schulze_winners"] == [final.finalists[0].reference]
    assert api.patch(url, {"other_attendees": "Late."}, format="json").status_code == 409
    assert api.post(url + "reopen/", {}).status_code == 409
    assert api.post(url + "reopen/", {"note": "A typo."}).json()["state"] == "open"


@pytest.mark.parametrize(
    "role", ["juror_of_the_round", "applicant", "stranger", "other_secretariat"]
)
def test_the_record_is_the_secretariat_s(final: Any, role: str) -> None:
    record = deliberation.record_of(final.edition, by=final.staff)
    user = final.jurors[0] if role == "juror_of_the_round" else outsiders(final)[role]()
    api = as_user(user)
    assert api.get(reverse("v1:deliberation-record-list")).json()["count"] == 0
    url = reverse("v1:deliberation-record-detail", args=[record.pk])
    assert api.get(url).status_code == 404
    assert api.patch(url, {"public": True}, format="json").status_code == 404
    assert api.post(url + "close/").status_code == 404
    created = api.post(reverse("v1:deliberation-record-list"), {"edition": final.edition.pk})
    assert created.status_code == 404
    assert DeliberationRecord.objects.get().public is False
