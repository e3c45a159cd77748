"""Background work of the reports app: thin wrappers that fetch by id and call a service."""

from __future__ import annotations

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def render_report(job_id: int) -> str:
    # Imported here: reports.services queues this task, and the renderers import the services.
    from reports import rendering
    from reports.models import ReportJob

    job = ReportJob.objects.select_related("edition", "round").get(pk=job_id)
    try:
        rendering.run(job)
    except Exception:
        logger.exception("Report %s failed", job_id)
        raise
    return job.state
