"""The demo: a realistic award, loaded through the services, every state represented."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from accounts.models import User
from awards.enums import CandidacyState, EditionState, UCLGRegion
from awards.models import Candidacy, Edition, TransitionRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_output() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_the_iopd_edition_is_realistic(demo_output: str) -> None:
    iopd = Edition.objects.get(code="IOPD", state=EditionState.DELIBERATION)
    candidacies = iopd.candidacies.select_related("organisation")
    assert candidacies.count() >= 40
    assert {c.organisation.uclg_region for c in candidacies} == set(UCLGRegion.values)
    assert {c.language for c in candidacies} == {"en", "fr", "es", "pt"}
    assert set(iopd.categories.values_list("key", flat=True)) == {
        "democratic-peaceful-cities",
        "urban-management-public-space",
        "gender-care",
        "ecological-transition",
        "civic-tech",
    }
    assert iopd.rounds.count() == 2
    first = iopd.rounds.get(number=1)
    assert set(first.criteria.values_list("key", flat=True)) == {
        "inclusion",
        "citizenship",
        "transparency",
        "effectiveness",
        "innovation",
        "transferability",
        "evaluation",
    }
    assert iopd.prizes.filter(amount__gt=0).exists()
    assert iopd.exclusions.count() == 2


def test_every_candidacy_state_is_shown(demo_output: str) -> None:
    states = set(Candidacy.objects.values_list("state", flat=True))
    assert states == set(CandidacyState.values)
    assert {e.state for e in Edition.objects.all()} >= {
        EditionState.CALL_OPEN,
        EditionState.EVALUATION,
        EditionState.DELIBERATION,
    }


def test_every_candidacy_has_its_true_history(demo_output: str) -> None:
    for candidacy in Candidacy.objects.exclude(state=CandidacyState.DRAFT):
        targets = [r.target for r in TransitionRecord.objects.for_object(candidacy)]
        assert targets[0] == CandidacyState.SUBMITTED
        assert targets[-1] == candidacy.state
    returned_then_resubmitted = [
        c
        for c in Candidacy.objects.all()
        if [r.transition for r in TransitionRecord.objects.for_object(c)][:3]
        == ["submit", "return_for_clarification", "submit"]
    ]
    assert returned_then_resubmitted


def test_demo_logins_are_printed_and_work(demo_output: str, client: object) -> None:
    assert "palmares-demo" in demo_output
    for email in ("admin@palmares.example", "secretariat@palmares.example"):
        assert email in demo_output
        assert User.objects.get(email=email).check_password("palmares-demo")
    applicant = User.objects.get(email="applicant@palmares.example")
    assert applicant.organisations.get().candidacies.count() >= 2


def test_the_secretariat_finds_the_demo_edition_in_the_admin(demo_output: str, client) -> None:
    client.login(email="secretariat@palmares.example", password="palmares-demo")
    page = client.get("/admin/awards/edition/")
    assert page.status_code == 200
    assert page.context["cl"].result_count == 4
    iopd = Edition.objects.get(state=EditionState.DELIBERATION)
    assert client.get(f"/admin/awards/edition/{iopd.pk}/change/").status_code == 200


def test_seeding_twice_keeps_the_data_and_reprints_the_logins(demo_output: str) -> None:
    count = Candidacy.objects.count()
    again = StringIO()
    call_command("seed_demo", stdout=again)
    assert "already loaded" in again.getvalue()
    assert "applicant@palmares.example" in again.getvalue()
    assert Candidacy.objects.count() == count


def test_juries_scored_with_a_lenient_and_a_severe_juror(demo_output: str) -> None:
    from django.db.models import Avg

    from evaluation.models import Score, Scorecard

    iopd = Edition.objects.get(state=EditionState.DELIBERATION)
    panels = iopd.rounds.get(number=1)
    assert not Scorecard.objects.filter(round=panels, state__in=["assigned", "in_progress"])
    means = dict(
        Score.objects.filter(scorecard__round=panels)
        .values_list("scorecard__juror__email")
        .annotate(mean=Avg("value"))
    )
    lenient = means.pop("claire.dubois@jury.palmares.example")
    severe = means.pop("olga.sokolova@jury.palmares.example")
    assert lenient > max(means.values())
    assert severe < min(means.values())


def test_rounds_stand_at_different_stages(demo_output: str) -> None:
    from evaluation.models import JuryMember, Scorecard

    states = set(
        Scorecard.objects.filter(round__edition__code="YPB").values_list("state", flat=True)
    )
    assert states == {"assigned", "in_progress", "submitted", "recused"}
    assert JuryMember.objects.filter(round__edition__state=EditionState.CALL_OPEN, state="invited")
    juror = User.objects.get(email="juror@palmares.example")
    assert juror.check_password("palmares-demo")
    assert juror.scorecards.filter(state="assigned").exists()
    assert juror.jury_memberships.filter(state="invited").exists()


def test_a_ranked_round_has_a_frozen_snapshot_that_recomputes(demo_output: str) -> None:
    from reports import services
    from reports.models import RankingSnapshot

    snapshot = RankingSnapshot.objects.get(
        round__edition__state=EditionState.DELIBERATION, round__number=1
    )
    _table, digest = services.recompute(snapshot)
    assert digest == snapshot.sha256
    assert snapshot.result_csv.count("\n") > 40


def test_last_years_edition_is_published_with_its_vote_and_repository(
    demo_output: str, client: object
) -> None:
    from awards import vote_queries

    past = Edition.objects.get(state=EditionState.PUBLISHED)
    assert past.year == Edition.objects.get(state=EditionState.DELIBERATION).year - 1
    assert "/editions/iopd-" in demo_output
    # Its winners, one of whom this year's call excludes as the previous winner.
    winners = past.candidacies.filter(state=CandidacyState.WINNER)
    assert winners.count() == 2
    excluded = Edition.objects.get(state=EditionState.DELIBERATION).exclusions
    assert excluded.filter(organisation__in=winners.values("organisation")).exists()
    # Every final decision has its result mail (sent once the seed's transaction commits).
    decided = past.candidacies.filter(state__in=CandidacyState.final_decisions())
    assert decided.count() > 30
    assert not decided.filter(outbox=None).exists()
    # The public vote: counted ballots, a rejected burst, the community mention public.
    vote = past.public_vote
    assert vote.ballots.filter(counts=True).count() >= 150
    assert vote.ballots.filter(flagged=True, counts=False).count() >= 3
    mention = vote_queries.community_mention_for_public(past)
    assert mention is not None
    # The pages a visitor opens.
    results = client.get(f"/editions/{past.slug}/results/")
    assert results.status_code == 200
    assert winners.first().title in results.content.decode()
    repository = client.get("/practices/")
    consenting = past.candidacies.filter(
        consent_to_publish=True, state__in=CandidacyState.decisions()
    )
    assert repository.context["page"].paginator.count == consenting.count() > 20
