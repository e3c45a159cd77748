"""sitemap.xml: the public pages only — the home page, the archive and the repository, the
open calls, the results of published editions and each practice of the repository."""

from __future__ import annotations

from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse

from awards import publication, queries
from awards.models import Candidacy, Edition


class PagesSitemap(Sitemap):
    changefreq = "weekly"

    def items(self) -> list[str]:
        return ["home", "archive", "practices"]

    def location(self, item: str) -> str:
        return reverse(item)


class OpenCallsSitemap(Sitemap):
    changefreq = "daily"

    def items(self) -> QuerySet[Edition]:
        return queries.open_calls()

    def location(self, item: Edition) -> str:
        return reverse("edition-detail", args=[item.slug])


class ResultsSitemap(Sitemap):
    changefreq = "monthly"

    def items(self) -> QuerySet[Edition]:
        return (
            publication.published_editions()
            .annotate(published_at=publication.publication_date("pk"))
            .order_by("-year", "code")
        )

    def location(self, item: Edition) -> str:
        return reverse("results", args=[item.slug])

    def lastmod(self, item: Edition) -> Any:
        return item.published_at


class PracticesSitemap(Sitemap):
    changefreq = "yearly"

    def items(self) -> QuerySet[Candidacy]:
        return (
            publication.published_practices()
            .annotate(published_at=publication.publication_date())
            .only("reference")
            .order_by("-published_at", "reference")
        )

    def location(self, item: Candidacy) -> str:
        return reverse("practice", args=[item.reference])

    def lastmod(self, item: Candidacy) -> Any:
        return item.published_at


SITEMAPS = {
    "pages": PagesSitemap,
    "calls": OpenCallsSitemap,
    "results": ResultsSitemap,
    "practices": PracticesSitemap,
}
