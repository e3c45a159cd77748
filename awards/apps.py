from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Awards")

    def ready(self) -> None:
        from awards.checks import vote_settings

        checks.register(vote_settings)
