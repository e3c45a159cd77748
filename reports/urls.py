from django.urls import path

from reports import views

urlpatterns = [
    path("secretariat/rounds/<int:pk>/ranking/", views.ranking_page, name="round-ranking"),
    path(
        "secretariat/rounds/<int:pk>/ranking.<str:fmt>",
        views.ranking_export,
        name="round-ranking-export",
    ),
    path(
        "secretariat/snapshots/<int:pk>/<str:part>",
        views.snapshot_download,
        name="snapshot-download",
    ),
    path("secretariat/rounds/<int:pk>/comparison/", views.comparison_page, name="round-comparison"),
    path(
        "secretariat/rounds/<int:pk>/juror-flags/", views.juror_flags_page, name="round-juror-flags"
    ),
    path("secretariat/reports/<int:pk>/", views.job_page, name="report-job"),
    path("secretariat/reports/<int:pk>/download/", views.job_download, name="report-download"),
    path(
        "secretariat/editions/<int:pk>/reports/<str:kind>/",
        views.edition_report,
        name="edition-report",
    ),
]
