"""The repository of practices: search, filters, practice pages, photos, the Atom feed, the
open-data exports and the sitemap — with embargoed and unconsented content present that must
never show. The same tests run on SQLite and on PostgreSQL (full-text search)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from PIL import Image
from rest_framework.test import APIClient

from awards import open_data, search, services
from awards.enums import AttachmentKind
from awards.models import Candidacy
from awards.publication import public_photos, published_practices
from tests import factories, publication
from tests.publication import HIDDEN, PUBLIC, UNCONSENTED_WINNER_TITLE, World

pytestmark = pytest.mark.django_db

IN_REPOSITORY = ("winner", "mention", "finalist", "not_selected")


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


def found(client: Any, **params: Any) -> tuple[set[str], str]:
    """The references the search page lists for ``params``, and its HTML."""
    page = client.get(reverse("practices"), params)
    assert page.status_code == 200
    return {p.reference for p in page.context["page"].object_list}, page.content.decode()


def references(world: World, *names: str) -> set[str]:
    return {world[name].reference for name in names}


def assert_private(text: str) -> None:
    """Nothing hidden, and not even the title of an unconsented winner: outside the results
    page, a candidacy without consent does not exist."""
    publication.assert_nothing_hidden(text)
    assert UNCONSENTED_WINNER_TITLE not in text


# What the repository holds ------------------------------------------------------------------------


def test_the_repository_holds_the_decided_consenting_practices_of_published_editions(
    world: World,
) -> None:
    assert set(published_practices()) == {world[name] for name in IN_REPOSITORY}
    photos = set(public_photos())
    assert photos == {
        world[name].attachments.get(kind=AttachmentKind.PHOTO) for name in IN_REPOSITORY
    }


def test_the_search_page_lists_the_repository_and_nothing_else(client: Any, world: World) -> None:
    listed, html = found(client)
    assert listed == references(world, *IN_REPOSITORY)
    for name in IN_REPOSITORY:
        assert world[name].title in html
    assert_private(html)


# Text search --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        (PUBLIC["winner"], {"winner"}),  # a word of the title (and summary)
        ("councils", {"winner"}),  # of the title
        ("together", {"winner"}),  # of the summary only
        ("Prefeitura", {"winner"}),  # of the organisation's name
        ("Valle Alto", {"mention"}),  # of the city (and summary)
        ("presupuesto", {"mention"}),  # a Spanish visitor's word
        (f"{PUBLIC['winner']} councils", {"winner"}),  # every word
        (f"{PUBLIC['winner']} {PUBLIC['finalist']}", set()),  # every word, not any
        (f"{PUBLIC['winner']} -councils", set()),  # a word left out
        ('"neighbourhood councils"', {"winner"}),  # a phrase
    ],
)
def test_words_find_practices_by_title_summary_organisation_and_city(
    client: Any, world: World, q: str, expected: set[str]
) -> None:
    listed, html = found(client, q=q)
    assert listed == references(world, *expected)
    assert_private(html)


def test_words_follow_a_renamed_organisation_and_a_corrected_title(
    client: Any, world: World
) -> None:
    winner = world["winner"]
    organisation = winner.organisation
    organisation.name, organisation.city = "Prefeitura de Novaterra", "Novaterra"
    organisation.save()
    Candidacy.objects.filter(pk=winner.pk).update(title="Orchestrated neighbourhood councils")
    assert found(client, q="Novaterra")[0] == {winner.reference}
    assert found(client, q="Orchestrated")[0] == {winner.reference}
    assert found(client, q="Aurora do Sul")[0] == set()


def test_the_search_function_is_the_pages_and_orders_by_relevance(world: World) -> None:
    query = search.PracticeQuery(q="councils")
    assert list(search.practices(query)) == [world["winner"]]
    everything = list(search.practices(search.PracticeQuery()))
    assert len(everything) == len(IN_REPOSITORY)


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_words_never_find_hidden_content(client: Any, world: World, name: str) -> None:
    listed, html = found(client, q=HIDDEN[name])
    assert listed == set()
    # The page repeats the visitor's own words in its form and links: only those may show.
    echoes = (f'value="{escape(HIDDEN[name])}"', escape(urlencode({"q": HIDDEN[name]})))
    for echo in echoes:
        html = html.replace(echo, "")
    assert_private(html)


def test_words_never_find_an_unconsented_winner(client: Any, world: World) -> None:
    listed, _html = found(client, q="Quillharbour")
    assert listed == set()


# Filters ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category": "budget"}, {"mention"}),
        ({"category": "gender-care"}, {"winner", "finalist", "not_selected"}),
        ({"country": "BR"}, {"winner"}),
        ({"country": "br"}, {"winner"}),
        ({"country": "FR"}, set()),  # the embargoed organisation's country
        ({"region": "latin_america"}, {"winner"}),
        ({"population": "20k-100k"}, {"mention"}),
        ({"year": "2031"}, set(IN_REPOSITORY)),
        ({"year": "2032"}, set()),  # the embargoed edition's year
        ({"result": "winner"}, {"winner"}),
        ({"result": "special_mention"}, {"mention"}),
        ({"result": "finalist"}, {"finalist"}),
        ({"result": "not_selected"}, {"not_selected"}),
        ({"result": "shortlisted"}, set()),
        ({"language": "fr"}, {"finalist"}),
        ({"language": "es"}, {"mention"}),
        ({"language": "pt", "result": "not_selected"}, {"not_selected"}),
        ({"q": "presupuesto", "country": "ES"}, {"mention"}),
        ({"q": "presupuesto", "country": "BR"}, set()),
    ],
)
def test_each_filter_narrows_the_repository(
    client: Any, world: World, params: dict[str, str], expected: set[str]
) -> None:
    listed, html = found(client, **params)
    assert listed == references(world, *expected)
    assert_private(html)


def test_an_invalid_filter_is_left_out_and_said(client: Any, world: World) -> None:
    listed, html = found(client, country="ZZ", result="withdrawn", year="soon")
    assert listed == references(world, *IN_REPOSITORY)
    assert "Choose a country from the list." in html
    assert 'aria-invalid="true"' in html
    assert_private(html)


def test_filters_offer_the_values_present_with_their_counts(client: Any, world: World) -> None:
    page = client.get(reverse("practices"), {"country": "BR"})
    filters = {field.name: options for field, options in page.context["filters"]}
    countries = {option.value: option.count for option in filters["country"]}
    assert countries == {"BR": 1, "ES": 1, "PT": 2}  # counted without the country's own choice
    results = {option.value: option.count for option in filters["result"]}
    assert results == {"winner": 1}  # counted within Brazil
    assert "Brazil (1)" in page.content.decode()
    assert [option.value for option in filters["year"]] == ["2031"]


def test_pages_of_twenty(client: Any, monkeypatch: Any, world: World) -> None:
    monkeypatch.setattr(search, "PAGE_SIZE", 3)
    first = client.get(reverse("practices"), {"result": ""}).content.decode()
    assert 'rel="next"' in first
    assert "?result=&amp;page=2" in first
    second, _html = found(client, page="2")
    assert len(second) == 1


def test_the_search_page_costs_the_same_queries_with_one_or_three_practices(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    publication.small_published(1, year=2040)
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("practices"), {"q": "Small practice"})
    publication.small_published(3, year=2041)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("practices"), {"q": "Small practice"})
    assert len(page.context["page"].object_list) == 4


# A practice's page and photos --------------------------------------------------------------------


def test_a_practice_has_a_stable_page_by_reference(client: Any, world: World) -> None:
    mention = world["mention"]
    url = reverse("practice", args=[mention.reference])
    assert url == f"/practices/{mention.reference}/"
    assert mention.reference == f"{mention.edition.code}-2031-0003"
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    for text in (
        mention.title,
        "Los presupuestos participativos de Valle Alto",
        "Ayuntamiento de Valle",
        "Valle Alto",
        "Spain",
        "Europe",
        "20,000 to 100,000 inhabitants",
        "Budgets",
        "2031",
        "Special mention",
        "Mention for inclusion",
        "Spanish",
        "March 2022",
    ):
        assert text in html, text
    photo = mention.attachments.get(kind=AttachmentKind.PHOTO)
    assert reverse("practice-photo", args=[mention.reference, photo.pk]) in html
    assert f'alt="{mention.title}"' in html
    assert 'lang="es"' in html
    assert_private(html)


def test_a_winners_page_names_its_prize_and_share(client: Any, world: World) -> None:
    html = client.get(reverse("practice", args=[world["winner"].reference])).content.decode()
    assert "Grand prize: 500.00 EUR" in html
    assert "ex aequo" in html
    assert_private(html)


def test_nothing_outside_the_repository_has_a_practice_page(client: Any, world: World) -> None:
    outside = [
        "unconsented_winner",
        "unconsented_loser",
        "ineligible",
        "withdrawn",
        "embargoed_winner",
        "embargoed_loser",
    ]
    for name in outside:
        assert world[name].reference
        response = client.get(reverse("practice", args=[world[name].reference]))
        assert response.status_code == 404, name
    assert client.get(reverse("practice", args=["IOPD-2031-9999"])).status_code == 404
    client.force_login(factories.secretary(world.embargoed))
    assert (
        client.get(reverse("practice", args=[world["embargoed_winner"].reference])).status_code
        == 404
    )


def test_photos_of_the_repository_are_public_and_nothing_else_is(client: Any, world: World) -> None:
    winner = world["winner"]
    photo = winner.attachments.get(kind=AttachmentKind.PHOTO)
    response = client.get(reverse("practice-photo", args=[winner.reference, photo.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert pixels(b"".join(response.streaming_content)) == pixels(factories.PNG_BYTES)
    document = winner.attachments.get(kind=AttachmentKind.DOCUMENT)
    refused = [
        (winner.reference, document.pk),  # not a photo
        (world["mention"].reference, photo.pk),  # another practice's address
    ]
    for name in ("unconsented_winner", "unconsented_loser", "embargoed_winner", "ineligible"):
        candidacy = world[name]
        refused.append((candidacy.reference, candidacy.attachments.get().pk))
    for reference, pk in refused:
        assert client.get(reverse("practice-photo", args=[reference, pk])).status_code == 404
    # The private door stays shut.
    assert client.get(reverse("attachment", args=[document.pk])).status_code == 302
    client.force_login(factories.UserFactory())
    assert client.get(reverse("attachment", args=[document.pk])).status_code == 404
    assert client.get(reverse("attachment", args=[photo.pk])).status_code == 404


def test_a_photo_that_is_not_an_image_is_not_served(client: Any, world: World) -> None:
    winner = world["winner"]
    photo = winner.attachments.get(kind=AttachmentKind.PHOTO)
    with photo.file.open("wb") as handle:
        handle.write(b"<html><script>alert(1)</script></html>")
    assert (
        client.get(reverse("practice-photo", args=[winner.reference, photo.pk])).status_code == 404
    )


def test_a_spanish_visitor_searches_presupuesto_and_opens_the_practice(
    client: Any, world: World
) -> None:
    client.post(reverse("set_language"), {"language": "es", "next": "/"})
    page = client.get(reverse("practices"), {"q": "presupuesto"})
    html = page.content.decode()
    assert '<html lang="es"' in html
    # The interface in Spanish: these need the Spanish catalogue (locale/es).
    for english in ("Repository of practices", "Words", "Search"):
        with translation.override("es"):
            spanish = translation.gettext(english)
        assert spanish != english, f"{english!r} is not translated into Spanish"
        assert escape(spanish) in html
    listed = [p.reference for p in page.context["page"].object_list]
    assert listed == [world["mention"].reference]
    practice = client.get(reverse("practice", args=[listed[0]]))
    assert practice.status_code == 200
    assert "España" in practice.content.decode()  # the country, in Spanish
    assert_private(practice.content.decode())


# The feed ---------------------------------------------------------------------------------------


def test_the_atom_feed_gives_the_latest_practices(client: Any, world: World) -> None:
    response = client.get(reverse("practices-feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    xml = response.content.decode()
    for name in IN_REPOSITORY:
        url = f"http://testserver/practices/{world[name].reference}/"
        assert f'<link href="{url}" rel="alternate"/>' in xml
        assert f"<id>{url}</id>" in xml  # a permanent, absolute identifier
    assert_private(xml)


def test_the_feed_honours_words_and_filters(client: Any, world: World) -> None:
    xml = client.get(reverse("practices-feed"), {"country": "BR"}).content.decode()
    assert world["winner"].reference in xml
    assert world["mention"].reference not in xml
    xml = client.get(reverse("practices-feed"), {"q": "presupuesto"}).content.decode()
    assert world["mention"].reference in xml
    assert world["winner"].reference not in xml
    assert_private(xml)


def test_the_feed_escapes_what_applicants_wrote(client: Any, world: World) -> None:
    Candidacy.objects.filter(pk=world["winner"].pk).update(
        public_summary="<script>alert(1)</script>"
    )
    xml = client.get(reverse("practices-feed")).content.decode()
    assert "<script>" not in xml
    assert "&lt;script&gt;" not in xml.replace("&amp;lt;script&amp;gt;", "")
    # The summary is there, escaped for HTML inside the XML.
    assert "&lt;p&gt;&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;&lt;/p&gt;" in xml


def test_the_feed_costs_the_same_queries_with_one_or_three_practices(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    publication.small_published(1)
    with django_assert_max_num_queries(15) as few:
        client.get(reverse("practices-feed"))
    publication.small_published(3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        xml = client.get(reverse("practices-feed")).content.decode()
    assert xml.count("<entry>") == 4


# Open data --------------------------------------------------------------------------------------


def csv_rows(response: Any) -> list[dict[str, str]]:
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_export_has_the_documented_columns_and_only_the_repository(
    client: Any, world: World
) -> None:
    response = client.get(reverse("practices-csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="practices.csv"' in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == open_data.COLUMNS
    assert {row["reference"] for row in rows} == references(world, *IN_REPOSITORY)
    winner = next(row for row in rows if row["reference"] == world["winner"].reference)
    assert winner["country"] == "BR"
    assert winner["result"] == "winner"
    assert winner["prize"] == "Grand prize"
    assert winner["prize_share"] == "500.00"
    assert winner["year"] == "2031"
    assert winner["url"] == f"http://testserver/practices/{world['winner'].reference}/"
    assert winner["photos"].startswith("http://testserver/practices/")
    assert_private(text)


def test_the_exports_honour_words_and_filters(client: Any, world: World) -> None:
    rows = csv_rows(client.get(reverse("practices-csv"), {"result": "finalist"}))
    assert [row["reference"] for row in rows] == [world["finalist"].reference]
    data = json.loads(
        b"".join(client.get(reverse("practices-json"), {"q": "presupuesto"}).streaming_content)
    )
    assert [p["reference"] for p in data["practices"]] == [world["mention"].reference]


def test_the_csv_export_defuses_formulas(client: Any, world: World) -> None:
    Candidacy.objects.filter(pk=world["winner"].pk).update(title='=HYPERLINK("http://x")')
    rows = csv_rows(client.get(reverse("practices-csv")))
    titles = {row["title"] for row in rows}
    assert '\'=HYPERLINK("http://x")' in titles


def test_the_json_export_carries_its_licence_and_only_the_repository(
    client: Any, world: World
) -> None:
    response = client.get(reverse("practices-json"))
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    data = json.loads(text)
    assert data["licence"] == open_data.LICENCE
    assert data["columns"] == list(open_data.COLUMNS)
    assert {p["reference"] for p in data["practices"]} == references(world, *IN_REPOSITORY)
    mention = next(p for p in data["practices"] if p["reference"] == world["mention"].reference)
    assert mention["distinction"] == "Mention for inclusion"
    assert mention["photos"][0]["url"].startswith("http://testserver/practices/")
    assert set(mention) == set(open_data.COLUMNS)
    assert_private(text)


def test_the_exports_cost_the_same_queries_with_one_or_three_practices(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    publication.small_published(1)
    with django_assert_max_num_queries(15) as few:
        b"".join(client.get(reverse("practices-json")).streaming_content)
    publication.small_published(3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        data = json.loads(b"".join(client.get(reverse("practices-json")).streaming_content))
    assert len(data["practices"]) == 4


# The sitemap ------------------------------------------------------------------------------------


def test_the_sitemap_lists_public_pages_only(client: Any, world: World) -> None:
    open_call = factories.open_edition()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for url in (
        reverse("home"),
        reverse("archive"),
        reverse("practices"),
        reverse("results", args=[world.published.slug]),
        reverse("edition-detail", args=[open_call.slug]),
        *(reverse("practice", args=[world[name].reference]) for name in IN_REPOSITORY),
    ):
        assert f"http://testserver{url}</loc>" in xml, url
    assert reverse("results", args=[world.embargoed.slug]) not in xml
    for name in ("unconsented_winner", "unconsented_loser", "embargoed_winner", "ineligible"):
        assert world[name].reference not in xml
    assert_private(xml)


def pixels(content: bytes) -> tuple[tuple[int, int], bytes]:
    with Image.open(io.BytesIO(content)) as image:
        return image.size, image.convert("RGBA").tobytes()


def jpeg_with_metadata() -> bytes:
    """A photo as a phone takes it: where (GPS), with what, by whom, turned by its EXIF."""
    exif = Image.Exif()
    exif[0x010F] = "Secretcamera"  # Make
    exif[0x013B] = "Secretauthor"  # Artist
    exif[0x0112] = 6  # Orientation: turned a quarter
    exif.get_ifd(0x8825)[2] = (40.0, 25.0, 1.0)  # GPSLatitude
    out = io.BytesIO()
    Image.new("RGB", (60, 20), "navy").save(
        out, format="JPEG", exif=exif.tobytes(), comment=b"Secretcomment"
    )
    return out.getvalue()


def test_public_photos_are_served_without_their_metadata(client: Any, world: World) -> None:
    winner = world["winner"]
    photo = winner.attachments.get(kind=AttachmentKind.PHOTO)
    original = jpeg_with_metadata()
    with photo.file.open("wb") as handle:
        handle.write(original)
    url = reverse("practice-photo", args=[winner.reference, photo.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    served = b"".join(response.streaming_content)
    for marker in (b"Secretcamera", b"Secretauthor", b"Secretcomment", b"Exif"):
        assert marker in original
        assert marker not in served, marker
    with Image.open(io.BytesIO(served)) as image:
        assert dict(image.getexif()) == {}
        assert image.size == (20, 60)  # upright, as the orientation said
    # Kept once made: the second request reads the same copy; the original is untouched.
    assert b"".join(client.get(url).streaming_content) == served
    with photo.file.open("rb") as handle:
        assert handle.read() == original


def test_a_missing_photo_file_answers_404(client: Any, world: World) -> None:
    winner = world["winner"]
    photo = winner.attachments.get(kind=AttachmentKind.PHOTO)
    photo.file.storage.delete(photo.file.name)
    url = reverse("practice-photo", args=[winner.reference, photo.pk])
    assert client.get(url).status_code == 404
    assert client.get(reverse("practice", args=[winner.reference])).status_code == 200


# What the words mean, the same on both databases -------------------------------------------------


def test_or_is_a_word_like_the_others(client: Any, world: World) -> None:
    for either in (
        f"{PUBLIC['winner']} or {PUBLIC['finalist']}",
        f"{PUBLIC['winner']} OR {PUBLIC['finalist']}",
    ):
        assert found(client, q=either)[0] == set(), either  # both required: none has both
    assert found(client, q=f"{PUBLIC['winner']} or councils")[0] == references(world, "winner")


def test_punctuation_alone_searches_nothing_like_no_words(client: Any, world: World) -> None:
    for q in ("!!!", '" - "', "… ?", "-"):
        listed, _html = found(client, q=q)
        assert listed == references(world, *IN_REPOSITORY), q
    response = APIClient().get(reverse("v1:practice-list"), {"q": "!!!"})
    assert response.json()["count"] == len(IN_REPOSITORY)


def test_words_longer_than_allowed_are_cut_never_dropped(client: Any, world: World) -> None:
    long = f"{PUBLIC['winner']} " + "councils " * 30  # cut at 200, within "councils"
    assert len(long) > search.MAX_QUERY_LENGTH
    listed, html = found(client, q=long)
    assert listed == references(world, "winner")
    assert "errorlist" not in html
    unfound = f"{PUBLIC['winner']} " + "Quillharbour" * 30
    assert found(client, q=unfound)[0] == set()  # never the whole repository
    api = APIClient().get(reverse("v1:practice-list"), {"q": long})
    assert api.status_code == 200
    assert {p["reference"] for p in api.json()["results"]} == references(world, "winner")


@pytest.mark.postgres
def test_a_change_of_language_is_searched_in_the_new_language(client: Any, world: World) -> None:
    winner, spanish = world["winner"], {world["mention"].reference}
    Candidacy.objects.filter(pk=winner.pk).update(title="Cabildos participativos")
    assert found(client, q="participativa")[0] == spanish  # English does not stem it
    Candidacy.objects.filter(pk=winner.pk).update(language="es")
    assert found(client, q="participativa")[0] == spanish | {winner.reference}


def test_the_practices_of_an_archived_edition_stay_in_the_repository(
    client: Any, world: World
) -> None:
    services.archive_edition(world.published, by=factories.secretary(world.published))
    listed, _html = found(client)
    assert listed == references(world, *IN_REPOSITORY)
    winner = world["winner"]
    assert client.get(reverse("practice", args=[winner.reference])).status_code == 200
    photo = winner.attachments.get(kind=AttachmentKind.PHOTO)
    url = reverse("practice-photo", args=[winner.reference, photo.pk])
    assert client.get(url).status_code == 200
    assert client.get(reverse("results", args=[world.published.slug])).status_code == 200


# Odd characters in addresses and words ---------------------------------------------------------


def test_a_nul_byte_or_odd_characters_never_reach_the_database(client: Any, world: World) -> None:
    """PostgreSQL refuses a NUL in a query (a 500 before references were restricted)."""
    reference = world["winner"].reference
    photo = world["winner"].attachments.get(kind=AttachmentKind.PHOTO)
    api = APIClient()
    for path in (
        f"/practices/{reference}%00/",
        f"/practices/{reference}%00/photos/{photo.pk}/",
        f"/practices/{reference}%20x/",
        f"/practices/{reference}'/",
        f"/api/v1/practices/{reference}%00/",
        f"/api/v1/published-results/{world.published.slug}%00/",
        f"/editions/{world.published.slug}%00/results/",
    ):
        client_ = api if path.startswith("/api/") else client
        assert client_.get(path).status_code == 404, path
    for url in ("practices", "practices-feed", "practices-csv", "practices-json"):
        assert client.get(reverse(url), {"q": f"{PUBLIC['winner']}\x00"}).status_code == 200, url
    assert found(client, q=f"{PUBLIC['winner']}\x00")[0] == references(world, "winner")
    assert api.get(reverse("v1:practice-list"), {"q": "a\x00b"}).status_code == 200
    assert api.get(reverse("v1:practice-list"), {"category": "a\x00b"}).status_code == 400


# The feed and the exports refuse what they cannot read -------------------------------------------


@pytest.mark.parametrize("url", ["practices-feed", "practices-csv", "practices-json"])
@pytest.mark.parametrize(
    "params",
    [{"country": "ZZ"}, {"result": "withdrawn"}, {"year": "soon"}, {"category": "a b"}],
)
def test_the_feed_and_exports_refuse_an_invalid_filter(
    client: Any, world: World, url: str, params: dict[str, str]
) -> None:
    response = client.get(reverse(url), params)
    assert response.status_code == 400
    assert next(iter(params)) in response.content.decode()
    assert world["winner"].reference not in response.content.decode()


# The exports' rate -------------------------------------------------------------------------------


def test_the_exports_are_limited_per_address_whatever_x_forwarded_for_says(
    client: Any, settings: Any, world: World
) -> None:
    settings.PALMARES_EXPORT_RATE = "2/minute"
    statuses = [
        client.get(reverse(url), HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n, url in enumerate(["practices-csv", "practices-json", "practices-csv"])
    ]
    assert statuses == [200, 200, 429]
    assert client.get(reverse("practices"), HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 200
    # Another address has its own count.
    assert client.get(reverse("practices-csv"), REMOTE_ADDR="192.0.2.50").status_code == 200


def test_behind_a_proxy_the_exports_count_the_address_it_forwarded(
    client: Any, settings: Any, world: World
) -> None:
    settings.PALMARES_EXPORT_RATE = "2/minute"
    settings.PALMARES_NUM_PROXIES = 1
    # The client writes whatever it likes first; the proxy appends the address it saw.
    statuses = [
        client.get(
            reverse("practices-csv"), HTTP_X_FORWARDED_FOR=f"10.9.9.{n}, 203.0.113.5"
        ).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]
    other = client.get(reverse("practices-csv"), HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other.status_code == 200
