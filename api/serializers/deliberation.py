"""The deliberation as the API shows it: preferential ballots, the comparison of the scores
with the ballots, the flags on jurors, decisions on scores given before a conflict, and the
deliberation record (docs/deliberation.md)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.fields import TranslationsField
from awards.i18n import LANGUAGE_CODES
from evaluation import guards, queries
from evaluation.models import DeliberationRecord, JurorBallot, Scorecard, ScoreDecision


class FinalistSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    reference = serializers.CharField()
    title = serializers.CharField()


class JurorBallotSerializer(serializers.ModelSerializer):
    """A juror's ballot: ``ordering`` is a list of places, best first, each a list of
    candidacy ids (several: a tie); ``left_off`` the finalists left off, tied last."""

    ordering = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField()), read_only=True
    )
    left_off = serializers.ListField(child=serializers.IntegerField(), read_only=True)
    juror_email = serializers.EmailField(source="juror.email", read_only=True)

    class Meta:
        model = JurorBallot
        fields = [
            "id",
            "round",
            "juror",
            "juror_email",
            "state",
            "ordering",
            "left_off",
            "submitted_at",
            "updated_at",
        ]
        read_only_fields = fields


class MyJurorBallotSerializer(JurorBallotSerializer):
    """The juror's own ballot for a round, with the finalists to rank and, when it may not
    change, why (``closed``). ``id`` is null until the ballot is first saved."""

    finalists = serializers.SerializerMethodField()
    closed = serializers.SerializerMethodField()

    class Meta(JurorBallotSerializer.Meta):
        fields = [*JurorBallotSerializer.Meta.fields, "finalists", "closed"]
        read_only_fields = fields

    @extend_schema_field(FinalistSerializer(many=True))
    def get_finalists(self, ballot: JurorBallot) -> list[dict[str, Any]]:
        return [
            {"id": c.pk, "reference": c.reference, "title": c.title}
            for c in queries.ballot_finalists(ballot.round)
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_closed(self, ballot: JurorBallot) -> list[str]:
        return guards.ballot_open_problems(ballot)


class JurorBallotInputSerializer(serializers.Serializer):
    ordering = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField(), allow_empty=True),
        help_text="The places, best first: each a list of candidacy ids (several: a tie).",
    )
    left_off = serializers.ListField(
        child=serializers.IntegerField(),
        required=False,
        default=list,
        help_text="Finalists left off the ballot: they count as tied below all the others.",
    )


# The comparison ---------------------------------------------------------------------------------


class ComparisonRowSerializer(serializers.Serializer):
    reference = serializers.CharField()
    title = serializers.CharField()
    score = serializers.FloatField(allow_null=True)
    score_rank = serializers.IntegerField(
        allow_null=True, help_text="Among the finalists; null without a submitted score."
    )
    schulze_rank = serializers.IntegerField(allow_null=True)
    borda_rank = serializers.IntegerField(allow_null=True)
    borda_points = serializers.FloatField(allow_null=True)
    agree = serializers.BooleanField(allow_null=True)


class MatrixSerializer(serializers.Serializer):
    labels = serializers.ListField(child=serializers.CharField())
    rows = serializers.SerializerMethodField()

    @extend_schema_field(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "candidacy": {"type": "string"},
                    "values": {"type": "array", "items": {"type": "integer", "nullable": True}},
                },
            },
        }
    )
    def get_rows(self, matrix: Any) -> list[dict[str, Any]]:
        return [{"candidacy": label, "values": values} for label, values in matrix.rows]


class ComparisonSerializer(serializers.Serializer):
    round = serializers.IntegerField(source="round.pk")
    method = serializers.CharField(source="ranking.params.method")
    aggregate = serializers.CharField(source="ranking.params.aggregate")
    ballots = serializers.SerializerMethodField()
    rows = ComparisonRowSerializer(many=True)
    schulze_winners = serializers.ListField(child=serializers.CharField())
    borda_winners = serializers.ListField(child=serializers.CharField())
    pairwise = MatrixSerializer(allow_null=True)
    strongest_paths = MatrixSerializer(allow_null=True)
    explanation = serializers.ListField(
        child=serializers.CharField(), help_text="In plain words, in English (the engine's)."
    )
    unscored = serializers.ListField(child=serializers.CharField())

    def get_ballots(self, comparison: Any) -> int:
        return len(comparison.count.ballots)


# Flags on jurors --------------------------------------------------------------------------------


class JurorFlagSerializer(serializers.Serializer):
    juror = serializers.CharField(help_text="The juror's pseudonym, as in the ranking.")
    n = serializers.IntegerField()
    effect = serializers.FloatField(allow_null=True)
    effect_z = serializers.FloatField(allow_null=True)
    correlation = serializers.FloatField(allow_null=True)
    shared = serializers.IntegerField()
    spread = serializers.FloatField(allow_null=True)
    harsh = serializers.BooleanField()
    lenient = serializers.BooleanField()
    erratic = serializers.BooleanField()
    flat = serializers.BooleanField()
    reasons = serializers.ListField(child=serializers.CharField())


class JurorFlagsSerializer(serializers.Serializer):
    round = serializers.IntegerField(source="round.pk")
    residual_sd = serializers.FloatField(allow_null=True)
    components = serializers.IntegerField()
    thresholds = serializers.DictField(child=serializers.FloatField())
    jurors = JurorFlagSerializer(many=True)


# Scores given before a conflict -----------------------------------------------------------------


class ScoreDecisionSerializer(serializers.ModelSerializer):
    decided_by = serializers.EmailField(source="decided_by.email", read_only=True)

    class Meta:
        model = ScoreDecision
        fields = ["id", "scorecard", "counts", "reason", "decided_by", "decided_at"]
        read_only_fields = fields


class ConflictedScorecardSerializer(serializers.ModelSerializer):
    """A scorecard submitted before its juror declared a conflict: whether it counts now
    (``counted``: null while undecided, when it still counts) and every decision on it."""

    reference = serializers.CharField(source="candidacy.reference", read_only=True)
    juror_email = serializers.EmailField(source="juror.email", read_only=True)
    counted = serializers.BooleanField(allow_null=True, read_only=True)
    decisions = ScoreDecisionSerializer(many=True, read_only=True)

    class Meta:
        model = Scorecard
        fields = [
            "id",
            "round",
            "reference",
            "juror",
            "juror_email",
            "submitted_at",
            "counted",
            "decisions",
        ]
        read_only_fields = fields


class DecideScoresSerializer(serializers.Serializer):
    counts = serializers.BooleanField(help_text="Whether the scorecard counts in the ranking.")
    reason = serializers.CharField(allow_blank=True, max_length=5000)


# The deliberation record ------------------------------------------------------------------------


class BallotRoundSerializer(serializers.Serializer):
    round = serializers.IntegerField()
    number = serializers.IntegerField()
    names = serializers.DictField(child=serializers.CharField(allow_blank=True))
    ballots = serializers.IntegerField()
    finalists = serializers.ListField(child=serializers.DictField())
    schulze_winners = serializers.ListField(child=serializers.CharField())
    borda_winners = serializers.ListField(child=serializers.CharField())


class DeliberationRecordSerializer(serializers.ModelSerializer):
    reports = TranslationsField("report")
    ballot_results = serializers.SerializerMethodField()

    class Meta:
        model = DeliberationRecord
        fields = [
            "id",
            "edition",
            "state",
            "reports",
            "attendees",
            "other_attendees",
            "public",
            "ballot_results",
            "closed_at",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(BallotRoundSerializer(many=True))
    def get_ballot_results(self, record: DeliberationRecord) -> list[dict[str, Any]]:
        return (record.results or {}).get("rounds", [])


class RecordCreateSerializer(serializers.Serializer):
    edition = serializers.IntegerField()


class RecordInputSerializer(serializers.Serializer):
    """What the secretariat changes in an open record; what is left out stays."""

    reports = serializers.DictField(
        child=serializers.CharField(allow_blank=True),
        required=False,
        help_text=f"The jury's report by language: {', '.join(LANGUAGE_CODES)}.",
    )
    attendees = serializers.ListField(
        child=serializers.IntegerField(),
        required=False,
        help_text="User ids of the final round's jurors who were present.",
    )
    other_attendees = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    public = serializers.BooleanField(required=False)
