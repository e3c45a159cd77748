"""States, kinds and choices of the award. Importable from anywhere without cycles."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Language(models.TextChoices):
    """The application languages an edition may accept."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    PORTUGUESE = "pt", _("Portuguese")


class OrganisationKind(models.TextChoices):
    LOCAL_GOVERNMENT = "local_government", _("Local government")
    REGIONAL_GOVERNMENT = "regional_government", _("Regional government")
    ASSOCIATION_OF_GOVERNMENTS = "association", _("Association of local governments")
    CIVIL_SOCIETY = "civil_society", _("Civil society organisation")
    UNIVERSITY = "university", _("University or research centre")
    OTHER = "other", _("Other organisation")

    @classmethod
    def governments(cls) -> frozenset[str]:
        """Kinds that apply in their own name; others need a government's authorisation."""
        return frozenset({cls.LOCAL_GOVERNMENT, cls.REGIONAL_GOVERNMENT})


class UCLGRegion(models.TextChoices):
    """The regional sections of United Cities and Local Governments."""

    AFRICA = "africa", _("Africa")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific")
    EURASIA = "eurasia", _("Eurasia")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA = "latin_america", _("Latin America")
    MIDDLE_EAST_WEST_ASIA = "mewa", _("Middle East and West Asia")
    NORTH_AMERICA = "north_america", _("North America")


class PopulationBand(models.TextChoices):
    UNDER_20K = "lt20k", _("Fewer than 20,000 inhabitants")
    FROM_20K = "20k-100k", _("20,000 to 100,000 inhabitants")
    FROM_100K = "100k-500k", _("100,000 to 500,000 inhabitants")
    FROM_500K = "500k-1m", _("500,000 to 1 million inhabitants")
    FROM_1M = "1m-5m", _("1 to 5 million inhabitants")
    OVER_5M = "gt5m", _("More than 5 million inhabitants")


class MembershipRole(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    MEMBER = "member", _("Member")


class EditionState(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("edition state", "Draft")
    CALL_OPEN = "call_open", _("Call open")
    CALL_CLOSED = "call_closed", _("Call closed")
    EVALUATION = "evaluation", _("Evaluation")
    DELIBERATION = "deliberation", _("Deliberation")
    PUBLISHED = "published", _("Results published")
    ARCHIVED = "archived", _("Archived")


class CandidacyState(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("candidacy state", "Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned for clarification")
    ELIGIBLE = "eligible", _("Eligible")
    INELIGIBLE = "ineligible", _("Ineligible")
    IN_EVALUATION = "in_evaluation", _("In evaluation")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    NOT_SELECTED = "not_selected", _("Not selected")
    WINNER = "winner", _("Winner")
    SPECIAL_MENTION = "special_mention", _("Special mention")
    FINALIST = "finalist", _("Finalist")
    WITHDRAWN = "withdrawn", _("Withdrawn")

    @classmethod
    def decisions(cls) -> frozenset[str]:
        """States that are jury decisions: embargoed until the edition is published."""
        return frozenset(
            {cls.SHORTLISTED, cls.NOT_SELECTED, cls.WINNER, cls.SPECIAL_MENTION, cls.FINALIST}
        )

    @classmethod
    def not_counted_towards_limits(cls) -> frozenset[str]:
        """States that don't use up an organisation's quota of candidacies."""
        return frozenset({cls.DRAFT, cls.WITHDRAWN, cls.INELIGIBLE})

    @classmethod
    def final_decisions(cls) -> frozenset[str]:
        """Decisions that end a candidacy's evaluation, each announced by a result mail."""
        return frozenset({cls.NOT_SELECTED, cls.WINNER, cls.SPECIAL_MENTION, cls.FINALIST})

    @classmethod
    def final(cls) -> frozenset[str]:
        """States in which a candidacy's outcome is settled, as publication requires."""
        return frozenset(
            {
                cls.INELIGIBLE,
                cls.WITHDRAWN,
                cls.NOT_SELECTED,
                cls.WINNER,
                cls.SPECIAL_MENTION,
                cls.FINALIST,
            }
        )


class ApplicantStatus(models.TextChoices):
    """What an applicant is told. Decisions read "under evaluation" until publication."""

    DRAFT = "draft", _("Draft, not yet submitted")
    RECEIVED = "received", _("Received, awaiting screening")
    CLARIFICATION = "clarification", _("Clarification requested")
    ELIGIBLE = "eligible", _("Eligible, awaiting evaluation")
    UNDER_EVALUATION = "under_evaluation", _("Under evaluation")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")
    NOT_SELECTED = "not_selected", _("Not selected")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    WINNER = "winner", _("Winner")
    SPECIAL_MENTION = "special_mention", _("Special mention")
    FINALIST = "finalist", _("Finalist")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ScoreVisibility(models.TextChoices):
    """When jurors of a round may read the other jurors' scores."""

    NEVER = "never", _("Never")
    AFTER_OWN = "after_own", _("After submitting their own")
    ALWAYS = "always", _("Always")


class Aggregation(models.TextChoices):
    MEAN = "mean", _("Mean")
    MEDIAN = "median", _("Median")
    TRIMMED_MEAN = "trimmed_mean", _("Trimmed mean")


class AttachmentKind(models.TextChoices):
    DOCUMENT = "document", _("Supporting document")
    PHOTO = "photo", _("Photo")
    VIDEO_LINK = "video_link", _("Video link")
    AUTHORISATION = "authorisation", _("Authorisation letter")
