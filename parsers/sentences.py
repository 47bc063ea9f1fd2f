"""Sentence splitting and the small text helpers the coders share."""

from __future__ import annotations

import re
from functools import lru_cache

_ABBREV = r"(?<!\bNo)(?<!\bno)(?<!\bs)(?<!\bSt)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bMr)(?<!\bMrs)(?<!\bDr)"
# The punctuation is looked for first: the engine tries the split at every character, and
# one look back rules out nearly all of them before the abbreviations are checked.
SPLIT = re.compile(rf"(?<=[.?!;]){_ABBREV}['\"’”)]?\s+(?=[\"“‘(]?[A-Z0-9•·])|\n+|\s+[•·▪]\s+")


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    # The same answer is split by the splitter, every coder and the outcome: split once.
    return tuple(s.strip() for s in SPLIT.split(text) if s and s.strip())


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_NOT_WORD = re.compile(r"[^a-z0-9']+")


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Lower-case words only, for fuzzy comparison."""
    # Cached: each line of a letter is compared with every question by several readers.
    text = text.replace("’", "'").lower()
    return _NOT_WORD.sub(" ", text).strip()
