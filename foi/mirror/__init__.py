"""The offline demo's mirror: synthetic publishing sites, and their server on 127.0.0.1 (one
port per site) for `foi demo` and the tests.

The sites ship as package data beside this module: sites/ (the bruising campaign: an
Alaveteli site, a disclosure log, two councils' own sites) with sources.csv, expected.json
and EXPECTED.md, and s47_medicals/ (the s47 medicals campaign's). A campaign names its own
folder (`mirror` in its [campaign] table). They are generated, never edited by hand:
`python -m tests.mirror` (tests/mirror/) writes them from the campaigns and the synthetic
replies kept with the tests, and a test checks that what ships is that output.

A site is a folder. A request for path P with query Q is answered from the folder's
routes.json entry "P?Q" (or "P"): {"file", "type", "status", "delay", "headers", "times"}, {"status": 404}, {"redirect": "/x"};
otherwise from the file P under the folder; otherwise 404. The server counts requests and
bytes sent, so tests can measure what a crawl cost the site.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from time import monotonic  # (tests hold a slow page by replacing `time`'s sleep)
from typing import Any
from urllib.parse import unquote, urlsplit


@dataclass
class SiteStats:
    requests: int = 0
    bytes_sent: int = 0
    paths: list[str] = field(default_factory=list)
    first: float | None = None  # monotonic() of the first request, and of the latest
    last: float | None = None


def _route(root: Path, hits: dict[str, int], key: str) -> dict[str, Any] | None:
    """The routes.json entry for a request, if any."""
    routes_file = root / "routes.json"
    # Read on every request: a test may change a site while it is being served.
    routes = json.loads(routes_file.read_text("utf-8")) if routes_file.exists() else {}
    route: dict[str, Any] | None = routes.get(key) or routes.get(unquote(key))
    if route is not None and "times" in route:
        # Answer this way only the first N times ("busy, retry later"), then normally.
        hits[key] = hits.get(key, 0) + 1
        if hits[key] > int(route["times"]):
            route = {"file": route["file"]} if "file" in route else None
    return route


class _Handler(BaseHTTPRequestHandler):
    """Answers from one site folder (root), counting what it sends (stats)."""

    root: Path
    stats: SiteStats
    hits: dict[str, int]  # requests per routes.json key, for the "times" routes

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "text/html; charset=utf-8",
        **headers: str,
    ) -> None:
        if status == 200:
            # Validators, so a crawler can revalidate with a conditional GET (304: no body).
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            headers = {"ETag": etag, **headers}
            if etag in (self.headers.get("If-None-Match") or ""):
                status, body = 304, b""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.stats.bytes_sent += len(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self.stats.requests += 1
        self.stats.last = monotonic()
        if self.stats.first is None:
            self.stats.first = self.stats.last
        self.stats.paths.append(self.path)
        parts = urlsplit(self.path)
        key = f"{parts.path}?{parts.query}" if parts.query else parts.path
        route = _route(self.root, self.hits, key)
        if route is not None:
            return self.send_route(route)
        path = (self.root / unquote(parts.path).lstrip("/")).resolve()
        if path.is_dir():
            path = path / "index.html"
        if self.root.resolve() in path.parents and path.is_file():
            ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if ctype.startswith("text/"):
                ctype += "; charset=utf-8"
            return self.send(200, path.read_bytes(), ctype)
        return self.send(404, b"not found")

    def send_route(self, route: dict[str, Any]) -> None:
        if route.get("delay"):
            time.sleep(float(route["delay"]))  # a slow page, for timeout tests
        if "redirect" in route:
            return self.send(302, b"", Location=route["redirect"])
        headers = route.get("headers", {})
        if "file" not in route or int(route.get("status", 200)) >= 400:
            return self.send(int(route.get("status", 404)), b"error", **headers)
        path = self.root / route["file"]
        ctype = (
            route.get("type") or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        )
        return self.send(int(route.get("status", 200)), path.read_bytes(), ctype, **headers)


def _handler(root: Path, stats: SiteStats) -> type[BaseHTTPRequestHandler]:
    return type("Handler", (_Handler,), {"root": root, "stats": stats, "hits": {}})


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        """A crawler that gives up on a slow page hangs up: not worth a traceback."""
        exc = sys.exc_info()[1]
        if not isinstance(exc, ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Mirror:
    bases: dict[str, str]  # site name -> http://127.0.0.1:port
    stats: dict[str, SiteStats]

    def substitute(self, text: str) -> str:
        for name, base in self.bases.items():
            text = text.replace(f"{{base:{name}}}", base)
        return text


def bundled_sites() -> Path:
    return Path(str(resources.files("foi").joinpath("mirror/sites")))


@contextmanager
def serve(
    sites_dir: Path | None = None, only: list[str] | None = None, distinct_hosts: bool = False
) -> Iterator[Mirror]:
    """Start one server per site folder; stop them all on exit. With distinct_hosts each site
    gets its own loopback address (127.0.1.N), because a crawler's politeness is per host, not
    per port: on the web every council is its own host."""
    sites_dir = Path(sites_dir or bundled_sites())
    servers = []
    bases: dict[str, str] = {}
    stats: dict[str, SiteStats] = {}
    try:
        for site in sorted(p for p in sites_dir.iterdir() if p.is_dir()):
            if only and site.name not in only:
                continue
            stats[site.name] = SiteStats()
            n = len(servers)
            host = f"127.0.{1 + n // 250}.{1 + n % 250}" if distinct_hosts else "127.0.0.1"
            server = _Server((host, 0), _handler(site, stats[site.name]))
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
            bases[site.name] = f"http://{host}:{server.server_address[1]}"
        yield Mirror(bases, stats)
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
