"""``manage.py send_jury_reminders``: reminds jurors with pending scorecards (once a day at
most each). Run it from cron, as often as you like."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from evaluation import services


class Command(BaseCommand):
    help = "Reminds jurors with pending scorecards in rounds open for scoring, once a day at most."

    def handle(self, *args: Any, **options: Any) -> None:
        count = services.send_reminders()
        self.stdout.write(f"{count} juror(s) reminded.")
