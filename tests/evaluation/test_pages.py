"""The jury's pages and the secretariat's round pages: flows, refusals and leaks."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from awards.enums import ScoreVisibility
from awards.models import Round
from evaluation import services
from evaluation.enums import InvitationState, ScorecardState
from evaluation.models import JuryMember, Scorecard
from tests import factories

pytestmark = pytest.mark.django_db


def page(client: Any, user: Any, name: str, *args: Any) -> Any:
    client.force_login(user)
    return client.get(reverse(name, args=args))


def submit_form(scorecard: Scorecard, value: str = "8", action: str = "submit") -> dict:
    data = {"justification": "Convincing and well evaluated.", "action": action}
    for criterion in scorecard.round.criteria.all():
        data[f"score_{criterion.pk}"] = value
        data[f"text_{criterion.pk}"] = "Because."
    return data


# The juror ----------------------------------------------------------------------------------------


def test_a_juror_scores_saves_comes_back_and_submits(client: Any) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    client.force_login(scorecard.juror)
    assignments = client.get(reverse("my-assignments"))
    assert scorecard.candidacy.title in assignments.content.decode()
    url = reverse("scorecard", args=[scorecard.pk])
    response = client.post(url, submit_form(scorecard, "6,5", action="save"))
    assert response.status_code == 302
    again = client.get(url)
    assert 'value="6.5"' in again.content.decode()
    client.post(url, submit_form(scorecard, "7"))
    assert Scorecard.objects.get(pk=scorecard.pk).state == ScorecardState.SUBMITTED
    closed = client.get(url).content.decode()
    assert 'name="action"' not in closed  # nothing left to save


def test_bad_scores_come_back_as_field_errors_and_nothing_is_saved(client: Any) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    client.force_login(scorecard.juror)
    data = submit_form(scorecard, "12")
    response = client.post(reverse("scorecard", args=[scorecard.pk]), data)
    assert response.status_code == 200
    form = response.context["form"]
    first = scorecard.round.criteria.order_by("order", "id").first()
    assert "between 0 and 10" in form.errors[f"score_{first.pk}"][0]
    assert f'id="id_score_{first.pk}_error"' in response.content.decode()
    assert not scorecard.scores.exists()


def test_a_submission_missing_scores_keeps_what_was_typed(client: Any) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    client.force_login(scorecard.juror)
    data = submit_form(scorecard)
    first = scorecard.round.criteria.order_by("order", "id").first()
    data[f"score_{first.pk}"] = ""
    response = client.post(reverse("scorecard", args=[scorecard.pk]), data, follow=True)
    assert "Give a score for" in response.content.decode()
    stored = Scorecard.objects.get(pk=scorecard.pk)
    assert stored.state == ScorecardState.IN_PROGRESS
    assert stored.scores.exclude(value=None).count() == scorecard.round.criteria.count() - 1


def test_a_juror_cannot_open_another_jurors_scorecard(client: Any) -> None:
    first, second = factories.assigned_scorecards(candidacies=1, jurors=2, k=2)
    assert page(client, first.juror, "scorecard", second.pk).status_code == 404
    response = client.post(reverse("scorecard", args=[second.pk]), submit_form(second))
    assert response.status_code == 404
    assert not second.scores.exists()


@pytest.mark.parametrize("role", ["applicant", "stranger", "other_juror"])
def test_others_cannot_open_a_scorecard(client: Any, role: str) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    user = {
        "applicant": lambda: factories.member_of(scorecard.candidacy.organisation),
        "stranger": factories.UserFactory,
        "other_juror": lambda: factories.assigned_scorecards(1, 1, 1)[0].juror,
    }[role]()
    assert page(client, user, "scorecard", scorecard.pk).status_code == 404


def test_a_blind_round_hides_who_applied(client: Any) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    organisation = scorecard.candidacy.organisation
    organisation.name, organisation.city = "Câmara Municipal de Cascais", "Cascais"
    organisation.save()
    candidacy = scorecard.candidacy
    candidacy.organisation_presentation = "We are the municipality of Cascais."
    candidacy.save()
    Round.objects.filter(pk=scorecard.round_id).update(blind=True)
    html = page(client, scorecard.juror, "scorecard", scorecard.pk).content.decode()
    assert "Cascais" not in html
    assert "Portugal" not in html
    Round.objects.filter(pk=scorecard.round_id).update(blind=False)
    html = client.get(reverse("scorecard", args=[scorecard.pk])).content.decode()
    assert "Câmara Municipal de Cascais" in html


@pytest.mark.parametrize(
    ("visibility", "own_submitted", "sees"),
    [
        (ScoreVisibility.NEVER, True, False),
        (ScoreVisibility.AFTER_OWN, False, False),
        (ScoreVisibility.AFTER_OWN, True, True),
        (ScoreVisibility.ALWAYS, False, True),
    ],
)
def test_other_jurors_scores_follow_the_round(
    client: Any, visibility: str, own_submitted: bool, sees: bool
) -> None:
    mine, theirs = factories.assigned_scorecards(candidacies=1, jurors=2, k=2)
    Round.objects.filter(pk=mine.round_id).update(score_visibility=visibility)
    services.save_scores(
        theirs,
        scores=factories.full_scores(theirs, "3"),
        justification="A secret opinion.",
        by=theirs.juror,
    )
    theirs.refresh_from_db()
    services.submit_scorecard(theirs, by=theirs.juror)
    if own_submitted:
        services.save_scores(
            mine, scores=factories.full_scores(mine, "9"), justification="Mine.", by=mine.juror
        )
        mine.refresh_from_db()
        services.submit_scorecard(mine, by=mine.juror)
    html = page(client, mine.juror, "scorecard", mine.pk).content.decode()
    assert ("A secret opinion." in html) is sees
    assert (theirs.juror.email in html) is False  # never who the other juror is


def test_a_recused_juror_no_longer_sees_the_candidacy(client: Any) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=2, k=1)[0]
    client.force_login(scorecard.juror)
    response = client.post(
        reverse("scorecard-recuse", args=[scorecard.pk]), {"reason": "I worked on it."}
    )
    assert response.status_code == 302
    assert client.get(reverse("scorecard", args=[scorecard.pk])).status_code == 404
    html = client.get(reverse("my-assignments")).content.decode()
    assert reverse("scorecard", args=[scorecard.pk]) not in html


def test_an_invitation_is_answered_by_its_person_only(client: Any) -> None:
    edition = factories.open_edition()
    invited = factories.juror(edition.rounds.first(), accepted=False)
    member = JuryMember.objects.get(user=invited)
    url = reverse("jury-invitation", args=[member.token])
    assert page(client, factories.UserFactory(), "jury-invitation", member.token).status_code == 404
    client.force_login(invited)
    client.post(url, {"answer": "accept"})
    assert JuryMember.objects.get(pk=member.pk).state == InvitationState.ACCEPTED


def test_my_assignments_query_count_does_not_grow(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    edition, candidacies, (juror,) = factories.evaluated_edition(candidacies=4, jurors=1)
    round_, staff = edition.rounds.get(number=1), factories.secretary(edition)
    services.assign_juror(round_, candidacies[0], juror, by=staff)
    client.force_login(juror)
    with django_assert_max_num_queries(30) as one:
        client.get(reverse("my-assignments"))
    for candidacy in candidacies[1:]:
        services.assign_juror(round_, candidacy, juror, by=staff)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get(reverse("my-assignments"))
    assert len(response.context["rounds"][0][1]) == 4


# The secretariat ----------------------------------------------------------------------------------


def test_the_secretariat_proposes_edits_confirms_and_follows_progress(client: Any) -> None:
    edition, _candidacies, _people = factories.evaluated_edition(candidacies=3, jurors=3)
    round_ = edition.rounds.get(number=1)
    client.force_login(factories.secretary(edition))
    url = reverse("round-assignments", args=[round_.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"action": "propose", "reviewers": 2})
    proposal = round_.proposals.get()
    assert proposal.pairs.count() == 6
    pair = proposal.pairs.first()
    edit = reverse("round-proposal-edit", args=[round_.pk, proposal.pk])
    client.post(edit, {"action": "remove", "candidacy": pair.candidacy_id, "juror": pair.juror_id})
    assert proposal.pairs.count() == 5
    client.post(edit, {"action": "add", "candidacy": pair.candidacy_id, "juror": pair.juror_id})
    client.post(edit, {"action": "confirm"})
    assert Scorecard.objects.filter(round=round_).count() == 6
    progress = client.get(reverse("round-progress", args=[round_.pk]))
    assert progress.status_code == 200
    assert {m.assigned for m in progress.context["jurors"]} == {2}


def test_an_infeasible_request_is_explained_on_the_page(client: Any) -> None:
    edition, candidacies, _people = factories.evaluated_edition(candidacies=1, jurors=1)
    round_ = edition.rounds.get(number=1)
    client.force_login(factories.secretary(edition))
    response = client.post(
        reverse("round-assignments", args=[round_.pk]), {"action": "propose", "reviewers": 3}
    )
    assert response.status_code == 200
    assert candidacies[0].reference in response.content.decode()
    assert not round_.proposals.exists()


@pytest.mark.parametrize("name", ["round-jury", "round-assignments", "round-progress"])
@pytest.mark.parametrize("role", ["juror", "applicant", "stranger", "other_secretariat"])
def test_round_pages_are_the_secretariats_only(client: Any, name: str, role: str) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    user = {
        "juror": lambda: scorecard.juror,
        "applicant": lambda: factories.member_of(scorecard.candidacy.organisation),
        "stranger": factories.UserFactory,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
    }[role]()
    assert page(client, user, name, scorecard.round_id).status_code == 404
    response = client.post(reverse(name, args=[scorecard.round_id]), {"action": "propose"})
    assert response.status_code == 404


def test_the_secretariat_invites_from_the_jury_page(client: Any, mailoutbox: list) -> None:
    edition = factories.open_edition()
    round_ = edition.rounds.first()
    client.force_login(factories.secretary(edition))
    url = reverse("round-jury", args=[round_.pk])
    bad = client.post(url, {"email": "not-an-address", "full_name": "", "languages": ["xx"]})
    assert bad.status_code == 200
    assert set(bad.context["form"].errors) >= {"email", "full_name", "languages"}
    client.post(
        url,
        {"email": "new.juror@example.org", "full_name": "Nadia K.", "languages": ["en", "fr"]},
    )
    assert JuryMember.objects.filter(round=round_, user__email="new.juror@example.org").exists()


def test_progress_query_count_does_not_grow(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    small = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    client.force_login(factories.secretary(small.round.edition))
    with django_assert_max_num_queries(40) as one:
        client.get(reverse("round-progress", args=[small.round_id]))
    big = factories.assigned_scorecards(candidacies=3, jurors=3, k=2)[0]
    client.force_login(factories.secretary(big.round.edition))
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(reverse("round-progress", args=[big.round_id]))


def test_the_infeasible_report_renders_its_reasons(client: Any) -> None:
    edition, _candidacies, _people = factories.evaluated_edition(candidacies=1, jurors=0)
    round_ = edition.rounds.get(number=1)
    factories.juror(round_, languages=("es",))
    client.force_login(factories.secretary(edition))
    response = client.post(
        reverse("round-assignments", args=[round_.pk]), {"action": "propose", "reviewers": 2}
    )
    assert response.status_code == 200
    assert "does not read the language ×1" in response.content.decode()


def test_a_conflict_declared_after_submitting_hides_the_candidacy(client: Any) -> None:
    scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    services.save_scores(
        scorecard, scores=factories.full_scores(scorecard), justification="Ok.", by=scorecard.juror
    )
    scorecard.refresh_from_db()
    services.submit_scorecard(scorecard, by=scorecard.juror)
    services.declare_conflict(
        scorecard.round.edition,
        juror=scorecard.juror,
        organisation=scorecard.candidacy.organisation,
        reason="I now work for them.",
        by=scorecard.juror,
    )
    assert page(client, scorecard.juror, "scorecard", scorecard.pk).status_code == 404
    listing = client.get(reverse("my-assignments")).content.decode()
    assert scorecard.candidacy.title not in listing
    assert Scorecard.objects.get(pk=scorecard.pk).state == ScorecardState.SUBMITTED


def test_progress_with_recusals_keeps_a_constant_number_of_queries(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    def round_with_recusals(count: int) -> Any:
        cards = factories.assigned_scorecards(candidacies=count, jurors=4, k=2)
        for card in cards[:count]:
            services.recuse(card, by=card.juror, reason="Conflict.")
        return cards[0].round

    small = round_with_recusals(1)
    client.force_login(factories.secretary(small.edition))
    with django_assert_max_num_queries(60) as one:
        client.get(reverse("round-progress", args=[small.pk]))
    big = round_with_recusals(3)
    client.force_login(factories.secretary(big.edition))
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(reverse("round-progress", args=[big.pk]))
