"""`foi import`: documents that reached you by email or by hand into the raw archive.

A single document, a folder of .eml files, an mbox or a Maildir (foi/archive/mailbox.py), or a folder
of a mailbox over IMAP (foi/archive/imap.py). Every byte is stored by `Archive.add` (foi/archive/store.py),
the one writer of raw documents, as the crawl's pipeline stores what it fetches; a document
that cannot be read is stored as failed with its reason and the others carry on."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foi.archive.datadir import DataDir
from foi.archive.store import Archive, Record, now, sha256
from foi.errors import UserError
from foi.parse.parsing import max_bytes, read_file
from parsers.model import ParseError

if TYPE_CHECKING:
    from foi.archive.imap import Account
    from foi.archive.mailbox import Summary
    from parsers.response import ParsedResponse

ONE_DOCUMENT_ONLY = "--authority is for single documents; a mailbox's senders name theirs"


@dataclass
class Tally:
    stored: int = 0
    already: int = 0  # the same bytes were in the archive: skipped
    failed: int = 0


def import_one(
    path: Path, archive: Archive, campaign, registry, authority: str | None, source: str = "import"
) -> tuple[Record, ParsedResponse | None]:  # type: ignore[no-untyped-def]
    """Archive one file and record whether it reads; never raises for a bad document."""
    from foi.archive.mailbox import read_document

    rec = Record(
        sha256="", source=source, location=path.name, retrieved_at=now(), media_type="unknown",
        size=0, status="ok", authority_code=authority, campaign=campaign.id,
    )  # fmt: skip
    try:
        data = read_file(path)
    except ParseError as exc:
        rec.status, rec.reason, rec.size = "failed", str(exc), path.stat().st_size
        return archive.add(None, rec), None
    rec.sha256, rec.size = sha256(data), len(data)
    reading = read_document(data, path.name, campaign, registry, max_bytes())
    rec.media_type, rec.status, rec.reason = reading.media_type, reading.status, reading.reason
    rec.authority_code = authority or reading.authority_code
    rec.extra = reading.extra
    return archive.add(data, rec), reading.parsed


def import_paths(
    names: list[str], root: Path, campaign: Any, registry: Any, authority: str | None
) -> int:
    """Documents and mailboxes given by path, each line printed as it is done, then the
    totals; 1 if any failed."""
    from foi.archive.mailbox import kind_of

    kinds = {name: kind_of(Path(name)) for name in names}
    code = None
    if authority:
        if any(kind != "file" for kind in kinds.values()):
            raise UserError(ONE_DOCUMENT_ONLY)
        hit = registry.resolve(authority)
        if hit is None:
            raise UserError(f"--authority {authority!r}: not one of the 153 authorities")
        code = hit.code
    archive = Archive(root)
    held = {r.sha256: r for r in archive.records() if r.status == "ok" and r.sha256}
    tally = Tally()
    for name in names:
        path = Path(name)
        if kinds[name] != "file":
            summary = import_mailbox(path, archive, campaign, registry)
            tally.stored += summary.messages + summary.attachments - len(summary.failed)
            tally.failed += len(summary.failed)
        elif not path.is_file():
            print(f"{name}: no such file", file=sys.stderr)
            tally.failed += 1
        else:
            _import_file(path, archive, campaign, registry, code, held, tally)
    done = f", {tally.already} already in the archive (skipped)" if tally.already else ""
    print(f"{tally.stored} stored{done}, {tally.failed} failed; manifest: {archive.manifest}")
    return 1 if tally.failed else 0


def _import_file(  # type: ignore[no-untyped-def]
    path: Path, archive: Archive, campaign, registry, code: str | None,
    held: dict[str, Record], tally: Tally,
) -> None:  # fmt: skip
    if path.stat().st_size <= max_bytes():
        same = held.get(sha256(path.read_bytes()))
        if same is not None and (code is None or code == same.authority_code):
            # The same bytes once: a second import adds no manifest line (as for mail).
            tally.already += 1
            print(f"already  {path.name}  {same.sha256[:12]}  stored {same.retrieved_at[:10]} "
                  f"as {same.location}")  # fmt: skip
            return
    rec, _ = import_one(path, archive, campaign, registry, code)
    if rec.status != "ok":
        tally.failed += 1
        print(f"failed   {path.name}: {rec.reason}")
        return
    held[rec.sha256] = rec
    tally.stored += 1
    note = rec.extra.get("not_a_reply") or rec.extra.get("out_of_scope")
    note = f"  (not counted: {note})" if note else ""
    print(
        f"stored   {path.name}  {rec.sha256[:12]}  {rec.media_type}  {rec.authority_code or '-'}{note}"
    )


def import_mailbox(path: Path, archive: Archive, campaign: Any, registry: Any) -> Summary:
    """An mbox, a Maildir or a folder of .eml files; one run at a time per data directory,
    so two imports never both take a message for new."""
    from foi.archive.lock import data_lock
    from foi.archive.mailbox import format_summary, kind_of
    from foi.archive.mailbox import import_mailbox as read_mailbox

    started = time.perf_counter()
    with data_lock(archive.root, "import"):
        summary = read_mailbox(
            path, archive, campaign, registry, max_bytes=max_bytes(), progress=_progress()
        )
    print(f"{path} ({kind_of(path).replace('_', ' ')}), {time.perf_counter() - started:.1f} s:")
    print(format_summary(summary, registry))
    return summary


def import_imap(account: Account, root: Path, campaign: Any, registry: Any) -> int:
    """The new messages of a folder on an IMAP server; 1 if any failed."""
    from foi.archive import imap
    from foi.archive.lock import data_lock
    from foi.archive.mailbox import format_summary

    started = time.perf_counter()
    with data_lock(root, "import"):
        result = imap.import_folder(
            account, Archive(root), campaign, registry, state_dir=DataDir(root).state,
            max_bytes=max_bytes(), progress=_progress(),
        )  # fmt: skip
    print(
        f"{account.url}: {result.fetched} new messages fetched in "
        f"{time.perf_counter() - started:.1f} s (UIDVALIDITY {result.uidvalidity}, "
        f"last UID {result.last_uid})"
    )
    print(format_summary(result.summary, registry))
    return 1 if result.summary.failed else 0


def _progress():  # type: ignore[no-untyped-def]
    # The bar redraws its line with a carriage return, which the sanitised stderr would strip;
    # the process's own stderr takes it (tqdm shows it only where that is a terminal).
    return sys.__stderr__
