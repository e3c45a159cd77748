"""Scores given before a conflict was declared: the secretariat decides, on the record, whether
they count; the ranking leaves out those that do not and says which."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from awards.enums import EditionState
from awards.models import Edition
from awards.transitions import TransitionRefused
from evaluation import deliberation, queries, services
from evaluation.enums import ScorecardState
from evaluation.models import Scorecard, ScoreDecision
from reports import queries as report_queries
from reports import services as reports
from tests import factories

pytestmark = pytest.mark.django_db


def conflicted_round(conflicts: int = 1) -> tuple[Any, list[Scorecard]]:
    """A scored round whose first ``conflicts`` jurors declare, after submitting, a conflict
    with the first candidacy (the first through its organisation)."""
    round_ = factories.scored_round(candidacies=3, jurors=max(3, conflicts))
    candidacy = round_.edition.candidacies.order_by("reference_number").first()
    cards = []
    for index, member in enumerate(round_.jury.order_by("pk")[:conflicts]):
        services.declare_conflict(
            round_.edition,
            juror=member.user,
            reason="I advised this city last year.",
            by=member.user,
            **(
                {"organisation": candidacy.organisation} if index == 0 else {"candidacy": candidacy}
            ),
        )
        cards.append(Scorecard.objects.get(round=round_, candidacy=candidacy, juror=member.user))
    return round_, cards


def n_of(ranking: Any, reference: str) -> int:
    return int(ranking.table.set_index("candidacy").loc[reference, "n"])


def test_a_conflict_after_scoring_keeps_the_scorecard_and_asks_for_a_decision() -> None:
    round_, (card,) = conflicted_round()
    card.refresh_from_db()
    assert card.state == ScorecardState.SUBMITTED  # declaring recuses only pending work
    staff = factories.secretary(round_.edition)
    ranking = reports.rank(round_, by=staff)
    assert [c.pk for c in ranking.pending] == [card.pk]
    assert ranking.excluded == []
    assert n_of(ranking, card.candidacy.reference) == 3  # undecided: it still counts


def test_scores_decided_not_to_count_leave_the_ranking_and_are_named() -> None:
    round_, (card,) = conflicted_round()
    staff = factories.secretary(round_.edition)
    names_before = report_queries.pseudonyms(round_)
    decision = deliberation.decide_conflicted_score(
        card, counts=False, reason="The conflict is serious.", by=staff
    )
    assert (decision.counts, decision.decided_by) == (False, staff)
    ranking = reports.rank(round_, by=staff)
    assert [c.pk for c in ranking.excluded] == [card.pk]
    assert ranking.pending == []
    assert n_of(ranking, card.candidacy.reference) == 2
    data = report_queries.round_data(round_)
    juror = report_queries.pseudonyms(round_)[card.juror_id]
    assert not (
        (data.scores["candidacy"] == card.candidacy.reference) & (data.scores["juror"] == juror)
    ).any()
    assert report_queries.pseudonyms(round_) == names_before  # nobody is renamed
    # A snapshot frozen now leaves them out too.
    snapshot = reports.freeze(round_, by=staff)
    assert snapshot.scores_csv.count(card.candidacy.reference) == 2 * 2  # 2 jurors × 2 criteria
    # A later decision replaces it; both are kept.
    deliberation.decide_conflicted_score(
        card, counts=True, reason="On reflection, minor.", by=staff
    )
    assert n_of(reports.rank(round_, by=staff), card.candidacy.reference) == 3
    assert list(card.conflict_decisions.values_list("counts", flat=True)) == [False, True]


def test_the_ranking_page_shows_which_scores_are_left_out(client: Any) -> None:
    round_, (card,) = conflicted_round()
    staff = factories.secretary(round_.edition)
    client.force_login(staff)
    url = reverse("round-ranking", args=[round_.pk])
    assert "pending-scorecards" in client.get(url).content.decode()
    deliberation.decide_conflicted_score(card, counts=False, reason="Serious conflict.", by=staff)
    page = client.get(url).content.decode()
    assert "excluded-scorecards" in page
    assert card.candidacy.reference in page
    assert "Serious conflict." in page


def test_a_decision_needs_a_reason_and_a_conflicted_submitted_scorecard() -> None:
    round_, (card,) = conflicted_round()
    staff = factories.secretary(round_.edition)
    with pytest.raises(TransitionRefused) as refused:
        deliberation.decide_conflicted_score(card, counts=False, reason="  ", by=staff)
    assert "reason" in refused.value.field_errors
    clean = Scorecard.objects.filter(round=round_).exclude(candidacy=card.candidacy).first()
    with pytest.raises(TransitionRefused, match="declared a conflict"):
        deliberation.decide_conflicted_score(clean, counts=False, reason="No.", by=staff)
    assert not ScoreDecision.objects.exists()


def test_decisions_are_kept_as_they_were_taken() -> None:
    round_, (card,) = conflicted_round()
    decision = deliberation.decide_conflicted_score(
        card, counts=False, reason="Serious.", by=factories.secretary(round_.edition)
    )
    with pytest.raises(ValueError, match="cannot be changed"):
        decision.save()
    with pytest.raises(ValueError, match="cannot be deleted"):
        decision.delete()


def test_nothing_is_decided_once_the_results_are_published() -> None:
    round_, (card,) = conflicted_round()
    Edition.objects.filter(pk=round_.edition_id).update(state=EditionState.PUBLISHED)
    card = Scorecard.objects.select_related("round__edition").get(pk=card.pk)
    with pytest.raises(TransitionRefused, match="published"):
        deliberation.decide_conflicted_score(
            card, counts=False, reason="Late.", by=factories.secretary(round_.edition)
        )


@pytest.mark.parametrize("role", ["juror", "applicant", "stranger", "other_secretariat"])
def test_only_the_edition_s_secretariat_decides(client: Any, role: str) -> None:
    round_, (card,) = conflicted_round()
    user = {
        "juror": lambda: card.juror,
        "applicant": lambda: factories.member_of(card.candidacy.organisation),
        "stranger": factories.UserFactory,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
    }[role]()
    with pytest.raises(PermissionDenied):
        deliberation.decide_conflicted_score(card, counts=False, reason="No.", by=user)
    client.force_login(user)
    url = reverse("round-conflicted-scores", args=[round_.pk])
    assert client.get(url).status_code == 404
    data = {"scorecard": card.pk, f"s{card.pk}-counts": "no", f"s{card.pk}-reason": "No."}
    assert client.post(url, data).status_code == 404
    assert not ScoreDecision.objects.exists()


def test_the_secretariat_decides_on_its_page(client: Any) -> None:
    round_, (card,) = conflicted_round()
    staff = factories.secretary(round_.edition)
    client.force_login(staff)
    url = reverse("round-conflicted-scores", args=[round_.pk])
    page = client.get(url).content.decode()
    assert card.candidacy.reference in page
    assert "I advised this city last year." in page
    missing = client.post(url, {"scorecard": card.pk, f"s{card.pk}-counts": "no"})
    assert missing.status_code == 200
    assert not ScoreDecision.objects.exists()
    done = client.post(
        url, {"scorecard": card.pk, f"s{card.pk}-counts": "no", f"s{card.pk}-reason": "Serious."}
    )
    assert done.status_code == 302
    assert ScoreDecision.objects.get().counts is False
    assert "not counted" in client.get(url).content.decode()


def test_the_page_takes_a_constant_number_of_queries(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    small, _cards = conflicted_round(conflicts=1)
    client.force_login(factories.secretary(small.edition))
    with django_assert_max_num_queries(30) as one:
        client.get(reverse("round-conflicted-scores", args=[small.pk]))
    queries_for_one = len(one.captured_queries)  # each request clears the log
    big, cards = conflicted_round(conflicts=3)
    staff = factories.secretary(big.edition)
    for card in cards:
        deliberation.decide_conflicted_score(card, counts=False, reason="Serious.", by=staff)
    assert len(list(queries.conflicted_scorecards([big]))) == 3
    client.force_login(staff)
    with django_assert_max_num_queries(queries_for_one):
        client.get(reverse("round-conflicted-scores", args=[big.pk]))
