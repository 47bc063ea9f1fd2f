"""One run at a time per data directory: a second `foi crawl` (or build) is refused, never
interleaved. The lock is the kernel's (flock), so a crashed run never leaves it held.

The workers of a shared crawl (`foi crawl --workers`) hold it shared: any number of them
write into one archive together (each manifest line appended under its own lock, each raw
file written atomically), while a build, an import or a plain crawl, which need the archive
to themselves, are refused until the last worker has stopped; and a worker is refused while
one of those runs."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from foi.archive.datadir import DataDir
from foi.errors import UserError


class Busy(UserError, RuntimeError):
    pass


@contextmanager
def data_lock(data_dir: Path, what: str, *, shared: bool = False) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = DataDir(data_dir).lock
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise Busy(f"{data_dir} is in use by {holder}; wait for it to finish") from None
        if shared:  # the holders' note says what they are, not which one came last
            what = "the workers of a shared crawl (foi crawl --workers)"
        else:
            what = f"foi {what} (pid {os.getpid()}, started {datetime.now(UTC):%Y-%m-%d %H:%M:%SZ})"
        fh.seek(0)
        fh.truncate()
        fh.write(what)
        fh.flush()
        yield
    finally:
        fh.close()
