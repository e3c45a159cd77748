"""Decisions from frozen rankings, under embargo until publication, and the result mails."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from awards import services
from awards.enums import ApplicantStatus, CandidacyState
from awards.models import Candidacy, Decision, Edition, NoAward, OutboxMessage, equal_shares
from awards.transitions import TransitionRefused
from reports import services as reports
from reports.models import RankingSnapshot
from tests import factories

pytestmark = pytest.mark.django_db
C = CandidacyState

# Four candidacies that both jurors score alike: ranked 1, 2, 3, 4 in reference order.
DISTINCT = [["9", "9"], ["7", "7"], ["5", "5"], ["3", "3"]]
# The second and third are tied: ranked 1, 2, 2, 4.
TIED = [["9", "9"], ["6", "6"], ["6", "6"], ["3", "3"]]


def frozen(values: list[list[str]], **rule: Any) -> tuple[RankingSnapshot, list[Candidacy], Any]:
    """An edition in evaluation whose round-1 ranking is frozen, with a shortlist rule."""
    round_ = factories.scored_round(candidacies=len(values), jurors=2, values=values)
    edition = round_.edition
    Edition.objects.filter(pk=edition.pk).update(**(rule or {"shortlist_size": 2}))
    edition.refresh_from_db()
    staff = factories.secretary(edition)
    snapshot = reports.freeze(round_, by=staff)
    entries = list(edition.candidacies.order_by("reference_number"))
    return snapshot, entries, staff


def fresh(entries: list[Candidacy]) -> list[Candidacy]:
    return [Candidacy.objects.get(pk=c.pk) for c in entries]


def states(entries: list[Candidacy]) -> list[str]:
    return [Candidacy.objects.get(pk=c.pk).state for c in entries]


def reason(message: str) -> Any:
    return pytest.raises(TransitionRefused, match=message)


# The shortlist rule ---------------------------------------------------------------------------


def test_the_rule_shortlists_the_top_n_and_cites_the_snapshot(mailoutbox: list) -> None:
    snapshot, entries, staff = frozen(DISTINCT, shortlist_size=2)
    mailoutbox.clear()
    decisions = services.apply_shortlist(snapshot, by=staff)
    assert states(entries) == [C.SHORTLISTED, C.SHORTLISTED, C.NOT_SELECTED, C.NOT_SELECTED]
    assert [(d.snapshot_id, d.rank, d.departs_from_ranking) for d in decisions] == [
        (snapshot.pk, rank, False) for rank in (1, 2, 3, 4)
    ]
    # The candidacies not selected have their result mail written, and nothing leaves.
    assert set(OutboxMessage.objects.values_list("candidacy", flat=True)) == {
        entries[2].pk,
        entries[3].pk,
    }
    assert mailoutbox == []


def test_ties_at_the_cut_off_all_advance() -> None:
    snapshot, entries, staff = frozen(TIED, shortlist_size=2)
    services.apply_shortlist(snapshot, by=staff)
    assert states(entries) == [C.SHORTLISTED, C.SHORTLISTED, C.SHORTLISTED, C.NOT_SELECTED]


def test_top_percent_and_cap() -> None:
    snapshot, entries, staff = frozen(DISTINCT, shortlist_percent=Decimal("75"), shortlist_cap=1)
    services.apply_shortlist(snapshot, by=staff)
    assert states(entries) == [C.SHORTLISTED, C.NOT_SELECTED, C.NOT_SELECTED, C.NOT_SELECTED]


def test_the_rule_must_be_set() -> None:
    snapshot, entries, staff = frozen(
        DISTINCT, shortlist_size=None, shortlist_percent=None, shortlist_cap=None
    )
    with reason("shortlist rule"):
        services.apply_shortlist(snapshot, by=staff)
    assert states(entries) == [C.IN_EVALUATION] * 4
    assert not Decision.objects.exists()


@pytest.mark.parametrize("role", ["applicant", "juror", "stranger", "other_secretariat"])
def test_only_the_secretariat_decides(role: str) -> None:
    snapshot, entries, _staff = frozen(DISTINCT)
    user = {
        "applicant": lambda: factories.member_of(entries[0].organisation),
        "juror": lambda: snapshot.round.jury.first().user,
        "stranger": factories.UserFactory,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
    }[role]()
    with pytest.raises(PermissionDenied):
        services.apply_shortlist(snapshot, by=user)
    with pytest.raises(PermissionDenied):
        services.record_decision(entries[0], "shortlist", by=user, reason="Because.")
    with pytest.raises(PermissionDenied):
        services.declare_no_award(snapshot.round.edition, reason="Weak year.", by=user)
    assert states(entries) == [C.IN_EVALUATION] * 4
    assert not NoAward.objects.exists()


# Manual decisions -------------------------------------------------------------------------------


def test_a_departure_from_the_ranking_needs_a_reason() -> None:
    snapshot, entries, staff = frozen(DISTINCT, shortlist_size=2)
    with reason("departs from the frozen ranking"):
        services.record_decision(entries[3], "shortlist", by=staff, reason="  ")
    assert states(entries)[3] == C.IN_EVALUATION
    assert not Decision.objects.exists()

    decision = services.record_decision(
        entries[3], "shortlist", by=staff, reason="Its results are the most transferable."
    )
    assert (decision.departs_from_ranking, decision.rank, decision.snapshot_id) == (
        True,
        4,
        snapshot.pk,
    )
    assert decision.record.note == "Its results are the most transferable."
    # Following the rule needs no reason.
    assert not services.record_decision(entries[0], "shortlist", by=staff).departs_from_ranking
    with reason("departs from the frozen ranking"):
        services.record_decision(entries[1], "not_select", by=staff)


def test_decisions_cite_the_latest_frozen_ranking_unless_told() -> None:
    older, entries, staff = frozen(DISTINCT)
    newer = reports.freeze(older.round, by=staff, normalise=False)
    assert services.record_decision(entries[0], "shortlist", by=staff).snapshot == newer
    cited = services.record_decision(entries[1], "shortlist", by=staff, snapshot=older)
    assert cited.snapshot == older


def test_a_decision_without_any_frozen_ranking_needs_a_reason() -> None:
    candidacy, _ = factories.candidacy_in_state(C.IN_EVALUATION)
    staff = factories.secretary(candidacy.edition)
    with reason("No ranking is frozen yet"):
        services.record_decision(candidacy, "shortlist", by=staff)
    decision = services.record_decision(candidacy, "shortlist", by=staff, reason="Small jury.")
    assert (decision.snapshot, decision.rank, decision.departs_from_ranking) == (None, None, True)


def test_a_snapshot_of_another_edition_is_refused() -> None:
    snapshot, _entries, _staff = frozen(DISTINCT)
    other, others, other_staff = frozen(DISTINCT)
    with reason("another edition"):
        services.record_decision(others[0], "shortlist", by=other_staff, snapshot=snapshot)
    assert states(others)[0] == C.IN_EVALUATION
    assert other.decisions.count() == 0


def test_a_special_mention_needs_a_name() -> None:
    snapshot, entries, staff = frozen(DISTINCT)
    services.apply_shortlist(snapshot, by=staff)
    entries = fresh(entries)
    with reason("Name the special mention"):
        services.record_decision(entries[0], "give_special_mention", by=staff, mention=" ")
    decision = services.record_decision(
        entries[0], "give_special_mention", by=staff, mention="Mention for inclusion"
    )
    assert decision.mention == "Mention for inclusion"
    assert states(entries)[0] == C.SPECIAL_MENTION


def test_an_unknown_decision_is_refused() -> None:
    _snapshot, entries, staff = frozen(DISTINCT)
    with reason("Unknown decision"):
        services.record_decision(entries[0], "withdraw", by=staff)


# Prizes ex aequo ----------------------------------------------------------------------------------


def test_equal_shares_are_whole_cents_that_add_up() -> None:
    assert equal_shares(Decimal("10000.01"), 2) == [Decimal("5000.01"), Decimal("5000.00")]
    shares = equal_shares(Decimal("100"), 3)
    assert shares == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert sum(shares) == Decimal("100")


def test_a_prize_is_split_ex_aequo_and_each_mail_names_its_share() -> None:
    snapshot, entries, staff = frozen(DISTINCT)
    services.apply_shortlist(snapshot, by=staff)
    entries = fresh(entries)
    prize = factories.PrizeFactory(edition=snapshot.round.edition, amount=Decimal("10000.01"))
    first = services.record_decision(entries[0], "declare_winner", by=staff, prize=prize)
    assert first.prize_share == Decimal("10000.01")
    assert "10000.01" in OutboxMessage.objects.get(candidacy=entries[0]).body
    services.record_decision(entries[1], "declare_winner", by=staff, prize=prize)
    shares = dict(Decision.objects.filter(prize=prize).values_list("candidacy", "prize_share"))
    assert shares == {entries[0].pk: Decimal("5000.01"), entries[1].pk: Decimal("5000.00")}
    # The first winner's mail was written again with its new share.
    assert "5000.01" in OutboxMessage.objects.get(candidacy=entries[0]).body


def test_a_prize_goes_to_a_distinction_of_its_own_edition() -> None:
    snapshot, entries, staff = frozen(DISTINCT)
    services.apply_shortlist(snapshot, by=staff)
    entries = fresh(entries)
    foreign = factories.PrizeFactory(edition=factories.open_edition())
    with reason("A prize goes to a winner or a special mention"):
        services.record_decision(entries[0], "declare_winner", by=staff, prize=foreign)
    own = factories.PrizeFactory(edition=snapshot.round.edition)
    with reason("A prize goes to a winner or a special mention"):
        services.record_decision(entries[0], "make_finalist", by=staff, prize=own)
    assert states(entries)[0] == C.SHORTLISTED


# No award -------------------------------------------------------------------------------------


def test_no_award_needs_a_reason_and_a_category_of_the_edition() -> None:
    snapshot, _entries, staff = frozen(DISTINCT)
    edition = snapshot.round.edition
    with reason("Say why no award"):
        services.declare_no_award(edition, reason="", by=staff)
    foreign = factories.CategoryFactory(edition=factories.open_edition(), key="other")
    with reason("another edition"):
        services.declare_no_award(edition, reason="Weak year.", category=foreign, by=staff)
    category = edition.categories.first()
    services.declare_no_award(edition, reason="Weak year.", category=category, by=staff)
    services.declare_no_award(edition, reason="Only two entries.", category=category, by=staff)
    (no_award,) = NoAward.objects.all()
    assert (no_award.category, no_award.reason) == (category, "Only two entries.")


# The embargo and the outbox ---------------------------------------------------------------------


def decided_edition(language: str = "es", share_feedback: bool = True) -> tuple[Any, list, Any]:
    """Four candidacies decided: a winner with a prize, a mention, two not selected."""
    snapshot, entries, staff = frozen(DISTINCT)
    edition = snapshot.round.edition
    Edition.objects.filter(pk=edition.pk).update(share_jury_feedback=share_feedback)
    edition.refresh_from_db()
    Candidacy.objects.filter(pk=entries[0].pk).update(language=language)
    services.apply_shortlist(snapshot, by=staff)
    entries = fresh(entries)
    prize = factories.PrizeFactory(edition=edition, amount=Decimal("5000"))
    services.record_decision(entries[0], "declare_winner", by=staff, prize=prize)
    services.record_decision(entries[1], "give_special_mention", by=staff, mention="Inclusion")
    services.start_deliberation(edition, by=staff)
    return Edition.objects.get(pk=edition.pk), entries, staff


def test_decisions_are_embargoed_until_publication(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    edition, entries, staff = decided_edition()
    assert all(
        Candidacy.objects.get(pk=c.pk).applicant_status == ApplicantStatus.UNDER_EVALUATION
        for c in entries
    )
    assert OutboxMessage.objects.filter(sent_at__isnull=True).count() == 4
    assert services.send_result_mails(edition) == 0  # nothing leaves before publication
    assert mailoutbox == []

    with django_capture_on_commit_callbacks(execute=True):
        services.publish_results(edition, by=staff)

    assert len(mailoutbox) == 4
    assert not OutboxMessage.objects.filter(sent_at__isnull=True).exists()
    winner_mail = next(m for m in mailoutbox if entries[0].reference in m.subject)
    assert "Ganador" in winner_mail.body
    assert "5000" in winner_mail.body
    assert "Ok." in winner_mail.body  # the jury's feedback, shared by this edition
    mention_mail = next(m for m in mailoutbox if entries[1].reference in m.subject)
    assert "Inclusion" in mention_mail.body
    # Sending again sends nothing twice.
    assert services.send_result_mails(edition) == 0
    assert len(mailoutbox) == 4


def test_feedback_stays_out_unless_the_edition_shares_it(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    _edition, entries, _staff = decided_edition(language="en", share_feedback=False)
    assert "Ok." not in OutboxMessage.objects.get(candidacy=entries[0]).body
    assert "Winner" in OutboxMessage.objects.get(candidacy=entries[0]).body


def test_publication_rewrites_the_waiting_mails_from_what_is_stored_now(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    edition, entries, staff = decided_edition(language="en")
    Candidacy.objects.filter(pk=entries[0].pk).update(language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_results(edition, by=staff)
    mail = next(m for m in mailoutbox if entries[0].reference in m.subject)
    assert "Lauréat" in mail.body or "Lauréate" in mail.body


def test_a_shortlisted_candidacy_without_a_final_decision_blocks_publication() -> None:
    snapshot, entries, staff = frozen(DISTINCT)
    services.apply_shortlist(snapshot, by=staff)
    edition = snapshot.round.edition
    services.start_deliberation(edition, by=staff)
    with reason(entries[0].reference):
        services.publish_results(Edition.objects.get(pk=edition.pk), by=staff)


def test_no_decision_after_publication() -> None:
    edition, entries, staff = decided_edition()
    services.publish_results(edition, by=staff)
    with reason("not possible"):
        services.record_decision(Candidacy.objects.get(pk=entries[0].pk), "make_finalist", by=staff)
    assert states(entries)[0] == C.WINNER


# Pages ---------------------------------------------------------------------------------------


def test_the_decisions_page_is_the_secretariats_only(client: Any) -> None:
    snapshot, entries, _staff = frozen(DISTINCT)
    url = reverse("decisions", args=[snapshot.round.edition_id])
    assert client.get(url).status_code == 302  # to the sign-in page
    for user in (
        factories.member_of(entries[0].organisation),
        snapshot.round.jury.first().user,
        factories.UserFactory(),
        factories.secretary(factories.open_edition()),
    ):
        client.force_login(user)
        assert client.get(url).status_code == 404
        assert client.post(url, {"action": "apply_shortlist"}).status_code == 404
        assert client.get(reverse("outbox", args=[snapshot.round.edition_id])).status_code == 404
    assert states(entries) == [C.IN_EVALUATION] * 4


def test_the_secretariat_applies_the_rule_and_decides_from_the_page(client: Any) -> None:
    snapshot, entries, staff = frozen(DISTINCT, shortlist_size=2)
    edition = snapshot.round.edition
    url = reverse("decisions", args=[edition.pk])
    client.force_login(staff)
    page = client.get(url)
    assert page.status_code == 200
    assert snapshot.sha256[:12] in page.content.decode()

    client.post(url, {"action": "apply_shortlist", "snapshot": snapshot.pk})
    assert states(entries) == [C.SHORTLISTED, C.SHORTLISTED, C.NOT_SELECTED, C.NOT_SELECTED]

    refused = client.post(
        url,
        {
            "action": "decide",
            "candidacy": entries[0].pk,
            f"c{entries[0].pk}-decision": "give_special_mention",
            f"c{entries[0].pk}-mention": "",
        },
    )
    assert refused.status_code == 200
    assert "Name the special mention" in refused.content.decode()
    assert states(entries)[0] == C.SHORTLISTED

    client.post(
        url,
        {
            "action": "decide",
            "candidacy": entries[0].pk,
            f"c{entries[0].pk}-decision": "give_special_mention",
            f"c{entries[0].pk}-mention": "Mention for care",
        },
    )
    assert states(entries)[0] == C.SPECIAL_MENTION
    outbox = client.get(reverse("outbox", args=[edition.pk])).content.decode()
    assert "Mention for care" in outbox
    assert "waiting for publication" in outbox


@pytest.mark.parametrize(
    "data",
    [
        {"candidacy": "abc"},
        {"candidacy": "999999"},
        {"candidacy": "{pk}", "c{pk}-decision": "declare_winner"},  # not possible in evaluation
        {"candidacy": "{pk}", "c{pk}-decision": "shortlist", "c{pk}-prize": "not-a-number"},
    ],
)
def test_bad_input_on_the_page_never_decides(client: Any, data: dict) -> None:
    snapshot, entries, staff = frozen(DISTINCT)
    pk = entries[0].pk
    form = {key.format(pk=pk): value.format(pk=pk) for key, value in data.items()}
    client.force_login(staff)
    response = client.post(
        reverse("decisions", args=[snapshot.round.edition_id]), {"action": "decide", **form}
    )
    assert response.status_code in (200, 404)
    assert states(entries) == [C.IN_EVALUATION] * 4


def test_the_decisions_page_does_not_grow_its_queries(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    small, _entries, staff = frozen(DISTINCT[:2])
    client.force_login(staff)
    with django_assert_max_num_queries(60) as few:
        client.get(reverse("decisions", args=[small.round.edition_id]))
    big, _entries, big_staff = frozen(DISTINCT * 3)
    client.force_login(big_staff)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("decisions", args=[big.round.edition_id]))


def test_publishing_from_the_page(
    client: Any, mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    edition, _entries, staff = decided_edition(language="en")
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("decisions", args=[edition.pk]), {"action": "publish"})
    assert Edition.objects.get(pk=edition.pk).results_are_public
    assert len(mailoutbox) == 4
