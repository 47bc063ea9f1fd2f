"""One response document in; its authority, outcome, answers and coded facts out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parsers.authority import Detected, detect_authority
from parsers.coding import Coded, apply_rules, referenced_answers
from parsers.context import Context
from parsers.extract import DEFAULT_MAX_BYTES, extract
from parsers.model import Document, ParseError
from parsers.outcome import answer_given, exemptions, outcome
from parsers.sentences import sentences
from parsers.split import Answer, split_answers
from parsers.urls import unique


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

    def to_json(self) -> dict[str, Any]:
        return {
            "authority": {"name": self.authority.name, "code": self.authority.code},
            "outcome": self.outcome.value,
            "exemptions": self.exemptions,
            "answers": [
                {
                    "question_no": a.question_no,
                    "question_text": a.question_text,
                    "answer_text": a.answer_text,
                    "where": a.where or None,
                }
                for a in self.answers
            ],
            "fields": {k: v.value for k, v in self.fields.items()},
            "evidence": {k: v.evidence for k, v in self.fields.items()},
            "confidence": {k: round(v.confidence, 2) for k, v in self.fields.items()},
            "links": self.links,
            "format": self.format,
            "campaign": self.campaign,
        }


def code_fields(answers: dict[int, str], text: str, campaign: Any) -> dict[str, Coded]:
    ctx = Context(answers=answers, text=text, campaign=campaign)
    for name, spec in campaign.fields.items():
        if name in ctx.coded:
            continue  # filled by a coder that codes several fields at once
        if coder := spec.get("coder"):
            for k, v in getattr(campaign.rules, coder)(ctx).items():
                ctx.coded.setdefault(k, v)
            continue
        primary = answers.get(int(spec["question"]), "")
        if primary and "not_held" in spec and not answer_given(primary):
            ctx.coded[name] = Coded(spec["not_held"], sentences(primary)[0], 0.85)
            continue
        texts = [primary]
        if spec.get("follow_references"):
            texts += referenced_answers(primary, answers)
        hit = apply_rules(texts, spec) if primary else None
        ctx.coded[name] = hit or Coded(spec.get("default"), None, 0.5 if primary else 0.9)
    return {name: ctx.coded[name] for name in campaign.fields}


def _with_attachments(
    doc: Document, campaign: Any, max_bytes: int
) -> tuple[Document, list[Answer]]:
    """An email whose answers are in an attached letter: read the attachment instead."""
    answers = split_answers(doc.blocks, campaign.questions)
    best = (doc, answers)
    for name, data in doc.attachments:
        try:
            inner = extract(data, name, max_bytes=max_bytes)
        except ParseError:
            continue
        inner_answers = split_answers(inner.blocks, campaign.questions)
        if len(inner_answers) > len(best[1]):
            inner.blocks = inner.blocks + [b for b in doc.blocks if b.kind == "furniture"]
            inner.meta = {**doc.meta, **inner.meta}
            inner.links = unique([*doc.links, *inner.links])
            best = (inner, inner_answers)
    return best


def parse_document(
    data: bytes,
    name: str | None,
    campaign: Any,
    registry: Any,
    *,
    host: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
) -> ParsedResponse:
    """Read one response. `force` reads it even if it does not match the campaign's
    fingerprint (for a terse reply that never names the request)."""
    doc = extract(data, name, max_bytes=max_bytes)
    doc, answers = _with_attachments(doc, campaign, max_bytes)
    # The email subject or page title counts too: a terse reply may name the request only there.
    full_text = "\n".join([*(b.text for b in doc.blocks), *doc.meta.values()])
    matched, groups = campaign.match(full_text)
    if not matched and not force:
        raise ParseError(
            f"does not answer the {campaign.id} request (matched {', '.join(groups) or 'nothing'} "
            f"of its fingerprint)"
        )
    own_text = "\n".join(b.text for b in doc.blocks if not b.quote and b.kind != "furniture")
    by_no = {a.question_no: a.raw or a.answer_text for a in answers}
    return ParsedResponse(
        format=doc.format,
        authority=detect_authority(doc, registry, host=host),
        outcome=outcome(by_no, own_text, len(campaign.questions)),
        exemptions=exemptions(own_text),
        answers=answers,
        fields=code_fields(by_no, own_text, campaign),
        links=doc.links,
        campaign=campaign.id,
        fingerprint=groups,
        meta=doc.meta,
        text=own_text,
    )
