"""The API's resources. Every queryset starts from the visibility queries of the apps."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from rest_framework import viewsets

from api import filters
from api.serializers import awards as serializers
from awards import queries
from awards.models import Category, Criterion, Edition, Prize, Round


class EditionViewSet(viewsets.ReadOnlyModelViewSet):
    """Award editions: their calls, categories, rounds with criteria, and prizes."""

    serializer_class = serializers.EditionSerializer
    lookup_field = "slug"
    filterset_class = filters.EditionFilter
    ordering_fields = ["year", "call_closes_at"]
    ordering = ["-year", "code"]

    def get_queryset(self) -> QuerySet[Edition]:
        rounds = Round.objects.prefetch_related(
            Prefetch("criteria", queryset=Criterion.objects.select_related("round__edition"))
        )
        return queries.editions_for(self.request.user).prefetch_related(
            Prefetch("categories", queryset=Category.objects.select_related("edition")),
            Prefetch("rounds", queryset=rounds),
            Prefetch("prizes", queryset=Prize.objects.select_related("category")),
        )


class CategoryViewSet(viewsets.ReadOnlyModelViewSet):
    """The categories (themes) of the editions you may read."""

    serializer_class = serializers.CategorySerializer
    filterset_class = filters.CategoryFilter
    ordering_fields = ["order", "key"]
    ordering = ["edition", "order", "id"]

    def get_queryset(self) -> QuerySet[Category]:
        editions = queries.editions_for(self.request.user)
        return Category.objects.filter(edition__in=editions).select_related("edition")


class CriterionViewSet(viewsets.ReadOnlyModelViewSet):
    """The criteria of each round of the editions you may read, with weights and scales."""

    serializer_class = serializers.CriterionSerializer
    filterset_class = filters.CriterionFilter
    ordering_fields = ["order", "weight", "key"]
    ordering = ["round__edition", "round__number", "order", "id"]

    def get_queryset(self) -> QuerySet[Criterion]:
        editions = queries.editions_for(self.request.user)
        return Criterion.objects.filter(round__edition__in=editions).select_related(
            "round__edition"
        )
