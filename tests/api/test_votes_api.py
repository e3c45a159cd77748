"""The public vote over the API: the same rules, the same secrecy of counts, one error shape."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from rest_framework.test import APIClient

from awards import services
from awards.enums import CandidacyState
from awards.models import PublicVote
from tests import factories
from tests.vote_factories import (
    cast,
    fresh_address,
    on_ballot,
    open_vote,
    publish,
    shortlisted_edition,
    vote_on,
    voter,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _quick(settings: Any) -> Any:
    """Fast password hashing (these tests make many voters) and an empty throttle."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


def as_user(user: Any = None) -> APIClient:
    api = APIClient()
    if user is not None:
        api.force_authenticate(user)
    return api


def url(vote: PublicVote, name: str = "detail") -> str:
    return reverse(f"v1:vote-{name}", args=[vote.edition.slug])


def post_ballot(api: APIClient, vote: PublicVote, picks: Any, address: str = "") -> Any:
    return api.post(
        url(vote, "ballot"), {"picks": picks}, format="json", REMOTE_ADDR=address or fresh_address()
    )


def after_close(vote: PublicVote) -> Any:
    return time_machine.travel(vote.closes_at + dt.timedelta(seconds=1), tick=False)


def test_anyone_reads_the_vote_and_its_ballot() -> None:
    vote = open_vote(3, min_picks=1, max_picks=2)
    first = on_ballot(vote)[0]
    first.consent_to_publish = True
    first.public_summary = "Published with consent."
    first.save()
    body = as_user().get(url(vote)).json()
    assert body["edition"] == vote.edition.slug
    assert (body["min_picks"], body["max_picks"]) == (1, 2)
    assert body["is_open"] is True
    assert {c["id"] for c in body["candidacies"]} == {c.pk for c in on_ballot(vote)}
    summaries = {c["id"]: c["public_summary"] for c in body["candidacies"]}
    assert summaries[first.pk] == "Published with consent."
    assert all(summaries[c.pk] == "" for c in on_ballot(vote)[1:])
    assert all("state" not in c for c in body["candidacies"])
    assert body["community_mention"] is None
    assert body["your_standing"] == "signed-out"


def test_the_vote_says_where_you_stand() -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, opens=dt.timedelta(hours=1))
    person = voter()
    unverified = factories.UserFactory()
    assert as_user(person).get(url(vote)).json()["your_standing"] == "not-open"
    with time_machine.travel(vote.opens_at + dt.timedelta(minutes=1), tick=False):
        assert as_user(person).get(url(vote)).json()["your_standing"] == "may-vote"
        assert as_user(unverified).get(url(vote)).json()["your_standing"] == "unverified"
        cast(vote, person)
        assert as_user(person).get(url(vote)).json()["your_standing"] == "voted"
    with after_close(vote):
        assert as_user(unverified).get(url(vote)).json()["your_standing"] == "closed"
        assert as_user(person).get(url(vote)).json()["your_standing"] == "voted"


def test_the_ballot_list_is_empty_until_voting_opens() -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, opens=dt.timedelta(days=1), closes=dt.timedelta(days=2))
    assert as_user().get(url(vote)).json()["candidacies"] == []
    staff_view = as_user(factories.secretary(edition)).get(url(vote)).json()
    assert len(staff_view["candidacies"]) == 2


def test_a_verified_voter_casts_once_and_reads_the_ballot_back() -> None:
    vote = open_vote(3)
    api = as_user(voter())
    assert api.get(url(vote, "ballot")).status_code == 404
    first, second, _third = on_ballot(vote)
    created = post_ballot(api, vote, [first.pk, second.pk])
    assert created.status_code == 201
    assert sorted(created.json()["picks"]) == sorted([first.pk, second.pk])
    mine = api.get(url(vote, "ballot")).json()
    assert sorted(mine["picks"]) == sorted([first.pk, second.pk])
    again = post_ballot(api, vote, [first.pk])
    assert again.status_code == 409
    assert "already voted" in again.json()["detail"]
    assert vote.ballots.count() == 1


@pytest.mark.parametrize(
    "case",
    ["none", "too many", "twice", "elsewhere", "unknown", "zero", "words", "not a list", "null"],
)
def test_bad_picks_answer_400_with_field_errors(case: str) -> None:
    vote = open_vote(3, min_picks=1, max_picks=2)
    first = on_ballot(vote)[0]
    picks = {
        "none": lambda: [],
        "too many": lambda: [c.pk for c in on_ballot(vote)],
        "twice": lambda: [first.pk, first.pk],
        "elsewhere": lambda: [on_ballot(open_vote(2))[0].pk],
        "unknown": lambda: [123456789],
        "zero": lambda: [0],
        "words": lambda: ["x"],
        "not a list": lambda: "x",
        "null": lambda: None,
    }[case]()
    response = post_ballot(as_user(voter()), vote, picks)
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert "picks" in body["errors"]
    assert not vote.ballots.exists()


def test_signed_out_and_unverified_people_cannot_vote() -> None:
    vote = open_vote(2)
    picks = [on_ballot(vote)[0].pk]
    assert post_ballot(as_user(), vote, picks).status_code in (401, 403)
    refused = post_ballot(as_user(factories.UserFactory()), vote, picks)
    assert refused.status_code == 403
    assert "Verify your e-mail" in refused.json()["detail"]
    assert not vote.ballots.exists()


def test_ballots_are_refused_before_opening_and_after_closing() -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, opens=dt.timedelta(hours=1), closes=dt.timedelta(days=1))
    early = post_ballot(as_user(voter()), vote, [entries[0].pk])
    assert early.status_code == 409
    assert "opens on" in early.json()["detail"]
    with after_close(vote):
        late = post_ballot(as_user(voter()), vote, [entries[0].pk])
    assert late.status_code == 409
    assert not vote.ballots.exists()


def test_too_many_attempts_answer_429(settings: Any) -> None:
    settings.PALMARES_VOTE_THROTTLE = "2/minute"
    vote = open_vote(2)
    for _ in range(2):
        assert post_ballot(as_user(voter()), vote, [], "203.0.113.3").status_code == 400
    response = post_ballot(as_user(voter()), vote, [on_ballot(vote)[0].pk], "203.0.113.3")
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert int(response["Retry-After"]) >= 1
    assert not vote.ballots.exists()


def test_counts_are_hidden_while_open_from_everyone_the_secretariat_included() -> None:
    vote = open_vote(2, max_picks=1)
    person = voter()
    cast(vote, person, on_ballot(vote)[:1])
    for user in (None, person, factories.secretary(factories.open_edition())):
        response = as_user(user).get(url(vote, "tally"))
        assert response.status_code in (401, 403)
        assert "rows" not in response.json()
    staff = as_user(factories.secretary(vote.edition)).get(url(vote, "tally")).json()
    assert (staff["cast"], staff["counted"], staff["waiting"]) == (1, 1, 0)
    assert staff["is_closed"] is False
    assert staff["rows"] is None


def test_after_the_close_counts_are_the_secretariat_s_until_the_results_are_published() -> None:
    vote = open_vote(2, max_picks=1)
    favourite = on_ballot(vote)[0]
    person = voter()
    cast(vote, person, [favourite])
    others = [None, person, factories.member_of(favourite.organisation)]
    with after_close(vote):
        for user in others:
            response = as_user(user).get(url(vote, "tally"))
            assert response.status_code in (401, 403)
            assert "rows" not in response.json()
        staff = as_user(factories.secretary(vote.edition)).get(url(vote, "tally")).json()
        assert [row["votes"] for row in staff["rows"]] == [1, 0]
        publish(vote.edition)
        for user in others:
            body = as_user(user).get(url(vote, "tally")).json()
            assert body["is_closed"] is True
            assert [row["votes"] for row in body["rows"]] == [1, 0]
            assert body["rows"][0]["candidacy"]["id"] == favourite.pk


def test_the_secretariat_lists_and_reviews_flagged_ballots() -> None:
    vote = open_vote(2)
    burst = [cast(vote, address="203.0.113.66") for _ in range(5)]
    api = as_user(factories.secretary(vote.edition))
    listed = api.get(url(vote, "flagged")).json()
    assert listed["count"] == 5
    assert all(row["reasons"] == ["same-origin"] for row in listed["results"])
    assert all(row["awaits_review"] for row in listed["results"])
    reviewed = api.post(
        url(vote, "review"), {"ballots": [b.pk for b in burst[:2]], "accept": True}, format="json"
    )
    assert reviewed.status_code == 200
    assert [row["counts"] for row in reviewed.json()] == [True, True]
    assert vote.ballots.filter(counts=True).count() == 2
    bad = api.post(url(vote, "review"), {"ballots": [], "accept": True}, format="json")
    assert bad.status_code == 400
    assert "ballots" in bad.json()["errors"]


@pytest.mark.parametrize("who", ["applicant", "stranger", "other secretariat", "voter"])
def test_secretariat_endpoints_are_refused_to_everyone_else(who: str) -> None:
    vote = open_vote(2)
    burst = [cast(vote, address="203.0.113.66") for _ in range(5)]
    user = {
        "applicant": lambda: factories.member_of(on_ballot(vote)[0].organisation),
        "stranger": factories.UserFactory,
        "other secretariat": lambda: factories.secretary(factories.open_edition()),
        "voter": lambda: burst[0].voter,
    }[who]()
    api = as_user(user)
    assert api.get(url(vote, "flagged")).status_code == 403
    review = {"ballots": [b.pk for b in burst], "accept": True}
    assert api.post(url(vote, "review"), review, format="json").status_code == 403
    with after_close(vote):
        assert api.post(url(vote, "community-mention"), {}, format="json").status_code == 403
    assert not vote.ballots.filter(counts=True).exists()
    vote.refresh_from_db()
    assert vote.community_candidacy is None


@pytest.mark.parametrize("who", ["applicant", "stranger", "other secretariat", "voter"])
def test_secretariat_endpoints_answer_everyone_else_alike_whatever_they_send(who: str) -> None:
    vote = open_vote(2, max_picks=1)
    first, second = on_ballot(vote)
    person = voter()
    cast(vote, person, [first])
    burst = [cast(vote, address="203.0.113.67") for _ in range(5)]
    off_ballot = factories.CandidacyFactory(edition=vote.edition)
    user = {
        "applicant": lambda: factories.member_of(first.organisation),
        "stranger": factories.UserFactory,
        "other secretariat": lambda: factories.secretary(factories.open_edition()),
        "voter": lambda: person,
    }[who]()
    api = as_user(user)
    with after_close(vote):
        answers = {
            str(sent): api.post(url(vote, "community-mention"), sent, format="json")
            for sent in (
                {"candidacy": first.pk},
                {"candidacy": second.pk},
                {"candidacy": off_ballot.pk},
                {"candidacy": 987654321},
                {"candidacy": "x"},
                {},
            )
        }
        answers.update(
            {
                f"review {sent}": api.post(url(vote, "review"), sent, format="json")
                for sent in (
                    {"ballots": [b.pk for b in burst], "accept": True},
                    {"ballots": [987654321], "accept": True},
                    {"ballots": [], "accept": "x"},
                )
            }
        )
    bodies = {(r.status_code, r.content) for r in answers.values()}
    assert len(bodies) == 1, answers
    assert next(iter(bodies))[0] == 403
    vote.refresh_from_db()
    assert vote.community_candidacy is None


def test_the_community_mention_over_the_api_refuses_a_tie_then_takes_a_choice() -> None:
    vote = open_vote(2, max_picks=1)
    first, second = on_ballot(vote)
    for pick in (first, second):
        cast(vote, picks=[pick])
    api = as_user(factories.secretary(vote.edition))
    with after_close(vote):
        tied = api.post(url(vote, "community-mention"), {"name": "Public's pick"}, format="json")
        assert tied.status_code == 409
        assert first.title in tied.json()["detail"]
        assert "candidacy" in tied.json()["errors"]
        given = api.post(
            url(vote, "community-mention"),
            {"name": "Public's pick", "candidacy": first.pk},
            format="json",
        )
        assert given.status_code == 200
        assert given.json()["community_mention"]["candidacy"]["id"] == first.pk
        public = as_user().get(url(vote)).json()
        assert public["community_mention"] is None
        assert as_user(voter()).get(url(vote)).json()["community_mention"] is None
        publish(vote.edition)
        public = as_user().get(url(vote)).json()
    assert public["community_mention"]["name"] == "Public's pick"
    assert public["community_mention"]["candidacy"]["id"] == first.pk
    first.refresh_from_db()
    assert first.state == CandidacyState.SHORTLISTED


@pytest.mark.parametrize("who", ["anonymous", "voter", "secretariat"])
def test_the_vote_list_takes_the_same_queries_for_any_number_of_votes(
    django_assert_max_num_queries: Any, who: str
) -> None:
    person = voter()
    # The first: closed, voted in by ``person``, its community mention given and published.
    given = open_vote(2, max_picks=1)
    cast(given, person, on_ballot(given)[:1])
    with after_close(given):
        services.give_community_mention(given, by=factories.secretary(given.edition))
    publish(given.edition)
    user = {
        "anonymous": lambda: None,
        "voter": lambda: person,
        "secretariat": lambda: factories.secretary(given.edition),
    }[who]()
    api = as_user(user)
    with django_assert_max_num_queries(12) as one:
        assert api.get(reverse("v1:vote-list")).status_code == 200
    # More votes: open and not yet open, voted in or not, managed by the user or not.
    second = open_vote(3)
    cast(second, person, on_ballot(second)[:1])
    third = open_vote(2)
    edition, entries = shortlisted_edition(2)
    later = vote_on(edition, entries, opens=dt.timedelta(days=1), closes=dt.timedelta(days=2))
    if who == "secretariat":
        later.edition.secretariat.add(user)
    with django_assert_max_num_queries(len(one.captured_queries)):
        body = api.get(reverse("v1:vote-list")).json()
    assert body["count"] == 4
    listed = {row["edition"]: row for row in body["results"]}
    assert listed[given.edition.slug]["community_mention"]["candidacy"]["id"]
    assert listed[third.edition.slug]["candidacies"]
    assert (listed[later.edition.slug]["candidacies"] != []) is (who == "secretariat")
    standing = {"anonymous": "signed-out", "voter": "voted", "secretariat": "unverified"}[who]
    assert listed[second.edition.slug]["your_standing"] == standing


def test_the_flagged_list_takes_the_same_queries_for_any_number_of_ballots(
    django_assert_max_num_queries: Any, settings: Any
) -> None:
    settings.PALMARES_VOTE_THROTTLE = "off"
    small = open_vote(2)
    big = open_vote(3)
    for _ in range(5):
        cast(small, address="203.0.113.1")
    for _ in range(15):
        cast(big, picks=on_ballot(big)[:2], address="203.0.113.2")
    small_staff = as_user(factories.secretary(small.edition))
    big_staff = as_user(factories.secretary(big.edition))
    with django_assert_max_num_queries(25) as one:
        small_staff.get(url(small, "flagged"))
    with django_assert_max_num_queries(len(one.captured_queries)):
        body = big_staff.get(url(big, "flagged")).json()
    assert body["count"] == 15
