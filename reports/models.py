"""Frozen rankings and the documents Palmares renders in the background."""

from __future__ import annotations

import datetime as dt
from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from awards.enums import Aggregation


class Normalisation(models.TextChoices):
    """How jurors are put on the same footing before a round is ranked (docs/ranking.md)."""

    ZSCORE = "zscore", _("Z-score of each juror")
    SEVERITY = "severity", _("Severity model")
    NONE = "none", _("None")


class RankingSnapshot(models.Model):
    """A ranking frozen with its inputs, parameters and result, and the SHA-256 of the three.

    Recomputing it from its inputs gives the same table and the same hash; decisions point
    to the snapshot they came from. Never changed once written.
    """

    round = models.ForeignKey(
        "awards.Round", on_delete=models.PROTECT, related_name="snapshots", verbose_name=_("round")
    )
    normalise = models.BooleanField(_("jurors normalised"))
    # Beside ``normalise`` (kept for the snapshots frozen before it): "severity" ranks by the
    # severity model; "zscore" and "none" say what ``normalise`` says.
    method = models.CharField(
        _("normalisation"),
        max_length=10,
        choices=Normalisation.choices,
        default=Normalisation.ZSCORE,
    )
    aggregation = models.CharField(_("aggregation"), max_length=14, choices=Aggregation.choices)
    tie_break = models.JSONField(_("tie-break criteria"), default=list)
    threshold = models.FloatField(_("disagreement threshold"))
    scores_csv = models.TextField(_("scores (CSV)"))
    criteria_csv = models.TextField(_("criteria (CSV)"))
    categories = models.JSONField(_("categories"), default=dict)
    result_csv = models.TextField(_("result (CSV)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("frozen"), auto_now_add=True)

    class Meta:
        verbose_name = _("ranking snapshot")
        verbose_name_plural = _("ranking snapshots")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.round} — {self.sha256[:12]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("A ranking snapshot cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ValueError("A ranking snapshot cannot be deleted.")

    @property
    def edition(self) -> Any:
        return self.round.edition


class ReportKind(models.TextChoices):
    RANKING = "ranking", _("Ranking report")
    DIGESTS = "digests", _("Jury digests")
    CERTIFICATES = "certificates", _("Certificates")
    RESULTS = "results", _("Results report")


class ReportState(models.TextChoices):
    QUEUED = "queued", _("Waiting")
    RUNNING = "running", _("Rendering")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


STUCK_AFTER = dt.timedelta(minutes=20)


def report_path(job: ReportJob, filename: str) -> str:
    return f"reports/{job.edition_id}/{job.pk or 'new'}-{filename}"


class ReportJob(models.Model):
    """A PDF rendered in the background, with its progress for the page that waits for it."""

    kind = models.CharField(_("document"), max_length=14, choices=ReportKind.choices)
    edition = models.ForeignKey(
        "awards.Edition", on_delete=models.CASCADE, related_name="report_jobs"
    )
    round = models.ForeignKey(
        "awards.Round", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    state = models.CharField(
        _("state"), max_length=10, choices=ReportState.choices, default=ReportState.QUEUED
    )
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("total"), default=0)
    file = models.FileField(_("file"), upload_to=report_path, blank=True, max_length=200)
    error = models.TextField(_("error"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.edition}"

    @property
    def is_stuck(self) -> bool:
        """Still "waiting" or "rendering" long after it was asked: its worker is gone."""
        late = timezone.now() - STUCK_AFTER
        return self.state in (ReportState.QUEUED, ReportState.RUNNING) and self.created_at < late

    @property
    def percent(self) -> int:
        if self.state == ReportState.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0
