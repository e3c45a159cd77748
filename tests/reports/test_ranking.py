"""The ranking engine on fixtures small enough to compute by hand (DESIGN.md, "Ranking method").

Every expected number is worked out in a comment next to it. No Django: these tests run with
`pytest tests/reports -p no:django`.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from reports.ranking import (
    criterion_scores,
    normalised_totals,
    rank_round,
    scorecard_totals,
    shortlist,
    trimmed_mean,
)

COLUMNS = ["candidacy", "juror", "criterion", "value"]

# One criterion on 0–100 with weight 1: a scorecard's total T is its value, which lets the tests
# of steps 3 to 6 state totals directly.
PLAIN = pd.DataFrame({"criterion": ["q"], "weight": [1], "min": [0], "max": [100]})

# impact on 1–5, feasibility on 0–10, impact counting three times as much.
TWO_SCALES = pd.DataFrame(
    {"criterion": ["impact", "feasibility"], "weight": [3, 1], "min": [1, 0], "max": [5, 10]}
)


def scores_of(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


def scorecard(candidacy: str, juror: str, values: tuple, criteria: str = "abc") -> list[tuple]:
    """The rows of one scorecard: ``values`` in the order of ``criteria``."""
    return [
        (candidacy, juror, criterion, value)
        for criterion, value in zip(criteria, values, strict=True)
    ]


def totals_of(totals: dict[tuple[str, str], float]) -> pd.DataFrame:
    """Scores on PLAIN, one per scorecard: {(candidacy, juror): T}."""
    return scores_of([(c, j, "q", t) for (c, j), t in totals.items()])


def equal_panels(criteria: pd.DataFrame) -> pd.DataFrame:
    """Same weights and scales for every criterion of ``criteria`` (0–10, weight 1)."""
    return pd.DataFrame({"criterion": criteria, "weight": 1, "min": 0, "max": 10})


def by_candidacy(result: pd.DataFrame, column: str) -> dict:
    return dict(zip(result["candidacy"], result[column], strict=True))


# --- Step 1: criterion scores ------------------------------------------------------------------


def test_criterion_scores_rescale_a_1_to_5_and_a_0_to_10_scale_to_0_100() -> None:
    scores = scores_of(
        [
            ("c1", "j1", "impact", 1),  # 100·(1−1)/(5−1) = 0
            ("c1", "j2", "impact", 4),  # 100·(4−1)/4 = 75
            ("c1", "j3", "impact", 5),  # 100·(5−1)/4 = 100
            ("c1", "j1", "feasibility", 0),  # 100·(0−0)/(10−0) = 0
            ("c1", "j2", "feasibility", 7),  # 100·7/10 = 70
            ("c1", "j3", "feasibility", 10),  # 100
        ]
    )
    scaled = criterion_scores(scores, TWO_SCALES).set_index(["juror", "criterion"])["score"]
    assert scaled[("j1", "impact")] == pytest.approx(0)
    assert scaled[("j2", "impact")] == pytest.approx(75)
    assert scaled[("j3", "impact")] == pytest.approx(100)
    assert scaled[("j1", "feasibility")] == pytest.approx(0)
    assert scaled[("j2", "feasibility")] == pytest.approx(70)
    assert scaled[("j3", "feasibility")] == pytest.approx(100)


# --- Step 2: scorecard totals ------------------------------------------------------------------


def test_scorecard_total_is_the_weighted_mean_of_criterion_scores() -> None:
    scores = scores_of([("c1", "j1", "impact", 4), ("c1", "j1", "feasibility", 7)])
    totals = scorecard_totals(scores, TWO_SCALES)
    # s = 75 and 70; T = (3·75 + 1·70) / (3 + 1) = 295 / 4 = 73.75
    assert totals.columns.tolist() == ["candidacy", "juror", "total"]
    assert totals["total"].tolist() == [pytest.approx(73.75)]


def test_a_missing_value_is_an_abstention_not_a_zero() -> None:
    scores = scores_of([("c1", "j1", "impact", 4), ("c1", "j1", "feasibility", None)])
    # Only impact is scored: T = 3·75 / 3 = 75, not (3·75 + 1·0) / 4 = 56.25.
    assert scorecard_totals(scores, TWO_SCALES)["total"].tolist() == [pytest.approx(75)]


def test_an_absent_row_is_an_abstention_not_a_zero() -> None:
    scores = scores_of([("c1", "j1", "feasibility", 7)])
    # Only feasibility: T = 1·70 / 1 = 70, not (3·0 + 70) / 4 = 17.5.
    assert scorecard_totals(scores, TWO_SCALES)["total"].tolist() == [pytest.approx(70)]


def test_a_scorecard_without_any_score_is_dropped() -> None:
    scores = scores_of(
        [
            ("c1", "j1", "impact", 5),
            ("c1", "j2", "impact", None),
            ("c1", "j2", "feasibility", np.nan),
        ]
    )
    assert scorecard_totals(scores, TWO_SCALES)["juror"].tolist() == ["j1"]
    result = rank_round(scores, TWO_SCALES)
    # j2's empty scorecard neither counts in n nor pulls the score down: 100 from j1 alone.
    assert result["n"].tolist() == [1]
    assert result["score"].tolist() == [pytest.approx(100)]


def test_a_scorecard_with_scores_only_on_zero_weight_criteria_is_dropped() -> None:
    criteria = pd.DataFrame(
        {"criterion": ["a", "b"], "weight": [1, 0], "min": [0, 0], "max": [10, 10]}
    )
    scores = scores_of([("c1", "j1", "a", 6), ("c1", "j2", "b", 9)])
    # j2's only score weighs 0: Σw = 0 gives no total, so the scorecard is left out like an
    # empty one; j1 alone: T = 60.
    assert scorecard_totals(scores, criteria)["juror"].tolist() == ["j1"]
    assert rank_round(scores, criteria)["score"].tolist() == [pytest.approx(60)]


# --- Step 3: juror normalisation ---------------------------------------------------------------


def test_normalisation_puts_each_juror_on_the_round_scale() -> None:
    # Each candidacy has one scorecard, so its score is its T'.
    scores = totals_of(
        {("a1", "A"): 60, ("a2", "A"): 50, ("a3", "A"): 40, ("b1", "B"): 30, ("b2", "B"): 20}
    )
    scores = pd.concat([scores, totals_of({("b3", "B"): 10})])
    # All T: 60 50 40 30 20 10, μ = 210/6 = 35; deviations ±5 ±15 ±25: Σ² = 2·(25+225+625)
    # = 1750, σ = √(1750/5) = √350.
    # A: mean 50, sd √((100+0+100)/2) = 10 → z = 1, 0, −1. B: mean 20, sd 10 → z = 1, 0, −1.
    sigma = math.sqrt(350)
    score = by_candidacy(rank_round(scores, PLAIN), "score")
    assert score["a1"] == pytest.approx(35 + sigma)
    assert score["a2"] == pytest.approx(35)
    assert score["a3"] == pytest.approx(35 - sigma)
    # The harsh juror's best counts as much as the lenient juror's best.
    assert score["b1"] == pytest.approx(score["a1"])
    assert score["b3"] == pytest.approx(score["a3"])


def test_a_juror_with_one_scorecard_keeps_its_total() -> None:
    scores = totals_of({("a1", "A"): 60, ("a2", "A"): 40, ("c1", "C"): 77})
    # μ = 177/3 = 59, deviations 1, −19, 18: σ = √((1+361+324)/2) = √343.
    # A: mean 50, sd √200, z = ±10/√200 = ±1/√2 → T' = 59 ± √343/√2. C has one scorecard: 77.
    score = by_candidacy(rank_round(scores, PLAIN), "score")
    assert score["c1"] == pytest.approx(77)
    assert score["a1"] == pytest.approx(59 + math.sqrt(343 / 2))
    assert score["a2"] == pytest.approx(59 - math.sqrt(343 / 2))


def test_a_juror_whose_totals_do_not_spread_gets_z_zero_so_the_round_mean() -> None:
    scores = totals_of({("a1", "A"): 60, ("a2", "A"): 40, ("d1", "D"): 70, ("d2", "D"): 70})
    # μ = 240/4 = 60; deviations 0, −20, 10, 10: σ = √(600/3) = √200.
    # A: mean 50, sd √200, z = ±10/√200 → T' = 60 ± 10 = 70 and 50.
    # D: sd 0 → z = 0 → T' = μ = 60 for both.
    score = by_candidacy(rank_round(scores, PLAIN), "score")
    assert score == pytest.approx({"a1": 70, "a2": 50, "d1": 60, "d2": 60})


# Weights 0.1, 0.2, 0.3 on scales 1–4, 0–10, 1–7. Scorecards (1, 1, 6): s = 0, 10, 250/3, and
# (1, 6, 4): s = 0, 60, 50 have T = (0.2·10 + 0.3·250/3)/0.6 = (0.2·60 + 0.3·50)/0.6 = 27/0.6 = 45
# exactly, yet in floating point 44.99999999999999 and 45.0.
NEAR = pd.DataFrame(
    {"criterion": ["a", "b", "c"], "weight": [0.1, 0.2, 0.3], "min": [1, 0, 1], "max": [4, 10, 7]}
)
AT_45 = ((1, 1, 6), (1, 6, 4))
# (2, 0, 6): s = 100/3, 0, 250/3 and (2, 5, 4): s = 100/3, 50, 50 have T = (10/3 + 25)/0.6
# = (10/3 + 10 + 15)/0.6 = 425/9 exactly, yet 47.222222222222214 and 47.22222222222223.
AT_425_9 = ((2, 0, 6), (2, 5, 4))


def near_tie_scorecards(
    first: str, second: str, juror: str = "j", values: tuple = AT_45
) -> list[tuple]:
    return [
        *scorecard(first, juror, values[0]),
        *scorecard(second, juror, values[1]),
    ]


def test_float_noise_in_a_jurors_totals_is_no_spread() -> None:
    scores = scores_of([*near_tie_scorecards("x", "y", "A", AT_425_9), ("z", "B", "b", 2)])
    totals = scorecard_totals(scores, NEAR)["total"].tolist()
    assert totals[0] != totals[1]  # the fixture does produce float noise
    # A's two totals are both 425/9 in exact arithmetic: sd 0 → z = 0 → T' = μ for both, whereas
    # dividing by the 1e-14 of noise would send them to μ ± 0.71σ.
    # z: b alone, 2 on 0–10 → T = 20, B's only scorecard, kept.
    # μ = (2·425/9 + 20)/3 = (850/9 + 180/9)/3 = 1030/27.
    score = by_candidacy(rank_round(scores, NEAR), "score")
    assert score["x"] == pytest.approx(1030 / 27)
    assert score["y"] == pytest.approx(1030 / 27)
    assert score["z"] == pytest.approx(20)


def test_normalised_totals_show_t_beside_t_prime() -> None:
    scores = totals_of({("a1", "A"): 60, ("a2", "A"): 40, ("d1", "D"): 70, ("d2", "D"): 70})
    table = normalised_totals(scores, PLAIN)
    # As in the zero-spread test above: T' = 70, 50, 60, 60.
    assert table.columns.tolist() == ["candidacy", "juror", "total", "adjusted"]
    assert table["total"].tolist() == pytest.approx([60, 40, 70, 70])
    assert table["adjusted"].tolist() == pytest.approx([70, 50, 60, 60])
    assert normalised_totals(scores_of([]), PLAIN).empty


def test_without_normalisation_the_score_is_the_raw_total() -> None:
    scores = totals_of({("a1", "A"): 60, ("a2", "A"): 40, ("d1", "D"): 70, ("d2", "D"): 70})
    score = by_candidacy(rank_round(scores, PLAIN, normalise=False), "score")
    assert score == pytest.approx({"a1": 60, "a2": 40, "d1": 70, "d2": 70})


# --- Step 4: candidacy score -------------------------------------------------------------------

FIVE_JURORS = totals_of({("c", "j1"): 10, ("c", "j2"): 20, ("c", "j3"): 40, ("c", "j4"): 50})
FIVE_JURORS = pd.concat([FIVE_JURORS, totals_of({("c", "j5"): 100})], ignore_index=True)


@pytest.mark.parametrize(
    ("aggregate", "expected"),
    [
        ("mean", 44),  # (10 + 20 + 40 + 50 + 100)/5 = 220/5
        ("median", 40),  # the middle of 10 20 40 50 100
        ("trimmed_mean", 110 / 3),  # ⌊0.2·5⌋ = 1 cut at each end: (20 + 40 + 50)/3
    ],
)
def test_aggregates(aggregate: str, expected: float) -> None:
    # Each juror has one scorecard, so normalisation keeps the totals as they are.
    result = rank_round(FIVE_JURORS, PLAIN, aggregate=aggregate)
    assert result["score"].tolist() == [pytest.approx(expected)]
    assert result["n"].tolist() == [5]


def test_trimmed_mean_with_a_larger_trim() -> None:
    # ⌊0.4·5⌋ = 2 cut at each end leaves the median, 40.
    result = rank_round(FIVE_JURORS, PLAIN, aggregate="trimmed_mean", trim=0.4)
    assert result["score"].tolist() == [pytest.approx(40)]


def test_median_of_an_even_count_is_the_mean_of_the_middle_two() -> None:
    scores = totals_of({("c", "j1"): 40, ("c", "j2"): 60})
    assert rank_round(scores, PLAIN, aggregate="median")["score"].tolist() == [50]


def test_trimmed_mean_of_fewer_than_three_scorecards_is_the_mean() -> None:
    scores = totals_of({("c", "j1"): 40, ("c", "j2"): 90})
    # Even with trim 0.49 nothing is cut from 2 values: (40 + 90)/2.
    result = rank_round(scores, PLAIN, aggregate="trimmed_mean", trim=0.49)
    assert result["score"].tolist() == [pytest.approx(65)]
    assert trimmed_mean([7.0], 0.49) == 7.0


def test_trimmed_mean_cut_is_not_lost_to_float_error() -> None:
    # 0.29 · 100 is 28.999999999999996 in floating point; the cut is 29 at each end.
    # 29 zeros and 71 hundreds: cutting 29 each end leaves 42 hundreds → 100 (a cut of 28 would
    # leave a zero in: 4300/44).
    assert trimmed_mean([0.0] * 29 + [100.0] * 71, 0.29) == pytest.approx(100)


def test_n_and_sd_of_a_candidacy() -> None:
    scores = totals_of({("c", "j1"): 30, ("c", "j2"): 50, ("c", "j3"): 70})
    result = rank_round(scores, PLAIN)
    # mean 50, deviations −20, 0, 20: sd = √(800/2) = 20 (sample sd, ddof 1).
    assert result["n"].tolist() == [3]
    assert result["sd"].tolist() == [pytest.approx(20)]


# --- Step 5: ranks and ties --------------------------------------------------------------------


def test_equal_scores_share_a_rank_and_the_next_rank_is_skipped() -> None:
    scores = totals_of({("w", "j1"): 90, ("y", "j2"): 80, ("x", "j3"): 80, ("z", "j4"): 70})
    result = rank_round(scores, PLAIN)
    # Competition ranking 1, 2, 2, 4; the tied pair listed by candidacy id.
    assert result["candidacy"].tolist() == ["w", "x", "y", "z"]
    assert result["rank"].tolist() == [1, 2, 2, 4]


def test_a_tie_is_broken_by_the_first_tiebreak_criterion() -> None:
    criteria = equal_panels(["impact", "feasibility"])
    scores = scores_of(
        [
            ("x", "j", "impact", 6),
            ("x", "j", "feasibility", 8),  # T = (60 + 80)/2 = 70
            ("y", "j", "impact", 8),
            ("y", "j", "feasibility", 6),  # T = (80 + 60)/2 = 70
        ]
    )
    result = rank_round(scores, criteria, tiebreak=["impact"])
    # Tied at 70; y's impact 80 beats x's 60.
    assert result["candidacy"].tolist() == ["y", "x"]
    assert result["rank"].tolist() == [1, 2]
    assert by_candidacy(result, "mean_impact") == pytest.approx({"x": 60, "y": 80})


def test_a_tie_still_tied_after_the_first_criterion_is_broken_by_the_second() -> None:
    criteria = equal_panels(["a", "b", "c"])
    scores = scores_of(
        [
            *scorecard("x", "j", (5, 6, 7)),  # T = 60
            *scorecard("y", "j", (5, 7, 6)),  # T = 60
        ]
    )
    result = rank_round(scores, criteria, tiebreak=["a", "b"])
    # a: 50 = 50, still tied; b: y's 70 beats x's 60.
    assert result["candidacy"].tolist() == ["y", "x"]
    assert result["rank"].tolist() == [1, 2]
    assert result.columns.tolist()[6:8] == ["mean_a", "mean_b"]


def test_a_tie_the_criteria_cannot_break_stays_shared() -> None:
    criteria = equal_panels(["a", "b", "c"])
    scores = scores_of(
        [
            *scorecard("x", "j", (5, 6, 7)),  # T = 60
            *scorecard("y", "j", (5, 6, 7)),  # T = 60
            *scorecard("z", "j", (1, 1, 1)),  # T = 10
        ]
    )
    result = rank_round(scores, criteria, tiebreak=["a", "b"])
    assert result["candidacy"].tolist() == ["x", "y", "z"]
    assert result["rank"].tolist() == [1, 1, 3]


def test_tiebreak_means_ignore_abstentions() -> None:
    criteria = equal_panels(["a", "b"])
    scores = scores_of(
        [
            ("x", "j1", "a", 8),
            ("x", "j1", "b", 4),  # T = 60
            ("x", "j2", "a", None),
            ("x", "j2", "b", 6),  # T = 60 (b alone)
            ("y", "j3", "a", 7),
            ("y", "j3", "b", 5),  # T = 60
        ]
    )
    result = rank_round(scores, criteria, normalise=False, tiebreak=["a"])
    # x's mean on a is 80 (j2 abstained), not (80 + 0)/2 = 40: x beats y's 70.
    assert by_candidacy(result, "mean_a") == pytest.approx({"x": 80, "y": 70})
    assert result["candidacy"].tolist() == ["x", "y"]


def test_a_candidacy_nobody_scored_on_the_tiebreak_criterion_loses_the_tiebreak() -> None:
    criteria = equal_panels(["a", "b"])
    scores = scores_of([("x", "j", "b", 6), ("y", "j", "a", 6)])
    result = rank_round(scores, criteria, tiebreak=["a"])
    # Both T = 60; x has no score on a (NaN mean), so y wins the tie-break.
    assert result["candidacy"].tolist() == ["y", "x"]
    assert result["rank"].tolist() == [1, 2]
    assert math.isnan(by_candidacy(result, "mean_a")["x"])


def test_scores_equal_in_exact_arithmetic_share_a_rank() -> None:
    scores = scores_of([*near_tie_scorecards("x", "y"), ("z", "j", "b", 2)])
    totals = scorecard_totals(scores, NEAR)["total"].tolist()
    assert totals[0] != totals[1]  # 44.99999999999999 and 45.0
    result = rank_round(scores, NEAR, normalise=False)
    assert result["candidacy"].tolist() == ["x", "y", "z"]
    assert result["rank"].tolist() == [1, 1, 3]


def test_scores_equal_along_different_paths_share_a_rank() -> None:
    # x: one scorecard at 45 computed as 44.99999999999999; y: two scorecards 30 and 60 whose
    # mean is 45.0 — equal in arithmetic, so the same rank.
    scores = scores_of(
        [
            *near_tie_scorecards("x", "w", "j1")[:3],
            ("y", "j2", "b", 3),
            ("y", "j3", "b", 6),
        ]
    )
    result = rank_round(scores, NEAR, normalise=False)
    assert by_candidacy(result, "score") == {"x": 44.99999999999999, "y": 45.0}
    assert result["rank"].tolist() == [1, 1]


# --- Step 6: categories and the disagreement flag -----------------------------------------------


def test_category_ranks_follow_the_same_rules_within_each_category() -> None:
    scores = totals_of(
        {("a", "j"): 90, ("b", "j"): 80, ("c", "j"): 80, ("d", "j"): 70, ("e", "j"): 60}
    )
    categories = {"a": "city", "b": "town", "c": "city", "d": "town", "e": "town"}
    result = rank_round(scores, PLAIN, normalise=False, categories=categories)
    # Overall 90 80 80 70 60 → 1 2 2 4 5. City: a 90, c 80 → 1, 2. Town: b 80, d 70, e 60 → 1 2 3.
    assert by_candidacy(result, "rank") == {"a": 1, "b": 2, "c": 2, "d": 4, "e": 5}
    assert by_candidacy(result, "category") == categories
    assert by_candidacy(result, "category_rank") == {"a": 1, "c": 2, "b": 1, "d": 2, "e": 3}


def test_categories_can_be_a_series() -> None:
    scores = totals_of({("a", "j"): 90, ("b", "j"): 80})
    categories = pd.Series({"a": "x", "b": "x", "unused": "y"})
    result = rank_round(scores, PLAIN, categories=categories)
    assert result["category_rank"].tolist() == [1, 2]


@pytest.mark.parametrize(
    ("totals", "flagged"),
    [
        ((29.9, 50, 70.1), True),  # sd = √((20.1² + 0 + 20.1²)/2) = 20.1 > 20
        ((30, 50, 70), False),  # sd = √((400 + 0 + 400)/2) = 20, exactly at: not above
        ((30.01, 50.01, 70.01), False),  # sd 20 too, though 20.000000000000004 in floating point
        ((31, 50, 69), False),  # sd = 19
    ],
)
def test_disagreement_flag_is_sd_above_the_threshold(totals: tuple, flagged: bool) -> None:
    scores = totals_of({("c", f"j{i}"): total for i, total in enumerate(totals)})
    result = rank_round(scores, PLAIN, threshold=20.0)
    assert result["flagged"].tolist() == [flagged]


def test_a_single_scorecard_has_no_sd_and_is_not_flagged() -> None:
    result = rank_round(totals_of({("c", "j"): 50}), PLAIN, threshold=0)
    assert math.isnan(result["sd"].iloc[0])
    assert result["flagged"].tolist() == [False]


# --- Shortlist ---------------------------------------------------------------------------------


def ranking_of(ranks: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"candidacy": [f"c{i:02}" for i in range(len(ranks))], "rank": ranks})


def test_shortlist_by_size_takes_everyone_tied_at_the_cut_off() -> None:
    ranking = ranking_of([1, 2, 2, 4, 5])
    assert shortlist(ranking, size=1)["candidacy"].tolist() == ["c00"]
    # The 2nd place is tied with the 3rd: both advance.
    assert shortlist(ranking, size=2)["rank"].tolist() == [1, 2, 2]
    assert shortlist(ranking, size=4)["rank"].tolist() == [1, 2, 2, 4]
    assert shortlist(ranking, size=9)["rank"].tolist() == [1, 2, 2, 4, 5]
    assert shortlist(ranking, size=0).empty


def test_shortlist_by_percent_rounds_up() -> None:
    ranking = ranking_of([1, 2, 3, 4, 5])
    # 30 % of 5 = 1.5 → 2; 40 % of 5 = 2.
    assert shortlist(ranking, percent=30)["rank"].tolist() == [1, 2]
    assert shortlist(ranking, percent=40)["rank"].tolist() == [1, 2]
    assert shortlist(ranking, percent=41)["rank"].tolist() == [1, 2, 3]
    # 10 % of 30 is 3, although 0.1 · 30 is 3.0000000000000004 in floating point.
    assert len(shortlist(ranking_of(list(range(1, 31))), percent=10)) == 3


def test_shortlist_with_size_and_percent_takes_the_smaller() -> None:
    ranking = ranking_of([1, 2, 3, 4, 5])
    assert len(shortlist(ranking, size=4, percent=40)) == 2  # 40 % of 5 = 2 < 4
    assert len(shortlist(ranking, size=1, percent=40)) == 1


def test_shortlist_cap_limits_the_target_but_ties_at_the_cut_off_still_advance() -> None:
    ranking = ranking_of([1, 2, 2, 4, 5])
    assert shortlist(ranking, size=4, cap=1)["rank"].tolist() == [1]
    # The cap of 2 stops at the 2nd place, which is tied with the 3rd: 3 advance.
    assert shortlist(ranking, size=4, cap=2)["rank"].tolist() == [1, 2, 2]


def test_shortlist_of_one_category() -> None:
    scores = totals_of({("a", "j"): 90, ("b", "j"): 80, ("c", "j"): 80, ("d", "j"): 70})
    categories = {"a": "city", "b": "town", "c": "town", "d": "town"}
    ranking = rank_round(scores, PLAIN, normalise=False, categories=categories)
    town = shortlist(ranking[ranking["category"] == "town"], size=1)
    # b and c tie for the town's first place (overall 2, 2): both advance.
    assert town["candidacy"].tolist() == ["b", "c"]


def test_shortlist_needs_a_size_or_a_percent() -> None:
    with pytest.raises(ValueError, match="size, a percent"):
        shortlist(ranking_of([1, 2]), cap=1)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"size": -1}, "size must be 0 or more"),
        ({"percent": 101}, r"percent must be in \[0, 100\]"),
        ({"size": 1, "cap": -1}, "cap must be 0 or more"),
    ],
)
def test_shortlist_refuses_impossible_counts(options: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        shortlist(ranking_of([1, 2]), **options)


# --- Validation --------------------------------------------------------------------------------

VALID = scores_of([("c1", "j1", "impact", 4), ("c1", "j1", "feasibility", 7)])


def criteria_with(**changes: list) -> pd.DataFrame:
    return TWO_SCALES.assign(**changes)


@pytest.mark.parametrize(
    ("scores", "criteria", "message"),
    [
        (VALID.drop(columns="juror"), TWO_SCALES, "scores is missing the column.*juror"),
        (VALID, TWO_SCALES.drop(columns=["min", "max"]), "criteria is missing.*min, max"),
        (VALID.assign(value=[6, 7]), TWO_SCALES, r"value 6.*impact.*outside.*\[1, 5\]"),
        (VALID.assign(value=[0, 7]), TWO_SCALES, r"value 0.*outside"),
        (VALID.assign(value=[4, 10.5]), TWO_SCALES, r"value 10.5.*feasibility.*outside"),
        (VALID.assign(criterion=["impact", "cost"]), TWO_SCALES, r"not in criteria: \['cost'\]"),
        (VALID, criteria_with(max=[5, 0]), "have max <= min"),
        (VALID, criteria_with(min=[6, 0]), "have max <= min"),
        (VALID, criteria_with(weight=[1, -1]), "negative weight"),
        (VALID, criteria_with(weight=[0, 0]), "all criteria weights are zero"),
        (VALID, TWO_SCALES.iloc[:0], "criteria is empty"),
        (VALID, criteria_with(criterion=["impact", "impact"]), "more than once"),
        (VALID, criteria_with(weight=[1, None]), "lack a weight"),
        (VALID.assign(value=["four", 7]), TWO_SCALES, "score values must be numbers"),
        (pd.concat([VALID, VALID]), TWO_SCALES, "more than one row for the same scorecard"),
    ],
)
def test_inconsistent_input_is_refused(
    scores: pd.DataFrame, criteria: pd.DataFrame, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        rank_round(scores, criteria)
    with pytest.raises(ValueError, match=message):
        scorecard_totals(scores, criteria)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"aggregate": "mode"}, "unknown aggregate 'mode'"),
        ({"tiebreak": ["impact", "cost"]}, r"tie-break criteria \['cost'\] are not in criteria"),
        ({"aggregate": "trimmed_mean", "trim": 0.5}, r"trim must be in \[0, 0.5\)"),
        ({"categories": {"c2": "city"}}, r"candidacies \['c1'\] have no category"),
    ],
)
def test_impossible_options_are_refused(options: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        rank_round(VALID, TWO_SCALES, **options)


def test_empty_scores_give_an_empty_result_with_the_columns() -> None:
    empty = scores_of([])
    result = rank_round(empty, TWO_SCALES, tiebreak=["impact"], categories={})
    assert result.empty
    assert result.columns.tolist() == [
        "candidacy",
        "rank",
        "score",
        "n",
        "sd",
        "flagged",
        "mean_impact",
        "category",
        "category_rank",
    ]
    assert rank_round(empty, TWO_SCALES).columns.tolist()[:6] == [
        "candidacy",
        "rank",
        "score",
        "n",
        "sd",
        "flagged",
    ]
    assert scorecard_totals(empty, TWO_SCALES).empty


# --- Determinism -------------------------------------------------------------------------------


def random_round(seed: int, candidacies: int = 12, jurors: int = 6) -> pd.DataFrame:
    """Partial panels, abstentions and uneven weights, so that order of sums would show."""
    rng = np.random.default_rng(seed)
    rows = []
    for candidacy in range(candidacies):
        for juror in rng.choice(jurors, size=3, replace=False):
            for criterion, (low, high) in zip("abc", ((1, 4), (0, 10), (1, 7)), strict=True):
                value = None if rng.random() < 0.1 else int(rng.integers(low, high + 1))
                rows.append((f"c{candidacy:02}", f"j{juror}", criterion, value))
    return scores_of(rows)


def test_ranking_is_deterministic_and_independent_of_row_order() -> None:
    scores = random_round(seed=7)
    options = {"tiebreak": ["c", "b"], "categories": {f"c{i:02}": i % 3 for i in range(12)}}
    first = rank_round(scores, NEAR, **options)
    pd.testing.assert_frame_equal(first, rank_round(scores, NEAR, **options), check_exact=True)
    for seed in range(5):
        shuffled = scores.sample(frac=1, random_state=seed)
        again = rank_round(shuffled, NEAR, **options)
        pd.testing.assert_frame_equal(first, again, check_exact=True)


# --- Properties --------------------------------------------------------------------------------
# Seeded random rounds rather than hypothesis, whose cache would land in the project's folder.


def random_rows(seed: int) -> pd.DataFrame:
    """Up to 60 scores, 0–10 or blank, on 6 candidacies × 4 jurors × criteria a, b, c."""
    rng = np.random.default_rng(seed)
    rows = {
        (f"c{rng.integers(6)}", f"j{rng.integers(4)}", str(rng.choice(list("abc")))): (
            None if rng.random() < 0.15 else int(rng.integers(0, 11))
        )
        for _ in range(rng.integers(0, 61))
    }
    return scores_of([(*key, value) for key, value in rows.items()])


@pytest.mark.parametrize("normalise", [True, False])
def test_ranks_are_a_competition_ranking(normalise: bool) -> None:
    for seed in range(150):
        result = rank_round(random_rows(seed), equal_panels(list("abc")), normalise=normalise)
        keys = result["score"].round(9).tolist()
        # A rank is 1 + the number of candidacies with a strictly higher score.
        expected = [1 + sum(other > key for other in keys) for key in keys]
        assert result["rank"].tolist() == expected, f"seed {seed}"
        assert result["rank"].is_monotonic_increasing, f"seed {seed}"


def test_raw_scores_stay_within_0_and_100() -> None:
    criteria = pd.DataFrame(
        {"criterion": list("abc"), "weight": [0.5, 2, 1], "min": [0, -2, 0], "max": [10, 12, 20]}
    )
    for seed in range(150):
        scores = random_rows(seed)
        for aggregate in ("mean", "median", "trimmed_mean"):
            result = rank_round(scores, criteria, normalise=False, aggregate=aggregate)
            assert result["score"].between(0, 100).all(), f"seed {seed}, {aggregate}"
            assert (result["n"] >= 1).all(), f"seed {seed}"


# --- The worked example of docs/ranking.md ------------------------------------------------------

WORKED_CRITERIA = pd.DataFrame(
    {"criterion": ["impact", "feasibility"], "weight": [2, 1], "min": [1, 0], "max": [5, 10]}
)
WORKED_RAW = {  # (candidacy, juror): (impact on 1–5, feasibility on 0–10)
    ("Arles", "Ana"): (5, 8),
    ("Brest", "Ana"): (4, 6),
    ("Colmar", "Ana"): (3, 9),
    ("Arles", "Ben"): (5, 7),
    ("Brest", "Ben"): (4, 7),
    ("Colmar", "Ben"): (3, None),
    ("Arles", "Chloé"): (3, 4),
    ("Brest", "Chloé"): (2, 5),
    ("Colmar", "Chloé"): (1, 3),
}


def worked_scores() -> pd.DataFrame:
    return scores_of(
        [
            row
            for (candidacy, juror), (impact, feasibility) in WORKED_RAW.items()
            for row in (
                (candidacy, juror, "impact", impact),
                (candidacy, juror, "feasibility", feasibility),
            )
        ]
    )


def test_worked_example_totals() -> None:
    totals = scorecard_totals(worked_scores(), WORKED_CRITERIA).set_index(["candidacy", "juror"])
    # T = (2·impact score + feasibility score)/3; Ben abstained on Colmar's feasibility.
    expected = {
        ("Arles", "Ana"): (2 * 100 + 80) / 3,  # 93.33
        ("Brest", "Ana"): (2 * 75 + 60) / 3,  # 70
        ("Colmar", "Ana"): (2 * 50 + 90) / 3,  # 63.33
        ("Arles", "Ben"): (2 * 100 + 70) / 3,  # 90
        ("Brest", "Ben"): (2 * 75 + 70) / 3,  # 73.33
        ("Colmar", "Ben"): 50,  # impact alone: 2·50/2
        ("Arles", "Chloé"): (2 * 50 + 40) / 3,  # 46.67
        ("Brest", "Chloé"): (2 * 25 + 50) / 3,  # 33.33
        ("Colmar", "Chloé"): (2 * 0 + 30) / 3,  # 10
    }
    assert totals["total"].to_dict() == pytest.approx(expected)


def test_worked_example_numbers_in_the_doc() -> None:
    """The numbers docs/ranking.md prints, to two decimals, so the page never drifts."""
    scores = worked_scores()
    totals = scorecard_totals(scores, WORKED_CRITERIA)["total"]
    assert round(totals.mean(), 2) == 58.89  # μ
    assert round(totals.std(), 2) == 26.87  # σ
    scaled = criterion_scores(scores, WORKED_CRITERIA)
    step_1 = scaled.set_index(["candidacy", "juror", "criterion"])["score"]
    assert step_1[("Brest", "Chloé", "impact")] == 25
    assert step_1[("Colmar", "Ana", "feasibility")] == 90
    assert ("Colmar", "Ben", "feasibility") not in step_1.index  # the blank
    adjusted = normalised_totals(scores, WORKED_CRITERIA).set_index(["candidacy", "juror"])
    by_juror = adjusted["total"].groupby("juror")
    assert by_juror.mean().round(2).to_dict() == {"Ana": 75.56, "Ben": 71.11, "Chloé": 30.0}
    assert by_juror.std().round(2).to_dict() == {"Ana": 15.75, "Ben": 20.09, "Chloé": 18.56}
    z = (adjusted["total"] - by_juror.transform("mean")) / by_juror.transform("std")
    assert z.round(2).to_dict() == {
        ("Arles", "Ana"): 1.13,
        ("Arles", "Ben"): 0.94,
        ("Arles", "Chloé"): 0.90,
        ("Brest", "Ana"): -0.35,
        ("Brest", "Ben"): 0.11,
        ("Brest", "Chloé"): 0.18,
        ("Colmar", "Ana"): -0.78,
        ("Colmar", "Ben"): -1.05,
        ("Colmar", "Chloé"): -1.08,
    }
    assert adjusted["adjusted"].round(2).to_dict() == {
        ("Arles", "Ana"): 89.22,
        ("Arles", "Ben"): 84.15,
        ("Arles", "Chloé"): 83.02,
        ("Brest", "Ana"): 49.41,
        ("Brest", "Ben"): 61.86,
        ("Brest", "Chloé"): 63.72,
        ("Colmar", "Ana"): 38.04,
        ("Colmar", "Ben"): 30.65,
        ("Colmar", "Chloé"): 29.93,
    }
    normalised = rank_round(scores, WORKED_CRITERIA)
    assert normalised["candidacy"].tolist() == ["Arles", "Brest", "Colmar"]
    assert normalised["rank"].tolist() == [1, 2, 3]
    assert normalised["score"].round(2).tolist() == [85.46, 58.33, 32.87]
    assert normalised["sd"].round(2).tolist() == [3.30, 7.78, 4.49]
    assert normalised["flagged"].tolist() == [False, False, False]
    raw = rank_round(scores, WORKED_CRITERIA, normalise=False)
    assert raw["score"].round(2).tolist() == [76.67, 58.89, 41.11]
    assert raw["sd"].round(2).tolist() == [26.03, 22.19, 27.76]
    assert raw["flagged"].tolist() == [True, True, True]
