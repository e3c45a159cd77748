"""The Atom feed of the repository of practices: the latest published first, with the same
words and filters as the search page (``/practices/feed.atom?country=BR&result=winner``)."""

from __future__ import annotations

from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _

from awards import search
from awards.forms import PracticeSearchForm
from awards.models import Candidacy
from awards.search import PracticeQuery
from awards.views.practices import invalid_search

FEED_SIZE = 50


class PracticesFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # A value the feed cannot read answers 400: leaving it out would follow more practices
        # than were asked for. HEAD is answered like GET; other methods are refused.
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        form = PracticeSearchForm(request.GET or None)
        if form.is_bound and not form.is_valid():
            return invalid_search(form)
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        form = PracticeSearchForm(request.GET or None)
        query = form.query() if form.is_bound else PracticeQuery()
        return {"query": query, "querystring": request.GET.urlencode()}

    def title(self, obj: dict[str, Any]) -> str:
        if obj["query"].is_empty:
            return _("Repository of practices")
        return _("Repository of practices: your selection")

    def subtitle(self, obj: dict[str, Any]) -> str:
        return _("The latest practices of local governments published by the awards.")

    def link(self, obj: dict[str, Any]) -> str:
        querystring = obj["querystring"]
        return reverse("practices") + (f"?{querystring}" if querystring else "")

    def feed_url(self, obj: dict[str, Any]) -> str:
        querystring = obj["querystring"]
        return reverse("practices-feed") + (f"?{querystring}" if querystring else "")

    def items(self, obj: dict[str, Any]) -> Any:
        return search.practices(obj["query"], newest_first=True)[:FEED_SIZE]

    def item_title(self, item: Candidacy) -> str:
        return f"{item.title} — {item.organisation.name}"

    def item_description(self, item: Candidacy) -> str:
        # The summary is the applicant's plain text: escaped, since readers render it as HTML.
        return linebreaks(escape(item.shown_summary))

    def item_link(self, item: Candidacy) -> str:
        return reverse("practice", args=[item.reference])

    def item_pubdate(self, item: Candidacy) -> Any:
        return item.published_at

    def item_updateddate(self, item: Candidacy) -> Any:
        return item.published_at

    def item_author_name(self, item: Candidacy) -> str:
        return item.organisation.name

    def item_categories(self, item: Candidacy) -> list[str]:
        categories = [str(item.get_state_display()), str(item.edition.year)]
        if item.category is not None:
            categories.insert(0, item.category.name)
        return categories
