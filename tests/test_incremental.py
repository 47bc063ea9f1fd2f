"""Scheduled crawls: a second run against an unchanged mirror is cheap and reports nothing;
after one council's answer changes and a new council answers, the third run reports exactly
those two, with old and new values. Two runs at once on one data directory are refused."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from importlib import resources
from types import SimpleNamespace

import pytest

import foi.mirror as mirror_module
from foi.archive.store import Archive
from foi.mirror import bundled_sites, serve
from tests.conftest import ROOT

HAMPSHIRE_PAGE = "foi/responses/csd-foi-25-06412-bruising-in-non-mobile-babies.html"
ENV = {**os.environ, "FOI_DOWNLOAD_DELAY": "0", "FOI_RETRY_TIMES": "0"}


def crawl(sources, data) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources), "--data-dir", str(data)],
        env=ENV, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


def add_wigan(site) -> None:
    """A new council answers on the Alaveteli site: a copy of Sefton's thread, as Wigan."""
    req = site / "request"
    data = json.loads((req / "bruising_in_non_mobile_infants_p_126.json").read_text())
    data.update(id=301490, url_title="bruising_in_non_mobile_infants_p_190")
    data["public_body"] = {
        "id": 435,
        "url_name": "wigan_metropolitan_borough_council",
        "name": "Wigan Metropolitan Borough Council",
    }
    (req / "bruising_in_non_mobile_infants_p_190.json").write_text(json.dumps(data))
    html = (
        (req / "bruising_in_non_mobile_infants_p_126.html").read_text().replace("Sefton", "Wigan")
    )
    (req / "bruising_in_non_mobile_infants_p_190.html").write_text(
        html.replace("sefton.gov.uk", "wigan.gov.uk")
    )
    routes = json.loads((site / "routes.json").read_text())
    routes["/request/bruising_in_non_mobile_infants_p_190"] = {
        "file": "request/bruising_in_non_mobile_infants_p_190.html"
    }
    routes["/request/bruising_in_non_mobile_infants_p_190.json"] = {
        "file": "request/bruising_in_non_mobile_infants_p_190.json"
    }
    (site / "routes.json").write_text(json.dumps(routes))
    feed = site / "feed" / "search" / "page-2.json"
    events = json.loads(feed.read_text())
    event = dict(events[0])
    event.update(
        id=4499999,
        info_request={
            **event["info_request"],
            "id": 301490,
            "url_title": "bruising_in_non_mobile_infants_p_190",
        },
    )
    event["public_body"] = data["public_body"]
    feed.write_text(json.dumps([*events, event]))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    sites = tmp_path_factory.mktemp("sites")
    shutil.copytree(bundled_sites(), sites, dirs_exist_ok=True)
    data = tmp_path_factory.mktemp("data")
    out = {}
    with serve(sites) as mirror:
        template = resources.files("foi").joinpath("mirror/sources.csv").read_text("utf-8")
        sources = data.parent / f"{data.name}-sources.csv"
        sources.write_text(mirror.substitute(template))

        def sent() -> int:
            return sum(s.bytes_sent for s in mirror.stats.values())

        for run in ("first", "second"):
            start = sent()
            proc = crawl(sources, data)
            out[run] = {
                "proc": proc,
                "bytes": sent() - start,
                "records": len(list(Archive(data).records())),
            }
        page = sites / "council_b" / HAMPSHIRE_PAGE
        page.write_text(
            page.read_text().replace(
                "No. Every case is expected",
                "Yes. In every case a strategy discussion is held. Every case is expected",
            )
        )
        add_wigan(sites / "alaveteli")
        proc = crawl(sources, data)
        out["third"] = {"proc": proc, "history": data / "state" / "changes.parquet"}
        # Essex takes its letter down: the next run reports the document as gone.
        (sites / "council_a" / "foi" / "files" / "CF-FOI-251142-response.pdf").unlink()
        out["fourth"] = {"proc": crawl(sources, data)}
        out["data"] = data
    return out


def test_first_run_keeps_the_campaign(runs):
    assert runs["first"]["proc"].returncode == 0, runs["first"]["proc"].stderr[-2000:]
    assert runs["first"]["records"] > 0


def test_second_run_is_cheap_archives_nothing_and_reports_no_change(runs):
    second = runs["second"]
    assert second["proc"].returncode == 0, second["proc"].stderr[-2000:]
    assert second["bytes"] < 0.1 * runs["first"]["bytes"], (second["bytes"], runs["first"]["bytes"])
    assert second["records"] == runs["first"]["records"]
    assert "No change since the last run." in second["proc"].stdout
    assert "documents: parsed 0, reused" in second["proc"].stdout  # nothing read twice


def test_third_run_reports_exactly_the_two_changes(runs):
    import pyarrow.parquet as pq

    third = runs["third"]["proc"]
    assert third.returncode == 0, third.stderr[-2000:]
    history = pq.read_table(runs["third"]["history"]).to_pylist()
    third_run = sorted({r["run_time"] for r in history})[-2]  # the fourth run comes after
    changes = [r for r in history if r["run_time"] == third_run]
    assert {r["authority_code"] for r in changes} == {"E10000014", "E08000010"}  # Hampshire, Wigan
    (first,) = [r for r in changes if r["kind"] == "first_response"]
    assert first["authority_code"] == "E08000010"
    (fact,) = [r for r in changes if r["kind"] == "fact_changed"]
    assert (fact["field"], fact["old_value"], fact["new_value"]) == ("s47_all_cases", "no", "yes")
    assert fact["evidence"].startswith("Yes. In every case")
    assert (
        "Answered for the first time" in third.stdout and "s47_all_cases`: no → yes" in third.stdout
    )
    assert (runs["data"] / "dataset" / "changes.parquet").exists()


def test_a_document_taken_down_is_reported(runs):
    import pyarrow.parquet as pq

    fourth = runs["fourth"]["proc"]
    assert fourth.returncode == 0, fourth.stderr[-2000:]
    history = pq.read_table(runs["third"]["history"]).to_pylist()
    latest = [r for r in history if r["run_time"] == max(x["run_time"] for x in history)]
    assert [(r["kind"], r["authority_code"]) for r in latest] == [
        ("document_disappeared", "E10000012")
    ]
    assert latest[0]["url"].endswith("/foi/files/CF-FOI-251142-response.pdf")
    assert "Documents that disappeared from a site" in fourth.stdout


def test_a_second_crawl_at_the_same_time_is_refused(tmp_path, monkeypatch):
    sites = tmp_path / "sites"
    shutil.copytree(bundled_sites(), sites)
    routes = json.loads((sites / "council_a" / "routes.json").read_text())
    # The log's pages wait until the second crawl has been refused (at most 20 s, under the
    # crawl's 30 s timeout), so the first is still running then without a fixed long sleep.
    slow = {k: {**v, "delay": 20} for k, v in routes.items() if k.startswith("/foi/disclosure-log")}
    refused = threading.Event()
    monkeypatch.setattr(mirror_module, "time", SimpleNamespace(sleep=refused.wait))
    (sites / "council_a" / "routes.json").write_text(json.dumps({**routes, **slow}))
    data = tmp_path / "data"
    with serve(sites) as mirror:
        template = resources.files("foi").joinpath("mirror/sources.csv").read_text("utf-8")
        sources = tmp_path / "sources.csv"
        sources.write_text(mirror.substitute(template))
        cmd = [
            sys.executable,
            "-m",
            "foi.cli",
            "crawl",
            "--sources",
            str(sources),
            "--data-dir",
            str(data),
        ]
        first = subprocess.Popen(
            cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
        )
        for _ in range(100):
            if (data / ".lock").exists() and (data / ".lock").read_text():
                break
            time.sleep(0.1)
        second = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=120, cwd=ROOT)
        refused.set()
        out, err = first.communicate(timeout=300)
    assert second.returncode == 2 and "is in use by foi crawl" in second.stderr
    assert first.returncode == 0, err[-2000:]


def test_status_shows_health_last_change_and_coverage(runs):
    data = runs["data"]
    sources = data.parent / f"{data.name}-sources.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "foi.cli", "status", "--data-dir", str(data), "--sources", str(sources)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    lines = {line.split("  ")[0].strip(): line for line in proc.stdout.splitlines()}
    hampshire = lines["Hampshire County Council"]
    assert (
        "own council_site" in hampshire
        and " ok " in hampshire
        and hampshire.rstrip().endswith("x   x   x   x   x")
    )
    assert "no response yet" in lines["Hartlepool Borough Council"]
    assert "20" in hampshire.split("own council_site")[1]  # last crawled and last change dates
    assert "Coverage (share of responses answering each question)" in runs["third"]["proc"].stdout


def test_the_response_chosen_does_not_depend_on_the_order_documents_were_fetched():
    """Two replies of one council, equally full, fetched seconds apart by one crawl: every
    rebuild picks the same one, whatever order the crawl stored them in."""
    from types import SimpleNamespace

    from foi.archive.store import Record
    from foi.parse.responses import Read, best_per_authority

    def read(sha: str, url: str, at: str) -> Read:
        record = Record(sha, "council_site", url, at, "html", 10, "ok", "E06000054")
        parsed = SimpleNamespace(
            answers=[1, 2], outcome=SimpleNamespace(value="answered"), sender=None
        )
        return Read(record, parsed)  # type: ignore[arg-type]

    a = read("a" * 64, "https://example.org/foi/2", "2026-11-30T10:00:05Z")
    b = read("b" * 64, "https://example.org/foi/1", "2026-11-30T10:00:01Z")
    assert best_per_authority([a, b])["E06000054"] is best_per_authority([b, a])["E06000054"]
    later = read("c" * 64, "https://example.org/foi/0", "2026-12-07T09:00:00Z")
    assert best_per_authority([a, later, b])["E06000054"] is later  # a later crawl's copy wins
