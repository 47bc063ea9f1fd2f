"""Dates as councils write them, to YYYY-MM or YYYY."""

from __future__ import annotations

import re
from collections.abc import Iterator

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_YEAR = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?({_MONTH})\.?,?\s+(?:of\s+)?((?:19|20)\d\d\b|['’]\d\d\b)",
    re.I,
)
# "March 6, 2023", as some case systems print it.
MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*((?:19|20)\d\d)\b", re.I
)
# "between March and May 2023", "from March to May 2023", "March-May 2023": when it began.
MONTH_SPAN = re.compile(
    rf"\b(?:(?:between|from)\s+)?({_MONTH})\.?\s*(?:and|to|until|till|[-–])\s*(?:{_MONTH})\.?,?\s+((?:19|20)\d\d)\b",
    re.I,
)
NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")
NUMERIC_SHORT = re.compile(r"(?<![\d/.])\b(\d{1,2})/(\d{1,2})/(\d\d)\b(?![/\d])")  # "6/3/23"
ISO = re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b")  # "2023-03-06"
YEAR = re.compile(r"(?<![/\d-])\b((?:19|20)\d\d)\b(?![/-]\d)")
# A financial or school year, a winter: "2023/24", "2022-23" (its first year).
YEAR_SPAN = re.compile(r"(?<![/\d-])\b((?:19|20)(\d\d))\s?[/–-]\s?(\d\d)\b(?![/-]?\d)")


# Every date read here has a year, so two digits side by side ("2023", "'23").
_TWO_DIGITS = re.compile(r"\d\d")


def month_dates(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    if not _TWO_DIGITS.search(text):
        return  # no year (most answers): the month pattern is slow to try everywhere
    spans = list(MONTH_SPAN.finditer(text))
    for m in spans:
        yield f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}", m
    for m in MONTH_YEAR.finditer(text):
        if any(s.start() <= m.start() < s.end() for s in spans):
            continue  # the end of a span read above
        year = m.group(2) if m.group(2)[0].isdigit() else "20" + m.group(2)[1:]  # March '23
        yield f"{year}-{MONTHS[m.group(1).lower()]:02d}", m
    for m in MONTH_DAY_YEAR.finditer(text):
        yield f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}", m
    for m in NUMERIC.finditer(text):
        month = int(m.group(2))
        if 1 <= month <= 12:
            yield f"{m.group(3)}-{month:02d}", m
    for m in NUMERIC_SHORT.finditer(text):
        if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
            yield f"20{m.group(3)}-{int(m.group(2)):02d}", m
    for m in ISO.finditer(text):
        if 1 <= int(m.group(2)) <= 12:
            yield f"{m.group(1)}-{int(m.group(2)):02d}", m


def year_dates(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Years standing alone ("in 2023"), not those that are part of a month or full date."""
    if not _TWO_DIGITS.search(text):
        return
    taken = [m.span() for _, m in month_dates(text)]
    for m in YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        yield m.group(1), m
    for m in YEAR_SPAN.finditer(text):
        if (int(m.group(2)) + 1) % 100 == int(m.group(3)) and not any(
            a <= m.start() < b for a, b in taken
        ):
            yield m.group(1), m
