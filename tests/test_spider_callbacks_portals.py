"""Issue 13: the `socrata` spider's callbacks fed SODA answers (the rows of tests/test_socrata.py,
Camden's dataset shape), and the `icasework` spider's requests (which pages go through the
browser, which stay plain HTTP) from saved log pages, in this process: no portal, no browser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from scrapy import Request
from twisted.python.failure import Failure

from crawler import browser
from crawler.spiders.icasework import IcaseworkSpider
from crawler.spiders.socrata import SocrataSpider
from foi.campaigns.campaign import load_campaign
from tests import logsites
from tests.crawl_helpers import (
    answer_saved,
    file_response,
    items_in,
    requests_in,
    spider_for,
    starts,
    stat,
)
from tests.test_socrata import COLUMNS, DATASET, rows, soda

PORTAL = "https://opendata.camden.gov.uk"
PAGE = f"{PORTAL}/Your-Council/Camden-Freedom-Of-Information-Responses-Search/{DATASET}"
CAMPAIGN = load_campaign()


# -- socrata ------------------------------------------------------------------------------------


def camden(tmp_path: Path, **settings: Any) -> Any:
    return spider_for(SocrataSpider, tmp_path, [f"E09000007,socrata,{PAGE},,,,"], **settings)


def saved_rows() -> list[dict[str, Any]]:
    """The portal's rows, its links on its own host (as the portal gives them)."""
    out = rows()
    for row in out:
        if isinstance(row.get("document_link"), dict):
            row["document_link"]["url"] = PORTAL + row["document_link"]["url"]
    return out


def params(request: Request) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(request.url).query))


def soda_answer(
    spider: Any, request: Request, data: list[dict[str, Any]] | None = None
) -> list[Any]:
    """The spider's reading of SODA's answer to its query (the rows that query selects)."""
    body = json.dumps(soda(saved_rows(), params(request)) if data is None else data).encode()
    return list(spider.rows(file_response(body, request.url, request=request)))


def queries(spider: Any) -> list[Request]:
    (start,) = starts(spider)
    columns = json.dumps({"id": DATASET, "columns": COLUMNS}).encode()
    return list(spider.metadata(file_response(columns, start.url, request=start)))


def test_socrata_starts_with_the_datasets_columns(tmp_path):
    (start,) = starts(camden(tmp_path))
    assert (start.url, start.callback.__name__) == (
        f"{PORTAL}/api/views/{DATASET}.json",
        "metadata",
    )
    assert start.meta["foi"]["authority_code"] == "E09000007"


def test_socrata_asks_each_search_term_since_the_window_a_page_at_a_time(tmp_path):
    asked = queries(camden(tmp_path))
    assert [urlsplit(r.url).path for r in asked] == [f"/resource/{DATASET}.json"] * len(
        CAMPAIGN.search_terms
    )
    # The date column is the response date (of the two dates in COLUMNS).
    assert [params(r) for r in asked] == [
        {
            "$q": term,
            "$where": f"date_responded >= '{CAMPAIGN.window_start}T00:00:00'",
            "$order": ":id",
            "$limit": "500",  # README: FOI_SOCRATA_PAGE_SIZE (500)
            "$offset": "0",
        }
        for term in CAMPAIGN.search_terms
    ]


def test_socrata_without_its_columns_asks_without_the_date_bound(tmp_path):
    spider = camden(tmp_path)
    (start,) = starts(spider)
    failure = Failure(RuntimeError("HTTP 404"))
    failure.request = Request(start.url, meta=start.meta)  # type: ignore[attr-defined]
    asked = list(spider.no_metadata(failure))
    assert [params(r)["$q"] for r in asked] == CAMPAIGN.search_terms
    assert not [r for r in asked if "$where" in params(r)]
    assert stat(spider, "foi/socrata/no metadata") == 1


def test_socrata_row_that_matches_is_kept_as_a_page_with_its_document(tmp_path):
    spider = camden(tmp_path)
    first = queries(spider)[0]
    out = soda_answer(spider, first)
    row = next(r for r in saved_rows() if r["identifier"] == "CAM-2025-7001")
    kept = {i.reference: i for i in items_in(out)}
    item = kept["CAM-2025-7001"]
    assert item.url == f"{PORTAL}/resource/{DATASET}.json?identifier=CAM-2025-7001"
    assert (item.kind, item.platform, item.authority_code) == (
        "row",
        "socrata",
        "E09000007",
    )
    assert (item.title, item.received, item.published) == (
        row["title"],
        row["date_received"],
        row["date_responded"],
    )
    assert item.declared_type.startswith("text/html") and item.body.startswith(b"<!doctype html>")
    text = item.body.decode("utf-8")
    assert "Cam 2025 7001" not in text and row["identifier"] in text
    assert row["response"].splitlines()[0].strip()[:40] in text.replace("&#x27;", "'")
    (document,) = [r for r in requests_in(out) if r.callback == spider.attachment]
    assert document.url == row["document_link"]["url"]
    assert (document.meta["foi"]["parent"], document.meta["foi"]["keep"]) == (item.url, True)


def test_socrata_rejects_rows_before_the_window_and_rows_that_do_not_match(tmp_path):
    spider = camden(tmp_path)
    first = queries(spider)[0]
    chosen = [r for r in saved_rows() if r["identifier"] in ("CAM-2023-1180", "CAM-2025-7050")]
    assert soda_answer(spider, first, chosen) == []
    assert stat(spider, "foi/rejected/outside the date window") == 1
    assert stat(spider, "foi/rejected/no campaign match") == 1


def test_socrata_row_found_by_two_terms_is_kept_once(tmp_path):
    spider = camden(tmp_path)
    first, second = queries(spider)[:2]
    row = [r for r in saved_rows() if r["identifier"] == "CAM-2025-7001"]
    assert len(items_in(soda_answer(spider, first, row))) == 1
    assert items_in(soda_answer(spider, second, row)) == []


def test_socrata_pages_until_a_short_page(tmp_path):
    spider = camden(tmp_path, FOI_SOCRATA_PAGE_SIZE=2)
    first = queries(spider)[0]
    found = soda(saved_rows(), params(first) | {"$limit": "1000"})
    assert len(found) == 2  # CAM-2025-7001 and CAM-2026-0042 answer bruising non-mobile
    (following,) = [r for r in requests_in(soda_answer(spider, first)) if r.callback == spider.rows]
    assert params(following)["$offset"] == "2" and params(following)["$q"] == params(first)["$q"]
    assert requests_in(soda_answer(spider, following)) == []  # an empty page ends it


def test_socrata_stops_paging_at_twenty_thousand_rows_per_term(tmp_path):
    spider = camden(tmp_path)
    first = queries(spider)[0]
    filler = [
        {"identifier": f"X-{n}", "title": "Potholes", "response": "None."} for n in range(500)
    ]

    def next_offsets(offset: int) -> list[str]:
        request = first.replace(meta={**first.meta, "offset": offset})
        return [params(r)["$offset"] for r in requests_in(soda_answer(spider, request, filler))]

    assert next_offsets(19_000) == ["19500"]
    assert next_offsets(19_500) == []


def test_socrata_answer_that_is_not_soda_json_is_counted_as_failed(tmp_path):
    spider = camden(tmp_path)
    first = queries(spider)[0]
    error = b"<html><body>Service unavailable</body></html>"
    assert list(spider.rows(file_response(error, first.url, request=first))) == []
    assert stat(spider, "foi/failed/not SODA JSON") == 1


# -- icasework: the log spider's reading, pages through the browser ------------------------------

BASE = "http://127.0.0.1:8300"


@pytest.fixture(scope="module")
def goss(tmp_path_factory) -> tuple[Path, logsites.Shape]:
    root = tmp_path_factory.mktemp("icasework")
    return root / "goss", logsites.build(root, ["goss"])["goss"]


@pytest.fixture
def portal(tmp_path, goss, monkeypatch):
    monkeypatch.setattr(browser, "SITES", [])  # start() fills the browser's allowed sites
    return spider_for(IcaseworkSpider, tmp_path, [f"E10000015,icasework,{BASE}{goss[1].log},,,,"])


def rendered(request: Request) -> bool:
    return bool(request.meta.get("playwright")) and request.meta.get("dont_cache") is True


def test_icasework_renders_the_log_and_holds_the_browser_to_its_row(portal, goss):
    (start,) = starts(portal)
    assert start.url == BASE + goss[1].log and rendered(start)
    assert [s.hosts for s in browser.SITES] == [frozenset({"127.0.0.1", "www.127.0.0.1"})]
    assert browser.allowed(BASE + "/x") and not browser.allowed("https://elsewhere.example/x")


def test_icasework_renders_listing_and_item_pages_but_fetches_files_plainly(portal, goss):
    (start,) = starts(portal)
    out = answer_saved(start, goss[0], BASE)
    assert len(out) == 11 and all(rendered(r) for r in out)  # ten items and the next page
    # A reply whose answer is attached: its page rendered, its file fetched as plain HTTP.
    ref = next(d.ref for d in logsites.disclosures() if d.key == "reply-attached")
    pdf = next(p for p in goss[1].kept if ref in p)
    saved = json.loads((goss[0] / "routes.json").read_text("utf-8"))
    page = next(k for k in saved if k.startswith(f"/article/{pdf.split('/')[2]}/"))
    meta = {**start.meta, "foi": {"authority_code": "E10000015"}, **portal.render(BASE + page)}
    request = Request(BASE + page, portal.item_page, meta=meta)
    out = answer_saved(request, goss[0], BASE)
    (item,) = items_in(out)  # the page holds the request's words: kept, its file with it
    assert (item.url, item.platform, item.reference) == (BASE + page, "icasework", ref)
    (file,) = requests_in(out)
    assert file.url == BASE + pdf and "playwright" not in file.meta
    assert portal.render(file.url) == {}


def test_every_platform_a_sources_file_names_has_one_spider():
    # The sources file's platforms (foi/reference/sources.py) are data; the spiders name their own.
    from crawler.run import SPIDERS
    from foi.reference.sources import PLATFORMS

    assert sorted(SPIDERS) == sorted(PLATFORMS)
