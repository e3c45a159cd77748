"""Content written by the secretariat in each application language.

Translated content is stored in one column per language (``name_en``, ``name_fr``…) so it can
be edited in the admin, searched and constrained by the database. English is required; a
missing translation falls back to it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.utils.translation import get_language

LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
FALLBACK_LANGUAGE = "en"


def current_language() -> str:
    language = (get_language() or FALLBACK_LANGUAGE)[:2]
    return language if language in LANGUAGE_CODES else FALLBACK_LANGUAGE


def localized(obj: Any, field: str, language: str | None = None) -> str:
    """The text of ``field`` in ``language`` (the active one by default), else in English."""
    language = language or current_language()
    return getattr(obj, f"{field}_{language}", "") or getattr(obj, f"{field}_{FALLBACK_LANGUAGE}")


def translated_field_names(field: str) -> list[str]:
    return [f"{field}_{code}" for code in LANGUAGE_CODES]
