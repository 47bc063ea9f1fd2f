"""What the archive keeps of an email: the headers that place it in its conversation, and
its attachments under names that are labels, never paths."""

from __future__ import annotations

import re
from datetime import UTC
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

MSG_ID = re.compile(r"<[^<>\s]+>")


def _ids(value: object) -> list[str]:
    return MSG_ID.findall(str(value or ""))


def _iso(date: str) -> str | None:
    try:
        when = parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 5322 "-0000": the zone is unknown; UTC is the convention
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def provenance(msg: EmailMessage) -> dict[str, Any]:
    """The headers that place a message in its conversation, as the manifest keeps them."""

    def header(name: str) -> str:
        try:
            return " ".join(str(msg.get(name, "")).split())
        except Exception:  # a header the email package cannot decode is not worth a failure
            return ""

    mid = _ids(header("Message-ID"))
    date = header("Date")
    return {
        "message_id": mid[0] if mid else None,
        "in_reply_to": _ids(header("In-Reply-To")),
        "references": _ids(header("References")),
        "date": _iso(date) or date or None,
        "from": header("From"),
        "to": ", ".join(a for _, a in getaddresses([header("To"), header("Cc")]) if a),
        "subject": header("Subject"),
    }


def attachments(msg: EmailMessage) -> list[tuple[str, bytes]]:
    """The message's attachments, the same ones the email reader (parsers/eml.py) reads."""
    out = []
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            name = _safe_name(part.get_filename() or "attachment")
            out.append((name, payload))
    return out


def _safe_name(name: str) -> str:
    # A file name is a label here, never a path: no folders, no control characters.
    name = re.sub(r"[\x00-\x1f\x7f/\\]+", "_", name).strip() or "attachment"
    return name[:200]
