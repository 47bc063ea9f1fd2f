"""`foi crawl --quiet`, the cron mode: only what a person must act on, each failure named by
council or site and URL with its cause in plain words; no tracebacks; a site that is down is
named (not blamed on the site's layout); Ctrl-C is reported as an interruption, not as a
normal run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import pytest

import foi.mirror as mirror_module
from foi.mirror import serve
from foi.views.attention import plain
from tests.conftest import ROOT
from tests.test_crawl_trouble import build_site, free_port

ENV = {
    **os.environ,
    "FOI_DOWNLOAD_DELAY": "0",
    "FOI_DOWNLOAD_TIMEOUT": "4",
    "FOI_MAX_BYTES": "200000",
    "FOI_RETRY_TIMES": "1",
}
HEADER = (
    "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector\n"
)


@pytest.fixture(scope="module")
def cron(tmp_path_factory):
    root = tmp_path_factory.mktemp("sites")
    # Without the slow page and the 429 (each costs both runs seconds of waiting): the
    # timeout and Retry-After are checked by tests/test_crawl_trouble.py's crawl.
    build_site(root, slow=False, busy=False)
    data = tmp_path_factory.mktemp("data")
    port = free_port()
    with serve(root) as mirror:
        base = mirror.bases["trouble"]
        sources = root / "sources.csv"
        sources.write_text(
            HEADER
            + f"E08000010,council_site,{base}/log?q={{query}}&page=1,a.result,a.next,main,ul.att a\n"
            + f"E08000001,council_site,http://127.0.0.1:{port}/log?q={{query}},a.result,a.next,main,\n"
        )
        cmd = [sys.executable, "-m", "foi.cli", "crawl", "--quiet", "--sources", str(sources),
               "--data-dir", str(data)]  # fmt: skip
        first = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=180, cwd=ROOT)
        again = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=180, cwd=ROOT)
    return {"first": first, "again": again, "base": base, "port": port}


def test_failures_are_named_by_council_and_url_with_a_plain_cause(cron):
    out = cron["first"].stdout
    assert "Needs attention" in out
    lines = [line.strip() for line in out.splitlines()]
    missing = [x for x in lines if x.endswith("taken it down or moved it")]
    assert missing and missing[0].startswith("Wigan")
    assert f"{cron['base']}/foi/files/missing.pdf" in missing[0]
    assert any("/foi/broken.html" in x and "internal error" in x for x in lines)


def test_a_site_that_is_down_is_one_line_naming_it(cron):
    out, err = cron["first"].stdout, cron["first"].stderr
    host = f"127.0.0.1:{cron['port']}"
    site = [x for x in out.splitlines() if f"site {host}" in x]
    assert len(site) == 1 and "refused the connection" in site[0]
    monitor = [x for x in err.splitlines() if x.startswith("MONITOR FAILED")]
    assert monitor and any(host in x for x in monitor)
    assert not any("layout" in x for x in monitor)  # the site is down, its layout is fine
    assert cron["first"].returncode == 1


def test_no_tracebacks_no_tables_no_log_lines(cron):
    for proc in (cron["first"], cron["again"]):
        both = proc.stdout + proc.stderr
        assert "Traceback" not in both and " ERROR: " not in both and " WARNING: " not in both
        assert "found  kept" not in proc.stdout and "Reasons:" not in proc.stdout


def test_a_rerun_with_nothing_new_prints_only_what_still_needs_a_person(cron):
    out = cron["again"].stdout
    assert "What changed" not in out and "No change" not in out
    assert "Needs attention" in out  # the site is still down, the file still missing


def test_plain_words_for_the_crawlers_reasons():
    assert "offline" in plain("host not found")
    assert plain("HTTP 404").startswith("not found")
    assert plain("something new") == "something new"


def test_ctrl_c_is_reported_as_an_interruption(tmp_path, monkeypatch):
    site = tmp_path / "slow"
    site.mkdir()
    (site / "listing.html").write_text("<html><body><a class='r' href='/x'>x</a></body></html>")
    # The listing is answered only once Ctrl-C has been sent (at most 15 s, under the crawl's
    # timeout): the crawl is interrupted mid-request without a fixed wait.
    routes = {"/log?q=bruising+non-mobile": {"file": "listing.html", "delay": 15}}
    interrupted = threading.Event()
    monkeypatch.setattr(mirror_module, "time", SimpleNamespace(sleep=interrupted.wait))
    (site / "routes.json").write_text(json.dumps(routes))
    with serve(tmp_path) as mirror:
        sources = tmp_path / "sources.csv"
        sources.write_text(
            HEADER + f"E08000010,council_site,{mirror.bases['slow']}/log?q={{query}},a.r,,main,\n"
        )
        cmd = [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources),
               "--data-dir", str(tmp_path / "d")]  # fmt: skip
        env = {**ENV, "FOI_DOWNLOAD_TIMEOUT": "20"}
        proc = subprocess.Popen(
            cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 60
        while not mirror.stats["slow"].paths and time.monotonic() < deadline:
            time.sleep(0.1)
        assert mirror.stats["slow"].paths, "the crawl never reached the site"
        proc.send_signal(signal.SIGINT)
        time.sleep(0.5)  # for the crawl to take the signal before its request is answered
        interrupted.set()
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err[-2000:]
    assert "interrupted" in err and "Run it again" in err
    assert "What changed" not in out and "found  kept" not in out
