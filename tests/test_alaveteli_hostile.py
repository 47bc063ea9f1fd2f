"""Alaveteli JSON of unexpected types (issue 15): events that are numbers or strings, an
object where a list belongs, nesting thousands deep. Each page is read as far as it can be,
and one that cannot be read is a manifest failure with its reason, never a spider error."""

from __future__ import annotations

import json

import pytest
from scrapy import Request
from scrapy.http import TextResponse

from crawler.items import DocumentItem
from crawler.spiders.alaveteli import AlaveteliSpider
from tests.test_hostile_security import crawler_for

BASE = "https://www.whatdotheyknow.com"


def response(url: str, body: str, meta: dict) -> TextResponse:
    return TextResponse(url, body=body.encode(), encoding="utf-8", request=Request(url, meta=meta))


def spider() -> AlaveteliSpider:
    return AlaveteliSpider.from_crawler(crawler_for(AlaveteliSpider))


def feed(body: str) -> list:
    meta = {"base": BASE, "feed": f"{BASE}/feed/search/x.json", "page": 1}
    return list(spider().feed(response(f"{BASE}/feed/search/x.json", body, meta)))


def test_feed_events_of_the_wrong_type_are_skipped_and_the_good_ones_read():
    body = json.dumps([1, "two", None, [3], {"info_request": 5}, {"info_request": {"url_title": 7}},
                       {"info_request": {"url_title": "bruising_request"}}])  # fmt: skip
    out = feed(body)
    urls = [o.url for o in out if isinstance(o, Request)]
    assert f"{BASE}/request/bruising_request.json" in urls
    assert not any(isinstance(o, DocumentItem) for o in out)  # nothing unreadable to record


@pytest.mark.parametrize(
    "body,reason",
    [
        ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
        ('{"not": "a list"}', "not a list"),
        ("<html>maintenance</html>", "not JSON"),
    ],
)
def test_an_unreadable_feed_page_is_recorded_with_its_reason(body, reason):
    failed = [o for o in feed(body) if isinstance(o, DocumentItem)]
    assert len(failed) == 1 and failed[0].status == "failed" and reason in failed[0].reason


@pytest.mark.parametrize(
    "body",
    [
        "[1, 2, 3]",
        '{"url_title": 5}',
        '{"url_title": "x", "info_request_events": 7, "title": 9, "public_body": "nope"}',
    ],  # fmt: skip
)
def test_request_json_of_the_wrong_shape_never_raises(body):
    meta = {"base": BASE, "foi": {"reference": "x"}}
    out = list(spider().request_data(response(f"{BASE}/request/x.json", body, meta)))
    failed = [o for o in out if isinstance(o, DocumentItem)]
    followed = [o for o in out if isinstance(o, Request)]
    assert failed or followed  # recorded, or read as far as it could be
    assert all(o.reason for o in failed)
