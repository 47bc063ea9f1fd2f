"""Replies in the forms that need a builder: Outlook .msg files, written with extract-msg's
own OLE writer, and scanned letters, the project's own PDF letters printed to images with a
little skew and noise. Shared by test_msg.py, test_ocr.py and the generated mailbox
(mailbox_fixture.py)."""

from __future__ import annotations

import io
import random
import struct
import time
from datetime import UTC, datetime

import compressed_rtf  # installed with extract-msg, which reads what it compresses
import pypdfium2 as pdfium
from extract_msg.ole_writer import OleWriter
from PIL import Image, ImageDraw

# --- a small .msg writer: the MS-OXMSG streams extract-msg (and Outlook) read --------------

SENDER = ("Information Compliance", "foi@norfolk.gov.uk")
DATE = datetime(2025, 11, 21, 9, 30, tzinfo=UTC)
REPLY = (
    "Dear Requester,\r\n\r\n"
    "Please find attached our response to your request about bruising in non-mobile "
    "infants.\r\n\r\nKind regards\r\nInformation Compliance Team\r\n\r\n"
    "On 7 Nov 2025, at 10:02, A Requester wrote:\r\n"
    "> 1. Was there a review of your protocol?\r\n"
    "> 2. Were the review papers published?\r\n"
)


def _prop(tag: int, value: int) -> bytes:
    """One fixed-length entry of a __properties_version1.0 stream (readable, writable)."""
    return struct.pack("<IIQ", tag, 6, value)


def _filetime(when: datetime) -> int:
    return int((when - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def make_msg(
    *,
    subject: str = "RE: FOI 25/08841 bruising in non-mobile infants",
    sender: tuple[str, str] = SENDER,
    body: str | None = REPLY,
    html: bytes | None = None,
    rtf: bytes | None = None,
    attachments: tuple[tuple[str, bytes], ...] = (),
    headers: bool = True,
    message_class: str = "IPM.Note",
    date: datetime = DATE,
) -> bytes:
    w = OleWriter()
    strings = {"001A": message_class, "0037": subject, "0C1A": sender[0], "5D01": sender[1]}
    if body is not None:
        strings["1000"] = body
    if headers:  # the transport headers Outlook keeps for a message it received
        strings["007D"] = (
            f"From: {sender[0]} <{sender[1]}>\r\nSubject: {subject}\r\n"
            f"Date: {date.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\nMIME-Version: 1.0\r\n\r\n"
        )
    for prop, text in strings.items():
        w.addEntry(f"__substg1.0_{prop}001F", text.encode("utf-16-le"))
    if html is not None:
        w.addEntry("__substg1.0_10130102", html)
    if rtf is not None:
        w.addEntry("__substg1.0_10090102", compressed_rtf.compress(rtf, compressed=True))
    props = [
        _prop(0x340D0003, 0x40000),  # the store holds Unicode strings
        _prop(0x0E070003, 1),  # message flags: read, sent
        _prop(0x00390040, _filetime(date)),  # client submit time
    ]
    n = len(attachments)
    w.addEntry("__properties_version1.0", struct.pack("<8xIIII8x", 0, n, 0, n) + b"".join(props))
    w.addEntry("__nameid_version1.0", storage=True)
    for guid in ("00020102", "00030102", "00040102"):
        w.addEntry(f"__nameid_version1.0/__substg1.0_{guid}", b"")
    for i, (name, data) in enumerate(attachments):
        folder = f"__attach_version1.0_#{i:08X}"
        w.addEntry(folder, storage=True)
        w.addEntry(f"{folder}/__substg1.0_3707001F", name.encode("utf-16-le"))
        w.addEntry(f"{folder}/__substg1.0_37010102", data)
        attach_props = _prop(0x37050003, 1) + _prop(0x0E210003, i)  # by value; its number
        w.addEntry(f"{folder}/__properties_version1.0", bytes(8) + attach_props)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


# --- scanned letters -----------------------------------------------------------------------

SCANNED_AT = time.gmtime(1763368200)  # a fixed date in the PDF's Info: the same bytes each run


def scan_pages(pdf: bytes, *, dpi: int = 200, seed: int = 0) -> list[Image.Image]:
    """Each page as an office scanner gives it: grey, turned by about a degree, with dust."""
    rng = random.Random(seed)
    doc = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            angle = rng.choice((-1, 1)) * rng.uniform(0.7, 1.2)
            image = image.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
            draw = ImageDraw.Draw(image)
            for _ in range(1000):  # specks of one or two pixels, grey to black
                x, y = rng.randrange(image.width), rng.randrange(image.height)
                size = rng.randrange(2)
                draw.rectangle((x, y, x + size, y + size), fill=rng.randrange(0, 120))
            pages.append(image)
    finally:
        doc.close()
    return pages


def scanned_pdf(pdf: bytes, *, dpi: int = 200, seed: int = 0) -> bytes:
    """An image-only PDF of the letter, as a scanner saves it (no text layer)."""
    pages = scan_pages(pdf, dpi=dpi, seed=seed)
    buf = io.BytesIO()
    pages[0].save(
        buf, "PDF", save_all=True, append_images=pages[1:], resolution=dpi,
        creationDate=SCANNED_AT, modDate=SCANNED_AT,
    )  # fmt: skip
    return buf.getvalue()


def picture(pdf: bytes, fmt: str, *, dpi: int = 200, seed: int = 0) -> bytes:
    """The letter as a picture: PNG or JPEG of its first page, or a multi-page TIFF."""
    pages = scan_pages(pdf, dpi=dpi, seed=seed)
    buf = io.BytesIO()
    if fmt == "TIFF":
        pages[0].save(buf, fmt, save_all=True, append_images=pages[1:], dpi=(dpi, dpi))
    else:
        pages[0].save(buf, fmt, dpi=(dpi, dpi))
    return buf.getvalue()
