"""The demo's juries: panels that scored, a final jury, a round under way, invitations.

Scores follow each candidacy's fate (the winners were scored higher) plus each juror's own
habit: most jurors are fair, one is lenient and one is severe, as in real juries, so that the
ranking's juror normalisation has something to correct.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils import timezone

from accounts.models import User
from awards.models import Candidacy, Edition, Round
from evaluation import services as evaluation
from evaluation.models import Scorecard
from reports import services as reports

DOMAIN = "palmares.example"


@dataclass(frozen=True)
class DemoJuror:
    name: str
    email: str
    country: str
    languages: tuple[str, ...]
    language: str  # the language the juror's mails are written in
    habit: float = 0.0  # points added to every score: > 0 lenient, < 0 severe


# Fictional people, from the regions the awards come from.
# Each sits on two category panels; their languages are spread so that every panel has at
# least three readers of each language, as three reviewers per candidacy need.
PANELLISTS = [
    DemoJuror("Aïcha Diallo", "aicha.diallo", "SN", ("en", "es", "fr", "pt"), "fr"),
    DemoJuror("Rafael Mendes", "rafael.mendes", "BR", ("en", "es", "fr", "pt"), "pt"),
    DemoJuror("Claire Dubois", "claire.dubois", "BE", ("en", "es", "fr", "pt"), "fr", habit=2.0),
    DemoJuror("Lucía Herrera", "lucia.herrera", "CO", ("en", "es", "fr", "pt"), "es"),
    DemoJuror("Min-jun Park", "minjun.park", "KR", ("en", "es", "pt"), "en"),
    DemoJuror("Olga Sokolova", "olga.sokolova", "KZ", ("en", "fr", "pt"), "en", habit=-2.5),
    DemoJuror("Grace Otieno", "grace.otieno", "KE", ("en", "es", "pt"), "en"),
    DemoJuror("Youssef Benali", "youssef.benali", "MA", ("en", "es", "fr"), "fr"),
    DemoJuror("Daniel Cohen", "daniel.cohen", "CA", ("en", "fr", "pt"), "en"),
    DemoJuror("Sofia Lindqvist", "sofia.lindqvist", "SE", ("en", "es", "fr"), "en"),
]
FINAL_JURY = [
    DemoJuror("Kwame Mensah", "juror", "GH", ("en", "es", "fr", "pt"), "en"),
    DemoJuror("Isabel Ortega", "isabel.ortega", "MX", ("en", "es", "fr", "pt"), "es"),
    DemoJuror("Hélène Martin", "helene.martin", "FR", ("en", "es", "fr", "pt"), "fr"),
    DemoJuror("Priya Raman", "priya.raman", "IN", ("en", "es", "fr", "pt"), "en"),
    DemoJuror("Tiago Ferreira", "tiago.ferreira", "PT", ("en", "es", "fr", "pt"), "pt"),
]

JUSTIFICATIONS = {
    "en": [
        "Clear evidence of results; the evaluation could be more independent.",
        "Inspiring and inclusive, though the budget is small for the city's size.",
        "Well documented and easy to transfer to other municipalities.",
    ],
    "fr": [
        "Des résultats bien établis ; l'évaluation pourrait être plus indépendante.",
        "Inspirante et inclusive, même si le budget est modeste pour la ville.",
        "Bien documentée et facile à transférer à d'autres communes.",
    ],
    "es": [
        "Resultados claros; la evaluación podría ser más independiente.",
        "Inspiradora e inclusiva, aunque el presupuesto es pequeño para la ciudad.",
        "Bien documentada y fácil de transferir a otros municipios.",
    ],
    "pt": [
        "Resultados claros; a avaliação poderia ser mais independente.",
        "Inspiradora e inclusiva, embora o orçamento seja pequeno para a cidade.",
        "Bem documentada e fácil de transferir para outros municípios.",
    ],
}

# How good each fate's practices are, on a 0–10 scale.
QUALITY = {
    "winner": 9.0,
    "special_mention": 8.4,
    "finalist": 7.9,
    "shortlisted": 7.6,
    "withdrawn_late": 6.0,
    "in_evaluation": 6.0,
}


def quality_of(fate: str, rng: random.Random) -> float:
    return QUALITY.get(fate, rng.uniform(3.0, 6.8))


def jurors(round_: Round, people: list[DemoJuror], staff: Any, password: str) -> list[User]:
    """Invites the people to the round's jury; they accept. Returns their accounts."""
    accounts = []
    categories = list(round_.edition.categories.all())
    for index, person in enumerate(people):
        email = (
            f"{person.email}@{DOMAIN}"
            if person.email == "juror"
            else (f"{person.email}@jury.{DOMAIN}")
        )
        user, _created = User.objects.get_or_create(
            email=email,
            defaults={
                "full_name": person.name,
                "password": password,
                "preferred_language": person.language,
            },
        )
        panel = (
            [categories[index % len(categories)], categories[(index + 1) % len(categories)]]
            if round_.category_panels
            else categories
        )
        member = evaluation.invite_juror(
            round_,
            email=email,
            languages=person.languages,
            country=person.country,
            categories=panel,
            by=staff,
        )
        evaluation.answer_invitation(member, accept=True, by=user)
        accounts.append(user)
    return accounts


def assign(round_: Round, staff: Any, k: int) -> list[Scorecard]:
    proposal = evaluation.propose_assignment(round_, by=staff, k=k)
    return evaluation.confirm_proposal(proposal, by=staff)


def open_scoring(round_: Round, days: int) -> None:
    Round.objects.filter(pk=round_.pk).update(
        scoring_closes_at=timezone.now() + dt.timedelta(days=days)
    )
    round_.refresh_from_db()


def close_scoring(round_: Round, days_ago: int) -> None:
    """The demo travels in time: the round it just scored closed long ago."""
    Round.objects.filter(pk=round_.pk).update(
        scoring_closes_at=timezone.now() - dt.timedelta(days=days_ago)
    )


def score(
    scorecard: Scorecard,
    quality: float,
    habits: dict[int, float],
    rng: random.Random,
    *,
    submit: bool = True,
) -> None:
    """The juror's scores: the practice's quality, their habit, and a little noise."""
    language = scorecard.juror.preferred_language
    values = {}
    for criterion in scorecard.round.criteria.all():
        raw = quality + habits.get(scorecard.juror_id, 0.0) + rng.gauss(0, 0.9)
        scaled = criterion.scale_min + (criterion.scale_max - criterion.scale_min) * raw / 10
        value = min(max(round(scaled), criterion.scale_min), criterion.scale_max)
        values[criterion.pk] = (str(Decimal(value)), rng.choice(JUSTIFICATIONS[language]))
    evaluation.save_scores(
        scorecard,
        scores=values,
        justification=rng.choice(JUSTIFICATIONS[language]),
        by=scorecard.juror,
    )
    if submit:
        scorecard.refresh_from_db()
        evaluation.submit_scorecard(scorecard, by=scorecard.juror)


def habits_of(people: list[DemoJuror], accounts: list[User]) -> dict[int, float]:
    return {user.pk: person.habit for person, user in zip(people, accounts, strict=True)}


def panels_round(
    edition: Edition, quality: dict[int, float], staff: Any, password: str, rng: random.Random
) -> None:
    """Round 1 of the edition in deliberation: category panels, everything scored, one
    recusal replaced, the round closed."""
    round_ = edition.rounds.get(number=1)
    open_scoring(round_, days=10)
    accounts = jurors(round_, PANELLISTS, staff, password)
    cards = assign(round_, staff, k=3)
    recused = cards[0]
    evaluation.recuse(recused, by=recused.juror, reason="I advised this city on the project.")
    replacement = evaluation.propose_replacement(recused)
    if replacement is not None:
        cards.append(evaluation.assign_juror(round_, recused.candidacy, replacement, by=staff))
    habits = habits_of(PANELLISTS, accounts)
    for scorecard in cards[1:]:
        score(scorecard, quality[scorecard.candidacy_id], habits, rng)
    # The shortlist was decided from this frozen ranking.
    reports.freeze(round_, by=staff, note="Category panels: the ranking the shortlist came from")
    close_scoring(round_, days_ago=60)


def final_round(
    edition: Edition, quality: dict[int, float], staff: Any, password: str, rng: random.Random
) -> None:
    """Round 2: the final jury scored every shortlisted candidacy."""
    round_ = edition.rounds.get(number=2)
    open_scoring(round_, days=5)
    accounts = jurors(round_, FINAL_JURY, staff, password)
    habits = habits_of(FINAL_JURY, accounts)
    for scorecard in assign(round_, staff, k=len(FINAL_JURY)):
        score(scorecard, quality[scorecard.candidacy_id], habits, rng)
    reports.freeze(round_, by=staff, note="Final jury: the ranking the deliberation starts from")


def round_under_way(
    edition: Edition, quality: dict[int, float], staff: Any, password: str, rng: random.Random
) -> None:
    """A round being scored: half submitted, some drafts, some untouched, one conflict."""
    round_ = edition.rounds.get(number=1)
    Round.objects.filter(pk=round_.pk).update(category_panels=False)
    round_.refresh_from_db()
    open_scoring(round_, days=10)
    people = [FINAL_JURY[0], *PANELLISTS[:5]]
    accounts = jurors(round_, people, staff, password)
    habits = habits_of(people, accounts)
    cards = assign(round_, staff, k=3)
    declared = next(c for c in cards if c.juror_id != accounts[0].pk)
    evaluation.declare_conflict(
        edition,
        juror=declared.juror,
        candidacy=declared.candidacy,
        reason="A former colleague leads this practice.",
        by=declared.juror,
    )
    live = [c for c in cards if c.pk != declared.pk]
    for index, scorecard in enumerate(live):
        step = index % 4
        if step < 2 and scorecard.juror_id != accounts[0].pk:
            score(scorecard, quality[scorecard.candidacy_id], habits, rng)
        elif step == 2:
            score(scorecard, quality[scorecard.candidacy_id], habits, rng, submit=False)


def invitations(edition: Edition, staff: Any, password: str) -> None:
    """The next edition's jury is being built: invitations sent, not yet answered."""
    round_ = edition.rounds.get(number=1)
    for person in (FINAL_JURY[0], *PANELLISTS[5:8]):
        email = (
            f"{person.email}@{DOMAIN}"
            if person.email == "juror"
            else (f"{person.email}@jury.{DOMAIN}")
        )
        User.objects.get_or_create(
            email=email,
            defaults={"full_name": person.name, "password": password},
        )
        evaluation.invite_juror(round_, email=email, languages=person.languages, by=staff)


def candidacy_quality(written: list[tuple[str, Candidacy, Any]], rng: random.Random) -> dict:
    return {candidacy.pk: quality_of(fate, rng) for fate, candidacy, _applicant in written}
