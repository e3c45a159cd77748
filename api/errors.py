"""One JSON shape for every error of the API.

    {"status": 409, "code": "transition_refused", "detail": "…", "errors": {"field": ["…"]}}

``errors`` holds field errors (``non_field_errors`` for the rest); it is empty when there are
none. Refused and concurrent transitions answer 409, as the design says.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from awards.transitions import TransitionConflict, TransitionRefused
from evaluation.services import AssignmentInfeasible, ScoresInvalid


def _as_api_exception(error: Exception) -> Exception:
    if isinstance(error, ScoresInvalid):
        return exceptions.ValidationError(error.field_errors)
    if isinstance(error, AssignmentInfeasible):
        api_error = exceptions.APIException(str(error), code="assignment_infeasible")
        api_error.status_code = status.HTTP_409_CONFLICT
        api_error.field_errors = {  # type: ignore[attr-defined]
            item.candidacy.reference: [str(item)] for item in error.lacking
        }
        return api_error
    if isinstance(error, TransitionRefused):
        api_error = exceptions.APIException(" ".join(error.reasons), code="transition_refused")
        api_error.status_code = status.HTTP_409_CONFLICT
        api_error.field_errors = error.field_errors  # type: ignore[attr-defined]
        return api_error
    if isinstance(error, TransitionConflict):
        api_error = exceptions.APIException(str(error), code="conflict")
        api_error.status_code = status.HTTP_409_CONFLICT
        return api_error
    return error


def exception_handler(error: Exception, context: dict[str, Any]) -> Response | None:
    error = _as_api_exception(error)
    response = drf_exception_handler(error, context)
    if response is None:
        return None
    detail = response.data
    field_errors: dict[str, Any] = getattr(error, "field_errors", {}) or {}
    if isinstance(error, exceptions.ValidationError):
        field_errors = detail if isinstance(detail, dict) else {"non_field_errors": detail}
        message = _("Invalid input.")
    elif isinstance(detail, dict) and "detail" in detail:
        message = str(detail["detail"])
    else:
        message = str(detail)
    code = getattr(getattr(error, "detail", None), "code", None)
    if isinstance(error, Http404):
        code = "not_found"
    elif isinstance(error, PermissionDenied):
        code = "permission_denied"
    response.data = {
        "status": response.status_code,
        "code": code or getattr(error, "default_code", "error"),
        "detail": message,
        "errors": field_errors,
    }
    return response
