"""Watching a public vote for ballot stuffing: the checks that flag ballots for the
secretariat's review, when a ballot is cast and again over the whole vote before counting.

A flagged ballot is stored and does not count until the secretariat accepts it. Two kinds of
check:

- **bursts**, within a sliding window of ``BURST_WINDOW``: many ballots from one address, or
  one organisation's mail domain, or many new accounts from one address;
- **over the whole vote**, which spacing the ballots out does not dodge: many new accounts from
  one address, one organisation's mail domain holding a large share of the vote, and two
  accounts on one mailbox (``ana.maria+vote@gmail.com`` and ``anamaria@gmail.com``).

Addresses are compared as keyed hashes: an IPv4 address whole, an IPv6 address by its /64
network (one household or one machine gets a whole /64 and may rotate within it at will).
Mailboxes are compared normalised: lower case, without a ``+tag``, and without the dots of the
local part on Gmail, which ignores them.

:func:`recheck_bursts` runs the same checks over the whole vote: ballots sent in parallel each
see only the ballots committed before them, so a burst sent at once may slip past the checks
made at each cast; the recheck before counting catches it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
from collections.abc import Iterable
from itertools import groupby
from operator import itemgetter
from typing import Any

from django.conf import settings
from django.db.models import Case, Count, F, QuerySet, Value, When
from django.db.models.functions import Concat
from django.utils.translation import gettext_lazy

from awards.models import Ballot, PublicVote

# Bursts are judged over a sliding window: long enough to catch a script that pauses between
# ballots, short enough that a family or an office voting over a day does not look like one.
BURST_WINDOW = dt.timedelta(minutes=10)
# Ballots from one address (kept as a keyed hash) within the window: a household or a small
# office stays under it, a script on one machine does not.
SAME_ORIGIN_BURST = 5
# Ballots from one organisation's mail domain within the window: higher, because a city hall
# rallying its staff is legitimate and common; a mass of made-up addresses on one domain is not.
SAME_DOMAIN_BURST = 20
# A "new" account was created less than an hour before its ballot: signed up in order to vote.
# Many honest voters do that too, so a new account alone is never flagged; many of them from
# one address is the usual shape of ballot stuffing (register in bulk, vote at once).
NEW_ACCOUNT_AGE = dt.timedelta(hours=1)
NEW_ACCOUNTS_BURST = 3
# Over the whole vote, new accounts from one address: a script that waits between ballots
# dodges the window, not this. A household, or a few colleagues behind one office address,
# stays under it over a vote of a few weeks; a busy shared address (a university, a mobile
# operator's NAT) may reach it, and its ballots then wait for review rather than count unseen.
NEW_ACCOUNTS_PER_ORIGIN = 10
# Over the whole vote, one organisation's mail domain (never a public webmail): flagged when it
# holds at least DOMAIN_SHARE_PERCENT of the vote's ballots and at least DOMAIN_SHARE_FLOOR.
# A share, because what matters is how much one domain weighs on the outcome: 30 colleagues
# are nothing in a vote of 5,000 and most of a vote of 60. The floor keeps a small vote's
# handful of colleagues out of the review. A domain of made-up addresses (a catch-all
# mailbox) trickled over days shows here.
DOMAIN_SHARE_PERCENT = 10
DOMAIN_SHARE_FLOOR = 30
# Public webmail: thousands of unrelated people share these, so a burst on one says nothing.
WEBMAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.fr",
        "hotmail.es",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "yahoo.es",
        "yahoo.com.br",
        "proton.me",
        "protonmail.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "gmx.com",
        "gmx.de",
        "orange.fr",
        "free.fr",
        "uol.com.br",
        "bol.com.br",
    }
)
# Gmail ignores dots in the local part: a.n.a@gmail.com is ana@gmail.com's mailbox.
GMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com"})

# Why a ballot is flagged, stored as stable codes (the reader's language may differ from the
# voter's), comma-separated; shown in words by :func:`flag_reasons`.
SAME_ORIGIN = "same-origin"
SAME_DOMAIN = "same-domain"
NEW_ACCOUNTS = "new-accounts"
ORIGIN_SIGNUPS = "origin-signups"
DOMAIN_SHARE_CODE = "domain-share"
SAME_MAILBOX = "same-mailbox"
FLAG_WORDS = {
    SAME_ORIGIN: gettext_lazy(
        "%(n)d or more ballots from the same address within %(minutes)d minutes"
    ),
    SAME_DOMAIN: gettext_lazy(
        "%(n)d or more ballots from the same e-mail domain within %(minutes)d minutes"
    ),
    NEW_ACCOUNTS: gettext_lazy(
        "%(n)d or more accounts created just before voting, from the same address within "
        "%(minutes)d minutes"
    ),
    ORIGIN_SIGNUPS: gettext_lazy(
        "%(n)d or more accounts created just before voting, from the same address over the "
        "whole vote"
    ),
    DOMAIN_SHARE_CODE: gettext_lazy(
        "%(n)d or more ballots, and %(percent)d%% or more of the vote, from the same e-mail domain"
    ),
    SAME_MAILBOX: gettext_lazy(
        "the same mailbox as another ballot (an alias: a +tag, or dots on Gmail)"
    ),
}
FLAG_THRESHOLDS = {
    SAME_ORIGIN: SAME_ORIGIN_BURST,
    SAME_DOMAIN: SAME_DOMAIN_BURST,
    NEW_ACCOUNTS: NEW_ACCOUNTS_BURST,
    ORIGIN_SIGNUPS: NEW_ACCOUNTS_PER_ORIGIN,
    DOMAIN_SHARE_CODE: DOMAIN_SHARE_FLOOR,
    SAME_MAILBOX: 2,
}

# Ids per statement when flagging: under SQLite's limit of bound parameters.
CHUNK = 500


# Keyed hashes -----------------------------------------------------------------------------------


def keyed_hash(vote: PublicVote, text: str) -> str:
    """HMAC-SHA256 with the server's secret and the edition's own key: the same text gives the
    same hash within one edition, cannot be read back, nor followed across editions."""
    key = (settings.SECRET_KEY + vote.edition.pseudonym_key).encode()
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def origin_key(address: str) -> str:
    """What identifies a client's origin: an IPv4 address whole, an IPv6 address by its /64
    network (a single subscriber's, within which it may pick any address)."""
    text = (address or "").strip()
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return text or "unknown"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def origin_hash(vote: PublicVote, address: str) -> str:
    """The client's origin (see :func:`origin_key`) as a keyed hash."""
    return keyed_hash(vote, origin_key(address))


def normalised_mailbox(address: str) -> str:
    """The mailbox an address delivers to: lower case, without a ``+tag`` (on any domain),
    without dots in the local part on Gmail (gmail.com and googlemail.com are one)."""
    local, at, domain = (address or "").strip().lower().rpartition("@")
    if not at:
        return domain
    local = local.split("+", 1)[0] or local
    if domain in GMAIL_DOMAINS:
        local, domain = local.replace(".", "") or local, "gmail.com"
    return f"{local}@{domain}"


def mailbox_hash(vote: PublicVote, address: str) -> str:
    return keyed_hash(vote, normalised_mailbox(address))


# Flagging ---------------------------------------------------------------------------------------


def new_account_ballots(ballots: QuerySet[Ballot]) -> QuerySet[Ballot]:
    """Ballots whose voter's account was created less than NEW_ACCOUNT_AGE before they voted."""
    return ballots.filter(voter__date_joined__gte=F("cast_at") - NEW_ACCOUNT_AGE)


def flag(ballots: QuerySet[Ballot], code: str) -> int:
    """Flags the unreviewed ballots with ``code`` added to their reasons; they stop counting.

    Ballots the secretariat has reviewed keep its verdict.
    """
    padded = Concat(Value(","), F("flag_reason"), Value(","))
    pending = (
        ballots.filter(reviewed_at__isnull=True)
        .alias(padded=padded)
        .exclude(padded__contains=f",{code},")
    )
    # Locked in the order of their ids first: two bursts flagged at once then wait for each
    # other in line, never in a circle (a deadlock would refuse a good ballot).
    # Only the ballots' rows: a check may join the voters, whose rows are not ours to lock.
    ids = list(pending.order_by("pk").select_for_update(of=("self",)).values_list("pk", flat=True))
    done = 0
    for start in range(0, len(ids), CHUNK):
        done += (
            Ballot.objects.filter(pk__in=ids[start : start + CHUNK])
            .alias(padded=padded)
            .exclude(padded__contains=f",{code},")
            .update(
                flagged=True,
                counts=False,
                flag_reason=Case(
                    When(flag_reason="", then=Value(code)),
                    default=Concat(F("flag_reason"), Value(","), Value(code)),
                ),
            )
        )
    return done


def flag_bursts(ballot: Ballot, voter: Any) -> None:
    """The checks made when ``ballot`` is cast, on the groups it belongs to: its address, its
    mail domain and its mailbox. Flags it and the other ballots of each group found suspect."""
    vote = ballot.vote
    ballots = vote.ballots.all()
    since = ballot.cast_at - BURST_WINDOW
    recent = ballots.filter(cast_at__gte=since, cast_at__lte=ballot.cast_at)
    from_origin = ballots.filter(origin=ballot.origin)
    checks = [(SAME_ORIGIN, recent.filter(origin=ballot.origin), SAME_ORIGIN_BURST)]
    if voter.date_joined >= ballot.cast_at - NEW_ACCOUNT_AGE:
        fresh = new_account_ballots(from_origin)
        checks.append((NEW_ACCOUNTS, fresh.filter(cast_at__gte=since), NEW_ACCOUNTS_BURST))
        checks.append((ORIGIN_SIGNUPS, fresh, NEW_ACCOUNTS_PER_ORIGIN))
    if ballot.domain not in WEBMAIL_DOMAINS:
        checks.append((SAME_DOMAIN, recent.filter(domain=ballot.domain), SAME_DOMAIN_BURST))
        same_domain = ballots.filter(domain=ballot.domain)
        checks.append((DOMAIN_SHARE_CODE, same_domain, domain_share_bar(ballots.count())))
    if ballot.mailbox:
        checks.append((SAME_MAILBOX, ballots.filter(mailbox=ballot.mailbox), 2))
    for code, group, bar in checks:
        if group.count() >= bar:
            flag(group, code)


def domain_share_bar(cast: int) -> int:
    """From how many ballots one organisation's domain is flagged, in a vote of ``cast``
    ballots: DOMAIN_SHARE_PERCENT of them (rounded up), and never fewer than
    DOMAIN_SHARE_FLOOR."""
    return max(DOMAIN_SHARE_FLOOR, -(-cast * DOMAIN_SHARE_PERCENT // 100))


def recheck_bursts(vote: PublicVote) -> int:
    """Runs every check over the whole vote, as if each ballot had been cast after all the
    others; returns how many ballots it flagged.

    Catches the bursts that slipped past the checks at each cast because their ballots were
    cast at the same moment. Run before counting (the secretariat's reads of the tally, the
    community mention). Idempotent; reviewed ballots keep their verdict.
    """
    ballots = vote.ballots.all()
    fresh = new_account_ballots(ballots)
    organisations = ballots.exclude(domain__in=WEBMAIL_DOMAINS)
    flagged = 0
    for code, field, group, size in (
        (SAME_ORIGIN, "origin", ballots, SAME_ORIGIN_BURST),
        (NEW_ACCOUNTS, "origin", fresh, NEW_ACCOUNTS_BURST),
        (SAME_DOMAIN, "domain", organisations, SAME_DOMAIN_BURST),
    ):
        # Only groups large enough over the whole vote can hold a burst: they alone are read.
        large = crowded(group, field, size)
        rows = (
            group.filter(**{f"{field}__in": large})
            .order_by(field, "cast_at", "pk")
            .values_list("pk", field, "cast_at")
        )
        ids = in_bursts(rows, size, BURST_WINDOW)
        for start in range(0, len(ids), CHUNK):
            flagged += flag(Ballot.objects.filter(pk__in=ids[start : start + CHUNK]), code)
    bar = domain_share_bar(ballots.count())
    for code, field, group, size in (
        (ORIGIN_SIGNUPS, "origin", fresh, NEW_ACCOUNTS_PER_ORIGIN),
        (DOMAIN_SHARE_CODE, "domain", organisations, bar),
        (SAME_MAILBOX, "mailbox", ballots.exclude(mailbox=""), 2),
    ):
        flagged += flag(group.filter(**{f"{field}__in": crowded(group, field, size)}), code)
    return flagged


def crowded(ballots: QuerySet[Ballot], field: str, size: int) -> QuerySet[Any]:
    """The values of ``field`` shared by at least ``size`` of these ballots (a subquery)."""
    return (
        ballots.order_by().values(field).annotate(n=Count("pk")).filter(n__gte=size).values(field)
    )


def in_bursts(
    rows: Iterable[tuple[int, str, dt.datetime]], size: int, window: dt.timedelta
) -> list[int]:
    """The ids of the rows that belong to a burst: ``size`` or more rows of one group within
    ``window``. Rows come sorted by group, then time."""
    found: list[int] = []
    for _key, group in groupby(rows, key=itemgetter(1)):
        found.extend(sliding([(pk, moment) for pk, _key, moment in group], size, window))
    return found


def sliding(group: list[tuple[int, dt.datetime]], size: int, window: dt.timedelta) -> list[int]:
    """Within one group sorted by time, the ids of every run of ``size`` or more rows that
    fit in ``window`` (the first and the last at most ``window`` apart)."""
    marked: list[int] = []
    first = 0
    done = 0  # rows before this index are already marked
    for last in range(len(group)):
        while group[last][1] - group[first][1] > window:
            first += 1
        if last - first + 1 >= size:
            marked.extend(pk for pk, _moment in group[max(first, done) : last + 1])
            done = last + 1
    return marked


def flag_reasons(ballot: Ballot) -> list[str]:
    """Why the ballot is flagged, in words."""
    minutes = int(BURST_WINDOW.total_seconds() // 60)
    return [
        str(FLAG_WORDS[code])
        % {"n": FLAG_THRESHOLDS[code], "minutes": minutes, "percent": DOMAIN_SHARE_PERCENT}
        for code in ballot.flag_reason.split(",")
        if code in FLAG_WORDS
    ]


def flag_codes(ballot: Ballot) -> list[str]:
    return [code for code in ballot.flag_reason.split(",") if code in FLAG_WORDS]
