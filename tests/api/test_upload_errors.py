"""What the API answers to an upload it refuses: 413 for what is too large (a file, the
candidacy's files together, the request itself), 400 for a file that is not what it claims;
always in the API's one error shape, with the field to blame, and nothing stored."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.test import APIClient

from awards import uploads
from awards.models import Attachment, Candidacy, Edition
from tests import factories

pytestmark = pytest.mark.django_db

CSRF_TOKEN = "uploaduploaduploaduploaduploadup"  # a valid 32-character CSRF secret


@pytest.fixture
def draft() -> tuple[Candidacy, Any]:
    """A draft with its photo, and a member of its organisation."""
    return factories.draft_candidacy()


def as_user(user: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


def attach_url(candidacy: Candidacy) -> str:
    return reverse("v1:candidacy-attach", args=[candidacy.pk])


def pdf_of(size: int, name: str = "report.pdf") -> SimpleUploadedFile:
    """A file that starts as a PDF does, padded to ``size`` bytes."""
    content = factories.PDF_BYTES + b"\n%" + b"x" * (size - len(factories.PDF_BYTES) - 2)
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def assert_error_shape(body: dict[str, Any], status: int, code: str) -> None:
    assert set(body) == {"status", "code", "detail", "errors"}
    assert body["status"] == status
    assert body["code"] == code
    assert body["detail"]


def test_a_file_over_the_per_file_limit_answers_413_on_the_file(
    draft: tuple[Candidacy, Any],
) -> None:
    candidacy, applicant = draft
    before = candidacy.attachments.count()
    response = as_user(applicant).post(
        attach_url(candidacy),
        {"kind": "document", "file": pdf_of(uploads.MAX_FILE + 1)},
        format="multipart",
    )
    assert response.status_code == 413
    body = response.json()
    assert_error_shape(body, 413, "too_large")
    assert list(body["errors"]) == ["file"]
    assert "10.0" in body["errors"]["file"][0]  # the limit, in words a person reads
    assert candidacy.attachments.count() == before


def test_a_file_at_the_per_file_limit_is_accepted(draft: tuple[Candidacy, Any]) -> None:
    candidacy, applicant = draft
    response = as_user(applicant).post(
        attach_url(candidacy),
        {"kind": "document", "file": pdf_of(uploads.MAX_FILE)},
        format="multipart",
    )
    assert response.status_code == 201
    assert response.json()["size"] == uploads.MAX_FILE
    assert response.json()["url"] is None  # a file has no address; a video link has one


def test_files_over_the_candidacy_total_answer_413_on_the_file(
    draft: tuple[Candidacy, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    candidacy, applicant = draft
    already = sum(candidacy.attachments.values_list("size", flat=True))
    monkeypatch.setattr(uploads, "MAX_TOTAL", already + 1000)
    response = as_user(applicant).post(
        attach_url(candidacy), {"kind": "document", "file": pdf_of(2000)}, format="multipart"
    )
    assert response.status_code == 413
    body = response.json()
    assert_error_shape(body, 413, "too_large")
    assert list(body["errors"]) == ["file"]
    assert Attachment.objects.filter(candidacy=candidacy).count() == 1


def test_a_request_over_the_data_upload_limit_answers_413(
    draft: tuple[Candidacy, Any], settings: Any
) -> None:
    """DATA_UPLOAD_MAX_MEMORY_SIZE bounds a request's fields (files aside): Django refuses it
    as a suspicious request (a 400 page); the API says 413, in its shape."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    candidacy, applicant = draft
    response = as_user(applicant).post(
        attach_url(candidacy),
        {"kind": "document", "caption": "c" * 2000, "file": pdf_of(500)},
        format="multipart",
    )
    assert response.status_code == 413
    body = response.json()
    assert_error_shape(body, 413, "too_large")
    assert list(body["errors"]) == ["non_field_errors"]
    assert "1000" in body["errors"]["non_field_errors"][0]  # the limit, as set
    assert candidacy.attachments.count() == 1


def test_a_too_large_request_from_a_browser_session_answers_413(
    draft: tuple[Candidacy, Any], settings: Any
) -> None:
    """Signed in by session, the CSRF check reads the form first: the limit is hit there, and
    still answers 413 in the API's shape, not an HTML page."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    candidacy, applicant = draft
    browser = APIClient(enforce_csrf_checks=True)
    browser.force_login(applicant)
    browser.cookies[settings.CSRF_COOKIE_NAME] = CSRF_TOKEN
    response = browser.post(
        attach_url(candidacy),
        {"kind": "document", "caption": "c" * 2000, "file": pdf_of(500)},
        format="multipart",
        headers={"X-CSRFToken": CSRF_TOKEN},
    )
    assert response.status_code == 413
    assert_error_shape(response.json(), 413, "too_large")


def test_a_request_with_too_many_fields_answers_400_in_the_api_shape(
    draft: tuple[Candidacy, Any], settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 3
    candidacy, applicant = draft
    fields = {f"extra{i}": "x" for i in range(10)}
    response = as_user(applicant).post(
        attach_url(candidacy),
        {"kind": "document", "file": pdf_of(500), **fields},
        format="multipart",
    )
    assert response.status_code == 400
    body = response.json()
    assert_error_shape(body, 400, "invalid")
    assert list(body["errors"]) == ["non_field_errors"]


@pytest.mark.parametrize(
    ("kind", "name", "content_type", "content"),
    [
        ("document", "report.pdf", "application/pdf", b"MZ\x90\x00\x03" + b"\x00" * 200),
        ("photo", "photo.png", "image/png", factories.PDF_BYTES),
        ("authorisation", "letter.pdf", "application/pdf", b"PK\x03\x04 not an archive"),
    ],
    ids=["exe-named-pdf", "pdf-named-png", "fake-zip-named-pdf"],
)
def test_a_file_that_lies_about_its_type_answers_400_on_the_file(
    draft: tuple[Candidacy, Any], kind: str, name: str, content_type: str, content: bytes
) -> None:
    candidacy, applicant = draft
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    response = as_user(applicant).post(
        attach_url(candidacy), {"kind": kind, "file": upload}, format="multipart"
    )
    assert response.status_code == 400
    body = response.json()
    assert_error_shape(body, 400, "invalid")
    assert list(body["errors"]) == ["file"]
    assert "not accepted" in body["errors"]["file"][0]
    assert candidacy.attachments.count() == 1


def test_someone_else_cannot_learn_the_limits_of_a_candidacy(
    draft: tuple[Candidacy, Any],
) -> None:
    """An oversize file to a candidacy the user may not see is 404, not 413."""
    candidacy, _applicant = draft
    response = as_user(factories.UserFactory()).post(
        attach_url(candidacy),
        {"kind": "document", "file": pdf_of(uploads.MAX_FILE + 1)},
        format="multipart",
    )
    assert response.status_code == 404
    assert_error_shape(response.json(), 404, "not_found")


def test_a_json_body_over_the_limit_answers_413_and_changes_nothing(settings: Any) -> None:
    """DRF reads JSON past Django's own check: the API's parser holds the same limit."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2_000
    edition = factories.open_edition()
    staff = factories.secretary(edition)
    api = APIClient()
    api.force_authenticate(staff)
    url = reverse("v1:edition-detail", args=[edition.slug])
    before = Edition.objects.get(pk=edition.pk).rules_en
    body = {"rules": {"en": "x" * 5_000}}
    response = api.patch(url, body, format="json")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert "non_field_errors" in response.json()["errors"]
    assert Edition.objects.get(pk=edition.pk).rules_en == before
    # Under the limit, the same request is read.
    small = api.patch(url, {"rules": {"en": "Short rules."}}, format="json")
    assert small.status_code == 200
    assert Edition.objects.get(pk=edition.pk).rules_en == "Short rules."
