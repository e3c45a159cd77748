"""Bench: the assignment proposal for 2,000 candidacies × 40 jurors × k = 3, 5 % conflicts.

    .venv/bin/python bench/assignment.py            # the solver alone, then the whole service
    .venv/bin/python bench/assignment.py --solver   # the solver alone

The whole-service run builds a throwaway SQLite database in a temporary folder (never the
demo's), fills it with bulk inserts, and times ``evaluation.services.propose_assignment``:
reading the round, building the problem, solving it and saving the proposal.
Prints seconds, the loads (min, max, spread) and checks every rule on the result.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CANDIDACIES, JURORS, K, CONFLICT_RATE = 2000, 40, 3, 0.05
LANGUAGES = ["en", "fr", "es", "pt"]
CATEGORIES = 5


def solver_only(rng: random.Random) -> None:
    from evaluation.assignment import Candidate, Reviewer, Rules, propose, why_not

    candidates = [
        Candidate(c, rng.choice(LANGUAGES), f"org{c}", rng.choice(["BR", "FR", "SN"]), c % 5)
        for c in range(CANDIDACIES)
    ]
    reviewers = [
        Reviewer(f"j{j}", frozenset(rng.sample(LANGUAGES, 3)), None, "XX", frozenset({j % 5}))
        for j in range(JURORS)
    ]
    conflicts = frozenset(
        (c.key, r.key) for c in candidates for r in reviewers if rng.random() < CONFLICT_RATE
    )
    rules = Rules(K, conflicts)
    start = time.perf_counter()
    proposal = propose(candidates, reviewers, rules)
    seconds = time.perf_counter() - start
    by_key = {r.key: r for r in reviewers}
    by_candidate = {c.key: c for c in candidates}
    if any(why_not(by_candidate[c], by_key[r], rules) for c, r in proposal.pairs):
        raise SystemExit("a proposed pair breaks a rule")
    if set(Counter(c for c, _r in proposal.pairs).values()) != {K}:
        raise SystemExit(f"a candidacy did not get {K} reviewers")
    report("solver alone", seconds, proposal.loads.values(), len(conflicts))


def whole_service(rng: random.Random) -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PALMARES_DATA_DIR"] = folder
        os.environ.pop("DATABASE_URL", None)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        round_, staff = populate(rng)
        from evaluation import services

        start = time.perf_counter()
        proposal = services.propose_assignment(round_, by=staff, k=K)
        seconds = time.perf_counter() - start
        loads = Counter(proposal.pairs.values_list("juror_id", flat=True))
        conflicts = round_.edition.conflicts.count()
        report("whole service (SQLite)", seconds, loads.values(), conflicts)


def populate(rng: random.Random) -> tuple[object, object]:
    """An edition in evaluation, its candidacies, a jury and declared conflicts, in bulk."""
    from accounts.models import User
    from awards.models import Candidacy, Category, Criterion, Edition, Organisation, Round
    from evaluation.enums import InvitationState
    from evaluation.models import Conflict, JurorProfile, JuryMember

    staff = User.objects.create(email="secretariat@bench.example", is_staff=True)
    edition = Edition.objects.create(code="BENCH", year=2030, slug="bench", name_en="Bench")
    Edition.objects.filter(pk=edition.pk).update(state="evaluation")
    edition.refresh_from_db()
    edition.secretariat.add(staff)
    categories = [
        Category.objects.create(edition=edition, key=f"c{i}", name_en=f"C{i}")
        for i in range(CATEGORIES)
    ]
    round_ = Round.objects.create(edition=edition, number=1, name_en="Panels")
    Criterion.objects.create(round=round_, key="inclusion", name_en="Inclusion")
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"City {i}", kind="local_government", country="BR", uclg_region="europe")
        for i in range(CANDIDACIES)
    )
    Candidacy.objects.bulk_create(
        Candidacy(
            edition=edition,
            organisation=organisation,
            category=categories[i % CATEGORIES],
            language=rng.choice(LANGUAGES),
            reference_number=i + 1,
            reference=f"BENCH-2030-{i + 1:04d}",
            state="in_evaluation",
        )
        for i, organisation in enumerate(organisations)
    )
    jurors = User.objects.bulk_create(User(email=f"juror{j}@bench.example") for j in range(JURORS))
    JurorProfile.objects.bulk_create(
        JurorProfile(user=user, languages=rng.sample(LANGUAGES, 3)) for user in jurors
    )
    JuryMember.objects.bulk_create(
        JuryMember(round=round_, user=user, state=InvitationState.ACCEPTED) for user in jurors
    )
    candidacies = list(edition.candidacies.values_list("pk", flat=True))
    Conflict.objects.bulk_create(
        Conflict(edition=edition, juror=user, candidacy_id=c, reason="bench", declared_by=user)
        for c in candidacies
        for user in jurors
        if rng.random() < CONFLICT_RATE
    )
    return round_, staff


def report(label: str, seconds: float, loads: object, conflicts: int) -> None:
    values = list(loads)  # type: ignore[call-overload]
    print(
        f"{label}: {CANDIDACIES} candidacies × {JURORS} jurors × k={K}, "
        f"{conflicts} conflicts ({conflicts / (CANDIDACIES * JURORS):.1%}): "
        f"{seconds:.2f} s; loads {min(values)}–{max(values)} (spread {max(values) - min(values)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--solver", action="store_true", help="the solver alone")
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()
    solver_only(random.Random(options.seed))
    if not options.solver:
        whole_service(random.Random(options.seed))


if __name__ == "__main__":
    main()
