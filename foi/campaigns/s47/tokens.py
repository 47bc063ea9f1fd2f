"""Years, figures and words: a cell's or a line's tokens, and the words that say which
question a figure answers.

A figure is a count, "<5" for a suppressed small number however written ("<5", "fewer than
five", "*", "1-4", "suppressed"), or null for a year the reply marks as not given ("-",
"n/a"). A calendar year stands for the financial year that starts in it (2019 -> 2019/20).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

SUPPRESSED = "<5"
MEASURES = ("s47_enquiries", "cp_medicals")

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


def spans_of(text: str) -> list[tuple[int, int, Token]]:
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
    for start, end, tok in spans_of(text):
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


def measure_of(text: str) -> str | None:
    """The question a label or a heading names: the first one it names."""
    s47, med = S47.search(text), MEDICAL.search(text)
    if s47 and med:
        return MEASURES[0] if s47.start() <= med.start() else MEASURES[1]
    return MEASURES[0] if s47 else MEASURES[1] if med else None
