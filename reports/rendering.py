"""Runs a report job: renders the document, keeps its progress up to date, stores the file.

A failed render is recorded on the job (the page shows it, the secretariat can ask again);
it never undoes what the secretariat did before asking for the document.
"""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from awards.models import Candidacy
from evaluation.enums import ScorecardState
from reports import pdf, services
from reports.models import ReportJob, ReportKind, ReportState


def progress_of(job: ReportJob) -> pdf.Progress:
    """Writes progress straight to the row (not through save) so a waiting page sees it."""

    def report(done: int, total: int) -> None:
        ReportJob.objects.filter(pk=job.pk).update(done=done, total=total)
        job.done, job.total = done, total

    return report


def render(job: ReportJob) -> bytes:
    progress = progress_of(job)
    if job.kind == ReportKind.RANKING:
        progress(0, 1)
        document = pdf.ranking_report(services.rank(job.round, by=job.created_by))
        progress(1, 1)
        return document
    if job.kind == ReportKind.DIGESTS:
        reviewed = (
            Candidacy.objects.filter(
                scorecards__round=job.round, scorecards__state=ScorecardState.SUBMITTED
            )
            .distinct()
            .select_related("category")
            .order_by("reference_number")
        )
        return pdf.jury_digests(job.round, reviewed, progress)
    if job.kind == ReportKind.CERTIFICATES:
        return pdf.certificates(pdf.awarded(job.edition).order_by("reference_number"), progress)
    progress(0, 1)
    document = pdf.results_report(job.edition)
    progress(1, 1)
    return document


def run(job: ReportJob) -> ReportJob:
    """Renders and stores the document; any failure (rendering or storing) is recorded on the
    job, which the waiting page then shows, and re-raised for the worker's log."""
    ReportJob.objects.filter(pk=job.pk).update(state=ReportState.RUNNING)
    try:
        document = render(job)
        name = f"{slugify(job.edition.slug)}-{job.kind}.pdf"
        job.file.save(name, ContentFile(document), save=False)
    except Exception as error:
        job.state, job.error = ReportState.FAILED, f"{type(error).__name__}: {error}"
        job.finished_at = timezone.now()
        job.save(update_fields=["state", "error", "finished_at"])
        raise
    job.state, job.finished_at = ReportState.DONE, timezone.now()
    job.save(update_fields=["file", "state", "finished_at"])
    return job
