"""The signed-in user's personal API tokens: list, create (the secret is shown once), revoke.

Only a session manages tokens (``SessionOnly``): a token, even a read-write one, cannot list,
create or revoke tokens, so a leaked token cannot mint others.
"""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from api.models import PersonalToken
from api.permissions import SessionOnly
from api.serializers import tokens as serializers
from api.tokens import issue_token, revoke_token


class PersonalTokenViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """My tokens, revoked ones included (marked so). DELETE revokes, as POST …/revoke/ does:
    a token is never erased, so its owner can still tell what it was."""

    queryset = PersonalToken.objects.none()
    serializer_class = serializers.PersonalTokenSerializer
    permission_classes = [permissions.IsAuthenticated, SessionOnly]
    lookup_value_regex = "[0-9]+"
    filter_backends: list = []

    def get_queryset(self) -> QuerySet[PersonalToken]:
        return (
            PersonalToken.objects.filter(owner=self.request.user)
            .select_related("edition")
            .order_by("-created_at", "-pk")
        )

    @extend_schema(
        request=serializers.PersonalTokenCreateSerializer,
        responses={201: serializers.IssuedTokenSerializer},
    )
    def create(self, request: Request) -> Response:
        """Creates a token; the answer carries its ``secret``, which is never shown again."""
        data = serializers.PersonalTokenCreateSerializer(
            data=request.data, context=self.get_serializer_context()
        )
        data.is_valid(raise_exception=True)
        token, secret = issue_token(request.user, **data.validated_data)
        token.secret = secret  # type: ignore[attr-defined]
        answer = serializers.IssuedTokenSerializer(token, context=self.get_serializer_context())
        return Response(answer.data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=serializers.PersonalTokenSerializer)
    @action(detail=True, methods=["post"])
    def revoke(self, request: Request, pk: str) -> Response:
        """Revokes the token at once; it stays in the list, marked revoked."""
        token = revoke_token(self.get_object())
        return Response(self.get_serializer(token).data)

    def perform_destroy(self, instance: PersonalToken) -> None:
        revoke_token(instance)
