#!/usr/bin/env python3
"""Generate the `fresh_nov_a` corpus: 22 synthetic documents plus labels.json.

Every document is a SYNTHETIC reply (or non-reply) to the round-robin FOI request on
bruising in non-mobile infants. Council names and GSS codes are real; every word of
content, and every position attributed to a council, is invented for testing.

Deterministic: fixed dates, fixed MIME boundaries, reportlab invariant mode and
normalised ZIP timestamps for DOCX files. Run with any Python that has reportlab,
python-docx and lxml:

    python make_fixtures.py
"""
import copy
import datetime as dt
import email.policy
import html
import io
import json
import zipfile
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape as xesc

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps / random IDs in PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT, TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,
    Spacer, Table, TableStyle)

import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor, Mm  # noqa: E402

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document written for foi-responses; not a real council reply."
FIXED = dt.datetime(2025, 11, 20, 9, 0, 0)

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"
ICO_SHORT = "https://ico.org.uk"
REQ_URL = "https://www.gov.uk/government/publications/bruising-in-non-mobile-infants"

REQUESTER = "Jane Ashworth"
REQUESTER_EMAIL = "jane.ashworth.foi@example.com"

# The request as the requester sent it (with the requester's own typo in question 1).
REQ_INTRO = ("In September 2022 the Child Safeguarding Practice Review Panel published a "
             "briefing on bruising in non-mobile infants, asking every set of safeguarding "
             "partners to look again at their policies and check them against the evidence "
             "base and national guidelines. Under the Freedom of Information Act, please "
             "answer the following:")
Q = {
    "1": "Was their a review of your safeguarding policies after this guidance was "
         "published, when was it, and what did it conclude?",
    "2": "Provide any papers that give information on the outcome of this review.",
    "3": "Does your policy require a s47 investigation or strategy discussion in all cases?",
    "4": "What changes were put in place to provide consistency with the evidence base "
         "and national guidelines?",
    "5": "Were there changes to your definition of when a child is not independently "
         "mobile and how is that now defined - in particular are children who can roll "
         "defined as not independently mobile and are children classified as not "
         "independently mobile on the basis of age?",
}
REQ_SIGNOFF = f"Many thanks,\n{REQUESTER}"

LABELS = []


def fields(review_held, review_date, papers, s47, changes, defchg, roll, age, thr):
    return {
        "review_held": review_held, "review_date": review_date,
        "papers_provided": papers, "s47_all_cases": s47, "changes_made": changes,
        "definition_changed": defchg, "rolling_is_non_mobile": roll,
        "age_based": age, "age_threshold_months": thr,
    }


NOT_STATED = fields("not_stated", None, "not_stated", "not_stated", "not_stated",
                    "not_stated", "not_stated", "not_stated", None)


def label(file, fmt, authority, code, outcome, exemptions, answers, status, flds, links,
          sender_kind=None):
    rec = {"file": file, "format": fmt, "authority": authority, "authority_code": code,
           "outcome": outcome, "exemptions": exemptions,
           "answers": {k: answers.get(k) for k in "12345"},
           "status": {k: status[k] for k in "12345"},
           "fields": flds, "links": links}
    if sender_kind:
        rec["sender_kind"] = sender_kind
    LABELS.append(rec)


def reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def all_status(s):
    return {k: s for k in "12345"}


# ---------------------------------------------------------------- PDF helpers
def page_x_of_y_canvas(draw_fn):
    """Canvas class that knows the total page count, for 'Page x of y' footers."""

    class _C(rl_canvas.Canvas):
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
                draw_fn(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return _C


def pdf_doc(path, title, author, **kw):
    return SimpleDocTemplate(
        str(path), pagesize=A4, title=title, author=author,
        subject="Synthetic test document (foi-responses test corpus)",
        keywords="synthetic, test fixture, not a real council reply",
        creator="make_fixtures.py (foi-responses)", **kw)


def P(text, style):
    return Paragraph(text, style)


def esc(s):
    return xesc(s)


def linkify(s):
    """Escape text for reportlab and make http(s) URLs clickable."""
    out = []
    for tok in s.split(" "):
        if tok.startswith("http"):
            tail = ""
            while tok and tok[-1] in ".,;)":
                tail = tok[-1] + tail
                tok = tok[:-1]
            out.append(f'<a href="{esc(tok)}" color="#1a4f9c">{esc(tok)}</a>{esc(tail)}')
        else:
            out.append(esc(tok))
    return " ".join(out)


# ---------------------------------------------------------------- DOCX helpers
def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def add_hyperlink(paragraph, url, text=None):
    part = paragraph.part
    r_id = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/hyperlink", is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "Hyperlink")
    rpr.append(rs)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "0563C1")
    rpr.append(col)
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text or url
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


def new_docx(title, author, font="Calibri", size=11):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = SYN
    cp.keywords = "synthetic; test fixture; foi-responses"
    cp.subject = "Synthetic test document"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            zout.writestr(ni, zin.read(info.filename))


def footer_with_page(section, left_text, syn=True, font_size=8):
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(left_text + "   Page ")
    r.font.size = Pt(font_size)
    add_field(fp, "PAGE")
    if syn:
        sp = section.footer.add_paragraph()
        rr = sp.add_run(SYN)
        rr.font.size = Pt(6)
        rr.font.color.rgb = RGBColor(0x88, 0x88, 0x88)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


# ---------------------------------------------------------------- EML helpers
def fix_boundaries(msg, stem):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"=_{stem}_{n:02d}_b7c1e0")


def write_eml(msg, name, stem):
    fix_boundaries(msg, stem)
    (OUT / name).write_bytes(msg.as_bytes(policy=email.policy.SMTP))


def quoted_request_text(date_line, to_addr, prefix="> "):
    lines = [f"From: {REQUESTER} <{REQUESTER_EMAIL}>", f"Sent: {date_line}",
             f"To: {to_addr}", "Subject: Freedom of Information request - bruising in "
             "non-mobile infants", "", "Dear Sir or Madam,", "", REQ_INTRO, "",
             f"(Briefing: {REQ_URL})", ""]
    for k in "12345":
        lines.append(f"{k}. {Q[k]}")
    lines += ["", REQ_SIGNOFF]
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in lines)


def quoted_request_html(date_line, to_addr):
    qs = "".join(f"<li>{html.escape(Q[k])}</li>" for k in "12345")
    return (f'<div style="border-left:2px solid #999;padding-left:8px;color:#555">'
            f"<p><b>From:</b> {REQUESTER} &lt;{REQUESTER_EMAIL}&gt;<br><b>Sent:</b> {date_line}"
            f"<br><b>To:</b> {html.escape(to_addr)}<br><b>Subject:</b> Freedom of Information "
            f"request - bruising in non-mobile infants</p><p>Dear Sir or Madam,</p>"
            f"<p>{html.escape(REQ_INTRO)}</p><p>(Briefing: <a href=\"{REQ_URL}\">{REQ_URL}</a>)</p>"
            f"<ol>{qs}</ol><p>Many thanks,<br>{REQUESTER}</p></div>")


# =====================================================================================
# 1. City of York Council - PDF letter, quoted questions in bold, "Response:" under each
# =====================================================================================
def york():
    name = "york-foi-letter.pdf"
    proc = "https://www.saferchildrenyork.org.uk/bruising-protocol"
    A = {
        "1": "Yes. The procedures subgroup of the City of York Safeguarding Children "
             "Partnership went through the local bruising protocol line by line against the "
             "Panel's briefing at its meeting on 8 March 2023. It concluded that the protocol "
             "was sound on recognising and referring bruising, but that it moved too quickly to "
             "a strategy discussion and did not say clearly enough which babies it covered.",
        "2": f"The revised protocol is published at {proc}. We have also attached the "
             "two-page briefing note that went to the subgroup in March 2023.",
        "3": "No. Every baby is seen by a paediatrician, but a strategy discussion only follows "
             "where the medical assessment, or what is already known about the family, gives "
             "cause for concern.",
        "4": "An initial appraisal, led by the duty social worker and the on-call paediatrician, "
             "was written into the protocol, together with a leaflet for parents explaining "
             "what happens and why.",
        "5": "Yes, the wording was tightened in 2023. A baby counts as not independently mobile "
             "until they can crawl, bottom-shuffle, pull to stand or cruise. Babies who have "
             "started to roll over are still covered. No age cut-off is used.",
    }
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5,
                          leading=14, spaceAfter=6)
    qst = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold", spaceBefore=8)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=12)

    def draw(c, page, total):
        c.saveState()
        if page == 1:
            c.setFillColor(colors.HexColor("#6b2c91"))
            c.rect(0, A4[1] - 32 * mm, A4[0], 32 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 20)
            c.drawString(20 * mm, A4[1] - 17 * mm, "City of York Council")
            c.setFont("Helvetica", 9.5)
            c.drawString(20 * mm, A4[1] - 24 * mm,
                         "Customer and Corporate Services  |  Information Governance")
        else:
            c.setFont("Helvetica", 8.5)
            c.setFillColor(colors.HexColor("#6b2c91"))
            c.drawString(20 * mm, A4[1] - 12 * mm,
                         "City of York Council - FOI response CYC/FOI/25/04417")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Page {page} of {total}")
        c.setFont("Helvetica", 6)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 7 * mm, SYN)
        c.restoreState()

    doc = pdf_doc(OUT / name, "FOI response CYC/FOI/25/04417", "City of York Council",
                  leftMargin=20 * mm, rightMargin=20 * mm, topMargin=40 * mm,
                  bottomMargin=22 * mm)
    s = [P("Ms J Ashworth<br/>By email only", body), Spacer(1, 4),
         P("Our reference: CYC/FOI/25/04417<br/>Date: 12th November 2025", body),
         Spacer(1, 6), P("Dear Ms Ashworth", body),
         P("<b>Freedom of Information Act 2000 - bruising in non-mobile babies</b>", body),
         P("Thank you for your request, which we received on 20th October 2025. I have set out "
           "each of your questions below, followed by our reply. Colleagues in Children's "
           "Social Care and the partnership's business unit helped to prepare it.", body)]
    for k in "12345":
        s.append(P(f"{k}. &#8220;{esc(Q[k])}&#8221;", qst))
        s.append(P("<u>Response:</u> " + linkify(A[k]), body))
    s += [Spacer(1, 6), P("<b>Re-use of this information</b>", body),
          P("You may re-use the information in this letter under the Open Government "
            f"Licence: {linkify(OGL)}", small),
          P("<b>If you are not satisfied</b>", body),
          P("You can ask for an internal review by writing to foi@york.gov.uk within 40 "
            "working days of the date of this letter. If you are still unhappy after that, "
            "you may complain to the Information Commissioner's Office, Wycliffe House, "
            f"Water Lane, Wilmslow, Cheshire SK9 5AF, or online at {linkify(ICO_COMPLAIN)}",
            small),
          Spacer(1, 10), P("Yours sincerely", body), Spacer(1, 14),
          P("Hannah Pickering<br/>Information Governance Officer<br/>City of York Council",
            body)]
    doc.build(s, canvasmaker=page_x_of_y_canvas(draw))
    label(name, "pdf", "City of York Council", "E06000014", "answered", [], A,
          all_status("answered"),
          fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
          [proc, OGL, ICO_COMPLAIN])


# =====================================================================================
# 6. Bath and North East Somerset - PDF, two-column table, minutes extract with s40(2)
# =====================================================================================
def bathnes():
    name = "bath-and-north-east-somerset-response.pdf"
    proc = "https://www.swcpp.org.uk/bruising-non-mobile"
    A = {
        "1": "There was no formal review. The Community Safety and Safeguarding Partnership's "
             "child protection subgroup discussed the briefing on 14/02/2023 and checked the "
             "South West procedures chapter against it. Members were satisfied that the "
             "chapter already reflected the Panel's points and agreed that nothing needed to "
             "change.",
        "2": "An extract from the subgroup's minutes is reproduced below. The names of officers "
             "below head of service have been removed under section 40(2) of the Act, as they "
             "are personal data.\n"
             "'Item 6 - National Panel briefing: bruising in non-mobile infants. The chair took "
             "members through the briefing. The South West chapter already asks for an initial "
             "discussion between the referrer, a paediatrician and children's social care "
             "before any decision about a strategy discussion. [Redacted] confirmed that the "
             "chapter's wording on mobility matches the briefing. Agreed: no amendment "
             "needed.'",
        "3": "No. What happens next is decided in an initial discussion between the referrer, "
             "the paediatrician and children's social care.",
        "4": "None were needed (see answer 1).",
        "5": "The definition has not changed. A baby is not independently mobile until they can "
             "crawl, bottom-shuffle, pull to stand, cruise or walk, so a baby who rolls is still "
             f"covered. Age is not part of the definition. The chapter is at {proc}",
    }
    short_q = {
        "1": "Was there a review after the Panel's guidance? When, and what did it conclude?",
        "2": "Papers on the outcome of the review",
        "3": "Does the policy require a s47 investigation or strategy discussion in all cases?",
        "4": "Changes made for consistency with the evidence base and national guidelines",
        "5": "Changes to the definition of 'not independently mobile'; rolling; age",
    }
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11,
                          leading=14, spaceAfter=6)
    cell = ParagraphStyle("c", parent=body, fontSize=10, leading=12.5, spaceAfter=3)
    celli = ParagraphStyle("ci", parent=cell, fontName="Times-Italic", leftIndent=6)
    head = ParagraphStyle("h", parent=cell, fontName="Times-Bold", textColor=colors.white)

    def draw(c, page, total):
        c.saveState()
        c.setFont("Times-Bold", 15)
        c.setFillColor(colors.HexColor("#00573f"))
        c.drawString(20 * mm, A4[1] - 18 * mm, "Bath & North East Somerset Council")
        c.setFont("Times-Roman", 9)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 18 * mm, "Improving People's Lives")
        c.setStrokeColor(colors.HexColor("#00573f"))
        c.line(20 * mm, A4[1] - 21 * mm, A4[0] - 20 * mm, A4[1] - 21 * mm)
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 8.5)
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"{page}/{total}")
        c.drawString(20 * mm, 12 * mm, "Information Governance, Bath & North East Somerset Council")
        c.setFont("Times-Roman", 6)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 7 * mm, SYN)
        c.restoreState()

    doc = pdf_doc(OUT / name, "Response to FOI 25-1931", "Bath and North East Somerset Council",
                  leftMargin=20 * mm, rightMargin=20 * mm, topMargin=30 * mm,
                  bottomMargin=22 * mm)
    s = [P("Our Ref: 25-1931", body), P("13 November 2025", body), Spacer(1, 4),
         P("Dear Sir/Madam,", body),
         P("<b>Request for information: policy on bruising in non-mobile infants</b>", body),
         P("Your request of 21 October 2025 has been dealt with under the Freedom of "
           "Information Act 2000. Our answers are in the table below.", body)]
    rows = [[P("Question", head), P("Answer", head)]]
    for k in "12345":
        parts = A[k].split("\n")
        cellflow = [P(linkify(parts[0]), cell)] + [P(esc(x), celli) for x in parts[1:]]
        rows.append([P(f"{k}. {esc(short_q[k])}", cell), cellflow])
    t = Table(rows, colWidths=[55 * mm, 115 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00573f")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a9a8f")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f1")]),
    ]))
    s += [t, Spacer(1, 10),
          P("Information released under the Act can normally be re-used under the Open "
            "Government Licence, unless we have said otherwise.", body),
          P("If you are unhappy with this response you may ask for an internal review. Please "
            "write to foi@bathnes.gov.uk within 40 working days. You may also complain to the "
            f"Information Commissioner: {linkify(ICO_COMPLAIN)}", body),
          Spacer(1, 8), P("Yours faithfully,", body), Spacer(1, 6),
          P("Information Governance Team<br/>Bath &amp; North East Somerset Council", body)]
    doc.build(s, canvasmaker=page_x_of_y_canvas(draw))
    label(name, "pdf", "Bath and North East Somerset Council", "E06000022", "answered",
          ["s40(2)"], A, all_status("answered"),
          fields("informal", "2023-02", "yes", "no", "no", "no", "yes", "no", None),
          [proc, ICO_COMPLAIN])


# =====================================================================================
# 11. Bournemouth, Christchurch and Poole - PDF, answers grouped out of order
# =====================================================================================
def bcp():
    name = "bcp-foi-response.pdf"
    proc = "https://www.pandorsetscp.co.uk/procedures/bruising"
    A = {
        "3": "A strategy discussion is not required in every case. The Pan-Dorset procedure "
             "asks for a paediatric assessment and a conversation between the paediatrician "
             "and children's social care first; a strategy discussion is held where that "
             "conversation identifies concerns.",
        "5": "The definition was changed in September 2023. A baby who cannot yet crawl, "
             "bottom-shuffle, pull to stand or cruise is not independently mobile, and this "
             "includes babies who can roll. Any baby under six months old is always treated "
             f"as not independently mobile, whatever they can do. You can read it at {proc}",
        "1": "The Pan-Dorset Safeguarding Children Partnership reviewed the procedure in "
             "September 2023, prompted by the Panel's briefing and by a local audit of "
             "referrals. It concluded that the procedure was too rigid about strategy "
             "discussions and that its description of mobility was unclear.",
        "2": "The report that went to the partnership's Policy and Procedures Group in "
             "September 2023 is enclosed with this letter.",
        "4": "The procedure now has an initial appraisal step and a written definition of "
             "mobility, and the leaflet for parents has been rewritten.",
    }
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=12,
                        textColor=colors.HexColor("#0b6e77"), spaceBefore=10)
    lead = ParagraphStyle("l", parent=body, fontName="Helvetica-Oblique")
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)

    def draw(c, page, total):
        c.saveState()
        if page == 1:
            c.setFillColor(colors.HexColor("#0b6e77"))
            c.setFont("Helvetica-Bold", 26)
            c.drawString(20 * mm, A4[1] - 22 * mm, "bcp")
            c.setFont("Helvetica", 9)
            c.drawString(20 * mm, A4[1] - 28 * mm, "Bournemouth, Christchurch and Poole Council")
        else:
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.HexColor("#0b6e77"))
            c.drawString(20 * mm, A4[1] - 12 * mm,
                         f"BCP Council - FOI 25/3390 - page {page} of {total}")
        c.setFillColor(colors.grey)
        c.setFont("Helvetica", 6)
        c.drawString(20 * mm, 8 * mm, SYN)
        c.restoreState()

    doc = pdf_doc(OUT / name, "FOI 25/3390", "BCP Council", leftMargin=20 * mm,
                  rightMargin=20 * mm, topMargin=36 * mm, bottomMargin=20 * mm)
    s = [P("Friday 14 November 2025", right),
         P("Information Rights Team<br/>BCP Council<br/>Reference: FOI 25/3390", body),
         Spacer(1, 6),
         P("Thank you for your information request about the local approach to bruising in "
           "babies who are not yet mobile. We have answered your five questions in the order "
           "that makes most sense of the current procedure, so the numbering below follows "
           "your own.", body),
         P("The procedure as it stands today (your questions 3 and 5)", h2),
         P("Question 3 - strategy discussions", lead), P(linkify(A["3"]), body),
         P("Question 5 - the definition", lead), P(linkify(A["5"]), body),
         P("How we got here (your questions 1, 2 and 4)", h2),
         P("Question 1 - the review", lead), P(linkify(A["1"]), body),
         P("Question 2 - papers", lead), P(linkify(A["2"]), body),
         P("Question 4 - changes", lead), P(linkify(A["4"]), body),
         P("Your rights", h2),
         P("The information in this response is Crown copyright or BCP Council copyright and "
           f"may be re-used under the Open Government Licence ({linkify(OGL)}).", body),
         P("If you would like us to look at this response again, please ask for an internal "
           "review within 40 working days by emailing foi@bcpcouncil.gov.uk. You have a "
           "further right to complain to the Information Commissioner "
           f"({linkify(ICO_COMPLAIN)}).", body),
         Spacer(1, 8),
         P("Regards<br/><br/>Daniel Okafor<br/>Information Rights Officer", body)]
    doc.build(s, canvasmaker=page_x_of_y_canvas(draw))
    label(name, "pdf", "Bournemouth, Christchurch and Poole Council", "E06000058", "answered",
          [], A, all_status("answered"),
          fields("formal", "2023-09", "yes", "no", "yes", "yes", "yes", "yes", 6),
          [proc, OGL, ICO_COMPLAIN])


# =====================================================================================
# 16. Cheshire West and Chester - PDF, whole request refused under s21
# =====================================================================================
def cwac():
    name = "cheshire-west-and-chester-refusal.pdf"
    proc = "https://pancheshire.proceduresonline.com/bruising_in_babies.html"
    annual = "https://www.cheshirewestscp.org.uk/annual-report-2022-23"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11.5,
                          leading=15, spaceAfter=7)
    bold = ParagraphStyle("bb", parent=body, fontName="Times-Bold")

    def draw(c, page, total):
        c.saveState()
        c.setFont("Times-Bold", 17)
        c.drawString(22 * mm, A4[1] - 20 * mm, "Cheshire West and Chester Council")
        c.setFont("Times-Roman", 9.5)
        c.drawString(22 * mm, A4[1] - 26 * mm,
                     "Information Governance Team  -  Legal and Democratic Services")
        c.setFont("Times-Italic", 8)
        c.drawCentredString(A4[0] / 2, 13 * mm,
                            f"CWAC/IG/25/5521 - page {page} of {total}")
        c.setFont("Times-Roman", 6)
        c.setFillColor(colors.grey)
        c.drawString(22 * mm, 8 * mm, SYN)
        c.restoreState()

    doc = pdf_doc(OUT / name, "CWAC/IG/25/5521 refusal notice",
                  "Cheshire West and Chester Council", leftMargin=22 * mm,
                  rightMargin=22 * mm, topMargin=36 * mm, bottomMargin=22 * mm)
    bullets = ListFlowable([
        ListItem(P("the Pan-Cheshire procedure on bruising in babies who are not independently "
                   f"mobile, with its version history: {linkify(proc)}", body)),
        ListItem(P("the partnership's annual report for 2022-23, which describes the work done "
                   f"after national reviews that year: {linkify(annual)}", body)),
    ], bulletType="bullet", start="\u2022", leftIndent=12)
    s = [P("Our reference: CWAC/IG/25/5521", body), P("Date: 10th November 2025", body),
         P("Dear Ms Ashworth", body),
         P("Freedom of Information Act 2000 - refusal notice", bold),
         P("We received your request on 21 October 2025. It asks five questions about the "
           "safeguarding partnership's policy on bruising in non-mobile infants and whether it "
           "was reviewed after the national Panel's briefing.", body),
         P("Everything your questions ask about is already published by the Cheshire West "
           "and Chester Safeguarding Children Partnership and by the Pan-Cheshire procedures "
           "group, namely:", body),
         bullets,
         P("Because the information is reasonably accessible to you by other means, it is "
           "exempt under section 21 of the Act and we are not required to provide it in "
           "response to your request. Section 21 is an absolute exemption, so we have not "
           "applied a public interest test. This letter is our refusal notice under section 17.",
           body),
         P("If you disagree with our decision you may ask for an internal review within 40 "
           "working days by replying to foi@cheshirewestandchester.gov.uk. After that, you "
           "can take your complaint to the Information Commissioner's Office at "
           f"{linkify(ICO_COMPLAIN)}", body),
         Spacer(1, 10), P("Yours sincerely", body), Spacer(1, 10),
         P("R. Tomlinson<br/>Information Governance Officer", body)]
    doc.build(s, canvasmaker=page_x_of_y_canvas(draw))
    label(name, "pdf", "Cheshire West and Chester Council", "E06000050", "refused", ["s21"],
          {}, all_status("refused"), dict(NOT_STATED), [proc, annual, ICO_COMPLAIN])


# =====================================================================================
# 18. Southend-on-Sea - PDF, two pages, questions 1 and 2 answered together
# =====================================================================================
def southend():
    name = "southend-on-sea-response.pdf"
    setp = "https://www.setprocedures.org.uk/updates/july-2023"
    a12 = ("The SET procedures group, which looks after the child protection procedures "
           "shared by Southend, Essex and Thurrock, reviewed the chapter on bruising in babies "
           "in July 2023 in response to the Panel's briefing and published a revised version; "
           f"its summary of what changed is at {setp}")
    A = {
        "1": a12, "2": a12,
        "3": "Yes. The SET procedures continue to require a strategy discussion for every "
             "non-mobile baby with a bruise, however small. The partners kept this rule on "
             "purpose when they looked at the chapter again.",
        "4": "Two things changed: parents are now given a leaflet at the point of referral, "
             "and the chapter explains more fully how professionals should talk to parents "
             "about what is happening.",
        "5": "No change to the definition. A baby who can roll is still regarded as not "
             "independently mobile; the definition is about what the baby can do, not how "
             "old they are.",
    }
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5,
                          leading=14, spaceAfter=6)
    num = ParagraphStyle("n", parent=body, fontName="Helvetica-Bold",
                         textColor=colors.HexColor("#003a70"), spaceBefore=8)
    quote = ParagraphStyle("qq", parent=body, leftIndent=10, textColor=colors.HexColor("#333333"),
                           fontName="Helvetica-Oblique")

    def draw(c, page, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#003a70"))
        c.rect(0, A4[1] - 20 * mm, A4[0], 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(18 * mm, A4[1] - 12.5 * mm, "Southend-on-Sea City Council")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 12.5 * mm, "Freedom of Information")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 18 * mm, 12 * mm, f"Page {page} of {total}")
        c.drawString(18 * mm, 12 * mm, "Ref: SOS/FOI/2025/1407")
        c.setFont("Helvetica", 6)
        c.setFillColor(colors.grey)
        c.drawString(18 * mm, 8 * mm, SYN)
        c.restoreState()

    doc = pdf_doc(OUT / name, "FOI SOS/FOI/2025/1407", "Southend-on-Sea City Council",
                  leftMargin=18 * mm, rightMargin=18 * mm, topMargin=30 * mm,
                  bottomMargin=20 * mm)
    s = [P("12 November 2025", body), P("Dear Ms Ashworth,", body),
         P("<b>Your request for information - reference SOS/FOI/2025/1407</b>", body),
         P("We have now finished dealing with your request. You asked:", body),
         P(esc(REQ_INTRO), quote)]
    for k in "12345":
        s.append(P(f"{k}. {esc(Q[k])}", quote))
    s += [P("Our response", num),
          P("Questions 1 and 2", num), P(linkify(a12), body),
          P("Question 3", num), P(linkify(A["3"]), body),
          P("Question 4", num), P(linkify(A["4"]), body),
          P("Question 5", num), P(linkify(A["5"]), body),
          PageBreak(),
          P("Copyright and re-use", num),
          P("Unless we have told you otherwise, you may re-use this information under the "
            f"terms of the Open Government Licence: {linkify(OGL)}", body),
          P("Internal review", num),
          P("If you are dissatisfied with the way we have handled your request, you may ask "
            "for an internal review. Please write to the Information Governance Team "
            "(foi@southend.gov.uk), quoting the reference above, within 40 working days.", body),
          P("Information Commissioner", num),
          P("If you remain dissatisfied after the internal review, you can complain to the "
            f"Information Commissioner's Office: {linkify(ICO_COMPLAIN)}, telephone 0303 123 "
            "1113.", body),
          Spacer(1, 12), P("Kind regards", body),
          P("Aisha Rahman<br/>Senior Information Governance Officer<br/>"
            "Southend-on-Sea City Council", body)]
    doc.build(s, canvasmaker=page_x_of_y_canvas(draw))
    label(name, "pdf", "Southend-on-Sea Borough Council", "E06000033", "answered", [], A,
          all_status("answered"),
          fields("formal", "2023-07", "yes", "yes", "yes", "no", "yes", "no", None),
          [setp, OGL, ICO_COMPLAIN])


# =====================================================================================
# 2. Royal Borough of Windsor and Maidenhead - DOCX, table with a merged answer cell
# =====================================================================================
def windsor():
    name = "windsor-and-maidenhead-response.docx"
    berks = "https://www.berkshirechildprotection.co.uk/bruising-in-babies"
    a45 = ("Nothing was changed, and the definition is the same as before: every baby under "
           "six months is treated as not independently mobile, as is any older baby who is "
           "not yet crawling, cruising or walking. The procedure can be read at "
           f"{berks}")
    A = {
        "1": "The Berkshire-wide child protection procedures group discussed the briefing at "
             "its meeting in November 2022. Members compared it with the pan-Berkshire "
             "protocol and agreed that the protocol already reflected the evidence and did not "
             "need to be rewritten.",
        "2": "No written report was produced, so there is nothing we can send you.",
        "3": "Yes. Practitioners always make a referral to children's social care, which leads "
             "to a strategy discussion. A paediatric examination is arranged alongside this.",
        "4": a45, "5": a45,
    }
    d = new_docx("FOI-2025-1183 response", "RBWM Information Governance", font="Arial",
                 size=10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Mm(22)
    hp = sec.header.paragraphs[0]
    hp.text = "Royal Borough of Windsor and Maidenhead"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.bold = True
    hp.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    footer_with_page(sec, "Information Governance Team | OFFICIAL")

    d.add_heading("Freedom of Information request FOI-2025-1183", level=1)
    p = d.add_paragraph()
    p.add_run("Request received: ").bold = True
    p.add_run("21/10/2025")
    p = d.add_paragraph()
    p.add_run("Date of response: ").bold = True
    p.add_run("13/11/2025")
    d.add_heading("Summary of your request", level=2)
    d.add_paragraph("You asked how the local safeguarding arrangements responded to the "
                    "national Panel's 2022 briefing on bruising in babies who are not yet "
                    "mobile, in five parts. We have summarised each part in the table.")
    d.add_heading("Our response", level=2)
    t = d.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["No.", "What you asked (summary)", "Our response"]
    for i, h in enumerate(hdr):
        c = t.cell(0, i)
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    summ = {
        "1": "Whether there was a review, when, and what it concluded",
        "2": "Papers on the outcome",
        "3": "Whether a s47 enquiry or strategy discussion is needed every time",
        "4": "Changes made",
        "5": "The definition of not independently mobile (rolling, age)",
    }
    for r, k in enumerate("12345", start=1):
        t.cell(r, 0).text = k
        t.cell(r, 1).text = summ[k]
    for r, k in enumerate("123", start=1):
        t.cell(r, 2).text = A[k]
    merged = t.cell(4, 2).merge(t.cell(5, 2))
    merged.text = a45
    for row in t.rows:
        row.cells[0].width = Mm(12)
        row.cells[1].width = Mm(55)
        row.cells[2].width = Mm(100)

    d.add_heading("What to do if you are unhappy", level=2)
    d.add_paragraph("Email foi@rbwm.gov.uk within 40 working days to ask for an internal "
                    "review.", style="List Number")
    d.add_paragraph("If the review does not resolve matters, you can contact the Information "
                    f"Commissioner: {ICO_HOME}", style="List Number")
    d.add_paragraph("Most information we release can be re-used under the Open Government "
                    "Licence.")
    d.add_paragraph("Information Governance Team\nRoyal Borough of Windsor and Maidenhead")
    save_docx(d, OUT / name)
    label(name, "docx", "Royal Borough of Windsor and Maidenhead", "E06000040", "answered",
          [], A, all_status("answered"),
          fields("informal", "2022-11", "no", "yes", "no", "no", "not_stated", "yes", 6),
          [berks, ICO_HOME])


# =====================================================================================
# 7. Telford & Wrekin - DOCX, bold question lines, bullets, Q2 withheld under s22
# =====================================================================================
def telford():
    name = "telford-and-wrekin-response.docx"
    a1_intro = ("Yes. The West Mercia procedures group, which writes the child protection "
                "procedures shared by Telford & Wrekin, Shropshire, Herefordshire and "
                "Worcestershire, reviewed the bruising protocol at a dedicated workshop in "
                "September 2025. It concluded that:")
    a1_bul = ["the protocol should include an initial appraisal by a paediatrician and "
              "children's social care before any decision about a strategy discussion;",
              "the description of a non-mobile baby needed to be written out in full;",
              "parents should be given written information at the first contact."]
    a2 = ["We hold the review report, but we are withholding it under section 22 of the Act "
          "(information intended for future publication). The partnership plans to publish "
          "the report, with the revised protocol, on its website in January 2026.",
          "We have considered the public interest and believe, on balance, that it is better "
          "served by publishing the complete report at the planned time than by releasing a "
          "draft now."]
    A = {
        "1": "\n".join([a1_intro] + a1_bul),
        "2": "\n".join(a2),
        "3": "No. Under the revised protocol a strategy discussion follows only where the "
             "initial appraisal points to a risk of harm.",
        "4": "The changes listed under question 1 were agreed in September 2025 and staff "
             "across the partnership have been briefed on them.",
        "5": "Yes. The new wording counts a baby as independently mobile once they can move "
             "from one place to another on their own, and that includes rolling. A baby who "
             "rolls over repeatedly to get somewhere is therefore no longer treated as "
             "non-mobile. No age limit is used.",
    }
    d = new_docx("TWC/FOI/8820", "Information Rights, Telford & Wrekin Council",
                 font="Calibri", size=11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Telford & Wrekin Council")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x6B, 0x5F)
    hp2 = sec.header.add_paragraph("Protect, care and invest to create a better borough")
    hp2.runs[0].italic = True
    hp2.runs[0].font.size = Pt(8)
    footer_with_page(sec, "TWC/FOI/8820")

    d.add_heading("Freedom of Information Act 2000 - Response", level=1)
    d.add_paragraph("Reference: TWC/FOI/8820\nDate: 14.11.25\nTo: Ms J Ashworth (by email)")
    d.add_paragraph("Dear Ms Ashworth,")
    d.add_paragraph("Thank you for your request received on 20 October 2025. The Council's "
                    "answers are given under each of your questions.")
    for k in "12345":
        qp = d.add_paragraph()
        qr = qp.add_run(f"Question {k}: {Q[k]}")
        qr.bold = True
        if k == "1":
            d.add_paragraph(a1_intro)
            for b in a1_bul:
                d.add_paragraph(b, style="List Bullet")
        elif k == "2":
            for x in a2:
                d.add_paragraph(x)
        else:
            d.add_paragraph(A[k])
    d.add_heading("Your right to complain", level=2)
    d.add_paragraph("Ask for an internal review by emailing foi@telford.gov.uk within 40 "
                    "working days of this response.", style="List Number")
    d.add_paragraph("If you are still unhappy, complain to the Information Commissioner at "
                    f"{ICO_COMPLAIN}", style="List Number")
    d.add_paragraph("Yours sincerely,")
    sig = d.add_paragraph()
    sig.add_run("Priya Shah").bold = True
    sig.add_run("\nInformation Rights Officer\nTelford & Wrekin Council")
    save_docx(d, OUT / name)
    label(name, "docx", "Telford & Wrekin Council", "E06000020", "partial", ["s22"], A,
          {"1": "answered", "2": "refused", "3": "answered", "4": "answered",
           "5": "answered"},
          fields("formal", "2025-09", "no", "no", "yes", "yes", "no", "no", None),
          [ICO_COMPLAIN])


# =====================================================================================
# 12. Council of the Isles of Scilly - DOCX, short letter, nothing held
# =====================================================================================
def scilly():
    name = "isles-of-scilly-response.docx"
    cios = "https://www.ciosscp.org.uk"
    d = new_docx("Freedom of Information Request 2025/117", "Council of the Isles of Scilly",
                 font="Georgia", size=11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "COUNCIL OF THE ISLES OF SCILLY\nTown Hall, St Mary's"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer_with_page(sec, "Corporate Information")
    d.add_heading("Freedom of Information Request 2025/117", level=2)
    d.add_paragraph("17th Nov 2025")
    d.add_paragraph("Dear Ms Ashworth")
    d.add_paragraph("Re: Bruising in non-mobile infants - safeguarding policy")
    d.add_paragraph("I have now completed the searches needed to deal with your request of 20 "
                    "October. The Council of the Isles of Scilly does not hold any information "
                    "falling within the scope of your five questions, and under section 1(1)(a) "
                    "of the Act I am confirming that the information is not held.")
    d.add_paragraph("For context, the Council does not write its own child protection "
                    "procedures. You may wish to ask the Cornwall and Isles of Scilly "
                    f"Safeguarding Children Partnership whether it can help: {cios}")
    d.add_paragraph("If you are unhappy with how your request has been handled you may ask for "
                    "an internal review by writing to me. You may also contact the Information "
                    f"Commissioner's Office at {ICO_COMPLAIN}")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Louise Hicks\nCorporate Information Officer")
    save_docx(d, OUT / name)
    label(name, "docx", "Council of the Isles of Scilly", "E06000053", "not_held", [], {},
          all_status("not_held"), dict(NOT_STATED), [cios, ICO_COMPLAIN])


# =====================================================================================
# 17. St Helens - DOCX, Word-numbered bold questions, Q2 redirected to the NHS
# =====================================================================================
def sthelens():
    name = "st-helens-response.docx"
    nhs = "https://www.cheshireandmerseyside.nhs.uk/about/freedom-of-information/"
    A = {
        "1": "The St Helens Safeguarding Children Partnership's practice review group talked "
             "the briefing through early in 2023. It took the view that the Merseyside "
             "procedure already reflected what the Panel was asking for, so no formal review "
             "was started.",
        "2": "Notes of that discussion are kept by NHS Cheshire and Merseyside, whose designated "
             "nurse for safeguarding children chaired the group at the time; the council does "
             f"not hold them. You can ask NHS Cheshire and Merseyside for them: {nhs}",
        "3": "No. The baby is referred to children's social care and seen by a paediatrician, "
             "and a strategy discussion is held if either of them has concerns.",
        "4": "No changes were made.",
        "5": "The definition has not changed. Infants who roll but cannot yet crawl or pull "
             "themselves up to stand are still treated as not independently mobile.",
    }
    d = new_docx("SHC/FOI/0925", "St Helens Council", font="Verdana", size=10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "St Helens Borough Council  |  Information Governance"
    footer_with_page(sec, "SHC/FOI/0925 - OFFICIAL")
    d.add_heading("Response to your Freedom of Information request", level=1)
    d.add_paragraph("Our reference: SHC/FOI/0925\nDate: 14-11-2025")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("You asked us five questions about policy on bruising in non-mobile infants. "
                    "Each question is repeated below in bold with our answer beneath it.")
    for k in "12345":
        qp = d.add_paragraph(style="List Number")
        qp.add_run(Q[k]).bold = True
        if k == "2":
            ap = d.add_paragraph(A[k][: A[k].index(nhs)])
            add_hyperlink(ap, nhs)
        else:
            ap = d.add_paragraph(A[k])
        ap.paragraph_format.left_indent = Mm(8)
    d.add_paragraph("You may re-use this information under the Open Government Licence, "
                    f"available at {OGL}")
    d.add_paragraph("If you are not satisfied, please ask for an internal review within 40 "
                    "working days (foi@sthelens.gov.uk). If you remain dissatisfied you may "
                    f"apply to the Information Commissioner: {ICO_COMPLAIN}")
    d.add_paragraph("Kind regards,\n\nMichael Doyle\nInformation Governance Officer")
    save_docx(d, OUT / name)
    label(name, "docx", "St Helens Council", "E08000013", "partial", [], A,
          {"1": "answered", "2": "redirected", "3": "answered", "4": "answered",
           "5": "answered"},
          fields("informal", "2023", "not_stated", "no", "no", "no", "yes", "not_stated",
                 None),
          [nhs, OGL, ICO_COMPLAIN])


# =====================================================================================
# 19. Brighton and Hove - DOCX letter sending the requester to the partnership
# =====================================================================================
def brighton():
    name = "brighton-and-hove-redirect.docx"
    bh = "https://www.bhscp.org.uk/contact-us/"
    d = new_docx("FOI 11059", "Brighton & Hove City Council", font="Calibri", size=11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Brighton & Hove City Council")
    r.bold = True
    r.font.size = Pt(13)
    hp.add_run("\nInformation Governance, Hove Town Hall")
    footer_with_page(sec, "FOI 11059")
    d.add_paragraph("Our ref: FOI 11059\n11/11/2025")
    d.add_paragraph("Dear Ms Ashworth")
    p = d.add_paragraph()
    p.add_run("Your request: bruising in non-mobile infants").bold = True
    d.add_paragraph("Your request asks about the policies of the Brighton & Hove Safeguarding "
                    "Children Partnership and about a review of those policies. The Partnership "
                    "is a statutory arrangement between the council, Sussex Police and NHS "
                    "Sussex. Its records, including anything about a review of its bruising "
                    "protocol, are held by the Partnership's business unit and not by the "
                    "council's Information Governance service.")
    d.add_paragraph("We have therefore not answered your questions ourselves. Please send them "
                    f"to the Partnership, which has agreed to reply to you directly: {bh}")
    d.add_paragraph("If you are unhappy with this response you can ask for an internal review "
                    "by emailing foi@brighton-hove.gov.uk. You also have the right to complain "
                    f"to the Information Commissioner: {ICO_COMPLAIN}")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("S. Carter\nInformation Governance Officer")
    save_docx(d, OUT / name)
    label(name, "docx", "Brighton and Hove City Council", "E06000043", "redirected", [], {},
          all_status("redirected"), dict(NOT_STATED), [bh, ICO_COMPLAIN])


# =====================================================================================
# 3. Blackburn with Darwen - EML multipart/alternative, quoted-printable, Q1/A1 style
# =====================================================================================
def blackburn():
    name = "blackburn-with-darwen-reply.eml"
    proc = "https://panlancashirescp.proceduresonline.com/chapters/p_bruising_nonmobile.html"
    site = "https://www.blackburn.gov.uk"
    A = {
        "1": "Yes. The Pan-Lancashire procedures group, which writes the shared procedures for "
             "Blackburn with Darwen, Blackpool and Lancashire, reworked its chapter on bruising "
             "in the spring of 2023. The group found that the chapter needed a clearer "
             "description of which babies it covers, and a step for a paediatric opinion "
             "before social care decide what happens next.",
        "2": f"The revised chapter and its amendment note are here: {proc}",
        "3": "Not automatically. The referral goes to children's social care every time, but a "
             "paediatrician sees the baby first and the outcome of that examination informs "
             "whether a strategy meeting is needed.",
        "4": "See A1. In addition, the information leaflet for parents was rewritten in plainer "
             "English.",
        "5": "Yes, it changed in 2023. Babies under six months are included whatever they can "
             "do. An older baby is included until they can crawl, cruise, bottom-shuffle or "
             "pull to stand, so a baby who only rolls is still included.",
    }
    short = {"1": "Was there a review after the Panel's briefing; when; what did it conclude?",
             "2": "Papers on the outcome",
             "3": "Section 47 / strategy discussion in every case?",
             "4": "Changes made",
             "5": "Definition of not independently mobile"}
    plain = ["Dear Ms Ashworth,", "",
             "Freedom of Information request - our reference 8812345",
             "",
             "Thank you for your email of 20 October. Please find the Council's response "
             "below. I have shortened your questions; the full wording is in your original "
             "email, copied at the end.", ""]
    for k in "12345":
        plain += [f"Q{k} - {short[k]}", f"A{k} - {A[k]}", ""]
    plain += ["Re-use: you may re-use this information under the Open Government Licence, "
              f"see {OGL}", "",
              "If you are unhappy with this response you can ask for an internal review within "
              "40 working days by replying to this email. If you are still unhappy you can "
              f"complain to the Information Commissioner's Office: {ICO_COMPLAIN}", "",
              "Kind regards", "", "Tariq Mahmood", "Information Governance Officer",
              "Blackburn with Darwen Borough Council", site, "", "",
              "-----Original Message-----",
              quoted_request_text("20 October 2025 18:04", "foi@blackburn.gov.uk", prefix="")]
    text = "\n".join(plain) + "\n"

    def a(s):
        return html.escape(s).replace(html.escape(proc), f'<a href="{proc}">{proc}</a>')

    hq = "".join(f"<p><b>Q{k} - {html.escape(short[k])}</b><br>A{k} - {a(A[k])}</p>"
                 for k in "12345")
    h = (f"<html><head><meta charset='utf-8'></head><body style='font-family:Arial'>"
         f"<p>Dear Ms Ashworth,</p><p><b>Freedom of Information request - our reference "
         f"8812345</b></p><p>Thank you for your email of 20 October. Please find the Council's "
         f"response below. I have shortened your questions; the full wording is in your "
         f"original email, copied at the end.</p>{hq}"
         f"<p>Re-use: you may re-use this information under the Open Government Licence, see "
         f"<a href='{OGL}'>{OGL}</a></p><p>If you are unhappy with this response you can ask "
         f"for an internal review within 40 working days by replying to this email. If you are "
         f"still unhappy you can complain to the Information Commissioner's Office: "
         f"<a href='{ICO_COMPLAIN}'>{ICO_COMPLAIN}</a></p><p>Kind regards</p>"
         f"<p>Tariq Mahmood<br>Information Governance Officer<br>Blackburn with Darwen Borough "
         f"Council<br><a href='{site}'>{site}</a></p><hr>"
         f"{quoted_request_html('20 October 2025 18:04', 'foi@blackburn.gov.uk')}"
         f"</body></html>")
    m = EmailMessage()
    m["From"] = "Information Governance <foi@blackburn.gov.uk>"
    m["To"] = f"{REQUESTER} <{REQUESTER_EMAIL}>"
    m["Subject"] = "RE: Freedom of Information request - bruising in non-mobile infants [Ref: 8812345]"
    m["Date"] = "Fri, 14 Nov 2025 10:42:13 +0000"
    m["Message-ID"] = "<8812345.reply.20251114@blackburn.gov.uk.example>"
    m["In-Reply-To"] = "<req-20251020-ja@example.com>"
    m["X-Synthetic-Test-Document"] = "yes"
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(h, subtype="html", cte="quoted-printable")
    write_eml(m, name, "bwd")
    label(name, "eml", "Blackburn with Darwen Borough Council", "E06000008", "answered", [],
          A, all_status("answered"),
          fields("formal", "2023", "yes", "no", "yes", "yes", "yes", "yes", 6),
          [proc, OGL, ICO_COMPLAIN, site])


# =====================================================================================
# 8. Stockton-on-Tees - HTML-only email (base64), two paragraphs, no numbering
# =====================================================================================
def stockton():
    name = "stockton-on-tees-reply.eml"
    site = "https://www.stockton.gov.uk"
    p1 = ("There wasn't a formal review. The Panel's briefing was discussed at the Tees "
          "procedures meeting in December 2022, and the members agreed that the Tees guidance "
          "already did what the briefing asked, so no report or other papers were produced.")
    p2 = ("A strategy discussion is not automatic: the baby is seen by a paediatrician first, "
          "and social care and health decide together what happens next. Nothing in the "
          "guidance has been changed and the definition is as it was. Age does come into it: "
          "we treat every baby as not independently mobile until they are crawling, cruising "
          "or walking, and it applies up to their first birthday. A baby who can only roll is "
          "still covered.")
    A = {"1": p1, "2": p1, "3": p2, "4": p2, "5": p2}
    h = (f"<html><body style=\"font-family:'Segoe UI',sans-serif;font-size:11pt\">"
         f"<p>Hi Jane,</p>"
         f"<p>Thank you for your email of 20 October (our ref 25-FOI-0712). I've spoken to "
         f"colleagues in Children's Services and in the Hartlepool and Stockton-on-Tees "
         f"Safeguarding Children Partnership, and can tell you the following.</p>"
         f"<p>{html.escape(p1)}</p><p>{html.escape(p2)}</p>"
         f"<p>If you're not happy with this reply you can ask for a review - just reply to "
         f"this email within 40 working days. You can also contact the ICO: "
         f"<a href=\"{ICO_SHORT}\">{ICO_SHORT}</a></p>"
         f"<p>Best wishes,</p>"
         f"<table style='border-top:2px solid #e5007e;font-size:9pt'><tr><td>"
         f"<b>Mark Pearson</b> | Information Governance Officer<br>Stockton-on-Tees Borough "
         f"Council | Municipal Buildings, Church Road, Stockton-on-Tees<br>"
         f"<a href=\"{site}\">{site}</a></td></tr></table>"
         f"<br><div>-------- Original message --------</div>"
         f"{quoted_request_html('Mon 20 Oct 2025 17:58', 'foi@stockton.gov.uk')}"
         f"</body></html>")
    m = EmailMessage()
    m["From"] = "Mark Pearson <foi@stockton.gov.uk>"
    m["To"] = f"{REQUESTER_EMAIL}"
    m["Subject"] = "Your FOI request 25-FOI-0712 - bruising in non-mobile babies"
    m["Date"] = "Wed, 12 Nov 2025 15:07:55 +0000"
    m["Message-ID"] = "<25-FOI-0712.1@stockton.gov.uk.example>"
    m["X-Synthetic-Test-Document"] = "yes"
    m.set_content(h, subtype="html", cte="base64")
    write_eml(m, name, "stk")
    label(name, "eml", "Stockton-on-Tees Borough Council", "E06000004", "answered", [], A,
          all_status("answered"),
          fields("informal", "2022-12", "no", "no", "no", "no", "yes", "yes", 12),
          [ICO_SHORT, site])


# =====================================================================================
# 13. Hammersmith & Fulham - EML cover note; the answers are only in the attached PDF
# =====================================================================================
def hammersmith():
    name = "hammersmith-and-fulham-reply.eml"
    site = "https://www.lbhf.gov.uk"
    A = {
        "1": "The partnership's quality assurance subgroup looked at the Panel's briefing on "
             "19 January 2023. It did not commission a formal review. Members checked local "
             "practice against the briefing and recorded that it was consistent with it.",
        "2": "The relevant minute reads: 'Panel briefing on bruising in non-mobile infants "
             "noted. Local practice checked against the briefing and found to be consistent. "
             "No further action.'",
        "3": "No. A strategy discussion is held where the initial appraisal by health and "
             "children's social care indicates that one is needed.",
        "4": "No changes were made.",
        "5": "The definition has not changed. Whether a baby is not independently mobile "
             "depends on their development, not on their age.",
    }
    letters = dict(zip("12345", "abcde"))
    short = {"1": "Whether a review took place after the Panel's guidance, when, and its "
                  "conclusions",
             "2": "Papers on the outcome of the review",
             "3": "Whether your policy requires a s47 investigation or strategy discussion "
                  "in all cases",
             "4": "Changes made to bring the policy in line with the evidence and national "
                  "guidance",
             "5": "Changes to the definition of 'not independently mobile', rolling and age"}
    # --- the attached letter
    buf = io.BytesIO()
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5,
                          leading=14, spaceAfter=6)
    q = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold")

    def draw(c, page, total):
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.drawString(20 * mm, A4[1] - 18 * mm, "Hammersmith & Fulham")
        c.setFont("Helvetica", 8.5)
        c.drawString(20 * mm, A4[1] - 23 * mm, "Information Management, Hammersmith Town Hall, "
                     "King Street, London W6 9JU")
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Page {page} of {total}")
        c.setFont("Helvetica", 6)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 8 * mm, SYN)
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, title="FOI-HF-25-2207",
                            author="London Borough of Hammersmith & Fulham",
                            subject="Synthetic test document (foi-responses test corpus)",
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=32 * mm,
                            bottomMargin=20 * mm)
    s = [P("Our reference: FOI-HF-25-2207", body), P("13 November 2025", body),
         P("Dear Ms Ashworth", body),
         P("Thank you for your request for information, received on 20 October 2025. The "
           "Council's response to each part is set out below.", body)]
    for k in "12345":
        s.append(P(f"({letters[k]}) {esc(short[k])}", q))
        s.append(P(linkify(A[k]), body))
    s += [P("You can re-use this information under the Open Government Licence: "
            f"{linkify(OGL)}", body),
          P("If you are dissatisfied with this response, you may request an internal review "
            "by writing to foi@lbhf.gov.uk within 40 working days. If you remain dissatisfied, "
            f"you may complain to the Information Commissioner at {linkify(ICO_COMPLAIN)}",
            body),
          Spacer(1, 8), P("Yours sincerely<br/><br/>Information Management Team", body)]
    doc.build(s, canvasmaker=page_x_of_y_canvas(draw))
    pdf_bytes = buf.getvalue()

    text = ("Dear Ms Ashworth,\n\nPlease find attached the Council's response to your Freedom "
            "of Information request, reference FOI-HF-25-2207.\n\nKind regards,\n\n"
            "Information Management Team\nLondon Borough of Hammersmith & Fulham\n"
            f"{site}\n\n"
            "This email and any attachments are intended only for the addressee. If you have "
            "received it in error please delete it and tell the sender.\n\n"
            + quoted_request_text("20 October 2025 17:52", "foi@lbhf.gov.uk") + "\n")
    h = ("<html><body style='font-family:Arial;font-size:10pt'><p>Dear Ms Ashworth,</p>"
         "<p>Please find attached the Council's response to your Freedom of Information "
         "request, reference FOI-HF-25-2207.</p><p>Kind regards,</p><p>Information Management "
         "Team<br>London Borough of Hammersmith &amp; Fulham<br>"
         f"<a href='{site}'>{site}</a></p><p style='font-size:8pt;color:#777'>This email and "
         "any attachments are intended only for the addressee. If you have received it in "
         "error please delete it and tell the sender.</p>"
         f"{quoted_request_html('20 October 2025 17:52', 'foi@lbhf.gov.uk')}</body></html>")
    m = EmailMessage()
    m["From"] = "LBHF Information Management <foi@lbhf.gov.uk>"
    m["To"] = f"{REQUESTER} <{REQUESTER_EMAIL}>"
    m["Subject"] = "FOI-HF-25-2207 Response"
    m["Date"] = "Thu, 13 Nov 2025 11:20:04 +0000"
    m["Message-ID"] = "<FOI-HF-25-2207@lbhf.gov.uk.example>"
    m["X-Synthetic-Test-Document"] = "yes"
    m.set_content(text)
    m.add_alternative(h, subtype="html")
    m.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                     filename="FOI-HF-25-2207 response.pdf")
    write_eml(m, name, "lbhf")
    label(name, "eml", "London Borough of Hammersmith & Fulham", "E09000013", "answered", [],
          A, all_status("answered"),
          fields("informal", "2023-01", "yes", "no", "no", "no", "not_stated", "no", None),
          [site, OGL, ICO_COMPLAIN])


# =====================================================================================
# R1. Gateshead - EML asking the requester to clarify (not a reply)
# =====================================================================================
def gateshead_clarification():
    name = "gateshead-clarification.eml"
    text = ("Dear Ms Ashworth\n\n"
            "Freedom of Information request GMBC-FOI-11872\n\n"
            "Thank you for your request, received on 20 October 2025, which is quoted below.\n\n"
            "Before we can answer it we need you to clarify one point. Your questions refer to "
            "\"your safeguarding policies\" and \"your policy\". Do you mean:\n\n"
            "  (a) guidance that Gateshead Council issues to its own staff, or\n"
            "  (b) the multi-agency procedures of the Gateshead Safeguarding Children "
            "Partnership, which are shared with other agencies?\n\n"
            "Under section 1(3) of the Freedom of Information Act we are not obliged to "
            "comply with your request until we receive this clarification, and the 20 working "
            "day period will start again from the day we receive it. If we do not hear from "
            "you within three months we will treat the request as withdrawn.\n\n"
            "Yours sincerely\n\nJ. Robson\nInformation Rights Team\nGateshead Council\n\n"
            "---------- Your request ----------\n"
            + quoted_request_text("20 October 2025 18:11", "foi@gateshead.gov.uk") + "\n")
    m = EmailMessage()
    m["From"] = "Information Rights <foi@gateshead.gov.uk>"
    m["To"] = f"{REQUESTER} <{REQUESTER_EMAIL}>"
    m["Subject"] = "GMBC-FOI-11872 - clarification needed"
    m["Date"] = "Mon, 27 Oct 2025 09:15:30 +0000"
    m["Message-ID"] = "<GMBC-FOI-11872.clar@gateshead.gov.uk.example>"
    m["X-Synthetic-Test-Document"] = "yes"
    m.set_content(text)
    write_eml(m, name, "gat")
    reject(name, "eml", "clarification")


# ---------------------------------------------------------------- HTML page shell
def page(title, site, nav, crumbs, main, footer, colour, banner=True, extra_head=""):
    navhtml = "".join(f'<li><a href="{h}">{html.escape(t)}</a></li>' for t, h in nav)
    crumbhtml = " &rsaquo; ".join(
        f'<a href="{h}">{html.escape(t)}</a>' if h else f"<span>{html.escape(t)}</span>"
        for t, h in crumbs)
    cookie = ("""<div id="cookie-banner" role="region" aria-label="Cookies">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics
  cookies to understand how you use the site.</p>
  <button type="button">Accept analytics cookies</button>
  <button type="button">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>""" if banner else "")
    return f"""<!DOCTYPE html>
<!-- {SYN} -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {html.escape(site)}</title>
<style>
 body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}
 header{{background:{colour};color:#fff;padding:12px 24px}}
 header a{{color:#fff}} nav ul{{list-style:none;padding:0;margin:8px 0 0}} nav li{{display:inline;margin-right:16px}}
 #cookie-banner{{background:#f3f2f1;padding:10px 24px;border-bottom:1px solid #ccc}}
 .crumbs{{padding:8px 24px;font-size:90%}} main{{padding:0 24px 24px;max-width:60em}}
 table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:6px;vertical-align:top}}
 footer{{background:#333;color:#eee;padding:16px 24px;font-size:85%}} footer a{{color:#eee}}
</style>
{extra_head}
</head>
<body>
{cookie}
<header>
  <a class="skip" href="#main">Skip to main content</a>
  <div class="logo"><a href="/">{html.escape(site)}</a></div>
  <form action="/search" role="search"><input type="search" name="q" aria-label="Search"><button>Search</button></form>
  <nav aria-label="Main"><ul>{navhtml}</ul></nav>
</header>
<div class="crumbs">{crumbhtml}</div>
<main id="main">
{main}
</main>
<footer>
{footer}
</footer>
</body>
</html>
"""


def ahref(s, urls, texts=None):
    """Escape s for HTML and turn each URL in `urls` into a link (optionally with text)."""
    out = html.escape(s)
    for i, u in enumerate(urls):
        t = texts[i] if texts and texts[i] else u
        out = out.replace(html.escape(u), f'<a href="{u}">{html.escape(t)}</a>')
    return out


# =====================================================================================
# 4. Redcar and Cleveland - disclosure-log page; Q4 see Q1; Q5 sent to the partnership
# =====================================================================================
def redcar():
    name = "redcar-and-cleveland-disclosure.html"
    summ = "https://www.southteescsp.org.uk/procedures/bruising-review-2023"
    contact = "https://www.southteescsp.org.uk/contact-us"
    A = {
        "1": "Yes. South Tees Safeguarding Children Partnership reviewed its local guidance in "
             "January 2023, after the Panel's briefing. The review found that the flowchart "
             "sent every case straight to a strategy discussion, and it was redrawn so that an "
             "assessment by a paediatrician now comes first.",
        "2": f"The review summary is published alongside the partnership's procedures: {summ}",
        "3": "No. Since the 2023 changes a paediatric assessment comes first and social care "
             "decide with health colleagues whether a strategy discussion is needed.",
        "4": "Please see our answer to question 1.",
        "5": "The definition used across Teesside is set out in the Tees-wide procedures, which "
             "the Tees safeguarding partnerships maintain together, and Redcar & Cleveland "
             "Borough Council does not hold information about how it was drafted. Please "
             "contact the South Tees Safeguarding Children Partnership business unit, which "
             f"looks after the procedures: {contact}",
    }
    req = "".join(f"<p>{k}. {html.escape(Q[k])}</p>" for k in "12345")
    resp = "".join(f"<p><strong>{k}.</strong> {ahref(A[k], [summ, contact])}</p>"
                   for k in "12345")
    main = f"""
<h1>Safeguarding policy - bruising in non-mobile infants</h1>
<dl class="foi-meta">
  <dt>Reference</dt><dd>2025/FOI/2281</dd>
  <dt>Date received</dt><dd>22 Oct 2025</dd>
  <dt>Date responded</dt><dd>10 November 2025</dd>
  <dt>Category</dt><dd>Children and families</dd>
</dl>
<h2>Request</h2>
<div class="request">
<p>{html.escape(REQ_INTRO)}</p>
<p>Link to the briefing: {REQ_URL}</p>
{req}
</div>
<h2>Response</h2>
<div class="response">
{resp}
</div>
<p class="reuse">Information published in our disclosure log may be re-used under the
<a href="{OGL}">Open Government Licence</a>.</p>
<p><a href="/your-council/freedom-of-information/disclosure-log">Back to the disclosure log</a></p>
"""
    footer = ("""<ul><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li><li><a href="/contact-us">Contact us</a></li>
<li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; Redcar &amp; Cleveland Borough Council 2025. Redcar &amp; Cleveland House,
Kirkleatham Street, Redcar TS10 1RT.</p>""")
    nav = [("Bins and recycling", "/bins"), ("Council tax", "/council-tax"),
           ("Schools and education", "/schools"), ("Social care", "/social-care"),
           ("Your council", "/your-council")]
    crumbs = [("Home", "/"), ("Your council", "/your-council"),
              ("Freedom of information", "/your-council/freedom-of-information"),
              ("Disclosure log", "/your-council/freedom-of-information/disclosure-log"),
              ("2025/FOI/2281", None)]
    (OUT / name).write_text(page("Safeguarding policy - bruising in non-mobile infants",
                                 "Redcar & Cleveland Borough Council", nav, crumbs, main,
                                 footer, "#005b82"), encoding="utf-8")
    label(name, "html", "Redcar and Cleveland Borough Council", "E06000003", "partial", [], A,
          {"1": "answered", "2": "answered", "3": "answered", "4": "see_other",
           "5": "redirected"},
          fields("formal", "2023-01", "yes", "no", "yes", "not_stated", "not_stated",
                 "not_stated", None),
          [summ, contact, OGL])


# =====================================================================================
# 9. Royal Borough of Kingston upon Thames - web page with a question/response table
# =====================================================================================
def kingston():
    name = "kingston-upon-thames-disclosure.html"
    lp = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising_babies.html"
    A = {
        "1": "Yes. The London Safeguarding Children Procedures were revised in November 2023, "
             "and the chapter on bruising in babies was rewritten in the light of the Panel's "
             "briefing. The Kingston and Richmond Safeguarding Children Partnership adopted "
             "the revised chapter. The review concluded that a clearer definition and an "
             "initial appraisal step were needed.",
        "2": "The revised chapter and its amendment note are published online: "
             "London procedures - bruising in babies.",
        "3": "No. The procedure expects an initial appraisal involving a paediatrician and "
             "children's social care before anyone decides whether a strategy discussion is "
             "needed.",
        "4": "An initial appraisal step; a written definition of non-mobility; and information "
             "for parents about what will happen.",
        "5": "Yes. A baby is not independently mobile if they cannot crawl, bottom-shuffle, "
             "cruise or walk. Babies who can roll are included. The definition does not depend "
             "on age.",
    }
    qcol = {"1": "Was there a review of safeguarding policies after the guidance was "
                 "published? When, and what did it conclude?",
            "2": "Any papers on the outcome of the review",
            "3": "Does the policy require a s47 investigation or strategy discussion in all "
                 "cases?",
            "4": "What changes were put in place?",
            "5": "Changes to the definition of not independently mobile; rolling; age"}
    rows = []
    for k in "12345":
        cell = html.escape(A[k])
        if k == "2":
            cell = cell.replace("London procedures - bruising in babies",
                                f'<a href="{lp}">London procedures - bruising in babies</a>')
        rows.append(f"<tr><th scope='row'>{k}</th><td>{html.escape(qcol[k])}</td>"
                    f"<td>{cell}</td></tr>")
    main = f"""
<h1>FOI response: bruising in non-mobile infants</h1>
<p class="meta">Reference KIN-FOI-25/1562 &middot; Published 17 November 2025 &middot;
Service area: Children's Services</p>
<p>This is the response we sent to a request made under the Freedom of Information Act 2000.
Personal details of the requester have been removed.</p>
<table>
<thead><tr><th>No.</th><th>Question</th><th>Response</th></tr></thead>
<tbody>
{''.join(rows)}
</tbody>
</table>
<h2>Re-using this information</h2>
<p>You can re-use the information in this response under the
<a href="{OGL}">Open Government Licence v3.0</a>.</p>
<h2>Complaints</h2>
<p>If you are unhappy with a response you can ask us for an internal review by emailing
foi@kingston.gov.uk. You can also contact the <a href="{ICO_COMPLAIN}">Information
Commissioner's Office</a>.</p>
"""
    footer = ("""<nav aria-label="Footer"><a href="/contact">Contact us</a> |
<a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> |
<a href="/jobs">Jobs</a></nav>
<p>Royal Borough of Kingston upon Thames, Guildhall, High Street, Kingston upon Thames KT1 1EU</p>""")
    nav = [("Home", "/"), ("Adult social care", "/adult-social-care"),
           ("Children and families", "/children-and-families"), ("Council tax", "/council-tax"),
           ("Council and democracy", "/council-and-democracy")]
    crumbs = [("Home", "/"), ("Council and democracy", "/council-and-democracy"),
              ("Freedom of information", "/council-and-democracy/foi"),
              ("Responses", "/council-and-democracy/foi/responses"),
              ("Bruising in non-mobile infants", None)]
    (OUT / name).write_text(page("FOI response: bruising in non-mobile infants",
                                 "Royal Borough of Kingston upon Thames", nav, crumbs, main,
                                 footer, "#1d4f91"), encoding="utf-8")
    label(name, "html", "Royal Borough of Kingston upon Thames", "E09000021", "answered", [],
          A, all_status("answered"),
          fields("formal", "2023-11", "yes", "no", "yes", "yes", "yes", "no", None),
          [lp, OGL, ICO_COMPLAIN])


# =====================================================================================
# 14. City of Wolverhampton - disclosure page, "Question one / Our answer", Q2 not held
# =====================================================================================
def wolverhampton():
    name = "wolverhampton-disclosure.html"
    wm = "https://westmidlands.procedures.org.uk/bruising-non-mobile"
    A = {
        "1": "Wolverhampton Safeguarding Together, the city's safeguarding partnership, "
             "considered the briefing during 2023 alongside the West Midlands regional "
             "procedures. It did not hold a formal review; it agreed that the regional "
             "procedure was consistent with the briefing.",
        "2": "We have searched the records of Children's Services and of the partnership's "
             "business unit, which the council hosts, and hold no papers on this.",
        "3": "Yes. Under the West Midlands procedure every bruise in a non-mobile baby leads to "
             f"a strategy discussion. The procedure is at {wm}",
        "4": "None.",
        "5": "There has been no change. Once a baby can roll over they are regarded as mobile "
             "for the purposes of the procedure. Age is not used.",
    }
    words = dict(zip("12345", ["one", "two", "three", "four", "five"]))
    blocks = []
    for k in "12345":
        blocks.append(f"<h3>Question {words[k]}:</h3><p>{html.escape(Q[k])}</p>"
                      f"<p><strong>Our answer:</strong> {ahref(A[k], [wm])}</p>")
    main = f"""
<article class="foi">
<h1>Freedom of Information - Bruising in non-mobile infants</h1>
<p><em>Case number 0611239 &ndash; responded November 2025</em></p>
{''.join(blocks)}
<hr>
<p>The information supplied to you continues to be protected by copyright. You may re-use it
under the terms of the <a href="{OGL}">Open Government Licence</a>.</p>
<p>If you are not satisfied with our response, please contact the Information Governance Team
within 40 working days to ask for an internal review. You can also complain to the ICO at
{ICO_COMPLAIN}</p>
</article>
"""
    main = main.replace(ICO_COMPLAIN + "</p>", f'<a href="{ICO_COMPLAIN}">{ICO_COMPLAIN}</a></p>')
    footer = ("""<div class="footer-links"><a href="/about-website">About this website</a>
<a href="/accessibility">Accessibility</a> <a href="/privacy-notice">Privacy</a>
<a href="/contact-us">Contact us</a></div>
<p>City of Wolverhampton Council, Civic Centre, St Peter's Square, Wolverhampton WV1 1SH</p>""")
    nav = [("Home", "/"), ("Bins", "/bins"), ("Council tax", "/council-tax"),
           ("Education", "/education-and-skills"), ("Health and social care",
                                                     "/health-and-social-care"),
           ("Your council", "/your-council")]
    crumbs = [("Home", "/"), ("Your council", "/your-council"),
              ("Freedom of information", "/your-council/foi"),
              ("Disclosure log", "/your-council/foi/disclosure-log"),
              ("Bruising in non-mobile infants", None)]
    (OUT / name).write_text(page("Bruising in non-mobile infants", "City of Wolverhampton Council",
                                 nav, crumbs, main, footer, "#2c2a29", banner=True),
                            encoding="utf-8")
    label(name, "html", "City of Wolverhampton Council", "E08000031", "partial", [], A,
          {"1": "answered", "2": "not_held", "3": "answered", "4": "answered",
           "5": "answered"},
          fields("informal", "2023", "no", "yes", "no", "no", "no", "no", None),
          [wm, OGL, ICO_COMPLAIN])


# =====================================================================================
# 20. Wakefield - disclosure-log page, paraphrased request, no review, prose answer
# =====================================================================================
def wakefield():
    name = "wakefield-disclosure-log.html"
    wy = "https://www.proceduresonline.com/westyorkscb/p_bruising.html"
    p1 = ("There was no review. Wakefield follows the West Yorkshire Consortium procedures, "
          "and neither the council nor the Wakefield Safeguarding Children Partnership "
          "re-examined the bruising chapter after the Panel's briefing came out. As there was "
          "no review, there are no papers to send.")
    p2 = ("Staff do not go straight to a section 47 enquiry: a paediatric assessment and a "
          "discussion with children's social care come first, and a strategy discussion is "
          "held only if that points to a risk of harm.")
    p3 = ("The procedure has not been changed, and the definition of non-mobility is the one "
          "in place since 2019: a baby who is not yet crawling, cruising or walking, which "
          "includes a baby who rolls. It is not tied to age. The chapter is here: "
          f"{wy}")
    A = {"1": p1, "2": p1, "3": p2, "4": p3, "5": p3}
    main = f"""
<h1>Bruising in non-mobile infants &ndash; safeguarding policy review</h1>
<div class="summary">
<p><strong>Reference:</strong> FOI-1874-25</p>
<p><strong>Date published:</strong> 18 Nov 2025</p>
</div>
<h2>Information requested</h2>
<p>The requester asked whether the council's safeguarding policies on bruising in babies who
are not independently mobile were reviewed after the national Panel's September 2022 briefing,
for any papers about that review, whether a section 47 investigation or strategy discussion is
required in all cases, what changes were made, and whether the definition of "not
independently mobile" changed (including whether babies who can roll are counted, and whether
age is used).</p>
<h2>Our response</h2>
<p>{html.escape(p1)}</p>
<p>{html.escape(p2)}</p>
<p>{ahref(p3, [wy])}</p>
<div class="callout"><p>Wakefield Council information may be re-used under the Open Government
Licence unless otherwise stated. To ask for an internal review, email foi@wakefield.gov.uk.
Further guidance is available from the Information Commissioner's Office at
<a href="{ICO_HOME}">{ICO_HOME}</a>.</p></div>
"""
    footer = ("""<p><a href="/about-the-council/contact-us">Contact us</a> &middot;
<a href="/site-information/accessibility">Accessibility</a> &middot;
<a href="/site-information/privacy">Privacy and cookies</a></p>
<p>Wakefield Council, Wakefield One, Burton Street, Wakefield WF1 2EB</p>""")
    nav = [("Home", "/"), ("Bins and recycling", "/bins-and-recycling"),
           ("Council tax", "/council-tax"), ("Schools", "/schools-and-children"),
           ("About the council", "/about-the-council")]
    crumbs = [("Home", "/"), ("About the council", "/about-the-council"),
              ("Freedom of information", "/about-the-council/foi"),
              ("Disclosure log", "/about-the-council/foi/disclosure-log"),
              ("FOI-1874-25", None)]
    (OUT / name).write_text(page("Bruising in non-mobile infants - safeguarding policy review",
                                 "Wakefield Council", nav, crumbs, main, footer, "#00594f",
                                 banner=False), encoding="utf-8")
    label(name, "html", "Wakefield Metropolitan District Council", "E08000036", "answered", [],
          A, all_status("answered"),
          fields("none", None, "no", "no", "no", "no", "yes", "no", None),
          [wy, ICO_HOME])


# =====================================================================================
# 5. City of Doncaster - case-management export (TXT), no review at all
# =====================================================================================
def doncaster():
    name = "doncaster-case-export.txt"
    dsc = "https://www.doncastersafeguardingchildren.co.uk/procedures/bruising"
    A = {
        "1": "No such exercise has been done. The guidance was last looked at in 2021, before "
             "the Panel published its briefing, and it has not been revisited since.",
        "2": "There are no papers, because there was no review.",
        "3": "Yes. Any bruise on a baby who is not yet mobile is referred to children's social "
             "care and a strategy discussion is held in every case.",
        "4": "None have been made.",
        "5": "No. Infants who are starting to roll are treated in the same way as those who "
             f"cannot. The current guidance can be read at {dsc}",
    }
    bar = "=" * 74
    rule = "-" * 74
    req = "\n".join(f"{k}. {Q[k]}" for k in "12345")
    resp = "\n\n".join(f"{k}) {A[k]}" for k in "12345")
    txt = f"""{bar}
 CITY OF DONCASTER COUNCIL  -  INFORMATION GOVERNANCE
 Case Management Export (printable view)
{bar}
Case Reference   : DMBC-IR-104557
Case Type        : Freedom of Information
Received         : 2025-10-20
Due              : 2025-11-17
Closed           : 2025-11-11
Outcome Code     : INFO-PROVIDED
Handler          : K. Whitworth (Information Governance Officer)
Channel          : Email
{rule}
REQUEST DETAILS
{rule}
{REQ_INTRO}

{req}

{REQ_SIGNOFF}
{rule}
RESPONSE SENT  (2025-11-11 14:32)
{rule}
Dear Ms Ashworth,

Thank you for your request for information. Colleagues in Children's Social Care have
provided the following answers, numbered to match your questions.

{resp}

You are free to use this information for your own purposes and for non-commercial research.
Re-use for other purposes is allowed under the Open Government Licence.

If you are unhappy with the way your request has been handled you can ask for an internal
review by replying to this email within 40 working days. If you remain dissatisfied you may
complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow,
Cheshire, SK9 5AF ({ICO_COMPLAIN}).

Regards,
Kath Whitworth
Information Governance Officer
City of Doncaster Council
{rule}
Attachments      : (none)
Export generated : 2025-11-12 08:01
{bar}

{SYN}
"""
    (OUT / name).write_text(txt, encoding="utf-8")
    label(name, "txt", "City of Doncaster Council", "E08000017", "answered", [], A,
          all_status("answered"),
          fields("none", None, "no", "yes", "no", "no", "yes", "not_stated", None),
          [dsc, ICO_COMPLAIN])


# =====================================================================================
# 10. City of Bradford - plain-text letter refusing the whole request under s12
# =====================================================================================
def bradford():
    name = "bradford-refusal.txt"
    wy = "https://www.proceduresonline.com/westyorkscb/contents.html"
    txt = f"""City of Bradford Metropolitan District Council
Information Governance
City Hall, Bradford

Ref: FOI-25-06618
11 November 2025

Dear Ms Ashworth

Freedom of Information Act 2000 - Section 17 Refusal Notice

Thank you for your request of 20 October 2025 about safeguarding policy on bruising in
non-mobile infants.

We estimate that answering your request would exceed the appropriate limit of GBP 450,
which is equivalent to 18 hours of work at GBP 25 an hour, set by the Freedom of Information
and Data Protection (Appropriate Limit and Fees) Regulations 2004.

The council does not keep a single file on this subject. To establish whether a review took
place and to find any papers, officers would need to read the agendas and minutes of four
partnership subgroups for every meeting since October 2022, and search the mailboxes of
Children's Social Care managers who took part in West Yorkshire procedures work over the
same period. A sample exercise took three hours to cover two months of records, so we
estimate the whole task at more than 50 hours.

Section 12 of the Act therefore applies to your request as a whole, and we are not
required to answer any part of it.

Advice and assistance: you may wish to submit a narrower request, for example limited to
your questions 3 and 5, which concern the procedure currently in use. The West Yorkshire
child protection procedures, which Bradford follows, are published at:
{wy}

If you are unhappy with this decision you may ask for an internal review within 40 working
days by writing to foi@bradford.gov.uk. If you remain unhappy you may then complain to the
Information Commissioner at {ICO_COMPLAIN}

Yours sincerely

Information Governance Team
City of Bradford Metropolitan District Council

{SYN}
"""
    (OUT / name).write_text(txt, encoding="utf-8")
    label(name, "txt", "City of Bradford Metropolitan District Council", "E08000032",
          "refused", ["s12"], {}, all_status("refused"), dict(NOT_STATED), [wy, ICO_COMPLAIN])


# =====================================================================================
# 15. Westmorland and Furness - plain-text reply, "Response n:", Q2 refers to Q1
# =====================================================================================
def westmorland():
    name = "westmorland-and-furness-reply.txt"
    audit = "https://www.cumbriasafeguardingchildren.co.uk/audits/bruising-2024"
    A = {
        "1": "Yes. We carried out an audit of our practice guidance last year, checking it "
             "against the Panel's 2022 briefing once the Cumbria procedures had been divided "
             "between the two new councils. The audit found the guidance broadly sound, but "
             "its description of a non-mobile baby and the route to a strategy discussion "
             "needed rewriting. A summary of the audit is on the Cumbria Safeguarding Children "
             f"Partnership website: {audit}",
        "2": "See answer to question 1.",
        "3": "No. A strategy discussion is held only where the paediatric assessment or other "
             "information raises a concern.",
        "4": "The guidance was rewritten to add an initial appraisal step and a clearer "
             "definition.",
        "5": "Yes. A baby who is not crawling, cruising, bottom-shuffling or walking counts as "
             "not independently mobile, including a baby who can roll. Age is not used.",
    }
    parts = []
    for k in "12345":
        parts.append(f"{k}. {Q[k]}\n\nResponse {k}: {A[k]}")
    body = "\n\n".join(parts)
    txt = f"""WESTMORLAND AND FURNESS COUNCIL
Information Governance

FOI reference: WF-FOI-2025-3340
Date: 13.11.2025

Dear Ms Ashworth,

Re: Freedom of Information Act 2000 request

I write in response to your request dated 20 October 2025. Your questions are repeated
below, each followed by our response.

{body}

The information supplied is subject to copyright. It may be re-used under the Open
Government Licence; other re-use needs our permission.

If you are dissatisfied with the handling of your request, you can ask for an internal
review by contacting foi@westmorlandandfurness.gov.uk within 40 working days. If you are
still not satisfied you can complain to the Information Commissioner: {ICO_COMPLAIN}

Yours sincerely

Gemma Fell
Information Governance Officer
Westmorland and Furness Council

{SYN}
"""
    (OUT / name).write_text(txt, encoding="utf-8")
    label(name, "txt", "Westmorland and Furness Council", "E06000064", "answered", [], A,
          {"1": "answered", "2": "see_other", "3": "answered", "4": "answered",
           "5": "answered"},
          fields("formal", "2024", "yes", "no", "yes", "yes", "yes", "no", None),
          [audit, ICO_COMPLAIN])


# =====================================================================================
# R2. North East Lincolnshire - reply to a DIFFERENT request (s47 statistics)
# =====================================================================================
def nelincs_other():
    name = "north-east-lincolnshire-response.txt"
    txt = f"""North East Lincolnshire Council
Information Governance and Complaints

Our reference: NEL/FOI/25/2290
Date: 12 November 2025

Dear Mr Collins

Freedom of Information request - section 47 enquiries involving infants

You asked:

1. How many section 47 enquiries were started for children aged under one in each of the
   financial years 2022/23, 2023/24 and 2024/25?
2. Of those, how many began with a referral about bruising or another injury?
3. How many led to an initial child protection conference?

Our response:

1. 2022/23: 61; 2023/24: 58; 2024/25: 66.
2. The case management system does not record the reason for referral in a way that
   separates bruising from other injuries. Injuries of all kinds: 2022/23: 19; 2023/24: 17;
   2024/25: 22.
3. 2022/23: 24; 2023/24: 21; 2024/25: 27.

Figures are taken from the children's social care system as at 31 October 2025 and may
change slightly as records are updated.

You may re-use this information under the Open Government Licence. If you are unhappy with
this response, please ask for an internal review within 40 working days; you may then
complain to the Information Commissioner at {ICO_COMPLAIN}

Yours sincerely

Information Governance and Complaints Team
North East Lincolnshire Council

{SYN}
"""
    (OUT / name).write_text(txt, encoding="utf-8")
    reject(name, "txt", "other_request")


README = """# fresh_nov_a: synthetic FOI replies (bruising in non-mobile infants)

22 SYNTHETIC documents (20 replies from 20 English councils with children's services, plus
2 non-replies) with `labels.json` in the format of `corpus/README.md`. Council names and GSS
codes are real; all wording and every position attributed to a council are invented for
testing. Regenerate with `python make_fixtures.py` (deterministic).
"""


def main():
    for fn in (york, windsor, blackburn, redcar, doncaster, bathnes, telford, stockton,
               kingston, bradford, bcp, scilly, hammersmith, wolverhampton, westmorland,
               cwac, sthelens, southend, brighton, wakefield,
               gateshead_clarification, nelincs_other):
        fn()
    LABELS.sort(key=lambda r: r["file"])
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (OUT / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {len(LABELS)} documents to {OUT}")


if __name__ == "__main__":
    main()
