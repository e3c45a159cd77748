"""Rankings, snapshots and background documents as the API shows them."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from reports.models import Normalisation, RankingSnapshot, ReportJob, ReportKind


class RankingRowSerializer(serializers.Serializer):
    candidacy = serializers.CharField(help_text="The candidacy's reference.")
    title = serializers.CharField()
    rank = serializers.IntegerField()
    score = serializers.FloatField()
    n = serializers.IntegerField()
    sd = serializers.FloatField(allow_null=True)
    flagged = serializers.BooleanField()
    category = serializers.CharField(allow_null=True, required=False)
    category_rank = serializers.IntegerField(allow_null=True, required=False)


class JurorEffectSerializer(serializers.Serializer):
    juror = serializers.CharField(help_text="The juror's pseudonym.")
    effect = serializers.FloatField(help_text="Points above the average juror.")
    n = serializers.IntegerField()
    component = serializers.IntegerField(help_text="The juror's panel (1 when all connect).")


class RankingSerializer(serializers.Serializer):
    round = serializers.IntegerField()
    normalise = serializers.BooleanField(help_text="True when jurors are z-scored.")
    method = serializers.ChoiceField(choices=Normalisation.choices)
    juror_effects = JurorEffectSerializer(
        many=True, help_text="With the severity model: each juror's effect; empty otherwise."
    )
    aggregate = serializers.CharField()
    tiebreak = serializers.ListField(child=serializers.CharField())
    threshold = serializers.FloatField()
    alpha = serializers.FloatField(allow_null=True)
    alpha_by_criterion = serializers.DictField(child=serializers.FloatField(allow_null=True))
    rows = RankingRowSerializer(many=True)


class SnapshotSerializer(serializers.ModelSerializer):
    class Meta:
        model = RankingSnapshot
        fields = [
            "id",
            "round",
            "normalise",
            "method",
            "aggregation",
            "tie_break",
            "threshold",
            "sha256",
            "note",
            "created_at",
            "categories",
            "scores_csv",
            "criteria_csv",
            "result_csv",
        ]
        read_only_fields = fields


class FreezeSerializer(serializers.Serializer):
    round = serializers.IntegerField()
    normalise = serializers.BooleanField(required=False, allow_null=True, default=None)
    method = serializers.ChoiceField(
        choices=Normalisation.choices,
        required=False,
        allow_null=True,
        default=None,
        help_text="Juror normalisation; wins over ``normalise``.",
    )
    aggregate = serializers.ChoiceField(
        choices=["mean", "median", "trimmed_mean"], required=False, allow_null=True, default=None
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=300, default="")


class VerificationSerializer(serializers.Serializer):
    sha256 = serializers.CharField()
    recomputed = serializers.CharField()
    identical = serializers.BooleanField()


class ReportJobSerializer(serializers.ModelSerializer):
    percent = serializers.IntegerField(read_only=True)
    download = serializers.SerializerMethodField()

    class Meta:
        model = ReportJob
        fields = [
            "id",
            "kind",
            "edition",
            "round",
            "state",
            "done",
            "total",
            "percent",
            "created_at",
            "finished_at",
            "download",
        ]
        read_only_fields = fields

    def get_download(self, job: ReportJob) -> str | None:
        if not job.file:
            return None
        request = self.context.get("request")
        path = f"/api/v1/report-jobs/{job.pk}/download/"
        return request.build_absolute_uri(path) if request else path


class ReportRequestSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ReportKind.choices)
    edition = serializers.IntegerField(required=False)
    round = serializers.IntegerField(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not attrs.get("edition") and not attrs.get("round"):
            raise serializers.ValidationError({"round": ["Name a round or an edition."]})
        return attrs
