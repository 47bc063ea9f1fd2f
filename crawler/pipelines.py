"""Every kept page, message and attachment goes into the raw archive with its provenance;
every failure is recorded there too, per document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from foi.archive import Archive, Record, sha256
from foi.responses import out_of_scope
from parsers.detect import sniff
from parsers.model import ParseError
from parsers.response import NotAReply, parse_document

DECLARED = {
    "pdf": "pdf",
    "msword": "doc",
    "wordprocessingml": "docx",
    "html": "html",
    "plain": "txt",
    "json": "json",
}


def declared_format(content_type: str | None) -> str | None:
    ct = (content_type or "").lower()
    return next((fmt for key, fmt in DECLARED.items() if key in ct), None)


class ArchivePipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.archive = Archive(Path(spider.settings.get("FOI_DATA_DIR") or "data"))
        self.campaign = spider.campaign.id  # type: ignore[attr-defined]
        # What the archive already holds: a re-crawl records only what is new or changed.
        # A document whose raw file went missing is not known: the crawl fetches it again.
        self.known = {
            (r.location, r.sha256, r.status, r.reason)
            for r in self.archive.records()
            if r.status != "ok" or not r.sha256 or self.archive.path_for(r.sha256).exists()
        }

    def count_answers(self, body: bytes, item: dict[str, Any], spider: Spider) -> dict[str, str]:
        """Per-question coverage of what this crawl kept, for the monitors (foi/coverage/Qn);
        returns what the manifest should say of a document that is not a council's reply
        (an acknowledgement, a district council's redirect)."""
        stats = spider.crawler.stats
        name = item["url"].split("#")[0].rsplit("/", 1)[-1]
        try:
            parsed = parse_document(body, name, spider.campaign, spider.registry)  # type: ignore[attr-defined]
        except NotAReply as exc:
            stats.inc_value(f"foi/not_a_reply/{exc.kind}")
            return {"not_a_reply": exc.kind, "why": str(exc)}
        except ParseError:
            return {}  # a cover note, an unreadable page: the build reads what it can
        stats.inc_value("foi/parsed")
        for answer in parsed.answers:
            stats.inc_value(f"foi/coverage/Q{answer.question_no}")
        if why := out_of_scope(parsed):
            stats.inc_value("foi/out_of_scope")
            return {"out_of_scope": why}
        return {}

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        spider = self.crawler.spider
        body: bytes | None = item.get("body")
        if (
            not item.get("url")
            or not item.get("platform")
            or not item.get("retrieved_at")
            or (item.get("status") == "ok" and not body)
        ):
            spider.crawler.stats.inc_value("foi/invalid_items")
        extra = {
            k: item.get(k)
            for k in (
                "platform",
                "reference",
                "title",
                "received",
                "published",
                "parent",
                "kind",
                "http_status",
                "declared_type",
            )
            if item.get(k) is not None
        }
        record = Record(
            sha256="",
            source=item["platform"],
            location=item["url"],
            retrieved_at=item["retrieved_at"],
            media_type="unknown",
            size=0,
            status=item["status"],
            authority_code=item.get("authority_code"),
            reason=item.get("reason"),
            campaign=self.campaign,
            extra=extra,
        )
        if body is not None:
            try:
                record.media_type = sniff(body, item["url"].rsplit("/", 1)[-1].split("#")[0])
            except ParseError as exc:
                record.status, record.reason = "failed", str(exc)
            declared = declared_format(item.get("declared_type"))
            if declared and record.media_type not in ("unknown", declared) and declared != "json":
                extra["mislabelled"] = (
                    f"served as {item.get('declared_type')}, content is {record.media_type}"
                )
                spider.crawler.stats.inc_value("foi/mislabelled")
        if body is not None and record.status == "ok":
            extra.update(self.count_answers(body, item, spider))
        key = (
            record.location,
            sha256(body) if body is not None else "",
            record.status,
            record.reason,
        )
        if key in self.known:
            spider.crawler.stats.inc_value("foi/archived/unchanged")
        else:
            self.known.add(key)
            self.archive.add(body, record)
            spider.crawler.stats.inc_value(f"foi/archived/{record.status}")
        return {k: v for k, v in item.items() if k != "body"}
