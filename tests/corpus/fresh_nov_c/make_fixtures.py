#!/usr/bin/env python3
"""Deterministic generator for the synthetic corpus ``fresh_nov_c``.

Every document written here is SYNTHETIC: the council names are real, but every
word of every reply (and every position attributed to a council) is invented for
testing. Run with the project's interpreter:

    python make_fixtures.py

It rewrites every document in this folder and ``labels.json``. No randomness is
used; dates, message ids, MIME boundaries, PDF ids and ZIP timestamps are fixed.
"""
from __future__ import annotations

import base64
import html
import io
import json
import quopri
import zipfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.generator import BytesGenerator
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from reportlab import rl_config

rl_config.invariant = 1  # fixed PDF ids and dates

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).resolve().parent
SYNTH_LINE = "Synthetic test document written for foi-responses; not a real council reply."
SYNTH_COMMENT = "<!-- Synthetic test document written for foi-responses; not a real council reply. -->"
REQUESTER_NAME = "Alex Fairweather"
REQUESTER_EMAIL = "alex.fairweather.news@example.com"

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"

LABELS: list[dict] = []

# The request, in this corpus's own wording (councils quote it, paraphrase it or skip it).
REQ_INTRO = (
    "In September 2022 the national Child Safeguarding Practice Review Panel published a "
    "briefing asking all safeguarding partners to look again at their policies on bruising "
    "in non-mobile babies and to check them against the evidence base and national guidance. "
    "Under the Freedom of Information Act, please tell me:"
)
REQ_Q = {
    "1": "Was their a review of your safeguarding policies after the guidance came out? If so, "
         "when was it held and what did it conclude?",
    "2": "Please provide any papers that record the outcome of that review.",
    "3": "Does your policy require a section 47 investigation or a strategy discussion in every case?",
    "4": "What changes were made to bring your policy into line with the evidence base and "
         "national guidelines?",
    "5": "Did your definition of a child who is not independently mobile change, and how is it "
         "now defined? In particular, are babies who can roll treated as not independently "
         "mobile, and is the classification based on age?",
}
# Short forms some officers use in tables.
REQ_SHORT = {
    "1": "Review after the Panel's September 2022 briefing: when, and what it concluded",
    "2": "Papers on the outcome of the review",
    "3": "Is a s47 investigation or strategy discussion required in all cases?",
    "4": "Changes made for consistency with the evidence base and national guidelines",
    "5": "Definition of 'not independently mobile': changes, rolling babies, age",
}


def fields(review_held, review_date, papers, s47, changes, defchg, rolling, age, months):
    return {
        "review_held": review_held,
        "review_date": review_date,
        "papers_provided": papers,
        "s47_all_cases": s47,
        "changes_made": changes,
        "definition_changed": defchg,
        "rolling_is_non_mobile": rolling,
        "age_based": age,
        "age_threshold_months": months,
    }


NOT_STATED = fields("not_stated", None, "not_stated", "not_stated", "not_stated",
                    "not_stated", "not_stated", "not_stated", None)


def label(file, fmt, authority, code, outcome, exemptions, answers, status, flds, links,
          sender_kind=None):
    assert outcome in {"answered", "partial", "refused", "not_held", "redirected"}
    assert set(answers) == set("12345") and set(status) == set("12345")
    for v in status.values():
        assert v in {"answered", "see_other", "not_held", "refused", "redirected", "not_answered"}
    entry = {
        "file": file,
        "format": fmt,
        "authority": authority,
        "authority_code": code,
        "outcome": outcome,
        "exemptions": exemptions,
        "answers": answers,
        "status": status,
        "fields": flds,
        "links": links,
    }
    if sender_kind:
        entry["sender_kind"] = sender_kind
    LABELS.append(entry)


def reject(file, fmt, why):
    assert why in {"acknowledgement", "clarification", "bounce", "out_of_office",
                   "other_request", "reminder"}
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def all_status(value):
    return {k: value for k in "12345"}


def no_answers():
    return {k: None for k in "12345"}


# ---------------------------------------------------------------- PDF helpers
def esc(text: str) -> str:
    return xml_escape(text)


def para(text, style):
    return Paragraph(esc(text), style)


def build_pdf(path: Path, story, *, title, author, on_page, margins=(25, 25, 30, 25)):
    doc = SimpleDocTemplate(
        str(path), pagesize=A4,
        leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
        topMargin=margins[2] * mm, bottomMargin=margins[3] * mm,
        title=title, author=author,
        subject="Synthetic test document (foi-responses corpus fresh_nov_c)",
        keywords="synthetic, test, foi-responses, not a real council reply",
        creator="foi-responses make_fixtures.py (synthetic)",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def pdf_bytes(story, *, title, author, on_page) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
        topMargin=30 * mm, bottomMargin=25 * mm, title=title, author=author,
        subject="Synthetic test document (foi-responses corpus fresh_nov_c)",
        keywords="synthetic, test, foi-responses, not a real council reply",
        creator="foi-responses make_fixtures.py (synthetic)",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def synth_footer(canvas, font="Helvetica", y=10 * mm):
    canvas.setFont(font, 6.5)
    canvas.setFillColor(colors.grey)
    canvas.drawCentredString(A4[0] / 2, y, SYNTH_LINE)
    canvas.setFillColor(colors.black)


# ---------------------------------------------------------------- DOCX helpers
def add_page_field(paragraph, instr="PAGE"):
    run = paragraph.add_run()
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    run._r.append(fld_begin)
    run._r.append(instr_el)
    run._r.append(fld_sep)
    run._r.append(txt)
    run._r.append(fld_end)
    return run


def docx_setup(title, author):
    import datetime as _dt
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.subject = "Synthetic test document (foi-responses corpus fresh_nov_c)"
    cp.keywords = "synthetic; test; foi-responses; not a real council reply"
    cp.comments = SYNTH_LINE
    cp.last_modified_by = author
    cp.created = _dt.datetime(2025, 12, 1, 9, 0, 0)
    cp.modified = _dt.datetime(2025, 12, 1, 9, 0, 0)
    cp.revision = 1
    return d


def docx_footer(d, left_text, *, with_pages=True):
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(left_text)
    r.font.size = Pt(8)
    if with_pages:
        r2 = fp.add_run("   Page ")
        r2.font.size = Pt(8)
        add_page_field(fp, "PAGE")
        r3 = fp.add_run(" of ")
        r3.font.size = Pt(8)
        add_page_field(fp, "NUMPAGES")
    sp = sec.footer.add_paragraph()
    sr = sp.add_run(SYNTH_LINE)
    sr.font.size = Pt(6)
    sr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def save_docx(d, path: Path):
    buf = io.BytesIO()
    d.save(buf)
    normalise_zip(buf.getvalue(), path)


def normalise_zip(data: bytes, path: Path):
    """Rewrite a zip with fixed timestamps so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def cell_shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


# ---------------------------------------------------------------- EML helpers
def write_eml(msg, path: Path):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=SMTP, mangle_from_=False).flatten(msg)
    path.write_bytes(buf.getvalue())


def qp_text(text, subtype="plain"):
    """A text part encoded as quoted-printable (encoded here, so header and body agree)."""
    part = MIMENonMultipart("text", subtype, charset="utf-8")
    part.set_payload(quopri.encodestring(text.encode("utf-8")).decode("ascii"))
    part["Content-Transfer-Encoding"] = "quoted-printable"
    return part


def b64_text(text, subtype="plain"):
    """A text part encoded as base64."""
    part = MIMENonMultipart("text", subtype, charset="utf-8")
    part.set_payload(base64.encodebytes(text.encode("utf-8")).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    return part


def hesc(text):
    return html.escape(text, quote=False)


def html_paras(text):
    """Answer text (paragraphs separated by newlines) -> <p> elements."""
    return "\n".join(f"<p>{hesc(p)}</p>" for p in text.split("\n"))


# =====================================================================================
# PDF 1 - Halton: formal letter, numbered Q&A quoting the request in full (with the typo)
# =====================================================================================
def halton():
    fn = "halton-numbered-letter.pdf"
    proc_url = "https://pancheshirescp.proceduresonline.com/p_bruising_immobile_babies.html"
    A = {
        "1": "Yes. The Halton Children and Young People Safeguarding Partnership, working with the "
             "other three Pan-Cheshire partnerships, reviewed the joint procedure on bruising in "
             "babies who are not independently mobile in May 2023. The review concluded that the "
             "old requirement to refer every bruised baby straight to children's social care should "
             "be replaced by an initial appraisal by a health practitioner, with a referral to "
             "follow where that appraisal, or anything else known about the family, gives cause "
             "for concern.",
        "2": "The revised procedure is published on the Pan-Cheshire procedures website at "
             f"{proc_url} . A two-page summary of the review, as presented to the partnership's "
             "Policy and Procedures Subgroup, is enclosed with this letter.",
        "3": "No. The procedure does not require a section 47 enquiry or a strategy discussion in "
             "every case. The baby is first seen by a paediatrician or another suitably trained "
             "health professional, and a strategy discussion is held where that appraisal, the "
             "explanation given for the bruise or other information suggests the baby may have "
             "been harmed.",
        "4": "The following changes were made when the revised procedure went live in June 2023:\n"
             "\u2022 the automatic referral route was removed and replaced with a health-led initial appraisal;\n"
             "\u2022 prompts were added to help practitioners talk with parents and carers about the bruise;\n"
             "\u2022 the section on information and support for parents was expanded;\n"
             "\u2022 the Panel's briefing was added to the list of national guidance the procedure follows.",
        "5": "Yes. The definition was rewritten in the revised procedure. A baby is now described as "
             "not independently mobile if they are not yet able to crawl, bottom-shuffle, pull to "
             "stand, cruise or walk. A baby who can roll over is still treated as not independently "
             "mobile. The definition does not depend on the age of the baby.",
    }
    ss = getSampleStyleSheet()
    body = ParagraphStyle("hb", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=14,
                          spaceAfter=6)
    qst = ParagraphStyle("hq", parent=body, fontName="Helvetica-Oblique", textColor=colors.HexColor("#333333"),
                         leftIndent=8 * mm)
    lab = ParagraphStyle("hl", parent=body, fontName="Helvetica-Bold", spaceBefore=8, spaceAfter=2)
    bullet = ParagraphStyle("hbul", parent=body, leftIndent=12 * mm, bulletIndent=6 * mm, spaceAfter=2)
    small = ParagraphStyle("hs", parent=body, fontSize=8.5, leading=11)

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#00594f"))
        c.rect(0, A4[1] - 22 * mm, A4[0], 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(25 * mm, A4[1] - 13 * mm, "Halton Borough Council")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(A4[0] - 25 * mm, A4[1] - 10 * mm, "Information Governance Team")
        c.drawRightString(A4[0] - 25 * mm, A4[1] - 15 * mm, "foi@halton.gov.uk")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(25 * mm, 16 * mm, "Our ref: FOI/25/04417")
        c.drawRightString(A4[0] - 25 * mm, 16 * mm, f"Page {doc.page}")
        synth_footer(c)
        c.restoreState()

    s = []
    s.append(para("Our ref: FOI/25/04417", body))
    s.append(para("Date: 28th November 2025", body))
    s.append(Spacer(1, 4 * mm))
    s.append(para(f"Dear {REQUESTER_NAME},", body))
    s.append(Paragraph("<b>Freedom of Information Act 2000 \u2013 request reference FOI/25/04417</b>", body))
    s.append(para("Thank you for your request for information, which we received on 4th November 2025. "
                  "I am writing to give you the council's response. Your questions are set out below "
                  "in the words you used, each followed by our answer.", body))
    s.append(para(REQ_INTRO, qst))
    for k in "12345":
        block = [para(f"{k}. {REQ_Q[k]}", qst), para("Response:", lab)]
        for line in A[k].split("\n"):
            if line.startswith("\u2022 "):
                block.append(Paragraph(esc(line[2:]), bullet, bulletText="\u2022"))
            else:
                block.append(para(line, body))
        s.append(KeepTogether(block))
    s.append(PageBreak())
    s.append(Paragraph("<b>Re-use of information</b>", body))
    s.append(para("The information in this letter may be re-used under the terms of the Open "
                  f"Government Licence: {OGL}", body))
    s.append(Paragraph("<b>If you are not satisfied</b>", body))
    s.append(para("You may ask for an internal review of our handling of your request by writing to "
                  "foi@halton.gov.uk within 40 working days of the date of this letter. If you remain "
                  "unhappy after the review you can complain to the Information Commissioner's Office: "
                  f"{ICO_COMPLAIN}", body))
    s.append(Spacer(1, 6 * mm))
    s.append(para("Yours sincerely,", body))
    s.append(Spacer(1, 8 * mm))
    s.append(para("Priya Naylor", body))
    s.append(para("Information Governance Officer, Halton Borough Council", small))
    build_pdf(OUT / fn, s, title="FOI/25/04417 response", author="Halton Borough Council (synthetic)",
              on_page=on_page, margins=(25, 25, 30, 25))
    label(fn, "pdf", "Halton Borough Council", "E06000006", "answered", [], A, all_status("answered"),
          fields("formal", "2023-05", "yes", "no", "yes", "yes", "yes", "no", None),
          [proc_url, OGL, ICO_COMPLAIN])


# =====================================================================================
# PDF 2 - Rotherham: table with a header row, short paraphrased questions
# =====================================================================================
def rotherham():
    fn = "rotherham-response-table.pdf"
    A = {
        "1": "Members of the Rotherham Safeguarding Children Partnership's procedures group discussed "
             "the Panel's briefing in the autumn of 2022. No formal review was commissioned. The group "
             "compared the briefing with the South Yorkshire procedure and agreed that the procedure "
             "was already consistent with it.",
        "2": "No papers were produced for this discussion.",
        "3": "Yes. The procedure requires a strategy discussion in every case where a bruise is seen "
             "on a baby who is not independently mobile.",
        "4": "None. The group did not consider that any changes were needed.",
        "5": "There has been no change. The procedure treats every baby under six months old as not "
             "independently mobile, together with any older baby who is not yet crawling, cruising "
             "or walking.",
    }
    ss = getSampleStyleSheet()
    body = ParagraphStyle("rb", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14,
                          spaceAfter=6)
    cell = ParagraphStyle("rc", parent=body, fontSize=10, leading=12.5, spaceAfter=0)
    head = ParagraphStyle("rh", parent=cell, fontName="Times-Bold", textColor=colors.white)
    title = ParagraphStyle("rt", parent=body, fontName="Times-Bold", fontSize=14, alignment=TA_CENTER,
                           spaceAfter=10)

    def on_page(c, doc):
        c.saveState()
        c.setFont("Times-Bold", 12)
        c.drawString(20 * mm, A4[1] - 15 * mm, "Rotherham Metropolitan Borough Council")
        c.setFont("Times-Italic", 9)
        c.drawString(20 * mm, A4[1] - 20 * mm, "Information Management \u2013 Freedom of Information")
        c.setStrokeColor(colors.HexColor("#7a1f5c"))
        c.setLineWidth(1.2)
        c.line(20 * mm, A4[1] - 23 * mm, A4[0] - 20 * mm, A4[1] - 23 * mm)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(A4[0] / 2, 15 * mm, f"FOI-2025-11-0982  |  page {doc.page}")
        synth_footer(c, "Times-Roman")
        c.restoreState()

    s = [para("Freedom of Information Response", title),
         para("Reference: FOI-2025-11-0982", body),
         para("Date of response: 02/12/2025", body),
         para("Request: information about the review of local policies on bruising in non-mobile "
              "infants following the national Panel's briefing of September 2022.", body),
         para("Our response to each part of your request is given in the table below.", body)]
    rows = [[Paragraph("No.", head), Paragraph("Your question", head), Paragraph("Our response", head)]]
    for k in "12345":
        rows.append([Paragraph(k, cell), para(REQ_SHORT[k], cell), para(A[k], cell)])
    t = Table(rows, colWidths=[12 * mm, 55 * mm, 103 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f5c")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3eaf0")]),
    ]))
    s.append(t)
    s.append(Spacer(1, 6 * mm))
    s.append(para("You are free to use the information supplied for your own purposes, including "
                  "non-commercial research and news reporting. Any other re-use requires the "
                  "council's permission.", body))
    s.append(para("If you are unhappy with the way your request has been handled you can ask for an "
                  "internal review by replying to this response. You also have the right to complain "
                  "to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire "
                  f"SK9 5AF, or online at {ICO_COMPLAIN}", body))
    s.append(para("Freedom of Information Team", body))
    build_pdf(OUT / fn, s, title="FOI-2025-11-0982", author="Rotherham MBC (synthetic)", on_page=on_page,
              margins=(20, 20, 30, 25))
    label(fn, "pdf", "Rotherham Metropolitan Borough Council", "E08000018", "answered", [], A,
          all_status("answered"),
          fields("informal", "2022", "no", "yes", "no", "no", "not_stated", "yes", 6),
          [ICO_COMPLAIN])


# =====================================================================================
# PDF 3 - Dudley: bold question then answer; Q2 refused under s36(2)(b)(ii)
# =====================================================================================
def dudley():
    fn = "dudley-bold-questions.pdf"
    wm_url = "https://westmidlands.procedures.org.uk/local-content/bruising-non-mobile-infants"
    A = {
        "1": "Yes. Dudley Safeguarding People Partnership reviewed its local practice guidance on "
             "bruising in non-mobile babies during the first quarter of 2024, once the West Midlands "
             "regional procedure had been updated. The review found that the local guidance still "
             "sent every case to children's social care without any initial appraisal, and "
             "recommended that it be withdrawn in favour of the regional procedure.",
        "2": "The council holds a review report and the notes of the meeting at which it was "
             "discussed. We are withholding both under section 36(2)(b)(ii) of the Freedom of "
             "Information Act, because disclosure would be likely to inhibit the free and frank "
             "exchange of views for the purposes of deliberation. The council's qualified person "
             "has given the opinion that the exemption is engaged. We accept that there is a public "
             "interest in openness about how child protection procedures are reviewed, but we have "
             "concluded that it is outweighed by the need for partners to be able to discuss draft "
             "procedures candidly, particularly as the regional procedure is still being revised.",
        "3": "Not in every case. Whether a strategy discussion is held depends on the outcome of the "
             "paediatric assessment and on what is already known about the family. Where the "
             "paediatrician cannot exclude an inflicted injury, a strategy discussion will follow.",
        "4": "The local guidance was withdrawn in May 2024 and practitioners now follow the West "
             f"Midlands regional procedure ({wm_url}), which includes an initial appraisal step. "
             "Training for health visitors and midwives was updated at the same time.",
        "5": "The definition was not changed. A baby who is not crawling, bottom shuffling, pulling "
             "to stand, cruising or walking independently is regarded as not independently mobile. "
             "A baby who can roll over deliberately is regarded as having started to become mobile "
             "and falls outside the definition.",
    }
    Q = {
        "1": "Question 1 \u2013 Was there a review after the Panel's guidance, when, and what did it conclude?",
        "2": "Question 2 \u2013 Papers on the outcome of the review",
        "3": "Question 3 \u2013 Is a s47 investigation or strategy discussion required in all cases?",
        "4": "Question 4 \u2013 What changes were made?",
        "5": "Question 5 \u2013 Has the definition of not independently mobile changed, and how is it defined?",
    }
    ss = getSampleStyleSheet()
    body = ParagraphStyle("db", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14.5,
                          spaceAfter=7)
    qb = ParagraphStyle("dq", parent=body, fontName="Times-Bold", spaceBefore=6, spaceAfter=3)
    small = ParagraphStyle("ds", parent=body, fontName="Helvetica", fontSize=8.5, leading=11)

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.setFillColor(colors.HexColor("#1d3c78"))
        c.drawString(22 * mm, A4[1] - 16 * mm, "DUDLEY")
        c.setFont("Helvetica", 9)
        c.drawString(22 * mm, A4[1] - 21 * mm, "Metropolitan Borough Council \u00b7 Information Rights")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 15 * mm, "DMBC/IR/25/6650")
        c.drawRightString(A4[0] - 22 * mm, 15 * mm, f"{doc.page}")
        synth_footer(c)
        c.restoreState()

    s = [para("Information Rights Team", small), para("Dudley Metropolitan Borough Council", small),
         Spacer(1, 5 * mm),
         para("Ref: DMBC/IR/25/6650", body), para("9 December 2025", body), Spacer(1, 3 * mm),
         para("Dear Alex Fairweather", body),
         Paragraph("<b>Request for information: bruising in non-mobile babies</b>", body),
         para("I refer to your request of 11 November 2025 about the review of safeguarding policies "
              "after the Child Safeguarding Practice Review Panel's briefing on bruising in "
              "non-mobile infants. Our response to each question follows.", body)]
    for k in "12345":
        s.append(para(Q[k], qb))
        s.append(para(A[k], body))
    s.append(PageBreak())
    s.append(Paragraph("<b>Your right to request an internal review</b>", body))
    s.append(para("As part of your request has been refused, you may ask for an internal review. "
                  "Please write to the Information Rights Team within 40 working days, quoting the "
                  "reference above. If you are still dissatisfied after the review you may apply to "
                  f"the Information Commissioner: {ICO_HOME}", body))
    s.append(Spacer(1, 5 * mm))
    s.append(para("Yours sincerely", body))
    s.append(para("Joseph Okonkwo", body))
    s.append(para("Information Rights Officer", small))
    build_pdf(OUT / fn, s, title="DMBC/IR/25/6650", author="Dudley MBC (synthetic)", on_page=on_page,
              margins=(22, 22, 30, 25))
    st = all_status("answered")
    st["2"] = "refused"
    label(fn, "pdf", "Dudley Metropolitan Borough Council", "E08000027", "partial", ["s36(2)(b)(ii)"],
          A, st, fields("formal", "2024", "no", "no", "yes", "no", "no", "not_stated", None),
          [wm_url, ICO_HOME])


# =====================================================================================
# PDF 4 - Isle of Wight: whole request refused under s12
# =====================================================================================
def isle_of_wight():
    fn = "isle-of-wight-cost-refusal.pdf"
    hips = "https://hipsprocedures.org.uk/qkyyoy/children-in-specific-circumstances/bruising-in-babies"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("ib", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                          spaceAfter=7)
    h = ParagraphStyle("ih", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
    right = ParagraphStyle("ir", parent=body, alignment=TA_RIGHT, fontSize=9)

    def on_page(c, doc):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#005a9c"))
        c.setLineWidth(3)
        c.line(20 * mm, A4[1] - 12 * mm, 20 * mm, A4[1] - 30 * mm)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(24 * mm, A4[1] - 19 * mm, "Isle of Wight Council")
        c.setFont("Helvetica", 8.5)
        c.drawString(24 * mm, A4[1] - 25 * mm, "Information Requests Team \u2022 County Hall \u2022 Newport")
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 20 * mm, 15 * mm, f"Page {doc.page} of 2")
        synth_footer(c)
        c.restoreState()

    s = [para("Reference: IOW-FOI-25-2871", right), para("5 December 2025", right),
         para("Dear Requester,", body),
         para("Freedom of Information Act 2000: bruising in non-mobile infants", h),
         para("Thank you for your request, received on 7 November 2025, in which you asked five "
              "questions about any review of safeguarding policy on bruising in non-mobile babies "
              "after the national Panel's briefing of September 2022, the papers from that review, "
              "the role of section 47 enquiries and strategy discussions, any changes made, and the "
              "definition of a baby who is not independently mobile.", body),
         para("Decision", h),
         para("I am sorry to tell you that we are refusing your request under section 12 of the Act, "
              "because the cost of complying with it would exceed the appropriate limit. For local "
              "authorities the limit is \u00a3450, which equates to 18 hours of work at \u00a325 an hour.", body),
         para("Safeguarding procedures for children on the Island are agreed jointly with Hampshire, "
              "Portsmouth and Southampton, and the council does not keep a single file on this "
              "subject. To find out whether a review took place and what it concluded, officers "
              "would need to search the mailboxes of the safeguarding business unit and of the "
              "council's representatives on the regional procedures group, and read the agenda "
              "papers of that group and of the local partnership for more than three years. We "
              "estimate that this would take at least 26 hours.", body),
         para("We have not gone on to consider whether any exemption would apply to the information.", body),
         PageBreak(),
         para("Advice and assistance", h),
         para("Under section 16 of the Act we are required to help you where we can. You may wish to "
              "narrow your request, for example by asking only for the current definition and the "
              "current position on strategy discussions, which would be much quicker to answer. "
              "The procedure currently used on the Island can be read at:", body),
         para(hips, body),
         para("Your rights", h),
         para("If you are unhappy with this decision you may ask for an internal review within 40 "
              "working days. If you remain dissatisfied after the review you may complain to the "
              f"Information Commissioner's Office at {ICO_COMPLAIN}", body),
         Spacer(1, 4 * mm), para("Kind regards,", body), para("Information Requests Team", body)]
    build_pdf(OUT / fn, s, title="IOW-FOI-25-2871 refusal notice", author="Isle of Wight Council (synthetic)",
              on_page=on_page, margins=(20, 20, 35, 25))
    label(fn, "pdf", "Isle of Wight Council", "E06000046", "refused", ["s12"], no_answers(),
          all_status("refused"), dict(NOT_STATED), [hips, ICO_COMPLAIN])


# =====================================================================================
# PDF 5 - Tewkesbury Borough Council (district): points to Gloucestershire County Council
# =====================================================================================
def tewkesbury():
    fn = "tewkesbury-district-signpost.pdf"
    glos = "https://www.gloucestershire.gov.uk/council-and-democracy/freedom-of-information/"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("tb", parent=ss["Normal"], fontName="Courier", fontSize=9, leading=12.5,
                          spaceAfter=8)
    bold = ParagraphStyle("tbb", parent=body, fontName="Courier-Bold")

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 12)
        c.drawString(25 * mm, A4[1] - 18 * mm, "Tewkesbury Borough Council")
        c.setFont("Helvetica", 8)
        c.drawString(25 * mm, A4[1] - 23 * mm, "Council Offices, Gloucester Road, Tewkesbury")
        c.drawRightString(A4[0] - 25 * mm, 15 * mm, f"- {doc.page} -")
        synth_footer(c)
        c.restoreState()

    s = [para("Our reference: TBC 2025/0418", body), para("Date: 24 November 2025", body),
         para("Dear Alex Fairweather", body),
         para("FREEDOM OF INFORMATION REQUEST - BRUISING IN NON-MOBILE INFANTS", bold),
         para("Thank you for your email of 3 November 2025 asking about the review of safeguarding "
              "policies on bruising in non-mobile infants.", body),
         para("Tewkesbury Borough Council is a district council. We do not provide children's social "
              "care and we are not one of the statutory safeguarding partners for children, so we do "
              "not hold the information you have asked for.", body),
         para("The information is held by Gloucestershire County Council, which is responsible for "
              "children's services across the county, including in the borough of Tewkesbury, and "
              "which is a partner in the Gloucestershire Safeguarding Children Partnership. You can "
              "send your request to the county council through its website:", body),
         para(glos, body),
         para("If you are unhappy with this response you may ask for an internal review by writing "
              "to foi@tewkesbury.gov.uk. You also have the right to complain to the Information "
              f"Commissioner's Office ({ICO_COMPLAIN}).", body),
         para("Yours sincerely", body), para("Helen Marsh", body),
         para("Information Governance Officer", body)]
    build_pdf(OUT / fn, s, title="TBC 2025/0418", author="Tewkesbury Borough Council (synthetic)",
              on_page=on_page, margins=(25, 25, 32, 25))
    label(fn, "pdf", "Tewkesbury Borough Council", None, "redirected", [], no_answers(),
          all_status("redirected"), dict(NOT_STATED), [glos, ICO_COMPLAIN], sender_kind="district")


# =====================================================================================
# DOCX 1 - Swindon: topic headings in the officer's own words, numbered list of changes
# =====================================================================================
def swindon():
    fn = "swindon-topic-headings.docx"
    proto = "https://www.swindonsafeguardingpartnership.org.uk/downloads/bruising-protocol-v3.pdf"
    changes = [
        "a consultation step with a named or designated safeguarding doctor before any referral;",
        "a new section on skin marks that can be mistaken for bruising, such as congenital dermal "
        "melanocytosis (Mongolian blue spots);",
        "a leaflet for parents explaining what will happen, available in seven community languages;",
        "a requirement to record the parent's or carer's explanation in their own words.",
    ]
    A = {
        "1": "Yes. The Swindon Safeguarding Partnership's Policy and Procedures Group carried out a "
             "formal review of the bruising protocol in November 2022, following the Panel's "
             "briefing. The review concluded that the protocol was too prescriptive, because it "
             "required a referral to children's social care and a child protection medical in every "
             "case, and that it should allow for a professional appraisal first.",
        "2": f"The revised protocol (version 3, March 2023) can be read at {proto}. The paper "
             "presented to the Policy and Procedures Group is attached to this response as Appendix A.",
        "3": "No. The revised protocol asks the professional who sees the bruise to discuss the baby "
             "with a named or designated safeguarding doctor, who decides whether a referral is "
             "needed. Where a referral is made, children's social care decide whether a strategy "
             "discussion is required.",
        "4": "The changes made in the revised protocol were:\n" + "\n".join(changes),
        "5": "Yes. The previous protocol did not define the term at all. The revised protocol defines "
             "a baby as not independently mobile if they cannot crawl, bottom shuffle, cruise or walk "
             "on their own. Babies who can roll are included in this definition. We do not use an "
             "age limit: the definition depends on what the baby can do, not on how old they are.",
    }
    d = docx_setup("FOI 2025/1193 response", "Swindon Borough Council (synthetic)")
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Swindon Borough Council \u2013 OFFICIAL"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_footer(d, "FOI 2025/1193")
    d.add_heading("Freedom of Information request FOI 2025/1193", level=1)
    p = d.add_paragraph()
    p.add_run("Subject: ").bold = True
    p.add_run("bruising in non-mobile infants")
    d.add_paragraph("1 December 2025")
    d.add_paragraph(f"Dear {REQUESTER_NAME},")
    d.add_paragraph("Thank you for your request. I have grouped our answers under headings rather than "
                    "repeating each of your questions, but all five are covered below.")
    d.add_heading("Did the partnership review its policy?", level=2)
    d.add_paragraph(A["1"])
    d.add_heading("Documents about the outcome", level=2)
    d.add_paragraph(A["2"])
    d.add_heading("Section 47 enquiries and strategy discussions", level=2)
    d.add_paragraph(A["3"])
    d.add_heading("What has changed", level=2)
    d.add_paragraph("The changes made in the revised protocol were:")
    for item in changes:
        d.add_paragraph(item, style="List Number")
    d.add_heading("How we define \u2018not independently mobile\u2019", level=2)
    d.add_paragraph(A["5"])
    d.add_heading("Re-use and complaints", level=2)
    d.add_paragraph("You may re-use this information under the Open Government Licence v3.0 "
                    f"({OGL}).")
    d.add_paragraph("If you would like us to review how we handled your request, please reply within "
                    "40 working days. You can also contact the Information Commissioner's Office "
                    f"at {ICO_COMPLAIN} .")
    d.add_paragraph("Regards,")
    d.add_paragraph("Tom Bradbury\nInformation Governance Officer\nSwindon Borough Council")
    save_docx(d, OUT / fn)
    label(fn, "docx", "Swindon Borough Council", "E06000030", "answered", [], A, all_status("answered"),
          fields("formal", "2022-11", "yes", "no", "yes", "yes", "yes", "no", None),
          [proto, OGL, ICO_COMPLAIN])


# =====================================================================================
# DOCX 2 - Medway: table without a header row; Q1 and Q2 share one merged answer cell
# =====================================================================================
def medway():
    fn = "medway-merged-table.docx"
    proto = "https://www.kmscp.org.uk/procedures/bruising-in-non-mobile-babies-protocol"
    a12 = ("The Kent and Medway Safeguarding Procedures Group discussed the Panel's briefing at its "
           "meeting on 8 December 2022. This was not a formal review. The group agreed that the joint "
           "protocol already asked for a health assessment before a referral and was in line with "
           "the briefing, subject to a small change to the flowchart. The relevant minute reads: "
           "\u201cThe group noted the national Panel briefing on bruising in non-mobile infants. "
           "Members agreed the protocol is consistent with it and asked the business unit to add "
           "the briefing to the references and to redraw the flowchart so that the health "
           "assessment step is clearer.\u201d")
    A = {
        "1": a12, "2": a12,
        "3": "No. A strategy discussion is held where the health assessment or other information "
             "raises a concern about possible abuse.",
        "4": "The flowchart was redrawn and the briefing added to the list of references in the "
             "spring of 2023. No other changes were made.",
        "5": "The definition has not changed. It covers any baby under 12 months who is not yet "
             "crawling, cruising or walking.",
    }
    d = docx_setup("Medway Council FOI response 25-11-3307", "Medway Council (synthetic)")
    sec = d.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Medway Council")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x4b, 0x87)
    hp.add_run("\tInformation Governance")
    docx_footer(d, "Ref 25-11-3307 \u00b7 Medway Council")
    d.add_paragraph("Our reference: 25-11-3307")
    d.add_paragraph("Date: 03/12/2025")
    d.add_paragraph("Dear Requester")
    p = d.add_paragraph()
    p.add_run("Freedom of Information Act 2000 \u2013 Bruising in non-mobile infants").bold = True
    d.add_paragraph("We have now completed our search for the information you asked for. The table "
                    "below sets out each of your questions with our reply. Because our answer to your "
                    "first two questions is the same, it is shown once against both.")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate("12345"):
        c0 = t.cell(i, 0)
        c0.text = ""
        run = c0.paragraphs[0].add_run(f"{k}. {REQ_Q[k]}")
        run.font.size = Pt(9.5)
        cell_shade(c0, "E8EEF5")
    merged = t.cell(0, 1).merge(t.cell(1, 1))
    merged.text = a12
    for i, k in enumerate("345", start=2):
        t.cell(i, 1).text = A[k]
    for row in t.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(10.5)
    d.add_paragraph()
    d.add_paragraph(f"The current protocol can be viewed at {proto}")
    d.add_paragraph("The information supplied is Crown copyright or council copyright and can be "
                    f"re-used under the Open Government Licence: {OGL}")
    d.add_paragraph("If you are unhappy with our response you can ask for an internal review. "
                    "Please write to the Information Governance Team, Medway Council, Gun Wharf, "
                    "Dock Road, Chatham. If you are still unhappy you can contact the Information "
                    f"Commissioner: {ICO_COMPLAIN}")
    d.add_paragraph("Yours faithfully")
    d.add_paragraph("Agnieszka Wren")
    d.add_paragraph("Information Governance Officer")
    save_docx(d, OUT / fn)
    label(fn, "docx", "Medway Council", "E06000035", "answered", [], A, all_status("answered"),
          fields("informal", "2022-12", "yes", "no", "yes", "no", "not_stated", "yes", 12),
          [proto, OGL, ICO_COMPLAIN])


# =====================================================================================
# DOCX 3 - Bromley: bold numbered questions; Q2 redirected to the partnership
# =====================================================================================
def bromley():
    fn = "bromley-partnership-papers.docx"
    bscp = "https://www.bromleysafeguarding.org/contact-us"
    A = {
        "1": "Yes. During 2023 the Bromley Safeguarding Children Partnership reviewed its local "
             "practice guidance against the Panel's briefing and the London Safeguarding Children "
             "Procedures. The review concluded that the local guidance should be reissued with a "
             "clearer definition of mobility and with an explicit step for a paediatric opinion "
             "before any decision is made about a strategy discussion.",
        "2": "The papers relating to the review are held by the Bromley Safeguarding Children "
             "Partnership, not by the council. The partnership is not itself subject to the Freedom "
             "of Information Act, but you can ask its business unit for them by emailing "
             f"bscp@bromley.gov.uk or through {bscp}",
        "3": "No. A strategy discussion is not required in every case. The paediatric opinion informs "
             "whether children's social care convene one.",
        "4": "The reissued guidance added a paediatric opinion step, a short script for explaining "
             "the process to parents, and a clearer definition of mobility (see below).",
        "5": "Yes. A baby is now regarded as not independently mobile unless they can crawl, bottom "
             "shuffle, pull to stand or cruise. Rolling over does not make a baby mobile for this "
             "purpose.",
    }
    Q = {
        "1": "Was there a review of your safeguarding policies after the Panel's guidance was "
             "published? When was it and what did it conclude?",
        "2": "Please provide any papers on the outcome of the review.",
        "3": "Does your policy require a s47 investigation or strategy discussion in all cases?",
        "4": "What changes were put in place?",
        "5": "Were there changes to your definition of not independently mobile, and how is it "
             "now defined?",
    }
    d = docx_setup("FOI response LBB-FOI-2025-5512", "London Borough of Bromley (synthetic)")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "London Borough of Bromley | Information Governance"
    docx_footer(d, "LBB-FOI-2025-5512")
    d.add_paragraph("Request ID: LBB-FOI-2025-5512")
    d.add_paragraph("Date: 10th December 2025")
    d.add_paragraph("Dear Sir/Madam,")
    d.add_paragraph("Thank you for your request for information, which has been handled under the "
                    "Freedom of Information Act 2000. Our response is below.")
    for k in "12345":
        qp = d.add_paragraph(style="List Number")
        qp.add_run(Q[k]).bold = True
        d.add_paragraph(A[k])
    d.add_paragraph("If you are dissatisfied with this response you can request an internal review "
                    "within two months by writing to foi@bromley.gov.uk. If you are still not "
                    "satisfied you can complain to the Information Commissioner's Office at "
                    f"{ICO_HOME}")
    d.add_paragraph("Kind regards")
    d.add_paragraph("Information Governance Team\nLondon Borough of Bromley")
    save_docx(d, OUT / fn)
    stt = all_status("answered")
    stt["2"] = "redirected"
    label(fn, "docx", "London Borough of Bromley", "E09000006", "partial", [], A, stt,
          fields("formal", "2023", "not_stated", "no", "yes", "yes", "yes", "not_stated", None),
          [bscp, ICO_HOME])


# =====================================================================================
# DOCX 4 - Calderdale: prose letter taking the questions out of order; no review at all
# =====================================================================================
def calderdale():
    fn = "calderdale-prose-letter.docx"
    wy = "https://westyorkscb.proceduresonline.com/chapters/p_bruising_babies.html"
    A = {
        "3": "You asked whether a section 47 investigation or strategy discussion is required in all "
             "cases. It is: under the procedure we follow, every bruise seen on a baby who is not "
             "independently mobile leads to a referral to children's social care and a strategy "
             "discussion.",
        "1": "To answer your first question, no review of the policy took place after the Panel's "
             "briefing was published. Calderdale follows the West Yorkshire Consortium procedures, "
             "and neither the council nor the Calderdale Safeguarding Children Partnership carried "
             "out a review of its own or discussed the briefing at a partnership meeting.",
        "2": "As there was no review, there are no papers to provide.",
        "5": "On the definition, this has not changed. The procedure regards all babies under six "
             f"months of age as not independently mobile. It can be found at {wy}",
        "4": "Finally, no changes have been made to the procedure in response to the Panel's briefing.",
    }
    d = docx_setup("Calderdale FOI 2025-CAL-3871", "Calderdale MBC (synthetic)")
    st = d.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Calderdale Metropolitan Borough Council"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_footer(d, "Calderdale MBC \u00b7 Information Rights")
    d.add_paragraph("Information Rights\nCalderdale Metropolitan Borough Council\nHalifax")
    d.add_paragraph("Reference: 2025-CAL-3871\n15 December 2025")
    d.add_paragraph("Dear Alex")
    d.add_paragraph("Thank you for your Freedom of Information request about bruising in babies who "
                    "are not yet mobile. I have spoken to colleagues in Children's Services and can "
                    "now reply.")
    for k in ["3", "1", "2", "5", "4"]:
        d.add_paragraph(A[k])
    d.add_paragraph("The information in this letter may be re-used under the Open Government Licence. "
                    "If you would like an internal review of this response, please email "
                    "information.rights@calderdale.gov.uk. You may also complain to the Information "
                    f"Commissioner's Office ({ICO_COMPLAIN}).")
    d.add_paragraph("Best wishes")
    d.add_paragraph("Gareth Illingworth\nInformation Rights Officer")
    save_docx(d, OUT / fn)
    label(fn, "docx", "Calderdale Metropolitan Borough Council", "E08000033", "answered", [],
          {k: A[k] for k in "12345"}, all_status("answered"),
          fields("none", None, "no", "yes", "no", "no", "not_stated", "yes", 6),
          [wy, ICO_COMPLAIN])


# =====================================================================================
# DOCX 5 - Shropshire: Q4 says "see our answer to question 1"; Q5 left out
# =====================================================================================
def shropshire():
    fn = "shropshire-see-question-one.docx"
    A = {
        "1": "The Shropshire Safeguarding Community Partnership reviewed its bruising protocol in "
             "February 2023, in response to the Panel's briefing. The review concluded that the "
             "protocol should be revised to remove the automatic referral of every bruised "
             "non-mobile baby to children's social care, to add an initial health appraisal, and to "
             "strengthen the guidance on talking to parents. The revised protocol was published in "
             "April 2023.",
        "2": "A copy of the report presented to the partnership's Case Review and Procedures Group "
             "is attached.",
        "3": "No. The revised protocol does not require a section 47 enquiry or a strategy "
             "discussion in all cases.",
        "4": "Please see our answer to question 1.",
        "5": None,
    }
    d = docx_setup("Shropshire Council FOI 4410/25", "Shropshire Council (synthetic)")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Shropshire Council \u2013 Information Request 4410/25"
    docx_footer(d, "Shropshire Council")
    d.add_heading("Information Request 4410/25", level=1)
    d.add_paragraph("Date: 26/11/2025")
    d.add_paragraph(f"Dear {REQUESTER_NAME}")
    d.add_paragraph("Your request has been considered under the Freedom of Information Act 2000. "
                    "Please find our response below.")
    table = d.add_table(rows=1, cols=2)
    table.style = "Light Grid Accent 1"
    hdr = table.rows[0].cells
    hdr[0].text = "Request"
    hdr[1].text = "Response"
    for k in "1234":
        row = table.add_row().cells
        row[0].text = f"{k}. {REQ_Q[k]}"
        row[1].text = A[k]
    d.add_paragraph()
    d.add_paragraph("You may re-use this information under the terms of the Open Government "
                    f"Licence ({OGL}).")
    d.add_paragraph("If you are not satisfied with this response you may ask for an internal review "
                    "by contacting information.request@shropshire.gov.uk. Should you remain "
                    "unhappy, you may complain to the Information Commissioner "
                    f"({ICO_COMPLAIN}).")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Ruth Evans\nInformation Governance Support Officer")
    save_docx(d, OUT / fn)
    st_ = all_status("answered")
    st_["4"] = "see_other"
    st_["5"] = "not_answered"
    label(fn, "docx", "Shropshire Council", "E06000051", "partial", [], A, st_,
          fields("formal", "2023-02", "yes", "no", "yes", "not_stated", "not_stated", "not_stated", None),
          [OGL, ICO_COMPLAIN])


# =====================================================================================
# EML 1 - Luton: reply on top of the quoted original request (multipart/alternative, QP)
# =====================================================================================
def luton():
    fn = "luton-reply-thread.eml"
    summary = "https://www.lutonlscp.org.uk/documents/bruising-review-summary-2023.pdf"
    A = {
        "1": "Yes. Luton Safeguarding Children Partnership commissioned a review of its bruising "
             "protocol, which was completed in July 2023. The protocol had last been updated in "
             "2021. The review found that the protocol was broadly in line with the briefing but "
             "that the route to a strategy discussion needed to be clearer, and that a paediatric "
             "assessment should always come first.",
        "2": f"The review summary is published on the partnership website: {summary}",
        "3": "No, not in all cases. A strategy discussion takes place where the paediatric "
             "assessment finds the bruising unexplained or suspicious, or where there are other "
             "concerns about the family.",
        "4": "The flowchart was rewritten to show the paediatric assessment as the first step, "
             "guidance for GPs and health visitors was added, and the protocol now points parents "
             "to a leaflet explaining what will happen.",
        "5": "The definition was not changed. It covers babies who have not yet reached their first "
             "birthday and who cannot crawl, cruise or walk. A baby who can roll but does none of "
             "these things is still regarded as not independently mobile.",
    }
    original = (
        f"From: {REQUESTER_NAME} <{REQUESTER_EMAIL}>\n"
        "Sent: 05 November 2025 08:12\n"
        "To: FOI <foi@luton.gov.uk>\n"
        "Subject: Freedom of Information request - bruising in non-mobile infants\n\n"
        "Dear Luton Borough Council,\n\n" + REQ_INTRO + "\n\n"
        + "\n".join(f"{k}. {REQ_Q[k]}" for k in "12345")
        + "\n\nThe briefing is here: https://www.gov.uk/government/publications/"
          "child-safeguarding-practice-review-panel-bruising-in-non-mobile-infants\n\n"
          "Many thanks,\nAlex Fairweather\n"
    )
    sig = ("Imran Qureshi\nFreedom of Information Officer\nLuton Borough Council\n"
           "Town Hall, George Street, Luton\n")
    text = (
        "Dear Alex\n\n"
        "Re: Freedom of Information request LBC/FOI/25/1760\n\n"
        "Thank you for your request below. Our answers are given after each question number.\n\n"
        + "".join(f"Q{k}: {A[k]}\n\n" for k in "12345")
        + "This information may be re-used under the Open Government Licence: " + OGL + "\n\n"
        "If you are unhappy with the way we have dealt with your request, please reply to this "
        "email and ask for an internal review. You may also complain to the Information "
        "Commissioner at " + ICO_COMPLAIN + "\n\n"
        "Kind regards\n\n" + sig + "\n"
        "-----Original Message-----\n" + "\n".join("> " + ln if ln else ">" for ln in original.split("\n"))
    )
    qa_html = "".join(f"<p><b>Q{k}:</b> {hesc(A[k])}</p>\n" for k in "12345")
    orig_html = hesc(original).replace("\n", "<br>\n")
    html_body = (
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial\">\n"
        "<p>Dear Alex</p>\n<p><b>Re: Freedom of Information request LBC/FOI/25/1760</b></p>\n"
        "<p>Thank you for your request below. Our answers are given after each question number.</p>\n"
        + qa_html.replace(hesc(summary), f'<a href="{summary}">{hesc(summary)}</a>')
        + f"<p>This information may be re-used under the Open Government Licence: <a href=\"{OGL}\">{OGL}</a></p>\n"
        "<p>If you are unhappy with the way we have dealt with your request, please reply to this "
        "email and ask for an internal review. You may also complain to the Information "
        f"Commissioner at <a href=\"{ICO_COMPLAIN}\">{ICO_COMPLAIN}</a></p>\n"
        "<p>Kind regards</p>\n<p>" + hesc(sig).replace("\n", "<br>\n") + "</p>\n"
        "<hr>\n<div style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">\n"
        "<p><b>-----Original Message-----</b></p>\n<p>" + orig_html + "</p>\n</div>\n"
        "</body></html>\n"
    )
    msg = MIMEMultipart("alternative", boundary="==luton-alt-7b1c4e0f==")
    msg["From"] = "Luton Borough Council FOI <foi@luton.gov.uk>"
    msg["To"] = f"{REQUESTER_NAME} <{REQUESTER_EMAIL}>"
    msg["Subject"] = "RE: Freedom of Information request - bruising in non-mobile infants [LBC/FOI/25/1760]"
    msg["Date"] = "Thu, 04 Dec 2025 14:37:02 +0000"
    msg["Message-ID"] = "<20251204143702.LBC1760@luton.gov.uk.invalid>"
    msg["In-Reply-To"] = "<fairweather-20251105-0812@example.com>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.attach(qp_text(text, "plain"))
    msg.attach(qp_text(html_body, "html"))
    write_eml(msg, OUT / fn)
    label(fn, "eml", "Luton Borough Council", "E06000032", "answered", [], A, all_status("answered"),
          fields("formal", "2023-07", "yes", "no", "yes", "no", "yes", "yes", 12),
          [summary, OGL, ICO_COMPLAIN])


# =====================================================================================
# EML 2 - Knowsley: short covering email; the answers are only in the attached PDF letter
# =====================================================================================
def knowsley():
    fn = "knowsley-attached-letter.eml"
    site = "https://www.knowsley.gov.uk"
    proto = "https://www.knowsleyscp.org.uk/protocols/bruising-in-non-mobile-babies"
    A = {
        "1": "Yes. The Knowsley Safeguarding Children Partnership reviewed the Merseyside bruising "
             "protocol together with the other Merseyside partnerships. The review took place over "
             "the summer of 2023 and concluded that the protocol should be rewritten so that every "
             "case is first assessed by a paediatrician, rather than passing straight to a strategy "
             "discussion.",
        "2": f"The rewritten protocol can be found at {proto}",
        "3": "No. The protocol no longer requires a strategy discussion in every case.",
        "4": "The protocol was rewritten in full. The main changes are a paediatric assessment as "
             "the first step, a list of questions for professionals to ask parents and carers, and "
             "a requirement for the paediatrician to record whether a strategy discussion is "
             "recommended.",
        "5": "Yes. The old protocol described babies as not independently mobile if they were under "
             "six months old. The rewritten protocol drops the age reference and treats a baby who "
             "can roll, crawl, bottom shuffle, pull to stand or cruise as mobile.",
    }
    ss = getSampleStyleSheet()
    body = ParagraphStyle("kb", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14,
                          spaceAfter=6)
    h = ParagraphStyle("kh", parent=body, fontName="Helvetica-Bold", fontSize=11,
                       textColor=colors.HexColor("#004d40"), spaceBefore=8)

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.drawString(22 * mm, A4[1] - 17 * mm, "Knowsley Council")
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, A4[1] - 22 * mm, "Information Governance \u2022 Municipal Buildings \u2022 Huyton")
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"KMBC-FOI-8841 \u2013 page {doc.page}")
        synth_footer(c)
        c.restoreState()

    s = [para("KMBC-FOI-8841", body), para("11 December 2025", body), para("Dear Requester", body),
         para("Request for information \u2013 bruising in non-mobile infants", h),
         para("Thank you for your request. We have set out below the information the council holds.", body)]
    for k in "12345":
        s.append(para(f"Question {k}", h))
        s.append(para(A[k], body))
    s.append(para("Re-use and complaints", h))
    s.append(para("This information is provided under the Open Government Licence "
                  f"({OGL}). If you wish to complain about our handling of your request, please "
                  "contact the Information Governance Team. If you are not satisfied with the "
                  f"outcome, you may contact the Information Commissioner: {ICO_COMPLAIN}", body))
    s.append(para("Claire Farrell, Information Governance Officer", body))
    pdf = pdf_bytes(s, title="KMBC-FOI-8841 response", author="Knowsley Council (synthetic)", on_page=on_page)

    text = ("Dear Requester\n\n"
            "Please find attached the council's response to your request for information, "
            "reference KMBC-FOI-8841.\n\n"
            "Kind regards\n\nClaire Farrell\nInformation Governance Officer\nKnowsley Council\n"
            f"{site}\n")
    msg = MIMEMultipart("mixed", boundary="==knowsley-mixed-51aa02==")
    msg["From"] = "Information Governance <foi@knowsley.gov.uk>"
    msg["To"] = REQUESTER_EMAIL
    msg["Subject"] = "KMBC-FOI-8841 - Response to your request"
    msg["Date"] = "Thu, 11 Dec 2025 10:02:44 +0000"
    msg["Message-ID"] = "<KMBC-FOI-8841.20251211100244@knowsley.gov.uk.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.attach(MIMEText(text, "plain", "utf-8"))
    att = MIMEApplication(pdf, "pdf")
    att.add_header("Content-Disposition", "attachment", filename="KMBC-FOI-8841 response.pdf")
    msg.attach(att)
    write_eml(msg, OUT / fn)
    label(fn, "eml", "Knowsley Metropolitan Borough Council", "E08000011", "answered", [], A,
          all_status("answered"),
          fields("formal", "2023", "yes", "no", "yes", "yes", "no", "no", None),
          [site, proto, OGL, ICO_COMPLAIN])


# =====================================================================================
# EML 3 - Slough: HTML-only email, base64; Q2 not held
# =====================================================================================
def slough():
    fn = "slough-html-only.eml"
    berks = "https://berkshirewestchildprotection.proceduresonline.com/slough/p_bruising.html"
    A = {
        "1": "There was no formal review. In the spring of 2023 the Slough Safeguarding Partnership's "
             "Learning and Improvement Subgroup considered the briefing against the Berkshire child "
             "protection procedures and agreed that the procedures were already consistent with it.",
        "2": "The council does not hold any papers on the outcome of this consideration.",
        "3": "No. Practitioners must seek a paediatric opinion, and a strategy discussion follows only "
             "where that opinion or other information indicates a risk of significant harm.",
        "4": "No changes were needed.",
        "5": "No, the definition has not changed. Babies under 26 weeks are treated as not "
             "independently mobile whatever they can do, and that includes babies who can roll. "
             "Older babies are assessed on their actual motor development.",
    }
    items = []
    for k in "12345":
        ans = hesc(A[k])
        items.append(f"<li><b>{hesc(REQ_SHORT[k])}</b><br>\n{ans}</li>")
    html_body = (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>FOI response</title></head>\n"
        "<body style=\"font-family:Verdana,sans-serif;font-size:10pt\">\n"
        "<table width=\"100%\" style=\"background:#24135f;color:#fff\"><tr><td style=\"padding:8px\">"
        "<b>Slough Borough Council</b> &ndash; Information Governance</td></tr></table>\n"
        "<p>Our ref: SBC-IG-2025-1422<br>Date: 17 December 2025</p>\n"
        "<p>Dear Alex Fairweather,</p>\n"
        "<p>Thank you for your request for information about bruising in non-mobile infants. "
        "Please see our response below.</p>\n"
        "<ol>\n" + "\n".join(items) + "\n</ol>\n"
        f"<p>The Berkshire procedure can be read at <a href=\"{berks}\">{berks}</a>.</p>\n"
        "<p>If you are dissatisfied with the handling of your request you may ask for an internal "
        "review within 40 working days. You may then complain to the Information Commissioner "
        f"(<a href=\"{ICO_COMPLAIN}\">{ICO_COMPLAIN}</a>).</p>\n"
        "<p>Regards<br>Deepa Sandhu<br>Information Governance Officer<br>Slough Borough Council</p>\n"
        "</body></html>\n"
    )
    msg = b64_text(html_body, "html")
    msg["From"] = "Slough Borough Council <foi@slough.gov.uk>"
    msg["To"] = REQUESTER_EMAIL
    msg["Subject"] = "Your Freedom of Information request SBC-IG-2025-1422"
    msg["Date"] = "Wed, 17 Dec 2025 16:20:09 +0000"
    msg["Message-ID"] = "<SBC-IG-2025-1422.reply@slough.gov.uk.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    write_eml(msg, OUT / fn)
    st = all_status("answered")
    st["2"] = "not_held"
    label(fn, "eml", "Slough Borough Council", "E06000039", "partial", [], A, st,
          fields("informal", "2023", "no", "no", "no", "no", "yes", "yes", 6),
          [berks, ICO_COMPLAIN])


# =====================================================================================
# EML 4 (reject) - Oldham: delay notice that apologises and quotes the request
# =====================================================================================
def oldham_delay():
    fn = "oldham-delay-notice.eml"
    text = (
        "Dear Alex Fairweather\n\n"
        "Freedom of Information request OMBC-25-3090\n\n"
        "I am sorry that we have not been able to send you a response within the 20 working days "
        "allowed by the Act. Colleagues in Children's Social Care and the safeguarding partnership "
        "business unit are still gathering the information, and I have asked them for an update.\n\n"
        "For reference, your request was:\n\n"
        + "\"" + REQ_INTRO + "\n"
        + "\n".join(f"{k}. {REQ_Q[k]}" for k in "12345") + "\"\n\n"
        "We now expect to reply by 9 January 2026. Please accept our apologies for the delay. If "
        "you wish to complain about the delay you may ask for an internal review at any time.\n\n"
        "Regards\n\nFatima Begum\nInformation Governance Officer\nOldham Council\n"
    )
    msg = qp_text(text, "plain")
    msg["From"] = "Oldham Council Information Governance <foi@oldham.gov.uk>"
    msg["To"] = REQUESTER_EMAIL
    msg["Subject"] = "OMBC-25-3090 - update on your request"
    msg["Date"] = "Mon, 08 Dec 2025 09:15:30 +0000"
    msg["Message-ID"] = "<OMBC-25-3090.delay@oldham.gov.uk.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    write_eml(msg, OUT / fn)
    reject(fn, "eml", "reminder")


# =====================================================================================
# EML 5 (reject) - Warrington: out-of-office auto-reply
# =====================================================================================
def warrington_ooo():
    fn = "warrington-out-of-office.eml"
    text = (
        "Thank you for your email.\n\n"
        "I am out of the office until Monday 8 December 2025 and will not be checking emails while "
        "I am away. Your message has not been forwarded.\n\n"
        "If your email is about a Freedom of Information request, please resend it to "
        "foi@warrington.gov.uk so that it can be logged by the team.\n\n"
        "Neil Houghton\nInformation Governance\nWarrington Borough Council\n"
    )
    msg = MIMEText(text, "plain", "utf-8")
    msg["From"] = "Houghton, Neil <nhoughton@warrington.gov.uk>"
    msg["To"] = REQUESTER_EMAIL
    msg["Subject"] = "Automatic reply: Freedom of Information request - bruising in non-mobile infants"
    msg["Date"] = "Tue, 02 Dec 2025 07:58:11 +0000"
    msg["Message-ID"] = "<auto.20251202075811@warrington.gov.uk.invalid>"
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Synthetic-Test-Document"] = "yes"
    write_eml(msg, OUT / fn)
    reject(fn, "eml", "out_of_office")


# =====================================================================================
# HTML helpers
# =====================================================================================
def page(title, body, *, css="", lang="en-GB"):
    return (
        "<!DOCTYPE html>\n"
        f"<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{hesc(title)}</title>\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<style>{css}</style>\n</head>\n{SYNTH_COMMENT}\n<body>\n{body}\n</body>\n</html>\n"
    )


def link_text(text, urls):
    """Escape text and turn each of the given URLs into an anchor."""
    out = hesc(text)
    for u in urls:
        out = out.replace(hesc(u), f'<a href="{u}">{hesc(u)}</a>')
    return out


# =====================================================================================
# HTML 1 - Tower Hamlets: disclosure-log entry with cookie banner, navigation, breadcrumbs
# =====================================================================================
def tower_hamlets():
    fn = "tower-hamlets-disclosure-log.html"
    lscp = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising_non_mobile.html"
    note = "https://www.towerhamlets.gov.uk/Documents/FOI/2025/25-3310-practitioner-briefing.pdf"
    A = {
        "1": "Yes. The Tower Hamlets Safeguarding Children Partnership reviewed its approach in "
             "October 2023, as part of the London Safeguarding Children Partnership's update of the "
             "pan-London procedure on bruising in non-mobile babies. The review concluded that the "
             "local pathway should be replaced by the revised London procedure without local "
             "variations.",
        "2": f"The London procedure is available at {lscp}. The partnership's briefing note to "
             f"practitioners on the change is published with this response: {note}",
        "3": "No. A strategy discussion is held where the medical assessment or other information "
             "suggests that the injury may be non-accidental.",
        "4": "The local pathway was withdrawn and replaced by the London procedure, which includes an "
             "initial assessment by a health professional, guidance on how to talk with parents and "
             "a clear definition of mobility.",
        "5": "Yes. Our old pathway defined non-mobile babies as those under six months. The "
             "definition we now use is a baby who cannot yet crawl, bottom shuffle, pull to stand, "
             "cruise or walk. Babies who can roll are included. Age is not used. We note that NICE "
             "added a definition of independent mobility to guideline CG89 in December 2025; the "
             "partnership expects to consider it at its procedures meeting in spring 2026.",
    }
    qa = "\n".join(
        f"<h3>Question {k}</h3>\n<p class=\"q\">{hesc(REQ_Q[k])}</p>\n"
        f"<p>{link_text(A[k], [lscp, note])}</p>" for k in "12345")
    css = ("body{font-family:Arial,sans-serif;margin:0}#cookie{background:#222;color:#fff;padding:12px}"
           "nav a{margin-right:14px}.crumbs{font-size:90%}main{max-width:800px;margin:auto}"
           ".q{font-style:italic;color:#444}footer{background:#eee;padding:16px;margin-top:30px}")
    body = f"""<div id="cookie" role="region" aria-label="Cookie banner">
<p>We use cookies to make this website work and to understand how you use it. You can accept all cookies or choose which ones to allow.</p>
<button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a>
</div>
<header>
<a href="/" class="logo">Tower Hamlets</a>
<nav aria-label="Main">
<a href="/lgnl/advice_and_benefits/">Advice and benefits</a>
<a href="/lgnl/education_and_learning/">Education</a>
<a href="/lgnl/health__social_care/">Health and social care</a>
<a href="/lgnl/council_and_democracy/">Council and democracy</a>
<a href="/search">Search</a>
</nav>
</header>
<main>
<ol class="crumbs"><li><a href="/">Home</a></li><li><a href="/lgnl/council_and_democracy/">Council and democracy</a></li><li><a href="/lgnl/council_and_democracy/foi/">Freedom of information</a></li><li><a href="/lgnl/council_and_democracy/foi/disclosure_log/">Disclosure log</a></li><li>FOI 25-3310</li></ol>
<h1>FOI 25-3310: Bruising in non-mobile infants &ndash; review of safeguarding policy</h1>
<table class="meta">
<tr><th>Reference</th><td>FOI 25-3310</td></tr>
<tr><th>Date received</th><td>06 November 2025</td></tr>
<tr><th>Date responded</th><td>18 December 2025</td></tr>
<tr><th>Directorate</th><td>Children and Culture</td></tr>
</table>
<h2>Request</h2>
<p>The requester asked whether the council had reviewed its safeguarding policy on bruising in non-mobile infants after the Child Safeguarding Practice Review Panel's briefing of September 2022, and asked five questions about that review, the role of section 47 enquiries, the changes made and the definition of a baby who is not independently mobile.</p>
<h2>Response</h2>
{qa}
<p>Information released under the Freedom of Information Act may be re-used under the <a href="{OGL}">Open Government Licence</a>.</p>
<aside><h2>Related pages</h2><ul><li><a href="/lgnl/council_and_democracy/foi/make_a_request.aspx">Make a request</a></li><li><a href="/lgnl/council_and_democracy/foi/disclosure_log/">Back to the disclosure log</a></li></ul></aside>
</main>
<footer>
<ul><li><a href="/contact">Contact us</a></li><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; London Borough of Tower Hamlets 2025</p>
</footer>"""
    (OUT / fn).write_text(page("FOI 25-3310 | London Borough of Tower Hamlets", body, css=css),
                          encoding="utf-8")
    label(fn, "html", "London Borough of Tower Hamlets", "E09000030", "answered", [], A,
          all_status("answered"),
          fields("formal", "2023-10", "yes", "no", "yes", "yes", "yes", "no", None),
          [lscp, note, OGL])


# =====================================================================================
# HTML 2 - Portsmouth: council web page with a Question/Answer table (header row)
# =====================================================================================
def portsmouth():
    fn = "portsmouth-foi-page.html"
    hips = "https://hipsprocedures.org.uk/lkyyol/bruising-protocol"
    A = {
        "1": "The Portsmouth Safeguarding Children Partnership considered the Panel's briefing at a "
             "meeting of its Practice and Procedures Group, alongside the HIPS procedure "
             f"({hips}). No formal review was carried out, because the HIPS procedure already "
             "provided for a health assessment before any referral was made.",
        "2": "There are no papers recording an outcome: the item was taken as a verbal update.",
        "3": "No.",
        "4": "No changes were made, as none were judged necessary.",
        "5": "The definition in the HIPS procedure has not changed. A baby who is able to roll over "
             "is regarded as mobile for the purposes of the procedure.",
    }
    rows = "\n".join(
        f"<tr><td>{k}</td><td>{hesc(REQ_Q[k])}</td><td>{link_text(A[k], [hips])}</td></tr>"
        for k in "12345")
    css = ("body{font-family:'Segoe UI',sans-serif}header{background:#00335b;color:#fff;padding:10px}"
           "table.foi{border-collapse:collapse}table.foi td,table.foi th{border:1px solid #999;padding:6px;vertical-align:top}")
    body = f"""<header><a href="/" style="color:#fff">Portsmouth City Council</a>
<form action="/search"><input name="q" aria-label="Search"><button>Search</button></form></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council/">Your council</a> &gt; <a href="/council/foi/">FOI responses</a></nav>
<article>
<h1>Bruising in non-mobile babies (FOI reference 2025/PCC/8127)</h1>
<p class="published">Published: 27 November 2025</p>
<p>The council received a request for information about how local policy on bruising in non-mobile babies was reviewed after the national Panel's briefing in September 2022. Our answers are set out below.</p>
<table class="foi">
<thead><tr><th>#</th><th>Question</th><th>Answer</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Was this page helpful? <a href="/feedback">Tell us</a></p>
</article>
<footer><p>Portsmouth City Council, Civic Offices, Guildhall Square, Portsmouth</p>
<p><a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility</a></p></footer>"""
    (OUT / fn).write_text(page("Bruising in non-mobile babies - FOI response - Portsmouth City Council",
                               body, css=css), encoding="utf-8")
    label(fn, "html", "Portsmouth City Council", "E06000044", "answered", [], A, all_status("answered"),
          fields("informal", None, "no", "no", "no", "no", "no", "not_stated", None), [hips])


# =====================================================================================
# HTML 3 - North Lincolnshire: whole request redirected to the safeguarding partnership
# =====================================================================================
def north_lincolnshire():
    fn = "north-lincolnshire-redirect.html"
    contact = "https://www.northlincscmars.co.uk/contact-the-business-unit/"
    body = f"""<div class="govbar">North Lincolnshire Council</div>
<div class="wrap">
<nav><ul><li><a href="/your-council/">Your council</a></li><li><a href="/your-council/information-and-performance/">Information and performance</a></li><li><a href="/your-council/information-and-performance/foi-disclosures/">FOI disclosures</a></li></ul></nav>
<h1>Disclosure NLC-FOI-2025-2906</h1>
<dl>
<dt>Title</dt><dd>Review of policy on bruising in non-mobile infants</dd>
<dt>Date of response</dt><dd>20 November 2025</dd>
<dt>Category</dt><dd>Children and families</dd>
</dl>
<h2>Information requested</h2>
<p>Five questions about whether local safeguarding policy on bruising in non-mobile infants was reviewed after the Child Safeguarding Practice Review Panel's briefing of September 2022, the papers from the review, strategy discussions and section 47 enquiries, changes made, and the definition of a non-mobile baby.</p>
<h2>Response</h2>
<p>North Lincolnshire Council does not hold this information. Multi-agency safeguarding policies and procedures for children in North Lincolnshire, including the procedure on bruising in babies, are owned and reviewed by the North Lincolnshire Children's Multi-Agency Resilience and Safeguarding Board, which holds the information you have asked for.</p>
<p>The Board is a partnership of the council, the police and the NHS and is not itself a public authority under the Freedom of Information Act. You can contact its business unit at <a href="{contact}">{contact}</a>.</p>
</div>
<footer class="site"><a href="/contact-us/">Contact us</a> &middot; <a href="/accessibility/">Accessibility</a> &middot; <a href="/cookies/">Cookies</a></footer>"""
    css = ".govbar{background:#6b2c91;color:#fff;padding:10px;font-weight:bold}.wrap{padding:0 20px}"
    (OUT / fn).write_text(page("NLC-FOI-2025-2906 | North Lincolnshire Council", body, css=css),
                          encoding="utf-8")
    label(fn, "html", "North Lincolnshire Council", "E06000013", "redirected", [], no_answers(),
          all_status("redirected"), dict(NOT_STATED), [contact])


# =====================================================================================
# HTML 4 - Bury: questions as <details> accordions, minute extract quoted
# =====================================================================================
def bury():
    fn = "bury-accordion-page.html"
    gm = "https://greatermanchesterscp.trixonline.co.uk/chapter/bruising-in-non-mobile-babies"
    A = {
        "1": "No formal review was held. The Bury Integrated Safeguarding Partnership's Policy and "
             "Procedures Subgroup looked at the briefing in January 2023 and checked the Greater "
             "Manchester procedure against it. The subgroup was satisfied that the procedure did "
             "not need to change.",
        "2": "An extract from the subgroup's minutes of January 2023 is reproduced here: \u201cPanel "
             "briefing on bruising in non-mobile infants considered. GM procedure already requires "
             "a paediatric assessment before a strategy discussion is decided on. No amendments "
             "required; keep under review.\u201d",
        "3": f"No. The Greater Manchester procedure ({gm}) asks for a paediatric assessment, and a "
             "strategy discussion is held where that assessment raises concerns.",
        "4": "None.",
        "5": "No change. Babies under six months are treated as not independently mobile.",
    }
    acc = "\n".join(
        f"<details open>\n<summary><strong>{k}. {hesc(REQ_Q[k])}</strong></summary>\n"
        f"<div class=\"answer\">{link_text(A[k], [gm])}</div>\n</details>" for k in "12345")
    css = "body{font-family:Helvetica,sans-serif}summary{cursor:pointer;margin-top:10px}.answer{padding:6px 18px}"
    body = f"""<div class="cookie-notice">This site uses essential cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<header><img src="/images/bury-logo.svg" alt="Bury Council"> <nav><a href="/">Home</a> <a href="/council-and-democracy">Council and democracy</a> <a href="/foi">FOI</a></nav></header>
<main>
<h1>FOI response: bruising in non-mobile infants</h1>
<p><small>Reference 7781/25 &middot; Response sent 21/11/2025</small></p>
<p>Below are the questions asked and the council's answers.</p>
{acc}
<p>You can re-use this information under the Open Government Licence v3.0.</p>
</main>
<footer>Bury Council, Town Hall, Knowsley Street, Bury &middot; <a href="/privacy">Privacy</a></footer>"""
    (OUT / fn).write_text(page("FOI 7781/25 - Bury Council", body, css=css), encoding="utf-8")
    label(fn, "html", "Bury Metropolitan Borough Council", "E08000002", "answered", [], A,
          all_status("answered"),
          fields("informal", "2023-01", "yes", "no", "no", "no", "not_stated", "yes", 6), [gm])


# =====================================================================================
# HTML 5 (reject) - Wirral: disclosure log page for a different request
# =====================================================================================
def wirral_other():
    fn = "wirral-other-request.html"
    body = """<div id="cookies">Wirral Council uses cookies. <button>Accept</button> <button>Decline</button></div>
<header><a href="/">Wirral Council</a><nav><a href="/council-and-democracy">Council and democracy</a> <a href="/council-and-democracy/freedom-information">Freedom of information</a></nav></header>
<main>
<p class="breadcrumb"><a href="/">Home</a> / <a href="/council-and-democracy/freedom-information">Freedom of information</a> / Disclosure log</p>
<h1>FOI 25/7789 &ndash; Infants subject to child protection plans</h1>
<p>Date of response: 25 November 2025</p>
<h2>Request</h2>
<p>1. How many children aged under one year became subject to a child protection plan in each of the last three financial years?</p>
<p>2. Of these, how many plans were made under the category of physical abuse?</p>
<p>3. How many referrals to children's social care in 2024/25 concerned a baby under one year old?</p>
<h2>Response</h2>
<p>1. 2022/23: 61; 2023/24: 57; 2024/25: 64.</p>
<p>2. 2022/23: 14; 2023/24: 11; 2024/25: 17.</p>
<p>3. 1,208. The council's case recording system does not record the specific concern behind a referral at the level you describe (for example bruising, fractures or head injury), so we cannot break this figure down further without reading each case file.</p>
<p>Figures of five or fewer are not shown, to protect the identity of the children concerned.</p>
</main>
<footer><a href="/contact-us">Contact us</a> | <a href="/privacy">Privacy</a></footer>"""
    (OUT / fn).write_text(page("FOI 25/7789 | Wirral Council", body,
                               css="body{font-family:Arial}#cookies{background:#333;color:#fff}"),
                          encoding="utf-8")
    reject(fn, "html", "other_request")


# =====================================================================================
# TXT 1 - Blackpool: case-management export
# =====================================================================================
def blackpool():
    fn = "blackpool-case-export.txt"
    report = "https://panlancashirescp.proceduresonline.com/docs_library/bruising_review_2023.pdf"
    A = {
        "1": "Yes. The Blackpool Safeguarding Children Partnership, with the other Pan-Lancashire "
             "partnerships, carried out a formal review of the bruising procedure, which concluded "
             "in March 2023. It recommended keeping the requirement for a strategy discussion in "
             "every case, because of local learning from earlier case reviews, but rewording the "
             "procedure so that the health assessment takes place alongside the strategy discussion "
             "rather than after it. The next scheduled review is due in 2026.",
        "2": f"The review report is available at {report}",
        "3": "Yes. A strategy discussion is required in all cases.",
        "4": "The procedure was reworded as described in our answer to question 1, guidance on "
             "explaining the process to parents was added, and a reference to the Panel's briefing "
             "was included.",
        "5": "Yes. The definition was rewritten so that it no longer refers to age. A baby is "
             "considered not independently mobile until they can crawl, bottom shuffle or cruise; "
             "babies who can only roll remain within the definition.",
    }
    lines = [
        "================================================================",
        " CASE EXPORT                                   Printed 03/12/2025",
        "================================================================",
        "Case Reference  : BPL-FOI-25-2214",
        "Case Type       : Freedom of Information (FOIA 2000)",
        "Organisation    : Blackpool Council",
        "Received        : 06/11/2025",
        "Due             : 04/12/2025",
        "Closed          : 03/12/2025",
        "Outcome         : Information provided in full",
        "Handler         : K. Whiteside (Information Governance)",
        "Requester       : Alex Fairweather",
        "----------------------------------------------------------------",
        "REQUEST SUMMARY",
        "----------------------------------------------------------------",
        "Bruising in non-mobile infants - whether policy reviewed after CSPRP",
        "briefing (Sept 2022); papers; s47/strategy discussion; changes;",
        "definition of not independently mobile.",
        "----------------------------------------------------------------",
        "RESPONSE TEXT",
        "----------------------------------------------------------------",
        "Dear Alex Fairweather",
        "",
        "Thank you for your request. The council's response is set out below.",
        "",
    ]
    for k in "12345":
        lines.append(f"[Q{k}] {REQ_SHORT[k]}")
        lines.append(f"[A{k}] {A[k]}")
        lines.append("")
    lines += [
        "If you are not happy with this response you can ask for an internal review by replying",
        "to foi@blackpool.gov.uk. You can also contact the Information Commissioner's Office:",
        ICO_COMPLAIN,
        "",
        "Information Governance Team, Blackpool Council",
        "----------------------------------------------------------------",
        "ATTACHMENTS: none",
        "AUDIT: created 06/11/2025 09:41 by system; closed 03/12/2025 15:02 by kwhiteside",
        "================================================================",
        "",
        SYNTH_LINE,
    ]
    (OUT / fn).write_text("\n".join(lines) + "\n", encoding="utf-8")
    label(fn, "txt", "Blackpool Council", "E06000009", "answered", [], A, all_status("answered"),
          fields("formal", "2023-03", "yes", "yes", "yes", "yes", "yes", "no", None),
          [report, ICO_COMPLAIN])


# =====================================================================================
# TXT 2 - East Riding: not held for everything (suggests the partnership, without saying it holds it)
# =====================================================================================
def east_riding():
    fn = "east-riding-not-held.txt"
    text = f"""East Riding of Yorkshire Council
Information Governance - Freedom of Information
County Hall, Beverley

Our reference: ERYC/FOI/25/11/377
Date: 1 December 2025

Dear {REQUESTER_NAME},

REQUEST FOR INFORMATION - BRUISING IN NON-MOBILE INFANTS

Thank you for your request of 10 November 2025, in which you asked about any review of safeguarding
policies on bruising in non-mobile infants carried out after the Child Safeguarding Practice Review
Panel's briefing of September 2022, and about section 47 enquiries, changes to the policy and the
definition of a baby who is not independently mobile.

The council has searched its records, including those of Children's Social Care and of the
safeguarding team, and does not hold any recorded information that falls within the scope of your
request.

You may wish to contact the East Riding Safeguarding Children Partnership directly about this
subject.

If you are unhappy with this response, you can ask for an internal review within 40 working days
by replying to this letter. If you remain unhappy after the review, you can contact the Information
Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely

Data Protection and Information Requests Team
East Riding of Yorkshire Council

{SYNTH_LINE}
"""
    (OUT / fn).write_text(text, encoding="utf-8")
    label(fn, "txt", "East Riding of Yorkshire Council", "E06000011", "not_held", [], no_answers(),
          all_status("not_held"), dict(NOT_STATED), [])


# =====================================================================================
# TXT 3 - Rutland: whole request refused under s21 (procedures published elsewhere)
# =====================================================================================
def rutland():
    fn = "rutland-section21.txt"
    llr = "https://lrsb.org.uk/procedures/bruising-in-non-mobile-infants"
    minutes = "https://lrsb.org.uk/lrscp-minutes-and-reports"
    text = f"""Subject: Freedom of Information Request 2025-0634 - Response
From: Rutland County Council <foi@rutland.gov.uk>
Date: 19/12/2025

Dear Alex,

Freedom of Information Request 2025-0634

We have considered your request about the review of policies on bruising in non-mobile
infants, the papers from that review, strategy discussions and section 47 enquiries,
changes made and the definition of "not independently mobile".

Rutland shares its safeguarding children partnership and its child protection procedures
with Leicestershire, and everything that falls within your request has already been
published by the partnership. The information is therefore reasonably accessible to you
by other means, and we are refusing your request under section 21 of the Freedom of
Information Act 2000.

The procedure on bruising in babies who are not independently mobile, with its version
history, is here:
{llr}

The partnership's minutes and annual reports are here:
{minutes}

If you are dissatisfied with this decision you can ask for an internal review by replying
to this email within 40 working days. After that, you can complain to the Information
Commissioner at {ICO_COMPLAIN}

Regards

Mark Stimpson
Information Governance Officer
Rutland County Council, Catmose, Oakham

{SYNTH_LINE}
"""
    (OUT / fn).write_text(text, encoding="utf-8")
    label(fn, "txt", "Rutland County Council", "E06000017", "refused", ["s21"], no_answers(),
          all_status("refused"), dict(NOT_STATED), [llr, minutes, ICO_COMPLAIN])


# =====================================================================================
# TXT 4 - Torbay: plain letter, short numbered answers, no review
# =====================================================================================
def torbay():
    fn = "torbay-plain-letter.txt"
    swcpp = "https://www.proceduresonline.com/swcpp/torbay/p_bruising_babies.html"
    A = {
        "1": "No. Torbay has not reviewed its policy since the Panel's briefing, and the briefing "
             "was not discussed locally. The South West Child Protection Procedures, which Torbay "
             f"follows ({swcpp}), are maintained by the regional editorial board, not by the council.",
        "2": "Not applicable, as no review took place.",
        "3": "Yes. Every case goes to a strategy discussion.",
        "4": "None.",
        "5": "No changes have been made. A child who can roll over is treated as mobile.",
    }
    body = "\n\n".join(f"{k})  {A[k]}" for k in "12345")
    text = f"""TORBAY COUNCIL
Information Governance, Town Hall, Castle Circus, Torquay

Ref: TC/IG/8890
Date: 12th December 2025

Dear Sir/Madam

Freedom of Information Act 2000 - bruising in non-mobile infants

Thank you for your email. You asked five questions about the review of safeguarding policy
on bruising in non-mobile infants following the national Panel's briefing of September 2022.
Our answers are numbered to match your questions.

{body}

You may re-use this information under the Open Government Licence.

If you are dissatisfied with this response please contact us within 40 working days to ask
for an internal review. You may also contact the Information Commissioner: {ICO_COMPLAIN}

Yours faithfully

Lucy Penrose
Information Governance Officer

{SYNTH_LINE}
"""
    (OUT / fn).write_text(text, encoding="utf-8")
    label(fn, "txt", "Torbay Council", "E06000027", "answered", [], A, all_status("answered"),
          fields("none", None, "no", "yes", "no", "no", "no", "not_stated", None),
          [swcpp, ICO_COMPLAIN])


README = """# fresh_nov_c: synthetic FOI replies (bruising in non-mobile infants)

24 SYNTHETIC documents (21 replies, 3 non-replies) written by `make_fixtures.py` for measuring
the parser on unseen layouts and wording. Council names and GSS codes are real; every word and
every position attributed to a council is invented. Not real council replies; never publish them as such.
"""


def main():
    for fn in (halton, rotherham, dudley, isle_of_wight, tewkesbury,
               swindon, medway, bromley, calderdale, shropshire,
               luton, knowsley, slough, oldham_delay, warrington_ooo,
               tower_hamlets, portsmouth, north_lincolnshire, bury, wirral_other,
               blackpool, east_riding, rutland, torbay):
        fn()
    LABELS.sort(key=lambda e: e["file"])
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (OUT / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {len(LABELS)} documents to {OUT}")


if __name__ == "__main__":
    main()
