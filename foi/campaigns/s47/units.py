"""Where figures are: the document's tables and runs of short paragraphs (a table in a PDF or
a text file is a run of short lines), each with the question its place says it answers; and
the figures found in them (Found), where bruising beats all injuries for the same year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from foi.campaigns.s47.tokens import (
    ALL_INJURIES_LABEL,
    BRUISING_LABEL,
    MEASURES,
    Token,
    measure_of,
)
from parsers.context import Context
from parsers.model import NUMBER_CELL
from parsers.sentences import norm


@dataclass
class Unit:
    """A table, or a paragraph's lines, with the question its text answers (if known)."""

    rows: list[list[str]]
    context: str | None = None  # s47_enquiries | cp_medicals: what its surroundings speak of
    text: str = ""
    table: bool = False


@dataclass
class Found:
    figures: dict[str, dict[str, Any]] = field(default_factory=lambda: {m: {} for m in MEASURES})
    bases: dict[str, set[str]] = field(default_factory=lambda: {m: set() for m in MEASURES})
    all_injuries: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(MEASURES, False))
    evidence: dict[str, list[str]] = field(default_factory=lambda: {m: [] for m in MEASURES})
    sure: dict[str, float] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0.0))
    # Figures under a heading that says bruising ("Bruising" beside "All injuries").
    bruising: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(MEASURES, False))

    def add(
        self, measure: str | None, year: Token, value: Any, label: str, evidence: str, sure: float
    ) -> None:
        if measure not in MEASURES:
            return
        injuries = bool(ALL_INJURIES_LABEL.search(label)) and not BRUISING_LABEL.search(label)
        have = self.figures[measure]
        if year.value in have:
            # The same year twice: bruising beats all injuries; otherwise the first stands.
            if not (self.all_injuries[measure] and not injuries):
                return
            self.figures[measure] = have = {}
            self.bases[measure] = set()
            self.evidence[measure] = []
        elif have and self.all_injuries[measure] != injuries and not injuries:
            # Bruising figures after all-injury ones for the same question: start again.
            self.figures[measure] = have = {}
            self.bases[measure] = set()
            self.evidence[measure] = []
        elif have and injuries and not self.all_injuries[measure]:
            return  # all-injury figures beside bruising ones: the bruising ones answer
        have[year.value] = value
        self.all_injuries[measure] = injuries
        self.bruising[measure] = not injuries and bool(BRUISING_LABEL.search(label))
        self.bases[measure].add(year.basis)
        if evidence and evidence not in self.evidence[measure]:
            self.evidence[measure].append(evidence)
        self.sure[measure] = max(self.sure[measure], sure)


def _cells(blocks: list[Any]) -> list[list[str]]:
    """A table's rows of cells; a cell holding only a number, which the readers take for
    the label of the cell beside it, is put back in its place."""
    rows: dict[int, dict[int, list[str]]] = {}
    for b in blocks:
        row = rows.setdefault(b.row or 0, {})
        cell = b.cell if b.cell is not None else len(row)
        if b.label and NUMBER_CELL.fullmatch(b.label) and cell - 1 not in row:
            row.setdefault(cell - 1, []).append(b.label)
        row.setdefault(cell, []).append(b.text)
    return [[" ".join(row[c]) for c in sorted(row)] for _, row in sorted(rows.items())]


CELL_SPLIT = re.compile(r"\t+|\s{2,}|\s+\|\s+|^\s*\||\|\s*$")


def units(ctx: Context) -> list[Unit]:
    """The document's tables and runs of short paragraphs (a table in a PDF or a text file
    is a run of short lines), each with the question it answers where its place says so
    (inside a question's answer, or under a heading that names one)."""
    blocks = [b for b in ctx.blocks if b.kind != "furniture" and not b.quote]
    if not blocks:  # no blocks (a caller that passes text alone): the text's paragraphs
        blocks = [_Para(p) for p in ctx.text.split("\n\n") if p.strip()]
    answered = {n: norm(ctx.answers.get(n, "")) for n in (1, 2)}
    out: list[Unit] = []
    heading: str | None = None
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.table is not None:
            j = i
            while j < len(blocks) and blocks[j].table == b.table:
                j += 1
            group = blocks[i:j]
            text = " ".join(x.text for x in group)
            out.append(Unit(_cells(group), _placed(text, answered) or heading, text, True))
            i = j
            continue
        j = i + 1
        # The lines of a table in a PDF or a text file are short paragraphs, the first of
        # them sometimes joined to the sentence above.
        while j < len(blocks) and blocks[j].table is None and _row_like(blocks[j].text, j > i):
            j += 1
        group = blocks[i:j]
        rows: list[list[str]] = []
        for x in group:
            for line in _lines(x.text):
                rows.append([c for c in CELL_SPLIT.split(line) if c and c.strip()])
        text = "\n".join(x.text for x in group)
        out.append(Unit(rows, _placed(text, answered) or heading, text))
        for x in group:
            # A heading or a short paragraph that names one question sets the context below.
            named = measure_of(f"{x.label} {x.text}" if x.label else x.text)
            if named and len(x.text) < 200:
                heading = named
            elif re.match(r"\s*(?:q(?:uestion)?\s*)?3\b", x.text, re.I):
                heading = None
        i = j
    return out


SHORT = 160  # a paragraph shorter than this may be a line of a table
# A table's last row that a PDF's text joined to the note below it: "Medicals 6 <5 8 7
# Where a number is less than 5 ...".
ROW_THEN_PROSE = re.compile(
    r"^(?P<row>[^\n]{0,100}?(?:\s(?:\d{1,4}|[<*]\s*5?|-|nil|(?:less|fewer)\s+than\s+(?:5|five))){2,})\s+(?=[A-Z][a-z]+\s+\w+\s+\w+)"
)


def _row_like(text: str, joined: bool) -> bool:
    """May this paragraph be (or begin with) a line of the table above it?"""
    return len(text) < SHORT or (joined and bool(ROW_THEN_PROSE.match(text)))


def _lines(text: str) -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        if m := ROW_THEN_PROSE.match(line):
            out += [m.group("row"), line[m.end() :]]
        elif line.strip():
            out.append(line)
    return out


@dataclass
class _Para:
    text: str
    kind: str = "para"
    table: int | None = None
    label: str | None = None
    quote: bool = False


def _placed(text: str, answered: dict[int, str]) -> str | None:
    """The question whose answer (as the splitter placed it) holds this text."""
    t = norm(text)
    if len(t) < 3:
        return None
    hits = [n for n, a in answered.items() if a and t in a]
    return MEASURES[hits[0] - 1] if len(hits) == 1 else None
