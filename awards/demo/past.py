"""The demo's published edition: last year's IOPD Award, from its call to its results.

It ran its whole cycle through the services, as the current edition does, and then went on:
a public vote on the finalists while the jury deliberated (with a burst of new accounts from
one address, flagged and rejected by the secretariat), the jury's final decisions, the
community mention, and publication. Its consenting candidacies fill the repository of
practices; its winner is the "winner of the previous edition" the current call excludes.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db.models import F
from django.utils import timezone

from accounts.models import User
from awards import services
from awards.demo import jury
from awards.enums import CandidacyState
from awards.models import Ballot, Candidacy, Edition, Organisation, PublicVote

# How its candidacies ended, by position in the list of organisations.
PAST_PLAN = (
    ["winner"] * 2
    + ["ineligible"] * 2
    + ["withdrawn_early"]
    + ["special_mention"] * 3
    + ["finalist"] * 4
    + ["not_selected"] * 26
)
# Public webmail, shared by thousands: the burst checks leave these domains alone.
VOTER_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de")
VOTERS = 180
# Six accounts registered in a row from one address, voting at once: the shape of stuffing.
BURST = 6
BURST_ADDRESS = "203.0.113.9"  # documentation range (RFC 5737): never a real voter


def run_published_edition(
    edition: Edition, organisations: list[Organisation], people: dict[str, Any], demo: Any
) -> None:
    from awards.demo import seed  # the helpers of the current edition, shared

    staff = people["secretariat"]
    services.open_call(edition, by=staff)
    written = seed.submit_all(edition, organisations, list(PAST_PLAN), people, start=3)
    evaluated = {"winner", "special_mention", "finalist", "not_selected"}
    seed.screen(written, staff, evaluated)
    seed.back_date_call(edition, opened_days_ago=620, closed_days_ago=530)
    services.close_due_calls()
    edition.refresh_from_db()
    services.start_evaluation(edition, by=staff)
    rng = random.Random(edition.year)
    quality = jury.candidacy_quality(written, rng)
    jury.panels_round(edition, quality, staff, people["password"], rng)
    for fate, candidacy, _applicant in written:
        candidacy.refresh_from_db()
        if fate in evaluated:
            seed.shortlist_decision(candidacy, fate, staff)
    services.start_deliberation(edition, by=staff)
    vote = public_vote(edition, staff)
    jury.final_round(edition, quality, staff, people["password"], rng)
    seed.final_decisions(edition, written, staff)
    close_vote(vote, staff)
    services.publish_results(Edition.objects.get(pk=edition.pk), by=staff)
    seed.count_states(edition, demo)


def public_vote(edition: Edition, staff: Any) -> PublicVote:
    """The vote on the shortlist, opened now and voted at once; moved to its dates later."""
    now = timezone.now()
    shortlisted = edition.candidacies.filter(state=CandidacyState.SHORTLISTED)
    vote = services.set_up_vote(
        edition,
        by=staff,
        opens_at=now,
        closes_at=now + dt.timedelta(days=1),
        min_picks=1,
        max_picks=3,
        candidacies=list(shortlisted),
    )
    on_ballot = list(shortlisted.order_by("reference_number"))
    rng = random.Random(edition.year * 7)
    # The public likes some practices more than others: a weight per candidacy on the ballot.
    liking = [rng.uniform(0.5, 3.0) for _ in on_ballot]
    for index, voter in enumerate(voters(edition, VOTERS, joined_days_ago=30)):
        picks = weighted_picks(on_ballot, liking, rng.randint(1, 3), rng)
        services.cast_ballot(
            vote, voter=voter, picks=picks, origin_address=f"198.51.100.{index % 250 + 1}"
        )
    for voter in voters(edition, BURST, joined_days_ago=0, prefix="rush"):
        services.cast_ballot(vote, voter=voter, picks=on_ballot[-1:], origin_address=BURST_ADDRESS)
    return vote


def voters(
    edition: Edition, count: int, *, joined_days_ago: int, prefix: str = "voter"
) -> list[User]:
    """Members of the public with verified addresses; they never sign in to the demo."""
    joined = timezone.now() - dt.timedelta(days=joined_days_ago)
    people = [
        User(
            email=f"{prefix}{edition.year}.{n:03d}@{VOTER_DOMAINS[n % len(VOTER_DOMAINS)]}",
            full_name="",
            password=make_password(None),  # unusable: these accounts only vote
            date_joined=joined,
        )
        for n in range(count)
    ]
    User.objects.bulk_create(people)
    people = list(User.objects.filter(email__in=[p.email for p in people]).order_by("email"))
    EmailAddress.objects.bulk_create(
        EmailAddress(user=person, email=person.email, verified=True, primary=True)
        for person in people
    )
    return people


def weighted_picks(
    on_ballot: list[Candidacy], liking: list[float], count: int, rng: random.Random
) -> list[Candidacy]:
    picks: list[Candidacy] = []
    while len(picks) < min(count, len(on_ballot)):
        choice = rng.choices(on_ballot, weights=liking)[0]
        if choice not in picks:
            picks.append(choice)
    return picks


def close_vote(vote: PublicVote, staff: Any) -> None:
    """The vote is moved to its real dates; the secretariat rejects the flagged burst and
    gives the community mention to the most-voted candidacy."""
    back = dt.timedelta(days=400)
    # Everything moves back together, so that an account's age when it voted stays true.
    PublicVote.objects.filter(pk=vote.pk).update(
        opens_at=F("opens_at") - back, closes_at=F("opens_at") - back + dt.timedelta(days=20)
    )
    Ballot.objects.filter(vote=vote).update(cast_at=F("cast_at") - back)
    User.objects.filter(ballots__vote=vote).update(date_joined=F("date_joined") - back)
    vote.refresh_from_db()
    flagged = list(Ballot.objects.filter(vote=vote, flagged=True).values_list("pk", flat=True))
    services.review_ballots(vote, by=staff, ballot_ids=flagged, accept=False)
    services.give_community_mention(vote, by=staff, name="Community mention (public vote)")
