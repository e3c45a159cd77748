"""The shapes of the demo's content (see content.py)."""

from __future__ import annotations

from dataclasses import dataclass

# A text in each language: {"en": "...", "fr": "...", "es": "...", "pt": "..."}
Translations = dict[str, str]


@dataclass(frozen=True)
class DemoOrganisation:
    name: str  # in the organisation's own language, e.g. "Prefeitura de Porto Alegre"
    city: str
    country: str  # ISO 3166-1 alpha-2, e.g. "BR"
    region: str  # awards.enums.UCLGRegion value, e.g. "latin_america"
    population_band: str  # awards.enums.PopulationBand value, e.g. "1m-5m"
    kind: str  # awards.enums.OrganisationKind value, e.g. "local_government"
    language: str  # the language it applies in: "en", "fr", "es" or "pt"
    website: str = ""


@dataclass(frozen=True)
class PracticeText:
    """One application, written in one language. Sections respect awards.sections limits."""

    title: str
    organisation_presentation: str  # may contain {organisation} and {city}
    practice_description: str  # may contain {city}
    objectives: str
    participants: str
    results: str
    evaluation: str
    transferability: str
    public_summary: str  # may contain {city}


@dataclass(frozen=True)
class DemoPractice:
    category: str  # a key of CATEGORIES
    texts: dict[str, PracticeText]  # one per language: "en", "fr", "es", "pt"


@dataclass(frozen=True)
class DemoNamed:
    key: str
    names: Translations
    descriptions: Translations
