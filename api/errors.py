"""One JSON shape for every error of the API.

    {"status": 409, "code": "transition_refused", "detail": "…", "errors": {"field": ["…"]}}

``errors`` holds field errors (``non_field_errors`` for the rest); it is empty when there are
none. Refused and concurrent transitions answer 409, as the design says. What is too large
(a file, a candidacy's files together, the request itself) answers 413, with the field to
blame; an address under /api/ that matches no route answers 404 in this shape too. The
schema documents these errors on every operation (``document_errors``).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import (
    PermissionDenied,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.defaults import page_not_found
from rest_framework import exceptions, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from awards.transitions import TransitionConflict, TransitionRefused
from evaluation.services import AssignmentInfeasible, ScoresInvalid

# The codes of awards.uploads for a file, or files, over the size allowed.
TOO_LARGE_CODES = frozenset({"too_large", "total_too_large"})


class PayloadTooLarge(exceptions.APIException):
    """413: the upload, or the request that carries it, is larger than allowed."""

    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = _lazy("The upload or the request is too large.")
    default_code = "too_large"

    def __init__(self, field_errors: dict[str, list[str]]) -> None:
        super().__init__()
        self.field_errors = field_errors


def upload_refused(error: DjangoValidationError) -> exceptions.APIException:
    """A refused upload as the API answers it: 413 when a size rule refused it (the rules stay
    in awards.uploads; their codes say which), else 400; field errors either way."""
    if not hasattr(error, "error_dict"):
        return exceptions.ValidationError(error.messages)
    codes = {item.code for items in error.error_dict.values() for item in items}
    if codes & TOO_LARGE_CODES:
        return PayloadTooLarge(error.message_dict)
    return exceptions.ValidationError(error.message_dict)


def _as_api_exception(error: Exception) -> Exception:
    if isinstance(error, RequestDataTooBig):
        limit = filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        message = _("A request may carry at most %(limit)s besides its files.") % {"limit": limit}
        return PayloadTooLarge({"non_field_errors": [message]})
    if isinstance(error, TooManyFieldsSent | TooManyFilesSent):
        return exceptions.ValidationError(
            {"non_field_errors": [_("The request has too many fields or files.")]}
        )
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


# The schema ------------------------------------------------------------------------------------

ERROR_SCHEMA = {
    "type": "object",
    "description": "The API's one error shape.",
    "properties": {
        "status": {"type": "integer"},
        "code": {"type": "string"},
        "detail": {"type": "string"},
        "errors": {
            "type": "object",
            "description": "By field: its messages, or for a nested input (a list, an object), "
            "the same mapping by place or field.",
            "additionalProperties": {
                "anyOf": [
                    {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "object"}]}},
                    {"type": "object"},
                ]
            },
        },
    },
    "required": ["status", "code", "detail", "errors"],
}
SAFE_METHODS = ("get", "head", "options")


def _error_statuses(
    operation: dict[str, Any], method: str, *, public: bool, throttled: bool
) -> dict[int, str]:
    """The errors any operation of this kind may answer, whatever its view says of its own."""
    statuses = {401: _("The credentials given are not valid.")}
    writes = method not in SAFE_METHODS
    if writes or any(p.get("in") == "query" for p in operation.get("parameters", [])):
        statuses[400] = _("Invalid input, with an error per field.")
    if writes or not public:
        statuses[403] = _("Not signed in, or not allowed.")
    statuses[404] = _(
        "Not found, or not visible to this user: the object, one it names, or a page."
    )
    if writes:
        statuses[409] = _(
            "Refused by the rules (see detail), or changed by someone else meanwhile."
        )
    if "requestBody" in operation:
        statuses[415] = _("The request's content type is not accepted.")
        if "multipart/form-data" in operation["requestBody"].get("content", {}):
            statuses[413] = _("The upload or the request is too large.")
    if throttled:
        statuses[429] = _("Too many requests; try again later.")
    return statuses


def document_errors(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """drf-spectacular post-processing hook: every operation documents the errors it may
    answer, in the one shape above, so a client (and the schema test) knows them all. An
    operation that documents an error itself keeps its own description."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["ApiError"] = ERROR_SCHEMA  # one definition, whichever view named it first
    views: dict[tuple[str, str], Any] = {
        (path.replace("{pk}", "{id}"), method.lower()): getattr(callback, "cls", callback)
        for path, _regex, method, callback in generator.endpoints
    }
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            view = views.get((path, method))
            permissions = getattr(view, "permission_classes", ()) or ()
            statuses = _error_statuses(
                operation,
                method,
                public=bool(permissions) and all(p is AllowAny for p in permissions),
                throttled=bool(getattr(view, "throttle_classes", ())),
            )
            responses = operation.setdefault("responses", {})
            for status_code, description in sorted(statuses.items()):
                responses.setdefault(
                    str(status_code),
                    {
                        "description": str(description),
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ApiError"}
                            }
                        },
                    },
                )
    return result


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler404: an address under /api/ that matches no route (an id that is not a number,
    a typo) answers in the API's shape too; the pages keep their own 404 page."""
    if request.path.startswith("/api/"):
        body = {"status": 404, "code": "not_found", "detail": _("Not found."), "errors": {}}
        return JsonResponse(body, status=status.HTTP_404_NOT_FOUND)
    return page_not_found(request, exception)
