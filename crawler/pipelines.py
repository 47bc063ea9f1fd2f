"""Every kept page, message and attachment goes into the raw archive with its provenance;
every failure is recorded there too, per document.

Each kept document is read once for the coverage monitor, never on Scrapy's event loop: in a
thread, through the build's worker processes with their time and memory limits
(foi/isolate.py), and through the parse cache (foi/parsecache.py), which the build then
reuses. A document over a limit is archived as failed with the reason; the crawl goes on."""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.python.threadpool import ThreadPool

from foi.archive import Archive, Record, sha256
from foi.datadir import root_from
from foi.isolate import IsolatedReader, Verdict
from foi.parsecache import ParseCache
from foi.responses import out_of_scope
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
    """The readers' processes and the threads that wait on them, shared by every spider of
    one crawl (one process runs them all) and stopped when the last spider closes."""

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


def _missing(item: dict[str, Any]) -> str | None:
    """What an item lacks that every item must carry, or None."""
    absent = [k for k in ("url", "platform", "retrieved_at", "status") if not item.get(k)]
    if not absent and item["status"] == "ok" and not item.get("body"):
        absent = ["body"]
    return ", ".join(absent) or None


class ArchivePipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.archive = Archive(root_from(spider.settings.get("FOI_DATA_DIR")))
        self.campaign = spider.campaign.id  # type: ignore[attr-defined]
        # What the archive already holds: a re-crawl records only what is new or changed.
        # A document whose raw file went missing is not known: the crawl fetches it again.
        self.known = {
            (r.location, r.sha256, r.status, r.reason)
            for r in self.archive.records()
            if r.status != "ok" or not r.sha256 or self.archive.path_for(r.sha256).exists()
        }
        self.known_lock = threading.Lock()
        self.cache = ParseCache(self.archive.root, spider.campaign)  # type: ignore[attr-defined]
        self.source = spider.campaign.source  # type: ignore[attr-defined]
        self.reading = _Reading.take(self.source)

    def close_spider(self) -> None:
        self.reading.release(self.source)

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

    async def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        from twisted.internet import reactor
        from twisted.internet.threads import deferToThreadPool

        body: bytes | None = item.get("body")
        if missing := _missing(item):
            # A spider's bug, not a council's document: counted for the monitor, named in the
            # log, and never archived (an "ok" record without bytes would claim a document the
            # archive does not hold).
            self.crawler.stats.inc_value("foi/invalid_items")
            raise DropItem(f"invalid item from {item.get('platform') or '?'}: no {missing}")
        extra = {
            k: item.get(k)
            for k in (
                "platform",
                "reference",
                "title",
                "received",
                "published",
                "parent",
                "kind",
                "http_status",
                "declared_type",
            )
            if item.get(k) is not None
        }
        record = Record(
            sha256="",
            source=item["platform"],
            location=item["url"],
            retrieved_at=item["retrieved_at"],
            media_type="unknown",
            size=0,
            status=item["status"],
            authority_code=item.get("authority_code"),
            reason=item.get("reason"),
            campaign=self.campaign,
            extra=extra,
        )
        # Hashing, reading and the archive's writes (each fsync'd) wait on disks and workers:
        # never on Scrapy's event loop, which goes on fetching meanwhile.
        settling = deferToThreadPool(
            reactor,  # type: ignore[arg-type]
            self.reading.threads,
            self.settle,
            body,
            record,
            item.get("declared_type"),
        )
        counts: list[str] = await maybe_deferred_to_future(settling)
        for key in counts:
            self.crawler.stats.inc_value(key)
        return {k: v for k, v in item.items() if k != "body"}

    def settle(self, body: bytes | None, record: Record, declared_type: str | None) -> list[str]:
        """Recognise, read and archive one document; runs in a reading thread. Returns the
        crawl stats to count (Scrapy's stats are counted on the event loop)."""
        counts: list[str] = []
        extra = record.extra
        digest = sha256(body) if body is not None else ""
        if body is not None:
            try:
                record.media_type = sniff(body, record.location.rsplit("/", 1)[-1].split("#")[0])
            except ParseError as exc:
                record.status, record.reason = "failed", str(exc)
            declared = declared_format(declared_type)
            if declared and record.media_type not in ("unknown", declared) and declared != "json":
                extra["mislabelled"] = f"served as {declared_type}, content is {record.media_type}"
                counts.append("foi/mislabelled")
        if body is not None and record.status == "ok":
            name = record.location.split("#")[0].rsplit("/", 1)[-1]
            verdict = self.read(body, name, digest)
            if verdict.limit and verdict.final:  # over a limit: failed, with the reason
                record.status, record.reason = "failed", verdict.error
                short = (verdict.error or "").split(" (")[0]
                counts.append(f"foi/failed/{short}")
                counts.append(f"foi/authority/{record.authority_code or 'unknown'}/failed")
            else:
                extra.update(self.count_answers(verdict, counts))
        key = (record.location, digest, record.status, record.reason)
        with self.known_lock:
            new = key not in self.known
            self.known.add(key)
        if not new:
            counts.append("foi/archived/unchanged")
            return counts
        self.archive.add(body, record)
        counts.append(f"foi/archived/{record.status}")
        return counts
