"""One response document in; its authority, outcome, answers and coded facts out."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from parsers.authority import Detected
from parsers.coding import NEGATION, NOT_NEGATION, Coded, apply_rules, referenced_answers
from parsers.context import Context
from parsers.enclosed import with_attachments, with_forwarded
from parsers.extract import DEFAULT_MAX_BYTES, extract
from parsers.labels import labelled
from parsers.model import Block, Document, ParseError
from parsers.outcome import answer_given, exemptions
from parsers.protocols import CampaignLike, RegistryLike
from parsers.recognise import Recognition, recognise
from parsers.segments import Answer, align_answers
from parsers.sender import Sender, detect_sender
from parsers.sentences import sentences
from parsers.status import (
    POINTER_LEAD,
    QuestionStatus,
    conditional_questions,
    generic_outcome,
    letter_decision,
    outcome_from_statuses,
    question_statuses,
)


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
    doc, answers = with_attachments(doc, campaign, max_bytes)
    answers = with_forwarded(doc, answers, campaign)
    # The email subject or page title counts too: a terse reply may name the request only there.
    full_text = "\n".join([*(b.text for b in doc.blocks), *doc.meta.values()])
    matched, groups = campaign.match(full_text)
    own_text = "\n".join(b.text for b in doc.blocks if not b.quote and b.kind != "furniture")
    by_no = {a.question_no: a.raw or a.answer_text for a in answers}
    # Paragraph alignment serves recognition and reading alike: computed once, when needed.
    paragraphs = functools.cache(lambda: align_answers(doc.blocks, campaign.questions))
    fit_answers = _fit_answers(by_no, paragraphs)
    recognition = recognise(doc, own_text, fit_answers, campaign, matched, groups)
    if not recognition.accepted and not force:
        raise NotAReply(recognition.why, recognition.kind)
    sender = detect_sender(doc, registry, host=host)
    if recognition.accepted and (
        aligned := _in_paragraphs(doc, answers, own_text, sender.name, campaign, paragraphs)
    ):
        answers = aligned
        by_no = {a.question_no: a.raw or a.answer_text for a in answers}
    statuses, result = _decided(doc, answers, by_no, own_text, sender.name, campaign, recognition)
    redirected = frozenset(q.no for q in statuses if q.status == "redirected")
    fields = code_fields(by_no, own_text, campaign, redirected, doc.blocks)
    if campaign.settings.get("answered_by_fields") and statuses:
        result = _answered_by_fields(fields, statuses, campaign, doc, answers, own_text, result)
    _weigh_by_status(fields, statuses, campaign, list(by_no.values()))
    if "ocr" in doc.meta:  # read from OCR'd text: a misread word can change any fact
        _less_sure(fields, 0.8)
    return ParsedResponse(
        format=doc.format,
        authority=_authority(sender),
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


def _authority(sender: Sender) -> Detected:
    """The authority that sent the reply, where it is one of the campaign's."""
    if sender.in_scope:
        return Detected(sender.name, sender.code, sender.score, sender.evidence)
    return Detected(None, None)


def _less_sure(fields: dict[str, Coded], factor: float) -> None:
    for coded in fields.values():
        coded.confidence *= factor


def _fit_answers(by_no: dict[int, str], paragraphs: Callable[[], list[Answer]]) -> dict[int, str]:
    """The answers recognition weighs: those placed, or where fewer than two were, those
    of a letter in paragraphs ("I am sorry for the delay in replying. The partnership did
    not review ..."): what its paragraphs answer counts before it is called a reminder.
    Printed questions (a delay notice quoting the request) answer nothing."""
    if sum(1 for t in by_no.values() if t) >= 2:
        return by_no
    by_paragraph = {
        a.question_no: a.raw or a.answer_text
        for a in paragraphs()
        if a.answer_text
        and not any(s.rstrip("”\"' ").endswith("?") for s in sentences(a.answer_text))
    }
    return {**by_paragraph, **{k: v for k, v in by_no.items() if v}}


def _in_paragraphs(
    doc: Document,
    answers: list[Answer],
    own_text: str,
    sender: str | None,
    campaign: CampaignLike,
    paragraphs: Callable[[], list[Answer]],
) -> list[Answer] | None:
    """Nothing placed the answers, and the letter decides nothing as a whole: a letter that
    answers in paragraphs, read in the order the questions were asked (None: not one)."""
    found = sum(1 for a in answers if a.answer_text)
    if (
        (found < 2 or (found < len(campaign.questions) - 1 and not labelled(doc.blocks)))
        and letter_decision(own_text, sender, no_answers=True) is None
        and len(aligned := paragraphs()) > found
    ):
        return aligned
    return None


def _decided(
    doc: Document,
    answers: list[Answer],
    by_no: dict[int, str],
    own_text: str,
    sender: str | None,
    campaign: CampaignLike,
    recognition: Recognition,
) -> tuple[list[QuestionStatus], Coded]:
    """Each question's status and the reply's outcome."""
    if not recognition.accepted:  # forced: another request's reply, read for what every reply has
        return [], generic_outcome(own_text, doc.meta.get("status_banner"), sender)
    numbers = [q.no for q in campaign.questions]
    statuses = question_statuses(by_no, numbers, own_text, sender)
    result = outcome_from_statuses(statuses, own_text, conditional_questions(campaign))
    if banner := doc.meta.get("status_banner"):
        result = generic_outcome(own_text, banner, sender) if not answers else result
    return statuses, result


def _answered_by_fields(
    fields: dict[str, Coded],
    statuses: list[QuestionStatus],
    campaign: CampaignLike,
    doc: Document,
    answers: list[Answer],
    own_text: str,
    result: Coded,
) -> Coded:
    """A campaign whose coders read figures wherever the reply puts them (a table under no
    question): a question left without words of its own whose facts were found is answered
    after all. (A fact counts where words decided it: not a default without evidence.)"""
    given = {
        int(spec["question"])
        for name, spec in campaign.fields.items()
        if fields[name].value not in (spec.get("default"), None) and fields[name].evidence
    }
    late = [q for q in statuses if q.status == "not_answered" and q.no in given]
    for q in late:
        q.status, q.evidence = "answered", fields_evidence(fields, campaign, q.no)
    if late and not (doc.meta.get("status_banner") and not answers):
        return outcome_from_statuses(statuses, own_text, conditional_questions(campaign))
    return result


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
