"""`foi build`: parse the whole raw archive and write the typed Parquet dataset.

Written atomically: the tables go into a new folder beside the old one, which is then swapped
into the place of `dataset` in one step (Linux's renameat2), so a failed or killed build
leaves the last good dataset as it was. `dataset` is a real folder, whole in itself: it can
be copied (`cp -r`) or zipped as it is.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import shutil
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import holidays
import pyarrow as pa
import pyarrow.parquet as pq

from foi import __version__, partnerships
from foi.archive import Archive
from foi.campaign import SUPPRESSED, data_paths
from foi.dataset.corrections import Correction, CorrectionsError, load_corrections
from foi.dataset.schema import SCHEMA_VERSION, Column, tables
from foi.parsecache import ParseCache
from foi.registry import Registry
from foi.responses import Read, best_per_authority, parse_archive
from parsers.dates import MONTHS

DEMO_MARK = "DEMO"  # written by `foi demo` in its data directory: the archive is synthetic
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


def _column(values: list[Any], field: pa.Field, column: Column) -> pa.Array:
    if pa.types.is_dictionary(field.type):
        # Every allowed value, in the campaign's order, whether seen or not: a category
        # column then sorts and counts (zeros included) the same in every build.
        allowed = list(column.allowed or ())
        allowed += sorted({v for v in values if v is not None and v not in allowed})
        indices = pa.array([None if v is None else allowed.index(v) for v in values], pa.int8())
        return pa.DictionaryArray.from_arrays(indices, pa.array(allowed, pa.string()))
    return pa.array(values, field.type)


def to_table(
    name: str, rows: list[dict[str, Any]], metadata: dict[str, str], campaign: Any
) -> pa.Table:
    columns = tables(campaign)[name]
    sch = pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in columns])
    arrays = [
        _column([r.get(f.name) for r in rows], f, c) for f, c in zip(sch, columns, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=sch).replace_schema_metadata(
        {f"foi.{k}": v for k, v in metadata.items()}
    )


@dataclass
class BuildResult:
    out: Path
    counts: dict[str, int]
    damaged: list[str] = field(
        default_factory=list
    )  # archived documents that are missing or altered
    parsed: int = 0  # documents read afresh
    reused: int = 0  # documents whose reading the parse cache kept (foi/parsecache.py)


def _value(v: Any) -> str | None:
    """A fact's value as text: a count per year as JSON ({"2019/20": 14, "2020/21": "<5"})."""
    if v is None:
        return None
    if isinstance(v, dict | list):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def field_value(spec: Any, value: Any) -> Any:
    """A coded value as the dataset holds it; one the field cannot hold (a number out of
    its range) is left out, never written wrong."""
    value = spec.normalise(value)
    return None if spec.problem(value) else value


def columns_of(spec: Any, value: Any) -> dict[str, Any]:
    """A field's value spread over its columns in the responses table."""
    if spec.type != "count_by_year":
        return {spec.name: value}
    figures = value or {}
    out: dict[str, Any] = {
        spec.year_column(y): (n if isinstance(figures.get(y), int) else None)
        for y, n in ((y, figures.get(y)) for y in spec.years)
    }
    out[spec.suppressed_column] = (
        None if value is None else [y for y in spec.years if figures.get(y) == SUPPRESSED]
    )
    return out


def as_list(value: Any) -> list[Any] | None:
    """A list cell as a list, whatever read it (pyarrow, pandas, numpy); None where null."""
    if value is None or isinstance(value, str | bytes | int | float):
        return None
    try:
        return list(value)
    except TypeError:  # pandas' NA
        return None


def _count(value: Any) -> int | None:
    """A count cell as an int; None where null (None, NaN, pandas' NA)."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else int(number)


def value_of(spec: Any, row: dict[str, Any]) -> Any:
    """The field's value from a responses row (the inverse of columns_of)."""
    if spec.type != "count_by_year":
        return row.get(spec.name)
    suppressed = as_list(row.get(spec.suppressed_column))
    if suppressed is None:
        return None
    return {
        y: SUPPRESSED if y in suppressed else _count(row.get(spec.year_column(y)))
        for y in spec.years
    }


def build(
    data_dir: Path,
    campaign: Any,
    registry: Registry,
    *,
    out: Path | None = None,
    corrections: Path | None = None,
) -> BuildResult:
    archive = Archive(data_dir)
    paths = data_paths(data_dir, campaign)
    out = Path(out) if out else paths.dataset
    if corrections is not None and not Path(corrections).is_file():
        # Asked for by name: a typo must not build without them (nor drop the default ones).
        raise CorrectionsError(f"--corrections {corrections}: no such file")
    corrections_path = corrections or paths.corrections
    fixes = (
        load_corrections(corrections_path, registry, campaign)
        if Path(corrections_path).exists()
        else []
    )
    cache = ParseCache(data_dir, campaign)
    reads = parse_archive(archive, campaign, registry, cache=cache)
    best = best_per_authority(reads)
    places = partnerships.load()
    sources: dict[str, list[str]] = defaultdict(list)
    for r in reads:
        if r.authority_code and r.record.location not in sources[r.authority_code]:
            sources[r.authority_code].append(r.record.location)
    by_code: dict[str, list[Correction]] = defaultdict(list)
    for fix in fixes:
        by_code[fix.authority_code].append(fix)

    responses, answers, facts = [], [], []
    for code, read in best.items():
        rows = _response_rows(
            code, read, registry, places, sources[code], by_code.get(code, []), campaign
        )
        responses.append(rows["response"])
        answers.extend(rows["answers"])
        facts.extend(rows["facts"])
    authorities = _authority_rows(registry, places, {r["authority_code"]: r for r in responses})
    groups = _partnership_rows(
        registry, places, {r["authority_code"]: r for r in responses}, campaign.report["compare"]
    )

    metadata = {
        "schema_version": SCHEMA_VERSION,
        "campaign": campaign.id,
        "build_time": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "code_version": __version__,
        "documents": str(len(reads)),
        "documents_parsed": str(sum(1 for r in reads if r.parsed is not None)),
        "documents_unreadable": str(sum(1 for r in reads if r.parsed is None)),
        "responses": str(len(responses)),
        "corrections": str(len(fixes)),
        # `foi demo`'s archive: invented replies from the bundled mirror, never real councils'.
        "synthetic": "true" if (data_dir / DEMO_MARK).exists() else "false",
    }
    built = {
        "responses": responses,
        "answers": answers,
        "facts": facts,
        "authorities": authorities,
        "partnerships": groups,
    }
    _write_atomically(
        out,
        {name: to_table(name, rows, metadata, campaign) for name, rows in built.items()},
        metadata,
        campaign,
        history=paths.history,
    )
    damaged = [
        f"{r.record.location}: {r.error}"
        for r in reads
        if r.error and r.error.startswith("raw file")
    ]
    counts = {name: len(rows) for name, rows in built.items()}
    return BuildResult(out, counts, damaged, parsed=cache.parsed, reused=cache.reused)


def _response_rows(
    code: str,
    read: Read,
    registry: Registry,
    places: dict[str, partnerships.Placement],
    sources: list[str],
    fixes: list[Correction],
    campaign: Any,
) -> dict[str, Any]:
    parsed = read.parsed
    assert parsed is not None
    rec = read.record
    place = places.get(code)
    received = to_date(rec.extra.get("received"))
    sent = to_date(rec.extra.get("published")) or to_date(parsed.meta.get("date"))
    specs = campaign.specs
    fields = {name: field_value(spec, parsed.fields[name].value) for name, spec in specs.items()}
    fact_rows = [
        {
            "authority_code": code,
            "field": name,
            "value": _value(fields[name]),
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
    outcome = parsed.outcome.value
    for fix in fixes:
        value: Any = fix.value
        if fix.field == "outcome":
            outcome = value
        else:
            fields[fix.field] = value
        for row in fact_rows:
            if row["field"] == fix.field:
                row.update(
                    value=_value(value),
                    method="correction",
                    confidence=1.0,
                    note=fix.note,
                    reviewer=fix.reviewer,
                )
    authority = registry.get(code)
    response = {
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
    keys = {q.no: q.key for q in campaign.questions}
    # One row per question, answered or not: its status says which.
    answer_rows = [
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
    return {"response": response, "answers": answer_rows, "facts": fact_rows}


def _authority_rows(
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


def _partnership_rows(
    registry: Registry,
    places: dict[str, Any],
    responses: dict[str, dict[str, Any]],
    compared: list[str] | None = None,
) -> list[dict[str, Any]]:
    """One row per partnership and procedures group; `compared`: the fields whose values are
    compared between members (the default campaign's where None)."""
    if compared is None:
        from foi.campaign import load_campaign

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


def _write_atomically(
    out: Path,
    tables: dict[str, pa.Table],
    metadata: dict[str, str],
    campaign: Any,
    history: Path | None = None,
) -> None:
    """Write the tables into a new folder beside `out`, then put it in `out`'s place in one
    step: readers see the old dataset or the new one, whole. `out` is a real folder (not a
    link), so `cp -r data/dataset` copies the dataset itself."""
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    if out.exists() and not out.is_symlink() and any(out.iterdir()):
        if not (out / "build.json").exists():  # never swap away a folder that is not ours
            raise FileExistsError(f"{out} exists and is not a dataset; move it away first")
    current = out.resolve() if out.is_symlink() else None  # an older build's link
    for stale in parent.glob(f".{out.name}-*"):
        # Left by a build that was killed: never the folder an older build's link points to.
        if stale.resolve() != current:
            shutil.rmtree(
                stale, ignore_errors=True
            ) if stale.is_dir() and not stale.is_symlink() else stale.unlink()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    version = parent / f".{out.name}-{stamp}"
    version.mkdir()
    try:
        for name, table in tables.items():
            pq.write_table(table, version / f"{name}.parquet", compression="zstd")
        if history is not None and history.exists():  # the crawls' history stays with the data
            shutil.copyfile(history, version / "changes.parquet")
        (version / "build.json").write_text(json.dumps(metadata, indent=2), "utf-8")
        from foi.dataset.dictionary import write_dictionary

        write_dictionary(version, campaign)
        old = _swap_in(version, out, parent / f".{out.name}-old-{stamp}")
    except BaseException:
        shutil.rmtree(version, ignore_errors=True)
        raise
    if old is not None:  # the dataset before, now under a hidden name
        if old.is_symlink():  # an older build's link: its folder goes too
            target = old.resolve()
            old.unlink()
            if target.parent == parent.resolve() and target.name.startswith(f".{out.name}-"):
                shutil.rmtree(target, ignore_errors=True)
        else:
            shutil.rmtree(old, ignore_errors=True)


_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where the system
    or the file system cannot."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]  # fmt: skip
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _swap_in(version: Path, out: Path, aside: Path) -> Path | None:
    """Put the folder `version` at `out`; return where the old `out` now is (None if there
    was none). Where the system cannot swap in one step, the old folder is renamed aside
    first, leaving `out` missing for the instant between two renames."""
    if not out.exists() and not out.is_symlink():
        os.rename(version, out)
        return None
    if _exchange(version, out):
        return version
    os.rename(out, aside)
    os.rename(version, out)
    return aside
