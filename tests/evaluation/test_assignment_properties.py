"""The assignment solver, proved on random juries rather than a few examples (hypothesis)."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluation.assignment import Candidate, Infeasible, Reviewer, Rules, propose, why_not

LANGUAGES = ["en", "fr", "es", "pt"]
CATEGORIES = ["a", "b", "c"]
COUNTRIES = ["BR", "FR", "ES"]


@st.composite
def juries(draw: st.DrawFn, max_candidates: int = 18, max_reviewers: int = 9) -> tuple:
    n_candidates = draw(st.integers(1, max_candidates))
    n_reviewers = draw(st.integers(1, max_reviewers))
    organisations = st.integers(0, 5)
    candidates = [
        Candidate(
            key=f"c{i}",
            language=draw(st.sampled_from(LANGUAGES)),
            organisation=draw(organisations),
            country=draw(st.sampled_from(COUNTRIES)),
            category=draw(st.sampled_from(CATEGORIES)),
        )
        for i in range(n_candidates)
    ]
    reviewers = [
        Reviewer(
            key=f"r{j}",
            languages=frozenset(draw(st.sets(st.sampled_from(LANGUAGES), min_size=1))),
            organisation=draw(st.one_of(st.none(), organisations)),
            country=draw(st.sampled_from(COUNTRIES)),
            categories=frozenset(draw(st.sets(st.sampled_from(CATEGORIES)))),
        )
        for j in range(n_reviewers)
    ]
    all_pairs = [(c.key, r.key) for c in candidates for r in reviewers]
    conflicts = frozenset(draw(st.sets(st.sampled_from(all_pairs)))) if all_pairs else frozenset()
    rules = Rules(
        reviewers_per_candidate=draw(st.integers(1, 3)),
        conflicts=conflicts,
        same_country_conflict=draw(st.booleans()),
        category_panels=draw(st.booleans()),
    )
    return candidates, reviewers, rules


def allowed(candidate: Candidate, reviewer: Reviewer, rules: Rules) -> bool:
    """The rules of DESIGN.md, written again here so the solver is not its own judge."""
    in_conflict = (
        (candidate.key, reviewer.key) in rules.conflicts
        or candidate.organisation == reviewer.organisation
        or (rules.same_country_conflict and candidate.country == reviewer.country)
    )
    reads = candidate.language in reviewer.languages
    on_panel = not rules.category_panels or candidate.category in reviewer.categories
    return not in_conflict and reads and on_panel


def eligible_count(candidate: Candidate, reviewers: list[Reviewer], rules: Rules) -> int:
    return sum(allowed(candidate, r, rules) for r in reviewers)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(juries())
def test_a_proposal_never_breaks_a_rule_and_gives_k_reviewers(jury: tuple) -> None:
    candidates, reviewers, rules = jury
    k = rules.reviewers_per_candidate
    try:
        proposal = propose(candidates, reviewers, rules)
    except Infeasible as infeasible:
        lacking = infeasible.lacking
    else:
        lacking = None
    if lacking is not None:
        # Reported exactly: the candidates that lack eligible reviewers, and only them.
        short = {c.key for c in candidates if eligible_count(c, reviewers, rules) < k}
        assert set(lacking) == short
        for key, count in lacking.items():
            candidate = next(c for c in candidates if c.key == key)
            assert count == eligible_count(candidate, reviewers, rules)
        return
    by_key = {r.key: r for r in reviewers}
    per_candidate = Counter(c for c, _r in proposal.pairs)
    assert len(set(proposal.pairs)) == len(proposal.pairs)  # never the same reviewer twice
    for candidate in candidates:
        assert per_candidate[candidate.key] == k
    for candidate_key, reviewer_key in proposal.pairs:
        candidate = next(c for c in candidates if c.key == candidate_key)
        assert allowed(candidate, by_key[reviewer_key], rules)
        assert why_not(candidate, by_key[reviewer_key], rules) is None
    assert sum(proposal.loads.values()) == k * len(candidates)
    counted = Counter(r for _c, r in proposal.pairs)
    assert all(proposal.loads[r.key] == counted[r.key] for r in reviewers)


def best_spread(candidates: list[Candidate], reviewers: list[Reviewer], rules: Rules) -> int:
    """The smallest load spread of any valid assignment, by brute force (tiny cases only)."""
    k = rules.reviewers_per_candidate
    options = [
        list(itertools.combinations([r.key for r in reviewers if allowed(c, r, rules)], k))
        for c in candidates
    ]
    best = None
    for choice in itertools.product(*options):
        loads = Counter({r.key: 0 for r in reviewers})
        for combo in choice:
            loads.update(combo)
        spread = max(loads.values()) - min(loads.values())
        best = spread if best is None else min(best, spread)
    return best if best is not None else -1


@settings(max_examples=150, deadline=None)
@given(juries(max_candidates=5, max_reviewers=4))
def test_loads_differ_by_at_most_one_whenever_that_is_possible(jury: tuple) -> None:
    candidates, reviewers, rules = jury
    try:
        proposal = propose(candidates, reviewers, rules)
    except Infeasible:
        return
    possible = best_spread(candidates, reviewers, rules)
    if possible <= 1:
        assert proposal.spread <= 1
    assert proposal.spread >= possible


@settings(max_examples=100, deadline=None)
@given(juries(max_candidates=10, max_reviewers=6), st.data())
def test_existing_assignments_are_kept_and_counted(jury: tuple, data: st.DataObject) -> None:
    candidates, reviewers, rules = jury
    eligible = [(c.key, r.key) for c in candidates for r in reviewers if allowed(c, r, rules)]
    existing = set(data.draw(st.sets(st.sampled_from(eligible), max_size=4))) if eligible else set()
    per_candidate = Counter(c for c, _r in existing)
    if any(n > rules.reviewers_per_candidate for n in per_candidate.values()):
        return
    try:
        proposal = propose(candidates, reviewers, rules, existing=existing)
    except Infeasible:
        return
    assert not existing & set(proposal.pairs)
    total = Counter(c for c, _r in proposal.pairs) + per_candidate
    assert all(total[c.key] == rules.reviewers_per_candidate for c in candidates)
    assert sum(proposal.loads.values()) == rules.reviewers_per_candidate * len(candidates)


def test_an_unbalanced_jury_is_spread_as_evenly_as_its_languages_allow() -> None:
    """Two Portuguese readers and many Portuguese candidacies: they carry more, equally."""
    candidates = [Candidate(f"pt{i}", "pt", i, "BR", "a") for i in range(10)] + [
        Candidate(f"en{i}", "en", 100 + i, "GB", "a") for i in range(10)
    ]
    reviewers = [
        Reviewer("p1", frozenset({"pt", "en"}), None, "XX"),
        Reviewer("p2", frozenset({"pt", "en"}), None, "XX"),
    ] + [Reviewer(f"e{j}", frozenset({"en"}), None, "XX") for j in range(4)]
    proposal = propose(candidates, reviewers, Rules(reviewers_per_candidate=2))
    assert proposal.loads["p1"] == proposal.loads["p2"] == 10
    assert {proposal.loads[f"e{j}"] for j in range(4)} == {5}


def test_expertise_is_preferred_when_balance_allows() -> None:
    candidates = [Candidate("c1", "en", 1, "FR", "a"), Candidate("c2", "en", 2, "FR", "b")]
    reviewers = [
        Reviewer("ra", frozenset({"en"}), None, "XX", frozenset({"a"})),
        Reviewer("rb", frozenset({"en"}), None, "XX", frozenset({"b"})),
    ]
    proposal = propose(candidates, reviewers, Rules(reviewers_per_candidate=1))
    assert sorted(proposal.pairs) == [("c1", "ra"), ("c2", "rb")]
