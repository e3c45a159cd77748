"""A round's ranking as files: CSV (safe against formula injection) and XLSX."""

from __future__ import annotations

import io
import math
from typing import Any

import pandas as pd
from defusedcsv import csv
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from reports.services import Ranking

# A spreadsheet runs a cell starting with one of these as a formula: applicants write titles.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def ranking_rows(ranking: Ranking) -> tuple[list[str], list[list[Any]]]:
    table = ranking.table
    header = [_("Rank"), _("Reference"), _("Title"), _("Category"), _("Score"), "n", "sd"]
    header += [_("Flagged")]
    rows = [
        [
            int(row["rank"]),
            row["candidacy"],
            ranking.data.titles.get(row["candidacy"], ""),
            row.get("category", ""),
            round(float(row["score"]), 2),
            int(row["n"]),
            None if pd.isna(row["sd"]) else round(float(row["sd"]), 2),
            bool(row["flagged"]),
        ]
        for _index, row in table.iterrows()
    ]
    return header, rows


def ranking_csv(ranking: Ranking) -> str:
    """The ranking as CSV. defusedcsv escapes cells a spreadsheet would run as formulas."""
    header, rows = ranking_rows(ranking)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if isinstance(value, float) and math.isnan(value):
        return None  # a spreadsheet has no "not a number"; an empty cell says it
    return value


def add_sheet(book: Workbook, title: str, header: list[str], rows: list[list[Any]]) -> None:
    sheet = book.create_sheet(title=title[:31])
    sheet.append(header)
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, min(60, len(name) + 4))
    sheet.freeze_panes = "A2"


def ranking_xlsx(ranking: Ranking) -> bytes:
    """Four sheets: the ranking, the scorecards, the jurors, the agreement."""
    book = Workbook()
    book.remove(book.active)
    header, rows = ranking_rows(ranking)
    add_sheet(book, _("Ranking"), header, rows)
    add_sheet(
        book,
        _("Scorecards"),
        [_("Reference"), _("Juror"), _("Total"), _("Normalised total")],
        [
            [r.candidacy, r.juror, round(float(r.total), 4), round(float(r.adjusted), 4)]
            for r in ranking.totals.itertuples()
        ],
    )
    add_sheet(
        book,
        _("Jurors"),
        [_("Juror"), _("Scorecards"), _("Mean total"), _("Leniency")],
        [
            [r.juror, int(r.n), round(float(r.mean_total), 2), round(float(r.leniency), 2)]
            for r in ranking.leniency.itertuples()
        ],
    )
    alpha = ranking.alpha or {}
    by_criterion = alpha.get("by_criterion", {})
    add_sheet(
        book,
        _("Agreement"),
        [_("Measure"), _("Krippendorff's alpha (interval)")],
        [[_("All criteria (totals)"), alpha.get("overall")]]
        + [[key, value] for key, value in by_criterion.items()],
    )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
