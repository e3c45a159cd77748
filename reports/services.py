"""Rankings of a round, frozen snapshots and background reports.

The numbers come from the pure engine (``reports.ranking``, ``reports.agreement``); this
module feeds it from the database, applies the edition's settings, freezes results and
queues documents. Only an edition's secretariat may call these (checked here).
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

import pandas as pd
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from awards.enums import Aggregation
from awards.models import Edition, Round
from awards.transitions import TransitionRefused
from evaluation.queries import conflicted_scorecards
from reports import agreement, queries, ranking, severity, tasks
from reports.models import Normalisation, RankingSnapshot, ReportJob, ReportKind

FLOAT_FORMAT = "%.6f"  # six decimals: far below any visible difference, stable everywhere
# The severity model solves a dense table of scorecards × (candidacies + jurors): beyond this
# many cells (about 200 MB) it is refused rather than left to exhaust the server's memory.
MAX_SEVERITY_CELLS = 25_000_000
# Each method as the engine's ``normalise`` takes it.
ENGINE_NORMALISE: dict[str, bool | str] = {
    Normalisation.ZSCORE: True,
    Normalisation.NONE: False,
    Normalisation.SEVERITY: "severity",
}


def require_secretariat(user: Any, edition: Edition) -> None:
    if not user.has_perm("awards.manage_edition", edition):
        raise PermissionDenied(_("Only the edition's secretariat sees its rankings."))


@dataclass(frozen=True)
class Params:
    """How a round is ranked: the round's settings unless the secretariat switches them.

    ``normalise`` is what the engine takes: True (each juror's z-score), False (none) or
    "severity" (the severity model). A boolean keeps the fingerprint of the snapshots frozen
    before the severity model existed.
    """

    normalise: bool | str
    aggregate: str
    tiebreak: tuple[str, ...]
    threshold: float

    @property
    def aggregate_label(self) -> str:
        return str(Aggregation(self.aggregate).label).lower()

    @property
    def method(self) -> str:
        """The normalisation by name: "zscore", "severity" or "none"."""
        if self.normalise == Normalisation.SEVERITY:
            return Normalisation.SEVERITY
        return Normalisation.ZSCORE if self.normalise else Normalisation.NONE

    @property
    def method_label(self) -> str:
        return str(Normalisation(self.method).label)


def params_for(
    round_: Round,
    *,
    normalise: bool | None = None,
    aggregate: str | None = None,
    method: str | None = None,
) -> Params:
    """The round's parameters; ``method`` ("zscore", "severity", "none"), when given, wins
    over ``normalise`` (a boolean: the z-score or none)."""
    keys = set(round_.criteria.values_list("key", flat=True))
    aggregate = aggregate or round_.aggregation
    if aggregate not in Aggregation.values:
        aggregate = round_.aggregation
    if method in Normalisation.values:
        chosen: bool | str = ENGINE_NORMALISE[method]
    else:
        chosen = round_.normalise_jurors if normalise is None else bool(normalise)
    return Params(
        normalise=chosen,
        aggregate=aggregate,
        tiebreak=tuple(key for key in round_.edition.tie_break if key in keys),
        threshold=float(round_.edition.disagreement_threshold),
    )


@dataclass
class Ranking:
    round: Round
    params: Params
    data: queries.RoundData
    table: pd.DataFrame
    totals: pd.DataFrame  # each scorecard's total T and normalised T'
    leniency: pd.DataFrame
    alpha: dict[str, Any] = field(default_factory=dict)
    # With the severity model: its fit (each juror's effect, the residual spread, the panels).
    severity: severity.SeverityResult | None = None
    # Scorecards submitted before their juror declared a conflict: those the secretariat
    # decided do not count (left out), and those still awaiting its decision (counted).
    excluded: list[Any] = field(default_factory=list)
    pending: list[Any] = field(default_factory=list)

    @property
    def juror_effects(self) -> list[dict[str, Any]]:
        if self.severity is None:
            return []
        return self.severity.juror_effects.to_dict("records")


def rank_frames(
    scores: pd.DataFrame, criteria: pd.DataFrame, categories: dict[str, str], params: Params
) -> pd.DataFrame:
    return ranking.rank_round(
        scores,
        criteria,
        normalise=params.normalise,
        aggregate=params.aggregate,
        tiebreak=params.tiebreak,
        categories=categories or None,
        threshold=params.threshold,
    )


def severity_problems(scores: pd.DataFrame) -> list[str]:
    """Why the severity model is not fitted to these scores (too large a round), or nothing."""
    scorecards = len(scores[["candidacy", "juror"]].drop_duplicates())
    people = scores["candidacy"].nunique() + scores["juror"].nunique()
    if scorecards * people > MAX_SEVERITY_CELLS:
        return [
            _(
                "This round is too large for the severity model (%(scorecards)d scorecards): "
                "use the z-score or no normalisation."
            )
            % {"scorecards": scorecards}
        ]
    return []


def fit_severity(data: queries.RoundData) -> severity.SeverityResult:
    """The severity model fitted to the round's scorecard totals (refused when too large)."""
    problems = severity_problems(data.scores)
    if problems:
        raise TransitionRefused(problems)
    return severity.fit_severity(as_text(ranking.scorecard_totals(data.scores, data.criteria)))


def as_text(totals: pd.DataFrame) -> pd.DataFrame:
    """Totals with candidacies and jurors as plain text, as the severity engine reads them."""
    return totals.astype({"candidacy": str, "juror": str})


def rank(
    round_: Round,
    *,
    by: Any,
    normalise: bool | None = None,
    aggregate: str | None = None,
    method: str | None = None,
) -> Ranking:
    """The round's ranking from its submitted scorecards, with the agreement figures.

    Scorecards the secretariat decided do not count (given before a conflict was declared)
    are left out; ``excluded`` and ``pending`` list those decided and those awaiting a
    decision. With the severity model (``method="severity"``), ``severity`` holds its fit.
    """
    require_secretariat(by, round_.edition)
    params = params_for(round_, normalise=normalise, aggregate=aggregate, method=method)
    data = queries.round_data(round_)
    conflicted = list(conflicted_scorecards([round_]))
    excluded = [card for card in conflicted if card.counted is False]
    pending = [card for card in conflicted if card.counted is None]
    if data.scores.empty or data.criteria.empty:
        # Nothing scored yet (or a round still without criteria): an empty ranking, not an error.
        table = pd.DataFrame(columns=["candidacy", "rank", "score", "n", "sd", "flagged"])
        totals = pd.DataFrame(columns=["candidacy", "juror", "total", "adjusted"])
        leniency = pd.DataFrame(columns=["juror", "n", "mean_total", "leniency"])
        return Ranking(
            round_, params, data, table, totals, leniency, {}, excluded=excluded, pending=pending
        )
    fit = fit_severity(data) if params.method == Normalisation.SEVERITY else None
    return Ranking(
        round=round_,
        params=params,
        data=data,
        table=rank_frames(data.scores, data.criteria, data.categories, params),
        # The charts show the z-scored totals unless the severity model is chosen.
        totals=ranking.normalised_totals(
            data.scores, data.criteria, normalise="severity" if fit is not None else True
        ),
        leniency=agreement.juror_leniency(data.scores, data.criteria),
        alpha=agreement.agreement_summary(data.scores, data.criteria),
        severity=fit,
        excluded=excluded,
        pending=pending,
    )


# Snapshots ----------------------------------------------------------------------------------


def canonical_csv(frame: pd.DataFrame, keys: list[str]) -> str:
    """Rows in a fixed order and numbers in a fixed format: the same text on any machine."""
    ordered = frame.sort_values(keys, kind="mergesort").reset_index(drop=True) if keys else frame
    return ordered.to_csv(index=False, float_format=FLOAT_FORMAT, lineterminator="\n")


def fingerprint(
    scores_csv: str, criteria_csv: str, categories: dict[str, str], params: Params, result_csv: str
) -> str:
    """SHA-256 of the canonical JSON of inputs, parameters and result."""
    document = {
        "version": 1,
        "inputs": {
            "scores": scores_csv,
            "criteria": criteria_csv,
            "categories": dict(sorted(categories.items())),
        },
        "parameters": {**asdict(params), "tiebreak": list(params.tiebreak)},
        "result": result_csv,
    }
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def result_csv(table: pd.DataFrame) -> str:
    return canonical_csv(table, ["rank", "candidacy"])


def freeze(
    round_: Round,
    *,
    by: Any,
    normalise: bool | None = None,
    aggregate: str | None = None,
    method: str | None = None,
    note: str = "",
) -> RankingSnapshot:
    """Freezes the round's ranking. Side effects: the snapshot, never changed afterwards."""
    current = rank(round_, by=by, normalise=normalise, aggregate=aggregate, method=method)
    if current.table.empty:
        raise TransitionRefused([_("There is nothing to freeze: no submitted scorecard.")])
    scores_csv = canonical_csv(current.data.scores, ["candidacy", "juror", "criterion"])
    criteria_csv = canonical_csv(current.data.criteria, ["criterion"])
    result = result_csv(current.table)
    params = current.params
    return RankingSnapshot.objects.create(
        round=round_,
        normalise=params.method == Normalisation.ZSCORE,
        method=params.method,
        aggregation=params.aggregate,
        tie_break=list(params.tiebreak),
        threshold=params.threshold,
        scores_csv=scores_csv,
        criteria_csv=criteria_csv,
        categories=dict(sorted(current.data.categories.items())),
        result_csv=result,
        sha256=fingerprint(scores_csv, criteria_csv, current.data.categories, params, result),
        note=note[:300],
        created_by=by,
    )


def snapshot_params(snapshot: RankingSnapshot) -> Params:
    return Params(
        normalise=ENGINE_NORMALISE[snapshot.method]
        if snapshot.method == Normalisation.SEVERITY
        else snapshot.normalise,
        aggregate=snapshot.aggregation,
        tiebreak=tuple(snapshot.tie_break),
        threshold=snapshot.threshold,
    )


def snapshot_frames(scores_csv: str, criteria_csv: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The CSVs read back exactly: every name stays text (a criterion called "01", "true" or
    "nan" is a name, not a number), and only an empty value is a missing score."""
    scores = pd.read_csv(io.StringIO(scores_csv), dtype=str, keep_default_na=False)
    scores["value"] = pd.to_numeric(scores["value"].replace("", None))
    criteria = pd.read_csv(io.StringIO(criteria_csv), dtype=str, keep_default_na=False)
    for column in ("weight", "min", "max"):
        criteria[column] = pd.to_numeric(criteria[column])
    return scores, criteria


def recompute(snapshot: RankingSnapshot) -> tuple[pd.DataFrame, str]:
    """Reruns the engine on the snapshot's stored inputs: the table and its hash."""
    scores, criteria = snapshot_frames(snapshot.scores_csv, snapshot.criteria_csv)
    params = snapshot_params(snapshot)
    table = rank_frames(scores, criteria, snapshot.categories, params)
    result = result_csv(table)
    digest = fingerprint(
        snapshot.scores_csv, snapshot.criteria_csv, snapshot.categories, params, result
    )
    return table, digest


def snapshot_document(snapshot: RankingSnapshot) -> dict[str, Any]:
    """Everything needed to rerun the snapshot elsewhere, as one JSON document."""
    return {
        "round": str(snapshot.round),
        "sha256": snapshot.sha256,
        "frozen_at": snapshot.created_at.isoformat(),
        "parameters": asdict(snapshot_params(snapshot)),
        "categories": snapshot.categories,
        "scores_csv": snapshot.scores_csv,
        "criteria_csv": snapshot.criteria_csv,
        "result_csv": snapshot.result_csv,
    }


# Background reports -------------------------------------------------------------------------


def request_report(
    kind: str, *, edition: Edition, by: Any, round_: Round | None = None
) -> ReportJob:
    """Queues a document. Side effects: the job; after commit, the rendering task."""
    require_secretariat(by, edition)
    if kind not in ReportKind.values:
        raise ValueError(f"Unknown report {kind!r}.")
    if kind in (ReportKind.RANKING, ReportKind.DIGESTS) and round_ is None:
        raise ValueError("This report is about a round.")
    job = ReportJob.objects.create(kind=kind, edition=edition, round=round_, created_by=by)
    transaction.on_commit(partial(tasks.render_report.enqueue, job.pk))
    return job
