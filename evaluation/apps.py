from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    """Juries, conflicts of interest, assignments and scorecards."""

    name = "evaluation"
    verbose_name = _("Evaluation")
