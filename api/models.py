"""Personal API tokens: a program acts for the person who created the token, no further.

Only the SHA-256 hash of a token's secret is stored; the secret itself is shown once, when the
token is created (api/tokens.py issues, authenticates and revokes them; docs/api-tokens.md).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PREFIX_LENGTH = 8


class TokenState(models.TextChoices):
    """What a token can do now, derived from its dates (never stored)."""

    ACTIVE = "active", _("Active")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class PersonalToken(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("owner"),
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(
        _("prefix"),
        max_length=PREFIX_LENGTH,
        help_text=_("The first characters of the secret, to tell tokens apart in a list."),
    )
    key_hash = models.CharField(
        _("hash of the secret"), max_length=64, unique=True, help_text=_("SHA-256, in hex.")
    )
    read_only = models.BooleanField(
        _("read only"), default=False, help_text=_("The token may only read (GET, HEAD).")
    )
    edition = models.ForeignKey(
        "awards.Edition",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("edition"),
        help_text=_("When set, the token reaches only this edition's objects."),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("personal API token")
        verbose_name_plural = _("personal API tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def state_at(self, moment: dt.datetime) -> str:
        """Revoked wins over expired: a revoked token stays revoked whatever its date."""
        if self.revoked_at is not None:
            return TokenState.REVOKED
        if self.expires_at is not None and self.expires_at <= moment:
            return TokenState.EXPIRED
        return TokenState.ACTIVE

    @property
    def state(self) -> str:
        return self.state_at(timezone.now())
