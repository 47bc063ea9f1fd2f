"""What changed since the last run: new responses, changed answers and facts (old and new
value, with evidence), authorities answering for the first time, documents that disappeared.

Written after every crawl as a Markdown summary a journalist can paste
(DATA_DIR/changes/<run>.md) and as rows appended to the history (DATA_DIR/state/changes.parquet),
copied into each dataset as changes.parquet, so the history of every fact can be read back.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from foi.archive.atomic import atomic_write_text
from foi.archive.store import Archive
from foi.dataset.cells import fact_text, value_of
from foi.dataset.schema import schema

CHANGES_SCHEMA = schema("changes")  # documented with the other tables (foi/dataset/schema.py)


def snapshot(dataset: Path) -> dict[str, Any] | None:
    """The parts of a built dataset a change report compares (None before the first build)."""
    if not (dataset / "responses.parquet").exists():
        return None
    responses = pq.read_table(dataset / "responses.parquet").to_pylist()
    answers = pq.read_table(dataset / "answers.parquet").to_pylist()
    facts = pq.read_table(dataset / "facts.parquet").to_pylist()
    return {
        "responses": {r["authority_code"]: r for r in responses},
        "answers": {(a["authority_code"], a["question_no"]): a["answer_text"] for a in answers},
        "evidence": {(f["authority_code"], f["field"]): f["evidence"] for f in facts},
    }


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def _campaign(campaign: Any) -> Any:
    if campaign is not None:
        return campaign
    from foi.campaigns.campaign import load_campaign

    return load_campaign()


Change = tuple[str, str, Any, Any, str | None]  # kind, field, before, after, evidence


def diff(
    old: dict[str, Any] | None,
    new: dict[str, Any],
    run_time: pd.Timestamp,
    campaign: Any = None,
) -> list[dict[str, Any]]:
    """What changed between two snapshots of the campaign's dataset (the default campaign's
    where None)."""
    specs = _campaign(campaign).specs
    old = old or {"responses": {}, "answers": {}, "evidence": {}}
    rows: list[dict[str, Any]] = []
    for code, resp in sorted(new["responses"].items()):
        r = resp or old["responses"].get(code) or {}
        for kind, field, before, after, evidence in _changes(code, resp, old, new, specs):
            rows.append(
                {
                    "run_time": run_time,
                    "authority_code": code,
                    "authority_name": r.get("authority_name"),
                    "kind": kind,
                    "field": field,
                    "old_value": _s(before),
                    "new_value": _s(after),
                    "evidence": evidence,
                    "url": r.get("url"),
                }
            )
    return rows


def _changes(
    code: str,
    resp: dict[str, Any],
    old: dict[str, Any],
    new: dict[str, Any],
    specs: dict[str, Any],
) -> list[Change]:
    """What changed in one authority's response: a first response, a new document, changed
    answers, a changed outcome and changed coded facts."""
    before = old["responses"].get(code)
    if before is None:
        return [("first_response", "outcome", None, resp["outcome"], None)]
    out: list[Change] = []
    if before["document_sha256"] != resp["document_sha256"]:
        out.append(
            ("new_document", "document_sha256", before["document_sha256"], resp["document_sha256"], None)
        )  # fmt: skip
    for (c, q), text in sorted(new["answers"].items()):
        if c == code and old["answers"].get((c, q)) != text:
            out.append(("answer_changed", f"Q{q}", old["answers"].get((c, q)), text, None))
    if before.get("outcome") != resp.get("outcome"):
        out.append(("fact_changed", "outcome", before.get("outcome"), resp.get("outcome"),
                    new["evidence"].get((code, "outcome"))))  # fmt: skip
    for field, spec in specs.items():
        was, now = value_of(spec, before), value_of(spec, resp)
        if was != now:
            out.append(("fact_changed", field, fact_text(was), fact_text(now),
                        new["evidence"].get((code, field))))  # fmt: skip
    return out


def disappeared(
    archive: Archive, since: str, run_time: pd.Timestamp, names: dict[str, str]
) -> list[dict[str, Any]]:
    """Documents archived before that a site now answers 404 or 410 for."""
    had = {r.location for r in archive.records() if r.status == "ok" and r.retrieved_at < since}
    rows = []
    for r in archive.records():
        if (
            r.retrieved_at >= since
            and r.status == "failed"
            and r.location in had
            and r.reason in ("HTTP 404", "HTTP 410")
        ):
            code = r.authority_code or ""
            rows.append(
                {"run_time": run_time, "authority_code": code, "authority_name": names.get(code), "kind": "document_disappeared",
                 "field": None, "old_value": None, "new_value": r.reason, "evidence": None, "url": r.location}
            )  # fmt: skip
    return rows


def record(
    data_dir: Path,
    dataset: Path,
    rows: list[dict[str, Any]],
    run_time: pd.Timestamp,
    campaign: Any = None,
) -> str:
    """Append to the campaign's history, copy it into the dataset, write and return the
    Markdown (the default campaign's files where None; see foi.archive.datadir.data_paths)."""
    from foi.campaigns.campaign import data_paths

    campaign = _campaign(campaign)
    paths = data_paths(data_dir, campaign)
    history = paths.history
    history.parent.mkdir(parents=True, exist_ok=True)
    new = pa.Table.from_pylist(rows, schema=CHANGES_SCHEMA)
    table = (
        pa.concat_tables([pq.read_table(history, schema=CHANGES_SCHEMA), new])
        if history.exists()
        else new
    )
    for path in (history, dataset / "changes.parquet"):
        tmp = path.with_name(f".{path.name}.tmp")
        pq.write_table(table, tmp)
        tmp.replace(path)
    from foi.dataset.dictionary import write_dictionary

    write_dictionary(dataset.resolve(), campaign)  # datapackage.json now lists changes.parquet
    text = markdown(rows, run_time)
    atomic_write_text(paths.changes / f"{run_time:%Y%m%dT%H%M%SZ}.md", text)
    return text


# Markdown punctuation that could start emphasis, code, a link or an image, strikethrough or
# a table cell inside a line; each is backslash-escaped (CommonMark: it then reads as
# itself). Block markers (#, -, +, 1.) only count at a line's start, and values are one line
# in the middle of a bullet.
MD_SPECIAL = re.compile(r"([\\`*_\[\]!|~])")
SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)


def md_text(value: Any) -> str:
    """A council's words as inert Markdown: HTML escaped (no <script>, no <img onerror>),
    Markdown escaped (no [x](javascript:...)), one line (no new block)."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MD_SPECIAL.sub(r"\\\1", text)


def md_url(value: Any) -> str:
    """An http(s) URL as an autolink <...>; anything else only as escaped text."""
    url = str(value or "")
    return f"<{url}>" if SAFE_URL.fullmatch(url) else md_text(url)


def md_field(name: Any) -> str:
    """A column name as code (`outcome`); anything else escaped."""
    return f"`{name}`" if re.fullmatch(r"\w+", str(name or ""), re.ASCII) else md_text(name)


def markdown(rows: list[dict[str, Any]], run_time: pd.Timestamp) -> str:
    lines = [f"# What changed: run of {run_time:%Y-%m-%d %H:%M} UTC", ""]
    if not rows:
        return "\n".join([*lines, "No change since the last run."])
    titles = {
        "first_response": "Answered for the first time",
        "new_document": "New or updated response documents",
        "answer_changed": "Changed answers",
        "fact_changed": "Changed facts",
        "document_disappeared": "Documents that disappeared from a site",
    }
    for kind, title in titles.items():
        items = [r for r in rows if r["kind"] == kind]
        if not items:
            continue
        lines += [f"## {title} ({len(items)})", ""]
        for row in items:
            # Every value may come from a council's text (or a crafted manifest): escaped.
            r = {k: md_text(v) if v is not None else None for k, v in row.items()}
            who = f"**{r['authority_name'] or r['authority_code']}**"
            url = md_url(row["url"])
            if kind == "first_response":
                lines.append(f"- {who}: {r['new_value']} ({url})")
            elif kind == "fact_changed":
                ev = f' Evidence: "{r["evidence"]}"' if r["evidence"] else ""
                lines.append(
                    f"- {who} {md_field(row['field'])}: {r['old_value']} → {r['new_value']}.{ev} ({url})"
                )
            elif kind == "answer_changed":
                answer = md_text((row["new_value"] or "")[:300])
                lines.append(f'- {who} {r["field"]}: now "{answer}" ({url})')
            else:
                lines.append(f"- {who}: {r['new_value'] or ''} {url}")
        lines.append("")
    return "\n".join(lines)
