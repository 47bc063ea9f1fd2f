"""Coding rules of the bruising campaign that are more than patterns.

Each coder takes the response's context and returns Coded values for its field(s). The
vocabulary is the corpus README's: review_held is formal / informal / none / not_stated, etc.

This module codes question 1 (was there a review, and when: `code_review_held`,
`code_review_date`); question 5's coders (`code_rolling`, `code_age`) are in
foi/campaigns/nmi/definition.py, the negation both use in foi/campaigns/nmi/negation.py.
"""

from __future__ import annotations

import re

from foi.campaigns.nmi.definition import code_age, code_rolling
from foi.campaigns.nmi.negation import neg_before
from parsers.coding import RESTATED, YES_NO_START, Coded
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
    r"examin(?:ed|ation)|(?<!can\s)(?<!\bI\s)(?<!we\s)(?<!to\s)confirm(?:ed)?(?!\s+(?:this|these|the\s+above)\b)|compar(?:ed|ison)|reflected\s+on|tabled|talked\s+(?:\w+\s+){0,3}?through"
    r"|went\s+(?:through|over)|took\s+the\s+view)\b",
    re.I,
)
NO_REVIEW = re.compile(
    r"\bno\s+(?:such\s+)?review\b|\bno\s+such\s+(?:exercise|work|audit)\b|\bnot\s+(?:been\s+)?(?:reviewed|revisited)\b|\bdid\s+not\s+(?:carry\s+out|undertake|conduct|hold|review)\b"
    r"|\bhas\s+not\s+been\s+(?:reviewed|considered)\b|\bnot\s+(?:been\s+)?considered\b|\bno\s+review\s+(?:has|was)\b",
    re.I,
)
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
            if not negatable or not neg_before(s, m.start()):
                return s
    return None


def _considered_despite(denial: str, sents: list[str]) -> str | None:
    """A sentence saying the guidance was considered, outside the words that deny a review."""
    for s in sents:
        part = s
        if s == denial:
            m = NO_FORMAL.search(s) or NO_REVIEW.search(s)
            part = f"{s[: m.start()]} {s[m.end() :]}" if m else s
        m = CONSIDERED.search(part)
        # (a denial after it is its outcome: "discussed it and agreed ..., so no review was
        # commissioned")
        if m and not neg_before(part, m.start()) and not NO_REVIEW.search(part[: m.start()]):
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
    lead = YES_NO_START.match(a1)
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
    sents = sentences(ctx.answers.get(1, ""))
    for i, s in enumerate(sents):
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
        if not found and (m := RELATIVE_YEAR.search(s)) and (year := _relative_year(m, ctx)):
            # "an audit ... last year", in a letter of November 2025: 2024.
            found.append((year, m.start()))
        if not found and i and (m := DAY_ONLY.search(s)):
            # "In February 2023 ... The Group reviewed it at its meeting on the 14th."
            found = [(d, m.start()) for d, _ in month_dates(sents[i - 1])][:1]
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
            if LATER.search(s) and not FORMAL.search(s):
                # "The Executive noted that conclusion on 19 April 2023", "published on ...":
                # what followed the review, not the review (nor the consideration) itself.
                score = min(score, 1)
            candidates.append((-score, i, -_date_role(s, _pos), value, s))
    if not candidates:
        return {"review_date": Coded(None, None, 0.6)}
    best = min(candidates, key=lambda c: (c[0], c[1], c[2]))
    _, i, _, value, sent = best
    # A year alone, and the month of that year given beside it: in the same sentence ("in the
    # spring of 2023; it concluded on 17 May 2023"), or in one after it about the review
    # itself ("The review meeting took place on 6/3/23"), not about what followed.
    finer = [c for c in candidates if len(c[3]) == 7 and c[3][:4] == value]
    same = [c for c in finer if c[1] == i]
    later = [c for c in finer if c[1] > i and c[0] <= -2]
    if same:
        value = min(same, key=lambda c: (c[0], c[2]))[3]
    elif later:
        _, _, _, value, then = min(later, key=lambda c: (c[1], c[2]))
        sent = f"{sent} {then}"
    return {"review_date": Coded(value, sent, 0.75)}


DONE_PAST = re.compile(
    r"\b(?:reviewed|completed|carried\s+out|concluded|took\s+place|was\s+held|considered|discussed)\b",
    re.I,
)
MONTH_AFTER = re.compile(
    r"\b(?:in\s+)?the\s+month\s+(?:after|following)\s+(?:the\s+)?(?:panel|briefing|guidance|publication)",
    re.I,
)
RELATIVE_YEAR = re.compile(
    r"\b(last|this|earlier\s+this)\s+(year|spring|summer|autumn|winter)\b", re.I
)
# The month a season ends in; a winter is counted in the year it begins (2022/23: 2022).
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11}
DAY_ONLY = re.compile(r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])")
LATER = re.compile(
    r"\b(?:published|signed\s+off|ratified|endorsed|noted|issued|went\s+live|launched|circulated)\b",
    re.I,
)


def _relative_year(m: re.Match[str], ctx: Context) -> str | None:
    """ "last year" / "this spring" / "last spring" in a letter of November 2025: 2024 / 2025
    / 2025 (the spring before the letter); "last winter": the one that began the year before."""
    if (written := _letter_month(ctx)) is None:
        return None
    year, month = int(written[:4]), int(written[5:7])
    when, what = m.group(1).lower(), m.group(2).lower()
    if when != "last":
        return str(year)
    if what in _SEASON_END:
        return str(year if month > _SEASON_END[what] else year - 1)
    return str(year - 1)


def _letter_month(ctx: Context) -> str | None:
    """The month the letter was written (YYYY-MM): the latest date it gives within the
    campaign's window (its date line), where it gives one."""
    start = str(
        ctx.campaign.settings.get("window_start", "") or getattr(ctx.campaign, "window_start", "")
    )[:7]
    end = str(getattr(ctx.campaign, "window_end", "") or "9999")[:7]
    dates = [d[:7] for d, _ in month_dates(ctx.text) if start <= d[:7] <= end]
    return max(dates) if dates else None


AFTER_GUIDANCE = re.compile(
    r"\b(?:spring|summer|early|first\s+half|first\s+quarter)\s+(?:of\s+)?(?:after\s+(?:the\s+)?(?:panel['’]s\s+)?(?:briefing|guidance|publication)|the\s+(?:following|next)\s+year)\b"
    r"|\b(?:early|in\s+the\s+spring|in\s+the\s+summer)\s+(?:of\s+)?the\s+(?:following|next)\s+year\b",
    re.I,
)


__all__ = ["MONTHS", "code_age", "code_review_date", "code_review_held", "code_rolling"]
