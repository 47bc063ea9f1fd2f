"""Figures in sentences: "14 in 2019/20", "In 2020/21 there were 12 section 47 enquiries and 5
medicals", "9 the following year", "in both 2023/24 and 2024/25".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foi.campaigns.s47.tokens import MEASURES, Token, measure_of, spans_of
from foi.campaigns.s47.units import Found
from parsers.context import Context
from parsers.sentences import norm, sentences

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
            if any(similar(norm(s), q) for q in questions):
                continue  # the request quoted back
            _read_sentence(s, measure_default, found)


def similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    # The request quoted back is nearly word for word; a council's own sentence on the same
    # subject ("we are unable to separate bruising from other injuries ...") is not.
    return len(a) > 30 and fuzz.ratio(a, b) >= 85


Span = tuple[int, int, Token]  # where a token is in the sentence, and the token


@dataclass
class _Sentence:
    """One sentence's years and figures, and the question it speaks of (else the one it is
    placed under)."""

    s: str
    years: list[Span]
    values: list[Span]
    measure: str | None


def _read_sentence(s: str, default: str | None, found: Found) -> None:
    spans = spans_of(s)
    years = [(a, b, t) for a, b, t in spans if t.kind == "year"]
    values = [(a, b, t) for a, b, t in spans if t.kind == "value"]
    if not years or not values:
        return
    sentence = _Sentence(s, years, values, measure_of(s) or default)
    listed = _read_year_lists(sentence, found)
    for n in range(len(years)):
        if n not in listed:
            _read_year(sentence, n, found)
    _read_following(sentence, found)


def _read_year_lists(sentence: _Sentence, found: Found) -> set[int]:
    """One figure for every year of a list ("in both 2023/24 and 2024/25"): the years read."""
    s, years, values = sentence.s, sentence.years, sentence.values
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
            measure = _names(s, (va, vb, v)) or sentence.measure
            for n in run:
                found.add(measure, years[n][2], v.value, s, s, 0.6)
    return listed


def _read_year(sentence: _Sentence, n: int, found: Found) -> None:
    """The figure (or figures, each named) beside the sentence's n-th year."""
    s = sentence.s
    a, b, y = sentence.years[n]
    if RANGE_BEFORE.search(s[:a]) and n > 0 or RANGE_AFTER.match(s[b:]):
        return  # "between 2019/20 and 2024/25": a span of years, not one year's figure
    picked = _beside(sentence, n)
    named = [(v, _names(s, v)) for v in picked]
    if any(m for _, m in named):
        # "14 enquiries and 6 medicals": each figure the words beside it name.
        for (_va, vb, v), m in named:
            if m and not TOTAL_NEAR.search(s[vb : vb + 30]):
                found.add(m, y, v.value, s, s, 0.7)
        return
    va, vb, v = picked[0] if picked else (0, 0, None)  # type: ignore[assignment]
    measure = sentence.measure
    if v is None or measure is None or TOTAL_NEAR.search(s[vb : vb + 30]):
        return
    found.add(measure, y, v.value, s, s, 0.65)


def _beside(sentence: _Sentence, n: int) -> list[Span]:
    """The figure before the n-th year ("14 in 2019/20") or those after it ("2019/20: 14")."""
    s, years, values = sentence.s, sentence.years, sentence.values
    a, b, _ = years[n]
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
    if before and re.match(r"\s*(?:in|during|for|\()", s[before[-1][1] : a], re.I):
        return [before[-1]]
    if after and CONNECT_AFTER.match(_gap(s, b, after[0][0])):
        return after
    if before:
        return [before[-1]]
    return []


def _read_following(sentence: _Sentence, found: Found) -> None:
    """ "... and 9 the following year": the year after the one named before it."""
    s = sentence.s
    for va, vb, v in sentence.values:
        if FOLLOWING.match(s[vb:]) and (
            named_before := [t for a, _, t in sentence.years if a < va]
        ):
            last = named_before[-1]
            first = int(str(last.value)[:4]) + 1
            nxt = Token("year", f"{first}/{(first + 1) % 100:02d}", "", last.basis)
            measure = _names(s, (va, vb, v)) or sentence.measure
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
