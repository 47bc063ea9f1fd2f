"""PDF letters, read with pypdfium2 (PDFium), then running headers and footers removed.

pypdfium2 rather than pdfplumber: the same reading order on letter-style PDFs at a fraction
of the time (benchmarks/parse.py prints both), and PDFium copes with damaged files that
pdfminer rejects. Layout details pdfplumber offers (fonts, boxes) are not needed: questions
are found by their wording, not their boldness.
"""

from __future__ import annotations

import re
from collections import Counter

import pypdfium2 as pdfium

from parsers import pdfbounds
from parsers.lines import lines_to_blocks
from parsers.model import Block, Document, ParseError
from parsers.urls import find_urls

PAGE_NO = re.compile(
    r"(?i)^\s*(?:page\s*)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$|\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b|^\s*-?\s*\d{1,3}\s*-?\s*$"
    # a continuation header on the later pages only: "WBC-FOI-0046712 (continued)"
    r"|^.{0,60}\((?:continued|cont(?:'|’)?d\.?)\)\s*$"
)
EDGE = 3  # lines at the top and bottom of a page where running headers and footers live


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise ParseError("PDF is encrypted (password-protected)") from None
        raise ParseError(f"damaged or truncated PDF ({exc})") from None


def page_texts(
    data: bytes,
    plan: pdfbounds.Plan | None = None,
    meta: dict[str, str] | None = None,
    max_chars: int | None = None,
) -> list[str]:
    """The text layer of each page that fits the limits (parsers/pdfbounds.py), checked
    before PDFium opens the file; the pages left unread are noted in `meta`."""
    plan = plan or pdfbounds.check(data)
    pdf = _open(data)
    try:
        if plan.locked or plan.unchecked:
            # The empty password opens it after all: PDFium could read what the check cannot.
            reason = plan.unchecked or "the empty password opens it for PDFium only"
            raise ParseError(f"PDF is encrypted in a way that cannot be checked ({reason})")
        n = len(pdf)
        readable, why = plan.readable(n)
        if why and readable == 0:
            raise ParseError(f"PDF not read: {why}")
        if why and meta is not None:
            meta["pages_skipped"] = f"{n - readable} of {n} pages not read: {why}"
        out: list[str] = []
        chars = 0
        for i in range(readable):
            page = pdf[i]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
            chars += len(out[-1])
            if max_chars is not None and chars > max_chars:
                raise ParseError(
                    f"{chars:,} characters of text by page {i + 1}, over the {max_chars:,} "
                    "limit (FOI_MAX_CHARS)"
                )
        return out
    except pdfium.PdfiumError as exc:
        raise ParseError(f"damaged PDF page ({exc})") from None
    finally:
        pdf.close()


def _shape(line: str) -> str:
    """A line's shape for finding running headers: numbers, spacing and punctuation aside,
    which OCR reads differently from page to page ("reply." on one, "reply" on the next)."""
    return re.sub(r"\d+", "#", re.sub(r"[\W_]+", "", line.lower())) or line.strip()


def strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """Remove 'Page N of M' and lines repeated at the top or bottom of several pages."""
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {_shape(x) for x in lines[:EDGE] + lines[-EDGE:] if x.strip()}
        counts.update(edge)
    repeated = {s for s, n in counts.items() if n >= 2 and len(pages) >= 2}
    kept, furniture = [], []
    for lines in pages:
        body = []
        for i, line in enumerate(lines):
            at_edge = i < EDGE or i >= len(lines) - EDGE
            if PAGE_NO.search(line) and len(line) < 140 or (at_edge and _shape(line) in repeated):
                furniture.append(line.strip())
                continue
            body.append(line)
        kept.append(body)
    return kept, furniture


def read_pdf(data: bytes, max_chars: int | None = None) -> Document:
    plan = pdfbounds.check(data)
    meta: dict[str, str] = {}
    texts = page_texts(data, plan, meta, max_chars)
    if blank := [i for i, t in enumerate(texts) if not t.strip()]:
        texts = _ocr_blank_pages(data, texts, blank, meta, plan)
    return pages_to_document(texts, "pdf", meta)


def _ocr_blank_pages(
    data: bytes,
    texts: list[str],
    blank: list[int],
    meta: dict[str, str],
    plan: pdfbounds.Plan | None = None,
) -> list[str]:
    """Pages with no text layer are scans (a letter printed, signed and scanned): read them
    with Tesseract where it is installed. A PDF that is only scans is refused without it; a
    text PDF with a blank or picture page is read as before."""
    from parsers import ocr  # Pillow and pytesseract are loaded only when a scan comes

    scanned_only = len(blank) == len(texts)
    if not ocr.available():
        if scanned_only:
            raise ParseError(f"PDF has no text layer (a scanned image?); {ocr.INSTALL}")
        return texts
    read = ocr.read_pdf_pages(data, blank, meta, plan)
    texts = [read.get(i, t) for i, t in enumerate(texts)]
    if any(read.get(i, "").strip() for i in blank):
        meta["ocr"] = ocr.version()
    elif scanned_only and meta.get("ocr_skipped") and not read:
        raise ParseError(f"scanned PDF not read: {meta['ocr_skipped']}")
    elif scanned_only:
        raise ParseError(
            "PDF has no text layer and OCR found no text in it (a blank or unreadable scan?)"
        )
    return texts


def pages_to_document(
    texts: list[str], fmt: str = "pdf", meta: dict[str, str] | None = None
) -> Document:
    """Pages of text (a text layer or OCR's reading) to blocks, running headers removed."""
    # "\x02" is PDFium's soft hyphen; "\x0c" ends each page Tesseract reads.
    clean = str.maketrans({"\r": "\n", "\x02": "-", "\x0c": ""})
    pages = [t.replace("\r\n", "\n").translate(clean).split("\n") for t in texts]
    if not any(ln.strip() for lines in pages for ln in lines):
        raise ParseError("no text found in the document")
    pages, furniture = strip_furniture(pages)
    # One stream of lines, so a paragraph that crosses a page break is joined again.
    lines: list[str] = []
    starts: list[int] = []
    for lines_of_page in pages:
        starts.append(len(lines))
        lines.extend(lines_of_page)
    blocks = lines_to_blocks(lines, wrapped=True)
    _locate(blocks, pages)
    furn = [Block(text=t, kind="furniture") for t in dict.fromkeys(furniture)]
    return Document(
        format=fmt,
        blocks=blocks + furn,
        links=find_urls(b.text for b in blocks),
        meta=dict(meta or {}),
    )


def _locate(blocks: list[Block], pages: list[list[str]]) -> None:
    """Record the page each block starts on, for citing."""
    page_of_line = [
        (n + 1, ln.strip()) for n, lines in enumerate(pages) for ln in lines if ln.strip()
    ]
    i = 0
    for b in blocks:
        head = b.text.split("\n")[0][:30]
        while i < len(page_of_line) and not b.text.startswith(page_of_line[i][1][:30].strip()):
            i += 1
        if i < len(page_of_line):
            b.where = f"page {page_of_line[i][0]}"
        else:
            i = 0
        del head
