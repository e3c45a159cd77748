"""The jury's resources: jury members, conflicts, assignment proposals, scorecards.

Every answer comes from the evaluation services and queries: a juror sees their own work,
the secretariat its rounds'; anything else is 404, so existence does not leak.
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from api.permissions import scoped_get
from api.serializers import evaluation as serializers
from api.serializers.common import NoteSerializer
from awards.models import Candidacy, Category, Organisation
from awards.queries import editions_of_secretariat
from evaluation import queries, services
from evaluation.models import AssignmentProposal, Conflict, JuryMember, ProposedPair, Scorecard

User = get_user_model()


def managed_round(request: Request, round_id: int) -> Any:
    return scoped_get(request, queries.rounds_run_by(request.user), pk=round_id)


class JuryMemberViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Jury members: the secretariat's rounds, and the user's own seats."""

    queryset = JuryMember.objects.none()  # for the schema; the real one is get_queryset's
    serializer_class = serializers.JuryMemberSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["round", "state"]
    ordering = ["round", "user__email"]

    def get_queryset(self) -> QuerySet[JuryMember]:
        user = self.request.user
        if not user.is_authenticated:
            return JuryMember.objects.none()
        return (
            JuryMember.objects.filter(
                Q(user=user) | Q(round__edition__in=editions_of_secretariat(user))
            )
            .distinct()
            .select_related("user__juror_profile")
            .prefetch_related("categories")
        )

    @extend_schema(
        request=serializers.InvitationSerializer, responses={201: serializers.JuryMemberSerializer}
    )
    def create(self, request: Request) -> Response:
        """Invites a juror to a round (the secretariat)."""
        data = serializers.InvitationSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        round_ = managed_round(request, values["round"])
        organisation = (
            get_object_or_404(Organisation, pk=values["organisation"])
            if values.get("organisation")
            else None
        )
        member = services.invite_juror(
            round_,
            email=values["email"],
            full_name=values.get("full_name", ""),
            languages=values["languages"],
            organisation=organisation,
            country=values.get("country", ""),
            categories=Category.objects.filter(
                pk__in=values.get("categories", []), edition=round_.edition
            ),
            language=values.get("language", ""),
            by=request.user,
        )
        return Response(self.get_serializer(member).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=serializers.AnswerSerializer, responses=serializers.JuryMemberSerializer)
    @action(detail=True, methods=["post"])
    def answer(self, request: Request, pk: str) -> Response:
        """The invited juror accepts or declines."""
        member = self.get_object()
        data = serializers.AnswerSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.answer_invitation(member, accept=data.validated_data["accept"], by=request.user)
        return Response(self.get_serializer(member).data)


class ConflictViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Conflicts of interest: a juror declares their own; the secretariat reads its editions'."""

    queryset = Conflict.objects.none()
    serializer_class = serializers.ConflictSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["edition", "candidacy", "organisation"]
    ordering = ["declared_at"]

    def get_queryset(self) -> QuerySet[Conflict]:
        user = self.request.user
        if not user.is_authenticated:
            return Conflict.objects.none()
        return Conflict.objects.filter(
            Q(juror=user) | Q(edition__in=editions_of_secretariat(user))
        ).distinct()

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = services.declare_conflict(
            data["edition"],
            juror=self.request.user,
            candidacy=data.get("candidacy"),
            organisation=data.get("organisation"),
            reason=data["reason"],
            by=self.request.user,
        )


def raise_not_found() -> NoReturn:
    raise Http404


class ProposalViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Assignment proposals of the secretariat's rounds: propose, edit, confirm."""

    queryset = AssignmentProposal.objects.none()
    serializer_class = serializers.ProposalSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["round"]
    ordering = ["-created_at"]

    def get_queryset(self) -> QuerySet[AssignmentProposal]:
        return AssignmentProposal.objects.filter(
            round__in=queries.rounds_run_by(self.request.user)
        ).prefetch_related(Prefetch("pairs", queryset=ProposedPair.objects.order_by("id")))

    @extend_schema(
        request=serializers.ProposeSerializer, responses={201: serializers.ProposalSerializer}
    )
    def create(self, request: Request) -> Response:
        """Proposes an assignment; 409 names the candidacies that lack eligible jurors."""
        data = serializers.ProposeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        round_ = managed_round(request, data.validated_data["round"])
        proposal = services.propose_assignment(
            round_, by=request.user, k=data.validated_data.get("reviewers_per_candidacy")
        )
        return Response(self.get_serializer(proposal).data, status=status.HTTP_201_CREATED)

    def pair_arguments(self, request: Request) -> tuple[AssignmentProposal, Candidacy, Any]:
        proposal = self.get_object()
        data = serializers.PairSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        candidacy = data.validated_data["candidacy"]
        if candidacy.edition_id != proposal.round.edition_id:
            raise_not_found()
        return proposal, candidacy, data.validated_data["juror"]

    @extend_schema(request=serializers.PairSerializer, responses=serializers.ProposalSerializer)
    @action(detail=True, methods=["post"], url_path="add-pair")
    def add_pair(self, request: Request, pk: str) -> Response:
        """Adds a juror to a candidacy by hand; an ineligible pair is refused (409)."""
        proposal, candidacy, juror = self.pair_arguments(request)
        services.add_pair(proposal, candidacy, juror, by=request.user)
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(request=serializers.PairSerializer, responses=serializers.ProposalSerializer)
    @action(detail=True, methods=["post"], url_path="remove-pair")
    def remove_pair(self, request: Request, pk: str) -> Response:
        proposal, candidacy, juror = self.pair_arguments(request)
        services.remove_pair(proposal, candidacy, juror, by=request.user)
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(request=None, responses=serializers.ProposalSerializer)
    @action(detail=True, methods=["post"])
    def confirm(self, request: Request, pk: str) -> Response:
        """Creates the scorecards and tells the jurors."""
        proposal = self.get_object()
        services.confirm_proposal(proposal, by=request.user)
        return Response(self.get_serializer(proposal).data)


class ScorecardViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Scorecards: a juror's own (never a recused one), and every one of the secretariat's
    rounds. Scores are written with PUT …/scores/, then submitted."""

    queryset = Scorecard.objects.none()
    serializer_class = serializers.ScorecardSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["round", "state"]
    ordering = ["round", "candidacy__reference_number", "juror"]

    def get_queryset(self) -> QuerySet[Scorecard]:
        return queries.scorecards_for(self.request.user).prefetch_related("candidacy__attachments")

    def get_serializer_class(self) -> type:
        if self.action == "list":
            return serializers.ScorecardSummarySerializer
        return serializers.ScorecardSerializer

    @extend_schema(
        request=serializers.ScoresInputSerializer, responses=serializers.ScorecardSerializer
    )
    @action(detail=True, methods=["put"])
    def scores(self, request: Request, pk: str) -> Response:
        """Saves scores (all or nothing): 400 with an error per criterion otherwise."""
        scorecard = self.get_object()
        data = serializers.ScoresInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        services.save_scores(
            scorecard,
            scores={
                item["criterion"]: (item.get("value"), item.get("justification", ""))
                for item in values["scores"]
            },
            justification=values.get("justification", scorecard.justification),
            by=request.user,
        )
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(request=None, responses=serializers.ScorecardSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str) -> Response:
        scorecard = self.get_object()
        services.submit_scorecard(scorecard, by=request.user)
        return Response(self.get_serializer(scorecard).data)

    @extend_schema(request=NoteSerializer, responses=serializers.ScorecardSerializer)
    @action(detail=True, methods=["post"])
    def recuse(self, request: Request, pk: str) -> Response:
        """Recuses the juror: the note is the reason of the conflict of interest."""
        scorecard = self.get_object()
        data = NoteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.recuse(scorecard, by=request.user, reason=data.validated_data.get("note", ""))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=NoteSerializer, responses=serializers.ScorecardSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request: Request, pk: str) -> Response:
        """The secretariat reopens a submitted scorecard, with a note."""
        scorecard = self.get_object()
        data = NoteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.reopen_scorecard(
            scorecard, by=request.user, note=data.validated_data.get("note", "")
        )
        return Response(self.get_serializer(scorecard).data)
