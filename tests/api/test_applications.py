"""The applicant's side over the API: the same rules and the same embargo as the pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.test import APIClient

from awards.enums import CandidacyState
from awards.models import Candidacy
from tests import factories

pytestmark = pytest.mark.django_db
C = CandidacyState
SECTIONS = (
    "organisation_presentation",
    "practice_description",
    "objectives",
    "participants",
    "results",
    "evaluation",
    "transferability",
    "public_summary",
)


def as_user(user: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


def test_an_applicant_writes_attaches_and_submits() -> None:
    edition = factories.open_edition()
    organisation = factories.OrganisationFactory()
    api = as_user(factories.member_of(organisation))
    created = api.post(
        reverse("v1:candidacy-list"), {"edition": edition.slug, "organisation": organisation.pk}
    )
    assert created.status_code == 201
    url = reverse("v1:candidacy-detail", args=[created.json()["id"]])
    fields = {
        "title": "Neighbourhood budgets",
        "category": edition.categories.first().pk,
        "implementation_started_on": "2022-03-01",
        **dict.fromkeys(SECTIONS, "Written with care."),
        "contact_name": "Ana",
    }
    assert api.patch(url, fields, format="json").status_code == 200
    refused = api.post(url + "submit/")
    assert refused.status_code == 409
    assert "photo" in refused.json()["detail"]
    photo = SimpleUploadedFile("p.png", factories.PNG_BYTES, content_type="image/png")
    attached = api.post(url + "attachments/", {"kind": "photo", "file": photo}, format="multipart")
    assert attached.status_code == 201
    submitted = api.post(url + "submit/").json()
    assert submitted["status"] == "received"
    assert submitted["reference"].startswith("IOPD")
    assert submitted["state"] is None  # the raw state is the secretariat's


def test_field_errors_and_nothing_half_saved() -> None:
    candidacy, applicant = factories.draft_candidacy()
    api = as_user(applicant)
    url = reverse("v1:candidacy-detail", args=[candidacy.pk])
    response = api.patch(
        url,
        {
            "objectives": "Changed.",
            "public_summary": "word " * 151,
            "implementation_started_on": "x",
        },
        format="json",
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"public_summary", "implementation_started_on"}
    assert Candidacy.objects.get(pk=candidacy.pk).objectives == factories.SECTION_TEXT


def test_a_file_that_lies_is_refused_with_a_field_error() -> None:
    candidacy, applicant = factories.draft_candidacy()
    fake = SimpleUploadedFile("photo.jpg", b"MZ\x90\x00 not a photo", content_type="image/jpeg")
    response = as_user(applicant).post(
        reverse("v1:candidacy-attach", args=[candidacy.pk]),
        {"kind": "photo", "file": fake},
        format="multipart",
    )
    assert response.status_code == 400
    assert "file" in response.json()["errors"]


def test_another_organisation_gets_404_everywhere() -> None:
    candidacy, _applicant = factories.submitted_candidacy()
    other = as_user(factories.draft_candidacy(candidacy.edition)[1])
    url = reverse("v1:candidacy-detail", args=[candidacy.pk])
    assert other.get(url).status_code == 404
    assert other.patch(url, {"title": "mine"}, format="json").status_code == 404
    assert other.post(url + "withdraw/").status_code == 404
    assert (
        other.delete(
            reverse("v1:attachment-detail", args=[candidacy.attachments.get().pk])
        ).status_code
        == 404
    )
    assert candidacy.pk not in [
        c["id"] for c in other.get(reverse("v1:candidacy-list")).json()["results"]
    ]


def test_decisions_stay_embargoed_in_the_api() -> None:
    winner, applicant = factories.candidacy_in_state(C.WINNER)
    body = as_user(applicant).get(reverse("v1:candidacy-detail", args=[winner.pk])).json()
    assert body["status"] == "under_evaluation"
    assert body["state"] is None
    timeline = as_user(applicant).get(reverse("v1:candidacy-timeline", args=[winner.pk])).json()
    assert all("Winner" not in entry["text"] for entry in timeline)
    staff = as_user(factories.secretary(winner.edition))
    assert staff.get(reverse("v1:candidacy-detail", args=[winner.pk])).json()["state"] == "winner"


def test_screening_actions_for_the_secretariat_only() -> None:
    candidacy, applicant = factories.submitted_candidacy()
    url = reverse("v1:candidacy-return-for-clarification", args=[candidacy.pk])
    assert as_user(applicant).post(url, {"note": "x"}).status_code == 403
    staff = as_user(factories.secretary(candidacy.edition))
    missing = staff.post(url, {"note": ""})
    assert missing.status_code == 409
    assert "note" in missing.json()["errors"]
    assert staff.post(url, {"note": "Add the budget."}).json()["state"] == C.RETURNED


def test_a_submitted_candidacy_is_not_edited_through_the_api() -> None:
    candidacy, applicant = factories.submitted_candidacy()
    response = as_user(applicant).patch(
        reverse("v1:candidacy-detail", args=[candidacy.pk]), {"title": "Later"}, format="json"
    )
    assert response.status_code == 409
    assert Candidacy.objects.get(pk=candidacy.pk).title == candidacy.title
