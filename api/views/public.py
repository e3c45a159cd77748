"""The public side of the API: published results and the repository of practices.

Read-only and open to anyone (AllowAny), throttled: anonymous clients per address
(PALMARES_API_ANON_RATE), signed-in ones per account (PALMARES_API_USER_RATE), see
``api.throttling``. Everything comes from ``awards.publication`` and ``awards.search``: an
edition before publication, or a practice outside the repository, does not exist (404) — for
the secretariat too, which previews through its own pages.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import permissions, viewsets
from rest_framework.filters import OrderingFilter

from api import filters
from api.serializers import public as serializers
from api.throttling import PublicAnonThrottle, PublicUserThrottle
from awards import publication
from awards.models import Candidacy, Edition


class PublicViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [permissions.AllowAny]
    throttle_classes = [PublicAnonThrottle, PublicUserThrottle]


class PublishedResultsViewSet(PublicViewSet):
    """The results of each published edition: winners and special mentions (with their
    mention's name, their prize and share, ex aequo flagged), finalists; categories without an
    award; the jury by name; the community mention. Summaries and photos only for practices
    whose organisation consented."""

    serializer_class = serializers.PublishedResultsSerializer
    lookup_field = "slug"
    # An edition's address: letters, digits, hyphens and underscores, nothing else.
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    filterset_class = filters.PublishedResultsFilter
    ordering_fields = ["year"]
    ordering = ["-year", "code"]

    def get_queryset(self) -> QuerySet[Edition]:
        return publication.published_results_by_edition()


class PracticeViewSet(PublicViewSet):
    """The repository of practices: every decided candidacy of a published edition whose
    organisation consented. ``q`` searches the words (full-text on PostgreSQL); results come
    by relevance with ``q``, else newest edition first. The same search as /practices/."""

    serializer_class = serializers.PracticeSerializer
    lookup_field = "reference"
    # A reference, such as IOPD-2025-0042: letters, digits and hyphens, nothing else.
    lookup_value_regex = "[A-Za-z0-9-]+"
    filter_backends = [DjangoFilterBackend]
    filterset_class = filters.PracticeFilter

    def get_queryset(self) -> QuerySet[Candidacy]:
        # The filter set runs the search (awards.search.practices, which adds the public
        # details) on this repository, for the list and the detail alike.
        return publication.published_practices()
