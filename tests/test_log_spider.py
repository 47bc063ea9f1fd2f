"""Issue 10, part 1: the log spider, given only a log's address.

Unit tests of the heuristics (crawler/listing.py, pagination.py, sitesearch.py, pagefacts.py,
sitemaps.py, documents.py) on pages saved from the generated sites (tests/logsites.py) and on
small pages written here; then one real crawl of seven generated logs shaped like the systems
councils use (LocalGov Drupal, Jadu, GOSS iCM, ASP.NET, a monthly list of files, a list drawn
by JavaScript with a sitemap, an index of month pages), each served on its own loopback host,
crawled from its address alone and, for comparison, from a hand-written selector row, in one
process.
"""

from __future__ import annotations

import json

import pytest

from crawler.documents import document_text
from crawler.dom import tree
from crawler.listing import Pattern, find_listing, url_shape
from crawler.pagefacts import attachments, page_facts, reference_in
from crawler.pagination import next_page
from crawler.sitemaps import log_prefix, sitemap_links
from crawler.sitesearch import fill, find_search
from tests import logsites

H = "http://council.test"


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """Every shape's site written once; pages read back as a crawler would receive them."""
    root = tmp_path_factory.mktemp("saved")
    shapes = logsites.build(root)

    def read(name: str, key: str) -> tuple[object, str]:
        routes = json.loads((root / name / "routes.json").read_text())
        html = (root / name / routes[key]["file"]).read_text("utf-8")
        return tree(html, H + key), H + key

    return shapes, read


# -- the listing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "count", "shape", "dated"),
    [
        ("drupal", 10, "council.test/foi/disclosure-log/{slug}", True),
        ("jadu", 10, "council.test/directory_record/{n}/{slug}", False),
        ("goss", 10, "council.test/article/{n}/{slug}", True),
        ("aspnet", 20, "council.test/InformationGovernance/DisclosureDetail.aspx?id", True),
        ("monthly", 11, "council.test/media/foi/{slug}/{file}", True),
    ],
)
def test_listing_found_on_each_shape_without_selectors(saved, name, count, shape, dated):
    shapes, read = saved
    root, url = read(name, shapes[name].log)
    listing = find_listing(root, url)
    assert len(listing.entries) == count and listing.pattern.shape == shape
    assert all(e.month for e in listing.entries) == dated
    menu = {"/bins", "/council", "/schools", "/accessibility", "/privacy", "/", "/contact"}
    assert not [e for e in listing.entries if e.url[len(H) :] in menu]


def test_listing_keeps_dates_references_and_files_beside_each_item(saved):
    shapes, read = saved
    drupal = find_listing(*read("drupal", shapes["drupal"].log)).entries[0]
    assert drupal.reference.startswith("FOI-") and drupal.published and drupal.month
    rows = find_listing(*read("aspnet", shapes["aspnet"].log)).entries
    assert any(e.attachments and e.attachments[0].endswith("-data.pdf") for e in rows)
    files = find_listing(*read("monthly", shapes["monthly"].log)).entries
    assert files[0].published.endswith("2026") and files[0].month == "2026-05"  # its heading


def test_a_page_without_a_listing_finds_none(saved):
    shapes, read = saved
    assert find_listing(*read("jsapp", shapes["jsapp"].log)).entries == []
    months = find_listing(*read("months", shapes["months"].log)).entries
    assert months[0].title == "FOI responses: May 2026" and months[0].month == "2026-05"
    menu_only = "<nav><ul>" + "".join(f"<li><a href='/p{i}'>Page {i}</a></li>" for i in range(9))
    assert find_listing(tree(menu_only + "</ul></nav><p>Hello</p>"), H).entries == []


def test_a_learnt_pattern_finds_a_single_search_result():
    page = (
        "<main><h1>Results</h1><p>1 result</p><ul><li><a href='/directory_record/5/bruising'>"
        "Bruising</a></li></ul><a href='/help'>Help</a></main>"
    )
    pattern = Pattern("council.test/directory_record/{n}/{slug}", "")
    found = find_listing(tree(page), H + "/directory/45/search?keywords=x", pattern)
    assert [e.url for e in found.entries] == [H + "/directory_record/5/bruising"]


def test_rows_of_a_table_and_cards_of_a_wordpress_archive():
    table = "<main><table>" + "".join(
        f"<tr><td>EIR {n}</td><td><a href='/foi/{n}'>Request about waste {n}</a></td>"
        f"<td>0{n}/11/2025</td></tr>"
        for n in range(1, 6)
    )
    entries = find_listing(tree(table + "</table></main>"), H + "/foi").entries
    assert len(entries) == 5 and entries[0].reference == "EIR 1" and entries[0].month == "2025-11"
    cards = "<main>" + "".join(
        f"<article class='post-{n} post type-foi'><h2><a href='/foi/2025/11/response-{n}/'>"
        f"Response {n}: school places</a></h2><time datetime='2025-11-0{n}'>Nov {n}</time>"
        "<a href='/foi/2025/11/response-{n}/'>Read more</a></article>"
        for n in range(1, 5)
    )
    entries = find_listing(tree(cards + "</main>"), H + "/foi/").entries
    assert len(entries) == 4 and all(e.month == "2025-11" for e in entries)


def test_url_shapes():
    assert url_shape(H + "/foi/log/foi-123-parking") == "council.test/foi/log/{slug}"
    assert url_shape(H + "/directory_record/12/x_y") == "council.test/directory_record/{n}/{slug}"
    assert url_shape(H + "/a/Detail.aspx?id=3&x=1") == "council.test/a/Detail.aspx?id&x"
    assert url_shape(H + "/media/2025-11/a.pdf") == "council.test/media/{slug}/{file}"


# -- pagination -----------------------------------------------------------------------------


def test_next_page_of_each_shape(saved):
    shapes, read = saved
    assert next_page(*read("drupal", "/foi/disclosure-log")) == H + "/foi/disclosure-log?page=1"
    assert (
        next_page(*read("goss", "/foi-disclosure-log?page=2")) == H + "/foi-disclosure-log?page=3"
    )
    monthly = next_page(*read("monthly", shapes["monthly"].log))
    assert monthly == H + "/council/foi/disclosure-logs?page=2"  # "Load more"
    assert next_page(*read("aspnet", shapes["aspnet"].log)) is None  # a postback pager


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        ("<link rel='next' href='/log?p=2'>", "/log?p=1", "/log?p=2"),
        ("<a href='/news/page/3/'>Older posts</a>", "/news/page/2/", "/news/page/3/"),
        ("<a aria-label='Next page' href='/l?page=4'>›</a>", "/l?page=3", "/l?page=4"),
        (
            "<ul class='pagination'><li class='active'><span>2</span></li><li><a href='/l?pg=3'>3"
            "</a></li><li><a href='/l?pg=4'>4</a></li></ul>",
            "/l?pg=2",
            "/l?pg=3",
        ),
        ("<a href='/l?start=40'>40</a><a href='/l?start=20'>20</a>", "/l?start=0", "/l?start=20"),
        ("<a href='/l?page=2&sort=date'>2</a>", "/l?sort=date", "/l?page=2&sort=date"),
        ("<a href='/guide/part-2'>Next: how to make a request to the council</a>", "/l", None),
        ("<a href=\"javascript:__doPostBack('gv','Page$2')\">Next</a>", "/l", None),
    ],
)
def test_pagination_variants(html, url, expected):
    found = next_page(tree(f"<html><body>{html}</body></html>"), H + url)
    assert found == (H + expected if expected else None)


# -- the site's own search ------------------------------------------------------------------


def test_search_found_as_form_or_link_and_site_search_left_alone(saved):
    shapes, read = saved
    drupal = find_search(*read("drupal", shapes["drupal"].log))
    assert drupal.template == H + "/foi/disclosure-log?search_api_fulltext={query}&year=All"
    assert fill(drupal.template, "bruising non-mobile").endswith("=bruising+non-mobile&year=All")
    assert find_search(*read("jadu", shapes["jadu"].log)).template == (
        H + "/directory/45/search?keywords={query}"
    )
    aspnet = find_search(*read("aspnet", shapes["aspnet"].log))
    assert (aspnet.how, aspnet.template) == (
        "link",
        H + "/InformationGovernance/DisclosureLog.aspx?search={query}",
    )
    assert find_search(*read("goss", shapes["goss"].log)) is None  # only the header's site search


def test_a_postcode_lookup_is_not_a_search():
    page = (
        "<main><form action='/bins' method='get'><label for='pc'>Postcode</label><input id='pc' "
        "name='postcode'></form></main>"
    )
    assert find_search(tree(page), H + "/foi") is None


# -- an item's page -------------------------------------------------------------------------


def test_page_facts_from_labels_time_and_json_ld(saved):
    _, read = saved
    jadu = page_facts(read("jadu", "/directory/45/freedom_of_information_disclosure_log")[0])
    assert jadu == {}
    page = (
        "<main><dl><dt>Case reference</dt><dd>FOI/2025/0042</dd><dt>Date received</dt><dd>3 "
        "November 2025</dd></dl><table><tr><th>Response date</th><td>24/11/2025</td></tr></table>"
        "</main>"
    )
    assert page_facts(tree(page)) == {
        "reference": "FOI/2025/0042",
        "received": "3 November 2025",
        "published": "24/11/2025",
    }
    ld = '<script type=\'application/ld+json\'>{"datePublished": "2025-12-01"}</script>'
    assert page_facts(tree(f"<html><head>{ld}</head><body></body></html>")) == {
        "published": "2025-12-01"
    }
    assert reference_in("Reference: FOI-2026-2070") == "FOI-2026-2070"


def test_attachments_by_name_store_path_or_response_link():
    page = (
        "<header><a href='/files/cookie-policy.pdf'>Cookies</a></header><main>"
        "<a href='/downloads/file/4567/foi-123-response'>Response</a>"
        "<a href='/media/1/x/pdf/x.pdf?m=17'>x.pdf</a>"
        "<a href='/foi/reply-123.html'>Our response (HTML)</a>"
        "<a href='/foi/other.html'>Another page</a></main>"
    )
    assert attachments(tree(page), H + "/foi/123") == [
        H + "/downloads/file/4567/foi-123-response",
        H + "/media/1/x/pdf/x.pdf?m=17",
        H + "/foi/reply-123.html",
    ]


def test_sitemap_index_and_lastmod_filter():
    index = b"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>"
    assert sitemap_links(index, H + "/foi/log", "2025-10", 10**6).sitemaps == [H + "/s1.xml"]
    urls = (
        b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        b"<url><loc>/foi/log/a</loc><lastmod>2025-11-02</lastmod></url>"
        b"<url><loc>/foi/log/b</loc><lastmod>2024-01-02</lastmod></url>"
        b"<url><loc>/bins</loc></url><url><loc>http://elsewhere.test/foi/log/c</loc></url></urlset>"
    )
    found = sitemap_links(urls, H + "/foi/log", "2025-10", 10**6)
    assert (found.pages, found.older) == ([H + "/foi/log/a"], 1)
    assert log_prefix(H + "/foi/Log.aspx") == "/foi/" and log_prefix(H + "/foi/log/") == "/foi/log/"
    # A log at the root narrows the sitemap to what speaks of FOI, not every page of the site.
    root = b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>/bins</loc></url><url><loc>/foi-responses/12</loc></url></urlset>"
    assert sitemap_links(root, H + "/", "", 10**6).pages == [H + "/foi-responses/12"]
    on_foi_host = sitemap_links(root, "http://foi.council.test/", "", 10**6).pages
    assert on_foi_host == [
        "http://foi.council.test/bins",
        "http://foi.council.test/foi-responses/12",
    ]


def test_spreadsheets_are_read_for_the_match():
    data = logsites.xlsx([["Ref", "Subject"], ["FOI-1", "Bruising in non-mobile infants"]])
    assert "FOI-1 | Bruising in non-mobile infants" in document_text(data, "log.xlsx")


# -- the crawl of every shape ------------------------------------------------------------------


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    root = tmp_path_factory.mktemp("logs")
    results, stats = logsites.crawl_all(root)
    rows = (root / "sources.csv").read_text().splitlines()
    print("\n" + logsites.table(results))
    return results, stats, rows


SHAPES = ["drupal", "jadu", "goss", "aspnet", "monthly", "jsapp", "months"]
NO_SELECTOR_ROW = {"jsapp", "months"}  # no hand-written row can read them


def test_rows_give_only_the_address(crawled):
    _, _, rows = crawled
    logs = [r.split(",") for r in rows if ",log," in r]
    address_only = [r for r in logs if not any(r[3:])]
    assert len(address_only) == len(SHAPES) + 1  # and the one given an item's address


@pytest.mark.parametrize("name", SHAPES)
def test_every_reply_kept_and_no_decoy(crawled, name):
    results, _, _ = crawled
    r = results[name]
    assert r.kept == r.shape.kept and len(r.kept) >= 2, f"{name}: missed {r.missed}"
    assert r.decoys_kept == [], f"{name}: kept {r.decoys_kept}"


@pytest.mark.parametrize("name", [s for s in SHAPES if s not in NO_SELECTOR_ROW])
def test_requests_within_twice_a_hand_written_selector_crawl(crawled, name):
    results, _, _ = crawled
    alone, selectors = results[name], results[f"{name}-sel"]
    message = (
        f"{name}: {alone.requests} requests from the address alone, {selectors.requests} with "
        f"hand-written selectors ({alone.requests / selectors.requests:.2f}x)"
    )
    assert alone.requests <= 2 * selectors.requests, message
    assert selectors.kept == selectors.shape.kept, message  # the comparison is like for like
    print(message)


def test_search_asked_for_the_campaign_instead_of_walking(crawled):
    results, stats, _ = crawled
    for name, key in (
        ("drupal", "search_api_fulltext="),
        ("jadu", "keywords="),
        ("aspnet", "search="),
    ):
        paths = results[name].paths
        assert any(key + "bruising+non-mobile" in p for p in paths), name
        assert not any("page=3" in p for p in paths), name  # the listing was not walked
    assert stats["log"]["foi/search/form"] == 3  # drupal, jadu, and drupal from an item
    assert stats["log"]["foi/search/link"] == 1  # aspnet


def test_walk_skips_items_before_the_window_and_stops_there(crawled):
    results, stats, _ = crawled
    goss = results["goss"].paths
    assert "/search" not in " ".join(goss)  # the header's site search is not the log's
    assert not any("/article/9311/" in p for p in goss)  # the 2023 answer: dated, not fetched
    assert not any("page=13" in p for p in goss)  # older pages never asked for
    assert stats["log"]["foi/skipped/listing pages before the window"] >= 1


def test_given_an_items_address_the_log_above_it_is_found(crawled):
    results, _, _ = crawled
    r = results["drupal-item"]
    assert r.kept == r.shape.kept and r.decoys_kept == []
    assert any("search_api_fulltext=" in p for p in r.paths)


def test_a_log_two_levels_deep_is_read_through_its_months(crawled):
    results, stats, _ = crawled
    paths = results["months"].paths
    assert "/foi/responses-by-month/2025-12" in paths
    assert "/foi/responses-by-month/2024-06" not in paths  # a month before the window
    assert stats["log"]["foi/sublistings"] >= 6


def test_sitemap_fallback(crawled):
    results, stats, _ = crawled
    paths = results["jsapp"].paths
    assert {"/sitemap.xml", "/sitemap-foi.xml"} <= set(paths)
    assert stats["log"]["foi/skipped/sitemap entries before the window"] > 50


def test_provenance_dates_reference_and_parent(crawled):
    results, _, _ = crawled
    (page,) = [
        r
        for r in results["drupal"].records
        if r.location.endswith("bruising-in-non-mobile-infants") and r.status == "ok"
    ]
    assert page.source == "log" and page.extra["published"] == "4 December 2025"
    assert (
        page.extra["reference"] == "FOI-2025-1123"
        and page.extra["title"] == "Bruising in non-mobile infants"
    )
    (pdf,) = [
        r
        for r in results["goss"].records
        if r.location.endswith("FOI-2025-1187-response.pdf?m=1764000000")
    ]
    assert pdf.extra["kind"] == "attachment" and "/article/" in pdf.extra["parent"]
    (docx,) = [r for r in results["monthly"].records if r.location.endswith("foi-2025-1201.docx")]
    assert docx.media_type == "docx" and docx.extra["published"] == "December 2025"
    assert docx.extra["parent"].endswith("/council/foi/disclosure-logs?page=2")
