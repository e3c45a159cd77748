"""Personal API tokens: issued, revoked, and read from ``Authorization: Bearer <secret>``.

The secret is 43 URL-safe characters (256 random bits); only its SHA-256 hash is stored, so a
copy of the database gives no usable token. A plain hash (no salt, no slow function) is enough
for a random secret of that length and lets the lookup be one indexed query.
``Authorization: Token <secret>`` is read the same way, for clients of DRF's former scheme.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.request import Request

from api.models import PREFIX_LENGTH, PersonalToken, TokenState
from api.permissions import refuse_writes_if_read_only

KEYWORDS = (b"bearer", b"token")
# last_used_at is a hint for its owner, not an audit log: written at most once a minute.
LAST_USED_PRECISION = dt.timedelta(minutes=1)


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def build_token(owner: Any, name: str, **fields: Any) -> tuple[PersonalToken, str]:
    """A new, unsaved token and its secret (the only time the secret exists)."""
    secret = secrets.token_urlsafe(32)
    token = PersonalToken(
        owner=owner, name=name, prefix=secret[:PREFIX_LENGTH], key_hash=hash_key(secret), **fields
    )
    return token, secret


def issue_token(owner: Any, name: str, **fields: Any) -> tuple[PersonalToken, str]:
    """Creates a token for ``owner``; returns it with its secret, to be shown once."""
    token, secret = build_token(owner, name, **fields)
    token.save()
    return token, secret


def revoke_token(token: PersonalToken) -> PersonalToken:
    """Revokes the token (again: nothing changes, the first date stays). It stays listed."""
    PersonalToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    token.refresh_from_db(fields=["revoked_at"])
    return token


def touch(token: PersonalToken, moment: dt.datetime) -> None:
    """Records the use, unless it was recorded less than a minute ago. The condition is in the
    UPDATE, so concurrent requests write once between them."""
    if token.last_used_at is not None and moment - token.last_used_at < LAST_USED_PRECISION:
        return
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lte=moment - LAST_USED_PRECISION)
    PersonalToken.objects.filter(stale, pk=token.pk).update(last_used_at=moment)
    token.last_used_at = moment


class PersonalTokenAuthentication(BaseAuthentication):
    """``Authorization: Bearer <secret>``: an unknown, revoked or expired token answers 401
    (never falls back to anonymous, which would hide the client's mistake)."""

    def authenticate(self, request: Request) -> tuple[Any, PersonalToken] | None:
        words = get_authorization_header(request).split()
        if not words or words[0].lower() not in KEYWORDS:
            return None
        if len(words) != 2:
            raise exceptions.AuthenticationFailed(
                _("The Authorization header should be: Bearer <token>."), code="token_invalid"
            )
        try:
            secret = words[1].decode("ascii")
        except UnicodeDecodeError as error:
            raise exceptions.AuthenticationFailed(
                _("The token is not valid."), code="token_invalid"
            ) from error
        token = self.active_token(secret)
        touch(token, timezone.now())
        refuse_writes_if_read_only(request, token)
        return token.owner, token

    def active_token(self, secret: str) -> PersonalToken:
        token = (
            PersonalToken.objects.select_related("owner").filter(key_hash=hash_key(secret)).first()
        )
        if token is None or not token.owner.is_active:
            raise exceptions.AuthenticationFailed(_("Unknown token."), code="token_unknown")
        state = token.state
        if state == TokenState.REVOKED:
            raise exceptions.AuthenticationFailed(
                _("This token has been revoked."), code="token_revoked"
            )
        if state == TokenState.EXPIRED:
            raise exceptions.AuthenticationFailed(
                _("This token has expired."), code="token_expired"
            )
        return token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class PersonalTokenScheme(OpenApiAuthenticationExtension):
    """Describes the bearer scheme in the OpenAPI schema."""

    target_class = "api.tokens.PersonalTokenAuthentication"
    name = "personalToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return build_bearer_security_scheme_object(
            header_name="Authorization",
            token_prefix="Bearer",  # noqa: S106 - a scheme, not a secret
        )
