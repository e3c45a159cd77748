"""Krippendorff's alpha, juror leniency and the round's agreement summary, computed by hand.

The reference is Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": its worked
example (4 observers, 12 units, missing values) and its published results.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from reports.agreement import agreement_summary, juror_leniency, krippendorff_alpha
from tests.reports.test_ranking import PLAIN, WORKED_CRITERIA, scores_of, totals_of, worked_scores

_ = None
# Krippendorff (2011), section C: observers A–D (rows) × units 1–12 (columns).
PUBLISHED = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


@pytest.mark.parametrize(
    ("level", "published"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_alpha_matches_krippendorffs_published_example(level: str, published: float) -> None:
    assert krippendorff_alpha(PUBLISHED, level) == pytest.approx(published, abs=5e-4)


def test_alpha_reads_a_dataframe_with_nan_like_nested_lists_with_none() -> None:
    frame = pd.DataFrame(PUBLISHED, dtype=float)
    assert np.isnan(frame.iloc[0, 9])
    assert krippendorff_alpha(frame) == krippendorff_alpha(PUBLISHED)


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_perfect_agreement_is_one(level: str) -> None:
    assert krippendorff_alpha([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, _]], level) == 1.0


def test_swapped_values_disagree_worse_than_chance() -> None:
    # Units {1, 2} and {2, 1}: o_12 = o_21 = 2 (each pair weighs 1/(2−1)), o_11 = o_22 = 0.
    # n_1 = n_2 = 2, n = 4. Observed Σ o·δ² = 2·1 + 2·1 = 4; expected Σ n_c·n_k·δ² = 2·(2·2·1) = 8.
    # alpha = 1 − (n − 1)·4/8 = 1 − 3·4/8 = −0.5.
    assert krippendorff_alpha([[1, 2], [2, 1]], "interval") == pytest.approx(-0.5)


def test_a_rater_always_one_point_higher_lowers_interval_alpha() -> None:
    # Units {1,2}, {2,3}, {3,4}: o_12 = o_23 = o_34 = 1 and symmetric; observed Σ o·δ² = 6·1 = 6.
    # n_1 = 1, n_2 = 2, n_3 = 2, n_4 = 1, n = 6. Expected Σ n_c·n_k·δ² over ordered pairs =
    # 2·(1·2·1 + 1·2·4 + 1·1·9 + 2·2·1 + 2·1·4 + 2·1·1) = 2·33 = 66.
    # alpha = 1 − 5·6/66 = 6/11: the order agrees, the levels do not.
    assert krippendorff_alpha([[1, 2, 3], [2, 3, 4]], "interval") == pytest.approx(6 / 11)


def test_nominal_alpha_by_hand() -> None:
    # Units (a,a), (a,b), (b,b), (b,a): o_aa = 2, o_bb = 2, o_ab = o_ba = 2; n_a = n_b = 4, n = 8.
    # Observed Σ o·δ = o_ab + o_ba = 4; expected Σ n_c·n_k·δ = 4·4 + 4·4 = 32.
    # alpha = 1 − 7·4/32 = 0.125. Labels need not be numbers.
    matrix = [["a", "a", "b", "b"], ["a", "b", "b", "a"]]
    assert krippendorff_alpha(matrix, "nominal") == pytest.approx(0.125)


def test_a_unit_with_a_single_value_is_not_pairable() -> None:
    # Unit 3 holds one value: left out, the other two agree perfectly.
    assert krippendorff_alpha([[1, 2, 9], [1, 2, _]]) == 1.0


@pytest.mark.parametrize(
    "matrix",
    [
        [[_, _], [_, _]],  # all missing
        [[1, 2, 3]],  # a single rater: nothing to pair
        [[1, _], [_, 2]],  # no unit with two values
        [[3, 3], [3, 3]],  # no variation: expected disagreement 0
        [],
    ],
)
def test_alpha_is_nan_when_undefined(matrix: list) -> None:
    assert math.isnan(krippendorff_alpha(matrix))


def test_unknown_level_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown level 'cardinal'"):
        krippendorff_alpha(PUBLISHED, "cardinal")


def test_interval_alpha_needs_numbers() -> None:
    with pytest.raises(ValueError, match="interval alpha needs numeric values"):
        krippendorff_alpha([["a", "b"], ["a", "b"]], "interval")


# --- Leniency ----------------------------------------------------------------------------------


def test_juror_leniency_by_hand() -> None:
    scores = totals_of({("c1", "A"): 80, ("c2", "A"): 60, ("c1", "B"): 60, ("c2", "C"): 40})
    # Candidacy means of T: c1 (80 + 60)/2 = 70, c2 (60 + 40)/2 = 50.
    # A: mean T (80 + 60)/2 = 70, its candidacies (70 + 50)/2 = 60 → +10.
    # B: 60 − 70 = −10. C: 40 − 50 = −10 (tied with B: listed by juror).
    table = juror_leniency(scores, PLAIN)
    assert table.columns.tolist() == [
        "juror",
        "n",
        "mean_total",
        "mean_of_candidacies",
        "leniency",
    ]
    assert table["juror"].tolist() == ["A", "B", "C"]
    assert table["n"].tolist() == [2, 1, 1]
    assert table["mean_total"].tolist() == pytest.approx([70, 60, 40])
    assert table["mean_of_candidacies"].tolist() == pytest.approx([60, 70, 50])
    assert table["leniency"].tolist() == pytest.approx([10, -10, -10])


# --- Summary -----------------------------------------------------------------------------------

TWO = pd.DataFrame({"criterion": ["a", "b"], "weight": 1, "min": 0, "max": 10})


def test_agreement_summary_by_hand() -> None:
    scores = scores_of(
        [
            ("c1", "J1", "a", 10),
            ("c1", "J1", "b", 1),  # T = (100 + 10)/2 = 55
            ("c2", "J1", "a", 0),
            ("c2", "J1", "b", 2),  # T = (0 + 20)/2 = 10
            ("c1", "J2", "a", 10),
            ("c1", "J2", "b", 2),  # T = (100 + 20)/2 = 60
            ("c2", "J2", "a", 0),
            ("c2", "J2", "b", 1),  # T = (0 + 10)/2 = 5
        ]
    )
    summary = agreement_summary(scores, TWO)
    # a: J1 and J2 both give 100 and 0 → 1.0. b: 10, 20 against 20, 10 → −0.5 (as above).
    assert summary["by_criterion"] == pytest.approx({"a": 1.0, "b": -0.5})
    # Totals: units {55, 60} and {10, 5}: observed Σ o·δ² = 2·25 + 2·25 = 100; each value once,
    # n = 4, expected = 2·(5² + 50² + 55² + 45² + 50² + 5²) = 2·10100 = 20200.
    # alpha = 1 − 3·100/20200 = 0.98515.
    assert summary["overall"] == pytest.approx(1 - 300 / 20200)


def test_a_criterion_nobody_scored_has_no_alpha() -> None:
    scores = scores_of([("c1", "J1", "a", 1), ("c1", "J2", "a", 1), ("c2", "J1", "a", 5)])
    summary = agreement_summary(scores, TWO)
    assert math.isnan(summary["by_criterion"]["b"])
    assert list(summary["by_criterion"]) == ["a", "b"]


def test_summary_of_an_empty_round_is_nan() -> None:
    summary = agreement_summary(scores_of([]), TWO)
    assert math.isnan(summary["overall"])
    assert juror_leniency(scores_of([]), TWO).empty


# --- The worked example of docs/ranking.md ------------------------------------------------------


def test_worked_example_agreement_and_leniency() -> None:
    """The numbers docs/ranking.md prints, to two decimals."""
    scores = worked_scores()
    summary = agreement_summary(scores, WORKED_CRITERIA)
    assert round(summary["overall"], 2) == 0.10
    assert round(summary["by_criterion"]["impact"], 2) == 0.24
    assert round(summary["by_criterion"]["feasibility"], 2) == -0.58
    table = juror_leniency(scores, WORKED_CRITERIA)
    assert table["juror"].tolist() == ["Ana", "Ben", "Chloé"]
    assert table["mean_total"].round(2).tolist() == [75.56, 71.11, 30.00]
    assert table["mean_of_candidacies"].round(2).tolist() == [58.89, 58.89, 58.89]
    assert table["leniency"].round(2).tolist() == [16.67, 12.22, -28.89]
