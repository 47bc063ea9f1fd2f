"""A reply inside an email: an attached letter read instead of a body that only says the
answers are attached, or a forwarded message read where it holds the answers."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract import extract
from parsers.model import Document, ParseError
from parsers.protocols import CampaignLike
from parsers.segments import Answer
from parsers.split import split_answers
from parsers.thread import QUOTE_START
from parsers.urls import find_urls, unique

MAX_ATTACHMENTS = 20


ATTACHED = re.compile(
    r"\b(?:please\s+find|(?:is|are)\s+(?:attached|enclosed)|in\s+the\s+attached|attached\s+(?:is|are|please|to\s+this))\b",
    re.I,
)


def with_attachments(
    doc: Document, campaign: CampaignLike, max_bytes: int
) -> tuple[Document, list[Answer]]:
    """An email whose answers are in an attached letter: read the attachment instead."""
    answers = split_answers(doc.blocks, campaign.questions)
    best = (doc, answers)
    # "Please find our response attached": a body of a line or two says nothing itself.
    body = " ".join(b.text for b in doc.blocks if not b.quote and b.kind != "furniture")
    # ... or a few lines more that say the answer is attached (a link, a team's address).
    terse = len(body) < 300 or (len(body) < 1000 and bool(ATTACHED.search(body)))
    # An email with 5,000 attachments is not a reply with 5,000 letters: read the first few.
    for name, data in doc.attachments[:MAX_ATTACHMENTS]:
        try:
            inner = extract(data, name, max_bytes=max_bytes)
        except ParseError:
            continue
        inner_answers = split_answers(inner.blocks, campaign.questions)
        if len(inner_answers) > len(best[1]) or (terse and best[0] is doc and inner.blocks):
            inner.blocks = inner.blocks + [b for b in doc.blocks if b.kind == "furniture"]
            inner.meta = {**doc.meta, **inner.meta}
            inner.links = unique([*doc.links, *inner.links])
            best = (inner, inner_answers)
    return best


def with_forwarded(doc: Document, answers: list[Answer], campaign: CampaignLike) -> list[Answer]:
    """An email that forwards the answers ("the partnership's answers are below"): the
    most recent quoted message is read as the reply when that finds more answers. The
    requester's own request, quoted, finds none (its questions have no answers under them)."""
    quoted = [i for i, b in enumerate(doc.blocks) if b.quote]
    if len(answers) >= 3 or not quoted:
        return answers
    first = quoted[0]
    end = next(
        (
            i
            for i in quoted[1:]
            if QUOTE_START.search(doc.blocks[i].text) or doc.blocks[i].text.startswith("From:")
        ),
        len(doc.blocks),
    )
    trial = [replace(b, quote=False) if first <= i < end else b for i, b in enumerate(doc.blocks)]
    found = split_answers(trial, campaign.questions)
    if len(found) > len(answers) + 1:
        doc.blocks = trial
        doc.links = unique([*doc.links, *find_urls(b.text for b in trial[first:end])])
        return found
    return answers
