"""Coding rules of the s47 medicals campaign: figures per year, read from wherever a reply
puts them.

The request asks, for each financial year 2019/20 to 2024/25, how many section 47 enquiries
were started for babies under one with bruising recorded as a reason (question 1), and how
many child protection medicals were carried out for them because of bruising (question 2);
where bruising cannot be told apart from other injuries, for all injuries (question 3).

Replies give the figures in tables (years as rows or as columns, both questions in one
table or one each, in the letter or in an attached PDF or Word file), in lists ("2019/20:
14") or in prose ("In 2019/20 there were 14 enquiries and 6 medicals"). One coder reads them
all: each block of the document (a table, a paragraph, a line) is read as a stream of
tokens, years, figures and words, in which it looks for years as columns (a row of years,
then a row of figures per question), years as rows (a year, then one figure per question),
and, in sentences, a year with the figure beside it. Which question a figure answers is read
from the words beside it (its column or row heading, "14 enquiries"), else from the question
whose answer it sits under, else from the heading above it.

A figure is a count, "<5" for a suppressed small number however written ("<5", "fewer than
five", "*", "1-4", "suppressed"), or null for a year the reply marks as not given ("-",
"n/a"). A calendar year stands for the financial year that starts in it (2019 -> 2019/20).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from parsers.coding import NEGATION, Coded
from parsers.context import Context
from parsers.model import NUMBER_CELL
from parsers.outcome import answer_given
from parsers.sentences import norm, sentences

SUPPRESSED = "<5"
MEASURES = ("s47_enquiries", "cp_medicals")

# -- tokens ---------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A financial year: 2019/20, 2019-20, 2019/2020, 2019 - 2020, FY19/20, 19/20, April 2019 to
# March 2020, the year ending March 2020.
FINANCIAL = re.compile(
    r"\b(?:apr(?:il)?\s+)((?:19|20)\d\d)\s*(?:to|-|–|—|until)\s*(?:31(?:st)?\s+)?mar(?:ch)?\s+((?:19|20)\d\d)\b"
    r"|\b(?:(?:financial\s+)?year|twelve\s+months|12\s+months)\s+(?:ending|ended|to)\s+(?:31(?:st)?\s+)?mar(?:ch)?\s+((?:19|20)\d\d)\b"
    r"|(?<![\d/.-])(?:FY\s*)?((?:20)?(?:1\d|2\d))\s*(?:/|-|–|—|\bto\b)\s*((?:20)?\d\d)(?![\d/]|\.\d|-\d)",
    re.I,
)
CALENDAR = re.compile(r"(?<![\d/.£$-])\b(20(?:1\d|2\d))\b(?!\s*[/–—-]\s*\d|[\d%]|\.\d)")
# A year in a date ("3 March 2021", "March 2021") is not a year of figures.
IN_DATE = re.compile(rf"(?:\b{_MONTH}\.?|\b\d{{1,2}}(?:st|nd|rd|th)?)\s*,?\s*$", re.I)
SUPPRESS = re.compile(
    r"[<≤]\s*=?\s*(?:5|five|6|six|10|ten|3|three)\b"
    r"|\b(?:fewer|less)\s+than\s+(?:5|five|6|six|10|ten|3|three)\b"
    r"|\b(?:5|five)\s+or\s+(?:fewer|less|under|below)\b"
    r"|\bunder\s+(?:5|five)\b(?!\s+(?:years?|months?))"
    r"|\b(?:between\s+)?[01]\s*(?:-|–|to|and)\s*4\b"
    r"|(?<![\w*])\*{1,2}(?![\w*])"
    r"|\bsuppress(?:ed|ion)\b|\[c\]|\bredacted\b|\bsmall\s+numbers?\b|\blow\s+numbers?\b",
    re.I,
)
MISSING = re.compile(
    r"^\s*(?:-|–|—|n/?a|not\s+(?:available|applicable|recorded|known|held|collected)|no\s+data"
    r"|unknown|unavailable|\.{2,}|x|\[x\]|\[z\])\s*$",
    re.I,
)
NUMBER = re.compile(r"(?<![\w/.£$,-])(\d{1,3}(?:,\d{3})+|\d{1,4})(?![\w/%£-]|\.\d|,\d)")
WORD_NUMBERS = {
    "nil": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
WORD_NUMBER = re.compile(r"\b(" + "|".join(WORD_NUMBERS) + r")\b", re.I)
# Numbers that are not figures: "section 47", "under 1", "Q2", "page 3", dates, durations.
NOT_A_FIGURE_BEFORE = re.compile(
    r"(?:\bs(?:ection)?|\bs\.|\bunder|\baged?|\bquestions?|\bq|\bpart|\bpage|\bpoint|\bparagraph|\bpara"
    r"|\bappendix|\bannex|\btable|\bstep|\bregulation|\bact|\bref(?:erence)?|\bno\.?|\bnumber|\bitem"
    r"|\bchapter|\bversion|\bv|\blevel|\btier|\bphase|\bstage|\bweek|\bday|\bmonth|£|\$|#|"
    rf"{_MONTH}|\bfirst|\bover|\babove|\bpost(?:code)?)\s*\.?\s*$",
    re.I,
)
NOT_A_FIGURE_AFTER = re.compile(
    rf"^\s*(?:%|per\s*cent|percent|days?|working|weeks?|months?|years?\s+old|hours?|minutes?|pages?"
    rf"|st\b|nd\b|rd\b|th\b|(?:st|nd|rd|th)?\s*{_MONTH}\b|am\b|pm\b|[.)]\s+[A-Z(])",
    re.I,
)
# Which question a heading, a label or a sentence speaks of.
S47 = re.compile(
    r"\bs\.?\s?47\b|\bsection\s*47\b|\benquir(?:y|ies)\b|\binvestigations?\b|\bquestion\s*1\b|^\s*q?1[.):]?\s*$",
    re.I,
)
MEDICAL = re.compile(
    r"\bmedicals?\b|\bexamination|\bexamined\b|\bcp\s?med|\bpaediatric\s+assessments?\b|\bquestion\s*2\b|^\s*q?2[.):]?\s*$",
    re.I,
)
ALL_INJURIES_LABEL = re.compile(
    r"\ball\s+(?:physical\s+)?injur|\bany\s+(?:physical\s+)?injur|\bother\s+injur|\bnon[- ]accidental\s+injur|\bNAI\b|\bphysical\s+(?:abuse|injur)",
    re.I,
)
BRUISING_LABEL = re.compile(r"\bbruis", re.I)
TOTAL = re.compile(r"\btotals?\b|\ball\s+years\b|\boverall\b|\bsum\b", re.I)


@dataclass
class Token:
    kind: str  # year | value | word | sep (a cell or row boundary)
    value: Any = None  # year: its key (2019/20); value: a count, "<5" or None
    text: str = ""
    basis: str = ""  # year: financial | calendar
    row: int = 0


def _year_key(first: int, second: int) -> str | None:
    """'2019/20' from 2019 and 2020 (or 20), where they are consecutive."""
    if first < 100:
        first += 2000
    if second < 100:
        second += (first // 100) * 100
    if second != first + 1 or not 2010 <= first <= 2030:
        return None
    return f"{first}/{second % 100:02d}"


def _spans(text: str) -> list[tuple[int, int, Token]]:
    """Years, figures and suppression marks in `text`, with where each is."""
    found: list[tuple[int, int, Token]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in FINANCIAL.finditer(text):
        if m.group(1):
            key = _year_key(int(m.group(1)), int(m.group(2)))
        elif m.group(3):
            key = _year_key(int(m.group(3)) - 1, int(m.group(3)))
        else:
            a, b = m.group(4), m.group(5)
            # A short form (19/20) only where both halves are two digits.
            key = _year_key(int(a), int(b)) if (len(a) == 4 or len(b) == 2) else None
            if key and len(a) == 2 and re.search(r"\d\s*[/.]\s*$", text[: m.start()]):
                key = None  # a date, 12/19/20
        if key:
            found.append((m.start(), m.end(), Token("year", key, m.group(0), "financial")))
            taken.append((m.start(), m.end()))
    for m in CALENDAR.finditer(text):
        if free(m.start(), m.end()) and not IN_DATE.search(
            text[max(0, m.start() - 14) : m.start()]
        ):
            year = int(m.group(1))
            key = f"{year}/{(year + 1) % 100:02d}"
            found.append((m.start(), m.end(), Token("year", key, m.group(0), "calendar")))
            taken.append((m.start(), m.end()))
    for m in SUPPRESS.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), Token("value", SUPPRESSED, m.group(0))))
            taken.append((m.start(), m.end()))
    for m in NUMBER.finditer(text):
        if not free(m.start(), m.end()):
            continue
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 30]
        if NOT_A_FIGURE_BEFORE.search(before) or NOT_A_FIGURE_AFTER.match(after):
            continue
        if re.match(r"\s*[.)]\s*$", after[:2]) and not text[: m.start()].strip():
            continue  # "1." or "2)" opening a line: a list's number
        n = int(m.group(1).replace(",", ""))
        found.append((m.start(), m.end(), Token("value", n, m.group(0))))
        taken.append((m.start(), m.end()))
    for m in WORD_NUMBER.finditer(text):
        if free(m.start(), m.end()):
            word = m.group(1).lower()
            after = text[m.end() : m.end() + 30]
            if word in ("one", "two") and re.match(r"\s*(?:year|month|week)", after, re.I):
                continue  # "under one year"
            if NOT_A_FIGURE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue  # "children under one"
            found.append((m.start(), m.end(), Token("value", WORD_NUMBERS[word], m.group(0))))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f[0])


def tokens(text: str, row: int = 0) -> list[Token]:
    """A cell's or a line's tokens, words between them kept as word tokens."""
    if MISSING.match(text):
        return [Token("value", None, text.strip(), row=row)]
    out: list[Token] = []
    at = 0
    for start, end, tok in _spans(text):
        words = text[at:start].strip(" \t:;,=|()[]")
        if words and re.search(r"\w", words):
            out.append(Token("word", None, words, row=row))
        tok.row = row
        out.append(tok)
        at = end
    rest = text[at:].strip(" \t:;,=|()[].")
    if rest and re.search(r"\w", rest):
        out.append(Token("word", None, rest, row=row))
    return out


# -- where figures are -----------------------------------------------------------------------


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


def measure_of(text: str) -> str | None:
    """The question a label or a heading names: the first one it names."""
    s47, med = S47.search(text), MEDICAL.search(text)
    if s47 and med:
        return MEASURES[0] if s47.start() <= med.start() else MEASURES[1]
    return MEASURES[0] if s47 else MEASURES[1] if med else None


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


# -- reading a unit ------------------------------------------------------------------------------


def _stream(unit: Unit) -> list[Token]:
    out: list[Token] = []
    for r, row in enumerate(unit.rows):
        for cell in row:
            out.extend(tokens(cell, r))
            out.append(Token("sep", row=r))
        out.append(Token("sep", "row", row=r))
    return out


def _label(words: list[Token]) -> str:
    return " ".join(t.text for t in words)


def read_columns(stream: list[Token], unit: Unit, found: Found) -> set[int]:
    """Years as columns: a run of years, then rows of a label and one figure per year."""
    used: set[int] = set()
    i = 0
    while i < len(stream):
        if stream[i].kind != "year":
            i += 1
            continue
        run, j, total = [i], i + 1, False
        while j < len(stream):
            t = stream[j]
            if t.kind == "year":
                run.append(j)
            elif t.kind == "word" and TOTAL.search(t.text) and len(t.text.split()) <= 3:
                total = True
            elif t.kind != "sep":
                break
            j += 1
        if len(run) < 2:
            i += 1
            continue
        years = [stream[k] for k in run]
        n = len(years)
        k, rows_read = j, 0
        label: list[Token] = []
        while k < len(stream) and stream[k].kind != "year":
            t = stream[k]
            if t.kind != "value":
                if t.kind == "word":
                    label.append(t)
                k += 1
                continue
            values, m = [], k
            while m < len(stream) and stream[m].kind in ("value", "sep"):
                if stream[m].kind == "value":
                    values.append(m)
                m += 1
            if len(values) == n or (len(values) == n + 1 and (total or rows_read == 0)):
                text = _label(label)
                named = measure_of(text)
                if named:
                    measure, sure = named, 0.85
                elif TOTAL.search(text):
                    measure, sure = None, 0.0
                elif rows_read == 0 and not _more_rows(stream, m, n) and unit.context:
                    measure, sure = unit.context, 0.7
                elif rows_read < 2 and not text.strip():
                    measure, sure = MEASURES[rows_read], 0.55
                else:
                    measure, sure = None, 0.0
                for y, v in zip(years, values[:n], strict=False):
                    found.add(measure, y, stream[v].value, text, _evidence(unit), sure)
                used.update(run)
                used.update(values)
                rows_read += 1
            label = []
            k = m
        i = max(k, i + 1)
    return used


def _more_rows(stream: list[Token], start: int, n: int) -> bool:
    """Does another row of n figures follow, before the next year?"""
    count = 0
    for t in stream[start:]:
        if t.kind == "year":
            return False
        if t.kind == "value":
            count += 1
            if count >= n:
                return True
    return False


def read_rows(stream: list[Token], unit: Unit, found: Found, used: set[int]) -> None:
    """Years as rows: a year, then its figures (one per question), in a table or a list."""
    entries: list[tuple[int, list[int], list[Token]]] = []  # (year, figures, words between)
    for i, t in enumerate(stream):
        if t.kind != "year" or i in used:
            continue
        values: list[int] = []
        between: list[Token] = []
        j = i + 1
        while j < len(stream) and stream[j].kind != "year":
            s = stream[j]
            if s.kind == "value" and j not in used:
                values.append(j)
            elif s.kind == "word":
                if values or len(s.text) > 40 or (not unit.table and len(s.text.split()) > 4):
                    break
                between.append(s)
            elif s.value == "row" and values:
                break
            j += 1
        after = stream[j] if j < len(stream) else None
        if after is not None and after.kind == "word" and after.row == t.row and not unit.table:
            if len(after.text.split()) >= 2:
                continue  # "... 31 section 47 enquiries and 12 medicals": prose, read below
            nxt = stream[j + 1] if j + 1 < len(stream) else None
            if re.match(r"(?:in|during|for)$", after.text, re.I) and nxt and nxt.kind == "year":
                continue  # "22 in 2019/20, 25 in 2020/21": each figure before its year
        if values and between and re.search(r"\b(?:in|during|for)$", between[-1].text, re.I):
            continue
        if values:
            entries.append((i, values, between))
    if not entries:
        return
    widths = [len(v) for _, v, _ in entries]
    width = max(set(widths), key=widths.count)
    columns: list[tuple[str | None, str, float]] = []
    last_row = -2
    for i, values, between in entries:
        if len(values) != width and width > 1:
            continue
        row = stream[i].row
        if row > last_row + 1 or not columns:
            # The first row of a table: its headings; the rows below share them.
            columns = _columns(_header(stream, unit, i), width, _named(stream, unit, i))
        last_row = row
        inline = _label(between)
        for c, v in enumerate(values[:width]):
            measure, label, sure = columns[c]
            if width == 1 and measure_of(inline):
                measure, label, sure = measure_of(inline), inline, 0.8
            found.add(measure, stream[i], stream[v].value, label or inline, _evidence(unit), sure)


def _header(stream: list[Token], unit: Unit, at: int) -> list[str]:
    """The column headings of the row whose year is stream[at]: the words before the year
    in its own row, else the nearest row above made of words only (its cells)."""
    row = stream[at].row
    own = [t for t in stream[:at] if t.row == row and t.kind == "word"]
    if own and not any(t.row == row and t.kind in ("year", "value") for t in stream[:at]):
        return [_label(own)]
    for r in range(row - 1, -1, -1):
        kinds = {t.kind for t in stream if t.row == r} - {"sep"}
        if kinds == {"word"}:
            return unit.rows[r]
        if "year" in kinds:
            continue  # a row of figures above: the same table
    return []


def _named(stream: list[Token], unit: Unit, at: int) -> str | None:
    """The question the nearest row above (a heading, the header row) names; else the
    unit's context."""
    for r in range(stream[at].row, -1, -1):
        words = " ".join(t.text for t in stream if t.row == r and t.kind == "word")
        if r == stream[at].row:
            words = " ".join(t.text for t in stream[:at] if t.row == r and t.kind == "word")
        if named := measure_of(words):
            return named
    return unit.context


def _columns(
    cells: list[str], width: int, named: str | None
) -> list[tuple[str | None, str, float]]:
    """What each column of figures counts, from the headings above them."""
    head = " ".join(cells)
    if len(cells) >= width:
        # One heading per column ("Year | S47 enquiries | CP medicals | Total"): a column
        # whose heading names neither question (a total) is left out.
        got = [(measure_of(c), c, 0.85) for c in cells[-width:]]
        if any(m for m, _, _ in got):
            return got
        # "Bruising | Other injuries | All injuries" under one question: the bruising column.
        kinds = [
            "bruising" if BRUISING_LABEL.search(c) and not ALL_INJURIES_LABEL.search(c) else c
            for c in cells[-width:]
        ]
        if kinds.count("bruising") == 1 and named and width > 1:
            return [
                (named, c, 0.75) if k == "bruising" else (None, c, 0.0)
                for k, c in zip(kinds, cells[-width:], strict=True)
            ]
    if width == 1:
        m = measure_of(head)
        return [(m, head, 0.8)] if m else [(named, head, 0.65)]
    parts = sorted(
        (m.start(), MEASURES[0] if pattern is S47 else MEASURES[1])
        for pattern in (S47, MEDICAL)
        for m in pattern.finditer(head)
    )
    ordered = [m for _, m in parts]
    distinct = list(dict.fromkeys(ordered))
    label = head if ALL_INJURIES_LABEL.search(head) else ""
    if len(distinct) == width:
        return [(m, label, 0.75) for m in distinct]
    if width == 2:  # two unnamed columns: the questions in the order they were asked
        return [(MEASURES[0], label, 0.55), (MEASURES[1], label, 0.55)]
    return [(None, head, 0.0)] * width


def _evidence(unit: Unit) -> str:
    text = " | ".join(" ".join(r) for r in unit.rows)
    return text if len(text) <= 300 else text[:297] + "..."


# -- prose ------------------------------------------------------------------------------------

CONNECT_AFTER = re.compile(
    r"^(?:[:=–—-]|,|there\s+were|we\s+(?:started|carried\s+out|undertook|held|recorded|had)"
    r"|the\s+(?:figure|number|total|count)\s+(?:was|is|rose|fell|increased|decreased|dropped|went\s+(?:up|down))(?:\s+to)?"
    r"|(?:was|were|is)|saw|\s)*$",
    re.I,
)
CONNECT_BEFORE = re.compile(
    r"^\s*(?:in|during|for|over|across|\()?\s*(?:the\s+)?(?:(?:financial|calendar)\s+)?(?:year\s+)?$"
    # "12 section 47 enquiries started in 2019/20", "7 children aged under one in 2019/20"
    r"|^\s*(?:[a-z][\w'’-]*\s+|47\s+|one\s+){1,8}?(?:in|during)\s+(?:the\s+)?(?:(?:financial|calendar)\s+)?(?:year\s+)?$",
    re.I,
)
LONG_BEFORE = re.compile(
    r"^\s*(?:[a-z][\w'’-]*,?\s+|47\s+|one\s+){1,18}?(?:in|during)\s+(?:the\s+)?(?:(?:financial|calendar)\s+)?(?:year\s+)?$",
    re.I,
)
# "... and 9 the following year": the year after the one named before it.
FOLLOWING = re.compile(r"^\s*(?:in\s+)?the\s+(?:following|next)\s+(?:financial\s+)?year\b", re.I)
# "in both 2023/24 and 2024/25", "in each of the next three years (2020/21, 2021/22 and
# 2022/23)": one figure for every year of the list.
EACH = re.compile(r"\b(?:both|each|all|every)\b[^.\d]{0,40}$", re.I)
LIST_GAP = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$", re.I)
EACH_BEFORE = re.compile(
    r"^\s*(?:in|for|during)\s+(?:both|each\s+of|all\s+of|every\s+one\s+of)\s+(?:the\s+)?(?:years\s+)?\(?$",
    re.I,
)


def _year_lists(s: str, years: list[tuple[int, int, Token]]) -> list[list[int]]:
    """Runs of two or more years named together after 'both', 'each' or 'all'."""
    runs: list[list[int]] = []
    run: list[int] = []
    for n in range(len(years)):
        if run and LIST_GAP.match(s[years[n - 1][1] : years[n][0]]):
            run.append(n)
            continue
        if len(run) > 1 and EACH.search(s[: years[run[0]][0]]):
            runs.append(run)
        run = [n]
    if len(run) > 1 and EACH.search(s[: years[run[0]][0]]):
        runs.append(run)
    return runs


def read_prose(ctx: Context, found: Found) -> None:
    """Sentences that give a year and a figure beside it: "14 in 2019/20", "In 2020/21
    there were 12 section 47 enquiries and 5 medicals"."""
    questions = [norm(q.text) for q in ctx.campaign.questions]
    for n, measure_default in ((1, MEASURES[0]), (2, MEASURES[1]), (0, None)):
        text = ctx.text if n == 0 else ctx.answers.get(n, "")
        for s in sentences(text):
            if any(_similar(norm(s), q) for q in questions):
                continue  # the request quoted back
            _read_sentence(s, measure_default, found)


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    # The request quoted back is nearly word for word; a council's own sentence on the same
    # subject ("we are unable to separate bruising from other injuries ...") is not.
    return len(a) > 30 and fuzz.ratio(a, b) >= 85


def _read_sentence(s: str, default: str | None, found: Found) -> None:
    spans = _spans(s)
    years = [(a, b, t) for a, b, t in spans if t.kind == "year"]
    values = [(a, b, t) for a, b, t in spans if t.kind == "value"]
    if not years or not values:
        return
    sentence_measure = measure_of(s)
    listed: set[int] = set()
    for run in _year_lists(s, years):
        listed.update(run)
        first, last = years[run[0]], years[run[-1]]
        end = years[run[-1] + 1][0] if run[-1] + 1 < len(years) else len(s)
        start = years[run[0] - 1][1] if run[0] > 0 else 0
        before = [v for v in values if start <= v[0] and EACH_BEFORE.match(s[v[1] : first[0]])]
        after = [
            v
            for v in values
            if last[1] <= v[0] < end and CONNECT_AFTER.match(_gap(s, last[1], v[0]).strip(" )"))
        ][:1]
        for va, vb, v in (before or after)[-1:]:
            measure = _names(s, (va, vb, v)) or sentence_measure or default
            for n in run:
                found.add(measure, years[n][2], v.value, s, s, 0.6)
    for n, (a, b, y) in enumerate(years):
        if n in listed:
            continue
        if RANGE_BEFORE.search(s[:a]) and n > 0 or RANGE_AFTER.match(s[b:]):
            continue  # "between 2019/20 and 2024/25": a span of years, not one year's figure
        end = years[n + 1][0] if n + 1 < len(years) else len(s)
        start = years[n - 1][1] if n > 0 else 0
        before = [
            v
            for v in values
            if start <= v[0]
            and v[1] <= a
            and (
                CONNECT_BEFORE.match(s[v[1] : a])
                # "12 section 47 enquiries started for children under one where bruising
                # was recorded as a reason in 2019/20": a figure its words name, then its year
                or (LONG_BEFORE.match(s[v[1] : a]) and measure_of(" ".join(s[v[1] :].split()[:4])))
            )
        ]
        after = [v for v in values if b <= v[0] < end]
        picked: list[tuple[int, int, Token]] = []
        if before and re.match(r"\s*(?:in|during|for|\()", s[before[-1][1] : a], re.I):
            picked = [before[-1]]
        elif after and CONNECT_AFTER.match(_gap(s, b, after[0][0])):
            picked = after
        elif before:
            picked = [before[-1]]
        named = [(v, _names(s, v)) for v in picked]
        if any(m for _, m in named):
            # "14 enquiries and 6 medicals": each figure the words beside it name.
            for (_va, vb, v), m in named:
                if m and not TOTAL_NEAR.search(s[vb : vb + 30]):
                    found.add(m, y, v.value, s, s, 0.7)
            continue
        va, vb, v = picked[0] if picked else (0, 0, None)  # type: ignore[assignment]
        measure = sentence_measure or default
        if v is None or measure is None or TOTAL_NEAR.search(s[vb : vb + 30]):
            continue
        found.add(measure, y, v.value, s, s, 0.65)
    for va, vb, v in values:
        if FOLLOWING.match(s[vb:]) and (named_before := [t for a, _, t in years if a < va]):
            last = named_before[-1]
            first = int(str(last.value)[:4]) + 1
            nxt = Token("year", f"{first}/{(first + 1) % 100:02d}", "", last.basis)
            measure = _names(s, (va, vb, v)) or sentence_measure or default
            if measure:
                found.add(measure, nxt, v.value, s, s, 0.6)


def _names(s: str, v: tuple[int, int, Token]) -> str | None:
    """The question the words right after a figure name ("14 section 47 enquiries")."""
    after = re.split(r",|;|\band\b|\bin\s+20|\(", s[v[1] : v[1] + 60])[0]
    return measure_of(after) if len(after.split()) <= 7 else None


RANGE_BEFORE = re.compile(r"\b(?:between|from)\b[^.]{0,30}\d\s*(?:and|to|-|–)\s*$", re.I)
RANGE_AFTER = re.compile(
    r"^\s*(?:and|to|-|–|until)\s*(?:the\s+)?(?:financial\s+year\s+)?(?:20\d\d|\d\d\s*[/-]\s*\d\d)",
    re.I,
)
TOTAL_NEAR = re.compile(
    r"^\s*(?:in\s+total|altogether|overall|in\s+all|over\s+the\s+(?:six|6|period))", re.I
)


def _gap(s: str, a: int, b: int) -> str:
    gap = s[a:b]
    # "2019/20 there were 14", "2019/20: 14", "2019/20 - 14": a few connecting words only.
    return gap if len(gap.split()) <= 4 else "x" * 50


# -- the coder -----------------------------------------------------------------------------------

CANNOT_SEPARATE = re.compile(
    r"\b(?:cannot|can\s*not|can['’]t|unable\s+to|not\s+(?:able|possible)\s+to|(?:does|do|did)\s+not|(?:doesn|don|didn)['’]t|no\s+way\s+to)\s+"
    r"(?:\w+\s+){0,3}?(?:separate|separately|distinguish|identify|isolate|break\s+(?:this|these|it|them)?\s*down|split|disaggregate|differentiate|extract|record|filter|report)\b[^.]{0,120}"
    r"|\b(?:bruising|bruises?)\b[^.]{0,60}\b(?:is|are)\s+not\s+(?:recorded|captured|held|coded)\s+(?:separately|as\s+a\s+(?:separate|distinct|specific))"
    r"|\bnot\s+recorded\s+(?:separately|as\s+a\s+(?:separate|distinct|specific))\b"
    r"|\b(?:figures?|numbers?|data|these|information|above|below|table)\b[^.]{0,60}\b(?:cover|covers|include|includes|including|relate\s+to|relates\s+to|are\s+for|is\s+for|show|shows|represent|reflect)s?\s+(?:all|any|every)\s+(?:types?\s+of\s+|kinds?\s+of\s+|forms?\s+of\s+)?(?:physical\s+)?injur"
    r"|\b(?:all|any)\s+(?:types?\s+of\s+)?(?:physical\s+)?injur(?:y|ies)\b[^.]{0,60}\b(?:rather\s+than|not\s+(?:just|only))\s+bruis"
    r"|\bhave\s+(?:therefore\s+|instead\s+)?(?:given|provided|included|supplied)\b[^.]{0,60}\b(?:all|any|other)\s+(?:physical\s+)?injur",
    re.I,
)
CAN_SEPARATE = re.compile(
    r"\b(?:(?:are|were|is)\s+able\s+to|can|could|did|have)\s+(?:\w+\s+){0,2}?(?:separate|distinguish|identify|isolate)\b(?![^.]{0,40}\bnot\b)"
    r"|\bnot\s+applicable\b|^\s*n/?a\b|\b(?:figures?|numbers?)\b[^.]{0,40}\b(?:are|relate)\s+(?:specifically\s+|only\s+)?(?:to|for)\s+bruis",
    re.I,
)
CALENDAR_WORDS = re.compile(
    r"\bcalendar\s+years?\b|\bjanuary\s+(?:to|-|–)\s+december\b|\bby\s+year\s+(?:of|not)\b", re.I
)
FINANCIAL_WORDS = re.compile(r"\bfinancial\s+years?\b|\bapril\s+(?:to|-|–)\s+march\b", re.I)


def code_counts(ctx: Context) -> dict[str, Coded]:
    found = Found()
    for unit in units(ctx):
        stream = _stream(unit)
        if not any(t.kind == "year" for t in stream) or not any(t.kind == "value" for t in stream):
            continue
        used = read_columns(stream, unit, found)
        if unit.table or len(unit.rows) > 1 or _listlike(unit):
            # A long sentence among the lines is prose ("... was 6 in 2019/20, 5 in
            # 2020/21 ..."), read as prose below, not as a table's row.
            prose = {r for r, row in enumerate(unit.rows) if not unit.table and _prose_row(row)}
            used |= {k for k, t in enumerate(stream) if t.row in prose}
            read_rows(stream, unit, found, used)
    read_prose(ctx, found)
    years = _years(ctx)
    out: dict[str, Coded] = {}
    for measure in MEASURES:
        figures = {y: v for y, v in found.figures[measure].items() if y in years}
        if not any(v is not None for v in figures.values()):
            out[measure] = Coded(None, None, 0.6 if _gives_figures(ctx) else 0.8)
            continue
        value = {y: figures.get(y) for y in years}
        evidence = " / ".join(found.evidence[measure])[:600] or None
        out[measure] = Coded(value, evidence, found.sure[measure] or 0.6)
    given = [m for m in MEASURES if out[m].value is not None]
    out["year_basis"] = _year_basis(ctx, found, given)
    out["injury_basis"] = _injury_basis(ctx, found, given)
    return out


def _prose_row(row: list[str]) -> bool:
    """A long sentence, not a table's first row that a PDF joined to the text above it
    ("... medicals (Q2) 2019/20 31 22")."""
    text = " ".join(row)
    return (
        len(text) > SHORT
        and not _listlike(Unit([row], text=text))
        and bool(re.search(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", text))
        and not JOINED_ROW.search(text)
    )


JOINED_ROW = re.compile(
    r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?(?:\s+(?:\d{1,4}|<\s*5|\*|-|n/a)){1,8}\s*$", re.I
)


def _listlike(unit: Unit) -> bool:
    """A paragraph that is a list of years and figures ("2019/20: 14, 2020/21: 12")."""
    text = unit.text
    return len(FINANCIAL.findall(text)) >= 2 and len(text.split()) < 12 * len(
        FINANCIAL.findall(text)
    )


def _years(ctx: Context) -> list[str]:
    spec = ctx.campaign.fields.get(MEASURES[0], {})
    return list(spec.get("years", ()))


def _gives_figures(ctx: Context) -> bool:
    return bool(re.search(r"\d", ctx.text))


def _year_basis(ctx: Context, found: Found, given: list[str]) -> Coded:
    if not given:
        return Coded("not_stated", None, 0.8)
    bases = set().union(*(found.bases[m] for m in given))
    said = [s for s in sentences(ctx.text) if CALENDAR_WORDS.search(s) and not _quoted(ctx, s)]
    if said and not any(NEGATION.search(s[: CALENDAR_WORDS.search(s).start()]) for s in said):  # type: ignore[union-attr]
        return Coded("calendar", said[0], 0.85)
    if bases == {"calendar"}:
        evidence = found.evidence[given[0]][0] if found.evidence[given[0]] else None
        return Coded("calendar", evidence, 0.75)
    evidence = found.evidence[given[0]][0] if found.evidence[given[0]] else None
    return Coded("financial", evidence, 0.85 if "financial" in bases else 0.6)


def _quoted(ctx: Context, sentence: str) -> bool:
    """Is this sentence the request's own words, quoted back?"""
    s = norm(sentence)
    return any(_similar(s, norm(q.text)) for q in ctx.campaign.questions) or bool(
        re.match(
            r"\s*(?:under\s+the\s+foi\s+act|please\s+provide|if\s+your\s+records)", sentence, re.I
        )
    )


def _injury_basis(ctx: Context, found: Found, given: list[str]) -> Coded:
    if not given:
        return Coded("not_stated", None, 0.8)
    if any(found.all_injuries[m] for m in given):
        m = next(m for m in given if found.all_injuries[m])
        return Coded("all_injuries", found.evidence[m][0] if found.evidence[m] else None, 0.8)
    if all(found.bruising[m] for m in given):
        # (sure, but a "Bruising" column heading is no answer to question 3 of its own)
        return Coded("bruising", None, 0.8)
    own = ctx.answers.get(3, "")
    texts = [own, ctx.text] if own else [ctx.text]
    for text in texts:
        for s in sentences(text):
            if _quoted(ctx, s):
                continue
            if (m := CANNOT_SEPARATE.search(s)) and not re.search(
                r"\bif\s+(?:your|our|the)\s+records\b", s[: m.start()], re.I
            ):
                return Coded("all_injuries", s, 0.8)
    if own and answer_given(own) and (m := CAN_SEPARATE.search(own)):
        return Coded("bruising", sentences(own)[0], 0.85)
    return Coded("bruising", None, 0.7)


__all__ = ["code_counts"]
