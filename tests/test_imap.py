"""`foi import --imap` against a real IMAP server on 127.0.0.1: Debian's Dovecot, started by
the test with its own configuration, a self-signed certificate and one passwd-file user, the
generated mailbox delivered into it over IMAP (APPEND)."""

from __future__ import annotations

import datetime as dt
import imaplib
import ipaddress
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from foi.archive import imap
from foi.archive.store import Archive
from foi.cli import main
from tests.mailbox_fixture import SPLIT_COUNCIL, Imported, dataset_rows, imported_mbox

DOVECOT = shutil.which("dovecot") or next(
    (p for p in ("/usr/sbin/dovecot",) if os.access(p, os.X_OK)), None
)
IMAP_LOGIN = Path("/usr/lib/dovecot/imap-login")
NO_DOVECOT = "IMAP tests need Debian's dovecot-imapd (apt-get install dovecot-imapd)"
USER, PASSWORD = "sam", "correct horse battery staple"
MAIL_UID = 60123  # the mail process's user when the test runs as root (Dovecot refuses uid 0)


@dataclass
class Server:
    port: int
    cafile: Path
    log: Path

    def args(self, data: Path, *extra: str) -> list[str]:
        return [
            "import", "--imap", "--host", "127.0.0.1", "--port", str(self.port), "--user", USER,
            "--folder", "INBOX", "--cafile", str(self.cafile), "--data-dir", str(data), *extra,
        ]  # fmt: skip

    def deliver(self, messages: list[bytes]) -> None:
        """APPEND, as a mail client saving into the folder would; CRLF as on the wire."""
        context = ssl.create_default_context(cafile=str(self.cafile))
        with imaplib.IMAP4_SSL("127.0.0.1", self.port, ssl_context=context) as conn:
            conn.login(USER, PASSWORD)
            for data in messages:
                crlf = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
                assert conn.append("INBOX", None, None, crlf)[0] == "OK"


def _certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _config(root: Path, port: int, cert: Path, key: Path) -> str:
    """Dovecot 2.3's configuration: IMAPS on 127.0.0.1 only, one passwd-file user whose
    Maildir is under `root`. As root, the mail process runs as MAIL_UID chrooted into the
    mail folder (the test's tmp_path is private to root); otherwise everything runs as the
    current user."""
    mail = root / "mail"
    user = USER
    if os.geteuid() == 0:
        (mail / user).mkdir(parents=True)
        os.chown(mail / user, MAIL_UID, MAIL_UID)
        home, uid, extra = f"{mail}/./{user}", MAIL_UID, f"valid_chroot_dirs = {mail}\n"
        extra += "service auth {\n  user = root\n}\n"
    else:
        import grp
        import pwd

        (mail / user).mkdir(parents=True)
        me, group = pwd.getpwuid(os.geteuid()).pw_name, grp.getgrgid(os.getegid()).gr_name
        home, uid = f"{mail}/{user}", os.geteuid()
        extra = (
            f"default_login_user = {me}\ndefault_internal_user = {me}\n"
            f"default_internal_group = {group}\n"
            "service anvil {\n  chroot =\n}\nservice imap-login {\n  chroot =\n}\n"
        )
    (root / "passwd").write_text(f"{user}:{{PLAIN}}{PASSWORD}:{uid}:{uid}::{home}::\n")
    return f"""base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
{extra}"""


def _wait_for(port: int, proc: subprocess.Popen[bytes], root: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    logs = [p.read_text(errors="replace") for p in root.glob("*.log")]
    tail = " | ".join(logs)[-1500:]
    raise RuntimeError(f"dovecot did not start on 127.0.0.1:{port}: {tail}")


def _dovecot_version() -> tuple[int, int]:
    out = subprocess.run([str(DOVECOT), "--version"], capture_output=True, text=True, timeout=30)
    m = re.match(r"(\d+)\.(\d+)", out.stdout)
    return (int(m[1]), int(m[2])) if m else (0, 0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    if DOVECOT is None or not IMAP_LOGIN.exists():
        pytest.skip(NO_DOVECOT)
    if _dovecot_version() >= (2, 4):
        # 2.4 renamed most settings; this configuration is Dovecot 2.3's (Debian 12).
        pytest.skip("the IMAP tests' Dovecot configuration is written for Dovecot 2.3")
    root = tmp_path / "dovecot"
    root.mkdir()
    cert, key = _certificate(root)
    port = _free_port()
    conf = root / "dovecot.conf"
    conf.write_text(_config(root, port, cert, key))
    log = root / "dovecot.log"
    with open(root / "stdout.log", "wb") as out:
        proc = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(conf)], stdout=out, stderr=subprocess.STDOUT
        )
    try:
        _wait_for(port, proc, root)
        yield Server(port, cert, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def from_mbox(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    return imported_mbox(tmp_path_factory.mktemp("mbox"))


def test_imap_import_is_incremental_and_gives_the_dataset_mbox_gives(
    server: Server, from_mbox: Imported, tmp_path: Path, monkeypatch, capsys
):
    generated = from_mbox.generated
    later_ids = [generated.expected.split[SPLIT_COUNCIL][1], generated.expected.out_of_scope[0]]
    later = [m for m in generated.messages if any(i.encode() in m for i in later_ids)]
    first = [m for m in generated.messages if m not in later]
    assert len(later) == 2
    server.deliver(first)
    data = tmp_path / "data"
    monkeypatch.setenv("FOI_IMAP_PASSWORD", PASSWORD)

    started = time.perf_counter()
    assert main(server.args(data)) == 0
    seconds = time.perf_counter() - started
    out = capsys.readouterr()
    assert f"{len(first)} new messages fetched" in out.out, out.out
    manifest = (data / "manifest.jsonl").read_bytes()
    assert all(r.source == "imap" for r in Archive(data).records())

    # Again, the password now from ~/.netrc: nothing new on the server, nothing fetched.
    monkeypatch.delenv("FOI_IMAP_PASSWORD")
    monkeypatch.setenv("HOME", str(tmp_path))
    netrc = tmp_path / ".netrc"
    netrc.write_text(f"machine 127.0.0.1 login {USER} password {PASSWORD.replace(' ', '_')}\n")
    netrc.chmod(0o600)
    assert main(server.args(data)) == 2  # that password is wrong: refused, and not echoed
    err = capsys.readouterr().err
    assert "login failed" in err and "horse" not in err
    netrc.write_text(f'machine 127.0.0.1 login {USER} password "{PASSWORD}"\n')
    assert main(server.args(data)) == 0
    assert "0 new messages fetched" in capsys.readouterr().out
    assert (data / "manifest.jsonl").read_bytes() == manifest

    server.deliver(later)
    assert main(server.args(data)) == 0
    out = capsys.readouterr()
    assert "2 new messages fetched" in out.out
    assert PASSWORD not in out.out + out.err
    state = json.loads(next((data / "state").glob("imap-*.json")).read_text())
    assert state["last_uid"] == len(generated.messages) and state["folder"] == "INBOX"
    assert PASSWORD not in (data / "manifest.jsonl").read_text() + json.dumps(state)

    assert main(["build", "--data-dir", str(data)]) == 0
    assert dataset_rows(data) == dataset_rows(from_mbox.data_dir)
    print(f"IMAP import of {len(first)} messages: {seconds:.1f} s")


def test_a_renumbered_folder_is_read_again_and_adds_nothing(
    server: Server, tmp_path: Path, monkeypatch, capsys
):
    from tests.mailbox_fixture import generate

    server.deliver(generate().messages[:12])
    data = tmp_path / "data"
    monkeypatch.setenv("FOI_IMAP_PASSWORD", PASSWORD)
    assert main(server.args(data)) == 0
    state_file = next((data / "state").glob("imap-*.json"))
    state = json.loads(state_file.read_text())
    state["uidvalidity"] += 1  # as if the server had rebuilt the folder
    state_file.write_text(json.dumps(state))
    before = (data / "manifest.jsonl").read_bytes()
    capsys.readouterr()
    assert main(server.args(data)) == 0
    out = capsys.readouterr().out
    assert "12 new messages fetched" in out and "12 already in the archive" in out
    assert (data / "manifest.jsonl").read_bytes() == before


def test_an_untrusted_certificate_is_refused_with_advice(
    server: Server, tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.setenv("FOI_IMAP_PASSWORD", PASSWORD)
    args = [a for a in server.args(tmp_path / "d") if a not in ("--cafile", str(server.cafile))]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "not trusted" in err and "--cafile" in err


def test_no_tls_only_to_a_loopback_host(monkeypatch):
    monkeypatch.setenv("FOI_IMAP_PASSWORD", PASSWORD)
    account = imap.Account(host="192.0.2.10", user=USER, tls=False)  # TEST-NET: never contacted
    with pytest.raises(imap.ImapError, match="only for a loopback host"):
        imap.connect(account)
    assert imap.is_loopback("127.0.0.1") and imap.is_loopback("localhost")


def test_no_password_says_where_to_put_one(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("FOI_IMAP_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(imap.ImapError, match="FOI_IMAP_PASSWORD.*netrc"):
        imap.password(imap.Account(host="127.0.0.1", user=USER))


def test_a_message_over_the_size_limit_is_recorded_not_downloaded(
    server: Server, tmp_path: Path, monkeypatch, capsys
):
    from tests.mailbox_fixture import generate

    messages = generate().messages[:8]
    server.deliver(messages)
    limit = sorted(len(m) for m in messages)[4] + 100  # a few are larger
    monkeypatch.setenv("FOI_IMAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("FOI_MAX_BYTES", str(limit))
    data = tmp_path / "data"
    assert main(server.args(data)) == 1
    records = list(Archive(data).records())
    big = [r for r in records if r.status == "failed"]
    assert big and all("over the" in (r.reason or "") and not r.sha256 for r in big)
    assert len(records) >= len(messages)
    assert "Failed: " in capsys.readouterr().out
