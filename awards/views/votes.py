"""The public vote's pages: the ballot, open to anyone and cast by verified voters; and the
secretariat's page to set the vote up, review flagged ballots, count and give the community
mention. HTTP in and out; the rules are in ``awards.services.votes``."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from awards import queries, vote_queries
from awards.models import Edition, PublicVote
from awards.services import vote_bursts, votes
from awards.transitions import TransitionConflict, TransitionRefused
from awards.vote_forms import BallotForm, CommunityMentionForm, ReviewForm, VoteSetupForm


def client_address(request: HttpRequest) -> str:
    """The client's address: the connection's, or the one the trusted proxies forwarded.

    Behind PALMARES_NUM_PROXIES reverse proxies, each appends the address it received from to
    X-Forwarded-For, so the client's is that many entries from the end; entries before it were
    written by the client itself and are not trusted. With fewer entries than proxies the
    request did not come through them all (or the setting is wrong): no entry can be trusted,
    and the connection's own address is used.
    """
    proxies = getattr(settings, "PALMARES_NUM_PROXIES", 0)
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def add_errors(form: Any, error: Exception, field: str | None = None) -> None:
    field_errors = getattr(error, "field_errors", None) or {}
    if field and field in field_errors and field in form.fields:
        for message in field_errors[field]:
            form.add_error(field, message)
        return
    for reason in getattr(error, "reasons", None) or [str(error)]:
        form.add_error(None, reason)


def vote_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The ballot of an edition's public vote; the counts once they may be read."""
    edition = get_object_or_404(queries.editions_for(request.user), slug=slug)
    vote = get_object_or_404(PublicVote.objects.select_related("edition"), edition=edition)
    if request.method == "POST" and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    managed = vote_queries.manages(request.user, vote)
    listed = vote_queries.ballot_list_is_public(vote, request.user, managed=managed)
    candidacies = list(vote_queries.candidacies_on_ballot(vote)) if listed else []
    form = BallotForm(request.POST if request.method == "POST" else None, candidacies=candidacies)
    status, retry_after = 200, 0
    if request.method == "POST" and form.is_valid():
        # Whatever was sent goes to the service: it counts the attempt, then says why it
        # refuses (outside the window, already voted, bad picks…).
        try:
            votes.cast_ballot(
                vote,
                voter=request.user,
                picks=form.cleaned_data["picks"],
                origin_address=client_address(request),
            )
        except votes.BallotThrottled as error:
            form.add_error(None, str(error))
            status, retry_after = 429, error.retry_after
        except votes.BallotInvalid as error:
            add_errors(form, error, "picks")
            status = 400
        except TransitionRefused as error:
            add_errors(form, error)
            status = 409
        except PermissionDenied as error:
            add_errors(form, error)
            status = 403
        else:
            messages.success(request, _("Thank you: your ballot is cast."))
            return redirect("vote", slug=edition.slug)
    ballot = vote_queries.ballot_of(vote, request.user)
    show_counts = vote_queries.may_see_counts(vote, request.user, managed=managed)
    response = render(
        request,
        "awards/vote/vote.html",
        {
            "edition": edition,
            "vote": vote,
            "candidacies": candidacies,
            "listed": listed,
            "ballot": ballot,
            "picked": {c.pk for c in ballot.picks.all()} if ballot else set(),
            "standing": vote_queries.voter_standing(vote, request.user, voted=bool(ballot)),
            "form": form,
            "chosen": {str(pk) for pk in (form["picks"].value() or [])},
            "tally": votes.tally(vote, user=request.user) if show_counts else None,
            "mention": vote_queries.community_mention_for(vote, request.user, managed=managed),
        },
        status=status,
    )
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


# The secretariat's page ---------------------------------------------------------------------------


ACTIONS = ("set_up", "review", "mention")


@login_required
def manage(request: HttpRequest, pk: int) -> HttpResponse:
    """Set up the vote, review flagged ballots, read the count, give the community mention."""
    edition: Edition = get_object_or_404(queries.editions_of_secretariat(request.user), pk=pk)
    vote = PublicVote.objects.filter(edition=edition).select_related("edition").first()
    action = request.POST.get("action", "") if request.method == "POST" else ""
    if request.method == "POST" and action not in ACTIONS:
        raise Http404
    with timezone.override(zoneinfo.ZoneInfo(edition.timezone)):
        return manage_in_edition_time(request, edition, vote, action)


def manage_in_edition_time(
    request: HttpRequest, edition: Edition, vote: PublicVote | None, action: str
) -> HttpResponse:
    # The count first: it runs the checks over the whole vote, which the flagged list shows.
    tally = votes.tally(vote, user=request.user) if vote else None
    cast = bool(tally and tally.cast)
    frozen = votes.frozen_settings(vote, cast=cast)
    data = request.POST if request.method == "POST" else None
    setup = VoteSetupForm(
        data if action == "set_up" else None,
        edition=edition,
        vote=vote,
        frozen=frozen,
        cast=cast,
    )
    flagged = list(votes.flagged_ballots(vote, user=request.user)) if vote else []
    review = ReviewForm(
        data if action == "review" else None, ballot_ids=[ballot.pk for ballot in flagged]
    )
    tied = [row.candidacy for row in tally.leaders] if tally else []
    mention = CommunityMentionForm(data if action == "mention" else None, tied=tied)
    if action:
        try:
            done = act(request, edition, vote, action, setup=setup, review=review, mention=mention)
        except (TransitionRefused, TransitionConflict, PermissionDenied) as error:
            form = {"set_up": setup, "review": review, "mention": mention}[action]
            for field, field_messages in (getattr(error, "field_errors", None) or {}).items():
                for message in field_messages:
                    form.add_error(field if field in form.fields else None, message)
            if not getattr(error, "field_errors", None):
                add_errors(form, error)
        else:
            if done:
                return redirect("vote-manage", pk=edition.pk)
    return render(
        request,
        "awards/vote/manage.html",
        {
            "edition": edition,
            "vote": vote,
            "tally": tally,
            "setup": setup,
            "final": setup.final,
            "flagged": [(ballot, vote_bursts.flag_reasons(ballot)) for ballot in flagged],
            "review": review,
            "mention": mention,
        },
        status=400 if action else 200,
    )


def act(
    request: HttpRequest,
    edition: Edition,
    vote: PublicVote | None,
    action: str,
    *,
    setup: VoteSetupForm,
    review: ReviewForm,
    mention: CommunityMentionForm,
) -> bool:
    """Runs the posted action; True when done (the page then reloads), False on form errors."""
    if action == "set_up":
        if not setup.is_valid():
            return False
        votes.set_up_vote(edition, by=request.user, **setup.settings())
        messages.success(request, _("The public vote is set up."))
        return True
    if vote is None:
        raise Http404
    if action == "review":
        if not review.is_valid():
            return False
        accept = review.cleaned_data["decision"] == "accept"
        reviewed = votes.review_ballots(
            vote, by=request.user, ballot_ids=review.cleaned_data["ballots"], accept=accept
        )
        messages.success(
            request,
            (
                ngettext(
                    "%(n)d ballot accepted: it counts.",
                    "%(n)d ballots accepted: they count.",
                    len(reviewed),
                )
                if accept
                else ngettext(
                    "%(n)d ballot rejected: it does not count.",
                    "%(n)d ballots rejected: they do not count.",
                    len(reviewed),
                )
            )
            % {"n": len(reviewed)},
        )
        return True
    if not mention.is_valid():
        return False
    vote = votes.give_community_mention(
        vote,
        by=request.user,
        name=mention.cleaned_data["name"],
        candidacy=mention.cleaned_data.get("candidacy"),
    )
    messages.success(
        request,
        _("The community mention goes to %(candidacy)s.") % {"candidacy": vote.community_candidacy},
    )
    return True
