"""``manage.py seed_demo``: loads the demo award (see awards/demo/seed.py)."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from awards.demo import seed
from awards.models import Edition


class Command(BaseCommand):
    help = "Loads a realistic demo: three award editions, real cities, every state."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Empty the database first (every row of every table), then load the demo.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["reset"]:
            call_command("flush", interactive=False, verbosity=0)
        elif Edition.objects.filter(candidacies__created_by__email__endswith=seed.DOMAIN).exists():
            self.stdout.write("The demo is already loaded (use --reset to load it afresh).")
            self.print_logins(seed.loaded_logins())
            return
        demo = seed.seed()
        self.stdout.write(seed.summary(demo))

    def print_logins(self, logins: list[tuple[str, str]]) -> None:
        self.stdout.write(f"Demo logins (password for all: {seed.DEMO_PASSWORD}):")
        for email, role in logins:
            self.stdout.write(f"  {email}  {role}")
