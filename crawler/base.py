"""What every platform spider shares: the campaign match, keeping a page with its
attachments, and recording every failure per document so the crawl goes on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure

from crawler.documents import document_text
from crawler.items import DocumentItem
from crawler.safety import SCHEMES, Refused, Site, site_of
from foi.campaigns.campaign import DEFAULT as DEFAULT_CAMPAIGN
from foi.campaigns.campaign import load_campaign
from foi.reference.registry import Registry
from foi.reference.sources import Source, load_sources
from parsers.dates import month_dates
from parsers.html import read_html
from parsers.model import ParseError


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def month_of(value: str | None) -> str | None:
    """YYYY-MM from an ISO timestamp or a date as councils write it ("10 November 2025")."""
    if not value:
        return None
    if re.match(r"\d{4}-\d\d", value):
        return value[:7]
    return next((d for d, _ in month_dates(value)), None)


MAX_FAILURES_LISTED = 500


class Shared(Protocol):
    """What the workers of a distributed crawl share (crawler/distributed.py)."""

    def first(self, what: str, key: str) -> bool: ...

    def seen(self, what: str, key: str) -> bool: ...


def failure_reason(failure: Failure) -> str:
    """One line a journalist can act on."""
    exc = failure.value
    if failure.check(Refused):
        return str(exc)  # already one line: "refused: redirect to another site (host)"
    if failure.check(HttpError):
        return f"HTTP {exc.response.status}"
    name = exc.__class__.__name__.lower()  # Scrapy 2.13+ wraps Twisted's errors in its own
    if failure.check(TimeoutError, TCPTimedOutError) or "timeout" in name:
        return "timed out"
    if failure.check(ConnectionRefusedError) or "connectionrefused" in name:
        return "connection refused (site down?)"
    if failure.check(DNSLookupError) or "dnslookup" in name:
        return "host not found"
    if "dataloss" in name:  # Scrapy's ResponseDataLossError: fewer bytes than Content-Length
        return "truncated: the connection closed before the whole body came (Content-Length)"
    if failure.check(IgnoreRequest):
        msg = str(exc) or "ignored"
        if "robots" in msg.lower():
            return "forbidden by robots.txt"
        if "redirect" in msg.lower():
            return "redirect loop (max redirections reached)"
        return msg
    text = str(exc)
    if "maxsize" in text.lower() or "larger than download max size" in text.lower():
        return "larger than the download size limit"
    return f"{exc.__class__.__name__}: {text}"[:200]


class FoiSpider(scrapy.Spider):
    """Subclasses set `platform` and yield requests through `detail()` and `attachment()`."""

    platform = ""

    def __init__(
        self,
        sources: str | None = None,
        campaign: str = DEFAULT_CAMPAIGN,
        only: str | None = None,
        *args: Any,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.campaign = load_campaign(campaign)
        self.registry = Registry.load()
        self.only = {c.strip() for c in only.split(",")} if only else None
        all_sources = load_sources(Path(sources) if sources else None, self.registry)
        self.sources = [
            s
            for s in all_sources
            if s.platform == self.platform
            and (self.only is None or s.authority_code is None or s.authority_code in self.only)
        ]
        self.kept_pages: set[str] = set()
        self.requested: set[str] = set()
        # A distributed crawl's shared record of what its workers followed and kept.
        self.shared: Shared | None = None

    def site(self, source: Source) -> Site:
        """Put in each start request's meta ("foi_site"); its links and redirects inherit it."""
        return site_of(source)

    def http_link(self, response: Response, url: str, meta: dict[str, Any]) -> str | None:
        """The link made absolute if it is http(s); any other scheme (file:, data:, ftp:,
        javascript:, mailto:) is refused here, counted, and never requested."""
        absolute = response.urljoin(url)
        if urlparse(absolute).scheme.lower() in SCHEMES:
            return absolute
        code = meta.get("foi", {}).get("authority_code")
        self.count("rejected", code, "not an http(s) link")
        self.logger.info("not following %.200r on %s: not an http(s) link", url, response.url)
        return None

    def follow(
        self, response: Response, url: str, callback: Any, meta: dict[str, Any]
    ) -> Iterator[scrapy.Request]:
        """Follow a link to a document (a disclosure's page, an attachment) once. Our own
        de-duplication, so that the scheduler's does not silently swallow a redirect loop (it
        must reach the errback and be recorded). A document is asked again only when its HTTP
        freshness has run out (crawler/freshness.py)."""
        absolute = self.http_link(response, url, meta)
        if absolute is None or not self.first_request(absolute):
            return
        # The document followed from a listing that this one comes under (itself, if it was
        # followed from a listing): what a re-crawl passes over whole (crawler/unchanged.py).
        if response.meta.get("foi_document"):
            root = response.meta.get("foi", {}).get("root")
        else:
            root = absolute
        meta = {**meta, "foi": {**meta.get("foi", {}), "root": root}, "foi_document": True}
        yield scrapy.Request(absolute, callback, errback=self.failed, meta=meta, dont_filter=True)

    def first_request(self, url: str) -> bool:
        """True the first time a document's URL is followed in this crawl."""
        return self.first_time("requested", url, self.requested)

    def first_keep(self, url: str) -> bool:
        """True the first time a page is kept in this crawl."""
        return self.first_time("kept", url, self.kept_pages)

    def first_time(self, what: str, key: str, local: set[str]) -> bool:
        """True the first time `key` is seen under `what` in this crawl: in this process, or
        among all the workers of a distributed crawl (crawler/distributed.py)."""
        if self.shared is not None:
            return self.shared.first(what, key)
        if key in local:
            return False
        local.add(key)
        return True

    def seen_before(self, what: str, key: str, local: set[str]) -> bool:
        """Whether `key` is already seen under `what`, without marking it."""
        return self.shared.seen(what, key) if self.shared is not None else key in local

    def link(
        self, response: Response, url: str, callback: Any, meta: dict[str, Any]
    ) -> Iterator[scrapy.Request]:
        """response.follow for an http(s) link (the scheduler de-duplicates)."""
        absolute = self.http_link(response, url, meta)
        if absolute is not None:
            yield response.follow(absolute, callback, errback=self.failed, meta=meta)

    # -- bookkeeping ---------------------------------------------------------------------

    def count(
        self, what: str, code: str | None, reason: str | None = None, root: str | None = None
    ) -> None:
        """Counted in the stats; with `root` (the document the count is under, meta "root"),
        also in the record a re-crawl counts again (crawler/unchanged.py)."""
        keys = [f"foi/{what}", f"foi/authority/{code or 'unknown'}/{what}"]
        if reason:
            keys.append(f"foi/{what}/{reason}")
        for key in keys:
            self.crawler.stats.inc_value(key)
        if root and (unchanged := getattr(self, "unchanged", None)) is not None:
            unchanged.counted(root, keys)

    def item(self, response: Response | None, meta: dict[str, Any], **given: Any) -> DocumentItem:
        """The document fetched as `response` (None: failed, with status and reason given),
        described by the request's `meta`; `given` sets fields directly (url, body...)."""
        fields: dict[str, Any] = {
            "url": response.url if response is not None else meta["url"],
            "body": response.body if response is not None else None,
            "http_status": response.status if response is not None else None,
            "declared_type": (response.headers.get("Content-Type") or b"").decode("latin-1")
            if response is not None
            else None,
            "platform": self.platform,
            "authority_code": meta.get("authority_code"),
            "reference": meta.get("reference"),
            "title": meta.get("title"),
            "received": meta.get("received"),
            "published": meta.get("published"),
            "parent": meta.get("parent"),
            "kind": meta.get("kind", "page"),
            "retrieved_at": now(),
            "root": meta.get("root"),
        }
        return DocumentItem(**{**fields, **given})

    def failed(self, failure: Failure) -> Iterator[DocumentItem]:
        request = failure.request
        meta = dict(request.meta.get("foi", {}))
        # A redirect chain is recorded under the URL we were sent to first.
        meta["url"] = (request.meta.get("redirect_urls") or [request.url])[0]
        reason = failure_reason(failure)
        self.count("failed", meta.get("authority_code"), reason.split(" (")[0], meta.get("root"))
        # What failed this run, for cron mode's list (the manifest records a failure once).
        failures = self.crawler.stats.get_value("foi/failures") or []
        if len(failures) < MAX_FAILURES_LISTED:
            failures.append((meta["url"], meta.get("authority_code"), reason))
            self.crawler.stats.set_value("foi/failures", failures)
        if reason.startswith(("connection refused", "host not found")):
            # The monitor names the sites that could not be reached, not only how many.
            host = urlsplit(meta["url"]).netloc or meta["url"]
            self.crawler.stats.set_value(f"foi/unreachable/{host}", reason.split(" (")[0])
        yield self.item(None, meta, status="failed", reason=reason)

    # -- the campaign match ----------------------------------------------------------------

    def page_text(
        self, response: Response, content_selector: str | None = None
    ) -> tuple[str, list[str]]:
        """The main text of a page and its links (the attachments are found separately)."""
        try:
            doc = read_html(
                response.body, base_url=response.url, content_selector=content_selector or None
            )
        except ParseError:
            return "", []
        return "\n".join(b.text for b in doc.blocks), doc.links

    def matches(self, text: str) -> bool:
        return self.campaign.match(text)[0]

    def file_matches(self, response: Response, code: str | None, what: str) -> bool | None:
        """Does a file (a PDF, a Word document, a spreadsheet) answer the request? None where
        it cannot be read: rejected as "unreadable <what>", counted and logged."""
        try:
            text = document_text(response.body, response.url.rsplit("/", 1)[-1])
        except ParseError as exc:
            root = response.meta.get("foi", {}).get("root")
            self.count("rejected", code, f"unreadable {what}", root)
            self.logger.info("%s %s unreadable: %s", what, response.url, exc)
            return None
        return self.matches(text)

    def outside_window(self, meta: dict[str, Any]) -> bool:
        """A response dated outside the campaign's window answers some earlier request."""
        start, end = self.campaign.window_start[:7], self.campaign.window_end[:7]
        for value in (meta.get("published"), meta.get("received")):
            month = month_of(value)
            if month and start and end:
                return not (start <= month <= end)
        return False

    def decide(
        self,
        response: Response,
        meta: dict[str, Any],
        text: str,
        attachments: list[str],
    ) -> Iterator[Any]:
        """Keep a matching page with all its attachments; for a page that does not match,
        look in its attachments; reject the rest with a reason."""
        code, root = meta.get("authority_code"), meta.get("root")
        self.count("found", code, root=root)
        child = {**meta, "parent": response.url, "kind": "attachment"}
        if self.outside_window(meta):
            self.count("rejected", code, "outside the date window", root)
            return
        if self.matches(text):
            self.count("kept", code, root=root)
            self.first_keep(response.url)
            yield self.item(response, meta)
            for url in attachments:
                meta_child = {"foi": {**child, "keep": True, "page": None}}
                yield from self.follow(response, url, self.attachment, meta_child)
        elif attachments:
            page = self.item(response, meta)
            for url in attachments:
                meta_child = {"foi": {**child, "keep": False, "page": page}}
                yield from self.follow(response, url, self.attachment, meta_child)
        else:
            self.count("rejected", code, "no campaign match", root)

    def attachment(self, response: Response) -> Iterator[Any]:
        meta = response.meta["foi"]
        code, root = meta.get("authority_code"), meta.get("root")
        if meta.get("keep"):
            yield self.item(response, meta)
            return
        matched = self.file_matches(response, code, "attachment")
        if matched is None:
            return
        if matched:
            page = meta["page"]
            if page is not None and self.first_keep(page.url):
                self.count("kept", code, root=root)
                yield page
            yield self.item(response, meta)
        else:
            self.count("rejected", code, "no campaign match", root)

    def authority_for(self, source: Source) -> str | None:
        return source.authority_code
