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
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from foi.atomic import atomic_write_bytes

MANIFEST = "manifest.jsonl"


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


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Archive:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir)
        self.raw = self.root / "raw"
        self.manifest = self.root / MANIFEST

    def path_for(self, digest: str) -> Path:
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
            for line in fh:
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a torn last line from a crash; the rest stays readable
                yield Record(**raw)

    def read(self, digest: str) -> bytes:
        return self.path_for(digest).read_bytes()

    def verify(self) -> list[str]:
        """Hashes whose stored bytes no longer match their name (should never happen)."""
        bad = []
        for rec in self.records():
            path = self.path_for(rec.sha256)
            if rec.sha256 and path.exists() and sha256(path.read_bytes()) != rec.sha256:
                bad.append(rec.sha256)
        return bad
