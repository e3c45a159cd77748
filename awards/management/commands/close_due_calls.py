"""``manage.py close_due_calls``: closes the calls whose deadline has passed. Run it from cron."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from awards import services


class Command(BaseCommand):
    help = "Closes every open call whose closing date has passed (as Palmares, recorded)."

    def handle(self, *args: Any, **options: Any) -> None:
        closed = services.close_due_calls()
        for edition in closed:
            self.stdout.write(f"Closed the call of {edition.name_en} ({edition.slug}).")
        if not closed:
            self.stdout.write("No call was due.")
