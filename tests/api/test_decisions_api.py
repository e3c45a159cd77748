"""Decisions over the API: the same rules and the same embargo as the pages."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from awards.enums import CandidacyState
from awards.models import Candidacy, Decision, NoAward
from reports import services as reports
from tests import factories

pytestmark = pytest.mark.django_db
C = CandidacyState


def as_user(user: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


def frozen_edition() -> tuple[Any, list[Candidacy], Any]:
    round_ = factories.scored_round(
        candidacies=3, jurors=2, values=[["9", "9"], ["6", "6"], ["3", "3"]]
    )
    edition = round_.edition
    edition.shortlist_size = 1
    edition.save(update_fields=["shortlist_size"])
    staff = factories.secretary(edition)
    snapshot = reports.freeze(round_, by=staff)
    return snapshot, list(edition.candidacies.order_by("reference_number")), staff


def state(candidacy: Candidacy) -> str:
    return Candidacy.objects.get(pk=candidacy.pk).state


def test_the_secretariat_applies_the_rule_and_decides() -> None:
    snapshot, entries, staff = frozen_edition()
    api = as_user(staff)
    applied = api.post(
        reverse("v1:decision-apply-shortlist"), {"snapshot": snapshot.pk}, format="json"
    )
    assert applied.status_code == 201
    assert [d["decision"] for d in applied.json()] == ["shortlist", "not_select", "not_select"]
    assert all(d["snapshot"] == snapshot.pk for d in applied.json())

    prize = factories.PrizeFactory(edition=snapshot.round.edition, amount=Decimal("3000"))
    won = api.post(
        reverse("v1:decision-list"),
        {"candidacy": entries[0].pk, "decision": "declare_winner", "prize": prize.pk},
        format="json",
    )
    assert won.status_code == 201
    assert (won.json()["prize_share"], won.json()["rank"]) == ("3000.00", 1)
    mails = api.get(reverse("v1:result-mail-list")).json()["results"]
    assert {m["candidacy_reference"] for m in mails} == {c.reference for c in entries}
    assert all(m["sent_at"] is None for m in mails)


def test_a_departure_without_a_reason_is_refused_with_a_field_error() -> None:
    snapshot, entries, staff = frozen_edition()
    response = as_user(staff).post(
        reverse("v1:decision-list"),
        {"candidacy": entries[2].pk, "decision": "shortlist", "snapshot": snapshot.pk},
        format="json",
    )
    assert response.status_code == 409
    assert "reason" in response.json()["errors"]
    assert state(entries[2]) == C.IN_EVALUATION
    assert not Decision.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"candidacy": "x", "decision": "shortlist"},
        {"candidacy": 0, "decision": "shortlist"},
        {"candidacy": "{pk}", "decision": "withdraw"},
        {"candidacy": "{pk}", "decision": "shortlist", "snapshot": 999999},
        {"candidacy": "{pk}", "decision": "shortlist", "prize": 999999, "reason": "x"},
        {"candidacy": "{pk}", "decision": "shortlist", "reason": "x" * 5001},
    ],
)
def test_bad_input_is_refused_and_nothing_is_decided(body: dict) -> None:
    _snapshot, entries, staff = frozen_edition()
    data = {k: (v.format(pk=entries[0].pk) if isinstance(v, str) else v) for k, v in body.items()}
    response = as_user(staff).post(reverse("v1:decision-list"), data, format="json")
    assert response.status_code in (400, 404)
    assert response.json()["status"] == response.status_code
    assert state(entries[0]) == C.IN_EVALUATION


@pytest.mark.parametrize("role", ["applicant", "juror", "stranger", "other_secretariat"])
def test_decisions_do_not_exist_for_anyone_else(role: str) -> None:
    snapshot, entries, staff = frozen_edition()
    as_user(staff).post(
        reverse("v1:decision-apply-shortlist"), {"snapshot": snapshot.pk}, format="json"
    )
    user = {
        "applicant": lambda: factories.member_of(entries[0].organisation),
        "juror": lambda: snapshot.round.jury.first().user,
        "stranger": factories.UserFactory,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
    }[role]()
    api = as_user(user)
    assert api.get(reverse("v1:decision-list")).json()["results"] == []
    assert api.get(reverse("v1:result-mail-list")).json()["results"] == []
    assert api.get(reverse("v1:no-award-list")).json()["results"] == []
    refused = api.post(
        reverse("v1:decision-list"),
        {"candidacy": entries[0].pk, "decision": "make_finalist"},
        format="json",
    )
    assert refused.status_code == 404
    assert (
        api.post(
            reverse("v1:decision-apply-shortlist"), {"snapshot": snapshot.pk}, format="json"
        ).status_code
        == 404
    )
    assert (
        api.post(
            reverse("v1:no-award-list"),
            {"edition": snapshot.round.edition_id, "reason": "Weak."},
            format="json",
        ).status_code
        == 404
    )
    assert state(entries[0]) == C.SHORTLISTED
    assert not NoAward.objects.exists()
    assert APIClient().get(reverse("v1:decision-list")).status_code in (401, 403)


def test_no_award_over_the_api() -> None:
    snapshot, _entries, staff = frozen_edition()
    edition = snapshot.round.edition
    api = as_user(staff)
    missing = api.post(reverse("v1:no-award-list"), {"edition": edition.pk}, format="json")
    assert missing.status_code == 400
    assert "reason" in missing.json()["errors"]
    made = api.post(
        reverse("v1:no-award-list"),
        {"edition": edition.pk, "category": edition.categories.first().pk, "reason": "Weak."},
        format="json",
    )
    assert made.status_code == 201
    assert NoAward.objects.get().reason == "Weak."


def test_the_decision_list_does_not_grow_its_queries(django_assert_max_num_queries: Any) -> None:
    snapshot, _entries, staff = frozen_edition()
    api = as_user(staff)
    api.post(reverse("v1:decision-apply-shortlist"), {"snapshot": snapshot.pk}, format="json")
    with django_assert_max_num_queries(8):
        assert len(api.get(reverse("v1:decision-list")).json()["results"]) == 3
