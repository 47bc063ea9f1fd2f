"""Shared constants and label builders for the fresh_dec_m fixture generator."""

from __future__ import annotations

from typing import Any

SYNTH = "Synthetic test document written for foi-responses; not a real council reply."
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
QNUMS = ("1", "2", "3", "4", "5")


def fields(
    review: str,
    date: str | None,
    papers: str,
    s47: str,
    changes: str,
    defchg: str,
    rolling: str,
    age: str,
    months: int | None = None,
) -> dict[str, Any]:
    """The nine coded facts, in the order the label format lists them."""
    return {
        "review_held": review,
        "review_date": date,
        "papers_provided": papers,
        "s47_all_cases": s47,
        "changes_made": changes,
        "definition_changed": defchg,
        "rolling_is_non_mobile": rolling,
        "age_based": age,
        "age_threshold_months": months,
    }


NOT_STATED = fields(
    "not_stated", None, "not_stated", "not_stated", "not_stated",
    "not_stated", "not_stated", "not_stated", None,
)


def txt(parts: str | list[str] | None, sep: str = "\n") -> str | None:
    """Label text for a cell held as one string or as several paragraphs."""
    if parts is None or isinstance(parts, str):
        return parts
    return sep.join(parts)


def reply(
    file: str,
    fmt: str,
    authority: str,
    code: str | None,
    outcome: str,
    exemptions: list[str],
    answers: list[str | None],
    status: list[str],
    flds: dict[str, Any],
    links: list[str],
    sender_kind: str | None = None,
) -> dict[str, Any]:
    """One reply's label, keyed as in tests/corpus README format."""
    label: dict[str, Any] = {
        "file": file,
        "format": fmt,
        "authority": authority,
        "authority_code": code,
        "outcome": outcome,
        "exemptions": exemptions,
        "answers": dict(zip(QNUMS, answers, strict=True)),
        "status": dict(zip(QNUMS, status, strict=True)),
        "fields": flds,
        "links": links,
    }
    if sender_kind:
        label["sender_kind"] = sender_kind
    return label


def reject(file: str, fmt: str, why: str) -> dict[str, Any]:
    return {"file": file, "format": fmt, "reject": True, "why": why}
