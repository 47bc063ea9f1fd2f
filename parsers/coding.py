"""Coding answers into facts, each with the sentence that decided it and a confidence.

The generic engine reads a field's rules from the campaign definition: a leading Yes/No,
then regex patterns tried sentence by sentence, with negation flipping a value. Fields that
need more (dates, ages) name a coder function in the campaign's rules module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from parsers.sentences import sentences

NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|without|none|nothing|nobody|cannot|can't|won't|isn't|aren't|wasn't|weren't|"
    r"doesn't|don't|didn't|hasn't|haven't)\b|n't\b",
    re.I,
)
# Words that look negative but are not a negation of what follows.
NOT_NEGATION = re.compile(
    r"\bnot (?:only|just|limited to|least)\b|\bno longer\b|\bno later than\b"
    # Descriptions, not negations: "a baby who is not independently mobile".
    r"|\bnot (?:yet )?(?:independently )?mobile\b|\bnon-mobile\b|\bnot yet \w+ing\b",
    re.I,
)
# "Yes." or, in a note that names its topic first, "Definition - yes, it changed."
LEAD = re.compile(
    r"^\s*(?:[A-Za-z][\w/ ]{0,24}?\s[-–:]\s*)?(yes|no|none|n/a)(?:\b|(?<=/a))[\s.,:;–-]", re.I
)
YES_NO_START = re.compile(r"^\s*(yes|no)\b", re.I)


def subquestion_answer(text: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    """A council that splits a question into parts and answers each ("(a) Has the
    definition changed? Yes. ..."): the yes or no given to the part matching `pattern`,
    with the part and its answer as evidence."""
    sents = sentences(text)
    for i, s in enumerate(sents[:-1]):
        if s.rstrip("”\"' ").endswith("?") and pattern.search(s):
            if m := YES_NO_START.match(sents[i + 1]):
                return m.group(1).lower(), f"{s} {sents[i + 1]}"
    return None


REFERENCE = re.compile(
    r"\b(?:see|refer to|set out in|given in|covered (?:in|by)|as per)\b[^.]{0,40}?\b(?:answer|response|reply)s?\s+(?:to|for|at)\s+(?:question|q|part)\s*(\d)",
    re.I,
)


# Facts below this confidence are the ones `foi review` lists to check first.
REVIEW_BELOW = 0.6


@dataclass
class Coded:
    # Of the field's type as the campaign file declares it (a category's string, an integer,
    # a count per year, ...): known only at run time.
    value: Any
    evidence: str | None = None
    confidence: float = 0.0


def negated(sentence: str, start: int) -> bool:
    """Is the match at `start` negated within its clause?"""
    clause_start = max(
        sentence.rfind(p, 0, start)
        for p in (",", ";", ":", " but ", " however", " although", " – ", " and ")
    )
    window = NOT_NEGATION.sub(" ", sentence[clause_start + 1 : start])
    words = re.findall(r"[\w'’]+", window)[-5:]
    return NEGATION.search(" ".join(words)) is not None


# A letter restating the question before answering it ("Your third question asked whether
# a strategy discussion is required in all cases. It is not."): the restatement decides nothing.
RESTATED = re.compile(
    r"^(?:[\w’']+\W+){0,3}?(?:you|your\s+(?:\w+\s+)?(?:question|point)|the\s+requester)\s+(?:also\s+|then\s+)?"
    r"(?:asked|asks|wanted\s+to\s+know|enquired|queried)\s+(?:whether|if|about|how|what)\b",
    re.I,
)
# "It is not." / "It is:" after a restated question: a yes or no in other words.
SHORT_ANSWER = re.compile(
    r"^(?:it|this|they|that)\s+(?:is|does|do|are|was|did|has|have)(n['’]t|\s+not)?\s*(?:[.:;,]|$)",
    re.I,
)


def lead_value(text: str, lead: dict[str, str]) -> Coded | None:
    m = LEAD.match(text + " ")
    if m and m.group(1).lower() in lead:
        sents = sentences(text)
        # "Yes." alone is poor evidence: cite the sentence that follows it too.
        evidence = " ".join(sents[:2]) if len(sents[0]) < 8 else sents[0]
        return Coded(lead[m.group(1).lower()], evidence, 0.95)
    sents = sentences(text)
    if len(sents) > 1 and RESTATED.search(sents[0]) and (short := SHORT_ANSWER.match(sents[1])):
        word = "no" if short.group(1) else "yes"
        if word in lead:
            return Coded(lead[word], f"{sents[0]} {sents[1]}", 0.85)
    return None


def apply_rules(texts: list[str], spec: Mapping[str, Any]) -> Coded | None:
    """The value the field's rules give for these texts (answers, in priority order)."""
    order = spec.get("order", "first")
    for n, text in enumerate(texts):
        if not text:
            continue
        for sub in spec.get("subquestions", []) if n == 0 else []:
            if hit := subquestion_answer(text, sub["compiled"]):
                return Coded(sub[hit[0]], hit[1], 0.9)
        # A leading Yes/No answers the question asked: only in the field's own answer
        # (after the patterns, where the campaign says so: "No report. The notes read: ...").
        lead = lead_value(text, spec["lead"]) if n == 0 and spec.get("lead") else None
        if lead and not spec.get("lead_last"):
            return lead
        found: list[tuple[int, int, Coded]] = []
        for i, sent in enumerate(sentences(text)):
            if RESTATED.search(sent):
                continue  # the question as the letter restates it, not its answer
            for rank, rule in enumerate(spec.get("rules", [])):
                for pat in rule["compiled"]:
                    m = pat.search(sent)
                    if not m:
                        continue
                    value = rule["value"]
                    if rule.get("negatable", True) and negated(sent, m.start()):
                        if "negated" not in rule:
                            continue
                        value = rule["negated"]
                    found.append((i, rank, Coded(value, sent, 0.8)))
                    break
                else:
                    continue
                break
        if found:
            if order == "priority":
                chosen = min(found, key=lambda f: (f[1], f[0]))[2]
            elif order == "last":
                chosen = found[-1][2]
            else:
                chosen = found[0][2]
            if len({f[2].value for f in found}) > 1:
                chosen.confidence = 0.55  # sentences that point different ways: check it
            return chosen
        if lead:
            return lead
    return None


def referenced_answers(text: str, answers: dict[int, str]) -> list[str]:
    """Answers a text points to ("please see our response to question 1")."""
    return [answers[int(n)] for n in REFERENCE.findall(text or "") if int(n) in answers]
