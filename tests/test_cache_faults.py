"""Faults in the HTTP cache lose nothing (issue 15, data loss): a body shorter than its
Content-Length is recorded as failed and fetched again, never archived as `ok` nor cached; a
cache entry truncated behind the crawler's back is dropped, so the server's 304 cannot make
the crawl archive the broken copy; a full disk while the cache is written leaves no torn
entry (on a real tmpfs where the machine allows one, else by a failing write in-process).

The crawls run against a small server on 127.0.0.1 whose one reply PDF can be sent whole,
cut short, or as a 304 to a conditional request."""

from __future__ import annotations

import errno
import hashlib
import http.server
import ipaddress
import json
import os
import pickle
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler
from w3lib.http import headers_dict_to_raw

from crawler.httpcache import (
    ENTRY_SUFFIX,
    MAGIC,
    CompleteBodyMiddleware,
    SafeCacheStorage,
    TruncatedResponse,
)
from foi.archive.store import Archive
from tests import builders
from tests.conftest import ROOT

SEED = (ROOT / "foi" / "samples" / "leicester-city-seed.txt").read_text("utf-8")
HEADER = (
    "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector"
)
LETTER = [SEED.splitlines()[i] for i in range(min(40, len(SEED.splitlines())))]
# A reply PDF of about 400 KB (padding after %%EOF, which readers ignore), so that a full
# tmpfs can hold the listing and the page but not it.
PDF = builders.pdf([LETTER]) + b"\n%" + b"padding " * 50_000 + b"\n"
ETAG = '"' + hashlib.sha256(PDF).hexdigest()[:16] + '"'


class Site:
    """The council's site: a log, a page that matches the campaign, and its PDF."""

    def __init__(self) -> None:
        self.mode = "whole"  # "whole", or "short": Content-Length of the whole, a tenth sent
        self.requests: list[tuple[str, str | None]] = []  # (path, If-None-Match)
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.requests.append((self.path, self.headers.get("If-None-Match")))
                if self.path == "/log":
                    self.send_html(
                        "<html><body><a class='result' href='/foi/reply'>r</a></body></html>"
                    )
                elif self.path == "/foi/reply":
                    self.send_html(
                        "<html><head><title>Bruising in non-mobile infants</title></head><body>"
                        f"<main><pre>{SEED}</pre><ul class='att'><li>"
                        "<a href='/foi/reply.pdf'>Response letter</a></li></ul></main></body></html>"
                    )
                elif self.path == "/foi/reply.pdf":
                    if self.headers.get("If-None-Match") == ETAG:
                        self.send_response(304)
                        self.send_header("ETag", ETAG)
                        self.end_headers()
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", "application/pdf")
                    self.send_header("Content-Length", str(len(PDF)))
                    self.send_header("ETag", ETAG)
                    self.end_headers()
                    self.wfile.write(PDF if site.mode == "whole" else PDF[: len(PDF) // 10])
                    self.wfile.flush()
                    self.close_connection = True
                else:
                    self.send_error(404)

            def send_html(self, html: str) -> None:
                body = html.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def pdf_requests(self) -> list[str | None]:
        return [etag for path, etag in self.requests if path == "/foi/reply.pdf"]


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.server.shutdown()


CRAWL = (
    "import sys\n"
    "from pathlib import Path\n"
    "from crawler.run import crawl\n"
    "crawl(Path(sys.argv[1]), sources=Path(sys.argv[2]), platforms=['council_site'])\n"
)
ENV = {
    **os.environ,
    "FOI_DOWNLOAD_DELAY": "0",
    "FOI_RETRY_TIMES": "0",
    "FOI_DOWNLOAD_TIMEOUT": "10",
}


def sources_for(site: Site, where: Path) -> Path:
    path = where / "sources.csv"
    path.write_text(f"{HEADER}\nE06000016,council_site,{site.base}/log,a.result,,main,ul.att a\n")
    return path


def crawl(data: Path, sources: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", CRAWL, str(data), str(sources)],
        env=ENV, capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]


def pdf_records(data: Path) -> list:
    return [r for r in Archive(data).records() if r.location.endswith("/foi/reply.pdf")]


def entry_of(path: Path) -> tuple[dict, bytes]:
    """(metadata, body) of one cache entry file (crawler/httpcache.py's layout)."""
    raw = path.read_bytes()
    assert raw.startswith(MAGIC)
    (size,) = struct.unpack_from(">I", raw, len(MAGIC))
    start = len(MAGIC) + 4
    return json.loads(raw[start : start + size]), raw[start + size :]


def cache_entries(data: Path) -> list[Path]:
    """The cache entries of the reply PDF (their request was for it)."""
    root = data / "state" / "httpcache"
    return [
        p
        for p in root.rglob(f"*{ENTRY_SUFFIX}")
        if entry_of(p)[0]["url"].endswith("/foi/reply.pdf")
    ]


def whole(entry: Path) -> bool:
    meta, body = entry_of(entry)
    return body == PDF and meta["body_length"] == len(PDF)


def legacy_entry(entry: Path) -> Path:
    """Rewrite an entry in Scrapy's own folder layout (seven files, no length or digest in its
    metadata), as an older version of the project or Scrapy's storage left it."""
    meta, body = entry_of(entry)
    folder = entry.with_suffix("")
    folder.mkdir()
    keep = {k: meta[k] for k in ("url", "method", "status", "response_url", "timestamp")}
    headers = {k.encode("latin-1"): [v.encode("latin-1") for v in vs] for k, vs in meta["headers"]}
    extra = {k: v for k, v in meta["extra"].items() if k != "ip_address"}
    files = {
        "meta": repr(keep).encode(),
        "pickled_meta": pickle.dumps(keep, protocol=4),
        "response_headers": headers_dict_to_raw(headers) or b"",
        "response_body": body,
        "response_data": pickle.dumps(extra, protocol=4),
        "request_headers": b"",
        "request_body": b"",
    }
    for name, content in files.items():
        (folder / name).write_bytes(content)
    entry.unlink()
    return folder


def test_a_body_shorter_than_its_content_length_is_failed_and_fetched_again(site, tmp_path):
    data, sources = tmp_path / "data", sources_for(site, tmp_path)
    site.mode = "short"
    crawl(data, sources)
    (record,) = pdf_records(data)
    assert record.status == "failed" and "truncated" in (record.reason or "")
    assert not record.sha256  # nothing of it archived
    assert cache_entries(data) == []  # nor cached
    site.mode = "whole"
    crawl(data, sources)
    ok = [r for r in pdf_records(data) if r.status == "ok"]
    assert [r.sha256 for r in ok] == [hashlib.sha256(PDF).hexdigest()]
    assert Archive(data).path_for(ok[0].sha256).read_bytes() == PDF


def test_a_cache_entry_truncated_behind_the_crawlers_back_is_not_archived(site, tmp_path):
    data, sources = tmp_path / "data", sources_for(site, tmp_path)
    crawl(data, sources)
    (entry,) = cache_entries(data)
    entry.write_bytes(entry.read_bytes()[:5000])  # as a full disk once left it
    site.requests.clear()
    crawl(data, sources)
    # The broken copy was dropped: the PDF was asked for without If-None-Match, so the
    # server could not answer 304, and sent it whole.
    assert site.pdf_requests() and None in site.pdf_requests()
    assert {r.sha256 for r in pdf_records(data) if r.status == "ok"} == {
        hashlib.sha256(PDF).hexdigest()
    }
    (entry,) = cache_entries(data)
    assert whole(entry)


def test_a_cache_entry_from_before_the_check_is_held_to_its_content_length(site, tmp_path):
    """An entry Scrapy's own storage wrote (seven files in a folder, no length or digest in
    its metadata), truncated behind the crawler's back: its Content-Length gives it away."""
    data, sources = tmp_path / "data", sources_for(site, tmp_path)
    crawl(data, sources)
    (entry,) = cache_entries(data)
    folder = legacy_entry(entry)
    body = folder / "response_body"
    body.write_bytes(body.read_bytes()[:5000])
    site.requests.clear()
    crawl(data, sources)
    assert None in site.pdf_requests()  # dropped: asked for whole, not revalidated
    assert {r.sha256 for r in pdf_records(data) if r.status == "ok"} == {
        hashlib.sha256(PDF).hexdigest()
    }
    assert not folder.exists()  # and cached again as one file
    (entry,) = cache_entries(data)
    assert whole(entry)


def test_a_whole_cache_entry_from_before_is_still_revalidated(site, tmp_path):
    """An entry in Scrapy's folder layout that is whole is used as it was (a 304 and no
    body), so the first crawl after an upgrade asks for nothing again; it is replaced by
    one file when stored again."""
    data, sources = tmp_path / "data", sources_for(site, tmp_path)
    crawl(data, sources)
    (entry,) = cache_entries(data)
    folder = legacy_entry(entry)
    site.requests.clear()
    crawl(data, sources)
    assert site.pdf_requests() == [ETAG]  # revalidated: the server answered 304
    assert not folder.exists()
    (entry,) = cache_entries(data)
    assert whole(entry)


# -- a full disk --------------------------------------------------------------------------------


def tmpfs_available(where: Path) -> str | None:
    """None where a private tmpfs can be mounted (root, or an unprivileged user namespace),
    else why not."""
    if not shutil.which("unshare"):
        return "no unshare(1) on this machine"
    where.mkdir(parents=True, exist_ok=True)
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f"mount -t tmpfs -o size=64k tmpfs '{where}'"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    if probe.returncode != 0:
        return f"cannot mount a tmpfs here ({probe.stderr.strip()[:120] or 'not permitted'})"
    return None


FULL_DISK = """
set -e
mount -t tmpfs -o size=1m tmpfs "$CACHE"
head -c 700000 /dev/zero > "$CACHE/filler"
"$PYTHON" -c "$CRAWL" "$DATA" "$SOURCES"
rm "$CACHE/filler"
"$PYTHON" -c "$CRAWL" "$DATA" "$SOURCES"
"$PYTHON" -c "$REPORT" "$CACHE" > "$OUT"
"""
REPORT = (
    "import json, sys\n"
    "from pathlib import Path\n"
    "from tests.test_cache_faults import entry_of\n"
    "out = []\n"
    "for p in Path(sys.argv[1]).rglob('*'):\n"
    "    if p.is_file() and p.name != 'filler':\n"
    "        try:\n"
    "            meta, body = entry_of(p)\n"
    "        except Exception:\n"
    "            out.append([str(p), -1, p.stat().st_size])  # not an entry: torn or left over\n"
    "            continue\n"
    "        out.append([meta['url'], meta.get('body_length'), len(body)])\n"
    "print(json.dumps(out))\n"
)


def test_a_full_disk_while_caching_leaves_no_torn_entry(site, tmp_path):
    """The cache on a 1 MB tmpfs, 700 KB of it taken: the 400 KB PDF cannot be cached. The
    crawl archives it whole all the same; once space is freed the next crawl caches it, and
    no entry on the tmpfs is ever shorter than its metadata says."""
    data, sources = tmp_path / "data", sources_for(site, tmp_path)
    cache = data / "state" / "httpcache"
    if why := tmpfs_available(tmp_path / "probe"):
        pytest.skip(f"a real full disk needs a tmpfs: {why}; the in-process test below stands in")
    cache.mkdir(parents=True)
    out = tmp_path / "cache.json"
    env = {
        **ENV,
        "CACHE": str(cache), "PYTHON": sys.executable, "CRAWL": CRAWL, "REPORT": REPORT,
        "DATA": str(data), "SOURCES": str(sources), "OUT": str(out),
    }  # fmt: skip
    proc = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", FULL_DISK],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "not written" in proc.stderr  # the first crawl could not cache the PDF, and said so
    entries = json.loads(out.read_text())
    assert all(length == size for _, length, size in entries)  # nothing torn
    assert any(url.endswith("/foi/reply.pdf") for url, _, _ in entries)  # cached once freed
    ok = {r.sha256 for r in pdf_records(data) if r.status == "ok"}
    assert ok == {hashlib.sha256(PDF).hexdigest()}


# -- in-process: the storage and the middleware -------------------------------------------------


def storage(tmp_path: Path) -> tuple[SafeCacheStorage, object]:
    crawler = get_crawler(settings_dict={"HTTPCACHE_DIR": str(tmp_path / "cache")})
    crawler.spider = crawler._create_spider("cachetest")  # type: ignore[attr-defined]
    store = SafeCacheStorage(Settings({"HTTPCACHE_DIR": str(tmp_path / "cache")}))
    store.open_spider(crawler.spider)
    return store, crawler.spider


def pdf_response(url: str, body: bytes = PDF) -> Response:
    headers = {"Content-Type": "application/pdf", "Content-Length": str(len(PDF)), "ETag": ETAG}
    return Response(url, status=200, headers=headers, body=body)


def test_disk_full_in_the_middle_of_a_cache_write_keeps_the_previous_entry(tmp_path, monkeypatch):
    store, spider = storage(tmp_path)
    request = Request("http://127.0.0.1:1/foi/reply.pdf")
    old = PDF.replace(b"padding", b"previous")
    store.store_response(spider, request, Response(request.url, body=old))
    real_open = store._open

    def fills_up(path, mode="rb", *args, **kwargs):  # type: ignore[no-untyped-def]
        fh = real_open(path, mode, *args, **kwargs)
        if "w" in mode:
            real_write = fh.write

            def write(data: bytes) -> int:
                real_write(data[: len(data) // 3])  # part of it reaches the disk, then ENOSPC
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

            fh.write = write
        return fh

    monkeypatch.setattr(store, "_open", fills_up)
    store.store_response(spider, request, pdf_response(request.url))  # no exception: logged
    monkeypatch.setattr(store, "_open", real_open)
    kept = store.retrieve_response(spider, request)
    assert kept is not None and kept.body == old  # the previous entry, whole
    leftovers = [p for p in (tmp_path / "cache").rglob("*") if p.name.startswith(".")]
    assert leftovers == []  # no half-written file left behind


def test_a_torn_entry_is_read_as_not_cached(tmp_path):
    store, spider = storage(tmp_path)
    request = Request("http://127.0.0.1:1/foi/reply.pdf")
    entry = Path(store._paths(spider, request)[0])
    # Cut anywhere (a crash after the rename, before the data reached the disk, leaves a
    # short or empty file): never served, and dropped so the next request is not conditional.
    for cut in (0, 10, len(MAGIC) + 2, 200, -len(PDF), -1):
        store.store_response(spider, request, pdf_response(request.url))
        raw = entry.read_bytes()
        entry.write_bytes(raw[: cut % len(raw)])
        assert store.retrieve_response(spider, request) is None, cut
        assert not entry.exists()
    # A body altered behind the crawler's back, its length kept.
    store.store_response(spider, request, pdf_response(request.url))
    raw = entry.read_bytes()
    entry.write_bytes(raw[:-20] + b"x" * 20)
    assert store.retrieve_response(spider, request) is None
    assert not entry.exists()


def test_an_entry_keeps_what_the_response_was(tmp_path):
    """Class, status, headers (any bytes), the address it came from and its flags come back
    as they went in; an entry naming a class outside Scrapy's responses is refused."""
    store, spider = storage(tmp_path)
    request = Request("http://127.0.0.1:1/foi/reply")
    response = HtmlResponse(
        "http://127.0.0.1:1/foi/reply?moved=1",
        status=203,
        headers={"Content-Type": "text/html; charset=utf-8", "X-Odd": b"\xff\x00 caf\xc3\xa9"},
        body="<p>café</p>".encode(),
        ip_address=ipaddress.ip_address("127.0.0.1"),
        protocol="HTTP/1.1",
        flags=["redirected"],
    )
    store.store_response(spider, request, response)
    back = store.retrieve_response(spider, request)
    assert type(back) is HtmlResponse and back.text == "<p>café</p>"
    assert (back.url, back.status, back.protocol, back.flags) == (
        response.url,
        203,
        "HTTP/1.1",
        ["redirected"],
    )
    assert back.headers.getlist("X-Odd") == [b"\xff\x00 caf\xc3\xa9"]
    assert back.ip_address == ipaddress.ip_address("127.0.0.1")
    assert "cache_timestamp" in request.meta
    entry = Path(store._paths(spider, request)[0])
    head, body = entry_of(entry)
    head["extra"]["_class"] = "subprocess.Popen"
    planted = json.dumps(head).encode()
    entry.write_bytes(MAGIC + struct.pack(">I", len(planted)) + planted + body)
    assert store.retrieve_response(spider, request) is None


def test_a_short_body_is_never_cached_and_fails_with_its_reason(tmp_path):
    store, spider = storage(tmp_path)
    request = Request("http://127.0.0.1:1/foi/reply.pdf")
    short = pdf_response(request.url, PDF[:1000])
    store.store_response(spider, request, short)
    assert store.retrieve_response(spider, request) is None
    crawler = get_crawler()
    with pytest.raises(TruncatedResponse, match=r"truncated: 1,000 of [\d,]+ bytes"):
        CompleteBodyMiddleware(crawler).process_response(request, short)
    # A HEAD, a 304 and a response without Content-Length are whole as they are.
    mw = CompleteBodyMiddleware(crawler)
    head = Request(request.url, method="HEAD")
    assert mw.process_response(head, pdf_response(request.url, b"")) is not None
    not_modified = Response(request.url, status=304, headers={"Content-Length": "9"})
    assert mw.process_response(request, not_modified) is not None
    assert mw.process_response(request, Response(request.url, body=b"x")) is not None
