"""What the browser tests share: the interface in a language, labelled fields, signing in."""

from __future__ import annotations

import re

from allauth.account.models import EmailAddress
from django.utils import translation
from playwright.sync_api import Locator, Page, expect

from accounts.models import User

PASSWORD = "correct horse battery"  # the password of tests.factories.UserFactory


def said(text: str, language: str = "en") -> str:
    """An interface string as the catalogues make the pages say it in ``language``."""
    with translation.override(language):
        return str(translation.gettext(text))


def field(scope: Page | Locator, label: str) -> Locator:
    """The control labelled exactly ``label`` (a required field's label ends with "*")."""
    return scope.get_by_label(re.compile(rf"^{re.escape(label)}(\s*\*)?$"))


def verified(user: User) -> User:
    """The user's address counts as verified, so they may sign in."""
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    EmailAddress.objects.filter(user=user, email=user.email).update(verified=True, primary=True)
    return user


def sign_in(page: Page, user: User, language: str = "en") -> None:
    page.goto("/accounts/login/")
    field(page, said("Email", language)).fill(user.email)
    field(page, said("Password", language)).fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name=said("Sign In", language)).click()
    expect(page).to_have_url(re.compile(r"/my/$"))


def choose_language(page: Page, code: str) -> None:
    """Switches the interface language with the switcher every page carries."""
    page.locator("#language-select").select_option(code)
    page.locator("form.language-switcher button").click()
    expect(page.locator("html")).to_have_attribute("lang", code)
