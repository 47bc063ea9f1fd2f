"""The project's item pipelines (crawler/settings.py's ITEM_PIPELINES: spidermon's item
validation, then recognise, read and archive) run in the test's process, without a crawl:

- `pipelines_for`: the pipelines opened for a spider (tests/crawl_helpers.py's `spider_for`)
  on its temporary data directory, reading documents in this process, not in workers;
- `process`: an item run through them all (or through one), each to its end, in this thread.
"""

from __future__ import annotations

import asyncio
import inspect
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any
from unittest import mock

import twisted.internet
from scrapy import Spider
from scrapy.utils.misc import load_object
from twisted.internet import defer

from crawler.pipelines import _Reading
from foi.parse.isolate import Verdict


class InProcessReader:
    """Reads a kept document in this process, as a worker of foi/parse/isolate.py would (with no
    time or memory limit); `verdict` replaces the reading (a document over a limit...)."""

    def __init__(self, campaign: Any, verdict: Callable[[bytes, str], Verdict] | None = None):
        self.campaign = campaign
        self.verdict = verdict
        self.jobs: list[str] = []  # the names read, in order

    def read(self, job: tuple[bytes, str]) -> Verdict:
        from foi.reference.registry import Registry
        from parsers.model import ParseError
        from parsers.response import NotAReply, parse_document

        body, name = job
        self.jobs.append(name)
        if self.verdict is not None:
            return self.verdict(body, name)
        try:
            return Verdict(parse_document(body, name, self.campaign, Registry.load()))
        except NotAReply as exc:
            return Verdict(None, str(exc), not_a_reply=exc.kind)
        except ParseError as exc:
            return Verdict(None, str(exc))


class InProcessReading:
    """Stands in for crawler.pipelines._Reading: no worker processes, no thread pool."""

    def __init__(self, reader: InProcessReader):
        self.reader = reader
        self.threads = None
        self.released = 0

    def release(self, campaign_source: str) -> None:
        self.released += 1


class Pipelines:
    """The project's item pipelines (ITEM_PIPELINES, in their order) opened for a spider:
    `stages` by class name (ItemValidation, RecognisePipeline, ReadPipeline, ArchivePipeline),
    `reading` the in-process readers they share."""

    def __init__(self, stages: list[Any], reading: InProcessReading):
        self.stages = {type(stage).__name__: stage for stage in stages}
        self.reading = reading

    def __getitem__(self, name: str) -> Any:
        return self.stages[name]

    def close(self) -> None:
        for stage in reversed(self.stages.values()):
            if hasattr(stage, "close_spider"):
                stage.close_spider()


def pipelines_for(
    spider: Spider,
    verdict: Callable[[bytes, str], Verdict] | None = None,
    *,
    in_process: bool = True,
) -> Pipelines:
    """The item pipelines of crawler/settings.py opened for `spider` on its data directory
    (FOI_DATA_DIR, under the test's tmp_path), reading documents in this process (or, with
    in_process=False, with the crawl's own readers, which need a reactor to be stubbed)."""
    reading = InProcessReading(InProcessReader(spider.campaign, verdict))  # type: ignore[attr-defined]
    order = spider.crawler.settings.getwithbase("ITEM_PIPELINES")  # type: ignore[union-attr]
    stages = [
        load_object(path).from_crawler(spider.crawler)
        for path, _ in sorted(order.items(), key=lambda kv: kv[1])
    ]
    with mock.patch.object(_Reading, "take", return_value=reading) if in_process else nullcontext():
        for stage in stages:
            if hasattr(stage, "open_spider"):
                stage.open_spider()
    return Pipelines(stages, reading)


@contextmanager
def no_reactor(hops: list[tuple[Any, str]] | None = None) -> Iterator[None]:
    """process_item hands its work to a thread pool through Twisted's reactor; here the work
    runs at once in this thread, and no reactor is installed in the test process. Each
    hand-over is noted in `hops` (the pool, the work's name)."""

    def run_now(reactor: Any, pool: Any, f: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        if hops is not None:
            hops.append((pool, f.__qualname__))
        return defer.maybeDeferred(f, *args, **kw)

    key = "twisted.internet.reactor"
    stub = types.ModuleType(key)
    before = sys.modules.get(key)
    sys.modules[key] = stub  # only this key: the rest of sys.modules is left as it is
    try:
        with (
            mock.patch.object(twisted.internet, "reactor", stub, create=True),
            mock.patch("twisted.internet.threads.deferToThreadPool", run_now),
        ):
            yield
    finally:
        if before is None:
            del sys.modules[key]
        else:
            sys.modules[key] = before


def process(
    pipelines: Pipelines | Any, item: Any, hops: list[tuple[Any, str]] | None = None
) -> Any:
    """Run the item through every pipeline (or through the one given), each to its end, as
    Scrapy would; returns what the last passes on. DropItem propagates."""
    stages = list(pipelines.stages.values()) if isinstance(pipelines, Pipelines) else [pipelines]

    async def run(item: Any) -> Any:
        for stage in stages:
            item = stage.process_item(item)
            if inspect.isawaitable(item):
                item = await item
        return item

    with no_reactor(hops):
        return asyncio.run(run(item))
