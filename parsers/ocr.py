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
import warnings
from typing import TYPE_CHECKING, TypedDict, cast

from parsers import pdfbounds
from parsers.model import Document, ParseError
from parsers.pdf import pages_to_document

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
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
    import numpy as np
    from PIL import Image as PILImage

    turned = ink.rotate(angle, PILImage.Resampling.NEAREST, fillcolor=0)
    rows = np.asarray(turned, dtype=np.float64).sum(axis=1)
    return float(np.sum(np.diff(rows) ** 2))


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


def _runs(flags: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(start, end) of each run of True in a 1-D boolean array."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _rule_columns(
    ink: NDArray[np.bool_], top: int, bottom: int, left: int, right: int
) -> tuple[list[int], int]:
    """Vertical rules in a table row that starts under a rule at `top` and runs down to
    `bottom` at most: their x positions and where they end."""
    import numpy as np

    band = ink[top:bottom, left:right].copy()
    if band.shape[0] < 25:
        return [], top
    # A rule left a pixel off true by straightening wanders into the next column: widen it.
    band[:, 1:] |= ink[top:bottom, left : right - 1]
    band[:, :-1] |= ink[top:bottom, left + 1 : right]
    # How far each column's ink runs down from the rule: a vertical rule, the whole row.
    run = np.where(band.all(axis=0), band.shape[0], np.argmin(band, axis=0))
    # At least a fifth of an inch: longer than any stroke of body text, and a row cut by
    # the page's end or by a footer's rule ends where its vertical rules end.
    need = min(60, band.shape[0] * 0.95)
    xs = [left + (a + b) // 2 for a, b in _runs(run >= need) if b - a < 15]
    if not xs:
        return [], top
    end = top + int(max(run[x - left] for x in xs))
    return xs, end


def table_rows(gray: Image) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The rows of ruled tables on a page image, as (top, bottom, cells (left, right)).

    Tesseract reads a page as columns of text and runs a question cell into the answer
    beside it; knowing the cells, the words it found are put back cell by cell. A row
    starts under a long horizontal rule and has vertical rules running down from it,
    which divide it into cells; it ends at the next rule, or where its vertical rules end
    (a row cut by the page's end, the table going on overleaf)."""
    import numpy as np

    ink = np.asarray(gray) < 215  # rules are often hairlines, grey once scanned
    height, width = ink.shape
    long = max(width // 5, 50)
    if width <= long:
        return []  # a strip of a picture, too narrow for a table
    # Where a run of `long` ink pixels starts, by running sums along each row; in strips of
    # rows, so a large page does not need a copy of itself in 32-bit integers.
    full = np.zeros((height, width - long + 1), bool)
    for y in range(0, height, 256):
        sums = np.zeros((min(256, height - y), width + 1), np.int32)
        np.cumsum(ink[y : y + 256], axis=1, out=sums[:, 1:])
        full[y : y + 256] = (sums[:, long:] - sums[:, : width + 1 - long]) == long
    rules = []
    # (any() along an axis of a 2-D array is an array; numpy's stubs allow a scalar too)
    for top, bottom in _runs(cast("NDArray[np.bool_]", full.any(axis=1))):
        starts = np.flatnonzero(full[top:bottom].any(axis=0))
        rules.append((top, bottom, int(starts[0]), int(starts[-1]) + long))
    rows = []
    for i, (_, below, left, right) in enumerate(rules):
        nxt = rules[i + 1][0] if i + 1 < len(rules) else height
        if i + 1 < len(rules):  # a faint rule may break off: the row is as wide as either
            left, right = min(left, rules[i + 1][2]), max(right, rules[i + 1][3])
        xs, end = _rule_columns(ink, below + 2, nxt - 1, max(left - 3, 0), min(right + 3, width))
        bounds = sorted({*xs, *([left] if not xs or xs[0] > left + 40 else [])})
        if not xs or xs[-1] < right - 40:
            bounds.append(right)
        cells = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b - a >= 40]
        if len(cells) >= 2:
            rows.append((below, end, cells))
    return rows


class Words(TypedDict):
    """The columns of Tesseract's words (pytesseract.image_to_data as a dict) read here."""

    text: list[str]
    conf: list[float | str]
    block_num: list[int]
    par_num: list[int]
    line_num: list[int]
    left: list[int]
    top: list[int]
    width: list[int]
    height: list[int]


# A line of a paragraph: Tesseract's (block, paragraph, line) and its words.
_Line = tuple[tuple[int, int, int], list[str]]


def _text_from_words(data: Words, rows: list[tuple[int, int, list[tuple[int, int]]]]) -> str:
    """Tesseract's words back to text: paragraphs apart by a blank line, and the words in a
    table row put back cell by cell, question before answer, where the row first appears."""
    chunks: list[int | list[_Line]] = []  # a paragraph's lines, or the number of a table row
    paragraphs: dict[tuple[int, int], list[_Line]] = {}
    cells: dict[tuple[int, int], dict[tuple[int, int, int], list[str]]] = {}
    heights = sorted(h for h, t in zip(data["height"], data["text"], strict=True) if t.strip())
    small = heights[len(heights) // 2] * 0.35 if heights else 0  # a third of a word's height
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        conf = float(data["conf"][i])
        if not word or conf < 0 or set(word) <= set("|"):
            continue  # empty boxes, and table rules read as pipes
        if data["height"][i] < small:
            continue  # a speck read as a letter or a digit ("5 Norwich" is not question 5)
        if conf < 50 and not any(ch.isalnum() for ch in word):
            continue  # a speck read as "." or ";"
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        cx = data["left"][i] + data["width"][i] / 2
        cy = data["top"][i] + data["height"][i] / 2
        row = next((n for n, (top, bottom, _) in enumerate(rows) if top <= cy < bottom), None)
        col = None
        if row is not None:
            col = next((c for c, (a, b) in enumerate(rows[row][2]) if a <= cx < b), None)
        if row is not None and col is not None:
            if not any(ch == row for ch in chunks if isinstance(ch, int)):
                chunks.append(row)
            cells.setdefault((row, col), {}).setdefault(key, []).append(word)
            continue
        para = key[:2]
        if para not in paragraphs:
            paragraphs[para] = []
            chunks.append(paragraphs[para])
        lines = paragraphs[para]
        if not lines or lines[-1][0] != key:
            lines.append((key, []))
        lines[-1][1].append(word)
    out = []
    for chunk in chunks:
        if isinstance(chunk, int):
            for col in range(len(rows[chunk][2])):
                cell_lines = cells.get((chunk, col), {})
                if cell_lines:
                    out.append("\n".join(" ".join(words) for words in cell_lines.values()))
        else:
            out.append("\n".join(" ".join(words) for _, words in chunk))
    return "\n\n".join(out) + "\n"


def ocr_image(image: Image, page: int, dpi: int = DPI) -> str:
    """The text Tesseract reads on one page image (English)."""
    import pytesseract
    from PIL import ImageFilter

    straight = deskew(image)
    rows = table_rows(straight)  # before the filter below, which wipes out hairline rules
    # Specks of dust removed: a 3-pixel median keeps the strokes of text.
    image = straight.filter(ImageFilter.MedianFilter(3))
    # Tesseract's OpenMP threads cost more than they give on small machines (1.4 s a page
    # with one thread, 3.8 s with two, here) and `foi build` already uses every core.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    timeout = page_timeout()
    try:
        data = pytesseract.image_to_data(
            image,
            lang="eng",
            config=f"--psm 3 --dpi {dpi}",
            timeout=timeout,
            output_type=pytesseract.Output.DICT,
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
    return _text_from_words(data, rows)


def read_pdf_pages(
    data: bytes, pages: list[int], meta: dict[str, str], plan: pdfbounds.Plan | None = None
) -> dict[int, str]:
    """OCR of the given pages (0-based) of a PDF, the first FOI_OCR_MAX_PAGES of them; the
    pages left unread are noted in `meta`. A page whose pictures would need more than
    FOI_MAX_INFLATED_MB to render (4 bytes per declared pixel) is not rendered."""
    import pypdfium2 as pdfium

    limit = max_pages()
    skipped = []
    if len(pages) > limit:
        skipped.append(f"{len(pages) - limit} scanned pages over FOI_OCR_MAX_PAGES={limit}")
    plan = plan or pdfbounds.check(data)
    cap = pdfbounds.max_inflated()
    out: dict[int, str] = {}
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ParseError(f"damaged or truncated PDF ({exc})") from None
    try:
        n = len(pdf)
        for i in pages[:limit]:
            if (need := plan.render_cost(n, i)) > cap:
                skipped.append(
                    f"page {i + 1}'s pictures need {need / pdfbounds.MB:,.0f} MB to render "
                    "(over FOI_MAX_INFLATED_MB)"
                )
                continue
            page = pdf[i]
            width, height = page.get_size()  # points, 1/72 inch
            scale = DPI / 72
            if width * height * scale * scale > MAX_PIXELS:  # a poster-sized page
                scale = math.sqrt(MAX_PIXELS / (width * height))
            # Annotations are not drawn: their appearance streams are not part of the letter,
            # and nothing bounds what they draw.
            image = page.render(scale=scale, grayscale=True, draw_annots=False).to_pil()
            page.close()
            out[i] = ocr_image(image, i + 1, dpi=max(round(scale * 72), 1))
    except pdfium.PdfiumError as exc:
        raise ParseError(f"damaged PDF page ({exc})") from None
    finally:
        pdf.close()
    if skipped:
        meta["ocr_skipped"] = "; ".join(skipped)
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
        with warnings.catch_warnings():
            # Pillow warns of a decompression bomb on stderr; the size is checked below.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            im = PILImage.open(io.BytesIO(data))
        with im:
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
                page, dpi = _page_image(frame), _dpi_of(frame)
                # At 300 dpi, as a PDF page is rendered: Tesseract reads small print best so,
                # and the table and speck measures (in pixels) assume it.
                scale = min(DPI / dpi, math.sqrt(MAX_PIXELS / pixels))
                if abs(scale - 1) > 0.15:
                    size = (max(round(page.width * scale), 1), max(round(page.height * scale), 1))
                    page, dpi = page.resize(size, PILImage.Resampling.LANCZOS), round(dpi * scale)
                texts.append(ocr_image(page, n + 1, dpi=dpi))
    except ParseError:
        raise
    except Exception as exc:  # Pillow raises many kinds (OSError, SyntaxError, ...) on damage
        reason = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise ParseError(f"damaged or unreadable {fmt.upper()} picture ({reason})") from None
    if not any(t.strip() for t in texts):
        raise ParseError(f"OCR found no text in the {fmt.upper()} picture")
    meta["ocr"] = version()
    return pages_to_document(texts, fmt, meta)
