"""Issue 13: the alaveteli spider's callbacks (search feed, batch page, request JSON, thread,
attachments) fed the demo mirror's saved pages in this process: no server, no crawl.

What each page should give is read from the mirror's own description (foi/mirror/expected.json,
foi/mirror/s47_medicals/expected.json) and from the saved pages themselves."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from crawler.spiders.alaveteli import AlaveteliSpider
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

ALAVETELI = BASES["alaveteli"]
FEED = EXPECTED["sites"]["alaveteli"]["feed"]


# -- alaveteli: feed -> request JSON -> thread -> attachments ----------------------------------


@pytest.fixture
def alaveteli(tmp_path):
    return spider_for(AlaveteliSpider, tmp_path, demo_rows(platform="alaveteli"))


def feed_titles(page: str) -> list[str]:
    events = json.loads((SITES / "alaveteli" / "feed" / "search" / page).read_text("utf-8"))
    return [e["info_request"]["url_title"] for e in events]


def test_alaveteli_starts_at_the_feed_of_the_first_search_term_and_the_batch_page(alaveteli):
    out = starts(alaveteli)
    assert [(r.url, r.callback.__name__) for r in out] == [
        (ALAVETELI + FEED, "feed"),
        (ALAVETELI + EXPECTED["sites"]["alaveteli"]["batch"], "batch"),
    ]
    assert all(r.meta["foi_site"].local for r in out)  # a loopback row may reach loopback


def test_alaveteli_feed_asks_for_each_requests_json_then_the_next_page(alaveteli):
    first, second, empty = EXPECTED["sites"]["alaveteli"]["feed_pages"]
    meta = {"base": ALAVETELI, "feed": ALAVETELI + FEED, "page": 1}
    out = list(alaveteli.feed(mirror_response(SITES / "alaveteli", first, ALAVETELI, meta=meta)))
    titles = feed_titles("page-1.json")
    assert [r.url for r in out] == [f"{ALAVETELI}/request/{t}.json" for t in titles] + [
        ALAVETELI + second
    ]
    assert out[0].meta["foi"]["reference"] == titles[0]
    # The second page asks for its own requests, and the empty third page ends the feed.
    meta2 = out[-1].meta
    out2 = list(alaveteli.feed(mirror_response(SITES / "alaveteli", second, ALAVETELI, meta=meta2)))
    assert [r.url for r in out2] == [
        f"{ALAVETELI}/request/{t}.json" for t in feed_titles("page-2.json")
    ] + [ALAVETELI + empty]
    meta3 = out2[-1].meta
    assert (
        list(alaveteli.feed(mirror_response(SITES / "alaveteli", empty, ALAVETELI, meta=meta3)))
        == []
    )


def test_alaveteli_feed_stops_after_twenty_pages(alaveteli):
    def next_pages(page: int) -> list[str]:
        meta = {"base": ALAVETELI, "feed": ALAVETELI + FEED, "page": page}
        response = mirror_response(SITES / "alaveteli", FEED, ALAVETELI, meta=meta)
        return [r.url for r in alaveteli.feed(response) if r.callback.__name__ == "feed"]

    assert next_pages(19) == [f"{ALAVETELI}{FEED}?page=20"]
    assert next_pages(20) == []


def test_alaveteli_batch_page_asks_for_its_requests_once(alaveteli, tmp_path):
    batch = EXPECTED["sites"]["alaveteli"]["batch"]
    html = (SITES / "alaveteli" / "info_request_batch" / "101.html").read_text("utf-8")
    linked = re.findall(r'href="/request/(\w+)"', html)
    response = mirror_response(SITES / "alaveteli", batch, ALAVETELI, meta={"base": ALAVETELI})
    assert [r.url for r in alaveteli.batch(response)] == [
        f"{ALAVETELI}/request/{t}.json" for t in linked
    ]
    # The mirror's batch links requests that are also in the feed: once is enough.
    meta = {"base": ALAVETELI, "feed": ALAVETELI + FEED, "page": 1}
    alaveteli2 = spider_for(AlaveteliSpider, tmp_path / "second", demo_rows(platform="alaveteli"))
    list(alaveteli2.feed(mirror_response(SITES / "alaveteli", FEED, ALAVETELI, meta=meta)))
    assert set(linked) <= set(feed_titles("page-1.json"))
    assert list(alaveteli2.batch(response)) == []


def alaveteli_cases(kind: str) -> list[dict[str, Any]]:
    return [c for c in EXPECTED[kind] if c["site"] == "alaveteli"]


@pytest.mark.parametrize("case", alaveteli_cases("campaign"), ids=lambda c: c["path"])
def test_alaveteli_reply_kept_with_its_authority_dates_and_attachments(alaveteli, case):
    title = case["path"].rsplit("/", 1)[-1]
    data = json.loads((SITES / "alaveteli" / "request" / f"{title}.json").read_text("utf-8"))
    (json_request,) = alaveteli.request_json(ALAVETELI, title)
    (thread_request,) = answer(json_request, "alaveteli")
    assert thread_request.url == ALAVETELI + case["path"]
    foi = thread_request.meta["foi"]
    events = data["info_request_events"]
    assert foi["authority_code"] == case["authority_code"]
    assert foi["received"] == next(e["created_at"] for e in events if e["event_type"] == "sent")
    assert foi["published"] == next(
        e["created_at"] for e in events if e["event_type"] == "response"
    )
    out = answer(thread_request, "alaveteli")
    html = (SITES / "alaveteli" / "request" / f"{title}.html").read_text("utf-8")
    incoming = re.findall(r'id="(incoming-\d+)"', html)
    messages = items_in(out)
    assert [m.url for m in messages] == [f"{ALAVETELI}{case['path']}#{a}" for a in incoming]
    assert {(m.kind, m.platform, m.authority_code, m.reference) for m in messages} == {
        ("message", "alaveteli", case["authority_code"], title)
    }
    assert all(m.body.startswith(b"<!doctype html>") for m in messages)
    attachments = requests_in(out)
    assert [path_of(r.url, "alaveteli") for r in attachments] == re.findall(
        r'href="(/request/\d+/response/\d+/attach/\d+/[^"]+)"', html
    )
    if case["answers_in"] == "attachment":
        assert case["attachment_path"] in [path_of(r.url, "alaveteli") for r in attachments]
    for request in attachments:
        assert request.meta["foi"]["parent"] == messages[0].url
        assert request.meta["foi"]["kind"] == "attachment" and request.meta["foi"]["keep"]


def test_alaveteli_attachment_of_a_reply_is_kept_and_a_missing_one_recorded(alaveteli):
    croydon = "bruising_in_non_mobile_infants_p_120"
    (thread,) = answer(next(alaveteli.request_json(ALAVETELI, croydon)), "alaveteli")
    attachments = requests_in(answer(thread, "alaveteli"))
    kept, missing = (items_in(answer(r, "alaveteli")) for r in attachments)
    # Part 2 is the letter (kept as it is, a PDF); part 3 answers 404 (the mirror's failures).
    assert [(i.url, i.kind, i.status) for i in kept] == [(attachments[0].url, "attachment", "ok")]
    assert kept[0].body.startswith(b"%PDF")
    (failure,) = [f for f in EXPECTED["failures"] if f["kind"] == "http_404"]
    assert [(path_of(i.url, "alaveteli"), i.status, i.reason) for i in missing] == [
        (failure["path"], "failed", "HTTP 404")
    ]
    assert missing[0].authority_code == "E09000008" and missing[0].body is None
    assert stat(alaveteli, "foi/failed/HTTP 404") == 1


def test_alaveteli_dates_that_are_not_text_are_left_out_and_the_reply_kept(alaveteli):
    """A request JSON whose events give numbers for dates: the messages are kept, undated
    (a date the item's schema would refuse is not passed on)."""
    case = alaveteli_cases("campaign")[0]
    title = case["path"].rsplit("/", 1)[-1]
    data = json.loads((SITES / "alaveteli" / "request" / f"{title}.json").read_text("utf-8"))
    for event in data["info_request_events"]:
        event["created_at"] = 20251110
    (json_request,) = alaveteli.request_json(ALAVETELI, title)
    response = file_response(json.dumps(data).encode(), json_request.url, request=json_request)
    (thread_request,) = alaveteli.request_data(response)
    assert (thread_request.meta["foi"]["received"], thread_request.meta["foi"]["published"]) == (
        None,
        None,
    )
    messages = items_in(answer(thread_request, "alaveteli"))  # each checked against the schema
    assert messages and {(m.received, m.published) for m in messages} == {(None, None)}


def test_alaveteli_request_json_that_fails_is_recorded_with_its_reason(alaveteli):
    (case,) = [f for f in EXPECTED["failures"] if f["kind"] == "http_500"]
    title = case["path"].rsplit("/", 1)[-1].removesuffix(".json")
    (item,) = answer(next(alaveteli.request_json(ALAVETELI, title)), "alaveteli")
    assert (item.url, item.status, item.reason, item.reference) == (
        ALAVETELI + case["path"],
        "failed",
        "HTTP 500",
        title,
    )
    assert stat(alaveteli, "foi/failed/HTTP 500") == 1


@pytest.mark.parametrize("case", alaveteli_cases("rejected"), ids=lambda c: c["path"])
def test_alaveteli_unrelated_request_is_rejected(alaveteli, case):
    title = case["path"].rsplit("/", 1)[-1]
    (thread,) = answer(next(alaveteli.request_json(ALAVETELI, title)), "alaveteli")
    assert answer(thread, "alaveteli") == []
    assert stat(alaveteli, "foi/rejected/no campaign match") == 1


def test_alaveteli_request_with_no_response_yet_is_rejected(alaveteli):
    (case,) = EXPECTED["no_response"]
    title = case["path"].rsplit("/", 1)[-1]
    (thread,) = answer(next(alaveteli.request_json(ALAVETELI, title)), "alaveteli")
    assert thread.meta["foi"]["authority_code"] == case["authority_code"]
    assert answer(thread, "alaveteli") == []
    assert stat(alaveteli, "foi/rejected/no response yet") == 1


def test_alaveteli_only_keeps_the_authorities_asked_for(tmp_path):
    spider = spider_for(
        AlaveteliSpider, tmp_path, demo_rows(platform="alaveteli"), only="E10000016"
    )
    kent = next(c for c in alaveteli_cases("campaign") if c["authority_code"] == "E10000016")
    other = next(c for c in alaveteli_cases("campaign") if c["authority_code"] != "E10000016")
    for case, wanted in ((kent, 1), (other, 0)):
        title = case["path"].rsplit("/", 1)[-1]
        assert len(answer(next(spider.request_json(ALAVETELI, title)), "alaveteli")) == wanted


def test_alaveteli_s47_campaign_keeps_its_replies_not_the_bruising_one(tmp_path):
    rows = demo_rows(MIRROR / "s47_medicals" / "sources.csv", platform="alaveteli")
    spider = spider_for(AlaveteliSpider, tmp_path, rows, campaign="s47_medicals")
    messages = [
        c for c in S47_EXPECTED["campaign"] if c["site"] == "alaveteli" and c["kind"] == "message"
    ]
    rejected = [c for c in S47_EXPECTED["rejected"] if c["site"] == "alaveteli"]
    for case in messages + rejected:
        title = case["path"].rsplit("/", 1)[-1]
        (thread,) = answer(next(spider.request_json(ALAVETELI, title)), "alaveteli", S47_SITES)
        kept = items_in(answer(thread, "alaveteli", S47_SITES))
        want = [case.get("authority_code")] if case in messages else []
        assert [i.authority_code for i in kept] == want, case
