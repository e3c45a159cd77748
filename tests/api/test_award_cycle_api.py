"""One whole award cycle through the API alone, as a program would run it.

Only the people exist beforehand (an award manager, three applicants, two jurors, created by
factories); everything else — the edition, the organisations, the candidacies, the jury, the
scores, the ranking, the decisions, the publication — is done by requests, each by the role
that does it in the award, and then read back by an anonymous client. The clock is moved past
the call's deadline with time-machine.

The public vote is left out: the API has no endpoint to set one up (the secretariat does it
on its pages), and a voter needs an e-mail address verified through the link mailed to them,
which no API call can stand in for. tests/api/test_votes_api.py covers voting over the API.
"""

from __future__ import annotations

import datetime as dt
import runpy
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from api.tokens import issue_token
from awards.demo.files import png_bytes
from tests import factories

pytestmark = pytest.mark.django_db

SECTION = "A short, clear text about this part of the practice, written for the jury."
# What each juror gives each candidacy, best first: the ranking is beyond doubt.
SCORES = {"Cycling streets": "9", "Youth councils": "7", "Open budget": "4"}


def client(user: Any | None = None) -> APIClient:
    api = APIClient()
    if user is not None:
        api.force_authenticate(user)
    return api


def ok(response: Any, status: int = 200) -> Any:
    """The response's body, once its status is the expected one (else the API's error)."""
    assert response.status_code == status, response.json()
    return response.json()


def edition_url(slug: str, action: str | None = None) -> str:
    if action is None:
        return reverse("v1:edition-detail", args=[slug])
    return reverse(f"v1:edition-{action.replace('_', '-')}", args=[slug])


def candidacy_url(pk: int, action: str | None = None) -> str:
    return reverse(f"v1:candidacy-{action or 'detail'}", args=[pk])


# The steps, each by whom the award expects ---------------------------------------------------


def prepare_and_open(secretariat: APIClient, closes_at: dt.datetime) -> dict[str, Any]:
    body = {
        "slug": "iopd-2032",
        "code": "IOPD",
        "year": 2032,
        "names": {"en": "IOPD Award 2032", "es": "Premio OIDP 2032"},
        "languages": ["en", "es"],
        "timezone": "America/Sao_Paulo",
        "call_closes_at": closes_at.isoformat(),
        "implementation_from": "2020-01-01",
        "implementation_until": "2032-12-31",
        "settings": {"shortlist_size": 2, "tie_break": ["inclusion"]},
        "categories": [{"key": "participation", "names": {"en": "Participation"}}],
        "rounds": [
            {
                "number": 1,
                "names": {"en": "Jury"},
                "reviewers_per_candidacy": 2,
                "criteria": [
                    {"key": "inclusion", "names": {"en": "Inclusion"}, "weight": "2"},
                    {"key": "innovation", "names": {"en": "Innovation"}, "weight": "1"},
                ],
            }
        ],
        "prizes": [
            {
                "names": {"en": "Best practice", "es": "Buena práctica"},
                "amount": "5000.00",
                "currency": "EUR",
                "sponsor": "IOPD",
            }
        ],
    }
    draft = ok(secretariat.post(reverse("v1:edition-list"), body, format="json"), 201)
    assert draft["state"] == "draft"
    edition = ok(secretariat.post(edition_url("iopd-2032", "open_call"), {"note": "Go."}))
    assert edition["state"] == "call_open"
    assert edition["accepts_submissions"] is True
    return edition


def apply(applicant: APIClient, edition: dict[str, Any], title: str, *, submit: bool) -> int:
    """Registers the organisation, writes the application, attaches its photo, submits."""
    organisation = ok(
        applicant.post(
            reverse("v1:organisation-list"),
            {
                "name": f"City of {title}",
                "kind": "local_government",
                "country": "BR",
                "city": "Porto Alegre",
                "uclg_region": "latin_america",
                "population_band": "1m-5m",
            },
            format="json",
        ),
        201,
    )
    start = {"edition": edition["slug"], "organisation": organisation["id"]}
    candidacy = ok(applicant.post(reverse("v1:candidacy-list"), start, format="json"), 201)
    sections = (
        "organisation_presentation",
        "practice_description",
        "objectives",
        "participants",
        "results",
        "evaluation",
        "transferability",
        "public_summary",
    )
    application = {
        "title": title,
        "category": edition["categories"][0]["id"],
        "language": "en",
        "implementation_started_on": "2022-05-01",
        "contact_name": "Ana Souza",
        "contact_email": "ana@city.example.org",
        **dict.fromkeys(sections, SECTION),
    }
    ok(applicant.patch(candidacy_url(candidacy["id"]), application, format="json"))
    photo = SimpleUploadedFile("street.png", png_bytes(), content_type="image/png")
    ok(
        applicant.post(
            candidacy_url(candidacy["id"], "attach"),
            {"kind": "photo", "file": photo, "caption": "The first day."},
            format="multipart",
        ),
        201,
    )
    ok(applicant.post(candidacy_url(candidacy["id"], "consent"), {"consent": True}))
    if submit:
        submitted = ok(applicant.post(candidacy_url(candidacy["id"], "submit")))
        assert submitted["status"] == "received"
        assert submitted["reference"]
    return candidacy["id"]


def form_the_jury(secretariat: APIClient, round_id: int, jurors: list[Any]) -> None:
    """Invites the jurors, who accept; then proposes two reviewers per candidacy, confirmed."""
    for juror in jurors:
        invitation = {"round": round_id, "email": juror.email, "languages": ["en", "es"]}
        member = ok(
            secretariat.post(reverse("v1:jury-member-list"), invitation, format="json"), 201
        )
        answer = client(juror).post(
            reverse("v1:jury-member-answer", args=[member["id"]]), {"accept": True}, format="json"
        )
        assert ok(answer)["state"] == "accepted"
    propose = {"round": round_id, "reviewers_per_candidacy": 2}
    proposal = ok(secretariat.post(reverse("v1:proposal-list"), propose, format="json"), 201)
    ok(secretariat.post(reverse("v1:proposal-confirm", args=[proposal["id"]])))


def score_everything(juror: Any, criteria: list[dict[str, Any]]) -> None:
    api = client(juror)
    cards = ok(api.get(reverse("v1:scorecard-list")))["results"]
    assert len(cards) == 3  # every eligible candidacy, two reviewers each, two jurors
    for card in cards:
        value = SCORES[card["title"]]
        scores = {
            "justification": "Convincing evidence of participation.",
            "scores": [
                {"criterion": c["id"], "value": value, "justification": "As shown."}
                for c in criteria
            ],
        }
        url = reverse("v1:scorecard-scores", args=[card["id"]])
        ok(api.put(url, scores, format="json"))
        submitted = ok(api.post(reverse("v1:scorecard-submit", args=[card["id"]])))
        assert submitted["state"] == "submitted"


def rank_and_decide(secretariat: APIClient, edition: dict[str, Any], ids: dict[str, int]) -> None:
    """Reads the ranking, freezes it, applies the shortlist rule, then decides the finalists."""
    round_id = edition["rounds"][0]["id"]
    ranking = ok(secretariat.get(reverse("v1:ranking-detail", args=[round_id])))
    assert [row["title"] for row in ranking["rows"]] == list(SCORES)
    freeze = {"round": round_id, "note": "Before the jury meeting."}
    snapshot = ok(secretariat.post(reverse("v1:snapshot-list"), freeze, format="json"), 201)
    verified = ok(secretariat.get(reverse("v1:snapshot-verify", args=[snapshot["id"]])))
    assert verified["identical"] is True
    shortlist = ok(
        secretariat.post(
            reverse("v1:decision-apply-shortlist"), {"snapshot": snapshot["id"]}, format="json"
        ),
        201,
    )
    assert {d["decision"] for d in shortlist} == {"shortlist", "not_select"}
    decisions = [
        {
            "candidacy": ids["Cycling streets"],
            "decision": "declare_winner",
            "prize": edition["prizes"][0]["id"],
        },
        {"candidacy": ids["Youth councils"], "decision": "make_finalist"},
    ]
    for decision in decisions:
        taken = ok(secretariat.post(reverse("v1:decision-list"), decision, format="json"), 201)
        assert taken["snapshot"] == snapshot["id"]


# The cycle ---------------------------------------------------------------------------------------


def test_one_award_cycle_through_the_api_alone(time_machine: Any) -> None:
    manager = factories.award_manager()
    applicants = [factories.UserFactory() for _ in range(4)]
    jurors = [factories.UserFactory() for _ in range(2)]
    secretariat = client(manager)
    closes_at = timezone.now() + dt.timedelta(days=30)

    # The secretariat prepares the edition and opens its call.
    edition = prepare_and_open(secretariat, closes_at)
    slug = edition["slug"]

    # Three applicants apply in time; a fourth leaves its draft until after the deadline.
    ids = {
        title: apply(client(person), edition, title, submit=True)
        for title, person in zip(SCORES, applicants, strict=False)
    }
    late = apply(client(applicants[3]), edition, "Late idea", submit=False)

    # The deadline passes: the server refuses the late submission, the secretariat closes.
    time_machine.move_to(closes_at + dt.timedelta(minutes=1))
    refused = client(applicants[3]).post(candidacy_url(late, "submit"))
    assert refused.status_code == 409
    assert "closed" in refused.json()["detail"]
    assert ok(secretariat.get(edition_url(slug)))["accepts_submissions"] is False
    assert ok(secretariat.post(edition_url(slug, "close_call")))["state"] == "call_closed"

    # Screening: every submitted candidacy is eligible; the evaluation starts.
    submitted = ok(secretariat.get(reverse("v1:candidacy-list"), {"edition__slug": slug}))
    assert {c["state"] for c in submitted["results"]} == {"submitted", "draft"}
    for pk in ids.values():
        ok(secretariat.post(candidacy_url(pk, "mark-eligible"), {"note": "In the rules."}))
    edition = ok(secretariat.post(edition_url(slug, "start_evaluation")))
    assert edition["state"] == "evaluation"

    # The jury is formed and assigned; each juror scores and submits every scorecard.
    form_the_jury(secretariat, edition["rounds"][0]["id"], jurors)
    for juror in jurors:
        score_everything(juror, edition["rounds"][0]["criteria"])

    # A juror never reads the ranking (it does not exist for them).
    ranking_url = reverse("v1:ranking-detail", args=[edition["rounds"][0]["id"]])
    assert client(jurors[0]).get(ranking_url).status_code == 404

    # Ranking, frozen snapshot, shortlist and decisions; then the deliberation and publication.
    rank_and_decide(secretariat, edition, ids)
    ok(secretariat.post(edition_url(slug, "start_deliberation")))
    # Deciding is not announcing: the winner's applicant still reads "under evaluation".
    embargoed = ok(client(applicants[0]).get(candidacy_url(ids["Cycling streets"])))
    assert embargoed["status"] == "under_evaluation"
    # The late draft never entered: publication does not wait for it.
    published = ok(secretariat.post(edition_url(slug, "publish"), {"note": "Ceremony."}))
    assert published["state"] == "published"
    assert ok(client(applicants[0]).get(candidacy_url(ids["Cycling streets"])))["status"] == (
        "winner"
    )

    # Anyone reads the results and the repository of practices.
    anonymous = client()
    results = ok(anonymous.get(reverse("v1:published-result-detail", args=[slug])))
    by_title = {entry["title"]: entry for entry in results["results"]}
    assert by_title["Cycling streets"]["result"] == "winner"
    assert by_title["Cycling streets"]["prize"]["amount"] == "5000.00"
    assert by_title["Youth councils"]["result"] == "finalist"
    assert "Open budget" not in by_title
    assert "Late idea" not in by_title
    practices = ok(anonymous.get(reverse("v1:practice-list"), {"year": 2032}))["results"]
    assert {p["title"] for p in practices} == set(SCORES)  # every decided, consenting one
    winner = by_title["Cycling streets"]["reference"]
    practice = ok(anonymous.get(reverse("v1:practice-detail", args=[winner])))
    assert practice["result"] == "winner"
    assert practice["public_summary"] == SECTION
    # And the edition itself is now public, without the secretariat's settings.
    public = ok(anonymous.get(edition_url(slug)))
    assert public["state"] == "published"
    assert public["settings"] is None


@pytest.mark.django_db(transaction=True)
def test_the_example_client_runs_the_same_cycle(live_server: Any, monkeypatch: Any) -> None:
    """docs/api_client.py, run as its docstring says, against a live server, with tokens."""

    def token(user: Any) -> str:
        return issue_token(user, "api_client.py")[1]

    jurors = [factories.UserFactory() for _ in range(2)]
    argv = ["api_client.py", live_server.url, "--manager", token(factories.award_manager())]
    argv += ["--code", "DEMO", "--year", "2040"]
    for _ in range(2):
        argv += ["--applicant", token(factories.UserFactory())]
    for juror in jurors:
        argv += ["--juror", f"{juror.email}={token(juror)}"]
    monkeypatch.setattr("sys.argv", argv)
    runpy.run_path("docs/api_client.py", run_name="__main__")
    results = ok(client().get(reverse("v1:published-result-detail", args=["demo-2040"])))
    assert [entry["title"] for entry in results["results"]] == ["Practice 1"]
