"""What the API says about each resource. Rules live in the services and the queries."""

from __future__ import annotations

from rest_framework import serializers

from api.fields import LocalizedField, TranslationsField
from awards.enums import Language
from awards.models import Category, Criterion, Edition, Prize, Round


class CategorySerializer(serializers.ModelSerializer):
    edition = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    name = LocalizedField()
    names = TranslationsField("name")
    description = LocalizedField()

    class Meta:
        model = Category
        fields = ["id", "edition", "key", "name", "names", "description", "order"]


class CriterionSerializer(serializers.ModelSerializer):
    edition = serializers.SlugRelatedField(
        source="round.edition", slug_field="slug", read_only=True
    )
    round = serializers.IntegerField(source="round.number", read_only=True)
    name = LocalizedField()
    names = TranslationsField("name")
    description = LocalizedField()
    descriptions = TranslationsField("description")

    class Meta:
        model = Criterion
        fields = [
            "id",
            "edition",
            "round",
            "key",
            "name",
            "names",
            "description",
            "descriptions",
            "weight",
            "scale_min",
            "scale_max",
            "required",
            "order",
        ]


class RoundSerializer(serializers.ModelSerializer):
    name = LocalizedField()
    names = TranslationsField("name")
    criteria = CriterionSerializer(many=True, read_only=True)

    class Meta:
        model = Round
        fields = [
            "number",
            "name",
            "names",
            "scoring_opens_at",
            "scoring_closes_at",
            "blind",
            "score_visibility",
            "reviewers_per_candidacy",
            "criteria",
        ]


class PrizeSerializer(serializers.ModelSerializer):
    name = LocalizedField()
    names = TranslationsField("name")
    category = serializers.SlugRelatedField(slug_field="key", read_only=True)

    class Meta:
        model = Prize
        fields = ["name", "names", "category", "amount", "currency", "sponsor"]


class EditionSerializer(serializers.HyperlinkedModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="v1:edition-detail", lookup_field="slug")
    name = LocalizedField()
    names = TranslationsField("name")
    description = LocalizedField()
    categories = CategorySerializer(many=True, read_only=True)
    rounds = RoundSerializer(many=True, read_only=True)
    prizes = PrizeSerializer(many=True, read_only=True)
    accepts_submissions = serializers.BooleanField(read_only=True)
    languages = serializers.ListField(
        child=serializers.ChoiceField(choices=Language.choices), read_only=True
    )

    class Meta:
        model = Edition
        fields = [
            "url",
            "slug",
            "code",
            "year",
            "name",
            "names",
            "description",
            "state",
            "languages",
            "timezone",
            "call_opens_at",
            "call_closes_at",
            "accepts_submissions",
            "implementation_from",
            "implementation_until",
            "max_candidacies_per_organisation",
            "max_candidacies_per_category",
            "categories",
            "rounds",
            "prizes",
        ]
