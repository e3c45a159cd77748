"""Why a transition may not happen, in words the person who asked for it can act on.

Each ``*_problems`` function takes the object and returns a list of reasons; an empty list means
the transition may go ahead. The models wrap them in :class:`Guard`, which django-fsm calls as
a condition, and the transition runner reads the same functions to explain a refusal.
These functions read the database but never write to it.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from awards.enums import AttachmentKind, CandidacyState, EditionState, OrganisationKind
from awards.sections import SECTIONS, count_words

if TYPE_CHECKING:
    from awards.models import Candidacy, Edition

Problems = list[str]


class Guard:
    """A django-fsm condition that can also say why it fails."""

    def __init__(self, problems: Callable[[Any], Problems]) -> None:
        self.problems = problems
        self.__name__ = problems.__name__

    def __call__(self, obj: Any) -> bool:
        return not self.problems(obj)


def format_deadline(edition: Edition, moment: dt.datetime | None = None) -> str:
    """A datetime as the edition's applicants read it: in the edition's time zone, named."""
    moment = moment or edition.call_closes_at
    if moment is None:
        return _("no date set")
    local = timezone.localtime(moment, zoneinfo.ZoneInfo(edition.timezone))
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} ({edition.timezone})"


# Edition ---------------------------------------------------------------------------------------


def criterion_keys(edition: Edition) -> list[str]:
    return [c.key for round_ in edition.rounds.all() for c in round_.criteria.all()]


def open_call_problems(edition: Edition) -> Problems:
    problems: Problems = []
    if not edition.categories.exists():
        problems.append(_("Add at least one category."))
    if not any(round_.has_weighted_criteria() for round_ in edition.rounds.all()):
        problems.append(_("Add at least one round whose criteria all have a positive weight."))
    if edition.call_closes_at is None:
        problems.append(_("Set the closing date and time of the call."))
    elif edition.call_closes_at <= timezone.now():
        problems.append(
            _("The closing date %(deadline)s is already past.")
            % {"deadline": format_deadline(edition)}
        )
    if not edition.languages:
        problems.append(_("Choose at least one application language."))
    keys = set(criterion_keys(edition))
    unknown = [key for key in edition.tie_break if key not in keys]
    if unknown:
        problems.append(
            _("The tie-break names criteria that no round has: %(keys)s.")
            % {"keys": ", ".join(unknown)}
        )
    return problems


def close_call_problems(edition: Edition) -> Problems:
    return []


def start_evaluation_problems(edition: Edition) -> Problems:
    problems: Problems = []
    waiting = edition.candidacies.filter(
        state__in=[CandidacyState.SUBMITTED, CandidacyState.RETURNED]
    ).order_by("reference_number")
    references = [c.reference for c in waiting]
    if references:
        problems.append(
            ngettext(
                "Screening is not finished: %(count)d candidacy has no screening decision "
                "(%(references)s).",
                "Screening is not finished: %(count)d candidacies have no screening decision "
                "(%(references)s).",
                len(references),
            )
            % {"count": len(references), "references": ", ".join(references)}
        )
    if not edition.candidacies.filter(state=CandidacyState.ELIGIBLE).exists():
        problems.append(_("No candidacy has been found eligible."))
    return problems


def start_deliberation_problems(edition: Edition) -> Problems:
    return []


def publish_problems(edition: Edition) -> Problems:
    undecided = (
        edition.candidacies.exclude(state__in=CandidacyState.final())
        .exclude(state=CandidacyState.DRAFT)
        .order_by("reference_number")
    )
    references = [c.reference for c in undecided]
    if not references:
        return []
    return [
        ngettext(
            "%(count)d candidacy has no final decision yet (%(references)s).",
            "%(count)d candidacies have no final decision yet (%(references)s).",
            len(references),
        )
        % {"count": len(references), "references": ", ".join(references)}
    ]


def archive_problems(edition: Edition) -> Problems:
    return []


# Candidacy -------------------------------------------------------------------------------------


def call_is_open_problems(edition: Edition) -> Problems:
    """The deadline, checked on the server against the clock, whatever the edition's state says."""
    now = timezone.now()
    if edition.state != EditionState.CALL_OPEN:
        return [_("The call for candidacies is not open.")]
    if edition.call_opens_at and now < edition.call_opens_at:
        return [
            _("The call opens on %(date)s.")
            % {"date": format_deadline(edition, edition.call_opens_at)}
        ]
    if edition.call_closes_at is None or now >= edition.call_closes_at:
        return [_("The call closed on %(deadline)s.") % {"deadline": format_deadline(edition)}]
    return []


def completeness_problems(candidacy: Candidacy) -> Problems:
    """Required fields, word limits and required attachments."""
    problems: Problems = []
    if not candidacy.title.strip():
        problems.append(_("Give the practice a title."))
    if candidacy.category_id is None or candidacy.category.edition_id != candidacy.edition_id:
        problems.append(_("Choose a category."))
    if candidacy.language not in candidacy.edition.languages:
        problems.append(_("Choose one of the languages this edition accepts."))
    for section in SECTIONS:
        text = getattr(candidacy, section.field)
        if section.required and not text.strip():
            problems.append(_("“%(section)s” is required.") % {"section": section.label})
        elif count_words(text) > section.word_limit:
            problems.append(
                _("“%(section)s” has %(words)d words; the limit is %(limit)d.")
                % {
                    "section": section.label,
                    "words": count_words(text),
                    "limit": section.word_limit,
                }
            )
    if candidacy.implementation_started_on is None:
        problems.append(_("Give the date the practice started."))
    if not candidacy.contact_name.strip() or not candidacy.contact_email.strip():
        problems.append(_("Give a contact person and their e-mail address."))
    problems += attachment_problems(candidacy)
    return problems


def attachment_problems(candidacy: Candidacy) -> Problems:
    kinds = set(candidacy.attachments.values_list("kind", flat=True))
    problems: Problems = []
    if candidacy.edition.requires_photo and AttachmentKind.PHOTO not in kinds:
        problems.append(_("Attach at least one photo of the practice."))
    applies_for_government = candidacy.organisation.kind not in OrganisationKind.governments()
    if applies_for_government and AttachmentKind.AUTHORISATION not in kinds:
        problems.append(
            _(
                "Attach the letter by which the local government authorises your organisation "
                "to apply on its behalf."
            )
        )
    return problems


def eligibility_problems(candidacy: Candidacy) -> Problems:
    """The edition's eligibility rules: exclusions, the implementation window, the limits."""
    edition = candidacy.edition
    problems: Problems = []
    exclusion = edition.exclusions.filter(organisation_id=candidacy.organisation_id).first()
    if exclusion is not None:
        problems.append(
            _("Your organisation cannot apply to this edition: %(reason)s")
            % {"reason": exclusion.reason}
        )
    problems += implementation_window_problems(candidacy)
    problems += limit_problems(candidacy)
    return problems


def implementation_window_problems(candidacy: Candidacy) -> Problems:
    edition = candidacy.edition
    started, ended = candidacy.implementation_started_on, candidacy.implementation_ended_on
    if started is None:
        return []
    window_start, window_end = edition.implementation_from, edition.implementation_until
    too_late = window_end is not None and started > window_end
    too_early = window_start is not None and ended is not None and ended < window_start
    if not (too_late or too_early):
        return []
    return [
        _(
            "The practice must have been running at some time between %(start)s and %(end)s; "
            "it ran from %(started)s to %(ended)s."
        )
        % {
            "start": formats.date_format(window_start) if window_start else "—",
            "end": formats.date_format(window_end) if window_end else "—",
            "started": formats.date_format(started),
            "ended": formats.date_format(ended) if ended else _("today"),
        }
    ]


def limit_problems(candidacy: Candidacy) -> Problems:
    edition = candidacy.edition
    others = (
        edition.candidacies.filter(organisation_id=candidacy.organisation_id)
        .exclude(pk=candidacy.pk)
        .exclude(state__in=CandidacyState.not_counted_towards_limits())
    )
    problems: Problems = []
    limit = edition.max_candidacies_per_organisation
    if limit is not None and others.count() >= limit:
        problems.append(
            ngettext(
                "An organisation may submit at most %(limit)d candidacy to this edition.",
                "An organisation may submit at most %(limit)d candidacies to this edition.",
                limit,
            )
            % {"limit": limit}
        )
    limit = edition.max_candidacies_per_category
    if (
        limit is not None
        and candidacy.category_id is not None
        and others.filter(category_id=candidacy.category_id).count() >= limit
    ):
        problems.append(
            ngettext(
                "An organisation may submit at most %(limit)d candidacy in the category "
                "“%(category)s”.",
                "An organisation may submit at most %(limit)d candidacies in the category "
                "“%(category)s”.",
                limit,
            )
            % {"limit": limit, "category": candidacy.category.name}
        )
    return problems


def submit_problems(candidacy: Candidacy) -> Problems:
    if candidacy.state == CandidacyState.RETURNED:
        problems = screening_problems(candidacy)
    else:
        problems = call_is_open_problems(candidacy.edition)
    if problems:
        # Past the deadline nothing else matters; don't bury the reason under field checks.
        return problems
    return completeness_problems(candidacy) + eligibility_problems(candidacy)


def screening_problems(candidacy: Candidacy) -> Problems:
    """Screening (and the clarification loop) runs from the opening of the call to evaluation."""
    if candidacy.edition.state not in (EditionState.CALL_OPEN, EditionState.CALL_CLOSED):
        return [_("Screening of this edition has ended.")]
    return []


def evaluation_problems(candidacy: Candidacy) -> Problems:
    if candidacy.edition.state != EditionState.EVALUATION:
        return [_("The edition is not in evaluation.")]
    return []


def decision_problems(candidacy: Candidacy) -> Problems:
    if candidacy.edition.state not in (EditionState.EVALUATION, EditionState.DELIBERATION):
        return [_("Decisions are taken while the edition is in evaluation or deliberation.")]
    return []


def withdraw_problems(candidacy: Candidacy) -> Problems:
    if candidacy.edition.state in (EditionState.PUBLISHED, EditionState.ARCHIVED):
        return [
            _("The results of this edition are published; a candidacy can no longer be withdrawn.")
        ]
    return []
