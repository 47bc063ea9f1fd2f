"""Any council's own disclosure log from its address alone (platform `log`).

From the log's page: its own search, if it has one (crawler/sitesearch.py), asked for the
campaign's search terms; else the listing (crawler/listing.py) walked page by page
(crawler/pagination.py), skipping items dated before the campaign's window and stopping at
a page of them; else the site's sitemap (crawler/sitemaps.py). Each item's page is read with
its dates, reference and attachments (crawler/pagefacts.py); an item that is itself a file
(a monthly list of PDFs and spreadsheets) is read as a document. A sources row's selectors,
where given, replace what is found: link_selector the items, next_selector the pager,
content_selector the text, attachment_selector the files; a url with {query} is the search.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.base import FoiSpider
from crawler.dom import absolute
from crawler.listing import Listing, Pattern, entries_for, find_listing, url_shape
from crawler.pagefacts import attachments, page_facts
from crawler.pagination import next_page
from crawler.sitemaps import sitemap_links
from crawler.sitesearch import fill, find_search
from foi.reference.sources import Source
from parsers.detect import sniff
from parsers.model import ParseError

CARRIED = ("foi", "source", "foi_site", "pattern", "log_url", "climbed_from")
ITEM_SEGMENT = re.compile(r"\d|(?:[-_][^-_/]+){3,}")  # 15592328, foi-123, a-long-item-title
MAX_SITEMAP_DEPTH = 2  # an index of sitemaps, then the sitemaps
MIN_SUBLISTING = 3
LISTING_SHARE = 0.4  # of a page's text in its list's titles: a list, not a letter
NO_LISTING = "no listing found (no repeated links, search form or sitemap)"


def carry(meta: dict[str, Any], **more: Any) -> dict[str, Any]:
    """What a follow-up request inherits from the response it comes from."""
    return {**{k: meta[k] for k in CARRIED if k in meta}, **more}


def item_parent(url: str) -> str | None:
    """The page above an address that looks like one disclosure's, else None."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or not ITEM_SEGMENT.search(segments[-1]):
        return None
    return urlunsplit(parts._replace(path="/" + "/".join(segments[:-1]), query="", fragment=""))


def is_page(response: Response) -> bool:
    if not isinstance(response, TextResponse):
        return False
    try:
        return sniff(response.body, response.url.rsplit("/", 1)[-1]) == "html"
    except ParseError:
        return False


class LogSpider(FoiSpider):
    name = "log"
    platform = "log"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            meta = {
                "foi": {"authority_code": source.authority_code, "source": source.row},
                "source": source,
                "foi_site": self.site(source),
            }
            if source.link_selector and "{query}" in source.url:
                # A hand-written row: its own search URL and selectors, nothing to learn.
                for request in self.searches(source.url, meta, Listing(None, []), None):
                    yield request
                continue
            yield self.page(source.url.replace("{query}", ""), self.log_page, meta)

    # -- requests (plain HTTP here; the icasework spider renders pages in a browser) ----------

    def render(self, url: str) -> dict[str, Any]:
        return {}

    def page(
        self, url: str, callback: Any, meta: dict[str, Any], errback: Any = None
    ) -> scrapy.Request:
        return scrapy.Request(
            url, callback, errback=errback or self.failed, meta={**meta, **self.render(url)}
        )

    def terms(self) -> list[str]:
        return self.campaign.search_terms[: self.settings.getint("FOI_LOG_SEARCH_TERMS", 3)]

    # -- the log's page: search it, walk it, or read the sitemap ------------------------------

    def log_page(self, response: Response) -> Iterator[Any]:
        listing = self.listing(response, None)
        given = response.meta.get("climbed_from")
        if given and (listing.pattern is None or listing.pattern.shape != url_shape(given)):
            listing = Listing(None, [])  # the page above is not the list the item belongs to
        search = self.search_of(response) if listing.entries or not given else None
        if search:
            yield from self.searches(search, response.meta, listing, response)
        elif listing.entries:
            yield from self.walk(response, listing)
        elif not given and (parent := item_parent(response.url)):
            # Given one disclosure's address (a log's item): its list is usually the page above.
            more = carry(response.meta, climbed_from=response.url)
            yield self.page(parent, self.log_page, more, errback=self.climb_failed)
        else:
            yield self.sitemap_request(response.meta, given or response.url)

    def climb_failed(self, failure: Failure) -> Iterator[Any]:
        meta = failure.request.meta
        yield self.sitemap_request(meta, meta["climbed_from"])

    def sitemap_request(self, meta: dict[str, Any], log_url: str) -> scrapy.Request:
        more = carry(meta, log_url=log_url, depth=0)
        sitemap = urljoin(log_url, "/sitemap.xml")
        return self.page(sitemap, self.sitemap, more, errback=self.sitemap_failed)

    def search_of(self, response: Response) -> str | None:
        source: Source = response.meta["source"]
        if "{query}" in source.url:
            return source.url
        if source.link_selector or not isinstance(response, TextResponse):
            return None  # the override names its search in its url, or has none
        found = find_search(response.selector.root, response.url)
        if found:
            self.crawler.stats.inc_value(f"foi/search/{found.how}")
        return found.template if found else None

    def searches(
        self,
        template: str,
        meta: dict[str, Any],
        listing: Listing,
        log: Response | None,
    ) -> Iterator[scrapy.Request]:
        terms = self.terms()
        state = {"total": len(terms), "failed": 0, "log": log, "listing": listing}
        for term in terms:
            more = carry(meta, pattern=listing.pattern, search=state)
            yield self.page(fill(template, term), self.results, more, errback=self.search_failed)

    def results(self, response: Response) -> Iterator[Any]:
        yield from self.walk(response, self.listing(response, response.meta.get("pattern")))

    def search_failed(self, failure: Failure) -> Iterator[Any]:
        """A search that does not answer: when every term has failed, walk the log instead."""
        state = failure.request.meta["search"]
        state["failed"] += 1
        self.crawler.stats.inc_value("foi/search/failed")
        self.logger.info("search %s failed: %s", failure.request.url, failure.value)
        if state["failed"] < state["total"]:
            return
        log: Response | None = state["log"]
        if log is None:
            yield from self.failed(failure)
        elif state["listing"].entries:
            yield from self.walk(log, state["listing"])
        else:
            yield from self.no_listing(log.meta, log.url)

    # -- a listing page: its items, then the next page ---------------------------------------

    def listing(self, response: Response, pattern: Pattern | None) -> Listing:
        if not isinstance(response, TextResponse):
            return Listing(pattern, [])
        source: Source = response.meta["source"]
        if source.link_selector:
            chosen = [s.root for s in response.css(source.link_selector)]
            return Listing(None, entries_for(chosen, response.url))
        return find_listing(response.selector.root, response.url, pattern)

    def listing_page(self, response: Response) -> Iterator[Any]:
        yield from self.walk(response, self.listing(response, response.meta.get("pattern")))

    def walk(
        self, response: Response, listing: Listing, base: dict[str, Any] | None = None
    ) -> Iterator[Any]:
        base = base or response.meta["foi"]
        code = base.get("authority_code")
        fresh = 0
        for entry in listing.entries:
            if self.seen_before("requested", entry.url, self.requested):
                continue
            fresh += 1
            meta = {
                **base,
                "kind": "page",
                "title": entry.title,
                "published": entry.published or base.get("published"),
                "reference": entry.reference,
                "listed_on": response.url,
                "listed_attachments": list(entry.attachments),
            }
            if self.outside_window(meta):
                # Dated before the request was sent: an answer to an earlier one; not fetched.
                self.first_request(entry.url)
                self.count("found", code)
                self.count("rejected", code, "outside the date window")
                continue
            more = {"foi": meta, "source": response.meta["source"], **self.render(entry.url)}
            yield from self.follow(response, entry.url, self.item_page, more)
        if not fresh:
            return  # nothing new: the pager has gone round, or the search repeats itself
        if self.past_window(listing):
            self.crawler.stats.inc_value("foi/skipped/listing pages before the window")
            return
        if nxt := self.next_of(response):
            more = carry(response.meta, pattern=listing.pattern, foi=base)
            yield self.page(nxt, self.listing_page, more)

    def past_window(self, listing: Listing) -> bool:
        """Every item dated before the window, newest first: the later pages are older still."""
        months = [e.month for e in listing.entries]
        start = self.campaign.window_start[:7]
        if not start or not months or None in months:
            return False
        return all(m < start for m in months) and months == sorted(months, reverse=True)  # type: ignore[operator, type-var]

    def next_of(self, response: Response) -> str | None:
        source: Source = response.meta["source"]
        if source.next_selector:
            href = response.css(source.next_selector).xpath("@href").get()
            return absolute(href, response.url)
        if source.link_selector:
            return None
        return next_page(response.selector.root, response.url)

    # -- an item: its page (dates, reference, attachments), or a file listed directly ---------

    def item_page(self, response: Response) -> Iterator[Any]:
        meta = dict(response.meta["foi"])
        if not is_page(response):
            yield from self.document(response, meta)
            return
        source: Source = response.meta["source"]
        root = response.selector.root
        heading = response.xpath("normalize-space(//h1)").get("")
        meta.update(page_facts(root), title=heading or meta.get("title"))
        listed = meta.pop("listed_attachments", [])
        meta.pop("listed_on", None)
        text, _ = self.page_text(response, source.content_selector)
        if source.attachment_selector:
            found = response.css(source.attachment_selector).xpath("@href").getall()
        else:
            found = attachments(root, response.url)
        if sub := self.sublisting(response, meta, text):
            # A month's, a year's or a topic's page of the log: its items, one level down.
            self.crawler.stats.inc_value("foi/sublistings")
            base = {k: meta[k] for k in ("authority_code", "source", "published") if k in meta}
            yield from self.walk(response, sub, {**base, "level": 1})
            return
        yield from self.decide(response, meta, text, list(dict.fromkeys(found + listed)))

    def sublisting(self, response: Response, meta: dict[str, Any], text: str) -> Listing | None:
        """The page's own list of disclosures, if the page is mostly that list (a reply with a
        few related links is not); never below one level, nor with a row's selectors."""
        if meta.get("level") or response.meta["source"].link_selector:
            return None
        listing = find_listing(response.selector.root, response.url)
        if listing.pattern is None or listing.pattern.shape == url_shape(response.url):
            return None
        titles = sum(len(e.title) for e in listing.entries)
        if len(listing.entries) < MIN_SUBLISTING or titles < LISTING_SHARE * len(text):
            return None
        return listing

    def document(self, response: Response, meta: dict[str, Any]) -> Iterator[Any]:
        """A disclosure published as a file (PDF, Word, spreadsheet) straight from the list."""
        code, root = meta.get("authority_code"), meta.get("root")
        self.count("found", code, root=root)
        if self.outside_window(meta):
            self.count("rejected", code, "outside the date window", root)
            return
        matched = self.file_matches(response, code, "document")
        if matched is None:
            return
        if not matched:
            self.count("rejected", code, "no campaign match", root)
            return
        self.count("kept", code, root=root)
        yield self.item(response, {**meta, "kind": "attachment", "parent": meta.get("listed_on")})

    # -- the sitemap, when the page shows no listing -----------------------------------------

    def sitemap(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        found = sitemap_links(
            response.body,
            meta["log_url"],
            self.campaign.window_start[:7],
            self.settings.getint("DOWNLOAD_MAXSIZE"),
        )
        if found.older:
            self.crawler.stats.inc_value(
                "foi/skipped/sitemap entries before the window", found.older
            )
        if meta["depth"] < MAX_SITEMAP_DEPTH:
            for child in found.sitemaps:
                more = carry(meta, depth=meta["depth"] + 1)
                yield self.page(child, self.sitemap, more, errback=self.sitemap_failed)
        for url in found.pages:
            more = {"foi": {**meta["foi"], "kind": "page"}, "source": meta["source"]}
            yield from self.follow(response, url, self.item_page, {**more, **self.render(url)})
        if meta["depth"] == 0 and not found.pages and not found.sitemaps:
            yield from self.no_listing(meta, meta["log_url"])

    def sitemap_failed(self, failure: Failure) -> Iterator[Any]:
        meta = failure.request.meta
        if meta.get("depth") == 0:
            yield from self.no_listing(meta, meta["log_url"])

    def no_listing(self, meta: dict[str, Any], url: str) -> Iterator[Any]:
        """Recorded against the log, so `foi status` and the monitors say so."""
        code = meta["foi"].get("authority_code")
        self.count("failed", code, "no listing found")
        yield self.item(None, {**meta["foi"], "url": url}, status="failed", reason=NO_LISTING)
