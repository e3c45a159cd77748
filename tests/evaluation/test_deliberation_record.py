"""The deliberation record: written by the secretariat, closed with the ballots counted into it,
and public only once the results are published, the record closed and the secretariat says so."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from awards import services as awards
from awards.enums import EditionState
from awards.models import Edition, TransitionRecord
from awards.transitions import TransitionRefused
from evaluation import deliberation, queries
from evaluation.enums import RecordState
from evaluation.models import DeliberationRecord
from tests import factories
from tests.deliberation import final_round, hand_in

pytestmark = pytest.mark.django_db

REPORTS = {
    "en": "The jury praised every finalist.",
    "fr": "Le jury a salué chaque finaliste.",
    "es": "El jurado elogió a cada finalista.",
    "pt": "O júri elogiou cada finalista.",
}


@pytest.fixture
def final() -> Any:
    final = final_round(finalists=3, jurors=3)
    hand_in(final, final.jurors[0], [0, 1, 2])
    hand_in(final, final.jurors[1], [1, 0, 2])
    return final


def written(final: Any, **fields: Any) -> DeliberationRecord:
    record = deliberation.record_of(final.edition, by=final.staff)
    values = {"reports": REPORTS, "attendees": final.jurors[:2], "public": True}
    values.update(fields)
    return deliberation.save_record(record, by=final.staff, **values)


def closed(final: Any, **fields: Any) -> DeliberationRecord:
    record = written(final, **fields)
    deliberation.close_record(record, by=final.staff)
    record.refresh_from_db()
    return record


def publish(edition: Edition) -> None:
    Edition.objects.filter(pk=edition.pk).update(state=EditionState.PUBLISHED)
    edition.refresh_from_db()


def test_closing_counts_the_submitted_ballots_into_the_record(final: Any) -> None:
    deliberation.save_ballot(final.round, by=final.jurors[2], ordering=[final.ids[::-1]])
    record = closed(final, other_attendees="Ana Costa, observer")
    assert record.state == RecordState.CLOSED
    assert record.closed_at is not None
    (result,) = record.results["rounds"]
    assert result["ballots"] == 2  # the draft does not count
    assert result["names"]["en"] == "Final jury"
    assert [row["reference"] for row in result["finalists"]][:2] == sorted(
        [final.finalists[0].reference, final.finalists[1].reference]
    )
    assert {row["schulze_rank"] for row in result["finalists"][:2]} == {1}
    assert TransitionRecord.objects.for_object(record).get().transition == "close"


def test_closing_needs_the_report_in_each_of_the_edition_s_languages(final: Any) -> None:
    record = written(final, reports={"en": "Only English."})
    with pytest.raises(TransitionRefused) as refused:
        deliberation.close_record(record, by=final.staff)
    assert "French" in str(refused.value)
    assert "English" not in str(refused.value)
    Edition.objects.filter(pk=final.edition.pk).update(languages=["en"])
    record = DeliberationRecord.objects.get(pk=record.pk)
    deliberation.close_record(record, by=final.staff)


def test_a_closed_record_changes_only_once_reopened(final: Any) -> None:
    record = closed(final)
    with pytest.raises(TransitionRefused, match="reopen it"):
        deliberation.save_record(record, by=final.staff, other_attendees="Later.")
    deliberation.show_record(record, public=False, by=final.staff)  # visibility may change
    with pytest.raises(TransitionRefused, match="required"):
        deliberation.reopen_record(record, by=final.staff, note="")
    deliberation.reopen_record(record, by=final.staff, note="A name was missing.")
    deliberation.save_record(record, by=final.staff, other_attendees="Ana Costa")
    publish(final.edition)
    deliberation.close_record(DeliberationRecord.objects.get(pk=record.pk), by=final.staff)
    with pytest.raises(TransitionRefused, match="published"):
        deliberation.reopen_record(
            DeliberationRecord.objects.get(pk=record.pk), by=final.staff, note="Too late."
        )


def test_only_jurors_of_the_final_round_are_named_present(final: Any) -> None:
    first_round_juror = final.edition.rounds.get(number=1).jury.first().user
    with pytest.raises(TransitionRefused) as refused:
        written(final, attendees=[final.jurors[0], first_round_juror])
    assert "attendees" in refused.value.field_errors


@pytest.mark.parametrize(
    "role", ["juror", "applicant", "stranger", "other_secretariat", "award_manager"]
)
def test_the_record_is_the_secretariat_s(client: Any, final: Any, role: str) -> None:
    user = {
        "juror": lambda: final.jurors[0],
        "applicant": lambda: factories.member_of(final.finalists[0].organisation),
        "stranger": factories.UserFactory,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
        "award_manager": factories.award_manager,
    }[role]()
    with pytest.raises(PermissionDenied):
        deliberation.record_of(final.edition, by=user)
    record = written(final)
    with pytest.raises(PermissionDenied):
        deliberation.save_record(record, by=user, public=False)
    with pytest.raises(PermissionDenied):
        deliberation.close_record(record, by=user)
    client.force_login(user)
    url = reverse("deliberation-record", args=[final.edition.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"action": "close"}).status_code == 404
    assert DeliberationRecord.objects.get().state == RecordState.OPEN


def test_the_secretariat_s_page(client: Any, final: Any) -> None:
    client.force_login(final.staff)
    url = reverse("deliberation-record", args=[final.edition.pk])
    page = client.get(url).content.decode()
    assert "Write the jury&#x27;s report in English." in page
    data = {f"report_{code}": text for code, text in REPORTS.items()}
    data.update(
        {
            "attendees": [str(final.jurors[0].pk)],
            "other_attendees": "Ana Costa",
            "public": "on",
            "action": "save",
        }
    )
    assert client.post(url, data).status_code == 302
    record = DeliberationRecord.objects.get()
    assert (record.report_fr, record.public) == (REPORTS["fr"], True)
    assert list(record.attendees.all()) == [final.jurors[0]]
    assert client.post(url, {"action": "close"}).status_code == 302
    page = client.get(url).content.decode()
    assert str(RecordState.CLOSED.label) in page
    assert 'class="ballot-results"' in page
    assert client.post(url, {"action": "hide"}).status_code == 302
    assert DeliberationRecord.objects.get().public is False
    client.post(url, {"action": "reopen", "reason": "A typo."})
    assert DeliberationRecord.objects.get().state == RecordState.OPEN


# What the public sees ---------------------------------------------------------------------------


def test_public_only_once_published_closed_and_shown(final: Any) -> None:
    record = written(final)
    assert queries.public_deliberation_record(final.edition) is None  # open, not published
    deliberation.close_record(record, by=final.staff)
    assert queries.public_deliberation_record(final.edition) is None  # not published
    publish(final.edition)
    shown = queries.public_deliberation_record(final.edition)
    assert shown is not None
    assert shown.pk == record.pk
    deliberation.show_record(record, public=False, by=final.staff)
    assert queries.public_deliberation_record(final.edition) is None  # not public


def test_an_open_record_is_not_public_even_after_publication(final: Any) -> None:
    written(final)
    publish(final.edition)
    assert queries.public_deliberation_record(final.edition) is None


def ex_aequo_winners(final: Any) -> Any:
    prize = factories.PrizeFactory(edition=final.edition, amount=Decimal("10000.00"))
    for candidacy in final.finalists[:2]:
        awards.record_decision(candidacy, "declare_winner", by=final.staff, prize=prize)
    awards.record_decision(final.finalists[2], "make_finalist", by=final.staff)
    awards.declare_no_award(final.edition, reason="Secretnoawardreason", by=final.staff)
    return prize


def test_the_include_shows_what_the_public_may_read(final: Any) -> None:
    prize = ex_aequo_winners(final)
    closed(final, other_attendees="Ana Costa, observer")
    publish(final.edition)
    record = queries.public_deliberation_record(final.edition)
    with translation.override("fr"):
        html = render_to_string("evaluation/deliberation_record.html", {"record": record})
    assert REPORTS["fr"] in html
    assert REPORTS["en"] not in html
    for juror in final.jurors[:2]:
        assert juror.email not in html
    assert "Ana Costa, observer" in html
    assert final.finalists[0].title in html  # the ballot results
    assert 'class="ballot-results"' in html
    assert "Secretnoawardreason" not in html  # a reason stays with the secretariat
    assert prize.name in html
    assert f"{prize.currency}; " in html  # the two shares, one after the other
    shares = [decision.prize_share for decision in record.ex_aequo[0].decisions]
    assert shares == [Decimal("5000.00"), Decimal("5000.00")]
    assert [shared.prize for shared in record.ex_aequo] == [prize]
    assert len(record.no_awards) == 1
    # A page that lists them already leaves them out of the include.
    context = {"record": record, "hide_decisions": True}
    lean = render_to_string("evaluation/deliberation_record.html", context)
    assert prize.name not in lean
    assert 'class="ballot-results"' in lean


def test_a_juror_without_a_name_is_not_named_in_public(final: Any) -> None:
    type(final.jurors[0]).objects.filter(pk=final.jurors[0].pk).update(full_name="")
    closed(final)
    publish(final.edition)
    record = queries.public_deliberation_record(final.edition)
    assert final.jurors[0].email not in record.present
    assert len(record.present) == 1


def test_the_report_falls_back_to_the_edition_s_languages(final: Any) -> None:
    Edition.objects.filter(pk=final.edition.pk).update(languages=["es"])
    record = DeliberationRecord.objects.create(edition=final.edition, report_es="Informe.")
    record = DeliberationRecord.objects.select_related("edition").get(pk=record.pk)
    with translation.override("fr"):
        assert record.report == "Informe."


def test_the_public_record_takes_a_constant_number_of_queries(
    django_assert_max_num_queries: Any,
) -> None:
    small = final_round(finalists=2, jurors=1)
    hand_in(small, small.jurors[0], [0, 1])
    closed(small, attendees=small.jurors[:1])
    publish(small.edition)
    with django_assert_max_num_queries(20) as one:
        render_to_string(
            "evaluation/deliberation_record.html",
            {"record": queries.public_deliberation_record(small.edition)},
        )
    queries_for_one = len(one.captured_queries)
    big = final_round(finalists=3, jurors=3)
    for juror in big.jurors:
        hand_in(big, juror, [2, 1, 0])
    ex_aequo_winners(big)
    closed(big, attendees=big.jurors)
    publish(big.edition)
    with django_assert_max_num_queries(queries_for_one):
        render_to_string(
            "evaluation/deliberation_record.html",
            {"record": queries.public_deliberation_record(big.edition)},
        )


def test_the_results_page_and_report_carry_the_public_record(final: Any, client: Any) -> None:
    from reports import pdf

    record = closed(final)
    publish(final.edition)
    url = reverse("results", args=[final.edition.slug])
    page = client.get(url).content.decode()
    assert REPORTS["en"] in page
    assert 'class="ballot-results"' in page
    with translation.override("pt"):
        assert REPORTS["pt"] in pdf.results_html(final.edition)
    deliberation.show_record(record, public=False, by=final.staff)
    assert REPORTS["en"] not in client.get(url).content.decode()
    assert REPORTS["en"] not in pdf.results_html(final.edition)
