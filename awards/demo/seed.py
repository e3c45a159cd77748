"""The demo: four editions of a network's awards, at four moments of the award cycle.

- IOPD Award (last year), published: its results, public vote and community mention, and the
  repository of practices (awards/demo/past.py).
- IOPD Award (this year), in deliberation: 48 candidacies from every UCLG region, screened,
  evaluated and partly decided (winners, special mentions, finalists, still shortlisted).
- IOPD Award (next year), call open: drafts, submitted, returned for clarification, eligible.
- Youth Participatory Budgeting Award (this year), in evaluation.

Everything goes through the services, as a person would do it, so every candidacy carries its
true history. The candidacies are fictional applications written for real cities.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import zoneinfo
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from awards import services
from awards.demo import content, jury, past
from awards.demo.files import pdf_bytes, png_bytes
from awards.demo.types import DemoNamed, DemoOrganisation
from awards.enums import AttachmentKind, MembershipRole
from awards.models import (
    Attachment,
    Candidacy,
    Category,
    Criterion,
    Edition,
    Exclusion,
    Organisation,
    OrganisationMembership,
    Prize,
    Round,
)
from awards.rules import AWARD_MANAGERS
from awards.services.decisions import departs

DEMO_PASSWORD = "palmares-demo"  # noqa: S105 - printed to the person who runs the demo
DOMAIN = "palmares.example"
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")

CATEGORY_COLOURS = {
    "democratic-peaceful-cities": (11, 92, 173),
    "urban-management-public-space": (27, 110, 58),
    "gender-care": (150, 40, 120),
    "ecological-transition": (70, 130, 40),
    "civic-tech": (200, 110, 0),
}

# What the secretariat writes, in the applicant's language.
MESSAGES = {
    "clarify": {
        "en": "Please add the budget of the practice and the number of participants in 2024.",
        "fr": "Merci d'ajouter le budget de la pratique et le nombre de participants en 2024.",
        "es": "Por favor, añadan el presupuesto de la práctica y el número de participantes "
        "en 2024.",
        "pt": "Por favor, acrescentem o orçamento da prática e o número de participantes em 2024.",
    },
    "window": {
        "en": "The practice ended before the implementation window of this edition.",
        "fr": "La pratique s'est terminée avant la période de mise en œuvre de cette édition.",
        "es": "La práctica terminó antes del período de implementación de esta edición.",
        "pt": "A prática terminou antes do período de implementação desta edição.",
    },
    "silent": {
        "en": "No answer to the request for clarification before the end of the screening.",
        "fr": "Pas de réponse à la demande de précision avant la fin de la sélection.",
        "es": "Sin respuesta a la solicitud de aclaración antes del fin de la revisión.",
        "pt": "Sem resposta ao pedido de esclarecimento antes do fim da triagem.",
    },
    "duplicate": {
        "en": "The same practice was already submitted by the municipality itself.",
        "fr": "La même pratique a déjà été présentée par la municipalité elle-même.",
        "es": "La misma práctica ya fue presentada por el propio municipio.",
        "pt": "A mesma prática já foi apresentada pelo próprio município.",
    },
}

# The call's rules and questions, as a secretariat writes them.
RULES = {
    "en": "Local and regional governments may apply, and organisations applying with their "
    "government's written authorisation.\nThe practice must have been running during the "
    "last four years.\nEach organisation may submit two candidacies, one per category.\n"
    "Last year's winner and the host city may not apply.",
    "fr": "Peuvent candidater les collectivités locales et régionales, ainsi que les "
    "organisations munies de l'autorisation écrite de leur collectivité.\nLa pratique doit "
    "avoir été mise en œuvre au cours des quatre dernières années.\nChaque organisation peut "
    "présenter deux candidatures, une par catégorie.\nLe lauréat de l'an dernier et la ville "
    "hôte ne peuvent pas candidater.",
    "es": "Pueden presentarse los gobiernos locales y regionales, y las organizaciones con la "
    "autorización escrita de su gobierno.\nLa práctica debe haberse aplicado durante los "
    "últimos cuatro años.\nCada organización puede presentar dos candidaturas, una por "
    "categoría.\nEl ganador del año pasado y la ciudad anfitriona no pueden presentarse.",
    "pt": "Podem candidatar-se os governos locais e regionais, e as organizações com a "
    "autorização escrita do seu governo.\nA prática deve ter sido aplicada nos últimos quatro "
    "anos.\nCada organização pode apresentar duas candidaturas, uma por categoria.\nO vencedor "
    "do ano passado e a cidade anfitriã não podem candidatar-se.",
}
FAQ = {
    "en": "In which language can we apply?\nIn English, French, Spanish or Portuguese.\n\n"
    "Can we change our candidacy after submitting it?\nOnly if the secretariat asks for a "
    "clarification.",
    "fr": "Dans quelle langue pouvons-nous candidater ?\nEn anglais, français, espagnol ou "
    "portugais.\n\nPouvons-nous modifier notre candidature après l'avoir soumise ?\n"
    "Seulement si le secrétariat demande une précision.",
    "es": "¿En qué idioma podemos presentar la candidatura?\nEn inglés, francés, español o "
    "portugués.\n\n¿Podemos cambiar la candidatura después de enviarla?\nSolo si la "
    "secretaría pide una aclaración.",
    "pt": "Em que língua podemos candidatar-nos?\nEm inglês, francês, espanhol ou português."
    "\n\nPodemos alterar a candidatura depois de a submeter?\nApenas se o secretariado "
    "pedir um esclarecimento.",
}

# How the candidacies of the edition in deliberation end, by position in the list.
DELIBERATION_PLAN = (
    ["draft"] * 2
    + ["ineligible"] * 2
    + ["silent"]
    + ["withdrawn_early", "withdrawn_late"]
    + ["winner"] * 2
    + ["special_mention"] * 3
    + ["finalist"] * 4
    + ["shortlisted"] * 3
    + ["not_selected"] * 29
)
OPEN_CALL_PLAN = (
    ["draft"] * 5
    + ["submitted"] * 4
    + ["returned"] * 2
    + ["eligible"] * 3
    + ["ineligible", "withdrawn"]
)
EVALUATION_PLAN = ["in_evaluation"] * 12 + ["ineligible", "withdrawn_early"]


@dataclass
class Demo:
    """What was made, for the summary printed at the end."""

    editions: list[Edition] = field(default_factory=list)
    states: Counter[str] = field(default_factory=Counter)
    logins: list[tuple[str, str]] = field(default_factory=list)
    password: str = DEMO_PASSWORD


def seed() -> Demo:
    """Loads the demo into an empty database. Mail is captured, never sent."""
    demo = Demo()
    locmem = "django.core.mail.backends.locmem.EmailBackend"
    with override_settings(EMAIL_BACKEND=locmem), transaction.atomic():
        people = make_people(demo)
        organisations = make_organisations()
        this_year = timezone.localdate().year
        iopd = make_edition("IOPD", this_year, content.EDITION_TEXTS["iopd"], people)
        excluded = exclude_last_winner_and_host(iopd, organisations)
        last_year = make_edition("IOPD", this_year - 1, content.EDITION_TEXTS["iopd"], people)
        demo.editions.append(last_year)
        # Last year's first winner is the "winner of the previous edition" excluded this year.
        others = [o for o in organisations if o not in excluded]
        past.run_published_edition(last_year, [excluded[0], *others[5:]], people, demo)
        applicants = [o for o in organisations if o not in excluded]
        # The demo applicant's organisation: a finalist this year, drafting for next year.
        featured = applicants[DELIBERATION_PLAN.index("finalist")]
        make_demo_applicant(featured, people, demo)
        demo.editions.append(iopd)
        run_deliberation_edition(iopd, applicants, people, demo)

        next_call = make_edition("IOPD", this_year + 1, content.EDITION_TEXTS["iopd"], people)
        demo.editions.append(next_call)
        others = [o for o in applicants[::-1] if o != featured]
        run_open_call(next_call, [featured, *others], people, demo)

        youth = make_edition(
            "YPB",
            this_year,
            content.EDITION_TEXTS["ypb"],
            people,
            categories=["democratic-peaceful-cities", "ecological-transition", "civic-tech"],
        )
        demo.editions.append(youth)
        run_evaluation_edition(youth, applicants[7:], people, demo)
        verify_demo_addresses()
    return demo


def verify_demo_addresses() -> None:
    """Demo accounts sign in at once: their addresses count as verified."""
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True)
        for user in User.objects.filter(email__endswith=DOMAIN).exclude(emailaddress__isnull=False)
    )


# People and organisations -------------------------------------------------------------------


def make_people(demo: Demo) -> dict[str, User]:
    password = make_password(DEMO_PASSWORD)  # hashed once: hashing is slow on purpose
    managers = Group.objects.get_or_create(name=AWARD_MANAGERS)[0]
    admin = User.objects.create(
        email=f"admin@{DOMAIN}",
        full_name="Alex Admin",
        password=password,
        is_staff=True,
        is_superuser=True,
    )
    secretariat = User.objects.create(
        email=f"secretariat@{DOMAIN}",
        full_name="Marta Vidal",
        password=password,
        is_staff=True,
        preferred_language="es",
    )
    secretariat.groups.add(managers)
    demo.logins += [
        (admin.email, "administrator (everything)"),
        (secretariat.email, "secretariat of the demo editions"),
    ]
    demo.logins.append((f"juror@{DOMAIN}", "juror: final jury, a round to score, an invitation"))
    return {"admin": admin, "secretariat": secretariat, "password": password}  # type: ignore[dict-item]


def make_demo_applicant(organisation: Organisation, people: dict[str, Any], demo: Demo) -> None:
    user = User.objects.create(
        email=f"applicant@{DOMAIN}",
        full_name="Ana Ribeiro",
        password=people["password"],
        preferred_language=organisation_language(organisation),
    )
    OrganisationMembership.objects.create(
        organisation=organisation, user=user, role=MembershipRole.ADMIN
    )
    demo.logins.append((user.email, f"applicant for {organisation.name}"))


def make_organisations() -> list[Organisation]:
    """Every demo organisation, dealt region by region so that any slice spans the world."""
    by_region: dict[str, list[DemoOrganisation]] = {}
    for organisation in content.ORGANISATIONS:
        by_region.setdefault(organisation.region, []).append(organisation)
    dealt = [
        organisation
        for group in itertools.zip_longest(*by_region.values())
        for organisation in group
        if organisation is not None
    ]
    return [
        Organisation.objects.create(
            name=demo.name,
            kind=demo.kind,
            country=demo.country,
            city=demo.city,
            uclg_region=demo.region,
            population_band=demo.population_band,
            website=demo.website,
        )
        for demo in dealt
    ]


def organisation_language(organisation: Organisation) -> str:
    return demo_organisation(organisation).language


def demo_organisation(organisation: Organisation) -> DemoOrganisation:
    return next(o for o in content.ORGANISATIONS if o.name == organisation.name)


def applicant_for(organisation: Organisation, people: dict[str, Any]) -> User:
    """The organisation's focal point, created the first time it applies."""
    membership = organisation.memberships.select_related("user").first()
    if membership:
        return membership.user
    email = f"{slugify(organisation.city)[:40] or organisation.pk}@{DOMAIN}"
    if User.objects.filter(email=email).exists():
        email = f"{slugify(organisation.city)[:30]}-{organisation.pk}@{DOMAIN}"
    user = User.objects.create(
        email=email,
        full_name=f"Focal point, {organisation.city}",
        password=people["password"],
        preferred_language=organisation_language(organisation),
    )
    OrganisationMembership.objects.create(
        organisation=organisation, user=user, role=MembershipRole.ADMIN
    )
    return user


def exclude_last_winner_and_host(
    edition: Edition, organisations: list[Organisation]
) -> list[Organisation]:
    governments = [o for o in organisations if o.is_government]
    last_winner, host = governments[-1], governments[-2]
    Exclusion.objects.create(
        edition=edition, organisation=last_winner, reason="Winner of the previous edition"
    )
    Exclusion.objects.create(
        edition=edition, organisation=host, reason="Host of this year's IOPD Conference"
    )
    return [last_winner, host]


# Editions -----------------------------------------------------------------------------------


def translated(named: DemoNamed, field_name: str = "name") -> dict[str, str]:
    source = named.names if field_name == "name" else named.descriptions
    return {f"{field_name}_{code}": text for code, text in source.items()}


def make_edition(
    code: str,
    year: int,
    texts: DemoNamed,
    people: dict[str, Any],
    categories: list[str] | None = None,
) -> Edition:
    names = {f"name_{lang}": f"{name} {year}" for lang, name in texts.names.items()}
    edition = Edition.objects.create(
        code=code,
        year=year,
        slug=f"{code.lower()}-{year}",
        **names,
        **translated(texts, "description"),
        timezone="Europe/Madrid",
        call_closes_at=timezone.now() + dt.timedelta(hours=1),
        implementation_from=dt.date(year - 4, 1, 1),
        implementation_until=dt.date(year - 1, 12, 31),
        max_candidacies_per_organisation=2,
        max_candidacies_per_category=1,
        tie_break=["inclusion", "innovation"],
        shortlist_size=12,
        shortlist_cap=15,
        **{f"rules_{lang}": text for lang, text in RULES.items()},
        **{f"faq_{lang}": text for lang, text in FAQ.items()},
    )
    edition.secretariat.add(people["secretariat"])
    for order, category in enumerate(content.CATEGORIES):
        if categories is None or category.key in categories:
            Category.objects.create(
                edition=edition,
                key=category.key,
                order=order,
                **translated(category),
                **translated(category, "description"),
            )
    make_rounds(edition)
    make_prizes(edition)
    return edition


PANEL_WEIGHTS = {
    "inclusion": "2",
    "citizenship": "1.5",
    "transparency": "1",
    "effectiveness": "1.5",
    "innovation": "1",
    "transferability": "1",
    "evaluation": "1",
}
FINAL_CRITERIA = ("inclusion", "innovation", "transferability", "effectiveness")


def make_rounds(edition: Edition) -> None:
    panels, final = content.ROUNDS
    first = Round.objects.create(
        edition=edition,
        number=1,
        **translated(panels),
        **translated(panels, "description"),
        category_panels=True,
        reviewers_per_candidacy=3,
        score_visibility="after_own",
    )
    for order, criterion in enumerate(content.CRITERIA):
        Criterion.objects.create(
            round=first,
            key=criterion.key,
            order=order,
            weight=Decimal(PANEL_WEIGHTS[criterion.key]),
            scale_min=0,
            scale_max=10,
            **translated(criterion),
            **translated(criterion, "description"),
        )
    second = Round.objects.create(
        edition=edition,
        number=2,
        **translated(final),
        **translated(final, "description"),
        reviewers_per_candidacy=5,
        score_visibility="always",
    )
    for order, criterion in enumerate(c for c in content.CRITERIA if c.key in FINAL_CRITERIA):
        Criterion.objects.create(
            round=second,
            key=criterion.key,
            order=order,
            weight=Decimal("1"),
            scale_min=1,
            scale_max=5,
            **translated(criterion),
            **translated(criterion, "description"),
        )


PRIZE_TERMS = {
    "award": (Decimal("5000.00"), "EUR", "International Observatory on Participatory Democracy"),
    "mention-gender": (Decimal("0.00"), "EUR", ""),
    "mention-youth": (Decimal("1500.00"), "EUR", "Network of Youth Councils"),
}


def make_prizes(edition: Edition) -> None:
    for order, prize in enumerate(content.PRIZES):
        amount, currency, sponsor = PRIZE_TERMS[prize.key]
        Prize.objects.create(
            edition=edition,
            order=order,
            amount=amount,
            currency=currency,
            sponsor=sponsor,
            **translated(prize),
        )


# Candidacies --------------------------------------------------------------------------------


def write_candidacy(
    edition: Edition, organisation: Organisation, practice_index: int, people: dict[str, Any]
) -> tuple[Candidacy, User]:
    """A complete application, in the organisation's language, with a photo."""
    categories = {c.key: c for c in edition.categories.all()}
    practices = [p for p in content.PRACTICES if p.category in categories]
    practice = practices[practice_index % len(practices)]
    language = organisation_language(organisation)
    if language not in edition.languages:
        language = "en"
    text = content.practice_text(practice, language, demo_organisation(organisation))
    applicant = applicant_for(organisation, people)
    year = edition.year
    candidacy = Candidacy.objects.create(
        edition=edition,
        organisation=organisation,
        category=categories[practice.category],
        language=language,
        title=text.title,
        organisation_presentation=text.organisation_presentation,
        practice_description=text.practice_description,
        objectives=text.objectives,
        participants=text.participants,
        results=text.results,
        evaluation=text.evaluation,
        transferability=text.transferability,
        public_summary=text.public_summary,
        implementation_started_on=dt.date(year - 3, 1 + practice_index % 12, 1),
        contact_name=applicant.full_name,
        contact_position="Participation office",
        contact_email=applicant.email,
        consent_to_publish=practice_index % 5 != 0,
        created_by=applicant,
    )
    add_photo(candidacy, practice.category)
    if not organisation.is_government:
        add_authorisation(candidacy)
    return candidacy, applicant


def add_photo(candidacy: Candidacy, category: str) -> None:
    image = png_bytes(64, 40, CATEGORY_COLOURS.get(category, (90, 90, 90)))
    name = f"{slugify(candidacy.organisation.city)}-practice.png"
    attachment = Attachment(
        candidacy=candidacy,
        kind=AttachmentKind.PHOTO,
        original_name=name,
        content_type="image/png",
        size=len(image),
        caption=candidacy.title[:300],
    )
    attachment.file.save(name, ContentFile(image), save=False)
    attachment.save()


def add_authorisation(candidacy: Candidacy) -> None:
    letter = pdf_bytes(f"Authorisation to apply on behalf of {candidacy.organisation.city}")
    attachment = Attachment(
        candidacy=candidacy,
        kind=AttachmentKind.AUTHORISATION,
        original_name="authorisation-letter.pdf",
        content_type="application/pdf",
        size=len(letter),
    )
    attachment.file.save("authorisation-letter.pdf", ContentFile(letter), save=False)
    attachment.save()


def message(kind: str, candidacy: Candidacy) -> str:
    return MESSAGES[kind][candidacy.language]


def back_date_call(edition: Edition, opened_days_ago: int, closed_days_ago: int) -> None:
    """The demo travels in time: the call it just ran is moved to its real dates."""
    now = timezone.now()
    Edition.objects.filter(pk=edition.pk).update(
        call_opens_at=now - dt.timedelta(days=opened_days_ago),
        call_closes_at=now - dt.timedelta(days=closed_days_ago),
    )
    edition.refresh_from_db()


def submit_all(
    edition: Edition,
    organisations: list[Organisation],
    plan: list[str],
    people: dict[str, Any],
    start: int = 0,
) -> list[tuple[str, Candidacy, User]]:
    written = []
    for index, (fate, organisation) in enumerate(zip(plan, organisations, strict=False)):
        candidacy, applicant = write_candidacy(edition, organisation, start + index, people)
        if fate != "draft":
            services.submit_candidacy(candidacy, by=applicant)
        written.append((fate, candidacy, applicant))
    return written


def screen(written: list[tuple[str, Candidacy, User]], staff: User, evaluated: set[str]) -> None:
    """Screening decisions; ``evaluated`` are the fates that go on to the evaluation."""
    for fate, candidacy, applicant in written:
        if fate == "draft":
            continue
        if fate == "ineligible":
            services.mark_ineligible(candidacy, by=staff, note=message("window", candidacy))
        elif fate in ("silent", "returned"):
            services.return_for_clarification(
                candidacy, by=staff, note=message("clarify", candidacy)
            )
        elif fate == "withdrawn":
            services.withdraw_candidacy(candidacy, by=applicant, note="")
        elif fate in evaluated or fate in ("eligible", "withdrawn_early"):
            services.mark_eligible(candidacy, by=staff)
        if fate == "withdrawn_early":
            services.withdraw_candidacy(
                candidacy, by=applicant, note="Our council elections moved the team."
            )


def clarification_loop(written: list[tuple[str, Candidacy, User]], staff: User) -> None:
    """Two of the evaluated candidacies went through a clarification before being accepted."""
    looped = [entry for entry in written if entry[0] == "not_selected"][:2]
    for _fate, candidacy, applicant in looped:
        services.return_for_clarification(candidacy, by=staff, note=message("clarify", candidacy))
        candidacy.results += " 2024: 3,200 participants; budget 1.2 million."
        candidacy.save()
        services.submit_candidacy(candidacy, by=applicant)


def shortlist_decision(candidacy: Candidacy, fate: str, staff: User) -> None:
    """The shortlist decision the demo's story gives a candidacy, from the frozen ranking; where
    the story and the edition's rule part ways, the jury says why, as it must."""
    decision = "not_select" if fate == "not_selected" else "shortlist"
    snapshot = services.latest_snapshot(candidacy.edition)
    reason = ""
    if departs(candidacy, decision, snapshot):
        reason = (
            "The panel values its transferability above its score."
            if decision == "shortlist"
            else "The panel found a stronger practice of the same kind in its category."
        )
    services.record_decision(candidacy, decision, by=staff, snapshot=snapshot, reason=reason)


# The special mentions of the demo, in the order the story gives them, and their prizes.
MENTIONS = (
    ("Mention for gender equality in participation", "mention-gender"),
    ("Mention for the participation of young people", "mention-youth"),
    ("Mention for participation in the digital age", None),
)


def final_decisions(edition: Edition, written: list, staff: User) -> None:
    """The jury's final decisions: two winners share the award ex aequo, three special
    mentions (two with a prize), the rest finalists; all from the final round's ranking."""
    snapshot = services.latest_snapshot(edition)
    # make_prizes gave each prize the order of its key in content.PRIZES.
    prizes = {content.PRIZES[prize.order].key: prize for prize in edition.prizes.all()}
    mentions = iter(MENTIONS)
    for fate, candidacy, _applicant in written:
        candidacy.refresh_from_db()
        if fate == "winner":
            services.record_decision(
                candidacy, "declare_winner", by=staff, snapshot=snapshot, prize=prizes["award"]
            )
        elif fate == "special_mention":
            name, prize = next(mentions)
            services.record_decision(
                candidacy,
                "give_special_mention",
                by=staff,
                snapshot=snapshot,
                mention=name,
                prize=prizes.get(prize) if prize else None,
            )
        elif fate == "finalist":
            services.record_decision(candidacy, "make_finalist", by=staff, snapshot=snapshot)


def run_deliberation_edition(
    edition: Edition, organisations: list[Organisation], people: dict[str, Any], demo: Demo
) -> None:
    staff = people["secretariat"]
    services.open_call(edition, by=staff)
    written = submit_all(edition, organisations, DELIBERATION_PLAN, people)
    clarification_loop(written, staff)
    evaluated = {"winner", "special_mention", "finalist", "shortlisted", "not_selected"}
    screen(written, staff, evaluated | {"withdrawn_late"})
    back_date_call(edition, opened_days_ago=260, closed_days_ago=170)
    services.close_due_calls()
    edition.refresh_from_db()
    for fate, candidacy, _applicant in written:
        if fate == "silent":
            services.mark_ineligible(candidacy, by=staff, note=message("silent", candidacy))
    services.start_evaluation(edition, by=staff)
    rng = random.Random(edition.year)
    quality = jury.candidacy_quality(written, rng)
    jury.panels_round(edition, quality, staff, people["password"], rng)
    for fate, candidacy, applicant in written:
        candidacy.refresh_from_db()
        if fate == "withdrawn_late":
            services.withdraw_candidacy(candidacy, by=applicant, note="")
        elif fate in ("not_selected", "winner", "special_mention", "finalist", "shortlisted"):
            shortlist_decision(candidacy, fate, staff)
    services.start_deliberation(edition, by=staff)
    jury.final_round(edition, quality, staff, people["password"], rng)
    final_decisions(edition, written, staff)
    count_states(edition, demo)


def run_open_call(
    edition: Edition, organisations: list[Organisation], people: dict[str, Any], demo: Demo
) -> None:
    staff = people["secretariat"]
    services.open_call(edition, by=staff)
    written = submit_all(edition, organisations, OPEN_CALL_PLAN, people, start=5)
    screen(written, staff, evaluated=set())
    jury.invitations(edition, staff, people["password"])
    Edition.objects.filter(pk=edition.pk).update(
        call_closes_at=dt.datetime.combine(
            timezone.localdate() + dt.timedelta(days=75), dt.time(23, 59), tzinfo=MADRID
        )
    )
    count_states(edition, demo)


def run_evaluation_edition(
    edition: Edition, organisations: list[Organisation], people: dict[str, Any], demo: Demo
) -> None:
    staff = people["secretariat"]
    services.open_call(edition, by=staff)
    written = submit_all(edition, organisations, EVALUATION_PLAN, people, start=2)
    screen(written, staff, evaluated={"in_evaluation"})
    back_date_call(edition, opened_days_ago=120, closed_days_ago=30)
    services.close_due_calls()
    edition.refresh_from_db()
    services.start_evaluation(edition, by=staff)
    rng = random.Random(edition.year + 1)
    quality = jury.candidacy_quality(written, rng)
    jury.round_under_way(edition, quality, staff, people["password"], rng)
    count_states(edition, demo)


def count_states(edition: Edition, demo: Demo) -> None:
    states = edition.candidacies.values_list("state", flat=True)
    demo.states.update(states)


def summary(demo: Demo) -> str:
    lines = ["Demo loaded:"]
    for edition in demo.editions:
        edition.refresh_from_db()
        lines.append(
            f"  {edition.name_en} [{edition.get_state_display()}]: "
            f"{edition.candidacies.count()} candidacies, /editions/{edition.slug}/"
        )
    lines.append(
        "  candidacy states: " + ", ".join(f"{s} {n}" for s, n in sorted(demo.states.items()))
    )
    lines.append("")
    lines.append(f"Demo logins (password for all: {demo.password}):")
    width = max(len(email) for email, _role in demo.logins)
    lines += [f"  {email.ljust(width)}  {role}" for email, role in demo.logins]
    return "\n".join(lines)


def loaded_logins() -> list[tuple[str, str]]:
    """The logins of a demo loaded earlier, to print them again."""
    roles = {
        "admin": "administrator (everything)",
        "secretariat": "secretariat of the demo editions",
        "applicant": "applicant",
        "juror": "juror: final jury, a round to score, an invitation",
    }
    logins = []
    for name, role in roles.items():
        user = User.objects.filter(email=f"{name}@{DOMAIN}").first()
        if user is not None:
            organisation = user.organisations.first()
            logins.append((user.email, f"{role} for {organisation}" if organisation else role))
    return logins
