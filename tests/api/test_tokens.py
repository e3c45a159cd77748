"""Personal API tokens: shown once, stored hashed, revocable, bounded (read-only, one edition)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from rest_framework.test import APIClient

from api.models import PersonalToken
from api.permissions import TokenScope, edition_id_of, edition_path
from api.tokens import issue_token
from api.urls import router
from awards.models import Candidacy, Criterion, Decision, Edition, Organisation, Round
from awards.rules import AWARD_MANAGERS
from evaluation.models import Score, Scorecard
from tests import factories

pytestmark = pytest.mark.django_db

TOKENS = reverse("v1:token-list")


def signed_in(user: Any) -> APIClient:
    """A browser session, the only way to manage tokens."""
    api = APIClient()
    api.force_login(user)
    return api


def bearer(secret: str, keyword: str = "Bearer") -> APIClient:
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"{keyword} {secret}")
    return api


def error_code(response: Any) -> str:
    body = response.json()
    assert set(body) == {"status", "code", "detail", "errors"}
    assert body["status"] == response.status_code
    return body["code"]


# Creation: the secret is shown once and only its hash is kept -----------------------------------


def test_the_secret_is_shown_once_and_only_its_hash_is_stored(stranger: Any) -> None:
    api = signed_in(stranger)
    created = api.post(TOKENS, {"name": "Nightly export"}, format="json")
    assert created.status_code == 201
    body = created.json()
    secret = body["secret"]
    assert len(secret) >= 40
    assert body["prefix"] == secret[:8]
    assert body["state"] == "active"
    assert body["read_only"] is False
    assert body["edition"] is None

    token = PersonalToken.objects.get(pk=body["id"])
    assert token.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    stored = [
        str(value) for value in PersonalToken.objects.filter(pk=token.pk).values().get().values()
    ]
    assert secret not in stored

    listed = api.get(TOKENS).json()["results"]
    assert [t["id"] for t in listed] == [token.pk]
    assert "secret" not in listed[0]
    assert secret not in api.get(TOKENS).content.decode()
    detail = api.get(reverse("v1:token-detail", args=[token.pk]))
    assert detail.status_code == 200
    assert "secret" not in detail.json()


def test_a_bearer_token_acts_as_its_owner() -> None:
    candidacy, applicant = factories.draft_candidacy()
    _token, secret = issue_token(applicant, "Script")
    for keyword in ("Bearer", "Token"):
        response = bearer(secret, keyword).get(reverse("v1:candidacy-list"))
        assert response.status_code == 200
        assert [c["reference"] for c in response.json()["results"]] == [candidacy.reference]
    _other, other_secret = issue_token(factories.UserFactory(), "Someone else")
    response = bearer(other_secret).get(reverse("v1:candidacy-list"))
    assert response.json()["results"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": "Old", "expires_at": "2000-01-01T00:00:00Z"}, "expires_at"),
        ({"name": "Bad date", "expires_at": "soon"}, "expires_at"),
        ({"name": "Nowhere", "edition": "no-such-edition"}, "edition"),
        ({"name": "Flag", "read_only": "perhaps"}, "read_only"),
    ],
)
def test_bad_input_answers_400_with_the_field(stranger: Any, body: dict, field: str) -> None:
    response = signed_in(stranger).post(TOKENS, body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not PersonalToken.objects.exists()


def test_a_token_is_scoped_only_to_an_edition_its_owner_may_read(stranger: Any) -> None:
    draft = factories.prepared_edition()
    refused = signed_in(stranger).post(
        TOKENS, {"name": "Peek", "edition": draft.slug}, format="json"
    )
    assert refused.status_code == 400
    assert "edition" in refused.json()["errors"]

    staff = factories.secretary(draft)
    later = (timezone.now() + dt.timedelta(days=30)).isoformat()
    created = signed_in(staff).post(
        TOKENS,
        {"name": "Draft", "edition": draft.slug, "read_only": True, "expires_at": later},
        format="json",
    )
    assert created.status_code == 201
    token = PersonalToken.objects.get()
    assert (token.owner, token.edition, token.read_only) == (staff, draft, True)
    assert token.expires_at is not None


# Refused tokens: 401 in the API's error shape ---------------------------------------------------


def test_unknown_revoked_and_expired_tokens_answer_401(stranger: Any) -> None:
    url = reverse("v1:edition-list")
    unknown = bearer("not-a-token").get(url)
    assert unknown.status_code == 401
    assert error_code(unknown) == "token_unknown"
    assert unknown["WWW-Authenticate"].startswith("Bearer")

    revoked, revoked_secret = issue_token(stranger, "Revoked")
    signed_in(stranger).post(reverse("v1:token-revoke", args=[revoked.pk]))
    response = bearer(revoked_secret).get(url)
    assert response.status_code == 401
    assert error_code(response) == "token_revoked"

    past = timezone.now() - dt.timedelta(seconds=1)
    _expired, expired_secret = issue_token(stranger, "Expired", expires_at=past)
    response = bearer(expired_secret).get(url)
    assert response.status_code == 401
    assert error_code(response) == "token_expired"

    assert bearer("two words").get(url).status_code == 401
    # A token of a deactivated account is unknown.
    _token, secret = issue_token(factories.UserFactory(is_active=False), "Gone")
    assert bearer(secret).get(url).status_code == 401


def test_revoked_tokens_stay_listed_as_revoked(stranger: Any) -> None:
    api = signed_in(stranger)
    first, first_secret = issue_token(stranger, "First")
    second, second_secret = issue_token(stranger, "Second")
    revoked = api.post(reverse("v1:token-revoke", args=[first.pk]))
    assert revoked.status_code == 200
    assert revoked.json()["state"] == "revoked"
    when = revoked.json()["revoked_at"]
    assert api.post(reverse("v1:token-revoke", args=[first.pk])).json()["revoked_at"] == when
    assert api.delete(reverse("v1:token-detail", args=[second.pk])).status_code == 204
    listed = {t["name"]: t for t in api.get(TOKENS).json()["results"]}
    assert {name: t["state"] for name, t in listed.items()} == {
        "First": "revoked",
        "Second": "revoked",
    }
    assert all(t["revoked_at"] for t in listed.values())
    for secret in (first_secret, second_secret):
        assert bearer(secret).get(reverse("v1:edition-list")).status_code == 401


def test_nobody_sees_or_revokes_another_persons_tokens(stranger: Any) -> None:
    token, _secret = issue_token(factories.UserFactory(), "Theirs")
    api = signed_in(stranger)
    assert api.get(TOKENS).json()["results"] == []
    assert api.get(reverse("v1:token-detail", args=[token.pk])).status_code == 404
    assert api.post(reverse("v1:token-revoke", args=[token.pk])).status_code == 404
    assert api.delete(reverse("v1:token-detail", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
    anonymous = APIClient()
    assert anonymous.get(TOKENS).status_code == 401
    assert anonymous.post(TOKENS, {"name": "x"}, format="json").status_code == 401


def test_the_token_list_takes_the_same_queries_for_one_or_three(
    stranger: Any, django_assert_max_num_queries: Any
) -> None:
    edition = factories.open_edition()
    api = signed_in(stranger)
    issue_token(stranger, "One", edition=edition)
    with CaptureQueriesContext(connection) as one:
        assert len(api.get(TOKENS).json()["results"]) == 1
    issue_token(stranger, "Two", edition=factories.open_edition())
    issue_token(stranger, "Three")
    with django_assert_max_num_queries(len(one)):
        assert len(api.get(TOKENS).json()["results"]) == 3


# A token cannot mint tokens ---------------------------------------------------------------------


@pytest.mark.parametrize("read_only", [False, True])
def test_a_token_cannot_list_create_or_revoke_tokens(stranger: Any, read_only: bool) -> None:
    token, secret = issue_token(stranger, "Leaked", read_only=read_only)
    api = bearer(secret)
    created = api.post(TOKENS, {"name": "Another"}, format="json")
    assert created.status_code == 403
    assert error_code(created) == ("token_read_only" if read_only else "token_not_allowed")
    assert PersonalToken.objects.count() == 1
    listed = api.get(TOKENS)
    assert listed.status_code == 403
    assert error_code(listed) == "token_not_allowed"
    assert api.post(reverse("v1:token-revoke", args=[token.pk])).status_code == 403
    assert api.delete(reverse("v1:token-detail", args=[token.pk])).status_code == 403
    token.refresh_from_db()
    assert token.revoked_at is None


# A read-only token reads and writes nothing -----------------------------------------------------


def test_a_read_only_token_reads_but_refuses_every_write() -> None:
    candidacy, applicant = factories.draft_candidacy()
    _token, secret = issue_token(applicant, "Reader", read_only=True)
    api = bearer(secret)
    url = reverse("v1:candidacy-detail", args=[candidacy.pk])
    assert api.get(url).status_code == 200
    assert api.get(reverse("v1:candidacy-list")).status_code == 200
    writes = [
        api.patch(url, {"title": "Changed by a reader"}, format="json"),
        api.put(url, {"title": "Changed by a reader"}, format="json"),
        api.post(reverse("v1:candidacy-submit", args=[candidacy.pk])),
        api.post(
            reverse("v1:candidacy-list"),
            {"edition": candidacy.edition.slug, "organisation": candidacy.organisation.pk},
            format="json",
        ),
        api.delete(url),
    ]
    for response in writes:
        assert response.status_code == 403
        assert error_code(response) == "token_read_only"
    fresh = Candidacy.objects.get(pk=candidacy.pk)
    assert (fresh.title, fresh.state) == (candidacy.title, candidacy.state)
    assert Candidacy.objects.count() == 1

    # The same person with a read-write token may write.
    _token, writer = issue_token(applicant, "Writer")
    patched = bearer(writer).patch(url, {"title": "Changed by a writer"}, format="json")
    assert patched.status_code == 200
    assert Candidacy.objects.get(pk=candidacy.pk).title == "Changed by a writer"


# An edition-scoped token reaches only its edition ----------------------------------------------


def two_editions_of_one_secretariat() -> tuple[Any, Candidacy, Candidacy]:
    """A person in the secretariat of two open editions, each with a submitted candidacy."""
    one = factories.open_edition()
    staff = factories.secretary(one)
    two = factories.open_edition(secretariat=[staff])
    mine, _applicant = factories.submitted_candidacy(one)
    theirs, _applicant = factories.submitted_candidacy(two)
    return staff, mine, theirs


def test_an_edition_scoped_token_lists_and_reaches_only_its_edition() -> None:
    staff, mine, theirs = two_editions_of_one_secretariat()
    _token, everywhere = issue_token(staff, "All editions")
    _token, scoped = issue_token(staff, "One edition", edition=mine.edition)

    candidacies = reverse("v1:candidacy-list")
    both = bearer(everywhere).get(candidacies).json()["results"]
    assert {c["reference"] for c in both} == {mine.reference, theirs.reference}
    only = bearer(scoped).get(candidacies).json()["results"]
    assert [c["reference"] for c in only] == [mine.reference]

    api = bearer(scoped)
    assert api.get(reverse("v1:candidacy-detail", args=[mine.pk])).status_code == 200
    hidden = api.get(reverse("v1:candidacy-detail", args=[theirs.pk]))
    assert hidden.status_code == 404
    assert error_code(hidden) == "not_found"
    refused = api.post(
        reverse("v1:candidacy-mark-eligible", args=[theirs.pk]), {"note": ""}, format="json"
    )
    assert refused.status_code == 404
    assert Candidacy.objects.get(pk=theirs.pk).state == theirs.state
    accepted = api.post(
        reverse("v1:candidacy-mark-eligible", args=[mine.pk]), {"note": ""}, format="json"
    )
    assert accepted.status_code == 200


def test_an_edition_scoped_token_sees_only_its_edition_among_editions() -> None:
    staff, mine, theirs = two_editions_of_one_secretariat()
    _token, scoped = issue_token(staff, "One edition", edition=mine.edition)
    api = bearer(scoped)
    listed = api.get(reverse("v1:edition-list")).json()["results"]
    assert [e["slug"] for e in listed] == [mine.edition.slug]
    assert api.get(reverse("v1:edition-detail", args=[mine.edition.slug])).status_code == 200
    other = api.get(reverse("v1:edition-detail", args=[theirs.edition.slug]))
    assert other.status_code == 404
    # Without a token the same person, and anyone, sees both editions.
    session = signed_in(staff).get(reverse("v1:edition-list")).json()["results"]
    assert {e["slug"] for e in session} == {mine.edition.slug, theirs.edition.slug}


def test_an_edition_scoped_token_sees_only_its_edition_among_scorecards() -> None:
    first = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    second = factories.assigned_scorecards(candidacies=1, jurors=1, k=1)[0]
    staff = factories.secretary(first.round.edition)
    second.round.edition.secretariat.add(staff)
    _token, everywhere = issue_token(staff, "All editions")
    _token, scoped = issue_token(staff, "First edition", edition=first.round.edition)

    scorecards = reverse("v1:scorecard-list")
    both = bearer(everywhere).get(scorecards).json()["results"]
    assert {s["id"] for s in both} == {first.pk, second.pk}
    only = bearer(scoped).get(scorecards).json()["results"]
    assert [s["id"] for s in only] == [first.pk]
    api = bearer(scoped)
    assert api.get(reverse("v1:scorecard-detail", args=[first.pk])).status_code == 200
    assert api.get(reverse("v1:scorecard-detail", args=[second.pk])).status_code == 404


def test_an_edition_scoped_token_reaches_no_other_edition_by_an_id_in_its_body() -> None:
    """Resources that look their object up themselves (an id in the body or their own URL)
    are bounded by the scope too; and a scoped token may not create an edition."""
    staff, mine, theirs = two_editions_of_one_secretariat()
    staff.groups.add(Group.objects.get_or_create(name=AWARD_MANAGERS)[0])
    _token, scoped = issue_token(staff, "One edition", edition=mine.edition)
    _token, everywhere = issue_token(staff, "All editions")
    body = {"edition": theirs.edition.pk, "reason": "Nothing stood out."}
    no_awards = reverse("v1:no-award-list")
    refused = bearer(scoped).post(no_awards, body, format="json")
    assert refused.status_code == 404
    applicant = theirs.organisation.memberships.get().user
    _token, applicant_scoped = issue_token(applicant, "Mine", edition=mine.edition)
    start = {"edition": theirs.edition.slug, "organisation": theirs.organisation.pk}
    assert bearer(applicant_scoped).post(reverse("v1:candidacy-list"), start).status_code == 404
    created = bearer(scoped).post(reverse("v1:edition-list"), {}, format="json")
    assert created.status_code == 403
    assert error_code(created) == "token_edition_scoped"
    # The same person without the scope gets past it (400: the edition's fields are missing).
    assert bearer(everywhere).post(reverse("v1:edition-list"), {}, format="json").status_code == 400


def test_every_list_answers_an_edition_scoped_token_without_error() -> None:
    """The scope filters every resource's own queryset: none of them breaks under it."""
    staff, mine, _theirs = two_editions_of_one_secretariat()
    _token, scoped = issue_token(staff, "One edition", edition=mine.edition)
    api = bearer(scoped)
    for _prefix, _viewset, basename in router.registry:
        try:
            url = reverse(f"v1:{basename}-list")
        except NoReverseMatch:
            continue
        response = api.get(url)
        assert response.status_code < 500, (basename, response.status_code)


def test_the_path_to_the_edition_is_derived_from_the_foreign_keys() -> None:
    assert edition_path(Edition) == ""
    assert edition_path(Candidacy) == "edition"
    assert edition_path(Round) == "edition"
    assert edition_path(Criterion) == "round__edition"
    assert edition_path(Scorecard) == "round__edition"
    assert edition_path(Score) == "scorecard__round__edition"
    assert edition_path(Decision) == "candidacy__edition"
    assert edition_path(Organisation) is None


def test_the_object_check_refuses_another_editions_object() -> None:
    """Where a resource's lookup skips the filter, the permission still refuses."""
    staff, mine, theirs = two_editions_of_one_secretariat()
    token, _secret = issue_token(staff, "One edition", edition=mine.edition)
    request = type("Request", (), {"auth": token, "method": "GET"})()
    scope = TokenScope()
    assert edition_id_of(theirs) == theirs.edition_id
    assert scope.has_object_permission(request, None, mine)
    assert scope.has_object_permission(request, None, mine.edition)
    assert not scope.has_object_permission(request, None, theirs)
    assert not scope.has_object_permission(request, None, theirs.edition)
    assert scope.has_object_permission(request, None, mine.organisation)  # of no edition


# last_used_at: a hint, written at most once a minute -------------------------------------------


def token_updates(queries: CaptureQueriesContext) -> list[str]:
    table = PersonalToken._meta.db_table
    return [q["sql"] for q in queries.captured_queries if q["sql"].startswith(f'UPDATE "{table}"')]


def test_last_used_at_is_written_at_most_once_a_minute(stranger: Any) -> None:
    token, secret = issue_token(stranger, "Busy")
    api = bearer(secret)
    url = reverse("v1:edition-list")
    with CaptureQueriesContext(connection) as first:
        api.get(url)
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert len(token_updates(first)) == 1
    recorded = token.last_used_at

    with CaptureQueriesContext(connection) as again:
        api.get(url)
        api.get(url)
    assert token_updates(again) == []
    token.refresh_from_db()
    assert token.last_used_at == recorded

    a_minute_ago = timezone.now() - dt.timedelta(seconds=61)
    PersonalToken.objects.filter(pk=token.pk).update(last_used_at=a_minute_ago)
    api.get(url)
    token.refresh_from_db()
    assert token.last_used_at > a_minute_ago + dt.timedelta(seconds=60)


# The API as a whole is throttled, whatever the credentials --------------------------------------


def test_the_whole_api_is_throttled_per_account(stranger: Any, settings: Any) -> None:
    settings.PALMARES_API_USER_RATE = "2/minute"
    _token, secret = issue_token(stranger, "Hasty")
    api = bearer(secret)
    statuses = [api.get(reverse("v1:candidacy-list")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    # The session of the same account shares the count: a token does not lift the limit.
    throttled = signed_in(stranger).get(reverse("v1:scorecard-list"))
    assert throttled.status_code == 429
    assert error_code(throttled) == "throttled"


def test_anonymous_clients_are_throttled_on_every_endpoint(settings: Any) -> None:
    settings.PALMARES_API_ANON_RATE = "2/minute"
    api = APIClient()
    statuses = [api.get(reverse("v1:edition-list")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
