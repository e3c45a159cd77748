"""Pages of the deliberation (docs/deliberation.md): a juror's preferential ballot, the
secretariat's decisions on scores given before a conflict, and the deliberation record. HTTP in
and out only: the rules are in ``evaluation.deliberation`` and ``evaluation.queries``.

The comparison of the ballots with the scores, and the flags on jurors, are the reports app's
(``reports.views``), beside the ranking.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from awards.i18n import LANGUAGE_CODES
from awards.models import Round
from awards.queries import editions_of_secretariat
from awards.transitions import TransitionConflict, TransitionRefused
from evaluation import deliberation, guards, queries
from evaluation.enums import BallotState
from evaluation.forms import BallotForm, DeliberationRecordForm, ReasonForm, ScoreDecisionForm
from evaluation.models import DeliberationRecord, JurorBallot

REFUSALS = (TransitionRefused, TransitionConflict, PermissionDenied)


def refuse(request: HttpRequest, error: Exception) -> None:
    for reason in getattr(error, "reasons", None) or [str(error)]:
        messages.error(request, reason)


def form_refusal(form: Any, error: Exception) -> None:
    """A refusal on the form: on the field it names, else on the whole form."""
    field_errors = getattr(error, "field_errors", None) or {}
    for key, reasons in field_errors.items():
        for reason in reasons:
            form.add_error(key if key in form.fields else None, reason)
    if not field_errors:
        for reason in getattr(error, "reasons", None) or [str(error)]:
            form.add_error(None, reason)


def secretariat_rounds(request: HttpRequest) -> Any:
    """The rounds of the editions whose secretariat the user belongs to: to anyone else
    (award managers included) these pages do not exist."""
    return Round.objects.filter(edition__in=editions_of_secretariat(request.user)).select_related(
        "edition"
    )


# The juror's ballot -----------------------------------------------------------------------------


@login_required
def ballot_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The juror orders the round's finalists: by keyboard or by dragging (ballot.js), or
    with a place number for each (without JavaScript). Equal numbers are a tie."""
    round_ = get_object_or_404(queries.ballot_rounds_of(request.user), pk=pk)
    ballot = deliberation.ballot_for(round_, request.user)
    finalists = queries.ballot_finalists(round_)
    closed = guards.ballot_open_problems(ballot)
    editable = ballot.state == BallotState.DRAFT and not closed
    form = BallotForm(
        request.POST if request.method == "POST" else None,
        finalists=finalists,
        initial=BallotForm.initial_for(ballot, finalists),
    )
    if request.method == "POST":
        if not editable:
            refuse(request, TransitionRefused(closed or [_("This ballot is submitted.")]))
            return redirect("ballot", pk=round_.pk)
        if form.is_valid() and save_or_submit(request, round_, form):
            return redirect("ballot", pk=round_.pk)
    by_id = {c.pk: c for c in finalists}
    return render(
        request,
        "evaluation/ballot.html",
        {
            "round": round_,
            "ballot": ballot,
            "form": form,
            "editable": editable,
            "closed_reasons": closed,
            "places": [[by_id[c] for c in place if c in by_id] for place in ballot.ordering],
            "left_off": [by_id[c] for c in ballot.left_off if c in by_id],
        },
    )


def save_or_submit(request: HttpRequest, round_: Round, form: BallotForm) -> bool:
    """Saves the ballot, then submits it when asked. True when the juror can go on."""
    try:
        ballot = deliberation.save_ballot(
            round_, by=request.user, ordering=form.ordering(), left_off=form.left_off()
        )
        if request.POST.get("action") == "submit":
            deliberation.submit_ballot(ballot, by=request.user)
            messages.success(request, _("Your ballot is submitted. Thank you."))
        else:
            messages.success(request, _("Saved. You can come back to it until you submit it."))
    except REFUSALS as error:
        form_refusal(form, error)
        return False
    return True


# Scores given before a conflict -----------------------------------------------------------------


@login_required
def conflicted_scores_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The round's scorecards submitted before their juror declared a conflict, with the
    secretariat's decision on each: they count, or not, and why."""
    round_ = get_object_or_404(secretariat_rounds(request), pk=pk)
    scorecards = list(queries.conflicted_scorecards([round_]))
    target = request.POST.get("scorecard") if request.method == "POST" else None
    forms = {
        card.pk: ScoreDecisionForm(
            request.POST if str(card.pk) == target else None, prefix=f"s{card.pk}"
        )
        for card in scorecards
    }
    if target is not None:
        card = next((c for c in scorecards if str(c.pk) == target), None)
        if card is None:
            refuse(request, TransitionRefused([_("This scorecard is not in conflict.")]))
            return redirect("round-conflicted-scores", pk=round_.pk)
        form = forms[card.pk]
        if form.is_valid():
            try:
                deliberation.decide_conflicted_score(
                    card,
                    counts=form.cleaned_data["counts"],
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                )
            except REFUSALS as error:
                form_refusal(form, error)
            else:
                messages.success(request, _("The decision is recorded."))
                return redirect("round-conflicted-scores", pk=round_.pk)
    conflicts = queries.conflicts_of(scorecards)
    return render(
        request,
        "evaluation/conflicted_scores.html",
        {
            "round": round_,
            "rows": [(card, conflicts.get(card.pk, []), forms[card.pk]) for card in scorecards],
        },
    )


# The secretariat and the ballots ----------------------------------------------------------------


@login_required
@require_POST
def reopen_ballot(request: HttpRequest, pk: int) -> HttpResponse:
    ballot = get_object_or_404(
        JurorBallot.objects.filter(round__in=secretariat_rounds(request)).select_related(
            "round__edition"
        ),
        pk=pk,
    )
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the ballot is reopened."))
    else:
        try:
            deliberation.reopen_ballot(ballot, by=request.user, note=form.cleaned_data["reason"])
        except REFUSALS as error:
            refuse(request, error)
        else:
            messages.success(request, _("The ballot is open again for its juror."))
    return redirect("round-comparison", pk=ballot.round_id)


# The deliberation record ------------------------------------------------------------------------


@login_required
def record_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The secretariat writes the record, closes it (the ballots are then counted and frozen
    into it), reopens it, and chooses whether the public results page shows it."""
    edition = get_object_or_404(editions_of_secretariat(request.user), pk=pk)
    record = deliberation.record_of(edition, by=request.user)
    jurors = deliberation.present_jurors(edition)
    action = request.POST.get("action") if request.method == "POST" else None
    form = DeliberationRecordForm(
        request.POST if action == "save" else None,
        edition=edition,
        jurors=jurors,
        initial=record_initial(record),
    )
    note_form = ReasonForm(request.POST if action == "reopen" else None)
    if action is not None:
        done = record_action(request, record, action, form, note_form)
        if done:
            return redirect("deliberation-record", pk=edition.pk)
    record = queries.with_record_details(record, public=False)
    return render(
        request,
        "evaluation/record.html",
        {
            "edition": edition,
            "record": record,
            "form": form,
            "note_form": note_form,
            "editable": not guards.record_edit_problems(record),
            "close_problems": guards.record_close_problems(record),
            "ballot_rounds": edition.rounds.filter(preferential_ballots=True).order_by("number"),
            "visible": queries.public_deliberation_record(edition) is not None,
        },
    )


def record_initial(record: DeliberationRecord) -> dict[str, Any]:
    initial = {f"report_{code}": getattr(record, f"report_{code}") for code in LANGUAGE_CODES}
    initial["attendees"] = [str(pk) for pk in record.attendees.values_list("pk", flat=True)]
    initial["other_attendees"] = record.other_attendees
    initial["public"] = record.public
    return initial


def record_action(
    request: HttpRequest,
    record: DeliberationRecord,
    action: str,
    form: DeliberationRecordForm,
    note_form: ReasonForm,
) -> bool:
    """Runs what the secretariat asked; True when done (the page is then shown afresh)."""
    try:
        if action == "save":
            if not form.is_valid():
                return False
            deliberation.save_record(
                record,
                by=request.user,
                reports=form.reports(),
                attendees=form.attendees(),
                other_attendees=form.cleaned_data["other_attendees"],
                public=form.cleaned_data["public"],
            )
            messages.success(request, _("The record is saved."))
        elif action == "close":
            deliberation.close_record(record, by=request.user)
            messages.success(request, _("The record is closed; the ballots are counted into it."))
        elif action == "reopen":
            if not note_form.is_valid():
                return False
            deliberation.reopen_record(
                record, by=request.user, note=note_form.cleaned_data["reason"]
            )
            messages.success(request, _("The record is open again."))
        elif action in ("show", "hide"):
            deliberation.show_record(record, public=action == "show", by=request.user)
            messages.success(request, _("Saved."))
        else:
            return False
    except REFUSALS as error:
        if action == "save" and getattr(error, "field_errors", None):
            form_refusal(form, error)
            return False
        refuse(request, error)
    return True
