"""Count a final round's preferential ballots by Schulze and Borda (DESIGN.md, "Ranking method").

Item 8 of the method. Pure numpy and pandas, like reports.ranking: nothing from Django, so it
reruns in a notebook.

A **ballot** is one juror's ordering of the finalists, best first. Each position holds either one
candidate or a group of tied candidates (a list, tuple, set or frozenset):
``["a", ["b", "c"], "d"]`` reads a > b = c > d. Candidates a ballot leaves out are ranked below
every candidate on it, tied among themselves. A candidate is any hashable value other than a
list, tuple, set or frozenset (those are groups), typically a candidacy's id or name.

Every function takes the **ballots as a list with one ballot per voter**, repeats allowed: that is
what a jury hands in. Published examples are given as counts ("8 voters: B > E > D > A > C");
``from_counts`` expands those into that list.

References: M. Schulze (2011), "A new monotonic, clone-independent, reversal symmetric, and
Condorcet-consistent single-winner election method", Social Choice and Welfare 36, 267–303, for
the winning strengths, the widest paths and the ranking; for Borda, the usual n − 1, …, 0 points
with the average-rank treatment of ties.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

Candidate = Hashable
Position = Candidate | Sequence[Candidate] | set | frozenset
Ballot = Sequence[Position]

# Positions of these types are groups of tied candidates; anything else is one candidate.
GROUPS = (list, tuple, set, frozenset)
# Borda points are multiples of 0.5 and exact in floating point, but compared after rounding like
# the scores of reports.ranking, so that no sum order can ever split a tie.
DECIMALS = 9
METHODS = {"score": "the scores", "schulze": "Schulze", "borda": "Borda"}


# --- Ballots ----------------------------------------------------------------------------------


def from_counts(counted: Iterable[tuple[int, Ballot]]) -> list[Ballot]:
    """The list of ballots, one per voter, from (count, ballot) pairs: [(2, b)] gives [b, b]."""
    ballots: list[Ballot] = []
    for count, ballot in counted:
        if isinstance(count, bool) or not isinstance(count, int | np.integer) or count < 0:
            raise ValueError(f"a ballot count must be a whole number, 0 or more, not {count!r}")
        ballots.extend([ballot] * int(count))
    return ballots


def _check_candidates(candidates: Sequence[Candidate]) -> list[Candidate]:
    candidates = list(candidates)
    if not candidates:
        raise ValueError("there are no candidates: a ballot needs at least one finalist")
    if len(set(candidates)) < len(candidates):
        twice = [c for c in dict.fromkeys(candidates) if candidates.count(c) > 1]
        raise ValueError(f"candidates lists {twice} more than once")
    groups = [c for c in candidates if isinstance(c, GROUPS)]
    if groups:
        raise ValueError(f"candidates must be single values, not groups: {groups}")
    return candidates


def _positions(ballot: Ballot, index: Mapping[Candidate, int]) -> np.ndarray:
    """Each candidate's position on ``ballot`` (0 is best); those left out share the last one."""
    if isinstance(ballot, str | bytes):
        # A string is a sequence of letters: "abc" would silently read as a > b > c.
        raise ValueError(f"ballot {ballot!r} is a string: give a list of positions, list('abc')")
    positions = np.full(len(index), len(ballot), dtype=np.int64)
    seen: set[Candidate] = set()
    for place, entry in enumerate(ballot):
        group = list(entry) if isinstance(entry, GROUPS) else [entry]
        if not group:
            raise ValueError(f"ballot {ballot!r} has an empty position")
        for candidate in group:
            if candidate not in index:
                raise ValueError(f"ballot {ballot!r} names {candidate!r}, not a candidate")
            if candidate in seen:
                raise ValueError(f"ballot {ballot!r} names {candidate!r} more than once")
            seen.add(candidate)
            positions[index[candidate]] = place
    return positions


def _position_matrix(ballots: Iterable[Ballot], candidates: Sequence[Candidate]) -> np.ndarray:
    """Ballots × candidates: the position of each candidate on each ballot."""
    index = {candidate: i for i, candidate in enumerate(candidates)}
    rows = [_positions(ballot, index) for ballot in ballots]
    return np.array(rows, dtype=np.int64).reshape(len(rows), len(candidates))


def _square(values: np.ndarray, candidates: Sequence[Candidate]) -> pd.DataFrame:
    frame = pd.DataFrame(values, index=list(candidates), columns=list(candidates))
    return frame.rename_axis(index="candidate", columns="against")


# --- Pairwise matrix and Schulze --------------------------------------------------------------


def _pairwise(positions: np.ndarray) -> np.ndarray:
    """d[X, Y]: how many ballots place X strictly above Y (a tie counts for neither side)."""
    return (positions[:, :, None] < positions[:, None, :]).sum(axis=0).astype(np.int64)


def pairwise_matrix(ballots: Iterable[Ballot], candidates: Sequence[Candidate]) -> pd.DataFrame:
    """d[X][Y] as a DataFrame: row X, column Y, the number of voters strictly preferring X to Y."""
    candidates = _check_candidates(candidates)
    return _square(_pairwise(_position_matrix(ballots, candidates)), candidates)


def _strongest_paths(d: np.ndarray) -> np.ndarray:
    """Schulze's widest paths: the Floyd–Warshall variant over the winning strengths.

    A direct link X → Y has the strength d[X, Y] when X beats Y (d[X, Y] > d[Y, X]), else 0; a
    path is as strong as its weakest link, and p[X, Y] is the strongest path from X to Y. Row and
    column i do not change while i is the intermediate (p[i, i] = 0), so each step can update
    the whole matrix at once and gives exactly the triple loop of the published algorithm.
    """
    p = np.where(d > d.T, d, 0)
    for i in range(len(p)):
        p = np.maximum(p, np.minimum(p[:, i][:, None], p[i, :][None, :]))
    np.fill_diagonal(p, 0)
    return p


@dataclass(frozen=True)
class SchulzeResult:
    """The Schulze count: the matrices it rests on, the ranking and the winner(s).

    ``pairwise`` is d[X][Y] and ``strongest_paths`` p[X][Y] (rows X, columns Y). ``ranking`` has
    the columns candidate, rank, wins, best first; ``winners`` are the candidates ranked 1st.
    """

    pairwise: pd.DataFrame
    strongest_paths: pd.DataFrame
    ranking: pd.DataFrame
    winners: list[Candidate]


def _schulze_ranking(p: np.ndarray, candidates: Sequence[Candidate]) -> pd.DataFrame:
    """X is ahead of Y when p[X, Y] > p[Y, X]; rank = 1 + the number of candidates ahead.

    Schulze proves this relation transitive. When it is a plain order with ties (always so with
    strict ballots and no equal path strengths) the rank is its competition ranking (1, 2, 2, 4):
    candidates it does not separate share a rank. Tied ballots can leave c level with both a and
    b while a is ahead of b; c then shares a's rank and b comes after a: the rank never puts a
    candidate below one that is not ahead of it. Rank 1 is exactly the Schulze winners (nobody
    ahead). wins = how many candidates X is ahead of. Equal ranks keep the order of candidates.
    """
    ahead = p > p.T
    table = pd.DataFrame(
        {
            "candidate": list(candidates),
            "rank": 1 + ahead.sum(axis=0).astype(np.int64),
            "wins": ahead.sum(axis=1).astype(np.int64),
        }
    )
    return table.sort_values("rank", kind="mergesort").reset_index(drop=True)


def schulze(ballots: Iterable[Ballot], candidates: Sequence[Candidate]) -> SchulzeResult:
    """Count ``ballots`` (one per voter) by the Schulze method; see SchulzeResult."""
    candidates = _check_candidates(candidates)
    d = _pairwise(_position_matrix(ballots, candidates))
    p = _strongest_paths(d)
    ranking = _schulze_ranking(p, candidates)
    winners = ranking.loc[ranking["rank"] == 1, "candidate"].tolist()
    return SchulzeResult(_square(d, candidates), _square(p, candidates), ranking, winners)


# --- Borda ------------------------------------------------------------------------------------


def borda(ballots: Iterable[Ballot], candidates: Sequence[Candidate]) -> pd.DataFrame:
    """The Borda count: candidate, points, rank, best first.

    On each ballot a candidate gets one point per candidate placed strictly below it and half a
    point per other candidate tied with it, so with n candidates a strict ballot gives n − 1, …,
    1, 0, and tied candidates share the points of the places they hold (a > b = c gives a 2,
    b and c 0.5 each). Candidates left off a ballot are tied at its bottom. Every ballot thus
    hands out n(n − 1)/2 points. Ranks are competition ranks (1, 2, 2, 4) by points.
    """
    candidates = _check_candidates(candidates)
    positions = _position_matrix(ballots, candidates)
    below = (positions[:, :, None] < positions[:, None, :]).sum(axis=(0, 2))
    # Each candidate is tied with itself on every ballot: that self-tie is taken off.
    tied = (positions[:, :, None] == positions[:, None, :]).sum(axis=(0, 2)) - len(positions)
    table = pd.DataFrame({"candidate": candidates, "points": below + 0.5 * tied})
    table["rank"] = _competition_rank(table["points"])
    return table.sort_values("rank", kind="mergesort").reset_index(drop=True)


def _competition_rank(values: pd.Series) -> pd.Series:
    """1 + the number of strictly higher values (1, 2, 2, 4), compared to DECIMALS."""
    return values.round(DECIMALS).rank(method="min", ascending=False).astype(np.int64)


# --- Side by side -----------------------------------------------------------------------------


def _ordinal(rank: int) -> str:
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def _names(items: Sequence[object]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    words = [str(item) for item in items]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _score_ranks(score_ranking: pd.Series | Mapping, candidates: Sequence[Candidate]) -> pd.Series:
    """The score ranks of the finalists, ranked again among the finalists only (1, 2, 2, 4)."""
    ranks = pd.Series(dict(score_ranking)) if isinstance(score_ranking, Mapping) else score_ranking
    missing = [c for c in candidates if c not in ranks.index or pd.isna(ranks.loc[c])]
    if missing:
        raise ValueError(f"the score ranking has no rank for the finalist(s) {missing}")
    finalists = pd.to_numeric(ranks.loc[list(candidates)]).astype(float)
    return finalists.rank(method="min").astype(np.int64)


def _note(ranks: Mapping[str, int], shared: Mapping[str, bool]) -> str:
    """'Schulze ranks it 1st, the scores and Borda joint 2nd'; '' when all ranks are equal."""
    if len(set(ranks.values())) == 1:
        return ""
    groups: dict[tuple[int, bool], list[str]] = {}
    for method, rank in sorted(ranks.items(), key=lambda item: item[1]):
        groups.setdefault((rank, shared[method]), []).append(METHODS[method])
    parts = []
    for (rank, joint), labels in groups.items():
        place = f"{'joint ' if joint else ''}{_ordinal(rank)}"
        if not parts:
            plural = len(labels) > 1 or labels[0] == METHODS["score"]
            parts.append(f"{_names(labels)} {'rank' if plural else 'ranks'} it {place}")
        else:
            parts.append(f"{_names(labels)} {place}")
    return ", ".join(parts)


def compare(
    score_ranking: pd.Series | Mapping,
    schulze_result: SchulzeResult,
    borda_table: pd.DataFrame,
) -> pd.DataFrame:
    """The three rankings of the finalists side by side, in the order of the Schulze ranking.

    ``score_ranking`` maps each finalist to its rank by the scores (a dict, or a Series such as
    ``rank_round(...).set_index("candidacy")["rank"]``); candidacies that are not finalists are
    ignored, and the finalists' score ranks are ranked again among themselves so that the three
    columns rank the same candidates. Columns: candidate, rank_score, rank_schulze, rank_borda,
    agree (all three equal) and note (how they differ, in words; empty when they agree).
    """
    schulze_ranks = schulze_result.ranking.set_index("candidate")["rank"]
    candidates = schulze_ranks.index.tolist()
    borda_ranks = borda_table.set_index("candidate")["rank"]
    if set(borda_ranks.index) != set(candidates):
        raise ValueError("the Borda table and the Schulze result do not count the same finalists")
    table = pd.DataFrame(
        {
            "candidate": candidates,
            "rank_score": _score_ranks(score_ranking, candidates).to_numpy(),
            "rank_schulze": schulze_ranks.to_numpy(),
            "rank_borda": borda_ranks.loc[candidates].to_numpy(),
        }
    )
    columns = {method: f"rank_{method}" for method in METHODS}
    table["agree"] = table[list(columns.values())].nunique(axis=1) == 1
    shared = {method: table[column].duplicated(keep=False) for method, column in columns.items()}
    table["note"] = [
        _note(
            {method: int(table.at[i, column]) for method, column in columns.items()},
            {method: bool(shared[method].at[i]) for method in METHODS},
        )
        for i in table.index
    ]
    return table


# --- Disagreements in words -------------------------------------------------------------------


def _winner_groups(table: pd.DataFrame) -> dict[tuple, list[str]]:
    """The methods grouped by the winner(s) they give: {(winners…): [method, …]}."""
    groups: dict[tuple, list[str]] = {}
    for method in METHODS:
        winners = tuple(table.loc[table[f"rank_{method}"] == 1, "candidate"])
        groups.setdefault(winners, []).append(method)
    return groups


def _condorcet_winner(d: pd.DataFrame) -> Candidate | None:
    """The finalist who beats every other one head-to-head, if there is one."""
    beats = d.to_numpy() > d.to_numpy().T
    unbeaten = [c for i, c in enumerate(d.index) if beats[i].sum() == len(d) - 1]
    return unbeaten[0] if unbeaten else None


def _head_to_head(d: pd.DataFrame, x: Candidate, y: Candidate) -> str:
    if d.at[x, y] == d.at[y, x]:
        return f"{x} and {y} are level head-to-head, {d.at[x, y]} to {d.at[y, x]}"
    first, second = (x, y) if d.at[x, y] > d.at[y, x] else (y, x)
    return f"{first} beats {second} head-to-head {d.at[first, second]} to {d.at[second, first]}"


def _schulze_facts(schulze_result: SchulzeResult, involved: list[Candidate]) -> list[str]:
    """Head-to-head results between the winners in play, and the paths that overturn one."""
    d, p = schulze_result.pairwise, schulze_result.strongest_paths
    condorcet = _condorcet_winner(d)
    if condorcet is not None and condorcet in involved:
        against = ", ".join(
            f"{d.at[condorcet, c]} to {d.at[c, condorcet]} against {c}"
            for c in involved
            if c != condorcet
        )
        return [f"{condorcet} beats every other finalist head-to-head ({against})"]
    facts = [_head_to_head(d, x, y) for i, x in enumerate(involved) for y in involved[i + 1 :]]
    # A Schulze winner beaten head-to-head by a rival wins through chains of wins: show them.
    overturned = [
        f"{w} over {x} {p.at[w, x]} against {x} over {w} {p.at[x, w]}"
        for w in schulze_result.winners
        for x in involved
        if d.at[x, w] > d.at[w, x]
    ]
    if overturned:
        facts.append(
            "Schulze also counts chains of head-to-head wins, and by those nobody beats "
            f"{_names(schulze_result.winners)} (strongest chains: {', '.join(overturned)})"
        )
    return facts


def _borda_facts(
    borda_winners: list[Candidate], involved: list[Candidate], points: pd.Series
) -> list[str]:
    """The Borda points of the Borda winner(s) against those of the other winners in play."""
    rivals = [c for c in involved if c not in borda_winners]
    if not rivals:
        return []
    versus = ", ".join(f"{points[c]:g} for {c}" for c in rivals)
    verb = "has" if len(borda_winners) == 1 else "have"
    return [
        f"{_names(borda_winners)} {verb} the most Borda points ({points[borda_winners[0]]:g}, "
        f"against {versus}), as Borda also counts how far down each ballot a finalist is placed"
    ]


def _facts(
    groups: dict[tuple, list[str]], schulze_result: SchulzeResult, borda_table: pd.DataFrame
) -> list[str]:
    """What the numbers say about the winners in play: head-to-head results, paths, points."""
    involved = [c for c in schulze_result.pairwise.index if any(c in w for w in groups)]
    borda_winners = next(list(w) for w, methods in groups.items() if "borda" in methods)
    points = borda_table.set_index("candidate")["points"]
    return [
        *_schulze_facts(schulze_result, involved),
        *_borda_facts(borda_winners, involved, points),
    ]


def disagreements(
    score_ranking: pd.Series | Mapping,
    schulze_result: SchulzeResult,
    borda_table: pd.DataFrame,
) -> list[str]:
    """Where the scores, Schulze and Borda disagree, in sentences a secretariat can read.

    First, when the methods do not give the same winner(s), one sentence naming each method's
    winner with the figures behind them (head-to-head results, Schulze's strongest paths, Borda
    points). Then one sentence per finalist whose ranks differ. Empty when all three agree.
    """
    table = compare(score_ranking, schulze_result, borda_table)
    groups = _winner_groups(table)
    sentences = []
    if len(groups) > 1:
        claims = [
            f"{_names(winners)} {'wins' if len(winners) == 1 else 'tie to win'} by "
            f"{_names([METHODS[m] for m in methods])}"
            for winners, methods in groups.items()
        ]
        said = " but ".join(claims) if len(claims) == 2 else _names(claims)
        facts = _facts(groups, schulze_result, borda_table)
        sentences.append(f"{said}: {'; '.join(facts)}.")
    for row in table.itertuples():
        if not row.agree:
            sentences.append(f"{row.candidate}: {row.note}.")
    return sentences
