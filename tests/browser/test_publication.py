"""The public side in a real browser: a visitor searches the repository of practices in
Spanish and opens a practice; a winner downloads its certificate."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests import publication
from tests.browser.helpers import choose_language, said, sign_in, verified

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_searches_the_repository_in_spanish_and_opens_a_practice(page: Page) -> None:
    world = publication.build()
    mention = world["mention"]
    page.goto("/practices/")
    choose_language(page, "es")
    # Spanish words, not the English ones said() falls back to while locale/es lacks them.
    for english in ("Repository of practices", "Words", "Search"):
        assert said(english, "es") != english, f"{english!r} is not translated into Spanish"
    expect(page.get_by_role("heading", level=1)).to_have_text(said("Repository of practices", "es"))

    search = page.get_by_role("search")
    search.get_by_label(said("Words", "es")).fill("presupuestos")
    search.get_by_role("button", name=said("Search", "es")).click()

    expect(page).to_have_url(re.compile(r"[?&]q=presupuestos"))
    found = page.get_by_role("link", name=mention.title)
    expect(found).to_be_visible()
    # Only the Spanish practice speaks of "presupuestos"; the hidden ones never show.
    expect(page.locator("ol.practices > li")).to_have_count(1)
    publication.assert_nothing_hidden(page.content())

    found.click()
    expect(page).to_have_url(re.compile(rf"/practices/{re.escape(mention.reference)}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_text(mention.title)
    expect(page.get_by_text(mention.public_summary)).to_be_visible()
    publication.assert_nothing_hidden(page.content())


def test_a_winner_downloads_its_certificate(page: Page) -> None:
    world = publication.build()
    winner = world["winner"]
    member = verified(world.applicants["winner"])
    sign_in(page, member)
    page.goto(f"/my/candidacies/{winner.pk}/")

    link = page.get_by_role("link", name=said("Download the certificate"))
    expect(link).to_be_visible()
    with page.expect_download() as waiting:
        link.click()
    download = waiting.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_no_certificate_before_publication(page: Page) -> None:
    world = publication.build()
    embargoed = world["embargoed_winner"]
    member = verified(world.applicants["embargoed_winner"])
    sign_in(page, member)
    page.goto(f"/my/candidacies/{embargoed.pk}/")
    expect(page.get_by_role("main")).to_contain_text(said("Under evaluation"))
    expect(page.get_by_role("link", name=said("Download the certificate"))).to_have_count(0)
    response = page.request.get(f"/my/candidacies/{embargoed.pk}/certificate.pdf")
    assert response.status == 404
