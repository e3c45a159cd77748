"""Who may do what with juries and scorecards (see awards/rules.py for the conventions)."""

from __future__ import annotations

from typing import Any

import rules

from awards.rules import is_edition_secretariat


@rules.predicate
def is_own_scorecard(user: Any, scorecard: Any) -> bool:
    return user.is_authenticated and scorecard is not None and scorecard.juror_id == user.pk


@rules.predicate
def is_invited_juror(user: Any, member: Any) -> bool:
    return user.is_authenticated and member is not None and member.user_id == user.pk


@rules.predicate
def is_juror(user: Any) -> bool:
    """Sits, or has been invited to sit, in a jury."""
    return user.is_authenticated and user.jury_memberships.exists()


@rules.predicate
def is_round_juror(user: Any, obj: Any) -> bool:
    """An accepted member of the round's jury (obj: the round, or anything with a round)."""
    from evaluation.enums import InvitationState

    if not user.is_authenticated or obj is None:
        return False
    round_ = getattr(obj, "round", obj)
    return round_.jury.filter(user_id=user.pk, state=InvitationState.ACCEPTED).exists()


@rules.predicate
def is_own_ballot(user: Any, ballot: Any) -> bool:
    return user.is_authenticated and ballot is not None and ballot.juror_id == user.pk


secretariat = is_edition_secretariat | rules.is_superuser

rules.add_perm("evaluation.view_scorecard", is_own_scorecard | secretariat)
rules.add_perm("evaluation.score_scorecard", is_own_scorecard)
rules.add_perm("evaluation.recuse_scorecard", is_own_scorecard | secretariat)
rules.add_perm("evaluation.reopen_scorecard", secretariat)
rules.add_perm("evaluation.manage_jury", secretariat)  # on a round
rules.add_perm("evaluation.answer_invitation", is_invited_juror)
rules.add_perm("evaluation.view_scorecard_list", is_juror)

# Deliberation: a juror hands in their own ballot for a round they sit on; the edition's
# secretariat reads the ballots, reopens one, decides on scores given before a conflict, and
# writes the deliberation record.
rules.add_perm("evaluation.hand_in_ballot", is_own_ballot & is_round_juror)
rules.add_perm("evaluation.reopen_ballot", secretariat)
rules.add_perm("evaluation.view_ballots", secretariat)  # on a round
rules.add_perm("evaluation.decide_conflicted_score", secretariat)  # on a scorecard
rules.add_perm("evaluation.manage_deliberation", secretariat)  # on an edition or its record
