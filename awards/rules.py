"""Who may do what, written once as predicates.

Pages, the API, the admin and the state machines' ``permission=`` all ask these rules through
``user.has_perm("awards.<action>", obj)``. Role keys are stable slugs, never translated names.
A predicate receives ``obj=None`` when a surface asks "may this user do this to any object?"
(the admin's list pages do); it then answers for the objects the user could reach.
"""

from __future__ import annotations

from typing import Any

import rules

# Group slug for the people who may create editions of any award of the network.
AWARD_MANAGERS = "award-managers"


class ObjectPermission:
    """A transition's ``permission=``: the named rule, asked about this very object.

    Given a string, django-fsm would ask a second time without the object when the first
    answer is no, and our rules answer that question ("on any object?") for list pages; a
    transition must never take that for a yes.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, instance: Any, user: Any) -> bool:
        return user.has_perm(self.name, instance)

    def __repr__(self) -> str:
        return f"ObjectPermission({self.name!r})"


def edition_of(obj: Any) -> Any:
    """The edition an object belongs to: itself, or through its ``edition`` attribute."""
    from awards.models import Edition

    if obj is None or isinstance(obj, Edition):
        return obj
    return getattr(obj, "edition", None)


@rules.predicate
def is_award_manager(user: Any) -> bool:
    return user.is_authenticated and user.groups.filter(name=AWARD_MANAGERS).exists()


@rules.predicate
def is_edition_secretariat(user: Any, obj: Any) -> bool:
    if not user.is_authenticated:
        return False
    edition = edition_of(obj)
    if edition is None:
        # Asked about no object in particular: true for anyone in some edition's secretariat.
        return obj is None and user.secretariat_editions.exists()
    return edition.secretariat.filter(pk=user.pk).exists()


@rules.predicate
def is_applicant(user: Any, candidacy: Any) -> bool:
    """A member of the organisation the candidacy belongs to."""
    if not user.is_authenticated or candidacy is None:
        return False
    return candidacy.organisation.memberships.filter(user_id=user.pk).exists()


@rules.predicate
def is_assigned_juror(user: Any, obj: Any) -> bool:
    """A juror with a live scorecard on the candidacy (recused ones do not count)."""
    from evaluation.enums import ScorecardState

    if not user.is_authenticated or obj is None:
        return False
    candidacy = getattr(obj, "candidacy", obj)
    return candidacy.scorecards.filter(juror_id=user.pk, state__in=ScorecardState.active()).exists()


@rules.predicate
def is_organisation_member(user: Any, organisation: Any) -> bool:
    if not user.is_authenticated:
        return False
    if organisation is None:
        return user.memberships.exists()
    return organisation.memberships.filter(user_id=user.pk).exists()


@rules.predicate
def applied_to_secretariat_edition(user: Any, organisation: Any) -> bool:
    """The organisation has a candidacy in an edition whose secretariat the user belongs to."""
    if not user.is_authenticated or organisation is None:
        return False
    return organisation.candidacies.filter(edition__secretariat=user).exists()


@rules.predicate
def is_in_preparation(user: Any, obj: Any) -> bool:
    """Rounds and criteria may change until the evaluation starts: then scores depend on them."""
    from awards.enums import EditionState

    edition = edition_of(obj)
    return edition is None or edition.state in (
        EditionState.DRAFT,
        EditionState.CALL_OPEN,
        EditionState.CALL_CLOSED,
    )


@rules.predicate
def is_published(user: Any, edition: Any) -> bool:
    return edition is not None and edition.results_are_public


@rules.predicate
def is_public_edition(user: Any, edition: Any) -> bool:
    from awards.enums import EditionState

    return edition is not None and edition.state != EditionState.DRAFT


staff = rules.is_superuser | is_award_manager

# Editions
rules.add_perm("awards.view_edition", is_public_edition | is_edition_secretariat | staff)
rules.add_perm("awards.add_edition", staff)
rules.add_perm("awards.change_edition", is_edition_secretariat | staff)
rules.add_perm("awards.manage_edition", is_edition_secretariat | rules.is_superuser)

# Candidacies
# Jurors read candidacies only through their scorecards, which hide identity in blind rounds.
rules.add_perm("awards.view_candidacy", is_applicant | is_edition_secretariat | rules.is_superuser)
rules.add_perm("awards.submit_candidacy", is_applicant)
rules.add_perm("awards.withdraw_candidacy", is_applicant | is_edition_secretariat)
rules.add_perm("awards.screen_candidacy", is_edition_secretariat | rules.is_superuser)
rules.add_perm("awards.decide_candidacy", is_edition_secretariat | rules.is_superuser)


@rules.predicate
def has_certificate(user: Any, candidacy: Any) -> bool:
    """A winner or a special mention of an edition whose results are published. Before, the
    decision is embargoed, even from the applicant; finalists get no certificate, as in the
    secretariat's batch of certificates (``reports.pdf.awarded``)."""
    from awards.enums import CandidacyState

    return (
        candidacy is not None
        and candidacy.edition.results_are_public
        and candidacy.state in (CandidacyState.WINNER, CandidacyState.SPECIAL_MENTION)
    )


rules.add_perm("awards.download_certificate", has_certificate & is_applicant)


def may_download_certificate(user: Any, candidacy: Any) -> bool:
    """The rule ``awards.download_certificate`` itself. Never ask it through ``user.has_perm``:
    Django grants a superuser every permission before any rule is read, which would hand a
    superuser who is also a member the certificate of an embargoed decision."""
    return rules.has_perm("awards.download_certificate", user, candidacy)


# Organisations
rules.add_perm(
    "awards.view_organisation",
    # is_edition_secretariat only answers "any organisation?" (obj=None): it opens the list.
    is_organisation_member | applied_to_secretariat_edition | is_edition_secretariat | staff,
)
rules.add_perm("awards.change_organisation", staff)

# The transition record can be read by whoever may read its edition's secretariat pages.
rules.add_perm("awards.view_transitionrecord", is_edition_secretariat | rules.is_superuser)

# What an edition is made of: prepared by its secretariat; rounds and criteria are frozen
# once the evaluation starts.
for model in ("category", "round", "criterion", "prize", "exclusion"):
    rules.add_perm(f"awards.view_{model}", is_edition_secretariat | staff)
    frozen = is_in_preparation if model in ("round", "criterion") else rules.always_allow
    for action in ("add", "change", "delete"):
        rules.add_perm(f"awards.{action}_{model}", (is_edition_secretariat | staff) & frozen)


@rules.predicate
def juror_may_open(user: Any, attachment: Any) -> bool:
    """A juror assigned to the candidacy, for the kinds of file their round lets them see (no
    document naming the applicant in a blind round, never the authorisation letter)."""
    from awards.models import Attachment
    from evaluation.enums import ScorecardState
    from evaluation.queries import ATTACHMENTS_FOR_JURORS

    if not user.is_authenticated or not isinstance(attachment, Attachment):
        return False
    blind_flags = attachment.candidacy.scorecards.filter(
        juror_id=user.pk, state__in=ScorecardState.active()
    ).values_list("round__blind", flat=True)
    return any(attachment.kind in ATTACHMENTS_FOR_JURORS[blind] for blind in blind_flags)


@rules.predicate
def is_attachment_applicant(user: Any, attachment: Any) -> bool:
    # The admin asks about the attachments of a candidacy with the candidacy itself.
    candidacy = getattr(attachment, "candidacy", attachment)
    return candidacy is not None and is_applicant(user, candidacy)


rules.add_perm(
    "awards.view_attachment",
    is_attachment_applicant | is_edition_secretariat | juror_may_open | rules.is_superuser,
)

# The public vote: set up, reviewed, counted once it has closed, and its community mention given,
# by the edition's secretariat only (awards/vote_queries.py reads this rule).
rules.add_perm("awards.manage_vote", is_edition_secretariat | rules.is_superuser)

# The awards section of the admin opens to the secretariats and the award managers.
rules.add_perm("awards", is_edition_secretariat | staff)
