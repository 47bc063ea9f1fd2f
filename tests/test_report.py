"""`foi report` in a real headless browser (Debian's Chromium): the table renders, filters and
sorts from the page's own script, and scraped text is data, never markup."""

from __future__ import annotations

import shutil
import subprocess
import sys

import lxml.html
import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)"
)

PLANTED = (
    "Freedom of Information response - bruising in non-mobile infants\n\n"
    "1. Was there a review of your safeguarding policies after this guidance was published?\n"
    "Yes. <script>document.title='pwned'</script> The policy was formally reviewed in May 2023.\n\n"
    "3. Does your policy require a s47 investigation or strategy discussion in all cases?\n"
    'No. See <a href="javascript:alert(1)">javascript:alert(1)</a> for details.\n\n'
    "Yours sincerely,\nLeicester City Council\n[Synthetic test document - not a real council response]\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    data = tmp_path_factory.mktemp("report")
    assert run("demo", "--data-dir", str(data)).returncode == 0
    planted = data / "planted.txt"
    planted.write_text(PLANTED)
    assert (
        run("import", str(planted), "--authority", "E06000016", "--data-dir", str(data)).returncode
        == 0
    )
    assert run("build", "--data-dir", str(data)).returncode == 0
    assert run("report", "--data-dir", str(data)).returncode == 0
    return data / "report.html"


def dom(path, fragment: str = "") -> lxml.html.HtmlElement:
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={path.parent / 'chromium-profile'}", "--virtual-time-budget=3000",
         "--dump-dom", f"file://{path}{fragment}"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    return lxml.html.fromstring(proc.stdout)


def rows(tree) -> list[list[str]]:
    return [
        [td.text_content() for td in tr.findall("td")]
        for tr in tree.cssselect("#responses tbody tr")
    ]


def test_table_renders_every_response_with_evidence_and_links(report):
    tree = dom(report)
    table = rows(tree)
    assert len(table) == 11  # the demo's ten plus the planted one
    assert tree.cssselect("#shown")[0].text_content() == "11 of 11 responses shown"
    assert all(a.get("href", "").startswith("http") for a in tree.cssselect("#responses tbody a"))
    assert tree.cssselect("svg rect")  # the charts


def test_scraped_script_and_javascript_links_stay_text(report):
    tree = dom(report)
    assert tree.findtext(".//title") != "pwned"
    executable = [s for s in tree.iter("script") if s.get("type") != "application/json"]
    assert not any("pwned" in (s.text or "") for s in executable)
    assert not tree.cssselect("a[href^='javascript']")
    cells = " ".join(" ".join(r) for r in rows(tree))
    assert "<script>document.title='pwned'</script>" in cells  # shown as the words it is


def test_filter_and_sort_from_the_address(report):
    leicester = rows(dom(report, "#q=Leicester"))
    assert len(leicester) == 1 and leicester[0][0] == "Leicester City Council"
    names = [r[0] for r in rows(dom(report, "#sort=authority_name&desc=1"))]
    assert names == sorted(names, reverse=True) and len(names) == 11
