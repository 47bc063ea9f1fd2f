"""Segments of a reply, one per question opened, and the answers collected from them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from parsers.align import align_paragraphs, claim_sentences
from parsers.boilerplate import is_boilerplate
from parsers.labels import strip_mark
from parsers.model import Block
from parsers.protocols import QuestionLike
from parsers.sentences import sentences, squash


@dataclass
class Answer:
    question_no: int
    question_text: str | None
    answer_text: str
    where: str = ""
    raw: str = ""  # the answer with its paragraph and table-row breaks, for coding


@dataclass
class Segment:
    no: int
    question_text: str | None
    quoted: bool
    table: int | None
    where: str
    parts: list[str] = field(default_factory=list)
    listing: bool = False  # one of a run of questions with no answers between: the request
    last_cell: tuple[int | None, int | None] = (None, None)
    row: int | None = None  # the table row it opened in

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


@dataclass
class Opened:
    """The segments opened so far, and those open now, which the next line of an answer
    goes to."""

    segments: list[Segment] = field(default_factory=list)
    current: list[Segment] = field(default_factory=list)  # the segments open now
    run: int = 0  # questions opened in a row with nothing between them

    def answered(self, no: int) -> bool:
        return any(s.no == no and s.parts and not s.quoted for s in self.segments)

    def open(self, nums: list[int], qtext: str | None, b: Block) -> list[Segment]:
        current = self.current
        follows_question = (
            bool(current) and not any(s.parts for s in current) and bool(current[0].question_text)
        )
        self.run = self.run + 1 if follows_question and qtext else 1
        segs = []
        for n in nums:
            seg = Segment(n, qtext, b.quote, b.table, b.where, row=b.row)
            seg.listing = self.run >= 3  # the request quoted as a list, not answered in between
            self.segments.append(seg)
            segs.append(seg)
        return segs

    def continue_or_open(self, nums: list[int], b: Block) -> list[Segment]:
        """An answer label continues the question just opened for that number (Q1 ... A1)."""
        out: list[Segment] = []
        for n in nums:
            last = next((s for s in reversed(self.segments) if s.no == n), None)
            if last is not None and not last.parts and last.quoted == b.quote:
                last.listing = False
                out.append(last)
            else:
                out.extend(self.open([n], None, b))
        return out

    def add_to_current(self, text: str) -> None:
        for seg in self.current:
            seg.parts.append(strip_mark(text))

    def answer_line(self, b: Block, text: str) -> None:
        current = self.current
        if not current:
            return
        seg0 = current[0]
        if seg0.table is not None and b.table != seg0.table:
            self.current = []
            return
        if b.quote and not seg0.quoted:
            self.current = []
            return
        if any(s.listing for s in current):
            return  # text after the quoted request is not the last question's answer
        for seg in current:
            seg.add(b, text)


def trim_boilerplate(text: str) -> str:
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


def _asks_only(text: str) -> bool:
    """Text made of questions: most of its sentences end with a question mark."""
    sents = [x for x in sentences(text) if len(x) > 3]
    asks = sum(1 for x in sents if x.rstrip("”\"' ").endswith("?"))
    return bool(sents) and asks * 2 >= len(sents)


def align_answers(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Answer]:
    """A letter that answers in paragraphs with no numbers, labels or headings: its
    paragraphs aligned to the questions in the order asked (see align.align_paragraphs)."""
    blocks = [b for b in blocks if b.kind != "furniture" and b.text.strip()]
    aligned = align_paragraphs(blocks, questions)
    # Three paragraphs placed at least (two for a request of three questions).
    if len(aligned) < min(3, len(questions) - 1):
        return []
    out = []
    for no, paras in sorted(aligned.items()):
        raw = trim_boilerplate("\n".join(b.text for b in paras))
        out.append(Answer(no, None, squash(raw), paras[0].where, raw))
    return out


def collect(segments: list[Segment], questions: Sequence[QuestionLike]) -> list[Answer]:
    answers = []
    for q in questions:
        segs = [s for s in segments if s.no == q.no]
        filled = [s for s in segs if s.parts and trim_boilerplate(s.text)]
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
            best = Segment(q.no, rows[0].question_text, False, best.table, rows[0].where)
            # (a response cell merged down both rows is read in each: once)
            best.parts = list(dict.fromkeys(p for s in rows for p in s.parts))
        qtext = best.question_text or next(
            (s.question_text for s in reversed(segs) if s.question_text and not s.quoted), None
        )
        raw = trim_boilerplate(best.text)
        answers.append(Answer(q.no, qtext, squash(raw), best.where, raw))
    return answers


def _shared_with_next(segments: list[Segment], no: int) -> list[Segment]:
    """Two questions printed one after the other, then one answer (a PDF table row that
    holds questions 2 and 4): the first shares the second's answer. Not a question in a
    table row of its own, whose answer cell is empty: the next row's answer is its question's."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        own_row = (
            seg.table is not None and seg.table == nxt.table and None not in (seg.row, nxt.row)
        )
        if (
            seg.no == no
            and not (own_row and seg.row != nxt.row)
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


def claim_in_prose(answers: list[Answer], questions: Sequence[QuestionLike]) -> list[Answer]:
    """A letter in prose with one question left: it may be answered inside another's
    paragraph ("As there was no review, there are no papers to provide.")."""
    texts = {a.question_no: a.raw or a.answer_text for a in answers}
    claimed = claim_sentences(texts, questions)
    where = {a.question_no: a.where for a in answers}
    host = next(iter(where.values()), "")
    placed = {a.question_no: a for a in answers}
    return [
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
