"""Serializer fields shared by the API's resources."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from awards.i18n import LANGUAGE_CODES


@extend_schema_field(
    {
        "type": "object",
        "properties": {code: {"type": "string"} for code in LANGUAGE_CODES},
        "required": list(LANGUAGE_CODES),
        "description": "The text in each language; empty where not translated.",
    }
)
class TranslationsField(serializers.Field):
    """Every translation of a translated field, such as {"en": "…", "fr": "…"}."""

    def __init__(self, field: str, **kwargs: Any) -> None:
        self.translated_field = field
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj: Any) -> dict[str, str]:
        return {code: getattr(obj, f"{self.translated_field}_{code}") for code in LANGUAGE_CODES}


@extend_schema_field(OpenApiTypes.STR)
class LocalizedField(serializers.ReadOnlyField):
    """A translated field in the language of the request (Accept-Language), else in English."""
