"""Decisions, categories without an award and the waiting result mails: the edition's
secretariat only (they are embargoed); to anyone else they do not exist."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from api.permissions import scoped_get
from api.serializers import decisions as serializers
from awards import services
from awards.models import Candidacy, Decision, NoAward, OutboxMessage
from awards.queries import editions_of_secretariat
from reports.models import RankingSnapshot


def secretariat_candidacies(request: Request) -> QuerySet[Candidacy]:
    return Candidacy.objects.filter(edition__in=editions_of_secretariat(request.user))


class DecisionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Decisions, each citing the frozen ranking it came from. Taken with POST; never changed."""

    queryset = Decision.objects.none()
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = serializers.DecisionSerializer
    filterset_fields = ["candidacy", "candidacy__edition", "transition"]
    ordering = ["decided_at", "id"]

    def get_queryset(self) -> QuerySet[Decision]:
        return Decision.objects.filter(
            candidacy__in=secretariat_candidacies(self.request)
        ).select_related("candidacy")

    @extend_schema(
        request=serializers.DecideSerializer, responses={201: serializers.DecisionSerializer}
    )
    def create(self, request: Request) -> Response:
        """Takes a decision (embargoed until publication). A departure from the frozen
        ranking needs a reason; a special mention needs a name; a prize goes to a winner."""
        data = serializers.DecideSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        candidacy = scoped_get(request, secretariat_candidacies(request), pk=values["candidacy"])
        snapshot = None
        if values["snapshot"] is not None:
            snapshot = scoped_get(
                request,
                RankingSnapshot.objects.filter(round__edition=candidacy.edition),
                pk=values["snapshot"],
            )
        prize = None
        if values["prize"] is not None:
            prize = get_object_or_404(candidacy.edition.prizes.all(), pk=values["prize"])
        decision = services.record_decision(
            candidacy,
            values["decision"],
            by=request.user,
            snapshot=snapshot,
            reason=values["reason"],
            mention=values["mention"],
            prize=prize,
        )
        return Response(self.get_serializer(decision).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=serializers.ApplyShortlistSerializer,
        responses={201: serializers.DecisionSerializer(many=True)},
    )
    @action(detail=False, methods=["post"], url_path="apply-shortlist")
    def apply_shortlist(self, request: Request) -> Response:
        """Applies the edition's shortlist rule to a frozen ranking: every candidacy still in
        evaluation is shortlisted or not selected, ties at the cut-off advancing."""
        data = serializers.ApplyShortlistSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        snapshot = scoped_get(
            request,
            RankingSnapshot.objects.filter(
                round__edition__in=editions_of_secretariat(request.user)
            ).select_related("round__edition"),
            pk=data.validated_data["snapshot"],
        )
        decisions = services.apply_shortlist(snapshot, by=request.user)
        return Response(
            self.get_serializer(decisions, many=True).data, status=status.HTTP_201_CREATED
        )


class NoAwardViewSet(mixins.ListModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet):
    """Categories (or whole editions) in which no award is given, with the reason."""

    queryset = NoAward.objects.none()
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = serializers.NoAwardSerializer
    filterset_fields = ["edition"]

    def get_queryset(self) -> QuerySet[NoAward]:
        editions = editions_of_secretariat(self.request.user)
        return NoAward.objects.filter(edition__in=editions).order_by("edition", "id")

    def create(self, request: Request) -> Response:
        data = self.get_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        editions = editions_of_secretariat(request.user)
        edition = scoped_get(request, editions, pk=values["edition"].pk)
        no_award = services.declare_no_award(
            edition, reason=values["reason"], category=values.get("category"), by=request.user
        )
        return Response(self.get_serializer(no_award).data, status=status.HTTP_201_CREATED)


class OutboxViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The result mails as they will leave at publication (and when they left)."""

    queryset = OutboxMessage.objects.none()
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = serializers.OutboxMessageSerializer
    filterset_fields = ["candidacy__edition"]

    def get_queryset(self) -> QuerySet[OutboxMessage]:
        return OutboxMessage.objects.filter(
            candidacy__in=secretariat_candidacies(self.request)
        ).select_related("candidacy")
