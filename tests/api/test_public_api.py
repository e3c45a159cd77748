"""The public API: published results and the repository of practices, anonymous and read-only,
with embargoed and unconsented content present that must never show."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache
from django.urls import reverse
from rest_framework.test import APIClient

from tests import factories, publication
from tests.publication import HIDDEN, PUBLIC, UNCONSENTED_WINNER_TITLE, World

pytestmark = pytest.mark.django_db

IN_REPOSITORY = ("winner", "mention", "finalist", "not_selected")


@pytest.fixture(autouse=True)
def _fast_passwords_and_fresh_throttle(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # the anonymous throttle counts in the cache


@pytest.fixture
def world(db: Any) -> World:
    return publication.build()


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def text_of(response: Any) -> str:
    return json.dumps(response.json(), ensure_ascii=False)


def test_published_results_list_only_published_editions(api: APIClient, world: World) -> None:
    response = api.get(reverse("v1:published-result-list"))
    assert response.status_code == 200
    editions = response.json()["results"]
    assert [e["slug"] for e in editions] == [world.published.slug]
    results = {r["reference"]: r for r in editions[0]["results"]}
    winner, quiet = world["winner"], world["unconsented_winner"]
    assert set(results) == {
        winner.reference,
        quiet.reference,
        world["mention"].reference,
        world["finalist"].reference,
    }
    assert results[winner.reference]["prize"]["share"] == "500.00"
    assert results[winner.reference]["prize"]["ex_aequo"] is True
    assert results[winner.reference]["in_repository"] is True
    assert results[winner.reference]["practice"].endswith(f"/practices/{winner.reference}/")
    assert results[winner.reference]["photos"]
    assert results[world["mention"].reference]["mention"] == "Mention for inclusion"
    # Distinguished without consent: its name and distinction, nothing more.
    assert results[quiet.reference]["title"] == UNCONSENTED_WINNER_TITLE
    assert results[quiet.reference]["in_repository"] is False
    assert results[quiet.reference]["practice"] is None
    assert results[quiet.reference]["public_summary"] == ""
    assert results[quiet.reference]["photos"] == []
    assert editions[0]["no_awards"] == [
        {
            "category": {
                "key": "budget",
                "name": "Budgets",
                "names": {"en": "Budgets", "fr": "", "es": "", "pt": ""},
            }
        }
    ]
    assert editions[0]["jury"] == [
        {"round": 1, "name": "Category panels", "jurors": [publication.JUROR_NAME]}
    ]
    publication.assert_nothing_hidden(text_of(response))


def test_published_results_of_an_embargoed_edition_do_not_exist(
    api: APIClient, world: World
) -> None:
    response = api.get(reverse("v1:published-result-detail", args=[world.embargoed.slug]))
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    detail = api.get(reverse("v1:published-result-detail", args=[world.published.slug]))
    assert detail.status_code == 200
    publication.assert_nothing_hidden(text_of(detail))


def test_practices_list_the_repository_only(api: APIClient, world: World) -> None:
    response = api.get(reverse("v1:practice-list"))
    assert response.status_code == 200
    data = response.json()
    assert {p["reference"] for p in data["results"]} == {world[n].reference for n in IN_REPOSITORY}
    mention = next(p for p in data["results"] if p["reference"] == world["mention"].reference)
    assert mention["organisation"] == {
        "name": "Ayuntamiento de Valle",
        "city": "Valle Alto",
        "country": "ES",
        "uclg_region": "europe",
        "population_band": "20k-100k",
    }
    assert mention["result"] == "special_mention"
    assert mention["mention"] == "Mention for inclusion"
    assert mention["year"] == 2031
    assert mention["language"] == "es"
    assert mention["url"].endswith(f"/practices/{mention['reference']}/")
    assert "contact_email" not in mention
    assert "practice_description" not in mention
    text = text_of(response)
    publication.assert_nothing_hidden(text)
    assert UNCONSENTED_WINNER_TITLE not in text


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": PUBLIC["winner"]}, {"winner"}),
        ({"q": "presupuesto"}, {"mention"}),
        ({"q": "Valle Alto"}, {"mention"}),
        ({"country": "BR"}, {"winner"}),
        ({"category": "budget"}, {"mention"}),
        ({"region": "latin_america"}, {"winner"}),
        ({"population": "20k-100k"}, {"mention"}),
        ({"year": 2031}, set(IN_REPOSITORY)),
        ({"year": 2032}, set()),
        ({"result": "finalist"}, {"finalist"}),
        ({"language": "pt"}, {"not_selected"}),
        ({"q": HIDDEN["embargo_title"]}, set()),
        ({"q": HIDDEN["section"]}, set()),
        ({"q": "Quillharbour"}, set()),
    ],
)
def test_practices_search_and_filter_like_the_page(
    api: APIClient, world: World, params: dict[str, Any], expected: set[str]
) -> None:
    response = api.get(reverse("v1:practice-list"), params)
    assert response.status_code == 200
    assert {p["reference"] for p in response.json()["results"]} == {
        world[name].reference for name in expected
    }


def test_an_invalid_filter_answers_400_in_the_api_shape(api: APIClient, world: World) -> None:
    response = api.get(reverse("v1:practice-list"), {"result": "withdrawn"})
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert "result" in body["errors"]


def test_a_practice_by_reference_and_nothing_outside_the_repository(
    api: APIClient, world: World
) -> None:
    winner = world["winner"]
    response = api.get(reverse("v1:practice-detail", args=[winner.reference]))
    assert response.status_code == 200
    assert response.json()["title"] == winner.title
    assert response.json()["prize"]["name"] == "Grand prize"
    assert response.json()["prize"]["share"] == "500.00"
    assert response.json()["prize"]["ex_aequo"] is True
    for name in ("unconsented_winner", "unconsented_loser", "embargoed_winner", "ineligible"):
        missing = api.get(reverse("v1:practice-detail", args=[world[name].reference]))
        assert missing.status_code == 404, name


def test_the_public_api_is_read_only(api: APIClient, world: World) -> None:
    url = reverse("v1:practice-list")
    assert api.post(url, {"title": "x"}).status_code == 405
    detail = reverse("v1:practice-detail", args=[world["winner"].reference])
    assert api.delete(detail).status_code == 405
    assert api.patch(detail, {"title": "x"}).status_code == 405


def test_the_public_api_is_throttled(api: APIClient, settings: Any, world: World) -> None:
    settings.PALMARES_API_ANON_RATE = "2/minute"
    statuses = [api.get(reverse("v1:practice-list")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_x_forwarded_for_does_not_lift_the_limit(
    api: APIClient, settings: Any, world: World
) -> None:
    settings.PALMARES_API_ANON_RATE = "2/minute"
    statuses = [
        api.get(reverse("v1:practice-list"), HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]
    # Behind one proxy, only the address it appended counts, not what the client wrote.
    cache.clear()
    settings.PALMARES_NUM_PROXIES = 1
    statuses = [
        api.get(
            reverse("v1:published-result-list"),
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.5",
        ).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]
    other = api.get(reverse("v1:practice-list"), HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other.status_code == 200


def test_signed_in_clients_are_throttled_too(api: APIClient, settings: Any, world: World) -> None:
    settings.PALMARES_API_ANON_RATE = "100/minute"
    settings.PALMARES_API_USER_RATE = "2/minute"
    api.force_authenticate(factories.UserFactory())
    statuses = [
        api.get(reverse("v1:practice-list"), REMOTE_ADDR=f"192.0.2.{n}").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


@pytest.mark.parametrize(
    "params",
    [{"country": "zz"}, {"country": "BRA"}, {"year": "2031.7"}, {"year": "soon"}],
)
def test_practices_refuse_an_invalid_country_or_year(
    api: APIClient, world: World, params: dict[str, str]
) -> None:
    response = api.get(reverse("v1:practice-list"), params)
    assert response.status_code == 400
    assert next(iter(params)) in response.json()["errors"]


def test_published_results_refuse_a_fractional_year(api: APIClient, world: World) -> None:
    response = api.get(reverse("v1:published-result-list"), {"year": "2031.7"})
    assert response.status_code == 400
    assert api.get(reverse("v1:published-result-list"), {"year": "2031"}).status_code == 200


def test_a_country_in_lower_case_is_read(api: APIClient, world: World) -> None:
    response = api.get(reverse("v1:practice-list"), {"country": "br"})
    assert [p["reference"] for p in response.json()["results"]] == [world["winner"].reference]


def test_the_secretariat_too_gets_404_before_publication(api: APIClient, world: World) -> None:
    api.force_authenticate(factories.secretary(world.embargoed))
    detail = api.get(reverse("v1:published-result-detail", args=[world.embargoed.slug]))
    assert detail.status_code == 404
    listed = api.get(reverse("v1:published-result-list")).json()["results"]
    assert [edition["slug"] for edition in listed] == [world.published.slug]
    practice = api.get(reverse("v1:practice-detail", args=[world["embargoed_winner"].reference]))
    assert practice.status_code == 404
    publication.assert_nothing_hidden(json.dumps(listed, ensure_ascii=False))


def test_public_lists_cost_the_same_queries_with_one_or_three_items(
    api: APIClient, django_assert_max_num_queries: Any
) -> None:
    publication.small_published(1)
    with django_assert_max_num_queries(20) as practices_one:
        api.get(reverse("v1:practice-list"))
    with django_assert_max_num_queries(20) as results_one:
        api.get(reverse("v1:published-result-list"))
    publication.small_published(3)
    publication.small_published(2)
    cache.clear()
    with django_assert_max_num_queries(len(practices_one.captured_queries)):
        practices = api.get(reverse("v1:practice-list")).json()
    with django_assert_max_num_queries(len(results_one.captured_queries)):
        results = api.get(reverse("v1:published-result-list")).json()
    assert practices["count"] == 6
    assert len(results["results"]) == 3
