"""The repository of practices: its search page, each practice's page and photos, and the
open-data exports. Everything goes through ``awards.search`` and ``awards.publication``: what
is not in the repository does not exist here (404)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from awards import open_data, photos, publication, search
from awards.clients import limited
from awards.forms import PracticeSearchForm
from awards.models import Candidacy
from awards.search import PracticeQuery


def search_query(request: HttpRequest) -> tuple[PracticeSearchForm, PracticeQuery]:
    form = PracticeSearchForm(request.GET or None)
    return form, form.query() if form.is_bound else PracticeQuery()


def invalid_search(form: PracticeSearchForm) -> HttpResponseBadRequest:
    """What the feed and the exports answer to a value they cannot read: leaving it out would
    give more practices than were asked for."""
    lines = [f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()]
    return HttpResponseBadRequest("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    """Words and filters, the matching practices 20 a page, and for each filter its values with
    how many practices each would give. An invalid value is left out, and its field says why."""
    form, query = search_query(request)
    page = Paginator(search.practices(query), search.PAGE_SIZE).get_page(request.GET.get("page"))
    facets = search.facets(query)
    return render(
        request,
        "awards/practices/search.html",
        {
            "form": form,
            "query": query,
            "page": page,
            "filters": [(form[name], facets[name]) for name in search.FILTER_FIELDS],
        },
    )


@require_safe
def practice_page(request: HttpRequest, reference: str) -> HttpResponse:
    """A practice at its stable address, /practices/IOPD-2025-0042/."""
    practice = get_object_or_404(
        publication.with_public_details(publication.published_practices()), reference=reference
    )
    return render(request, "awards/practices/practice.html", {"practice": practice})


@require_safe
def practice_photo(request: HttpRequest, reference: str, pk: int) -> FileResponse:
    """A photo of a practice in the repository, served only if its bytes are an image, and
    without its metadata (``awards.photos``): never another kind of attachment, nor a photo of
    a candidacy outside the repository."""
    photo = get_object_or_404(publication.public_photos(), pk=pk, candidacy__reference=reference)
    cleaned = photos.public_copy(photo)
    if cleaned is None:
        raise Http404
    handle, kind = cleaned
    response = FileResponse(handle, content_type=kind.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "public, max-age=3600"
    return response


def export_name(query: PracticeQuery, extension: str) -> str:
    return f"practices{'' if query.is_empty else '-selection'}.{extension}"


def exported(
    request: HttpRequest,
) -> tuple[PracticeQuery, QuerySet[Candidacy]] | HttpResponseBadRequest:
    form, query = search_query(request)
    if form.is_bound and not form.is_valid():
        return invalid_search(form)
    return query, search.practices(query)


@require_safe
@limited("exports")
def export_csv(request: HttpRequest) -> HttpResponse:
    """The repository (or the practices the filters select) as CSV, one line per practice."""
    found = exported(request)
    if isinstance(found, HttpResponse):
        return found
    query, practices = found
    response = StreamingHttpResponse(
        open_data.csv_lines(practices, request.build_absolute_uri),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{export_name(query, "csv")}"'
    return response


@require_safe
@limited("exports")
def export_json(request: HttpRequest) -> HttpResponse:
    """The repository (or the practices the filters select) as one JSON document."""
    found = exported(request)
    if isinstance(found, HttpResponse):
        return found
    query, practices = found
    response = StreamingHttpResponse(
        open_data.json_chunks(practices, request.build_absolute_uri),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{export_name(query, "json")}"'
    return response
