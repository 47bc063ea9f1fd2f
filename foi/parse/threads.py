"""The conversation, not only the message: a mailbox's messages grouped into one thread per
council, and the response that thread stands for.

A council acknowledges, asks a clarifying question, replies, sometimes in two parts, sometimes
with a corrected letter a week later. Messages are joined by In-Reply-To/References first,
then, within one council, by their normalised subject, then by a reference number found in
the subject or body ("FOI-4117", "Our ref: FOI/2025/0612"). An attachment belongs to its
message.

The response of a thread is its latest complete reply (every question has a status other than
not_answered). When the latest reply leaves questions unanswered (part 1 of 2, then part 2;
or answers to 1-3, then to 4-5), the replies are combined in date order: a later answer to a
question replaces an earlier one, and each coded fact comes from the latest reply that
answered its question. Acknowledgements, clarification requests and other non-replies join
threads but never stand as the response (they are not read as replies at all).

Only mail (records whose source is mailbox or imap) is threaded; files and crawled documents
are chosen as before (foi/parse/responses.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from parsers.status import conditional_questions, outcome_from_statuses
from parsers.urls import unique

if TYPE_CHECKING:
    from foi.archive.store import Record
    from foi.parse.responses import Read
    from parsers.response import ParsedResponse

MAIL_SOURCES = ("mailbox", "imap")
# "Re:", "Fwd:", "AW:", "Automatic reply:", "[EXTERNAL]", "RE[2]:", repeated.
_PREFIX = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|sv|antw|automatic\s+reply|auto(?:matic)?[- ]?reply|out\s+of\s+office)"
    r"\s*(?:\[\d+\])?\s*:|\s*\[[^\]]{0,40}\])+",
    re.I,
)
_TAGS = re.compile(r"\[[^\]]{0,40}\]|\(?\bpart\s+\d+\s+of\s+\d+\b\)?", re.I)
# A reference number after the word that introduces it; normalised to its digits.
REFERENCE = re.compile(
    r"\b(?:FOIA?|EIR|RFI|ref(?:erence)?|case|request)(?:\s+(?:no\.?|number|id|ref(?:erence)?))?"
    r"[\s:#.-]*((?:[A-Z]{1,5}[-/ ]?){0,3}\d[\w/-]*)",
    re.I,
)


def is_mail(record: Record) -> bool:
    return record.source in MAIL_SOURCES and record.extra.get("kind") in ("message", "attachment")


def normalise_subject(subject: str) -> str:
    """The subject without reply prefixes, tags and part numbers, lower case:
    'RE: FW: FOI request [FOI-4117] part 1 of 2' -> 'foi request'."""
    text = _PREFIX.sub("", subject or "")
    text = _TAGS.sub(" ", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def reference_numbers(text: str) -> set[str]:
    """Reference numbers as their digits ("FOI/2025/0612" -> "20250612"); at least four
    digits and not a bare year, so "your request of 2025" is none."""
    refs = set()
    for m in REFERENCE.finditer(text or ""):
        digits = re.sub(r"\D", "", m[1])
        if len(digits) >= 4 and not re.fullmatch(r"(?:19|20)\d\d", digits):
            refs.add(digits)
    return refs


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the same roots whatever the order


def message_key(record: Record) -> str:
    """The message a record belongs to: its Message-ID, else its (parent's) location."""
    extra = record.extra
    if extra.get("message_id"):
        return str(extra["message_id"])
    if extra.get("kind") == "attachment" and extra.get("parent"):
        return str(extra["parent"])
    return record.location


@dataclass
class Conversation:
    council: str
    parts: list[Read]  # the council's replies in the thread, oldest first


def _order(read: Read) -> tuple[str, str, int, int]:
    extra = read.record.extra
    # A message after its attachments: it read them, so it is the fuller account of the two.
    is_message = extra.get("kind") == "message"
    return (
        str(extra.get("date") or read.record.retrieved_at),
        message_key(read.record),
        1 if is_message else 0,
        int(extra.get("index") or 0),
    )


def conversations(
    reads: Sequence[Read], council_of: Callable[[Read], str | None]
) -> list[Conversation]:
    """Mail reads grouped into threads, one per council; `council_of` names the council whose
    reply a read is (None for anything that is not such a reply)."""
    union = _Union()
    by_message: dict[str, list[Read]] = defaultdict(list)
    for r in reads:
        key = message_key(r.record)
        by_message[key].append(r)
        union.find(key)
        for other in [
            *r.record.extra.get("in_reply_to", []),
            *r.record.extra.get("references", []),
        ]:
            union.union(key, str(other))
    council: dict[str, str] = {}
    for key, group in by_message.items():
        if code := next((c for r in group if (c := council_of(r))), None):
            council[key] = code
    _join_within_council(by_message, council, union)
    threads: dict[tuple[str, str], list[Read]] = defaultdict(list)
    for key, group in by_message.items():
        for r in group:
            if code := council_of(r):
                threads[(union.find(key), code)].append(r)
    return [
        Conversation(code, sorted(parts, key=_order))
        for (_, code), parts in sorted(threads.items())
    ]


def _join_within_council(
    by_message: dict[str, list[Read]], council: dict[str, str], union: _Union
) -> None:
    """Messages of one council with the same subject, or the same reference number, are one
    conversation even where a mail client dropped In-Reply-To."""
    first: dict[tuple[str, str, str], str] = {}
    for key in sorted(by_message):
        code = council.get(key)
        if code is None:
            continue
        group = by_message[key]
        subject = str(group[0].record.extra.get("subject") or "")
        text = "\n".join([subject, *(r.parsed.text for r in group if r.parsed is not None)])
        marks = [("subject", normalise_subject(subject))]
        marks += [("ref", ref) for ref in sorted(reference_numbers(text))]
        for kind, value in marks:
            if value:
                union.union(first.setdefault((code, kind, value), key), key)


def complete(parsed: ParsedResponse) -> bool:
    return bool(parsed.statuses) and all(s.status != "not_answered" for s in parsed.statuses)


def field_questions(campaign: Any) -> dict[str, int]:
    if campaign is None:
        return {}
    return {
        name: int(spec["question"]) for name, spec in campaign.fields.items() if "question" in spec
    }


def response(conversation: Conversation) -> Read:
    """The thread's latest complete reply, or its replies combined when the latest is a part."""
    latest = conversation.parts[-1]
    assert latest.parsed is not None
    if len(conversation.parts) == 1 or complete(latest.parsed):
        return latest
    parsed = [r.parsed for r in conversation.parts if r.parsed is not None]
    conditional = conditional_questions(latest.campaign) if latest.campaign else frozenset()
    return replace(latest, parsed=combine(parsed, field_questions(latest.campaign), conditional))


def combine(
    parts: list[ParsedResponse],
    questions_of: dict[str, int],
    conditional: frozenset[int] = frozenset(),
) -> ParsedResponse:
    """Replies in date order made one: per question, the latest reply that addresses it (its
    status is not not_answered) gives the answer and status, and the coded facts of that
    question; a fact of no known question comes from the latest reply."""
    answers, statuses, fields = {}, {}, {}
    for p in parts:
        addressed = {s.no for s in p.statuses if s.status != "not_answered"}
        for s in p.statuses:
            if s.no in addressed or s.no not in statuses:
                statuses[s.no] = s
        for a in p.answers:
            if a.question_no in addressed or a.question_no not in answers:
                answers[a.question_no] = a
        for name, coded in p.fields.items():
            q = questions_of.get(name)
            if q is None or q in addressed or name not in fields:
                fields[name] = coded
    latest = parts[-1]
    ordered = [statuses[n] for n in sorted(statuses)]
    text = "\n\n".join(p.text for p in parts)
    return replace(
        latest,
        answers=[answers[n] for n in sorted(answers)],
        statuses=ordered,
        fields={name: fields[name] for name in latest.fields},
        outcome=outcome_from_statuses(ordered, text, conditional),
        exemptions=unique([e for p in parts for e in p.exemptions]),
        links=unique([u for p in parts for u in p.links]),
        text=text,
    )
