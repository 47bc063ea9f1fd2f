"""Scanned letters: the project's own PDF letters printed to images with a little skew and
noise, saved as image-only PDFs and pictures, read back through Tesseract; the facts must
agree with those read from the original text PDFs."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from parsers import ocr
from parsers.detect import sniff
from parsers.extract import extract
from parsers.model import ParseError
from parsers.response import parse_document
from tests import builders as b
from tests.reply_builders import picture, scanned_pdf

CORPUS = Path(__file__).resolve().parent / "corpus"
# A handful of letters from both corpora: numbered and lettered questions, bold questions,
# a redirect, and a ruled question/answer table; 9 pages of OCR.
LETTERS = [
    "letters/bcp-council-a-to-e.pdf",
    "letters/wiltshire-bold-questions.pdf",
    "letters/cambridgeshire-redirect.pdf",
    "fresh_typical/middlesbrough-letter.pdf",
    "fresh_typical/kent-question-response-table.pdf",
]
ORDINALS = ("first", "second", "third")
NEEDS_TESSERACT = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="OCR needs Debian's tesseract-ocr (apt-get install tesseract-ocr tesseract-ocr-eng)",
)


@pytest.fixture(scope="module")
def readings(campaign, registry):
    """(original, scan) to_json() and meta for each letter; OCR runs once for the module."""
    out = {}
    for seed, name in enumerate(LETTERS):
        original = (CORPUS / name).read_bytes()
        scan = scanned_pdf(original, seed=seed)
        assert pdfium.PdfDocument(scan)[0].get_textpage().get_text_range().strip() == ""
        a = parse_document(original, name, campaign, registry)
        s = parse_document(scan, name, campaign, registry)
        out[name] = (a.to_json(), s.to_json(), a.meta, s.meta)
    return out


@NEEDS_TESSERACT
def test_facts_read_from_scans_agree_with_the_originals(readings):
    agree = total = 0
    misses = []
    for name, (orig, scan, _, _) in readings.items():
        for field, value in orig["fields"].items():
            total += 1
            if scan["fields"][field] == value:
                agree += 1
            else:
                misses.append(f"{name} {field}: {value!r} read as {scan['fields'][field]!r}")
    assert total >= 40
    assert agree / total >= 0.9, misses
    for orig, scan, _, _ in readings.values():
        assert scan["authority"] == orig["authority"]


@NEEDS_TESSERACT
def test_scan_is_marked_as_ocr_and_less_sure(readings):
    for orig, scan, orig_meta, scan_meta in readings.values():
        assert "ocr" not in orig_meta
        assert isinstance(scan_meta["ocr"], str) and scan_meta["ocr"].startswith("tesseract ")
        assert scan["format"] == "pdf"
        assert max(scan["confidence"].values()) <= 0.8
        mean = sum(scan["confidence"].values()) / len(scan["confidence"])
        assert mean < sum(orig["confidence"].values()) / len(orig["confidence"])


@NEEDS_TESSERACT
@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF"])
def test_pictures_of_a_letter_are_read_by_ocr(fmt, campaign, registry):
    original = (CORPUS / "letters/cambridgeshire-redirect.pdf").read_bytes()  # one page
    data = picture(original, fmt)
    assert sniff(data) == fmt.lower()  # by magic bytes, no name needed
    got = parse_document(data, None, campaign, registry)
    want = parse_document(original, None, campaign, registry).to_json()
    assert got.meta["ocr"].startswith("tesseract ") and got.format == fmt.lower()
    same = sum(got.to_json()["fields"][k] == v for k, v in want["fields"].items())
    assert same / len(want["fields"]) >= 0.8
    assert got.authority.code == want["authority"]["code"]


@NEEDS_TESSERACT
def test_scanned_letter_attached_to_an_email_is_read(campaign, registry):
    from email.message import EmailMessage

    original = (CORPUS / "letters/cambridgeshire-redirect.pdf").read_bytes()
    msg = EmailMessage()
    msg["From"] = "foi@cambridgeshire.gov.uk"
    msg["Subject"] = "FOI response: bruising in non-mobile infants"
    msg.set_content("Please find our response attached.")
    msg.add_attachment(picture(original, "PNG"), maintype="image", subtype="png", filename="a.png")
    msg.add_attachment(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png")  # junk
    got = parse_document(msg.as_bytes(), "reply.eml", campaign, registry)
    assert got.format == "png" and got.meta["ocr"].startswith("tesseract ")
    assert got.meta["subject"].startswith("FOI response")  # the email's provenance kept
    assert got.authority.code == "E10000003"  # Cambridgeshire, read from the scan
    assert max(c.confidence for c in got.fields.values()) <= 0.8


def test_scanned_pdf_is_refused_clearly_without_tesseract(monkeypatch, campaign, registry):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(ParseError) as err:
        parse_document(b.image_only_pdf(), "scan.pdf", campaign, registry)
    message = str(err.value)
    assert "no text layer" in message and "tesseract-ocr" in message and "\n" not in message
    with pytest.raises(ParseError, match="tesseract-ocr"):
        extract(picture(b.pdf([["Dear Requester,"]]), "PNG"), "scan.png")


def test_text_pdf_with_a_picture_page_is_read_without_tesseract(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    text = b.pdf([["Dear Requester,", "1. Was there a review? Yes, in March 2023."]])
    merged = pdfium.PdfDocument(text)
    merged.import_pages(pdfium.PdfDocument(b.image_only_pdf()))
    buf = io.BytesIO()
    merged.save(buf)
    doc = extract(buf.getvalue(), "letter.pdf")
    assert "Yes, in March 2023." in doc.text and "ocr" not in doc.meta


@NEEDS_TESSERACT
def test_blank_scan_and_damaged_pictures_give_one_line_reasons():
    with pytest.raises(ParseError, match="OCR found no text"):
        extract(b.image_only_pdf(), "scan.pdf")
    png = picture(b.pdf([["Dear Requester,"]]), "PNG")
    for bad in (png[:200], png[:-5000], b"\x89PNG\r\n\x1a\n" + bytes(100)):
        with pytest.raises(ParseError) as err:
            extract(bad, "scan.png")
        assert "\n" not in str(err.value)
    tiny = io.BytesIO()
    Image.new("L", (120, 40), 255).save(tiny, "PNG")  # a logo, not a page
    with pytest.raises(ParseError, match="too small"):
        extract(tiny.getvalue())


@NEEDS_TESSERACT
def test_ocr_is_bounded_by_pages_and_time(monkeypatch):
    pages = [[f"The {n} page of the letter says the review took place."] for n in ORDINALS]
    scan = scanned_pdf(b.pdf(pages, footer=False))
    monkeypatch.setenv("FOI_OCR_MAX_PAGES", "2")
    doc = extract(scan, "scan.pdf")
    assert "second page" in doc.text and "third page" not in doc.text
    assert "1 scanned pages over FOI_OCR_MAX_PAGES=2" == doc.meta["ocr_skipped"]
    monkeypatch.setenv("FOI_OCR_PAGE_TIMEOUT", "0.001")
    with pytest.raises(ParseError, match="FOI_OCR_PAGE_TIMEOUT"):
        extract(scan, "scan.pdf")
    assert ocr.max_pages() == 2
