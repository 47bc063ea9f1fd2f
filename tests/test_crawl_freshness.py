"""What a re-crawl asks the sites again (crawler/freshness.py): the listings every time; a
document (a disclosure's page, its letter) only once its HTTP freshness has run out, here a
tenth of its age since Last-Modified; robots.txt once a day. Counted at the servers."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from scrapy import Request

from benchmarks.crawl import make_sites
from crawler.freshness import cache_control
from foi.archive.store import Archive
from foi.mirror import serve
from foi.reference.registry import Registry
from tests.conftest import ROOT

SITES = 3
ENV = {**os.environ, "FOI_DOWNLOAD_DELAY": "0", "FOI_RETRY_TIMES": "0"}


def crawl(sources: Path, data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources), "--data-dir",
         str(data), "--no-build"],
        env={**ENV, **env}, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("fresh")
    registry = Registry.load()
    make_sites(root / "sites", registry, SITES)  # documents sent with a month-old Last-Modified
    out = {}
    with serve(root / "sites", distinct_hosts=True) as mirror:
        rows = [
            f"{a.code},council_site,{mirror.bases[name]}/log?page=1,a.r,a.next,main,a.att"
            for name, a in zip(sorted(mirror.bases), registry.authorities, strict=False)
        ]
        sources = root / "sources.csv"
        sources.write_text(
            "authority_code,platform,url,link_selector,next_selector,content_selector,"
            "attachment_selector\n" + "\n".join(rows) + "\n"
        )
        for run, env in (("first", {}), ("again", {}), ("recheck", {"FOI_RECHECK_DAYS": "0"})):
            for stats in mirror.stats.values():
                stats.paths.clear()
            proc = crawl(sources, root / "data", **env)
            assert proc.returncode == 0, proc.stderr[-3000:]
            fetched: Counter[str] = Counter()
            for stats in mirror.stats.values():
                fetched.update(stats.paths)
            out[run] = {"fetched": fetched, "records": len(list(Archive(root / "data").records()))}
    return out


def test_the_first_crawl_asks_for_everything(runs):
    fetched = runs["first"]["fetched"]
    assert fetched["/robots.txt"] == SITES and fetched["/foi/bruising-letter.pdf"] == SITES
    assert sum(fetched.values()) == 10 * SITES


def test_a_recrawl_asks_only_for_the_listings_while_the_documents_are_fresh(runs):
    assert runs["again"]["fetched"] == Counter({"/log?page=1": SITES, "/log?page=2": SITES})
    assert runs["again"]["records"] == runs["first"]["records"]  # nothing archived twice


def test_documents_are_asked_again_once_their_freshness_is_over(runs):
    """FOI_RECHECK_DAYS=0: every document revalidated (a 304 each), robots.txt still not."""
    fetched = runs["recheck"]["fetched"]
    assert "/robots.txt" not in fetched
    assert sum(fetched.values()) == 9 * SITES and set(fetched.values()) == {SITES}
    assert runs["recheck"]["records"] == runs["first"]["records"]


def test_what_each_request_asks_of_the_cache():
    listing = Request("https://council.example/foi/log?page=2")
    document = Request("https://council.example/foi/reply.pdf", meta={"foi_document": True})
    robots = Request("https://council.example/robots.txt", meta={"dont_obey_robotstxt": True})
    assert cache_control(listing) is None  # the default, max-age=0: always revalidated
    assert cache_control(document) == "max-age=604800"  # fresh for at most 7 days
    assert cache_control(robots) == "max-stale=86400"  # reused for a day (RFC 9309)
