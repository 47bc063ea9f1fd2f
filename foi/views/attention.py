"""What a person must act on after a crawl (`foi crawl --quiet`, the cron mode): each site or
document that failed this run, named by council and URL, with the cause in plain words."""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import urlsplit

# The crawler's one-line reasons (crawler/base.py failure_reason), said for a person.
PLAIN = [
    (r"^host not found", "the site's address could not be found: this machine may be offline, or the site has moved"),
    (r"^connection refused", "the site refused the connection: it may be down"),
    (r"^timed out", "the site did not answer in time"),
    (r"^HTTP 404", "not found (HTTP 404): the council may have taken it down or moved it"),
    (r"^HTTP 410", "gone (HTTP 410): the council has taken it down"),
    (r"^HTTP 40[13]", "access refused by the site (HTTP 401/403)"),
    (r"^HTTP 429", "the site asked us to slow down (HTTP 429) and kept refusing"),
    (r"^HTTP 5\d\d", "the site had an internal error (HTTP 5xx): try again later"),
    (r"^forbidden by robots\.txt", "the site's robots.txt asks crawlers not to fetch it"),
    (r"^larger than the download size limit", "larger than the download size limit (FOI_MAX_BYTES)"),
    (r"^redirect loop", "the site redirects in a loop"),
    (r"^refused: redirect to another site", "it redirects to another site, which is not followed"),
]  # fmt: skip
# Reasons that concern a whole site: reported once per site, not once per URL.
SITE_WIDE = ("host not found", "connection refused")


def plain(reason: str | None) -> str:
    reason = (reason or "failed").strip()
    for pattern, words in PLAIN:
        if re.match(pattern, reason, re.I):
            return words
    return reason


def attention(failures: list[tuple[str, str | None, str]], names: dict[str, str]) -> list[str]:
    """One line per (url, authority code, reason) failed this run: the council, the URL and
    the cause. A site that could not be reached at all is one line, with how many requests
    failed."""
    sites: dict[tuple[str, str], list[str]] = defaultdict(list)
    lines: list[str] = []
    seen: set[str] = set()
    for url, code, reason in failures:
        reason = reason or "failed"
        if reason.startswith(SITE_WIDE):
            host = urlsplit(url).netloc or url
            sites[(host, plain(reason))].append(url)
            continue
        key = f"{url} {reason}"
        if key in seen:
            continue
        seen.add(key)
        who = f"{names.get(code, code)} ({code})" if code else "(no council)"
        lines.append(f"{who}: {url}: {plain(reason)}")
    for (host, why), urls in sorted(sites.items(), reverse=True):
        more = f" ({len(urls)} requests)" if len(urls) > 1 else ""
        lines.insert(0, f"site {host}: {urls[0]}{more}: {why}")
    return lines
