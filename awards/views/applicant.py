"""The applicant's pages: their organisations, the application step by step, the files, the
submission, then the candidacy's status, timeline and actions. HTTP in and out only."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from awards import guards, queries, services
from awards.forms import (
    STEPS,
    STEPS_BY_SLUG,
    ApplicationStepForm,
    AttachmentForm,
    ConfirmSubmitForm,
    ConsentForm,
    InviteMemberForm,
    NoteForm,
    OrganisationForm,
    VideoLinkForm,
)
from awards.models import Attachment, Candidacy, Organisation
from awards.rules import may_download_certificate
from awards.sections import SECTIONS
from awards.services.applications import editing_problems
from awards.transitions import TransitionConflict, TransitionRefused
from reports.pdf import certificate
from reports.pdf import render as render_pdf


def refuse(request: HttpRequest, error: Exception) -> None:
    for reason in getattr(error, "reasons", None) or [str(error)]:
        messages.error(request, reason)


def my_candidacy(request: HttpRequest, pk: int) -> Candidacy:
    """A candidacy of one of the user's organisations; any other does not exist (404)."""
    return get_object_or_404(queries.my_candidacies(request.user), pk=pk)


# Organisations ----------------------------------------------------------------------------------


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    organisations = Organisation.objects.filter(memberships__user=request.user).order_by("name")
    return render(
        request,
        "awards/applicant/dashboard.html",
        {
            "organisations": organisations,
            "candidacies": queries.my_candidacies(request.user),
            "open_calls": queries.open_calls().prefetch_related("categories"),
        },
    )


@login_required
def organisation_new(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        organisation = services.register_organisation(by=request.user, **form.cleaned_data)
        messages.success(request, _("Your organisation is registered."))
        return redirect("organisation", pk=organisation.pk)
    return render(request, "awards/applicant/organisation_form.html", {"form": form})


@login_required
def organisation_page(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.filter(memberships__user=request.user), pk=pk
    )
    form = InviteMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.invite_member(organisation, email=form.cleaned_data["email"], by=request.user)
        messages.success(request, _("The invitation is on its way."))
        return redirect("organisation", pk=organisation.pk)
    return render(
        request,
        "awards/applicant/organisation.html",
        {
            "organisation": organisation,
            "members": organisation.memberships.select_related("user"),
            "form": form,
        },
    )


@login_required
def organisation_join(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "POST":
        try:
            membership = services.accept_membership_invitation(token, by=request.user)
        except TransitionRefused as error:
            refuse(request, error)
            return redirect("dashboard")
        messages.success(
            request, _("You now act for %(name)s.") % {"name": membership.organisation}
        )
        return redirect("organisation", pk=membership.organisation_id)
    return render(request, "awards/applicant/join.html", {"token": token})


# The application --------------------------------------------------------------------------------


@login_required
@require_POST
def apply(request: HttpRequest, slug: str) -> HttpResponse:
    edition = get_object_or_404(queries.editions_for(request.user), slug=slug)
    organisations = Organisation.objects.filter(memberships__user=request.user)
    chosen = request.POST.get("organisation")
    organisation = organisations.filter(pk=chosen).first() if chosen else None
    if organisation is None:
        if organisations.count() != 1:
            messages.info(request, _("Register your organisation first, or choose one."))
            return redirect("dashboard")
        organisation = organisations.get()
    try:
        candidacy = services.start_candidacy(edition, organisation, by=request.user)
    except TransitionRefused as error:
        refuse(request, error)
        return redirect("edition-detail", slug=edition.slug)
    return redirect("application-step", pk=candidacy.pk, step=STEPS[0].slug)


def step_links(candidacy: Candidacy) -> list[dict[str, Any]]:
    return [{"slug": step.slug, "title": step.title} for step in STEPS]


@login_required
def application_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    candidacy = my_candidacy(request, pk)
    current = STEPS_BY_SLUG.get(step)
    if current is None:
        raise Http404
    if editing_problems(candidacy):
        return redirect("candidacy", pk=candidacy.pk)
    form = ApplicationStepForm(request.POST or None, instance=candidacy, step=current)
    autosave = request.headers.get("X-Autosave") == "1"
    if request.method == "POST":
        saved = form.is_valid() and save_step(request, candidacy, form)
        if autosave:
            return JsonResponse({"saved": bool(saved), "errors": form.errors}, status=200)
        if saved:
            return redirect(after_step(request, candidacy, current))
    index = STEPS.index(current)
    return render(
        request,
        "awards/applicant/step.html",
        {
            "candidacy": candidacy,
            "form": form,
            "step": current,
            "steps": step_links(candidacy),
            "number": index + 1,
            "previous": STEPS[index - 1] if index else None,
        },
    )


def save_step(request: HttpRequest, candidacy: Candidacy, form: ApplicationStepForm) -> bool:
    try:
        services.save_application(candidacy, form.cleaned_data, by=request.user)
    except ValidationError as error:
        form.add_error(None, error)
        return False
    except (TransitionRefused, TransitionConflict, PermissionDenied) as error:
        form.add_error(None, getattr(error, "reasons", [str(error)]))
        return False
    return True


def after_step(request: HttpRequest, candidacy: Candidacy, current: Any) -> str:
    index = STEPS.index(current)
    if request.POST.get("go") == "previous" and index:
        return reverse("application-step", args=[candidacy.pk, STEPS[index - 1].slug])
    if request.POST.get("go") == "stay":
        messages.success(request, _("Saved."))
        return reverse("application-step", args=[candidacy.pk, current.slug])
    if index + 1 < len(STEPS):
        return reverse("application-step", args=[candidacy.pk, STEPS[index + 1].slug])
    return reverse("application-files", args=[candidacy.pk])


@login_required
def application_files(request: HttpRequest, pk: int) -> HttpResponse:
    candidacy = my_candidacy(request, pk)
    upload = AttachmentForm(
        request.POST if "upload" in request.POST else None, request.FILES or None
    )
    # Prefixed: both forms have a caption, and two fields must not share an id.
    video = VideoLinkForm(request.POST if "video" in request.POST else None, prefix="video")
    if request.method == "POST":
        try:
            if "upload" in request.POST and upload.is_valid():
                file = upload.cleaned_data["file"]
                services.add_attachment(
                    candidacy,
                    kind=upload.cleaned_data["kind"],
                    upload=file,
                    name=file.name,
                    caption=upload.cleaned_data["caption"],
                    by=request.user,
                )
                messages.success(request, _("The file is attached."))
                return redirect("application-files", pk=candidacy.pk)
            if "video" in request.POST and video.is_valid():
                services.add_video_link(
                    candidacy,
                    url=video.cleaned_data["url"],
                    caption=video.cleaned_data["caption"],
                    by=request.user,
                )
                return redirect("application-files", pk=candidacy.pk)
        except ValidationError as error:
            target = upload if "upload" in request.POST else video
            for field, errors in error.message_dict.items():
                target.add_error(field if field in target.fields else None, errors)
        except TransitionRefused as error:
            refuse(request, error)
    return render(
        request,
        "awards/applicant/files.html",
        {
            "candidacy": candidacy,
            "attachments": candidacy.attachments.all(),
            "upload": upload,
            "video": video,
            "steps": step_links(candidacy),
            "editable": not editing_problems(candidacy),
        },
    )


@login_required
@require_POST
def remove_file(request: HttpRequest, pk: int, attachment: int) -> HttpResponse:
    candidacy = my_candidacy(request, pk)
    item = get_object_or_404(candidacy.attachments, pk=attachment)
    try:
        services.remove_attachment(item, by=request.user)
    except TransitionRefused as error:
        refuse(request, error)
    return redirect("application-files", pk=candidacy.pk)


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """The completeness checklist, a preview of everything, and the submission."""
    candidacy = my_candidacy(request, pk)
    form = ConfirmSubmitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_candidacy(candidacy, by=request.user)
        except (TransitionRefused, TransitionConflict, PermissionDenied) as error:
            refuse(request, error)
        else:
            messages.success(
                request,
                _("Your candidacy is submitted. Its reference: %(reference)s.")
                % {"reference": candidacy.reference},
            )
            return redirect("candidacy", pk=candidacy.pk)
    problems = guards.submit_problems(candidacy) if candidacy.is_editable_by_applicant else []
    return render(
        request,
        "awards/applicant/review.html",
        {
            "candidacy": candidacy,
            "problems": problems,
            "form": form,
            "steps": step_links(candidacy),
            "sections": sections_of(candidacy),
        },
    )


def sections_of(candidacy: Candidacy) -> list[tuple[str, str]]:
    return [(str(section.label), getattr(candidacy, section.field)) for section in SECTIONS]


# After submission -------------------------------------------------------------------------------


@login_required
def candidacy_page(request: HttpRequest, pk: int) -> HttpResponse:
    candidacy = my_candidacy(request, pk)
    return render(
        request,
        "awards/applicant/candidacy.html",
        {
            "candidacy": candidacy,
            "status": candidacy.applicant_status,
            "timeline": queries.applicant_timeline(candidacy),
            "sections": sections_of(candidacy),
            "attachments": candidacy.attachments.all(),
            "editable": not editing_problems(candidacy),
            # A draft is deleted, not withdrawn: withdrawal is for what the secretariat received.
            "withdrawable": not candidacy.edition.results_are_public
            and candidacy.state not in ("withdrawn", "draft"),
            "consent": ConsentForm(initial={"consent": candidacy.consent_to_publish}),
            "consent_locked": candidacy.edition.results_are_public,
            "certificate": may_download_certificate(request.user, candidacy),
        },
    )


@login_required
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    candidacy = my_candidacy(request, pk)
    form = NoteForm(request.POST or None, label=_("Why you withdraw (optional)"))
    if request.method == "POST" and form.is_valid():
        try:
            services.withdraw_candidacy(candidacy, by=request.user, note=form.cleaned_data["note"])
        except (TransitionRefused, TransitionConflict) as error:
            refuse(request, error)
        else:
            messages.success(request, _("Your candidacy is withdrawn."))
        return redirect("candidacy", pk=candidacy.pk)
    return render(request, "awards/applicant/withdraw.html", {"candidacy": candidacy, "form": form})


@login_required
@require_POST
def consent(request: HttpRequest, pk: int) -> HttpResponse:
    candidacy = my_candidacy(request, pk)
    form = ConsentForm(request.POST)
    form.is_valid()
    try:
        services.set_consent(candidacy, bool(form.cleaned_data.get("consent")), by=request.user)
    except TransitionRefused as error:
        refuse(request, error)
    else:
        messages.success(request, _("Your choice about publication is saved."))
    return redirect("candidacy", pk=candidacy.pk)


@login_required
@require_POST
def delete_draft(request: HttpRequest, pk: int) -> HttpResponse:
    candidacy = my_candidacy(request, pk)
    try:
        services.delete_draft(candidacy, by=request.user)
    except TransitionRefused as error:
        refuse(request, error)
        return redirect("candidacy", pk=candidacy.pk)
    messages.success(request, _("The draft is deleted."))
    return redirect("dashboard")


@login_required
def application_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """A PDF copy of the application as submitted (or as it stands, for a draft)."""
    candidacy = my_candidacy(request, pk)
    document = render_pdf(
        "awards/pdf/application.html",
        {
            "candidacy": candidacy,
            "sections": sections_of(candidacy),
            "attachments": candidacy.attachments.all(),
        },
        language=candidacy.language,
    )
    response = HttpResponse(document, content_type="application/pdf")
    name = candidacy.reference or f"draft-{candidacy.pk}"
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response


@login_required
def certificate_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The certificate of a winner or a special mention, for the members of its organisation,
    once the results are published. Before, or for any other result, it does not exist (404):
    a refusal would tell that a decision was taken."""
    candidacy = my_candidacy(request, pk)
    if not may_download_certificate(request.user, candidacy):
        raise Http404
    response = HttpResponse(certificate(candidacy), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{candidacy.reference}-certificate.pdf"'
    )
    return response


# Files ------------------------------------------------------------------------------------------


@login_required
def attachment_file(request: HttpRequest, pk: int) -> Any:
    """An attachment, only to those the rules allow (the organisation, the secretariat, a juror
    assigned to it where the round lets them see that kind). Anyone else: 404."""
    attachment = get_object_or_404(Attachment.objects.select_related("candidacy__edition"), pk=pk)
    if not attachment.file or not request.user.has_perm("awards.view_attachment", attachment):
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        content_type=attachment.content_type or "application/octet-stream",
        as_attachment=not attachment.content_type.startswith("image/"),
        filename=attachment.original_name or "attachment",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
