"""The transitions of editions and candidacies, with the side effects of each.

Every surface (pages, API, admin, management commands, the demo seed) calls these functions.
Each runs in one transaction; mail leaves only once it has committed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from awards import tasks
from awards.enums import CandidacyState, EditionState
from awards.models import Candidacy, Edition, TransitionRecord
from awards.transitions import TransitionRefused, run_transition


def mail_on_commit(candidacy: Candidacy, template: str, note: str = "") -> None:
    transaction.on_commit(partial(tasks.send_candidacy_mail.enqueue, candidacy.pk, template, note))


# Editions --------------------------------------------------------------------------------------


def open_call(edition: Edition, *, by: Any, note: str = "") -> TransitionRecord:
    """Opens the call now. Side effects: the record."""
    return run_transition(edition, "open_call", by=by, note=note)


def close_call(edition: Edition, *, by: Any | None, note: str = "") -> TransitionRecord:
    """Closes the call (by the secretariat, or by Palmares when ``by`` is None).

    Side effects: the record; a call closed early keeps its actual closing time.
    """
    return run_transition(edition, "close_call", by=by, note=note)


def close_due_calls() -> list[Edition]:
    """Closes every open call whose deadline has passed, as Palmares itself. Returns them."""
    due = Edition.objects.filter(state=EditionState.CALL_OPEN, call_closes_at__lte=timezone.now())
    closed = []
    for edition in due:
        close_call(edition, by=None, note=_("The deadline passed."))
        closed.append(edition)
    return closed


def start_evaluation(edition: Edition, *, by: Any, note: str = "") -> TransitionRecord:
    """Ends screening and starts the evaluation.

    Side effects, in order: the edition's record; every eligible candidacy enters the
    evaluation, each with its own record.
    """
    with transaction.atomic():
        record = run_transition(edition, "start_evaluation", by=by, note=note)
        eligible = edition.candidacies.filter(state=CandidacyState.ELIGIBLE).select_related(
            "edition"
        )
        for candidacy in eligible:
            run_transition(candidacy, "enter_evaluation", by=by)
    return record


def start_deliberation(edition: Edition, *, by: Any, note: str = "") -> TransitionRecord:
    """Side effects: the record."""
    return run_transition(edition, "start_deliberation", by=by, note=note)


def publish_results(edition: Edition, *, by: Any, note: str = "") -> TransitionRecord:
    """Publishes the results: decisions become visible to applicants and the public.

    Side effects, in order: the record; every unsent result mail written again from what is
    stored now (a language, a prize share or the feedback setting may have changed since the
    decision); after commit, the outbox sent in the background.
    """
    from awards.services.decisions import prepare_result_mail

    with transaction.atomic():
        record = run_transition(edition, "publish", by=by, note=note)
        decided = edition.candidacies.filter(state__in=CandidacyState.final_decisions()).exclude(
            outbox__sent_at__isnull=False
        )
        for candidacy in decided.select_related("edition", "organisation"):
            prepare_result_mail(candidacy)
        transaction.on_commit(partial(tasks.send_result_mails.enqueue, edition.pk))
    return record


def archive_edition(edition: Edition, *, by: Any, note: str = "") -> TransitionRecord:
    """Side effects: the record."""
    return run_transition(edition, "archive", by=by, note=note)


# Candidacies -----------------------------------------------------------------------------------


def next_reference(edition: Edition) -> tuple[int, str]:
    """The next reference number of the edition, such as (42, "IOPD-2026-0042").

    Locks the edition's row until the transaction ends, so that two submissions at the same
    moment never take the same number (the unique constraint is the last line of defence).
    """
    Edition.objects.select_for_update().filter(pk=edition.pk).exists()
    last = edition.candidacies.aggregate(last=Max("reference_number"))["last"] or 0
    number = last + 1
    return number, f"{edition.code}-{edition.year}-{number:04d}"


def submit_candidacy(candidacy: Candidacy, *, by: Any, note: str = "") -> TransitionRecord:
    """Submits a draft, or resubmits a candidacy returned for clarification.

    Side effects, in order: on first submission, a reference number; the record; after
    commit, an acknowledgement mail with the reference in the application's language.
    """
    with transaction.atomic():
        if candidacy.reference_number is None:
            number, reference = next_reference(candidacy.edition)
        else:
            number, reference = candidacy.reference_number, candidacy.reference
        record = run_transition(
            candidacy, "submit", by=by, note=note, reference_number=number, reference=reference
        )
        mail_on_commit(candidacy, "acknowledgement")
    return record


def mark_eligible(candidacy: Candidacy, *, by: Any, note: str = "") -> TransitionRecord:
    """Side effects: the record; after commit, a mail telling the applicant."""
    with transaction.atomic():
        record = run_transition(candidacy, "mark_eligible", by=by, note=note)
        mail_on_commit(candidacy, "eligible")
    return record


def mark_ineligible(candidacy: Candidacy, *, by: Any, note: str) -> TransitionRecord:
    """``note`` is the reason. Side effects: the record; after commit, the reason mailed."""
    with transaction.atomic():
        record = run_transition(candidacy, "mark_ineligible", by=by, note=note)
        mail_on_commit(candidacy, "ineligible", record.note)
    return record


def return_for_clarification(candidacy: Candidacy, *, by: Any, note: str) -> TransitionRecord:
    """``note`` is the secretariat's message.

    Side effects: the record; after commit, the message mailed to the applicant, who may edit
    and resubmit until screening ends.
    """
    with transaction.atomic():
        record = run_transition(candidacy, "return_for_clarification", by=by, note=note)
        mail_on_commit(candidacy, "returned", record.note)
    return record


def withdraw_candidacy(candidacy: Candidacy, *, by: Any, note: str = "") -> TransitionRecord:
    """Side effects, in order: the record; a prize the candidacy held shared again among its
    other holders, their waiting result mails rewritten, and its own waiting result mail
    dropped (:func:`awards.services.decisions.give_back_distinctions`); after commit, a
    confirmation mail."""
    from awards.services.decisions import give_back_distinctions

    with transaction.atomic():
        record = run_transition(candidacy, "withdraw", by=by, note=note)
        give_back_distinctions(candidacy)
        mail_on_commit(candidacy, "withdrawn", record.note)
    return record


def decide(candidacy: Candidacy, decision: str, *, by: Any, note: str = "") -> TransitionRecord:
    """Records a jury decision from the edition's latest frozen ranking; see
    :func:`awards.services.decisions.record_decision`. Nothing is mailed before publication.

    The note is the reason, except for a special mention, which it names.
    """
    from awards.services.decisions import record_decision

    if decision == "give_special_mention":
        return record_decision(candidacy, decision, by=by, mention=note).record
    return record_decision(candidacy, decision, by=by, reason=note).record


# One door for the surfaces that offer "the transitions you may do now" (admin, API).

Action = Callable[..., TransitionRecord]

EDITION_ACTIONS: dict[str, Action] = {
    "open_call": open_call,
    "close_call": close_call,
    "start_evaluation": start_evaluation,
    "start_deliberation": start_deliberation,
    "publish": publish_results,
    "archive": archive_edition,
}

CANDIDACY_ACTIONS: dict[str, Action] = {
    "submit": submit_candidacy,
    "mark_eligible": mark_eligible,
    "mark_ineligible": mark_ineligible,
    "return_for_clarification": return_for_clarification,
    "withdraw": withdraw_candidacy,
    **{
        name: partial(decide, decision=name)
        for name in (
            "shortlist",
            "not_select",
            "declare_winner",
            "give_special_mention",
            "make_finalist",
        )
    },
}


def perform(obj: Edition | Candidacy, name: str, *, by: Any, note: str = "") -> TransitionRecord:
    """Runs the service behind the transition ``name`` of an edition or a candidacy."""
    actions = EDITION_ACTIONS if isinstance(obj, Edition) else CANDIDACY_ACTIONS
    action = actions.get(name)
    if action is None:
        raise TransitionRefused([_("Unknown action.")])
    return action(obj, by=by, note=note)
