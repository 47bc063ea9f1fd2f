"""Recognise a document's format from its bytes; the file name is only a hint."""

from __future__ import annotations

import codecs
import re
import zipfile
from io import BytesIO

from charset_normalizer import from_bytes

from parsers.model import ParseError

_EXTENSIONS = {
    "pdf": "pdf",
    "docx": "docx",
    "eml": "eml",
    "msg": "msg",
    "htm": "html",
    "html": "html",
    "txt": "txt",
    "text": "txt",
    "png": "png",
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "tif": "tiff",
    "tiff": "tiff",
}
# Scanned letters sent as pictures, read by OCR (parsers/ocr.py).
_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
_EMAIL_HEADER = re.compile(
    rb"^(?:From|To|Subject|Date|Message-ID|MIME-Version|Received|Return-Path|Content-Type):",
    re.I | re.M,
)


def format_from_name(name: str | None) -> str | None:
    if not name or "." not in name:
        return None
    return _EXTENSIONS.get(name.rsplit(".", 1)[1].lower())


def sniff(data: bytes, name: str | None = None) -> str:
    """The format of `data`: pdf, docx, msg, eml, html, json (an Alaveteli request thread),
    txt, or an image (png, jpeg, tiff); ParseError if none fits."""
    hinted = format_from_name(name)
    if not data.strip():
        raise ParseError("empty file")
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError) as exc:
            raise ParseError(f"damaged zip archive ({exc})") from None
        if "word/document.xml" in names:
            return "docx"
        raise ParseError("zip archive that is not a Word (.docx) document")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if hinted == "msg" or b"_\x00_\x00s\x00u\x00b\x00s\x00t\x00g" in data[:65536]:
            return "msg"
        raise ParseError("legacy Office file (.doc/.xls); save it as .docx or PDF")
    for magic, image in _IMAGE_MAGIC:
        if head.startswith(magic):
            return image
    if hinted in ("pdf", "docx"):
        raise ParseError(f"named .{hinted} but the content is not a {hinted.upper()} file")
    sample = head.lstrip(codecs.BOM_UTF8).lstrip()
    if sample.startswith(b"{") and b'"events"' in data and b'"incoming"' in data:
        return "json"  # an Alaveteli request thread
    if sample.startswith(b"From ") and len(_EMAIL_HEADER.findall(data[:4096])) >= 2:
        return "eml"  # one message saved from an mbox, with its "From " separator line
    if re.match(rb"(?i)<!doctype html|<html|<\?xml[^>]*>\s*<html", sample):
        return "html"
    if len(_EMAIL_HEADER.findall(data[:4096])) >= 2 and re.match(rb"[\w-]+:", sample):
        return "eml"
    if hinted == "html" or len(re.findall(rb"(?i)</?(?:p|div|br|table|li|h\d)\b", head)) >= 3:
        return "html"
    if b"\x00" in head and not (
        head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE)
    ):
        raise ParseError("binary content of an unrecognised type")
    return "txt"


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to str: BOM, declared charset, UTF-8, then detection; ParseError if unsure."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(
        data, cp_isolation=["cp1252", "iso-8859-1", "iso-8859-15", "utf-16", "mac_roman"]
    ).best()
    if best is None or best.chaos > 0.2:
        raise ParseError("text in an unknown encoding (not UTF-8, Windows-1252 or Latin-1)")
    return str(best)
