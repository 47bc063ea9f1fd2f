#!/usr/bin/env python3
"""Generate the synthetic 'fresh_final' corpus of FOI replies plus labels.json.

Every document written here is SYNTHETIC: council names and GSS codes are real,
but every word of content and every position attributed to a council is invented
for testing. Deterministic: fixed dates, fixed MIME boundaries, fixed zip
timestamps, reportlab in invariant mode. No randomness.

Run:  /work/main/.venv/bin/python make_fixtures.py
"""
import datetime as dt
import html
import io
import json
import os
import re
import textwrap
import zipfile
import zlib
from email import encoders
from email.charset import Charset, QP, BASE64
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT, TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor, Cm  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SYNTH = "Synthetic test document written for foi-responses; not a real council reply."
FIXED_DOCX_TIME = dt.datetime(2026, 1, 20, 9, 0, 0, tzinfo=dt.timezone.utc)

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAINT = "https://ico.org.uk/make-a-complaint/"
ICO = "https://ico.org.uk"

REQUESTER = "Jo Morgan"
REQUESTER_EMAIL = "jo.morgan.research@example.net"

# The requester's own request, as the requester (invented) wrote it. Quoted by
# some councils in full; note the typo "Was their a review" in question 1.
REQ_PREAMBLE = (
    "In September 2022 the Child Safeguarding Practice Review Panel published a "
    "briefing on bruising in non-mobile infants. It asked every safeguarding partner "
    "to look again at its current policy on bruising in non-mobile babies and check "
    "that it was consistent with the evidence base and with national guidelines."
)
REQ_QS = [
    "Was their a review of your safeguarding policies after this guidance was "
    "published? If so, when did it take place and what did it conclude?",
    "Please provide any papers that record the outcome of that review.",
    "Does your policy require a section 47 investigation or a strategy discussion "
    "in every case?",
    "What changes were made to bring your policy into line with the evidence base "
    "and national guidelines?",
    "Has your definition of when a child is not independently mobile changed, and "
    "how is it defined now? In particular, are babies who can roll treated as not "
    "independently mobile, and is a child classed as not independently mobile on "
    "the basis of age?",
]
REQ_PANEL_URL = "https://www.gov.uk/government/publications/safeguarding-practice-review-panel-briefing-bruising"

LABELS = []


def fields(review_held, review_date, papers, s47, changes, defchg, rolling, age, thr):
    return {
        "review_held": review_held,
        "review_date": review_date,
        "papers_provided": papers,
        "s47_all_cases": s47,
        "changes_made": changes,
        "definition_changed": defchg,
        "rolling_is_non_mobile": rolling,
        "age_based": age,
        "age_threshold_months": thr,
    }


NOT_STATED = fields("not_stated", None, "not_stated", "not_stated", "not_stated",
                    "not_stated", "not_stated", "not_stated", None)


def label(file, fmt, authority, code, outcome, exemptions, answers, status, flds, links,
          sender_kind=None):
    d = {
        "file": file,
        "format": fmt,
        "authority": authority,
        "authority_code": code,
        "outcome": outcome,
        "exemptions": exemptions,
        "answers": {str(i + 1): answers[i] for i in range(5)},
        "status": {str(i + 1): status[i] for i in range(5)},
        "fields": flds,
        "links": links,
    }
    if sender_kind:
        d["sender_kind"] = sender_kind
    LABELS.append(d)


def reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def path(name):
    return os.path.join(OUT, name)


def esc(s):
    """Escape for reportlab Paragraph markup and for HTML."""
    return html.escape(s, quote=False)


def para_html(text):
    """Multi-paragraph answer text -> HTML paragraphs."""
    return "\n".join("<p>%s</p>" % linkify(esc(p)) for p in text.split("\n"))


URL_RE = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:)]")


def linkify(escaped_text):
    return URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(0), m.group(0)), escaped_text)


def pdf_link(escaped_text, color="#1f4e99"):
    return URL_RE.sub(
        lambda m: '<link href="%s" color="%s"><u>%s</u></link>' % (m.group(0), color, m.group(0)),
        escaped_text)


# --------------------------------------------------------------------------- PDF helpers

def numbered_canvas(draw_fn):
    """Canvas class that knows the total page count when drawing furniture."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved_states = []

        def showPage(self):
            self._saved_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_states)
            for st in self._saved_states:
                self.__dict__.update(st)
                draw_fn(self, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(filename, story, draw_fn, title, author, margins=(25, 25, 30, 25)):
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        path(filename), pagesize=A4,
        leftMargin=left * mm, rightMargin=right * mm, topMargin=top * mm, bottomMargin=bottom * mm,
        title=title, author=author,
        subject="Synthetic test document (foi-responses corpus); not a real council reply",
        keywords="synthetic, test, foi-responses", creator="foi-responses make_fixtures.py",
    )
    doc.build(story, canvasmaker=numbered_canvas(draw_fn))


def pdf_bytes(filename, story, draw_fn, title, author, margins=(25, 25, 30, 25)):
    buf = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buf, pagesize=A4,
        leftMargin=left * mm, rightMargin=right * mm, topMargin=top * mm, bottomMargin=bottom * mm,
        title=title, author=author,
        subject="Synthetic test document (foi-responses corpus); not a real council reply",
        keywords="synthetic, test, foi-responses", creator="foi-responses make_fixtures.py",
    )
    doc.build(story, canvasmaker=numbered_canvas(draw_fn))
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX helpers

def docx_new(title, author):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = "Synthetic test document (foi-responses corpus)"
    cp.comments = SYNTH
    cp.keywords = "synthetic; test; foi-responses"
    cp.created = FIXED_DOCX_TIME.replace(tzinfo=None)
    cp.modified = FIXED_DOCX_TIME.replace(tzinfo=None)
    cp.revision = 1
    return d


def docx_field(paragraph, instr):
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
    return run


def docx_hyperlink(paragraph, url, text=None):
    part = paragraph.part
    r_id = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                          is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(c)
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text or url
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


def docx_text_with_links(paragraph, text, bold=False):
    """Add text to a paragraph, turning URLs into real hyperlinks."""
    pos = 0
    for m in URL_RE.finditer(text):
        if m.start() > pos:
            run = paragraph.add_run(text[pos:m.start()])
            run.bold = bold
        docx_hyperlink(paragraph, m.group(0))
        pos = m.end()
    if pos < len(text):
        run = paragraph.add_run(text[pos:])
        run.bold = bold


def docx_footer(d, left_text, font="Calibri"):
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(left_text + "    Page ")
    r.font.size = Pt(8)
    docx_field(fp, "PAGE").font.size = Pt(8)
    r2 = fp.add_run(" of ")
    r2.font.size = Pt(8)
    docx_field(fp, "NUMPAGES").font.size = Pt(8)
    p2 = sec.footer.add_paragraph()
    r3 = p2.add_run(SYNTH)
    r3.font.size = Pt(6)
    r3.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def docx_save(d, filename):
    """Save with fixed zip timestamps so the output is byte-stable."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path(filename), "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, data)


def docx_bytes(d):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out_buf = io.BytesIO()
    with zipfile.ZipFile(out_buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))
    return out_buf.getvalue()


# --------------------------------------------------------------------------- EML helpers

def qp_charset():
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return cs


def b64_charset():
    cs = Charset("utf-8")
    cs.body_encoding = BASE64
    return cs


def eml_headers(msg, frm, to, subject, date, msgid, in_reply_to=None):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["X-Synthetic-Test-Document"] = "yes"
    return msg


def write_eml(filename, msg):
    with open(path(filename), "wb") as f:
        f.write(msg.as_bytes())


def quoted_request_text(sent, to_addr, subject, numbering="1."):
    lines = [
        "From: %s <%s>" % (REQUESTER, REQUESTER_EMAIL),
        "Sent: %s" % sent,
        "To: %s" % to_addr,
        "Subject: %s" % subject,
        "",
        "Dear Sir/Madam,",
        "",
        REQ_PREAMBLE,
        "(%s)" % REQ_PANEL_URL,
        "",
        "Under the Freedom of Information Act 2000, please answer the following:",
        "",
    ]
    for i, q in enumerate(REQ_QS, 1):
        lines.append("%d. %s" % (i, q))
        lines.append("")
    lines += ["Many thanks,", REQUESTER]
    return lines


def tw_fill(text, width=76, **kw):
    return textwrap.fill(text, width=width, break_on_hyphens=False, break_long_words=False, **kw)


def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
        else:
            out.append(tw_fill(para, width=width))
    return "\n".join(out)


LONDON = dt.timezone.utc  # GMT in winter


# =========================================================================== A. Norfolk (PDF, Question | Answer table)

def doc_norfolk():
    fn = "norfolk-qa-table.pdf"
    ref = "NCC/FOI/25/08812"
    A = [
        "Yes. The Norfolk Safeguarding Children Partnership asked its Practice Guidance "
        "Subgroup to check the local guidance on bruising in babies against the Panel\u2019s "
        "briefing. The subgroup completed that review in February 2023. It found the guidance "
        "sound in most respects, but concluded that the wording on mobility, and on when a "
        "referral to children\u2019s social care leads to a section 47 enquiry, needed to be clearer.",
        "The revised guidance produced as a result of the review can be read at "
        "https://www.norfolklscp.org.uk/bruising-in-babies \n"
        "The subgroup\u2019s report to the Partnership is reproduced as Appendix A to this letter.",
        "No. A bruise on a baby who is not independently mobile must always be referred to "
        "children\u2019s social care, but the referral is then appraised by a social worker with "
        "advice from a paediatrician. A strategy discussion, and any section 47 enquiry, "
        "follows only where that appraisal points to a risk of significant harm.",
        "The guidance was rewritten to:\n"
        "\u2022 add a set of questions for practitioners to ask parents about how the mark happened;\n"
        "\u2022 require a same-day paediatric opinion instead of automatic escalation;\n"
        "\u2022 introduce a leaflet for parents explaining why their baby is being seen; and\n"
        "\u2022 set out the definition of mobility more precisely (see question 5).",
        "Yes, the definition was made more precise. The guidance now describes a baby as not "
        "independently mobile if they are not yet crawling, bottom shuffling, pulling to stand, "
        "cruising or walking. A baby who is able to roll over is still treated as not "
        "independently mobile. Mobility is judged on what the individual baby can do and is "
        "not decided by age.",
    ]
    A[1] = A[1].replace(" \n", "\n")
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
    cellq = ParagraphStyle("cq", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12.5)
    cella = ParagraphStyle("ca", parent=base, fontSize=9.5, leading=12.5)
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=17,
                        spaceAfter=6, textColor=colors.HexColor("#00355f"))
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, fontSize=9.5)

    story = []
    story.append(Paragraph("Information Compliance Team<br/>County Hall<br/>Martineau Lane<br/>"
                           "Norwich NR1 2DH", right))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Our reference: %s<br/>Date: 19 December 2025" % ref, right))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph("By email: %s" % REQUESTER_EMAIL, base))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph("Dear %s," % REQUESTER, base))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("Request for information: policy on bruising in non-mobile infants", h1))
    story.append(Paragraph(
        "Thank you for your request, which we received on 2 December 2025. We have handled it "
        "under the Freedom of Information Act 2000. Each of your questions is set out in the "
        "left-hand column of the table below, with our answer alongside it.", base))
    story.append(Spacer(1, 5 * mm))

    white = ParagraphStyle("w", parent=cellq, textColor=colors.white)
    rows = [[Paragraph("Question", white), Paragraph("Answer", white)]]
    for i, (q, a) in enumerate(zip(REQ_QS, A), 1):
        aparas = [Paragraph(pdf_link(esc(p)), cella) for p in a.split("\n")]
        rows.append([Paragraph("%d. %s" % (i, esc(q)), cellq), aparas])
    t = Table(rows, colWidths=[56 * mm, 104 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00355f")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#e8eef5")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8fa6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story.append(t)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(
        "Most of the information we provide is Crown copyright or the copyright of Norfolk "
        "County Council. You may re-use it under the terms of the Open Government Licence: "
        + pdf_link(OGL), base))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(
        "If you are unhappy with the way we have handled your request you may ask for an "
        "internal review by replying to this letter within 40 working days. If you remain "
        "dissatisfied after that review you can complain to the Information Commissioner\u2019s "
        "Office: " + pdf_link(ICO_COMPLAINT), base))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("Yours sincerely,", base))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph("<b>Information Compliance Officer</b><br/>Norfolk County Council", base))
    story.append(PageBreak())
    story.append(Paragraph("Appendix A \u2013 Report of the Practice Guidance Subgroup (extract)", h1))
    for p in [
        "Purpose: to check the Partnership\u2019s guidance on bruising in babies against the national "
        "Panel\u2019s briefing of 29 September 2022.",
        "Findings: the referral threshold is appropriate; the guidance does not make clear that "
        "a referral is not the same as a section 47 enquiry; the term \u2018immobile\u2019 is used "
        "without definition.",
        "Recommendations: (i) insert an appraisal step led by children\u2019s social care with "
        "paediatric advice; (ii) define \u2018not independently mobile\u2019 by the baby\u2019s abilities; "
        "(iii) produce a leaflet for parents; (iv) publish the revised guidance by April 2023.",
        "Agreed by the Partnership\u2019s Executive Group on 8 March 2023.",
    ]:
        story.append(Paragraph(esc(p), base))
        story.append(Spacer(1, 3 * mm))

    def furniture(c, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#00355f"))
        c.rect(0, A4[1] - 22 * mm, A4[0], 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(25 * mm, A4[1] - 14 * mm, "Norfolk County Council")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(25 * mm, 14 * mm, "FOI response %s" % ref)
        c.drawRightString(A4[0] - 25 * mm, 14 * mm, "Page %d of %d" % (c.getPageNumber(), total))
        c.setFont("Helvetica", 6)
        c.setFillColor(colors.HexColor("#999999"))
        c.drawString(25 * mm, 9 * mm, SYNTH)
        c.restoreState()

    build_pdf(fn, story, furniture, "FOI response %s" % ref, "Norfolk County Council",
              margins=(25, 25, 32, 25))
    label(fn, "pdf", "Norfolk County Council", "E10000020", "answered", [], A,
          ["answered"] * 5,
          fields("formal", "2023-02", "yes", "no", "yes", "yes", "yes", "no", None),
          ["https://www.norfolklscp.org.uk/bruising-in-babies", OGL, ICO_COMPLAINT])


# =========================================================================== B. Sefton (DOCX, Word table, merged cells)

def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_write(cell, text, bold=False, size=10):
    cell.text = ""
    paras = text.split("\n")
    for i, ptxt in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        docx_text_with_links(p, ptxt, bold=bold)
        for r in p.runs:
            r.font.size = Pt(size)


def doc_sefton():
    fn = "sefton-word-table.docx"
    ref = "FOI 5521/25"
    A = [
        "The briefing was discussed by the Merseyside Safeguarding Procedures Group on "
        "24 November 2022. Members compared the Pan-Merseyside procedure with each point the "
        "Panel made and agreed that the procedure already reflected them. A formal review was "
        "not thought necessary and none was carried out.",
        "The procedure as it stood then, and still stands, is published at "
        "https://www.merseysideprocedures.org.uk/bruising-non-mobile-babies\n"
        "The Group\u2019s action log for 24 November 2022 records: \u2018Panel briefing on bruising "
        "noted. Procedure considered consistent. No amendments required.\u2019",
        "Our procedure is clear that a strategy meeting will always be convened when a baby "
        "who is not yet mobile is found to have a bruise, so that health, police and "
        "children\u2019s social care can decide together what should happen next.",
        "None. As explained above, the procedure was judged to be in line with the evidence "
        "base already.",
    ]
    a5a = "There has been no change to the definition since the briefing."
    a5b = ("Babies who can turn over are still covered by the procedure, because rolling is "
           "not regarded as getting about independently.")
    A.append(a5a + "\n" + a5b)

    d = docx_new("Freedom of Information response %s" % ref, "Sefton Council")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Sefton Council \u2013 Information Management Team")
    hr.bold = True
    hr.font.size = Pt(9)
    hr.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_footer(d, "Sefton Council FOI %s" % ref)

    d.add_heading("Freedom of Information Act 2000 \u2013 Response", level=1)
    p = d.add_paragraph()
    p.add_run("Date: ").bold = True
    p.add_run("18/12/2025")
    p = d.add_paragraph()
    p.add_run("Reference: ").bold = True
    p.add_run(ref)
    d.add_paragraph("Dear Sir or Madam,")
    d.add_paragraph(
        "Thank you for your request for information received on 2 December 2025. Sefton "
        "Council\u2019s response is set out in the table below.")

    rows = 8
    t = d.add_table(rows=rows, cols=3)
    t.style = "Table Grid"
    widths = [Cm(1.4), Cm(7.0), Cm(8.6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    top = t.cell(0, 0).merge(t.cell(0, 2))
    cell_write(top, "Request %s \u2013 Bruising in non-mobile infants" % ref, bold=True, size=11)
    set_cell_shading(top, "D9E2F3")
    for i, h in enumerate(["No.", "Information requested", "Sefton Council response"]):
        cell_write(t.cell(1, i), h, bold=True)
        set_cell_shading(t.cell(1, i), "F2F2F2")
    for qi in range(4):
        cell_write(t.cell(2 + qi, 0), str(qi + 1))
        cell_write(t.cell(2 + qi, 1), REQ_QS[qi])
        cell_write(t.cell(2 + qi, 2), A[qi])
    # question 5 split across two rows with the number cell merged vertically
    n5 = t.cell(6, 0).merge(t.cell(7, 0))
    cell_write(n5, "5")
    cell_write(t.cell(6, 1), "Has your definition of when a child is not independently mobile "
                             "changed, and how is it defined now?")
    cell_write(t.cell(7, 1), "In particular, are babies who can roll treated as not independently "
                             "mobile, and is a child classed as not independently mobile on the "
                             "basis of age?")
    cell_write(t.cell(6, 2), a5a)
    cell_write(t.cell(7, 2), a5b)

    d.add_paragraph()
    d.add_paragraph(
        "You are free to use any information supplied for your own non-commercial research or "
        "private study. Information supplied can also be re-used under the Open Government "
        "Licence v3.0.")
    d.add_paragraph(
        "If you are dissatisfied with this response you may ask for an internal review by "
        "writing to the Information Management Team, Magdalen House, 30 Trinity Road, Bootle "
        "L20 3NJ. If you are still unhappy after the review you may contact the Information "
        "Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
        "or through its website:")
    docx_text_with_links(d.add_paragraph(), ICO)
    d.add_paragraph("Yours faithfully,")
    d.add_paragraph("Information Management Team\nSefton Council")
    docx_save(d, fn)
    label(fn, "docx", "Sefton Council", "E08000014", "answered", [], A, ["answered"] * 5,
          fields("informal", "2022-11", "yes", "yes", "no", "no", "yes", "not_stated", None),
          ["https://www.merseysideprocedures.org.uk/bruising-non-mobile-babies", ICO])


# =========================================================================== C. Dorset (DOCX, topic headings)

def doc_dorset():
    fn = "dorset-topic-headings.docx"
    ref = "FOI-2025-11873"
    a2_intro = ("The paper that went to the partnership\u2019s Practice Review Group has not been "
                "published, so its recommendations are reproduced here:")
    a2_bullets = [
        "replace the age-based definition with a description of the baby\u2019s stage of development;",
        "introduce a joint health and social care appraisal before any decision about a section 47 enquiry;",
        "produce a leaflet for parents and carers.",
    ]
    A = [
        "The Pan-Dorset Safeguarding Children Partnership, which then covered both Dorset and "
        "Bournemouth, Christchurch and Poole, reviewed its bruising protocol in the spring of "
        "2023, having been prompted to do so by the Panel\u2019s briefing. The review concluded "
        "that the protocol should be rewritten to give more weight to professional judgement "
        "and to the explanation offered by parents.",
        a2_intro + "\n" + "\n".join(a2_bullets),
        "No. Under the rewritten protocol there is no automatic route to a s47. The bruise is "
        "first looked at by a paediatrician, who talks it through with the duty social worker; "
        "only if they share a concern does the case move on to a strategy discussion.",
        "The protocol was rewritten in full. The main changes are those listed under "
        "\u2018Papers\u2019 above, and the new version was launched to practitioners in July 2023. "
        "It is published at https://www.dorsetscp.org.uk/procedures/bruising-protocol",
        "Yes. Before the review, every baby younger than six months was treated as not "
        "independently mobile. The age criterion was dropped: the protocol now asks whether "
        "the baby is crawling, bottom-shuffling, pulling up to stand, cruising or walking, and "
        "a baby doing none of these is not independently mobile. Being able to roll over does "
        "not make a baby mobile for this purpose.",
    ]
    d = docx_new("Response to FOI request %s" % ref, "Dorset Council")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for lvl, col in ((1, RGBColor(0x0B, 0x4F, 0x3C)), (2, RGBColor(0x0B, 0x4F, 0x3C))):
        d.styles["Heading %d" % lvl].font.color.rgb = col
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Dorset Council | Information Governance"
    hp.runs[0].font.size = Pt(9)
    docx_footer(d, "Ref %s" % ref)

    d.add_paragraph("Our ref: %s\n9 January 2026" % ref)
    d.add_paragraph("Dear %s" % REQUESTER)
    d.add_heading("Your request for information", level=1)
    d.add_paragraph(
        "You wrote to us on 2 December 2025 with five questions about our policy on bruising in "
        "babies who are not independently mobile and about what happened after the national "
        "Child Safeguarding Practice Review Panel\u2019s briefing. Rather than repeat each "
        "question, we have grouped our answers by subject below.")
    d.add_heading("Review of local procedures", level=2)
    d.add_paragraph(A[0])
    d.add_heading("Papers", level=2)
    d.add_paragraph(a2_intro)
    for b in a2_bullets:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("Section 47 enquiries and strategy discussions", level=2)
    d.add_paragraph(A[2])
    d.add_heading("Changes made", level=2)
    docx_text_with_links(d.add_paragraph(), A[3])
    d.add_heading("Definition of \u2018not independently mobile\u2019", level=2)
    d.add_paragraph(A[4])
    d.add_heading("Re-use and complaints", level=1)
    p = d.add_paragraph("The information is provided under the Open Government Licence (")
    docx_hyperlink(p, OGL)
    p.add_run(").")
    p = d.add_paragraph("If you would like us to review our handling of your request, please reply "
                        "within two months. You also have the right to complain to the "
                        "Information Commissioner at ")
    docx_hyperlink(p, ICO_COMPLAINT)
    p.add_run(".")
    d.add_paragraph("Kind regards")
    p = d.add_paragraph()
    p.add_run("Information Governance Team").bold = True
    p.add_run("\nDorset Council, County Hall, Colliton Park, Dorchester DT1 1XJ")
    docx_save(d, fn)
    label(fn, "docx", "Dorset Council", "E06000059", "answered", [], A, ["answered"] * 5,
          fields("formal", "2023", "yes", "no", "yes", "yes", "yes", "no", None),
          ["https://www.dorsetscp.org.uk/procedures/bruising-protocol", OGL, ICO_COMPLAINT])


# =========================================================================== D. Gateshead (HTML, accordion)

def doc_gateshead():
    fn = "gateshead-accordion.html"
    ref = "2025-GMBC-6102"
    chapter = "https://nsotprocedures.org.uk/chapter/bruising-in-babies-not-independently-mobile"
    report = "https://www.gateshead.gov.uk/media/41877/FOI-6102-working-group-summary.pdf"
    A = [
        "Yes. Gateshead follows the North and South of Tyne child protection procedures, whose "
        "chapter on bruising in babies had last been updated in July 2021. After the Panel\u2019s "
        "briefing, the procedures working group began a review of that chapter in November "
        "2022. The review was completed in March 2023. It concluded that the chapter needed to "
        "say more clearly who decides whether a section 47 enquiry is required and what \u2018not "
        "independently mobile\u2019 means.",
        "The revised chapter is published at %s\n"
        "The working group\u2019s summary report is also available: Working group summary report "
        "(PDF, 212KB)" % chapter,
        "No. The chapter asks for a discussion between the referrer, children\u2019s social care "
        "and a paediatrician first. A strategy discussion is held, and a section 47 enquiry "
        "considered, only where that discussion finds grounds for concern.",
        "The chapter now sets out a step-by-step appraisal to be completed before any decision "
        "on a section 47 enquiry, gives practitioners suggested words for talking with parents, "
        "and contains the revised definition described in our answer to question 5.",
        "Yes, the definition changed in March 2023. A baby is not independently mobile until "
        "they can move themselves from one place to another. The working group decided that "
        "a baby who rolls has begun to get about independently, so babies who roll now fall "
        "outside the definition. Age is not used to decide mobility.",
    ]
    headings = [
        "Question 1 \u2013 Was their a review, when was it and what did it conclude?",
        "Question 2 \u2013 Papers on the outcome of the review",
        "Question 3 \u2013 Section 47 investigation or strategy discussion in all cases?",
        "Question 4 \u2013 Changes made for consistency with the evidence base",
        "Question 5 \u2013 Definition of \u2018not independently mobile\u2019",
    ]
    panels = []
    for i, (h, a) in enumerate(zip(headings, A), 1):
        if i == 2:
            body = ('<p>The revised chapter is published at <a href="%s">%s</a></p>\n'
                    '<p>The working group\u2019s summary report is also available: '
                    '<a href="%s">Working group summary report</a> (PDF, 212KB)</p>'
                    % (chapter, chapter, report))
        else:
            body = para_html(a)
        panels.append(f"""      <div class="accordion__item">
        <h3 class="accordion__heading">
          <button class="accordion__trigger" type="button" aria-expanded="false" aria-controls="panel-q{i}" id="trigger-q{i}">
            {esc(h)}
            <span class="accordion__icon" aria-hidden="true">+</span>
          </button>
        </h3>
        <div class="accordion__panel" id="panel-q{i}" role="region" aria-labelledby="trigger-q{i}" hidden>
          {body}
        </div>
      </div>""")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<!-- {SYNTH} -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>FOI {ref}: Bruising in non-mobile infants | Gateshead Council</title>
  <link rel="stylesheet" href="/themes/gateshead/css/main.css">
  <style>
    .accordion__panel[hidden] {{ display: none; }}
    .cookie-banner {{ background: #1d1d1b; color: #fff; padding: 1em; }}
  </style>
</head>
<body class="page-node-type-foi-disclosure">
  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on this site">
    <p>We use essential cookies to make this site work. We would also like to set analytics
    cookies to understand how you use it. <a href="/cookies">Read about our cookies</a>.</p>
    <button type="button" class="btn" data-cookie="accept">Accept analytics cookies</button>
    <button type="button" class="btn" data-cookie="reject">Reject analytics cookies</button>
  </div>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <a href="/" class="site-logo"><img src="/themes/gateshead/logo.svg" alt="Gateshead Council home"></a>
    <form class="site-search" action="/search" method="get"><label for="q">Search</label><input id="q" name="q"><button>Go</button></form>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/council-tax">Council Tax</a></li>
        <li><a href="/children-and-families">Children and families</a></li>
        <li><a href="/council-and-democracy">Council and democracy</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/council-and-democracy">Council and democracy</a></li>
      <li><a href="/council-and-democracy/freedom-of-information">Freedom of information</a></li>
      <li><a href="/council-and-democracy/freedom-of-information/disclosure-log">Disclosure log</a></li>
      <li aria-current="page">Bruising in non-mobile infants</li>
    </ol>
  </nav>
  <main id="main-content">
    <article class="foi-disclosure">
      <h1>Bruising in non-mobile infants</h1>
      <dl class="foi-meta">
        <dt>Reference</dt><dd>{ref}</dd>
        <dt>Date received</dt><dd>2 December 2025</dd>
        <dt>Date of response</dt><dd>22 December 2025</dd>
        <dt>Category</dt><dd>Children&rsquo;s social care</dd>
      </dl>
      <h2>Summary of request</h2>
      <p>The requester asked whether safeguarding policy on bruising in babies who are not
      independently mobile was reviewed after the Child Safeguarding Practice Review Panel&rsquo;s
      briefing of September 2022, and about the outcome, section 47 enquiries, changes made and
      the definition of mobility. Select each question to see our response.</p>
      <div class="accordion" data-accordion>
{chr(10).join(panels)}
      </div>
      <h2>Re-use of this information</h2>
      <p>Unless stated otherwise, information released under the Freedom of Information Act may
      be re-used under the <a href="{OGL}">Open Government Licence v3.0</a>.</p>
    </article>
    <aside class="related">
      <h2>Related pages</h2>
      <ul>
        <li><a href="/council-and-democracy/freedom-of-information/make-a-request">Make a freedom of information request</a></li>
        <li><a href="/children-and-families/worried-about-a-child">Worried about a child?</a></li>
      </ul>
    </aside>
    <div class="page-feedback">
      <p>Was this page helpful?</p>
      <button type="button">Yes</button> <button type="button">No</button>
    </div>
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
    <p>&copy; Gateshead Council 2025. Civic Centre, Regent Street, Gateshead NE8 1HH.</p>
  </footer>
  <script>
    document.querySelectorAll('.accordion__trigger').forEach(function (btn) {{
      btn.addEventListener('click', function () {{
        var panel = document.getElementById(btn.getAttribute('aria-controls'));
        var open = btn.getAttribute('aria-expanded') === 'true';
        btn.setAttribute('aria-expanded', String(!open));
        panel.hidden = open;
      }});
    }});
  </script>
</body>
</html>
"""
    with open(path(fn), "w", encoding="utf-8") as f:
        f.write(page)
    label(fn, "html", "Gateshead Council", "E08000037", "answered", [], A, ["answered"] * 5,
          fields("formal", "2023-03", "yes", "no", "yes", "yes", "no", "no", None),
          [chapter, report, OGL])


# =========================================================================== E. Cheshire East (EML, questions only in the quoted original)

def doc_cheshire_east():
    fn = "cheshire-east-quoted-questions.eml"
    A = [
        "No. The Cheshire East Safeguarding Children Partnership did not carry out a review of "
        "its procedure after the Panel\u2019s briefing, and the briefing was not tabled or "
        "discussed at any of its groups.",
        "There are no papers, as no review took place.",
        "Yes. The Pan-Cheshire procedure requires a strategy discussion to be held for every "
        "non-mobile baby who has a bruise, whatever explanation is given for it.",
        "No changes have been made.",
        "The definition has not changed. The procedure applies to all babies under 6 months of "
        "age. Older babies are covered where the practitioner judges that they are not "
        "independently mobile.",
    ]
    foi_page = "https://www.cheshireeast.gov.uk/council_and_democracy/your_council/freedom-of-information"
    intro = ("Dear Ms Morgan,\n\nFreedom of Information Act 2000 \u2013 Request 9934\n\n"
             "Thank you for your email of 2 December 2025, copied below. Cheshire East Council\u2019s "
             "responses are numbered to match your questions.")
    tail = ("If you are unhappy with the way your request has been handled, you can ask for an "
            "internal review by replying to this email. If you are still not satisfied you may "
            "contact the Information Commissioner: %s\n\nKind regards\n\nFOI Officer\n"
            "Compliance and Customer Relations Team\nCheshire East Council\n%s" % (ICO_COMPLAINT, foi_page))
    quoted = quoted_request_text("02 December 2025 09:14", "FOI <FOI@cheshireeast.gov.uk>",
                                 "Freedom of Information request - bruising in non-mobile infants")
    plain = intro + "\n\n" + "\n\n".join("%d. %s" % (i, a) for i, a in enumerate(A, 1)) + "\n\n" + tail
    plain += "\n\n" + "-----Original Message-----\n" + "\n".join("> " + l if l else ">" for l in quoted)
    plain += "\n\n" + SYNTH + "\n"

    html_body = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:11pt\">\n"
    html_body += "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>") for p in intro.split("\n\n"))
    html_body += "<ol>\n" + "".join("<li>%s</li>\n" % esc(a) for a in A) + "</ol>\n"
    tparts = tail.split("\n\n")
    html_body += "<p>%s</p>\n" % linkify(esc(tparts[0]))
    html_body += "<p>Kind regards</p>\n<p><b>FOI Officer</b><br>Compliance and Customer Relations Team<br>" \
                 "Cheshire East Council<br><a href=\"%s\">%s</a></p>\n" % (foi_page, foi_page)
    html_body += ("<div style=\"border-top:1px solid #b5c4df;padding-top:3pt\">"
                  "<p><b>From:</b> %s &lt;%s&gt;<br><b>Sent:</b> 02 December 2025 09:14<br>"
                  "<b>To:</b> FOI &lt;FOI@cheshireeast.gov.uk&gt;<br><b>Subject:</b> Freedom of Information "
                  "request - bruising in non-mobile infants</p>\n" % (REQUESTER, REQUESTER_EMAIL))
    html_body += "<p>Dear Sir/Madam,</p><p>%s<br>(<a href=\"%s\">%s</a>)</p>" % (esc(REQ_PREAMBLE), REQ_PANEL_URL, REQ_PANEL_URL)
    html_body += "<p>Under the Freedom of Information Act 2000, please answer the following:</p>"
    html_body += "".join("<p>%d. %s</p>" % (i, esc(q)) for i, q in enumerate(REQ_QS, 1))
    html_body += "<p>Many thanks,<br>%s</p></div>\n" % REQUESTER
    html_body += "<p style=\"font-size:7pt;color:#999\">%s</p></body></html>\n" % SYNTH

    msg = MIMEMultipart("alternative")
    eml_headers(msg, "FOI <FOI@cheshireeast.gov.uk>", "%s <%s>" % (REQUESTER, REQUESTER_EMAIL),
                "RE: Freedom of Information request - bruising in non-mobile infants [FOI 9934]",
                dt.datetime(2025, 12, 30, 11, 42, 5, tzinfo=LONDON),
                "<CE-FOI-9934-reply@cheshireeast.gov.uk>", "<req-bruising-ce@example.net>")
    msg.attach(MIMEText(plain, "plain", qp_charset()))
    msg.attach(MIMEText(html_body, "html", qp_charset()))
    msg.set_boundary("----=_Part_CE_9934_alt")
    write_eml(fn, msg)
    label(fn, "eml", "Cheshire East Council", "E06000049", "answered", [], A, ["answered"] * 5,
          fields("none", None, "no", "yes", "no", "no", "not_stated", "yes", 6),
          [ICO_COMPLAINT, foi_page])


# =========================================================================== F. Somerset (TXT, case-management export, Q1-Q5)

def doc_somerset():
    fn = "somerset-case-export.txt"
    l1 = "https://swcpp.trixonline.co.uk/chapter/bruising-in-pre-mobile-babies"
    l2 = "https://somersetsafeguardingchildren.org.uk/practice-notes/bruising-pre-mobile-2023.pdf"
    A = [
        "Yes. The South West Child Protection Procedures editorial board reviewed the regional "
        "chapter on bruising in pre-mobile babies, and Somerset Safeguarding Children "
        "Partnership checked its own practice note alongside it. The review was signed off on "
        "14/06/2023. It found that the definition of mobility already matched the briefing but "
        "that the referral pathway leaned too heavily on automatic escalation.",
        "Updated regional chapter: %s\nPartnership practice note (June 2023): %s" % (l1, l2),
        "No - an examination by a paediatrician and a conversation with children's social care "
        "come first. A s47 enquiry is started only if that gives reasonable cause to suspect "
        "significant harm.",
        "The referral pathway was redrawn so that every case is discussed between health and "
        "social care before any decision is taken, and the leaflet for parents was reissued. "
        "NICE added a definition of independent mobility to guideline CG89 in December 2025; "
        "the Partnership intends to check its practice note against it in March 2026.",
        "The definition did not change, because it already matched the briefing: a baby who "
        "cannot crawl, bottom shuffle, pull to stand, cruise or walk is not independently "
        "mobile, and a baby who can only roll is included in that group. The definition does "
        "not depend on the baby's age.",
    ]
    W = 78
    bar = "=" * W
    dash = "-" * W
    lines = [
        bar,
        " CASE EXPORT - Information Requests Module                     Printed 23/12/2025 16:07",
        bar,
        "Case Reference   : SC-FOI-2025-014407",
        "Case Type        : Freedom of Information (FOIA 2000)",
        "Status           : Closed - Information Provided",
        "Received Date    : 02/12/2025",
        "Target Date      : 05/01/2026",
        "Closed Date      : 23/12/2025",
        "Owning Service   : Children, Families and Education",
        "Case Officer     : Information Governance Officer (IG3)",
        "Subject          : Bruising in non-mobile infants - safeguarding policy review",
        "Requester        : [REDACTED - personal data]",
        "Channel          : Email",
        "Exemptions       : None applied",
        "",
        dash,
        "REQUEST TEXT (as received)",
        dash,
        wrap(REQ_PREAMBLE, W),
        "",
    ]
    for i, q in enumerate(REQ_QS, 1):
        lines.append(wrap("%d. %s" % (i, q), W))
    lines += [
        "",
        dash,
        "RESPONSE TEXT (sent 23/12/2025)",
        dash,
        "Dear Requester",
        "",
        wrap("Somerset Council has now considered your request. The information below is "
             "provided with the help of Somerset Safeguarding Children Partnership.", W),
        "",
    ]
    for i, (q, a) in enumerate(zip(REQ_QS, A), 1):
        lines.append("Q%d  %s" % (i, tw_fill(q, W - 4, subsequent_indent="    ")))
        lines.append("")
        for para in a.split("\n"):
            lines.append(tw_fill(para, W - 4, initial_indent="    ", subsequent_indent="    "))
        lines.append("")
    lines += [
        wrap("You may re-use this information under the Open Government Licence: " + OGL, W),
        "",
        wrap("If you are not satisfied with this response you may request an internal review "
             "within 40 working days. You may also complain to the Information Commissioner's "
             "Office (" + ICO + ").", W),
        "",
        "Information Governance Team",
        "Somerset Council",
        "",
        dash,
        "AUDIT TRAIL",
        dash,
        "02/12/2025 09:31  Case created (email import)            SYSTEM",
        "02/12/2025 10:05  Acknowledgement sent                   IG3",
        "03/12/2025 14:22  Assigned to service: CFE               IG3",
        "19/12/2025 12:40  Draft response received from service   CFE-SAFEGUARDING",
        "23/12/2025 16:02  Response approved                      IG-LEAD",
        "23/12/2025 16:05  Response issued - case closed          IG3",
        bar,
        " END OF CASE EXPORT                                                      Page 1 of 1",
        bar,
        "",
        SYNTH,
        "",
    ]
    with open(path(fn), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    label(fn, "txt", "Somerset Council", "E06000066", "answered", [], A, ["answered"] * 5,
          fields("formal", "2023-06", "yes", "no", "yes", "no", "yes", "no", None),
          [l1, l2, OGL, ICO])


# =========================================================================== G. Kirklees (EML with the answers only in an attached PDF, lettered)

def doc_kirklees():
    fn = "kirklees-email-attached-pdf.eml"
    ref = "KMC/IG/25/3317"
    proto = "https://www.kirkleessafeguardingchildren.co.uk/bruising-protocol"
    A = [
        "The West Yorkshire consortium procedure and the Kirklees bruising protocol had been "
        "refreshed in May 2022, a few months before the briefing appeared. The Kirklees "
        "Safeguarding Children Partnership\u2019s Practice Development Group discussed the "
        "briefing on 12 January 2023 and agreed that the protocol already met it, so the "
        "protocol was not formally reviewed.",
        "The protocol is available at %s\n"
        "The notes of the Practice Development Group meeting on 12 January 2023 record:\n"
        "\u201cThe group considered the national panel\u2019s briefing on bruising in non-mobile "
        "infants. The protocol refreshed in May 2022 already requires a paediatric assessment "
        "before any decision on a section 47 enquiry and already defines mobility in terms of "
        "crawling and standing. Agreed: no changes needed; revisit at the next scheduled "
        "review of the protocol.\u201d" % proto,
        "No. The protocol requires a referral to children\u2019s social care and a paediatric "
        "examination, but whether a strategy discussion or section 47 enquiry follows is "
        "decided case by case.",
        "None were needed, for the reasons given in (a).",
        "No. The definition has stayed the same since May 2022. A baby who can roll over but "
        "cannot yet crawl, shuffle or pull to stand remains within the protocol, and no age "
        "limit is applied.",
    ]
    serif = ParagraphStyle("k", fontName="Times-Roman", fontSize=11.5, leading=15)
    qst = ParagraphStyle("kq", parent=serif, fontName="Times-Bold", spaceBefore=8, leftIndent=18,
                         firstLineIndent=-18)
    ans = ParagraphStyle("ka", parent=serif, leftIndent=18, spaceBefore=3)
    quote = ParagraphStyle("kqq", parent=serif, leftIndent=36, rightIndent=18, fontName="Times-Italic",
                           spaceBefore=3)
    smallr = ParagraphStyle("kr", parent=serif, fontSize=10, alignment=TA_RIGHT)
    story = [
        Paragraph("Information Governance<br/>Kirklees Council<br/>PO Box 1720<br/>Huddersfield HD1 9EL", smallr),
        Spacer(1, 6 * mm),
        Paragraph("Please ask for: Information Governance Team<br/>Our reference: %s<br/>"
                  "Date: 6th January 2026" % ref, smallr),
        Spacer(1, 8 * mm),
        Paragraph("Dear %s" % REQUESTER, serif),
        Spacer(1, 3 * mm),
        Paragraph("<b>Freedom of Information Act 2000 \u2013 bruising in non-mobile infants</b>", serif),
        Spacer(1, 2 * mm),
        Paragraph("I write in response to your request received on 2 December 2025. Your questions "
                  "are repeated in bold, lettered (a) to (e), and the Council\u2019s answers follow each "
                  "one.", serif),
    ]
    for letter, q, a in zip("abcde", REQ_QS, A):
        story.append(Paragraph("(%s)&nbsp;&nbsp;%s" % (letter, esc(q)), qst))
        for para in a.split("\n"):
            st = quote if para.startswith("\u201c") else ans
            story.append(Paragraph(pdf_link(esc(para)), st))
    story += [
        Spacer(1, 5 * mm),
        Paragraph("The information supplied is subject to Kirklees Council\u2019s copyright and may be "
                  "re-used under the terms of the Open Government Licence.", serif),
        Spacer(1, 2 * mm),
        Paragraph("If you are dissatisfied with the handling of your request, you may ask for an "
                  "internal review within 40 working days of the date of this letter. You also have "
                  "the right to complain to the Information Commissioner (" + pdf_link(ICO) + ").", serif),
        Spacer(1, 6 * mm),
        Paragraph("Yours sincerely", serif),
        Spacer(1, 10 * mm),
        Paragraph("Information Governance Officer<br/>On behalf of Kirklees Council", serif),
    ]

    def furniture(c, total):
        c.saveState()
        c.setFont("Times-Bold", 20)
        c.setFillColor(colors.HexColor("#5b2c6f"))
        c.drawString(22 * mm, A4[1] - 18 * mm, "Kirklees Council")
        c.setStrokeColor(colors.HexColor("#5b2c6f"))
        c.setLineWidth(1.2)
        c.line(22 * mm, A4[1] - 21 * mm, A4[0] - 22 * mm, A4[1] - 21 * mm)
        c.setFont("Times-Roman", 8.5)
        c.setFillColor(colors.black)
        c.drawCentredString(A4[0] / 2, 15 * mm, "%s  |  %d / %d" % (ref, c.getPageNumber(), total))
        c.setFont("Times-Roman", 6)
        c.setFillColor(colors.HexColor("#999999"))
        c.drawCentredString(A4[0] / 2, 10 * mm, SYNTH)
        c.restoreState()

    pdf = pdf_bytes("kirklees-attachment", story, furniture, "FOI response %s" % ref, "Kirklees Council",
                    margins=(22, 22, 30, 25))

    body = ("Dear %s,\n\nPlease find attached the Council's response to your Freedom of Information "
            "request about bruising in non-mobile infants (our reference %s).\n\n"
            "Regards,\n\nInformation Governance Team\nKirklees Council\n\n"
            "This email and any attachments are confidential and intended solely for the addressee. "
            "If you have received it in error please notify the sender and delete it.\n\n%s\n"
            % (REQUESTER, ref, SYNTH))
    msg = MIMEMultipart("mixed")
    eml_headers(msg, "Information Governance <information.governance@kirklees.gov.uk>",
                "%s <%s>" % (REQUESTER, REQUESTER_EMAIL),
                "Freedom of Information request %s - response" % ref,
                dt.datetime(2026, 1, 6, 15, 3, 47, tzinfo=LONDON), "<KMC-IG-25-3317@kirklees.gov.uk>")
    msg.attach(MIMEText(body, "plain", "us-ascii"))
    att = MIMEApplication(pdf, "pdf")
    att.add_header("Content-Disposition", "attachment", filename="KMC-IG-25-3317 response.pdf")
    msg.attach(att)
    msg.set_boundary("==KMC_3317_mixed_boundary==")
    write_eml(fn, msg)
    label(fn, "eml", "Kirklees Council", "E08000034", "answered", [], A, ["answered"] * 5,
          fields("informal", "2023-01", "yes", "no", "no", "no", "yes", "no", None),
          [proto, ICO])


# =========================================================================== H. Lambeth (PDF, narrative letter with no numbers)

def doc_lambeth():
    fn = "lambeth-narrative-letter.pdf"
    ref = "IR-302915"
    proto = "https://www.lambethsafeguardingchildren.org.uk/protocols/bruising-non-mobile-babies"
    A = [
        "I can confirm that the Lambeth Safeguarding Children Partnership reviewed its local "
        "protocol after the briefing was published. The review was carried out by the "
        "Partnership\u2019s Learning and Improvement Subgroup in September 2023, and it concluded "
        "that the protocol should be brought closer to the London Safeguarding Children "
        "Procedures and that the definition of mobility should be made simpler for front-line "
        "staff to apply.",
        "The revised protocol, which records the outcome of the review, can be found at %s. "
        "The Subgroup did not produce a separate report." % proto,
        "You also asked about section 47 enquiries. No child is sent down the section 47 road "
        "simply because a bruise has been seen: the protocol requires an urgent paediatric "
        "assessment and a conversation with the social work duty team, and it is their joint "
        "view which decides whether a strategy discussion is needed.",
        "As a result of the review the protocol was shortened, the referral flowchart was "
        "redrawn, and a new section on communicating with parents was added.",
        "Turning to the definition, this did change. The protocol now states that every baby "
        "under six months old is to be treated as not independently mobile, without any need "
        "to assess what the baby can do; for older babies the practitioner uses their "
        "professional judgement about the child\u2019s development. Before the review the "
        "protocol gave no age at all.",
    ]
    body = ParagraphStyle("l", fontName="Times-Roman", fontSize=12, leading=16.5, spaceAfter=9,
                          firstLineIndent=0)
    right = ParagraphStyle("lr", parent=body, alignment=TA_RIGHT, fontSize=10.5, leading=13, spaceAfter=0)
    story = [
        Paragraph("Information Requests<br/>London Borough of Lambeth<br/>Lambeth Town Hall<br/>"
                  "Brixton Hill<br/>London SW2 1RW", right),
        Spacer(1, 6 * mm),
        Paragraph("Your reference: none given<br/>Our reference: %s<br/>7th January 2026" % ref, right),
        Spacer(1, 10 * mm),
        Paragraph("Dear Jo Morgan", body),
        Paragraph("<b>Bruising in babies who are not yet mobile</b>", body),
        Paragraph("Thank you for your request for information about how Lambeth responds to bruising "
                  "in babies who are not yet mobile, following the national Panel\u2019s briefing of "
                  "September 2022, which we received on 2 December 2025. I am sorry that this reply "
                  "is later than it should have been.", body),
    ]
    for a in A:
        story.append(Paragraph(pdf_link(esc(a), "#c8102e"), body))
    story += [
        Paragraph("The information in this letter may be re-used under the Open Government Licence, "
                  "details of which are available at " + pdf_link(OGL, "#c8102e") + ".", body),
        Paragraph("If you are unhappy with this response you can ask for an internal review by "
                  "writing to the address above within 40 working days. Should you remain unhappy "
                  "after the review, you can complain to the Information Commissioner\u2019s Office "
                  "at " + pdf_link(ICO_COMPLAINT, "#c8102e") + " or by post to Wycliffe House, "
                  "Water Lane, Wilmslow SK9 5AF.", body),
        Paragraph("Yours sincerely", body),
        Spacer(1, 8 * mm),
        Paragraph("Information Requests Officer<br/>Legal and Governance, London Borough of Lambeth", body),
    ]

    def furniture(c, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#c8102e"))
        c.rect(20 * mm, A4[1] - 26 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(32 * mm, A4[1] - 25 * mm, "Lambeth")
        if c.getPageNumber() > 1:
            c.setFont("Times-Italic", 9)
            c.drawRightString(A4[0] - 20 * mm, A4[1] - 22 * mm, "Our reference %s (continued)" % ref)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(A4[0] / 2, 14 * mm, "- %d -" % c.getPageNumber())
        c.setFont("Times-Roman", 6)
        c.setFillColor(colors.HexColor("#9a9a9a"))
        c.drawString(20 * mm, 9 * mm, SYNTH)
        c.restoreState()

    build_pdf(fn, story, furniture, "Response %s" % ref, "London Borough of Lambeth",
              margins=(20, 24, 34, 24))
    label(fn, "pdf", "London Borough of Lambeth", "E09000022", "answered", [], A, ["answered"] * 5,
          fields("formal", "2023-09", "yes", "no", "yes", "yes", "not_stated", "yes", 6),
          [proto, OGL, ICO_COMPLAINT])


# =========================================================================== I. Stockport (HTML, Jadu-like FOI page, bold Q1-Q5)

def doc_stockport():
    fn = "stockport-foi-page.html"
    ref = "FOI/SMBC/2025/4410"
    A = [
        "Yes. Stockport follows the Greater Manchester multi-agency policy on bruising in "
        "non-mobile babies. The Greater Manchester safeguarding policy leads reviewed that "
        "policy in December 2022 in the light of the Panel\u2019s briefing and decided to keep "
        "the existing pathway, with clearer advice for practitioners.",
        "No papers were produced. The review took the form of a workshop of the Greater "
        "Manchester policy leads, and no report or minutes came out of it.",
        "Yes. Every baby within the policy who has a bruise is the subject of a strategy "
        "discussion between children\u2019s social care, police and health. The policy leads "
        "chose to keep this because they consider a multi-agency discussion in every case to "
        "be the safest approach.",
        "Guidance was added for practitioners on explaining the process to parents and on "
        "recording the discussion, and the referral form was simplified.",
        "The definition was not altered by the review. Under the policy, once a baby can roll "
        "over unaided they are no longer treated as immobile, so the policy does not apply to "
        "them. There is no age-based rule.",
    ]
    qshort = [
        "Was their a review of your safeguarding policies after the Panel\u2019s guidance was "
        "published, when was it and what did it conclude?",
        "Provide any papers that give information on the outcome of the review.",
        "Does your policy require a s47 investigation or strategy discussion in all cases?",
        "What changes were put in place to provide consistency with the evidence base and "
        "national guidelines?",
        "Were there changes to your definition of not independently mobile, and how is it "
        "defined now (babies who can roll; classification by age)?",
    ]
    qa = "\n".join(
        "        <p><strong>Q%d. %s</strong></p>\n%s" % (i, esc(q), "\n".join(
            "        " + x for x in para_html(a).split("\n")))
        for i, (q, a) in enumerate(zip(qshort, A), 1))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants - Freedom of Information response - Stockport Council</title>
<meta name="generator" content="Jadu Continuum CMS">
<link rel="stylesheet" href="/site/styles/generic/base.css">
</head>
<body id="type-b">
<!-- {SYNTH} -->
<div id="cookieConsent" class="cc-window" role="dialog" aria-label="cookieconsent">
  <span class="cc-message">This website uses cookies to ensure you get the best experience.
  <a class="cc-link" href="/site/scripts/documents_info.php?documentID=12">Learn more</a></span>
  <a class="cc-btn cc-allow" role="button" tabindex="0">Allow cookies</a>
  <a class="cc-btn cc-deny" role="button" tabindex="0">Decline</a>
</div>
<div id="header">
  <p id="skip"><a href="#column">Skip to content</a></p>
  <a href="/" id="logo" title="Stockport Council homepage">Stockport Council</a>
  <ul id="topnav">
    <li><a href="/site/scripts/az_home.php">A to Z</a></li>
    <li><a href="/site/scripts/contact.php">Contact us</a></li>
    <li><a href="/site/scripts/myaccount.php">My account</a></li>
  </ul>
</div>
<div id="breadcrumb">You are here: <a href="/">Home</a> &gt; <a href="/council-and-democracy">Council and democracy</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/responses">FOI responses</a> &gt; <span>Bruising in non-mobile infants</span></div>
<div id="column">
  <div class="secondary">
    <h2>In this section</h2>
    <ul>
      <li><a href="/foi/make-a-request">Make a request</a></li>
      <li><a href="/foi/responses">FOI responses</a></li>
      <li><a href="/foi/publication-scheme">Publication scheme</a></li>
      <li><a href="/foi/transparency">Transparency data</a></li>
    </ul>
  </div>
  <div id="content" class="primary">
    <h1>Bruising in non-mobile infants</h1>
    <div class="byEditor article">
      <table class="foi-details">
        <tr><th scope="row">Reference number</th><td>{ref}</td></tr>
        <tr><th scope="row">Date of request</th><td>02/12/2025</td></tr>
        <tr><th scope="row">Date of response</th><td>Monday 5 January 2026</td></tr>
        <tr><th scope="row">Service area</th><td>Children&rsquo;s Services</td></tr>
      </table>
      <h2>Response</h2>
      <div class="foi-response">
{qa}
      </div>
      <p class="ogl">You are welcome to re-use this information under the
      <a href="{OGL}" rel="license">Open Government Licence</a>.</p>
    </div>
    <p class="lastUpdated">Page last updated: 5 January 2026</p>
  </div>
</div>
<div id="footer">
  <ul>
    <li><a href="/site/scripts/terms.php">Terms of use</a></li>
    <li><a href="/site/scripts/accessibility.php">Accessibility statement</a></li>
    <li><a href="/site/scripts/privacy.php">Privacy</a></li>
  </ul>
  <p>&copy; Stockport Metropolitan Borough Council, Fred Perry House, Edward Street, Stockport SK1 3XE</p>
</div>
</body>
</html>
"""
    with open(path(fn), "w", encoding="utf-8") as f:
        f.write(page)
    label(fn, "html", "Stockport Council", "E08000007", "answered", [], A, ["answered"] * 5,
          fields("formal", "2022-12", "no", "yes", "yes", "no", "no", "no", None),
          [OGL])


# =========================================================================== J. Devon (DOCX, Word numbered list, bold questions, bullets)

def doc_devon():
    fn = "devon-numbered-bold.docx"
    ref = "DCC-FOI-0045127"
    a3_intro = "No. The procedure asks for:"
    a3_bullets = [
        "an urgent referral to children\u2019s social care;",
        "a paediatric assessment on the same day; and",
        "a decision by the social work team manager, informed by that assessment, on whether "
        "a strategy discussion is needed.",
    ]
    a3_end = "A section 47 enquiry is therefore not automatic."
    A = [
        "The briefing was considered by the Devon Children and Families Partnership\u2019s Policy "
        "and Procedures Group in April 2023. The Group went through the South West Child "
        "Protection Procedures chapter and Devon\u2019s local guidance against each of the Panel\u2019s "
        "points and was content that they were already consistent with them. This was a "
        "consideration of the briefing rather than a formal review.",
        "The outcome was recorded only in the Group\u2019s action tracker. No report was written "
        "and there are no minutes for this item.",
        "\n".join([a3_intro] + a3_bullets + [a3_end]),
        "No changes were made, because none were judged necessary.",
        "The definition has not changed. Devon\u2019s guidance says that a baby who can roll, but "
        "who cannot crawl, bottom shuffle, pull to stand or walk, should still be regarded as "
        "not independently mobile.",
    ]
    d = docx_new("Freedom of Information response %s" % ref, "Devon County Council")
    st = d.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    ht = sec.header.add_table(rows=1, cols=2, width=Cm(16.5))
    c0, c1 = ht.rows[0].cells
    c0.text = "Devon County Council"
    c0.paragraphs[0].runs[0].bold = True
    c0.paragraphs[0].runs[0].font.size = Pt(14)
    c0.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x00, 0x6F, 0x51)
    c1.text = "Information Governance Team\nCounty Hall, Topsham Road\nExeter EX2 4QD"
    for p in c1.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in p.runs:
            r.font.size = Pt(8)
    docx_footer(d, "Devon County Council \u2013 %s" % ref)

    d.add_paragraph("12 January 2026")
    d.add_paragraph("Reference: %s" % ref)
    d.add_paragraph("Dear %s," % REQUESTER)
    p = d.add_paragraph()
    p.add_run("Freedom of Information Act 2000: bruising in non-mobile infants").bold = True
    d.add_paragraph("Thank you for your request for information received on 2 December 2025. Your "
                    "questions are shown in bold below, each followed by our response.")
    for i, (q, a) in enumerate(zip(REQ_QS, A)):
        qp = d.add_paragraph(style="List Number")
        qp.add_run(q).bold = True
        if i == 2:
            ap = d.add_paragraph(a3_intro)
            ap.paragraph_format.left_indent = Cm(0.63)
            for b in a3_bullets:
                bp = d.add_paragraph(b, style="List Bullet 2")
            ap = d.add_paragraph(a3_end)
            ap.paragraph_format.left_indent = Cm(0.63)
        else:
            ap = d.add_paragraph(a)
            ap.paragraph_format.left_indent = Cm(0.63)
    d.add_paragraph(
        "Please note that the information in this response may be reused under the Open "
        "Government Licence, unless it is marked as third-party copyright.")
    d.add_paragraph(
        "If you are dissatisfied with our response, please contact us within 40 working days to "
        "ask for an internal review. If you are still dissatisfied after that, you may apply to "
        "the Information Commissioner:")
    docx_text_with_links(d.add_paragraph(), "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Information Governance Officer\nDevon County Council")
    docx_save(d, fn)
    label(fn, "docx", "Devon County Council", "E10000008", "answered", [], A, ["answered"] * 5,
          fields("informal", "2023-04", "no", "no", "no", "no", "yes", "not_stated", None),
          ["https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"])


# =========================================================================== K. Hertfordshire (EML, HTML-only, base64; Q2 withheld under s36)

def doc_hertfordshire():
    fn = "hertfordshire-html-email-s36.eml"
    ref = "HCC-FOI-25-09903"
    proto = "https://www.hertfordshirescp.org.uk/protocols/bruising-in-non-mobile-babies/"
    A = [
        "Yes. Hertfordshire Safeguarding Children Partnership set up a short task-and-finish "
        "group to review its bruising protocol against the Panel\u2019s briefing. The group "
        "reported in May 2023. It concluded that a referral to children\u2019s social care should "
        "still be made in every case, but that decisions about section 47 enquiries should "
        "follow a joint health and social care appraisal.",
        "The minutes and working papers of the task-and-finish group are withheld under section "
        "36(2)(b)(ii) of the Freedom of Information Act 2000. In the reasonable opinion of the "
        "Council\u2019s qualified person, their release would be likely to inhibit the free and "
        "frank exchange of views for the purposes of deliberation. We have weighed the public "
        "interest and concluded that it favours withholding them: partner agencies need to be "
        "able to discuss options candidly, and the result of the review can be seen in the "
        "published protocol.",
        "No. A section 47 enquiry is not started in every case; the joint appraisal decides "
        "whether one is needed.",
        "The protocol was revised in June 2023 to add the joint appraisal step and a leaflet "
        "for parents. The current version is at %s" % proto,
        "Yes. The revised protocol says that a baby is not independently mobile if they cannot "
        "crawl, bottom-shuffle, cruise or walk; rolling on its own does not count as mobility. "
        "The earlier reference to babies \u2018under six months\u2019 was removed, so age is no "
        "longer the test.",
    ]
    heads = ["Question 1 \u2013 review", "Question 2 \u2013 papers", "Question 3 \u2013 section 47",
             "Question 4 \u2013 changes", "Question 5 \u2013 definition"]
    parts = []
    parts.append("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "<style>body{font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222}"
                 "h4{color:#00629b;margin:14px 0 4px}blockquote{border-left:2px solid #999;margin-left:4px;"
                 "padding-left:8px;color:#555}</style></head><body>")
    parts.append("<p>Dear %s</p>" % REQUESTER)
    parts.append("<p><b>Freedom of Information request reference %s</b></p>" % ref)
    parts.append("<p>Thank you for your request received on 2 December 2025. Hertfordshire County "
                 "Council holds some of the information you asked for. Our response to each of "
                 "your questions, which are quoted in full at the end of this email, is below.</p>")
    for h, a in zip(heads, A):
        parts.append("<h4>%s</h4>" % esc(h))
        parts.append(para_html(a))
    parts.append("<p>This email therefore acts as a refusal notice under section 17 of the Act for "
                 "question 2.</p>")
    parts.append("<p>If you are unhappy with this response you may ask for an internal review within "
                 "40 working days by replying to this email. If you remain dissatisfied you may "
                 "complain to the Information Commissioner&rsquo;s Office: "
                 "<a href=\"%s\">%s</a></p>" % (ICO, ICO))
    parts.append("<p>Yours sincerely<br><br><b>Information Governance Unit</b><br>Hertfordshire "
                 "County Council<br>County Hall, Pegs Lane, Hertford SG13 8DQ</p>")
    parts.append("<hr><p><b>From:</b> %s &lt;%s&gt;<br><b>Sent:</b> Tuesday, December 2, 2025 08:52<br>"
                 "<b>To:</b> FOI &lt;foi@hertfordshire.gov.uk&gt;<br><b>Subject:</b> FOI request: "
                 "bruising in non-mobile infants</p>" % (REQUESTER, REQUESTER_EMAIL))
    parts.append("<blockquote><p>%s</p><ol>%s</ol><p>Thank you,<br>%s</p></blockquote>" % (
        esc(REQ_PREAMBLE), "".join("<li>%s</li>" % esc(q) for q in REQ_QS), REQUESTER))
    parts.append("<p style=\"font-size:7pt;color:#aaa\">%s</p></body></html>" % SYNTH)
    msg = MIMEText("\n".join(parts) + "\n", "html", b64_charset())
    eml_headers(msg, "FOI Hertfordshire <foi@hertfordshire.gov.uk>",
                "%s <%s>" % (REQUESTER, REQUESTER_EMAIL),
                "RE: FOI request: bruising in non-mobile infants [%s]" % ref,
                dt.datetime(2026, 1, 2, 10, 15, 0, tzinfo=LONDON), "<%s.reply@hertfordshire.gov.uk>" % ref,
                "<req-bruising-herts@example.net>")
    write_eml(fn, msg)
    label(fn, "eml", "Hertfordshire County Council", "E10000015", "partial", ["s36(2)(b)(ii)"], A,
          ["answered", "refused", "answered", "answered", "answered"],
          fields("formal", "2023-05", "no", "no", "yes", "yes", "yes", "no", None),
          [proto, ICO])


# =========================================================================== L. Warwickshire (HTML, disclosure-log detail page; Q2 not held)

def doc_warwickshire():
    fn = "warwickshire-disclosure-log.html"
    A = [
        "Warwickshire Safeguarding\u2019s Policy and Procedures Subgroup noted the briefing at its "
        "meeting on 19 October 2022. Members agreed that the local procedure was consistent "
        "with it, so no formal review was commissioned.",
        "Warwickshire County Council does not hold any information within the scope of this "
        "question.",
        "No. Health professionals make the first assessment of the injury, and children\u2019s "
        "social care then decide, with them, whether a strategy discussion is needed.",
        "No changes were made.",
        "No. The procedure has always treated a baby who can roll over as having some "
        "independent mobility, and it does not use age to define mobility.",
    ]
    req_html = "<p>%s</p>\n<ol>\n%s</ol>" % (esc(REQ_PREAMBLE), "".join("<li>%s</li>\n" % esc(q) for q in REQ_QS))
    resp_html = "<ol class=\"response-list\">\n%s</ol>" % "".join("<li>%s</li>\n" % esc(a) for a in A)
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants | Warwickshire County Council Disclosure Log</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link href="/static/css/app.3f9c2e.css" rel="stylesheet">
</head>
<body>
<!-- {SYNTH} -->
<noscript>You need to enable JavaScript for the full version of this site.</noscript>
<div id="cookie-notice" class="notice notice--cookies">
  <p>This site uses cookies to remember your settings and to measure how it is used.</p>
  <a href="/cookie-policy">Cookie policy</a>
  <button class="notice__accept">OK</button>
</div>
<header class="dl-header">
  <div class="dl-header__brand"><a href="/"><img src="/static/img/wcc-logo.png" alt="Warwickshire County Council"></a>
  <span class="dl-header__title">Disclosure Log</span></div>
  <nav class="dl-nav">
    <a href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">All disclosures</a>
    <a href="/search">Search</a>
    <a href="/about">About this log</a>
  </nav>
</header>
<main class="container">
  <p class="back-link"><a href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">&larr; Back to results</a></p>
  <h1 class="disclosure__title">Bruising in non-mobile infants</h1>
  <div class="disclosure__meta">
    <div class="meta-row"><span class="meta-label">Case reference</span><span class="meta-value">WCC-FOI-12873</span></div>
    <div class="meta-row"><span class="meta-label">Received</span><span class="meta-value">03/12/2025</span></div>
    <div class="meta-row"><span class="meta-label">Published</span><span class="meta-value">06/01/2026</span></div>
    <div class="meta-row"><span class="meta-label">Legislation</span><span class="meta-value">Freedom of Information Act</span></div>
    <div class="meta-row"><span class="meta-label">Tags</span><span class="meta-value"><span class="tag">Children and families</span> <span class="tag">Safeguarding</span></span></div>
  </div>
  <section class="disclosure__section">
    <h2>Request</h2>
    {req_html}
  </section>
  <section class="disclosure__section">
    <h2>Response</h2>
    <p>Please find our response below. Answers are numbered in the same order as the questions.</p>
    {resp_html}
    <p>Where we have told you that information is not held, this is a formal notice under
    section 1(1)(a) of the Freedom of Information Act 2000.</p>
    <p>This information may be re-used under the Open Government Licence:
    <a href="{OGL}">{OGL}</a>.</p>
    <p>If you are unhappy with this response, please ask for an internal review. You may then
    complain to the Information Commissioner&rsquo;s Office at <a href="{ICO_COMPLAINT}">{ICO_COMPLAINT}</a>.</p>
  </section>
  <section class="disclosure__section disclosure__section--attachments">
    <h2>Attachments</h2>
    <p>There are no attachments for this disclosure.</p>
  </section>
</main>
<footer class="dl-footer">
  <p>Warwickshire County Council, Shire Hall, Warwick CV34 4RL</p>
  <p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p>
</footer>
<script src="/static/js/app.8a1d44.js"></script>
</body>
</html>
"""
    with open(path(fn), "w", encoding="utf-8") as f:
        f.write(page)
    label(fn, "html", "Warwickshire County Council", "E10000031", "partial", [], A,
          ["answered", "not_held", "answered", "answered", "answered"],
          fields("informal", "2022-10", "no", "no", "no", "no", "no", "no", None),
          [OGL, ICO_COMPLAINT])


# =========================================================================== M. Bolton (DOCX, bold questions; Q5 sent to the partnership)

def doc_bolton():
    fn = "bolton-bold-questions-partial.docx"
    ref = "FOI/2025/12/0193"
    policy = "https://www.boltonsafeguardingchildren.org.uk/policies/gm-bruising-non-mobile-babies"
    contact = "https://www.boltonsafeguardingchildren.org.uk/contact-us"
    A = [
        "Yes. The Greater Manchester bruising policy, which Bolton follows, was reviewed by the "
        "Greater Manchester policy leads in December 2022, after the Panel\u2019s briefing was "
        "published. The review decided to keep the multi-agency pathway but to give "
        "practitioners clearer guidance.",
        "Please see the revised policy at %s" % policy,
        "Yes \u2013 the policy requires a strategy discussion in every case.",
        "The practitioner guidance was expanded and an information sheet for parents was "
        "introduced.",
        "The Council does not hold information about how the definition is set or whether it "
        "has changed. This is a matter for Bolton Safeguarding Children Partnership, which "
        "holds that information. You can contact the Partnership at bscp@bolton.gov.uk or "
        "through %s" % contact,
    ]
    d = docx_new("FOI response %s" % ref, "Bolton Council")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("BOLTON COUNCIL")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x6C, 0x1D, 0x45)
    hp2 = sec.header.add_paragraph("Information Governance \u00b7 Town Hall \u00b7 Bolton BL1 1RU")
    hp2.runs[0].font.size = Pt(8)
    docx_footer(d, "FOI ref %s" % ref)

    d.add_paragraph("Date: 8 January 2026\nOur Ref: %s" % ref)
    d.add_paragraph("Dear Requester")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tr = t.add_run("FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST FOR INFORMATION")
    tr.bold = True
    tr.underline = True
    d.add_paragraph("I refer to your request for information received on 2 December 2025. Having "
                    "searched our records, the Council\u2019s response is set out below.")
    for i, (q, a) in enumerate(zip(REQ_QS, A), 1):
        qp = d.add_paragraph()
        qp.paragraph_format.space_before = Pt(10)
        qr = qp.add_run("%d) %s" % (i, q))
        qr.bold = True
        ap = d.add_paragraph()
        docx_text_with_links(ap, a)
    d.add_paragraph()
    d.add_paragraph("Re-use of the information is permitted under the Open Government Licence.")
    d.add_paragraph("If you are not happy with this response you have the right to request an "
                    "internal review by contacting the Information Governance team within 40 "
                    "working days. If you remain dissatisfied you may complain to the Information "
                    "Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    d.add_paragraph("Yours faithfully")
    p = d.add_paragraph()
    p.add_run("Information Governance Officer").bold = True
    p.add_run("\nBolton Council")
    docx_save(d, fn)
    label(fn, "docx", "Bolton Council", "E08000001", "partial", [], A,
          ["answered", "answered", "answered", "answered", "redirected"],
          fields("formal", "2022-12", "yes", "yes", "yes", "not_stated", "not_stated", "not_stated", None),
          [policy, contact])


# =========================================================================== N. Essex (PDF, whole request refused under s12)

def doc_essex():
    fn = "essex-s12-refusal.pdf"
    ref = "CSF-FOI-25-7781"
    setproc = "https://www.escb.co.uk/set-procedures/"
    base = ParagraphStyle("e", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
    h = ParagraphStyle("eh", parent=base, fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=6,
                       textColor=colors.HexColor("#2b3e8c"))
    tbl = Table([
        ["Request reference", ref],
        ["Date received", "2 December 2025"],
        ["Date of this notice", "16 January 2026"],
        ["Decision", "Refused \u2013 section 12(1), cost of compliance exceeds appropriate limit"],
    ], colWidths=[45 * mm, 115 * mm])
    tbl.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
        ("FONT", (1, 0), (1, -1), "Helvetica", 9.5),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e9ecf7")),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#2b3e8c")),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa5cf")),
    ]))
    story = [
        Paragraph("REFUSAL NOTICE", ParagraphStyle("t", parent=base, fontName="Helvetica-Bold",
                                                    fontSize=15, alignment=TA_CENTER, spaceAfter=10)),
        tbl,
        Spacer(1, 6 * mm),
        Paragraph("Dear %s," % REQUESTER, base),
        Paragraph("Thank you for your request for information about the review of safeguarding "
                  "policies on bruising in non-mobile infants following the Child Safeguarding "
                  "Practice Review Panel\u2019s briefing of September 2022. Your request contained "
                  "five questions covering any review, its papers, section 47 enquiries, changes "
                  "made and the definition of \u2018not independently mobile\u2019.", base),
        Paragraph("Decision", h),
        Paragraph("Essex County Council is refusing your request under section 12(1) of the Freedom "
                  "of Information Act 2000, because the cost of complying with it would exceed the "
                  "appropriate limit. For local authorities this limit is \u00a3450, which equates to "
                  "18 hours of work at the rate of \u00a325 per hour set by the Freedom of Information "
                  "and Data Protection (Appropriate Limit and Fees) Regulations 2004.", base),
        Paragraph("Why the limit would be exceeded", h),
        Paragraph("Safeguarding procedures in Essex are maintained jointly with Southend-on-Sea and "
                  "Thurrock through the SET procedures group. Records of that group\u2019s discussions "
                  "between September 2022 and the present are not held in a single place: to find "
                  "whether the Panel\u2019s briefing was considered, and what followed, officers would "
                  "need to search the archived papers of the group and of the Essex Safeguarding "
                  "Children Board, and the mailboxes of around 40 members of staff who have "
                  "attended those meetings during that period. A sampling exercise of two mailboxes "
                  "took just over two hours, which indicates a total of more than 80 hours.", base),
        Paragraph("Where one part of a request would exceed the limit, the Council is not obliged "
                  "to answer any part of it, and we have not done so.", base),
        Paragraph("Advice and assistance", h),
        Paragraph("Under section 16 of the Act we suggest that you may wish to submit a narrower "
                  "request, for example limited to the current wording of the procedure, which "
                  "would be likely to fall within the limit. The current SET procedures are "
                  "published at " + pdf_link(setproc) + " and you may find that they answer some "
                  "of your questions.", base),
        Paragraph("Your right to complain", h),
        Paragraph("If you are dissatisfied with this decision you may ask for an internal review "
                  "within 40 working days of the date of this notice by writing to the Information "
                  "Governance Team, County Hall, Market Road, Chelmsford CM1 1QH. If you remain "
                  "dissatisfied after the internal review you may complain to the Information "
                  "Commissioner: " + pdf_link(ICO_COMPLAINT), base),
        Spacer(1, 5 * mm),
        Paragraph("Yours sincerely", base),
        Spacer(1, 6 * mm),
        Paragraph("<b>Information Governance Team</b><br/>Essex County Council", base),
    ]

    def furniture(c, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#2b3e8c"))
        c.rect(0, A4[1] - 18 * mm, A4[0], 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(20 * mm, A4[1] - 11.5 * mm, "Essex County Council")
        c.setFont("Helvetica", 9)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 11.5 * mm, "Information Governance")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 14 * mm, "OFFICIAL")
        c.drawRightString(A4[0] - 20 * mm, 14 * mm, "Page %d of %d" % (c.getPageNumber(), total))
        c.setFont("Helvetica", 6)
        c.setFillColor(colors.HexColor("#999999"))
        c.drawString(20 * mm, 9 * mm, SYNTH)
        c.restoreState()

    build_pdf(fn, story, furniture, "Refusal notice %s" % ref, "Essex County Council",
              margins=(20, 20, 28, 24))
    label(fn, "pdf", "Essex County Council", "E10000012", "refused", ["s12(1)"], [None] * 5,
          ["refused"] * 5, dict(NOT_STATED), [setproc, ICO_COMPLAINT])


# =========================================================================== O. Redcar and Cleveland (EML, whole request redirected to the partnership)

def doc_redcar():
    fn = "redcar-cleveland-redirect.eml"
    ref = "FOI 1193/25"
    site = "https://www.southteesscp.org.uk/"
    body = """Dear Jo Morgan

Re: %s - Bruising in non-mobile infants

Thank you for your email of 2 December 2025.

Redcar and Cleveland Borough Council does not hold the information you have asked for.
Multi-agency safeguarding policies and procedures for Redcar and Cleveland are written and
reviewed by the South Tees Safeguarding Children Partnership, which covers both
Middlesbrough and Redcar and Cleveland. The Partnership holds the records of any review of its
procedure on bruising in non-mobile babies, and of the definitions it uses.

Please send your request directly to the Partnership:

  South Tees Safeguarding Children Partnership
  Email: stscp.businessunit@southteesscp.org.uk
  Website: %s

Safeguarding partnerships are not public authorities in their own right, but the Partnership
has told us that it will respond to requests of this kind.

If you are not satisfied with the handling of your request you may ask for an internal review.
You can also contact the Information Commissioner's Office at %s

Kind regards

Information Governance Team
Redcar and Cleveland Borough Council
Redcar & Cleveland House, Kirkleatham Street, Redcar TS10 1RT

________________________________________
From: %s <%s>
Sent: 02 December 2025 08:47
To: Freedom of Information
Subject: FOI request - bruising in non-mobile infants

%s
%s

%s

%s
""" % (ref, site, ICO, REQUESTER, REQUESTER_EMAIL, REQ_PREAMBLE, REQ_PANEL_URL,
       "\n".join("%d. %s" % (i, q) for i, q in enumerate(REQ_QS, 1)), SYNTH)
    msg = MIMEText(body, "plain", b64_charset())
    eml_headers(msg, "Freedom of Information <foi@redcar-cleveland.gov.uk>",
                "%s <%s>" % (REQUESTER, REQUESTER_EMAIL),
                "RE: FOI request - bruising in non-mobile infants (%s)" % ref,
                dt.datetime(2025, 12, 10, 14, 20, 31, tzinfo=LONDON),
                "<rcbc-foi-1193-25@redcar-cleveland.gov.uk>", "<req-bruising-rcbc@example.net>")
    write_eml(fn, msg)
    label(fn, "eml", "Redcar and Cleveland Borough Council", "E06000003", "redirected", [],
          [None] * 5, ["redirected"] * 5, dict(NOT_STATED), [site, ICO])


# =========================================================================== P. Tewkesbury (TXT, district council without children's services)

def doc_tewkesbury():
    fn = "tewkesbury-district-no-childrens-services.txt"
    gcc = "https://www.gloucestershire.gov.uk/council-and-democracy/freedom-of-information/"
    text = """TEWKESBURY BOROUGH COUNCIL
Council Offices, Gloucester Road, Tewkesbury, Gloucestershire GL20 5TT

Our ref:    FOI/2025/0612
Date:       4 December 2025

Dear Jo Morgan

FREEDOM OF INFORMATION REQUEST - BRUISING IN NON-MOBILE INFANTS

Thank you for your request for information, which reached us on 2 December 2025.

Tewkesbury Borough Council is a district council. We do not provide children's social care
or child protection services, we are not one of the statutory safeguarding partners, and we
have no policy or procedure on bruising in babies. The Council therefore does not hold any
information relevant to your five questions.

Children's services in the Tewkesbury area are the responsibility of Gloucestershire County
Council, so you may wish to send your request to them instead. Their freedom of information
pages are at:
%s

If you are unhappy with how we have dealt with your request, please contact us to ask for an
internal review. If you are still dissatisfied after that, you may complain to the
Information Commissioner's Office (%s).

Yours sincerely

Corporate Services - FOI Officer
Tewkesbury Borough Council

%s
""" % (gcc, ICO, SYNTH)
    with open(path(fn), "w", encoding="utf-8") as f:
        f.write(text)
    label(fn, "txt", "Tewkesbury Borough Council", None, "not_held", [], [None] * 5,
          ["not_held"] * 5, dict(NOT_STATED), [gcc, ICO], sender_kind="district")


# =========================================================================== Q. Hampshire (EML, acknowledgement: not a reply)

def doc_hampshire_ack():
    fn = "hampshire-acknowledgement.eml"
    ref = "FOI-HCC-25-12003"
    plain = """Dear Jo Morgan

Your request for information - reference %s

Thank you for your request, which we received on 2 December 2025. It is being handled under
the Freedom of Information Act 2000.

We will respond promptly and in any case within 20 working days, which means by
5 January 2026 at the latest (the period takes account of the bank holidays over
Christmas). If we need to clarify anything, or if a fee is payable, we will contact you.

For your records, your request reads:

  %s

%s

Please quote the reference above in any correspondence about this request.

Yours sincerely

Information Compliance Team
Hampshire County Council
Elizabeth II Court, The Castle, Winchester SO23 8UJ

%s
""" % (ref, REQ_PREAMBLE,
       "\n".join("  %d. %s" % (i, q) for i, q in enumerate(REQ_QS, 1)), SYNTH)
    html_body = ("<html><body style=\"font-family:Arial\"><p>Dear Jo Morgan</p>"
                 "<p><b>Your request for information - reference %s</b></p>"
                 "<p>Thank you for your request, which we received on 2 December 2025. It is being "
                 "handled under the Freedom of Information Act 2000.</p>"
                 "<p>We will respond promptly and in any case within 20 working days, which means by "
                 "5 January 2026 at the latest (the period takes account of the bank holidays over "
                 "Christmas). If we need to clarify anything, or if a fee is payable, we will contact "
                 "you.</p><p>For your records, your request reads:</p><blockquote><p>%s</p><ol>%s</ol>"
                 "</blockquote><p>Please quote the reference above in any correspondence about this "
                 "request.</p><p>Yours sincerely</p><p>Information Compliance Team<br>Hampshire County "
                 "Council<br>Elizabeth II Court, The Castle, Winchester SO23 8UJ</p>"
                 "<p style=\"font-size:7pt;color:#999\">%s</p></body></html>"
                 % (ref, esc(REQ_PREAMBLE), "".join("<li>%s</li>" % esc(q) for q in REQ_QS), SYNTH))
    msg = MIMEMultipart("alternative")
    eml_headers(msg, "Information Compliance <foi@hants.gov.uk>", "%s <%s>" % (REQUESTER, REQUESTER_EMAIL),
                "Acknowledgement: Freedom of Information request %s" % ref,
                dt.datetime(2025, 12, 3, 9, 2, 11, tzinfo=LONDON), "<%s.ack@hants.gov.uk>" % ref,
                "<req-bruising-hants@example.net>")
    msg["Auto-Submitted"] = "auto-generated"
    msg.attach(MIMEText(plain, "plain", qp_charset()))
    msg.attach(MIMEText(html_body, "html", qp_charset()))
    msg.set_boundary("_HCC_ACK_12003_alt_")
    write_eml(fn, msg)
    reject(fn, "eml", "acknowledgement")


# =========================================================================== R. Portsmouth (TXT, reply to a different request: not a reply to this one)

def doc_portsmouth_other():
    fn = "portsmouth-other-request.txt"
    text = """PORTSMOUTH CITY COUNCIL
Information Governance | Civic Offices | Guildhall Square | Portsmouth PO1 2AL

Freedom of Information Request - Reference FOI 2025/1688
Date: 11 December 2025

Dear Requester

Thank you for your request for information received on 17 November 2025 about agency social
workers in children's services. Please find our response below.

1. How many social workers employed through agencies worked in children's social care on
   31 March 2023, 31 March 2024 and 31 March 2025?

   31 March 2023: 41; 31 March 2024: 36; 31 March 2025: 29 (full-time equivalent, rounded).

2. What was the total spend on agency social workers in children's social care in each of
   the financial years 2022/23, 2023/24 and 2024/25?

   2022/23: GBP 4.1m; 2023/24: GBP 3.6m; 2024/25: GBP 2.9m.

3. Do you apply the regional pay rate caps for agency social workers agreed by the South
   East memorandum of understanding?

   Yes.

4. How many agency social workers were working in your child protection teams on
   1 November 2025?

   Fewer than five. To avoid identifying individuals we are withholding the exact figure
   under section 40(2) of the Freedom of Information Act 2000.

5. Has there been a review of your recruitment and retention strategy for children's
   social workers since 2022, and when?

   Yes. The strategy was reviewed in the autumn of 2023 and a refreshed strategy was
   approved in February 2024.

You may re-use this information under the Open Government Licence.

If you are unhappy with this response you may request an internal review within 40 working
days. You also have the right to complain to the Information Commissioner's Office.

Yours sincerely

Information Governance Team
Portsmouth City Council

%s
""" % SYNTH
    with open(path(fn), "w", encoding="utf-8") as f:
        f.write(text)
    reject(fn, "txt", "other_request")


def main():
    for fn in (doc_norfolk, doc_sefton, doc_dorset, doc_gateshead, doc_cheshire_east,
               doc_somerset, doc_kirklees, doc_lambeth, doc_stockport, doc_devon,
               doc_hertfordshire, doc_warwickshire, doc_bolton, doc_essex, doc_redcar,
               doc_tewkesbury, doc_hampshire_ack, doc_portsmouth_other):
        fn()
    with open(path("labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d documents" % len(LABELS))


if __name__ == "__main__":
    main()
