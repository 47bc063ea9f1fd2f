"""Answers that carry no question numbers: under topic headings ("Strategy discussions"),
in run-on prose ("As to whether the protocol requires a section 47 enquiry, ..."), or under
headings that put the number last ("Review of policies (question 1)").

A topic is matched to a question by the question's own keywords, weighted so that a word
only one question uses counts for more, with the earliest hit breaking ties ("Papers on the
outcome of the review" is about papers).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from parsers.model import Block
from parsers.protocols import QuestionLike
from parsers.sentences import norm, sentences

# Sentence openings that move a run-on reply to another question.
TOPIC_LEAD = re.compile(
    r"^(?:with\s+(?:regard|respect|reference)\s+to|as\s+(?:to|for|regards)|turning\s+(?:now\s+)?to"
    r"|moving\s+on\s+to|on\s+the\s+(?:question|matter|issue|point|subject)\s+of|on\s+the\s+\w+(?:\s+\w+)?\s+point"
    r"|regarding|in\s+(?:relation|respect|answer|response|reply)\s+to|concerning|in\s+terms\s+of"
    r"|on\s+whether|(?:as|so)\s+far\s+as|touching\s+on|addressing"
    r"|(?:the\s+(?:short\s+|brief\s+|simple\s+)?answer\s+to\s+)?your\s+question\s+(?:about|on|regarding|concerning|as\s+to)"
    # "You asked (first) whether ...": a restatement of the whole request is told apart by
    # how many questions its sentence names (topic_lead_question).
    r"|you\s+(?:also\s+|then\s+|first\s+|next\s+|lastly\s+|finally\s+|further\s+)?asked(?:\s+(?:first|next|also|then|lastly|finally))?(?=\s+(?:whether|if|about|for|what|how|when))"
    r"|your\s+(?:first|second|third|fourth|fifth|final|last)\s+question)\b",
    re.I,
)
# "Review of safeguarding policies (question 1)", "Definition - Q5".
TRAILING_NUMBER = re.compile(r"[\s(\[–-]+(?:question|q)\.?\s*(\d{1,2})\s*[)\]]?\s*[:.]?\s*$", re.I)
RULE = re.compile(r"^\s*[-=_*]{4,}.*[-=_*]{4,}\s*$|^\s*[-=_*]{10,}\s*$")


def _stem(word: str) -> str:
    return word[:5] if len(word) > 4 else word


def _keyword_weights(questions: Sequence[QuestionLike]) -> dict[str, float]:
    """A stem's weight: 1 over the number of questions that use it. Computed once per set of
    questions (the splitter asks for it at every heading and every turn of prose)."""
    return _weights(tuple((q.key, tuple(q.keywords)) for q in questions))


@lru_cache(maxsize=64)
def _weights(keys: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, float]:
    uses: Counter[str] = Counter()
    for key, keywords in keys:
        for stem in {_stem(w) for k in (*keywords, key) for w in norm(str(k)).split()}:
            uses[stem] += 1
    return {stem: 1.0 / n for stem, n in uses.items()}


def topic_question(text: str, questions: Sequence[QuestionLike]) -> QuestionLike | None:
    """The one question a short topic phrase is about, or None where none or several fit."""
    words = [_stem(w) for w in norm(text).split()]
    if not words:
        return None
    weights = _keyword_weights(questions)
    scored = []
    for q in questions:
        score, first = 0.0, len(words)
        # Each stem once: "review", "reviewed" and the key "review" are one word of the topic.
        phrases = {
            tuple(_stem(w) for w in norm(str(k)).split())
            for k in (*q.keywords, q.key.replace("_", " "))
        }
        for stems_t in sorted(phrases):
            stems = list(stems_t)
            # A stem matches the start of a word: "roll" is in "rolling" (stem "rolli").
            at = [next((i for i, w in enumerate(words) if w.startswith(s)), -1) for s in stems]
            if stems and all(i >= 0 for i in at):
                score += sum(weights.get(s, 1.0) for s in stems) / len(stems)
                first = min(first, at[0])
        if score:
            scored.append((score, -first, q))
    if not scored:
        return None
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        return None
    return scored[0][2]


def _is_topic_heading(b: Block) -> bool:
    words = len(b.text.split())
    return (
        (b.kind == "heading" or b.strong) and 1 <= words <= 10 and not b.text.rstrip().endswith(".")
    )


def topic_headings(blocks: list[Block], questions: Sequence[QuestionLike]) -> dict[int, int]:
    """id(block) -> question number, for headings that name a question's topic; only where
    at least three headings name three different questions (a letter laid out by topic)."""
    found: dict[int, int] = {}
    heads: list[tuple[int, int | None]] = []
    for b in blocks:
        if (
            b.quote
            or not _is_topic_heading(b)
            or re.match(r"^\s*(?:q|question)?\s*\d", b.text, re.I)
        ):
            continue
        q = topic_question(b.text, questions)
        heads.append((id(b), q.no if q else None))
        if q:
            found[id(b)] = q.no
    if len(set(found.values())) < 3:
        return {}
    # A heading in the officer's own words that names no question ("What happens after a
    # bruise is found"), between the headings of the questions before and after one not
    # yet placed: that one.
    for i in range(1, len(heads) - 1):
        (hid, no), (_, before), (_, after) = heads[i], heads[i - 1], heads[i + 1]
        if no is None and before and after and after == before + 2:
            if before + 1 not in found.values():
                found[hid] = before + 1
    return found


# "Review. The partnership reviewed ...", "Strategy discussion / section 47: No.": a topic
# named in a few words, run in at the start of its answer.
RUN_IN = re.compile(
    r"^\s*([A-Z][\w/’'&()-]*(?:\s+[\w/’'&()-]+){0,4}?)\s*(?:[.:]|\s[–-])(?:\s+(?=\S)|\s*$)"
)


HEAD_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|not|no|none|yes|we|it|there|they|this)\b", re.I
)


def split_run_in_heads(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Block]:
    """Paragraphs that open with a run-in topic head become a heading and its answer, where
    at least three such heads name three different questions (a reply laid out by topic)."""
    found: dict[int, tuple[str, str, int]] = {}
    for b in blocks:
        if b.quote or b.kind not in ("para", "item") or b.table is not None:
            continue
        m = RUN_IN.match(b.text)
        if not m or re.match(r"^\s*(?:q|question|answer|response|re|dear|yes|no)\b", b.text, re.I):
            continue
        if HEAD_VERB.search(m.group(1)):
            continue  # "Not in all cases.", "There was no formal review.": a short answer
        if q := topic_question(m.group(1), questions):
            found[id(b)] = (m.group(1).strip(), b.text[m.end() :].strip(), q.no)
    if len({no for _, _, no in found.values()}) < 3:
        return blocks
    out: list[Block] = []
    for b in blocks:
        if id(b) not in found:
            out.append(b)
            continue
        head, rest, _ = found[id(b)]
        out.append(replace(b, text=head, kind="heading", label=None))
        if rest:
            out.append(replace(b, text=rest, label=None))
    return out


def number_last(b: Block) -> int | None:
    """A heading that puts the question number last."""
    if (
        (b.kind == "heading" or b.strong or b.kind == "cell")
        and (m := TRAILING_NUMBER.search(b.text))
        # "Please see our answer to question 1." points to another answer: it heads nothing.
        and not POINTS_TO.search(b.text[: m.start()])
    ):
        return int(m.group(1))
    return None


POINTS_TO = re.compile(
    r"\b(?:see|refer(?:red)?|answer(?:ed)?|respon[sd]\w*|reply|replies|covered|given|as\s+per)\b",
    re.I,
)


def split_run_on(blocks: list[Block], questions: Sequence[QuestionLike]) -> list[Block]:
    """A paragraph that moves from question to question ("With regard to your first
    question ... As to whether ... Turning to the changes ...") becomes one block per move."""
    out: list[Block] = []
    for b in blocks:
        if b.quote or b.kind not in ("para", "item") or len(b.text) < 200:
            out.append(b)
            continue
        sents = sentences(b.text)
        starts = [i for i, s in enumerate(sents) if i and TOPIC_LEAD.match(s)]
        if not starts:
            out.append(b)
            continue
        bounds = [0, *starts, len(sents)]
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            out.append(replace(b, text=" ".join(sents[lo:hi]), label=b.label if lo == 0 else None))
    return out


def topic_lead_question(text: str, questions: Sequence[QuestionLike]) -> QuestionLike | None:
    """The question a sentence opening with a topic lead turns to ("As to the papers you
    asked for, ..." is question 2); ordinal leads are read by the splitter itself."""
    m = TOPIC_LEAD.match(text)
    if not m:
        return None
    if _questions_named(sentences(text)[0], questions) >= 3:
        return None  # "You asked whether ... reviewed, for papers, and about s47 ...": the request
    # The lead may hold the topic itself ("On the definition point, ...").
    clause = re.split(r"[,:;–]|\s-\s", text, maxsplit=1)[0][:200]
    return topic_question(clause, questions)


def _questions_named(sentence: str, questions: Sequence[QuestionLike]) -> int:
    """How many questions a sentence names by one of their keywords (at a word's start)."""
    text = f" {norm(sentence)} "
    return sum(
        1 for q in questions if any(_keyword_pattern(norm(k)).search(text) for k in q.keywords)
    )


def split_rules(blocks: list[Block]) -> list[Block]:
    """ "------ RESPONSE TEXT" glued to a ruled line in a case export: the rule on its own."""
    out: list[Block] = []
    for b in blocks:
        m = re.match(r"^\s*([-=_*]{10,})\s*(\S.*)?$", b.text, re.S)
        if m and m.group(2):
            out.append(replace(b, text=m.group(1)))
            out.append(replace(b, text=m.group(2).strip(), label=None))
        else:
            out.append(b)
    return out


# A letter's opening paragraph: about the request, not an answer to one of its questions.
OPENING = re.compile(
    r"^\s*(?:thank\s+you\s+for|dear\b|we\s+(?:have\s+)?received|i\s+am\s+writing|i\s+write|further\s+to)",
    re.I,
)
# ... or one whose first sentence speaks of the request as a whole ("I have now looked into
# the questions you raised").
ABOUT_REQUEST = re.compile(
    r"\b(?:your\s+(?:\w+\s+)?(?:questions|request|e-?mail|letter|enquiry|FOI)|questions\s+you\s+(?:raised|asked|put|sent)"
    r"|you\s+(?:requested|raised|wrote)|thank\s+you\s+for)\b",
    re.I,
)
SIGN_OFF = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|many\s+thanks"
    r"|with\s+best\s+wishes|best\s+wishes)\b",
    re.I,
)


def _is_opening(text: str, early: bool, questions: Sequence[QuestionLike] | None = None) -> bool:
    """`early`: the paragraph comes before any that could be an answer. An early paragraph
    that opens by restating the request ("You asked whether our policies were reviewed, for
    any papers, and for details of ...") opens the letter too."""
    if OPENING.match(text):
        return True
    first = sentences(text)[:1]
    if not (early and first):
        return False
    return bool(ABOUT_REQUEST.search(first[0])) or (
        questions is not None and _questions_named(first[0], questions) >= 3
    )


def _answer_score(text: str, q: QuestionLike, weights: dict[str, float]) -> float:
    """How much a paragraph reads as an answer to q: its question's words and the words its
    answers use, the opening sentence counting double."""
    head = f" {norm(' '.join(sentences(text)[:1]))} "
    body = f" {norm(text)} "
    score = 0.0
    for k in {*q.keywords, *q.answer_keywords}:
        k = norm(str(k))
        if not k:
            continue
        w = weights.get(_stem(k.split()[0]), 1.0)
        pat = _keyword_pattern(k)
        score += w * ((2.0 if pat.search(head) else 0.0) + (0.5 if pat.search(body) else 0.0))
    return score


@lru_cache(maxsize=512)
def _keyword_pattern(k: str) -> re.Pattern[str]:
    """A keyword at the start of a word ("review" in "reviewed"); a short one only with an
    ending ("roll" in "rolling", "age" in "aged", not "when" in "whenever" or "age" in
    "agency")."""
    if len(k) <= 4:
        return re.compile(rf" {re.escape(k)}(?:s|es|d|ed|ing|ers?)? ")
    return re.compile(rf" {re.escape(k)}")


# A sentence about how the letter is laid out, not an answer ("It may be clearest to start
# with the procedure itself before turning to the review.").
ABOUT_LETTER = re.compile(
    r"\b(?:start|begin)\s+with\b|\bbefore\s+turning\s+to\b|\bset\s+out\s+below\b|\b(?:in|out\s+of)\s+(?:turn|order)\b"
    r"|\b(?:answer|respond\s+to|take)\s+(?:each|your\s+questions)\b",
    re.I,
)
ORDINAL_LEAD = re.compile(
    r"\byour\s+(first|second|third|fourth|fifth|final|last)\s+(?:question|point|query|request)\b",
    re.I,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def lead_question(text: str, questions: Sequence[QuestionLike]) -> QuestionLike | None:
    """The question a paragraph says it turns to: by its topic ("As to papers, ...") or by
    its place ("Turning to your first question, ...")."""
    if m := ORDINAL_LEAD.search(text[:80]):
        word = m.group(1).lower()
        qs = sorted(questions, key=lambda q: q.no)
        no = _ORDINALS.get(word, qs[-1].no if qs else 0)
        return next((q for q in qs if q.no == no), None)
    return topic_lead_question(text, questions)


def _after_opening(p: Block, questions: Sequence[QuestionLike], weights: dict[str, float]) -> Block:
    """An opening paragraph that runs on into the first answer ("Thank you for your request
    ... I can confirm that the Partnership reviewed ..."): the part from that answer on."""
    sents = sentences(p.text)
    for i in range(1, len(sents)):
        if ABOUT_LETTER.search(sents[i]):
            continue
        if max(_answer_score(sents[i], q, weights) for q in questions) >= 2.0:
            return replace(p, text=" ".join(sents[i:]))
    return p


def align_paragraphs(
    blocks: list[Block], questions: Sequence[QuestionLike]
) -> dict[int, list[Block]]:
    """A letter that answers in paragraphs with no numbers or headings: paragraphs assigned
    to questions in the order they were asked (a paragraph may continue the answer before
    it), maximising how well each reads as its answer. Used only where nothing else placed
    the answers."""
    from parsers.boilerplate import is_boilerplate

    body: list[Block] = []
    for b in split_run_on(blocks, questions):
        if SIGN_OFF.match(b.text) and body:
            break  # the signature and what follows it answer nothing
        body.append(b)
    paras = [
        b
        for b in body
        if not b.quote
        and b.kind in ("para", "item")
        and len(b.text) > 20
        and not is_boilerplate(b.text)
    ]
    if len(paras) < 3:
        return {}
    weights = _keyword_weights(questions)
    qs = sorted(questions, key=lambda q: q.no)
    # Only a paragraph before any that reads as an answer can be the letter's opening.
    early = 0
    while (
        early < len(paras) and max(_answer_score(paras[early].text, q, weights) for q in qs) < 2.0
    ):
        early += 1
    opening = [_is_opening(p.text, i <= early, qs) for i, p in enumerate(paras)]
    paras = [
        _after_opening(p, qs, weights) if o else p for p, o in zip(paras, opening, strict=True)
    ]
    score = [
        [
            0.0 if o and _is_opening(p.text, True, qs) else _answer_score(p.text, q, weights)
            for q in qs
        ]
        for p, o in zip(paras, opening, strict=True)
    ]
    for row, p, o in zip(score, paras, opening, strict=True):
        # "Turning to your first question, ...": the letter says which question it answers.
        if not (o and _is_opening(p.text, True, qs)) and (lq := lead_question(p.text, qs)):
            row[qs.index(lq)] += 5.0
    n, m = len(paras), len(qs)
    neg = float("-inf")
    # best[i][j]: best total for paragraphs[:i] with the last assigned question index j
    # (j = -1: none assigned yet). A paragraph is skipped, starts the next question, or
    # continues the current one.
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0  # column 0 means "no question yet"; column j+1 means question j
    for i in range(n):
        for j in range(m + 1):
            if best[i][j] == neg:
                continue
            # skip this paragraph (an introduction, or an aside)
            if best[i][j] > best[i + 1][j]:
                best[i + 1][j], back[i + 1][j] = best[i][j], (i, j, 0)
            # continue the current question
            if j and score[i][j - 1] >= 1.0 and best[i][j] + 0.5 * score[i][j - 1] > best[i + 1][j]:
                best[i + 1][j], back[i + 1][j] = best[i][j] + 0.5 * score[i][j - 1], (i, j, 2)
            # start a later question
            for k in range(j + 1, m + 1):
                gain = score[i][k - 1]
                if gain >= 2.0 and best[i][j] + gain > best[i + 1][k]:
                    best[i + 1][k], back[i + 1][k] = best[i][j] + gain, (i, j, 1)
    j = max(range(m + 1), key=lambda c: best[n][c])
    ordered: dict[int, list[Block]] = {}
    i = n
    while i > 0 and (step := back[i][j]) is not None:
        pi, pj, move = step
        if move in (1, 2):
            ordered.setdefault(qs[j - 1].no, []).insert(0, paras[pi])
        i, j = pi, pj
    # Letters that take the questions out of order ("I have started with section 47"):
    # each paragraph to the question it reads as, where that is clear.
    free = _by_topic(paras, qs, score)
    chosen, other = (free, ordered) if len(free) > len(ordered) else (ordered, free)
    # A question the chosen reading left out, placed by the other on paragraphs the chosen
    # did not use ("Our arrangements require a strategy discussion ..." first of all).
    used = {id(p) for ps in chosen.values() for p in ps}
    for no, ps in other.items():
        if no not in chosen and ps and not any(id(p) in used for p in ps):
            chosen[no] = ps
            used |= {id(p) for p in ps}
    # A paragraph neither reading placed, that reads as the answer to a question still
    # without one ("The revised procedure can be read at ... the review report is enclosed").
    for p, row in zip(paras, score, strict=True):
        if id(p) in used:
            continue
        missing = [k for k, q in enumerate(qs) if q.no not in chosen and row[k] >= 2.0]
        if missing:
            k = max(missing, key=lambda k: row[k])
            chosen[qs[k].no] = [p]
            used.add(id(p))
    return _claim_sentences(chosen, qs, weights)


def claim_sentences(texts: dict[int, str], questions: Sequence[QuestionLike]) -> dict[int, str]:
    """`_claim_sentences` over answers already placed as text (a letter in prose read by its
    leads): a question with no answer takes the sentences of another's that answer it."""
    placed = {no: [Block(text=t)] for no, t in texts.items() if t}
    qs = sorted(questions, key=lambda q: q.no)
    out = _claim_sentences(placed, qs, _keyword_weights(questions))
    return {no: " ".join(b.text for b in blocks) for no, blocks in out.items()}


def _claim_sentences(
    placed: dict[int, list[Block]], qs: Sequence[QuestionLike], weights: dict[str, float]
) -> dict[int, list[Block]]:
    """A question left without a paragraph whose answer sits at the end of another's ("The
    changes were ... The minutes, which record the outcome, are published at ..."): the
    sentences from the one that reads clearly as its answer on."""
    if not placed:
        return placed
    # A word every question's own text uses ("bruising" in each question of a request about
    # bruising) does not make a sentence another question's answer too.
    texts = [{_stem(w) for w in norm(q.text).split()} for q in qs]
    common = set.intersection(*texts) if len(texts) > 1 else set()
    own = {k: v / len(qs) if k in common else v for k, v in weights.items()}
    for q in qs:
        if q.no in placed:
            continue
        # The sentence that reads most as its answer, wherever it stands.
        best: tuple[float, int, int, int, float] | None = None  # mine, host, para, sentence, theirs
        for host_no, paras in placed.items():
            host = next(x for x in qs if x.no == host_no)
            for k, p in enumerate(paras):
                for i, sent in enumerate(sentences(p.text)):
                    mine = _answer_score(sent, q, own)
                    if mine >= 2.0 and (best is None or mine > best[0]):
                        best = (mine, host_no, k, i, _answer_score(sent, host, weights))
        if best is None:
            continue
        mine, host_no, k, i, theirs = best
        paras = placed[host_no]
        p = paras[k]
        sents = sentences(p.text)
        if i and mine >= theirs + 1.5:
            placed[host_no] = [*paras[:k], replace(p, text=" ".join(sents[:i])), *paras[k + 1 :]]
        # Otherwise one passage answers both ("As there was no review, there are no papers"):
        # each question gets it.
        placed[q.no] = [replace(p, text=" ".join(sents[i:]))]
    return placed


def _by_topic(
    paras: list[Block], qs: Sequence[QuestionLike], score: list[list[float]]
) -> dict[int, list[Block]]:
    out: dict[int, list[Block]] = {}
    last: int | None = None
    for p, row in zip(paras, score, strict=True):
        ranked = sorted(range(len(qs)), key=lambda k: -row[k])
        top = ranked[0]
        margin = row[top] - (row[ranked[1]] if len(ranked) > 1 else 0.0)
        if row[top] >= 2.0 and margin >= 0.5:
            last = top
        elif last is None or row[last] < 1.0:
            last = None if row[top] < 2.0 else last
            continue
        out.setdefault(qs[last].no, []).append(p)
    return out
