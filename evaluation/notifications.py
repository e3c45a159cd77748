"""Mail to jurors, in the language each of them chose."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from awards.models import Round
from evaluation.enums import ScorecardState
from evaluation.models import JuryMember, Scorecard

JURY_MAILS = ("invitation", "assigned", "reminder")


def password_link(user: object) -> str:
    """A one-time link to set a password, for a person invited without an account."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))  # type: ignore[attr-defined]
    token = default_token_generator.make_token(user)  # type: ignore[arg-type]
    return settings.SITE_URL + reverse("password_reset_confirm", args=[uid, token])


def pending_rounds(user: object) -> list[tuple[object, int]]:
    """Every round where the juror still owes scorecards, with how many."""
    counts = (
        Scorecard.objects.filter(juror=user, state__in=ScorecardState.pending())
        .values("round")
        .annotate(count=Count("id"))
    )
    by_round = {row["round"]: row["count"] for row in counts}
    rounds = Round.objects.filter(pk__in=by_round).select_related("edition").order_by("pk")
    return [(round_, by_round[round_.pk]) for round_ in rounds]


def render_jury_mail(member: JuryMember, template: str) -> EmailMessage:
    if template not in JURY_MAILS:
        raise ValueError(f"No jury mail named {template!r}.")
    user = member.user
    pending = member.user.scorecards.filter(
        round=member.round, state__in=ScorecardState.pending()
    ).count()
    with translation.override(user.preferred_language):
        context = {
            "member": member,
            "round": member.round,
            "edition": member.round.edition,
            "pending": pending,
            "site_url": settings.SITE_URL,
            "invitation_url": settings.SITE_URL + reverse("jury-invitation", args=[member.token]),
            "password_url": "" if user.has_usable_password() else password_link(user),
            "deadline": member.round.scoring_closes_at,
            "pending_rounds": pending_rounds(user) if template == "reminder" else [],
        }
        subject = render_to_string(f"evaluation/mail/{template}_subject.txt", context)
        body = render_to_string(f"evaluation/mail/{template}.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=[user.email])


def send_jury_mail(member: JuryMember, template: str) -> int:
    return render_jury_mail(member, template).send()
