"""Issue 13: the disclosurelog and council_site spiders' callbacks and FoiSpider.decide (keep a
page, look in its attachments, reject it), fed the demo mirror's saved pages in this process:
no server, no crawl. What each page should give is read from the mirror's own description
(foi/mirror/expected.json, foi/mirror/s47_medicals/expected.json) and the saved pages."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from twisted.python.failure import Failure

from crawler.items import DocumentItem
from crawler.safety import Refused
from crawler.spiders.council_site import CouncilSiteSpider
from crawler.spiders.disclosurelog import DisclosureLogSpider
from tests.crawl_helpers import (
    BASES,
    EXPECTED,
    MIRROR,
    S47_EXPECTED,
    S47_SITES,
    SITES,
    answer,
    demo_rows,
    file_response,
    items_in,
    mirror_response,
    path_of,
    requests_in,
    spider_for,
    starts,
    stat,
)

# -- disclosurelog: keyword listing, pages, attachments ------------------------------------------


@pytest.fixture
def disclosurelog(tmp_path):
    return spider_for(DisclosureLogSpider, tmp_path, demo_rows(platform="disclosurelog"))


def listed(site: Path, file: str, pattern: str) -> list[str]:
    return re.findall(pattern, (site / file).read_text("utf-8"))


def test_disclosurelog_asks_its_keyword_listing_then_each_page_once(disclosurelog):
    pages = EXPECTED["sites"]["disclosurelog"]["listing_pages"]
    (start,) = starts(disclosurelog)
    assert start.url == BASES["disclosurelog"] + pages[0]
    assert (
        start.meta["foi"]["authority_code"] == EXPECTED["sites"]["disclosurelog"]["authority_code"]
    )
    out = answer(start, "disclosurelog")
    details = listed(SITES / "disclosurelog", "listing/page-0.html", r'<h3><a href="([^"]+)"')
    assert [(path_of(r.url, "disclosurelog"), r.callback.__name__) for r in out] == [
        (d, "detail") for d in details
    ] + [(pages[1], "listing")]
    assert all(r.meta["foi"]["authority_code"] == "E06000054" for r in out)
    # The same listing again (a pager that goes round): only the next page, no page twice.
    assert [r.url for r in answer(start, "disclosurelog")] == [BASES["disclosurelog"] + pages[1]]


def test_disclosurelog_last_listing_page_has_no_next(disclosurelog):
    last = EXPECTED["sites"]["disclosurelog"]["listing_pages"][-1]
    response = mirror_response(
        SITES / "disclosurelog", last, BASES["disclosurelog"], meta={"foi": {}}
    )
    assert [r.callback.__name__ for r in disclosurelog.listing(response)] == ["detail"] * len(
        listed(SITES / "disclosurelog", "listing/page-2.html", r'<h3><a href="([^"]+)"')
    )


def test_disclosurelog_page_kept_with_its_reference_and_dates(disclosurelog):
    path = "/disclosures/1ec78585-3a30-581d-9699-8328fe7083bb"
    html = (SITES / "disclosurelog" / "pages" / f"{path.rsplit('/', 1)[-1]}.html").read_text()
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", html))
    meta = {"foi": {"authority_code": "E06000054"}}
    request = Request(BASES["disclosurelog"] + path, disclosurelog.detail, meta=meta)
    (item,) = answer(request, "disclosurelog")
    assert replace(item, body=None, retrieved_at="") == DocumentItem(
        url=request.url,
        http_status=200,
        declared_type="text/html; charset=utf-8",
        platform="disclosurelog",
        authority_code="E06000054",
        reference=facts["Case reference"],
        title=re.search(r"<h1>([^<]+)</h1>", html).group(1),  # type: ignore[union-attr]
        received=facts["Received"],
        published=facts["Published"],
        parent=None,
        kind="page",
        retrieved_at="",
        status="ok",
        reason=None,
    )
    assert (
        item.body
        == (SITES / "disclosurelog" / "pages" / f"{path.rsplit('/', 1)[-1]}.html").read_bytes()
    )
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", item.retrieved_at)


def settle_page(spider: Any, site: str, path: str, sites: Path = SITES) -> list[DocumentItem]:
    """Everything kept from one disclosure page: its items, then its attachments' items."""
    (row,) = demo_rows(sites.parent / "sources.csv", site=site)
    code = row.split(",")[0]
    meta = {"foi": {"authority_code": code}, "source": spider.sources[0]}
    request = Request(BASES[site] + path, spider.detail, meta=meta)
    out = answer(request, site, sites)
    for follow in requests_in(out):
        assert follow.callback == spider.attachment
        out += answer(follow, site, sites)
    return items_in(out)


@pytest.mark.parametrize("site", ["disclosurelog", "council_a", "council_b"])
def test_each_saved_page_is_kept_or_rejected_as_the_mirror_says(tmp_path, site):
    platform = "disclosurelog" if site == "disclosurelog" else "council_site"
    spidercls = DisclosureLogSpider if site == "disclosurelog" else CouncilSiteSpider
    spider = spider_for(spidercls, tmp_path, demo_rows(platform=platform, site=site))
    for case in [c for c in EXPECTED["campaign"] if c["site"] == site]:
        kept = settle_page(spider, site, case["path"])
        urls = [path_of(i.url, site) for i in kept]
        assert case["path"] in urls, case
        if case["answers_in"] == "attachment":
            assert case["attachment_path"].replace("%20", " ") in [
                u.replace("%20", " ") for u in urls
            ], case
        assert {i.authority_code for i in kept} == {case["authority_code"]}, case
    for case in [c for c in EXPECTED["rejected"] if c["site"] == site]:
        assert settle_page(spider, site, case["path"]) == [], case


def test_disclosurelog_s47_page_kept_through_its_attachment(tmp_path):
    rows = demo_rows(MIRROR / "s47_medicals" / "sources.csv", platform="disclosurelog")
    spider = spider_for(DisclosureLogSpider, tmp_path, rows, campaign="s47_medicals")
    (start,) = starts(spider)
    assert "keywords=section+47" in start.url  # the campaign's own disclosurelog_keyword
    details = [r for r in answer(start, "disclosurelog", S47_SITES) if r.callback == spider.detail]
    kept = []
    for request in details:
        kept += settle_page(
            spider, "disclosurelog", path_of(request.url, "disclosurelog"), S47_SITES
        )
    expected = [c for c in S47_EXPECTED["campaign"] if c["site"] == "disclosurelog"]
    attachments = [i for i in kept if i.kind == "attachment"]
    assert [path_of(i.url, "disclosurelog") for i in attachments] == [c["path"] for c in expected]
    assert {i.authority_code for i in kept} == {c["authority_code"] for c in expected}
    rejected = {c["path"] for c in S47_EXPECTED["rejected"] if c["site"] == "disclosurelog"}
    assert not [i for i in kept if path_of(i.url, "disclosurelog") in rejected]


# -- council_site: a row's selectors -------------------------------------------------------------


@pytest.fixture
def council_a(tmp_path):
    return spider_for(CouncilSiteSpider, tmp_path, demo_rows(site="council_a"))


def test_council_site_search_url_filled_with_the_first_search_term(council_a):
    (start,) = starts(council_a)
    routes = json.loads((SITES / "council_a" / "routes.json").read_text("utf-8"))
    assert path_of(start.url, "council_a") in routes  # a listing the mirror saved
    assert start.url.endswith("?q=bruising+non-mobile&page=1")
    assert start.meta["foi"] == {"authority_code": "E10000012", "source": 2}  # its row in the file


def test_council_site_listing_follows_its_links_and_its_next_page(council_a):
    (start,) = starts(council_a)
    out = answer(start, "council_a")
    links = listed(SITES / "council_a", "listing/page-1.html", r'class="list__link" href="([^"]+)"')
    assert len(links) == 10
    assert [(path_of(r.url, "council_a"), r.callback.__name__) for r in out] == [
        (link, "detail") for link in links
    ] + [(EXPECTED["sites"]["council_a"]["listing_pages"][1], "listing")]
    assert {r.meta["foi"]["kind"] for r in out[:-1]} == {"page"}
    # The last page has no next link: the listing ends there.
    last = EXPECTED["sites"]["council_a"]["listing_pages"][-1]
    response = mirror_response(SITES / "council_a", last, BASES["council_a"], meta=out[-1].meta)
    assert {r.callback.__name__ for r in council_a.listing(response)} == {"detail"}


def test_council_site_listing_never_follows_a_link_that_is_not_http(council_a):
    (start,) = starts(council_a)
    page = (SITES / "council_a" / "listing" / "page-1.html").read_bytes()
    hostile = b"".join(
        b'<li class="list__item"><a class="list__link" href="' + href + b'">x</a></li>'
        for href in (b"file:///etc/passwd", b"javascript:alert(1)", b"mailto:foi@example.org",
                     b"data:text/html,bruising non-mobile", b"ftp://127.0.0.1/x.pdf")
    )  # fmt: skip
    page = page.replace(
        b'<ul class="list list--record">', b'<ul class="list list--record">' + hostile, 1
    )
    assert hostile in page
    response = file_response(page, start.url, meta=start.meta, content_type="text/html")
    urls = [r.url for r in council_a.listing(response)]
    assert len(urls) == 11 and all(u.startswith(BASES["council_a"] + "/") for u in urls)
    assert stat(council_a, "foi/rejected/not an http(s) link") == 5


def test_council_site_follows_an_attachment_on_another_host_but_not_a_local_file(council_a):
    """Links may point off the site (a document store): they are requested; where a
    redirect may then go is the safety middleware's business (test_middlewares_inprocess)."""
    path = "/foi/responses/cf-foi-251142-bruising-in-non-mobile-infants.html"
    page = (SITES / "council_a" / "foi" / "responses" / path.rsplit("/", 1)[-1]).read_bytes()
    extra = b'<li><a href="https://docs.example.net/foi/files/x.pdf">x</a></li><li><a href="file:///foi/files/y.pdf">y</a></li>'
    page = page.replace(b'<ul class="foi-attachments">', b'<ul class="foi-attachments">' + extra, 1)
    meta = {"foi": {"authority_code": "E10000012", "kind": "page"}, "source": council_a.sources[0]}
    out = list(
        council_a.detail(
            file_response(page, BASES["council_a"] + path, meta=meta, content_type="text/html")
        )
    )
    assert [r.url for r in requests_in(out)] == [
        "https://docs.example.net/foi/files/x.pdf",
        BASES["council_a"] + "/foi/files/CF-FOI-251142-response.pdf",
    ]


# -- FoiSpider.decide: keep, look in the attachments, or reject ------------------------------


PAGE = "/foi/responses/cf-foi-251142-bruising-in-non-mobile-infants.html"
UNRELATED = "/foi/responses/foi-2026-1241-penalty-charge-notices-issued-for-parking-contra.html"
LETTER = "/foi/files/CF-FOI-251142-response.pdf"
OTHER_FILE = "/foi/files/foi-2026-1241-penalty-charge-notices-iss.pdf"


def decided(spider: Any, path: str, attachments: list[str], **meta: Any) -> list[Any]:
    response = mirror_response(SITES / "council_a", path, BASES["council_a"])
    text, _ = spider.page_text(response, "div.foi-content")
    foi = {"authority_code": "E10000012", "kind": "page", **meta}
    return list(spider.decide(response, foi, text, attachments))


def test_decide_keeps_a_matching_page_and_all_its_attachments(council_a):
    out = decided(council_a, PAGE, [LETTER, OTHER_FILE])
    (item,) = items_in(out)
    assert item.url == BASES["council_a"] + PAGE and item.kind == "page"
    assert [(r.url, r.meta["foi"]["keep"], r.meta["foi"]["parent"]) for r in requests_in(out)] == [
        (BASES["council_a"] + LETTER, True, item.url),
        (BASES["council_a"] + OTHER_FILE, True, item.url),
    ]
    assert (stat(council_a, "foi/found"), stat(council_a, "foi/kept")) == (1, 1)


def test_decide_looks_in_the_attachments_of_a_page_that_does_not_match(council_a):
    out = decided(council_a, UNRELATED, [OTHER_FILE, LETTER])
    assert items_in(out) == []  # the page waits for an attachment that matches
    other, letter = out
    assert [r.meta["foi"]["keep"] for r in out] == [False, False]
    assert letter.meta["foi"]["page"].url == BASES["council_a"] + UNRELATED
    assert items_in(answer(other, "council_a")) == []
    kept = items_in(answer(letter, "council_a"))
    # The page is kept once its letter matches, then the letter, with the page as parent.
    assert [(path_of(i.url, "council_a"), i.kind, i.parent) for i in kept] == [
        (UNRELATED, "page", None),
        (LETTER, "attachment", BASES["council_a"] + UNRELATED),
    ]
    assert (
        stat(council_a, "foi/kept") == 1 and stat(council_a, "foi/rejected/no campaign match") == 1
    )
    # A second matching attachment of that page keeps only itself: the page is kept once.
    again = Request(letter.url + "?copy", meta=letter.meta)
    response = mirror_response(SITES / "council_a", LETTER, BASES["council_a"], request=again)
    assert [i.kind for i in council_a.attachment(response)] == ["attachment"]


def test_decide_rejects_a_page_that_does_not_match_and_has_no_attachments(council_a):
    assert decided(council_a, UNRELATED, []) == []
    assert stat(council_a, "foi/rejected/no campaign match") == 1
    assert stat(council_a, "foi/authority/E10000012/rejected") == 1


def test_decide_rejects_a_matching_page_dated_before_the_window(council_a):
    assert decided(council_a, PAGE, [LETTER], published="14 March 2023") == []
    assert stat(council_a, "foi/rejected/outside the date window") == 1
    assert decided(council_a, PAGE, [LETTER], received="2025-11-02T10:00:00Z") != []


def test_an_unreadable_attachment_is_rejected_not_an_error(council_a):
    (letter,) = requests_in(decided(council_a, UNRELATED, [LETTER]))
    response = file_response(b"PK\x03\x04 not a zip", letter.url, request=letter)
    assert list(council_a.attachment(response)) == []
    assert stat(council_a, "foi/rejected/unreadable attachment") == 1


def test_a_refused_request_becomes_a_failure_under_its_first_address(council_a):
    first = BASES["council_a"] + "/foi/files/moved.pdf"
    meta = {"foi": {"authority_code": "E10000012"}, "redirect_urls": [first]}
    request = Request("https://elsewhere.example/x.pdf", meta=meta)
    failure = Failure(Refused("refused: redirect to another site (elsewhere.example)"))
    failure.request = request  # type: ignore[attr-defined]
    (item,) = council_a.failed(failure)
    assert (item.url, item.status, item.reason, item.body) == (
        first,
        "failed",
        "refused: redirect to another site (elsewhere.example)",
        None,
    )
    assert stat(council_a, "foi/failed/refused: redirect to another site") == 1
    assert stat(council_a, "foi/failures") == [(first, "E10000012", item.reason)]
