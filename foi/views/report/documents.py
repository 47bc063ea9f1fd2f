"""The archived documents `foi report --with-documents` ships beside the report.

Each is named by its sha256, after checking the bytes still match it. A document a browser
would render as a page (HTML, email, text) is shipped as `.txt`, so it shows as text and
never runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import quote

from foi.archive.atomic import atomic_write_bytes
from foi.archive.store import Archive, sha256

# Copied documents keep their own extension only where a browser does not render them as a
# page; HTML, email and text are shipped as .txt and so shown as text, never run.
KEEP_EXTENSION = {"pdf": "pdf", "docx": "docx", "msg": "msg", "png": "png", "jpeg": "jpg", "tiff": "tiff"}  # fmt: skip


@dataclass
class Documents:
    """The archived documents copied beside the report: sha256 -> relative link."""

    folder: Path
    links: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # sha256 whose archived copy is gone


def documents_folder(out: Path) -> Path:
    """Where `foi report --with-documents` puts the copies: `<report name>-documents/`."""
    return out.with_name(f"{out.stem}-documents")


def copy_documents(data_dir: Path, digests: dict[str, str | None], folder: Path) -> Documents:
    """Copy each archived document (sha256 -> its format) into `folder`, named by its
    sha256, after checking the bytes still match it; one that is missing or altered is
    listed, never copied."""
    archive = Archive(data_dir)
    docs = Documents(folder)
    for digest, fmt in sorted(digests.items()):
        try:
            data = archive.read(digest)
        except (FileNotFoundError, ValueError):
            data = None
        if data is None or sha256(data) != digest:  # gone, or altered behind foi's back
            docs.missing.append(digest)
            continue
        name = document_name(digest, fmt)
        target = folder / name
        if not target.exists() or sha256(target.read_bytes()) != digest:
            atomic_write_bytes(target, data)
        docs.links[digest] = f"{quote(folder.name)}/{name}"
    return docs


def document_name(digest: str, fmt: str | None) -> str:
    fmt = (fmt or "").lower()
    if fmt in KEEP_EXTENSION:
        return f"{digest}.{KEEP_EXTENSION[fmt]}"
    if fmt in ("", "txt") or not re.fullmatch(r"[a-z0-9]{1,8}", fmt):
        return f"{digest}.txt"
    return f"{digest}.{fmt}.txt"  # html, eml, json: the source, shown as text


def copies_note(docs: Documents | None) -> str:
    """What the report's header says of its links: to the copies beside it, or to the web."""
    if docs is None:
        return (
            "Links go to where each document was found, which councils may take down: "
            "<code>foi report --with-documents</code> ships the archived copies beside the report."
        )
    copies = (
        f"Each response links to its archived copy in <code>{escape(docs.folder.name)}/</code> "
        f"beside this file ({len(docs.links)} documents)"
    )
    if docs.missing:
        copies += f"; {len(docs.missing)} archived documents are missing or altered and are not linked (run <code>foi verify</code>)"
    return copies + ". Keep the folder with the report when you share it."
