"""Scrapy's HTTP cache, made so that a fault never turns into a damaged document (issue 15).

Before: a disk that filled up while Scrapy's FilesystemCacheStorage wrote a PDF left its body
truncated in DATA_DIR/state/httpcache; once space was freed, the server's 304 made Scrapy
serve the broken copy, and the crawl archived it as `ok`, that night and every night after.

- **Written whole or not at all.** An entry is written into a new hidden folder beside its
  place and renamed into it; a write that fails (the disk full) leaves the previous entry as
  it was, logs a warning and counts `foi/httpcache/not_written`, and the crawl goes on (the
  cache only saves a download).
- **Checked when read.** Each entry records its body's length and SHA-256; an entry whose
  body no longer matches (truncated or altered behind the crawler's back, or torn by a crash,
  which is why no fsync is needed) is deleted and treated as never cached, so the request
  goes out without `If-None-Match`/`If-Modified-Since` and the server sends the whole
  document again. Entries written before this check are held to their Content-Length.
- **Never a short body.** A response whose body does not match its Content-Length is never
  cached, and `CompleteBodyMiddleware` fails it (`truncated: 1,000 of 5,000 bytes
  (Content-Length)`), so the manifest records it as failed and the next crawl asks for it
  again. (Scrapy's own DOWNLOAD_FAIL_ON_DATALOSS already fails a connection that closes
  early; this also covers a copy served from the cache.)
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import secrets
import shutil
from pathlib import Path
from time import time
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.httpcache import FilesystemCacheStorage
from scrapy.http import Headers, Response
from scrapy.utils.python import to_bytes
from scrapy.utils.response import response_from_dict
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict

logger = logging.getLogger(__name__)

NO_BODY = {204, 304}
# Responses whose Content-Length is known not to count their body: one from the cache (its
# body was checked against what was stored when it was read; a 304 revalidating it has put
# its own Content-Length, 0, on it), one whose download was stopped on purpose at a cap
# (robots.txt, crawler/safety.py), and a browser's rendering of a page (scrapy-playwright:
# the page as drawn, beside the headers of what the server sent).
KNOWN_SHORT = frozenset({"cached", "download_stopped", "playwright"})


class TruncatedResponse(IgnoreRequest):
    """A body shorter or longer than its Content-Length: the errback records it as failed."""


def truncated(request: Request | None, response: Response) -> str | None:
    """Why the response's body is not the whole of what its Content-Length announces, as the
    manifest's reason, or None where it is whole (or nothing can be said)."""
    declared = response.headers.get(b"Content-Length")
    if declared is None or response.status in NO_BODY or response.status < 200:
        return None
    if request is not None and request.method == "HEAD":
        return None
    try:
        expected = int(declared.split(b",")[0].strip())
    except ValueError:
        return None
    got = len(response.body)
    if got == expected:
        return None
    return f"truncated: {got:,} of {expected:,} bytes (Content-Length)"


class CompleteBodyMiddleware:
    """Fails a response whose body does not match its Content-Length (fresh or from the
    cache). Placed between the cache and the decompression middleware, so it sees the bytes
    as they came, which are the ones Content-Length counts."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CompleteBodyMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not KNOWN_SHORT.isdisjoint(response.flags):
            return response
        why = truncated(request, response)
        if why is None:
            return response
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("foi/truncated")
        logger.warning("%s: %s", request.url, why)
        raise TruncatedResponse(why)


class SafeCacheStorage(FilesystemCacheStorage):
    """FilesystemCacheStorage, written atomically and checked when read (module docstring)."""

    def open_spider(self, spider: Spider) -> None:
        super().open_spider(spider)
        self._stats = spider.crawler.stats

    def _count(self, what: str) -> None:
        if getattr(self, "_stats", None) is not None:
            self._stats.inc_value(f"foi/httpcache/{what}")

    def retrieve_response(self, spider: Spider, request: Request) -> Response | None:
        rpath = Path(self._get_request_path(spider, request))
        try:
            metadata = self._read_meta(spider, request)
            if metadata is None:
                return None  # not cached, or expired
            with self._open(rpath / "response_body", "rb") as f:
                body = f.read()
            with self._open(rpath / "response_headers", "rb") as f:
                headers = headers_raw_to_dict(f.read())
            data: dict[str, Any] = {
                "url": metadata["response_url"],
                "status": metadata["status"],
                "headers": headers,
                "body": body,
            }
            if (rpath / "response_data").exists():
                with self._open(rpath / "response_data", "rb") as f:
                    data.update(pickle.load(f))  # noqa: S301 (our own cache, checked below)
            response = response_from_dict(data)
        except (OSError, EOFError, ValueError, KeyError, TypeError, pickle.UnpicklingError) as exc:
            return self._discard(rpath, request, f"unreadable ({exc.__class__.__name__})")
        digest, length = metadata.get("body_sha256"), metadata.get("body_length")
        if digest is not None and (
            length != len(body) or hashlib.sha256(body).hexdigest() != digest
        ):
            return self._discard(rpath, request, "its body does not match what was stored")
        if digest is None and (why := truncated(request, response)):
            return self._discard(rpath, request, why)  # an entry from before the check
        request.meta["cache_timestamp"] = metadata["timestamp"]
        return response

    def _discard(self, rpath: Path, request: Request, why: str) -> None:
        logger.warning("HTTP cache entry for %s dropped, %s: fetching it again", request.url, why)
        self._count("discarded")
        shutil.rmtree(rpath, ignore_errors=True)
        return None

    def store_response(self, spider: Spider, request: Request, response: Response) -> None:
        headers = Headers(response.headers)
        if not KNOWN_SHORT.isdisjoint(response.flags):
            if b"Content-Length" in headers:  # stored as what it is
                headers[b"Content-Length"] = str(len(response.body)).encode()
        elif truncated(request, response):
            return  # never cached; CompleteBodyMiddleware fails it
        rpath = Path(self._get_request_path(spider, request))
        metadata = {
            "url": request.url,
            "method": request.method,
            "status": response.status,
            "response_url": response.url,
            "timestamp": time(),
            "body_length": len(response.body),
            "body_sha256": hashlib.sha256(response.body).hexdigest(),
        }
        extra = {
            key: value
            for key, value in response.to_dict().items()
            if key not in {"url", "status", "headers", "body"}
        }
        files = {
            "meta": to_bytes(repr(metadata)),
            "pickled_meta": pickle.dumps(metadata, protocol=4),
            "response_headers": headers_dict_to_raw(headers) or b"",
            "response_body": response.body,
            "response_data": pickle.dumps(extra, protocol=4),
            "request_headers": headers_dict_to_raw(request.headers) or b"",
            "request_body": request.body,
        }
        tmp = rpath.with_name(f".{rpath.name}.{secrets.token_hex(6)}.tmp")
        try:
            rpath.parent.mkdir(parents=True, exist_ok=True)
            tmp.mkdir()  # with the user's umask, as the cache's other folders
            for name, data in files.items():
                with self._open(tmp / name, "wb") as f:
                    f.write(data)
            _swap(tmp, rpath)
        except OSError as exc:  # the disk full, a folder not writable: the previous entry stays
            shutil.rmtree(tmp, ignore_errors=True)
            self._count("not_written")
            logger.warning("HTTP cache entry for %s not written (%s)", request.url, exc)


def _swap(new: Path, place: Path) -> None:
    """Put the folder `new` where `place` is, in two renames; between them `place` is absent
    (read as not cached), never half written."""
    if not place.exists():
        os.rename(new, place)
        return
    old = place.with_name(f".{place.name}.{secrets.token_hex(6)}.old")
    os.rename(place, old)
    os.rename(new, place)
    shutil.rmtree(old, ignore_errors=True)
