"""Organisations, candidacies and attachments as the API shows them.

An applicant never sees a candidacy's raw state, only its applicant-facing status, so an
embargoed decision cannot leak; the edition's secretariat sees both.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django_countries.serializer_fields import CountryField
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from awards.enums import ApplicantStatus, AttachmentKind
from awards.models import Attachment, Candidacy, Category, Organisation
from awards.services.applications import EDITABLE_FIELDS


class OrganisationSerializer(serializers.ModelSerializer):
    country = CountryField()

    class Meta:
        model = Organisation
        fields = [
            "id",
            "name",
            "kind",
            "country",
            "city",
            "uclg_region",
            "population_band",
            "website",
        ]


class InviteSerializer(serializers.Serializer):
    email = serializers.EmailField()


class AttachmentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The video's address; null for a file.")
    download = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = [
            "id",
            "kind",
            "original_name",
            "url",
            "content_type",
            "size",
            "caption",
            "download",
        ]
        read_only_fields = fields

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_url(self, attachment: Attachment) -> str | None:
        """A file has no address: null, rather than an empty string that is not a URI."""
        return attachment.url or None

    def get_download(self, attachment: Attachment) -> str | None:
        if not attachment.file:
            return None
        return f"/attachments/{attachment.pk}/"


class UploadSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=[
            AttachmentKind.PHOTO,
            AttachmentKind.DOCUMENT,
            AttachmentKind.AUTHORISATION,
            AttachmentKind.VIDEO_LINK,
        ]
    )
    file = serializers.FileField(required=False)
    url = serializers.URLField(required=False)
    caption = serializers.CharField(required=False, allow_blank=True, max_length=300, default="")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["kind"] == AttachmentKind.VIDEO_LINK and not attrs.get("url"):
            raise serializers.ValidationError({"url": [_("Give the web address of the video.")]})
        if attrs["kind"] != AttachmentKind.VIDEO_LINK and not attrs.get("file"):
            raise serializers.ValidationError({"file": [_("Attach a file.")]})
        return attrs


class CandidacySerializer(serializers.ModelSerializer):
    """The application. Writable fields are the application's; the rest is read-only."""

    edition = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organisation = serializers.PrimaryKeyRelatedField(read_only=True)
    category = serializers.PrimaryKeyRelatedField(
        queryset=Category.objects.all(), required=False, allow_null=True
    )
    status = serializers.SerializerMethodField()
    state = serializers.SerializerMethodField()
    attachments = AttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = Candidacy
        fields = [
            "id",
            "edition",
            "organisation",
            "reference",
            "status",
            "state",
            *sorted(EDITABLE_FIELDS),
            "consent_to_publish",
            "submitted_at",
            "attachments",
        ]
        read_only_fields = ["reference", "consent_to_publish", "submitted_at"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        instance = self.instance if isinstance(self.instance, Candidacy) else None
        if instance is not None:
            self.fields["category"].queryset = instance.edition.categories.all()

    @extend_schema_field(serializers.ChoiceField(choices=ApplicantStatus.choices))
    def get_status(self, candidacy: Candidacy) -> str:
        return candidacy.applicant_status.value

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_state(self, candidacy: Candidacy) -> str | None:
        """The real state, for the edition's secretariat only (decisions are embargoed)."""
        user = self.context["request"].user
        return candidacy.state if user.has_perm("awards.screen_candidacy", candidacy) else None


class StartSerializer(serializers.Serializer):
    edition = serializers.SlugField()
    organisation = serializers.IntegerField()


class ConsentSerializer(serializers.Serializer):
    consent = serializers.BooleanField()


class TimelineSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    text = serializers.CharField()
    note = serializers.CharField()
