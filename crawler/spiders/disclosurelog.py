"""<council>.disclosurelog.co.uk: keyword search listing with pagination, detail pages
(case reference, received and published dates, request, response), attachments."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote_plus

import scrapy
from scrapy.http import Response

from crawler.base import FoiSpider

LISTING = "/disclosures?page={page}&sortType=PUBLISHED_DATE_DESCENDING&keywords={term}"


class DisclosureLogSpider(FoiSpider):
    name = "disclosurelog"
    platform = "disclosurelog"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            base = source.url.rstrip("/")
            # One keyword is enough for the log's own search; the match is by content. The
            # campaign's `disclosurelog_keyword`, else its first search term.
            term = self.campaign.settings.get("disclosurelog_keyword") or next(
                iter(self.campaign.search_terms), ""
            )
            meta = {"authority_code": source.authority_code}
            url = base + LISTING.format(page=0, term=quote_plus(term))
            site = self.site(source)
            yield scrapy.Request(
                url, self.listing, errback=self.failed, meta={"foi": meta, "foi_site": site}
            )

    def listing(self, response: Response) -> Iterator[Any]:
        meta = response.meta["foi"]
        for href in response.css(
            ".disclosure-result h3 a::attr(href), a.disclosure-link::attr(href)"
        ).getall():
            yield from self.follow(response, href, self.detail, {"foi": dict(meta)})
        next_href = response.css("a.next::attr(href), a[rel=next]::attr(href)").get()
        if next_href:
            yield from self.link(response, next_href, self.listing, {"foi": meta})

    def detail(self, response: Response) -> Iterator[Any]:
        facts = {
            dt.xpath("normalize-space(.)").get("").lower(): dd.xpath("normalize-space(.)").get("")
            for dt, dd in zip(
                response.css("dl.disclosure-meta dt"),
                response.css("dl.disclosure-meta dd"),
                strict=False,
            )
        }
        meta = {
            **response.meta["foi"],
            "title": response.css("h1::text").get("").strip(),
            "reference": facts.get("case reference") or facts.get("reference"),
            "received": facts.get("received"),
            "published": facts.get("published"),
        }
        text, _ = self.page_text(response)
        attachments = response.css(
            "ul.attachments a::attr(href), .disclosure-attachments a::attr(href)"
        ).getall()
        yield from self.decide(response, meta, meta["title"] + "\n" + text, attachments)
