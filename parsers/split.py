"""Split a response into the answers to the campaign's questions.

Councils re-quote the questions or paraphrase them; number them 1-5, Q1-Q5, (a)-(e) or
"Question 1"; put them in bold, headings, list items or table cells; mark answers "Answer:",
"Response:", ... or not at all; answer several at once ("Questions 1, 2 and 4"); answer out of
order; or print the questions only in the quoted request of an email. The splitter walks the
blocks once, opening a segment at each question or numbered answer and closing it at a
heading, boilerplate, the end of a table or the next question.

A block's lead is read in parsers/labels.py, a printed question in parsers/questions.py,
and the answers are collected from the segments in parsers/segments.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from parsers.boilerplate import is_boilerplate
from parsers.labels import (
    ANNEX,
    INTERROGATIVE,
    PUBLIC_INTEREST,
    Q_MARK,
    SIGNED,
    Lead,
    read_lead,
    strip_mark,
)
from parsers.model import Block
from parsers.protocols import QuestionLike
from parsers.questions import (
    asked_part,
    awaited_question,
    cut_question,
    label_and_answer,
    numbered_question,
    similarity,
    unnumbered_question,
)
from parsers.segments import Answer, Opened, claim_in_prose, collect
from parsers.sentences import sentences
from parsers.topics import (
    RULE,
    number_last,
    split_rules,
    split_run_in_heads,
    split_run_on,
    topic_headings,
    topic_lead_question,
    topic_question,
)

BULLET = re.compile(r"^\s*[•·▪◦‣∙*-]\s")
# What follows "Your last question", "Your second question": the restatement's verb.
RESTATED_TOPIC = re.compile(
    r"(?:was|were|is|are)\s+(?:about|on|whether|concerned\s+with)\b|(?:concern|relat)(?:s|ed|es)\b|asked\b",
    re.I,
)
UNDERLINE = re.compile(r"^\s*(?:-{3,}|={3,}|_{3,})\s*$")


def split_answers(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Answer]:
    by_no = {q.no: q for q in questions}
    last_no = max(by_no)
    blocks = split_run_in_heads(
        split_run_on(
            split_rules([b for b in blocks if b.kind != "furniture" and b.text.strip()]),
            questions,
        ),
        questions,
    )
    topics = topic_headings(blocks, questions)
    walk = _Walk(questions=questions, by_no=by_no, last_no=last_no, blocks=blocks, topics=topics)
    for i, b in enumerate(blocks):
        walk.step(i, b)
    return walk.answers()


@dataclass(kw_only=True)
class _Walk(Opened):
    """The splitter's state as it walks the blocks, and what it does with each kind of
    block: a question, a numbered answer, a label, a heading, a sign-off, a line of text."""

    questions: Sequence[QuestionLike]
    by_no: dict[int, QuestionLike]
    last_no: int
    blocks: list[Block]
    topics: dict[int, int]  # id(block) -> question, for headings that name its topic
    style: str | None = None  # "number" or "letter": how this response numbers its questions
    # Answers placed by topic leads ("Turning to ...", "As to ..."): a letter in prose.
    prose: bool = False
    signed: bool = False  # past the sign-off

    def step(self, i: int, b: Block) -> None:
        heads_row = self.heads_row(i, b)
        text = b.text.strip()
        if qmark := Q_MARK.match(text):
            # "Q. Any papers giving the outcome of the review.": a question marked as one.
            text = text[qmark.end() :]
            b = replace(b, text=text, strong=True)
        if self.signed_off(b, text) or self.section_break(b, text) or self.topic_head(b, text):
            return
        lead = read_lead(b)
        if self.prose_turn(b, text, lead):
            return
        lead, nums = self.resolved(lead, text)
        rest = lead.rest.strip()
        if self.aside(b, text, lead, nums, rest):
            return
        if lead.kind in ("question", "number", "letter"):
            if self.numbered(i, b, lead, nums, rest, heads_row):
                return
        elif self.unnumbered_block(b, text, lead, nums, rest):
            return
        self.answer_line(b, text)

    def answers(self) -> list[Answer]:
        answers = collect(self.segments, self.questions)
        if self.prose and len(answers) == len(self.questions) - 1:
            answers = claim_in_prose(answers, self.questions)
        return answers

    # blocks that end what is open

    def heads_row(self, i: int, b: Block) -> bool:
        """A cell with another cell after it in its row is the question of a Q | A table.
        (Lines of one cell, a list inside an answer, do not: only a later cell of the row.)"""
        blocks, current = self.blocks, self.current
        return (
            b.row is not None
            and i + 1 < len(blocks)
            and blocks[i + 1].row == b.row
            and blocks[i + 1].cell != b.cell
            and not (current and current[0].last_cell == (b.row, b.cell))
        )

    def signed_off(self, b: Block, text: str) -> bool:
        """After "Yours sincerely": the signature and address ("2 Bristol Avenue"), not
        answers, unless an annex of answers follows."""
        if not self.signed or b.quote:
            return False
        if b.kind == "heading" and ANNEX.match(text):
            self.signed = False
        return True

    def section_break(self, b: Block, text: str) -> bool:
        """Boilerplate, a sign-off, a ruled line or a public interest test: what was open
        ends there."""
        current = self.current
        if is_boilerplate(sentences(text)[0]) and not (
            b.table and current and current[0].table == b.table
        ):
            self.signed = self.signed or SIGNED.match(text) is not None
            self.current = []
            return True
        if RULE.match(text) or (
            len(text) < 90 and not text.endswith(".") and PUBLIC_INTEREST.search(text)
        ):
            # "------ STANDARD TEXT ------", "Section 36(2)(b)(ii): public interest test": a
            # new part of the document, not the last answer going on. A rule under a heading
            # that has just opened a question ("Question 1" over "----------") underlines it:
            # its answer follows.
            if not (
                current
                and not any(s.parts or s.question_text for s in current)
                and UNDERLINE.match(text)
            ):
                self.current = []
            return True
        return False

    def topic_head(self, b: Block, text: str) -> bool:
        """A topic heading or "... (question 1)": that question's segment."""
        no = self.topics.get(id(b)) or number_last(b)
        if no in self.by_no:
            self.current = self.open([no], text, b)
            return True
        return False

    # prose

    def prose_turn(self, b: Block, text: str, lead: Lead) -> bool:
        """Run-on prose: "As to whether the protocol requires a section 47 enquiry, ..." (a
        lead to the question being answered continues its answer: "As regards rolling
        babies, ..." within the answer on the definition)."""
        questions, current = self.questions, self.current
        if BULLET.match(text) and any(seg.parts for seg in current):
            return False  # a list inside the answer open ("• a clearer definition (see Q5)")
        if (
            lead.kind == ""
            and self.style is None
            and b.table is None
            and (q_topic := topic_lead_question(text, questions)) is not None
        ):
            if q_topic.no not in [seg.no for seg in current if seg.parts]:
                self.current = self.continue_or_open([q_topic.no], b)
            for seg in self.current:
                seg.parts.append(text)
            self.prose = True
            return True
        if (
            self.prose
            and lead.kind == ""
            and b.kind in ("para", "item")
            and (q_next := topic_question(re.split(r"[,:;]", sentences(text)[0])[0], questions))
            and not self.answered(q_next.no)
            and q_next.no not in [seg.no for seg in current]
        ):
            # In a letter that moves by topic, a paragraph that opens on another question's
            # topic without a lead ("The definition was altered ...") starts its answer.
            self.current = self.open([q_next.no], None, b)
            for seg in self.current:
                seg.parts.append(text)
            return True
        return False

    def resolved(self, lead: Lead, text: str) -> tuple[Lead, list[int]]:
        """ "Finally, ..." placed, and the numbers the lead names among the questions (a
        lead that names none is no lead)."""
        last_no = self.last_no
        if (
            lead.kind == "finally"
            and self.segments
            and self.segments[-1].no == last_no - 1
            and not self.answered(last_no)
        ):
            lead = Lead("multi", [last_no], lead.rest)  # "Finally, ..." after the one before last
        elif (
            lead.kind == "finally"
            and (q_fin := topic_question(re.split(r"[,:;]", lead.rest)[0], self.questions))
            and not self.answered(q_fin.no)
        ):
            lead = Lead("multi", [q_fin.no], lead.rest)  # "Finally, no changes were made ..."
        nums = [last_no if n == -1 else n for n in lead.numbers]
        nums = [n for n in nums if n in self.by_no]
        if lead.kind in ("number", "letter", "question", "answer", "multi") and not nums:
            lead = Lead("", [], text)
        return lead, nums

    # numbered blocks

    def aside(self, b: Block, text: str, lead: Lead, nums: list[int], rest: str) -> bool:
        """ "Part one - has the definition changed?" inside the answer to question 5."""
        current = self.current
        if (
            lead.kind == "question"
            and current
            and self.answered(nums[0])
            and nums[0] not in [seg.no for seg in current]
            and similarity(rest, self.by_no[nums[0]]) < 50
        ):
            for seg in current:
                seg.add(b, text)
            return True
        return False

    def numbered(
        self, i: int, b: Block, lead: Lead, nums: list[int], rest: str, heads_row: bool
    ) -> bool:
        """A numbered question opens its segments; a numbered paragraph that is not a
        question answers its number."""
        q = self.by_no[nums[0]]
        following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        is_q = numbered_question(rest, b, lead, q, self.questions, following, heads_row)
        style = self.style
        if is_q and (style is None or lead.kind == "question" or style == lead.kind or b.quote):
            if lead.kind in ("number", "letter") and not b.quote:
                self.style = style or lead.kind
            if heads_row:
                qtext, after = rest, ""
            else:
                qtext, after = cut_question(rest, q) if rest else ("", "")
            self.current = self.open(nums, qtext or None, b)
            if after:
                self.add_to_current(after)
            return True
        return self.numbered_answer(b, lead, nums, rest)

    def numbered_answer(self, b: Block, lead: Lead, nums: list[int], rest: str) -> bool:
        """A numbered paragraph that is not a question: the answer to that number, unless it
        is a list inside the current answer (False: read as a line of that answer)."""
        current = self.current
        inside_list = (
            lead.kind != "question"
            and bool(current)
            and (
                (self.style is not None and lead.kind != self.style)
                or nums[0] in [s.no for s in current]
                or self.answered(nums[0])
            )
        )
        # A list numbered afresh after the answers ("1. members of the subgroup need ..."
        # under the public interest test): not the answers again.
        restarted = (
            lead.kind != "question"
            and not current
            and self.answered(nums[0])
            and any(seg.no > nums[0] and seg.parts for seg in self.segments)
        )
        if restarted:
            return True
        if inside_list or b.quote:
            return False
        if lead.kind != "question":
            self.style = self.style or lead.kind
        self.current = self.continue_or_open(nums, b)
        # "(d) Changes made to bring the policy in line ... No changes were made.": the
        # question's topic, then its answer, with no stop between.
        label, rest = label_and_answer(rest, self.by_no[nums[0]], self.questions)
        for seg in self.current:
            if label and not seg.question_text:
                seg.question_text = label
            if rest:
                seg.parts.append(strip_mark(rest))
        return True

    # other labels, unnumbered questions, headings

    def unnumbered_block(self, b: Block, text: str, lead: Lead, nums: list[int], rest: str) -> bool:
        """An answer label, an answer mark, a question printed without a number or over two
        lines, or a heading (False: a line of the answer open)."""
        if lead.kind in ("answer", "multi"):
            self.answer_label(b, lead, nums, rest)
            return True
        if lead.kind == "mark":
            self.answer_mark(b, rest)
            return True
        if self.question_continued(text, lead) or self.awaited(text, lead):
            return True
        if self.unnumbered(b, text):
            return True
        if b.kind == "heading":
            self.current = []
            return True
        return False

    def answer_label(self, b: Block, lead: Lead, nums: list[int], rest: str) -> None:
        if lead.kind == "multi" and rest and RESTATED_TOPIC.match(rest):
            # "Your last question was about the definition. That has not changed. ...": the
            # question restated, then its answer.
            first = sentences(rest)[0]
            self.current = self.open(nums, first, b)
            if after := rest[rest.find(first) + len(first) :].strip():
                self.add_to_current(after)
            return
        if lead.kind == "multi" and rest and (INTERROGATIVE.match(rest) or rest.endswith("?")):
            self.current = self.open(nums, rest, b)  # "Parts 3 and 5 – Whether ..."
            return
        self.current = self.continue_or_open(nums, b)
        if rest:
            self.add_to_current(rest)

    def answer_mark(self, b: Block, rest: str) -> None:
        if not rest and any(s.listing or (s.parts and b.kind == "heading") for s in self.current):
            self.current = []  # "Our response" after the quoted request, or a new section
        for seg in self.current:
            seg.listing = False
            if rest:
                seg.parts.append(rest)

    def question_continued(self, text: str, lead: Lead) -> bool:
        """A question printed over two lines: "Has the definition changed?" / "How is it now
        defined (rolling babies; age)?" """
        current = self.current
        if not (
            not lead.kind
            and current
            and all(seg.question_text and not seg.parts for seg in current)
            and text.rstrip("”\"' ").endswith("?")
            and len(text) < 200
        ):
            return False
        for seg in current:
            seg.question_text = f"{seg.question_text} {text}"
        return True

    def awaited(self, text: str, lead: Lead) -> bool:
        """ "Questions 2 and 4" then each question printed: each names its own segment, and
        the answer that follows serves them all."""
        waiting = awaited_question(text, lead, self.current, self.by_no)
        if waiting is None:
            return False
        qtext, after = asked_part(text, self.by_no[waiting.no])
        waiting.question_text = qtext
        if after and (other := awaited_question(after, lead, self.current, self.by_no)) is not None:
            other.question_text = after  # both questions printed in one paragraph
            after = ""
        if after:
            self.add_to_current(after)
        return True

    def unnumbered(self, b: Block, text: str) -> bool:
        q_hit = unnumbered_question(text, b, self.questions)
        if not q_hit:
            return False
        labelled = [seg for seg in self.current if not seg.parts and not seg.question_text]
        if labelled and q_hit.no in {seg.no for seg in labelled}:
            # "Questions 4 and 5" heading, then the questions themselves: print them there.
            qtext, after = (text, "") if len(labelled) > 1 else cut_question(text, q_hit)
            for seg in labelled:
                seg.question_text = qtext
        else:
            qtext, after = cut_question(text, q_hit)
            self.current = self.open([q_hit.no], qtext, b)
        if after:
            self.add_to_current(after)
        return True
