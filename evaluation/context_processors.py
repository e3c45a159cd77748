"""What the navigation offers the signed-in person: their jury work, their secretariat."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject


def roles(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    if not user.is_authenticated:
        return {}
    return {
        # Lazy: asked only by pages that show the navigation.
        "nav_is_juror": SimpleLazyObject(lambda: user.jury_memberships.exists()),
        "nav_runs_editions": SimpleLazyObject(
            lambda: user.is_superuser or user.secretariat_editions.exists()
        ),
    }
