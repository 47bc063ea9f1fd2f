"""Issue 14: a re-crawl passes over what the last crawl decided and is still fresh
(crawler/unchanged.py): it does not even ask the HTTP cache for it, yet counts it as the
last crawl did, so the monitors and the per-authority summary read the same. Anything that
could change what a document comes to (the sources row, a failure under it, a raw file
gone) has it decided again. Counted at the servers and in the crawl's stats."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from scrapy import Request

from benchmarks.crawl import make_sites
from crawler.unchanged import Unchanged
from foi.archive.datadir import DataDir
from foi.archive.store import Archive
from foi.campaigns.campaign import load_campaign
from foi.mirror import serve
from foi.reference.registry import Registry
from tests.conftest import ROOT

SITES = 3
DOCUMENTS = 6  # per site: the listing's six disclosures (one has the letter under it)
ENV = {**os.environ, "FOI_DOWNLOAD_DELAY": "0", "FOI_RETRY_TIMES": "0"}
HEADER = (
    "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector"
)
# The crawl's own counts, as `foi crawl` prints them per authority and the monitors read them.
CRAWL = """
import json, sys
from crawler.run import crawl
stats = crawl(sys.argv[1], sources=sys.argv[2])
print(json.dumps({k: v for s in stats.values() for k, v in s.items()
                  if k.startswith(("foi/", "finish_reason")) and k != "foi/failures"}))
"""


def crawl(sources: Path, data: Path) -> dict[str, int]:
    proc = subprocess.run(
        [sys.executable, "-c", CRAWL, str(data), str(sources)],
        env=ENV, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def decided(stats: dict[str, int]) -> dict[str, int]:
    """What the crawl came to, without what it passed over or archived anew."""
    return {
        k: v for k, v in stats.items() if k != "foi/unchanged" and not k.startswith("foi/archived")
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("unchanged")
    registry = Registry.load()
    make_sites(root / "sites", registry, SITES)  # documents with a month-old Last-Modified
    data = root / "data"
    out = {}
    with serve(root / "sites", distinct_hosts=True) as mirror:
        names = sorted(mirror.bases)
        sites = dict(zip(names, sorted((root / "sites").iterdir()), strict=True))

        def sources(content: str = "main") -> Path:
            rows = [
                f"{a.code},council_site,{mirror.bases[n]}/log?page=1,a.r,a.next,{content},a.att"
                for n, a in zip(names, registry.authorities, strict=False)
            ]
            path = root / f"sources-{content}.csv"
            path.write_text("\n".join([HEADER, *rows]) + "\n")
            return path

        def run(label: str, source: Path) -> None:
            for stats in mirror.stats.values():
                stats.paths.clear()
            stats = crawl(source, data)
            fetched: Counter[str] = Counter()
            for s in mirror.stats.values():
                fetched.update(s.paths)
            out[label] = {"stats": stats, "fetched": fetched}

        # The first site's letter is missing at first (a 404 under its page), then put back.
        letter = sites[names[0]] / "foi" / "bruising-letter.pdf"
        letter.rename(root / "letter.pdf")
        run("first", sources())
        (root / "letter.pdf").rename(letter)
        run("again", sources())
        run("third", sources())
        # What a re-crawl comes to when it decides every document again from the cache.
        shutil.rmtree(DataDir(data).state / "unchanged")
        run("decided again", sources())
        run("reselected", sources("body"))  # another content selector for every site
        run("after reselected", sources("body"))
        # A kept letter's raw file lost: its page and letter are decided and archived again.
        archive = Archive(data)
        pdfs = [r for r in archive.records() if r.location.endswith(".pdf") and r.status == "ok"]
        archive.path_for(pdfs[-1].sha256).unlink()
        run("lost", sources("body"))
        out["raw back"] = archive.path_for(pdfs[-1].sha256).exists()
        out["record"] = DataDir(data).unchanged(load_campaign().id, "council_site")
    return out


def test_a_recrawl_passes_over_what_is_fresh_and_counts_it_as_before(runs):
    third, decided_again = runs["third"], runs["decided again"]
    assert third["fetched"] == Counter({"/log?page=1": SITES, "/log?page=2": SITES})
    assert third["stats"]["foi/unchanged"] == DOCUMENTS * SITES
    # The same counts as a re-crawl that decides every document again from the HTTP cache.
    assert decided(third["stats"]) == decided(decided_again["stats"])
    assert "foi/unchanged" not in decided_again["stats"]
    archived = third["stats"]["foi/archived/unchanged"]
    assert archived == decided_again["stats"]["foi/archived/unchanged"] == 2 * SITES
    assert third["stats"]["foi/kept"] == SITES and third["stats"]["foi/parsed"] == 2 * SITES
    assert third["stats"]["finish_reason"] == "finished"


def test_a_failure_under_a_document_has_it_decided_again(runs):
    """The first site's letter failed (404) the first time: the next crawl asks for it again
    (its page from the cache), while every other fresh document is passed over."""
    first, again = runs["first"], runs["again"]
    assert first["stats"]["foi/failed"] == 1
    assert again["fetched"]["/foi/bruising-letter.pdf"] == 1
    assert again["stats"]["foi/unchanged"] == DOCUMENTS * SITES - 1
    assert again["stats"]["foi/archived/ok"] == 1 and "foi/failed" not in again["stats"]


def test_another_sources_row_has_every_document_decided_again(runs):
    reselected = runs["reselected"]
    assert "foi/unchanged" not in reselected["stats"]
    assert set(reselected["fetched"]) == {"/log?page=1", "/log?page=2"}  # still from the cache
    assert runs["after reselected"]["stats"]["foi/unchanged"] == DOCUMENTS * SITES


def test_a_lost_raw_file_is_archived_again(runs):
    assert runs["lost"]["stats"]["foi/unchanged"] == DOCUMENTS * SITES - 1
    assert runs["lost"]["stats"]["foi/archived/ok"] == 1
    assert runs["raw back"]


def test_the_record_says_what_each_document_came_to(runs):
    documents = json.loads(runs["record"].read_text())["documents"]
    assert len(documents) == DOCUMENTS * SITES
    page = next(e for url, e in documents.items() if url.endswith("/foi/bruising.html"))
    assert [u.rsplit("/", 1)[-1] for u in page["urls"]] == ["bruising-letter.pdf", "bruising.html"]
    assert page["counts"].count("foi/kept") == 1 and len(page["shas"]) == 2


def test_a_damaged_record_is_a_full_recrawl_not_an_error(tmp_path):
    path = tmp_path / "unchanged.json"
    path.write_text('{"format": 1, "documents": {"http://x.example/a": ')
    memo = Unchanged(path, "v", Archive(tmp_path), cap=7 * 86400.0)
    assert memo.last == {}
    entry = {"key": "k", "born": 1.0, "expires": 2.0, "counts": [], "urls": [], "shas": []}
    damaged = {"http://x.example/b": {**entry, "expires": "soon"}, "http://x.example/c": [1]}
    path.write_text(
        json.dumps({"format": 1, "documents": {"http://x.example/a": entry, **damaged}})
    )
    memo = Unchanged(path, "v", Archive(tmp_path), cap=7 * 86400.0)
    assert list(memo.last) == ["http://x.example/a"]  # the damaged entries left out
    request = Request("http://x.example/a", meta={"foi": {"root": "http://x.example/a"}})
    assert memo.passed_over(request.url, memo.key("log", request)) is None


def test_a_dropped_item_has_its_document_decided_again(tmp_path):
    """An item that broke its schema (or failed in a pipeline) is not in the record: the
    next crawl decides its document again, and the "valid items" monitor sees it again."""
    from scrapy.utils.test import get_crawler

    from crawler.items import DocumentItem
    from crawler.unchanged import UnchangedMiddleware

    middleware = UnchangedMiddleware(get_crawler(settings_dict={"HTTPCACHE_ENABLED": True}))
    memo = middleware.memo = Unchanged(tmp_path / "u.json", "v", Archive(tmp_path), cap=7 * 86400.0)
    for url in ("http://x.example/kept", "http://x.example/dropped"):
        memo.begin(url, "key")
        memo.asked(url, url)
        memo.answered(url, url, born=time.time(), expires=time.time() + 3600)
    item = DocumentItem(url="http://x.example/dropped", platform="log", retrieved_at="now")
    item.root = "http://x.example/dropped"
    middleware.item_lost(item)
    memo.save()
    assert list(json.loads((tmp_path / "u.json").read_text())["documents"]) == [
        "http://x.example/kept"
    ]
