"""The first read endpoints: editions, categories, criteria; the schema and its docs page."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.urls import reverse
from rest_framework.test import APIClient

from api.tokens import issue_token
from awards.enums import EditionState
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def test_editions_list_the_public_ones(api: APIClient) -> None:
    visible = factories.open_edition()
    factories.prepared_edition()  # draft
    response = api.get(reverse("v1:edition-list"))
    assert response.status_code == 200
    assert [e["slug"] for e in response.json()["results"]] == [visible.slug]
    edition = response.json()["results"][0]
    assert edition["names"]["fr"] == visible.name_fr
    assert edition["categories"][0]["key"] == "gender-care"
    assert {c["key"] for c in edition["rounds"][0]["criteria"]} == {"inclusion", "innovation"}
    assert edition["accepts_submissions"] is True


def test_edition_names_follow_accept_language(api: APIClient) -> None:
    edition = factories.open_edition()
    response = api.get(reverse("v1:edition-detail", args=[edition.slug]), HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json()["name"] == edition.name_fr


def test_a_draft_is_404_for_the_public_and_readable_by_its_secretariat(api: APIClient) -> None:
    draft = factories.prepared_edition()
    url = reverse("v1:edition-detail", args=[draft.slug])
    response = api.get(url)
    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "code": "not_found",
        "detail": response.json()["detail"],
        "errors": {},
    }
    _token, secret = issue_token(factories.secretary(draft), "Secretariat script")
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert api.get(url).status_code == 200


def test_the_state_is_never_written_and_editions_are_not_deleted(api: APIClient) -> None:
    edition = factories.open_edition()
    api.force_authenticate(factories.secretary(edition))
    url = reverse("v1:edition-detail", args=[edition.slug])
    response = api.patch(url, {"state": "published"}, format="json")
    assert response.status_code == 400  # only the transitions' actions move it
    assert set(response.json()["errors"]) == {"state"}
    assert api.delete(url).status_code == 405


def test_categories_and_criteria_filter_by_edition(api: APIClient) -> None:
    one, two = factories.open_edition(), factories.open_edition()
    factories.prepared_edition()  # a draft's criteria never show
    categories = api.get(reverse("v1:category-list"), {"edition": one.slug}).json()
    assert [c["edition"] for c in categories["results"]] == [one.slug]
    criteria = api.get(reverse("v1:criterion-list"), {"edition": two.slug, "round": 1}).json()
    assert {c["edition"] for c in criteria["results"]} == {two.slug}
    assert len(criteria["results"]) == 2
    every = api.get(reverse("v1:criterion-list")).json()
    assert every["count"] == 4  # two open editions × two criteria


@pytest.mark.parametrize("route", ["v1:edition-list", "v1:category-list", "v1:criterion-list"])
def test_lists_take_a_constant_number_of_queries(
    api: APIClient, route: str, django_assert_max_num_queries: Any
) -> None:
    factories.open_edition()
    with django_assert_max_num_queries(20) as one:
        api.get(reverse(route))
    for _ in range(3):
        factories.open_edition()
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = api.get(reverse(route))
    assert response.status_code == 200


def test_bad_filters_answer_400_with_field_errors(api: APIClient) -> None:
    response = api.get(reverse("v1:edition-list"), {"state": "flying", "year": "soon"})
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert set(body["errors"]) == {"state", "year"}


def test_schema_validates_without_warnings(tmp_path: Any) -> None:
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    assert "/api/v1/editions/" in target.read_text()


def test_schema_and_docs_pages(api: APIClient) -> None:
    assert api.get(reverse("api-schema")).status_code == 200
    docs = api.get(reverse("api-docs"))
    assert docs.status_code == 200
    assert b"swagger-ui" in docs.content


def test_published_editions_are_listed_with_state_filter(api: APIClient) -> None:
    factories.open_edition()
    published = factories.edition_in_state(EditionState.PUBLISHED)
    response = api.get(reverse("v1:edition-list"), {"state": "published"})
    assert [e["slug"] for e in response.json()["results"]] == [published.slug]
