"""Real Scrapy crawls of a council site (described only by a sources row) that misbehaves:
404, 500, a slow page, a redirect loop, an oversized file, a mislabelled file, a page robots.txt
forbids, and a second site that is down. Each failure is recorded per document; the crawl
goes on; the campaign's responses are kept and the unrelated pages rejected."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from foi.archive.store import Archive
from foi.mirror import serve
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
CHROME = '<header><nav><a href="/">Home</a></nav></header><div class="cookie">Cookies</div>'


def page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html><head><title>{title} | Wigan Council (synthetic)</title></head>"
        f"<body>{CHROME}<main><h1>{title}</h1><div class='foi-body'>{body}</div></main>"
        "<footer>Synthetic test site</footer></body></html>"
    )


def build_site(root: Path, *, slow: bool = True, busy: bool = True) -> dict:
    """Wigan's log (synthetic): 4 listing pages, 2 campaign responses among unrelated ones.
    For the tests that check something else, slow=False leaves out the page that times out
    (twice, with the retry: 8 s of a crawl) and busy=False the 429, whose Retry-After slows
    every later request to the site by a second."""
    site = root / "trouble"
    (site / "foi" / "files").mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    letter = (CORPUS / "letters" / "norfolk-q-and-a-letter.pdf").read_bytes()
    (site / "foi" / "files" / "response.pdf").write_bytes(letter)
    (site / "foi" / "files" / "huge.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 400_000)
    docx = (CORPUS / "letters" / "derbyshire-three-column.docx").read_bytes()
    (site / "foi" / "files" / "labelled-pdf.pdf").write_bytes(docx)
    answers = (CORPUS / "web_mail" / "york-letter-crlf.txt").read_text("utf-8")
    pages = {
        "in-page": page("Bruising in non-mobile infants", "<pre>" + answers + "</pre>"),
        "attached": page(
            "FOI 2025/4411 safeguarding policy",
            "<p>Please see the attached response.</p>"
            "<ul class='att'><li><a href='/foi/files/response.pdf'>Response (PDF)</a></li>"
            "<li><a href='/foi/files/labelled-pdf.pdf'>Annex (served as PDF)</a></li>"
            "<li><a href='/foi/files/huge.pdf'>Large scan</a></li>"
            "<li><a href='/foi/files/missing.pdf'>Missing file</a></li></ul>",
        ),
        "fruit": page(
            "School meals",
            "<p>Bruising to fruit delivered to school kitchens is checked daily.</p>",
        ),
    }
    for n in range(27):
        pages[f"other-{n}"] = page(
            f"Parking fines {n}", f"<p>We issued {n * 13} penalty notices.</p>"
        )
    for slug, html in pages.items():
        (site / "foi" / f"{slug}.html").write_text(html)
    # The busy page listed last: its Retry-After slows the whole site from then on.
    slugs = [s for s in pages if s != "in-page"]
    slugs += ["broken", "slow", "loop", "../private/secret", "in-page"]
    listing_pages = [slugs[i : i + 11] for i in range(0, len(slugs), 11)]
    routes = _trouble_routes(slow=slow, busy=busy)
    (site / "private").mkdir()
    (site / "private" / "secret.html").write_text(page("Secret", "<p>bruising non-mobile</p>"))
    for i, group in enumerate(listing_pages, start=1):
        items = "".join(f"<li><a class='result' href='/foi/{s}.html'>{s}</a></li>" for s in group)
        nxt = (
            f"<a class='next' href='/log?q=bruising+non-mobile&page={i + 1}'>Next</a>"
            if i < len(listing_pages)
            else ""
        )
        (site / f"listing-{i}.html").write_text(
            page(f"Disclosure log page {i}", f"<ul>{items}</ul>{nxt}")
        )
        routes[f"/log?q=bruising+non-mobile&page={i}"] = {"file": f"listing-{i}.html"}
    (site / "routes.json").write_text(json.dumps(routes))
    return {"pages": len(listing_pages)}


def _trouble_routes(*, slow: bool, busy: bool) -> dict[str, dict]:
    """How the site misbehaves: a 500, a redirect loop, a file served as another type, and
    (if asked) a page slower than the crawl's timeout and a page busy the first time."""
    routes: dict[str, dict] = {
        "/foi/broken.html": {"status": 500},
        "/foi/loop.html": {"redirect": "/foi/loop2.html"},
        "/foi/loop2.html": {"redirect": "/foi/loop.html"},
        "/foi/files/labelled-pdf.pdf": {
            "file": "foi/files/labelled-pdf.pdf",
            "type": "application/pdf",
        },
    }
    if slow:
        routes["/foi/slow.html"] = {"file": "foi/other-0.html", "delay": 9}
    if busy:  # the first time (429 with Retry-After), then the page
        routes["/foi/in-page.html"] = {
            "file": "foi/in-page.html",
            "status": 429,
            "headers": {"Retry-After": "1"},
            "times": 1,
        }
    return routes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    root = tmp_path_factory.mktemp("sites")
    build_site(root)
    data = tmp_path_factory.mktemp("data")
    with serve(root) as mirror:
        base = mirror.bases["trouble"]
        down = f"http://127.0.0.1:{free_port()}"
        sources = root / "sources.csv"
        sources.write_text(
            "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector\n"
            f"E08000010,council_site,{base}/log?q={{query}}&page=1,a.result,a.next,main,ul.att a\n"
            f"E08000001,council_site,{down}/log?q={{query}},a.result,a.next,main,\n"
        )
        env = {
            **os.environ,
            "FOI_DOWNLOAD_DELAY": "0",
            "FOI_DOWNLOAD_TIMEOUT": "4",
            "FOI_MAX_BYTES": "200000",
            "FOI_RETRY_TIMES": "1",
        }
        proc = subprocess.run(
            [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources), "--data-dir", str(data)],
            env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
        paths = list(mirror.stats["trouble"].paths)
    # The second site is down: the crawl goes on, and the monitors make it exit non-zero.
    assert proc.returncode == 1, proc.stderr[-3000:]
    return {
        "records": list(Archive(data).records()),
        "out": proc.stdout,
        "err": proc.stderr,
        "paths": paths,
        "base": base,
    }


def by_path(records, suffix):
    return [r for r in records if r.location.endswith(suffix)]


def test_429_is_retried_after_the_wait_it_asks_for(crawled):
    assert crawled["paths"].count("/foi/in-page.html") == 2  # refused once, then fetched


def test_campaign_pages_kept_with_provenance(crawled):
    (rec,) = by_path(crawled["records"], "/foi/in-page.html")
    assert rec.status == "ok" and rec.authority_code == "E08000010" and rec.source == "council_site"
    assert rec.media_type == "html" and len(rec.sha256) == 64 and rec.retrieved_at.endswith("Z")
    assert rec.extra["http_status"] == 200 and rec.extra["title"].startswith("Bruising")


def test_answers_only_in_attachment_kept_with_its_page(crawled):
    (page_rec,) = by_path(crawled["records"], "/foi/attached.html")
    (pdf,) = by_path(crawled["records"], "/foi/files/response.pdf")
    assert pdf.status == "ok" and pdf.media_type == "pdf"
    assert pdf.extra["parent"] == page_rec.location and pdf.extra["kind"] == "attachment"


def test_unrelated_pages_rejected_not_archived(crawled):
    assert not by_path(crawled["records"], "/foi/fruit.html")
    assert not [r for r in crawled["records"] if "/foi/other-" in r.location]


def test_failures_recorded_per_document(crawled):
    reasons = {
        r.location.rsplit("/", 1)[-1]: r.reason for r in crawled["records"] if r.status == "failed"
    }
    assert reasons["broken.html"] == "HTTP 500"
    assert reasons["missing.pdf"] == "HTTP 404"
    assert reasons["slow.html"] == "timed out"
    assert "redirect" in reasons["loop.html"]
    assert reasons["huge.pdf"] == "larger than the download size limit"
    assert reasons["secret.html"] == "forbidden by robots.txt"
    assert any("connection refused" in (r.reason or "") for r in crawled["records"])


def test_robots_txt_honoured(crawled):
    assert not any("/private/" in p for p in crawled["paths"])


def test_mislabelled_file_recorded_and_read_by_content(crawled):
    (rec,) = by_path(crawled["records"], "/foi/files/labelled-pdf.pdf")
    assert rec.media_type == "docx" and "served as application/pdf" in rec.extra["mislabelled"]


def test_monitor_names_the_site_that_is_down(crawled):
    assert "MONITOR FAILED [council_site]" in crawled["err"]
    assert "every site reachable" in crawled["err"] and "connection refused" in crawled["err"]


def test_layout_change_fails_the_monitor(tmp_path):
    build_site(tmp_path)
    with serve(tmp_path) as mirror:
        sources = tmp_path / "sources.csv"
        base = mirror.bases["trouble"]
        sources.write_text(
            "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector\n"
            f"E08000010,council_site,{base}/log?q={{query}}&page=1,a.result-link-renamed,a.next,main,\n"
        )
        env = {**os.environ, "FOI_DOWNLOAD_DELAY": "0"}
        cmd = [
            sys.executable,
            "-m",
            "foi.cli",
            "crawl",
            "--sources",
            str(sources),
            "--data-dir",
            str(tmp_path / "d"),
        ]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 1
    assert "candidates found" in proc.stderr and "layout changed" in proc.stderr


def test_summary_per_authority(crawled):
    out = crawled["out"]
    assert "Wigan" in out and "found" in out and "kept" in out


def test_bad_sources_row_is_refused_with_its_row(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector\n"
        "E08000010,council_site,http://127.0.0.1:9/log,a.result,,,\n"
        "E99999999,council_site,http://127.0.0.1:9/log,a.result,,,\n"
        "E08000010,gopher_site,http://127.0.0.1:9/log,a.result,,,\n"
        "E08000010,council_site,http://127.0.0.1:9/log,a[,,,\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(bad), "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "row 3: authority_code 'E99999999'" in proc.stderr
    assert "row 4: platform 'gopher_site'" in proc.stderr
    assert "row 5: invalid CSS selector" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_scrapy_crawl_command_works_too(tmp_path):
    build_site(tmp_path, slow=False, busy=False)
    data = tmp_path / "data"
    with serve(tmp_path) as mirror:
        sources = tmp_path / "sources.csv"
        sources.write_text(
            "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector\n"
            f"E08000010,council_site,{mirror.bases['trouble']}/log?q={{query}}&page=1,a.result,a.next,main,ul.att a\n"
        )
        env = {
            **os.environ,
            "FOI_DOWNLOAD_DELAY": "0",
            "FOI_DOWNLOAD_TIMEOUT": "4",
            "FOI_RETRY_TIMES": "1",
            "FOI_DATA_DIR": str(data),  # where `scrapy crawl` keeps its HTTP cache
        }
        proc = subprocess.run(
            [str(Path(sys.executable).parent / "scrapy"), "crawl", "council_site", "-a", f"sources={sources}", "-s", f"FOI_DATA_DIR={data}"],
            env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    kept = [r for r in Archive(data).records() if r.status == "ok"]
    assert {r.location.rsplit("/", 1)[-1] for r in kept} >= {
        "in-page.html",
        "attached.html",
        "response.pdf",
    }


def test_month_of_reads_platform_dates():
    from crawler.base import month_of

    assert month_of("2025-11-27T14:32:05Z") == "2025-11"
    assert month_of("10 November 2025") == "2025-11"
    assert month_of("") is None and month_of("unknown") is None


def test_disclosurelog_dates_kept_and_old_responses_rejected(tmp_path):
    """A disclosurelog.co.uk log: dates and case reference become provenance; the same
    questions answered in 2023 (to an earlier request) fall outside the campaign's window."""
    site = tmp_path / "log"
    (site / "disclosures").mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nDisallow:\n")
    answers = (CORPUS / "web_mail" / "york-letter-crlf.txt").read_text("utf-8")

    def detail(ref: str, received: str) -> str:
        return page(
            f"Case {ref}",
            f"<dl class='disclosure-meta'><dt>Case reference</dt><dd>{ref}</dd><dt>Received</dt>"
            f"<dd>{received}</dd><dt>Published</dt><dd>{received}</dd></dl>"
            f"<section class='disclosure-response'><pre>{answers}</pre></section>",
        )

    (site / "disclosures" / "new").write_text(detail("FOI-2025-1", "12 November 2025"))
    (site / "disclosures" / "old").write_text(detail("FOI-2023-9", "3 April 2023"))
    listing = page(
        "Results",
        "".join(
            f"<div class='disclosure-result'><h3><a href='/disclosures/{s}'>{s}</a></h3></div>"
            for s in ("new", "old")
        ),
    )
    (site / "listing.html").write_text(listing)
    key = "/disclosures?page=0&sortType=PUBLISHED_DATE_DESCENDING&keywords=bruising"
    (site / "routes.json").write_text(json.dumps({key: {"file": "listing.html"}}))
    data = tmp_path / "data"
    with serve(tmp_path, only=["log"]) as mirror:
        sources = tmp_path / "sources.csv"
        sources.write_text(
            "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector\n"
            f"E06000014,disclosurelog,{mirror.bases['log']},,,,\n"
        )
        env = {**os.environ, "FOI_DOWNLOAD_DELAY": "0"}
        proc = subprocess.run(
            [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources), "--data-dir", str(data)],
            env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    (rec,) = list(Archive(data).records())
    assert rec.location.endswith("/disclosures/new") and rec.authority_code == "E06000014"
    assert rec.extra["reference"] == "FOI-2025-1" and rec.extra["received"] == "12 November 2025"
    assert "rejected: outside the date window 1" in proc.stdout


def test_quiet_mode_and_json_logs_for_cron(tmp_path):
    build_site(tmp_path, slow=False, busy=False)
    with serve(tmp_path) as mirror:
        sources = tmp_path / "sources.csv"
        base = mirror.bases["trouble"]
        sources.write_text(
            "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector\n"
            f"E08000010,council_site,{base}/log?q={{query}}&page=1,a.result,a.next,main,ul.att a\n"
        )
        log = tmp_path / "crawl.jsonl"
        env = {
            **os.environ,
            "FOI_DOWNLOAD_DELAY": "0",
            "FOI_DOWNLOAD_TIMEOUT": "4",
            "FOI_RETRY_TIMES": "1",
        }
        cmd = [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources), "--data-dir", str(tmp_path / "d"),
               "--quiet", "--log-json", str(log)]  # fmt: skip
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "found  kept" not in proc.stdout and "What changed" in proc.stdout
    assert " INFO: " not in proc.stderr  # warnings and errors only
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert lines and {"time", "level", "logger", "message"} <= set(lines[0])
