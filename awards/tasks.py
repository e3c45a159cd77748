"""Background work of the awards app: thin wrappers that fetch by id and call a service."""

from __future__ import annotations

import logging

from django_tasks import task

from awards import notifications
from awards.models import Candidacy, Edition, MembershipInvitation

logger = logging.getLogger(__name__)


@task()
def send_candidacy_mail(candidacy_id: int, template: str, note: str = "") -> int:
    candidacy = Candidacy.objects.select_related("edition", "organisation").get(pk=candidacy_id)
    try:
        return notifications.send_candidacy_mail(candidacy, template, note)
    except Exception:
        logger.exception("Mail %s for candidacy %s failed", template, candidacy_id)
        raise


@task()
def send_membership_invitation(invitation_id: int) -> int:
    invitation = MembershipInvitation.objects.select_related("organisation", "invited_by").get(
        pk=invitation_id
    )
    return notifications.send_membership_invitation(invitation)


@task()
def send_result_mails(edition_id: int) -> int:
    from awards.services.decisions import send_result_mails as send

    return send(Edition.objects.get(pk=edition_id))
