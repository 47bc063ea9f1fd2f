"""A whole request thread from an Alaveteli site (WhatDoTheyKnow): its page or its JSON.

The requester's messages are the request, not the reply (quoted); of the authority's
messages the latest substantive one is the reply and earlier ones (the acknowledgement) are
quoted; the site's status banner ("partially successful") goes into the metadata, where it
may inform the outcome but never becomes an answer.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from parsers.markup import element_text
from parsers.model import Block, Document
from parsers.thread import message_blocks
from parsers.urls import find_urls

# Alaveteli's described states, as the corpus names outcomes.
STATUS_OUTCOME = {
    "successful": "answered",
    "partially_successful": "partial",
    "not_held": "not_held",
    "rejected": "refused",
    "refused": "refused",
    "vexatious": "refused",
}
ACKNOWLEDGEMENT = re.compile(
    r"\bwe\s+are\s+(?:currently\s+)?processing\s+your\s+request|\baim\s+to\s+(?:send|respond|reply)"
    r"|\bhas\s+been\s+logged\b|\bwithin\s+20\s+working\s+days\b|\backnowledge\s+receipt",
    re.I,
)


def status_key(display: str) -> str:
    """'Partially successful' or 'request-status-message--partially_successful' to a key."""
    key = display.rsplit("--", 1)[-1].strip().lower()
    key = {"information not held": "not_held", "refused": "rejected"}.get(key, key)
    return re.sub(r"[^a-z]+", "_", key).strip("_")


def _substantive(text: str) -> bool:
    own = message_blocks(text)
    words = " ".join(b.text for b in own if not b.quote and b.kind != "furniture")
    return len(words) > 600 or not ACKNOWLEDGEMENT.search(words)


def thread_document(
    messages: list[tuple[str, str]], meta: dict[str, str], fmt: str, links: list[str]
) -> Document:
    """`messages`: (incoming | outgoing, text) in date order."""
    incoming = [i for i, (kind, _) in enumerate(messages) if kind == "incoming"]
    reply = next((i for i in reversed(incoming) if _substantive(messages[i][1])), None)
    if reply is None and incoming:
        reply = incoming[-1]
    blocks: list[Block] = []
    for i, (_, text) in enumerate(messages):
        for b in message_blocks(text, where=f"message {i + 1}"):
            b.quote = b.quote or i != reply
            blocks.append(b)
    own = [b.text for b in blocks if not b.quote]
    return Document(format=fmt, blocks=blocks, links=[*find_urls(own), *links], meta=meta)


def read_thread_json(data: bytes) -> Document:
    from parsers.model import ParseError

    try:
        raw: Any = json.loads(data.decode("utf-8", errors="replace"))
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ParseError(f"unreadable JSON ({exc})") from None
    events = raw.get("events") if isinstance(raw, dict) else None
    if not isinstance(events, list):
        raise ParseError("JSON that is not a request thread")
    messages: list[tuple[str, str]] = []
    for e in events:
        if not isinstance(e, dict) or e.get("type") not in ("incoming", "outgoing"):
            continue
        content = e.get("content")
        parts = content if isinstance(content, list) else [content]
        messages.append((e["type"], "\n".join(p for p in parts if isinstance(p, str))))
    meta = {"title": str(raw.get("title") or "")}
    if raw.get("display_status"):
        meta["status_banner"] = status_key(str(raw["display_status"]))
    return thread_document(messages, meta, "json", [])


def is_thread_page(root: etree._Element) -> bool:
    return bool(
        root.xpath("//div[contains(@class,'correspondence')]//*[@class='correspondence_text']")
    )


def read_thread_page(root: etree._Element, title: str, links: list[str]) -> Document:
    messages: list[tuple[str, str]] = []
    for div in root.xpath("//div[contains(concat(' ', @class, ' '), ' correspondence ')]"):
        kind = "outgoing" if "outgoing" in div.get("class", "").split() else "incoming"
        body = div.xpath(".//*[@class='correspondence_text']")
        if body:
            messages.append((kind, element_text(body[0])))
    meta = {"title": title}
    status = root.xpath("//*[@id='request_status']/@class")
    if status:
        meta["status_banner"] = status_key(str(status[0]).split()[-1])
    to = root.xpath(
        "//*[contains(., 'made this Freedom of Information request to')]/a[contains(@href,'/body/')]"
    )
    if to:
        meta["addressed_to"] = " ".join(to[-1].itertext()).strip()
    return thread_document(messages, meta, "html", links)
