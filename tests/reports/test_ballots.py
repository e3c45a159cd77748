"""Preferential ballots counted by Schulze and Borda, checked on published worked examples.

Sources are cited next to each example; the small cases are worked out by hand in comments. No
Django and no database: the engine is pure pandas.
"""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reports.ballots import (
    borda,
    compare,
    disagreements,
    from_counts,
    pairwise_matrix,
    schulze,
)

# --- Published example: Wikipedia, "Schulze method" -------------------------------------------
# https://en.wikipedia.org/wiki/Schulze_method, section "Example" (45 voters, 5 candidates):
# the ballots, the table of pairwise preferences, the strongest paths and E > A > C > B > D.
WIKIPEDIA_SCHULZE = from_counts(
    [
        (5, list("ACBED")),
        (5, list("ADECB")),
        (8, list("BEDAC")),
        (3, list("CABED")),
        (7, list("CAEBD")),
        (2, list("CBADE")),
        (7, list("DCEBA")),
        (8, list("EBADC")),
    ]
)
ABCDE = list("ABCDE")
# The published matrix of pairwise preferences, rows d[X, *] for X = A … E.
PUBLISHED_PAIRWISE = [
    [0, 20, 26, 30, 22],
    [25, 0, 16, 33, 18],
    [19, 29, 0, 17, 24],
    [15, 12, 28, 0, 14],
    [23, 27, 21, 31, 0],
]
# The published strengths of the strongest paths, rows p[X, *].
PUBLISHED_PATHS = [
    [0, 28, 28, 30, 24],
    [25, 0, 28, 33, 24],
    [25, 29, 0, 29, 24],
    [25, 28, 28, 0, 24],
    [25, 28, 28, 31, 0],
]

# --- Published example: Wikipedia, "Borda count" ----------------------------------------------
# https://en.wikipedia.org/wiki/Borda_count, section "Example": the capital of Tennessee, voters
# living near four cities vote for the closest first. 42 % Memphis > Nashville > Chattanooga >
# Knoxville, 26 % Nashville > Chattanooga > Knoxville > Memphis, 15 % Chattanooga > Knoxville >
# Nashville > Memphis, 17 % Knoxville > Chattanooga > Nashville > Memphis; counted for 100 voters.
CITIES = ["Memphis", "Nashville", "Chattanooga", "Knoxville"]
TENNESSEE = from_counts(
    [
        (42, ["Memphis", "Nashville", "Chattanooga", "Knoxville"]),
        (26, ["Nashville", "Chattanooga", "Knoxville", "Memphis"]),
        (15, ["Chattanooga", "Knoxville", "Nashville", "Memphis"]),
        (17, ["Knoxville", "Chattanooga", "Nashville", "Memphis"]),
    ]
)

# --- The worked example of docs/ranking.md ("Deliberation") -----------------------------------
# Five jurors, three finalists; the fifth juror ties b and c.
DOC_BALLOTS = [
    ["a", "b", "c"],
    ["a", "b", "c"],
    ["a", "b", "c"],
    ["b", "c", "a"],
    [["b", "c"], "a"],
]
DOC_SCORE_RANKS = {"a": 2, "b": 1, "c": 3}


def by_candidate(table: pd.DataFrame, column: str) -> dict:
    return dict(zip(table["candidate"], table[column], strict=True))


# --- Schulze: published example ---------------------------------------------------------------


def test_pairwise_matrix_matches_the_published_schulze_example() -> None:
    d = pairwise_matrix(WIKIPEDIA_SCHULZE, ABCDE)
    assert d.index.tolist() == ABCDE
    assert d.columns.tolist() == ABCDE
    assert d.to_numpy().tolist() == PUBLISHED_PAIRWISE


def test_strongest_paths_match_the_published_schulze_example() -> None:
    result = schulze(WIKIPEDIA_SCHULZE, ABCDE)
    assert result.pairwise.to_numpy().tolist() == PUBLISHED_PAIRWISE
    assert result.strongest_paths.to_numpy().tolist() == PUBLISHED_PATHS


def test_ranking_of_the_published_schulze_example_is_e_a_c_b_d() -> None:
    result = schulze(WIKIPEDIA_SCHULZE, ABCDE)
    assert result.ranking["candidate"].tolist() == ["E", "A", "C", "B", "D"]
    assert result.ranking["rank"].tolist() == [1, 2, 3, 4, 5]
    # E is ahead of all four others, A of C, B and D, …, D of nobody.
    assert result.ranking["wins"].tolist() == [4, 3, 2, 1, 0]
    assert result.winners == ["E"]


def test_the_published_example_has_no_condorcet_winner_yet_schulze_has_one() -> None:
    d = np.array(PUBLISHED_PAIRWISE)
    # Each candidate loses at least one duel: A to B (20 < 25), B to C, C to A, D to C, E to A.
    assert all((d[i] < d[:, i]).any() for i in range(5))
    assert schulze(WIKIPEDIA_SCHULZE, ABCDE).winners == ["E"]


# --- Schulze: a cycle -------------------------------------------------------------------------


def test_a_rock_paper_scissors_cycle_leaves_all_three_tied() -> None:
    # 1 a>b>c, 1 b>c>a, 1 c>a>b: a beats b 2–1 (voters 1 and 3), b beats c 2–1, c beats a 2–1.
    # Every winning link is 2, so every strongest path is 2 both ways: nobody is ahead.
    ballots = [list("abc"), list("bca"), list("cab")]
    result = schulze(ballots, list("abc"))
    assert result.pairwise.to_numpy().tolist() == [[0, 2, 1], [1, 0, 2], [2, 1, 0]]
    assert result.strongest_paths.to_numpy().tolist() == [[0, 2, 2], [2, 0, 2], [2, 2, 0]]
    assert result.ranking["rank"].tolist() == [1, 1, 1]
    assert result.ranking["wins"].tolist() == [0, 0, 0]
    assert result.winners == ["a", "b", "c"]


def test_a_cycle_is_broken_by_its_weakest_link() -> None:
    # Hand-computed: 4 a>b>c, 3 b>c>a, 2 c>a>b (9 voters).
    # d: a>b 6–3, b>c 7–2, c>a 5–4: a cycle. Links a→b 6, b→c 7, c→a 5.
    # p[a,c] = min(6, 7) = 6 > p[c,a] = 5; p[b,a] = min(7, 5) = 5 < p[a,b] = 6;
    # p[b,c] = 7 > p[c,b] = min(5, 6) = 5. So a > b > c: the weakest defeat (c over a) is dropped.
    ballots = from_counts([(4, list("abc")), (3, list("bca")), (2, list("cab"))])
    result = schulze(ballots, list("abc"))
    assert result.strongest_paths.to_numpy().tolist() == [[0, 6, 6], [5, 0, 7], [5, 5, 0]]
    assert result.ranking["candidate"].tolist() == ["a", "b", "c"]
    assert result.winners == ["a"]


# --- Schulze: tied ballots --------------------------------------------------------------------


def test_tied_ballots_count_for_neither_side() -> None:
    # Hand-computed. 3 voters a = b > c, 2 b > c > a, 2 c > a > b (7 voters).
    # a vs b: the 3 tied voters count for neither; 2 (c>a>b) against 2 (b>c>a): d = 2 and 2.
    # a vs c: 3 (a=b>c) against 2 + 2 = 4: c beats a 4–3.
    # b vs c: 3 + 2 = 5 against 2: b beats c 5–2.
    # Links: b→c 5, c→a 4 (a–b is level: no link). p[b,a] = min(5, 4) = 4 > p[a,b] = 0,
    # p[b,c] = 5 > p[c,b] = 0, p[c,a] = 4 > p[a,c] = 0. So b > c > a.
    ballots = from_counts([(3, [["a", "b"], "c"]), (2, list("bca")), (2, list("cab"))])
    result = schulze(ballots, list("abc"))
    assert result.pairwise.to_numpy().tolist() == [[0, 2, 3], [2, 0, 5], [4, 2, 0]]
    assert result.strongest_paths.to_numpy().tolist() == [[0, 0, 0], [4, 0, 5], [4, 0, 0]]
    assert result.ranking["candidate"].tolist() == ["b", "c", "a"]
    assert result.winners == ["b"]


def test_a_tie_on_a_ballot_gives_shared_ranks_one_two_two_four() -> None:
    # One ballot a > b = c > d: a beats b, c, d 1–0; b and c beat d 1–0; b–c is 0–0.
    # a is ahead of 3, b and c of d only, d of nobody: ranks 1, 2, 2, 4 (competition ranking).
    result = schulze([["a", ["b", "c"], "d"]], list("abcd"))
    assert by_candidate(result.ranking, "rank") == {"a": 1, "b": 2, "c": 2, "d": 4}
    assert by_candidate(result.ranking, "wins") == {"a": 3, "b": 1, "c": 1, "d": 0}


def test_candidates_left_off_a_ballot_are_tied_at_its_bottom() -> None:
    # ["a"] alone reads a > b = c = d: the same matrix as the explicit ballot.
    assert pairwise_matrix([["a"]], list("abcd")).equals(
        pairwise_matrix([["a", ["b", "c", "d"]]], list("abcd"))
    )
    result = schulze([["a"]], list("abcd"))
    assert by_candidate(result.ranking, "rank") == {"a": 1, "b": 2, "c": 2, "d": 2}


def test_a_candidate_level_with_two_others_that_are_separated_shares_the_higher_rank() -> None:
    # 1 c > a > b, 1 a > b > c: a beats b 2–0, a–c 1–1, b–c 1–1. Only a is ahead of anyone (b).
    # c is level with both, so nobody is ahead of c: a and c are the Schulze winners, b is 2nd.
    result = schulze([list("cab"), list("abc")], list("abc"))
    assert by_candidate(result.ranking, "rank") == {"a": 1, "c": 1, "b": 2}
    assert result.winners == ["a", "c"]


def test_no_ballot_leaves_every_candidate_tied() -> None:
    result = schulze([], list("abc"))
    assert result.pairwise.to_numpy().sum() == 0
    assert result.winners == ["a", "b", "c"]


# --- Borda ------------------------------------------------------------------------------------


def test_borda_matches_the_published_tennessee_example() -> None:
    table = borda(TENNESSEE, CITIES)
    # Published totals with 3-2-1-0 points for 100 voters. Nashville:
    # 42·2 + 26·3 + 15·1 + 17·1 = 84 + 78 + 15 + 17 = 194.
    assert by_candidate(table, "points") == {
        "Memphis": 126,
        "Nashville": 194,
        "Chattanooga": 173,
        "Knoxville": 107,
    }
    assert table["candidate"].tolist() == ["Nashville", "Chattanooga", "Memphis", "Knoxville"]
    assert table["rank"].tolist() == [1, 2, 3, 4]


def test_nashville_is_also_the_condorcet_and_schulze_winner_of_tennessee() -> None:
    # Same Wikipedia example: Nashville beats Memphis 58–42 and the two others 68–32.
    result = schulze(TENNESSEE, CITIES)
    d = result.pairwise
    assert (d.at["Nashville", "Memphis"], d.at["Memphis", "Nashville"]) == (58, 42)
    assert (d.at["Nashville", "Chattanooga"], d.at["Chattanooga", "Nashville"]) == (68, 32)
    assert (d.at["Nashville", "Knoxville"], d.at["Knoxville", "Nashville"]) == (68, 32)
    assert (d.at["Chattanooga", "Knoxville"], d.at["Knoxville", "Chattanooga"]) == (83, 17)
    assert result.ranking["candidate"].tolist() == [
        "Nashville",
        "Chattanooga",
        "Knoxville",
        "Memphis",
    ]


def test_borda_gives_tied_candidates_half_a_point_per_tie() -> None:
    # Hand-computed, 4 candidates (n(n−1)/2 = 6 points per ballot):
    # a > b = c > d: a 3 (b, c, d below); b 1 (d) + 0.5 (c) = 1.5; c 1.5; d 0.
    # [["c", "d"]] alone: c = d > a = b: c 2 + 0.5 = 2.5, d 2.5, a 0 + 0.5 (b) = 0.5, b 0.5.
    # Totals: a 3.5, b 2.0, c 4.0, d 2.5 (sum 12 = 2 ballots · 6). Ranks c 1, a 2, d 3, b 4.
    table = borda([["a", ["b", "c"], "d"], [["c", "d"]]], list("abcd"))
    assert by_candidate(table, "points") == {"a": 3.5, "b": 2.0, "c": 4.0, "d": 2.5}
    assert by_candidate(table, "rank") == {"c": 1, "a": 2, "d": 3, "b": 4}


def test_borda_ties_in_points_share_a_rank() -> None:
    # a > b and b > a: 1 point each; c is last on both, 0. Ranks 1, 1, 3.
    table = borda([list("abc"), list("bac")], list("abc"))
    assert by_candidate(table, "rank") == {"a": 1, "b": 1, "c": 3}


# --- The worked example of docs/ranking.md ----------------------------------------------------


def test_the_documented_example_schulze() -> None:
    # a vs b: 3 (a>b>c) against 2 (b>c>a and b=c>a). a vs c: 3 against 2.
    # b vs c: 3 + 1 = 4 against 0; the fifth juror ties them and counts for neither.
    result = schulze(DOC_BALLOTS, list("abc"))
    assert result.pairwise.to_numpy().tolist() == [[0, 3, 3], [2, 0, 4], [2, 0, 0]]
    # Links a→b 3, a→c 3, b→c 4; a→b→c = min(3, 4) = 3 does not beat the direct 3.
    assert result.strongest_paths.to_numpy().tolist() == [[0, 3, 3], [0, 0, 4], [0, 0, 0]]
    assert result.ranking["candidate"].tolist() == ["a", "b", "c"]
    assert result.winners == ["a"]


def test_the_documented_example_borda() -> None:
    # 3 × a>b>c: a 2, b 1, c 0. b>c>a: b 2, c 1. b=c>a: b 1 + 0.5 = 1.5, c 1.5, a 0.
    # a = 6, b = 3 + 2 + 1.5 = 6.5, c = 1 + 1.5 = 2.5 (sum 15 = 5 ballots · 3).
    table = borda(DOC_BALLOTS, list("abc"))
    assert by_candidate(table, "points") == {"a": 6.0, "b": 6.5, "c": 2.5}
    assert table["candidate"].tolist() == ["b", "a", "c"]


def test_the_documented_example_compared() -> None:
    result, table = schulze(DOC_BALLOTS, list("abc")), borda(DOC_BALLOTS, list("abc"))
    side_by_side = compare(DOC_SCORE_RANKS, result, table)
    assert side_by_side.columns.tolist() == [
        "candidate",
        "rank_score",
        "rank_schulze",
        "rank_borda",
        "agree",
        "note",
    ]
    assert side_by_side.to_dict("records") == [
        {
            "candidate": "a",
            "rank_score": 2,
            "rank_schulze": 1,
            "rank_borda": 2,
            "agree": False,
            "note": "Schulze ranks it 1st, the scores and Borda 2nd",
        },
        {
            "candidate": "b",
            "rank_score": 1,
            "rank_schulze": 2,
            "rank_borda": 1,
            "agree": False,
            "note": "the scores and Borda rank it 1st, Schulze 2nd",
        },
        {
            "candidate": "c",
            "rank_score": 3,
            "rank_schulze": 3,
            "rank_borda": 3,
            "agree": True,
            "note": "",
        },
    ]


def test_the_documented_example_disagreements_in_words() -> None:
    result, table = schulze(DOC_BALLOTS, list("abc")), borda(DOC_BALLOTS, list("abc"))
    assert disagreements(DOC_SCORE_RANKS, result, table) == [
        "b wins by the scores and Borda but a wins by Schulze: a beats every other finalist "
        "head-to-head (3 to 2 against b); b has the most Borda points (6.5, against 6 for a), "
        "as Borda also counts how far down each ballot a finalist is placed.",
        "a: Schulze ranks it 1st, the scores and Borda 2nd.",
        "b: the scores and Borda rank it 1st, Schulze 2nd.",
    ]


def documentation() -> str:
    """docs/ranking.md with its line breaks and runs of spaces folded into single spaces."""
    text = (Path(__file__).parents[2] / "docs" / "ranking.md").read_text(encoding="utf-8")
    return " ".join(text.split())


def test_the_documented_example_is_the_one_in_the_docs() -> None:
    # The page quotes the engine's own words and numbers: any drift fails here.
    result, table = schulze(DOC_BALLOTS, list("abc")), borda(DOC_BALLOTS, list("abc"))
    page = documentation()
    assert f'"{disagreements(DOC_SCORE_RANKS, result, table)[0]}"' in page
    for row in compare(DOC_SCORE_RANKS, result, table).itertuples():
        agree = "yes" if row.agree else "no"
        line = f"| {row.candidate} | {row.rank_score} | {row.rank_schulze} | {row.rank_borda} | "
        assert f"{line}{agree} | {row.note} |".replace("|  |", "| |") in page
    d = result.pairwise
    for x in "abc":
        cells = " | ".join("–" if x == y else str(d.at[x, y]) for y in "abc")
        assert f"| {x} | {cells} |" in page
    points = by_candidate(table, "points")
    assert f"a gets 3 × 2 = {points['a']:g}" in page
    assert f"b gets 3 × 1 + 2 + 1.5 = {points['b']:g}" in page
    assert f"c gets 1 + 1.5 = {points['c']:g}" in page
    assert "Schulze: **a** 1st, b 2nd, c 3rd" in page
    assert "Borda: **b** 1st with 6.5, a 2nd with 6, c 3rd" in page


# --- Comparison -------------------------------------------------------------------------------


def test_compare_ranks_the_finalists_scores_among_themselves() -> None:
    # Ranks 3, 7, 7 in a round of 40 become 1, 2, 2 among the finalists; "z" is not a finalist.
    scores = pd.Series({"z": 1, "a": 3, "b": 7, "c": 7})
    ballots = [["a", ["b", "c"]]]
    side_by_side = compare(scores, schulze(ballots, list("abc")), borda(ballots, list("abc")))
    assert by_candidate(side_by_side, "rank_score") == {"a": 1, "b": 2, "c": 2}
    assert side_by_side["agree"].all()
    assert (side_by_side["note"] == "").all()


def test_compare_says_joint_for_a_shared_rank() -> None:
    ballots = [list("abc"), list("bca"), list("cab")]
    side_by_side = compare(
        {"a": 1, "b": 2, "c": 3}, schulze(ballots, list("abc")), borda(ballots, list("abc"))
    )
    notes = by_candidate(side_by_side, "note")
    assert notes["c"] == "Schulze and Borda rank it joint 1st, the scores 3rd"
    assert notes["b"] == "Schulze and Borda rank it joint 1st, the scores 2nd"
    # a is 1st everywhere, alone or not: the ranks agree (the winner sentence tells the rest).
    assert by_candidate(side_by_side, "agree")["a"]
    assert notes["a"] == ""


def test_compare_needs_a_score_rank_for_every_finalist() -> None:
    ballots = [list("abc")]
    with pytest.raises(ValueError, match="no rank for the finalist"):
        compare({"a": 1, "b": 2}, schulze(ballots, list("abc")), borda(ballots, list("abc")))


def test_compare_refuses_results_of_different_finalists() -> None:
    with pytest.raises(ValueError, match="same finalists"):
        compare({"a": 1, "b": 2}, schulze([], list("ab")), borda([], list("abc")))


def test_no_disagreement_gives_no_sentence() -> None:
    ballots = [list("abc")] * 3
    result, table = schulze(ballots, list("abc")), borda(ballots, list("abc"))
    assert disagreements({"a": 1, "b": 2, "c": 3}, result, table) == []


def test_disagreements_in_a_cycle_give_the_head_to_head_results() -> None:
    ballots = [list("abc"), list("bca"), list("cab")]
    result, table = schulze(ballots, list("abc")), borda(ballots, list("abc"))
    sentences = disagreements({"a": 1, "b": 2, "c": 3}, result, table)
    assert sentences[0].startswith(
        "a wins by the scores but a, b and c tie to win by Schulze and Borda: "
        "a beats b head-to-head 2 to 1; c beats a head-to-head 2 to 1; "
        "b beats c head-to-head 2 to 1; Schulze also counts chains"
    )


def test_three_different_winners_are_named_in_one_sentence() -> None:
    result, table = schulze(DOC_BALLOTS, list("abc")), borda(DOC_BALLOTS, list("abc"))
    sentences = disagreements({"a": 3, "b": 2, "c": 1}, result, table)
    assert sentences[0].startswith(
        "c wins by the scores, a wins by Schulze and b wins by Borda: a beats every other "
        "finalist head-to-head (3 to 2 against b, 3 to 2 against c); b has the most Borda "
        "points (6.5, against 6 for a, 2.5 for c)"
    )


# --- Input ------------------------------------------------------------------------------------


def test_from_counts_repeats_each_ballot() -> None:
    assert from_counts([(2, ["a", "b"]), (0, ["b", "a"]), (1, [["a", "b"]])]) == [
        ["a", "b"],
        ["a", "b"],
        [["a", "b"]],
    ]


@pytest.mark.parametrize("count", [-1, 1.5, "2", True])
def test_from_counts_refuses_a_count_that_is_not_a_whole_number(count: object) -> None:
    with pytest.raises(ValueError, match="whole number"):
        from_counts([(count, ["a"])])


@pytest.mark.parametrize(
    ("ballot", "message"),
    [
        (["a", "x"], "not a candidate"),
        (["a", ["b", "a"]], "more than once"),
        (["a", []], "empty position"),
        ("abc", "is a string"),
    ],
)
def test_a_malformed_ballot_is_refused(ballot: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        schulze([ballot], list("abc"))


@pytest.mark.parametrize(
    ("candidates", "message"),
    [([], "no candidates"), (["a", "a"], "more than once"), (["a", ("b", "c")], "groups")],
)
def test_malformed_candidates_are_refused(candidates: list, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        borda([], candidates)


def test_sets_and_tuples_are_groups_too() -> None:
    assert pairwise_matrix([("a", {"b", "c"})], list("abc")).equals(
        pairwise_matrix([["a", ["b", "c"]]], list("abc"))
    )


# --- Properties -------------------------------------------------------------------------------

CANDIDATES = list("abcde")


@st.composite
def elections(draw: st.DrawFn) -> tuple[list[str], list[list[list[str]]]]:
    """2–5 candidates and 0–9 ballots, each a subset in random order cut into tied groups."""
    candidates = CANDIDATES[: draw(st.integers(2, 5))]
    ballots = []
    for _ in range(draw(st.integers(0, 9))):
        order = draw(st.permutations(candidates))[: draw(st.integers(0, len(candidates)))]
        cuts = sorted(draw(st.sets(st.integers(1, max(1, len(order) - 1)))))
        bounds = [0, *(cut for cut in cuts if cut < len(order)), len(order)]
        ballots.append([order[i:j] for i, j in pairwise(bounds) if j > i])
    return candidates, ballots


def condorcet_winner(d: pd.DataFrame) -> str | None:
    beats = d.to_numpy() > d.to_numpy().T
    winners = [d.index[i] for i in range(len(d)) if beats[i].sum() == len(d) - 1]
    return winners[0] if winners else None


@settings(database=None, max_examples=300)
@given(elections())
def test_a_condorcet_winner_is_the_unique_schulze_winner(election: tuple) -> None:
    candidates, ballots = election
    result = schulze(ballots, candidates)
    winner = condorcet_winner(result.pairwise)
    if winner is not None:
        assert result.winners == [winner]
    assert result.winners  # Schulze always has at least one winner


@settings(database=None, max_examples=300)
@given(elections())
def test_borda_points_add_up_to_each_ballots_share(election: tuple) -> None:
    candidates, ballots = election
    n = len(candidates)
    assert borda(ballots, candidates)["points"].sum() == len(ballots) * n * (n - 1) / 2


@settings(database=None, max_examples=200)
@given(elections(), st.randoms(use_true_random=False))
def test_schulze_does_not_depend_on_the_order_of_the_ballots(
    election: tuple, rng: random.Random
) -> None:
    candidates, ballots = election
    shuffled = list(ballots)
    rng.shuffle(shuffled)
    first, second = schulze(ballots, candidates), schulze(shuffled, candidates)
    assert first.ranking.equals(second.ranking)
    assert first.strongest_paths.equals(second.strongest_paths)
    assert first.winners == second.winners


@settings(database=None, max_examples=200)
@given(elections())
def test_schulze_ranks_follow_its_relation(election: tuple) -> None:
    candidates, ballots = election
    result = schulze(ballots, candidates)
    p = result.strongest_paths
    rank = result.ranking.set_index("candidate")["rank"]
    for x in candidates:
        for y in candidates:
            if p.at[x, y] > p.at[y, x]:
                assert rank[x] < rank[y]
