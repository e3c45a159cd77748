"""Forms of the applicant's and the secretariat's pages. They shape input and show field
errors; the rules (deadline, eligibility, who may act) are in the services and guards."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from awards.enums import AttachmentKind, Language, PopulationBand, UCLGRegion
from awards.models import Candidacy, Organisation, Prize
from awards.search import CONTROL, RESULTS, PracticeQuery, clean_words
from awards.sections import SECTIONS_BY_FIELD


@dataclass(frozen=True)
class Step:
    slug: str
    title: str | Promise
    fields: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step(
        "practice",
        _("The practice"),
        ("title", "category", "language", "implementation_started_on", "implementation_ended_on"),
    ),
    Step("organisation", _("About the organisation"), ("organisation_presentation",)),
    Step("description", _("Description and objectives"), ("practice_description", "objectives")),
    Step("people", _("Participants and results"), ("participants", "results")),
    Step("lessons", _("Evaluation and transferability"), ("evaluation", "transferability")),
    Step("summary", _("Public summary"), ("public_summary",)),
    Step(
        "contact",
        _("Contact person"),
        ("contact_name", "contact_position", "contact_email", "contact_phone"),
    ),
)
STEPS_BY_SLUG = {step.slug: step for step in STEPS}


class DateInput(forms.DateInput):
    input_type = "date"


class ApplicationStepForm(forms.ModelForm):
    """One step of the application. Word limits come from the model's validators; a text with
    too many words is refused with its count, and the typed text stays in the form."""

    class Meta:
        model = Candidacy
        fields = [
            "title",
            "category",
            "language",
            "implementation_started_on",
            "implementation_ended_on",
            *SECTIONS_BY_FIELD,
            "contact_name",
            "contact_position",
            "contact_email",
            "contact_phone",
        ]
        widgets = {
            "implementation_started_on": DateInput(),
            "implementation_ended_on": DateInput(),
        }

    def __init__(self, *args: Any, step: Step, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name not in step.fields:
                del self.fields[name]
        edition = self.instance.edition
        if "category" in self.fields:
            self.fields["category"].queryset = edition.categories.all()
            self.fields["category"].empty_label = _("Choose a category")
        if "language" in self.fields:
            self.fields["language"].choices = [
                (code, label) for code, label in Language.choices if code in edition.languages
            ]
        for name, field in self.fields.items():
            section = SECTIONS_BY_FIELD.get(name)
            if section is not None:
                field.widget = forms.Textarea(
                    attrs={"rows": 8, "data-word-limit": section.word_limit}
                )
                field.help_text = _("%(help)s At most %(limit)d words.") % {
                    "help": section.help_text,
                    "limit": section.word_limit,
                }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        started = cleaned.get("implementation_started_on")
        ended = cleaned.get("implementation_ended_on")
        if started and ended and ended < started:
            self.add_error("implementation_ended_on", _("The end comes after the start."))
        return cleaned


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["name", "kind", "country", "city", "uclg_region", "population_band", "website"]


class InviteMemberForm(forms.Form):
    email = forms.EmailField(label=_("Colleague's e-mail address"))


class AttachmentForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What is it?"),
        choices=[
            (AttachmentKind.PHOTO, AttachmentKind.PHOTO.label),
            (AttachmentKind.DOCUMENT, AttachmentKind.DOCUMENT.label),
            (AttachmentKind.AUTHORISATION, AttachmentKind.AUTHORISATION.label),
        ],
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "Photos: JPEG, PNG or WebP. Documents: PDF, Word, Excel, PowerPoint, "
            "OpenDocument. At most 10 MB each, 30 MB in all."
        ),
    )
    caption = forms.CharField(label=_("Caption"), max_length=300, required=False)


class VideoLinkForm(forms.Form):
    url = forms.URLField(label=_("Video address"), assume_scheme="https")
    caption = forms.CharField(label=_("Caption"), max_length=300, required=False)


class ConfirmSubmitForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "I confirm that this information is accurate and that I may submit it for my "
            "organisation."
        ),
    )


class NoteForm(forms.Form):
    """A reason or a message, required or not according to the action."""

    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, required=False
    )

    def __init__(
        self, *args: Any, label: str | Promise = "", required: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if label:
            self.fields["note"].label = label
        self.fields["note"].required = required


class ConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_("The public summary and photos may be published in the repository of practices."),
        required=False,
    )


class DecisionForm(forms.Form):
    """One decision on one candidacy; which ones are possible depends on its state.

    The prizes come as a list read once for the whole page, so that a page of a hundred
    forms does not read them a hundred times.
    """

    decision = forms.ChoiceField(label=_("Decision"))
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("Required when the decision departs from the frozen ranking."),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5000,
        required=False,
    )
    mention = forms.CharField(
        label=_("Name of the special mention"), max_length=200, required=False
    )
    prize = forms.TypedChoiceField(label=_("Prize"), required=False, coerce=int, empty_value=None)

    def __init__(
        self, *args: Any, choices: list[tuple[str, str]], prizes: list[Prize], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.prizes = {prize.pk: prize for prize in prizes}
        self.fields["decision"].choices = choices
        self.fields["prize"].choices = [("", "—")] + [(prize.pk, str(prize)) for prize in prizes]

    def clean_prize(self) -> Prize | None:
        pk = self.cleaned_data["prize"]
        return None if pk is None else self.prizes[pk]


class NoAwardForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=None,
        required=False,
        empty_label=_("The whole edition"),
    )
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=5000
    )

    def __init__(self, *args: Any, categories: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories


def any_of(choices: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [("", _("Any")), *choices]


class WordsField(forms.CharField):
    """A visitor's search words: control characters become spaces rather than errors (a NUL
    would otherwise leave the words out, which widens the search to everything)."""

    def to_python(self, value: Any) -> str:
        return CONTROL.sub(" ", super().to_python(value))


class CountryCodeField(forms.CharField):
    """An ISO 3166-1 alpha-2 code, in any case; given in capitals."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 2)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        return super().to_python(value).upper()

    def validate(self, value: str) -> None:
        super().validate(value)
        if value and value not in countries:
            raise forms.ValidationError(_("Choose a country from the list."), code="invalid")


class PracticeSearchForm(forms.Form):
    """The search of the repository of practices, read from the address (GET).

    A value that is not valid is left out of the search, and its field says why. The page
    offers the values that exist (see ``awards.search.facets``); these fields check them.
    """

    q = WordsField(label=_("Words"), required=False)
    category = forms.SlugField(label=_("Category"), required=False)
    country = CountryCodeField(label=_("Country"), required=False)
    region = forms.ChoiceField(
        label=_("UCLG region"), choices=any_of(UCLGRegion.choices), required=False
    )
    population = forms.ChoiceField(
        label=_("Population"), choices=any_of(PopulationBand.choices), required=False
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    result = forms.ChoiceField(
        label=_("Result"),
        choices=any_of([(state.value, state.label) for state in RESULTS]),
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=any_of(Language.choices), required=False
    )

    def clean_q(self) -> str:
        # Longer words are cut, never refused: a refusal would widen the search to everything.
        return clean_words(self.cleaned_data["q"])

    def query(self) -> PracticeQuery:
        """The valid part of the search; an empty search when nothing was asked."""
        self.is_valid()
        return PracticeQuery.from_values(getattr(self, "cleaned_data", {}))
