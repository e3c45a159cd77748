"""Decisions from frozen rankings, prizes shared ex aequo, categories without an award, and
the result mails that wait in the outbox until publication."""

from __future__ import annotations

import io
from collections import defaultdict
from typing import Any

import pandas as pd
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from awards import notifications
from awards.enums import CandidacyState
from awards.models import (
    Candidacy,
    Category,
    Decision,
    Edition,
    NoAward,
    OutboxMessage,
    Prize,
    equal_shares,
)
from awards.transitions import TransitionRefused, run_transition
from reports.models import RankingSnapshot
from reports.ranking import shortlist as shortlist_rows

# Decisions whose result is final: the applicant's result mail is written when they are taken.
FINAL = {
    "not_select": CandidacyState.NOT_SELECTED,
    "declare_winner": CandidacyState.WINNER,
    "give_special_mention": CandidacyState.SPECIAL_MENTION,
    "make_finalist": CandidacyState.FINALIST,
}
DECISIONS = ("shortlist", *FINAL)
# The decisions a prize may go with.
DISTINCTIONS = ("declare_winner", "give_special_mention")


def require_decider(user: Any, edition: Edition) -> None:
    if not user.has_perm("awards.manage_edition", edition):
        raise PermissionDenied(_("Only the edition's secretariat decides."))


def snapshot_ranks(snapshot: RankingSnapshot) -> dict[str, int]:
    table = pd.read_csv(io.StringIO(snapshot.result_csv), dtype={"candidacy": str})
    return dict(zip(table["candidacy"], table["rank"].astype(int), strict=True))


def advancing(snapshot: RankingSnapshot) -> set[str]:
    """The references the edition's shortlist rule lets through, ties at the cut-off included."""
    edition = snapshot.round.edition
    if edition.shortlist_size is None and edition.shortlist_percent is None:
        raise TransitionRefused([_("Set the edition's shortlist rule (top N or top %) first.")])
    table = pd.read_csv(io.StringIO(snapshot.result_csv), dtype={"candidacy": str})
    rows = shortlist_rows(
        table,
        size=edition.shortlist_size,
        percent=None if edition.shortlist_percent is None else float(edition.shortlist_percent),
        cap=edition.shortlist_cap,
    )
    return set(rows["candidacy"])


def apply_shortlist(snapshot: RankingSnapshot, *, by: Any) -> list[Decision]:
    """Shortlists what the rule lets through from a frozen ranking, and not the rest.

    Every candidacy of the round still in evaluation is decided, each decision pointing to the
    snapshot with the candidacy's rank in it. Side effects: the transitions (recorded), the
    decisions, the result mails of those not selected (waiting in the outbox).
    """
    round_ = snapshot.round
    edition = round_.edition
    require_decider(by, edition)
    through = advancing(snapshot)
    ranks = snapshot_ranks(snapshot)
    waiting = edition.candidacies.filter(state=CandidacyState.IN_EVALUATION).order_by(
        "reference_number"
    )
    missing = [c.reference for c in waiting if c.reference not in ranks]
    if missing:
        raise TransitionRefused(
            [
                _("These candidacies are not in the frozen ranking: %(refs)s.")
                % {"refs": ", ".join(missing)}
            ]
        )
    with transaction.atomic():
        return [
            record_decision(
                candidacy,
                "shortlist" if candidacy.reference in through else "not_select",
                by=by,
                snapshot=snapshot,
            )
            for candidacy in waiting
        ]


def latest_snapshot(edition: Edition) -> RankingSnapshot | None:
    """The edition's most recently frozen ranking, which decisions cite unless told otherwise."""
    return (
        RankingSnapshot.objects.filter(round__edition=edition)
        .select_related("round__edition")
        .order_by("-created_at", "-pk")
        .first()
    )


def departs(candidacy: Candidacy, transition: str, snapshot: RankingSnapshot | None) -> bool:
    """A shortlist decision that the snapshot's rule would not have taken, or that no frozen
    ranking supports."""
    if transition not in ("shortlist", "not_select"):
        return False
    if snapshot is None:
        return True
    through = candidacy.reference in advancing(snapshot)
    return through != (transition == "shortlist")


def check_decision(
    candidacy: Candidacy,
    transition: str,
    snapshot: RankingSnapshot | None,
    reason: str,
    mention: str,
    prize: Prize | None,
) -> bool:
    """Refuses a decision that lacks what it needs; returns whether it departs from the ranking."""
    if transition not in DECISIONS:
        raise TransitionRefused([_("Unknown decision.")])
    if snapshot is not None and snapshot.round.edition_id != candidacy.edition_id:
        raise TransitionRefused([_("This frozen ranking belongs to another edition.")])
    if prize is not None and (
        prize.edition_id != candidacy.edition_id or transition not in DISTINCTIONS
    ):
        message = _("A prize goes to a winner or a special mention of its own edition.")
        raise TransitionRefused([message], field_errors={"prize": [message]})
    departure = departs(candidacy, transition, snapshot)
    if departure and not reason.strip():
        message = (
            _("Say why this decision departs from the frozen ranking.")
            if snapshot
            else _("No ranking is frozen yet: say why this decision is taken without one.")
        )
        raise TransitionRefused([message], field_errors={"reason": [message]})
    if transition == "give_special_mention" and not mention.strip():
        message = _("Name the special mention.")
        raise TransitionRefused([message], field_errors={"mention": [message]})
    return departure


def record_decision(
    candidacy: Candidacy,
    transition: str,
    *,
    by: Any,
    snapshot: RankingSnapshot | None = None,
    reason: str = "",
    mention: str = "",
    prize: Prize | None = None,
) -> Decision:
    """Takes a decision on a candidacy, embargoed until the edition publishes its results.

    The decision cites ``snapshot``, or else the edition's latest frozen ranking. A shortlist
    decision that departs from the ranking's rule (or has no ranking behind it) needs a reason;
    a special mention needs a name. Side effects, in order: the transition (recorded); the
    decision, with its snapshot and rank; a prize's shares recomputed among its winners (ex
    aequo); the result mail written into the outbox for a final decision.
    """
    require_decider(by, candidacy.edition)
    snapshot = snapshot or latest_snapshot(candidacy.edition)
    departure = check_decision(candidacy, transition, snapshot, reason, mention, prize)
    with transaction.atomic():
        record = run_transition(candidacy, transition, by=by, note=reason)
        decision = Decision.objects.create(
            candidacy=candidacy,
            transition=transition,
            record=record,
            snapshot=snapshot,
            rank=snapshot_ranks(snapshot).get(candidacy.reference) if snapshot else None,
            mention=mention.strip()[:200],
            prize=prize,
            departs_from_ranking=departure,
            reason=reason.strip(),
            decided_by=by,
        )
        if transition in FINAL:
            prepare_result_mail(candidacy)
        if prize is not None:
            share_prize(prize)
    decision.refresh_from_db()
    return decision


def share_prize(prize: Prize) -> None:
    """Splits the prize equally, to the cent, among the candidacies that hold it now: its
    winners and special mentions still in that state (``publication.prize_holders``; one
    withdrawn since gave its share back). Side effects: each holder's share; the waiting
    result mail of each holder written again with its share (a mail already sent is left)."""
    from awards.publication import prize_holders

    holders = list(prize_holders(prize).select_related("candidacy__outbox"))
    shares = equal_shares(prize.amount, len(holders)) if holders else []
    for decision, share in zip(holders, shares, strict=True):
        Decision.objects.filter(pk=decision.pk).update(prize_share=share)
    for decision in holders:
        outbox = getattr(decision.candidacy, "outbox", None)
        if outbox is None or outbox.sent_at is None:
            prepare_result_mail(decision.candidacy)


def give_back_distinctions(candidacy: Candidacy) -> None:
    """After the candidacy's withdrawal (before publication): the prizes it held are shared
    again among their other holders, and its own waiting result mail is dropped — it would
    announce a result the candidacy no longer has."""
    prizes = Prize.objects.filter(decisions__candidacy=candidacy).distinct()
    for prize in prizes:
        share_prize(prize)
    OutboxMessage.objects.filter(candidacy=candidacy, sent_at__isnull=True).delete()


def declare_no_award(
    edition: Edition, *, reason: str, by: Any, category: Category | None = None
) -> NoAward:
    """The jury gives no award in a category (or in the edition). A reason is required."""
    require_decider(by, edition)
    if not reason.strip():
        message = _("Say why no award is given.")
        raise TransitionRefused([message], field_errors={"reason": [message]})
    if category is not None and category.edition_id != edition.pk:
        raise TransitionRefused([_("This category belongs to another edition.")])
    no_award, _created = NoAward.objects.update_or_create(
        edition=edition, category=category, defaults={"reason": reason.strip(), "decided_by": by}
    )
    return no_award


def prepare_result_mail(candidacy: Candidacy) -> OutboxMessage:
    """Writes (or rewrites) the candidacy's result mail; it leaves at publication."""
    message = notifications.render_result_mail(candidacy)
    outbox, _created = OutboxMessage.objects.update_or_create(
        candidacy=candidacy,
        defaults={
            "to": message.to,
            "language": candidacy.language,
            "subject": message.subject,
            "body": message.body,
            "sent_at": None,
        },
    )
    return outbox


def distinctions(edition: Edition) -> dict[int, list[Decision]]:
    """Each candidacy's latest decisions that carry a distinction (mention name or prize)."""
    found: dict[int, list[Decision]] = defaultdict(list)
    for decision in Decision.objects.filter(candidacy__edition=edition).select_related("prize"):
        if decision.mention or decision.prize_id:
            found[decision.candidacy_id].append(decision)
    return found


def send_result_mails(edition: Edition) -> int:
    """Sends the edition's waiting result mails once it is published; returns how many left.

    Each message is locked, sent and marked in its own transaction, so a second run (a retry,
    a second worker) never sends a mail twice and a failure leaves the rest waiting.
    """
    if not edition.results_are_public:
        return 0
    sent = 0
    waiting = OutboxMessage.objects.filter(candidacy__edition=edition, sent_at__isnull=True)
    for pk in waiting.values_list("pk", flat=True):
        with transaction.atomic():
            message = (
                OutboxMessage.objects.select_for_update()
                .filter(pk=pk, sent_at__isnull=True)
                .first()
            )
            if message is None:
                continue
            notifications.send_outbox_message(message)
            message.sent_at = timezone.now()
            message.save(update_fields=["sent_at"])
            sent += 1
    return sent


def outbox_of(edition: Edition) -> Any:
    """The edition's result mails, waiting or sent, in reference order."""
    return OutboxMessage.objects.filter(candidacy__edition=edition).select_related("candidacy")
