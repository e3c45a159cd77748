"""A published edition and an embargoed one, full of marker words, for the leak tests of the
results pages, the repository of practices, its feed, exports, sitemap and API.

Every text that must never be public carries a word of ``HIDDEN``; every text that the
repository publishes carries a word of ``PUBLIC``. A surface leaks if a hidden word shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from accounts.models import User
from awards import services
from awards.enums import AttachmentKind, CandidacyState
from awards.models import Candidacy, Category, Edition, Organisation, Prize
from evaluation import services as evaluation
from tests import factories

# What must never be public, wherever it is written.
HIDDEN = {
    "embargo_title": "Embargoedtitle",
    "embargo_summary": "Embargoedsummary",
    "embargo_org": "Embargoville",
    "unconsented_summary": "Unconsentedsummary",
    "unconsented_loser": "Unconsentedloser",
    "ineligible": "Ineligiblepractice",
    "withdrawn": "Withdrawnpractice",
    "draft": "Draftpractice",
    "section": "Privatesection",
    "reason": "Secretreason",
    "no_award_reason": "Noawardreason",
    "contact": "contact-person@secret.example.org",
    "phone": "+34 600 111 222",
    "juror_email": "juror-secret@example.org",
    "pending_juror": "Pendingjuror",
}

# What the repository publishes (and search finds).
PUBLIC = {
    "winner": "Aurorawinner",
    "mention": "Mentionpractice",
    "finalist": "Finalistpractice",
    "not_selected": "Notselectedpractice",
    "spanish": "presupuestos participativos",
}

# Distinguished but unconsented: their title and organisation are on the results page only.
UNCONSENTED_WINNER_TITLE = "Quillharbour assemblies"

JUROR_NAME = "Juror Publicname"


@dataclass
class World:
    published: Edition
    embargoed: Edition
    prize: Prize
    budget: Category
    by_name: dict[str, Candidacy] = field(default_factory=dict)
    applicants: dict[str, User] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Candidacy:
        return self.by_name[name]


def organisation(**fields: Any) -> Organisation:
    return factories.OrganisationFactory(**fields)


def entry(
    world: World,
    name: str,
    edition: Edition,
    *,
    submit: bool = True,
    photo: bool = True,
    **fields: Any,
) -> Candidacy:
    fields.setdefault("practice_description", f"{HIDDEN['section']} of {name}.")
    fields.setdefault("contact_email", HIDDEN["contact"])
    fields.setdefault("contact_phone", HIDDEN["phone"])
    candidacy = factories.CandidacyFactory(edition=edition, **fields)
    if photo:
        factories.attach(candidacy)
    applicant = factories.member_of(candidacy.organisation)
    if submit:
        services.submit_candidacy(candidacy, by=applicant)
    candidacy.refresh_from_db()
    world.by_name[name], world.applicants[name] = candidacy, applicant
    return candidacy


def decide(candidacy: Candidacy, *steps: str, **options: Any) -> None:
    staff = factories.secretary(candidacy.edition)
    for step in steps:
        candidacy.refresh_from_db()
        if step == "declare_winner":
            services.record_decision(candidacy, step, by=staff, **options)
        elif step == "give_special_mention":
            services.record_decision(candidacy, step, by=staff, mention="Mention for inclusion")
        else:
            reason = factories.NOTES.get(step, "") + f" {HIDDEN['reason']}"
            services.record_decision(candidacy, step, by=staff, reason=reason)
    candidacy.refresh_from_db()


def build() -> World:
    """The published edition (with its jury, an ex aequo prize and a category without an
    award) and an edition in deliberation whose decided, consenting candidacies are embargoed."""
    published = factories.open_edition(year=2031)
    embargoed = factories.open_edition(year=2032)
    staff = factories.secretary(published)
    budget = factories.CategoryFactory(edition=published, key="budget", name_en="Budgets")
    prize = factories.PrizeFactory(edition=published, name_en="Grand prize", amount=Decimal("1000"))
    world = World(published=published, embargoed=embargoed, prize=prize, budget=budget)
    jury(published)

    brazil = organisation(
        name="Prefeitura de Aurora",
        city="Aurora do Sul",
        country="BR",
        uclg_region="latin_america",
        population_band="1m-5m",
    )
    spain = organisation(
        name="Ayuntamiento de Valle",
        city="Valle Alto",
        country="ES",
        uclg_region="europe",
        population_band="20k-100k",
    )
    winner = entry(
        world,
        "winner",
        published,
        organisation=brazil,
        title=f"{PUBLIC['winner']} neighbourhood councils",
        public_summary=f"Neighbourhood councils decide the {PUBLIC['winner']} budget together.",
        consent_to_publish=True,
    )
    factories.attach(winner, AttachmentKind.DOCUMENT)
    entry(
        world,
        "unconsented_winner",
        published,
        title=UNCONSENTED_WINNER_TITLE,
        public_summary=f"{HIDDEN['unconsented_summary']} words.",
    )
    entry(
        world,
        "mention",
        published,
        organisation=spain,
        category=budget,
        language="es",
        title=f"{PUBLIC['mention']}: {PUBLIC['spanish']}",
        public_summary=f"Los {PUBLIC['spanish']} de Valle Alto reúnen a {PUBLIC['mention']}.",
        consent_to_publish=True,
    )
    entry(
        world,
        "finalist",
        published,
        language="fr",
        title=f"{PUBLIC['finalist']} assemblées citoyennes",
        public_summary=f"Des assemblées citoyennes {PUBLIC['finalist']}.",
        consent_to_publish=True,
    )
    entry(
        world,
        "not_selected",
        published,
        language="pt",
        title=f"{PUBLIC['not_selected']} orçamento jovem",
        public_summary=f"O orçamento jovem {PUBLIC['not_selected']}.",
        consent_to_publish=True,
    )
    entry(
        world,
        "unconsented_loser",
        published,
        title=f"{HIDDEN['unconsented_loser']} title",
        public_summary=f"{HIDDEN['unconsented_loser']} summary.",
    )
    entry(world, "ineligible", published, title=HIDDEN["ineligible"], consent_to_publish=True)
    entry(world, "withdrawn", published, title=HIDDEN["withdrawn"], consent_to_publish=True)
    entry(
        world,
        "draft",
        published,
        submit=False,
        title=HIDDEN["draft"],
        consent_to_publish=True,
    )
    embargo_org = organisation(name=f"{HIDDEN['embargo_org']} council", country="FR")
    for name, title in (("embargoed_winner", "winner"), ("embargoed_loser", "loser")):
        entry(
            world,
            name,
            embargoed,
            organisation=embargo_org if title == "winner" else factories.OrganisationFactory(),
            title=f"{HIDDEN['embargo_title']} {title}",
            public_summary=f"{HIDDEN['embargo_summary']} {title}.",
            consent_to_publish=True,
        )

    services.mark_ineligible(world["ineligible"], by=staff, note="Out of scope.")
    services.withdraw_candidacy(world["withdrawn"], by=world.applicants["withdrawn"])
    for edition in (published, embargoed):
        secretary = factories.secretary(edition)
        for candidacy in edition.candidacies.filter(state=CandidacyState.SUBMITTED):
            services.mark_eligible(candidacy, by=secretary)
        services.close_call(edition, by=secretary)
        services.start_evaluation(edition, by=secretary)

    decide(world["winner"], "shortlist", "declare_winner", prize=prize)
    decide(world["unconsented_winner"], "shortlist", "declare_winner", prize=prize)
    decide(world["mention"], "shortlist", "give_special_mention")
    decide(world["finalist"], "shortlist", "make_finalist")
    decide(world["not_selected"], "not_select")
    decide(world["unconsented_loser"], "not_select")
    services.declare_no_award(
        published, category=budget, reason=f"{HIDDEN['no_award_reason']}.", by=staff
    )
    services.start_deliberation(published, by=staff)
    services.publish_results(published, by=staff)

    decide(world["embargoed_winner"], "shortlist", "declare_winner")
    decide(world["embargoed_loser"], "not_select")
    services.start_deliberation(embargoed, by=factories.secretary(embargoed))

    for edition in (published, embargoed):
        edition.refresh_from_db()
    for candidacy in world.by_name.values():
        candidacy.refresh_from_db()
    return world


def jury(edition: Edition) -> None:
    """A juror who accepted (public by name, never by address) and one who did not answer."""
    round_ = edition.rounds.get(number=1)
    staff = factories.secretary(edition)
    member = evaluation.invite_juror(
        round_, email=HIDDEN["juror_email"], full_name=JUROR_NAME, by=staff, languages=["en"]
    )
    evaluation.answer_invitation(member, accept=True, by=member.user)
    evaluation.invite_juror(
        round_,
        email="pending@example.org",
        full_name=f"{HIDDEN['pending_juror']} Person",
        by=staff,
        languages=["en"],
    )


def assert_nothing_hidden(text: str, *, allow: tuple[str, ...] = ()) -> None:
    for name, marker in HIDDEN.items():
        if name not in allow:
            assert marker not in text, f"{name} ({marker}) leaked"


def consented_published(world: World) -> list[Candidacy]:
    return [world[name] for name in ("winner", "mention", "finalist", "not_selected")]


def small_published(winners: int, *, year: int | None = None) -> Edition:
    """A published edition with ``winners`` consenting winners, each with a photo, sharing one
    prize, and a juror: for counting queries with one item and with several."""
    edition = factories.open_edition(**({"year": year} if year else {}))
    staff = factories.secretary(edition)
    prize = factories.PrizeFactory(edition=edition)
    entries = []
    for index in range(winners):
        candidacy, applicant = factories.draft_candidacy(
            edition,
            title=f"Small practice {index}",
            consent_to_publish=True,
            organisation=organisation(country=["BR", "FR", "ES"][index % 3]),
        )
        services.submit_candidacy(candidacy, by=applicant)
        services.mark_eligible(candidacy, by=staff)
        entries.append(candidacy)
    services.close_call(edition, by=staff)
    services.start_evaluation(edition, by=staff)
    for candidacy in entries:
        decide(candidacy, "shortlist", "declare_winner", prize=prize)
    member = evaluation.invite_juror(
        edition.rounds.get(number=1),
        email=f"juror-{edition.pk}@example.org",
        full_name=f"Juror {edition.pk}",
        by=staff,
        languages=["en"],
    )
    evaluation.answer_invitation(member, accept=True, by=member.user)
    services.start_deliberation(edition, by=staff)
    services.publish_results(edition, by=staff)
    edition.refresh_from_db()
    return edition


SHARED_PRIZE = "Shared prize"


def shared_prize_world() -> dict[str, Any]:
    """A prize of 1,000 given to winner A, to special mention B and to winner C, then C
    withdrawn before publication: A and B hold it, 500.00 each, ex aequo."""
    edition = factories.open_edition(year=2035)
    staff = factories.secretary(edition)
    prize = factories.PrizeFactory(edition=edition, name_en=SHARED_PRIZE, amount=Decimal("1000"))
    entries: dict[str, Candidacy] = {}
    applicants: dict[str, User] = {}
    for name in ("A", "B", "C"):
        candidacy, applicant = factories.draft_candidacy(
            edition, title=f"Sharedprize practice {name}", consent_to_publish=True
        )
        services.submit_candidacy(candidacy, by=applicant)
        services.mark_eligible(candidacy, by=staff)
        entries[name], applicants[name] = candidacy, applicant
    services.close_call(edition, by=staff)
    services.start_evaluation(edition, by=staff)
    for candidacy in entries.values():
        decide(candidacy, "shortlist")
    services.record_decision(entries["A"], "declare_winner", by=staff, prize=prize)
    services.record_decision(
        entries["B"], "give_special_mention", by=staff, mention="Mention for care", prize=prize
    )
    services.record_decision(entries["C"], "declare_winner", by=staff, prize=prize)
    entries["C"].refresh_from_db()
    services.withdraw_candidacy(entries["C"], by=applicants["C"])
    services.start_deliberation(edition, by=staff)
    services.publish_results(edition, by=staff)
    edition.refresh_from_db()
    for candidacy in entries.values():
        candidacy.refresh_from_db()
    return {"edition": edition, "prize": prize, **entries}
