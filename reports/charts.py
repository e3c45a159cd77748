"""Charts of the reports as plain SVG strings, for HTML pages and WeasyPrint PDFs alike.

Standard library, numpy and pandas only, like reports.ranking: nothing from Django. The SVG has no
script, no style sheet and no external resource (font, image, URL), so WeasyPrint can draw it
without fetching anything. Styling is done with presentation attributes only; text is set in the
generic "sans-serif" family.

Every chart is ``width="100%"`` with a viewBox 720 units wide and a height that follows its
content, so it scales with its container. It carries ``role="img"``, a ``<title>`` and a
``<desc>`` for screen readers. Texts from outside (titles, candidacy and juror names) are
XML-escaped; characters XML cannot hold are dropped. Numbers are written with a fixed number of
decimals, so the same input always gives byte-identical SVG. NaN values are skipped, and a chart
with nothing to draw says "No data".

The few words a chart writes itself ("No data", the legend, "… and 3 more") are English by
default; pass ``texts={"no_data": gettext("No data"), ...}`` to translate them (keys in TEXTS;
``{n}``, ``{lo}`` and ``{hi}`` are replaced by numbers).
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from xml.sax.saxutils import escape

import numpy as np
import pandas as pd

WIDTH = 720
FONT = "sans-serif"

# Okabe–Ito-like blue and orange: told apart with any colour vision, and both above 4.5:1 on
# white. Shapes differ too (dot, diamond, bar side), so colour is never the only cue.
BLUE = "#0b5cad"
ORANGE = "#b35900"
TEXT = "#1d2330"
MUTED = "#4a5563"  # tick labels and axes: 7.5:1 on white
RANGE = "#7b8794"  # the min–max line: light, yet 3.6:1 as a graphic should be
GRID = "#dde2e8"
BACKGROUND = "#ffffff"

LABEL_SIZE = 12
SMALL_SIZE = 11
ELLIPSIS = "…"

TEXTS = {
    "no_data": "No data",
    "more": "… and {n} more",
    "scorecard": "Scorecard",
    "range": "Range",
    "aggregate": "Aggregate",
    "outside": "Outside {lo}–{hi}: {n}",
}

# XML 1.0 cannot hold these characters at all, not even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# --- Text -------------------------------------------------------------------------------------


def _clean(text: object) -> str:
    return _NOT_XML.sub("", str(text))


def _escape_text(text: object) -> str:
    """Element content: &, < and > escaped, and quotes too, so no text can close an attribute
    should a template ever paste it into one."""
    return escape(_clean(text), {'"': "&quot;", "'": "&apos;"})


def _one_line(text: object) -> str:
    """A label on one line: runs of whitespace (newlines, tabs) become one space."""
    return " ".join(_clean(text).split())


def _char_width(char: str) -> float:
    """A generous estimate of a character's advance in em, for a sans-serif font."""
    if unicodedata.combining(char):
        return 0.0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    if char in "iljI.,:;'|!ft ()[]":
        return 0.32
    if char.isupper() or char in "mwMW@%&":
        return 0.72
    return 0.58


def _text_width(text: str, size: float) -> float:
    return size * sum(_char_width(char) for char in text)


def _fit(text: str, width: float, size: float = LABEL_SIZE) -> str:
    """``text`` cut and ended with an ellipsis so that it fits in ``width`` units."""
    if _text_width(text, size) <= width:
        return text
    room = width - _text_width(ELLIPSIS, size)
    kept, used = [], 0.0
    for char in text:
        used += size * _char_width(char)
        if used > room:
            break
        kept.append(char)
    return "".join(kept).rstrip() + ELLIPSIS


def _texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    unknown = sorted(set(texts or ()) - set(TEXTS))
    if unknown:
        raise ValueError(f"unknown chart texts {unknown}: use {', '.join(TEXTS)}")
    return {**TEXTS, **(texts or {})}


def _fill_in(template: str, **numbers: str) -> str:
    """The template with {n}, {lo}, {hi} replaced; str.format would also run {0.__class__}."""
    for name, value in numbers.items():
        template = template.replace("{" + name + "}", value)
    return template


# --- Numbers ----------------------------------------------------------------------------------


def _num(value: float, decimals: int = 1) -> str:
    """``value`` with a fixed number of decimals, never "-0.0"."""
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def _signed(value: float, decimals: int = 1) -> str:
    """+1.5, −1.5 (a true minus sign) or 0.0."""
    text = _num(abs(value), decimals)
    if float(text) == 0:
        return text
    return ("+" if value > 0 else "\u2212") + text


def _decimals(step: float) -> int:
    """The fewest decimals that write every multiple of ``step`` exactly (at most 6)."""
    for decimals in range(7):
        scaled = step * 10**decimals
        if abs(scaled - round(scaled)) < 1e-9 * max(1.0, abs(scaled)):
            return decimals
    return 6


def _nice_step(span: float, target: int, multiples: Sequence[float] = (1, 2, 2.5, 5)) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10^k) giving about ``target`` intervals over span."""
    raw = span / target
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (*multiples, 10):
        if multiple * magnitude >= raw * (1 - 1e-9):
            return multiple * magnitude
    return 10 * magnitude  # pragma: no cover - 10 always qualifies


def _ticks(lo: float, hi: float, step: float) -> list[float]:
    count = round((hi - lo) / step)
    return [round(lo + index * step, 9) for index in range(count + 1)]


def _finite(value: object) -> float | None:
    """``value`` as a float, or None when it is missing (None, NaN, NA) or infinite."""
    if value is None or (np.ndim(value) == 0 and pd.isna(value)):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


# --- SVG --------------------------------------------------------------------------------------


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: int = LABEL_SIZE,
    anchor: str = "start",
    fill: str = TEXT,
    css_class: str = "",
) -> str:
    extra = f' class="{css_class}"' if css_class else ""
    return (
        f'<text{extra} x="{_num(x)}" y="{_num(y)}" font-family="{FONT}" font-size="{size}" '
        f'fill="{fill}" text-anchor="{anchor}">{_escape_text(content)}</text>'
    )


def _line(
    x1: float, y1: float, x2: float, y2: float, stroke: str, css_class: str, width: int = 1
) -> str:
    return (
        f'<line class="{css_class}" x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" '
        f'y2="{_num(y2)}" stroke="{stroke}" stroke-width="{width}"/>'
    )


def _rect(x: float, y: float, width: float, height: float, fill: str, css_class: str) -> str:
    return (
        f'<rect class="{css_class}" x="{_num(x)}" y="{_num(y)}" width="{_num(width)}" '
        f'height="{_num(height)}" fill="{fill}"/>'
    )


def _dot(x: float, y: float, css_class: str = "dot") -> str:
    return (
        f'<circle class="{css_class}" cx="{_num(x)}" cy="{_num(y)}" r="4" fill="{BLUE}" '
        f'fill-opacity="0.7" stroke="{BLUE}" stroke-width="1"/>'
    )


def _diamond(x: float, y: float, css_class: str = "score", size: float = 6) -> str:
    points = [(x, y - size), (x + size, y), (x, y + size), (x - size, y)]
    path = " ".join(
        f"{'M' if i == 0 else 'L'}{_num(px)},{_num(py)}" for i, (px, py) in enumerate(points)
    )
    return (
        f'<path class="{css_class}" d="{path} Z" fill="{ORANGE}" stroke="{BACKGROUND}" '
        'stroke-width="1"/>'
    )


def _group(css_class: str, tooltip: str, children: Iterable[str]) -> str:
    """A <g> whose <title> shows as a tooltip on a web page."""
    inner = "".join(children)
    return f'<g class="{css_class}"><title>{_escape_text(tooltip)}</title>{inner}</g>'


def _svg(height: float, title: str, desc: str, body: Sequence[str]) -> str:
    """The whole document. Its ids come from its content: unique per chart, yet deterministic."""
    content = "\n".join(body)
    digest = hashlib.sha256(f"{title}\x00{desc}\x00{content}".encode()).hexdigest()[:12]
    ident = f"chart-{digest}"
    height_text = _num(height, 0)
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height_text}" '
            f'width="100%" role="img" aria-labelledby="{ident}-title {ident}-desc" '
            f'font-family="{FONT}">',
            f'<title id="{ident}-title">{_escape_text(title)}</title>',
            f'<desc id="{ident}-desc">{_escape_text(desc)}</desc>',
            f'<rect class="background" x="0" y="0" width="{WIDTH}" height="{height_text}" '
            f'fill="{BACKGROUND}"/>',
            *([content] if content else []),
            "</svg>",
        ]
    )


def _no_data(title: str, desc: str, words: Mapping[str, str]) -> str:
    message = _text(
        WIDTH / 2, 44, _one_line(words["no_data"]), size=14, anchor="middle", css_class="no-data"
    )
    return _svg(72, title, desc, [message])


def _x_axis(
    ticks: Sequence[float],
    scale,
    top: float,
    axis_y: float,
    decimals: int,
    *,
    signed: bool = False,
) -> list[str]:
    """Vertical grid lines at the ticks, the axis line and the tick labels below it."""
    parts = [_line(scale(tick), top, scale(tick), axis_y, GRID, "grid") for tick in ticks]
    parts.append(_line(scale(ticks[0]), axis_y, scale(ticks[-1]), axis_y, MUTED, "axis"))
    for tick in ticks:
        x = scale(tick)
        parts.append(_line(x, axis_y, x, axis_y + 4, MUTED, "tick"))
        label = _signed(tick, decimals) if signed else _num(tick, decimals)
        parts.append(
            _text(
                x,
                axis_y + 17,
                label,
                size=SMALL_SIZE,
                anchor="middle",
                fill=MUTED,
                css_class="tick-label",
            )
        )
    return parts


def _linear(lo: float, hi: float, left: float, right: float):
    """The map from data values in [lo, hi] to x (or y) in [left, right]."""

    def scale(value: float) -> float:
        return left + (value - lo) * (right - left) / (hi - lo)

    return scale


# --- Score spread -----------------------------------------------------------------------------

SPREAD_LABEL_RIGHT = 200
SPREAD_LEFT = 222
SPREAD_RIGHT = 704
SPREAD_TOP = 36
SPREAD_ROW = 22


def _spread_rows(points: pd.DataFrame, order: Sequence[object] | None) -> list[dict]:
    """Per candidacy with at least one finite value: its sorted values and aggregate, in order."""
    missing = [column for column in ("candidacy", "value") if column not in points.columns]
    if missing:
        raise ValueError(f"points is missing the column(s) {', '.join(missing)}")
    values = pd.to_numeric(points["value"]).astype(float)
    scores = (
        pd.to_numeric(points["score"]).astype(float)
        if "score" in points.columns
        else pd.Series(np.nan, index=points.index)
    )
    frame = pd.DataFrame({"candidacy": points["candidacy"], "value": values, "score": scores})
    frame = frame[frame["candidacy"].notna()]
    rows = {}
    for candidacy, group in frame.groupby("candidacy", sort=False):
        finite = np.sort(group["value"][np.isfinite(group["value"])].to_numpy())
        if not len(finite):
            continue
        given = group["score"][np.isfinite(group["score"])]
        rows[candidacy] = {
            "candidacy": candidacy,
            "values": finite,
            "mean": float(finite.mean()),
            "score": float(given.iloc[0]) if len(given) else None,
        }
    # Descending mean, rounded so float noise cannot swap equals, then the name as it reads.
    by_mean = sorted(rows.values(), key=lambda row: (-round(row["mean"], 9), str(row["candidacy"])))
    if order is None:
        return by_mean
    wanted = [rows[c] for c in dict.fromkeys(order) if c in rows]
    listed = {id(row) for row in wanted}
    return wanted + [row for row in by_mean if id(row) not in listed]


def _spread_legend(words: Mapping[str, str], with_score: bool) -> list[str]:
    y, x = 16.0, float(SPREAD_LEFT)
    parts = []
    entries = [("scorecard", "dot"), ("range", "range")] + (
        [("aggregate", "score")] if with_score else []
    )
    for key, mark in entries:
        label = _fit(_one_line(words[key]), 120, SMALL_SIZE)  # three fit in the width
        if mark == "dot":
            parts.append(_dot(x + 6, y - 4, "legend-dot"))
        elif mark == "range":
            parts.append(_line(x, y - 4, x + 14, y - 4, RANGE, "legend-range", width=2))
        else:
            parts.append(_diamond(x + 6, y - 4, "legend-score", 5))
        parts.append(_text(x + 18, y, label, size=SMALL_SIZE, css_class="legend"))
        x += 18 + _text_width(label, SMALL_SIZE) + 20
    return parts


def score_spread(
    points: pd.DataFrame,
    order: Sequence[str] | None = None,
    *,
    title: str,
    desc: str,
    max_items: int = 40,
    texts: Mapping[str, str] | None = None,
) -> str:
    """Each candidacy's scorecard totals on one row: a dot per scorecard, the min–max range, and
    a diamond at the candidacy's aggregate.

    ``points`` has columns candidacy and value (a scorecard's normalised total on 0–100) and
    optionally score (the candidacy's aggregate, repeated on its rows: the first finite one is
    drawn). Rows follow ``order`` when given (candidacies not in it come after, by descending
    mean; those in it without data are left out), else the descending mean of the values. Only
    the first ``max_items`` rows are drawn, followed by a line "… and N more". The axis runs from
    0 to 100, ticks every 20, widened by steps of 20 if a normalised total falls outside.
    """
    if max_items < 1:
        raise ValueError(f"max_items must be 1 or more, not {max_items}")
    words = _texts(texts)
    rows = _spread_rows(points, order) if len(points) else []
    if not rows:
        return _no_data(title, desc, words)
    shown, hidden = rows[:max_items], len(rows) - max_items

    everything = [value for row in shown for value in row["values"]]
    everything += [row["score"] for row in shown if row["score"] is not None]
    lo = min(0.0, math.floor(min(everything) / 20) * 20)
    hi = max(100.0, math.ceil(max(everything) / 20) * 20)
    scale = _linear(lo, hi, SPREAD_LEFT, SPREAD_RIGHT)
    axis_y = SPREAD_TOP + len(shown) * SPREAD_ROW + 4

    body = _spread_legend(words, any(row["score"] is not None for row in shown))
    body += _x_axis(_ticks(lo, hi, 20), scale, SPREAD_TOP - 4, axis_y, 0)
    for index, row in enumerate(shown):
        y = SPREAD_TOP + index * SPREAD_ROW + SPREAD_ROW / 2
        label = _one_line(row["candidacy"])
        values = row["values"]
        low, high = float(values[0]), float(values[-1])
        tooltip = f"{label}: {_num(low)}–{_num(high)}, n = {len(values)}"
        children = [
            _text(
                SPREAD_LABEL_RIGHT,
                y + 4,
                _fit(label, SPREAD_LABEL_RIGHT - 8),
                anchor="end",
                css_class="label",
            ),
            _line(scale(low), y, scale(high), y, RANGE, "range", width=2),
            *(_dot(scale(float(value)), y) for value in values),
        ]
        if row["score"] is not None:
            tooltip += f"; {_num(row['score'])}"
            children.append(_diamond(scale(row["score"]), y))
        body.append(_group("row", tooltip, children))
    height = axis_y + 30
    if hidden > 0:
        more = _fill_in(_one_line(words["more"]), n=str(hidden))
        body.append(_text(SPREAD_LABEL_RIGHT, axis_y + 40, more, anchor="end", css_class="more"))
        height += 22
    return _svg(height, title, desc, body)


# --- Bar chart --------------------------------------------------------------------------------

BAR_LABEL_RIGHT = 200
BAR_TOP = 12
BAR_ROW = 24
BAR_HEIGHT = 14


def _bar_items(values: Mapping[str, float] | pd.Series) -> list[tuple[str, float]]:
    items = []
    for label, value in values.items():
        number = _finite(value)
        if number is not None:
            items.append((_one_line(label), number))
    return items


def _bar_domain(numbers: Sequence[float], zero_centered: bool) -> tuple[float, float, float]:
    """lo, hi and the tick step of the value axis; [−m, m] when zero-centred."""
    if zero_centered:
        largest = max(abs(number) for number in numbers) or 1.0
        step = _nice_step(largest, 2)
        hi = math.ceil(largest / step - 1e-9) * step
        return -hi, hi, step
    lo, hi = min(0.0, *numbers), max(0.0, *numbers)
    if lo == hi:
        hi = 1.0
    step = _nice_step(hi - lo, 5)
    return math.floor(lo / step + 1e-9) * step, math.ceil(hi / step - 1e-9) * step, step


def bar_chart(
    values: Mapping[str, float] | pd.Series,
    *,
    title: str,
    desc: str,
    zero_centered: bool = False,
    unit: str = "",
    texts: Mapping[str, str] | None = None,
) -> str:
    """Horizontal bars, one per label in the given order, each with its value written at its end.

    Bars start at 0. With ``zero_centered`` the axis is symmetric around a central 0, negative
    values drawn to its left in orange and positive ones to its right in blue, their labels
    signed (+ / −): juror leniency, + lenient, − severe. ``unit`` is appended as is to the value
    labels (" pts", "%"). NaN values are skipped.
    """
    words = _texts(texts)
    items = _bar_items(values)
    suffix = re.sub(r"\s+", " ", _clean(unit))  # one line, its leading space kept
    if not items:
        return _no_data(title, desc, words)
    numbers = [number for _, number in items]
    lo, hi, step = _bar_domain(numbers, zero_centered)
    decimals = _decimals(step)

    def value_label(number: float) -> str:
        return (_signed(number) if zero_centered else _num(number)) + suffix

    def room(chosen: list[float]) -> float:
        widths = [_text_width(value_label(number), SMALL_SIZE) for number in chosen]
        return max(widths, default=0.0) + 10

    # Leave room for the value labels written beyond the ends of the bars, and for tick labels.
    left = BAR_LABEL_RIGHT + max(20.0, room([n for n in numbers if n < 0]))
    right = WIDTH - max(20.0, room([n for n in numbers if n >= 0]))
    if right - left < 200:  # an absurdly long unit: squeeze the labels, not the bars
        left, right = BAR_LABEL_RIGHT + 20.0, WIDTH - 20.0
    scale = _linear(lo, hi, left, right)
    zero = scale(0.0)
    axis_y = BAR_TOP + len(items) * BAR_ROW + 4

    body = _x_axis(_ticks(lo, hi, step), scale, BAR_TOP - 4, axis_y, decimals, signed=zero_centered)
    for index, (label, number) in enumerate(items):
        y = BAR_TOP + index * BAR_ROW + (BAR_ROW - BAR_HEIGHT) / 2
        end = scale(number)
        negative = number < 0
        fill = ORANGE if zero_centered and negative else BLUE
        text = value_label(number)
        children = [
            _text(
                BAR_LABEL_RIGHT,
                y + BAR_HEIGHT / 2 + 4,
                _fit(label, BAR_LABEL_RIGHT - 8),
                anchor="end",
                css_class="label",
            ),
            _rect(min(zero, end), y, abs(end - zero), BAR_HEIGHT, fill, "bar"),
            _text(
                end - 4 if negative else end + 4,
                y + BAR_HEIGHT / 2 + 4,
                text,
                size=SMALL_SIZE,
                anchor="end" if negative else "start",
                css_class="value",
            ),
        ]
        body.append(_group("item", f"{label}: {text}", children))
    body.append(_line(zero, BAR_TOP - 4, zero, axis_y, TEXT, "zero-axis"))
    return _svg(axis_y + 30, title, desc, body)


# --- Histogram --------------------------------------------------------------------------------

HIST_LEFT = 64
HIST_RIGHT = 700
HIST_TOP = 20
HIST_HEIGHT = 200


def histogram(
    values: Sequence[float],
    *,
    bins: int = 10,
    title: str,
    desc: str,
    lo: float = 0,
    hi: float = 100,
    texts: Mapping[str, str] | None = None,
) -> str:
    """How many values fall in each of ``bins`` equal bins over [lo, hi], as vertical bars.

    Bins are closed on the left, the last one on both sides (numpy.histogram). Values outside
    [lo, hi] are not drawn but counted in a line below the axis; NaN values are skipped.
    """
    if isinstance(bins, bool) or not isinstance(bins, int | np.integer) or bins < 1:
        raise ValueError(f"bins must be a whole number of 1 or more, not {bins!r}")
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise ValueError(f"the histogram range needs finite lo < hi, not [{lo}, {hi}]")
    words = _texts(texts)
    numbers = pd.to_numeric(pd.Series(list(values), dtype=object)).to_numpy(dtype=float)
    numbers = numbers[np.isfinite(numbers)]
    if not len(numbers):
        return _no_data(title, desc, words)
    counts, edges = np.histogram(numbers, bins=int(bins), range=(float(lo), float(hi)))
    outside = int(((numbers < lo) | (numbers > hi)).sum())

    peak = int(counts.max())
    count_step = int(_nice_step(max(peak, 1), 4, (1, 2, 5))) if peak > 4 else 1
    top_count = max(1, math.ceil(peak / count_step)) * count_step
    bottom = HIST_TOP + HIST_HEIGHT
    y_of = _linear(0, top_count, bottom, HIST_TOP)
    x_of = _linear(float(lo), float(hi), HIST_LEFT, HIST_RIGHT)
    bin_width = (HIST_RIGHT - HIST_LEFT) / bins
    gap = 1.0 if bin_width > 4 else 0.0
    edge_decimals = min(2, max(_decimals((hi - lo) / bins), _decimals(lo), _decimals(hi)))

    body = []
    for count in _ticks(0, top_count, count_step):
        y = y_of(count)
        body.append(_line(HIST_LEFT, y, HIST_RIGHT, y, GRID, "grid"))
        body.append(
            _text(
                HIST_LEFT - 8,
                y + 4,
                _num(count, 0),
                size=SMALL_SIZE,
                anchor="end",
                fill=MUTED,
                css_class="y-tick-label",
            )
        )
    for index, count in enumerate(counts):
        x = HIST_LEFT + index * bin_width
        y = y_of(int(count))
        start, stop = _num(edges[index], edge_decimals), _num(edges[index + 1], edge_decimals)
        children = [_rect(x + gap, y, bin_width - 2 * gap, bottom - y, BLUE, "bin")]
        if count and bin_width >= 22:
            children.append(
                _text(
                    x + bin_width / 2,
                    y - 4,
                    str(int(count)),
                    size=SMALL_SIZE,
                    anchor="middle",
                    css_class="count",
                )
            )
        body.append(_group("bin-group", f"{start}–{stop}: {int(count)}", children))
    body.append(_line(HIST_LEFT, bottom, HIST_RIGHT, bottom, MUTED, "axis"))

    widest = max(_text_width(_num(edge, edge_decimals), SMALL_SIZE) for edge in edges) + 8
    every = max(1, math.ceil(widest / bin_width))
    for index in range(0, bins + 1, every):
        x = x_of(float(edges[index]))
        body.append(_line(x, bottom, x, bottom + 4, MUTED, "tick"))
        body.append(
            _text(
                x,
                bottom + 17,
                _num(edges[index], edge_decimals),
                size=SMALL_SIZE,
                anchor="middle",
                fill=MUTED,
                css_class="tick-label",
            )
        )
    height = bottom + 30
    if outside:
        note = _fill_in(
            _one_line(words["outside"]),
            n=str(outside),
            lo=_num(lo, min(2, _decimals(lo))),
            hi=_num(hi, min(2, _decimals(hi))),
        )
        body.append(_text(HIST_LEFT, bottom + 40, note, css_class="outside"))
        height += 22
    return _svg(height, title, desc, body)
