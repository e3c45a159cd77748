"""Admin pieces shared by every state machine: permissions from the rules, transition buttons
that call the services, and the read-only transition record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from awards.models import TransitionRecord
from awards.transitions import (
    TransitionConflict,
    TransitionOption,
    TransitionRefused,
    transition_options,
)


class RulesPermissionsMixin:
    """Asks the ``rules`` predicates, object by object, instead of Django's model permissions."""

    opts: Any

    def _rule(self, request: HttpRequest, action: str, obj: Any = None) -> bool:
        codename = get_permission_codename(action, self.opts)
        return request.user.has_perm(f"{self.opts.app_label}.{codename}", obj)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.has_module_perms(self.opts.app_label)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._rule(request, "view", obj) or self._rule(request, "change", obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._rule(request, "change", obj)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._rule(request, "add", obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._rule(request, "delete", obj)


class TransitionRecordInline(GenericTabularInline):
    """The append-only record, shown on the object's page; nobody can add, change or delete."""

    model = TransitionRecord
    ct_field = "content_type"
    ct_fk_field = "object_id"
    fields = ["at", "transition", "source_label", "target_label", "actor", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = gettext_lazy("History")

    def get_queryset(self, request: HttpRequest) -> Any:
        return super().get_queryset(request).select_related("actor", "content_type")

    @admin.display(description=gettext_lazy("from"))
    def source_label(self, record: TransitionRecord) -> str:
        return record.source_label

    @admin.display(description=gettext_lazy("to"))
    def target_label(self, record: TransitionRecord) -> str:
        return record.target_label

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return True


class TransitionForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Note"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )

    def __init__(self, *args: Any, option: TransitionOption, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if option.note_required:
            self.fields["note"].label = option.note_label
            self.fields["note"].required = True


class TransitionAdminMixin:
    """Adds the transitions the state and the user allow to the object's page.

    Each button opens a confirmation page (with the note, required where the transition says
    so) that runs ``perform(obj, name, by=user, note=...)``: the same service every surface uses.
    """

    change_form_template = "admin/awards/transitions_change_form.html"
    perform: Callable[..., Any]

    def get_urls(self) -> list[Any]:
        opts = self.model._meta  # type: ignore[attr-defined]
        view = self.admin_site.admin_view(self.transition_view)  # type: ignore[attr-defined]
        return [
            path(
                "<path:object_id>/transition/<str:name>/",
                view,
                name=f"{opts.app_label}_{opts.model_name}_transition",
            ),
            *super().get_urls(),  # type: ignore[misc]
        ]

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        obj = self.get_object(request, object_id)  # type: ignore[attr-defined]
        context = dict(extra_context or {})
        if obj is not None:
            context["transition_options"] = transition_options(obj, request.user)
        return super().change_view(request, object_id, form_url, context)  # type: ignore[misc]

    def transition_view(self, request: HttpRequest, object_id: str, name: str) -> HttpResponse:
        obj = self.get_object(request, object_id)  # type: ignore[attr-defined]
        if obj is None:
            raise Http404
        option = next((o for o in transition_options(obj, request.user) if o.name == name), None)
        if option is None:
            raise PermissionDenied
        opts = self.model._meta  # type: ignore[attr-defined]
        change_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        form = TransitionForm(request.POST or None, option=option)
        if request.method == "POST" and form.is_valid():
            try:
                self.perform(obj, name, by=request.user, note=form.cleaned_data["note"])
            except TransitionRefused as refusal:
                for reason in refusal.reasons:
                    form.add_error(None, reason)
            except TransitionConflict as conflict:
                messages.error(request, str(conflict))
                return HttpResponseRedirect(change_url)
            else:
                messages.success(request, _("Done: %(action)s.") % {"action": option.label})
                return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),  # type: ignore[attr-defined]
            "opts": opts,
            "original": obj,
            "option": option,
            "form": form,
            "change_url": change_url,
            "title": option.label,
        }
        return TemplateResponse(request, "admin/awards/transition_confirm.html", context)
