"""Forms of the jury's pages. They only shape input: the services check it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from awards.enums import Language
from awards.models import Category, Criterion, Organisation
from evaluation.services import ScoreInput
from evaluation.validators import MAX_JUSTIFICATION


class ScorecardForm(forms.Form):
    """One score and one justification per criterion, and an overall justification.

    Scores are text fields so that "7,5" reaches the service, which reads decimal commas; the
    browser's number input would refuse them in some languages.
    """

    justification = forms.CharField(
        label=_("Overall justification"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=MAX_JUSTIFICATION,
    )

    def __init__(self, *args: Any, criteria: list[Criterion], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[f"score_{criterion.pk}"] = forms.CharField(
                label=_("Score for “%(criterion)s”") % {"criterion": criterion.name},
                required=False,
                max_length=20,
                help_text=_("From %(min)s to %(max)s%(optional)s.")
                % {
                    "min": criterion.scale_min,
                    "max": criterion.scale_max,
                    "optional": "" if criterion.required else _("; may be left empty"),
                },
                widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}),
            )
            self.fields[f"text_{criterion.pk}"] = forms.CharField(
                label=_("Justification for “%(criterion)s”") % {"criterion": criterion.name},
                required=False,
                max_length=MAX_JUSTIFICATION,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def score_input(self) -> ScoreInput:
        return {
            c.pk: (self.cleaned_data.get(f"score_{c.pk}"), self.cleaned_data.get(f"text_{c.pk}"))
            for c in self.criteria
        }

    def add_service_errors(self, field_errors: dict[str, list[str]]) -> None:
        for key, messages in field_errors.items():
            name = (
                "justification" if key == "justification" else key.replace("criterion-", "score_")
            )
            for message in messages:
                self.add_error(name if name in self.fields else None, message)

    def criterion_rows(self) -> list[tuple[Criterion, Any, Any]]:
        return [(c, self[f"score_{c.pk}"], self[f"text_{c.pk}"]) for c in self.criteria]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_JUSTIFICATION,
    )


class InviteJurorForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    languages = forms.MultipleChoiceField(
        label=_("Languages read"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    language = forms.ChoiceField(
        label=_("Language of the mails"),
        choices=[("", _("The first language they read")), *settings.LANGUAGES],
        required=False,
        help_text=_("For a person who has no account yet."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        help_text=_("Candidacies of this organisation will never be assigned to the juror."),
    )
    country = CountryField(blank=True).formfield(label=_("Country"), required=False)
    categories = forms.ModelMultipleChoiceField(
        label=_("Expertise (the panel, in a round with category panels)"),
        queryset=Category.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, edition: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["categories"].queryset = edition.categories.all()


class ProposeForm(forms.Form):
    reviewers = forms.IntegerField(label=_("Reviewers per candidacy"), min_value=1, max_value=20)


class PairForm(forms.Form):
    candidacy = forms.IntegerField(widget=forms.HiddenInput)
    juror = forms.IntegerField(label=_("Juror"))


# Deliberation -----------------------------------------------------------------------------------

MAX_PLACE = 999


class BallotForm(forms.Form):
    """A place number per finalist (equal numbers are a tie) and a box to leave it off: the
    ballot as a plain form, which works without JavaScript. static/js/ballot.js turns it into
    a list ordered by keyboard or by dragging, and keeps these fields up to date."""

    def __init__(self, *args: Any, finalists: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.finalists = finalists
        for candidacy in finalists:
            self.fields[f"rank-{candidacy.pk}"] = forms.IntegerField(
                label=_("Place of “%(title)s”") % {"title": candidacy.title},
                min_value=1,
                max_value=MAX_PLACE,
                required=False,
            )
            self.fields[f"off-{candidacy.pk}"] = forms.BooleanField(
                label=_("Leave off the ballot"), required=False
            )

    @staticmethod
    def initial_for(ballot: Any, finalists: list[Any]) -> dict[str, Any]:
        """The form's values for a stored ballot; a new one lists the finalists 1, 2, 3…"""
        if ballot.pk is None:
            return {f"rank-{c.pk}": place for place, c in enumerate(finalists, start=1)}
        initial: dict[str, Any] = {}
        for place, group in enumerate(ballot.ordering, start=1):
            for candidacy_id in group:
                initial[f"rank-{candidacy_id}"] = place
        for candidacy_id in ballot.left_off:
            initial[f"off-{candidacy_id}"] = True
        return initial

    def ordering(self) -> list[list[int]]:
        """The places, best first: finalists with equal numbers share one."""
        places: dict[int, list[int]] = {}
        for candidacy in self.finalists:
            place = self.cleaned_data.get(f"rank-{candidacy.pk}")
            if place is not None and not self.cleaned_data.get(f"off-{candidacy.pk}"):
                places.setdefault(place, []).append(candidacy.pk)
        return [places[place] for place in sorted(places)]

    def left_off(self) -> list[int]:
        return [c.pk for c in self.finalists if self.cleaned_data.get(f"off-{c.pk}")]

    def rows(self) -> list[tuple[Any, Any, Any]]:
        """(candidacy, place field, leave-off field) in the ballot's order: placed ones by
        place, then those without a place, then those left off."""

        def order(candidacy: Any) -> tuple[int, int]:
            off = self[f"off-{candidacy.pk}"].value()
            place = self[f"rank-{candidacy.pk}"].value()
            try:
                number = int(place)
            except (TypeError, ValueError):
                number = MAX_PLACE + 1
            return (2 if off else 0 if number <= MAX_PLACE else 1, number)

        ordered = sorted(self.finalists, key=order)
        return [(c, self[f"rank-{c.pk}"], self[f"off-{c.pk}"]) for c in ordered]


class ScoreDecisionForm(forms.Form):
    counts = forms.TypedChoiceField(
        label=_("Do these scores count?"),
        choices=[("yes", _("They count")), ("no", _("They do not count"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )


class DeliberationRecordForm(forms.Form):
    """The record's report in each of the edition's languages, who was present, and whether
    it is shown on the public results page."""

    other_attendees = forms.CharField(
        label=_("Others present"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Observers, the secretariat, guests: as they should be named."),
    )
    public = forms.BooleanField(
        label=_("Show on the public results page"),
        required=False,
        help_text=_("Shown once the record is closed and the results are published."),
    )

    def __init__(self, *args: Any, edition: Any, jurors: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        names = dict(Language.choices)
        self.languages = [code for code in edition.languages if code in names]
        for code in self.languages:
            self.fields[f"report_{code}"] = forms.CharField(
                label=_("Jury's report (%(language)s)") % {"language": names[code]},
                required=False,
                widget=forms.Textarea(attrs={"rows": 8, "lang": code}),
            )
        self.jurors = {str(user.pk): user for user in jurors}
        self.fields["attendees"] = forms.MultipleChoiceField(
            label=_("Jurors present"),
            choices=[(key, user.full_name or user.email) for key, user in self.jurors.items()],
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Members of the final round's jury."),
        )
        self.order_fields([*(f"report_{code}" for code in self.languages), "attendees"])

    def reports(self) -> dict[str, str]:
        return {code: self.cleaned_data[f"report_{code}"] for code in self.languages}

    def attendees(self) -> list[Any]:
        return [self.jurors[key] for key in self.cleaned_data["attendees"]]
