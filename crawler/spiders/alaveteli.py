"""Alaveteli sites (WhatDoTheyKnow and every other): the campaign's requests found through the
search feed's JSON twin and batch pages, each request's JSON for its public body, then the
request page for the authority's responses and their attachments."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote, urljoin, urlparse

import scrapy
from scrapy.http import Response

from crawler.base import FoiSpider
from crawler.items import DocumentItem

MAX_FEED_PAGES = 20


def created_at(events: list[dict[str, Any]]) -> str | None:
    """When the first of the events happened, as the site gives it (a string, or nothing)."""
    value = events[0].get("created_at") if events else None
    return value if isinstance(value, str) else None


class AlaveteliSpider(FoiSpider):
    name = "alaveteli"
    platform = "alaveteli"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.seen: set[str] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            parsed = urlparse(source.url)
            base = f"{parsed.scheme}://{parsed.netloc}"
            site = self.site(source)
            if "/info_request_batch/" in parsed.path:
                yield scrapy.Request(
                    source.url,
                    self.batch,
                    errback=self.failed,
                    meta={"base": base, "foi_site": site},
                )
                continue
            for term in self.campaign.search_terms[:1]:
                feed = f"{base}/feed/search/{quote(term)}.json"
                meta = {"base": base, "feed": feed, "page": 1, "foi_site": site}
                yield scrapy.Request(feed, self.feed, errback=self.failed, meta=meta)

    def unreadable(self, response: Response, reason: str) -> Iterator[DocumentItem]:
        """A JSON page that cannot be read is recorded in the manifest, never just dropped."""
        self.count("failed", None, reason)
        yield self.item(None, {"url": response.url}, status="failed", reason=reason)

    def feed(self, response: Response) -> Iterator[Any]:
        try:
            events = json.loads(response.text)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            yield from self.unreadable(response, "feed not JSON (or nested too deeply)")
            return
        if not isinstance(events, list):
            yield from self.unreadable(response, "feed is not a list of events")
            return
        if not events:
            return
        base = response.meta["base"]
        cap = self.settings.getint("FOI_MAX_FEED_EVENTS")
        if cap and len(events) > cap:
            # A feed page lists a few dozen events; more is a broken or hostile site.
            self.crawler.stats.inc_value("foi/capped/events per feed page", len(events) - cap)
            self.logger.warning(
                "%s: %d events, only the first %d read (FOI_MAX_FEED_EVENTS)",
                response.url,
                len(events),
                cap,
            )
            events = events[:cap]
        for event in events:
            # A hostile or broken feed holds numbers, strings or lists where events belong.
            request = event.get("info_request") if isinstance(event, dict) else None
            title = request.get("url_title") if isinstance(request, dict) else None
            if isinstance(title, str) and title:
                yield from self.request_json(base, title)
        page = response.meta["page"] + 1
        if page <= MAX_FEED_PAGES:
            url = f"{response.meta['feed']}?page={page}"
            meta = {"base": base, "feed": response.meta["feed"], "page": page}
            yield scrapy.Request(url, self.feed, errback=self.failed, meta=meta)

    def batch(self, response: Response) -> Iterator[Any]:
        for href in response.css("a[href*='/request/']::attr(href)").getall():
            path = urlparse(urljoin(response.url, href)).path
            parts = path.strip("/").split("/")
            if len(parts) == 2 and parts[0] == "request":
                yield from self.request_json(response.meta["base"], parts[1])

    def request_json(self, base: str, url_title: str) -> Iterator[scrapy.Request]:
        if not self.first_time("threads", url_title, self.seen):
            return
        meta = {
            "base": base,
            "foi": {"reference": url_title, "url": f"{base}/request/{url_title}.json"},
        }
        yield scrapy.Request(
            f"{base}/request/{url_title}.json", self.request_data, errback=self.failed, meta=meta
        )

    def authority(self, body: dict[str, Any]) -> str | None:
        """The registry code of a public body: by WhatDoTheyKnow id, url_name, then name."""
        wdtk_id = str(body.get("id", ""))
        for a in self.registry.authorities:
            if wdtk_id and a.wdtk_id == wdtk_id:
                return a.code
        for name in (body.get("url_name", "").replace("_", " "), body.get("name", "")):
            if name and (hit := self.registry.resolve(name)):
                return hit.code
        return None

    def request_data(self, response: Response) -> Iterator[Any]:
        try:
            data = json.loads(response.text)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            yield from self.unreadable(response, "request JSON unreadable")
            return
        if not isinstance(data, dict):
            yield from self.unreadable(response, "request JSON is not an object")
            return
        body = data.get("public_body") if isinstance(data.get("public_body"), dict) else {}
        code = self.authority(body)
        if self.only is not None and code not in self.only:
            return
        if code is None:
            self.crawler.stats.inc_value("foi/unmapped_public_body")
            self.logger.warning("public body %r is not in the registry", body.get("name"))
        if not isinstance(data.get("url_title"), str) or not data["url_title"]:
            yield from self.unreadable(response, "request JSON has no url_title")
            return
        raw_events = data.get("info_request_events")
        events = (
            [e for e in raw_events if isinstance(e, dict)] if isinstance(raw_events, list) else []
        )
        sent = [e for e in events if e.get("event_type") == "sent"]
        responses = [e for e in events if e.get("event_type") == "response"]
        meta = {
            "authority_code": code,
            "reference": data.get("url_title"),
            "title": data["title"] if isinstance(data.get("title"), str) else "",
            # The request reached the authority when sent; it answered at its first response.
            "received": created_at(sent),
            "published": created_at(responses),
            "described_state": data.get("described_state"),
        }
        url = f"{response.meta['base']}/request/{data.get('url_title')}"
        yield scrapy.Request(url, self.thread, errback=self.failed, meta={"foi": meta})

    def thread(self, response: Response) -> Iterator[Any]:
        """Keep the authority's messages (and attachments) of a request that matches."""
        meta = response.meta["foi"]
        code = meta.get("authority_code")
        self.count("found", code)
        text, _ = self.page_text(response)
        messages = response.css("div.correspondence[id^='incoming-']")
        if self.outside_window(meta):
            self.count("rejected", code, "outside the date window")
            return
        if not self.matches(meta.get("title", "") + "\n" + text):
            self.count("rejected", code, "no campaign match")
            return
        if not messages:
            self.count("rejected", code, "no response yet")
            return
        self.count("kept", code)
        for message in messages:
            anchor = message.attrib.get("id", "incoming")
            fragment = f"<!doctype html><html><body><main>{message.get()}</main></body></html>"
            url = f"{response.url}#{anchor}"
            body = fragment.encode("utf-8")
            yield self.item(response, {**meta, "kind": "message"}, url=url, body=body)
            child = {
                **meta,
                "parent": url,
                "kind": "attachment",
                "keep": True,
                "page": None,
            }
            hrefs = message.css("a[href*='/attach/']::attr(href)").getall()
            # Alaveteli also links an HTML rendering of each attachment: keep the original only.
            for href in dict.fromkeys(h for h in hrefs if "/attach/html/" not in h):
                yield from self.link(response, href, self.attachment, {"foi": child})
