"""`foi import --imap`: one folder of a real mailbox, read with the standard library's imaplib
into the archive through the mailbox importer (foi/archive/mailbox.py).

Over TLS by default (IMAP4_SSL, port 993, the certificate checked against the system's
authorities or --cafile). Without TLS (--no-tls: STARTTLS where the server offers it, else
plain) only to a loopback host, so a password never crosses a network in clear. The password
comes from FOI_IMAP_PASSWORD or ~/.netrc (machine = host) and is never printed or logged.

Incremental: the folder's UIDVALIDITY and the highest UID imported are kept in
DATA_DIR/state/imap-<host>-<user>-<folder>-<hash>.json (written atomically); the next run
fetches only messages with a higher UID. If UIDVALIDITY changed (the server renumbered the
folder) the folder is read again from the start, and de-duplication by Message-ID and content
keeps the archive free of repeats. The folder is opened read-only and bodies are fetched with
BODY.PEEK, so importing marks nothing as read.
"""

from __future__ import annotations

import hashlib
import imaplib
import ipaddress
import json
import netrc
import os
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from tqdm import tqdm

from foi.archive.atomic import atomic_write_text
from foi.archive.mailbox import Importer, Message, Summary
from foi.archive.store import Archive, now
from foi.errors import UserError
from parsers.extract import DEFAULT_MAX_BYTES

PASSWORD_ENV = "FOI_IMAP_PASSWORD"
BATCH = 50  # messages per FETCH; the state is saved after each batch
BATCH_BYTES = 64 * 1024 * 1024  # and at most this much mail per FETCH
TIMEOUT = 60.0  # seconds without an answer from the server
_FETCHED_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bUID (\d+)\b.*\bRFC822\.SIZE (\d+)|\bRFC822\.SIZE (\d+)\b.*\bUID (\d+)")


class ImapError(UserError):
    """A problem with the server, the account or the folder; one line, never the password."""


@dataclass(frozen=True)
class Account:
    host: str
    user: str
    folder: str = "INBOX"
    port: int | None = None
    tls: bool = True
    cafile: str | None = None

    @property
    def url(self) -> str:
        port = f":{self.port}" if self.port else ""
        return f"imap://{quote(self.user, safe='')}@{self.host}{port}/{quote(self.folder)}"


@dataclass
class ImapResult:
    summary: Summary
    fetched: int  # messages downloaded this run
    uidvalidity: int
    last_uid: int
    state_file: Path


def password(account: Account) -> str:
    """FOI_IMAP_PASSWORD, else ~/.netrc's entry for the host (and this login, if it names one)."""
    if secret := os.environ.get(PASSWORD_ENV):
        return secret
    try:
        entry = netrc.netrc().authenticators(account.host)
    except FileNotFoundError:
        entry = None
    except netrc.NetrcParseError as exc:
        # The parser's message can quote a token of the file, a password perhaps: not shown.
        raise ImapError(f"~/.netrc could not be read (line {exc.lineno})") from None
    except OSError as exc:
        raise ImapError(f"~/.netrc could not be read ({exc.strerror})") from None
    if entry and entry[2] and entry[0] in (None, "", account.user):
        return entry[2]
    raise ImapError(
        f"no password for {account.user} at {account.host}: set {PASSWORD_ENV}, or add "
        f"'machine {account.host} login {account.user} password ...' to ~/.netrc"
    )


def is_loopback(host: str) -> bool:
    """Every address the host name stands for is a loopback address (127.0.0.0/8, ::1)."""
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError):
        return False
    addresses = {info[4][0] for info in infos}
    return bool(addresses) and all(
        ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses
    )


def connect(account: Account) -> imaplib.IMAP4:
    context = ssl.create_default_context(cafile=account.cafile)
    try:
        if account.tls:
            return imaplib.IMAP4_SSL(
                account.host, account.port or 993, ssl_context=context, timeout=TIMEOUT
            )
        if not is_loopback(account.host):
            raise ImapError(
                "--no-tls is allowed only for a loopback host (127.0.0.1, localhost): "
                "a password must not cross a network in clear"
            )
        conn = imaplib.IMAP4(account.host, account.port or 143, timeout=TIMEOUT)
        if "STARTTLS" in conn.capabilities:
            conn.starttls(ssl_context=context)
        return conn
    except ssl.SSLCertVerificationError as exc:
        raise ImapError(
            f"{account.host}: the server's certificate is not trusted ({exc.verify_message}); "
            "give its certificate or authority with --cafile"
        ) from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"{account.host}: cannot connect ({_one_line(exc)})") from None


def _one_line(exc: BaseException) -> str:
    text = exc.args[0] if exc.args else exc
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split())[:200] or exc.__class__.__name__


def _quoted(folder: str) -> str:
    """A folder name as an IMAP quoted string (imaplib sends arguments as they are)."""
    if re.search(r"[\x00-\x1f\x7f]", folder):
        raise ImapError("the folder name has control characters")
    if not folder.isascii():
        folder = _utf7(folder)
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _utf7(name: str) -> str:
    """IMAP's modified UTF-7 (RFC 3501 5.1.3) for a folder name with non-ASCII letters."""
    import base64

    out, run = [], ""

    def flush() -> None:
        nonlocal run
        if run:
            b64 = base64.b64encode(run.encode("utf-16-be")).decode("ascii").rstrip("=")
            out.append("&" + b64.replace("/", ",") + "-")
            run = ""

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            run += ch
    flush()
    return "".join(out)


def state_path(state_dir: Path, account: Account) -> Path:
    """One small file per host, user and folder; readable parts plus a hash of the exact ones."""
    exact = json.dumps([account.host.lower(), account.user, account.folder])
    digest = hashlib.sha256(exact.encode()).hexdigest()[:12]
    parts = [
        re.sub(r"[^A-Za-z0-9.@-]+", "_", p)[:40]
        for p in (account.host, account.user, account.folder)
    ]
    return state_dir / f"imap-{'-'.join(parts)}-{digest}.json"


def load_state(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return state if isinstance(state, dict) else {}


def save_state(path: Path, account: Account, uidvalidity: int, last_uid: int) -> None:
    state = {
        "host": account.host, "user": account.user, "folder": account.folder,
        "uidvalidity": uidvalidity, "last_uid": last_uid, "updated": now(),
    }  # fmt: skip
    atomic_write_text(path, json.dumps(state, indent=2) + "\n")


def _check(result: tuple[str, list[Any]], what: str) -> list[Any]:
    typ, data = result
    if typ != "OK":
        raise ImapError(f"{what}: {_one_line(imaplib.IMAP4.error(data[0] if data else typ))}")
    return data


def _uidvalidity(conn: imaplib.IMAP4, folder: str) -> int:
    _, data = conn.response("UIDVALIDITY")
    if not data or data[0] is None:
        status = _check(conn.status(_quoted(folder), "(UIDVALIDITY)"), f"STATUS {folder}")
        data = re.findall(rb"UIDVALIDITY (\d+)", status[0] or b"")
    try:
        return int(data[0])
    except (IndexError, TypeError, ValueError):
        raise ImapError(f"{folder}: the server gave no UIDVALIDITY") from None


def _new_uids(conn: imaplib.IMAP4, after: int) -> list[int]:
    data = _check(conn.uid("SEARCH", "UID", f"{after + 1}:*"), "UID SEARCH")
    # "n:*" always matches the highest UID, even one below n: keep only the new ones.
    return sorted(u for u in map(int, (data[0] or b"").split()) if u > after)


def _sizes(conn: imaplib.IMAP4, after: int) -> dict[int, int]:
    """The size of every message above UID `after`, in one command (a range, not a list of
    UIDs, so the command stays short however many there are)."""
    data = _check(conn.uid("FETCH", f"{after + 1}:*", "(UID RFC822.SIZE)"), "UID FETCH sizes")
    sizes = {}
    for item in data:
        line = item[0] if isinstance(item, tuple) else item
        if isinstance(line, bytes) and (m := _SIZE.search(line)):
            uid, size = (m[1], m[2]) if m[1] else (m[4], m[3])
            sizes[int(uid)] = int(size)
    return sizes


def _batches(uids: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    """At most BATCH messages and BATCH_BYTES per FETCH, so memory stays bounded."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and (len(batch) >= BATCH or total + sizes.get(uid, 0) > BATCH_BYTES):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes.get(uid, 0)
    if batch:
        yield batch


def _set(uids: list[int]) -> str:
    return ",".join(map(str, uids))


def _bodies(conn: imaplib.IMAP4, uids: list[int]) -> Iterator[tuple[int, bytes]]:
    data = _check(conn.uid("FETCH", _set(uids), "(UID BODY.PEEK[])"), "UID FETCH")
    for item in data:
        if isinstance(item, tuple) and (m := _FETCHED_UID.search(item[0])):
            # Mail stored on disk has bare newlines (mbox, Maildir): the same message then has
            # the same bytes, and the same hash, whichever way it came.
            yield int(m[1]), item[1].replace(b"\r\n", b"\n")


def import_folder(
    account: Account,
    archive: Archive,
    campaign: Any,
    registry: Any,
    *,
    state_dir: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: TextIO | None = None,
) -> ImapResult:
    """Fetch the folder's messages not imported before and archive them."""
    secret = password(account)
    path = state_path(state_dir, account)
    state = load_state(path)
    conn = connect(account)
    conn.debug = 0  # imaplib's debug output would print the LOGIN command, password and all
    try:
        try:
            _check(conn.login(account.user, secret), "login")
        except imaplib.IMAP4.error as exc:
            raise ImapError(
                f"{account.host}: login failed for {account.user} ({_one_line(exc)})"
            ) from None
        finally:
            # imaplib keeps its last commands for debugging, LOGIN with the password among them.
            getattr(conn, "_cmd_log", {}).clear()
        _check(conn.select(_quoted(account.folder), readonly=True), f"folder {account.folder!r}")
        validity = _uidvalidity(conn, account.folder)
        last = int(state.get("last_uid", 0)) if state.get("uidvalidity") == validity else 0
        importer = Importer(archive, campaign, registry, source="imap", max_bytes=max_bytes)
        uids = _new_uids(conn, last)
        fetched = _fetch_into(conn, uids, importer, account, validity, progress, path, last)
        last = max([last, *uids])
        save_state(path, account, validity, last)
        return ImapResult(importer.summary, fetched, validity, last, path)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"{account.host}: {_one_line(exc)}") from None
    finally:
        _close(conn)


def _fetch_into(
    conn: imaplib.IMAP4,
    uids: list[int],
    importer: Importer,
    account: Account,
    validity: int,
    progress: TextIO | None,
    path: Path,
    last: int,
) -> int:
    """Fetch in batches, archiving each; the state is saved after every batch, so an
    interrupted import goes on where it stopped. A message over FOI_MAX_BYTES is recorded as
    failed without being downloaded."""
    base = f"{account.url};UIDVALIDITY={validity}"
    sizes = _sizes(conn, last) if uids else {}
    small = []
    for uid in uids:
        if sizes.get(uid, 0) > importer.max_bytes:
            importer.too_large(f"{base}/;UID={uid}", sizes[uid])
        else:
            small.append(uid)
    fetched = 0
    bar = tqdm(
        total=len(small), unit="msg", desc="fetching", file=progress,
        disable=True if progress is None else None, leave=False, dynamic_ncols=True,
    )  # fmt: skip
    try:
        for batch in _batches(small, sizes):
            for uid, data in _bodies(conn, batch):
                importer.add(Message(f"{base}/;UID={uid}", data))
                fetched += 1
                bar.update()
            save_state(path, account, validity, max(last, *batch))
    finally:
        bar.close()
    return fetched


def _close(conn: imaplib.IMAP4) -> None:
    try:
        if conn.state == "SELECTED":
            conn.close()
        conn.logout()
    except (OSError, imaplib.IMAP4.error):
        pass  # the import is done or has failed already; a dropped goodbye changes nothing
