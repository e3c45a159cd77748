"""Schemathesis against the live OpenAPI schema (/api/schema/), in process through the WSGI
app: for every operation, generated requests never answer 500, and every answer is one the
schema documents (its status code, its content type, its body).

It runs as an anonymous client and as a secretariat member (a real session cookie and a CSRF
token, the way a browser sends them), over a small but complete award: an open call with
organisations and candidacies, a round whose scorecards are submitted, an open public vote,
and a published edition with winners. The generation is derandomised and bounded, so a run
is reproducible and short; a failure prints the request to replay and the server's traceback.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.signals import got_request_exception, request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup
from schemathesis.generation import GenerationMode

from accounts.models import User
from api.urls import router
from awards.models import Candidacy, Category, Criterion, Edition, Round
from tests import factories, publication, vote_factories

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# A few examples per operation: enough to reach each branch of validation, small enough for CI.
MAX_EXAMPLES = 5
SEED = 20260101
CSRF_TOKEN = "fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz"  # 32 letters: a valid unmasked CSRF secret

CHECKS = {
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
}


def fuzz_config() -> SchemathesisConfig:
    """Only the checks named above; generated security parameters off (each run brings its
    own identity); no example database, so CI and a laptop draw the same requests."""
    return SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "generation": {
                "mode": "all",
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
                "with-security-parameters": False,
            },
            # Chains of calls: valid requests only, so that each step leaves something to
            # follow (an id in a 2xx answer) for the next.
            "phases": {
                "stateful": {"max-steps": 10, "generation": {"mode": "positive"}},
            },
            "checks": {
                name: {"enabled": name in CHECKS}
                for name in (
                    *CHECKS,
                    "negative_data_rejection",
                    "positive_data_acceptance",
                    "missing_required_header",
                    "unsupported_method",
                    "use_after_free",
                    "ensure_resource_availability",
                    "ignored_auth",
                )
            },
        }
    )


class ServerErrors:
    """The tracebacks of the requests the app failed on, to show with a failing check."""

    def __init__(self) -> None:
        self.tracebacks: list[str] = []

    def __call__(self, sender: Any, request: Any = None, **kwargs: Any) -> None:
        self.tracebacks.append(traceback.format_exc())


@pytest.fixture
def server_errors() -> Iterator[ServerErrors]:
    errors = ServerErrors()
    got_request_exception.connect(errors, weak=False)
    yield errors
    got_request_exception.disconnect(errors)


@pytest.fixture
def award(db: Any, settings: Any) -> User:
    """A small, realistic award, all of it managed by one secretariat member (returned)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.PALMARES_API_ANON_RATE = "off"
    settings.PALMARES_API_USER_RATE = "off"
    cache.clear()
    staff = factories.UserFactory(is_staff=True, email="secretariat@example.org")
    open_call = factories.open_edition()
    factories.submitted_candidacy(open_call)
    factories.draft_candidacy(open_call)
    scored = factories.scored_round(candidacies=3, jurors=2).edition
    vote = vote_factories.open_vote(3)
    published = publication.small_published(2)
    for edition in (open_call, scored, vote.edition, published):
        edition.secretariat.add(staff)
    return staff


@pytest.fixture
def _connection_kept() -> Iterator[None]:
    """The app is called in process, inside the test's transaction: as Django's test client
    does, keep the end of a request from closing the database connection (PostgreSQL would
    lose the transaction, and the test its data)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(award: User, _connection_kept: None) -> Any:
    return schemathesis.openapi.from_wsgi(
        "/api/schema/?format=json", get_wsgi_application(), config=fuzz_config()
    )


@pytest.fixture
def secretariat_cookies(award: User) -> dict[str, str]:
    """A signed-in browser's cookies: a session, and the CSRF secret that its header repeats."""
    client = Client()
    client.force_login(award)
    return {
        django_settings.SESSION_COOKIE_NAME: client.cookies[
            django_settings.SESSION_COOKIE_NAME
        ].value,
        django_settings.CSRF_COOKIE_NAME: CSRF_TOKEN,
    }


def call_and_check(case: Any, errors: ServerErrors, **identity: Any) -> None:
    """Sends the case and runs the checks; on a failure, shows what the server raised."""
    errors.tracebacks.clear()
    try:
        case.call_and_validate(**identity)
    except (Exception, FailureGroup) as failure:
        if errors.tracebacks:
            failure.add_note("Server traceback:\n" + errors.tracebacks[-1])
        raise


FUZZ_SETTINGS = hypothesis_settings(
    deadline=None,
    derandomize=True,
    database=None,
    max_examples=MAX_EXAMPLES,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def known_values() -> dict[str, list[Any]]:
    """Real path values, by the resource's URL prefix (and by parameter name for the rest), so
    that generated bodies also reach objects that exist, not only 404s."""
    values: dict[str, list[Any]] = {}
    for prefix, viewset, _basename in router.registry:
        queryset = getattr(viewset, "queryset", None)
        lookup = getattr(viewset, "lookup_field", "pk")
        if queryset is not None:
            values[prefix] = list(
                queryset.model.objects.order_by("pk").values_list(lookup, flat=True)
            )
    slugs = list(Edition.objects.order_by("pk").values_list("slug", flat=True))
    rounds = list(Round.objects.order_by("pk").values_list("pk", flat=True))
    references = list(
        Candidacy.objects.exclude(reference="").order_by("pk").values_list("reference", flat=True)
    )
    values.update(
        {
            "editions": slugs,
            "published-results": slugs,
            "votes": slugs,
            "categories": list(Category.objects.order_by("pk").values_list("pk", flat=True)),
            "criteria": list(Criterion.objects.order_by("pk").values_list("pk", flat=True)),
            "practices": references,
            "round_pk": rounds,
        }
    )
    return values


def strategies(operation: Any, known: dict[str, list[Any]]) -> list[Any]:
    """Generated requests, fitting the schema and not, to generated ids and to real ones (for
    a real object, invalid input only where there is a body or a query to get wrong)."""
    modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    result = [operation.as_strategy(generation_mode=mode) for mode in modes]
    names = [p.name for p in operation.path_parameters]
    if not names:
        return result
    prefix = operation.path.removeprefix("/api/v1/").split("/")[0]
    real: dict[str, Any] = {}
    for name in names:
        choices = known.get(name) or known.get(prefix)
        if not choices:
            return result
        real[name] = st.sampled_from(choices)
    if not (operation.body or operation.query):
        modes = (GenerationMode.POSITIVE,)
    for mode in modes:
        result.append(
            st.fixed_dictionaries(real).flatmap(
                lambda values, mode=mode: operation.as_strategy(
                    generation_mode=mode, path_parameters=values
                )
            )
        )
    return result


def fuzz(schema: Any, errors: ServerErrors, **identity: Any) -> list[str]:
    """Every operation under every strategy; the failures, described, rather than the first."""
    known = known_values()
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        for strategy in strategies(operation, known):

            @FUZZ_SETTINGS
            @given(case=strategy)
            def check(case: Any) -> None:
                call_and_check(case, errors, **identity)

            try:
                check()
            except Unsatisfiable:
                continue  # no invalid input to make: every part of the request is fixed
            except (Exception, FailureGroup) as failure:  # each is reported, all at the end
                failures.append(
                    f"{operation.label}:\n" + "".join(traceback.format_exception_only(failure))
                )
                break
    return failures


def test_anonymous_client_never_gets_a_server_error(
    api_schema: Any, server_errors: ServerErrors
) -> None:
    failures = fuzz(api_schema, server_errors)
    assert not failures, "\n\n".join(failures)


def test_secretariat_never_gets_a_server_error(
    api_schema: Any, secretariat_cookies: dict[str, str], server_errors: ServerErrors
) -> None:
    failures = fuzz(
        api_schema,
        server_errors,
        cookies=secretariat_cookies,
        headers={"X-CSRFToken": CSRF_TOKEN},
    )
    assert not failures, "\n\n".join(failures)


STATEFUL_SETTINGS = hypothesis_settings(
    FUZZ_SETTINGS, max_examples=25, stateful_step_count=10, phases=[Phase.generate]
)


def test_secretariat_sequences_of_calls_never_get_a_server_error(
    api_schema: Any, secretariat_cookies: dict[str, str], server_errors: ServerErrors
) -> None:
    """Schemathesis chains calls by the links it infers (an id a response gives, used in the
    next request's path): create, then read, change or act on what was created."""

    followed: list[str] = []

    class Secretariat(api_schema.as_state_machine()):  # type: ignore[misc]
        def step(self, input: Any) -> Any:
            if input.transition is not None:
                followed.append(input.case.operation.label)
            server_errors.tracebacks.clear()
            return super().step(input)

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"cookies": secretariat_cookies, "headers": {"X-CSRFToken": CSRF_TOKEN}}

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            try:
                super().validate_response(response, case, **kwargs)
            except (Exception, FailureGroup) as failure:
                if server_errors.tracebacks:
                    failure.add_note("Server traceback:\n" + server_errors.tracebacks[-1])
                raise

    Secretariat.run(settings=STATEFUL_SETTINGS)
    assert followed, "no link was followed: the run tested single calls only"
