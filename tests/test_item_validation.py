"""The crawl's item (crawler/items.py) and its contract (crawler/item.schema.json, checked by
spidermon's item validation, crawler/validation.py): the schema and the item agree, what the
validation sees of a document, that an invalid item is dropped with its reason, and that the
"valid items" monitor names what broke. (Through the whole chain of pipelines, and never
archived: tests/test_pipelines_inprocess.py.)"""

from __future__ import annotations

import json
import tomllib
import types
import unittest
from dataclasses import fields, replace
from typing import Any

import pytest
from jsonschema.validators import validator_for
from scrapy.exceptions import DropItem

from crawler import monitors, settings
from crawler.items import DocumentItem
from crawler.spiders.disclosurelog import DisclosureLogSpider
from crawler.validation import UNCHECKED, ItemValidation, view
from tests.conftest import ROOT
from tests.crawl_helpers import spider_for, stat
from tests.pipeline_helpers import pipelines_for, process

SCHEMA_PATH = ROOT / "crawler" / "item.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text("utf-8"))
DL = "http://127.0.0.1:8102"


@pytest.fixture
def log(tmp_path):
    return spider_for(DisclosureLogSpider, tmp_path, [f"E06000054,disclosurelog,{DL},,,,"])


def a_page(spider: Any, **given: Any) -> DocumentItem:
    meta = {"url": DL + "/disclosures/1", "authority_code": "E06000054", "title": "Bruising"}
    return replace(spider.item(None, meta), **{"body": b"<html><p>a reply</p></html>", **given})


def test_the_schema_describes_every_field_a_spider_sets_and_no_other():
    validator_for(SCHEMA).check_schema(SCHEMA)
    # The pipelines' record and the re-crawl's root are not the document's: never checked.
    assert set(UNCHECKED) == {"record", "root"}
    spiders = {f.name for f in fields(DocumentItem)} - set(UNCHECKED)
    assert set(SCHEMA["properties"]) == spiders
    assert SCHEMA["additionalProperties"] is False
    assert settings.SPIDERMON_VALIDATION_SCHEMAS == [str(SCHEMA_PATH)]
    assert settings.SPIDERMON_VALIDATION_DROP_ITEMS_WITH_ERRORS is True


def test_the_schema_is_shipped_with_the_crawler_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    shipped = project["tool"]["setuptools"]["package-data"]["crawler"]
    assert any(SCHEMA_PATH.match(f"crawler/{pattern}") for pattern in shipped)


def test_validation_sees_the_bodys_length_not_its_bytes(log):
    item = a_page(log)
    seen = view(item)
    assert seen["body"] == len(item.body) and "record" not in seen
    assert seen["url"] == item.url and item.body == b"<html><p>a reply</p></html>"
    assert "body" not in view(replace(item, body=None, status="failed"))


def test_a_kept_item_and_a_failure_are_valid(log):
    failed = log.item(None, {"url": DL + "/gone"}, status="failed", reason="HTTP 404")
    for item in (a_page(log), failed):
        assert list(validator_for(SCHEMA)(SCHEMA).iter_errors(view(item))) == []


@pytest.mark.parametrize(
    "broken,field",
    [
        ({"body": None}, "body"),
        ({"body": b""}, "body"),
        ({"status": "withdrawn"}, "status"),
        ({"url": ""}, "url"),
        ({"kind": "leaflet"}, "kind"),
        ({"title": 7}, "title"),
    ],
    ids=["ok without body", "ok with empty body", "unknown status", "no url", "kind", "title"],
)
def test_validation_drops_an_invalid_item_naming_the_field(log, broken, field):
    validation = pipelines_for(log)["ItemValidation"]
    with pytest.raises(DropItem, match=rf"^invalid item from disclosurelog \(.*\): {field}: "):
        process(validation, a_page(log, **broken))
    assert stat(log, "spidermon/validation/items/dropped") == 1
    assert stat(log, "spidermon/validation/fields/errors") == 1


def test_validation_drops_a_plain_dict(log):
    item = {"url": DL + "/x", "platform": "disclosurelog", "status": "ok", "body": b"x"}
    with pytest.raises(DropItem, match="invalid item from disclosurelog"):
        process(pipelines_for(log)["ItemValidation"], item)


def test_validation_passes_a_valid_item_on_unchanged(log):
    item = a_page(log)
    assert process(pipelines_for(log)["ItemValidation"], item) is item


def monitor_failures(stats: dict[str, Any]) -> list[str]:
    monitor = monitors.CrawlHealth("test_items_valid")  # not imported: pytest would collect it
    monitor.init_data(types.SimpleNamespace(stats=stats))
    result = unittest.TestResult()
    monitor.run(result)
    return [trace for _, trace in result.failures]


def test_the_valid_items_monitor_names_the_field_an_invalid_item_broke(log):
    with pytest.raises(DropItem):
        process(pipelines_for(log), a_page(log, body=None))
    (failure,) = monitor_failures(log.crawler.stats.get_stats())
    assert "1 items broke the item schema" in failure
    assert "body: missing_required_field 1" in failure


def test_the_valid_items_monitor_passes_a_crawl_of_valid_items(log):
    process(pipelines_for(log), a_page(log))
    assert monitor_failures(log.crawler.stats.get_stats()) == []


@pytest.mark.parametrize(
    "setting", [{"SPIDERMON_ENABLED": False}, {"SPIDERMON_VALIDATION_SCHEMAS": []}]
)
def test_the_crawl_does_not_start_with_its_items_unchecked(tmp_path, setting):
    """spidermon off, or no schema: spidermon would pass every item through, and Scrapy
    would leave a pipeline that is not configured out; the crawl refuses instead."""
    spider = spider_for(DisclosureLogSpider, tmp_path, [], **setting)
    with pytest.raises(RuntimeError, match="item validation|SPIDERMON_ENABLED"):
        ItemValidation.from_crawler(spider.crawler)
