"""Bench: 1,000 ballots in one minute from concurrent clients, none lost.

    .venv/bin/python bench/vote.py                      # a throwaway SQLite file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/palmares_vote_bench \
        .venv/bin/python bench/vote.py                  # PostgreSQL
    .venv/bin/python bench/vote.py --one-origin         # every ballot from the same address
    .venv/bin/python bench/vote.py --server runserver   # Django's development server instead

Builds a throwaway database (a temporary SQLite file, or the PostgreSQL database named in
DATABASE_URL, which it drops and creates: its name must contain "bench"), with an open vote on
five shortlisted candidacies and 1,000 voters with verified addresses and API tokens, all in
bulk. Then it starts a real server (gunicorn, 2 workers × 16 threads, or ``runserver``) on a
free port and fires one ballot per voter at ``POST /api/v1/votes/<slug>/ballot/`` from a pool
of 32 threads, plus pairs of simultaneous submits from the same accounts. It prints the
ballots sent, accepted, refused and lost (accepted but not stored, or picks missing), the
flagged ones, elapsed seconds, ballots per minute and the latency percentiles.

Addresses. By default each voter comes from its own address, written by the bench into
X-Forwarded-For, and the server is told it sits behind one proxy (PALMARES_NUM_PROXIES=1), as
it would behind a load balancer: nothing is throttled or flagged. ``--one-origin`` sends
everything from 127.0.0.1 with no proxy trusted: the throttle (10 attempts per minute per
address by default) would refuse all but ten, so the bench raises it
(PALMARES_VOTE_THROTTLE=100000/minute), and the burst check flags all but the first ballots —
flagged ballots are stored and wait for review, so they must not be lost either.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SLUG = "vote-bench"
CANDIDACIES = 5
UNUSABLE = "!"  # Django's mark of an account with no password: voters sign in by token
WEBMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"]


def database(folder: str) -> str:
    """The database the bench and its server share: SQLite in ``folder`` unless DATABASE_URL
    names a PostgreSQL database, which is dropped and created afresh."""
    os.environ["PALMARES_DATA_DIR"] = folder
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        return "SQLite (WAL, a temporary file)"
    name = urlparse(url).path.lstrip("/")
    if "bench" not in name:
        raise SystemExit(f"Refusing to drop {name!r}: the bench's database name contains 'bench'.")
    import psycopg

    parts = urlparse(url)
    admin = f"host={parts.hostname} port={parts.port or 5432} user={parts.username} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}"')
        db.execute(f'CREATE DATABASE "{name}"')
    return f"PostgreSQL ({name})"


def populate(voters: int, rng: random.Random) -> tuple[list[int], list[str]]:
    """An edition in deliberation, its shortlisted candidacies, an open vote on them, and
    ``voters`` people with verified addresses and API tokens. Returns the candidacies' ids and
    the tokens."""
    import datetime as dt

    from allauth.account.models import EmailAddress
    from django.utils import timezone

    from accounts.models import User
    from api.models import PersonalToken
    from api.tokens import build_token
    from awards.models import Candidacy, Edition, Organisation, PublicVote

    staff = User.objects.create(email="secretariat@bench.example", is_staff=True)
    edition = Edition.objects.create(code="VOTE", year=2030, slug=SLUG, name_en="Vote bench")
    Edition.objects.filter(pk=edition.pk).update(state="deliberation")
    edition.secretariat.add(staff)
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"City {i}", kind="local_government", country="BR", uclg_region="europe")
        for i in range(CANDIDACIES)
    )
    candidacies = Candidacy.objects.bulk_create(
        Candidacy(
            edition=edition,
            organisation=organisation,
            title=f"Practice {i}",
            reference_number=i + 1,
            reference=f"VOTE-2030-{i + 1:04d}",
            state="shortlisted",
        )
        for i, organisation in enumerate(organisations)
    )
    now = timezone.now()
    vote = PublicVote.objects.create(
        edition=edition,
        opens_at=now - dt.timedelta(minutes=1),
        closes_at=now + dt.timedelta(hours=1),
        min_picks=1,
        max_picks=3,
    )
    vote.candidacies.set(candidacies)
    month_ago = now - dt.timedelta(days=30)
    # Public webmail and many small organisations: no mail domain reaches the burst bar, nor a
    # tenth of the vote (awards/services/vote_bursts.py).
    emails = [
        f"voter{n}@{WEBMAIL[n % 5] if n % 2 else f'city{n % 97}.example.org'}"
        for n in range(voters)
    ]
    users = User.objects.bulk_create(
        User(email=email, password=UNUSABLE, date_joined=month_ago) for email in emails
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users
    )
    issued = [build_token(user, "Vote bench") for user in users]
    PersonalToken.objects.bulk_create(token for token, _secret in issued)
    secrets = [secret for _token, secret in issued]
    rng.shuffle(secrets)
    return [c.pk for c in candidacies], secrets


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(kind: str, port: int, one_origin: bool, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "PALMARES_NUM_PROXIES": "0" if one_origin else "1",
    }
    if one_origin:
        env["PALMARES_VOTE_THROTTLE"] = "100000/minute"
    python = sys.executable
    if kind == "gunicorn":
        command = [
            str(Path(python).with_name("gunicorn")),
            "project.wsgi",
            "--workers",
            "2",
            "--threads",
            "16",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ]
    else:
        command = [python, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
        # A thread per request: kept connections would pile up until PostgreSQL refuses more.
        env["DB_CONN_MAX_AGE"] = "0"
    # The server's log (one line per refused request) goes to a file, shown if something fails.
    with log.open("w") as output:
        server = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            command, cwd=ROOT, env=env, stdout=output, stderr=output, start_new_session=True
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/votes/{SLUG}/") as reply:
                if reply.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    stop(server)
    raise SystemExit("the server did not start:\n" + log.read_text()[-3000:])


def stop(server: subprocess.Popen) -> None:
    """Stops the server and its workers (its own process group)."""
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def post_ballot(port: int, token: str, picks: list[int], address: str | None) -> tuple[int, float]:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if address:
        headers["X-Forwarded-For"] = address
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/votes/{SLUG}/ballot/",
        data=json.dumps({"picks": picks}).encode(),
        headers=headers,
        method="POST",
    )
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as reply:  # noqa: S310 - http, local
            status = reply.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0  # no answer at all: a connection refused, reset or timed out
    return status, time.perf_counter() - start


def address_of(n: int) -> str:
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ballots", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument(
        "--doubles", type=int, default=50, help="accounts that submit twice at once"
    )
    parser.add_argument("--server", choices=["gunicorn", "runserver"], default="gunicorn")
    parser.add_argument("--one-origin", action="store_true", help="every ballot from 127.0.0.1")
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()
    rng = random.Random(options.seed)

    with tempfile.TemporaryDirectory() as folder:
        label = database(folder)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        call_command("migrate", verbosity=0)
        candidacies, tokens = populate(options.ballots + options.doubles, rng)
        connections.close_all()
        singles, doubles = tokens[: options.ballots], tokens[options.ballots :]
        jobs = [
            (token, rng.sample(candidacies, rng.randint(1, 3)), n)
            for n, token in enumerate(singles)
        ]
        # Each double account sends the same ballot twice, both requests in the pool at once.
        pairs = [
            (token, rng.sample(candidacies, 1), options.ballots + n)
            for n, token in enumerate(doubles)
        ]
        port = free_port()
        log = Path(folder) / "server.log"
        server = start_server(options.server, port, options.one_origin, log)
        results: list[tuple[str, int, float, list[int]]] = []
        lock = threading.Lock()

        def send(kind: str, token: str, picks: list[int], n: int) -> None:
            address = None if options.one_origin else address_of(n)
            status, seconds = post_ballot(port, token, picks, address)
            with lock:
                results.append((kind, status, seconds, picks if kind == "single" else []))

        try:
            start = time.perf_counter()
            with ThreadPoolExecutor(max_workers=options.workers) as pool:
                work = [("single", *job) for job in jobs]
                for pair in pairs:
                    spot = rng.randrange(len(work) + 1)
                    work[spot:spot] = [("double", *pair), ("double", *pair)]
                for item in work:
                    pool.submit(send, *item)
            elapsed = time.perf_counter() - start
        finally:
            stop(server)

        if not report(label, options, results, elapsed):
            # The server's complaints, without its access log and the refusals it expects.
            lines = log.read_text().splitlines()
            noise = ("[", "Conflict:", "Bad Request:")
            print("\n".join(line for line in lines if not line.startswith(noise))[-4000:])
            raise SystemExit(1)


def report(
    label: str,
    options: argparse.Namespace,
    results: list[tuple[str, int, float, list[int]]],
    elapsed: float,
) -> bool:
    from django.db.models import Count

    from awards.models import Ballot

    singles = [r for r in results if r[0] == "single"]
    accepted = [r for r in singles if r[1] == 201]
    statuses = Counter(r[1] for r in singles)
    stored = Ballot.objects.filter(vote__edition__slug=SLUG)
    stored_count = stored.count()
    sent_picks = Counter(pick for r in accepted for pick in r[3])
    stored_picks = Counter(
        dict(
            Ballot.picks.through.objects.filter(ballot__vote__edition__slug=SLUG)
            .values_list("candidacy")
            .annotate(n=Count("pk"))
        )
    )
    doubles = [r for r in results if r[0] == "double"]
    double_accepted = sum(1 for r in doubles if r[1] == 201)
    expected = len(accepted) + double_accepted
    latencies = sorted(r[2] for r in singles)
    cuts = statistics.quantiles(latencies, n=100)
    print(f"Public vote bench — {label}, {options.server}, {options.workers} client threads")
    origins = "one (127.0.0.1)" if options.one_origin else "one per voter (X-Forwarded-For)"
    print(f"  origins:           {origins}")
    print(f"  ballots sent:      {len(singles)}")
    print(f"  accepted (201):    {len(accepted)}")
    refused = {status: n for status, n in statuses.items() if status != 201}
    print(f"  refused:           {refused or 0}")
    print(f"  stored:            {stored_count} (with {double_accepted} from the double submits)")
    print(f"  lost:              {expected - stored_count} (accepted but not stored)")
    print(f"  picks lost:        {sum((sent_picks - stored_picks).values())}")
    print(f"  flagged:           {stored.filter(flagged=True).count()}")
    print(
        f"  double submits:    {len(doubles) // 2} accounts × 2 at once → "
        f"{double_accepted} accepted, {sum(1 for r in doubles if r[1] == 409)} refused (409)"
    )
    print(f"  elapsed:           {elapsed:.2f} s for {len(results)} requests")
    print(f"  ballots per minute:{len(accepted) / elapsed * 60:10.0f}")
    print(
        f"  latency:           p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms"
    )
    lost = expected != stored_count or bool(sent_picks - stored_picks)
    unanswered = statuses.get(0, 0)
    all_in = len(accepted) == len(singles) and double_accepted == len(doubles) // 2
    verdict = "none lost" if not lost else "BALLOTS LOST"
    if all_in:
        verdict += ", every ballot accepted"
    else:
        verdict += f"; {len(singles) - len(accepted)} not accepted"
        if unanswered:
            verdict += f" ({unanswered} got no answer: the server refused the connection)"
    print(f"  verdict:           {verdict}")
    return not lost and all_in


if __name__ == "__main__":
    main()
