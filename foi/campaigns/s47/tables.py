"""Reading a table or a run of lines as a stream of tokens: years as columns (a row of years,
then a row of figures per question) and years as rows (a year, then a figure per question).
Which question a column or a row counts comes from its heading or label, else from the
question the unit is placed under, else from the heading above it; two unnamed columns are
taken in the order asked. Totals are left out.
"""

from __future__ import annotations

import re

from foi.campaigns.s47.tokens import (
    ALL_INJURIES_LABEL,
    BRUISING_LABEL,
    MEASURES,
    MEDICAL,
    S47,
    TOTAL,
    Token,
    measure_of,
    tokens,
)
from foi.campaigns.s47.units import Found, Unit


def stream_of(unit: Unit) -> list[Token]:
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
