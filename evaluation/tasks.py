"""Background work of the evaluation app: thin wrappers that fetch by id and call a service."""

from __future__ import annotations

import logging

from django_tasks import task

from evaluation import notifications
from evaluation.models import JuryMember

logger = logging.getLogger(__name__)


@task()
def send_jury_mail(member_id: int, template: str) -> int:
    member = JuryMember.objects.select_related("user", "round__edition").get(pk=member_id)
    try:
        return notifications.send_jury_mail(member, template)
    except Exception:
        logger.exception("Jury mail %s for member %s failed", template, member_id)
        raise


@task()
def send_reminders() -> int:
    """The reminders, as background work (the progress page and cron both may enqueue it)."""
    from evaluation import services  # services enqueue this module's tasks: import late

    return services.send_reminders()
