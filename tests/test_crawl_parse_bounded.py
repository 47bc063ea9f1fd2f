"""Every parse bounded, in the crawl too (issues 14 and 15): the coverage count reads each
kept document off Scrapy's event loop, in the build's worker with its time limit, so a
document that never finishes reading is archived as failed with the reason, the crawl ends
and the other documents are archived; the next crawl keeps that verdict without reading the
document again, and the build reuses the crawl's readings (parse cache).

The hostile document is a page whose reading hangs: a `sitecustomize` (on PYTHONPATH, so in
the crawl's process and its workers only) makes the parser sleep on a marker in its text,
as a regular expression that never ends would, and notes each time it starts on it."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from foi.archive.store import Archive
from foi.mirror import serve
from tests.conftest import ROOT
from tests.test_crawl_trouble import CORPUS, page

MARKER = "HOSTILE-READ-MARKER"
HANG = f'''
import os, time
import parsers.response as response

_parse = response.parse_document


def parse_document(data, *args, **kwargs):
    if b"{MARKER}" in data:
        with open(os.environ["FOI_TEST_HANG_LOG"], "a") as fh:
            fh.write("read\\n")
        time.sleep(300)
    return _parse(data, *args, **kwargs)


response.parse_document = parse_document
'''


def build_site(root: Path) -> None:
    site = root / "hostile"
    (site / "foi" / "files").mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nDisallow:\n")
    answers = html.escape((CORPUS / "web_mail" / "york-letter-crlf.txt").read_text("utf-8"))
    letter = (CORPUS / "letters" / "norfolk-q-and-a-letter.pdf").read_bytes()
    (site / "foi" / "files" / "response.pdf").write_bytes(letter)
    pages = {
        "in-page": page("Bruising in non-mobile infants", f"<pre>{answers}</pre>"),
        "hostile": page("Bruising in non-mobile babies", f"<pre>{answers}\n{MARKER}</pre>"),
        "attached": page(
            "FOI 2025/4411 safeguarding policy",
            "<p>Please see the attached response.</p>"
            "<ul class='att'><li><a href='/foi/files/response.pdf'>Response (PDF)</a></li></ul>",
        ),
    }
    for slug, body in pages.items():
        (site / "foi" / f"{slug}.html").write_text(body)
    items = "".join(f"<li><a class='result' href='/foi/{s}.html'>{s}</a></li>" for s in pages)
    (site / "listing.html").write_text(page("Disclosure log", f"<ul>{items}</ul>"))
    routes = {"/log?q=bruising+non-mobile&page=1": {"file": "listing.html"}}
    (site / "routes.json").write_text(json.dumps(routes))


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    root = tmp_path_factory.mktemp("sites")
    build_site(root)
    hook = tmp_path_factory.mktemp("hook")
    (hook / "sitecustomize.py").write_text(HANG)
    data = tmp_path_factory.mktemp("data")
    log = hook / "reads.log"
    runs = []
    with serve(root) as mirror:
        sources = root / "sources.csv"
        sources.write_text(
            "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector\n"
            f"E08000010,council_site,{mirror.bases['hostile']}/log?q={{query}}&page=1,a.result,,main,ul.att a\n"
        )
        env = {
            **os.environ,
            "PYTHONPATH": str(hook),
            "FOI_TEST_HANG_LOG": str(log),
            "FOI_PARSE_TIMEOUT": "2",
            "FOI_DOWNLOAD_DELAY": "0",
            "FOI_RETRY_TIMES": "0",
        }
        cmd = [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources), "--data-dir", str(data)]  # fmt: skip
        for _ in range(2):
            runs.append(
                subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
            )
    return {"runs": runs, "records": list(Archive(data).records()), "log": log}


def test_the_crawl_ends_and_records_why_the_document_failed(crawls):
    first = crawls["runs"][0]
    assert first.returncode == 0, first.stderr[-3000:]
    (hostile,) = [r for r in crawls["records"] if r.location.endswith("/foi/hostile.html")]
    assert hostile.status == "failed"
    assert hostile.reason == "took over 2 s to read (FOI_PARSE_TIMEOUT)"
    assert "failed: took over 2 s to read 1" in first.stdout  # the crawl's reasons


def test_the_other_documents_are_archived_and_read(crawls):
    kept = {r.location.rsplit("/", 1)[-1] for r in crawls["records"] if r.status == "ok"}
    assert kept >= {"in-page.html", "attached.html", "response.pdf"}
    assert "Wigan" in crawls["runs"][0].stdout
    # The build after the crawl reuses what the crawl read: nothing is read twice.
    assert "documents: parsed 0," in crawls["runs"][0].stdout


def test_the_next_crawl_keeps_the_verdict_without_reading_it_again(crawls):
    second = crawls["runs"][1]
    assert second.returncode == 0, second.stderr[-3000:]
    assert crawls["log"].read_text().splitlines() == ["read"]  # started on once, in two crawls
    hostile = [r for r in crawls["records"] if r.location.endswith("/foi/hostile.html")]
    assert len(hostile) == 1  # the same verdict: nothing new to record
    assert "No change since the last run." in second.stdout
