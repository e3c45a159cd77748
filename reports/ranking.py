"""Rank a round's candidacies from their jurors' scores (DESIGN.md, "Ranking method").

A pure pandas library: it imports nothing from Django, so the secretariat can rerun a ranking in a
notebook from a CSV export and get the very same table. docs/ranking.md tells the method in words;
this module is its reference.

Inputs are two DataFrames: ``scores`` (candidacy, juror, criterion, value), one row per score of a
submitted scorecard, and ``criteria`` (criterion, weight, min, max).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

SCORE_COLUMNS = ("candidacy", "juror", "criterion", "value")
CRITERIA_COLUMNS = ("criterion", "weight", "min", "max")
SCORECARD = ["candidacy", "juror"]
AGGREGATES = ("mean", "median", "trimmed_mean")
# Step 3's options: each juror's z-score, the severity model (DESIGN.md, 8), or none.
NORMALISATIONS = ("zscore", "severity", "none")

# Scores equal in exact arithmetic can differ in their last bits when computed along different
# paths (another order of criteria, other weights); comparing after rounding keeps such ties tied.
DECIMALS = 9
# Below this spread (in points on the 0–100 scale) a juror's totals are equal up to float noise:
# dividing by it would blow noise up into a full standard deviation.
NOISE = 1e-9


# --- Validation ------------------------------------------------------------------------------


def _require_columns(frame: pd.DataFrame, columns: Sequence[str], name: str) -> None:
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"{name} is missing the column(s) {', '.join(missing)}")


def _numeric(column: pd.Series, what: str) -> pd.Series:
    try:
        return pd.to_numeric(column)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{what} must be numbers: {error}") from error


def _check_criteria(criteria: pd.DataFrame) -> pd.DataFrame:
    """The criteria, indexed by criterion, with numeric weight, min and max, or ValueError."""
    _require_columns(criteria, CRITERIA_COLUMNS, "criteria")
    if criteria.empty:
        raise ValueError("criteria is empty: a round needs at least one criterion")
    if criteria["criterion"].duplicated().any():
        twice = criteria.loc[criteria["criterion"].duplicated(), "criterion"].tolist()
        raise ValueError(f"criteria lists the criterion(s) {twice} more than once")
    checked = criteria.set_index("criterion")[["weight", "min", "max"]]
    checked = checked.apply(lambda column: _numeric(column, f"criteria {column.name}"))
    if checked.isna().any(axis=None):
        blank = checked.index[checked.isna().any(axis=1)].tolist()
        raise ValueError(f"criteria {blank} lack a weight, a min or a max")
    if (checked["max"] <= checked["min"]).any():
        flat = checked.index[checked["max"] <= checked["min"]].tolist()
        raise ValueError(f"criteria {flat} have max <= min: their scale is empty")
    if (checked["weight"] < 0).any():
        negative = checked.index[checked["weight"] < 0].tolist()
        raise ValueError(f"criteria {negative} have a negative weight")
    if (checked["weight"] == 0).all():
        raise ValueError("all criteria weights are zero: no total can be computed")
    return checked


def _per_criterion(criterion: pd.Series, values: pd.Series) -> pd.Series:
    """``values`` (indexed by criterion) looked up for each row: ``criterion.map(values)``,
    through integer codes, which is many times faster on hundreds of thousands of rows."""
    codes, uniques = pd.factorize(criterion)
    looked_up = values.reindex(uniques).to_numpy()[codes]
    return pd.Series(looked_up, index=criterion.index)


def _check_scores(scores: pd.DataFrame, criteria: pd.DataFrame) -> pd.DataFrame:
    """The scores in a canonical row order with a numeric value, or ValueError.

    Sorting first makes every sum run in the same order whatever the order of the input rows, so
    a shuffled export gives a bit-for-bit identical result.
    """
    _require_columns(scores, SCORE_COLUMNS, "scores")
    checked = scores[list(SCORE_COLUMNS)].copy()
    checked["value"] = _numeric(checked["value"], "score values")
    unknown = sorted(set(checked["criterion"].unique()) - set(criteria.index), key=str)
    if unknown:
        raise ValueError(f"scores use criteria that are not in criteria: {unknown}")
    if checked.duplicated(["candidacy", "juror", "criterion"]).any():
        raise ValueError("scores hold more than one row for the same scorecard and criterion")
    low = _per_criterion(checked["criterion"], criteria["min"])
    high = _per_criterion(checked["criterion"], criteria["max"])
    outside = checked["value"].notna() & ((checked["value"] < low) | (checked["value"] > high))
    if outside.any():
        row = checked[outside].iloc[0]
        raise ValueError(
            f"value {row['value']} of criterion {row['criterion']!r} (candidacy "
            f"{row['candidacy']!r}, juror {row['juror']!r}) is outside its scale "
            f"[{low[outside].iloc[0]}, {high[outside].iloc[0]}]"
        )
    ordered = checked.sort_values(["candidacy", "juror", "criterion"], kind="mergesort")
    return ordered.reset_index(drop=True)


def _check_options(
    aggregate: str, trim: float, tiebreak: Sequence[str], criteria: pd.DataFrame
) -> None:
    if aggregate not in AGGREGATES:
        raise ValueError(f"unknown aggregate {aggregate!r}: use one of {', '.join(AGGREGATES)}")
    if not 0 <= trim < 0.5:
        raise ValueError(f"trim must be in [0, 0.5), not {trim}: it is cut at each end")
    unknown = [criterion for criterion in tiebreak if criterion not in criteria.index]
    if unknown:
        raise ValueError(f"tie-break criteria {unknown} are not in criteria")


# --- Steps 1 and 2: criterion scores and scorecard totals ------------------------------------


def _scaled(scores: pd.DataFrame, criteria: pd.DataFrame) -> pd.DataFrame:
    """Step 1 on checked input: each score on 0–100, abstentions (missing values) left out."""
    given = scores[scores["value"].notna()]
    low = _per_criterion(given["criterion"], criteria["min"])
    high = _per_criterion(given["criterion"], criteria["max"])
    scaled = given[["candidacy", "juror", "criterion"]].copy()
    scaled["score"] = 100 * (given["value"] - low) / (high - low)
    return scaled.reset_index(drop=True)


def _totals(scaled: pd.DataFrame, criteria: pd.DataFrame) -> pd.DataFrame:
    """Step 2: weighted mean over the criteria actually scored on each scorecard.

    Dividing by the weights of the scored criteria only is what keeps an abstention from counting
    as a zero. A scorecard with no weighted score has no total and is dropped.
    """
    weight = _per_criterion(scaled["criterion"], criteria["weight"])
    parts = scaled[SCORECARD].assign(weighted=weight * scaled["score"], weight=weight)
    sums = parts.groupby(SCORECARD, sort=True)[["weighted", "weight"]].sum().reset_index()
    sums = sums[sums["weight"] > 0]
    totals = sums[SCORECARD].assign(total=sums["weighted"] / sums["weight"])
    return totals.reset_index(drop=True)


def criterion_scores(scores: pd.DataFrame, criteria: pd.DataFrame) -> pd.DataFrame:
    """Step 1: every given score on 0–100 (candidacy, juror, criterion, score); no abstentions."""
    checked_criteria = _check_criteria(criteria)
    return _scaled(_check_scores(scores, checked_criteria), checked_criteria)


def scorecard_totals(scores: pd.DataFrame, criteria: pd.DataFrame) -> pd.DataFrame:
    """Steps 1–2: one row per scorecard with a score (candidacy, juror, total on 0–100)."""
    checked_criteria = _check_criteria(criteria)
    checked = _check_scores(scores, checked_criteria)
    return _totals(_scaled(checked, checked_criteria), checked_criteria)


# --- Step 3: juror normalisation --------------------------------------------------------------


def _normalised(totals: pd.DataFrame) -> pd.Series:
    """T' for each scorecard: the juror's z-score put back on the round's scale.

    A harsh juror's best candidacy then counts as much as a lenient juror's best. A juror with a
    single scorecard has no spread to measure, so their total is kept as it is.
    """
    total = totals["total"]
    by_juror = total.groupby(totals["juror"])
    count, mean_j, sd_j = (by_juror.transform(how) for how in ("count", "mean", "std"))
    z = ((total - mean_j) / sd_j).where(sd_j > NOISE, 0.0)
    adjusted = total.mean() + total.std(ddof=1) * z
    return adjusted.where(count >= 2, total)


def _severity_corrected(totals: pd.DataFrame) -> pd.Series:
    """Each total less its juror's effect in the severity model (reports.severity).

    The least-squares fit makes the residuals of each candidacy sum to zero, so the mean of
    these corrected totals is exactly the candidacy's adjusted score: ranking by their mean is
    ranking by the model's candidacy effects.
    """
    from reports.severity import fit_severity

    frame = pd.DataFrame(
        {
            "candidacy": totals["candidacy"].astype(str),
            "juror": totals["juror"].astype(str),
            "total": totals["total"],
        }
    )
    effect = fit_severity(frame).juror_effects.set_index("juror")["effect"]
    return totals["total"] - frame["juror"].map(effect)


def _method(normalise: bool | str) -> str:
    """The normalisation as a name: True is the z-score, False none."""
    if normalise is True or normalise == "zscore":
        return "zscore"
    if normalise is False or normalise == "none":
        return "none"
    if normalise == "severity":
        return "severity"
    raise ValueError(
        f"unknown normalisation {normalise!r}: use True (z-score), False, or one of "
        f"{', '.join(NORMALISATIONS)}"
    )


def _adjusted(totals: pd.DataFrame, method: str) -> pd.Series:
    if method == "zscore":
        return _normalised(totals)
    if method == "severity":
        return _severity_corrected(totals)
    return totals["total"]


def normalised_totals(
    scores: pd.DataFrame, criteria: pd.DataFrame, normalise: bool | str = True
) -> pd.DataFrame:
    """Steps 1–3, to show each scorecard's T beside its T' (candidacy, juror, total, adjusted).

    ``normalise`` as in rank_round: the z-score by default, "severity" for the total less the
    juror's effect in the severity model.
    """
    totals = scorecard_totals(scores, criteria)
    method = _method(normalise)
    return totals.assign(adjusted=_adjusted(totals, method) if len(totals) else totals["total"])


# --- Step 4: candidacy score ------------------------------------------------------------------


def trimmed_mean(values: Sequence[float] | pd.Series, trim: float) -> float:
    """The mean after cutting ⌊trim·n⌋ values at each end; the plain mean when n < 3.

    ⌊trim·n⌋ is scipy.stats.trim_mean's rule; the tiny tolerance keeps 0.3 · 10 (2.9999… in
    floating point) a cut of 3. With fewer than 3 values there is nothing in the middle to keep.
    """
    ordered = np.sort(np.asarray(values, dtype=float))
    cut = math.floor(trim * len(ordered) + NOISE) if len(ordered) >= 3 else 0
    return float(ordered[cut : len(ordered) - cut].mean())


def _candidacy_scores(totals: pd.DataFrame, aggregate: str, trim: float) -> pd.DataFrame:
    """Step 4: per candidacy the aggregate of its T', n and the sample sd of its T'."""
    by_candidacy = totals.groupby("candidacy", sort=True)["adjusted"]
    if aggregate == "trimmed_mean":
        score = by_candidacy.agg(lambda values: trimmed_mean(values, trim))
    else:
        score = by_candidacy.agg(aggregate)
    table = pd.DataFrame({"score": score, "n": by_candidacy.count(), "sd": by_candidacy.std()})
    return table.rename_axis("candidacy").reset_index()


def _tiebreak_means(
    scaled: pd.DataFrame, totals: pd.DataFrame, tiebreak: Sequence[str]
) -> pd.DataFrame:
    """Mean 0–100 score of each tie-break criterion per candidacy, over its counted scorecards."""
    counted = scaled.merge(totals[SCORECARD], on=SCORECARD)
    counted = counted[counted["criterion"].isin(tiebreak)]
    means = counted.groupby(["candidacy", "criterion"])["score"].mean().unstack("criterion")
    means = means.reindex(columns=list(tiebreak))
    means.columns = [f"mean_{criterion}" for criterion in tiebreak]
    return means


# --- Steps 5 and 6: ranks ---------------------------------------------------------------------


def _rank_keys(table: pd.DataFrame, tiebreak: Sequence[str]) -> pd.DataFrame:
    """What is compared, best first: the score, then each tie-break mean, all rounded.

    A candidacy nobody scored on a tie-break criterion loses that tie-break (−∞).
    """
    columns = ["score", *(f"mean_{criterion}" for criterion in tiebreak)]
    return table[columns].round(DECIMALS).fillna(-np.inf)


def _competition_rank(keys: pd.DataFrame) -> pd.Series:
    """1 + the number of rows strictly ahead, so tied rows share a rank (1, 2, 2, 4)."""
    ordered = keys.sort_values(list(keys.columns), ascending=False, kind="mergesort")
    new_place = ordered.ne(ordered.shift()).any(axis=1)
    place = pd.Series(np.arange(1, len(ordered) + 1), index=ordered.index, dtype="int64")
    return place.where(new_place).ffill().astype("int64").reindex(keys.index)


def _category_ranks(keys: pd.DataFrame, category: pd.Series) -> pd.Series:
    ranks = [
        _competition_rank(keys.loc[group.index])
        for _, group in category.groupby(category, sort=False)
    ]
    return pd.concat(ranks).reindex(keys.index).astype("int64")


def _categorised(table: pd.DataFrame, categories: Mapping | pd.Series) -> pd.Series:
    category = table["candidacy"].map(categories)
    if category.isna().any():
        missing = table.loc[category.isna(), "candidacy"].tolist()
        raise ValueError(f"candidacies {missing} have no category in categories")
    return category


# --- The round --------------------------------------------------------------------------------


def _empty_result(tiebreak: Sequence[str], with_categories: bool) -> pd.DataFrame:
    columns = {
        "candidacy": "object",
        "rank": "int64",
        "score": "float64",
        "n": "int64",
        "sd": "float64",
        "flagged": "bool",
        **{f"mean_{criterion}": "float64" for criterion in tiebreak},
    }
    if with_categories:
        columns |= {"category": "object", "category_rank": "int64"}
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def rank_round(
    scores: pd.DataFrame,
    criteria: pd.DataFrame,
    *,
    normalise: bool | str = True,
    aggregate: str = "mean",
    tiebreak: Sequence[str] = (),
    categories: Mapping | pd.Series | None = None,
    threshold: float = 20.0,
    trim: float = 0.2,
) -> pd.DataFrame:
    """Rank a round: one row per candidacy, best first (DESIGN.md, "Ranking method").

    Columns: candidacy, rank, score, n, sd, flagged, mean_<criterion> per tie-break criterion,
    and category, category_rank when ``categories`` is given. Ties (after rounding to 9 decimals)
    are broken by ``tiebreak`` in order and otherwise share a rank; equal ranks are listed by
    candidacy. ``flagged`` is sd > ``threshold``. ``trim`` is the share cut at each end by
    "trimmed_mean" (see trimmed_mean). A single criterion name is accepted as ``tiebreak``.
    ``normalise`` is step 3: True (or "zscore") for each juror's z-score, False (or "none") for
    none, "severity" for each total less its juror's effect in the severity model, which with
    the mean ranks by the model's adjusted scores. Raises ValueError on inconsistent input.
    """
    tiebreak = [tiebreak] if isinstance(tiebreak, str) else list(dict.fromkeys(tiebreak))
    method = _method(normalise)
    checked_criteria = _check_criteria(criteria)
    _check_options(aggregate, trim, tiebreak, checked_criteria)
    scaled = _scaled(_check_scores(scores, checked_criteria), checked_criteria)
    totals = _totals(scaled, checked_criteria)
    if totals.empty:
        return _empty_result(tiebreak, categories is not None)
    totals["adjusted"] = _adjusted(totals, method)
    table = _candidacy_scores(totals, aggregate, trim)
    table["flagged"] = table["sd"].round(DECIMALS) > threshold
    table = table.join(_tiebreak_means(scaled, totals, tiebreak), on="candidacy")
    keys = _rank_keys(table, tiebreak)
    table.insert(1, "rank", _competition_rank(keys))
    if categories is not None:
        table["category"] = _categorised(table, categories)
        table["category_rank"] = _category_ranks(keys, table["category"])
    ordered = table.sort_values(["rank", "candidacy"], kind="mergesort")
    return ordered.reset_index(drop=True)


# --- Shortlist --------------------------------------------------------------------------------


def _shortlist_count(total: int, size: int | None, percent: float | None, cap: int | None) -> int:
    """How many candidacies the cut-off aims at, before ties at the cut-off are added."""
    if size is None and percent is None:
        raise ValueError("give a shortlist size, a percent, or both")
    if size is not None and size < 0:
        raise ValueError(f"shortlist size must be 0 or more, not {size}")
    if percent is not None and not 0 <= percent <= 100:
        raise ValueError(f"shortlist percent must be in [0, 100], not {percent}")
    if cap is not None and cap < 0:
        raise ValueError(f"shortlist cap must be 0 or more, not {cap}")
    # Rounded before the ceiling so that 10 % of 30 is 3, not the 4 of 3.0000000000000004.
    counts = [
        size,
        None if percent is None else math.ceil(round(percent * total / 100, DECIMALS)),
        cap,
    ]
    return min(total, *(count for count in counts if count is not None))


def shortlist(
    ranking: pd.DataFrame,
    *,
    size: int | None = None,
    percent: float | None = None,
    cap: int | None = None,
) -> pd.DataFrame:
    """The rows of ``ranking`` that advance, best first.

    The cut-off aims at the top ``size`` rows or the top ``percent`` % (rounded up), the smaller
    if both are given, and never more than ``cap``. Then every row tied with the last one to
    advance advances too (DESIGN.md: "tied candidacies all advance"), even beyond ``cap``: a tie
    the method could not break cannot be broken by the cap either, and leaving one of two equal
    candidacies out would rest on their id. Works on a slice too (one category of a ranking).
    """
    _require_columns(ranking, ["candidacy", "rank"], "ranking")
    ordered = ranking.sort_values(["rank", "candidacy"], kind="mergesort")
    count = _shortlist_count(len(ordered), size, percent, cap)
    if count == 0:
        return ordered.iloc[:0]
    last_rank = ordered["rank"].iloc[count - 1]
    return ordered[ordered["rank"] <= last_rank]
