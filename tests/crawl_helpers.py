"""In-process crawler tests from saved responses (City Scrapers' `file_response` pattern).

- `file_response`: a Scrapy response built from a saved file (or bytes) at a given URL, with
  the request meta a callback expects;
- `mirror_response`: the same for a route of a mirror site (foi/mirror/sites/<name>/, or a
  site tests/logsites.py wrote), answered as foi/mirror.py would answer it;
- `demo_rows`: the demo mirror's sources rows, its sites at fixed loopback addresses;
- `spider_for`: a platform spider for some sources rows, built on the project's settings
  without starting a crawl (no reactor, no network); `starts` its first requests;
- `answer_saved`: a request the spider yielded, answered from a saved site (its callback's
  output, or its errback's for an HTTP error); `crawl_saved`: a whole saved site crawled so,
  breadth first, through the spider middleware's caps (no server, no scheduler, no delays);
- `pipeline_for` / `process`: the archive pipeline on a temporary data directory, its item
  processing run to the end in this thread (documents read in this process, not workers).
"""

from __future__ import annotations

import asyncio
import functools
import json
import mimetypes
import re
import sys
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import unquote, urlsplit

import twisted.internet
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet import defer
from twisted.python.failure import Failure

from crawler.pipelines import ArchivePipeline, _Reading
from crawler.safety import CrawlLimitsMiddleware
from foi.campaign import load_campaign
from foi.isolate import Verdict
from tests.conftest import ROOT

MIRROR = ROOT / "foi" / "mirror"
SITES = MIRROR / "sites"
S47_SITES = MIRROR / "s47_medicals" / "sites"
CORPUS = ROOT / "tests" / "corpus"
HEADER = (
    "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector"
)
# Where the demo mirror's sites are said to be (nothing listens: their pages are read from disk).
DEMO_BASES = {
    "alaveteli": "http://127.0.0.1:8101",
    "disclosurelog": "http://127.0.0.1:8102",
    "council_a": "http://127.0.0.1:8103",
    "council_b": "http://127.0.0.1:8104",
}


# -- responses ---------------------------------------------------------------------------------


def file_response(
    source: Path | str | bytes,
    url: str,
    *,
    meta: dict[str, Any] | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
    content_type: str | None = None,
    request: Request | None = None,
) -> Response:
    """A response to `url` whose body is the saved file (a path) or the bytes given.

    The class (HtmlResponse, TextResponse, Response...) is Scrapy's own choice from the
    Content-Type, which is `content_type`, else guessed from the file's or the URL's name.
    `meta` becomes the request's meta, so `response.meta` is what the callback reads."""
    if isinstance(source, bytes):
        body, name = source, urlsplit(url).path
    else:
        path = Path(source)
        body, name = path.read_bytes(), path.name
    all_headers = dict(headers or {})
    ctype = content_type or all_headers.get("Content-Type") or guess_type(name)
    if ctype:
        all_headers["Content-Type"] = ctype
    request = request or Request(url, meta=dict(meta or {}))
    cls = responsetypes.from_args(headers=all_headers, url=url, body=body)
    return cls(url, status=status, headers=all_headers, body=body, request=request)


def guess_type(name: str) -> str | None:
    ctype = mimetypes.guess_type(unquote(name))[0]
    if ctype and ctype.startswith("text/"):
        ctype += "; charset=utf-8"
    return ctype


def mirror_response(
    site: Path, key: str, base: str = "http://127.0.0.1:8000", **kwargs: Any
) -> Response:
    """The saved answer a mirror site gives for `key` (path and query), as foi/mirror.py
    serves it: its routes.json entry (file and type), else the file under the folder."""
    routes = json.loads((site / "routes.json").read_text("utf-8"))
    route = routes.get(key) or routes.get(unquote(key))
    if route is not None:
        if "file" not in route:
            raise KeyError(f"{key} is not a saved page in {site} ({route})")
        path = site / route["file"]
        kwargs.setdefault("content_type", route.get("type"))
    else:
        path = site / unquote(urlsplit(key).path).lstrip("/")
    return file_response(path, base + key, **kwargs)


def demo_rows(
    sources: Path = MIRROR / "sources.csv", platform: str | None = None, site: str | None = None
) -> list[str]:
    """The demo's sources rows ({base:<site>} replaced by DEMO_BASES), of one platform or
    one site if asked."""
    lines = sources.read_text("utf-8").splitlines()[1:]
    return [
        re.sub(r"\{base:(\w+)\}", lambda m: DEMO_BASES[m.group(1)], line)
        for line in lines
        if (platform is None or line.split(",")[1] == platform)
        and (site is None or "{base:" + site + "}" in line)
    ]


# -- spiders ------------------------------------------------------------------------------------


def project_settings(data_dir: Path, **overrides: Any) -> dict[str, Any]:
    """crawler/settings.py, with the data directory (and its HTTP cache) under `data_dir` and
    no reactor: the spiders, middlewares and pipelines are called directly."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return {
        **dict(settings),
        "TWISTED_REACTOR_ENABLED": False,
        "FOI_DATA_DIR": str(data_dir),
        "HTTPCACHE_DIR": str(data_dir / "state" / "httpcache"),
        **overrides,
    }


def sources_file(tmp_path: Path, rows: Iterable[str]) -> Path:
    """A sources CSV of the given rows (each the line after the header)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "sources.csv"
    path.write_text(HEADER + "\n" + "".join(f"{row}\n" for row in rows), "utf-8")
    return path


def spider_for(
    spidercls: type[Spider],
    tmp_path: Path,
    rows: Iterable[str] = (),
    *,
    campaign: str = "bruising",
    only: str | None = None,
    **settings: Any,
) -> Any:
    """The spider as `foi crawl` makes it for these sources rows (data directory
    tmp_path/data), attached to its crawler (crawler.spider), with no crawl started."""
    crawler = get_crawler(spidercls, project_settings(tmp_path / "data", **settings))
    sources = sources_file(tmp_path, rows)
    # A campaign is read-only configuration: read each once per test session (speed).
    with mock.patch("crawler.base.load_campaign", _campaign):
        spider = spidercls.from_crawler(crawler, sources=str(sources), campaign=campaign, only=only)
    crawler.spider = spider
    return spider


@functools.cache
def _campaign(name: str) -> Any:
    return load_campaign(name)


async def start_requests(spider: Spider) -> list[Request]:
    return [r async for r in spider.start()]


def starts(spider: Spider) -> list[Request]:
    """The spider's first requests (its `start()`), without a crawl."""
    return asyncio.run(start_requests(spider))


def answer_saved(request: Request, site: Path, base: str) -> list[Any]:
    """What the request's callback makes of the saved answer to it; or its errback's reading
    of an HTTP error: the route's error status, or 404 where the site saved nothing (a
    redirect route too: redirects are the downloader's, not followed here)."""
    path = request.url[len(base) :] if request.url.startswith(base + "/") else None
    routes = json.loads((site / "routes.json").read_text("utf-8"))
    route = routes.get(path or "", {})
    saved = path is not None and (
        "file" in route
        or (not route and (site / unquote(urlsplit(path).path).lstrip("/")).is_file())
    )
    status = int(route.get("status", 200 if saved else 404))
    if status >= 400:
        failure = Failure(HttpError(Response(request.url, status=status, request=request), "HTTP"))
        failure.request = request  # type: ignore[attr-defined]
        return list(request.errback(failure) or []) if request.errback else []
    response = mirror_response(site, path or "", base, request=request, status=status)
    return list(request.callback(response) or [])


def crawl_saved(spider: Spider, site: Path, base: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The spider run over a saved site in this process, breadth first, every request it
    yields passing the project's spider middleware (the caps on links and pages) and
    answered from the site's files; requests that may be filtered are asked once, as
    Scrapy's scheduler would. Returns (items, URLs asked for, in order)."""
    limits = CrawlLimitsMiddleware.from_crawler(spider.crawler)  # type: ignore[arg-type]
    queue: deque[Request] = deque()
    seen: set[str] = set()
    items: list[dict[str, Any]] = []
    asked: list[str] = []

    def schedule(request: Request | None) -> None:
        if request is None or (not request.dont_filter and request.url in seen):
            return
        seen.add(request.url)
        queue.append(request)

    for request in starts(spider):
        schedule(limits.get_processed_request(request, None))
    while queue:
        request = queue.popleft()
        asked.append(request.url)
        out = answer_saved(request, site, base)
        items += items_in(out)
        # The spider middleware sees this response's requests as Scrapy would give them.
        response = Response(request.url, request=request)
        for follow in limits.process_spider_output(response, requests_in(out)):
            schedule(follow)
    return items, asked


def requests_in(out: Iterable[Any]) -> list[Request]:
    return [o for o in out if isinstance(o, Request)]


def items_in(out: Iterable[Any]) -> list[dict[str, Any]]:
    return [o for o in out if isinstance(o, dict)]


def stat(spider: Spider, key: str) -> Any:
    return spider.crawler.stats.get_value(key)


# -- the archive pipeline ------------------------------------------------------------------------


class InProcessReader:
    """Reads a kept document in this process, as a worker of foi/isolate.py would (with no
    time or memory limit); `verdict` replaces the reading (a document over a limit...)."""

    def __init__(self, campaign: Any, verdict: Callable[[bytes, str], Verdict] | None = None):
        self.campaign = campaign
        self.verdict = verdict
        self.jobs: list[str] = []  # the names read, in order

    def read(self, job: tuple[bytes, str]) -> Verdict:
        from foi.registry import Registry
        from parsers.model import ParseError
        from parsers.response import NotAReply, parse_document

        body, name = job
        self.jobs.append(name)
        if self.verdict is not None:
            return self.verdict(body, name)
        try:
            return Verdict(parse_document(body, name, self.campaign, Registry.load()))
        except NotAReply as exc:
            return Verdict(None, str(exc), not_a_reply=exc.kind)
        except ParseError as exc:
            return Verdict(None, str(exc))


class InProcessReading:
    """Stands in for crawler.pipelines._Reading: no worker processes, no thread pool."""

    def __init__(self, reader: InProcessReader):
        self.reader = reader
        self.threads = None
        self.released = 0

    def release(self, campaign_source: str) -> None:
        self.released += 1


def pipeline_for(
    spider: Spider, verdict: Callable[[bytes, str], Verdict] | None = None
) -> ArchivePipeline:
    """The archive pipeline opened for `spider` on its data directory (FOI_DATA_DIR, under
    the test's tmp_path), reading documents in this process."""
    reader = InProcessReader(spider.campaign, verdict)  # type: ignore[attr-defined]
    pipeline = ArchivePipeline.from_crawler(spider.crawler)  # type: ignore[arg-type]
    with mock.patch.object(_Reading, "take", return_value=InProcessReading(reader)):
        pipeline.open_spider()
    return pipeline


@contextmanager
def no_reactor() -> Iterator[None]:
    """process_item hands its work to a thread pool through Twisted's reactor; here the work
    runs at once in this thread, and no reactor is installed in the test process."""

    def run_now(reactor: Any, pool: Any, f: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        return defer.maybeDeferred(f, *args, **kw)

    key = "twisted.internet.reactor"
    stub = types.ModuleType(key)
    before = sys.modules.get(key)
    sys.modules[key] = stub  # only this key: the rest of sys.modules is left as it is
    try:
        with (
            mock.patch.object(twisted.internet, "reactor", stub, create=True),
            mock.patch("twisted.internet.threads.deferToThreadPool", run_now),
        ):
            yield
    finally:
        if before is None:
            del sys.modules[key]
        else:
            sys.modules[key] = before


def process(pipeline: ArchivePipeline, item: dict[str, Any]) -> dict[str, Any]:
    """Run pipeline.process_item(item) to its end; returns what it passes on."""
    with no_reactor():
        return asyncio.run(pipeline.process_item(item))


# -- the demo mirror's saved sites, for the spider tests ----------------------------------

BASES = DEMO_BASES
EXPECTED = json.loads((MIRROR / "expected.json").read_text("utf-8"))
S47_EXPECTED = json.loads((MIRROR / "s47_medicals" / "expected.json").read_text("utf-8"))


def path_of(url: str, site: str) -> str:
    assert url.startswith(BASES[site]), url
    return url[len(BASES[site]) :]


def answer(request: Request, site: str, sites: Path = SITES) -> list[Any]:
    """What the spider makes of a request it yielded, answered from the site's saved files
    (its errback's reading of an HTTP error where the site answers with one)."""
    return answer_saved(request, sites / site, BASES[site])
