"""Preparing an edition over the API: who may create and change it, what bad input says, what
is frozen once the call opens, and each transition as an action named after it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from awards.enums import EditionState
from awards.models import Edition, Prize, TransitionRecord
from tests import factories

pytestmark = pytest.mark.django_db

LIST = reverse("v1:edition-list")


def as_user(user: Any | None) -> APIClient:
    api = APIClient()
    if user is not None:
        api.force_authenticate(user)
    return api


def detail(edition: Edition | str, action: str | None = None) -> str:
    slug = edition if isinstance(edition, str) else edition.slug
    if action is None:
        return reverse("v1:edition-detail", args=[slug])
    return reverse(f"v1:edition-{action.replace('_', '-')}", args=[slug])


def criterion(key: str, weight: str = "1", **extra: Any) -> dict[str, Any]:
    return {
        "key": key,
        "names": {"en": key.title(), "fr": f"{key} (fr)"},
        "weight": weight,
        **extra,
    }


def new_edition(**overrides: Any) -> dict[str, Any]:
    """What an award manager sends to create a complete draft."""
    closes = timezone.now() + dt.timedelta(days=60)
    body = {
        "slug": "culture21-2031",
        "code": "CULT",
        "year": 2031,
        "names": {"en": "Culture 21 Award 2031", "fr": "Prix Culture 21 2031"},
        "languages": ["en", "fr"],
        "timezone": "Europe/Madrid",
        "call_closes_at": closes.isoformat(),
        "implementation_from": "2020-01-01",
        "implementation_until": "2031-06-30",
        "max_candidacies_per_organisation": 1,
        "settings": {"shortlist_size": 2, "tie_break": ["impact"]},
        "categories": [
            {"key": "heritage", "names": {"en": "Heritage", "es": "Patrimonio"}},
            {"key": "creativity", "names": {"en": "Creativity"}, "order": 1},
        ],
        "rounds": [
            {
                "number": 1,
                "names": {"en": "Technical committee"},
                "blind": True,
                "reviewers_per_candidacy": 2,
                "criteria": [
                    criterion("impact", "2", scale_min=1, scale_max=5),
                    criterion("innovation"),
                ],
            }
        ],
        "prizes": [
            {
                "names": {"en": "Culture 21 Prize"},
                "category": "heritage",
                "amount": "10000.50",
                "currency": "USD",
                "sponsor": "City of Barcelona",
            }
        ],
    }
    body.update(overrides)
    return body


def test_an_award_manager_creates_a_draft_with_its_structure() -> None:
    manager = factories.award_manager()
    response = as_user(manager).post(LIST, new_edition(), format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["state"] == EditionState.DRAFT
    assert body["names"]["fr"] == "Prix Culture 21 2031"
    assert body["languages"] == ["en", "fr"]
    assert body["settings"]["shortlist_size"] == 2
    assert [c["key"] for c in body["categories"]] == ["heritage", "creativity"]
    assert body["categories"][0]["names"]["es"] == "Patrimonio"
    (round_,) = body["rounds"]
    assert round_["blind"] is True
    assert {c["key"]: c["weight"] for c in round_["criteria"]} == {
        "impact": "2.00",
        "innovation": "1.00",
    }
    assert body["prizes"][0]["category"] == "heritage"
    assert body["prizes"][0]["amount"] == "10000.50"
    edition = Edition.objects.get(slug="culture21-2031")
    assert list(edition.secretariat.all()) == [manager]  # the creator goes on preparing it
    assert Prize.objects.get(edition=edition).amount == Decimal("10000.50")


@pytest.mark.parametrize("who", ["anonymous", "stranger", "secretariat", "applicant"])
def test_only_award_managers_create_editions(who: str) -> None:
    user = {
        "anonymous": lambda: None,
        "stranger": factories.UserFactory,
        "secretariat": lambda: factories.secretary(factories.open_edition()),
        "applicant": lambda: factories.draft_candidacy()[1],
    }[who]()
    response = as_user(user).post(LIST, new_edition(), format="json")
    assert response.status_code == (401 if user is None else 403)
    assert not Edition.objects.filter(slug="culture21-2031").exists()


@pytest.mark.parametrize(
    ("change", "errors"),
    [
        ({"timezone": "Mars/Olympus"}, {"timezone"}),
        ({"languages": ["en", "klingon"]}, {"languages"}),
        ({"names": {"fr": "Sans anglais"}}, {"names"}),
        ({"names": {"en": "x", "xx": "?"}}, {"names"}),
        ({"code": "culture"}, {"code"}),
        ({"state": "published"}, {"state"}),
        ({"settings": {"shortlist_percent": "140"}}, {"settings"}),
        ({"call_opens_at": "2100-01-01T00:00:00Z"}, {"non_field_errors"}),
        ({"prizes": [{"names": {"en": "P"}, "currency": "euro"}]}, {"prizes"}),
        ({"prizes": [{"names": {"en": "P"}, "amount": "-1"}]}, {"prizes"}),
        ({"prizes": [{"names": {"en": "P"}, "category": "nowhere"}]}, {"prizes"}),
        ({"categories": [{"key": "a", "names": {"en": "A"}}] * 2, "prizes": []}, {"categories"}),
    ],
)
def test_bad_input_is_400_with_field_errors(change: dict[str, Any], errors: set[str]) -> None:
    response = as_user(factories.award_manager()).post(LIST, new_edition(**change), format="json")
    assert response.status_code == 400, response.json()
    body = response.json()
    assert body["code"] == "invalid"
    assert set(body["errors"]) == errors
    assert not Edition.objects.filter(slug="culture21-2031").exists()


def test_a_bad_criterion_is_named_by_its_place() -> None:
    rounds = [
        {
            "number": 1,
            "names": {"en": "Panel"},
            "criteria": [criterion("fine"), criterion("flat", scale_min=5, scale_max=5)],
        },
        {"number": 2, "names": {"en": "Final"}, "criteria": [criterion("weightless", "0")]},
    ]
    response = as_user(factories.award_manager()).post(
        LIST, new_edition(rounds=rounds), format="json"
    )
    assert response.status_code == 400
    errors = response.json()["errors"]["rounds"]
    assert set(errors) == {"1"}  # by the place of each item that failed
    assert errors["1"]["criteria"]["0"]["weight"]  # the serializer's check: more than zero
    assert not Edition.objects.exists()

    rounds[1]["criteria"] = [criterion("fine")]
    response = as_user(factories.award_manager()).post(
        LIST, new_edition(rounds=rounds), format="json"
    )
    assert response.status_code == 400
    errors = response.json()["errors"]["rounds"]
    assert set(errors) == {"0"}
    assert set(errors["0"]["criteria"]) == {"1"}
    assert "non_field_errors" in errors["0"]["criteria"]["1"]  # the model's constraint
    assert not Edition.objects.exists()


def draft_of(manager: Any) -> Edition:
    response = as_user(manager).post(LIST, new_edition(), format="json")
    assert response.status_code == 201
    return Edition.objects.get(slug=response.json()["slug"])


def test_the_secretariat_changes_a_draft_and_its_structure() -> None:
    manager = factories.award_manager()
    edition = draft_of(manager)
    prize_category = edition.prizes.get().category_id
    closes = timezone.now() + dt.timedelta(days=90)
    change = {
        "timezone": "America/Montreal",
        "call_closes_at": closes.isoformat(),
        "languages": ["en", "fr", "es"],
        "settings": {"shortlist_size": None, "shortlist_percent": "25.00"},
        "rounds": [
            {
                "number": 1,
                "names": {"en": "Technical committee"},
                "criteria": [criterion("impact", "3"), criterion("inclusion")],
            }
        ],
    }
    response = as_user(manager).patch(detail(edition), change, format="json")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["timezone"] == "America/Montreal"
    assert body["languages"] == ["en", "fr", "es"]
    assert body["settings"]["shortlist_percent"] == "25.00"
    assert body["settings"]["shortlist_size"] is None
    criteria = {c["key"]: c for c in body["rounds"][0]["criteria"]}
    assert set(criteria) == {"impact", "inclusion"}  # innovation was left out: deleted
    assert criteria["impact"]["weight"] == "3.00"
    assert criteria["impact"]["scale_max"] == 5  # matched by key: what was not sent stays
    # Categories and prizes were not sent: untouched.
    assert [c["key"] for c in body["categories"]] == ["heritage", "creativity"]
    assert edition.prizes.get().category_id == prize_category


def test_a_prize_keeps_its_category_when_categories_are_sent_again() -> None:
    manager = factories.award_manager()
    edition = draft_of(manager)
    categories = [{"key": "heritage", "names": {"en": "Living heritage"}}]
    response = as_user(manager).patch(detail(edition), {"categories": categories}, format="json")
    assert response.status_code == 200
    assert response.json()["categories"][0]["names"]["en"] == "Living heritage"
    assert response.json()["prizes"][0]["category"] == "heritage"


def test_who_may_change_a_draft() -> None:
    manager = factories.award_manager()
    edition = draft_of(manager)
    change = {"timezone": "UTC"}
    # A draft does not exist for anyone outside its secretariat.
    for user in (factories.UserFactory(), factories.secretary(factories.open_edition())):
        assert as_user(user).patch(detail(edition), change, format="json").status_code == 404
    assert as_user(None).patch(detail(edition), change, format="json").status_code == 401
    public = factories.open_edition()
    for user in (factories.UserFactory(), factories.secretary(factories.open_edition())):
        response = as_user(user).patch(detail(public), {"names": {"en": "Mine"}}, format="json")
        assert response.status_code == 403
    response = as_user(None).patch(detail(public), {"names": {"en": "Mine"}}, format="json")
    assert response.status_code == 401
    public.refresh_from_db()
    assert public.name_en != "Mine"


def test_once_the_call_opens_only_the_texts_change() -> None:
    edition = factories.open_edition()
    staff = factories.secretary(edition)
    frozen = [
        {"call_closes_at": (timezone.now() + dt.timedelta(days=99)).isoformat()},
        {"categories": [{"key": "new", "names": {"en": "New"}}]},
        {"rounds": [{"number": 1, "names": {"en": "R"}, "criteria": [criterion("only")]}]},
        {"prizes": []},
        {"settings": {"shortlist_size": 5}},
        {"names": {"en": "Fine"}, "languages": ["en"]},
    ]
    for change in frozen:
        response = as_user(staff).patch(detail(edition), change, format="json")
        assert response.status_code == 409, change
        body = response.json()
        assert "call has opened" in body["detail"]
        assert set(body["errors"]) == set(change) - {"names"}  # named as they were sent
    edition.refresh_from_db()
    assert edition.categories.count() == 1
    assert edition.shortlist_size is None
    response = as_user(staff).patch(
        detail(edition), {"names": {"fr": "Nouveau nom"}}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["names"]["fr"] == "Nouveau nom"


def test_settings_are_shown_to_those_who_may_change_the_edition_only() -> None:
    edition = factories.open_edition(shortlist_size=3)
    url = detail(edition)
    assert as_user(factories.secretary(edition)).get(url).json()["settings"]["shortlist_size"] == 3
    assert as_user(None).get(url).json()["settings"] is None
    assert as_user(factories.UserFactory()).get(url).json()["settings"] is None


def test_editions_list_for_the_secretariat_takes_constant_queries(
    django_assert_max_num_queries: Any,
) -> None:
    edition = factories.open_edition()
    staff = factories.secretary(edition)
    api = as_user(staff)
    with django_assert_max_num_queries(30) as one:
        assert api.get(LIST).status_code == 200
    for _ in range(3):
        factories.open_edition(secretariat=[staff])
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = api.get(LIST)
    assert len(response.json()["results"]) == 4
    assert all(e["settings"] is not None for e in response.json()["results"])


# Transitions -------------------------------------------------------------------------------------


def test_open_call_is_refused_with_its_reasons_until_the_draft_is_ready() -> None:
    manager = factories.award_manager()
    response = as_user(manager).post(
        LIST,
        new_edition(categories=[], rounds=[], prizes=[], call_closes_at=None),
        format="json",
    )
    assert response.status_code == 201
    url = detail("culture21-2031", "open_call")
    response = as_user(manager).post(url, {}, format="json")
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "transition_refused"
    assert "category" in body["detail"]
    assert "closing date" in body["detail"]
    assert Edition.objects.get().state == EditionState.DRAFT


def test_the_secretariat_runs_each_transition_with_a_note() -> None:
    edition = factories.edition_in_state(EditionState.DELIBERATION)
    staff = factories.secretary(edition)
    api = as_user(staff)
    response = api.post(detail(edition, "publish"), {"note": "Ceremony held."}, format="json")
    assert response.status_code == 200
    assert response.json()["state"] == EditionState.PUBLISHED
    record = TransitionRecord.objects.filter(edition=edition, transition="publish").get()
    assert (record.actor, record.note) == (staff, "Ceremony held.")
    response = api.post(detail(edition, "archive"))
    assert response.json()["state"] == EditionState.ARCHIVED
    # Not from this state: 409, nothing changes.
    response = api.post(detail(edition, "open_call"))
    assert response.status_code == 409
    assert response.json()["code"] == "transition_refused"


def test_a_draft_opens_and_closes_through_its_actions() -> None:
    edition = factories.prepared_edition()
    api = as_user(factories.secretary(edition))
    assert api.post(detail(edition, "close_call")).status_code == 409
    response = api.post(detail(edition, "open_call"))
    assert response.status_code == 200
    assert response.json()["state"] == EditionState.CALL_OPEN
    assert response.json()["accepts_submissions"] is True
    response = api.post(detail(edition, "close_call"), {"note": "Early."}, format="json")
    assert response.json()["state"] == EditionState.CALL_CLOSED
    # Screening found no candidacy eligible: the evaluation cannot start.
    response = api.post(detail(edition, "start_evaluation"))
    assert response.status_code == 409
    assert "eligible" in response.json()["detail"]


@pytest.mark.parametrize("action", ["close_call", "start_evaluation", "archive"])
def test_others_may_not_run_transitions(action: str) -> None:
    edition = factories.open_edition()
    _candidacy, applicant = factories.draft_candidacy(edition)
    for user in (applicant, factories.UserFactory(), factories.secretary(factories.open_edition())):
        response = as_user(user).post(detail(edition, action))
        assert response.status_code == 403
        assert response.json()["code"] == "permission_denied"
    assert as_user(None).post(detail(edition, action)).status_code == 401
    draft = factories.prepared_edition()
    assert as_user(applicant).post(detail(draft, "open_call")).status_code == 404
    edition.refresh_from_db()
    assert edition.state == EditionState.CALL_OPEN


def test_a_note_that_is_too_long_is_400() -> None:
    edition = factories.prepared_edition()
    response = as_user(factories.secretary(edition)).post(
        detail(edition, "open_call"), {"note": "x" * 5001}, format="json"
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"note"}


def test_a_bad_change_is_400_and_changes_nothing() -> None:
    manager = factories.award_manager()
    edition = draft_of(manager)
    change = {
        "timezone": "UTC",
        "categories": [{"key": "heritage", "names": {"en": "Heritage"}}],
        "prizes": [{"names": {"en": "Prize"}, "category": "creativity"}],  # just deleted
    }
    response = as_user(manager).patch(detail(edition), change, format="json")
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "prizes": {"0": {"category": ["No category of this edition has the key “creativity”."]}}
    }
    edition.refresh_from_db()
    assert edition.timezone == "Europe/Madrid"
    assert sorted(edition.categories.values_list("key", flat=True)) == ["creativity", "heritage"]
