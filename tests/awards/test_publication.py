"""Publication: the results page of an edition, the archive, the results report, and the
certificates winners download — with embargoed and unconsented content present that must
never show."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zoneinfo
from typing import Any

import pypdfium2 as pdfium
import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation
from rest_framework.test import APIClient

from awards.enums import AttachmentKind, EditionState
from awards.models import Candidacy, OutboxMessage, PublicVote
from evaluation.enums import InvitationState
from evaluation.models import JuryMember
from tests import factories, publication
from tests.publication import PUBLIC, UNCONSENTED_WINNER_TITLE, World

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    """The worlds here hold a dozen accounts: hash their passwords quickly. The rate limits
    count in the cache: each test starts afresh."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()


@pytest.fixture
def world(db: Any) -> World:
    cache.clear()
    return publication.build()


def pdf_text(document: bytes) -> str:
    pages = pdfium.PdfDocument(document)
    return "\n".join(pages[i].get_textpage().get_text_range() for i in range(len(pages)))


# The results page --------------------------------------------------------------------------------


def test_the_results_page_names_winners_mentions_finalists_no_award_and_jury(
    client: Any, world: World
) -> None:
    page = client.get(reverse("results", args=[world.published.slug]))
    assert page.status_code == 200
    html = page.content.decode()
    winner, mention = world["winner"], world["mention"]
    # Winners share the prize ex aequo; each shows its share.
    assert winner.title in html
    assert UNCONSENTED_WINNER_TITLE in html
    assert html.count("Grand prize: 500.00 EUR") == 2
    assert html.count("ex aequo") == 2
    assert "Mention for inclusion" in html
    assert world["finalist"].title in html
    # A category without an award is named, its reason is not.
    assert "The jury gave no award in the category “Budgets”." in html
    # The jury: the juror who accepted, by name only.
    assert publication.JUROR_NAME in html
    # Consenting practices show their summary, photo and page; headings in order.
    assert PUBLIC["winner"] + " budget together" in html
    assert reverse("practice", args=[winner.reference]) in html
    assert reverse("practice-photo", args=[winner.reference, winner.attachments.first().pk]) in html
    assert reverse("practice", args=[mention.reference]) in html
    assert reverse("results-pdf", args=[world.published.slug]) in html
    # Not-selected candidacies are not results.
    assert PUBLIC["not_selected"] not in html
    publication.assert_nothing_hidden(html)


def test_an_unconsented_distinction_shows_its_name_and_nothing_more(
    client: Any, world: World
) -> None:
    quiet = world["unconsented_winner"]
    html = client.get(reverse("results", args=[world.published.slug])).content.decode()
    assert quiet.title in html
    assert quiet.organisation.name in html
    assert quiet.organisation.city in html
    assert quiet.public_summary not in html
    assert reverse("practice", args=[quiet.reference]) not in html
    photo = quiet.attachments.get()
    assert reverse("practice-photo", args=[quiet.reference, photo.pk]) not in html
    assert client.get(reverse("practice", args=[quiet.reference])).status_code == 404
    assert (
        client.get(reverse("practice-photo", args=[quiet.reference, photo.pk])).status_code == 404
    )


def test_results_do_not_exist_before_publication_for_anyone(client: Any, world: World) -> None:
    embargoed = world.embargoed
    people = [
        None,
        factories.UserFactory(),
        world.applicants["embargoed_winner"],
        factories.secretary(embargoed),
    ]
    for person in people:
        client.logout()
        if person is not None:
            client.force_login(person)
        for name in ("results", "results-pdf"):
            assert client.get(reverse(name, args=[embargoed.slug])).status_code == 404
        archive = client.get(reverse("archive")).content.decode()
        assert embargoed.name_en not in archive
        publication.assert_nothing_hidden(archive)


@pytest.mark.parametrize(
    "state",
    [
        EditionState.DRAFT,
        EditionState.CALL_OPEN,
        EditionState.CALL_CLOSED,
        EditionState.EVALUATION,
        EditionState.DELIBERATION,
    ],
)
def test_every_state_before_publication_hides_the_results(client: Any, state: str) -> None:
    edition = factories.edition_in_state(state)
    assert client.get(reverse("results", args=[edition.slug])).status_code == 404


def test_the_results_page_costs_the_same_queries_with_one_or_three_winners(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    one = publication.small_published(1)
    three = publication.small_published(3)
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("results", args=[one.slug]))
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("results", args=[three.slug]))
    assert page.content.decode().count("Small practice") >= 3


# The archive ------------------------------------------------------------------------------------


def test_the_archive_lists_published_and_archived_editions_by_year(
    client: Any, world: World
) -> None:
    archived = factories.edition_in_state(EditionState.ARCHIVED)
    page = client.get(reverse("archive"))
    html = page.content.decode()
    assert page.status_code == 200
    assert reverse("results", args=[world.published.slug]) in html
    assert reverse("results", args=[archived.slug]) in html
    assert reverse("results", args=[world.embargoed.slug]) not in html
    assert "2 winners" in html
    years = [edition.year for edition in page.context["editions"]]
    assert years == sorted(years, reverse=True)
    publication.assert_nothing_hidden(html)


def test_home_and_navigation_lead_to_the_archive_and_the_repository(client: Any) -> None:
    published = factories.edition_in_state(EditionState.PUBLISHED)
    html = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("archive")}"' in html
    assert f'href="{reverse("practices")}"' in html
    assert f'href="{reverse("results", args=[published.slug])}"' in html


# The results report ------------------------------------------------------------------------------


def test_the_results_report_is_public_after_publication_and_prints_only_public_text(
    client: Any, world: World
) -> None:
    response = client.get(reverse("results-pdf", args=[world.published.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert world["winner"].title in text
    assert UNCONSENTED_WINNER_TITLE in text
    assert "Embargoed" not in text
    publication.assert_nothing_hidden(text)
    # Cached: a second request renders nothing new and gives the same document.
    again = client.get(reverse("results-pdf", args=[world.published.slug]))
    assert again.content == response.content


def test_the_cached_report_follows_a_renamed_organisation(client: Any, world: World) -> None:
    url = reverse("results-pdf", args=[world.published.slug])
    assert "Prefeitura de Aurora" in pdf_text(client.get(url).content)
    organisation = world["winner"].organisation
    organisation.name = "Prefeitura de Novaterra"
    organisation.save()
    text = pdf_text(client.get(url).content)
    assert "Prefeitura de Novaterra" in text
    assert "Prefeitura de Aurora" not in text


def test_the_results_report_prints_prizes_mentions_no_awards_and_jury_like_the_page(
    client: Any, world: World
) -> None:
    text = pdf_text(client.get(reverse("results-pdf", args=[world.published.slug])).content)
    assert text.count("Grand prize: 500.00 EUR") == 2
    assert text.count("ex aequo") == 2
    assert "Mention for inclusion" in text
    assert "The jury gave no award in the category “Budgets”." in text
    assert publication.JUROR_NAME in text
    publication.assert_nothing_hidden(text)


def test_rendering_the_report_anew_is_limited_per_address_a_cached_one_is_not(
    client: Any, settings: Any, world: World
) -> None:
    settings.PALMARES_EXPORT_RATE = "1/minute"
    url = reverse("results-pdf", args=[world.published.slug])
    assert client.get(url).status_code == 200  # rendered
    assert client.get(url).status_code == 200  # from the cache
    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    refused = client.get(url, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
    # Another address may.
    assert client.get(url, REMOTE_ADDR="198.51.100.7").status_code == 200


# Certificates -----------------------------------------------------------------------------------


def certificate_url(candidacy: Any) -> str:
    return reverse("candidacy-certificate", args=[candidacy.pk])


def test_winners_and_mentions_download_their_certificate(client: Any, world: World) -> None:
    for name in ("winner", "unconsented_winner", "mention"):
        candidacy = world[name]
        client.force_login(world.applicants[name])
        page = client.get(reverse("candidacy", args=[candidacy.pk])).content.decode()
        assert certificate_url(candidacy) in page
        response = client.get(certificate_url(candidacy))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert candidacy.reference in response["Content-Disposition"]
        text = pdf_text(response.content)
        assert candidacy.organisation.name in text
        # Another member of the same organisation may too.
        client.force_login(factories.member_of(candidacy.organisation))
        assert client.get(certificate_url(candidacy)).status_code == 200


def test_no_certificate_for_others_nor_for_other_results(client: Any, world: World) -> None:
    winner = world["winner"]
    refused = [
        (factories.UserFactory(), winner),  # a stranger
        (world.applicants["finalist"], winner),  # another organisation's member
        (factories.secretary(world.published), winner),  # the secretariat prints its own
        (world.applicants["finalist"], world["finalist"]),  # a finalist has none
        (world.applicants["not_selected"], world["not_selected"]),
        (world.applicants["ineligible"], world["ineligible"]),
    ]
    for person, candidacy in refused:
        client.force_login(person)
        assert client.get(certificate_url(candidacy)).status_code == 404
        page = client.get(reverse("candidacy", args=[candidacy.pk]))
        assert certificate_url(candidacy) not in page.content.decode()
    client.logout()
    anonymous = client.get(certificate_url(winner))
    assert anonymous.status_code == 302
    assert reverse("account_login") in anonymous["Location"]


def test_before_publication_the_applicant_sees_under_evaluation_and_no_certificate(
    client: Any, world: World
) -> None:
    winner, applicant = world["embargoed_winner"], world.applicants["embargoed_winner"]
    client.force_login(applicant)
    page = client.get(reverse("candidacy", args=[winner.pk])).content.decode()
    assert "Under evaluation" in page
    assert "Winner" not in page
    assert "Result:" not in page
    assert certificate_url(winner) not in page
    assert client.get(certificate_url(winner)).status_code == 404
    api = APIClient()
    api.force_authenticate(applicant)
    data = api.get(reverse("v1:candidacy-detail", args=[winner.pk])).json()
    assert data["status"] == "under_evaluation"
    assert data["state"] is None
    timeline = api.get(reverse("v1:candidacy-timeline", args=[winner.pk])).json()
    assert "winner" not in str(timeline).lower()


def test_after_publication_the_applicant_sees_the_result(client: Any, world: World) -> None:
    client.force_login(world.applicants["winner"])
    page = client.get(reverse("candidacy", args=[world["winner"].pk])).content.decode()
    assert "Winner" in page
    assert "Download the certificate" in page


def test_a_superuser_member_gets_no_certificate_before_publication(
    client: Any, world: World
) -> None:
    """Django grants a superuser every permission: the certificate asks the rule itself."""
    embargoed = world["embargoed_winner"]
    boss = factories.member_of(embargoed.organisation, is_superuser=True, is_staff=True)
    client.force_login(boss)
    page = client.get(reverse("candidacy", args=[embargoed.pk])).content.decode()
    assert certificate_url(embargoed) not in page
    assert client.get(certificate_url(embargoed)).status_code == 404
    # Once published, the same member may.
    client.force_login(factories.member_of(world["winner"].organisation, is_superuser=True))
    assert client.get(certificate_url(world["winner"])).status_code == 200


def test_the_certificate_names_the_mention_and_is_dated_on_publication(
    client: Any, world: World
) -> None:
    mention = world["mention"]
    published = Candidacy.objects.get(pk=mention.pk).edition
    record = published.transition_records.get(transition="publish")
    with translation.override(mention.language):
        where = zoneinfo.ZoneInfo(published.timezone)
        day = formats.date_format(record.at.astimezone(where).date(), "DATE_FORMAT")
    with time_machine.travel(record.at + dt.timedelta(days=40)):
        client.force_login(world.applicants["mention"])
        document = client.get(certificate_url(mention)).content
    text = pdf_text(document)
    assert "Mention for inclusion" in text
    assert day in text
    assert len(pdfium.PdfDocument(document)) == 1


# Prizes shared ex aequo, identical on every surface ---------------------------------------------


def shared_prize_texts(client: Any, shared: dict[str, Any]) -> dict[str, str]:
    """What each surface says of the shared prize, as text."""
    edition = shared["edition"]
    pages = {
        "results": client.get(reverse("results", args=[edition.slug])).content.decode(),
        "search": client.get(reverse("practices"), {"year": edition.year}).content.decode(),
        "pdf": pdf_text(client.get(reverse("results-pdf", args=[edition.slug])).content),
    }
    for name in ("A", "B"):
        url = reverse("practice", args=[shared[name].reference])
        pages[f"practice {name}"] = client.get(url).content.decode()
    return pages


def test_a_prize_shared_by_a_winner_and_a_mention_after_a_co_winner_withdrew(
    client: Any,
) -> None:
    shared = publication.shared_prize_world()
    a, b, c = shared["A"], shared["B"], shared["C"]
    assert (a.state, b.state, c.state) == ("winner", "special_mention", "withdrawn")
    line = f"{publication.SHARED_PRIZE}: 500.00 EUR"
    for surface, text in shared_prize_texts(client, shared).items():
        expected = 1 if surface.startswith("practice") else 2
        assert text.count(line) == expected, surface
        assert text.count("ex aequo") == expected, surface
        assert c.title not in text, surface
        assert "333.3" not in text, surface

    csv_text = b"".join(client.get(reverse("practices-csv")).streaming_content).decode()
    rows = {row["reference"]: row for row in csv.DictReader(io.StringIO(csv_text))}
    data = json.loads(b"".join(client.get(reverse("practices-json")).streaming_content))
    records = {record["reference"]: record for record in data["practices"]}
    api = APIClient()
    practices = {
        p["reference"]: p
        for p in api.get(reverse("v1:practice-list"), {"year": 2035}).json()["results"]
    }
    detail = api.get(reverse("v1:published-result-detail", args=[shared["edition"].slug]))
    results = {r["reference"]: r for r in detail.json()["results"]}
    assert c.reference not in rows | records | practices | results
    for holder in (a, b):
        ref = holder.reference
        assert (rows[ref]["prize"], rows[ref]["prize_share"]) == (
            publication.SHARED_PRIZE,
            "500.00",
        )
        assert rows[ref]["ex_aequo"] == "true"
        assert (records[ref]["prize_share"], records[ref]["ex_aequo"]) == ("500.00", True)
        for api_record in (practices[ref], results[ref]):
            assert api_record["prize"]["share"] == "500.00"
            assert api_record["prize"]["ex_aequo"] is True
    assert results[b.reference]["mention"] == "Mention for care"
    # The result mails say the same; the withdrawn candidacy's is gone.
    for holder in (a, b):
        assert "500.00" in OutboxMessage.objects.get(candidacy=holder).body
    assert not OutboxMessage.objects.filter(candidacy=c).exists()


# The results page ---------------------------------------------------------------------------------


def test_the_winners_are_grouped_under_a_heading_per_prize(client: Any, world: World) -> None:
    html = client.get(reverse("results", args=[world.published.slug])).content.decode()
    assert re.search(r"<h3[^>]*>Grand prize · 1,000\.00 EUR</h3>", html)


def test_a_juror_whose_name_is_only_spaces_is_left_out(client: Any, world: World) -> None:
    round_ = world.published.rounds.get(number=1)
    blank = factories.UserFactory(full_name="   ")
    JuryMember.objects.create(round=round_, user=blank, state=InvitationState.ACCEPTED)
    html = client.get(reverse("results", args=[world.published.slug])).content.decode()
    assert re.findall(r"<li>\s*</li>", html) == []
    api = APIClient().get(reverse("v1:published-result-detail", args=[world.published.slug]))
    assert api.json()["jury"][0]["jurors"] == [publication.JUROR_NAME]


def test_the_community_mention_shows_beside_its_candidacy(client: Any, world: World) -> None:
    finalist = world["finalist"]
    PublicVote.objects.create(
        edition=world.published,
        opens_at=timezone.now() - dt.timedelta(days=30),
        closes_at=timezone.now() - dt.timedelta(days=20),
        community_candidacy=finalist,
        community_mention="Neighbours' favourite",
    )
    said = "Community mention: Neighbours&#x27; favourite"
    html = client.get(reverse("results", args=[world.published.slug])).content.decode()
    entry = html[html.index(finalist.title) :]
    assert said in entry[: entry.index("</li>")]
    api = APIClient().get(reverse("v1:published-result-detail", args=[world.published.slug]))
    results = {r["reference"]: r for r in api.json()["results"]}
    assert results[finalist.reference]["community_mention"] == "Neighbours' favourite"
    assert results[world["winner"].reference]["community_mention"] == ""
    assert api.json()["community_mention"]["reference"] == finalist.reference
    text = pdf_text(client.get(reverse("results-pdf", args=[world.published.slug])).content)
    assert "Community mention: Neighbours' favourite" in text


# What the public surfaces load -------------------------------------------------------------------

NEVER_LOADED = (
    '"awards_decision"."reason"',
    '"awards_noaward"."reason"',
    '"awards_candidacy"."contact_email"',
    '"awards_candidacy"."practice_description"',
    '"accounts_user"."email"',
    '"accounts_user"."password"',
)


def test_public_surfaces_never_load_reasons_nor_private_fields(client: Any, world: World) -> None:
    winner = world["winner"]
    urls = [
        reverse("results", args=[world.published.slug]),
        reverse("results-pdf", args=[world.published.slug]),
        reverse("practices"),
        reverse("practice", args=[winner.reference]),
        reverse("practices-feed"),
        reverse("practices-json"),
        reverse("practices-csv"),
        reverse("v1:published-result-list"),
        reverse("v1:practice-list"),
    ]
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200, url
        sql = "\n".join(query["sql"] for query in queries.captured_queries)
        for column in NEVER_LOADED:
            assert column not in sql, (url, column)


# HEAD is answered like GET -----------------------------------------------------------------------


def test_public_pages_answer_head(client: Any, world: World) -> None:
    winner = world["winner"]
    photo = winner.attachments.get(kind=AttachmentKind.PHOTO)
    urls = [
        reverse("results", args=[world.published.slug]),
        reverse("results-pdf", args=[world.published.slug]),
        reverse("archive"),
        reverse("practices"),
        reverse("practice", args=[winner.reference]),
        reverse("practice-photo", args=[winner.reference, photo.pk]),
        reverse("practices-feed"),
        reverse("practices-csv"),
        reverse("practices-json"),
        "/sitemap.xml",
    ]
    for url in urls:
        assert client.head(url).status_code == 200, url
    for url in urls[:-1]:  # the sitemap is Django's own view
        assert client.post(url).status_code == 405, url
