"""Issue 13: the `log` spider's callbacks fed the pages of the generated disclosure logs
(tests/logsites.py: LocalGov Drupal, Jadu, GOSS, ASP.NET, a monthly list of files, a list drawn
by JavaScript with a sitemap, an index of months), in this process: the log's search, the walk
page by page and where it stops, the sitemap, the page above an item, a log of files; the caps
on links per page and pages per source; and each shape run to its end from its saved pages
(crawl_helpers.crawl_saved), which keeps the replies, no decoy, with the README's request
counts. What each page should give is read from the generator's Shape and the saved pages."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.items import DocumentItem
from crawler.spiders.council_site import CouncilSiteSpider
from crawler.spiders.log import LogSpider
from foi.campaigns.campaign import load_campaign
from tests import logsites
from tests.crawl_helpers import (
    answer_saved,
    crawl_saved,
    file_response,
    items_in,
    requests_in,
    spider_for,
    starts,
    stat,
)

BASE = "http://127.0.0.1:8200"
CODE = "E08000010"  # Wigan, whose (synthetic) log tests/logsites.py writes
TERMS = load_campaign().search_terms
WINDOW = load_campaign().window_start[:7]
# README, "How well the log spider does": requests per crawl, counted by each site's server
# (robots.txt included, which crawl_saved does not ask for).
README_REQUESTS = {"drupal": 10, "jadu": 11, "goss": 55, "aspnet": 10, "monthly": 48,
                   "jsapp": 54, "months": 55}  # fmt: skip
README_SELECTOR_REQUESTS = {"drupal": 8, "jadu": 8, "goss": 185, "aspnet": 8, "monthly": 48}


@functools.cache
def disclosure(key: str) -> logsites.Disclosure:
    """One of the generated logs' disclosures, by its key (the same on every shape)."""
    return next(d for d in logsites.disclosures() if d.key == key)


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> tuple[Path, dict[str, logsites.Shape]]:
    root = tmp_path_factory.mktemp("logsites")
    return root, logsites.build(root)


def spider(tmp_path: Path, sites: Any, name: str, **settings: Any) -> Any:
    _, shapes = sites
    return spider_for(LogSpider, tmp_path, [f"{CODE},log,{BASE}{shapes[name].log},,,,"], **settings)


def routes(sites: Any, name: str) -> dict[str, Any]:
    return json.loads((sites[0] / name / "routes.json").read_text("utf-8"))


def saved_html(sites: Any, name: str, key: str) -> str:
    return (sites[0] / name / routes(sites, name)[key]["file"]).read_text("utf-8")


def answer(sites: Any, name: str, request: Request) -> list[Any]:
    return answer_saved(request, sites[0] / name, BASE)


def paths(out: list[Any], callback: str | None = None) -> list[str]:
    return [
        r.url[len(BASE) :]
        for r in requests_in(out)
        if callback is None or r.callback.__name__ == callback
    ]


def fail(request: Request, status: int = 500) -> list[Any]:
    failure = Failure(HttpError(Response(request.url, status=status, request=request), "HTTP"))
    failure.request = request  # type: ignore[attr-defined]
    return list(request.errback(failure) or [])


# -- the log's page: its address, its search, its listing -------------------------------------


def test_log_starts_at_the_logs_address_with_its_row(tmp_path, sites):
    log = spider(tmp_path, sites, "goss")
    (start,) = starts(log)
    assert (start.url, start.callback.__name__) == (BASE + sites[1]["goss"].log, "log_page")
    assert start.meta["foi"] == {"authority_code": CODE, "source": 2}
    assert start.meta["source"].url == start.url and start.meta["foi_site"].local


@pytest.mark.parametrize("asked", [3, 2])
def test_log_with_a_search_form_asks_it_for_the_first_search_terms(tmp_path, sites, asked):
    log = spider(tmp_path, sites, "drupal", FOI_LOG_SEARCH_TERMS=asked)
    out = answer(sites, "drupal", starts(log)[0])
    wanted = [f"/foi/disclosure-log?search_api_fulltext={quote_plus(t)}&year=All" for t in TERMS]
    assert paths(out, "results") == wanted[:asked] and len(out) == asked
    assert all(p in routes(sites, "drupal") for p in paths(out))  # searches the site answers
    assert stat(log, "foi/search/form") == 1


def test_search_results_follow_replies_not_items_dated_before_the_window(tmp_path, sites):
    shape = sites[1]["drupal"]
    log = spider(tmp_path, sites, "drupal")
    first = answer(sites, "drupal", starts(log)[0])[0]
    out = answer(sites, "drupal", first)
    html = saved_html(sites, "drupal", paths([first])[0])
    listed = re.findall(r"<h3 class='lgd-teaser__title'><a href='([^']+)'", html)
    old = [p for p in listed if "/foi-2023-" in p]
    assert old and set(old) <= set(shape.decoys)  # the 2023 answer to the same questions
    assert paths(out, "item_page") == [p for p in listed if p not in old]
    assert "/foi/disclosure-log/foi-2025-1123-bruising-in-non-mobile-infants" in paths(out)
    assert stat(log, "foi/rejected/outside the date window") == len(old)


def test_search_that_fails_for_every_term_falls_back_to_walking_the_log(tmp_path, sites):
    log = spider(tmp_path, sites, "drupal")
    searches = answer(sites, "drupal", starts(log)[0])
    assert [fail(r) for r in searches[:-1]] == [[], []]  # waits for every term
    walked = fail(searches[-1])
    html = saved_html(sites, "drupal", sites[1]["drupal"].log)
    listed = re.findall(r"<h3 class='lgd-teaser__title'><a href='([^']+)'", html)
    assert paths(walked, "item_page") == listed
    assert paths(walked, "listing_page") == ["/foi/disclosure-log?page=1"]
    assert stat(log, "foi/search/failed") == 3


def goss_listing(sites: Any, key: str) -> list[tuple[str, str]]:
    """(path, "dd/mm/yyyy") of each item a saved GOSS listing page shows."""
    html = saved_html(sites, "goss", key)
    return re.findall(
        r"class='item-list__link' href='([^']+)'.*?Date responded:</span> (\d\d/\d\d/\d{4})", html
    )


def test_log_walks_its_listing_then_asks_the_next_page(tmp_path, sites):
    shape = sites[1]["goss"]
    log = spider(tmp_path, sites, "goss")
    out = answer(sites, "goss", starts(log)[0])
    listed = goss_listing(sites, shape.log)
    assert len(listed) == 10 and all(d[6:] + "-" + d[3:5] >= WINDOW for _, d in listed)
    assert paths(out) == [p for p, _ in listed] + [f"{shape.log}?page=2"]
    first = out[0].meta["foi"]
    assert (first["published"], first["listed_on"]) == (listed[0][1], BASE + shape.log)
    assert first["reference"] and first["reference"].replace(" ", "-") in listed[0][0].upper()
    # A listing page seen again (a pager that goes round) asks for nothing.
    assert answer(sites, "goss", starts(log)[0]) == []


def test_log_listing_leaves_out_links_off_the_site_or_not_http(tmp_path, sites):
    shape = sites[1]["goss"]
    log = spider(tmp_path, sites, "goss")
    (start,) = starts(log)
    html = saved_html(sites, "goss", shape.log)
    hostile = "".join(
        f"<li class='item-list__item'><h2 class='item-list__title'><a class='item-list__link' "
        f"href='{href}'>FOI 2026-9{n} – Bruising in non-mobile infants</a></h2><p class="
        "'item-list__meta'><span class='item-list__label'>Date responded:</span> 20/05/2026</p></li>"
        for n, href in enumerate(["https://elsewhere.example/article/1/Foi-2026-91-Bruising",
                                  "javascript:go(1)", "mailto:foi@example.org", "file:///article/2/x"])
    )  # fmt: skip
    first = html.index("<li class='item-list__item'>")
    page = (html[:first] + hostile + html[first:]).encode()
    out = list(
        log.log_page(file_response(page, start.url, request=start, content_type="text/html"))
    )
    assert paths(out) == [p for p, _ in goss_listing(sites, shape.log)] + [f"{shape.log}?page=2"]
    assert all(r.url.startswith(BASE + "/") for r in out)


def test_log_stops_walking_at_a_page_dated_before_the_window(tmp_path, sites):
    shape = sites[1]["goss"]
    pages = sorted(int(k.split("=")[1]) for k in routes(sites, "goss") if "?page=" in k)
    key = f"{shape.log}?page={pages[-2]}"  # not the last page: it has a next page
    listed = goss_listing(sites, key)
    assert all(d[6:] + "-" + d[3:5] < WINDOW for _, d in listed)
    assert f"?page={pages[-1]}" in saved_html(sites, "goss", key)
    log = spider(tmp_path, sites, "goss")
    (start,) = starts(log)
    request = Request(BASE + key, log.listing_page, meta={**start.meta})
    assert answer(sites, "goss", request) == []  # no item fetched, no next page
    assert stat(log, "foi/rejected/outside the date window") == len(listed)
    assert stat(log, "foi/skipped/listing pages before the window") == 1


def test_links_per_page_cap_stops_the_walk(tmp_path, sites):
    log = spider(tmp_path, sites, "goss", FOI_MAX_LINKS_PER_PAGE=3)
    items, asked = crawl_saved(log, sites[0] / "goss", BASE)
    listed = goss_listing(sites, sites[1]["goss"].log)
    # The log's page, then its first three items (and what they link); the next page came
    # after the cap, so the walk ends on the first page.
    assert asked[:4] == [BASE + sites[1]["goss"].log] + [BASE + p for p, _ in listed[:3]]
    assert not [u for u in asked if "?page=" in u or u in {BASE + p for p, _ in listed[3:]}]
    assert stat(log, "foi/capped/links per page") == len(listed) + 1 - 3
    assert items == []  # the first three items are not replies


def test_pages_per_source_cap_ends_the_crawl(tmp_path, sites):
    log = spider(tmp_path, sites, "goss", FOI_MAX_PAGES_PER_SOURCE=7)
    _, asked = crawl_saved(log, sites[0] / "goss", BASE)
    assert len(asked) == 7 and asked[0] == BASE + sites[1]["goss"].log
    assert stat(log, "foi/capped/pages per source") > 0


# -- the sitemap, the page above an item, a page that is a list, a log of files ---------------


def test_log_with_no_listing_reads_its_sitemap_under_the_logs_path(tmp_path, sites):
    shape = sites[1]["jsapp"]
    log = spider(tmp_path, sites, "jsapp")
    (sitemap,) = answer(sites, "jsapp", starts(log)[0])
    assert (sitemap.url, sitemap.callback.__name__) == (BASE + "/sitemap.xml", "sitemap")
    assert (sitemap.meta["log_url"], sitemap.meta["depth"]) == (BASE + shape.log, 0)
    children = answer(sites, "jsapp", sitemap)
    assert paths(children, "sitemap") == ["/sitemap-pages.xml", "/sitemap-foi.xml"]
    pages_map, foi_map = children
    assert answer(sites, "jsapp", pages_map) == []  # /bins, /council-tax: not the log's
    xml = (sites[0] / "jsapp" / "sitemap-foi.xml").read_text("utf-8")
    entries = re.findall(r"<loc>([^<]+)</loc><lastmod>(\d{4}-\d\d)", xml)
    recent = [loc for loc, month in entries if month >= WINDOW]
    out = answer(sites, "jsapp", foi_map)
    assert paths(out, "item_page") == recent
    assert stat(log, "foi/skipped/sitemap entries before the window") == len(entries) - len(recent)


def test_sitemap_entries_on_another_host_are_not_followed(tmp_path, sites):
    log = spider(tmp_path, sites, "jsapp")
    (sitemap,) = answer(sites, "jsapp", starts(log)[0])
    ns = "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"
    body = (
        f"<?xml version='1.0'?><urlset {ns}>"
        "<url><loc>https://elsewhere.example/foi/responses/bruising</loc></url>"
        "<url><loc>file:///foi/responses/passwd</loc></url>"
        "<url><loc>/foi/responses/foi-2026-0001-bruising</loc></url></urlset>"
    ).encode()
    out = list(log.sitemap(file_response(body, sitemap.url, request=sitemap)))
    assert paths(out) == ["/foi/responses/foi-2026-0001-bruising"]


def test_log_with_no_listing_and_no_sitemap_is_recorded_as_failed(tmp_path, sites):
    log = spider(tmp_path, sites, "jsapp")
    (sitemap,) = answer(sites, "jsapp", starts(log)[0])
    (item,) = fail(sitemap, 404)
    assert (item.url, item.status, item.authority_code) == (
        BASE + sites[1]["jsapp"].log,
        "failed",
        CODE,
    )
    assert item.reason.startswith("no listing found")
    assert stat(log, "foi/failed/no listing found") == 1


def test_given_one_disclosures_address_the_log_reads_the_page_above(tmp_path, sites):
    item = "/foi/disclosure-log/foi-2025-1123-bruising-in-non-mobile-infants"
    log = spider_for(LogSpider, tmp_path, [f"{CODE},log,{BASE}{item},,,,"])
    (climb,) = answer(sites, "drupal", starts(log)[0])
    assert (climb.url, climb.callback.__name__) == (BASE + "/foi/disclosure-log", "log_page")
    assert climb.meta["climbed_from"] == BASE + item
    # The page above is the log: its search is asked, as from the log's own address.
    assert len(paths(answer(sites, "drupal", climb), "results")) == 3


def test_a_months_page_is_read_one_level_down(tmp_path, sites):
    log = spider(tmp_path, sites, "months")
    months = answer(sites, "months", starts(log)[0])
    assert all(p >= "/foi/responses-by-month/" + WINDOW for p in paths(months))
    december = next(r for r in months if r.url.endswith("/2025-12"))
    out = answer(sites, "months", december)
    listed = re.findall(
        r"<li><a href='([^']+)'>", saved_html(sites, "months", paths([december])[0])
    )
    listed = [p for p in listed if p.startswith("/foi/response/")]
    assert paths(out, "item_page") == listed
    assert {r.meta["foi"]["level"] for r in out} == {1} and stat(log, "foi/sublistings") == 1
    # One level only: a page listed on a month's page is read as a disclosure.
    reply = next(r for r in out if "bruising-in-non-mobile-infants" in r.url)
    (kept,) = items_in(answer(sites, "months", reply))
    html = saved_html(sites, "months", paths([reply])[0])
    assert (kept.kind, kept.title) == ("page", re.search("<h1>([^<]+)</h1>", html)[1])  # type: ignore[index]
    assert kept.published == re.search("Date of response: ([^<]+)</p>", html)[1]  # type: ignore[index]


def test_a_log_of_files_reads_each_listed_file_as_a_document(tmp_path, sites):
    shape = sites[1]["monthly"]
    log = spider(tmp_path, sites, "monthly")
    first = answer(sites, "monthly", starts(log)[0])
    (more,) = [r for r in first if r.callback.__name__ == "listing_page"]
    listed = {r.url[len(BASE) :]: r for r in first + answer(sites, "monthly", more)}
    for path in shape.kept:
        # Which saved listing page lists it: the document's parent.
        on = next(
            k
            for k in (shape.log, paths([more])[0])
            if f"href='{path}'" in saved_html(sites, "monthly", k)
        )
        (item,) = answer(sites, "monthly", listed[path])
        assert (item.url, item.kind, item.parent) == (BASE + path, "attachment", BASE + on)
    other = next(p for p in listed if p in shape.others and p.endswith(".pdf"))
    assert answer(sites, "monthly", listed[other]) == []
    assert stat(log, "foi/rejected/no campaign match") == 1


def test_a_listed_file_that_cannot_be_read_is_rejected_as_unreadable(tmp_path, sites):
    log = spider(tmp_path, sites, "monthly")
    meta = {"foi": {"authority_code": CODE, "kind": "page", "listed_on": BASE + "/foi/log"}}
    broken = file_response(b"%PDF-1.7\n" + b"\x00" * 64, BASE + "/foi/2025-12.pdf", meta=meta)
    assert list(log.item_page(broken)) == []
    assert stat(log, "foi/rejected/unreadable document") == 1
    assert stat(log, "foi/kept") is None


def test_a_reply_only_in_its_attached_file_keeps_the_page_with_it(tmp_path, sites):
    shape = sites[1]["drupal"]
    log = spider(tmp_path, sites, "drupal")
    (start,) = starts(log)
    page = "/foi/disclosure-log/foi-2025-1201-children-s-services-policy"
    docx = "/sites/default/files/2025-12/FOI-2025-1201-response.docx"
    assert docx in shape.kept and page in routes(sites, "drupal")
    meta = {**start.meta, "foi": {"authority_code": CODE, "kind": "page"}}
    (request,) = answer(sites, "drupal", Request(BASE + page, log.item_page, meta=meta))
    assert (paths([request]), request.meta["foi"]["keep"]) == ([docx], False)
    kept = items_in(answer(sites, "drupal", request))
    assert [(i.url, i.kind) for i in kept] == [
        (BASE + page, "page"),
        (BASE + docx, "attachment"),
    ]
    assert kept[0].reference == "FOI-2025-1201"


# -- each shape to its end, in this process ---------------------------------------------------


def kept_paths(items: list[DocumentItem]) -> set[str]:
    return {i.url[len(BASE) :] for i in items if i.status == "ok"}


@pytest.mark.parametrize("name", list(README_REQUESTS))
def test_each_log_shape_from_its_address_alone(tmp_path, sites, name):
    shape = sites[1][name]
    log = spider(tmp_path, sites, name)
    items, asked = crawl_saved(log, sites[0] / name, BASE)
    kept = kept_paths(items)
    assert set(shape.kept) <= kept and not kept & set(shape.never)
    assert not [i for i in items if i.status != "ok"]
    assert {i.authority_code for i in items} == {CODE}
    assert len(asked) + 1 == README_REQUESTS[name]


@pytest.mark.parametrize("name", list(README_SELECTOR_REQUESTS))
def test_each_log_shape_from_a_hand_written_selector_row(tmp_path, sites, name):
    shape = sites[1][name]
    platform, url, *selectors = shape.selector_row
    spidercls = LogSpider if platform == "log" else CouncilSiteSpider
    row = f"{CODE},{platform},{BASE}{url},{','.join(selectors)}"
    items, asked = crawl_saved(spider_for(spidercls, tmp_path, [row]), sites[0] / name, BASE)
    kept = kept_paths(items)
    assert set(shape.kept) <= kept and len(asked) + 1 == README_SELECTOR_REQUESTS[name]
    # README: council_site reads no dates, so it keeps the 2023 answer (and no other decoy);
    # log reads them and keeps no decoy.
    old = disclosure("decoy-2023")
    wrong = kept & set(shape.never)
    if platform == "council_site":
        assert len(wrong) == 1
        (path,) = wrong
        assert str(old.nid) in path or old.slug in path
    else:
        assert wrong == set()
