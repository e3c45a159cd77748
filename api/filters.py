"""Filters of the API's lists (django-filter)."""

from typing import Any

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from awards import search
from awards.enums import EditionState, Language, PopulationBand, UCLGRegion
from awards.forms import CountryCodeField, WordsField
from awards.models import Candidacy, Category, Criterion, Edition


class EditionFilter(django_filters.FilterSet):
    state = django_filters.MultipleChoiceFilter(choices=EditionState.choices)

    class Meta:
        model = Edition
        fields = ["state", "year", "code"]


class CategoryFilter(django_filters.FilterSet):
    edition = django_filters.CharFilter(field_name="edition__slug", help_text=_("Edition slug"))

    class Meta:
        model = Category
        fields = ["edition", "key"]


class CriterionFilter(django_filters.FilterSet):
    edition = django_filters.CharFilter(
        field_name="round__edition__slug", help_text=_("Edition slug")
    )
    round = django_filters.NumberFilter(field_name="round__number", help_text=_("Round number"))

    class Meta:
        model = Criterion
        fields = ["edition", "round", "key"]


@extend_schema_field(OpenApiTypes.INT)
class YearFilter(django_filters.NumberFilter):
    """A whole year: 2031.7 is refused (400), never read as 2031."""

    field_class = forms.IntegerField


class WordsFilter(django_filters.CharFilter):
    """Search words: cut at 200 characters rather than refused (as on the page)."""

    field_class = WordsField


class CountryFilter(django_filters.CharFilter):
    """An ISO 3166-1 alpha-2 code, in any case; an unknown one is refused (400)."""

    field_class = CountryCodeField


class CategoryKeyFilter(django_filters.CharFilter):
    """A category's key, such as gender-care."""

    field_class = forms.SlugField


class PublishedResultsFilter(django_filters.FilterSet):
    year = YearFilter(help_text=_("Year of the edition."))
    code = django_filters.CharFilter(help_text=_("Code of the award, such as IOPD."))

    class Meta:
        model = Edition
        fields = ["year", "code"]


class PracticeFilter(django_filters.FilterSet):
    """The search of the repository of practices, as on /practices/: the filters are checked
    here (an invalid value answers 400), then awards.search.practices runs the search (and
    orders the results)."""

    q = WordsFilter(
        method="searched",
        help_text=_(
            'Words to search, all required; "a phrase" stays together, -word leaves out. Cut '
            "at 200 characters."
        ),
    )
    category = CategoryKeyFilter(
        method="searched", help_text=_("Category key, the same across editions.")
    )
    country = CountryFilter(method="searched", help_text=_("ISO 3166-1 alpha-2 code."))
    region = django_filters.ChoiceFilter(
        method="searched", choices=UCLGRegion.choices, help_text=_("UCLG region.")
    )
    population = django_filters.ChoiceFilter(
        method="searched", choices=PopulationBand.choices, help_text=_("Population band.")
    )
    year = YearFilter(
        method="searched", min_value=2000, max_value=2100, help_text=_("Year of the edition.")
    )
    result = django_filters.ChoiceFilter(
        method="searched",
        choices=[(state.value, state.label) for state in search.RESULTS],
        help_text=_("The jury's decision."),
    )
    language = django_filters.ChoiceFilter(
        method="searched", choices=Language.choices, help_text=_("Language of the practice.")
    )

    class Meta:
        model = Candidacy
        fields = ["q", "category", "country", "region", "population", "year", "result", "language"]

    def searched(self, queryset: Any, name: str, value: Any) -> Any:
        return queryset  # the search runs once, for every filter, in filter_queryset

    def filter_queryset(self, queryset: Any) -> Any:
        query = search.PracticeQuery.from_values(dict(self.form.cleaned_data))
        return search.practices(query).filter(pk__in=queryset.values("pk"))
