"""Which authority sent a response: letterhead, signature, sender, web address, name in text.

Every clue is scored by where it stands (a letterhead or signature counts more than a name
in the body, where neighbouring councils of a joint partnership are often named) and the
highest-scoring authority in the registry wins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from parsers.model import Document

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
HOST = re.compile(r"https?://([\w.-]+)", re.I)


@dataclass
class Detected:
    name: str | None
    code: str | None
    score: float = 0.0
    evidence: str | None = None


def detect_authority(doc: Document, registry: Any, host: str | None = None) -> Detected:
    """`registry` is foi.registry.Registry (duck-typed: parsers do not import foi)."""
    scores: dict[str, float] = defaultdict(float)
    evidence: dict[str, tuple[float, str]] = {}

    def add(code: str, weight: float, why: str) -> None:
        scores[code] += weight
        if weight > evidence.get(code, (0.0, ""))[0]:
            evidence[code] = (weight, why)

    for clue in (host, doc.meta.get("sender_domain")):
        if clue and (a := registry.by_domain(clue)):
            add(a.code, 6.0, f"sent from {clue}")
    body = [b for b in doc.blocks if b.kind != "furniture" and not b.quote]
    furniture = [b for b in doc.blocks if b.kind == "furniture"]
    n = len(body)
    for i, b in enumerate(body):
        edge = i < 6 or i >= n - 8
        weight = 3.0 if edge else 1.0
        _score_text(b.text, weight, registry, add)
    for b in furniture:
        _score_text(b.text, 3.0, registry, add)
    if not scores:
        return Detected(None, None)
    code = max(scores, key=lambda c: scores[c])
    a = registry.get(code)
    return Detected(a.name, a.code, scores[code], evidence[code][1])


def _score_text(text: str, weight: float, registry: Any, add: Any) -> None:
    for m in registry.name_pattern.finditer(text):
        name = m.group(0)
        code = registry.code_for_variant(name)
        # A full council name ("Bury Council") says more than a place name ("Bury").
        bonus = 1.5 if re.search(r"Council|Borough|City of|Corporation|County", name) else 1.0
        add(code, weight * bonus, name)
    for m in EMAIL.finditer(text):
        if a := registry.by_domain(m.group(1)):
            add(a.code, weight * 1.5, m.group(0))
    for m in HOST.finditer(text):
        if a := registry.by_domain(m.group(1)):
            add(a.code, weight * 0.5, m.group(1))
