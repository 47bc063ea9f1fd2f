"""A status for every question, and the outcome of the reply derived from them.

Each question is answered, not_held, refused (with the exemption), redirected (with the body
named), see_other (with the question it points to) or not_answered. A decision on the
request as a whole (s12 for all of it, neither confirm nor deny, "not held" for everything)
gives every question that status. The outcome follows from the statuses by the definitions
of the corpus README.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from parsers.alaveteli import STATUS_OUTCOME
from parsers.boilerplate import is_boilerplate
from parsers.coding import Coded
from parsers.outcome import (
    _BODY_NAME,
    FUTURE,
    NOT_HELD,
    PROVIDED,
    REDIRECT,
    REDIRECT_NAMED,
    REFUSAL,
    REFUSED_ANSWER,
    WITHHOLD,
    _positive,
    exemptions,
)
from parsers.protocols import CampaignLike
from parsers.sentences import sentences

# How a pointer to another answer opens ("Please see ...", "As per ..."); the response
# reader uses it too, for a pointer that says nothing else.
POINTER_LEAD = (
    r"(?:please\s+)?(?:see|refer\s+to|as\s+per|covered\s+(?:in|by)|answered\s+(?:in|at|under))\b"
)
SEE_OTHER = re.compile(
    rf"^{POINTER_LEAD}"
    r"[^.]{0,50}?\b(?:question|q|part|point|answer|response)\s*\.?\s*(?:to\s+(?:question|q)\s*)?(\d)\b",
    re.I,
)
NCND = re.compile(
    r"\bneither\s+confirms?\s+nor\s+den(?:y|ies)\b|\b(?:refuse|decline)s?\s+to\s+confirm\s+or\s+deny\b"
    r"|\bconfirm\s+or\s+deny\s+(?:whether|that)\b",
    re.I,
)
# Words of a reply that gives something: data, documents, an answer (holding information
# is not giving it: a cost-limit refusal says "we do hold the information").
GIVES = re.compile(
    r"\bplease\s+find\s+(?:attached|enclosed|below)?\s*(?:the\s+|a\s+)?(?:information|data|figures|details|table|spreadsheet|copy|copies|documents?)\b"
    r"|\b(?:decided|decision\s+has\s+been\s+(?:taken|made))\s+to\s+disclose\b|\bhave\s+(?:detailed|provided|attached|enclosed)\b"
    r"|\bis\s+being\s+released\b|\binformation\s+(?:is\s+)?(?:attached|enclosed|below|as\s+follows)\b"
    r"|\binformation\s+provided\s+was\b|\bthe\s+answer\s+is\b",
    re.I,
)
# Confirming that information is held, in a letter that then gives it.
CONFIRMS_HOLDING = re.compile(
    r"\bcan\s+confirm\s+(?:that\s+)?(?:we|it|the\s+\w+)?\s*(?:do|does)\s+hold\b", re.I
)
# A refusal of the whole request whatever else the letter says about holding it.
WHOLE_REFUSAL = re.compile(
    r"\bexceed(?:s|ed)?\s+the\s+(?:appropriate|cost)\s+limit\b|\bvexatious\b|\brepeated\s+request\b"
    r"|\breasonably\s+accessible\b[^.]{0,80}\b(?:other\s+means|exempt)\b|\bexempt\s+under\s+section\s+21\b"
    # a letter that answers nothing and says what it holds is exempt
    r"|\b(?:information|it|they|figures|numbers)\s+(?:is|are)\s+(?:therefore\s+)?exempt\s+under\s+section\s+\d"
    r"|\bexempt\s+from\s+disclosure\s+under\s+section\s+1[24]\b"
    # "above the appropriate limit of 18 hours", "not obliged to comply with your request"
    r"|\b(?:more\s+than|above|over|beyond)\s+the\s+(?:appropriate|cost)\s+limit\b"
    r"|\bnot\s+(?:obliged|required)\s+to\s+comply\s+with\s+(?:your|this|the)\s+request\b",
    re.I,
)
NUMBERED_ITEM = re.compile(r"^\s*(?:Q(?:uestion)?\s*)?(\d{1,2})\s*[.):]\s*\S", re.I | re.M)
PARTLY = re.compile(
    r"\bsome\s+(?:of\s+the\s+)?information\b|\bpart\s+of\s+(?:your|the)\s+request\b|\bin\s+part\b"
    r"|\bpartially\b|\bremainder\s+of\b",
    re.I,
)
EXEMPT = re.compile(r"\bexempt(?:ion)?\b", re.I)
# A named body said to hold the information ("... NHS Foundation Trust, which holds that
# information; the Council does not").
HOLDS_NAMED = re.compile(
    rf"\b{_BODY_NAME},?\s+(?:which\s+|who\s+)?(?:holds|would\s+hold|keeps)\b(?!\s+no\b)"
    # "the ... Partnership business unit, which looks after the procedures"
    rf"|\b(?:belong|belongs)\s+to\s+(?:the\s+)?{_BODY_NAME}"
)
# After "not held": the body that looks after it ("Please contact the ... Partnership business
# unit, which looks after the procedures"). Alone, "which maintains the procedures" says who
# wrote a procedure, not who holds an answer.
LOOKS_AFTER = re.compile(
    rf"\b{_BODY_NAME}(?:\s+[a-z]+){{0,3}},?\s+(?:which|who)\s+(?:holds|keeps|maintains|owns|manages|looks\s+after|is\s+responsible\s+for)\b"
)
ASK_THEM = re.compile(
    r"\byou\s+(?:may|might|could|can)\s+(?:wish\s+to\s+|want\s+to\s+|like\s+to\s+)?(?:ask|contact|write\s+to|direct|redirect|approach|submit|send|make)\b"
    r"|\b(?:direct|redirect|forward|submit|send)\s+(?:this\s+(?:part\s+of\s+(?:your\s+)?)?|your\s+)?(?:request|question|enquiry)\s+to\b"
    r"|\bplease\s+(?:contact|write\s+to|approach|ask)\s+(?:the\s+)?(?-i:[A-Z])|\bcan\s+be\s+(?:contacted|reached|asked)\b",
    re.I,
)
BARE_URL = re.compile(r"\s*<?https?://\S+?>?[.,;]?\s*")
STATUSES = ("answered", "see_other", "not_held", "refused", "redirected", "not_answered")


@dataclass
class QuestionStatus:
    no: int
    status: str
    detail: str | None = None  # exemptions, the body named, or the question pointed to
    evidence: str | None = None
    confidence: float = 0.0


def _named_elsewhere(sentence: str, sender: str | None) -> bool:
    """A redirect names a body other than the sender ("held by Durham Constabulary" in
    Durham Constabulary's own letter says it holds it)."""
    body = _body_named(sentence)
    if not sender or not body:
        return True
    a, b = (re.sub(r"\W+", " ", x).strip().lower() for x in (body, sender))
    if a in b or b in a:
        return False
    # "Haringey Council" in the London Borough of Haringey's letter is the sender itself.
    core_a, core_b = (set(x.split()) - COUNCIL_WORDS for x in (a, b))
    return not (core_a and core_a == core_b)


COUNCIL_WORDS = {
    "the", "of", "and", "council", "borough", "london", "city", "county", "metropolitan",
    "district", "royal", "unitary", "authority",
}  # fmt: skip


def question_status(no: int, text: str, sender: str | None = None) -> QuestionStatus:
    sents = sentences(text) if text and text.strip() else []
    if not sents:
        return QuestionStatus(no, "not_answered", confidence=0.6)
    first = sents[0]
    if (m := SEE_OTHER.search(first)) and int(m.group(1)) != no and len(sents) == 1:
        return QuestionStatus(no, "see_other", m.group(1), first, 0.85)
    if NOT_HELD.search(first):
        for pattern in (REDIRECT, REDIRECT_NAMED, HOLDS_NAMED, LOOKS_AFTER):
            # "Not held by the Council. Any papers would be held by the Partnership": pointed on.
            # (the first sentence too: "Notes are kept by NHS X; the council does not hold them")
            if (s := _positive(pattern, text)) and _named_elsewhere(s, sender):
                return QuestionStatus(no, "redirected", _body_named(s), s, 0.75)
        return QuestionStatus(no, "not_held", None, first, 0.85)
    withheld = [s for s in sents if WITHHOLD.search(s)]
    found = exemptions(text) or (exemptions(text, withheld=True) if withheld else [])
    if REFUSED_ANSWER.search(first) or NCND.search(text):
        return QuestionStatus(no, "refused", ", ".join(found) or None, first, 0.8)
    # (only where an exemption is cited: most answers cite none)
    withholding = [s for s in sents if s in withheld or EXEMPT.search(s)] if found else []
    if withholding:
        given = any(
            PROVIDED.search(s) and not FUTURE.search(s) for s in sents if s not in withholding
        )
        if not given and len(text) < 1500:
            return QuestionStatus(no, "refused", ", ".join(found), withholding[0], 0.75)
    if (
        len(text) < 600
        and (s := _positive(REDIRECT, text) or _positive(HOLDS_NAMED, text))
        and _named_elsewhere(s, sender)
        # A bare address on its own line, or "you may wish to ask the Trust: https://...",
        # is where to send the request, not information given.
        and not any(
            PROVIDED.search(x)
            and not FUTURE.search(x)
            and not BARE_URL.fullmatch(x)
            and not ASK_THEM.search(x)
            for x in sents
            if x != s
        )
    ):
        return QuestionStatus(no, "redirected", _body_named(s), s, 0.7)
    if (
        len(sents) <= 2
        and (s := _positive(NOT_HELD, text))
        and all(len(x) < 60 for x in sents if not NOT_HELD.search(x))
    ):
        return QuestionStatus(no, "not_held", None, s, 0.7)
    return QuestionStatus(no, "answered", None, first, 0.85)


def _body_named(sentence: str) -> str | None:
    # The body the information is said to be with comes first ("held by the NSCP rather than
    # by West Northamptonshire Council"); otherwise any body the sentence names.
    held = re.search(
        r"\b(?:held|kept|owned|maintained)\s+by\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s*(?:and\s+|of\s+|for\s+)?){1,8})",
        sentence,
    )
    if held:
        return held.group(1).strip()
    if m := re.search(_BODY_NAME, sentence):
        return m.group(0).strip()
    return None


def _data_given(text: str) -> bool:
    """Tables of figures: a letter that prints them has given information."""
    return sum(1 for ln in text.split("\n") if len(re.findall(r"\b\d+\b", ln)) >= 3) >= 5


def letter_decision(
    text: str, sender: str | None = None, *, no_answers: bool = False
) -> QuestionStatus | None:
    """A decision on the request as a whole, read from the letter's own words.
    `no_answers`: none of the questions got an answer of its own, so words such as "we have
    provided links" do not outweigh a refusal."""
    found = _letter_decision(text, sender, no_answers)
    return replace(found) if found else None  # a copy: the caller may change its own


@lru_cache(maxsize=8)
def _letter_decision(text: str, sender: str | None, no_answers: bool) -> QuestionStatus | None:
    # Cached: recognition, the paragraph reader and the statuses each ask it of one letter.
    if m := NCND.search(text):
        return QuestionStatus(
            0, "refused", ", ".join(exemptions(text)) or None, _sentence(text, m.start()), 0.8
        )
    gives = _data_given(text) or (not no_answers and GIVES.search(text) is not None)
    if not gives and (s := _positive(WHOLE_REFUSAL, text)):
        return QuestionStatus(0, "refused", ", ".join(exemptions(text)) or None, s, 0.8)
    if gives or (not no_answers and CONFIRMS_HOLDING.search(text) is not None):
        return None  # a letter that gives something decides nothing else as a whole
    if s := _positive(REFUSAL, text):
        return QuestionStatus(0, "refused", ", ".join(exemptions(text)) or None, s, 0.8)
    for pattern in (REDIRECT, REDIRECT_NAMED):
        if (s := _positive(pattern, text)) and _named_elsewhere(s, sender):
            return QuestionStatus(0, "redirected", _body_named(s), s, 0.75)
    if s := _positive(NOT_HELD, text):
        return QuestionStatus(0, "not_held", None, s, 0.75)
    return None


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(x for x in (text.find(". ", at), text.find("\n", at), len(text)) if x != -1)
    return text[start : end + 1].strip()


def question_statuses(
    answers: dict[int, str], numbers: list[int], text: str, sender: str | None = None
) -> list[QuestionStatus]:
    out = [question_status(n, answers.get(n, ""), sender) for n in numbers]
    if all(q.status == "not_answered" for q in out) and (
        whole := letter_decision(text, sender, no_answers=True)
    ):
        return [
            QuestionStatus(n, whole.status, whole.detail, whole.evidence, whole.confidence)
            for n in numbers
        ]
    return out


def _resolved(q: QuestionStatus, by_no: dict[int, QuestionStatus]) -> str:
    """A see_other question has the status of the question it points to."""
    if q.status == "see_other" and q.detail and q.detail.isdigit():
        target = by_no.get(int(q.detail))
        if target is not None and target.status != "see_other":
            return target.status
        return "answered"
    return q.status


NEGATIVE_SIGNS = re.compile(
    r"\bnot\s+held\b|\bdo(?:es)?\s+not\s+hold\b|\bwithh(?:e|o)ld|\bexempt\b|\brefus|\bhas\s+not\s+(?:been\s+)?answered\b",
    re.I,
)


def conditional_questions(campaign: CampaignLike) -> frozenset[int]:
    """The campaign's questions asked only "if ..." (see outcome_from_statuses)."""
    return frozenset(q.no for q in campaign.questions if q.conditional)


def outcome_from_statuses(
    statuses: list[QuestionStatus], text: str, conditional: frozenset[int] = frozenset()
) -> Coded:
    """`conditional`: questions asked only "if ..."; one left silent is left out."""
    kept = [q for q in statuses if not (q.no in conditional and q.status == "not_answered")]
    statuses = kept or statuses
    by_no = {q.no: q for q in statuses}
    resolved = [_resolved(q, by_no) for q in statuses]
    answered = resolved.count("answered")
    if answered == len(resolved):
        return Coded("answered", None, 0.85)
    if answered == 0:
        for status in ("refused", "redirected", "not_held"):
            if status in resolved:
                q = next(q for q in statuses if _resolved(q, by_no) == status)
                return Coded(status, q.evidence, q.confidence)
        return Coded("not_held", None, 0.3)
    missing = [q.no for q, r in zip(statuses, resolved, strict=True) if r != "answered"]
    # Questions left without any words of their own may be the splitter's miss: less sure.
    silent_only = all(r == "not_answered" for r in resolved if r != "answered")
    return Coded(
        "partial",
        f"no answer given to question(s) {', '.join(map(str, missing))}",
        0.55 if silent_only and not NEGATIVE_SIGNS.search(text) else 0.75,
    )


def _letter_text(text: str) -> str:
    """The letter without its licence, appeal and sign-off paragraphs."""
    return "\n".join(ln for ln in text.split("\n") if ln.strip() and not is_boilerplate(ln))


def _numbered_items(text: str) -> list[str]:
    """The requester's numbered questions with the answers under them, where the letter
    sets them out so: each item's text after its first sentence (the question)."""
    starts = [m.start() for m in NUMBERED_ITEM.finditer(text)]
    items = []
    for i, start in enumerate(starts):
        chunk = text[start : starts[i + 1] if i + 1 < len(starts) else len(text)]
        parts = (
            chunk.split("\n", 1) if "?" not in chunk.split("\n", 1)[0][:-1] else chunk.split("?", 1)
        )
        items.append(parts[1] if len(parts) > 1 else "")
    return items


def generic_outcome(text: str, banner: str | None = None, sender: str | None = None) -> Coded:
    """The outcome of a reply to any request, from the letter's own words, then the request
    page's status where the page has one (the requester sets it: the letter comes first)."""
    letter = _letter_text(text)
    if m := NCND.search(letter):
        return Coded("refused", _sentence(letter, m.start()), 0.8)
    items = [
        question_status(i + 1, t, sender).status for i, t in enumerate(_numbered_items(letter))
    ]
    if len(items) >= 2 and "answered" in items and {"refused", "not_held"} & set(items):
        return Coded("partial", "some of the numbered questions are refused or not held", 0.7)
    if whole := letter_decision(letter, sender):
        return Coded(whole.status, whole.evidence, whole.confidence)
    withheld = [
        s for s in sentences(letter) if WITHHOLD.search(s) or re.search(r"\bexempt", s, re.I)
    ]
    if (exemptions(letter) and withheld) or PARTLY.search(letter):
        return Coded("partial", withheld[0] if withheld else None, 0.6)
    if banner and banner in STATUS_OUTCOME:
        return Coded(
            STATUS_OUTCOME[banner], f"the request page says: {banner.replace('_', ' ')}", 0.7
        )
    return Coded("answered", None, 0.6)
