"""The report's summary: the cards (how many authorities, responses, and the campaign's
counts) and the charts, as inline SVG (no library, no network)."""

from __future__ import annotations

from html import escape
from typing import Any

import pandas as pd

from foi.dataset.cells import as_list
from foi.views.report.layout import LABELS, Layout


def cards(responses: pd.DataFrame, authorities: pd.DataFrame, view: Layout) -> str:
    """The summary cards: authorities, responses found and not, then the campaign's own."""
    responded = int(authorities["responded"].sum())
    counted = [
        (int((responses[c["field"]].astype("string") == c["value"]).sum()), c["label"])
        for c in view.cards
    ]
    return "".join(
        f"<div class='card'><b>{n}</b>{escape(label)}</div>"
        for n, label in (
            (len(authorities), "authorities with children's services"),
            (responded, "responses found"),
            (len(authorities) - responded, "no response found"),
            *counted,
        )
    )


def charts(responses: pd.DataFrame, view: Layout) -> str:
    """The campaign's charts: a bar per value, or a count by year's totals year by year."""
    specs = view.specs
    return "".join(
        _year_chart(specs[f], responses)
        if specs[f].type == "count_by_year"
        else _bar_chart(specs[f].title, _counts(responses, f, view.coded.get(f, [])))
        for f in view.charts
    )


def _bar_chart(title: str, counts: pd.Series) -> str:
    """An inline SVG bar chart: no library, no network; it shrinks to the page's width."""
    counts = counts[counts > 0]
    if counts.empty:
        return f"<div><h3>{escape(title)}</h3><p class='note'>No data.</p></div>"
    width, bar, gap = 400, 18, 6
    top = max(int(counts.max()), 1)
    height = len(counts) * (bar + gap) + 10
    parts = [
        f"<div><h3>{escape(title)}</h3><svg class='chart' role='img' aria-label='{escape(title)}' "
        f"viewBox='0 0 {width} {height}' width='{width}' height='{height}'>"
    ]
    for i, (label, n) in enumerate(counts.items()):
        y = i * (bar + gap)
        w = int((width - 150 - 30) * int(n) / top)
        parts.append(
            f"<text x='0' y='{y + 13}'>{escape(LABELS.get(str(label), str(label)))}</text>"
            f"<rect x='150' y='{y}' width='{w}' height='{bar}' fill='#3d6fb6'></rect>"
            f"<text x='{155 + w}' y='{y + 13}'>{int(n)}</text>"
        )
    parts.append("</svg></div>")
    return "".join(parts)


def _counts(responses: pd.DataFrame, column: str, values: list[str]) -> pd.Series:
    """How many responses give each value, in the campaign's order of values."""
    counts = responses[column].astype("string").value_counts()
    order = [v for v in values if v in counts.index]
    return counts.reindex(order + [v for v in counts.index if v not in order])


def _year_totals(spec: Any, responses: pd.DataFrame) -> list[tuple[str, int, int, int]]:
    """(year, the sum of the figures given, how many councils give one, how many give only a
    suppressed small number) for each year of a count by year."""
    bars = []
    for year in spec.years:
        column = responses[spec.year_column(year)].astype("Float64")
        given = int(column.notna().sum())
        suppressed = sum(1 for v in responses[spec.suppressed_column] if year in (as_list(v) or []))
        bars.append((year, int(column.sum(skipna=True)), given, suppressed))
    return bars


def _year_chart(spec: Any, responses: pd.DataFrame) -> str:
    """A count by year: the sum over the councils that give a figure, year by year, with how
    many give one and how many only a suppressed small number."""
    title = f"{spec.title}: total of the figures given"
    bars = _year_totals(spec, responses)
    if not any(given or suppressed for _, _, given, suppressed in bars):
        return f"<div><h3>{escape(title)}</h3><p class='note'>No figures given.</p></div>"
    width, bar, gap = 400, 18, 6
    top = max(max(total for _, total, _, _ in bars), 1)
    height = len(bars) * (bar + gap) + 10
    parts = [
        f"<div><h3>{escape(title)}</h3><svg class='chart' role='img' aria-label='{escape(title)}' "
        f"viewBox='0 0 {width} {height}' width='{width}' height='{height}'>"
    ]
    notes = []
    for i, (year, total, given, suppressed) in enumerate(bars):
        y = i * (bar + gap)
        w = int((width - 80 - 60) * total / top)
        parts.append(
            f"<text x='0' y='{y + 13}'>{escape(year)}</text>"
            f"<rect x='80' y='{y}' width='{w}' height='{bar}' fill='#3d6fb6'></rect>"
            f"<text x='{85 + w}' y='{y + 13}'>{total}</text>"
        )
        notes.append(
            f"{year}: {given} councils" + (f", {suppressed} suppressed" if suppressed else "")
        )
    parts.append("</svg>")
    parts.append(
        "<p class='note'>Figures given per year (suppressed small numbers not added in): "
        + escape("; ".join(notes))
        + ".</p></div>"
    )
    return "".join(parts)
