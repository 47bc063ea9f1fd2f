"""`foi report` in a real headless browser (Debian's Chromium): the table renders, filters and
sorts from the page's own script, scraped text is data, never markup, and the page is what a
campaigner shares: a map of the 153 authorities, response times, the partnership view, links
to archived copies, at 1400 px and at 400 px, on screen and in print.

Set FOI_SCREENSHOTS=DIR to keep the screenshots the browser tests take (to compare by eye)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pandas as pd
import pytest

from tests.conftest import ROOT, DemoRun

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
# A second London borough, answering Q3 unlike the demo's Croydon: the London procedures
# group then has two replies that differ.
CAMDEN = (
    "Freedom of Information response - bruising in non-mobile infants\n\n"
    "1. Was there a review of your safeguarding policies after this guidance was published?\n"
    "Yes. The policy was formally reviewed in April 2023.\n\n"
    "3. Does your policy require a s47 investigation or strategy discussion in all cases?\n"
    "Yes. A strategy discussion is held in every case.\n\n"
    "Yours sincerely,\nLondon Borough of Camden\n[Synthetic test document - not a real council response]\n"
)
LONDON = "London Safeguarding Children Procedures"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory, demo_run: DemoRun):
    data = demo_run.copy(tmp_path_factory.mktemp("report") / "data")
    for name, text, code in (("planted.txt", PLANTED, "E06000016"), ("camden.txt", CAMDEN, "E09000007")):  # fmt: skip
        planted = data / name
        planted.write_text(text)
        proc = run("import", str(planted), "--authority", code, "--data-dir", str(data))
        assert proc.returncode == 0, proc.stderr
    assert run("build", "--data-dir", str(data)).returncode == 0
    assert run("report", "--data-dir", str(data)).returncode == 0
    return data / "report.html"


@pytest.fixture(scope="module")
def shared(report):
    """The report built to share: --with-documents, written elsewhere with --out."""
    out = report.parent / "share" / "bruising report.html"
    proc = run("report", "--with-documents", "--out", str(out), "--data-dir", str(report.parent))
    assert proc.returncode == 0, proc.stderr
    assert "bruising report-documents" in proc.stdout
    return out


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
    assert len(table) == 12  # the demo's ten plus the two planted
    assert tree.cssselect("#shown")[0].text_content() == "12 of 12 responses shown"
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
    assert names == sorted(names, reverse=True) and len(names) == 12


# -- the report in a headless browser (Playwright driving Debian's Chromium) ---------------------


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (a dependency)")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


class Page:
    """A page opened at one width, with everything the browser complained of or fetched."""

    def __init__(self, browser, path: Path, width: int, fragment: str = "", media: str = "screen"):
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.errors: list[str] = []
        self.fetched: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.fetched.append(r.url))
        self.page.emulate_media(media=media)
        self.page.goto(path.as_uri() + fragment)
        self.page.wait_for_load_state("load")
        self.width = width

    def js(self, script: str):  # type: ignore[no-untyped-def]
        return self.page.evaluate(script)

    def text(self, selector: str) -> str:
        return self.page.locator(selector).first.inner_text()

    def shot(self, name: str) -> None:
        if folder := os.environ.get("FOI_SCREENSHOTS"):
            Path(folder).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(
                path=str(Path(folder) / f"{name}-{self.width}.png"), full_page=True
            )

    def close(self) -> None:
        self.page.close()


@pytest.mark.parametrize("width", [1400, 400])
def test_report_at_desktop_and_phone_width(browser, report, width):
    page = Page(browser, report, width)
    page.shot("report")
    # the map: one hex per authority, each named
    assert page.js("document.querySelectorAll('#hexmap .hex').length") == 153
    labels = page.js("[...document.querySelectorAll('#hexmap .hex')].map(g => g.getAttribute('aria-label'))")  # fmt: skip
    assert len(set(labels)) == 153 and "London Borough of Camden: formal" in labels
    # nothing wider than the screen: no sideways scrolling of the page (wide tables scroll
    # inside their own box)
    assert page.js("document.documentElement.scrollWidth") <= width
    assert page.js("document.body.scrollWidth") <= width
    # the sections a reader looks for
    assert "Dataset built" in page.text(".dated") and "report made" in page.text(".dated")
    assert page.page.locator(".synthetic").is_visible()  # demo data: marked
    assert page.text("#times h2").startswith("Response times against the 20-working-day limit")
    assert LONDON in page.text("#partnerships")
    assert page.text("#shown") == "12 of 12 responses shown"
    # and nothing went wrong or was fetched from anywhere
    assert page.errors == []
    assert [u for u in page.fetched if not u.startswith("file:")] == []
    page.close()


def test_map_colours_by_any_field_and_lists_what_it_shows(browser, report):
    page = Page(browser, report, 1400)
    legend = page.text("#legend")
    assert "formal (" in legend and "no response found (141)" in legend
    page.page.select_option("#field", "s47_all_cases")
    responses = pd.read_parquet(report.parent / "dataset" / "responses.parquet")
    yes = int((responses["s47_all_cases"].astype(str) == "yes").sum())
    assert f"yes ({yes})" in page.text("#legend")
    assert page.js("location.hash") == "#field=s47_all_cases"  # a link to this view
    camden = page.page.locator("#hexmap .hex[data-code='E09000007']")
    assert camden.get_attribute("aria-label") == "London Borough of Camden: yes"
    assert camden.locator("path").get_attribute("fill") == "#0072B2"
    # the same as a list: the councils under each value
    assert "yes (" in page.text("#maplist") and "London Borough of Camden" in page.text("#maplist")
    page.page.locator("#maplist summary").first.click()  # the councils not heard from, unfolded
    assert "Cornwall Council" in page.text("#maplist")
    page.shot("map-s47")
    assert page.errors == []
    page.close()
    # and a link to that view opens it
    page = Page(browser, report, 1400, "#field=outcome")
    assert page.page.locator("#field").input_value() == "outcome"
    assert "answered (" in page.text("#legend")
    page.close()


def test_map_is_usable_from_the_keyboard(browser, report):
    page = Page(browser, report, 1400)
    page.page.focus("#field")
    names = []
    for _ in range(4):  # past the skip link, onto the hexes: each names its council
        page.page.keyboard.press("Tab")
        names.append(page.js("document.activeElement.getAttribute('aria-label') || ''"))
    assert any(": " in n for n in names)
    assert page.text("#hexinfo") in names  # shown on focus, not only on hover
    # the list equivalent: a council's name is a link that finds its response
    link = page.page.locator("#maplist a", has_text="London Borough of Camden")
    link.focus()
    page.page.keyboard.press("Enter")
    page.page.wait_for_function("document.getElementById('shown').textContent.startsWith('1 of')")
    assert page.js("document.querySelector('#responses tbody td').textContent") == "London Borough of Camden"  # fmt: skip
    assert page.errors == []
    page.close()


def test_partnership_view_shows_members_side_by_side_and_where_they_differ(browser, report):
    page = Page(browser, report, 1400)
    group = page.page.locator("#partnerships .group", has_text=LONDON).first
    text = group.inner_text()
    assert "2 of 33 members' responses found" in text
    assert "Members that answered differ on: review date, s47 always." in text
    rows = group.locator("table.members tbody tr")
    assert rows.count() == 2  # Camden and Croydon, side by side
    assert sorted(rows.nth(i).locator("td").first.inner_text() for i in range(2)) == [
        "London Borough of Camden",
        "London Borough of Croydon",
    ]
    assert group.locator("td.differs").count() == 4  # the review dates and s47 cells, marked
    assert "No response found from 31" in text and "London Borough of Hackney" in text
    # the group that differs comes first
    assert page.page.locator("#partnerships .group h3").first.inner_text() == LONDON
    page.close()


def test_response_times_count_the_unknown_and_never_guess(browser, report):
    responses = pd.read_parquet(report.parent / "dataset" / "responses.parquet")
    days = responses["working_days_to_respond"].dropna()
    unknown = len(responses) - len(days)
    assert unknown >= 2  # the two imported files carry no dates
    page = Page(browser, report, 400)
    summary = page.text(".times-summary")
    assert f"Of the 12 responses found, {len(days)} give both" in summary
    assert f"{int((days <= 20).sum())} within 20 working days, {int((days > 20).sum())} later" in summary  # fmt: skip
    assert f"longest {int(days.max())} working days" in summary
    assert page.text(".times-unknown").startswith(f"{unknown} responses cannot be timed")
    assert "never estimated" in page.text(".times-unknown")
    # and each response's own count in the table, empty where not known
    page.page.fill("#q", "Camden")
    cells = page.js("[...document.querySelectorAll('#responses tbody tr:first-child td')].map(td => [td.className, td.textContent])")  # fmt: skip
    assert ["c-working_days_to_respond", ""] in cells
    page.close()


def test_with_documents_links_resolve_to_the_archived_copies(browser, shared):
    folder = shared.parent / "bruising report-documents"
    assert folder.is_dir()
    page = Page(browser, shared, 1400)
    hrefs = page.js("[...document.querySelectorAll('#responses tbody td.c-archived a')].map(a => [a.getAttribute('href'), a.href])")  # fmt: skip
    assert len(hrefs) == 12
    for relative, absolute in hrefs:
        assert not re.match(r"[a-z]+:", relative)  # relative: the folder travels with the report
        path = Path(absolute.removeprefix("file://").replace("%20", " "))
        assert path.parent == folder and path.is_file()
        digest = path.name.split(".")[0]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest  # the archived bytes
        # a page, an email or a text is shipped as text: opened, nothing in it runs
        assert path.suffix in (".pdf", ".docx", ".txt")
    # and following one opens the document
    first = page.page.locator("#responses tbody td.c-archived a").first
    with page.page.expect_navigation():
        first.click()
    assert page.page.url.startswith(folder.as_uri().replace(" ", "%20"))
    assert page.errors == []
    page.close()
    # nothing written anywhere but the report and its folder
    assert sorted(p.name for p in shared.parent.iterdir()) == [
        "bruising report-documents",
        "bruising report.html",
    ]


def test_report_prints_on_a4_without_losing_anything(browser, report):
    """Portrait A4 for the summary, map and partnerships (about 700 px between 12 mm
    margins), landscape for the wide table of responses (about 1030 px); nothing cut off."""
    page = Page(browser, report, 700, media="print")
    assert page.page.locator("#field").is_hidden() and page.page.locator("#q").is_hidden()
    assert page.page.locator(".synthetic").is_visible()
    assert page.js("document.querySelectorAll('#hexmap .hex').length") == 153
    too_wide = page.js(
        "[...document.querySelectorAll('body *')].filter(el => !el.closest('#responses-section'))"
        ".filter(el => el.getBoundingClientRect().right > 701).map(el => el.tagName + '.' + el.className)"
    )
    assert too_wide == []
    page.shot("print")
    pdf = page.page.pdf(prefer_css_page_size=True)
    page.close()
    page = Page(browser, report, 1030, media="print")
    assert page.js("document.documentElement.scrollWidth") <= 1030
    page.close()
    import pypdfium2

    sizes = [p.get_size() for p in pypdfium2.PdfDocument(pdf)]
    assert sizes[0][0] < sizes[0][1]  # portrait
    assert any(w > h for w, h in sizes)  # the table's pages: landscape


def test_page_data_cannot_end_its_script_element(report):
    html = report.read_text("utf-8")
    data = html.split('<script type="application/json" id="page">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    page = json.loads(data)
    assert len(page["map"]["authorities"]) == 153
