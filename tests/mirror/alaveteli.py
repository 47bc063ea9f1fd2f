"""sites/alaveteli/: a WhatDoTheyKnow-like Alaveteli site. The JSON search feed (two pages and
an empty third), each request's page and JSON, the attachments (copied bytes of the corpus
responses), a batch page and /body/all-authorities.csv."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import quote

from .alaveteli_requests import REQUESTS
from .alaveteli_thread import (
    CHROME_BOTTOM,
    CHROME_TOP,
    STATE_DISPLAY,
    USER,
    body_json,
    iso,
    message_text,
    page_html,
    public_body,
    request_json,
)
from .corpus import (
    A_CODE,
    AUTH,
    B_CODE,
    DL_CODE,
    FEED_QUERY,
    LABELS,
    corpus_bytes,
    eml_attachment,
    first_match,
)
from .expected import Expected
from .pages import (
    DOCX_TYPE,
    JSON_TYPE,
    PDF_TYPE,
    Site,
    alaveteli_url_part,
    esc,
)

S = "alaveteli"
WDTK_TITLE = "Bruising in non-mobile infants - policy review"
BATCH_ID = 101
OUTCOME_STATE = {
    "answered": "successful",
    "partial": "partially_successful",
    "refused": "rejected",
    "not_held": "not_held",
    "redirected": "not_held",
}


def requests() -> list[dict]:
    """REQUESTS with what Alaveteli gives each: url_title, message and event ids, state.

    The round-robin requests share a title; Alaveteli numbers the duplicates (_2 ... _153 for
    a batch to 153 bodies). The mirror's requests all have three-digit suffixes, so that no
    request path is a prefix (or substring) of another one."""
    reqs = [dict(r) for r in REQUESTS]
    base = alaveteli_url_part(WDTK_TITLE)
    for r in reqs:
        if r["kind"] == "unrelated":
            r["url_title"] = alaveteli_url_part(r["title"])
        else:
            r["title"] = WDTK_TITLE
            r["url_title"] = f"{base}_{r['id'] - 301330}"
        r["name"] = AUTH[r["code"]]["name"]
        r["out_id"] = 1215000 + r["id"] % 1000
        r["in_id"] = 1938000 + r["id"] % 1000 if r["kind"] != "waiting" else None
        r["ev_sent"] = 4487000 + (r["id"] % 1000) * 3
        r["ev_resp"] = r["ev_sent"] + 1
        r["ev_follow"] = r["ev_sent"] + 2
        if r["kind"] == "waiting":
            r["state"] = "waiting_response"
        elif r["kind"] == "unrelated":
            r["state"] = "successful"
        else:
            r["state"] = OUTCOME_STATE[LABELS[r["corpus"]]["outcome"]]
    return reqs


def build(sites: Path, e: Expected) -> None:
    site = Site(sites, S)
    reqs = requests()
    for r in reqs:
        request(site, r, e)
    write_feed(site, reqs)
    write_batch(site, reqs)
    write_authorities(site, sorted({r["code"] for r in reqs} | {DL_CODE, A_CODE, B_CODE}))
    home = (
        CHROME_TOP.format(title="WhatDoTheyKnow (synthetic mirror)", cls="front")
        + "<h1>Make a Freedom of Information request</h1>\n<p>Synthetic mirror of an Alaveteli site.</p>\n"
        + CHROME_BOTTOM
    )
    site.page("/", "index.html", home)
    site.finish()


# -- the search feed, the batch page, the authorities ----------------------------------------


def snippet(r: dict, resp: bool) -> str:
    if r["kind"] == "unrelated":
        return r["snippet"]
    if resp and r["kind"] == "page":
        body = message_text(r)
        m = first_match("bruising", body)
        start = max(0, m.start() - 80) if m else 0
        return "..." + re.sub(r"\s+", " ", body[start : start + 200]).strip() + "..."
    if resp:
        return (
            "...Please find attached our response... policies on bruising in non-mobile "
            "infants... strategy discussion... not independently mobile..."
        )
    return (
        "...review their current policies on bruising in non-mobile infants to check "
        "for consistency with the evidence base and national guidelines..."
    )


def feed_event(r: dict) -> dict:
    """The feed's event for a request (the JSON twin of /feed/search/<query>)."""
    resp = r["match"] == "response"
    return {
        "id": r["ev_resp"] if resp else r["ev_sent"],
        "event_type": "response" if resp else "sent",
        "created_at": iso(r["resp"] if resp else r["sent"]),
        "described_state": r["state"] if resp else None,
        "calculated_state": r["state"] if resp else "waiting_response",
        "last_described_at": iso(r["resp"] if resp else r["sent"]),
        "incoming_message_id": r["in_id"] if resp else None,
        "outgoing_message_id": None if resp else r["out_id"],
        "comment_id": None,
        "display_status": STATE_DISPLAY[r["state"]] if resp else None,
        "snippet": snippet(r, resp),
        "info_request": {
            "id": r["id"],
            "url_title": r["url_title"],
            "title": r["title"],
            "created_at": iso(r["sent"]),
            "described_state": r["state"],
            "display_status": STATE_DISPLAY[r["state"]],
            "awaiting_description": False,
            "prominence": "normal",
            "law_used": "foi",
            "tags": [],
        },
        "public_body": public_body(r["code"]),
        "user": USER,
    }


def write_feed(site: Site, reqs: list[dict]) -> None:
    """The search feed: two pages and an empty third."""
    feed_base = f"/feed/search/{FEED_QUERY}.json"
    for page in (1, 2):
        events = [feed_event(r) for r in reqs if r["feed"] == page]
        events.sort(key=lambda e: e["created_at"], reverse=True)
        rel = site.write(
            f"feed/search/page-{page}.json", json.dumps(events, indent=1, ensure_ascii=False) + "\n"
        )
        site.route(feed_base if page == 1 else f"{feed_base}?page={page}", file=rel, type=JSON_TYPE)
    rel = site.write("feed/search/page-3.json", "[]\n")
    site.route(f"{feed_base}?page=3", file=rel, type=JSON_TYPE)


def write_batch(site: Site, reqs: list[dict]) -> None:
    """The batch (round-robin) page."""
    items = "\n".join(
        f'<li class="batch-request"><a href="/request/{r["url_title"]}">{esc(r["name"])}</a> '
        f'<span class="request-status">{esc(STATE_DISPLAY[r["state"]])}</span></li>'
        for r in reqs
        if r.get("batch")
    )
    page = (
        CHROME_TOP.format(title=esc(f"{WDTK_TITLE} - batch request"), cls="info-request-batch")
        + f"<h1>{esc(WDTK_TITLE)}</h1>\n"
        '<p class="subtitle">Batch request sent by A Requester to 153 authorities on 11 November 2025. '
        "Requests to authorities on this page are shown below; the rest have not been copied into this mirror.</p>\n"
        f'<ul class="batch-requests">\n{items}\n</ul>\n' + CHROME_BOTTOM
    )
    site.page(f"/info_request_batch/{BATCH_ID}", f"info_request_batch/{BATCH_ID}.html", page)


AUTHORITY_COLUMNS = [
    "Name",
    "Short name",
    "URL name",
    "Tags",
    "Home page",
    "Publication scheme",
    "Disclosure log",
    "Notes",
    "Created at",
    "Updated at",
    "Version",
]


def write_authorities(site: Site, codes: list[str]) -> None:
    """/body/all-authorities.csv: every council used anywhere in the mirror."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(AUTHORITY_COLUMNS)
    for code in codes:
        b = body_json(code)
        w.writerow(
            [
                b["name"],
                "",
                b["url_name"],
                "local_council children_services",
                b["home_page"],
                "",
                "",
                "Synthetic mirror row (real council name, invented data)",
                "2008-04-14 16:16:36 +0100",
                "2025-06-02 11:04:52 +0100",
                "12",
            ]
        )
    rel = site.write("body/all-authorities.csv", buf.getvalue())
    site.route("/body/all-authorities.csv", file=rel, type="text/csv; charset=utf-8")


# -- one request ------------------------------------------------------------------------------


def request(site: Site, r: dict, e: Expected) -> None:
    """A request's attachments, page and JSON, and what a crawl must make of it."""
    prefix = "/private" if r.get("private") else ""
    path = f"{prefix}/request/{r['url_title']}"
    attach_html, attach_paths = attachments(site, r, path, e)
    folder = f"{prefix.lstrip('/')}{'/' if prefix else ''}request"
    site.page(path, f"{folder}/{r['url_title']}.html", page_html(r, attach_html, BATCH_ID))
    publish_json(site, r, path, request_json(r, BATCH_ID), f"{folder}/{r['url_title']}.json", e)
    record(r, path, attach_paths, e)


def attachments(site: Site, r: dict, path: str, e: Expected) -> tuple[list[str], list[str]]:
    """Attachments (copied bytes), their routes and the links on the page."""
    attach_html, attach_paths = [], []
    for part, (fname, trouble) in enumerate(r.get("files", []), start=2):
        url = f"/request/{r['id']}/response/{r['in_id']}/attach/{part}/{quote(fname)}"
        attach_paths.append(url)
        attach_html.append(
            f'<li class="attachment"><a class="attachment__name" href="{esc(url)}">{esc(fname)}</a>'
            f'<span class="attachment__meta">{"Word document" if fname.endswith(".docx") else "PDF file"}</span></li>'
        )
        if trouble == "404":
            site.route(url, status=404)
            note = f"second attachment of {path}; the request's answer is in part 2"
            e.fail(S, url, "http_404", note)
            continue
        if r["corpus"].endswith(".eml"):
            name, data = eml_attachment(r["corpus"])
            assert name == fname, (name, fname)
        else:
            data = corpus_bytes(r["corpus"])
        rel = site.write(f"request/{r['id']}/response/{r['in_id']}/attach/{part}/{fname}", data)
        if trouble == "mislabelled":
            assert data[:2] == b"PK"
            site.route(url, file=rel, type=PDF_TYPE)
            note = "served as application/pdf with a .pdf name, but the bytes are a DOCX (zip)"
            e.fail(S, url, "mislabelled", note)
        else:
            site.route(url, file=rel, type=PDF_TYPE if fname.endswith(".pdf") else DOCX_TYPE)
    return attach_html, attach_paths


def publish_json(site: Site, r: dict, path: str, doc: dict, json_rel: str, e: Expected) -> None:
    """The request's JSON; the trouble of a JSON that answers 500 or a request under /private/."""
    if r.get("json500"):
        site.route(f"/request/{r['url_title']}.json", status=500)
        e.fail(
            S,
            f"/request/{r['url_title']}.json",
            "http_500",
            f"the request's JSON always answers 500; its HTML page {path} is fine and holds the answer "
            f"({r['corpus']}), so a crawler that falls back to the page finds it",
        )
    else:
        site.write(json_rel, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
        prefix = "/private" if r.get("private") else ""
        site.route(f"{prefix}/request/{r['url_title']}.json", file=json_rel, type=JSON_TYPE)
    if r.get("private"):
        site.route(f"/request/{r['url_title']}", redirect=path)
        site.route(f"/request/{r['url_title']}.json", redirect=f"{path}.json")
        # The path recorded is the one the feed leads to; it is also a substring of the
        # /private/ target, so a failure recorded at either URL matches it.
        e.fail(
            S,
            f"/request/{r['url_title']}",
            "robots",
            f"listed in the search feed as {r['url_title']}; /request/{r['url_title']} and its .json "
            f"302 to {path}(.json), under /private/ which robots.txt disallows. Content: {r['corpus']}",
            redirects_to=path,
        )


def record(r: dict, path: str, attach_paths: list[str], e: Expected) -> None:
    if r["kind"] == "unrelated":
        e.reject(S, path, f"unrelated request matching the search ({r['title']})")
    elif r["kind"] == "waiting":
        note = "campaign request awaiting response (waiting_response): no council response to keep"
        e.waiting(S, path, r["code"], note)
    elif r.get("private") or r.get("json500"):
        pass  # failure cases, recorded above
    elif r["kind"] == "page":
        e.found(S, path, r["code"], "page", None, r["corpus"])
    else:
        note = ""
        if r["files"][0][1] == "mislabelled":
            note = "attachment served as application/pdf but is a DOCX"
        if len(r["files"]) > 1:
            note = "second attachment (Appendix A) answers 404"
        if r["corpus"].endswith(".eml"):
            note = (
                (note + "; " if note else "")
                + "message text is the e-mail's covering note, the attachment is the PDF inside the .eml"
            )
        e.found(S, path, r["code"], "attachment", attach_paths[0], r["corpus"], note)
