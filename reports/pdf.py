"""PDF documents rendered with WeasyPrint: the ranking report, jury digests, certificates and
the results report. Charts are inline SVG; nothing is ever fetched while rendering, so a URL or
a file path typed into an application stays text."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable, Iterable
from typing import Any

from django.db.models import Prefetch, prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import timezone, translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from awards import publication
from awards.enums import CandidacyState
from awards.models import Candidacy, Edition, Round
from evaluation.enums import ScorecardState
from evaluation.models import Scorecard
from evaluation.queries import public_deliberation_record
from reports import charts
from reports.ranking import criterion_scores
from reports.services import Ranking

Progress = Callable[[int, int], None]


def no_fetching() -> URLFetcher:
    """Only data: URIs (our own inline images); never the network, never a local file."""
    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False)


def render(template: str, context: dict[str, Any], language: str | None = None) -> bytes:
    with translation.override(language or translation.get_language()):
        html = render_to_string(template, context)
    return HTML(string=html, url_fetcher=no_fetching(), base_url=None).write_pdf()


def chart_texts() -> dict[str, str]:
    """The charts' own words, in the active language."""
    gettext = translation.gettext
    return {
        "no_data": gettext("No data"),
        "more": gettext("… and {n} more"),
        "scorecard": gettext("Scorecard"),
        "range": gettext("Range"),
        "aggregate": gettext("Aggregate"),
        "outside": gettext("Outside {lo}–{hi}: {n}"),
    }


def ranking_charts(ranking: Ranking) -> dict[str, str]:
    if ranking.table.empty:
        return {}
    texts = chart_texts()
    points = ranking.totals.rename(columns={"adjusted": "value"})[["candidacy", "value"]]
    return {
        "spread": charts.score_spread(
            points,
            order=list(ranking.table["candidacy"]),
            title=translation.gettext("Scores of each candidacy"),
            desc=translation.gettext(
                "Each dot is a juror's normalised total; the line runs from the lowest to the "
                "highest."
            ),
            texts=texts,
        ),
        "leniency": charts.bar_chart(
            dict(zip(ranking.leniency["juror"], ranking.leniency["leniency"], strict=True)),
            title=translation.gettext("Juror leniency"),
            desc=translation.gettext(
                "Points above (lenient) or below (severe) the candidacies' mean."
            ),
            zero_centered=True,
            texts=texts,
        ),
        "criteria": charts.bar_chart(
            criterion_means(ranking),
            title=translation.gettext("Mean score per criterion"),
            desc=translation.gettext("On a 0–100 scale."),
            texts=texts,
        ),
    }


def criterion_means(ranking: Ranking) -> dict[str, float]:
    scaled = criterion_scores(ranking.data.scores, ranking.data.criteria)
    return scaled.groupby("criterion")["score"].mean().round(2).to_dict()


def ranking_report(ranking: Ranking) -> bytes:
    return render(
        "reports/pdf/ranking.html",
        {
            "ranking": ranking,
            "round": ranking.round,
            "edition": ranking.round.edition,
            "rows": [
                {**row, "title": ranking.data.titles.get(row["candidacy"], "")}
                for row in ranking.table.to_dict("records")
            ],
            "charts": ranking_charts(ranking),
            "now": timezone.now(),
        },
    )


def jury_digests(round_: Round, candidacies: Iterable[Candidacy], progress: Progress) -> bytes:
    """One digest per candidacy, in one PDF. The round's scorecards are read once; each digest
    is rendered, then counted, so the progress follows the slow part."""
    candidacies = list(candidacies)
    prefetch_related_objects(candidacies, "category")
    scorecards = (
        Scorecard.objects.filter(
            round=round_, candidacy__in=candidacies, state=ScorecardState.SUBMITTED
        )
        .prefetch_related("scores__criterion")
        .order_by("pk")
    )
    by_candidacy: dict[int, list[Scorecard]] = {}
    for scorecard in scorecards:
        by_candidacy.setdefault(scorecard.candidacy_id, []).append(scorecard)
    documents = []
    for index, candidacy in enumerate(candidacies, start=1):
        context = {
            "round": round_,
            "edition": round_.edition,
            "candidacy": candidacy,
            # Jurors anonymised: numbered in the order they were assigned, never named.
            "jurors": list(enumerate(by_candidacy.get(candidacy.pk, []), start=1)),
        }
        html = render_to_string("reports/pdf/digest.html", context)
        documents.append(HTML(string=html, url_fetcher=no_fetching()).render())
        progress(index, len(candidacies))
    return merged(documents)


def merged(documents: list[Any]) -> bytes:
    if not documents:
        return render("reports/pdf/empty.html", {})
    first = documents[0]
    return first.copy([page for document in documents for page in document.pages]).write_pdf()


def certificate(candidacy: Candidacy) -> bytes:
    """A winner's or special mention's certificate, in the candidacy's language."""
    return certificates([candidacy], lambda done, total: None)


def certificates(candidacies: Iterable[Candidacy], progress: Progress) -> bytes:
    """One certificate per candidacy, each in its language: its distinction, the mention's
    name or the prize, dated on the day its edition published the results (today, for a
    batch printed before)."""
    candidacies = list(candidacies)
    prefetch_related_objects(
        candidacies,
        "edition",
        "organisation",
        Prefetch("decisions", queryset=publication.distinction_decisions(), to_attr="distinctions"),
    )
    dates = {
        edition.pk: publication.published_on(edition)
        for edition in {candidacy.edition for candidacy in candidacies}
    }
    documents = []
    for index, candidacy in enumerate(candidacies, start=1):
        distinction = publication.distinction_of(candidacy)
        with translation.override(candidacy.language):
            html = render_to_string(
                "reports/pdf/certificate.html",
                {
                    "candidacy": candidacy,
                    "edition": candidacy.edition,
                    "distinction": candidacy.get_state_display(),
                    "mention": distinction.mention if distinction is not None else "",
                    "prize": distinction.prize if distinction is not None else None,
                    "date": day_of(dates[candidacy.edition_id], candidacy.edition),
                },
            )
        documents.append(HTML(string=html, url_fetcher=no_fetching()).render())
        progress(index, len(candidacies))
    return merged(documents)


def day_of(moment: Any, edition: Edition) -> Any:
    """The date of ``moment`` where the edition runs; today for no moment."""
    if moment is None:
        return timezone.localdate()
    return moment.astimezone(zoneinfo.ZoneInfo(edition.timezone)).date()


def awarded(edition: Edition) -> Any:
    return edition.candidacies.filter(
        state__in=[CandidacyState.WINNER, CandidacyState.SPECIAL_MENTION]
    ).select_related("organisation", "edition", "category")


def results_html(edition: Edition) -> str:
    """The results report's HTML in the active language: what the results page shows (winners
    by prize with their shares, special mentions, finalists, categories without an award, the
    jury, the community mention, the public deliberation record), from the same queries.
    Before publication (the secretariat's report) as it will be published, flagged as
    embargoed."""
    published = edition.results_are_public
    return render_to_string(
        "reports/pdf/results.html",
        {
            "edition": edition,
            "results": publication.edition_results(edition, preview=not published),
            "published": published,
            "published_on": publication.published_on(edition),
            "deliberation": public_deliberation_record(edition),
        },
    )


def render_html(html: str) -> bytes:
    return HTML(string=html, url_fetcher=no_fetching(), base_url=None).write_pdf()


def results_report(edition: Edition) -> bytes:
    return render_html(results_html(edition))
