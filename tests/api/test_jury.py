"""The jury over the API: the same rules and the same visibility as the pages."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from awards.enums import ScoreVisibility
from awards.models import Round
from evaluation import services
from evaluation.enums import ScorecardState
from evaluation.models import AssignmentProposal, JuryMember, Scorecard
from tests import factories

pytestmark = pytest.mark.django_db


def as_user(user: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


def scores_body(scorecard: Scorecard, value: str = "8") -> dict:
    return {
        "justification": "Strong and transferable.",
        "scores": [
            {"criterion": c.pk, "value": value, "justification": "Because."}
            for c in scorecard.round.criteria.all()
        ],
    }


def test_a_juror_scores_and_submits_through_the_api() -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    api = as_user(scorecard.juror)
    url = reverse("v1:scorecard-detail", args=[scorecard.pk])
    body = api.get(url).json()
    assert body["candidacy"]["reference"] == scorecard.candidacy.reference
    response = api.put(url + "scores/", scores_body(scorecard, "7,5"), format="json")
    assert response.status_code == 200
    assert {s["value"] for s in response.json()["scores"]} == {"7.50"}
    assert api.post(url + "submit/").json()["state"] == ScorecardState.SUBMITTED
    again = api.post(url + "submit/")
    assert again.status_code == 409
    assert again.json()["code"] == "transition_refused"


@pytest.mark.parametrize(("value", "error"), [("11", "between"), ("x", "number"), ("", None)])
def test_bad_scores_answer_400_per_criterion_and_save_nothing(
    value: str, error: str | None
) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    api = as_user(scorecard.juror)
    url = reverse("v1:scorecard-scores", args=[scorecard.pk])
    body = scores_body(scorecard)
    body["scores"][0]["value"] = value
    response = api.put(url, body, format="json")
    if error is None:  # an empty value is an abstention, accepted when saving
        assert response.status_code == 200
        submit = api.post(reverse("v1:scorecard-submit", args=[scorecard.pk]))
        assert submit.status_code == 409  # …but a required criterion must be scored to submit
        assert "Give a score" in submit.json()["detail"]
        return
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [f"criterion-{body['scores'][0]['criterion']}"]
    assert error in errors[f"criterion-{body['scores'][0]['criterion']}"][0]
    assert not scorecard.scores.exists()


@pytest.mark.parametrize("body", [{}, {"scores": "many"}, {"scores": [{"value": 3}]}, []])
def test_malformed_bodies_answer_400(body: Any) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    response = as_user(scorecard.juror).put(
        reverse("v1:scorecard-scores", args=[scorecard.pk]),
        json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["status"] == 400


def test_a_juror_never_reaches_another_jurors_scorecard() -> None:
    mine, theirs = factories.assigned_scorecards(candidacies=1, jurors=2, k=2)
    api = as_user(mine.juror)
    listed = api.get(reverse("v1:scorecard-list")).json()
    assert [s["id"] for s in listed["results"]] == [mine.pk]
    assert api.get(reverse("v1:scorecard-detail", args=[theirs.pk])).status_code == 404
    put = api.put(
        reverse("v1:scorecard-scores", args=[theirs.pk]), scores_body(theirs), format="json"
    )
    assert put.status_code == 404
    assert not theirs.scores.exists()


def test_the_api_hides_identity_in_a_blind_round() -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    Round.objects.filter(pk=scorecard.round_id).update(blind=True)
    raw = as_user(scorecard.juror).get(reverse("v1:scorecard-detail", args=[scorecard.pk]))
    body = raw.json()["candidacy"]
    assert (body["organisation"], body["city"], body["country"]) == (None, None, None)
    assert scorecard.candidacy.organisation.name not in raw.content.decode()
    assert "About the organisation" not in {s["label"] for s in body["sections"]}


def test_other_jurors_scores_follow_the_round_in_the_api() -> None:
    mine, theirs = factories.assigned_scorecards(candidacies=1, jurors=2, k=2)
    services.save_scores(
        theirs, scores=factories.full_scores(theirs, "2"), justification="Weak.", by=theirs.juror
    )
    theirs.refresh_from_db()
    services.submit_scorecard(theirs, by=theirs.juror)
    url = reverse("v1:scorecard-detail", args=[mine.pk])
    Round.objects.filter(pk=mine.round_id).update(score_visibility=ScoreVisibility.AFTER_OWN)
    assert as_user(mine.juror).get(url).json()["others"] == []
    Round.objects.filter(pk=mine.round_id).update(score_visibility=ScoreVisibility.ALWAYS)
    (other,) = as_user(mine.juror).get(url).json()["others"]
    assert other["justification"] == "Weak."
    assert "juror" not in other


def test_the_secretariat_proposes_and_confirms_through_the_api() -> None:
    edition, _candidacies, _people = factories.evaluated_edition(candidacies=2, jurors=2)
    round_ = edition.rounds.get(number=1)
    api = as_user(factories.secretary(edition))
    created = api.post(
        reverse("v1:proposal-list"), {"round": round_.pk, "reviewers_per_candidacy": 2}
    )
    assert created.status_code == 201
    assert len(created.json()["pairs"]) == 4
    confirmed = api.post(reverse("v1:proposal-confirm", args=[created.json()["id"]]))
    assert confirmed.json()["confirmed_at"]
    assert Scorecard.objects.filter(round=round_).count() == 4


def test_an_infeasible_proposal_answers_409_naming_candidacies() -> None:
    edition, candidacies, _people = factories.evaluated_edition(candidacies=1, jurors=1)
    round_ = edition.rounds.get(number=1)
    response = as_user(factories.secretary(edition)).post(
        reverse("v1:proposal-list"), {"round": round_.pk, "reviewers_per_candidacy": 3}
    )
    assert response.status_code == 409
    assert list(response.json()["errors"]) == [candidacies[0].reference]
    assert not AssignmentProposal.objects.exists()


@pytest.mark.parametrize("role", ["juror", "other_secretariat", "stranger"])
def test_only_the_rounds_secretariat_proposes_or_invites(role: str) -> None:
    edition, _candidacies, people = factories.evaluated_edition(candidacies=1, jurors=2)
    round_ = edition.rounds.get(number=1)
    user = {
        "juror": people[0],
        "other_secretariat": factories.secretary(factories.open_edition()),
        "stranger": factories.UserFactory(),
    }[role]
    api = as_user(user)
    assert api.post(reverse("v1:proposal-list"), {"round": round_.pk}).status_code == 404
    invite = {"round": round_.pk, "email": "x@example.org", "languages": ["en"]}
    assert api.post(reverse("v1:jury-member-list"), invite).status_code == 404
    assert not AssignmentProposal.objects.exists()
    assert not JuryMember.objects.filter(user__email="x@example.org").exists()


def test_a_juror_declares_a_conflict_and_loses_the_candidacy() -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    api = as_user(scorecard.juror)
    response = api.post(
        reverse("v1:conflict-list"),
        {"candidacy": scorecard.candidacy_id, "reason": "My sister leads the project."},
    )
    assert response.status_code == 201
    assert Scorecard.objects.get(pk=scorecard.pk).state == ScorecardState.RECUSED
    assert api.get(reverse("v1:scorecard-detail", args=[scorecard.pk])).status_code == 404


def test_another_editions_candidacy_looks_like_one_that_does_not_exist() -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    elsewhere, _ = factories.submitted_candidacy()
    api = as_user(scorecard.juror)
    url = reverse("v1:conflict-list")
    real = api.post(url, {"candidacy": elsewhere.pk, "reason": "Why not."})
    missing = api.post(url, {"candidacy": 10**9, "reason": "Why not."})
    assert real.status_code == missing.status_code == 400
    assert real.json()["errors"].keys() == missing.json()["errors"].keys() == {"candidacy"}
    assert not elsewhere.conflicts.exists()


def test_a_conflict_with_an_organisation_names_its_edition() -> None:
    first = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    juror = first.juror
    other_edition, _candidacies, _people = factories.evaluated_edition(candidacies=1, jurors=0)
    JuryMember.objects.create(round=other_edition.rounds.first(), user=juror, state="accepted")
    api = as_user(juror)
    url = reverse("v1:conflict-list")
    target = first.candidacy.organisation
    unnamed = api.post(url, {"organisation": target.pk, "reason": "My former employer."})
    assert unnamed.status_code == 400
    assert "edition" in unnamed.json()["errors"]
    named = api.post(
        url,
        {"organisation": target.pk, "edition": first.round.edition_id, "reason": "Employer."},
    )
    assert named.status_code == 201
    assert named.json()["edition"] == first.round.edition_id
    assert Scorecard.objects.get(pk=first.pk).state == ScorecardState.RECUSED


def test_the_scorecard_list_takes_a_constant_number_of_queries(
    django_assert_max_num_queries: Any,
) -> None:
    small = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    staff = factories.secretary(small.round.edition)
    with django_assert_max_num_queries(30) as one:
        as_user(staff).get(reverse("v1:scorecard-list"))
    big = factories.assigned_scorecards(candidacies=3, jurors=2, k=2)
    staff = factories.secretary(big[0].round.edition)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = as_user(staff).get(reverse("v1:scorecard-list"))
    assert response.json()["count"] == 6


def test_saving_over_a_scorecard_submitted_in_another_tab_answers_409() -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    api = as_user(scorecard.juror)
    url = reverse("v1:scorecard-detail", args=[scorecard.pk])
    api.put(url + "scores/", scores_body(scorecard), format="json")
    stale = Scorecard.objects.get(pk=scorecard.pk)
    api.post(url + "submit/")
    with pytest.raises(services.TransitionConflict):
        services.save_scores(
            stale, scores=factories.full_scores(stale, "1"), justification="x", by=stale.juror
        )
    assert api.put(url + "scores/", scores_body(scorecard, "1"), format="json").status_code == 409
    assert {s.value for s in Scorecard.objects.get(pk=scorecard.pk).scores.all()} == {8}
