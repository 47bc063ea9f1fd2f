"""Plain-text responses: any line ending, a byte-order mark, hard-wrapped or not."""

from __future__ import annotations

from parsers.detect import decode_text
from parsers.model import Document
from parsers.thread import message_blocks
from parsers.urls import find_urls


def read_text(data: bytes) -> Document:
    text = decode_text(data)
    blocks = message_blocks(text)
    links = find_urls(b.text for b in blocks if not b.quote)
    return Document(format="txt", blocks=blocks, links=links)
