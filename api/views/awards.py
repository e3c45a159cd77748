"""The API's resources. Every queryset starts from the visibility queries of the apps.

Editions are also prepared here: award managers create them (POST), their secretariat changes
them (PATCH: everything while a draft, only the texts once the call has opened) and moves them
through their transitions, each an action named after it (POST …/open-call/). Every rule is in
``awards.services.editions`` and ``awards.services.transitions``.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api import filters
from api.permissions import refuse_edition_scoped, scoped_get
from api.serializers import awards as serializers
from api.serializers.common import NoteSerializer
from awards import queries
from awards.models import Category, Criterion, Edition, Prize, Round
from awards.services import editions as edition_services
from awards.services import perform

STRUCTURE = edition_services.STRUCTURE

# The model's translated columns are the API's dicts: name_fr is "names", and so on.
TRANSLATED = {"name": "names", "description": "descriptions", "rules": "rules", "faq": "faq"}

REFUSED = OpenApiResponse(description="Refused: the reasons in detail, by field in errors.")
DENIED = OpenApiResponse(description="Not allowed to change this edition.")


def api_field(name: str | int) -> str | int:
    """The API's name for a model field in an error: name_fr → names, __all__ → …; an
    item's place in a list stays as it is."""
    if isinstance(name, int):
        return name
    if name == "__all__":
        return "non_field_errors"
    base, _sep, code = name.rpartition("_")
    return TRANSLATED.get(base, name) if len(code) == 2 else name


def api_errors(errors: Any) -> Any:
    """The service's errors, nested per item, with the API's field names."""
    if isinstance(errors, list):
        return [api_errors(item) for item in errors]
    if not isinstance(errors, dict):
        return errors
    renamed: dict[str | int, Any] = {}
    for name, value in errors.items():
        value = api_errors(value)
        key = api_field(name)
        if key in renamed and isinstance(value, list):
            renamed[key] = renamed[key] + value
        else:
            renamed[key] = value
    return renamed


def split(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The edition's own fields, and its structure (categories, rounds, prizes)."""
    structure = {name: values.pop(name) for name in STRUCTURE if name in values}
    return values, structure


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

    def get_serializer_context(self) -> dict[str, Any]:
        """The editions whose settings the user may read, asked once for the whole list."""
        if not hasattr(self, "_managed"):
            managed = queries.editions_managed_by(self.request.user)
            self._managed = set(managed.values_list("pk", flat=True))
        return {**super().get_serializer_context(), "managed_editions": self._managed}

    def answer(self, slug: str, status_code: int = status.HTTP_200_OK) -> Response:
        """The edition as it is now stored, with its structure."""
        edition = scoped_get(self.request, self.get_queryset(), slug=slug)
        return Response(self.get_serializer(edition).data, status=status_code)

    def write(self, service: Any, *args: Any, **kwargs: Any) -> Edition:
        try:
            return service(*args, **kwargs)
        except edition_services.EditionInvalid as error:
            raise ValidationError(api_errors(error.field_errors)) from error
        except edition_services.EditionFrozen as error:
            # 409 (api.errors), naming the fields as they were sent.
            error.field_errors = {
                "settings" if name in serializers.SECRETARIAT_SETTINGS else api_field(name): value
                for name, value in error.field_errors.items()
            }
            raise

    @extend_schema(
        request=serializers.EditionInputSerializer,
        responses={201: serializers.EditionSerializer, 400: REFUSED, 403: DENIED},
    )
    def create(self, request: Request) -> Response:
        """Creates a draft edition, with its structure; its creator joins its secretariat.
        Award managers only."""
        refuse_edition_scoped(request)
        edition_services.require_creator(request.user)
        data = serializers.EditionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields, structure = split(dict(data.validated_data))
        edition = self.write(
            edition_services.create_edition, by=request.user, fields=fields, **structure
        )
        self._managed = {edition.pk}
        return self.answer(edition.slug, status.HTTP_201_CREATED)

    @extend_schema(
        request=serializers.EditionInputSerializer,
        responses={200: serializers.EditionSerializer, 400: REFUSED, 403: DENIED, 409: REFUSED},
    )
    def partial_update(self, request: Request, slug: str) -> Response:
        """Changes what is sent. A list sent (categories, rounds, a round's criteria,
        prizes) is complete: what it leaves out is deleted. Once the call has opened, only the
        texts may change (409 otherwise)."""
        edition = self.get_object()
        edition_services.require_editor(request.user, edition)
        data = serializers.EditionInputSerializer(edition, data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        fields, structure = split(dict(data.validated_data))
        edition = self.write(
            edition_services.change_edition, edition, by=request.user, fields=fields, **structure
        )
        return self.answer(edition.slug)

    def transition(self, request: Request, slug: str, name: str) -> Response:
        """Runs the transition's service; a refusal is 409 with its reasons (api.errors)."""
        edition = self.get_object()
        note = NoteSerializer(data=request.data)
        note.is_valid(raise_exception=True)
        perform(edition, name, by=request.user, note=note.validated_data["note"])
        return self.answer(edition.slug)

    @extend_schema(
        request=NoteSerializer,
        responses={200: serializers.EditionSerializer, 403: DENIED, 409: REFUSED},
    )
    @action(detail=True, methods=["post"], url_path="open-call")
    def open_call(self, request: Request, slug: str) -> Response:
        """Opens the call now: needs a category, a round with weighted criteria and a
        closing date in the future."""
        return self.transition(request, slug, "open_call")

    @extend_schema(
        request=NoteSerializer,
        responses={200: serializers.EditionSerializer, 403: DENIED, 409: REFUSED},
    )
    @action(detail=True, methods=["post"], url_path="close-call")
    def close_call(self, request: Request, slug: str) -> Response:
        """Closes the call (an early close keeps the actual closing time)."""
        return self.transition(request, slug, "close_call")

    @extend_schema(
        request=NoteSerializer,
        responses={200: serializers.EditionSerializer, 403: DENIED, 409: REFUSED},
    )
    @action(detail=True, methods=["post"], url_path="start-evaluation")
    def start_evaluation(self, request: Request, slug: str) -> Response:
        """Ends screening: every eligible candidacy enters the evaluation."""
        return self.transition(request, slug, "start_evaluation")

    @extend_schema(
        request=NoteSerializer,
        responses={200: serializers.EditionSerializer, 403: DENIED, 409: REFUSED},
    )
    @action(detail=True, methods=["post"], url_path="start-deliberation")
    def start_deliberation(self, request: Request, slug: str) -> Response:
        return self.transition(request, slug, "start_deliberation")

    @extend_schema(
        request=NoteSerializer,
        responses={200: serializers.EditionSerializer, 403: DENIED, 409: REFUSED},
    )
    @action(detail=True, methods=["post"])
    def publish(self, request: Request, slug: str) -> Response:
        """Publishes the results (every candidacy needs its final decision); the result
        mails leave."""
        return self.transition(request, slug, "publish")

    @extend_schema(
        request=NoteSerializer,
        responses={200: serializers.EditionSerializer, 403: DENIED, 409: REFUSED},
    )
    @action(detail=True, methods=["post"])
    def archive(self, request: Request, slug: str) -> Response:
        return self.transition(request, slug, "archive")


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
