"""The report's table of responses: one row per response with its values, the evidence
sentences, the dates, reviewers' corrections and the links; the page's script renders,
sorts and filters it from the rows shipped as JSON."""

from __future__ import annotations

from html import escape
from typing import Any

import pandas as pd

from foi.views.queries import figures
from foi.views.report.documents import Documents
from foi.views.report.layout import Layout, plain


def table_rows(
    responses: pd.DataFrame,
    authorities: pd.DataFrame,
    facts: pd.DataFrame,
    view: Layout,
    docs: Documents | None,
) -> list[dict[str, Any]]:
    """The table's rows, as plain values for JSON."""
    evidence = facts[facts["field"].isin(view.evidence)].pivot_table(
        index="authority_code", columns="field", values="evidence", aggfunc="first"
    )
    fixed = facts[facts["method"] == "correction"].groupby("authority_code")["field"]
    corrected = fixed.agg(lambda fields: ", ".join(sorted(fields))).to_dict()
    table = responses.merge(
        authorities[["authority_code", "region"]], on="authority_code", how="left"
    )
    return [_row(r, view, evidence, corrected, docs) for r in table.to_dict("records")]


def _row(
    r: dict[str, Any],
    view: Layout,
    evidence: pd.DataFrame,
    corrected: dict[str, str],
    docs: Documents | None,
) -> dict[str, Any]:
    specs = view.specs
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
            f"{key}_evidence": evidence[key].get(r["authority_code"]) if key in evidence else None
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
    return {k: plain(v) for k, v in row.items()}


def table_columns(view: Layout, docs: Documents | None) -> list[dict[str, Any]]:
    """The table's columns: key, heading, and whether the values are coded."""
    columns = [
        {"key": "authority_name", "label": "Authority"},
        {"key": "region", "label": "Region"},
        {"key": "partnership", "label": "Partnership"},
        {"key": "outcome", "label": "Outcome", "coded": True},
        *({"key": k, "label": label, "coded": k in view.coded} for k, label in view.table),
        *(
            {"key": f"{k}_evidence", "label": f"Evidence ({view.specs[k].label})"}
            for k in view.evidence
        ),
        {"key": "received_date", "label": "Request received"},
        {"key": "published_date", "label": "Replied"},
        {"key": "working_days_to_respond", "label": "Working days"},
        {"key": "corrected", "label": "Corrected (by a reviewer)"},
        {"key": "url", "label": "Link"},
    ]
    if docs is not None:
        columns.append({"key": "archived", "label": "Archived copy"})
    return columns


def table_section(columns: list[dict[str, Any]]) -> str:
    """The table's section: the filter and the table's head (the page's script fills it)."""
    headers = "".join(
        f"<th data-key='{escape(c['key'])}' class='c-{escape(c['key'])}'>{escape(c['label'])}</th>"
        for c in columns
    )
    return f"""<section id="responses-section"><h2>Responses</h2>
<p class="controls"><label>Filter: <input id="q" type="search" placeholder="council, region, value, words in the evidence"></label>
<span id="shown" class="note"></span></p>
<p class="note scroll-hint">The table scrolls sideways for more columns.</p>
<div class="table-wrap"><table id="responses"><thead><tr>{headers}</tr></thead><tbody></tbody></table></div>
</section>"""
