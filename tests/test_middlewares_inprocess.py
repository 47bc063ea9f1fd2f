"""Issue 13: the crawler's middlewares called directly, in this process: Retry-After
(crawler/middlewares.py) on 429 and 503 answers, the safety middleware's refusals
(crawler/safety.py) and where a refusal ends up (the manifest, with its reason), and the
spider middleware's caps per sources row, on requests the spiders make from saved pages."""

from __future__ import annotations

import asyncio
from email.utils import formatdate
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.core.downloader import Slot
from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler import middlewares
from crawler.middlewares import RetryAfterMiddleware, retry_after_seconds
from crawler.safety import CrawlLimitsMiddleware, Refused, SafeFetchMiddleware
from crawler.spiders.council_site import CouncilSiteSpider
from foi.archive.store import Archive
from tests.crawl_helpers import (
    SITES,
    mirror_response,
    project_settings,
    requests_in,
    spider_for,
    starts,
    stat,
)
from tests.pipeline_helpers import pipelines_for, process

NOW = 1_767_225_600.0  # 2026-01-01 00:00:00 UTC: the clock for HTTP dates
COUNCIL = "https://www.council.example.gov.uk"
MIRROR_ROWS = [
    r for r in (SITES.parent / "sources.csv").read_text().splitlines() if ",council_site," in r
]
# Essex's row of the demo (its selectors fit the saved pages), on a public address.
ROW = MIRROR_ROWS[0].replace("{base:council_a}", COUNCIL)


# -- Retry-After ------------------------------------------------------------------------------


@pytest.fixture
def clock(monkeypatch):
    monkeypatch.setattr(middlewares.time, "time", lambda: NOW)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        (b"120", 120.0),
        (b" 7 ", 7.0),
        (formatdate(NOW + 45, usegmt=True).encode(), 45.0),  # Thu, 01 Jan 2026 00:00:45 GMT
        (formatdate(NOW - 3600, usegmt=True).encode(), 0.0),  # a date already past
        (b"", None),
        (None, None),
        (b"soon", None),
        (b"-5", None),
        (b"1.5", None),  # RFC 9110: whole seconds only
        (b"Thu, 32 Jan 2026 00:00:00 GMT", None),
    ],
)
def test_retry_after_read_as_seconds_or_an_http_date(clock, header, seconds):
    assert retry_after_seconds(header) == seconds


class Site:
    """What RetryAfterMiddleware reaches through: the engine's downloader and its slots."""

    def __init__(self, tmp_path: Path, delay: float = 1.0):
        self.spider = spider_for(CouncilSiteSpider, tmp_path, [ROW])
        self.slot = Slot(concurrency=2, delay=delay, jitter=0.0)
        downloader = SimpleNamespace(slots={"www.council.example.gov.uk": self.slot})
        self.spider.crawler.engine = SimpleNamespace(downloader=downloader)
        self.mw = RetryAfterMiddleware.from_crawler(self.spider.crawler)

    def answer(self, status: int, retry_after: bytes | None) -> Response:
        request = Request(
            COUNCIL + "/foi/1.html", meta={"download_slot": "www.council.example.gov.uk"}
        )
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        response = Response(request.url, status=status, headers=headers, request=request)
        assert self.mw.process_response(request, response) is response  # passed on as it is
        return response


@pytest.mark.parametrize(
    ("status", "header", "delay"),
    [
        (429, b"30", 30.0),
        (503, b"30", 30.0),
        (429, formatdate(NOW + 45, usegmt=True).encode(), 45.0),
        (503, b"600", 120.0),  # README: up to 2 minutes
        (429, None, 1.0),
        (503, b"garbage", 1.0),
        (429, formatdate(NOW - 60, usegmt=True).encode(), 1.0),
        (500, b"30", 1.0),  # only 429 and 503 ask for a wait
        (200, b"30", 1.0),
    ],
)
def test_retry_after_slows_the_whole_site(tmp_path, clock, status, header, delay):
    site = Site(tmp_path)
    site.answer(status, header)
    assert site.slot.delay == delay
    assert stat(site.spider, "foi/retry_after_waits") == (1 if delay != 1.0 else None)


def test_retry_after_never_shortens_a_longer_delay(tmp_path, clock):
    site = Site(tmp_path, delay=60.0)
    site.answer(429, b"5")
    assert site.slot.delay == 60.0


def test_retry_after_on_a_request_with_no_slot_yet_is_harmless(tmp_path, clock):
    site = Site(tmp_path)
    request = Request(COUNCIL + "/foi/2.html")  # no download_slot in its meta
    response = Response(request.url, status=429, headers={"Retry-After": "30"}, request=request)
    assert site.mw.process_response(request, response) is response
    assert site.slot.delay == 1.0


def test_retry_after_is_read_before_scrapy_retries(tmp_path):
    crawler = get_crawler(None, project_settings(tmp_path / "data"))
    chain = DownloaderMiddlewareManager.from_crawler(crawler).methods["process_response"]
    order = [type(m.__self__) for m in chain]  # type: ignore[union-attr]
    assert order.index(RetryAfterMiddleware) < order.index(RetryMiddleware)


# -- the safety middleware's refusals ---------------------------------------------------------

DNS = {
    "www.council.example.gov.uk": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
    "council.example.gov.uk": ["93.184.216.34"],
    "docs.council.example.gov.uk": ["93.184.216.34"],
    "intranet.council.example.gov.uk": ["10.1.2.3"],
    "sneaky.example": ["93.184.216.34", "::ffff:169.254.169.254"],
    "elsewhere.example": ["93.184.216.35"],
}


def safe_fetch(spider: Any) -> SafeFetchMiddleware:
    """The downloader middleware with DNS answered from DNS (no lookup leaves the process)."""
    mw = SafeFetchMiddleware.from_crawler(spider.crawler)

    async def resolve(host: str) -> list[str]:
        return DNS[host]

    mw.resolve = resolve  # type: ignore[method-assign]
    return mw


def refusal(mw: SafeFetchMiddleware, request: Request) -> str | None:
    try:
        asyncio.run(mw.process_request(request))
    except Refused as exc:
        return str(exc)
    return None


@pytest.fixture
def council(tmp_path):
    return spider_for(CouncilSiteSpider, tmp_path, [ROW])


def from_row(spider: Any, url: str, redirected_from: str | None = None) -> Request:
    """A request of the sources row, as the spider middleware gives it its site."""
    meta: dict[str, Any] = {"foi_site": spider.site(spider.sources[0])}
    if redirected_from:
        meta["redirect_urls"] = [redirected_from]
    return Request(url, meta=meta)


DOC = COUNCIL + "/foi/files/1.pdf"


@pytest.mark.parametrize(
    ("url", "redirected_from", "reason"),
    [
        ("file:///etc/passwd", None, "refused: not an http(s) address (file)"),
        ("ftp://www.council.example.gov.uk/1.pdf", None, "refused: not an http(s) address (ftp)"),
        ("https://elsewhere.example/1.pdf", DOC, "refused: redirect to another site (elsewhere.example)"),
        ("http://169.254.169.254/latest/meta-data/", None, "refused: cloud metadata address (169.254.169.254)"),
        ("http://metadata.google.internal/", None, "refused: cloud metadata address (metadata.google.internal)"),
        ("http://10.0.0.5/foi.pdf", None, "refused: private address (10.0.0.5)"),
        ("http://127.0.0.1:8101/foi.pdf", None, "refused: loopback address (127.0.0.1)"),
        ("http://[::ffff:127.0.0.1]/foi.pdf", None, "refused: loopback address (::ffff:127.0.0.1)"),
        ("https://intranet.council.example.gov.uk/foi.pdf", None,
         "refused: private address (intranet.council.example.gov.uk is 10.1.2.3)"),
        ("https://sneaky.example/foi.pdf", None,
         "refused: cloud metadata address (sneaky.example is ::ffff:169.254.169.254)"),
    ],
)  # fmt: skip
def test_safety_middleware_refuses_with_a_one_line_reason(council, url, redirected_from, reason):
    mw = safe_fetch(council)
    assert refusal(mw, from_row(council, url, redirected_from)) == reason
    kind = reason.removeprefix("refused: ").split(" (")[0]
    assert stat(council, f"foi/refused/{kind}") == 1


@pytest.mark.parametrize(
    ("url", "redirected_from"),
    [
        (DOC, None),
        ("https://council.example.gov.uk/foi/files/1.pdf", DOC),  # its www. twin
        ("https://docs.council.example.gov.uk/1.pdf", "https://docs.council.example.gov.uk/0.pdf"),
        ("https://elsewhere.example/1.pdf", None),  # a link to another site: its own host
    ],
)
def test_safety_middleware_lets_the_sites_own_requests_through(council, url, redirected_from):
    assert refusal(safe_fetch(council), from_row(council, url, redirected_from)) is None


def test_a_local_row_may_reach_loopback_and_nothing_else_internal(tmp_path):
    row = MIRROR_ROWS[0].replace("{base:council_a}", "http://127.0.0.1:8103")
    spider = spider_for(CouncilSiteSpider, tmp_path, [row])
    mw = safe_fetch(spider)
    assert refusal(mw, from_row(spider, "http://127.0.0.1:8103/foi/files/1.pdf")) is None
    assert (
        refusal(mw, from_row(spider, "http://10.0.0.5/x")) == "refused: private address (10.0.0.5)"
    )


def test_a_refused_redirect_is_archived_as_a_failure_with_its_reason(council):
    """From the middleware's refusal to the manifest: the errback records it under the
    address the page linked, and the pipeline writes it as failed, with no bytes."""
    mw = safe_fetch(council)
    page = mirror_response(SITES / "council_a", "/foi/responses/cf-foi-251142-bruising-in-non-mobile-infants.html",
                           COUNCIL, meta={"foi": {"authority_code": "E10000012"}, "source": council.sources[0]})  # fmt: skip
    followed = requests_in(council.detail(page))
    assert followed, "the saved page links its letter"
    hop = followed[0].replace(url="https://elsewhere.example/letter.pdf")
    hop.meta.update(foi_site=council.site(council.sources[0]), redirect_urls=[followed[0].url])
    with pytest.raises(Refused) as refused:
        asyncio.run(mw.process_request(hop))
    failure = Failure(refused.value)
    failure.request = hop  # type: ignore[attr-defined]
    (item,) = council.failed(failure)
    process(pipelines_for(council), item)
    (record,) = Archive(Path(council.settings["FOI_DATA_DIR"])).records()
    assert (record.location, record.status, record.reason, record.sha256) == (
        followed[0].url,
        "failed",
        "refused: redirect to another site (elsewhere.example)",
        "",
    )
    assert record.extra["kind"] == "attachment" and record.authority_code == "E10000012"


# -- the spider middleware: each row's site, each row's cap -------------------------------------


def test_requests_inherit_their_rows_site_and_each_row_has_its_own_page_cap(tmp_path):
    rows = [
        line.replace("{base:council_a}", "http://127.0.0.1:8103").replace("{base:council_b}", "http://127.0.0.1:8104")
        for line in MIRROR_ROWS
    ]  # fmt: skip
    spider = spider_for(CouncilSiteSpider, tmp_path, rows, FOI_MAX_PAGES_PER_SOURCE=4)
    limits = CrawlLimitsMiddleware.from_crawler(spider.crawler)
    passed = {}
    for start, site in zip(starts(spider), ("council_a", "council_b"), strict=True):
        assert limits.get_processed_request(start, None) is start  # the start counts as one
        base = start.url.split("/foi/")[0]
        response = mirror_response(SITES / site, start.url[len(base) :], base, request=start)
        out = list(limits.process_spider_output(response, spider.listing(response)))
        assert {r.meta["foi_site"] for r in out} == {start.meta["foi_site"]}
        passed[site] = len(out)
    assert passed == {"council_a": 3, "council_b": 3}  # 4 per row, the start included
    assert stat(spider, "foi/capped/pages per source") == (10 + 1 - 3) * 2
