"""The secretariat's ranking page, its exports, frozen snapshots and background documents.

Only the edition's secretariat reaches these pages; to anyone else they do not exist (404).
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from awards.enums import Aggregation
from awards.models import Round
from awards.queries import editions_of_secretariat
from awards.transitions import TransitionRefused
from evaluation import deliberation as evaluation_deliberation
from evaluation import queries as evaluation_queries
from reports import deliberation, exports, pdf, services
from reports.models import Normalisation, RankingSnapshot, ReportJob, ReportKind

SNAPSHOT_PARTS = {
    "scores.csv": ("scores_csv", "text/csv"),
    "criteria.csv": ("criteria_csv", "text/csv"),
    "result.csv": ("result_csv", "text/csv"),
}


def ranked_rounds(user: Any) -> Any:
    return Round.objects.filter(edition__in=editions_of_secretariat(user)).select_related("edition")


def managed_round(request: HttpRequest, pk: int) -> Round:
    return get_object_or_404(ranked_rounds(request.user), pk=pk)


def chosen_method(values: Any, round_: Round) -> str:
    """The normalisation asked for: ``method`` by name, else the older ``normalise`` (1 or 0),
    else the round's setting."""
    method = values.get("method")
    if method in Normalisation.values:
        return method
    normalise = values.get("normalise")
    on = round_.normalise_jurors if normalise is None else normalise == "1"
    return Normalisation.ZSCORE if on else Normalisation.NONE


def switches(request: HttpRequest, round_: Round) -> dict[str, Any]:
    """The page's normalisation and aggregation switches, the round's settings by default."""
    aggregate = request.GET.get("aggregate")
    return {
        "method": chosen_method(request.GET, round_),
        "aggregate": aggregate if aggregate in Aggregation.values else round_.aggregation,
    }


def rank_or_refuse(request: HttpRequest, round_: Round, chosen: dict[str, Any]) -> Any:
    """The ranking asked for; when the severity model is refused (too large a round), the
    reason as a message and the z-score ranking instead."""
    try:
        return services.rank(round_, by=request.user, **chosen)
    except TransitionRefused as refusal:
        for reason in refusal.reasons:
            messages.error(request, reason)
        chosen["method"] = Normalisation.ZSCORE
        return services.rank(round_, by=request.user, **chosen)


@login_required
def ranking_page(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = managed_round(request, pk)
    chosen = switches(request, round_)
    if request.method == "POST":
        return ranking_action(request, round_)
    ranking = rank_or_refuse(request, round_, chosen)
    category = request.GET.get("category", "")
    rows = [
        {**row, "title": ranking.data.titles.get(row["candidacy"], "")}
        for row in ranking.table.to_dict("records")
        if not category or row.get("category") == category
    ]
    return render(
        request,
        "reports/ranking.html",
        {
            "round": round_,
            "ranking": ranking,
            "rows": rows,
            "chosen": chosen,
            "category": category,
            "categories": round_.edition.categories.all(),
            "aggregations": Aggregation.choices,
            "methods": Normalisation.choices,
            "charts": pdf.ranking_charts(ranking),
            "leniency": ranking.leniency.to_dict("records"),
            "snapshots": round_.snapshots.select_related("created_by")[:20],
            "jobs": ReportJob.objects.filter(round=round_)[:10],
            "query": request.GET.urlencode(),
        },
    )


def ranking_action(request: HttpRequest, round_: Round) -> HttpResponse:
    action = request.POST.get("action")
    if action == "freeze":
        try:
            snapshot = services.freeze(
                round_,
                by=request.user,
                method=chosen_method(request.POST, round_),
                aggregate=request.POST.get("aggregate") or None,
                note=request.POST.get("note", ""),
            )
        except TransitionRefused as refusal:
            for reason in refusal.reasons:
                messages.error(request, reason)
            return redirect("round-ranking", pk=round_.pk)
        messages.success(
            request, _("Ranking frozen. Its fingerprint: %(hash)s") % {"hash": snapshot.sha256}
        )
        return redirect("round-ranking", pk=round_.pk)
    if action in (ReportKind.RANKING, ReportKind.DIGESTS):
        job = services.request_report(
            action, edition=round_.edition, round_=round_, by=request.user
        )
        return redirect("report-job", pk=job.pk)
    raise Http404


@login_required
def ranking_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    round_ = managed_round(request, pk)
    ranking = rank_or_refuse(request, round_, switches(request, round_))
    category = request.GET.get("category", "")
    if category and "category" in ranking.table:
        ranking.table = ranking.table[ranking.table["category"] == category]
    name = f"{round_.edition.slug}-round-{round_.number}-ranking"
    if fmt == "csv":
        response = HttpResponse(
            exports.ranking_csv(ranking), content_type="text/csv; charset=utf-8"
        )
    elif fmt == "xlsx":
        response = HttpResponse(
            exports.ranking_xlsx(ranking),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@login_required
def snapshot_download(request: HttpRequest, pk: int, part: str) -> HttpResponse:
    snapshot = get_object_or_404(
        RankingSnapshot.objects.filter(round__in=ranked_rounds(request.user)), pk=pk
    )
    name = f"{snapshot.round.edition.slug}-snapshot-{snapshot.sha256[:12]}"
    if part == "snapshot.json":
        body = json.dumps(services.snapshot_document(snapshot), ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    elif part in SNAPSHOT_PARTS:
        attribute, content_type = SNAPSHOT_PARTS[part]
        response = HttpResponse(getattr(snapshot, attribute), content_type=content_type)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}-{part}"'
    return response


def visible_job(request: HttpRequest, pk: int) -> ReportJob:
    return get_object_or_404(
        ReportJob.objects.filter(edition__in=editions_of_secretariat(request.user)), pk=pk
    )


@login_required
def job_page(request: HttpRequest, pk: int) -> HttpResponse:
    job = visible_job(request, pk)
    if request.GET.get("format") == "json":
        return JsonResponse(
            {"state": job.state, "done": job.done, "total": job.total, "percent": job.percent}
        )
    return render(request, "reports/job.html", {"job": job})


@login_required
def job_download(request: HttpRequest, pk: int) -> FileResponse:
    job = visible_job(request, pk)
    if not job.file:
        raise Http404
    return FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        filename=f"{job.edition.slug}-{job.kind}.pdf",
        content_type="application/pdf",
    )


@login_required
@require_POST
def edition_report(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    edition = get_object_or_404(editions_of_secretariat(request.user), pk=pk)
    if kind not in (ReportKind.CERTIFICATES, ReportKind.RESULTS):
        raise Http404
    try:
        job = services.request_report(kind, edition=edition, by=request.user)
    except PermissionDenied:
        raise Http404 from None
    return redirect("report-job", pk=job.pk)


# Deliberation: the ballots beside the scores, and the flags on jurors ----------------------------


@login_required
def comparison_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The finalists ranked by the scores, by Schulze and by Borda side by side, with the
    head-to-head and strongest-path tables, the explanation, and the round's ballots."""
    round_ = managed_round(request, pk)
    if request.method == "POST":
        return comparison_action(request, round_)
    chosen = switches(request, round_)
    try:
        comparison = deliberation.compare_round(round_, by=request.user, **chosen)
    except TransitionRefused as refusal:
        for reason in refusal.reasons:
            messages.error(request, reason)
        chosen["method"] = Normalisation.ZSCORE
        comparison = deliberation.compare_round(round_, by=request.user, **chosen)
    ballots = {ballot.juror_id: ballot for ballot in evaluation_queries.ballots_of(round_)}
    by_id = {c.pk: c.reference for c in comparison.count.finalists}
    return render(
        request,
        "reports/comparison.html",
        {
            "round": round_,
            "comparison": comparison,
            "chosen": chosen,
            "methods": Normalisation.choices,
            "aggregations": Aggregation.choices,
            "jury": [
                (member, ballot, ballot_words(ballot, by_id))
                for member in evaluation_queries.active_jury_of(round_)
                for ballot in [ballots.get(member.user_id)]
            ],
        },
    )


def ballot_words(ballot: Any, references: dict[int, str]) -> str:
    """A ballot as "A > B = C > D", what it leaves off after "|"."""
    if ballot is None:
        return ""
    places = " > ".join(
        " = ".join(references.get(c, "?") for c in place) for place in ballot.ordering
    )
    off = ", ".join(references.get(c, "?") for c in ballot.left_off)
    return f"{places} | {off}" if off else places


def comparison_action(request: HttpRequest, round_: Round) -> HttpResponse:
    action = request.POST.get("action")
    if action not in ("enable-ballots", "disable-ballots"):
        raise Http404
    try:
        evaluation_deliberation.set_preferential_ballots(
            round_, enabled=action == "enable-ballots", by=request.user
        )
    except (TransitionRefused, PermissionDenied) as refusal:
        for reason in getattr(refusal, "reasons", None) or [str(refusal)]:
            messages.error(request, reason)
    else:
        messages.success(
            request,
            _("The jurors of this round now rank the finalists.")
            if action == "enable-ballots"
            else _("This round no longer takes preferential ballots."),
        )
    return redirect("round-comparison", pk=round_.pk)


@login_required
def juror_flags_page(request: HttpRequest, pk: int) -> HttpResponse:
    """Each juror's effect in the severity model and the flags: harsh, lenient, erratic and
    flat, each with the figures behind it."""
    round_ = managed_round(request, pk)
    try:
        flags = deliberation.juror_flags(round_, by=request.user)
    except TransitionRefused as refusal:
        for reason in refusal.reasons:
            messages.error(request, reason)
        flags = None
    return render(request, "reports/juror_flags.html", {"round": round_, "flags": flags})
