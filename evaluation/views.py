"""The jury's pages (my assignments, a scorecard, an invitation) and the secretariat's pages
for a round (its jury, the assignment proposal, the progress). HTTP in and out only: the
rules are in the services and the queries."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from awards.models import Candidacy, Round
from awards.queries import editions_of_secretariat
from awards.transitions import TransitionConflict, TransitionRefused
from evaluation import queries, services
from evaluation.enums import InvitationState, ScorecardState
from evaluation.forms import InviteJurorForm, PairForm, ProposeForm, ReasonForm, ScorecardForm
from evaluation.guards import scoring_open_problems
from evaluation.models import AssignmentProposal, JuryMember, ProposedPair, Scorecard

User = get_user_model()


def refuse(request: HttpRequest, error: Exception) -> None:
    reasons = getattr(error, "reasons", None) or [str(error)]
    for reason in reasons:
        messages.error(request, reason)


# The juror's pages ------------------------------------------------------------------------------


@login_required
def my_assignments(request: HttpRequest) -> HttpResponse:
    scorecards = list(queries.scorecards_of_juror(request.user))
    rounds: dict[Round, list[Scorecard]] = {}
    for scorecard in scorecards:
        rounds.setdefault(scorecard.round, []).append(scorecard)
    invitations = JuryMember.objects.filter(
        user=request.user, state=InvitationState.INVITED
    ).select_related("round__edition")
    return render(
        request,
        "evaluation/my_assignments.html",
        {
            "rounds": [
                (round_, cards, sum(c.state == ScorecardState.SUBMITTED for c in cards))
                for round_, cards in rounds.items()
            ],
            "invitations": invitations,
            "ballot_rounds": queries.ballot_rounds_of(request.user),
        },
    )


@login_required
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    member = get_object_or_404(
        JuryMember.objects.select_related("round__edition"), token=token, user=request.user
    )
    if request.method == "POST":
        try:
            services.answer_invitation(
                member, accept=request.POST.get("answer") == "accept", by=request.user
            )
        except TransitionRefused as error:
            refuse(request, error)
        else:
            messages.success(request, _("Thank you: your answer is recorded."))
        return redirect("my-assignments")
    return render(request, "evaluation/invitation.html", {"member": member})


@login_required
def scorecard_page(request: HttpRequest, pk: int) -> HttpResponse:
    scorecard = get_object_or_404(queries.scorecards_for(request.user), pk=pk)
    own = scorecard.juror_id == request.user.pk
    criteria = list(queries.criteria_of(scorecard.round))
    form = ScorecardForm(
        request.POST if request.method == "POST" else None,
        criteria=criteria,
        initial=initial_scores(scorecard),
    )
    if request.method == "POST":
        if not own:
            raise PermissionDenied
        if form.is_valid() and save_or_submit(request, scorecard, form):
            return redirect("scorecard", pk=scorecard.pk)
    editable = own and scorecard.state in ScorecardState.pending()
    return render(
        request,
        "evaluation/scorecard.html",
        {
            "scorecard": scorecard,
            "candidacy": queries.candidacy_for_juror(scorecard),
            "form": form,
            "editable": editable and not scoring_open_problems(scorecard),
            "closed_reasons": scoring_open_problems(scorecard) if editable else [],
            "others": queries.other_scorecards_visible_to(request.user, scorecard),
            "own": own,
        },
    )


def initial_scores(scorecard: Scorecard) -> dict[str, Any]:
    initial: dict[str, Any] = {"justification": scorecard.justification}
    for score in scorecard.scores.all():
        initial[f"score_{score.criterion_id}"] = (
            "" if score.value is None else score.value.normalize()
        )
        initial[f"text_{score.criterion_id}"] = score.justification
    return initial


def save_or_submit(request: HttpRequest, scorecard: Scorecard, form: ScorecardForm) -> bool:
    """Saves the form, then submits when asked. True when the juror can go on."""
    try:
        services.save_scores(
            scorecard,
            scores=form.score_input(),
            justification=form.cleaned_data["justification"],
            by=request.user,
        )
        if request.POST.get("action") == "submit":
            scorecard.refresh_from_db()
            services.submit_scorecard(scorecard, by=request.user)
            messages.success(request, _("Your scorecard is submitted. Thank you."))
        else:
            messages.success(request, _("Saved. You can come back to it later."))
    except services.ScoresInvalid as invalid:
        form.add_service_errors(invalid.field_errors)
        return False
    except (TransitionRefused, TransitionConflict) as error:
        refuse(request, error)
        scorecard.refresh_from_db()
        return request.POST.get("action") != "submit"
    return True


@login_required
def recuse_page(request: HttpRequest, pk: int) -> HttpResponse:
    scorecard = get_object_or_404(queries.scorecards_for(request.user), pk=pk)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _record, _replacement = services.recuse(
                scorecard, by=request.user, reason=form.cleaned_data["reason"]
            )
        except (TransitionRefused, TransitionConflict, PermissionDenied) as error:
            refuse(request, error)
        else:
            messages.success(request, _("Your conflict of interest is recorded."))
            if scorecard.juror_id != request.user.pk:
                return redirect("round-progress", pk=scorecard.round_id)
            return redirect("my-assignments")
    return render(request, "evaluation/recuse.html", {"scorecard": scorecard, "form": form})


# The secretariat's pages ------------------------------------------------------------------------


def managed_round(request: HttpRequest, pk: int) -> Round:
    round_ = get_object_or_404(queries.rounds_run_by(request.user), pk=pk)
    if not request.user.has_perm("evaluation.manage_jury", round_):
        raise Http404
    return round_


@login_required
def secretariat_home(request: HttpRequest) -> HttpResponse:
    rounds = queries.rounds_run_by(request.user).order_by("-edition__year", "edition", "number")
    if not rounds.exists() and not request.user.is_superuser:
        raise Http404
    editions = editions_of_secretariat(request.user).order_by("-year", "code")
    return render(
        request, "evaluation/secretariat_home.html", {"rounds": rounds, "editions": editions}
    )


@login_required
def jury_page(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = managed_round(request, pk)
    form = InviteJurorForm(request.POST or None, edition=round_.edition)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.invite_juror(
            round_,
            email=data["email"],
            full_name=data["full_name"],
            languages=data["languages"],
            organisation=data["organisation"],
            country=data["country"] or "",
            categories=data["categories"],
            language=data["language"],
            by=request.user,
        )
        messages.success(request, _("The invitation is on its way."))
        return redirect("round-jury", pk=round_.pk)
    return render(
        request,
        "evaluation/jury.html",
        {"round": round_, "members": queries.jury_of(round_), "form": form},
    )


@login_required
def assignments_page(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = managed_round(request, pk)
    proposal = (
        round_.proposals.filter(confirmed_at__isnull=True)
        .prefetch_related(
            Prefetch(
                "pairs",
                queryset=ProposedPair.objects.select_related("candidacy__category", "juror"),
            )
        )
        .first()
    )
    form = ProposeForm(
        request.POST if request.POST.get("action") == "propose" else None,
        initial={"reviewers": round_.reviewers_per_candidacy},
    )
    lacking = []
    if form.is_bound and form.is_valid():
        try:
            services.propose_assignment(round_, by=request.user, k=form.cleaned_data["reviewers"])
        except services.AssignmentInfeasible as infeasible:
            lacking = infeasible.lacking
        except TransitionRefused as error:
            refuse(request, error)
        else:
            round_.proposals.filter(confirmed_at__isnull=True).exclude(
                pk=round_.proposals.latest("created_at").pk
            ).delete()
            return redirect("round-assignments", pk=round_.pk)
    return render(
        request,
        "evaluation/assignments.html",
        {
            "round": round_,
            "proposal": proposal,
            "table": proposal_table(round_, proposal) if proposal else [],
            "loads": proposal_loads(round_, proposal) if proposal else [],
            "jurors": [m.user for m in queries.active_jury_of(round_)],
            "form": form,
            "lacking": lacking,
            "confirmed": round_.scorecards.exists(),
        },
    )


def proposal_table(round_: Round, proposal: AssignmentProposal) -> list[tuple[Candidacy, list]]:
    by_candidacy: dict[int, list[Any]] = {}
    for pair in proposal.pairs.all():
        by_candidacy.setdefault(pair.candidacy_id, []).append(pair)
    return [(c, by_candidacy.get(c.pk, [])) for c in queries.candidacies_to_review(round_)]


def proposal_loads(round_: Round, proposal: AssignmentProposal) -> list[tuple[Any, int]]:
    counts: dict[int, int] = {}
    for pair in proposal.pairs.all():
        counts[pair.juror_id] = counts.get(pair.juror_id, 0) + 1
    for juror_id in services.existing_pairs(round_):
        counts[juror_id[1]] = counts.get(juror_id[1], 0) + 1
    return [(m.user, counts.get(m.user_id, 0)) for m in queries.active_jury_of(round_)]


@login_required
@require_POST
def edit_proposal(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    round_ = managed_round(request, pk)
    proposal = get_object_or_404(round_.proposals, pk=proposal_pk)
    action = request.POST.get("action")
    try:
        if action == "confirm":
            created = services.confirm_proposal(proposal, by=request.user)
            messages.success(request, _("%(count)d scorecards created.") % {"count": len(created)})
            return redirect("round-progress", pk=round_.pk)
        form = PairForm(request.POST)
        if not form.is_valid():
            raise TransitionRefused([_("Choose a candidacy and a juror.")])
        candidacy = get_object_or_404(round_.edition.candidacies, pk=form.cleaned_data["candidacy"])
        juror = get_object_or_404(User, pk=form.cleaned_data["juror"])
        if action == "add":
            services.add_pair(proposal, candidacy, juror, by=request.user)
        else:
            services.remove_pair(proposal, candidacy, juror, by=request.user)
    except TransitionRefused as error:
        refuse(request, error)
    return redirect("round-assignments", pk=round_.pk)


@login_required
def progress_page(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = managed_round(request, pk)
    if request.method == "POST" and request.POST.get("action") == "remind":
        count = services.send_reminders(round_)
        messages.success(request, _("%(count)d jurors reminded.") % {"count": count})
        return redirect("round-progress", pk=round_.pk)
    recused = list(
        Scorecard.objects.filter(round=round_, state=ScorecardState.RECUSED)
        .select_related("candidacy__organisation", "juror")
        .order_by("candidacy__reference_number")
    )
    found = services.replacements(round_, recused)
    return render(
        request,
        "evaluation/progress.html",
        {
            "round": round_,
            "jurors": queries.juror_progress(round_),
            "candidacies": queries.candidacy_progress(round_),
            "overdue": queries.is_overdue(round_),
            "recused": [(card, found.get(card.pk)) for card in recused],
            "scorecards": Scorecard.objects.filter(round=round_, state=ScorecardState.SUBMITTED)
            .select_related("candidacy", "juror")
            .order_by("candidacy__reference_number", "juror__email"),
        },
    )


@login_required
@require_POST
def assign_replacement(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = managed_round(request, pk)
    form = PairForm(request.POST)
    if form.is_valid():
        candidacy = get_object_or_404(round_.edition.candidacies, pk=form.cleaned_data["candidacy"])
        juror = get_object_or_404(User, pk=form.cleaned_data["juror"])
        try:
            services.assign_juror(round_, candidacy, juror, by=request.user)
        except TransitionRefused as error:
            refuse(request, error)
        else:
            messages.success(request, _("The juror is assigned and told by mail."))
    return redirect("round-progress", pk=round_.pk)


@login_required
def reopen_page(request: HttpRequest, pk: int) -> HttpResponse:
    scorecard = get_object_or_404(queries.scorecards_for(request.user), pk=pk)
    managed_round(request, scorecard.round_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reopen_scorecard(scorecard, by=request.user, note=form.cleaned_data["reason"])
        except (TransitionRefused, TransitionConflict) as error:
            refuse(request, error)
        else:
            messages.success(request, _("The scorecard is open again for its juror."))
            return redirect("round-progress", pk=scorecard.round_id)
    return render(request, "evaluation/reopen.html", {"scorecard": scorecard, "form": form})
