"""The fallback when a log page shows no listing (drawn by JavaScript, say): the site's
sitemap.xml, read with Scrapy's own parser, keeping the addresses under the log's path that
were modified since the campaign's window opened."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from crawler.dom import absolute, same_host

# A log at the site's root ("/", foi.council.gov.uk) cannot narrow the sitemap by its path:
# then only a host or a path that speaks of FOI does (not every page of a council's site).
FOI_WORDS = re.compile(r"foi|disclosure|freedom|information-?request|\beir\b", re.I)


@dataclass
class SitemapLinks:
    pages: list[str] = field(default_factory=list)  # under the log, recent enough
    sitemaps: list[str] = field(default_factory=list)  # children of a sitemap index
    older: int = 0  # under the log, but last modified before the window


def log_prefix(log_url: str) -> str:
    """The path the log's items live under: /foi/disclosure-log/ for /foi/disclosure-log,
    /foi/ for /foi/log.aspx."""
    path = urlsplit(log_url).path or "/"
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if "." in last:
        return path.rsplit("/", 1)[0] + "/"
    return path.rstrip("/") + "/"


def sitemap_links(body: bytes, log_url: str, since_month: str, max_bytes: int) -> SitemapLinks:
    if body[:2] == b"\x1f\x8b":
        body = gunzip(body, max_size=max_bytes)
    out = SitemapLinks()
    try:
        sitemap = Sitemap(body)
    except (StopIteration, ValueError):
        return out  # not XML: no sitemap
    prefix = log_prefix(log_url)
    whole_site = prefix == "/" and not FOI_WORDS.search(urlsplit(log_url).hostname or "")
    for entry in sitemap:
        url = absolute(entry.get("loc"), log_url)
        if url is None or not same_host(url, log_url):
            continue
        if sitemap.type == "sitemapindex":
            out.sitemaps.append(url)
        elif whole_site and not FOI_WORDS.search(urlsplit(url).path):
            continue
        elif urlsplit(url).path.startswith(prefix) and url.rstrip("/") != log_url.rstrip("/"):
            if since_month and entry.get("lastmod", "")[:7] and entry["lastmod"][:7] < since_month:
                out.older += 1
            else:
                out.pages.append(url)
    return out
