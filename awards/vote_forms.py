"""Forms of the public vote's pages. They shape input and show field errors; the vote's rules
(window, picks, one ballot per account, who may act) are in ``awards.services.votes``.

Kept apart from ``awards/forms.py``: the vote is a part of the award of its own, and its
forms change with it.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from awards.models import Candidacy, Edition, PublicVote
from awards.services.votes import ON_BALLOT_STATES, SETTINGS

# What <input type="datetime-local"> sends and shows, to the minute.
LOCAL_DATETIME = "%Y-%m-%dT%H:%M"


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format=LOCAL_DATETIME, **kwargs)


class BallotCandidacies(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Candidacy) -> str:
        return f"{obj.reference} — {obj.title} ({obj.organisation.name})"


class VoteSetupForm(forms.Form):
    """The vote's window, the number of picks, and the ballot list.

    Times are read and shown in the edition's time zone (the view activates it), to the
    minute. The settings that can no longer change (``frozen``, from the service's
    ``frozen_settings``) are shown disabled, and :meth:`settings` sends them back as stored.
    """

    opens_at = forms.DateTimeField(label=_("Opens"), widget=LocalDateTimeInput())
    closes_at = forms.DateTimeField(label=_("Closes"), widget=LocalDateTimeInput())
    min_picks = forms.IntegerField(label=_("Fewest picks"), min_value=1, initial=1)
    max_picks = forms.IntegerField(label=_("Most picks"), min_value=1, initial=3)
    candidacies = BallotCandidacies(
        label=_("On the ballot"),
        queryset=Candidacy.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Shortlisted candidacies of the edition."),
    )

    def __init__(
        self,
        *args: Any,
        edition: Edition,
        vote: PublicVote | None,
        frozen: frozenset[str] = frozenset(),
        cast: bool = False,
        **kwargs: Any,
    ) -> None:
        self.vote = vote
        self.frozen = frozen
        if vote is not None:
            kwargs.setdefault(
                "initial",
                {
                    "opens_at": vote.opens_at,
                    "closes_at": vote.closes_at,
                    "min_picks": vote.min_picks,
                    "max_picks": vote.max_picks,
                    "candidacies": list(vote.candidacies.values_list("pk", flat=True)),
                },
            )
        super().__init__(*args, **kwargs)
        on_ballot = Q(state__in=ON_BALLOT_STATES)
        if vote is not None:
            on_ballot |= Q(pk__in=vote.candidacies.values("pk"))
        self.fields["candidacies"].queryset = (
            edition.candidacies.filter(on_ballot)
            .select_related("organisation")
            .order_by("reference_number", "pk")
        )
        for name in frozen:
            self.fields[name].disabled = True
        if "candidacies" in frozen and "closes_at" not in frozen:
            self.fields["candidacies"].help_text = _(
                "The vote has opened: its ballot is public and stays as it is."
            )
        if cast and "closes_at" not in frozen:
            self.fields["closes_at"].help_text = _(
                "Ballots have been cast: the vote may still be extended."
            )

    @property
    def final(self) -> bool:
        return set(SETTINGS) <= self.frozen

    def settings(self) -> dict[str, Any]:
        """The settings for ``set_up_vote``: those that can no longer change as stored (a
        disabled field comes back from the page to the second only, without its
        microseconds), and a time left at the minute it showed as stored too."""
        data = dict(self.cleaned_data)
        vote = self.vote
        if vote is None:
            return data
        stored = {
            "opens_at": vote.opens_at,
            "closes_at": vote.closes_at,
            "min_picks": vote.min_picks,
            "max_picks": vote.max_picks,
            "candidacies": list(vote.candidacies.values_list("pk", flat=True)),
        }
        for name in SETTINGS:
            if name in self.frozen:
                data[name] = stored[name]
        for name in ("opens_at", "closes_at"):
            if name not in self.frozen and same_minute(data.get(name), stored[name]):
                data[name] = stored[name]
        return data


def same_minute(shown: Any, stored: Any) -> bool:
    return (
        shown is not None
        and stored is not None
        and shown.replace(second=0, microsecond=0) == stored.replace(second=0, microsecond=0)
    )


class AnyPicks(forms.MultipleChoiceField):
    """The picks as sent, whatever they are: the service judges them (and counts the attempt
    against the sender's limit even when they are wrong)."""

    def valid_value(self, value: Any) -> bool:
        return True


class BallotForm(forms.Form):
    """A voter's picks. How many, and which, the service checks; this form only reads them."""

    picks = AnyPicks(label=_("Your choice"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args: Any, candidacies: list[Candidacy], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["picks"].choices = [(c.pk, c.title) for c in candidacies]


class ReviewForm(forms.Form):
    """Accepting or rejecting flagged ballots, chosen by their checkboxes."""

    ballots = forms.TypedMultipleChoiceField(label=_("Ballots"), coerce=int, choices=())
    decision = forms.ChoiceField(
        choices=[("accept", _("Accept: they count")), ("reject", _("Reject: they do not count"))]
    )

    def __init__(self, *args: Any, ballot_ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ballots"].choices = [(pk, str(pk)) for pk in ballot_ids]
        self.fields["ballots"].error_messages["required"] = _("Choose the ballots to review.")


class CommunityMentionForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the mention"), max_length=200, initial=_("Community mention")
    )
    candidacy = forms.TypedChoiceField(
        label=_("Most voted (tied)"),
        coerce=int,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("The vote is tied: choose which of them receives the mention."),
    )

    def __init__(self, *args: Any, tied: list[Candidacy], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if len(tied) > 1:
            self.fields["candidacy"].choices = [(c.pk, str(c)) for c in tied]
            self.fields["candidacy"].required = True
        else:
            del self.fields["candidacy"]
