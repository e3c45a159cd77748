"""Bench: ranking 10,000 candidacies × 5 scorecards × 8 criteria from PostgreSQL, and the
ranking PDF for 1,000 candidacies.

    .venv/bin/python bench/ranking.py                 # PostgreSQL on 127.0.0.1:5432 (trust)
    .venv/bin/python bench/ranking.py --sqlite        # the embedded database instead
    .venv/bin/python bench/ranking.py --candidacies 2000

Builds a throwaway database (``palmares_bench`` on PostgreSQL, a temporary file for SQLite),
fills it with bulk inserts, then prints, for the whole ranking (database → DataFrames →
``rank_round``): seconds and peak memory; the same computation on in-memory numpy arrays
beside it; and the seconds to render the ranking PDF of 1,000 candidacies.
Targets (issue 5): ranking ≤ 2 s, PDF ≤ 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCORECARDS, CRITERIA, JURORS = 5, 8, 60


def database(sqlite: bool, folder: str) -> None:
    os.environ["PALMARES_DATA_DIR"] = folder
    if sqlite:
        os.environ.pop("DATABASE_URL", None)
        return
    import psycopg

    with psycopg.connect("host=127.0.0.1 user=postgres dbname=postgres", autocommit=True) as db:
        db.execute("DROP DATABASE IF EXISTS palmares_bench")
        db.execute("CREATE DATABASE palmares_bench")
    os.environ["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/palmares_bench"


def populate(candidacies: int, rng: random.Random) -> tuple[object, object]:
    """An edition in evaluation with every scorecard submitted, written in bulk."""
    from decimal import Decimal

    from accounts.models import User
    from awards.models import Candidacy, Category, Criterion, Edition, Organisation, Round
    from evaluation.models import Score, Scorecard

    staff = User.objects.create(email="secretariat@bench.example", is_staff=True)
    edition = Edition.objects.create(code="BENCH", year=2030, slug="bench", name_en="Bench")
    Edition.objects.filter(pk=edition.pk).update(state="evaluation")
    edition.secretariat.add(staff)
    categories = [
        Category.objects.create(edition=edition, key=f"c{i}", name_en=f"Category {i}")
        for i in range(5)
    ]
    round_ = Round.objects.create(edition=edition, number=1, name_en="Panels")
    criteria = [
        Criterion.objects.create(
            round=round_, key=f"k{i}", name_en=f"Criterion {i}", weight=Decimal(1 + i % 3)
        )
        for i in range(CRITERIA)
    ]
    organisation = Organisation.objects.create(
        name="City", kind="local_government", country="BR", uclg_region="latin_america"
    )
    Candidacy.objects.bulk_create(
        (
            Candidacy(
                edition=edition,
                organisation=organisation,
                category=categories[i % 5],
                title=f"Practice {i}",
                reference_number=i + 1,
                reference=f"BENCH-2030-{i + 1:05d}",
                state="in_evaluation",
            )
            for i in range(candidacies)
        ),
        batch_size=2000,
    )
    jurors = User.objects.bulk_create(User(email=f"j{j:03d}@bench.example") for j in range(JURORS))
    entries = list(edition.candidacies.values_list("pk", flat=True))
    Scorecard.objects.bulk_create(
        (
            Scorecard(round=round_, candidacy_id=c, juror=juror, state="submitted")
            for c in entries
            for juror in rng.sample(jurors, SCORECARDS)
        ),
        batch_size=5000,
    )
    quality = {c: rng.uniform(2, 9) for c in entries}
    cards = Scorecard.objects.filter(round=round_).values_list("pk", "candidacy_id")
    Score.objects.bulk_create(
        (
            Score(
                scorecard_id=card,
                criterion=criterion,
                value=Decimal(min(10, max(0, round(quality[candidacy] + rng.gauss(0, 1.2))))),
            )
            for card, candidacy in cards
            for criterion in criteria
        ),
        batch_size=10000,
    )
    return round_, staff


def numpy_ranking(values, weights, lows, highs, juror_index):  # type: ignore[no-untyped-def]
    """Steps 1–4 of the method on arrays: (candidacies, scorecards, criteria) values."""
    import numpy as np

    scaled = 100 * (values - lows) / (highs - lows)
    totals = (scaled * weights).sum(axis=2) / weights.sum()
    flat_totals, flat_jurors = totals.ravel(), juror_index.ravel()
    count = np.bincount(flat_jurors)
    mean_j = np.bincount(flat_jurors, flat_totals) / count
    square = np.bincount(flat_jurors, flat_totals**2)
    sd_j = np.sqrt((square - count * mean_j**2) / np.maximum(count - 1, 1))
    z = (flat_totals - mean_j[flat_jurors]) / np.where(sd_j > 0, sd_j, 1)[flat_jurors]
    adjusted = flat_totals.mean() + flat_totals.std(ddof=1) * z
    score = adjusted.reshape(totals.shape).mean(axis=1)
    return np.argsort(-score, kind="stable")


def bench_in_memory(candidacies: int, rng: random.Random) -> float:
    import numpy as np

    generator = np.random.default_rng(rng.randrange(1 << 30))
    values = generator.integers(0, 11, size=(candidacies, SCORECARDS, CRITERIA)).astype(float)
    weights = np.array([1 + i % 3 for i in range(CRITERIA)], dtype=float)
    jurors = generator.integers(0, JURORS, size=(candidacies, SCORECARDS))
    start = time.perf_counter()
    numpy_ranking(values, weights, np.zeros(CRITERIA), np.full(CRITERIA, 10.0), jurors)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--candidacies", type=int, default=10_000)
    parser.add_argument("--pdf-candidacies", type=int, default=1_000)
    options = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        database(options.sqlite, folder)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        round_, staff = populate(options.candidacies, rng)
        print(
            f"filled {connection.vendor}: {options.candidacies} candidacies × {SCORECARDS} "
            f"scorecards × {CRITERIA} criteria in {time.perf_counter() - started:.1f} s"
        )
        measure(round_, staff, options, rng)


def measure(round_, staff, options, rng) -> None:  # type: ignore[no-untyped-def]
    from reports import pdf, queries, services
    from reports.ranking import rank_round

    start = time.perf_counter()
    data = queries.round_data(round_)
    loaded = time.perf_counter()
    params = services.params_for(round_)
    table = rank_round(data.scores, data.criteria, normalise=True, categories=data.categories)
    ranked = time.perf_counter()
    # Memory is measured on a second run: tracing every allocation slows the first one down.
    tracemalloc.start()
    again = queries.round_data(round_)
    rank_round(again.scores, again.criteria, normalise=True, categories=again.categories)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"ranking from the database: {ranked - start:.2f} s "
        f"(queries and frames {loaded - start:.2f} s, engine {ranked - loaded:.2f} s), "
        f"peak memory {peak / 2**20:.0f} MiB, {len(table)} candidacies ranked "
        f"[target ≤ 2 s] (parameters: {params.aggregate}, normalised)"
    )
    start = time.perf_counter()
    page = services.rank(round_, by=staff)
    print(
        f"everything the ranking page shows (services.rank: + normalised totals, leniency, "
        f"Krippendorff's alpha overall and per criterion): {time.perf_counter() - start:.2f} s "
        f"for {len(page.table)} candidacies"
    )
    print(
        f"same steps on in-memory numpy arrays: {bench_in_memory(options.candidacies, rng):.3f} s"
    )
    ranking = services.rank(round_, by=staff)
    keep = set(ranking.table["candidacy"].head(options.pdf_candidacies))
    ranking.table = ranking.table[ranking.table["candidacy"].isin(keep)]
    ranking.totals = ranking.totals[ranking.totals["candidacy"].isin(keep)]
    start = time.perf_counter()
    document = pdf.ranking_report(ranking)
    print(
        f"ranking PDF of {len(ranking.table)} candidacies: {time.perf_counter() - start:.2f} s, "
        f"{len(document) // 1024} KB [target ≤ 5 s]"
    )


if __name__ == "__main__":
    main()
