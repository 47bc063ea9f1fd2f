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
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from parsers.model import Block
from parsers.protocols import QuestionLike
from parsers.sentences import norm, sentences

# Sentence openings that move a run-on reply to another question.
TOPIC_LEAD = re.compile(
    r"^(?:with\s+(?:regard|respect|reference)\s+to|as\s+(?:to|for|regards)|turning\s+(?:now\s+)?to"
    r"|moving\s+on\s+to|on\s+the\s+(?:question|matter|issue|point|subject)\s+of|on\s+the\s+\w+(?:\s+\w+)?\s+point"
    r"|regarding|in\s+(?:relation|respect|answer|response|reply)\s+to|concerning|in\s+terms\s+of"
    r"|on\s+whether|(?:as|so)\s+far\s+as|touching\s+on|addressing"
    r"|(?:the\s+(?:short\s+|brief\s+|simple\s+)?answer\s+to\s+)?your\s+question\s+(?:about|on|regarding|concerning|as\s+to)"
    # "You asked (first) whether ...": a restatement of the whole request is told apart by
    # how many questions its sentence names (topic_lead_question).
    r"|you\s+(?:also\s+|then\s+|first\s+|next\s+|lastly\s+|finally\s+|further\s+)?asked(?:\s+(?:first|next|also|then|lastly|finally))?(?=\s+(?:whether|if|about|for|what|how|when))"
    r"|your\s+(?:first|second|third|fourth|fifth|final|last)\s+question)\b",
    re.I,
)
# "Review of safeguarding policies (question 1)", "Definition - Q5".
TRAILING_NUMBER = re.compile(r"[\s(\[–-]+(?:question|q)\.?\s*(\d{1,2})\s*[)\]]?\s*[:.]?\s*$", re.I)
RULE = re.compile(r"^\s*[-=_*]{4,}.*[-=_*]{4,}\s*$|^\s*[-=_*]{10,}\s*$")


def stem_of(word: str) -> str:
    return word[:5] if len(word) > 4 else word


def keyword_weights(questions: Sequence[QuestionLike]) -> dict[str, float]:
    """A stem's weight: 1 over the number of questions that use it. Computed once per set of
    questions (the splitter asks for it at every heading and every turn of prose)."""
    return _weights(tuple((q.key, tuple(q.keywords)) for q in questions))


@lru_cache(maxsize=64)
def _weights(keys: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, float]:
    uses: Counter[str] = Counter()
    for key, keywords in keys:
        for stem in {stem_of(w) for k in (*keywords, key) for w in norm(str(k)).split()}:
            uses[stem] += 1
    return {stem: 1.0 / n for stem, n in uses.items()}


def topic_question(text: str, questions: Sequence[QuestionLike]) -> QuestionLike | None:
    """The one question a short topic phrase is about, or None where none or several fit."""
    words = [stem_of(w) for w in norm(text).split()]
    if not words:
        return None
    weights = keyword_weights(questions)
    # A stem matches the start of a word: "roll" is in "rolling" (stem "rolli"). The first
    # word each start of a word begins, looked up for every stem of every question.
    first_at: dict[str, int] = {}
    for i, w in enumerate(words):
        for end in range(1, len(w) + 1):
            first_at.setdefault(w[:end], i)
    scored = []
    for q in questions:
        score, first = 0.0, len(words)
        for stems in _phrases(q.key, tuple(q.keywords)):
            at = [first_at.get(s, -1) for s in stems]
            if stems and all(i >= 0 for i in at):
                score += sum(weights.get(s, 1.0) for s in stems) / len(stems)
                first = min(first, at[0])
        if score:
            scored.append((score, -first, q))
    if not scored:
        return None
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        return None
    return scored[0][2]


@lru_cache(maxsize=512)
def _phrases(key: str, keywords: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A question's keywords and key as stems, in order. Each stem once: "review",
    "reviewed" and the key "review" are one word of the topic. (Cached: the splitter asks
    at every heading and every run-in head.)"""
    phrases = {
        tuple(stem_of(w) for w in norm(str(k)).split()) for k in (*keywords, key.replace("_", " "))
    }
    return tuple(sorted(phrases))


def _is_topic_heading(b: Block) -> bool:
    words = len(b.text.split())
    return (
        (b.kind == "heading" or b.strong) and 1 <= words <= 10 and not b.text.rstrip().endswith(".")
    )


def topic_headings(blocks: list[Block], questions: Sequence[QuestionLike]) -> dict[int, int]:
    """id(block) -> question number, for headings that name a question's topic; only where
    at least three headings name three different questions (a letter laid out by topic)."""
    found: dict[int, int] = {}
    heads: list[tuple[int, int | None]] = []
    for b in blocks:
        if (
            b.quote
            or not _is_topic_heading(b)
            or re.match(r"^\s*(?:q|question)?\s*\d", b.text, re.I)
        ):
            continue
        q = topic_question(b.text, questions)
        heads.append((id(b), q.no if q else None))
        if q:
            found[id(b)] = q.no
    if len(set(found.values())) < 3:
        return {}
    # A heading in the officer's own words that names no question ("What happens after a
    # bruise is found"), between the headings of the questions before and after one not
    # yet placed: that one.
    for i in range(1, len(heads) - 1):
        (hid, no), (_, before), (_, after) = heads[i], heads[i - 1], heads[i + 1]
        if no is None and before and after and after == before + 2:
            if before + 1 not in found.values():
                found[hid] = before + 1
    return found


# "Review. The partnership reviewed ...", "Strategy discussion / section 47: No.": a topic
# named in a few words, run in at the start of its answer.
RUN_IN = re.compile(
    r"^\s*([A-Z][\w/’'&()-]*(?:\s+[\w/’'&()-]+){0,4}?)\s*(?:[.:]|\s[–-])(?:\s+(?=\S)|\s*$)"
)


HEAD_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|not|no|none|yes|we|it|there|they|this)\b", re.I
)


def split_run_in_heads(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Block]:
    """Paragraphs that open with a run-in topic head become a heading and its answer, where
    at least three such heads name three different questions (a reply laid out by topic)."""
    found: dict[int, tuple[str, str, int]] = {}
    for b in blocks:
        if b.quote or b.kind not in ("para", "item") or b.table is not None:
            continue
        m = RUN_IN.match(b.text)
        if not m or re.match(r"^\s*(?:q|question|answer|response|re|dear|yes|no)\b", b.text, re.I):
            continue
        if HEAD_VERB.search(m.group(1)):
            continue  # "Not in all cases.", "There was no formal review.": a short answer
        if q := topic_question(m.group(1), questions):
            found[id(b)] = (m.group(1).strip(), b.text[m.end() :].strip(), q.no)
    if len({no for _, _, no in found.values()}) < 3:
        return blocks
    out: list[Block] = []
    for b in blocks:
        if id(b) not in found:
            out.append(b)
            continue
        head, rest, _ = found[id(b)]
        out.append(replace(b, text=head, kind="heading", label=None))
        if rest:
            out.append(replace(b, text=rest, label=None))
    return out


def number_last(b: Block) -> int | None:
    """A heading that puts the question number last."""
    if (
        (b.kind == "heading" or b.strong or b.kind == "cell")
        and (m := TRAILING_NUMBER.search(b.text))
        # "Please see our answer to question 1." points to another answer: it heads nothing.
        and not POINTS_TO.search(b.text[: m.start()])
    ):
        return int(m.group(1))
    return None


POINTS_TO = re.compile(
    r"\b(?:see|refer(?:red)?|answer(?:ed)?|respon[sd]\w*|reply|replies|covered|given|as\s+per)\b",
    re.I,
)


def split_run_on(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Block]:
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


def topic_lead_question(text: str, questions: Sequence[QuestionLike]) -> QuestionLike | None:
    """The question a sentence opening with a topic lead turns to ("As to the papers you
    asked for, ..." is question 2); ordinal leads are read by the splitter itself."""
    m = TOPIC_LEAD.match(text)
    if not m:
        return None
    if questions_named(sentences(text)[0], questions) >= 3:
        return None  # "You asked whether ... reviewed, for papers, and about s47 ...": the request
    # The lead may hold the topic itself ("On the definition point, ...").
    clause = re.split(r"[,:;–]|\s-\s", text, maxsplit=1)[0][:200]
    return topic_question(clause, questions)


def questions_named(sentence: str, questions: Sequence[QuestionLike]) -> int:
    """How many questions a sentence names by one of their keywords (at a word's start)."""
    text = f" {norm(sentence)} "
    return sum(
        1 for q in questions if any(keyword_pattern(norm(k)).search(text) for k in q.keywords)
    )


def split_rules(blocks: list[Block]) -> list[Block]:
    """ "------ RESPONSE TEXT" glued to a ruled line in a case export: the rule on its own."""
    out: list[Block] = []
    for b in blocks:
        m = re.match(r"^\s*([-=_*]{10,})\s*(\S.*)?$", b.text, re.S)
        if m and m.group(2):
            out.append(replace(b, text=m.group(1)))
            out.append(replace(b, text=m.group(2).strip(), label=None))
        else:
            out.append(b)
    return out


@lru_cache(maxsize=512)
def keyword_pattern(k: str) -> re.Pattern[str]:
    """A keyword at the start of a word ("review" in "reviewed"); a short one only with an
    ending ("roll" in "rolling", "age" in "aged", not "when" in "whenever" or "age" in
    "agency")."""
    if len(k) <= 4:
        return re.compile(rf" {re.escape(k)}(?:s|es|d|ed|ing|ers?)? ")
    return re.compile(rf" {re.escape(k)}")
