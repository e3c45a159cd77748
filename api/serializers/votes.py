"""The public vote as the API shows it. What may be seen when (the ballot list from the
opening, the counts after the close and the publication, the community mention after
publication, who may vote) is decided by ``awards.vote_queries``; these shapes only carry it.

A list of votes reads who the user is once, in the view's serializer context
(``managed_editions``, ``verified``, ``voted_in``), never once per vote."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from awards import vote_queries
from awards.models import Ballot, Candidacy, PublicVote
from awards.services import vote_bursts


class ApiErrorSerializer(serializers.Serializer):
    """The API's one error shape (api/errors.py), for the schema."""

    status = serializers.IntegerField()
    code = serializers.CharField()
    detail = serializers.CharField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class BallotCandidacySerializer(serializers.ModelSerializer):
    """A candidacy on the ballot: who and what, and its public summary where the organisation
    consented to publish it. Never its state (decisions are embargoed). Read from
    ``vote_queries.as_published`` candidacies."""

    organisation = serializers.CharField(source="organisation.name", read_only=True)
    city = serializers.CharField(source="organisation.city", read_only=True)
    country = serializers.CharField(source="organisation.country.code", read_only=True)
    public_summary = serializers.CharField(
        source="published_summary",
        read_only=True,
        help_text="Empty unless the organisation consented to publish it.",
    )

    class Meta:
        model = Candidacy
        fields = ["id", "reference", "title", "organisation", "city", "country", "public_summary"]
        read_only_fields = fields


class CommunityMentionResultSerializer(serializers.Serializer):
    name = serializers.CharField()
    candidacy = BallotCandidacySerializer()


class VoteSerializer(serializers.ModelSerializer):
    edition = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    is_open = serializers.BooleanField(read_only=True)
    is_closed = serializers.BooleanField(read_only=True)
    candidacies = serializers.SerializerMethodField(
        help_text="The ballot list; empty until voting opens."
    )
    community_mention = serializers.SerializerMethodField(
        help_text="Once given, and once the edition's results are published."
    )
    your_standing = serializers.SerializerMethodField(
        help_text=(
            "Where you stand: `voted`; outside the window `not-open` or `closed`; else "
            "`signed-out`, `unverified` (verify your e-mail address first) or `may-vote`."
        )
    )

    class Meta:
        model = PublicVote
        fields = [
            "edition",
            "opens_at",
            "closes_at",
            "min_picks",
            "max_picks",
            "is_open",
            "is_closed",
            "candidacies",
            "community_mention",
            "your_standing",
        ]
        read_only_fields = fields

    def user(self) -> Any:
        return self.context["request"].user

    def managed(self, vote: PublicVote) -> bool:
        return vote.edition_id in self.context["managed_editions"]

    @extend_schema_field(BallotCandidacySerializer(many=True))
    def get_candidacies(self, vote: PublicVote) -> list[dict[str, Any]]:
        if not vote_queries.ballot_list_is_public(vote, self.user(), managed=self.managed(vote)):
            return []
        on_ballot = getattr(vote, "on_ballot", None)
        if on_ballot is None:
            on_ballot = vote_queries.candidacies_on_ballot(vote)
        return BallotCandidacySerializer(on_ballot, many=True).data

    @extend_schema_field(CommunityMentionResultSerializer(allow_null=True))
    def get_community_mention(self, vote: PublicVote) -> dict[str, Any] | None:
        mention = vote_queries.community_mention_for(vote, self.user(), managed=self.managed(vote))
        if mention is None:
            return None
        return CommunityMentionResultSerializer(
            {"name": mention.name, "candidacy": mention.candidacy}
        ).data

    @extend_schema_field(serializers.ChoiceField(choices=vote_queries.STANDINGS))
    def get_your_standing(self, vote: PublicVote) -> str:
        return vote_queries.voter_standing(
            vote,
            self.user(),
            verified=self.context["verified"],
            voted=vote.pk in self.context["voted_in"],
        )


class CastBallotSerializer(serializers.Serializer):
    picks = serializers.ListField(
        child=serializers.IntegerField(min_value=1),
        max_length=500,
        help_text="Ids of candidacies on the ballot, each once.",
    )


class MyBallotSerializer(serializers.ModelSerializer):
    picks = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Ballot
        fields = ["cast_at", "picks"]
        read_only_fields = fields


class TallyRowSerializer(serializers.Serializer):
    candidacy = BallotCandidacySerializer()
    votes = serializers.IntegerField()
    rank = serializers.IntegerField(help_text="Tied candidacies share a rank (1, 2, 2, 4).")
    tied = serializers.BooleanField()


class TallySerializer(serializers.Serializer):
    is_closed = serializers.BooleanField(source="vote.is_closed")
    cast = serializers.IntegerField(help_text="Ballots cast.")
    counted = serializers.IntegerField(help_text="Ballots that count.")
    waiting = serializers.IntegerField(help_text="Flagged ballots waiting for review.")
    rejected = serializers.IntegerField(help_text="Flagged ballots the secretariat left out.")
    rows = TallyRowSerializer(
        many=True,
        allow_null=True,
        help_text="Votes per candidacy; null while the vote is open (the secretariat then "
        "reads the totals only).",
    )


class FlaggedBallotSerializer(serializers.ModelSerializer):
    voter = serializers.EmailField(source="voter.email", read_only=True)
    voter_joined = serializers.DateTimeField(source="voter.date_joined", read_only=True)
    reasons = serializers.SerializerMethodField()
    reasons_text = serializers.SerializerMethodField()
    awaits_review = serializers.BooleanField(read_only=True)
    reviewed_by = serializers.EmailField(source="reviewed_by.email", read_only=True, default=None)
    picks = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Ballot
        fields = [
            "id",
            "voter",
            "voter_joined",
            "cast_at",
            "origin",
            "domain",
            "reasons",
            "reasons_text",
            "counts",
            "awaits_review",
            "reviewed_by",
            "reviewed_at",
            "picks",
        ]
        read_only_fields = fields

    @extend_schema_field(
        serializers.ListField(
            child=serializers.ChoiceField(choices=sorted(vote_bursts.FLAG_WORDS)),
        )
    )
    def get_reasons(self, ballot: Ballot) -> list[str]:
        return vote_bursts.flag_codes(ballot)

    def get_reasons_text(self, ballot: Ballot) -> list[str]:
        return vote_bursts.flag_reasons(ballot)


class FlaggedBallotPageSerializer(serializers.Serializer):
    """One page of flagged ballots, as the API's page-number pagination gives it."""

    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = FlaggedBallotSerializer(many=True)


class ReviewSerializer(serializers.Serializer):
    ballots = serializers.ListField(
        child=serializers.IntegerField(min_value=1), allow_empty=False, max_length=5000
    )
    accept = serializers.BooleanField(help_text="True: they count; false: they do not.")


class CommunityMentionSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    candidacy = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        help_text="When the vote is tied: which of the most-voted candidacies receives it.",
    )
