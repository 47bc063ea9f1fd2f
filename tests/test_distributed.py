"""Several crawl processes sharing one crawl through Redis (`foi crawl --workers`): a real
Redis server (Debian's redis-server) on 127.0.0.1, two worker processes over generated council
sites on loopback, one archive. Every page is fetched once, the archive is the one a single
process makes, the run's keys are gone at the end, and the data directory's lock lets the
workers write together while a build waits for them."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import pytest

from benchmarks.crawl import make_sites
from foi.archive.store import Archive
from foi.mirror import serve
from foi.reference.registry import Registry
from tests.conftest import ROOT

REDIS = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(
    REDIS is None, reason="redis-server is not installed (apt-get install redis-server)"
)
SITES = 12
ENV = {
    **os.environ,
    "FOI_DOWNLOAD_DELAY": "0",
    "FOI_RETRY_TIMES": "0",
    "FOI_WORKERS_IDLE": "1",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A throwaway Redis on 127.0.0.1: no persistence, its files in a temporary folder."""
    import redis

    home = tmp_path_factory.mktemp("redis")
    for _ in range(3):
        port = free_port()
        proc = subprocess.Popen(
            [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
             "no", "--dir", str(home)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=port)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None:
                    break
                time.sleep(0.05)
        else:
            proc.kill()
            continue
        if proc.poll() is None:
            break
    else:
        pytest.fail("redis-server did not start")
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)


def crawl(sources: Path, data: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources), "--data-dir",
         str(data), *extra],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def records(data: Path) -> list[str]:
    """The manifest's records as text, without the time each was fetched."""
    out = []
    for rec in Archive(data).records():
        fields = asdict(rec)
        fields.pop("retrieved_at")
        out.append(repr(sorted(fields.items())))
    return sorted(out)


@pytest.fixture(scope="module")
def runs(tmp_path_factory, redis_url):
    root = tmp_path_factory.mktemp("distributed")
    registry = Registry.load()
    make_sites(root / "sites", registry, SITES)
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
        single = finish(crawl(sources, root / "single", "--no-build"))
        for stats in mirror.stats.values():
            stats.paths.clear()
        workers = [crawl(sources, root / "shared", "--workers", redis_url) for _ in range(2)]
        done = [finish(w) for w in workers]
        fetched = {name: Counter(s.paths) for name, s in mirror.stats.items()}
    return {"root": root, "single": single, "workers": done, "fetched": fetched}


def test_both_workers_finish_and_say_whose_figures_they_print(runs):
    for code, out, err in runs["workers"]:
        assert code == 0, err[-3000:]
        assert "run `foi build`" in out
    outs = [out for _, out, _ in runs["workers"]]
    assert sum("all 2 workers (this one stopped last)" in out for out in outs) == 1
    assert sum("This worker's share of run 'crawl'" in out for out in outs) == 1


def test_every_page_is_fetched_exactly_once(runs):
    for site, paths in runs["fetched"].items():
        pages = {p: n for p, n in paths.items() if p != "/robots.txt"}
        assert len(pages) == 9, (site, paths)  # 2 listing pages, 6 disclosures, the letter
        assert set(pages.values()) == {1}, (site, paths)
        # Each worker obeys robots.txt itself: at most once per worker.
        assert 1 <= paths["/robots.txt"] <= 2, (site, paths)


def test_the_archive_is_the_one_a_single_process_makes(runs):
    assert runs["single"][0] == 0, runs["single"][2][-3000:]
    single, shared = runs["root"] / "single", runs["root"] / "shared"
    assert records(shared) == records(single)
    digests = {r.sha256 for r in Archive(shared).records() if r.sha256}
    assert digests == {r.sha256 for r in Archive(single).records() if r.sha256}
    assert len(digests) == 2 * SITES  # each council's reply page and its letter
    assert not Archive(shared).verify()  # every raw file whole


def test_the_last_worker_judges_and_records_the_whole_crawl(runs):
    """The monitors' record for the next run holds the whole crawl's figures, as a single
    process's does, not one worker's share."""
    import json

    single = json.loads((runs["root"] / "single/state/last-run-council_site.json").read_text())
    shared = json.loads((runs["root"] / "shared/state/last-run-council_site.json").read_text())
    assert shared == single == {"kept": SITES, "found": 6 * SITES}


def test_the_run_leaves_nothing_in_redis(runs, redis_url):
    import redis

    assert redis.Redis.from_url(redis_url).keys("foi:*") == []


def test_the_build_after_the_workers_reads_every_document(runs):
    proc = subprocess.run(
        [sys.executable, "-m", "foi.cli", "build", "--data-dir", str(runs["root"] / "shared")],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "documents: parsed 0, reused" in proc.stdout  # the workers read them already


def test_workers_share_the_data_directory_a_build_waits_for_them(tmp_path):
    from foi.archive.lock import Busy, data_lock

    with data_lock(tmp_path, "crawl", shared=True), data_lock(tmp_path, "crawl", shared=True):
        proc = subprocess.run(
            [sys.executable, "-m", "foi.cli", "build", "--data-dir", str(tmp_path)],
            capture_output=True, text=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
        assert proc.returncode == 2
        assert "in use by the workers of a shared crawl" in proc.stderr
    with data_lock(tmp_path, "build"), pytest.raises(Busy, match="in use by foi build"):
        with data_lock(tmp_path, "crawl", shared=True):
            pass


def test_a_bad_redis_address_is_a_clear_error(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "foi.cli", "crawl", "--data-dir", str(tmp_path), "--workers",
         f"redis://127.0.0.1:{free_port()}/0"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "cannot reach Redis at redis://127.0.0.1:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_workers_take_turns_at_a_site(redis_url):
    """Politeness holds across workers: a site's next turn is one delay after the last."""
    from crawler.distributed import _RESERVE, connect

    server = connect(redis_url)
    reserve = server.register_script(_RESERVE)
    key = "foi:turn:test.invalid:80"
    first = int(reserve(keys=[key], args=[60_000]))
    second = int(reserve(keys=[key], args=[60_000]))
    server.delete(key)
    assert first == 0
    assert 50_000 < second <= 60_000
