"""One response document in; its authority, outcome, answers and coded facts out."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from parsers.authority import Detected
from parsers.coding import NEGATION, NOT_NEGATION, Coded, apply_rules, referenced_answers
from parsers.context import Context
from parsers.extract import DEFAULT_MAX_BYTES, extract
from parsers.model import Block, Document, ParseError
from parsers.outcome import answer_given, exemptions
from parsers.protocols import CampaignLike, RegistryLike
from parsers.recognise import Recognition, recognise
from parsers.sender import Sender, detect_sender
from parsers.sentences import sentences
from parsers.split import Answer, align_answers, labelled, split_answers
from parsers.status import (
    POINTER_LEAD,
    QuestionStatus,
    generic_outcome,
    letter_decision,
    outcome_from_statuses,
    question_statuses,
)
from parsers.thread import QUOTE_START
from parsers.urls import find_urls, unique

MAX_ATTACHMENTS = 20


@dataclass
class ParsedResponse:
    format: str
    authority: Detected
    outcome: Coded
    exemptions: list[str]
    answers: list[Answer]
    fields: dict[str, Coded]
    links: list[str]
    campaign: str
    fingerprint: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the document's own text, quoted request and page furniture left out
    sender: Sender | None = None
    statuses: list[QuestionStatus] = field(default_factory=list)
    recognition: Recognition | None = None

    def status_of(self, no: int) -> QuestionStatus | None:
        return next((q for q in self.statuses if q.no == no), None)

    def to_json(self) -> dict[str, Any]:
        by_no = {a.question_no: a for a in self.answers}
        numbers = sorted({*by_no, *(q.no for q in self.statuses)})
        entries = []
        for no in numbers:
            a, st = by_no.get(no), self.status_of(no)
            entries.append(
                {
                    "question_no": no,
                    "status": st.status if st else "answered",
                    "status_detail": st.detail if st else None,
                    "question_text": a.question_text if a else None,
                    "answer_text": a.answer_text if a else None,
                    "where": (a.where or None) if a else None,
                }
            )
        sender = self.sender
        return {
            "authority": {"name": self.authority.name, "code": self.authority.code},
            "sender": {
                "name": sender.name if sender else None,
                "kind": sender.kind if sender else None,
                "code": sender.code if sender else None,
                "reason": sender.reason if sender else None,
            },
            "outcome": self.outcome.value,
            "exemptions": self.exemptions,
            "answers": entries,
            "fields": {k: v.value for k, v in self.fields.items()},
            "evidence": {k: v.evidence for k, v in self.fields.items()},
            "confidence": {k: round(v.confidence, 2) for k, v in self.fields.items()},
            "links": self.links,
            "format": self.format,
            "ocr": self.meta.get("ocr"),  # the OCR engine where the text was read from a scan
            "campaign": self.campaign,
        }


def code_fields(
    answers: dict[int, str],
    text: str,
    campaign: CampaignLike,
    redirected: frozenset[int] = frozenset(),
    blocks: list[Block] | None = None,
) -> dict[str, Coded]:
    """`redirected`: questions whose answer points to another body; what that body holds
    is not stated by this reply, so their fields keep their default. `blocks`: the
    document's, for coders that read tables."""
    ctx = Context(answers=answers, text=text, campaign=campaign, blocks=list(blocks or []))
    for name, spec in campaign.fields.items():
        if name in ctx.coded:
            continue  # filled by a coder that codes several fields at once
        if spec.get("type") in ("text", "free_text") and not spec.get("coder"):
            # A free-text field is its question's answer as the reply gives it.
            own = answers.get(int(spec["question"])) or None
            ctx.coded[name] = Coded(own, sentences(own)[0] if own else None, 0.9)
            continue
        if coder := spec.get("coder"):
            code: Callable[[Context], dict[str, Coded]] = getattr(campaign.rules, coder)
            for k, v in code(ctx).items():
                its_answer = answers.get(int(campaign.fields[k]["question"]), "")
                if its_answer and int(campaign.fields[k]["question"]) in redirected:
                    # What another body holds is not stated by this reply.
                    v = Coded(campaign.fields[k].get("default"), sentences(its_answer)[0], 0.8)
                ctx.coded.setdefault(k, v)
            continue
        primary = answers.get(int(spec["question"]), "")
        if primary and int(spec["question"]) in redirected:
            ctx.coded[name] = Coded(spec.get("default"), sentences(primary)[0], 0.8)
            continue
        if primary and "not_held" in spec and not answer_given(primary):
            ctx.coded[name] = Coded(spec["not_held"], sentences(primary)[0], 0.85)
            continue
        texts = [primary]
        if spec.get("follow_references") and (pointed := referenced_answers(primary, answers)):
            # "Please see our response to Q1." says nothing itself: read what it points to.
            bare = len(primary) < 80 and BARE_POINTER.match(primary) is not None
            texts = pointed if bare else [primary, *pointed]
        # Answers that often carry this fact too ("No changes were made, and the definition is
        # as it was" under question 4), read after the field's own.
        # Only their sentences on the field's topic ("the definition is as it was").
        if spec.get("also_read") and (about := spec.get("also_read_topic_compiled")):
            for n in spec["also_read"]:
                if answers.get(int(n)):
                    texts.append(" ".join(x for x in sentences(answers[int(n)]) if about.search(x)))
        hit = apply_rules(texts, spec) if primary else None
        if hit is None and primary and "answered" in spec and _describes(primary):
            # "What changes were made?" answered at length with no denial: it describes
            # them, in words no rule knows. Worth a look, so below the review line.
            hit = Coded(spec["answered"], sentences(primary)[0], 0.45)
        ctx.coded[name] = hit or Coded(spec.get("default"), None, 0.5 if primary else 0.9)
    return {name: ctx.coded[name] for name in campaign.fields}


BARE_POINTER = re.compile(rf"^\W*{POINTER_LEAD}", re.I)


def fields_evidence(fields: dict[str, Coded], campaign: CampaignLike, no: int) -> str | None:
    """The evidence of the first fact coded for question `no`."""
    return next(
        (
            c.evidence
            for name, c in fields.items()
            if int(campaign.fields[name]["question"]) == no and c.evidence
        ),
        None,
    )


def _describes(answer: str) -> bool:
    """An answer of some length that neither denies, refuses nor points elsewhere."""
    return (
        len(answer.split()) >= 8
        and answer_given(answer)
        and not referenced_answers(answer, {n: "x" for n in range(1, 10)})
        # ("not independently mobile" describes a baby; it denies nothing)
        and not any(NEGATION.search(NOT_NEGATION.sub(" ", s)) for s in sentences(answer))
    )


ATTACHED = re.compile(
    r"\b(?:please\s+find|(?:is|are)\s+(?:attached|enclosed)|in\s+the\s+attached|attached\s+(?:is|are|please|to\s+this))\b",
    re.I,
)


def _with_attachments(
    doc: Document, campaign: CampaignLike, max_bytes: int
) -> tuple[Document, list[Answer]]:
    """An email whose answers are in an attached letter: read the attachment instead."""
    answers = split_answers(doc.blocks, campaign.questions)
    best = (doc, answers)
    # "Please find our response attached": a body of a line or two says nothing itself.
    body = " ".join(b.text for b in doc.blocks if not b.quote and b.kind != "furniture")
    # ... or a few lines more that say the answer is attached (a link, a team's address).
    terse = len(body) < 300 or (len(body) < 1000 and bool(ATTACHED.search(body)))
    # An email with 5,000 attachments is not a reply with 5,000 letters: read the first few.
    for name, data in doc.attachments[:MAX_ATTACHMENTS]:
        try:
            inner = extract(data, name, max_bytes=max_bytes)
        except ParseError:
            continue
        inner_answers = split_answers(inner.blocks, campaign.questions)
        if len(inner_answers) > len(best[1]) or (terse and best[0] is doc and inner.blocks):
            inner.blocks = inner.blocks + [b for b in doc.blocks if b.kind == "furniture"]
            inner.meta = {**doc.meta, **inner.meta}
            inner.links = unique([*doc.links, *inner.links])
            best = (inner, inner_answers)
    return best


def _with_forwarded(doc: Document, answers: list[Answer], campaign: CampaignLike) -> list[Answer]:
    """An email that forwards the answers ("the partnership's answers are below"): the
    most recent quoted message is read as the reply when that finds more answers. The
    requester's own request, quoted, finds none (its questions have no answers under them)."""
    quoted = [i for i, b in enumerate(doc.blocks) if b.quote]
    if len(answers) >= 3 or not quoted:
        return answers
    first = quoted[0]
    end = next(
        (
            i
            for i in quoted[1:]
            if QUOTE_START.search(doc.blocks[i].text) or doc.blocks[i].text.startswith("From:")
        ),
        len(doc.blocks),
    )
    trial = [replace(b, quote=False) if first <= i < end else b for i, b in enumerate(doc.blocks)]
    found = split_answers(trial, campaign.questions)
    if len(found) > len(answers) + 1:
        doc.blocks = trial
        doc.links = unique([*doc.links, *find_urls(b.text for b in trial[first:end])])
        return found
    return answers


def _conditional(campaign: CampaignLike) -> frozenset[int]:
    return frozenset(q.no for q in campaign.questions if q.conditional)


def parse_document(
    data: bytes,
    name: str | None,
    campaign: CampaignLike,
    registry: RegistryLike,
    *,
    host: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
) -> ParsedResponse:
    """Read one response. `force` reads it even if it does not match the campaign's
    fingerprint (for a terse reply that never names the request)."""
    doc = extract(data, name, max_bytes=max_bytes)
    doc, answers = _with_attachments(doc, campaign, max_bytes)
    answers = _with_forwarded(doc, answers, campaign)
    # The email subject or page title counts too: a terse reply may name the request only there.
    full_text = "\n".join([*(b.text for b in doc.blocks), *doc.meta.values()])
    matched, groups = campaign.match(full_text)
    own_text = "\n".join(b.text for b in doc.blocks if not b.quote and b.kind != "furniture")
    by_no = {a.question_no: a.raw or a.answer_text for a in answers}
    # Paragraph alignment serves recognition and reading alike: computed once, when needed.
    paragraphs = functools.cache(lambda: align_answers(doc.blocks, campaign.questions))
    fit_answers = by_no
    if sum(1 for t in by_no.values() if t) < 2:
        # A letter in paragraphs ("I am sorry for the delay in replying. The partnership did
        # not review ..."): what its paragraphs answer counts before it is called a reminder.
        # Printed questions (a delay notice quoting the request) answer nothing.
        by_paragraph = {
            a.question_no: a.raw or a.answer_text
            for a in paragraphs()
            if a.answer_text
            and not any(s.rstrip("”\"' ").endswith("?") for s in sentences(a.answer_text))
        }
        fit_answers = {**by_paragraph, **{k: v for k, v in by_no.items() if v}}
    recognition = recognise(doc, own_text, fit_answers, campaign, matched, groups)
    if not recognition.accepted and not force:
        raise NotAReply(recognition.why, recognition.kind)
    sender = detect_sender(doc, registry, host=host)
    authority = (
        Detected(sender.name, sender.code, sender.score, sender.evidence)
        if sender.in_scope
        else Detected(None, None)
    )
    numbers = [q.no for q in campaign.questions]
    found = sum(1 for a in answers if a.answer_text)
    if (
        recognition.accepted
        and (found < 2 or (found < len(campaign.questions) - 1 and not labelled(doc.blocks)))
        and letter_decision(own_text, sender.name, no_answers=True) is None
        and len(aligned := paragraphs()) > found
    ):
        # Nothing placed the answers, and the letter decides nothing as a whole: a letter
        # that answers in paragraphs, read in the order the questions were asked.
        answers = aligned
        by_no = {a.question_no: a.raw or a.answer_text for a in answers}
    if recognition.accepted:
        statuses = question_statuses(by_no, numbers, own_text, sender.name)
        result = outcome_from_statuses(statuses, own_text, _conditional(campaign))
        if banner := doc.meta.get("status_banner"):
            result = generic_outcome(own_text, banner, sender.name) if not answers else result
    else:  # forced: another request's reply, read for what every reply has
        statuses = []
        result = generic_outcome(own_text, doc.meta.get("status_banner"), sender.name)
    redirected = frozenset(q.no for q in statuses if q.status == "redirected")
    fields = code_fields(by_no, own_text, campaign, redirected, doc.blocks)
    if campaign.settings.get("answered_by_fields") and statuses:
        # A campaign whose coders read figures wherever the reply puts them (a table under
        # no question): a question left without words of its own whose facts were found is
        # answered after all.
        # (a fact counts where words decided it: not a default without evidence)
        given = {
            int(spec["question"])
            for name, spec in campaign.fields.items()
            if fields[name].value not in (spec.get("default"), None) and fields[name].evidence
        }
        late = [q for q in statuses if q.status == "not_answered" and q.no in given]
        for q in late:
            q.status, q.evidence = "answered", fields_evidence(fields, campaign, q.no)
        if late and not (doc.meta.get("status_banner") and not answers):
            result = outcome_from_statuses(statuses, own_text, _conditional(campaign))
    _weigh_by_status(fields, statuses, campaign, list(by_no.values()))
    if "ocr" in doc.meta:  # read from OCR'd text: a misread word can change any fact
        for coded in fields.values():
            coded.confidence *= 0.8
    return ParsedResponse(
        format=doc.format,
        authority=authority,
        outcome=result,
        exemptions=exemptions(own_text),
        answers=answers,
        fields=fields,
        links=doc.links,
        campaign=campaign.id,
        fingerprint=groups,
        meta=doc.meta,
        text=own_text,
        sender=sender,
        statuses=statuses,
        recognition=recognition,
    )


def _weigh_by_status(
    fields: dict[str, Coded],
    statuses: list[QuestionStatus],
    campaign: CampaignLike,
    texts: list[str],
) -> None:
    """A fact left at its default is as sure as the reason it was left there: a question the
    letter refused or said is not held is surely "not stated"; one that got no words of its
    own while its neighbours were answered may be the splitter's miss."""
    by_no = {q.no: q.status for q in statuses}
    answered_any = "answered" in by_no.values()
    if by_no and all(s == "not_answered" for s in by_no.values()):
        # A reply in which nothing could be placed and nothing is decided as a whole: every
        # fact left at its default is a reading failure until someone looks.
        for coded in fields.values():
            if coded.evidence is None:
                coded.confidence = 0.2
        return
    missing = sum(1 for s in by_no.values() if s == "not_answered")
    answers_text = " ".join(texts)
    for name, coded in fields.items():
        spec = campaign.fields[name]
        if missing and answered_any:
            coded.confidence *= 0.9  # the splitter placed some answers only: less sure of all
        if coded.evidence is not None or coded.value not in (spec.get("default"), None):
            continue
        status = by_no.get(int(spec.get("question", 0)))
        topic = spec.get("topic_compiled")
        if status in ("not_held", "refused", "redirected"):
            coded.confidence = max(coded.confidence, 0.9)
        elif status == "not_answered" and answered_any:
            coded.confidence = min(coded.confidence, 0.3)
        elif topic is not None:
            # The answers speak of the field's topic, yet no rule decided it: likely a miss.
            coded.confidence = 0.3 if topic.search(answers_text) else 0.75
        elif status in ("answered", "see_other"):
            coded.confidence = min(coded.confidence, 0.4)


class NotAReply(ParseError):
    """A document that is not a reply to the campaign's request (an acknowledgement, a
    bounce, another request's reply): the archive keeps it, the dataset does not count it."""

    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind
