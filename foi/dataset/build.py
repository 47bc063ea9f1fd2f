"""`foi build`: parse the whole raw archive and write the typed Parquet dataset.

Written atomically: the tables go into a new folder beside the old one, which is then swapped
into the place of `dataset` in one step (Linux's renameat2), so a failed or killed build
leaves the last good dataset as it was. `dataset` is a real folder, whole in itself: it can
be copied (`cp -r`) or zipped as it is. The tables' rows are made in `foi/dataset/rows.py`,
a value's cells in `foi/dataset/cells.py`.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from foi import __version__
from foi.archive.datadir import DataDir
from foi.archive.store import Archive
from foi.campaigns.campaign import data_paths
from foi.dataset.corrections import Correction, CorrectionsError, load_corrections
from foi.dataset.rows import authority_rows, partnership_rows, response_rows
from foi.dataset.rows import partnership_rows as _partnership_rows  # noqa: F401 (tests)
from foi.dataset.rows import to_date as to_date  # imported from here by callers and tests
from foi.dataset.rows import working_days as working_days
from foi.dataset.schema import SCHEMA_VERSION, Column, tables
from foi.parse.parsecache import ParseCache
from foi.parse.responses import Read, best_per_authority, parse_archive
from foi.reference import partnerships
from foi.reference.registry import Registry


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
    reused: int = 0  # documents whose reading the parse cache kept (foi/parse/parsecache.py)


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
    fixes = _corrections(corrections, paths.corrections, registry, campaign)
    cache = ParseCache(data_dir, campaign)
    reads = parse_archive(archive, campaign, registry, cache=cache)
    built = _table_rows(reads, registry, fixes, campaign)
    metadata = _metadata(data_dir, campaign, reads, len(built["responses"]), len(fixes))
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


def _corrections(
    asked: Path | None, default: Path, registry: Registry, campaign: Any
) -> list[Correction]:
    """Reviewers' corrections: from the file asked for, else from the data directory's own
    file where there is one."""
    if asked is not None and not Path(asked).is_file():
        # Asked for by name: a typo must not build without them (nor drop the default ones).
        raise CorrectionsError(f"--corrections {asked}: no such file")
    path = asked or default
    return load_corrections(path, registry, campaign) if Path(path).exists() else []


def _table_rows(
    reads: list[Read], registry: Registry, fixes: list[Correction], campaign: Any
) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, from the best reading of each authority's documents."""
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
        rows = response_rows(
            code, read, registry, places, sources[code], by_code.get(code, []), campaign
        )
        responses.append(rows["response"])
        answers.extend(rows["answers"])
        facts.extend(rows["facts"])
    by_authority = {r["authority_code"]: r for r in responses}
    return {
        "responses": responses,
        "answers": answers,
        "facts": facts,
        "authorities": authority_rows(registry, places, by_authority),
        "partnerships": partnership_rows(
            registry, places, by_authority, campaign.report["compare"]
        ),
    }


def _metadata(
    data_dir: Path, campaign: Any, reads: list[Read], responses: int, corrections: int
) -> dict[str, str]:
    """The build's metadata: in every table's schema and in build.json."""
    return {
        "schema_version": SCHEMA_VERSION,
        "campaign": campaign.id,
        "build_time": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "code_version": __version__,
        "documents": str(len(reads)),
        "documents_parsed": str(sum(1 for r in reads if r.parsed is not None)),
        "documents_unreadable": str(sum(1 for r in reads if r.parsed is None)),
        "responses": str(responses),
        "corrections": str(corrections),
        # `foi demo`'s archive: invented replies from the bundled mirror, never real councils'.
        "synthetic": "true" if DataDir(data_dir).demo_mark.exists() else "false",
    }


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
