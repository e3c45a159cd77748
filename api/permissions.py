"""What a personal token may reach, enforced here and nowhere else.

A request authenticated by a token (``request.auth`` is a ``PersonalToken``) is bounded by it:

- a read-only token may only read: any other method answers 403 ``token_read_only``. The
  check runs in the authentication itself (api/tokens.py calls ``refuse_writes_if_read_only``)
  as well as in ``TokenScope``, because most resources declare their own
  ``permission_classes``, which replace DRF's defaults: a resource cannot forget it.
- a token scoped to an edition reaches only that edition's objects: ``EditionScopeFilter``
  (in DEFAULT_FILTER_BACKENDS) narrows every list and every lookup (``get_object`` filters
  first, so another edition's object answers 404, as a hidden object does); ``TokenScope``'s
  object check refuses it where a resource's own lookup skipped the filter.

The path from a model to its edition is derived from its foreign keys (``edition_path``), so
a new resource is covered without a line here. A session never meets any of this.
"""

from __future__ import annotations

from collections import deque
from functools import cache
from typing import Any

from django.db import models
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.filters import BaseFilterBackend
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from api.models import PersonalToken

# The apps whose models belong to an edition; the path never goes through users or content types.
EDITION_APPS = frozenset({"awards", "evaluation", "reports"})
MAX_DEPTH = 3


class TokenReadOnly(exceptions.PermissionDenied):
    default_detail = _("This token is read-only: it may only read.")
    default_code = "token_read_only"


class TokenNotAllowed(exceptions.PermissionDenied):
    default_detail = _(
        "Tokens are managed from a signed-in session: a token cannot list, create or revoke tokens."
    )
    default_code = "token_not_allowed"


class TokenEditionScoped(exceptions.PermissionDenied):
    default_detail = _("This token reaches one edition only: it may not create another.")
    default_code = "token_edition_scoped"


def token_of(request: Request) -> PersonalToken | None:
    """The personal token that authenticated the request, if one did."""
    auth = getattr(request, "auth", None)
    return auth if isinstance(auth, PersonalToken) else None


def refuse_writes_if_read_only(request: Request, token: PersonalToken) -> None:
    if token.read_only and request.method not in SAFE_METHODS:
        raise TokenReadOnly()


def _forward_keys(model: type[models.Model]) -> list[models.ForeignKey]:
    """The model's foreign keys towards the award's models, ``edition`` first."""
    keys = [
        field
        for field in model._meta.fields
        if field.many_to_one or field.one_to_one
        if field.related_model is not None and field.related_model._meta.app_label in EDITION_APPS
    ]
    return sorted(keys, key=lambda field: field.name != "edition")


@cache
def edition_path(model: type[models.Model]) -> str | None:
    """The lookup from ``model`` to its edition: "" for Edition itself, "candidacy__edition"
    for a decision, "round__edition" for a scorecard; None for models of no edition
    (organisations, tokens). The shortest path wins, a direct ``edition`` first."""
    from awards.models import Edition

    queue: deque[tuple[type[models.Model], list[str]]] = deque([(model, [])])
    while queue:
        current, hops = queue.popleft()
        if current is Edition:
            return "__".join(hops)
        if len(hops) < MAX_DEPTH:
            for field in _forward_keys(current):
                queue.append((field.related_model, [*hops, field.name]))
    return None


def edition_id_of(obj: Any) -> int | None:
    """The id of the edition an object belongs to, following ``edition_path``."""
    path = edition_path(type(obj))
    if path is None:
        return None
    if path == "":
        return obj.pk
    *hops, last = path.split("__")
    for hop in hops:
        obj = getattr(obj, hop, None)
        if obj is None:
            return None
    return getattr(obj, f"{last}_id", None)


def scoped_to_token(queryset: QuerySet, token: PersonalToken | None) -> QuerySet:
    """The queryset narrowed to the token's edition, when the token has one."""
    if token is None or token.edition_id is None:
        return queryset
    path = edition_path(queryset.model)
    if path is None:
        return queryset
    return queryset.filter(**{path or "pk": token.edition_id})


def scoped_get(request: Request, queryset: QuerySet, **lookup: Any) -> Any:
    """``get_object_or_404`` for a resource that looks an object up itself (an id in the body
    or in its own URL) rather than through the filter backends: an edition-scoped token finds
    only its edition's objects there too."""
    return get_object_or_404(scoped_to_token(queryset, token_of(request)), **lookup)


def refuse_edition_scoped(request: Request) -> None:
    """An edition-scoped token reaches one edition: it may not create another."""
    token = token_of(request)
    if token is not None and token.edition_id is not None:
        raise TokenEditionScoped()


class EditionScopeFilter(BaseFilterBackend):
    """Lists and lookups of an edition-scoped token show only that edition's objects."""

    def filter_queryset(self, request: Request, queryset: QuerySet, view: Any) -> QuerySet:
        return scoped_to_token(queryset, token_of(request))


class TokenScope(BasePermission):
    """A token's own limits, on top of the user's permissions (which it never widens)."""

    def has_permission(self, request: Request, view: Any) -> bool:
        token = token_of(request)
        if token is not None:
            refuse_writes_if_read_only(request, token)
        return True

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        token = token_of(request)
        if token is None or token.edition_id is None:
            return True
        edition_id = edition_id_of(obj)
        return edition_id is None or edition_id == token.edition_id


class SessionOnly(BasePermission):
    """Only a signed-in session may manage tokens: a leaked token must not mint others, nor
    hide itself by revoking the rest."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if token_of(request) is not None:
            raise TokenNotAllowed()
        return True
