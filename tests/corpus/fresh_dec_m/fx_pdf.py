"""reportlab helpers shared by the PDF letters of the fresh_dec_m corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1  # fixed document ID and dates: the PDFs are byte-reproducible

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from fx_common import SYNTH  # noqa: E402

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
W, H = A4
Letterhead = Callable[[Canvas], None]


def styles(font: str, size: float) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.6
    )
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=3),
        "th": ParagraphStyle("th", parent=body, fontName=BOLD[font], spaceAfter=0),
        "h": ParagraphStyle(
            "h", parent=body, fontName=BOLD[font], fontSize=size + 2,
            leading=(size + 2) * 1.3, spaceBefore=4, spaceAfter=8,
        ),
        "small": ParagraphStyle(
            "small", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3
        ),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    # escape the text but keep explicit line breaks used in signatures
    return Paragraph(escape(text).replace("&lt;br/&gt;", "<br/>"), style)


def cell(parts: str | list[str], style: ParagraphStyle) -> list[Paragraph]:
    """A table cell of one or several paragraphs (bullets are plain '•' lines)."""
    items = [parts] if isinstance(parts, str) else parts
    return [para(t, style) for t in items]


def _footer(c: Canvas, page: int, font: str) -> None:
    c.setFont(font, 6.5)
    c.setFillColor(colors.grey)
    c.drawString(2 * cm, 1.0 * cm, SYNTH)
    c.drawRightString(W - 2 * cm, 1.0 * cm, f"Page {page}")


def build(
    path: Path, story: list, org: str, ref: str, font: str, head: Letterhead,
    top: float = 3.6 * cm,
) -> int:
    """Write the PDF with a letterhead on page 1 and a running header after; return pages."""

    def first(c: Canvas, doc: SimpleDocTemplate) -> None:
        c.saveState()
        head(c)
        _footer(c, doc.page, font)
        c.restoreState()

    def later(c: Canvas, doc: SimpleDocTemplate) -> None:
        c.saveState()
        c.setFont(font, 8)
        c.setFillColor(colors.grey)
        c.drawString(2 * cm, H - 1.3 * cm, f"{org}  |  {ref}")
        _footer(c, doc.page, font)
        c.restoreState()

    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
        topMargin=top, bottomMargin=2 * cm,
        title=f"{org} - FOI response {ref}", author=org,
        subject="Synthetic test document written for foi-responses",
        creator="foi-responses make_fixtures.py", keywords="synthetic; test fixture",
    )
    doc.build(story, onFirstPage=first, onLaterPages=later)
    return doc.page


def text_head(name: str, lines: list[str], font: str, colour: str) -> Letterhead:
    """A plain letterhead: council name left, department lines right, a rule below."""

    def draw(c: Canvas) -> None:
        c.setFillColor(colors.HexColor(colour))
        c.setFont(BOLD[font], 17)
        c.drawString(2 * cm, H - 1.9 * cm, name)
        c.setFont(font, 8.5)
        c.setFillColor(colors.black)
        for i, line in enumerate(lines):
            c.drawRightString(W - 2 * cm, H - 1.5 * cm - i * 11, line)
        c.setStrokeColor(colors.HexColor(colour))
        c.setLineWidth(1.2)
        c.line(2 * cm, H - 2.6 * cm, W - 2 * cm, H - 2.6 * cm)

    return draw


def band_head(name: str, lines: list[str], colour: str) -> Letterhead:
    """A coloured band across the top with the name reversed out in white."""

    def draw(c: Canvas) -> None:
        c.setFillColor(colors.HexColor(colour))
        c.rect(0, H - 2.6 * cm, W, 2.6 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(2 * cm, H - 1.6 * cm, name)
        c.setFont("Helvetica", 9)
        for i, line in enumerate(lines):
            c.drawRightString(W - 2 * cm, H - 1.2 * cm - i * 12, line)

    return draw
