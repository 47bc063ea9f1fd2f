"""Councils' own sites (Jadu, GOSS, WordPress, bespoke), described by rows of data: a listing
or search URL and CSS selectors. One spider for all of them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote_plus

import scrapy
from scrapy.http import Response

from crawler.base import FoiSpider


class CouncilSiteSpider(FoiSpider):
    name = "council_site"
    platform = "council_site"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            terms = self.campaign.search_terms[:1] if "{query}" in source.url else [""]
            for term in terms:
                url = source.url.replace("{query}", quote_plus(term))
                meta = {"authority_code": source.authority_code, "source": source.row}
                yield scrapy.Request(
                    url,
                    self.listing,
                    errback=self.failed,
                    meta={"foi": meta, "source": source, "foi_site": self.site(source)},
                )

    def listing(self, response: Response) -> Iterator[Any]:
        source = response.meta["source"]
        meta = response.meta["foi"]
        for href in response.css(source.link_selector).xpath("@href").getall():
            yield from self.follow(
                response, href, self.detail, {"foi": {**meta, "kind": "page"}, "source": source}
            )
        if source.next_selector:
            for href in response.css(source.next_selector).xpath("@href").getall()[:1]:
                yield from self.link(response, href, self.listing, {"foi": meta, "source": source})

    def detail(self, response: Response) -> Iterator[Any]:
        source = response.meta["source"]
        meta = {**response.meta["foi"], "title": response.css("title::text").get("").strip()}
        text, _ = self.page_text(response, source.content_selector)
        attachments = (
            response.css(source.attachment_selector).xpath("@href").getall()
            if source.attachment_selector
            else []
        )
        yield from self.decide(response, meta, text, attachments)
