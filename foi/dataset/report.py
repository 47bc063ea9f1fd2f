"""`foi report`: one self-contained HTML file (no server, no network) an editor opens first.

Scraped text is data, never markup: every value is HTML-escaped on the server side, the
table's data travel as JSON inside a non-executable <script type="application/json"> (every
"<", ">" and "&" escaped, so no "</script>" or "<!--" inside it), the page's own script
writes cells with textContent only, and a link is made only from an http(s) URL. The page
reads '#q=...&sort=...' from its address, so a filtered or sorted view can be linked to (and
tested in a headless browser).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pandas as pd

from foi.atomic import atomic_write_text
from foi.dataset.views import load, synthetic

FACT_COLUMNS = [
    ("review_held", "Review"),
    ("review_date", "When"),
    ("s47_all_cases", "s47 always"),
    ("changes_made", "Changes"),
    ("definition_changed", "Definition changed"),
    ("rolling_is_non_mobile", "Rolling = non-mobile"),
    ("age_threshold_months", "Age threshold (months)"),
]

SCRIPT = r"""
(function () {
  var data = JSON.parse(document.getElementById('rows').textContent);
  var body = document.querySelector('#responses tbody');
  var search = document.getElementById('q');
  var columns = JSON.parse(document.getElementById('columns').textContent);
  var sortKey = null, sortDir = 1;
  function safeUrl(u) { return /^https?:\/\//i.test(u || '') ? u : null; }
  function render() {
    var q = (search.value || '').toLowerCase();
    var rows = data.filter(function (r) {
      return !q || columns.some(function (c) { return String(r[c.key] == null ? '' : r[c.key]).toLowerCase().indexOf(q) >= 0; });
    });
    if (sortKey) rows.sort(function (a, b) {
      var x = a[sortKey] == null ? '' : String(a[sortKey]), y = b[sortKey] == null ? '' : String(b[sortKey]);
      return x < y ? -sortDir : x > y ? sortDir : 0;
    });
    while (body.firstChild) body.removeChild(body.firstChild);
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      columns.forEach(function (c) {
        var td = document.createElement('td');
        var v = r[c.key];
        if (c.key === 'url') {
          var href = safeUrl(v);
          if (href) { var a = document.createElement('a'); a.href = href; a.rel = 'noopener noreferrer'; a.textContent = 'source'; td.appendChild(a); }
          else td.textContent = v == null ? '' : String(v);
        } else td.textContent = v == null ? '' : String(v);
        if (c.key.slice(-9) === '_evidence') td.className = 'evidence';
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    document.getElementById('shown').textContent = rows.length + ' of ' + data.length + ' responses shown';
  }
  document.querySelectorAll('#responses th').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      sortDir = sortKey === key ? -sortDir : 1; sortKey = key; render();
    });
  });
  search.addEventListener('input', render);
  var params = new URLSearchParams(location.hash.slice(1));
  if (params.get('q')) search.value = params.get('q');
  if (params.get('sort')) sortKey = params.get('sort');
  if (params.get('desc')) sortDir = -1;
  render();
})();
"""

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;max-width:1400px;color:#1b1b1b}
h1{font-size:1.6rem} .note{color:#555}
.synthetic{background:#fff3cd;border:2px solid #b8860b;padding:.6rem .8rem;font-size:1.05rem} table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f3f3f3;position:sticky;top:0} td.evidence{max-width:28rem;color:#333}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.7rem 1rem}
.card b{font-size:1.4rem;display:block} svg text{font-size:11px} input{padding:.4rem;width:22rem}
"""


def _bar_chart(title: str, counts: pd.Series) -> str:
    """An inline SVG bar chart: no library, no network."""
    counts = counts[counts > 0]
    if counts.empty:
        return f"<h3>{escape(title)}</h3><p class='note'>No data.</p>"
    width, bar, gap = 520, 18, 6
    top = max(int(counts.max()), 1)
    height = len(counts) * (bar + gap) + 10
    parts = [
        f"<h3>{escape(title)}</h3><svg role='img' aria-label='{escape(title)}' width='{width}' height='{height}'>"
    ]
    for i, (label, n) in enumerate(counts.items()):
        y = i * (bar + gap)
        w = int((width - 220) * int(n) / top)
        parts.append(
            f"<text x='0' y='{y + 13}'>{escape(str(label))}</text>"
            f"<rect x='200' y='{y}' width='{w}' height='{bar}' fill='#3d6fb6'></rect>"
            f"<text x='{205 + w}' y='{y + 13}'>{int(n)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _json_for_script(value: object) -> str:
    """JSON that cannot end its <script> element or open a comment ("</script>", "<!--" and
    "<script" would otherwise change how the browser finds the element's end): "<", ">" and
    "&" are written as \\u escapes, which JSON.parse reads back as themselves."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def build_report(dataset: Path, out: Path, title: str) -> Path:
    responses = load(dataset, "responses")
    authorities = load(dataset, "authorities")
    facts = load(dataset, "facts")
    evidence = facts[facts["field"].isin(["review_held", "s47_all_cases"])].pivot_table(
        index="authority_code", columns="field", values="evidence", aggfunc="first"
    )
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
            **{key: r[key] for key, _ in FACT_COLUMNS},
            "review_held_evidence": evidence.get("review_held", {}).get(r["authority_code"])
            if "review_held" in evidence
            else None,
            "s47_all_cases_evidence": evidence.get("s47_all_cases", {}).get(r["authority_code"])
            if "s47_all_cases" in evidence
            else None,
            "url": r["url"],
        }
        rows.append(
            {
                k: (None if pd.isna(v) else v) if not isinstance(v, list) else v
                for k, v in row.items()
            }
        )
    columns = [
        {"key": "authority_name", "label": "Authority"},
        {"key": "region", "label": "Region"},
        {"key": "partnership", "label": "Partnership"},
        {"key": "outcome", "label": "Outcome"},
        *({"key": k, "label": label} for k, label in FACT_COLUMNS),
        {"key": "review_held_evidence", "label": "Evidence (review)"},
        {"key": "s47_all_cases_evidence", "label": "Evidence (s47)"},
        {"key": "url", "label": "Link"},
    ]
    responded = int(authorities["responded"].sum())
    no_review = int((responses["review_held"].astype("string") == "none").sum())
    s47_all = int((responses["s47_all_cases"].astype("string") == "yes").sum())
    cards = "".join(
        f"<div class='card'><b>{n}</b>{escape(label)}</div>"
        for n, label in (
            (len(authorities), "authorities with children's services"),
            (responded, "responses found"),
            (len(authorities) - responded, "no response found"),
            (no_review, "say there was no review"),
            (s47_all, "require s47 or a strategy discussion in every case"),
        )
    )
    charts = _bar_chart(
        "Review after the Panel's guidance",
        responses["review_held"].astype("string").value_counts(),
    ) + _bar_chart(
        "s47 enquiry or strategy discussion in all cases",
        responses["s47_all_cases"].astype("string").value_counts(),
    )
    headers = "".join(
        f"<th data-key='{escape(c['key'])}'>{escape(c['label'])}</th>" for c in columns
    )
    banner = (
        "<p class='synthetic' role='note'><b>Synthetic demo data</b>: invented replies from the "
        "bundled mirror (<code>foi demo</code>), not real councils' answers. Do not cite.</p>\n"
        if synthetic(dataset)
        else ""
    )
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{escape(title)}</title><style>{STYLE}</style></head>
<body>
<h1>{escape(title)}</h1>
{banner}<p class="note">Built from the project's dataset. Each value was coded from the council's own words; the evidence
sentence is beside it and the link goes to the document. Check before you cite.</p>
<div class="cards">{cards}</div>
<div class="charts">{charts}</div>
<h2>Responses</h2>
<p><label>Filter: <input id="q" type="search" placeholder="council, region, value, words in the evidence"></label>
<span id="shown" class="note"></span></p>
<table id="responses"><thead><tr>{headers}</tr></thead><tbody></tbody></table>
<script type="application/json" id="rows">{_json_for_script(rows)}</script>
<script type="application/json" id="columns">{_json_for_script(columns)}</script>
<script>{SCRIPT}</script>
</body></html>
"""
    atomic_write_text(out, html)
    return out
