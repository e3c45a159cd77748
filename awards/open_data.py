"""The repository of practices as open data: one record per practice, written as CSV (safe
against formula injection, via defusedcsv) or JSON, streamed so the whole repository never
sits in memory. Columns are documented in docs/publication.md; their names never change.

Only what the repository publishes goes out (``publication.published_practices``, with its
public details): never the other sections of an application, its contact person, scores,
jurors or reasons.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from defusedcsv import csv
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from awards.models import Candidacy
from awards.publication import distinction_of

LICENCE = "CC-BY-4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
ATTRIBUTION = (
    "Repository of practices of the award, published with each organisation's consent; cite "
    "the organisation and the award."
)
CHUNK = 500

COLUMNS = (
    "reference",
    "url",
    "title",
    "public_summary",
    "organisation",
    "city",
    "country",
    "uclg_region",
    "population_band",
    "category",
    "category_name",
    "edition",
    "edition_name",
    "year",
    "result",
    "distinction",
    "prize",
    "prize_share",
    "currency",
    "language",
    "implementation_started_on",
    "implementation_ended_on",
    "published_at",
    "photos",
    "ex_aequo",
)

Absolute = Callable[[str], str]


def record(practice: Candidacy, absolute: Absolute) -> dict[str, Any]:
    """One practice as open data. Codes for what has a code (ISO 3166 country, region,
    population band, result, language), English for the award's own names."""
    decision = distinction_of(practice)
    prize = decision.prize if decision is not None else None
    organisation = practice.organisation
    return {
        "reference": practice.reference,
        "url": absolute(reverse("practice", args=[practice.reference])),
        "title": practice.title,
        "public_summary": practice.shown_summary,
        "organisation": organisation.name,
        "city": organisation.city,
        "country": organisation.country.code,
        "uclg_region": organisation.uclg_region,
        "population_band": organisation.population_band,
        "category": practice.category.key if practice.category else "",
        "category_name": practice.category.name_en if practice.category else "",
        "edition": practice.edition.slug,
        "edition_name": practice.edition.name_en,
        "year": practice.edition.year,
        "result": practice.state,
        "distinction": decision.mention if decision is not None else "",
        "prize": prize.name_en if prize is not None else "",
        "prize_share": decision.prize_share if prize is not None else None,
        "currency": prize.currency if prize is not None else "",
        "language": practice.language,
        "implementation_started_on": practice.implementation_started_on,
        "implementation_ended_on": practice.implementation_ended_on,
        "published_at": practice.published_at,
        "photos": [
            {
                "url": absolute(reverse("practice-photo", args=[practice.reference, photo.pk])),
                "caption": photo.caption,
            }
            for photo in practice.photos
        ],
        "ex_aequo": bool(decision is not None and decision.ex_aequo),
    }


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class Echo:
    """A file that gives back what is written to it: the CSV writer then yields lines."""

    def write(self, value: str) -> str:
        return value


def csv_lines(practices: QuerySet[Candidacy], absolute: Absolute) -> Iterator[str]:
    """A header line, then one line per practice; photos as their addresses, space-separated."""
    writer = csv.writer(Echo())
    yield writer.writerow(COLUMNS)
    for practice in practices.iterator(chunk_size=CHUNK):
        row = record(practice, absolute)
        row["photos"] = " ".join(photo["url"] for photo in row["photos"])
        yield writer.writerow([cell(row[column]) for column in COLUMNS])


def json_chunks(practices: QuerySet[Candidacy], absolute: Absolute) -> Iterator[str]:
    """``{"licence": …, "generated_at": …, "columns": […], "practices": [{…}, …]}``."""
    head = {
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "attribution": ATTRIBUTION,
        "generated_at": timezone.now(),
        "columns": list(COLUMNS),
    }
    yield json.dumps(head, cls=DjangoJSONEncoder, ensure_ascii=False)[:-1] + ', "practices": ['
    separator = ""
    for practice in practices.iterator(chunk_size=CHUNK):
        text = json.dumps(record(practice, absolute), cls=DjangoJSONEncoder, ensure_ascii=False)
        yield separator + text
        separator = ","
    yield "]}"
