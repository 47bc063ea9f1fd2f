"""The rows of the dataset's tables, from the best reading of each authority's documents:
its response (with the dates and working days taken), its answers and coded facts (with
reviewers' corrections applied), every authority, and every partnership and shared
procedures group with where its members differ."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import holidays

from foi.archive.store import Record
from foi.dataset.cells import columns_of, fact_text, field_value
from foi.dataset.corrections import Correction
from foi.parse.responses import Read
from foi.reference import partnerships
from foi.reference.registry import Authority, Registry
from parsers.dates import MONTHS
from parsers.response import ParsedResponse

_BANK = holidays.country_holidays("GB", subdiv="ENG", years=range(2015, 2036))


def to_date(value: str | None) -> date | None:
    """A date from an ISO timestamp, '10 November 2025' or an email Date header."""
    if not value:
        return None
    if m := re.match(r"(\d{4})-(\d\d)-(\d\d)", value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b", value):
        month = MONTHS.get(m[2].lower())
        if month:
            try:
                return date(int(m[3]), month, int(m[1]))
            except ValueError:
                return None
    return None


def working_days(received: date | None, sent: date | None) -> int | None:
    """Working days after receipt up to and including the response (FOIA s10)."""
    if received is None or sent is None or sent < received:
        return None
    days, d = 0, received
    while d < sent:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in _BANK:
            days += 1
    return days


def response_rows(
    code: str,
    read: Read,
    registry: Registry,
    places: dict[str, partnerships.Placement],
    sources: list[str],
    fixes: list[Correction],
    campaign: Any,
) -> dict[str, Any]:
    """An authority's response row, its answer rows and its fact rows."""
    parsed = read.parsed
    assert parsed is not None
    specs = campaign.specs
    fields = {name: field_value(spec, parsed.fields[name].value) for name, spec in specs.items()}
    fact_rows = _fact_rows(code, parsed, fields, specs)
    outcome = _correct(fixes, fields, fact_rows, parsed.outcome.value)
    authority, place = registry.get(code), places.get(code)
    response = _response_row(
        code, read.record, parsed, authority, place, sources, fields, outcome, specs
    )
    answer_rows = _answer_rows(code, parsed, campaign)
    return {"response": response, "answers": answer_rows, "facts": fact_rows}


def _fact_rows(
    code: str, parsed: ParsedResponse, fields: dict[str, Any], specs: dict[str, Any]
) -> list[dict[str, Any]]:
    """One fact per coded field, then the outcome, each with its evidence, as the rules read
    them."""
    fact_rows = [
        {
            "authority_code": code,
            "field": name,
            "value": fact_text(fields[name]),
            "evidence": parsed.fields[name].evidence,
            "confidence": round(parsed.fields[name].confidence, 2),
            "method": "rule",
        }
        for name in specs
    ]
    fact_rows.append(
        {
            "authority_code": code,
            "field": "outcome",
            "value": parsed.outcome.value,
            "evidence": parsed.outcome.evidence,
            "confidence": round(parsed.outcome.confidence, 2),
            "method": "rule",
        }
    )
    return fact_rows


def _correct(
    fixes: list[Correction], fields: dict[str, Any], fact_rows: list[dict[str, Any]], outcome: Any
) -> Any:
    """Apply reviewers' corrections to the fields and to their facts (which say who made
    them and why); return the outcome, corrected where a reviewer did."""
    for fix in fixes:
        value: Any = fix.value
        if fix.field == "outcome":
            outcome = value
        else:
            fields[fix.field] = value
        for row in fact_rows:
            if row["field"] == fix.field:
                row.update(
                    value=fact_text(value),
                    method="correction",
                    confidence=1.0,
                    note=fix.note,
                    reviewer=fix.reviewer,
                )
    return outcome


def _response_row(
    code: str,
    rec: Record,
    parsed: ParsedResponse,
    authority: Authority | None,
    place: partnerships.Placement | None,
    sources: list[str],
    fields: dict[str, Any],
    outcome: Any,
    specs: dict[str, Any],
) -> dict[str, Any]:
    received = to_date(rec.extra.get("received"))
    sent = to_date(rec.extra.get("published")) or to_date(parsed.meta.get("date"))
    return {
        "authority_code": code,
        "authority_name": authority.name if authority else None,
        "partnership": place.partnership if place else None,
        "procedures_group": place.procedures_group if place else None,
        "platform": rec.source,
        "url": rec.location,
        "reference": rec.extra.get("reference"),
        "received_date": received,
        "published_date": sent,
        "working_days_to_respond": working_days(received, sent),
        "outcome": outcome,
        "exemptions": parsed.exemptions,
        **{k: v for name, spec in specs.items() for k, v in columns_of(spec, fields[name]).items()},
        "links": parsed.links,
        "document_sha256": rec.sha256,
        "document_format": parsed.format,
        "sources": sources,
    }


def _answer_rows(code: str, parsed: ParsedResponse, campaign: Any) -> list[dict[str, Any]]:
    """One row per question, answered or not: its status says which."""
    keys = {q.no: q.key for q in campaign.questions}
    return [
        {
            "authority_code": code,
            "question_no": a["question_no"],
            "question_key": keys.get(a["question_no"]),
            "status": a["status"],
            "status_detail": a["status_detail"],
            "question_text": a["question_text"],
            "answer_text": a["answer_text"],
            "location": a["where"],
        }
        for a in parsed.to_json()["answers"]
    ]


def authority_rows(
    registry: Registry, places: dict[str, Any], responses: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    rows = []
    for a in registry.authorities:
        place = places.get(a.code)
        resp = responses.get(a.code)
        rows.append(
            {
                "authority_code": a.code,
                "name": a.name,
                "type": a.type,
                "region": a.region,
                "partnership": place.partnership if place else None,
                "procedures_group": place.procedures_group if place else None,
                "responded": resp is not None,
                "outcome": resp["outcome"] if resp else None,
            }
        )
    return rows


def partnership_rows(
    registry: Registry,
    places: dict[str, Any],
    responses: dict[str, dict[str, Any]],
    compared: list[str] | None = None,
) -> list[dict[str, Any]]:
    """One row per partnership and procedures group; `compared`: the fields whose values are
    compared between members (the default campaign's where None)."""
    if compared is None:
        from foi.campaigns.campaign import load_campaign

        compared = load_campaign().report["compare"]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a in registry.authorities:
        place = places.get(a.code)
        if place is None:
            continue
        groups[(place.partnership, "partnership")].append(a.code)
        if place.procedures_group:
            groups[(place.procedures_group, "procedures_group")].append(a.code)
    rows = []
    for (name, kind), members in sorted(groups.items()):
        answered = [responses[c] for c in members if c in responses]
        row: dict[str, Any] = {
            "name": name,
            "kind": kind,
            "members": members,
            "member_count": len(members),
            "responded": len(answered),
        }
        disagree = []
        for f in compared:
            values = sorted({str(r[f]) for r in answered if r[f] not in (None, "not_stated")})
            row[f"{f}_values"] = values
            if len(values) > 1:
                disagree.append(f)
        row["disagree_fields"] = disagree
        row["members_agree"] = (not disagree) if len(answered) >= 2 else None
        rows.append(row)
    return rows
