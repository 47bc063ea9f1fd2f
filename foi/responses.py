"""Read the raw archive back: parse every stored document and pick one response per authority."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from foi.archive import Archive, Record
from parsers.model import ParseError
from parsers.response import ParsedResponse, parse_document

OUTCOME_RANK = {"answered": 4, "partial": 3, "refused": 2, "redirected": 2, "not_held": 1}


@dataclass
class Read:
    record: Record
    parsed: ParsedResponse | None
    error: str | None = None

    @property
    def authority_code(self) -> str | None:
        if self.record.authority_code:
            return self.record.authority_code
        return self.parsed.authority.code if self.parsed else None


def parse_archive(archive: Archive, campaign: Any, registry: Any) -> list[Read]:
    """Every stored document of the campaign, parsed again from its archived bytes."""
    out: list[Read] = []
    seen: set[tuple[str, str]] = set()
    for rec in archive.records():
        if rec.status != "ok" or not rec.sha256 or (rec.campaign and rec.campaign != campaign.id):
            continue
        key = (rec.sha256, rec.location)
        if key in seen:
            continue
        seen.add(key)
        try:
            parsed = parse_document(
                archive.read(rec.sha256),
                rec.location.split("#")[0].rsplit("/", 1)[-1],
                campaign,
                registry,
            )
            out.append(Read(rec, parsed))
        except (ParseError, OSError) as exc:
            out.append(Read(rec, None, str(exc)))
    return out


def best_per_authority(reads: list[Read]) -> dict[str, Read]:
    """One response per authority: the document with the most answers, then the fullest
    outcome, then the latest retrieved. Every other source stays in the archive."""
    best: dict[str, Read] = {}
    for r in reads:
        code = r.authority_code
        if r.parsed is None or code is None:
            continue
        key = (
            len(r.parsed.answers),
            OUTCOME_RANK.get(r.parsed.outcome.value, 0),
            r.record.retrieved_at,
        )
        cur = best.get(code)
        if cur is None or key > (
            len(cur.parsed.answers),  # type: ignore[union-attr]
            OUTCOME_RANK.get(cur.parsed.outcome.value, 0),  # type: ignore[union-attr]
            cur.record.retrieved_at,
        ):
            best[code] = r
    return dict(sorted(best.items()))
