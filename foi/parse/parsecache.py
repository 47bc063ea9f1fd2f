"""Parse once: every document's reading is kept in the data directory, so that the crawl's
coverage count and `foi build` never read the same bytes twice, and a build after a crawl
that changed one document reads one document.

An entry is keyed by the document's sha256 (and the name it is read under, which hints at
its format), the parser version and the campaign version. The parser version is a hash of
the reading code itself (the `parsers` package, the registry and its data, the campaign
loader, this module and the worker), the versions of the libraries that read the formats,
Python's, and the settings that change what a reading gives (FOI_MAX_CHARS, the OCR limits,
whether Tesseract is installed): a change to any of them starts a new cache by itself. The
campaign version is a hash of the campaign's TOML and rules module (foi/campaigns/campaign.py).

Failures are kept too, with their reason, so that the same document gives the same verdict
every time; one over the time or memory limit (FOI_PARSE_TIMEOUT, FOI_PARSE_MEMORY_MB) is
kept with those limits and read again when they change. Entries are written atomically; one
that is missing, corrupt or unreadable is read again, never an error.

    DATA_DIR/cache/parses/<campaign id>/<parser version>-<campaign version>/<sha[:2]>/<sha>-<name hash>.pickle
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import io
import logging
import os
import pickle
import re
import shutil
import sys
import threading
from importlib import metadata
from pathlib import Path
from typing import Any

from foi.archive.atomic import atomic_write_bytes
from foi.archive.datadir import DataDir
from foi.parse import isolate
from foi.parse.isolate import Verdict

FORMAT = 1  # the layout of an entry
logger = logging.getLogger(__name__)

_FOI = Path(__file__).resolve().parent.parent
# The code and data a reading depends on, beside the whole `parsers` package.
_FOI_FILES = (
    "campaigns/campaign.py",
    "reference/registry.py",
    "reference/namefinder.py",
    "reference/uk_councils.py",
    "parse/isolate.py",
    "parse/parsecache.py",
    "data/authorities.csv",
    "data/uk_councils.csv",
)
# The libraries that read the formats (a new pypdfium2 may read a PDF differently).
LIBRARIES = (
    "pypdfium2",
    "lxml",
    "rapidfuzz",
    "charset-normalizer",
    "extract-msg",
    "pytesseract",
    "pillow",
)
# Settings that change what reading a document gives, whatever its verdict.
SETTINGS = ("FOI_MAX_CHARS", "FOI_OCR_MAX_PAGES", "FOI_OCR_PAGE_TIMEOUT")


def _parsers_dir() -> Path:
    import parsers

    return Path(parsers.__file__).resolve().parent


@functools.cache
def parser_version() -> str:
    """A hash of everything that decides how a document is read; no number to bump."""
    h = hashlib.sha256(f"format {FORMAT}\npython {sys.version}\n".encode())
    parsers_dir = _parsers_dir()
    files = [(f"parsers/{p.relative_to(parsers_dir)}", p) for p in parsers_dir.rglob("*.py")]
    files += [(f"foi/{name}", _FOI / name) for name in _FOI_FILES]
    for label, path in sorted(files):
        h.update(f"\n{label}\n".encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"(missing)")
    for lib in LIBRARIES:
        try:
            h.update(f"\n{lib} {metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"\n{lib} absent".encode())
    return h.hexdigest()[:16]


def _settings() -> str:
    values = [f"{name}={os.environ.get(name, '')}" for name in SETTINGS]
    values.append(f"tesseract={shutil.which('tesseract') or ''}")
    return "\n".join(values)


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]", "_", name)[:80] or "_"


# What an entry may hold besides plain data: the parsers' own result types, a few of the
# standard library's. Anything else (a corrupt or planted file) is refused, never run.
_ALLOWED = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("collections", "OrderedDict"),
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module.startswith("parsers.") and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type) and (
                dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)
            ):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a parse cache entry")


class ParseCache:
    """One campaign's cached readings in one data directory; safe to share between threads.
    `parsed` and `reused` count what this instance read afresh and what it found kept."""

    def __init__(
        self,
        data_dir: Path,
        campaign: Any,
        *,
        timeout: float | None = None,
        memory_mb: int | None = None,
    ):
        version = hashlib.sha256(
            f"{parser_version()}\n{campaign.version}\n{_settings()}".encode()
        ).hexdigest()[:16]
        self.campaign_dir = DataDir(Path(data_dir)).parse_cache / _safe(campaign.id)
        self.dir = self.campaign_dir / version
        # The limits the readings are made under (FOI_PARSE_TIMEOUT, FOI_PARSE_MEMORY_MB).
        self.limits = {
            "timeout": float(isolate.TIMEOUT if timeout is None else timeout),
            "memory_mb": int(isolate.MEMORY_MB if memory_mb is None else memory_mb),
        }
        self.parsed = 0
        self.reused = 0
        self._lock = threading.Lock()
        self._warned = False

    def path(self, digest: str, name: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ValueError(f"not a sha256 digest: {digest[:80]!r}")
        named = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        return self.dir / digest[:2] / f"{digest}-{named}.pickle"

    def get(self, digest: str, name: str) -> Verdict | None:
        """The kept verdict, or None where there is none to trust (read it again)."""
        try:
            raw = self.path(digest, name).read_bytes()
            entry = _Unpickler(io.BytesIO(raw)).load()
            verdict = _verdict(entry, digest, name)
        except Exception:  # missing, unreadable, truncated, corrupt, from other code
            return None
        if verdict is None or (verdict.limit and entry.get("limits") != self.limits):
            return None  # a limit's verdict stands only under the same limits
        with self._lock:
            self.reused += 1
        return verdict

    def put(self, digest: str, name: str, verdict: Verdict) -> None:
        """Keep a fresh verdict (counted as parsed); a cache that cannot be written is only
        a slower next run."""
        with self._lock:
            self.parsed += 1
        if not verdict.final:
            return
        entry = {
            "format": FORMAT,
            "sha256": digest,
            "name": name,
            "parsed": verdict.parsed,
            "error": verdict.error,
            "not_a_reply": verdict.not_a_reply,
            "limit": verdict.limit,
            "limits": self.limits if verdict.limit else None,
        }
        try:
            # No fsync: an entry a crash tore is read as corrupt, and the document read again.
            data = pickle.dumps(entry, protocol=5)
            atomic_write_bytes(self.path(digest, name), data, durable=False)
        except (OSError, pickle.PicklingError, ValueError) as exc:
            if not self._warned:
                self._warned = True
                logger.warning("parse cache not written (%s): the next run reads again", exc)

    def prune(self) -> None:
        """Remove this campaign's entries from earlier parser or campaign versions."""
        try:
            stale = [p for p in self.campaign_dir.iterdir() if p.is_dir() and p != self.dir]
        except OSError:
            return
        for path in stale:
            shutil.rmtree(path, ignore_errors=True)


def _verdict(entry: Any, digest: str, name: str) -> Verdict | None:
    if not isinstance(entry, dict) or entry.get("format") != FORMAT:
        return None
    if entry.get("sha256") != digest or entry.get("name") != name:
        return None  # a file copied or renamed into the wrong place
    parsed, error = entry.get("parsed"), entry.get("error")
    if (parsed is None) == (error is None) or not isinstance(error, str | None):
        return None
    from parsers.response import ParsedResponse

    if parsed is not None and not isinstance(parsed, ParsedResponse):
        return None
    kind = entry.get("not_a_reply")
    return Verdict(
        parsed,
        error,
        not_a_reply=kind if isinstance(kind, str) else None,
        limit=entry.get("limit") is True,
    )
