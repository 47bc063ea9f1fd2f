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

The readers are in foi/campaigns/s47/ (tokens, units, tables, prose); this module is the
coder the campaign file names, and decides the year basis and the injury basis.
"""

from __future__ import annotations

import re

from foi.campaigns.s47.prose import read_prose, similar
from foi.campaigns.s47.tables import read_columns, read_rows, stream_of
from foi.campaigns.s47.tokens import FINANCIAL, MEASURES
from foi.campaigns.s47.units import SHORT, Found, Unit, units
from parsers.coding import NEGATION, Coded
from parsers.context import Context
from parsers.outcome import answer_given
from parsers.sentences import norm, sentences

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
        stream = stream_of(unit)
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
    return any(similar(s, norm(q.text)) for q in ctx.campaign.questions) or bool(
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
