"""The secretariat's deliberation tools for a round: the ranking by scores beside the
preferential ballots counted by Schulze and Borda, and the flags on jurors from the severity
model (docs/deliberation.md). The numbers come from the pure engines (``reports.ballots``,
``reports.severity``); this module feeds them and shapes their tables for pages and the API.
Only the edition's secretariat may call these (checked here, through ``services.rank``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from awards.models import Round
from evaluation.deliberation import BallotCount, count_ballots
from reports import ballots, queries, ranking, services, severity


def number(value: Any) -> float | None:
    """A float for a page or JSON: None for a missing value (NaN)."""
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) else value


# The comparison of the scores and the ballots ---------------------------------------------------


@dataclass
class FinalistRow:
    reference: str
    title: str
    score: float | None
    score_rank: int | None  # among the finalists (1, 2, 2, 4); None without a submitted score
    schulze_rank: int | None
    borda_rank: int | None
    borda_points: float | None
    agree: bool | None  # the three ranks are equal; None when one is missing


@dataclass
class Matrix:
    """A finalist × finalist table (head-to-head or strongest paths), rows over columns."""

    labels: list[str]
    rows: list[tuple[str, list[int | None]]]  # None on the diagonal

    @classmethod
    def of(cls, frame: pd.DataFrame) -> Matrix:
        labels = [str(label) for label in frame.index]
        rows = [
            (
                str(row),
                [None if row == column else int(frame.at[row, column]) for column in frame.columns],
            )
            for row in frame.index
        ]
        return cls(labels, rows)


@dataclass
class Comparison:
    round: Round
    ranking: services.Ranking
    count: BallotCount
    rows: list[FinalistRow]
    pairwise: Matrix | None = None
    strongest_paths: Matrix | None = None
    # Plain words from reports.ballots.disagreements (the engine writes English).
    explanation: list[str] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)  # finalists without a submitted score

    @property
    def counted(self) -> bool:
        return self.count.schulze is not None

    @property
    def schulze_winners(self) -> list[str]:
        return [str(w) for w in self.count.schulze.winners] if self.count.schulze else []

    @property
    def borda_winners(self) -> list[str]:
        return [row.reference for row in self.rows if row.borda_rank == 1]


def compare_round(
    round_: Round, *, by: Any, method: str | None = None, aggregate: str | None = None
) -> Comparison:
    """The round's finalists ranked by the scores, by Schulze and by Borda, side by side.

    The score ranking is ``services.rank`` (with the method and aggregate given, else the
    round's); its ranks are ranked again among the finalists only. Without a submitted ballot
    only the scores are there. A finalist without a submitted score has no score rank, and
    the engine's explanation is then left out (it compares all three for every finalist).
    """
    current = services.rank(round_, by=by, method=method, aggregate=aggregate)
    count = count_ballots(round_)
    titles = {c.reference: c.title for c in count.finalists}
    table = current.table.set_index("candidacy") if not current.table.empty else None
    scored = [r for r in count.references if table is not None and r in table.index]
    unscored = [r for r in count.references if r not in scored]
    score_ranks = (
        table.loc[scored, "rank"].astype(float).rank(method="min").astype(int)
        if scored
        else pd.Series(dtype=int)
    )
    schulze_ranks = (
        count.schulze.ranking.set_index("candidate")["rank"] if count.schulze else pd.Series()
    )
    borda = count.borda.set_index("candidate") if count.borda is not None else None
    rows = []
    for reference in count.references:
        ranks = (
            int(score_ranks[reference]) if reference in score_ranks.index else None,
            int(schulze_ranks[reference]) if reference in schulze_ranks.index else None,
            int(borda.at[reference, "rank"]) if borda is not None else None,
        )
        rows.append(
            FinalistRow(
                reference=reference,
                title=titles.get(reference, ""),
                score=number(table.at[reference, "score"]) if reference in scored else None,
                score_rank=ranks[0],
                schulze_rank=ranks[1],
                borda_rank=ranks[2],
                borda_points=number(borda.at[reference, "points"]) if borda is not None else None,
                agree=None if None in ranks else len(set(ranks)) == 1,
            )
        )
    rows.sort(key=lambda row: (*(_order(value) for value in row_ranks(row)), row.reference))
    comparison = Comparison(round_, current, count, rows, unscored=unscored)
    if count.schulze is not None:
        comparison.pairwise = Matrix.of(count.schulze.pairwise)
        comparison.strongest_paths = Matrix.of(count.schulze.strongest_paths)
        if not unscored:
            comparison.explanation = ballots.disagreements(
                table.loc[count.references, "rank"], count.schulze, count.borda
            )
    return comparison


def row_ranks(row: FinalistRow) -> tuple[int | None, ...]:
    """What orders the table: Schulze, then Borda, then the scores."""
    return (row.schulze_rank, row.borda_rank, row.score_rank)


def _order(value: int | None) -> float:
    return math.inf if value is None else value


# Flags on jurors --------------------------------------------------------------------------------


@dataclass
class JurorFlag:
    juror: str  # the pseudonym, J01…
    n: int
    effect: float | None
    effect_z: float | None
    correlation: float | None
    shared: int
    spread: float | None
    harsh: bool
    lenient: bool
    erratic: bool
    flat: bool
    reasons: list[str]  # in the active language, with the figures behind each flag

    @property
    def flagged(self) -> bool:
        return self.harsh or self.lenient or self.erratic or self.flat


@dataclass
class JurorFlags:
    round: Round
    jurors: list[JurorFlag]
    residual_sd: float | None = None
    components: int = 0
    thresholds: dict[str, float] = field(default_factory=dict)


# The engine's defaults (reports.severity.juror_flags), named here for the page and the API.
THRESHOLDS = {
    "harsh_lenient_sd": 2.0,
    "erratic_below": 0.3,
    "flat_sd_below": 3.0,
    "min_scorecards": 3,
}


def signed(value: float, decimals: int = 1) -> str:
    """+14.2 and −14.2, with a true minus sign, as the engine writes them."""
    return f"{value:+.{decimals}f}".replace("-", severity.MINUS)


def flag_reasons(row: dict[str, Any]) -> list[str]:
    """The engine's reasons (reports.severity.juror_flags), in the active language."""
    if row["n"] < THRESHOLDS["min_scorecards"]:
        return [
            ngettext(
                "not judged: %(n)d scorecard, fewer than %(min)d",
                "not judged: %(n)d scorecards, fewer than %(min)d",
                row["n"],
            )
            % {"n": row["n"], "min": THRESHOLDS["min_scorecards"]}
        ]
    reasons = []
    if row["harsh"]:
        reasons.append(
            _("harsh: effect %(effect)s points, %(z)s standard deviations below the jurors' mean")
            % {"effect": signed(row["effect"]), "z": f"{abs(row['effect_z']):.1f}"}
        )
    if row["lenient"]:
        reasons.append(
            _("lenient: effect %(effect)s points, %(z)s standard deviations above the jurors' mean")
            % {"effect": signed(row["effect"]), "z": f"{abs(row['effect_z']):.1f}"}
        )
    if row["erratic"]:
        reasons.append(
            _(
                "erratic: correlation %(r)s with the co-jurors' mean on %(shared)d shared "
                "candidacies, below %(threshold)s"
            )
            % {
                "r": signed(row["correlation"], 2),
                "shared": row["shared"],
                "threshold": THRESHOLDS["erratic_below"],
            }
        )
    if row["flat"]:
        reasons.append(
            _("flat: totals spread %(spread)s points (standard deviation), below %(threshold)s")
            % {"spread": f"{row['spread']:.1f}", "threshold": f"{THRESHOLDS['flat_sd_below']:g}"}
        )
        if (
            number(row["correlation"]) is not None
            and row["correlation"] < THRESHOLDS["erratic_below"]
        ):
            reasons.append(
                _("the order of totals so close is not judged erratic (correlation %(r)s)")
                % {"r": signed(row["correlation"], 2)}
            )
    return reasons


def juror_flags(round_: Round, *, by: Any) -> JurorFlags:
    """Each juror of the round with their severity effect and the harsh, lenient, erratic
    and flat flags, with the figures behind them. Jurors are named by pseudonym, as in the
    ranking. Scorecards decided not to count are left out, as in the ranking."""
    services.require_secretariat(by, round_.edition)
    data = queries.round_data(round_)
    if data.scores.empty or data.criteria.empty:
        return JurorFlags(round_, [], thresholds=THRESHOLDS)
    fit = services.fit_severity(data)
    totals = services.as_text(ranking.scorecard_totals(data.scores, data.criteria))
    table = severity.juror_flags(
        totals,
        fit=fit,
        harsh_lenient_sd=THRESHOLDS["harsh_lenient_sd"],
        erratic_below=THRESHOLDS["erratic_below"],
        flat_sd_below=THRESHOLDS["flat_sd_below"],
        min_scorecards=int(THRESHOLDS["min_scorecards"]),
    )
    jurors = [
        JurorFlag(
            juror=str(row["juror"]),
            n=int(row["n"]),
            effect=number(row["effect"]),
            effect_z=number(row["effect_z"]),
            correlation=number(row["correlation"]),
            shared=int(row["shared"]),
            spread=number(row["spread"]),
            harsh=bool(row["harsh"]),
            lenient=bool(row["lenient"]),
            erratic=bool(row["erratic"]),
            flat=bool(row["flat"]),
            reasons=flag_reasons(row),
        )
        for row in table.to_dict("records")
    ]
    return JurorFlags(
        round_,
        jurors,
        residual_sd=number(fit.residual_sd),
        components=fit.components,
        thresholds=THRESHOLDS,
    )
