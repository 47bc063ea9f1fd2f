"""`foi status`: per authority, its sources, when it was last crawled and last changed, its
health (the reply's outcome, no response yet, or failing with the document and reason), and
which questions its response answers (`coverage_matrix`, which `foi crawl` prints too)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foi.archive.store import Archive
from foi.campaigns.campaign import DataPaths

HEADER = ["authority", "code", "sources", "source state", "last crawled", "last change", "health"]


@dataclass
class Status:
    """What `foi status` prints: the table's header and rows, and the footer."""

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    footer: str = ""


def coverage_matrix(dataset: Path, campaign) -> tuple[list[str], dict[str, set[int]]]:  # type: ignore[no-untyped-def]
    """Question numbers answered, per authority, from the built dataset."""
    import pyarrow.parquet as pq

    answered: dict[str, set[int]] = {}
    path = dataset / "answers.parquet"
    if path.exists():
        for row in pq.read_table(
            path, columns=["authority_code", "question_no", "status"]
        ).to_pylist():
            if row["status"] in ("answered", "see_other"):  # refused or not held is no answer
                answered.setdefault(row["authority_code"], set()).add(row["question_no"])
    return [f"Q{q.no}" for q in campaign.questions], answered


def coverage_line(questions: list[str], answered: dict[str, set[int]]) -> str | None:
    """The share of responses answering each question, as `foi crawl` ends; None with no
    responses."""
    if not answered:
        return None
    shares = [
        f"{q} {sum(int(q[1:]) in a for a in answered.values()) / len(answered):.0%}"
        for q in questions
    ]
    return f"Coverage (share of responses answering each question): {', '.join(shares)}"


def status(  # type: ignore[no-untyped-def]
    root: Path, paths: DataPaths, campaign, registry, sources: list[Any], only_problems: bool
) -> Status:
    """The table of `foi status`, from the archive, the dataset and its change history."""
    last_crawled, failing = _archive_state(Archive(root).records())
    outcomes = _outcomes(paths.dataset / "authorities.parquet")
    last_change = _last_changes(paths.history)
    questions, answered = coverage_matrix(paths.dataset, campaign)
    states = {s.authority_code: s.state for s in sources if s.authority_code}
    out = Status(header=[*HEADER, *questions])
    for a in registry.authorities:
        srcs = _sources_of(a.code, sources)
        health, problem = _health(outcomes.get(a.code), failing.get(a.code), bool(srcs))
        # Not answering (yet) is the council's doing, not a problem to act on here.
        if only_problems and not problem:
            continue
        marks = ["x" if int(q[1:]) in answered.get(a.code, set()) else "." for q in questions]
        out.rows.append(
            [
                a.name, a.code, ", ".join(srcs) or "-", states.get(a.code, "-"),
                last_crawled.get(a.code, "-")[:10], last_change.get(a.code, "-"), health, *marks,
            ]
        )  # fmt: skip
    covered = sum(1 for c in answered if answered[c])
    out.footer = (
        f"{covered} of {len(registry.authorities)} authorities answer at least one question; "
        f"Q1-Q{len(questions)}: x = answered"
    )
    return out


def _archive_state(records: Iterable[Any]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Per council: when it was last crawled, and each document (an attachment too) whose
    last fetch failed, with the reason."""
    last_crawled: dict[str, str] = {}
    latest: dict[tuple[str, str], Any] = {}  # per council and document: its latest record
    for rec in records:
        code = rec.authority_code or ""
        last_crawled[code] = max(last_crawled.get(code, ""), rec.retrieved_at)
        key = (code, rec.location)
        if key not in latest or rec.retrieved_at >= latest[key].retrieved_at:
            latest[key] = rec
    failing: dict[str, list[str]] = {}
    for (code, location), rec in latest.items():
        if rec.status == "failed":
            name = location.rstrip("/").rsplit("/", 1)[-1] or location
            failing.setdefault(code, []).append(f"{rec.reason or 'failed'}: {name}")
    return last_crawled, failing


def _outcomes(table: Path) -> dict[str, str]:
    """Each council's reply's outcome, from the dataset's authorities table."""
    import pyarrow.parquet as pq

    outcomes: dict[str, str] = {}
    if table.exists():
        for row in pq.read_table(table, columns=["authority_code", "outcome"]).to_pylist():
            if row["outcome"]:
                outcomes[row["authority_code"]] = row["outcome"]
    return outcomes


def _last_changes(history: Path) -> dict[str, str]:
    """The day of each council's last change, from the crawls' change history."""
    import pyarrow.parquet as pq

    last_change: dict[str, str] = {}
    if history.exists():
        for row in pq.read_table(history, columns=["authority_code", "run_time"]).to_pylist():
            last_change[row["authority_code"]] = max(
                last_change.get(row["authority_code"], ""), f"{row['run_time']:%Y-%m-%d}"
            )
    return last_change


def _sources_of(code: str, sources: list[Any]) -> list[str]:
    """The council's own sources ("own log"), then the platforms that reach every council."""
    own = sorted({s.platform for s in sources if s.authority_code == code})
    shared = sorted({s.platform for s in sources if not s.authority_code})
    return [f"own {p}" for p in own] + shared


def _health(outcome: str | None, failing: list[str] | None, has_source: bool) -> tuple[str, bool]:
    """The health column, and whether it is a problem to act on (a failing fetch, or no
    source known)."""
    if outcome is None:
        health = "no source known" if not has_source else "no response yet"
    else:  # the reply's outcome: a refusal or "not held" is a reply, not silence
        health = "ok" if outcome == "answered" else outcome.replace("_", " ")
    if not failing:
        return health, not has_source
    more = f" and {len(failing) - 1} more" if len(failing) > 1 else ""
    why = f"failing ({failing[0]}{more})"
    return (f"{health} - {why}" if outcome else why), True
