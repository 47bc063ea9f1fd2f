"""The browser for portals that draw their lists with JavaScript (iCasework): Debian's
Chromium driven by scrapy-playwright, for rows of platform `icasework` only. No browser is
ever downloaded (`playwright install` is never run): the executable is /usr/bin/chromium
(FOI_CHROMIUM to point elsewhere).

The page's address goes through the crawler's own middlewares (crawler/safety.py, robots.txt)
like any request. What the page then asks for itself is held to the same rules here: http(s)
only, the portal's own hosts (those its sources row allows), no internal address unless the
row is local; images, fonts, media and styles are not loaded. A page that ends up on another
site (a browser follows redirects itself) is refused, as a redirect off the site would be.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Response
from scrapy.settings import BaseSettings

from crawler.safety import SCHEMES, Refused, Site, address_problem, parse_ip

CHROMIUM = os.environ.get("FOI_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
SKIPPED = {"image", "media", "font", "stylesheet"}
SETTLE_MS = 10_000  # how long a page may keep loading its list before it is read as it is
SITES: list[Site] = []  # the icasework rows' sites, set when the spider starts


def configure(settings: BaseSettings) -> None:
    """The browser's settings, added to (not replacing) the project's handlers and
    middlewares: file:, data:, ftp: and s3: stay off."""
    handlers = settings.getdict("DOWNLOAD_HANDLERS")
    handlers.update({"http": HANDLER, "https": HANDLER})
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    middlewares["crawler.browser.StayOnSite"] = 580
    launch = {"executable_path": CHROMIUM, "headless": True, "args": FLAGS}
    for key, value in {
        "DOWNLOAD_HANDLERS": handlers,
        "DOWNLOADER_MIDDLEWARES": middlewares,
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch,
        "PLAYWRIGHT_ABORT_REQUEST": "crawler.browser.abort_request",
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
    }.items():
        settings.set(key, value, priority="spider")


def allowed(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        return False
    host = (parts.hostname or "").lower().rstrip(".")
    for site in SITES:
        if host in site.hosts:
            ip = parse_ip(host)
            return ip is None or address_problem(ip, site.local) is None
    return False


async def abort_request(request: Any) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: whether the browser must not make this request."""
    return request.resource_type in SKIPPED or not allowed(request.url)


async def settle(page: Any) -> None:
    """Wait until the page has stopped loading its list, but not for ever (a page that polls
    is read as it stands)."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    try:
        await page.wait_for_load_state("networkidle", timeout=SETTLE_MS)
    except PlaywrightTimeout:
        pass


class StayOnSite:
    """Downloader middleware: a rendered page whose final address left its site is refused."""

    def process_response(self, request: Request, response: Response) -> Response:
        site: Site | None = request.meta.get("foi_site")
        host = (urlsplit(response.url).hostname or "").lower()
        if request.meta.get("playwright") and site is not None and host not in site.hosts:
            raise Refused(f"refused: redirect to another site ({host})")
        return response
