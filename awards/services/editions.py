"""Preparing an edition: its settings, categories, rounds with criteria, and prizes.

The admin edits these through its forms; programs go through :func:`create_edition` and
:func:`change_edition`, which keep the same rules: the permissions of ``awards.rules``, the
model's own validation (``full_clean``: validators, unique keys, ordered dates), and one
rule of their own, :data:`CHANGEABLE_ONCE_OPEN`: once the call has opened, applicants have
read its terms and may have applied under them, so only the presentation texts may change.

Structure is sent whole and matched by its stable keys: categories by ``key``, rounds by
``number``, criteria by ``key`` within their round. What is sent is created or changed, what
is left out is deleted. Prizes have no key of their own and are replaced. Sending no list
leaves that part as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from awards.enums import EditionState
from awards.i18n import translated_field_names
from awards.models import Category, Criterion, Edition, Prize, Round
from awards.transitions import TransitionConflict, TransitionRefused

STRUCTURE = ("categories", "rounds", "prizes")

# What the call's applicants rely on is fixed once it opens; its wording may still improve.
CHANGEABLE_ONCE_OPEN = frozenset(
    translated_field_names("name")
    + translated_field_names("description")
    + translated_field_names("rules")
    + translated_field_names("faq")
)

# The errors of a list sent, by the place of each item that failed (as DRF gives them).
ItemErrors = dict[int, dict[str, Any]]


class EditionFrozen(TransitionRefused):
    """The edition's call has opened: what was asked may no longer change (409 in the API)."""


class EditionInvalid(Exception):
    """Bad input, field by field; the structure's errors are by the place of each item that
    failed, as in ``{"rounds": {1: {"criteria": {0: {"weight": […]}}}}}``. Nothing was saved."""

    def __init__(self, field_errors: dict[str, Any]) -> None:
        self.field_errors = field_errors
        super().__init__(str(field_errors))


def require(user: Any, permission: str, obj: Any = None) -> None:
    """Refuses (403) someone the rules of ``awards.rules`` do not allow."""
    if not user.has_perm(permission, obj):
        raise PermissionDenied(_("You are not allowed to do this."))


def require_creator(user: Any) -> None:
    """Award managers create editions (and the superuser)."""
    require(user, "awards.add_edition")


def require_editor(user: Any, edition: Edition) -> None:
    """The edition's secretariat changes it (and award managers, as in the admin)."""
    require(user, "awards.change_edition", edition)


def create_edition(
    *,
    by: Any,
    fields: dict[str, Any],
    categories: list[dict[str, Any]] | None = None,
    rounds: list[dict[str, Any]] | None = None,
    prizes: list[dict[str, Any]] | None = None,
) -> Edition:
    """Creates a draft edition with its structure; its creator joins its secretariat.

    Side effects, in order: the edition, its categories, rounds and criteria, prizes; the
    creator added to the secretariat (as the admin does), so that they can go on preparing it.
    Raises EditionInvalid (errors per field, nested per item), PermissionDenied.
    """
    require_creator(by)
    with transaction.atomic():
        edition = Edition(**fields)
        clean_edition(edition)
        edition.save()
        edition.secretariat.add(by)
        save_structure(edition, categories=categories, rounds=rounds, prizes=prizes)
    return edition


def change_edition(
    edition: Edition,
    *,
    by: Any,
    fields: dict[str, Any],
    categories: list[dict[str, Any]] | None = None,
    rounds: list[dict[str, Any]] | None = None,
    prizes: list[dict[str, Any]] | None = None,
) -> Edition:
    """Changes an edition's settings and, while it is a draft, its structure.

    Side effects: the edition and the parts of its structure that were sent, in one
    transaction. Raises EditionFrozen (naming the fields) once the call has opened,
    TransitionConflict if the edition moved while this was checked, EditionInvalid,
    PermissionDenied.
    """
    require_editor(by, edition)
    with transaction.atomic():
        stored = Edition.objects.select_for_update().filter(pk=edition.pk).first()
        if stored is None or stored.state != edition.state:
            raise TransitionConflict()
        refuse_frozen(edition, fields, sent_structure(categories, rounds, prizes))
        for name, value in fields.items():
            setattr(edition, name, value)
        clean_edition(edition)
        edition.save()
        save_structure(edition, categories=categories, rounds=rounds, prizes=prizes)
    return edition


def sent_structure(*parts: list[dict[str, Any]] | None) -> list[str]:
    return [name for name, part in zip(STRUCTURE, parts, strict=True) if part is not None]


def refuse_frozen(edition: Edition, fields: dict[str, Any], structure: list[str]) -> None:
    if edition.state == EditionState.DRAFT:
        return
    frozen = sorted(name for name in fields if name not in CHANGEABLE_ONCE_OPEN) + structure
    if not frozen:
        return
    message = _(
        "The call has opened: applicants rely on its terms and structure, which can no "
        "longer change. Only the names, descriptions, rules and questions may be improved."
    )
    raise EditionFrozen([message], field_errors={name: [message] for name in frozen})


def clean(obj: models.Model, exclude: tuple[str, ...] = ()) -> None:
    """The model's own validation, as the admin's forms run it."""
    obj.full_clean(exclude=list(exclude))


def clean_edition(edition: Edition) -> None:
    try:
        # The state is protected (only transitions write it), as it is outside the admin's form.
        clean(edition, exclude=("state",))
    except ValidationError as error:
        raise EditionInvalid(error.message_dict) from error


def save_structure(
    edition: Edition,
    *,
    categories: list[dict[str, Any]] | None,
    rounds: list[dict[str, Any]] | None,
    prizes: list[dict[str, Any]] | None,
) -> None:
    """Saves what was sent of the structure; raises one EditionInvalid for all of it.

    Reads the structure afresh, never through the edition's related managers: a caller's
    prefetched copy would still hold what was just deleted.
    """
    errors: dict[str, ItemErrors] = {}
    if categories is not None:
        existing = {c.key: c for c in Category.objects.filter(edition=edition)}
        errors["categories"] = sync(existing, categories, "key", lambda: Category(edition=edition))
    if rounds is not None:
        errors["rounds"] = save_rounds(edition, rounds)
    if prizes is not None:
        errors["prizes"] = save_prizes(edition, prizes)
    errors = {name: items for name, items in errors.items() if items}
    if errors:
        raise EditionInvalid(errors)


def sync(
    existing: dict[Any, models.Model],
    items: list[dict[str, Any]],
    key: str,
    new: Callable[[], models.Model],
    save_children: Callable[[models.Model, dict[str, Any]], dict[str, Any]] | None = None,
) -> ItemErrors:
    """Creates or changes each item, matched by ``key``; deletes those not sent.

    Returns the errors by the place of each item that failed; an item that fails is not
    saved, and the caller's transaction is rolled back.
    """
    errors: ItemErrors = {}
    for place, item in enumerate(items):
        values = {name: value for name, value in item.items() if name != "criteria"}
        obj = existing.pop(values.get(key), None) or new()
        for name, value in values.items():
            setattr(obj, name, value)
        try:
            clean(obj)
        except ValidationError as error:
            errors[place] = error.message_dict
            continue
        obj.save()
        children = save_children(obj, item) if save_children else {}
        if children:
            errors[place] = children
    for obj in existing.values():
        obj.delete()
    return errors


def save_rounds(edition: Edition, rounds: list[dict[str, Any]]) -> ItemErrors:
    def save_criteria(round_: models.Model, item: dict[str, Any]) -> dict[str, Any]:
        if "criteria" not in item:
            return {}
        existing = {c.key: c for c in Criterion.objects.filter(round=round_)}
        errors = sync(existing, item["criteria"], "key", lambda: Criterion(round=round_))
        return {"criteria": errors} if errors else {}

    existing = {r.number: r for r in Round.objects.filter(edition=edition)}
    return sync(existing, rounds, "number", lambda: Round(edition=edition), save_criteria)


def save_prizes(edition: Edition, prizes: list[dict[str, Any]]) -> ItemErrors:
    """Replaces the prizes; each names its category by key, or none (open to every one)."""
    Prize.objects.filter(edition=edition).delete()
    categories = {c.key: c for c in Category.objects.filter(edition=edition)}
    errors: ItemErrors = {}
    for order, item in enumerate(prizes):
        values = dict(item)
        key = values.pop("category", None)
        if key and key not in categories:
            message = _("No category of this edition has the key “%(key)s”.") % {"key": key}
            errors[order] = {"category": [message]}
            continue
        values.setdefault("order", order)
        prize = Prize(edition=edition, category=categories.get(key) if key else None, **values)
        try:
            clean(prize)
        except ValidationError as error:
            errors[order] = error.message_dict
            continue
        prize.save()
    return errors
