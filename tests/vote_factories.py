"""Helpers for the public vote's tests: an edition with shortlisted candidacies, a vote on
them, verified voters, and ballots cast through the service."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts.models import User
from awards import services
from awards.enums import EditionState
from awards.models import Ballot, Candidacy, Edition, PublicVote
from awards.services.vote_bursts import mailbox_hash, origin_hash
from tests import factories

_addresses = itertools.count(1)


def shortlisted_edition(candidacies: int = 3) -> tuple[Edition, list[Candidacy]]:
    """An edition in evaluation whose candidacies are all shortlisted."""
    edition, entries, _jurors = factories.evaluated_edition(candidacies=candidacies, jurors=0)
    staff = factories.secretary(edition)
    for candidacy in entries:
        services.perform(candidacy, "shortlist", by=staff, note=factories.NOTES["shortlist"])
    return edition, [Candidacy.objects.get(pk=c.pk) for c in entries]


def vote_on(
    edition: Edition,
    candidacies: list[Candidacy],
    *,
    min_picks: int = 1,
    max_picks: int = 2,
    opens: dt.timedelta = dt.timedelta(hours=-1),
    closes: dt.timedelta = dt.timedelta(days=1),
) -> PublicVote:
    now = timezone.now()
    return services.set_up_vote(
        edition,
        by=factories.secretary(edition),
        opens_at=now + opens,
        closes_at=now + closes,
        min_picks=min_picks,
        max_picks=max_picks,
        candidacies=candidacies,
    )


def open_vote(candidacies: int = 3, **settings: Any) -> PublicVote:
    """An open vote on ``candidacies`` shortlisted candidacies (pick 1 to 2 by default)."""
    edition, entries = shortlisted_edition(candidacies)
    return vote_on(edition, entries, **settings)


def voter(email: str | None = None, *, joined: dt.datetime | None = None, **fields: Any) -> User:
    """A person with a verified primary address, whose account is a month old by default."""
    if email:
        fields["email"] = email
    user = factories.UserFactory(
        date_joined=joined or timezone.now() - dt.timedelta(days=30), **fields
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def fresh_address() -> str:
    """An address no other ballot of the test came from."""
    n = next(_addresses)
    return f"198.51.{n // 250}.{n % 250 + 1}"


def on_ballot(vote: PublicVote) -> list[Candidacy]:
    return list(vote.candidacies.order_by("reference_number"))


def cast(
    vote: PublicVote,
    person: User | None = None,
    picks: list[Candidacy] | None = None,
    address: str | None = None,
) -> Ballot:
    """A ballot through the service: by a new verified voter from a new address, for the first
    candidacy on the ballot, unless told otherwise."""
    return services.cast_ballot(
        vote,
        voter=person or voter(),
        picks=picks if picks is not None else on_ballot(vote)[:1],
        origin_address=address or fresh_address(),
    )


def stored_ballot(
    vote: PublicVote,
    person: User | None = None,
    picks: list[Candidacy] | None = None,
    address: str | None = None,
    cast_at: dt.datetime | None = None,
) -> Ballot:
    """A ballot as one cast at the same moment as others leaves it: stored, but checked only
    against the ballots committed before it, here none (what ``cast`` would have flagged is
    not)."""
    person = person or voter()
    ballot = Ballot.objects.create(
        vote=vote,
        voter=person,
        cast_at=cast_at or timezone.now(),
        origin=origin_hash(vote, address or fresh_address()),
        domain=person.email.rpartition("@")[2].lower(),
        mailbox=mailbox_hash(vote, person.email),
    )
    ballot.picks.set(picks if picks is not None else on_ballot(vote)[:1])
    return ballot


def many_ballots(vote: PublicVote, n: int, domain: str = "gmail.com") -> None:
    """``n`` plain ballots (old accounts, each from its own address and mailbox), in bulk: a
    large vote without casting each."""
    start = User.objects.count()
    people = User.objects.bulk_create(
        User(
            email=f"crowd{start + i}@{domain}",
            password="!",
            date_joined=timezone.now() - dt.timedelta(days=30),
        )
        for i in range(n)
    )
    people = list(User.objects.filter(email__in=[p.email for p in people]))
    ballots = Ballot.objects.bulk_create(
        Ballot(
            vote=vote,
            voter=person,
            origin=origin_hash(vote, fresh_address()),
            domain=domain,
            mailbox=mailbox_hash(vote, person.email),
        )
        for person in people
    )
    first = on_ballot(vote)[0]
    Ballot.picks.through.objects.bulk_create(
        Ballot.picks.through(ballot=ballot, candidacy=first) for ballot in ballots
    )


def publish(edition: Edition) -> None:
    """The edition's results published (its state as ``publish_results`` leaves it)."""
    Edition.objects.filter(pk=edition.pk).update(state=EditionState.PUBLISHED)
    edition.refresh_from_db()
