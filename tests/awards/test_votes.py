"""The public vote's services: setting up, casting, flagging bursts, reviewing, counting, and
the community mention."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import threading
from typing import Any

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.utils import timezone

from awards import services, vote_queries
from awards.checks import vote_settings
from awards.enums import CandidacyState
from awards.models import Ballot, Decision, PublicVote
from awards.services import vote_bursts as bursts
from awards.services import votes
from awards.transitions import TransitionRefused
from tests import factories
from tests.vote_factories import (
    cast,
    fresh_address,
    many_ballots,
    on_ballot,
    open_vote,
    publish,
    shortlisted_edition,
    stored_ballot,
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


def after_close(vote: PublicVote) -> Any:
    return time_machine.travel(vote.closes_at + dt.timedelta(seconds=1), tick=False)


def counts(vote: PublicVote, user: Any = None) -> dict[int, int]:
    """The votes per candidacy as ``user`` (the secretariat by default) reads them once the
    vote has closed."""
    user = user or factories.secretary(vote.edition)
    with after_close(vote):
        rows = services.tally(vote, user=user).rows
    assert rows is not None
    return {row.candidacy.pk: row.votes for row in rows}


# Setting up -------------------------------------------------------------------------------------


def test_the_secretariat_sets_up_a_vote_on_shortlisted_candidacies() -> None:
    edition, entries = shortlisted_edition(3)
    vote = vote_on(edition, entries, min_picks=1, max_picks=3)
    assert set(vote.candidacies.all()) == set(entries)
    assert vote.is_open
    assert (vote.min_picks, vote.max_picks) == (1, 3)


def test_only_shortlisted_candidacies_of_the_edition_go_on_the_ballot() -> None:
    edition, entries = shortlisted_edition(2)
    staff = factories.secretary(edition)
    in_evaluation = factories.CandidacyFactory(edition=edition)
    elsewhere, _applicant = factories.candidacy_in_state(CandidacyState.SHORTLISTED)
    now = timezone.now()
    window = {"opens_at": now, "closes_at": now + dt.timedelta(days=1)}
    for intruder in (in_evaluation, elsewhere):
        with pytest.raises(TransitionRefused) as refused:
            services.set_up_vote(
                edition,
                by=staff,
                min_picks=1,
                max_picks=1,
                candidacies=[*entries, intruder],
                **window,
            )
        assert "candidacies" in refused.value.field_errors
    assert not PublicVote.objects.filter(edition=edition).exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"max_picks": 4}, "max_picks"),
        ({"min_picks": 0}, "min_picks"),
        ({"min_picks": 3, "max_picks": 2}, "max_picks"),
        ({"closes_at": -dt.timedelta(days=2)}, "closes_at"),
        ({"candidacies": []}, "candidacies"),
    ],
)
def test_a_set_up_that_cannot_work_is_refused_field_by_field(change: dict, field: str) -> None:
    edition, entries = shortlisted_edition(3)
    now = timezone.now()
    fields = {
        "opens_at": now,
        "closes_at": now + dt.timedelta(days=1),
        "min_picks": 1,
        "max_picks": 3,
        "candidacies": entries,
    }
    for name, value in change.items():
        fields[name] = fields[name] + value if isinstance(value, dt.timedelta) else value
    with pytest.raises(TransitionRefused) as refused:
        services.set_up_vote(edition, by=factories.secretary(edition), **fields)
    assert field in refused.value.field_errors


def test_once_a_ballot_is_cast_the_vote_may_only_be_extended() -> None:
    vote = open_vote(3)
    cast(vote)
    staff = factories.secretary(vote.edition)
    same = {
        "opens_at": vote.opens_at,
        "closes_at": vote.closes_at,
        "min_picks": vote.min_picks,
        "max_picks": vote.max_picks,
        "candidacies": on_ballot(vote),
    }
    for change in (
        {"max_picks": 3},
        {"candidacies": on_ballot(vote)[:2]},
        {"opens_at": vote.opens_at - dt.timedelta(hours=1)},
        {"closes_at": vote.closes_at - dt.timedelta(hours=1)},
    ):
        with pytest.raises(TransitionRefused) as refused:
            services.set_up_vote(vote.edition, by=staff, **{**same, **change})
        assert set(change) <= set(refused.value.field_errors)
    later = vote.closes_at + dt.timedelta(days=2)
    extended = services.set_up_vote(vote.edition, by=staff, **{**same, "closes_at": later})
    assert extended.closes_at == later
    assert extended.max_picks == vote.max_picks


def test_the_ballot_list_and_the_opening_are_frozen_once_the_vote_opens() -> None:
    edition, entries = shortlisted_edition(3)
    staff = factories.secretary(edition)
    vote = vote_on(edition, entries[:2], opens=dt.timedelta(hours=1))
    same = {
        "opens_at": vote.opens_at,
        "closes_at": vote.closes_at,
        "min_picks": 1,
        "max_picks": 2,
        "candidacies": entries[:2],
    }
    # Before the opening, everything may change.
    vote = services.set_up_vote(edition, by=staff, **{**same, "candidacies": entries})
    assert set(vote.candidacies.all()) == set(entries)
    same["candidacies"] = entries
    with time_machine.travel(vote.opens_at + dt.timedelta(minutes=1), tick=False):
        assert not vote.ballots.exists()
        assert votes.frozen_settings(vote) == {"opens_at", "candidacies"}
        for change in (
            {"candidacies": entries[:2]},
            {"opens_at": vote.opens_at + dt.timedelta(hours=1)},
        ):
            with pytest.raises(TransitionRefused) as refused:
                services.set_up_vote(edition, by=staff, **{**same, **change})
            assert set(change) == set(refused.value.field_errors)
        # No ballot yet: the picks and the closing time may still change.
        changed = services.set_up_vote(
            edition, by=staff, **{**same, "max_picks": 3, "closes_at": vote.closes_at}
        )
    assert changed.max_picks == 3
    assert set(changed.candidacies.all()) == set(entries)


def test_a_closed_vote_is_never_reopened() -> None:
    vote = open_vote(2)
    staff = factories.secretary(vote.edition)
    with after_close(vote), pytest.raises(TransitionRefused, match="cannot be reopened"):
        services.set_up_vote(
            vote.edition,
            by=staff,
            opens_at=vote.opens_at,
            closes_at=vote.closes_at + dt.timedelta(days=3),
            min_picks=vote.min_picks,
            max_picks=vote.max_picks,
            candidacies=on_ballot(vote),
        )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_set_ups_of_one_edition_at_once_store_one_vote() -> None:
    edition, entries = shortlisted_edition(2)
    staff = factories.secretary(edition)
    now = timezone.now()
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def set_up(max_picks: int) -> None:
        start.wait()
        try:
            services.set_up_vote(
                edition,
                by=staff,
                opens_at=now + dt.timedelta(days=1),
                closes_at=now + dt.timedelta(days=2),
                min_picks=1,
                max_picks=max_picks,
                candidacies=entries,
            )
            outcomes.append("set up")
        except TransitionRefused:
            outcomes.append("refused")
        except Exception as error:  # what the test is about: no error page
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=set_up, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["set up", "set up"]
    assert PublicVote.objects.filter(edition=edition).count() == 1


# Casting ----------------------------------------------------------------------------------------


def test_a_verified_voter_casts_one_ballot() -> None:
    vote = open_vote(3)
    person = voter("ana@city.example.net")
    first, second, _third = on_ballot(vote)
    ballot = cast(vote, person, [first, second], address="203.0.113.9")
    assert set(ballot.picks.all()) == {first, second}
    assert ballot.voter == person
    assert ballot.domain == "city.example.net"
    assert not ballot.flagged
    assert ballot.counts


def test_the_address_is_kept_only_as_a_hash_keyed_per_edition() -> None:
    vote = open_vote(2)
    other = open_vote(2)
    ballot = cast(vote, address="203.0.113.9")
    elsewhere = cast(other, address="203.0.113.9")
    assert "203.0.113.9" not in ballot.origin
    assert len(ballot.origin) == 64
    key = (settings.SECRET_KEY + vote.edition.pseudonym_key).encode()
    assert ballot.origin == hmac.new(key, b"203.0.113.9", hashlib.sha256).hexdigest()
    assert elsewhere.origin != ballot.origin


def test_a_second_ballot_from_the_same_account_is_refused() -> None:
    vote = open_vote(3)
    person = voter()
    first, second, _third = on_ballot(vote)
    cast(vote, person, [first])
    with pytest.raises(TransitionRefused, match="already voted"):
        cast(vote, person, [second])
    assert vote.ballots.count() == 1
    assert list(vote.ballots.get().picks.all()) == [first]


# Threads on SQLite's shared in-memory test database fail with "table is locked" instead of
# waiting; PostgreSQL runs the race as production does.
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_submits_of_one_account_at_once_store_one_ballot() -> None:
    vote = open_vote(3)
    person = voter()
    first, _second, _third = on_ballot(vote)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def submit() -> None:
        start.wait()
        try:
            cast(vote, person, [first])
            outcomes.append("cast")
        except TransitionRefused:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["cast", "refused"]
    assert Ballot.objects.filter(vote=vote, voter=person).count() == 1


def picks_for(vote: PublicVote, case: str) -> list[Any]:
    first, second, third = on_ballot(vote)
    if case == "none":
        return []
    if case == "too many":
        return [first, second, third]
    if case == "twice":
        return [first, first]
    if case == "not on the ballot":
        spare = factories.CandidacyFactory(edition=vote.edition)
        return [spare]
    if case == "another edition":
        elsewhere = open_vote(3)
        return [on_ballot(elsewhere)[0]]
    return [987654321]


@pytest.mark.parametrize(
    "case", ["none", "too many", "twice", "not on the ballot", "another edition", "unknown"]
)
def test_picks_outside_the_rules_are_refused_and_nothing_is_saved(case: str) -> None:
    vote = open_vote(3, min_picks=1, max_picks=2)
    picks = picks_for(vote, case)
    with pytest.raises(votes.BallotInvalid) as refused:
        cast(vote, voter(), picks)
    assert refused.value.field_errors["picks"]
    assert not vote.ballots.exists()


def test_fewer_picks_than_the_minimum_are_refused() -> None:
    vote = open_vote(3, min_picks=2, max_picks=3)
    with pytest.raises(votes.BallotInvalid, match="between 2 and 3"):
        cast(vote, voter(), on_ballot(vote)[:1])
    assert cast(vote, voter(), on_ballot(vote)[:2]).picks.count() == 2


def test_a_withdrawn_candidacy_drops_out_of_the_ballot() -> None:
    vote = open_vote(3)
    gone = on_ballot(vote)[0]
    services.withdraw_candidacy(gone, by=factories.secretary(vote.edition), note="Left.")
    assert gone not in vote_queries.candidacies_on_ballot(vote)
    with pytest.raises(votes.BallotInvalid):
        cast(vote, voter(), [gone])


@pytest.mark.parametrize("address", ["none", "unverified", "not primary"])
def test_a_voter_without_a_verified_address_is_refused(address: str) -> None:
    vote = open_vote(2)
    person = factories.UserFactory()
    if address == "unverified":
        EmailAddress.objects.create(user=person, email=person.email, verified=False, primary=True)
    elif address == "not primary":
        EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=False)
    with pytest.raises(PermissionDenied, match="Verify your e-mail"):
        cast(vote, person)
    with pytest.raises(PermissionDenied):
        cast(vote, AnonymousUser())
    assert not vote.ballots.exists()


def test_ballots_are_refused_before_the_vote_opens_and_after_it_closes() -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, opens=dt.timedelta(hours=2), closes=dt.timedelta(days=1))
    with pytest.raises(TransitionRefused, match="opens on"):
        cast(vote)
    with time_machine.travel(vote.opens_at, tick=False):
        assert cast(vote).pk
    with after_close(vote), pytest.raises(TransitionRefused, match="closed on"):
        cast(vote)
    assert vote.ballots.count() == 1


def test_attempts_from_one_address_are_throttled(settings: Any) -> None:
    settings.PALMARES_VOTE_THROTTLE = "3/minute"
    vote = open_vote(2)
    for _ in range(3):
        with pytest.raises(votes.BallotInvalid):
            cast(vote, voter(), [], address="203.0.113.50")
    with pytest.raises(votes.BallotThrottled) as throttled:
        cast(vote, voter(), address="203.0.113.50")
    assert 1 <= throttled.value.retry_after <= 60
    assert cast(vote, voter(), address="203.0.113.51").pk
    settings.PALMARES_VOTE_THROTTLE = "off"
    assert cast(vote, voter(), address="203.0.113.50").pk


def test_attempts_with_picks_that_cannot_be_read_count_too(settings: Any) -> None:
    settings.PALMARES_VOTE_THROTTLE = "2/minute"
    vote = open_vote(2)
    for _ in range(2):
        with pytest.raises(votes.BallotInvalid):
            cast(vote, voter(), ["x"], address="203.0.113.52")
    with pytest.raises(votes.BallotThrottled):
        cast(vote, voter(), address="203.0.113.52")


@pytest.mark.parametrize(
    ("setting", "rate"),
    [
        ("10/minute", (10, 60)),
        ("10/min", (10, 60)),
        ("3/second", (3, 1)),
        ("3/s", (3, 1)),
        ("200/hour", (200, 3600)),
        ("200/hours", (200, 3600)),
        ("1000/day", (1000, 86400)),
        (" 5 / Day ", (5, 86400)),
        ("off", None),
    ],
)
def test_the_throttle_setting_reads_its_period(setting: str, rate: Any) -> None:
    assert votes.parse_throttle(setting) == rate


@pytest.mark.parametrize("setting", ["10", "ten/minute", "0/minute", "-1/hour", "10/mango", "10/"])
def test_a_throttle_setting_that_cannot_be_read_stops_the_system_check(
    settings: Any, setting: str
) -> None:
    with pytest.raises(ValueError, match="PALMARES_VOTE_THROTTLE"):
        votes.parse_throttle(setting)
    settings.PALMARES_VOTE_THROTTLE = setting
    assert [problem.id for problem in vote_settings()] == ["awards.E001"]
    # Should the server run anyway, a ballot is throttled by the default, not refused with a 500.
    vote = open_vote(2)
    assert cast(vote).pk


def test_the_system_check_accepts_the_default_settings_and_refuses_negative_proxies(
    settings: Any,
) -> None:
    assert vote_settings() == []
    settings.PALMARES_NUM_PROXIES = -1
    assert [problem.id for problem in vote_settings()] == ["awards.E002"]


def test_an_hourly_throttle_waits_for_the_hour(settings: Any) -> None:
    settings.PALMARES_VOTE_THROTTLE = "1/hour"
    vote = open_vote(2)
    ten_past = (timezone.now() + dt.timedelta(hours=1)).replace(minute=0, second=10, microsecond=0)
    with time_machine.travel(ten_past, tick=False):
        cast(vote, address="203.0.113.53")
        with pytest.raises(votes.BallotThrottled) as throttled:
            cast(vote, address="203.0.113.53")
    assert throttled.value.retry_after == 3590


# Bursts and their review ------------------------------------------------------------------------


def test_a_burst_from_one_address_is_flagged_whole_and_does_not_count() -> None:
    vote = open_vote(2)
    favourite, other = on_ballot(vote)
    calm = [cast(vote, picks=[other]) for _ in range(2)]
    burst = [cast(vote, picks=[favourite], address="203.0.113.66") for _ in range(4)]
    assert not any(Ballot.objects.get(pk=b.pk).flagged for b in burst)
    burst.append(cast(vote, picks=[favourite], address="203.0.113.66"))
    flagged = set(vote.ballots.filter(flagged=True).values_list("pk", flat=True))
    assert flagged == {b.pk for b in burst}
    assert all(
        "same-origin" in b.flag_reason and not b.counts for b in vote.ballots.filter(flagged=True)
    )
    assert {b.pk for b in calm}.isdisjoint(flagged)
    assert counts(vote) == {favourite.pk: 0, other.pk: 2}


def test_accepted_ballots_count_and_rejected_ones_do_not() -> None:
    vote = open_vote(2)
    favourite, _other = on_ballot(vote)
    burst = [cast(vote, picks=[favourite], address="203.0.113.66") for _ in range(5)]
    staff = factories.secretary(vote.edition)
    accepted = [b.pk for b in burst[:3]]
    services.review_ballots(vote, by=staff, ballot_ids=accepted, accept=True)
    services.review_ballots(vote, by=staff, ballot_ids=[b.pk for b in burst[3:]], accept=False)
    assert counts(vote)[favourite.pk] == 3
    reviewed = vote.ballots.get(pk=accepted[0])
    assert reviewed.reviewed_by == staff
    assert reviewed.reviewed_at is not None
    assert not reviewed.awaits_review
    totals = services.tally(vote, user=staff)
    assert (totals.cast, totals.counted, totals.waiting, totals.rejected) == (5, 3, 0, 2)


def test_a_later_burst_keeps_the_secretariat_s_verdict_on_reviewed_ballots() -> None:
    vote = open_vote(2)
    staff = factories.secretary(vote.edition)
    burst = [cast(vote, address="203.0.113.66") for _ in range(5)]
    services.review_ballots(vote, by=staff, ballot_ids=[burst[0].pk], accept=True)
    cast(vote, address="203.0.113.66")
    assert vote.ballots.get(pk=burst[0].pk).counts


def test_only_flagged_ballots_of_the_vote_are_reviewed() -> None:
    vote = open_vote(2)
    plain = cast(vote)
    with pytest.raises(TransitionRefused) as refused:
        services.review_ballots(
            vote, by=factories.secretary(vote.edition), ballot_ids=[plain.pk], accept=False
        )
    assert "ballots" in refused.value.field_errors
    assert vote.ballots.get(pk=plain.pk).counts


def test_a_burst_from_one_organisation_s_domain_is_flagged_but_not_from_webmail() -> None:
    vote = open_vote(2)
    rally = [
        cast(vote, voter(f"staff{n}@city.example.gov")) for n in range(bursts.SAME_DOMAIN_BURST)
    ]
    public = [cast(vote, voter(f"fan{n}@gmail.com")) for n in range(bursts.SAME_DOMAIN_BURST)]
    flagged = set(vote.ballots.filter(flagged=True).values_list("pk", flat=True))
    assert flagged == {b.pk for b in rally}
    assert all("same-domain" in b.flag_reason for b in vote.ballots.filter(pk__in=flagged))
    assert not any(b.pk in flagged for b in public)


def test_accounts_created_in_bulk_just_before_voting_are_flagged() -> None:
    vote = open_vote(2)
    now = timezone.now()
    # One old account beside them: the address stays under the same-origin bar.
    old = [cast(vote, voter(), address="203.0.113.70")]
    fresh = [
        cast(vote, voter(joined=now - dt.timedelta(minutes=5)), address="203.0.113.70")
        for _ in range(bursts.NEW_ACCOUNTS_BURST)
    ]
    flagged = vote.ballots.filter(flagged=True)
    assert set(flagged.values_list("pk", flat=True)) == {b.pk for b in fresh}
    assert all(b.flag_reason == "new-accounts" for b in flagged)
    assert not vote.ballots.filter(pk__in=[b.pk for b in old], flagged=True).exists()
    assert bursts.flag_reasons(flagged.first())


def test_ballots_outside_the_window_are_not_one_burst() -> None:
    vote = open_vote(2)
    start = timezone.now()
    for n in range(bursts.SAME_ORIGIN_BURST - 1):
        with time_machine.travel(start + n * bursts.BURST_WINDOW, tick=False):
            cast(vote, address="203.0.113.80")
    with time_machine.travel(start + bursts.SAME_ORIGIN_BURST * bursts.BURST_WINDOW, tick=False):
        cast(vote, address="203.0.113.80")
    assert not vote.ballots.filter(flagged=True).exists()


def test_new_accounts_spaced_out_from_one_address_are_flagged_over_the_whole_vote() -> None:
    vote = open_vote(2)
    start = timezone.now()
    fresh = []
    # One new account every 20 minutes: never two in one window, so no burst ever shows.
    for n in range(bursts.NEW_ACCOUNTS_PER_ORIGIN):
        moment = start + n * dt.timedelta(minutes=20)
        with time_machine.travel(moment, tick=False):
            person = voter(joined=moment - dt.timedelta(minutes=5))
            fresh.append(cast(vote, person, address="203.0.113.71"))
        if n == bursts.NEW_ACCOUNTS_PER_ORIGIN - 2:
            assert not vote.ballots.filter(flagged=True).exists()
    flagged = vote.ballots.filter(flagged=True)
    assert set(flagged.values_list("pk", flat=True)) == {b.pk for b in fresh}
    assert all(b.flag_reason == "origin-signups" for b in flagged)
    assert bursts.flag_reasons(flagged.first())


def test_old_accounts_voting_over_days_from_one_address_are_not_flagged() -> None:
    vote = open_vote(2, closes=dt.timedelta(days=30))
    start = timezone.now()
    for n in range(bursts.NEW_ACCOUNTS_PER_ORIGIN + 2):
        with time_machine.travel(start + n * dt.timedelta(hours=1), tick=False):
            cast(vote, address="203.0.113.72")
    with after_close(vote):
        services.tally(vote, user=factories.secretary(vote.edition))
    assert not vote.ballots.filter(flagged=True).exists()


def test_one_organisation_s_domain_holding_a_large_share_of_the_vote_is_flagged() -> None:
    small, large = open_vote(2), open_vote(2)
    many_ballots(large, 400)
    start = timezone.now()
    rallies = {small: [], large: []}
    # One ballot every 11 minutes: never a burst within the window.
    for n in range(bursts.DOMAIN_SHARE_FLOOR):
        with time_machine.travel(start + n * dt.timedelta(minutes=11), tick=False):
            for vote, rally in rallies.items():
                rally.append(cast(vote, voter(f"staff{n}.{vote.pk}@city.example.gov")))
    for n in range(20):
        cast(small, voter(f"someone{n}@gmail.com"))
    flagged = set(small.ballots.filter(flagged=True).values_list("pk", flat=True))
    assert flagged == {b.pk for b in rallies[small]}
    assert all(b.flag_reason == "domain-share" for b in small.ballots.filter(flagged=True))
    # 30 of more than 400: under a tenth of the vote.
    assert not large.ballots.filter(flagged=True).exists()


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("203.0.113.9", "203.0.113.9", True),
        ("203.0.113.9", "203.0.113.10", False),
        ("2001:db8:1:2::1", "2001:db8:1:2:ffff:eeee:dddd:cccc", True),
        ("2001:db8:1:2::1", "2001:DB8:1:2:0:0:0:1", True),
        ("2001:db8:1:2::1", "2001:db8:1:3::1", False),
        ("::ffff:203.0.113.9", "203.0.113.9", True),
        ("", "unknown", True),
    ],
)
def test_an_ipv6_address_is_one_origin_with_its_64_network(
    one: str, other: str, same: bool
) -> None:
    vote = open_vote(1, max_picks=1)
    assert (bursts.origin_hash(vote, one) == bursts.origin_hash(vote, other)) is same


def test_a_burst_rotating_addresses_within_one_ipv6_network_is_flagged() -> None:
    vote = open_vote(2)
    burst = [cast(vote, address=f"2001:db8:77:1::{n + 1:x}") for n in range(5)]
    elsewhere = cast(vote, address="2001:db8:77:2::1")
    flagged = set(vote.ballots.filter(flagged=True).values_list("pk", flat=True))
    assert flagged == {b.pk for b in burst}
    assert elsewhere.pk not in flagged


@pytest.mark.parametrize(
    ("address", "mailbox"),
    [
        ("Ana.Maria+vote@Gmail.com", "anamaria@gmail.com"),
        ("a.n.a.maria@googlemail.com", "anamaria@gmail.com"),
        ("bob+palmares@city.example.org", "bob@city.example.org"),
        ("b.o.b@city.example.org", "b.o.b@city.example.org"),
        ("BOB@City.Example.org", "bob@city.example.org"),
    ],
)
def test_a_mailbox_is_compared_without_its_aliases(address: str, mailbox: str) -> None:
    assert bursts.normalised_mailbox(address) == mailbox


def test_accounts_on_one_mailbox_are_flagged() -> None:
    vote = open_vote(2)
    first = cast(vote, voter("ana.maria@gmail.com"))
    plain = cast(vote, voter("b.ob@city.example.org"))
    assert not vote.ballots.filter(flagged=True).exists()
    alias = cast(vote, voter("AnaMaria+vote@googlemail.com"))
    tagged = cast(vote, voter("bob+1@city.example.org"))
    other = cast(vote, voter("bob+2@city.example.org"))
    flagged = vote.ballots.filter(flagged=True)
    assert set(flagged.values_list("pk", flat=True)) == {first.pk, alias.pk, tagged.pk, other.pk}
    assert all(b.flag_reason == "same-mailbox" for b in flagged)
    # Dots count outside Gmail: b.ob and bob are two mailboxes.
    assert plain.pk not in set(flagged.values_list("pk", flat=True))
    assert counts(vote)[on_ballot(vote)[0].pk] == 1


def test_a_burst_sent_at_once_is_caught_before_counting() -> None:
    vote = open_vote(2)
    staff = factories.secretary(vote.edition)
    cast(vote)
    # Cast at the same moment, each checked before the others were committed: none flagged.
    burst = [stored_ballot(vote, address="203.0.113.95") for _ in range(5)]
    aliases = [stored_ballot(vote, voter(f"carla{tag}@gmail.com")) for tag in ("", "+1")]
    assert not vote.ballots.filter(flagged=True).exists()
    with after_close(vote):
        with pytest.raises(TransitionRefused, match="review"):
            services.give_community_mention(vote, by=staff)
        result = services.tally(vote, user=staff)
    assert result.waiting == 7
    assert result.counted == 1
    flagged = vote.ballots.filter(flagged=True)
    assert set(flagged.values_list("pk", flat=True)) == {b.pk for b in burst + aliases}


def test_the_secretariat_s_reads_catch_a_burst_sent_at_once_while_the_vote_is_open() -> None:
    vote = open_vote(2)
    staff = factories.secretary(vote.edition)
    burst = [stored_ballot(vote, address="203.0.113.96") for _ in range(5)]
    listed = list(votes.flagged_ballots(vote, user=staff))
    assert {b.pk for b in listed} == {b.pk for b in burst}
    assert services.tally(vote, user=staff).waiting == 5


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_ballots_cast_in_parallel_from_one_address_are_all_flagged_before_counting() -> None:
    vote = open_vote(2)
    people = [voter() for _ in range(8)]
    start = threading.Barrier(len(people))

    def submit(person: Any) -> None:
        start.wait()
        try:
            cast(vote, person, address="203.0.113.97")
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert vote.ballots.count() == 8
    with after_close(vote):
        result = services.tally(vote, user=factories.secretary(vote.edition))
    assert (result.counted, result.waiting) == (0, 8)


def test_the_recheck_keeps_the_secretariat_s_verdicts_and_is_idempotent() -> None:
    vote = open_vote(2)
    staff = factories.secretary(vote.edition)
    burst = [stored_ballot(vote, address="203.0.113.98") for _ in range(5)]
    assert bursts.recheck_bursts(vote) == 5
    services.review_ballots(vote, by=staff, ballot_ids=[burst[0].pk], accept=True)
    assert bursts.recheck_bursts(vote) == 0
    assert vote.ballots.get(pk=burst[0].pk).counts


# Counting ---------------------------------------------------------------------------------------


def test_while_the_vote_is_open_the_secretariat_reads_totals_and_nobody_reads_counts() -> None:
    vote = open_vote(2)
    person = voter()
    cast(vote, person)
    applicant = factories.member_of(on_ballot(vote)[0].organisation)
    other_secretariat = factories.secretary(factories.open_edition())
    for user in (AnonymousUser(), person, applicant, other_secretariat):
        with pytest.raises(PermissionDenied):
            services.tally(vote, user=user)
    staff = services.tally(vote, user=factories.secretary(vote.edition))
    assert (staff.cast, staff.counted) == (1, 1)
    assert staff.rows is None
    assert staff.leaders == []


def test_after_the_close_the_counts_are_the_secretariat_s_until_the_results_are_published() -> None:
    vote = open_vote(2, max_picks=1)
    favourite, other = on_ballot(vote)
    person = voter()
    cast(vote, person, [favourite])
    cast(vote, picks=[favourite])
    cast(vote, picks=[other])
    applicant = factories.member_of(favourite.organisation)
    others = [AnonymousUser(), person, applicant, factories.secretary(factories.open_edition())]
    with after_close(vote):
        for user in others:
            assert not vote_queries.may_see_counts(vote, user)
            with pytest.raises(PermissionDenied):
                services.tally(vote, user=user)
    assert counts(vote) == {favourite.pk: 2, other.pk: 1}
    publish(vote.edition)
    for user in others:
        assert counts(vote, user) == {favourite.pk: 2, other.pk: 1}


def test_ties_share_a_rank() -> None:
    vote = open_vote(3, max_picks=1)
    first, second, third = on_ballot(vote)
    for pick in (first, first, second, second, third):
        cast(vote, picks=[pick])
    with after_close(vote):
        result = services.tally(vote, user=factories.secretary(vote.edition))
    rows = {row.candidacy.pk: row for row in result.rows or []}
    assert (rows[first.pk].rank, rows[second.pk].rank, rows[third.pk].rank) == (1, 1, 3)
    assert [rows[c.pk].tied for c in (first, second, third)] == [True, True, False]


def test_the_tally_takes_the_same_queries_for_any_ballot_size(
    django_assert_max_num_queries: Any,
) -> None:
    # Each with a burst: flagging takes its own queries, whatever the size of the burst.
    small = open_vote(2)
    cast(small)
    for _ in range(5):
        cast(small, address="203.0.113.40")
    staff = factories.secretary(small.edition)
    with after_close(small), django_assert_max_num_queries(20) as one:
        services.tally(small, user=staff)
    big = open_vote(3)
    for _ in range(6):
        cast(big, picks=on_ballot(big)[:2])
    for _ in range(9):
        cast(big, address="203.0.113.40")
    staff = factories.secretary(big.edition)
    with after_close(big), django_assert_max_num_queries(len(one.captured_queries)):
        services.tally(big, user=staff)


# Who may do what --------------------------------------------------------------------------------


def others(vote: PublicVote) -> list[Any]:
    return [
        factories.member_of(on_ballot(vote)[0].organisation),
        factories.UserFactory(),
        factories.secretary(factories.open_edition()),
        voter(),
    ]


def test_secretariat_actions_are_refused_to_everyone_else() -> None:
    vote = open_vote(2)
    flagged = [cast(vote, address="203.0.113.90") for _ in range(5)]
    for user in others(vote):
        with pytest.raises(PermissionDenied):
            services.set_up_vote(
                vote.edition,
                by=user,
                opens_at=vote.opens_at,
                closes_at=vote.closes_at + dt.timedelta(days=1),
                min_picks=1,
                max_picks=2,
                candidacies=on_ballot(vote),
            )
        with pytest.raises(PermissionDenied):
            votes.flagged_ballots(vote, user=user)
        with pytest.raises(PermissionDenied):
            services.review_ballots(vote, by=user, ballot_ids=[flagged[0].pk], accept=True)
        with after_close(vote), pytest.raises(PermissionDenied):
            services.give_community_mention(vote, by=user)
    assert not vote.ballots.filter(reviewed_at__isnull=False).exists()
    vote.refresh_from_db()
    assert vote.community_candidacy is None


# The community mention --------------------------------------------------------------------------


def test_the_most_voted_candidacy_receives_the_community_mention_outside_the_jury_s_states() -> (
    None
):
    vote = open_vote(3, max_picks=1)
    first, second, _third = on_ballot(vote)
    for pick in (second, second, first):
        cast(vote, picks=[pick])
    staff = factories.secretary(vote.edition)
    decisions = list(Decision.objects.filter(candidacy=second).values_list("pk", flat=True))
    with after_close(vote):
        services.give_community_mention(vote, by=staff, name="People's choice")
    vote.refresh_from_db()
    second.refresh_from_db()
    assert vote.community_candidacy == second
    assert vote.community_mention == "People's choice"
    assert vote.counted_at is not None
    # The jury's state machine is untouched: no decision recorded, the state as it was …
    assert second.state == CandidacyState.SHORTLISTED
    assert list(Decision.objects.filter(candidacy=second).values_list("pk", flat=True)) == decisions
    # … so the jury may still declare the public's favourite the winner.
    services.perform(second, "declare_winner", by=staff)
    second.refresh_from_db()
    assert second.state == CandidacyState.WINNER
    vote.refresh_from_db()
    assert vote.community_candidacy == second


def test_a_candidacy_already_decided_keeps_its_decision_and_the_vote_keeps_the_mention() -> None:
    vote = open_vote(2, max_picks=1)
    winner, other = on_ballot(vote)
    staff = factories.secretary(vote.edition)
    services.perform(winner, "declare_winner", by=staff)
    for pick in (winner, winner, other):
        cast(vote, picks=[pick])
    decisions = Decision.objects.filter(candidacy=winner).count()
    with after_close(vote):
        services.give_community_mention(vote, by=staff)
    vote.refresh_from_db()
    winner.refresh_from_db()
    assert winner.state == CandidacyState.WINNER
    assert Decision.objects.filter(candidacy=winner).count() == decisions
    assert vote.community_candidacy == winner
    assert vote.community_mention


def test_a_tie_is_refused_with_the_tied_named_then_the_secretariat_chooses() -> None:
    vote = open_vote(3, max_picks=1)
    first, second, third = on_ballot(vote)
    for pick in (first, second, third, first, second):
        cast(vote, picks=[pick])
    staff = factories.secretary(vote.edition)
    with after_close(vote):
        with pytest.raises(TransitionRefused) as refused:
            services.give_community_mention(vote, by=staff)
        assert first.title in str(refused.value)
        assert second.title in str(refused.value)
        assert third.title not in str(refused.value)
        with pytest.raises(TransitionRefused):
            services.give_community_mention(vote, by=staff, candidacy=third)
        services.give_community_mention(vote, by=staff, candidacy=second)
        with pytest.raises(TransitionRefused, match="already"):
            services.give_community_mention(vote, by=staff, candidacy=first)
    vote.refresh_from_db()
    assert vote.community_candidacy == second


def test_the_mention_waits_for_the_close_and_for_the_review() -> None:
    vote = open_vote(2)
    staff = factories.secretary(vote.edition)
    cast(vote)
    burst = [cast(vote, address="203.0.113.99") for _ in range(5)]
    with pytest.raises(TransitionRefused, match="closes on"):
        services.give_community_mention(vote, by=staff)
    with after_close(vote):
        with pytest.raises(TransitionRefused, match="review"):
            services.give_community_mention(vote, by=staff)
        services.review_ballots(vote, by=staff, ballot_ids=[b.pk for b in burst], accept=False)
        services.give_community_mention(vote, by=staff)
        with pytest.raises(TransitionRefused, match="count is closed"):
            services.review_ballots(vote, by=staff, ballot_ids=[burst[0].pk], accept=True)
    vote.refresh_from_db()
    assert vote.community_candidacy is not None


def test_no_mention_without_a_ballot_that_counts() -> None:
    vote = open_vote(2)
    with after_close(vote), pytest.raises(TransitionRefused, match="No ballot"):
        services.give_community_mention(vote, by=factories.secretary(vote.edition))


def test_the_mention_is_embargoed_until_publication() -> None:
    vote = open_vote(2)
    favourite = on_ballot(vote)[0]
    cast(vote, picks=[favourite])
    staff = factories.secretary(vote.edition)
    assert vote_queries.community_mention_for_public(vote.edition) is None
    with after_close(vote):
        services.give_community_mention(vote, by=staff, name="People's choice")
    vote.refresh_from_db()
    assert vote_queries.community_mention_for(vote, staff) == (favourite, "People's choice")
    for user in (AnonymousUser(), voter(), factories.member_of(favourite.organisation)):
        assert vote_queries.community_mention_for(vote, user) is None
    assert vote_queries.community_mention_for_public(vote.edition) is None
    publish(vote.edition)
    vote.refresh_from_db()
    for user in (AnonymousUser(), voter(), staff):
        assert vote_queries.community_mention_for(vote, user) == (favourite, "People's choice")
    mention = vote_queries.community_mention_for_public(vote.edition)
    assert mention == (favourite, "People's choice")
    assert mention.candidacy.organisation == favourite.organisation


def test_an_address_never_seen_is_still_hashed() -> None:
    vote = open_vote(2)
    assert bursts.origin_hash(vote, "") == bursts.origin_hash(vote, "unknown")
    assert bursts.origin_hash(vote, fresh_address()) != bursts.origin_hash(vote, fresh_address())
