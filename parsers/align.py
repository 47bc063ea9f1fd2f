"""A letter that answers in paragraphs with no numbers, labels or headings: its paragraphs
aligned to the questions (in the order asked, or each to the question it reads as), and a
question left without a paragraph given the sentences of another's that answer it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from parsers.boilerplate import is_boilerplate
from parsers.model import Block
from parsers.protocols import QuestionLike
from parsers.sentences import norm, sentences
from parsers.topics import (
    keyword_pattern,
    keyword_weights,
    questions_named,
    split_run_on,
    stem_of,
    topic_lead_question,
)

# A letter's opening paragraph: about the request, not an answer to one of its questions.
OPENING = re.compile(
    r"^\s*(?:thank\s+you\s+for|dear\b|we\s+(?:have\s+)?received|i\s+am\s+writing|i\s+write|further\s+to)",
    re.I,
)
# ... or one whose first sentence speaks of the request as a whole ("I have now looked into
# the questions you raised").
ABOUT_REQUEST = re.compile(
    r"\b(?:your\s+(?:\w+\s+)?(?:questions|request|e-?mail|letter|enquiry|FOI)|questions\s+you\s+(?:raised|asked|put|sent)"
    r"|you\s+(?:requested|raised|wrote)|thank\s+you\s+for)\b",
    re.I,
)
SIGN_OFF = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|many\s+thanks"
    r"|with\s+best\s+wishes|best\s+wishes)\b",
    re.I,
)


def _is_opening(text: str, early: bool, questions: Sequence[QuestionLike] | None = None) -> bool:
    """`early`: the paragraph comes before any that could be an answer. An early paragraph
    that opens by restating the request ("You asked whether our policies were reviewed, for
    any papers, and for details of ...") opens the letter too."""
    if OPENING.match(text):
        return True
    first = sentences(text)[:1]
    if not (early and first):
        return False
    return bool(ABOUT_REQUEST.search(first[0])) or (
        questions is not None and questions_named(first[0], questions) >= 3
    )


def _answer_score(text: str, q: QuestionLike, weights: dict[str, float]) -> float:
    """How much a paragraph reads as an answer to q: its question's words and the words its
    answers use, the opening sentence counting double."""
    head = f" {norm(' '.join(sentences(text)[:1]))} "
    body = f" {norm(text)} "
    score = 0.0
    for stem, pat in _terms(tuple(q.keywords), tuple(q.answer_keywords)):
        w = weights.get(stem, 1.0)
        score += w * ((2.0 if pat.search(head) else 0.0) + (0.5 if pat.search(body) else 0.0))
    return score


@lru_cache(maxsize=256)
def _terms(
    keywords: tuple[str, ...], answer_keywords: tuple[str, ...]
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A question's words and its answers' words, each once, as the stem its weight is
    filed under and the pattern that finds it. (Cached: every paragraph and sentence of a
    letter is scored against every question.)"""
    terms = []
    for k in {*keywords, *answer_keywords}:
        k = norm(str(k))
        if k:
            terms.append((stem_of(k.split()[0]), keyword_pattern(k)))
    return tuple(terms)


# A sentence about how the letter is laid out, not an answer ("It may be clearest to start
# with the procedure itself before turning to the review.").
ABOUT_LETTER = re.compile(
    r"\b(?:start|begin)\s+with\b|\bbefore\s+turning\s+to\b|\bset\s+out\s+below\b|\b(?:in|out\s+of)\s+(?:turn|order)\b"
    r"|\b(?:answer|respond\s+to|take)\s+(?:each|your\s+questions)\b",
    re.I,
)
ORDINAL_LEAD = re.compile(
    r"\byour\s+(first|second|third|fourth|fifth|final|last)\s+(?:question|point|query|request)\b",
    re.I,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def lead_question(text: str, questions: Sequence[QuestionLike]) -> QuestionLike | None:
    """The question a paragraph says it turns to: by its topic ("As to papers, ...") or by
    its place ("Turning to your first question, ...")."""
    if m := ORDINAL_LEAD.search(text[:80]):
        word = m.group(1).lower()
        qs = sorted(questions, key=lambda q: q.no)
        no = _ORDINALS.get(word, qs[-1].no if qs else 0)
        return next((q for q in qs if q.no == no), None)
    return topic_lead_question(text, questions)


def _after_opening(p: Block, questions: Sequence[QuestionLike], weights: dict[str, float]) -> Block:
    """An opening paragraph that runs on into the first answer ("Thank you for your request
    ... I can confirm that the Partnership reviewed ..."): the part from that answer on."""
    sents = sentences(p.text)
    for i in range(1, len(sents)):
        if ABOUT_LETTER.search(sents[i]):
            continue
        if max(_answer_score(sents[i], q, weights) for q in questions) >= 2.0:
            return replace(p, text=" ".join(sents[i:]))
    return p


def align_paragraphs(
    blocks: list[Block], questions: Sequence[QuestionLike]
) -> dict[int, list[Block]]:
    """A letter that answers in paragraphs with no numbers or headings: paragraphs assigned
    to questions in the order they were asked (a paragraph may continue the answer before
    it), maximising how well each reads as its answer. Used only where nothing else placed
    the answers."""
    paras = _letter_paragraphs(blocks, questions)
    if len(paras) < 3:
        return {}
    weights = keyword_weights(questions)
    qs = sorted(questions, key=lambda q: q.no)
    paras, score = _scored(paras, qs, weights)
    ordered = _in_order(paras, qs, score)
    # Letters that take the questions out of order ("I have started with section 47"):
    # each paragraph to the question it reads as, where that is clear.
    free = _by_topic(paras, qs, score)
    chosen, other = (free, ordered) if len(free) > len(ordered) else (ordered, free)
    return _claim_sentences(_completed(chosen, other, paras, qs, score), qs, weights)


def _letter_paragraphs(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Block]:
    """The letter's own paragraphs up to its sign-off, boilerplate left out."""
    body: list[Block] = []
    for b in split_run_on(blocks, questions):
        if SIGN_OFF.match(b.text) and body:
            break  # the signature and what follows it answer nothing
        body.append(b)
    return [
        b
        for b in body
        if not b.quote
        and b.kind in ("para", "item")
        and len(b.text) > 20
        and not is_boilerplate(b.text)
    ]


def _scored(
    paras: list[Block], qs: list[QuestionLike], weights: dict[str, float]
) -> tuple[list[Block], list[list[float]]]:
    """The paragraphs, an opening cut to the answer it runs on into, and how well each reads
    as the answer to each question (an opening reads as none)."""
    # Only a paragraph before any that reads as an answer can be the letter's opening.
    early = 0
    while (
        early < len(paras) and max(_answer_score(paras[early].text, q, weights) for q in qs) < 2.0
    ):
        early += 1
    opening = [_is_opening(p.text, i <= early, qs) for i, p in enumerate(paras)]
    paras = [
        _after_opening(p, qs, weights) if o else p for p, o in zip(paras, opening, strict=True)
    ]
    score = [
        [
            0.0 if o and _is_opening(p.text, True, qs) else _answer_score(p.text, q, weights)
            for q in qs
        ]
        for p, o in zip(paras, opening, strict=True)
    ]
    for row, p, o in zip(score, paras, opening, strict=True):
        # "Turning to your first question, ...": the letter says which question it answers.
        if not (o and _is_opening(p.text, True, qs)) and (lq := lead_question(p.text, qs)):
            row[qs.index(lq)] += 5.0
    return paras, score


def _in_order(
    paras: list[Block], qs: list[QuestionLike], score: list[list[float]]
) -> dict[int, list[Block]]:
    """The paragraphs assigned to the questions in the order asked, for the best total."""
    n, m = len(paras), len(qs)
    neg = float("-inf")
    # best[i][j]: best total for paragraphs[:i] with the last assigned question index j
    # (j = -1: none assigned yet). A paragraph is skipped, starts the next question, or
    # continues the current one.
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0  # column 0 means "no question yet"; column j+1 means question j
    for i in range(n):
        for j in range(m + 1):
            if best[i][j] == neg:
                continue
            # skip this paragraph (an introduction, or an aside)
            if best[i][j] > best[i + 1][j]:
                best[i + 1][j], back[i + 1][j] = best[i][j], (i, j, 0)
            # continue the current question
            if j and score[i][j - 1] >= 1.0 and best[i][j] + 0.5 * score[i][j - 1] > best[i + 1][j]:
                best[i + 1][j], back[i + 1][j] = best[i][j] + 0.5 * score[i][j - 1], (i, j, 2)
            # start a later question
            for k in range(j + 1, m + 1):
                gain = score[i][k - 1]
                if gain >= 2.0 and best[i][j] + gain > best[i + 1][k]:
                    best[i + 1][k], back[i + 1][k] = best[i][j] + gain, (i, j, 1)
    j = max(range(m + 1), key=lambda c: best[n][c])
    ordered: dict[int, list[Block]] = {}
    i = n
    while i > 0 and (step := back[i][j]) is not None:
        pi, pj, move = step
        if move in (1, 2):
            ordered.setdefault(qs[j - 1].no, []).insert(0, paras[pi])
        i, j = pi, pj
    return ordered


def _completed(
    chosen: dict[int, list[Block]],
    other: dict[int, list[Block]],
    paras: list[Block],
    qs: list[QuestionLike],
    score: list[list[float]],
) -> dict[int, list[Block]]:
    """The chosen reading, with the questions it left out placed where that is clear."""
    # A question the chosen reading left out, placed by the other on paragraphs the chosen
    # did not use ("Our arrangements require a strategy discussion ..." first of all).
    used = {id(p) for ps in chosen.values() for p in ps}
    for no, ps in other.items():
        if no not in chosen and ps and not any(id(p) in used for p in ps):
            chosen[no] = ps
            used |= {id(p) for p in ps}
    # A paragraph neither reading placed, that reads as the answer to a question still
    # without one ("The revised procedure can be read at ... the review report is enclosed").
    for p, row in zip(paras, score, strict=True):
        if id(p) in used:
            continue
        missing = [k for k, q in enumerate(qs) if q.no not in chosen and row[k] >= 2.0]
        if missing:
            k = max(missing, key=lambda k: row[k])
            chosen[qs[k].no] = [p]
            used.add(id(p))
    return chosen


def claim_sentences(texts: dict[int, str], questions: Sequence[QuestionLike]) -> dict[int, str]:
    """`_claim_sentences` over answers already placed as text (a letter in prose read by its
    leads): a question with no answer takes the sentences of another's that answer it."""
    placed = {no: [Block(text=t)] for no, t in texts.items() if t}
    qs = sorted(questions, key=lambda q: q.no)
    out = _claim_sentences(placed, qs, keyword_weights(questions))
    return {no: " ".join(b.text for b in blocks) for no, blocks in out.items()}


def _claim_sentences(
    placed: dict[int, list[Block]], qs: Sequence[QuestionLike], weights: dict[str, float]
) -> dict[int, list[Block]]:
    """A question left without a paragraph whose answer sits at the end of another's ("The
    changes were ... The minutes, which record the outcome, are published at ..."): the
    sentences from the one that reads clearly as its answer on."""
    if not placed:
        return placed
    # A word every question's own text uses ("bruising" in each question of a request about
    # bruising) does not make a sentence another question's answer too.
    texts = [{stem_of(w) for w in norm(q.text).split()} for q in qs]
    common = set.intersection(*texts) if len(texts) > 1 else set()
    own = {k: v / len(qs) if k in common else v for k, v in weights.items()}
    for q in qs:
        if q.no in placed:
            continue
        # The sentence that reads most as its answer, wherever it stands.
        best: tuple[float, int, int, int, float] | None = None  # mine, host, para, sentence, theirs
        for host_no, paras in placed.items():
            host = next(x for x in qs if x.no == host_no)
            for k, p in enumerate(paras):
                for i, sent in enumerate(sentences(p.text)):
                    mine = _answer_score(sent, q, own)
                    if mine >= 2.0 and (best is None or mine > best[0]):
                        best = (mine, host_no, k, i, _answer_score(sent, host, weights))
        if best is None:
            continue
        mine, host_no, k, i, theirs = best
        paras = placed[host_no]
        p = paras[k]
        sents = sentences(p.text)
        if i and mine >= theirs + 1.5:
            placed[host_no] = [*paras[:k], replace(p, text=" ".join(sents[:i])), *paras[k + 1 :]]
        # Otherwise one passage answers both ("As there was no review, there are no papers"):
        # each question gets it.
        placed[q.no] = [replace(p, text=" ".join(sents[i:]))]
    return placed


def _by_topic(
    paras: list[Block], qs: Sequence[QuestionLike], score: list[list[float]]
) -> dict[int, list[Block]]:
    out: dict[int, list[Block]] = {}
    last: int | None = None
    for p, row in zip(paras, score, strict=True):
        ranked = sorted(range(len(qs)), key=lambda k: -row[k])
        top = ranked[0]
        margin = row[top] - (row[ranked[1]] if len(ranked) > 1 else 0.0)
        if row[top] >= 2.0 and margin >= 0.5:
            last = top
        elif last is None or row[last] < 1.0:
            last = None if row[top] < 2.0 else last
            continue
        out.setdefault(qs[last].no, []).append(p)
    return out
