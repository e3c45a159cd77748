"""Why a scorecard's transition may not happen, in words the juror or secretariat can act on.

Same shape as ``awards.guards``: each function returns a list of reasons, empty when allowed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.translation import gettext as _

from awards.enums import CandidacyState, EditionState, Language
from awards.guards import Problems, format_deadline
from evaluation.enums import RecordState

if TYPE_CHECKING:
    from awards.models import Candidacy, Edition
    from evaluation.models import DeliberationRecord, JurorBallot, Scorecard

SCORING_EDITION_STATES = (EditionState.EVALUATION, EditionState.DELIBERATION)
NOT_TO_BE_SCORED = (CandidacyState.WITHDRAWN, CandidacyState.INELIGIBLE)


def scoring_open_problems(scorecard: Scorecard) -> Problems:
    """Scoring happens while the edition evaluates or deliberates, within the round's dates."""
    round_ = scorecard.round
    edition = round_.edition
    now = timezone.now()
    if edition.state not in SCORING_EDITION_STATES:
        return [_("The edition is not in evaluation: scoring is closed.")]
    if round_.scoring_opens_at and now < round_.scoring_opens_at:
        return [
            _("Scoring opens on %(date)s.")
            % {"date": format_deadline(edition, round_.scoring_opens_at)}
        ]
    if round_.scoring_closes_at and now >= round_.scoring_closes_at:
        return [
            _("Scoring closed on %(date)s.")
            % {"date": format_deadline(edition, round_.scoring_closes_at)}
        ]
    if scorecard.candidacy.state in NOT_TO_BE_SCORED:
        return [_("This candidacy is no longer in the competition.")]
    return []


def completeness_problems(scorecard: Scorecard) -> Problems:
    """Every required criterion scored within its scale, and a written justification."""
    problems: Problems = []
    values = {score.criterion_id: score.value for score in scorecard.scores.all()}
    for criterion in scorecard.round.criteria.all():
        value = values.get(criterion.pk)
        if value is None:
            if criterion.required:
                problems.append(
                    _("Give a score for “%(criterion)s”.") % {"criterion": criterion.name}
                )
        elif not criterion.scale_min <= value <= criterion.scale_max:
            problems.append(
                _("The score for “%(criterion)s” must be between %(min)s and %(max)s.")
                % {
                    "criterion": criterion.name,
                    "min": criterion.scale_min,
                    "max": criterion.scale_max,
                }
            )
    if not scorecard.justification.strip():
        problems.append(_("Write an overall justification."))
    return problems


def submit_problems(scorecard: Scorecard) -> Problems:
    return scoring_open_problems(scorecard) or completeness_problems(scorecard)


def recuse_problems(scorecard: Scorecard) -> Problems:
    if scorecard.round.edition.results_are_public:
        return [_("The results of this edition are published.")]
    return []


# Preferential ballots and the deliberation record -----------------------------------------------


def record_is_closed(edition: Edition) -> bool:
    from evaluation.models import DeliberationRecord

    return DeliberationRecord.objects.filter(edition=edition, state=RecordState.CLOSED).exists()


def ballot_open_problems(ballot: JurorBallot) -> Problems:
    """Ballots are written in a round that takes them, while the edition evaluates or
    deliberates, until the deliberation record is closed, by a juror in conflict with none of
    the finalists."""
    from evaluation.queries import ballot_conflicts

    round_ = ballot.round
    edition = round_.edition
    if not round_.preferential_ballots:
        return [_("This round takes no preferential ballots.")]
    if edition.state not in SCORING_EDITION_STATES:
        return [_("Ballots are handed in while the edition evaluates or deliberates.")]
    if record_is_closed(edition):
        return [_("The deliberation record is closed: the ballots are counted.")]
    conflicts = ballot_conflicts(round_, ballot.juror)
    if conflicts:
        return [
            _(
                "You declared a conflict of interest with %(references)s. A ballot compares "
                "every finalist with every other, so you do not hand one in for this round."
            )
            % {"references": ", ".join(c.reference for c in conflicts)}
        ]
    return []


def ballot_missing(ballot: JurorBallot) -> list[Candidacy]:
    """The finalists the ballot neither places nor leaves off explicitly."""
    from evaluation.queries import ballot_finalists

    accounted = set(ballot.placed) | set(ballot.left_off)
    return [c for c in ballot_finalists(ballot.round) if c.pk not in accounted]


def ballot_complete_problems(ballot: JurorBallot) -> Problems:
    missing = ballot_missing(ballot)
    if missing:
        return [
            _("Place %(references)s on the ballot, or leave them off.")
            % {"references": ", ".join(c.reference for c in missing)}
        ]
    if not ballot.placed:
        return [_("Place at least one finalist on the ballot.")]
    return []


def ballot_submit_problems(ballot: JurorBallot) -> Problems:
    return ballot_open_problems(ballot) or ballot_complete_problems(ballot)


def ballot_reopen_problems(ballot: JurorBallot) -> Problems:
    edition = ballot.round.edition
    if edition.results_are_public:
        return [_("The results of this edition are published.")]
    if record_is_closed(edition):
        return [_("The deliberation record is closed: reopen it first.")]
    return []


RECORD_EDITION_STATES = (
    EditionState.EVALUATION,
    EditionState.DELIBERATION,
    EditionState.PUBLISHED,
    EditionState.ARCHIVED,
)


def record_edit_problems(record: DeliberationRecord) -> Problems:
    if record.edition.state not in RECORD_EDITION_STATES:
        return [_("The jury has not started its work: there is nothing to record yet.")]
    if record.is_closed:
        return [_("The record is closed: reopen it to change it.")]
    return []


def record_close_problems(record: DeliberationRecord) -> Problems:
    """Closing needs the jury's report in each of the edition's languages."""
    if record.edition.state not in RECORD_EDITION_STATES:
        return [_("The jury has not started its work: there is nothing to record yet.")]
    names = dict(Language.choices)
    return [
        _("Write the jury's report in %(language)s.") % {"language": names.get(code, code)}
        for code in record.edition.languages
        if not getattr(record, f"report_{code}", "").strip()
    ]


def record_reopen_problems(record: DeliberationRecord) -> Problems:
    if record.edition.results_are_public:
        return [_("The results are published: the record stays as it was closed.")]
    return []
