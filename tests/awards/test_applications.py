"""The applicant's side: organisations, the application step by step, files, submission, the
candidacy page, the secretariat's screening; what each role may and may not do."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from awards import services, uploads
from awards.enums import AttachmentKind, CandidacyState
from awards.models import Attachment, Candidacy, Edition, MembershipInvitation
from awards.transitions import TransitionRefused
from tests import factories

pytestmark = pytest.mark.django_db
C = CandidacyState


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


# Organisations ----------------------------------------------------------------------------------


def test_registering_an_organisation_makes_its_first_administrator() -> None:
    user = factories.UserFactory()
    organisation = services.register_organisation(
        by=user,
        name="Câmara Municipal de Cascais",
        kind="local_government",
        country="PT",
        city="Cascais",
        uclg_region="europe",
        population_band="100k-500k",
        website="",
    )
    membership = organisation.memberships.get()
    assert (membership.user, membership.role) == (user, "admin")


def test_a_colleague_joins_by_invitation_with_the_invited_address_only(
    mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    organisation = factories.OrganisationFactory()
    member = factories.member_of(organisation)
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invite_member(organisation, email="Colleague@City.example", by=member)
    assert str(invitation.token) in mailoutbox[0].body
    with pytest.raises(PermissionDenied):
        services.invite_member(organisation, email="x@y.example", by=factories.UserFactory())
    intruder = factories.UserFactory(email="intruder@example.org")
    with pytest.raises(TransitionRefused, match="another address"):
        services.accept_membership_invitation(invitation.token, by=intruder)
    colleague = factories.UserFactory(email="colleague@city.example")
    services.accept_membership_invitation(invitation.token, by=colleague)
    assert organisation.memberships.filter(user=colleague).exists()
    with pytest.raises(TransitionRefused, match="no longer valid"):
        services.accept_membership_invitation(invitation.token, by=colleague)
    assert MembershipInvitation.objects.get().accepted_at is not None


# The application --------------------------------------------------------------------------------


def test_a_member_starts_a_draft_only_while_the_call_is_open() -> None:
    edition = factories.open_edition()
    organisation = factories.OrganisationFactory()
    member = factories.member_of(organisation)
    draft = services.start_candidacy(edition, organisation, by=member)
    assert (draft.state, draft.contact_email) == (C.DRAFT, member.email)
    with pytest.raises(PermissionDenied):
        services.start_candidacy(edition, organisation, by=factories.UserFactory())
    closed = factories.prepared_edition()
    with pytest.raises(TransitionRefused, match="not open"):
        services.start_candidacy(closed, organisation, by=member)


def test_saving_refuses_what_is_not_part_of_an_application() -> None:
    candidacy, applicant = factories.draft_candidacy()
    with pytest.raises(ValueError, match="Not part of an application"):
        services.save_application(candidacy, {"state": "winner"}, by=applicant)
    with pytest.raises(ValueError, match="Not part of an application"):
        services.save_application(candidacy, {"reference": "IOPD-1999-0001"}, by=applicant)
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.DRAFT


def test_saving_is_all_or_nothing() -> None:
    candidacy, applicant = factories.draft_candidacy()
    with pytest.raises(ValidationError):
        services.save_application(
            candidacy,
            {"objectives": "New objectives.", "public_summary": "word " * 151},
            by=applicant,
        )
    stored = Candidacy.objects.get(pk=candidacy.pk)
    assert stored.objectives == factories.SECTION_TEXT
    assert stored.public_summary == factories.SECTION_TEXT


@pytest.mark.parametrize("state", [C.SUBMITTED, C.ELIGIBLE, C.IN_EVALUATION, C.WINNER])
def test_a_submitted_candidacy_cannot_be_edited(state: str) -> None:
    candidacy, applicant = factories.candidacy_in_state(state)
    with pytest.raises(TransitionRefused, match="can no longer be changed"):
        services.save_application(candidacy, {"title": "Rewritten"}, by=applicant)
    with pytest.raises(TransitionRefused):
        services.add_video_link(candidacy, url="https://video.example/x", by=applicant)
    assert Candidacy.objects.get(pk=candidacy.pk).title == candidacy.title


def test_a_returned_candidacy_is_edited_and_resubmitted() -> None:
    candidacy, applicant = factories.candidacy_in_state(C.RETURNED)
    services.save_application(candidacy, {"results": "Now with figures."}, by=applicant)
    services.submit_candidacy(candidacy, by=applicant)
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.SUBMITTED


def test_another_organisation_can_neither_read_nor_change() -> None:
    candidacy, _applicant = factories.draft_candidacy()
    other = factories.draft_candidacy(candidacy.edition)[1]
    with pytest.raises(PermissionDenied):
        services.save_application(candidacy, {"title": "Mine now"}, by=other)
    with pytest.raises(PermissionDenied):
        services.add_video_link(candidacy, url="https://video.example/x", by=other)
    with pytest.raises(PermissionDenied):
        services.set_consent(candidacy, True, by=other)
    with pytest.raises(PermissionDenied):
        services.delete_draft(candidacy, by=other)


def test_consent_changes_until_publication() -> None:
    candidacy, applicant = factories.candidacy_in_state(C.WINNER)
    services.set_consent(candidacy, True, by=applicant)
    assert Candidacy.objects.get(pk=candidacy.pk).consent_to_publish is True
    edition = candidacy.edition
    staff = factories.secretary(edition)
    services.start_deliberation(edition, by=staff)
    services.publish_results(edition, by=staff)
    candidacy.refresh_from_db()
    with pytest.raises(TransitionRefused, match="published"):
        services.set_consent(candidacy, False, by=applicant)


def test_only_a_draft_never_submitted_is_deleted() -> None:
    draft, applicant = factories.draft_candidacy()
    services.delete_draft(draft, by=applicant)
    assert not Candidacy.objects.filter(pk=draft.pk).exists()
    returned, applicant = factories.candidacy_in_state(C.RETURNED)
    with pytest.raises(TransitionRefused):
        services.delete_draft(returned, by=applicant)


# Files ------------------------------------------------------------------------------------------


def upload(
    candidacy: Candidacy, applicant: Any, kind: str, content: bytes, name: str
) -> Attachment:
    return services.add_attachment(
        candidacy, kind=kind, upload=io.BytesIO(content), name=name, by=applicant
    )


@pytest.mark.parametrize(
    ("kind", "content", "name", "detected"),
    [
        (AttachmentKind.PHOTO, factories.PNG_BYTES, "photo.png", "image/png"),
        (AttachmentKind.DOCUMENT, factories.PDF_BYTES, "report.pdf", "application/pdf"),
        (AttachmentKind.DOCUMENT, docx_bytes(), "report.docx", uploads.DOCX.content_type),
        (AttachmentKind.AUTHORISATION, factories.PDF_BYTES, "letter.pdf", "application/pdf"),
        # The name lies; the content decides.
        (AttachmentKind.DOCUMENT, factories.PDF_BYTES, "report.exe", "application/pdf"),
    ],
)
def test_files_are_accepted_by_their_content(
    kind: str, content: bytes, name: str, detected: str
) -> None:
    candidacy, applicant = factories.draft_candidacy()
    attachment = upload(candidacy, applicant, kind, content, name)
    assert attachment.content_type == detected
    assert attachment.file.name.endswith(uploads.sniff(io.BytesIO(content)).extension)
    assert name not in attachment.file.name


@pytest.mark.parametrize(
    ("kind", "content", "name", "message"),
    [
        (AttachmentKind.PHOTO, b"MZ\x90\x00 an executable", "photo.jpg", "not accepted"),
        (AttachmentKind.PHOTO, factories.PDF_BYTES, "photo.png", "not accepted"),
        (AttachmentKind.PHOTO, b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "broken.png", "damaged"),
        (AttachmentKind.DOCUMENT, b'<svg onload="alert(1)"/>', "drawing.svg", "not accepted"),
        (AttachmentKind.DOCUMENT, b"<html><script>x</script>", "page.pdf", "not accepted"),
        (AttachmentKind.DOCUMENT, b"", "empty.pdf", "empty"),
        (AttachmentKind.DOCUMENT, b"PK\x03\x04not really a zip", "fake.docx", "not accepted"),
    ],
)
def test_files_that_lie_about_their_type_are_refused(
    kind: str, content: bytes, name: str, message: str
) -> None:
    candidacy, applicant = factories.draft_candidacy()
    before = candidacy.attachments.count()
    with pytest.raises(ValidationError) as refusal:
        upload(candidacy, applicant, kind, content, name)
    assert message in " ".join(refusal.value.message_dict["file"])
    assert candidacy.attachments.count() == before


def test_sizes_are_limited_per_file_and_in_total(monkeypatch: Any) -> None:
    candidacy, applicant = factories.draft_candidacy()
    monkeypatch.setattr(uploads, "MAX_FILE", 100)
    with pytest.raises(ValidationError, match="at most"):
        upload(
            candidacy, applicant, AttachmentKind.DOCUMENT, factories.PDF_BYTES + b" " * 200, "a.pdf"
        )
    monkeypatch.setattr(uploads, "MAX_FILE", 10_000)
    monkeypatch.setattr(uploads, "MAX_TOTAL", candidacy.attachments.get().size + 100)
    with pytest.raises(ValidationError, match="total"):
        upload(
            candidacy, applicant, AttachmentKind.DOCUMENT, factories.PDF_BYTES + b" " * 200, "b.pdf"
        )


def test_a_path_in_a_file_name_is_only_a_name() -> None:
    candidacy, applicant = factories.draft_candidacy()
    attachment = upload(
        candidacy,
        applicant,
        AttachmentKind.DOCUMENT,
        factories.PDF_BYTES,
        "../../etc/passwd\x00.pdf",
    )
    assert attachment.original_name == "passwd.pdf"
    assert ".." not in attachment.file.name
    assert attachment.file.name.startswith(f"attachments/{candidacy.edition_id}/")


def test_video_links_must_be_web_addresses() -> None:
    candidacy, applicant = factories.draft_candidacy()
    with pytest.raises(ValidationError):
        services.add_video_link(candidacy, url="javascript:alert(1)", by=applicant)
    link = services.add_video_link(candidacy, url="https://video.example/watch", by=applicant)
    assert link.kind == AttachmentKind.VIDEO_LINK


# Files are served only to those allowed -------------------------------------------------------


def test_a_file_is_served_to_its_organisation_and_the_secretariat_only(client: Any) -> None:
    candidacy, applicant = factories.submitted_candidacy()
    attachment = candidacy.attachments.get()
    url = reverse("attachment", args=[attachment.pk])
    client.force_login(applicant)
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == factories.PNG_BYTES
    client.force_login(factories.secretary(candidacy.edition))
    assert client.get(url).status_code == 200
    for outsider in (
        factories.UserFactory(),
        factories.draft_candidacy(candidacy.edition)[1],
        factories.secretary(factories.open_edition()),
        factories.award_manager(),
    ):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to sign in


# Pages ------------------------------------------------------------------------------------------


def test_the_whole_application_through_the_pages(client: Any, mailoutbox: list) -> None:
    edition = factories.open_edition()
    organisation = factories.OrganisationFactory()
    applicant = factories.member_of(organisation)
    client.force_login(applicant)
    client.post(reverse("apply", args=[edition.slug]))
    candidacy = Candidacy.objects.get(organisation=organisation)
    category = edition.categories.first()
    steps = {
        "practice": {
            "title": "Neighbourhood budgets",
            "category": category.pk,
            "language": "en",
            "implementation_started_on": "2022-01-15",
        },
        "organisation": {"organisation_presentation": "We are a city of 200,000."},
        "description": {"practice_description": "Residents decide.", "objectives": "Trust."},
        "people": {"participants": "Eight thousand residents.", "results": "Forty projects."},
        "lessons": {"evaluation": "A university evaluates.", "transferability": "Easily."},
        "summary": {"public_summary": "Residents decide a share of the budget."},
        "contact": {
            "contact_name": "Ana",
            "contact_position": "Officer",
            "contact_email": "ana@city.example",
            "contact_phone": "",
        },
    }
    for step, data in steps.items():
        response = client.post(
            reverse("application-step", args=[candidacy.pk, step]), {**data, "go": "next"}
        )
        assert response.status_code == 302, (
            step,
            response.context and response.context["form"].errors,
        )
    photo = SimpleUploadedFile("square.png", factories.PNG_BYTES, content_type="image/png")
    client.post(
        reverse("application-files", args=[candidacy.pk]),
        {"upload": "1", "kind": "photo", "file": photo},
    )
    review = client.get(reverse("application-review", args=[candidacy.pk]))
    assert review.context["problems"] == []
    client.post(reverse("application-review", args=[candidacy.pk]), {"confirm": "on"})
    candidacy.refresh_from_db()
    assert candidacy.state == C.SUBMITTED
    page = client.get(reverse("candidacy", args=[candidacy.pk])).content.decode()
    assert candidacy.reference in page
    assert "Received, awaiting screening" in page
    pdf = client.get(reverse("candidacy-pdf", args=[candidacy.pk]))
    assert pdf["Content-Type"] == "application/pdf"


def test_word_limits_answer_on_the_field_and_keep_the_text(client: Any) -> None:
    candidacy, applicant = factories.draft_candidacy()
    client.force_login(applicant)
    too_long = "word " * 151
    response = client.post(
        reverse("application-step", args=[candidacy.pk, "summary"]),
        {"public_summary": too_long, "go": "next"},
    )
    assert response.status_code == 200
    assert "this text has 151" in " ".join(response.context["form"].errors["public_summary"])
    assert too_long.strip() in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert Candidacy.objects.get(pk=candidacy.pk).public_summary == factories.SECTION_TEXT


def test_a_bad_date_is_a_field_error_not_a_crash(client: Any) -> None:
    candidacy, applicant = factories.draft_candidacy()
    client.force_login(applicant)
    response = client.post(
        reverse("application-step", args=[candidacy.pk, "practice"]),
        {
            "title": "x",
            "category": 999999,
            "language": "xx",
            "implementation_started_on": "soon",
            "implementation_ended_on": "2020-01-01",
            "go": "next",
        },
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) >= {
        "category",
        "language",
        "implementation_started_on",
    }


def test_autosave_answers_json(client: Any) -> None:
    candidacy, applicant = factories.draft_candidacy()
    client.force_login(applicant)
    url = reverse("application-step", args=[candidacy.pk, "summary"])
    good = client.post(url, {"public_summary": "Saved by the browser."}, HTTP_X_AUTOSAVE="1")
    assert good.json() == {"saved": True, "errors": {}}
    bad = client.post(url, {"public_summary": "word " * 151}, HTTP_X_AUTOSAVE="1").json()
    assert bad["saved"] is False
    assert "public_summary" in bad["errors"]
    assert Candidacy.objects.get(pk=candidacy.pk).public_summary == "Saved by the browser."


def test_after_the_deadline_the_form_refuses_and_the_draft_is_intact(client: Any) -> None:
    candidacy, applicant = factories.draft_candidacy()
    deadline = candidacy.edition.call_opens_at + dt.timedelta(hours=1)
    Edition.objects.filter(pk=candidacy.edition_id).update(call_closes_at=deadline)
    client.force_login(applicant)
    with time_machine.travel(deadline + dt.timedelta(seconds=1)):
        response = client.post(
            reverse("application-review", args=[candidacy.pk]), {"confirm": "on"}, follow=True
        )
        assert "The call closed" in response.content.decode()
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.DRAFT
    assert Candidacy.objects.get(pk=candidacy.pk).title == candidacy.title


@pytest.mark.parametrize(
    "name",
    ["candidacy", "application-files", "application-review", "candidacy-withdraw", "candidacy-pdf"],
)
def test_another_organisation_gets_404_on_every_page(client: Any, name: str) -> None:
    candidacy, _applicant = factories.submitted_candidacy()
    client.force_login(factories.draft_candidacy(candidacy.edition)[1])
    assert client.get(reverse(name, args=[candidacy.pk])).status_code == 404
    step = reverse("application-step", args=[candidacy.pk, "summary"])
    assert client.post(step, {"public_summary": "taken over"}).status_code == 404


def test_the_applicant_sees_under_evaluation_until_publication(client: Any) -> None:
    candidacy, applicant = factories.candidacy_in_state(C.WINNER)
    client.force_login(applicant)
    page = client.get(reverse("candidacy", args=[candidacy.pk])).content.decode()
    assert "Under evaluation" in page
    assert "Winner" not in page
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert "Winner" not in dashboard
    edition = candidacy.edition
    staff = factories.secretary(edition)
    services.start_deliberation(edition, by=staff)
    services.publish_results(edition, by=staff)
    page = client.get(reverse("candidacy", args=[candidacy.pk])).content.decode()
    assert "Winner" in page


def test_the_clarification_message_reaches_the_timeline(client: Any) -> None:
    candidacy, applicant = factories.submitted_candidacy()
    services.return_for_clarification(
        candidacy, by=factories.secretary(candidacy.edition), note="Send the budget, please."
    )
    client.force_login(applicant)
    page = client.get(reverse("candidacy", args=[candidacy.pk])).content.decode()
    assert "Send the budget, please." in page
    assert "Clarify and resubmit" in page


def test_withdrawal_asks_for_confirmation(client: Any) -> None:
    candidacy, applicant = factories.submitted_candidacy()
    client.force_login(applicant)
    assert client.get(reverse("candidacy-withdraw", args=[candidacy.pk])).status_code == 200
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.SUBMITTED
    client.post(reverse("candidacy-withdraw", args=[candidacy.pk]), {"note": ""})
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.WITHDRAWN


# Screening --------------------------------------------------------------------------------------


def test_the_screening_queue_shows_checks_and_acts(
    client: Any, mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    complete, _ = factories.submitted_candidacy()
    edition = complete.edition
    staff = factories.secretary(edition)
    client.force_login(staff)
    queue = client.get(reverse("screening", args=[edition.pk]))
    assert queue.status_code == 200
    assert complete.reference in queue.content.decode()
    url = reverse("screening-candidacy", args=[complete.pk])
    refused = client.post(url, {"action": "mark_ineligible", "mark_ineligible-note": ""})
    assert refused.status_code == 200
    assert Candidacy.objects.get(pk=complete.pk).state == C.SUBMITTED
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {"action": "return_for_clarification", "return_for_clarification-note": "Add photos."},
        )
    assert Candidacy.objects.get(pk=complete.pk).state == C.RETURNED
    assert "Add photos." in mailoutbox[-1].body


@pytest.mark.parametrize("role", ["applicant", "juror_like_stranger", "other_secretariat"])
def test_screening_pages_are_the_secretariats(client: Any, role: str) -> None:
    candidacy, applicant = factories.submitted_candidacy()
    user = {
        "applicant": applicant,
        "juror_like_stranger": factories.UserFactory(),
        "other_secretariat": factories.secretary(factories.open_edition()),
    }[role]
    client.force_login(user)
    assert client.get(reverse("screening", args=[candidacy.edition_id])).status_code == 404
    response = client.post(
        reverse("screening-candidacy", args=[candidacy.pk]), {"action": "mark_eligible"}
    )
    assert response.status_code == 404
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.SUBMITTED


def test_the_call_page_shows_rules_faq_and_apply(client: Any) -> None:
    edition = factories.open_edition()
    Edition.objects.filter(pk=edition.pk).update(
        rules_en="Practices running since 2020.", faq_fr="Qui peut candidater ?"
    )
    page = client.get(reverse("edition-detail", args=[edition.slug])).content.decode()
    assert "Practices running since 2020." in page
    assert reverse("account_signup") in page
    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    assert (
        "Qui peut candidater ?"
        in client.get(reverse("edition-detail", args=[edition.slug])).content.decode()
    )


def test_dashboard_lists_only_my_organisations_candidacies(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    mine, applicant = factories.submitted_candidacy()
    factories.submitted_candidacy(mine.edition)  # someone else's
    client.force_login(applicant)
    with django_assert_max_num_queries(20) as one:
        page = client.get(reverse("dashboard"))
    assert list(page.context["candidacies"]) == [mine]
    for _ in range(3):
        factories.CandidacyFactory(edition=factories.open_edition(), organisation=mine.organisation)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(reverse("dashboard"))
