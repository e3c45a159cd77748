"""A final round ready for deliberation: a first round scored, a shortlist, and a final jury
that scores the finalists and may hand in preferential ballots (docs/deliberation.md)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from accounts.models import User
from awards import services
from awards.models import Candidacy, Round
from evaluation import deliberation
from evaluation import services as evaluation
from tests import factories

REASON = "Shortlisted by the jury in a test."


@dataclass
class Final:
    round: Round
    finalists: list[Candidacy]  # by reference
    jurors: list[User]
    staff: User
    others: list[Candidacy]  # scored in the first round, not shortlisted

    @property
    def edition(self) -> Any:
        return self.round.edition

    @property
    def ids(self) -> list[int]:
        return [c.pk for c in self.finalists]


def score(round_: Round, candidacy: Candidacy, juror: User, value: str, staff: User) -> Any:
    card = evaluation.assign_juror(round_, candidacy, juror, by=staff)
    evaluation.save_scores(
        card, scores=factories.full_scores(card, value), justification="Ok.", by=juror
    )
    card.refresh_from_db()
    evaluation.submit_scorecard(card, by=juror)
    return card


def final_round(
    finalists: int = 3,
    jurors: int = 3,
    values: list[list[str]] | None = None,
    *,
    ballots: bool = True,
    others: int = 1,
) -> Final:
    """An edition in evaluation whose second round (the final jury) reviews ``finalists``
    shortlisted candidacies; ``values[i][j]`` is juror j's score of finalist i on every
    criterion (all submitted), none when ``values`` is None."""
    first = factories.scored_round(candidacies=finalists + others, jurors=2)
    edition = first.edition
    staff = factories.secretary(edition)
    entries = list(edition.candidacies.order_by("reference_number"))
    for candidacy in entries[:finalists]:
        services.record_decision(candidacy, "shortlist", by=staff, reason=REASON)
    final = factories.RoundFactory(
        edition=edition, number=2, name_en="Final jury", preferential_ballots=ballots
    )
    factories.CriterionFactory(round=final, key="impact", weight=Decimal("1"))
    people = [factories.juror(final) for _ in range(jurors)]
    chosen = [Candidacy.objects.get(pk=c.pk) for c in entries[:finalists]]
    if values is not None:
        for i, candidacy in enumerate(chosen):
            for j, person in enumerate(people):
                if values[i][j]:
                    score(final, candidacy, person, values[i][j], staff)
    return Final(final, chosen, people, staff, entries[finalists:])


def hand_in(final: Final, juror: User, ordering: list[Any], left_off: list[Any] = ()) -> Any:
    """Saves and submits a ballot given by finalist indexes: [0, [1, 2]] is f0 > f1 = f2."""

    def pk(index: int) -> int:
        return final.finalists[index].pk

    places = [[pk(i) for i in p] if isinstance(p, list) else [pk(p)] for p in ordering]
    ballot = deliberation.save_ballot(
        final.round, by=juror, ordering=places, left_off=[pk(i) for i in left_off]
    )
    deliberation.submit_ballot(ballot, by=juror)
    return ballot
