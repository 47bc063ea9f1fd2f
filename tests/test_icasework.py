"""Issue 10, part 4: a portal that draws its list of published responses with JavaScript, as
iCasework's do (Hertfordshire's), crawled through Debian's Chromium (scrapy-playwright) for a
row of platform icasework. Plain HTTP sees an empty page; the browser sees the list, its
"Next" link and each response. What the page asks for on another host is never fetched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from foi.mirror import serve
from tests import logsites
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's Chromium (/usr/bin/chromium) is missing: apt-get install chromium "
    "(the project never downloads a browser)",
)
CORPUS = ROOT / "tests" / "corpus"
DB = "db=hertfordshire"
SHELL = """<!DOCTYPE html><html><head><title>Published responses - Hertfordshire (synthetic)
</title></head><body><header class='portal-header'><a href='/'>Portal home</a></header>
<main id='app'><p class='loading'>Loading…</p></main><script src='/portal.js'></script>
</body></html>"""
# Draws the list (?id=855014) or one case (any other id) from the portal's JSON; also asks a
# tracker on another host, which the crawler's browser must not reach.
SCRIPT = """
const params = new URLSearchParams(location.search);
const app = document.getElementById('app');
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
fetch('TRACKER/pixel?from=' + encodeURIComponent(location.pathname)).catch(() => {});
if (params.get('id') === '855014') {
  const page = params.get('page') || '1';
  fetch('/api/list?page=' + page).then(r => r.json()).then(data => {
    let html = '<h1>Published FOI responses</h1><ul class="case-list">';
    for (const c of data.cases) {
      html += '<li class="case"><a href="/resource?id=' + c.id + '&db=hertfordshire">' +
        esc(c.title) + '</a> <span class="case-date">Responded ' + c.date + '</span></li>';
    }
    html += '</ul>';
    if (data.next) html += '<a class="next" href="/resource?id=855014&db=hertfordshire&page=' +
      data.next + '">Next</a>';
    app.innerHTML = html;
  });
} else {
  fetch('/api/case?id=' + params.get('id')).then(r => r.json()).then(c => {
    let files = c.files.map(f => '<li><a href="/files/' + f + '">' + f + '</a></li>').join('');
    app.innerHTML = '<h1>' + esc(c.title) + '</h1><p>Date responded: ' + c.date + '</p>' +
      '<div class="case-body">' + c.body + '</div><ul class="attachments">' + files + '</ul>';
  });
}
"""


def build(root: Path, tracker: str) -> dict[str, list[str]]:
    site = logsites.Site(root / "portal", "User-agent: *\nDisallow:\n")
    items = logsites.disclosures(n_other=14)
    chosen = [d for d in items if d.key != "reply-docx-only"]
    site.file("/portal.js", SCRIPT.replace("TRACKER", tracker).encode())
    site.routes["/portal.js"] = {"file": "portal.js", "type": "application/javascript"}
    pages = logsites.pages(chosen, 8)
    for n, chunk in enumerate(pages, start=1):
        site.page(f"/resource?id=855014&{DB}" + (f"&page={n}" if n > 1 else ""), SHELL)
        cases = [{"id": d.nid, "title": d.title, "date": f"{d.day:%d/%m/%Y}"} for d in chunk]
        listing = {"cases": cases, "next": n + 1 if n < len(pages) else None}
        site.file(f"/api/list-{n}.json", json.dumps(listing).encode())
        site.routes[f"/api/list?page={n}"] = {
            "file": f"api/list-{n}.json",
            "type": "application/json",
        }
    for d in chosen:
        site.page(f"/resource?id={d.nid}&{DB}", SHELL)
        case = {"title": d.title, "date": logsites.dmy(d.day), "body": d.body,
                "files": [name for name, _ in d.files]}  # fmt: skip
        site.file(f"/api/case-{d.nid}.json", json.dumps(case).encode())
        site.routes[f"/api/case?id={d.nid}"] = {
            "file": f"api/case-{d.nid}.json",
            "type": "application/json",
        }
        for name, data in d.files:
            site.file(f"/files/{name}", data)
    site.save()
    page = {d.key: f"/resource?id={d.nid}&{DB}" for d in chosen}
    return {
        "kept": [page["reply-inline"], "/files/FOI-2025-1187-response.pdf"],
        "never": [
            page["decoy-2023"],
            page["decoy-fruit"],
            page["decoy-other-request"],
            page["decoy-attachment"],
            "/files/FOI-2025-1150-response.pdf",
        ],
    }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    from foi.archive.store import Archive

    root = tmp_path_factory.mktemp("icasework")
    (root / "elsewhere" / "tracker").mkdir(parents=True)
    # Another host (127.0.0.1; the portal is on 127.0.1.1): the page's tracker.
    with serve(root / "elsewhere") as tracker:
        expect = build(root / "sites", tracker.bases["tracker"])
        with serve(root / "sites", distinct_hosts=True) as mirror:
            base = mirror.bases["portal"]
            sources = root / "sources.csv"
            sources.write_text(
                f"{logsites.HEADER}\nE10000015,icasework,{base}/resource?id=855014&{DB},,,,\n"
            )
            stats = logsites.run_crawl(sources, root / "data", ["icasework"])
            paths = list(mirror.stats["portal"].paths)
            check = subprocess.run(
                [sys.executable, "-m", "foi.cli", "sources", "check", "--sources", str(sources)],
                capture_output=True, text=True, timeout=120, cwd=ROOT,
                env={**os.environ, "FOI_DOWNLOAD_DELAY": "0"},
            )  # fmt: skip
        records = list(Archive(root / "data").records())
        ok = [r.location[len(base) :] for r in records if r.status == "ok"]
        return {
            "ok": ok,
            "expect": expect,
            "paths": paths,
            "stats": stats,
            "tracker": tracker,
            "check": check,
            "sources": sources,
        }


@needs_chromium
def test_the_list_is_read_from_the_rendered_page(crawled):
    paths = crawled["paths"]
    assert "/api/list?page=1" in paths and "/api/list?page=2" in paths  # the browser drew it
    assert crawled["stats"]["icasework"]["foi/found"] >= 5


@needs_chromium
def test_replies_kept_decoys_not(crawled):
    for path in crawled["expect"]["kept"]:
        assert path in crawled["ok"], (path, crawled["ok"])
    assert not set(crawled["expect"]["never"]) & set(crawled["ok"])


@needs_chromium
def test_sources_check_reads_the_portal_through_the_browser(crawled):
    proc = crawled["check"]
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "items on the first page: 8" in proc.stdout and "pagination: works" in proc.stdout
    assert ",ok 20" in crawled["sources"].read_text()


@needs_chromium
def test_the_browser_never_leaves_the_portal(crawled):
    assert crawled["tracker"].stats["tracker"].requests == 0
    assert not any(p.endswith((".css", ".png", ".woff2")) for p in crawled["paths"])


def test_browser_requests_held_to_the_rows_hosts():
    from crawler import browser
    from crawler.safety import Site

    browser.SITES[:] = [
        Site("row 2", frozenset({"portal.example.org", "www.portal.example.org"}), False),
        Site("row 3", frozenset({"127.0.1.1"}), True),
    ]
    try:
        assert browser.allowed("https://portal.example.org/resource?id=1")
        assert browser.allowed("http://127.0.1.1:8080/api/list?page=1")  # a local row
        assert not browser.allowed("https://tracker.example.net/pixel")
        assert not browser.allowed("http://169.254.169.254/latest/meta-data/")
        assert not browser.allowed("file:///etc/passwd")
        assert not browser.allowed("data:text/html,<p>x</p>")
    finally:
        browser.SITES.clear()
