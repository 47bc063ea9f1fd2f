"""Fetch only what a council publishes, checked in one place for every request.

- `SafeFetchMiddleware` (downloader): every request, redirect, attachment and robots.txt
  passes through it. Only http(s); a redirect stays on its source's site (the sources row's
  host, its www. twin, hosts the row allows, or the host the link pointed at); never a
  loopback, private, link-local, multicast, reserved or cloud-metadata address, checked for
  IP literals and for what a host name resolves to (IPv4 and IPv6, IPv4-mapped included),
  unless the sources row is itself local (its own host is a loopback address: the tests,
  the demo and the benchmark mirror). robots.txt is read up to FOI_MAX_ROBOTS_BYTES.
- `CrawlLimitsMiddleware` (spider): gives every request the site (sources row) it came
  from, and caps links followed per page and pages per source.

A refused request raises `Refused` (an IgnoreRequest), so it reaches the spider's errback
and is recorded in the manifest as a failure with its one-line reason.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.threads import deferToThread

from foi.reference.sources import Source

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

SCHEMES = ("http", "https")
# Cloud instance metadata services. 168.63.129.16 (Azure) is a public address, so it needs
# naming; the others are also caught as link-local, shared or private.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean, ...
        "169.254.170.2",  # AWS ECS task metadata
        "169.254.169.253",  # AWS DNS
        "fd00:ec2::254",  # AWS over IPv6
        "100.100.100.200",  # Alibaba Cloud
        "168.63.129.16",  # Azure wire server
    )
)
METADATA_NAMES = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "instance-data",
        "instance-data.ec2.internal",
    }
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Refused(IgnoreRequest):
    """A request the crawler will not make; the message is the manifest's one-line reason."""


@dataclass(frozen=True)
class Site:
    """Where a request belongs: one sources row."""

    key: str  # the row, for the per-source page cap
    hosts: frozenset[str]  # where its redirects may go
    local: bool  # its own host is a loopback address: loopback addresses are allowed


def host_twins(host: str) -> set[str]:
    """A host and its www. twin: example.gov.uk and www.example.gov.uk are one site."""
    host = host.lower().rstrip(".")
    bare = host.removeprefix("www.")
    return {bare, f"www.{bare}"}


def parse_ip(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


def is_loopback_host(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    ip = parse_ip(host)
    return ip is not None and any(a.is_loopback for a in _with_embedded(ip))


def site_of(source: Source) -> Site:
    host = urlparse(source.url.replace("{query}", "q")).hostname or ""
    allowed = {h for a in source.allowed_hosts for h in host_twins(a)}
    return Site(
        f"row {source.row} ({host})", frozenset(host_twins(host) | allowed), is_loopback_host(host)
    )


def site_for_url(url: str) -> Site:
    """For a request that no sources row claims (robots.txt): its own host is its site."""
    host = urlparse(url).hostname or ""
    return Site(f"host {host}", frozenset(host_twins(host)), is_loopback_host(host))


def _with_embedded(ip: IPAddress) -> list[IPAddress]:
    """The address and any IPv4 address carried inside an IPv6 one (mapped, 6to4, Teredo,
    NAT64): ::ffff:127.0.0.1 reaches 127.0.0.1."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return [ip.ipv4_mapped]  # judged as the IPv4 address it is
    out: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.sixtofour:
            out.append(ip.sixtofour)
        if ip.teredo:
            out.extend(ip.teredo)
        if ip in NAT64:
            out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return out


def address_problem(ip: IPAddress, local: bool = False) -> str | None:
    """Why the crawler must not connect to this address, or None. A local source may reach
    loopback addresses, nothing else internal."""
    for a in _with_embedded(ip):
        if a in METADATA_ADDRESSES:
            return "cloud metadata address"
        if a.is_loopback:
            if local:
                continue
            return "loopback address"
        for kind in ("multicast", "link_local", "unspecified", "reserved", "private"):
            if getattr(a, f"is_{kind}"):
                return f"{kind.replace('_', '-')} address"
        if not a.is_global:
            return "not a public address"
    return None


def addresses_of(host: str) -> list[str]:
    """Every address a name resolves to, IPv4 and IPv6; [] if it does not resolve (the
    connection then fails as "host not found")."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in infos]


class SafeFetchMiddleware:
    """Downloader middleware, before robots.txt (so an internal host's robots.txt is never
    asked for either)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.max_robots_bytes = crawler.settings.getint("FOI_MAX_ROBOTS_BYTES")
        self.resolved: dict[str, list[str]] = {}
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SafeFetchMiddleware:
        return cls(crawler)

    def refuse(self, reason: str) -> Refused:
        self.crawler.stats.inc_value(f"foi/refused/{reason.split(' (')[0]}")
        return Refused(f"refused: {reason}")

    async def process_request(self, request: Request) -> None:
        url = urlparse_cached(request)
        if url.scheme not in SCHEMES:
            raise self.refuse(f"not an http(s) address ({url.scheme or 'no scheme'})")
        if is_robots(request):
            request.meta["foi_robots_cap"] = self.max_robots_bytes
        site: Site = request.meta.get("foi_site") or site_for_url(request.url)
        host = (url.hostname or "").rstrip(".")
        if request.meta.get("redirect_urls") and not redirect_allowed(request, site, host):
            raise self.refuse(f"redirect to another site ({host})")
        if problem := await self.host_problem(host, site.local):
            raise self.refuse(problem)

    async def host_problem(self, host: str, local: bool) -> str | None:
        if host.lower() in METADATA_NAMES:
            return f"cloud metadata address ({host})"
        ip = parse_ip(host)
        if ip is not None:
            problem = address_problem(ip, local)
            return f"{problem} ({host})" if problem else None
        if host not in self.resolved:
            self.resolved[host] = await self.resolve(host)
        for address in self.resolved[host]:
            found = parse_ip(address)
            if found is not None and (problem := address_problem(found, local)):
                return f"{problem} ({host} is {address})"
        return None

    async def resolve(self, host: str) -> list[str]:
        """What the name resolves to, off the event loop; plus the address Scrapy itself will
        connect to (its resolver caches it, so the check and the connection see one answer)."""
        from twisted.internet import reactor  # here: importing it installs a reactor

        found = await maybe_deferred_to_future(deferToThread(addresses_of, host))
        # Unresolvable: the download itself then fails as "host not found".
        with contextlib.suppress(Exception):
            found.append(await maybe_deferred_to_future(reactor.resolve(host)))  # type: ignore[attr-defined]
        return found

    def bytes_received(self, data: bytes, request: Request, spider: Any) -> None:
        """Stop reading a robots.txt at the cap; the part read is used (as Google does)."""
        cap = request.meta.get("foi_robots_cap")
        if cap is None:
            return
        got = request.meta["foi_robots_read"] = request.meta.get("foi_robots_read", 0) + len(data)
        if got > cap:
            raise StopDownload(fail=False)

    def process_response(self, request: Request, response: Response) -> Response:
        cap = request.meta.get("foi_robots_cap")
        if cap is not None and len(response.body) > cap:
            self.crawler.stats.inc_value("foi/capped/robots.txt bytes")
            logger.warning("%s is over %d bytes: only the first %d read", request.url, cap, cap)
            return response.replace(body=response.body[:cap])
        return response


def is_robots(request: Request) -> bool:
    return (
        bool(request.meta.get("dont_obey_robotstxt"))
        and urlparse_cached(request).path == "/robots.txt"
    )


def redirect_allowed(request: Request, site: Site, host: str) -> bool:
    """Within the source's site, or on the host the link itself pointed at."""
    first = urlparse(request.meta["redirect_urls"][0]).hostname or ""
    return host.lower() in site.hosts | host_twins(first)


class CrawlLimitsMiddleware(BaseSpiderMiddleware):
    """Spider middleware: each request inherits its page's site (the sources row it came
    from); a page's links beyond FOI_MAX_LINKS_PER_PAGE and a source's requests beyond
    FOI_MAX_PAGES_PER_SOURCE are dropped and counted (foi/capped/...)."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.max_links = crawler.settings.getint("FOI_MAX_LINKS_PER_PAGE")
        self.max_pages = crawler.settings.getint("FOI_MAX_PAGES_PER_SOURCE")
        self.pages: dict[str, int] = {}
        self.warned: set[tuple[str, str]] = set()

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        site = request.meta.get("foi_site")
        if site is None:
            inherited = response.meta.get("foi_site") if response is not None else None
            site = request.meta["foi_site"] = inherited or site_for_url(request.url)
        if response is not None:
            links = response.meta["foi_links"] = response.meta.get("foi_links", 0) + 1
            if self.max_links and links > self.max_links:
                return self.capped("links per page", response.url, self.max_links)
        self.pages[site.key] = self.pages.get(site.key, 0) + 1
        if self.max_pages and self.pages[site.key] > self.max_pages:
            return self.capped("pages per source", site.key, self.max_pages)
        return request

    def capped(self, what: str, where: str, limit: int) -> None:
        self.crawler.stats.inc_value(f"foi/capped/{what}")
        if (what, where) not in self.warned:
            self.warned.add((what, where))
            setting = "FOI_MAX_" + what.upper().replace(" ", "_")
            logger.warning("%s: over %d %s, the rest not fetched (%s)", where, limit, what, setting)
        return None
