"""A message told apart from what travels with it: the quoted earlier messages below a reply,
WhatDoTheyKnow's "References / Visible links" footnotes and its own trailer. None of them is
the sender's answer."""

from __future__ import annotations

import re
from itertools import groupby

from parsers.lines import lines_to_blocks
from parsers.model import Block, Document
from parsers.urls import unique

# Where a reply ends and a quoted earlier message begins.
QUOTE_START = re.compile(
    r"""^\s*(?:
        On\s.{4,120}\swrote:\s*$
      | -{2,}\s*Original\s+Message\s*-{2,}
      | _{10,}\s*$
      | From:\s.+\n\s*(?:Sent|Date):\s
    )""",
    re.X | re.I | re.M,
)
# A rule under a signed-off reply, then an earlier message ("----" then "Dear ...").
RULE_THEN_MESSAGE = re.compile(r"^\s*-{20,}\s*\n(?:\s*\n)*\s*(?:Dear|From:)\s", re.M)
SIGN_OFF = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully)|kind\s+regards|best\s+regards|regards)\b", re.I | re.M
)
# WhatDoTheyKnow renders links as [1] markers with a numbered list at the end.
FOOTNOTES = re.compile(r"^\s*References\s*\n\s*Visible links\s*$", re.I | re.M)
# WhatDoTheyKnow's own trailer on a request email ("Please use this email address ...").
PLATFORM_TRAILER = re.compile(
    r"^-{10,}\s*\n\s*Please use this email address for all replies to this request", re.I | re.M
)


def split_message(text: str) -> tuple[str, str, str]:
    """(the message's own words, quoted earlier messages, platform footnotes)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    notes = ""
    if m := FOOTNOTES.search(text):
        text, notes = text[: m.start()], text[m.start() :]
    cut = len(text)
    for pattern in (QUOTE_START, PLATFORM_TRAILER):
        if (m := pattern.search(text)) and m.start() < cut:
            cut = m.start()
    for m in RULE_THEN_MESSAGE.finditer(text[:cut]):
        if SIGN_OFF.search(text, 0, m.start()):
            cut = m.start()
            break
    return text[:cut], text[cut:], notes


def email_document(
    fmt: str,
    blocks: list[Block],
    links: list[str],
    meta: dict[str, str],
    attachments: list[tuple[str, bytes]],
) -> Document:
    """An email's Document (.eml or .msg): its From: kept as furniture, where a reader looks
    for who sent it."""
    furniture = [Block(text=meta["from"], kind="furniture")] if meta.get("from") else []
    return Document(
        format=fmt,
        blocks=blocks + furniture,
        links=unique(links),
        meta=meta,
        attachments=attachments,
    )


HEADER_LINE = re.compile(
    r"\s*(?:-{2,}\s*Original\s+Message|(?:From|Sent|Date|To|Cc|Subject):\s|$)", re.I
)


def _first_content(lines: list[str]) -> str:
    """The first line after a quoted message's separator and headers."""
    return next((ln for ln in lines if not HEADER_LINE.match(ln)), "")


def message_blocks(text: str, *, where: str = "") -> list[Block]:
    """A message's text as blocks: its own words, then quoted and footnote blocks marked."""
    own, quoted, notes = split_message(text)
    blocks = lines_to_blocks(own.split("\n"), where=where)
    lines = quoted.split("\n")
    marked = [ln for ln in lines[1:] if ln.strip()]
    if (
        marked
        and any(ln.lstrip().startswith(">") for ln in marked)
        and not all(ln.lstrip().startswith(">") for ln in marked)
        # (an earlier message whose own words are not ">"-marked: a thread quoted whole)
        and _first_content(marked).lstrip().startswith(">")
    ):
        # Answers written between the quoted questions: only the ">" lines are quoted, and
        # each run of lines is read on its own (the quoted ones are wrapped, the answers not).
        for quoted_run, run in groupby(lines, key=lambda ln: ln.lstrip().startswith(">")):
            run_lines = [re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in run]
            for b in lines_to_blocks(run_lines, where=where):
                b.quote = quoted_run
                blocks.append(b)
    else:
        quoted_lines = [re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in lines]
        for b in lines_to_blocks(quoted_lines, where=where):
            b.quote = True
            blocks.append(b)
    if notes.strip():
        blocks.append(Block(text=notes.strip(), kind="furniture"))
    return blocks
