"""The applicant's side in a real browser: what a person sees and does, from the sign-up to the
submitted candidacy, in English and in French, with refused files, the deadline, the keyboard
alone, the word counter, the autosave, and an axe-core scan of every applicant page."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone, translation
from django.utils.text import capfirst
from playwright.sync_api import Locator, Page, expect

from accounts.models import User
from awards import services
from awards.enums import CandidacyState
from awards.forms import STEPS
from awards.models import Candidacy, Edition, Organisation
from tests import factories
from tests.browser.helpers import PASSWORD, field, said, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The msgstr of "Received, awaiting screening" in locale/fr/LC_MESSAGES/django.po.
RECEIVED_FR = "Reçue, en attente de l'examen de recevabilité"
CATEGORY = "Gender and care"  # the category of factories.prepared_edition()

# What the applicant writes, step by step (the fields of each step of awards.forms.STEPS).
APPLICATION: dict[str, dict[str, str]] = {
    "practice": {
        "title": "Neighbourhood budgets decided by residents",
        "category": CATEGORY,
        "language": "en",
        "implementation_started_on": "2022-03-01",
        "implementation_ended_on": "2024-06-30",
    },
    "organisation": {
        "organisation_presentation": "A coastal city of 180,000 people, assemblies for ten years.",
    },
    "description": {
        "practice_description": "Each district votes on how a share of the budget is spent.",
        "objectives": "Bring people who never vote into the decisions about their street.",
    },
    "people": {
        "participants": "About 9,000 residents, a third of them under thirty.",
        "results": "Sixty projects built, from benches to a youth centre.",
    },
    "lessons": {
        "evaluation": "The university evaluates each cycle with the residents' committee.",
        "transferability": "Any city with a participatory team and a ring-fenced budget.",
    },
    "summary": {
        "public_summary": "Residents decide together how part of the city budget is spent.",
    },
    "contact": {
        "contact_name": "Ana Costa",
        "contact_position": "Head of citizen participation",
        "contact_email": "ana.costa@city.example.org",
        "contact_phone": "+351 210 000 000",
    },
}


# Helpers ----------------------------------------------------------------------------------------


def french(text: str) -> str:
    """The French of an interface string, which must be there (not the English fallback)."""
    translated = said(text, "fr")
    assert translated != text, f"no French for {text!r} in the catalogue"
    return translated


def label_of(name: str, language: str = "en") -> str:
    """The label of an application field, as the step form shows it."""
    with translation.override(language):
        return capfirst(str(Candidacy._meta.get_field(name).verbose_name))


def applicant(**user_fields: Any) -> tuple[User, Organisation]:
    """A member of a local government, whose e-mail address is verified (so they may sign in)."""
    organisation = factories.OrganisationFactory()
    user = factories.member_of(organisation, **user_fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user, organisation


def step_url(candidacy: Candidacy, step: str) -> str:
    return f"/my/candidacies/{candidacy.pk}/edit/{step}/"


def fill_step(page: Page, values: dict[str, str], language: str = "en") -> None:
    for name, value in values.items():
        control = field(page, label_of(name, language))
        if name == "category":
            control.select_option(label=value)
        elif name == "language":
            control.select_option(value)
        else:
            control.fill(value)


def complete_application(page: Page, language: str = "en") -> None:
    """Fills every step of the form from the first, with "Save and continue"."""
    for step in STEPS:
        expect(page.get_by_role("heading", level=1)).to_have_text(said(step.title, language))
        values = dict(APPLICATION[step.slug])
        if "language" in values:
            values["language"] = language
        fill_step(page, values, language)
        page.get_by_role("button", name=said("Save and continue", language)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(said("Attachments", language))


def upload_form(page: Page, language: str = "en") -> Locator:
    return page.locator("form").filter(
        has=page.get_by_role("button", name=said("Attach", language), exact=True)
    )


def upload(page: Page, path: Path, language: str = "en", caption: str = "") -> Locator:
    """Attaches ``path`` as a photo on the attachments page; returns the file field."""
    form = upload_form(page, language)
    form.get_by_label(said("What is it?", language)).select_option("photo")
    file_field = field(form, said("File", language))
    file_field.set_input_files(path)
    form.get_by_label(said("Caption", language)).fill(caption)
    form.get_by_role("button", name=said("Attach", language), exact=True).click()
    return field(page, said("File", language))


def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    path.write_bytes(factories.PNG_BYTES)
    return path


def go_to_review(page: Page, language: str = "en") -> None:
    page.get_by_role("link", name=f"{said('Check and submit', language)} →").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(said("Check and submit", language))


CONFIRM = (
    "I confirm that this information is accurate and that I may submit it for my organisation."
)


def submit(page: Page, language: str = "en") -> None:
    page.get_by_label(said(CONFIRM, language)).check()
    page.get_by_role("button", name=said("Submit the candidacy", language)).click()


def focused(page: Page) -> dict[str, Any]:
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                tag: el.tagName.toLowerCase(),
                id: el.id,
                name: el.getAttribute('name'),
                text: (el.textContent || '').trim(),
                focusVisible: el.matches(':focus-visible'),
                outline: style.outlineStyle + ' ' + style.outlineWidth,
            };
        }"""
    )


def tab_to(page: Page, target: Locator, most: int = 40) -> None:
    """Presses Tab until ``target`` has the focus (and fails after ``most`` presses)."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    pytest.fail(f"Tab never reached {target}; the focus is on {focused(page)}")


def assert_focus_is_visible(page: Page) -> None:
    state = focused(page)
    assert state["focusVisible"], f"the focused element shows no focus ring: {state}"
    assert not state["outline"].startswith("none"), f"the focus has no outline: {state}"


# 1. The whole journey ---------------------------------------------------------------------------


def test_register_verify_apply_attach_submit_and_see_the_status(
    page: Page, mailoutbox: list, tmp_path: Path
) -> None:
    edition = factories.open_edition()
    email = "ana.costa@city.example.org"

    page.goto("/accounts/signup/")
    field(page, "Email").fill(email)
    page.get_by_label("Full name").fill("Ana Costa")
    page.get_by_label("Language of the mails you receive").select_option(label="English")
    field(page, "Password").fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(re.compile("verify", re.I))

    verification = [message for message in mailoutbox if email in message.to]
    assert len(verification) == 1, [message.subject for message in mailoutbox]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", verification[0].body)
    assert link, verification[0].body
    page.goto(link.group(0))
    page.get_by_role("main").get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My applications")

    page.get_by_role("link", name="Register an organisation").click()
    field(page, "Name").fill("City of Almada")
    page.get_by_label("Kind").select_option(label="Local government")
    page.get_by_label("Country").select_option(label="Portugal")
    page.get_by_label("City or territory").fill("Almada")
    page.get_by_label("UCLG region").select_option(label="Europe")
    page.get_by_label("Population").select_option(label="100,000 to 500,000 inhabitants")
    page.get_by_label("Website").fill("https://www.cm-almada.example.org")
    page.get_by_role("button", name="Register", exact=True).click()
    expect(page.get_by_text("Your organisation is registered.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("City of Almada")

    page.goto(f"/editions/{edition.slug}/")
    page.get_by_role("button", name="Start a candidacy").click()
    complete_application(page)

    upload(page, photo(tmp_path), caption="The vote in the district of Cacilhas")
    expect(page.get_by_text("The file is attached.")).to_be_visible()
    expect(page.get_by_role("link", name="photo.png")).to_be_visible()

    go_to_review(page)
    expect(page.get_by_text("Everything required is here")).to_be_visible()
    submit(page)

    reference = re.compile(r"IOPD\d*-\d{4}-\d+")
    expect(page.get_by_role("heading", level=1)).to_have_text(APPLICATION["practice"]["title"])
    expect(page.get_by_text("Received, awaiting screening")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(re.compile(r"Reference\s+IOPD\d*-\d{4}-\d+"))
    expect(
        page.get_by_text(re.compile(r"Your candidacy is submitted\. Its reference: IOPD"))
    ).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(APPLICATION["lessons"]["transferability"])
    expect(page.get_by_role("link", name="photo.png")).to_be_visible()

    shown = reference.search(page.get_by_role("main").inner_text())
    assert shown
    acknowledgements = [m for m in mailoutbox if email in m.to and shown.group(0) in m.body]
    assert acknowledgements, [m.subject for m in mailoutbox]


# 2. The same in French --------------------------------------------------------------------------


def test_the_same_journey_in_french(page: Page, tmp_path: Path) -> None:
    edition = factories.open_edition()
    user, _organisation = applicant(full_name="Claire Martin", preferred_language="fr")

    page.goto("/")
    page.get_by_label("Language").select_option("fr")
    page.get_by_role("button", name="Change").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_label("Langue")).to_have_value("fr")
    expect(page.get_by_role("button", name="Changer")).to_be_visible()
    expect(page.get_by_role("link", name="Aller au contenu")).to_be_attached()

    sign_in(page, user, "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(french("My applications"))
    page.goto(f"/editions/{edition.slug}/")
    page.get_by_role("button", name="Commencer une candidature").click()

    # The labels of the form are French, and so is every step and button on the way.
    for label in ("Titre de la pratique", "Catégorie", "Langue de la candidature", "Date de début"):
        expect(field(page, label)).to_be_visible()
    for text in (*(step.title for step in STEPS), "Save and continue", "Attachments"):
        french(str(text))
    complete_application(page, "fr")

    expect(field(upload_form(page, "fr"), "Fichier")).to_be_visible()
    for text in ("What is it?", "Caption", "Attach", "Check and submit", "Submit the candidacy"):
        french(text)
    upload(page, photo(tmp_path), "fr")
    expect(page.get_by_text(french("The file is attached."))).to_be_visible()
    expect(page.get_by_role("link", name="photo.png")).to_be_visible()

    go_to_review(page, "fr")
    expect(page.get_by_text(french(CONFIRM))).to_be_visible()
    submit(page, "fr")

    expect(page.get_by_text(RECEIVED_FR)).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(re.compile(r"Référence\s+IOPD\d*-\d{4}-\d+"))
    candidacy = Candidacy.objects.get(organisation__memberships__user=user)
    assert candidacy.state == CandidacyState.SUBMITTED
    assert candidacy.language == "fr"


# 3. A file is judged by its content -------------------------------------------------------------


def test_a_file_that_is_not_what_its_name_says_is_refused(page: Page, tmp_path: Path) -> None:
    user, organisation = applicant()
    candidacy = services.start_candidacy(factories.open_edition(), organisation, by=user)
    disguised = tmp_path / "photo.jpg"
    disguised.write_bytes(
        b"MZ\x90\x00\x03\x00\x00\x00" + b"This program cannot be run in DOS mode."
    )
    sign_in(page, user)

    page.goto(f"/my/candidacies/{candidacy.pk}/files/")
    file_field = upload(page, disguised, caption="A photo, they say")

    refusal = "This file's content is not accepted here. Accepted: JPEG, PNG, WebP."
    expect(page.get_by_role("alert").filter(has_text=refusal)).to_be_visible()
    expect(file_field).to_have_attribute("aria-invalid", "true")
    expect(file_field).to_have_accessible_description(re.compile(re.escape(refusal)))
    expect(page.get_by_text("The file is attached.")).to_have_count(0)
    expect(page.get_by_text("No attachment yet.")).to_be_visible()
    expect(page.get_by_role("link", name="photo.jpg")).to_have_count(0)

    assert not candidacy.attachments.exists()
    media = tmp_path / "media"  # MEDIA_ROOT of the test (tests/conftest.py)
    stored = [path for path in media.rglob("*") if path.is_file()] if media.exists() else []
    assert stored == []


# 4. The deadline --------------------------------------------------------------------------------


def test_after_the_deadline_submission_is_refused_and_the_draft_is_intact(
    page: Page, tmp_path: Path
) -> None:
    edition = factories.open_edition()
    user, organisation = applicant()
    sign_in(page, user)
    page.goto(f"/editions/{edition.slug}/")
    page.get_by_role("button", name="Start a candidacy").click()
    complete_application(page)
    upload(page, photo(tmp_path))
    go_to_review(page)

    # The deadline comes a few seconds from now: the page is loaded while the call is open...
    deadline = timezone.now() + dt.timedelta(seconds=4)
    Edition.objects.filter(pk=edition.pk).update(call_closes_at=deadline)
    page.reload()
    expect(page.get_by_text("Everything required is here")).to_be_visible()
    page.get_by_label(CONFIRM).check()
    # ... and the button pressed once it has passed.
    time.sleep(max(0.0, (deadline - timezone.now()).total_seconds()) + 0.3)
    page.get_by_role("button", name="Submit the candidacy").click()

    expect(page.locator(".messages").get_by_text("The call closed on")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check and submit")
    expect(page.get_by_role("main")).to_contain_text(APPLICATION["people"]["results"])

    candidacy = Candidacy.objects.get(organisation=organisation)
    assert candidacy.state == CandidacyState.DRAFT
    assert candidacy.reference == ""
    texts = {name: value for values in APPLICATION.values() for name, value in values.items()}
    for name in ("category", "language", "implementation_started_on", "implementation_ended_on"):
        del texts[name]
    assert {name: getattr(candidacy, name) for name in texts} == texts
    assert candidacy.category.name == CATEGORY
    assert candidacy.implementation_started_on == dt.date(2022, 3, 1)
    assert candidacy.attachments.count() == 1

    page.goto(f"/my/candidacies/{candidacy.pk}/")
    expect(page.get_by_text("Draft, not yet submitted")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(APPLICATION["summary"]["public_summary"])


# 5. The keyboard alone --------------------------------------------------------------------------


def edition_category(candidacy: Candidacy, name: str) -> int:
    return candidacy.edition.categories.get(name_en=name).pk


def test_a_step_is_filled_saved_and_left_with_the_keyboard_alone(page: Page) -> None:
    user, organisation = applicant()
    candidacy = services.start_candidacy(factories.open_edition(), organisation, by=user)
    sign_in(page, user)
    page.goto(step_url(candidacy, "practice"))

    # The first stop of the Tab key is the skip link, and the focus shows.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()

    tab_to(page, page.get_by_label("Title of the practice"))
    assert_focus_is_visible(page)
    page.keyboard.type("Assemblies of the islands")
    tab_to(page, page.get_by_label("Category"))
    assert_focus_is_visible(page)
    page.keyboard.type("Gender")  # a closed select picks the option that starts so
    expect(page.get_by_label("Category")).to_have_value(str(edition_category(candidacy, CATEGORY)))
    tab_to(page, page.get_by_label("Language of the application"))
    page.keyboard.type("English")
    tab_to(page, page.get_by_label("Started on"))
    page.keyboard.type("03032022")  # the same day and month, whatever order the browser shows
    expect(page.get_by_label("Started on")).to_have_value("2022-03-03")
    save = page.get_by_role("button", name="Save and continue")
    tab_to(page, save)
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("About the organisation")
    candidacy.refresh_from_db()
    assert candidacy.title == "Assemblies of the islands"
    assert candidacy.category.name == CATEGORY
    assert candidacy.language == "en"
    assert candidacy.implementation_started_on == dt.date(2022, 3, 3)

    # The next step, its text typed and saved with Space on "Save".
    area = field(page, "About the organisation")
    tab_to(page, area)
    page.keyboard.type("Islands of 40,000 people.")
    tab_to(page, page.get_by_role("button", name="Save", exact=True))
    page.keyboard.press("Space")
    expect(page.get_by_text("Saved.", exact=True).first).to_be_visible()
    candidacy.refresh_from_db()
    assert candidacy.organisation_presentation == "Islands of 40,000 people."
    page.goto(step_url(candidacy, "practice"))
    expect(page.get_by_label("Title of the practice")).to_have_value("Assemblies of the islands")


# 6. Accessibility -------------------------------------------------------------------------------

SERIOUS = ("serious", "critical")


def visit(page: Page, url: str) -> None:
    response = page.goto(url)
    assert response is not None, url
    assert response.ok, f"{url} answered {response.status}"
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def scan(page: Page, where: str, found: list[str]) -> None:
    """Runs axe-core on the page as it stands and notes its serious and critical violations."""
    # Imported here: a missing package fails this test, not the collection of the whole suite.
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.response["testEngine"]["name"] == "axe-core", results.response
    for violation in results.response["violations"]:
        if violation["impact"] not in SERIOUS:
            continue
        nodes = "\n".join(
            f"      {node['target']}: {node['html'][:160]}" for node in violation["nodes"]
        )
        found.append(
            f"{where} ({page.url}): {violation['id']} [{violation['impact']}] "
            f"{violation['help']}\n{nodes}"
        )


def test_applicant_pages_have_no_serious_accessibility_violation(
    page: Page, tmp_path: Path
) -> None:
    edition = factories.open_edition()
    draft, user = factories.draft_candidacy(edition)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    other = factories.open_edition()
    submitted = factories.CandidacyFactory(edition=other, organisation=draft.organisation)
    factories.attach(submitted)
    services.submit_candidacy(submitted, by=user)
    found: list[str] = []

    for where, url in (
        ("sign-up", "/accounts/signup/"),
        ("sign-in", "/accounts/login/"),
        ("password reset", "/accounts/password/reset/"),
    ):
        visit(page, url)
        scan(page, where, found)
    page.get_by_role("main").get_by_role("button", name="Reset My Password").click()
    scan(page, "password reset with errors", found)

    sign_in(page, user)
    scan(page, "dashboard", found)
    pages = [
        ("organisation", f"/my/organisations/{draft.organisation.pk}/"),
        ("organisation form", "/my/organisations/new/"),
        *((f"step {step.slug}", step_url(draft, step.slug)) for step in STEPS),
        ("attachments", f"/my/candidacies/{draft.pk}/files/"),
        ("check and submit", f"/my/candidacies/{draft.pk}/review/"),
        ("candidacy (draft)", f"/my/candidacies/{draft.pk}/"),
        ("candidacy (submitted)", f"/my/candidacies/{submitted.pk}/"),
        ("withdraw confirmation", f"/my/candidacies/{submitted.pk}/withdraw/"),
        ("edition", f"/editions/{edition.slug}/"),
    ]
    for where, url in pages:
        visit(page, url)
        scan(page, where, found)

    # Pages showing errors.
    page.goto("/my/organisations/new/")
    page.get_by_role("button", name="Register", exact=True).click()
    scan(page, "organisation form with errors", found)
    page.goto(f"/my/candidacies/{draft.pk}/files/")
    disguised = tmp_path / "photo.jpg"
    disguised.write_bytes(b"MZ not a picture")
    upload(page, disguised)
    scan(page, "attachments with an error", found)
    page.goto(step_url(draft, "summary"))
    field(page, "Public summary").fill("word " * 151)
    page.get_by_role("button", name="Save", exact=True).click()
    scan(page, "step over the word limit", found)

    if found:
        pytest.fail("Serious or critical accessibility violations:\n" + "\n".join(found))


# The word counter and the autosave --------------------------------------------------------------


def test_the_word_counter_follows_the_typing_and_shows_when_over_the_limit(page: Page) -> None:
    user, organisation = applicant()
    candidacy = services.start_candidacy(factories.open_edition(), organisation, by=user)
    sign_in(page, user)
    page.goto(step_url(candidacy, "summary"))

    area = field(page, "Public summary")
    counter = page.get_by_text(re.compile(r"^\d+ of 150 words$"))
    expect(counter).to_have_text("0 of 150 words")
    expect(area).to_have_accessible_description(re.compile(r"0 of 150 words"))
    area.press_sequentially("Residents choose the projects")
    expect(counter).to_have_text("4 of 150 words")
    expect(counter).not_to_have_class(re.compile(r"\bover\b"))

    area.fill(" ".join(["word"] * 150))
    expect(counter).to_have_text("150 of 150 words")
    expect(counter).not_to_have_class(re.compile(r"\bover\b"))
    within_limit = counter.evaluate("el => getComputedStyle(el).color")
    area.press("End")
    area.press_sequentially(" more")
    expect(counter).to_have_text("151 of 150 words")
    expect(counter).to_have_class(re.compile(r"\bover\b"))
    expect(counter).not_to_have_css("color", within_limit)  # it turns to the error colour


def test_typing_survives_a_reload_before_the_autosave(page: Page) -> None:
    user, organisation = applicant()
    candidacy = services.start_candidacy(factories.open_edition(), organisation, by=user)
    sign_in(page, user)
    page.goto(step_url(candidacy, "organisation"))

    typed = "A coastal city of 180,000 people."
    area = field(page, "About the organisation")
    area.press_sequentially(typed)
    page.wait_for_timeout(1000)  # the autosave would post 4 s after the last keystroke
    page.reload()

    expect(area).to_have_value(typed)
    candidacy.refresh_from_db()
    assert candidacy.organisation_presentation == "", "the text came from the server"


# Faults the first run of these tests found, fixed since. --------------------------------------


def test_the_word_counter_counts_the_text_restored_after_a_reload(page: Page) -> None:
    user, organisation = applicant()
    candidacy = services.start_candidacy(factories.open_edition(), organisation, by=user)
    sign_in(page, user)
    page.goto(step_url(candidacy, "summary"))
    field(page, "Public summary").press_sequentially("one two three")
    page.wait_for_timeout(500)
    page.reload()

    expect(field(page, "Public summary")).to_have_value("one two three")
    counter = page.get_by_text(re.compile(r"^\d+ of 150 words$"))
    expect(counter).to_have_text("3 of 150 words", timeout=1000)


def test_every_field_of_the_attachments_page_has_its_own_label(page: Page) -> None:
    user, organisation = applicant()
    candidacy = services.start_candidacy(factories.open_edition(), organisation, by=user)
    sign_in(page, user)
    page.goto(f"/my/candidacies/{candidacy.pk}/files/")

    video = page.locator("form").filter(has=page.get_by_role("button", name="Add the link"))
    expect(video.get_by_role("textbox", name="Caption")).to_be_visible(timeout=1000)
    repeated = page.evaluate(
        """() => {
            const ids = Array.from(document.querySelectorAll('[id]'), el => el.id);
            return ids.filter((id, i) => ids.indexOf(id) !== i);
        }"""
    )
    assert repeated == []
