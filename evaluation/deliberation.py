"""What the jury and the secretariat do at the end of a round (docs/deliberation.md):
preferential ballots, decisions on scores given before a conflict was declared, and the
deliberation record.

Like ``evaluation.services``: every surface (pages, API) calls these functions; each runs in
one transaction and checks who may act. Ballots are counted by the pure engine
``reports.ballots`` (Schulze and Borda), which knows nothing of the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from awards.i18n import LANGUAGE_CODES
from awards.models import Candidacy, Edition, Round, TransitionRecord
from awards.transitions import TransitionConflict, TransitionRefused, run_transition
from evaluation import guards, queries
from evaluation.enums import BallotState, ScorecardState
from evaluation.models import DeliberationRecord, JurorBallot, Scorecard, ScoreDecision
from reports import ballots as engine

User = get_user_model()
MAX_OTHER_ATTENDEES = 2000


def require(user: Any, permission: str, obj: Any) -> None:
    if not user.has_perm(permission, obj):
        raise PermissionDenied(_("You are not allowed to do this."))


# Preferential ballots ---------------------------------------------------------------------------


def ballot_for(round_: Round, juror: Any) -> JurorBallot:
    """The juror's ballot for the round: the stored one, or a new, unsaved draft."""
    return JurorBallot.objects.filter(round=round_, juror=juror).first() or JurorBallot(
        round=round_, juror=juror
    )


def clean_ballot(
    round_: Round, ordering: Iterable[Any], left_off: Iterable[Any]
) -> tuple[list[list[int]], list[int]]:
    """The ballot as ids of the round's finalists, or TransitionRefused with field errors.

    ``ordering`` is a list of places, best first; a place is one candidacy id or a list of
    tied ones. ``left_off`` lists ids the juror explicitly leaves off. Refused: a name that is
    not a finalist of the round, a finalist named twice, an empty place.
    """
    finalists = {c.pk: c for c in queries.ballot_finalists(round_)}
    errors: dict[str, list[str]] = {"ordering": [], "left_off": []}
    seen: set[int] = set()

    def take(value: Any, key: str) -> int | None:
        candidacy_id = value if isinstance(value, int) and not isinstance(value, bool) else None
        if candidacy_id is None or candidacy_id not in finalists:
            errors[key].append(_("%(value)s is not a finalist of this round.") % {"value": value})
            return None
        if candidacy_id in seen:
            errors[key].append(
                _("%(reference)s is on the ballot more than once.")
                % {"reference": finalists[candidacy_id].reference}
            )
            return None
        seen.add(candidacy_id)
        return candidacy_id

    places: list[list[int]] = []
    for place in ordering:
        group = list(place) if isinstance(place, list | tuple) else [place]
        if not group:
            errors["ordering"].append(_("A place on the ballot is empty."))
            continue
        ids = [taken for value in group if (taken := take(value, "ordering")) is not None]
        if ids:
            places.append(ids)
    off = [taken for value in left_off if (taken := take(value, "left_off")) is not None]
    errors = {key: messages for key, messages in errors.items() if messages}
    if errors:
        raise TransitionRefused(
            [message for messages in errors.values() for message in messages],
            field_errors=errors,
        )
    return places, off


def save_ballot(
    round_: Round, *, by: Any, ordering: Iterable[Any], left_off: Iterable[Any] = ()
) -> JurorBallot:
    """Saves the juror's ballot (``by`` is the juror), which they may change until they submit
    it. A ballot may be saved incomplete; submitting needs every finalist placed or left off.

    Side effects: the ballot, created on the first save.
    """
    require(by, "evaluation.hand_in_ballot", JurorBallot(round=round_, juror=by))
    with transaction.atomic():
        # Two tabs saving at once: one creates the ballot, both then wait for its lock.
        created, _new = JurorBallot.objects.get_or_create(round=round_, juror=by)
        ballot = (
            JurorBallot.objects.select_for_update()
            .select_related("round__edition")
            .get(pk=created.pk)
        )
        if ballot.state == BallotState.SUBMITTED:
            raise TransitionRefused(
                [_("This ballot is submitted: only the secretariat can reopen it.")]
            )
        problems = guards.ballot_open_problems(ballot)
        if problems:
            raise TransitionRefused(problems)
        ballot.ordering, ballot.left_off = clean_ballot(round_, ordering, left_off)
        ballot.save()
    return ballot


def submit_ballot(ballot: JurorBallot, *, by: Any) -> TransitionRecord:
    """Hands in the ballot: from then on it counts and the juror can no longer change it.

    Refused while a finalist is neither placed nor left off (named in ``errors.ordering``).
    Side effects: the record.
    """
    require(by, "evaluation.hand_in_ballot", ballot)
    if ballot.pk is None:
        raise TransitionRefused([_("Save the ballot first.")])
    if ballot.state == BallotState.DRAFT and not guards.ballot_open_problems(ballot):
        problems = guards.ballot_complete_problems(ballot)
        if problems:
            raise TransitionRefused(problems, field_errors={"ordering": problems})
    return run_transition(ballot, "submit", by=by)


def reopen_ballot(ballot: JurorBallot, *, by: Any, note: str) -> TransitionRecord:
    """The secretariat gives a submitted ballot back to its juror, with a note.

    Side effects: the record; the ballot no longer counts until submitted again.
    """
    return run_transition(ballot, "reopen", by=by, note=note)


def set_preferential_ballots(round_: Round, *, enabled: bool, by: Any) -> Round:
    """The secretariat lets the round's jurors rank the finalists (or stops it).

    The round's other settings are frozen once the evaluation starts (scores depend on
    them); ballots do not, so this one may change until the results are published. Turning
    it off is refused once a ballot is submitted. Side effects: the round's setting.
    """
    require(by, "evaluation.view_ballots", round_)
    if round_.edition.results_are_public:
        raise TransitionRefused([_("The results of this edition are published.")])
    if not enabled and round_.ballots.filter(state=BallotState.SUBMITTED).exists():
        raise TransitionRefused([_("Ballots are submitted in this round: they stay.")])
    round_.preferential_ballots = enabled
    round_.save(update_fields=["preferential_ballots"])
    return round_


@dataclass
class BallotCount:
    """A round's submitted ballots counted by Schulze and Borda (None without a ballot)."""

    round: Round
    finalists: list[Candidacy]
    ballots: list[JurorBallot]  # the submitted ballots counted
    schulze: engine.SchulzeResult | None
    borda: pd.DataFrame | None
    # Submitted ballots whose juror has since declared a conflict with a finalist: not counted.
    set_aside: list[JurorBallot] = field(default_factory=list)

    @property
    def references(self) -> list[str]:
        return [c.reference for c in self.finalists]


def as_engine_ballot(ballot: JurorBallot, references: dict[int, str]) -> list[list[str]]:
    """The ballot's places by reference, without the candidacies that are no longer finalists
    (a withdrawal after the ballot). What it leaves off the engine places below, tied."""
    places = [[references[c] for c in place if c in references] for place in ballot.ordering]
    return [place for place in places if place]


def count_ballots(round_: Round) -> BallotCount:
    """Counts the round's submitted ballots over its finalists. A ballot whose juror has since
    declared a conflict with a finalist is set aside, as such a juror hands in none. Four
    queries."""
    finalists = queries.ballot_finalists(round_)
    submitted = list(
        queries.ballots_of(round_)
        .filter(state=BallotState.SUBMITTED)
        .order_by("submitted_at", "pk")
    )
    conflicted = queries.jurors_in_conflict(round_, finalists) if submitted else set()
    set_aside = [ballot for ballot in submitted if ballot.juror_id in conflicted]
    submitted = [ballot for ballot in submitted if ballot.juror_id not in conflicted]
    if not submitted or not finalists:
        return BallotCount(round_, finalists, submitted, None, None, set_aside)
    references = {c.pk: c.reference for c in finalists}
    counted = [as_engine_ballot(ballot, references) for ballot in submitted]
    candidates = list(references.values())
    return BallotCount(
        round_,
        finalists,
        submitted,
        engine.schulze(counted, candidates),
        engine.borda(counted, candidates),
        set_aside,
    )


def frozen_results(count: BallotCount) -> dict[str, Any]:
    """A round's count as the deliberation record keeps it: plain JSON, names in every
    language, finalists in the order of Schulze, then Borda, then reference."""
    if count.schulze is None or count.borda is None:
        raise ValueError("no ballot was counted")
    schulze = count.schulze.ranking.set_index("candidate")["rank"]
    borda = count.borda.set_index("candidate")
    finalists = [
        {
            "candidacy": candidacy.pk,
            "reference": candidacy.reference,
            "title": candidacy.title,
            "schulze_rank": int(schulze[candidacy.reference]),
            "borda_rank": int(borda.at[candidacy.reference, "rank"]),
            "borda_points": float(borda.at[candidacy.reference, "points"]),
        }
        for candidacy in count.finalists
    ]
    finalists.sort(key=lambda row: (row["schulze_rank"], row["borda_rank"], row["reference"]))
    round_ = count.round
    return {
        "round": round_.pk,
        "number": round_.number,
        "names": {code: getattr(round_, f"name_{code}") for code in LANGUAGE_CODES},
        "ballots": len(count.ballots),
        "finalists": finalists,
        "schulze_winners": [str(winner) for winner in count.schulze.winners],
        "borda_winners": [row["reference"] for row in finalists if row["borda_rank"] == 1],
    }


def ballot_results(edition: Edition) -> dict[str, Any]:
    """Every ballot round of the edition with at least one submitted ballot, counted."""
    rounds = []
    for round_ in edition.rounds.filter(preferential_ballots=True).order_by("number"):
        count = count_ballots(round_)
        if count.schulze is not None:
            rounds.append(frozen_results(count))
    return {"rounds": rounds}


# Scores given before a conflict was declared ----------------------------------------------------


def decide_conflicted_score(
    scorecard: Scorecard, *, counts: bool, reason: str, by: Any
) -> ScoreDecision:
    """The secretariat decides whether a scorecard submitted before its juror declared a
    conflict still counts in the ranking, and says why. A later decision supersedes it.

    Side effects: the decision, kept for good; the ranking counts the scorecard or not.
    """
    require(by, "evaluation.decide_conflicted_score", scorecard)
    reason = (reason or "").strip()
    if not reason:
        message = _("Say why these scores count or not.")
        raise TransitionRefused([message], field_errors={"reason": [message]})
    if scorecard.round.edition.results_are_public:
        raise TransitionRefused([_("The results of this edition are published.")])
    conflicted = queries.conflicted_scorecards([scorecard.round]).filter(pk=scorecard.pk)
    if scorecard.state != ScorecardState.SUBMITTED or not conflicted.exists():
        raise TransitionRefused(
            [_("Only a submitted scorecard whose juror then declared a conflict is decided.")]
        )
    return ScoreDecision.objects.create(
        scorecard=scorecard, counts=counts, reason=reason, decided_by=by
    )


# The deliberation record ------------------------------------------------------------------------


def record_of(edition: Edition, *, by: Any) -> DeliberationRecord:
    """The edition's deliberation record, created (open and empty) on first use."""
    require(by, "evaluation.manage_deliberation", edition)
    record, _created = DeliberationRecord.objects.get_or_create(edition=edition)
    return record


def present_jurors(edition: Edition) -> list[Any]:
    """Who may be named as present: the accepted jurors of the edition's final round."""
    final = queries.final_round(edition)
    if final is None:
        return []
    return [member.user for member in queries.active_jury_of(final)]


def save_record(
    record: DeliberationRecord,
    *,
    by: Any,
    reports: dict[str, str] | None = None,
    attendees: Sequence[Any] | None = None,
    other_attendees: str | None = None,
    public: bool | None = None,
) -> DeliberationRecord:
    """Writes the open record: the report per language, the jurors present (of the final
    round's jury), others present, whether it is shown on the public results page. What is
    not given stays as it is.

    Side effects: the record.
    """
    require(by, "evaluation.manage_deliberation", record)
    problems = guards.record_edit_problems(record)
    if problems:
        raise TransitionRefused(problems)
    errors: dict[str, list[str]] = {}
    if attendees is not None:
        allowed = {user.pk for user in present_jurors(record.edition)}
        strangers = [user for user in attendees if user.pk not in allowed]
        if strangers:
            errors["attendees"] = [
                _("%(person)s is not on the jury of the final round.") % {"person": user}
                for user in strangers
            ]
    if other_attendees is not None and len(other_attendees) > MAX_OTHER_ATTENDEES:
        errors["other_attendees"] = [
            _("Keep this under %(count)d characters.") % {"count": MAX_OTHER_ATTENDEES}
        ]
    unknown = sorted(set(reports or {}) - set(LANGUAGE_CODES))
    if unknown:
        errors["reports"] = [_("Unknown language: %(codes)s.") % {"codes": ", ".join(unknown)}]
    if errors:
        raise TransitionRefused(
            [message for messages in errors.values() for message in messages],
            field_errors=errors,
        )
    with transaction.atomic():
        locked = DeliberationRecord.objects.select_for_update().get(pk=record.pk)
        if locked.state != record.state:
            raise TransitionConflict()
        for code, text in (reports or {}).items():
            setattr(record, f"report_{code}", (text or "").strip())
        if other_attendees is not None:
            record.other_attendees = other_attendees.strip()
        if public is not None:
            record.public = public
        record.save()
        if attendees is not None:
            record.attendees.set(attendees)
    return record


def show_record(record: DeliberationRecord, *, public: bool, by: Any) -> DeliberationRecord:
    """Shows the record on the public results page or hides it, open or closed (it appears
    there once it is closed and the results are published). Side effects: the setting."""
    require(by, "evaluation.manage_deliberation", record)
    record.public = public
    record.save(update_fields=["public", "updated_at"])
    return record


def close_record(record: DeliberationRecord, *, by: Any) -> TransitionRecord:
    """Closes the record: the preferential ballots are counted now and frozen into it.

    Refused without the report in each of the edition's languages. Side effects, in order:
    the ballot results stored; the record closed (recorded). Ballots can no longer change.
    """
    require(by, "evaluation.manage_deliberation", record)
    with transaction.atomic():
        return run_transition(record, "close", by=by, results=ballot_results(record.edition))


def reopen_record(record: DeliberationRecord, *, by: Any, note: str) -> TransitionRecord:
    """Reopens a closed record, with a note, until the results are published. Side effects:
    the record; its frozen ballot results stay until it is closed again."""
    return run_transition(record, "reopen", by=by, note=note)
