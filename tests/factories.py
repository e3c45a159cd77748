"""Factories for the tests, and helpers that bring objects to a state through the services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import factory
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.models import User
from awards import services
from awards.demo.files import pdf_bytes, png_bytes
from awards.enums import AttachmentKind, CandidacyState, EditionState, OrganisationKind
from awards.models import (
    Attachment,
    Candidacy,
    Category,
    Criterion,
    Edition,
    Organisation,
    OrganisationMembership,
    Prize,
    Round,
)
from awards.rules import AWARD_MANAGERS

PNG_BYTES = png_bytes()
PDF_BYTES = pdf_bytes("Authorisation to apply")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def save_password(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            self.save()


def award_manager() -> User:
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get_or_create(name=AWARD_MANAGERS)[0])
    return user


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Municipality {n}")
    kind = OrganisationKind.LOCAL_GOVERNMENT
    country = "PT"
    city = factory.Sequence(lambda n: f"Town {n}")
    uclg_region = "europe"
    population_band = "100k-500k"


def member_of(organisation: Organisation, **user_fields: Any) -> User:
    user = UserFactory(**user_fields)
    OrganisationMembership.objects.create(organisation=organisation, user=user)
    return user


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition
        skip_postgeneration_save = True

    # Years stay within the model's 2000–2100 (a long run makes hundreds of editions): past
    # 70 editions the award code changes instead (IOPD2, IOPD3…), one edition per code and year.
    code = factory.Sequence(lambda n: "IOPD" if n < 70 else f"IOPD{n // 70 + 1}")
    year = factory.Sequence(lambda n: 2030 + n % 70)
    slug = factory.LazyAttribute(lambda o: f"{o.code.lower()}-{o.year}")
    name_en = factory.LazyAttribute(lambda o: f"IOPD Award {o.year}")
    name_fr = factory.LazyAttribute(lambda o: f"Prix OIDP {o.year}")
    timezone = "Europe/Madrid"
    call_closes_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=30))
    implementation_from = dt.date(2018, 1, 1)
    implementation_until = dt.date(2030, 12, 31)

    @factory.post_generation
    def secretariat(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            self.secretariat.add(*extracted)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    edition = factory.SubFactory(EditionFactory)
    key = factory.Sequence(lambda n: f"category-{n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Round

    edition = factory.SubFactory(EditionFactory)
    number = 1
    name_en = "Category panels"


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    round = factory.SubFactory(RoundFactory)
    key = factory.Sequence(lambda n: f"criterion-{n}")
    name_en = factory.Sequence(lambda n: f"Criterion {n}")
    weight = Decimal("1")


class PrizeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Prize

    edition = factory.SubFactory(EditionFactory)
    name_en = "Best practice award"
    amount = Decimal("5000.00")
    currency = "EUR"


SECTION_TEXT = "A short and clear text that describes this part of the practice."


class CandidacyFactory(factory.django.DjangoModelFactory):
    """A complete draft: every required section, dates and contact filled in."""

    class Meta:
        model = Candidacy

    edition = factory.SubFactory(EditionFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    category = factory.LazyAttribute(lambda o: o.edition.categories.first())
    language = "en"
    title = factory.Sequence(lambda n: f"Participatory budgeting, year {n}")
    organisation_presentation = SECTION_TEXT
    practice_description = SECTION_TEXT
    objectives = SECTION_TEXT
    participants = SECTION_TEXT
    results = SECTION_TEXT
    evaluation = SECTION_TEXT
    transferability = SECTION_TEXT
    public_summary = SECTION_TEXT
    implementation_started_on = dt.date(2022, 3, 1)
    contact_name = "Ana Costa"
    contact_email = factory.Sequence(lambda n: f"contact{n}@city.example.org")


def attach(candidacy: Candidacy, kind: str = AttachmentKind.PHOTO) -> Attachment:
    content, name = (
        (PNG_BYTES, "photo.png") if kind == AttachmentKind.PHOTO else (PDF_BYTES, "letter.pdf")
    )
    attachment = Attachment(candidacy=candidacy, kind=kind, original_name=name, size=len(content))
    attachment.file.save(name, ContentFile(content), save=False)
    attachment.save()
    return attachment


def prepared_edition(**fields: Any) -> Edition:
    """A draft edition that can open its call: a category, a weighted round, a future deadline,
    and a secretariat member (``edition.secretariat.first()``)."""
    fields.setdefault("secretariat", [UserFactory(is_staff=True)])
    edition = EditionFactory(**fields)
    CategoryFactory(edition=edition, key="gender-care", name_en="Gender and care")
    round_ = RoundFactory(edition=edition)
    CriterionFactory(round=round_, key="inclusion", weight=Decimal("2"))
    CriterionFactory(round=round_, key="innovation", weight=Decimal("1"))
    return edition


def secretary(edition: Edition) -> User:
    return edition.secretariat.first()


def open_edition(**fields: Any) -> Edition:
    edition = prepared_edition(**fields)
    services.open_call(edition, by=secretary(edition))
    return edition


def draft_candidacy(edition: Edition | None = None, **fields: Any) -> tuple[Candidacy, User]:
    """A complete draft with its photo, and a member of its organisation who may submit it."""
    edition = edition or open_edition()
    candidacy = CandidacyFactory(edition=edition, **fields)
    attach(candidacy)
    return candidacy, member_of(candidacy.organisation)


def submitted_candidacy(edition: Edition | None = None, **fields: Any) -> tuple[Candidacy, User]:
    candidacy, applicant = draft_candidacy(edition, **fields)
    services.submit_candidacy(candidacy, by=applicant)
    return candidacy, applicant


# The transitions that bring a fresh candidacy to each state, each run by who may run it.
PATHS: dict[str, list[str]] = {
    CandidacyState.DRAFT: [],
    CandidacyState.SUBMITTED: ["submit"],
    CandidacyState.RETURNED: ["submit", "return_for_clarification"],
    CandidacyState.ELIGIBLE: ["submit", "mark_eligible"],
    CandidacyState.INELIGIBLE: ["submit", "mark_ineligible"],
    CandidacyState.IN_EVALUATION: ["submit", "mark_eligible", "@close", "@evaluate"],
    CandidacyState.SHORTLISTED: ["submit", "mark_eligible", "@close", "@evaluate", "shortlist"],
    CandidacyState.NOT_SELECTED: [
        "submit",
        "mark_eligible",
        "@close",
        "@evaluate",
        "not_select",
    ],
    CandidacyState.WINNER: [
        "submit",
        "mark_eligible",
        "@close",
        "@evaluate",
        "shortlist",
        "declare_winner",
    ],
    CandidacyState.SPECIAL_MENTION: [
        "submit",
        "mark_eligible",
        "@close",
        "@evaluate",
        "shortlist",
        "give_special_mention",
    ],
    CandidacyState.FINALIST: [
        "submit",
        "mark_eligible",
        "@close",
        "@evaluate",
        "shortlist",
        "make_finalist",
    ],
    CandidacyState.WITHDRAWN: ["withdraw"],
}


# What the transitions that need a note are given: a reason, or a special mention's name.
NOTES = {
    "mark_ineligible": "Because the rules say so.",
    "return_for_clarification": "Because the rules say so.",
    "shortlist": "Decided in a test, without a frozen ranking.",
    "not_select": "Decided in a test, without a frozen ranking.",
    "give_special_mention": "Mention for inclusion",
}


def candidacy_in_state(state: str) -> tuple[Candidacy, User]:
    """A candidacy brought to ``state`` through the services, alone in its own edition."""
    candidacy, applicant = draft_candidacy()
    edition = candidacy.edition
    staff = secretary(edition)
    for step in PATHS[state]:
        if step == "@close":
            services.close_call(edition, by=staff)
        elif step == "@evaluate":
            services.start_evaluation(edition, by=staff)
        else:
            by = applicant if step in ("submit", "withdraw") else staff
            note = NOTES.get(step, "")
            services.perform(candidacy, step, by=by, note=note)
        candidacy.refresh_from_db()
        edition.refresh_from_db()
    return candidacy, applicant


def edition_in_state(state: str) -> Edition:
    """An edition brought to ``state`` through the services, with one candidacy decided."""
    if state == EditionState.DRAFT:
        return prepared_edition()
    if state in (EditionState.CALL_OPEN,):
        return open_edition()
    candidacy, _applicant = candidacy_in_state(
        CandidacyState.WINNER if state != EditionState.CALL_CLOSED else CandidacyState.ELIGIBLE
    )
    edition = candidacy.edition
    staff = secretary(edition)
    if state == EditionState.CALL_CLOSED:
        services.close_call(edition, by=staff)
        return edition
    steps = {
        EditionState.EVALUATION: [],
        EditionState.DELIBERATION: ["start_deliberation"],
        EditionState.PUBLISHED: ["start_deliberation", "publish"],
        EditionState.ARCHIVED: ["start_deliberation", "publish", "archive"],
    }[state]
    for step in steps:
        services.perform(edition, step, by=staff)
    return edition


# The jury ---------------------------------------------------------------------------------------


def juror(
    round_: Round,
    *,
    languages: tuple[str, ...] = ("en", "fr", "es", "pt"),
    organisation: Organisation | None = None,
    country: str = "",
    categories: tuple[Category, ...] = (),
    accepted: bool = True,
) -> User:
    """A member of the round's jury, invited by its secretariat (and accepted, by default)."""
    from evaluation import services as evaluation

    user = UserFactory()
    member = evaluation.invite_juror(
        round_,
        email=user.email,
        by=secretary(round_.edition),
        languages=languages,
        organisation=organisation,
        country=country,
        categories=categories,
    )
    if accepted:
        evaluation.answer_invitation(member, accept=True, by=user)
    return user


def evaluated_edition(candidacies: int = 3, jurors: int = 3) -> tuple[Edition, list, list]:
    """An edition in evaluation with eligible candidacies, a jury, and nothing assigned yet."""
    edition = open_edition()
    staff = secretary(edition)
    entries = [submitted_candidacy(edition)[0] for _ in range(candidacies)]
    for candidacy in entries:
        services.mark_eligible(candidacy, by=staff)
    services.close_call(edition, by=staff)
    services.start_evaluation(edition, by=staff)
    round_ = edition.rounds.get(number=1)
    people = [juror(round_) for _ in range(jurors)]
    return edition, [Candidacy.objects.get(pk=c.pk) for c in entries], people


def assigned_scorecards(candidacies: int = 3, jurors: int = 3, k: int = 2) -> list:
    """Scorecards from a confirmed proposal, ready to be scored."""
    from evaluation import services as evaluation

    edition, _entries, _people = evaluated_edition(candidacies, jurors)
    round_ = edition.rounds.get(number=1)
    proposal = evaluation.propose_assignment(round_, by=secretary(edition), k=k)
    return evaluation.confirm_proposal(proposal, by=secretary(edition))


def full_scores(scorecard: Any, value: str = "7") -> dict[int, tuple[str, str]]:
    return {c.pk: (value, "Clear and convincing.") for c in scorecard.round.criteria.all()}


def scored_round(
    candidacies: int = 3, jurors: int = 2, values: list[list[str]] | None = None
) -> Any:
    """A round whose every scorecard is submitted; ``values[i][j]`` scores candidacy i by
    juror j on every criterion (a deterministic set when given)."""
    from evaluation import services as evaluation

    edition, entries, people = evaluated_edition(candidacies=candidacies, jurors=jurors)
    round_ = edition.rounds.get(number=1)
    staff = secretary(edition)
    for i, candidacy in enumerate(entries):
        for j, person in enumerate(people):
            card = evaluation.assign_juror(round_, candidacy, person, by=staff)
            value = values[i][j] if values else str(3 + (i * 2 + j) % 7)
            evaluation.save_scores(
                card, scores=full_scores(card, value), justification="Ok.", by=person
            )
            card.refresh_from_db()
            evaluation.submit_scorecard(card, by=person)
    return round_
