"""Open-data portals on Socrata (platform `socrata`): Camden publishes the full text of its
FOI responses as dataset fkj6-gqb4 on opendata.camden.gov.uk.

The portal's own query API (SODA) is asked for each of the campaign's search terms
(/resource/<id>.json?$q=...), since the window opened ($where on the dataset's date column,
read from its metadata at /api/views/<id>.json), a page at a time ($limit, $offset, ordered
by row id so pages do not overlap). Each row that matches the campaign is archived as a small
HTML document of its fields (the request and the response in full), located by the API
address that returns that one row; a document the row links to is kept as its attachment.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import AsyncIterator, Iterator
from html import escape
from typing import Any
from urllib.parse import urlencode, urlsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.base import FoiSpider
from crawler.pagefacts import dates_in
from foi.reference.sources import DATASET_ID

PAGE = 500
MAX_ROWS = 20_000  # per term: a search that returns more is not finding this campaign
DATE_TYPES = {"calendar_date", "floating_timestamp", "fixed_timestamp", "date"}
PUBLISHED = re.compile(r"respon|publi|closed|complet|release|disclos", re.I)
RECEIVED = re.compile(r"receiv|request.*date|date.*request|opened|logged|submitted", re.I)
REFERENCE = re.compile(r"ref|identifier|case|^id$|_id$|number", re.I)
SHORT = 40  # a reference is short; a field called "case_notes" is not one
TITLE = re.compile(r"title|subject|summary|heading|topic", re.I)
LONG = 200  # a field longer than this is a text to read, shown as paragraphs


def flat(value: Any) -> str:
    """A cell as text: Socrata gives URLs and locations as objects."""
    if isinstance(value, dict):
        return str(value.get("url") or value.get("description") or json.dumps(value))
    if isinstance(value, list):
        return "; ".join(flat(v) for v in value)
    return str(value)


def date_column(columns: list[dict[str, Any]]) -> str | None:
    """The column to restrict by date: a response date, else a request date, else any."""
    dated = [c["fieldName"] for c in columns if c.get("dataTypeName") in DATE_TYPES]
    for pattern in (PUBLISHED, RECEIVED):
        if found := [f for f in dated if pattern.search(f)]:
            return found[0]
    return dated[0] if dated else None


def first(fields: dict[str, str], pattern: re.Pattern[str], kind: str = "text") -> str | None:
    """The first field whose name fits: for a "date" a short value holding a date, for a
    "reference" a short value that is not a date field, for "text" anything."""
    for key, value in fields.items():
        if not pattern.search(key) or not value:
            continue
        if kind != "text" and len(value) > SHORT:
            continue
        if (kind == "date" and not dates_in(value)) or (kind == "reference" and "date" in key):
            continue
        return key
    return None


def row_document(title: str, fields: dict[str, str]) -> bytes:
    """The row as a page the readers take: short fields as labelled lines, texts as
    paragraphs under their own heading."""
    parts = [f"<h1>{escape(title)}</h1>"]
    for key, value in fields.items():
        label = escape(key.replace("_", " ").strip().capitalize())
        if len(value) > LONG or "\n" in value:
            paras = "".join(f"<p>{escape(p)}</p>" for p in value.splitlines() if p.strip())
            parts.append(f"<section><h2>{label}</h2>{paras}</section>")
        else:
            parts.append(f"<p><strong>{label}:</strong> {escape(value)}</p>")
    body = "".join(parts)
    page = f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
    return f"{page}</head><body><main>{body}</main></body></html>".encode()


class SocrataSpider(FoiSpider):
    name = "socrata"
    platform = "socrata"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.seen_rows: set[str] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            parts = urlsplit(source.url)
            dataset = DATASET_ID.search(parts.path).group(1)  # type: ignore[union-attr]
            base = f"{parts.scheme}://{parts.netloc}"
            meta = {
                "foi": {"authority_code": source.authority_code, "source": source.row},
                "foi_site": self.site(source),
                "api": {"base": base, "dataset": dataset},
            }
            url = f"{base}/api/views/{dataset}.json"
            yield scrapy.Request(url, self.metadata, errback=self.no_metadata, meta=meta)

    def page_size(self) -> int:
        return self.settings.getint("FOI_SOCRATA_PAGE_SIZE", PAGE)

    def metadata(self, response: Response) -> Iterator[scrapy.Request]:
        try:
            columns = json.loads(response.text).get("columns") or []
        except (ValueError, AttributeError):
            columns = []
        yield from self.queries(response.meta, date_column(columns))

    def no_metadata(self, failure: Failure) -> Iterator[scrapy.Request]:
        """No metadata: ask without the date restriction (the window is checked per row)."""
        self.crawler.stats.inc_value("foi/socrata/no metadata")
        yield from self.queries(failure.request.meta, None)

    def queries(self, meta: dict[str, Any], dated: str | None) -> Iterator[scrapy.Request]:
        for term in self.campaign.search_terms:
            yield self.query(meta, dated, term, 0)

    def query(
        self, meta: dict[str, Any], dated: str | None, term: str, offset: int
    ) -> scrapy.Request:
        params: dict[str, Any] = {"$q": term}
        if dated and self.campaign.window_start:
            params["$where"] = f"{dated} >= '{self.campaign.window_start}T00:00:00'"
        params.update({"$order": ":id", "$limit": self.page_size(), "$offset": offset})
        api = meta["api"]
        url = f"{api['base']}/resource/{api['dataset']}.json?{urlencode(params)}"
        more = {k: meta[k] for k in ("foi", "foi_site", "api")}
        more.update(dated=dated, term=term, offset=offset)
        return scrapy.Request(url, self.rows, errback=self.failed, meta=more)

    def rows(self, response: Response) -> Iterator[Any]:
        try:
            data = json.loads(response.text)
        except (ValueError, AttributeError):
            data = None
        if not isinstance(data, list):
            self.count("failed", response.meta["foi"].get("authority_code"), "not SODA JSON")
            return
        for row in data:
            if isinstance(row, dict):
                yield from self.row(response, row)
        offset = response.meta["offset"] + self.page_size()
        if len(data) >= self.page_size() and offset < MAX_ROWS:
            meta = response.meta
            yield self.query(meta, meta["dated"], meta["term"], offset)

    def row(self, response: Response, row: dict[str, Any]) -> Iterator[Any]:
        fields = {k: flat(v) for k, v in row.items() if not k.startswith(":") and v is not None}
        key = hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()
        if not self.first_time("rows", key, self.seen_rows):
            return  # found by an earlier term
        ref_key = first(fields, REFERENCE, "reference")
        title_key = first(fields, TITLE)
        api = response.meta["api"]
        if ref_key:
            location = f"{api['base']}/resource/{api['dataset']}.json?" + urlencode(
                {ref_key: fields[ref_key]}
            )
        else:
            location = f"{api['base']}/resource/{api['dataset']}.json#row-{key[:16]}"
        meta = {
            **response.meta["foi"],
            "kind": "row",
            "reference": fields.get(ref_key or ""),
            "title": fields.get(title_key or "") or fields.get(ref_key or "") or "row",
            "received": fields.get(first(fields, RECEIVED, "date") or ""),
            "published": fields.get(first(fields, PUBLISHED, "date") or ""),
        }
        yield from self.judge(response, meta, fields, location)

    def judge(
        self, response: Response, meta: dict[str, Any], fields: dict[str, str], location: str
    ) -> Iterator[Any]:
        code = meta.get("authority_code")
        self.count("found", code)
        if self.outside_window(meta):
            self.count("rejected", code, "outside the date window")
            return
        if not self.matches("\n".join(fields.values())):
            self.count("rejected", code, "no campaign match")
            return
        self.count("kept", code)
        body = row_document(meta["title"], fields)
        yield self.item(
            response, meta, url=location, body=body, declared_type="text/html; charset=utf-8"
        )
        child = {**meta, "parent": location, "kind": "attachment", "keep": True, "page": None}
        for value in fields.values():
            if value.startswith(("http://", "https://")) and " " not in value:
                yield from self.follow(response, value, self.attachment, {"foi": child})
