"""The public vote of each edition, under ``/api/v1/votes/<edition slug>/``.

Anyone reads a vote (its window, its picks, its ballot list once it opens); a verified voter
casts one ballot and reads it back; the totals are the secretariat's at any time, the counts
the secretariat's once the vote has closed and everyone's once the edition's results are
published too; the secretariat reviews flagged ballots and gives the community mention. Every
rule is in ``awards.services.votes`` and ``awards.vote_queries``, as for the pages.

The secretariat's endpoints ask for the permission before reading anything else of the request,
so that anyone else gets the same refusal whatever they send.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from api.permissions import EditionScopeFilter
from api.serializers import votes as serializers
from awards import queries, vote_queries
from awards.models import Candidacy, PublicVote
from awards.services import votes
from awards.views.votes import client_address

ERROR = serializers.ApiErrorSerializer
REFUSED = OpenApiResponse(ERROR, description="Refused (see detail), or not yet allowed.")
DENIED = OpenApiResponse(ERROR, description="Not signed in, or not allowed.")


def api_error(error: Exception) -> Exception:
    """The services' refusals in the API's words: a picks problem is bad input (400), too many
    attempts is 429, a Django refusal keeps its message (403)."""
    if isinstance(error, votes.BallotThrottled):
        return exceptions.Throttled(wait=error.retry_after, detail=str(error))
    if isinstance(error, votes.BallotInvalid):
        return exceptions.ValidationError(error.field_errors)
    if isinstance(error, PermissionDenied):
        return exceptions.PermissionDenied(str(error) or None)
    return error


class PublicVoteViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Public votes of the editions you may read, each found by its edition's slug."""

    queryset = PublicVote.objects.none()  # for the schema; the real one is get_queryset's
    serializer_class = serializers.VoteSerializer
    lookup_field = "edition__slug"
    lookup_url_kwarg = "slug"
    # Only the edition scope of a token: these lists take no filters or ordering.
    filter_backends: list[Any] = [EditionScopeFilter]

    def get_queryset(self) -> QuerySet[PublicVote]:
        on_ballot = vote_queries.on_ballot(Candidacy.objects.all())
        return (
            PublicVote.objects.filter(edition__in=queries.editions_for(self.request.user))
            .select_related("edition")
            .prefetch_related(
                Prefetch("candidacies", queryset=on_ballot, to_attr="on_ballot"),
                Prefetch(
                    "community_candidacy",
                    queryset=vote_queries.as_published(Candidacy.objects.all()),
                ),
            )
            .order_by("-edition__year", "edition__code")
        )

    def get_serializer_context(self) -> dict[str, Any]:
        """Who the user is, read once for any number of votes: the editions whose vote they
        manage, whether their address is verified, the votes they have voted in."""
        if not hasattr(self, "_reader"):
            user = self.request.user
            self._reader = {
                "managed_editions": vote_queries.editions_whose_vote_they_manage(user),
                "verified": vote_queries.verified_address(user) is not None,
                "voted_in": vote_queries.votes_cast_by(user),
            }
        return {**super().get_serializer_context(), **self._reader}

    def run(self, service: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return service(*args, **kwargs)
        except (votes.BallotThrottled, PermissionDenied, votes.BallotInvalid) as error:
            raise api_error(error) from error

    def managed_vote(self) -> PublicVote:
        """The vote, for its secretariat only: refused (403) before anything else is read."""
        vote = self.get_object()
        self.run(votes.require_manager, self.request.user, vote)
        return vote

    @extend_schema(
        methods=["GET"],
        summary="Your ballot",
        responses={200: serializers.MyBallotSerializer, 403: DENIED, 404: ERROR},
    )
    @extend_schema(
        methods=["POST"],
        summary="Cast your ballot",
        description=(
            "Signed in with a verified e-mail address, within the window, once; between the "
            "vote's fewest and most picks among the candidacies on its ballot."
        ),
        request=serializers.CastBallotSerializer,
        responses={
            201: serializers.MyBallotSerializer,
            400: OpenApiResponse(ERROR, description="Picks refused, with field errors."),
            403: DENIED,
            409: REFUSED,
            429: OpenApiResponse(ERROR, description="Too many attempts from this address."),
        },
    )
    @action(detail=True, methods=["get", "post"], permission_classes=[permissions.IsAuthenticated])
    def ballot(self, request: Request, slug: str) -> Response:
        vote = self.get_object()
        if request.method == "GET":
            ballot = vote_queries.ballot_of(vote, request.user)
            if ballot is None:
                raise exceptions.NotFound(detail=_("You have not voted in this vote."))
            return Response(serializers.MyBallotSerializer(ballot).data)
        data = serializers.CastBallotSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        ballot = self.run(
            votes.cast_ballot,
            vote,
            voter=request.user,
            picks=data.validated_data["picks"],
            origin_address=client_address(request),
        )
        return Response(serializers.MyBallotSerializer(ballot).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Counts per candidacy",
        description=(
            "The secretariat: the totals at any time, the counts once the vote has closed "
            "(`rows` is null before). Everyone else: once the vote has closed and the "
            "edition's results are published (403 before)."
        ),
        responses={200: serializers.TallySerializer, 403: DENIED},
    )
    @action(detail=True, methods=["get"])
    def tally(self, request: Request, slug: str) -> Response:
        result = self.run(votes.tally, self.get_object(), user=request.user)
        return Response(serializers.TallySerializer(result).data)

    @extend_schema(
        summary="Flagged ballots (the secretariat)",
        description="Waiting ones first, a page at a time (`?page=`).",
        parameters=[OpenApiParameter("page", OpenApiTypes.INT, description="Page number.")],
        responses={200: serializers.FlaggedBallotPageSerializer, 403: DENIED},
    )
    @action(detail=True, methods=["get"], permission_classes=[permissions.IsAuthenticated])
    def flagged(self, request: Request, slug: str) -> Response:
        ballots = self.run(votes.flagged_ballots, self.managed_vote(), user=request.user)
        page = self.paginate_queryset(ballots)
        return self.get_paginated_response(
            serializers.FlaggedBallotSerializer(page, many=True).data
        )

    @extend_schema(
        summary="Accept or reject flagged ballots (the secretariat)",
        request=serializers.ReviewSerializer,
        responses={
            200: serializers.FlaggedBallotSerializer(many=True),
            400: ERROR,
            403: DENIED,
            409: REFUSED,
        },
    )
    @action(
        detail=True,
        methods=["post"],
        permission_classes=[permissions.IsAuthenticated],
        pagination_class=None,
    )
    def review(self, request: Request, slug: str) -> Response:
        vote = self.managed_vote()
        data = serializers.ReviewSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        self.run(
            votes.review_ballots,
            vote,
            by=request.user,
            ballot_ids=data.validated_data["ballots"],
            accept=data.validated_data["accept"],
        )
        reviewed = (
            vote.ballots.filter(pk__in=data.validated_data["ballots"])
            .select_related("voter", "reviewed_by")
            .prefetch_related("picks")
            .order_by("pk")
        )
        return Response(serializers.FlaggedBallotSerializer(reviewed, many=True).data)

    @extend_schema(
        summary="Give the community mention (the secretariat)",
        description=(
            "To the most-voted candidacy, once the vote has closed and no flagged ballot waits. "
            "A tie is refused (409) with the tied candidacies named; send `candidacy` to choose "
            "one of them. The candidacy's state is untouched; the mention is public once the "
            "edition's results are published."
        ),
        request=serializers.CommunityMentionSerializer,
        responses={200: serializers.VoteSerializer, 400: ERROR, 403: DENIED, 409: REFUSED},
    )
    @action(
        detail=True,
        methods=["post"],
        url_path="community-mention",
        permission_classes=[permissions.IsAuthenticated],
    )
    def community_mention(self, request: Request, slug: str) -> Response:
        vote = self.managed_vote()
        data = serializers.CommunityMentionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        # The candidacy is looked up by the service, among the most voted, after the checks.
        self.run(
            votes.give_community_mention,
            vote,
            by=request.user,
            name=data.validated_data["name"],
            candidacy=data.validated_data["candidacy"],
        )
        return Response(self.get_serializer(self.get_object()).data)
