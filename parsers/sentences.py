"""Sentence splitting and the small text helpers the coders share."""

from __future__ import annotations

import re
from functools import lru_cache

# A full stop after these is an abbreviation's, not a sentence's end: titles ("Dr. Jones",
# "Prof. A. Patel"), references ("Ref. HCC/4", "see para. 4"), "e.g.", "St. Helens".
# After "etc." or "U.K." a sentence may end, so those are left to split.
_NEVER_END = frozenset(
    "dr mr mrs ms prof cllr sir rev st ref refs para paras pp vol approx cf e.g i.e eg ie"
    " fig figs ch sch reg art apps".split()
)
# ... and after these only where a number follows: "Policy No. 4", "s. 47", "in Feb. 2023",
# "p. 12". "No. The council has not..." is an answer, and a sentence of its own.
_BEFORE_NUMBER = frozenset("no nos s ss p jan feb mar apr jun jul aug sep sept oct nov dec".split())
_TITLES = frozenset("dr mr mrs ms prof cllr sir rev".split())
_WORD_BEFORE = re.compile(r"(?:^|[\s(\[\"“‘'])([\w.’']+)\.$")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w&'’]*\)?\s+$")
_INITIAL = re.compile(r"[A-Z]\.\s")
# The punctuation is looked for first (the engine tries the split at every character); the
# abbreviations are checked only where a split is found.
SPLIT = re.compile(r"(?<=[.?!;])['\"’”)]?\s+(?=[\"“‘(]?[A-Z0-9•·])|\n+|\s+[•·▪]\s+")


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    # The same answer is split by the splitter, every coder and the outcome: split once.
    pieces, start = [], 0
    for m in SPLIT.finditer(text):
        if m.start() and text[m.start() - 1] == "." and _abbreviation(text, m.start(), m.end()):
            continue
        pieces.append(text[start : m.start()])
        start = m.end()
    pieces.append(text[start:])
    return tuple(s.strip() for s in pieces if s and s.strip())


def _abbreviation(text: str, stop: int, after: int) -> bool:
    """Is the full stop just before `stop` an abbreviation's (the next sentence would begin
    at `after`)?"""
    m = _WORD_BEFORE.search(text, max(0, stop - 24), stop)
    if m is None:
        return False
    word = m.group(1).lower()
    nxt = text[after : after + 2].lstrip('"“‘(')[:1]
    if word in _NEVER_END or (word in _BEFORE_NUMBER and nxt.isdigit()):
        return True
    if word in ("v", "vs"):  # a case's "AB v. CD Council", not "our answers to i. and v."
        return _CAPITAL_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)) is not None
    if len(word) == 1 and word.isalpha() and m.group(1).isupper():
        # An initial ("J. R. Smith", "Prof. A. Patel"), not "Appendix B. The...": one that
        # follows a title or another initial, or is followed by one.
        before = (
            _WORD_BEFORE.search(text, max(0, m.start(1) - 24), m.start(1) - 1)
            if m.start(1) > 1 and text[m.start(1) - 2] == "."
            else None
        )
        prior = before.group(1).lower() if before else ""
        return prior in _TITLES or len(prior) == 1 or _INITIAL.match(text, after) is not None
    return False


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_NOT_WORD = re.compile(r"[^a-z0-9']+")


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Lower-case words only, for fuzzy comparison."""
    # Cached: each line of a letter is compared with every question by several readers.
    text = text.replace("’", "'").lower()
    return _NOT_WORD.sub(" ", text).strip()
