"""Outlook .msg: real messages from ../shared/formats/, synthetic ones written with
extract-msg's own OLE writer (tests/reply_builders.py), and damaged ones made from both."""

from __future__ import annotations

import io
import random
from email.message import EmailMessage
from pathlib import Path

import pytest
from extract_msg.ole_writer import OleWriter

from foi.cli import main
from parsers.detect import sniff
from parsers.eml import read_eml
from parsers.extract import extract
from parsers.model import Document, ParseError
from parsers.msg import read_msg
from parsers.response import parse_document
from tests.reply_builders import DATE, REPLY, SENDER, make_msg

FORMATS = Path(__file__).resolve().parent.parent.parent / "shared" / "formats"
LETTER = Path(__file__).resolve().parent / "corpus" / "letters" / "norfolk-q-and-a-letter.pdf"


def shared(name: str) -> bytes:
    path = FORMATS / name
    if not path.exists():
        pytest.skip(f"{path} is absent (real .msg files live in ../shared/formats/)")
    return path.read_bytes()


def make_eml(*, attachments: tuple[tuple[str, bytes], ...] = ()) -> bytes:
    """The same message as make_msg()'s default, as an .eml."""
    msg = EmailMessage()
    msg["From"] = f"{SENDER[0]} <{SENDER[1]}>"
    msg["Subject"] = "RE: FOI 25/08841 bruising in non-mobile infants"
    msg["Date"] = DATE.strftime("%a, %d %b %Y %H:%M:%S +0000")
    msg.set_content(REPLY.replace("\r\n", "\n"))
    for name, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg.as_bytes()


def shape(doc: Document) -> list[tuple[str, str, bool]]:
    return [(b.text, b.kind, b.quote) for b in doc.blocks]


# --- real files ----------------------------------------------------------------------------


def test_real_msg_with_attachments_gives_sender_date_subject_body_and_files():
    data = shared("unicode.msg")
    assert sniff(data) == "msg"  # recognised by content, no name needed
    doc = extract(data)
    assert doc.format == "msg"
    assert doc.meta["subject"] == "Test for TIF files"
    assert doc.meta["from"] == "Brian Zhou <brizhou@gmail.com>"
    assert doc.meta["date"] == "Mon, 18 Nov 2013 10:26:24 +0200"
    assert doc.meta["sender_domain"] == "gmail.com"
    assert "experiment with the MS Outlook MSG Extractor" in doc.text
    assert [(name, len(data)) for name, data in doc.attachments] == [
        ("import OleFileIO.tif", 969674),
        ("raised value error.tif", 1033142),
    ]
    assert all(data.startswith(b"II*\x00") for _, data in doc.attachments)  # real TIFFs


def test_real_msg_draft_without_sender_or_date_is_still_read():
    doc = extract(shared("strangeDate.msg"), "strangeDate.msg")
    assert doc.meta["subject"] == "MSG Test File"
    # A draft never sent: no sender and no send date, and none is invented.
    assert doc.meta["from"] == "" and doc.meta["date"] == ""
    assert "sender_domain" not in doc.meta
    assert '"John Doe" for males' in doc.text
    assert "http://www.online-convert.com" in " ".join(doc.links)


@pytest.mark.parametrize("name", ["unicode.msg", "strangeDate.msg"])
def test_damaged_real_msg_gives_one_line_parse_error(name):
    data = shared(name)
    rng = random.Random(9)
    damaged = [data[:n] for n in (600, 2048, 4096, len(data) // 2, len(data) - 700)]
    for _ in range(12):  # bytes overwritten in the header, the FAT and the directory
        copy = bytearray(data)
        start = rng.randrange(0, min(len(data), 8192))
        copy[start : start + 64] = rng.randbytes(64)
        damaged.append(bytes(copy))
    damaged.append(data[:512] + bytes(len(data) - 512))  # everything after the header zeroed
    refused = 0
    for bad in damaged:
        try:
            extract(bad, name)  # some damage leaves a readable message: that is fine
        except ParseError as exc:
            refused += 1
            assert "\n" not in str(exc) and str(exc)
    assert refused >= len(damaged) // 2


def test_foi_parse_of_a_truncated_msg_exits_2_with_one_line(tmp_path, capsys):
    path = tmp_path / "reply.msg"
    path.write_bytes(make_msg()[:3000])
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and ".msg" in err


# --- synthetic messages --------------------------------------------------------------------


def test_synthetic_msg_reads_like_the_same_eml():
    msg, eml = read_msg(make_msg()), read_eml(make_eml())
    assert msg.format == "msg"
    for key in ("subject", "from", "date", "sender_domain"):
        assert msg.meta[key] == eml.meta[key], key
    assert shape(msg) == shape(eml)
    assert any(b.quote for b in msg.blocks)  # the quoted request is told apart
    assert not any(b.quote for b in msg.blocks if "Please find attached" in b.text)


def test_msg_without_transport_headers_takes_date_and_sender_from_properties():
    doc = read_msg(make_msg(headers=False))
    assert doc.meta["date"] == "Fri, 21 Nov 2025 09:30:00 +0000"
    assert doc.meta["from"] == "Information Compliance <foi@norfolk.gov.uk>"
    assert doc.meta["sender_domain"] == "norfolk.gov.uk"


def test_html_body_is_read_when_there_is_no_plain_text():
    html = (
        b"<html><body><p>Dear Requester,</p><p>Our answers are below. "
        b'See <a href="https://www.norfolk.gov.uk/safeguarding">our protocol</a>.</p>'
        b"<p>From: A Requester<br>Sent: 7 November 2025</p>"
        b"<p>1. Was there a review? See https://example.org/mine</p></body></html>"
    )
    doc = read_msg(make_msg(body=None, html=html))
    assert "Our answers are below." in doc.text
    assert [b.quote for b in doc.blocks if b.kind != "furniture"] == [False, False, True, True]
    assert doc.links == ["https://www.norfolk.gov.uk/safeguarding"]  # the requester's left out


@pytest.mark.parametrize(
    "rtf, kind",
    [
        (
            rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0\fswiss Arial;}}"
            rb"{\*\htmltag19 <html>}{\*\htmltag34 <body>}"
            rb"{\*\htmltag64 <p>}Dear Requester,{\*\htmltag72 </p>}\htmlrtf \par \htmlrtf0 "
            rb"{\*\htmltag64 <p>}1. Was there a review? Yes, in March 2023.{\*\htmltag72 </p>}"
            rb"\htmlrtf \par \htmlrtf0 {\*\htmltag42 </body>}{\*\htmltag27 </html>}}",
            "html",
        ),
        (
            rb"{\rtf1\ansi\ansicpg1252\fromtext \deff0{\fonttbl{\f0\fswiss Arial;}}"
            rb"Dear Requester,\par\par 1. Was there a review? Yes, in March 2023.\par}",
            "text",
        ),
    ],
)
def test_rtf_only_body_is_de_encapsulated(rtf, kind):
    doc = read_msg(make_msg(body=None, rtf=rtf))
    texts = [b.text for b in doc.blocks if b.kind != "furniture"]
    assert texts == ["Dear Requester,", "1. Was there a review? Yes, in March 2023."], kind


def test_reply_with_attached_letter_goes_the_eml_path(campaign, registry):
    letter = ("FOI-25-08841-response.pdf", LETTER.read_bytes())
    msg = parse_document(make_msg(attachments=(letter,)), "reply.msg", campaign, registry)
    eml = parse_document(make_eml(attachments=(letter,)), "reply.eml", campaign, registry)
    alone = parse_document(letter[1], letter[0], campaign, registry)
    assert msg.to_json()["fields"] == eml.to_json()["fields"] == alone.to_json()["fields"]
    assert msg.authority.code == eml.authority.code == alone.authority.code is not None
    assert msg.meta["subject"].startswith("RE: FOI 25/08841")  # the email's provenance kept
    assert len(msg.answers) == len(alone.answers) >= 4


def test_embedded_msg_attachment_is_passed_on_as_an_msg():
    inner = make_msg(subject="Fwd: the partnership's answers")
    outer = read_msg(make_msg(attachments=(("forwarded.msg", inner),)))
    (name, data), *_ = outer.attachments
    assert name == "forwarded.msg" and read_msg(data).meta["subject"].startswith("Fwd:")


def test_msg_with_no_body_and_no_attachment_is_refused():
    with pytest.raises(ParseError, match="no text, HTML or RTF body"):
        read_msg(make_msg(body=None))


def test_outlook_item_that_is_not_an_email_is_refused():
    with pytest.raises(ParseError, match="not an email") as err:
        read_msg(make_msg(message_class="IPM.Contact"))
    assert "\n" not in str(err.value)


def test_ole_file_that_is_not_an_msg_is_refused():
    w = OleWriter()
    w.addEntry("WordDocument", b"\x00" * 4096)
    out = io.BytesIO()
    w.write(out)
    with pytest.raises(ParseError) as err:
        extract(out.getvalue(), "letter.msg")  # named .msg, but a Word 97 file inside
    assert "\n" not in str(err.value)
