"""Issue 10, part 2: `foi sources check` and `foi sources discover` against generated logs on
loopback hosts: logs that work (with and without search), one that moved (a redirect), one
that is down, and one whose robots.txt forbids it; then `foi status` showing each council's
source and its state."""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import sys

import pytest

from crawler.discovery import log_links, platform_for
from crawler.dom import tree
from foi.mirror import serve
from foi.reference.registry import Registry
from foi.reference.sources import load_sources, set_verified
from tests import logsites
from tests.conftest import ROOT

ENV = {**os.environ, "FOI_DOWNLOAD_DELAY": "0", "FOI_RETRY_TIMES": "0", "FOI_DOWNLOAD_TIMEOUT": "3"}
HEADER = logsites.HEADER
CODES = {
    "drupal": "E08000010",
    "goss": "E08000001",
    "aspnet": "E08000002",
    "moved": "E08000003",
    "robots": "E08000004",
    "down": "E08000005",
}


def foi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env=ENV,
    )  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    root = tmp_path_factory.mktemp("check")
    logsites.build(root / "sites", ["drupal", "goss", "aspnet"])
    # A council that moved its log: the old address now redirects to the new one.
    shutil.copytree(root / "sites" / "goss", root / "sites" / "moved")
    routes = json.loads((root / "sites" / "moved" / "routes.json").read_text())
    routes["/foi/disclosure-log"] = {"redirect": "/foi-disclosure-log"}
    (root / "sites" / "moved" / "routes.json").write_text(json.dumps(routes))
    # A council whose robots.txt forbids every crawler.
    shutil.copytree(root / "sites" / "drupal", root / "sites" / "robots")
    (root / "sites" / "robots" / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    with serve(root / "sites", distinct_hosts=True) as mirror:
        b = mirror.bases
        logs = {
            "drupal": f"{b['drupal']}/foi/disclosure-log",
            "goss": f"{b['goss']}/foi-disclosure-log",
            "aspnet": f"{b['aspnet']}/InformationGovernance/DisclosureLog.aspx",
            "moved": f"{b['moved']}/foi/disclosure-log",
            "robots": f"{b['robots']}/foi/disclosure-log",
            "down": f"http://127.0.0.1:{free_port()}/foi/disclosure-log",
        }
        sources = root / "sources.csv"
        sources.write_text(
            HEADER + "\n" + "".join(f"{CODES[k]},log,{u},,,,\n" for k, u in logs.items())
        )
        checked = foi("sources", "check", "--sources", str(sources))
        yield {"root": root, "bases": b, "logs": logs, "sources": sources, "checked": checked}


def verified(sources) -> dict[str, str]:
    return {r["authority_code"]: r["verified"] for r in csv.DictReader(sources.open())}


def test_check_writes_each_verdict_and_date(sites):
    proc = sites["checked"]
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = verified(sites["sources"])
    assert got[CODES["drupal"]].startswith("ok 20") and got[CODES["goss"]].startswith("ok 20")
    assert got[CODES["aspnet"]].startswith("ok 20")
    assert got[CODES["moved"]].startswith("moved 20")
    assert got[CODES["moved"]].endswith(f"now at {sites['bases']['moved']}/foi-disclosure-log")
    assert got[CODES["robots"]].startswith("forbidden by robots.txt 20")
    assert got[CODES["down"]].startswith("unreachable 20")
    assert "connection refused" in got[CODES["down"]]
    # The file still reads, with the new column, and each row says what it found.
    rows = load_sources(sites["sources"], Registry.load())
    assert {s.state.split()[0] for s in rows} == {"ok", "moved", "forbidden", "unreachable"}


def test_check_reports_items_pagination_search_and_titles(sites):
    out = sites["checked"].stdout
    drupal = out.split("row 2 ")[1].split("row 3 ")[0]
    assert "items on the first page: 10" in drupal and '"Fly-tipping enforcement"' in drupal
    assert "pagination: works (10 more items on the next page)" in drupal
    assert "search: works (4 results for 'bruising non-mobile')" in drupal
    goss = out.split("row 3 ")[1].split("row 4 ")[0]
    assert "pagination: works" in goss and "search: no search found" in goss
    aspnet = out.split("row 4 ")[1].split("row 5 ")[0]
    assert "pagination: no next page found" in aspnet and "search: works" in aspnet
    assert "moved to" in out and "update the row's url" in out
    assert "3 of 6 rows ok" in out and "Traceback" not in sites["checked"].stderr


def test_check_only_one_row_dry_run_leaves_the_file(sites):
    before = sites["sources"].read_text()
    proc = foi(
        "sources", "check", "--sources", str(sites["sources"]), "--only", CODES["goss"], "--dry-run"
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "row 3 " in proc.stdout and "row 2 " not in proc.stdout
    assert sites["sources"].read_text() == before


def test_discover_from_a_home_page(sites):
    home = sites["bases"]["goss"] + "/"
    proc = foi("sources", "discover", home, "--authority", "Bolton")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "/council/freedom-of-information" in proc.stdout  # one hop to the FOI page
    log = sites["logs"]["goss"]
    assert (
        f"E08000001,log,{log},,,,,," in proc.stdout and "10 items on its first page" in proc.stdout
    )


def test_discover_from_an_foi_page_and_add_the_row(sites, tmp_path):
    target = tmp_path / "sources.csv"
    target.write_text(HEADER + "\n,alaveteli,https://www.whatdotheyknow.com,,,,\n")
    page = sites["bases"]["aspnet"] + "/council/freedom-of-information"
    proc = foi(
        "sources", "discover", page, "--authority", "E08000002", "--sources", str(target), "--add"
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (row,) = [s for s in load_sources(target, Registry.load()) if s.authority_code]
    assert (row.platform, row.url, row.state) == ("log", sites["logs"]["aspnet"], "unverified")


def test_discover_of_a_site_that_is_down_says_so(tmp_path):
    proc = foi("sources", "discover", f"http://127.0.0.1:{free_port()}/")
    assert proc.returncode == 2 and "connection refused" in proc.stderr


def test_status_shows_each_councils_source_and_state(sites, tmp_path):
    proc = foi("status", "--sources", str(sites["sources"]), "--data-dir", str(tmp_path))
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = {line.split("  ")[0].strip(): line for line in proc.stdout.splitlines()}
    assert "source state" in proc.stdout.splitlines()[0]
    assert "own log" in lines["Wigan Metropolitan Borough Council"]
    assert " ok 20" in lines["Wigan Metropolitan Borough Council"]
    assert "unreachable 20" in lines["Rochdale Metropolitan Borough Council"]
    assert "no source known" in lines["Hartlepool Borough Council"]


def test_link_scoring_and_platforms():
    page = (
        "<main><a href='/foi/statistics'>FOI statistics</a><a href='/foi/make-a-request'>Make a "
        "request</a><a href='/council/foi-disclosure-log'>Search previous FOI responses</a>"
        "<a href='https://herts.icasework.com/resource?id=1'>Our disclosure log</a></main>"
    )
    found = [c.url for c in log_links(tree(page), "https://council.example/foi")]
    assert sorted(found) == [  # statistics and how to ask are not the log
        "https://council.example/council/foi-disclosure-log",
        "https://herts.icasework.com/resource?id=1",
    ]
    assert platform_for("https://x.disclosurelog.co.uk/disclosures") == "disclosurelog"
    assert platform_for("https://opendata.camden.gov.uk/resource/fkj6-gqb4.json") == "socrata"
    assert platform_for("https://www.wigan.gov.uk/foi/log") == "log"


def test_set_verified_keeps_every_other_cell(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        f"{HEADER},allowed_hosts\nE08000010,log,https://a.example/log,,,,,docs.example\n\n"
    )
    set_verified(path, {2: "ok 2026-01-15"})
    assert path.read_text().splitlines() == [
        f"{HEADER},allowed_hosts,verified",
        "E08000010,log,https://a.example/log,,,,,docs.example,ok 2026-01-15",
    ]


def test_shipped_rows_cover_every_council_whose_log_address_is_known():
    reference = ROOT.parent / "shared" / "reference" / "disclosure_logs.csv"
    if not reference.exists():
        pytest.skip("../shared/reference is not here")
    known = {
        r["gss_code"]
        for r in csv.DictReader(reference.open(encoding="utf-8"))
        if r["url"]
        and not r["platform"].endswith("_historic")
        # Pages of frequently requested information, which the evidence says are not logs.
        and r["platform"] != "faq_frequently_requested"
        and "not a full log" not in r["notes"].lower()
    }
    shipped = load_sources(None, Registry.load())
    own = {s.authority_code: s for s in shipped if s.authority_code}
    assert set(own) == known
    assert {s.platform for s in shipped} == {
        "alaveteli",
        "disclosurelog",
        "icasework",
        "socrata",
        "log",
    }
    assert (own["E09000007"].platform, own["E10000015"].platform) == ("socrata", "icasework")
    assert all(s.verified == "" and s.state == "unverified" for s in shipped)
    assert any(s.platform == "alaveteli" and "whatdotheyknow" in s.url for s in shipped)


def test_discovery_reaches_loopback_only_from_a_loopback_page():
    from crawler.checking import DiscoverSpider

    public = DiscoverSpider(url="https://www.council.example.gov.uk/")
    assert not public.site("http://127.0.0.1:8080/admin").local
    assert DiscoverSpider(url="http://127.0.1.1:9000/").site("http://127.0.1.2/log").local
