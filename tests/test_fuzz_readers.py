"""Fuzzing each reader (issue 15): mutated bytes of a small valid document of each format
(PDF, DOCX, HTML, EML, Outlook .msg, text), read as `foi parse` reads them. Every read must
end with a result or a ParseError whose message is one line, never another exception and
never a hang (a per-example deadline of PER_EXAMPLE seconds, enforced by a timer signal).

A short budget runs in CI: FUZZ_EXAMPLES examples per reader (50; about half a minute in
all on two cores), the same examples each run. `FOI_FUZZ_EXAMPLES=2000 pytest
tests/test_fuzz_readers.py` runs longer, with fresh random examples each time. Inputs are
kept under MAX_SIZE bytes. OCR is left out (Tesseract is not ours to fuzz, and is slow): a
page without text is refused as it is where Tesseract is missing.
"""

from __future__ import annotations

import io
import os
import signal
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foi.campaigns.campaign import load_campaign
from foi.reference.registry import Registry
from parsers.model import ParseError
from parsers.response import parse_document
from tests import builders
from tests.reply_builders import make_msg

LONG_RUN = os.environ.get("FOI_FUZZ_EXAMPLES")
FUZZ_EXAMPLES = int(LONG_RUN or 50)
PER_EXAMPLE = 20.0  # seconds; a read takes milliseconds
MAX_SIZE = 64 * 1024
CAMPAIGN, REGISTRY = load_campaign(), Registry.load()

LETTER = [
    "Kent County Council",
    "Dear Requester",
    "Your request about bruising in non-mobile infants.",
    "1. Was there a review of the protocol? Yes. It was reviewed in May 2023.",
    "2. Were papers published? The review note is attached.",
    "3. Is s47 used in all cases? No. A paediatric assessment comes first.",
    "4. What changed? A leaflet for parents was added, see https://www.kent.gov.uk/bruising",
    "5. Has the definition changed? No.",
    "Yours sincerely",
    "Kent County Council",
]
TEXT = "\n\n".join(LETTER).encode()
HTML = (
    "<html><head><title>FOI response: bruising in non-mobile infants</title></head><body><main>"
    f"<h1>{LETTER[0]}</h1><p>{LETTER[1]}</p><ol start='1'>"
    + "".join(
        f"<li><b>{line.split('?')[0]}?</b> {line.split('?')[-1]}</li>" for line in LETTER[3:8]
    )
    + "</ol><table><tr><td>1</td><td>Yes</td></tr></table>"
    f"<p>{LETTER[8]}</p><a href='https://www.kent.gov.uk/bruising'>leaflet</a></main></body></html>"
).encode()


def _eml() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Kent County Council <foi@kent.gov.uk>"
    msg["To"] = "requester@example.org"
    msg["Subject"] = "RE: FOI 4117 - bruising in non-mobile infants"
    msg["Date"] = "Mon, 17 Nov 2025 08:30:00 +0000"
    msg["Message-ID"] = "<fuzz@kent.gov.uk>"
    msg.set_content("\n\n".join(LETTER))
    msg.add_alternative(HTML.decode(), subtype="html")
    msg.add_attachment(TEXT, maintype="text", subtype="plain", filename="reply.txt")
    return msg.as_bytes()


def _docx() -> bytes:
    body = "".join(builders.para(line) for line in LETTER[:3])
    body += builders.table([[str(n), line] for n, line in enumerate(LETTER[3:8], start=1)])
    body += "".join(builders.para(line) for line in LETTER[8:])
    return builders.docx(body, header="Kent County Council | FOI 4117")


SEEDS: dict[str, tuple[str, Callable[[], bytes], list[bytes]]] = {
    # reader: (file name, the valid document, tokens worth inserting)
    "pdf": (
        "reply.pdf",
        lambda: builders.pdf([LETTER[:5], LETTER[5:]]),
        [
            b"/FlateDecode",
            b"/LZWDecode",
            b" 0 obj",
            b" 0 R",
            b"stream\n",
            b"endstream",
            b"<<",
            b">>",
            b"[",
            b"(",
            b"\\",
            b"/Kids [3 0 R 3 0 R]",
            b"/Length 99999999",
            b"BI",
            b" Do",
            b"Tj",
            b"%%EOF",
            b"xref",
            b"trailer",
        ],
    ),  # fmt: skip
    "docx": (
        "reply.docx",
        _docx,
        [
            b"<w:p>",
            b"</w:p>",
            b"<w:tbl>",
            b'<w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr>',
            b'<!DOCTYPE x [<!ENTITY a "aaaa">]>',
            b"&a;",
            b"<w:t>",
            b"</w:t>",
            b'w:val="-1"',
        ],
    ),  # fmt: skip
    "html": (
        "reply.html",
        lambda: HTML,
        [
            b"<ol type='a' start='2000000'>",
            b"<li>",
            b"<table>",
            b"<td colspan='9999'>",
            b"<!--",
            b"-->",
            b"<script>",
            b"<meta charset='utf-16'>",
            b"&#0;",
            b"<br>" * 8,
        ],
    ),  # fmt: skip
    "eml": (
        "reply.eml",
        _eml,
        [
            b'\nContent-Type: multipart/mixed; boundary="x"\n',
            b"--x\n",
            b"=?utf-8?b?",
            b"?=",
            b"Content-Transfer-Encoding: base64\n",
            b"\n\n",
            b"> ",
            b'charset="utf-7"',
        ],
    ),  # fmt: skip
    "msg": (
        "reply.msg",
        lambda: make_msg(body="\r\n\r\n".join(LETTER)),
        [b"\x00" * 8, b"\xff" * 8, b"IPM.Note", b"__substg1.0_"],
    ),
    "txt": (
        "reply.txt",
        lambda: TEXT,
        [b"1. ", b"\n\n", b"Question 9", b"https://", b"@", b"\x00", b"\xff\xfe", b"a" * 200],
    ),  # fmt: skip
}


@st.composite
def mutated(draw: Any, seed: bytes, tokens: list[bytes]) -> bytes:
    """The seed with a few random edits: bytes changed, inserted (random, or tokens the
    format gives meaning to), deleted, repeated, or the end cut off."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["set", "insert", "token", "delete", "repeat", "cut"]))
        pos = draw(st.integers(0, len(data)))
        if op == "set" and data:
            data[min(pos, len(data) - 1)] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=32))
        elif op == "token":
            data[pos:pos] = draw(st.sampled_from(tokens))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 512))]
        elif op == "repeat":
            chunk = data[pos : pos + draw(st.integers(1, 2048))]
            data[pos:pos] = chunk * draw(st.integers(1, 16))
        elif op == "cut":
            del data[pos:]
    return bytes(data[:MAX_SIZE])


@st.composite
def mutated_zip(draw: Any, seed: bytes, tokens: list[bytes]) -> bytes:
    """A DOCX whose parts are mutated inside a valid ZIP (or, now and then, the ZIP's own
    bytes), so the XML readers see the damage."""
    if draw(st.booleans()) and draw(st.booleans()):
        return draw(mutated(seed, tokens))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed)) as src, zipfile.ZipFile(out, "w") as dst:
        names = src.namelist()
        target = draw(st.sampled_from([n for n in names if n.endswith(".xml")]))
        for item in src.infolist():
            part = src.read(item)
            dst.writestr(item, draw(mutated(part, tokens)) if item.filename == target else part)
    return out.getvalue()[:MAX_SIZE]


class Hang(BaseException):
    """A read over the per-example deadline (BaseException: no reader may swallow it)."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def expired(signum: int, frame: object) -> None:
        raise Hang(f"a read took over {seconds:g} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def read_or_refuse(data: bytes, name: str) -> None:
    """A result, or a ParseError of one line: anything else fails the example."""
    with deadline(PER_EXAMPLE), mock.patch("parsers.ocr.available", return_value=False):
        try:
            parse_document(data, name, CAMPAIGN, REGISTRY)
        except ParseError as exc:
            message = str(exc)
            assert message.strip() and "\n" not in message, repr(message)


FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,  # the timer above is the deadline; Hypothesis's own would flake on 2 cores
    derandomize=not LONG_RUN,  # CI: the same examples every run
    database=None,  # nothing written beside the tests
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_every_seed_reads():
    """The unmutated documents read as replies, so the fuzzing starts from real input."""
    for reader, (name, make, _) in SEEDS.items():
        parsed = parse_document(make(), name, CAMPAIGN, REGISTRY)
        assert parsed.answers, reader


def fuzz_target(reader: str) -> Callable[[], None]:
    name, make, tokens = SEEDS[reader]
    seed = make()
    strategy = mutated_zip(seed, tokens) if reader == "docx" else mutated(seed, tokens)

    @FUZZ
    @given(data=strategy)
    def target(data: bytes) -> None:
        read_or_refuse(data, name)

    target.__name__ = f"test_fuzz_{reader}"
    return target


test_fuzz_pdf = fuzz_target("pdf")
test_fuzz_docx = fuzz_target("docx")
test_fuzz_html = fuzz_target("html")
test_fuzz_eml = fuzz_target("eml")
test_fuzz_msg = fuzz_target("msg")
test_fuzz_txt = fuzz_target("txt")


def test_a_hang_is_caught_by_the_deadline():
    """The deadline itself works (a read that never ends would fail the example)."""
    with pytest.raises(Hang), deadline(0.05):
        while True:
            pass


def test_a_reason_quoted_from_a_library_is_one_line():
    """Found by the DOCX target: lxml's message for a NUL in document.xml has a line break."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            part = src.read(item)
            dst.writestr(item, b"<\x00" + part if item.filename == "word/document.xml" else part)
    with pytest.raises(ParseError) as err:
        parse_document(out.getvalue(), "reply.docx", CAMPAIGN, REGISTRY)
    assert "not well-formed XML" in str(err.value) and "\n" not in str(err.value)


def test_an_email_whose_from_header_the_email_package_cannot_parse_is_read():
    """Found by the EML target: a NUL after "From:" makes Python's email package raise
    AttributeError when the header is read; the message is read without it."""
    data = (
        b'From:\x00Content-Type: multipart/mixed; boundary="x"\n Kent <foi@kent.gov.uk>\n'
        b"Subject: RE: FOI 4117\n\n" + TEXT
    )
    parsed = parse_document(data, "reply.eml", CAMPAIGN, REGISTRY)
    assert parsed.answers
