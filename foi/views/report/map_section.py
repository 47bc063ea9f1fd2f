"""The report's hex map: one hex per authority (the layout is the project's own,
`foi/views/hexmap.py`), coloured by any coded field, the outcome or the response time, with its
legend and the same as a list (value -> councils). The page's script repaints it for the
field chosen; what is written here is the first field's."""

from __future__ import annotations

import math
from html import escape
from typing import Any
from urllib.parse import quote

from foi.dataset.cells import value_of
from foi.reference.registry import Registry
from foi.views import hexmap
from foi.views.report.layout import COLOURS, LABELS, LIMIT, SPARE, Layout, plain

HEX = 20.0  # distance between neighbouring hex centres in the map's SVG units

# A count by year on the map: the latest year's figure, in bands.
BANDS = [(0, 4), (5, 9), (10, 24), (25, 49), (50, 99), (100, None)]
SUPPRESSED_LABEL = "suppressed (fewer than 5)"


def map_data(
    by_code: dict[str, dict[str, Any]], names: dict[str, str], view: Layout
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The map's fields (each with its legend) and its authorities (each with what the map
    shows of its response for every field), in the order of their names."""
    specs = view.specs
    short = {a.code: a.mysoc_code for a in Registry.load().authorities}
    values = {
        code: {
            **{
                # A response that gives no value (no age threshold) is "not stated".
                key: _map_value(specs.get(key), by_code[code], key) if code in by_code else None
                for key, _ in view.map
                if key != "response_time"
            },
            "response_time": _time_value(by_code[code]["working_days_to_respond"])
            if code in by_code
            else None,
        }
        for code in names
    }
    fields = _map_fields(values, view)
    authorities = [
        {
            "code": code,
            "name": name,
            "short": short.get(code, code[-3:]),
            "responded": code in by_code,
            "values": {k: (None if v is None else str(v)) for k, v in values[code].items()},
        }
        for code, name in sorted(names.items(), key=lambda item: item[1])
    ]
    return fields, authorities


def map_section(fields: list[dict[str, Any]], authorities: list[dict[str, Any]]) -> str:
    """The map's section: the menu of fields, the map, its legend and the map as a list."""
    legend, map_list = _map_list(fields, authorities)
    options = "".join(
        f"<option value='{escape(f['key'])}'>{escape(f['label'])}</option>" for f in fields
    )
    return f"""<section id="map"><h2>Map</h2>
<p class="note">One hex per authority with children's services, placed by the project from
each authority's centroid: neighbours near neighbours, London enlarged so that every borough
can be seen. Hover over or tab to a hex for the council's name; the same is listed below the legend.</p>
<p class="controls"><label>Colour by <select id="field">{options}</select></label></p>
<div class="mapwrap"><figure><a class="skip" href="#maplist-heading">Skip the map</a>{_hex_map(fields, authorities)}
<figcaption id="mapcaption">{escape(fields[0]["label"])}</figcaption></figure>
<div class="mapside"><p id="hexinfo" aria-live="polite"></p>
<ul class="legend" id="legend">{legend}</ul>
<h3 id="maplist-heading">The map as a list</h3>
<div id="maplist">{map_list}</div></div></div>
</section>"""


def _band(n: int) -> str:
    for low, high in BANDS:
        if high is None or n <= high:
            return f"{low}+" if high is None else f"{low}-{high}"
    return ""


def _map_value(spec: Any, row: dict[str, Any], key: str) -> Any:
    """What the map shows of a response: its value (a count by year: its latest year's
    figure, in bands); a response that gives none (no age threshold) is "not stated"."""
    if spec is None or spec.type != "count_by_year":
        return _or_not_stated(row.get(key))
    value = value_of(spec, row)
    latest = None if value is None else value.get(spec.years[-1])
    if latest is None:
        return "not_stated"
    return SUPPRESSED_LABEL if isinstance(latest, str) else _band(int(latest))


def _or_not_stated(v: Any) -> Any:
    v = plain(v)
    return "not_stated" if v is None else v


def _time_value(days: Any) -> str:
    days = plain(days)
    if days is None:
        return "unknown"
    return "within" if days <= LIMIT else "late"


def _ink(fill: str) -> str:
    """Black or white text, whichever reads better on `fill`."""
    r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lum = sum(
        w * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b), strict=True)
    )
    return "#000000" if lum > 0.2 else "#FFFFFF"


def _map_fields(values: dict[str, dict[str, Any]], view: Layout) -> list[dict[str, Any]]:
    """Each field's legend: its values in the campaign's order, each with its colour."""
    out = []
    for key, label in view.map:
        seen = {str(v[key]) for v in values.values() if v.get(key) is not None}
        spec = view.specs.get(key)
        order, label = _order(key, label, seen, spec, view.coded)
        out.append({"key": key, "label": label, "values": _styles(key, order, view.coded)})
    return out


def _order(
    key: str, label: str, seen: set[str], spec: Any, coded: dict[str, list[str]]
) -> tuple[list[str], str]:
    """A field's values in the legend's order (without "no response found"), and its
    caption (a count by year's names the year it shows)."""
    if key == "response_time":
        return ["within", "late", "unknown"], label
    if key in coded:
        return list(coded[key]) + sorted(seen - set(coded[key])), label
    if spec is not None and spec.type == "count_by_year":
        bands = [_band(low) for low, _ in BANDS]
        order = [
            SUPPRESSED_LABEL,
            *bands,
            *sorted(seen - {SUPPRESSED_LABEL, "not_stated", *bands}),
            "not_stated",
        ]
        return order, f"{label}: {spec.years[-1]}"
    # numbers (the age threshold) in numeric order, then "not stated"
    order = sorted(seen - {"not_stated"}, key=lambda s: (float(s) if _number(s) else math.inf, s))
    return order + ["not_stated"], label


def _styles(key: str, order: list[str], coded: dict[str, list[str]]) -> list[dict[str, str]]:
    """Each value's label and colours, then "no response found" in white."""
    spare = iter(SPARE)
    styles = []
    for value in [*order, ""]:
        if value == "":
            fill = COLOURS[""]
        elif key in coded or key == "response_time" or value == "not_stated":
            fill = COLOURS.get(value) or next(spare, "#7F7F7F")
        else:
            fill = next(spare, "#7F7F7F")
        text = LABELS.get(value, value.replace("_", " "))
        styles.append({"value": value, "label": text, "fill": fill, "ink": _ink(fill)})
    return styles


def _number(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def _hex_map(fields: list[dict[str, Any]], authorities: list[dict[str, Any]]) -> str:
    """The map as inline SVG, painted with the first field (the page's script repaints it
    for any other); each hex names its council on hover (title) and on focus."""
    layout = {h.code: h for h in hexmap.load()}
    first = fields[0]
    style = {s["value"]: s for s in first["values"]}
    r = HEX / math.sqrt(3)
    half = HEX / 2
    cols = max(h.col for h in layout.values()) + 1.5
    rows = max(h.row for h in layout.values()) + 1
    width, height = cols * HEX + 4, rows * HEX * hexmap.ROW_HEIGHT + 2 * r - HEX * 0.866 + 4
    parts = [
        f"<svg id='hexmap' class='hexmap' viewBox='0 0 {width:.1f} {height:.1f}' role='group' "
        f"aria-label='Hex map of the {len(authorities)} authorities: one hex each'>"
    ]
    for a in authorities:
        h = layout.get(a["code"])
        if h is None:
            continue
        x, y = h.centre()
        x, y = x * HEX + half + 2, y * HEX + r + 2
        value = a["values"].get(first["key"])
        s = style.get("" if value is None else str(value), style[""])
        label = f"{a['name']}: {s['label']}"
        d = (
            f"M{x:.2f},{y - r:.2f}L{x + half:.2f},{y - r / 2:.2f}L{x + half:.2f},{y + r / 2:.2f}"
            f"L{x:.2f},{y + r:.2f}L{x - half:.2f},{y + r / 2:.2f}L{x - half:.2f},{y - r / 2:.2f}Z"
        )
        parts.append(
            f"<g class='hex' tabindex='0' role='img' data-code='{escape(a['code'])}' "
            f"aria-label='{escape(label)}'><title>{escape(label)}</title>"
            f"<path d='{d}' fill='{s['fill']}'></path>"
            f"<text x='{x:.2f}' y='{y:.2f}' fill='{s['ink']}'>{escape(a['short'])}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _map_list(fields: list[dict[str, Any]], authorities: list[dict[str, Any]]) -> tuple[str, str]:
    """The legend and the map as lists (value -> councils), for the first field."""
    first = fields[0]
    groups: dict[str, list[dict[str, Any]]] = {s["value"]: [] for s in first["values"]}
    for a in authorities:
        v = a["values"].get(first["key"])
        groups.setdefault("" if v is None else str(v), []).append(a)
    legend, lists = [], []
    for s in first["values"]:
        members = groups.get(s["value"], [])
        if not members:
            continue
        title = f"{s['label']} ({len(members)})"
        legend.append(
            f"<li><svg width='14' height='14' aria-hidden='true'><rect x='0.5' y='0.5' width='13' "
            f"height='13' fill='{s['fill']}' stroke='#777'></rect></svg><span>{escape(title)}</span></li>"
        )
        names = "".join(
            f"<li><a href='#q={quote(a['name'])}'>{escape(a['name'])}</a></li>"
            if a["responded"]
            else f"<li>{escape(a['name'])}</li>"
            for a in members
        )
        if s["value"] == "":  # the long list of councils not heard from: folded
            lists.append(
                f"<details><summary><h4>{escape(title)}</h4></summary>"
                f"<ul class='names'>{names}</ul></details>"
            )
        else:
            lists.append(f"<h4>{escape(title)}</h4><ul class='names'>{names}</ul>")
    return "".join(legend), "".join(lists)
