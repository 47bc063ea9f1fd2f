"""Split a response into the answers to the campaign's questions.

Councils re-quote the questions or paraphrase them; number them 1-5, Q1-Q5, (a)-(e) or
"Question 1"; put them in bold, headings, list items or table cells; mark answers "Answer:",
"Response:", ... or not at all; answer several at once ("Questions 1, 2 and 4"); answer out of
order; or print the questions only in the quoted request of an email. The splitter walks the
blocks once, opening a segment at each question or numbered answer and closing it at a
heading, boilerplate, the end of a table or the next question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from parsers.boilerplate import is_boilerplate
from parsers.model import Block
from parsers.protocols import QuestionLike
from parsers.sentences import norm, sentences, squash
from parsers.topics import (
    RULE,
    align_paragraphs,
    claim_sentences,
    number_last,
    split_rules,
    split_run_in_heads,
    split_run_on,
    topic_headings,
    topic_lead_question,
    topic_question,
)


@dataclass
class Answer:
    question_no: int
    question_text: str | None
    answer_text: str
    where: str = ""
    raw: str = ""  # the answer with its paragraph and table-row breaks, for coding


@dataclass
class _Segment:
    no: int
    question_text: str | None
    quoted: bool
    table: int | None
    where: str
    parts: list[str] = field(default_factory=list)
    listing: bool = False  # one of a run of questions with no answers between: the request
    last_cell: tuple[int | None, int | None] = (None, None)

    def add(self, b: Block, text: str) -> None:
        """Cells of one table row read as one line ("8 February 2023 – Review carried out")."""
        row, cell = self.last_cell
        if b.row is not None and b.row == row and b.cell != cell and self.parts:
            self.parts[-1] += " – " + text
        else:
            self.parts.append(text)
        self.last_cell = (b.row, b.cell)

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


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
    r"|^(?-i:A)\s*:\s*|^(?-i:A)\.\s+(?=\S)|^(?-i:A)\s+(?=(?:Yes|No)\b)",  # a case system's "Q: ... A: ...", a page's "Q. ... A. ..."
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
class _Lead:
    kind: str  # question | answer | number | letter | multi | mark | ""
    numbers: list[int]
    rest: str


def read_lead(block: Block) -> _Lead:
    """What a block opens with: a question or answer label, a number, a marker."""
    text = block.text.strip()
    label = (block.label or "").strip()
    if label and label not in ("•", "-", "–", "·"):
        lab = re.sub(r"^q\.?\s*", "", label, flags=re.I).strip("().: ")
        if lab.isdigit():
            return _Lead("number", [int(lab)], text)
        if lab.lower() in _ROMANS and lab.lower() != "i" or lab.lower() in ("i", "ii", "iii"):
            return _Lead("letter", [_ROMANS[lab.lower()]], text)
        if len(lab) == 1 and lab.isalpha():
            return _Lead("letter", [ord(lab.lower()) - 96], text)
    for pattern, kind in ((MULTI, "multi"), (QWORD, "question"), (AWORD, "answer")):
        if m := pattern.match(text):
            nums = _numbers(m.group(1)) if kind == "multi" else [_to_int(m.group(1))]
            return _Lead(kind, nums, text[m.end() :])
    if m := LIST_MULTI.match(text):
        found = re.findall(r"\(?([a-eA-E])\)|(\d)", m.group(1))
        items = [int(d) if d else ord(x.lower()) - 96 for x, d in found]
        return _Lead("multi", list(dict.fromkeys(items)), text[m.end() :])
    if m := ORDINAL.match(text):
        return _Lead("multi", [_ORDINALS[m.group(1).lower()]], text[m.end() :])
    if m := FINALLY.match(text):
        return _Lead("finally", [], text[m.end() :])
    if m := NUMBER.match(text):
        return _Lead("number", [int(m.group(1))], text[m.end() :])
    if m := ROMAN.match(text):
        return _Lead("letter", [_ROMANS[m.group(1).lower()]], text[m.end() :])
    if m := LETTER.match(text):
        return _Lead("letter", [ord((m.group(1) or m.group(2)).lower()) - 96], text[m.end() :])
    if m := ANSWER_MARK.match(text):
        return _Lead("mark", [], text[m.end() :])
    return _Lead("", [], text)


def _scores(text: str, question: QuestionLike) -> tuple[float, int]:
    """Fuzzy ratio to the question as sent, and how many of its keywords appear."""
    a, b = norm(text), norm(question.text)
    if not a:
        return 0.0, 0
    words = set(a.split())
    hits = sum(1 for k in question.keywords if (k in a if " " in k else k in words))
    return fuzz.ratio(a[: len(b) + 20], b), hits


def similarity(text: str, question: QuestionLike) -> float:
    """0-100: how much a printed question looks like the campaign's question."""
    ratio, hits = _scores(text, question)
    return max(ratio, min(100.0, 25.0 * hits))


def best_question(
    text: str, questions: Sequence[QuestionLike]
) -> tuple[QuestionLike | None, float]:
    scored = [(similarity(text, q), q) for q in questions]
    scored.sort(key=lambda x: -x[0])
    if not scored:
        return None, 0.0
    return scored[0][1], scored[0][0]


def looks_like_question(text: str, block: Block, question: QuestionLike | None) -> bool:
    first = sentences(text)[0] if text.strip() else ""
    if not first:
        return True  # a bare label such as "Question 1"
    if YES_NO.match(first):
        return False
    if first.rstrip("”\"' ").endswith("?") or INTERROGATIVE.match(first):
        return True
    if question is not None and fuzz.ratio(norm(first), norm(question.text)) >= 70:
        return True
    return block.strong and len(text) < 300


def cut_question(text: str, question: QuestionLike | None) -> tuple[str, str]:
    """Split "question? answer" printed in one block; the question is kept as printed."""
    if m := re.search(
        r"\s(?:answer|response|reply|council response|information supplied)\s*[:\-–]\s*|\s(?-i:A):\s+"
        r"|\s[\[(](?-i:A)\d{0,2}[\])]\s*",  # "[Q1] Review ... [A1] Yes."
        text,
        re.I,
    ):
        return text[: m.start()].strip(), text[m.end() :].strip()
    cuts = [m.end() for m in re.finditer(r"[?.:](?:['\"’”)])?(?=\s|$)", text)]
    if not cuts or cuts[-1] != len(text):
        cuts.append(len(text))
    if question is not None:
        scored = [(fuzz.ratio(norm(text[:c]), norm(question.text)), c) for c in cuts]
        best, cut = max(scored)
        # The earliest cut nearly as good: a paraphrased question shares words with the first
        # sentence of its answer ("... what the review concluded. There was no formal review.").
        cut = min(c for r, c in scored if r >= best - 5)
        if best >= 60:
            # "... in all cases No. A strategy discussion ...": the "No." is the answer's.
            if yes_no := re.search(r"\s(?:yes|no)[.:]$", text[:cut], re.I):
                cut = yes_no.start()
            return text[:cut].strip(), text[cut:].strip()
    q = text.find("?")
    if q != -1:
        return text[: q + 1].strip(), text[q + 1 :].strip()
    if re.match(r"(?:We|I)\s+\w", text):
        return "", text.strip()  # "Question 3 – We were able to ...": the answer, not the question
    # A heading that names the question's topic, then the answer with no stop between
    # ("Changes made for consistency with national guidelines The chapter now includes ...").
    m = LABEL_THEN_ANSWER.search(text[:250])
    if m and question is not None and len(text) - m.end() >= 20:
        label = norm(text[: m.start()])
        if any(norm(k) in label for k in question.keywords):
            return text[: m.start()].strip(), text[m.end() :].strip()
    return text.strip(), ""


LABEL_THEN_ANSWER = re.compile(
    r"(?<=[a-z)'’])\s+(?=(?:Yes|No|Not|None|Nothing|The|We|Our|This|These|It|There|In|Under|Please|All|Each|Every|I)\b)"
)


def _trim_boilerplate(text: str) -> str:
    """Cut an answer at the first sentence of licence, review or sign-off boilerplate."""
    sents = sentences(text)
    for i, sent in enumerate(sents):
        # A licence paragraph broken over two lines ("Open Government" / "Licence: ...").
        if is_boilerplate(sent) or (
            i + 1 < len(sents)
            and is_boilerplate(f"{sent} {sents[i + 1]}")
            and not is_boilerplate(sents[i + 1])
        ):
            start = text.find(sent)
            # A URL ends a sentence without a full stop: "... read at https://x Re-use of ..."
            url = re.match(r".*https?://\S+\s+", sent)
            if url and not is_boilerplate(sent[: url.end()]):
                start += url.end()
            return text[:start].rstrip()
    return text.strip()


def split_answers(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Answer]:
    by_no = {q.no: q for q in questions}
    segments: list[_Segment] = []
    current: list[_Segment] = []
    style: str | None = None  # "number" or "letter": how this response numbers its questions
    run = 0  # questions opened in a row with nothing between them
    # Answers placed by topic leads ("Turning to ...", "As to ..."): a letter in prose.
    prose = False
    signed = False  # past the sign-off
    last_no = max(by_no)

    def answered(no: int) -> bool:
        return any(s.no == no and s.parts and not s.quoted for s in segments)

    def open_segments(nums: list[int], qtext: str | None, b: Block) -> list[_Segment]:
        nonlocal run
        follows_question = (
            bool(current) and not any(s.parts for s in current) and bool(current[0].question_text)
        )
        run = run + 1 if follows_question and qtext else 1
        segs = []
        for n in nums:
            seg = _Segment(n, qtext, b.quote, b.table, b.where)
            seg.listing = run >= 3  # the request quoted as a list, not answered in between
            segments.append(seg)
            segs.append(seg)
        return segs

    blocks = split_run_in_heads(
        split_run_on(
            split_rules([b for b in blocks if b.kind != "furniture" and b.text.strip()]),
            questions,
        ),
        questions,
    )
    topics = topic_headings(blocks, questions)
    for i, b in enumerate(blocks):
        # A cell with another cell after it in its row is the question of a Q | A table.
        # (Lines of one cell, a list inside an answer, do not: only a later cell of the row.)
        heads_row = (
            b.row is not None
            and i + 1 < len(blocks)
            and blocks[i + 1].row == b.row
            and blocks[i + 1].cell != b.cell
            and not (current and current[0].last_cell == (b.row, b.cell))
        )
        text = b.text.strip()
        if qmark := Q_MARK.match(text):
            # "Q. Any papers giving the outcome of the review.": a question marked as one.
            text = text[qmark.end() :]
            b = replace(b, text=text, strong=True)
        if signed and not b.quote:
            # After "Yours sincerely": the signature and address ("2 Bristol Avenue"), not
            # answers, unless an annex of answers follows.
            if b.kind == "heading" and ANNEX.match(text):
                signed = False
            continue
        if is_boilerplate(sentences(text)[0]) and not (
            b.table and current and current[0].table == b.table
        ):
            signed = signed or SIGNED.match(text) is not None
            current = []
            continue
        if RULE.match(text) or (
            len(text) < 90 and not text.endswith(".") and PUBLIC_INTEREST.search(text)
        ):
            # "------ STANDARD TEXT ------", "Section 36(2)(b)(ii): public interest test": a
            # new part of the document, not the last answer going on.
            current = []
            continue
        no = topics.get(id(b)) or number_last(b)
        if no in by_no:
            current = open_segments([no], text, b)  # a topic heading or "... (question 1)"
            continue
        lead = read_lead(b)
        if (
            lead.kind == ""
            and style is None
            and b.table is None
            and (q_topic := topic_lead_question(text, questions)) is not None
        ):
            # Run-on prose: "As to whether the protocol requires a section 47 enquiry, ..."
            # (a lead to the question being answered continues its answer: "As regards
            # rolling babies, ..." within the answer on the definition).
            if q_topic.no not in [seg.no for seg in current if seg.parts]:
                current = _continue_or_open(segments, [q_topic.no], b, open_segments)
            for seg in current:
                seg.parts.append(text)
            prose = True
            continue
        if (
            prose
            and lead.kind == ""
            and b.kind in ("para", "item")
            and (q_next := topic_question(re.split(r"[,:;]", sentences(text)[0])[0], questions))
            and not answered(q_next.no)
            and q_next.no not in [seg.no for seg in current]
        ):
            # In a letter that moves by topic, a paragraph that opens on another question's
            # topic without a lead ("The definition was altered ...") starts its answer.
            current = open_segments([q_next.no], None, b)
            for seg in current:
                seg.parts.append(text)
            continue
        if (
            lead.kind == "finally"
            and segments
            and segments[-1].no == last_no - 1
            and not answered(last_no)
        ):
            lead = _Lead("multi", [last_no], lead.rest)  # "Finally, ..." after the one before last
        elif (
            lead.kind == "finally"
            and (q_fin := topic_question(re.split(r"[,:;]", lead.rest)[0], questions))
            and not answered(q_fin.no)
        ):
            lead = _Lead("multi", [q_fin.no], lead.rest)  # "Finally, no changes were made ..."
        nums = [last_no if n == -1 else n for n in lead.numbers]
        nums = [n for n in nums if n in by_no]
        if lead.kind in ("number", "letter", "question", "answer", "multi") and not nums:
            lead = _Lead("", [], text)
        rest = lead.rest.strip()

        if (
            lead.kind == "question"
            and current
            and answered(nums[0])
            and nums[0] not in [seg.no for seg in current]
            and similarity(rest, by_no[nums[0]]) < 50
        ):
            # "Part one - has the definition changed?" inside the answer to question 5.
            for seg in current:
                seg.add(b, text)
            continue
        if lead.kind in ("question", "number", "letter"):
            q = by_no[nums[0]]
            is_q = (
                heads_row
                or looks_like_question(rest, b, q)
                or _topic_label(rest, q, questions)
                or re.search(r"\sA:\s", rest) is not None  # "Q5. Definition ... A: The ..."
                or (
                    lead.kind == "question"
                    and not YES_NO.match(rest)
                    and len(sentences(rest))
                    <= 1  # a label, not "Definition unchanged. Age not used."
                    and similarity(rest, q) >= 50
                )
                # "(b) for papers recording the outcome of the review;": the request restated
                # as a list, item by item.
                or (
                    lead.kind in ("number", "letter")
                    and re.search(r"(?:[;,]|;\s*(?:and|or)|\band)\s*$", rest) is not None
                    and topic_question(rest, questions) is q
                )
                # "5 Changes to the definition ...; how it is defined now." on its own, its
                # answer in the paragraph below: one sentence naming its question's topic.
                or (
                    lead.kind in ("number", "letter")
                    and not YES_NO.match(rest)
                    and len(sentences(rest)) == 1
                    and topic_question(rest, questions) is q
                    and similarity(rest, q) >= 45
                    and i + 1 < len(blocks)
                    and read_lead(blocks[i + 1]).kind == ""
                    and not is_boilerplate(blocks[i + 1].text)
                )
            )
            if is_q and (style is None or lead.kind == "question" or style == lead.kind or b.quote):
                if lead.kind in ("number", "letter") and not b.quote:
                    style = style or lead.kind
                if heads_row:
                    qtext, after = rest, ""
                else:
                    qtext, after = cut_question(rest, q) if rest else ("", "")
                current = open_segments(nums, qtext or None, b)
                if after:
                    for seg in current:
                        seg.parts.append(_strip_mark(after))
                continue
            # A numbered paragraph that is not a question: the answer to that number,
            # unless it is a list inside the current answer.
            inside_list = (
                lead.kind != "question"
                and bool(current)
                and (
                    (style is not None and lead.kind != style)
                    or nums[0] in [s.no for s in current]
                    or answered(nums[0])
                )
            )
            # A list numbered afresh after the answers ("1. members of the subgroup need
            # ..." under the public interest test): not the answers again.
            restarted = (
                lead.kind != "question"
                and not current
                and answered(nums[0])
                and any(seg.no > nums[0] and seg.parts for seg in segments)
            )
            if restarted:
                continue
            if not inside_list and not b.quote:
                if lead.kind != "question":
                    style = style or lead.kind
                current = _continue_or_open(segments, nums, b, open_segments)
                # "(d) Changes made to bring the policy in line ... No changes were made.": the
                # question's topic, then its answer, with no stop between.
                label, rest = _label_and_answer(rest, by_no[nums[0]], questions)
                for seg in current:
                    if label and not seg.question_text:
                        seg.question_text = label
                    if rest:
                        seg.parts.append(_strip_mark(rest))
                continue
        elif lead.kind in ("answer", "multi"):
            if lead.kind == "multi" and rest and (INTERROGATIVE.match(rest) or rest.endswith("?")):
                current = open_segments(nums, rest, b)  # "Parts 3 and 5 – Whether ..."
                continue
            current = _continue_or_open(segments, nums, b, open_segments)
            if rest:
                for seg in current:
                    seg.parts.append(_strip_mark(rest))
            continue
        elif lead.kind == "mark":
            if not rest and any(s.listing or (s.parts and b.kind == "heading") for s in current):
                current = []  # "Our response" after the quoted request, or a new section
            for seg in current:
                seg.listing = False
                if rest:
                    seg.parts.append(rest)
            continue
        elif (
            not lead.kind
            and current
            and all(seg.question_text and not seg.parts for seg in current)
            and text.rstrip("”\"' ").endswith("?")
            and len(text) < 200
        ):
            # A question printed over two lines: "Has the definition changed?" / "How is it
            # now defined (rolling babies; age)?"
            for seg in current:
                seg.question_text = f"{seg.question_text} {text}"
            continue
        elif (waiting := _awaited_question(text, lead, current, by_no)) is not None:
            # "Questions 2 and 4" then each question printed: each names its own segment,
            # and the answer that follows serves them all.
            qtext, after = _asked_part(text, by_no[waiting.no])
            waiting.question_text = qtext
            if after and (other := _awaited_question(after, lead, current, by_no)) is not None:
                other.question_text = after  # both questions printed in one paragraph
                after = ""
            if after:
                for seg in current:
                    seg.parts.append(_strip_mark(after))
            continue
        elif q_hit := _unnumbered_question(text, b, questions):
            labelled = [seg for seg in current if not seg.parts and not seg.question_text]
            if labelled and q_hit.no in {seg.no for seg in labelled}:
                # "Questions 4 and 5" heading, then the questions themselves: print them there.
                qtext, after = (text, "") if len(labelled) > 1 else cut_question(text, q_hit)
                for seg in labelled:
                    seg.question_text = qtext
            else:
                qtext, after = cut_question(text, q_hit)
                current = open_segments([q_hit.no], qtext, b)
            if after:
                for seg in current:
                    seg.parts.append(_strip_mark(after))
            continue
        elif b.kind == "heading":
            current = []
            continue

        if not current:
            continue
        seg0 = current[0]
        if seg0.table is not None and b.table != seg0.table:
            current = []
            continue
        if b.quote and not seg0.quoted:
            current = []
            continue
        if any(s.listing for s in current):
            continue  # text after the quoted request is not the last question's answer
        for seg in current:
            seg.add(b, text)

    answers = _collect(segments, questions)
    if prose and len(answers) == len(questions) - 1:
        # A letter in prose with one question left: it may be answered inside another's
        # paragraph ("As there was no review, there are no papers to provide.").
        texts = {a.question_no: a.raw or a.answer_text for a in answers}
        claimed = claim_sentences(texts, questions)
        where = {a.question_no: a.where for a in answers}
        host = next(iter(where.values()), "")
        placed = {a.question_no: a for a in answers}
        answers = [
            placed[no]
            if no in placed and claimed[no] == texts[no]
            else Answer(
                no,
                placed[no].question_text if no in placed else None,
                squash(claimed[no]),
                where.get(no, host),
                claimed[no],
            )  # fmt: skip
            for no in sorted(claimed)
        ]
    return answers


def _asks_only(text: str) -> bool:
    """Text made of questions: most of its sentences end with a question mark."""
    sents = [x for x in sentences(text) if len(x) > 3]
    asks = sum(1 for x in sents if x.rstrip("”\"' ").endswith("?"))
    return bool(sents) and asks * 2 >= len(sents)


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


def align_answers(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Answer]:
    """A letter that answers in paragraphs with no numbers, labels or headings: its
    paragraphs aligned to the questions in the order asked (see topics.align_paragraphs)."""
    blocks = [b for b in blocks if b.kind != "furniture" and b.text.strip()]
    aligned = align_paragraphs(blocks, questions)
    # Three paragraphs placed at least (two for a request of three questions).
    if len(aligned) < min(3, len(questions) - 1):
        return []
    out = []
    for no, paras in sorted(aligned.items()):
        raw = _trim_boilerplate("\n".join(b.text for b in paras))
        out.append(Answer(no, None, squash(raw), paras[0].where, raw))
    return out


def _collect(segments: list[_Segment], questions: Sequence[QuestionLike]) -> list[Answer]:
    answers = []
    for q in questions:
        segs = [s for s in segments if s.no == q.no]
        filled = [s for s in segs if s.parts and _trim_boilerplate(s.text)]
        # A quoted segment answers only where nothing of the council's own does, and never
        # when it is the request's questions themselves ("2. Papers ...? 3. Does ...?").
        own = [s for s in filled if not s.quoted] or [s for s in filled if not _asks_only(s.text)]
        if not own:
            own = _shared_with_next(segments, q.no)
        if not own:
            continue
        best = max(own, key=lambda s: len(s.text))
        rows = [s for s in own if s.table is not None and s.table == best.table and not s.quoted]
        if len(rows) > 1:
            # One question over two rows of a table (its number cell merged down): both rows.
            best = _Segment(q.no, rows[0].question_text, False, best.table, rows[0].where)
            best.parts = [p for s in rows for p in s.parts]
        qtext = best.question_text or next(
            (s.question_text for s in reversed(segs) if s.question_text and not s.quoted), None
        )
        raw = _trim_boilerplate(best.text)
        answers.append(Answer(q.no, qtext, squash(raw), best.where, raw))
    return answers


def _awaited_question(
    text: str, lead: _Lead, current: list[_Segment], by_no: dict[int, QuestionLike]
) -> _Segment | None:
    """The question a label announced ("Question 2", "Questions 2 and 4") printed in this
    block, where it reads as that question (for several, the one it reads as)."""
    waiting = [s for s in current if not s.parts and not s.question_text]
    if lead.kind or not waiting:
        return None
    first = sentences(text)[0]
    seg = max(waiting, key=lambda s: similarity(first, by_no[s.no]))
    score = similarity(first, by_no[seg.no])
    asks = first.rstrip("”\"' ").endswith("?") or INTERROGATIVE.match(first) is not None
    return seg if score >= 60 or (asks and score >= 40) else None


def _label_and_answer(
    text: str, q: QuestionLike, questions: Sequence[QuestionLike]
) -> tuple[str | None, str]:
    """A paraphrase of the question run into its answer: (the paraphrase, the answer)."""
    m = LABEL_THEN_ANSWER.search(text[:250])
    if m and len(text) - m.end() >= 2:
        label = text[: m.start()]
        if "." not in label and topic_question(label, questions) is q:
            return label.strip(), text[m.end() :].strip()
    return None, text


def _topic_label(rest: str, q: QuestionLike, questions: Sequence[QuestionLike]) -> bool:
    """ "(c) SECTION 47 / STRATEGY DISCUSSION": a short label naming its question's topic."""
    if not rest or len(rest) > 80 or rest.rstrip().endswith("!"):
        return False
    if rest.rstrip().endswith(".") and (YES_NO.match(rest) or VERB.search(rest)):
        return False  # "No changes were made." is an answer, not a topic label
    if not (rest.isupper() or len(rest.split()) <= 6):
        return False
    return topic_question(rest, questions) is q


def _asked_part(text: str, question: QuestionLike) -> tuple[str, str]:
    """A question and its answer in one block: the question ends at its last question
    mark before the answer begins; without one, as cut_question finds it."""
    marks = [m.end() for m in re.finditer(r"\?['\"’”)]?(?=\s|$)", text)]
    if marks:
        return text[: marks[-1]].strip(), text[marks[-1] :].strip()
    # A paraphrased question with no question mark, then "Yes." or "No.": cut before it.
    if m := re.search(r"(?<=\w)\s+(?=(?:Yes|No)\b[.,;:–-])", text[20:]):
        cut = 20 + m.start()
        return text[:cut].strip(), text[cut:].strip()
    return cut_question(text, question)


def _shared_with_next(segments: list[_Segment], no: int) -> list[_Segment]:
    """Two questions printed one after the other, then one answer (a PDF table row that
    holds questions 2 and 4): the first shares the second's answer."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if (
            seg.no == no
            and not seg.parts
            and not seg.listing
            and not seg.quoted
            and nxt.no != no
            and nxt.parts
            and not nxt.listing
            and not nxt.quoted
        ):
            return [nxt]
    return []


def _unnumbered_question(
    text: str, b: Block, questions: Sequence[QuestionLike]
) -> QuestionLike | None:
    """A question printed without a number: set apart (bold, heading, list item, table cell,
    quote, ends with '?') and like a campaign question, or a near-verbatim quote of one."""
    if len(text) >= 400:
        return None
    first = sentences(text)[0]
    set_apart = (
        b.kind in ("heading", "item", "cell")
        or b.strong
        or b.quote
        or first.rstrip("”\"' ").endswith("?")
    )
    q, _ = best_question(text, questions)
    if q is None or not looks_like_question(text, b, q):
        return None
    ratio, hits = _scores(text, q)
    if b.strong or b.kind in ("heading", "cell"):
        if ratio >= 60 or hits >= 2:
            return q
    elif set_apart and (ratio >= 70 or hits >= 3 or (ratio >= 60 and hits >= 2)):
        return q  # (the last: the first half of a question printed over two lines)
    elif b.quote and (ratio >= 60 or hits >= 2):
        return q  # the requester's question quoted above an inline answer
    if fuzz.ratio(norm(first), norm(q.text)) >= 85:
        return q
    # The question cut short ("What changes were put in place?"): nearly all of it is in the
    # question as sent.
    if set_apart and len(norm(first)) >= 20 and fuzz.partial_ratio(norm(first), norm(q.text)) >= 90:
        return q
    return None


def _strip_mark(text: str) -> str:
    m = ANSWER_MARK.match(text)
    return text[m.end() :].strip() if m else text


def _continue_or_open(
    segments: list[_Segment],
    nums: list[int],
    b: Block,
    open_segments: Callable[[list[int], str | None, Block], list[_Segment]],
) -> list[_Segment]:
    """An answer label continues the question just opened for that number (Q1 ... A1)."""
    out: list[_Segment] = []
    for n in nums:
        last = next((s for s in reversed(segments) if s.no == n), None)
        if last is not None and not last.parts and last.quoted == b.quote:
            last.listing = False
            out.append(last)
        else:
            out.extend(open_segments([n], None, b))
    return out
