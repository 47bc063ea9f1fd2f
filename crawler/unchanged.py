"""What a re-crawl need not do again (issue 14): a document the last crawl followed from a
listing, with everything under it (its attachments), is not even requested while every
part of it is still fresh in HTTP's own terms (crawler/freshness.py) and was decided on with
the same code, campaign, parsers and sources row. Its counts from that crawl (found, kept,
rejected, archived, parsed, coverage per question) are counted again, so the monitors and
the per-authority summary read as if it had been fetched from the cache and decided again;
`foi/unchanged` says how many such documents were passed over.

Why: a fresh document is never asked of its server anyway (it comes from the HTTP cache),
but handing it through Scrapy's middlewares, the spider's reading of the page and the
pipelines costs as much CPU as fetching it, and a nightly re-crawl is mostly that.

A document is passed over only when all of these hold; otherwise it goes through the crawl
as before:
- the last crawl of this spider finished normally, and recorded it with nothing failed,
  dropped (an item that broke its schema), unread (no reader could start) or unanswered
  under it;
- the same key: the project's crawler code, the parse cache's version (parsers, campaign,
  reading limits), the spider, the URL and what the listing said of it (the sources row,
  its title and date);
- every response under it still fresh now (Cache-Control max-age, Expires, or a tenth of
  its age since Last-Modified; at most FOI_RECHECK_DAYS), and every document it archived
  still in the raw archive.

The record is DATA_DIR/state/unchanged/<campaign>-<spider>.json, written whole at the end of
a crawl that finished; deleting DATA_DIR/state gives a full crawl. A crawl shared by several
workers (crawler/distributed.py) neither reads nor writes it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from time import time
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Response

from crawler.freshness import RECHECK_SECONDS
from foi.archive.atomic import atomic_write_bytes
from foi.archive.datadir import DataDir, root_from
from foi.archive.store import Archive

logger = logging.getLogger(__name__)
FORMAT = 1
# Counts under a document that keep its record from being kept: a failure, or a document
# no reader could read this time (crawler/pipelines.py).
SPOILS = ("foi/failed", "foi/unread")
ARCHIVED = "foi/archived/"
_CRAWLER = Path(__file__).resolve().parent


def code_version() -> str:
    """A hash of the crawler's own code (what decides what a page comes to)."""
    h = hashlib.sha256(f"format {FORMAT}\nscrapy {metadata.version('scrapy')}\n".encode())
    for path in sorted(_CRAWLER.rglob("*.py")):
        h.update(f"\n{path.relative_to(_CRAWLER)}\n".encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def freshness(policy: RFC2616Policy, response: Response) -> tuple[float, float]:
    """When `response` was made (its Date less its Age) and when its server's own freshness
    runs out (Cache-Control max-age, Expires, or a tenth of its age since Last-Modified), as
    Scrapy's RFC2616Policy reckons them for the HTTP cache; (0, 0) where it is asked again
    every time (no-cache, no-store, not a 200)."""
    cc = policy._parse_cachecontrol(response)
    if b"no-cache" in cc or b"no-store" in cc or response.status != 200:
        return 0.0, 0.0
    request = Request(response.url)
    now = time()
    born = now - policy._compute_current_age(response, request, now)
    return born, born + policy._compute_freshness_lifetime(response, request, now)


def _well_formed(entry: Any) -> bool:
    """An entry as save() writes it (anything else is left out: its document is decided)."""
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("key"), str)
        and all(isinstance(entry.get(k), int | float) for k in ("born", "expires"))
        and all(
            isinstance(entry.get(k), list) and all(isinstance(v, str) for v in entry[k])
            for k in ("counts", "urls", "shas")
        )
    )


@dataclass
class _Tree:
    """What one followed document, and everything under it, came to in this crawl."""

    key: str
    asked: set[str] = field(default_factory=set)
    answered: set[str] = field(default_factory=set)
    counts: list[str] = field(default_factory=list)
    shas: set[str] = field(default_factory=set)
    born: float = float("inf")  # the oldest response's birth (for the recheck cap)
    expires: float = float("inf")  # when the first of its responses stops being fresh
    spoiled: bool = False


class Unchanged:
    """The last crawl's record of each followed document (read at the start), and this
    crawl's (kept as it goes, written at the end)."""

    def __init__(self, path: Path, version: str, archive: Archive, cap: float):
        self.path, self.version, self.archive, self.cap = path, version, archive, cap
        self.last: dict[str, dict[str, Any]] = {}
        self.trees: dict[str, _Tree] = {}
        try:
            data = json.loads(path.read_text("utf-8"))
            if data.get("format") == FORMAT and isinstance(data.get("documents"), dict):
                self.last = {u: e for u, e in data["documents"].items() if _well_formed(e)}
        except (OSError, ValueError, AttributeError):
            pass  # none yet, or unreadable: every document goes through the crawl

    def key(self, spider: str, request: Request) -> str:
        """What decides what the document comes to, besides its bytes: the versions, the
        spider and its callback, the URL, what the listing said of it, its sources row."""
        said = {k: v for k, v in request.meta.get("foi", {}).items() if k != "root"}
        callback = getattr(request.callback, "__name__", "")
        source = request.meta.get("source")  # a Source: its selectors, among others
        what = [self.version, spider, callback, request.url, said, repr(source)]
        return hashlib.sha256(json.dumps(what, sort_keys=True, default=str).encode()).hexdigest()

    def passed_over(self, url: str, key: str) -> dict[str, Any] | None:
        """The last crawl's record of `url` if nothing about it needs doing again."""
        entry = self.last.get(url)
        if not entry or entry.get("key") != key or not self.fresh(entry):
            return None
        if not all(self.archive.path_for(sha).exists() for sha in entry.get("shas", [])):
            return None  # a raw file gone missing: fetch it again
        return entry

    def fresh(self, entry: dict[str, Any]) -> bool:
        until = min(float(entry.get("expires", 0)), float(entry.get("born", 0)) + self.cap)
        return time() < until

    def begin(self, root: str, key: str) -> None:
        self.trees[root] = _Tree(key)

    def asked(self, root: str, url: str) -> None:
        if tree := self.trees.get(root):
            tree.asked.add(url)

    def answered(self, root: str, url: str, born: float, expires: float) -> None:
        if tree := self.trees.get(root):
            tree.answered.add(url)
            tree.born, tree.expires = min(tree.born, born), min(tree.expires, expires)

    def counted(self, root: str | None, keys: Iterable[str]) -> None:
        if root and (tree := self.trees.get(root)):
            for k in keys:
                # Archived now; when counted again, it is in the archive already.
                tree.counts.append("foi/archived/unchanged" if k.startswith(ARCHIVED) else k)
                if k in SPOILS or k.startswith("foi/failed/") or k.endswith("/failed"):
                    tree.spoiled = True

    def archived(self, root: str | None, sha: str) -> None:
        if root and sha and (tree := self.trees.get(root)):
            tree.shas.add(sha)

    def spoil(self, root: str | None) -> None:
        if root and (tree := self.trees.get(root)):
            tree.spoiled = True

    def save(self) -> None:
        """This crawl's complete, fresh trees over the last crawl's record; atomic."""
        documents = {u: e for u, e in self.last.items() if self.fresh(e)}
        for root, tree in self.trees.items():
            documents.pop(root, None)
            if tree.spoiled or not tree.answered or tree.asked - tree.answered:
                continue
            entry = {"born": round(tree.born, 3), "expires": round(tree.expires, 3)}
            if not self.fresh(entry):
                continue
            documents[root] = {
                **entry,
                "key": tree.key,
                "urls": sorted(tree.asked),
                "counts": tree.counts,
                "shas": sorted(tree.shas),
            }
        data = json.dumps({"format": FORMAT, "documents": documents}, sort_keys=True)
        try:
            atomic_write_bytes(self.path, data.encode(), durable=False)
        except OSError as exc:  # only a slower next crawl
            logger.warning("could not record what this crawl decided (%s): %s", self.path, exc)


class UnchangedMiddleware:
    """Passes over what the last crawl decided and is still fresh (module docstring), and
    records this crawl's: a spider middleware, so it sees every document request the
    spiders make and every document response they are given."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.policy = RFC2616Policy(crawler.settings)
        self.memo: Unchanged | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        # An item dropped (it broke its schema) or failed in a pipeline: its document is
        # decided again next time, so the monitors see it again.
        crawler.signals.connect(self.item_lost, signal=signals.item_dropped)
        crawler.signals.connect(self.item_lost, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnchangedMiddleware:
        if not crawler.settings.getbool("HTTPCACHE_ENABLED"):
            raise NotConfigured("no HTTP cache: every document is fetched and decided")
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        if getattr(spider, "shared", None) is not None:
            return  # a distributed crawl: its workers share no record of this kind
        from foi.parse.parsecache import ParseCache

        root = root_from(spider.settings.get("FOI_DATA_DIR"))  # as the pipelines find it
        campaign = spider.campaign  # type: ignore[attr-defined]
        reading = ParseCache(root, campaign).dir.name  # parsers, campaign and limits
        data = DataDir(root)
        path = data.unchanged(campaign.id, spider.name)
        version = f"{code_version()}-{reading}"
        # FOI_RECHECK_DAYS as this crawl reads it, so a shorter recheck applies at once to
        # what an earlier crawl recorded (crawler/freshness.py).
        self.memo = Unchanged(path, version, Archive(root), float(max(0, RECHECK_SECONDS)))
        spider.unchanged = self.memo  # type: ignore[attr-defined]

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.memo is not None and reason == "finished":
            self.memo.save()

    def item_lost(self, item: Any) -> None:
        if self.memo is not None:
            self.memo.spoil(getattr(item, "root", None))

    def process_spider_input(self, response: Response) -> None:
        if self.memo is not None and response.meta.get("foi_document"):
            root = response.meta.get("foi", {}).get("root")
            if root:
                self.memo.answered(root, response.url, *freshness(self.policy, response))
                for url in response.meta.get("redirect_urls", []):
                    self.memo.answered(root, url, 0.0, 0.0)  # a redirect is asked again

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        async for out in result:
            if not (isinstance(out, Request) and self.take(response, out)):
                yield out

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        for out in result:
            if not (isinstance(out, Request) and self.take(response, out)):
                yield out

    def process_spider_exception(self, response: Response, exception: Exception) -> None:
        if self.memo is not None:  # what the spider did not finish is not recorded
            self.memo.spoil(response.meta.get("foi", {}).get("root"))

    def take(self, response: Response, request: Request) -> bool:
        """True if `request` is passed over (its counts counted again); else it is recorded."""
        if self.memo is None or getattr(self.crawler.spider, "shared", None) is not None:
            return False
        meta = request.meta.get("foi", {})
        root = meta.get("root") if request.meta.get("foi_document") else None
        if not root:
            # A listing's next page found under a document (a log's month page): the record
            # of that document would not cover what the page leads to.
            self.memo.spoil(response.meta.get("foi", {}).get("root"))
            return False
        if root == request.url:  # a document followed from a listing: a tree of its own
            spider = self.crawler.spider
            key = self.memo.key(spider.name, request)
            if (entry := self.memo.passed_over(request.url, key)) is not None:
                stats = self.crawler.stats
                for k in entry.get("counts", []):
                    stats.inc_value(k)
                stats.inc_value("foi/unchanged")
                for url in entry.get("urls", []):  # as if requested: no other page asks again
                    spider.requested.add(url)  # type: ignore[attr-defined]
                return True
            self.memo.begin(root, key)
        self.memo.asked(root, request.url)
        return False
