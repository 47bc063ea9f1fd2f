"""Word letters built with python-docx: headings, tables with merged cells, lists."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

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
    normalise_zip,
)


def new_doc(author: str, title: str, when: datetime, font: str) -> DocxDocument:
    doc = Document()
    cp = doc.core_properties
    cp.author = cp.last_modified_by = author
    cp.title, cp.subject, cp.comments = title, SYNTH_LINE, SYNTH_LINE
    cp.keywords = "synthetic test document"
    cp.created = cp.modified = when
    cp.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(11)
    return doc


def add_page_field(par: Paragraph) -> None:
    """A real PAGE field, so Word shows the current page number."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    par._p.append(fld)


def footer(doc: DocxDocument, label: str) -> None:
    foot = doc.sections[0].footer
    par = foot.paragraphs[0]
    par.text = f"{label} | Page "
    add_page_field(par)
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    small = foot.add_paragraph()
    run = small.add_run(SYNTH_LINE)
    run.font.size = Pt(7)
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def header(doc: DocxDocument, lines: list[str], bold_first: bool = True) -> None:
    head = doc.sections[0].header
    par = head.paragraphs[0]
    for i, line in enumerate(lines):
        target = par if i == 0 else head.add_paragraph()
        run = target.add_run(line)
        run.bold = bold_first and i == 0
        target.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def bold_par(doc: DocxDocument | _Cell, text: str) -> Paragraph:
    par = doc.add_paragraph()
    par.add_run(text).bold = True
    return par


def add_blocks(target: DocxDocument | _Cell, blocks: list[Block] | None) -> None:
    for block in blocks or []:
        if isinstance(block, str):
            target.add_paragraph(block)
        else:
            for item in block[1]:
                target.add_paragraph(item, style="List Bullet")


def fill_cell(cell: _Cell, blocks: list[Block] | str, bold: bool = False) -> None:
    """Write into a table cell, re-using its empty first paragraph."""
    first = cell.paragraphs[0]
    if isinstance(blocks, str):
        first.add_run(blocks).bold = bold
        return
    if blocks and isinstance(blocks[0], str):
        first.add_run(blocks[0])
        blocks = blocks[1:]
    else:
        first._p.getparent().remove(first._p)
    add_blocks(cell, blocks)


def save(doc: DocxDocument, out: Path | None) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    data = normalise_zip(buf.getvalue())
    if out is not None:
        out.write_bytes(data)
    return data


def lancashire(out: Path) -> list[str]:
    r = sp.LANCASHIRE
    doc = new_doc("Lancashire County Council", "FOI LCC/FOI/2025/09874",
                  datetime(2025, 12, 9, 10, 30), "Arial")  # fmt: skip
    header(doc, ["Lancashire County Council", "Information Governance"])
    footer(doc, "LCC/FOI/2025/09874")
    doc.add_heading("Freedom of Information Request - Response", level=1)
    doc.add_paragraph("Date: 9 December 2025")
    doc.add_paragraph("Reference: LCC/FOI/2025/09874")
    intro = ("Thank you for your request for information. The Council's response "
             "is set out in the table below.")  # fmt: skip
    doc.add_paragraph(intro)
    table = doc.add_table(rows=7, cols=3)
    table.style = "Table Grid"
    top = table.cell(0, 0).merge(table.cell(0, 2))
    fill_cell(top, "Bruising in non-mobile infants: response to questions 1 to 5",
              bold=True)  # fmt: skip
    for col, name in enumerate(["No.", "Question", "Response"]):
        fill_cell(table.cell(1, col), name, bold=True)
    for row, q in enumerate("12345", start=2):
        fill_cell(table.cell(row, 0), q)
        fill_cell(table.cell(row, 1), SHORT_Q[q])
        fill_cell(table.cell(row, 2), r.answers[q] or [])
    closing = [
        "Re-use of information: you may re-use this information under the terms of "
        f"the Open Government Licence, {OGL}",
        "If you are unhappy with our response you may ask for an internal review. "
        "If you remain unhappy after that you may contact the Information "
        f"Commissioner: {ICO_COMPLAIN}",
    ]
    doc.add_paragraph()
    for text in closing:
        doc.add_paragraph(text)
    doc.add_paragraph("Information Governance Team")
    save(doc, out)
    return [intro, *all_answer_strings(r), *closing]


def barnsley(out: Path) -> list[str]:
    r = sp.BARNSLEY
    doc = new_doc("Barnsley MBC", "FOI-BMBC-2025-2241", datetime(2025, 12, 15, 14, 5),
                  "Calibri")  # fmt: skip
    header(doc, ["Barnsley Metropolitan Borough Council", "Information Governance"])
    footer(doc, "FOI-BMBC-2025-2241")
    doc.add_paragraph("Our Ref: FOI-BMBC-2025-2241")
    doc.add_paragraph("Date: 15.12.2025")
    doc.add_paragraph("Dear Requester,")
    bold_par(doc, "Re: Freedom of Information Act 2000 - Request for information")
    doc.add_paragraph("Your request was received on 24 November 2025. You wrote:")
    doc.add_paragraph().add_run(PREAMBLE).italic = True
    for q in "12345":
        doc.add_heading(f"Question {q}", level=2)
        bold_par(doc, QUESTIONS[q])
        add_blocks(doc, r.answers[q])
    closing = [
        "If you are dissatisfied with the handling of your request you may ask for "
        "an internal review within 40 working days. You also have the right to "
        f"complain to the Information Commissioner ({ICO_HOME}) once our internal "
        "review procedure has been completed.",
    ]
    doc.add_heading("Your rights", level=2)
    doc.add_paragraph(closing[0])
    doc.add_paragraph("Yours sincerely")
    doc.add_paragraph("Information Governance Team\nBarnsley Council")
    save(doc, out)
    return [*all_answer_strings(r), *closing]


CALDERDALE_ASKED = [
    "whether a review took place after the Panel's guidance and, if so, when and "
    "with what conclusion;",
    "any papers on the outcome of that review;",
    "whether a section 47 investigation or strategy discussion is required in every "
    "case;",
    "what changes were made;",
    "whether the definition of 'not independently mobile' changed, whether babies "
    "who roll are included, and whether age is used.",
]


def calderdale(out: Path) -> list[str]:
    r = sp.CALDERDALE
    doc = new_doc("Calderdale Council", "Information request 1190344",
                  datetime(2025, 12, 18, 9, 12), "Verdana")  # fmt: skip
    footer(doc, "Calderdale Council")
    doc.add_heading("Information request 1190344", level=1)
    doc.add_paragraph("Date of response: 18 December 2025")
    doc.add_paragraph("You asked us for:")
    for item in CALDERDALE_ASKED:
        doc.add_paragraph(item, style="List Number")
    doc.add_heading("Our response", level=2)
    for q in "12345":
        bold_par(doc, f"Response to question {q}")
        add_blocks(doc, r.answers[q])
    closing = [
        "You can ask for a review of our response within 40 working days. If you "
        "are still unhappy, the Information Commissioner's Office can be contacted "
        f"at {ICO_POST} or online at {ICO_FOI}",
    ]
    doc.add_heading("Your rights", level=2)
    doc.add_paragraph(closing[0])
    save(doc, out)
    return [*all_answer_strings(r), *closing]


def harrow(out: Path) -> list[str]:
    r = sp.HARROW
    doc = new_doc("Harrow Council", "HC-FOI-7716", datetime(2025, 12, 2, 16, 40),
                  "Arial")  # fmt: skip
    header(doc, ["Harrow Council", "Information Governance, PO Box 2025, Harrow"])
    footer(doc, "Harrow Council - HC-FOI-7716")
    doc.add_paragraph("Ref: HC-FOI-7716")
    doc.add_paragraph("2 December 2025")
    doc.add_paragraph("Dear Ms Arden")
    bold_par(doc, "Freedom of Information request: bruising in non-mobile babies")
    intro = ("You asked five questions about the review of local policy on bruising "
             "in babies who are not mobile. We have answered each below, in the "
             "order you asked them.")  # fmt: skip
    doc.add_paragraph(intro)
    for q in "12345":
        bold_par(doc, f"{q}. " + QUESTIONS[q].replace("Was their", "Was there"))
        add_blocks(doc, r.answers[q])
    closing = [
        "If you are not happy with this response you can ask for an internal review "
        "by replying to foi@harrow.gov.uk. You may complain to the Information "
        f"Commissioner after that: {ICO_FOI}",
    ]
    doc.add_paragraph(closing[0])
    doc.add_paragraph("Yours sincerely")
    doc.add_paragraph("Priya Nandra\nInformation Governance Officer")
    save(doc, out)
    return [intro, *all_answer_strings(r), *closing]


def west_sussex(out: Path) -> list[str]:
    r = sp.WEST_SUSSEX
    doc = new_doc("West Sussex County Council", "WSCC FOI 2025-1559",
                  datetime(2025, 12, 3, 11, 0), "Arial")  # fmt: skip
    footer(doc, "West Sussex County Council")
    doc.add_heading("Freedom of Information response", level=1)
    doc.add_paragraph("Our reference: WSCC FOI 2025-1559 (case CR 09321)")
    doc.add_paragraph("3rd December 2025")
    table = doc.add_table(rows=6, cols=3)
    table.style = "Table Grid"
    for col, name in enumerate(["Question", "Your request", "Our response"]):
        fill_cell(table.cell(0, col), name, bold=True)
    joint = table.cell(4, 2).merge(table.cell(5, 2))
    for row, q in enumerate("12345", start=1):
        fill_cell(table.cell(row, 0), q)
        fill_cell(table.cell(row, 1), QUESTIONS[q], bold=True)
        if q in "123":
            fill_cell(table.cell(row, 2), r.answers[q] or [])
    fill_cell(joint, r.answers["4"] or [])
    closing = [
        f"This information is provided under the Open Government Licence: {OGL}",
        "If you are dissatisfied with the response you may ask for an internal "
        "review; if you remain dissatisfied you may complain to the Information "
        f"Commissioner, {ICO_HOME}",
    ]
    for text in closing:
        doc.add_paragraph(text)
    save(doc, out)
    return [*all_answer_strings(r), *closing]


def north_somerset_attachment() -> tuple[bytes, list[str]]:
    """The letter attached to North Somerset's email: answers only in here."""
    from _fx_specs_other import NORTH_SOMERSET as r

    doc = new_doc("North Somerset Council", "NSC/FOI/12873",
                  datetime(2025, 12, 19, 13, 20), "Calibri")  # fmt: skip
    header(doc, ["North Somerset Council", "Town Hall, Walliscote Grove Road, "
                 "Weston-super-Mare BS23 1UJ"])  # fmt: skip
    footer(doc, "NSC/FOI/12873")
    doc.add_paragraph("Date: Friday, 19 December 2025")
    doc.add_paragraph("Reference: NSC/FOI/12873")
    doc.add_paragraph("Dear Requester")
    bold_par(doc, "Request about policies on bruising in non-mobile infants")
    for q in "12345":
        bold_par(doc, f"Q{q} {SHORT_Q[q]}")
        add_blocks(doc, r.answers[q])
    closing = [
        "If you are dissatisfied with our response you may request an internal "
        "review. You may also complain to the Information Commissioner at "
        f"{ICO_COMPLAIN}",
    ]
    doc.add_paragraph(closing[0])
    doc.add_paragraph("Freedom of Information Team")
    return save(doc, None), [*all_answer_strings(r), *closing]


BUILDERS = {
    sp.LANCASHIRE.file: (sp.LANCASHIRE, lancashire),
    sp.BARNSLEY.file: (sp.BARNSLEY, barnsley),
    sp.CALDERDALE.file: (sp.CALDERDALE, calderdale),
    sp.HARROW.file: (sp.HARROW, harrow),
    sp.WEST_SUSSEX.file: (sp.WEST_SUSSEX, west_sussex),
}
