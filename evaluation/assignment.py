"""Who reviews what: the assignment proposal, solved as a linear programme.

Plain Python over plain data (no Django), so it can be tested on thousands of random juries.

The problem: give each candidacy ``k`` distinct reviewers such that
(1) no reviewer is in conflict with a candidacy they get,
(2) a reviewer only gets candidacies written in a language they read,
(3) in a round with category panels, a reviewer only gets candidacies of their categories,
(4) loads are balanced: they differ by at most one wherever that is possible.

It is a transportation problem: one 0/1 variable per eligible (candidacy, reviewer) pair, one
row per candidacy (exactly ``k`` reviewers) and one per reviewer (the load). Its constraint
matrix is totally unimodular, so the simplex method returns a whole-number solution without
any branch and bound. Loads are first held within [floor, ceil] of the average; if no such
assignment exists (say, two jurors read Portuguese and there are many Portuguese
candidacies), each unit of load outside the band is penalised, more steeply the further out,
which keeps the matrix unimodular and the loads as even as the constraints allow.

Among equally balanced assignments, the solver prefers a reviewer whose expertise includes the
candidacy's category.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix, hstack, vstack

Key = Hashable

# Costs: balance first, expertise second. A unit of load outside the band must cost more than
# every expertise preference of the whole round together.
EXPERTISE_MISS = 1.0
OUTSIDE_BAND = 1e6
FINE_STEPS = 64


@dataclass(frozen=True)
class Candidate:
    """A candidacy, as the solver sees it."""

    key: Key
    language: str
    organisation: Key
    country: str
    category: Key | None


@dataclass(frozen=True)
class Reviewer:
    """A juror, as the solver sees them."""

    key: Key
    languages: frozenset[str]
    organisation: Key | None
    country: str
    categories: frozenset[Key] = frozenset()


@dataclass(frozen=True)
class Rules:
    reviewers_per_candidate: int
    conflicts: frozenset[tuple[Key, Key]] = frozenset()  # (candidate key, reviewer key)
    same_country_conflict: bool = False
    category_panels: bool = False


@dataclass
class Proposal:
    pairs: list[tuple[Key, Key]]  # (candidate key, reviewer key), new pairs only
    loads: dict[Key, int]  # every reviewer's load, existing assignments included

    @property
    def spread(self) -> int:
        return max(self.loads.values()) - min(self.loads.values()) if self.loads else 0


@dataclass
class Infeasible(Exception):
    """Some candidacies have fewer eligible reviewers than they need; nothing is assigned."""

    lacking: dict[Key, int] = field(default_factory=dict)  # candidate → eligible reviewers

    def __str__(self) -> str:
        return f"{len(self.lacking)} candidacies lack eligible reviewers"


# The reasons why_not gives: stable codes, which the services translate for people.
DECLARED_CONFLICT = "declared conflict"
SAME_ORGANISATION = "same organisation"
SAME_COUNTRY = "same country"
LANGUAGE = "language"
NOT_ON_PANEL = "not in the reviewer's panel"


def why_not(candidate: Candidate, reviewer: Reviewer, rules: Rules) -> str | None:
    """The reason (one of the codes above) a reviewer may not review a candidate, or None."""
    if (candidate.key, reviewer.key) in rules.conflicts:
        return DECLARED_CONFLICT
    if reviewer.organisation is not None and reviewer.organisation == candidate.organisation:
        return SAME_ORGANISATION
    if rules.same_country_conflict and reviewer.country and reviewer.country == candidate.country:
        return SAME_COUNTRY
    if candidate.language not in reviewer.languages:
        return LANGUAGE
    if rules.category_panels and candidate.category not in reviewer.categories:
        return NOT_ON_PANEL
    return None


def propose(
    candidates: Iterable[Candidate],
    reviewers: Iterable[Reviewer],
    rules: Rules,
    existing: Iterable[tuple[Key, Key]] = (),
) -> Proposal:
    """Proposes reviewers so that every candidate has ``k``, existing assignments counted.

    Raises Infeasible, naming every candidate with too few eligible reviewers.
    """
    candidates, reviewers = list(candidates), list(reviewers)
    existing = set(existing)
    # A candidacy that already has k reviewers (or more, if k was lowered) needs none.
    needs = {
        c.key: max(0, rules.reviewers_per_candidate - sum(1 for e in existing if e[0] == c.key))
        for c in candidates
    }
    pairs = [
        (ci, ri)
        for ci, candidate in enumerate(candidates)
        for ri, reviewer in enumerate(reviewers)
        if (candidate.key, reviewer.key) not in existing
        and why_not(candidate, reviewer, rules) is None
    ]
    check_enough(candidates, needs, pairs)
    base_load = np.array(
        [sum(1 for e in existing if e[1] == r.key) for r in reviewers], dtype=float
    )
    chosen = solve(candidates, reviewers, pairs, needs, base_load)
    new_pairs = [(candidates[ci].key, reviewers[ri].key) for ci, ri in chosen]
    loads = {r.key: int(base_load[ri]) for ri, r in enumerate(reviewers)}
    for _candidate, reviewer in new_pairs:
        loads[reviewer] += 1
    return Proposal(pairs=new_pairs, loads=loads)


def check_enough(
    candidates: list[Candidate], needs: dict[Key, int], pairs: list[tuple[int, int]]
) -> None:
    eligible = np.bincount([ci for ci, _ri in pairs], minlength=len(candidates))
    lacking = {
        c.key: int(eligible[ci]) for ci, c in enumerate(candidates) if eligible[ci] < needs[c.key]
    }
    if lacking:
        raise Infeasible(lacking)


def band_steps(total: float) -> list[int]:
    """Widths of the penalty steps outside the load band: 64 steps of one unit, then 64, 128…

    Each step costs more per unit than the one before, so the penalty is convex and, over the
    first 64 units, quadratic: two loads one unit outside the band cost less than one load two
    units outside, which spreads an unavoidable imbalance evenly. Wider steps beyond keep the
    programme small for extreme cases.
    """
    steps = [1] * FINE_STEPS
    covered = FINE_STEPS
    while covered < total:
        steps.append(covered)
        covered *= 2
    return steps


def solve(
    candidates: list[Candidate],
    reviewers: list[Reviewer],
    pairs: list[tuple[int, int]],
    needs: dict[Key, int],
    base_load: np.ndarray,
) -> list[tuple[int, int]]:
    """Chooses pairs: every candidate's need met exactly, loads as even as possible."""
    if not pairs:
        return []
    count, n_reviewers = len(pairs), len(reviewers)
    on_candidate = np.array([ci for ci, _ in pairs])
    on_reviewer = np.array([ri for _, ri in pairs])
    demand = np.array([needs[c.key] for c in candidates], dtype=float)
    total = demand.sum() + base_load.sum()
    low, high = np.floor(total / n_reviewers), np.ceil(total / n_reviewers)

    steps = band_steps(total)
    n_slack = n_reviewers * len(steps)
    # Columns: the pairs, then "over the band" slack, then "under the band" slack.
    preference = np.array(
        [
            0.0 if candidates[ci].category in reviewers[ri].categories else EXPERTISE_MISS
            for ci, ri in pairs
        ]
    )
    step_costs = OUTSIDE_BAND * np.arange(1, len(steps) + 1, dtype=float)
    cost = np.concatenate(
        [preference, np.tile(step_costs, n_reviewers), np.tile(step_costs, n_reviewers)]
    )
    slack_reviewer = np.repeat(np.arange(n_reviewers), len(steps))
    slack_columns = np.arange(n_slack)

    equality = coo_matrix(
        (np.ones(count), (on_candidate, np.arange(count))), shape=(len(candidates), count)
    )
    load = coo_matrix((np.ones(count), (on_reviewer, np.arange(count))), shape=(n_reviewers, count))
    slack = coo_matrix(
        (np.ones(n_slack), (slack_reviewer, slack_columns)), shape=(n_reviewers, n_slack)
    )
    empty = coo_matrix((n_reviewers, n_slack))
    # load − over ≤ high − base;   −load − under ≤ −(low − base)
    a_ub = vstack([hstack([load, -slack, empty]), hstack([-load, empty, -slack])])
    b_ub = np.concatenate([high - base_load, base_load - low])
    a_eq = hstack([equality, coo_matrix((len(candidates), 2 * n_slack))])
    caps = np.tile(np.array(steps, dtype=float), 2 * n_reviewers)
    bounds = np.column_stack(
        [np.zeros(count + 2 * n_slack), np.concatenate([np.ones(count), caps])]
    )
    result = linprog(
        cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=demand, bounds=bounds, method="highs-ds"
    )
    if result.status != 0:  # cannot happen once every candidate has enough eligible reviewers
        raise RuntimeError(f"assignment solver failed: {result.message}")
    chosen = result.x[:count]
    return [pairs[i] for i in np.flatnonzero(chosen > 0.5)]
