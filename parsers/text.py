"""Plain-text responses: any line ending, a byte-order mark, hard-wrapped or not."""

from __future__ import annotations

from parsers.detect import decode_text
from parsers.lines import lines_to_blocks
from parsers.model import Document
from parsers.urls import find_urls


def read_text(data: bytes) -> Document:
    text = decode_text(data)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = lines_to_blocks(lines)
    return Document(format="txt", blocks=blocks, links=find_urls(b.text for b in blocks))
