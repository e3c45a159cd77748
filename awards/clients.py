"""Who is asking: the client's address behind the trusted proxies, and a small limit on how
often one address may ask for what is expensive to give (the open-data exports, a results
report rendered anew).

The counts live in Django's cache: per process with the default cache, so that each worker
of each machine counts on its own; exact only when CACHES points at a shared cache (see
docs/operations.md). The API's throttles identify clients with the same function
(``api.throttling``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

DEFAULT_EXPORT_RATE = "10/minute"
# A rate's period, by its first letter, as Django REST framework reads "120/minute".
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def client_address(request: HttpRequest) -> str:
    """The client's address: the connection's, or the one the trusted proxies forwarded.

    Behind PALMARES_NUM_PROXIES reverse proxies, each appends the address it received from to
    X-Forwarded-For, so the client's is that many entries from the end; entries before it were
    written by the client itself and are not trusted. With fewer entries than proxies the
    request did not come through them all (or the setting is wrong): no entry can be trusted,
    and the connection's own address is used.
    """
    proxies = getattr(settings, "PALMARES_NUM_PROXIES", 0)
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def parse_rate(value: Any) -> tuple[int, int] | None:
    """A rate such as ``"10/minute"`` as (requests, seconds); None for ``"off"`` (no limit).
    The period is read by its first letter (second, minute, hour, day), as in the API's
    throttles. ValueError for anything else."""
    text = str(value if value is not None else "off").strip().lower()
    if text in {"", "off", "none"}:
        return None
    count, slash, period = text.partition("/")
    try:
        limit = int(count)
    except ValueError:
        limit = 0
    seconds = PERIODS.get(period.strip()[:1])
    if not slash or seconds is None or limit < 1:
        raise ValueError(f'A rate reads like "10/minute" or "off", not {value!r}.')
    return limit, seconds


def over_limit(request: HttpRequest, scope: str, rate: Any) -> int | None:
    """Counts one request of ``scope`` from the client's address; past ``rate`` in the current
    window, the seconds until the next one, else None. A fixed window: cheap, and enough to
    stop a script from making the server render the same thing again and again."""
    parsed = parse_rate(rate)
    if parsed is None:
        return None
    limit, seconds = parsed
    now = time.time()
    key = f"palmares:limit:{scope}:{client_address(request)}:{int(now // seconds)}"
    cache.add(key, 0, timeout=seconds + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds + 1)
        count = 1
    if count > limit:
        return max(1, int(seconds - now % seconds))
    return None


def too_many_requests(retry_after: int) -> HttpResponse:
    response = HttpResponse(
        _("Too many requests from your address: try again in %(seconds)s seconds.")
        % {"seconds": retry_after},
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(retry_after)
    return response


def export_rate() -> Any:
    """PALMARES_EXPORT_RATE; should it not read as a rate, the default rather than no limit."""
    rate = getattr(settings, "PALMARES_EXPORT_RATE", DEFAULT_EXPORT_RATE)
    try:
        parse_rate(rate)
    except ValueError:
        logger.exception("PALMARES_EXPORT_RATE cannot be read; using %s", DEFAULT_EXPORT_RATE)
        return DEFAULT_EXPORT_RATE
    return rate


def limited(scope: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """A view that answers 429 past PALMARES_EXPORT_RATE requests of ``scope`` per address."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            retry_after = over_limit(request, scope, export_rate())
            if retry_after is not None:
                return too_many_requests(retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
