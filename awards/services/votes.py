"""The public vote: set up by the secretariat, cast by verified voters, watched for ballot
stuffing (``awards.services.vote_bursts``), reviewed, counted after it closes, and closed by the
community mention.

What each reader may see (the ballot list from the opening, the counts once the vote has closed
and the edition's results are published, the mention after publication) is decided in
``awards.vote_queries``, which every page and endpoint reads through.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from awards import vote_queries
from awards.enums import CandidacyState
from awards.models import Ballot, Candidacy, Edition, PublicVote
from awards.services.vote_bursts import (
    flag_bursts,
    mailbox_hash,
    origin_hash,
    recheck_bursts,
)
from awards.transitions import TransitionRefused

logger = logging.getLogger(__name__)

# A candidacy may be on the ballot once the jury has put it through: the vote runs on the
# finalists while the jury deliberates, and may go on after a final decision.
ON_BALLOT_STATES = frozenset(
    {
        CandidacyState.SHORTLISTED,
        CandidacyState.FINALIST,
        CandidacyState.WINNER,
        CandidacyState.SPECIAL_MENTION,
    }
)

SETTINGS = ("opens_at", "closes_at", "min_picks", "max_picks", "candidacies")
# Opening the vote announces the finalists on the ballot: from then on the list (and the
# opening time) stay as announced.
FROZEN_ONCE_OPEN = frozenset({"opens_at", "candidacies"})
# Once someone has voted, the rules they voted under stay.
FROZEN_ONCE_CAST = frozenset({"min_picks", "max_picks"})

# The throttle's default, and how its setting names a period.
DEFAULT_THROTTLE = (10, 60)
PERIODS = {
    "s": 1,
    "sec": 1,
    "second": 1,
    "m": 60,
    "min": 60,
    "minute": 60,
    "h": 3600,
    "hour": 3600,
    "d": 86400,
    "day": 86400,
}


class BallotInvalid(TransitionRefused):
    """The picks themselves are wrong (too few, too many, repeated, not on the ballot): the
    voter can correct them. Other refusals (closed, already voted) they cannot."""


class BallotThrottled(Exception):
    """Too many attempts from one address: try again in ``retry_after`` seconds."""

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(
            _("Too many attempts from your connection. Try again in %(seconds)d seconds.")
            % {"seconds": retry_after}
        )


def require_manager(user: Any, obj: PublicVote | Edition) -> None:
    if not vote_queries.manages(user, obj):
        raise PermissionDenied(_("Only the edition's secretariat runs its public vote."))


def when(moment: dt.datetime, edition: Edition) -> str:
    """A time as the edition shows its deadlines: in its own time zone, which it names."""
    local = moment.astimezone(zoneinfo.ZoneInfo(edition.timezone))
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} ({edition.timezone})"


# Setting up ---------------------------------------------------------------------------------------


def frozen_settings(vote: PublicVote | None, *, cast: bool | None = None) -> frozenset[str]:
    """The settings of the vote that can no longer change.

    Once it has opened, the ballot list and the opening time (the finalists are announced);
    once a ballot is cast, the number of picks too; once it has closed, everything (a closed
    vote is never reopened). While it is open the closing time may move: only later once a
    ballot is cast. ``cast``: whether a ballot is cast, when the caller knows.
    """
    if vote is None:
        return frozenset()
    if vote.is_closed:
        return frozenset(SETTINGS)
    frozen = set(FROZEN_ONCE_OPEN) if vote.has_opened else set()
    if cast if cast is not None else vote.ballots.exists():
        frozen |= FROZEN_ONCE_CAST
    return frozenset(frozen)


def set_up_vote(
    edition: Edition,
    *,
    by: Any,
    opens_at: dt.datetime,
    closes_at: dt.datetime,
    min_picks: int,
    max_picks: int,
    candidacies: Iterable[Candidacy | int],
) -> PublicVote:
    """Creates or changes the edition's public vote.

    The ballot holds shortlisted (or already decided) candidacies of the edition; voters pick
    between ``min_picks`` and ``max_picks`` of them. What may still change is
    :func:`frozen_settings`'s to say. Side effects: the vote and its ballot list, in one
    transaction.
    """
    require_manager(by, edition)
    try:
        wanted = {c.pk if isinstance(c, Candidacy) else int(c) for c in candidacies}
    except (TypeError, ValueError) as error:
        message = _("Unknown candidacy.")
        raise TransitionRefused([message], field_errors={"candidacies": [message]}) from error
    values = {
        "opens_at": opens_at,
        "closes_at": closes_at,
        "min_picks": min_picks,
        "max_picks": max_picks,
    }
    try:
        with transaction.atomic():
            # The edition's row first: two set-ups of one edition at once take turns, and the
            # second sees (and is checked against) the vote the first created.
            Edition.objects.select_for_update().filter(pk=edition.pk).exists()
            # Locked: a ballot being cast holds a key-share lock on the vote until it commits,
            # so the check below sees it, and a ballot cast after this change reads the new
            # rules.
            vote = PublicVote.objects.select_for_update().filter(edition=edition).first()
            errors = set_up_problems(edition, vote, wanted=wanted, **values)
            if errors:
                raise TransitionRefused(
                    [message for messages in errors.values() for message in messages],
                    field_errors=errors,
                )
            if vote is None:
                vote = PublicVote.objects.create(edition=edition, **values)
            else:
                for name, value in values.items():
                    setattr(vote, name, value)
                vote.save(update_fields=list(values))
            vote.candidacies.set(sorted(wanted))
    except IntegrityError as error:
        # The last line of defence, should two set-ups still cross: the second is told.
        raise TransitionRefused(
            [_("The vote was set up by someone else at the same moment. Reload the page.")]
        ) from error
    return vote


def set_up_problems(
    edition: Edition,
    vote: PublicVote | None,
    *,
    opens_at: dt.datetime,
    closes_at: dt.datetime,
    min_picks: int,
    max_picks: int,
    wanted: set[int],
) -> dict[str, list[str]]:
    """What is wrong with a vote's settings, field by field."""
    errors: dict[str, list[str]] = {}

    def refuse(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    for field, moment in (("opens_at", opens_at), ("closes_at", closes_at)):
        if moment is None or timezone.is_naive(moment):
            refuse(field, _("Give a date and a time with its time zone."))
    if not errors and closes_at <= opens_at:
        refuse("closes_at", _("The vote closes after it opens."))
    if not errors and closes_at <= timezone.now():
        refuse("closes_at", _("The closing time is in the past."))
    found = {
        c.pk: c
        for c in Candidacy.objects.filter(pk__in=wanted).only("pk", "edition_id", "state", "title")
    }
    if not wanted:
        refuse("candidacies", _("Put at least one candidacy on the ballot."))
    elsewhere = [pk for pk in wanted if pk not in found or found[pk].edition_id != edition.pk]
    if elsewhere:
        refuse("candidacies", _("Some of these candidacies are not in this edition."))
    current = set(vote.candidacies.values_list("pk", flat=True)) if vote else set()
    # One already on the ballot may stay there whatever became of it (the list is frozen once
    # the vote opens, and a withdrawn candidacy simply drops out of it).
    undecided = [
        c for c in found.values() if c.state not in ON_BALLOT_STATES and c.pk not in current
    ]
    if undecided and not elsewhere:
        refuse(
            "candidacies",
            _("Only shortlisted candidacies go on the ballot; these are not: %(titles)s.")
            % {"titles": ", ".join(str(c) for c in undecided)},
        )
    if min_picks is None or min_picks < 1:
        refuse("min_picks", _("Voters pick at least one candidacy."))
    elif max_picks is None or max_picks < min_picks:
        refuse("max_picks", _("The most picks is at least the fewest."))
    elif wanted and max_picks > len(wanted):
        refuse(
            "max_picks",
            ngettext(
                "There is only %(n)d candidacy on the ballot.",
                "There are only %(n)d candidacies on the ballot.",
                len(wanted),
            )
            % {"n": len(wanted)},
        )
    if vote is None:
        return errors
    cast = vote.ballots.exists()
    frozen = frozen_settings(vote, cast=cast)
    if vote.is_closed:
        errors.clear()
        refuse("closes_at", _("The vote has closed; it cannot be reopened."))
        return errors
    reason = (
        _("Ballots have been cast: this can no longer change.")
        if cast
        else _("The vote has opened and announced its ballot: this can no longer change.")
    )
    # Only what the caller may change is compared: a frozen setting sent back as it is stored
    # passes, whatever the page's precision.
    for field, old, new in (
        ("opens_at", vote.opens_at, opens_at),
        ("min_picks", vote.min_picks, min_picks),
        ("max_picks", vote.max_picks, max_picks),
        ("candidacies", current, wanted),
    ):
        if field in frozen and old != new:
            errors[field] = [reason]
    if cast and closes_at is not None and closes_at < vote.closes_at:
        refuse("closes_at", _("Ballots have been cast: the vote may only be extended."))
    return errors


# Casting ------------------------------------------------------------------------------------------


def parse_throttle(value: Any) -> tuple[int, int] | None:
    """PALMARES_VOTE_THROTTLE read as (attempts, seconds): ``"10/minute"`` is (10, 60); the
    period is a second, minute, hour or day (``s``, ``sec``, ``min``, ``h``… and plurals
    too). None for ``off``. ValueError for anything else."""
    text = str(value if value is not None else "off").strip().lower()
    if text in {"off", "none", ""}:
        return None
    attempts, slash, period = text.partition("/")
    period = period.strip()
    if period not in PERIODS and period.endswith("s") and period[:-1] in PERIODS:
        period = period[:-1]
    try:
        limit = int(attempts.strip())
    except ValueError:
        limit = 0
    if not slash or period not in PERIODS or limit < 1:
        raise ValueError(
            f'PALMARES_VOTE_THROTTLE reads like "10/minute" (a whole number of attempts, at '
            f'least 1, per second, minute, hour or day) or "off", not {value!r}.'
        )
    return limit, PERIODS[period]


def throttle_rate() -> tuple[int, int] | None:
    """The setting PALMARES_VOTE_THROTTLE as (attempts, seconds), or None when it is off.

    A value that cannot be read is reported by the system check (awards/checks.py) at start;
    should the server run anyway, the default applies rather than refusing every ballot."""
    try:
        return parse_throttle(getattr(settings, "PALMARES_VOTE_THROTTLE", "10/minute"))
    except ValueError:
        logger.error("PALMARES_VOTE_THROTTLE cannot be read; using 10/minute")
        return DEFAULT_THROTTLE


def throttle(origin: str) -> None:
    """Counts a cast attempt from this origin in Django's cache; refuses past the limit.

    A fixed window per origin: cheap, and good enough to stop a script hammering the form.
    The cache is per process unless CACHES points at a shared one (see docs/vote.md).
    """
    rate = throttle_rate()
    if rate is None:
        return
    limit, seconds = rate
    now = time.time()
    key = f"palmares:vote-throttle:{origin}:{int(now // seconds)}"
    cache.add(key, 0, timeout=seconds + 1)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds + 1)
        attempts = 1
    if attempts > limit:
        raise BallotThrottled(retry_after=max(1, int(seconds - now % seconds)))


def pick_ids(picks: Iterable[Any]) -> list[int]:
    ids = []
    for pick in picks:
        try:
            ids.append(pick.pk if isinstance(pick, Candidacy) else int(pick))
        except (TypeError, ValueError) as error:
            raise BallotInvalid(
                [_("Unknown candidacy.")], field_errors={"picks": [_("Unknown candidacy.")]}
            ) from error
    return ids


def check_picks(vote: PublicVote, ids: list[int]) -> None:
    problems = []
    if len(set(ids)) != len(ids):
        problems.append(_("Pick each candidacy once."))
    on_ballot = set(vote_queries.candidacies_on_ballot(vote).values_list("pk", flat=True))
    if set(ids) - on_ballot:
        problems.append(_("Pick only candidacies on this ballot."))
    count = len(set(ids))
    if count < vote.min_picks or count > vote.max_picks:
        problems.append(
            _("Pick between %(min)d and %(max)d candidacies.")
            % {"min": vote.min_picks, "max": vote.max_picks}
            if vote.min_picks != vote.max_picks
            else ngettext("Pick %(n)d candidacy.", "Pick %(n)d candidacies.", vote.min_picks)
            % {"n": vote.min_picks}
        )
    if problems:
        raise BallotInvalid(problems, field_errors={"picks": problems})


def cast_ballot(
    vote: PublicVote, *, voter: Any, picks: Iterable[Any], origin_address: str
) -> Ballot:
    """Casts the voter's ballot, or refuses it whole.

    The voter is signed in with a verified e-mail address, votes once, within the window on
    the server's clock, for between the vote's fewest and most candidacies on its ballot.
    Side effects, in order: the attempt counted against the origin's limit, whatever comes of
    it (BallotThrottled past it); the ballot and its picks, with the origin and the normalised
    mailbox as keyed hashes and the voter's mail domain; the checks of
    ``awards.services.vote_bursts``, which may flag it and other ballots of the same group
    (flagged ballots do not count until the secretariat accepts them).
    """
    origin = origin_hash(vote, origin_address)
    throttle(origin)
    if not voter.is_authenticated:
        raise PermissionDenied(_("Sign in to vote."))
    address = vote_queries.verified_address(voter)
    if address is None:
        raise PermissionDenied(
            _("Verify your e-mail address before you vote: open the link we sent you.")
        )
    now = timezone.now()
    if now < vote.opens_at:
        raise TransitionRefused(
            [_("The vote opens on %(when)s.") % {"when": when(vote.opens_at, vote.edition)}]
        )
    if now >= vote.closes_at:
        raise TransitionRefused(
            [_("The vote closed on %(when)s.") % {"when": when(vote.closes_at, vote.edition)}]
        )
    already = _("You have already voted in this edition; a ballot cannot be changed.")
    if vote.ballots.filter(voter=voter).exists():
        raise TransitionRefused([already])
    ids = pick_ids(picks)
    check_picks(vote, ids)
    try:
        with transaction.atomic():
            ballot = Ballot.objects.create(
                vote=vote,
                voter=voter,
                cast_at=now,
                origin=origin,
                domain=address.rpartition("@")[2].lower()[:200],
                mailbox=mailbox_hash(vote, address),
            )
            ballot.picks.set(ids)
            # The rules as they are now: a change of the vote's settings committed while this
            # ballot was being checked (see set_up_vote) is read again here.
            check_picks(PublicVote.objects.get(pk=vote.pk), ids)
            flag_bursts(ballot, voter)
    except IntegrityError as error:
        # Two submits of the same account at once: the database's unique constraint lets one
        # through; the other is told, not shown an error page.
        if vote.ballots.filter(voter=voter).exists():
            raise TransitionRefused([already]) from error
        raise
    ballot.refresh_from_db()
    return ballot


def refresh_flags(vote: PublicVote) -> None:
    """The checks over the whole vote, before its ballots are listed or counted, while the
    count is still open (once the community mention is given, nothing changes any more)."""
    if vote.counted_at is None:
        with transaction.atomic():
            recheck_bursts(vote)


# Reviewing ----------------------------------------------------------------------------------------


def flagged_ballots(vote: PublicVote, *, user: Any) -> QuerySet[Ballot]:
    """The vote's flagged ballots, waiting ones first: the secretariat's review list, after
    the checks over the whole vote (so a burst sent in parallel is in it)."""
    require_manager(user, vote)
    refresh_flags(vote)
    return (
        vote.ballots.filter(flagged=True)
        .select_related("voter", "reviewed_by")
        .prefetch_related("picks")
        .order_by(F("reviewed_at").asc(nulls_first=True), "cast_at", "pk")
    )


def review_ballots(
    vote: PublicVote, *, by: Any, ballot_ids: Iterable[int], accept: bool
) -> list[Ballot]:
    """Accepts (they count) or rejects (they don't) flagged ballots of the vote.

    A review may be changed until the community mention is given. Side effects: each ballot's
    ``counts``, ``reviewed_by`` and ``reviewed_at``.
    """
    require_manager(by, vote)
    ids = {int(pk) for pk in ballot_ids}
    if not ids:
        message = _("Choose the ballots to review.")
        raise TransitionRefused([message], field_errors={"ballots": [message]})
    with transaction.atomic():
        # Locked, so a review and the mention (which reads the reviews) never cross.
        vote = PublicVote.objects.select_for_update().get(pk=vote.pk)
        if vote.community_candidacy_id:
            raise TransitionRefused(
                [_("The community mention has been given: the count is closed.")]
            )
        found = vote.ballots.select_for_update().filter(pk__in=ids, flagged=True)
        if len(found) != len(ids):
            message = _("Only the flagged ballots of this vote are reviewed.")
            raise TransitionRefused([message], field_errors={"ballots": [message]})
        vote.ballots.filter(pk__in=ids).update(
            counts=accept, reviewed_by=by, reviewed_at=timezone.now()
        )
    return list(vote.ballots.filter(pk__in=ids).order_by("pk"))


# Counting -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TallyRow:
    candidacy: Candidacy
    votes: int
    rank: int
    tied: bool


@dataclass(frozen=True)
class Tally:
    """The totals of ballots, and the votes per candidacy (``rows``: None when the reader may
    see the totals only, the secretariat while the vote is open)."""

    vote: PublicVote
    rows: list[TallyRow] | None
    cast: int
    counted: int
    waiting: int
    rejected: int

    @property
    def leaders(self) -> list[TallyRow]:
        """The most voted candidacies (several when tied), none while nothing counts."""
        return [row for row in self.rows or [] if row.rank == 1 and row.votes > 0]


def ballot_totals(vote: PublicVote) -> dict[str, int]:
    """How many ballots were cast, count, wait for review, and were left out."""
    return vote.ballots.aggregate(
        cast=Count("pk"),
        counted=Count("pk", filter=Q(counts=True)),
        waiting=Count("pk", filter=Q(flagged=True, reviewed_at__isnull=True)),
        rejected=Count("pk", filter=Q(counts=False, reviewed_at__isnull=False)),
    )


def count(vote: PublicVote, *, rows: bool = True) -> Tally:
    """Votes per candidacy on the ballot from the ballots that count (not flagged, or
    accepted), ranked, ties sharing a rank (1, 2, 2, 4); and the totals. One query for the
    rows, one for the totals. No permission asked: callers ask first."""
    ranked = None
    if rows:
        picks = (
            Ballot.picks.through.objects.filter(
                candidacy=OuterRef("pk"), ballot__vote=vote, ballot__counts=True
            )
            .order_by()
            .values("candidacy")
            .annotate(n=Count("pk"))
            .values("n")
        )
        candidacies = list(
            vote_queries.candidacies_on_ballot(vote)
            .annotate(votes=Coalesce(Subquery(picks), 0))
            .order_by("-votes", "reference_number", "pk")
        )
        ranked = []
        for candidacy in candidacies:
            ahead = sum(1 for other in candidacies if other.votes > candidacy.votes)
            tied = sum(1 for other in candidacies if other.votes == candidacy.votes) > 1
            ranked.append(TallyRow(candidacy, candidacy.votes, ahead + 1, tied))
    totals = ballot_totals(vote)
    return Tally(
        vote=vote,
        rows=ranked,
        cast=totals["cast"],
        counted=totals["counted"],
        waiting=totals["waiting"],
        rejected=totals["rejected"],
    )


def tally(vote: PublicVote, *, user: Any) -> Tally:
    """The vote's count as ``user`` may read it.

    The secretariat: the totals at any time, the votes per candidacy once the vote has closed
    (never while it is open: counts seen during the vote would sway it). Everyone else: both
    once the vote has closed and the edition's results are published (before, the counts
    would give away the embargoed community mention), PermissionDenied before.

    Before counting, while the count is open, the checks over the whole vote run again
    (:func:`refresh_flags`), so a burst sent in parallel is flagged rather than counted.
    """
    managed = vote_queries.manages(user, vote)
    visible = vote_queries.may_see_counts(vote, user, managed=managed)
    if not (managed or visible):
        raise PermissionDenied(
            _("The counts stay hidden until the vote closes and the results are published.")
        )
    refresh_flags(vote)
    return count(vote, rows=visible)


# The community mention ----------------------------------------------------------------------------


def give_community_mention(
    vote: PublicVote,
    *,
    by: Any,
    name: str | None = None,
    candidacy: Candidacy | int | None = None,
) -> PublicVote:
    """Gives the most-voted candidacy the community mention, once the vote has closed and no
    flagged ballot waits for review.

    A tie is refused with the tied candidacies named, unless ``candidacy`` (one of them, or its
    id) says which the secretariat chose. The mention is the vote's alone: the candidacy's
    state and the jury's decisions are untouched (the jury may still make the public's
    favourite a winner or a finalist). It is embargoed until the edition's results are
    published. Side effects, in order: the checks over the whole vote
    (:func:`refresh_flags`, which may flag ballots and so refuse the mention until they are
    reviewed); the vote's ``community_candidacy``, ``community_mention`` and ``counted_at``,
    after which reviews no longer change.
    """
    require_manager(by, vote)
    try:
        chosen_id = candidacy.pk if isinstance(candidacy, Candidacy) else candidacy
        chosen_id = int(chosen_id) if chosen_id is not None else None
    except (TypeError, ValueError) as error:
        message = _("Choose one of the most-voted candidacies.")
        raise TransitionRefused([message], field_errors={"candidacy": [message]}) from error
    name = (name or "").strip() or _("Community mention")
    if not vote.is_closed:
        raise TransitionRefused(
            [
                _("The vote closes on %(when)s; the mention comes after.")
                % {"when": when(vote.closes_at, vote.edition)}
            ]
        )
    with transaction.atomic():
        vote = PublicVote.objects.select_for_update().select_related("edition").get(pk=vote.pk)
        if vote.community_candidacy_id:
            raise TransitionRefused([_("The community mention has already been given.")])
        recheck_bursts(vote)
        result = count(vote)
        if result.waiting:
            raise TransitionRefused(
                [
                    ngettext(
                        "%(n)d flagged ballot waits for your review; review it first.",
                        "%(n)d flagged ballots wait for your review; review them first.",
                        result.waiting,
                    )
                    % {"n": result.waiting}
                ]
            )
        leaders = result.leaders
        if not leaders:
            raise TransitionRefused([_("No ballot counts: there is no most-voted candidacy.")])
        if chosen_id is not None:
            chosen = next((row.candidacy for row in leaders if row.candidacy.pk == chosen_id), None)
            if chosen is None:
                message = _("Choose one of the most-voted candidacies.")
                raise TransitionRefused([message], field_errors={"candidacy": [message]})
        elif len(leaders) > 1:
            raise TransitionRefused(
                [
                    _("Tied with %(votes)d votes each: %(titles)s. Choose one of them.")
                    % {
                        "votes": leaders[0].votes,
                        "titles": "; ".join(str(row.candidacy) for row in leaders),
                    }
                ],
                field_errors={"candidacy": [_("Tied: choose one of the most-voted candidacies.")]},
            )
        else:
            chosen = leaders[0].candidacy
        vote.community_candidacy = chosen
        vote.community_mention = name[:200]
        vote.counted_at = timezone.now()
        vote.save(update_fields=["community_candidacy", "community_mention", "counted_at"])
    return vote
