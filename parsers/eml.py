"""Email responses (.eml): the reply told apart from the quoted original request below it."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import parseaddr

from parsers.detect import decode_text
from parsers.html import read_html
from parsers.model import Block, Document, ParseError
from parsers.thread import QUOTE_START, email_document, message_blocks
from parsers.urls import find_urls


def _part_text(part: MIMEPart) -> str:
    payload = part.get_payload(decode=True)  # bytes, or None: a text part is not multipart
    return decode_text(payload if isinstance(payload, bytes) else b"", part.get_content_charset())


def _mark_quoted(blocks: list[Block]) -> list[Block]:
    """Blocks after the 'On ... wrote:' line (or an Outlook header block) are quoted."""
    quoted = False
    for b in blocks:
        if not quoted and QUOTE_START.search(b.text):
            quoted = True
        b.quote = b.quote or quoted
    return blocks


def _header(msg: EmailMessage, name: str) -> str:
    """A header as text; "" where the email package cannot parse it (it raises on some
    damaged headers, a group where an address should be, found by fuzzing)."""
    try:
        return str(msg.get(name, "") or "")
    except Exception:
        return ""


def _attachments(msg: EmailMessage) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            try:
                name = part.get_filename() or "attachment"
            except Exception:  # a damaged Content-Disposition
                name = "attachment"
            out.append((name, payload))
    return out


def read_eml(data: bytes) -> Document:
    try:
        msg = email.message_from_bytes(data, policy=policy.default)
    except Exception as exc:  # the email package raises many kinds on broken input
        raise ParseError(f"unreadable email ({exc})") from None
    if not isinstance(msg, EmailMessage):
        raise ParseError("unreadable email")
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
        attachments = _attachments(msg)
        report = msg.get_content_type() == "multipart/report" and str(
            msg.get_param("report-type") or "report"
        )
    except Exception as exc:  # a MIME structure the email package cannot walk
        raise ParseError(f"unreadable email ({exc.__class__.__name__}: {exc})"[:200]) from None
    meta = {
        "subject": _header(msg, "Subject"),
        "from": _header(msg, "From"),
        "date": _header(msg, "Date"),
    }
    # Headers that tell an automatic message (bounce, out-of-office) from a person's reply.
    for header, key in (
        ("Auto-Submitted", "auto_submitted"),
        ("X-Autoreply", "autoreply"),
        ("X-Failed-Recipients", "failed_recipients"),
    ):
        if value := _header(msg, header):
            meta[key] = value
    if report:
        meta["report"] = report
    sender = parseaddr(meta["from"])[1]
    if "@" in sender:
        meta["sender_domain"] = sender.rsplit("@", 1)[1].lower()
    if body is None:
        if attachments:
            return Document(format="eml", blocks=[], meta=meta, attachments=attachments)
        raise ParseError("email has no text or HTML body")
    if body.get_content_type() == "text/html":
        doc = read_html(_part_text(body))
        blocks = _mark_quoted(doc.blocks)
        # Links printed only in the quoted request are the requester's, not the council's.
        own = " ".join(b.text for b in blocks if not b.quote)
        quoted = " ".join(b.text for b in blocks if b.quote)
        links = [u for u in doc.links if u in own or u not in quoted]
    else:
        # Reply and quoted original are wrapped differently: each is read on its own.
        blocks = message_blocks(_part_text(body))
        links = find_urls(b.text for b in blocks if not b.quote or b.kind == "furniture")
    return email_document("eml", blocks, links, meta, attachments)
