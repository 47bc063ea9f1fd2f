"""What a reply says it does with the information: the patterns for not held, refused,
redirected and provided, and the exemptions applied (parsers/status.py decides from them)."""

from __future__ import annotations

import re

from parsers.coding import negated
from parsers.sentences import sentences

# FOIA Part II exemptions plus s12 (cost) and s14 (vexatious); s1, s16, s17 are not exemptions.
EXEMPT_SECTIONS = {12, 14, *range(21, 45)}
# "section 40(2)", "Section 40 (2)", "s.36(2)(b)(ii)", "s40(5B)(a)(i)".
SECTION = re.compile(
    r"\b(?:section|sections|s\.?|§)\s?(\d{1,2})((?:\s?\((?:\d{1,2}[A-Z]?|[a-z]{1,4})\))*)(?![\d(])",
    re.I,
)
# Where the exemption is a subsection of its own (s40(2) personal data, s40(5B) neither
# confirm nor deny) the further paragraphs are detail; elsewhere (s36(2)(b)(ii)) they name it.
FIRST_SUBSECTION_ONLY = {40}
# The subsections that exempt from the duty to confirm or deny, section by section.
NCND_SUBSECTION = {
    23: "(5)", 24: "(2)", 26: "(3)", 27: "(4)", 30: "(3)", 31: "(3)", 36: "(3)", 38: "(2)",
    41: "(2)", 42: "(2)", 43: "(3)", 44: "(2)",
}  # fmt: skip
# s12(1) and s21(1) are just the cost limit and "accessible elsewhere": no subsection shown.
NO_SUBSECTION = {12, 21}
COST_LIMIT = re.compile(
    r"\b(?:exceed|over|more\s+than|beyond|above)\b[^.]{0,80}\b(?:appropriate|cost)\s+limit\b"
    r"|\b(?:appropriate|cost)\s+limit\b[^.]{0,80}\b(?:exceed|would\s+be\s+exceeded)"
    r"|\bexceed[^.]{0,60}(?:18\s+hours|£\s?450)",
    re.I,
)
COST_WORD = re.compile(r"limit|exceed", re.I)  # in every COST_LIMIT match: looked for first
DIGIT = re.compile(r"\d")  # in every SECTION cited
APPLIED = re.compile(
    r"\bexempt|\bexemption|\bwithh(?:e|o)ld|\bredact|\bremoved\b|\brefus|\bapplies\b|\bapplied\b|"
    r"\bengag|\bcost limit|\bappropriate limit|\bexceed|\brel(?:ying|ied|y|ies)\s+(?:up)?on\b|\bunder section",
    re.I,
)
NOT_HELD = re.compile(
    r"^(?:information\s+)?not\s+held\b|\b(?:does|do)\s+not\s+hold\b|\bholds?\s+no\s+(?:recorded\s+)?(?:information|papers|records|documents|minutes|data)\b|"
    # "None of them holds any recorded information about a review"
    r"\bnone\s+of\s+(?:them|these|those|us)\s+holds?\s+any\s+(?:recorded\s+)?(?:information|papers|records|documents)\b|"
    r"\bno\s+(?:recorded\s+)?information\s+(?:is\s+)?held\b"
    r"|\b(?:information|records?|papers|documents|data|this|it)\s+(?:is|are)\s+not\s+held\b"
    # "does not keep a count of them" (but "does not record bruising separately" is a
    # figure's basis, not a denial)
    r"|\b(?:does|do)\s+not\s+(?:keep|collect|maintain)\s+(?:a\s+)?(?:count|record|records|figures|statistics|data)\b(?![^.]{0,40}\bseparately\b)",
    re.I,
)
NOT_HELD_WORD = re.compile(r"no", re.I)  # in every NOT_HELD: "not", "no" (see WORD_OF)
REFUSED_ANSWER = re.compile(
    r"^(?:refused|exempt|withheld)\b|\bis\s+exempt\b|\bwe\s+are\s+refusing\b", re.I
)
# Redirected: another, named body is said to hold the information (a suggestion where to ask
# is not enough: that is still "not held").
REDIRECT = re.compile(
    r"\b(?:is|are|would\s+be|will\s+be)\s+held\s+(?:solely\s+|only\s+)?by\s+(?:the\s+)?[A-Z\w]"
    r"|\bheld\s+by\s+the\s+(?:\w+\s+){0,6}?(?:partnership|board|trust|icb|group|procedures|panel)"
    # "logged and audited by the partnership's business unit"
    r"|\b(?:kept|logged|audited|recorded|collated)\s+by\s+the\s+(?:(?!that\b|which\b|who\b)[\w'’]+\s+){0,3}?(?:partnership|trust|icb)"
    r"|\b(?:partnership|board|trust|icb|group)\s+(?:holds|would\s+hold|is\s+the\s+(?:body|organisation)\s+that\s+holds)\b"
    # "it is the partnership, not the council, that holds the records"
    r"|\b(?:partnership|board|trust|icb|group),?\s+(?:and\s+)?not\s+the\s+(?:council|authority),?\s+(?:that|which|who)\s+(?:holds|keeps)\b"
    r"|\b(?:body|organisation|partnership|board|group|authority)\s+(?:which|that|who)\s+(?:holds|would\s+hold|keeps)\b"
    r"|\bholds?\s+(?:any\s+)?(?:this|the|that|these|such)\s+(?:information|records)\b(?=[^.]*\b(?:partnership|board|trust|group)\b)",
    re.I,
)
REDIRECT_WORD = re.compile(r"held|hold|keep|by", re.I)  # in every REDIRECT
# A named body said to hold or own the information (case matters: it is a name).
_BODY_NAME = (
    r"(?:(?!(?:The|This|Our|Your|Each|Every|An?|That)\s)(?:[A-Z][\w'’&-]*\s+(?:and\s+|of\s+|the\s+|for\s+)?){1,7}(?:Council|Partnership|Board|Trust|ICB|Group|Service|Panel)"
    # "NHS Cheshire and Merseyside": an NHS body named by its area
    r"|NHS(?:\s+(?:and\s+)?[A-Z][\w'’&-]*){1,6})"
)
REDIRECT_NAMED = re.compile(
    rf"\b{_BODY_NAME},?\s+(?:which\s+|who\s+)?(?:holds|would\s+hold|keeps|owns|is\s+responsible\s+for)\b(?!\s+no\b)"
    rf"|\b(?:owned|held|kept|maintained|managed|written|reviewed)\b[^.]{{0,60}}\bby\s+(?:the\s+)?{_BODY_NAME}\b"
    # "kept by the Safeguarding Children Team at The Rotherham NHS Foundation Trust",
    # "undertaken by paediatricians at Mid Cheshire Hospitals NHS Foundation Trust"
    rf"|\b(?:held|kept|maintained|recorded|logged|undertaken|carried\s+out|performed|conducted)\s+by\s+(?:[Tt]he\s+)?(?:[\w'’]+\s+){{0,5}}?(?:at|of|in|within)\s+(?:[Tt]he\s+)?{_BODY_NAME}\b"
)
REDIRECT_NAMED_WORD = re.compile(r"hold|keep|owns|responsible|by")  # in every REDIRECT_NAMED
REFUSAL = re.compile(
    r"\bexempt\s+from\s+disclosure\b|\brefusal\s+notice\b|\bwe\s+(?:are|must)\s+(?:therefore\s+)?refus|\brefus(?:e|ing)\s+(?:your|this|the)\s+request\b"
    r"|\bexceed(?:s|ed)?\s+the\s+(?:appropriate|cost)\s+limit\b|\bvexatious\b|\bapplied\s+section\b|\bis\s+being\s+refused\b",
    re.I,
)


def exemptions(text: str, withheld: bool = False) -> list[str]:
    """Exemptions applied, spelt as the corpus spells them: s21, s40(2), s12. `withheld`:
    the text says it withholds, so a section it names is applied even in a sentence of its
    own (an answer cell "We are withholding it.", then "Section 22 – future publication")."""
    found: list[str] = []
    for sent in sentences(text):
        if not DIGIT.search(sent):
            continue  # a section is cited by its number (most sentences cite none)
        for m in SECTION.finditer(sent):
            n = int(m.group(1))
            if n not in EXEMPT_SECTIONS or not (withheld or APPLIED.search(sent)):
                continue
            if re.search(
                r"\bnot\s+(?:been\s+)?(?:applied|relied|engaged)|\bno\s+exemption", sent, re.I
            ):
                continue
            # Subsections are kept where they name a different exemption (s40(2) personal
            # data, s36(2)(b) prejudice); "s12(1)" is just the cost limit, s12.
            groups = re.findall(r"\([^)]*\)", m.group(2) or "")
            if n in FIRST_SUBSECTION_ONLY:
                groups = groups[:1]
            code = f"s{n}" if n in NO_SUBSECTION else f"s{n}{''.join(groups)}"
            if code not in found:
                found.append(code)
    # "section 36" beside "section 36(2)(b)(ii)" is the same exemption, said less exactly.
    found = [c for c in found if not any(o != c and o.startswith(c + "(") for o in found)]
    # Neither confirm nor deny under s31(3), "where confirming would prejudice ... (s31(1)(a))":
    # the exemption applied is the one that removes the duty to confirm or deny.
    for n, sub in NCND_SUBSECTION.items():
        if any(c.startswith(f"s{n}{sub}") for c in found):
            found = [c for c in found if not c.startswith(f"s{n}(") or c.startswith(f"s{n}{sub}")]
    # The cost limit described without its section number is still s12.
    if not any(c.startswith("s12") for c in found) and any(_cost_limit(s) for s in sentences(text)):
        found.append("s12")
    return found


def _cost_limit(sentence: str) -> bool:
    """The sentence says the cost limit applies (not that it does not)."""
    if not COST_WORD.search(sentence):
        return False  # (most sentences: the words are found faster than the pattern)
    m = COST_LIMIT.search(sentence)
    return m is not None and not negated(sentence, m.start())


WITHHOLD = re.compile(r"\bwithh(?:o|e)ld(?:ing)?\b|\brefus(?:e|ed|ing)\b", re.I)


# Publication to come is not provision (section 22: intended for future publication).
FUTURE = re.compile(
    r"\b(?:due|intended|going|planned|scheduled)\s+(?:to\s+be\s+|for\s+)publi|\bwill\s+be\s+(?:made\s+)?(?:published|available)"
    r"|\bfuture\s+publication\b|\bbeing\s+prepared\s+for\s+publication\b",
    re.I,
)
PROVIDED = re.compile(
    r"\b(?:attached|enclosed|published\s+(?:at|on)|available\s+(?:at|on|from)|provided\s+below)\b|https?://",
    re.I,
)


def answer_given(text: str) -> bool:
    """An answer counts unless it says the information is not held, or withholds it under
    an exemption without giving anything else (a redaction within an answer still counts)."""
    sents = sentences(text) if text.strip() else []
    if not sents or NOT_HELD.search(sents[0]) or REFUSED_ANSWER.search(sents[0]):
        return False
    withholding = [s for s in sents if WITHHOLD.search(s)]
    if withholding and exemptions(text):
        return any(
            PROVIDED.search(s) and not FUTURE.search(s) for s in sents if s not in withholding
        )
    return True


HEDGE = re.compile(r"\b(?:whether|if|may|might|could)\b", re.I)


# A word every match of a pattern holds (kept in step with the pattern, in its case rule),
# looked for in a sentence first: most sentences hold none, and a word is found at a
# fraction of the cost of trying a pattern of many alternatives at every character.
WORD_OF = {NOT_HELD: NOT_HELD_WORD, REDIRECT: REDIRECT_WORD, REDIRECT_NAMED: REDIRECT_NAMED_WORD}


def _positive(pattern: re.Pattern[str], text: str) -> str | None:
    """The first sentence asserting the pattern: not negated, not hedged ("whether it holds")."""
    word = WORD_OF.get(pattern)
    for s in sentences(text):
        if word is not None and not word.search(s):
            continue
        m = pattern.search(s)
        if (
            m
            and not negated(s, m.start())
            and not HEDGE.search(s[max(0, m.start() - 40) : m.start()])
        ):
            return s
    return None
