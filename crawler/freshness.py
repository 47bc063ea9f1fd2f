"""What a re-crawl asks the sites again, in HTTP's own terms (RFC 9111 Cache-Control request
directives, read by Scrapy's RFC2616Policy over the HTTP cache in DATA_DIR/state/httpcache).

- Listings, searches, feeds, sitemaps and Alaveteli threads (anything that finds new
  documents) keep the project's default `Cache-Control: max-age=0`: always revalidated, so a
  new reply is seen the night it appears (304, no body, when nothing changed).
- A document (a disclosure's page, an attachment: requests the spiders mark `foi_document`)
  is asked again only when its HTTP freshness has run out: as long as its server's own
  Cache-Control max-age or Expires says, else a tenth of its age since Last-Modified (the
  heuristic browsers and proxies use), and never longer than FOI_RECHECK_DAYS (7). A server
  that sends none of these, or `no-cache`, gets a conditional request every time.
- robots.txt is reused for up to a day, as RFC 9309 allows (section 2.4), unless its server
  says `must-revalidate`.
"""

from __future__ import annotations

import os

from scrapy import Request
from scrapy.utils.httpobj import urlparse_cached

RECHECK_SECONDS = int(float(os.environ.get("FOI_RECHECK_DAYS", "7")) * 86400)
ROBOTS_SECONDS = 86400  # RFC 9309: a cached robots.txt SHOULD NOT be used for longer


def cache_control(request: Request) -> str | None:
    """The Cache-Control this request should carry, or None to keep the default."""
    if request.meta.get("dont_obey_robotstxt") and urlparse_cached(request).path == "/robots.txt":
        return f"max-stale={ROBOTS_SECONDS}"
    if request.meta.get("foi_document"):
        return f"max-age={RECHECK_SECONDS}"
    return None


class FreshnessMiddleware:
    """Sets each request's Cache-Control by what it is (above), after the default headers
    and before the HTTP cache reads them."""

    def process_request(self, request: Request) -> None:
        value = cache_control(request)
        if value is not None:
            request.headers[b"Cache-Control"] = value.encode("ascii")
