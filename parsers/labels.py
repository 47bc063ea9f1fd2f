"""A block's lead, read: the question or answer label it opens with ("Q1", "(b)",
"Questions 2 and 4", "In answer to your third question", "Answer:"), and the marks that end a
part of a reply (a sign-off, a public interest test)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.model import Block

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "final": -1,
    "last": -1,
}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUM = r"(?:\d{1,2}|one|two|three|four|five|six)"
MULTI = re.compile(
    rf"""^(?:(?:in\s(?:answer|response|reply)\sto\s)?(?:your\s)?(?:questions|qs|parts|points)\s*|q)
        ({_NUM}(?:\s*(?:,|and|&|to|-|–|/)\s*(?:q\s*)?{_NUM})+)\b\s*[:.\-–)]?\s*""",
    re.I | re.X,
)
QWORD = re.compile(
    rf"^(?:(?:in\s+(?:response|answer|reply|relation)\s+to|regarding|re:?|with\s+regard\s+to)\s+(?:your\s+)?)?"
    rf"[\[(]?(?:question|q|part|request)\s*(?:no\.?\s*|number\s*)?\.?\s*({_NUM})\b\s*[\]:.)\-–,]?\s*",
    re.I,
)
AWORD = re.compile(
    r"^[\[(]?(?:a|ans(?:wer)?|response|reply)(?:\s+to)?(?:\s+(?:question|q))?\s*\.?\s*(\d{1,2})\b\s*[\]:.)\-–]?\s*",
    re.I,
)
LETTER = re.compile(r"^(?:\(([a-fA-F])\)|([a-fA-F])[.)])\s*")
# "(a), (b) and (d):" or "1, 2 and 4 -": several questions answered together.
LIST_MULTI = re.compile(
    r"^((?:\(?[a-eA-E]\)\s*(?:,|and|&)\s*)+\(?[a-eA-E]\)|\d(?:\s*(?:,|and|&)\s*\d)+)"
    r"\s*(?:reply|answer|response)?\s*[:.\-–]\s*",
    re.I,
)
ROMAN = re.compile(r"^\(?(i{1,3}|iv|v|vi)[.)]\s*", re.I)
_ROMANS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
NUMBER = re.compile(
    r"^[\[(]?(\d{1,2})\s*(?:[.):\]]\s*|\s+(?=[A-Z“\"']))"
    r"(?!\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)"  # a date
    # an address in a letterhead ("2 Bristol Avenue, Colindale")
    r"(?!\s*(?:[A-Z][\w'’-]+\s+){1,3}(?:Avenue|Street|Road|Lane|Way|Place|Square|Drive|Close|Crescent|Court|Gardens|Terrace|Walk|Parade|Row|Hill|Park|Quay|Wharf)\b)"
)
# "In answer to your first question, ...", "Turning to your second question, ...".
ORDINAL = re.compile(
    r"^(?:[\w’']+\s+){0,4}?(?:your\s+|the\s+)?(first|second|third|fourth|fifth|sixth|final|last)\s+"
    r"(?:question|point|part|request|query)\b\s*[:,.\-–]?\s*",
    re.I,
)
FINALLY = re.compile(r"^(?:and\s+)?(?:finally|lastly)\s*[,:]\s*", re.I)
Q_MARK = re.compile(r"^(?-i:Q)\s*[.:]\s+(?=\S)")
ANSWER_MARK = re.compile(
    r"^(?:answer|response|reply|council(?:'s|’s)?\s+response|our\s+response|our\s+answer|"
    r"information\s+(?:supplied|provided)|the\s+council'?s\s+response)\s*(?:[:.\-–]\s*|$)"
    r"|^(?-i:A)\s*:\s*|^(?-i:A)\.\s+(?=\S)|^(?-i:A)\s+(?=(?:Yes|No)\b)"  # a case system's "Q: ... A: ...", a page's "Q. ... A. ..."
    # a table's label cell read into its answer's line: "Response There was no formal review."
    r"|^(?:response|answer|reply)\s+(?=(?-i:Yes|No|None|Nothing|Not|There|The|We|Our|This|It|In|Under|Please|All|Each|Every)\b)",
    re.I,
)
INTERROGATIVE = re.compile(
    r"^(?:was|were|did|does|do|is|are|has|have|what|when|how|which|who|can|could|please\s+(?:provide|supply|send|confirm|tell|explain|state|list)|provide|"
    r"if|whether|details|copies|copy|any\s+papers|confirm)\b",
    re.I,
)
VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|made|took|found)\b", re.I
)
YES_NO = re.compile(r"^(?:yes|no|none|n/a|not\s+held)\b", re.I)


def _to_int(token: str) -> int:
    token = token.lower()
    return _WORDS.get(token) or int(token)


def _numbers(spec: str) -> list[int]:
    tokens = re.findall(rf"{_NUM}|to|-|–", spec, re.I)
    out: list[int] = []
    for i, t in enumerate(tokens):
        if t.lower() in ("to", "-", "–"):
            continue
        n = _to_int(t)
        if i >= 2 and tokens[i - 1].lower() in ("to", "-", "–") and out:
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
    return out


@dataclass
class Lead:
    kind: str  # question | answer | number | letter | multi | mark | ""
    numbers: list[int]
    rest: str


def read_lead(block: Block) -> Lead:
    """What a block opens with: a question or answer label, a number, a marker."""
    text = block.text.strip()
    label = (block.label or "").strip()
    if label and label not in ("•", "-", "–", "·"):
        lab = re.sub(r"^q\.?\s*", "", label, flags=re.I).strip("().: ")
        if lab.isdigit():
            return Lead("number", [int(lab)], text)
        if lab.lower() in _ROMANS and lab.lower() != "i" or lab.lower() in ("i", "ii", "iii"):
            return Lead("letter", [_ROMANS[lab.lower()]], text)
        if len(lab) == 1 and lab.isalpha():
            return Lead("letter", [ord(lab.lower()) - 96], text)
    for pattern, kind in ((MULTI, "multi"), (QWORD, "question"), (AWORD, "answer")):
        if m := pattern.match(text):
            nums = _numbers(m.group(1)) if kind == "multi" else [_to_int(m.group(1))]
            return Lead(kind, nums, text[m.end() :])
    if m := LIST_MULTI.match(text):
        found = re.findall(r"\(?([a-eA-E])\)|(\d)", m.group(1))
        items = [int(d) if d else ord(x.lower()) - 96 for x, d in found]
        return Lead("multi", list(dict.fromkeys(items)), text[m.end() :])
    if m := ORDINAL.match(text):
        return Lead("multi", [_ORDINALS[m.group(1).lower()]], text[m.end() :])
    if m := FINALLY.match(text):
        return Lead("finally", [], text[m.end() :])
    if m := NUMBER.match(text):
        return Lead("number", [int(m.group(1))], text[m.end() :])
    if m := ROMAN.match(text):
        return Lead("letter", [_ROMANS[m.group(1).lower()]], text[m.end() :])
    if m := LETTER.match(text):
        return Lead("letter", [ord((m.group(1) or m.group(2)).lower()) - 96], text[m.end() :])
    if m := ANSWER_MARK.match(text):
        return Lead("mark", [], text[m.end() :])
    return Lead("", [], text)


LABEL_THEN_ANSWER = re.compile(
    r"(?<=[a-z)'’])\s+(?=(?:Yes|No|Not|None|Nothing|The|We|Our|This|These|It|There|In|Under|Please|All|Each|Every|I)\b)"
)
PUBLIC_INTEREST = re.compile(r"\bpublic\s+interest\s+(?:test|considerations?|arguments?)\b", re.I)
SIGNED = re.compile(r"^\s*yours\s+(?:sincerely|faithfully|truly)\b", re.I)
ANNEX = re.compile(
    r"^\s*(?:annex|appendix|schedule|attachment|enclosure|response|answers?)\b", re.I
)


def labelled(blocks: list[Block]) -> bool:
    """Does the document number or label its questions or answers anywhere (1., (a), Q1,
    "Question 2", "Answer:")? If not, it answers in prose."""
    kinds = [read_lead(b).kind for b in blocks if not b.quote and b.kind != "furniture"]
    return sum(k in ("number", "letter", "question", "answer", "mark") for k in kinds) >= 2


def strip_mark(text: str) -> str:
    m = ANSWER_MARK.match(text)
    return text[m.end() :].strip() if m else text
