"""The public vote's pages: the ballot for voters, and the secretariat's page."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Any

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from awards.enums import CandidacyState
from awards.models import Ballot, PublicVote
from awards.services.vote_bursts import origin_hash
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


def page(vote: PublicVote) -> str:
    return reverse("vote", args=[vote.edition.slug])


def manage(vote_or_edition: Any) -> str:
    edition = getattr(vote_or_edition, "edition", vote_or_edition)
    return reverse("vote-manage", args=[edition.pk])


def post_ballot(client: Any, vote: PublicVote, picks: list[Any], address: str = "") -> Any:
    return client.post(
        page(vote), {"picks": [c.pk for c in picks]}, REMOTE_ADDR=address or fresh_address()
    )


def after_close(vote: PublicVote) -> Any:
    return time_machine.travel(vote.closes_at + dt.timedelta(seconds=1), tick=False)


# The public page --------------------------------------------------------------------------------


def test_anyone_reads_the_ballot_and_is_asked_to_sign_in_to_vote(client: Any) -> None:
    vote = open_vote(3)
    first, second, _third = on_ballot(vote)
    second.consent_to_publish = False
    second.public_summary = "A summary kept private."
    second.save()
    first.consent_to_publish = True
    first.public_summary = "A summary the organisation lets us publish."
    first.save()
    response = client.get(page(vote))
    html = response.content.decode()
    assert response.status_code == 200
    for candidacy in on_ballot(vote):
        assert candidacy.title in html
        assert candidacy.organisation.name in html
        assert candidacy.organisation.city in html
    assert "A summary the organisation lets us publish." in html
    assert "A summary kept private." not in html
    assert f"{reverse('account_login')}?next={page(vote)}" in html
    assert 'type="checkbox"' not in html


def test_the_ballot_list_is_announced_when_voting_opens(client: Any) -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, opens=dt.timedelta(days=1), closes=dt.timedelta(days=2))
    html = client.get(page(vote)).content.decode()
    assert all(c.title not in html for c in entries)
    client.force_login(factories.secretary(edition))
    html = client.get(page(vote)).content.decode()
    assert all(c.title in html for c in entries)


def test_a_vote_of_a_hidden_edition_or_with_no_vote_does_not_exist(client: Any) -> None:
    edition = factories.open_edition()
    assert client.get(reverse("vote", args=[edition.slug])).status_code == 404


def test_posting_without_an_account_leads_to_the_sign_in(client: Any) -> None:
    vote = open_vote(2)
    response = post_ballot(client, vote, on_ballot(vote)[:1])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert response["Location"].endswith(f"?next={page(vote)}")
    assert not vote.ballots.exists()


def test_an_unverified_voter_is_told_how_to_verify_and_cannot_vote(client: Any) -> None:
    vote = open_vote(2)
    person = factories.UserFactory()
    client.force_login(person)
    html = client.get(page(vote)).content.decode()
    assert "not verified" in html
    assert reverse("account_email") in html
    response = post_ballot(client, vote, on_ballot(vote)[:1])
    assert "Verify your e-mail" in response.content.decode()
    assert not vote.ballots.exists()


def test_a_verified_voter_votes_once_and_sees_when(client: Any) -> None:
    vote = open_vote(3)
    person = voter()
    client.force_login(person)
    html = client.get(page(vote)).content.decode()
    assert html.count('type="checkbox"') == 3
    assert "<fieldset" in html
    assert "<legend>" in html
    first, second, _third = on_ballot(vote)
    response = post_ballot(client, vote, [first, second])
    assert response.status_code == 302
    ballot = Ballot.objects.get(vote=vote, voter=person)
    assert set(ballot.picks.all()) == {first, second}
    html = client.get(page(vote)).content.decode()
    assert "You voted on" in html
    assert 'type="checkbox"' not in html
    again = post_ballot(client, vote, [second])
    assert "already voted" in again.content.decode()
    assert vote.ballots.count() == 1


@pytest.mark.parametrize("how", ["none", "too many", "twice", "not on the ballot"])
def test_picks_outside_the_rules_are_refused_on_the_server(client: Any, how: str) -> None:
    vote = open_vote(3, min_picks=1, max_picks=2)
    client.force_login(voter())
    first = on_ballot(vote)[0]
    data = {
        "none": [],
        "too many": [c.pk for c in on_ballot(vote)],
        "twice": [first.pk, first.pk],
        "not on the ballot": [factories.CandidacyFactory(edition=vote.edition).pk],
    }[how]
    response = client.post(page(vote), {"picks": data}, REMOTE_ADDR=fresh_address())
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not vote.ballots.exists()


def count_cells(html: str) -> list[str]:
    """The votes per practice as the page shows them, in its order."""
    return re.findall(r'<td class="votes">(\d+)</td>', html)


def test_counts_are_shown_only_once_the_vote_closed_and_the_results_are_published(
    client: Any,
) -> None:
    vote = open_vote(2, max_picks=1)
    favourite, other = on_ballot(vote)
    person = voter()
    cast(vote, person, [favourite])
    for pick in (favourite, favourite, other):
        cast(vote, picks=[pick])
    staff = factories.secretary(vote.edition)
    readers = [None, person, factories.member_of(favourite.organisation), staff]

    def seen(user: Any) -> tuple[Any, str]:
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(page(vote))
        return response.context["tally"], response.content.decode()

    for user in readers:  # open: nobody, the secretariat included
        tally, html = seen(user)
        assert tally is None
        assert count_cells(html) == []
        assert "ballots counted" not in html
    with after_close(vote):  # closed, not published: the secretariat only
        for user in readers[:-1]:
            tally, html = seen(user)
            assert tally is None
            assert count_cells(html) == []
            assert "ballots counted" not in html
        tally, html = seen(staff)
        assert count_cells(html) == ["3", "1"]
    publish(vote.edition)
    with after_close(vote):
        for user in readers:
            tally, html = seen(user)
            assert tally.rows[0].candidacy == favourite
            assert count_cells(html) == ["3", "1"]
            assert "4 ballots counted" in html


def test_too_many_attempts_from_one_address_answer_429(client: Any, settings: Any) -> None:
    settings.PALMARES_VOTE_THROTTLE = "2/minute"
    vote = open_vote(2)
    client.force_login(voter())
    for _ in range(2):
        assert post_ballot(client, vote, [], address="203.0.113.5").status_code == 400
    response = post_ballot(client, vote, on_ballot(vote)[:1], address="203.0.113.5")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert int(response["Retry-After"]) >= 1
    assert not vote.ballots.exists()


def test_invalid_picks_count_against_the_limit_too(client: Any, settings: Any) -> None:
    settings.PALMARES_VOTE_THROTTLE = "2/minute"
    vote = open_vote(2)
    client.force_login(voter())
    for picks in (["x"], ["999999999999999999999999"]):
        response = client.post(page(vote), {"picks": picks}, REMOTE_ADDR="203.0.113.6")
        assert response.status_code == 400
    response = post_ballot(client, vote, on_ballot(vote)[:1], address="203.0.113.6")
    assert response.status_code == 429
    assert not vote.ballots.exists()


def test_the_client_address_comes_from_trusted_proxies_only(client: Any, settings: Any) -> None:
    vote = open_vote(2)
    first, second = voter(), voter()
    client.force_login(first)
    client.post(
        page(vote),
        {"picks": [on_ballot(vote)[0].pk]},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    settings.PALMARES_NUM_PROXIES = 1
    client.force_login(second)
    client.post(
        page(vote),
        {"picks": [on_ballot(vote)[0].pk]},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7",
    )
    assert vote.ballots.get(voter=first).origin == origin_hash(vote, "10.0.0.1")
    assert vote.ballots.get(voter=second).origin == origin_hash(vote, "203.0.113.7")


def test_fewer_forwarded_entries_than_proxies_fall_back_to_the_connection(
    client: Any, settings: Any
) -> None:
    vote = open_vote(2)
    settings.PALMARES_NUM_PROXIES = 2
    person = voter()
    client.force_login(person)
    # One entry for two proxies: it was written by the client, not by the proxies.
    client.post(
        page(vote),
        {"picks": [on_ballot(vote)[0].pk]},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.8",
    )
    assert vote.ballots.get(voter=person).origin == origin_hash(vote, "10.0.0.2")


def test_the_vote_page_takes_the_same_queries_for_any_ballot_size(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    small = open_vote(1, max_picks=1)
    big = open_vote(3)
    person = voter()
    client.force_login(person)
    with django_assert_max_num_queries(30) as one:
        assert client.get(page(small)).status_code == 200
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert client.get(page(big)).status_code == 200
    for vote in (small, big):
        for _ in range(3):
            cast(vote, picks=on_ballot(vote)[:1])
    with after_close(big), django_assert_max_num_queries(30) as closed:
        client.get(page(small))
    with after_close(big), django_assert_max_num_queries(len(closed.captured_queries)):
        client.get(page(big))


# The secretariat's page -------------------------------------------------------------------------


def test_the_secretariat_sets_up_the_vote_in_the_edition_s_time_zone(client: Any) -> None:
    edition, entries = shortlisted_edition(3)
    client.force_login(factories.secretary(edition))
    response = client.get(manage(edition))
    assert response.status_code == 200
    assert all(c.title in response.content.decode() for c in entries)
    tomorrow = (timezone.now() + dt.timedelta(days=1)).date()
    response = client.post(
        manage(edition),
        {
            "action": "set_up",
            "opens_at": f"{tomorrow}T09:00",
            "closes_at": f"{tomorrow + dt.timedelta(days=7)}T18:00",
            "min_picks": 1,
            "max_picks": 2,
            "candidacies": [c.pk for c in entries[:2]],
        },
    )
    assert response.status_code == 302
    vote = PublicVote.objects.get(edition=edition)
    assert set(vote.candidacies.all()) == set(entries[:2])
    local = vote.opens_at.astimezone(zoneinfo.ZoneInfo(edition.timezone))
    assert (local.hour, local.minute) == (9, 0)


def test_a_set_up_refused_shows_its_field_errors(client: Any) -> None:
    edition, entries = shortlisted_edition(2)
    client.force_login(factories.secretary(edition))
    tomorrow = (timezone.now() + dt.timedelta(days=1)).date()
    response = client.post(
        manage(edition),
        {
            "action": "set_up",
            "opens_at": f"{tomorrow}T09:00",
            "closes_at": f"{tomorrow + dt.timedelta(days=7)}T18:00",
            "min_picks": 1,
            "max_picks": 3,
            "candidacies": [c.pk for c in entries],
        },
    )
    assert response.status_code == 400
    assert "only 2 candidacies" in response.content.decode()
    assert not PublicVote.objects.filter(edition=edition).exists()


def test_the_secretariat_reviews_flagged_ballots(client: Any) -> None:
    vote = open_vote(2)
    burst = [cast(vote, address="203.0.113.66") for _ in range(5)]
    staff = factories.secretary(vote.edition)
    client.force_login(staff)
    html = client.get(manage(vote)).content.decode()
    assert "from the same address" in html
    assert all(b.voter.email in html for b in burst)
    assert "203.0.113.66" not in html
    response = client.post(
        manage(vote),
        {"action": "review", "decision": "accept", "ballots": [b.pk for b in burst[:2]]},
    )
    assert response.status_code == 302
    assert vote.ballots.filter(counts=True, reviewed_by=staff).count() == 2
    response = client.post(manage(vote), {"action": "review", "decision": "reject"})
    assert response.status_code == 400
    assert "Choose the ballots" in response.content.decode()


def test_the_secretariat_sees_the_count_after_the_close_and_gives_the_mention(
    client: Any,
) -> None:
    vote = open_vote(3, max_picks=1)
    first, second, _third = on_ballot(vote)
    for pick in (first, second):
        cast(vote, picks=[pick])
    client.force_login(factories.secretary(vote.edition))
    response = client.get(manage(vote))
    assert response.context["tally"].rows is None
    assert count_cells(response.content.decode()) == []
    assert "2 ballots cast" in response.content.decode()
    with after_close(vote):
        response = client.get(manage(vote))
        html = response.content.decode()
        assert count_cells(html) == ["1", "1", "0"]
        assert 'type="radio"' in html
        refused = client.post(manage(vote), {"action": "mention", "name": "People's choice"})
        assert refused.status_code == 400
        done = client.post(
            manage(vote), {"action": "mention", "name": "People's choice", "candidacy": second.pk}
        )
        assert done.status_code == 302
    vote.refresh_from_db()
    second.refresh_from_db()
    assert vote.community_candidacy == second
    assert second.state == CandidacyState.SHORTLISTED


def test_the_mention_shows_on_the_public_page_only_after_publication(client: Any) -> None:
    vote = open_vote(2, max_picks=1)
    favourite = on_ballot(vote)[0]
    cast(vote, picks=[favourite])
    client.force_login(factories.secretary(vote.edition))
    with after_close(vote):
        given = client.post(manage(vote), {"action": "mention", "name": "People's choice"})
        assert given.status_code == 302
        assert "People&#x27;s choice" in client.get(manage(vote)).content.decode()
        client.logout()
        for user in (None, voter(), factories.member_of(favourite.organisation)):
            if user:
                client.force_login(user)
            html = client.get(page(vote)).content.decode()
            assert "People&#x27;s choice" not in html
            assert 'id="mention-heading"' not in html
        publish(vote.edition)
        html = client.get(page(vote)).content.decode()
    assert 'id="mention-heading"' in html
    assert "People&#x27;s choice" in html
    assert favourite.title in html


@pytest.mark.parametrize("who", ["applicant", "stranger", "other secretariat", "voter"])
def test_the_secretariat_page_does_not_exist_for_anyone_else(client: Any, who: str) -> None:
    vote = open_vote(2)
    burst = [cast(vote, address="203.0.113.66") for _ in range(5)]
    user = {
        "applicant": lambda: factories.member_of(on_ballot(vote)[0].organisation),
        "stranger": factories.UserFactory,
        "other secretariat": lambda: factories.secretary(factories.open_edition()),
        "voter": lambda: burst[0].voter,
    }[who]()
    client.force_login(user)
    assert client.get(manage(vote)).status_code == 404
    response = client.post(
        manage(vote),
        {"action": "review", "decision": "accept", "ballots": [b.pk for b in burst]},
    )
    assert response.status_code == 404
    assert not vote.ballots.filter(counts=True).exists()


def test_the_secretariat_page_asks_a_stranger_to_sign_in(client: Any) -> None:
    vote = open_vote(2)
    response = client.get(manage(vote))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_secretariat_page_takes_the_same_queries_for_any_number_of_flagged_ballots(
    client: Any, django_assert_max_num_queries: Any, settings: Any
) -> None:
    settings.PALMARES_VOTE_THROTTLE = "off"
    small = open_vote(2)
    big = open_vote(3)
    for _ in range(5):
        cast(small, address="203.0.113.1")
    for _ in range(15):
        cast(big, picks=on_ballot(big)[:2], address="203.0.113.2")
    client.force_login(factories.secretary(small.edition))
    with django_assert_max_num_queries(40) as one:
        assert client.get(manage(small)).status_code == 200
    client.force_login(factories.secretary(big.edition))
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert client.get(manage(big)).status_code == 200


def test_a_ballot_outside_the_window_is_refused_with_its_reason(client: Any) -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, opens=dt.timedelta(hours=1), closes=dt.timedelta(days=1))
    client.force_login(voter())
    early = post_ballot(client, vote, entries[:1])
    assert early.status_code == 409
    assert "The vote opens on" in early.content.decode()
    with after_close(vote):
        late = post_ballot(client, vote, entries[:1])
    assert late.status_code == 409
    assert "The vote closed on" in late.content.decode()
    assert not vote.ballots.exists()


def test_the_closing_time_is_extended_from_the_page_when_the_opening_has_microseconds(
    client: Any,
) -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, opens=dt.timedelta(hours=-1, microseconds=-123457))
    assert vote.opens_at.microsecond
    cast(vote)
    client.force_login(factories.secretary(edition))
    later = (vote.closes_at + dt.timedelta(days=3)).astimezone(zoneinfo.ZoneInfo(edition.timezone))
    form = client.get(manage(vote)).context["setup"]
    data = {name: form[name].value() for name in ("opens_at", "min_picks", "max_picks")}
    response = client.post(
        manage(vote),
        {
            **data,
            "candidacies": [c.pk for c in entries],
            "action": "set_up",
            "closes_at": later.strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 302
    stored = PublicVote.objects.get(pk=vote.pk)
    assert stored.closes_at == later.replace(second=0, microsecond=0)
    assert stored.opens_at == vote.opens_at


def test_saving_the_settings_unchanged_keeps_the_stored_times(client: Any) -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, closes=dt.timedelta(days=2, seconds=30, microseconds=5))
    cast(vote)
    client.force_login(factories.secretary(edition))
    with timezone.override(zoneinfo.ZoneInfo(edition.timezone)):
        closes = timezone.localtime(vote.closes_at).strftime("%Y-%m-%dT%H:%M")
    response = client.post(manage(vote), {"action": "set_up", "closes_at": closes})
    assert response.status_code == 302
    assert PublicVote.objects.get(pk=vote.pk).closes_at == vote.closes_at


def test_the_set_up_page_says_that_opening_announces_the_finalists(client: Any) -> None:
    edition, entries = shortlisted_edition(2)
    vote = vote_on(edition, entries, opens=dt.timedelta(hours=1))
    client.force_login(factories.secretary(edition))
    html = client.get(manage(vote)).content.decode()
    assert "Opening the vote announces these finalists to the public." in html
    assert html.count('name="candidacies"') == 2
    assert "disabled" not in html.split('name="candidacies"')[1].split(">")[0]
    with time_machine.travel(vote.opens_at + dt.timedelta(minutes=1), tick=False):
        html = client.get(manage(vote)).content.decode()
    # Open, even without a ballot: the ballot list shows, but can no longer change.
    assert all("disabled" in part.split(">")[0] for part in html.split('name="candidacies"')[1:])
    assert "disabled" not in html.split('name="max_picks"')[1].split(">")[0]


def test_the_edition_page_links_the_vote_once_it_has_opened(client: Any) -> None:
    edition, entries = shortlisted_edition(2)
    url = reverse("edition-detail", args=[edition.slug])
    assert page_link(edition) not in client.get(url).content.decode()
    vote = vote_on(edition, entries, opens=dt.timedelta(hours=1))
    assert page_link(edition) not in client.get(url).content.decode()
    with time_machine.travel(vote.opens_at + dt.timedelta(minutes=1), tick=False):
        assert page_link(edition) in client.get(url).content.decode()
    with after_close(vote):
        assert page_link(edition) in client.get(url).content.decode()


def page_link(edition: Any) -> str:
    return f'href="{reverse("vote", args=[edition.slug])}"'


def test_the_secretariat_home_links_each_edition_s_vote(client: Any) -> None:
    edition, _entries = shortlisted_edition(2)
    client.force_login(factories.secretary(edition))
    html = client.get(reverse("secretariat-home")).content.decode()
    assert f'href="{manage(edition)}"' in html


def test_once_a_vote_with_ballots_has_closed_its_settings_are_final(client: Any) -> None:
    vote = open_vote(2)
    cast(vote)
    client.force_login(factories.secretary(vote.edition))
    assert "Save the settings" in client.get(manage(vote)).content.decode()
    with after_close(vote):
        html = client.get(manage(vote)).content.decode()
    assert "Save the settings" not in html
    assert 'name="closes_at"' in html
    assert html.count(" disabled") >= 4
