"""Coding rules of the bruising campaign that are more than patterns.

Each coder takes the response's context and returns Coded values for its field(s). The
vocabulary is the corpus README's: review_held is formal / informal / none / not_stated, etc.
"""

from __future__ import annotations

import re

from parsers.coding import NEGATION, RESTATED, Coded, subquestion_answer
from parsers.context import Context
from parsers.dates import MONTHS, month_dates, year_dates
from parsers.outcome import answer_given
from parsers.sentences import sentences

FORMAL = re.compile(
    r"\bformal(?:ly)?\s+(?:review(?:ed)?|consider(?:ed|ation)|revis(?:ed|ion))\b"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:fully\s+|formally\s+|thoroughly\s+)?(?:reviewed|revised|re-?examined)\b"
    r"|\b(?:carried\s+out|undertook|undertaken|completed|conducted|did|held|commissioned)\s+(?:a|an|its|the|that|this)\s+(?:\w+\s+){0,3}?(?:review|audit)\b"
    r"|\bline\s+by\s+line\b"
    r"|\breview\s+(?:was|has\s+been|had\s+been)\s+(?:carried\s+out|undertaken|completed|concluded|held|conducted|finalised)\b"
    r"|\b(?:the|this|that|a|our)\s+review\s+(?:concluded|found|completed|recommended|took\s+place|was\s+led)\b"
    r"|\breviewed\s+(?:the|its|our|their)\s+(?:[\w-]+\s+){0,6}?(?:policy|policies|procedures?|protocol|guidance|chapter|guide)\b"
    r"|\breview\s+(?:was\s+)?(?:carried\s+out|undertaken|completed|conducted)\b"
    r"|\b(?:agreed|approved|adopted|published|issued|ratified|endorsed)\s+(?:a|the|its|their)\s+(?:revised|updated|new|amended)\s+(?:version|chapter|policy|procedure|protocol|guidance|guide)\b"
    r"|\blooked\s+at\s+(?:afresh|again)\b|\bre-?examined\b"
    r"|\b(?:re-?examination|refresh(?:ed)?|revisited|overhauled|re-?evaluated|re-?assessed|re-?appraised)\b",
    re.I,
)
NO_FORMAL = re.compile(
    r"\bno\s+formal\s+review\b|\bnot\s+(?:been\s+)?formally\s+reviewed\b|\bwithout\s+a\s+formal\s+review\b"
    r"|\bformal\s+review\s+(?:was|is)\s+not\s+(?:thought|considered|deemed|felt|judged)?\s*(?:necessary|needed|required)\b"
    r"|\brather\s+than\s+a\s+formal\s+review\b|\bnone\s+was\s+(?:carried\s+out|undertaken|held)\b"
    r"|\bformal\s+review\s+(?:was|has\s+been|had\s+been)\s+not\s+(?:\w+\s+)?(?:commissioned|carried\s+out|undertaken|held|started|begun|needed|necessary|required)\b",
    re.I,
)
CONSIDERED = re.compile(
    r"\b(?:consider(?:ed|ation)|discuss(?:ed|ion)|check(?:ed)?|looked\s+at|noted|assess(?:ed|ment)|"
    r"examin(?:ed|ation)|(?<!can\s)(?<!\bI\s)(?<!we\s)(?<!to\s)confirm(?:ed)?|compar(?:ed|ison)|reflected\s+on|tabled|talked\s+(?:\w+\s+){0,3}?through"
    r"|went\s+(?:through|over)|took\s+the\s+view)\b",
    re.I,
)
NO_REVIEW = re.compile(
    r"\bno\s+(?:such\s+)?review\b|\bno\s+such\s+(?:exercise|work|audit)\b|\bnot\s+(?:been\s+)?(?:reviewed|revisited)\b|\bdid\s+not\s+(?:carry\s+out|undertake|conduct|hold|review)\b"
    r"|\bhas\s+not\s+been\s+(?:reviewed|considered)\b|\bnot\s+(?:been\s+)?considered\b|\bno\s+review\s+(?:has|was)\b",
    re.I,
)
LEAD = re.compile(r"^\s*(yes|no)\b", re.I)
PLANNED = re.compile(
    r"\b(?:next|due|will|planned|scheduled|upcoming|intend|future|expected)\b", re.I
)
# Words that date the review itself (strongest), or only something around it.
DONE_WORDS = re.compile(
    r"\b(?:carried\s+out|complet(?:ed|ion)|conclu(?:ded|sion)|approv(?:ed|al)|agreed|signed\s+off|"
    r"ratified|endorsed|adopted|confirmed|finished|finalised|took\s+place|undertaken|met)\b",
    re.I,
)
REVIEW_WORDS = re.compile(
    r"\b(?:review(?:ed)?|approv(?:ed|al)|agreed|complet(?:ed|ion)|conclu(?:ded|sion)|confirmed|"
    r"considered|discussed|signed\s+off|ratified|endorsed|adopted|met|meeting|revised)\b",
    re.I,
)


def _first(sents: list[str], pattern: re.Pattern[str], negatable: bool = True) -> str | None:
    for s in sents:
        if negatable and re.match(r"(?:nor|neither)\b", s, re.I):
            continue  # "Nor was the guidance put before any group for discussion."
        for m in pattern.finditer(s):
            if not negatable or not _neg_before(s, m.start()):
                return s
    return None


MOVEMENT = re.compile(r"(?:crawl|walk|cruis|mov|stand|shuffl|bottom|sit|pull|yet|roll)", re.I)


def _neg_before(sentence: str, start: int, words: int = 4) -> bool:
    """A negation among the few words just before a match ("is not treated as ..."), but not
    one that belongs to a movement ("can roll but not crawl remain non-mobile")."""
    words_before = re.findall(r"[\w'’-]+", sentence[:start])
    # "is not, on that basis alone, regarded as mobile": a negation before an aside.
    if re.search(r"\b(?:is|are|was|were|be)\s+not\s*,[^,]{1,50},\s*$", sentence[:start], re.I):
        return True
    clause = re.split(r"[,;:(]", sentence[:start])[-1]
    # "neither the council nor the partnership re-examined ...", "did not carry out a review
    # or discuss the briefing": the negation spans the list.
    if re.search(r"\bneither\b.*\bnor\b", clause, re.I) or re.search(
        r"\b(?:not|never|no)\b.*\b(?:or|nor)\s+(?:\w+ly\s+)?$", clause, re.I
    ):
        return True
    # "the briefing was not taken to any board for consideration": a negated clause's noun.
    if re.match(
        r"(?:consideration|discussion|examination|assessment|comparison)\b", sentence[start:], re.I
    ) and re.search(r"\b(?:not|never|no)\b(?!.*\b(?:but|although|however)\b)", clause, re.I):
        return True
    before = words_before[-words:]
    for i, w in enumerate(before):
        if NEGATION.fullmatch(w) or w.lower().endswith("n't"):
            nxt = before[i + 1] if i + 1 < len(before) else ""
            if not MOVEMENT.match(nxt):
                return True
    return False


def _considered_despite(denial: str, sents: list[str]) -> str | None:
    """A sentence saying the guidance was considered, outside the words that deny a review."""
    for s in sents:
        part = s
        if s == denial:
            m = NO_FORMAL.search(s) or NO_REVIEW.search(s)
            part = f"{s[: m.start()]} {s[m.end() :]}" if m else s
        m = CONSIDERED.search(part)
        if m and not _neg_before(part, m.start()) and not NO_REVIEW.search(part):
            return s
    return None


def code_review_held(ctx: Context) -> dict[str, Coded]:
    a1 = ctx.answers.get(1, "")
    if not a1:
        return {"review_held": Coded("not_stated", None, 0.9)}
    # The question as the letter restates it ("You asked whether our policies were reviewed
    # ...") says nothing of the answer.
    sents = [x for x in sentences(a1) if not RESTATED.search(x)] or sentences(a1)
    if not answer_given(a1):  # not held, or withheld: the review is not stated
        return {"review_held": Coded("not_stated", sents[0], 0.85)}
    no_formal = _first(sents, NO_FORMAL, negatable=False)
    floor = ctx.campaign.settings.get("guidance_date", "0000-00")[:7]
    # A revision dated before the guidance ("refreshed in May 2022") is not the review.
    after = [x for x in sents if not any(d[:7] < floor for d, _ in month_dates(x))]
    formal = _first(after, FORMAL)
    considered = _first(sents, CONSIDERED)
    no_review = _first(sents, NO_REVIEW, negatable=False)
    lead = LEAD.match(a1)
    denial = no_formal or (None if formal else no_review)
    if denial:
        # "No formal review, but the guidance was considered ..." is the informal case.
        # Consideration dated only before the guidance ("last looked at in 2021") is not of it.
        current = [
            x
            for x in sents
            if x == denial
            or not (dates := [d for d, _ in month_dates(x)] + [d for d, _ in year_dates(x)])
            or any(d[:7] >= floor or (len(d) == 4 and d >= floor[:4]) for d in dates)
        ]
        if despite := _considered_despite(denial, current):
            return {"review_held": Coded("informal", despite, 0.8)}
        # Words of consideration near a denial the rules could not place: worth a look.
        return {"review_held": Coded("none", denial, 0.55 if considered else 0.8)}
    if formal:
        # "Formal" beside words of mere consideration is the commonest confusion: less sure.
        doubt = (
            considered is not None and considered != formal or re.search(r"\bformal\b", a1, re.I)
        )
        return {"review_held": Coded("formal", formal, 0.6 if doubt else 0.85)}
    if considered:
        return {"review_held": Coded("informal", considered, 0.6)}
    if lead:
        value = "formal" if lead.group(1).lower() == "yes" else "none"
        evidence = " ".join(sents[:2]) if len(sents[0]) < 8 else sents[0]  # not just "No."
        return {"review_held": Coded(value, evidence, 0.6)}
    return {"review_held": Coded("not_stated", None, 0.5)}


ENDED = re.compile(
    r"\b(?:conclud|complet|carried\s+out|finish|agreed|signed\s+off|approved|reviewed|undert(?:ook|aken)|reported)\w*",
    re.I,
)
BEGAN = re.compile(
    r"\b(?:began|begun|started|commenced|added|work\s+programme|planned|scheduled)\b", re.I
)


def _date_role(sentence: str, at: int) -> int:
    """Within one sentence, the date the review ended or was carried out beats the date
    it began or was put on a work programme."""
    before = sentence[max(0, at - 70) : at]
    ended, began = list(ENDED.finditer(before)), list(BEGAN.finditer(before))
    last_end = ended[-1].end() if ended else -1
    last_begin = began[-1].end() if began else -1
    return 2 if last_end > last_begin else -1 if last_begin > last_end else 0


def code_review_date(ctx: Context) -> dict[str, Coded]:
    held = ctx.coded.get("review_held")
    if held is None or held.value not in ("formal", "informal"):
        return {"review_date": Coded(None, None, 0.9)}
    floor = ctx.campaign.settings.get("guidance_date", "0000-00")[:7]
    candidates: list[tuple[int, int, int, str, str]] = []
    for i, s in enumerate(sentences(ctx.answers.get(1, ""))):
        if PLANNED.search(s) and not DONE_PAST.search(s):
            continue  # a review to come ("the next review is due in 2026"), not one held
        found = [(d, m.start()) for d, m in month_dates(s)]
        found += [(d, m.start()) for d, m in year_dates(s)]
        # "the Panel's 2022 briefing", "its September 2022 guidance": the guidance's own date.
        found = [
            (d, at)
            for d, at in found
            if not re.match(
                r"(?:[A-Za-z]+\s+)?\d{4}\s+(?:briefing|guidance|publication)", s[at:], re.I
            )
        ]
        if not found and (m := RELATIVE_YEAR.search(s)) and (year := _letter_year(ctx)):
            # "an audit ... last year", in a letter of November 2025: 2024.
            found.append((str(year - (0 if m.group(1).lower() == "this" else 1)), m.start()))
        if len(floor) >= 7 and (m := MONTH_AFTER.search(s)):
            # "in the month after the Panel published its briefing": the guidance's month + 1.
            y, mo = int(floor[:4]), int(floor[5:7]) + 1
            # (the guidance's own date beside it, "published ... on 29 September 2022", goes)
            found = [(f"{y + (mo > 12)}-{(mo - 1) % 12 + 1:02d}", m.start())]
        if not found and floor[:4].isdigit() and (m := AFTER_GUIDANCE.search(s)):
            # "in the summer after the briefing was published", "early the following year":
            # the year after the guidance's.
            found.append((str(int(floor[:4]) + 1), m.start()))
        for value, _pos in sorted(found, key=lambda x: x[1]):
            # A year alone ("in the autumn of 2022") may fall after the guidance in its year.
            if value[:4] < floor[:4] or (len(value) > 4 and value[:7] <= floor):
                continue
            if re.search(
                r"\b(?:guidance|briefing|panel)\b[^.]{0,40}\bpublished\b|\bpublished\b[^.]{0,30}\b(?:guidance|briefing)",
                s,
                re.I,
            ) and not REVIEW_WORDS.search(s.replace("published", "")):
                continue
            score = (
                4
                if FORMAL.search(s)
                else 3
                if DONE_WORDS.search(s)
                else 2
                if REVIEW_WORDS.search(s)
                else 0
            )
            candidates.append((-score, i, -_date_role(s, _pos), value, s))
    if not candidates:
        return {"review_date": Coded(None, None, 0.6)}
    _, _, _, value, sent = min(candidates, key=lambda c: (c[0], c[1], c[2]))
    return {"review_date": Coded(value, sent, 0.75)}


DONE_PAST = re.compile(
    r"\b(?:reviewed|completed|carried\s+out|concluded|took\s+place|was\s+held|considered|discussed)\b",
    re.I,
)
MONTH_AFTER = re.compile(
    r"\b(?:in\s+)?the\s+month\s+(?:after|following)\s+(?:the\s+)?(?:panel|briefing|guidance|publication)",
    re.I,
)
RELATIVE_YEAR = re.compile(r"\b(last|this|earlier\s+this)\s+year\b", re.I)


def _letter_year(ctx: Context) -> int | None:
    """The year the letter was written: the latest date it gives within the campaign's
    window (its date line), where it gives one."""
    start = str(
        ctx.campaign.settings.get("window_start", "") or getattr(ctx.campaign, "window_start", "")
    )[:7]
    end = str(getattr(ctx.campaign, "window_end", "") or "9999")[:7]
    dates = [d[:7] for d, _ in month_dates(ctx.text) if start <= d[:7] <= end]
    return int(max(dates)[:4]) if dates else None


AFTER_GUIDANCE = re.compile(
    r"\b(?:spring|summer|early|first\s+half|first\s+quarter)\s+(?:of\s+)?(?:after\s+(?:the\s+)?(?:panel['’]s\s+)?(?:briefing|guidance|publication)|the\s+(?:following|next)\s+year)\b"
    r"|\b(?:early|in\s+the\s+spring|in\s+the\s+summer)\s+(?:of\s+)?the\s+(?:following|next)\s+year\b",
    re.I,
)
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
    r"|\bwithin\s+(?:its|the|this)\s+scope\b|\b(?:is|are)\s+(?:still\s+)?(?:included|covered)\b|\bremains?\s+(?:in|within|covered)\b"
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
    return sentence[max(starts) : min(ends)]


# A topic label printed with the answer ("Definition; rolling; age."): names, not a verdict.
ROLL_LISTED = re.compile(r"(?:^|[;,/]\s*)rolling\s*(?:[;,/.]|and\s+age\b|$)", re.I)


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
                value = "yes" if _neg_before(s, mob.start()) else "no"
                decided = Coded(value, s, 0.75)
            elif non:
                no_longer = re.search(r"\bno\s+longer\b(?:\s+[\w'’-]+){0,3}\s*$", s[: non.start()])
                value = (
                    "no"
                    if (_neg_before(s, non.start(), 3) or no_longer)
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
    r"|\bage\s+(?:rule|threshold|limit|criterion|cut-?off)\s+(?:has\s+been|was|is)\s+(?:removed|dropped|abandoned|withdrawn|deleted)\b"
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
                if MOBILITY.search(s) and not threshold and not _neg_before(s, m.start(), 2):
                    threshold = Coded(_months(m.group(1), m.group(2)), s, 0.8)
            for m in THRESHOLD_YEARS.finditer(s):
                if MOBILITY.search(s) and not threshold and not _neg_before(s, m.start(), 2):
                    threshold = Coded(_months(m.group(1), "years"), s, 0.75)
            for m in BIRTHDAY.finditer(s):
                if MOBILITY.search(s) and not threshold and not _neg_before(s, m.start(), 2):
                    threshold = Coded(12 if m.group(1)[0] in "f1" else 24, s, 0.75)
            if NOT_AGE.search(s) and not no:
                no = Coded("no", s, 0.8)
            elif BY_AGE.search(s) and not by_age and not _neg_before(s, BY_AGE.search(s).start()):  # type: ignore[union-attr]
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


__all__ = ["MONTHS", "code_age", "code_review_date", "code_review_held", "code_rolling"]
