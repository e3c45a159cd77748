from django.urls import path, register_converter

from awards.feeds import PracticesFeed
from awards.views import applicant, decisions, practices, public, results, screening, votes


class ReferenceConverter:
    """A candidacy's reference, such as IOPD-2025-0042: letters, digits and hyphens only, so
    that nothing else (a NUL byte, which PostgreSQL refuses in a query) reaches a lookup."""

    regex = "[A-Za-z0-9-]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ReferenceConverter, "reference")

urlpatterns = [
    path("", public.home, name="home"),
    path("editions/<slug:slug>/", public.edition_detail, name="edition-detail"),
    path("editions/<slug:slug>/results/", results.results, name="results"),
    path("editions/<slug:slug>/results.pdf", results.results_pdf, name="results-pdf"),
    path("results/", results.archive, name="archive"),
    path("practices/", practices.search_page, name="practices"),
    path("practices/feed.atom", PracticesFeed(), name="practices-feed"),
    path("practices/export.csv", practices.export_csv, name="practices-csv"),
    path("practices/export.json", practices.export_json, name="practices-json"),
    path("practices/<reference:reference>/", practices.practice_page, name="practice"),
    path(
        "practices/<reference:reference>/photos/<int:pk>/",
        practices.practice_photo,
        name="practice-photo",
    ),
    path("editions/<slug:slug>/apply/", applicant.apply, name="apply"),
    path("my/", applicant.dashboard, name="dashboard"),
    path("my/organisations/new/", applicant.organisation_new, name="organisation-new"),
    path("my/organisations/<int:pk>/", applicant.organisation_page, name="organisation"),
    path(
        "my/organisations/join/<uuid:token>/", applicant.organisation_join, name="organisation-join"
    ),
    path("my/candidacies/<int:pk>/", applicant.candidacy_page, name="candidacy"),
    path(
        "my/candidacies/<int:pk>/edit/<slug:step>/",
        applicant.application_step,
        name="application-step",
    ),
    path("my/candidacies/<int:pk>/files/", applicant.application_files, name="application-files"),
    path(
        "my/candidacies/<int:pk>/files/<int:attachment>/remove/",
        applicant.remove_file,
        name="application-file-remove",
    ),
    path("my/candidacies/<int:pk>/review/", applicant.review, name="application-review"),
    path("my/candidacies/<int:pk>/withdraw/", applicant.withdraw, name="candidacy-withdraw"),
    path("my/candidacies/<int:pk>/consent/", applicant.consent, name="candidacy-consent"),
    path("my/candidacies/<int:pk>/delete/", applicant.delete_draft, name="candidacy-delete"),
    path(
        "my/candidacies/<int:pk>/application.pdf", applicant.application_pdf, name="candidacy-pdf"
    ),
    path(
        "my/candidacies/<int:pk>/certificate.pdf",
        applicant.certificate_pdf,
        name="candidacy-certificate",
    ),
    path("attachments/<int:pk>/", applicant.attachment_file, name="attachment"),
    path("secretariat/editions/<int:pk>/decisions/", decisions.decisions, name="decisions"),
    path("secretariat/editions/<int:pk>/outbox/", decisions.outbox, name="outbox"),
    path("secretariat/editions/<int:pk>/screening/", screening.queue, name="screening"),
    path(
        "secretariat/candidacies/<int:pk>/screening/", screening.screen, name="screening-candidacy"
    ),
    path("editions/<slug:slug>/vote/", votes.vote_page, name="vote"),
    path("secretariat/editions/<int:pk>/vote/", votes.manage, name="vote-manage"),
]
