"""iCasework-style portals that draw their lists of published responses with JavaScript
(platform `icasework`, Hertfordshire's for one): the log spider's reading (listing,
pagination, search, dates, attachments), with every page rendered in Debian's Chromium
first (crawler/browser.py). Attachments are files and are fetched as plain HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.settings import BaseSettings
from scrapy_playwright.page import PageMethod

from crawler import browser
from crawler.dom import is_file_url
from crawler.spiders.log import LogSpider


class IcaseworkSpider(LogSpider):
    name = "icasework"
    platform = "icasework"

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        browser.configure(settings)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        browser.SITES[:] = [self.site(s) for s in self.sources]
        async for request in super().start():
            yield request

    def render(self, url: str) -> dict[str, Any]:
        if is_file_url(url):
            return {}
        return {
            "playwright": True,
            "playwright_page_methods": [PageMethod(browser.settle)],
            # The cache's revalidation headers mean nothing to a rendered page.
            "dont_cache": True,
        }
