"""The public API's throttles: anonymous clients by address, signed-in ones by account.

Both read their rate from the settings at each request (PALMARES_API_ANON_RATE,
PALMARES_API_USER_RATE; "off" lifts the limit) and identify an address as the pages do
(``awards.clients.client_address``: behind PALMARES_NUM_PROXIES proxies, never an entry of
X-Forwarded-For that the client could have written). The counts live in Django's cache:
exact only with a shared cache (docs/operations.md).
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from awards.clients import client_address, parse_rate

logger = logging.getLogger(__name__)


def rate_setting(name: str, default: str) -> str | None:
    """The setting as DRF reads a rate; None for "off". Should it not read as a rate, the
    default applies rather than no limit (or an error on every request)."""
    value = getattr(settings, name, default)
    try:
        return None if parse_rate(value) is None else str(value)
    except ValueError:
        logger.exception("%s cannot be read; using %s", name, default)
        return default


class PublicAnonThrottle(AnonRateThrottle):
    """Anonymous requests, per client address."""

    def get_rate(self) -> str | None:
        return rate_setting("PALMARES_API_ANON_RATE", "120/minute")

    def get_ident(self, request: Any) -> str:
        return client_address(request)


class PublicUserThrottle(UserRateThrottle):
    """Signed-in requests, per account: a session or a token must not lift the limit.
    Anonymous requests are the other throttle's."""

    def get_rate(self) -> str | None:
        return rate_setting("PALMARES_API_USER_RATE", "240/minute")

    def get_cache_key(self, request: Any, view: Any) -> str | None:
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
