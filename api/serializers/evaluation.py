"""The jury's resources as the API shows them. A juror's view of a candidacy comes from
``evaluation.queries.candidacy_for_juror``, so a blind round hides the applicant here too."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from django_countries.serializer_fields import CountryField
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from awards.enums import Language
from awards.models import Candidacy, Edition, Organisation
from evaluation import queries
from evaluation.models import (
    AssignmentProposal,
    Conflict,
    JuryMember,
    ProposedPair,
    Score,
    Scorecard,
)


class JuryMemberSerializer(serializers.ModelSerializer):
    email = serializers.EmailField(source="user.email", read_only=True)
    full_name = serializers.CharField(source="user.full_name", read_only=True)
    languages = serializers.ListField(
        source="user.juror_profile.languages", child=serializers.CharField(), read_only=True
    )
    categories = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = JuryMember
        fields = [
            "id",
            "round",
            "email",
            "full_name",
            "languages",
            "categories",
            "state",
            "invited_at",
            "answered_at",
        ]
        read_only_fields = fields


class InvitationSerializer(serializers.Serializer):
    """What the secretariat gives to invite a juror."""

    round = serializers.IntegerField()
    email = serializers.EmailField()
    full_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    languages = serializers.ListField(
        child=serializers.ChoiceField(choices=Language.choices), min_length=1
    )
    organisation = serializers.IntegerField(required=False, allow_null=True)
    country = CountryField(required=False, allow_blank=True)
    categories = serializers.ListField(child=serializers.IntegerField(), required=False)
    language = serializers.ChoiceField(
        choices=Language.choices, required=False, help_text="The language of the mails."
    )


class AnswerSerializer(serializers.Serializer):
    accept = serializers.BooleanField()


class ConflictSerializer(serializers.ModelSerializer):
    """A conflict the juror declares: with a candidacy of an edition they judge, or with an
    organisation (then the edition is named). Anything else is "not found", whether or not it
    exists, so the form tells nothing about other editions."""

    class Meta:
        model = Conflict
        fields = ["id", "edition", "juror", "candidacy", "organisation", "reason", "declared_at"]
        read_only_fields = ["id", "juror", "declared_at"]
        extra_kwargs = {"edition": {"required": False}}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return
        editions = Edition.objects.filter(rounds__jury__user=user).distinct()
        self.fields["edition"].queryset = editions
        self.fields["candidacy"].queryset = Candidacy.objects.filter(edition__in=editions)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            candidacies__edition__in=editions
        ).distinct()

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        candidacy, organisation = attrs.get("candidacy"), attrs.get("organisation")
        if bool(candidacy) == bool(organisation):
            raise serializers.ValidationError(
                {"candidacy": [_("Name either a candidacy or an organisation.")]}
            )
        if candidacy is not None:
            attrs["edition"] = candidacy.edition
        elif attrs.get("edition") is None:
            raise serializers.ValidationError(
                {"edition": [_("Name the edition of the conflict with an organisation.")]}
            )
        return attrs


class PairSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProposedPair
        fields = ["candidacy", "juror", "by_hand"]
        read_only_fields = ["by_hand"]


class ProposalSerializer(serializers.ModelSerializer):
    pairs = PairSerializer(many=True, read_only=True)
    loads = serializers.SerializerMethodField()

    class Meta:
        model = AssignmentProposal
        fields = [
            "id",
            "round",
            "reviewers_per_candidacy",
            "created_at",
            "confirmed_at",
            "loads",
            "pairs",
        ]
        read_only_fields = fields

    @extend_schema_field({"type": "object", "additionalProperties": {"type": "integer"}})
    def get_loads(self, proposal: AssignmentProposal) -> dict[str, int]:
        loads: dict[str, int] = {}
        for pair in proposal.pairs.all():
            loads[str(pair.juror_id)] = loads.get(str(pair.juror_id), 0) + 1
        return loads


class ProposeSerializer(serializers.Serializer):
    round = serializers.IntegerField()
    reviewers_per_candidacy = serializers.IntegerField(min_value=1, max_value=20, required=False)


class ScoreSerializer(serializers.ModelSerializer):
    criterion_key = serializers.CharField(source="criterion.key", read_only=True)

    class Meta:
        model = Score
        fields = ["criterion", "criterion_key", "value", "justification"]


class CandidacyForJurorSerializer(serializers.Serializer):
    """The candidacy as the juror may read it; identity fields are null in a blind round."""

    reference = serializers.CharField()
    title = serializers.CharField()
    category = serializers.CharField()
    language = serializers.CharField()
    blind = serializers.BooleanField()
    sections = serializers.SerializerMethodField()
    implementation_started_on = serializers.DateField(allow_null=True)
    implementation_ended_on = serializers.DateField(allow_null=True)
    organisation = serializers.CharField(allow_null=True)
    city = serializers.CharField(allow_null=True)
    country = serializers.CharField(allow_null=True)

    @extend_schema_field(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"label": {"type": "string"}, "text": {"type": "string"}},
            },
        }
    )
    def get_sections(self, view: queries.CandidacyForJuror) -> list[dict[str, str]]:
        return [{"label": label, "text": text} for label, text in view.sections]


class OtherScorecardSerializer(serializers.ModelSerializer):
    """Another juror's submitted scores: never who they are."""

    scores = ScoreSerializer(many=True, read_only=True)

    class Meta:
        model = Scorecard
        fields = ["scores", "justification"]


class ScorecardSummarySerializer(serializers.ModelSerializer):
    """A scorecard in a list: its candidacy by reference and title, its state and scores."""

    reference = serializers.CharField(source="candidacy.reference", read_only=True)
    title = serializers.CharField(source="candidacy.title", read_only=True)
    scores = ScoreSerializer(many=True, read_only=True)

    class Meta:
        model = Scorecard
        fields = ["id", "round", "reference", "title", "state", "submitted_at", "scores"]
        read_only_fields = fields


class ScorecardSerializer(serializers.ModelSerializer):
    scores = ScoreSerializer(many=True, read_only=True)
    candidacy = serializers.SerializerMethodField()
    others = serializers.SerializerMethodField()

    class Meta:
        model = Scorecard
        fields = [
            "id",
            "round",
            "state",
            "justification",
            "assigned_at",
            "submitted_at",
            "scores",
            "candidacy",
            "others",
        ]
        read_only_fields = fields

    @extend_schema_field(CandidacyForJurorSerializer)
    def get_candidacy(self, scorecard: Scorecard) -> dict[str, Any]:
        return CandidacyForJurorSerializer(queries.candidacy_for_juror(scorecard)).data

    @extend_schema_field(OtherScorecardSerializer(many=True))
    def get_others(self, scorecard: Scorecard) -> list[dict[str, Any]]:
        visible = queries.other_scorecards_visible_to(self.context["request"].user, scorecard)
        return OtherScorecardSerializer(visible, many=True).data


class ScoreInputSerializer(serializers.Serializer):
    criterion = serializers.IntegerField()
    # Text: "7,5" is read as 7.5, and errors come from the same validator as the page's.
    value = serializers.CharField(allow_blank=True, allow_null=True, required=False)
    justification = serializers.CharField(allow_blank=True, required=False, max_length=5000)


class ScoresInputSerializer(serializers.Serializer):
    justification = serializers.CharField(allow_blank=True, required=False, max_length=5000)
    scores = ScoreInputSerializer(many=True)
