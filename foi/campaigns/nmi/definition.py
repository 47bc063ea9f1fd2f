"""Question 5 of the bruising campaign, the definition of "not independently mobile": are
babies who can roll treated as not independently mobile (`code_rolling`), and is mobility
decided by age, with the age threshold in months (`code_age`).
"""

from __future__ import annotations

import re

from foi.campaigns.nmi.negation import neg_before
from parsers.coding import Coded, subquestion_answer
from parsers.context import Context
from parsers.sentences import sentences

PAST = re.compile(
    r"\b(?:before\s+the\s+review|previous(?:ly)?|earlier\s+(?:version|wording|definition|text|reference)|had\s+(?:been\s+)?read|(?<!is\s)(?<!are\s)(?<!be\s)used\s+to\s+(?:be|treat|define|describe|say|apply|count|include|exclude)|former(?:ly)?|old\s+(?:definition|version|protocol|pathway|procedure|policy|guidance|chapter)|prior\s+to|originally|(?:before|until)\s+(?:\w+\s+)?(?:19|20)\d\d)\b",
    re.I,
)
SILENT = re.compile(
    r"\b(?:does|do)\s+not\s+(?:say|specify|state|address|cover|mention|deal\s+with|distinguish|refer\s+to)\b"
    r"|\bis\s+silent\b|\bnot\s+specified\b",
    re.I,
)
ROLL = re.compile(
    r"\broll(?:s|ed|ing)?\b|\brollers?\b|\bturn(?:s|ed|ing)?\s+(?:themselves|himself|herself|itself)?\s*over\b",
    re.I,
)
# The clause a rolling baby stands in: "Babies who roll remain non-mobile; a child is
# regarded as mobile once they can crawl" speaks of two kinds of baby.
CLAUSE = re.compile(
    r";|:\s|\s[–—]\s|,?\s+(?:because|whereas|while|but)\s|,\s+(?=a\s+(?:child|baby)\b)", re.I
)
AS_MOBILE = re.compile(
    r"\b(?:treated|regarded|considered|counted|classed|classified|defined|seen|deemed|viewed|assessed)\s+(?:as\s+)?(?:being\s+)?(?:independently\s+)?mobile\b"
    r"|\b(?:showing|having|shows|has|have)\s+(?:some\s+|a\s+degree\s+of\s+)?(?:independent\s+)?mobility\b"
    r"|\bmakes?\s+(?:a\s+|the\s+)?(?:baby|child|infant|them)?\s*(?:independently\s+)?mobile\b|\bfalls?\s+outside\b"
    r"|\b(?:begun|started|able|beginning|starting)\s+to\s+(?:get|move)\s+(?:about|around|independently|on\s+(?:their|his|her)\s+own)\b"
    r"|\b(?:regarded|treated|counted|counts?|seen|considered)\s+as\s+(?:an?\s+)?(?:sign\s+of\s+)?independent\s+mobility\b"
    r"|\b(?:is|are|be|becomes?|become)\s+(?:independently\s+)?mobile\b|\bas\s+(?:being\s+)?(?:independently\s+)?mobile\b|\bexclud(?:e|es|ed|ing)\b|\bno\s+longer\s+(?:treated|regarded|considered|counted)\s+as\s+(?:non|not|pre)",
    re.I,
)
AS_NON_MOBILE = re.compile(
    r"\bnot\s+(?:yet\s+)?independently\s+mobile\b|\bnon[- ]?mobile\b|\bpre[- ]?mobile\b|\bimmobile\b"
    r"|\bwithin\s+(?:its|the|this)\s+scope\b|\b(?:is|are)\s+(?:still\s+|therefore\s+|also\s+|thus\s+)?(?:included|covered)\b|\bremains?\s+(?:in|within|covered)\b"
    r"|\b(?:falls?|comes?)\s+within\b|\bstill\s+(?:counts|falls|comes|qualifies)\b"
    r"|\b(?:is|are)\s+within\s+(?:the|its|this|that)\s+(?:definition|description|scope|protocol|procedure)\b"
    r"|\b(?:includ(?:es|ing)|cover(?:s|ing))\s+(?:a\s+|any\s+|the\s+)?(?:baby|babies|infants?|child(?:ren)?)\b",
    re.I,
)


ROLL_PART = re.compile(r"\broll", re.I)
AGE_PART = re.compile(r"\bage\b", re.I)


def _clause(sentence: str, at: int) -> str:
    """The clause of `sentence` that holds position `at`."""
    starts = [0, *(m.end() for m in CLAUSE.finditer(sentence) if m.end() <= at)]
    ends = [m.start() for m in CLAUSE.finditer(sentence) if m.start() > at] + [len(sentence)]
    return sentence[max(starts) : min(ends)].strip()


# A topic label printed with the answer ("Definition; rolling; age."): names, not a verdict.
ROLL_LISTED = re.compile(
    r"(?:^|[;,/(]\s*)rolling(?:\s+bab(?:y|ies))?\s*(?:[;,/.)]|and\s+age\b|$)", re.I
)


def code_rolling(ctx: Context) -> dict[str, Coded]:
    if hit := subquestion_answer(ctx.answers.get(5, ""), ROLL_PART):
        answer, evidence = hit
        # "Are babies who can roll treated as not independently mobile? Yes." (or "... as
        # mobile?", which turns the answer round).
        asks_non_mobile = AS_NON_MOBILE.search(evidence.split("?")[0]) is not None
        value = answer if asks_non_mobile else {"yes": "no", "no": "yes"}[answer]
        return {"rolling_is_non_mobile": Coded(value, evidence, 0.9)}
    for text in ctx.answers_from(5, 1, 4, 3, 2):
        decided: Coded | None = None
        for sentence in sentences(text):
            if (
                not (roll := ROLL.search(sentence))
                or PAST.search(sentence)
                or SILENT.search(sentence)
                or ROLL_LISTED.search(sentence)
            ):
                continue
            s = _clause(sentence, roll.start())
            mob = AS_MOBILE.search(s)
            non = AS_NON_MOBILE.search(s)
            if not (mob or non):
                s = sentence  # the verdict is in another clause ("... mobile; this includes rollers")
                mob, non = AS_MOBILE.search(s), AS_NON_MOBILE.search(s)
            # "... not independently mobile" contains "mobile": the specific phrase wins.
            if mob and not (non and non.start() <= mob.start() < non.end()):
                value = "yes" if neg_before(s, mob.start()) else "no"
                decided = Coded(value, s, 0.75)
            elif non:
                no_longer = re.search(r"\bno\s+longer\b(?:\s+[\w'’-]+){0,3}\s*$", s[: non.start()])
                value = (
                    "no"
                    if (neg_before(s, non.start(), 3) or no_longer)
                    and not non.group(0).lower().startswith("not")
                    else "yes"
                )
                decided = Coded(value, s, 0.75)
        if decided:
            return {"rolling_is_non_mobile": decided}
    return {"rolling_is_non_mobile": Coded("not_stated", None, 0.6)}


_NUMWORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-six": 26,
    "twenty six": 26, "a": 1, "an": 1,
}  # fmt: skip
# "all infants below the age of one": an age in years with no unit.
THRESHOLD_YEARS = re.compile(
    r"\b(?:under|below|younger\s+than|less\s+than)\s+the\s+age\s+of\s+(one|two|1|2)\b(?!\s*(?:weeks?|months?|years?))",
    re.I,
)
THRESHOLD = re.compile(
    r"\b(?:under|below|younger\s+than|less\s+than|up\s+to|aged\s+under|before|until|not\s+yet)\s+(?:the\s+age\s+of\s+|age\s+)?"
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]six|an?)\s*"
    r"(weeks?|months?|years?)(?:\s+old|\s+of\s+age)?\b",
    re.I,
)
MOBILITY = re.compile(
    r"\bmobil|\bNIM\b|\bcrawl|\bdefin|\btreated\s+as\b|\bscope\b|\bappl(?:y|ies)\b|\bcover(?:s|ed)?\b|\bincluded\b|\b(?:regarded|counted|considered)\s+as\b"
    r"|\bwithin\s+(?:the|its|this|our)\s+(?:protocol|policy|procedure|chapter|guidance|definition)",
    re.I,
)
NOT_AGE = re.compile(
    r"\bnot\s+(?:\w+\s+){0,2}(?:based\s+on|decided\s+by|determined\s+by|defined\s+by|dependent\s+on|linked\s+to|set\s+by|tied\s+to)\s+(?:(?:\w+['’]s|their|the|an?|any)\s+){0,2}(?:chronological\s+)?age\b"
    r"|\bno\s+longer\s+(?:linked|tied|related)\s+to\s+(?:their\s+|the\s+baby['’]s\s+)?age\b"
    r"|\bwhatever\s+(?:their|the\s+baby['’]s|his\s+or\s+her|its)\s+age\b|\bage\s+(?:is\s+)?not\s+used\b"
    r"|\bage\s+(?:does\s+not|doesn['’]t)\s+(?:determine|decide|define|govern)\b"
    r"|\bno\s+age[- ]based\b|\bage\s+is\s+(?:no\s+longer|not)\s+(?:the\s+)?(?:test|criterion|factor|deciding)\b"
    r"|\bnot\s+depend\s+on\s+(?:the\s+baby['’]s\s+|their\s+|a\s+baby['’]s\s+)?age\b|\bage\s+criteri(?:on|a)\s+(?:was|were|has\s+been)\s+(?:dropped|removed)\b"
    r"|\bdoes\s+not\s+(?:use|rely\s+on|refer\s+to|consider)\s+(?:\w+\s+){0,2}?age\b|\bno\s+(?:age|upper\s+age)[- ](?:limit|threshold|cut-?off|criteri)"
    r"|\bnot\s+age[- ]based\b|\bregardless\s+of\s+(?:their\s+|the\s+baby['’]s\s+)?age\b|\brather\s+than\s+(?:on\s+|by\s+|at\s+|from\s+)?(?:their\s+|the\s+|a\s+)?(?:baby['’]s\s+|child['’]s\s+)?age\b"
    r"|\bdevelopment(?:al)?(?:\s+stage)?,?\s+(?:and\s+)?not\s+(?:by\s+|on\s+)?age\b|\bage\s+(?:is\s+not|is\s+never|alone\s+is\s+not|plays\s+no)\b|\bnot\s+by\s+age\b"
    r"|\b(?:does|do)\s+not\s+(?:set|use|apply|have|include)\s+(?:an?\s+|any\s+)?(?:upper\s+)?age\s+(?:limit|threshold|cut-?off|criterion)"
    r"|\bnot\s+(?:from|by|on)\s+(?:their\s+|the\s+baby['’]s\s+|a\s+baby['’]s\s+)?age\b|\bage\s+is\s+(?:no\s+longer|not)\s+used\b"
    r"|\bage(?:[- ]based)?\s+(?:rule|threshold|limit|criterion|cut-?off|element|test)\s+(?:has\s+been|was|is)\s+(?:removed|dropped|abandoned|withdrawn|deleted)\b"
    r"|\bage\s+is\s+(?:no\s+longer|not)\s+(?:a\s+|any\s+)?part\s+of\b"  # "Age is no longer part of the definition"
    r"|\bmakes?\s+no\s+(?:reference|mention)\s+(?:to|of)\s+(?:the\s+|a\s+)?(?:baby['’]s\s+|child['’]s\s+)?age\b"
    r"|\bage\s+(?:alone\s+|by\s+itself\s+)?(?:should|does|will|must|would)\s+not\s+(?:decide|determine|define|govern|settle)\b"
    r"|\bage\s*[:–-]\s*(?:no\b|none\b|not\s+(?:used|relevant|a\s+factor|applicable|part))|\bnot\s+(?:on\s+|by\s+)?how\s+old\b"
    r"|\bno\s+age\s+(?:test|rule|limit|threshold|criterion|cut-?off|element)\b"
    r"|\bage\s+(?:does\s+not|doesn['’]t|plays\s+no)\s+(?:form\s+(?:any\s+)?part|come\s+into|feature|part)\b"
    r"|\b(?:milestones?|development(?:al)?(?:\s+(?:stage|milestones?))?)\s+only\b"
    # "does not depend on the age of the baby", "no longer refers to age", "is not based on a baby's age"
    r"|\b(?:not|no\s+longer|never)\s+(?:\w+\s+){0,3}?(?:use[sd]?|refers?|depends?|based|linked|tied|relies|rely|considers?|defined?|decided?|determined?|assess(?:ed)?|judged?|measured?)\s+(?:on\s+|to\s+|by\s+|upon\s+)?(?:[\w’']+\s+){0,3}?age\b"
    r"|\b(?:drops?|dropped|removes?|removed|deletes?|deleted|took\s+out|takes\s+out)\s+(?:the\s+|any\s+)?(?:age\b|reference\s+to\s+age)",
    re.I,
)
BY_AGE = re.compile(
    r"\b(?:based\s+on|by\s+reference\s+to|on\s+the\s+basis\s+of|decided\s+by|determined\s+by|defined\s+by)\s+(?:their\s+|the\s+baby['’]s\s+)?age\b"
    r"|\bage\s+(?:does\s+|is\s+)?(?:come\s+into\s+it|a\s+factor|relevant|taken\s+into\s+account|part\s+of\s+the\s+(?:test|definition))",
    re.I,
)
# "until their first birthday": an age in birthdays.
BIRTHDAY = re.compile(
    r"\b(?:up\s+to|until|before|under|below|(?:not\s+yet|yet\s+to|not)\s+(?:reached|reach|had|have))\s+(?:(?:their|the\s+baby['’]s|the\s+child['’]s|a\s+baby['’]s|his\s+or\s+her|its)\s+)?(first|1st|second|2nd)\s+birthday\b",
    re.I,
)


def _months(number: str, unit: str) -> int:
    n = _NUMWORDS.get(number.lower().replace("-", " ").replace("  ", " "), None)
    if n is None:
        n = _NUMWORDS.get(number.lower()) or int(number)
    unit = unit.lower()
    if unit.startswith("week"):
        return round(n * 12 / 52)
    if unit.startswith("year"):
        return n * 12
    return n


def code_age(ctx: Context) -> dict[str, Coded]:
    if (hit := subquestion_answer(ctx.answers.get(5, ""), AGE_PART)) and hit[0] == "no":
        return {
            "age_based": Coded("no", hit[1], 0.9),
            "age_threshold_months": Coded(None, None, 0.8),
        }
    for text in ctx.answers_from(5, 1, 4):
        threshold: Coded | None = None
        no: Coded | None = None
        by_age: Coded | None = None
        for s in sentences(text):
            if NOT_AGE.search(s):
                # "no longer refers to age: the earlier wording said under six months"
                no = no or Coded("no", s, 0.8)
                continue
            if PAST.search(s) and not re.search(r"\balready\b|\bcontinues?\b", s, re.I):
                continue
            for m in THRESHOLD.finditer(s):
                if MOBILITY.search(s) and not threshold and not neg_before(s, m.start(), 2):
                    threshold = Coded(_months(m.group(1), m.group(2)), s, 0.8)
            for m in THRESHOLD_YEARS.finditer(s):
                if MOBILITY.search(s) and not threshold and not neg_before(s, m.start(), 2):
                    threshold = Coded(_months(m.group(1), "years"), s, 0.75)
            for m in BIRTHDAY.finditer(s):
                if MOBILITY.search(s) and not threshold and not neg_before(s, m.start(), 2):
                    threshold = Coded(12 if m.group(1)[0] in "f1" else 24, s, 0.75)
            if NOT_AGE.search(s) and not no:
                no = Coded("no", s, 0.8)
            elif BY_AGE.search(s) and not by_age and not neg_before(s, BY_AGE.search(s).start()):  # type: ignore[union-attr]
                by_age = Coded("yes", s, 0.6)
        if threshold:
            return {
                "age_based": Coded("yes", threshold.evidence, threshold.confidence),
                "age_threshold_months": threshold,
            }
        if no or by_age:
            hit = no or by_age
            return {"age_based": hit, "age_threshold_months": Coded(None, None, 0.8)}  # type: ignore[dict-item]
    return {
        "age_based": Coded("not_stated", None, 0.6),
        "age_threshold_months": Coded(None, None, 0.6),
    }
