"""Organisations and the people who act for them."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from awards import tasks
from awards.enums import MembershipRole
from awards.models import MembershipInvitation, Organisation, OrganisationMembership
from awards.transitions import TransitionRefused


def register_organisation(*, by: Any, **fields: Any) -> Organisation:
    """A person registers their organisation and becomes its first administrator.

    ``fields`` are the organisation's (name, kind, country, city, uclg_region,
    population_band, website), already validated by a form or a serializer.
    Side effects: the organisation; the membership.
    """
    with transaction.atomic():
        organisation = Organisation(**fields)
        organisation.full_clean()
        organisation.save()
        OrganisationMembership.objects.create(
            organisation=organisation, user=by, role=MembershipRole.ADMIN
        )
    return organisation


def invite_member(organisation: Organisation, *, email: str, by: Any) -> MembershipInvitation:
    """A member invites a colleague. Side effects: the invitation; after commit, its mail."""
    if not organisation.memberships.filter(user=by).exists():
        raise PermissionDenied(_("Only the organisation's members invite colleagues."))
    invitation = MembershipInvitation.objects.create(
        organisation=organisation, email=email.strip().lower(), invited_by=by
    )
    transaction.on_commit(partial(tasks.send_membership_invitation.enqueue, invitation.pk))
    return invitation


def accept_membership_invitation(token: Any, *, by: Any) -> OrganisationMembership:
    """The invited person, signed in with the address invited, joins the organisation."""
    invitation = MembershipInvitation.objects.filter(token=token).first()
    if invitation is None or invitation.accepted_at is not None:
        raise TransitionRefused([_("This invitation is no longer valid.")])
    if invitation.email.lower() != by.email.lower():
        raise TransitionRefused(
            [
                _("This invitation was sent to another address: sign in with %(email)s.")
                % {"email": invitation.email}
            ]
        )
    with transaction.atomic():
        membership, _created = OrganisationMembership.objects.get_or_create(
            organisation=invitation.organisation, user=by
        )
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    return membership
