"""One run at a time per data directory: a second `foi crawl` (or build) is refused, never
interleaved. The lock is the kernel's (flock), so a crashed run never leaves it held."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


class Busy(RuntimeError):
    pass


@contextmanager
def data_lock(data_dir: Path, what: str) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / ".lock"
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise Busy(f"{data_dir} is in use by {holder}; wait for it to finish") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"foi {what} (pid {os.getpid()}, started {datetime.now(UTC):%Y-%m-%d %H:%M:%SZ})")
        fh.flush()
        yield
    finally:
        fh.close()
