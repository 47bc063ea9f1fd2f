"""The s47 medicals campaign's small mirror (`foi --campaign s47_medicals demo`):

    sites/alaveteli/      a WhatDoTheyKnow-like Alaveteli site: the search feed's JSON, three
                          requests answered (a table in the message, an attached PDF, a
                          refusal) and a reply to the other campaign's request (a decoy)
    sites/disclosurelog/  one council's disclosurelog.co.uk-like log: the reply as a Word
                          attachment, a decoy and an unrelated disclosure
    sites/council_a/      a council's own site: the reply in the page
    sources.csv           the sources file ({base:<site>} placeholders)
    expected.json         what a crawl must keep and reject

Every reply is one of the synthetic replies of tests/s47_replies.py (the bytes of its
attachments are theirs); every other page is invented here and says it is synthetic. The
request's questions, search term and log keyword are the campaign's
(foi/campaigns/s47_medicals.toml).
"""

from __future__ import annotations

import email
import html
import json
import shutil
from email import policy
from pathlib import Path
from urllib.parse import quote, quote_plus

from foi.campaigns.campaign import load_campaign
from tests import s47_replies

from .pages import DOCX_TYPE, JSON_TYPE, PDF_TYPE, SYNTH, Site, restamp

CAMPAIGN = load_campaign("s47_medicals")
FEED_TERM = CAMPAIGN.search_terms[0]
LOG_TERM = CAMPAIGN.settings["disclosurelog_keyword"]
REQUEST_TITLE = "Section 47 enquiries and child protection medicals for bruising, under ones"
# The request as sent: its opening line (as the replies quote it), then the questions.
REQUEST_TEXT = "\n".join(
    [s47_replies.REQUEST[0], *(f"{q.no}. {q.text}" for q in CAMPAIGN.questions)]
)
DECOY_TITLE = "Bruising in non-mobile infants - policy review"
# The Word reply's zip timestamps (tests/builders.py writes the clock's): those of the copy
# first shipped, so the file is the same every run.
DOCX_TIME = (2026, 11, 30, 18, 55, 4)
SORT = "PUBLISHED_DATE_DESCENDING"
SOURCES = """authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector
,alaveteli,{base:alaveteli},,,,
E10000016,disclosurelog,{base:disclosurelog},,,,
E06000014,council_site,{base:council_a}/foi/disclosure-log?q={query}&page=1,ul.list--record a.list__link,,div.foi-content,
"""
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
THREADS = [  # request id, url_title, reply, how it is published
    (501, "section_47_enquiries_and_child_p_11", "leeds-table.txt", "page"),
    (502, "section_47_enquiries_and_child_p_12", "stockport-attached.eml", "attachment"),
    (503, "section_47_enquiries_and_child_p_13", "camden-s12.txt", "page"),
    (504, "bruising_in_non_mobile_infants_w_14", "wigan-other-request.txt", "decoy"),
]
Expected = dict[str, list[dict[str, object]]]


class S47Site(Site):
    def finish(self) -> None:
        self.check()
        self.write("routes.json", json.dumps(self.routes, indent=1, sort_keys=True))


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


def replies() -> dict[str, s47_replies.Reply]:
    return {r.name: r for r in s47_replies.replies()}


def build(root: Path) -> Expected:
    sites = root / "sites"
    if sites.exists():
        shutil.rmtree(sites)
    expected: Expected = {"campaign": [], "rejected": []}
    alaveteli(sites, expected)
    disclosurelog(sites, expected)
    council_a(sites, expected)
    (root / "sources.csv").write_text(SOURCES, "utf-8")
    (root / "expected.json").write_text(json.dumps(expected, indent=1), "utf-8")
    return expected


# -- alaveteli -----------------------------------------------------------------------------------


def alaveteli(sites: Path, expected: Expected) -> None:
    site = S47Site(sites, "alaveteli")
    site.file(
        "/", "index.html", page("WhatDoTheyKnow (synthetic mirror)", "<h1>WhatDoTheyKnow</h1>")
    )
    by_name = replies()
    events = []
    for n, (rid, slug, name, kind) in enumerate(THREADS):
        thread(site, n, rid, slug, by_name[name], kind, expected)
        title = DECOY_TITLE if kind == "decoy" else REQUEST_TITLE
        events.append(
            {
                "id": rid * 10 + 1,
                "event_type": "response",
                "info_request": {"id": rid, "url_title": slug, "title": title},
            }
        )
    feed = f"/feed/search/{quote(FEED_TERM)}.json"
    site.file(feed, "feed/search/page-1.json", json.dumps(events, indent=1), JSON_TYPE)
    site.file(f"{feed}?page=2", "feed/search/page-2.json", "[]", JSON_TYPE)
    site.finish()


def thread(site: Site, n: int, rid: int, slug: str, reply, kind: str, expected: Expected) -> None:
    """One request: its JSON, its page, the reply's attachments."""
    code = reply.authority_code or ""
    body_id, url_name, name = BODIES[code]
    mid = 900000 + rid
    sent, answered = (
        f"2025-11-{10 + n:02d}T09:00:00.000+00:00",
        f"2025-12-{2 + n:02d}T10:00:00.000+00:00",
    )
    title = DECOY_TITLE if kind == "decoy" else REQUEST_TITLE
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
        f"/request/{slug}.json", f"request/{slug}.json", json.dumps(data, indent=1), JSON_TYPE
    )
    message, attachments = reply_html(site, rid, mid, reply, code, expected)
    outgoing = text_as_html(
        REQUEST_TEXT if kind != "decoy" else "Questions about bruising in non-mobile infants."
    )
    body = (
        f"<h1 class='request-header__title'>{html.escape(title)}</h1>"
        f"<p>Request sent to <span class='public-body'>{html.escape(name)}</span>.</p>"
        f"<div class='correspondence' id='outgoing-{rid}'><div class='correspondence__header'>A Requester</div>"
        f"<div class='correspondence_text'><p>Dear {html.escape(name)},</p>{outgoing}</div></div>"
        f"<div class='correspondence' id='incoming-{mid}'><div class='correspondence__header'>"
        f"<span class='correspondence__header__author'>{html.escape(name)}</span></div>"
        f"<div class='correspondence_text'>{message}</div>{attachments}</div>"
    )
    page_title = f"{title} - a Freedom of Information request to {name}"
    site.file(f"/request/{slug}", f"request/{slug}.html", page(page_title, body))
    if kind == "decoy":
        reason = "a reply to the bruising policy request"
        expected["rejected"].append(
            {"site": "alaveteli", "path": f"/request/{slug}", "reason": reason}
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


def reply_html(site: Site, rid: int, mid: int, reply, code: str, expected: Expected):
    """The reply's message as HTML and the list of its attachments (written to the site)."""
    if not reply.name.endswith(".eml"):
        return text_as_html(reply.data.decode("utf-8")), ""
    text, files = eml_parts(reply.data)
    links = []
    for i, (fname, blob) in enumerate(files, start=2):
        rel = f"request/{rid}/response/{mid}/attach/{i}/{fname}"
        route = f"/request/{rid}/response/{mid}/attach/{i}/{quote(fname)}"
        site.file(route, rel, blob, PDF_TYPE)
        links.append(
            f"<li class='attachment'><a class='attachment__name' href='{html.escape(route)}'>{html.escape(fname)}</a></li>"
        )
        expected["campaign"].append(
            {"site": "alaveteli", "path": route, "authority_code": code, "kind": "attachment"}
        )
    return text_as_html(text), f"<ul class='list-of-attachments'>{''.join(links)}</ul>"


# -- disclosurelog -------------------------------------------------------------------------------


def disclosurelog(sites: Path, expected: Expected) -> None:
    site = S47Site(sites, "disclosurelog")
    by_name = replies()
    kent = restamp(by_name["kent-two-tables.docx"].data, DOCX_TIME)
    decoy = by_name["wigan-other-request.txt"].data.decode()
    entries = [
        ("a1f0c6d2", "Section 47 enquiries and medicals for babies with bruising", "KCC/FOI/25/3390",
         "<p>Please see the attached response.</p>", ("KCC-FOI-25-3390 response.docx", kent)),
        ("b27d9e41", "Bruising in non-mobile infants: policy", "KCC/FOI/25/3102",
         text_as_html(decoy.replace("Wigan Council", "Kent County Council")), None),
        ("c93e5a07", "Grass cutting contracts", "KCC/FOI/25/3377",
         "<p>The council spent £1.2m on verge cutting in 2024/25.</p>", None),
    ]  # fmt: skip
    results = []
    for uid, title, ref, response, attachment in entries:
        att = ""
        if attachment:
            fname, blob = attachment
            route = f"/disclosures/{uid}/attachments/{quote(fname)}"
            site.file(route, f"files/{fname}", blob, DOCX_TYPE)
            att = f"<ul class='attachments'><li><a href='{html.escape(route)}'>{html.escape(fname)}</a></li></ul>"
            expected["campaign"].append(
                {"site": "disclosurelog", "path": route, "authority_code": "E10000016", "kind": "attachment"}
            )  # fmt: skip
        body = (
            f"<h1>{html.escape(title)}</h1><dl class='disclosure-meta'><dt>Case reference</dt><dd>{ref}</dd>"
            f"<dt>Received</dt><dd>12 November 2025</dd><dt>Published</dt><dd>9 December 2025</dd></dl>"
            f"<section class='disclosure-response'><h2>Response</h2>{response}</section>{att}"
        )
        log_title = f"{title} | Kent County Council Disclosure Log"
        site.file(f"/disclosures/{uid}", f"pages/{uid}.html", page(log_title, body))
        results.append(
            f"<div class='disclosure-result'><h3><a href='/disclosures/{uid}'>{html.escape(title)}</a></h3></div>"
        )
        if not attachment:
            expected["rejected"].append(
                {"site": "disclosurelog", "path": f"/disclosures/{uid}", "reason": title}
            )
    listing = page("Disclosures", "<h1>Disclosures</h1>" + "".join(results))
    key = f"/disclosures?page=0&sortType={SORT}&keywords={quote_plus(LOG_TERM)}"
    site.file(key, "listing/page-0.html", listing)
    site.finish()


# -- a council's own site ------------------------------------------------------------------------


def council_a(sites: Path, expected: Expected) -> None:
    site = S47Site(sites, "council_a")
    york = replies()["york-columns.html"].data.decode()
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
