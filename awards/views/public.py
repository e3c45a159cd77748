"""Public pages of the awards: the home page and each call's page."""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from awards import queries
from awards.enums import EditionState
from awards.models import Criterion, Round


def home(request: HttpRequest) -> HttpResponse:
    """Open calls first, then editions under way, then the archive of past editions."""
    editions = queries.with_candidacy_counts(queries.editions_for(request.user))
    editions = editions.prefetch_related("categories")
    return render(
        request,
        "awards/home.html",
        {
            "open_calls": editions.filter(state=EditionState.CALL_OPEN).order_by("call_closes_at"),
            "under_way": editions.filter(
                state__in=[
                    EditionState.CALL_CLOSED,
                    EditionState.EVALUATION,
                    EditionState.DELIBERATION,
                ]
            ).order_by("-year"),
            "past": editions.filter(
                state__in=[EditionState.PUBLISHED, EditionState.ARCHIVED]
            ).order_by("-year"),
        },
    )


def edition_detail(request: HttpRequest, slug: str) -> HttpResponse:
    rounds = Round.objects.prefetch_related(
        Prefetch("criteria", queryset=Criterion.objects.order_by("order", "id"))
    )
    edition = get_object_or_404(
        queries.editions_for(request.user).prefetch_related(
            "categories", "prizes__category", Prefetch("rounds", queryset=rounds)
        ),
        slug=slug,
    )
    return render(request, "awards/edition_detail.html", {"edition": edition})
