"""Outlook .msg replies, read with extract-msg, then told apart exactly like an .eml: sender,
date and subject, the reply above the quoted original, and the attachments.

extract-msg rather than reading the OLE streams here: an .msg body comes as plain text, as
HTML, or only as compressed RTF that encapsulates HTML or text, and extract-msg (with RTFDE)
decompresses and de-encapsulates all of them. It is maintained and widely used.
"""

from __future__ import annotations

import logging
from email.utils import format_datetime, parseaddr

import extract_msg
from extract_msg.enums import AttachmentType, ErrorBehavior
from extract_msg.msg_classes import MessageBase, MSGFile

from parsers.eml import _mark_quoted  # one rule for quoted originals, shared with .eml
from parsers.html import read_html
from parsers.model import Document, ParseError
from parsers.thread import email_document, message_blocks
from parsers.urls import find_urls

# extract-msg and RTFDE log what they skip; with no handler at all Python would print those
# records on stderr, and `foi parse` promises one line. Failures reach us as exceptions.
for _name in ("extract_msg", "RTFDE"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# A broken attachment or an RTF body RTFDE cannot unwrap should not lose the rest of the
# message; a damaged OLE structure (DEFECT_INCORRECT) still fails, as it should.
_TOLERATE = (
    ErrorBehavior.ATTACH_SUPPRESS_ALL
    | ErrorBehavior.RTFDE
    | ErrorBehavior.STANDARDS_VIOLATION
    | ErrorBehavior.NAMED_NAME_STREAM
)
# Message classes of an email or a delivery report (a bounce is recorded, not counted).
_EMAIL_CLASSES = ("ipm.note", "report.", "ipm.post")
_PLAIN = "__substg1.0_1000"  # PR_BODY, as a string stream
_HTML = "__substg1.0_10130102"  # PR_HTML, binary
_SMTP_SENDER = ("__substg1.0_5D01", "__substg1.0_0C1F")  # sender's SMTP address, then any


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:160]
    return text or type(exc).__name__


def read_msg(data: bytes) -> Document:
    """An Outlook message's bytes to a Document; ParseError with a one-line reason if the
    file is damaged or is not an email."""
    try:
        msg = extract_msg.openMsg(data, errorBehavior=_TOLERATE)
    except Exception as exc:  # olefile and extract-msg raise many kinds on broken input
        raise ParseError(f"damaged or unreadable Outlook .msg file ({_one_line(exc)})") from None
    try:
        kind = (msg.classType or "").lower()
        if not isinstance(msg, MessageBase) or not kind.startswith(_EMAIL_CLASSES):
            # A contact, appointment, task or note saved from Outlook is nobody's reply.
            raise ParseError(f"Outlook .msg file that is not an email ({msg.classType})")
        return _document(msg)
    except ParseError:
        raise
    except Exception as exc:  # a stream that is there but damaged, found while reading it
        raise ParseError(f"damaged Outlook .msg file ({_one_line(exc)})") from None
    finally:
        msg.close()


def _meta(msg: MessageBase) -> dict[str, str]:
    header = msg.header  # the transport headers, or ones extract-msg builds from properties
    date = header.get("Date") or (format_datetime(msg.date) if msg.date else "")
    # Folded to one line: a property may carry line breaks that a header never would.
    meta = {
        "subject": " ".join((msg.subject or "").split()),
        "from": " ".join((msg.sender or "").split()),
        "date": " ".join(str(date).split()),
    }
    # Headers that tell an automatic message (bounce, out-of-office) from a person's reply.
    for name, key in (
        ("Auto-Submitted", "auto_submitted"),
        ("X-Autoreply", "autoreply"),
        ("X-Failed-Recipients", "failed_recipients"),
    ):
        if header.get(name):
            meta[key] = str(header.get(name))
    # Outlook keeps a non-delivery report as its own item class, not as multipart/report.
    kind = (msg.classType or "").lower()
    if kind.startswith("report."):
        meta["report"] = "delivery-status" if ".ndr" in kind else "report"
    sender = parseaddr(meta["from"])[1]
    if "@" not in sender:  # an Exchange (X.500) address: the SMTP one is kept apart
        sender = next((s for k in _SMTP_SENDER if (s := msg.getStringStream(k))), "") or ""
    if "@" in sender:
        meta["sender_domain"] = sender.rsplit("@", 1)[1].strip().strip(">").lower()
    return meta


def _attachments(msg: MessageBase) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for att in msg.attachments:
        name = att.longFilename or att.shortFilename or att.name or "attachment"
        try:
            if att.type == AttachmentType.DATA and isinstance(att.data, bytes) and att.data:
                out.append((name, att.data))
            elif isinstance(att.data, MSGFile):
                # A forwarded message: written back out as an .msg, read like any attachment.
                if not name.lower().endswith(".msg"):
                    name += ".msg"
                out.append((name, att.data.exportBytes(allowBadEmbed=True)))
        except Exception:  # one unreadable attachment must not lose the message
            continue
    return out


def _rtf_body(msg: MessageBase) -> tuple[str, bytes] | None:
    """The RTF body unwrapped to the HTML or text it encapsulates ("html" or "text")."""
    rtf = msg.deencapsulatedRtf  # None where there is no RTF or it encapsulates nothing
    if rtf is None or not rtf.content:
        return None
    content = rtf.content if isinstance(rtf.content, bytes) else str(rtf.content).encode()
    return rtf.content_type, content


def _document(msg: MessageBase) -> Document:
    meta = _meta(msg)
    attachments = _attachments(msg)
    # The same preference as an .eml: plain text, else HTML, else what the RTF holds.
    plain = msg.getStringStream(_PLAIN)
    html: bytes | None = msg.getStream(_HTML)
    if not (plain and plain.strip()) and not html:
        if unwrapped := _rtf_body(msg):
            kind, content = unwrapped
            if kind == "html":
                html = content
            else:
                plain = content.decode("utf-8", errors="replace")
    if plain and plain.strip():
        # Reply and quoted original are wrapped differently: each is read on its own.
        blocks = message_blocks(plain)
        links = find_urls(b.text for b in blocks if not b.quote or b.kind == "furniture")
    elif html and html.strip():
        doc = read_html(html)
        blocks = _mark_quoted(doc.blocks)
        # Links printed only in the quoted request are the requester's, not the council's.
        own = " ".join(b.text for b in blocks if not b.quote)
        quoted = " ".join(b.text for b in blocks if b.quote)
        links = [u for u in doc.links if u in own or u not in quoted]
    elif attachments:
        return Document(format="msg", blocks=[], meta=meta, attachments=attachments)
    else:
        raise ParseError("Outlook .msg file has no text, HTML or RTF body")
    return email_document("msg", blocks, links, meta, attachments)
