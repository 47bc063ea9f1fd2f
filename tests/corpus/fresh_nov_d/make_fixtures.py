#!/usr/bin/env python3
"""Generate the fresh_nov_d corpus: 24 synthetic documents plus labels.json.

Every document is invented test material for foi-responses. Council names and GSS
codes are real (mySociety register, CC BY 4.0); every word of content, every
reference number and every position attributed to a council is made up.

Deterministic: fixed dates, fixed MIME boundaries, reportlab invariant mode, and
DOCX zip members rewritten with a fixed timestamp. Run with any Python that has
reportlab and python-docx:  python make_fixtures.py
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timezone, timedelta
from email import charset as email_charset
from email import encoders
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from html import escape as hesc
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation dates and document ids

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph,
    SimpleDocTemplate, Spacer, Table, TableStyle,
)

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document written for foi-responses; not a real council reply."
SYN_KEYWORDS = "synthetic test document; foi-responses fixture"

REQ_NAME = "Sam Ellery"
REQ_EMAIL = "sam.ellery@example.org"

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAINT = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"

# The request, in words written for this corpus (the requester's typo kept in Q1).
REQ_PREAMBLE = (
    "In September 2022 the Child Safeguarding Practice Review Panel published a briefing "
    "which asked every safeguarding partner to look again at its current policies on "
    "bruising in non-mobile infants and check them for consistency with the evidence base "
    "and national guidelines."
)
Q = {
    "1": "Was their a review of your safeguarding policies once this guidance came out? "
         "If so, when did it take place and what were its conclusions?",
    "2": "Please supply any papers setting out the outcome of that review.",
    "3": "Does your policy require a section 47 investigation or a strategy discussion in "
         "every case?",
    "4": "What changes did you make so that your policy is consistent with the evidence base "
         "and national guidance?",
    "5": "Did your definition of when a child is not independently mobile change, and how do "
         "you define it now? In particular, do you treat children who can roll as not "
         "independently mobile, and do you decide whether a child is independently mobile by "
         "age?",
}


def request_body() -> str:
    lines = ["Dear Freedom of Information officer,", "", REQ_PREAMBLE, "",
             "Under the Freedom of Information Act 2000, please answer the following:", ""]
    for k in "12345":
        lines.append(f"{k}. {Q[k]}")
        lines.append("")
    lines += ["I would be grateful for a reply by email.", "", "With thanks,", REQ_NAME]
    return "\n".join(lines)


# --------------------------------------------------------------------------- labels
LABELS: list[dict] = []
FIELD_KEYS = ["review_held", "review_date", "papers_provided", "s47_all_cases",
              "changes_made", "definition_changed", "rolling_is_non_mobile",
              "age_based", "age_threshold_months"]


def fields(*vals):
    assert len(vals) == 9
    return dict(zip(FIELD_KEYS, vals))


NOT_STATED = fields("not_stated", None, "not_stated", "not_stated", "not_stated",
                    "not_stated", "not_stated", "not_stated", None)


def add_reply(file, fmt, authority, code, outcome, exemptions, answers, status, flds,
              links, sender_kind=None):
    rec = {"file": file, "format": fmt, "authority": authority, "authority_code": code}
    if sender_kind:
        rec["sender_kind"] = sender_kind
    rec.update({
        "outcome": outcome,
        "exemptions": list(exemptions),
        "answers": {k: answers.get(k) for k in "12345"},
        "status": {k: status[k] for k in "12345"},
        "fields": flds,
        "links": list(links),
    })
    LABELS.append(rec)


def add_reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def all_status(s):
    return {k: s for k in "12345"}


# --------------------------------------------------------------------------- PDF helpers
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def numbered_canvas(draw):
    """Canvas class that knows the page total when drawing headers/footers."""

    class _C(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved_pages = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for i, state in enumerate(self._saved_pages, 1):
                self.__dict__.update(state)
                draw(self, i, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return _C


def pdf_doc(target, pagesize, title, author, subject, margins=(22, 22, 28, 24)):
    left, right, top, bottom = margins
    return SimpleDocTemplate(
        target, pagesize=pagesize, title=title, author=author, subject=subject,
        keywords=SYN_KEYWORDS, creator="foi-responses make_fixtures.py (synthetic)",
        leftMargin=left * mm, rightMargin=right * mm, topMargin=top * mm,
        bottomMargin=bottom * mm,
    )


def styles(font, bold, size=10.5, lead=14):
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=lead,
                          spaceAfter=6)
    return {
        "body": base,
        "bold": ParagraphStyle("bold", parent=base, fontName=bold),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=size + 3,
                            leading=lead + 4, spaceAfter=10),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "quote": ParagraphStyle("quote", parent=base, leftIndent=14, fontSize=size - 0.5,
                                textColor=colors.HexColor("#333333")),
    }


# =========================================================================== 1. Gloucestershire
def gloucestershire():
    fn = "gloucestershire-numbered-letter.pdf"
    gscp = "https://www.gscp.org.uk/procedures/bruising-non-mobile-babies"
    A = {
        "1": ("Yes. The Gloucestershire Safeguarding Children Partnership (GSCP) asked its "
              "Policies and Procedures Sub-Group to carry out a formal review of the bruising "
              "protocol once the Panel's briefing had been received. The review was completed "
              "and signed off on 14th March 2023. It concluded that the protocol should keep "
              "its emphasis on prompt medical assessment, but that the route to a section 47 "
              "enquiry should follow an initial appraisal rather than being automatic, and "
              "that the wording on mobility needed to be clearer."),
        "2": ("The revised protocol is published at " + gscp + ". An extract from the "
              "Sub-Group's minutes of 14 March 2023 reads: \"Members approved the revised "
              "protocol subject to minor drafting points. The automatic referral for a "
              "strategy discussion is replaced by an initial appraisal led by children's "
              "social care with the on-call paediatrician.\""),
        "3": ("No. When a bruise is seen on a baby who is not independently mobile, the "
              "practitioner discusses it with children's social care and the baby is seen by "
              "a paediatrician. A strategy discussion is held where that appraisal gives "
              "reasonable cause to suspect significant harm; it is not automatic."),
        "4_intro": "The following changes were made to the protocol in 2023:",
        "4_items": [
            "an initial appraisal step before any decision about a strategy discussion;",
            "a revised leaflet for parents explaining why their baby is being seen;",
            "a recording checklist for health visitors and midwives;",
            "a short briefing session for staff in the Multi-Agency Safeguarding Hub.",
        ],
        "5": ("Yes, the definition was changed. The protocol now describes a baby as not "
              "independently mobile if they are not yet crawling, bottom-shuffling, pulling "
              "to stand, cruising or walking. A baby who can roll over but cannot do any of "
              "those things is still treated as not independently mobile. The definition is "
              "deliberately not based on age: practitioners are asked to consider what the "
              "individual baby can actually do."),
    }
    a4 = A["4_intro"] + "\n" + "\n".join("\u2022 " + i for i in A["4_items"])

    st = styles("Times-Roman", "Times-Bold", 11, 14.5)
    green = colors.HexColor("#1d6b3a")

    def draw(c, page, total):
        w, h = c._pagesize
        c.saveState()
        if page == 1:
            c.setFillColor(green)
            c.rect(0, h - 30 * mm, w, 30 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Times-Bold", 20)
            c.drawString(22 * mm, h - 16 * mm, "Gloucestershire County Council")
            c.setFont("Times-Roman", 10)
            c.drawString(22 * mm, h - 23 * mm,
                         "Information Management Service \u00b7 Shire Hall \u00b7 Gloucester")
        else:
            c.setFont("Times-Italic", 9)
            c.setFillColor(colors.grey)
            c.drawString(22 * mm, h - 14 * mm, "Ref FOI-25-11873 (continued)")
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, 14 * mm, f"Page {page} of {total}")
        c.setFont("Times-Roman", 6.5)
        c.setFillColor(colors.grey)
        c.drawCentredString(w / 2, 9 * mm, SYN)
        c.restoreState()

    s = []
    s.append(Spacer(1, 14 * mm))
    s.append(Paragraph("Our ref: FOI-25-11873", st["right"]))
    s.append(Paragraph("Date: 2nd December 2025", st["right"]))
    s.append(Paragraph("By email: " + REQ_EMAIL, st["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Dear Requester,", st["body"]))
    s.append(Paragraph("<b>Freedom of Information Act 2000 \u2013 bruising in non-mobile infants</b>",
                       st["body"]))
    s.append(Paragraph(
        "Thank you for your request for information, which we received on 6 November 2025. "
        "You wrote:", st["body"]))
    s.append(Paragraph("\u201c" + esc(REQ_PREAMBLE) + "\u201d", st["quote"]))
    s.append(Paragraph("Each of your questions is set out below, followed by our response.",
                       st["body"]))
    for k in "12345":
        s.append(Paragraph(f"<b>{k}. {esc(Q[k])}</b>", st["body"]))
        if k == "4":
            s.append(Paragraph("Response: " + esc(A["4_intro"]), st["body"]))
            s.append(ListFlowable(
                [ListItem(Paragraph(esc(i), st["body"]), leftIndent=14) for i in A["4_items"]],
                bulletType="bullet", start="\u2022", leftIndent=14))
        else:
            s.append(Paragraph("Response: " + esc(A[k]), st["body"]))
        s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("<b>Re-use of this information</b>", st["body"]))
    s.append(Paragraph(
        "Most of the information we provide can be re-used under the Open Government Licence, "
        "which you can read at " + OGL, st["body"]))
    s.append(Paragraph("<b>Your right to complain</b>", st["body"]))
    s.append(Paragraph(
        "If you are unhappy with how we have dealt with your request you can ask for an "
        "internal review within 40 working days of this letter by writing to "
        "foi@gloucestershire.gov.uk. If you remain dissatisfied after that you may complain to "
        "the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
        "Cheshire SK9 5AF, or online at " + ICO_COMPLAINT, st["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Yours sincerely,", st["body"]))
    s.append(Paragraph("R. Okonedo<br/>Information Rights Officer", st["body"]))

    doc = pdf_doc(str(OUT / fn), A4, "FOI-25-11873 response",
                  "Gloucestershire County Council (synthetic)", SYN, margins=(22, 22, 36, 22))
    doc.build(s, canvasmaker=numbered_canvas(draw))

    add_reply(fn, "pdf", "Gloucestershire County Council", "E10000013", "answered", [],
              {"1": A["1"], "2": A["2"], "3": A["3"], "4": a4, "5": A["5"]},
              all_status("answered"),
              fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
              [gscp, OGL, ICO_COMPLAINT])


# =========================================================================== 2. Buckinghamshire
def buckinghamshire():
    fn = "buckinghamshire-three-column-table.pdf"
    rows = [
        ("1", "Whether the council's safeguarding policies were reviewed after the Panel's "
              "guidance; when; and what the review concluded.",
         "There was no formal review. The Panel's briefing was considered by the "
         "Buckinghamshire Safeguarding Children Partnership's Practice Review Group in early "
         "2023. Because the multi-agency bruising protocol had been refreshed in 2021, the "
         "Group was satisfied, we believe, that it already reflected the points in the "
         "briefing and did not need to be reopened."),
        ("2", "Any papers on the outcome of the review.",
         "No papers were produced beyond the Group's action log, which records only that the "
         "item was noted. There is therefore nothing further we can provide."),
        ("3", "Whether a section 47 investigation or strategy discussion is required in all "
              "cases.",
         "Not in all cases. Any bruise on a non-mobile baby is discussed with children's "
         "social care and the baby is seen by a paediatrician on the same day. Whether a "
         "strategy discussion follows depends on the outcome of that assessment."),
        ("4", "Changes made for consistency with the evidence base and national guidelines.",
         "None. No changes were made as a result of the briefing."),
        ("5", "Changes to the definition of 'not independently mobile'; how it is defined now, "
              "including babies who roll and the use of age.",
         "The definition has not changed. Under the protocol all babies under 6 months of age "
         "are treated as not independently mobile, whatever their stage of motor development. "
         "For older babies the practitioner considers what the child can actually do."),
    ]
    st = styles("Helvetica", "Helvetica-Bold", 10, 13)
    cell = ParagraphStyle("cell", parent=st["body"], spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold",
                           textColor=colors.white)
    purple = colors.HexColor("#5b2c6f")

    def draw(c, page, total):
        w, h = c._pagesize
        c.saveState()
        c.setStrokeColor(purple)
        c.setLineWidth(2)
        c.line(18 * mm, h - 15 * mm, w - 18 * mm, h - 15 * mm)
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(purple)
        c.drawString(18 * mm, h - 12 * mm, "Buckinghamshire Council \u2013 Information Governance")
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.black)
        c.drawRightString(w - 18 * mm, h - 12 * mm, "Our ref: IG/FOI/2025/4412")
        c.drawRightString(w - 18 * mm, 10 * mm, f"{page}/{total}")
        c.setFont("Helvetica", 6.5)
        c.setFillColor(colors.grey)
        c.drawString(18 * mm, 10 * mm, SYN)
        c.restoreState()

    s = [Paragraph("Freedom of Information request: bruising in non-mobile infants", st["h"]),
         Paragraph("Date of response: 21/11/2025", st["body"]),
         Paragraph("Dear Sam Ellery,", st["body"]),
         Paragraph("Thank you for your request. Our response to each part is set out in the "
                   "table below. We have summarised your questions in the middle column.",
                   st["body"]),
         Spacer(1, 3 * mm)]
    data = [[Paragraph("No.", cellb), Paragraph("Question", cellb), Paragraph("Answer", cellb)]]
    for n, q, a in rows:
        data.append([Paragraph(n, cell), Paragraph(esc(q), cell), Paragraph(esc(a), cell)])
    t = Table(data, colWidths=[14 * mm, 85 * mm, 160 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), purple),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3eef6")]),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    s.append(t)
    s.append(PageBreak())
    s.append(Paragraph("Further information", st["bold"]))
    s.append(Paragraph(
        "If you are not satisfied with this response you may ask for an internal review by "
        "replying to this email within two months. You also have the right to complain to "
        "the Information Commissioner, whose details are at " + ICO_HOME, st["body"]))
    s.append(Paragraph("Information Governance Team<br/>Buckinghamshire Council", st["body"]))

    doc = pdf_doc(str(OUT / fn), landscape(A4), "IG/FOI/2025/4412",
                  "Buckinghamshire Council (synthetic)", SYN, margins=(18, 18, 22, 18))
    doc.build(s, canvasmaker=numbered_canvas(draw))

    add_reply(fn, "pdf", "Buckinghamshire Council", "E06000060", "answered", [],
              {n: a for n, _, a in rows}, all_status("answered"),
              fields("informal", "2023", "no", "no", "no", "no", "not_stated", "yes", 6),
              [ICO_HOME])


# =========================================================================== 3. Manchester (s12)
def manchester():
    fn = "manchester-s12-refusal.pdf"
    st = styles("Helvetica", "Helvetica-Bold", 10, 13.5)

    def draw(c, page, total):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica-Bold", 15)
        c.drawString(20 * mm, h - 18 * mm, "Manchester City Council")
        c.setFont("Helvetica", 8.5)
        c.drawString(20 * mm, h - 23 * mm, "Corporate Information Governance \u2022 Town Hall Extension")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 20 * mm, 12 * mm, f"Page {page} of {total}")
        c.setFont("Helvetica-Oblique", 6.5)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 12 * mm, SYN)
        c.restoreState()

    s = [
        Paragraph("Our Ref: 18342/CIG", st["body"]),
        Paragraph("28 November 2025", st["body"]),
        Spacer(1, 3 * mm),
        Paragraph("Dear Sam Ellery", st["body"]),
        Paragraph("<b>Request for information \u2013 safeguarding policy on bruising in "
                  "non-mobile infants</b>", st["body"]),
        Paragraph(
            "You asked five questions about whether the council reviewed its safeguarding "
            "policies after the Child Safeguarding Practice Review Panel's 2022 briefing on "
            "bruising in non-mobile infants, for papers from any review, and about section 47 "
            "enquiries, changes made and the definition of 'not independently mobile'.",
            st["body"]),
        Paragraph("<b>Decision</b>", st["body"]),
        Paragraph(
            "I am sorry to tell you that we are not able to comply with your request. Section "
            "12 of the Freedom of Information Act 2000 means we do not have to comply where we "
            "estimate that the cost of doing so would exceed the appropriate limit. For local "
            "authorities that limit is \u00a3450, which equates to 18 hours of work at the "
            "rate of \u00a325 an hour set by the Freedom of Information and Data Protection "
            "(Appropriate Limit and Fees) Regulations 2004.", st["body"]),
        Paragraph(
            "Work on safeguarding procedures in Manchester is shared between the council, the "
            "Manchester Safeguarding Partnership and the Greater Manchester procedures group. "
            "Establishing whether a review took place, and gathering any papers from it, would "
            "mean searching three years of minutes and agenda packs for several subgroups and "
            "the mailboxes of the officers who attended. We estimate this at around 26 hours, "
            "before any time spent reading and extracting what is relevant.", st["body"]),
        Paragraph("<b>Advice and assistance</b>", st["body"]),
        Paragraph(
            "You may wish to submit a narrower request. For example, questions about what the "
            "current procedure says (your questions 3 and 5) are likely to be answerable "
            "within the limit if asked on their own.", st["body"]),
        Paragraph("<b>Internal review</b>", st["body"]),
        Paragraph(
            "If you are unhappy with this decision you may ask for an internal review within "
            "40 working days. If you are still unhappy afterwards you can complain to the "
            "Information Commissioner: " + ICO_COMPLAINT, st["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Kind regards<br/><br/>Information Compliance Officer<br/>"
                  "Corporate Information Governance", st["body"]),
    ]
    doc = pdf_doc(str(OUT / fn), A4, "18342/CIG refusal notice",
                  "Manchester City Council (synthetic)", SYN, margins=(20, 20, 32, 22))
    doc.build(s, canvasmaker=numbered_canvas(draw))
    add_reply(fn, "pdf", "Manchester City Council", "E08000003", "refused", ["s12"],
              {}, all_status("refused"), dict(NOT_STATED), [ICO_COMPLAINT])


# =========================================================================== 4. Southampton (partial, s22)
def southampton():
    fn = "southampton-bold-questions.pdf"
    hips = "https://hipsprocedures.org.uk/bruising-non-mobile"
    Qs = {
        "1": "Was there a review of the council's safeguarding policies after the guidance "
             "was published, when was it, and what did it conclude?",
        "2": "Can you provide any papers on the outcome of the review?",
        "3": "Does the policy require a section 47 investigation or a strategy discussion in "
             "all cases?",
        "4": "What changes were put in place?",
        "5": "Has the definition of 'not independently mobile' changed, and how is it now "
             "defined?",
    }
    A = {
        "1": ("A review was carried out jointly by the four safeguarding children partnerships "
              "that share the HIPS procedures (Hampshire, Isle of Wight, Portsmouth and "
              "Southampton). Other priorities delayed it and it was completed in April 2024. "
              "It concluded that the bruising protocol should be revised to introduce a "
              "clearer initial appraisal before any decision about a strategy discussion, and "
              "to describe mobility more precisely."),
        "2": ("We hold the review report and the minutes of the HIPS Procedures Group meeting "
              "that approved it. This information is withheld under section 22 of the Freedom "
              "of Information Act 2000 (information intended for future publication): the "
              "report will be published with the partnership's annual report, expected in the "
              "spring of 2026. Section 22 is a qualified exemption and we have therefore "
              "applied the public interest test. In favour of disclosure, there is a public "
              "interest in openness about how safeguarding decisions about babies are made, "
              "and families affected by the protocol have a strong interest in it. In favour "
              "of withholding, the report is due to be published shortly, in a planned way and "
              "with explanatory context, and releasing it early and piecemeal could cause "
              "confusion. On balance we have concluded that the public interest in "
              "maintaining the exemption outweighs the public interest in disclosure at this "
              "time."),
        "3": ("No. The revised protocol requires an initial appraisal \u2013 a discussion "
              "between the professional who saw the bruise, children's social care and the "
              "paediatrician \u2013 and a strategy discussion is held only where that "
              "appraisal indicates it is needed."),
        "4": ("The revised protocol, published in June 2024 at " + hips + ", introduced an "
              "initial appraisal step, a decision-recording template, updated advice for "
              "practitioners on talking with parents, and a new section on birthmarks and "
              "skin conditions that can be mistaken for bruising."),
        "5": ("Yes. The previous wording referred to 'pre-mobile' babies without explaining "
              "the term. The protocol now states that a baby is not independently mobile "
              "until they can crawl, bottom shuffle, pull to stand or cruise; a baby who can "
              "roll over is still regarded as not independently mobile."),
    }
    st = styles("Times-Roman", "Times-Bold", 11, 14)
    navy = colors.HexColor("#0b2e59")

    def first(c, doc):
        w, h = A4
        c.saveState()
        c.setFillColor(navy)
        c.setFont("Times-Bold", 17)
        c.drawString(24 * mm, h - 20 * mm, "SOUTHAMPTON CITY COUNCIL")
        c.setFont("Times-Roman", 9)
        c.drawString(24 * mm, h - 25 * mm, "Legal and Governance \u2013 Information Rights Team")
        c.restoreState()

    def draw(c, page, total):
        w, h = c._pagesize
        c.saveState()
        if page > 1:
            c.setFont("Times-Italic", 8.5)
            c.drawRightString(w - 24 * mm, h - 14 * mm, "FOI 25-1290")
        c.setFont("Times-Roman", 8.5)
        c.drawRightString(w - 24 * mm, 12 * mm, f"page {page}")
        c.setFont("Times-Roman", 6.5)
        c.setFillColor(colors.grey)
        c.drawString(24 * mm, 12 * mm, SYN)
        c.restoreState()

    s = [Spacer(1, 8 * mm),
         Paragraph("Our reference: FOI 25-1290", st["body"]),
         Paragraph("Friday 5 December 2025", st["body"]),
         Spacer(1, 3 * mm),
         Paragraph("Dear Sam Ellery,", st["body"]),
         Paragraph("Thank you for your request for information about the council's "
                   "policies on bruising in non-mobile infants, received on 7 November 2025. "
                   "I have restated your questions in bold below, each followed by our "
                   "answer.", st["body"])]
    for k in "12345":
        s.append(KeepTogether([Paragraph(esc(Qs[k]), st["bold"]),
                               Paragraph(esc(A[k]), st["body"])]))
    s.append(PageBreak())
    s.append(Paragraph("<b>Your rights</b>", st["body"]))
    s.append(Paragraph(
        "Because part of your request has been refused, this letter is a refusal notice "
        "under section 17 of the Act for that part. You may ask for an internal review by "
        "writing to the Information Rights Team within 40 working days. If you remain "
        "dissatisfied you can complain to the Information Commissioner at " + ICO_COMPLAINT,
        st["body"]))
    s.append(Paragraph("Yours sincerely<br/><br/>Information Rights Team", st["body"]))
    doc = pdf_doc(str(OUT / fn), A4, "FOI 25-1290", "Southampton City Council (synthetic)", SYN,
                  margins=(24, 24, 30, 22))
    doc.build(s, onFirstPage=first, canvasmaker=numbered_canvas(draw))
    add_reply(fn, "pdf", "Southampton City Council", "E06000045", "partial", ["s22"], A,
              {"1": "answered", "2": "refused", "3": "answered", "4": "answered",
               "5": "answered"},
              fields("formal", "2024-04", "no", "no", "yes", "yes", "yes", "not_stated", None),
              [hips, ICO_COMPLAINT])


# =========================================================================== 5. Oxfordshire (partial, Q4 skipped)
def oxfordshire():
    fn = "oxfordshire-q-a-pairs.pdf"
    A = {
        "1": ("There was not a formal review. The Oxfordshire Safeguarding Children Board's "
              "Learning and Improvement Subgroup discussed the Panel's briefing at its meeting "
              "in December 2022, alongside press coverage of it, and set it against the "
              "current multi-agency guidance. Members were content with the guidance as it "
              "stood."),
        "2": ("There is no written report of that discussion. The subgroup's minutes record "
              "only that the item was taken, so there are no papers to send you."),
        "3": ("No, not in all cases. The baby is seen by a paediatrician and the need for a "
              "strategy discussion is decided in the light of that assessment."),
        "5": ("The definition has not changed. A baby who is rolling but is not yet crawling, "
              "shuffling, cruising or walking is treated as not independently mobile. The "
              "definition is not tied to any particular age."),
    }
    st = styles("Helvetica", "Helvetica-Bold", 10, 13.5)
    qst = ParagraphStyle("q", parent=st["body"], fontName="Helvetica-Oblique")

    def draw(c, page, total):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#00577a"))
        c.rect(0, 0, 8 * mm, h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 11 * mm, "Oxfordshire County Council \u2013 FOI OCC-FOI-18807")
        c.drawRightString(w - 20 * mm, 11 * mm, f"Page {page} of {total}")
        c.setFont("Helvetica", 6)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 7 * mm, SYN)
        c.restoreState()

    s = [Paragraph("Oxfordshire County Council", st["h"]),
         Paragraph("Freedom of Information \u2013 response", st["bold"]),
         Paragraph("Reference: OCC-FOI-18807<br/>Date of response: 20 November 2025",
                   st["body"]),
         Spacer(1, 3 * mm),
         Paragraph("Thank you for your request, which we have considered under the Freedom "
                   "of Information Act 2000. Our answers follow.", st["body"])]
    for k in ["1", "2", "3", "5"]:
        s.append(Paragraph(f"Q{k}: {esc(Q[k])}", qst))
        s.append(Paragraph(f"A{k}: {esc(A[k])}", st["body"]))
        s.append(Spacer(1, 2 * mm))
    s.append(Paragraph(
        "If you are dissatisfied with the handling of your request you may ask for an "
        "internal review. Should you remain unhappy you may contact the Information "
        "Commissioner: " + ICO_HOME, st["body"]))
    s.append(Paragraph("Information Management Team", st["body"]))
    doc = pdf_doc(str(OUT / fn), A4, "OCC-FOI-18807", "Oxfordshire County Council (synthetic)",
                  SYN, margins=(20, 20, 20, 22))
    doc.build(s, canvasmaker=numbered_canvas(draw))
    add_reply(fn, "pdf", "Oxfordshire County Council", "E10000025", "partial", [],
              {"1": A["1"], "2": A["2"], "3": A["3"], "4": None, "5": A["5"]},
              {"1": "answered", "2": "answered", "3": "answered", "4": "not_answered",
               "5": "answered"},
              fields("informal", "2022-12", "no", "no", "not_stated", "no", "yes", "no", None),
              [ICO_HOME])


# --------------------------------------------------------------------------- DOCX helpers
FIXED_ZIP_TIME = (2025, 12, 1, 9, 0, 0)


def docx_new(title, author, created):
    d = Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = "Freedom of Information response (synthetic)"
    cp.comments = SYN
    cp.keywords = SYN_KEYWORDS
    cp.category = "synthetic test document"
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    return d


def add_field(paragraph, instr, placeholder="1"):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = placeholder
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, it, sep, t, e):
        run._r.append(el)
    return run


def docx_footer(d, left_text, page_words=("Page ", " of "), suffix=""):
    sec = d.sections[0]
    f = sec.footer
    p = f.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if left_text:
        r = p.add_run(left_text + "   ")
        r.font.size = Pt(8)
    r = p.add_run(page_words[0])
    r.font.size = Pt(8)
    add_field(p, "PAGE").font.size = Pt(8)
    if page_words[1]:
        r = p.add_run(page_words[1])
        r.font.size = Pt(8)
        add_field(p, "NUMPAGES").font.size = Pt(8)
    if suffix:
        p.add_run(suffix).font.size = Pt(8)
    p2 = f.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run(SYN)
    r.font.size = Pt(6.5)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def docx_header(d, text, align=WD_ALIGN_PARAGRAPH.RIGHT, size=8):
    h = d.sections[0].header
    p = h.paragraphs[0]
    p.text = ""
    p.alignment = align
    r = p.add_run(text)
    r.font.size = Pt(size)
    return p


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def save_docx(d, name):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / name).write_bytes(out.getvalue())


def set_font(d, name, size):
    st = d.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


# =========================================================================== 6. East Sussex
def east_sussex():
    fn = "east-sussex-topic-headings.docx"
    sussex = "https://sussexchildprotection.procedures.org.uk/bruising-pre-mobile"
    A = {
        "1": ("Yes. The Pan-Sussex Child Protection and Safeguarding Procedures Group, which "
              "maintains the procedures shared by Brighton & Hove, East Sussex and West "
              "Sussex, reviewed the chapter on bruising in pre-mobile babies in the summer "
              "after the briefing was published. The Group concluded that the chapter needed "
              "rewriting, chiefly to remove the expectation that every case goes straight to "
              "a strategy discussion."),
        "2": ("The Group's review report and the rewritten chapter are attached as Appendix A "
              "and Appendix B. The chapter as it now stands can also be read online at "
              + sussex + "."),
        "3": ("Our procedure does not require a section 47 enquiry, or a strategy discussion, "
              "in every case. Each case is discussed with children's social care and the baby "
              "is assessed by a paediatrician; a strategy discussion is convened where that "
              "appraisal shows reasonable cause to suspect significant harm."),
        "4_intro": "The main changes made in the rewrite were:",
        "4_items": [
            "a new initial appraisal stage, recorded on a standard form;",
            "clearer guidance on the information to give parents and when to give it;",
            "a section on skin conditions and birthmarks that can look like bruising;",
            "links to the updated national guidance on child protection medical assessments.",
        ],
        "5": ("The definition was changed as part of the rewrite. A baby is now described as "
              "not independently mobile if they cannot yet crawl, bottom-shuffle, pull "
              "themselves to stand, cruise or walk. Babies who can roll are still regarded as "
              "not independently mobile. The definition no longer refers to age: the earlier "
              "wording mentioned babies under six months, and that reference has been "
              "removed."),
    }
    a4 = A["4_intro"] + "\n" + "\n".join(A["4_items"])
    d = docx_new("ESCC FOI 4217-25", "East Sussex County Council (synthetic)",
                 datetime(2025, 11, 27, 10, 15, tzinfo=timezone.utc))
    set_font(d, "Arial", 11)
    docx_header(d, "OFFICIAL")
    docx_footer(d, "ESCC FOI 4217-25")
    t = d.add_paragraph()
    r = t.add_run("East Sussex County Council")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    d.add_paragraph("Children's Services \u2013 Information Requests\nCounty Hall, Lewes")
    d.add_heading("Freedom of Information request \u2013 response", level=1)
    meta = d.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([("Reference", "ESCC FOI 4217-25"),
                                ("Date", "27 November 2025"),
                                ("Subject", "Bruising in non-mobile infants")]):
        meta.cell(i, 0).text = k
        meta.cell(i, 1).text = v
        meta.cell(i, 0).paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph("Dear Sam Ellery,")
    d.add_paragraph(
        "You asked how the Sussex child protection procedures responded to the Child "
        "Safeguarding Practice Review Panel's briefing of September 2022 on bruising in "
        "non-mobile infants. Rather than repeat each of your five questions, I have grouped "
        "our answers under the headings below, which follow the order of your questions.")
    d.add_heading("Did we review our procedures?", level=2)
    d.add_paragraph(A["1"])
    d.add_heading("Papers from the review", level=2)
    d.add_paragraph(A["2"])
    d.add_heading("Section 47 enquiries and strategy discussions", level=2)
    d.add_paragraph(A["3"])
    d.add_heading("What changed", level=2)
    d.add_paragraph(A["4_intro"])
    for it in A["4_items"]:
        d.add_paragraph(it, style="List Bullet")
    d.add_heading("How we now define \u201cnot independently mobile\u201d", level=2)
    d.add_paragraph(A["5"])
    d.add_heading("Re-use and complaints", level=2)
    d.add_paragraph(
        "You may re-use this information under the Open Government Licence v3.0: " + OGL)
    d.add_paragraph(
        "If you are unhappy with this response please ask for an internal review within 40 "
        "working days. You can also contact the Information Commissioner's Office at "
        + ICO_COMPLAINT)
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Requests Officer\nEast Sussex County Council")
    save_docx(d, fn)
    add_reply(fn, "docx", "East Sussex County Council", "E10000011", "answered", [],
              {"1": A["1"], "2": A["2"], "3": A["3"], "4": a4, "5": A["5"]},
              all_status("answered"),
              fields("formal", "2023", "yes", "no", "yes", "yes", "yes", "no", None),
              [sussex, OGL, ICO_COMPLAINT])


# =========================================================================== 7. Barnsley
def barnsley():
    fn = "barnsley-two-column-table.docx"
    A = {
        "1": ("Yes. Barnsley Safeguarding Children Partnership reviewed its Bruising Protocol "
              "in November 2022, shortly after the Panel's briefing was issued. The review "
              "concluded that the protocol was safe and should stay in place without "
              "amendment."),
        "2": ("A copy of the short review report that went to the Partnership's Quality and "
              "Performance Subgroup is attached to this response."),
        "3": ("Yes. Our protocol requires that any bruise on a non-mobile baby is referred to "
              "children's social care and that a strategy discussion is held in all cases."),
        "4": ("No changes were made. To the best of our knowledge the review found the "
              "protocol to be consistent with the evidence base and with national guidance."),
        "5": ("There has been no change to the definition. For the purposes of the protocol, "
              "a baby who is able to roll over is regarded as having started to move "
              "independently and is not treated as non-mobile."),
    }
    d = docx_new("BMBC/FOI/25/0871", "Barnsley MBC (synthetic)",
                 datetime(2025, 11, 19, 14, 40, tzinfo=timezone.utc))
    set_font(d, "Calibri", 11)
    docx_header(d, "Barnsley Metropolitan Borough Council \u2013 Information Governance",
                align=WD_ALIGN_PARAGRAPH.LEFT, size=9)
    docx_footer(d, "", page_words=("- ", None), suffix=" -")
    d.add_paragraph("19.11.2025")
    d.add_paragraph("Dear Sam Ellery")
    d.add_paragraph(
        "Thank you for your email requesting information about the council's safeguarding "
        "policy on bruising in non-mobile babies. Please see our response in the table "
        "below.")
    tbl = d.add_table(rows=7, cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = tbl.cell(0, 0).merge(tbl.cell(0, 1))
    top.text = "Freedom of Information Act 2000 \u2013 Request ref. BMBC/FOI/25/0871"
    top.paragraphs[0].runs[0].bold = True
    top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(top, "D9E2F3")
    for j, h in enumerate(["Your question", "Our response"]):
        c = tbl.cell(1, j)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "EDEDED")
    for i, k in enumerate("12345", start=2):
        qc = tbl.cell(i, 0)
        qc.text = ""
        r = qc.paragraphs[0].add_run(f"{k}. {Q[k]}")
        r.bold = True
        tbl.cell(i, 1).text = A[k]
    for row in tbl.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(9.0)
    d.add_paragraph()
    d.add_paragraph(
        "The information supplied may be re-used under the terms of the Open Government "
        "Licence: " + OGL)
    d.add_paragraph(
        "If you are not satisfied you may request an internal review. After that, you may "
        "apply to the Information Commissioner: " + ICO_COMPLAINT)
    d.add_paragraph("Regards\n\nInformation Governance Officer")
    save_docx(d, fn)
    add_reply(fn, "docx", "Barnsley Metropolitan Borough Council", "E08000016", "answered", [],
              A, all_status("answered"),
              fields("formal", "2022-11", "yes", "yes", "no", "no", "no", "not_stated", None),
              [OGL, ICO_COMPLAINT])


# =========================================================================== 8. Derby (redirected)
def derby():
    fn = "derby-redirect-letter.docx"
    ddscp = "https://www.ddscp.org.uk/contact-us/"
    procs = "https://derbyshirescbs.proceduresonline.com/"
    d = docx_new("DCC-FOI-1554", "Derby City Council (synthetic)",
                 datetime(2025, 11, 14, 9, 5, tzinfo=timezone.utc))
    set_font(d, "Verdana", 10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Derby City Council\nInformation Governance\nThe Council House\nDerby")
    r.font.size = Pt(9)
    docx_footer(d, "DCC-FOI-1554", page_words=("Page ", None))
    d.add_paragraph("Our reference: DCC-FOI-1554\nDate: 14 November 2025")
    d.add_paragraph("Dear Sam Ellery,")
    h = d.add_paragraph()
    h.add_run("Your request: bruising in non-mobile infants (five questions)").bold = True
    d.add_paragraph(
        "Thank you for your request, which was received on 5 November 2025.")
    d.add_paragraph(
        "Derby City Council does not write or review the multi-agency procedure on bruising "
        "in babies in its own right. Safeguarding procedures for Derby are set, reviewed and "
        "kept by the Derby and Derbyshire Safeguarding Children Partnership, and it is the "
        "Partnership that holds the information you have asked for: any record of a review, "
        "the papers from it, and the current wording of the procedure.")
    d.add_paragraph(
        "We have therefore not answered your questions ourselves. The Partnership has told "
        "us it is happy to receive questions directly, and you can contact its business "
        "unit through " + ddscp + ". The joint procedures manual it publishes is at "
        + procs + ".")
    d.add_paragraph(
        "If you are unhappy with the way we have handled your request you may ask for an "
        "internal review by replying to this letter. You also have the right to complain to "
        "the Information Commissioner's Office (" + ICO_HOME + ").")
    d.add_paragraph("Yours sincerely,\n\nInformation Governance Team")
    save_docx(d, fn)
    add_reply(fn, "docx", "Derby City Council", "E06000015", "redirected", [], {},
              all_status("redirected"), dict(NOT_STATED), [ddscp, procs, ICO_HOME])


# =========================================================================== 9. Enfield (partial, Q2 redirected)
def enfield():
    fn = "enfield-numbered-list.docx"
    escp = "https://www.enfieldscp.org.uk/contact/"
    A = {
        "1": ("Yes. A formal review of the local bruising protocol was carried out by the "
              "Enfield Safeguarding Children Partnership's Policy and Procedures Subgroup in "
              "February 2023. It concluded that the protocol was broadly in line with the "
              "briefing but that parts of the guidance for practitioners should be "
              "strengthened."),
        "2": ("The papers for that review are held by the Enfield Safeguarding Children "
              "Partnership, not by the council. Please contact the Partnership directly via "
              + escp + " and it will be able to advise you."),
        "3": ("Yes. The protocol requires a strategy discussion in every case of bruising in "
              "a child who is not independently mobile. The strategy discussion then decides "
              "whether a section 47 enquiry is needed."),
        "4": ("The guidance for practitioners was strengthened. It now sets out who should "
              "speak to the parents and when, requires the reason for any decision not to "
              "proceed to a child protection medical to be recorded, and gives a short list "
              "of conditions that can mimic bruising."),
        "5": ("The definition has not changed. It describes what the baby is able to do and "
              "is not based on age. The protocol does not say anything specific about babies "
              "who can roll."),
    }
    d = docx_new("ENF/FOI/11-25/0387", "London Borough of Enfield (synthetic)",
                 datetime(2025, 12, 1, 11, 30, tzinfo=timezone.utc))
    set_font(d, "Arial", 10.5)
    docx_header(d, "London Borough of Enfield | Information Governance | ENF/FOI/11-25/0387")
    docx_footer(d, "")
    d.add_heading("Response to your Freedom of Information request", level=1)
    d.add_paragraph("Date: 1 December 2025")
    d.add_paragraph("Dear Sam Ellery,")
    d.add_paragraph(
        "Thank you for your request of 4 November 2025. Your questions and our answers are "
        "listed below.")
    for k in "12345":
        p = d.add_paragraph(style="List Number")
        p.add_run(Q[k]).bold = True
        d.add_paragraph(A[k])
    d.add_paragraph(
        "If you are dissatisfied with this response you may ask for an internal review "
        "within 40 working days. If you are still not satisfied you may complain to the "
        "Information Commissioner at " + ICO_COMPLAINT)
    d.add_paragraph("Kind regards,\nFOI Officer\nInformation Governance Team")
    save_docx(d, fn)
    add_reply(fn, "docx", "London Borough of Enfield", "E09000010", "partial", [], A,
              {"1": "answered", "2": "redirected", "3": "answered", "4": "answered",
               "5": "answered"},
              fields("formal", "2023-02", "not_stated", "yes", "yes", "no", "not_stated",
                     "no", None),
              [escp, ICO_COMPLAINT])


# =========================================================================== 10. Liverpool (not held)
def liverpool():
    fn = "liverpool-not-held.docx"
    lscp = "https://liverpoolscp.org.uk/"
    d = docx_new("LCC/IR/25/7731", "Liverpool City Council (synthetic)",
                 datetime(2025, 11, 25, 16, 0, tzinfo=timezone.utc))
    set_font(d, "Times New Roman", 12)
    docx_footer(d, "Liverpool City Council \u2013 Information Requests")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    head = t.cell(0, 0).merge(t.cell(0, 2))
    head.text = "Information request \u2013 decision"
    head.paragraphs[0].runs[0].bold = True
    shade(head, "C00000")
    head.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for j, v in enumerate(["Reference", "Received", "Responded"]):
        t.cell(1, j).text = v
        t.cell(1, j).paragraphs[0].runs[0].bold = True
    for j, v in enumerate(["LCC/IR/25/7731", "6th November 2025", "25th November 2025"]):
        t.cell(2, j).text = v
    d.add_paragraph()
    d.add_paragraph("Dear Sam Ellery")
    d.add_paragraph(
        "Re: your request about policies on bruising in non-mobile infants")
    d.add_paragraph(
        "We have now completed our searches. Liverpool City Council holds no recorded "
        "information within the scope of your request. The council does not keep a policy of "
        "its own on bruising in non-mobile infants, and we have found no record of any review "
        "of one, of any papers, or of any definition of independent mobility held by the "
        "council.")
    d.add_paragraph(
        "You may wish to ask the Liverpool Safeguarding Children Partnership whether it can "
        "help with your questions: " + lscp)
    d.add_paragraph(
        "If you are unhappy with this response you can ask for an internal review. You can "
        "also complain to the Information Commissioner: " + ICO_COMPLAINT)
    d.add_paragraph("Yours sincerely\n\nInformation Requests Team")
    save_docx(d, fn)
    add_reply(fn, "docx", "Liverpool City Council", "E08000012", "not_held", [], {},
              all_status("not_held"), dict(NOT_STATED), [lscp, ICO_COMPLAINT])


# --------------------------------------------------------------------------- EML helpers
UTC = timezone.utc
GMT = timezone(timedelta(0))


def qp_text(text, subtype="plain"):
    cs = email_charset.Charset("utf-8")
    cs.header_encoding = email_charset.QP
    cs.body_encoding = email_charset.QP
    return MIMEText(text, subtype, cs)


def b64_text(text, subtype="plain"):
    return MIMEText(text, subtype, "utf-8")  # utf-8 defaults to base64


def set_headers(msg, frm, to, subject, date, msgid, in_reply_to=None):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["X-Synthetic-Test-Document"] = "yes"


def write_eml(msg, name):
    data = msg.as_bytes()
    (OUT / name).write_bytes(data)


ORIG_MSGID = "<req-bruising-{slug}@example.org>"


# =========================================================================== 11. Brent
def brent():
    fn = "brent-reply-above-quote.eml"
    lscp = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
    A = {
        "1": ("We did not carry out a formal review. Brent follows the London Safeguarding "
              "Children Procedures (" + lscp + ") and the procedures lead for the Brent "
              "Safeguarding Children Partnership checked the section on bruising against the "
              "Panel\u2019s briefing in January 2023. It was found to be in line with it."),
        "2": ("There are no papers as such \u2013 the check was logged as a completed action "
              "on the partnership\u2019s tracker."),
        "3": ("Not always. The procedures expect a discussion with children\u2019s social "
              "care and a paediatric assessment; a strategy discussion follows where there "
              "are concerns."),
        "4": "None \u2013 as above, no changes were needed.",
        "5": ("No change. A baby who can roll is still regarded as not independently mobile, "
              "and the procedures do not set an age limit."),
    }
    orig_lines = request_body().split("\n")
    quoted_plain = "\n".join([
        "-----Original Message-----",
        f"From: {REQ_NAME} <{REQ_EMAIL}>",
        "Sent: 05 November 2025 09:14",
        "To: FOI <foi@brent.gov.uk>",
        "Subject: Freedom of Information request - Bruising in non-mobile infants",
        "",
    ] + orig_lines)
    plain = "\n".join([
        "Dear Sam,",
        "",
        "Re: FOI25/4471 \u2013 bruising in non-mobile infants",
        "",
        "Thank you for your email below. Please find our answers, numbered as in your "
        "request:",
        "",
        "1) " + A["1"],
        "",
        "2) " + A["2"],
        "",
        "3) " + A["3"],
        "",
        "4) " + A["4"],
        "",
        "5) " + A["5"],
        "",
        "If you are unhappy with this reply you can ask us for an internal review. You may "
        "also complain to the Information Commissioner\u2019s Office: " + ICO_HOME,
        "",
        "Best wishes,",
        "",
        "Priya",
        "Information Governance Officer",
        "Brent Civic Centre | 32 Engineers Way | Wembley",
        "",
        quoted_plain,
        "",
    ])
    lscp_a = '<a href="' + lscp + '">' + hesc(lscp) + '</a>'
    html_answers = "".join(
        "<p><b>" + k + ")</b> " + hesc(A[k]).replace(hesc(lscp), lscp_a) + "</p>"
        for k in "12345")
    html_quote = "<br>".join(hesc(x) for x in orig_lines)
    html = (
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif\">"
        "<p>Dear Sam,</p><p><b>Re: FOI25/4471 \u2013 bruising in non-mobile infants</b></p>"
        "<p>Thank you for your email below. Please find our answers, numbered as in your "
        "request:</p>" + html_answers +
        "<p>If you are unhappy with this reply you can ask us for an internal review. You may "
        "also complain to the Information Commissioner\u2019s Office: "
        f"<a href=\"{ICO_HOME}\">{ICO_HOME}</a></p>"
        "<p>Best wishes,</p><p>Priya<br>Information Governance Officer<br>"
        "Brent Civic Centre | 32 Engineers Way | Wembley</p>"
        "<div style=\"border-top:solid #E1E1E1 1.0pt;padding-top:3pt\">"
        f"<p><b>From:</b> {REQ_NAME} &lt;{REQ_EMAIL}&gt;<br><b>Sent:</b> 05 November 2025 09:14<br>"
        "<b>To:</b> FOI &lt;foi@brent.gov.uk&gt;<br><b>Subject:</b> Freedom of Information "
        "request - Bruising in non-mobile infants</p></div>"
        f"<p>{html_quote}</p>"
        "<!-- " + SYN + " --></body></html>"
    )
    msg = MIMEMultipart("alternative", boundary="=_brent_alt_0001")
    msg.attach(qp_text(plain, "plain"))
    msg.attach(qp_text(html, "html"))
    set_headers(msg, "Brent FOI <foi@brent.gov.uk>", f"{REQ_NAME} <{REQ_EMAIL}>",
                "RE: Freedom of Information request - Bruising in non-mobile infants "
                "[FOI25/4471]",
                datetime(2025, 11, 26, 14, 2, 17, tzinfo=UTC), "<FOI25-4471.reply@brent.gov.uk>",
                ORIG_MSGID.format(slug="brent"))
    write_eml(msg, fn)
    add_reply(fn, "eml", "London Borough of Brent", "E09000005", "answered", [], A,
              all_status("answered"),
              fields("informal", "2023-01", "no", "no", "no", "no", "yes", "no", None),
              [lscp, ICO_HOME])


# =========================================================================== 12. Ealing (answers only in attached PDF)
def ealing_pdf_bytes(A, escp):
    buf = io.BytesIO()
    st = styles("Helvetica", "Helvetica-Bold", 10, 13.5)

    def draw(c, page, total):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.setFillColor(colors.HexColor("#8a1538"))
        c.drawString(20 * mm, h - 16 * mm, "Ealing Council")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawRightString(w - 20 * mm, h - 16 * mm, "FOI-EAL-25-2291")
        c.drawRightString(w - 20 * mm, 12 * mm, f"Page {page} of {total}")
        c.setFont("Helvetica", 6)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 12 * mm, SYN)
        c.restoreState()

    heads = {
        "1": "1. Review after the Panel's guidance",
        "2": "2. Papers on the outcome",
        "3": "3. Section 47 investigation or strategy discussion in all cases",
        "4": "4. Changes made",
        "5": "5. Definition of not independently mobile",
    }
    s = [Paragraph("London Borough of Ealing \u2013 Freedom of Information response", st["h"]),
         Paragraph("Reference: FOI-EAL-25-2291 &nbsp;&nbsp; Date: 08/12/2025", st["body"]),
         Paragraph("Dear Sam Ellery,", st["body"]),
         Paragraph("We have considered your request about bruising in non-mobile infants. Our "
                   "response to each of your questions is below.", st["body"])]
    for k in "12345":
        s.append(Paragraph(esc(heads[k]), st["bold"]))
        s.append(Paragraph(esc(A[k]), st["body"]))
    s.append(Paragraph(
        "You can ask for an internal review of this decision within 40 working days, and "
        "then complain to the Information Commissioner: " + ICO_COMPLAINT, st["body"]))
    s.append(Paragraph("Information Governance<br/>Perceval House", st["body"]))
    doc = pdf_doc(buf, A4, "FOI-EAL-25-2291 response", "Ealing Council (synthetic)", SYN,
                  margins=(20, 20, 26, 22))
    doc.build(s, canvasmaker=numbered_canvas(draw))
    return buf.getvalue()


def ealing():
    fn = "ealing-attached-pdf.eml"
    escp = "https://www.ealingscp.org.uk/bruising"
    A = {
        "1": ("Yes, there was a formal review. The Ealing Safeguarding Children Partnership's "
              "Policy, Procedures and Practice Group reviewed the local bruising guidance "
              "against the Panel's briefing at its meeting on 23/05/2023. It concluded that "
              "the guidance was largely sound but that the flowchart and the description of "
              "mobility should be tidied up."),
        "2": "The guidance as revised after the review is published at " + escp + ".",
        "3": "No.",
        "4": ("Minor changes only: the flowchart was redrawn so that the initial appraisal "
              "comes before any strategy discussion, and the contact list for the on-call "
              "paediatrician was updated."),
        "5": ("Yes, there was a small clarification. Not independently mobile now means a baby "
              "who cannot crawl, bottom-shuffle, pull to stand or walk; babies who only roll "
              "are included. It is not defined by age."),
    }
    pdf = ealing_pdf_bytes(A, escp)
    body = "\n".join([
        "Dear Sam Ellery,",
        "",
        "Freedom of Information request FOI-EAL-25-2291",
        "",
        "Please find attached the council's response to your request about bruising in "
        "non-mobile infants.",
        "",
        "Kind regards,",
        "",
        "Information Governance",
        "London Borough of Ealing",
        "",
        "This email and any attachments are intended only for the addressee. If you have "
        "received it in error please tell the sender and delete it.",
    ])
    msg = MIMEMultipart("mixed", boundary="=_ealing_mixed_7f3a")
    msg.attach(qp_text(body, "plain"))
    att = MIMEApplication(pdf, "pdf")
    att.add_header("Content-Disposition", "attachment",
                   filename="FOI-EAL-25-2291 response.pdf")
    msg.attach(att)
    set_headers(msg, "Ealing Council FOI <foi@ealing.gov.uk>", f"{REQ_NAME} <{REQ_EMAIL}>",
                "Your FOI request FOI-EAL-25-2291",
                datetime(2025, 12, 8, 10, 31, 5, tzinfo=UTC), "<FOI-EAL-25-2291@ealing.gov.uk>",
                ORIG_MSGID.format(slug="ealing"))
    write_eml(msg, fn)
    add_reply(fn, "eml", "London Borough of Ealing", "E09000009", "answered", [], A,
              all_status("answered"),
              fields("formal", "2023-05", "yes", "no", "yes", "yes", "yes", "no", None),
              [escp, ICO_COMPLAINT])


# =========================================================================== 13. Newcastle (partial, Q2 not held)
def newcastle():
    fn = "newcastle-html-only.eml"
    nst = "https://www.proceduresonline.com/nesubregion/bruising.html"
    A = {
        "1": ("The council did not commission a formal review. In the spring of 2023 the "
              "Newcastle Safeguarding Children Partnership's procedures subgroup considered "
              "the briefing and agreed that the North and South of Tyne procedure was "
              "consistent with it."),
        "2": "The council does not hold any papers relating to this.",
        "3": ("No \u2013 the decision follows a paediatric assessment and a discussion with "
              "children's social care."),
        "4": ("Some minor changes were made to the wording on communicating with parents. The "
              "procedure is at " + nst),
        "5": ("The definition itself did not change. The procedure applies to all babies under "
              "one year old, who are treated as not independently mobile for this purpose."),
    }
    qs_short = {
        "1": "Was there a review of your safeguarding policies after the guidance, when, and "
             "what did it conclude?",
        "2": "Papers on the outcome of the review.",
        "3": "Does your policy require a s47 investigation or strategy discussion in all "
             "cases?",
        "4": "What changes were put in place?",
        "5": "Changes to the definition of not independently mobile; rolling; age.",
    }
    rows = []
    for k in "12345":
        ans = hesc(A[k])
        if nst in A[k]:
            ans = ans.replace(hesc(nst), f'<a href="{nst}">{hesc(nst)}</a>')
        rows.append(
            f'<p style="margin:14px 0 4px 0;color:#444"><i>Question {k}: {hesc(qs_short[k])}</i></p>'
            f'<p style="margin:0 0 10px 0">{ans}</p>')
    html = (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>FOI response</title></head>"
        "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:11pt\">"
        "<!-- " + SYN + " -->"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
        "<td style=\"background:#3a1f5d;color:#fff;padding:10px;font-size:14pt\">"
        "Newcastle City Council &ndash; Information Rights</td></tr></table>"
        "<p>Dear Sam Ellery</p>"
        "<p><b>Information request NCC IR 25/61120</b></p>"
        "<p>I write in response to your request of 6 November 2025. Our answers are given "
        "under each question.</p>"
        + "".join(rows) +
        "<p>If you are dissatisfied you may ask for an internal review within 40 working days "
        "of the date of this email. You may then complain to the Information Commissioner, "
        f"<a href=\"{ICO_COMPLAINT}\">{ICO_COMPLAINT}</a>.</p>"
        "<p>Yours sincerely<br>Information Rights Officer<br>Newcastle City Council</p>"
        "</body></html>"
    )
    msg = b64_text(html, "html")
    set_headers(msg, "Newcastle City Council Information Rights <information.rights@newcastle.gov.uk>",
                f"{REQ_NAME} <{REQ_EMAIL}>", "NCC IR 25/61120 - response",
                datetime(2025, 12, 4, 15, 47, 0, tzinfo=UTC),
                "<NCC-IR-25-61120-resp@newcastle.gov.uk>", ORIG_MSGID.format(slug="newcastle"))
    write_eml(msg, fn)
    add_reply(fn, "eml", "Newcastle City Council", "E08000021", "partial", [], A,
              {"1": "answered", "2": "not_held", "3": "answered", "4": "answered",
               "5": "answered"},
              fields("informal", "2023", "no", "no", "yes", "no", "not_stated", "yes", 12),
              [nst, ICO_COMPLAINT])


# =========================================================================== 22. Tameside acknowledgement (reject)
def tameside_ack():
    fn = "tameside-acknowledgement.eml"
    body = "\n".join([
        "Dear Sam Ellery,",
        "",
        "Freedom of Information Act 2000 - request reference TMBC-FOI-25-1937",
        "",
        "Thank you for your request for information about the council's policies on bruising "
        "in non-mobile infants, which we received on 10 November 2025.",
        "",
        "Your request has been passed to the relevant service. We aim to respond promptly and "
        "in any event by 8 December 2025, which is 20 working days from the date we received "
        "your request. If we need to clarify anything, or if a fee is payable, we will let you "
        "know.",
        "",
        "Please quote the reference above in any correspondence.",
        "",
        "Regards,",
        "Information Governance Team",
        "Tameside Metropolitan Borough Council",
        "",
        "** This is an automatically generated acknowledgement. **",
    ])
    msg = qp_text(body, "plain")
    set_headers(msg, "Tameside Council FOI <foi@tameside.gov.uk>", f"{REQ_NAME} <{REQ_EMAIL}>",
                "Acknowledgement: TMBC-FOI-25-1937",
                datetime(2025, 11, 10, 8, 2, 44, tzinfo=UTC), "<TMBC-FOI-25-1937-ack@tameside.gov.uk>",
                ORIG_MSGID.format(slug="tameside"))
    msg["Auto-Submitted"] = "auto-replied"
    write_eml(msg, fn)
    add_reject(fn, "eml", "acknowledgement")


# =========================================================================== 23. Wirral bounce (reject)
def wirral_bounce():
    fn = "wirral-bounce.eml"
    orig = qp_text(request_body(), "plain")
    orig["From"] = f"{REQ_NAME} <{REQ_EMAIL}>"
    orig["To"] = "foi.requests@wirral.gov.uk"
    orig["Subject"] = "Freedom of Information request - Bruising in non-mobile infants"
    orig["Date"] = format_datetime(datetime(2025, 11, 5, 9, 20, tzinfo=UTC))
    orig["Message-ID"] = ORIG_MSGID.format(slug="wirral")

    explain = MIMEText(
        "This is the mail system at host mx1.example.org.\n\n"
        "I'm sorry to have to inform you that your message could not be delivered to one or "
        "more recipients. It's attached below.\n\n"
        "<foi.requests@wirral.gov.uk>: host wirral-gov-uk.mail.protection.outlook.com said: "
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
        "lookup\n", "plain", "us-ascii")
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx1.example.org"
    per_msg["Arrival-Date"] = "Wed, 5 Nov 2025 09:20:03 +0000"
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; foi.requests@wirral.gov.uk"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.10"
    per_rcpt["Remote-MTA"] = "dns; wirral-gov-uk.mail.protection.outlook.com"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound"
    status = MIMEBase("message", "delivery-status")
    status.set_payload([per_msg, per_rcpt])
    rep = MIMEMultipart("report", boundary="=_bounce_9c21_wirral", report_type="delivery-status")
    rep.attach(explain)
    rep.attach(status)
    rep.attach(MIMEMessage(orig))
    set_headers(rep, "Mail Delivery System <MAILER-DAEMON@mx1.example.org>", REQ_EMAIL,
                "Undelivered Mail Returned to Sender",
                datetime(2025, 11, 5, 9, 20, 9, tzinfo=UTC), "<bounce-20251105092009@mx1.example.org>")
    rep["Auto-Submitted"] = "auto-replied"
    write_eml(rep, fn)
    add_reject(fn, "eml", "bounce")


# --------------------------------------------------------------------------- HTML helpers
def write_html(name, text):
    (OUT / name).write_text(text, encoding="utf-8")


def link(url):
    return f'<a href="{url}">{hesc(url)}</a>'


# =========================================================================== 14. Harrow (prose, out of order)
def harrow():
    fn = "harrow-disclosure-log-prose.html"
    A = {
        "3": ("Our child protection arrangements require a strategy discussion to be held "
              "whenever bruising is seen on a baby who is not independently mobile. This "
              "applies in every case, whatever explanation is offered."),
        "1": ("To the best of our knowledge no review of the policy took place after the "
              "Panel's briefing, and the briefing was not taken to any board or subgroup for "
              "consideration."),
        "2": "As there was no review, there are no papers to provide.",
        "4": "No changes have been made.",
        "5": ("Our definition of a child who is not independently mobile has not changed since "
              "it was adopted."),
    }
    paras = "\n".join(f"        <p>{hesc(A[k])}</p>" for k in ["3", "1", "2", "4", "5"])
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Bruising in non-mobile infants - safeguarding policy review | Disclosure log | Harrow Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/css/site.min.css">
  <!-- {SYN} -->
</head>
<body class="page-disclosure">
  <div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on harrow.gov.uk">
    <p>We use some essential cookies to make this website work. We would also like to set
    analytics cookies to understand how you use the site.</p>
    <button type="button">Accept analytics cookies</button>
    <button type="button">Reject analytics cookies</button>
    <a href="/cookies">View cookies</a>
  </div>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a href="/" class="logo">Harrow Council</a>
    <form action="/search" class="site-search"><label for="q">Search</label><input id="q" name="q"></form>
    <nav aria-label="Main">
      <ul>
        <li><a href="/bins-recycling">Bins and recycling</a></li>
        <li><a href="/council-tax">Council tax</a></li>
        <li><a href="/children-families">Children and families</a></li>
        <li><a href="/council">Council and democracy</a></li>
        <li><a href="/contact-us">Contact us</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/council">Council and democracy</a></li>
      <li><a href="/council/freedom-information">Freedom of information</a></li>
      <li><a href="/council/freedom-information/disclosure-log">Disclosure log</a></li>
      <li aria-current="page">HRW/25/08843</li>
    </ol>
  </nav>
  <main id="main">
    <h1>Bruising in non-mobile infants &ndash; safeguarding policy review</h1>
    <dl class="disclosure-meta">
      <dt>Reference</dt><dd>HRW/25/08843</dd>
      <dt>Date received</dt><dd>10 November 2025</dd>
      <dt>Date responded</dt><dd>3 December 2025</dd>
      <dt>Category</dt><dd>Children's services</dd>
    </dl>
    <section class="disclosure-request">
      <h2>Request</h2>
      <p>The requester asked whether the council reviewed its safeguarding policies after the
      Child Safeguarding Practice Review Panel's briefing of September 2022 on bruising in
      non-mobile infants, for any papers from a review, whether a section 47 investigation or
      strategy discussion is required in all cases, what changes were made, and whether the
      definition of a child who is not independently mobile has changed.</p>
    </section>
    <section class="disclosure-response">
      <h2>Response</h2>
      <div class="field--body">
{paras}
        <p>The information in this response may be re-used under the Open Government Licence:
        {link(OGL)}</p>
      </div>
    </section>
    <p class="back"><a href="/council/freedom-information/disclosure-log">Back to the disclosure log</a></p>
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/council/freedom-information">Freedom of information</a></li>
    </ul>
    <p>&copy; Harrow Council. Civic Centre, Station Road, Harrow.</p>
    <p class="synthetic-note" style="font-size:10px;color:#888">{SYN}</p>
  </footer>
</body>
</html>
"""
    write_html(fn, page)
    add_reply(fn, "html", "London Borough of Harrow", "E09000015", "answered", [], A,
              all_status("answered"),
              fields("none", None, "no", "yes", "no", "no", "not_stated", "not_stated", None),
              [OGL])


# =========================================================================== 15. Greenwich (disclosure log, full quote)
def greenwich():
    fn = "greenwich-disclosure-log.html"
    gscp = "https://www.greenwichsafeguardingchildren.org.uk/bruising-protocol"
    A = {
        "1": ("Yes. The Royal Borough's safeguarding children partnership reviewed its "
              "bruising protocol during 2023 and agreed a revised version."),
        "2": ("The revised protocol and the covering report to the partnership are both "
              "available on the partnership website: " + gscp),
        "3": ("No. A strategy discussion takes place where the paediatric assessment and the "
              "initial discussion with children's social care find cause for concern."),
        "4": ("The protocol now includes an initial appraisal step and guidance on skin marks "
              "that are not bruises."),
        "5": ("The definition was not changed. Every baby who has not reached their first "
              "birthday and is not yet crawling, cruising or walking is treated as not "
              "independently mobile; a baby who can only roll is included in this."),
    }
    req_html = "\n".join(
        f"          <li>{hesc(Q[k])}</li>" for k in "12345")
    resp_html = "\n".join(
        f"        <dt>Response to question {k}</dt>\n        <dd>"
        + (hesc(A[k]).replace(hesc(gscp), link(gscp))) + "</dd>" for k in "12345")
    page = f"""<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <title>FOI RBG-FOI-2025-5530: Bruising in non-mobile infants | Royal Borough of Greenwich</title>
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org); LocalGov Drupal" />
  </head>
  <!-- {SYN} -->
  <body class="path-node page-node-type-localgov-foi">
    <div class="lgd-header">
      <div class="lgd-header__inner">
        <a class="lgd-header__logo" href="/" rel="home">Royal Borough of Greenwich</a>
        <nav class="lgd-header__nav"><a href="/a-z">A to Z</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav>
      </div>
    </div>
    <div class="lgd-alert">Our offices are closed on bank holidays. <a href="/opening-times">Opening times</a></div>
    <nav class="lgd-breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/council-democracy">Council and democracy</a> &rsaquo; <a href="/foi">Freedom of information</a> &rsaquo; <a href="/foi/disclosure-log">Disclosure log</a></nav>
    <main class="lgd-main">
      <article>
        <h1 class="lgd-page-title-block__title">Bruising in non-mobile infants</h1>
        <div class="foi-meta">
          <span>FOI reference: RBG-FOI-2025-5530</span> |
          <span>Published: 12 December 2025</span> |
          <span>Service: Children's Services</span>
        </div>
        <h2>Information requested</h2>
        <blockquote class="foi-request">
          <p>{hesc(REQ_PREAMBLE)}</p>
          <p>Under the Freedom of Information Act 2000, please answer the following:</p>
          <ol>
{req_html}
          </ol>
        </blockquote>
        <h2>Our response</h2>
        <dl class="foi-response">
{resp_html}
        </dl>
        <p>If you are unhappy with the way your request was handled you can ask for an internal
        review, and afterwards contact the Information Commissioner: {link(ICO_COMPLAINT)}</p>
      </article>
      <aside class="lgd-sidebar">
        <h2>Related</h2>
        <ul><li><a href="/foi/make-request">Make an FOI request</a></li><li><a href="/foi/disclosure-log">Search the disclosure log</a></li></ul>
      </aside>
    </main>
    <footer class="lgd-footer">
      <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/terms">Terms</a></li></ul>
      <p>&copy; 2025 Royal Borough of Greenwich</p>
    </footer>
  </body>
</html>
"""
    write_html(fn, page)
    add_reply(fn, "html", "Royal Borough of Greenwich", "E09000011", "answered", [], A,
              all_status("answered"),
              fields("formal", "2023", "yes", "no", "yes", "no", "yes", "yes", 12),
              [gscp, ICO_COMPLAINT])


# =========================================================================== 16. Leicestershire (s21 refusal)
def leicestershire():
    fn = "leicestershire-s21-refusal.html"
    llr = "https://llrscb.proceduresonline.com/chapters/p_bruising.html"
    lrscp = "https://lrsb.org.uk/lrscp-publications"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Freedom of Information response LCC FOI 25-4109 - Leicestershire County Council</title>
<!-- {SYN} -->
<style>
 body {{ font-family: Arial, Helvetica, sans-serif; margin: 0; }}
 #topbar {{ background: #005ea5; color: #fff; padding: 8px 20px; }}
 #content {{ max-width: 820px; margin: 20px auto; }}
 .cookie {{ background: #f3f2f1; padding: 10px 20px; font-size: 14px; }}
</style>
</head>
<body>
<div class="cookie">Leicestershire County Council uses cookies. <a href="/about-this-site/cookies">Find out more</a> <a href="#" class="btn">OK</a></div>
<div id="topbar"><a href="/" style="color:#fff">Leicestershire County Council</a>
 &nbsp;|&nbsp; <a href="/education-and-children" style="color:#fff">Education and children</a>
 &nbsp;|&nbsp; <a href="/about-the-council" style="color:#fff">About the council</a></div>
<div id="breadcrumbs">You are here: <a href="/">Home</a> / <a href="/about-the-council">About the council</a> / <a href="/about-the-council/access-to-information">Access to information</a> / <a href="/about-the-council/access-to-information/foi-responses">FOI responses</a></div>
<div id="content">
<h1>Bruising in non-mobile infants - safeguarding policy</h1>
<table class="meta">
<tr><th>Reference</th><td>LCC FOI 25-4109</td></tr>
<tr><th>Date of response</th><td>24 November 2025</td></tr>
</table>
<h2>Request</h2>
<p>Five questions about any review of safeguarding policies on bruising in non-mobile
infants following the Child Safeguarding Practice Review Panel's September 2022 briefing,
papers from that review, section 47 enquiries, changes made, and the definition of "not
independently mobile".</p>
<h2>Response</h2>
<p>Leicestershire County Council follows the Leicester, Leicestershire and Rutland (LLR)
safeguarding children procedures. The procedure on bruising in babies, together with its
amendment history and the date of each revision, is published in full at
{link(llr)}. The minutes and reports of the Leicestershire and Rutland Safeguarding Children
Partnership are published at {link(lrscp)}.</p>
<p>As the information you have requested is reasonably accessible to you by other means, we
are refusing your request under section 21 of the Freedom of Information Act 2000. Section 21
is an absolute exemption, so the public interest test does not apply.</p>
<p>If you are not satisfied with this response you may ask for an internal review by emailing
the Information Governance team. You may then complain to the Information Commissioner at
{link(ICO_HOME)}.</p>
</div>
<div id="footer"><a href="/about-this-site/accessibility">Accessibility</a> |
<a href="/about-this-site/privacy">Privacy</a> | &copy; Leicestershire County Council, County Hall, Glenfield</div>
</body>
</html>
"""
    write_html(fn, page)
    add_reply(fn, "html", "Leicestershire County Council", "E10000018", "refused", ["s21"], {},
              all_status("refused"), dict(NOT_STATED), [llr, lrscp, ICO_HOME])


# =========================================================================== 17. Central Bedfordshire (partial, "see question 1")
def central_bedfordshire():
    fn = "central-bedfordshire-see-q1.html"
    beds = "https://bedfordshirelscb.proceduresonline.com/chapters/p_bruising_babies.html"
    A = {
        "1": ("Yes. Central Bedfordshire, Bedford Borough and Luton share the Bedfordshire "
              "safeguarding children procedures, and the Bedfordshire Safeguarding Children "
              "Partnership formally reviewed the bruising protocol in June 2023. The review "
              "concluded that the protocol should be revised to make the definition of "
              "mobility clearer and to add an information leaflet for parents."),
        "2": "The revised protocol can be found here: " + beds,
        "3": "Please see question 1.",
        "4": ("A new information leaflet for parents was introduced and the definition of "
              "mobility was clarified (see question 5)."),
        "5": ("Yes, the definition changed. A baby is considered not independently mobile if "
              "they cannot yet crawl, bottom-shuffle or pull themselves up to stand; this "
              "includes babies who can roll. It is not decided by age."),
    }
    blocks = []
    for k in "12345":
        ans = hesc(A[k])
        if beds in A[k]:
            ans = ans.replace(hesc(beds), link(beds))
        blocks.append(
            f'      <h3>Question {k}</h3>\n'
            f'      <p class="question"><em>{hesc(Q[k])}</em></p>\n'
            f'      <p class="answer">{ans}</p>')
    body = "\n".join(blocks)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Response to FOI CBC/FOI/25/1762 | Central Bedfordshire Council</title>
</head>
<body>
<!-- {SYN} -->
<div class="cookie-notice" id="cookieNotice">
  <p>This site uses cookies to improve your experience. <a href="/info/cookies">Cookie policy</a></p>
  <button>Accept all</button> <button>Necessary only</button>
</div>
<header>
  <div class="brand"><a href="/">Central Bedfordshire Council</a></div>
  <ul class="topnav"><li><a href="/info/residents">Residents</a></li><li><a href="/info/business">Business</a></li><li><a href="/info/council">Your council</a></li></ul>
</header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/info/council">Your council</a> &gt; <a href="/info/foi">Freedom of information</a> &gt; <a href="/info/foi/responses">Responses</a></div>
<div class="container">
  <div class="main-col">
    <h1>Response to FOI request CBC/FOI/25/1762</h1>
    <p>Date: 2 December 2025</p>
    <p>Subject: Bruising in non-mobile infants &ndash; review of safeguarding policy</p>
    <p>Thank you for your request. Please find the council's response below.</p>
    <div class="foi-answers">
{body}
    </div>
    <p>If you are unhappy with this response, you have the right to request an internal review.
    If you remain dissatisfied you may apply to the Information Commissioner, {link(ICO_HOME)}</p>
  </div>
  <div class="side-col">
    <h2>Contact the FOI team</h2>
    <p>Priory House, Monks Walk, Chicksands</p>
  </div>
</div>
<footer><a href="/info/accessibility">Accessibility</a> &middot; <a href="/info/privacy">Privacy</a> &middot; Central Bedfordshire Council</footer>
</body>
</html>
"""
    write_html(fn, page)
    add_reply(fn, "html", "Central Bedfordshire Council", "E06000056", "partial", [], A,
              {"1": "answered", "2": "answered", "3": "see_other", "4": "answered",
               "5": "answered"},
              fields("formal", "2023-06", "yes", "not_stated", "yes", "yes", "yes", "no", None),
              [beds, ICO_HOME])


# =========================================================================== 24. Wandsworth: another request (reject)
def wandsworth_other():
    fn = "wandsworth-training-numbers.html"
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Safeguarding training - numbers of staff trained - Disclosure log - Wandsworth Council</title></head>
<body>
<!-- {SYN} -->
<div class="banner-cookies">We'd like to use analytics cookies. <a href="/cookies">Settings</a></div>
<header class="masthead"><a href="/">Wandsworth Council</a>
<nav><a href="/schools-and-education">Schools and education</a> <a href="/health-and-social-care">Health and social care</a> <a href="/the-council">The council</a></nav></header>
<p class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/the-council">The council</a> &raquo; <a href="/the-council/foi/disclosure-log">FOI disclosure log</a></p>
<main>
<h1>Safeguarding training &ndash; numbers of staff trained</h1>
<p><strong>Reference:</strong> WBC-FOI-2025-10214 &nbsp; <strong>Response date:</strong> 21 November 2025</p>
<h2>Request</h2>
<ol>
<li>How many council staff completed safeguarding children training at levels 1, 2 and 3 in 2023/24 and in 2024/25?</li>
<li>Is the training delivered in-house or by an external provider?</li>
<li>Does the level 3 course cover injuries and bruising in babies who are not yet mobile?</li>
</ol>
<h2>Response</h2>
<table class="data">
<thead><tr><th>Level</th><th>2023/24</th><th>2024/25</th></tr></thead>
<tbody>
<tr><td>Level 1 (e-learning)</td><td>1,284</td><td>1,317</td></tr>
<tr><td>Level 2</td><td>412</td><td>389</td></tr>
<tr><td>Level 3</td><td>176</td><td>203</td></tr>
</tbody>
</table>
<p>2. Level 1 is delivered through the council's e-learning platform. Levels 2 and 3 are
delivered by the Wandsworth Safeguarding Children Partnership's training team, with some
sessions commissioned from an external provider.</p>
<p>3. Yes. The level 3 course includes a session on recognising and responding to injuries,
including bruising, in babies who are not independently mobile.</p>
</main>
<footer><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | &copy; Wandsworth Council</footer>
</body>
</html>
"""
    write_html(fn, page)
    add_reject(fn, "html", "other_request")


# --------------------------------------------------------------------------- TXT
def write_txt(name, text):
    if not text.endswith("\n"):
        text += "\n"
    (OUT / name).write_text(text, encoding="utf-8")


# =========================================================================== 18. North Northamptonshire (case export)
def north_northamptonshire():
    fn = "north-northamptonshire-case-export.txt"
    nscp = "https://www.northamptonshirescp.org.uk/procedures/bruising"
    A = {
        "1": ("Yes. The Northamptonshire Safeguarding Children Partnership (NSCP), which covers "
              "North and West Northamptonshire, reviewed its bruising chapter after the Panel's "
              "briefing. The NSCP Procedures Group signed off the revised chapter on "
              "17/10/2023. The review concluded that automatic referral for a section 47 "
              "enquiry should end and that an initial appraisal should come first."),
        "2": ("Revised chapter: " + nscp + " . The review paper presented to the Procedures "
              "Group is attached (attachment 2 of 2)."),
        "3": "No.",
        "4": ("Initial appraisal introduced; parent leaflet updated; body map template revised; "
              "briefing issued to the MASH and health visiting teams."),
        "5": ("Yes, changed. Babies under 26 weeks are now always treated as not independently "
              "mobile. Older babies are assessed on what they can actually do, and rolling "
              "alone is not treated as independent mobility."),
    }
    import textwrap

    def wrap(t):
        return "\n".join(textwrap.wrap(t, 88, break_long_words=False, break_on_hyphens=False))

    lines = [
        "=" * 88,
        "INFORMATION REQUESTS MODULE :: CASE EXPORT (plain text)         exported 03/12/2025 08:41",
        "=" * 88,
        "Case reference ......: NNC-IR-2025-03317",
        "Case type ...........: FOI (Freedom of Information Act 2000)",
        "Organisation ........: North Northamptonshire Council",
        "Received ............: 07/11/2025",
        "Target date .........: 05/12/2025",
        "Closed ..............: 02/12/2025",
        "Status ..............: CLOSED - Information provided in full",
        "Subject .............: Bruising in non-mobile infants - policy review",
        "Service area ........: Children's Services / NSCP business unit",
        "Handler .............: IRO-04",
        "Requester ...........: [redacted for export]",
        "",
        "-" * 88,
        "CASE LOG",
        "-" * 88,
        "07/11/2025 09:12  Case created from mailbox (auto)",
        "07/11/2025 09:30  Acknowledgement sent",
        "10/11/2025 14:05  Passed to NSCP business unit for input",
        "28/11/2025 11:48  Draft response received",
        "02/12/2025 10:02  Response approved and sent",
        "",
        "-" * 88,
        "REQUEST (summary)",
        "-" * 88,
        wrap("Requester asks (1) whether safeguarding policies were reviewed after the Child "
             "Safeguarding Practice Review Panel briefing of Sept 2022 on bruising in "
             "non-mobile infants, when, and with what conclusion; (2) for papers on the "
             "outcome; (3) whether a s47 investigation or strategy discussion is required in "
             "all cases; (4) what changes were made; (5) whether the definition of not "
             "independently mobile changed, incl. rolling and age."),
        "",
        "-" * 88,
        "RESPONSE TEXT (as sent)",
        "-" * 88,
    ]
    for k in "12345":
        lines.append(f"[{k}]")
        lines.append(wrap(A[k]))
        lines.append("")
    lines += [
        wrap("You are free to use this information for your own purposes. If you are unhappy "
             "with this response you may request an internal review within 40 working days."),
        "",
        "-" * 88,
        "ATTACHMENTS: 1) response letter (pdf)  2) NSCP review paper (pdf)",
        "END OF EXPORT",
        "",
        SYN,
    ]
    write_txt(fn, "\n".join(lines))
    add_reply(fn, "txt", "North Northamptonshire Council", "E06000061", "answered", [], A,
              all_status("answered"),
              fields("formal", "2023-10", "yes", "no", "yes", "yes", "yes", "yes", 6),
              [nscp])


# =========================================================================== 19. Bracknell Forest (prose, combined 4 and 5)
def bracknell_forest():
    fn = "bracknell-forest-prose-letter.txt"
    berks = "https://berkshirecp.proceduresonline.com/"
    P = {
        "1": ("Bracknell Forest follows the Berkshire Child Protection Procedures "
              "(" + berks + "), which are shared by the six Berkshire unitary authorities. "
              "The Panel's briefing was discussed by the Berkshire procedures group in Feb "
              "2023. This was not a formal review: the group compared the bruising chapter "
              "with the briefing and agreed that it was already consistent with it."),
        "3": ("Our procedure does not require a section 47 investigation or a strategy "
              "discussion in every case. A baby with a bruise is referred to children's "
              "social care and seen by a paediatrician, and whether a strategy discussion is "
              "needed is decided on the basis of that assessment."),
        "2": ("You also asked for papers. There are none to provide: the group's notes record "
              "only the conclusion given above."),
        "45": ("In answer to questions 4 and 5, no changes were made, either to the procedure "
               "as a whole or to the way it defines a child who is not independently mobile. "
               "That definition covers any baby who cannot yet crawl, bottom-shuffle, pull to "
               "stand or walk, so a baby who can roll is still included. Whether a baby is "
               "independently mobile is judged on what they can do, not on their age."),
    }
    import textwrap

    def wrap(t):
        return "\n".join(textwrap.wrap(t, 76, break_long_words=False, break_on_hyphens=False))

    text = "\n".join([
        "Bracknell Forest Council",
        "Time Square, Market Street, Bracknell",
        "",
        "18 November 2025",
        "",
        "Our ref: FOI 1819-25",
        "",
        "Dear Sam Ellery",
        "",
        "Freedom of Information request - bruising in non-mobile infants",
        "",
        wrap("Thank you for your email of 4 November 2025, in which you asked five questions "
             "about our safeguarding policy on bruising in babies who are not yet mobile. I "
             "have set out our response below."),
        "",
        wrap(P["1"]),
        "",
        wrap(P["3"]),
        "",
        wrap(P["2"]),
        "",
        wrap(P["45"]),
        "",
        wrap("If you are unhappy with this response you may ask for an internal review by "
             "writing to the Information Management team within 40 working days. If you are "
             "still not satisfied, you can complain to the Information Commissioner's Office "
             "(" + ICO_COMPLAINT + ")."),
        "",
        "Yours sincerely",
        "",
        "Information Management Officer",
        "Bracknell Forest Council",
        "",
        SYN,
    ])
    write_txt(fn, text)
    add_reply(fn, "txt", "Bracknell Forest Council", "E06000036", "answered", [],
              {"1": P["1"], "2": P["2"], "3": P["3"], "4": P["45"], "5": P["45"]},
              all_status("answered"),
              fields("informal", "2023-02", "no", "no", "no", "no", "yes", "no", None),
              [berks, ICO_COMPLAINT])


# =========================================================================== 20. City of London (NCND)
def city_of_london():
    fn = "city-of-london-ncnd.txt"
    import textwrap

    def wrap(t):
        return "\n".join(textwrap.wrap(t, 80, break_long_words=False, break_on_hyphens=False))

    text = "\n".join([
        "CITY OF LONDON CORPORATION",
        "Information Compliance Team, Guildhall, London",
        "",
        "Ref: CoL/IR/25/0466",
        "Date: 9 December 2025",
        "",
        "Dear Sam Ellery,",
        "",
        "REQUEST FOR INFORMATION - BRUISING IN NON-MOBILE INFANTS",
        "",
        wrap("We have considered your request of 5 November 2025, in which you asked five "
             "questions about any review of safeguarding policy on bruising in non-mobile "
             "infants after the Child Safeguarding Practice Review Panel's briefing of 2022, "
             "and about the current policy."),
        "",
        wrap("The City of London Corporation neither confirms nor denies whether it holds the "
             "information you have requested. In reaching this decision we have relied on "
             "section 31(3) of the Freedom of Information Act 2000, which removes the duty to "
             "confirm or deny where doing so would, or would be likely to, prejudice the "
             "prevention or detection of crime (section 31(1)(a))."),
        "",
        wrap("The City's children's social care service works with a very small number of "
             "infants in any year. Confirming or denying whether the City holds a local "
             "protocol that departs from the London procedures, or whether any review of it "
             "was triggered, could, taken together with other information in the public "
             "domain, indicate how particular investigations into injuries to babies have been "
             "handled."),
        "",
        "Public interest test",
        "",
        wrap("Section 31 is a qualified exemption. We recognise the public interest in "
             "transparency about how safeguarding partners respond to national learning, and "
             "in allowing the public to compare practice between areas. Against this, there is "
             "a strong public interest in not prejudicing the investigation of suspected "
             "non-accidental injury, and in protecting the effectiveness of the City's child "
             "protection work given its small caseload. Having weighed these factors we "
             "consider that the public interest in maintaining the exclusion of the duty to "
             "confirm or deny outweighs the public interest in confirming or denying."),
        "",
        wrap("This letter acts as a refusal notice under section 17 of the Act. If you are "
             "dissatisfied you may ask for an internal review within 40 working days, and "
             "then complain to the Information Commissioner, Wycliffe House, Water Lane, "
             "Wilmslow SK9 5AF (" + ICO_HOME + ")."),
        "",
        "Yours sincerely",
        "",
        "Information Compliance Officer",
        "City of London Corporation",
        "",
        SYN,
    ])
    write_txt(fn, text)
    add_reply(fn, "txt", "City of London Corporation", "E09000001", "refused", ["s31(3)"], {},
              all_status("refused"), dict(NOT_STATED), [ICO_HOME])


# =========================================================================== 21. Bexley (short answers, lettered)
def bexley():
    fn = "bexley-short-answers.txt"
    A = {
        "1": ("No. No review was carried out after the briefing was published. The procedure "
              "had last been updated in 2021 and it was not revisited."),
        "2": "N/A - there are no papers.",
        "3": ("No - not in every case. A strategy discussion is held if the paediatric "
              "assessment, or the information gathered, gives cause for concern."),
        "4": "None.",
        "5": ("No change. Rolling babies: yes, they are still treated as not independently "
              "mobile. Age: not used."),
    }
    letters = dict(zip("12345", "abcde"))
    qshort = {
        "1": "Was there a review after the Panel's guidance; when; conclusions?",
        "2": "Papers on the outcome of the review.",
        "3": "Is a s47 investigation or strategy discussion required in all cases?",
        "4": "Changes made for consistency with the evidence base and national guidelines.",
        "5": "Changes to the definition of not independently mobile; rolling; age.",
    }
    lines = [
        "From: Information Management <foi@bexley.gov.uk>",
        "Sent: 17/11/2025 16:22",
        f"To: {REQ_NAME}",
        "Subject: FOI response - Bex FOI 9920",
        "",
        "Hello,",
        "",
        "Please see below our response to your FOI request (ref Bex FOI 9920). We have "
        "lettered your questions (a) to (e).",
        "",
    ]
    for k in "12345":
        lines.append(f"({letters[k]}) {qshort[k]}")
        lines.append(f"    {A[k]}")
        lines.append("")
    lines += [
        "Internal review: reply to this email within 40 working days if you are unhappy with "
        "our response. You can also contact the Information Commissioner's Office.",
        "",
        "Thanks,",
        "Info Management, London Borough of Bexley",
        "",
        SYN,
    ]
    write_txt(fn, "\n".join(lines))
    add_reply(fn, "txt", "London Borough of Bexley", "E09000004", "answered", [], A,
              all_status("answered"),
              fields("none", None, "no", "no", "no", "no", "yes", "no", None), [])


# --------------------------------------------------------------------------- main
README = """# fresh_nov_d: synthetic FOI replies (24 documents)

Synthetic test corpus for foi-responses: 21 invented replies from 21 English councils to the
bruising in non-mobile infants round-robin request, plus 3 documents that are not replies
(an acknowledgement, a bounce, a reply to another request). Council names and GSS codes are
real (mySociety register, CC BY 4.0); every word of content and every position attributed to a
council is made up. Never cite these as a council's answer. Regenerate with
`python make_fixtures.py`; the answer key is `labels.json`.
"""


def main():
    gloucestershire()
    buckinghamshire()
    manchester()
    southampton()
    oxfordshire()
    east_sussex()
    barnsley()
    derby()
    enfield()
    liverpool()
    brent()
    ealing()
    newcastle()
    tameside_ack()
    wirral_bounce()
    harrow()
    greenwich()
    leicestershire()
    central_bedfordshire()
    wandsworth_other()
    north_northamptonshire()
    bracknell_forest()
    city_of_london()
    bexley()
    LABELS.sort(key=lambda r: r["file"])
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (OUT / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {len(LABELS)} documents to {OUT}")


if __name__ == "__main__":
    main()
