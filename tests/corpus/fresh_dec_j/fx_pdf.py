"""PDF documents for fresh_dec_j (reportlab, real text layer, deterministic output)."""

from __future__ import annotations

import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

import fx_text as T

rl_config.invariant = 1  # fixed IDs and dates so the bytes are reproducible

Draw = Callable[[canvas.Canvas, int, int], None]


def make_canvas(draw: Draw) -> type:
    """A canvas that knows the page total, so footers can say 'Page x of y'."""

    class _Canvas(canvas.Canvas):
        def __init__(self, *a, **k) -> None:
            super().__init__(*a, **k)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return _Canvas


def styles(font: str, bold: str, size: float = 10.5) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35,
                          spaceAfter=6)
    return {
        "body": body,
        "q": ParagraphStyle("q", parent=body, fontName=bold, spaceBefore=8),
        "h": ParagraphStyle("h", parent=body, fontName=bold, fontSize=size + 3,
                            leading=(size + 3) * 1.3, spaceAfter=10),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 1.5,
                               leading=(size - 1.5) * 1.3, spaceAfter=3),
    }


def P(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def build(target, story: list, title: str, author: str, draw: Draw) -> None:
    doc = SimpleDocTemplate(
        target, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=28 * mm,
        bottomMargin=24 * mm, title=title, author=author, subject=T.SYNTH,
        keywords="synthetic test document, foi-responses", creator="fresh_dec_j generator",
    )
    doc.build(story, canvasmaker=make_canvas(draw))


def footer(left: str, font: str, of_total: bool = True) -> Draw:
    def draw(c: canvas.Canvas, page: int, total: int) -> None:
        c.saveState()
        c.setFont(font, 8)
        c.drawString(22 * mm, 14 * mm, left)
        label = f"Page {page} of {total}" if of_total else f"- {page} -"
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, label)
        c.setFont(font, 6.5)
        c.setFillColor(colors.grey)
        c.drawString(22 * mm, 9 * mm, T.SYNTH)
        c.restoreState()

    return draw


def answer_paras(paras: list[str], st: ParagraphStyle) -> list[Paragraph]:
    return [P(t, st) for t in paras]


def st_helens(spec: dict, out: str) -> list[str]:
    s = styles("Helvetica", "Helvetica-Bold")
    head = [
        ["St Helens Council", "Information Governance Team\nWesley House, Corporation St.\n"
         "St. Helens WA10 1HP"],
    ]
    lh = Table(head, colWidths=[90 * mm, 76 * mm])
    lh.setStyle(TableStyle([
        ("FONT", (0, 0), (0, 0), "Helvetica-Bold", 18),
        ("FONT", (1, 0), (1, 0), "Helvetica", 8.5),
        ("TEXTCOLOR", (0, 0), (0, 0), colors.HexColor("#00577a")),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#00577a")),
    ]))
    meta = [
        "Our Ref.: FOI-25-3391",
        "Date: 9th December 2025",
        "Contact: Mr. P. J. Rimmer, Information Governance Officer",
    ]
    intro = (
        "Thank you for your email received on 14 Nov. 2025. Your request has been dealt "
        "with under the Freedom of Information Act 2000 (FOIA). Each of your questions is "
        "repeated in bold below, with the council's answer beneath it. The answers were "
        "prepared with the St Helens Safeguarding Children Partnership (SHSCP) business "
        "unit at St. Helens Town Hall."
    )
    rights = [
        "You may re-use this information under the Open Government Licence v3.0: " + T.OGL,
        "If you are unhappy with this response, you may ask for an internal review within "
        "40 working days by writing to the Information Governance Team at the address "
        "above. If you remain dissatisfied, you may complain to the Information "
        "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, or online "
        "at " + T.ICO_COMPLAIN,
    ]
    story: list = [lh, Spacer(1, 8)] + [P(m, s["body"]) for m in meta]
    story += [Spacer(1, 6), P("Dear Requester,", s["body"]),
              P("Freedom of Information Act 2000 – Request No. 3391: bruising in "
                "non-mobile babies", s["q"]), P(intro, s["body"])]
    for n in T.ALL:
        story.append(P(f"{n}. {T.Q_FULL[int(n) - 1]}", s["q"]))
        story += answer_paras(spec["answers"][n], s["body"])
        if n == "3":
            story.append(PageBreak())
    story += [P(r, s["body"]) for r in rights]
    story += [Spacer(1, 10), P("Yours faithfully,", s["body"]), Spacer(1, 14),
              P("P. J. Rimmer (Mr.)", s["body"]),
              P("Information Governance Officer, St Helens Council", s["body"])]
    build(out, story, "FOI-25-3391 response", "St Helens Council (synthetic)",
          footer("St Helens Council – FOI-25-3391", "Helvetica"))
    texts = meta + [intro] + [a for n in T.ALL for a in spec["answers"][n]] + rights
    return texts


def derbyshire(spec: dict, out: str) -> list[str]:
    s = styles("Times-Roman", "Times-Bold", 11.5)
    top = [
        "Derbyshire County Council",
        "Legal Services – Information Governance, County Hall, Matlock DE4 3AG",
        "Our Ref.: DCC/FOI/2025/7781",
        "Date: 2 December 2025",
    ]
    summary = (
        "You asked five questions (Nos. 1 to 5) about whether the policy on bruising in "
        "non-mobile infants was reviewed after the Child Safeguarding Practice Review "
        "Panel's briefing of Sept. 2022, what that review concluded, whether s.47 "
        "enquiries are required in all cases, what changes were made and how 'not "
        "independently mobile' is now defined."
    )
    more = (
        "The DDSCP is not itself a public authority under the FOIA, i.e. the Act does not "
        "cover it, but it has told us that it will answer requests of this kind in the "
        "same spirit. The joint procedures are published at "
        "https://derbyshirescbs.proceduresonline.com/ for anyone to read. No. 3 of the "
        "published chapter list deals with bruising; cf. the separate chapter on S.47 "
        "enquiries for thresholds."
    )
    rights = (
        "If you are unhappy with the way your request has been handled, you may ask for "
        "an internal review. You may then contact the Information Commissioner's Office "
        "at " + T.ICO + " or by writing to Wycliffe House, Water Lane, Wilmslow SK9 5AF."
    )
    story: list = [P(top[0], s["h"])] + [P(t, s["body"]) for t in top[1:]]
    story += [Spacer(1, 10), P("Dear Requester,", s["body"]),
              P("Request for information – policies on bruising in non-mobile infants",
                s["q"]), P(summary, s["body"])]
    story += answer_paras(spec["answers"]["1"], s["body"])
    story += [P(more, s["body"]), P(rights, s["body"]), Spacer(1, 10),
              P("Yours sincerely,", s["body"]), Spacer(1, 12),
              P("Mrs. S. Bhatti", s["body"]), P("Information Governance Officer", s["body"])]
    build(out, story, "DCC/FOI/2025/7781", "Derbyshire County Council (synthetic)",
          footer("Derbyshire County Council", "Times-Roman", of_total=False))
    return top + [summary] + spec["answers"]["1"] + [more, rights]


def cornwall_table(spec: dict, nums: tuple[str, ...], s: dict) -> Table:
    rows: list = [[P("No.", s["q"]), P("Your question (summarised)", s["q"]),
                   P("Our response", s["q"])]]
    for n in nums:
        rows.append([P(n, s["cell"]), P(T.Q_SHORT[int(n) - 1], s["cell"]),
                     answer_paras(spec["answers"][n], s["cell"])])
    t = Table(rows, colWidths=[12 * mm, 42 * mm, 112 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8d8")),
    ]))
    return t


def cornwall(spec: dict, out: str) -> list[str]:
    s = styles("Times-Roman", "Helvetica-Bold", 11)
    top = [
        "Cornwall Council – Information Governance",
        "New County Hall, Treyew Rd., Truro TR1 3AY",
        "Request Ref.: 101007654321          Date: 05.12.2025",
    ]
    intro = (
        "Please find our response below. The Cornwall and Isles of Scilly Safeguarding "
        "Children Partnership (CIOSSCP) follows the South West Child Protection "
        "Procedures, with a local protocol for bruising in babies who are not "
        "independently mobile. The CIOSSCP's business unit helped us prepare these "
        "answers."
    )
    closing = [
        "This information may be re-used under the Open Government Licence: " + T.OGL,
        "If you are not satisfied you may ask for an internal review within 40 working "
        "days. You may then complain to the ICO: " + T.ICO,
    ]
    story: list = [P(top[0], s["h"])] + [P(t, s["body"]) for t in top[1:]]
    story += [Spacer(1, 6), P("Dear Requester,", s["body"]), P(intro, s["body"]),
              cornwall_table(spec, ("1", "2", "3"), s), PageBreak(),
              cornwall_table(spec, ("4", "5"), s), Spacer(1, 10)]
    story += [P(c, s["body"]) for c in closing]
    story += [KeepTogether([P("Regards,", s["body"]), P("Mr. J. Pascoe", s["body"]),
                            P("Information Governance Officer", s["body"])])]
    build(out, story, "FOI 101007654321", "Cornwall Council (synthetic)",
          footer("Cornwall Council | FOI 101007654321", "Times-Roman"))
    return top + [intro] + [a for n in T.ALL for a in spec["answers"][n]] + closing


def northumberland_bytes(spec: dict) -> tuple[bytes, list[str]]:
    s = styles("Helvetica", "Helvetica-Bold", 10)
    top = ["NORTHUMBERLAND COUNTY COUNCIL", "Information Governance, County Hall, Morpeth",
           "Ref. NCC-FOI-4471 | 11 Dec. 2025"]
    intro = (
        "Dear Requester, thank you for your request of 18 Nov. 2025. Northumberland "
        "shares its safeguarding procedures with Newcastle and North Tyneside through "
        "the North of Tyne partnership. Our answers follow."
    )
    tail = ("You may ask for an internal review of this decision. If you remain unhappy, "
            "the Information Commissioner's Office can be contacted at " + T.ICO)
    story: list = [P(top[0], s["h"]), P(top[1], s["body"]), P(top[2], s["body"]),
                   P(intro, s["body"])]
    for n in T.ALL:
        story.append(P(f"Question {n}: {T.Q_SHORT[int(n) - 1]}", s["q"]))
        story += answer_paras(spec["answers"][n], s["body"])
    story += [P(tail, s["body"]), P("Ms. H. Robson, Information Governance Team",
                                    s["body"])]
    buf = io.BytesIO()
    build(buf, story, "NCC-FOI-4471", "Northumberland County Council (synthetic)",
          footer("NCC-FOI-4471", "Helvetica"))
    texts = top + [intro] + [a for n in T.ALL for a in spec["answers"][n]] + [tail]
    return buf.getvalue(), texts


def wolverhampton(out: str) -> None:
    s = styles("Helvetica", "Helvetica-Bold", 10.5)
    paras = [
        "City of Wolverhampton Council – Information Governance",
        "Ref. FOI 2025/0815 – Date: 3 Sept. 2025",
        "Your request: the number of Section 47 enquiries started in each of 2022/23, "
        "2023/24 and 2024/25, and how many of them led to an initial child protection "
        "conference (ICPC).",
        "Our response: the figures are given in the table below. They are taken from the "
        "children's social care case system on 28 Aug. 2025, i.e. after year-end "
        "validation.",
    ]
    rows = [["Year", "No. of S.47 enquiries started", "No. leading to an ICPC"],
            ["2022/23", "1,412", "398"], ["2023/24", "1,367", "405"],
            ["2024/25", "1,290", "371"]]
    notes = [
        "Notes: figures are not broken down by ward (e.g. St. Peter's or Park) as small "
        "numbers could identify children, cf. s.40(2). The partnership's annual report, "
        "vol. 6, has approx. the same totals.",
        "Yours sincerely, Ms. K. Bains, Information Governance Officer",
    ]
    t = Table(rows, colWidths=[30 * mm, 62 * mm, 52 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5)]))
    story: list = [P(paras[0], s["h"])] + [P(x, s["body"]) for x in paras[1:]]
    story += [t, Spacer(1, 8)] + [P(x, s["body"]) for x in notes]
    build(out, story, "FOI 2025/0815", "City of Wolverhampton Council (synthetic)",
          footer("FOI 2025/0815", "Helvetica"))
