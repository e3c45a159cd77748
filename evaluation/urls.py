from django.urls import path

from evaluation import deliberation_views, views

urlpatterns = [
    path("jury/", views.my_assignments, name="my-assignments"),
    path("jury/invitations/<uuid:token>/", views.invitation, name="jury-invitation"),
    path("jury/scorecards/<int:pk>/", views.scorecard_page, name="scorecard"),
    path("jury/scorecards/<int:pk>/recuse/", views.recuse_page, name="scorecard-recuse"),
    path("secretariat/", views.secretariat_home, name="secretariat-home"),
    path("secretariat/rounds/<int:pk>/jury/", views.jury_page, name="round-jury"),
    path(
        "secretariat/rounds/<int:pk>/assignments/", views.assignments_page, name="round-assignments"
    ),
    path(
        "secretariat/rounds/<int:pk>/assignments/<int:proposal_pk>/",
        views.edit_proposal,
        name="round-proposal-edit",
    ),
    path("secretariat/rounds/<int:pk>/progress/", views.progress_page, name="round-progress"),
    path(
        "secretariat/rounds/<int:pk>/replacement/",
        views.assign_replacement,
        name="round-replacement",
    ),
    path("secretariat/scorecards/<int:pk>/reopen/", views.reopen_page, name="scorecard-reopen"),
    # Deliberation (docs/deliberation.md)
    path("jury/rounds/<int:pk>/ballot/", deliberation_views.ballot_page, name="ballot"),
    path(
        "secretariat/rounds/<int:pk>/conflicted-scores/",
        deliberation_views.conflicted_scores_page,
        name="round-conflicted-scores",
    ),
    path(
        "secretariat/ballots/<int:pk>/reopen/",
        deliberation_views.reopen_ballot,
        name="ballot-reopen",
    ),
    path(
        "secretariat/editions/<int:pk>/deliberation/",
        deliberation_views.record_page,
        name="deliberation-record",
    ),
]
