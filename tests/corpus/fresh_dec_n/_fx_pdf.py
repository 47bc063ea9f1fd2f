"""PDF letters drawn with reportlab: each officer lays a page out differently."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

import _fx_specs_print as sp
from _fx_common import (
    ICO_COMPLAIN,
    ICO_FOI,
    ICO_HOME,
    ICO_POST,
    OGL,
    PREAMBLE,
    QUESTIONS,
    SHORT_Q,
    SYNTH_LINE,
    Block,
    all_answer_strings,
)

rl_config.invariant = 1  # fixed creation date and document id: byte-stable output

PageHook = Callable[[canvas.Canvas, int, int], None]


def styles(font: str, size: float = 10.5) -> dict[str, ParagraphStyle]:
    bold = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold"}[font]
    lead = size * 1.35
    return {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=lead,
                               spaceAfter=5),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=size, leading=lead,
                               spaceBefore=6, spaceAfter=3),
        "head": ParagraphStyle("head", fontName=bold, fontSize=size + 3,
                               leading=lead + 4, spaceBefore=8, spaceAfter=6),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5,
                                leading=lead - 2),
        "right": ParagraphStyle("right", fontName=font, fontSize=size, leading=lead,
                                alignment=TA_RIGHT),
        "ital": ParagraphStyle("ital", fontName=font.replace("-Roman", "") +
                               ("-Italic" if font == "Times-Roman" else "-Oblique"),
                               fontSize=size, leading=lead, spaceAfter=4),
    }  # fmt: skip


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def blocks(items: list[Block] | None, st: ParagraphStyle) -> list[Flowable]:
    """Answer blocks as paragraphs and bulleted lists."""
    out: list[Flowable] = []
    for block in items or []:
        if isinstance(block, str):
            out.append(para(block, st))
        else:
            bullets = [ListItem(para(t, st), leftIndent=14) for t in block[1]]
            out.append(ListFlowable(bullets, bulletType="bullet", start="\u2022",
                                    leftIndent=14, bulletFontSize=8))  # fmt: skip
    return out


def numbered_canvas(hook: PageHook) -> type[canvas.Canvas]:
    """A canvas that knows the page count, so footers can say 'Page 2 of 3'."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                hook(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def render(target: Path | io.BytesIO, story: list[Flowable], hook: PageHook,
           meta: dict[str, str], top: float = 25 * mm) -> None:
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target, pagesize=A4,
        leftMargin=22 * mm, rightMargin=22 * mm,
        topMargin=top, bottomMargin=24 * mm, title=meta["title"],
        author=meta["author"], subject=SYNTH_LINE, keywords="synthetic test document",
        creator="foi-responses test corpus",
    )  # fmt: skip
    doc.build(story, canvasmaker=numbered_canvas(hook))


def synth_footer(c: canvas.Canvas, font: str, y: float = 10 * mm) -> None:
    c.setFont(font, 6.5)
    c.setFillColor(colors.grey)
    c.drawString(22 * mm, y, SYNTH_LINE)
    c.setFillColor(colors.black)


def devon(out: Path) -> list[str]:
    r, st = sp.DEVON, styles("Helvetica")

    def hook(c: canvas.Canvas, page: int, total: int) -> None:
        w, h = A4
        if page == 1:
            c.setFillColor(colors.HexColor("#1d5a3c"))
            c.rect(0, h - 30 * mm, w, 30 * mm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 18)
            c.drawString(22 * mm, h - 18 * mm, "Devon County Council")
            c.setFont("Helvetica", 8.5)
            c.drawRightString(w - 22 * mm, h - 14 * mm, "Information Governance Team")
            c.drawRightString(w - 22 * mm, h - 19 * mm, "County Hall, Topsham Road")
            c.drawRightString(w - 22 * mm, h - 24 * mm, "Exeter EX2 4QD")
        else:
            c.setFont("Helvetica", 8)
            c.drawString(22 * mm, h - 14 * mm,
                         "Devon County Council  |  FOI-DCC-25-06118")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 22 * mm, 15 * mm, f"Page {page} of {total}")
        synth_footer(c, "Helvetica")

    intro = (
        "Thank you for your request for information received on 20 November 2025, "
        "which we have dealt with under the Freedom of Information Act 2000. You "
        "asked about the review of policies on bruising in non-mobile babies "
        "following the national Panel's briefing of September 2022. Our response "
        "to each part of your request follows."
    )
    closing = [
        "You may re-use the information in this letter under the Open Government "
        f"Licence: {OGL}",
        "If you are unhappy with the way your request has been handled, you may ask "
        "for an internal review by writing to foi@devon.gov.uk within 40 working "
        "days of the date of this letter. If you remain dissatisfied after the "
        "review, you may complain to the Information Commissioner at "
        f"{ICO_COMPLAIN} or by post to {ICO_POST}.",
    ]
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        para("By email only", st["small"]),
        Spacer(1, 3 * mm),
        para("Our ref: FOI-DCC-25-06118", st["right"]),
        para("11 December 2025", st["right"]),
        Spacer(1, 5 * mm),
        para("Dear Sir or Madam", st["body"]),
        para("Freedom of Information Act 2000: request for information", st["bold"]),
        para(intro, st["body"]),
    ]
    for q in "12345":
        story.append(para(f"Question {q}: {SHORT_Q[q]}", st["bold"]))
        story += blocks(r.answers[q], st["body"])
    story += [para(t, st["body"]) for t in closing]
    story += [Spacer(1, 6 * mm), para("Yours faithfully", st["body"]),
              Spacer(1, 8 * mm), para("Information Governance Officer", st["body"]),
              para("Devon County Council", st["body"])]  # fmt: skip
    render(out, story, hook, {"title": "FOI response FOI-DCC-25-06118",
                              "author": "Devon County Council"}, top=34 * mm)
    return [intro, *all_answer_strings(r), *closing]


def walsall(out: Path) -> list[str]:
    r, st = sp.WALSALL, styles("Times-Roman", 10.5)

    def hook(c: canvas.Canvas, page: int, total: int) -> None:
        w, h = A4
        c.setFont("Times-Bold", 9)
        c.drawString(22 * mm, h - 14 * mm, "Walsall Council  |  Freedom of Information")
        c.setFont("Times-Roman", 9)
        c.drawRightString(w - 22 * mm, h - 14 * mm, "Ref: FOI 2526/1472")
        c.line(22 * mm, h - 16 * mm, w - 22 * mm, h - 16 * mm)
        c.drawCentredString(w / 2, 15 * mm, f"Page {page}")
        synth_footer(c, "Times-Roman")

    meta = Table(
        [["Reference", "FOI 2526/1472"], ["Date received", "24/11/2025"],
         ["Date of response", "04/12/2025"]],
        colWidths=[45 * mm, 60 * mm], hAlign="LEFT",
    )  # fmt: skip
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
                              ("FONT", (0, 0), (0, -1), "Times-Bold", 10)]))
    rows: list[list[object]] = [[para("Your request", st["bold"]),
                                 para("Our response", st["bold"])]]  # fmt: skip
    for q in "12345":
        rows.append([para(f"{q}. {QUESTIONS[q]}", st["body"]),
                     blocks(r.answers[q], st["body"])])  # fmt: skip
    grid = Table(rows, colWidths=[62 * mm, 104 * mm], repeatRows=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    closing = [
        "If you are not satisfied with this response you may ask for an internal "
        "review within 40 working days by writing to Information Rights, Walsall "
        "Council, Civic Centre, Darwall Street, Walsall WS1 1TP. You also have the "
        "right to complain to the Information Commissioner's Office: "
        f"{ICO_HOME}",
    ]
    story: list[Flowable] = [
        para("Freedom of Information Act 2000 - Response", st["head"]), meta,
        Spacer(1, 5 * mm),
        para("Your request, received on 24 November 2025, read as follows:",
             st["body"]),
        para(f"\u201c{PREAMBLE}\u201d", st["ital"]), grid,
        Spacer(1, 5 * mm), *[para(t, st["body"]) for t in closing],
        para("Information Rights Team, Walsall Council", st["bold"]),
    ]  # fmt: skip
    render(out, story, hook, {"title": "FOI 2526/1472 response",
                              "author": "Walsall Council"})  # fmt: skip
    return [*all_answer_strings(r), *closing]


def enfield(out: Path) -> list[str]:
    r, st = sp.ENFIELD, styles("Helvetica", 10)

    def hook(c: canvas.Canvas, page: int, total: int) -> None:
        w, h = A4
        if page == 1:
            c.setFont("Helvetica-Bold", 20)
            c.setFillColor(colors.HexColor("#00205b"))
            c.drawString(22 * mm, h - 20 * mm, "Enfield Council")
            c.setFillColor(colors.black)
        else:
            c.setFont("Helvetica", 8)
            c.drawString(22 * mm, h - 14 * mm,
                         f"Enfield Council - 25/26-FOI-3318 - page {page} of {total}")
        synth_footer(c, "Helvetica")

    intro = (
        "Thank you for your request, which we received on 21 November 2025. We have "
        "now completed our searches and our answers are set out below under each of "
        "your questions. Information about how the Council handles requests is at "
        "https://www.enfield.gov.uk/services/your-council/freedom-of-information"
    )
    rights = [
        "If you are dissatisfied with the handling of your request, you can ask for "
        "an internal review. Please write to foi@enfield.gov.uk, quoting the "
        "reference above, within 40 working days.",
        "If you are still not satisfied after the internal review, you may complain "
        f"to the Information Commissioner: {ICO_FOI}",
    ]
    story: list[Flowable] = [
        Spacer(1, 4 * mm),
        para("Request reference: 25/26-FOI-3318", st["body"]),
        para("Wednesday 17 December 2025", st["body"]), Spacer(1, 4 * mm),
        para("Dear Ms Arden", st["body"]), para(intro, st["body"]),
    ]  # fmt: skip
    for q in "12345":
        story += [para(f"Question {q}", st["head"]), para(QUESTIONS[q], st["ital"])]
        story += blocks(r.answers[q], st["body"])
    story += [PageBreak(), para("Your right to complain", st["head"])]
    story += [para(t, st["body"]) for t in rights]
    story += [Spacer(1, 6 * mm), para("Yours sincerely", st["body"]),
              para("Freedom of Information Team, Enfield Council", st["body"])]
    render(out, story, hook, {"title": "25/26-FOI-3318",
                              "author": "Enfield Council"}, top=30 * mm)
    return [intro, *all_answer_strings(r), *rights]


def telford(out: Path) -> list[str]:
    r, st = sp.TELFORD, styles("Times-Roman", 11)

    def hook(c: canvas.Canvas, page: int, total: int) -> None:
        w, h = A4
        c.setFont("Times-Bold", 14)
        c.drawString(22 * mm, h - 16 * mm, "Telford & Wrekin Council")
        c.setFont("Times-Roman", 8.5)
        c.drawString(22 * mm, h - 21 * mm, "Information Governance, Addenbrooke House, "
                     "Ironmasters Way, Telford TF3 4NT")
        c.drawRightString(w - 22 * mm, 15 * mm, f"{page}/{total}")
        synth_footer(c, "Times-Roman")

    ref = Table([["Our reference", "TWC/FOI/25/2093"], ["Received", "24 November 2025"],
                 ["Responded", "22nd December 2025"]],
                colWidths=[40 * mm, 70 * mm], hAlign="LEFT")  # fmt: skip
    ref.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                             ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                             ("FONT", (0, 0), (-1, -1), "Times-Roman", 10)]))
    closing = [
        "Should you wish to complain about our handling of your request, please "
        "contact us within two months. You may also contact the Information "
        f"Commissioner at {ICO_COMPLAIN}. Our privacy notice is at "
        "https://www.telford.gov.uk/privacy",
    ]
    story: list[Flowable] = [ref, Spacer(1, 6 * mm), para("Dear Requester", st["body"]),
                             para("Freedom of Information Request - Response",
                                  st["bold"]),
                             para("Please find our response to your request below.",
                                  st["body"])]  # fmt: skip
    for q in "12345":
        items = r.answers[q] or []
        first, rest = items[0], items[1:]
        story.append(para(f"{q}.  {first}", st["body"]))
        story += blocks(rest, st["body"])
    story += [para(t, st["body"]) for t in closing]
    story += [Spacer(1, 5 * mm), para("Regards", st["body"]),
              para("R. Okonjo, Information Governance Officer", st["body"])]
    render(out, story, hook, {"title": "TWC/FOI/25/2093",
                              "author": "Telford & Wrekin Council"}, top=30 * mm)
    return [*all_answer_strings(r), *closing]


def salford(out: Path) -> list[str]:
    st = styles("Helvetica", 10)

    def hook(c: canvas.Canvas, page: int, total: int) -> None:
        w, h = A4
        c.setFont("Helvetica-Bold", 11)
        c.drawString(22 * mm, h - 15 * mm, "SALFORD CITY COUNCIL")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 22 * mm, h - 15 * mm,
                          "Information Governance | SCC-FOI-34817")
        c.drawRightString(w - 22 * mm, 15 * mm, f"Page {page} of {total}")
        synth_footer(c, "Helvetica")

    body = [
        "You asked five questions about whether policies on bruising in non-mobile "
        "infants were reviewed after the Child Safeguarding Practice Review Panel's "
        "briefing of September 2022, what changed, and how mobility is now defined.",
        "We are refusing your request under section 12(1) of the Freedom of "
        "Information Act 2000, because we estimate that the cost of complying with "
        "it would exceed the appropriate limit. For local authorities the limit is "
        "\u00a3450, which represents 18 hours of work at \u00a325 an hour.",
        "Salford's procedures form part of the Greater Manchester Safeguarding "
        "Procedures. To establish whether a review took place after the briefing, "
        "what it concluded and what changes followed, officers would need to search "
        "the mailboxes and meeting records of the Salford Safeguarding Children "
        "Partnership business unit and of four children's services teams from "
        "September 2022 to date. A sample search of one mailbox for one month took "
        "2 hours 40 minutes; across 39 months and five mailboxes we estimate that "
        "the work would take well over 18 hours.",
        "Under section 16 we offer the following advice: you may wish to submit "
        "a narrower request, for example one limited to a single question or a "
        "shorter period. "
        "The current Greater Manchester procedures are published at "
        "https://greatermanchesterscp.proceduresonline.com/ and you may find them "
        "helpful.",
        "You may ask for an internal review of this decision within 40 working days "
        "by emailing foi@salford.gov.uk. If you remain dissatisfied you can complain "
        f"to the Information Commissioner's Office: {ICO_COMPLAIN}",
    ]
    box = Table([[para("REFUSAL NOTICE", st["head"])],
                 [para("Freedom of Information Act 2000, section 12: cost limit",
                       st["bold"])]], colWidths=[166 * mm])  # fmt: skip
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1),
                              colors.HexColor("#f2f2f2"))]))  # fmt: skip
    story: list[Flowable] = [box, Spacer(1, 5 * mm),
                             para("Date: 5 December 2025", st["body"]),
                             para("Dear Applicant,", st["body"])]  # fmt: skip
    heads = ["Your request", "Decision", "Why the cost limit applies",
             "Advice and assistance", "Your rights"]  # fmt: skip
    for head, text in zip(heads, body, strict=True):
        story += [para(head, st["bold"]), para(text, st["body"])]
    story += [Spacer(1, 5 * mm), para("Information Governance Team", st["body"])]
    render(out, story, hook, {"title": "Refusal notice SCC-FOI-34817",
                              "author": "Salford City Council"})  # fmt: skip
    return body


def tower_hamlets_attachment() -> tuple[bytes, list[str]]:
    """The letter attached to Tower Hamlets' email: the answers are only here."""
    from _fx_specs_other import TOWER_HAMLETS as r

    st = styles("Helvetica", 10)

    def hook(c: canvas.Canvas, page: int, total: int) -> None:
        w, h = A4
        c.setFont("Helvetica-Bold", 12)
        c.drawString(22 * mm, h - 15 * mm, "Tower Hamlets Council")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 22 * mm, h - 15 * mm, "FOI-TH-25-4420")
        c.drawCentredString(w / 2, 15 * mm, f"- {page} -")
        synth_footer(c, "Helvetica")

    rights = [
        "If you are unhappy with this response you may request an internal review "
        "within 40 working days. You may then complain to the Information "
        f"Commissioner's Office, {ICO_POST} ({ICO_HOME}).",
    ]
    story: list[Flowable] = [para("Freedom of Information request FOI-TH-25-4420",
                                  st["head"]),
                             para("Date of response: 16/12/2025", st["body"])]
    for q in "123":
        story += [para(f"{q}. {SHORT_Q[q]}", st["bold"])]
        story += blocks(r.answers[q], st["body"])
    story += [para(f"4. {SHORT_Q['4']}", st["bold"]),
              para(f"5. {SHORT_Q['5']}", st["bold"]),
              *blocks(r.answers["4"], st["body"]),
              *[para(t, st["body"]) for t in rights], PageBreak(),
              para("Annex A: review summary presented to the Partnership Executive, "
                   "March 2023", st["head"])]  # fmt: skip
    story += blocks([("bullets", [
        "Scope: multi-agency guidance on bruising in babies who are not mobile.",
        "Finding: the London procedures reflect the national Panel's briefing.",
        "Decision: withdraw the separate local protocol and refer practitioners to "
        "the London procedures.",
    ])], st["body"])  # fmt: skip
    buf = io.BytesIO()
    render(buf, story, hook, {"title": "FOI-TH-25-4420 response",
                              "author": "Tower Hamlets Council"})  # fmt: skip
    return buf.getvalue(), [*all_answer_strings(r), *rights]


BUILDERS = {
    sp.DEVON.file: (sp.DEVON, devon),
    sp.WALSALL.file: (sp.WALSALL, walsall),
    sp.ENFIELD.file: (sp.ENFIELD, enfield),
    sp.TELFORD.file: (sp.TELFORD, telford),
    sp.SALFORD.file: (sp.SALFORD, salford),
}
