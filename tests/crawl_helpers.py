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
- the item pipelines, run in this process: tests/pipeline_helpers.py.
"""

from __future__ import annotations

import asyncio
import functools
import json
import mimetypes
import re
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import unquote, urlsplit

from jsonschema.validators import validator_for
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler.items import DocumentItem
from crawler.safety import CrawlLimitsMiddleware
from crawler.validation import view
from foi.campaigns.campaign import load_campaign
from tests.conftest import ROOT

MIRROR = ROOT / "foi" / "mirror"
_SCHEMA = json.loads((ROOT / "crawler" / "item.schema.json").read_text("utf-8"))
ITEM_SCHEMA = validator_for(_SCHEMA)(_SCHEMA)  # what spidermon checks every item against
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


def crawl_saved(spider: Spider, site: Path, base: str) -> tuple[list[DocumentItem], list[str]]:
    """The spider run over a saved site in this process, breadth first, every request it
    yields passing the project's spider middleware (the caps on links and pages) and
    answered from the site's files; requests that may be filtered are asked once, as
    Scrapy's scheduler would. Returns (items, URLs asked for, in order)."""
    limits = CrawlLimitsMiddleware.from_crawler(spider.crawler)  # type: ignore[arg-type]
    queue: deque[Request] = deque()
    seen: set[str] = set()
    items: list[DocumentItem] = []
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


def items_in(out: Iterable[Any]) -> list[DocumentItem]:
    """The items among a callback's output. Anything that is neither a request nor the
    crawl's item (a plain dict), or an item its schema would drop, fails the test."""
    out = list(out)
    strays = [o for o in out if not isinstance(o, Request | DocumentItem)]
    assert not strays, f"not a request nor a DocumentItem: {strays!r:.300}"
    items = [o for o in out if isinstance(o, DocumentItem)]
    for item in items:
        errors = [e.message for e in ITEM_SCHEMA.iter_errors(view(item))]
        assert not errors, f"{item.url}: {errors}"
    return items


def stat(spider: Spider, key: str) -> Any:
    return spider.crawler.stats.get_value(key)


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
