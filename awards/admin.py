"""The secretariat's admin: editions, rounds, candidacies, organisations and the record.

Permissions come from ``awards.rules``; transitions run through ``awards.services``.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from awards import queries, services
from awards.admin_transitions import (
    RulesPermissionsMixin,
    TransitionAdminMixin,
    TransitionRecordInline,
)
from awards.enums import EditionState
from awards.i18n import translated_field_names
from awards.models import (
    Attachment,
    Candidacy,
    Category,
    Criterion,
    Edition,
    Exclusion,
    Organisation,
    OrganisationMembership,
    Prize,
    Round,
    TransitionRecord,
)
from awards.sections import SECTIONS

User = get_user_model()

NAMES = translated_field_names("name")
DESCRIPTIONS = translated_field_names("description")


class ManagedChoicesMixin:
    """Foreign keys offer only what the user's editions hold: a secretariat never picks, nor
    sees the names of, another edition's rounds, categories or the edition itself."""

    # Rounds and criteria: only editions whose evaluation has not started may take new ones.
    preparing_only = False

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        managed = queries.editions_managed_by(request.user)
        if self.preparing_only:
            managed = managed.filter(
                state__in=[EditionState.DRAFT, EditionState.CALL_OPEN, EditionState.CALL_CLOSED]
            )
        if db_field.name == "edition":
            kwargs["queryset"] = managed
        elif db_field.name == "round":
            kwargs["queryset"] = Round.objects.filter(edition__in=managed).select_related("edition")
        elif db_field.name == "category":
            kwargs["queryset"] = Category.objects.filter(edition__in=managed).select_related(
                "edition"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]


class EditionContentInline(ManagedChoicesMixin, RulesPermissionsMixin, admin.TabularInline):
    extra = 0
    show_change_link = True


class CategoryInline(EditionContentInline):
    model = Category
    fields = ["order", "key", *NAMES]


class RoundInline(EditionContentInline):
    model = Round
    fields = ["number", "name_en", "scoring_closes_at", "blind", "score_visibility"]


class PrizeInline(EditionContentInline):
    model = Prize
    fields = ["order", "name_en", "category", "amount", "currency", "sponsor"]


class ExclusionInline(EditionContentInline):
    model = Exclusion
    fields = ["organisation", "reason"]
    autocomplete_fields = ["organisation"]


EDITION_FIELDSETS: list[tuple[Any, dict[str, Any]]] = [
    (None, {"fields": ["code", "year", "slug", "state", *NAMES]}),
    (_("Presentation"), {"fields": DESCRIPTIONS, "classes": ["collapse"]}),
    (
        _("Rules and questions"),
        {
            "fields": [*translated_field_names("rules"), *translated_field_names("faq")],
            "classes": ["collapse"],
        },
    ),
    (
        _("Call for candidacies"),
        {
            "fields": ["languages", "timezone", "call_opens_at", "call_closes_at"],
            "description": _("Dates and times are in the edition's time zone."),
        },
    ),
    (
        _("Eligibility"),
        {
            "fields": [
                "implementation_from",
                "implementation_until",
                "max_candidacies_per_organisation",
                "max_candidacies_per_category",
                "requires_photo",
                "same_country_conflict",
            ]
        },
    ),
    (
        _("Ranking and shortlist"),
        {
            "fields": [
                "tie_break",
                "disagreement_threshold",
                "shortlist_size",
                "shortlist_percent",
                "shortlist_cap",
                "share_jury_feedback",
            ]
        },
    ),
    (_("Secretariat"), {"fields": ["secretariat", "created_at", "updated_at"]}),
]
EDITION_READONLY = ["state", "created_at", "updated_at"]
EDITION_EDITABLE = [
    name
    for _title, options in EDITION_FIELDSETS
    for name in options["fields"]
    if name not in EDITION_READONLY
]


class EditionForm(forms.ModelForm):
    class Meta:
        model = Edition
        fields = EDITION_EDITABLE  # never the state: only transitions move it

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        # The edition may have moved (a call closing on time) while this form was open; saving
        # the stale copy would be refused by the database's state check, so say it here.
        if self.instance.pk:
            stored = Edition.objects.filter(pk=self.instance.pk).values_list("state", flat=True)
            if stored.first() != self.instance.state:
                raise forms.ValidationError(
                    _("This edition changed state while you were editing it. Reload the page.")
                )
        return cleaned


@admin.register(Edition)
class EditionAdmin(
    TransitionAdminMixin, ManagedChoicesMixin, RulesPermissionsMixin, admin.ModelAdmin
):
    perform = staticmethod(services.perform)
    form = EditionForm
    list_display = ["__str__", "code", "year", "state", "call_closes_at", "submitted_count"]
    list_filter = ["state", "year", "code"]
    search_fields = [*NAMES, "code", "slug"]
    readonly_fields = EDITION_READONLY
    filter_horizontal = ["secretariat"]
    prepopulated_fields = {"slug": ["code", "year"]}
    inlines = [CategoryInline, RoundInline, PrizeInline, ExclusionInline, TransitionRecordInline]
    fieldsets = EDITION_FIELDSETS

    def get_queryset(self, request: HttpRequest) -> QuerySet[Edition]:
        return queries.with_candidacy_counts(queries.editions_managed_by(request.user))

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "secretariat":
            # Staff accounts only: the picker must not list every applicant and juror.
            kwargs["queryset"] = User.objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("candidacies"), ordering="submitted_count")
    def submitted_count(self, edition: Edition) -> int:
        return edition.submitted_count

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Only an edition still in preparation, with no candidacy, can disappear.
        if obj is None or obj.state != EditionState.DRAFT or obj.candidacies.exists():
            return False
        return super().has_delete_permission(request, obj)

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        """Dates are shown and entered in the edition's own time zone: the one being saved
        when the form sends one, else the stored one."""
        edition = self.get_object(request, object_id) if object_id else None
        with timezone.override(edition_zone(request, edition)):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            if hasattr(response, "render"):
                response.render()
        return response

    def save_model(self, request: HttpRequest, obj: Edition, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change and not request.user.is_superuser:
            obj.secretariat.add(request.user)


def edition_zone(request: HttpRequest, edition: Edition | None) -> zoneinfo.ZoneInfo:
    submitted = request.POST.get("timezone", "") if request.method == "POST" else ""
    if submitted in zoneinfo.available_timezones():
        return zoneinfo.ZoneInfo(submitted)
    return zoneinfo.ZoneInfo(edition.timezone if edition else "UTC")


class CriterionInline(EditionContentInline):
    model = Criterion
    preparing_only = True
    fields = ["order", "key", "name_en", "weight", "scale_min", "scale_max", "required"]


@admin.register(Round)
class RoundAdmin(ManagedChoicesMixin, RulesPermissionsMixin, admin.ModelAdmin):
    list_display = ["__str__", "edition", "number", "scoring_closes_at", "blind"]
    list_filter = [("edition", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["edition"]
    preparing_only = True
    inlines = [CriterionInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Round]:
        editions = queries.editions_managed_by(request.user)
        return super().get_queryset(request).filter(edition__in=editions)


@admin.register(Criterion)
class CriterionAdmin(ManagedChoicesMixin, RulesPermissionsMixin, admin.ModelAdmin):
    list_display = ["__str__", "round", "key", "weight", "scale_min", "scale_max"]
    list_select_related = ["round__edition"]
    preparing_only = True
    fields = ["round", "key", "order", *NAMES, *DESCRIPTIONS, "weight", "scale_min", "scale_max"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Criterion]:
        editions = queries.editions_managed_by(request.user)
        return super().get_queryset(request).filter(round__edition__in=editions)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return False  # reached from its round


class AttachmentInline(RulesPermissionsMixin, admin.TabularInline):
    model = Attachment
    fields = ["kind", "original_name", "url", "content_type", "size", "uploaded_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Candidacy)
class CandidacyAdmin(TransitionAdminMixin, RulesPermissionsMixin, admin.ModelAdmin):
    """Read-only for everyone: applicants write candidacies, the secretariat acts on them."""

    perform = staticmethod(services.perform)
    list_display = [
        "reference",
        "title",
        "organisation",
        "country",
        "category",
        "language",
        "state",
        "submitted_at",
    ]
    list_filter = [
        ("edition", admin.RelatedOnlyFieldListFilter),
        "state",
        ("category", admin.RelatedOnlyFieldListFilter),
        "language",
        "organisation__uclg_region",
        "organisation__kind",
    ]
    list_select_related = ["edition", "organisation", "category"]
    search_fields = ["reference", "title", "organisation__name", "organisation__city"]
    date_hierarchy = "submitted_at"
    inlines = [AttachmentInline, TransitionRecordInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "edition",
                    "reference",
                    "state",
                    "organisation",
                    "category",
                    "language",
                    "title",
                ]
            },
        ),
        (_("Application"), {"fields": [section.field for section in SECTIONS]}),
        (
            _("Implementation"),
            {"fields": ["implementation_started_on", "implementation_ended_on"]},
        ),
        (
            _("Contact (private)"),
            {"fields": ["contact_name", "contact_position", "contact_email", "contact_phone"]},
        ),
        (_("Publication"), {"fields": ["consent_to_publish", "consent_changed_at"]}),
        (_("Dates"), {"fields": ["created_at", "updated_at", "submitted_at"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Candidacy]:
        # The secretariat's working set only: an applicant who is also staff elsewhere must not
        # read their own candidacy's embargoed decision here.
        return queries.candidacies_managed_by(request.user)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.user.has_perm("awards.screen_candidacy", obj)

    @admin.display(description=_("country"), ordering="organisation__country")
    def country(self, candidacy: Candidacy) -> str:
        return candidacy.organisation.country.name

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # a candidacy is withdrawn, never deleted


class MembershipInline(admin.TabularInline):
    model = OrganisationMembership
    fields = ["user", "role", "joined_at"]
    readonly_fields = ["joined_at"]
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(RulesPermissionsMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "country", "city", "uclg_region", "population_band"]
    list_filter = ["kind", "uclg_region", "population_band", "country"]
    search_fields = ["name", "city"]
    inlines = [MembershipInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Organisation]:
        return queries.organisations_for(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # their candidacies keep them


@admin.register(TransitionRecord)
class TransitionRecordAdmin(RulesPermissionsMixin, admin.ModelAdmin):
    """The audit trail: readable, never writable."""

    list_display = ["at", "edition", "subject_label", "transition", "source", "target", "actor"]
    list_filter = [("edition", admin.RelatedOnlyFieldListFilter), "transition", "target"]
    list_select_related = ["edition", "actor", "content_type"]
    search_fields = ["note", "actor__email"]
    date_hierarchy = "at"

    def get_queryset(self, request: HttpRequest) -> QuerySet[TransitionRecord]:
        editions = queries.editions_of_secretariat(request.user)
        return super().get_queryset(request).filter(edition__in=editions)

    @admin.display(description=_("subject"))
    def subject_label(self, record: TransitionRecord) -> str:
        return f"{record.content_type.name} #{record.object_id}"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
