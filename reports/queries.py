"""From the database to the ranking engine's DataFrames, in a constant number of queries.

Candidacies are named by their reference and jurors by a stable pseudonym (J01, J02… in the
order of their e-mail addresses), so a frozen ranking can be shared and rerun outside
Palmares without naming anyone, and hashes the same on any database.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

import pandas as pd
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import FloatField
from django.db.models.functions import Cast

from awards.models import Round
from evaluation.enums import ScorecardState
from evaluation.models import Score, Scorecard
from evaluation.queries import not_counted_scorecards

User = get_user_model()


@dataclass
class RoundData:
    """The inputs of a round's ranking, as the engine takes them."""

    scores: pd.DataFrame  # candidacy, juror, criterion, value
    criteria: pd.DataFrame  # criterion, weight, min, max
    categories: dict[str, str]  # candidacy reference → category key
    jurors: dict[str, int]  # pseudonym → user id (never exported)
    titles: dict[str, str]  # candidacy reference → title


def pseudonyms(round_: Round) -> dict[int, str]:
    """J01, J02… for the round's jurors with a submitted scorecard.

    Numbered in the order of an HMAC of their (lower-cased) addresses keyed by the edition's
    secret pseudonym key: the same people get the same names on any database, and nobody who
    knows the jury list can map them back.
    """
    jurors = (
        User.objects.filter(scorecards__round=round_, scorecards__state=ScorecardState.SUBMITTED)
        .distinct()
        .values_list("pk", "email")
    )
    key = round_.edition.pseudonym_key.encode()

    def keyed(email: str) -> str:
        return hmac.new(key, email.lower().encode(), hashlib.sha256).hexdigest()

    ordered = sorted(jurors, key=lambda row: keyed(row[1]))
    return {pk: f"J{index:02d}" for index, (pk, _email) in enumerate(ordered, start=1)}


def score_rows(round_: Round) -> pd.DataFrame:
    """Every score of the round's submitted scorecards as numbers: ids and float values.

    Read through a cursor rather than model instances: a round of 400,000 scores then loads in
    a fraction of a second instead of several.
    """
    scores = (
        Score.objects.filter(scorecard__round=round_, scorecard__state=ScorecardState.SUBMITTED)
        .exclude(scorecard__in=not_counted_scorecards(round_).values("pk"))
        .annotate(number=Cast("value", FloatField()))
        .values_list("scorecard__candidacy_id", "scorecard__juror_id", "criterion_id", "number")
        .order_by()  # the engine sorts; the database need not
    )
    sql, params = scores.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return pd.DataFrame.from_records(
        rows, columns=["candidacy_id", "juror_id", "criterion_id", "value"]
    )


def labels(ids: pd.Series, names: dict[int, str]) -> pd.Categorical:
    """Ids named by ``names``, held as categories in alphabetical order: the engine then groups
    and sorts by integer codes, many times faster than by text, and in the same order."""
    categories = sorted(set(names.values()))
    code_of = {name: code for code, name in enumerate(categories)}
    codes = ids.map({pk: code_of[name] for pk, name in names.items()}).to_numpy()
    return pd.Categorical.from_codes(codes, categories=categories)


def round_data(round_: Round) -> RoundData:
    """Submitted scorecards only, less those the secretariat decided do not count (given
    before a conflict was declared): five queries whatever the number of scores.

    Pseudonyms still number every juror with a submitted scorecard, so that a decision on
    conflicted scores never renames the others.
    """
    names = pseudonyms(round_)
    criteria_rows = list(round_.criteria.order_by("order", "id"))
    candidacies = list(
        Scorecard.objects.filter(round=round_, state=ScorecardState.SUBMITTED)
        .exclude(pk__in=not_counted_scorecards(round_).values("pk"))
        .values_list(
            "candidacy_id", "candidacy__reference", "candidacy__category__key", "candidacy__title"
        )
        .order_by()  # no ordering columns in the DISTINCT: one row per candidacy
        .distinct()
    )
    references = {pk: reference for pk, reference, _key, _title in candidacies}
    raw = score_rows(round_)
    scores = pd.DataFrame(
        {
            "candidacy": labels(raw["candidacy_id"], references),
            "juror": labels(raw["juror_id"], names),
            "criterion": labels(raw["criterion_id"], {c.pk: c.key for c in criteria_rows}),
            "value": raw["value"].astype(float),
        }
    )
    criteria = pd.DataFrame(
        [(c.key, float(c.weight), float(c.scale_min), float(c.scale_max)) for c in criteria_rows],
        columns=["criterion", "weight", "min", "max"],
    )
    return RoundData(
        scores=scores,
        criteria=criteria,
        categories={reference: key or "" for _pk, reference, key, _title in candidacies},
        jurors={name: pk for pk, name in names.items()},
        titles={reference: title for _pk, reference, _key, title in candidacies},
    )
