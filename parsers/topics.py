"""Answers that carry no question numbers: under topic headings ("Strategy discussions"),
in run-on prose ("As to whether the protocol requires a section 47 enquiry, ..."), or under
headings that put the number last ("Review of policies (question 1)").

A topic is matched to a question by the question's own keywords, weighted so that a word
only one question uses counts for more, with the earliest hit breaking ties ("Papers on the
outcome of the review" is about papers).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from parsers.model import Block
from parsers.sentences import norm, sentences

# Sentence openings that move a run-on reply to another question.
TOPIC_LEAD = re.compile(
    r"^(?:with\s+(?:regard|respect|reference)\s+to|as\s+(?:to|for|regards)|turning\s+(?:now\s+)?to"
    r"|moving\s+on\s+to|on\s+the\s+(?:question|matter|issue|point|subject)\s+of|on\s+the\s+\w+(?:\s+\w+)?\s+point"
    r"|regarding|in\s+(?:relation|respect|answer|response|reply)\s+to|concerning|in\s+terms\s+of"
    r"|your\s+(?:first|second|third|fourth|fifth|final|last)\s+question)\b",
    re.I,
)
# "Review of safeguarding policies (question 1)", "Definition - Q5".
TRAILING_NUMBER = re.compile(r"[\s(\[–-]+(?:question|q)\.?\s*(\d{1,2})\s*[)\]]?\s*[:.]?\s*$", re.I)
RULE = re.compile(r"^\s*[-=_*]{4,}.*[-=_*]{4,}\s*$|^\s*[-=_*]{10,}\s*$")


def _stem(word: str) -> str:
    return word[:5] if len(word) > 4 else word


def _keyword_weights(questions: list[Any]) -> dict[str, float]:
    uses: Counter[str] = Counter()
    for q in questions:
        for stem in {_stem(w) for k in (*q.keywords, q.key) for w in norm(str(k)).split()}:
            uses[stem] += 1
    return {stem: 1.0 / n for stem, n in uses.items()}


def topic_question(text: str, questions: list[Any]) -> Any | None:
    """The one question a short topic phrase is about, or None where none or several fit."""
    words = [_stem(w) for w in norm(text).split()]
    if not words:
        return None
    weights = _keyword_weights(questions)
    scored = []
    for q in questions:
        score, first = 0.0, len(words)
        for k in (*q.keywords, q.key.replace("_", " ")):
            stems = [_stem(w) for w in norm(str(k)).split()]
            if stems and all(s in words for s in stems):
                score += sum(weights.get(s, 1.0) for s in stems) / len(stems)
                first = min(first, words.index(stems[0]))
        if score:
            scored.append((score, -first, q))
    if not scored:
        return None
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        return None
    return scored[0][2]


def _is_topic_heading(b: Block) -> bool:
    words = len(b.text.split())
    return (
        (b.kind == "heading" or b.strong) and 1 <= words <= 10 and not b.text.rstrip().endswith(".")
    )


def topic_headings(blocks: list[Block], questions: list[Any]) -> dict[int, int]:
    """id(block) -> question number, for headings that name a question's topic; only where
    at least three headings name three different questions (a letter laid out by topic)."""
    found: dict[int, int] = {}
    for b in blocks:
        if (
            b.quote
            or not _is_topic_heading(b)
            or re.match(r"^\s*(?:q|question)?\s*\d", b.text, re.I)
        ):
            continue
        if q := topic_question(b.text, questions):
            found[id(b)] = q.no
    return found if len(set(found.values())) >= 3 else {}


def number_last(b: Block) -> int | None:
    """A heading that puts the question number last."""
    if (b.kind == "heading" or b.strong or b.kind == "cell") and (
        m := TRAILING_NUMBER.search(b.text)
    ):
        return int(m.group(1))
    return None


def split_run_on(blocks: list[Block], questions: list[Any]) -> list[Block]:
    """A paragraph that moves from question to question ("With regard to your first
    question ... As to whether ... Turning to the changes ...") becomes one block per move."""
    out: list[Block] = []
    for b in blocks:
        if b.quote or b.kind not in ("para", "item") or len(b.text) < 200:
            out.append(b)
            continue
        sents = sentences(b.text)
        starts = [i for i, s in enumerate(sents) if i and TOPIC_LEAD.match(s)]
        if not starts:
            out.append(b)
            continue
        bounds = [0, *starts, len(sents)]
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            out.append(replace(b, text=" ".join(sents[lo:hi]), label=b.label if lo == 0 else None))
    return out


def topic_lead_question(text: str, questions: list[Any]) -> Any | None:
    """The question a sentence opening with a topic lead turns to ("As to the papers you
    asked for, ..." is question 2); ordinal leads are read by the splitter itself."""
    m = TOPIC_LEAD.match(text)
    if not m:
        return None
    # The lead may hold the topic itself ("On the definition point, ...").
    clause = re.split(r"[,:;–]|\s-\s", text, maxsplit=1)[0][:200]
    return topic_question(clause, questions)
