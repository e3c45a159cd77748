"""A round's ranking from the database: queries, snapshots, exports, documents, pages, API."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pypdfium2 as pdfium
import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook
from rest_framework.test import APIClient

from accounts.models import User
from awards.enums import CandidacyState
from awards.models import Candidacy, Edition
from evaluation import services as jury
from reports import exports, pdf, queries, ranking, rendering, services
from reports.models import RankingSnapshot, ReportJob, ReportState
from tests import factories

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent.parent

scored_round = factories.scored_round

# The same three candidacies, two jurors and two criteria on any database give this hash.
GOLDEN_SHA256 = "89d4fa4ebf18c486b3b9bb474a15aca078d9f44880ea04294c14f9d0b538f403"


def test_the_engine_is_fed_in_a_constant_number_of_queries(
    django_assert_max_num_queries: Any,
) -> None:
    small = scored_round(candidacies=1, jurors=1)
    with django_assert_max_num_queries(6) as one:
        queries.round_data(small)
    big = scored_round(candidacies=4, jurors=3)
    with django_assert_max_num_queries(len(one.captured_queries)):
        data = queries.round_data(big)
    assert len(data.scores) == 4 * 3 * 2
    assert set(data.scores["juror"]) == {"J01", "J02", "J03"}
    assert set(data.scores["candidacy"]) == set(
        big.edition.candidacies.values_list("reference", flat=True)
    )


def test_only_submitted_scorecards_count() -> None:
    round_ = scored_round(candidacies=2, jurors=2)
    draft_card = jury.assign_juror(
        round_,
        round_.edition.candidacies.first(),
        factories.juror(round_),
        by=factories.secretary(round_.edition),
    )
    jury.save_scores(
        draft_card,
        scores=factories.full_scores(draft_card, "1"),
        justification="",
        by=draft_card.juror,
    )
    assert len(queries.round_data(round_).scores) == 2 * 2 * 2


@pytest.mark.parametrize("role", ["juror", "applicant", "other_secretariat"])
def test_only_the_secretariat_ranks(role: str) -> None:
    round_ = scored_round(candidacies=1, jurors=1)
    user = {
        "juror": lambda: round_.jury.first().user,
        "applicant": lambda: factories.member_of(round_.edition.candidacies.first().organisation),
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
    }[role]()
    with pytest.raises(PermissionDenied):
        services.rank(round_, by=user)
    with pytest.raises(PermissionDenied):
        services.freeze(round_, by=user)


def test_switches_change_the_ranking_parameters() -> None:
    round_ = scored_round()
    staff = factories.secretary(round_.edition)
    default = services.rank(round_, by=staff)
    assert (default.params.normalise, default.params.aggregate) == (True, "mean")
    switched = services.rank(round_, by=staff, normalise=False, aggregate="median")
    assert (switched.params.normalise, switched.params.aggregate) == (False, "median")
    assert switched.table["score"].between(0, 100).all()


# Snapshots --------------------------------------------------------------------------------------


def test_a_snapshot_recomputes_to_the_same_table_and_hash() -> None:
    round_ = scored_round()
    snapshot = services.freeze(round_, by=factories.secretary(round_.edition), note="Panels")
    table, digest = services.recompute(snapshot)
    assert digest == snapshot.sha256
    assert services.result_csv(table) == snapshot.result_csv
    with pytest.raises(ValueError, match="cannot be changed"):
        snapshot.save()
    with pytest.raises(ValueError, match="cannot be deleted"):
        snapshot.delete()


def test_a_changed_score_changes_the_hash() -> None:
    round_ = scored_round()
    staff = factories.secretary(round_.edition)
    before = services.freeze(round_, by=staff)
    card = round_.scorecards.first()
    jury.reopen_scorecard(card, by=staff, note="Typo.")
    card.refresh_from_db()
    jury.save_scores(
        card, scores=factories.full_scores(card, "10"), justification="Ok.", by=card.juror
    )
    card.refresh_from_db()
    jury.submit_scorecard(card, by=card.juror)
    assert services.freeze(round_, by=staff).sha256 != before.sha256


GOLDEN = [["7", "5"], ["9", "8"], ["4", "6"]]


def golden_round() -> Any:
    """Fixed content, whatever the database's ids: references, keys, values."""
    round_ = scored_round(values=GOLDEN)
    Edition.objects.filter(pk=round_.edition_id).update(code="GOLD", year=2031)
    for number, candidacy in enumerate(round_.edition.candidacies.order_by("pk"), start=1):
        Candidacy.objects.filter(pk=candidacy.pk).update(reference=f"GOLD-2031-{number:04d}")
    # Pseudonyms come from the addresses and the edition's key: fix both, not the database's ids.
    for letter, member in zip("ab", round_.jury.order_by("pk"), strict=True):
        User.objects.filter(pk=member.user_id).update(email=f"{letter}-juror@gold.example")
    Edition.objects.filter(pk=round_.edition_id).update(pseudonym_key="0" * 32)
    round_.edition.refresh_from_db()
    return round_


def test_the_hash_is_the_same_on_every_database() -> None:
    """.ci/run runs this on SQLite and on PostgreSQL against one constant."""
    round_ = golden_round()
    snapshot = services.freeze(round_, by=factories.secretary(round_.edition))
    assert snapshot.sha256 == GOLDEN_SHA256, snapshot.sha256


def test_the_hash_does_not_depend_on_pythons_hash_seed() -> None:
    script = (
        "import pandas as pd; from reports import services;"
        "s = pd.DataFrame({'candidacy': ['a','a','b','b'], 'juror': ['J01','J02','J01','J02'],"
        "'criterion': ['x']*4, 'value': [7.0, 5.0, 9.0, 8.0]});"
        "c = pd.DataFrame({'criterion': ['x'], 'weight': [1.0], 'min': [0.0], 'max': [10.0]});"
        "p = services.Params(True, 'mean', (), 20.0);"
        "t = services.rank_frames(s, c, {'a': 'k', 'b': 'k'}, p);"
        "k = ['candidacy', 'juror', 'criterion'];"
        "print(services.fingerprint(services.canonical_csv(s, k),"
        "services.canonical_csv(c, ['criterion']), {'b': 'k', 'a': 'k'}, p,"
        "services.result_csv(t)))"
    )
    digests = set()
    for seed in ("1", "2", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "DJANGO_SETTINGS_MODULE": "project.settings"}
        done = subprocess.run(  # noqa: S603 - our own code, fixed arguments
            [sys.executable, "-c", "import django; django.setup();" + script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(done.stdout.strip())
    assert len(digests) == 1


def test_a_snapshot_reranks_from_its_csv_outside_palmares(client: Any) -> None:
    """What a secretariat does in a notebook with the downloaded files."""
    round_ = scored_round()
    staff = factories.secretary(round_.edition)
    snapshot = services.freeze(round_, by=staff, normalise=False, aggregate="median")
    client.force_login(staff)
    files = {
        part: client.get(reverse("snapshot-download", args=[snapshot.pk, part])).content
        for part in ("scores.csv", "criteria.csv", "result.csv", "snapshot.json")
    }
    parameters = json.loads(files["snapshot.json"])["parameters"]
    scores = pd.read_csv(io.BytesIO(files["scores.csv"]), dtype={"candidacy": str, "juror": str})
    criteria = pd.read_csv(io.BytesIO(files["criteria.csv"]))
    table = ranking.rank_round(
        scores,
        criteria,
        normalise=parameters["normalise"],
        aggregate=parameters["aggregate"],
        tiebreak=parameters["tiebreak"],
        categories=json.loads(files["snapshot.json"])["categories"],
        threshold=parameters["threshold"],
    )
    assert services.result_csv(table).encode() == files["result.csv"]


# Exports ----------------------------------------------------------------------------------------


def hostile_round() -> Any:
    round_ = scored_round(candidacies=2)
    Candidacy.objects.filter(edition=round_.edition).update(
        title='=HYPERLINK("http://evil.example","click")'
    )
    return round_


def test_csv_export_is_safe_against_formula_injection() -> None:
    round_ = hostile_round()
    text = exports.ranking_csv(services.rank(round_, by=factories.secretary(round_.edition)))
    assert '"=HYPERLINK' not in text
    assert "'=HYPERLINK" in text


def test_xlsx_export_has_four_sheets_and_no_formula() -> None:
    round_ = hostile_round()
    data = exports.ranking_xlsx(services.rank(round_, by=factories.secretary(round_.edition)))
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Ranking", "Scorecards", "Jurors", "Agreement"]
    titles = [row[2] for row in book["Ranking"].iter_rows(min_row=2, values_only=True)]
    assert all(title.startswith("'=") for title in titles)
    assert book["Scorecards"].max_row == 1 + 2 * 2


# Documents --------------------------------------------------------------------------------------


def pages_of(document: bytes) -> list[str]:
    pdf_file = pdfium.PdfDocument(document)
    return [pdf_file[i].get_textpage().get_text_range() for i in range(len(pdf_file))]


def looks_printed(document: bytes) -> bool:
    """Page one rendered to an image: something is drawn on it, not a blank page."""
    image = pdfium.PdfDocument(document)[0].render(scale=0.5).to_pil().convert("L")
    colours = image.getcolors(maxcolors=1 << 16) or []
    return len(colours) > 10


def test_the_ranking_report_prints_method_table_agreement_and_charts() -> None:
    round_ = scored_round()
    document = pdf.ranking_report(services.rank(round_, by=factories.secretary(round_.edition)))
    text = "\n".join(pages_of(document))
    assert "Ranking report" in text
    assert "Krippendorff" in text
    for reference in round_.edition.candidacies.values_list("reference", flat=True):
        assert reference in text
    assert "Juror leniency" in text
    assert looks_printed(document)


def test_jury_digests_never_name_the_jurors() -> None:
    round_ = scored_round(candidacies=1, jurors=2)
    people = [member.user for member in round_.jury.all()]
    document = pdf.jury_digests(round_, round_.edition.candidacies.all(), lambda *_: None)
    text = "\n".join(pages_of(document))
    assert "Juror 1" in text
    assert "Juror 2" in text
    for person in people:
        assert person.email not in text
        assert person.full_name not in text


@pytest.mark.parametrize(
    ("language", "distinction", "awarded"),
    [("fr", "Lauréate", "est décerné"), ("es", "Ganadora", "se otorga")],
)
def test_certificates_speak_the_candidacys_language(
    language: str, distinction: str, awarded: str
) -> None:
    winner, _applicant = factories.candidacy_in_state(CandidacyState.WINNER)
    Candidacy.objects.filter(pk=winner.pk).update(language=language)
    winner.refresh_from_db()
    text = pages_of(pdf.certificate(winner))[0]
    assert distinction in text
    assert awarded in text
    assert winner.organisation.name in text
    assert winner.title in text


def test_a_title_with_markup_prints_as_text() -> None:
    winner, _applicant = factories.candidacy_in_state(CandidacyState.WINNER)
    Candidacy.objects.filter(pk=winner.pk).update(title='<img src="file:///etc/passwd">')
    winner.refresh_from_db()
    assert '<img src="file:///etc/passwd">' in pages_of(pdf.certificate(winner))[0]


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="file://{path}">',
        '<link rel="stylesheet" href="file://{path}">',
        '<style>@import url("file://{path}");</style>',
        '<img src="http://127.0.0.1:9/x.png">',
    ],
)
def test_the_renderer_fetches_neither_files_nor_the_network(tmp_path: Path, markup: str) -> None:
    """Even raw markup (templates escape it anyway) cannot make WeasyPrint read a file."""
    from weasyprint import HTML

    secret = tmp_path / "secret.css"
    secret.write_text("body { background: red }")
    picture = tmp_path / "secret.png"
    picture.write_bytes(factories.PNG_BYTES)
    path = str(secret if "css" in markup or "import" in markup else picture)
    fetcher = pdf.no_fetching()
    calls: list[str] = []
    original = fetcher.fetch

    def watched(url: str, headers: Any = None) -> Any:
        calls.append(url)
        return original(url, headers)

    fetcher.fetch = watched  # type: ignore[method-assign]
    document = HTML(string=markup.format(path=path), url_fetcher=fetcher).render()
    assert calls  # it was asked…
    images = [
        box
        for page in document.pages
        for box in page._page_box.descendants()
        if type(box).__name__ == "InlineReplacedBox"
    ]
    assert images == []  # …and nothing came back
    assert all(
        "red" not in str(getattr(page._page_box.style, "get", lambda *_: "")("background_color"))
        for page in document.pages
    )


# Background documents ---------------------------------------------------------------------------


def test_a_requested_report_renders_in_the_background_and_is_downloadable(
    client: Any, django_capture_on_commit_callbacks: Any
) -> None:
    round_ = scored_round()
    staff = factories.secretary(round_.edition)
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("round-ranking", args=[round_.pk]), {"action": "digests"})
    job = ReportJob.objects.get()
    assert response["Location"] == reverse("report-job", args=[job.pk])
    assert (job.state, job.percent, job.done, job.total) == (ReportState.DONE, 100, 3, 3)
    status = client.get(reverse("report-job", args=[job.pk]), {"format": "json"}).json()
    assert status["state"] == "done"
    download = client.get(reverse("report-download", args=[job.pk]))
    assert download["Content-Type"] == "application/pdf"
    client.force_login(factories.secretary(factories.open_edition()))
    assert client.get(reverse("report-download", args=[job.pk])).status_code == 404


def test_a_failed_render_is_visible_and_changes_nothing_else(monkeypatch: Any) -> None:
    round_ = scored_round(candidacies=1, jurors=1)

    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise RuntimeError("the printer caught fire")

    monkeypatch.setattr(pdf, "ranking_report", broken)
    staff = factories.secretary(round_.edition)
    job = services.request_report("ranking", edition=round_.edition, round_=round_, by=staff)
    with pytest.raises(RuntimeError):
        rendering.run(job)
    job = ReportJob.objects.get()
    assert job.state == ReportState.FAILED
    assert "printer caught fire" in job.error
    assert round_.scorecards.filter(state="submitted").count() == 1


def test_render_reports_shows_its_progress(tmp_path: Path) -> None:
    round_ = scored_round(candidacies=2, jurors=1)
    out = io.StringIO()
    call_command(
        "render_reports",
        round=round_.pk,
        kind=["ranking", "digests"],
        out=str(tmp_path),
        stdout=out,
    )
    printed = out.getvalue()
    assert "[##############################] 2/2" in printed
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        f"{round_.edition.slug}-digests.pdf",
        f"{round_.edition.slug}-ranking.pdf",
    ]


# Pages and API ----------------------------------------------------------------------------------


def test_the_ranking_page_for_the_secretariat_only(client: Any) -> None:
    round_ = scored_round()
    url = reverse("round-ranking", args=[round_.pk])
    client.force_login(round_.jury.first().user)
    assert client.get(url).status_code == 404
    client.force_login(factories.secretary(round_.edition))
    page = client.get(url, {"normalise": "0", "aggregate": "trimmed_mean"})
    assert page.status_code == 200
    assert page.context["ranking"].params.aggregate == "trimmed_mean"
    assert "<svg" in page.content.decode()
    client.post(url, {"action": "freeze", "normalise": "0", "aggregate": "median"})
    snapshot = RankingSnapshot.objects.get()
    assert (snapshot.normalise, snapshot.aggregation) == (False, "median")


def test_the_ranking_page_takes_a_constant_number_of_queries(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    small = scored_round(candidacies=1, jurors=1)
    client.force_login(factories.secretary(small.edition))
    with django_assert_max_num_queries(40) as one:
        client.get(reverse("round-ranking", args=[small.pk]))
    big = scored_round(candidacies=3, jurors=2)
    client.force_login(factories.secretary(big.edition))
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(reverse("round-ranking", args=[big.pk]))


def test_the_api_ranks_freezes_and_verifies(django_capture_on_commit_callbacks: Any) -> None:
    round_ = scored_round()
    api = APIClient()
    api.force_authenticate(factories.secretary(round_.edition))
    body = api.get(reverse("v1:ranking-detail", args=[round_.pk]), {"aggregate": "median"}).json()
    assert body["aggregate"] == "median"
    assert [row["rank"] for row in body["rows"]] == sorted(row["rank"] for row in body["rows"])
    assert api.get(reverse("v1:ranking-csv", args=[round_.pk])).status_code == 200
    created = api.post(reverse("v1:snapshot-list"), {"round": round_.pk, "note": "API"})
    assert created.status_code == 201
    verify = api.get(reverse("v1:snapshot-verify", args=[created.json()["id"]])).json()
    assert verify["identical"] is True
    with django_capture_on_commit_callbacks(execute=True):
        job = api.post(reverse("v1:report-job-list"), {"kind": "ranking", "round": round_.pk})
    assert job.status_code == 202
    status = api.get(reverse("v1:report-job-detail", args=[job.json()["id"]])).json()
    assert status["state"] == "done"
    assert status["download"].endswith(f"/report-jobs/{job.json()['id']}/download/")


@pytest.mark.parametrize("role", ["juror", "award_manager", "other_secretariat", "applicant"])
def test_rankings_snapshots_and_reports_are_the_secretariats_only(client: Any, role: str) -> None:
    round_ = scored_round(candidacies=1, jurors=1)
    staff = factories.secretary(round_.edition)
    snapshot = services.freeze(round_, by=staff)
    job = services.request_report("results", edition=round_.edition, by=staff)
    user = {
        "juror": lambda: round_.jury.first().user,
        "award_manager": factories.award_manager,
        "other_secretariat": lambda: factories.secretary(factories.open_edition()),
        "applicant": lambda: factories.member_of(round_.edition.candidacies.first().organisation),
    }[role]()
    api = APIClient()
    api.force_authenticate(user)
    assert api.get(reverse("v1:ranking-detail", args=[round_.pk])).status_code == 404
    assert api.post(reverse("v1:snapshot-list"), {"round": round_.pk}).status_code == 404
    assert api.get(reverse("v1:snapshot-list")).json()["count"] == 0
    assert api.get(reverse("v1:report-job-list")).json()["count"] == 0
    client.force_login(user)
    for url in (
        reverse("round-ranking", args=[round_.pk]),
        reverse("snapshot-download", args=[snapshot.pk, "snapshot.json"]),
        reverse("report-job", args=[job.pk]),
        reverse("report-download", args=[job.pk]),
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("keys", [("01", "02"), ("true", "false"), ("nan", "null")])
def test_a_snapshot_with_number_like_criterion_keys_recomputes(keys: tuple[str, str]) -> None:
    round_ = scored_round(candidacies=2, jurors=2)
    for key, criterion in zip(keys, round_.criteria.order_by("pk"), strict=True):
        type(criterion).objects.filter(pk=criterion.pk).update(key=key)
    snapshot = services.freeze(round_, by=factories.secretary(round_.edition))
    assert services.recompute(snapshot)[1] == snapshot.sha256


def test_a_round_without_criteria_or_scores_ranks_empty_and_cannot_freeze(client: Any) -> None:
    edition, _candidacies, _people = factories.evaluated_edition(candidacies=1, jurors=1)
    round_ = edition.rounds.get(number=1)
    round_.criteria.all().delete()
    staff = factories.secretary(edition)
    client.force_login(staff)
    assert client.get(reverse("round-ranking", args=[round_.pk])).status_code == 200
    response = client.post(
        reverse("round-ranking", args=[round_.pk]), {"action": "freeze"}, follow=True
    )
    assert "nothing to freeze" in response.content.decode()
    assert not RankingSnapshot.objects.exists()


def test_pseudonyms_do_not_follow_the_alphabet_nor_the_case_of_addresses() -> None:
    round_ = scored_round(candidacies=1, jurors=3)
    names = queries.pseudonyms(round_)
    jurors = list(round_.jury.order_by("pk").values_list("user_id", flat=True))
    User.objects.filter(pk=jurors[0]).update(email=User.objects.get(pk=jurors[0]).email.upper())
    assert queries.pseudonyms(round_) == names  # case does not matter
    Edition.objects.filter(pk=round_.edition_id).update(pseudonym_key="f" * 32)
    round_.edition.refresh_from_db()
    other = queries.pseudonyms(round_)
    assert set(other.values()) == set(names.values())


def test_jury_digests_take_a_constant_number_of_queries(django_assert_max_num_queries: Any) -> None:
    small = scored_round(candidacies=1, jurors=2)
    with django_assert_max_num_queries(10) as one:
        pdf.jury_digests(small, small.edition.candidacies.all(), lambda *_: None)
    big = scored_round(candidacies=4, jurors=2)
    with django_assert_max_num_queries(len(one.captured_queries)):
        pdf.jury_digests(big, big.edition.candidacies.all(), lambda *_: None)


def test_footers_print_names_as_they_are() -> None:
    round_ = scored_round(candidacies=1, jurors=1)
    Edition.objects.filter(pk=round_.edition_id).update(name_en="Prix de l'innovation & co")
    round_.edition.refresh_from_db()
    text = "\n".join(
        pages_of(pdf.ranking_report(services.rank(round_, by=factories.secretary(round_.edition))))
    )
    assert "Prix de l'innovation & co" in text
    assert "&amp;" not in text


def test_the_results_report_prints_only_consented_summaries() -> None:
    winner, _applicant = factories.candidacy_in_state(CandidacyState.WINNER)
    Candidacy.objects.filter(pk=winner.pk).update(
        public_summary="A SECRET SUMMARY", consent_to_publish=False
    )
    text = "\n".join(pages_of(pdf.results_report(winner.edition)))
    assert winner.title in text
    assert "A SECRET SUMMARY" not in text


def test_a_report_that_cannot_be_stored_is_marked_failed(monkeypatch: Any) -> None:
    round_ = scored_round(candidacies=1, jurors=1)
    job = services.request_report(
        "ranking", edition=round_.edition, round_=round_, by=factories.secretary(round_.edition)
    )

    def full_disk(*args: Any, **kwargs: Any) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(type(job.file), "save", full_disk)
    with pytest.raises(OSError, match="No space left"):
        rendering.run(job)
    job.refresh_from_db()
    assert job.state == ReportState.FAILED
    assert "No space left" in job.error
