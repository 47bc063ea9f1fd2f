"""Every item is checked against its schema (crawler/item.schema.json) by spidermon's item
validation before any pipeline archives it: an invalid item is a spider's bug, not a
council's document, so it is dropped with a one-line reason in the log and counted
(spidermon/validation/items/dropped, and per field under spidermon/validation/fields/errors/,
which the "valid items" monitor reports). An "ok" record without bytes would claim a
document the archive does not hold."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from spidermon.contrib.scrapy.pipelines import ItemValidationPipeline

from crawler.items import DocumentItem

UNCHECKED = ("record", "root")  # the pipelines' and the re-crawl's, not the document's


def view(item: DocumentItem) -> dict[str, Any]:
    """The item as its schema sees it, as JSON would carry it: what the item does not have
    (None) is absent. JSON has no bytes, and a JSON Schema can neither type nor measure
    them, so `body` is given as its length: the rule for a kept document is then the
    schema's (a body, of at least one byte), and nothing is copied or encoded to check it
    (validation runs on Scrapy's event loop, and a document can be 50 MB). The pipelines'
    `record` is theirs, not the spider's, and is left out, as is the re-crawl's `root`."""
    seen = {
        f.name: getattr(item, f.name)
        for f in fields(item)
        if f.name not in UNCHECKED and getattr(item, f.name) is not None
    }
    if isinstance(item.body, bytes | bytearray):
        seen["body"] = len(item.body)
    return seen


class ItemValidation(ItemValidationPipeline):
    """spidermon's ItemValidationPipeline (SPIDERMON_VALIDATION_SCHEMAS, its stats, dropping
    with SPIDERMON_VALIDATION_DROP_ITEMS_WITH_ERRORS) run on the item's view, with a reason
    in the drop's message where spidermon's says only "Validation failed!"."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ItemValidation:
        # spidermon gives a pass-through pipeline when it is switched off, and Scrapy skips
        # a pipeline whose schema is missing (NotConfigured): either way items would reach
        # the archive unchecked, so the crawl does not start.
        try:
            pipeline = super().from_crawler(crawler)
        except NotConfigured as exc:
            raise RuntimeError(f"the crawl's item validation cannot start: {exc}") from exc
        if not isinstance(pipeline, cls):
            raise RuntimeError("the crawl's items are checked by spidermon: SPIDERMON_ENABLED")
        return pipeline

    def process_item(self, item: Any) -> Any:
        if isinstance(item, DocumentItem):
            super().process_item(view(item))
        else:  # not a document: checked as it is (and found wanting)
            super().process_item(item)
        return item

    def _drop_item(self, item: Any, errors: dict[str, list[str]]) -> None:
        """spidermon's documented hook for dropping; `item` is the view validated."""
        self.stats.add_dropped_item()
        raise DropItem(reason(item, errors))


def reason(seen: Any, errors: dict[str, list[str]]) -> str:
    """One line: whose item, where from, and what is wrong with which field."""
    seen = seen if isinstance(seen, dict) else {}
    wrong = "; ".join(
        f"{name or 'item'}: {', '.join(m[:100] for m in msgs)}" for name, msgs in errors.items()
    )
    where = str(seen.get("url") or "no url")[:200]
    return f"invalid item from {seen.get('platform') or '?'} ({where}): {wrong}"
