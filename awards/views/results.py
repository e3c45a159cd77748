"""The public results of a published edition, their PDF report, and the archive of past
editions. Before publication an edition's results do not exist, for everyone (404): the
secretariat previews them through its own pages."""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from awards import clients, publication
from awards.enums import CandidacyState
from evaluation.queries import public_deliberation_record
from reports import pdf

# A rendered results report is kept this long (seconds), for as long as what it prints is the
# same: the key is a hash of its HTML, so any change (a renamed organisation, a juror's name, a
# prize, the language) renders anew.
REPORT_CACHE_SECONDS = 3600


@require_safe
def results(request: HttpRequest, slug: str) -> HttpResponse:
    """Winners (by prize, ex aequo together), special mentions and finalists; categories
    without an award; the jury; the community mention; the jury's deliberation record when
    the secretariat made it public; the report in PDF."""
    edition = get_object_or_404(publication.published_editions(), slug=slug)
    return render(
        request,
        "awards/results.html",
        {
            "edition": edition,
            "results": publication.edition_results(edition),
            "deliberation": public_deliberation_record(edition),
        },
    )


@require_safe
def results_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    """The results report (reports.pdf.results_report) in the visitor's language, rendered on
    first demand and then kept in the cache for an hour while it prints the same. Rendering
    anew counts against the client's PALMARES_EXPORT_RATE; a cached report does not."""
    edition = get_object_or_404(publication.published_editions(), slug=slug)
    html = pdf.results_html(edition)
    key = f"results-pdf:{edition.pk}:{hashlib.sha256(html.encode()).hexdigest()}"
    document = cache.get(key)
    if document is None:
        retry_after = clients.over_limit(request, "results-pdf", clients.export_rate())
        if retry_after is not None:
            return clients.too_many_requests(retry_after)
        document = pdf.render_html(html)
        cache.set(key, document, REPORT_CACHE_SECONDS)
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{edition.slug}-results.pdf"'
    return response


@require_safe
def archive(request: HttpRequest) -> HttpResponse:
    """Every edition whose results are published, newest year first."""
    editions = (
        publication.published_editions()
        .annotate(
            winners=Count("candidacies", filter=Q(candidacies__state=CandidacyState.WINNER)),
            mentions=Count(
                "candidacies", filter=Q(candidacies__state=CandidacyState.SPECIAL_MENTION)
            ),
            finalists=Count("candidacies", filter=Q(candidacies__state=CandidacyState.FINALIST)),
        )
        .order_by("-year", "code")
    )
    return render(request, "awards/archive.html", {"editions": editions})
