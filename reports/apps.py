from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Rankings, agreement statistics, exports and PDF reports."""

    name = "reports"
    verbose_name = _("Reports")
