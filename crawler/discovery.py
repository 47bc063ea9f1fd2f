"""Where a council's disclosure log is, from its FOI page or home page: the links that say
"disclosure log", "previous requests", "responses we have published", scored by their words
and address; the FOI page to look on next when the home page has none; and which platform
a log's address belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from crawler.dom import Element, label_of, links
from foi.reference.sources import DATASET_ID

LOG_WORDS = [
    (re.compile(r"disclosure[\s-]*logs?", re.I), 10),
    (
        re.compile(
            r"(previous|past|earlier|published)\s+(foi\s+|freedom of information\s+)?"
            r"(requests|responses|answers)",
            re.I,
        ),
        8,
    ),  # fmt: skip
    (
        re.compile(
            r"(responses|answers) to (previous |past )?(foi|freedom of information|"
            r"information) requests",
            re.I,
        ),
        8,
    ),  # fmt: skip
    (
        re.compile(r"(foi|freedom of information|eir) (responses|requests we have answered)", re.I),
        6,
    ),
    (re.compile(r"see answers|search (the |our )?(foi|responses|requests)", re.I), 5),
]
LOG_ADDRESS = re.compile(r"disclosure[-_]?log|foi[-_](responses|disclosures?)|disclosures", re.I)
FOI_WORDS = re.compile(
    r"freedom of information|\bfoi\b|access to information|information requests", re.I
)
NOT_LOG = re.compile(
    r"statistic|how to|make a request|request form|publication scheme|privacy", re.I
)


@dataclass(frozen=True)
class Candidate:
    url: str
    label: str
    score: int


def platform_for(url: str) -> str:
    """The sources platform a log's address belongs to."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.endswith("disclosurelog.co.uk"):
        return "disclosurelog"
    if host.endswith("icasework.com"):
        return "icasework"
    if DATASET_ID.search(parts.path) and ("/resource/" in parts.path or "data" in host):
        return "socrata"
    return "log"


def log_links(root: Element, url: str) -> list[Candidate]:
    """Links to a disclosure log, best first."""
    found: dict[str, Candidate] = {}
    for a, href in links(root, url):
        label = label_of(a)
        score = sum(points for pattern, points in LOG_WORDS if pattern.search(label))
        score += 4 if LOG_ADDRESS.search(urlsplit(href).path) else 0
        score += 4 if platform_for(href) in ("disclosurelog", "icasework", "socrata") else 0
        if NOT_LOG.search(label) or score < 6 or href.rstrip("/") == url.rstrip("/"):
            continue
        if href not in found or found[href].score < score:
            found[href] = Candidate(href, label, score)
    return sorted(found.values(), key=lambda c: -c.score)


def foi_links(root: Element, url: str) -> list[Candidate]:
    """Links to the council's FOI page, to look for the log there."""
    found = [
        Candidate(href, label_of(a), 1)
        for a, href in links(root, url)
        if FOI_WORDS.search(label_of(a)) and href.rstrip("/") != url.rstrip("/")
    ]
    return list({c.url: c for c in found}.values())
