"""The shape every format reader produces: an ordered list of text blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypedDict

# A table cell holding only a question number ("1", "Q1", "(a)") labels the cell beside it.
NUMBER_CELL = re.compile(r"(?:Q\.?\s*)?\d{1,2}[.)]?|\(?[a-eA-E][.)]")


class ParseError(Exception):
    """A document that cannot be read; the message is one line a user can act on (a reason
    quoted from a library, lxml's say, has its line breaks folded into spaces)."""

    def __init__(self, *args: object) -> None:
        if len(args) == 1 and isinstance(args[0], str):
            args = (" ".join(args[0].split()),)
        super().__init__(*args)


@dataclass
class Block:
    """One paragraph-like unit of a document, in reading order.

    kind: para | heading | item | cell | furniture (running headers, footers, letterheads in
    header parts: kept for finding the authority, never part of an answer).
    """

    text: str
    kind: str = "para"
    strong: bool = False  # the whole block is bold or a heading
    label: str | None = None  # an automatic list number that is not in the text ("1.", "(a)")
    where: str = ""  # page or section, for citing
    row: int | None = None  # table row, shared by the cells of one row
    cell: int | None = None  # table cell, shared by the paragraphs of one cell
    table: int | None = None
    quote: bool = False  # part of a quoted original message


class Placement(TypedDict, total=False):
    """Where a reader places a block: Block's fields beside its text, kind and strength,
    passed on as keywords."""

    label: str | None
    where: str
    row: int | None
    cell: int | None
    table: int | None
    quote: bool


@dataclass
class Document:
    format: str  # html | pdf | docx | eml | txt
    blocks: list[Block]
    links: list[str] = field(default_factory=list)  # http(s) URLs the document gives, in order
    meta: dict[str, str] = field(default_factory=dict)  # title, sender, host, ...
    attachments: list[tuple[str, bytes]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.kind != "furniture")
