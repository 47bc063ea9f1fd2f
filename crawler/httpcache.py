"""Scrapy's HTTP cache, made so that a fault never turns into a damaged document (issue 15).

Before: a disk that filled up while Scrapy's FilesystemCacheStorage wrote a PDF left its body
truncated in DATA_DIR/state/httpcache; once space was freed, the server's 304 made Scrapy
serve the broken copy, and the crawl archived it as `ok`, that night and every night after.

- **Written whole or not at all.** An entry is one file (its metadata, headers and body),
  written under a temporary name beside its place and renamed over it; a write that fails
  (the disk full) leaves the previous entry as it was, logs a warning and counts
  `foi/httpcache/not_written`, and the crawl goes on (the cache only saves a download). One
  file rather than Scrapy's seven per response, and no charset detection to store a PDF's
  "encoding": the two took a fifth of the crawl's event loop (issue 14).
- **Checked when read.** Each entry records its body's length and SHA-256; an entry whose
  body no longer matches (truncated or altered behind the crawler's back, or torn by a crash,
  which is why no fsync is needed) is deleted and treated as never cached, so the request
  goes out without `If-None-Match`/`If-Modified-Since` and the server sends the whole
  document again. Entries in Scrapy's folder layout (written before) are still read, with
  the same checks, those without a digest held to their Content-Length, and replaced by a
  file when next stored.
- **Never a short body.** A response whose body does not match its Content-Length is never
  cached, and `CompleteBodyMiddleware` fails it (`truncated: 1,000 of 5,000 bytes
  (Content-Length)`), so the manifest records it as failed and the next crawl asks for it
  again. (Scrapy's own DOWNLOAD_FAIL_ON_DATALOSS already fails a connection that closes
  early; this also covers a copy served from the cache.)
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import json
import logging
import os
import pickle
import re
import secrets
import shutil
import struct
from pathlib import Path
from time import time
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.httpcache import FilesystemCacheStorage
from scrapy.http import Headers, Response
from scrapy.utils.misc import load_object
from scrapy.utils.response import response_from_dict
from w3lib.http import headers_raw_to_dict

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
    """FilesystemCacheStorage's places, one file per entry, written atomically and checked
    when read (module docstring). Paths are plain strings: pathlib's parsing was most of
    the cost of a cache miss, and every request of a first crawl is one."""

    def open_spider(self, spider: Spider) -> None:
        super().open_spider(spider)
        self._stats = spider.crawler.stats
        self._made: set[str] = set()  # folders known to exist: no mkdir per entry
        # Temporary names unique to this process (several workers may share one cache).
        self._tmp = f"{secrets.token_hex(4)}.{os.getpid()}"
        self._n = 0

    def _count(self, what: str) -> None:
        if getattr(self, "_stats", None) is not None:
            self._stats.inc_value(f"foi/httpcache/{what}")

    def _paths(self, spider: Spider, request: Request) -> tuple[str, str]:
        """The entry's file, and its folder in Scrapy's layout (an entry written before)."""
        key = self._fingerprinter.fingerprint(request).hex()
        legacy = os.path.join(self.cachedir, spider.name, key[0:2], key)
        return legacy + ENTRY_SUFFIX, legacy

    def retrieve_response(self, spider: Spider, request: Request) -> Response | None:
        path, legacy = self._paths(spider, request)
        try:
            with self._open(path, "rb") as f:
                if 0 < self.expiration_secs < time() - os.fstat(f.fileno()).st_mtime:
                    return None  # expired
                raw = f.read()
        except FileNotFoundError:
            if os.path.exists(os.path.join(legacy, "pickled_meta")):
                return self._retrieve_legacy(Path(legacy), request)
            return None  # not cached
        except (OSError, EOFError) as exc:  # EOFError: a gzip entry cut short (HTTPCACHE_GZIP)
            return self._discard(path, request, f"unreadable ({exc.__class__.__name__})")
        try:
            metadata, data = _decode(raw)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:  # not ours, or cut
            return self._discard(path, request, f"unreadable ({exc.__class__.__name__})")
        body = data["body"]
        if metadata["body_length"] != len(body) or _sha256(body) != metadata["body_sha256"]:
            return self._discard(path, request, "its body does not match what was stored")
        try:
            response = _response(data)
        except (ValueError, TypeError, KeyError, AttributeError, ImportError, NameError) as exc:
            return self._discard(path, request, f"unreadable ({exc.__class__.__name__})")
        request.meta["cache_timestamp"] = metadata["timestamp"]
        return response

    def _retrieve_legacy(self, rpath: Path, request: Request) -> Response | None:
        """An entry in the folder layout of Scrapy's storage (and of this one before it kept
        one file per entry): read with its checks, and replaced by a file when next stored."""
        try:
            meta_path = rpath / "pickled_meta"
            if 0 < self.expiration_secs < time() - meta_path.stat().st_mtime:
                return None  # expired
            with self._open(meta_path, "rb") as f:
                metadata = pickle.load(f)  # noqa: S301 (our own cache, checked below)
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
            return self._discard(str(rpath), request, f"unreadable ({exc.__class__.__name__})")
        digest, length = metadata.get("body_sha256"), metadata.get("body_length")
        if digest is not None and (length != len(body) or _sha256(body) != digest):
            return self._discard(str(rpath), request, "its body does not match what was stored")
        if digest is None and (why := truncated(request, response)):
            return self._discard(str(rpath), request, why)  # an entry from before the check
        request.meta["cache_timestamp"] = metadata["timestamp"]
        return response

    def _discard(self, path: str, request: Request, why: str) -> None:
        logger.warning("HTTP cache entry for %s dropped, %s: fetching it again", request.url, why)
        self._count("discarded")
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(path)
        return None

    def store_response(self, spider: Spider, request: Request, response: Response) -> None:
        headers = Headers(response.headers)
        if not KNOWN_SHORT.isdisjoint(response.flags):
            if b"Content-Length" in headers:  # stored as what it is
                headers[b"Content-Length"] = str(len(response.body)).encode()
        elif truncated(request, response):
            return  # never cached; CompleteBodyMiddleware fails it
        path, legacy = self._paths(spider, request)
        metadata = {
            "url": request.url,
            "method": request.method,
            "status": response.status,
            "response_url": response.url,
            "timestamp": time(),
            "body_length": len(response.body),
            "body_sha256": _sha256(response.body),
        }
        entry = _encode(metadata, headers, _attributes(response), response.body)
        folder, name = os.path.split(path)
        self._n += 1
        tmp = os.path.join(folder, f".{name}.{self._tmp}.{self._n}.tmp")
        try:
            if folder not in self._made:
                os.makedirs(folder, exist_ok=True)
                self._made.add(folder)
            # Written beside its place and renamed over it: a reader sees the previous entry
            # or this one, whole. No fsync: a crash can tear only the temporary file, or an
            # entry whose body then fails its length and digest, which is dropped.
            with self._open(tmp, "wb") as f:
                f.write(entry)
            os.replace(tmp, path)
        except OSError as exc:  # the disk full, a folder not writable: the previous entry stays
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            self._count("not_written")
            logger.warning("HTTP cache entry for %s not written (%s)", request.url, exc)
            return
        if os.path.isdir(legacy):  # the same entry in Scrapy's layout, now superseded
            shutil.rmtree(legacy, ignore_errors=True)


# One entry, one file: MAGIC, the length of a JSON head (4 bytes, big-endian), the head
# (metadata, headers and the response's other attributes), then the body as it came.
ENTRY_SUFFIX = ".entry"
MAGIC = b"foi-httpcache 1\n"
_HEAD = struct.Struct(">I")
# What an entry keeps of a response besides url, status, headers and body, and the response
# classes it may name (response_from_dict loads what `_class` names).
_EXTRA = frozenset({"flags", "ip_address", "protocol", "encoding", "_class"})
_CLASSES = re.compile(r"scrapy\.http\.response(?:\.\w+)*\.\w+")


_classes: dict[str, type[Response]] = {}


def _response(data: dict[str, Any]) -> Response:
    """response_from_dict(data), without its second copy of the headers nor an import per
    entry (every response of a re-crawl comes from here)."""
    name = data.pop("_class", None)
    if name is None:
        return response_from_dict(data)  # the class guessed from the headers, as Scrapy does
    if (cls := _classes.get(name)) is None:
        cls = load_object(name)
        if not (isinstance(cls, type) and issubclass(cls, Response)):
            raise TypeError(f"{name} is not a response class")
        _classes[name] = cls
    return cls(**data)  # the headers as a plain dict: made into Headers once, here


def _sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _attributes(response: Response) -> dict[str, Any]:
    """What Response.to_dict() keeps besides url, status, headers and body, but the encoding
    only where it was given: to_dict() works it out from the body, which for a PDF (a
    TextResponse to Scrapy) runs charset detection over every byte of it, on the event loop."""
    out: dict[str, Any] = {
        attr: getattr(response, attr)
        for attr in response.attributes
        if attr not in {"url", "status", "headers", "body", "request", "certificate", "encoding"}
    }
    if (given := getattr(response, "_encoding", None)) is not None:
        out["encoding"] = given
    if type(response) is not Response:
        out["_class"] = f"{type(response).__module__}.{type(response).__name__}"
    return out


def _latin1(values: Any) -> list[str]:
    return [bytes(v).decode("latin-1") for v in values]


def _encode(
    metadata: dict[str, Any], headers: Headers, extra: dict[str, Any], body: bytes
) -> bytes:
    kept: dict[str, Any] = {}
    for key, value in extra.items():
        if key == "ip_address":
            kept[key] = None if value is None else str(value)
        elif key == "flags":  # "cached" says where this run got it: not kept, nor piled up
            kept[key] = [str(f) for f in value if f != "cached"]
        elif key in _EXTRA and (value is None or isinstance(value, str)):
            kept[key] = value
    head = json.dumps(
        {
            **metadata,
            "headers": [[k.decode("latin-1"), _latin1(v)] for k, v in headers.items()],
            "extra": kept,
        },
        ensure_ascii=False,
    ).encode("utf-8")
    return b"".join((MAGIC, _HEAD.pack(len(head)), head, body))


def _decode(raw: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """(metadata, the dict response_from_dict takes) of one entry; ValueError where it is
    not one whole entry of this layout."""
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + _HEAD.size:
        raise ValueError("not an entry")
    (size,) = _HEAD.unpack_from(raw, len(MAGIC))
    start = len(MAGIC) + _HEAD.size
    if start + size > len(raw):
        raise ValueError("cut short")
    head = json.loads(raw[start : start + size])
    body = raw[start + size :]
    extra = {k: v for k, v in head["extra"].items() if k in _EXTRA}
    if extra.get("ip_address") is not None:
        extra["ip_address"] = ipaddress.ip_address(extra["ip_address"])
    if "_class" in extra and not _CLASSES.fullmatch(str(extra["_class"])):
        raise ValueError(f"response class {extra['_class']!r} not allowed")
    data = {
        **extra,
        "url": head["response_url"],
        "status": int(head["status"]),
        "headers": {
            k.encode("latin-1"): [v.encode("latin-1") for v in vs] for k, vs in head["headers"]
        },
        "body": body,
    }
    metadata = {k: head[k] for k in ("url", "method", "status", "response_url", "timestamp")}
    metadata["body_length"] = int(head["body_length"])
    metadata["body_sha256"] = str(head["body_sha256"])
    return metadata, data
