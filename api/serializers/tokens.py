"""Personal API tokens: listed without their secret, which only the creation answer carries."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from api.models import PersonalToken, TokenState
from awards import queries
from awards.models import Edition


class PersonalTokenSerializer(serializers.ModelSerializer):
    """A token as its owner sees it in a list: never the secret, only its first characters."""

    edition = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    state = serializers.ChoiceField(choices=TokenState.choices, read_only=True)

    class Meta:
        model = PersonalToken
        fields = [
            "id",
            "name",
            "prefix",
            "read_only",
            "edition",
            "state",
            "created_at",
            "last_used_at",
            "expires_at",
            "revoked_at",
        ]
        read_only_fields = fields


class PersonalTokenCreateSerializer(serializers.ModelSerializer):
    """A new token: a name, and optionally read-only, an edition (one the user may read) and
    an expiry date in the future."""

    edition = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Edition.objects.none(),
        required=False,
        allow_null=True,
        help_text=_("Slug of the only edition the token may reach; none for every edition."),
    )

    class Meta:
        model = PersonalToken
        fields = ["name", "read_only", "edition", "expires_at"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            # An edition the user may not read is "not found", as everywhere in the API.
            self.fields["edition"].queryset = queries.editions_for(request.user)

    def validate_expires_at(self, value: Any) -> Any:
        if value is not None and value <= timezone.now():
            raise serializers.ValidationError(_("The expiry date must be in the future."))
        return value


class IssuedTokenSerializer(PersonalTokenSerializer):
    """The answer to a creation: the token, and its secret, shown this once."""

    secret = serializers.CharField(
        read_only=True,
        help_text=_(
            "The token itself, to send as 'Authorization: Bearer <secret>'. Shown only in this "
            "answer: keep it now, it cannot be read again."
        ),
    )

    class Meta(PersonalTokenSerializer.Meta):
        fields = [*PersonalTokenSerializer.Meta.fields, "secret"]
        read_only_fields = fields
