"""What the public may read once an edition publishes its results: the results themselves, the
jury by name, and the repository of practices.

Every public surface — the results page and its PDF, the archive, the repository's search,
practice pages and photos, the feed, the exports, the sitemap and the public API — starts from
these querysets, and prints only what they give: ``shown_summary`` (empty outside the
repository), ``photos`` (none outside it) and ``distinctions`` (each result's mention, prize,
share and ``ex_aequo``). Private fields, decision reasons and no-award reasons are not even
loaded. ``awards.queries`` re-exports the names other apps import from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Trim

from awards.enums import AttachmentKind, CandidacyState, EditionState
from awards.models import (
    Attachment,
    Candidacy,
    Decision,
    Edition,
    NoAward,
    Prize,
    PublicVote,
    Round,
    TransitionRecord,
)

PUBLISHED_EDITION_STATES = (EditionState.PUBLISHED, EditionState.ARCHIVED)

# What the results of a published edition show, in order.
RESULT_STATES = (CandidacyState.WINNER, CandidacyState.SPECIAL_MENTION, CandidacyState.FINALIST)
# The decisions that gave those results (the latest names the mention, or the prize).
RESULT_DECISIONS = ("declare_winner", "give_special_mention", "make_finalist")
# A prize goes with a winner or a special mention; a candidacy withdrawn since gave it back.
HOLDING_STATES = (CandidacyState.WINNER, CandidacyState.SPECIAL_MENTION)

# Never shown outside the organisation, the secretariat and the jury: not even loaded for the
# public pages (the long sections would also weigh on lists and exports).
PRIVATE_FIELDS = (
    "organisation_presentation",
    "practice_description",
    "objectives",
    "participants",
    "results",
    "evaluation",
    "transferability",
    "contact_name",
    "contact_position",
    "contact_email",
    "contact_phone",
)
# What a public surface may read of a decision: never its reason, rank, snapshot or author.
PUBLIC_DECISION_FIELDS = (
    "candidacy",
    "transition",
    "mention",
    "prize",
    "prize_share",
    "decided_at",
)


def published_editions() -> QuerySet[Edition]:
    """Editions whose results are public: the only ones whose decisions anyone outside the
    secretariat may see."""
    return Edition.objects.filter(state__in=PUBLISHED_EDITION_STATES)


def publication_date(edition: str = "edition") -> Subquery:
    """When the edition (reached through ``edition``) published its results, as a subquery."""
    records = TransitionRecord.objects.filter(edition=OuterRef(edition), transition="publish")
    return Subquery(records.order_by("-at").values("at")[:1])


def published_on(edition: Edition) -> Any:
    """When the edition published its results (None before)."""
    record = (
        TransitionRecord.objects.filter(edition=edition, transition="publish")
        .order_by("-at")
        .first()
    )
    return record.at if record is not None else None


# Prizes, shares and ex aequo -------------------------------------------------------------------


def prize_holders(prize: Prize | Any) -> QuerySet[Decision]:
    """The decisions that hold ``prize`` (a Prize, or an ``OuterRef`` to one) now: those of
    candidacies still a winner or a special mention — one withdrawn since gave its share back —
    in the order the shares are dealt (``services.decisions.share_prize``)."""
    return Decision.objects.filter(
        prize=prize, prize__isnull=False, candidacy__state__in=HOLDING_STATES
    ).order_by("candidacy__reference_number", "pk")


def distinction_decisions() -> QuerySet[Decision]:
    """The decisions that gave a published result, latest first, with their public fields only
    and ``ex_aequo``: their prize is shared with other live holders. The share itself is the
    one ``share_prize`` dealt among those same holders."""
    holders = (
        prize_holders(OuterRef("prize"))
        .order_by()
        .values("prize")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        Decision.objects.filter(transition__in=RESULT_DECISIONS)
        .select_related("prize")
        .only(*PUBLIC_DECISION_FIELDS)
        .annotate(
            holders=Coalesce(Subquery(holders), 0),
            ex_aequo=Case(
                When(prize__isnull=False, holders__gt=1, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
        )
        .order_by("-decided_at", "-pk")
    )


# The repository of practices ----------------------------------------------------------------------


def in_repository(prefix: str = "", *, preview: bool = False) -> Q:
    """The condition for a candidacy (reached through ``prefix``, such as "candidacy__") to be
    in the repository of practices: its edition is published or archived, the jury decided on
    it, and its organisation consented to publication. ``preview``: would be, once published.

    Not-selected candidacies belong too: the call promises that every consenting candidacy's
    summary and photos may appear in the repository, and a practice is worth sharing whether or
    not it won. Drafts, ineligible, withdrawn and undecided candidacies never do.
    """
    condition = {
        f"{prefix}state__in": sorted(CandidacyState.decisions()),
        f"{prefix}consent_to_publish": True,
    }
    if not preview:
        condition[f"{prefix}edition__state__in"] = PUBLISHED_EDITION_STATES
    return Q(**condition)


def published_practices() -> QuerySet[Candidacy]:
    """The repository of practices: what anyone may search, read, follow and download.

    Public of each practice: its reference, title, public summary, photos, organisation (name,
    city, country, UCLG region, population band), category, edition and year, result and
    distinction, language and implementation dates. Never public: the other sections of the
    application, its contact person, documents and video links, scores, jurors and reasons.
    """
    return Candidacy.objects.filter(in_repository())


def public_photos() -> QuerySet[Attachment]:
    """The photos anyone may see: those of the practices in the repository, never another kind
    of attachment, nor the photos of a candidacy that is not in it."""
    return (
        Attachment.objects.filter(in_repository("candidacy__"), kind=AttachmentKind.PHOTO)
        .exclude(file="")
        .order_by("uploaded_at", "pk")
    )


def with_public_details(
    candidacies: QuerySet[Candidacy], *, preview: bool = False
) -> QuerySet[Candidacy]:
    """What the public surfaces show of each candidacy, in a fixed number of queries: its
    edition, organisation and category; ``in_repository``; ``shown_summary``, its public summary
    in the repository and empty outside it; ``photos``, its public photos (none outside the
    repository); ``distinctions``, the decision that gave its result (see
    :func:`distinction_decisions`; empty for a practice not selected); ``published_at``.

    ``preview`` (the secretariat's results report before publication): as it will be once
    published, photos aside.
    """
    shown = in_repository(preview=preview)
    return (
        candidacies.select_related("edition", "organisation", "category")
        .defer(*PRIVATE_FIELDS, "public_summary", "search_document", "edition__pseudonym_key")
        .annotate(
            in_repository=Case(
                When(shown, then=Value(True)), default=Value(False), output_field=BooleanField()
            ),
            shown_summary=Case(
                When(shown, then=F("public_summary")),
                default=Value(""),
                output_field=TextField(),
            ),
            published_at=publication_date(),
        )
        .prefetch_related(
            Prefetch("decisions", queryset=distinction_decisions(), to_attr="distinctions"),
            Prefetch("attachments", queryset=public_photos(), to_attr="photos"),
        )
    )


# The results of an edition ----------------------------------------------------------------------


def distinguished_candidacies(*, preview: bool = False) -> QuerySet[Candidacy]:
    """The winners, special mentions and finalists of every published edition (of any edition
    with ``preview``), with their public details, in reference order."""
    distinguished = Candidacy.objects.filter(state__in=RESULT_STATES)
    if not preview:
        distinguished = distinguished.filter(edition__state__in=PUBLISHED_EDITION_STATES)
    return with_public_details(distinguished, preview=preview).order_by("reference_number")


def published_results(edition: Edition) -> QuerySet[Candidacy]:
    """The distinguished candidacies of a published edition (none before publication).

    Every distinguished candidacy is listed, consent or not: the result itself is public. Only
    those in the repository of practices (their organisation consented) show their summary and
    photos; the others show their organisation, place, title and distinction.
    """
    if not edition.results_are_public:
        return Candidacy.objects.none()
    return distinguished_candidacies().filter(edition=edition)


def published_no_awards(edition: Edition, *, preview: bool = False) -> QuerySet[NoAward]:
    """The categories (or the whole edition) where the jury gave no award, once published.
    Their reasons stay with the secretariat: not even loaded."""
    if not (preview or edition.results_are_public):
        return edition.no_awards.none()
    return public_no_awards().filter(edition=edition)


def public_no_awards() -> QuerySet[NoAward]:
    return (
        NoAward.objects.select_related("category")
        .only("edition", "category")
        .order_by("category__order", "pk")
    )


@dataclass(frozen=True)
class JuryPanel:
    round: Any
    names: list[str]


def public_jury_members(*, preview: bool = False) -> Any:
    """The jurors whose names are public: those who accepted a seat on a round of a published
    edition and gave their full name, as ``name`` (trimmed). Never their e-mail addresses: the
    account is not even loaded."""
    from evaluation.enums import InvitationState
    from evaluation.models import JuryMember

    members = JuryMember.objects.filter(state=InvitationState.ACCEPTED)
    if not preview:
        members = members.filter(round__edition__state__in=PUBLISHED_EDITION_STATES)
    return (
        members.annotate(name=Trim("user__full_name"))
        .exclude(name="")
        .only("round")
        .order_by("name", "pk")
    )


def public_jury(edition: Edition, *, preview: bool = False) -> list[JuryPanel]:
    """Who sat on each round's jury, once the results are published, by name."""
    if not (preview or edition.results_are_public):
        return []
    members = public_jury_members(preview=preview).filter(round__edition=edition)
    names: dict[int, list[str]] = {}
    for round_id, name in members.values_list("round_id", "name"):
        names.setdefault(round_id, []).append(name)
    rounds = edition.rounds.filter(pk__in=names).order_by("number")
    return [JuryPanel(round=round_, names=names[round_.pk]) for round_ in rounds]


def community_votes() -> QuerySet[PublicVote]:
    """Public votes whose community mention was given: only what the results show of it."""
    return (
        PublicVote.objects.filter(community_candidacy__isnull=False)
        .select_related("community_candidacy__organisation")
        .only(
            "edition",
            "community_mention",
            "community_candidacy__reference",
            "community_candidacy__title",
            "community_candidacy__language",
            "community_candidacy__organisation__name",
        )
    )


def community_mention(edition: Edition) -> Any:
    """The edition's community mention (``candidacy``, ``name``) once its results are
    published, else None: the rule of ``awards.vote_queries.community_mention_for_public``,
    read with the public fields only, or from the vote :func:`published_results_by_edition`
    prefetched."""
    from awards.vote_queries import CommunityMention

    if not edition.results_are_public:
        return None
    if Edition.public_vote.is_cached(edition):
        try:
            vote = edition.public_vote
        except ObjectDoesNotExist:
            vote = None
    else:
        vote = community_votes().filter(edition=edition).first()
    if vote is None or not vote.community_candidacy_id:
        return None
    return CommunityMention(vote.community_candidacy, vote.community_mention)


def published_results_by_edition() -> QuerySet[Edition]:
    """The published editions, each with its ``distinguished`` candidacies, its
    ``published_no_awards``, its rounds' ``public_jury`` and its community mention (see
    :func:`community_mention`), in a fixed number of queries (the API's list)."""
    rounds = Round.objects.order_by("number").prefetch_related(
        Prefetch("jury", queryset=public_jury_members(), to_attr="public_jury")
    )
    return published_editions().prefetch_related(
        Prefetch("candidacies", queryset=distinguished_candidacies(), to_attr="distinguished"),
        Prefetch("no_awards", queryset=public_no_awards(), to_attr="published_no_awards"),
        Prefetch("rounds", queryset=rounds, to_attr="ordered_rounds"),
        Prefetch("public_vote", queryset=community_votes()),
    )


@dataclass(frozen=True)
class PrizeGroup:
    """The winners of one prize (ex aequo when several), or the winners without a prize."""

    prize: Prize | None
    winners: list[Candidacy]


@dataclass(frozen=True)
class Results:
    """An edition's results as the page and the report print them."""

    edition: Edition
    prize_groups: list[PrizeGroup]
    mentions: list[Candidacy]
    finalists: list[Candidacy]
    no_awards: list[NoAward]
    jury: list[JuryPanel]
    # The community mention (candidacy, name); ``community_listed``: its candidacy is among
    # the results above, where it is named (``community_mention`` on the candidacy).
    community: Any = None
    community_listed: bool = False

    @property
    def winners(self) -> list[Candidacy]:
        return [winner for group in self.prize_groups for winner in group.winners]

    @property
    def by_prize(self) -> bool:
        """Whether the winners are worth grouping: some prize was given."""
        return any(group.prize is not None for group in self.prize_groups)


def distinction_of(candidacy: Candidacy) -> Decision | None:
    """The decision that gave the candidacy (from :func:`with_public_details`) its result."""
    return candidacy.distinctions[0] if candidacy.distinctions else None


def edition_results(edition: Edition, *, preview: bool = False) -> Results:
    """The results of a published edition: winners by prize (the order the secretariat gave
    the prizes; winners without a prize last), special mentions, finalists, categories
    without an award, the jury and the community mention. Empty before publication, unless
    ``preview`` (the secretariat's report): then as they will be published, without the
    community mention, which stays with the vote's rules."""
    if not (preview or edition.results_are_public):
        return Results(edition, [], [], [], [], [])
    candidacies = list(distinguished_candidacies(preview=preview).filter(edition=edition))
    community = None if preview else community_mention(edition)
    for candidacy in candidacies:
        named = community is not None and community.candidacy.pk == candidacy.pk
        candidacy.community_mention = community.name if named else ""
    groups: dict[int | None, list[Candidacy]] = {}
    prizes: dict[int | None, Prize | None] = {None: None}
    for winner in (c for c in candidacies if c.state == CandidacyState.WINNER):
        distinction = distinction_of(winner)
        prize = distinction.prize if distinction is not None else None
        key = prize.pk if prize is not None else None
        prizes[key] = prize
        groups.setdefault(key, []).append(winner)

    def prize_order(key: int | None) -> tuple[Any, ...]:
        prize = prizes[key]
        return (prize is None, prize.order if prize else 0, key or 0)

    ordered = sorted(groups, key=prize_order)
    return Results(
        edition=edition,
        prize_groups=[PrizeGroup(prizes[key], groups[key]) for key in ordered],
        mentions=[c for c in candidacies if c.state == CandidacyState.SPECIAL_MENTION],
        finalists=[c for c in candidacies if c.state == CandidacyState.FINALIST],
        no_awards=list(published_no_awards(edition, preview=preview)),
        jury=public_jury(edition, preview=preview),
        community=community,
        community_listed=any(c.community_mention for c in candidacies),
    )
