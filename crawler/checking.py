"""Spiders for `foi sources check` and `foi sources discover` (foi/reference/sources_check.py runs them
and reports). They fetch a few pages per row, politely and through the same safety checks
as every crawl (crawler/safety.py), and archive nothing.

check: the log's first page (reachable, moved, forbidden by robots.txt), the items the
listing finder sees there and a sample of their titles, the next page (does pagination
bring new items), and the log's search asked for the campaign's first term.
discover: from a council's FOI page or home page, the link to its disclosure log (one hop to
the FOI page when the home page has none), then the log's first page to confirm a listing.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote_plus, urlencode, urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from crawler import browser
from crawler.base import failure_reason
from crawler.discovery import Candidate, foi_links, log_links, platform_for
from crawler.listing import Listing, entries_for, find_listing
from crawler.pagination import next_page
from crawler.safety import Site, host_twins, is_loopback_host, site_of
from crawler.sitesearch import fill, find_search
from foi.reference.sources import DATASET_ID, Source

SAMPLE = 5
QUIET = {
    "ITEM_PIPELINES": {},
    "HTTPCACHE_ENABLED": False,
    "SPIDERMON_ENABLED": False,
    "EXTENSIONS": {"spidermon.contrib.scrapy.extensions.Spidermon": None},
}


def _moved(asked: str, got: str) -> bool:
    """A different log, not just https or a trailing slash."""
    a, b = urlsplit(asked), urlsplit(got)
    host_a = (a.hostname or "").removeprefix("www.")
    host_b = (b.hostname or "").removeprefix("www.")
    return (host_a, a.path.rstrip("/"), a.query) != (host_b, b.path.rstrip("/"), b.query)


@dataclass
class Report:
    """What `foi sources check` found for one row."""

    source: Source
    status: int | None = None
    error: str | None = None
    moved_to: str | None = None
    items: int = 0
    titles: list[str] = field(default_factory=list)
    pagination: str = "no next page found"
    search: str = "no search found"
    note: str = ""

    def verdict(self) -> tuple[str, str]:
        """(verdict, detail) for the sources file's `verified` column."""
        if self.error and "robots.txt" in self.error:
            return "forbidden by robots.txt", ""
        if self.error and "redirect to another site" in self.error:
            return "moved", self.error
        if self.error:
            return "unreachable", self.error
        if self.moved_to:
            return "moved", f"now at {self.moved_to}"
        if not self.items:
            return "no listing found", self.note
        return "ok", ""


class CheckSpider(scrapy.Spider):
    name = "sources_check"
    custom_settings = QUIET

    def __init__(self, sources: list[Source], terms: list[str], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.reports = {s.row: Report(s) for s in sources}
        self.term = terms[0] if terms else "freedom of information"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for report in self.reports.values():
            source = report.source
            meta = {"report": report, "foi_site": site_of(source)}
            url = self.first_page(source)
            callback = self.json_page if source.platform in ("alaveteli", "socrata") else self.page
            meta.update(self.render(source))
            yield scrapy.Request(url, callback, errback=self.unreachable, meta=meta)

    def render(self, source: Source) -> dict[str, Any]:
        """Request meta for a page of this row (plain HTTP here; see BrowserCheckSpider)."""
        return {}

    def first_page(self, source: Source) -> str:
        base = source.url.rstrip("/")
        parts = urlsplit(source.url)
        if source.platform == "alaveteli":
            return f"{base}/feed/search/{quote_plus(self.term)}.json"
        if source.platform == "socrata":
            dataset = DATASET_ID.search(parts.path).group(1)  # type: ignore[union-attr]
            query = urlencode({"$limit": 20, "$q": self.term})
            return f"{parts.scheme}://{parts.netloc}/resource/{dataset}.json?{query}"
        if source.platform == "disclosurelog":
            return f"{base}/disclosures"
        return source.url.replace("{query}", "")

    def unreachable(self, failure: Failure) -> None:
        report: Report = failure.request.meta["report"]
        report.error = failure_reason(failure)

    def listing(self, response: Response, pattern: Any = None) -> Listing:
        source: Source = response.meta["report"].source
        if not isinstance(response, TextResponse):
            return Listing(None, [])
        if source.link_selector:
            chosen = [s.root for s in response.css(source.link_selector)]
            return Listing(None, entries_for(chosen, response.url))
        return find_listing(response.selector.root, response.url, pattern)

    def page(self, response: Response) -> Iterator[scrapy.Request]:
        report: Report = response.meta["report"]
        report.status = response.status
        first = (response.meta.get("redirect_urls") or [response.url])[0]
        if _moved(first, response.url):
            report.moved_to = response.url
        listing = self.listing(response)
        report.items = len(listing.entries)
        report.titles = [e.title for e in listing.entries[:SAMPLE]]
        if report.source.platform == "icasework" and not listing.entries:
            report.note = "a JavaScript portal: is /usr/bin/chromium installed?"
        meta = {**{k: response.meta[k] for k in ("report", "foi_site")}, "pattern": listing.pattern}
        meta.update(self.render(report.source))
        seen = {e.url for e in listing.entries}
        nxt = next_page(response.selector.root, response.url) if listing.entries else None
        if nxt:
            more = {**meta, "seen": seen, "what": "pagination"}
            yield scrapy.Request(nxt, self.second_page, errback=self.part_failed, meta=more)
        source = report.source
        template = source.url if "{query}" in source.url else None
        if template is None and isinstance(response, TextResponse):
            found = find_search(response.selector.root, response.url)
            template = found.template if found else None
        if template:
            more = {**meta, "what": "search"}
            url = fill(template, self.term)
            yield scrapy.Request(url, self.search_page, errback=self.part_failed, meta=more)

    def second_page(self, response: Response) -> None:
        report: Report = response.meta["report"]
        fresh = [e for e in self.listing(response, response.meta["pattern"]).entries]
        fresh = [e for e in fresh if e.url not in response.meta["seen"]]
        report.pagination = (
            f"works ({len(fresh)} more items on the next page)"
            if fresh
            else "the next page shows no new items"
        )

    def search_page(self, response: Response) -> None:
        report: Report = response.meta["report"]
        found = self.listing(response, response.meta["pattern"]).entries
        report.search = f"works ({len(found)} results for {self.term!r})"

    def part_failed(self, failure: Failure) -> None:
        report: Report = failure.request.meta["report"]
        what = failure.request.meta["what"]
        setattr(report, what, f"fails ({failure_reason(failure)})")

    def json_page(self, response: Response) -> None:
        """Alaveteli's search feed or a Socrata query: items are its records."""
        report: Report = response.meta["report"]
        report.status = response.status
        try:
            data = json.loads(response.text)
        except (ValueError, AttributeError):
            report.note = "the API did not answer in JSON"
            return
        rows = data if isinstance(data, list) else []
        report.items = len(rows)
        report.search = f"works ({len(rows)} results for {self.term!r})"
        report.pagination = "by the API's paging"
        for row in rows[:SAMPLE]:
            if isinstance(row, dict):
                inner = row.get("info_request") or row
                title = inner.get("title") or next(
                    (str(v) for k, v in inner.items() if "title" in k or "subject" in k), ""
                )
                report.titles.append(str(title)[:120])
        if not rows:
            report.note = f"no records for {self.term!r}"


class BrowserCheckSpider(CheckSpider):
    """The check when a row is a JavaScript portal (icasework): its pages are rendered in
    Debian's Chromium as the crawl renders them (crawler/browser.py); other rows stay HTTP."""

    name = "sources_check_browser"

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        browser.configure(settings)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        browser.SITES[:] = [
            site_of(r.source) for r in self.reports.values() if r.source.platform == "icasework"
        ]
        async for request in super().start():
            yield request

    def render(self, source: Source) -> dict[str, Any]:
        if source.platform != "icasework":
            return {}
        from scrapy_playwright.page import PageMethod

        return {"playwright": True, "playwright_page_methods": [PageMethod(browser.settle)]}


@dataclass
class Discovery:
    """What `foi sources discover` found."""

    start: str
    error: str | None = None
    pages: list[str] = field(default_factory=list)  # looked at, in order
    candidates: list[Candidate] = field(default_factory=list)
    logs: dict[str, tuple[int, list[str]]] = field(default_factory=dict)  # url: items, titles
    titles: list[str] = field(default_factory=list)  # of the pages looked at (for the council)

    def best(self) -> tuple[str, str] | None:
        """(url, platform) of the likeliest log: most items, then the best-scored link."""
        if not self.candidates:
            return None
        order = {c.url: i for i, c in enumerate(self.candidates)}
        ranked = sorted(self.logs.items(), key=lambda kv: (-kv[1][0], order.get(kv[0], 99)))
        url = ranked[0][0] if ranked and ranked[0][1][0] else self.candidates[0].url
        return url, platform_for(url)


class DiscoverSpider(scrapy.Spider):
    name = "sources_discover"
    custom_settings = QUIET
    max_hops = 2  # the home page, then the FOI page
    tried = 2  # candidate logs fetched to confirm

    def __init__(self, url: str, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.found = Discovery(url)
        # Loopback only if the page we were given is on loopback (the tests): a public page's
        # link to 127.0.0.1 must not reach this machine.
        self.local = is_loopback_host(urlsplit(url).hostname or "")

    def site(self, url: str) -> Site:
        host = urlsplit(url).hostname or ""
        return Site(f"host {host}", frozenset(host_twins(host)), self.local)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        meta = {"foi_site": self.site(self.found.start), "hop": 0}
        yield scrapy.Request(self.found.start, self.page, errback=self.unreachable, meta=meta)

    def unreachable(self, failure: Failure) -> None:
        if failure.request.meta.get("hop") == 0:
            self.found.error = failure_reason(failure)

    def page(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        self.found.pages.append(response.url)
        self.found.titles.append(response.xpath("normalize-space(//title)").get(""))
        root = response.selector.root
        if platform_for(response.url) != "log" or find_listing(root, response.url).entries:
            self.found.candidates.append(Candidate(response.url, "the page itself", 99))
            yield from self.confirm(response.url)
            return
        candidates = log_links(root, response.url)
        if candidates:
            self.found.candidates.extend(candidates)
            for c in candidates[: self.tried]:
                yield from self.confirm(c.url)
            return
        hop = response.meta["hop"] + 1
        if hop < self.max_hops:
            for c in foi_links(root, response.url)[:1]:
                meta = {"foi_site": self.site(c.url), "hop": hop}
                yield scrapy.Request(c.url, self.page, errback=self.unreachable, meta=meta)

    def confirm(self, url: str) -> Iterator[scrapy.Request]:
        meta = {"foi_site": self.site(url), "hop": -1}
        yield scrapy.Request(url, self.log, errback=self.unreachable, meta=meta, dont_filter=True)

    def log(self, response: Response) -> None:
        listing = Listing(None, [])
        if isinstance(response, TextResponse):
            listing = find_listing(response.selector.root, response.url)
        asked = (response.meta.get("redirect_urls") or [response.url])[0]
        self.found.logs[asked] = (len(listing.entries), [e.title for e in listing.entries[:SAMPLE]])
