"""What anyone may read without an account: the published results and the repository of
practices. Only what the public pages show: never contacts, other sections of an application,
scores, jurors' addresses or reasons."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_countries.serializer_fields import CountryField
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.fields import LocalizedField, TranslationsField
from awards.i18n import LANGUAGE_CODES
from awards.models import Candidacy, Category, Edition, NoAward, Organisation
from awards.publication import RESULT_STATES, community_mention, distinction_of
from awards.search import RESULTS


def absolute(context: dict[str, Any], path: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


class PublicOrganisationSerializer(serializers.ModelSerializer):
    country = CountryField()

    class Meta:
        model = Organisation
        fields = ["name", "city", "country", "uclg_region", "population_band"]


class PublicCategorySerializer(serializers.ModelSerializer):
    name = LocalizedField()
    names = TranslationsField("name")

    class Meta:
        model = Category
        fields = ["key", "name", "names"]


class PublicPhotoSerializer(serializers.Serializer):
    url = serializers.SerializerMethodField()
    caption = serializers.CharField()

    def get_url(self, photo: Any) -> str:
        path = reverse("practice-photo", args=[photo.candidacy.reference, photo.pk])
        return absolute(self.context, path)


class PrizeShareSerializer(serializers.Serializer):
    """A prize given to a winner or a special mention, with its share and whether it is
    shared ex aequo with other winners or mentions."""

    name = serializers.CharField()
    names = serializers.DictField(child=serializers.CharField())
    amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    share = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    currency = serializers.CharField()
    ex_aequo = serializers.BooleanField()


def prize_of(candidacy: Candidacy) -> dict[str, Any] | None:
    """The prize as ``awards.publication`` gives it (``distinctions``), or None."""
    decision = distinction_of(candidacy)
    if decision is None or decision.prize is None:
        return None
    prize = decision.prize
    share = {
        "name": prize.name,
        "names": {code: getattr(prize, f"name_{code}") for code in LANGUAGE_CODES},
        "amount": prize.amount,
        "share": decision.prize_share,
        "currency": prize.currency,
        "ex_aequo": decision.ex_aequo,
    }
    return PrizeShareSerializer(share).data


def mention_of(candidacy: Candidacy) -> str:
    decision = distinction_of(candidacy)
    return decision.mention if decision is not None else ""


class PracticeSerializer(serializers.ModelSerializer):
    """A practice of the repository, as its public page shows it."""

    api_url = serializers.HyperlinkedIdentityField(
        view_name="v1:practice-detail", lookup_field="reference"
    )
    url = serializers.SerializerMethodField()
    organisation = PublicOrganisationSerializer()
    category = PublicCategorySerializer(allow_null=True)
    edition = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    year = serializers.IntegerField(source="edition.year")
    result = serializers.ChoiceField(source="state", choices=[(s.value, s.label) for s in RESULTS])
    public_summary = serializers.CharField(source="shown_summary")
    mention = serializers.SerializerMethodField()
    prize = serializers.SerializerMethodField()
    published_at = serializers.DateTimeField(allow_null=True)
    photos = PublicPhotoSerializer(many=True)

    class Meta:
        model = Candidacy
        fields = [
            "reference",
            "api_url",
            "url",
            "title",
            "public_summary",
            "organisation",
            "category",
            "edition",
            "year",
            "result",
            "mention",
            "prize",
            "language",
            "implementation_started_on",
            "implementation_ended_on",
            "published_at",
            "photos",
        ]
        read_only_fields = fields

    def get_url(self, candidacy: Candidacy) -> str:
        """The practice's public page."""
        return absolute(self.context, reverse("practice", args=[candidacy.reference]))

    def get_mention(self, candidacy: Candidacy) -> str:
        """The name of a special mention; empty otherwise."""
        return mention_of(candidacy)

    @extend_schema_field(PrizeShareSerializer(allow_null=True))
    def get_prize(self, candidacy: Candidacy) -> dict[str, Any] | None:
        return prize_of(candidacy)


class DistinguishedSerializer(serializers.ModelSerializer):
    """A winner, special mention or finalist. Its summary, photos and practice page are given
    only when it is in the repository (its organisation consented); else they are empty."""

    organisation = PublicOrganisationSerializer()
    category = PublicCategorySerializer(allow_null=True)
    result = serializers.ChoiceField(
        source="state", choices=[(state.value, state.label) for state in RESULT_STATES]
    )
    mention = serializers.SerializerMethodField()
    prize = serializers.SerializerMethodField()
    community_mention = serializers.SerializerMethodField()
    in_repository = serializers.BooleanField()
    practice = serializers.SerializerMethodField()
    public_summary = serializers.CharField(source="shown_summary")
    photos = PublicPhotoSerializer(many=True)

    class Meta:
        model = Candidacy
        fields = [
            "reference",
            "title",
            "organisation",
            "category",
            "result",
            "mention",
            "prize",
            "community_mention",
            "in_repository",
            "practice",
            "public_summary",
            "photos",
        ]
        read_only_fields = fields

    def get_mention(self, candidacy: Candidacy) -> str:
        """The name of a special mention; empty otherwise."""
        return mention_of(candidacy)

    @extend_schema_field(PrizeShareSerializer(allow_null=True))
    def get_prize(self, candidacy: Candidacy) -> dict[str, Any] | None:
        return prize_of(candidacy)

    def get_community_mention(self, candidacy: Candidacy) -> str:
        """The name of the community mention the public vote gave it; empty otherwise."""
        community = self.context.get("community")
        if community is None or community.candidacy.pk != candidacy.pk:
            return ""
        return community.name

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_practice(self, candidacy: Candidacy) -> str | None:
        """Its page in the repository of practices, when it is in it."""
        if not candidacy.in_repository:
            return None
        return absolute(self.context, reverse("practice", args=[candidacy.reference]))


class CommunityMentionSerializer(serializers.Serializer):
    """The community mention the public vote gave, and to which candidacy."""

    name = serializers.CharField()
    reference = serializers.CharField(source="candidacy.reference")
    title = serializers.CharField(source="candidacy.title")
    organisation = serializers.CharField(source="candidacy.organisation.name")


class PublicNoAwardSerializer(serializers.ModelSerializer):
    """No award in a category; with no category, in the whole edition."""

    category = PublicCategorySerializer(allow_null=True)

    class Meta:
        model = NoAward
        fields = ["category"]


class JuryPanelSerializer(serializers.Serializer):
    round = serializers.IntegerField()
    name = serializers.CharField()
    jurors = serializers.ListField(child=serializers.CharField())


class PublishedResultsSerializer(serializers.ModelSerializer):
    """An edition's results: its winners, special mentions and finalists, the categories
    without an award, and its jury by name."""

    api_url = serializers.HyperlinkedIdentityField(
        view_name="v1:published-result-detail", lookup_field="slug"
    )
    url = serializers.SerializerMethodField()
    name = LocalizedField()
    names = TranslationsField("name")
    results = serializers.SerializerMethodField()
    no_awards = PublicNoAwardSerializer(many=True, source="published_no_awards")
    jury = serializers.SerializerMethodField()
    community_mention = serializers.SerializerMethodField()

    class Meta:
        model = Edition
        fields = [
            "slug",
            "api_url",
            "url",
            "code",
            "year",
            "name",
            "names",
            "state",
            "results",
            "no_awards",
            "jury",
            "community_mention",
        ]
        read_only_fields = fields

    def get_url(self, edition: Edition) -> str:
        """The results page."""
        return absolute(self.context, reverse("results", args=[edition.slug]))

    @extend_schema_field(DistinguishedSerializer(many=True))
    def get_results(self, edition: Edition) -> list[dict[str, Any]]:
        context = {**self.context, "community": community_mention(edition)}
        return DistinguishedSerializer(edition.distinguished, many=True, context=context).data

    @extend_schema_field(CommunityMentionSerializer(allow_null=True))
    def get_community_mention(self, edition: Edition) -> dict[str, Any] | None:
        """The community mention of the edition's public vote, if one was given."""
        community = community_mention(edition)
        return None if community is None else CommunityMentionSerializer(community).data

    @extend_schema_field(JuryPanelSerializer(many=True))
    def get_jury(self, edition: Edition) -> list[dict[str, Any]]:
        return [
            {
                "round": round_.number,
                "name": round_.name,
                "jurors": [member.name for member in round_.public_jury],
            }
            for round_ in edition.ordered_rounds
            if round_.public_jury
        ]
