"""Polite defaults a council's web team would accept."""

import os
import warnings
from pathlib import Path

from foi.archive.datadir import DataDir, root_from

# Spidermon still calls Spider.log(); the warning is Spidermon's to fix, not the user's.
warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated")

BOT_NAME = "foi"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and how to reach us: set FOI_CONTACT to your email address.
CONTACT = os.environ.get("FOI_CONTACT", "set-FOI_CONTACT@example.invalid")
USER_AGENT = f"foi-responses/0.1 (+https://github.com/; research crawler; contact {CONTACT})"

ROBOTSTXT_OBEY = True
# Politeness is per site (the delay and 2 at a time); the total only bounds this machine's
# work. It is high enough that every site's next request waits in its own slot, so each
# site's chain (listing -> page -> attachment) starts at once and no site waits for others.
CONCURRENT_REQUESTS = int(os.environ.get("FOI_CONCURRENT_REQUESTS", "256"))
CONCURRENT_REQUESTS_PER_DOMAIN = 2
CONCURRENT_ITEMS = 8  # a page yields a few items; Scrapy starts this many tasks per page
# FOI_DOWNLOAD_DELAY / FOI_DOWNLOAD_TIMEOUT / FOI_MAX_BYTES: for tests against loopback mirrors.
DOWNLOAD_DELAY = float(os.environ.get("FOI_DOWNLOAD_DELAY", "1.0"))
# The delay as given, never randomised (Scrapy's default is 0.5x-1.5x, drawn again at every
# check, which stretches each site's chain): a site sees one request per delay, no more.
DOWNLOAD_DELAY_JITTER = 0.0
# Breadth first within each site: a log's items in the order it lists them (newest first),
# before the items of its next page, so the documents kept are read while the crawl goes on
# rather than all at its end.
DEPTH_PRIORITY = 1
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
AUTOTHROTTLE_ENABLED = DOWNLOAD_DELAY > 0
AUTOTHROTTLE_START_DELAY = max(DOWNLOAD_DELAY, 0.1)
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = float(os.environ.get("FOI_DOWNLOAD_TIMEOUT", "30"))
DOWNLOAD_MAXSIZE = int(os.environ.get("FOI_MAX_BYTES", 50 * 1024 * 1024))  # the parser's limit too
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = int(os.environ.get("FOI_RETRY_TIMES", "3"))
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
REDIRECT_MAX_TIMES = 5
# Only http(s), ever: Scrapy's other download handlers would read local files (file:),
# archive attacker bytes (data:) or connect elsewhere (ftp:, s3:). See crawler/safety.py.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}
# Caps, so that no site can keep the crawl busy for ever (README, Politeness).
FOI_MAX_PAGES_PER_SOURCE = int(os.environ.get("FOI_MAX_PAGES_PER_SOURCE", "5000"))
FOI_MAX_LINKS_PER_PAGE = int(os.environ.get("FOI_MAX_LINKS_PER_PAGE", "500"))
FOI_MAX_FEED_EVENTS = int(os.environ.get("FOI_MAX_FEED_EVENTS", "200"))
FOI_MAX_ROBOTS_BYTES = int(os.environ.get("FOI_MAX_ROBOTS_BYTES", str(500 * 1024)))
# How many of the campaign's search terms the log spider asks a log's own search for.
FOI_LOG_SEARCH_TERMS = int(os.environ.get("FOI_LOG_SEARCH_TERMS", "3"))
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("FOI_LOG_LEVEL", "INFO")
LOGSTATS_INTERVAL = 15.0  # progress on the terminal: pages crawled and items kept, every 15 s

DOWNLOADER_MIDDLEWARES = {
    # Scheme, redirect host and address checks for every request, before robots.txt (100).
    "crawler.safety.SafeFetchMiddleware": 75,
    # Honour Retry-After on 429 and 503 before Scrapy's own retry (550) re-queues the
    # request: responses pass from high numbers to low.
    "crawler.middlewares.RetryAfterMiddleware": 560,
    # What a re-crawl asks again: listings always, documents when no longer fresh.
    "crawler.freshness.FreshnessMiddleware": 450,
    # A body that does not match its Content-Length (fresh or from the cache) fails, never
    # archived: between the cache (900) and decompression (590). See crawler/httpcache.py.
    "crawler.httpcache.CompleteBodyMiddleware": 595,
}
SPIDER_MIDDLEWARES = {
    # What the last crawl decided and is still fresh is passed over, its counts counted
    # again (crawler/unchanged.py); it sees the requests the caps below let through.
    "crawler.unchanged.UnchangedMiddleware": 90,
    # Each request's sources row, and the caps on links per page and pages per source.
    "crawler.safety.CrawlLimitsMiddleware": 100,
}
# Each item checked against its schema, then recognised, read and archived, one job each
# (crawler/validation.py, crawler/pipelines.py).
ITEM_PIPELINES = {
    "crawler.validation.ItemValidation": 100,
    "crawler.pipelines.RecognisePipeline": 200,
    "crawler.pipelines.ReadPipeline": 300,
    "crawler.pipelines.ArchivePipeline": 400,
}
# The item's contract (crawler/items.py), checked by spidermon; an item that breaks it is
# dropped before it reaches the archive. Validation needs SPIDERMON_ENABLED.
SPIDERMON_VALIDATION_SCHEMAS = [str(Path(__file__).with_name("item.schema.json"))]
SPIDERMON_VALIDATION_DROP_ITEMS_WITH_ERRORS = True

# Incremental crawls: Scrapy's HTTP cache with RFC 2616 revalidation. Every request asks for
# revalidation (max-age=0), so a page is always re-read, but an unchanged one comes back as a
# 304 with no body (ETag / Last-Modified). The cache lives in DATA_DIR/state/httpcache
# (set by crawler/run.py); deleting DATA_DIR/state gives a full crawl.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
# Scrapy's filesystem storage, written atomically and checked when read (crawler/httpcache.py).
HTTPCACHE_STORAGE = "crawler.httpcache.SafeCacheStorage"
# foi crawl sets it from --data-dir; `scrapy crawl` takes it from $FOI_DATA_DIR.
HTTPCACHE_DIR = str(DataDir(root_from().resolve()).httpcache)
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/json,application/pdf,*/*;q=0.8",
    "Accept-Language": "en-GB,en;q=0.8",
    "Cache-Control": "max-age=0",
}

# Monitoring (spidermon): see crawler/monitors.py.
EXTENSIONS = {"spidermon.contrib.scrapy.extensions.Spidermon": 500}
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ("crawler.monitors.SpiderCloseSuite",)
