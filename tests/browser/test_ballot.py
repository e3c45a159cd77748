"""A juror orders the finalists of a final round in a real browser, by keyboard and by dragging
(static/js/ballot.js), and submits; the secretariat then reads the scores, Schulze and Borda side
by side."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from evaluation.enums import BallotState
from evaluation.models import JurorBallot
from tests.browser.conftest import TIMEOUT_MS
from tests.browser.helpers import said, sign_in, verified
from tests.deliberation import final_round, hand_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VALUES = [["9", "8", "7"], ["6", "7", "8"], ["3", "4", "2"]]


def finalist(page: Page, candidacy: Any) -> Locator:
    return page.locator(f"#finalist-{candidacy.pk}")


def order(page: Page) -> list[str]:
    return page.locator("#ballot-list > li").evaluate_all("items => items.map(li => li.dataset.id)")


def press(page: Page, item: Locator, label: str, key: str = "Enter") -> None:
    """Puts the keyboard's focus on the item's button and presses it with ``key``."""
    item.get_by_role("button", name=said(label)).focus()
    page.keyboard.press(key)


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical findings on the page as it stands."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def test_a_juror_orders_by_keyboard_and_by_drag_then_the_secretariat_compares(
    page: Page, browser: Browser, live_server: Any
) -> None:
    final = final_round(values=VALUES)
    f0, f1, f2 = final.finalists
    juror = verified(final.jurors[0])
    sign_in(page, juror)
    page.goto(f"/jury/rounds/{final.round.pk}/ballot/")
    expect(page.locator("#ballot-form.ballot-enhanced")).to_be_attached()
    status = page.locator("#ballot-status")
    # The plain form's fields are there, hidden: the script keeps them in step.
    expect(page.locator(f'input[name="rank-{f0.pk}"]')).to_be_hidden()
    assert order(page) == [str(f0.pk), str(f1.pk), str(f2.pk)]
    assert serious_violations(page) == []

    # By keyboard: the third finalist moves up, then the last one ties with the one above.
    press(page, finalist(page, f2), "Move up")
    expect(status).to_have_text(f"{f2.title}: place 2 of 3.")
    assert order(page) == [str(f0.pk), str(f2.pk), str(f1.pk)]
    focused = page.evaluate("document.activeElement.closest('li').id")
    assert focused == f"finalist-{f2.pk}"  # the focus stays with the finalist moved
    press(page, finalist(page, f1), "Tie with the one above", key="Space")
    expect(status).to_have_text(f"{f1.title} is tied with {f2.title} at place 2.")
    expect(finalist(page, f1).get_by_role("button", name=said("Untie"))).to_be_visible()
    expect(page.locator(f'input[name="rank-{f1.pk}"]')).to_have_value("2")
    expect(page.locator(f'input[name="rank-{f2.pk}"]')).to_have_value("2")

    # By drag: the first finalist is dropped on the tied pair and goes below it.
    finalist(page, f0).drag_to(finalist(page, f1))
    expect(status).to_have_text(f"{f0.title}: place 2 of 2.")
    assert order(page) == [str(f2.pk), str(f1.pk), str(f0.pk)]
    expect(page.locator(f'input[name="rank-{f0.pk}"]')).to_have_value("2")

    page.get_by_role("button", name=said("Submit the ballot")).click()
    expect(page.locator("#submitted-ballot")).to_be_visible()
    ballot = JurorBallot.objects.get(juror=juror)
    assert ballot.state == BallotState.SUBMITTED
    assert [sorted(place) for place in ballot.ordering] == [sorted([f1.pk, f2.pk]), [f0.pk]]

    # The other jurors hand in theirs; the secretariat compares.
    hand_in(final, final.jurors[1], [1, 0, 2])
    hand_in(final, final.jurors[2], [0, 1, 2])
    staff_context = browser.new_context(base_url=live_server.url, locale="en-GB")
    staff_context.set_default_timeout(TIMEOUT_MS)
    try:
        staff = staff_context.new_page()
        sign_in(staff, verified(final.staff))
        staff.goto(f"/secretariat/rounds/{final.round.pk}/comparison/")
        table = staff.locator("#comparison-table")
        expect(table).to_be_visible()
        for heading in ("By the scores", "Schulze", "Borda"):
            expect(
                table.get_by_role("columnheader", name=said(heading), exact=True)
            ).to_be_visible()
        expect(table.locator("tbody tr")).to_have_count(3)
        expect(staff.locator("#pairwise")).to_be_visible()
        expect(staff.locator("#strongest-paths")).to_be_visible()
        expect(staff.get_by_text("3 submitted ballots are counted.", exact=False)).to_be_visible()
    finally:
        staff_context.close()
