"""The worked examples of docs/api.md, run: each request as the role it names, against a small
world, checking the status and that the answer has every key the example shows.

An example is a fenced block ```http request as=<role>``` (the request line, headers, a blank
line, a JSON body) followed by a ```json response``` block whose first line is the status line
(``HTTP/1.1 201 Created``) and the rest the body. ``{name}`` in a request stands for an id of
the world (see ``Docs.ids``). Values are not compared: ids and dates differ from run to run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from awards import services
from awards.enums import CandidacyState
from evaluation.models import Scorecard
from tests import factories

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
FIELD = re.compile(r"[a-z_][a-z0-9_]*")
BLOCK = re.compile(r"```(?P<info>[^\n]*)\n(?P<text>.*?)```", re.S)


@dataclass
class Example:
    role: str
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    status: int
    answer: Any
    line: int


def examples(text: str) -> list[Example]:
    """Every request block of the page with the response block that follows it."""
    found: list[Example] = []
    blocks = list(BLOCK.finditer(text))
    for block, following in pairwise(blocks):
        info = block["info"].split()
        if info[:2] != ["http", "request"]:
            continue
        assert following["info"].split()[:2] == ["json", "response"], block["text"]
        role = dict(item.split("=", 1) for item in info[2:])["as"]
        head, _, body = block["text"].partition("\n\n")
        request_line, *header_lines = head.strip().splitlines()
        method, path, *_version = request_line.split()
        status_line, _, answer = following["text"].partition("\n")
        found.append(
            Example(
                role=role,
                method=method,
                path=path,
                headers=dict(line.split(": ", 1) for line in header_lines),
                body=json.loads(body) if body.strip() else None,
                status=int(status_line.split()[1]),
                answer=json.loads(answer) if answer.strip() else None,
                line=text[: block.start()].count("\n") + 1,
            )
        )
    return found


def missing_keys(documented: Any, actual: Any, where: str = "") -> list[str]:
    """The keys the example shows that the answer lacks, at any depth (lists: first item).
    Only field names (snake_case) are keys to check: a map keyed by data, such as references
    (``{"IOPD-2025-0042": "gender-care"}``), has other keys in every world."""
    if isinstance(documented, dict):
        if not isinstance(actual, dict):
            return [where or "(body)"]
        gaps = [
            f"{where}.{key}" for key in documented if FIELD.fullmatch(key) and key not in actual
        ]
        for key, value in documented.items():
            if key in actual:
                gaps += missing_keys(value, actual[key], f"{where}.{key}")
        return gaps
    if isinstance(documented, list) and documented:
        if not isinstance(actual, list) or not actual:
            return [f"{where}[]"]
        return missing_keys(documented[0], actual[0], f"{where}[0]")
    return []


@dataclass
class Docs:
    users: dict[str, User | None]
    ids: dict[str, Any]


def docs_world() -> Docs:
    """An open call, a published practice, an applicant's complete draft, a juror's scorecard
    and a round whose scorecards are all submitted."""
    open_call = factories.open_edition()
    draft, applicant = factories.draft_candidacy(open_call)
    other, _other_applicant = factories.draft_candidacy(open_call)
    winner, winner_applicant = factories.candidacy_in_state(CandidacyState.WINNER)
    services.set_consent(winner, True, by=winner_applicant)
    for step in ("start_deliberation", "publish"):
        services.perform(winner.edition, step, by=factories.secretary(winner.edition))
    card: Scorecard = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    round_ = factories.scored_round(candidacies=2, jurors=2)
    criteria = list(card.round.criteria.order_by("order", "id"))
    return Docs(
        users={
            "anonymous": None,
            "applicant": applicant,
            "juror": card.juror,
            "secretariat": factories.secretary(round_.edition),
        },
        ids={
            "edition": open_call.slug,
            "candidacy": draft.pk,
            "other_candidacy": other.pk,
            "practice": winner.reference,
            "scorecard": card.pk,
            "criterion_1": criteria[0].pk,
            "criterion_2": criteria[1].pk,
            "round": round_.pk,
        },
    )


def fill(value: Any, ids: dict[str, Any]) -> Any:
    """The example with the world's ids in place of ``{name}`` (a bare "{name}" keeps its
    type: an id in a JSON body stays a number)."""
    if isinstance(value, str):
        whole = re.fullmatch(r"\{(\w+)\}", value)
        if whole:
            return ids[whole[1]]
        return re.sub(r"\{(\w+)\}", lambda m: str(ids[m[1]]), value)
    if isinstance(value, dict):
        return {key: fill(item, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [fill(item, ids) for item in value]
    return value


def run(example: Example, docs: Docs) -> Any:
    api = APIClient()
    user = docs.users[example.role]
    if user is not None:
        api.force_authenticate(user)
    path = fill(example.path, docs.ids)
    if example.method == "GET":
        return api.get(path)
    body = fill(example.body, docs.ids) or {}
    return getattr(api, example.method.lower())(path, body, format="json")


EXAMPLES = examples(DOC.read_text(encoding="utf-8"))

# What the guide promises to show: (role, method, path) of each worked example, and the
# error statuses it illustrates.
WORKED = {
    ("anonymous", "GET", "/api/v1/editions/?state=call_open"),
    ("anonymous", "GET", "/api/v1/practices/{practice}/"),
    ("applicant", "POST", "/api/v1/candidacies/{candidacy}/submit/"),
    ("juror", "PUT", "/api/v1/scorecards/{scorecard}/scores/"),
    ("juror", "POST", "/api/v1/scorecards/{scorecard}/submit/"),
    ("secretariat", "POST", "/api/v1/snapshots/"),
}
ERRORS_SHOWN = {400, 401, 403, 404, 409}


def test_the_guide_shows_every_worked_example_and_error() -> None:
    shown = {(e.role, e.method, e.path) for e in EXAMPLES}
    assert shown >= WORKED, WORKED - shown
    assert {e.status for e in EXAMPLES} >= ERRORS_SHOWN
    for example in EXAMPLES:
        if example.status >= 400:
            assert set(example.answer) == {"status", "code", "detail", "errors"}, example.line


def test_a_missing_key_is_noticed_at_any_depth() -> None:
    documented = {"results": [{"slug": "x", "rounds": [{"criteria": [{"weight": "1"}]}]}]}
    complete = {"count": 1, "results": [{"slug": "y", "rounds": [{"criteria": [{"weight": 2}]}]}]}
    assert missing_keys(documented, complete) == []
    lacking = {"results": [{"slug": "y", "rounds": [{"criteria": [{}]}]}]}
    assert missing_keys(documented, lacking) == [".results[0].rounds[0].criteria[0].weight"]
    assert missing_keys(documented, {"results": []}) == [".results[]"]


@pytest.mark.django_db
def test_every_example_answers_as_documented() -> None:
    """In the page's order: the juror's scores are saved before they are submitted."""
    docs = docs_world()
    failures = []
    for example in EXAMPLES:
        response = run(example, docs)
        body = response.json() if response.content else None
        if response.status_code != example.status:
            failures.append((example.line, example.path, response.status_code, body))
            continue
        gaps = missing_keys(example.answer, body)
        if gaps:
            failures.append((example.line, example.path, "missing", gaps))
    assert not failures, failures
