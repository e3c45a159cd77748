"""``manage.py render_reports``: renders a round's or an edition's documents now, showing
a progress bar, and writes them into a folder.

    manage.py render_reports --round 3 --kind ranking digests --out reports/
    manage.py render_reports --edition iopd-2026 --kind certificates results
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.text import slugify

from awards.models import Candidacy, Edition, Round
from evaluation.enums import ScorecardState
from reports import pdf, services
from reports.models import ReportKind

WIDTH = 30


class Command(BaseCommand):
    help = "Renders ranking reports, jury digests, certificates or the results report as PDF."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--round", type=int, help="A round's id (ranking, digests).")
        parser.add_argument("--edition", help="An edition's address, such as iopd-2026.")
        parser.add_argument(
            "--kind", nargs="+", choices=ReportKind.values, default=[ReportKind.RANKING]
        )
        parser.add_argument("--out", default=".", help="The folder to write the PDFs into.")

    def bar(self, label: str) -> pdf.Progress:
        def show(done: int, total: int) -> None:
            filled = WIDTH * done // max(total, 1)
            line = f"\r{label:<14} [{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{total}"
            self.stdout.write(line, ending="")
            self.stdout.flush()
            if done >= total:
                self.stdout.write("")

        return show

    def handle(self, *args: Any, **options: Any) -> None:
        round_ = Round.objects.filter(pk=options["round"]).first() if options["round"] else None
        edition = (
            round_.edition if round_ else Edition.objects.filter(slug=options["edition"]).first()
        )
        if edition is None:
            raise CommandError("Name an existing --round or --edition.")
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        for kind in options["kind"]:
            document = self.render(kind, edition, round_)
            path = out / f"{slugify(edition.slug)}-{kind}.pdf"
            path.write_bytes(document)
            self.stdout.write(f"  → {path} ({len(document) // 1024} KB)")

    def render(self, kind: str, edition: Edition, round_: Round | None) -> bytes:
        progress = self.bar(kind)
        if kind in (ReportKind.RANKING, ReportKind.DIGESTS) and round_ is None:
            raise CommandError(f"{kind} is about a round: give --round.")
        if kind == ReportKind.RANKING:
            progress(0, 1)
            staff = edition.secretariat.first()
            if staff is None:
                raise CommandError("The edition has no secretariat to render for.")
            document = pdf.ranking_report(services.rank(round_, by=staff))
            progress(1, 1)
            return document
        if kind == ReportKind.DIGESTS:
            reviewed = (
                Candidacy.objects.filter(
                    scorecards__round=round_, scorecards__state=ScorecardState.SUBMITTED
                )
                .distinct()
                .select_related("category")
                .order_by("reference_number")
            )
            return pdf.jury_digests(round_, reviewed, progress)
        if kind == ReportKind.CERTIFICATES:
            return pdf.certificates(pdf.awarded(edition).order_by("reference_number"), progress)
        progress(0, 1)
        document = pdf.results_report(edition)
        progress(1, 1)
        sys.stdout.flush()
        return document
