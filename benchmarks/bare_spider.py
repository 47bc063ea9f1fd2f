"""The anchor of benchmarks/crawl.py: a bare Scrapy spider over the same sites.

It fetches what `foi crawl` fetches from a `council_site` sources file (robots.txt, every
listing page, every disclosure, every attachment), with the project's concurrency settings
(CONCURRENT_REQUESTS, CONCURRENT_REQUESTS_PER_DOMAIN, CONCURRENT_ITEMS), and nothing else: no pipelines, no
HTTP cache, no monitors, no reading of what it fetched beyond the links it follows. Prints
Scrapy's stats as one JSON object.

    python -m benchmarks.bare_spider SOURCES_CSV [--delay 0]
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

from crawler import settings as project


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, rows: list[dict[str, str]], **kwargs: Any):
        super().__init__(**kwargs)
        self.rows = rows

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for row in self.rows:
            yield scrapy.Request(row["url"], self.listing, cb_kwargs={"row": row})

    def listing(self, response: Response, row: dict[str, str]) -> Iterator[scrapy.Request]:
        for href in response.css(row["link_selector"]).xpath("@href").getall():
            yield response.follow(href, self.page, cb_kwargs={"row": row})
        if row.get("next_selector"):
            for href in response.css(row["next_selector"]).xpath("@href").getall()[:1]:
                yield response.follow(href, self.listing, cb_kwargs={"row": row})

    def page(self, response: Response, row: dict[str, str]) -> Iterator[scrapy.Request]:
        if row.get("attachment_selector"):
            for href in response.css(row["attachment_selector"]).xpath("@href").getall():
                yield response.follow(href, self.attachment)

    def attachment(self, response: Response) -> None:
        return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sources", type=Path)
    ap.add_argument("--delay", type=float, default=0.0, help="DOWNLOAD_DELAY (0: politeness off)")
    args = ap.parse_args()
    with open(args.sources, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    process = CrawlerProcess(
        {
            "CONCURRENT_REQUESTS": project.CONCURRENT_REQUESTS,
            "CONCURRENT_REQUESTS_PER_DOMAIN": project.CONCURRENT_REQUESTS_PER_DOMAIN,
            "CONCURRENT_ITEMS": project.CONCURRENT_ITEMS,
            "DOWNLOAD_DELAY": args.delay,
            "ROBOTSTXT_OBEY": True,
            "USER_AGENT": project.USER_AGENT,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_LEVEL": "WARNING",
        }
    )
    logging.getLogger("scrapy").setLevel(logging.WARNING)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, rows=rows)
    process.start()
    print(json.dumps(dict(crawler.stats.get_stats()), default=str))


if __name__ == "__main__":
    main()
