"""The clean-up the markup readers (parsers/html.py, parsers/docx.py) share.

- A paragraph read as runs of bold and plain text becomes a block, bold where all of it is;
  one that opens with a bold lead ("<b>1. Was there a review?</b> Yes, ...") becomes two, the
  question printed with its answer and the answer.
- A table cell holding only a question number ("1", "Q1", "(a)") where it opens its row is
  the label of the cell beside it (No. | Question | Answer); further in, a number is a
  figure ("2019/20 | 14 | 6").
- An element's text as it was typed: each <br> a line break (element_text; the Alaveteli
  reader's messages, and an email's lines on a council's page).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Unpack

from lxml import etree

from parsers.model import NUMBER_CELL, Block, Placement

Runs = list[tuple[str, bool]]  # a paragraph's text as (text, is_bold) runs

# A bold opening of at least this many characters is a question printed with its answer.
BOLD_LEAD_MIN = 12


def bold_lead(runs: Runs) -> str:
    """The bold text a paragraph opens with ("<b>1. Was there a review?</b> Yes, ..."),
    whitespace folded; empty where the paragraph does not open in bold."""
    lead = ""
    for text, bold in runs:
        if not bold and text.strip():
            break
        lead += text
    return re.sub(r"\s+", " ", lead).strip()


def all_bold(runs: Runs, text: str, fold: Callable[[str], str]) -> bool:
    """Is all of the paragraph's text bold? (`fold`: the reader's whitespace folding, applied
    to both before they are compared)"""
    bold = fold("".join(t for t, b in runs if b)).strip()
    return bold != "" and bold == fold(text)


def split_lead(runs: Runs, text: str, tidy: Callable[[str], str]) -> tuple[str, str] | None:
    """A bold lead of BOLD_LEAD_MIN characters or more and the rest of the paragraph after
    it (`tidy`: the reader's clean-up of that rest), or None where there are not both."""
    lead = bold_lead(runs)
    if len(lead) < BOLD_LEAD_MIN or not text.startswith(lead):
        return None
    rest = tidy(text[len(lead) :])
    return (lead, rest) if rest else None


def paragraph_blocks(
    text: str,
    runs: Runs,
    kind: str,
    *,
    strong: bool,
    fold: Callable[[str], str],
    tidy: Callable[[str], str],
    rest_kind: str,
    **place: Unpack[Placement],
) -> list[Block]:
    """A paragraph's blocks: one (bold where `strong`, a heading, or where all its text is);
    or, where it opens with a bold lead, the lead (kind `kind`, the paragraph's label) and
    the rest (kind `rest_kind`, no label)."""
    strong = strong or all_bold(runs, text, fold)
    if not strong and (split := split_lead(runs, text, tidy)):
        lead, rest = split
        unlabelled = place.copy()
        unlabelled.pop("label", None)
        return [
            Block(text=lead, kind=kind, strong=True, **place),
            Block(text=rest, kind=rest_kind, **unlabelled),
        ]
    return [Block(text=text, kind=kind, strong=strong, **place)]


def labels_next(cell: Block, before: Block | None, block: Block) -> bool:
    """Does `cell`, holding only a question number and opening its table row (`before`: the
    block before it), label `block`, the next in that row?"""
    return (
        block.row is not None
        and cell.row == block.row
        and (before is None or before.row != cell.row)
        and NUMBER_CELL.fullmatch(cell.text) is not None
    )


def merge_number_cells(blocks: list[Block]) -> list[Block]:
    """Every cell (a block of kind "cell") holding only a number at the start of its row,
    taken as the label of the block after it (the HTML reader: after the walk)."""
    out: list[Block] = []
    for b in blocks:
        if (
            out
            and out[-1].kind == "cell"
            and labels_next(out[-1], out[-2] if len(out) >= 2 else None, b)
        ):
            b.label = out.pop().text
        out.append(b)
    return out


def merge_number_cell(blocks: list[Block], start: int) -> None:
    """The block before `start` (the first of a cell just read) taken as its label where it
    is a number opening the row (the DOCX reader: cell by cell)."""
    if start >= 1 and len(blocks) > start:
        prev, first = blocks[start - 1], blocks[start]
        if labels_next(prev, blocks[start - 2] if start >= 2 else None, first):
            first.label = prev.text
            del blocks[start - 1]


def element_text(el: etree._Element) -> str:
    """Text with <br> as a line break and paragraphs apart, as the message was written
    (the page source's own line breaks are only whitespace, as a browser reads them): an
    Alaveteli message, or an email's lines kept by <br> on a council's page."""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        if isinstance(node.tag, str):
            if node.tag == "br":
                out.append("\n")
            elif node.text:
                out.append(node.text.replace("\n", " "))
            for child in node:
                walk(child)
            if node.tag in ("p", "div"):
                out.append("\n\n")
        if node.tail:
            out.append(node.tail.replace("\n", " "))

    for child in el:
        walk(child)
    text = ((el.text or "").replace("\n", " ") + "".join(out)).replace("\xa0", " ")
    return re.sub(r"\n[ \t]+", "\n", text)
