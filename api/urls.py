"""Version 1 of the API, mounted at /api/v1/ under the namespace "v1"."""

from rest_framework.routers import DefaultRouter

from api.views import applications as application_views
from api.views import awards as award_views
from api.views import decisions as decision_views
from api.views import deliberation as deliberation_views
from api.views import evaluation as jury_views
from api.views import public as public_views
from api.views import reports as report_views
from api.views import tokens as token_views
from api.views import votes as vote_views

router = DefaultRouter()
router.register("editions", award_views.EditionViewSet, basename="edition")
router.register("categories", award_views.CategoryViewSet, basename="category")
router.register("criteria", award_views.CriterionViewSet, basename="criterion")
router.register("organisations", application_views.OrganisationViewSet, basename="organisation")
router.register("candidacies", application_views.CandidacyViewSet, basename="candidacy")
router.register("attachments", application_views.AttachmentViewSet, basename="attachment")
router.register("jury-members", jury_views.JuryMemberViewSet, basename="jury-member")
router.register("conflicts", jury_views.ConflictViewSet, basename="conflict")
router.register("proposals", jury_views.ProposalViewSet, basename="proposal")
router.register("scorecards", jury_views.ScorecardViewSet, basename="scorecard")
router.register("decisions", decision_views.DecisionViewSet, basename="decision")
router.register("no-awards", decision_views.NoAwardViewSet, basename="no-award")
router.register("result-mails", decision_views.OutboxViewSet, basename="result-mail")
router.register("rankings", report_views.RankingViewSet, basename="ranking")
router.register("snapshots", report_views.SnapshotViewSet, basename="snapshot")
router.register("report-jobs", report_views.ReportJobViewSet, basename="report-job")
router.register(
    "published-results", public_views.PublishedResultsViewSet, basename="published-result"
)
router.register("practices", public_views.PracticeViewSet, basename="practice")
router.register("votes", vote_views.PublicVoteViewSet, basename="vote")
router.register("ballots", deliberation_views.BallotViewSet, basename="ballot")
router.register("comparisons", deliberation_views.ComparisonViewSet, basename="comparison")
router.register("juror-flags", deliberation_views.JurorFlagsViewSet, basename="juror-flags")
router.register(
    "conflicted-scores", deliberation_views.ConflictedScoreViewSet, basename="conflicted-score"
)
router.register(
    "deliberation-records",
    deliberation_views.DeliberationRecordViewSet,
    basename="deliberation-record",
)
router.register("tokens", token_views.PersonalTokenViewSet, basename="token")

urlpatterns = router.urls
