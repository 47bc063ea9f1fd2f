#!/usr/bin/env python3
"""Generate the s47 medicals campaign's small offline mirror (`foi --campaign s47_medicals demo`).

    python foi/mirror/s47_medicals/make_mirror.py

writes, under foi/mirror/s47_medicals/ (and nowhere else):

    sites/alaveteli/      a WhatDoTheyKnow-like Alaveteli site: the search feed's JSON, three
                          requests answered (a table in the message, an attached PDF, a
                          refusal) and a reply to the other campaign's request (a decoy)
    sites/disclosurelog/  one council's disclosurelog.co.uk-like log: the reply as a Word
                          attachment, a decoy and an unrelated disclosure
    sites/council_a/      a council's own site: the reply in the page
    sources.csv           the sources file ({base:<site>} placeholders)
    expected.json         what a crawl must keep and reject

Every reply is one of the synthetic replies of tests/s47_replies.py (the bytes of its
attachments are theirs); every other page is invented here and says it is synthetic.
Deterministic: run it twice, get the same files.
"""

from __future__ import annotations

import email
import html
import json
import shutil
import sys
from email import policy
from pathlib import Path
from urllib.parse import quote, quote_plus

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from tests import s47_replies  # noqa: E402  (the replies live with the tests)

SITES = HERE / "sites"
SYNTH = "<!-- Synthetic mirror page - not a real council site -->"
ROBOTS = "User-agent: *\nDisallow: /private/\n"
HTML_TYPE = "text/html; charset=utf-8"
FEED_TERM = "section 47 bruising"  # the campaign's first search term (s47_medicals.toml)
LOG_TERM = "section 47"  # its disclosurelog_keyword
REQUEST_TITLE = "Section 47 enquiries and child protection medicals for bruising, under ones"
REQUEST_TEXT = "\n".join(s47_replies.REQUEST)


class Site:
    def __init__(self, name: str):
        self.root = SITES / name
        self.routes: dict[str, dict[str, object]] = {}
        self.root.mkdir(parents=True)
        (self.root / "robots.txt").write_text(ROBOTS, "utf-8")

    def file(self, route: str, rel: str, data: bytes | str, ctype: str = HTML_TYPE) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, "utf-8")
        else:
            path.write_bytes(data)
        self.routes[route] = {"file": rel, "type": ctype}

    def finish(self) -> None:
        (self.root / "routes.json").write_text(
            json.dumps(self.routes, indent=1, sort_keys=True), "utf-8"
        )


def page(title: str, body: str) -> str:
    return (
        f"<!DOCTYPE html>\n<html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>\n"
        f"<body>\n{SYNTH}\n{body}\n<footer><p>Synthetic copy made for software tests; every answer here is invented.</p></footer>\n</body></html>\n"
    )


def text_as_html(text: str) -> str:
    """A plain-text letter as paragraphs (its table lines kept as lines)."""
    out = []
    for para in text.strip().split("\n\n"):
        lines = [html.escape(x) for x in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def eml_parts(data: bytes) -> tuple[str, list[tuple[str, bytes]]]:
    msg = email.message_from_bytes(data, policy=policy.default)
    body = msg.get_body(preferencelist=("plain",))
    attachments = [
        (part.get_filename() or "attachment", part.get_payload(decode=True) or b"")
        for part in msg.iter_attachments()
    ]
    return (body.get_content() if body else ""), attachments


# -- alaveteli -----------------------------------------------------------------------------------

BODIES = {  # public body as Alaveteli names it (its ids: foi/data/authorities.csv)
    "E08000035": (239, "leeds_city_council", "Leeds City Council"),
    "E08000007": (
        375,
        "stockport_metropolitan_borough_council",
        "Stockport Metropolitan Borough Council",
    ),
    "E09000007": (103, "camden_borough_council", "London Borough of Camden"),
    "E08000010": (435, "wigan_metropolitan_borough_council", "Wigan Metropolitan Borough Council"),
}


def alaveteli(expected: dict[str, list[dict[str, object]]]) -> None:
    site = Site("alaveteli")
    site.file(
        "/", "index.html", page("WhatDoTheyKnow (synthetic mirror)", "<h1>WhatDoTheyKnow</h1>")
    )
    replies = {r.name: r for r in s47_replies.replies()}
    threads = [
        (501, "section_47_enquiries_and_child_p_11", replies["leeds-table.txt"], "page"),
        (
            502,
            "section_47_enquiries_and_child_p_12",
            replies["stockport-attached.eml"],
            "attachment",
        ),
        (503, "section_47_enquiries_and_child_p_13", replies["camden-s12.txt"], "page"),
        (504, "bruising_in_non_mobile_infants_w_14", replies["wigan-other-request.txt"], "decoy"),
    ]
    events = []
    for n, (rid, slug, reply, kind) in enumerate(threads):
        code = reply.authority_code or ""
        body_id, url_name, name = BODIES[code]
        mid = 900000 + rid
        sent, answered = (
            f"2025-11-{10 + n:02d}T09:00:00.000+00:00",
            f"2025-12-{2 + n:02d}T10:00:00.000+00:00",
        )
        title = (
            "Bruising in non-mobile infants - policy review" if kind == "decoy" else REQUEST_TITLE
        )
        data = {
            "id": rid, "url_title": slug, "title": title, "created_at": sent,
            "described_state": "successful",
            "public_body": {"id": body_id, "url_name": url_name, "name": name},
            "info_request_events": [
                {"id": rid * 10, "event_type": "sent", "created_at": sent},
                {"id": rid * 10 + 1, "event_type": "response", "created_at": answered,
                 "incoming_message_id": mid},
            ],
        }  # fmt: skip
        site.file(
            f"/request/{slug}.json",
            f"request/{slug}.json",
            json.dumps(data, indent=1),
            "application/json",
        )
        attachments = ""
        if reply.name.endswith(".eml"):
            text, files = eml_parts(reply.data)
            message = text_as_html(text)
            links = []
            for i, (fname, blob) in enumerate(files, start=2):
                rel = f"request/{rid}/response/{mid}/attach/{i}/{fname}"
                route = f"/request/{rid}/response/{mid}/attach/{i}/{quote(fname)}"
                site.file(route, rel, blob, "application/pdf")
                links.append(
                    f"<li class='attachment'><a class='attachment__name' href='{html.escape(route)}'>{html.escape(fname)}</a></li>"
                )
                expected["campaign"].append(
                    {
                        "site": "alaveteli",
                        "path": route,
                        "authority_code": code,
                        "kind": "attachment",
                    }
                )
            attachments = f"<ul class='list-of-attachments'>{''.join(links)}</ul>"
        else:
            message = text_as_html(reply.data.decode("utf-8"))
        outgoing = text_as_html(
            REQUEST_TEXT if kind != "decoy" else "Questions about bruising in non-mobile infants."
        )
        thread = (
            f"<h1 class='request-header__title'>{html.escape(title)}</h1>"
            f"<p>Request sent to <span class='public-body'>{html.escape(name)}</span>.</p>"
            f"<div class='correspondence' id='outgoing-{rid}'><div class='correspondence__header'>A Requester</div>"
            f"<div class='correspondence_text'><p>Dear {html.escape(name)},</p>{outgoing}</div></div>"
            f"<div class='correspondence' id='incoming-{mid}'><div class='correspondence__header'>"
            f"<span class='correspondence__header__author'>{html.escape(name)}</span></div>"
            f"<div class='correspondence_text'>{message}</div>{attachments}</div>"
        )
        site.file(
            f"/request/{slug}",
            f"request/{slug}.html",
            page(f"{title} - a Freedom of Information request to {name}", thread),
        )
        events.append(
            {
                "id": rid * 10 + 1,
                "event_type": "response",
                "info_request": {"id": rid, "url_title": slug, "title": title},
            }
        )
        if kind == "decoy":
            expected["rejected"].append(
                {
                    "site": "alaveteli",
                    "path": f"/request/{slug}",
                    "reason": "a reply to the bruising policy request",
                }
            )
        else:
            expected["campaign"].append(
                {
                    "site": "alaveteli",
                    "path": f"/request/{slug}",
                    "authority_code": code,
                    "kind": "message",
                }
            )
    feed = f"/feed/search/{quote(FEED_TERM)}.json"
    site.file(feed, "feed/search/page-1.json", json.dumps(events, indent=1), "application/json")
    site.file(f"{feed}?page=2", "feed/search/page-2.json", "[]", "application/json")
    site.finish()


# -- disclosurelog -------------------------------------------------------------------------------

SORT = "PUBLISHED_DATE_DESCENDING"


def disclosurelog(expected: dict[str, list[dict[str, object]]]) -> None:
    site = Site("disclosurelog")
    replies = {r.name: r for r in s47_replies.replies()}
    kent = replies["kent-two-tables.docx"]
    entries = [
        ("a1f0c6d2", "Section 47 enquiries and medicals for babies with bruising", "KCC/FOI/25/3390",
         "<p>Please see the attached response.</p>", ("KCC-FOI-25-3390 response.docx", kent.data)),
        ("b27d9e41", "Bruising in non-mobile infants: policy", "KCC/FOI/25/3102",
         text_as_html(replies["wigan-other-request.txt"].data.decode().replace("Wigan Council", "Kent County Council")), None),
        ("c93e5a07", "Grass cutting contracts", "KCC/FOI/25/3377",
         "<p>The council spent £1.2m on verge cutting in 2024/25.</p>", None),
    ]  # fmt: skip
    results = []
    for uid, title, ref, response, attachment in entries:
        att = ""
        if attachment:
            fname, blob = attachment
            route = f"/disclosures/{uid}/attachments/{quote(fname)}"
            site.file(
                route,
                f"files/{fname}",
                blob,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
            att = f"<ul class='attachments'><li><a href='{html.escape(route)}'>{html.escape(fname)}</a></li></ul>"
            expected["campaign"].append(
                {
                    "site": "disclosurelog",
                    "path": route,
                    "authority_code": "E10000016",
                    "kind": "attachment",
                }
            )
        body = (
            f"<h1>{html.escape(title)}</h1><dl class='disclosure-meta'><dt>Case reference</dt><dd>{ref}</dd>"
            f"<dt>Received</dt><dd>12 November 2025</dd><dt>Published</dt><dd>9 December 2025</dd></dl>"
            f"<section class='disclosure-response'><h2>Response</h2>{response}</section>{att}"
        )
        site.file(
            f"/disclosures/{uid}",
            f"pages/{uid}.html",
            page(f"{title} | Kent County Council Disclosure Log", body),
        )
        results.append(
            f"<div class='disclosure-result'><h3><a href='/disclosures/{uid}'>{html.escape(title)}</a></h3></div>"
        )
        if not attachment:
            expected["rejected"].append(
                {"site": "disclosurelog", "path": f"/disclosures/{uid}", "reason": title}
            )
    listing = page("Disclosures", "<h1>Disclosures</h1>" + "".join(results))
    site.file(
        f"/disclosures?page=0&sortType={SORT}&keywords={quote_plus(LOG_TERM)}",
        "listing/page-0.html",
        listing,
    )
    site.finish()


# -- a council's own site ------------------------------------------------------------------------


def council_a(expected: dict[str, list[dict[str, object]]]) -> None:
    site = Site("council_a")
    replies = {r.name: r for r in s47_replies.replies()}
    york = replies["york-columns.html"].data.decode()
    content = york.split("<main>", 1)[1].split("</main>", 1)[0]
    slug = "foi/responses/york-foi-9921-section-47-enquiries.html"
    site.file(
        f"/{slug}", slug, page("FOI YORK-FOI-9921", f"<div class='foi-content'>{content}</div>")
    )
    other = "foi/responses/york-foi-9870-library-opening-hours.html"
    site.file(
        f"/{other}",
        other,
        page("FOI YORK-FOI-9870", "<div class='foi-content'><p>Libraries open 9 to 5.</p></div>"),
    )
    listing = page(
        "Disclosure log",
        f"<ul class='list--record'><li><a class='list__link' href='/{slug}'>Section 47 enquiries and medicals</a></li>"
        f"<li><a class='list__link' href='/{other}'>Library opening hours</a></li></ul>",
    )
    site.file(f"/foi/disclosure-log?q={quote_plus(FEED_TERM)}&page=1", "listing.html", listing)
    expected["campaign"].append(
        {"site": "council_a", "path": f"/{slug}", "authority_code": "E06000014", "kind": "page"}
    )
    expected["rejected"].append({"site": "council_a", "path": f"/{other}", "reason": "unrelated"})
    site.finish()


SOURCES = """authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector
,alaveteli,{base:alaveteli},,,,
E10000016,disclosurelog,{base:disclosurelog},,,,
E06000014,council_site,{base:council_a}/foi/disclosure-log?q={query}&page=1,ul.list--record a.list__link,,div.foi-content,
"""


def main() -> None:
    if SITES.exists():
        shutil.rmtree(SITES)
    expected: dict[str, list[dict[str, object]]] = {"campaign": [], "rejected": []}
    alaveteli(expected)
    disclosurelog(expected)
    council_a(expected)
    (HERE / "sources.csv").write_text(SOURCES, "utf-8")
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1), "utf-8")
    print(
        f"wrote {SITES}: {len(expected['campaign'])} campaign documents, {len(expected['rejected'])} to reject"
    )


if __name__ == "__main__":
    main()
