"""The report charts: well-formed, self-contained, accessible, escaped and deterministic SVG.

reports.charts needs no Django and these tests use none of it. Elements are found by the class
attribute the module gives them (dot, score, range, row, bar, bin, zero-axis, more...).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest

from reports.charts import BLUE, ORANGE, bar_chart, histogram, score_spread

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = ["<script>alert(1)</script>", '"><foo>', "Tom & Jerry's", "]]><!--"]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output, parsed to check it


def by_class(root: ET.Element, css_class: str) -> list[ET.Element]:
    return [element for element in root.iter() if element.get("class") == css_class]


def texts_of(root: ET.Element, css_class: str) -> list[str]:
    return [element.text or "" for element in by_class(root, css_class)]


def all_text(root: ET.Element) -> str:
    return "\n".join(element.text or "" for element in root.iter(f"{SVG}text"))


def number(element: ET.Element, name: str) -> float:
    return float(element.get(name))


def spread_points(rows: dict[str, list[float]], scores: dict[str, float] | None = None):
    frame = pd.DataFrame(
        [(candidacy, value) for candidacy, values in rows.items() for value in values],
        columns=["candidacy", "value"],
    )
    if scores is not None:
        frame["score"] = frame["candidacy"].map(scores)
    return frame


POINTS = spread_points(
    {"Lisbon": [60, 70, 80], "Porto": [85, 95], "Braga": [20, 40, 30, 50]},
    {"Lisbon": 70, "Porto": 90, "Braga": 35},
)

# Each chart function drawn on ordinary data, with the title and description it is given.
CHARTS: dict[str, Callable[..., str]] = {
    "score_spread": lambda title, desc: score_spread(POINTS, title=title, desc=desc),
    "bar_chart": lambda title, desc: bar_chart(
        {"impact": 72.5, "cost": 40}, title=title, desc=desc
    ),
    "leniency": lambda title, desc: bar_chart(
        {"ana": 3.25, "ben": -4.5}, title=title, desc=desc, zero_centered=True
    ),
    "histogram": lambda title, desc: histogram([5, 15, 15, 99], title=title, desc=desc),
}

# Each chart function with nothing to draw.
EMPTY: dict[str, Callable[..., str]] = {
    "score_spread": lambda **kw: score_spread(pd.DataFrame(), **kw),
    "score_spread_columns": lambda **kw: score_spread(
        pd.DataFrame({"candidacy": [], "value": []}), **kw
    ),
    "score_spread_nan": lambda **kw: score_spread(
        pd.DataFrame({"candidacy": ["a", "b"], "value": [np.nan, math.inf]}), **kw
    ),
    "bar_chart": lambda **kw: bar_chart({}, **kw),
    "bar_chart_nan": lambda **kw: bar_chart({"a": np.nan, "b": None}, **kw),
    "bar_chart_series": lambda **kw: bar_chart(pd.Series(dtype=float), zero_centered=True, **kw),
    "histogram": lambda **kw: histogram([], **kw),
    "histogram_nan": lambda **kw: histogram([np.nan, None, math.inf], **kw),
}


# --- Every chart ------------------------------------------------------------------------------


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_a_chart_is_an_accessible_svg_document(draw: Callable[..., str]) -> None:
    svg = draw("Scores by candidacy", "Each dot is one scorecard.")
    root = parse(svg)
    assert svg.startswith("<svg")
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert root.get("height") is None  # the viewBox alone sets the aspect ratio
    x, y, width, height = (float(part) for part in root.get("viewBox").split())
    assert (x, y, width) == (0, 0, 720)
    assert height > 0
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == "Scores by candidacy"
    assert desc.text == "Each dot is one scorecard."
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert list(root)[:2] == [title, desc]


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_a_chart_needs_nothing_from_outside(draw: Callable[..., str]) -> None:
    svg = draw("t", "d")
    root = parse(svg)
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= {"svg", "title", "desc", "g", "rect", "line", "circle", "path", "text"}
    attributes = {name for element in root.iter() for name in element.attrib}
    assert not {"href", "{http://www.w3.org/1999/xlink}href", "style", "src"} & attributes
    assert not any(name.startswith("on") for name in attributes)
    assert svg.count("http") == 1  # the xmlns, and no other URL
    for forbidden in ("url(", "@import", "@font-face", "<script", "javascript:"):
        assert forbidden not in svg


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_text_is_sans_serif_and_readable(draw: Callable[..., str]) -> None:
    root = parse(draw("t", "d"))
    texts = list(root.iter(f"{SVG}text"))
    assert texts
    for text in texts:
        assert text.get("font-family") == "sans-serif"
        assert float(text.get("font-size")) >= 11
        assert text.get("fill") in {"#1d2330", "#4a5563"}


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_a_chart_is_deterministic(draw: Callable[..., str]) -> None:
    assert draw("t", "d") == draw("t", "d")


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
@pytest.mark.parametrize("hostile", HOSTILE)
def test_title_and_description_are_escaped(draw: Callable[..., str], hostile: str) -> None:
    svg = draw(hostile, f"desc {hostile}")
    root = parse(svg)
    assert root.find(f"{SVG}title").text == hostile
    assert root.find(f"{SVG}desc").text == f"desc {hostile}"
    assert "<script>" not in svg
    assert "<foo>" not in svg
    assert "&lt;" in svg or "&amp;" in svg


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_characters_xml_cannot_hold_are_dropped(draw: Callable[..., str]) -> None:
    root = parse(draw("bell\x07 and null\x00", "form\x0cfeed"))
    assert root.find(f"{SVG}title").text == "bell and null"
    assert root.find(f"{SVG}desc").text == "formfeed"


def test_two_different_charts_have_different_ids() -> None:
    first, second = parse(CHARTS["bar_chart"]("t", "d")), parse(CHARTS["histogram"]("t", "d"))
    assert first.find(f"{SVG}title").get("id") != second.find(f"{SVG}title").get("id")


@pytest.mark.parametrize("draw", EMPTY.values(), ids=EMPTY.keys())
def test_nothing_to_draw_says_no_data(draw: Callable[..., str]) -> None:
    svg = draw(title="Empty <round>", desc="Nothing yet")
    root = parse(svg)
    assert svg.startswith("<svg")
    assert root.find(f"{SVG}title").text == "Empty <round>"
    assert root.find(f"{SVG}desc").text == "Nothing yet"
    assert texts_of(root, "no-data") == ["No data"]
    assert root.get("viewBox").startswith("0 0 720 ")
    for css_class in ("dot", "bar", "bin", "row"):
        assert by_class(root, css_class) == []


@pytest.mark.parametrize("draw", EMPTY.values(), ids=EMPTY.keys())
def test_no_data_can_be_translated(draw: Callable[..., str]) -> None:
    root = parse(draw(title="t", desc="d", texts={"no_data": "Aucune donnée <ici>"}))
    assert texts_of(root, "no-data") == ["Aucune donnée <ici>"]


@pytest.mark.parametrize(
    "draw",
    [
        lambda **kw: score_spread(POINTS, **kw),
        lambda **kw: bar_chart({"a": 1.0}, **kw),
        lambda **kw: histogram([1.0], **kw),
    ],
    ids=["score_spread", "bar_chart", "histogram"],
)
def test_unknown_texts_are_refused(draw: Callable[..., str]) -> None:
    with pytest.raises(ValueError, match="unknown chart texts"):
        draw(title="t", desc="d", texts={"nodata": "x"})


# --- Score spread -----------------------------------------------------------------------------


def row_labels(root: ET.Element) -> list[str]:
    return texts_of(root, "label")


def test_spread_draws_a_dot_per_scorecard_and_a_marker_per_candidacy() -> None:
    root = parse(score_spread(POINTS, title="t", desc="d"))
    assert len(by_class(root, "row")) == 3
    assert len(by_class(root, "dot")) == 9
    assert len(by_class(root, "score")) == 3
    assert len(by_class(root, "range")) == 3
    assert texts_of(root, "legend") == ["Scorecard", "Range", "Aggregate"]


def test_spread_rows_go_by_descending_mean_by_default() -> None:
    root = parse(score_spread(POINTS, title="t", desc="d"))
    # Porto 90, Lisbon 70, Braga 35.
    assert row_labels(root) == ["Porto", "Lisbon", "Braga"]


def test_spread_equal_means_go_by_name() -> None:
    points = spread_points({"b": [50, 70], "a": [60, 60], "c": [0.1 + 0.2, 0.3]})
    assert row_labels(parse(score_spread(points, title="t", desc="d"))) == ["a", "b", "c"]


def test_spread_follows_the_given_order() -> None:
    root = parse(score_spread(POINTS, ["Braga", "Porto", "Lisbon"], title="t", desc="d"))
    assert row_labels(root) == ["Braga", "Porto", "Lisbon"]


def test_spread_puts_candidacies_missing_from_the_order_last_and_skips_unknown_ones() -> None:
    root = parse(score_spread(POINTS, ["Lisbon", "Nowhere", "Lisbon"], title="t", desc="d"))
    assert row_labels(root) == ["Lisbon", "Porto", "Braga"]


def test_spread_rows_are_the_candidacy_dots() -> None:
    root = parse(score_spread(POINTS, title="t", desc="d"))
    porto = by_class(root, "row")[0]
    assert [element.text for element in by_class(porto, "label")] == ["Porto"]
    assert len(by_class(porto, "dot")) == 2
    cys = {number(dot, "cy") for dot in by_class(porto, "dot")}
    assert len(cys) == 1


def tick_x(root: ET.Element) -> dict[str, float]:
    """x of each tick label of the x axis, by its text."""
    return {label.text: number(label, "x") for label in by_class(root, "tick-label")}


def test_spread_axis_runs_from_0_to_100_every_20() -> None:
    root = parse(score_spread(POINTS, title="t", desc="d"))
    ticks = tick_x(root)
    assert list(ticks) == ["0", "20", "40", "60", "80", "100"]
    steps = np.diff(list(ticks.values()))
    assert np.allclose(steps, steps[0], atol=0.1)


def test_spread_puts_dots_and_markers_at_their_values() -> None:
    points = spread_points({"a": [0, 100, 50]}, {"a": 40})
    root = parse(score_spread(points, title="t", desc="d"))
    ticks = tick_x(root)
    xs = sorted(number(dot, "cx") for dot in by_class(root, "dot"))
    assert xs[0] == pytest.approx(ticks["0"], abs=0.1)
    assert xs[2] == pytest.approx(ticks["100"], abs=0.1)
    assert xs[1] == pytest.approx((ticks["0"] + ticks["100"]) / 2, abs=0.1)
    (line,) = by_class(root, "range")
    assert (number(line, "x1"), number(line, "x2")) == (xs[0], xs[2])
    (marker,) = by_class(root, "score")
    # The diamond's first point is its top, straight above the aggregate.
    top_x = float(marker.get("d").split()[0].removeprefix("M").split(",")[0])
    assert top_x == pytest.approx(ticks["40"], abs=0.1)


def test_spread_widens_the_axis_for_totals_beyond_the_scale() -> None:
    # Normalised totals T' can leave 0–100: the axis grows by steps of 20 rather than hide them.
    points = spread_points({"a": [-5, 50, 104]})
    ticks = tick_x(parse(score_spread(points, title="t", desc="d")))
    assert list(ticks) == ["-20", "0", "20", "40", "60", "80", "100", "120"]


def test_spread_skips_nan_values_and_candidacies_without_any() -> None:
    points = pd.DataFrame(
        {
            "candidacy": ["a", "a", "a", "b", "c"],
            "value": [50, np.nan, 60, np.nan, 70],
            "score": [55, 55, 55, np.nan, np.nan],
        }
    )
    root = parse(score_spread(points, title="t", desc="d"))
    assert row_labels(root) == ["c", "a"]
    assert len(by_class(root, "dot")) == 3
    assert len(by_class(root, "score")) == 1  # c has no aggregate


def test_spread_without_a_score_column_draws_no_marker() -> None:
    root = parse(score_spread(spread_points({"a": [10, 20]}), title="t", desc="d"))
    assert by_class(root, "score") == []
    assert texts_of(root, "legend") == ["Scorecard", "Range"]


def test_spread_long_translated_legend_stays_inside() -> None:
    words = dict.fromkeys(("scorecard", "range"), "Très très long libellé de légende " * 3)
    root = parse(score_spread(POINTS, title="t", desc="d", texts={**words, "aggregate": "W" * 60}))
    legend = by_class(root, "legend")
    assert all(text.text.endswith("…") for text in legend)
    right = max(number(text, "x") + 11 * 0.72 * len(text.text) for text in legend)
    assert right <= 720


def test_spread_truncates_beyond_max_items() -> None:
    rows = {f"C{index:02d}": [100 - index, 99 - index] for index in range(45)}
    root = parse(score_spread(spread_points(rows), title="t", desc="d"))
    assert len(by_class(root, "row")) == 40
    assert len(by_class(root, "dot")) == 80
    assert row_labels(root)[-1] == "C39"
    (more,) = texts_of(root, "more")
    assert "and 5 more" in more


def test_spread_max_items_is_adjustable_and_exactly_enough_says_nothing_more() -> None:
    rows = {f"C{index}": [index] for index in range(5)}
    few = parse(score_spread(spread_points(rows), title="t", desc="d", max_items=2))
    assert len(by_class(few, "row")) == 2
    assert texts_of(few, "more") == ["… and 3 more"]
    enough = parse(score_spread(spread_points(rows), title="t", desc="d", max_items=5))
    assert len(by_class(enough, "row")) == 5
    assert by_class(enough, "more") == []


def test_spread_more_line_can_be_translated() -> None:
    rows = {f"C{index}": [index] for index in range(3)}
    svg = score_spread(
        spread_points(rows), title="t", desc="d", max_items=1, texts={"more": "… et {n} autres"}
    )
    assert texts_of(parse(svg), "more") == ["… et 2 autres"]


def test_spread_height_follows_the_rows() -> None:
    def height(count: int) -> float:
        rows = {f"C{index}": [index] for index in range(count)}
        root = parse(score_spread(spread_points(rows), title="t", desc="d"))
        return float(root.get("viewBox").split()[3])

    assert height(1) < height(2) < height(10)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_spread_escapes_candidacy_names(hostile: str) -> None:
    svg = score_spread(spread_points({hostile: [50, 60]}), title="t", desc="d")
    root = parse(svg)
    assert row_labels(root) == [hostile]
    assert "<script>" not in svg
    assert "<foo>" not in svg


def test_spread_escapes_script_as_text() -> None:
    svg = score_spread(spread_points({"<script>alert(1)</script>": [50]}), title="t", desc="d")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "<script>" not in svg


def test_spread_cuts_long_names_with_an_ellipsis_and_keeps_them_whole_in_the_tooltip() -> None:
    name = "Municipality of " + "Very Long Name " * 10
    root = parse(score_spread(spread_points({name: [50]}), title="t", desc="d"))
    (label,) = row_labels(root)
    assert label.endswith("…")
    assert name.startswith(label[:-1])
    assert len(label) < 40
    (row,) = by_class(root, "row")
    assert row.find(f"{SVG}title").text.startswith(name.strip())


def test_spread_labels_are_one_line() -> None:
    root = parse(score_spread(spread_points({"Porto\nnorth\t\tside": [50]}), title="t", desc="d"))
    assert row_labels(root) == ["Porto north side"]


def test_spread_accepts_numeric_candidacy_ids() -> None:
    points = pd.DataFrame({"candidacy": [7, 7, 12], "value": [50.0, 60.0, 90.0]})
    root = parse(score_spread(points, [7, 12], title="t", desc="d"))
    assert row_labels(root) == ["7", "12"]


def test_spread_is_the_same_whatever_the_row_order() -> None:
    shuffled = POINTS.sample(frac=1, random_state=3).reset_index(drop=True)
    assert score_spread(shuffled, title="t", desc="d") == score_spread(POINTS, title="t", desc="d")


def test_spread_numbers_have_fixed_decimals() -> None:
    points = spread_points({"a": [1 / 3, 2 / 3]}, {"a": 0.5})
    svg = score_spread(points, title="t", desc="d")
    root = parse(svg)
    for dot in by_class(root, "dot"):
        assert len(dot.get("cx").split(".")[1]) == 1
    assert "0.333" not in svg


def test_spread_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="value"):
        score_spread(pd.DataFrame({"candidacy": ["a"], "total": [1]}), title="t", desc="d")
    with pytest.raises(ValueError, match="max_items"):
        score_spread(POINTS, title="t", desc="d", max_items=0)


# --- Bar chart --------------------------------------------------------------------------------


def zero_x(root: ET.Element) -> float:
    (axis,) = by_class(root, "zero-axis")
    assert number(axis, "x1") == number(axis, "x2")
    return number(axis, "x1")


def test_bars_one_per_value_in_the_given_order() -> None:
    root = parse(bar_chart({"impact": 72.5, "cost": 40, "scale": 10}, title="t", desc="d"))
    assert len(by_class(root, "bar")) == 3
    assert texts_of(root, "label") == ["impact", "cost", "scale"]
    assert texts_of(root, "value") == ["72.5", "40.0", "10.0"]


def test_bars_start_at_zero_and_are_proportional() -> None:
    root = parse(bar_chart({"a": 80, "b": 40, "c": 0}, title="t", desc="d"))
    zero = zero_x(root)
    a, b, c = by_class(root, "bar")
    assert number(a, "x") == number(b, "x") == number(c, "x") == zero
    assert number(a, "width") == pytest.approx(2 * number(b, "width"), abs=0.1)
    assert number(c, "width") == 0


def test_bars_accept_a_series_and_skip_nan() -> None:
    values = pd.Series({"a": 10.0, "b": np.nan, "c": 30.0, "d": None}, dtype=float)
    root = parse(bar_chart(values, title="t", desc="d"))
    assert len(by_class(root, "bar")) == 2
    assert texts_of(root, "label") == ["a", "c"]


def test_bars_show_the_unit() -> None:
    root = parse(bar_chart({"a": 12.345}, title="t", desc="d", unit=" pts"))
    assert texts_of(root, "value") == ["12.3 pts"]


def test_zero_centered_bars_go_left_for_negative_values() -> None:
    leniency = {"ana": 6.0, "ben": 0.5, "carla": -2.25, "dan": -7.0}
    root = parse(bar_chart(leniency, title="t", desc="d", zero_centered=True))
    axis = zero_x(root)
    bars = by_class(root, "bar")
    assert len(bars) == 4
    for bar, value in zip(bars, leniency.values(), strict=True):
        x, width = number(bar, "x"), number(bar, "width")
        if value < 0:
            assert x + width <= axis + 1e-9
            assert x < axis
            assert bar.get("fill") == ORANGE
        else:
            assert x >= axis
            assert bar.get("fill") == BLUE
    assert number(bars[3], "width") == pytest.approx(7 / 6 * number(bars[0], "width"), abs=0.1)


def test_zero_centered_axis_is_central_and_symmetric() -> None:
    root = parse(bar_chart({"ana": 3.0, "ben": -1.0}, title="t", desc="d", zero_centered=True))
    ticks = tick_x(root)
    assert list(ticks) == ["−4", "−2", "0", "+2", "+4"]
    assert ticks["0"] == zero_x(root)
    assert ticks["0"] - ticks["−4"] == pytest.approx(ticks["+4"] - ticks["0"], abs=0.1)


def test_zero_centered_value_labels_are_signed() -> None:
    values = {"ana": 3.25, "ben": -4.5, "carla": 0.0, "dan": -0.01}
    root = parse(bar_chart(values, title="t", desc="d", zero_centered=True, unit=" pts"))
    assert texts_of(root, "value") == ["+3.2 pts", "−4.5 pts", "0.0 pts", "0.0 pts"]


def test_negative_value_labels_sit_left_of_their_bar() -> None:
    root = parse(bar_chart({"ana": 2.0, "ben": -2.0}, title="t", desc="d", zero_centered=True))
    positive, negative = by_class(root, "value")
    assert negative.get("text-anchor") == "end"
    assert number(negative, "x") < zero_x(root)
    assert positive.get("text-anchor") == "start"
    assert number(positive, "x") > zero_x(root)


def test_negative_values_without_centering_still_start_at_zero() -> None:
    root = parse(bar_chart({"a": 30, "b": -10}, title="t", desc="d"))
    axis = zero_x(root)
    a, b = by_class(root, "bar")
    assert number(a, "x") == axis
    assert number(b, "x") + number(b, "width") == pytest.approx(axis)


def test_bars_stay_inside_the_view_box() -> None:
    values = {"a": 100.0, "b": -100.0, "c": 0.004}
    for centered in (False, True):
        root = parse(bar_chart(values, title="t", desc="d", zero_centered=centered, unit=" pts"))
        for bar in by_class(root, "bar"):
            assert 0 <= number(bar, "x") <= number(bar, "x") + number(bar, "width") <= 720
        assert all(0 <= number(text, "x") <= 720 for text in root.iter(f"{SVG}text"))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_bar_labels_and_unit_are_escaped(hostile: str) -> None:
    svg = bar_chart({hostile: 1.0}, title="t", desc="d", unit=hostile)
    root = parse(svg)
    assert texts_of(root, "label")[0] == hostile
    assert texts_of(root, "value") == [f"1.0{hostile}"]
    assert "<script>" not in svg
    assert "<foo>" not in svg


def test_bar_label_script_appears_escaped() -> None:
    svg = bar_chart({"<script>alert(1)</script>": 1.0}, title="t", desc="d")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg


def test_long_bar_labels_are_cut() -> None:
    root = parse(bar_chart({"W" * 80: 1.0}, title="t", desc="d"))
    (label,) = texts_of(root, "label")
    assert label.endswith("…")
    assert len(label) < 30


# --- Histogram --------------------------------------------------------------------------------


def bin_counts(root: ET.Element) -> list[int]:
    """Each bin's count, read from its tooltip "lo–hi: count"."""
    groups = by_class(root, "bin-group")
    return [int(group.find(f"{SVG}title").text.rsplit(": ", 1)[1]) for group in groups]


def test_histogram_has_the_asked_number_of_bins() -> None:
    for bins in (1, 5, 10, 40):
        root = parse(histogram([10, 20, 30], bins=bins, title="t", desc="d"))
        assert len(by_class(root, "bin")) == bins


def test_histogram_counts_values_per_bin() -> None:
    values = [0, 5, 9.99, 10, 55, 99, 100]
    root = parse(histogram(values, title="t", desc="d"))
    # [0, 10) holds 0, 5, 9.99; [10, 20) holds 10; the last bin is closed and holds 99 and 100.
    assert bin_counts(root) == [3, 1, 0, 0, 0, 1, 0, 0, 0, 2]
    assert texts_of(root, "count") == ["3", "1", "1", "2"]
    heights = [number(rect, "height") for rect in by_class(root, "bin")]
    assert heights[0] == pytest.approx(3 * heights[1], abs=0.2)
    assert heights[2] == 0


def test_histogram_bins_tile_the_range() -> None:
    root = parse(histogram([1, 2], bins=4, title="t", desc="d", lo=-10, hi=10))
    ticks = tick_x(root)
    assert list(ticks)[:1] == ["-10"]
    assert "10" in ticks
    rects = by_class(root, "bin")
    lefts = [number(rect, "x") for rect in rects]
    assert lefts == sorted(lefts)
    assert np.allclose(np.diff(lefts), lefts[1] - lefts[0], atol=0.1)
    assert [group.find(f"{SVG}title").text for group in by_class(root, "bin-group")] == [
        "-10–-5: 0",
        "-5–0: 0",
        "0–5: 2",
        "5–10: 0",
    ]


def test_histogram_skips_nan_and_tells_values_outside_the_range() -> None:
    root = parse(histogram([50, np.nan, -3, 104, None], title="t", desc="d"))
    assert sum(bin_counts(root)) == 1
    assert texts_of(root, "outside") == ["Outside 0–100: 2"]
    inside = parse(histogram([50, np.nan], title="t", desc="d"))
    assert by_class(inside, "outside") == []


def test_histogram_accepts_numpy_and_pandas() -> None:
    expected = histogram([1.0, 2.0, 55.0], title="t", desc="d")
    assert histogram(np.array([1.0, 2.0, 55.0]), title="t", desc="d") == expected
    assert histogram(pd.Series([1.0, 2.0, 55.0]), title="t", desc="d") == expected


def test_histogram_fractional_edges_are_written_with_fixed_decimals() -> None:
    root = parse(histogram([0.5], bins=4, title="t", desc="d", lo=0, hi=1))
    assert "0.25" in tick_x(root)
    assert by_class(root, "bin-group")[2].find(f"{SVG}title").text == "0.50–0.75: 1"


def test_histogram_tick_labels_do_not_crowd() -> None:
    root = parse(histogram([5], bins=100, title="t", desc="d"))
    xs = sorted(tick_x(root).values())
    assert min(np.diff(xs)) >= 25


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"bins": 0}, "bins"),
        ({"bins": 2.5}, "bins"),
        ({"lo": 10, "hi": 10}, "lo < hi"),
        ({"lo": 0, "hi": math.nan}, "lo < hi"),
    ],
)
def test_histogram_refuses_bad_options(options: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        histogram([1, 2], title="t", desc="d", **options)


# --- In a PDF ---------------------------------------------------------------------------------


def test_weasyprint_draws_every_chart_without_fetching_anything() -> None:
    weasyprint = pytest.importorskip("weasyprint")
    fetched = []

    def forbid(url: str, *args: object, **kwargs: object) -> dict:
        fetched.append(url)
        raise ValueError(f"no fetching: {url}")

    charts = [draw("<script>alert(1)</script>", '"><foo>') for draw in CHARTS.values()]
    charts.append(EMPTY["histogram"](title="t", desc="d"))
    html = "<html><body>" + "".join(f"<figure>{svg}</figure>" for svg in charts) + "</body></html>"
    document = weasyprint.HTML(string=html, url_fetcher=forbid).render()
    assert document.pages
    assert fetched == []
