"""Public pages: the home page and an edition's page."""

from __future__ import annotations

import zoneinfo
from typing import Any

import pytest
from django.urls import reverse

from awards.enums import EditionState
from tests import factories

pytestmark = pytest.mark.django_db


def test_home_lists_open_and_past_editions_but_not_drafts(client: Any) -> None:
    open_call = factories.open_edition(name_en="Open Award 2031")
    draft = factories.prepared_edition(name_en="Secret Draft Award")
    past = factories.edition_in_state(EditionState.PUBLISHED)
    page = client.get(reverse("home"))
    assert page.status_code == 200
    assert list(page.context["open_calls"]) == [open_call]
    assert list(page.context["past"]) == [past]
    html = page.content.decode()
    assert "Open Award 2031" in html
    assert past.name_en in html
    assert "Secret Draft Award" not in html
    assert draft.slug not in html


def test_home_shows_the_deadline_in_the_edition_time_zone(client: Any) -> None:
    edition = factories.open_edition(timezone="America/Mexico_City")
    html = client.get(reverse("home")).content.decode()
    local = edition.call_closes_at.astimezone(zoneinfo.ZoneInfo("America/Mexico_City"))
    assert "(America/Mexico_City)" in html
    assert f'datetime="{local.isoformat()}"' in html


def test_home_query_count_does_not_grow_with_editions(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    factories.open_edition()
    factories.edition_in_state(EditionState.PUBLISHED)
    with django_assert_max_num_queries(20) as one:
        client.get(reverse("home"))
    for _ in range(3):
        factories.open_edition()
        factories.edition_in_state(EditionState.PUBLISHED)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(reverse("home"))


def test_edition_page_shows_categories_criteria_and_prizes(client: Any) -> None:
    edition = factories.open_edition()
    factories.PrizeFactory(edition=edition, name_en="Best practice award", sponsor="Host city")
    page = client.get(reverse("edition-detail", args=[edition.slug]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Gender and care" in html
    assert "Best practice award" in html
    assert "Host city" in html
    assert "5,000" in html or "5000" in html


def test_a_draft_edition_is_hidden_from_the_public_but_not_from_its_secretariat(
    client: Any,
) -> None:
    draft = factories.prepared_edition()
    url = reverse("edition-detail", args=[draft.slug])
    assert client.get(url).status_code == 404
    client.force_login(factories.UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(factories.secretary(draft))
    assert client.get(url).status_code == 200


def test_pages_speak_the_chosen_language(client: Any) -> None:
    factories.open_edition(name_fr="Prix OIDP 2031")
    response = client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    assert response.status_code == 302
    page = client.get(reverse("home"))
    html = page.content.decode()
    assert '<html lang="fr"' in html
    assert "Appels ouverts" in html
    assert "Prix OIDP 2031" in html


def test_base_template_is_accessible_and_switches_language(client: Any) -> None:
    html = client.get(reverse("home")).content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert 'name="viewport"' in html
    assert '<label for="language-select">' in html
    for code in ("en", "fr", "es", "pt"):
        assert f'value="{code}"' in html


def test_counts_on_the_home_page_leave_out_drafts_whoever_looks(client: Any) -> None:
    edition = factories.open_edition()
    edition.secretariat.add(factories.UserFactory(), factories.UserFactory())
    factories.submitted_candidacy(edition)
    factories.draft_candidacy(edition)
    for user in (None, factories.UserFactory(), factories.secretary(edition)):
        if user:
            client.force_login(user)
        (listed,) = client.get(reverse("home")).context["open_calls"]
        assert listed.submitted_count == 1
