"""The sections of an application, in the order of the form, with their word limits."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    field: str
    label: str | Promise
    help_text: str | Promise
    word_limit: int
    required: bool = True


SECTIONS: tuple[Section, ...] = (
    Section(
        "organisation_presentation",
        _("About the organisation"),
        _("Who you are, your population and your experience of citizen participation."),
        250,
    ),
    Section(
        "practice_description",
        _("The practice"),
        _("What was done, where, since when, and how citizens take part."),
        600,
    ),
    Section(
        "objectives",
        _("Objectives"),
        _("The problem addressed and what the practice set out to change."),
        300,
    ),
    Section(
        "participants",
        _("Participants and inclusion"),
        _("Who took part, how many, and how under-represented groups were reached."),
        400,
    ),
    Section(
        "results",
        _("Results"),
        _("What changed: decisions taken, budgets allocated, figures and testimonies."),
        400,
    ),
    Section(
        "evaluation",
        _("Evaluation"),
        _("How the practice is evaluated, by whom, and what was learnt."),
        300,
    ),
    Section(
        "transferability",
        _("Transferability"),
        _("What another local government would need to do the same."),
        300,
    ),
    Section(
        "public_summary",
        _("Public summary"),
        _("A short text that may be published in the repository of practices."),
        150,
    ),
)

SECTIONS_BY_FIELD: dict[str, Section] = {section.field: section for section in SECTIONS}


def count_words(text: str) -> int:
    """Words as a reader counts them: runs of characters between spaces."""
    return len(text.split())
