"""Parse documents in worker processes with a time and a memory limit, so that one hostile
document (a regular expression that never ends, a stream that inflates to gigabytes) is
recorded as failed with its reason and the run goes on.

A worker that overruns its time is killed and replaced; one that runs out of memory raises
MemoryError inside the parse (RLIMIT_AS). Workers start from a fork server, so they never
hold the data directory's lock: a killed build leaves nothing behind that keeps it.

`read_isolated` reads a batch (the build); an `IsolatedReader` keeps its workers for a whole
run and is called from threads (the crawl, which must never parse on Scrapy's event loop).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

# A page-long reply parses in milliseconds; a minute is far beyond any real document.
TIMEOUT = float(os.environ.get("FOI_PARSE_TIMEOUT", 60))
MEMORY_MB = int(os.environ.get("FOI_PARSE_MEMORY_MB", 1024))
READY = "ready"  # a worker's first message: its time limit counts from here, not its start
STARTUP = 120.0  # seconds a worker may take to load the campaign and the registry

# Imported once by the fork server, so that each worker it forks starts with them rather
# than importing them itself (a third of a crawl's reading CPU was its two workers' imports).
PRELOAD = ["parsers.response", "foi.campaigns.campaign", "foi.reference.registry"]


def _context() -> Any:
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)  # no effect once the fork server runs: the same list
    return ctx


# (path of the archived bytes, or the bytes themselves; the document's name)
Job = tuple[str | bytes, str]
Outcome = tuple[Any, str | None]  # (parsed response or None, one-line error or None)


@dataclass
class Verdict:
    """What reading one document came to: its parsed response, or the reason it has none."""

    parsed: Any = None  # a ParsedResponse
    error: str | None = None  # one line
    not_a_reply: str | None = None  # what it is instead (NotAReply's kind: acknowledgement...)
    limit: bool = False  # over the time or memory limit, or the reader died on it
    final: bool = True  # False: the run stopped before it was read (never kept as its verdict)

    @property
    def outcome(self) -> Outcome:
        return self.parsed, self.error


def _serve(conn: Connection, campaign_source: str, memory_mb: int, nice: int = 0) -> None:
    from foi.campaigns.campaign import load_campaign
    from foi.reference.registry import Registry
    from parsers.model import ParseError
    from parsers.response import NotAReply, parse_document

    # Ctrl-C is the parent's to handle (it stops the workers): no traceback from each of them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nice:
        os.nice(nice)
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    campaign, registry = load_campaign(campaign_source), Registry.load()
    conn.send(READY)
    while True:
        job = conn.recv()
        if job is None:
            return
        source, name = job
        try:
            if isinstance(source, bytes):
                data = source
            else:
                with open(source, "rb") as fh:
                    data = fh.read()
            verdict = Verdict(parse_document(data, name, campaign, registry))
        except NotAReply as exc:
            verdict = Verdict(None, str(exc), not_a_reply=exc.kind)
        except (ParseError, OSError) as exc:
            verdict = Verdict(None, str(exc))
        except MemoryError:
            verdict = Verdict(
                None, f"needed more than {memory_mb} MB to read (FOI_PARSE_MEMORY_MB)", limit=True
            )
        except RecursionError:
            verdict = Verdict(None, "nested too deeply to read")
        except Exception as exc:  # a reader's own fault: this document fails, the worker goes on
            verdict = Verdict(None, f"could not be read ({exc.__class__.__name__}: {exc})"[:300])
        conn.send(verdict)


class _Worker:
    def __init__(self, ctx: Any, campaign_source: str, memory_mb: int, nice: int = 0):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_serve, args=(child, campaign_source, memory_mb, nice), daemon=True
        )
        self.proc.start()
        child.close()
        self.job: int | None = None
        self.started = 0.0
        self.ready = False

    def give(self, index: int, job: Job) -> bool:
        """Hand the worker a job once it is ready; False where it never became ready (it
        could not start: no fault of the document)."""
        if not self.ready:
            try:
                if not self.conn.poll(STARTUP) or self.conn.recv() != READY:
                    return False
            except (EOFError, OSError):
                return False
            self.ready = True
        self.job, self.started = index, time.monotonic()
        try:
            self.conn.send(job)
        except OSError:  # died between jobs: the job never reached it
            self.job = None
            return False
        return True

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
    verdicts = read_isolated(jobs, campaign_source, workers, timeout, memory_mb, progress)
    return [v.outcome for v in verdicts]


def _over_time(timeout: float) -> Verdict:
    return Verdict(None, f"took over {timeout:g} s to read (FOI_PARSE_TIMEOUT)", limit=True)


def _not_started() -> Verdict:
    return Verdict(None, "the reader could not start (FOI_PARSE_MEMORY_MB too low?)", final=False)


def _stopped() -> Verdict:
    return Verdict(None, "the run stopped before it was read", final=False)


def _died() -> Verdict:  # killed by the kernel, or a crash in a library's C code
    return Verdict(None, "the reader stopped on this document", limit=True)


def read_isolated(
    jobs: Iterable[Job],
    campaign_source: str,
    workers: int = 1,
    timeout: float = TIMEOUT,
    memory_mb: int = MEMORY_MB,
    progress: Callable[[int], None] | None = None,
) -> list[Verdict]:
    """Each job's verdict, in order; a job over `timeout` seconds fails with that reason."""
    todo = deque(enumerate(jobs))
    if not todo:
        return []  # no process started for nothing (a rebuild that reuses every parse)
    results: dict[int, Verdict] = {}
    total = len(todo)
    ctx = _context()
    pool = [_Worker(ctx, campaign_source, memory_mb) for _ in range(max(1, min(workers, total)))]
    try:
        while len(results) < total:
            for n, w in enumerate(pool):
                while w.job is None and todo:
                    index, job = todo.popleft()
                    if w.give(index, job):
                        break
                    results[index] = _not_started()
                    w = pool[n] = _replace(w, ctx, campaign_source, memory_mb)
            if len(results) == total:
                break
            busy = [w for w in pool if w.job is not None]
            # (looked at again within the limit, however short: a reading that overruns
            # it is stopped, not waited for)
            ready = wait([w.conn for w in busy], timeout=min(1.0, timeout))
            for w in busy:
                if w.conn in ready:
                    try:
                        results[w.job] = w.conn.recv()  # type: ignore[index]
                    except (EOFError, OSError):  # the worker died (killed by the kernel)
                        results[w.job] = _died()  # type: ignore[index]
                        pool[pool.index(w)] = _replace(w, ctx, campaign_source, memory_mb)
                        continue
                    w.job = None
                    if progress:
                        progress(len(results))
                elif time.monotonic() - w.started > timeout:
                    results[w.job] = _over_time(timeout)  # type: ignore[index]
                    pool[pool.index(w)] = _replace(w, ctx, campaign_source, memory_mb)
    finally:
        for w in pool:
            w.stop()
    return [results[i] for i in range(total)]


def _replace(w: _Worker, ctx: Any, campaign_source: str, memory_mb: int) -> _Worker:
    w.stop(kill=True)
    return _Worker(ctx, campaign_source, memory_mb)


class IsolatedReader:
    """Workers kept for a whole run and shared by threads: `read` blocks the thread that
    calls it (never an event loop) until its worker answers or the time runs out, when the
    worker is killed and a new one takes its place at the next document."""

    def __init__(
        self,
        campaign_source: str,
        workers: int = 1,
        timeout: float = TIMEOUT,
        memory_mb: int = MEMORY_MB,
        nice: int = 0,
    ):
        self.campaign_source, self.timeout, self.memory_mb = campaign_source, timeout, memory_mb
        self.nice = nice
        self._ctx = _context()
        # Each slot holds an idle worker, or None where one is to be started when needed.
        self._slots: queue.SimpleQueue[_Worker | None] = queue.SimpleQueue()
        for _ in range(max(1, workers)):
            self._slots.put(None)
        self._started: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()

    def read(self, job: Job) -> Verdict:
        worker = self._slots.get()
        try:
            if self._closed.is_set():
                return _stopped()
            if worker is None:
                worker = _Worker(self._ctx, self.campaign_source, self.memory_mb, self.nice)
                with self._lock:
                    self._started.append(worker)
            try:
                if not worker.give(0, job):
                    self._retire(worker)
                    worker = None
                    return _stopped() if self._closed.is_set() else _not_started()
                # The clock starts when the worker has the document, as in read_isolated: a
                # new worker's start (after one that overran) is not the document's time.
                deadline = worker.started + self.timeout
                while not worker.conn.poll(min(0.5, max(0.0, deadline - time.monotonic()))):
                    if self._closed.is_set() or time.monotonic() >= deadline:
                        self._retire(worker)
                        worker = None
                        return _stopped() if self._closed.is_set() else _over_time(self.timeout)
                verdict: Verdict = worker.conn.recv()
            except (EOFError, OSError):  # the worker died, or close() stopped it
                self._retire(worker)
                worker = None
                return _stopped() if self._closed.is_set() else _died()
            worker.job = None
            return verdict
        finally:
            self._slots.put(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.stop(kill=True)
        with self._lock:
            if worker in self._started:
                self._started.remove(worker)

    def close(self) -> None:
        """Stop every worker; a thread still reading gets a verdict that is not kept."""
        self._closed.set()
        with self._lock:
            workers, self._started = self._started, []
        for w in workers:
            w.stop(kill=w.job is not None)
