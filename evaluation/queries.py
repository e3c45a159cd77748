"""What each role may see of the jury's work: the one place every page, endpoint and export
asks. A juror reads a candidacy only through ``candidacy_for_juror``, which hides the
applicant's identity in a blind round, and other jurors' scores only through
``other_scorecards_visible_to``, which applies the round's visibility setting."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from awards.enums import AttachmentKind, CandidacyState, ScoreVisibility
from awards.i18n import current_language
from awards.models import Attachment, Candidacy, Criterion, Round
from awards.queries import editions_of_secretariat
from awards.sections import SECTIONS
from evaluation.enums import InvitationState, RecordState, ScorecardState
from evaluation.models import Conflict, JuryMember, Score, Scorecard

# Parts of an application that say who applied: left out in a blind round.
IDENTIFYING_SECTIONS = frozenset({"organisation_presentation"})
# Attachments a juror may open: photos and video links always; documents only when not blind
# (letterheads name the applicant); authorisation letters never (they are for screening).
ATTACHMENTS_FOR_JURORS = {
    True: frozenset({AttachmentKind.PHOTO, AttachmentKind.VIDEO_LINK}),
    False: frozenset({AttachmentKind.PHOTO, AttachmentKind.VIDEO_LINK, AttachmentKind.DOCUMENT}),
}


def with_scores(scorecards: QuerySet[Scorecard]) -> QuerySet[Scorecard]:
    return scorecards.select_related(
        "round__edition", "candidacy__category", "candidacy__organisation", "juror"
    ).prefetch_related(Prefetch("scores", queryset=Score.objects.select_related("criterion")))


def declared_by(user: Any) -> Exists:
    """The scorecard's candidacy is one its juror declared a conflict with (or with its
    organisation), in the same edition."""
    return Exists(
        Conflict.objects.filter(juror=user, edition=OuterRef("round__edition")).filter(
            Q(candidacy=OuterRef("candidacy")) | Q(organisation=OuterRef("candidacy__organisation"))
        )
    )


def scorecards_of_juror(user: Any) -> QuerySet[Scorecard]:
    """A juror's own scorecards, recused ones included (they show why they were dropped),
    each with ``in_conflict``: the page then shows no title for it."""
    if not user.is_authenticated:
        return Scorecard.objects.none()
    return (
        with_scores(Scorecard.objects.filter(juror=user))
        .annotate(in_conflict=declared_by(user))
        .order_by("round__edition", "round__number", "candidacy__reference_number")
    )


def scorecards_for(user: Any) -> QuerySet[Scorecard]:
    """Every scorecard a user may open: their own, and all of the editions they run."""
    if not user.is_authenticated:
        return Scorecard.objects.none()
    if user.is_superuser:
        return with_scores(Scorecard.objects.all())
    managed = editions_of_secretariat(user)
    # A juror in conflict no longer sees the candidacy, not even their own scorecard, even one
    # submitted before the conflict was declared.
    own = Q(juror=user) & ~Q(state=ScorecardState.RECUSED) & ~declared_by(user)
    return with_scores(Scorecard.objects.filter(own | Q(round__edition__in=managed))).distinct()


def other_scorecards_visible_to(user: Any, scorecard: Scorecard) -> QuerySet[Scorecard]:
    """Other jurors' submitted scorecards on the same candidacy, where the round allows it."""
    visibility = scorecard.round.score_visibility
    hidden = visibility == ScoreVisibility.NEVER or (
        visibility == ScoreVisibility.AFTER_OWN and scorecard.state != ScorecardState.SUBMITTED
    )
    if scorecard.juror_id != user.pk or hidden:
        return Scorecard.objects.none()
    return with_scores(
        Scorecard.objects.filter(
            round=scorecard.round,
            candidacy=scorecard.candidacy,
            state=ScorecardState.SUBMITTED,
        ).exclude(pk=scorecard.pk)
    )


@dataclass
class CandidacyForJuror:
    """A candidacy as a juror may read it."""

    reference: str
    title: str
    category: str
    language: str
    blind: bool
    sections: list[tuple[str, str]]  # (label, text)
    implementation_started_on: Any
    implementation_ended_on: Any
    attachments: list[Attachment] = field(default_factory=list)
    organisation: str | None = None
    city: str | None = None
    country: str | None = None


def candidacy_for_juror(scorecard: Scorecard) -> CandidacyForJuror:
    candidacy = scorecard.candidacy
    blind = scorecard.round.blind
    visible_sections = [
        (str(section.label), getattr(candidacy, section.field))
        for section in SECTIONS
        if not (blind and section.field in IDENTIFYING_SECTIONS)
    ]
    view = CandidacyForJuror(
        reference=candidacy.reference,
        title=candidacy.title,
        category=candidacy.category.name if candidacy.category else "",
        language=candidacy.get_language_display(),
        blind=blind,
        sections=visible_sections,
        implementation_started_on=candidacy.implementation_started_on,
        implementation_ended_on=candidacy.implementation_ended_on,
        attachments=list(candidacy.attachments.filter(kind__in=ATTACHMENTS_FOR_JURORS[blind])),
    )
    if not blind:
        organisation = candidacy.organisation
        view.organisation = organisation.name
        view.city = organisation.city
        view.country = organisation.country.name
    return view


def criteria_of(round_: Round) -> QuerySet[Criterion]:
    return round_.criteria.order_by("order", "id")


# The secretariat's views ------------------------------------------------------------------------


def candidacies_to_review(round_: Round) -> QuerySet[Candidacy]:
    """The candidacies a round evaluates: all in evaluation for the first round, the shortlist
    for the following ones."""
    first = (
        round_.number
        == round_.edition.rounds.order_by("number").values_list("number", flat=True).first()
    )
    state = CandidacyState.IN_EVALUATION if first else CandidacyState.SHORTLISTED
    return (
        round_.edition.candidacies.filter(state=state)
        .select_related("organisation", "category")
        .order_by("reference_number")
    )


def jury_of(round_: Round) -> QuerySet[JuryMember]:
    return (
        JuryMember.objects.filter(round=round_)
        .select_related("user__juror_profile__organisation")
        .prefetch_related("categories")
        .order_by("user__email")
    )


def active_jury_of(round_: Round) -> QuerySet[JuryMember]:
    return jury_of(round_).filter(state=InvitationState.ACCEPTED)


def juror_progress(round_: Round) -> QuerySet[JuryMember]:
    """Each jury member with counts of their scorecards by state, in one query."""
    mine = Q(user__scorecards__round=round_)

    def count(*states: str) -> Count:
        return Count("user__scorecards", filter=mine & Q(user__scorecards__state__in=states))

    return jury_of(round_).annotate(
        assigned=count(ScorecardState.ASSIGNED),
        in_progress=count(ScorecardState.IN_PROGRESS),
        submitted=count(ScorecardState.SUBMITTED),
        recused=count(ScorecardState.RECUSED),
        pending=count(*ScorecardState.pending()),
    )


def candidacy_progress(round_: Round) -> QuerySet[Candidacy]:
    """Each candidacy with a scorecard in the round, with its active and submitted counts."""
    here = Q(scorecards__round=round_)
    return (
        Candidacy.objects.filter(here)
        .distinct()
        .select_related("category", "organisation")
        .annotate(
            reviewers=Count(
                "scorecards", filter=here & Q(scorecards__state__in=ScorecardState.active())
            ),
            submitted=Count(
                "scorecards", filter=here & Q(scorecards__state=ScorecardState.SUBMITTED)
            ),
        )
        .order_by("reference_number")
    )


def is_overdue(round_: Round) -> bool:
    return round_.scoring_closes_at is not None and timezone.now() >= round_.scoring_closes_at


def rounds_run_by(user: Any) -> QuerySet[Round]:
    return Round.objects.filter(edition__in=editions_of_secretariat(user)).select_related("edition")


# Deliberation -----------------------------------------------------------------------------------


def is_first_round(round_: Round) -> bool:
    first = round_.edition.rounds.order_by("number").values_list("number", flat=True).first()
    return round_.number == first


# After the round that reviews the shortlist, its candidacies move on to these decisions: they
# stay finalists of that round, so that a ballot still counts them once the jury has decided.
SHORTLIST_OUTCOMES = (
    CandidacyState.SHORTLISTED,
    CandidacyState.WINNER,
    CandidacyState.SPECIAL_MENTION,
    CandidacyState.FINALIST,
)


def ballot_finalists(round_: Round) -> list[Candidacy]:
    """The candidacies a round's ballots rank: those it reviews (the shortlist after the first
    round) and those with a live scorecard in it, never a withdrawn or ineligible one; by
    reference. One query (two for the first-round check)."""
    reviewed = [CandidacyState.IN_EVALUATION] if is_first_round(round_) else SHORTLIST_OUTCOMES
    here = Q(scorecards__round=round_, scorecards__state__in=ScorecardState.active())
    return list(
        round_.edition.candidacies.filter(Q(state__in=reviewed) | here)
        .exclude(state__in=[CandidacyState.WITHDRAWN, CandidacyState.INELIGIBLE])
        .select_related("category")
        .distinct()
        .order_by("reference_number", "pk")
    )


def in_conflict_with(juror: Any, edition: Any) -> Q:
    """Candidacies the juror declared a conflict with, directly or through their organisation."""
    declared = Conflict.objects.filter(juror=juror, edition=edition)
    return Q(pk__in=declared.values("candidacy")) | Q(
        organisation__in=declared.values("organisation")
    )


def ballot_conflicts(round_: Round, juror: Any) -> list[Candidacy]:
    """The round's finalists the juror declared a conflict with."""
    finalists = [c.pk for c in ballot_finalists(round_)]
    return list(
        round_.edition.candidacies.filter(in_conflict_with(juror, round_.edition))
        .filter(pk__in=finalists)
        .order_by("reference_number", "pk")
    )


def jurors_in_conflict(round_: Round, finalists: list[Candidacy]) -> set[int]:
    """Ids of the jurors who declared a conflict with one of these finalists (or with its
    organisation), in one query."""
    return set(
        Conflict.objects.filter(edition_id=round_.edition_id)
        .filter(
            Q(candidacy__in=[c.pk for c in finalists])
            | Q(organisation__in={c.organisation_id for c in finalists})
        )
        .values_list("juror_id", flat=True)
    )


def ballot_rounds_of(user: Any) -> QuerySet[Round]:
    """The rounds that take preferential ballots and whose jury the user sits on."""
    if not user.is_authenticated:
        return Round.objects.none()
    return (
        Round.objects.filter(
            preferential_ballots=True,
            jury__user=user,
            jury__state=InvitationState.ACCEPTED,
        )
        .select_related("edition")
        .distinct()
        .order_by("edition", "number")
    )


def ballots_of(round_: Round) -> QuerySet[Any]:
    """Every ballot of a round, with its juror, for the secretariat."""
    from evaluation.models import JurorBallot

    return JurorBallot.objects.filter(round=round_).select_related("juror", "round__edition")


def ballots_for(user: Any) -> QuerySet[Any]:
    """The ballots a user may read: their own, and every ballot of the editions whose
    secretariat they belong to."""
    from evaluation.models import JurorBallot

    if not user.is_authenticated:
        return JurorBallot.objects.none()
    ballots = JurorBallot.objects.select_related("juror", "round__edition")
    if user.is_superuser:
        return ballots
    secretariat = Q(round__edition__in=editions_of_secretariat(user))
    return ballots.filter(Q(juror=user) | secretariat).distinct()


def declared_conflict_of_juror() -> Exists:
    """The scorecard's juror declared a conflict with its candidacy (or its organisation)."""
    return Exists(
        Conflict.objects.filter(juror=OuterRef("juror"), edition=OuterRef("round__edition")).filter(
            Q(candidacy=OuterRef("candidacy")) | Q(organisation=OuterRef("candidacy__organisation"))
        )
    )


def latest_score_decision(field: str = "counts") -> Subquery:
    from evaluation.models import ScoreDecision

    decisions = ScoreDecision.objects.filter(scorecard=OuterRef("pk"))
    return Subquery(decisions.order_by("-decided_at", "-pk").values(field)[:1])


def conflicted_scorecards(rounds: QuerySet[Round] | list[Round]) -> QuerySet[Scorecard]:
    """Submitted scorecards whose juror declared a conflict afterwards, with ``counted``: the
    latest decision (None while the secretariat has not decided), every decision (oldest
    first) in ``decisions`` and the conflicts in ``conflicts``. Four queries for any number."""
    from evaluation.models import ScoreDecision

    # Only jurors who declared some conflict are looked at closely: a small, cheap subquery
    # that spares the correlated one on the scorecards of everybody else.
    declaring = Conflict.objects.values("juror")
    return (
        Scorecard.objects.filter(
            round__in=rounds, state=ScorecardState.SUBMITTED, juror__in=declaring
        )
        .filter(declared_conflict_of_juror())
        .annotate(counted=latest_score_decision())
        .select_related("round__edition", "candidacy__organisation", "juror")
        .prefetch_related(
            Prefetch(
                "conflict_decisions",
                queryset=ScoreDecision.objects.select_related("decided_by").order_by(
                    "decided_at", "pk"
                ),
                to_attr="decisions",
            )
        )
        .order_by("round__number", "candidacy__reference_number", "juror__email")
    )


def not_counted_scorecards(round_: Round) -> QuerySet[Scorecard]:
    """The round's submitted scorecards the secretariat decided do not count (a subquery).
    Only scorecards with a decision are looked at: without any, it costs next to nothing."""
    from evaluation.models import ScoreDecision

    decided = ScoreDecision.objects.filter(scorecard__round=round_).values("scorecard")
    return (
        Scorecard.objects.filter(round=round_, state=ScorecardState.SUBMITTED, pk__in=decided)
        .annotate(counted=latest_score_decision())
        .filter(counted=False)
    )


def conflicts_of(scorecards: list[Scorecard]) -> dict[int, list[Conflict]]:
    """The declared conflicts behind each conflicted scorecard, in one query."""
    if not scorecards:
        return {}
    jurors = {card.juror_id for card in scorecards}
    editions = {card.round.edition_id for card in scorecards}
    conflicts = list(
        Conflict.objects.filter(juror__in=jurors, edition__in=editions).order_by("declared_at")
    )
    found: dict[int, list[Conflict]] = {}
    for card in scorecards:
        found[card.pk] = [
            conflict
            for conflict in conflicts
            if conflict.juror_id == card.juror_id
            and conflict.edition_id == card.round.edition_id
            and (
                conflict.candidacy_id == card.candidacy_id
                or conflict.organisation_id == card.candidacy.organisation_id
            )
        ]
    return found


# The deliberation record ------------------------------------------------------------------------


@dataclass(frozen=True)
class ExAequo:
    """A prize shared between several winners (or mentions), with each one's decision."""

    prize: Any
    decisions: list[Any]


def ex_aequo(edition: Any) -> list[ExAequo]:
    """The edition's prizes given ex aequo, each with the decisions that share it."""
    from awards.models import Decision

    decisions = (
        Decision.objects.filter(
            candidacy__edition=edition,
            transition__in=("declare_winner", "give_special_mention"),
            candidacy__state__in=(CandidacyState.WINNER, CandidacyState.SPECIAL_MENTION),
            prize__isnull=False,
        )
        .select_related("prize", "candidacy__organisation")
        .order_by("prize__order", "prize_id", "candidacy__reference_number")
    )
    by_prize: dict[int, ExAequo] = {}
    for decision in decisions:
        by_prize.setdefault(decision.prize_id, ExAequo(decision.prize, [])).decisions.append(
            decision
        )
    return [shared for shared in by_prize.values() if len(shared.decisions) > 1]


def final_round(edition: Any) -> Round | None:
    return edition.rounds.order_by("-number").first()


def with_record_details(record: Any, *, public: bool) -> Any:
    """The record with what its page or include shows: ``no_awards``, ``ex_aequo``,
    ``present`` (the jurors present, by name) and ``rounds`` (the frozen ballot results)."""
    from awards.queries import published_no_awards

    edition = record.edition
    record.no_awards = list(
        published_no_awards(edition)
        if public
        else edition.no_awards.select_related("category").order_by("category__order", "pk")
    )
    record.ex_aequo = ex_aequo(edition)
    record.present = [
        user.full_name or ("" if public else user.email)
        for user in record.attendees.order_by("full_name", "email")
    ]
    record.present = [name for name in record.present if name]
    language = current_language()
    record.rounds = [
        {**result, "name": result["names"].get(language) or result["names"].get("en", "")}
        for result in (record.results or {}).get("rounds", [])
    ]
    return record


def public_deliberation_record(edition: Any) -> Any | None:
    """The edition's deliberation record as anyone may read it: only once the results are
    published, the record closed, and the secretariat chose to show it. None otherwise.
    Never the jurors' e-mail addresses (a juror without a name is left out)."""
    from evaluation.models import DeliberationRecord

    if not edition.results_are_public:
        return None
    record = (
        DeliberationRecord.objects.filter(edition=edition, public=True, state=RecordState.CLOSED)
        .select_related("edition")
        .first()
    )
    return with_record_details(record, public=True) if record else None
