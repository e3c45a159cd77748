"""Searching the repository of practices: the one function behind the search page, the API,
the Atom feed and the open-data exports, so they always agree on what a query finds.

Everything starts from ``publication.published_practices()``: a query can only narrow the
repository, never reach past it.

Text search (``q``):

- PostgreSQL: full-text search. Each practice's document (its title, weighing most, then its
  organisation's name and city, then its public summary) is stored by the database in the
  configuration of the practice's language (english, french, spanish or portuguese; see
  migration 0008), and the visitor's words are parsed in that same configuration, so
  "presupuesto" finds a Spanish practice about "presupuestos participativos" and "budgeting"
  an English one about "participatory budgets". Queries use the web-search syntax
  ``"a phrase"`` and ``-word``; results come by relevance (``ts_rank``).
- Elsewhere (the embedded SQLite): every word must appear, in any case, in the title, the
  public summary, the organisation's name or its city (``-word`` excludes, ``"a phrase"``
  stays together); results come with title matches first.

On both, every plain word is required: ``or`` is a word like the others, not an operator
(PostgreSQL's web-search syntax would read it as one; it is quoted there). Words without a
letter or a digit (punctuation only) search nothing: the same as no words. Without words, the
newest editions come first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Any

from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django_countries import countries

from awards import publication
from awards.enums import CandidacyState, Language, PopulationBand, UCLGRegion
from awards.models import Candidacy, Category

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12

# The results a visitor may filter on, in the order they are offered.
RESULTS = (
    CandidacyState.WINNER,
    CandidacyState.SPECIAL_MENTION,
    CandidacyState.FINALIST,
    CandidacyState.SHORTLISTED,
    CandidacyState.NOT_SELECTED,
)

# Each filter and the field it reads. A category is chosen by its key, the same from one
# edition to the next ("gender-care"), so a filter spans the years.
FILTER_FIELDS = {
    "category": "category__key",
    "country": "organisation__country",
    "region": "organisation__uclg_region",
    "population": "organisation__population_band",
    "year": "edition__year",
    "result": "state",
    "language": "language",
}


@dataclass(frozen=True)
class PracticeQuery:
    """What a visitor asks of the repository: words and filters, each empty for "any"."""

    q: str = ""
    category: str = ""
    country: str = ""
    region: str = ""
    population: str = ""
    year: int | None = None
    result: str = ""
    language: str = ""

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> PracticeQuery:
        """From cleaned form or filter values; unknown keys and empty values are ignored."""
        known = {field.name for field in fields(cls)}
        chosen = {k: v for k, v in values.items() if k in known and v not in (None, "")}
        if "q" in chosen:
            chosen["q"] = clean_words(str(chosen["q"]))
        if "country" in chosen:
            chosen["country"] = str(chosen["country"]).upper()
        return cls(**chosen)

    def filters(self) -> dict[str, Any]:
        """The chosen filters as field lookups."""
        return {
            FILTER_FIELDS[name]: getattr(self, name)
            for name in FILTER_FIELDS
            if getattr(self, name) not in (None, "")
        }

    def without(self, name: str) -> PracticeQuery:
        return replace(self, **{name: None if name == "year" else ""})

    @property
    def is_empty(self) -> bool:
        return not self.q and not self.filters()


def practices(query: PracticeQuery, *, newest_first: bool = False) -> QuerySet[Candidacy]:
    """The practices of the repository that match ``query``, with their public details.

    By relevance when there are words to search, else newest edition first; ``newest_first``
    orders by publication instead (the feed's order), whatever the words.
    """
    words = clean_words(query.q)
    found = matching(words, rank=bool(words) and not newest_first).filter(**query.filters())
    found = publication.with_public_details(found)
    if newest_first:
        return found.order_by(F("published_at").desc(nulls_last=True), "-reference_number", "pk")
    if words:
        return found.order_by("-relevance", "-edition__year", "reference_number", "pk")
    return found.order_by("-edition__year", "edition__code", "reference_number", "pk")


def matching(q: str, *, rank: bool = False) -> QuerySet[Candidacy]:
    """The repository narrowed by the words of ``q`` (all of it when there are none); with
    ``rank``, each match gets its ``relevance``."""
    practices = publication.published_practices()
    q = clean_words(q)
    if not q:
        return practices
    if connection.vendor == "postgresql":
        return full_text(practices, q, rank=rank)
    return every_word(practices, q, rank=rank)


CONTROL = re.compile(r"[\x00-\x1f\x7f]")
WORD = re.compile(r"\w")


def clean_words(q: str) -> str:
    """The visitor's words as searched: control characters (a NUL would break PostgreSQL's
    parser) and runs of spaces become one space, the whole cut at ``MAX_QUERY_LENGTH``; with
    no letter or digit at all, nothing (punctuation alone is no search)."""
    text = " ".join(CONTROL.sub(" ", q).split())[:MAX_QUERY_LENGTH].strip()
    return text if WORD.search(text) else ""


OR = re.compile(r'("[^"]*")|(?<!\S)(-?)(or)(?!\S)', re.IGNORECASE)


def plain_or(q: str) -> str:
    """``or`` quoted where it stands alone outside a phrase, so that websearch_to_tsquery reads
    it as a word (all required) rather than as its operator, as the SQLite search does."""
    return OR.sub(lambda m: m.group(1) or f'{m.group(2)}"{m.group(3)}"', q)


def full_text(practices: QuerySet[Candidacy], q: str, *, rank: bool) -> QuerySet[Candidacy]:
    """Matches the stored documents (see migration 0008), each against the words parsed in the
    practice's own configuration, ``awards_search_config(language)``, as the document was."""
    from django.contrib.postgres.search import SearchQuery, SearchRank

    config = Func(F("language"), function="awards_search_config", output_field=CharField())
    words = SearchQuery(plain_or(q), config=config, search_type="websearch")
    found = practices.filter(search_document=words)
    return found.annotate(relevance=SearchRank(F("search_document"), words)) if rank else found


TERM = re.compile(r'(-?)"([^"]*)"|(\S+)')


def terms(q: str) -> list[tuple[str, bool]]:
    """The words (and quoted phrases) of ``q``, each with whether it is wanted (``-word``: not)."""
    found = []
    for match in TERM.finditer(q):
        if match.group(3) is not None:
            word = match.group(3)
            wanted = not (word.startswith("-") and len(word) > 1)
            text = word.lstrip("-") if not wanted else word
        else:
            wanted, text = match.group(1) != "-", match.group(2)
        text = text.strip().strip('"')
        if text:
            found.append((text, wanted))
    return found[:MAX_TERMS]


def every_word(practices: QuerySet[Candidacy], q: str, *, rank: bool) -> QuerySet[Candidacy]:
    """The fallback without PostgreSQL: every wanted term somewhere, no unwanted one."""
    relevance: Any = Value(0, output_field=IntegerField())
    for text, wanted in terms(q):
        anywhere = (
            Q(title__icontains=text)
            | Q(public_summary__icontains=text)
            | Q(organisation__name__icontains=text)
            | Q(organisation__city__icontains=text)
        )
        practices = practices.filter(anywhere) if wanted else practices.exclude(anywhere)
        if wanted:
            relevance += Case(When(title__icontains=text, then=1), default=0)
    return practices.annotate(relevance=relevance) if rank else practices


# Facets: what each filter offers, with how many practices each value would give -------------


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool


def facets(query: PracticeQuery) -> dict[str, list[Option]]:
    """For each filter, its values among the practices matching the words, each with the
    number of practices it would give along with the other chosen filters (its own choice
    set aside). One grouped query, counted here."""
    fields_ = list(FILTER_FIELDS.values())
    rows = list(matching(query.q).values(*fields_).annotate(n=Count("pk")).order_by())
    chosen = {name: getattr(query, name) for name in FILTER_FIELDS}
    counts: dict[str, Counter[Any]] = {name: Counter() for name in FILTER_FIELDS}
    for row in rows:
        values = {name: row[field] for name, field in FILTER_FIELDS.items()}
        misses = [
            name
            for name, value in chosen.items()
            if value not in (None, "") and values[name] != value
        ]
        for name in FILTER_FIELDS:
            if not misses or misses == [name]:
                counts[name][values[name]] += row["n"]
    labels = facet_labels({value for value in counts["category"] if value})
    options = {}
    for name in FILTER_FIELDS:
        present = {value for value in counts[name] if value not in (None, "")}
        if chosen[name] not in (None, ""):
            present.add(chosen[name])
        options[name] = sorted(
            (
                Option(
                    value=str(value),
                    label=labels[name](value),
                    count=counts[name][value],
                    selected=value == chosen[name],
                )
                for value in present
            ),
            key=ORDERS[name],
        )
    return options


def facet_labels(category_keys: Iterable[str]) -> dict[str, Any]:
    """How each filter's values read, in the visitor's language."""
    names: dict[str, str] = {}
    published = Category.objects.filter(
        edition__in=publication.published_editions(), key__in=list(category_keys)
    ).order_by("edition__year", "pk")
    for category in published:
        names[category.key] = category.name  # the latest edition's name wins
    return {
        "category": lambda key: names.get(key, key),
        "country": lambda code: str(countries.name(code) or code),
        "region": lambda value: label_of(UCLGRegion, value),
        "population": lambda value: label_of(PopulationBand, value),
        "year": str,
        "result": lambda value: label_of(CandidacyState, value),
        "language": lambda value: label_of(Language, value),
    }


def label_of(choices: Any, value: str) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value


def in_order_of(values: Iterable[str]) -> Any:
    order = {value: index for index, value in enumerate(values)}
    return lambda option: (order.get(option.value, len(order)), option.label)


ORDERS: dict[str, Any] = {
    "category": lambda option: option.label.casefold(),
    "country": lambda option: option.label.casefold(),
    "region": lambda option: option.label.casefold(),
    "population": in_order_of(PopulationBand.values),
    "year": lambda option: -int(option.value),
    "result": in_order_of(RESULTS),
    "language": in_order_of(Language.values),
}
