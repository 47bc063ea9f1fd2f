"""PDFs whose streams inflate to gigabytes, and hostile documents given to `foi import`
(issue 15): each ends within 30 s and 1 GB with a one-line reason, or with what fits.

`foi parse` runs in a child process held to 1 GB of address space and 30 s (the bound the
issue sets, enforced by the kernel and the deadline, not measured); the import and the build
read each document in the isolated worker (foi/parse/isolate.py). The PDFs are built in
tests/pdf_bombs.py, a few KB each."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from foi.archive.store import Archive, Record, now
from foi.cli import main
from parsers.extract import extract
from parsers.model import ParseError
from tests import builders, pdf_bombs
from tests.conftest import ROOT

GB = 1 << 30
DEADLINE = 30  # seconds: each of these ends in about one


def within_a_gigabyte() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GB, GB))


def foi_parse(
    tmp_path: Path, data: bytes, name: str = "bomb.pdf"
) -> subprocess.CompletedProcess[str]:
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", "parse", "--force", str(path)],
        capture_output=True, text=True, timeout=DEADLINE, cwd=ROOT,
        preexec_fn=within_a_gigabyte, env={**os.environ, "FOI_DEBUG": "1"},
    )  # fmt: skip


BOMBS: dict[str, tuple[Callable[[], bytes], str]] = {
    "a content stream of 1.5 GB (FlateDecode twice)": (
        pdf_bombs.content_bomb,
        "streams inflate to over 256 MB (FOI_MAX_INFLATED_MB)",
    ),
    "the same, encrypted as a restricted PDF opens (RC4, no password)": (
        pdf_bombs.encrypted_content_bomb,
        "streams inflate to over 256 MB (FOI_MAX_INFLATED_MB)",
    ),
    "an embedded font of 1 GB": (
        pdf_bombs.font_bomb,
        "streams inflate to over 256 MB (FOI_MAX_INFLATED_MB)",
    ),
    "a content stream of 1.5 GB in LZWDecode": (
        pdf_bombs.lzw_bomb,
        "streams inflate to over 256 MB (FOI_MAX_INFLATED_MB)",
    ),
    "an inline picture of 1 GB": (pdf_bombs.inline_bomb, "page 1's content inflates to over"),
    "a 1 MB form drawn 20,000 times": (pdf_bombs.form_bomb, "page 1's content inflates to over"),
    "ten million characters on one page": (pdf_bombs.text_bomb, "over 250,000 characters"),
}


@pytest.mark.parametrize("what", BOMBS)
def test_a_pdf_bomb_is_refused_with_one_line(tmp_path, what):
    make, reason = BOMBS[what]
    data = make()
    assert len(data) < 1_100_000  # a few KB (the inline picture cannot nest filters: 1 MB)
    run = foi_parse(tmp_path, data)
    assert run.returncode == 2, run.stderr[-2000:]
    assert run.stderr.count("\n") == 1 and reason in run.stderr, run.stderr


def test_a_scanned_page_of_one_and_a_half_gigapixels_is_not_rendered(tmp_path):
    run = foi_parse(tmp_path, pdf_bombs.picture_bomb())
    assert run.returncode == 2, run.stderr[-2000:]
    assert run.stderr.count("\n") == 1
    # With Tesseract: the picture's declared size; without: OCR is not there to try.
    assert "need 6,144 MB to render" in run.stderr or "OCR needs" in run.stderr


def test_a_page_with_text_and_a_huge_picture_is_read(tmp_path):
    """Pictures are decoded only to render a page for OCR: a page with a text layer is read."""
    run = foi_parse(tmp_path, pdf_bombs.picture_bomb(text=True))
    assert run.returncode == 0, run.stderr[-2000:]


def test_a_million_pages_of_one_page_repeated_are_read_up_to_the_page_limit(tmp_path):
    data = pdf_bombs.pages_bomb(fan=100, depth=3)  # one page object listed a million times
    run = foi_parse(tmp_path, data)
    assert run.returncode == 0, run.stderr[-2000:]
    doc = extract(data, "pages.pdf")
    assert doc.meta["pages_skipped"].startswith("999000 of 1000000 pages not read")
    assert "FOI_MAX_PDF_PAGES=1000" in doc.meta["pages_skipped"]


def test_pages_sharing_a_large_content_stream_are_read_while_they_fit(tmp_path):
    """Ten thousand pages that share one 10 MB content stream: 100 GB of parsing. The pages
    read together stay within FOI_MAX_INFLATED_MB; the rest are noted, not read."""
    data = pdf_bombs.pages_bomb(fan=100, depth=2, content=10 * 1024 * 1024)
    assert len(data) < 20_000
    run = foi_parse(tmp_path, data)
    assert run.returncode == 0, run.stderr[-2000:]
    doc = extract(data, "pages.pdf")
    assert "pages 1-26 inflate to over 256 MB together" in doc.meta["pages_skipped"]


def test_the_inflation_limit_is_a_setting(monkeypatch):
    """A PDF with a stream of 40 MB (never drawn) is read by default and refused under a
    limit of 32 MB."""
    spare = pdf_bombs.stream(b"/Filter /FlateDecode", pdf_bombs.zeros(40 * 1024 * 1024))
    data = pdf_bombs.one_page(pdf_bombs.stream(b"", pdf_bombs.LETTER), spare)
    assert "Dear Requester" in extract(data, "spare.pdf").text
    monkeypatch.setenv("FOI_MAX_INFLATED_MB", "32")
    with pytest.raises(ParseError, match=r"over 32 MB \(FOI_MAX_INFLATED_MB\)"):
        extract(data, "spare.pdf")


def test_the_page_limit_is_a_setting(monkeypatch):
    words = ("first", "second", "third")
    pages = [[f"The {w} page of the letter, about bruising."] for w in words]
    data = builders.pdf(pages, footer=False)
    monkeypatch.setenv("FOI_MAX_PDF_PAGES", "2")
    doc = extract(data, "three.pdf")
    assert "The third page" not in doc.text and "The second page" in doc.text
    assert doc.meta["pages_skipped"] == "1 of 3 pages not read: 3 pages, over FOI_MAX_PDF_PAGES=2"


def test_a_restricted_pdf_that_opens_without_a_password_is_read():
    """Most councils' "restricted" PDFs are encrypted with an empty password: the check
    decrypts them (RC4 here; AES through the same handlers) and they read as before."""
    data = pdf_bombs.encrypted_letter(b"Dear Requester, about bruising in non-mobile infants")
    assert "Dear Requester, about bruising in non-mobile infants" in extract(data, "r.pdf").text
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    for strength in (40, 128):
        buf = io.BytesIO()
        c = canvas.Canvas(
            buf, pagesize=A4, encrypt=StandardEncryption("", "owner", strength=strength)
        )
        c.drawString(56, 700, "Dear Requester, about bruising in non-mobile infants")
        c.save()
        assert "Dear Requester, about bruising" in extract(buf.getvalue(), "r.pdf").text, strength


# -- the same documents through `foi import` and `foi build` -------------------------------


REPLY = (
    "Kent County Council\n\nDear Requester\n\nYour request about bruising in non-mobile infants.\n\n"
    "1. Yes. The protocol was reviewed in May 2023.\n2. The review note is attached.\n"
    "3. No. A paediatric assessment comes first.\n4. A leaflet for parents was added.\n"
    "5. No. The definition has not changed.\n\nYours sincerely\nKent County Council\n"
)


def test_import_of_a_pdf_bomb_fails_alone_with_its_reason(tmp_path, capsys):
    (tmp_path / "bomb.pdf").write_bytes(pdf_bombs.content_bomb())
    (tmp_path / "reply.txt").write_text(REPLY)
    data = tmp_path / "data"
    code = main(["import", str(tmp_path / "bomb.pdf"), str(tmp_path / "reply.txt"),
                 "--data-dir", str(data)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert "failed   bomb.pdf: PDF streams inflate to over 256 MB (FOI_MAX_INFLATED_MB)" in out
    records = {r.location: r for r in Archive(data).records()}
    assert records["reply.txt"].status == "ok" and records["reply.txt"].authority_code
    bomb = records["bomb.pdf"]
    assert bomb.status == "failed" and Archive(data).path_for(bomb.sha256).exists()  # kept


def test_import_of_a_document_over_the_time_limit_fails_alone(tmp_path, capsys, monkeypatch):
    """A document that takes longer than FOI_PARSE_TIMEOUT (a letter of 20,000 numbered
    lines, each different, about half a second to read, under a limit of 0.1 s) is stopped in
    its worker; the next is read as usual."""
    slow = REPLY + "\n".join(
        f"{i}. The partnership met again on day {i} about case {i * 7}." for i in range(20_000)
    )
    (tmp_path / "slow.txt").write_text(slow)
    (tmp_path / "reply.txt").write_text(REPLY)
    monkeypatch.setenv("FOI_PARSE_TIMEOUT", "0.1")
    data = tmp_path / "data"
    code = main(["import", str(tmp_path / "slow.txt"), str(tmp_path / "reply.txt"),
                 "--data-dir", str(data)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert "failed   slow.txt: took over 0.1 s to read (FOI_PARSE_TIMEOUT)" in out
    assert "stored   reply.txt" in out
    slow_record = next(r for r in Archive(data).records() if r.location == "slow.txt")
    assert Archive(data).path_for(slow_record.sha256).read_text() == slow  # nothing lost


def test_a_mailbox_whose_attachment_is_a_bomb_keeps_the_message(tmp_path):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "foi@kent.gov.uk"
    msg["To"] = "requester@example.org"
    msg["Subject"] = "RE: FOI request - bruising in non-mobile infants"
    msg["Message-ID"] = "<bomb-1@kent.gov.uk>"
    msg["Date"] = "Mon, 17 Nov 2025 08:30:00 +0000"
    msg.set_content(REPLY)
    msg.add_attachment(
        pdf_bombs.font_bomb(), maintype="application", subtype="pdf", filename="letter.pdf"
    )
    box = tmp_path / "mail"
    box.mkdir()
    (box / "reply.eml").write_bytes(msg.as_bytes())
    data = tmp_path / "data"
    assert main(["import", str(box), "--data-dir", str(data)]) == 1  # one failed
    records = list(Archive(data).records())
    message = next(r for r in records if r.extra.get("kind") == "message")
    attachment = next(r for r in records if r.extra.get("kind") == "attachment")
    assert message.status == "ok"
    assert attachment.status == "failed" and "FOI_MAX_INFLATED_MB" in (attachment.reason or "")


def test_build_reads_a_crawled_pdf_bomb_as_failed_and_goes_on(tmp_path, capsys):
    """The crawl archives what a council publishes, bombs too; the build's workers refuse it
    with its reason and build the dataset from the rest."""
    (tmp_path / "reply.txt").write_text(REPLY)
    data = tmp_path / "data"
    assert main(["import", str(tmp_path / "reply.txt"), "--data-dir", str(data)]) == 0
    bomb = pdf_bombs.encrypted_content_bomb()
    Archive(data).add(
        bomb,
        Record(
            sha256="", source="council_site", location="https://council.example/foi/bomb.pdf",
            retrieved_at=now(), media_type="pdf", size=0, status="ok", campaign="bruising-nmi-2025",
        ),
    )  # fmt: skip
    capsys.readouterr()
    assert main(["build", "--data-dir", str(data)]) == 0
    responses = pd.read_parquet(data / "dataset" / "responses.parquet")
    assert list(responses["authority_code"]) == ["E10000016"]  # Kent's reply, the bomb failed
    from foi.parse.isolate import parse_isolated

    path = tmp_path / "bomb.pdf"
    path.write_bytes(bomb)
    ((parsed, error),) = parse_isolated([(str(path), "bomb.pdf")], "bruising")
    assert parsed is None and error == "PDF streams inflate to over 256 MB (FOI_MAX_INFLATED_MB)"


def test_pdf_bombs_are_small():
    for make in (pdf_bombs.content_bomb, pdf_bombs.encrypted_content_bomb, pdf_bombs.font_bomb,
                 pdf_bombs.lzw_bomb, pdf_bombs.form_bomb, pdf_bombs.pages_bomb,
                 pdf_bombs.picture_bomb, pdf_bombs.text_bomb):  # fmt: skip
        assert len(make()) < 40_000, make.__name__
