"""A question as a reply prints it: how much it reads as one of the campaign's questions,
and where it ends and its answer begins when both are in one block."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from parsers.boilerplate import is_boilerplate
from parsers.labels import INTERROGATIVE, LABEL_THEN_ANSWER, VERB, YES_NO, Lead, read_lead
from parsers.model import Block
from parsers.protocols import QuestionLike
from parsers.segments import Segment
from parsers.sentences import norm, sentences
from parsers.topics import topic_question


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


def awaited_question(
    text: str, lead: Lead, current: list[Segment], by_no: dict[int, QuestionLike]
) -> Segment | None:
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


def label_and_answer(
    text: str, q: QuestionLike, questions: Sequence[QuestionLike]
) -> tuple[str | None, str]:
    """A paraphrase of the question run into its answer: (the paraphrase, the answer)."""
    m = LABEL_THEN_ANSWER.search(text[:250])
    if m and len(text) - m.end() >= 2:
        label = text[: m.start()]
        if "." not in label and topic_question(label, questions) is q:
            return label.strip(), text[m.end() :].strip()
    return None, text


def topic_label(rest: str, q: QuestionLike, questions: Sequence[QuestionLike]) -> bool:
    """ "(c) SECTION 47 / STRATEGY DISCUSSION": a short label naming its question's topic."""
    if not rest or len(rest) > 80 or rest.rstrip().endswith("!"):
        return False
    if rest.rstrip().endswith(".") and (YES_NO.match(rest) or VERB.search(rest)):
        return False  # "No changes were made." is an answer, not a topic label
    if not (rest.isupper() or len(rest.split()) <= 6):
        return False
    return topic_question(rest, questions) is q


def asked_part(text: str, question: QuestionLike) -> tuple[str, str]:
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


def unnumbered_question(
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


def numbered_question(
    rest: str,
    b: Block,
    lead: Lead,
    q: QuestionLike,
    questions: Sequence[QuestionLike],
    following: Block | None,
    heads_row: bool,
) -> bool:
    """Does a numbered block (its number read as `lead`, its text after it `rest`) print
    question `q`? `following`: the block after it; `heads_row`: it heads a table's row."""
    return (
        heads_row
        or looks_like_question(rest, b, q)
        or topic_label(rest, q, questions)
        or re.search(r"\sA:\s", rest) is not None  # "Q5. Definition ... A: The ..."
        or (
            lead.kind == "question"
            and not YES_NO.match(rest)
            and len(sentences(rest)) <= 1  # a label, not "Definition unchanged. Age not used."
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
            and following is not None
            and read_lead(following).kind == ""
            and not is_boilerplate(following.text)
        )
    )
