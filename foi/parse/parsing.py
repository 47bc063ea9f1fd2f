"""`foi parse`: one file given by hand, read within FOI_MAX_BYTES, and its answers and coded
facts as text. `foi import` reads its single documents with the same `read_file`."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from foi.errors import UserError
from parsers.model import ParseError

if TYPE_CHECKING:
    from parsers.response import ParsedResponse


def max_bytes() -> int:
    raw = os.environ.get("FOI_MAX_BYTES")
    if not raw:
        from parsers.extract import DEFAULT_MAX_BYTES

        return DEFAULT_MAX_BYTES
    try:
        return int(raw)
    except ValueError:
        raise UserError(f"FOI_MAX_BYTES must be a number of bytes, not {raw!r}") from None


def read_file(path: Path) -> bytes:
    """The file's bytes; ParseError if it is over FOI_MAX_BYTES, UserError if it is not a
    file at all."""
    try:
        size = path.stat().st_size
        if size > max_bytes():
            raise ParseError(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes() / 1e6:.0f} MB limit (FOI_MAX_BYTES)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a directory") from None


def parse_file(path: Path, campaign, registry, force: bool = False) -> ParsedResponse:  # type: ignore[no-untyped-def]
    from parsers.response import parse_document

    return parse_document(
        read_file(path), path.name, campaign, registry, max_bytes=max_bytes(), force=force
    )


def show(parsed: ParsedResponse, campaign) -> str:  # type: ignore[no-untyped-def]
    """The response as `foi parse` prints it: who, outcome, each answer under its question,
    the coded facts with their confidence and evidence, the links."""
    out = []
    a = parsed.authority
    out.append(f"Authority:  {a.name or 'not found'}" + (f" ({a.code})" if a.code else ""))
    out.append(
        f"Outcome:    {parsed.outcome.value}"
        + (f"  exemptions: {', '.join(parsed.exemptions)}" if parsed.exemptions else "")
    )
    out.append(f"Format:     {parsed.format}")
    out.append("")
    answered = {x.question_no: x for x in parsed.answers}
    for q in campaign.questions:
        x = answered.get(q.no)
        out.append(f"Q{q.no} [{q.key}] {x.question_text if x and x.question_text else q.text}")
        body = x.answer_text if x else "(no answer of its own)"
        out.append(textwrap.indent(textwrap.fill(body, 96), "    "))
        out.append("")
    out.append("Coded facts (value, confidence, evidence):")
    for name, coded in parsed.fields.items():
        ev = f"  \u201c{coded.evidence}\u201d" if coded.evidence else ""
        out.append(f"  {name:<22} {str(coded.value):<11} {coded.confidence:.2f}{ev}")
    if parsed.links:
        out.append("")
        out.append("Links:")
        out.extend(f"  {u}" for u in parsed.links)
    return "\n".join(out)
