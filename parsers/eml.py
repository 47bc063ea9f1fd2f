"""Email responses (.eml): the reply told apart from the quoted original request below it."""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr

from parsers.detect import decode_text
from parsers.html import read_html
from parsers.lines import lines_to_blocks
from parsers.model import Block, Document, ParseError
from parsers.urls import find_urls, unique

# Where a reply ends and the quoted original begins.
QUOTE_START = re.compile(
    r"""^\s*(?:
        On\s.{4,120}\swrote:\s*$
      | -{2,}\s*Original\s+Message\s*-{2,}
      | _{10,}\s*$
      | From:\s.+\n\s*Sent:\s
    )""",
    re.X | re.I | re.M,
)


def _part_text(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True) or b""
    return decode_text(payload, part.get_content_charset())


def _mark_quoted(blocks: list[Block]) -> list[Block]:
    """Blocks after the 'On ... wrote:' line (or an Outlook header block) are quoted."""
    quoted = False
    for b in blocks:
        if not quoted and QUOTE_START.search(b.text):
            quoted = True
        b.quote = b.quote or quoted
    return blocks


def read_eml(data: bytes) -> Document:
    try:
        msg = email.message_from_bytes(data, policy=policy.default)
    except Exception as exc:  # the email package raises many kinds on broken input
        raise ParseError(f"unreadable email ({exc})") from None
    if not isinstance(msg, EmailMessage):
        raise ParseError("unreadable email")
    body = msg.get_body(preferencelist=("plain", "html"))
    meta = {
        "subject": str(msg.get("Subject", "")),
        "from": str(msg.get("From", "")),
        "date": str(msg.get("Date", "")),
    }
    sender = parseaddr(meta["from"])[1]
    if "@" in sender:
        meta["sender_domain"] = sender.rsplit("@", 1)[1].lower()
    attachments: list[tuple[str, bytes]] = []
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            attachments.append((part.get_filename() or "attachment", payload))
    if body is None:
        if attachments:
            return Document(format="eml", blocks=[], meta=meta, attachments=attachments)
        raise ParseError("email has no text or HTML body")
    if body.get_content_type() == "text/html":
        doc = read_html(_part_text(body))
        blocks = _mark_quoted(doc.blocks)
        links = doc.links
    else:
        text = _part_text(body).replace("\r\n", "\n").replace("\r", "\n")
        m = QUOTE_START.search(text)
        cut = m.start() if m else len(text)
        # Reply and quoted original are wrapped differently: read each on its own.
        blocks = lines_to_blocks(text[:cut].split("\n"))
        quoted = [re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in text[cut:].split("\n")]
        for b in lines_to_blocks(quoted):
            b.quote = True
            blocks.append(b)
        links = find_urls(b.text for b in blocks if not b.quote)
    furniture = [Block(text=meta["from"], kind="furniture")] if meta["from"] else []
    return Document(
        format="eml",
        blocks=blocks + furniture,
        links=unique(links),
        meta=meta,
        attachments=attachments,
    )
