"""Scanned letters (pages with no text layer, and PNG/JPEG/TIFF pictures) read with Tesseract.

pytesseract rather than OCRmyPDF: the parser needs only the text, not a new PDF with a text
layer. pytesseract is one small pure-Python package that runs Debian's `tesseract` binary,
and pages are rendered with pypdfium2, which the project already uses to read PDFs (Pillow,
pytesseract's only dependency, comes with it). OCRmyPDF would add pikepdf, pdfminer.six and
more from PyPI, and Ghostscript from Debian, to make output the parser throws away.

Bounded: at most FOI_OCR_MAX_PAGES pages (default 30) per document, each within
FOI_OCR_PAGE_TIMEOUT seconds (default 120), rendered at 300 dpi and never above MAX_PIXELS.
"""

from __future__ import annotations

import io
import math
import os
import shutil
from typing import TYPE_CHECKING

from parsers.model import Document, ParseError
from parsers.pdf import pages_to_document

if TYPE_CHECKING:
    from PIL.Image import Image

INSTALL = "OCR needs Debian's tesseract-ocr (apt-get install tesseract-ocr tesseract-ocr-eng)"
DPI = 300  # Tesseract's own advice; 200 dpi saves a fifth of the time and loses small print
MIN_PIXELS = 100_000  # below about 320 x 320 a picture is a logo or an icon, not a page
MAX_PIXELS = 60_000_000  # an A4 page at 600 dpi is 35 MP; more is a poster or a bomb


def available() -> bool:
    return shutil.which("tesseract") is not None


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


def max_pages() -> int:
    return int(_env_number("FOI_OCR_MAX_PAGES", 30))


def page_timeout() -> float:
    return _env_number("FOI_OCR_PAGE_TIMEOUT", 120)


def version() -> str:
    """What provenance records for OCR'd text, e.g. "tesseract 5.3.0"."""
    import pytesseract

    try:
        return f"tesseract {pytesseract.get_tesseract_version()}"
    except Exception:  # an odd build whose --version output pytesseract cannot parse
        return "tesseract"


def _row_sharpness(ink: Image, angle: float) -> float:
    """How crisply the rows of a page separate into lines of text and gaps when it is
    turned by `angle`: the sum of squared changes between neighbouring rows' ink."""
    from PIL import Image as PILImage

    turned = ink.rotate(angle, PILImage.Resampling.NEAREST, fillcolor=0)
    rows = list(turned.resize((1, turned.height), PILImage.Resampling.BOX).getdata())
    return float(sum((a - b) ** 2 for a, b in zip(rows, rows[1:], strict=False)))


def deskew(image: Image) -> Image:
    """The page turned straight. A scanned sheet is rarely square to the glass, and
    Tesseract reads a page skewed by a degree noticeably worse: lines in two columns run
    together and a speck beside a line is read as a number. The angle is the one that
    makes the rows sharpest (a projection profile), searched within 5 degrees."""
    from PIL import Image as PILImage

    ink = image.copy()
    ink.thumbnail((1400, 1400))
    ink = ink.point(lambda v: 255 if v < 160 else 0)
    best = max((a / 2 for a in range(-10, 11)), key=lambda a: _row_sharpness(ink, a))
    fine = [best + a / 20 for a in range(-10, 11)]
    best = max(fine, key=lambda a: _row_sharpness(ink, a))
    if abs(best) < 0.1:
        return image
    return image.rotate(best, PILImage.Resampling.BICUBIC, expand=True, fillcolor=255)


def ocr_image(image: Image, page: int, dpi: int = DPI) -> str:
    """The text Tesseract reads on one page image (English)."""
    import pytesseract
    from PIL import ImageFilter

    image = deskew(image).filter(ImageFilter.MedianFilter(3))

    # Tesseract's OpenMP threads cost more than they give on small machines (1.4 s a page
    # with one thread, 3.8 s with two, here) and `foi build` already uses every core.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    timeout = page_timeout()
    try:
        text = pytesseract.image_to_string(
            image, lang="eng", config=f"--psm 3 --dpi {dpi}", timeout=timeout
        )
    except pytesseract.TesseractNotFoundError:
        raise ParseError(INSTALL) from None
    except pytesseract.TesseractError as exc:
        reason = " ".join(str(exc.message).split())[:160]
        if "language" in reason.lower() or "traineddata" in reason.lower():
            raise ParseError(INSTALL) from None
        raise ParseError(f"Tesseract failed on page {page} ({reason})") from None
    except RuntimeError:  # pytesseract's timeout: the process has been killed
        raise ParseError(
            f"OCR of page {page} took over {timeout:g} s (FOI_OCR_PAGE_TIMEOUT)"
        ) from None
    return text if isinstance(text, str) else ""


def read_pdf_pages(data: bytes, pages: list[int], meta: dict[str, str]) -> dict[int, str]:
    """OCR of the given pages (0-based) of a PDF, the first FOI_OCR_MAX_PAGES of them; the
    pages left unread are noted in `meta`."""
    import pypdfium2 as pdfium

    limit = max_pages()
    if len(pages) > limit:
        meta["ocr_skipped"] = f"{len(pages) - limit} scanned pages over FOI_OCR_MAX_PAGES={limit}"
    out: dict[int, str] = {}
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ParseError(f"damaged or truncated PDF ({exc})") from None
    try:
        for i in pages[:limit]:
            page = pdf[i]
            width, height = page.get_size()  # points, 1/72 inch
            scale = DPI / 72
            if width * height * scale * scale > MAX_PIXELS:  # a poster-sized page
                scale = math.sqrt(MAX_PIXELS / (width * height))
            image = page.render(scale=scale, grayscale=True).to_pil()
            page.close()
            out[i] = ocr_image(image, i + 1, dpi=max(round(scale * 72), 1))
    except pdfium.PdfiumError as exc:
        raise ParseError(f"damaged PDF page ({exc})") from None
    finally:
        pdf.close()
    return out


def _page_image(frame: Image) -> Image:
    """A picture as Tesseract reads it best: grey, transparent parts white (not black)."""
    from PIL import Image as PILImage

    if frame.mode in ("RGBA", "LA", "PA") or "transparency" in frame.info:
        white = PILImage.new("RGBA", frame.size, "white")
        white.alpha_composite(frame.convert("RGBA"))
        return white.convert("L")
    return frame.convert("L")


def _dpi_of(frame: Image) -> int:
    """The resolution the file states, else a guess that the picture is an A4 page."""
    dpi = frame.info.get("dpi")
    try:
        stated = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError, IndexError):
        stated = 0
    if 70 <= stated <= 1200:
        return stated
    return min(max(round(max(frame.size) / 11.69), 70), 600)


def read_image(data: bytes, fmt: str) -> Document:
    """A scanned letter sent as a picture (PNG, JPEG or TIFF, every page of a TIFF)."""
    if not available():
        raise ParseError(f"{fmt.upper()} picture of a letter; {INSTALL}")
    from PIL import Image as PILImage
    from PIL import ImageSequence

    texts: list[str] = []
    meta: dict[str, str] = {}
    try:
        with PILImage.open(io.BytesIO(data)) as im:
            for n, frame in enumerate(ImageSequence.Iterator(im)):
                if n >= max_pages():
                    meta["ocr_skipped"] = f"pages over FOI_OCR_MAX_PAGES={max_pages()}"
                    break
                pixels = frame.size[0] * frame.size[1]
                if pixels > MAX_PIXELS:
                    raise ParseError(
                        f"{fmt.upper()} picture of {frame.size[0]} x {frame.size[1]} pixels is too large to read"
                    )
                if pixels < MIN_PIXELS:
                    raise ParseError(
                        f"{fmt.upper()} picture of {frame.size[0]} x {frame.size[1]} pixels is too small to be a page of a letter"
                    )
                texts.append(ocr_image(_page_image(frame), n + 1, dpi=_dpi_of(frame)))
    except ParseError:
        raise
    except Exception as exc:  # Pillow raises many kinds (OSError, SyntaxError, ...) on damage
        reason = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise ParseError(f"damaged or unreadable {fmt.upper()} picture ({reason})") from None
    if not any(t.strip() for t in texts):
        raise ParseError(f"OCR found no text in the {fmt.upper()} picture")
    meta["ocr"] = version()
    return pages_to_document(texts, fmt, meta)
