"""The secretariat's admin: what each role sees, and transitions through the services."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from awards.enums import CandidacyState, EditionState
from awards.models import Candidacy, Edition, TransitionRecord
from tests import factories

pytestmark = pytest.mark.django_db

C, E = CandidacyState, EditionState


def transition_url(obj: Any, name: str) -> str:
    return reverse(f"admin:awards_{obj._meta.model_name}_transition", args=[obj.pk, name])


def change_url(obj: Any) -> str:
    return reverse(f"admin:awards_{obj._meta.model_name}_change", args=[obj.pk])


def test_secretariat_sees_its_editions_only(client: Any) -> None:
    mine, theirs = factories.open_edition(), factories.open_edition()
    client.force_login(factories.secretary(mine))
    page = client.get(reverse("admin:awards_edition_changelist"))
    assert page.status_code == 200
    assert mine.name_en.encode() in page.content
    assert theirs.name_en.encode() not in page.content
    assert client.get(change_url(theirs)).status_code == 302  # admin: "does not exist" redirect
    assert client.get(transition_url(theirs, "close_call")).status_code == 404


def test_edition_page_offers_the_transitions_the_state_and_role_allow(client: Any) -> None:
    edition = factories.prepared_edition()
    client.force_login(factories.secretary(edition))
    page = client.get(change_url(edition))
    assert page.status_code == 200
    options = {option.name: option for option in page.context["transition_options"]}
    assert list(options) == ["open_call"]
    assert options["open_call"].possible
    assert transition_url(edition, "open_call").encode() in page.content


def test_blocked_transitions_show_their_reasons(client: Any) -> None:
    edition = factories.prepared_edition()
    edition.categories.all().delete()
    client.force_login(factories.secretary(edition))
    page = client.get(change_url(edition))
    assert "Add at least one category." in page.content.decode()


def test_a_transition_from_the_admin_runs_the_service_and_is_recorded(client: Any) -> None:
    edition = factories.prepared_edition()
    staff = factories.secretary(edition)
    client.force_login(staff)
    assert client.get(transition_url(edition, "open_call")).status_code == 200
    response = client.post(transition_url(edition, "open_call"), {"note": "Call launched."})
    assert response.status_code == 302
    assert Edition.objects.get(pk=edition.pk).state == E.CALL_OPEN
    record = TransitionRecord.objects.for_object(edition).get()
    assert (record.actor, record.note) == (staff, "Call launched.")


def test_a_required_reason_is_asked_for_in_the_admin(client: Any) -> None:
    candidacy, _ = factories.submitted_candidacy()
    client.force_login(factories.secretary(candidacy.edition))
    url = transition_url(candidacy, "mark_ineligible")
    page = client.post(url, {"note": ""})
    assert page.status_code == 200
    assert page.context["form"].errors["note"]
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.SUBMITTED
    client.post(url, {"note": "The practice started in 2009."})
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.INELIGIBLE


def test_a_refused_transition_shows_why_and_changes_nothing(client: Any) -> None:
    candidacy, _ = factories.submitted_candidacy()
    edition = candidacy.edition
    client.force_login(factories.secretary(edition))
    services_close = transition_url(edition, "close_call")
    client.post(services_close, {"note": ""})
    page = client.post(transition_url(edition, "start_evaluation"), {"note": ""})
    assert page.status_code == 200
    assert "Screening is not finished" in page.content.decode()
    assert Edition.objects.get(pk=edition.pk).state == E.CALL_CLOSED


def test_a_transition_the_state_does_not_allow_is_forbidden(client: Any) -> None:
    edition = factories.prepared_edition()
    client.force_login(factories.secretary(edition))
    assert client.post(transition_url(edition, "publish")).status_code == 403
    assert client.post(transition_url(edition, "delete")).status_code == 403
    assert Edition.objects.get(pk=edition.pk).state == E.DRAFT


def test_candidacy_admin_is_read_only_with_history_and_actions(client: Any) -> None:
    candidacy, _ = factories.submitted_candidacy()
    client.force_login(factories.secretary(candidacy.edition))
    page = client.get(change_url(candidacy))
    assert page.status_code == 200
    assert {o.name for o in page.context["transition_options"]} == {
        "mark_eligible",
        "mark_ineligible",
        "return_for_clarification",
        "withdraw",
    }
    assert b"History" in page.content
    assert client.post(change_url(candidacy), {"title": "Changed"}).status_code == 403
    assert Candidacy.objects.get(pk=candidacy.pk).title == candidacy.title


def test_applicants_and_strangers_cannot_enter_the_admin(client: Any) -> None:
    candidacy, applicant = factories.submitted_candidacy()
    for user in (applicant, factories.UserFactory()):
        client.force_login(user)
        response = client.get(change_url(candidacy))
        assert response.status_code == 302
        assert reverse("admin:login") in response["Location"]
        assert client.post(transition_url(candidacy, "mark_eligible")).status_code == 302
    assert Candidacy.objects.get(pk=candidacy.pk).state == C.SUBMITTED


def test_staff_without_a_role_sees_no_candidacy(client: Any) -> None:
    candidacy, _ = factories.submitted_candidacy()
    client.force_login(factories.UserFactory(is_staff=True))
    assert client.get(change_url(candidacy)).status_code in (302, 403)
    assert client.get(reverse("admin:awards_candidacy_changelist")).status_code == 403


def test_candidacy_list_has_filters_search_and_constant_queries(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    edition = factories.open_edition()
    staff = factories.secretary(edition)
    client.force_login(staff)
    factories.submitted_candidacy(edition)
    url = reverse("admin:awards_candidacy_changelist")
    with django_assert_max_num_queries(40) as one:
        client.get(url)
    for _ in range(3):
        factories.submitted_candidacy(edition)
    with django_assert_max_num_queries(len(one.captured_queries)):
        page = client.get(url, {"q": "Participatory", "state__exact": "submitted"})
    assert page.context["cl"].result_count == 4


def test_edition_dates_are_shown_in_the_edition_time_zone(client: Any) -> None:
    edition = factories.prepared_edition(timezone="Asia/Kolkata")
    Edition.objects.filter(pk=edition.pk).update(
        call_closes_at="2031-03-31T18:29:00+00:00"  # 23:59 in Kolkata (UTC+5:30)
    )
    client.force_login(factories.secretary(edition))
    page = client.get(change_url(edition))
    assert 'value="23:59:00"' in page.content.decode()


def test_award_manager_creates_an_edition_and_joins_its_secretariat(client: Any) -> None:
    manager = factories.award_manager()
    client.force_login(manager)
    assert client.get(reverse("admin:awards_edition_add")).status_code == 200
    secretary = factories.UserFactory(is_staff=True)
    client.force_login(secretary)
    assert client.get(reverse("admin:awards_edition_add")).status_code == 403


# A secretariat stays within its editions ---------------------------------------------------------


def test_a_round_cannot_be_added_to_another_edition(client: Any) -> None:
    mine, theirs = factories.prepared_edition(), factories.prepared_edition()
    client.force_login(factories.secretary(mine))
    page = client.post(
        reverse("admin:awards_round_add"),
        {
            "edition": theirs.pk,
            "number": 7,
            "name_en": "Hijack",
            "score_visibility": "never",
            "reviewers_per_candidacy": 3,
            "aggregation": "mean",
            "criteria-TOTAL_FORMS": 0,
            "criteria-INITIAL_FORMS": 0,
        },
    )
    assert page.status_code == 200
    assert "edition" in page.context["adminform"].form.errors
    assert not theirs.rounds.filter(number=7).exists()


def test_a_prize_cannot_use_another_editions_category(client: Any) -> None:
    mine, theirs = factories.prepared_edition(), factories.prepared_edition()
    prize = factories.PrizeFactory(edition=mine)
    prize.category = theirs.categories.first()
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        prize.full_clean()


def test_rounds_and_criteria_freeze_once_the_evaluation_starts(client: Any) -> None:
    edition = factories.edition_in_state(E.EVALUATION)
    criterion = edition.rounds.first().criteria.first()
    client.force_login(factories.secretary(edition))
    url = reverse("admin:awards_criterion_change", args=[criterion.pk])
    assert client.post(url, {"weight": "0.5"}).status_code == 403
    assert client.get(reverse("admin:awards_round_add")).status_code == 200
    page = client.get(change_url(edition.rounds.first()))
    assert page.status_code == 200
    assert b'name="name_en"' not in page.content  # read-only


def test_other_editions_stay_out_of_filters_and_pickers(client: Any) -> None:
    mine = factories.open_edition()
    factories.submitted_candidacy(mine)
    factories.prepared_edition(name_en="Their Secret Draft")
    applicant = factories.draft_candidacy(mine)[1]
    client.force_login(factories.secretary(mine))
    listing = client.get(reverse("admin:awards_candidacy_changelist")).content.decode()
    assert "Their Secret Draft" not in listing
    form = client.get(change_url(mine)).content.decode()
    assert applicant.email not in form  # the secretariat picker lists staff only


def test_a_staff_applicant_cannot_read_its_own_embargoed_decision_in_the_admin(
    client: Any,
) -> None:
    winner, applicant = factories.candidacy_in_state(C.WINNER)
    applicant.is_staff = True
    applicant.save()
    factories.prepared_edition(secretariat=[applicant])
    client.force_login(applicant)
    assert client.get(change_url(winner)).status_code in (302, 403, 404)
    listing = client.get(reverse("admin:awards_candidacy_changelist"))
    assert winner.title.encode() not in listing.content


def test_a_new_editions_deadline_is_read_in_its_own_time_zone(client: Any) -> None:
    client.force_login(factories.award_manager())
    page = client.post(
        reverse("admin:awards_edition_add"),
        {
            "code": "IOPD",
            "year": 2040,
            "slug": "iopd-2040",
            "name_en": "IOPD Award 2040",
            "languages": '["en", "es"]',
            "timezone": "America/Bogota",
            "call_closes_at_0": "2040-03-31",
            "call_closes_at_1": "23:59:00",
            "tie_break": "[]",
            "disagreement_threshold": "20",
            "max_candidacies_per_organisation": 2,
            "max_candidacies_per_category": 1,
            **{
                f"{prefix}-{key}": 0
                for prefix in ("categories", "rounds", "prizes", "exclusions")
                for key in ("TOTAL_FORMS", "INITIAL_FORMS")
            },
            "awards-transitionrecord-content_type-object_id-TOTAL_FORMS": 0,
            "awards-transitionrecord-content_type-object_id-INITIAL_FORMS": 0,
        },
    )
    assert page.status_code == 302, page.context["adminform"].form.errors
    stored = Edition.objects.get(slug="iopd-2040")
    assert stored.call_closes_at.isoformat() == "2040-04-01T04:59:00+00:00"


@pytest.mark.parametrize("languages", ['[["en"]]', "[{}]", '"en"', "[]", '["en", "en"]', "[1]"])
def test_malformed_languages_answer_with_a_field_error(client: Any, languages: str) -> None:
    edition = factories.prepared_edition()
    client.force_login(factories.secretary(edition))
    from django.core.exceptions import ValidationError

    edition.languages = __import__("json").loads(languages)
    with pytest.raises(ValidationError) as invalid:
        edition.full_clean(exclude=["state"])
    assert "languages" in invalid.value.message_dict


def test_history_shows_translated_state_names(client: Any) -> None:
    candidacy, _ = factories.submitted_candidacy()
    client.force_login(factories.secretary(candidacy.edition))
    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    page = client.get(change_url(candidacy)).content.decode()
    assert "Soumise" in page or "Soumis" in page
