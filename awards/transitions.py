"""Running a declared transition: permission, guards, the change, its record — or a clear no.

Every state machine in Palmares (editions, candidacies, scorecards) goes through
:func:`run_transition`, called by the services of its app. It never sends mail; the service
that calls it does, on commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _
from django_fsm import ConcurrentTransition, Transition

from awards.guards import Guard
from awards.models import TransitionRecord
from awards.rules import edition_of

STATE_FIELD = "state"


class TransitionRefused(Exception):
    """The transition may not happen now; ``reasons`` say why, for the person who asked."""

    def __init__(self, reasons: list[str], *, field_errors: dict[str, list[str]] | None = None):
        self.reasons = reasons
        self.field_errors = field_errors or {}
        super().__init__(" ".join(reasons))


class TransitionConflict(Exception):
    """Someone else changed the object's state after it was loaded; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "Someone else changed this item while you were working on it. "
                "Nothing was saved; reload the page to see its current state."
            )
        )


@dataclass(frozen=True)
class TransitionOption:
    """A transition offered to a user: its label, whether it needs a note, what blocks it."""

    name: str
    label: str
    note_label: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def note_required(self) -> bool:
        return self.note_label is not None

    @property
    def possible(self) -> bool:
        return not self.problems


def current_state(obj: models.Model) -> str:
    return getattr(obj, STATE_FIELD)


def state_label(obj: models.Model) -> str:
    """The state as the people who may act on the object call it.

    An applicant's name for a candidacy's state, so a refusal never reveals an embargoed
    decision; the state's own label otherwise.
    """
    applicant_status = getattr(obj, "applicant_status", None)
    if applicant_status is not None and getattr(obj, "edition_id", None):
        return str(applicant_status.label)
    return str(obj.get_state_display())


def declared_transition(obj: models.Model, name: str) -> Transition | None:
    """The transition ``name`` from the object's current state, or None if there is none."""
    method = getattr(type(obj), name, None)
    meta = getattr(method, "_django_fsm", None)
    if meta is None or not meta.has_transition(current_state(obj)):
        return None
    return meta.get_transition(current_state(obj))


def transition_problems(obj: models.Model, transition: Transition) -> list[str]:
    return [
        str(reason)
        for condition in transition.conditions
        if isinstance(condition, Guard)
        for reason in condition.problems(obj)
    ]


def transition_options(obj: models.Model, user: Any) -> list[TransitionOption]:
    """The transitions the object's state and the user's role allow, with what still blocks them.

    Automatic transitions (run by another service, never asked for directly) are left out.
    """
    state_field = obj._meta.get_field(STATE_FIELD)
    options = []
    for name in state_field.transitions[type(obj)]:
        transition = declared_transition(obj, name)
        if transition is None or transition.custom.get("automatic"):
            continue
        if not transition.has_perm(obj, user):
            continue
        note = transition.custom.get("note")
        options.append(
            TransitionOption(
                name=name,
                label=str(transition.custom.get("label", name)),
                note_label=str(note) if note else None,
                problems=transition_problems(obj, transition),
            )
        )
    return options


def run_transition(
    obj: models.Model, name: str, *, by: Any | None, note: str = "", **kwargs: Any
) -> TransitionRecord:
    """Move ``obj`` by its transition ``name`` and record it, or change nothing and say why.

    ``by`` is the user who asked, or None when Palmares acts on its own (a deadline passing).
    Raises PermissionDenied (the user's role does not allow it), TransitionRefused (not from
    this state, a guard fails, a required note is missing) or TransitionConflict (the object
    changed since it was loaded). Runs in one transaction: on any error nothing is saved.
    """
    meta = getattr(getattr(type(obj), name, None), "_django_fsm", None)
    if meta is None:
        raise TransitionRefused([_("Unknown action.")])
    # Permission first: someone without the role learns nothing, not even the current state.
    any_source = next(iter(meta.transitions.values()))
    if by is not None and not any_source.has_perm(obj, by):
        raise PermissionDenied(_("You are not allowed to do this."))
    transition = declared_transition(obj, name)
    if transition is None:
        raise TransitionRefused(
            [
                _("This action is not possible while the state is “%(state)s”.")
                % {"state": state_label(obj)}
            ]
        )
    if by is not None and not transition.has_perm(obj, by):
        raise PermissionDenied(_("You are not allowed to do this."))
    note = (note or "").strip()
    note_label = transition.custom.get("note")
    if note_label and not note:
        message = _("%(label)s is required.") % {"label": note_label}
        raise TransitionRefused([message], field_errors={"note": [message]})
    problems = transition_problems(obj, transition)
    if problems:
        raise TransitionRefused(problems)

    source = current_state(obj)
    try:
        with transaction.atomic():
            getattr(obj, name)(**kwargs)
            obj.save()
            return TransitionRecord.objects.create(
                content_type=ContentType.objects.get_for_model(obj),
                object_id=obj.pk,
                edition=edition_of(obj),
                transition=name,
                source=source,
                target=current_state(obj),
                actor=by,
                note=note,
            )
    except ConcurrentTransition as error:
        # The in-memory object took the new state; put it back to what the database holds.
        obj.refresh_from_db()
        raise TransitionConflict() from error
