"""Sentence splitting and the small text helpers the coders share."""

from __future__ import annotations

import re

_ABBREV = r"(?<!\bNo)(?<!\bno)(?<!\bs)(?<!\bSt)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bMr)(?<!\bMrs)(?<!\bDr)"
SPLIT = re.compile(rf"{_ABBREV}(?<=[.?!;])['\"’”)]?\s+(?=[\"“‘(]?[A-Z0-9•·])|\n+|\s+[•·▪]\s+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SPLIT.split(text) if s and s.strip()]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def norm(text: str) -> str:
    """Lower-case words only, for fuzzy comparison."""
    text = text.replace("’", "'").lower()
    return re.sub(r"[^a-z0-9']+", " ", text).strip()
