"""States and choices of the jury's work. Importable from anywhere without cycles."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ScorecardState(models.TextChoices):
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    RECUSED = "recused", _("Recused")

    @classmethod
    def active(cls) -> frozenset[str]:
        """A scorecard that still counts as one of the candidacy's reviews."""
        return frozenset({cls.ASSIGNED, cls.IN_PROGRESS, cls.SUBMITTED})

    @classmethod
    def pending(cls) -> frozenset[str]:
        """Work the juror still owes."""
        return frozenset({cls.ASSIGNED, cls.IN_PROGRESS})


class InvitationState(models.TextChoices):
    INVITED = "invited", _("Invited")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class ConflictSource(models.TextChoices):
    """Why a juror may not see a candidacy."""

    DECLARED = "declared", _("Declared")
    SAME_ORGANISATION = "same_organisation", _("Same organisation")
    SAME_COUNTRY = "same_country", _("Same country")


class BallotState(models.TextChoices):
    """A juror's preferential ballot: written, then handed in."""

    DRAFT = "draft", pgettext_lazy("ballot state", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("ballot state", "Submitted")


class RecordState(models.TextChoices):
    """The deliberation record: written while open, frozen once closed."""

    OPEN = "open", pgettext_lazy("deliberation record state", "Open")
    CLOSED = "closed", pgettext_lazy("deliberation record state", "Closed")
