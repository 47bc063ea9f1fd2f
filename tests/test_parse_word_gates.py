"""The words the readers look for before a slow pattern (parsers/outcome.py WORD_OF, the
cost limit and section words, parsers/sender.py BODIES) never hide one of its matches: every
sentence and line of the corpus, and a phrase for each alternative, that a pattern matches
holds its word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parsers import outcome, sender
from parsers.sentences import sentences

CORPUS = Path(__file__).parent / "corpus"

# One phrase for each alternative of each pattern (the corpus need not hold them all).
PHRASES = [
    "Not held.",
    "The council does not hold this information.",
    "We hold no recorded information on this.",
    "No information is held.",
    "The records are not held by us.",
    "The council does not keep a count of them.",
    "The papers would be held by the Partnership.",
    "This is held by the local safeguarding partnership.",
    "Reviews are logged by the partnership's business unit.",
    "The partnership holds the minutes.",
    "It is the body that holds them.",
    "We hold this information but the partnership publishes it.",
    "Leeds Safeguarding Children Partnership, which holds the papers, can help.",
    "The protocol was written by the Leeds Safeguarding Children Partnership.",
    "The records are kept by the team at The Leeds NHS Foundation Trust.",
    "The Trust is responsible for them: Leeds Teaching Hospitals NHS Trust owns them.",
    "To answer would exceed the appropriate limit.",
    "The cost limit would be exceeded.",
    "It would exceed 18 hours of work.",
    "We rely on section 40(2) of the Act.",
    "Durham Constabulary, Police Scotland, PSNI and the Metropolitan Police Service",
    "Leeds NHS Foundation Trust, NHS West Yorkshire Integrated Care Board, NHS England",
    "the Department for Education, the Home Office, HM Treasury, the DfE, MHCLG and DHSC",
    "the Information Commissioner's Office, Ofsted and the Care Quality Commission",
    "Transport for London (TfL)",
    "Leeds Safeguarding Children Partnership",
    "Mail Delivery Subsystem, MAILER-DAEMON, postmaster",
]

GATES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    *((f"outcome {p.pattern[:30]}", p, w) for p, w in outcome.WORD_OF.items()),
    ("outcome COST_LIMIT", outcome.COST_LIMIT, outcome.COST_WORD),
    ("outcome SECTION", outcome.SECTION, outcome.DIGIT),
    *((f"sender {kind}", pattern, word) for kind, word, pattern in sender.BODIES),
]


def _texts() -> list[str]:
    out = list(PHRASES)
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix.lower() in (".txt", ".eml", ".html", ".htm"):
            text = path.read_text("utf-8", "replace")
            out += sentences(text) + text.split("\n")
    return out


TEXTS = _texts()


@pytest.mark.parametrize("name, pattern, word", GATES, ids=[g[0] for g in GATES])
def test_no_match_of_a_pattern_lacks_its_word(name, pattern, word):
    missed = [t for t in TEXTS if pattern.search(t) and not word.search(t)]
    assert not missed, f"{name}: matched without its word: {missed[:3]}"


def test_every_pattern_matches_a_phrase():
    # (each gate is put to the test on at least one match)
    for name, pattern, _ in GATES:
        assert any(pattern.search(t) for t in PHRASES), name
