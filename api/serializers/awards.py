"""What the API says about each resource. Rules live in the services and the queries.

Editions are read with the ``*Serializer`` classes and written with the ``*InputSerializer``
ones (create and change, see ``awards.services.editions``): texts in every language as
``{"en": "…", "fr": "…"}``, categories and criteria by their keys, rounds by their numbers,
a prize's category by its key. The secretariat's own settings (``settings``) are shown only to
those who may change the edition.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.fields import LocalizedField, TranslationsField
from awards.enums import Language
from awards.i18n import FALLBACK_LANGUAGE, LANGUAGE_CODES
from awards.models import Category, Criterion, Edition, Prize, Round


@extend_schema_field(
    {
        "type": "object",
        "properties": {code: {"type": "string"} for code in LANGUAGE_CODES},
        "description": "The text in each language sent; English is required for a name.",
    }
)
class TranslationsInput(serializers.Field):
    """Writes a translated field from {"en": "…", "fr": "…"}: only the languages sent change.

    A name needs its English text (the fallback of every other language) when it is created.
    """

    def __init__(self, field: str, *, max_length: int | None = None, **kwargs: Any) -> None:
        self.translated_field = field
        self.max_length = max_length
        self.english_required = kwargs.get("required", False)
        kwargs.update(source="*", write_only=True)
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> dict[str, str]:
        if not isinstance(data, Mapping):
            raise serializers.ValidationError(_('Give the text per language, as {"en": "…"}.'))
        unknown = sorted(str(code) for code in data if code not in LANGUAGE_CODES)
        if unknown:
            raise serializers.ValidationError(
                _("Unknown languages: %(codes)s.") % {"codes": ", ".join(unknown)}
            )
        values = {}
        for code, text in data.items():
            if not isinstance(text, str):
                raise serializers.ValidationError(_("Each translation is a text."))
            if self.max_length and len(text) > self.max_length:
                raise serializers.ValidationError(
                    _("At most %(n)d characters in each language.") % {"n": self.max_length}
                )
            values[f"{self.translated_field}_{code}"] = text.strip()
        english = values.get(f"{self.translated_field}_{FALLBACK_LANGUAGE}")
        creating = not getattr(self.root, "partial", False)
        if self.english_required and (english == "" or (creating and english is None)):
            raise serializers.ValidationError(_("The English text is required."))
        return values


# Reading ----------------------------------------------------------------------------------------


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


ROUND_SETTINGS = [
    "scoring_opens_at",
    "scoring_closes_at",
    "blind",
    "score_visibility",
    "reviewers_per_candidacy",
    "category_panels",
    "normalise_jurors",
    "aggregation",
    "preferential_ballots",
]


class RoundSerializer(serializers.ModelSerializer):
    """A round; ``id`` is what the jury, proposals, rankings and snapshots name it by."""

    name = LocalizedField()
    names = TranslationsField("name")
    criteria = CriterionSerializer(many=True, read_only=True)

    class Meta:
        model = Round
        fields = ["id", "number", "name", "names", *ROUND_SETTINGS, "criteria"]


class PrizeSerializer(serializers.ModelSerializer):
    """A prize; ``id`` is what a decision names it by."""

    name = LocalizedField()
    names = TranslationsField("name")
    category = serializers.SlugRelatedField(slug_field="key", read_only=True, allow_null=True)

    class Meta:
        model = Prize
        fields = ["id", "name", "names", "category", "amount", "currency", "sponsor", "order"]


SECRETARIAT_SETTINGS = [
    "same_country_conflict",
    "tie_break",
    "disagreement_threshold",
    "shortlist_size",
    "shortlist_percent",
    "shortlist_cap",
    "share_jury_feedback",
]


class EditionSettingsSerializer(serializers.ModelSerializer):
    """How the secretariat runs the evaluation: conflicts, tie-break, shortlist rule."""

    tie_break = serializers.ListField(
        child=serializers.SlugField(),
        required=False,
        help_text="Criterion keys in order: a tie is broken by the higher mean on the first.",
    )

    class Meta:
        model = Edition
        fields = SECRETARIAT_SETTINGS


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
    settings = EditionSettingsSerializer(
        source="*",
        read_only=True,
        allow_null=True,
        help_text="The secretariat's settings: null for anyone who may not change the edition.",
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
            "requires_photo",
            "categories",
            "rounds",
            "prizes",
            "settings",
        ]

    def to_representation(self, edition: Edition) -> dict[str, Any]:
        data = super().to_representation(edition)
        if edition.pk not in self.context.get("managed_editions", ()):
            data["settings"] = None
        return data


# Writing ----------------------------------------------------------------------------------------


class CategoryInputSerializer(serializers.ModelSerializer):
    names = TranslationsInput("name", max_length=200, required=True)
    descriptions = TranslationsInput("description", required=False)

    class Meta:
        model = Category
        fields = ["key", "names", "descriptions", "order"]


class CriterionInputSerializer(serializers.ModelSerializer):
    names = TranslationsInput("name", max_length=200, required=True)
    descriptions = TranslationsInput("description", required=False)

    class Meta:
        model = Criterion
        fields = [
            "key",
            "names",
            "descriptions",
            "weight",
            "scale_min",
            "scale_max",
            "required",
            "order",
        ]


class RoundInputSerializer(serializers.ModelSerializer):
    names = TranslationsInput("name", max_length=200, required=True)
    descriptions = TranslationsInput("description", required=False)
    criteria = CriterionInputSerializer(
        many=True, required=False, help_text="Every criterion of the round, matched by key."
    )

    class Meta:
        model = Round
        fields = ["number", "names", "descriptions", *ROUND_SETTINGS, "criteria"]


class PrizeInputSerializer(serializers.ModelSerializer):
    names = TranslationsInput("name", max_length=200, required=True)
    category = serializers.SlugField(
        required=False,
        allow_null=True,
        help_text="The key of one of the edition's categories; none for a prize open to all.",
    )

    class Meta:
        model = Prize
        fields = ["names", "category", "amount", "currency", "sponsor", "order"]


class EditionInputSerializer(serializers.ModelSerializer):
    """An edition as the secretariat prepares it. The lists are complete: what a list leaves
    out is deleted (see ``awards.services.editions``); a list not sent is left as it is."""

    names = TranslationsInput("name", max_length=200, required=True)
    descriptions = TranslationsInput("description", required=False)
    rules = TranslationsInput("rules", required=False)
    faq = TranslationsInput("faq", required=False)
    languages = serializers.ListField(
        child=serializers.ChoiceField(choices=Language.choices), required=False
    )
    settings = EditionSettingsSerializer(source="*", required=False)
    categories = CategoryInputSerializer(many=True, required=False)
    rounds = RoundInputSerializer(many=True, required=False)
    prizes = PrizeInputSerializer(many=True, required=False)

    class Meta:
        model = Edition
        fields = [
            "slug",
            "code",
            "year",
            "names",
            "descriptions",
            "rules",
            "faq",
            "languages",
            "timezone",
            "call_opens_at",
            "call_closes_at",
            "implementation_from",
            "implementation_until",
            "max_candidacies_per_organisation",
            "max_candidacies_per_category",
            "requires_photo",
            "settings",
            "categories",
            "rounds",
            "prizes",
        ]

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        if isinstance(data, Mapping) and "state" in data:
            raise serializers.ValidationError(
                {
                    "state": [
                        _(
                            "The state changes only through the edition's actions, such as "
                            "open-call or close-call."
                        )
                    ]
                }
            )
        return super().to_internal_value(data)
