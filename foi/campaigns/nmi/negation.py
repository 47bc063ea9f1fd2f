"""A negation just before a match, for the bruising campaign's coders: "is not treated as
mobile", "neither the council nor the partnership re-examined ...", but not the negation of
a movement ("can roll but not crawl remain non-mobile").
"""

from __future__ import annotations

import re

from parsers.coding import NEGATION

MOVEMENT = re.compile(r"(?:crawl|walk|cruis|mov|stand|shuffl|bottom|sit|pull|yet|roll)", re.I)


def neg_before(sentence: str, start: int, words: int = 4) -> bool:
    """A negation among the few words just before a match ("is not treated as ..."), but not
    one that belongs to a movement ("can roll but not crawl remain non-mobile")."""
    words_before = re.findall(r"[\w'’-]+", sentence[:start])
    # "is not, on that basis alone, regarded as mobile": a negation before an aside.
    if re.search(r"\b(?:is|are|was|were|be)\s+not\s*,[^,]{1,50},\s*$", sentence[:start], re.I):
        return True
    clause = re.split(r"[,;:(]", sentence[:start])[-1]
    # "neither the council nor the partnership re-examined ...", "did not carry out a review
    # or discuss the briefing": the negation spans the list.
    if re.search(r"\bneither\b.*\bnor\b", clause, re.I) or re.search(
        r"\b(?:not|never|no)\b.*\b(?:or|nor)\s+(?:\w+ly\s+)?$", clause, re.I
    ):
        return True
    # "the briefing was not taken to any board for consideration": a negated clause's noun.
    if re.match(
        r"(?:consideration|discussion|examination|assessment|comparison)\b", sentence[start:], re.I
    ) and re.search(r"\b(?:not|never|no)\b(?!.*\b(?:but|although|however)\b)", clause, re.I):
        return True
    before = words_before[-words:]
    for i, w in enumerate(before):
        if NEGATION.fullmatch(w) or w.lower().endswith("n't"):
            nxt = before[i + 1] if i + 1 < len(before) else ""
            if not MOVEMENT.match(nxt):
                return True
    return False
