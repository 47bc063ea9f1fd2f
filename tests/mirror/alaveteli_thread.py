"""One Alaveteli request as the site shows it: its page (the thread of messages) and its
JSON (the request with its events), in WhatDoTheyKnow's markup."""

from __future__ import annotations

from datetime import date

from .corpus import AUTH, eml_text, request_text, txt_text
from .pages import SYNTH, alaveteli_url_part, esc, long_date, paras_html

USER = {"id": 873114, "url_name": "a_requester", "name": "A Requester"}

ATTACHED_MSG = (
    "Dear A Requester,\n\nPlease find attached our response.\n\nKind regards,\n\n"
    "Information Governance Team\n{c}"
)
CHROME_TOP = (
    """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/application.css">
</head>
<body class="{cls}">
"""
    + SYNTH
    + """
<div id="topnav">
  <a href="/" class="site-title">WhatDoTheyKnow <small>(synthetic mirror)</small></a>
  <ul id="navigation">
    <li><a href="/select_authority">Make a request</a></li>
    <li><a href="/list/successful">Browse requests</a></li>
    <li><a href="/body/list/all">View authorities</a></li>
    <li><a href="/help/about">Help</a></li>
  </ul>
</div>
<div id="wrapper"><div id="content">
"""
)
CHROME_BOTTOM = """
</div></div>
<div id="footer">
  <p>This is a synthetic copy of an Alaveteli site, made for software tests. The councils' words on it are invented.</p>
  <ul><li><a href="/help/privacy">Privacy</a></li><li><a href="/help/api">API</a></li><li><a href="/help/contact">Contact</a></li></ul>
</div>
</body>
</html>
"""
STATE_DISPLAY = {
    "successful": "Successful.",
    "partially_successful": "Partially successful.",
    "rejected": "Refused.",
    "not_held": "Information not held.",
    "waiting_response": "Awaiting response.",
}


def body_json(code: str) -> dict:
    a = AUTH[code]
    return {
        "id": int(a["wdtk_id"]),
        "url_name": alaveteli_url_part(a["name"], 100),
        "name": a["name"],
        "short_name": "",
        "created_at": "2008-04-14T16:16:36.000+01:00",
        "updated_at": "2025-06-02T11:04:52.000+01:00",
        "home_page": f"https://www.{a['domains'].split(';')[0]}",
        "notes": "",
        "publication_scheme": "",
        "disclosure_log": "",
        "tags": [["local_council"], ["children_services"]],
        "info": {
            "requests_count": 0,
            "requests_successful_count": 0,
            "requests_not_held_count": 0,
            "requests_visible_classified_count": 0,
        },
    }


def public_body(code: str) -> dict:
    keep = ("id", "url_name", "name", "short_name")
    return {k: v for k, v in body_json(code).items() if k in keep}


def iso(d: str) -> str:
    """'2025-12-05 09:20:54' -> Alaveteli/Rails JSON time."""
    return d.replace(" ", "T") + ".000+00:00"


def message_text(r: dict) -> str:
    """The council's message as shown on the request page."""
    if r["kind"] == "unrelated":
        return r["reply"]
    corpus = r["corpus"]
    if r["kind"] == "page":
        return eml_text(corpus) if corpus.endswith(".eml") else txt_text(corpus)
    if corpus.endswith(".eml"):  # the e-mail's own covering note; its letter is the attachment
        return eml_text(corpus)
    return ATTACHED_MSG.format(c=r["name"])


def when(s: str) -> str:
    d = date.fromisoformat(s[:10])
    return f'<time datetime="{iso(s)}">{long_date(d)}</time>'


def out_text(r: dict) -> str:
    """The requester's message."""
    return r["out"] if r["kind"] == "unrelated" else request_text(dear=r["name"])


def event(id: int, kind: str, at: str, state: str | None, **ids: int | None) -> dict:
    return dict(
        id=id,
        event_type=kind,
        created_at=iso(at),
        described_state=state,
        calculated_state=state or "waiting_response",
        incoming_message_id=ids.get("incoming"),
        outgoing_message_id=ids.get("outgoing"),
        comment_id=None,
    )


def request_json(r: dict, batch_id: int) -> dict:
    """The request's JSON: the request, its public body and its events."""
    events = [event(r["ev_sent"], "sent", r["sent"], None, outgoing=r["out_id"])]
    if r["in_id"]:
        events.append(event(r["ev_resp"], "response", r["resp"], r["state"], incoming=r["in_id"]))
    if r.get("followup"):
        follow = r["out_id"] + 500000
        at = r["followup"]
        events.append(
            event(r["ev_follow"], "followup_sent", at, "internal_review", outgoing=follow)
        )
    doc = {
        "id": r["id"],
        "url_title": r["url_title"],
        "title": r["title"],
        "created_at": iso(r["sent"]),
        "updated_at": max(e["created_at"] for e in events),
        "described_state": r["state"],
        "display_status": STATE_DISPLAY[r["state"]],
        "awaiting_description": False,
        "prominence": "normal",
        "law_used": "foi",
        "tags": [],
        "user": USER,
        "public_body": public_body(r["code"]),
        "info_request_events": events,
    }
    if r.get("batch"):
        doc["info_request_batch_id"] = batch_id
    return doc


def correspondence(cid: str, author: str, at: str, text: str, tail: str = "") -> str:
    return (
        f'<div class="correspondence" id="{cid}">\n'
        f'<div class="correspondence__header"><span class="correspondence__header__author">{author}</span> '
        f"{when(at)}</div>\n"
        f'<div class="correspondence_text">\n{paras_html(text)}\n</div>{tail}\n</div>'
    )


def followup_text(r: dict) -> str:
    return (
        f"Dear {r['name']},\n\nPlease pass this on to the person who conducts Freedom of "
        "Information reviews.\n\nI am writing to request an internal review of "
        f"{r['name']}'s handling of my FOI request '{r['title']}'. I do not accept that "
        "answering five questions about one policy would exceed the cost limit.\n\n"
        "Yours faithfully,\n\nA Requester"
    )


def page_html(r: dict, attach_html: list[str], batch_id: int) -> str:
    """The request page: the requester's message, the council's reply, any follow-up."""
    title = esc(f"{r['title']} - a Freedom of Information request to {r['name']}")
    parts = [
        CHROME_TOP.format(title=title, cls="request-show"),
        '<div id="left_column" class="left_column">',
        f'<h1 class="request-header__title">{esc(r["title"])}</h1>',
        f'<p class="request-header__subtitle">Request sent to <span class="public-body">{esc(r["name"])}</span> '
        f"by A Requester on {when(r['sent'])}.</p>",
        f'<p id="request_status" class="request-status-message">{esc(STATE_DISPLAY[r["state"]])}</p>',
    ]
    if r.get("batch"):
        parts.append(
            f'<p class="request-batch">This request is part of a <a href="/info_request_batch/{batch_id}">'
            "batch sent to 153 authorities</a>.</p>"
        )
    parts.append(correspondence(f"outgoing-{r['out_id']}", "A Requester", r["sent"], out_text(r)))
    if r["in_id"]:
        ul = ""
        if attach_html:
            ul = '\n<ul class="list-of-attachments">\n' + "\n".join(attach_html) + "\n</ul>"
        cid = f"incoming-{r['in_id']}"
        parts.append(correspondence(cid, esc(r["name"]), r["resp"], message_text(r), ul))
    if r.get("followup"):
        cid = f"outgoing-{r['out_id'] + 500000}"
        parts.append(correspondence(cid, "A Requester", r["followup"], followup_text(r)))
    parts.append("</div>")
    parts.append(
        '<div id="right_column" class="sidebar"><h2>Follow this request</h2>'
        "<p>Sign in to follow updates to this request.</p></div>"
    )
    return "\n".join(parts) + CHROME_BOTTOM
