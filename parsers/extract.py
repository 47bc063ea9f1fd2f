"""Any document's bytes to a Document, by format recognised from content."""

from __future__ import annotations

import os
import re

from parsers.alaveteli import read_thread_json
from parsers.detect import sniff
from parsers.docx import read_docx
from parsers.eml import read_eml
from parsers.html import read_html
from parsers.model import Document, ParseError
from parsers.pdf import read_pdf
from parsers.text import read_text

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# A reply is a few pages; 2 million characters is a 400-page book (FOI_MAX_CHARS).
DEFAULT_MAX_CHARS = int(os.environ.get("FOI_MAX_CHARS", 2_000_000))
TEXT_FORMATS = ("txt", "eml", "html", "json")


def _locate_sections(doc: Document) -> Document:
    """Blocks without a page or line get the heading they stand under, for citing."""
    heading = ""
    for b in doc.blocks:
        if b.kind == "heading":
            heading = b.text[:80]
        if not b.where and heading and b.kind != "furniture":
            b.where = f"section: {heading}"
    return doc


# A disclosure log's or case system's "Request" section (the requester's words, or a summary
# of them) before its "Response": not the council's answers.
_RULE = r"[\s=_*#|-]*"
REQUEST_HEAD = re.compile(
    rf"^{_RULE}(?:the\s+)?(?:(?:information|details\s+of)\s+)?(?:request(?:ed)?|your\s+request|you\s+asked|what\s+you\s+asked(?:\s+for)?"
    rf"|information\s+requested|request(?:ed)?\s+information)(?:\s*\((?:summary|in\s+full)\)|\s+(?:summary|details|text|in\s+full))?{_RULE}:?{_RULE}$",
    re.I,
)
RESPONSE_HEAD = re.compile(
    rf"^{_RULE}(?:our\s+|the\s+council['’]s\s+|council\s+)?(?:response|reply|answer|decision)s?(?:\s+text)?(?:\s*\(as\s+sent\))?"
    rf"(?:\s+to\s+(?:your|the)\s+request)?{_RULE}:?{_RULE}$",
    re.I,
)


def _mark_request_sections(doc: Document) -> Document:
    """Blocks between a "Request" heading and the "Response" heading after it are the
    request restated: marked as quoted, like the requester's message quoted in an email."""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.table is None and b.kind != "furniture" and REQUEST_HEAD.match(b.text):
            end = next(
                (
                    j
                    for j in range(i + 1, min(len(blocks), i + 40))
                    if blocks[j].table is None and RESPONSE_HEAD.match(blocks[j].text)
                ),
                None,
            )
            if end is not None:
                for x in blocks[i + 1 : end]:
                    x.quote = True
                i = end
        i += 1
    # A URL the request quotes ("Reported at https://...") is the requester's, not the council's.
    quoted = " ".join(b.text for b in blocks if b.quote)
    own = " ".join(b.text for b in blocks if not b.quote)
    if quoted:
        doc.links = [u for u in doc.links if u not in quoted or u in own]
    return doc


def extract(
    data: bytes,
    name: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Read a document of any format; bounded in bytes and in the characters it yields."""
    if len(data) > max_bytes:
        raise ParseError(
            f"file is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (FOI_MAX_BYTES)"
        )
    fmt = sniff(data, name)
    if fmt in TEXT_FORMATS and len(data) > 8 * max_chars:
        # Refused before reading: markup and headers aside, it would be over the limit.
        raise ParseError(
            f"text of {len(data) / 1e6:.1f} MB is over the character limit (FOI_MAX_CHARS)"
        )
    doc = _mark_request_sections(_read(data, fmt, max_chars))
    chars = sum(len(b.text) for b in doc.blocks)
    if chars > max_chars:
        raise ParseError(
            f"{chars:,} characters of text, over the {max_chars:,} limit (FOI_MAX_CHARS)"
        )
    return doc


def _read(data: bytes, fmt: str, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    if fmt == "pdf":
        return read_pdf(data, max_chars)
    if fmt == "docx":
        return _locate_sections(read_docx(data))
    if fmt == "eml":
        return _locate_sections(read_eml(data))
    if fmt == "html":
        return _locate_sections(read_html(data))
    if fmt == "msg":
        # Imported when needed: extract-msg (0.1 s) and pytesseract (0.25 s) would slow
        # every start of `foi` for formats most runs never meet.
        from parsers.msg import read_msg

        return _locate_sections(read_msg(data))
    if fmt in ("png", "jpeg", "tiff"):
        from parsers.ocr import read_image

        return read_image(data, fmt)
    if fmt == "json":
        return read_thread_json(data)
    if fmt == "txt":
        return read_text(data)
    raise ParseError(f"unsupported format {fmt}")
