"""How far a round's jurors agree, and how lenient each one is (DESIGN.md, "Ranking method", 7).

Pure numpy and pandas, like reports.ranking: nothing from Django, so it reruns in a notebook.
Krippendorff's alpha follows the coincidence-matrix computation of Krippendorff (2011),
"Computing Krippendorff's Alpha-Reliability", which allows missing values: a juror who did not
score a candidacy is simply a blank cell.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from reports.ranking import criterion_scores, scorecard_totals

LEVELS = ("nominal", "ordinal", "interval", "ratio")

Matrix = pd.DataFrame | Sequence[Sequence[object]]


# --- Krippendorff's alpha ---------------------------------------------------------------------


def _values_by_unit(matrix: Matrix, level: str) -> pd.DataFrame:
    """The matrix (raters × units) as long rows (unit, value), blank cells left out."""
    frame = matrix if isinstance(matrix, pd.DataFrame) else pd.DataFrame(list(matrix))
    cells = frame.to_numpy(dtype=object)
    long = pd.DataFrame(
        {"unit": np.tile(np.arange(cells.shape[1]), cells.shape[0]), "value": cells.ravel()}
    )
    long = long[long["value"].notna()]
    if level == "nominal":
        # Categories need no order or distance, only identity: any labels will do.
        return long.assign(value=pd.factorize(long["value"])[0])
    try:
        return long.assign(value=pd.to_numeric(long["value"]).astype(float))
    except (TypeError, ValueError) as error:
        raise ValueError(f"{level} alpha needs numeric values: {error}") from error


def _coincidences(long: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values (sorted) and the coincidence matrix o_ck over pairable units.

    Each unit with m ≥ 2 values adds, for every ordered pair of its values, 1/(m − 1): every
    value is paired with the m − 1 others and so counts once in total.
    """
    counts = pd.crosstab(long["unit"], long["value"]) if len(long) else pd.DataFrame()
    per_unit = counts.sum(axis=1)
    pairable = counts[per_unit >= 2]
    units = pairable.to_numpy(dtype=float)
    weighted = units / (per_unit[per_unit >= 2].to_numpy(dtype=float) - 1)[:, None]
    coincidences = units.T @ weighted - np.diag(weighted.sum(axis=0))
    return pairable.columns.to_numpy(dtype=float), coincidences


def _ordinal_distance(marginals: np.ndarray) -> np.ndarray:
    """δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², the ranks' distance over sorted values."""
    index = np.arange(len(marginals))
    low, high = np.minimum.outer(index, index), np.maximum.outer(index, index)
    cumulative = np.cumsum(marginals)
    between = cumulative[high] - cumulative[low] + marginals[low]
    return (between - (marginals[:, None] + marginals[None, :]) / 2) ** 2


def _distance(level: str, values: np.ndarray, marginals: np.ndarray) -> np.ndarray:
    """The squared difference δ²_ck between every two values, for the level of measurement."""
    if level == "nominal":
        return 1.0 - np.eye(len(values))
    if level == "ordinal":
        return _ordinal_distance(marginals)
    difference = np.subtract.outer(values, values)
    if level == "interval":
        return difference**2
    total = np.add.outer(values, values)
    # Two zeros are the same ratio value: their distance is 0, not 0/0.
    ratio = np.divide(difference, total, out=np.zeros_like(difference), where=total != 0)
    return ratio**2


def _interval_alpha(long: pd.DataFrame) -> float:
    """Interval alpha without the coincidence matrix, in one pass over the values.

    With δ² = (c − k)², the observed part Σ o_ck δ² equals Σ_u m_u / (m_u − 1) · 2·SS_u (SS_u:
    the squares of a unit's values around their mean) and the expected part Σ n_c n_k δ² equals
    2·n·SS (around the mean of all pairable values). Continuous totals have as many distinct
    values as scorecards, which would make the coincidence matrix huge; this does not.
    """
    sizes = long.groupby("unit")["value"].transform("size")
    pairable = long[sizes >= 2]
    n = len(pairable)
    if n == 0:
        return float("nan")
    by_unit = pairable.groupby("unit")["value"]
    unit_sizes = by_unit.size().to_numpy(dtype=float)
    within = by_unit.var(ddof=0).to_numpy(dtype=float) * unit_sizes  # SS_u
    observed = float((unit_sizes / (unit_sizes - 1) * within).sum())
    values = pairable["value"].to_numpy(dtype=float)
    total = float(((values - values.mean()) ** 2).sum())
    if total == 0:
        return float("nan")
    return 1 - (n - 1) * observed / (n * total)


def krippendorff_alpha(matrix: Matrix, level: str = "interval") -> float:
    """Krippendorff's alpha of ``matrix`` (raters × units; NaN or None where a rater is silent).

    ``level`` is "nominal", "ordinal", "interval" or "ratio". 1 is perfect agreement, 0 no better
    than chance. Only units with at least two values are pairable. NaN when no unit is pairable
    or when all pairable values are equal (no expected disagreement: alpha is undefined).
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: use one of {', '.join(LEVELS)}")
    if level == "interval":
        return _interval_alpha(_values_by_unit(matrix, level))
    values, coincidences = _coincidences(_values_by_unit(matrix, level))
    marginals = coincidences.sum(axis=1)
    pairs = marginals.sum()
    distance = _distance(level, values, marginals)
    expected = (np.outer(marginals, marginals) * distance).sum()
    if pairs == 0 or expected == 0:
        return float("nan")
    observed = (coincidences * distance).sum()
    return float(1 - (pairs - 1) * observed / expected)


# --- Leniency and the round's summary ---------------------------------------------------------


def juror_leniency(scores: pd.DataFrame, criteria: pd.DataFrame) -> pd.DataFrame:
    """One row per juror: n, mean_total, mean_of_candidacies and leniency, most lenient first.

    leniency = the juror's mean raw total T − the mean, over the candidacies they scored, of
    those candidacies' mean T (all their scorecards, the juror's own included). Raw T, because
    normalisation would erase the very leniency measured here.
    """
    totals = scorecard_totals(scores, criteria)
    totals["candidacy_mean"] = totals.groupby("candidacy")["total"].transform("mean")
    by_juror = totals.groupby("juror", sort=True)
    table = pd.DataFrame(
        {
            "n": by_juror.size().astype("int64"),
            "mean_total": by_juror["total"].mean(),
            "mean_of_candidacies": by_juror["candidacy_mean"].mean(),
        }
    )
    table["leniency"] = table["mean_total"] - table["mean_of_candidacies"]
    table = table.rename_axis("juror").reset_index()
    # Sorted on the rounded value, then the juror, so float noise cannot reorder equal jurors.
    order = table.assign(key=table["leniency"].round(9))
    order = order.sort_values(["key", "juror"], ascending=[False, True], kind="mergesort")
    return table.loc[order.index].reset_index(drop=True)


def _alpha_of(long: pd.DataFrame, value: str) -> float:
    """Interval alpha of rows (candidacy, juror, value): jurors are raters, candidacies units."""
    if long.empty:
        return float("nan")
    # Straight from the long rows: a juror scores a candidacy at most once, so this is the
    # raters × units matrix without building it (10,000 units × 60 jurors would be slow).
    values = pd.DataFrame({"unit": long["candidacy"].to_numpy(), "value": long[value]})
    return _interval_alpha(values[values["value"].notna()].astype({"value": float}))


def agreement_summary(scores: pd.DataFrame, criteria: pd.DataFrame) -> dict:
    """Interval alpha of the round: "overall" on the totals T, "by_criterion" on 0–100 scores."""
    totals = scorecard_totals(scores, criteria)
    scaled = criterion_scores(scores, criteria)
    by_criterion = {
        criterion: _alpha_of(scaled[scaled["criterion"] == criterion], "score")
        for criterion in criteria["criterion"]
    }
    return {"overall": _alpha_of(totals, "total"), "by_criterion": by_criterion}
