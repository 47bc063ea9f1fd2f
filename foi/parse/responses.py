"""Read the raw archive back: parse every stored document and pick one response per authority."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from foi.archive.store import Archive, Record
from foi.parse import threads
from foi.parse.isolate import Verdict, read_isolated
from foi.parse.parsecache import ParseCache
from parsers.response import ParsedResponse

OUTCOME_RANK = {"answered": 4, "partial": 3, "refused": 2, "redirected": 2, "not_held": 1}


@dataclass
class Read:
    record: Record
    parsed: ParsedResponse | None
    error: str | None = None
    campaign: Any = None  # the campaign it was read for (which question each fact answers)

    @property
    def authority_code(self) -> str | None:
        if self.record.authority_code:
            return self.record.authority_code
        return self.parsed.authority.code if self.parsed else None


def parse_archive(
    archive: Archive,
    campaign: Any,
    registry: Any,
    workers: int | None = None,
    cache: ParseCache | None = None,
) -> list[Read]:
    """Every stored document of the campaign, read from its archived bytes, or its reading
    kept in the parse cache (foi/parse/parsecache.py) by an earlier build or crawl; what is read
    afresh is read on all cores. `cache` (default: the data directory's) counts both."""
    cache = cache if cache is not None else ParseCache(archive.root, campaign)
    records: list[Record] = []
    seen: set[tuple[str, str]] = set()
    for rec in archive.records():
        if rec.status != "ok" or not rec.sha256 or (rec.campaign and rec.campaign != campaign.id):
            continue
        key = (rec.sha256, rec.location)
        if key not in seen:
            seen.add(key)
            records.append(rec)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    results: dict[int, tuple[ParsedResponse | None, str | None]] = {}
    todo: dict[tuple[str, str], list[int]] = {}  # the same bytes under the same name: read once
    for i, r in enumerate(records):
        if problem := archive.check(r.sha256):
            results[i] = (None, problem)  # missing or altered: reported, fetched again by a crawl
        elif (kept := cache.get(r.sha256, _name(r))) is not None:
            results[i] = kept.outcome
        else:
            todo.setdefault((r.sha256, _name(r)), []).append(i)
    # Each document in a worker with a time and memory limit: one hostile file fails alone.
    jobs = [(str(archive.path_for(digest)), name) for digest, name in todo]
    verdicts: list[Verdict] = read_isolated(
        jobs, campaign.source, workers, cache.limits["timeout"], cache.limits["memory_mb"]
    )
    for ((digest, name), indices), verdict in zip(todo.items(), verdicts, strict=True):
        cache.put(digest, name, verdict)
        results.update({i: verdict.outcome for i in indices})
    cache.prune()  # earlier parser or campaign versions' entries are never read again
    outcomes = [results[i] for i in range(len(records))]
    return [
        Read(rec, parsed, error, campaign)
        for rec, (parsed, error) in zip(records, outcomes, strict=True)
    ]


def _name(rec: Record) -> str:
    """The file name that hints at the format: a mail attachment's own, else the location's."""
    return str(rec.extra.get("filename") or rec.location.split("#")[0].rsplit("/", 1)[-1])


# Senders whose reply is never a council's answer, whatever it was filed under.
NOT_A_COUNCIL_ANSWER = {
    "council",
    "police",
    "nhs",
    "government",
    "regulator",
    "transport",
    "mail_system",
}


def out_of_scope(parsed: ParsedResponse) -> str | None:
    """Why a reply is not one of the 153 authorities' answers (a district council that
    points to its county, a police force), or None."""
    sender = parsed.sender
    if sender is not None and sender.kind in NOT_A_COUNCIL_ANSWER:
        return sender.reason
    return None


def _council_reply(r: Read) -> str | None:
    """The council of the 153 whose reply this is, or None (a non-reply, an unreadable
    document, a letter from a body outside the 153)."""
    if r.parsed is None or out_of_scope(r.parsed):
        return None
    return r.authority_code


def _candidates(reads: list[Read]) -> Iterator[tuple[str, Read]]:
    """Every document that can stand as a council's response; a mail conversation (foi/
    threads.py) offers one: its latest complete reply, or its parts combined."""
    mail = [r for r in reads if threads.is_mail(r.record)]
    for r in reads:
        if not threads.is_mail(r.record) and (code := _council_reply(r)):
            yield code, r
    for conversation in threads.conversations(mail, _council_reply):
        yield conversation.council, threads.response(conversation)


def _rank(r: Read) -> tuple[int, int, str, str, str]:
    parsed = r.parsed
    assert parsed is not None
    # The latest retrieved by day: two documents one crawl fetched a few seconds apart are
    # then told apart by address and content, so a rebuild picks the same one whatever the
    # order the crawl happened to fetch them in (no spurious change between runs).
    return (
        len(parsed.answers),
        OUTCOME_RANK.get(parsed.outcome.value, 0),
        r.record.retrieved_at[:10],
        r.record.location,
        r.record.sha256,
    )


def best_per_authority(reads: list[Read]) -> dict[str, Read]:
    """One response per authority: the document with the most answers, then the fullest
    outcome, then the latest retrieved (by day; then by address and content, so the choice
    does not depend on the order documents were fetched in); a mail conversation counts as one document, its
    response. Every other source stays in the archive."""
    # A document fetched again at its address after a change supersedes the earlier copy.
    latest: dict[tuple[str, str], tuple[str, Read]] = {}
    for code, r in _candidates(reads):
        key = (code, r.record.location)
        if key not in latest or r.record.retrieved_at > latest[key][1].record.retrieved_at:
            latest[key] = (code, r)
    best: dict[str, Read] = {}
    for code, r in latest.values():
        cur = best.get(code)
        if cur is None or _rank(r) > _rank(cur):
            best[code] = r
    return dict(sorted(best.items()))
