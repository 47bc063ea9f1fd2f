"""Issue 13: the item pipelines (crawler/settings.py's ITEM_PIPELINES: spidermon's item
validation, then crawler/pipelines.py's recognise, read and archive) called directly, in this
process, on a temporary data directory, with items the spiders make from the demo mirror's
saved pages: what lands in the archive (raw bytes, manifest record, provenance) and what is
counted, for a good item, the same item again, a mislabelled file, a failure, an item over
a reading limit; and what each pipeline does on its own. Items that break the item's
contract: tests/test_item_validation.py."""

from __future__ import annotations

import hashlib
import json
import sys
import types
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import twisted.internet
from scrapy import Request
from scrapy.exceptions import DropItem

from crawler.items import DocumentItem
from crawler.pipelines import _Reading
from crawler.spiders.alaveteli import AlaveteliSpider
from crawler.spiders.disclosurelog import DisclosureLogSpider
from foi.archive.store import Archive, Record
from foi.parse.isolate import Verdict
from tests.crawl_helpers import (
    CORPUS,
    MIRROR,
    SITES,
    file_response,
    mirror_response,
    spider_for,
    stat,
)
from tests.pipeline_helpers import pipelines_for, process

DL = "http://127.0.0.1:8102"
WDTK = "http://127.0.0.1:8101"
PAGE = "/disclosures/1ec78585-3a30-581d-9699-8328fe7083bb"  # a reply in the page (Wiltshire)
MISLABELLED = next(
    f for f in json.loads((MIRROR / "expected.json").read_text("utf-8"))["failures"]
    if f["kind"] == "mislabelled"
)  # fmt: skip
LABELS = {x["file"]: x for x in json.loads((CORPUS / "letters" / "labels.json").read_text())}


@pytest.fixture
def log(tmp_path):
    return spider_for(DisclosureLogSpider, tmp_path, [f"E06000054,disclosurelog,{DL},,,,"])


def page_item(spider: Any) -> DocumentItem:
    """The item the disclosurelog spider makes of the saved Wiltshire reply."""
    request = Request(DL + PAGE, spider.detail, meta={"foi": {"authority_code": "E06000054"}})
    (item,) = spider.detail(mirror_response(SITES / "disclosurelog", PAGE, DL, request=request))
    return item


def records(spider: Any) -> list[Record]:
    return list(Archive(Path(spider.settings["FOI_DATA_DIR"])).records())


def raw_files(spider: Any) -> list[Path]:
    return sorted((Path(spider.settings["FOI_DATA_DIR"]) / "raw").glob("*/*"))


def test_good_item_lands_in_the_archive_with_its_provenance(log):
    item = page_item(log)
    saved = (SITES / "disclosurelog" / "pages" / f"{PAGE.rsplit('/', 1)[1]}.html").read_bytes()
    pipelines = pipelines_for(log)
    passed_on = process(pipelines, item)
    assert passed_on == replace(item, body=None) and passed_on.body is None
    (record,) = records(log)
    digest = hashlib.sha256(saved).hexdigest()
    assert (record.sha256, record.size, record.media_type, record.status) == (
        digest,
        len(saved),
        "html",
        "ok",
    )
    assert (record.source, record.location, record.authority_code, record.campaign) == (
        "disclosurelog",
        DL + PAGE,
        "E06000054",
        "bruising-nmi-2025",
    )
    assert record.retrieved_at == item.retrieved_at
    assert record.extra == {
        "platform": "disclosurelog",
        "reference": "FOI-WC-25-4572",
        "title": "Bruising in non-mobile infants – review of safeguarding policy",
        "received": "13 November 2025",
        "published": "10 February 2026",
        "kind": "page",
        "http_status": 200,
        "declared_type": "text/html; charset=utf-8",
    }
    assert [p.read_bytes() for p in raw_files(log)] == [saved]
    assert raw_files(log)[0].name == digest and raw_files(log)[0].parent.name == digest[:2]


def test_kept_document_is_read_once_for_the_coverage_count(log):
    pipelines = pipelines_for(log)
    process(pipelines, page_item(log))
    # The page carries the words of the Wiltshire letter, which answers all five questions.
    answered = {
        f"foi/coverage/Q{q}"
        for q, a in LABELS["wiltshire-bold-questions.pdf"]["answers"].items()
        if a
    }
    counted = {k for k in log.crawler.stats.get_stats() if k.startswith("foi/coverage/")}
    assert counted == answered and stat(log, "foi/parsed") == 1
    assert pipelines.reading.reader.jobs == [PAGE.rsplit("/", 1)[1]]
    assert stat(log, "foi/archived/ok") == 1


def test_same_item_again_is_recorded_once_and_not_read_again(log, tmp_path):
    item = page_item(log)
    first = pipelines_for(log)
    process(first, item)
    process(first, replace(item))
    assert stat(log, "foi/archived/unchanged") == 1
    # A later crawl of the same data directory: nothing new, and nothing read again (the
    # parse cache holds the reading).
    again = spider_for(DisclosureLogSpider, tmp_path, [f"E06000054,disclosurelog,{DL},,,,"])
    second = pipelines_for(again)
    process(second, page_item(again))
    assert stat(again, "foi/archived/unchanged") == 1 and stat(again, "foi/archived/ok") is None
    assert second.reading.reader.jobs == []
    assert len(records(log)) == 1 and len(raw_files(log)) == 1


def test_same_address_with_new_content_is_a_new_record(log):
    pipelines = pipelines_for(log)
    item = page_item(log)
    process(pipelines, item)
    changed = replace(item, body=item.body.replace(b"10 February 2026", b"11 February 2026"))
    process(pipelines, changed)
    first, second = records(log)
    assert first.location == second.location and first.sha256 != second.sha256
    assert stat(log, "foi/archived/ok") == 2 and len(raw_files(log)) == 2


def test_document_whose_raw_file_went_missing_is_archived_again(log, tmp_path):
    process(pipelines_for(log), page_item(log))
    (raw,) = raw_files(log)
    raw.unlink()
    again = spider_for(DisclosureLogSpider, tmp_path, [f"E06000054,disclosurelog,{DL},,,,"])
    process(pipelines_for(again), page_item(again))
    assert raw.exists() and stat(again, "foi/archived/ok") == 1
    assert [r.sha256 for r in records(log)] == [raw.name, raw.name]


def test_mislabelled_file_is_stored_as_what_it_is_and_flagged(tmp_path):
    spider = spider_for(AlaveteliSpider, tmp_path, [f",alaveteli,{WDTK},,,,"])
    meta = {"foi": {"authority_code": "E08000032", "keep": True, "kind": "attachment"}}
    response = mirror_response(SITES / "alaveteli", MISLABELLED["path"], WDTK, meta=meta)
    assert response.headers["Content-Type"] == b"application/pdf"
    assert response.body.startswith(b"PK\x03\x04")  # the bytes are a Word (.docx) file
    (item,) = spider.attachment(response)
    process(pipelines_for(spider), item)
    (record,) = records(spider)
    assert (record.media_type, record.status) == ("docx", "ok")
    assert record.extra["declared_type"] == "application/pdf"
    assert record.extra["mislabelled"] == "served as application/pdf, content is docx"
    assert stat(spider, "foi/mislabelled") == 1


def test_failure_is_recorded_with_its_reason_and_no_bytes(log):
    pipelines = pipelines_for(log)
    failed = log.item(None, {"url": DL + "/disclosures/gone", "authority_code": "E06000054"},
                      status="failed", reason="HTTP 404")  # fmt: skip
    process(pipelines, failed)
    (record,) = records(log)
    assert (record.status, record.reason, record.sha256, record.size, record.media_type) == (
        "failed",
        "HTTP 404",
        "",
        0,
        "unknown",
    )
    assert record.authority_code == "E06000054" and raw_files(log) == []
    assert pipelines.reading.reader.jobs == []  # nothing to read
    # Failing the same way at the next crawl is not news.
    process(pipelines, replace(failed))
    assert len(records(log)) == 1 and stat(log, "foi/archived/unchanged") == 1


def test_body_that_is_no_known_format_is_stored_as_failed_with_the_reason(log):
    item = replace(page_item(log), url=DL + "/disclosures/x.bin", body=b"\x00\x01\x02\xff" * 64,
                   declared_type="application/octet-stream")  # fmt: skip
    process(pipelines_for(log), item)
    (record,) = records(log)
    assert (record.status, record.reason) == ("failed", "binary content of an unrecognised type")
    assert [p.read_bytes() for p in raw_files(log)] == [item.body]


def test_document_over_a_reading_limit_is_archived_as_failed(log):
    reason = "took over 60 s to read (FOI_PARSE_TIMEOUT)"
    pipelines = pipelines_for(log, verdict=lambda body, name: Verdict(None, reason, limit=True))
    process(pipelines, page_item(log))
    (record,) = records(log)
    assert (record.status, record.reason) == ("failed", reason)
    assert stat(log, "foi/failed/took over 60 s to read") == 1
    assert stat(log, "foi/authority/E06000054/failed") == 1
    assert stat(log, "foi/archived/failed") == 1 and len(raw_files(log)) == 1


def test_document_the_readers_could_not_take_is_archived_and_read_later(log):
    def no_worker(body: bytes, name: str) -> Verdict:
        raise OSError("could not start a reader")

    pipelines = pipelines_for(log, verdict=no_worker)
    process(pipelines, page_item(log))
    (record,) = records(log)
    assert (record.status, record.reason) == ("ok", None)
    assert stat(log, "foi/parsed") is None and stat(log, "foi/archived/ok") == 1
    # Nothing was kept as its reading: the next crawl (or the build) reads it.
    assert not list((Path(log.settings["FOI_DATA_DIR"]) / "cache").rglob("*.pickle"))


def test_document_that_is_not_a_reply_says_so_in_the_manifest(log):
    why = "an acknowledgement: the council will reply within 20 working days"
    verdict = Verdict(None, why, not_a_reply="acknowledgement")
    process(pipelines_for(log, verdict=lambda body, name: verdict), page_item(log))
    (record,) = records(log)
    assert record.status == "ok"
    assert (record.extra["not_a_reply"], record.extra["why"]) == ("acknowledgement", why)
    assert stat(log, "foi/not_a_reply/acknowledgement") == 1 and stat(log, "foi/parsed") is None


@pytest.mark.parametrize(
    "broken",
    [
        {"body": None},  # status ok, but no bytes
        {"body": b""},
        {"status": "withdrawn"},  # not a status the archive knows
        {"retrieved_at": ""},
        {"url": ""},
        {"platform": ""},
    ],
    ids=["no body", "empty body", "unknown status", "no time", "no url", "no platform"],
)
def test_item_breaking_its_contract_is_dropped_by_validation_and_never_archived(log, broken):
    item = replace(page_item(log), **broken)
    pipelines = pipelines_for(log)
    with pytest.raises(DropItem) as dropped:
        process(pipelines, item)
    # One line in the log (Scrapy's "Dropped: <reason>"): whose item, and which field.
    reason = str(dropped.value)
    assert reason.startswith("invalid item from ") and "\n" not in reason
    assert f"{next(iter(broken))}: " in reason
    assert stat(log, "spidermon/validation/items/dropped") == 1
    assert records(log) == [] and raw_files(log) == []
    assert pipelines.reading.reader.jobs == [] and item.record is None  # no pipeline saw it


def test_good_item_passes_validation_uncounted(log):
    process(pipelines_for(log), page_item(log))
    assert stat(log, "spidermon/validation/items") == 1
    assert stat(log, "spidermon/validation/items/dropped") is None


def test_pipelines_run_in_the_order_of_their_jobs(log):
    assert list(pipelines_for(log).stages) == [
        "ItemValidation",
        "RecognisePipeline",
        "ReadPipeline",
        "ArchivePipeline",
    ]


def test_slow_steps_run_in_the_readers_thread_pool(log):
    """Hashing and sniffing, reading, and the archive's writes: never on the event loop."""
    pipelines = pipelines_for(log)
    hops: list[tuple[Any, str]] = []
    process(pipelines, page_item(log), hops=hops)
    assert hops == [
        (pipelines.reading.threads, "recognise"),
        (pipelines.reading.threads, "ReadPipeline.settle"),
        (pipelines.reading.threads, "Archive.add"),
    ]


# -- each pipeline on its own ------------------------------------------------------------------


def test_recognise_makes_the_record_hashes_and_sniffs_and_nothing_else(log):
    item = page_item(log)
    out = process(pipelines_for(log)["RecognisePipeline"], item)
    assert out is item and out.body is not None
    record = item.record
    assert (record.sha256, record.media_type, record.status) == (
        hashlib.sha256(item.body).hexdigest(),
        "html",
        "ok",
    )
    assert (record.source, record.location, record.campaign) == (
        "disclosurelog",
        DL + PAGE,
        "bruising-nmi-2025",
    )
    assert record.extra["reference"] == "FOI-WC-25-4572" and "mislabelled" not in record.extra
    assert stat(log, "foi/parsed") is None and records(log) == []  # not read, not archived


def test_recognise_records_a_failure_as_it_came(log):
    failed = log.item(None, {"url": DL + "/gone", "kind": "attachment"}, status="failed",
                      reason="HTTP 404")  # fmt: skip
    process(pipelines_for(log)["RecognisePipeline"], failed)
    record = failed.record
    assert (record.status, record.reason, record.sha256, record.media_type) == (
        "failed",
        "HTTP 404",
        "",
        "unknown",
    )
    assert record.extra == {"platform": "disclosurelog", "kind": "attachment"}


def test_read_counts_the_answers_of_a_recognised_document_and_archives_nothing(log):
    pipelines = pipelines_for(log)
    item = process(pipelines["RecognisePipeline"], page_item(log))
    process(pipelines["ReadPipeline"], item)
    assert stat(log, "foi/parsed") == 1 and stat(log, "foi/coverage/Q1") == 1
    assert pipelines.reading.reader.jobs == [PAGE.rsplit("/", 1)[1]]
    assert item.record.status == "ok" and records(log) == []


def test_read_leaves_a_document_recognise_failed_unread(log):
    pipelines = pipelines_for(log)
    item = replace(page_item(log), body=b"\x00\x01\x02\xff" * 64)
    process(pipelines["ReadPipeline"], process(pipelines["RecognisePipeline"], item))
    assert item.record.status == "failed" and pipelines.reading.reader.jobs == []


def test_archive_writes_the_record_once_and_passes_the_item_on_without_its_body(log):
    pipelines = pipelines_for(log)
    item = process(pipelines["RecognisePipeline"], page_item(log))
    out = process(pipelines["ArchivePipeline"], item)
    assert out.body is None and out.record is None and out.url == item.url
    assert [p.read_bytes() for p in raw_files(log)] == [item.body]
    again = process(pipelines["RecognisePipeline"], replace(page_item(log)))
    process(pipelines["ArchivePipeline"], again)
    assert len(records(log)) == 1 and stat(log, "foi/archived/unchanged") == 1


@pytest.fixture
def stub_reactor(monkeypatch):
    """_Reading asks the reactor to stop it at shutdown; here no reactor is installed."""
    stub = types.ModuleType("twisted.internet.reactor")
    stub.addSystemEventTrigger = lambda *args: None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "twisted.internet.reactor", stub)
    monkeypatch.setattr(twisted.internet, "reactor", stub, raising=False)


def test_the_pipelines_share_the_readers_and_stop_them_when_the_spider_closes(log, stub_reactor):
    pipelines = pipelines_for(log, in_process=False)
    shared = {id(s.reading): s.reading for s in pipelines.stages.values() if hasattr(s, "reading")}
    ((_, reading),) = shared.items()
    assert isinstance(reading, _Reading) and reading.users == 3
    assert reading.reader._started == []  # no worker before a document needs reading
    pipelines.close()
    assert reading.stopped and log.campaign.source not in _Reading.shared


def test_item_from_a_saved_pdf_attachment_is_read_by_content(tmp_path):
    """A letter kept as an attachment (Norfolk's, answered in its PDF) reads as its labels say."""
    spider = spider_for(AlaveteliSpider, tmp_path, [f",alaveteli,{WDTK},,,,"])
    path = "/request/301454/response/1938454/attach/2/NCC%20FOI%20response%20letter.pdf"
    meta = {"foi": {"authority_code": "E10000020", "keep": True, "kind": "attachment"}}
    response = file_response(
        SITES
        / "alaveteli"
        / "request/301454/response/1938454/attach/2/NCC FOI response letter.pdf",
        WDTK + path,
        meta=meta,
        content_type="application/pdf",
    )
    (item,) = spider.attachment(response)
    process(pipelines_for(spider), item)
    (record,) = records(spider)
    assert (record.media_type, record.authority_code) == ("pdf", "E10000020")
    labelled = LABELS["norfolk-q-and-a-letter.pdf"]["answers"]
    counted = {k for k in spider.crawler.stats.get_stats() if k.startswith("foi/coverage/")}
    assert counted == {f"foi/coverage/Q{q}" for q, a in labelled.items() if a}
