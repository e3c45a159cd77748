"""The jury's services: invitations, conflicts, proposals, scoring, recusal, reminders."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from awards.enums import EditionState
from awards.models import Edition, Round, TransitionRecord
from awards.transitions import TransitionConflict, TransitionRefused
from evaluation import services
from evaluation.enums import InvitationState, ScorecardState
from evaluation.models import (
    AssignmentProposal,
    Conflict,
    JuryMember,
    Scorecard,
    ScoreRevision,
)
from tests import factories

pytestmark = pytest.mark.django_db

S = ScorecardState


def first_round(edition: Edition) -> Round:
    return edition.rounds.get(number=1)


# Invitations ------------------------------------------------------------------------------------


def test_invitation_creates_the_account_and_mails_a_way_in(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    edition = factories.open_edition()
    with django_capture_on_commit_callbacks(execute=True):
        member = services.invite_juror(
            first_round(edition),
            email="Juror@Example.org",
            full_name="Aïcha Diallo",
            languages=["fr", "en"],
            country="SN",
            by=factories.secretary(edition),
        )
    user = member.user
    assert user.email == "juror@example.org"
    assert not user.has_usable_password()
    assert user.juror_profile.languages == ["en", "fr"]
    assert member.state == InvitationState.INVITED
    (mail,) = mailoutbox
    assert str(member.token) in mail.body
    assert "/accounts/password/set/" in mail.body  # a one-time link to choose a password


@pytest.mark.parametrize("role", ["stranger", "applicant", "other_secretariat"])
def test_only_the_secretariat_invites(role: str) -> None:
    edition = factories.open_edition()
    user = {
        "stranger": lambda: factories.UserFactory(),
        "applicant": lambda: factories.draft_candidacy(edition)[1],
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
    }[role]()
    with pytest.raises(PermissionDenied):
        services.invite_juror(first_round(edition), email="x@example.org", by=user)
    assert not JuryMember.objects.exists()


def test_only_the_invited_person_answers_and_only_once() -> None:
    edition = factories.open_edition()
    invited = factories.juror(first_round(edition), accepted=False)
    member = JuryMember.objects.get(user=invited)
    with pytest.raises(PermissionDenied):
        services.answer_invitation(member, accept=True, by=factories.UserFactory())
    services.answer_invitation(member, accept=False, by=invited)
    with pytest.raises(TransitionRefused):
        services.answer_invitation(member, accept=True, by=invited)
    assert JuryMember.objects.get(pk=member.pk).state == InvitationState.DECLINED


# Proposals --------------------------------------------------------------------------------------


def test_a_proposal_respects_conflicts_languages_and_country() -> None:
    edition, candidacies, _people = factories.evaluated_edition(candidacies=3, jurors=0)
    Edition.objects.filter(pk=edition.pk).update(same_country_conflict=True)
    round_ = first_round(edition)
    first, second, third = candidacies
    second.language = "pt"
    second.save()
    colleague = factories.juror(round_, organisation=first.organisation)
    compatriot = factories.juror(round_, country=str(third.organisation.country))
    english_only = factories.juror(round_, languages=("en",))
    declared = factories.juror(round_)
    services.declare_conflict(
        edition, juror=declared, candidacy=first, reason="My cousin runs it.", by=declared
    )
    free = [factories.juror(round_) for _ in range(3)]

    proposal = services.propose_assignment(round_, by=factories.secretary(edition), k=2)
    pairs = set(proposal.pairs.values_list("candidacy_id", "juror_id"))

    assert (first.pk, colleague.pk) not in pairs
    assert (third.pk, compatriot.pk) not in pairs
    assert (second.pk, english_only.pk) not in pairs
    assert (first.pk, declared.pk) not in pairs
    assert all(sum(1 for c, _j in pairs if c == x.pk) == 2 for x in candidacies)
    assert free  # the free jurors made it feasible


def test_an_infeasible_request_names_the_candidacies_and_saves_nothing() -> None:
    edition, candidacies, _people = factories.evaluated_edition(candidacies=2, jurors=0)
    round_ = first_round(edition)
    portuguese = candidacies[0]
    portuguese.language = "pt"
    portuguese.save()
    for _ in range(3):
        factories.juror(round_, languages=("en",))
    with pytest.raises(services.AssignmentInfeasible) as infeasible:
        services.propose_assignment(round_, by=factories.secretary(edition), k=2)
    (lacking,) = infeasible.value.lacking
    assert lacking.candidacy == portuguese
    assert (lacking.eligible, lacking.needed) == (0, 2)
    assert dict(lacking.reasons) == {"does not read the language": 3}
    assert not AssignmentProposal.objects.exists()


def test_category_panels_are_respected() -> None:
    edition, candidacies, _people = factories.evaluated_edition(candidacies=2, jurors=0)
    round_ = first_round(edition)
    Round.objects.filter(pk=round_.pk).update(category_panels=True)
    round_.refresh_from_db()
    other = factories.CategoryFactory(edition=edition)
    candidacies[1].category = other
    candidacies[1].save()
    panel_a = [factories.juror(round_, categories=(candidacies[0].category,)) for _ in range(2)]
    panel_b = [factories.juror(round_, categories=(other,)) for _ in range(2)]
    proposal = services.propose_assignment(round_, by=factories.secretary(edition), k=2)
    pairs = set(proposal.pairs.values_list("candidacy_id", "juror_id"))
    assert pairs == {(candidacies[0].pk, j.pk) for j in panel_a} | {
        (candidacies[1].pk, j.pk) for j in panel_b
    }


def test_editing_then_confirming_creates_scorecards_and_mails_jurors(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    edition, _candidacies, people = factories.evaluated_edition(candidacies=2, jurors=3)
    round_ = first_round(edition)
    staff = factories.secretary(edition)
    proposal = services.propose_assignment(round_, by=staff, k=1)
    pair = proposal.pairs.first()
    services.remove_pair(proposal, pair.candidacy, pair.juror, by=staff)
    spare = next(p for p in people if p.pk != pair.juror_id)
    services.add_pair(proposal, pair.candidacy, spare, by=staff)
    outsider = factories.UserFactory()
    with pytest.raises(TransitionRefused, match="not an active member"):
        services.add_pair(proposal, pair.candidacy, outsider, by=staff)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        created = services.confirm_proposal(proposal, by=staff)

    assert len(created) == 2
    assert Scorecard.objects.filter(candidacy=pair.candidacy, juror=spare).exists()
    assert {m.to[0] for m in mailoutbox} == {c.juror.email for c in created}
    with pytest.raises(TransitionRefused, match="already confirmed"):
        services.confirm_proposal(proposal, by=staff)
    assert Scorecard.objects.count() == 2


def test_a_new_proposal_keeps_and_counts_existing_scorecards() -> None:
    edition, candidacies, people = factories.evaluated_edition(candidacies=2, jurors=3)
    round_ = first_round(edition)
    staff = factories.secretary(edition)
    services.assign_juror(round_, candidacies[0], people[0], by=staff)
    proposal = services.propose_assignment(round_, by=staff, k=2)
    pairs = list(proposal.pairs.values_list("candidacy_id", "juror_id"))
    assert (candidacies[0].pk, people[0].pk) not in pairs
    assert sum(1 for c, _j in pairs if c == candidacies[0].pk) == 1
    assert sum(1 for c, _j in pairs if c == candidacies[1].pk) == 2


# Scoring ----------------------------------------------------------------------------------------


@pytest.fixture
def scorecard(db: Any) -> Scorecard:
    return factories.assigned_scorecards(candidacies=2, jurors=2, k=1)[0]


def test_saving_moves_to_in_progress_and_keeps_the_scores(scorecard: Scorecard) -> None:
    criteria = list(scorecard.round.criteria.order_by("order", "id"))
    services.save_scores(
        scorecard,
        scores={criteria[0].pk: ("7,5", "Strong inclusion of youth."), criteria[1].pk: ("", "")},
        justification="Promising.",
        by=scorecard.juror,
    )
    stored = Scorecard.objects.get(pk=scorecard.pk)
    assert stored.state == S.IN_PROGRESS
    assert stored.scores.get(criterion=criteria[0]).value == Decimal("7.5")
    assert stored.scores.get(criterion=criteria[1]).value is None  # an abstention, not a zero
    assert TransitionRecord.objects.for_object(stored).get().transition == "start"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("11", "between 0 and 10"),
        ("-1", "between 0 and 10"),
        ("seven", "Enter a number"),
        ("7.123", "two decimals"),
        ("NaN", "Enter a number"),
        ("1e400", "between 0 and 10"),
    ],
)
def test_bad_scores_are_refused_with_field_errors_and_nothing_is_saved(
    scorecard: Scorecard, typed: str, message: str
) -> None:
    criteria = list(scorecard.round.criteria.order_by("order", "id"))
    with pytest.raises(services.ScoresInvalid) as invalid:
        services.save_scores(
            scorecard,
            scores={criteria[0].pk: ("5", ""), criteria[1].pk: (typed, "")},
            justification="",
            by=scorecard.juror,
        )
    assert message in " ".join(invalid.value.field_errors[f"criterion-{criteria[1].pk}"])
    assert not scorecard.scores.exists()
    assert Scorecard.objects.get(pk=scorecard.pk).state == S.ASSIGNED


def test_only_the_juror_scores(scorecard: Scorecard) -> None:
    for user in (factories.secretary(scorecard.round.edition), factories.UserFactory()):
        with pytest.raises(PermissionDenied):
            services.save_scores(
                scorecard, scores=factories.full_scores(scorecard), justification="", by=user
            )
    assert not scorecard.scores.exists()


@pytest.mark.parametrize(
    ("scores", "justification", "reason"),
    [
        ("missing", "Good.", "Give a score for"),
        ("full", "", "Write an overall justification"),
    ],
)
def test_submission_checks_completeness(
    scorecard: Scorecard, scores: str, justification: str, reason: str
) -> None:
    values = factories.full_scores(scorecard)
    if scores == "missing":
        values.popitem()
    services.save_scores(scorecard, scores=values, justification=justification, by=scorecard.juror)
    scorecard.refresh_from_db()
    with pytest.raises(TransitionRefused, match=reason):
        services.submit_scorecard(scorecard, by=scorecard.juror)
    assert Scorecard.objects.get(pk=scorecard.pk).state == S.IN_PROGRESS


def scored(scorecard: Scorecard) -> Scorecard:
    services.save_scores(
        scorecard,
        scores=factories.full_scores(scorecard),
        justification="Good.",
        by=scorecard.juror,
    )
    scorecard.refresh_from_db()
    return scorecard


def test_a_complete_scorecard_is_submitted(scorecard: Scorecard) -> None:
    record = services.submit_scorecard(scored(scorecard), by=scorecard.juror)
    stored = Scorecard.objects.get(pk=scorecard.pk)
    assert stored.state == S.SUBMITTED
    assert stored.submitted_at is not None
    assert record.actor == scorecard.juror
    with pytest.raises(TransitionRefused):
        services.save_scores(
            stored, scores=factories.full_scores(stored, "2"), justification="", by=stored.juror
        )


def test_a_double_submit_from_two_tabs_leaves_one_submitted_scorecard(
    scorecard: Scorecard,
) -> None:
    scored(scorecard)
    first_tab, second_tab = (Scorecard.objects.get(pk=scorecard.pk) for _ in range(2))
    services.submit_scorecard(first_tab, by=scorecard.juror)
    with pytest.raises((TransitionConflict, TransitionRefused)):
        services.submit_scorecard(second_tab, by=scorecard.juror)
    submits = [
        r for r in TransitionRecord.objects.for_object(scorecard) if r.transition == "submit"
    ]
    assert len(submits) == 1


def test_scoring_is_refused_once_the_round_closes(scorecard: Scorecard) -> None:
    scored(scorecard)
    Round.objects.filter(pk=scorecard.round_id).update(
        scoring_closes_at=timezone.now() + dt.timedelta(hours=1)
    )
    scorecard.round.refresh_from_db()
    with time_machine.travel(timezone.now() + dt.timedelta(hours=2), tick=False):
        with pytest.raises(TransitionRefused, match="Scoring closed"):
            services.submit_scorecard(scorecard, by=scorecard.juror)
        with pytest.raises(TransitionRefused, match="Scoring closed"):
            services.save_scores(
                scorecard,
                scores=factories.full_scores(scorecard),
                justification="x",
                by=scorecard.juror,
            )
    assert Scorecard.objects.get(pk=scorecard.pk).state == S.IN_PROGRESS


def test_reopening_keeps_every_change_as_a_revision(scorecard: Scorecard) -> None:
    services.submit_scorecard(scored(scorecard), by=scorecard.juror)
    staff = factories.secretary(scorecard.round.edition)
    with pytest.raises(PermissionDenied):
        services.reopen_scorecard(scorecard, by=scorecard.juror, note="I changed my mind.")
    with pytest.raises(TransitionRefused):
        services.reopen_scorecard(scorecard, by=staff, note="")
    services.reopen_scorecard(scorecard, by=staff, note="Scores outside the panel's practice.")
    scorecard.refresh_from_db()
    assert scorecard.state == S.IN_PROGRESS
    criterion = scorecard.round.criteria.order_by("order", "id").first()
    services.save_scores(
        scorecard,
        scores={criterion.pk: ("4", "On reflection, weaker.")},
        justification="Good.",
        by=scorecard.juror,
    )
    (revision,) = ScoreRevision.objects.filter(scorecard=scorecard)
    assert (revision.old_value, revision.new_value) == (Decimal("7"), Decimal("4"))
    assert revision.new_justification == "On reflection, weaker."
    with pytest.raises(ValueError, match="cannot be changed"):
        revision.save()


# Recusal and conflicts --------------------------------------------------------------------------


def test_recusal_records_the_conflict_and_proposes_the_lightest_replacement() -> None:
    edition, candidacies, people = factories.evaluated_edition(candidacies=2, jurors=3)
    round_ = first_round(edition)
    staff = factories.secretary(edition)
    first = services.assign_juror(round_, candidacies[0], people[0], by=staff)
    services.assign_juror(round_, candidacies[1], people[1], by=staff)
    with pytest.raises(TransitionRefused):
        services.recuse(first, by=people[0], reason="  ")
    _record, replacement = services.recuse(first, by=people[0], reason="I advised this city.")
    assert Scorecard.objects.get(pk=first.pk).state == S.RECUSED
    assert Conflict.objects.get(juror=people[0]).candidacy == candidacies[0]
    assert replacement == people[2]  # people[1] already carries one
    services.assign_juror(round_, candidacies[0], replacement, by=staff)
    with pytest.raises(TransitionRefused):
        services.assign_juror(round_, candidacies[0], people[0], by=staff)


def test_a_conflict_with_an_organisation_recuses_its_pending_scorecards() -> None:
    cards = factories.assigned_scorecards(candidacies=2, jurors=1, k=1)
    juror = cards[0].juror
    target = cards[0].candidacy.organisation
    services.declare_conflict(
        cards[0].round.edition,
        juror=juror,
        organisation=target,
        reason="Former employer.",
        by=juror,
    )
    states = dict(Scorecard.objects.values_list("candidacy__organisation", "state"))
    assert states[target.pk] == S.RECUSED
    assert list(states.values()).count(S.RECUSED) == 1


# Reminders --------------------------------------------------------------------------------------


def test_reminders_go_once_a_day_to_jurors_with_pending_work(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    cards = factories.assigned_scorecards(candidacies=2, jurors=2, k=1)
    done = next(c for c in cards if c.juror_id != cards[0].juror_id)
    services.submit_scorecard(scored(done), by=done.juror)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reminders() == 1
        assert services.send_reminders() == 0
    assert [m.to for m in mailoutbox] == [[cards[0].juror.email]]
    with time_machine.travel(timezone.now() + dt.timedelta(hours=25), tick=False):
        assert services.send_reminders() == 1


def test_no_reminder_once_the_edition_left_evaluation() -> None:
    cards = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)
    Edition.objects.filter(pk=cards[0].round.edition_id).update(state=EditionState.PUBLISHED)
    assert services.send_reminders() == 0


# Found in review: what changes between proposing and confirming -------------------------------


def test_confirming_checks_each_pair_again() -> None:
    edition, candidacies, people = factories.evaluated_edition(candidacies=1, jurors=2)
    round_ = first_round(edition)
    staff = factories.secretary(edition)
    proposal = services.propose_assignment(round_, by=staff, k=2)
    services.declare_conflict(
        edition, juror=people[0], candidacy=candidacies[0], reason="Cousin.", by=people[0]
    )
    with pytest.raises(TransitionRefused) as refusal:
        services.confirm_proposal(proposal, by=staff)
    assert candidacies[0].reference in refusal.value.reasons[0]
    assert "declared conflict" in refusal.value.reasons[0]
    assert not Scorecard.objects.exists()
    assert AssignmentProposal.objects.get(pk=proposal.pk).confirmed_at is None


def test_a_pair_already_recused_is_skipped_not_a_crash() -> None:
    edition, _candidacies, _people = factories.evaluated_edition(candidacies=1, jurors=3)
    round_ = first_round(edition)
    staff = factories.secretary(edition)
    proposal = services.propose_assignment(round_, by=staff, k=2)
    pair = proposal.pairs.first()
    card = services.assign_juror(round_, pair.candidacy, pair.juror, by=staff)
    services.recuse(card, by=pair.juror, reason="Conflict found late.")
    created = services.confirm_proposal(proposal, by=staff)
    assert all(c.juror_id != pair.juror_id for c in created)


def test_lowering_k_after_confirming_proposes_nothing_more() -> None:
    edition, _candidacies, _people = factories.evaluated_edition(candidacies=2, jurors=3)
    round_ = first_round(edition)
    staff = factories.secretary(edition)
    services.confirm_proposal(services.propose_assignment(round_, by=staff, k=3), by=staff)
    smaller = services.propose_assignment(round_, by=staff, k=2)
    assert smaller.pairs.count() == 0


def test_a_replacement_must_be_a_candidacy_of_the_round() -> None:
    edition, _candidacies, people = factories.evaluated_edition(candidacies=1, jurors=1)
    draft, _applicant = factories.draft_candidacy(factories.open_edition())
    draft.edition = edition
    draft.save()
    with pytest.raises(TransitionRefused, match="not evaluated in this round"):
        services.assign_juror(
            first_round(edition), draft, people[0], by=factories.secretary(edition)
        )
    assert not Scorecard.objects.exists()


def test_a_new_juror_gets_mail_in_a_language_they_read(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    edition = factories.open_edition()
    with django_capture_on_commit_callbacks(execute=True):
        member = services.invite_juror(
            first_round(edition),
            email="fr@example.org",
            languages=["fr"],
            by=factories.secretary(edition),
        )
    assert member.user.preferred_language == "fr"
    assert "Invitation au jury" in mailoutbox[0].subject


def test_reminders_are_one_mail_per_juror_and_scoped_to_the_round(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    first = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    second = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    juror = first.juror
    services.invite_juror(
        second.round,
        email=juror.email,
        languages=["en"],
        by=factories.secretary(second.round.edition),
    )
    seat = JuryMember.objects.get(round=second.round, user=juror)
    services.answer_invitation(seat, accept=True, by=juror)
    services.assign_juror(
        second.round, second.candidacy, juror, by=factories.secretary(second.round.edition)
    )
    other = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reminders(first.round) == 1  # only this round's jury
    assert [m.to for m in mailoutbox] == [[juror.email]]
    assert first.round.edition.name_en in mailoutbox[0].body
    assert second.round.edition.name_en in mailoutbox[0].body  # one mail lists both rounds
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reminders() == 2  # the two others; this one was reminded today
    assert sorted(m.to[0] for m in mailoutbox) == sorted([other.juror.email, second.juror.email])
