"""The secretariat's screening: the queue of submitted candidacies with their completeness and
eligibility checks, and the three screening actions, each mailed to the applicant."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from awards import guards, queries, services
from awards.forms import NoteForm
from awards.models import Candidacy
from awards.sections import SECTIONS
from awards.transitions import TransitionConflict, TransitionRefused

ACTIONS = {
    "mark_eligible": (gettext_lazy("Note (optional)"), False),
    "mark_ineligible": (gettext_lazy("Reason, sent to the applicant"), True),
    "return_for_clarification": (gettext_lazy("Message to the applicant"), True),
}


@login_required
def queue(request: HttpRequest, pk: int) -> HttpResponse:
    edition = get_object_or_404(queries.editions_of_secretariat(request.user), pk=pk)
    rows = [
        {
            "candidacy": candidacy,
            "problems": guards.completeness_problems(candidacy)
            + guards.eligibility_problems(candidacy),
        }
        for candidacy in queries.screening_queue(edition)
    ]
    return render(request, "awards/screening/queue.html", {"edition": edition, "rows": rows})


def managed_candidacy(request: HttpRequest, pk: int) -> Candidacy:
    return get_object_or_404(queries.candidacies_managed_by(request.user), pk=pk)


@login_required
def screen(request: HttpRequest, pk: int) -> HttpResponse:
    candidacy = managed_candidacy(request, pk)
    action = request.POST.get("action", "")
    forms = {
        name: NoteForm(
            request.POST if action == name else None, prefix=name, label=label, required=required
        )
        for name, (label, required) in ACTIONS.items()
    }
    if request.method == "POST":
        if action not in ACTIONS:
            raise Http404
        form = forms[action]
        if form.is_valid():
            try:
                services.perform(candidacy, action, by=request.user, note=form.cleaned_data["note"])
            except (TransitionRefused, TransitionConflict, PermissionDenied) as error:
                for reason in getattr(error, "reasons", None) or [str(error)]:
                    form.add_error(None, reason)
            else:
                messages.success(request, _("Done, and the applicant is told by mail."))
                return redirect("screening", pk=candidacy.edition_id)
    return render(
        request,
        "awards/screening/candidacy.html",
        {
            "candidacy": candidacy,
            "problems": guards.completeness_problems(candidacy)
            + guards.eligibility_problems(candidacy),
            "forms": forms,
            "sections": [(str(s.label), getattr(candidacy, s.field)) for s in SECTIONS],
            "attachments": candidacy.attachments.all(),
            "timeline": queries.applicant_timeline(candidacy),
        },
    )
