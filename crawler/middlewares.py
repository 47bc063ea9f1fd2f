"""Backoff that honours Retry-After (429, 503) before Scrapy's retry middleware retries."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

MAX_WAIT = 120.0


def retry_after_seconds(value: bytes | None) -> float | None:
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class RetryAfterMiddleware:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        spider = self.crawler.spider
        if response.status in (429, 503):
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if wait:
                wait = min(wait, MAX_WAIT)
                spider.crawler.stats.inc_value("foi/retry_after_waits")
                # Slow the whole site down, not just this request.
                slot = spider.crawler.engine.downloader.slots.get(request.meta.get("download_slot"))
                if slot is not None:
                    slot.delay = max(slot.delay, wait)
        return response
