"""A severity model for incomplete panels, and flags on jurors (DESIGN.md, "Ranking method", 8).

Pure numpy and pandas (scipy for the graph's components), like reports.ranking: nothing from
Django, so it reruns in a notebook.

Input is the scorecard totals of reports.ranking.scorecard_totals: a DataFrame with the columns
candidacy, juror, total (0–100), one row per submitted scorecard.

The model is the additive one of the method, fitted by least squares over the scorecards
actually given (each juror sees only some candidacies, an unbalanced design):

    total = μ + a_candidacy + b_juror + residual

Unlike a per-juror z-score, it does not mistake a juror who happened to get weaker candidacies
for a harsh juror: a juror's effect is measured against what the *other* jurors gave the same
candidacies, and those candidacies' effects against their other jurors, all at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

TOTAL_COLUMNS = ("candidacy", "juror", "total")
# Effects and adjusted scores are compared after rounding, like the scores of reports.ranking,
# so that float noise from the solver cannot split a tie.
DECIMALS = 9
# Below this (points on 0–100) a spread is float noise: dividing by it would blow noise up.
NOISE = 1e-9
MINUS = "−"  # the typographic minus of the secretariat's pages


@dataclass(frozen=True)
class SeverityResult:
    """The fitted severity model.

    ``mean`` is μ, the mean adjusted score over the candidacies. ``candidacy_effects`` has the
    columns candidacy, effect, adjusted (μ + effect: the total an average juror would give),
    n (scorecards), rank (competition ranking by adjusted, best first) and component, best
    first. ``juror_effects`` has juror, effect (points above the average juror), n and
    component, by juror. ``residual_sd`` is the standard deviation of the residuals, corrected
    for the parameters fitted (NaN when there are no residual degrees of freedom).
    ``components`` is the number of separate panels (see fit_severity): 1 when all connect.
    """

    mean: float
    candidacy_effects: pd.DataFrame
    juror_effects: pd.DataFrame
    residual_sd: float
    components: int


# --- Input ------------------------------------------------------------------------------------


def _check_totals(totals: pd.DataFrame) -> pd.DataFrame:
    """The totals sorted by candidacy then juror, with a numeric total, or ValueError.

    Sorting makes the fit independent of the row order of an export.
    """
    missing = [column for column in TOTAL_COLUMNS if column not in totals.columns]
    if missing:
        raise ValueError(f"totals is missing the column(s) {', '.join(missing)}")
    if totals.empty:
        raise ValueError("totals is empty: the severity model needs at least one scorecard")
    checked = totals[list(TOTAL_COLUMNS)].copy()
    try:
        checked["total"] = pd.to_numeric(checked["total"]).astype(float)
    except (TypeError, ValueError) as error:
        raise ValueError(f"totals must be numbers: {error}") from error
    if checked[["candidacy", "juror", "total"]].isna().any(axis=None):
        raise ValueError(
            "totals has blank cells: every scorecard needs a candidacy, a juror, a total"
        )
    if checked.duplicated(["candidacy", "juror"]).any():
        raise ValueError("totals holds more than one row for the same candidacy and juror")
    ordered = checked.sort_values(["candidacy", "juror"], kind="mergesort")
    return ordered.reset_index(drop=True)


# --- The fit ----------------------------------------------------------------------------------


def _components(candidacy: np.ndarray, juror: np.ndarray, sizes: tuple[int, int]) -> np.ndarray:
    """The panel of each candidacy then each juror: components of the bipartite graph.

    Numbered 1, 2, … from the panel with the most scorecards (then the first candidacy), so the
    main panel is 1 whatever the order of the input.
    """
    n_candidacies, n_jurors = sizes
    edges = coo_matrix(
        (np.ones(len(candidacy)), (candidacy, n_candidacies + juror)),
        shape=(n_candidacies + n_jurors,) * 2,
    )
    _, labels = connected_components(edges, directed=False)
    per_scorecard = pd.Series(labels[candidacy])
    size = per_scorecard.value_counts()
    first = pd.Series(np.arange(n_candidacies)).groupby(labels[:n_candidacies]).min()
    order = sorted(size.index, key=lambda label: (-size[label], first[label]))
    renumber = {label: number for number, label in enumerate(order, start=1)}
    return np.array([renumber[label] for label in labels], dtype=np.int64)


def _solve(
    candidacy: np.ndarray, juror: np.ndarray, total: np.ndarray, sizes: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Least squares of total = a_candidacy + b_juror on one dummy column per candidacy and juror.

    The design is rank-deficient (one direction per panel: a + t, b − t fits the same), so
    lstsq's minimum-norm solution is one of many; the constraints are applied after. The
    fitted values do not depend on that choice. Dense: the matrix takes scorecards ×
    (candidacies + jurors) × 8 bytes, 24 MB for 5,000 scorecards of 500 candidacies and 100
    jurors; far beyond any round, scipy.sparse.linalg.lsqr on the same design would do.
    """
    n_candidacies, n_jurors = sizes
    design = np.zeros((len(total), n_candidacies + n_jurors))
    rows = np.arange(len(total))
    design[rows, candidacy] = 1.0
    design[rows, n_candidacies + juror] = 1.0
    # Solved on the totals less their mean, added back to the candidacies: smaller numbers, less
    # float noise (a lone scorecard of 50 comes out 50, not 49.99999999999998).
    centre = total.mean()
    theta, *_ = np.linalg.lstsq(design, total - centre, rcond=None)
    residuals = total - centre - design @ theta
    return theta[:n_candidacies] + centre, theta[n_candidacies:], residuals


def _constrained(
    a: np.ndarray, b: np.ndarray, component: np.ndarray, n_candidacies: int
) -> tuple[np.ndarray, np.ndarray]:
    """(adjusted, juror effect): within each panel the juror effects are moved to sum to zero.

    Adding t to every candidacy effect of a panel and taking t from every juror effect gives the
    same fit; the choice t = mean of the panel's juror effects makes the average juror of the
    panel 0, and a candidacy's adjusted score the total that average juror would give.
    """
    candidacy_component, juror_component = component[:n_candidacies], component[n_candidacies:]
    shift = pd.Series(b).groupby(juror_component).mean()
    adjusted = a + shift.reindex(candidacy_component).to_numpy()
    return adjusted, b - shift.reindex(juror_component).to_numpy()


def _residual_sd(residuals: np.ndarray, parameters: int) -> float:
    freedom = len(residuals) - parameters
    return float(np.sqrt((residuals**2).sum() / freedom)) if freedom > 0 else float("nan")


def fit_severity(totals: pd.DataFrame) -> SeverityResult:
    """Fit total = μ + a_candidacy + b_juror by least squares; see SeverityResult.

    Identifiability: only sums a + b are seen, so two constraints fix the split. The juror
    effects sum to zero: a juror's effect is how many points they give above the average juror,
    and a candidacy's adjusted score μ + a is what the average juror would give it, which makes
    candidacies comparable whoever scored them. The candidacy effects sum to zero too, which
    makes μ the mean adjusted score (it moves μ and the effects, never adjusted or ranks).

    Disconnected panels: when the candidacy–juror graph falls apart into separate panels (no
    juror scored in two of them), nothing in the scores compares one panel's jurors with
    another's. The model is then fitted in each panel at once, the juror effects summing to
    zero *within each panel*: across panels, adjusted scores assume that each panel's jurors
    are, on average, as severe as the other panels'. The component columns and ``components``
    show when that assumption is made. A lone scorecard (its juror scored nothing else, nobody
    else scored its candidacy) is a panel of its own and keeps its total. Raises ValueError on
    empty or malformed input.
    """
    checked = _check_totals(totals)
    candidacy, candidacies = pd.factorize(checked["candidacy"], sort=True)
    juror, jurors = pd.factorize(checked["juror"], sort=True)
    sizes = (len(candidacies), len(jurors))
    component = _components(candidacy, juror, sizes)
    total = checked["total"].to_numpy()
    a, b, residuals = _solve(candidacy, juror, total, sizes)
    adjusted, juror_effect = _constrained(a, b, component, len(candidacies))
    mean = float(adjusted.mean())
    panels = int(component.max())
    return SeverityResult(
        mean=mean,
        candidacy_effects=_candidacy_table(candidacies, adjusted, mean, candidacy, component),
        juror_effects=_juror_table(jurors, juror_effect, juror, component[len(candidacies) :]),
        residual_sd=_residual_sd(residuals, sum(sizes) - panels),
        components=panels,
    )


def _candidacy_table(
    candidacies: pd.Index,
    adjusted: np.ndarray,
    mean: float,
    codes: np.ndarray,
    component: np.ndarray,
) -> pd.DataFrame:
    table = pd.DataFrame(
        {
            "candidacy": candidacies,
            "effect": adjusted - mean,
            "adjusted": adjusted,
            "n": np.bincount(codes, minlength=len(candidacies)).astype(np.int64),
        }
    )
    table["rank"] = table["adjusted"].round(DECIMALS).rank(method="min", ascending=False)
    table["rank"] = table["rank"].astype(np.int64)
    table["component"] = component[: len(candidacies)]
    return table.sort_values(["rank", "candidacy"], kind="mergesort").reset_index(drop=True)


def _juror_table(
    jurors: pd.Index, effect: np.ndarray, codes: np.ndarray, component: np.ndarray
) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "juror": jurors,
            "effect": effect,
            "n": np.bincount(codes, minlength=len(jurors)).astype(np.int64),
            "component": component,
        }
    )


# --- Juror flags ------------------------------------------------------------------------------


def _pearson(x: pd.Series, y: pd.Series) -> float:
    """Pearson's r, NaN below 3 pairs or when either side does not vary (r is then undefined)."""
    if len(x) < 3:
        return float("nan")
    dx, dy = x - x.mean(), y - y.mean()
    norm = float(np.sqrt((dx**2).sum() * (dy**2).sum()))
    return float((dx * dy).sum() / norm) if norm > NOISE else float("nan")


def _co_juror_correlations(totals: pd.DataFrame) -> pd.DataFrame:
    """Per juror: shared (candidacies with a co-juror) and correlation with the co-jurors' mean.

    For each scorecard, the others' mean is the mean of the other jurors' totals on the same
    candidacy; a candidacy the juror scored alone is left out.
    """
    by_candidacy = totals.groupby("candidacy")["total"]
    count, summed = by_candidacy.transform("count"), by_candidacy.transform("sum")
    shared = totals.assign(others=(summed - totals["total"]) / (count - 1))[count > 1]
    rows = {
        juror: (len(group), _pearson(group["total"], group["others"]))
        for juror, group in shared.groupby("juror", sort=True)
    }
    table = pd.DataFrame.from_dict(rows, orient="index", columns=["shared", "correlation"])
    return table.reindex(sorted(totals["juror"].unique())).fillna({"shared": 0})


def _signed(value: float, decimals: int = 1) -> str:
    """+14.2 and −14.2, with a true minus sign."""
    return f"{value:+.{decimals}f}".replace("-", MINUS)


def _reasons(row: pd.Series, thresholds: dict[str, float]) -> str:
    """The flags of one juror in words, with the figures behind them; '' when none."""
    if row["n"] < thresholds["min_scorecards"]:
        return (
            f"not judged: {row['n']} scorecard{'s' if row['n'] != 1 else ''}, "
            f"fewer than {thresholds['min_scorecards']:g}"
        )
    reasons = []
    for flag, side in (("harsh", "below"), ("lenient", "above")):
        if row[flag]:
            reasons.append(
                f"{flag}: effect {_signed(row['effect'])} points, {abs(row['effect_z']):.1f} "
                f"standard deviations {side} the jurors' mean"
            )
    if row["erratic"]:
        reasons.append(
            f"erratic: correlation {_signed(row['correlation'], 2)} with the co-jurors' mean on "
            f"{row['shared']} shared candidacies, below {thresholds['erratic_below']:g}"
        )
    if row["flat"]:
        reason = (
            f"flat: totals spread {row['spread']:.1f} points (standard deviation), below "
            f"{thresholds['flat_sd_below']:g}"
        )
        if row["correlation"] < thresholds["erratic_below"]:
            reason += (
                f"; the order of totals so close is not judged erratic (correlation "
                f"{_signed(row['correlation'], 2)})"
            )
        reasons.append(reason)
    return "; ".join(reasons)


def _juror_figures(totals: pd.DataFrame, fit: SeverityResult) -> pd.DataFrame:
    """n, effect, effect_z, correlation, spread and shared per juror, by juror."""
    effects = fit.juror_effects.set_index("juror")
    jurors = sorted(totals["juror"].unique())
    unknown = [juror for juror in jurors if juror not in effects.index]
    if unknown:
        raise ValueError(f"the fit has no effect for the juror(s) {unknown}: fit these totals")
    sd = effects["effect"].std(ddof=1)
    table = pd.DataFrame(index=pd.Index(jurors, name="juror"))
    table["n"] = totals.groupby("juror")["total"].count().astype(np.int64)
    table["effect"] = effects["effect"]
    table["effect_z"] = table["effect"] / sd if sd > NOISE else np.nan
    table = table.join(_co_juror_correlations(totals))
    table["spread"] = totals.groupby("juror")["total"].std(ddof=1)
    table["shared"] = table["shared"].astype(np.int64)
    return table


def juror_flags(
    totals: pd.DataFrame,
    *,
    fit: SeverityResult | None = None,
    harsh_lenient_sd: float = 2.0,
    erratic_below: float = 0.3,
    flat_sd_below: float = 3.0,
    min_scorecards: int = 3,
) -> pd.DataFrame:
    """One row per juror, by juror, with the figures and flags the secretariat reviews.

    Columns: juror, n, effect (severity model), effect_z (effect / the sample standard deviation
    of all jurors' effects), shared (candidacies the juror scored with at least one co-juror),
    correlation (Pearson, the juror's totals against the co-jurors' mean on those candidacies;
    NaN below 3 of them or without variation), spread (sample sd of the juror's totals), the
    flags harsh (effect_z < −harsh_lenient_sd), lenient (> harsh_lenient_sd), erratic
    (correlation < erratic_below) and flat (spread < flat_sd_below), and reasons in words.

    A flat juror is not also flagged erratic: when totals hardly differ, their order is mostly
    noise and its correlation says little (the reason says so). A juror with fewer than
    ``min_scorecards`` scorecards is never flagged. ``fit`` is fit_severity(totals) unless given.
    """
    checked = _check_totals(totals)
    table = _juror_figures(checked, fit if fit is not None else fit_severity(checked))
    judged = table["n"] >= min_scorecards
    z, correlation = table["effect_z"], table["correlation"]
    table["harsh"] = judged & (z < -harsh_lenient_sd)
    table["lenient"] = judged & (z > harsh_lenient_sd)
    table["flat"] = judged & (table["spread"] < flat_sd_below)
    table["erratic"] = judged & ~table["flat"] & (correlation < erratic_below)
    thresholds = {
        "min_scorecards": min_scorecards,
        "erratic_below": erratic_below,
        "flat_sd_below": flat_sd_below,
    }
    table["reasons"] = table.apply(_reasons, axis=1, thresholds=thresholds)
    columns = ["n", "effect", "effect_z", "correlation", "shared", "spread"]
    flags = ["harsh", "lenient", "erratic", "flat", "reasons"]
    return table[columns + flags].reset_index()
