"""Run the platform spiders in this process (for `foi crawl` and `foi demo`)."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.spiders.alaveteli import AlaveteliSpider
from crawler.spiders.council_site import CouncilSiteSpider
from crawler.spiders.disclosurelog import DisclosureLogSpider
from crawler.spiders.icasework import IcaseworkSpider
from crawler.spiders.log import LogSpider
from crawler.spiders.socrata import SocrataSpider
from foi.archive.datadir import DataDir
from foi.campaigns.campaign import DEFAULT as DEFAULT_CAMPAIGN


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for cron jobs and log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(
            {
                "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
                "level": record.levelname,
                "logger": record.name,
                "message": record.getMessage(),
            },
            ensure_ascii=False,
            default=str,
        )


SPIDERS = {
    s.platform: s
    for s in (
        AlaveteliSpider,
        DisclosureLogSpider,
        CouncilSiteSpider,
        LogSpider,
        SocrataSpider,
        IcaseworkSpider,
    )
}


def platforms_in(sources: Path | None) -> set[str]:
    from foi.reference.registry import Registry
    from foi.reference.sources import load_sources

    return {s.platform for s in load_sources(sources, Registry.load())}


def crawl(
    data_dir: Path,
    *,
    sources: Path | None = None,
    platforms: list[str] | None = None,
    only: list[str] | None = None,
    campaign: str = DEFAULT_CAMPAIGN,
    overrides: dict[str, Any] | None = None,
    log_json: Path | None = None,
    workers: str | None = None,
    run: str = "crawl",
) -> dict[str, dict[str, Any]]:
    """Crawl; return each spider's Scrapy stats. One call per process (Twisted's reactor).
    With `workers` (a Redis URL), this process is one worker of a crawl shared by several
    (crawler/distributed.py), under the key prefix of the campaign and `run`."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("FOI_DATA_DIR", str(data_dir), priority="cmdline")
    settings.set(
        "HTTPCACHE_DIR", str(DataDir(Path(data_dir).resolve()).httpcache), priority="cmdline"
    )
    if workers:
        from crawler import distributed
        from foi.campaigns.campaign import load_campaign

        key = distributed.prefix(load_campaign(campaign).id, run)
        for name, value in distributed.settings_for(workers, key).items():
            settings.set(name, value, priority="cmdline")
        for name, component, order in (
            ("EXTENSIONS", "crawler.distributed.Workers", 100),
            ("SPIDER_MIDDLEWARES", "crawler.distributed.SeedOnce", 50),
            ("DOWNLOADER_MIDDLEWARES", "crawler.distributed.SharedPoliteness", 950),
        ):
            settings.set(name, {**settings.getdict(name), component: order}, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    process = CrawlerProcess(settings)
    if log_json:
        handler = logging.FileHandler(log_json, encoding="utf-8")
        handler.setFormatter(JsonFormatter())
        handler.setLevel(settings.get("LOG_LEVEL", "INFO"))
        logging.getLogger().addHandler(handler)
    crawlers = []
    # A spider starts only where a sources row needs it (the browser is not launched, nor a
    # spider opened and monitored, for nothing), unless asked for by name.
    wanted = platforms_in(sources)
    for platform in platforms or [p for p in SPIDERS if p in wanted]:
        crawler = process.create_crawler(SPIDERS[platform])
        crawlers.append(crawler)
        process.crawl(
            crawler,
            sources=str(sources) if sources else None,
            campaign=campaign,
            only=",".join(only) if only else None,
        )
    if crawlers:
        process.start()
    return {c.spidercls.name: dict(c.stats.get_stats()) for c in crawlers}


def per_authority(stats: dict[str, dict[str, Any]]) -> dict[str, dict[str, int]]:
    """found / kept / rejected / failed per authority code, across spiders."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for spider_stats in stats.values():
        for key, value in spider_stats.items():
            parts = key.split("/")
            if len(parts) == 4 and parts[:2] == ["foi", "authority"]:
                table[parts[2]][parts[3]] += int(value)
    return {k: dict(v) for k, v in sorted(table.items())}
