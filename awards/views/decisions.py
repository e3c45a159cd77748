"""The secretariat's decisions: the shortlist rule applied to a frozen ranking, each decision
with its reason, prizes and mentions, categories without an award, the result mails waiting
for publication, and publication itself."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from awards import guards, queries, services
from awards.forms import DecisionForm, NoAwardForm
from awards.models import Candidacy, Edition
from awards.services.decisions import advancing, snapshot_ranks
from awards.transitions import TransitionConflict, TransitionRefused, declared_transition
from reports.models import RankingSnapshot

REFUSALS = (TransitionRefused, TransitionConflict, PermissionDenied)


def refuse(form: Any, error: Exception) -> None:
    """Shows a refusal on the form: field errors where the service names a field."""
    for field, reasons in (getattr(error, "field_errors", None) or {}).items():
        for reason in reasons:
            form.add_error(field if field in form.fields else None, reason)
    if not getattr(error, "field_errors", None):
        for reason in getattr(error, "reasons", None) or [str(error)]:
            form.add_error(None, reason)


def decision_choices(candidacy: Candidacy) -> list[tuple[str, str]]:
    names = queries.DECIDABLE.get(candidacy.state, ())
    return [(name, str(declared_transition(candidacy, name).custom["label"])) for name in names]


def chosen_snapshot(request: HttpRequest, edition: Edition) -> RankingSnapshot | None:
    snapshots = RankingSnapshot.objects.filter(round__edition=edition).select_related("round")
    wanted = request.POST.get("snapshot") or request.GET.get("snapshot")
    if wanted:
        if not str(wanted).isdigit():
            raise Http404
        return get_object_or_404(snapshots, pk=wanted)
    return services.latest_snapshot(edition)


def decision_forms(
    request: HttpRequest, edition: Edition, board: list[Candidacy], target: int | None
) -> dict[int, DecisionForm]:
    prizes = list(edition.prizes.all())
    return {
        candidacy.pk: DecisionForm(
            request.POST if candidacy.pk == target else None,
            prefix=f"c{candidacy.pk}",
            choices=decision_choices(candidacy),
            prizes=prizes,
        )
        for candidacy in board
        if candidacy.state in queries.DECIDABLE
    }


def take_decision(
    request: HttpRequest, form: DecisionForm, candidacy: Candidacy, snapshot: Any
) -> bool:
    if not form.is_valid():
        return False
    data = form.cleaned_data
    try:
        services.record_decision(
            candidacy,
            data["decision"],
            by=request.user,
            snapshot=snapshot,
            reason=data["reason"],
            mention=data["mention"],
            prize=data["prize"],
        )
    except REFUSALS as error:
        refuse(form, error)
        return False
    return True


def act(request: HttpRequest, edition: Edition, snapshot: Any, forms: dict[str, Any]) -> bool:
    """Runs the posted action; True when it succeeded (the page then redirects)."""
    action = request.POST.get("action")
    try:
        if action == "apply_shortlist":
            if snapshot is None:
                raise TransitionRefused([_("Freeze a ranking first.")])
            services.apply_shortlist(snapshot, by=request.user)
            messages.success(request, _("The shortlist rule is applied."))
            return True
        if action == "publish":
            services.publish_results(edition, by=request.user)
            messages.success(request, _("The results are published and the mails are leaving."))
            return True
    except REFUSALS as error:
        for reason in getattr(error, "reasons", None) or [str(error)]:
            messages.error(request, reason)
        return False
    if action == "no_award":
        form = forms["no_award"]
        if form.is_valid():
            try:
                services.declare_no_award(
                    edition,
                    reason=form.cleaned_data["reason"],
                    category=form.cleaned_data["category"],
                    by=request.user,
                )
            except REFUSALS as error:
                refuse(form, error)
                return False
            messages.success(request, _("Recorded: no award."))
            return True
        return False
    raise Http404


@login_required
def decisions(request: HttpRequest, pk: int) -> HttpResponse:
    """The edition's decisions page. Embargoed: only its secretariat sees it."""
    edition = get_object_or_404(queries.editions_of_secretariat(request.user), pk=pk)
    snapshot = chosen_snapshot(request, edition)
    board = list(queries.decision_board(edition))
    target = request.POST.get("candidacy")
    target_pk = int(target) if target and target.isdigit() else None
    rows = decision_forms(request, edition, board, target_pk)
    no_award = NoAwardForm(
        request.POST if request.POST.get("action") == "no_award" else None,
        categories=edition.categories.all(),
    )
    if request.method == "POST":
        if request.POST.get("action") == "decide":
            candidacy = next((c for c in board if c.pk == target_pk), None)
            if candidacy is None or target_pk not in rows:
                raise Http404
            if take_decision(request, rows[target_pk], candidacy, snapshot):
                messages.success(
                    request, _("Decision recorded. It stays embargoed until publication.")
                )
                return redirect(request.get_full_path())
        elif act(request, edition, snapshot, {"no_award": no_award}):
            return redirect(request.get_full_path())
    ranks = snapshot_ranks(snapshot) if snapshot else {}
    through = advancing(snapshot) if snapshot and has_rule(edition) else set()
    return render(
        request,
        "awards/decisions/edition.html",
        {
            "edition": edition,
            "snapshot": snapshot,
            "snapshots": RankingSnapshot.objects.filter(round__edition=edition).select_related(
                "round"
            ),
            "rows": [
                {
                    "candidacy": c,
                    "rank": ranks.get(c.reference),
                    "advances": c.reference in through,
                    "form": rows.get(c.pk),
                }
                for c in board
            ],
            "no_award": no_award,
            "no_awards": edition.no_awards.select_related("category"),
            "publish_problems": guards.publish_problems(edition),
        },
    )


def has_rule(edition: Edition) -> bool:
    return edition.shortlist_size is not None or edition.shortlist_percent is not None


@login_required
def outbox(request: HttpRequest, pk: int) -> HttpResponse:
    """The result mails as they will leave, for the secretariat to read before publication."""
    edition = get_object_or_404(queries.editions_of_secretariat(request.user), pk=pk)
    mails = services.outbox_of(edition)
    return render(request, "awards/decisions/outbox.html", {"edition": edition, "mails": mails})
