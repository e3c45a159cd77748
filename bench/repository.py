"""Bench: searching a repository of 5,000 published practices in four languages.

    .venv/bin/python bench/repository.py                    # SQLite in a temporary file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/repository.py
    .venv/bin/python bench/repository.py --practices 20000 --searches 400

With DATABASE_URL, a throwaway database (``palmares_bench_repository``) is created on that
server and dropped afterwards; the database the URL names is never touched. The repository is
written in bulk: eight published editions, the demo's practices (awards/demo/content.py) spread
over its 84 organisations, in English, French, Spanish and Portuguese, each with a photo; beside
them, practices that must never be found (no consent, an edition still in deliberation).

Then about 200 varied searches (words, filters, both) run through ``awards.search.practices``
(the count and the first page, as the page asks) and through the search page itself (Django's
test client: search, facets, template), and the figures are printed: count, p50, p95 and max
in milliseconds. The feed, the API list and the CSV export of everything are timed once each.

Along the way (outside the timings) it checks that no practice that must never be found ever
is: not in a page of results, nor in a count, nor in a facet's numbers, nor in the feed, the
API's list (and its count) or the CSV export, which must be exactly the repository.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_DATABASE = "palmares_bench_repository"
YEARS = range(2019, 2027)


def database(folder: str) -> Callable[[], None]:
    """Points Django at a fresh database; returns how to drop it."""
    os.environ["PALMARES_DATA_DIR"] = folder
    os.environ["DEBUG"] = "false"
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        os.environ.pop("DATABASE_URL", None)
        return lambda: None
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    server = {
        "host": config["HOST"] or "127.0.0.1",
        "port": config["PORT"] or 5432,
        "user": config["USER"],
        "password": config["PASSWORD"] or None,
        "dbname": config["NAME"] or "postgres",
    }
    with psycopg.connect(**server, autocommit=True) as db:
        db.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")
        db.execute(f"CREATE DATABASE {BENCH_DATABASE}")
    auth = config["USER"] + (f":{config['PASSWORD']}" if config["PASSWORD"] else "")
    os.environ["DATABASE_URL"] = (
        f"postgres://{auth}@{server['host']}:{server['port']}/{BENCH_DATABASE}"
    )

    def drop() -> None:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(**server, autocommit=True) as db:
            db.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")

    return drop


def populate(practices: int, rng: random.Random) -> dict[str, Any]:
    """The repository, written in bulk; returns the vocabulary the searches draw from."""
    from django.contrib.contenttypes.models import ContentType

    from accounts.models import User
    from awards.demo.content import CATEGORIES, ORGANISATIONS, PRACTICES, practice_text
    from awards.models import (
        Attachment,
        Candidacy,
        Category,
        Decision,
        Edition,
        Organisation,
        Prize,
        TransitionRecord,
    )

    staff = User.objects.create(email="secretariat@bench.example", full_name="Bench")
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=o.name,
            kind=o.kind,
            country=o.country,
            city=o.city,
            uclg_region=o.region,
            population_band=o.population_band,
        )
        for o in ORGANISATIONS
    )
    editions, categories, prizes = [], {}, {}
    for year in [*YEARS, 2027]:
        edition = Edition.objects.create(
            code="IOPD", year=year, slug=f"iopd-{year}", name_en=f"IOPD Award {year}"
        )
        state = "published" if year in YEARS else "deliberation"
        Edition.objects.filter(pk=edition.pk).update(state=state)
        editions.append(Edition.objects.get(pk=edition.pk))
        categories[edition.pk] = Category.objects.bulk_create(
            Category(edition=edition, key=c.key, name_en=c.names["en"], order=i)
            for i, c in enumerate(CATEGORIES)
        )
        prizes[edition.pk] = Prize.objects.create(edition=edition, name_en="Award", amount=5000)
    edition_type = ContentType.objects.get_for_model(Edition)
    TransitionRecord.objects.bulk_create(
        TransitionRecord(
            content_type=edition_type,
            object_id=e.pk,
            edition=e,
            transition="publish",
            source="deliberation",
            target="published",
        )
        for e in editions
        if e.state == "published"
    )
    published = [e for e in editions if e.state == "published"]
    embargoed = [e for e in editions if e.state != "published"]
    # Every wanted practice, then 10 % without consent and 10 % embargoed: never to be found.
    plan = [(rng.choice(published), True) for _ in range(practices)]
    plan += [(rng.choice(published), False) for _ in range(practices // 10)]
    plan += [(embargoed[0], True) for _ in range(practices // 10)]
    numbers: dict[int, int] = {}
    rows = []
    for edition, consent in plan:
        demo = rng.choice(PRACTICES)
        organisation_index = rng.randrange(len(ORGANISATIONS))
        language = ORGANISATIONS[organisation_index].language
        if rng.random() < 0.3:
            language = rng.choice(["en", "fr", "es", "pt"])
        text = practice_text(demo, language, ORGANISATIONS[organisation_index])
        numbers[edition.pk] = numbers.get(edition.pk, 0) + 1
        number = numbers[edition.pk]
        category = next(c for c in categories[edition.pk] if c.key == demo.category)
        roll = rng.random()
        state = (
            "winner"
            if roll < 0.03
            else "special_mention"
            if roll < 0.06
            else "finalist"
            if roll < 0.16
            else "not_selected"
        )
        rows.append(
            Candidacy(
                edition=edition,
                organisation=organisations[organisation_index],
                category=category,
                language=language,
                reference_number=number,
                reference=f"IOPD-{edition.year}-{number:04d}",
                title=text.title,
                organisation_presentation=text.organisation_presentation,
                practice_description=text.practice_description,
                objectives=text.objectives,
                participants=text.participants,
                results=text.results,
                evaluation=text.evaluation,
                transferability=text.transferability,
                public_summary=text.public_summary,
                contact_email=f"contact{number}@city.example.org",
                consent_to_publish=consent,
                state=state,
            )
        )
    Candidacy.objects.bulk_create(rows, batch_size=1000)
    saved = list(Candidacy.objects.values_list("pk", "edition_id", "state"))
    Attachment.objects.bulk_create(
        (
            Attachment(
                candidacy_id=pk,
                kind="photo",
                file=f"attachments/{edition}/{pk}.png",
                content_type="image/png",
                original_name="photo.png",
            )
            for pk, edition, _state in saved
        ),
        batch_size=2000,
    )
    candidacy_type = ContentType.objects.get_for_model(Candidacy)
    distinguished = [(pk, e, s) for pk, e, s in saved if s in ("winner", "special_mention")]
    records = TransitionRecord.objects.bulk_create(
        (
            TransitionRecord(
                content_type=candidacy_type,
                object_id=pk,
                edition_id=edition,
                transition="declare_winner" if state == "winner" else "give_special_mention",
                source="shortlisted",
                target=state,
                actor=staff,
            )
            for pk, edition, state in distinguished
        ),
        batch_size=2000,
    )
    Decision.objects.bulk_create(
        (
            Decision(
                candidacy_id=pk,
                transition=record.transition,
                record=record,
                prize=prizes[edition] if state == "winner" else None,
                mention="" if state == "winner" else "Mention for inclusion",
                decided_by=staff,
            )
            for (pk, edition, state), record in zip(distinguished, records, strict=True)
        ),
        batch_size=2000,
    )
    words = {
        language: sorted(
            {
                word.strip(".,:;()«»“”\"'").lower()
                for practice in PRACTICES
                for word in practice.texts[language].title.split()
                if len(word.strip(".,:;()«»“”\"'")) > 5 and "{" not in word
            }
        )
        for language in ("en", "fr", "es", "pt")
    }
    return {
        "words": words,
        "cities": sorted({o.city for o in ORGANISATIONS if o.city}),
        "countries": sorted({o.country for o in ORGANISATIONS}),
        "regions": sorted({o.region for o in ORGANISATIONS}),
        "bands": sorted({o.population_band for o in ORGANISATIONS}),
        "categories": [c.key for c in CATEGORIES],
    }


def searches(vocabulary: dict[str, Any], count: int, rng: random.Random) -> list[dict[str, str]]:
    """Varied searches: one or two words in a language, a city, each filter, and mixes."""
    from awards.search import RESULTS

    def words() -> str:
        language = rng.choice(["en", "fr", "es", "pt"])
        return " ".join(rng.sample(vocabulary["words"][language], rng.choice([1, 1, 2])))

    def a_filter() -> dict[str, str]:
        name = rng.choice(["category", "country", "region", "population", "year", "result"])
        value = {
            "category": lambda: rng.choice(vocabulary["categories"]),
            "country": lambda: rng.choice(vocabulary["countries"]),
            "region": lambda: rng.choice(vocabulary["regions"]),
            "population": lambda: rng.choice(vocabulary["bands"]),
            "year": lambda: str(rng.choice(list(YEARS))),
            "result": lambda: str(rng.choice(RESULTS).value),
        }[name]()
        return {name: value}

    kinds = [
        lambda: {"q": words()},
        lambda: {"q": rng.choice(vocabulary["cities"])},
        a_filter,
        lambda: {**a_filter(), **a_filter()},
        lambda: {"q": words(), **a_filter()},
        lambda: {"q": words(), "language": rng.choice(["en", "fr", "es", "pt"])},
        lambda: {},
        lambda: {**a_filter(), "page": str(rng.randint(2, 5))},
    ]
    return [rng.choice(kinds)() for _ in range(count)]


def figures(label: str, times: list[float], extra: str = "") -> None:
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(
        f"{label}: {len(times)} searches, p50 {statistics.median(ordered) * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms, max {ordered[-1] * 1000:.1f} ms{extra}"
    )


def measure(plan: list[dict[str, str]]) -> None:
    from django.test import Client

    from awards import publication, search
    from awards.forms import PracticeSearchForm
    from awards.models import Candidacy

    repository = set(publication.published_practices().values_list("pk", flat=True))
    hidden = set(Candidacy.objects.exclude(pk__in=repository).values_list("pk", flat=True))
    references = dict(Candidacy.objects.values_list("pk", "reference"))
    hidden_references = {references[pk] for pk in hidden}
    times, counts = [], []
    for params in plan:
        start = time.perf_counter()
        form = PracticeSearchForm(params)
        query = form.query()
        found = search.practices(query)
        total = found.count()
        page = int(params.get("page", 1))
        first = list(found[(page - 1) * search.PAGE_SIZE : page * search.PAGE_SIZE])
        times.append(time.perf_counter() - start)
        counts.append(total)
        check_search(params, query, found, total, first, hidden)
    empty = sum(1 for c in counts if c == 0)
    figures(
        "search function (count + first page)",
        times,
        f"; results per search: median {statistics.median(counts):.0f}, {empty} with none",
    )
    client = Client()
    client.get("/practices/")  # the first request loads the URLs and compiles the templates
    times = []
    for params in plan:
        start = time.perf_counter()
        response = client.get("/practices/", params)
        times.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise SystemExit(f"{params}: {response.status_code}")
    figures("search page (search, facets, template)", times)
    feed = once(client, "/practices/feed.atom", "Atom feed, 50 latest")
    api = once(client, "/api/v1/practices/", "API list, first page of 50")
    once(client, "/api/v1/practices/?q=participatory+budget", "API search")
    exported = once(client, "/practices/export.csv", "CSV export of the whole repository", True)
    # What the feed, the API and the export gave: never a hidden practice, and the export
    # exactly the repository.
    if any(reference in feed for reference in hidden_references):
        raise SystemExit("the feed lists a hidden practice")
    listed = {practice["reference"] for practice in json.loads(api)["results"]}
    if listed & hidden_references or json.loads(api)["count"] != len(repository):
        raise SystemExit("the API lists a hidden practice, or counts one")
    rows = {row["reference"] for row in csv.DictReader(io.StringIO(exported))}
    if rows != {references[pk] for pk in repository}:
        raise SystemExit("the CSV export is not exactly the repository")
    print("checked: no hidden practice in any search, count, facet, the feed, the API or the CSV")


def check_search(
    params: dict[str, str], query: Any, found: Any, total: int, first: list[Any], hidden: set[int]
) -> None:
    """No hidden practice in the page, the count or the facets of one search (not timed)."""
    from awards import search

    matched = set(found.values_list("pk", flat=True))
    if matched & hidden or {p.pk for p in first} & hidden:
        raise SystemExit(f"a hidden practice was found by {params}")
    if total != len(matched):
        raise SystemExit(f"the count of {params} is not what it finds")
    facets = search.facets(query)
    for name in ("result", "year", "language", "country", "region"):
        # Each practice has one value of these: unchosen, the options add up to the count.
        unchosen = getattr(query, name) in (None, "")
        if unchosen and sum(option.count for option in facets[name]) != total:
            raise SystemExit(f"the {name} facet of {params} counts more than it finds")


def once(client: Any, url: str, label: str, stream: bool = False) -> str:
    start = time.perf_counter()
    response = client.get(url)
    content = b"".join(response.streaming_content) if stream else response.content
    elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise SystemExit(f"{url}: {response.status_code}")
    print(f"{label}: {elapsed * 1000:.0f} ms, {len(content) // 1024} KB")
    return content.decode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=5_000)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    options = parser.parse_args()
    rng = random.Random(2026)
    # The bench reads as one visitor would, far faster than the public rates allow.
    for rate in ("PALMARES_API_ANON_RATE", "PALMARES_API_USER_RATE", "PALMARES_EXPORT_RATE"):
        os.environ[rate] = "off"
    with tempfile.TemporaryDirectory() as folder:
        drop = database(folder)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection
        from django.test.utils import setup_test_environment

        setup_test_environment()
        try:
            call_command("migrate", verbosity=0)
            started = time.perf_counter()
            vocabulary = populate(options.practices, rng)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            print(
                f"filled {connection.vendor}: {options.practices} published practices (and "
                f"{options.practices // 5} never to be found) in "
                f"{time.perf_counter() - started:.1f} s"
            )
            measure(searches(vocabulary, options.searches, rng))
        finally:
            if not options.keep:
                drop()


if __name__ == "__main__":
    main()
