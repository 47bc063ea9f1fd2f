"""The report's page: its shell (head, dated header, contents, footer), the sections in
order, the data the page's script reads, and the style and script themselves (`style.css`
and `page.js` beside this module, shipped as package data)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from foi.archive.atomic import atomic_write_text
from foi.views.queries import build_info, load, synthetic
from foi.views.report.documents import (
    Documents,
    copies_note,
    copy_documents,
    documents_folder,
)
from foi.views.report.layout import LIMIT, layout
from foi.views.report.map_section import map_data, map_section
from foi.views.report.partnership_view import partnership_view
from foi.views.report.summary import cards, charts
from foi.views.report.table import table_columns, table_rows, table_section
from foi.views.report.times import response_times


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
    if campaign is None:
        from foi.campaigns.campaign import load_campaign

        campaign = load_campaign()
    view = layout(campaign)
    responses = load(dataset, "responses")
    authorities = load(dataset, "authorities")
    facts = load(dataset, "facts")
    groups = load(dataset, "partnerships")
    info = build_info(dataset)
    demo = synthetic(dataset)
    docs = None
    if with_documents_from is not None:
        digests = dict(zip(responses["document_sha256"], responses["document_format"], strict=True))
        docs = copy_documents(with_documents_from, digests, documents_folder(out))
    rows = table_rows(responses, authorities, facts, view, docs)
    columns = table_columns(view, docs)
    by_code = {r["authority_code"]: r for r in responses.to_dict("records")}
    names = dict(zip(authorities["authority_code"], authorities["name"], strict=True))
    fields, places = map_data(by_code, names, view)
    sections = [
        f'<div class="cards">{cards(responses, authorities, view)}</div>',
        f'<div class="charts">{charts(responses, view)}</div>',
        map_section(fields, places),
        response_times(responses, len(authorities)),
        partnership_view(groups, by_code, names, view),
        table_section(columns),
    ]
    page = {"columns": columns, "map": {"fields": fields, "authorities": places}, "limit": LIMIT}  # fmt: skip
    head = _header(title, info, demo, docs)
    atomic_write_text(out, _page(title, head, "\n".join(sections), rows, page))
    return out


def _header(title: str, info: dict[str, str], demo: bool, docs: Documents | None) -> str:
    """The page's header: the title, when the dataset was built and the report made, the
    synthetic mark on demo data, and what the links lead to."""
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
    return f"""<header>
<h1>{escape(title)}</h1>
<p class="dated">{dated}</p>
{banner}<p class="note">Every value was coded from the council's own words: the table gives the
evidence sentence beside it and the link to the document. {copies_note(docs)} Check before you cite.</p>
</header>"""


def _page(title: str, header: str, body: str, rows: list[Any], page: dict[str, Any]) -> str:
    """The whole page: head, header, contents, the sections, footer, data and script."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{escape(title)}</title><style>
{_asset("style.css")}</style></head>
<body>
<a class="skip" href="#responses-section">Skip to the table of responses</a>
{header}
<nav class="toc" aria-label="Contents"><ul><li><a href="#map">Map</a></li>
<li><a href="#times">Response times</a></li><li><a href="#partnerships">Partnerships</a></li>
<li><a href="#responses-section">Responses</a></li></ul></nav>
{body}
<footer><p>Made by <code>foi report</code>. Authority names, codes and centroids from mySociety's
register of local authority names and codes (CC BY 4.0); the hex layout is computed from them by the
project. Councils' words are quoted from their replies under FOIA.</p></footer>
<script type="application/json" id="rows">{_json_for_script(rows)}</script>
<script type="application/json" id="page">{_json_for_script(page)}</script>
<script>
{_asset("page.js")}</script>
</body></html>
"""


@cache
def _asset(name: str) -> str:
    """The page's style or script, shipped beside this module."""
    return resources.files(__package__).joinpath(name).read_text("utf-8")


def _date(stamp: str | None) -> str:
    if not stamp:
        return "an unknown date"
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return escape(stamp)
    return when.astimezone(UTC).strftime("%-d %B %Y, %H:%M UTC")


def _json_for_script(value: object) -> str:
    """JSON that cannot end its <script> element or open a comment ("</script>", "<!--" and
    "<script" would otherwise change how the browser finds the element's end): "<", ">" and
    "&" are written as \\u escapes, which JSON.parse reads back as themselves."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
