"""The transition record is append-only, and two stale copies never both move."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import DatabaseError, connection, connections, transaction
from django.urls import reverse

from awards import services
from awards.enums import CandidacyState
from awards.models import AppendOnlyError, Candidacy, TransitionRecord
from awards.transitions import TransitionConflict
from tests import factories

C = CandidacyState


@pytest.fixture
def record(db: Any) -> TransitionRecord:
    candidacy, _ = factories.submitted_candidacy()
    return TransitionRecord.objects.for_object(candidacy).get()


def test_a_record_says_who_when_from_to_and_why(record: TransitionRecord) -> None:
    assert record.transition == "submit"
    assert (record.source, record.target) == (C.DRAFT, C.SUBMITTED)
    assert record.actor is not None
    assert record.at is not None
    assert isinstance(record.subject, Candidacy)


def test_a_record_cannot_be_changed_through_the_model(record: TransitionRecord) -> None:
    record.note = "rewritten"
    with pytest.raises(AppendOnlyError):
        record.save()
    with pytest.raises(AppendOnlyError):
        record.delete()


def test_a_record_cannot_be_changed_through_a_queryset(record: TransitionRecord) -> None:
    with pytest.raises(AppendOnlyError):
        TransitionRecord.objects.filter(pk=record.pk).update(note="rewritten")
    with pytest.raises(AppendOnlyError):
        TransitionRecord.objects.filter(pk=record.pk).delete()
    assert TransitionRecord.objects.get(pk=record.pk).note == ""


def test_the_database_refuses_an_update(record: TransitionRecord) -> None:
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "UPDATE awards_transitionrecord SET note = 'rewritten' WHERE id = %s", [record.pk]
        )
    assert TransitionRecord.objects.get(pk=record.pk).note == ""


@pytest.mark.postgres
def test_postgresql_refuses_a_delete(record: TransitionRecord) -> None:
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM awards_transitionrecord WHERE id = %s", [record.pk])
    assert TransitionRecord.objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("view", ["change", "delete"])
def test_the_admin_offers_no_way_to_change_a_record(
    client: Any, record: TransitionRecord, view: str
) -> None:
    client.force_login(factories.UserFactory(is_staff=True, is_superuser=True))
    url = reverse(f"admin:awards_transitionrecord_{view}", args=[record.pk])
    if view == "change":
        page = client.get(url)
        assert page.status_code == 200
        assert b'name="note"' not in page.content  # shown, read-only
        response = client.post(url, {"note": "rewritten"})
        assert response.status_code == 403
    else:
        assert client.post(url, {"post": "yes"}).status_code == 403
    assert TransitionRecord.objects.get(pk=record.pk).note == ""
    assert client.get(reverse("admin:awards_transitionrecord_add")).status_code == 403


def test_the_api_has_no_route_to_records(client: Any, record: TransitionRecord) -> None:
    from django.urls import get_resolver

    api_routes = [str(p.pattern) for p in get_resolver("api.urls").url_patterns]
    # The jury's deliberation record is another thing, with its own open/close rules.
    routes = [route for route in api_routes if "deliberation-records" not in route]
    assert not [route for route in routes if "record" in route or "transition" in route]


# Stale copies -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_stale_copy_cannot_transition() -> None:
    candidacy, _ = factories.submitted_candidacy()
    staff = factories.secretary(candidacy.edition)
    first, second = Candidacy.objects.get(pk=candidacy.pk), Candidacy.objects.get(pk=candidacy.pk)

    services.mark_eligible(first, by=staff)
    with pytest.raises(TransitionConflict, match="Someone else changed"):
        services.return_for_clarification(second, by=staff, note="Please add the budget.")

    assert Candidacy.objects.get(pk=candidacy.pk).state == C.ELIGIBLE
    assert second.state == C.ELIGIBLE  # reloaded, not left with a state that was never saved
    targets = [r.target for r in TransitionRecord.objects.for_object(candidacy)]
    assert targets == [C.SUBMITTED, C.ELIGIBLE]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_people_acting_at_once_on_postgresql_one_succeeds() -> None:
    """Two threads, two connections, two stale copies, released at the same instant."""
    candidacy, _ = factories.submitted_candidacy()
    staff = factories.secretary(candidacy.edition)
    copies = [Candidacy.objects.get(pk=candidacy.pk) for _ in range(2)]
    actions = [
        lambda c: services.mark_eligible(c, by=staff),
        lambda c: services.mark_ineligible(c, by=staff, note="Outside the window."),
    ]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def act(index: int) -> None:
        try:
            barrier.wait()
            actions[index](copies[index])
            outcomes.append("done")
        except TransitionConflict:
            outcomes.append("conflict")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=act, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["conflict", "done"]
    final = Candidacy.objects.get(pk=candidacy.pk).state
    assert final in (C.ELIGIBLE, C.INELIGIBLE)
    records = list(TransitionRecord.objects.for_object(candidacy))
    assert [r.target for r in records] == [C.SUBMITTED, final]
