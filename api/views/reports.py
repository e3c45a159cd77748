"""Rankings, frozen snapshots and background documents. The edition's secretariat only; to
anyone else a round, snapshot or document does not exist (404)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from api.permissions import scoped_get
from api.serializers import reports as serializers
from awards.models import Round
from awards.queries import editions_of_secretariat
from reports import exports, pdf, services
from reports.models import Normalisation, RankingSnapshot, ReportJob
from reports.views import ranked_rounds

SWITCHES = [
    OpenApiParameter(
        "method",
        OpenApiTypes.STR,
        enum=list(Normalisation.values),
        description=(
            "Juror normalisation: each juror's z-score, the severity model, or none "
            "(default: the round's setting). Wins over ``normalise``."
        ),
    ),
    OpenApiParameter(
        "normalise",
        OpenApiTypes.BOOL,
        description="Normalise jurors by z-score, or not (default: the round's setting).",
    ),
    OpenApiParameter("aggregate", OpenApiTypes.STR, enum=["mean", "median", "trimmed_mean"]),
]


def switches(request: Request) -> dict[str, Any]:
    normalise = request.query_params.get("normalise")
    aggregate = request.query_params.get("aggregate")
    method = request.query_params.get("method")
    return {
        "normalise": None if normalise is None else normalise.lower() in {"1", "true", "yes"},
        "aggregate": aggregate if aggregate in {"mean", "median", "trimmed_mean"} else None,
        "method": method if method in Normalisation.values else None,
    }


def ranking_document(ranking: services.Ranking) -> dict[str, Any]:
    rows = []
    for row in ranking.table.to_dict("records"):
        rows.append(
            {
                **{k: row.get(k) for k in ("candidacy", "rank", "score", "n", "flagged")},
                "sd": None if row.get("sd") != row.get("sd") else row.get("sd"),
                "title": ranking.data.titles.get(row["candidacy"], ""),
                "category": row.get("category"),
                "category_rank": row.get("category_rank"),
            }
        )
    alpha = ranking.alpha or {}

    def number(value: Any) -> float | None:
        return None if value is None or value != value else float(value)

    return {
        "round": ranking.round.pk,
        "normalise": ranking.params.method == Normalisation.ZSCORE,
        "method": ranking.params.method,
        "juror_effects": [
            {key: juror[key] for key in ("juror", "effect", "n", "component")}
            for juror in ranking.juror_effects
        ],
        "aggregate": ranking.params.aggregate,
        "tiebreak": list(ranking.params.tiebreak),
        "threshold": ranking.params.threshold,
        "alpha": number(alpha.get("overall")),
        "alpha_by_criterion": {k: number(v) for k, v in alpha.get("by_criterion", {}).items()},
        "rows": rows,
    }


class RankingViewSet(viewsets.GenericViewSet):
    """A round's ranking, computed now from its submitted scorecards."""

    queryset = Round.objects.none()
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = serializers.RankingSerializer

    def get_queryset(self) -> QuerySet[Round]:
        return ranked_rounds(self.request.user)

    def ranking(self, request: Request) -> services.Ranking:
        return services.rank(self.get_object(), by=request.user, **switches(request))

    @extend_schema(parameters=SWITCHES, responses=serializers.RankingSerializer)
    def retrieve(self, request: Request, pk: str) -> Response:
        return Response(ranking_document(self.ranking(request)))

    @extend_schema(parameters=SWITCHES, responses={(200, "text/csv"): OpenApiTypes.STR})
    @action(detail=True, methods=["get"])
    def csv(self, request: Request, pk: str) -> HttpResponse:
        response = HttpResponse(exports.ranking_csv(self.ranking(request)), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="ranking.csv"'
        return response

    @extend_schema(
        parameters=SWITCHES,
        responses={
            (
                200,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ): OpenApiTypes.BINARY
        },
    )
    @action(detail=True, methods=["get"])
    def xlsx(self, request: Request, pk: str) -> HttpResponse:
        response = HttpResponse(
            exports.ranking_xlsx(self.ranking(request)),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="ranking.xlsx"'
        return response

    @extend_schema(parameters=SWITCHES, responses={(200, "application/pdf"): OpenApiTypes.BINARY})
    @action(detail=True, methods=["get"])
    def pdf(self, request: Request, pk: str) -> HttpResponse:
        """The ranking report as PDF, rendered now (long rounds: ask a report job instead)."""
        response = HttpResponse(
            pdf.ranking_report(self.ranking(request)), content_type="application/pdf"
        )
        response["Content-Disposition"] = 'attachment; filename="ranking.pdf"'
        return response


class SnapshotViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Frozen rankings: inputs, parameters, result and SHA-256, to rerun anywhere."""

    queryset = RankingSnapshot.objects.none()
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = serializers.SnapshotSerializer
    filterset_fields = ["round"]
    ordering = ["-created_at", "-id"]

    def get_queryset(self) -> QuerySet[RankingSnapshot]:
        return RankingSnapshot.objects.filter(round__in=ranked_rounds(self.request.user))

    @extend_schema(
        request=serializers.FreezeSerializer, responses={201: serializers.SnapshotSerializer}
    )
    def create(self, request: Request) -> Response:
        """Freezes a round's ranking."""
        data = serializers.FreezeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        round_ = scoped_get(request, ranked_rounds(request.user), pk=values["round"])
        snapshot = services.freeze(
            round_,
            by=request.user,
            normalise=values["normalise"],
            method=values["method"],
            aggregate=values["aggregate"],
            note=values["note"],
        )
        return Response(self.get_serializer(snapshot).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=serializers.VerificationSerializer)
    @action(detail=True, methods=["get"])
    def verify(self, request: Request, pk: str) -> Response:
        """Recomputes the snapshot from its stored inputs and compares the hashes."""
        snapshot = self.get_object()
        _table, digest = services.recompute(snapshot)
        return Response(
            {
                "sha256": snapshot.sha256,
                "recomputed": digest,
                "identical": digest == snapshot.sha256,
            }
        )


class ReportJobViewSet(mixins.RetrieveModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    """PDF documents rendered in the background: ask, follow the progress, download."""

    queryset = ReportJob.objects.none()
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = serializers.ReportJobSerializer
    filterset_fields = ["kind", "edition", "round", "state"]
    ordering = ["-created_at", "-id"]

    def get_queryset(self) -> QuerySet[ReportJob]:
        return ReportJob.objects.filter(edition__in=editions_of_secretariat(self.request.user))

    @extend_schema(
        request=serializers.ReportRequestSerializer,
        responses={202: serializers.ReportJobSerializer},
    )
    def create(self, request: Request) -> Response:
        data = serializers.ReportRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        round_ = None
        if values.get("round"):
            round_ = scoped_get(request, ranked_rounds(request.user), pk=values["round"])
            edition = round_.edition
        else:
            editions = editions_of_secretariat(request.user)
            edition = scoped_get(request, editions, pk=values["edition"])
        try:
            job = services.request_report(
                values["kind"], edition=edition, round_=round_, by=request.user
            )
        except ValueError as error:
            from rest_framework.exceptions import ValidationError

            raise ValidationError({"round": [str(error)]}) from error
        job.refresh_from_db()
        return Response(self.get_serializer(job).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(responses={(200, "application/pdf"): OpenApiTypes.BINARY})
    @action(detail=True, methods=["get"])
    def download(self, request: Request, pk: str) -> FileResponse:
        job = self.get_object()
        if not job.file:
            raise Http404
        return FileResponse(job.file.open("rb"), as_attachment=True, filename=f"{job.kind}.pdf")
