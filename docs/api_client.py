"""Run one whole award cycle against a running Palmares, through its API (standard library only).

    python docs/api_client.py http://localhost:8000 \
        --manager MANAGER_TOKEN \
        --applicant APPLICANT1_TOKEN --applicant APPLICANT2_TOKEN \
        --juror juror1@example.org=JUROR1_TOKEN --juror juror2@example.org=JUROR2_TOKEN \
        [--code APIDEMO --year 2031]

Each token is a personal API token (created from a signed-in session, sent as
``Authorization: Bearer <token>``), of:

- an award manager (a member of the ``award-managers`` group): creates the edition, joins its
  secretariat, and runs it — opens and closes the call, screens, builds the jury, ranks,
  decides and publishes;
- one or more applicants: each registers an organisation and submits one candidacy;
- one or more jurors, with the e-mail address of their account: invited to the jury by it,
  they accept, score and submit their scorecards.

The call is closed early by the secretariat (a live server's clock cannot be moved), and the
edition asks for no photo, to keep uploads out of this example. Choose a new --code/--year
pair on each run: an award has one edition a year. Any refusal stops the script with the
API's error ({"status", "code", "detail", "errors"}).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import urllib.error
import urllib.request
from typing import Any

SECTIONS = (
    "organisation_presentation",
    "practice_description",
    "objectives",
    "participants",
    "results",
    "evaluation",
    "transferability",
    "public_summary",
)


class Api:
    """One person's door to the API: JSON in and out; a refusal ends the script with the
    API's error."""

    def __init__(self, base: str, token: str | None = None) -> None:
        if not base.startswith(("http://", "https://")):
            sys.exit(f"The base URL must start with http:// or https://, not {base!r}.")
        self.base = base.rstrip("/") + "/api/v1/"
        self.token = token

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        request = urllib.request.Request(  # noqa: S310 (the scheme is checked above)
            self.base + path.lstrip("/"),
            data=None if body is None else json.dumps(body).encode(),
            method=method,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request) as response:  # noqa: S310
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            sys.exit(f"{method} {path} → {error.code}: {error.read().decode()}")

    def get(self, path: str) -> Any:
        return self.call("GET", path)

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.call("POST", path, body or {})


def prepare(secretariat: Api, code: str, year: int) -> dict[str, Any]:
    """Creates the draft edition with its structure, then opens its call."""
    closes = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    slug = f"{code.lower()}-{year}"
    secretariat.post(
        "editions/",
        {
            "slug": slug,
            "code": code,
            "year": year,
            "names": {"en": f"API demo award {year}"},
            "languages": ["en"],
            "timezone": "Europe/Lisbon",
            "call_closes_at": closes.isoformat(),
            "requires_photo": False,
            "settings": {"shortlist_size": 1},
            "categories": [{"key": "participation", "names": {"en": "Participation"}}],
            "rounds": [
                {
                    "number": 1,
                    "names": {"en": "Jury"},
                    "criteria": [
                        {"key": "inclusion", "names": {"en": "Inclusion"}, "weight": "2"},
                        {"key": "innovation", "names": {"en": "Innovation"}, "weight": "1"},
                    ],
                }
            ],
            "prizes": [{"names": {"en": "Best practice"}, "amount": "5000.00", "currency": "EUR"}],
        },
    )
    return secretariat.post(f"editions/{slug}/open-call/", {"note": "Opened by api_client.py"})


def apply(applicant: Api, edition: dict[str, Any], number: int) -> int:
    """Registers an organisation, writes its candidacy and submits it."""
    organisation = applicant.post(
        "organisations/",
        {
            "name": f"Town {number}",
            "kind": "local_government",
            "country": "PT",
            "city": "Évora",
            "uclg_region": "europe",
            "population_band": "20k-100k",
        },
    )
    candidacy = applicant.post(
        "candidacies/", {"edition": edition["slug"], "organisation": organisation["id"]}
    )
    text = "A short and clear text that describes this part of the practice."
    application = {
        "title": f"Practice {number}",
        "category": edition["categories"][0]["id"],
        "language": "en",
        "implementation_started_on": "2023-01-15",
        "contact_name": "Rita",
        "contact_email": "rita@example.org",
        **dict.fromkeys(SECTIONS, text),
    }
    applicant.call("PATCH", f"candidacies/{candidacy['id']}/", application)
    applicant.post(f"candidacies/{candidacy['id']}/consent/", {"consent": True})
    submitted = applicant.post(f"candidacies/{candidacy['id']}/submit/")
    print("submitted", submitted["reference"])
    return candidacy["id"]


def evaluate(secretariat: Api, jurors: list[tuple[str, Api]], edition: dict[str, Any]) -> None:
    """Invites the jury, which accepts; assigns; each juror scores every card."""
    round_ = edition["rounds"][0]
    for email, juror in jurors:
        member = secretariat.post(
            "jury-members/", {"round": round_["id"], "email": email, "languages": ["en"]}
        )
        juror.post(f"jury-members/{member['id']}/answer/", {"accept": True})
    proposal = secretariat.post(
        "proposals/", {"round": round_["id"], "reviewers_per_candidacy": len(jurors)}
    )
    secretariat.post(f"proposals/{proposal['id']}/confirm/")
    for _email, juror in jurors:
        for card in juror.get(f"scorecards/?round={round_['id']}")["results"]:
            value = str(10 - int(card["title"].split()[-1]))  # Practice 1 scores best
            scores = [{"criterion": c["id"], "value": value} for c in round_["criteria"]]
            juror.call(
                "PUT",
                f"scorecards/{card['id']}/scores/",
                {"justification": "Scored by api_client.py.", "scores": scores},
            )
            juror.post(f"scorecards/{card['id']}/submit/")


def decide(secretariat: Api, edition: dict[str, Any]) -> None:
    """Freezes the ranking, applies the shortlist rule, gives the prize to the first."""
    round_id = edition["rounds"][0]["id"]
    for row in secretariat.get(f"rankings/{round_id}/")["rows"]:
        print(f"rank {row['rank']}: {row['title']} ({row['score']:.1f})")
    snapshot = secretariat.post("snapshots/", {"round": round_id})
    shortlist = secretariat.post("decisions/apply-shortlist/", {"snapshot": snapshot["id"]})
    for decision in shortlist:
        if decision["decision"] == "shortlist":
            secretariat.post(
                "decisions/",
                {
                    "candidacy": decision["candidacy"],
                    "decision": "declare_winner",
                    "prize": edition["prizes"][0]["id"],
                },
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base_url")
    parser.add_argument("--manager", required=True, help="an award manager's token")
    parser.add_argument("--applicant", action="append", required=True, help="a token")
    parser.add_argument("--juror", action="append", required=True, help="email=token")
    parser.add_argument("--code", default="APIDEMO")
    parser.add_argument("--year", type=int, default=dt.date.today().year + 1)
    args = parser.parse_args()

    secretariat = Api(args.base_url, args.manager)
    pairs = (pair.partition("=") for pair in args.juror)
    jurors = [(email, Api(args.base_url, token)) for email, _, token in pairs]
    edition = prepare(secretariat, args.code, args.year)
    slug = edition["slug"]
    ids = [apply(Api(args.base_url, t), edition, n) for n, t in enumerate(args.applicant, 1)]
    secretariat.post(f"editions/{slug}/close-call/", {"note": "Closed early by api_client.py"})
    for pk in ids:
        secretariat.post(f"candidacies/{pk}/mark-eligible/")
    edition = secretariat.post(f"editions/{slug}/start-evaluation/")
    evaluate(secretariat, jurors, edition)
    decide(secretariat, edition)
    secretariat.post(f"editions/{slug}/start-deliberation/")
    print("state:", secretariat.post(f"editions/{slug}/publish/")["state"])

    anyone = Api(args.base_url)
    for entry in anyone.get(f"published-results/{slug}/")["results"]:
        print(f"{entry['result']}: {entry['title']} — {entry['organisation']['name']}")
    print(anyone.get(f"practices/?year={args.year}")["count"], "practices in the repository")


if __name__ == "__main__":
    main()
