"""What the public vote shows, and to whom. Every page and endpoint of the vote reads through
these; the writes are in ``awards.services.votes``.

- the ballot list, from the opening on (putting a candidacy on it announces it as a finalist);
- the candidacies as the public reads them: who and what, the public summary only where the
  organisation consented to publish it, never their state (decisions are embargoed);
- who may vote: signed in, with a verified primary address, within the window, once;
- the counts: the secretariat's once the vote has closed, everyone's once the edition's results
  are published as well (before, they would give away the community mention);
- the community mention, once the edition's results are published.

Kept apart from ``awards/queries.py``, as the vote's forms are from ``awards/forms.py``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from allauth.account.models import EmailAddress
from django.db.models import Case, F, QuerySet, TextField, Value, When

from awards import queries
from awards.enums import CandidacyState
from awards.models import Ballot, Candidacy, Edition, PublicVote

# Where a person stands towards a vote (voter_standing), as the page and the API say it.
NOT_OPEN = "not-open"
CLOSED = "closed"
VOTED = "voted"
SIGNED_OUT = "signed-out"
UNVERIFIED = "unverified"
MAY_VOTE = "may-vote"
STANDINGS = (NOT_OPEN, CLOSED, VOTED, SIGNED_OUT, UNVERIFIED, MAY_VOTE)


class CommunityMention(NamedTuple):
    candidacy: Candidacy
    name: str


def manages(user: Any, vote: PublicVote | Edition) -> bool:
    """The edition's secretariat (or a superuser): sets the vote up, reviews, counts."""
    return user.has_perm("awards.manage_vote", vote)


def editions_whose_vote_they_manage(user: Any) -> set[int]:
    """The ids of the editions whose vote ``user`` manages, in one query: the rule of
    ``awards.manage_vote`` (the edition's secretariat, or a superuser) for a list of votes."""
    if not user.is_authenticated:
        return set()
    return set(queries.editions_of_secretariat(user).values_list("pk", flat=True))


# The ballot list ----------------------------------------------------------------------------------


def as_published(candidacies: QuerySet[Candidacy]) -> QuerySet[Candidacy]:
    """Candidacies as a vote shows them to anyone: with their organisation, and
    ``published_summary``, the public summary where the organisation consented to publish it
    (empty otherwise). Pages and the API read that attribute, never ``public_summary``."""
    return candidacies.select_related("organisation").annotate(
        published_summary=Case(
            When(consent_to_publish=True, then=F("public_summary")),
            default=Value(""),
            output_field=TextField(),
        )
    )


def on_ballot(candidacies: QuerySet[Candidacy]) -> QuerySet[Candidacy]:
    """Of these candidacies, those a voter may pick (a withdrawn one drops out), in order."""
    return as_published(candidacies.exclude(state=CandidacyState.WITHDRAWN)).order_by(
        "reference_number", "pk"
    )


def candidacies_on_ballot(vote: PublicVote) -> QuerySet[Candidacy]:
    """The candidacies voters may pick: those put on the ballot, less any withdrawn since."""
    return on_ballot(vote.candidacies.all())


def ballot_list_is_public(vote: PublicVote, user: Any, *, managed: bool | None = None) -> bool:
    """Putting a candidacy on the ballot tells the world it is in the final: that happens when
    the vote opens, not when the secretariat prepares it (the secretariat sees it before)."""
    if vote.has_opened:
        return True
    return manages(user, vote) if managed is None else managed


# Who may vote -------------------------------------------------------------------------------------


def verified_address(user: Any) -> str | None:
    """The user's verified primary e-mail address: what voting needs."""
    if not user.is_authenticated:
        return None
    return (
        EmailAddress.objects.filter(user=user, verified=True, primary=True)
        .values_list("email", flat=True)
        .first()
    )


def voter_standing(
    vote: PublicVote, user: Any, *, verified: bool | None = None, voted: bool | None = None
) -> str:
    """Where ``user`` stands: ``voted``; else ``not-open`` or ``closed`` outside the window;
    else ``signed-out``, ``unverified`` (no verified primary address), or ``may-vote``.

    ``verified`` and ``voted`` may be given when the caller already knows them (a list of
    votes reads them once for all)."""
    if voted is None:
        voted = user.is_authenticated and vote.ballots.filter(voter=user).exists()
    if voted:
        return VOTED
    if not vote.has_opened:
        return NOT_OPEN
    if vote.is_closed:
        return CLOSED
    if not user.is_authenticated:
        return SIGNED_OUT
    if verified is None:
        verified = verified_address(user) is not None
    return MAY_VOTE if verified else UNVERIFIED


def ballot_of(vote: PublicVote, user: Any) -> Ballot | None:
    if not user.is_authenticated:
        return None
    return vote.ballots.filter(voter=user).prefetch_related("picks").first()


def votes_cast_by(user: Any) -> set[int]:
    """The ids of the votes ``user`` has cast a ballot in."""
    if not user.is_authenticated:
        return set()
    return set(Ballot.objects.filter(voter=user).values_list("vote_id", flat=True))


# Counts and the community mention -----------------------------------------------------------------


def may_see_counts(vote: PublicVote, user: Any, *, managed: bool | None = None) -> bool:
    """Votes per candidacy: never while the vote is open (they would sway it); then the
    secretariat's, and everyone's once the edition's results are published. Before that the
    counts would give away the community mention, which is embargoed like the jury's
    decisions."""
    if not vote.is_closed:
        return False
    if vote.edition.results_are_public:
        return True
    return manages(user, vote) if managed is None else managed


def community_mention_for(
    vote: PublicVote, user: Any, *, managed: bool | None = None
) -> CommunityMention | None:
    """The community mention as ``user`` may see it: the secretariat's once given, everyone's
    once the edition's results are published."""
    if not vote.community_candidacy_id:
        return None
    if managed is None and not vote.edition.results_are_public:
        managed = manages(user, vote)
    if not (vote.edition.results_are_public or managed):
        return None
    return CommunityMention(vote.community_candidacy, vote.community_mention)


def community_mention_for_public(edition: Edition) -> CommunityMention | None:
    """The edition's community mention, ``(candidacy, name)``, for the public results: only
    once the edition's results are published and the mention given; None otherwise."""
    if not edition.results_are_public:
        return None
    vote = (
        PublicVote.objects.filter(edition=edition, community_candidacy__isnull=False)
        .select_related("community_candidacy__organisation")
        .first()
    )
    if vote is None:
        return None
    return CommunityMention(vote.community_candidacy, vote.community_mention)
