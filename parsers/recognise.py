"""Is this document a reply to the campaign's request, and if not, what is it?

A reply is recognised by the questions it quotes or paraphrases (compared with the
campaign's own questions, not a word list), by the campaign's fingerprint, or by answers
that fit the questions they are numbered for. An acknowledgement, a clarification request,
a reminder, a bounce or an out-of-office is not a reply, however much of the request it
quotes; nor is a reply whose questions are another request's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from parsers.boilerplate import is_boilerplate
from parsers.model import Document
from parsers.outcome import NOT_HELD
from parsers.protocols import CampaignLike, QuestionLike
from parsers.sentences import norm, sentences

BOUNCE = re.compile(
    r"\b(?:undeliverable|delivery\s+status\s+notification|mail\s+delivery\s+(?:failed|failure|subsystem)"
    r"|returned\s+mail|could\s+not\s+be\s+delivered|delivery\s+has\s+failed|permanent\s+(?:fatal\s+)?error"
    r"|message\s+not\s+delivered|address\s+(?:was\s+)?not\s+found)\b",
    re.I,
)
OUT_OF_OFFICE = re.compile(
    r"\b(?:out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto-?reply|on\s+(?:annual\s+)?leave"
    r"|away\s+from\s+(?:the\s+|my\s+)?(?:office|desk)|limited\s+access\s+to\s+(?:my\s+)?e-?mail"
    r"|i\s+will\s+(?:be\s+)?(?:back|return)\s+on)\b",
    re.I,
)
ACKNOWLEDGEMENT = re.compile(
    r"\b(?:we|i)\s+(?:will|shall|aim\s+to|intend\s+to|expect\s+to)\s+(?:\w+\s+){0,3}(?:respond|reply|send\s+(?:you\s+)?(?:a|our)\s+(?:response|reply)|provide\s+(?:you\s+with\s+)?(?:a|our)\s+response)"
    r"|\bwithin\s+(?:the\s+)?(?:statutory\s+)?(?:20|twenty)\s+working\s+days\b|\bhas\s+been\s+logged\b"
    r"|\backnowledge\s+(?:the\s+)?receipt\b|\bcurrently\s+processing\s+your\s+request\b"
    r"|\bis\s+(?:now\s+)?being\s+(?:dealt\s+with|processed|considered)\b|\bdue\s+(?:date|by)\b",
    re.I,
)
CLARIFICATION = re.compile(
    r"\b(?:could|can|would|please)\s+(?:you\s+)?(?:please\s+)?clarify\b"
    r"|\b(?:seek|request|need|require|ask\s+for)\s+(?:some\s+)?(?:further\s+)?clarification\b"
    r"|(?<!if\swe\s)\bneed\s+(?:some\s+)?(?:further|more|additional)\s+(?:information|detail)s?\b"
    r"|\bbefore\s+we\s+can\s+(?:process|proceed|progress|deal|answer|respond|search)\b|\bwhat\s+(?:exactly\s+)?you\s+mean\s+by\b"
    r"|\b(?:need|ask)\s+you\s+to\s+(?:clarify|confirm\s+(?:which|what|whether))\b|\bcould\s+you\s+(?:please\s+)?confirm\s+(?:which|what|whether)\b"
    r"|\bsection\s+1\s*\(\s*3\s*\)|\bonce\s+we\s+(?:receive|have)\s+(?:this|your|the)\s+(?:clarification|reply|response)\b",
    re.I,
)
REMINDER = re.compile(
    r"\bapologi[sz]e\s+for\s+(?:the|this|any)\s+delay\b|\b(?:is|are|now)\s+overdue\b|\bsorry\s+for\s+the\s+delay\b"
    r"|\bnot\s+(?:yet\s+)?been\s+able\s+to\s+(?:respond|complete|reply|send|provide)\b|\bunable\s+to\s+respond\s+within\b"
    r"|\bextend(?:ed|ing)?\s+the\s+(?:time|deadline)\b|\bas\s+soon\s+as\s+(?:possible|we\s+can)\b",
    re.I,
)
# A printed question: it ends with "?", or it is a numbered request ("2. Please provide ...",
# "(c) whether ..."), or a request in the imperative.
NUMBER_LABEL = re.compile(r"^\s*(?:\(?[a-z0-9]{1,2}[.)]|q\.?\s*\d+[.:)]?)\s+", re.I)
ASK_WORD = re.compile(
    r"(?:was|were|did|does|do|is|are|has|have|what|when|how|which|who|whether|if|please|provide|can|could)\b",
    re.I,
)
IMPERATIVE_ASK = re.compile(
    r"^(?:please\s+)?(?:provide|supply|send\s+me|confirm|tell\s+me|list|state|give\s+me)\b", re.I
)


@dataclass
class Recognition:
    accepted: bool
    why: str  # what decided it: a one-line reason
    kind: str = "reply"  # reply | acknowledgement | clarification | reminder | bounce | out_of_office | other_request | off_campaign


def non_reply_kind(doc: Document, own_text: str, fit: int) -> tuple[str, str] | None:
    """An automatic message, or a message about the request that answers none of it
    (`fit`: how many answers speak of what their question asks)."""
    meta = doc.meta
    subject = meta.get("subject", "")
    if meta.get("report") or meta.get("failed_recipients") or BOUNCE.search(subject):
        return "bounce", f"a delivery failure notice ({subject or meta.get('report')})"
    auto = meta.get("auto_submitted", "").lower()
    if (
        auto.startswith("auto-replied") or meta.get("autoreply") or OUT_OF_OFFICE.search(subject)
    ) and fit <= 1:
        head = " ".join(sentences(own_text)[:12])
        # An automatic acknowledgement of the request is an acknowledgement, not an absence.
        if not OUT_OF_OFFICE.search(f"{subject} {head}") and (
            re.search(r"\backnowledg", subject, re.I) or ACKNOWLEDGEMENT.search(head)
        ):
            return "acknowledgement", f"an automatic acknowledgement ({subject or auto})"
        return "out_of_office", f"an automatic reply ({subject or auto})"
    if fit >= 2:
        return None
    head = " ".join(sentences(own_text)[:40])
    if BOUNCE.search(head[:600]) and not fit:
        return "bounce", "a delivery failure notice"
    found = []
    for kind, pattern in (
        ("out_of_office", OUT_OF_OFFICE),
        ("clarification", CLARIFICATION),
        ("reminder", REMINDER),
        ("acknowledgement", ACKNOWLEDGEMENT),
    ):
        if m := pattern.search(head):
            found.append((m.start(), kind))
    if found:
        at, kind = min(found)  # what the message says first is what it is for
        return kind, f"{kind.replace('_', ' ')}: “{_around(head, at)}”"
    return None


def _around(text: str, at: int) -> str:
    return re.sub(r"\s+", " ", text[max(0, at - 20) : at + 60]).strip()


def question_lines(doc: Document) -> list[str]:
    """Lines a reply prints as questions (its own or quoted)."""
    out = []
    for b in doc.blocks:
        if b.kind == "furniture" or len(b.text) > 400:
            continue
        # "1. How many ...": the label first, or the sentence splitter takes "1." alone.
        label = NUMBER_LABEL.match(b.text)
        rest = b.text[label.end() :] if label else b.text
        first = sentences(rest)[0] if rest.strip() else ""
        asks = (label and ASK_WORD.match(first)) or IMPERATIVE_ASK.match(first)
        if first.rstrip("”\"' ").endswith("?") or (asks and len(first) > 25):
            out.append(first)
    return out


STOPWORDS = frozenset(
    "the of a an in your you to and or is are was were did does do any what how when this that"
    " for on with which after it its be been by as at from if so there their our we please can"
    " could would".split()
)


@lru_cache(maxsize=8192)
def _content(text: str) -> str:
    return " ".join(w for w in norm(text).split() if w not in STOPWORDS)


def question_similarity(line: str, question: QuestionLike) -> float:
    """0-100: a printed question against a campaign question, on content words (so that
    "How many ... in each of the last five years?" is not like "Was there a review ...?")."""
    a, b = _content(line), _content(question.text)
    score = fuzz.token_set_ratio(a, b) if len(a) > 0.3 * len(b) else fuzz.ratio(a, b)
    hits = sum(1 for k in question.keywords if k in norm(line))
    # A short question with one of its words ("Was there a review?") is not another
    # request's question, though too short to be sure it is this one.
    return max(score, min(100.0, 25.0 * hits), 50.0 if hits else 0.0)


def quoted_questions(lines: list[str], questions: Sequence[QuestionLike]) -> tuple[int, int]:
    """(campaign questions printed in the document, printed questions that are none of them)."""
    seen: set[int] = set()
    foreign = 0
    for line in lines:
        if is_boilerplate(line):
            continue
        best, q = max(((question_similarity(line, q), q) for q in questions), key=lambda x: x[0])
        if best >= 70:
            seen.add(q.no)
        elif best < 50:
            foreign += 1
    return len(seen), foreign


# The requester asking: "Dear Warwickshire County Council, ... Under the Freedom of
# Information Act 2000 please tell me: 1. ..." (the request as sent, found in the sent folder).
REQUESTING = re.compile(
    r"\b(?:please\s+(?:tell|provide|send|supply|give)\s+me|I\s+(?:would\s+like\s+to\s+request|am\s+writing\s+to\s+request|request\s+the\s+following)"
    r"|under\s+the\s+freedom\s+of\s+information\s+act(?:\s+2000)?,?\s+(?:please|I\s+(?:request|ask|would)))",
    re.I,
)
TO_COUNCIL = re.compile(
    r"^\s*dear\s+(?:(?:[\w'’&,-]+\s+){0,6}?(?:council|borough|county|corporation|authority|foi\s+team|information\s+governance)\b"
    r"|(?:the\s+)?(?:city|royal\s+borough|london\s+borough)\s+of\s+[A-Z])",
    re.I,
)


def _to_council(doc: Document) -> bool:
    heads = [b.text for b in doc.blocks[:6] if not b.quote and b.kind != "furniture"]
    return any(TO_COUNCIL.match(t) for t in heads)


def _addressed_request(doc: Document, own_text: str) -> bool:
    """Written to a council and asking for information: the request itself."""
    return _to_council(doc) and REQUESTING.search(own_text) is not None


def _asks(text: str, questions: Sequence[QuestionLike]) -> bool:
    """Text that is a question, not an answer: it ends with a question mark, or it is one of
    the campaign's questions as sent."""
    label = NUMBER_LABEL.match(text)
    rest = text[label.end() :] if label else text
    first = sentences(rest)[0] if rest.strip() else ""
    return text.rstrip("”\"' ").endswith("?") or any(
        question_similarity(first, q) >= 85 and len(first) > 0.6 * len(q.text) for q in questions
    )


def _restates(text: str, questions: Sequence[QuestionLike]) -> bool:
    """Is this text only the request's own words (its questions, "please provide ...")?
    (No, at the first sentence of its own words: the rest need not be compared.)"""
    own_words = (
        re.search(r"[a-z]{3}", s, re.I)  # ("3." alone is a number, not words)
        and not re.search(r"\bplease\s+(?:provide|give|tell|send)\b", s, re.I)
        and not any(question_similarity(s, q) >= 85 for q in questions)
        for s in sentences(text or "")
    )
    return bool(text and text.strip()) and not any(own_words)


def answers_fit(answers: dict[int, str], questions: Sequence[QuestionLike]) -> int:
    """How many answers speak of what their question asks (one of its keywords)."""
    fit = 0
    for q in questions:
        # At the start of a word: "age" is not in "page", "review" is in "reviewed".
        text = f" {norm(answers.get(q.no, ''))}"
        if text.strip() and any(f" {norm(k)}" in text for k in q.keywords):
            fit += 1
    return fit


def recognise(
    doc: Document,
    own_text: str,
    answers: dict[int, str],
    campaign: CampaignLike,
    fingerprint_ok: bool,
    groups: list[str],
) -> Recognition:
    # An "answer" that is the request quoted back (an acknowledgement that prints it) fits
    # its question word for word and answers nothing.
    fit = answers_fit(
        {n: t for n, t in answers.items() if not _restates(t, campaign.questions)},
        campaign.questions,
    )
    if kind := non_reply_kind(doc, own_text, fit):
        return Recognition(False, kind[1], kind[0])
    if own_text.count("`") >= 20 or own_text.count("```") >= 2:
        # A council writes letters, not Markdown: the project's own README, say.
        return Recognition(False, "a Markdown document (a README?), not a letter", "other")
    if _to_council(doc) and len(own_text.split()) < 80:
        # "Dear Leeds City Council, Thank you for your response ..." above the council's
        # quoted reply: the requester's own message, whatever it quotes.
        return Recognition(
            False, "a message to the council (the requester's own), not a reply", "other"
        )
    seen, foreign = quoted_questions(question_lines(doc), campaign.questions)
    given = [t for t in answers.values() if t and t.strip()]
    from parsers.status import letter_decision  # (status reads recognise's kinds)

    if (
        seen >= 3
        and (all(_asks(t, campaign.questions) for t in given) or _addressed_request(doc, own_text))
        and letter_decision(own_text, None, no_answers=True) is None
        and not NOT_HELD.search(own_text)
    ):
        # The request itself, or a copy of it: the questions printed and nothing answered.
        return Recognition(
            False,
            f"the request itself: it prints {seen} of the questions and answers none",
            "request",
        )
    if foreign >= 2 and foreign > seen and fit < 3:
        return Recognition(
            False,
            f"answers another request ({foreign} questions unlike the campaign's)",
            "other_request",
        )
    if seen >= 3:
        return Recognition(True, f"quotes {seen} of the campaign's questions")
    if fingerprint_ok:
        return Recognition(True, f"matches {', '.join(groups)}")
    if fit >= 3 and (seen >= 1 or len(groups) >= 1):
        return Recognition(True, f"{fit} answers fit their questions")
    return Recognition(
        False,
        f"does not answer the {campaign.id} request (matched {', '.join(groups) or 'nothing'} "
        f"of its fingerprint, {seen} of its questions)",
        "other_request",
    )
