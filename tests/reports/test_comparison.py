"""The secretariat's deliberation tools in the reports app: the scores beside the ballots
(Schulze and Borda), the severity model as a normalisation of the ranking, and the flags on
jurors."""

from __future__ import annotations

import io
import json
from typing import Any

import pandas as pd
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.html import escape

from awards.models import Round
from evaluation import services as jury
from reports import ballots, deliberation, ranking, services, severity
from reports.models import Normalisation, RankingSnapshot
from tests import factories
from tests.deliberation import final_round, hand_in, score

pytestmark = pytest.mark.django_db

# Three finalists, three jurors; by the scores f0 leads, but the ballots prefer f1.
VALUES = [["9", "8", "7"], ["6", "7", "8"], ["3", "4", "2"]]


@pytest.fixture
def voted() -> Any:
    final = final_round(values=VALUES)
    hand_in(final, final.jurors[0], [0, 1, 2])
    hand_in(final, final.jurors[1], [1, 0, 2])
    hand_in(final, final.jurors[2], [[1, 2]], left_off=[0])
    return final


def test_the_scores_schulze_and_borda_side_by_side(voted: Any) -> None:
    comparison = deliberation.compare_round(voted.round, by=voted.staff)
    f0, f1, f2 = (c.reference for c in voted.finalists)
    rows = {row.reference: row for row in comparison.rows}
    assert [row.reference for row in comparison.rows] == [f1, f0, f2]  # Schulze's order
    assert (rows[f0].score_rank, rows[f0].schulze_rank, rows[f0].borda_rank) == (1, 2, 2)
    assert (rows[f1].score_rank, rows[f1].schulze_rank, rows[f1].borda_rank) == (2, 1, 1)
    assert rows[f2].agree is True
    assert rows[f0].agree is False
    # The numbers are the engine's, on the submitted ballots.
    expected = ballots.borda([[f0, f1, f2], [f1, f0, f2], [[f1, f2]]], [f0, f1, f2]).set_index(
        "candidate"
    )
    assert rows[f1].borda_points == expected.at[f1, "points"] == 4.5
    assert comparison.pairwise.labels == [f0, f1, f2]
    assert comparison.pairwise.rows[1] == (f1, [2, None, 2])
    assert comparison.schulze_winners == [f1]
    assert comparison.borda_winners == [f1]
    assert comparison.explanation[0].startswith(f"{f0} wins by the scores but {f1} wins by")


def test_the_page_shows_both_methods_and_the_ballots(client: Any, voted: Any) -> None:
    client.force_login(voted.staff)
    page = client.get(reverse("round-comparison", args=[voted.round.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    for marker in ("comparison-table", "Schulze", "Borda", 'id="pairwise"', 'id="strongest-paths"'):
        assert marker in html
    assert "wins by the scores but" in html
    assert "3 submitted ballots are counted." in html
    for juror in voted.jurors:
        assert escape(juror.full_name or juror.email) in html
    f0, f1, f2 = (c.reference for c in voted.finalists)
    assert f"{f0} &gt; {f1} &gt; {f2}" in html
    assert f"{f1} = {f2} | {f0}" in html


def test_only_submitted_ballots_count(voted: Any) -> None:
    from evaluation import deliberation as ballots_service

    extra = factories.juror(voted.round)
    ballots_service.save_ballot(voted.round, by=extra, ordering=[voted.ids[::-1]])
    assert len(deliberation.compare_round(voted.round, by=voted.staff).count.ballots) == 3


def test_a_ballot_whose_juror_then_declares_a_conflict_is_set_aside(
    client: Any, voted: Any
) -> None:
    juror = voted.jurors[1]
    jury.declare_conflict(
        voted.edition, juror=juror, candidacy=voted.finalists[2], reason="Late.", by=juror
    )
    comparison = deliberation.compare_round(voted.round, by=voted.staff)
    assert [ballot.juror for ballot in comparison.count.set_aside] == [juror]
    assert len(comparison.count.ballots) == 2
    client.force_login(voted.staff)
    html = client.get(reverse("round-comparison", args=[voted.round.pk])).content.decode()
    assert "not counted: conflict of interest with a finalist" in html
    assert "2 submitted ballots are counted." in html


def test_without_ballots_only_the_scores_are_ranked(client: Any) -> None:
    final = final_round(values=VALUES)
    comparison = deliberation.compare_round(final.round, by=final.staff)
    assert not comparison.counted
    assert [row.score_rank for row in comparison.rows] == [1, 2, 3]
    assert {row.schulze_rank for row in comparison.rows} == {None}
    client.force_login(final.staff)
    html = client.get(reverse("round-comparison", args=[final.round.pk])).content.decode()
    assert "0 submitted ballots are counted." in html
    assert 'id="pairwise"' not in html


def test_a_finalist_without_scores_is_ranked_by_the_ballots_only() -> None:
    final = final_round(values=[["9", "8"], ["6", "7"], ["", ""]], jurors=2)
    hand_in(final, final.jurors[0], [2, 0, 1])
    comparison = deliberation.compare_round(final.round, by=final.staff)
    assert comparison.unscored == [final.finalists[2].reference]
    assert comparison.explanation == []
    unscored = next(row for row in comparison.rows if row.reference == comparison.unscored[0])
    assert (unscored.score_rank, unscored.schulze_rank, unscored.agree) == (None, 1, None)


def test_the_secretariat_switches_ballots_on_the_page(client: Any) -> None:
    final = final_round(values=VALUES, ballots=False)
    client.force_login(final.staff)
    url = reverse("round-comparison", args=[final.round.pk])
    assert client.post(url, {"action": "enable-ballots"}).status_code == 302
    final.round.refresh_from_db()
    assert final.round.preferential_ballots is True
    hand_in(final, final.jurors[0], [0, 1, 2])
    client.post(url, {"action": "disable-ballots"})
    assert Round.objects.get(pk=final.round.pk).preferential_ballots is True  # a ballot is in


@pytest.mark.parametrize(
    "role",
    [
        "juror_of_the_round",
        "juror_of_another_round",
        "applicant",
        "stranger",
        "other_secretariat",
        "award_manager",
    ],
)
def test_the_comparison_and_the_flags_are_the_secretariat_s(
    client: Any, voted: Any, role: str
) -> None:
    first = voted.edition.rounds.get(number=1)
    user = {
        "juror_of_the_round": lambda: voted.jurors[0],
        "juror_of_another_round": lambda: first.jury.first().user,
        "applicant": lambda: factories.member_of(voted.finalists[0].organisation),
        "stranger": factories.UserFactory,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
        "award_manager": factories.award_manager,
    }[role]()
    with pytest.raises(PermissionDenied):
        deliberation.compare_round(voted.round, by=user)
    with pytest.raises(PermissionDenied):
        deliberation.juror_flags(voted.round, by=user)
    client.force_login(user)
    for name in ("round-comparison", "round-juror-flags"):
        url = reverse(name, args=[voted.round.pk])
        assert client.get(url).status_code == 404, name
        assert client.post(url, {"action": "disable-ballots"}).status_code == 404, name
    assert Round.objects.get(pk=voted.round.pk).preferential_ballots is True


def test_the_page_takes_a_constant_number_of_queries(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    small = final_round(values=[["8"], ["6"], ["4"]], jurors=1)
    hand_in(small, small.jurors[0], [0, 1, 2])
    client.force_login(small.staff)
    with django_assert_max_num_queries(60) as one:
        client.get(reverse("round-comparison", args=[small.round.pk]))
    queries_for_one = len(one.captured_queries)  # each request clears the log
    big = final_round(values=VALUES, jurors=3)
    for juror in big.jurors:
        hand_in(big, juror, [2, 1, 0])
    client.force_login(big.staff)
    with django_assert_max_num_queries(queries_for_one):
        client.get(reverse("round-comparison", args=[big.round.pk]))


# The severity model as a normalisation ----------------------------------------------------------


def incomplete_round() -> Any:
    """The example of docs/ranking.md: juror A scores x 90 and y 70, juror B y 70 and z 50."""
    edition, (x, y, z), (a, b) = factories.evaluated_edition(candidacies=3, jurors=2)
    round_ = edition.rounds.get(number=1)
    staff = factories.secretary(edition)
    for candidacy, juror, value in ((x, a, "9"), (y, a, "7"), (y, b, "7"), (z, b, "5")):
        score(round_, candidacy, juror, value, staff)
    return round_


def test_the_severity_model_ranks_by_the_candidacies_effects() -> None:
    round_ = incomplete_round()
    staff = factories.secretary(round_.edition)
    zscore = services.rank(round_, by=staff)
    assert zscore.params.method == Normalisation.ZSCORE
    assert zscore.severity is None
    chosen = services.rank(round_, by=staff, method="severity")
    assert chosen.params.method == Normalisation.SEVERITY
    scores = chosen.table.set_index("candidacy")["score"].round(6).tolist()
    assert scores == [90.0, 70.0, 50.0]  # what both jurors said: nobody is harsher
    assert zscore.table["score"].round(2).tolist() == [81.55, 70.0, 58.45]
    fit = severity.fit_severity(
        services.as_text(ranking.scorecard_totals(chosen.data.scores, chosen.data.criteria))
    )
    effects = fit.candidacy_effects.set_index("candidacy")
    table = chosen.table.set_index("candidacy")
    assert (table["rank"] == effects.loc[table.index.astype(str), "rank"].to_numpy()).all()
    assert [round(j["effect"], 6) for j in chosen.juror_effects] == [0.0, 0.0]


def test_a_severity_snapshot_recomputes_and_reruns_outside(client: Any) -> None:
    round_ = incomplete_round()
    staff = factories.secretary(round_.edition)
    snapshot = services.freeze(round_, by=staff, method="severity")
    assert (snapshot.method, snapshot.normalise) == ("severity", False)
    assert services.recompute(snapshot)[1] == snapshot.sha256
    assert snapshot.sha256 != services.freeze(round_, by=staff).sha256
    client.force_login(staff)
    document = json.loads(
        client.get(reverse("snapshot-download", args=[snapshot.pk, "snapshot.json"])).content
    )
    assert document["parameters"]["normalise"] == "severity"
    scores = pd.read_csv(io.StringIO(snapshot.scores_csv), dtype={"candidacy": str, "juror": str})
    criteria = pd.read_csv(io.StringIO(snapshot.criteria_csv))
    table = ranking.rank_round(
        scores,
        criteria,
        normalise=document["parameters"]["normalise"],
        aggregate=document["parameters"]["aggregate"],
        tiebreak=document["parameters"]["tiebreak"],
        categories=document["categories"],
        threshold=document["parameters"]["threshold"],
    )
    assert services.result_csv(table) == snapshot.result_csv


def test_a_default_snapshot_keeps_its_fingerprint_shape() -> None:
    """The z-score and no normalisation hash as they did before the severity model existed
    (tests/reports/test_round_ranking.py checks the constant)."""
    params = services.Params(True, "mean", (), 20.0)
    assert params.method == "zscore"
    assert services.Params(False, "mean", (), 20.0).method == "none"
    round_ = factories.scored_round(candidacies=2, jurors=2)
    snapshot = services.freeze(round_, by=factories.secretary(round_.edition), method="none")
    assert (snapshot.method, snapshot.normalise) == ("none", False)
    assert services.snapshot_params(snapshot) == services.Params(False, "mean", (), 20.0)


def test_the_ranking_page_switches_to_the_severity_model(client: Any) -> None:
    round_ = incomplete_round()
    staff = factories.secretary(round_.edition)
    client.force_login(staff)
    url = reverse("round-ranking", args=[round_.pk])
    page = client.get(url, {"method": "severity"})
    assert page.context["ranking"].params.method == "severity"
    html = page.content.decode()
    assert 'id="juror-effects"' in html
    assert 'value="severity" checked' in html
    assert 'id="juror-effects"' not in client.get(url).content.decode()
    client.post(url, {"action": "freeze", "method": "severity", "aggregate": "mean"})
    assert RankingSnapshot.objects.get().method == "severity"
    # The older switch still works.
    assert client.get(url, {"normalise": "0"}).context["ranking"].params.method == "none"


def test_too_large_a_round_falls_back_to_the_z_score(client: Any, monkeypatch: Any) -> None:
    round_ = incomplete_round()
    monkeypatch.setattr(services, "MAX_SEVERITY_CELLS", 1)
    client.force_login(factories.secretary(round_.edition))
    page = client.get(reverse("round-ranking", args=[round_.pk]), {"method": "severity"})
    assert page.context["ranking"].params.method == "zscore"
    assert "too large for the severity model" in page.content.decode()


# Flags on jurors --------------------------------------------------------------------------------

# Four candidacies; J-a and J-b order them alike, the third juror gives everyone 5.
FLAT = [["2", "3", "5"], ["4", "5", "5"], ["6", "7", "5"], ["8", "9", "5"]]


def test_the_flags_page_shows_each_flag_with_its_figures(client: Any) -> None:
    round_ = factories.scored_round(candidacies=4, jurors=3, values=FLAT)
    staff = factories.secretary(round_.edition)
    flags = deliberation.juror_flags(round_, by=staff)
    flat = [juror for juror in flags.jurors if juror.flat]
    assert len(flat) == 1
    assert flat[0].spread == 0
    assert flat[0].reasons[0].startswith("flat: totals spread 0.0 points")
    assert not any(juror.erratic for juror in flags.jurors)
    client.force_login(staff)
    html = client.get(reverse("round-juror-flags", args=[round_.pk])).content.decode()
    assert 'id="juror-flags"' in html
    assert "flat: totals spread 0.0 points" in html
    assert flat[0].juror in html


FIGURES = {"effect": -14.2, "effect_z": -2.4, "correlation": 0.1, "shared": 5, "spread": 2.0}


@pytest.mark.parametrize(
    "flags",
    [
        {},
        {"harsh": True},
        {"lenient": True, "effect": 14.2, "effect_z": 2.4},
        {"erratic": True},
        {"flat": True},
        {"flat": True, "correlation": 0.9},
        {"harsh": True, "erratic": True},
        {"n": 1},
        {"n": 2},
    ],
)
def test_the_flags_reasons_say_what_the_engine_says(flags: dict[str, Any]) -> None:
    """The page's reasons are the engine's (reports.severity), in the active language."""
    row = {"n": 5, "harsh": False, "lenient": False, "erratic": False, "flat": False}
    row.update(FIGURES)
    row.update(flags)
    thresholds = {"min_scorecards": 3, "erratic_below": 0.3, "flat_sd_below": 3.0}
    engine = severity._reasons(pd.Series(row), thresholds)
    assert "; ".join(deliberation.flag_reasons(row)) == engine
