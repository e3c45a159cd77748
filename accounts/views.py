"""Choosing a password from an invitation's one-time link."""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth import views as auth_views


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """Django's one-time link view; opening it proves the address, so it counts as verified."""

    def form_valid(self, form: Any) -> Any:
        response = super().form_valid(form)
        EmailAddress.objects.update_or_create(
            user=self.user,
            email=self.user.email,
            defaults={"verified": True, "primary": True},
        )
        return response
