"""Checks of what jurors type, shared by the scoring page and the API."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_JUSTIFICATION = 5000
HUNDREDTH = Decimal("0.01")


def clean_score(criterion: Any, raw: object) -> Decimal | None:
    """A score as typed ("7", "7.5", "7,5") within the criterion's scale, or None (abstention).

    Raises ValidationError with a message the juror can act on.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ValidationError(_("Enter a number."), code="invalid")
    try:
        # Jurors writing French, Spanish or Portuguese type a decimal comma.
        value = Decimal(str(raw).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(_("Enter a number."), code="invalid") from None
    if not value.is_finite():
        raise ValidationError(_("Enter a number."), code="invalid")
    # The scale first: a huge number would overflow the rounding below.
    if not criterion.scale_min <= value <= criterion.scale_max:
        raise ValidationError(
            _("Enter a score between %(min)s and %(max)s.")
            % {"min": criterion.scale_min, "max": criterion.scale_max},
            code="scale",
        )
    if value != value.quantize(HUNDREDTH):
        raise ValidationError(_("Use at most two decimals."), code="precision")
    return value


def clean_justification(raw: object) -> str:
    text = "" if raw is None else str(raw)
    if len(text) > MAX_JUSTIFICATION:
        raise ValidationError(
            _("Keep it under %(limit)d characters.") % {"limit": MAX_JUSTIFICATION},
            code="max_length",
        )
    return text.strip()
