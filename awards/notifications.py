"""Mail to applicants, written in the language of their application."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from awards.models import APPLICANT_STATUS, Candidacy, OutboxMessage

CANDIDACY_MAILS = ("acknowledgement", "eligible", "ineligible", "returned", "withdrawn", "result")


def candidacy_recipients(candidacy: Candidacy) -> list[str]:
    """The application's contact and every active member of the organisation, once each."""
    addresses = [candidacy.contact_email] if candidacy.contact_email else []
    addresses += candidacy.organisation.members.filter(is_active=True).values_list(
        "email", flat=True
    )
    return sorted(set(addresses))


def render_candidacy_mail(candidacy: Candidacy, template: str, note: str = "") -> EmailMessage:
    if template not in CANDIDACY_MAILS:
        raise ValueError(f"No candidacy mail named {template!r}.")
    with translation.override(candidacy.language):
        context = {
            "candidacy": candidacy,
            "edition": candidacy.edition,
            "note": note,
            "site_url": settings.SITE_URL,
        }
        subject = render_to_string(f"awards/mail/{template}_subject.txt", context)
        body = render_to_string(f"awards/mail/{template}.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()), body=body, to=candidacy_recipients(candidacy)
    )


def send_candidacy_mail(candidacy: Candidacy, template: str, note: str = "") -> int:
    message = render_candidacy_mail(candidacy, template, note)
    if not message.to:
        return 0
    return message.send()


def send_membership_invitation(invitation: object) -> int:
    """The invitation to join an organisation, in the language of the person who invites."""

    with translation.override(invitation.invited_by.preferred_language):  # type: ignore[attr-defined]
        context = {
            "invitation": invitation,
            "url": settings.SITE_URL + reverse("organisation-join", args=[invitation.token]),  # type: ignore[attr-defined]
        }
        subject = render_to_string("awards/mail/membership_subject.txt", context)
        body = render_to_string("awards/mail/membership.txt", context)
    message = EmailMessage(" ".join(subject.split()), body, to=[invitation.email])  # type: ignore[attr-defined]
    return message.send()


def jury_feedback(candidacy: Candidacy) -> list[str]:
    """The jurors' overall justifications of the candidacy, unsigned, in a stable order."""
    from evaluation.enums import ScorecardState

    return [
        text.strip()
        for text in candidacy.scorecards.filter(state=ScorecardState.SUBMITTED)
        .exclude(justification="")
        .order_by("round__number", "pk")
        .values_list("justification", flat=True)
    ]


def render_result_mail(candidacy: Candidacy) -> EmailMessage:
    """The result mail, written at decision time in the application's language.

    It names the decided result itself (the applicant's status still reads "under evaluation"
    until publication), the mention or prize and its share, and the jury's feedback where
    the edition shares it.
    """
    edition = candidacy.edition
    decision = candidacy.decisions.order_by("-decided_at", "-pk").first()
    with translation.override(candidacy.language):
        context = {
            "candidacy": candidacy,
            "edition": edition,
            "result": APPLICANT_STATUS[candidacy.state].label,
            "decision": decision,
            "feedback": jury_feedback(candidacy) if edition.share_jury_feedback else [],
            "site_url": settings.SITE_URL,
            "results_url": settings.SITE_URL + reverse("results", args=[edition.slug]),
        }
        subject = render_to_string("awards/mail/result_subject.txt", context)
        body = render_to_string("awards/mail/result.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()), body=body, to=candidacy_recipients(candidacy)
    )


def send_outbox_message(message: OutboxMessage) -> int:
    """Sends one result mail; the caller marks it sent."""
    if not message.to:
        return 0
    return EmailMessage(message.subject, message.body, to=message.to).send()
