"""The authority a response is filed under: one of the registry's authorities, found by
parsers/sender.py, or none where the sender is not one of them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Detected:
    name: str | None
    code: str | None
    score: float = 0.0
    evidence: str | None = None
