"""Issue 10, part 3: an open-data portal (Socrata, as Camden publishes its FOI responses,
dataset fkj6-gqb4), crawled through its own query API. A local server answers in SODA's JSON
shape: /api/views/<id>.json (the columns) and /resource/<id>.json with $q (full text, every
word), $where (a date bound), $order, $limit and $offset, and plain column filters."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import pytest

from foi.archive.store import Archive
from foi.campaigns.campaign import load_campaign
from foi.reference.registry import Registry
from parsers.response import parse_document
from tests import logsites
from tests.conftest import ROOT

DATASET = "fkj6-gqb4"
CORPUS = ROOT / "tests" / "corpus"
COLUMNS = [
    {"fieldName": "identifier", "dataTypeName": "text"},
    {"fieldName": "title", "dataTypeName": "text"},
    {"fieldName": "date_received", "dataTypeName": "calendar_date"},
    {"fieldName": "date_responded", "dataTypeName": "calendar_date"},
    {"fieldName": "request", "dataTypeName": "text"},
    {"fieldName": "response", "dataTypeName": "text"},
    {"fieldName": "document_link", "dataTypeName": "url"},
]


def rows() -> list[dict]:
    """About 12,000 rows at Camden; here 300 synthetic ones and the campaign's replies."""
    york = (CORPUS / "web_mail" / "york-letter-crlf.txt").read_text("utf-8").replace("\r", "")
    bristol = (CORPUS / "fresh_typical" / "bristol-paraphrased.txt").read_text("utf-8")
    out = [
        {"identifier": "CAM-2025-7001", "title": "Bruising in non-mobile infants",
         "date_received": "2025-11-12T00:00:00.000", "date_responded": "2025-12-04T00:00:00.000",
         "request": logsites.REQUEST, "response": york,
         "document_link": {"url": "/files/CAM-2025-7001.pdf"}},
        {"identifier": "CAM-2026-0042", "title": "Safeguarding procedures for babies",
         "date_received": "2025-11-20T00:00:00.000", "date_responded": "2026-01-05T00:00:00.000",
         "request": logsites.REQUEST, "response": bristol},
        {"identifier": "CAM-2023-1180", "title": "Bruising in non-mobile infants",
         "date_received": "2023-02-01T00:00:00.000", "date_responded": "2023-03-01T00:00:00.000",
         "request": logsites.REQUEST, "response": re.sub(r"\b202[56]\b", "2023", bristol)},
        {"identifier": "CAM-2025-7050", "title": "Nursery meals", "date_received":
         "2025-11-02T00:00:00.000", "date_responded": "2025-11-20T00:00:00.000",
         "request": "Your policy on fruit for babies in council nurseries.", "response":
         "Our catering policy: fruit showing bruising is returned to the supplier."},
    ]  # fmt: skip
    for n in range(300):
        title, what = logsites.TOPICS[n % len(logsites.TOPICS)]
        out.append({
            "identifier": f"CAM-2025-{n:04d}", "title": title,
            "date_received": f"2025-{1 + n % 12:02d}-03T00:00:00.000",
            "date_responded": f"2025-{1 + n % 12:02d}-20T00:00:00.000",
            "request": f"Please tell me about {title.lower()}.",
            "response": f"The council recorded {n * 7} {what}.",
        })  # fmt: skip
    for n, row in enumerate(out):
        row[":id"] = f"row-{n:05d}"
    return out


def soda(data: list[dict], params: dict[str, str]) -> list[dict]:
    """What SODA answers: filtered, ordered, paged."""
    found = data
    if q := params.get("$q"):
        words = q.lower().split()
        found = [r for r in found if all(w in json.dumps(r).lower() for w in words)]
    if where := params.get("$where"):
        column, bound = re.fullmatch(r"(\w+) >= '([^']+)'", where).groups()  # type: ignore[union-attr]
        found = [r for r in found if r.get(column, "") >= bound]
    for key, value in params.items():
        if not key.startswith("$"):
            found = [r for r in found if r.get(key) == value]
    found = sorted(found, key=lambda r: r[":id"])
    offset, limit = int(params.get("$offset", 0)), int(params.get("$limit", 1000))
    return [{k: v for k, v in r.items() if k != ":id"} for r in found[offset : offset + limit]]


@pytest.fixture(scope="module")
def portal():
    data, asked = rows(), []
    pdf = (CORPUS / "letters" / "norfolk-q-and-a-letter.pdf").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def send(self, body: bytes, ctype: str = "application/json", status: int = 200) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            asked.append(self.path)
            parts = urlsplit(self.path)
            if parts.path == "/robots.txt":
                return self.send(b"User-agent: *\nDisallow:\n", "text/plain")
            if parts.path == f"/api/views/{DATASET}.json":
                return self.send(json.dumps({"id": DATASET, "columns": COLUMNS}).encode())
            if parts.path == f"/resource/{DATASET}.json":
                params = dict(parse_qsl(parts.query))
                return self.send(json.dumps(soda(data, params)).encode())
            if parts.path == "/files/CAM-2025-7001.pdf":
                return self.send(pdf, "application/pdf")
            return self.send(b'{"error": true}', status=404)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for row in data:  # links in the portal point at the portal's own host
        if isinstance(row.get("document_link"), dict):
            row["document_link"]["url"] = base + row["document_link"]["url"]
    yield base, asked
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def crawled(portal, tmp_path_factory):
    base, asked = portal
    root = tmp_path_factory.mktemp("socrata")
    sources = root / "sources.csv"
    page = f"{base}/Your-Council/Camden-Freedom-Of-Information-Responses-Search/{DATASET}"
    sources.write_text(f"{logsites.HEADER}\nE09000007,socrata,{page},,,,\n")
    logsites.FAST["FOI_SOCRATA_PAGE_SIZE"] = 2  # small pages, to see the paging work
    try:
        stats = logsites.run_crawl(sources, root / "data", ["socrata"])
    finally:
        del logsites.FAST["FOI_SOCRATA_PAGE_SIZE"]
    records = list(Archive(root / "data").records())
    return {"records": records, "asked": asked, "stats": stats, "data": root / "data"}


def test_asks_the_query_api_for_the_campaigns_terms_since_the_window(crawled):
    queries = [dict(parse_qsl(urlsplit(p).query)) for p in crawled["asked"] if "/resource/" in p]
    campaign = load_campaign()
    assert {q["$q"] for q in queries} == set(campaign.search_terms)
    assert all(q["$where"] == "date_responded >= '2025-10-01T00:00:00'" for q in queries)
    assert all(q["$order"] == ":id" and q["$limit"] == "2" for q in queries)
    assert any(q["$offset"] == "2" for q in queries)  # a full page asks for the next
    assert len(crawled["asked"]) < 30  # never the whole dataset


def test_replies_kept_in_full_with_provenance_decoys_not(crawled):
    ok = [r for r in crawled["records"] if r.status == "ok"]
    rows = {r.extra["reference"]: r for r in ok if r.extra.get("kind") == "row"}
    assert set(rows) == {"CAM-2025-7001", "CAM-2026-0042"}  # not 2023's, not the fruit
    row = rows["CAM-2025-7001"]
    assert row.location.endswith(f"/resource/{DATASET}.json?identifier=CAM-2025-7001")
    assert (
        row.source == "socrata" and row.media_type == "html" and row.authority_code == "E09000007"
    )
    assert row.extra["received"].startswith("2025-11-12") and row.extra["published"].startswith(
        "2025-12-04"
    )
    (pdf,) = [r for r in ok if r.extra.get("kind") == "attachment"]
    assert pdf.media_type == "pdf" and pdf.extra["parent"] == row.location
    assert crawled["stats"]["socrata"]["foi/kept"] == 2


def test_the_archived_row_reads_as_the_reply(crawled):
    (row,) = [
        r
        for r in crawled["records"]
        if r.extra.get("reference") == "CAM-2025-7001" and r.extra["kind"] == "row"
    ]
    body = Archive(crawled["data"]).read(row.sha256)
    parsed = parse_document(body, "row.html", load_campaign(), Registry.load())
    assert parsed.format == "html" and len([a for a in parsed.answers if a.answer_text]) >= 4
    assert "Bruising in non-mobile infants" in body.decode()
