"""Checks shared by models, forms and serializers."""

from __future__ import annotations

import re
import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from awards.enums import Language
from awards.sections import count_words


@deconstructible
class WordLimitValidator:
    """Refuses a text longer than ``limit`` words, telling how many there are."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __call__(self, value: str) -> None:
        words = count_words(value or "")
        if words > self.limit:
            raise ValidationError(
                ngettext(
                    "At most %(limit)d word is allowed; this text has %(words)d.",
                    "At most %(limit)d words are allowed; this text has %(words)d.",
                    self.limit,
                )
                % {"limit": self.limit, "words": words},
                code="word_limit",
                params={"limit": self.limit, "words": words},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordLimitValidator) and other.limit == self.limit


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not a known time zone, such as Europe/Lisbon."),
            code="timezone",
            params={"value": value},
        )


def validate_languages(value: object) -> None:
    known = set(Language.values)
    if not isinstance(value, list) or not value:
        raise ValidationError(_("Choose at least one language."), code="languages")
    unknown = [code for code in value if not isinstance(code, str) or code not in known]
    if unknown or len(set(map(str, value))) != len(value):
        raise ValidationError(
            _("Languages must be distinct codes among: %(known)s."),
            code="languages",
            params={"known": ", ".join(sorted(known))},
        )


def validate_currency(value: str) -> None:
    if not re.fullmatch(r"[A-Z]{3}", value or ""):
        raise ValidationError(
            _("Use a three-letter ISO 4217 code, such as EUR or USD."), code="currency"
        )


def validate_award_code(value: str) -> None:
    if not re.fullmatch(r"[A-Z][A-Z0-9]{1,11}", value or ""):
        raise ValidationError(
            _("Use 2 to 12 capital letters or digits, starting with a letter, such as IOPD."),
            code="award_code",
        )


def validate_criterion_keys(value: object) -> None:
    """The tie-break order: distinct criterion keys, such as ["innovation", "inclusion"]."""
    if not isinstance(value, list) or not all(
        isinstance(key, str) and re.fullmatch(r"[-a-zA-Z0-9_]+", key) for key in value
    ):
        raise ValidationError(
            _('Give a list of criterion keys, such as ["innovation", "inclusion"].'),
            code="criterion_keys",
        )
    if len(set(value)) != len(value):
        raise ValidationError(_("Each criterion may appear only once."), code="criterion_keys")
