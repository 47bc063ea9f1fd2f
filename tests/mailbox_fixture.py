"""A generated inbox for the mailbox, IMAP and conversation tests: what the person who sent
the round-robin request has after it, written deterministically from the project's own
labelled documents (tests/corpus/*/) into tmp_path, never committed.

Every council's reply is one of the corpus documents labelled as a reply, delivered as the
message body (text or HTML), as an attached PDF, DOCX, HTML or text letter, as the corpus
email itself with new headers, as an attached Outlook .msg whose body (text or HTML) is the
letter, or as a scan of a one-page PDF letter (an image-only PDF: pages turned by about a
degree, with dust; tests/reply_builders.py makes both). Where Debian's `tesseract` is absent
the scanned letters go as their text PDFs instead (no import could read a scan), so every
other expectation holds and only the tests about scans skip. Around the replies: the
requester's own sent messages, acknowledgements, clarification requests with the requester's
follow-up and the council's later reply, a reply in two parts, a corrected reply that
replaces the first, bounces (multipart/report), out-of-office auto-replies, exact duplicates
(the same Message-ID delivered twice, and a message with none delivered twice), a district
council's redirect, and councils that have only acknowledged so far. Every message carries
`X-Synthetic-Test-Document: yes`; every word is invented.

`generate()` returns the messages in delivery order with `Expected`: what the generator put
in, for the tests to compare the import and the dataset with.
"""

from __future__ import annotations

import csv
import json
import mailbox
import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from typing import Any

from tests.conftest import ROOT
from tests.reply_builders import make_msg, scanned_pdf

CORPUS = ROOT / "tests" / "corpus"
AUTHORITIES = ROOT / "foi" / "data" / "authorities.csv"
REQUESTER = "Sam Okafor <sam.okafor@example.org>"
REQUESTER_DOMAIN = "example.org"
SUBJECT = "Freedom of Information request - Bruising in non-mobile infants"
START = datetime(2025, 11, 17, 8, 30, tzinfo=UTC)
SMTP = policy.default.clone(linesep="\n")

# One labelled reply per council: (corpus file, how it arrives). "eml": the corpus email
# itself with this mailbox's headers; "body": the letter is the message's text or HTML;
# "attach": a covering note with the letter attached; "msg": a covering note with an Outlook
# .msg attached whose body is the letter; "scan": a covering note with the one-page PDF letter
# attached as a scan (an image-only PDF, read by OCR).
REPLIES: list[tuple[str, str]] = [
    ("fresh_final/cheshire-east-quoted-questions.eml", "eml"),
    ("fresh_final/hertfordshire-html-email-s36.eml", "eml"),
    ("fresh_final/kirklees-email-attached-pdf.eml", "eml"),
    ("fresh_layouts/wokingham-immobile-babies.eml", "eml"),
    ("fresh_outcomes/cambridgeshire-joint-partnership.eml", "eml"),
    ("fresh_typical/lewisham-email-body.eml", "eml"),
    ("fresh_typical/surrey-attached-letter.eml", "eml"),
    ("holdout/croydon-attached-letter.eml", "eml"),
    ("holdout/sefton-run-on-reply.eml", "eml"),
    ("web_mail/sheffield-multipart-qp.eml", "eml"),
    ("web_mail/st-helens-s12-cp1252.eml", "eml"),
    ("web_mail/gateshead-base64-quoted.eml", "eml"),
    ("fresh_final/lambeth-narrative-letter.pdf", "attach"),
    ("fresh_final/essex-s12-refusal.pdf", "attach"),
    ("fresh_layouts/staffordshire-two-part-answers.pdf", "attach"),
    ("fresh_outcomes/salford-partial-s40-s22.pdf", "attach"),
    ("fresh_outcomes/stoke-on-trent-s14-repeated.pdf", "scan"),
    ("fresh_typical/kent-question-response-table.pdf", "attach"),
    ("fresh_typical/leeds-q5-sub-answers.pdf", "attach"),
    ("fresh_typical/middlesbrough-letter.pdf", "attach"),
    ("holdout/wakefield-not-held.pdf", "scan"),
    ("letters/wiltshire-bold-questions.pdf", "attach"),
    ("letters/bcp-council-a-to-e.pdf", "attach"),
    ("letters/worcestershire-s12-refusal.pdf", "attach"),
    ("fresh_final/bolton-bold-questions-partial.docx", "attach"),
    ("fresh_final/devon-numbered-bold.docx", "attach"),
    ("fresh_final/dorset-topic-headings.docx", "attach"),
    ("fresh_layouts/trafford-merged-cells.docx", "attach"),
    ("fresh_outcomes/hampshire-partial-s36.docx", "attach"),
    ("holdout/bradford-parts.docx", "attach"),
    ("holdout/hackney-our-response-headings.docx", "attach"),
    ("letters/suffolk-style-numbered.docx", "attach"),
    ("letters/derbyshire-three-column.docx", "attach"),
    ("letters/west-northants-headings.docx", "attach"),
    ("fresh_final/stockport-foi-page.html", "attach"),
    ("fresh_outcomes/north-tyneside-s21-link.html", "body"),
    ("fresh_outcomes/sutton-not-held.html", "body"),
    ("fresh_typical/wigan-disclosure-log.html", "attach"),
    ("web_mail/brighton-hove-answer-table.html", "body"),
    ("fresh_typical/bristol-paraphrased.txt", "body"),
    ("fresh_outcomes/thurrock-cost-limit.txt", "body"),
    ("fresh_layouts/north-yorkshire-run-on-prose.txt", "attach"),
    ("holdout/cumberland-roman-crlf.txt", "attach"),
    ("web_mail/york-letter-crlf.txt", "body"),
    ("fresh_typical/lancashire-plain-letter.txt", "body"),
    ("web_mail/reading-lettered-out-of-order.txt", "msg"),  # the .msg's plain-text body
    ("web_mail/telford-wrekin-disclosure-log.html", "msg"),  # the .msg's HTML body
]
# A council whose first reply is replaced by a corrected one a week later (same thread).
CORRECTED = ("fresh_final/norfolk-qa-table.pdf", "letters/norfolk-q-and-a-letter.pdf")
# Councils that ask for clarification first: (their clarification, the later reply).
CLARIFIED = [
    ("fresh_outcomes/warwickshire-clarification.txt", "letters/warwickshire-numbered-list.docx"),
    (None, "web_mail/hull-wrapped-72.txt"),
    (None, "fresh_final/somerset-case-export.txt"),
]
# The scanner's dust and skew (tests/reply_builders.py). Tesseract 5.3 reads both letters
# right with this one; with some others a misread word changes what the parser makes of a
# letter (Stoke-on-Trent's "NON- MOBILE" is then no reply to the request at all): that is
# tests/test_ocr.py's subject, not this mailbox's.
SCAN_SEED = 5
SPLIT_COUNCIL = "E10000024"  # Nottinghamshire: a reply in two parts (written below)
ACK_ONLY = ["E10000032", "E08000025", "E09000033"]  # West Sussex, Birmingham, Westminster
# Requests that bounce (an old address), then go again to the right one.
BOUNCED = {"E06000023", "E10000016", "E09000029"}
OUT_OF_OFFICE = {"E10000008", "E08000001", "E06000054"}
# Messages delivered twice with the same Message-ID (replies of these councils, an ack).
DUPLICATED_REPLIES = {"E09000022", "E06000059"}
DUPLICATED_ACK = "E10000030"
# The requester wrote to districts by mistake; one redirects to its county.
DISTRICT = ("fresh_final/tewkesbury-district-no-childrens-services.txt", "tewkesbury.gov.uk")

QUESTIONS = [
    "Was there a review of your safeguarding policies after this guidance was published, when "
    "was it, and what did it conclude?",
    "Provide any papers that give information on the outcome of this review.",
    "Does your policy require a s47 investigation or strategy discussion in all cases?",
    "What changes were put in place to provide consistency with the evidence base and national "
    "guidelines.",
    "Were there changes to your definition of when a child is not independently mobile and how "
    "is that now defined - in particular are children who can roll defined as not independently "
    "mobile and are children classified as not independently mobile on the basis of age?",
]
FOOTER = "\n\nSynthetic test document written for foi-responses; not a real council reply.\n"


@dataclass
class Expected:
    """What the generator put in the mailbox."""

    councils: set[str] = field(default_factory=set)  # every council of the 153 that wrote
    # council -> Message-ID of the reply that must stand (the later part, the corrected one)
    replies: dict[str, str] = field(default_factory=dict)
    reply_messages: Counter[str] = field(default_factory=Counter)  # council -> reply messages
    split: dict[str, list[str]] = field(default_factory=dict)  # council -> its parts' ids
    not_replies: Counter[str] = field(default_factory=Counter)  # kind -> messages
    out_of_scope: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)  # the requester's own messages
    duplicates: int = 0  # deliveries of a message already delivered
    files: dict[str, str] = field(default_factory=dict)  # council -> corpus file of the reply
    via: dict[str, str] = field(default_factory=dict)  # council -> how it came (REPLIES' modes)


@dataclass
class Generated:
    messages: list[bytes]  # in delivery order, duplicates included
    expected: Expected

    @property
    def unique(self) -> int:
        return len(self.messages) - self.expected.duplicates

    def write_mbox(self, path: Path) -> Path:
        box = mailbox.mbox(path)
        box.lock()
        try:
            for data in self.messages:
                box.add(data)
            box.flush()
        finally:
            box.unlock()
            box.close()
        return path

    def write_maildir(self, path: Path, messages: list[bytes] | None = None) -> Path:
        box = mailbox.Maildir(path, create=True)
        for data in self.messages if messages is None else messages:
            box.add(data)
        return path

    def write_eml_folder(self, path: Path) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        for n, data in enumerate(self.messages, start=1):
            (path / f"{n:04d}.eml").write_bytes(data)
        return path


def _councils() -> dict[str, tuple[str, str]]:
    """code -> (name, email domain), from the project's registry file."""
    with open(AUTHORITIES, encoding="utf-8") as fh:
        return {
            r["code"]: (r["name"], r["domains"].split(";")[0] or "council.example")
            for r in csv.DictReader(fh)
        }


def _labels() -> dict[str, dict[str, Any]]:
    out = {}
    for labels in sorted(CORPUS.glob("*/labels.json")):
        for label in json.loads(labels.read_text("utf-8")):
            out[f"{labels.parent.name}/{label['file']}"] = label
    return out


class _Writer:
    """Builds messages with stable boundaries, ids and dates; records what went in."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.expected = Expected()
        self.names = _councils()
        self.labels = _labels()
        self._boundary = 0
        self._ref = 4100

    def ref(self) -> str:
        self._ref += 17
        return f"FOI-{self._ref}"

    def deliver(self, data: bytes, times: int = 1) -> bytes:
        self.messages.extend([data] * times)
        self.expected.duplicates += times - 1
        return data

    def redeliver(self, received: str | None = None) -> None:
        """The last message again, byte for byte, or with one more Received: line (a copy
        that came by another route keeps its Message-ID)."""
        data = self.messages[-1]
        if received:
            data = f"Received: {received}\n".encode() + data
        self.deliver(data)
        self.expected.duplicates += 1

    def _stable_boundaries(self, msg: EmailMessage) -> None:
        for part in msg.walk():
            if part.is_multipart():
                self._boundary += 1
                part.set_boundary(f"==synthetic-boundary-{self._boundary:05d}==")

    def message(
        self,
        *,
        sender: str,
        to: str,
        subject: str,
        when: datetime,
        msgid: str | None,
        reply_to: list[str] | None = None,
        text: str | None = None,
        html: str | None = None,
        attachments: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
        headers: dict[str, str] | None = None,
    ) -> bytes:
        msg = EmailMessage(policy=SMTP)
        msg["From"] = sender
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        if msgid:
            msg["Message-ID"] = msgid
        if reply_to:
            msg["In-Reply-To"] = reply_to[-1]
            msg["References"] = " ".join(reply_to)
        msg["X-Synthetic-Test-Document"] = "yes"
        for name, value in (headers or {}).items():
            msg[name] = value
        if html is not None:
            msg.set_content(html, subtype="html")
        else:
            msg.set_content(text or "")
        for name, data in attachments:
            maintype, subtype = _mime(name)
            if maintype == "text":
                msg.add_attachment(
                    data.decode("utf-8"), subtype=subtype, filename=name, disposition="attachment"
                )
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        self._stable_boundaries(msg)
        return msg.as_bytes(policy=SMTP)

    def council(self, code: str) -> tuple[str, str]:
        return self.names[code]


def _mime(name: str) -> tuple[str, str]:
    ext = name.rsplit(".", 1)[-1].lower()
    return {
        "pdf": ("application", "pdf"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "html": ("text", "html"),
        "txt": ("text", "plain"),
        "msg": ("application", "vnd.ms-outlook"),
    }.get(ext, ("application", "octet-stream"))


def _rehead(data: bytes, replace: dict[str, str | None]) -> bytes:
    """A corpus email with some headers replaced (None drops one), its body byte for byte."""
    data = data.replace(b"\r\n", b"\n")
    head, sep, body = data.partition(b"\n\n")
    lines: list[bytes] = []
    skipping = False
    wanted = {k.lower() for k in replace}
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                lines.append(line)
            continue
        name = line.split(b":", 1)[0].decode("ascii", "replace").strip().lower()
        skipping = name in wanted
        if not skipping:
            lines.append(line)
    for name, value in replace.items():
        if value is not None:
            lines.append(f"{name}: {value}".encode())
    return b"\n".join(lines) + sep + body


def _request_text(council: str) -> str:
    asks = "\n".join(f"{n}. {q}" for n, q in enumerate(QUESTIONS, start=1))
    return (
        f"Dear {council},\n\nIn September 2022 the Child Safeguarding Practice Review Panel "
        "published a briefing asking safeguarding partners to review their policies on bruising "
        "in non-mobile infants for consistency with the evidence base and national guidelines. "
        "Under the Freedom of Information Act 2000 please tell me:\n\n"
        f"{asks}\n\nYours faithfully,\n\nSam Okafor\n" + FOOTER
    )


ACKS = [
    "Dear Sam Okafor\n\nThank you for your request for information, which we received on {day}. "
    "It has been logged under reference {ref}. We will respond within 20 working days, by "
    "{due} at the latest.\n\nKind regards\n\nInformation Governance Team\n{name}" + FOOTER,
    "Dear Requester,\n\nYour request has been received and is being dealt with under the "
    "Freedom of Information Act 2000. Our reference is {ref}; please quote it in any "
    "correspondence. You should receive a response by {due}.\n\nRegards\n\nFOI Team\n{name}"
    + FOOTER,
    "Dear Sam Okafor,\n\nWe acknowledge receipt of your Freedom of Information request dated "
    "{day} (reference {ref}). The Council aims to respond within 20 working days.\n\n"
    "Yours sincerely\n\nInformation Rights\n{name}" + FOOTER,
]
CLARIFICATION = (
    "Dear Sam Okafor\n\nThank you for your request (our reference {ref}).\n\nBefore we can "
    "respond, could you please clarify which policies you mean: the multi-agency procedures of "
    "the local safeguarding partnership, or the Council's own children's services practice "
    "guidance? The 20 working days will begin once we receive your reply.\n\nKind regards\n\n"
    "Information Governance\n{name}" + FOOTER
)
FOLLOW_UP = (
    "Dear {name},\n\nThank you for your email. I mean the multi-agency procedures that the "
    "safeguarding partnership publishes, and any guidance of the Council's own that goes with "
    "them.\n\nYours faithfully,\n\nSam Okafor\n" + FOOTER
)
CHASER = (
    "Dear {name},\n\nMy request of {day} (your reference {ref}) is now overdue. Please let me "
    "know when I can expect a response.\n\nYours faithfully,\n\nSam Okafor\n" + FOOTER
)
THANKS = (
    "Dear {name},\n\nThank you for your response to my request, which I have received.\n\n"
    "Yours faithfully,\n\nSam Okafor\n" + FOOTER
)
OUT_OF_OFFICE_TEXT = (
    "Thank you for your email. I am out of the office until {back} with no access to email. "
    "For Freedom of Information requests please write to {foi}, who will help in my absence."
    "\n\n{officer}\n{name}" + FOOTER
)
COVER = (
    "Dear Sam Okafor,\n\nPlease find attached the Council's response to your Freedom of "
    "Information request, reference {ref}.\n\nKind regards\n\nInformation Governance Team\n"
    "{name}" + FOOTER
)
# Nottinghamshire's reply in two parts (invented positions).
SPLIT_PARTS = [
    "Dear Sam Okafor\n\nFreedom of Information request {ref} - bruising in non-mobile infants"
    "\n\nThis is part 1 of 2 of our response. We will answer questions 4 and 5 shortly.\n\n"
    "1. Was there a review of your safeguarding policies after this guidance was published?\n"
    "Yes. The Nottinghamshire Safeguarding Children Partnership's procedures group reviewed the "
    "bruising protocol in March 2023 and concluded that it needed updating.\n\n"
    "2. Provide any papers that give information on the outcome of this review.\n"
    "The minutes of the procedures group meeting of 14 March 2023 are attached to this email."
    "\n\n3. Does your policy require a s47 investigation or strategy discussion in all cases?\n"
    "No. A strategy discussion is held only where the paediatric assessment indicates concern."
    "\n\nYours sincerely\n\nInformation Governance\nNottinghamshire County Council" + FOOTER,
    "Dear Sam Okafor\n\nFreedom of Information request {ref} - bruising in non-mobile infants"
    "\n\nThis is part 2 of 2 of our response, answering your remaining questions.\n\n"
    "4. What changes were put in place to provide consistency with the evidence base and "
    "national guidelines?\nA new section on the voice of the child was added and the referral "
    "flowchart was rewritten.\n\n5. " + QUESTIONS[4] + "\nYes. The definition was changed in "
    "2023: a baby who can roll over is now treated as not independently mobile, whatever its "
    "age.\n\nYours sincerely\n\n"
    "Information Governance\nNottinghamshire County Council" + FOOTER,
]


def _text_of(path: Path) -> str:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


class _Plan:
    """The conversation with one council, message by message, in time order."""

    def __init__(self, w: _Writer, code: str, n: int):
        self.w, self.code, self.n = w, code, n
        self.name, self.domain = w.council(code)
        self.foi = f"foi@{self.domain}"
        self.sender = f"{self.name} FOI <{self.foi}>"
        self.slug = re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")
        self.ref = w.ref()
        self.when = START + timedelta(minutes=7 * n)
        self.thread: list[str] = []
        self.seq = 0
        w.expected.councils.add(code)

    def mid(self, role: str, domain: str | None = None) -> str:
        self.seq += 1
        return f"<{role}-{self.seq}.{self.slug}@{domain or self.domain}>"

    def later(self, **delta: float) -> datetime:
        self.when += timedelta(**delta)
        return self.when

    def send(self, text: str, subject: str = SUBJECT, to: str | None = None) -> str:
        """The requester's own message to the council."""
        mid = self.mid("sam", REQUESTER_DOMAIN)
        data = self.w.message(
            sender=REQUESTER, to=to or self.sender, subject=subject, when=self.when,
            msgid=mid, reply_to=list(self.thread) or None, text=text,
        )  # fmt: skip
        self.w.deliver(data)
        self.w.expected.sent.append(mid)
        self.thread.append(mid)
        return mid

    def request(self) -> None:
        self.send(_request_text(self.name))

    def bounce(self) -> None:
        """The request to an old address comes back; it is sent again to the right one."""
        old = f"foi@old.{self.domain}"
        mid = self.mid("req", REQUESTER_DOMAIN)
        original = self.w.message(
            sender=REQUESTER, to=old, subject=SUBJECT, when=self.when, msgid=mid,
            text=_request_text(self.name),
        )  # fmt: skip
        self.w.deliver(original)
        self.w.expected.sent.append(mid)
        report = _bounce(original, old, self.later(minutes=1), self.n)
        self.w.deliver(report)
        self.w.expected.not_replies["bounce"] += 1
        self.later(hours=2)
        self.request()

    def ack(self, times: int = 1) -> None:
        day = f"{self.when:%-d %B %Y}"
        due = f"{self.when + timedelta(days=28):%-d %B %Y}"
        text = ACKS[self.n % len(ACKS)].format(day=day, due=due, ref=self.ref, name=self.name)
        self.council_says(text, "ack", f"RE: {SUBJECT} [{self.ref}]", days=1 + self.n % 3)
        self.w.expected.not_replies["acknowledgement"] += 1
        for _ in range(times - 1):
            self.w.redeliver()

    def council_says(
        self,
        text: str | None,
        role: str,
        subject: str,
        *,
        days: float,
        html: str | None = None,
        attachments: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
        threaded: bool = True,
    ) -> str:
        mid = self.mid(role)
        data = self.w.message(
            sender=self.sender, to=REQUESTER, subject=subject, when=self.later(days=days),
            msgid=mid, reply_to=list(self.thread) if threaded else None, text=text, html=html,
            attachments=attachments,
        )  # fmt: skip
        self.w.deliver(data)
        self.thread.append(mid)
        return mid

    def out_of_office(self) -> None:
        officer = f"Alex Moreton <alex.moreton@{self.domain}>"
        text = OUT_OF_OFFICE_TEXT.format(
            back="Monday 5 January 2026", foi=self.foi, officer="Alex Moreton", name=self.name
        )
        data = self.w.message(
            sender=officer, to=REQUESTER, subject=f"Automatic reply: {SUBJECT}",
            when=self.later(minutes=3), msgid=self.mid("ooo"), reply_to=self.thread[-1:],
            text=text, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        )  # fmt: skip
        self.w.deliver(data)
        self.w.expected.not_replies["out_of_office"] += 1

    def clarification(self, corpus: str | None) -> None:
        if corpus:
            text = _text_of(CORPUS / corpus)
        else:
            text = CLARIFICATION.format(ref=self.ref, name=self.name)
        self.council_says(
            text, "clarify", f"Clarification needed - your request {self.ref}", days=4
        )
        self.w.expected.not_replies["clarification"] += 1
        self.later(days=1)
        self.send(
            FOLLOW_UP.format(name=self.name), f"RE: Clarification needed - your request {self.ref}"
        )

    def reply(self, corpus: str, mode: str, *, days: float = 15, threaded: bool = True) -> str:
        """The council's reply carrying a corpus letter; returns its Message-ID."""
        path = CORPUS / corpus
        label = self.w.labels[corpus]
        assert label.get("authority_code") == self.code, (corpus, self.code)
        self.w.expected.files[self.code] = corpus
        self.w.expected.via[self.code] = mode
        subject = [
            f"RE: {SUBJECT}",
            f"Your request {self.ref} - response",
            f"RE: {SUBJECT} [{self.ref}]",
        ][self.n % 3]
        if mode == "eml":
            mid = self.mid("reply")
            data = _rehead(
                path.read_bytes(),
                {
                    "To": REQUESTER,
                    "Date": format_datetime(self.later(days=days)),
                    "Message-ID": mid,
                    "In-Reply-To": self.thread[-1] if threaded and self.thread else None,
                    "References": " ".join(self.thread) if threaded and self.thread else None,
                    "X-Synthetic-Test-Document": "yes",
                },
            )
            self.w.deliver(data)
            self.thread.append(mid)
        elif mode == "body" and path.suffix == ".html":
            mid = self.council_says(
                None, "reply", subject, days=days, html=_text_of(path), threaded=threaded
            )
        elif mode == "body":
            mid = self.council_says(_text_of(path), "reply", subject, days=days, threaded=threaded)
        else:
            cover = COVER.format(ref=self.ref, name=self.name)
            if mode == "msg":  # the reply saved from Outlook, sent on as an attachment
                letter = [(f"{self.ref} response.msg", self.outlook(path, subject, days))]
            elif mode == "scan":
                letter = [(f"{self.ref} response.pdf", _scan(corpus, SCAN_SEED))]
            else:
                letter = [(f"{self.ref} response{path.suffix}", path.read_bytes())]
            mid = self.council_says(
                cover, "reply", subject, days=days, attachments=letter, threaded=threaded
            )
        self.w.expected.reply_messages[self.code] += 1
        self.w.expected.replies[self.code] = mid
        return mid

    def outlook(self, path: Path, subject: str, days: float) -> bytes:
        """The letter as an Outlook .msg from the council, sent the moment it was written."""
        text = _text_of(path)
        html = path.suffix == ".html"
        return make_msg(
            subject=subject, sender=(f"{self.name} FOI", self.foi),
            body=None if html else text.replace("\r\n", "\n").replace("\n", "\r\n"),
            html=text.encode("utf-8") if html else None,
            date=self.when + timedelta(days=days),
        )  # fmt: skip


@cache
def _scan(corpus: str, seed: int) -> bytes:
    """A corpus PDF letter as a scanner saves it: an image-only PDF (the same bytes each time)."""
    return scanned_pdf((CORPUS / corpus).read_bytes(), seed=seed)


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def _bounce(original: bytes, to: str, when: datetime, n: int) -> bytes:
    """A delivery status notification (RFC 3464) carrying the message that failed."""
    boundary = f"==synthetic-bounce-{n:03d}=="
    text = f"""From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: {REQUESTER}
Subject: Undelivered Mail Returned to Sender
Date: {format_datetime(when)}
Message-ID: <bounce-{n}@mx.example.org>
Auto-Submitted: auto-replied
X-Synthetic-Test-Document: yes
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"

This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<{to}>: host mail.example.org said: 550 5.1.1 <{to}>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; {to}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{to}>: Recipient address rejected

--{boundary}
Content-Description: Undelivered Message
Content-Type: message/rfc822

"""
    return text.encode() + original.replace(b"\r\n", b"\n") + f"\n--{boundary}--\n".encode()


def _council_code(label: dict) -> str:
    return str(label["authority_code"])


def generate(*, scans: bool | None = None) -> Generated:
    """The whole mailbox, the same bytes on every call. `scans`: the scanned letters as scans
    (by default where Debian's tesseract is installed), else as their text PDFs."""
    scans = ocr_available() if scans is None else scans
    w = _Writer()
    plans: list[tuple[_Plan, str, str]] = []
    for n, (corpus, mode) in enumerate(REPLIES):
        mode = "attach" if mode == "scan" and not scans else mode
        plans.append((_Plan(w, _council_code(w.labels[corpus]), n), corpus, mode))
    n = len(plans)
    for plan, corpus, mode in plans:
        if plan.code in BOUNCED:
            plan.bounce()
        else:
            plan.request()
        if plan.code in OUT_OF_OFFICE:
            plan.out_of_office()
        plan.ack(times=2 if plan.code == DUPLICATED_ACK else 1)
        # Some replies name the request only by subject or reference: no In-Reply-To.
        plan.reply(corpus, mode, threaded=plan.n % 4 != 1)
        if plan.code in DUPLICATED_REPLIES:
            # One copy exact, one by another route (same Message-ID, one more header).
            route = "from relay.example.org by mx.example.org" if plan.n % 2 else None
            w.redeliver(route)
        if plan.n % 9 == 0:
            plan.later(days=1)
            plan.send(THANKS.format(name=plan.name), f"RE: {SUBJECT}")
    _corrected(w, n)
    for i, (clarify, reply) in enumerate(CLARIFIED):
        code = _council_code(w.labels[reply])
        plan = _Plan(w, code, n + 1 + i)
        plan.request()
        plan.ack()
        plan.clarification(clarify)
        plan.reply(reply, "attach" if reply.endswith(".docx") else "body", days=12)
    _split(w, n + 5)
    for i, code in enumerate(ACK_ONLY):
        plan = _Plan(w, code, n + 6 + i)
        plan.request()
        plan.ack()
        plan.later(days=30)
        day = f"{START:%-d %B %Y}"
        plan.send(
            CHASER.format(name=plan.name, day=day, ref=plan.ref), f"RE: {SUBJECT} [{plan.ref}]"
        )
    _district(w, n + 10)
    _undated_duplicate(w)
    return Generated(w.messages, w.expected)


def _corrected(w: _Writer, n: int) -> None:
    first, second = CORRECTED
    plan = _Plan(w, _council_code(w.labels[first]), n)
    plan.request()
    plan.ack()
    plan.reply(first, "attach")
    plan.reply(second, "attach", days=7)  # "a corrected response": it replaces the first
    w.expected.reply_messages[plan.code] = 2


def _split(w: _Writer, n: int) -> None:
    plan = _Plan(w, SPLIT_COUNCIL, n)
    plan.request()
    plan.ack()
    one = plan.council_says(
        SPLIT_PARTS[0].format(ref=plan.ref), "part", f"RE: {SUBJECT} [{plan.ref}] part 1 of 2",
        days=14,
    )  # fmt: skip
    # The second part names the request only by its reference number: no In-Reply-To.
    two = plan.council_says(
        SPLIT_PARTS[1].format(ref=plan.ref), "part", f"{plan.ref}: response part 2 of 2",
        days=6, threaded=False,
    )  # fmt: skip
    w.expected.split[plan.code] = [one, two]
    w.expected.replies[plan.code] = two
    w.expected.reply_messages[plan.code] = 2


def _district(w: _Writer, n: int) -> None:
    """A district council's redirect to its county: kept, never counted."""
    corpus, domain = DISTRICT
    when = START + timedelta(days=2, minutes=n)
    to = f"Tewkesbury Borough Council FOI <foi@{domain}>"
    request = "<sam-district@example.org>"
    w.deliver(
        w.message(
            sender=REQUESTER,
            to=to,
            subject=SUBJECT,
            when=when,
            msgid=request,
            text=_request_text("Tewkesbury Borough Council"),
        )  # fmt: skip
    )
    w.expected.sent.append(request)
    mid = f"<redirect.tewkesbury@{domain}>"
    w.deliver(
        w.message(
            sender=to,
            to=REQUESTER,
            subject=f"RE: {SUBJECT}",
            when=when + timedelta(days=2),
            msgid=mid,
            reply_to=[request],
            text=_text_of(CORPUS / corpus),
        )  # fmt: skip
    )
    w.expected.out_of_scope.append(mid)


def _undated_duplicate(w: _Writer) -> None:
    """An out-of-office notice with no Message-ID, delivered twice: told apart by content."""
    name, domain = w.council("E08000026")  # Coventry
    text = OUT_OF_OFFICE_TEXT.format(
        back="Friday 2 January 2026", foi=f"foi@{domain}", officer="Priya Shah", name=name
    )
    data = w.message(
        sender=f"Priya Shah <priya.shah@{domain}>", to=REQUESTER,
        subject=f"Automatic reply: {SUBJECT}", when=START + timedelta(days=1), msgid=None,
        text=text, headers={"Auto-Submitted": "auto-replied"},
    )  # fmt: skip
    w.deliver(data, times=2)
    w.expected.not_replies["out_of_office"] += 1


@dataclass
class Imported:
    """The generated mailbox imported into a data directory and built into the dataset."""

    generated: Generated
    data_dir: Path
    summary: Any
    seconds: float  # the import alone


_IMPORTED: dict[str, Imported] = {}


def imported_mbox(tmp_root: Path) -> Imported:
    """The generated mailbox written as an mbox, imported and built once per test session
    (the mailbox and IMAP tests both compare with it)."""
    if "mbox" not in _IMPORTED:
        from foi.archive.mailbox import import_mailbox
        from foi.archive.store import Archive
        from foi.campaigns.campaign import load_campaign
        from foi.dataset.build import build
        from foi.reference.registry import Registry

        generated = generate()
        mbox = generated.write_mbox(tmp_root / "inbox.mbox")
        data = tmp_root / "data"
        campaign, registry = load_campaign(), Registry.load()
        started = time.perf_counter()
        summary = import_mailbox(mbox, Archive(data), campaign, registry)
        seconds = time.perf_counter() - started
        build(data, campaign, registry)
        _IMPORTED["mbox"] = Imported(generated, data, summary, seconds)
    return _IMPORTED["mbox"]


def dataset_rows(data_dir: Path) -> list[dict[str, Any]]:
    """responses.parquet as comparable rows: authority, outcome and every coded field."""
    import pandas as pd

    from foi.dataset.schema import FIELDS

    df = pd.read_parquet(data_dir / "dataset" / "responses.parquet")
    df = df[["authority_code", "outcome", *FIELDS]].astype(object)
    return df.where(df.notna(), None).sort_values("authority_code").to_dict("records")


def locations(data_dir: Path) -> dict[str, str]:
    """Message-ID -> where the archive found the message."""
    from foi.archive.store import Archive

    return {
        r.extra["message_id"]: r.location
        for r in Archive(data_dir).records()
        if r.extra.get("kind") == "message" and r.extra.get("message_id")
    }
