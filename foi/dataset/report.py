"""`foi report`: one self-contained HTML file (no server, no network) an editor opens first.

What it shows: a dated header (when the dataset was built, from how many documents, when the
report was made), a hex map of the 153 authorities coloured by any coded field (the layout
is the project's own, `foi/hexmap.py`), response times against the 20-working-day limit, a
partnership view (the members of each joint partnership and shared-procedures group side by
side, and where those that answered differ), and the table of responses with the evidence
sentence, the live link and, with `--with-documents`, a link to a copy of the archived
document shipped beside the report. Demo data carries the synthetic mark everywhere.

Scraped text is data, never markup: every value is HTML-escaped on the server side, the
page's data travel as JSON inside non-executable <script type="application/json"> elements
(every "<", ">" and "&" escaped, so no "</script>" or "<!--" inside them), the page's own
script writes text with textContent only, a link is made only from an http(s) URL or from
a copied document's name the report itself chose (its sha256 and an extension), and a
copied document that a browser would render as a page (HTML, email, text) is shipped as
`.txt`, so nothing a council wrote runs. No resource is fetched: no CDN, no font, no image.
The page reads '#q=...&sort=...&field=...' from its address, so a filtered or sorted view,
or the map coloured by one field, can be linked to (and tested in a headless browser).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd

from foi import hexmap, partnerships
from foi.archive import Archive, sha256
from foi.atomic import atomic_write_bytes, atomic_write_text
from foi.dataset.values import coded_values
from foi.dataset.views import build_info, load, synthetic
from foi.registry import Registry

LIMIT = 20  # FOIA s10: working days to respond


@dataclass
class Layout:
    """What the report shows for a campaign, from its fields and its [report] table
    (foi/campaign.py): the table's columns, the map's menu, the partnership view's columns,
    the charts, the evidence columns and the summary cards."""

    specs: dict[str, Any]
    table: list[tuple[str, str]]  # (field, column heading)
    map: list[tuple[str, str]]  # (field, menu entry), then outcome and response time
    compared: list[tuple[str, str]]  # (field, column heading), outcome first
    phrases: dict[str, str]  # how a sentence names each field
    coded: dict[str, list[str]]  # each category's values, in the campaign's order
    evidence: list[str]
    charts: list[str]
    cards: list[dict[str, str]]


def layout(campaign: Any) -> Layout:
    specs = campaign.specs
    report = campaign.report
    return Layout(
        specs=specs,
        table=[(f, specs[f].label) for f in report["table"]],
        map=[
            *((f, specs[f].title) for f in report["map"]),
            ("outcome", "Outcome of the response"),
            ("response_time", f"Response time against the {LIMIT}-working-day limit"),
        ],
        compared=[("outcome", "Outcome"), *((f, specs[f].label) for f in report["compare"])],
        phrases={"outcome": "outcome", **{f: s.phrase for f, s in specs.items()}},
        coded=coded_values(specs),
        evidence=list(report["evidence"]),
        charts=list(report["charts"]),
        cards=list(report["cards"]),
    )


# A count by year on the map: the latest year's figure, in bands.
BANDS = [(0, 4), (5, 9), (10, 24), (25, 49), (50, 99), (100, None)]
SUPPRESSED_LABEL = "suppressed (fewer than 5)"


def _band(n: int) -> str:
    for low, high in BANDS:
        if high is None or n <= high:
            return f"{low}+" if high is None else f"{low}-{high}"
    return ""


# Okabe and Ito's colour-blind-safe palette; "not stated" and "not known" in grey, no
# response found in white.
COLOURS = {
    "yes": "#0072B2",
    "no": "#E69F00",
    "formal": "#0072B2",
    "informal": "#56B4E9",
    "none": "#E69F00",
    "answered": "#009E73",
    "partial": "#56B4E9",
    "refused": "#D55E00",
    "not_held": "#CC79A7",
    "redirected": "#F0E442",
    "within": "#009E73",
    "late": "#D55E00",
    "not_stated": "#C8C8C8",
    "unknown": "#C8C8C8",
    "": "#FFFFFF",
}
SPARE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7A5195"]
LABELS = {
    "not_stated": "not stated",
    "not_held": "not held",
    "within": f"within {LIMIT} working days",
    "late": f"over {LIMIT} working days",
    "unknown": "dates not known",
    "": "no response found",
}
# Copied documents keep their own extension only where a browser does not render them as a
# page; HTML, email and text are shipped as .txt and so shown as text, never run.
KEEP_EXTENSION = {"pdf": "pdf", "docx": "docx", "msg": "msg", "png": "png", "jpeg": "jpg", "tiff": "tiff"}  # fmt: skip
HEX = 20.0  # distance between neighbouring hex centres in the map's SVG units

SCRIPT = r"""
(function () {
  var data = JSON.parse(document.getElementById('rows').textContent);
  var page = JSON.parse(document.getElementById('page').textContent);
  var columns = page.columns, map = page.map;
  var body = document.querySelector('#responses tbody');
  var search = document.getElementById('q');
  var select = document.getElementById('field');
  var info = document.getElementById('hexinfo');
  var SVG = 'http://www.w3.org/2000/svg';
  var sortKey = null, sortDir = 1, hexes = {};
  document.querySelectorAll('#hexmap .hex').forEach(function (g) { hexes[g.getAttribute('data-code')] = g; });
  function safeUrl(u) { return /^https?:\/\//i.test(u || '') ? u : null; }
  function archived(u) { return /^[^\/:?#\\]+\/[0-9a-f]{64}\.[a-z.]+$/.test(u || '') ? u : null; }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function text(tag, value, cls) {
    var el = document.createElement(tag); el.textContent = value; if (cls) el.className = cls; return el;
  }
  function link(href, label) {
    var a = document.createElement('a'); a.href = href; a.rel = 'noopener noreferrer'; a.textContent = label; return a;
  }
  function render() {
    var q = (search.value || '').toLowerCase();
    var rows = data.filter(function (r) {
      return !q || columns.some(function (c) { return String(r[c.key] == null ? '' : r[c.key]).toLowerCase().indexOf(q) >= 0; });
    });
    if (sortKey) rows.sort(function (a, b) {
      var x = a[sortKey], y = b[sortKey];
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * sortDir;
      x = x == null ? '' : String(x); y = y == null ? '' : String(y);
      return x < y ? -sortDir : x > y ? sortDir : 0;
    });
    clear(body);
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      columns.forEach(function (c) {
        var td = document.createElement('td');
        var v = r[c.key], href = null;
        if (c.key === 'url' && (href = safeUrl(v))) td.appendChild(link(href, 'source'));
        else if (c.key === 'archived' && (href = archived(v))) td.appendChild(link(href, 'archived copy'));
        else if (c.coded && v != null) td.textContent = String(v).replace(/_/g, ' ');  // not_stated: not stated
        else td.textContent = v == null ? '' : String(v);
        td.className = 'c-' + c.key;
        if (c.key.slice(-9) === '_evidence') td.className += ' evidence';
        if (c.key === 'working_days_to_respond' && typeof v === 'number' && v > page.limit) td.className += ' late';
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    document.getElementById('shown').textContent = rows.length + ' of ' + data.length + ' responses shown';
  }
  function swatch(fill) {
    var svg = document.createElementNS(SVG, 'svg'), rect = document.createElementNS(SVG, 'rect');
    svg.setAttribute('width', '14'); svg.setAttribute('height', '14'); svg.setAttribute('aria-hidden', 'true');
    rect.setAttribute('width', '13'); rect.setAttribute('height', '13'); rect.setAttribute('x', '0.5'); rect.setAttribute('y', '0.5');
    rect.setAttribute('fill', fill); rect.setAttribute('stroke', '#777');
    svg.appendChild(rect); return svg;
  }
  function paint(key) {
    var f = map.fields.filter(function (x) { return x.key === key; })[0] || map.fields[0];
    select.value = f.key;
    var style = {}, groups = {};
    f.values.forEach(function (s) { style[s.value] = s; groups[s.value] = []; });
    map.authorities.forEach(function (a) {
      var v = a.values[f.key]; v = v == null ? '' : String(v);
      var s = style[v] || style[''];
      var g = hexes[a.code];
      if (g) {
        g.querySelector('path').setAttribute('fill', s.fill);
        g.querySelector('text').setAttribute('fill', s.ink);
        g.setAttribute('aria-label', a.name + ': ' + s.label);
        g.querySelector('title').textContent = a.name + ': ' + s.label;
      }
      (groups[s.value] = groups[s.value] || []).push(a);
    });
    var legend = document.getElementById('legend'), list = document.getElementById('maplist');
    clear(legend); clear(list);
    document.getElementById('mapcaption').textContent = f.label;
    f.values.forEach(function (s) {
      var n = groups[s.value].length;
      if (!n) return;
      var li = document.createElement('li');
      li.appendChild(swatch(s.fill)); li.appendChild(text('span', s.label + ' (' + n + ')'));
      legend.appendChild(li);
      var ul = document.createElement('ul'); ul.className = 'names';
      var heading = text('h4', s.label + ' (' + n + ')');
      if (s.value === '') {
        var details = document.createElement('details'), summary = document.createElement('summary');
        summary.appendChild(heading); details.appendChild(summary); details.appendChild(ul);
        list.appendChild(details);
      } else { list.appendChild(heading); list.appendChild(ul); }
      groups[s.value].forEach(function (a) {
        var item = document.createElement('li');
        if (a.responded) item.appendChild(link('#q=' + encodeURIComponent(a.name), a.name));
        else item.textContent = a.name;
        ul.appendChild(item);
      });
    });
  }
  function show(e) {
    var g = e.target.closest ? e.target.closest('.hex') : null;
    if (g) info.textContent = g.getAttribute('aria-label');
  }
  function fromAddress(scroll) {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.has('q')) search.value = params.get('q');
    if (params.get('sort')) sortKey = params.get('sort');
    sortDir = params.get('desc') ? -1 : 1;
    if (params.get('field')) paint(params.get('field'));
    render();
    if (scroll && params.has('q')) document.getElementById('responses-section').scrollIntoView();
  }
  document.querySelectorAll('#responses th').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      sortDir = sortKey === key ? -sortDir : 1; sortKey = key; render();
    });
  });
  search.addEventListener('input', render);
  select.addEventListener('change', function () {
    paint(select.value);
    var params = new URLSearchParams(location.hash.slice(1));
    params.set('field', select.value);
    history.replaceState(null, '', '#' + params.toString());
  });
  var svg = document.getElementById('hexmap');
  ['mouseover', 'focusin'].forEach(function (ev) { svg.addEventListener(ev, show); });
  window.addEventListener('hashchange', function () { fromAddress(true); });
  paint(select.value);
  fromAddress(false);
})();
"""

STYLE = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;padding:0 2rem;max-width:1400px;color:#1b1b1b;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.3rem} h2{margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
.note,.dated{color:#555} .dated{margin-top:0}
p,li{overflow-wrap:anywhere} td{overflow-wrap:break-word}
td:first-child{min-width:9rem}
a{color:#0b57a4}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem;z-index:2}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;list-style:none}
.synthetic{background:#fff3cd;border:2px solid #b8860b;padding:.6rem .8rem;font-size:1.05rem}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
#responses th{cursor:pointer;background:#f3f3f3;position:sticky;top:0} td.evidence{min-width:14rem;max-width:28rem;color:#333}
td.late{color:#a33a00;font-weight:600}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.7rem 1rem;flex:1 1 9rem}
.card b{font-size:1.4rem;display:block}
.charts{display:flex;flex-wrap:wrap;gap:0 2rem}.charts>div{flex:1 1 20rem;max-width:560px}
svg.chart{width:100%;height:auto;max-width:480px} svg.chart text{font-size:12px}
.mapwrap{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
.mapwrap figure{margin:0;flex:1 1 22rem;max-width:640px}
svg.hexmap{width:100%;height:auto;display:block}
svg.hexmap text{font-size:6.2px;pointer-events:none;text-anchor:middle;dominant-baseline:central}
.hex path{stroke:#8c8c8c;stroke-width:.6}
.hex:hover path,.hex:focus path{stroke:#000;stroke-width:2}
.hex:focus{outline:none}
#hexinfo{min-height:1.5em;font-weight:600}
.mapside{flex:1 1 16rem}
ul.legend{list-style:none;padding:0;margin:.3rem 0 1rem}
ul.legend li{display:flex;align-items:center;gap:.45rem;margin:.15rem 0}
select,input{font:inherit;padding:.35rem;max-width:100%}
input#q{width:22rem}
#maplist h4{margin:.8rem 0 .2rem;font-size:.95rem}
ul.names{list-style:none;padding:0;margin:0;font-size:.85rem}
ul.names li{display:inline}
ul.names li:not(:last-child)::after{content:" · ";color:#888}
#maplist summary{cursor:pointer} #maplist summary h4{display:inline-block}
.group{border:1px solid #ddd;border-radius:6px;padding:.2rem 1rem .8rem;margin:1rem 0}
.group h3{margin:.6rem 0 .2rem;font-size:1.05rem}
.group .meta{margin:.1rem 0;color:#555;font-size:.9rem}
.differ{color:#8a3b00;font-weight:600} .scroll-hint{display:none}
table.members td.differs{background:#fde9d9;font-weight:600}
ul.silent{color:#555}
footer{margin-top:3rem;font-size:.85rem;color:#555}
@media (max-width:600px){
  body{padding:0 .75rem;margin:1rem auto}
  h1{font-size:1.3rem}
  input#q{width:100%}
  svg.hexmap text{display:none}
  .card{padding:.5rem .7rem}
  .scroll-hint{display:block}
}
@media print{
  @page{size:A4;margin:12mm}
  @page wide{size:A4 landscape;margin:12mm}
  #responses-section{page:wide}
  body{margin:0;padding:0;max-width:none;font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .controls,.skip,nav.toc,#hexinfo{display:none}
  .table-wrap{overflow:visible}
  #responses th{position:static}
  h2{break-after:avoid} #map{break-before:page} .group,figure,tr,.card{break-inside:avoid}
  .mapwrap figure{max-width:15cm}
  a{color:inherit;text-decoration:none}
  #responses{font-size:7pt}
  table.members{font-size:7.5pt} table.members th{font-size:7pt} table.members th,table.members td{padding:.15rem .25rem}
  #responses th,#responses td{padding:.15rem .2rem}
  #responses th{font-size:6.5pt}
  .c-region,.c-partnership,.c-url,.c-archived{display:none}
  td.evidence{min-width:0;max-width:none;overflow-wrap:anywhere} td:first-child{min-width:0}
}
"""


@dataclass
class Documents:
    """The archived documents copied beside the report: sha256 -> relative link."""

    folder: Path
    links: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # sha256 whose archived copy is gone


def documents_folder(out: Path) -> Path:
    """Where `foi report --with-documents` puts the copies: `<report name>-documents/`."""
    return out.with_name(f"{out.stem}-documents")


def copy_documents(data_dir: Path, digests: dict[str, str | None], folder: Path) -> Documents:
    """Copy each archived document (sha256 -> its format) into `folder`, named by its
    sha256, after checking the bytes still match it; one that is missing or altered is
    listed, never copied."""
    archive = Archive(data_dir)
    docs = Documents(folder)
    for digest, fmt in sorted(digests.items()):
        try:
            data = archive.read(digest)
        except (FileNotFoundError, ValueError):
            data = None
        if data is None or sha256(data) != digest:  # gone, or altered behind foi's back
            docs.missing.append(digest)
            continue
        name = document_name(digest, fmt)
        target = folder / name
        if not target.exists() or sha256(target.read_bytes()) != digest:
            atomic_write_bytes(target, data)
        docs.links[digest] = f"{quote(folder.name)}/{name}"
    return docs


def document_name(digest: str, fmt: str | None) -> str:
    fmt = (fmt or "").lower()
    if fmt in KEEP_EXTENSION:
        return f"{digest}.{KEEP_EXTENSION[fmt]}"
    if fmt in ("", "txt") or not re.fullmatch(r"[a-z0-9]{1,8}", fmt):
        return f"{digest}.txt"
    return f"{digest}.{fmt}.txt"  # html, eml, json: the source, shown as text


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


def _json_for_script(value: object) -> str:
    """JSON that cannot end its <script> element or open a comment ("</script>", "<!--" and
    "<script" would otherwise change how the browser finds the element's end): "<", ">" and
    "&" are written as \\u escapes, which JSON.parse reads back as themselves."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _plain(v: Any) -> Any:
    """A value for JSON: None for missing, ints for whole numbers, lists as lists."""
    if isinstance(v, list | tuple):
        return list(v)
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _map_value(spec: Any, row: dict[str, Any], key: str, value_of: Any) -> Any:
    """What the map shows of a response: its value (a count by year: its latest year's
    figure, in bands); a response that gives none (no age threshold) is "not stated"."""
    if spec is None or spec.type != "count_by_year":
        return _or_not_stated(row.get(key))
    value = value_of(spec, row)
    latest = None if value is None else value.get(spec.years[-1])
    if latest is None:
        return "not_stated"
    return SUPPRESSED_LABEL if isinstance(latest, str) else _band(int(latest))


def _year_chart(spec: Any, responses: pd.DataFrame) -> str:
    """A count by year: the sum over the councils that give a figure, year by year, with how
    many give one and how many only a suppressed small number."""
    from foi.dataset.build import as_list

    title = f"{spec.title}: total of the figures given"
    bars = []
    for year in spec.years:
        column = responses[spec.year_column(year)].astype("Float64")
        given = int(column.notna().sum())
        suppressed = sum(1 for v in responses[spec.suppressed_column] if year in (as_list(v) or []))
        bars.append((year, int(column.sum(skipna=True)), given, suppressed))
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


def _or_not_stated(v: Any) -> Any:
    v = _plain(v)
    return "not_stated" if v is None else v


def _ink(fill: str) -> str:
    """Black or white text, whichever reads better on `fill`."""
    r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lum = sum(
        w * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b), strict=True)
    )
    return "#000000" if lum > 0.2 else "#FFFFFF"


def _time_value(days: Any) -> str:
    days = _plain(days)
    if days is None:
        return "unknown"
    return "within" if days <= LIMIT else "late"


def _map_fields(values: dict[str, dict[str, Any]], view: Layout) -> list[dict[str, Any]]:
    """Each field's legend: its values in the campaign's order, each with its colour."""
    out = []
    coded = view.coded
    for key, label in view.map:
        seen = {str(v[key]) for v in values.values() if v.get(key) is not None}
        spec = view.specs.get(key)
        if key == "response_time":
            order = ["within", "late", "unknown"]
        elif key in coded:
            order = list(coded[key]) + sorted(seen - set(coded[key]))
        elif spec is not None and spec.type == "count_by_year":
            bands = [_band(low) for low, _ in BANDS]
            order = [
                SUPPRESSED_LABEL,
                *bands,
                *sorted(seen - {SUPPRESSED_LABEL, "not_stated", *bands}),
                "not_stated",
            ]
            label = f"{label}: {spec.years[-1]}"
        else:  # numbers (the age threshold) in numeric order, then "not stated"
            order = sorted(
                seen - {"not_stated"}, key=lambda s: (float(s) if _number(s) else math.inf, s)
            )
            order += ["not_stated"]
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
        out.append({"key": key, "label": label, "values": styles})
    return out


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


def _response_times(responses: pd.DataFrame, total: int) -> str:
    """How long councils took, against the 20-working-day limit; unknowns counted, never
    guessed."""
    days = responses["working_days_to_respond"].astype("Float64")
    known = days.dropna().astype(int)
    n = len(responses)
    unknown = n - len(known)
    received = responses["received_date"].isna()
    sent = responses["published_date"].isna()
    neither = int((received & sent).sum())
    no_request = int((received & ~sent).sum())
    no_reply = int((sent & ~received).sum())
    within = int((known <= LIMIT).sum())
    late = int((known > LIMIT).sum())
    parts = [f"<section id='times'><h2>Response times against the {LIMIT}-working-day limit</h2>"]
    if n == 0:
        parts.append("<p>No responses found yet.</p></section>")
        return "".join(parts)
    summary = (
        f"Of the {n} responses found, <b>{len(known)}</b> give both the date the request was "
        f"received and the date of the reply: <b>{within}</b> within {LIMIT} working days, "
        f"<b>{late}</b> later"
    )
    if len(known):
        summary += f" (median {int(known.median())}, longest {int(known.max())} working days)"
    summary += "."
    parts.append(f"<p class='times-summary'>{summary}</p>")
    why = []
    if neither:
        why.append(f"{neither} give{'s' if neither == 1 else ''} neither date")
    if no_request:
        why.append(f"{no_request} no date for the request")
    if no_reply:
        why.append(f"{no_reply} no date for the reply")
    other = unknown - neither - no_request - no_reply  # dates that contradict each other
    if other:
        why.append(f"{other} a reply dated before the request")
    parts.append(
        f"<p class='times-unknown'><b>{unknown}</b> response{'s' if unknown != 1 else ''} "
        + ("cannot be timed: " + ", ".join(why) if unknown else "lack a date")
        + ". Their time is given as not known, never estimated. "
        f"{total - n} authorities have no response found, so no time at all.</p>"
    )
    parts.append(
        "<p class='note'>Working days run from the day after the request was received to the "
        "day of the reply, weekends and bank holidays in England excluded (FOIA s10). The "
        "dates are those the platform or the reply gives.</p>"
    )
    if len(known):
        bins = [(0, 5), (6, 10), (11, 15), (16, 20), (21, 30), (31, 40), (41, 60), (61, 10**6)]
        counts = [(lo, hi, int(((known >= lo) & (known <= hi)).sum())) for lo, hi in bins]
        width, bar, gap = 400, 18, 6
        top = max(c for _, _, c in counts) or 1
        height = len(counts) * (bar + gap) + 10
        svg = [
            f"<svg class='chart' role='img' viewBox='0 0 {width} {height}' width='{width}' "
            f"height='{height}' aria-label='Responses by working days taken'>"
        ]
        for i, (lo, hi, c) in enumerate(counts):
            y = i * (bar + gap)
            w = int((width - 95 - 30) * c / top)
            name = f"{lo}-{hi} days" if hi < 10**6 else f"over {lo - 1} days"
            fill = COLOURS["within"] if hi <= LIMIT else COLOURS["late"]
            svg.append(
                f"<text x='0' y='{y + 13}'>{name}</text>"
                f"<rect x='95' y='{y}' width='{w}' height='{bar}' fill='{fill}'></rect>"
                f"<text x='{100 + w}' y='{y + 13}'>{c}</text>"
            )
        limit_y = 4 * (bar + gap) - gap / 2
        svg.append(
            f"<line x1='0' x2='{width}' y1='{limit_y}' y2='{limit_y}' stroke='#000' "
            f"stroke-dasharray='4 3'></line>"
        )
        svg.append("</svg>")
        parts.append(
            "<div class='charts'><div><h3>Working days taken</h3>"
            f"<p class='note'>Above the dashed line: within the {LIMIT}-day limit.</p>"
            + "".join(svg)
            + "</div></div>"
        )
    parts.append("</section>")
    return "".join(parts)


def _partnership_view(
    groups: pd.DataFrame, by_code: dict[str, dict[str, Any]], names: dict[str, str], view: Layout
) -> str:
    """For each joint partnership and shared-procedures group, its members side by side,
    and the fields on which the members that answered differ."""
    places = partnerships.load()
    kinds = {"partnership": "joint safeguarding children partnership", "procedures_group": "shared child-protection procedures"}  # fmt: skip
    shared = groups[groups["member_count"] > 1].copy()
    single = int((groups[groups["kind"] == "partnership"]["member_count"] == 1).sum())
    shared["split"] = shared["disagree_fields"].map(
        lambda f: len(f) > 0 if f is not None else False
    )
    # Where members differ first, then the groups most heard from.
    shared = shared.sort_values(["split", "responded", "name"], ascending=[False, False, True])
    compared = view.compared
    parts = [
        "<section id='partnerships'><h2>Partnerships and shared procedures</h2>",
        "<p>Each council works through a local safeguarding children partnership; some "
        "partnerships are joint, and many councils share their child-protection procedures "
        "with neighbours. Members of one group would be expected to answer alike, so where the "
        "members that answered differ, the fields are named and the cells marked. "
        f"{single} councils have a partnership of their own; their answers are in the table of "
        f"responses below. {len(shared)} groups have more than one member:</p>",
        "<p class='note'>Groupings from the project's researched draft (each group links its "
        "source); a council the draft does not place in a joint partnership is assumed to have "
        "its own.</p>",
    ]
    for i, g in enumerate(shared.to_dict("records")):
        members = list(g["members"])
        differs = set(g["disagree_fields"] or [])
        key = "partnership" if g["kind"] == "partnership" else "procedures"
        sources = [getattr(places.get(c), f"{key}_source", None) for c in members if c in places]
        source = next((s for s in sources if s and re.match(r"https?://", s)), None)
        meta = f"{escape(kinds.get(g['kind'], g['kind']))} · {int(g['responded'])} of {len(members)} members' responses found"
        if source:
            meta += (
                f" · <a href='{escape(source, quote=True)}' rel='noopener noreferrer'>source</a>"
            )
        if differs:
            verdict = (
                "<p class='differ'>Members that answered differ on: "
                + escape(", ".join(view.phrases.get(f, f) for f, _ in compared if f in differs))
                + ".</p>"
            )
        elif int(g["responded"]) >= 2:
            verdict = "<p>The members that answered agree on every coded field.</p>"
        else:
            verdict = (
                "<p class='note'>Fewer than two members' responses found: nothing to compare.</p>"
            )
        answered = sorted((c for c in members if c in by_code), key=lambda c: names.get(c, c))
        silent = sorted((c for c in members if c not in by_code), key=lambda c: names.get(c, c))
        table = ""
        if answered:
            head = "".join(f"<th>{escape(label)}</th>" for _, label in compared)
            body = []
            for code in answered:
                cells = []
                for f, _ in compared:
                    v = _plain(by_code[code].get(f))
                    text = "" if v is None else LABELS.get(str(v), str(v))
                    cls = " class='differs'" if f in differs else ""
                    cells.append(f"<td{cls}>{escape(text)}</td>")
                body.append(f"<tr><td>{escape(names.get(code, code))}</td>{''.join(cells)}</tr>")
            table = (
                f"<div class='table-wrap'><table class='members'><thead><tr><th>Council</th>"
                f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
            )
        waiting = ""
        if silent:
            listed = "".join(f"<li>{escape(names.get(c, c))}</li>" for c in silent)
            waiting = (
                f"<p class='meta'>No response found from {len(silent)}:</p>"
                f"<ul class='names silent'>{listed}</ul>"
            )
        parts.append(
            f"<article class='group' id='group-{i}'><h3>{escape(g['name'])}</h3>"
            f"<p class='meta'>{meta}</p>{verdict}{table}{waiting}</article>"
        )
    parts.append("</section>")
    return "".join(parts)


def _date(stamp: str | None) -> str:
    if not stamp:
        return "an unknown date"
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return escape(stamp)
    return when.astimezone(UTC).strftime("%-d %B %Y, %H:%M UTC")


def build_report(
    dataset: Path,
    out: Path,
    title: str,
    *,
    with_documents_from: Path | None = None,
    campaign: Any = None,
) -> Path:
    """Write the report to `out`. With `with_documents_from` (the data directory), each
    response's archived document is copied into `<out name>-documents/` beside it and
    linked relatively, so the report and its folder can be moved or shared together.
    `campaign`: the dataset's campaign (the default campaign where None)."""
    from foi.dataset.build import value_of
    from foi.dataset.views import figures

    if campaign is None:
        from foi.campaign import load_campaign

        campaign = load_campaign()
    view = layout(campaign)
    specs = view.specs
    responses = load(dataset, "responses")
    authorities = load(dataset, "authorities")
    facts = load(dataset, "facts")
    groups = load(dataset, "partnerships")
    info = build_info(dataset)
    demo = synthetic(dataset)
    registry_short = {a.code: a.mysoc_code for a in Registry.load().authorities}
    evidence = facts[facts["field"].isin(view.evidence)].pivot_table(
        index="authority_code", columns="field", values="evidence", aggfunc="first"
    )
    fixed = facts[facts["method"] == "correction"].groupby("authority_code")["field"]
    corrected = fixed.agg(lambda fields: ", ".join(sorted(fields))).to_dict()
    docs = None
    if with_documents_from is not None:
        digests = dict(zip(responses["document_sha256"], responses["document_format"], strict=True))
        docs = copy_documents(with_documents_from, digests, documents_folder(out))
    table = responses.merge(
        authorities[["authority_code", "region"]], on="authority_code", how="left"
    )
    rows = []
    for r in table.to_dict("records"):
        row = {
            "authority_name": r["authority_name"],
            "region": r["region"],
            "partnership": r["partnership"],
            "outcome": r["outcome"],
            **{
                key: figures(specs[key], r) if specs[key].type == "count_by_year" else r[key]
                for key, _ in view.table
            },
            **{
                f"{key}_evidence": evidence[key].get(r["authority_code"])
                if key in evidence
                else None
                for key in view.evidence
            },
            "received_date": r["received_date"],
            "published_date": r["published_date"],
            "working_days_to_respond": r["working_days_to_respond"],
            "corrected": corrected.get(r["authority_code"]),
            "url": r["url"],
        }
        if docs is not None:
            row["archived"] = docs.links.get(r["document_sha256"])
        rows.append({k: _plain(v) for k, v in row.items()})
    columns = [
        {"key": "authority_name", "label": "Authority"},
        {"key": "region", "label": "Region"},
        {"key": "partnership", "label": "Partnership"},
        {"key": "outcome", "label": "Outcome", "coded": True},
        *({"key": k, "label": label, "coded": k in view.coded} for k, label in view.table),
        *({"key": f"{k}_evidence", "label": f"Evidence ({specs[k].label})"} for k in view.evidence),
        {"key": "received_date", "label": "Request received"},
        {"key": "published_date", "label": "Replied"},
        {"key": "working_days_to_respond", "label": "Working days"},
        {"key": "corrected", "label": "Corrected (by a reviewer)"},
        {"key": "url", "label": "Link"},
    ]
    if docs is not None:
        columns.append({"key": "archived", "label": "Archived copy"})

    by_code = {r["authority_code"]: r for r in responses.to_dict("records")}
    names = dict(zip(authorities["authority_code"], authorities["name"], strict=True))
    map_values = {
        code: {
            **{
                # A response that gives no value (no age threshold) is "not stated".
                key: _map_value(specs.get(key), by_code[code], key, value_of)
                if code in by_code
                else None
                for key, _ in view.map
                if key != "response_time"
            },
            "response_time": _time_value(by_code[code]["working_days_to_respond"])
            if code in by_code
            else None,
        }
        for code in names
    }
    fields = _map_fields(map_values, view)
    map_authorities = [
        {
            "code": code,
            "name": name,
            "short": registry_short.get(code, code[-3:]),
            "responded": code in by_code,
            "values": {k: (None if v is None else str(v)) for k, v in map_values[code].items()},
        }
        for code, name in sorted(names.items(), key=lambda item: item[1])
    ]
    legend, map_list = _map_list(fields, map_authorities)
    options = "".join(
        f"<option value='{escape(f['key'])}'>{escape(f['label'])}</option>" for f in fields
    )

    responded = int(authorities["responded"].sum())
    counted = [
        (int((responses[c["field"]].astype("string") == c["value"]).sum()), c["label"])
        for c in view.cards
    ]
    cards = "".join(
        f"<div class='card'><b>{n}</b>{escape(label)}</div>"
        for n, label in (
            (len(authorities), "authorities with children's services"),
            (responded, "responses found"),
            (len(authorities) - responded, "no response found"),
            *counted,
        )
    )
    charts = "".join(
        _year_chart(specs[f], responses)
        if specs[f].type == "count_by_year"
        else _bar_chart(specs[f].title, _counts(responses, f, view.coded.get(f, [])))
        for f in view.charts
    )
    headers = "".join(
        f"<th data-key='{escape(c['key'])}' class='c-{escape(c['key'])}'>{escape(c['label'])}</th>"
        for c in columns
    )
    banner = (
        "<p class='synthetic' role='note'><b>Synthetic demo data</b>: invented replies from the "
        "bundled mirror (<code>foi demo</code>), not real councils' answers. Do not cite.</p>\n"
        if demo
        else ""
    )
    made = datetime.now(UTC).replace(microsecond=0).isoformat()
    documents = info.get("documents")
    dated = (
        f"Dataset built {_date(info.get('build_time'))}"
        + (f" from {escape(documents)} archived documents" if documents else "")
        + f"; report made {_date(made)}."
    )
    if docs is not None:
        copies = (
            f"Each response links to its archived copy in <code>{escape(docs.folder.name)}/</code> "
            f"beside this file ({len(docs.links)} documents)"
        )
        if docs.missing:
            copies += f"; {len(docs.missing)} archived documents are missing or altered and are not linked (run <code>foi verify</code>)"
        copies += ". Keep the folder with the report when you share it."
    else:
        copies = (
            "Links go to where each document was found, which councils may take down: "
            "<code>foi report --with-documents</code> ships the archived copies beside the report."
        )
    page = {"columns": columns, "map": {"fields": fields, "authorities": map_authorities}, "limit": LIMIT}  # fmt: skip
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{escape(title)}</title><style>{STYLE}</style></head>
<body>
<a class="skip" href="#responses-section">Skip to the table of responses</a>
<header>
<h1>{escape(title)}</h1>
<p class="dated">{dated}</p>
{banner}<p class="note">Every value was coded from the council's own words: the table gives the
evidence sentence beside it and the link to the document. {copies} Check before you cite.</p>
</header>
<nav class="toc" aria-label="Contents"><ul><li><a href="#map">Map</a></li>
<li><a href="#times">Response times</a></li><li><a href="#partnerships">Partnerships</a></li>
<li><a href="#responses-section">Responses</a></li></ul></nav>
<div class="cards">{cards}</div>
<div class="charts">{charts}</div>
<section id="map"><h2>Map</h2>
<p class="note">One hex per authority with children's services, placed by the project from
each authority's centroid: neighbours near neighbours, London enlarged so that every borough
can be seen. Hover over or tab to a hex for the council's name; the same is listed below the legend.</p>
<p class="controls"><label>Colour by <select id="field">{options}</select></label></p>
<div class="mapwrap"><figure><a class="skip" href="#maplist-heading">Skip the map</a>{_hex_map(fields, map_authorities)}
<figcaption id="mapcaption">{escape(fields[0]["label"])}</figcaption></figure>
<div class="mapside"><p id="hexinfo" aria-live="polite"></p>
<ul class="legend" id="legend">{legend}</ul>
<h3 id="maplist-heading">The map as a list</h3>
<div id="maplist">{map_list}</div></div></div>
</section>
{_response_times(responses, len(authorities))}
{_partnership_view(groups, by_code, names, view)}
<section id="responses-section"><h2>Responses</h2>
<p class="controls"><label>Filter: <input id="q" type="search" placeholder="council, region, value, words in the evidence"></label>
<span id="shown" class="note"></span></p>
<p class="note scroll-hint">The table scrolls sideways for more columns.</p>
<div class="table-wrap"><table id="responses"><thead><tr>{headers}</tr></thead><tbody></tbody></table></div>
</section>
<footer><p>Made by <code>foi report</code>. Authority names, codes and centroids from mySociety's
register of local authority names and codes (CC BY 4.0); the hex layout is computed from them by the
project. Councils' words are quoted from their replies under FOIA.</p></footer>
<script type="application/json" id="rows">{_json_for_script(rows)}</script>
<script type="application/json" id="page">{_json_for_script(page)}</script>
<script>{SCRIPT}</script>
</body></html>
"""
    atomic_write_text(out, html)
    return out
