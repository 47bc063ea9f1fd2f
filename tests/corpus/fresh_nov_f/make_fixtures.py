#!/usr/bin/env python3
"""Generate the fresh_nov_f corpus: 26 synthetic FOI documents plus labels.json.

Every document is invented test material written for the foi-responses project.
Council names and GSS codes are real; everything the councils are made to say is
fiction.  The generator is deterministic: fixed dates, fixed MIME boundaries, fixed
zip timestamps and reportlab's invariant mode, so a re-run writes identical bytes.

Run with:  python make_fixtures.py   (needs reportlab, python-docx, lxml)
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from email import charset as email_charset
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from html import escape as h
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

rl_config.invariant = 1  # no timestamps / random IDs in PDFs

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document written for foi-responses; not a real council reply."
LABELS: list[dict] = []

# Common URLs that councils' boilerplate gives.
ICO = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

REQUESTER = "J Hale"
REQUESTER_EMAIL = "j.hale.foi@example.org"
CC_URL = ("https://www.communitycare.co.uk/2022/10/05/pre-mobile-infant-bruising-"
          "should-not-automatically-prompt-section-47s-say-government-advisers/")

# The request as the requester sent it (written for this corpus; note the typo in Q1).
REQ_INTRO = (
    "In September 2022 the Child Safeguarding Practice Review Panel published a briefing "
    "on bruising in non-mobile infants. It asked all safeguarding partners to look again "
    "at their current policies on bruising in non-mobile babies and check they are "
    "consistent with the evidence base and national guidelines.")
REQ_Q = {
    "1": "Was their a review of your safeguarding policies after this guidance was "
         "published? If so, when was it and what did it conclude?",
    "2": "Please provide any papers that show the outcome of this review.",
    "3": "Does your policy require a section 47 investigation or a strategy discussion "
         "in all cases?",
    "4": "What changes were made to bring the policy into line with the evidence base "
         "and national guidelines?",
    "5": "Did your definition of when a child is not independently mobile change, and how "
         "is it defined now? In particular, are babies who can roll defined as not "
         "independently mobile, and is a child classed as not independently mobile on "
         "the basis of age?",
}


def request_text(council: str) -> str:
    """The requester's original message, as it would be quoted back."""
    qs = "\n".join(f"{n}. {REQ_Q[n]}" for n in "12345")
    return (f"Dear {council},\n\n{REQ_INTRO} (Reported at {CC_URL})\n\n"
            f"Please can you answer the following under the Freedom of Information Act:\n\n"
            f"{qs}\n\nYours faithfully,\n{REQUESTER}")


# --------------------------------------------------------------------------- labels
def F(review, date, papers, s47, changes, defchg, rolling, age, thr):
    return {"review_held": review, "review_date": date, "papers_provided": papers,
            "s47_all_cases": s47, "changes_made": changes, "definition_changed": defchg,
            "rolling_is_non_mobile": rolling, "age_based": age, "age_threshold_months": thr}


F_NONE = F("not_stated", None, "not_stated", "not_stated", "not_stated", "not_stated",
           "not_stated", "not_stated", None)


def joined(a):
    """An answer kept as a list of printed paragraphs -> one label string."""
    if a is None:
        return None
    return a if isinstance(a, str) else "\n".join(a)


def reply(file, fmt, authority, code, outcome, exemptions, answers, status, fields, links,
          **extra):
    assert set(answers) == set(status) == set("12345"), file
    rec = {"file": file, "format": fmt, "authority": authority, "authority_code": code}
    rec.update(extra)
    rec.update({"outcome": outcome, "exemptions": exemptions,
                "answers": {k: joined(answers[k]) for k in "12345"},
                "status": {k: status[k] for k in "12345"},
                "fields": fields, "links": links})
    LABELS.append(rec)


def reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def whole(status):
    return {k: status for k in "12345"}, {k: None for k in "12345"}


ALL_ANSWERED = {k: "answered" for k in "12345"}


# --------------------------------------------------------------------------- PDF helpers
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


URL_RE = re.compile(r"https?://\S+?(?=[.,;:)]?(?:\s|$))")


def linkify(s: str) -> str:
    """Escape text for a reportlab Paragraph and make its URLs clickable."""
    out, pos = [], 0
    for m in URL_RE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        u = esc(m.group(0))
        out.append(f'<link href="{u}" color="#1a4c9c">{u}</link>')
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def numbered_canvas(decorate):
    """Canvas class that knows the page count, for 'Page x of y' footers."""
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()
    return NumberedCanvas


def build_pdf(story, *, title, author, subject, decorate, first=None, later=None,
              margins=(25 * mm, 25 * mm, 30 * mm, 25 * mm)) -> bytes:
    buf = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=title, author=author,
        subject=subject + " - synthetic test document",
        keywords="synthetic test document; foi-responses; not a real council reply",
        creator="foi-responses make_fixtures.py")
    noop = lambda c, d: None  # noqa: E731
    doc.build(story, onFirstPage=first or noop, onLaterPages=later or noop,
              canvasmaker=numbered_canvas(decorate))
    return buf.getvalue()


def syn_footer(c, y=8 * mm, font="Helvetica", size=6):
    c.saveState()
    c.setFont(font, size)
    c.setFillColor(colors.HexColor("#8a8a8a"))
    c.drawCentredString(A4[0] / 2, y, SYN)
    c.restoreState()


def styles(font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", size=10.5,
           leading=14):
    base = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading,
                          spaceAfter=6)
    return {
        "body": base,
        "bold": ParagraphStyle("bold", parent=base, fontName=bold),
        "italic": ParagraphStyle("italic", parent=base, fontName=italic,
                                 leftIndent=8 * mm),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=8 * mm,
                                 firstLineIndent=-4 * mm, spaceAfter=2),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=size + 2.5,
                            leading=leading + 4, spaceBefore=4, spaceAfter=8),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 2,
                                leading=leading - 3),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
    }


def paras(lines, st, bullet_style=None):
    out = []
    for line in lines:
        style = bullet_style if (bullet_style and line.startswith("• ")) else st
        out.append(Paragraph(linkify(line), style))
    return out


# --------------------------------------------------------------------------- DOCX helpers
FIXED = dt.datetime(2025, 12, 1, 9, 0, 0)


def docx_props(doc, title, author, when):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = "Synthetic test document"
    cp.keywords = "synthetic test document; foi-responses"
    cp.comments = SYN
    cp.category = "Freedom of Information"
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1


def add_field(paragraph, instr):
    """Insert a Word field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
    return run


def add_hyperlink(paragraph, url, text=None):
    part = paragraph.part
    r_id = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/hyperlink", is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(col)
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text or url
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    link.append(r)
    paragraph._p.append(link)


def para_with_links(container, text, style=None):
    """Add a paragraph; URLs in the text become real Word hyperlinks."""
    p = container.add_paragraph(style=style)
    pos = 0
    for m in URL_RE.finditer(text):
        if m.start() > pos:
            p.add_run(text[pos:m.start()])
        add_hyperlink(p, m.group(0))
        pos = m.end()
    if pos < len(text):
        p.add_run(text[pos:])
    return p


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def footer_with_pages(section, left_text, font_size=8):
    ft = section.footer
    p = ft.paragraphs[0]
    p.text = ""
    p.add_run(left_text + "    Page ")
    add_field(p, "PAGE")
    p.add_run(" of ")
    add_field(p, "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(font_size)
    p2 = ft.add_paragraph()
    r = p2.add_run(SYN)
    r.font.size = Pt(6)
    r.font.color.rgb = RGBColor(0x8A, 0x8A, 0x8A)


def docx_bytes(doc) -> bytes:
    """Save a python-docx Document with fixed zip timestamps (deterministic)."""
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    return doc


# --------------------------------------------------------------------------- EML helpers
QP = email_charset.Charset("utf-8")
QP.body_encoding = email_charset.QP
B64 = email_charset.Charset("utf-8")
B64.body_encoding = email_charset.BASE64


def headers(msg, *, frm, to, subject, date, msgid, in_reply_to=None):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["X-Synthetic-Test-Document"] = "yes"


def write(name, data):
    path = OUT / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="\n")
    else:
        path.write_bytes(data)


REQ_MSGID = "<foi-bruising-{}@mail.example.org>"


# =========================================================================== documents
# ---------------------------------------------------------------- 1 Norfolk (PDF letter)
def norfolk():
    file = "norfolk-letter.pdf"
    ref = "NCC/FOI/2025/4417"
    A = {
        "1": ["Yes. The Norfolk Safeguarding Children Partnership (NSCP) commissioned a review "
              "of its multi-agency guidance on bruising in babies who are not independently "
              "mobile after the Panel's briefing was published. The review was carried out by "
              "the partnership's Policy and Procedures Group and its findings were signed off "
              "by the NSCP Executive on 21st March 2023.",
              "The review concluded that the guidance was broadly consistent with the evidence "
              "base, but that the pathway should allow an initial appraisal by a paediatrician "
              "or the named safeguarding professional before any referral for a section 47 "
              "enquiry, and that the definition of 'not independently mobile' should be "
              "written out more clearly."],
        "2": ["The revised guidance, published following the review, is available on the NSCP "
              "website: https://www.norfolklscp.org.uk/professionals/bruising-in-non-mobile-babies",
              "A summary of the review findings, as presented to the Executive, is enclosed "
              "with this letter as Annex A."],
        "3": ["No. The guidance does not require a section 47 enquiry or a strategy discussion "
              "in every case. Where bruising is seen on a non-mobile baby the practitioner must "
              "arrange an initial appraisal (normally a paediatric assessment on the same day) "
              "and the decision on whether a strategy discussion is needed is then taken with "
              "Children's Services."],
        "4": ["The following changes were made:",
              "• an initial appraisal step was added before referral to Children's Services;",
              "• a list of questions to ask parents and carers about how the mark occurred "
              "was added;",
              "• the guidance on what to record, and on how to explain the process to parents, "
              "was expanded;",
              "• the definition of 'not independently mobile' was rewritten (see question 5)."],
        "5": ["Yes, the definition changed. A baby is now regarded as not independently mobile "
              "if they are not yet crawling, bottom-shuffling, pulling to stand, cruising or "
              "walking. A baby who can roll over, but cannot yet move about in any of those "
              "ways, is still regarded as not independently mobile.",
              "The definition is not based on age: it depends on what the individual baby "
              "can do."],
    }
    st = styles()
    story = [Spacer(1, 30 * mm)]
    meta = Table([["Our reference:", ref], ["Your reference:", "None given"],
                  ["Date:", "1st December 2025"], ["Contact:", "Information Management Team"]],
                 colWidths=[35 * mm, 80 * mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                              ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [meta, Spacer(1, 8 * mm),
              Paragraph("Dear Ms Hale,", st["body"]),
              Paragraph("<b>Freedom of Information Act 2000 – bruising in non-mobile infants</b>",
                        st["body"]),
              Paragraph("Thank you for your request for information, received on 10 November "
                        "2025, which we have dealt with under the Freedom of Information Act "
                        "2000. Your questions are repeated below, each followed by our "
                        "response.", st["body"]),
              Paragraph("You introduced your request as follows: " + esc(REQ_INTRO),
                        st["italic"])]
    for n in "12345":
        block = [Paragraph(f"Question {n}", st["bold"]),
                 Paragraph(esc(REQ_Q[n]), st["italic"]),
                 Paragraph("Response:", st["bold"])]
        block += paras(A[n], st["body"], st["bullet"])
        block.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(block[:4]))
        story += block[4:]
    story += [
        Paragraph("<b>Re-use of information</b>", st["body"]),
        Paragraph(linkify("The information we have supplied is subject to Crown copyright or "
                          "the copyright of Norfolk County Council. You may re-use it under the "
                          f"terms of the Open Government Licence: {OGL}"), st["body"]),
        Paragraph("<b>Your right to ask for a review</b>", st["body"]),
        Paragraph("If you are unhappy with this response you may ask for an internal review "
                  "by writing to the Information Management Team, County Hall, Martineau "
                  "Lane, Norwich NR1 2DH, within 40 working days of the date of this letter.",
                  st["body"]),
        Paragraph(linkify("If you remain dissatisfied after the review you may complain to the "
                          "Information Commissioner's Office, Wycliffe House, Water Lane, "
                          f"Wilmslow, Cheshire SK9 5AF, or online at {ICO}"), st["body"]),
        Spacer(1, 6 * mm),
        Paragraph("Yours sincerely,", st["body"]), Spacer(1, 8 * mm),
        Paragraph("Helen Ridgeway<br/>Information Compliance Officer<br/>"
                  "Norfolk County Council", st["body"]),
        PageBreak(),
        Paragraph("Annex A – Summary of review findings (NSCP Executive, March 2023)", st["h"]),
    ]
    annex = [["Area reviewed", "Finding", "Action agreed"],
             ["Referral pathway", "Every case went straight to a strategy discussion",
              "Add initial appraisal step"],
             ["Mobility definition", "Not written out in the guidance", "Define in full"],
             ["Parents' information", "Leaflet out of date", "Rewrite leaflet"],
             ["Recording", "Inconsistent across agencies", "Add recording checklist"]]
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    t = Table([[Paragraph(esc(x), cell) for x in row] for row in annex],
              colWidths=[40 * mm, 65 * mm, 55 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeee2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#00703c"))
        c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(25 * mm, A4[1] - 17 * mm, "Norfolk County Council")
        c.setFont("Helvetica", 8.5)
        for i, line in enumerate(["Information Management Team", "County Hall, Martineau Lane",
                                  "Norwich NR1 2DH"]):
            c.drawRightString(A4[0] - 20 * mm, A4[1] - 11 * mm - i * 4 * mm, line)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(25 * mm, A4[1] - 15 * mm, f"Norfolk County Council – FOI response {ref}")
        c.restoreState()

    def deco(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawCentredString(A4[0] / 2, 15 * mm, f"Page {page} of {total}")
        c.restoreState()
        syn_footer(c)

    write(file, build_pdf(story, title=f"FOI response {ref}", author="Norfolk County Council",
                          subject="Bruising in non-mobile infants", decorate=deco,
                          first=first, later=later, margins=(25 * mm, 22 * mm, 36 * mm, 24 * mm)))
    reply(file, "pdf", "Norfolk County Council", "E10000020", "answered", [], A, ALL_ANSWERED,
          F("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
          ["https://www.norfolklscp.org.uk/professionals/bruising-in-non-mobile-babies",
           OGL, ICO])


# ---------------------------------------------------------------- 2 Lancashire (DOCX table)
def lancashire():
    file = "lancashire-question-table.docx"
    ref = "FOI/2025/11/0893"
    Q = {"1": "Was there a review of safeguarding policies after the Panel's guidance? When, "
              "and what did it conclude?",
         "2": "Papers giving the outcome of the review.",
         "3": "Does the policy require a s47 investigation or strategy discussion in all cases?",
         "4": "What changes were put in place for consistency with the evidence base and "
              "national guidelines?",
         "5": "Has the definition of 'not independently mobile' changed, and how is it now "
              "defined (rolling; age)?"}
    A = {
        "1": "The Panel's briefing was considered in the autumn of 2022 by the Pan-Lancashire "
             "Safeguarding Procedures Group, which covers Lancashire, Blackburn with Darwen and "
             "Blackpool. The group compared the shared procedure with the briefing and "
             "concluded that it was already consistent with it, so a formal review was not "
             "commissioned.",
        "2": "No separate report or paper was produced.",
        "3": "No, not in all cases. The procedure requires the baby to be seen by a "
             "paediatrician and for Children's Social Care to be consulted; whether a "
             "strategy discussion is convened depends on the outcome of that assessment.",
        "4": "None. No changes were considered necessary.",
        "5": "The definition has not changed since the procedure was last revised in 2021. It "
             "describes a child who is not independently mobile as one who cannot move from "
             "one place to another by themselves, for example by crawling, bottom-shuffling "
             "or walking.",
    }
    doc = new_doc("Arial", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Lancashire County Council  |  Information Governance Team"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8.5)
    footer_with_pages(sec, f"Ref {ref}")
    doc.add_heading("Freedom of Information Request – Response", level=1)
    info = doc.add_table(rows=4, cols=3)
    info.style = "Table Grid"
    rows = [("Request reference", ref), ("Date received", "11 November 2025"),
            ("Date of response", "2 December 2025")]
    for i, (k, v) in enumerate(rows):
        info.cell(i, 0).text = k
        m = info.cell(i, 1).merge(info.cell(i, 2))
        m.text = v
        shade(info.cell(i, 0), "E7EEF7")
    top = info.cell(3, 0).merge(info.cell(3, 2))
    top.text = "Subject: Bruising in non-mobile infants – safeguarding policy review"
    top.paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph("Dear Requester,")
    doc.add_paragraph("Thank you for your request for information. Lancashire County Council "
                      "has considered your request under the Freedom of Information Act 2000. "
                      "In summary, you asked about the Council's response to the Child "
                      "Safeguarding Practice Review Panel's September 2022 briefing on "
                      "bruising in non-mobile infants. Our response to each part is set out "
                      "in the table below.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Your question", "Our response")):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for n in "12345":
        row = t.add_row().cells
        row[0].text = f"{n}. {Q[n]}"
        row[1].text = A[n]
    for row in t.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(10.0)
    doc.add_paragraph()
    doc.add_paragraph("If you are unhappy with the way your request has been handled you can "
                      "ask for an internal review by writing to the Information Governance "
                      "Team within 40 working days. If you are still dissatisfied you can "
                      "complain to the Information Commissioner's Office:")
    para_with_links(doc, ICO)
    doc.add_paragraph("Kind regards,")
    doc.add_paragraph("Information Governance Team\nLancashire County Council")
    docx_props(doc, f"FOI response {ref}", "Lancashire County Council", FIXED)
    write(file, docx_bytes(doc))
    reply(file, "docx", "Lancashire County Council", "E10000017", "answered", [], A,
          ALL_ANSWERED,
          F("informal", "2022", "no", "no", "no", "no", "not_stated", "not_stated", None),
          [ICO])


def html_paras(lines):
    """Paragraph list -> HTML, URLs shown as their own link text."""
    out = []
    for line in lines:
        pos, parts = 0, []
        for m in URL_RE.finditer(line):
            parts.append(h(line[pos:m.start()]))
            u = h(m.group(0))
            parts.append(f'<a href="{u}">{u}</a>')
            pos = m.end()
        parts.append(h(line[pos:]))
        out.append("<p>" + "".join(parts) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- 3 Devon (HTML log, Q/A)
def devon():
    file = "devon-disclosure-log.html"
    A = {
        "1": "Yes. Devon Children and Families Partnership reviewed its multi-agency guidance "
             "on bruising in non-mobile babies in response to the Panel's briefing. The review "
             "was completed in July 2023 and concluded that the guidance should keep a "
             "strategy discussion in every case, but that the guidance to practitioners and "
             "the information given to parents needed to be clearer. (The guidance had "
             "previously been updated in April 2021.)",
        "2": "The review report is published on the partnership's website: "
             "https://www.devonchildrenandfamiliespartnership.org.uk/bruising-review-2023/",
        "3": "Yes. Devon's guidance requires a strategy discussion to be held in every case "
             "where bruising is found on a baby who is not independently mobile, whatever "
             "explanation is given.",
        "4": "The changes made were: a new leaflet for parents explaining the process; a "
             "flowchart for health practitioners; and a requirement that the paediatric "
             "assessment takes place on the same day wherever possible.",
        "5": "The definition has not changed. A baby who is able to roll over is still "
             "regarded as not independently mobile. Devon does not use an age cut-off; "
             "mobility is judged on what the baby can actually do.",
    }
    Qs = {"1": "Was there a review of your safeguarding policies after the guidance was "
               "published, when was it, and what did it conclude?",
          "2": "Provide any papers giving the outcome of this review.",
          "3": "Does your policy require a s47 investigation or strategy discussion in all "
               "cases?",
          "4": "What changes were put in place to provide consistency with the evidence base "
               "and national guidelines?",
          "5": "Were there changes to your definition of not independently mobile, and how is "
               "it now defined?"}
    qa = "\n".join(
        f'<div class="qa">\n<p class="q"><strong>Q{n}.</strong> {h(Qs[n])}</p>\n'
        f'<div class="a"><strong>A{n}.</strong>\n{html_paras([A[n]])}\n</div>\n</div>'
        for n in "12345")
    page = f"""<!DOCTYPE html>
<!-- {SYN} -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FOI-2025-07731: Bruising in non-mobile infants – review of safeguarding policy - Devon County Council</title>
<link rel="stylesheet" href="/assets/css/devon.min.css">
</head>
<body class="page-disclosure">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on devon.gov.uk">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve it.</p>
  <button type="button" class="btn">Accept analytics cookies</button>
  <button type="button" class="btn">Reject analytics cookies</button>
  <a href="/help/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">Devon County Council</a>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/roadsandtransport/">Roads and transport</a></li>
      <li><a href="/schools/">Schools and education</a></li>
      <li><a href="/children-and-families/">Children and families</a></li>
      <li><a href="/adult-social-care/">Adult social care</a></li>
      <li><a href="/democracy/">Council and democracy</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/democracy/">Council and democracy</a></li>
    <li><a href="/democracy/foi/">Freedom of information</a></li>
    <li><a href="/democracy/foi/disclosure-log/">Disclosure log</a></li>
    <li aria-current="page">FOI-2025-07731</li>
  </ol>
</nav>
<main id="main">
<article class="disclosure">
<h1>Bruising in non-mobile infants – review of safeguarding policy</h1>
<dl class="disclosure-meta">
  <dt>Reference</dt><dd>FOI-2025-07731</dd>
  <dt>Date received</dt><dd>10 November 2025</dd>
  <dt>Date of response</dt><dd>27 November 2025</dd>
  <dt>Service</dt><dd>Children and Young People's Futures</dd>
  <dt>Outcome</dt><dd>Information provided</dd>
</dl>
<h2>Request</h2>
<p>The requester asked about the Child Safeguarding Practice Review Panel's briefing of September 2022 on bruising in non-mobile infants, and asked five questions about whether the Council's safeguarding policies were reviewed, papers, section 47 enquiries, changes made and the definition of "not independently mobile".</p>
<h2>Response</h2>
{qa}
<h3>Re-use of this information</h3>
<p>Most information published in our disclosure log may be re-used under the Open Government Licence. If you are unhappy with how a request was handled you can contact the Information Commissioner's Office at <a href="{ICO_HOME}">{ICO_HOME}</a>.</p>
</article>
<aside class="related">
  <h2>Related pages</h2>
  <ul><li><a href="/democracy/foi/make-a-request/">Make a freedom of information request</a></li>
  <li><a href="/democracy/foi/disclosure-log/?page=2">More disclosures</a></li></ul>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/privacy/">Privacy notice</a></li>
    <li><a href="/help/cookies">Cookies</a></li>
    <li><a href="/contact/">Contact us</a></li>
  </ul>
  <p>&copy; Devon County Council 2025</p>
</footer>
</body>
</html>
"""
    write(file, page)
    reply(file, "html", "Devon County Council", "E10000008", "answered", [], A, ALL_ANSWERED,
          F("formal", "2023-07", "yes", "yes", "yes", "no", "yes", "no", None),
          ["https://www.devonchildrenandfamiliespartnership.org.uk/bruising-review-2023/",
           ICO_HOME])


# ---------------------------------------------------------------- 4 Warwickshire (EML reply)
def warwickshire():
    file = "warwickshire-email-reply.eml"
    A = {
        "1": "No. A review was not carried out after the Panel's briefing and the briefing was "
             "not considered separately by Warwickshire Safeguarding.",
        "2": "Not applicable – there was no review, so there are no papers.",
        "3": "No. A strategy discussion is not required in all cases; the baby is first seen by "
             "a paediatrician and the need for a strategy discussion is decided after that "
             "assessment.",
        "4": "No changes were made.",
        "5": "No change has been made to the definition. Warwickshire follows the West "
             "Midlands regional procedure, under which all babies under 6 months of age are "
             "treated as not independently mobile.",
    }
    numbered = "\n\n".join(f"{n}. {A[n]}" for n in "12345")
    orig = request_text("Warwickshire County Council")
    quoted = "\n".join(("> " + l) if l else ">" for l in orig.split("\n"))
    sig = ("Kind regards\n\nPriya Mistry\nInformation Compliance Officer\n"
           "Information Rights Team | Warwickshire County Council\n"
           "Shire Hall, Warwick CV34 4RL")
    text = (f"Dear Ms Hale,\n\nThank you for your request, which we have handled under the "
            f"Freedom of Information Act 2000. Our answers are numbered to match your "
            f"questions.\n\n{numbered}\n\nIf you are unhappy with our response you can ask "
            f"for an internal review by replying to this email within 40 working days. You "
            f"can also contact the Information Commissioner: {ICO_HOME}\n\n{sig}\n\n"
            f"-----Original Message-----\nFrom: {REQUESTER} <{REQUESTER_EMAIL}>\n"
            f"Sent: 11 November 2025 09:14\nTo: infocompliance@warwickshire.gov.uk\n"
            f"Subject: Freedom of Information request - Bruising in non-mobile infants\n\n"
            f"{quoted}\n")
    items = "\n".join(f"<p>{n}. {h(A[n])}</p>" for n in "12345")
    orig_html = "<br>\n".join(h(l) for l in orig.split("\n"))
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Ms Hale,</p>
<p>Thank you for your request, which we have handled under the Freedom of Information Act 2000. Our answers are numbered to match your questions.</p>
{items}
<p>If you are unhappy with our response you can ask for an internal review by replying to this email within 40 working days. You can also contact the Information Commissioner: <a href="{ICO_HOME}">{ICO_HOME}</a></p>
<p>Kind regards</p>
<p><b>Priya Mistry</b><br>Information Compliance Officer<br>Information Rights Team | Warwickshire County Council<br>Shire Hall, Warwick CV34 4RL</p>
<div style="border-top:1px solid #b5c4df;padding-top:3pt">
<p><b>From:</b> {REQUESTER} &lt;{REQUESTER_EMAIL}&gt;<br><b>Sent:</b> 11 November 2025 09:14<br><b>To:</b> infocompliance@warwickshire.gov.uk<br><b>Subject:</b> Freedom of Information request - Bruising in non-mobile infants</p>
<blockquote style="margin-left:8pt;color:#555">{orig_html}</blockquote>
</div>
</body></html>
"""
    msg = MIMEMultipart("alternative", boundary="=_wcc_alt_8840211")
    headers(msg, frm=formataddr(("Warwickshire County Council - Information Rights",
                                 "infocompliance@warwickshire.gov.uk")),
            to=formataddr((REQUESTER, REQUESTER_EMAIL)),
            subject="RE: Freedom of Information request - Bruising in non-mobile infants "
                    "[Ref: 8840211]",
            date="Tue, 02 Dec 2025 15:41:07 +0000",
            msgid="<WCC.8840211.20251202154107@warwickshire.gov.uk>",
            in_reply_to=REQ_MSGID.format("warwickshire"))
    msg["Thread-Topic"] = "Freedom of Information request - Bruising in non-mobile infants"
    msg.attach(MIMEText(text, "plain", QP))
    msg.attach(MIMEText(html, "html", QP))
    write(file, msg.as_string())
    reply(file, "eml", "Warwickshire County Council", "E10000031", "answered", [], A,
          ALL_ANSWERED,
          F("none", None, "no", "no", "no", "no", "not_stated", "yes", 6),
          [ICO_HOME])


# ---------------------------------------------------------------- 5 Surrey (DOCX bold Qs)
def surrey():
    file = "surrey-bold-questions.docx"
    ref = "FOI-1187650"
    Q = {"1": "Was there a review of your safeguarding policies after the guidance, when was "
              "it, and what did it conclude?",
         "2": "Please provide any papers on the outcome of the review.",
         "3": "Does your policy require a section 47 investigation or strategy discussion in "
              "all cases?",
         "4": "What changes were made for consistency with the evidence base and national "
              "guidelines?",
         "5": "Did your definition of 'not independently mobile' change, and how is it now "
              "defined?"}
    A = {
        "1": "Yes. The Surrey Safeguarding Children Partnership carried out a review of its "
             "bruising protocol in light of the Panel's briefing. The review was agreed at the "
             "partnership's Quality Assurance and Learning subgroup on 17/01/2023. It "
             "concluded that the protocol should be revised so that an initial health "
             "appraisal takes place before any decision to hold a strategy discussion, and "
             "that the definition of mobility needed to be clearer.",
        "2": "Please see the enclosed copy of the revised protocol (Bruising in Babies and "
             "Children Who Are Not Independently Mobile, version 4, February 2023) and the "
             "subgroup's summary note.",
        "3": "No. The revised protocol requires an initial health appraisal in every case. A "
             "strategy discussion follows where the appraisal, or any other information, "
             "gives cause for concern.",
        "4": ["The main changes were:",
              "an initial health appraisal was introduced as the first step;",
              "practitioners must explain the protocol to parents using a standard leaflet;",
              "the protocol now includes a section on skin conditions and birthmarks that may "
              "be mistaken for bruising."],
        "5": "Yes. The definition was revised. A baby is not independently mobile until they "
             "can crawl, bottom-shuffle or roll from one place to another. Babies who can "
             "roll over and move themselves by rolling are treated as mobile, although "
             "practitioners should still consider whether the explanation given fits the "
             "injury. There is no age threshold.",
    }
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("SURREY COUNTY COUNCIL")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xA5)
    hp.add_run("\nInformation Governance  •  Woodhatch Place, Reigate RH2 8EF").font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer_with_pages(sec, f"Our ref: {ref}")
    doc.add_paragraph("28 November 2025").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(f"Freedom of Information Act 2000 – Response to request {ref}", level=1)
    doc.add_paragraph("Dear Requester,")
    doc.add_paragraph("Thank you for your request for information about bruising in non-mobile "
                      "infants, which we received on 12 November 2025. We have now completed "
                      "our searches and our response to each of your questions is below.")
    for n in "12345":
        p = doc.add_paragraph()
        run = p.add_run(Q[n])
        run.bold = True
        p.paragraph_format.space_before = Pt(10)
        a = A[n]
        if isinstance(a, str):
            doc.add_paragraph(a)
        else:
            doc.add_paragraph(a[0])
            for item in a[1:]:
                doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("Your rights", level=2)
    doc.add_paragraph("Information about re-using the material we provide, and about asking "
                      "for an internal review, is on our website:")
    para_with_links(doc, "https://www.surreycc.gov.uk/council-and-democracy/"
                         "freedom-of-information")
    para_with_links(doc, "If you are still not satisfied after an internal review, you can "
                         f"complain to the Information Commissioner at {ICO}")
    doc.add_paragraph("Yours faithfully,")
    doc.add_paragraph("FOI Officer\nChildren, Families and Lifelong Learning\nSurrey County Council")
    docx_props(doc, f"Response to {ref}", "Surrey County Council", FIXED)
    write(file, docx_bytes(doc))
    reply(file, "docx", "Surrey County Council", "E10000030", "answered", [], A, ALL_ANSWERED,
          F("formal", "2023-01", "yes", "no", "yes", "yes", "no", "no", None),
          ["https://www.surreycc.gov.uk/council-and-democracy/freedom-of-information", ICO])


def wrap(text, width=78, indent=""):
    import textwrap
    return "\n".join(textwrap.fill(p, width=width, initial_indent=indent,
                                   subsequent_indent=indent, break_long_words=False,
                                   break_on_hyphens=False)
                     for p in text.split("\n"))


# ---------------------------------------------------------------- 6 Lincolnshire (TXT export)
def lincolnshire():
    file = "lincolnshire-case-export.txt"
    A = {
        "1": "The Lincolnshire Safeguarding Children Partnership did not carry out a formal "
             "review. The briefing was discussed at the partnership's Policy and Procedures "
             "Group in February 2023, where members checked the local procedure against it "
             "and agreed that it was consistent with the briefing.",
        "2": "An extract of the minute from that meeting reads: \"The group considered the "
             "national panel's briefing on bruising in non-mobile infants. Members agreed that "
             "the Lincolnshire procedure already provides for a paediatric assessment before "
             "any decision on a strategy discussion and already sets out clearly which babies "
             "it applies to. No amendments required. Action closed.\"",
        "3": "Not in every case. A paediatric assessment is arranged first and a strategy "
             "discussion is held if that assessment, or other information known to agencies, "
             "suggests the bruising may be non-accidental.",
        "4": "None were needed.",
        "5": "The definition is unchanged. Babies who are rolling, but not yet crawling or "
             "pulling themselves up, are regarded as not independently mobile under our "
             "procedure.",
    }
    heads = {"1": "Review following the Panel's guidance", "2": "Papers",
             "3": "s47 / strategy discussion in all cases", "4": "Changes made",
             "5": "Definition of not independently mobile"}
    bar = "=" * 72
    rule = "-" * 72
    body = "\n\n".join(f"[Q{n}] {heads[n]}\n{wrap(A[n], 72, '    ')}" for n in "12345")
    text = f"""{bar}
LINCOLNSHIRE COUNTY COUNCIL - INFORMATION GOVERNANCE
Case export                                   Printed: 05/12/2025 14:32
{bar}
Case Reference  : LCC-FOI-2025-09318
Case Type       : Freedom of Information (FOIA 2000)
Received        : 12/11/2025
Target Date     : 10/12/2025
Closed          : 05/12/2025
Closure Reason  : Closed - information provided in full
Subject         : Bruising in non-mobile infants - policy review
Requester       : [withheld - personal data]
Handling Team   : Children's Services
{rule}
REQUEST SUMMARY
{wrap("Requester asks whether the safeguarding partnership reviewed its policy on bruising in non-mobile infants after the Child Safeguarding Practice Review Panel briefing of Sept 2022, for papers, whether s47 / strategy discussion is required in all cases, what changed, and how 'not independently mobile' is defined.", 72, '    ')}
{rule}
RESPONSE TEXT (as issued)

{body}
{rule}
STANDARD PARAGRAPHS APPENDED
{wrap("Re-use: information supplied may be re-used under the Open Government Licence, see http://www.nationalarchives.gov.uk/doc/open-government-licence/", 72, '    ')}
{wrap("Review: if you are unhappy with this response please contact the Information Governance team within 40 working days to request an internal review. You may then complain to the ICO: " + ICO, 72, '    ')}
{rule}
Audit: created by IGT-RW 12/11/2025 09:02; response approved by CS-SM 05/12/2025
{bar}
{SYN}
"""
    write(file, text)
    reply(file, "txt", "Lincolnshire County Council", "E10000019", "answered", [], A,
          ALL_ANSWERED,
          F("informal", "2023-02", "yes", "no", "no", "no", "yes", "not_stated", None),
          ["http://www.nationalarchives.gov.uk/doc/open-government-licence/", ICO])


# ---------------------------------------------------------------- 7 Wigan (PDF, answers only)
def wigan():
    file = "wigan-numbered-answers.pdf"
    A = {
        "1": "Yes. Wigan Safeguarding Children Partnership reviewed its procedure for bruising "
             "in non-mobile babies during 2023, taking the Panel's briefing into account. The "
             "review concluded that the procedure should include a paediatric appraisal "
             "before referral and that the definition of mobility needed updating.",
        "2": "The revised procedure (version 3.0) can be read at "
             "https://www.wiganlscp.org.uk/procedures/bruising-protocol",
        "3": "No.",
        "4": "A paediatric appraisal step was added; the referral form was revised; and a "
             "section on communicating with parents was added.",
        "5": "Yes. The procedure now says that a baby is not independently mobile if they "
             "cannot crawl, cruise or walk; babies who can roll are included. In addition, "
             "every baby under 26 weeks of age is treated as not independently mobile.",
    }
    st = styles("Times-Roman", "Times-Bold", "Times-Italic", 11.5, 15)
    num = ParagraphStyle("num", parent=st["body"], leftIndent=9 * mm, bulletIndent=0)
    story = [
        Table([["Our ref:", "FOI 25/2291"], ["Your ref:", "—"], ["Date:", "3 December 2025"],
               ["Please ask for:", "Mark Fairhurst"]], colWidths=[32 * mm, 60 * mm],
              hAlign="RIGHT",
              style=TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])),
        Spacer(1, 10 * mm),
        Paragraph("Dear Sir/Madam", st["body"]),
        Paragraph("<b>Re: Request for information – bruising in non-mobile infants</b>",
                  st["body"]),
        Paragraph("I write in response to your request for information under the Freedom "
                  "of Information Act 2000, received by Wigan Council on 13 November 2025. "
                  "The answers below are numbered to correspond with your questions.",
                  st["body"]),
        Spacer(1, 2 * mm)]
    for n in "12345":
        story.append(Paragraph(linkify(A[n]), num, bulletText=f"{n}."))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(linkify("You may re-use this information under the Open Government Licence. "
                          "If you are dissatisfied with our response you may ask for an "
                          "internal review within 40 working days by writing to the address "
                          "above. After that, you have the right to complain to the "
                          f"Information Commissioner at {ICO_HOME}"), st["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Yours faithfully", st["body"]), Spacer(1, 10 * mm),
        Paragraph("Mark Fairhurst<br/>Information Governance Officer<br/>"
                  "Wigan Council, Town Hall, Library Street, Wigan WN1 1YN", st["body"])]

    def first(c, d):
        c.saveState()
        c.setFont("Times-Bold", 22)
        c.drawString(25 * mm, A4[1] - 24 * mm, "Wigan Council")
        c.setStrokeColor(colors.HexColor("#6d2077"))
        c.setLineWidth(2)
        c.line(25 * mm, A4[1] - 28 * mm, A4[0] - 25 * mm, A4[1] - 28 * mm)
        c.setFont("Times-Italic", 9)
        c.drawString(25 * mm, A4[1] - 33 * mm, "Information Governance Unit")
        c.restoreState()

    def deco(c, page, total):
        c.saveState()
        c.setFont("Times-Roman", 8)
        c.drawRightString(A4[0] - 25 * mm, 14 * mm, f"{page}/{total}")
        c.restoreState()
        syn_footer(c, font="Times-Roman")

    write(file, build_pdf(story, title="FOI 25/2291 response", author="Wigan Council",
                          subject="Bruising in non-mobile infants", decorate=deco,
                          first=first, margins=(25 * mm, 25 * mm, 40 * mm, 24 * mm)))
    reply(file, "pdf", "Wigan Metropolitan Borough Council", "E08000010", "answered", [], A,
          ALL_ANSWERED,
          F("formal", "2023", "yes", "no", "yes", "yes", "yes", "yes", 6),
          ["https://www.wiganlscp.org.uk/procedures/bruising-protocol", ICO_HOME])


# ---------------------------------------------------------------- 8 Sunderland (disclosure log)
def sunderland():
    file = "sunderland-disclosure-log.html"
    A = {
        "1": "Yes. Sunderland Safeguarding Children Partnership reviewed its guidance in "
             "November 2022. The review found that the guidance was largely consistent with "
             "the national evidence, but agreed to add a section on supporting parents "
             "through the process.",
        "2": "A copy of the report to the partnership's Practice Review Group is attached "
             "below as a PDF.",
        "3": "Yes. Sunderland's guidance requires a strategy discussion in all cases involving "
             "bruising to a non-mobile baby.",
        "4": "A new section on supporting parents was added, and the referral pathway to the "
             "paediatric team was clarified.",
        "5": "The definition was not changed. We do not define mobility by age.",
    }
    Qs = {"1": REQ_Q["1"],
          "2": "Provide any papers that give information on the outcome of this review.",
          "3": REQ_Q["3"], "4": REQ_Q["4"], "5": REQ_Q["5"]}
    req = request_text("Sunderland City Council").split("\n\n")
    req_html = "\n".join("<p>" + "<br>".join(h(x) for x in block.split("\n")) + "</p>"
                         for block in req)
    resp = "\n".join(f"<p><em>{h(Qs[n])}</em></p>\n<p>{h(A[n])}</p>" for n in "12345")
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Bruising in non-mobile infants | Disclosure Log | Sunderland City Council</title>
<!-- {SYN} -->
<link rel="stylesheet" href="/static/css/app.css">
</head>
<body>
<div class="cookie-consent" id="cc">
  <span>This site uses cookies to store information on your computer.</span>
  <a href="/cookies">Find out more</a> <button>Accept all</button> <button>Essential only</button>
</div>
<header class="navbar">
  <div class="brand"><a href="/disclosures">Sunderland City Council &middot; Disclosure Log</a></div>
  <ul class="nav">
    <li><a href="/disclosures">Disclosures</a></li>
    <li><a href="/disclosures/search">Search</a></li>
    <li><a href="/about">About this log</a></li>
  </ul>
</header>
<div class="container">
<p class="back"><a href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">&larr; Back to disclosures</a></p>
<h1 class="title">Bruising in non-mobile infants</h1>
<table class="meta">
  <tr><th>Case reference</th><td>25-1044-FOI</td></tr>
  <tr><th>Received date</th><td>13/11/2025</td></tr>
  <tr><th>Published date</th><td>09/12/2025</td></tr>
  <tr><th>Directorate</th><td>Together for Children</td></tr>
  <tr><th>Tags</th><td><span class="tag">Children's social care</span> <span class="tag">Safeguarding</span></td></tr>
</table>
<section class="request">
<h2>Request</h2>
{req_html}
</section>
<section class="response">
<h2>Response</h2>
<p>Sunderland City Council has considered your request under the Freedom of Information Act 2000 and our response is given beneath each of your questions.</p>
{resp}
<p>If you are dissatisfied with the handling of your request you may ask for an internal review. If you remain unhappy you may complain to the Information Commissioner's Office, <a href="{ICO_HOME}">{ICO_HOME}</a></p>
</section>
<section class="attachments">
<h2>Attachments</h2>
<ul><li><a href="/disclosures/attachments/4f1c2e7a/Bruising-review-report-Nov-2022.pdf">Bruising-review-report-Nov-2022.pdf</a> (PDF, 212 KB)</li></ul>
</section>
</div>
<footer class="footer"><p>Sunderland City Council, City Hall, Plater Way, Sunderland SR1 3AA</p>
<p><a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility statement</a></p></footer>
</body>
</html>
"""
    write(file, page)
    reply(file, "html", "Sunderland City Council", "E08000024", "answered", [], A,
          ALL_ANSWERED,
          F("formal", "2022-11", "yes", "yes", "yes", "no", "not_stated", "no", None),
          [ICO_HOME])


# ---------------------------------------------------------------- 9 Kirklees (DOCX prose)
def kirklees():
    file = "kirklees-prose-letter.docx"
    P1 = ("The Kirklees Safeguarding Children Partnership considered the briefing in the "
          "spring of 2023, when its procedures subgroup compared it with the West Yorkshire "
          "Consortium procedure that Kirklees uses. The subgroup was satisfied that the "
          "procedure already reflected the briefing, so there was no formal review and no "
          "report was produced.")
    P2 = ("The procedure does not require a section 47 enquiry or a strategy discussion in "
          "every case. It requires a medical assessment and a conversation with Children's "
          "Social Care, after which a decision is made about whether a strategy discussion "
          "is needed.")
    P3 = ("As no changes were thought necessary, none were made, and the definition of 'not "
          "independently mobile' is the same as before. A baby who can roll over, but cannot "
          "crawl or shuffle, is still treated as not independently mobile, and the procedure "
          "does not use an age limit.")
    A = {"1": P1, "2": P1, "3": P2, "4": P3, "5": P3}
    doc = new_doc("Georgia", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kirklees Council"
    hp.runs[0].bold = True
    hp.runs[0].font.size = Pt(14)
    hp2 = sec.header.add_paragraph("Legal, Governance and Commissioning · PO Box 1720 · "
                                   "Huddersfield HD1 9EL")
    hp2.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(SYN)
    r.font.size = Pt(6)
    r.font.color.rgb = RGBColor(0x8A, 0x8A, 0x8A)
    doc.add_paragraph("Ms J Hale\nBy email")
    doc.add_paragraph("4 December 2025")
    doc.add_paragraph("Dear Ms Hale")
    p = doc.add_paragraph()
    p.add_run("Freedom of Information request – ref KC-FOI-25-6612").bold = True
    doc.add_paragraph("Thank you for your email of 14 November about the Child Safeguarding "
                      "Practice Review Panel's briefing on bruising in non-mobile infants. I "
                      "have answered your questions together below.")
    for para in (P1, P2, P3):
        doc.add_paragraph(para)
    doc.add_paragraph("You are welcome to re-use this information under the Open Government "
                      "Licence. If you are not satisfied with this reply, please let me know "
                      "within 40 working days and the Council will carry out an internal "
                      "review. You can also ask the Information Commissioner to look at how "
                      "we handled your request.")
    doc.add_paragraph("Yours sincerely")
    doc.add_paragraph("\nAisha Rahman\nInformation Governance Officer")
    docx_props(doc, "KC-FOI-25-6612", "Kirklees Council", FIXED)
    write(file, docx_bytes(doc))
    reply(file, "docx", "Kirklees Council", "E08000034", "answered", [], A, ALL_ANSWERED,
          F("informal", "2023", "no", "no", "no", "no", "yes", "no", None), [])


# ---------------------------------------------------------------- 10 Dudley (EML + PDF letter)
def dudley():
    file = "dudley-email-attached-pdf.eml"
    ref = "DMBC/FOI/25/3377"
    Q = {"1": "Was there a review of your safeguarding policies after the Panel's guidance "
              "was published, when was it, and what did it conclude?",
         "2": "Provide any papers that give information on the outcome of this review.",
         "3": "Does your policy require a s47 investigation or strategy discussion in all "
              "cases?",
         "4": "What changes were put in place to provide consistency with the evidence base "
              "and national guidelines?",
         "5": "Were there changes to your definition of when a child is not independently "
              "mobile and how is that now defined?"}
    A = {
        "1": "Yes. Dudley Safeguarding People Partnership reviewed its bruising protocol "
             "following the Panel's briefing. The revised protocol was approved in September "
             "2023. The review concluded that the protocol should no longer require every "
             "case to go straight to a strategy discussion, and that an initial assessment by "
             "a paediatrician should come first.",
        "2": "The revised protocol is published at "
             "https://safeguarding.dudley.gov.uk/child/procedures/bruising-protocol/ and the "
             "review summary considered by the partnership board is attached to this letter.",
        "3": "No. Following the review, a strategy discussion is held only where the "
             "paediatric assessment or other information indicates a concern.",
        "4": "The changes were: the initial paediatric assessment step; new guidance on "
             "recording the explanation given by parents; a revised definition of mobility; "
             "and a short leaflet for parents.",
        "5": "Yes. The protocol now states that a baby who can roll over is regarded as "
             "mobile for the purposes of the protocol, as are babies who can crawl, "
             "bottom-shuffle, cruise or walk. The definition is based on the baby's "
             "development, not on age.",
    }
    st = styles("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 10, 13.5)
    story = [Paragraph("Freedom of Information Act 2000 – Response", st["h"]),
             Paragraph(f"Reference: {ref}<br/>Date: 21 November 2025", st["body"]),
             Spacer(1, 4 * mm),
             Paragraph("Dear Ms Hale", st["body"]),
             Paragraph("Thank you for your request for information dated 10 November 2025. "
                       "Dudley Metropolitan Borough Council holds the information you have "
                       "requested and our response is set out below.", st["body"])]
    for n in "12345":
        story += [Paragraph(f"<b>Question {n}:</b> {esc(Q[n])}", st["body"]),
                  Paragraph(f"<b>Answer:</b> {linkify(A[n])}", st["body"]), Spacer(1, 2 * mm)]
    story += [Paragraph(linkify("If you are not satisfied with this response you can request an "
                                "internal review within 40 working days. If you remain "
                                "dissatisfied you may complain to the Information "
                                f"Commissioner: {ICO}"), st["small"]),
              Spacer(1, 4 * mm),
              Paragraph("Information Governance Team<br/>Dudley Council, 4 Ednam Road, "
                        "Dudley DY1 1HL", st["body"])]

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#003b5c"))
        c.rect(20 * mm, A4[1] - 26 * mm, 60 * mm, 12 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(23 * mm, A4[1] - 22 * mm, "Dudley Council")
        c.restoreState()

    def deco(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 14 * mm, f"{ref}  |  OFFICIAL")
        c.drawRightString(A4[0] - 20 * mm, 14 * mm, f"Page {page} of {total}")
        c.restoreState()
        syn_footer(c)

    pdf = build_pdf(story, title=f"FOI response {ref}", author="Dudley Metropolitan Borough "
                    "Council", subject="Bruising in non-mobile infants", decorate=deco,
                    first=first, margins=(20 * mm, 20 * mm, 32 * mm, 22 * mm))
    body = ("Dear Ms Hale\n\nPlease find attached the Council's response to your request for "
            f"information (ref. {ref}).\n\nRegards\n\nInformation Governance Team\n"
            "Dudley Metropolitan Borough Council\n\n"
            "This email and any attachments are confidential and intended solely for the "
            "addressee. If you have received it in error please notify the sender and delete "
            "it.\n")
    msg = MIMEMultipart("mixed", boundary="----=_Part_3377_dudley.1763734021")
    headers(msg, frm=formataddr(("FOI Dudley", "foi@dudley.gov.uk")),
            to=REQUESTER_EMAIL, subject=f"FOI Response - {ref}",
            date="Fri, 21 Nov 2025 14:07:01 +0000",
            msgid="<20251121140701.3377@dudley.gov.uk>",
            in_reply_to=REQ_MSGID.format("dudley"))
    msg.attach(MIMEText(body, "plain", "us-ascii"))
    att = MIMEApplication(pdf, "pdf", Name="FOI-3377-response.pdf")
    att.add_header("Content-Disposition", "attachment", filename="FOI-3377-response.pdf")
    msg.attach(att)
    write(file, msg.as_string())
    reply(file, "eml", "Dudley Metropolitan Borough Council", "E08000027", "answered", [], A,
          ALL_ANSWERED,
          F("formal", "2023-09", "yes", "no", "yes", "yes", "no", "no", None),
          ["https://safeguarding.dudley.gov.uk/child/procedures/bruising-protocol/", ICO])


# ---------------------------------------------------------------- 11 Rotherham (TXT, Q2 not held)
def rotherham():
    file = "rotherham-letter.txt"
    A = {
        "1": "Yes. Rotherham Safeguarding Children Partnership reviewed the South Yorkshire "
             "procedure on bruising in non-mobile children jointly with the other South "
             "Yorkshire partnerships in December 2022. The review concluded that the "
             "procedure should add an initial appraisal before referral and improve the "
             "information given to parents.",
        "2": "The Council does not hold any papers recording the outcome of this review.",
        "3": "No. The procedure requires an initial appraisal by a paediatrician. A strategy "
             "discussion is only held where the appraisal or other information raises a "
             "concern about non-accidental injury.",
        "4": "An initial appraisal by a paediatrician was added before referral to Children's "
             "Social Care, and the information leaflet for parents was rewritten.",
        "5": "No. The definition has not changed. The procedure applies to any baby who has "
             "not yet had their first birthday and who is not crawling, cruising or walking. "
             "Babies who can roll are treated as not independently mobile.",
    }
    qa = "\n\n".join(f"Question {n}: {wrap(REQ_Q[n], 76)}\n\nResponse: {wrap(A[n], 76)}"
                     for n in "12345")
    text = f"""ROTHERHAM METROPOLITAN BOROUGH COUNCIL
Information Governance, Riverside House, Main Street, Rotherham S60 1AE

Our reference: FOI/25/R/10452
Date: 8th December 2025

Dear Ms Hale,

Freedom of Information Act 2000 - Request for Information

Thank you for your request, received on 12th November 2025. Please find
the Council's response to each of your questions below.

{qa}

You are free to use the information supplied for your own purposes. Any
other re-use requires the permission of the copyright holder.

If you are unhappy with the way your request has been handled, you can ask
for an internal review by writing to the address above within 40 working
days. If you remain dissatisfied, you may complain to the Information
Commissioner: https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/

Yours sincerely,

Information Governance Team
Rotherham Metropolitan Borough Council

{SYN}
"""
    write(file, text)
    st = dict(ALL_ANSWERED)
    st["2"] = "not_held"
    reply(file, "txt", "Rotherham Metropolitan Borough Council", "E08000018", "partial", [], A,
          st, F("formal", "2022-12", "no", "no", "yes", "no", "yes", "yes", 12),
          ["https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"])


# ---------------------------------------------------------------- 12 Stockport (HTML, Q2 s22)
def stockport():
    file = "stockport-foi-response-page.html"
    Q = {"1": "Question 1 – Was there a review, when, and what did it conclude?",
         "2": "Question 2 – Papers on the outcome of the review",
         "3": "Question 3 – Is a s47 investigation or strategy discussion required in all "
              "cases?",
         "4": "Question 4 – Changes made",
         "5": "Question 5 – Definition of not independently mobile"}
    A = {
        "1": ["Yes. Stockport Safeguarding Children Partnership carried out a review of the "
              "Greater Manchester bruising protocol as it applies locally, following the "
              "Panel's briefing. The review was completed in June 2023.",
              "It concluded that practitioners needed a clearer definition of mobility and "
              "that an initial paediatric appraisal should take place before any strategy "
              "discussion."],
        "2": ["The review report is being prepared for publication as part of the "
              "partnership's annual report, which is due to be published in January 2026. We "
              "are therefore withholding it under section 22(1) of the Freedom of Information "
              "Act 2000 (information intended for future publication).",
              "Section 22 is a qualified exemption. We have considered the public interest and "
              "concluded that it favours waiting for publication, so that the report can be "
              "read in full and in context alongside the rest of the annual report."],
        "3": ["No. An initial paediatric appraisal takes place first; a strategy discussion is "
              "held where that appraisal, or other information, indicates the injury may be "
              "non-accidental."],
        "4": ["An initial paediatric appraisal was added, and the definition of mobility was "
              "rewritten."],
        "5": ["Yes. Under the revised definition, a baby is regarded as not independently "
              "mobile if they are under 6 months old, or if they are older but cannot yet "
              "crawl, bottom-shuffle or cruise. A baby who can roll from front to back is not, "
              "on that basis alone, regarded as independently mobile."],
    }
    body = "\n".join(f"<h3>{h(Q[n])}</h3>\n{html_paras(A[n])}" for n in "12345")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FOI 11873 – Bruising in non-mobile infants - Stockport Council</title>
<meta name="generator" content="GOSS iCM">
<link rel="stylesheet" href="/site/styles/main.css">
</head>
<body>
<!-- {SYN} -->
<div class="cookiebar" role="dialog">
 <p>Can we store analytics cookies on your device?</p>
 <button>Yes</button> <button>No</button> <a href="/cookies">How we use cookies</a>
</div>
<div class="masthead">
 <a href="/" class="masthead__logo" title="Stockport Council home">Stockport Council</a>
 <ul class="masthead__links"><li><a href="/myaccount">My account</a></li><li><a href="/contact">Contact</a></li></ul>
</div>
<nav class="topnav"><a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a> <a href="/schools">Schools</a> <a href="/social-care">Social care</a> <a href="/council-democracy">Council and democracy</a></nav>
<ul class="breadcrumbs">
 <li><a href="/">Home</a></li>
 <li><a href="/council-democracy">Council and democracy</a></li>
 <li><a href="/foi">Freedom of information</a></li>
 <li><a href="/foi/responses">Published responses</a></li>
</ul>
<div class="main-content">
<h1>FOI 11873 – Bruising in non-mobile infants</h1>
<p class="published">Published: 15 December 2025</p>
<div class="panel">
<p><strong>Request received:</strong> 14 November 2025<br>
<strong>Responded:</strong> 12 December 2025<br>
<strong>Service area:</strong> Children's Services</p>
</div>
<h2>What was asked</h2>
<p>The requester asked five questions about the Child Safeguarding Practice Review Panel's September 2022 briefing on bruising in non-mobile infants.</p>
<h2>Our response</h2>
{body}
<h2>Your rights</h2>
<p>You can re-use this information under the Open Government Licence: <a href="{OGL}">{OGL}</a></p>
<p>If you are unhappy with this response, contact foi@stockport.gov.uk within 40 working days to ask for an internal review. You can then complain to the Information Commissioner at <a href="{ICO}">{ICO}</a></p>
</div>
<div class="feedback"><p>Was this page useful? <a href="/feedback?page=foi-11873">Tell us</a></p></div>
<footer><p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
<p>© Stockport Metropolitan Borough Council</p></footer>
</body>
</html>
"""
    write(file, page)
    st = dict(ALL_ANSWERED)
    st["2"] = "refused"
    reply(file, "html", "Stockport Metropolitan Borough Council", "E08000007", "partial",
          ["s22(1)"], A, st,
          F("formal", "2023-06", "no", "no", "yes", "yes", "yes", "yes", 6), [OGL, ICO])


# ---------------------------------------------------------------- 13 Lewisham (HTML-only EML)
def lewisham():
    file = "lewisham-html-email.eml"
    LSCP = "https://www.londonsafeguardingchildrenprocedures.co.uk/contact-us/"
    Q = {"1": "Was there a review of your safeguarding policies after the guidance, when was it "
              "and what did it conclude?",
         "2": "Papers on the outcome of the review",
         "3": "Does your policy require a s47 investigation or strategy discussion in all "
              "cases?",
         "4": "What changes were put in place?",
         "5": "Has the definition of not independently mobile changed, and how is it defined?"}
    A = {
        "1": "The Council and the Lewisham Safeguarding Children Partnership considered the "
             "Panel's briefing in January 2023. There was no formal review. The partnership's "
             "view was that the London Child Protection Procedures, which Lewisham follows, "
             "were already consistent with the briefing.",
        "2": "There are no papers on the outcome. The consideration took place as a discussion "
             "at the partnership's practice subgroup and no separate paper was written.",
        "3": "No. A strategy discussion is not required in all cases; the procedures require a "
             "medical assessment and a discussion with Children's Social Care first.",
        "4": "No changes were made locally.",
        "5": "This information is held by the London Safeguarding Children Partnership, which "
             "maintains the London Child Protection Procedures and the definition they use; "
             "it is not held by the Council. Please direct this part of your request to the "
             "London Safeguarding Children Partnership: " + LSCP,
    }
    pairs = "\n".join(
        f'<p style="margin:12px 0 2px 0"><b>Q{n}: {h(Q[n])}</b></p>\n'
        f'<p style="margin:0 0 8px 0">A: {html_paras([A[n]])[3:-4]}</p>' for n in "12345")
    html = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt;color:#222">
<p>Dear Ms Hale,</p>
<p><b>Freedom of Information request – CAS-2117843</b></p>
<p>Thank you for your request received on 11 November 2025. We have processed it under the Freedom of Information Act 2000. Please find our response below.</p>
{pairs}
<p>We hope this is helpful. If you are dissatisfied with our response you can ask for an internal review by replying to this email within 40 working days. You also have the right to complain to the Information Commissioner's Office, <a href="{ICO_HOME}">{ICO_HOME}</a></p>
<p>Kind regards,</p>
<p>Tomasz Nowak<br>Information Governance Officer<br>London Borough of Lewisham<br>Laurence House, 1 Catford Road, London SE6 4RU</p>
<p style="font-size:8pt;color:#777">Lewisham Council – working together for a fairer borough. Please consider the environment before printing this email.</p>
</body>
</html>
"""
    msg = MIMEText(html, "html", QP)
    headers(msg, frm=formataddr(("Lewisham Council Information Governance",
                                 "foi@lewisham.gov.uk")),
            to=formataddr(("Ms J Hale", REQUESTER_EMAIL)),
            subject="Your FOI request CAS-2117843 – bruising in non-mobile infants",
            date="Mon, 08 Dec 2025 10:22:45 +0000",
            msgid="<CAS-2117843.reply.1@lewisham.gov.uk>",
            in_reply_to=REQ_MSGID.format("lewisham"))
    # non-ASCII subject: encode as RFC 2047
    from email.header import Header
    del msg["Subject"]
    msg["Subject"] = Header("Your FOI request CAS-2117843 – bruising in non-mobile infants",
                            "utf-8").encode()
    write(file, msg.as_string())
    st = dict(ALL_ANSWERED)
    st["5"] = "redirected"
    reply(file, "eml", "London Borough of Lewisham", "E09000023", "partial", [], A, st,
          F("informal", "2023-01", "no", "no", "no", "not_stated", "not_stated", "not_stated",
            None),
          [LSCP, ICO_HOME])


# ---------------------------------------------------------------- 14 Hounslow (TXT, Q4 -> Q1, Q5 missing)
def hounslow():
    file = "hounslow-reply.txt"
    URL = "https://www.hounslowscp.org.uk/bruising-protocol"
    A = {
        "1": "Yes. Hounslow Safeguarding Children Partnership reviewed its Bruising in "
             "Non-Mobile Babies protocol after the Panel published its briefing, and the "
             "revised protocol was agreed in October 2023. The review concluded that the "
             "protocol was sound in principle, but the following changes were made: the baby "
             "must now be seen by the on-call paediatrician within the same working day, the "
             "leaflet given to parents was rewritten, and a checklist was added for health "
             "visitors and GPs.",
        "2": "The revised protocol is on the partnership's website: " + URL,
        "3": "Yes. A strategy discussion is held in all cases.",
        "4": None,
        "5": None,
    }
    text = f"""London Borough of Hounslow
Information Governance - Freedom of Information

Request reference: H/FOI/25/07730
Date of response: 04/12/2025

Dear Requester,

Thank you for your request for information about the Council's response to
the national Child Safeguarding Practice Review Panel's briefing on bruising
in non-mobile infants. Our response is set out below.

1. Review
{wrap(A["1"], 76)}

2. Papers
{wrap(A["2"], 76)}

3. Section 47 / strategy discussion
{wrap(A["3"], 76)}

4. Changes
Please see our answer to question 1.

If you are not satisfied with the way we have handled your request, you may
ask for an internal review within 40 working days of the date of this
response, by writing to foi@hounslow.gov.uk. If you are still not satisfied
you can complain to the Information Commissioner's Office at {ICO}

Regards

Freedom of Information Team
London Borough of Hounslow
Hounslow House, 7 Bath Road, Hounslow TW3 3EB

{SYN}
"""
    write(file, text)
    st = {"1": "answered", "2": "answered", "3": "answered", "4": "see_other",
          "5": "not_answered"}
    reply(file, "txt", "London Borough of Hounslow", "E09000018", "partial", [], A, st,
          F("formal", "2023-10", "yes", "yes", "yes", "not_stated", "not_stated", "not_stated",
            None),
          [URL, ICO])


# ---------------------------------------------------------------- 15 Barnet (PDF, s12)
def barnet():
    file = "barnet-s12-refusal.pdf"
    ref = "BAR/FOI/9127533"
    FEES = "https://www.legislation.gov.uk/uksi/2004/3244/contents/made"
    LCPP = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
    st = styles("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 10, 13.5)
    story = [
        Paragraph("<b>REFUSAL NOTICE</b> – Freedom of Information Act 2000, section 17",
                  st["h"]),
        Table([["Reference", ref], ["Date", "09 December 2025"],
               ["Subject", "Bruising in non-mobile infants"]],
              colWidths=[30 * mm, 110 * mm],
              style=TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                                ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey)])),
        Spacer(1, 6 * mm),
        Paragraph("Dear Ms Hale,", st["body"]),
        Paragraph("Thank you for your request of 10 November 2025, in which you asked five "
                  "questions about whether the Council and the Barnet Safeguarding Children "
                  "Partnership reviewed local policy on bruising in non-mobile infants after "
                  "the Child Safeguarding Practice Review Panel's briefing of September 2022.",
                  st["body"]),
        Paragraph("<b>Decision</b>", st["body"]),
        Paragraph("The Council estimates that the cost of complying with your request would "
                  "exceed the appropriate limit. We are therefore refusing your request under "
                  "section 12 of the Freedom of Information Act 2000.", st["body"]),
        Paragraph("<b>Why the cost limit applies</b>", st["body"]),
        Paragraph(linkify("The appropriate limit for local authorities is £450, which is "
                          "equivalent to 18 hours of work at the rate of £25 per hour set by "
                          "the Freedom of Information and Data Protection (Appropriate Limit "
                          f"and Fees) Regulations 2004 ({FEES})."), st["body"]),
        Paragraph("Any review of policy prompted by the Panel's briefing would have been "
                  "discussed across several partnership meetings between October 2022 and the "
                  "present. The records of those meetings are held in the partnership "
                  "business unit's shared folders, which are organised by meeting date rather "
                  "than by subject, and there is no index that would allow us to identify the "
                  "relevant discussions. We estimate that there are around 140 sets of papers "
                  "and minutes to check, taking on average 10 minutes each, which amounts to "
                  "more than 23 hours before any information could be extracted.",
                  st["body"]),
        Paragraph("<b>Advice and assistance</b>", st["body"]),
        Paragraph(linkify("Under section 16 of the Act we are required to offer advice and "
                          "assistance. You may wish to narrow your request, for example to "
                          "the minutes of a single named group over a period of six months. "
                          "You may also find it helpful to know that Barnet follows the "
                          f"London Child Protection Procedures, which are published at {LCPP}"),
                  st["body"]),
        Paragraph("<b>Your right to complain</b>", st["body"]),
        Paragraph(linkify("If you are unhappy with this decision you may ask for an internal "
                          "review within 40 working days by emailing foi@barnet.gov.uk. If you "
                          "are still dissatisfied you can complain to the Information "
                          f"Commissioner's Office: {ICO}"), st["body"]),
        Spacer(1, 6 * mm),
        Paragraph("Yours sincerely,", st["body"]),
        Paragraph("Information Management Team<br/>London Borough of Barnet<br/>"
                  "2 Bristol Avenue, Colindale, London NW9 4EW", st["body"]),
    ]

    def first(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 16)
        c.setFillColor(colors.HexColor("#1b365d"))
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 20 * mm, "BARNET")
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 25 * mm, "London Borough")
        c.restoreState()

    def deco(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 14 * mm, f"Ref: {ref}")
        c.drawRightString(A4[0] - 20 * mm, 14 * mm, f"Page {page} of {total}")
        c.restoreState()
        syn_footer(c)

    write(file, build_pdf(story, title=f"Refusal notice {ref}", author="London Borough of Barnet",
                          subject="FOI refusal notice", decorate=deco, first=first,
                          margins=(20 * mm, 20 * mm, 32 * mm, 24 * mm)))
    status, answers = whole("refused")
    reply(file, "pdf", "London Borough of Barnet", "E09000003", "refused", ["s12"], answers,
          status, F_NONE, [FEES, LCPP, ICO])


# ---------------------------------------------------------------- 16 Waltham Forest (HTML, s21)
def waltham_forest():
    file = "waltham-forest-disclosure-log.html"
    L1 = "https://www.walthamforestscp.org.uk/professionals/bruising-in-non-mobile-babies/"
    L2 = "https://www.walthamforestscp.org.uk/about/annual-reports/"
    L3 = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising.html"
    page = f"""<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<title>Disclosure log: FOI 2025/13306 Bruising in non-mobile infants | London Borough of Waltham Forest</title>
<!-- Jadu CXM page template: disclosure-detail -->
<!-- {SYN} -->
</head>
<body>
<div id="cookie-notice"><p>We use cookies to make this site simpler. <a href="/cookie-policy">Find out more about cookies</a></p><button>OK</button></div>
<header id="header">
 <div class="logo"><a href="/"><img src="/site/images/lbwf-logo.svg" alt="Waltham Forest Council"></a></div>
 <nav><ul>
  <li><a href="/services">Services</a></li>
  <li><a href="/news">News</a></li>
  <li><a href="/council-and-elections">Council and elections</a></li>
  <li><a href="/report-it">Report it</a></li>
 </ul></nav>
</header>
<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/council-and-elections">Council and elections</a> &gt; <a href="/content/freedom-information">Freedom of information</a> &gt; <a href="/content/disclosure-log">Disclosure log</a> &gt; FOI 2025/13306</div>
<div id="content" class="disclosure">
<h1>FOI 2025/13306 – Bruising in non-mobile infants</h1>
<ul class="meta">
 <li><span>Date of request:</span> 12 November 2025</li>
 <li><span>Date of response:</span> 26 November 2025</li>
 <li><span>Category:</span> Children and young people</li>
 <li><span>Decision:</span> Refused – section 21</li>
</ul>
<h2>Information requested</h2>
<p>1. Was their a review of your safeguarding policies after the Child Safeguarding Practice Review Panel's guidance of September 2022, when was it and what did it conclude?<br>
2. Papers on the outcome of the review.<br>
3. Does your policy require a s47 investigation or strategy discussion in all cases?<br>
4. What changes were made?<br>
5. Did your definition of not independently mobile change, and how is it now defined?</p>
<h2>Response</h2>
<p>The London Borough of Waltham Forest is refusing your request under section 21 of the Freedom of Information Act 2000, because the information you have asked for is reasonably accessible to you by other means.</p>
<p>The Waltham Forest Safeguarding Children Partnership publishes its protocol on bruising in babies who are not independently mobile, and the papers setting out its work in response to the Panel's briefing, on its website:</p>
<ul>
 <li><a href="{L1}">{L1}</a></li>
 <li><a href="{L2}">{L2}</a> (see the annual report for 2022–23)</li>
</ul>
<p>The London Child Protection Procedures, which Waltham Forest follows and which contain the definition of a child who is not independently mobile, are available at <a href="{L3}">{L3}</a></p>
<p>Section 21 is an absolute exemption, so we are not required to consider the public interest.</p>
<p>If you are unhappy with this response you may request an internal review by emailing foi@walthamforest.gov.uk within two months. If you remain dissatisfied you can contact the Information Commissioner at <a href="{ICO}">{ICO}</a></p>
</div>
<footer id="footer">
 <ul><li><a href="/content/accessibility-statement">Accessibility statement</a></li><li><a href="/content/privacy-notice">Privacy</a></li><li><a href="/contact-us">Contact us</a></li></ul>
 <p>Waltham Forest Town Hall, Forest Road, Walthamstow, London E17 4JF</p>
</footer>
</body>
</html>
"""
    write(file, page)
    status, answers = whole("refused")
    reply(file, "html", "London Borough of Waltham Forest", "E09000031", "refused", ["s21"],
          answers, status, F_NONE, [L1, L2, L3, ICO])


# ---------------------------------------------------------------- 17 Sutton (DOCX, not held)
def sutton():
    file = "sutton-not-held.docx"
    ref = "SUT-FOI-25-5520"
    doc = new_doc("Arial", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "London Borough of Sutton"
    hp.runs[0].bold = True
    hp.runs[0].font.color.rgb = RGBColor(0x00, 0x72, 0x6B)
    footer_with_pages(sec, "Sutton Civic Offices, St Nicholas Way, Sutton SM1 1EA")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [("Our ref", ref, "Date", "26 November 2025"),
             ("Request received", "12 November 2025", "Service", "People Services")]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if j % 2 == 0:
                t.cell(i, j).paragraphs[0].runs[0].bold = True
                shade(t.cell(i, j), "DDEFEC")
    t.cell(2, 0).text = "Subject"
    t.cell(2, 0).paragraphs[0].runs[0].bold = True
    shade(t.cell(2, 0), "DDEFEC")
    m = t.cell(2, 1).merge(t.cell(2, 3))
    m.text = "Policies on bruising in non-mobile infants"
    doc.add_paragraph()
    doc.add_paragraph("Dear Ms Hale")
    doc.add_heading("Response to your Freedom of Information request", level=2)
    doc.add_paragraph("You asked the Council five questions about whether local safeguarding "
                      "policy on bruising in non-mobile infants was reviewed after the Child "
                      "Safeguarding Practice Review Panel's briefing of September 2022, and "
                      "about any changes that followed.")
    doc.add_paragraph("We have carried out searches of the records held by Children's Social "
                      "Care, the Safeguarding and Quality Assurance service and Legal Services. "
                      "I can confirm that the London Borough of Sutton does not hold any "
                      "information within the scope of your request.")
    doc.add_paragraph("By way of explanation:")
    for item in ("multi-agency safeguarding procedures are agreed by the Sutton Safeguarding "
                 "Children Partnership, which is a statutory arrangement between the Council, "
                 "the police and health partners, and is not part of the Council;",
                 "the Council's own files do not contain papers about a review of the "
                 "bruising procedure, and we have not found any record of such a review;",
                 "the partnership is not itself a public authority under the Act, but you may "
                 "wish to contact its business unit if you would like to ask about its work."):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("This letter therefore serves as a notice under section 1(1)(a) of the "
                      "Freedom of Information Act 2000 that the information is not held.")
    doc.add_heading("Complaints", level=2)
    para_with_links(doc, "If you are unhappy with this response you can ask for an internal "
                         "review within 40 working days. You can also complain to the "
                         f"Information Commissioner's Office at {ICO_HOME}")
    doc.add_paragraph("Yours sincerely")
    doc.add_paragraph("Freedom of Information Officer\nLondon Borough of Sutton")
    docx_props(doc, f"FOI {ref} response", "London Borough of Sutton", FIXED)
    write(file, docx_bytes(doc))
    status, answers = whole("not_held")
    reply(file, "docx", "London Borough of Sutton", "E09000029", "not_held", [], answers,
          status, F_NONE, [ICO_HOME])


# ---------------------------------------------------------------- 18 Torbay (TXT, redirected)
def torbay():
    file = "torbay-redirect.txt"
    TSCP = "https://www.torbaysafeguarding.org.uk/contact-us/"
    text = f"""From: Torbay Council FOI Team <foi@torbay.gov.uk>
Sent: 19 November 2025 11:48
To: {REQUESTER_EMAIL}
Subject: FOI 2025/FOI/8810 - Bruising in non-mobile infants

Dear Requester

Freedom of Information Act 2000 - our reference 2025/FOI/8810

Thank you for your email of 11 November 2025 asking about the review of
safeguarding policies on bruising in non-mobile infants following the
Child Safeguarding Practice Review Panel's briefing in September 2022.

The information you have asked for is held by the Torbay Safeguarding
Children Partnership (TSCP), not by Torbay Council. The TSCP is responsible
for the multi-agency procedures used in Torbay, including the procedure on
bruising in babies who are not independently mobile, and for any review of
them. Its records are kept by the TSCP business office on the partnership's
behalf.

Please send your questions to the TSCP business office, who will be able to
help you:

  Email: tscp@torbay.gov.uk
  Web:   {TSCP}

We have therefore closed your request on our system. If you are unhappy
with this, you can ask for an internal review within 40 working days, and
you may also complain to the Information Commissioner's Office
({ICO_HOME}).

Kind regards

Freedom of Information Team
Torbay Council | Town Hall | Castle Circus | Torquay | TQ1 3DR

{SYN}
"""
    write(file, text)
    status, answers = whole("redirected")
    reply(file, "txt", "Torbay Council", "E06000027", "redirected", [], answers, status,
          F_NONE, [TSCP, ICO_HOME])


# ---------------------------------------------------------------- 19 Wokingham (PDF, Q/A headings)
def wokingham():
    file = "wokingham-question-answer.pdf"
    URL = "https://www.berkshirewestscp.org.uk/protocols/bruising-non-mobile-children"
    Q = {"1": "Was their a review of your safeguarding policies after this guidance was "
              "published, when was it and what did it conclude?",
         "2": "Please provide any papers that show the outcome of this review.",
         "3": "Does your policy require a section 47 investigation or a strategy discussion "
              "in all cases?",
         "4": "What changes were made to bring the policy into line with the evidence base "
              "and national guidelines?",
         "5": "Did your definition of when a child is not independently mobile change, and "
              "how is it defined now?"}
    A = {
        "1": ["Yes. Wokingham is part of the Berkshire West Safeguarding Children Partnership, "
              "together with Reading and West Berkshire. The partnership reviewed the Berkshire "
              "West protocol on bruising in non-mobile children in response to the Panel's "
              "briefing, and the revised protocol was approved by the partnership's executive "
              "in May 2023.",
              "The review concluded that the protocol should be brought into line with the "
              "briefing by adding an initial medical appraisal and defining mobility more "
              "clearly."],
        "2": ["The revised protocol (May 2023) is published by the partnership at " + URL,
              "No separate review report was written; the changes were presented to the "
              "executive in a cover paper, a copy of which is enclosed."],
        "3": ["No."],
        "4": ["An initial medical appraisal is now carried out before any decision on a "
              "strategy discussion; the referral pathway to the paediatric team at the Royal "
              "Berkshire Hospital has been clarified; and the protocol now includes a section "
              "on explaining the process to parents."],
        "5": ["Yes. The protocol now defines a child who is not independently mobile as one "
              "who cannot yet crawl, bottom-shuffle, pull to stand, cruise or walk "
              "independently. Babies who can roll are included in this definition, that is, "
              "they are still considered not independently mobile. There is no age-based "
              "test."],
    }
    st = styles("Times-Roman", "Times-Bold", "Times-Italic", 11, 14.5)
    qst = ParagraphStyle("q", parent=st["bold"], textColor=colors.HexColor("#004b87"),
                         spaceBefore=8)
    info = Table([["Request reference", "WBC-FOI-0046712"],
                  ["Date of response", "Friday 28 November 2025"],
                  ["Subject", "Bruising in non-mobile infants"]],
                 colWidths=[45 * mm, 115 * mm])
    info.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                              ("FONT", (0, 0), (0, -1), "Times-Bold", 10.5),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef5")),
                              ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#004b87")),
                              ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    story = [Paragraph("Freedom of Information Response", st["h"]), info, Spacer(1, 6 * mm),
             Paragraph("Dear Ms Hale,", st["body"]),
             Paragraph("Thank you for your request. Wokingham Borough Council has considered "
                       "it under the Freedom of Information Act 2000. Each of your questions is "
                       "repeated below with our answer.", st["body"])]
    for n in "12345":
        story.append(Paragraph(f"Question {n}", qst))
        story.append(Paragraph(esc(Q[n]), st["italic"]))
        story.append(Paragraph("Answer", st["bold"]))
        story += paras(A[n], st["body"])
        if n == "3":
            story.append(PageBreak())
    story += [Spacer(1, 4 * mm),
              Paragraph(linkify("Please let us know within 40 working days if you would like "
                                "an internal review. You may also contact the Information "
                                f"Commissioner's Office at {ICO}"), st["body"]),
              Paragraph("Yours sincerely,<br/><br/>Information Governance Team<br/>"
                        "Wokingham Borough Council, Shute End, Wokingham RG40 1BN", st["body"])]

    def first(c, d):
        c.saveState()
        c.setFont("Times-Bold", 15)
        c.setFillColor(colors.HexColor("#004b87"))
        c.drawString(22 * mm, A4[1] - 20 * mm, "WOKINGHAM BOROUGH COUNCIL")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        c.drawString(22 * mm, A4[1] - 15 * mm, "WBC-FOI-0046712 (continued)")
        c.restoreState()

    def deco(c, page, total):
        c.saveState()
        c.setFont("Times-Roman", 9)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"- {page} -")
        c.restoreState()
        syn_footer(c, font="Times-Roman")

    write(file, build_pdf(story, title="FOI response WBC-FOI-0046712",
                          author="Wokingham Borough Council",
                          subject="Bruising in non-mobile infants", decorate=deco,
                          first=first, later=later,
                          margins=(22 * mm, 22 * mm, 30 * mm, 24 * mm)))
    reply(file, "pdf", "Wokingham Borough Council", "E06000041", "answered", [], A,
          ALL_ANSWERED,
          F("formal", "2023-05", "yes", "no", "yes", "yes", "yes", "no", None), [URL, ICO])


# ---------------------------------------------------------------- 20 Shropshire (DOCX numbered list)
def shropshire():
    file = "shropshire-numbered-list.docx"
    ref = "FOI 10-2025-3391"
    Q = {"1": "Was there a review of your safeguarding policies after this guidance was "
              "published, when was it, and what did it conclude?",
         "2": "Provide any papers that give information on the outcome of this review.",
         "3": "Does your policy require a s47 investigation or strategy discussion in all "
              "cases?",
         "4": "What changes were put in place to provide consistency with the evidence base "
              "and national guidelines?",
         "5": "Were there changes to your definition of when a child is not independently "
              "mobile and how is that now defined – in particular are children who can roll "
              "defined as not independently mobile and are children classified as not "
              "independently mobile on the basis of age?"}
    A = {
        "1": ["Yes. The procedure had last been updated in March 2022, before the Panel's "
              "briefing. A review in light of the briefing was carried out by Shropshire "
              "Safeguarding Community Partnership and completed in 2024. It concluded that the "
              "procedure needed an initial appraisal step and clearer wording about which "
              "babies it covers.",
              "A further review is planned for 2026 to take account of changes to NICE "
              "guidance."],
        "2": ["The revised procedure is attached as Appendix 1."],
        "3": ["No – not in all cases. A strategy discussion is held if the initial appraisal "
              "raises concerns."],
        "4": ["Changes made:",
              "an initial appraisal by a paediatrician, or by a GP with safeguarding "
              "training, before referral;",
              "revised wording on mobility;",
              "a new flowchart for practitioners."],
        "5": ["Yes. The procedure now applies to all babies under 12 months of age who are not "
              "yet crawling or walking."],
    }
    doc = new_doc("Verdana", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"Shropshire Council – Information Request {ref}"
    hp.runs[0].font.size = Pt(8)
    footer_with_pages(sec, "Shropshire Council, Shirehall, Abbey Foregate, Shrewsbury SY2 6ND",
                      font_size=7)
    doc.add_heading("Information Request", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Light Grid Accent 1"
    t.cell(0, 0).text = "Reference"
    t.cell(0, 1).text = ref
    t.cell(0, 2).text = "Date"
    t.cell(0, 3).text = "1 December 2025"
    t.cell(1, 0).text = "Title"
    t.cell(1, 1).merge(t.cell(1, 3)).text = "Bruising in non-mobile infants"
    doc.add_paragraph()
    doc.add_paragraph("Thank you for your request for information, which has been handled "
                      "under the Freedom of Information Act 2000. Please find your questions "
                      "and our answers below.")
    for n in "12345":
        p = doc.add_paragraph(style="List Number")
        p.add_run(Q[n]).bold = True
        for i, line in enumerate(A[n]):
            if n == "4" and i > 0:
                q = doc.add_paragraph(line, style="List Bullet 2")
            else:
                q = doc.add_paragraph(line)
                q.paragraph_format.left_indent = Cm(0.63)
    doc.add_paragraph()
    para_with_links(doc, "The information supplied to you is Crown copyright or the copyright "
                         "of Shropshire Council, and can be re-used under the Open Government "
                         f"Licence {OGL}")
    doc.add_paragraph("If you are dissatisfied with the handling of your request, please write "
                      "to the Information Governance Team, Shirehall, explaining your grounds, "
                      "within 40 working days. If you are still not satisfied, you have the "
                      "right to apply to the Information Commissioner, Wycliffe House, Water "
                      "Lane, Wilmslow, Cheshire SK9 5AF.")
    doc.add_paragraph("Information Governance Team")
    docx_props(doc, f"{ref} response", "Shropshire Council", FIXED)
    write(file, docx_bytes(doc))
    reply(file, "docx", "Shropshire Council", "E06000051", "answered", [], A, ALL_ANSWERED,
          F("formal", "2024", "yes", "no", "yes", "yes", "not_stated", "yes", 12), [OGL])


# ---------------------------------------------------------------- 21 North Lincolnshire (HTML, Q./A.)
def north_lincolnshire():
    file = "north-lincolnshire-disclosure-log.html"
    Q = {"1": "Was there a review of your safeguarding policies after the guidance was "
              "published? When, and what did it conclude?",
         "2": "Any papers giving the outcome of the review.",
         "3": "Does your policy require a s47 investigation or strategy discussion in all "
              "cases?",
         "4": "What changes were put in place?",
         "5": "Has your definition of not independently mobile changed? How is it now "
              "defined, including babies who can roll and whether age is used?"}
    A = {
        "1": "The briefing was discussed by the procedures group of the North Lincolnshire "
             "Children's MARS Board in summer 2023. Members agreed that the local procedure "
             "was consistent with it, so no formal review was carried out.",
        "2": "No papers were produced, as there was no formal review.",
        "3": "No. Not in all cases.",
        "4": "No changes were made.",
        "5": "No change. A baby is regarded as not independently mobile until they can crawl, "
             "shuffle or walk. Rolling is not regarded as independent mobility. Age is not "
             "used to decide whether a baby is mobile.",
    }
    qa = "\n".join(f'<dt>Q. {h(Q[n])}</dt>\n<dd>A. {h(A[n])}</dd>' for n in "12345")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants (FOI/2025/14207) - North Lincolnshire Council</title>
<!-- {SYN} -->
<link rel="stylesheet" href="/css/nlc.css?v=20251101">
</head>
<body class="umb-page foi-disclosure">
<div class="cookie-message">
  <p>We've put some small files called cookies on your device. <a href="/your-council/about-this-site/cookies/">Cookie settings</a></p>
  <button class="cookie-message__accept">Accept</button>
</div>
<header class="header">
  <div class="header__logo"><a href="/">North Lincolnshire Council</a></div>
  <nav class="header__nav">
    <a href="/residents/">Residents</a>
    <a href="/business/">Business</a>
    <a href="/your-council/">Your council</a>
    <a href="/contact/">Contact us</a>
  </nav>
</header>
<div class="breadcrumbs">You are here: <a href="/">Home</a> / <a href="/your-council/">Your council</a> / <a href="/your-council/information-and-performance/">Information and performance</a> / <a href="/your-council/information-and-performance/foi-disclosure-log/">FOI disclosure log</a> / Bruising in non-mobile infants</div>
<main class="content">
<h1>Bruising in non-mobile infants</h1>
<p class="lede">Reference: FOI/2025/14207 &nbsp;|&nbsp; Date responded: 3rd December 2025</p>
<h2>Request and response</h2>
<p>The requester referred to the Child Safeguarding Practice Review Panel's September 2022 guidance on bruising in non-mobile infants and asked the following questions. The council's answers follow each question.</p>
<dl class="foi-qa">
{qa}
</dl>
<p class="small">Information from the disclosure log may be re-used under the Open Government Licence. To complain about our handling of a request, ask for an internal review; you can then go to the Information Commissioner's Office: <a href="{ICO}">{ICO}</a></p>
<div class="share"><a href="/share/email">Share by email</a> <a href="/print">Print this page</a></div>
</main>
<footer class="footer">
  <div class="footer__links"><a href="/accessibility/">Accessibility</a> <a href="/your-council/about-this-site/privacy/">Privacy</a> <a href="/sitemap/">Site map</a></div>
  <p>North Lincolnshire Council, Church Square House, 30-40 High Street, Scunthorpe DN15 6NL</p>
</footer>
</body>
</html>
"""
    write(file, page)
    reply(file, "html", "North Lincolnshire Council", "E06000013", "answered", [], A,
          ALL_ANSWERED,
          F("informal", "2023", "no", "no", "no", "no", "yes", "no", None), [ICO])


# ---------------------------------------------------------------- 22 Darlington (EML + DOCX)
def darlington():
    file = "darlington-email-attached-docx.eml"
    ref = "DBC-FOI-2025-1317"
    A = {
        "1": "Yes. Darlington Safeguarding Partnership reviewed its Bruising in Non-Mobile "
             "Children procedure following the Panel's briefing. The revised procedure was "
             "approved on 6 February 2024. The review concluded that an initial health "
             "assessment should take place before any decision about a strategy discussion.",
        "2": "A copy of the report considered by the partnership's Policy and Procedure "
             "subgroup is provided with this response.",
        "3": "No.",
        "4": "An initial health assessment stage was introduced; the procedure's flowchart was "
             "redrawn; and the section on information for parents was extended.",
        "5": "The definition was not changed by the review.",
    }
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Darlington Borough Council\tFreedom of Information"
    hp.runs[0].font.size = Pt(9)
    footer_with_pages(sec, f"{ref}")
    doc.add_heading("Response to Freedom of Information Request", level=1)
    doc.add_paragraph(f"Reference: {ref}\nDate: 25th November 2025")
    doc.add_paragraph("We have considered your request under the Freedom of Information Act "
                      "2000. Your questions are reproduced below with our answers.")
    for n in "12345":
        doc.add_heading(f"Question {n}", level=3)
        doc.add_paragraph(REQ_Q[n]).runs[0].italic = True
        p = doc.add_paragraph()
        p.add_run("Answer: ").bold = True
        p.add_run(A[n])
    para_with_links(doc, "If you are not satisfied, please ask for an internal review within "
                         "40 working days. You can also complain to the Information "
                         f"Commissioner's Office: {ICO}")
    docx_props(doc, f"{ref} response", "Darlington Borough Council", FIXED)
    data = docx_bytes(doc)
    orig = request_text("Darlington Borough Council")
    body = (f"Good afternoon,\n\nPlease find attached our response to your Freedom of "
            f"Information request, reference {ref}.\n\nMany thanks\n\nInformation Governance "
            f"Team\nDarlington Borough Council\nTown Hall, Feethams, Darlington DL1 5QT\n\n"
            f"________________________________\nFrom: {REQUESTER} <{REQUESTER_EMAIL}>\n"
            f"Sent: Monday, November 10, 2025 8:57 PM\nTo: FOI <foi@darlington.gov.uk>\n"
            f"Subject: FOI request: bruising in non-mobile infants\n\n{orig}\n")
    msg = MIMEMultipart("mixed", boundary="_004_DBC1317darlingtongovuk_")
    headers(msg, frm=formataddr(("FOI", "foi@darlington.gov.uk")),
            to=formataddr((REQUESTER, REQUESTER_EMAIL)),
            subject=f"RE: FOI request: bruising in non-mobile infants [{ref}]",
            date="Tue, 25 Nov 2025 13:16:52 +0000",
            msgid="<AM0PR01MB1317D4E5@AM0PR01MB1317.eurprd01.prod.outlook.com>",
            in_reply_to=REQ_MSGID.format("darlington"))
    msg["Thread-Index"] = "AdxeF1317abcDEFghiJKLmnoPQRstu=="
    msg.attach(MIMEText(body, "plain", B64))
    att = MIMEApplication(data, "vnd.openxmlformats-officedocument.wordprocessingml.document",
                          Name=f"{ref} Response.docx")
    att.add_header("Content-Disposition", "attachment", filename=f"{ref} Response.docx")
    msg.attach(att)
    write(file, msg.as_string())
    reply(file, "eml", "Darlington Borough Council", "E06000005", "answered", [], A,
          ALL_ANSWERED,
          F("formal", "2024-02", "yes", "no", "yes", "no", "not_stated", "not_stated", None),
          [ICO])


# ---------------------------------------------------------------- 23 Bedford (PDF short prose)
def bedford():
    file = "bedford-short-letter.pdf"
    P1 = ("The safeguarding children partnership for Bedford Borough, Central Bedfordshire and "
          "Luton did not review its procedure after the Panel's briefing, and the briefing has "
          "not been considered separately. There are therefore no papers to provide, and no "
          "changes have been made.")
    P2 = ("Our procedure requires a strategy discussion in all cases where a non-mobile baby "
          "is found to have a bruise.")
    P3 = ("The definition of a non-mobile baby has not changed. It covers all babies of less "
          "than 6 months.")
    A = {"1": P1, "2": P1, "3": P2, "4": P1, "5": P3}
    st = styles("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 11, 15.5)
    story = [Paragraph("Bedford Borough Council<br/>Borough Hall, Cauldwell Street<br/>"
                       "Bedford MK42 9AP", st["right"]),
             Spacer(1, 6 * mm),
             Paragraph("Our ref: 25/1130<br/>17 December 2025", st["body"]),
             Spacer(1, 6 * mm),
             Paragraph("Dear Ms Hale", st["body"]),
             Paragraph("<b>Request for information: bruising in non-mobile infants</b>",
                       st["body"]),
             Paragraph("Thank you for your recent request. I am sorry for the delay in "
                       "replying.", st["body"]),
             Paragraph(esc(P1), st["body"]), Paragraph(esc(P2), st["body"]),
             Paragraph(esc(P3), st["body"]),
             Paragraph(linkify("If you are unhappy with this reply please let us know and we "
                               "will carry out an internal review. You may also contact the "
                               f"Information Commissioner's Office at {ICO_HOME}"), st["body"]),
             Spacer(1, 4 * mm),
             Paragraph("Yours sincerely", st["body"]), Spacer(1, 8 * mm),
             Paragraph("Daniel Okoro<br/>Information Governance Officer", st["body"])]

    def deco(c, page, total):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#c8102e"))
        c.setLineWidth(4)
        c.line(20 * mm, A4[1] - 14 * mm, 60 * mm, A4[1] - 14 * mm)
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 20 * mm, 14 * mm, f"Page {page} of {total}")
        c.restoreState()
        syn_footer(c)

    write(file, build_pdf(story, title="Letter 25/1130", author="Bedford Borough Council",
                          subject="FOI response", decorate=deco,
                          margins=(22 * mm, 22 * mm, 24 * mm, 24 * mm)))
    reply(file, "pdf", "Bedford Borough Council", "E06000055", "answered", [], A, ALL_ANSWERED,
          F("none", None, "no", "yes", "no", "no", "not_stated", "yes", 6), [ICO_HOME])


# =========================================================================== not replies
def hull_acknowledgement():
    file = "hull-acknowledgement.txt"
    text = f"""*** THIS IS AN AUTOMATED MESSAGE - PLEASE DO NOT REPLY DIRECTLY ***

Hull City Council - Information Governance
Case: FOI-HCC-25-4481
Logged: 11/11/2025 16:05

Dear J Hale

Thank you for your request for information, which was received on
11/11/2025 and has been logged under the reference above. Please quote
this reference in any correspondence about your request.

Subject of request: Bruising in non-mobile infants - review of
safeguarding policies

We are dealing with your request under the Freedom of Information Act
2000. We will respond promptly and in any event within 20 working days,
that is by 09/12/2025. If we need to clarify your request, or if a fee is
payable, we will contact you and the 20 working days will be paused.

Yours sincerely

Information Governance Team
Hull City Council, Guildhall, Alfred Gelder Street, Hull HU1 2AA

{SYN}
"""
    write(file, text)
    reject(file, "txt", "acknowledgement")


def salford_out_of_office():
    file = "salford-out-of-office.eml"
    body = ("Thank you for your email.\n\nI am out of the office until Monday 1 December 2025 "
            "with no access to email. Your message has not been forwarded.\n\n"
            "If your email is about a new Freedom of Information request, it has still been "
            "received by the team mailbox and will be logged in the usual way. For anything "
            "urgent please contact foi@salford.gov.uk or telephone 0161 794 4711 and ask for "
            "Information Governance.\n\nRegards\n\nClaire Whitworth\nInformation Governance "
            "Officer\nSalford City Council\n")
    msg = MIMEText(body, "plain", "us-ascii")
    headers(msg, frm=formataddr(("Whitworth, Claire", "claire.whitworth@salford.gov.uk")),
            to=formataddr((REQUESTER, REQUESTER_EMAIL)),
            subject="Automatic reply: Freedom of Information request - Bruising in "
                    "non-mobile infants",
            date="Mon, 24 Nov 2025 08:31:12 +0000",
            msgid="<LO2P265MB4711.autoreply@salford.gov.uk>",
            in_reply_to=REQ_MSGID.format("salford"))
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-MS-Exchange-Inbox-Rules-Loop"] = "claire.whitworth@salford.gov.uk"
    write(file, msg.as_string())
    reject(file, "eml", "out_of_office")


def oxfordshire_staffing():
    file = "oxfordshire-social-care-staffing.docx"
    ref = "OCC-FOI-25-18842"
    doc = new_doc("Arial", 10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Oxfordshire County Council – Freedom of Information"
    footer_with_pages(sec, ref)
    doc.add_heading("Freedom of Information request – children's social care staffing",
                    level=1)
    doc.add_paragraph(f"Reference: {ref}\nDate: 24 November 2025")
    doc.add_paragraph("Dear Requester,")
    doc.add_paragraph("Thank you for your request for information about staffing in "
                      "children's social care. Our response is below. All figures are "
                      "headcounts as at 30 September 2025 unless stated otherwise.")
    doc.add_paragraph("How many qualified social workers are employed in children's social "
                      "care, and how many of them are agency staff?", style="List Number")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Team", "Permanent", "Agency", "Total")):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    rows = [("Assessment and MASH", "41", "12", "53"),
            ("Family Solutions Plus", "96", "19", "115"),
            ("Children We Care For", "58", "7", "65"),
            ("Disabled Children", "22", "4", "26")]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    tot = t.add_row().cells
    tot[0].merge(tot[2]).text = "All teams (total headcount)"
    tot[3].text = "259"
    doc.add_paragraph()
    doc.add_paragraph("What was the vacancy rate for children's social workers?",
                      style="List Number")
    doc.add_paragraph("The vacancy rate for qualified children's social worker posts was "
                      "14.2% at 30 September 2025. Vacant posts are mostly covered by agency "
                      "staff, who are counted in the table above.")
    doc.add_paragraph("What is the average caseload?", style="List Number")
    doc.add_paragraph("The average caseload for a full-time social worker holding cases was "
                      "17.4 children.")
    doc.add_paragraph("You may re-use this information under the Open Government Licence. If "
                      "you are unhappy with our response you can ask for an internal review.")
    doc.add_paragraph("Information Management Team\nOxfordshire County Council")
    docx_props(doc, f"{ref} response", "Oxfordshire County Council", FIXED)
    write(file, docx_bytes(doc))
    reject(file, "docx", "other_request")


# =========================================================================== main
README = """# fresh_nov_f: synthetic FOI replies (test corpus)
26 invented documents: 23 council replies to the bruising-in-non-mobile-infants request plus an acknowledgement, an out-of-office and a reply to another request; `labels.json` is the answer key.
All content is synthetic (real council names, invented wording and positions); regenerate with `python make_fixtures.py`.
"""


def main():
    for fn in (norfolk, lancashire, devon, warwickshire, surrey, lincolnshire, wigan,
               sunderland, kirklees, dudley, rotherham, stockport, lewisham, hounslow, barnet,
               waltham_forest, sutton, torbay, wokingham, shropshire, north_lincolnshire,
               darlington, bedford, hull_acknowledgement, salford_out_of_office,
               oxfordshire_staffing):
        fn()
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (OUT / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {len(LABELS)} documents to {OUT}")


if __name__ == "__main__":
    main()
