"""Decisions, categories without an award, and the result mails, as the API shows them."""

from __future__ import annotations

from rest_framework import serializers

from awards.models import Decision, NoAward, OutboxMessage


class DecisionSerializer(serializers.ModelSerializer):
    candidacy_reference = serializers.CharField(source="candidacy.reference", read_only=True)
    decision = serializers.CharField(source="transition", read_only=True)

    class Meta:
        model = Decision
        fields = [
            "id",
            "candidacy",
            "candidacy_reference",
            "decision",
            "snapshot",
            "rank",
            "mention",
            "prize",
            "prize_share",
            "departs_from_ranking",
            "reason",
            "decided_at",
        ]
        read_only_fields = fields


class DecideSerializer(serializers.Serializer):
    candidacy = serializers.IntegerField()
    decision = serializers.ChoiceField(
        choices=[
            "shortlist",
            "not_select",
            "declare_winner",
            "give_special_mention",
            "make_finalist",
        ]
    )
    snapshot = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        help_text="Default: the latest frozen ranking.",
    )
    reason = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")
    mention = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")
    prize = serializers.IntegerField(required=False, allow_null=True, default=None)


class ApplyShortlistSerializer(serializers.Serializer):
    snapshot = serializers.IntegerField()


class NoAwardSerializer(serializers.ModelSerializer):
    class Meta:
        model = NoAward
        fields = ["id", "edition", "category", "reason", "decided_at"]
        read_only_fields = ["id", "decided_at"]
        # The service decides whether a category already has one: it then updates it.
        validators: list = []


class OutboxMessageSerializer(serializers.ModelSerializer):
    candidacy_reference = serializers.CharField(source="candidacy.reference", read_only=True)

    class Meta:
        model = OutboxMessage
        fields = [
            "id",
            "candidacy",
            "candidacy_reference",
            "to",
            "language",
            "subject",
            "body",
            "prepared_at",
            "sent_at",
        ]
        read_only_fields = fields
