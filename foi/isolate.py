"""Parse documents in worker processes with a time and a memory limit, so that one hostile
document (a regular expression that never ends, a stream that inflates to gigabytes) is
recorded as failed with its reason and the run goes on.

A worker that overruns its time is killed and replaced; one that runs out of memory raises
MemoryError inside the parse (RLIMIT_AS). Workers start from a fork server, so they never
hold the data directory's lock: a killed build leaves nothing behind that keeps it.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import time
from collections import deque
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection, wait
from typing import Any

# A page-long reply parses in milliseconds; a minute is far beyond any real document.
TIMEOUT = float(os.environ.get("FOI_PARSE_TIMEOUT", 60))
MEMORY_MB = int(os.environ.get("FOI_PARSE_MEMORY_MB", 1024))

Job = tuple[str, str]  # (path of the archived bytes, the document's name)
Outcome = tuple[Any, str | None]  # (parsed response or None, one-line error or None)


def _serve(conn: Connection, campaign_source: str, memory_mb: int) -> None:
    from foi.campaign import load_campaign
    from foi.registry import Registry
    from parsers.model import ParseError
    from parsers.response import parse_document

    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    campaign, registry = load_campaign(campaign_source), Registry.load()
    while True:
        job = conn.recv()
        if job is None:
            return
        path, name = job
        try:
            with open(path, "rb") as fh:
                conn.send((parse_document(fh.read(), name, campaign, registry), None))
        except (ParseError, OSError) as exc:
            conn.send((None, str(exc)))
        except MemoryError:
            conn.send((None, f"needed more than {memory_mb} MB to read (FOI_PARSE_MEMORY_MB)"))
        except RecursionError:
            conn.send((None, "nested too deeply to read"))


class _Worker:
    def __init__(self, ctx: Any, campaign_source: str, memory_mb: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_serve, args=(child, campaign_source, memory_mb), daemon=True
        )
        self.proc.start()
        child.close()
        self.job: int | None = None
        self.started = 0.0

    def give(self, index: int, job: Job) -> None:
        self.job, self.started = index, time.monotonic()
        self.conn.send(job)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(5)
        self.conn.close()


def parse_isolated(
    jobs: Iterable[Job],
    campaign_source: str,
    workers: int = 1,
    timeout: float = TIMEOUT,
    memory_mb: int = MEMORY_MB,
    progress: Callable[[int], None] | None = None,
) -> list[Outcome]:
    """Each job's (parsed, error), in order; a job over `timeout` seconds is an error."""
    todo = deque(enumerate(jobs))
    results: dict[int, Outcome] = {}
    total = len(todo)
    ctx = mp.get_context("forkserver")
    pool = [_Worker(ctx, campaign_source, memory_mb) for _ in range(max(1, min(workers, total)))]
    try:
        while len(results) < total:
            for w in pool:
                if w.job is None and todo:
                    w.give(*todo.popleft())
            busy = [w for w in pool if w.job is not None]
            ready = wait([w.conn for w in busy], timeout=1.0)
            for w in busy:
                if w.conn in ready:
                    try:
                        results[w.job] = w.conn.recv()  # type: ignore[index]
                    except (EOFError, OSError):  # the worker died (killed by the kernel)
                        results[w.job] = (None, "the reader stopped on this document")  # type: ignore[index]
                        pool[pool.index(w)] = _replace(w, ctx, campaign_source, memory_mb)
                        continue
                    w.job = None
                    if progress:
                        progress(len(results))
                elif time.monotonic() - w.started > timeout:
                    results[w.job] = (
                        None,
                        f"took over {timeout:.0f} s to read (FOI_PARSE_TIMEOUT)",
                    )  # type: ignore[index]
                    pool[pool.index(w)] = _replace(w, ctx, campaign_source, memory_mb)
    finally:
        for w in pool:
            w.stop()
    return [results[i] for i in range(total)]


def _replace(w: _Worker, ctx: Any, campaign_source: str, memory_mb: int) -> _Worker:
    w.stop(kill=True)
    return _Worker(ctx, campaign_source, memory_mb)
