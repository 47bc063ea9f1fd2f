"""Shared wording, data shapes and helpers for the fresh_dec_n synthetic corpus.

Every sentence here was written for this corpus; nothing is copied from a real reply.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

SYNTH_LINE = (
    "Synthetic test document written for foi-responses; not a real council reply."
)
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"
ICO_FOI = "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_POST = (
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
    "Cheshire SK9 5AF"
)

# The requester's own wording, as councils quote it (typo in question 1 included).
PREAMBLE = (
    "In September 2022 the Child Safeguarding Practice Review Panel asked all "
    "safeguarding partners to look again at their policies on bruising in non-mobile "
    "infants and to check them against the evidence base and national guidelines."
)
QUESTIONS = {
    "1": "Was their a review of your safeguarding policies after this guidance was "
    "issued? If so, when did it take place and what were its conclusions?",
    "2": "Please provide any papers that show the outcome of the review.",
    "3": "Does your policy require a section 47 investigation or a strategy "
    "discussion in all cases?",
    "4": "What changes were made so that the policy is consistent with the evidence "
    "base and national guidelines?",
    "5": "Has your definition of a child who is not independently mobile changed, "
    "and how is it now defined? In particular, are babies who can roll counted as "
    "not independently mobile, and is being non-mobile decided by age?",
}
# A council officer's shorter paraphrase of each question.
SHORT_Q = {
    "1": "Was there a review after the September 2022 guidance, when, and what did "
    "it conclude?",
    "2": "Papers on the outcome of the review.",
    "3": "Is a section 47 enquiry or strategy discussion required in all cases?",
    "4": "Changes made for consistency with the evidence base and national guidance.",
    "5": "Has the definition of 'not independently mobile' changed; are rolling "
    "babies included; is it based on age?",
}

# An answer is a list of blocks: a paragraph, or ("bullets", [items]).
Block = str | tuple[str, list[str]]
FIELD_NAMES = (
    "review_held",
    "review_date",
    "papers_provided",
    "s47_all_cases",
    "changes_made",
    "definition_changed",
    "rolling_is_non_mobile",
    "age_based",
    "age_threshold_months",
)
NOT_STATED = (
    "not_stated", None, "not_stated", "not_stated", "not_stated",
    "not_stated", "not_stated", "not_stated", None,
)  # fmt: skip


@dataclass
class Reply:
    """One reply document and what a careful reader takes from it."""

    file: str
    authority: str
    code: str | None
    outcome: str
    answers: dict[str, list[Block] | None]
    status: dict[str, str]
    fields: tuple[object, ...]
    exemptions: list[str] = field(default_factory=list)
    sender_kind: str | None = None


@dataclass
class Reject:
    """A document that is not a reply to the bruising request."""

    file: str
    why: str


def fmt_of(name: str) -> str:
    return name.rsplit(".", 1)[1]


def flat(blocks: list[Block] | None) -> list[str]:
    """Paragraphs and list items of an answer, in reading order."""
    out: list[str] = []
    for block in blocks or []:
        if isinstance(block, str):
            out.append(block)
        else:
            out.extend(block[1])
    return out


def answer_text(blocks: list[Block] | None) -> str | None:
    return None if blocks is None else "\n".join(flat(blocks))


URL_RE = re.compile(r"https?://[^\s<>\"']+")


def find_links(texts: list[str]) -> list[str]:
    """Every http(s) URL in reading order, trailing punctuation removed."""
    links: list[str] = []
    for text in texts:
        for raw in URL_RE.findall(text):
            url = raw.rstrip(".,;:)")
            if url not in links:
                links.append(url)
    return links


def label_for(doc: Reply | Reject, reading: list[str]) -> dict[str, object]:
    """The labels.json entry for one document."""
    if isinstance(doc, Reject):
        return {"file": doc.file, "format": fmt_of(doc.file), "reject": True,
                "why": doc.why}  # fmt: skip
    label: dict[str, object] = {
        "file": doc.file,
        "format": fmt_of(doc.file),
        "authority": doc.authority,
        "authority_code": doc.code,
    }
    if doc.sender_kind:
        label["sender_kind"] = doc.sender_kind
    label["outcome"] = doc.outcome
    label["exemptions"] = list(doc.exemptions)
    label["answers"] = {q: answer_text(doc.answers.get(q)) for q in "12345"}
    label["status"] = {q: doc.status[q] for q in "12345"}
    label["fields"] = dict(zip(FIELD_NAMES, doc.fields, strict=True))
    label["links"] = find_links(reading)
    return label


def all_answer_strings(doc: Reply) -> list[str]:
    """Answer paragraphs in question order, each printed once."""
    seen: list[str] = []
    for q in "12345":
        for text in flat(doc.answers.get(q)):
            if text not in seen:
                seen.append(text)
    return seen


FIXED_ZIP_TIME = (2025, 12, 1, 9, 0, 0)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a DOCX with fixed member timestamps so output is byte-stable."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        members = [(info.filename, src.read(info)) for info in src.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, blob in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, blob)
    return out.getvalue()
