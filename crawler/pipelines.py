"""Every kept page, message and attachment goes into the raw archive with its provenance;
every failure is recorded there too, per document. After spidermon's item validation
(crawler/validation.py), three pipelines, each one job, in ITEM_PIPELINES order:

- RecognisePipeline: the archive's record of the item (its provenance), the document's
  hash, and its format read from its bytes, flagged where the server called it another;
- ReadPipeline: each kept document read once for the coverage monitor, through the build's
  worker processes with their time and memory limits (foi/parse/isolate.py) and the parse cache
  (foi/parse/parsecache.py), which the build then reuses. A document over a limit is archived as
  failed with the reason; the crawl goes on;
- ArchivePipeline: the record and the bytes into the archive, unless the archive holds
  them already; passes the item on without its body.

Hashing, reading and the archive's writes (each fsync'd) wait on disks and workers: each
pipeline does its part in the readers' thread pool, never on Scrapy's event loop, which goes
on fetching meanwhile; stats are counted back on the event loop."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Self, TypeVar

from scrapy.crawler import Crawler
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.python.threadpool import ThreadPool

from crawler.items import DocumentItem
from foi.archive.datadir import root_from
from foi.archive.store import Archive, Record, sha256
from foi.parse.isolate import IsolatedReader, Verdict
from foi.parse.parsecache import ParseCache
from foi.parse.responses import out_of_scope
from parsers.detect import sniff
from parsers.model import ParseError

logger = logging.getLogger(__name__)
# Worker processes reading kept documents during a crawl: one per core, a little below the
# crawl's own CPU priority (nice), so that the fetching comes first, reading takes what CPU
# it leaves, and every core reads once the fetching is done. (Half the cores at the crawl's
# priority took CPU the fetching needed on a 2-core machine: issue 14.) A document's time
# limit is still wall time: where every core is busy with other work at normal priority, a
# reader at nice 5 gets about a quarter of a core rather than half, so a scanned letter
# that needs most of FOI_PARSE_TIMEOUT's minute could run over it there
# (FOI_CRAWL_READERS_NICE=0 reads at the crawl's own priority).
READERS = int(os.environ.get("FOI_CRAWL_READERS", max(1, os.cpu_count() or 2)))
READERS_NICE = int(os.environ.get("FOI_CRAWL_READERS_NICE", "5"))

# Counted when a document could not be read this time (no reader could start): the
# re-crawl's record of it is not kept (crawler/unchanged.py), so the next crawl reads it.
UNREAD = "foi/unread"

DECLARED = {
    "pdf": "pdf",
    "msword": "doc",
    "wordprocessingml": "docx",
    "html": "html",
    "plain": "txt",
    "json": "json",
}


def declared_format(content_type: str | None) -> str | None:
    ct = (content_type or "").lower()
    return next((fmt for key, fmt in DECLARED.items() if key in ct), None)


class _Reading:
    """The readers' processes and the threads that wait on them, shared by every pipeline
    of every spider of one crawl (one process runs them all) and stopped when the last
    spider closes."""

    shared: dict[str, _Reading] = {}

    def __init__(self, campaign_source: str):
        from twisted.internet import reactor

        self.reader = IsolatedReader(campaign_source, workers=READERS, nice=READERS_NICE)
        # More threads than workers: one hands a worker its next document while another
        # waits for a reading, and the archive's writes wait on the disk beside them.
        self.threads = ThreadPool(minthreads=0, maxthreads=READERS + 2, name="foi-read")
        self.threads.start()
        # Each worker starts with the first document it is given, not with the crawl: a
        # re-crawl that fetches no new document (most nights) starts none, and a worker's
        # start (the parsers, the campaign, the registry) would take CPU the fetching needs.
        self.users = 0
        self.stopped = False
        # However the crawl ends, no thread or worker outlives it.
        reactor.addSystemEventTrigger("during", "shutdown", self.stop)  # type: ignore[attr-defined]

    @classmethod
    def take(cls, campaign_source: str) -> _Reading:
        reading = cls.shared.get(campaign_source)
        if reading is None or reading.stopped:
            reading = cls.shared[campaign_source] = cls(campaign_source)
        reading.users += 1
        return reading

    def release(self, campaign_source: str) -> None:
        self.users -= 1
        if self.users <= 0:
            self.shared.pop(campaign_source, None)
            self.stop()

    def stop(self) -> None:
        if not self.stopped:
            self.stopped = True
            self.reader.close()
            self.threads.stop()


T = TypeVar("T")


class _Stage:
    """What the archive's pipelines share: the spider's campaign and data directory, and the
    readers (_Reading), whose thread pool runs each pipeline's slow part."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.root = root_from(spider.settings.get("FOI_DATA_DIR"))
        self.campaign = spider.campaign  # type: ignore[attr-defined]
        self.source = self.campaign.source
        self.reading = _Reading.take(self.source)

    def close_spider(self) -> None:
        self.reading.release(self.source)

    async def in_thread(self, work: Callable[..., T], *args: Any) -> T:
        """work(*args) in the readers' thread pool, off Scrapy's event loop."""
        from twisted.internet import reactor
        from twisted.internet.threads import deferToThreadPool

        pool = self.reading.threads
        done = deferToThreadPool(reactor, pool, work, *args)  # type: ignore[arg-type]
        return await maybe_deferred_to_future(done)  # type: ignore[no-any-return]

    def count(self, keys: list[str], item: DocumentItem) -> None:
        """Scrapy's stats are counted on the event loop, never in a thread; and in the record
        a re-crawl counts again for the document the item came under (crawler/unchanged.py)."""
        for key in keys:
            self.crawler.stats.inc_value(key)
        if (unchanged := self.unchanged) is not None:
            unchanged.counted(item.root, keys)

    @property
    def unchanged(self) -> Any:
        """The re-crawl's record this crawl keeps (crawler/unchanged.py), if it keeps one."""
        return getattr(self.crawler.spider, "unchanged", None)


class RecognisePipeline(_Stage):
    """What the document is: the archive's record of it, its hash, and its format from its
    bytes (a file whose bytes fit no known format is failed with the reason); a file served
    as one format and holding another is stored as what it is, and flagged."""

    async def process_item(self, item: DocumentItem) -> DocumentItem:
        item.record = item.provenance(self.campaign.id)
        if item.body is not None:
            counts = await self.in_thread(recognise, item.body, item.record, item.declared_type)
            self.count(counts, item)
        return item


def recognise(body: bytes, record: Record, declared_type: str | None) -> list[str]:
    """Hash and sniff `body` into `record`; runs in a thread. Returns the stats to count."""
    record.sha256 = sha256(body)
    try:
        record.media_type = sniff(body, record.location.rsplit("/", 1)[-1].split("#")[0])
    except ParseError as exc:
        record.status, record.reason = "failed", str(exc)
    declared = declared_format(declared_type)
    if declared and record.media_type not in ("unknown", declared) and declared != "json":
        record.extra["mislabelled"] = f"served as {declared_type}, content is {record.media_type}"
        return ["foi/mislabelled"]
    return []


class ReadPipeline(_Stage):
    """Each kept document read once for the coverage monitor (foi/parsed, foi/coverage/Qn):
    its reading kept in the parse cache, or done now in a worker. A document over a time or
    memory limit is failed with the reason; one that is not a council's reply, or answers
    another request, says so in its record."""

    def open_spider(self) -> None:
        super().open_spider()
        self.cache = ParseCache(self.root, self.campaign)

    async def process_item(self, item: DocumentItem) -> DocumentItem:
        record = item.record
        if item.body is not None and record is not None and record.status == "ok":
            self.count(await self.in_thread(self.settle, item.body, record), item)
        return item

    def settle(self, body: bytes, record: Record) -> list[str]:
        """Read the document and put the verdict in its record; runs in a thread. Returns
        the stats to count."""
        counts: list[str] = []
        name = record.location.split("#")[0].rsplit("/", 1)[-1]
        verdict = self.read(body, name, record.sha256)
        if not verdict.final:  # not read this time: the next crawl reads it
            counts.append(UNREAD)
        if verdict.limit and verdict.final:  # over a limit: failed, with the reason
            record.status, record.reason = "failed", verdict.error
            short = (verdict.error or "").split(" (")[0]
            counts.append(f"foi/failed/{short}")
            counts.append(f"foi/authority/{record.authority_code or 'unknown'}/failed")
        else:
            record.extra.update(self.count_answers(verdict, counts))
        return counts

    def read(self, body: bytes, name: str, digest: str) -> Verdict:
        """The document's reading, kept or done now in a worker; runs in a reading thread."""
        try:
            if (kept := self.cache.get(digest, name)) is not None:
                return kept
            verdict = self.reading.reader.read((body, name))
        except Exception as exc:  # no worker could be started: the build reads it later
            logger.error("could not read %s for the coverage count: %s", name, exc)
            return Verdict(None, str(exc), final=False)
        self.cache.put(digest, name, verdict)
        return verdict

    @staticmethod
    def count_answers(verdict: Verdict, counts: list[str]) -> dict[str, str]:
        """Per-question coverage of what this crawl kept, for the monitors (foi/coverage/Qn),
        added to `counts`; returns what the manifest should say of a document that is not a
        council's reply (an acknowledgement, a district council's redirect)."""
        if verdict.not_a_reply:
            counts.append(f"foi/not_a_reply/{verdict.not_a_reply}")
            return {"not_a_reply": verdict.not_a_reply, "why": verdict.error or ""}
        parsed = verdict.parsed
        if parsed is None:
            return {}  # a cover note, an unreadable page: the build reads what it can
        counts.append("foi/parsed")
        counts.extend(f"foi/coverage/Q{answer.question_no}" for answer in parsed.answers)
        if why := out_of_scope(parsed):
            counts.append("foi/out_of_scope")
            return {"out_of_scope": why}
        return {}


class ArchivePipeline(_Stage):
    """The record, and the bytes, into the archive: a re-crawl records only what is new or
    changed (foi/archived/unchanged for the rest). Passes the item on without its body."""

    def open_spider(self) -> None:
        super().open_spider()
        self.archive = Archive(self.root)
        # What the archive already holds. A document whose raw file went missing is not
        # known: the crawl fetches it again. Checked and added on the event loop (no lock).
        self.known = {
            (r.location, r.sha256, r.status, r.reason)
            for r in self.archive.records()
            if r.status != "ok" or not r.sha256 or self.archive.path_for(r.sha256).exists()
        }

    async def process_item(self, item: DocumentItem) -> DocumentItem:
        record = item.record
        if record is None:  # RecognisePipeline makes it; a setting left it out
            raise RuntimeError("ArchivePipeline runs after RecognisePipeline (ITEM_PIPELINES)")
        key = (record.location, record.sha256, record.status, record.reason)
        if key in self.known:
            self.count(["foi/archived/unchanged"], item)
        else:
            self.known.add(key)
            await self.in_thread(self.archive.add, item.body, record)
            self.count([f"foi/archived/{record.status}"], item)
        if (unchanged := self.unchanged) is not None:
            unchanged.archived(item.root, record.sha256)
        return replace(item, body=None, record=None)
