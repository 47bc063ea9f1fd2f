"""The raw archive: content-addressed files plus an append-only manifest of provenance.

Layout under the data directory:
    raw/<sha256[:2]>/<sha256>   the document's bytes, written once, never changed
    manifest.jsonl              one JSON object per line, appended, never rewritten

Every way a document enters the project (`foi import`, the crawler) goes through `Archive.add`,
so every stored byte has a provenance record. A document that fails to parse is still stored
and recorded, with status "failed" and the reason: nothing is lost.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import MISSING, asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from foi.archive.atomic import atomic_write_bytes
from foi.archive.datadir import DataDir

DIGEST = re.compile(r"[0-9a-f]{64}")
logger = logging.getLogger(__name__)


@dataclass
class Record:
    sha256: str
    source: str  # import | alaveteli | disclosurelog | council_site | ...
    location: str  # URL, or the original file name
    retrieved_at: str  # ISO 8601, UTC
    media_type: str  # the format read from the content: pdf, docx, eml, html, txt, ...
    size: int
    status: str  # ok | failed
    authority_code: str | None = None
    reason: str | None = None  # why it failed, one line
    campaign: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # platform reference, dates, parent page...


RECORD_FIELDS = {f.name for f in fields(Record)}
REQUIRED = {f.name for f in fields(Record) if f.default is MISSING and f.default_factory is MISSING}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_digest(value: object) -> bool:
    return isinstance(value, str) and DIGEST.fullmatch(value) is not None


def record_problem(raw: object) -> str | None:
    """Why a manifest line cannot be used as a record (its sha256 becomes a path)."""
    if not isinstance(raw, dict) or set(raw) - RECORD_FIELDS or REQUIRED - set(raw):
        return "not a manifest record"
    digest = raw.get("sha256")
    # A failure with no body stored has an empty sha256; anything else must be a digest.
    if not is_digest(digest) and not (digest == "" and raw.get("status") != "ok"):
        return f"sha256 {str(digest)[:80]!r} is not 64 lowercase hex characters"
    return None


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Archive:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir)
        layout = DataDir(self.root)
        self.raw = layout.raw
        self.manifest = layout.manifest
        self._warned: set[int] = set()

    def path_for(self, digest: str) -> Path:
        # A digest is a name inside raw/, never a path: "../../x" must not leave the archive.
        if not is_digest(digest):
            raise ValueError(f"not a sha256 digest: {digest[:80]!r}")
        return self.raw / digest[:2] / digest

    def store(self, data: bytes) -> str:
        """Store bytes under their hash; an existing file is never rewritten."""
        digest = sha256(data)
        path = self.path_for(digest)
        if not path.exists():
            atomic_write_bytes(path, data)
            path.chmod(0o444)
        return digest

    def add(self, data: bytes | None, record: Record) -> Record:
        """Store the bytes (when given) and append the record to the manifest."""
        if data is not None:
            record.sha256 = self.store(data)
            record.size = len(data)
        self.append(record)
        return record

    def append(self, record: Record) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        line = json.dumps(asdict(record), ensure_ascii=False, sort_keys=True) + "\n"
        # One write of one line under an exclusive lock: concurrent writers never interleave.
        with open(self.manifest, "a+b") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                fh.seek(0, os.SEEK_END)
                if fh.tell():
                    fh.seek(-1, os.SEEK_END)
                    if fh.read(1) != b"\n":
                        fh.write(b"\n")  # end a line torn by a crash; it is skipped on reading
                fh.write(line.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def records(self) -> Iterator[Record]:
        if not self.manifest.exists():
            return
        with open(self.manifest, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a torn last line from a crash; the rest stays readable
                if problem := record_problem(raw):
                    self._warn(n, problem)
                    continue
                yield Record(**raw)

    def _warn(self, line: int, problem: str) -> None:
        if line not in self._warned:  # once per line, however often the manifest is read
            self._warned.add(line)
            logger.warning("%s line %d skipped: %s", self.manifest, line, problem)

    def read(self, digest: str) -> bytes:
        return self.path_for(digest).read_bytes()

    def check(self, digest: str) -> str | None:
        """Why the stored bytes of `digest` cannot be trusted (missing, or altered behind
        the tool's back), or None where they are whole."""
        path = self.path_for(digest)
        if not path.exists():
            return "raw file missing from the archive (deleted outside foi?)"
        if sha256(path.read_bytes()) != digest:
            return "raw file altered: its bytes no longer match their sha256"
        return None

    def verify(self) -> list[tuple[Record, str]]:
        """Every record whose stored bytes are missing or altered, with the reason."""
        out, seen = [], set()
        for rec in self.records():
            if rec.status != "ok" or not rec.sha256 or rec.sha256 in seen:
                continue  # a failure with nothing stored, or already checked
            seen.add(rec.sha256)
            if problem := self.check(rec.sha256):
                out.append((rec, problem))
        return out
