"""What the secretariat and the jurors do: juries, conflicts, assignments, scoring.

Every surface (pages, API, admin, commands, the demo) calls these functions. Each runs in one
transaction; mail leaves only once it has committed. The end of a round (preferential ballots,
decisions on scores given before a conflict, the deliberation record) is
``evaluation.deliberation``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from awards.models import Candidacy, Category, Edition, Organisation, Round, TransitionRecord
from awards.transitions import TransitionConflict, TransitionRefused, run_transition
from evaluation import assignment, queries, tasks
from evaluation.enums import InvitationState, ScorecardState
from evaluation.guards import SCORING_EDITION_STATES, scoring_open_problems
from evaluation.models import (
    AssignmentProposal,
    Conflict,
    JurorProfile,
    JuryMember,
    ProposedPair,
    Score,
    Scorecard,
    ScoreRevision,
)
from evaluation.validators import clean_justification, clean_score

User = get_user_model()
REMINDER_INTERVAL = dt.timedelta(days=1)


REASONS = {
    assignment.DECLARED_CONFLICT: gettext_lazy("declared conflict"),
    assignment.SAME_ORGANISATION: gettext_lazy("same organisation"),
    assignment.SAME_COUNTRY: gettext_lazy("same country"),
    assignment.LANGUAGE: gettext_lazy("does not read the language"),
    assignment.NOT_ON_PANEL: gettext_lazy("not on the category's panel"),
}


def reason_label(code: str) -> str:
    return str(REASONS.get(code, code))


def require(user: Any, permission: str, obj: Any) -> None:
    if not user.has_perm(permission, obj):
        raise PermissionDenied(_("You are not allowed to do this."))


# The jury ---------------------------------------------------------------------------------------


def invite_juror(
    round_: Round,
    *,
    email: str,
    by: Any,
    full_name: str = "",
    languages: Iterable[str] = (),
    organisation: Organisation | None = None,
    country: str = "",
    categories: Iterable[Category] = (),
    language: str = "",
) -> JuryMember:
    """Invites a person to a round's jury, creating their account if they have none.

    Side effects, in order: the account (without a password: the invitation lets them set
    one) and its juror profile; the membership; after commit, the invitation mail in the
    person's language.
    """
    require(by, "evaluation.manage_jury", round_)
    with transaction.atomic():
        languages = sorted(set(languages))
        user, created = User.objects.get_or_create(
            email=User.objects.normalize_email(email).lower(),
            defaults={
                "full_name": full_name,
                "preferred_language": mail_language(language, languages),
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        profile, _new = JurorProfile.objects.get_or_create(user=user)
        if languages:
            profile.languages = languages
        if organisation is not None:
            profile.organisation = organisation
        if country:
            profile.country = country
        profile.full_clean()
        profile.save()
        member, _new = JuryMember.objects.get_or_create(
            round=round_, user=user, defaults={"invited_by": by}
        )
        member.categories.set([c for c in categories if c.edition_id == round_.edition_id])
        transaction.on_commit(partial(tasks.send_jury_mail.enqueue, member.pk, "invitation"))
    return member


def mail_language(chosen: str, reads: list[str]) -> str:
    """The language of a new juror's mails: the one chosen, else the first they read."""
    codes = {code for code, _name in settings.LANGUAGES}
    for candidate in (chosen, *reads):
        if candidate in codes:
            return candidate
    return settings.LANGUAGE_CODE


def answer_invitation(member: JuryMember, *, accept: bool, by: Any) -> JuryMember:
    """The invited person accepts or declines. Side effects: none beyond the answer."""
    require(by, "evaluation.answer_invitation", member)
    if member.state != InvitationState.INVITED:
        raise TransitionRefused([_("This invitation has already been answered.")])
    member.state = InvitationState.ACCEPTED if accept else InvitationState.DECLINED
    member.answered_at = timezone.now()
    member.save(update_fields=["state", "answered_at"])
    return member


# Conflicts of interest --------------------------------------------------------------------------


def declare_conflict(
    edition: Edition,
    *,
    juror: Any,
    reason: str,
    by: Any,
    candidacy: Candidacy | None = None,
    organisation: Organisation | None = None,
) -> Conflict:
    """A juror (or the secretariat for them) declares a conflict of interest.

    Side effects, in order: the conflict; every pending scorecard it touches is recused with
    the reason (each recorded). A submitted scorecard stays: whether it counts is the
    secretariat's decision.
    """
    reason = reason.strip()
    if not reason:
        raise TransitionRefused(
            [_("Give the reason of the conflict.")],
            field_errors={"reason": [_("Give the reason of the conflict.")]},
        )
    if by != juror:
        require(by, "evaluation.manage_jury", edition.rounds.first())
    with transaction.atomic():
        conflict = Conflict.objects.create(
            edition=edition,
            juror=juror,
            candidacy=candidacy,
            organisation=organisation,
            reason=reason,
            declared_by=by,
        )
        touched = Scorecard.objects.filter(
            round__edition=edition, juror=juror, state__in=ScorecardState.pending()
        )
        touched = (
            touched.filter(candidacy=candidacy)
            if candidacy
            else touched.filter(candidacy__organisation=organisation)
        )
        for scorecard in touched.select_related("round__edition", "candidacy"):
            run_transition(scorecard, "recuse", by=by, note=reason)
    return conflict


def declared_conflicts(edition: Edition) -> set[tuple[int, int]]:
    """(candidacy id, juror id) pairs in declared conflict, organisations expanded."""
    pairs = set()
    by_organisation: dict[int, list[int]] = {}
    for conflict in Conflict.objects.filter(edition=edition):
        if conflict.candidacy_id:
            pairs.add((conflict.candidacy_id, conflict.juror_id))
        else:
            by_organisation.setdefault(conflict.organisation_id, []).append(conflict.juror_id)
    if by_organisation:
        for candidacy_id, organisation_id in edition.candidacies.filter(
            organisation_id__in=by_organisation
        ).values_list("pk", "organisation_id"):
            pairs |= {(candidacy_id, juror_id) for juror_id in by_organisation[organisation_id]}
    return pairs


# Assignment -------------------------------------------------------------------------------------


@dataclass
class Lacking:
    candidacy: Candidacy
    eligible: int
    needed: int
    # Why the other jurors were left out, most frequent first: (reason, how many jurors).
    reasons: list[tuple[str, int]] = field(default_factory=list)

    def __str__(self) -> str:
        why = ", ".join(f"{reason} ×{count}" for reason, count in self.reasons)
        summary = _("%(eligible)d eligible of %(needed)d needed") % {
            "eligible": self.eligible,
            "needed": self.needed,
        }
        return f"{summary}: {why}" if why else summary


class AssignmentInfeasible(Exception):
    """Some candidacies have too few eligible jurors. Nothing was proposed."""

    def __init__(self, lacking: list[Lacking]) -> None:
        self.lacking = lacking
        super().__init__(
            ngettext(
                "%(count)d candidacy lacks eligible jurors.",
                "%(count)d candidacies lack eligible jurors.",
                len(lacking),
            )
            % {"count": len(lacking)}
        )


def as_candidate(candidacy: Candidacy) -> assignment.Candidate:
    return assignment.Candidate(
        key=candidacy.pk,
        language=candidacy.language,
        organisation=candidacy.organisation_id,
        country=str(candidacy.organisation.country),
        category=candidacy.category_id,
    )


def as_reviewer(member: JuryMember) -> assignment.Reviewer:
    profile = getattr(member.user, "juror_profile", None)
    return assignment.Reviewer(
        key=member.user_id,
        languages=frozenset(profile.languages if profile else []),
        organisation=profile.organisation_id if profile else None,
        country=str(profile.country) if profile else "",
        categories=frozenset(c.pk for c in member.categories.all()),
    )


def solver_rules(round_: Round, k: int) -> assignment.Rules:
    return assignment.Rules(
        reviewers_per_candidate=k,
        conflicts=frozenset(declared_conflicts(round_.edition)),
        same_country_conflict=round_.edition.same_country_conflict,
        category_panels=round_.category_panels,
    )


def existing_pairs(round_: Round) -> set[tuple[int, int]]:
    return set(
        Scorecard.objects.filter(round=round_, state__in=ScorecardState.active()).values_list(
            "candidacy_id", "juror_id"
        )
    )


def propose_assignment(round_: Round, *, by: Any, k: int | None = None) -> AssignmentProposal:
    """Proposes k jurors for every candidacy of the round that has fewer, as an optimisation.

    Existing scorecards stay and count. Raises AssignmentInfeasible, naming each candidacy
    that lacks eligible jurors and why; then nothing is saved.
    Side effects: the proposal and its pairs (not yet scorecards).
    """
    require(by, "evaluation.manage_jury", round_)
    k = k or round_.reviewers_per_candidacy
    if k < 1:
        raise TransitionRefused([_("Ask for at least one reviewer per candidacy.")])
    candidacies = list(queries.candidacies_to_review(round_))
    members = list(queries.active_jury_of(round_))
    rules = solver_rules(round_, k)
    try:
        proposal = assignment.propose(
            [as_candidate(c) for c in candidacies],
            [as_reviewer(m) for m in members],
            rules,
            existing=existing_pairs(round_),
        )
    except assignment.Infeasible as infeasible:
        raise AssignmentInfeasible(
            explain_lacking(candidacies, members, rules, infeasible.lacking)
        ) from None
    with transaction.atomic():
        saved = AssignmentProposal.objects.create(
            round=round_, reviewers_per_candidacy=k, created_by=by
        )
        ProposedPair.objects.bulk_create(
            ProposedPair(proposal=saved, candidacy_id=c, juror_id=j) for c, j in proposal.pairs
        )
    return saved


def explain_lacking(
    candidacies: list[Candidacy],
    members: list[JuryMember],
    rules: assignment.Rules,
    lacking: dict[Any, int],
) -> list[Lacking]:
    report = []
    for candidacy in candidacies:
        if candidacy.pk not in lacking:
            continue
        candidate = as_candidate(candidacy)
        reasons = Counter(
            reason_label(reason)
            for member in members
            if (reason := assignment.why_not(candidate, as_reviewer(member), rules))
        )
        report.append(
            Lacking(
                candidacy,
                lacking[candidacy.pk],
                rules.reviewers_per_candidate,
                reasons.most_common(),
            )
        )
    return report


def ineligibility(round_: Round, candidacy: Candidacy, juror: Any) -> str | None:
    member = queries.active_jury_of(round_).filter(user=juror).first()
    if member is None:
        return _("This person is not an active member of the round's jury.")
    reason = assignment.why_not(
        as_candidate(candidacy), as_reviewer(member), solver_rules(round_, 1)
    )
    return reason and _("Not eligible: %(reason)s.") % {"reason": reason_label(reason)}


def add_pair(
    proposal: AssignmentProposal, candidacy: Candidacy, juror: Any, *, by: Any
) -> ProposedPair:
    """The secretariat adds a juror by hand; an ineligible pair is refused with its reason."""
    require(by, "evaluation.manage_jury", proposal.round)
    if proposal.is_confirmed:
        raise TransitionRefused([_("This proposal is already confirmed.")])
    if candidacy not in queries.candidacies_to_review(proposal.round):
        raise TransitionRefused([_("This candidacy is not evaluated in this round.")])
    reason = ineligibility(proposal.round, candidacy, juror)
    if reason:
        raise TransitionRefused([reason])
    pair, _created = ProposedPair.objects.get_or_create(
        proposal=proposal, candidacy=candidacy, juror=juror, defaults={"by_hand": True}
    )
    return pair


def remove_pair(proposal: AssignmentProposal, candidacy: Candidacy, juror: Any, *, by: Any) -> None:
    require(by, "evaluation.manage_jury", proposal.round)
    if proposal.is_confirmed:
        raise TransitionRefused([_("This proposal is already confirmed.")])
    ProposedPair.objects.filter(proposal=proposal, candidacy=candidacy, juror=juror).delete()


def confirm_proposal(proposal: AssignmentProposal, *, by: Any) -> list[Scorecard]:
    """Turns the proposal into scorecards, after checking every pair again.

    The jury, the conflicts and the candidacies may have changed since the proposal was made:
    a pair that breaks a rule now refuses the whole confirmation, naming it; a pair that
    already has a scorecard (even a recused one) is skipped.
    Side effects, in order: one scorecard per new pair (state "assigned"); the proposal
    marked confirmed; after commit, one mail per juror with their new work.
    """
    require(by, "evaluation.manage_jury", proposal.round)
    round_ = proposal.round
    with transaction.atomic():
        locked = AssignmentProposal.objects.select_for_update().get(pk=proposal.pk)
        if locked.is_confirmed:
            raise TransitionRefused([_("This proposal is already confirmed.")])
        taken = set(Scorecard.objects.filter(round=round_).values_list("candidacy_id", "juror_id"))
        pairs = [
            pair
            for pair in proposal.pairs.select_related("candidacy__organisation", "juror")
            if (pair.candidacy_id, pair.juror_id) not in taken
        ]
        problems = pair_problems(round_, pairs)
        if problems:
            raise TransitionRefused(problems)
        created = Scorecard.objects.bulk_create(
            Scorecard(
                round=round_, candidacy_id=p.candidacy_id, juror_id=p.juror_id, assigned_by=by
            )
            for p in pairs
        )
        locked.confirmed_by, locked.confirmed_at = by, timezone.now()
        locked.save(update_fields=["confirmed_by", "confirmed_at"])
        proposal.confirmed_by, proposal.confirmed_at = locked.confirmed_by, locked.confirmed_at
        notify_assigned(round_, {card.juror_id for card in created})
    return created


def pair_problems(round_: Round, pairs: list[ProposedPair]) -> list[str]:
    """What is wrong with each pair today, read with a constant number of queries."""
    reviewed = set(queries.candidacies_to_review(round_).values_list("pk", flat=True))
    members = {m.user_id: m for m in queries.active_jury_of(round_)}
    rules = solver_rules(round_, 1)
    problems = []
    for pair in pairs:
        member = members.get(pair.juror_id)
        if pair.candidacy_id not in reviewed:
            reason = _("the candidacy is not evaluated in this round")
        elif member is None:
            reason = _("the juror is no longer an active member of the jury")
        else:
            code = assignment.why_not(as_candidate(pair.candidacy), as_reviewer(member), rules)
            reason = code and reason_label(code)
        if reason:
            problems.append(
                _("%(reference)s — %(juror)s: %(reason)s.")
                % {"reference": pair.candidacy.reference, "juror": pair.juror, "reason": reason}
            )
    return problems


def notify_assigned(round_: Round, juror_ids: Iterable[int]) -> None:
    members = JuryMember.objects.filter(round=round_, user_id__in=juror_ids)
    for member in members:
        transaction.on_commit(partial(tasks.send_jury_mail.enqueue, member.pk, "assigned"))


def assign_juror(round_: Round, candidacy: Candidacy, juror: Any, *, by: Any) -> Scorecard:
    """Assigns one juror to one candidacy (a replacement after a recusal, say)."""
    require(by, "evaluation.manage_jury", round_)
    if not queries.candidacies_to_review(round_).filter(pk=candidacy.pk).exists():
        raise TransitionRefused([_("This candidacy is not evaluated in this round.")])
    if (candidacy.pk, juror.pk) in existing_pairs(round_):
        raise TransitionRefused([_("This juror already reviews this candidacy.")])
    reason = ineligibility(round_, candidacy, juror)
    if reason:
        raise TransitionRefused([reason])
    with transaction.atomic():
        scorecard, _created = Scorecard.objects.get_or_create(
            round=round_, candidacy=candidacy, juror=juror, defaults={"assigned_by": by}
        )
        if scorecard.state == ScorecardState.RECUSED:
            raise TransitionRefused([_("This juror recused themself from this candidacy.")])
        notify_assigned(round_, [juror.pk])
    return scorecard


def replacements(round_: Round, recused: Iterable[Scorecard]) -> dict[int, Any | None]:
    """For each recused scorecard, the eligible juror with the lightest load who does not
    already review its candidacy (or None). The round is read once, whatever the number."""
    recused = list(recused)
    if not recused:
        return {}
    rules = solver_rules(round_, 1)
    members = list(queries.active_jury_of(round_))
    reviewers = [(member.user, as_reviewer(member)) for member in members]
    cards = Scorecard.objects.filter(round=round_).values_list("candidacy_id", "juror_id", "state")
    taken = {(c, j) for c, j, _state in cards}
    loads = Counter(j for _c, j, state in cards if state in ScorecardState.active())
    found: dict[int, Any | None] = {}
    for scorecard in recused:
        candidate = as_candidate(scorecard.candidacy)
        eligible = [
            user
            for user, reviewer in reviewers
            if (scorecard.candidacy_id, user.pk) not in taken
            and assignment.why_not(candidate, reviewer, rules) is None
        ]
        found[scorecard.pk] = min(eligible, key=lambda u: (loads[u.pk], u.pk), default=None)
    return found


def propose_replacement(scorecard: Scorecard) -> Any | None:
    """The eligible juror with the lightest load who does not already review the candidacy."""
    return replacements(scorecard.round, [scorecard])[scorecard.pk]


# Scoring ----------------------------------------------------------------------------------------


class ScoresInvalid(Exception):
    """Some typed values are refused; nothing was saved. Keys: "criterion-<id>", "justification"."""

    def __init__(self, field_errors: dict[str, list[str]]) -> None:
        self.field_errors = field_errors
        super().__init__("; ".join(m for messages in field_errors.values() for m in messages))


ScoreInput = Mapping[int, tuple[object, object]]  # criterion id → (value as typed, justification)


def clean_scores(
    scorecard: Scorecard, scores: ScoreInput, justification: object
) -> tuple[dict[int, tuple[Any, str]], str]:
    criteria = {c.pk: c for c in scorecard.round.criteria.all()}
    cleaned: dict[int, tuple[Any, str]] = {}
    errors: dict[str, list[str]] = {}
    for criterion_id, (raw_value, raw_text) in scores.items():
        criterion = criteria.get(criterion_id)
        if criterion is None:
            errors[f"criterion-{criterion_id}"] = [_("This criterion is not part of the round.")]
            continue
        try:
            cleaned[criterion_id] = (
                clean_score(criterion, raw_value),
                clean_justification(raw_text),
            )
        except ValidationError as error:
            errors[f"criterion-{criterion_id}"] = list(error.messages)
    try:
        overall = clean_justification(justification)
    except ValidationError as error:
        errors["justification"] = list(error.messages)
        overall = ""
    if errors:
        raise ScoresInvalid(errors)
    return cleaned, overall


def save_scores(
    scorecard: Scorecard, *, scores: ScoreInput, justification: object, by: Any
) -> Scorecard:
    """Saves what the juror typed, all or nothing; they may come back later.

    Side effects, in order: the scorecard moves from "assigned" to "in progress" (recorded);
    the scores; a revision for each change to a scorecard that had been submitted before.
    """
    require(by, "evaluation.score_scorecard", scorecard)
    if scorecard.state not in ScorecardState.pending():
        raise TransitionRefused(
            [_("This scorecard is %(state)s.") % {"state": scorecard.get_state_display()}]
        )
    problems = scoring_open_problems(scorecard)
    if problems:
        raise TransitionRefused(problems)
    cleaned, overall = clean_scores(scorecard, scores, justification)
    with transaction.atomic():
        # Another tab may have submitted meanwhile: what is stored decides, not this copy.
        stored = Scorecard.objects.select_for_update().filter(pk=scorecard.pk)
        if stored.values_list("state", flat=True).first() != scorecard.state:
            raise TransitionConflict()
        if scorecard.state == ScorecardState.ASSIGNED:
            run_transition(scorecard, "start", by=by)
        keep_revisions = scorecard.submitted_at is not None
        for criterion_id, (value, text) in cleaned.items():
            write_score(scorecard, criterion_id, value, text, by, keep_revisions)
        if keep_revisions and overall != scorecard.justification:
            ScoreRevision.objects.create(
                scorecard=scorecard,
                old_justification=scorecard.justification,
                new_justification=overall,
                changed_by=by,
            )
        scorecard.justification = overall
        scorecard.save(update_fields=["justification", "updated_at"])
    return scorecard


def write_score(
    scorecard: Scorecard, criterion_id: int, value: Any, text: str, by: Any, keep_revisions: bool
) -> None:
    score, created = Score.objects.get_or_create(
        scorecard=scorecard,
        criterion_id=criterion_id,
        defaults={"value": value, "justification": text},
    )
    if created or (score.value == value and score.justification == text):
        return
    if keep_revisions:
        ScoreRevision.objects.create(
            scorecard=scorecard,
            criterion_id=criterion_id,
            old_value=score.value,
            new_value=value,
            old_justification=score.justification,
            new_justification=text,
            changed_by=by,
        )
    score.value, score.justification = value, text
    score.save(update_fields=["value", "justification", "updated_at"])


def submit_scorecard(scorecard: Scorecard, *, by: Any) -> TransitionRecord:
    """Submits a complete scorecard. Side effects: the record."""
    return run_transition(scorecard, "submit", by=by)


def recuse(scorecard: Scorecard, *, by: Any, reason: str) -> tuple[TransitionRecord, Any | None]:
    """The juror (or the secretariat) recuses the juror from a candidacy.

    Side effects, in order: the conflict, declared with the reason; the scorecard recused and
    recorded. Returns the record and a proposed replacement (not yet assigned).
    """
    with transaction.atomic():
        record = run_transition(scorecard, "recuse", by=by, note=reason)
        Conflict.objects.create(
            edition=scorecard.round.edition,
            juror=scorecard.juror,
            candidacy=scorecard.candidacy,
            reason=record.note,
            declared_by=by,
        )
    return record, propose_replacement(scorecard)


def reopen_scorecard(scorecard: Scorecard, *, by: Any, note: str) -> TransitionRecord:
    """The secretariat reopens a submitted scorecard. Side effects: the record; later changes
    to its scores are kept as revisions."""
    return run_transition(scorecard, "reopen", by=by, note=note)


# Reminders --------------------------------------------------------------------------------------


def send_reminders(round_: Round | None = None) -> int:
    """Reminds jurors with pending work in rounds open for scoring, once a day at most each.

    ``round_`` limits the reminders to that round's jury (the secretariat's button); without
    it every open round is covered (the daily command). A juror with work in several rounds
    gets one mail listing them all.
    Side effects: the reminder time on each of the juror's seats; after commit, the mails.
    Returns how many jurors were reminded.
    """
    now = timezone.now()
    pending_here = Scorecard.objects.filter(
        round=OuterRef("round"), juror=OuterRef("user"), state__in=ScorecardState.pending()
    )
    open_seats = (
        JuryMember.objects.filter(
            Exists(pending_here),
            state=InvitationState.ACCEPTED,
            round__edition__state__in=SCORING_EDITION_STATES,
        )
        .exclude(round__scoring_closes_at__lte=now)
        .exclude(round__scoring_opens_at__gt=now)
    )
    recently = JuryMember.objects.filter(reminded_at__gt=now - REMINDER_INTERVAL)
    due = open_seats.exclude(user__in=recently.values("user"))
    if round_ is not None:
        due = due.filter(user__in=open_seats.filter(round=round_).values("user"))
    with transaction.atomic():
        seats = list(due.select_for_update().order_by("user_id", "round__scoring_closes_at"))
        jurors = {seat.user_id: seat for seat in reversed(seats)}  # each juror's first seat
        JuryMember.objects.filter(pk__in=[seat.pk for seat in seats]).update(reminded_at=now)
        for seat in jurors.values():
            transaction.on_commit(partial(tasks.send_jury_mail.enqueue, seat.pk, "reminder"))
    return len(jurors)
