#!/usr/bin/env python3
"""Deterministic generator for the `fresh_last` synthetic FOI-reply corpus.

Every document written here is SYNTHETIC: real council names, invented content.
Run with the project's interpreter (needs reportlab, python-docx):

    python make_fixtures.py

It rewrites every document in this folder and labels.json.  No randomness is used;
PDFs are built with reportlab's invariant mode, DOCX zips are re-packed with fixed
timestamps and MIME boundaries / Message-IDs are fixed, so output is byte-stable.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import textwrap
import zipfile
from email import policy
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.charset import Charset, QP, BASE64

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
import datetime as _dt

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTH_LINE = "Synthetic test document written for foi-responses; not a real council reply."
REF_CSV = "/work/shared/reference/english_cs_authorities_153.csv"

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"

URL_RE = re.compile(r'https?://[^\s<>"]*[^\s<>".,;:)\']')

# --------------------------------------------------------------------------------------
# The (fictional) requester's own wording of the round-robin request.
# --------------------------------------------------------------------------------------
REQUESTER = "Sam Rowe"
REQUESTER_EMAIL = "sam.rowe.foi@example.org"
REQ_INTRO = ("In September 2022 the Child Safeguarding Practice Review Panel published a "
             "briefing on bruising in non-mobile infants, asking all safeguarding partners "
             "to look again at their local policies and check that they fit the evidence "
             "base and national guidance.")
REQ_URL = "https://www.gov.uk/government/publications/panel-briefing-bruising-in-non-mobile-infants"
REQ_Q = {
    "1": "Was their a review of your safeguarding policies following publication of this "
         "guidance? If so, when did it take place and what were its conclusions?",
    "2": "Please supply any papers setting out the outcome of that review.",
    "3": "Does your policy require a section 47 investigation or a strategy discussion in "
         "every case?",
    "4": "What changes have been made so that the policy is consistent with the evidence "
         "base and national guidance?",
    "5": "Has your definition of a child who is not independently mobile changed, and how "
         "is it now defined? In particular, are babies who can roll treated as not "
         "independently mobile, and is the classification based on age?",
}


def requester_email_text(council: str) -> str:
    qs = "\n".join(f"{k}. {v}" for k, v in REQ_Q.items())
    return (f"Dear {council},\n\n{REQ_INTRO} The briefing is here: {REQ_URL}\n\n"
            "Under the Freedom of Information Act 2000 I would be grateful for answers to "
            f"the following:\n\n{qs}\n\nMany thanks,\n{REQUESTER}")


# --------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------
LABELS: list[dict] = []
_CODES: dict[str, str] = {}


def load_codes():
    with open(REF_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            _CODES[row["official-name"].strip()] = row["gss-code"].strip()


def label(file, fmt, authority, outcome, answers, status, fields, links, exemptions=()):
    code = _CODES[authority]
    assert set(answers) == set(status) == {"1", "2", "3", "4", "5"}
    assert set(fields) == {"review_held", "review_date", "papers_provided", "s47_all_cases",
                           "changes_made", "definition_changed", "rolling_is_non_mobile",
                           "age_based", "age_threshold_months"}
    LABELS.append({
        "file": file, "format": fmt, "authority": authority, "authority_code": code,
        "outcome": outcome, "exemptions": list(exemptions),
        "answers": {k: answers[k] for k in "12345"},
        "status": {k: status[k] for k in "12345"},
        "fields": fields, "links": list(links),
    })


def reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def F(review, date, papers, s47, changes, defch, rolling, age, thr):
    return {"review_held": review, "review_date": date, "papers_provided": papers,
            "s47_all_cases": s47, "changes_made": changes, "definition_changed": defch,
            "rolling_is_non_mobile": rolling, "age_based": age, "age_threshold_months": thr}


ALL_ANSWERED = {k: "answered" for k in "12345"}
NOT_STATED = F("not_stated", None, "not_stated", "not_stated", "not_stated", "not_stated",
               "not_stated", "not_stated", None)


# --------------------------------------------------------------------------------------
# Generic helpers
# --------------------------------------------------------------------------------------
def out(name):
    return os.path.join(HERE, name)


def urls_in(text):
    return URL_RE.findall(text)


def wrap(text, width=78, indent=""):
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        lines.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                   subsequent_indent=indent, break_long_words=False,
                                   break_on_hyphens=False))
    return "\n".join(lines)


def esc(text):
    return html.escape(text, quote=True)


def linkify_html(text):
    out_, pos = [], 0
    for m in URL_RE.finditer(text):
        out_.append(esc(text[pos:m.start()]))
        u = m.group(0)
        out_.append(f'<a href="{esc(u)}">{esc(u)}</a>')
        pos = m.end()
    out_.append(esc(text[pos:]))
    return "".join(out_)


def linkify_rl(text):
    """Escape for a reportlab Paragraph and make URLs clickable (visible text unchanged)."""
    out_, pos = [], 0
    for m in URL_RE.finditer(text):
        out_.append(esc(text[pos:m.start()]))
        u = m.group(0)
        out_.append(f'<link href="{esc(u)}" color="#1a4f9c">{esc(u)}</link>')
        pos = m.end()
    out_.append(esc(text[pos:]))
    return "".join(out_)


# ---- reportlab ------------------------------------------------------------------------
def numbered_canvas(fmt, font="Helvetica", size=8, synth_font="Helvetica-Oblique",
                    y=12 * mm, align="right"):
    class _NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._states = []

        def showPage(self):
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._states)
            for st in self._states:
                self.__dict__.update(st)
                self.setFont(font, size)
                self.setFillColor(colors.HexColor("#444444"))
                txt = fmt.format(page=self._pageNumber, total=total)
                w, _ = A4
                if align == "right":
                    self.drawRightString(w - 20 * mm, y, txt)
                elif align == "center":
                    self.drawCentredString(w / 2, y, txt)
                else:
                    self.drawString(20 * mm, y, txt)
                self.setFont(synth_font, 6)
                self.setFillColor(colors.HexColor("#888888"))
                self.drawString(20 * mm, 7 * mm, SYNTH_LINE)
                super().showPage()
            super().save()
    return _NC


def build_pdf(target, story, *, title, author, on_first=None, on_later=None,
              canvasmaker=None, margins=(20, 20, 25, 22)):
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=left * mm, rightMargin=right * mm,
                            topMargin=top * mm, bottomMargin=bottom * mm, title=title,
                            author=author, subject=SYNTH_LINE,
                            keywords="synthetic, test fixture, foi-responses",
                            creator="foi-responses make_fixtures.py", invariant=1)
    kw = {}
    if canvasmaker:
        kw["canvasmaker"] = canvasmaker
    doc.build(story, onFirstPage=on_first or (lambda c, d: None),
              onLaterPages=on_later or (lambda c, d: None), **kw)


# ---- python-docx ----------------------------------------------------------------------
FIXED_DT = _dt.datetime(2025, 12, 1, 9, 0, 0)


def docx_props(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = "Synthetic test document (foi-responses)"
    cp.comments = SYNTH_LINE
    cp.keywords = "synthetic; test fixture"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def add_hyperlink(paragraph, url, text=None, bold=False):
    part = paragraph.part
    r_id = part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK,
                          is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    st = OxmlElement("w:rStyle")
    st.set(qn("w:val"), "Hyperlink")
    rpr.append(st)
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "1F4E99")
    rpr.append(c)
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(u)
    if bold:
        rpr.append(OxmlElement("w:b"))
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text or url
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


def add_text(paragraph, text, bold=False, italic=False, size=None):
    pos = 0
    for m in URL_RE.finditer(text):
        if m.start() > pos:
            run = paragraph.add_run(text[pos:m.start()])
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        add_hyperlink(paragraph, m.group(0), bold=bold)
        pos = m.end()
    if pos < len(text):
        run = paragraph.add_run(text[pos:])
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    return paragraph


def add_field(paragraph, instr):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def shade(cell, hexcolour):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hexcolour)
    tcpr.append(s)


def docx_footer(d, left_text, synthetic=True, page_fmt=("Page ", " of ")):
    sec = d.sections[0]
    f = sec.footer
    p = f.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(left_text + "    ")
    r.font.size = Pt(8)
    r2 = p.add_run(page_fmt[0])
    r2.font.size = Pt(8)
    add_field(p, "PAGE")
    if page_fmt[1]:
        r3 = p.add_run(page_fmt[1])
        r3.font.size = Pt(8)
        add_field(p, "NUMPAGES")
    if synthetic:
        p2 = f.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p2.add_run(SYNTH_LINE)
        rr.font.size = Pt(6)
        rr.italic = True
        rr.font.color.rgb = RGBColor(0x88, 0x88, 0x88)


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---- email ----------------------------------------------------------------------------
def write_eml(msg, path):
    data = msg.as_bytes(policy=policy.SMTP)
    with open(path, "wb") as fh:
        fh.write(data)


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ======================================================================================
# 1. Wiltshire Council — Word table, question text in the first column (answered)
# ======================================================================================
def doc_wiltshire():
    fname = "wiltshire-response-table.docx"
    url_proto = "https://www.wiltshiresvpp.org.uk/procedures/bruising-in-babies-protocol"
    A = {
        "1": ("Yes. A task-and-finish group of the Wiltshire Safeguarding Vulnerable People "
              "Partnership revisited the guidance during November 2022. It found that the "
              "local protocol moved too quickly to child protection enquiries and that its "
              "description of mobility was unclear. The group recommended a rewrite, which "
              "the partnership's executive accepted."),
        "2": ("The task-and-finish group's summary note is enclosed with this response. The "
              f"rewritten protocol is published at {url_proto}"),
        "3": ("No. Every bruised baby who is not independently mobile is seen by a "
              "paediatrician, and it is that assessment, together with the information held "
              "by children's social care, which decides whether a strategy discussion is "
              "convened. A section 47 enquiry follows only where concerns remain."),
        "4_lead": "The protocol was rewritten. The main changes were:",
        "4_items": [
            "an initial appraisal by a paediatrician before any strategy discussion is requested;",
            "a short set of questions for practitioners to ask parents about how a bruise happened;",
            "a new leaflet explaining the process to parents and carers;",
            "a plainer statement of which babies count as not independently mobile.",
        ],
        "5": ("Yes, the definition was changed. A baby is treated as not independently mobile "
              "until they can move themselves from one place to another, whether by rolling, "
              "crawling, bottom-shuffling or cruising. Babies who are able to turn themselves "
              "over are regarded as mobile. The definition is not linked to a baby's age."),
    }
    A["4"] = A["4_lead"] + "\n" + "\n".join(A["4_items"])

    d = docx.Document()
    docx_props(d, "FOI-2025-11-0341 response", "Wiltshire Council Information Governance")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Wiltshire Council  |  Information Governance  |  OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x3B, 0x5E, 0x2B)
    docx_footer(d, "Wiltshire Council, County Hall, Trowbridge")

    d.add_heading("Freedom of Information Act 2000 – response to your request", level=1)

    meta = d.add_table(rows=5, cols=2)
    meta.style = "Table Grid"
    top = meta.cell(0, 0).merge(meta.cell(0, 1))
    top.text = ""
    add_text(top.paragraphs[0], "Request details", bold=True)
    shade(top, "D9E2CF")
    rows = [("Our reference", "FOI-2025-11-0341"), ("Received", "10 November 2025"),
            ("Response date", "3 December 2025"),
            ("Subject", "Bruising in non-mobile infants – review of safeguarding policy")]
    for i, (k, v) in enumerate(rows, start=1):
        meta.cell(i, 0).text = k
        meta.cell(i, 1).text = v
        meta.cell(i, 0).paragraphs[0].runs[0].bold = True

    d.add_paragraph()
    d.add_paragraph(
        "Thank you for your request. Wiltshire Council holds the information you asked for. "
        "Your questions appear in the left-hand column of the table below, exactly as you "
        "wrote them, with our response alongside. Where a question concerns the safeguarding "
        "partnership, we have answered from the records the Council keeps as one of the "
        "three statutory safeguarding partners.")

    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, txt in ((0, "Your question"), (1, "Our response")):
        cell = t.cell(0, c)
        cell.text = ""
        add_text(cell.paragraphs[0], txt, bold=True)
        shade(cell, "3B5E2B")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, q in enumerate("12345", start=1):
        qc = t.cell(i, 0)
        qc.text = ""
        add_text(qc.paragraphs[0], REQ_Q[q])
        ac = t.cell(i, 1)
        ac.text = ""
        if q == "4":
            add_text(ac.paragraphs[0], A["4_lead"])
            for item in A["4_items"]:
                p = ac.add_paragraph(style="List Bullet")
                add_text(p, item)
        else:
            add_text(ac.paragraphs[0], A[q])
    for row in t.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(10.0)

    d.add_heading("Re-using this information", level=2)
    add_text(d.add_paragraph(),
             "Most information we release can be re-used under the Open Government Licence: "
             f"{OGL}")
    d.add_heading("If you are not satisfied", level=2)
    d.add_paragraph("You can ask us to look at our decision again. To do so:")
    for s in ("write to foi@wiltshire.gov.uk within 40 working days of this response;",
              "quote the reference FOI-2025-11-0341;",
              "tell us which parts of the response you disagree with and why."):
        d.add_paragraph(s, style="List Number")
    add_text(d.add_paragraph(),
             "If you remain unhappy after our review you may complain to the Information "
             f"Commissioner's Office: {ICO_COMPLAIN}")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Information Governance Team\nWiltshire Council").bold = True
    save_docx(d, out(fname))

    label(fname, "docx", "Wiltshire Council", "answered",
          {k: A[k] for k in "12345"}, ALL_ANSWERED,
          F("formal", "2022-11", "yes", "no", "yes", "yes", "no", "no", None),
          [url_proto, OGL, ICO_COMPLAIN])


# ======================================================================================
# 2. North Tyneside Council — PDF letter, questions in bold, answers beneath (answered)
# ======================================================================================
def doc_north_tyneside():
    fname = "north-tyneside-foi-letter.pdf"
    Q = {
        "1": "1. Did a review of your safeguarding policies take place after the Panel's "
             "guidance was published? If so, when, and what did it conclude?",
        "2": "2. Please provide any papers on the outcome of that review.",
        "3": "3. Does your policy require a section 47 investigation or strategy discussion "
             "in all cases?",
        "4": "4. What changes were made to achieve consistency with the evidence base and "
             "national guidelines?",
        "5": "5. Has your definition of 'not independently mobile' changed, and how is it "
             "defined now, including for babies who can roll and in relation to age?",
    }
    A = {
        "1": ("There was no formal review. The North Tyneside Safeguarding Children "
              "Partnership's Policy and Procedures Group considered the Panel's briefing at "
              "its meeting on 8 February 2023. Members compared the existing procedure on "
              "bruising in babies with the Panel's findings, agreed that it already met "
              "them, and so did not commission a review."),
        "2": ("No report was produced. The relevant entry in the notes of the 8 February "
              "2023 meeting reads: \"Group discussed national panel briefing on bruising in "
              "non-mobile babies. Current procedure already requires an initial assessment "
              "by a paediatrician and does not route every case to a section 47 enquiry. "
              "Agreed: no amendment needed at present; keep under review.\""),
        "3": ("No. The procedure requires every non-mobile baby with a bruise to be referred "
              "for a paediatric assessment. Whether a strategy discussion is then held "
              "depends on the outcome of that assessment and on what children's social care "
              "already know about the family."),
        "4": ("None. The group was satisfied that the procedure was already consistent with "
              "the evidence base and national guidelines."),
        "5": ("The definition has not changed. A baby who can roll over but is not yet "
              "crawling, shuffling on their bottom or pulling up to stand is still treated "
              "as non-mobile. Mobility is judged on what the individual baby can do; the "
              "procedure does not use age to decide it."),
    }
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    qst = ParagraphStyle("q", parent=base, fontName="Helvetica-Bold", spaceBefore=8,
                         spaceAfter=3)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=12)
    right = ParagraphStyle("r", parent=small, alignment=TA_RIGHT)

    def first(c, d_):
        w, h = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#00594f"))
        c.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(20 * mm, h - 15 * mm, "North Tyneside Council")
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, h - 22 * mm, "Law and Governance  ·  Information Governance Team")
        c.restoreState()

    def later(c, d_):
        w, h = A4
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#00594f"))
        c.drawString(20 * mm, h - 12 * mm, "North Tyneside Council – FOI reference 10457921")
        c.restoreState()

    story = [Spacer(1, 14 * mm),
             Paragraph("Quadrant, The Silverlink North<br/>Cobalt Business Park<br/>"
                       "North Tyneside NE27 0BY", right),
             Spacer(1, 4 * mm),
             Paragraph(f"{REQUESTER}<br/>By email: {REQUESTER_EMAIL}", small),
             Spacer(1, 4 * mm),
             Paragraph("Our reference: 10457921<br/>Date: 9th December 2025", small),
             Spacer(1, 6 * mm),
             Paragraph(f"Dear {REQUESTER},", base),
             Paragraph("<b>Request for information – bruising in non-mobile infants</b>", base),
             Paragraph("I am writing in response to your request, which we received on 11 "
                       "November 2025. I have set out your questions in bold below, with the "
                       "Council's response beneath each one.", base)]
    for k in "12345":
        story.append(Paragraph(esc(Q[k]), qst))
        story.append(Paragraph(linkify_rl(A[k]), base))
    story += [Spacer(1, 4 * mm),
              Paragraph("You may re-use the information in this letter under the Open "
                        f"Government Licence ({linkify_rl(OGL)}).", base),
              Paragraph("If you are unhappy with the way your request has been handled, you "
                        "can ask for an internal review by writing to the Information "
                        "Governance Manager at foi@northtyneside.gov.uk within 40 working days. "
                        "If you are still not satisfied after that, you can complain to the "
                        "Information Commissioner, Wycliffe House, Water Lane, Wilmslow, "
                        f"Cheshire SK9 5AF, or online at {linkify_rl(ICO_COMPLAIN)}.", base),
              Spacer(1, 6 * mm),
              Paragraph("Yours sincerely,", base), Spacer(1, 8 * mm),
              Paragraph("<b>P. Danby</b><br/>Information Governance Officer", base)]
    build_pdf(out(fname), story, title="FOI 10457921 – bruising in non-mobile infants",
              author="North Tyneside Council", on_first=first, on_later=later,
              canvasmaker=numbered_canvas("Page {page} of {total}"),
              margins=(20, 20, 30, 22))
    label(fname, "pdf", "North Tyneside Council", "answered", A, ALL_ANSWERED,
          F("informal", "2023-02", "yes", "no", "no", "no", "yes", "no", None),
          [OGL, ICO_COMPLAIN])


# ======================================================================================
# 3. Bristol City Council — email, answers inline after each quoted question (answered)
# ======================================================================================
def doc_bristol():
    fname = "bristol-inline-reply.eml"
    u1 = "https://www.proceduresonline.com/swcpp/bristol/p_bruising_non_mobile.html"
    u2 = "https://www.proceduresonline.com/swcpp/bristol/files/bruising_change_note.pdf"
    A = {
        "1": ("Yes. Bristol follows the South West Child Protection Procedures, and the "
              "regional editorial group reviewed the chapter on bruising in the spring of "
              "2023, with Keeping Bristol Safe Partnership taking part. The review judged the "
              "chapter broadly sound but concluded that parents needed better information "
              "and that the wording on when to seek a paediatric opinion should be sharpened."),
        "2": ("The amended chapter and the editorial group's note of changes are both "
              f"published: {u1} and {u2}"),
        "3": ("Yes. Under the procedure any bruise seen on a baby who is not independently "
              "mobile leads to a strategy discussion between children's social care, the "
              "police and health colleagues, even where a paediatrician thinks an innocent "
              "explanation is likely."),
        "4": ("The 2023 amendments added a leaflet for parents, tightened the guidance on "
              "when a paediatric opinion should be sought, and reminded practitioners to "
              "record the explanation given by the parent or carer word for word."),
        "5": ("There was no change to the definition. Every baby under six months old is "
              "treated as non-mobile whatever their development, and older babies are treated "
              "as non-mobile until they can crawl, cruise or bottom-shuffle. Rolling is not, "
              "on its own, treated as a sign of independent mobility."),
    }
    intro = (f"Dear {REQUESTER},\n\nThank you for your request for information, which we "
             "have handled under the Freedom of Information Act 2000. I have copied your "
             "questions below and put our answers underneath each one.")
    closing = ("Information released under the Act may be re-used under the Open Government "
               "Licence unless we tell you otherwise.\n\nIf you are not satisfied with this "
               "response, please reply to this email within 40 working days to ask for an "
               "internal review. After that, you may complain to the Information "
               f"Commissioner's Office ({ICO_HOME}).")
    sig = ("Kind regards\n\nJo Whitcombe\nInformation Rights Officer\nBristol City Council\n"
           "PO Box 3399, Bristol BS1 9NE")
    orig_hdr = ("-----Original Message-----\nFrom: Sam Rowe <sam.rowe.foi@example.org>\n"
                "Sent: 10 November 2025 09:12\nTo: FOI <foi@bristol.gov.uk>\n"
                "Subject: Freedom of Information request - Bruising in non-mobile infants")
    orig = requester_email_text("Bristol City Council")

    plain = [intro, ""]
    for k in "12345":
        plain.append("\n".join("> " + ln for ln in textwrap.wrap(REQ_Q[k], 74)))
        plain.append("")
        plain.append(A[k])
        plain.append("")
    plain += [closing, "", sig, "", "", orig_hdr, "", orig, "", SYNTH_LINE]
    plain_text = "\n".join(plain) + "\n"

    hparts = [f"<p>Dear {esc(REQUESTER)},</p>",
              "<p>Thank you for your request for information, which we have handled under the "
              "Freedom of Information Act 2000. I have copied your questions below and put our "
              "answers underneath each one.</p>"]
    for k in "12345":
        hparts.append('<blockquote style="border-left:3px solid #c00;margin:0 0 0 6px;'
                      f'padding-left:8px;color:#555">{esc(REQ_Q[k])}</blockquote>')
        hparts.append(f"<p>{linkify_html(A[k])}</p>")
    for para in closing.split("\n\n"):
        hparts.append(f"<p>{linkify_html(para)}</p>")
    hparts.append("<p>Kind regards</p><p><b>Jo Whitcombe</b><br>Information Rights Officer<br>"
                  "Bristol City Council<br>PO Box 3399, Bristol BS1 9NE</p>")
    hparts.append('<div style="border-top:1px solid #b5c4df;padding-top:6px">'
                  + "<br>".join(esc(l) for l in orig_hdr.split("\n")) + "<br><br>"
                  + "<br>".join(esc(l) for l in orig.split("\n")) + "</div>")
    hparts.append(f'<p style="font-size:8pt;color:#999">{esc(SYNTH_LINE)}</p>')
    html_text = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:"
                 "Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(hparts)
                 + "\n</body></html>\n")

    msg = EmailMessage()
    msg["From"] = "Bristol City Council Information Rights <foi@bristol.gov.uk>"
    msg["To"] = f"{REQUESTER} <{REQUESTER_EMAIL}>"
    msg["Subject"] = ("RE: Freedom of Information request - Bruising in non-mobile infants "
                      "[Ref: CAS-98213-K4Q7]")
    msg["Date"] = "Tue, 02 Dec 2025 14:21:07 +0000"
    msg["Message-ID"] = "<cas-98213-k4q7.reply@foi.bristol.example>"
    msg["In-Reply-To"] = "<rowe-bristol-20251110@example.org>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(plain_text, subtype="plain", cte="quoted-printable")
    msg.add_alternative(html_text, subtype="html", cte="quoted-printable")
    msg.set_boundary("----=_Part_bristol_0001")
    write_eml(msg, out(fname))
    label(fname, "eml", "Bristol City Council", "answered", A, ALL_ANSWERED,
          F("formal", "2023", "yes", "yes", "yes", "no", "yes", "yes", 6),
          [u1, u2, ICO_HOME])


# ======================================================================================
# 4. Kirklees Council — plain-text letter numbered (i)-(v) (answered)
# ======================================================================================
def doc_kirklees():
    fname = "kirklees-foi-letter.txt"
    uc = "https://westyorkscb.proceduresonline.com/chapters/p_bruising_non_mob.html"
    items = ["- The stepped process described at (i) was introduced.",
             "- A body map and a form for recording the carer's explanation were added to "
             "the practitioner toolkit.",
             "- The chapter now links to the Panel's briefing and to the relevant NICE and "
             "RCPCH guidance."]
    A = {
        "1": ("Yes. The West Yorkshire Consortium's procedures group carried out a review of "
              "the shared chapter on bruising in pre-mobile babies in December 2022, with "
              "Kirklees Safeguarding Children Partnership represented. It concluded that the "
              "chapter should keep its age-based approach but set out a stepped process, so "
              "that a paediatric opinion is obtained before anyone decides whether a child "
              "protection enquiry is needed."),
        "2": ("The paper the procedures group considered, 'Bruising in Non-Mobile Infants: "
              "review of the regional chapter' (December 2022), is attached as Appendix A."),
        "3": ("No, not in every case. A strategy discussion is held where the paediatric "
              "assessment does not rule out an inflicted injury, or where there are other "
              "worries about the family."),
        "4": "\n".join(items) + f"\nThe revised chapter is at {uc}",
        "5": ("Yes. The definition was rewritten as part of the review. The protocol applies "
              "to all infants below the age of one, and every infant in that age group is "
              "treated as not independently mobile whatever their stage of development; this "
              "includes babies who have begun to roll. Practitioners are also asked to take "
              "the same care with an older child who cannot move about independently, for "
              "example because of a disability."),
    }
    heads = {"1": "Review", "2": "Papers", "3": "Section 47 / strategy discussion",
             "4": "Changes", "5": "Definition of 'not independently mobile'"}
    roman = {"1": "(i)", "2": "(ii)", "3": "(iii)", "4": "(iv)", "5": "(v)"}
    lines = ["KIRKLEES COUNCIL",
             "Information Governance, Civic Centre 1, High Street, Huddersfield HD1 2NF",
             "", "Ref: FOI/25/1187", "Date: 05/12/2025", "",
             "Dear Requester,", "",
             "Freedom of Information Act 2000 - your request about bruising in non-mobile "
             "infants", "",
             wrap("You asked us five questions following the Child Safeguarding Practice "
                  "Review Panel's briefing of 29 September 2022. Kirklees Council's response "
                  "to each is below, numbered (i) to (v) to match the order of your questions."),
             ""]
    for k in "12345":
        lines.append(f"{roman[k]} {heads[k]}")
        if k == "4":
            for it in items:
                lines.append(wrap(it, 78, "").replace("\n", "\n  "))
            lines.append(f"The revised chapter is at {uc}")
        else:
            lines.append(wrap(A[k]))
        lines.append("")
    lines += [wrap("You can re-use this information under the Open Government Licence: "
                   f"{OGL}"), "",
              wrap("If you are unhappy with this response you may ask for an internal "
                   "review by emailing foi@kirklees.gov.uk. If you remain dissatisfied you "
                   "can then contact the Information Commissioner's Office, Wycliffe House, "
                   f"Water Lane, Wilmslow, Cheshire SK9 5AF, {ICO_HOME}"), "",
              "Yours faithfully,", "", "Information Governance Team", "Kirklees Council",
              "", "Enc: Appendix A", "", SYNTH_LINE, ""]
    write_text(out(fname), "\n".join(lines))
    label(fname, "txt", "Kirklees Council", "answered", A, ALL_ANSWERED,
          F("formal", "2022-12", "yes", "no", "yes", "yes", "yes", "yes", 12),
          [uc, OGL, ICO_HOME])


# ======================================================================================
# 5. London Borough of Camden — web page, Request and Response sections (answered, none)
# ======================================================================================
def doc_camden():
    fname = "camden-disclosure-page.html"
    ul = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising_non_mobile.html"
    A = {
        "1": ("No. Camden applies the London Safeguarding Children Procedures. Neither the "
              "Camden Safeguarding Children Partnership nor the Council reviewed the bruising "
              "guidance because of the Panel's briefing, and the briefing was not put to any "
              "meeting for discussion."),
        "2": "Not applicable, because no review took place.",
        "3": ("No. The London procedures ask for a paediatric assessment first; a strategy "
              "discussion is convened where that assessment or other information suggests "
              f"the injury may not be accidental. The procedure can be read at {ul}"),
        "4": "None were made.",
        "5": ("The definition has not changed. The procedures describe a non-mobile baby as "
              "one who cannot yet get about on their own, for example by crawling or "
              "cruising, and they do not set an age limit. They say nothing specific about "
              "babies who can roll."),
    }
    heads = {"1": "1. Review of policies after the Panel's guidance",
             "2": "2. Papers on the outcome", "3": "3. Section 47 or strategy discussion",
             "4": "4. Changes made", "5": "5. Definition of non-mobile"}
    req = ("<p>" + esc(REQ_INTRO) + "</p><p>Please answer the following:</p><ol>"
           + "".join(f"<li>{esc(REQ_Q[k])}</li>" for k in "12345") + "</ol>")
    resp = "".join(f"<h3>{esc(heads[k])}</h3><p>{linkify_html(A[k])}</p>" for k in "12345")
    resp += (f"<p>Information in this response may be re-used under the "
             f"<a href=\"{OGL}\">Open Government Licence</a> ({esc(OGL)}).</p>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<!-- {SYNTH_LINE} -->
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants – safeguarding policy review | Camden Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1b1b1b}}
.cookie{{background:#222;color:#fff;padding:12px 24px}} .cookie button{{margin-left:12px}}
header{{background:#000;color:#fff;padding:14px 24px}} header nav a{{color:#fff;margin-right:18px}}
.crumbs{{padding:8px 24px;font-size:14px}} main{{padding:0 24px 24px;max-width:860px}}
.meta dt{{font-weight:bold}} footer{{background:#f3f2f1;padding:18px 24px;font-size:13px}}
</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookie banner">We use cookies to make this site
work and to understand how you use it. <a href="/cookies" style="color:#9cf">Cookie policy</a>
<button>Accept all</button><button>Reject optional cookies</button></div>
<header><strong>Camden</strong>
<nav><a href="/">Home</a><a href="/services">Services</a><a href="/council-and-democracy">Council
and democracy</a><a href="/contact-camden">Contact us</a><a href="/search">Search</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/council-and-democracy">Council and
democracy</a> &rsaquo; <a href="/freedom-of-information">Freedom of information</a> &rsaquo;
<a href="/foi-disclosure-log">Disclosure log</a> &rsaquo; CAM/FOI/2025/4412</div>
<main>
<h1>Bruising in non-mobile infants – safeguarding policy review</h1>
<dl class="meta"><dt>Reference</dt><dd>CAM/FOI/2025/4412</dd>
<dt>Date published</dt><dd>28 November 2025</dd><dt>Service</dt><dd>Children and Learning</dd></dl>
<section id="request"><h2>Request</h2>
{req}
</section>
<section id="response"><h2>Response</h2>
<p>Camden Council has considered your request and responds as follows.</p>
{resp}
</section>
<p><a href="/foi-disclosure-log">Back to the disclosure log</a></p>
</main>
<footer><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> ·
<a href="/cookies">Cookies</a> · © Camden Council, 5 Pancras Square, London N1C 4AG</footer>
</body>
</html>
"""
    write_text(out(fname), page)
    label(fname, "html", "London Borough of Camden", "answered", A, ALL_ANSWERED,
          F("none", None, "no", "no", "no", "no", "not_stated", "no", None),
          [ul, OGL])


# ======================================================================================
# 6. Norfolk County Council — Word letter, "In answer to questions 3 and 4" (answered)
# ======================================================================================
def doc_norfolk():
    fname = "norfolk-foi-response.docx"
    up = "https://www.norfolklscp.org.uk/practitioners/bruising-protocol"
    a1_lead = ("The Norfolk Safeguarding Children Partnership commissioned a review of its "
               "protocol for bruising in non-mobile babies after the Panel's briefing. The "
               "review reported to the partnership's Safeguarding Practice Group in July 2023 "
               "and concluded that:")
    a1_items = ["the protocol should stop routing every case straight to a strategy "
                "discussion and should begin with a health-led appraisal;",
                "the description of mobility should follow the Panel's wording;",
                "parents should be given written information at the start of the process."]
    A = {"1": a1_lead + "\n" + "\n".join(a1_items),
         "2": ("The report presented to the Safeguarding Practice Group in July 2023 is "
               f"attached to this letter. The revised protocol is published at {up}"),
         "34": ("In answer to questions 3 and 4, the revised protocol no longer requires a "
                "strategy discussion or a section 47 enquiry in every case. A paediatrician "
                "now carries out an initial appraisal, and children's social care decide with "
                "health colleagues whether a strategy discussion is needed. That appraisal "
                "step, together with an information sheet for parents and a checklist for "
                "practitioners, were the changes made to bring the protocol into line with "
                "the evidence base and national guidance."),
         "5": ("Yes, the definition was changed in the revised protocol. Once an infant can "
               "roll from front to back or back to front, the protocol no longer treats them "
               "as non-mobile, and the same applies to crawling, shuffling and cruising. The "
               "definition depends on the child's development and not on their age.")}
    d = docx.Document()
    docx_props(d, "NCC/FOI/9931-25", "Norfolk County Council Information Compliance")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Norfolk County Council\tInformation Compliance\tCounty Hall, Norwich NR1 2DH"
    for r in hdr.runs:
        r.font.size = Pt(8.5)
    docx_footer(d, "NCC/FOI/9931-25", page_fmt=("page ", ""))

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Our ref: NCC/FOI/9931-25\nDate: 17 December 2025\n"
              "Contact: Information Compliance Team")
    d.add_paragraph(f"{REQUESTER}\n{REQUESTER_EMAIL}")
    d.add_paragraph(f"Dear {REQUESTER}")
    d.add_heading("Your request: bruising in non-mobile infants", level=2)
    d.add_paragraph("Thank you for your request under the Freedom of Information Act 2000. "
                    "You asked us:")
    for k in "12345":
        para = d.add_paragraph(style="List Number")
        add_text(para, REQ_Q[k], bold=True)
    d.add_heading("Our response", level=2)
    p = d.add_paragraph()
    p.add_run("Question 1. ").bold = True
    add_text(p, a1_lead)
    for it in a1_items:
        add_text(d.add_paragraph(style="List Bullet"), it)
    p = d.add_paragraph()
    p.add_run("Question 2. ").bold = True
    add_text(p, A["2"])
    add_text(d.add_paragraph(), A["34"])
    p = d.add_paragraph()
    p.add_run("Question 5. ").bold = True
    add_text(p, A["5"])
    d.add_heading("Your rights", level=3)
    add_text(d.add_paragraph(),
             "You are free to re-use the information supplied under the terms of the Open "
             f"Government Licence, {OGL}")
    add_text(d.add_paragraph(),
             "If you are dissatisfied with our response you can request an internal review "
             "by contacting the Information Compliance Team at the address above. You also "
             "have the right to complain to the Information Commissioner, whose website is "
             f"{ICO_HOME}")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Rachel Eldridge\nInformation Compliance Officer")
    d.add_paragraph("Enc. Report to the Safeguarding Practice Group, July 2023")
    save_docx(d, out(fname))
    answers = {"1": A["1"], "2": A["2"], "3": A["34"], "4": A["34"], "5": A["5"]}
    label(fname, "docx", "Norfolk County Council", "answered", answers, ALL_ANSWERED,
          F("formal", "2023-07", "yes", "no", "yes", "yes", "no", "no", None),
          [up, OGL, ICO_HOME])


# ======================================================================================
# 7. Devon County Council — PDF prose letter, answers out of order, future review
# ======================================================================================
def doc_devon():
    fname = "devon-prose-letter.pdf"
    um = "https://www.devonchildrenandfamiliespartnership.org.uk/minutes/ppsg-2023-05"
    A = {
        "5": ("Devon's definition of a non-mobile baby did change. Under the protocol as "
              "revised in 2023 we treat any baby younger than six months as non-mobile, and "
              "an older baby is treated as non-mobile until they can crawl, cruise or "
              "bottom-shuffle; we do not count rolling as mobility."),
        "3": ("As for strategy discussions, the protocol does not require a section 47 "
              "enquiry or a strategy discussion in every case. Each baby is first seen by a "
              "paediatrician, and the decision about a strategy discussion is taken "
              "afterwards with children's social care."),
        "1": ("Turning to your first question, the Devon Children and Families Partnership "
              "did carry out a formal review of the protocol. Its Policy and Procedures "
              "Subgroup completed the review in May 2023 and concluded that the protocol "
              "should keep a low threshold for seeking a paediatric opinion but should stop "
              "treating every bruise as grounds for child protection enquiries. The "
              "partnership is now considering a further review in the light of NICE's "
              "December 2025 update to guideline CG89, provisionally planned for June 2026."),
        "4": ("The changes that followed were the paediatric first step described above, the "
              "revised definition, and new guidance for practitioners on how to talk with "
              "parents while enquiries are made."),
        "2": ("The minutes of the subgroup's May 2023 meeting, which record the outcome, are "
              f"published on the partnership's website at {um}"),
    }
    body = ParagraphStyle("t", fontName="Times-Roman", fontSize=11.5, leading=15.5,
                          alignment=TA_JUSTIFY, spaceAfter=9)
    small = ParagraphStyle("ts", parent=body, fontSize=10, leading=13, alignment=0,
                           spaceAfter=2)

    def first(c, d_):
        w, h = A4
        c.saveState()
        c.setFont("Times-Bold", 18)
        c.drawRightString(w - 22 * mm, h - 20 * mm, "Devon County Council")
        c.setFont("Times-Italic", 9.5)
        c.drawRightString(w - 22 * mm, h - 26 * mm, "Information Governance · County Hall · "
                          "Topsham Road · Exeter EX2 4QD")
        c.setStrokeColor(colors.HexColor("#2f6f3e"))
        c.setLineWidth(1.2)
        c.line(22 * mm, h - 30 * mm, w - 22 * mm, h - 30 * mm)
        c.restoreState()

    def later(c, d_):
        w, h = A4
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.drawString(22 * mm, h - 14 * mm, "Devon County Council — DCC/IG/FOI-0117732")
        c.restoreState()

    story = [Spacer(1, 12 * mm),
             Paragraph("Our reference: DCC/IG/FOI-0117732", small),
             Paragraph("14th January 2026", small), Spacer(1, 6 * mm),
             Paragraph(f"Dear {REQUESTER},", body),
             Paragraph("<b>Re: Bruising in non-mobile infants – Freedom of Information "
                       "request</b>", body),
             Paragraph("Thank you for your email of 12 November 2025 and for your patience "
                       "while we gathered the information, which took longer than we would "
                       "have liked. It may help if I start with the definition, because most "
                       "of your other questions turn on it.", body)]
    for k in ("5", "3", "1", "4", "2"):
        story.append(Paragraph(linkify_rl(A[k]), body))
    story += [PageBreak(),
              Paragraph("The information in this letter may be re-used under the Open "
                        "Government Licence. If you are unhappy with how we have dealt with "
                        "your request, you may ask for an internal review by writing to the "
                        "Information Governance Team at County Hall within 40 working days. "
                        "You may also complain to the Information Commissioner's Office "
                        f"({linkify_rl(ICO_COMPLAIN)}), although the Commissioner will "
                        "normally expect you to have used our review process first.", body),
              Spacer(1, 4 * mm), Paragraph("Yours sincerely,", body), Spacer(1, 10 * mm),
              Paragraph("<b>Helen Tregear</b><br/>Information Governance Adviser<br/>"
                        "on behalf of Children's Services", body)]
    build_pdf(out(fname), story, title="DCC/IG/FOI-0117732", author="Devon County Council",
              on_first=first, on_later=later,
              canvasmaker=numbered_canvas("- {page} -", font="Times-Roman", size=9,
                                          align="center", synth_font="Times-Italic"),
              margins=(22, 22, 32, 24))
    label(fname, "pdf", "Devon County Council", "answered", A, ALL_ANSWERED,
          F("formal", "2023-05", "yes", "no", "yes", "yes", "yes", "yes", 6),
          [um, ICO_COMPLAIN])


# ======================================================================================
# 8. Cheshire West and Chester Council — Word prose letter, answers out of order
# ======================================================================================
def doc_cheshire_west():
    fname = "cheshire-west-prose-letter.docx"
    upc = "https://pancheshirescb.proceduresonline.com/p_bruising_immobile.html"
    A = {
        "3": ("The short answer to your question about section 47 is yes: under the "
              "Pan-Cheshire procedure every bruised baby who is not independently mobile is "
              "discussed at a strategy discussion, whatever explanation is offered, and a "
              "paediatric examination is arranged in every case. The procedure can be read "
              f"at {upc}"),
        "5": ("The definition has stayed as it was. Babies who have learnt to roll over still "
              "fall within the pre-mobile group, because the procedure only regards a child "
              "as mobile once they can crawl, bottom-shuffle or pull themselves up. Age is "
              "not part of the test."),
        "1": ("On whether there was a review: there was no formal one. The Pan-Cheshire "
              "Policy and Procedures Group discussed the briefing at its meeting in December "
              "2022, agreed that the existing procedure was safe and consistent with it, and "
              "decided that a formal review was not needed."),
        "4": "As a result, no changes were made.",
        "2": ("An extract from the group's action log recording that decision is enclosed "
              "with this letter."),
    }
    d = docx.Document()
    docx_props(d, "CWAC-FOI-2025-07785", "Cheshire West and Chester Council")
    st = d.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Cheshire West and Chester Council"
    hp.runs[0].bold = True
    hp.runs[0].font.size = Pt(14)
    hp.runs[0].font.color.rgb = RGBColor(0x00, 0x5A, 0x8B)
    hp2 = sec.header.add_paragraph("Governance · Information Management · "
                                   "4 Civic Way, Ellesmere Port CH65 0BE")
    hp2.runs[0].font.size = Pt(8)
    docx_footer(d, "CWAC-FOI-2025-07785")

    t = d.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate([("Reference", "CWAC-FOI-2025-07785"),
                                ("Date", "8 January 2026"),
                                ("Subject", "Bruising in non-mobile infants")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("I have now been able to look into the questions you raised about the "
                    "Child Safeguarding Practice Review Panel's briefing on bruising in "
                    "non-mobile infants. Rather than take them strictly in order, I have "
                    "started with the points that matter most in day-to-day practice.")
    for k in ("3", "5", "1", "4", "2"):
        add_text(d.add_paragraph(), A[k])
    add_text(d.add_paragraph(),
             "If you are unhappy with this reply you may ask for an internal review within "
             "40 working days by writing to foi@cheshirewestandchester.gov.uk. You may then "
             f"refer the matter to the Information Commissioner: {ICO_HOME}")
    d.add_paragraph("Yours faithfully,")
    p = d.add_paragraph()
    p.add_run("Mark Ashworth").bold = True
    p.add_run("\nInformation Management Officer")
    save_docx(d, out(fname))
    label(fname, "docx", "Cheshire West and Chester Council", "answered", A, ALL_ANSWERED,
          F("informal", "2022-12", "yes", "yes", "no", "no", "yes", "no", None),
          [upc, ICO_HOME])


# ======================================================================================
# 9. Birmingham City Council — email whose answers are only in an attached PDF
# ======================================================================================
def doc_birmingham():
    fname = "birmingham-attached-letter.eml"
    uw1 = "https://westmidlands.procedures.org.uk/chapter/bruising-in-non-mobile-babies"
    uw2 = "https://westmidlands.procedures.org.uk/amendments/january-2023"
    A = {
        "1": ("Yes. The West Midlands regional child protection procedures group revisited "
              "the guidance, with Birmingham Safeguarding Children Partnership taking part, "
              "and finished its work in January 2023. It concluded that the regional chapter "
              "on bruising in babies should include a clearer step for paediatric assessment "
              "and should describe mobility more precisely."),
        "2": (f"The revised chapter, which records the outcome, is available at {uw1} and a "
              f"summary of the amendments is published at {uw2}"),
        "3": ("No. A strategy discussion is arranged when the paediatric assessment, or other "
              "information, gives cause for concern. It is not automatic."),
        "4": ("The chapter now includes a paediatric assessment step, a flowchart for "
              "practitioners, and a section on keeping parents informed."),
        "5": ("Yes, it changed. An infant who has started to roll over is considered mobile "
              "for the purposes of the chapter. Age is not used to decide whether a child is "
              "mobile."),
    }
    Qp = {"1": "Whether there was a review after the Panel's guidance, when, and its conclusions",
          "2": "Any papers on the outcome of the review",
          "3": "Whether a section 47 investigation or strategy discussion is required in all cases",
          "4": "Changes made for consistency with the evidence base and national guidelines",
          "5": "Changes to the definition of 'not independently mobile', rolling and age"}
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    h = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11,
                       textColor=colors.HexColor("#253a7a"), spaceBefore=8, spaceAfter=2)
    it = ParagraphStyle("i", parent=base, fontName="Helvetica-Oblique", textColor=colors.grey)

    def first(c, d_):
        w, hh = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#253a7a"))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(20 * mm, hh - 18 * mm, "Birmingham City Council")
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, hh - 24 * mm, "Corporate Information Governance Team · "
                     "PO Box 16306 · Birmingham B2 2XR")
        c.restoreState()

    story = [Spacer(1, 10 * mm),
             Paragraph("Freedom of Information request FOI/BCC/25/3316", h),
             Paragraph("Date of response: 4 December 2025", base),
             Paragraph(f"Dear {REQUESTER},", base),
             Paragraph("Thank you for your request received on 10 November 2025. Birmingham "
                       "City Council holds the information and our response to each part "
                       "is given below.", base)]
    for k in "12345":
        story.append(Paragraph(f"Question {k}", h))
        story.append(Paragraph(esc(Qp[k]), it))
        story.append(Paragraph(linkify_rl(A[k]), base))
    story += [Paragraph("Please contact us if you would like an internal review of this "
                        "decision. If you are still unhappy afterwards, the Information "
                        f"Commissioner's details are at {linkify_rl(ICO_HOME)}", base),
              Paragraph("Corporate Information Governance Team", base)]
    buf = io.BytesIO()
    build_pdf(buf, story, title="FOI/BCC/25/3316 response", author="Birmingham City Council",
              on_first=first, canvasmaker=numbered_canvas("Page {page}"))
    pdf_bytes = buf.getvalue()

    body = (f"Dear {REQUESTER},\n\nPlease find attached the Council's response to your "
            "Freedom of Information request, reference FOI/BCC/25/3316.\n\n"
            "Kind regards,\n\nCorporate Information Governance Team\nBirmingham City Council\n"
            "Tel: 0121 303 0000\n\n"
            "________________________________\n"
            f"From: {REQUESTER} <{REQUESTER_EMAIL}>\nSent: Monday, 10 November 2025 09:04\n"
            "To: Information Governance <foi@birmingham.gov.uk>\n"
            "Subject: Freedom of Information request - Bruising in non-mobile infants\n\n"
            + requester_email_text("Birmingham City Council") + "\n\n" + SYNTH_LINE + "\n")
    msg = MIMEMultipart("mixed", boundary="===============bcc3316mixed==")
    msg["From"] = "Corporate Information Governance <foi@birmingham.gov.uk>"
    msg["To"] = REQUESTER_EMAIL
    msg["Subject"] = "FOI/BCC/25/3316 - Response"
    msg["Date"] = "Thu, 04 Dec 2025 11:02:45 +0000"
    msg["Message-ID"] = "<foi-bcc-25-3316@birmingham.example>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.attach(MIMEText(body, "plain", "utf-8"))
    att = MIMEApplication(pdf_bytes, _subtype="pdf")
    att.add_header("Content-Disposition", "attachment",
                   filename="FOI-BCC-25-3316-response.pdf")
    msg.attach(att)
    write_eml(msg, out(fname))
    label(fname, "eml", "Birmingham City Council", "answered", A, ALL_ANSWERED,
          F("formal", "2023-01", "yes", "no", "yes", "yes", "no", "no", None),
          [uw1, uw2, ICO_HOME])


# ======================================================================================
# 10. Herefordshire Council — disclosure-log page; Q2 withheld under s22(1) (partial)
# ======================================================================================
def doc_herefordshire():
    fname = "herefordshire-disclosure-log.html"
    uh = "https://herefordshiresafeguardingboards.org.uk/procedures/bruising-protocol"
    A = {
        "1": ("Yes. The Herefordshire Safeguarding Children Partnership's policy and "
              "procedures subgroup reviewed the local bruising protocol in March 2023. It "
              "concluded that a paediatric appraisal should come before any strategy "
              "discussion, and that parents should be told clearly what would happen next."),
        "2": ("We hold the subgroup's review report. However, the partnership intends to "
              "publish it, together with a 2025 update, on its website by the end of March "
              "2026, and we consider it reasonable to withhold it until then. The report is "
              "therefore exempt under section 22(1) of the Freedom of Information Act "
              "(information intended for future publication). We have weighed the public "
              "interest in early release against the benefit of publishing the report in "
              "full and in context, and concluded that the balance favours withholding it "
              "for now."),
        "3": ("No. Since the review, a strategy discussion takes place only where the "
              "paediatric appraisal or other information suggests that the baby may have been "
              f"harmed. The protocol is at {uh}"),
        "4": ("The paediatric appraisal step and a leaflet for parents were introduced in "
              "2023."),
        "5": ("No, the definition was not changed. Babies who roll remain within the scope of "
              "the protocol as non-mobile; a child is regarded as mobile once they can crawl, "
              "shuffle or cruise. Age does not determine it."),
    }
    req_html = ("<p>Dear Herefordshire Council,</p><p>" + esc(REQ_INTRO) + "</p>"
                + "".join(f"<p>{k}. {esc(REQ_Q[k])}</p>" for k in "12345"))
    resp_html = "".join(f"<p><strong>Question {k}</strong></p><p>{linkify_html(A[k])}</p>"
                        for k in "12345")
    resp_html += ("<p>If you are unhappy with this response you can ask for an internal "
                  "review. You may also contact the Information Commissioner: "
                  f"{linkify_html(ICO_COMPLAIN)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants - Herefordshire Council Disclosure Log</title>
<!-- {SYNTH_LINE} -->
<style>
body{{font-family:"Segoe UI",Arial,sans-serif;background:#fafafa;margin:0}}
.topbar{{background:#33403b;color:#fff;padding:10px 30px}} .topbar a{{color:#fff}}
.wrap{{max-width:900px;margin:20px auto;background:#fff;padding:24px 30px;border:1px solid #ddd}}
.kv td{{padding:3px 14px 3px 0}} .sec{{border-top:2px solid #5c8a3a;margin-top:22px}}
.foot{{text-align:center;font-size:12px;color:#666;padding:20px}}
</style>
</head>
<body>
<div class="topbar"><a href="/">Herefordshire Council Disclosure Log</a> |
<a href="/disclosures">All disclosures</a> | <a href="/search">Search</a> |
<a href="/about">About this site</a></div>
<div class="wrap">
<p><a href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">&larr; Back to results</a></p>
<h1>Bruising in non-mobile infants</h1>
<table class="kv">
<tr><td><b>Case reference</b></td><td>HC-FOI-2025-1104</td></tr>
<tr><td><b>Received</b></td><td>11/11/2025</td></tr>
<tr><td><b>Published</b></td><td>09/12/2025</td></tr>
<tr><td><b>Category</b></td><td>Children and families</td></tr>
</table>
<div class="sec"><h2>Request</h2>
{req_html}
</div>
<div class="sec"><h2>Response</h2>
{resp_html}
</div>
</div>
<div class="foot">Herefordshire Council, Plough Lane, Hereford HR4 0LE ·
<a href="/privacy">Privacy notice</a> · <a href="/cookies">Cookies</a></div>
</body>
</html>
"""
    write_text(out(fname), page)
    status = dict(ALL_ANSWERED, **{"2": "refused"})
    label(fname, "html", "Herefordshire Council", "partial", A, status,
          F("formal", "2023-03", "no", "no", "yes", "no", "yes", "no", None),
          [uh, ICO_COMPLAIN], exemptions=["s22(1)"])


# ======================================================================================
# 11. Lincolnshire County Council — PDF with a question/response table; Q4 not held
# ======================================================================================
def doc_lincolnshire():
    fname = "lincolnshire-foi-table.pdf"
    ul = "https://www.lincolnshire.gov.uk/lscp-bruising-procedure"
    A = {
        "1": ("Yes. The Lincolnshire Safeguarding Children Partnership reviewed its procedure "
              "on bruising in children who are not independently mobile in October 2022, a "
              "few weeks after the briefing appeared. The review found that the procedure was "
              "broadly consistent with the Panel's messages."),
        "2": ("The review summary presented to the partnership's Procedures Subgroup is "
              "attached."),
        "3": ("No. An initial health appraisal determines whether a strategy discussion is "
              "needed."),
        "4": ("Lincolnshire County Council does not hold this information. The procedure's "
              "version history before April 2024 was not retained, and we have found no "
              "record of what, if anything, was altered after the review."),
        "5": ("The definition has not changed. A child is regarded as not independently "
              "mobile if they cannot yet move about by themselves. The definition is not tied "
              "to age; practitioners look at what the individual child can actually do. The "
              f"procedure is published at {ul}"),
    }
    Qs = {"1": "Was there a review of your safeguarding policies after the guidance, when, "
               "and what did it conclude?",
          "2": "Papers giving information on the outcome of the review.",
          "3": "Does the policy require a s47 investigation or strategy discussion in all "
               "cases?",
          "4": "Changes made for consistency with the evidence base and national guidelines.",
          "5": "Changes to the definition of 'not independently mobile'; rolling; age."}
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13)
    bold = ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold")
    hdr = ParagraphStyle("hh", parent=bold, textColor=colors.white)
    body = ParagraphStyle("bd", parent=base, spaceAfter=6, fontSize=10, leading=14)

    def page(c, d_):
        w, h = A4
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.setFillColor(colors.HexColor("#6b1d5b"))
        c.drawString(18 * mm, h - 15 * mm, "LINCOLNSHIRE COUNTY COUNCIL")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawRightString(w - 18 * mm, h - 15 * mm, "LCC FOI 2025-6674  |  OFFICIAL")
        c.line(18 * mm, h - 18 * mm, w - 18 * mm, h - 18 * mm)
        c.restoreState()

    rows = [[Paragraph("No.", hdr), Paragraph("Question", hdr), Paragraph("Response", hdr)]]
    for k in "12345":
        rows.append([Paragraph(k, bold), Paragraph(esc(Qs[k]), bold),
                     Paragraph(linkify_rl(A[k]), base)])
    t = Table(rows, colWidths=[10 * mm, 48 * mm, 116 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#6b1d5b")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 1), (1, -1), colors.HexColor("#f3eaf1")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story = [Spacer(1, 4 * mm),
             Paragraph("Information Governance, County Offices, Newland, Lincoln LN1 1YL", base),
             Spacer(1, 4 * mm),
             Paragraph("Date: 22/12/2025", body),
             Paragraph("Dear Sir/Madam,", body),
             Paragraph("<b>Freedom of Information Act 2000 – request LCC FOI 2025-6674</b>", body),
             Paragraph("Thank you for your request of 10/11/2025 about the review of "
                       "policies on bruising in non-mobile infants. Our response is set out "
                       "in the table below.", body),
             t, Spacer(1, 6 * mm),
             Paragraph("If you are dissatisfied with the handling of your request you may "
                       "ask for an internal review within two months of the date of this "
                       "letter. If you are still dissatisfied you may apply to the "
                       f"Information Commissioner at {linkify_rl(ICO_COMPLAIN)}", body),
             Paragraph("Yours faithfully,", body), Spacer(1, 6 * mm),
             Paragraph("Information Governance Officer<br/>Lincolnshire County Council", body)]
    build_pdf(out(fname), story, title="LCC FOI 2025-6674", author="Lincolnshire County Council",
              on_first=page, on_later=page,
              canvasmaker=numbered_canvas("Page {page} of {total}", align="center"),
              margins=(18, 18, 24, 22))
    status = dict(ALL_ANSWERED, **{"4": "not_held"})
    label(fname, "pdf", "Lincolnshire County Council", "partial", A, status,
          F("formal", "2022-10", "yes", "no", "not_stated", "no", "not_stated", "no", None),
          [ul, ICO_COMPLAIN])


# ======================================================================================
# 12. Lancashire County Council — case-system text export; Q5 pointed to the ICB
# ======================================================================================
def doc_lancashire():
    fname = "lancashire-case-export.txt"
    uicb = "https://www.lancashireandsouthcumbria.icb.nhs.uk/about-us/freedom-information"
    A = {
        "1": ("The guidance was not formally reviewed. It was noted and discussed at the "
              "Children's Safeguarding Assurance Partnership business group on 19 January "
              "2023, which agreed that the pan-Lancashire procedure already reflected the "
              "Panel's messages."),
        "2": ("Extract from the business group note, 19/01/2023: 'Panel briefing on bruising "
              "in non-mobile infants noted. Procedure already requires a strategy discussion "
              "in all cases and a paediatric examination. No change required at this time.'"),
        "3": ("Yes. The procedure requires a strategy discussion for every non-mobile infant "
              "who presents with bruising."),
        "4": "No changes were made.",
        "5": ("The definition used in the bruising pathway is set and maintained by health "
              "partners rather than by the County Council. That information is held by NHS "
              "Lancashire and South Cumbria Integrated Care Board, and you may wish to direct "
              f"this part of your request to the ICB: {uicb}"),
    }
    bar = "=" * 72
    rule = "-" * 72
    L = [bar, "LANCASHIRE COUNTY COUNCIL - INFORMATION GOVERNANCE",
         "Case Management System :: Response Export", bar,
         "Case Reference  : LCC-FOI-2025-118842",
         "Case Type       : Freedom of Information (FOIA 2000)",
         "Received        : 2025-11-10",
         "Due             : 2025-12-08",
         "Closed          : 2025-12-05",
         "Subject         : Bruising in non-mobile infants - LSCP policy review",
         "Directorate     : Education and Children's Services",
         "Outcome code    : PART-INFO-PROVIDED", rule,
         "REQUEST SUMMARY",
         wrap("Requester asks five questions about the review of safeguarding policy on "
              "bruising in non-mobile infants following the national Panel's briefing "
              "(Sept 2022): review and conclusions; papers; s47/strategy discussion in all "
              "cases; changes made; definition of not independently mobile (rolling, age)."),
         rule, "RESPONSE TEXT", "",
         "Dear Requester,", "",
         wrap("Thank you for your request for information. Lancashire County Council's "
              "response is set out below."), ""]
    Qs = {"1": "Review after the Panel guidance - when and conclusions",
          "2": "Papers on the outcome", "3": "s47 / strategy discussion in all cases?",
          "4": "Changes made", "5": "Definition of not independently mobile"}
    for k in "12345":
        L.append(f"Q{k}. {Qs[k]}")
        L.append(wrap("A: " + A[k], 78).replace("\n", "\n   "))
        L.append("")
    L += [wrap("You may re-use this information under the Open Government Licence. If you "
               "are unhappy with this response, please ask for an internal review within 40 "
               "working days. You can also contact the Information Commissioner's Office at "
               f"{ICO_HOME}"), "",
          "Information Governance Team", "Lancashire County Council", "",
          rule, "ATTACHMENTS: none", "--- END OF EXPORT ---", "", SYNTH_LINE, ""]
    write_text(out(fname), "\n".join(L))
    status = dict(ALL_ANSWERED, **{"5": "redirected"})
    label(fname, "txt", "Lancashire County Council", "partial", A, status,
          F("informal", "2023-01", "yes", "yes", "no", "not_stated", "not_stated",
            "not_stated", None),
          [uicb, ICO_HOME])


# ======================================================================================
# 13. Surrey County Council — HTML-only email (base64), whole request refused under s12
# ======================================================================================
def doc_surrey():
    fname = "surrey-refusal.eml"
    usg = "https://www.surreycc.gov.uk/council-and-democracy/freedom-of-information"
    para = [
        f"Dear {REQUESTER},",
        "<b>Freedom of Information request FOI-SCC-2025-20931: bruising in non-mobile "
        "infants</b>",
        "Thank you for your request received on 10 November 2025.",
        "I am sorry to tell you that we cannot comply with your request. To answer all five "
        "questions we would need to search the records of the Children's Services policy "
        "team, the safeguarding partnership business unit and several health-led working "
        "groups over a period of more than three years, including the mailboxes of officers "
        "who have since left the Council. We estimate that locating and extracting this "
        "information would take well over 18 hours of staff time.",
        "Section 12 of the Freedom of Information Act 2000 allows a public authority to "
        "refuse a request where the cost of compliance would exceed the appropriate limit, "
        "which for local authorities is £450 (18 hours at £25 per hour). This email is "
        "therefore a refusal notice under section 17(5) of the Act.",
        "Advice and assistance: you may wish to submit a narrower request, for example "
        "about the procedure that is in force today rather than the history of its review. "
        f"Guidance on making a request is available at {usg}",
        "If you are unhappy with this decision you may ask for an internal review within 40 "
        "working days. If you remain dissatisfied you can complain to the Information "
        f"Commissioner's Office: {ICO_COMPLAIN}",
    ]
    body = "".join(f"<p>{p if p.startswith('<b>') else linkify_html(p)}</p>" for p in para)
    sig = ("<table style=\"border-top:2px solid #00857c;margin-top:14px\"><tr><td>"
           "<b>Priya Mistry</b><br>Information Governance Officer<br>Surrey County Council"
           "<br>Woodhatch Place, 11 Cockshot Hill, Reigate RH2 8EF<br>Tel: 0300 200 1005</td>"
           "</tr></table>")
    htm = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
           "<body style=\"font-family:Verdana,sans-serif;font-size:10pt\">"
           + body + sig + f"<p style=\"font-size:7pt;color:#aaa\">{esc(SYNTH_LINE)}</p>"
           "</body></html>")
    msg = MIMEText(htm, "html", "utf-8")  # utf-8 => base64 transfer encoding
    msg["From"] = "Surrey County Council FOI <foi@surreycc.gov.uk>"
    msg["To"] = REQUESTER_EMAIL
    msg["Subject"] = "FOI-SCC-2025-20931 - Refusal notice"
    msg["Date"] = "Mon, 01 Dec 2025 16:45:00 +0000"
    msg["Message-ID"] = "<foi-scc-2025-20931@surreycc.example>"
    msg["X-Synthetic-Test-Document"] = "yes"
    assert msg["Content-Transfer-Encoding"] == "base64"
    write_eml(msg, out(fname))
    answers = {k: None for k in "12345"}
    label(fname, "eml", "Surrey County Council", "refused", answers,
          {k: "refused" for k in "12345"}, NOT_STATED, [usg, ICO_COMPLAIN],
          exemptions=["s12"])


# ======================================================================================
# 14. Council of the Isles of Scilly — plain-text letter, nothing held
# ======================================================================================
def doc_scilly():
    fname = "isles-of-scilly-not-held.txt"
    L = ["COUNCIL OF THE ISLES OF SCILLY",
         "Town Hall, The Parade, St Mary's, Isles of Scilly TR21 0LW", "",
         "Our ref: IOS/FOI/25/078",
         "1 December 2025", "",
         f"Dear {REQUESTER},", "",
         "REQUEST FOR INFORMATION: BRUISING IN NON-MOBILE INFANTS", "",
         wrap("Thank you for your email of 10 November 2025, in which you asked five "
              "questions about whether the Council's safeguarding policies were reviewed "
              "after the Child Safeguarding Practice Review Panel's briefing of September "
              "2022, any papers on that review, whether a section 47 enquiry is required in "
              "every case, what changes were made, and how 'not independently mobile' is "
              "defined."), "",
         wrap("I have made searches of the Council's children's services and safeguarding "
              "records and can confirm that the Council of the Isles of Scilly does not hold "
              "any recorded information that falls within the scope of your request. The "
              "Council has no policy of its own on bruising in non-mobile infants, and we "
              "have found no record of any review or discussion of the Panel's briefing."), "",
         wrap("If it is useful, you could put your questions to the local safeguarding "
              "children partnership, which may be able to help you further."), "",
         wrap("If you are unhappy with the way we have handled your request you can ask "
              "for an internal review by writing to the Information Governance Officer at "
              "the Town Hall. You also have the right to complain to the Information "
              "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF "
              f"({ICO_COMPLAIN})."), "",
         "Yours sincerely,", "", "", "Tom Hicks", "Information Governance Officer", "",
         SYNTH_LINE, ""]
    write_text(out(fname), "\n".join(L))
    label(fname, "txt", "Council of the Isles of Scilly", "not_held",
          {k: None for k in "12345"}, {k: "not_held" for k in "12345"}, NOT_STATED,
          [ICO_COMPLAIN])


# ======================================================================================
# 15. Essex County Council — acknowledgement email (reject)
# ======================================================================================
def doc_essex_ack():
    fname = "essex-acknowledgement.eml"
    body = (f"Dear {REQUESTER},\n\n"
            "Freedom of Information Act 2000 - Acknowledgement - Ref: FOI-ECC-25-14402\n\n"
            "Thank you for your email received on 10 November 2025 requesting information "
            "about bruising in non-mobile infants. Your request is being dealt with under the "
            "Freedom of Information Act 2000 and we will respond promptly, and in any case "
            "no later than 8 December 2025 (20 working days after receipt).\n\n"
            "If we need to clarify anything, or if a fee is payable, we will contact you and "
            "the 20 working days will be paused until we hear back.\n\n"
            "Please quote the reference above in any correspondence about this request.\n\n"
            "Regards\n\nInformation Governance Team\nEssex County Council\n\n"
            "-----Original Message-----\n"
            f"From: {REQUESTER} <{REQUESTER_EMAIL}>\nSent: 10 November 2025 08:58\n"
            "To: Essex FOI\nSubject: Freedom of Information request - Bruising in non-mobile "
            "infants\n\n" + requester_email_text("Essex County Council") + "\n\n"
            + SYNTH_LINE + "\n")
    msg = EmailMessage()
    msg["From"] = "Essex County Council Information Governance <foi@essex.gov.uk>"
    msg["To"] = REQUESTER_EMAIL
    msg["Subject"] = "Acknowledgement: FOI-ECC-25-14402"
    msg["Date"] = "Mon, 10 Nov 2025 09:31:12 +0000"
    msg["Message-ID"] = "<foi-ecc-25-14402.ack@essex.example>"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(body, cte="quoted-printable")
    write_eml(msg, out(fname))
    reject(fname, "eml", "acknowledgement")


# ======================================================================================
# 16. Stockport — disclosure-log page for a different request (reject)
# ======================================================================================
def doc_stockport_other():
    fname = "stockport-disclosure-other-request.html"
    page = f"""<!DOCTYPE html>
<html lang="en">
<!-- {SYNTH_LINE} -->
<head><meta charset="utf-8"><title>School crossing patrol sites - FOI 25/3391 | Stockport Council</title></head>
<body>
<div id="cookie-notice">This website uses cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<header><a href="/">Stockport Council</a>
<ul class="nav"><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
<li><a href="/schools">Schools</a></li><li><a href="/your-council">Your council</a></li></ul></header>
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/your-council">Your council</a> /
<a href="/foi-disclosure-log">FOI disclosure log</a> / School crossing patrol sites</nav>
<main>
<h1>School crossing patrol sites</h1>
<p>Reference: FOI 25/3391 &middot; Responded: 27 November 2025</p>
<h2>What was asked</h2>
<ol>
<li>How many school crossing patrol sites does the Council fund in the current school year?</li>
<li>How many of those sites are currently vacant?</li>
<li>How much did the Council spend on the school crossing patrol service in 2024/25?</li>
</ol>
<h2>Our response</h2>
<ol>
<li>The Council funds 58 school crossing patrol sites in the 2025/26 school year.</li>
<li>Seven sites are vacant at present and are being advertised.</li>
<li>Spending on the service in 2024/25 was £612,400, including uniforms and training.</li>
</ol>
</main>
<footer><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | Stockport Council, Fred Perry House, Edward Street, Stockport SK1 3XE</footer>
</body>
</html>
"""
    write_text(out(fname), page)
    reject(fname, "html", "other_request")


# ======================================================================================
def main():
    load_codes()
    for fn in (doc_wiltshire, doc_north_tyneside, doc_bristol, doc_kirklees, doc_camden,
               doc_norfolk, doc_devon, doc_cheshire_west, doc_birmingham, doc_herefordshire,
               doc_lincolnshire, doc_lancashire, doc_surrey, doc_scilly, doc_essex_ack,
               doc_stockport_other):
        fn()
    with open(out("labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(LABELS)} documents + labels.json to {HERE}")


if __name__ == "__main__":
    main()
