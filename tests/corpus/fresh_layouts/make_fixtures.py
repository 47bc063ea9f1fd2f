#!/usr/bin/env python
"""Generate the `fresh_layouts` corpus: 17 synthetic FOI replies in hard-to-read layouts.

Every document is invented test material written for foi-responses; council names are
real but every word of content and every position attributed to a council is made up.

Run:  python make_fixtures.py          (writes the documents and labels.json next to this file)
      python make_fixtures.py --check  (also re-reads each document and checks its label)

Deterministic: fixed dates, fixed MIME boundaries, reportlab invariant mode, fixed zip
timestamps in the DOCX files.
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import io
import json
import re
import sys
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor, Cm  # noqa: E402

OUT = Path(__file__).resolve().parent
SYNTH = "Synthetic test document written for foi-responses; not a real council reply."
LABELS: list[dict] = []

ICO_URL = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"
OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
PANEL_URL = "https://www.gov.uk/government/publications/bruising-in-non-mobile-infants-briefing"

# The requester's request, in this corpus's own words (used where a council quotes it).
REQ_PREAMBLE = (
    "In September 2022 the Child Safeguarding Practice Review Panel published a briefing "
    "asking every safeguarding partnership to look again at its policies on bruising in "
    "non-mobile infants and to check them against the evidence base and national guidance."
)
REQ_Q = [
    "Was there a review of your safeguarding policies following publication of this guidance? "
    "If so, when did it take place and what did it conclude?",
    "Please provide any papers that record the outcome of that review.",
    "Does your policy require a section 47 investigation or a strategy discussion in every case?",
    "What changes were made so that your policy is consistent with the evidence base and "
    "national guidelines?",
    "Has your definition of when a child is not independently mobile changed, and how is it "
    "defined now? In particular, are babies who can roll treated as not independently mobile, "
    "and is the classification based on age?",
]
REQ_Q_TYPO = ["Was their a review" + REQ_Q[0][len("Was there a review"):]] + REQ_Q[1:]


def label(file, fmt, authority, code, outcome, exemptions, answers, status, fields, links, **extra):
    assert set(answers) == {"1", "2", "3", "4", "5"} and set(status) == set(answers)
    assert len(fields) == 9
    d = {
        "file": file,
        "format": fmt,
        "authority": authority,
        "authority_code": code,
        "outcome": outcome,
        "exemptions": exemptions,
        "answers": answers,
        "status": status,
        "fields": fields,
        "links": links,
    }
    d.update(extra)
    LABELS.append(d)


def reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def F(review_held, review_date, papers, s47, changes, def_changed, rolling, age_based, age_months):
    return {
        "review_held": review_held,
        "review_date": review_date,
        "papers_provided": papers,
        "s47_all_cases": s47,
        "changes_made": changes,
        "definition_changed": def_changed,
        "rolling_is_non_mobile": rolling,
        "age_based": age_based,
        "age_threshold_months": age_months,
    }


def A(*texts):
    return {str(i + 1): t for i, t in enumerate(texts)}


def S(*sts):
    return {str(i + 1): s for i, s in enumerate(sts)}


def x(t: str) -> str:
    """Escape text for reportlab Paragraph markup."""
    return html.escape(t, quote=False)


# --------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------

def numbered_canvas(chrome):
    """A canvas class that knows the page count, so chrome() can print 'Page n of N'."""

    class _C(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                chrome(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return _C


def pdf_doc(target, title, author):
    return SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=30 * mm,
        bottomMargin=26 * mm,
        title=title,
        author=author,
        subject=SYNTH,
        keywords="synthetic, test fixture, foi-responses",
        creator="foi-responses make_fixtures.py",
    )


def synth_line(c, font="Helvetica", y=8 * mm):
    c.setFont(font, 6)
    c.setFillColor(colors.grey)
    c.drawString(22 * mm, y, SYNTH)
    c.setFillColor(colors.black)


# --------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------

def add_field(paragraph, instr):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run4._r.append(e)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def new_docx(title, author):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = SYNTH
    cp.keywords = "synthetic; test fixture; foi-responses"
    cp.created = dt.datetime(2025, 12, 1, 9, 0, 0)
    cp.modified = dt.datetime(2025, 12, 1, 9, 0, 0)
    cp.revision = 1
    return d


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    Path(path).write_bytes(out.getvalue())


def docx_footer(d, left_text, with_total=True, synth=True):
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.add_run(left_text + "    Page ")
    add_field(fp, "PAGE")
    if with_total:
        fp.add_run(" of ")
        add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)
    if synth:
        sp = sec.footer.add_paragraph()
        rr = sp.add_run(SYNTH)
        rr.font.size = Pt(6)
        rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


# --------------------------------------------------------------------------------------
# EML helpers
# --------------------------------------------------------------------------------------

def finish_eml(msg: EmailMessage, path, stem):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"=_{stem}_part{n}_20251201")
    Path(path).write_bytes(msg.as_bytes(policy=email.policy.SMTP))


# ======================================================================================
# 1. Norfolk: PDF letter with a table whose question column has two-line questions
# ======================================================================================

def make_norfolk():
    fn = "norfolk-two-line-table.pdf"
    ans = A(
        "Yes. The Norfolk Safeguarding Children Partnership's Policy and Procedures Subgroup "
        "carried out a formal review of the bruising protocol in March 2023. It concluded that "
        "the protocol should be revised so that a paediatric assessment and an initial "
        "multi-agency discussion take place before any decision about a strategy discussion.",
        "The revised protocol is published at https://www.norfolklscp.org.uk/bruising-protocol-nmi "
        "and the Subgroup's summary report of 14 March 2023 is enclosed with this letter.",
        "No. Each case is first discussed between the referring practitioner, children's social "
        "care and the on-call paediatrician; a strategy discussion follows only where that "
        "discussion shows it is needed.",
        "The protocol now includes an initial appraisal stage, clearer advice on explaining the "
        "process to parents, and a flowchart aligned with the Panel's briefing and NICE guidance.",
        "Yes, the definition was changed in the 2023 revision. A baby is not independently mobile "
        "if they cannot crawl, bottom-shuffle, cruise or walk. Babies who can roll over are still "
        "treated as not independently mobile. The definition is not based on age.",
    )
    qs = [
        "Was there a review of safeguarding policies after the guidance?<br/>"
        "When did it take place and what did it conclude?",
        "Please provide any papers on the<br/>outcome of that review.",
        "Does your policy require a s47 investigation<br/>or a strategy discussion in all cases?",
        "What changes were made for consistency with<br/>the evidence base and national guidelines?",
        "Has the definition of not independently mobile changed?<br/>"
        "How is it now defined (rolling babies; age)?",
    ]
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                          spaceAfter=7)
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    cellq = ParagraphStyle("cq", parent=cell, fontName="Helvetica-Oblique")
    head = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    bold = ParagraphStyle("bd", parent=body, fontName="Helvetica-Bold")

    def chrome(c, n, total):
        c.saveState()
        if n == 1:
            c.setFillColor(colors.HexColor("#1f5c3a"))
            c.rect(0, A4[1] - 24 * mm, A4[0], 24 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 18)
            c.drawString(22 * mm, A4[1] - 14 * mm, "Norfolk County Council")
            c.setFont("Helvetica", 9)
            c.drawString(22 * mm, A4[1] - 20 * mm, "Information Governance Team  |  County Hall, Norwich")
        else:
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.HexColor("#1f5c3a"))
            c.drawString(22 * mm, A4[1] - 15 * mm, "Norfolk County Council  -  FOI-NCC-2511-0877")
            c.line(22 * mm, A4[1] - 17 * mm, A4[0] - 22 * mm, A4[1] - 17 * mm)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"Page {n} of {total}")
        synth_line(c)
        c.restoreState()

    story = [
        Paragraph("Our reference: FOI-NCC-2511-0877", body),
        Paragraph("Date: 2 December 2025", body),
        Spacer(1, 4),
        Paragraph("Dear Requester,", body),
        Paragraph("Freedom of Information Act 2000 - request regarding bruising in non-mobile infants", bold),
        Paragraph("Thank you for your request, which we received on 4 November 2025. Each of your "
                  "questions is set out in the table below with our response alongside it.", body),
    ]
    rows = [[Paragraph("No.", head), Paragraph("Your question", head), Paragraph("Our response", head)]]
    for i in range(5):
        rows.append([Paragraph(str(i + 1), cell), Paragraph(qs[i], cellq), Paragraph(x(ans[str(i + 1)]), cell)])
    t = Table(rows, colWidths=[10 * mm, 66 * mm, 90 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f5c3a")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a9a86")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f0")]),
    ]))
    story += [t, Spacer(1, 10)]
    story += [
        Paragraph("Information about re-use and your rights is given on the next page.", body),
        PageBreak(),
        Paragraph("Re-use of information", bold),
        Paragraph("Unless otherwise stated, you may re-use the information we have provided under the "
                  "Open Government Licence: " + OGL_URL, body),
        Paragraph("Your right to ask for a review", bold),
        Paragraph("If you are unhappy with the way we have dealt with your request you may ask for an "
                  "internal review within 40 working days by replying to this letter. If you remain "
                  "dissatisfied after the review you can complain to the Information Commissioner's "
                  "Office: " + ICO_URL, body),
        Spacer(1, 8),
        Paragraph("Yours sincerely,", body),
        Paragraph("Information Governance Officer<br/>Norfolk County Council", body),
    ]
    pdf_doc(str(OUT / fn), "FOI response FOI-NCC-2511-0877", "Norfolk County Council").build(
        story, canvasmaker=numbered_canvas(chrome))
    label(fn, "pdf", "Norfolk County Council", "E10000020", "answered", [], ans,
          S(*["answered"] * 5),
          F("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
          ["https://www.norfolklscp.org.uk/bruising-protocol-nmi", OGL_URL, ICO_URL])


# ======================================================================================
# 2. Gateshead: three-page letter, running header/footer, answers out of order, Q2+Q4 together
# ======================================================================================

def make_gateshead():
    fn = "gateshead-out-of-order.pdf"
    proc = "https://www.gatesheadsafeguarding.org.uk/procedures/non-mobile-infants"
    a1 = ("The Partnership did not commission a formal review. The Panel's briefing was considered "
          "at the Partnership's Practice and Procedures Group in November 2022, where members compared "
          "it with the local procedure and agreed that the procedure was consistent with it. No further "
          "action was recorded.")
    a24 = ("As no formal review was undertaken, no report or outcome papers exist. The Practice and "
           "Procedures Group agreed that no changes to the procedure were required, so none were made.")
    a3 = ("Yes. Under the Gateshead Safeguarding Children Partnership procedure, any bruise seen on a "
          "child who is not independently mobile must be referred to children's social care, and a "
          "strategy discussion is held in every case. The strategy discussion then decides whether a "
          "section 47 enquiry is needed. The procedure can be read at " + proc)
    a5 = ("The definition has not changed. Any baby under six months old is treated as not "
          "independently mobile, whatever their stage of development, and this includes babies who "
          "have started to roll. Older babies are assessed on what they can actually do: crawling, "
          "bottom-shuffling, pulling to stand, cruising or walking.")
    ans = A(a1, a24, a3, a24, a5)

    base = ParagraphStyle("g", fontName="Times-Roman", fontSize=11.5, leading=15.5, spaceAfter=9)
    qh = ParagraphStyle("gq", parent=base, fontName="Times-Bold", spaceBefore=6, spaceAfter=4)
    qi = ParagraphStyle("gi", parent=base, fontName="Times-Italic", leftIndent=12)

    def chrome(c, n, total):
        c.saveState()
        c.setFont("Times-Bold", 10)
        c.drawString(22 * mm, A4[1] - 14 * mm, "Gateshead Council")
        c.setFont("Times-Roman", 9)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 14 * mm,
                          "Freedom of Information response  |  Ref: GC/IG/FOI/25/1187")
        c.setLineWidth(0.4)
        c.line(22 * mm, A4[1] - 16.5 * mm, A4[0] - 22 * mm, A4[1] - 16.5 * mm)
        c.line(22 * mm, 19 * mm, A4[0] - 22 * mm, 19 * mm)
        c.setFont("Times-Roman", 9)
        c.drawString(22 * mm, 14 * mm, "Information Rights Team, Civic Centre, Gateshead")
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"Page {n} of {total}")
        synth_line(c, "Times-Roman")
        c.restoreState()

    story = [
        Paragraph("11th December 2025", base),
        Paragraph("Dear Sir or Madam", base),
        Paragraph("<b>Request for information: policy on bruising in non-mobile infants</b>", base),
        Paragraph("Thank you for your email of 13 November 2025. Your request has been dealt with under "
                  "the Freedom of Information Act 2000. Gateshead Council is one of the three safeguarding "
                  "partners for the Gateshead Safeguarding Children Partnership, and we have obtained the "
                  "information below from the Partnership's business unit.", base),
        Paragraph("For clarity we have not followed the order of your request. We have answered your "
                  "question about strategy discussions first, because it explains the procedure on which "
                  "the other answers depend, and we have answered your second and fourth questions "
                  "together because the same facts answer both.", base),
        Paragraph("Question 3", qh),
        Paragraph(x(REQ_Q[2]), qi),
        Paragraph(x(a3), base),
        Paragraph("Question 1", qh),
        Paragraph(x(REQ_Q[0]), qi),
        Paragraph(x(a1), base),
        PageBreak(),
        Paragraph("Questions 2 and 4", qh),
        Paragraph(x(REQ_Q[1]), qi),
        Paragraph(x(REQ_Q[3]), qi),
        Paragraph(x(a24), base),
        Paragraph("Question 5", qh),
        Paragraph(x(REQ_Q[4]), qi),
        Paragraph(x(a5), base),
        Paragraph("We hope this information is helpful. The Partnership's procedures are reviewed on a "
                  "rolling basis and any future change will be published on its website.", base),
        PageBreak(),
        Paragraph("<b>Your rights</b>", base),
        Paragraph("If you are not satisfied with this response you may request an internal review. Please "
                  "write to the Information Rights Team within two months of the date of this letter, "
                  "quoting the reference above.", base),
        Paragraph("If you are still not satisfied after the internal review, you have the right to "
                  "complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, "
                  "Cheshire SK9 5AF, or online at " + ICO_HOME, base),
        Spacer(1, 14),
        Paragraph("Yours faithfully", base),
        Spacer(1, 18),
        Paragraph("Information Rights Officer<br/>Gateshead Council", base),
    ]
    pdf_doc(str(OUT / fn), "FOI response GC/IG/FOI/25/1187", "Gateshead Council").build(
        story, canvasmaker=numbered_canvas(chrome))
    label(fn, "pdf", "Gateshead Metropolitan Borough Council", "E08000037", "answered", [], ans,
          S(*["answered"] * 5),
          F("informal", "2022-11", "no", "yes", "no", "no", "yes", "yes", 6),
          [proc, ICO_HOME])


# ======================================================================================
# 3. Staffordshire: two-page letter, headers/footers, two-part Q5 (yes to one half, no to other)
# ======================================================================================

def make_staffordshire():
    fn = "staffordshire-two-part-answers.pdf"
    rev = "https://www.ssscb.org.uk/bruising-review-2023"
    ans = A(
        "Yes. The Staffordshire and Stoke-on-Trent Safeguarding Children Partnership reviewed its "
        "bruising protocol during 2023, following the Panel's briefing. The review concluded that the "
        "protocol had become too rigid and that practitioners needed room for professional judgement "
        "before a referral became a section 47 enquiry.",
        "The review report and the revised protocol are both available on the Partnership website: " + rev,
        "No. The revised protocol requires a prompt paediatric opinion and a discussion with children's "
        "social care; a strategy discussion and a section 47 enquiry follow only where concerns remain.",
        "The main changes were an initial appraisal stage, a requirement to record the explanation "
        "given by the parent or carer, a leaflet for parents, and a definition of mobility that follows "
        "the Panel's briefing.",
        "Part one - has the definition changed? Yes. The definition was rewritten in the 2023 protocol "
        "to follow the Panel's wording. Part two - are babies who can roll treated as not independently "
        "mobile? No. A baby who can roll over deliberately is regarded as having begun to move "
        "independently, so the protocol does not apply automatically, although practitioners must still "
        "use their judgement. Classification is not based on age.",
    )
    ss = getSampleStyleSheet()
    base = ParagraphStyle("s", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14,
                          spaceAfter=8)
    qh = ParagraphStyle("sq", parent=base, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8,
                        spaceAfter=3, textColor=colors.HexColor("#3b2a6b"))
    qi = ParagraphStyle("si", parent=base, fontName="Helvetica-Oblique", fontSize=9.5,
                        textColor=colors.HexColor("#444444"))
    right = ParagraphStyle("sr", parent=base, alignment=TA_RIGHT)

    def chrome(c, n, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#3b2a6b"))
        c.rect(22 * mm, A4[1] - 18 * mm, 4 * mm, 8 * mm, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(28 * mm, A4[1] - 15.5 * mm, "Staffordshire County Council")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 15.5 * mm, "Our ref: FOI/SCC/11/0342")
        c.drawString(22 * mm, 14 * mm, "Staffordshire County Council  |  Freedom of Information")
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"Page {n} of {total}")
        synth_line(c)
        c.restoreState()

    story = [
        Paragraph("8 January 2026", right),
        Paragraph("Dear Requester", base),
        Paragraph("<b>Freedom of Information request - safeguarding policy on bruising in babies who are "
                  "not independently mobile</b>", base),
        Paragraph("I write in response to your request of 26 November 2025. The information is provided "
                  "below. Your question 5 contained two separate questions, so we have answered each part "
                  "in turn.", base),
    ]
    for i in range(5):
        story.append(KeepTogether([
            Paragraph(f"Question {i + 1}", qh),
            Paragraph(x(REQ_Q[i]), qi),
            Paragraph(x(ans[str(i + 1)]), base),
        ]))
    story += [
        Spacer(1, 8),
        Paragraph("<b>Internal review and complaint</b>", base),
        Paragraph("If you are unhappy with our response, you may ask for an internal review by writing "
                  "to us within 40 working days. You may also contact the Information Commissioner's "
                  "Office at " + ICO_HOME + " once our internal review procedure has been completed.", base),
        Paragraph("Yours sincerely", base),
        Paragraph("FOI Coordinator, Children and Families", base),
    ]
    pdf_doc(str(OUT / fn), "FOI/SCC/11/0342 response", "Staffordshire County Council").build(
        story, canvasmaker=numbered_canvas(chrome))
    label(fn, "pdf", "Staffordshire County Council", "E10000028", "answered", [], ans,
          S(*["answered"] * 5),
          F("formal", "2023", "yes", "no", "yes", "yes", "no", "no", None),
          [rev, ICO_HOME])


# ======================================================================================
# 4. Lincolnshire: REJECT - a normal FOI reply to a different safeguarding request (CP plans)
# ======================================================================================

def make_lincolnshire():
    fn = "lincolnshire-child-protection-plans.pdf"
    ss = getSampleStyleSheet()
    base = ParagraphStyle("l", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14.5,
                          spaceAfter=8)
    cellst = ParagraphStyle("lc", parent=base, fontSize=9.5, leading=12, spaceAfter=0)

    def chrome(c, n, total):
        c.saveState()
        c.setFont("Times-Bold", 14)
        c.drawString(22 * mm, A4[1] - 16 * mm, "Lincolnshire County Council")
        c.setFont("Times-Roman", 9)
        c.drawString(22 * mm, A4[1] - 21 * mm, "Information Governance  |  County Offices, Lincoln")
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"Page {n} of {total}")
        synth_line(c, "Times-Roman")
        c.restoreState()

    rows = [["Category of abuse", "31/03/2021", "31/03/2022", "31/03/2023", "31/03/2024", "31/03/2025"],
            ["Neglect", "231", "244", "262", "249", "238"],
            ["Emotional abuse", "158", "171", "166", "180", "175"],
            ["Physical abuse", "41", "38", "45", "43", "47"],
            ["Sexual abuse", "19", "22", "17", "21", "18"],
            ["Multiple categories", "12", "9", "14", "11", "10"],
            ["Total", "461", "484", "504", "504", "488"]]
    t = Table([[Paragraph(c, cellst) for c in r] for r in rows], colWidths=[46 * mm] + [24 * mm] * 5)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                           ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0"))]))
    story = [
        Paragraph("Reference: FOI/LCC/5521", base),
        Paragraph("Date: 18 December 2025", base),
        Paragraph("Dear Requester", base),
        Paragraph("<b>Freedom of Information Act 2000 - children subject to a child protection plan</b>", base),
        Paragraph("Thank you for your request for information, received on 20 November 2025, in which you "
                  "asked:", base),
        Paragraph("<i>1. How many children were the subject of a child protection plan on 31 March in each "
                  "year from 2021 to 2025?<br/>2. For each year, please break these figures down by the "
                  "initial category of abuse.<br/>3. How many child protection plans lasted for two years "
                  "or more?</i>", base),
        Paragraph("<b>Response to questions 1 and 2</b>", base),
        Paragraph("The numbers of children subject to a child protection plan at 31 March each year, by "
                  "initial category of abuse, are shown below.", base),
        t,
        Spacer(1, 8),
        Paragraph("<b>Response to question 3</b>", base),
        Paragraph("Of the plans that ended in the year to 31 March 2025, 14 had lasted for two years or more. "
                  "Figures for earlier years are published in the Department for Education's annual "
                  "statistics on children in need, which are available at "
                  "https://explore-education-statistics.service.gov.uk and are therefore exempt under "
                  "section 21 of the Act.", base),
        Paragraph("The information supplied may be re-used under the Open Government Licence. If you are "
                  "unhappy with this response you may ask for an internal review, and afterwards you may "
                  "complain to the Information Commissioner's Office at " + ICO_HOME, base),
        Paragraph("Yours sincerely<br/>Information Governance Team<br/>Lincolnshire County Council", base),
    ]
    pdf_doc(str(OUT / fn), "FOI/LCC/5521 response", "Lincolnshire County Council").build(
        story, canvasmaker=numbered_canvas(chrome))
    reject(fn, "pdf", "other_request")


# ======================================================================================
# 5. Somerset: DOCX with topic headings and no question numbers
# ======================================================================================

def make_somerset():
    fn = "somerset-topic-headings.docx"
    proc = "https://somersetscp.proceduresonline.com/chapters/p_bruising_nmb.html"
    topics = [
        ("Review of policy",
         "There has been no review of the policy since the Panel's briefing was published. The briefing "
         "was not tabled at any Somerset Safeguarding Children Partnership meeting and the procedure has "
         "not been checked against it."),
        ("Papers and minutes", "There are no papers, because no review took place."),
        ("Strategy discussions",
         "Yes. The Somerset procedure states that every non-mobile baby with a bruise is referred to "
         "children's social care, and a strategy discussion is always held to decide whether a section 47 "
         "enquiry should begin."),
        ("Changes made",
         "None. The procedure was last revised in July 2021 and remains in force without amendment. It is "
         "scheduled for its next routine review in 2026."),
        ("Definition of non-mobile",
         "The definition has not changed. For the purposes of the procedure every baby under 12 months of "
         "age is regarded as non-mobile. The procedure says nothing specific about babies who can roll. It "
         "can be read at " + proc),
    ]
    d = new_docx("FOI response SC-FOI-2025-09931", "Somerset Council")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Somerset Council  |  Information Governance  |  Ref SC-FOI-2025-09931"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_footer(d, "Somerset Council - Freedom of Information response")

    d.add_heading("Freedom of Information Act 2000 - Response", level=1)
    p = d.add_paragraph()
    p.add_run("Reference: ").bold = True
    p.add_run("SC-FOI-2025-09931")
    p = d.add_paragraph()
    p.add_run("Date of response: ").bold = True
    p.add_run("19 December 2025")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Your request concerned the Child Safeguarding Practice Review Panel's briefing on "
                    "bruising in non-mobile infants and how the Somerset procedure responds to it. We have "
                    "grouped our answers under the topics your request covered.")
    for head, text in topics:
        d.add_heading(head, level=2)
        d.add_paragraph(text)
    d.add_heading("Your rights", level=2)
    d.add_paragraph("You may ask for an internal review of this response within 40 working days.",
                    style="List Bullet")
    d.add_paragraph("If you remain unhappy after the review you can complain to the Information "
                    "Commissioner's Office: " + ICO_URL, style="List Bullet")
    d.add_paragraph("The information may be re-used under the Open Government Licence.", style="List Bullet")
    d.add_paragraph("Kind regards,")
    d.add_paragraph("Information Governance Team\nSomerset Council")
    # page break so the running header/footer repeats over two pages
    d.add_page_break()
    d.add_heading("Annex: how we handled your request", level=2)
    d.add_paragraph("Your request was received on 21 November 2025 and was logged under the reference "
                    "above. The answers were provided by the Somerset Safeguarding Children Partnership "
                    "business unit and checked by the council's Information Governance Team.")
    save_docx(d, OUT / fn)
    ans = A(*[t for _, t in topics])
    label(fn, "docx", "Somerset Council", "E06000066", "answered", [], ans, S(*["answered"] * 5),
          F("none", None, "no", "yes", "no", "no", "not_stated", "yes", 12),
          [proc, ICO_URL])


# ======================================================================================
# 6. Trafford: DOCX table; one response cell merged across the rows of questions 4 and 5
# ======================================================================================

def make_trafford():
    fn = "trafford-merged-cells.docx"
    a1 = ("Yes. The Greater Manchester Safeguarding Procedures group carried out a formal review of the "
          "bruising protocol in May 2023 after the Panel's briefing. It concluded that the protocol should "
          "move away from automatic referral for a section 47 enquiry and should define mobility more "
          "precisely.")
    a2 = "A summary of the review and the revised protocol are attached to this response as Appendix A and Appendix B."
    a3 = ("No. An initial health appraisal by a paediatrician comes first; a strategy discussion is convened "
          "only where that appraisal does not give a satisfactory explanation for the injury.")
    a45 = ("Following the review the Greater Manchester protocol was changed in two ways. First, an initial "
           "health appraisal now comes before any strategy discussion. Second, the definition of a non-mobile "
           "baby was rewritten: it now covers any baby who cannot crawl, bottom-shuffle, pull to stand, cruise "
           "or walk, and it expressly includes babies who can roll. Age is not used to decide mobility.")
    ans = A(a1, a2, a3, a45, a45)
    d = new_docx("Trafford Council FOI response TMBC/IG/25/6120", "Trafford Council")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Trafford Council")
    r.bold = True
    hp.add_run("\tFreedom of Information response\tTMBC/IG/25/6120")
    docx_footer(d, "Trafford Council, Trafford Town Hall")

    t = d.add_paragraph()
    rr = t.add_run("Response to your Freedom of Information request")
    rr.bold = True
    rr.font.size = Pt(14)
    d.add_paragraph("Date: 04/12/2025")
    d.add_paragraph("Dear Requester")
    d.add_paragraph("Thank you for your request about the council's policy on bruising in non-mobile infants, "
                    "received on 6 November 2025. Our response is set out in the table below. Because the "
                    "same information answers your fourth and fifth questions, we have given one response "
                    "for both.")
    short_q = [
        "Was there a review of safeguarding policies after the Panel's guidance? When, and what did it conclude?",
        "Provide any papers on the outcome of that review.",
        "Does the policy require a s47 investigation or strategy discussion in all cases?",
        "What changes were made for consistency with the evidence base and national guidelines?",
        "Has the definition of not independently mobile changed and how is it now defined (rolling; age)?",
    ]
    tbl = d.add_table(rows=6, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["No.", "Question", "Response"]):
        c = tbl.cell(0, j)
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for i in range(5):
        tbl.cell(i + 1, 0).text = str(i + 1)
        tbl.cell(i + 1, 1).text = short_q[i]
    tbl.cell(1, 2).text = a1
    tbl.cell(2, 2).text = a2
    tbl.cell(3, 2).text = a3
    merged = tbl.cell(4, 2).merge(tbl.cell(5, 2))
    merged.text = a45
    for row in tbl.rows:
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(6.0)
        row.cells[2].width = Cm(9.8)
    d.add_paragraph()
    d.add_paragraph("If you are dissatisfied with the handling of your request you may ask for an internal "
                    "review. If you are still unhappy after that, you may complain to the Information "
                    "Commissioner's Office at https://ico.org.uk/concerns/")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Information Governance Team")
    save_docx(d, OUT / fn)
    label(fn, "docx", "Trafford Metropolitan Borough Council", "E08000009", "answered", [], ans,
          S(*["answered"] * 5),
          F("formal", "2023-05", "yes", "no", "yes", "yes", "yes", "no", None),
          ["https://ico.org.uk/concerns/"])


# ======================================================================================
# 7. Bedford: DOCX, numbered list of bold questions; partial (s22 refusal, redirect)
# ======================================================================================

def make_bedford():
    fn = "bedford-partial-numbered.docx"
    contact = "https://www.bedfordshirelscp.org.uk/contact-us"
    ans = A(
        "Yes. The Bedfordshire Safeguarding Children Partnership, which covers Bedford Borough, Central "
        "Bedfordshire and Luton, carried out a formal review of its bruising protocol in January 2024. Its "
        "conclusions were reported to the Partnership's executive group.",
        "The review report is being prepared for publication on the Partnership's website and is expected "
        "to appear in spring 2026. We are therefore withholding it under section 22 of the Act (information "
        "intended for future publication). Having considered the public interest, we believe it is best "
        "served by publishing the complete report, with its context, at the planned time.",
        "No. The protocol requires a medical assessment and a discussion with children's social care; a "
        "strategy discussion is held where concerns remain after that.",
        "The council does not hold a record of the changes made to the protocol. This information is held "
        "by the Bedfordshire Safeguarding Children Partnership, which you can contact through " + contact,
        "The protocol describes a non-mobile child as one who cannot yet crawl, bottom-shuffle, cruise or "
        "walk. The council does not hold information on whether this wording has changed.",
    )
    d = new_docx("Bedford Borough Council FOI BBC/FOI/2025/3310", "Bedford Borough Council")
    d.styles["Normal"].font.name = "Verdana"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("BEDFORD BOROUGH COUNCIL")
    hr.bold = True
    hr.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    sec.header.add_paragraph("Borough Hall, Bedford  -  Information Governance")
    docx_footer(d, "BBC/FOI/2025/3310")

    d.add_paragraph("Our ref: BBC/FOI/2025/3310")
    d.add_paragraph("15/12/2025")
    d.add_paragraph("Dear Requester,")
    h = d.add_paragraph()
    h.add_run("Freedom of Information Act 2000: bruising in non-mobile infants").bold = True
    d.add_paragraph("We have now considered your request of 17 November 2025. You asked the following "
                    "questions, and our response follows each one.")
    for i in range(5):
        qp = d.add_paragraph(style="List Number")
        qp.add_run(REQ_Q[i]).bold = True
        d.add_paragraph(ans[str(i + 1)])
    d.add_heading("Exemption applied", level=3)
    d.add_paragraph("Section 22 - information intended for future publication - has been applied to the "
                    "review report requested in question 2.")
    d.add_heading("Right of appeal", level=3)
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within 40 "
                    "working days. You may then complain to the Information Commissioner's Office at "
                    + ICO_URL)
    d.add_paragraph("Yours sincerely,\nInformation Governance Officer\nBedford Borough Council")
    save_docx(d, OUT / fn)
    label(fn, "docx", "Bedford Borough Council", "E06000055", "partial", ["s22"], ans,
          S("answered", "refused", "answered", "redirected", "answered"),
          F("formal", "2024-01", "no", "no", "not_stated", "not_stated", "not_stated", "not_stated", None),
          [contact, ICO_URL])


# ======================================================================================
# HTML page chrome
# ======================================================================================

def page(title, council, main_html, extra_css="", extra_js=""):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<!-- {SYNTH} -->
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {html.escape(council)}</title>
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}
.cookie{{background:#222;color:#fff;padding:12px 20px}}
.cookie button{{margin-left:8px}}
header{{background:#00404f;color:#fff;padding:14px 20px}}
header a{{color:#fff;margin-right:14px}}
.crumbs{{padding:8px 20px;font-size:14px}}
main{{max-width:860px;padding:10px 20px}}
footer{{background:#eee;padding:20px;font-size:13px;margin-top:30px}}
{extra_css}
</style>
</head>
<body>
<div class="cookie" id="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies
  to understand how you use the site.
  <button type="button">Accept analytics cookies</button><button type="button">Reject analytics cookies</button>
  <a href="/cookies" style="color:#fff">View cookies</a></p>
</div>
<header>
  <a href="/" class="logo"><strong>{html.escape(council)}</strong></a>
  <nav aria-label="Main">
    <a href="/bins-and-recycling">Bins and recycling</a>
    <a href="/council-tax">Council tax</a>
    <a href="/schools-and-education">Schools</a>
    <a href="/social-care">Social care</a>
    <a href="/your-council">Your council</a>
  </nav>
  <form action="/search" role="search"><input type="search" name="q" aria-label="Search"><button>Search</button></form>
</header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/your-council">Your council</a> &gt;
<a href="/your-council/freedom-of-information">Freedom of information</a> &gt;
<a href="/your-council/freedom-of-information/disclosure-log">Disclosure log</a> &gt; {html.escape(title)}</div>
<main id="main-content">
{main_html}
</main>
<footer>
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/sitemap">Site map</a></li>
  </ul>
  <p>&copy; {html.escape(council)} 2025</p>
</footer>
{extra_js}
</body>
</html>
"""


def e(t):
    return html.escape(t, quote=False)


# ======================================================================================
# 8. Plymouth: HTML page with <details><summary> collapsible answers
# ======================================================================================

def make_plymouth():
    fn = "plymouth-details-sections.html"
    proc = "https://www.plymouthscp.org.uk/procedures/bruising-in-babies"
    ans = A(
        "There was no formal review. The Plymouth Safeguarding Children Partnership's Policy and Practice "
        "Group discussed the briefing at its meeting on 24 January 2023 and agreed that the existing "
        "procedure already reflected it.",
        "An extract from the minutes of that meeting reads: 'The group noted the national briefing and "
        "compared it with the local procedure. Members agreed that no amendment is required at this "
        "stage.' No other papers exist.",
        "No. A paediatric assessment is arranged first, and children's social care decides in the light of "
        "it whether a strategy discussion is needed.",
        "No changes were made, as the procedure was judged to be consistent with the briefing already.",
        "The definition has not changed. The procedure treats all babies under six months as not "
        "independently mobile; it does not deal with babies who can roll as a separate group. The "
        "procedure is published at " + proc,
    )
    summaries = [
        "Question 1 - Was there a review after the Panel's guidance?",
        "Question 2 - Papers on the outcome of the review",
        "Question 3 - Section 47 investigation or strategy discussion in all cases?",
        "Question 4 - Changes made for consistency with the evidence and guidelines",
        "Question 5 - Definition of not independently mobile",
    ]
    blocks = []
    for i in range(5):
        op = " open" if i == 0 else ""
        blocks.append(f'<details class="foi-answer"{op}>\n  <summary>{e(summaries[i])}</summary>\n'
                      f'  <div class="foi-answer__body"><p>{e(ans[str(i + 1)])}</p></div>\n</details>')
    main = f"""
<h1>FOI response: policy on bruising in non-mobile infants</h1>
<p class="meta">Request reference: 2025-FOI-11407 &middot; Response sent: 28 November 2025</p>
<p>We were asked about the Plymouth Safeguarding Children Partnership's policy on bruising in non-mobile
babies following the national Panel's briefing of September 2022. Select each question to show our answer.</p>
{chr(10).join(blocks)}
<h2>Re-using this information</h2>
<p>You can re-use this information under the Open Government Licence: <a href="{OGL_URL}">{OGL_URL}</a></p>
<p>If you are unhappy with our response you can ask for an internal review, and then complain to the
Information Commissioner at <a href="{ICO_HOME}">{ICO_HOME}</a></p>
<p class="updated">Last updated: 1 December 2025</p>
"""
    css = "details{border:1px solid #ccc;margin:6px 0;padding:6px}summary{font-weight:bold;cursor:pointer}"
    (OUT / fn).write_text(page("Bruising in non-mobile infants", "Plymouth City Council", main, css),
                          encoding="utf-8")
    label(fn, "html", "Plymouth City Council", "E06000026", "answered", [], ans, S(*["answered"] * 5),
          F("informal", "2023-01", "yes", "no", "no", "no", "not_stated", "yes", 6),
          [proc, OGL_URL, ICO_HOME])


# ======================================================================================
# 9. Kirklees: HTML page with a JavaScript accordion of buttons and divs
# ======================================================================================

def make_kirklees():
    fn = "kirklees-button-accordion.html"
    u1 = "https://westyorkscb.proceduresonline.com/p_bruising_nmi.html"
    u2 = "https://westyorkscb.proceduresonline.com/amendments.html"
    ans = A(
        "Yes. The West Yorkshire Consortium procedures group, acting for the Kirklees Safeguarding Children "
        "Partnership and the other West Yorkshire partnerships, formally reviewed the bruising procedure in "
        "October 2023. It concluded that the procedure should be rewritten to include an initial appraisal "
        "and a clearer definition of mobility.",
        "The revised procedure and a summary of the changes are published at " + u1 + " and " + u2,
        "No. The procedure now begins with an initial appraisal by a paediatrician and children's social "
        "care; a strategy discussion is held where the appraisal cannot exclude non-accidental injury.",
        "An initial appraisal stage was added, the information given to parents was rewritten, and the "
        "definition of mobility was brought into line with the Panel's briefing.",
        "Yes, the definition changed. Until 2023 the procedure applied to all babies under six months. It "
        "now applies to any baby who is not yet crawling, bottom-shuffling, cruising or walking, whatever "
        "their age, and a baby who can roll is still counted as not independently mobile.",
    )
    titles = ["Review of safeguarding policies (question 1)", "Papers on the outcome (question 2)",
              "Section 47 and strategy discussions (question 3)", "Changes made (question 4)",
              "Definition of not independently mobile (question 5)"]
    items = []
    for i in range(5):
        items.append(f"""<div class="accordion__item">
  <h3 class="accordion__heading"><button type="button" class="accordion__trigger" aria-expanded="false"
    aria-controls="acc-panel-{i + 1}" id="acc-btn-{i + 1}">{e(titles[i])}</button></h3>
  <div class="accordion__panel" id="acc-panel-{i + 1}" role="region" aria-labelledby="acc-btn-{i + 1}" hidden>
    <div class="rich-text"><p>{e(ans[str(i + 1)])}</p></div>
  </div>
</div>""")
    main = f"""
<h1>Freedom of information response KMC-FOI-25-08812</h1>
<div class="summary-box"><p><strong>Subject:</strong> Bruising in non-mobile infants - safeguarding policy review</p>
<p><strong>Responded:</strong> 05/12/2025</p></div>
<h2>What was asked</h2>
<p>The requester asked five questions about whether the local safeguarding partnership reviewed its policy
after the national Child Safeguarding Practice Review Panel's briefing, what changed, and how a baby who is
not independently mobile is defined.</p>
<h2>Our response</h2>
<div class="accordion" data-module="accordion">
<button type="button" class="accordion__toggle-all">Show all sections</button>
{chr(10).join(items)}
</div>
<p>You may be able to re-use this information; see our re-use policy. If you are not happy with this
response, please ask for an internal review. You can also contact the Information Commissioner's Office
at <a href="{ICO_URL}">{ICO_URL}</a></p>
"""
    js = """<script>
document.querySelectorAll('.accordion__trigger').forEach(function (btn) {
  btn.addEventListener('click', function () {
    var open = btn.getAttribute('aria-expanded') === 'true';
    btn.setAttribute('aria-expanded', String(!open));
    document.getElementById(btn.getAttribute('aria-controls')).hidden = open;
  });
});
</script>"""
    css = ".accordion__trigger{display:block;width:100%;text-align:left;padding:10px;font-size:16px}"
    (OUT / fn).write_text(page("FOI KMC-FOI-25-08812", "Kirklees Council", main, css, js), encoding="utf-8")
    label(fn, "html", "Kirklees Council", "E08000034", "answered", [], ans, S(*["answered"] * 5),
          F("formal", "2023-10", "yes", "no", "yes", "yes", "yes", "no", None),
          [u1, u2, ICO_URL])


# ======================================================================================
# 10. Herefordshire: disclosure-log detail page with metadata; partial (Q2 not held)
# ======================================================================================

def make_herefordshire():
    fn = "herefordshire-disclosure-log.html"
    proc = "https://westmidlands.procedures.org.uk/bruising-protocol-nmi"
    ans = A(
        "The Herefordshire Safeguarding Children Partnership considered the Panel's briefing informally in "
        "the spring of 2023 and checked the West Midlands procedure against it. No formal review was "
        "commissioned, and it was agreed that no changes were needed.",
        "No information held. No papers were produced.",
        "No. A strategy discussion is not automatic; it depends on the outcome of a paediatric assessment.",
        "Please see our response to question 1.",
        "No change has been made to the definition. Babies who are not yet crawling, bottom shuffling, "
        "pulling to stand, cruising or walking are treated as not independently mobile, and this includes "
        "babies who roll. Age is not used. The procedure is at " + proc,
    )
    resp = "\n".join(f"<p><strong>{i + 1}.</strong> {e(ans[str(i + 1)])}</p>" for i in range(5))
    reqs = "\n".join(f"<li>{e(q)}</li>" for q in [
        "Whether the council reviewed its safeguarding policies after the Panel's September 2022 guidance, when, and with what conclusion.",
        "Any papers setting out the outcome of that review.",
        "Whether policy requires a section 47 investigation or a strategy discussion in all cases.",
        "What changes were made to achieve consistency with the evidence base and national guidelines.",
        "Whether the definition of a child who is not independently mobile has changed, how it is now defined, whether babies who roll count as not independently mobile, and whether age is used.",
    ])
    main = f"""
<div class="disclosure">
<h1 class="disclosure__title">Safeguarding policy - bruising in non-mobile infants</h1>
<dl class="disclosure__meta">
  <dt>Case reference</dt><dd>FOI-2025-04319</dd>
  <dt>Date received</dt><dd>3 November 2025</dd>
  <dt>Date published</dt><dd>10 December 2025</dd>
  <dt>Category</dt><dd>Children and families</dd>
  <dt>Outcome</dt><dd>Partially disclosed</dd>
</dl>
<section class="disclosure__request">
<h2>Request</h2>
<p>The requester referred to the Child Safeguarding Practice Review Panel's briefing of September 2022 and asked for:</p>
<ol>
{reqs}
</ol>
</section>
<section class="disclosure__response">
<h2>Response</h2>
{resp}
<p>Information released under the Freedom of Information Act is re-usable under the Open Government
Licence: {OGL_URL}</p>
</section>
<section class="disclosure__attachments"><h2>Attachments</h2><p>There are no attachments for this disclosure.</p></section>
<p><a href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">Back to disclosures</a></p>
</div>
"""
    css = "dl.disclosure__meta{display:grid;grid-template-columns:160px auto}dt{font-weight:bold}"
    (OUT / fn).write_text(page("FOI-2025-04319", "Herefordshire Council", main, css), encoding="utf-8")
    label(fn, "html", "Herefordshire Council", "E06000019", "partial", [], ans,
          S("answered", "not_held", "answered", "see_other", "answered"),
          F("informal", "2023", "no", "no", "no", "no", "yes", "no", None),
          [proc, OGL_URL])


# ======================================================================================
# 11. Sefton: email answered inline between the requester's quoted questions (with the typo)
# ======================================================================================

def make_sefton():
    fn = "sefton-inline-quoted.eml"
    proc = "https://www.merseysidescp.org.uk/procedures/bruising-pre-mobile"
    foi = "https://www.sefton.gov.uk/your-council/freedom-of-information"
    ans = A(
        "Yes. The Merseyside safeguarding procedures group reviewed the bruising protocol in the autumn of "
        "2022, shortly after the briefing. It concluded that the protocol should no longer send every case "
        "directly to a section 47 enquiry.",
        "The revised protocol, which records the outcome, is available at " + proc,
        "No. An initial appraisal by children's social care and a paediatrician decides whether a strategy "
        "discussion is needed.",
        "The protocol was amended to add the initial appraisal step and a leaflet for parents explaining what "
        "happens next.",
        "Did the definition change? No. Are babies who can roll treated as not independently mobile? Yes, "
        "rolling on its own does not make a baby mobile. Is it based on age? No.",
    )
    lines = [
        "Hello,",
        "",
        "Thank you for your request for information, which we have dealt with under the Freedom of "
        "Information Act 2000. Our answers are written below each of your questions (the unquoted text).",
        "",
        "If you are unhappy with this response you can ask us for an internal review. You can also complain "
        "to the Information Commissioner's Office at " + ICO_URL,
        "",
        "Regards",
        "",
        "Information Management Team",
        "Sefton Council",
        foi,
        "",
        "-----Original Message-----",
        "From: A Requester <a.requester@example.org>",
        "Sent: 10 November 2025 09:12",
        "To: FOI <foi@sefton.gov.uk>",
        "Subject: Freedom of Information request - Bruising in non-mobile infants",
        "",
        "> Dear Sefton Council,",
        ">",
        "> " + REQ_PREAMBLE,
        "> " + PANEL_URL,
        ">",
        "> Please answer the following:",
        ">",
    ]
    for i in range(5):
        lines.append(f"> {i + 1}. {REQ_Q_TYPO[i]}")
        lines.append("")
        lines.append(ans[str(i + 1)])
        lines.append("")
    lines += [">", "> Yours faithfully,", ">", "> A Requester", "", SYNTH, ""]
    msg = EmailMessage()
    msg["From"] = "Sefton Council FOI <foi@sefton.gov.uk>"
    msg["To"] = "A Requester <a.requester@example.org>"
    msg["Subject"] = "RE: Freedom of Information request - Bruising in non-mobile infants [Ref: SMBC-FOI-25-3381]"
    msg["Date"] = "Wed, 03 Dec 2025 11:47:02 +0000"
    msg["Message-ID"] = "<synthetic-sefton-3381@foi-responses.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content("\n".join(lines), cte="quoted-printable")
    finish_eml(msg, OUT / fn, "sefton")
    label(fn, "eml", "Sefton Metropolitan Borough Council", "E08000014", "answered", [], ans,
          S(*["answered"] * 5),
          F("formal", "2022", "yes", "no", "yes", "no", "yes", "no", None),
          [ICO_URL, foi, proc])


# ======================================================================================
# 12. Cheshire East: email whose answers are only in an attached PDF letter
# ======================================================================================

def cheshire_east_pdf(ans, proc):
    buf = io.BytesIO()
    ss = getSampleStyleSheet()
    base = ParagraphStyle("ce", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                          spaceAfter=7)
    qst = ParagraphStyle("ceq", parent=base, fontName="Helvetica-Bold")

    def chrome(c, n, total):
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.setFillColor(colors.HexColor("#6a1b4d"))
        c.drawString(22 * mm, A4[1] - 16 * mm, "Cheshire East Council")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, A4[1] - 21 * mm, "Compliance and Customer Relations Team  |  FOI 2025-11-0573")
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"{n}/{total}")
        synth_line(c)
        c.restoreState()

    story = [
        Paragraph("1st December 2025", base),
        Paragraph("Dear Requester", base),
        Paragraph("<b>Freedom of Information request 2025-11-0573</b>", base),
        Paragraph("Your request has been considered under the Freedom of Information Act 2000 and our "
                  "response to each question is set out below.", base),
    ]
    for i in range(5):
        story.append(Paragraph(f"{i + 1}. " + x(REQ_Q[i]), qst))
        story.append(Paragraph(x(ans[str(i + 1)]), base))
    story += [
        Paragraph("Personal information about junior staff has been redacted from the minutes under section "
                  "40(2) of the Act, because disclosure would breach the data protection principles.", base),
        Paragraph("If you are dissatisfied with this response you may request an internal review. Should you "
                  "remain dissatisfied you can contact the Information Commissioner at " + ICO_HOME, base),
        Paragraph("Yours sincerely<br/>Compliance and Customer Relations Team", base),
    ]
    d = pdf_doc(buf, "FOI 2025-11-0573 response", "Cheshire East Council")
    d.build(story, canvasmaker=numbered_canvas(chrome))
    return buf.getvalue()


def make_cheshire_east():
    fn = "cheshire-east-attached-letter.eml"
    proc = "https://www.pancheshirescp.org.uk/procedures/bruising-protocol"
    ans = A(
        "Yes. The Pan-Cheshire safeguarding children partnerships' procedures group undertook a formal review "
        "of the Pan-Cheshire bruising protocol in February 2023. The review concluded that the protocol should "
        "be updated to reflect the Panel's findings.",
        "The minutes of the procedures group meeting of 9 February 2023 are attached as Appendix 1, with the "
        "names of junior staff redacted. The current protocol can be read at " + proc,
        "No. The protocol requires a paediatric assessment and a discussion with children's social care "
        "before any decision on a strategy discussion.",
        "The protocol now includes an initial appraisal, a revised definition of mobility and new guidance on "
        "communicating with parents.",
        "Yes, the definition changed. A baby who can roll over is now regarded as showing independent "
        "mobility, so the protocol's mandatory steps apply only to babies who cannot yet roll, crawl, "
        "bottom-shuffle, cruise or walk. Age is not part of the definition.",
    )
    pdf_bytes = cheshire_east_pdf(ans, proc)
    quoted = "\n".join([
        "From: A Requester <a.requester@example.org>",
        "Sent: 05 November 2025 19:40",
        "To: FOI Cheshire East <foi@cheshireeast.gov.uk>",
        "Subject: FOI request - bruising in non-mobile infants",
        "",
        "Dear Cheshire East Council,",
        "",
        REQ_PREAMBLE,
        PANEL_URL,
        "",
        "Can you respond to the following freedom of information request:",
        *[f"{i + 1}. {q}" for i, q in enumerate(REQ_Q)],
        "",
        "Yours faithfully,",
        "A Requester",
    ])
    text = ("Dear Requester\n\nRe: Freedom of Information request 2025-11-0573\n\n"
            "Please find attached the Council's response to your request for information.\n\n"
            "Yours sincerely\n\nCompliance and Customer Relations Team\nCheshire East Council\n\n"
            "________________________________\n" + quoted + "\n\n" + SYNTH + "\n")
    htmlbody = ("<html><body><!-- " + SYNTH + " -->"
                "<p>Dear Requester</p><p>Re: Freedom of Information request 2025-11-0573</p>"
                "<p>Please find attached the Council's response to your request for information.</p>"
                "<p>Yours sincerely</p><p>Compliance and Customer Relations Team<br>Cheshire East Council</p>"
                "<hr><div style=\"color:#555\">" + "<br>".join(e(l) for l in quoted.split("\n")) + "</div>"
                "<p style=\"font-size:8px;color:#999\">" + e(SYNTH) + "</p></body></html>")
    msg = EmailMessage()
    msg["From"] = "Cheshire East Council FOI <foi@cheshireeast.gov.uk>"
    msg["To"] = "A Requester <a.requester@example.org>"
    msg["Subject"] = "FOI 2025-11-0573 - Response"
    msg["Date"] = "Mon, 01 Dec 2025 16:05:44 +0000"
    msg["Message-ID"] = "<synthetic-cheshireeast-0573@foi-responses.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(text)
    msg.add_alternative(htmlbody, subtype="html")
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                       filename="FOI 2025-11-0573 Response.pdf")
    finish_eml(msg, OUT / fn, "cheshireeast")
    label(fn, "eml", "Cheshire East Council", "E06000049", "answered", ["s40(2)"], ans,
          S(*["answered"] * 5),
          F("formal", "2023-02", "yes", "no", "yes", "yes", "no", "no", None),
          [proc, ICO_HOME])


# ======================================================================================
# 13. Wokingham: HTML-only quoted-printable email, Q1..Q5, never uses the word for the injury
# ======================================================================================

def make_wokingham():
    fn = "wokingham-immobile-babies.eml"
    note = "https://www.berkshirewestscp.org.uk/documents/protocol-review-note-2023"
    ans = A(
        "Yes. Berkshire West Safeguarding Children Partnership formally reviewed its protocol on injuries to "
        "immobile babies; the review was signed off on 18/04/2023. It concluded that the protocol remained "
        "broadly sound but that the definition of mobility needed tightening.",
        "The review note is published at " + note,
        "Yes. Our protocol requires a strategy discussion for every immobile baby who presents with an injury "
        "of this kind, and this requirement was kept after the review.",
        "The definition of mobility was tightened and a section on speaking with parents was added.",
        "The definition changed in April 2023. Every baby under 6 months is now treated as immobile, and this "
        "includes babies who have started to roll.",
    )
    qs = ["Review after the national Panel's guidance", "Papers on the outcome",
          "Section 47 / strategy discussion in every case", "Changes made", "Definition of immobile"]
    parts = []
    for i in range(5):
        parts.append(f'<p style="margin:14px 0 2px 0"><b>Q{i + 1}</b> &ndash; {e(qs[i])}</p>'
                     f'<p style="margin:0 0 8px 0">{e(ans[str(i + 1)])}</p>')
    body = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<!-- {SYNTH} -->
<p>Dear Requester,</p>
<p>Thank you for your request about the council's safeguarding arrangements for injuries to immobile babies,
received on 19 November 2025. Our answers to your five questions follow.</p>
{''.join(parts)}
<p>If you are not satisfied with this response you may ask for an internal review within 40 working days.
You also have the right to complain to the Information Commissioner's Office: <a href="{ICO_URL}">{ICO_URL}</a></p>
<p>Kind regards,<br>Information Governance<br>Wokingham Borough Council<br>Shute End, Wokingham</p>
<p style="font-size:8pt;color:#888">{e(SYNTH)}</p>
</body></html>"""
    msg = EmailMessage()
    msg["From"] = "Wokingham Borough Council <foi@wokingham.gov.uk>"
    msg["To"] = "a.requester@example.org"
    msg["Subject"] = "FOI 2025/1194 - injuries to immobile babies - response"
    msg["Date"] = "Thu, 18 Dec 2025 10:22:31 +0000"
    msg["Message-ID"] = "<synthetic-wokingham-1194@foi-responses.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(body, subtype="html", cte="quoted-printable")
    finish_eml(msg, OUT / fn, "wokingham")
    label(fn, "eml", "Wokingham Borough Council", "E06000041", "answered", [], ans, S(*["answered"] * 5),
          F("formal", "2023-04", "yes", "yes", "yes", "yes", "yes", "yes", 6),
          [note, ICO_URL])


# ======================================================================================
# 14. Walsall: REJECT - acknowledgement quoting the whole request
# ======================================================================================

def make_walsall():
    fn = "walsall-acknowledgement.eml"
    text = "\n".join([
        "Dear Requester",
        "",
        "Freedom of Information request - our reference WMBC/FOI/25/12907",
        "",
        "Thank you for your email received on 12 November 2025, in which you asked for the following "
        "information:",
        "",
        "\"" + REQ_PREAMBLE,
        "Can you respond to the following freedom of information request:",
        *[f"{i + 1}. {q}" for i, q in enumerate(REQ_Q_TYPO)],
        "\"",
        "",
        "Your request is being dealt with under the Freedom of Information Act 2000. We will respond "
        "promptly and in any event within 20 working days of receipt, that is by 10 December 2025.",
        "",
        "If we need to clarify anything, or if a fee is payable, we will contact you and the time limit "
        "will be paused until we hear from you.",
        "",
        "Kind regards",
        "Information Governance Team",
        "Walsall Council",
        "",
        SYNTH,
        "",
    ])
    msg = EmailMessage()
    msg["From"] = "Walsall Council Information Governance <foi@walsall.gov.uk>"
    msg["To"] = "A Requester <a.requester@example.org>"
    msg["Subject"] = "Acknowledgement: Freedom of Information request WMBC/FOI/25/12907"
    msg["Date"] = "Wed, 12 Nov 2025 15:00:09 +0000"
    msg["Message-ID"] = "<synthetic-walsall-12907@foi-responses.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(text)
    finish_eml(msg, OUT / fn, "walsall")
    reject(fn, "eml", "acknowledgement")


# ======================================================================================
# 15. North Yorkshire: plain-text letter in run-on prose with no question numbers
# ======================================================================================

def make_north_yorkshire():
    fn = "north-yorkshire-run-on-prose.txt"
    rev = "https://www.safeguardingchildren.co.uk/professionals/bruising-protocol-review"
    a1 = ("With regard to your first question, the North Yorkshire Safeguarding Children Partnership's "
          "procedures subgroup carried out a formal review of its bruising protocol in June 2023 in response "
          "to the Panel's briefing, and concluded that the protocol should contain a clear initial appraisal "
          "stage before any decision is made about a strategy discussion.")
    a2 = ("As to the papers you asked for, the subgroup's report is published alongside the protocol at "
          + rev + " and the council holds nothing further on the outcome.")
    a3 = ("As to whether the protocol requires a section 47 enquiry or a strategy discussion in all cases, it "
          "does not, because the initial appraisal now decides whether one is needed.")
    a4 = ("Turning to the changes that were made, the protocol was amended to add the appraisal stage, a "
          "single-page flowchart for practitioners and a leaflet for parents.")
    a5 = ("On the definition point, the definition has not changed: a baby is regarded as mobile once they "
          "can roll over, creep or crawl, so a baby who can roll is not treated as non-mobile under our "
          "protocol, and we do not use any age cut-off.")
    ans = A(a1, a2, a3, a4, a5)
    text = "\n".join([
        "North Yorkshire Council",
        "Information Governance, County Hall, Northallerton",
        "",
        "Our ref: NYC-FOI-25/40177",
        "17th December 2025",
        "",
        "Dear Requester",
        "",
        "Freedom of Information request: bruising in non-mobile infants",
        "",
        "Thank you for your request, which we received on 20 November 2025 and have considered under the "
        "Freedom of Information Act 2000. We hold the information you asked for and have set out the "
        "council's response below. " + a1 + " " + a2,
        "",
        a3 + " " + a4 + " " + a5 + " We hope this is helpful and that it answers each part of your request.",
        "",
        "You are free to re-use this information under the Open Government Licence, which you can read at "
        + OGL_URL + " - if you are unhappy with the way your request has been handled you can ask for an "
        "internal review by replying to this letter, and if you remain unhappy you can complain to the "
        "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
        "(" + ICO_HOME + ").",
        "",
        "Yours sincerely",
        "",
        "Information Governance Officer",
        "North Yorkshire Council",
        "",
        SYNTH,
        "",
    ])
    (OUT / fn).write_text(text, encoding="utf-8")
    label(fn, "txt", "North Yorkshire Council", "E06000065", "answered", [], ans, S(*["answered"] * 5),
          F("formal", "2023-06", "yes", "no", "yes", "no", "no", "no", None),
          [rev, OGL_URL, ICO_HOME])


# ======================================================================================
# 16. Sunderland: case-management export, Q1..Q5 only, never names the injury; partial
# ======================================================================================

def make_sunderland():
    fn = "sunderland-case-export.txt"
    site = "https://www.sunderlandscp.org.uk"
    ans = A(
        "Yes - reviewed by Sunderland Safeguarding Children Partnership procedures group, 07/02/2023. "
        "Concluded procedure remained fit for purpose subject to minor wording changes.",
        "Not held by the Council. Any papers would be held by Sunderland Safeguarding Children Partnership - "
        "contact via " + site,
        "No.",
        "Minor wording changes to the section on explanations given by parents and carers.",
        "Definition unchanged. Age not used. Rolling - not specified in procedure.",
    )
    text = "\n".join([
        "==================== CASE EXPORT ====================",
        "System        : IG Case Manager v7.4",
        "Exported      : 02/12/2025 16:41",
        "Case Ref      : FOI/25/02291",
        "Case Type     : Freedom of Information",
        "Organisation  : Sunderland City Council",
        "Subject       : Safeguarding - policy for injuries in non-mobile infants (national Panel briefing)",
        "Date Received : 06/11/2025",
        "Date Due      : 04/12/2025",
        "Date Closed   : 02/12/2025",
        "Outcome       : Information partly provided",
        "Exemptions    : None",
        "------------------ RESPONSE TEXT -------------------",
        "",
        *[f"Q{i + 1}. {ans[str(i + 1)]}" for i in range(5)],
        "",
        "------------------ STANDARD TEXT -------------------",
        "If you are not satisfied with this response you may request an internal review within 40 working",
        "days. If you remain dissatisfied you may complain to the ICO: " + ICO_URL,
        "=====================================================",
        "",
        SYNTH,
        "",
    ])
    (OUT / fn).write_text(text, encoding="utf-8")
    label(fn, "txt", "Sunderland City Council", "E08000024", "partial", [], ans,
          S("answered", "redirected", "answered", "answered", "answered"),
          F("formal", "2023-02", "not_stated", "no", "yes", "no", "not_stated", "no", None),
          [site, ICO_URL])


# ======================================================================================
# 17. Lambeth: plain letter, (a)-(e), two-part/three-part question 5
# ======================================================================================

def make_lambeth():
    fn = "lambeth-lettered-questions.txt"
    amend = "https://www.londonsafeguardingchildrenprocedures.co.uk/amendments.html"
    ans = A(
        "Yes. The London Safeguarding Children Procedures are maintained jointly by London's safeguarding "
        "partnerships, and the section on bruising in non-mobile babies was formally reviewed and reissued in "
        "March 2024 in response to the Panel's briefing. The Lambeth Safeguarding Children Partnership "
        "adopted the revised section without local variation.",
        "The amendment notice for the London Procedures, which summarises the outcome, is at " + amend,
        "No. The revised section asks practitioners to complete an initial appraisal with a paediatrician; a "
        "strategy discussion is held where that appraisal gives cause for concern.",
        "The revised section added the initial appraisal, a new definition of independent mobility based on "
        "the Panel's briefing, and advice on involving parents.",
        "Did the definition change? Yes, the wording was replaced in March 2024. Is a baby who can roll "
        "treated as not independently mobile? Yes. Is the definition based on age? No, it depends only on "
        "what the baby can do.",
    )
    letters = "abcde"
    short = ["Review following the Panel's guidance", "Papers on the outcome", "Section 47 / strategy discussion",
             "Changes for consistency", "Definition of not independently mobile"]
    body = []
    for i in range(5):
        body += [f"({letters[i]}) {short[i].upper()}", ans[str(i + 1)], ""]
    text = "\n".join([
        "LONDON BOROUGH OF LAMBETH",
        "Information Governance | Lambeth Town Hall, Brixton Hill, London",
        "",
        "Ref: IR-2025-118432",
        "Date: 9 January 2026",
        "",
        "Dear Sir/Madam",
        "",
        "REQUEST FOR INFORMATION - BRUISING IN NON-MOBILE INFANTS",
        "",
        "Thank you for your request received on 27 November 2025. You asked five questions about the policy "
        "on bruising in babies who are not independently mobile; we have labelled them (a) to (e) in the order "
        "you asked them.",
        "",
        *body,
        "Re-use: the information may be re-used under the Open Government Licence (" + OGL_URL + ").",
        "",
        "Internal review: if you are unhappy with our handling of your request, write to us within 40 working",
        "days. Complaints to the Information Commissioner can be made at " + ICO_URL,
        "",
        "Yours faithfully",
        "",
        "Information Governance Team",
        "London Borough of Lambeth",
        "",
        SYNTH,
        "",
    ])
    (OUT / fn).write_text(text, encoding="utf-8")
    label(fn, "txt", "London Borough of Lambeth", "E09000022", "answered", [], ans, S(*["answered"] * 5),
          F("formal", "2024-03", "yes", "no", "yes", "yes", "yes", "no", None),
          [amend, OGL_URL, ICO_URL])


# ======================================================================================
# Self-check: re-read each document and confirm its label's answers and links are present
# ======================================================================================

def _pdf_text(data: bytes) -> str:
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        raw = m.group(1)
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            try:
                import base64
                raw = zlib.decompress(base64.a85decode(raw.strip(), adobe=True))
            except Exception:
                pass
        for bt in re.findall(rb"BT(.*?)ET", raw, re.S):
            for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)", bt):
                s = re.sub(rb"\\([0-7]{1,3})", lambda k: bytes([int(k.group(1), 8)]), s)
                s = re.sub(rb"\\(.)", rb"\1", s)
                out.append(s.decode("cp1252", "replace"))
    return " ".join(out)


def _html_text(s: str) -> str:
    import lxml.html
    s = re.sub(r"<(br|/p|/div|/li|/h\d|/summary|/dt|/dd|/tr|/td|/button)\b[^>]*>", lambda m: m.group(0) + "\n", s)
    return lxml.html.fromstring(s).text_content()


def _docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def doc_text(path: Path) -> str:
    data = path.read_bytes()
    ext = path.suffix[1:]
    if ext == "txt":
        return data.decode("utf-8")
    if ext == "html":
        return _html_text(data.decode("utf-8"))
    if ext == "pdf":
        return _pdf_text(data)
    if ext == "docx":
        return _docx_text(data)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    parts = [str(msg["Subject"])]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct == "text/plain":
            parts.append(p.get_content())
        elif ct == "text/html":
            parts.append(_html_text(p.get_content()))
        elif ct == "application/pdf":
            parts.append(_pdf_text(p.get_content()))
    return "\n".join(parts)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check():
    bad = 0
    for lab in LABELS:
        path = OUT / lab["file"]
        text = norm(doc_text(path))
        raw = path.read_bytes()
        if SYNTH not in text and SYNTH.encode() not in raw and b"X-Synthetic-Test-Document: yes" not in raw:
            print("no synthetic marker:", lab["file"])
            bad += 1
        if lab.get("reject"):
            continue
        for q, a in lab["answers"].items():
            if a is not None and norm(a) not in text:
                print(f"{lab['file']}: answer {q} not found in document text")
                bad += 1
        pos = 0
        for u in lab["links"]:
            i = text.find(u, pos)
            if i < 0:
                print(f"{lab['file']}: link {u} not found in order")
                bad += 1
            else:
                pos = i + len(u)
        found = re.findall(r"https?://[^\s<>\")]+", text)
        for u in found:
            u = u.rstrip(".,;")
            if u not in lab["links"] and u != PANEL_URL:
                print(f"{lab['file']}: unlabelled URL {u}")
                bad += 1
    for f in ("wokingham-immobile-babies.eml", "sunderland-case-export.txt"):
        if "bruis" in (OUT / f).read_bytes().decode("utf-8", "replace").lower() or \
                "bruis" in doc_text(OUT / f).lower():
            print("word found in", f)
            bad += 1
    print("check:", "OK" if not bad else f"{bad} problem(s)")
    return bad


def main():
    for fn in (make_norfolk, make_gateshead, make_staffordshire, make_lincolnshire, make_somerset,
               make_trafford, make_bedford, make_plymouth, make_kirklees, make_herefordshire,
               make_sefton, make_cheshire_east, make_wokingham, make_walsall, make_north_yorkshire,
               make_sunderland, make_lambeth):
        fn()
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(LABELS)} documents and labels.json to {OUT}")
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)


if __name__ == "__main__":
    main()
