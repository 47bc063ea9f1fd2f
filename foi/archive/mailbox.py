"""A whole mailbox into the raw archive: a folder of .eml files, an mbox file (what Thunderbird
and Gmail's export give) or a Maildir, read with the standard library's `mailbox` module; IMAP
(foi/archive/imap.py) feeds the same importer.

Each message is archived once: one already in the archive (same Message-ID, or the same bytes)
is skipped, so importing the same mailbox again adds no manifest line. A message's
attachments are archived as its children. Each record's `extra` keeps the message's
provenance (Message-ID, In-Reply-To, References, date, sender, recipients, subject), which
foi/parse/threads.py uses to put a council's messages into one conversation. A message or
attachment that cannot be read is stored as failed with its reason; the import goes on.
"""

from __future__ import annotations

import atexit
import email
import mailbox
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from foi.archive.mailheaders import attachments, provenance
from foi.archive.store import Archive, Record, now, sha256
from foi.parse import isolate
from foi.parse.isolate import IsolatedReader
from foi.parse.responses import out_of_scope
from foi.parse.threads import MAIL_SOURCES
from parsers.detect import sniff
from parsers.extract import DEFAULT_MAX_BYTES
from parsers.model import ParseError
from parsers.response import ParsedResponse

# An mbox starts with a "From " separator line: "From MAILER-DAEMON Mon Nov 17 08:30:00 2025".
MBOX_FROM = re.compile(rb"From \S+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s")
NOT_A_REPLY_LABELS = {
    "acknowledgement": "acknowledgements",
    "clarification": "clarification requests",
    "bounce": "bounces",
    "out_of_office": "out-of-office replies",
    "reminder": "reminders",
    "other_request": "replies to other requests",
}


@dataclass
class Message:
    """One message as found in a mailbox: where, and its bytes."""

    location: str  # "inbox.mbox#12", "Maildir#<key>", "imap://user@host/INBOX;UIDVALIDITY=..."
    data: bytes


@dataclass
class Summary:
    messages: int = 0  # new messages archived
    duplicates: int = 0  # already in the archive (same Message-ID or same bytes): skipped
    attachments: int = 0
    replies: Counter[str] = field(default_factory=Counter)  # council code -> reply messages
    not_replies: Counter[str] = field(default_factory=Counter)  # kind -> messages
    out_of_scope: list[str] = field(default_factory=list)  # the reason for each
    no_council: int = 0  # read as a reply from no council: the requester's own, a stranger
    failed: list[tuple[str, str]] = field(default_factory=list)  # (location, reason)

    def add(self, other: Summary) -> None:
        self.messages += other.messages
        self.duplicates += other.duplicates
        self.attachments += other.attachments
        self.replies.update(other.replies)
        self.not_replies.update(other.not_replies)
        self.out_of_scope += other.out_of_scope
        self.no_council += other.no_council
        self.failed += other.failed


@dataclass
class Reading:
    """What reading one document gave: the record's fields and the parse, if any."""

    media_type: str = "unknown"
    status: str = "ok"
    reason: str | None = None
    authority_code: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    parsed: ParsedResponse | None = None
    not_a_reply: str | None = None


def read_document(
    data: bytes, name: str, campaign: Any, registry: Any, max_bytes: int = DEFAULT_MAX_BYTES
) -> Reading:
    """Read one document as `foi import` records it; never raises for a bad document.

    The parse runs in a worker process with the build's time and memory limits
    (foi/parse/isolate.py: FOI_PARSE_TIMEOUT, FOI_PARSE_MEMORY_MB), so a hostile attachment (a
    PDF that inflates to gigabytes, text that takes minutes) fails alone with its reason
    and the import goes on. The worker reads with the default registry, as the build does;
    `registry` is kept for the callers' sake. Documents over `max_bytes` are refused by the
    callers before they get here."""
    out = Reading()
    try:
        out.media_type = sniff(data, name)
    except ParseError as exc:
        out.status, out.reason = "failed", str(exc)
        return out
    verdict = _reader(campaign).read((data, name))
    if verdict.parsed is not None:
        out.parsed = verdict.parsed
        out.authority_code = out.parsed.authority.code
        out.extra = {"outcome": out.parsed.outcome.value}
        if ocr := out.parsed.meta.get("ocr"):
            out.extra["ocr"] = ocr  # read from a scan: provenance says so
        if why := out_of_scope(out.parsed):
            # A district council's redirect, a police force's letter: kept, never a council's answer.
            out.extra["out_of_scope"] = why
    elif verdict.not_a_reply:
        # An acknowledgement or a bounce is part of the record, not a failure to read.
        out.not_a_reply = verdict.not_a_reply
        out.extra = {"not_a_reply": verdict.not_a_reply, "why": verdict.error}
    else:
        out.status, out.reason = "failed", verdict.error or "could not be read"
    return out


_READERS: dict[tuple[str, float, int], IsolatedReader] = {}


def _reader(campaign: Any) -> IsolatedReader:
    """One worker for the whole run (started at the first document, stopped at exit), per
    campaign and limits: the limits are read when an import starts, as the build reads them."""
    timeout = _setting("FOI_PARSE_TIMEOUT", isolate.TIMEOUT)
    memory_mb = int(_setting("FOI_PARSE_MEMORY_MB", isolate.MEMORY_MB))
    key = (campaign.source, timeout, memory_mb)
    if key not in _READERS:
        reader = _READERS[key] = IsolatedReader(campaign.source, 1, timeout, memory_mb)
        atexit.register(reader.close)
    return _READERS[key]


def _setting(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


def kind_of(path: Path) -> str:
    """maildir, eml_folder, mbox or file (one document, imported as before)."""
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            return "maildir"
        return "eml_folder"
    if path.is_file() and path.suffix.lower() != ".eml":
        with open(path, "rb") as fh:
            if MBOX_FROM.match(fh.readline(200)):
                return "mbox"
    return "file"


def mailbox_messages(path: Path, kind: str) -> tuple[int, Iterator[Message]]:
    """How many messages, and the messages, of an mbox, a Maildir or a folder of .eml files."""
    if kind == "mbox":
        box: mailbox.Mailbox = mailbox.mbox(path, create=False)
        keys = [(path.name, box, k) for k in box.keys()]
    elif kind == "maildir":
        keys = _maildir_keys(path)
    elif kind == "eml_folder":
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        return len(files), (
            Message(f"{path.name}/{p.relative_to(path).as_posix()}", p.read_bytes()) for p in files
        )
    else:
        raise ValueError(f"not a mailbox: {kind}")
    return len(keys), (Message(f"{where}#{key}", box.get_bytes(key)) for where, box, key in keys)


def _maildir_keys(path: Path) -> list[tuple[str, mailbox.Mailbox, str]]:
    """The Maildir's own messages, then those of its Maildir++ subfolders (Sent, ...)."""
    root = mailbox.Maildir(path, factory=None, create=False)
    keys = [(path.name, root, k) for k in sorted(root.keys())]
    for name in sorted(root.list_folders()):
        sub = root.get_folder(name)
        keys += [(f"{path.name}/{name}", sub, k) for k in sorted(sub.keys())]
    return keys


class Importer:
    """Archives messages once each; remembers what the archive already holds."""

    def __init__(
        self,
        archive: Archive,
        campaign: Any,
        registry: Any,
        *,
        source: str = "mailbox",
        max_bytes: int = DEFAULT_MAX_BYTES,
    ):
        self.archive, self.campaign, self.registry = archive, campaign, registry
        self.source, self.max_bytes = source, max_bytes
        self.summary = Summary()
        self.ids: set[str] = set()
        self.hashes: set[str] = set()
        for rec in archive.records():
            if rec.source in MAIL_SOURCES and rec.extra.get("kind") == "message":
                self.hashes.add(rec.sha256 or str(rec.extra.get("digest")))
                if rec.extra.get("message_id"):
                    self.ids.add(rec.extra["message_id"])

    def _record(self, location: str, **fields: Any) -> Record:
        return Record(
            sha256="", source=self.source, location=location, retrieved_at=now(),
            media_type="unknown", size=0, status="ok", campaign=self.campaign.id, **fields,
        )  # fmt: skip

    def add(self, message: Message) -> Record | None:
        """Archive one message and its attachments; None if the archive already has it."""
        data = message.data
        digest = sha256(data)
        msg: EmailMessage | None = None
        head: dict[str, Any] = {"message_id": None}
        broken = None
        try:
            parsed = email.message_from_bytes(data, policy=policy.default)
            if isinstance(parsed, EmailMessage):
                msg, head = parsed, provenance(parsed)
        except Exception as exc:  # the email package raises many kinds on broken input
            broken = f"unreadable message ({exc.__class__.__name__}: {exc})"[:200]
        mid = head["message_id"]
        if digest in self.hashes or (mid and mid in self.ids):
            self.summary.duplicates += 1
            return None
        if len(data) > self.max_bytes:
            self._remember(digest, mid)
            # Its bytes are not stored, so its hash goes in `extra`: a re-import skips it too.
            return self.too_large(message.location, len(data), {**head, "digest": digest})
        rec = self._record(message.location, extra={"kind": "message", **head})
        reading = None
        if msg is None:
            rec.status, rec.reason, rec.media_type = "failed", broken or "unreadable message", "eml"
        else:
            reading = read_document(
                data, "message.eml", self.campaign, self.registry, self.max_bytes
            )
            self._fill(rec, reading)
        self.archive.add(data, rec)
        self._remember(digest, mid)
        self.summary.messages += 1
        self._count(rec, reading)
        if msg is not None:
            self._attachments(msg, rec, head)
        return rec

    def too_large(self, location: str, size: int, head: dict[str, Any] | None = None) -> Record:
        """A message over FOI_MAX_BYTES: recorded as failed, its bytes not stored."""
        rec = self._record(location, extra={"kind": "message", **(head or {})})
        rec.status, rec.size = "failed", size
        rec.reason = f"message is {size / 1e6:.1f} MB, over the {self.max_bytes / 1e6:.0f} MB limit (FOI_MAX_BYTES)"
        self.summary.failed.append((location, rec.reason))
        return self.archive.add(None, rec)

    def _remember(self, digest: str, mid: str | None) -> None:
        self.hashes.add(digest)
        if mid:
            self.ids.add(mid)

    def _fill(self, rec: Record, reading: Reading) -> None:
        rec.media_type, rec.status, rec.reason = reading.media_type, reading.status, reading.reason
        rec.authority_code = reading.authority_code
        rec.extra.update(reading.extra)

    def _count(self, rec: Record, reading: Reading | None) -> None:
        s = self.summary
        if rec.status != "ok" or reading is None:
            s.failed.append((rec.location, rec.reason or "failed"))
        elif reading.not_a_reply:
            s.not_replies[reading.not_a_reply] += 1
        elif "out_of_scope" in rec.extra:
            s.out_of_scope.append(rec.extra["out_of_scope"])
        elif rec.authority_code:
            s.replies[rec.authority_code] += 1
        else:
            s.no_council += 1

    def _attachments(self, msg: EmailMessage, parent: Record, head: dict[str, Any]) -> None:
        try:
            parts = attachments(msg)
        except Exception as exc:  # a damaged MIME structure: the message itself is kept
            self.summary.failed.append((parent.location, f"attachments unreadable ({exc})"[:200]))
            return
        for n, (name, data) in enumerate(parts, start=1):
            extra = {"kind": "attachment", "parent": parent.location, "filename": name, "index": n}
            rec = self._record(f"{parent.location}/{name}", extra={**extra, **head})
            if len(data) > self.max_bytes:
                rec.status, rec.size = "failed", len(data)
                rec.reason = (
                    f"attachment is {len(data) / 1e6:.1f} MB, over the limit (FOI_MAX_BYTES)"
                )
                self.archive.add(None, rec)
            else:
                reading = read_document(data, name, self.campaign, self.registry, self.max_bytes)
                self._fill(rec, reading)
                rec.extra.update(head | extra)  # the reading's keys never hide the provenance
                self.archive.add(data, rec)
            self.summary.attachments += 1
            if rec.status != "ok":
                self.summary.failed.append((rec.location, rec.reason or "failed"))

    def add_all(
        self, messages: Iterable[Message], total: int | None = None, progress: TextIO | None = None
    ) -> Summary:
        bar = tqdm(
            messages, total=total, unit="msg", desc="importing", file=progress,
            disable=True if progress is None else None,  # None: shown only on a terminal
            leave=False, dynamic_ncols=True,
        )  # fmt: skip
        for message in bar:
            self.add(message)
        return self.summary


def import_mailbox(
    path: Path,
    archive: Archive,
    campaign: Any,
    registry: Any,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: TextIO | None = None,
) -> Summary:
    """Import an mbox file, a Maildir or a folder of .eml files (see `kind_of`)."""
    kind = kind_of(path)
    total, messages = mailbox_messages(path, kind)
    importer = Importer(archive, campaign, registry, max_bytes=max_bytes)
    return importer.add_all(messages, total, progress)


def format_summary(summary: Summary, registry: Any) -> str:
    """The end-of-import report: replies per council, then everything that is not one."""
    lines = [
        f"{summary.messages} new messages and {summary.attachments} attachments archived; "
        f"{summary.duplicates} already in the archive (skipped)."
    ]
    if summary.replies:
        lines.append(f"Replies from {len(summary.replies)} councils:")
        for code, n in sorted(summary.replies.items()):
            authority = registry.get(code)
            lines.append(f"  {authority.name if authority else code} ({code}): {n}")
    kinds = [
        f"{summary.not_replies.get(kind, 0)} {label}"
        for kind, label in NOT_A_REPLY_LABELS.items()
        if summary.not_replies.get(kind) or kind in ("acknowledgement", "clarification", "bounce")
    ]
    lines.append("Not counted: " + ", ".join(kinds) + ".")
    lines.append(f"Out of scope (not one of the 153): {len(summary.out_of_scope)}")
    lines += [f"  {why}" for why in summary.out_of_scope]
    if summary.no_council:
        lines.append(
            f"From no council (the requester's own messages, other senders): {summary.no_council}"
        )
    lines.append(f"Failed: {len(summary.failed)}")
    lines += [f"  {where}: {why}" for where, why in summary.failed]
    return "\n".join(lines)
