"""The applicant's side of the API, and the secretariat's screening actions.

Candidacies: an applicant reaches those of their organisations, the secretariat those of its
editions; anything else is 404. Every change goes through awards.services.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from api.errors import upload_refused
from api.permissions import scoped_get
from api.serializers import applications as serializers
from api.serializers.common import NoteSerializer
from awards import queries, services
from awards.enums import AttachmentKind
from awards.models import Attachment, Candidacy, Organisation


def field_errors(error: DjangoValidationError) -> ValidationError:
    return ValidationError(error.message_dict if hasattr(error, "error_dict") else error.messages)


class OrganisationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """The organisations the user may read: those they act for, and those that applied to the
    editions they run (``awards.view_organisation``). Registering one makes the user its
    administrator; only its members invite colleagues (403 for anyone else who reads it)."""

    queryset = Organisation.objects.none()
    serializer_class = serializers.OrganisationSerializer
    permission_classes = [permissions.IsAuthenticated]
    ordering = ["name"]

    def get_queryset(self) -> QuerySet[Organisation]:
        return queries.organisations_for(self.request.user).order_by("name", "pk")

    def perform_create(self, serializer: Any) -> None:
        try:
            serializer.instance = services.register_organisation(
                by=self.request.user, **serializer.validated_data
            )
        except DjangoValidationError as error:
            raise field_errors(error) from error

    @extend_schema(request=serializers.InviteSerializer, responses={202: None})
    @action(detail=True, methods=["post"])
    def invite(self, request: Request, pk: str) -> Response:
        """Invites a colleague by e-mail to act for the organisation."""
        data = serializers.InviteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.invite_member(
            self.get_object(), email=data.validated_data["email"], by=request.user
        )
        return Response(status=status.HTTP_202_ACCEPTED)


class CandidacyViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Candidacies: write the application (PATCH), attach files, submit, withdraw; the
    secretariat screens. Every transition is an action named after it."""

    queryset = Candidacy.objects.none()
    serializer_class = serializers.CandidacySerializer
    permission_classes = [permissions.IsAuthenticated]
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    filterset_fields = ["edition__slug", "organisation"]
    ordering = ["-created_at"]

    def get_queryset(self) -> QuerySet[Candidacy]:
        mine = queries.my_candidacies(self.request.user)
        managed = queries.candidacies_managed_by(self.request.user)
        return (
            (mine | managed)
            .distinct()
            .prefetch_related("attachments")
            .select_related("edition", "organisation", "category")
            .order_by("-created_at", "pk")
        )

    @extend_schema(
        request=serializers.StartSerializer, responses={201: serializers.CandidacySerializer}
    )
    def create(self, request: Request) -> Response:
        """Starts a draft for one of the user's organisations in an open call."""
        data = serializers.StartSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        edition = scoped_get(
            request, queries.editions_for(request.user), slug=data.validated_data["edition"]
        )
        organisation = scoped_get(
            request,
            Organisation.objects.filter(memberships__user=request.user),
            pk=data.validated_data["organisation"],
        )
        candidacy = services.start_candidacy(edition, organisation, by=request.user)
        return Response(self.get_serializer(candidacy).data, status=status.HTTP_201_CREATED)

    def perform_update(self, serializer: Any) -> None:
        try:
            services.save_application(
                serializer.instance, dict(serializer.validated_data), by=self.request.user
            )
        except DjangoValidationError as error:
            raise field_errors(error) from error

    def perform_destroy(self, instance: Candidacy) -> None:
        services.delete_draft(instance, by=self.request.user)

    def transition(self, request: Request, name: str) -> Response:
        candidacy = self.get_object()
        note = NoteSerializer(data=request.data)
        note.is_valid(raise_exception=True)
        services.perform(candidacy, name, by=request.user, note=note.validated_data["note"])
        candidacy.refresh_from_db()
        return Response(self.get_serializer(candidacy).data)

    @extend_schema(request=None, responses=serializers.CandidacySerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str) -> Response:
        """Submits (or resubmits) the candidacy; 409 lists every reason it cannot."""
        return self.transition(request, "submit")

    @extend_schema(request=NoteSerializer, responses=serializers.CandidacySerializer)
    @action(detail=True, methods=["post"])
    def withdraw(self, request: Request, pk: str) -> Response:
        return self.transition(request, "withdraw")

    @extend_schema(request=NoteSerializer, responses=serializers.CandidacySerializer)
    @action(detail=True, methods=["post"], url_path="mark-eligible")
    def mark_eligible(self, request: Request, pk: str) -> Response:
        return self.transition(request, "mark_eligible")

    @extend_schema(request=NoteSerializer, responses=serializers.CandidacySerializer)
    @action(detail=True, methods=["post"], url_path="mark-ineligible")
    def mark_ineligible(self, request: Request, pk: str) -> Response:
        """The note is the reason, required, and mailed to the applicant."""
        return self.transition(request, "mark_ineligible")

    @extend_schema(request=NoteSerializer, responses=serializers.CandidacySerializer)
    @action(detail=True, methods=["post"], url_path="return-for-clarification")
    def return_for_clarification(self, request: Request, pk: str) -> Response:
        """The note is the message, required, and mailed to the applicant."""
        return self.transition(request, "return_for_clarification")

    @extend_schema(request=serializers.ConsentSerializer, responses=serializers.CandidacySerializer)
    @action(detail=True, methods=["post"])
    def consent(self, request: Request, pk: str) -> Response:
        candidacy = self.get_object()
        data = serializers.ConsentSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.set_consent(candidacy, data.validated_data["consent"], by=request.user)
        return Response(self.get_serializer(candidacy).data)

    @extend_schema(responses=serializers.TimelineSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None)  # the whole story, one page
    def timeline(self, request: Request, pk: str) -> Response:
        entries = queries.applicant_timeline(self.get_object())
        return Response(serializers.TimelineSerializer(entries, many=True).data)

    @extend_schema(
        request={"multipart/form-data": serializers.UploadSerializer},
        responses={201: serializers.AttachmentSerializer},
    )
    @action(detail=True, methods=["post"], url_path="attachments")
    def attach(self, request: Request, pk: str) -> Response:
        """Uploads a file (checked by its content and size) or adds a video link."""
        candidacy = self.get_object()
        data = serializers.UploadSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        try:
            if values["kind"] == AttachmentKind.VIDEO_LINK:
                attachment = services.add_video_link(
                    candidacy, url=values["url"], caption=values["caption"], by=request.user
                )
            else:
                upload = values["file"]
                attachment = services.add_attachment(
                    candidacy,
                    kind=values["kind"],
                    upload=upload,
                    name=upload.name,
                    caption=values["caption"],
                    by=request.user,
                )
        except DjangoValidationError as error:
            raise upload_refused(error) from error
        return Response(
            serializers.AttachmentSerializer(attachment).data, status=status.HTTP_201_CREATED
        )


class AttachmentViewSet(mixins.DestroyModelMixin, viewsets.GenericViewSet):
    """Removing an attachment, while the candidacy can still be changed."""

    queryset = Attachment.objects.none()
    serializer_class = serializers.AttachmentSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self) -> QuerySet[Attachment]:
        return Attachment.objects.filter(candidacy__in=queries.my_candidacies(self.request.user))

    def perform_destroy(self, instance: Attachment) -> None:
        services.remove_attachment(instance, by=self.request.user)
