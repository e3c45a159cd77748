"""System checks of the awards' settings, run by ``manage.py check``, ``migrate`` and
``runserver`` before anything is served: a setting that cannot be read stops the deployment
with its reason, rather than failing later at each request."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error


def vote_settings(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """PALMARES_VOTE_THROTTLE and PALMARES_NUM_PROXIES (docs/vote.md)."""
    from awards.services.votes import parse_throttle

    problems: list[CheckMessage] = []
    try:
        parse_throttle(getattr(settings, "PALMARES_VOTE_THROTTLE", "10/minute"))
    except ValueError as error:
        problems.append(
            Error(
                str(error),
                hint='For example "10/minute", "200/hour", or "off" to lift the limit.',
                obj="PALMARES_VOTE_THROTTLE",
                id="awards.E001",
            )
        )
    proxies = getattr(settings, "PALMARES_NUM_PROXIES", 0)
    if isinstance(proxies, bool) or not isinstance(proxies, int) or proxies < 0:
        problems.append(
            Error(
                f"PALMARES_NUM_PROXIES is the number of reverse proxies (0 or more), not "
                f"{proxies!r}.",
                obj="PALMARES_NUM_PROXIES",
                id="awards.E002",
            )
        )
    return problems
