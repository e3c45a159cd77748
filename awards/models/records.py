"""The append-only record of every transition, of every state machine in Palmares."""

from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete a transition record."""


class TransitionRecordQuerySet(models.QuerySet["TransitionRecord"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Transition records cannot be changed.")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("Transition records cannot be deleted.")

    def for_object(self, obj: models.Model) -> TransitionRecordQuerySet:
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)


class TransitionRecord(models.Model):
    """Who moved what from which state to which, when, and why.

    Written only by ``awards.transitions.run_transition``. The model, its queryset, the admin,
    the API and, on both databases, a trigger refuse any change once a row exists.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("content_type", "object_id")
    edition = models.ForeignKey(
        "awards.Edition",
        on_delete=models.PROTECT,
        related_name="transition_records",
        verbose_name=_("edition"),
    )
    transition = models.CharField(_("transition"), max_length=50)
    source = models.CharField(_("from"), max_length=50)
    target = models.CharField(_("to"), max_length=50)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
        help_text=_("Empty when Palmares acted on its own, such as closing a call on time."),
    )
    note = models.TextField(_("note"), blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    objects = TransitionRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("transition record")
        verbose_name_plural = _("transition records")
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["content_type", "object_id", "at"])]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.transition}: {self.source} → {self.target}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("Transition records cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Transition records cannot be deleted.")

    def state_label(self, state: str) -> str:
        """A state's label in the active language, from the subject's own state field."""
        model = self.content_type.model_class()
        choices = dict(model._meta.get_field("state").choices) if model else {}
        return str(choices.get(state, state))

    @property
    def source_label(self) -> str:
        return self.state_label(self.source)

    @property
    def target_label(self) -> str:
        return self.state_label(self.target)
