"""The deliberation over the API (docs/deliberation.md): a juror's preferential ballot; and,
for the edition's secretariat only, the ballots, the comparison of the scores with the
ballots, the flags on jurors, decisions on scores given before a conflict, and the
deliberation record. Anything outside the user's reach is 404, so existence does not leak.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.permissions import EditionScopeFilter, scoped_get
from api.serializers import deliberation as serializers
from api.serializers.common import NoteSerializer
from awards.models import Round
from awards.queries import editions_of_secretariat
from evaluation import deliberation, queries
from evaluation.models import DeliberationRecord, JurorBallot, Scorecard
from reports import deliberation as reports
from reports.models import Normalisation
from reports.views import ranked_rounds

User = get_user_model()

ROUND = OpenApiParameter(
    "round_pk", OpenApiTypes.INT, OpenApiParameter.PATH, description="The round's id."
)
SWITCHES = [
    OpenApiParameter(
        "method",
        OpenApiTypes.STR,
        enum=list(Normalisation.values),
        description="Juror normalisation (default: the round's setting).",
    ),
    OpenApiParameter("aggregate", OpenApiTypes.STR, enum=["mean", "median", "trimmed_mean"]),
]


class BallotViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Preferential ballots: a juror's own, and every ballot of the secretariat's editions.
    A juror reads and writes theirs at ``mine/<round>/``, then submits it."""

    queryset = JurorBallot.objects.none()
    serializer_class = serializers.JurorBallotSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["round", "state"]
    ordering = ["round", "juror__email"]

    def get_queryset(self) -> QuerySet[JurorBallot]:
        return queries.ballots_for(self.request.user)

    def ballot_round(self, request: Request, round_pk: str) -> Round:
        return scoped_get(request, queries.ballot_rounds_of(request.user), pk=round_pk)

    @extend_schema(
        methods=["GET"], parameters=[ROUND], responses=serializers.MyJurorBallotSerializer
    )
    @extend_schema(
        methods=["PUT"],
        parameters=[ROUND],
        request=serializers.JurorBallotInputSerializer,
        responses=serializers.MyJurorBallotSerializer,
    )
    @action(detail=False, methods=["get", "put"], url_path=r"mine/(?P<round_pk>[0-9]+)")
    def mine(self, request: Request, round_pk: str) -> Response:
        """The juror's ballot for a round they sit on. PUT saves it (it may stay incomplete
        until submitted); refusals answer 409 with ``errors.ordering`` or ``errors.left_off``:
        not a finalist, a finalist twice, an empty place, a submitted ballot."""
        round_ = self.ballot_round(request, round_pk)
        if request.method == "PUT":
            data = serializers.JurorBallotInputSerializer(data=request.data)
            data.is_valid(raise_exception=True)
            ballot = deliberation.save_ballot(
                round_,
                by=request.user,
                ordering=data.validated_data["ordering"],
                left_off=data.validated_data["left_off"],
            )
        else:
            ballot = deliberation.ballot_for(round_, request.user)
        return Response(serializers.MyJurorBallotSerializer(ballot).data)

    @extend_schema(parameters=[ROUND], request=None, responses=serializers.MyJurorBallotSerializer)
    @action(detail=False, methods=["post"], url_path=r"mine/(?P<round_pk>[0-9]+)/submit")
    def submit(self, request: Request, round_pk: str) -> Response:
        """Hands in the saved ballot. 409 while a finalist is neither placed nor left off
        (named in ``errors.ordering``), or once submitted."""
        round_ = self.ballot_round(request, round_pk)
        ballot = deliberation.ballot_for(round_, request.user)
        deliberation.submit_ballot(ballot, by=request.user)
        return Response(serializers.MyJurorBallotSerializer(ballot).data)

    @extend_schema(request=NoteSerializer, responses=serializers.JurorBallotSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request: Request, pk: str) -> Response:
        """The secretariat gives a submitted ballot back to its juror, with a note."""
        ballot = self.get_object()
        data = NoteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        deliberation.reopen_ballot(ballot, by=request.user, note=data.validated_data["note"])
        return Response(self.get_serializer(ballot).data)


class SecretariatRoundViewSet(viewsets.GenericViewSet):
    """A round of the secretariat's editions, by id; 404 to anyone else."""

    queryset = Round.objects.none()
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = None
    # Only the edition scope of a token: these lists take no filters or ordering.
    filter_backends: list[Any] = [EditionScopeFilter]

    def get_queryset(self) -> QuerySet[Round]:
        return ranked_rounds(self.request.user)


def switches(request: Request) -> dict[str, Any]:
    method = request.query_params.get("method")
    aggregate = request.query_params.get("aggregate")
    return {
        "method": method if method in Normalisation.values else None,
        "aggregate": aggregate if aggregate in {"mean", "median", "trimmed_mean"} else None,
    }


class ComparisonViewSet(SecretariatRoundViewSet):
    """A round's finalists ranked by the scores, by Schulze and by Borda, side by side."""

    serializer_class = serializers.ComparisonSerializer

    @extend_schema(parameters=SWITCHES, responses=serializers.ComparisonSerializer)
    def retrieve(self, request: Request, pk: str) -> Response:
        """The three rankings, the head-to-head and strongest-path tables, and where they
        disagree in plain words. Only submitted ballots count."""
        comparison = reports.compare_round(self.get_object(), by=request.user, **switches(request))
        return Response(self.get_serializer(comparison).data)


class JurorFlagsViewSet(SecretariatRoundViewSet):
    """Each juror's effect in the severity model, and the harsh, lenient, erratic and flat
    flags with the figures behind them."""

    serializer_class = serializers.JurorFlagsSerializer

    @extend_schema(responses=serializers.JurorFlagsSerializer)
    def retrieve(self, request: Request, pk: str) -> Response:
        flags = reports.juror_flags(self.get_object(), by=request.user)
        return Response(self.get_serializer(flags).data)


class ConflictedScoreViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Scorecards submitted before their juror declared a conflict, in the secretariat's
    rounds, and its decisions on them: they count, or not, and why."""

    queryset = Scorecard.objects.none()
    serializer_class = serializers.ConflictedScorecardSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["round"]
    ordering = ["round", "candidacy__reference_number", "juror__email"]

    def get_queryset(self) -> QuerySet[Scorecard]:
        return queries.conflicted_scorecards(ranked_rounds(self.request.user))

    @extend_schema(
        request=serializers.DecideScoresSerializer,
        responses={201: serializers.ScoreDecisionSerializer},
    )
    @action(detail=True, methods=["post"])
    def decide(self, request: Request, pk: str) -> Response:
        """Decides whether the scorecard counts in the ranking; a reason is required (409
        with ``errors.reason`` without one). A later decision replaces it."""
        scorecard = self.get_object()
        data = serializers.DecideScoresSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        decision = deliberation.decide_conflicted_score(
            scorecard,
            counts=data.validated_data["counts"],
            reason=data.validated_data["reason"],
            by=request.user,
        )
        return Response(
            serializers.ScoreDecisionSerializer(decision).data, status=status.HTTP_201_CREATED
        )


class DeliberationRecordViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """The deliberation record of each of the secretariat's editions: written while open,
    closed (the ballots are then counted into it), reopened with a note until publication."""

    queryset = DeliberationRecord.objects.none()
    serializer_class = serializers.DeliberationRecordSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["edition", "state"]
    ordering = ["edition"]

    def get_queryset(self) -> QuerySet[DeliberationRecord]:
        return (
            DeliberationRecord.objects.filter(
                edition__in=editions_of_secretariat(self.request.user)
            )
            .select_related("edition")
            .prefetch_related("attendees")
        )

    @extend_schema(
        request=serializers.RecordCreateSerializer,
        responses={201: serializers.DeliberationRecordSerializer},
    )
    def create(self, request: Request) -> Response:
        """The edition's record, created empty and open (or the existing one)."""
        data = serializers.RecordCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        edition = scoped_get(
            request, editions_of_secretariat(request.user), pk=data.validated_data["edition"]
        )
        record = deliberation.record_of(edition, by=request.user)
        return Response(self.get_serializer(record).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=serializers.RecordInputSerializer,
        responses=serializers.DeliberationRecordSerializer,
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        """Writes the open record; 409 once it is closed. ``attendees`` are user ids of the
        final round's jurors (409 with ``errors.attendees`` otherwise)."""
        record = self.get_object()
        data = serializers.RecordInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        attendees = None
        if "attendees" in values:
            found = {user.pk: user for user in User.objects.filter(pk__in=values["attendees"])}
            missing = [str(pk) for pk in values["attendees"] if pk not in found]
            if missing:
                message = _("No juror of the final round has the id %(ids)s.") % {
                    "ids": ", ".join(missing)
                }
                raise ValidationError({"attendees": [message]})
            attendees = list(found.values())
        deliberation.save_record(
            record,
            by=request.user,
            reports=values.get("reports"),
            attendees=attendees,
            other_attendees=values.get("other_attendees"),
            public=values.get("public"),
        )
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(request=None, responses=serializers.DeliberationRecordSerializer)
    @action(detail=True, methods=["post"])
    def close(self, request: Request, pk: str) -> Response:
        """Closes the record: the submitted ballots are counted and frozen into it. 409
        without the report in each of the edition's languages."""
        record = self.get_object()
        deliberation.close_record(record, by=request.user)
        return Response(self.get_serializer(record).data)

    @extend_schema(request=NoteSerializer, responses=serializers.DeliberationRecordSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request: Request, pk: str) -> Response:
        """Reopens a closed record, with a note (required), until the results are published."""
        record = self.get_object()
        data = NoteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        deliberation.reopen_record(record, by=request.user, note=data.validated_data["note"])
        return Response(self.get_serializer(record).data)
