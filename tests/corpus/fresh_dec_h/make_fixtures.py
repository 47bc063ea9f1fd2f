#!/usr/bin/env python3
"""Generate the fresh_dec_h corpus: 24 synthetic documents plus labels.json.

Every document is invented for testing foi-responses. The councils are real
English authorities with children's services, but every word and every
position attributed to them here is made up. Deterministic: fixed dates,
fixed MIME boundaries, reportlab invariant mode, fixed DOCX zip timestamps.

Run with:  python make_fixtures.py   (needs reportlab and python-docx)
"""
import datetime as dt
import html
import io
import json
import textwrap
import zipfile
from email import charset as email_charset
from email import encoders
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from pathlib import Path
from xml.sax.saxutils import escape as xesc

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation dates and document IDs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
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
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document written for foi-responses; not a real council reply."
SYN_KEYWORDS = "synthetic test document; foi-responses; not a real council reply"

REQUESTER = "Ruth Callan"
REQ_ADDR = "ruth.callan@example.org"

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"

# The requester's own wording (written for this corpus), typo included.
REQ_INTRO = (
    "In September 2022 the Child Safeguarding Practice Review Panel published a "
    "briefing on bruising in non-mobile infants. It asked every set of safeguarding "
    "partners to look again at their own policies to make sure they were consistent "
    "with the evidence base and with national guidelines."
)
REQ_ASK = "Under the Freedom of Information Act 2000, please could you tell me:"
RQ = {
    "1": "Was their a review of your safeguarding policies after the briefing was "
         "published? If so, when did it happen and what did it conclude?",
    "2": "Please send me any papers that record the outcome of that review.",
    "3": "Does your policy require a section 47 investigation or a strategy "
         "discussion in all cases?",
    "4": "What changes did you make so that the policy is consistent with the "
         "evidence base and national guidelines?",
    "5": "Did your definition of when a child is not independently mobile change, "
         "and how is it defined now? In particular, do you treat babies who can roll "
         "as not independently mobile, and is the definition based on age?",
}
REQ_LINK = "https://www.gov.uk/government/publications/bruising-in-non-mobile-infants-briefing"

LABELS = []
NULL_FIELDS = {
    "review_held": "not_stated",
    "review_date": None,
    "papers_provided": "not_stated",
    "s47_all_cases": "not_stated",
    "changes_made": "not_stated",
    "definition_changed": "not_stated",
    "rolling_is_non_mobile": "not_stated",
    "age_based": "not_stated",
    "age_threshold_months": None,
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


def label(file, fmt, authority, code, outcome, exemptions, answers, status, flds, links,
          **extra):
    assert set(answers) == set("12345") and set(status) == set("12345")
    rec = {
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
    rec.update(extra)
    LABELS.append(rec)


def reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def whole(value):
    return {k: value for k in "12345"}


def request_quoted_plain(prefix="", salutation="Dear Sir or Madam,"):
    """The requester's original message as a list of lines."""
    lines = [salutation, ""]
    lines += textwrap.wrap(REQ_INTRO, 76)
    lines += ["", "The briefing is here: " + REQ_LINK, "", REQ_ASK, ""]
    for n in "12345":
        lines += textwrap.wrap(f"{n}. {RQ[n]}", 76, subsequent_indent="   ")
    lines += ["", "Yours faithfully,", "", REQUESTER]
    return [prefix + ln if ln else prefix.rstrip() for ln in lines]


def write_text(name, text):
    (OUT / name).write_text(text, encoding="utf-8", newline="\n")


def wrap_para(text, width=78):
    return "\n".join(textwrap.wrap(text, width))


# --------------------------------------------------------------------- PDF helpers

def numbered_canvas(draw):
    """Canvas class that knows the page total, for 'Page x of y' footers."""

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
                draw(self, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


def pdf_styles(font, bold, size=10.5, leading=None, italic=None):
    leading = leading or size * 1.35
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=leading,
                          spaceAfter=6)
    return {
        "body": base,
        "bold": ParagraphStyle("bold", parent=base, fontName=bold),
        "ital": ParagraphStyle("ital", parent=base, fontName=italic or font),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 5,
                             leading=(size + 5) * 1.2, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size + 1.5,
                             leading=(size + 1.5) * 1.3, spaceBefore=6, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, firstLineIndent=-9,
                                 spaceAfter=3),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1,
                               leading=(size - 1) * 1.3, spaceAfter=3),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.3, spaceAfter=3),
    }


def P(text, style):
    return Paragraph(xesc(text), style)


def build_pdf(target, story, *, title, author, subject, draw, margins=(22, 22, 28, 26)):
    """margins in mm: left, right, top, bottom."""
    kw = dict(pagesize=A4, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
              topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, title=title,
              author=author, subject=subject, keywords=SYN_KEYWORDS,
              creator="foi-responses synthetic corpus generator")
    if isinstance(target, (str, Path)):
        doc = SimpleDocTemplate(str(target), **kw)
        doc.build(story, canvasmaker=numbered_canvas(draw))
        return None
    doc = SimpleDocTemplate(target, **kw)
    doc.build(story, canvasmaker=numbered_canvas(draw))
    return target.getvalue()


def syn_footer(c, font="Helvetica", y=8 * mm):
    c.saveState()
    c.setFont(font, 6.5)
    c.setFillColor(colors.HexColor("#888888"))
    c.drawString(20 * mm, y, SYN)
    c.restoreState()


# -------------------------------------------------------------------- DOCX helpers

def new_docx(title, author, subject, created):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.subject = subject
    cp.keywords = SYN_KEYWORDS
    cp.comments = SYN
    cp.category = "Synthetic test document"
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    return d


def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def docx_header_footer(d, header_text, footer_prefix="Page ", with_total=False):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run(footer_prefix)
    run.font.size = Pt(8.5)
    add_field(fp, "PAGE")
    if with_total:
        fp.add_run(" of ").font.size = Pt(8.5)
        add_field(fp, "NUMPAGES")
    sp = sec.footer.add_paragraph()
    sp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sr = sp.add_run(SYN)
    sr.font.size = Pt(6.5)
    sr.font.color.rgb = RGBColor(0x88, 0x88, 0x88)


def save_docx(d, name):
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))
    (OUT / name).write_bytes(out.getvalue())


def para(d, text="", style=None, bold=False, italic=False, size=None, align=None,
         space_after=None):
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def set_cell(cell, text, bold=False, shade=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


# --------------------------------------------------------------------- EML helpers

def qp_text(text, subtype="plain"):
    cs = email_charset.Charset("utf-8")
    cs.header_encoding = email_charset.QP
    cs.body_encoding = email_charset.QP
    return MIMEText(text, subtype, cs)


def b64_text(text, subtype="plain"):
    return MIMEText(text, subtype, "utf-8")  # utf-8 defaults to base64


def set_headers(msg, headers):
    for k, v in headers:
        msg[k] = v
    msg["X-Synthetic-Test-Document"] = "yes"


def write_eml(name, msg):
    (OUT / name).write_bytes(msg.as_bytes())


# --------------------------------------------------------------------- HTML helpers

def h(text):
    return html.escape(text, quote=True)


def linkify(text):
    """Escape text and turn bare http(s) URLs into anchors showing the URL itself."""
    out = []
    for tok in text.split(" "):
        core = tok.rstrip(".,;)")
        tail = tok[len(core):]
        if core.startswith("http://") or core.startswith("https://"):
            out.append(f'<a href="{h(core)}">{h(core)}</a>{h(tail)}')
        else:
            out.append(h(tok))
    return " ".join(out)


# =========================================================================== PDFs

def gateshead_pdf():
    name = "gateshead-foi-response.pdf"
    st = pdf_styles("Helvetica", "Helvetica-Bold", 10.5)
    url = "https://www.gatesheadsafeguarding.org.uk/procedures/bruising-protocol"
    A = {
        "1": "Yes. After the Panel's briefing was received, the Gateshead Safeguarding "
             "Children Partnership asked its Policy and Procedures Sub-Group to review the "
             "multi-agency protocol on bruising and injuries in non-mobile babies. The "
             "sub-group completed the review in February 2023.\n"
             "It concluded that the protocol was sound in most respects but that it moved "
             "too quickly from the first professional's concern to a strategy discussion. "
             "It recommended an initial appraisal by children's social care and a "
             "paediatrician as the first step. The revised protocol was approved by the "
             "Partnership Executive and published in May 2023.",
        "2": "The revised protocol and a summary of the sub-group's findings are on the "
             f"Partnership's website at {url}. The report considered by the Partnership "
             "Executive in March 2023 is enclosed with this letter (Appendix A).",
        "3": "No. Any bruise on a baby who is not independently mobile must be referred to "
             "children's social care and discussed with the on-call paediatrician. That "
             "initial appraisal decides whether a strategy discussion is needed; a section "
             "47 enquiry does not follow automatically.",
        "4": "The main changes were:\n"
             "• an initial appraisal by social care and the paediatrician before any "
             "strategy discussion;\n"
             "• a set of questions for practitioners to ask parents and carers about how "
             "the bruise happened;\n"
             "• a leaflet for parents explaining why they are being referred and what will "
             "happen next;\n"
             "• a rewritten definition of “not independently mobile” (see question 5).",
        "5": "Yes. The previous protocol spoke of “pre-mobile babies” without defining the "
             "term. It now says that a baby is not independently mobile if they cannot yet "
             "crawl, bottom-shuffle, pull to stand, cruise or walk. A baby who can roll "
             "over is still treated as not independently mobile. The definition depends on "
             "the baby's development, not on their age.",
    }
    story = [
        P("Gateshead Council", ParagraphStyle("lh", parent=st["h1"], fontSize=20,
                                               textColor=colors.HexColor("#00506e"))),
        P("Corporate Information Governance · Civic Centre, Regent Street, Gateshead NE8 1HH",
          st["small"]),
        Spacer(1, 6 * mm),
        P("Our ref: FOI/25/04817", st["right"]),
        P("Date: 2 December 2025", st["right"]),
        P("Contact: Information Rights Officer", st["right"]),
        Spacer(1, 6 * mm),
        P(f"Ms {REQUESTER}", st["body"]),
        P("By email", st["body"]),
        Spacer(1, 4 * mm),
        P("Dear Ms Callan", st["body"]),
        P("Freedom of Information Act 2000 – your request about bruising in non-mobile "
          "infants", st["h2"]),
        P("Thank you for your request, which we received on 6 November 2025. We have dealt "
          "with it under the Freedom of Information Act 2000. Your questions are repeated "
          "below in bold, each followed by our answer.", st["body"]),
    ]
    for n in "12345":
        block = [P(f"{n}. {RQ[n]}", st["bold"])]
        for part in A[n].split("\n"):
            block.append(P(part, st["bullet"] if part.startswith("•") else st["body"]))
        block.append(Spacer(1, 2 * mm))
        story.append(KeepTogether(block))
    story += [
        P("Re-use of information", st["h2"]),
        P("You are free to use the information supplied for your own purposes. If you wish "
          "to re-use it for any other purpose, it is available under the Open Government "
          f"Licence: {OGL}", st["body"]),
        P("Your right to complain", st["h2"]),
        P("If you are unhappy with this response you may ask for an internal review by "
          "writing to the address above within 40 working days of the date of this letter. "
          "If you remain dissatisfied after the review you can complain to the Information "
          f"Commissioner: {ICO_COMPLAIN}", st["body"]),
        Spacer(1, 4 * mm),
        P("Yours sincerely", st["body"]),
        Spacer(1, 6 * mm),
        P("P. Hensley", st["bold"]),
        P("Information Rights Officer", st["body"]),
    ]

    def draw(c, page, total):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#00506e"))
        c.setLineWidth(2)
        c.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 14 * mm, "Gateshead Council · FOI/25/04817")
        c.drawRightString(A4[0] - 20 * mm, 14 * mm, f"Page {page} of {total}")
        c.restoreState()
        syn_footer(c)

    build_pdf(OUT / name, story, title="FOI/25/04817 response", author="Gateshead Council",
              subject="Freedom of Information response (synthetic)", draw=draw)
    label(name, "pdf", "Gateshead Metropolitan Borough Council", "E08000037", "answered",
          [], A, whole("answered"),
          fields("formal", "2023-02", "yes", "no", "yes", "yes", "yes", "no", None),
          [url, OGL, ICO_COMPLAIN])


def calderdale_pdf():
    name = "calderdale-foi-response.pdf"
    st = pdf_styles("Helvetica", "Helvetica-Bold", 10)
    url = "https://westyorkscb.proceduresonline.com/chapters/p_bruising.html"
    Q = {
        "1": "Was there a review of your safeguarding policies after the Panel's briefing "
             "was published? When was it, and what did it conclude?",
        "2": "Any papers that record the outcome of that review.",
        "3": "Does your policy require a section 47 investigation or a strategy discussion "
             "in all cases?",
        "4": "What changes were made for consistency with the evidence base and national "
             "guidelines?",
        "5": "Did your definition of 'not independently mobile' change, and how is it now "
             "defined (rolling; age)?",
    }
    A = {
        "1": "Yes. Calderdale Safeguarding Children Partnership follows the West Yorkshire "
             "Consortium child protection procedures. In November 2022 the Consortium's "
             "procedures group carried out a formal review of the chapter on bruising in "
             "non-mobile children in the light of the Panel's briefing. It concluded that "
             "the chapter should be amended so that paediatric advice is obtained before a "
             "decision is made about a strategy discussion.",
        "2": "The Council holds the notes and working papers of the review. This information "
             "is withheld under section 36(2)(b)(ii) of the Freedom of Information Act 2000, "
             "because in the reasonable opinion of the Council's qualified person its "
             "disclosure would be likely to inhibit the free and frank exchange of views for "
             "the purposes of deliberation. Our consideration of the public interest is set "
             "out at the end of this letter.",
        "3": "No. The procedure does not require a strategy discussion or a section 47 "
             "enquiry in every case. That decision is taken after a paediatric assessment and "
             "a discussion with the manager at the Council's Multi-Agency Screening Hub.",
        "4": "The chapter was amended to add a step for paediatric advice before any "
             "strategy discussion, to set out the information that the referrer should "
             "gather, and to include a flowchart for health practitioners. The amended "
             f"chapter can be read at {url}",
        "5": "The definition was not changed. A child is treated as independently mobile "
             "once they can move themselves from one place to another, which includes "
             "rolling, crawling, bottom-shuffling, cruising or walking. Age does not form "
             "part of the definition.",
    }
    story = [
        P("Calderdale Metropolitan Borough Council", st["h1"]),
        P("Information Management and Governance · Town Hall, Crossley Street, Halifax HX1 1UJ",
          st["small"]),
        Spacer(1, 5 * mm),
        Table([["Request reference", "CMBC-FOI-2025-5583"],
               ["Date received", "3 November 2025"],
               ["Date of response", "1 December 2025"],
               ["Subject", "Bruising in non-mobile infants – policy review"]],
              colWidths=[45 * mm, 115 * mm],
              style=TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))])),
        Spacer(1, 5 * mm),
        P("Dear Requester", st["body"]),
        P("Your request has been considered under the Freedom of Information Act 2000 (the "
          "Act). The Council holds information within the scope of your request. Part of it "
          "is provided below; part is withheld under the exemption explained in our answer to "
          "question 2. Each question is shown in the shaded box, followed by our response.",
          st["body"]),
    ]
    for n in "12345":
        t = Table([[Paragraph(f"<b>Question {n}</b><br/>{xesc(Q[n])}", st["cell"])],
                   [P(A[n], st["cell"])]],
                  colWidths=[166 * mm])
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#dde8f0")),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#336699")),
            ("LINEBELOW", (0, 0), (0, 0), 0.4, colors.HexColor("#336699")),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        story += [t, Spacer(1, 4 * mm)]
    story += [
        P("Section 36(2)(b)(ii): public interest test", st["h2"]),
        P("Section 36 is a qualified exemption, so the Council has weighed the public "
          "interest. In favour of disclosure, there is a clear public interest in openness "
          "about how safeguarding procedures are reviewed, particularly on a subject that "
          "affects families so directly. Against disclosure, the working papers record the "
          "candid views of practitioners from several agencies given while the chapter was "
          "being revised. Officers need a safe space in which to test options and disagree "
          "before a procedure is settled, and releasing these papers would be likely to make "
          "contributors more guarded in future reviews.", st["body"]),
        P("The Council considers that the outcome of the review is already public in the "
          "amended chapter, which meets much of the public interest in transparency. On "
          "balance, the public interest in maintaining the exemption outweighs the public "
          "interest in disclosure.", st["body"]),
        P("Internal review and complaint", st["h2"]),
        P("If you are dissatisfied with this response you may request an internal review "
          "within 40 working days by writing to the Information Management and Governance "
          "team at the address above. If you are still dissatisfied after the review, you may "
          f"apply to the Information Commissioner: {ICO_COMPLAIN}", st["body"]),
        Spacer(1, 5 * mm),
        P("Yours faithfully", st["body"]),
        P("Information Management and Governance Team", st["bold"]),
    ]

    def draw(c, page, total):
        c.saveState()
        c.setFont("Helvetica-Oblique", 8)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 15 * mm,
                          "OFFICIAL · CMBC-FOI-2025-5583")
        c.setFont("Helvetica", 8)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"{page} / {total}")
        c.restoreState()
        syn_footer(c)

    build_pdf(OUT / name, story, title="CMBC-FOI-2025-5583", author="Calderdale Council",
              subject="FOI response (synthetic)", draw=draw)
    label(name, "pdf", "Calderdale Metropolitan Borough Council", "E08000033", "partial",
          ["s36(2)(b)(ii)"], A,
          {"1": "answered", "2": "refused", "3": "answered", "4": "answered",
           "5": "answered"},
          fields("formal", "2022-11", "no", "no", "yes", "no", "no", "no", None),
          [url, ICO_COMPLAIN])


def sandwell_pdf():
    name = "sandwell-refusal-notice.pdf"
    st = pdf_styles("Times-Roman", "Times-Bold", 11.5, italic="Times-Italic")
    wm = "https://westmidlands.procedures.org.uk/"
    story = [
        P("Sandwell Metropolitan Borough Council", ParagraphStyle(
            "lh", parent=st["h1"], fontName="Times-Bold", fontSize=18)),
        P("Information Governance · Sandwell Council House, Freeth Street, Oldbury B69 3DE",
          st["small"]),
        Spacer(1, 6 * mm),
        P("Your reference: none given", st["right"]),
        P("Our reference: SMBC/IG/FOI/2526/01873", st["right"]),
        P("Date: 19th December 2025", st["right"]),
        Spacer(1, 6 * mm),
        P("Dear Requester,", st["body"]),
        P("FREEDOM OF INFORMATION ACT 2000 – REFUSAL NOTICE (SECTION 17)", st["h2"]),
        P("Your request of 30th October 2025 sought information about any review of "
          "safeguarding policy on bruising in non-mobile infants following the Child "
          "Safeguarding Practice Review Panel's briefing of September 2022. In summary, you "
          "asked:", st["body"]),
    ]
    summ = ["whether a review took place, when, and with what conclusion;",
            "for papers recording the outcome of the review;",
            "whether the policy requires a section 47 investigation or a strategy discussion "
            "in all cases;",
            "what changes were made for consistency with the evidence base and national "
            "guidelines; and",
            "whether the definition of “not independently mobile” changed, and how it is now "
            "defined."]
    for i, s in enumerate(summ):
        story.append(P(f"({'abcde'[i]}) {s}", st["bullet"]))
    story += [
        P("Decision", st["h2"]),
        P("The Council estimates that the cost of complying with your request would exceed "
          "the appropriate limit of £450 set by the Freedom of Information and Data "
          "Protection (Appropriate Limit and Fees) Regulations 2004, which equates to 18 "
          "hours of staff time at £25 per hour. Section 12 of the Act therefore applies and "
          "the Council is not obliged to comply with your request. Because the costs of "
          "answering related questions may be aggregated, this decision applies to your "
          "request as a whole.", st["body"]),
        P("How the estimate was reached", st["h2"]),
        P("Records of the Sandwell Children's Safeguarding Partnership's policy subgroup for "
          "the period from October 2022 to the end of 2024 are not indexed by subject. They "
          "are held across several shared mailboxes, archived network drives and the "
          "papers of a regional group. To find any discussion of the Panel's briefing, "
          "officers would need to open and read the agenda packs and minutes of some 30 "
          "meetings and an estimated 600 emails. A sampling exercise showed that each "
          "meeting pack takes around 25 minutes to search and each batch of 50 emails around "
          "an hour. We estimate the work at not less than 24 hours.", st["body"]),
        PageBreak(),
        P("Advice and assistance (section 16)", st["h2"]),
        P("You may wish to submit a narrower request. For example, limiting your request to "
          "parts (c) and (e) may allow us to answer from the current procedure alone. The "
          "West Midlands regional child protection procedures, which Sandwell follows, are "
          f"published at {wm}", st["body"]),
        P("Please note that any refined request will be treated as a new request.",
          st["ital"]),
        P("Your right of appeal", st["h2"]),
        P("If you are dissatisfied with the handling of your request you may ask for an "
          "internal review. Please write to the Information Governance team at the address "
          "above, or by email, within 40 working days of the date of this notice. If you are "
          "not content with the outcome of the internal review, you may complain to the "
          "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
          f"SK9 5AF, or online at {ICO_COMPLAIN}", st["body"]),
        Spacer(1, 6 * mm),
        P("Yours faithfully,", st["body"]),
        Spacer(1, 8 * mm),
        P("Information Governance Officer", st["bold"]),
        P("Sandwell Metropolitan Borough Council", st["body"]),
    ]

    def draw(c, page, total):
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.drawString(22 * mm, A4[1] - 15 * mm, "Sandwell MBC – Refusal Notice")
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"Page {page} of {total}")
        c.restoreState()
        syn_footer(c, "Times-Roman")

    build_pdf(OUT / name, story, title="Refusal notice SMBC/IG/FOI/2526/01873",
              author="Sandwell MBC", subject="Section 17 refusal notice (synthetic)",
              draw=draw)
    label(name, "pdf", "Sandwell Metropolitan Borough Council", "E08000028", "refused",
          ["s12"], whole(None), whole("refused"), dict(NULL_FIELDS), [wm, ICO_COMPLAIN])


def west_sussex_pdf():
    name = "west-sussex-letter.pdf"
    st = pdf_styles("Times-Roman", "Times-Bold", 11.5, italic="Times-Italic")
    sussex = "https://sussexchildprotection.procedures.org.uk/"
    A1 = ("There was no formal review. The Pan-Sussex Procedures Group considered the "
          "Panel's briefing at its meeting on 07/12/2022 and agreed that the Sussex "
          "procedure on bruising in non-mobile children was already consistent with it.")
    A24 = ("Because the group found the procedure already consistent with the briefing, "
           "nothing in it was changed and no report or other paper was written about the "
           "discussion.")
    A3 = ("The procedure does not require a section 47 enquiry or a strategy discussion in "
          "all cases. A bruised baby who is not independently mobile is referred to "
          "children's social care and seen by a paediatrician, and the need for a strategy "
          "discussion is decided in the light of that assessment.")
    A5 = ("The definition has not changed. Under the Sussex procedure a baby who can roll "
          "over is regarded as having begun to move independently, and is therefore not "
          "treated as non-mobile. Age is not used to decide whether a baby is mobile.")
    story = [
        P("WEST SUSSEX COUNTY COUNCIL", ParagraphStyle(
            "lh", parent=st["h1"], fontName="Times-Bold", fontSize=17,
            textColor=colors.HexColor("#1d3d6b"))),
        P("Information Rights Team · County Hall, West Street, Chichester PO19 1RQ",
          st["small"]),
        Spacer(1, 8 * mm),
        P(f"Ms R. Callan<br/>{REQ_ADDR}".replace("<br/>", " – "), st["body"]),
        Spacer(1, 3 * mm),
        P("Ref: WSCC/FOI/25/09931", st["body"]),
        P("Date: 16/12/2025", st["body"]),
        Spacer(1, 5 * mm),
        P("Dear Ms Callan,", st["body"]),
        P("Re: Freedom of Information request – review of policy on bruising in non-mobile "
          "infants", st["bold"]),
        P("Thank you for your request of 31 October 2025. West Sussex Safeguarding Children "
          "Partnership works to the Pan-Sussex Child Protection and Safeguarding Procedures, "
          "which are written jointly with Brighton & Hove and East Sussex and published at "
          f"{sussex} I have answered your questions in turn below.", st["body"]),
        P(A1, st["body"]),
        P(A24, st["body"]),
        P(A3, st["body"]),
        P(A5, st["body"]),
        P("I hope this is helpful. If you are unhappy with the way your request has been "
          "handled, you can ask for an internal review by replying to this letter within two "
          "months. If you are still unhappy after that, you can complain to the Information "
          f"Commissioner's Office at {ICO_COMPLAIN}", st["body"]),
        Spacer(1, 6 * mm),
        P("Yours sincerely,", st["body"]),
        Spacer(1, 10 * mm),
        P("A. Okonjo", st["bold"]),
        P("Information Rights Officer, West Sussex County Council", st["body"]),
    ]

    def draw(c, page, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d3d6b"))
        c.rect(0, A4[1] - 8 * mm, A4[0], 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"– {page} –")
        c.restoreState()
        syn_footer(c, "Times-Roman")

    build_pdf(OUT / name, story, title="WSCC/FOI/25/09931", author="West Sussex County Council",
              subject="FOI response (synthetic)", draw=draw, margins=(25, 25, 24, 26))
    A = {"1": A1, "2": A24, "3": A3, "4": A24, "5": A5}
    label(name, "pdf", "West Sussex County Council", "E10000032", "answered", [], A,
          whole("answered"),
          fields("informal", "2022-12", "no", "no", "no", "no", "no", "no", None),
          [sussex, ICO_COMPLAIN])


def lewisham_pdf():
    name = "lewisham-response-table.pdf"
    st = pdf_styles("Helvetica", "Helvetica-Bold", 10)
    lcp = "https://www.londoncp.co.uk/chapters/bruising_nm.html"
    Qs = {
        "1": "Was there a review of your safeguarding policies after the Panel's guidance; "
             "when was it and what did it conclude?",
        "2": "Papers giving information on the outcome of the review.",
        "3": "Does your policy require a s47 investigation or strategy discussion in all "
             "cases?",
        "4": "What changes were put in place for consistency with the evidence base and "
             "national guidelines?",
        "5": "Changes to the definition of “not independently mobile”; how it is now "
             "defined; rolling; age.",
    }
    A = {
        "1": "Yes. The London Safeguarding Children Partnership reviewed the London Child "
             "Protection Procedures chapter on bruising in non-mobile babies in December "
             "2022, taking account of the Panel's briefing. Lewisham Safeguarding Children "
             "Partnership's Policy and Procedures Subgroup then endorsed the revised chapter "
             "for local use. The review concluded that the chapter should require an initial "
             "multi-agency discussion and a paediatric assessment, rather than moving "
             "straight to a strategy meeting.",
        "2": "The minutes of the Subgroup meeting at which the revised chapter was endorsed "
             "are enclosed. The names of officers below Head of Service level have been "
             "redacted under section 40(2) of the Act, as disclosure would breach the data "
             f"protection principles. The London chapter is published at {lcp}",
        "3": "No. Under the London procedures a strategy discussion is not automatic; it "
             "follows where the initial discussion and paediatric assessment indicate that "
             "the threshold for a section 47 enquiry may be met.",
        "4": "The initial multi-agency discussion and paediatric assessment described in "
             "part 1 were introduced, and the chapter's guidance on communicating with "
             "parents was expanded.",
        "5": "Yes. The chapter now defines a baby who is not independently mobile as one who "
             "is not yet able to move around by themselves, and no longer relies on the "
             "phrase “pre-mobile”.",
    }
    story = [
        P("London Borough of Lewisham", ParagraphStyle(
            "lh", parent=st["h1"], fontSize=19, textColor=colors.HexColor("#6a1b4d"))),
        P("Information Governance · Laurence House, 1 Catford Road, London SE6 4RU",
          st["small"]),
        Spacer(1, 6 * mm),
        P("FOI reference: LBL/FOI/11098425", st["body"]),
        P("Date: 5 January 2026", st["body"]),
        Spacer(1, 4 * mm),
        P("Dear Ms Callan", st["body"]),
        P("Request for information under the Freedom of Information Act 2000", st["h2"]),
        P("Your request, received on 4 November 2025, has been handled under section 1(1) of "
          "the Freedom of Information Act 2000 (“the Act”). The Council confirms that it "
          "holds information within the scope of your request. Our response to each part is "
          "given in the table below.", st["body"]),
        Spacer(1, 2 * mm),
    ]
    rows = [[P("Part", st["cellb"]), P("Your request", st["cellb"]),
             P("Council response", st["cellb"])]]
    for n in "12345":
        rows.append([P(n, st["cell"]), P(Qs[n], st["cell"]), P(A[n], st["cell"])])
    t = Table(rows, colWidths=[12 * mm, 50 * mm, 106 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6a1b4d")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2e6ee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [
        t,
        PageBreak(),
        P("Re-use of information", st["h2"]),
        P("Most information the Council provides in response to Freedom of Information "
          "requests may be re-used under the Open Government Licence: " + OGL, st["body"]),
        P("Section 40(2)", st["h2"]),
        P("Section 40(2) of the Act provides that personal data of third parties is exempt "
          "where disclosure would contravene any of the data protection principles. It is an "
          "absolute exemption and no public interest test is required.", st["body"]),
        P("Internal review", st["h2"]),
        P("If you are dissatisfied with the handling of your request, you may ask for an "
          "internal review within 40 working days of the date of this response. Should you "
          "remain dissatisfied, you may complain to the Information Commissioner: "
          + ICO_COMPLAIN, st["body"]),
        Spacer(1, 6 * mm),
        P("Yours sincerely", st["body"]),
        P("Information Governance Team, London Borough of Lewisham", st["bold"]),
    ]

    def draw(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, A4[1] - 14 * mm, "LBL/FOI/11098425")
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 14 * mm, "OFFICIAL")
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"Page {page} of {total}")
        c.restoreState()
        syn_footer(c)

    build_pdf(OUT / name, story, title="LBL/FOI/11098425", author="London Borough of Lewisham",
              subject="FOI response (synthetic)", draw=draw)
    label(name, "pdf", "London Borough of Lewisham", "E09000023", "answered", ["s40(2)"], A,
          whole("answered"),
          fields("formal", "2022-12", "yes", "no", "yes", "yes", "not_stated", "not_stated",
                 None),
          [lcp, OGL, ICO_COMPLAIN])


# =========================================================================== DOCX

def redcar_docx():
    name = "redcar-and-cleveland-qa-table.docx"
    d = new_docx("RCBC-FOI-11482 response", "Information Governance Team",
                 "Freedom of Information response (synthetic)", dt.datetime(2025, 12, 10, 9, 30))
    docx_header_footer(d, "Redcar & Cleveland Borough Council — Information Governance")
    A = {
        "1": "No formal review was carried out. The briefing was circulated to members of "
             "the South Tees Procedures Group and discussed at the group's meeting in January "
             "2023. Members agreed that the existing South Tees procedure already reflected "
             "the briefing and that no amendments were needed.",
        "2": "No report or paper was produced on the outcome, so there is nothing further we "
             "can provide.",
        "3": "Yes. Under the South Tees procedure, bruising on any baby who is not "
             "independently mobile leads to a strategy discussion between children's social "
             "care, the police and health colleagues.",
    }
    A45 = ("No changes were made, and this includes the definition of 'not independently "
           "mobile', which is unchanged and remains as set out in the South Tees procedure.")
    A["4"] = A45
    A["5"] = A45
    d.add_heading("Freedom of Information Request – Response", level=1)
    para(d, "Reference: RCBC-FOI-11482   |   Date of response: 10/12/2025", bold=True)
    para(d, "Dear Sir/Madam,")
    para(d, "We have now considered your request for information about the safeguarding "
            "partnership's policy on bruising in non-mobile infants. The Council works with "
            "Middlesbrough Council and partner agencies through the South Tees Safeguarding "
            "Children Partnership, and the procedure referred to below is the partnership's. "
            "Our responses are set out in the table.")
    summaries = {
        "1": "Whether there was a review after the Panel's September 2022 briefing, when, "
             "and its conclusion",
        "2": "Papers on the outcome of the review",
        "3": "Whether a s47 investigation or strategy discussion is required in all cases",
        "4": "Changes made for consistency with the evidence base and national guidelines",
        "5": "Changes to the definition of 'not independently mobile'; babies who roll; "
             "use of age",
    }
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 2))
    set_cell(top, "RCBC-FOI-11482 — Bruising in non-mobile infants", bold=True,
             shade="1F4E79")
    top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, head in enumerate(["No.", "Your question (summarised)", "Our response"]):
        set_cell(t.cell(1, i), head, bold=True, shade="D9E2F3")
    for i, n in enumerate("123"):
        set_cell(t.cell(2 + i, 0), n)
        set_cell(t.cell(2 + i, 1), summaries[n])
        set_cell(t.cell(2 + i, 2), A[n])
    for i, n in enumerate("45"):
        set_cell(t.cell(5 + i, 0), n)
        set_cell(t.cell(5 + i, 1), summaries[n])
    merged = t.cell(5, 2).merge(t.cell(6, 2))
    set_cell(merged, A45)
    for row in t.rows:
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(9.5)
    para(d)
    para(d, "If you are dissatisfied with the handling of your request, you have the right "
            "to ask for an internal review. Please write to the Information Governance Team, "
            "Redcar & Cleveland House, Kirkleatham Street, Redcar TS10 1RT, within 40 working "
            "days. If you remain unhappy you may then complain to the Information "
            "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(d, "Information Governance Team", bold=True)
    para(d, "Redcar & Cleveland Borough Council")
    save_docx(d, name)
    label(name, "docx", "Redcar and Cleveland Borough Council", "E06000003", "answered", [],
          A, whole("answered"),
          fields("informal", "2023-01", "no", "yes", "no", "no", "not_stated", "not_stated",
                 None),
          [])


def north_lincolnshire_docx():
    name = "north-lincolnshire-bold-questions.docx"
    d = new_docx("Your Freedom of Information request NLC/FOI/2025/1162", "FOI Officer",
                 "FOI response (synthetic)", dt.datetime(2025, 12, 12, 11, 0))
    docx_header_footer(d, "North Lincolnshire Council", footer_prefix="Page ", with_total=True)
    changes = [
        "A new definition of ‘not independently mobile’ (see below).",
        "A proportionate first-response pathway, with a medical assessment before any "
        "strategy discussion.",
        "A leaflet for parents and carers.",
        "Updated training for midwives, health visitors and GP practice staff.",
    ]
    A = {
        "1": "Yes. The North Lincolnshire Safeguarding Children Partnership reviewed its "
             "Bruising in Non-Mobile Infants Protocol during 2023, prompted by the Panel's "
             "briefing. The review concluded that the protocol needed a clearer definition "
             "of mobility and a more proportionate first response.",
        "2": "I've attached two documents to this response: the revised protocol (version 4, "
             "issued in November 2023) and the briefing note that went to the partnership's "
             "Practice Standards Group.",
        "3": "No – the protocol requires a referral to children's social care and a medical "
             "assessment; a strategy discussion is only held where that assessment, or other "
             "information, points to a safeguarding concern.",
        "4": "The following changes were made:\n" + "\n".join(changes),
        "5": "Yes, the definition changed. All babies under 12 months of age are now treated "
             "as not independently mobile under the protocol, as are older children who are "
             "not yet crawling, bottom-shuffling, cruising or walking. That means babies who "
             "can roll are included.",
    }
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    d.add_heading("Your Freedom of Information request", level=1)
    para(d, "Our reference: NLC/FOI/2025/1162")
    para(d, "12 December 2025")
    para(d, "Dear Ms Callan,")
    para(d, "Thanks for getting in touch with your request about bruising in non-mobile "
            "infants. I've set out your questions in bold below, with our answers underneath "
            "each one.")
    for n in "12345":
        para(d, f"{n}. {RQ[n]}", bold=True, space_after=2)
        if n == "4":
            para(d, "The following changes were made:")
            for c in changes:
                para(d, c, style="List Number")
        else:
            para(d, A[n])
    d.add_heading("What to do if you are not happy", level=2)
    para(d, "If you're not happy with how we've handled your request, you can ask for an "
            "internal review by emailing the FOI team within 40 working days. If you're "
            "still unhappy after that, you can contact the Information Commissioner's Office "
            f"at {ICO_HOME}")
    para(d, "Most of the information we provide can be re-used under the Open Government "
            "Licence.")
    para(d, "Best wishes,")
    para(d, "Sam Greaves", bold=True, space_after=0)
    para(d, "Freedom of Information Officer, North Lincolnshire Council")
    para(d, "Attachments: NSCP Bruising Protocol v4.pdf; Practice Standards Group briefing "
            "note.pdf", italic=True, size=9)
    save_docx(d, name)
    label(name, "docx", "North Lincolnshire Council", "E06000013", "answered", [], A,
          whole("answered"),
          fields("formal", "2023", "yes", "no", "yes", "yes", "yes", "yes", 12),
          [ICO_HOME])


def worcestershire_docx():
    name = "worcestershire-prose-letter.docx"
    d = new_docx("IG-2025-FOI-4410", "Information Governance",
                 "Response to FOI request (synthetic)", dt.datetime(2025, 12, 11, 15, 12))
    docx_header_footer(d, "Worcestershire County Council · Information Governance")
    wm = "https://westmercia.proceduresonline.com/chapters/p_bruising_babies.html"
    bullets = [
        "the initial appraisal described above replaced the automatic strategy discussion;",
        "the definition of mobility was rewritten;",
        "a short guide for practitioners on talking to parents was added.",
    ]
    A = {
        "3": "Starting with your third question: Worcestershire's procedure does not require "
             "a section 47 enquiry, or a strategy discussion, in every case. When bruising is "
             "seen on a baby who is not independently mobile, the professional contacts the "
             "Family Front Door and the baby is seen by a paediatrician. Whether a strategy "
             "discussion is needed is decided after that initial appraisal.",
        "5": "On your fifth question, the definition did change. The procedure used to refer "
             "simply to babies who were not yet walking. It now says that a baby is "
             "independently mobile once they can move themselves from place to place by "
             "rolling, crawling, bottom-shuffling or cruising. That means a baby who can roll "
             "is not treated as non-mobile. We do not use an age cut-off.",
        "1": "Turning to your first question, the West Mercia Safeguarding Procedures Group, "
             "which writes the procedures shared by Worcestershire, Herefordshire, Shropshire "
             "and Telford & Wrekin, reviewed the procedure in the month after the Panel "
             "published its briefing on 29 September 2022. It concluded that the procedure "
             "should move away from an automatic strategy discussion towards an initial "
             "appraisal, and that the definition of mobility needed updating.",
        "2": "For your second question, the revised procedure can be read at "
             f"{wm} and I enclose the procedures group's two-page summary of the review.",
        "4": "Finally, your fourth question asked what changed. In short:\n"
             + "\n".join(bullets),
    }
    para(d, "County Hall, Spetchley Road, Worcester WR5 2NP", size=9,
         align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(d, "Our ref: IG-2025-FOI-4410", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT,
         space_after=0)
    para(d, "11th December 2025", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "Dear Ms Callan")
    d.add_heading("Request for information: bruising in non-mobile infants", level=2)
    para(d, "Thank you for your email of 4 November. I have taken your questions in a "
            "slightly different order from the one you used, because the answer to your "
            "third question explains much of the rest.")
    for n in "3512":
        para(d, A[n])
    para(d, "Finally, your fourth question asked what changed. In short:")
    for b in bullets:
        para(d, b, style="List Bullet")
    para(d, "You may re-use this information under the Open Government Licence, which you "
            f"can read at {OGL}")
    para(d, "If you are not satisfied with this response, please tell us within 40 working "
            "days and we will carry out an internal review. You also have the right to "
            f"complain to the Information Commissioner: {ICO_COMPLAIN}")
    para(d, "Yours sincerely")
    para(d, "Helen Ashdown", bold=True, space_after=0)
    para(d, "Information Governance Officer")
    save_docx(d, name)
    label(name, "docx", "Worcestershire County Council", "E10000034", "answered", [],
          {k: A[k] for k in "12345"}, whole("answered"),
          fields("formal", "2022-10", "yes", "no", "yes", "yes", "no", "no", None),
          [wm, OGL, ICO_COMPLAIN])


def wokingham_docx():
    name = "wokingham-response.docx"
    d = new_docx("WBC FOI 2025-3368", "Wokingham Borough Council",
                 "FOI response (synthetic)", dt.datetime(2025, 11, 26, 10, 45))
    docx_header_footer(d, "Wokingham Borough Council", footer_prefix="– ", with_total=False)
    A = {
        "1": "There was no formal review. The Panel's briefing was circulated to "
             "practitioners and discussed at Wokingham's multi-agency Child Protection "
             "Practice Forum in February 2023, where it was agreed that our practice under the "
             "Berkshire child protection procedures already met the briefing's expectations.",
        "2": "Not held. No papers were produced.",
        "3": "Yes. The Berkshire procedures require a strategy discussion for every "
             "non-mobile infant who presents with bruising.",
        "4": "No changes were made.",
        "5": "The definition has not changed. Under the Berkshire procedures all babies under "
             "6 months are considered non-mobile. Older babies who cannot yet crawl, cruise or "
             "walk, including those who can roll, are also treated as non-mobile.",
    }
    d.add_heading("Freedom of Information Act 2000 – Response", level=1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    head = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(head, "Request details", bold=True, shade="E2EFDA")
    for i, (k, v) in enumerate([("Reference", "FOI 2025-3368"),
                                ("Received", "29 October 2025"),
                                ("Response date", "26 November 2025")]):
        set_cell(t.cell(i + 1, 0), k, bold=True)
        set_cell(t.cell(i + 1, 1), v)
    para(d)
    para(d, "Your request has been considered and our response to each of your questions is "
            "given below. We have quoted each question as you wrote it.")
    for n in "12345":
        d.add_heading(f"Question {n}", level=2)
        para(d, RQ[n], italic=True)
        p = para(d, "Response: ", bold=True)
        p.add_run(A[n])
    d.add_heading("Your rights", level=2)
    para(d, "If you are unhappy with this response, you may ask for an internal review. If "
            "you remain unhappy, you may complain to the Information Commissioner's Office: "
            f"{ICO_HOME}")
    para(d, "Kind regards,")
    para(d, "Customer Relations and Information Team", bold=True)
    save_docx(d, name)
    label(name, "docx", "Wokingham Borough Council", "E06000041", "partial", [], A,
          {"1": "answered", "2": "not_held", "3": "answered", "4": "answered",
           "5": "answered"},
          fields("informal", "2023-02", "no", "yes", "no", "no", "yes", "yes", 6),
          [ICO_HOME])


def city_of_london_docx():
    name = "city-of-london-redirect.docx"
    d = new_docx("COL-FOI-25-0712", "Information Officer, City of London Corporation",
                 "FOI response (synthetic)", dt.datetime(2025, 11, 28, 12, 0))
    docx_header_footer(d, "City of London Corporation", footer_prefix="Page ",
                       with_total=True)
    chscp = "https://www.chscp.org.uk/contact-us/"
    para(d, "City of London Corporation", bold=True, size=16, space_after=0)
    para(d, "Information Officer · Guildhall, PO Box 270, London EC2P 2EJ", size=9)
    para(d, "Our reference: COL-FOI-25-0712", space_after=0)
    para(d, "28 November 2025")
    para(d, "Dear Ms Callan")
    d.add_heading("Freedom of Information request: bruising in non-mobile infants", level=2)
    para(d, "Thank you for your request, which we received on 31 October 2025.")
    para(d, "The City of London Corporation does not hold the information you have asked "
            "for. Children's safeguarding arrangements in the Square Mile are made jointly "
            "with the London Borough of Hackney through the City & Hackney Safeguarding "
            "Children Partnership (CHSCP). The partnership's policies, and any records of "
            "reviews of them, are held by the CHSCP.")
    para(d, "We recommend that you direct your request to the CHSCP, whose contact details "
            f"are at {chscp}")
    para(d, "If you are dissatisfied with the handling of your request, you can ask for an "
            "internal review within 40 working days. You also have the right to complain to "
            f"the Information Commissioner: {ICO_COMPLAIN}")
    para(d, "Yours sincerely")
    para(d, "Information Officer", bold=True, space_after=0)
    para(d, "Comptroller and City Solicitor's Department")
    save_docx(d, name)
    label(name, "docx", "City of London Corporation", "E09000001", "redirected", [],
          whole(None), whole("redirected"), dict(NULL_FIELDS), [chscp, ICO_COMPLAIN])


# =========================================================================== EML

def wigan_eml():
    name = "wigan-reply.eml"
    gm = "https://greatermanchesterscb.proceduresonline.com/chapters/p_bruising.html"
    A = {
        "1": "Yes. The Greater Manchester Safeguarding Procedures group reviewed the bruising "
             "section of the GM procedures in spring 2023 as part of its planned update. "
             "Conclusion: the automatic strategy discussion should go and a paediatric "
             "assessment should come first.",
        "2": f"Updated GM procedure: {gm}",
        "3": "No.",
        "4": "Paediatric assessment added before any strategy discussion; new practitioner "
             "flowchart; mobility wording clarified.",
        "5": "Yes, clarified. A baby who can roll over is treated as mobile under the GM "
             "procedure. Age is not used.",
    }
    sig = ["Thanks,", "Jo Atherton", "Information Governance Officer", "Wigan Council",
           "Town Hall, Library Street, Wigan WN1 1YN"]
    orig_head = ["-----Original Message-----",
                 f"From: {REQUESTER} <{REQ_ADDR}>",
                 "Sent: 30 October 2025 09:12",
                 "To: FOI <foi@wigan.gov.uk>",
                 "Subject: Freedom of Information request - Bruising in non-mobile infants"]
    plain = ["Hello,", "",
             "Our response to your FOI request (ref WIG-FOI-2025-3391) is below.", ""]
    plain += [f"{n}. {A[n]}" for n in "12345"]
    plain += [""] + sig + ["", ""] + orig_head + [""]
    plain += request_quoted_plain(salutation="Dear Wigan Council,")
    plain_text = "\n".join(plain) + "\n"

    items = "".join(f"<li>{linkify(A[n])}</li>" for n in "12345")
    quoted = "<br>".join(h(x) for x in request_quoted_plain(salutation="Dear Wigan Council,"))
    html_text = (
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial;"
        "font-size:11pt\">\n<!-- Synthetic test document written for foi-responses; not a "
        "real council reply. -->\n<p>Hello,</p>\n<p>Our response to your FOI request (ref "
        "WIG-FOI-2025-3391) is below.</p>\n<ol>" + items + "</ol>\n<p>"
        + "<br>".join(h(s) for s in sig) + "</p>\n<div style=\"border-top:1px solid #b5c4df;"
        "padding-top:6px\"><p><b>From:</b> " + h(f"{REQUESTER} <{REQ_ADDR}>")
        + "<br><b>Sent:</b> 30 October 2025 09:12<br><b>To:</b> FOI &lt;foi@wigan.gov.uk&gt;"
        "<br><b>Subject:</b> Freedom of Information request - Bruising in non-mobile "
        "infants</p>\n<p>" + quoted + "</p></div>\n</body></html>\n")
    msg = MIMEMultipart("alternative", boundary="==wigan-alt-3391==")
    set_headers(msg, [
        ("From", "Wigan Council - FOI <foi@wigan.gov.uk>"),
        ("To", f"{REQUESTER} <{REQ_ADDR}>"),
        ("Subject", "RE: Freedom of Information request - Bruising in non-mobile infants "
                    "[WIG-FOI-2025-3391]"),
        ("Date", "Thu, 27 Nov 2025 14:22:05 +0000"),
        ("Message-ID", "<WIG-FOI-2025-3391.reply@wigan.gov.uk>"),
        ("In-Reply-To", "<req-20251030-0912@example.org>"),
    ])
    msg.attach(qp_text(plain_text, "plain"))
    msg.attach(b64_text(html_text, "html"))
    write_eml(name, msg)
    label(name, "eml", "Wigan Metropolitan Borough Council", "E08000010", "answered", [], A,
          whole("answered"),
          fields("formal", "2023", "yes", "no", "yes", "yes", "no", "no", None), [gm])


def nottinghamshire_eml():
    name = "nottinghamshire-email-attachment.eml"
    guide = "https://nottinghamshirescp.org.uk/guidance/bruising-non-mobile"
    st = pdf_styles("Times-Roman", "Times-Bold", 11.5, italic="Times-Italic")
    A = {
        "1": "The Nottinghamshire Safeguarding Children Partnership did not carry out a formal "
             "review. The Panel's briefing was considered by the Partnership's Policy, "
             "Procedures and Practice Group at its meeting on 15 March 2023. The group "
             "compared the local guidance with the briefing and found it to be consistent. "
             "The local guidance had last been revised in 2021.",
        "2": "An extract from the minutes of the 15 March 2023 meeting reads: “The group "
             "considered the national panel briefing on bruising in non-mobile infants. "
             "Members agreed that the current guidance already requires a discussion with a "
             "paediatrician before any decision on a strategy meeting, and is consistent with "
             "the briefing. No amendments are required at this time.”",
        "3": "No.",
        "4": "No changes were made, as the guidance was already judged to be consistent with "
             "the briefing.",
        "5": "The definition has not changed. Our guidance describes a non-mobile baby as one "
             "who is not yet crawling, bottom shuffling, pulling to stand, cruising or "
             "walking, and babies who can roll fall within that description. Mobility is "
             "judged by the baby's development, not by age. The guidance is at " + guide,
    }
    story = [
        P("Nottinghamshire County Council", ParagraphStyle(
            "lh", parent=st["h1"], fontName="Times-Bold", fontSize=18,
            textColor=colors.HexColor("#2f5d34"))),
        P("Freedom of Information Response", st["h2"]),
        P("Request reference: NCC-FOI-118734", st["body"]),
        P("Date: 3rd December 2025", st["body"]),
        Spacer(1, 4 * mm),
        P("Dear Ms Callan", st["body"]),
        P("Thank you for your request received on 5th November 2025 about the policy on "
          "bruising in non-mobile infants. The answers below are numbered to follow your "
          "questions.", st["body"]),
    ]
    for n in "12345":
        story.append(Table([[P(f"{n}.", st["body"]), P(A[n], st["body"])]],
                           colWidths=[10 * mm, 150 * mm],
                           style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 0)])))
    story += [
        Spacer(1, 4 * mm),
        P("The information supplied may be re-used under the terms of the Open Government "
          "Licence. If you are dissatisfied with this response you may ask for an internal "
          "review by writing to the Information Governance Team within 40 working days. You "
          "may also complain to the Information Commissioner at " + ICO_COMPLAIN, st["body"]),
        Spacer(1, 5 * mm),
        P("Yours sincerely", st["body"]),
        P("Information Governance Team", st["bold"]),
        P("County Hall, West Bridgford, Nottingham NG2 7QP", st["body"]),
    ]

    def draw(c, page, total):
        c.saveState()
        c.setFont("Times-Roman", 9)
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"NCC-FOI-118734 · page {page} of {total}")
        c.restoreState()
        syn_footer(c, "Times-Roman")

    pdf_bytes = build_pdf(io.BytesIO(), story, title="NCC-FOI-118734 response",
                          author="Nottinghamshire County Council",
                          subject="FOI response (synthetic)", draw=draw)
    body = ("Dear Ms Callan\n\nPlease find attached the County Council's response to your "
            "request for information, reference NCC-FOI-118734.\n\nKind regards\n\n"
            "Information Governance Team\nNottinghamshire County Council\nCounty Hall, West "
            "Bridgford, Nottingham NG2 7QP\n")
    msg = MIMEMultipart("mixed", boundary="----=_NCC_118734_mixed")
    set_headers(msg, [
        ("From", "Information Governance <foi@nottscc.gov.uk>"),
        ("To", REQ_ADDR),
        ("Subject", "NCC-FOI-118734 - Response to your request for information"),
        ("Date", "Wed, 03 Dec 2025 16:05:12 +0000"),
        ("Message-ID", "<NCC-FOI-118734.20251203160512@nottscc.gov.uk>"),
    ])
    msg.attach(MIMEText(body, "plain", "us-ascii"))
    att = MIMEApplication(pdf_bytes, "pdf")
    att.add_header("Content-Disposition", "attachment",
                   filename="NCC-FOI-118734 Response.pdf")
    msg.attach(att)
    write_eml(name, msg)
    label(name, "eml", "Nottinghamshire County Council", "E10000024", "answered", [], A,
          whole("answered"),
          fields("informal", "2023-03", "yes", "no", "no", "no", "yes", "no", None),
          [guide, ICO_COMPLAIN])


def suffolk_eml():
    name = "suffolk-html-email.eml"
    g1 = "https://www.suffolksp.org.uk/guidance/bruising-in-babies"
    g2 = "https://www.suffolksp.org.uk/guidance/bruising-review-2023.pdf"
    Qs = {
        "1": "Was there a review of your safeguarding policies after the Panel's guidance, "
             "when was it and what did it conclude?",
        "2": "Any papers on the outcome of the review.",
        "3": "Does your policy require a s47 investigation or strategy discussion in all "
             "cases?",
        "4": "What changes were made to be consistent with the evidence base and national "
             "guidelines?",
        "5": "Has your definition of not independently mobile changed, and how is it now "
             "defined?",
    }
    bl = ["a new initial assessment step before any strategy discussion",
          "clearer wording on which babies are covered",
          "a checklist for health visitors and GPs",
          "updated information for parents"]
    A = {
        "1": "Yes. The Suffolk Safeguarding Partnership carried out a formal review of its "
             "bruising guidance after the briefing came out. The review was signed off by the "
             "Partnership's Safeguarding Practice Group in July 2023. Before that, the "
             "guidance had last been updated in 2021, and the next planned review is in 2026. "
             "The review concluded that the guidance should include a clear initial assessment "
             "step and say more precisely what is meant by a non-mobile baby.",
        "2": f"Yes – the revised guidance is here: {g1} and the short report that went to the "
             f"July 2023 meeting is published alongside it: {g2}",
        "3": "No. The guidance asks for a discussion with children's social care and a "
             "paediatric examination first, and a strategy discussion only follows if there "
             "are concerns.",
        "4": "A few things changed:\n" + "\n".join(bl),
        "5": "Yes – the definition was tightened. The guidance now says that all babies under "
             "6 months old are regarded as not independently mobile, as are older babies who "
             "are not yet moving about on their own.",
    }
    parts = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
             "<!-- Synthetic test document written for foi-responses; not a real council "
             "reply. -->",
             "<style>body{font-family:Verdana,sans-serif;font-size:10pt;color:#222}"
             "p.q{font-weight:bold;margin-bottom:2px}</style></head><body>",
             "<p>Dear Ruth,</p>",
             "<p>Thanks for your patience with this one – our colleagues in the Suffolk "
             "Safeguarding Partnership have helped us pull the answers together. Your questions "
             "are in bold, with our answers below each.</p>"]
    for n in "12345":
        parts.append(f"<p class=\"q\"><strong>{n}. {h(Qs[n])}</strong></p>")
        if n == "4":
            parts.append("<p>A few things changed:</p><ul>"
                         + "".join(f"<li>{h(b)}</li>" for b in bl) + "</ul>")
        else:
            parts.append(f"<p>{linkify(A[n])}</p>")
    parts += [
        "<p>Re-use of this information is covered by the Open Government Licence "
        f"({linkify(OGL)}). If you're unhappy with our response you can ask us for an internal "
        "review, and after that you can go to the Information Commissioner: "
        f"{linkify(ICO_COMPLAIN)}</p>",
        "<p>Best wishes,<br>Priya Nandra<br>FOI Officer<br>Suffolk County Council<br>"
        "Endeavour House, 8 Russell Road, Ipswich IP1 2BX</p>",
        "<p style=\"font-size:8pt;color:#777\">This email and any attachments are intended "
        "for the addressee only. If you have received it in error please tell the sender and "
        "delete it.</p>",
        "</body></html>", ""]
    html_text = "\n".join(parts)
    msg = qp_text(html_text, "html")
    set_headers(msg, [
        ("From", "Suffolk County Council FOI Team <foi@suffolk.gov.uk>"),
        ("To", f"Ruth Callan <{REQ_ADDR}>"),
        ("Subject", "Your FOI request – bruising in non-mobile babies (Ref: FOI/SCC/25/7723)"),
        ("Date", "Mon, 08 Dec 2025 10:03:41 +0000"),
        ("Message-ID", "<FOI-SCC-25-7723@suffolk.gov.uk>"),
    ])
    # MIMEText puts MIME-Version/Content-Type first; keep as-is.
    write_eml(name, msg)
    label(name, "eml", "Suffolk County Council", "E10000029", "answered", [], A,
          whole("answered"),
          fields("formal", "2023-07", "yes", "no", "yes", "yes", "not_stated", "yes", 6),
          [g1, g2, OGL, ICO_COMPLAIN])


def isle_of_wight_eml():
    name = "isle-of-wight-email.eml"
    hips = "https://hipsprocedures.org.uk/bruising-protocol"
    A = {
        "1": "The Isle of Wight Safeguarding Children Partnership follows the Hampshire, Isle "
             "of Wight, Portsmouth and Southampton (HIPS) child protection procedures. The "
             "HIPS procedures subgroup carried out a formal review of the bruising protocol in "
             "May 2023 in response to the Panel briefing. It concluded that the protocol "
             "should be revised to add a paediatric triage step.",
        "2": f"The revised protocol is available at {hips}",
        "3": "No. A strategy discussion is held only where the initial assessment raises "
             "concern.",
        "4": "A paediatric triage step was added; the guidance for professionals on recording "
             "the explanation given was strengthened; and the flowchart was updated.",
        "5": None,
    }
    lines = ["Dear Ms Callan", "", "FOI ref: IOW-IG-25-01561", "",
             "Thank you for your request for information. Please see our answers to your "
             "questions below.", ""]
    for n in "1234":
        lines += textwrap.wrap(f"{n}) {A[n]}", 78, subsequent_indent="   ") + [""]
    lines += ["Yours sincerely", "", "Information Governance Team", "Isle of Wight Council",
              "County Hall, High Street, Newport, Isle of Wight PO30 1UD", "",
              "", f"On Thu, 30 Oct 2025 at 08:57, {REQUESTER} <{REQ_ADDR}> wrote:"]
    lines += request_quoted_plain(prefix="> ", salutation="Dear Isle of Wight Council,")
    msg = b64_text("\n".join(lines) + "\n", "plain")
    set_headers(msg, [
        ("From", "Information Governance <foi@iow.gov.uk>"),
        ("To", f"{REQUESTER} <{REQ_ADDR}>"),
        ("Subject", "Re: Freedom of Information request - Bruising in non-mobile infants "
                    "(IOW-IG-25-01561)"),
        ("Date", "Fri, 28 Nov 2025 12:40:19 +0000"),
        ("Message-ID", "<IOW-IG-25-01561.1@iow.gov.uk>"),
        ("In-Reply-To", "<req-20251030-0857@example.org>"),
    ])
    write_eml(name, msg)
    label(name, "eml", "Isle of Wight Council", "E06000046", "partial", [], A,
          {"1": "answered", "2": "answered", "3": "answered", "4": "answered",
           "5": "not_answered"},
          fields("formal", "2023-05", "yes", "no", "yes", "not_stated", "not_stated",
                 "not_stated", None),
          [hips])


def stockport_ooo_eml():
    name = "stockport-out-of-office.eml"
    body = ("Thank you for your email.\n\n"
            "I am out of the office until Monday 5 January 2026 and will have limited access "
            "to email while I am away.\n\n"
            "Your message has not been forwarded. If your email is about a Freedom of "
            "Information request, please resend it to the FOI team mailbox so that it can be "
            "logged and allocated, and you will receive a reference number.\n\n"
            "Kind regards\n\nDaniel Firth\nInformation Governance Officer\n"
            "Stockport Metropolitan Borough Council\n")
    msg = MIMEText(body, "plain", "us-ascii")
    set_headers(msg, [
        ("From", "Daniel Firth <daniel.firth@stockport.gov.uk>"),
        ("To", f"{REQUESTER} <{REQ_ADDR}>"),
        ("Subject", "Automatic reply: Freedom of Information request - Bruising in "
                    "non-mobile infants"),
        ("Date", "Tue, 23 Dec 2025 08:01:44 +0000"),
        ("Message-ID", "<autoreply-20251223080144@stockport.gov.uk>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ])
    write_eml(name, msg)
    reject(name, "eml", "out_of_office")


# =========================================================================== HTML

COMMENT = "<!-- Synthetic test document written for foi-responses; not a real council reply. -->"


def html_answer(text):
    """Render an answer: first line as a paragraph, following lines as a list if the
    answer has several lines, else paragraphs."""
    lines = text.split("\n")
    if len(lines) == 1:
        return f"<p>{linkify(text)}</p>"
    return (f"<p>{linkify(lines[0])}</p>\n<ul>\n"
            + "\n".join(f"  <li>{linkify(x)}</li>" for x in lines[1:]) + "\n</ul>")


def cheshire_west_html():
    name = "cheshire-west-and-chester-disclosure-log.html"
    scp = "https://www.cheshirewestscp.org.uk/policies/bruising-nim"
    summ = "https://www.cheshirewestandchester.gov.uk/foi/2025-6621-summary.pdf"
    changes = [
        "a two-stage process: an initial assessment and paediatric opinion, followed by a "
        "strategy discussion only where indicated;",
        "guidance on explaining the process to parents, with a new parent leaflet;",
        "a revised definition of 'not independently mobile' (see answer 5);",
        "a requirement to record the baby's developmental stage in every referral.",
    ]
    A = {
        "1": "The four Pan-Cheshire safeguarding children partnerships (Cheshire East, "
             "Cheshire West and Chester, Halton, and Warrington) carried out a formal review "
             "of the joint policy 'Bruising in Babies and Children who are Not Independently "
             "Mobile' in response to the national panel's briefing. The review finished in "
             "June 2023 and the revised policy was then ratified by each partnership.",
        "2": f"The revised policy is published at {scp} and the review summary is attached "
             f"to this page: {summ}",
        "3": "No. All bruising in a baby who is not independently mobile must be referred to "
             "children's social care and a paediatric opinion obtained. A strategy discussion "
             "takes place where that initial assessment points to a safeguarding concern; a "
             "section 47 enquiry is not automatic.",
        "4": "The review led to these changes:\n" + "\n".join(changes),
        "5": "Yes. The definition was revised. A baby is now regarded as not independently "
             "mobile if they are under six months of age or, if older, are not yet crawling, "
             "bottom-shuffling, cruising or walking. Babies who can roll are still regarded as "
             "not independently mobile.",
    }
    req_q = {
        "1": "Was their a review of your safeguarding policies after the briefing was "
             "published, when, and what did it conclude?",
        "2": "Any papers on the outcome of the review.",
        "3": "Does the policy require a s47 investigation or strategy discussion in all cases?",
        "4": "What changes were made to provide consistency with the evidence base and "
             "national guidelines?",
        "5": "Did the definition of not independently mobile change, and how is it now "
             "defined (rolling; age)?",
    }
    qa = "\n".join(
        f"<li><p class=\"foi-q\"><strong>{h(req_q[n])}</strong></p>\n{html_answer(A[n])}</li>"
        for n in "12345")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 2025-6621 Bruising in non-mobile infants - policy review | Cheshire West and Chester Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{COMMENT}
<link rel="stylesheet" href="/assets/css/site.min.css">
</head>
<body class="page-disclosure">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this site">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve it.</p>
  <button type="button" class="btn">Accept analytics cookies</button>
  <button type="button" class="btn btn-secondary">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">Cheshire West and Chester</a>
  <form action="/search" class="site-search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/residents">Residents</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/your-council">Your council</a></li>
    <li><a href="/your-council/freedom-of-information">Freedom of information</a></li>
    <li><a href="/your-council/freedom-of-information/disclosure-log">Disclosure log</a></li>
    <li aria-current="page">FOI 2025-6621</li>
  </ol>
</nav>
<main id="main">
  <h1>Bruising in non-mobile infants – policy review</h1>
  <dl class="foi-meta">
    <dt>Reference</dt><dd>FOI 2025-6621</dd>
    <dt>Date received</dt><dd>03/11/2025</dd>
    <dt>Date responded</dt><dd>28/11/2025</dd>
    <dt>Category</dt><dd>Children's services</dd>
  </dl>
  <section class="foi-request">
    <h2>Request</h2>
    <p>The requester referred to the Child Safeguarding Practice Review Panel's briefing of September 2022 on bruising in non-mobile infants and asked five questions, which are answered in turn below.</p>
  </section>
  <section class="foi-response">
    <h2>Response</h2>
    <p>The following response has been provided by the Cheshire West Safeguarding Children Partnership and is given in its words.</p>
    <ol class="foi-answers">
{qa}
    </ol>
  </section>
  <p class="last-updated">Page last updated: 28 November 2025</p>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/terms">Terms and conditions</a></li>
  </ul>
  <p>&copy; Cheshire West and Chester Council 2025</p>
</footer>
</body>
</html>
"""
    write_text(name, page)
    label(name, "html", "Cheshire West and Chester Council", "E06000050", "answered", [], A,
          whole("answered"),
          fields("formal", "2023-06", "yes", "no", "yes", "yes", "yes", "yes", 6),
          [scp, summ])


def west_northamptonshire_html():
    name = "west-northamptonshire-disclosure-log.html"
    nscp = "https://www.northamptonshirescp.org.uk/contact-us"
    A = {
        "1": "The Northamptonshire Safeguarding Children Partnership (NSCP), which covers "
             "both West and North Northamptonshire, reviewed its protocol on bruising in "
             "non-mobile infants in the autumn of 2023 following the Panel's briefing. The "
             "review resulted in a revised protocol which introduced a paediatric assessment "
             "before any strategy discussion, a clearer definition of mobility, and new "
             "guidance for practitioners on speaking with parents.",
        "2": "Papers relating to the review are held by the NSCP rather than by West "
             "Northamptonshire Council. You can contact the NSCP Business Unit at "
             f"{nscp} to ask for them.",
        "3": "No.",
        "4": "Please see our response to question 1.",
        "5": "Yes. The revised protocol defines a child who is not independently mobile as "
             "one who cannot yet get from place to place on their own.",
    }
    req = [
        "1. Was there a review of your safeguarding policies after the Panel's briefing? "
        "When, and what did it conclude?",
        "2. Please provide any papers recording the outcome.",
        "3. Does your policy require a section 47 investigation or strategy discussion in "
        "all cases?",
        "4. What changes were made?",
        "5. Did the definition of 'not independently mobile' change? How is it now defined?",
    ]
    req_html = "".join(f"<p>{h(x)}</p>" for x in req)
    resp = "\n".join(
        f"    <h3>Question {n}</h3>\n    <p>{linkify(A[n])}</p>" for n in "12345")
    page = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Bruising in non-mobile infants (WNC-FOI-25-2190) | West Northamptonshire Council</title>
  {COMMENT}
</head>
<body>
  <div class="govuk-cookie-banner" data-nosnippet role="region">
    <h2>Cookies on westnorthants.gov.uk</h2>
    <p>We use essential cookies to make our site work. With your permission, we'd also like to use analytics cookies.</p>
    <button>Accept additional cookies</button> <button>Reject additional cookies</button>
  </div>
  <header>
    <div class="header-logo"><a href="/">West Northamptonshire Council</a></div>
    <nav>
      <a href="/council-tax">Council tax</a> |
      <a href="/bins-and-recycling">Bins and recycling</a> |
      <a href="/children-and-families">Children and families</a> |
      <a href="/your-council">Your council</a>
    </nav>
  </header>
  <div class="breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/your-council">Your council</a> &rsaquo;
    <a href="/freedom-of-information">Freedom of information</a> &rsaquo;
    <a href="/disclosure-log">Disclosure log</a> &rsaquo; FOI response 2190
  </div>
  <main class="lgd-container">
    <article class="disclosure">
      <h1>Bruising in non-mobile infants</h1>
      <table class="disclosure-meta">
        <tr><th>Case reference</th><td>WNC-FOI-25-2190</td></tr>
        <tr><th>Received</th><td>10 November 2025</td></tr>
        <tr><th>Published</th><td>09 December 2025</td></tr>
        <tr><th>Service area</th><td>Children's Services</td></tr>
      </table>
      <section>
        <h2>Request</h2>
        <p>{h(REQ_INTRO)}</p>
        {req_html}
      </section>
      <section>
        <h2>Response</h2>
{resp}
        <p>You are free to re-use this information under the Open Government Licence: {linkify(OGL)}</p>
      </section>
    </article>
    <aside>
      <h2>Related</h2>
      <ul>
        <li><a href="/freedom-of-information/make-a-request">Make a freedom of information request</a></li>
        <li><a href="/disclosure-log?service=childrens-services">More Children's Services disclosures</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <a href="/accessibility-statement">Accessibility statement</a> ·
    <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a>
    <p>West Northamptonshire Council, One Angel Square, Angel Street, Northampton NN1 1ED</p>
  </footer>
</body>
</html>
"""
    write_text(name, page)
    label(name, "html", "West Northamptonshire Council", "E06000062", "partial", [], A,
          {"1": "answered", "2": "redirected", "3": "answered", "4": "see_other",
           "5": "answered"},
          fields("formal", "2023", "not_stated", "no", "yes", "yes", "not_stated",
                 "not_stated", None),
          [nscp, OGL])


def southend_html():
    name = "southend-on-sea-foi-page.html"
    u1 = "https://www.safeguardingsouthend.co.uk/set-procedures/bruising-pre-mobile"
    u2 = "https://www.safeguardingsouthend.co.uk/documents/set-bruising-review-note.pdf"
    Qs = {
        "1": "Was their a review of your safeguarding policies after the briefing was "
             "published? If so, when did it happen and what did it conclude?",
        "2": "Please send me any papers that record the outcome of that review.",
        "3": "Does your policy require a section 47 investigation or a strategy discussion "
             "in all cases?",
        "4": "What changes did you make so that the policy is consistent with the evidence "
             "base and national guidelines?",
        "5": "Did your definition of when a child is not independently mobile change, and "
             "how is it defined now?",
    }
    A = {
        "1": "Southend-on-Sea City Council is one of the three partners in the Southend, Essex "
             "and Thurrock (SET) child protection procedures. The SET Procedures Group "
             "carried out a review of the section on bruising in pre-mobile babies in April "
             "2023, following the Panel's briefing. The partnership has asked that its "
             "conclusion be given in its own words: “The SET Procedures Group reviewed the "
             "guidance against the national briefing and the current evidence. The group "
             "concluded that a clearer initial assessment stage was needed before any "
             "strategy discussion, that parents should be told what will happen and why, and "
             "that the wording on mobility should be strengthened. The procedure was amended "
             "accordingly.”",
        "2": f"The current SET procedure is at {u1} and the Procedures Group's note of the "
             f"review is at {u2}",
        "3": "No. A strategy discussion is not required in all cases.",
        "4": "Please refer to our answer to Question 1, which sets out the changes.",
        "5": "Yes. The definition of not independently mobile has been updated and now reads: "
             "“A baby who is not yet crawling, bottom-shuffling, pulling to stand, cruising or "
             "walking independently.”",
    }
    body = "\n".join(
        f"      <p><b>Question {n}: {h(Qs[n])}</b></p>\n      <p>{linkify(A[n])}</p>"
        for n in "12345")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI response: Bruising in non-mobile infants (2526-FOI-0884) - Southend-on-Sea City Council</title>
{COMMENT}
</head>
<body>
<div class="cookie-notice" id="ccc">
  <strong>This site uses cookies.</strong> Some are essential; others help us improve the site.
  <a href="/cookie-settings">Cookie settings</a> <button>I'm OK with cookies</button>
</div>
<div id="masthead">
  <a href="/" id="logo">Southend-on-Sea City Council</a>
  <ul id="topnav">
    <li><a href="/a-z">A to Z</a></li>
    <li><a href="/news">News</a></li>
    <li><a href="/contact">Contact</a></li>
    <li><a href="/my-account">My account</a></li>
  </ul>
</div>
<p class="crumbs">You are here: <a href="/">Home</a> / <a href="/council">Council and democracy</a> / <a href="/foi">Freedom of information</a> / <a href="/foi/responses">FOI responses</a> / 2526-FOI-0884</p>
<div id="content">
  <div class="main-col">
    <h1>Bruising in non-mobile infants</h1>
    <p class="meta">Reference: 2526-FOI-0884 &nbsp;|&nbsp; Response sent: 21 November 2025</p>
    <div class="response-body">
      <p>Thank you for your request for information. Please see our response below.</p>
{body}
      <p>If you are not satisfied with the way your request has been handled, please contact the Information Governance team within 40 working days to ask for an internal review.</p>
    </div>
  </div>
  <div class="side-col">
    <h2>In this section</h2>
    <ul><li><a href="/foi/make-a-request">Make a request</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li></ul>
  </div>
</div>
<div id="footer">
  <p>Southend-on-Sea City Council, Civic Centre, Victoria Avenue, Southend-on-Sea SS2 6ER</p>
  <p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/sitemap">Site map</a></p>
</div>
</body>
</html>
"""
    write_text(name, page)
    label(name, "html", "Southend-on-Sea City Council", "E06000033", "answered", [], A,
          {"1": "answered", "2": "answered", "3": "answered", "4": "see_other",
           "5": "answered"},
          fields("formal", "2023-04", "yes", "no", "yes", "yes", "not_stated", "not_stated",
                 None),
          [u1, u2])


def wiltshire_html():
    name = "wiltshire-foi-response.html"
    u = "https://www.wiltshirescp.org.uk/protocols/bruising-non-mobile-babies"
    changes = ["clearer guidance on assessing mobility;",
               "a new leaflet and a named contact for families;",
               "a requirement that the strategy discussion is held within one working day."]
    A = {
        "1": "Yes. The Wiltshire Safeguarding Vulnerable People Partnership carried out a "
             "formal review of its protocol for bruising in non-mobile babies in September "
             "2023, prompted by the Panel's briefing. The review concluded that the protocol "
             "should keep a strategy discussion in every case, but should be clearer about how "
             "mobility is assessed and about the support offered to families.",
        "2": f"The revised protocol is published at {u}",
        "3": "Yes – every non-mobile baby with bruising is discussed at a strategy "
             "discussion. Whether a section 47 enquiry follows is decided at that discussion.",
        "4": "Changes made following the review:\n" + "\n".join(changes),
        "5": "Yes. The protocol now states that all babies under 26 weeks (six months) are "
             "non-mobile, and that older babies are non-mobile until they can crawl, "
             "bottom-shuffle or cruise. Rolling is not counted as independent mobility.",
    }
    Qs = {
        "1": "Was there a review of your safeguarding policies after this guidance, when was "
             "it and what did it conclude?",
        "2": "Provide any papers that give information on the outcome of this review.",
        "3": "Does your policy require a s47 investigation or strategy discussion in all "
             "cases?",
        "4": "What changes were put in place to provide consistency with the evidence base "
             "and national guidelines?",
        "5": "Were there changes to your definition of not independently mobile, and how is "
             "it now defined?",
    }
    rows = "\n".join(
        f"        <tr>\n          <td>{n}</td>\n          <td>{h(Qs[n])}</td>\n"
        f"          <td>{html_answer(A[n])}</td>\n        </tr>" for n in "12345")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Freedom of information response FOI-WC-25-3307 - Wiltshire Council</title>
{COMMENT}
<style>
  table.foi {{ border-collapse: collapse; width: 100%; }}
  table.foi td, table.foi th {{ border: 1px solid #9aa; padding: 6px; vertical-align: top; }}
</style>
</head>
<body>
<div class="cookiebar" role="dialog" aria-live="polite">
  We use cookies to give you the best experience on our website. <a href="/cookies">Find out more</a>
  <button>Accept all</button> <button>Necessary only</button>
</div>
<header class="wc-header">
  <a class="wc-logo" href="/">Wiltshire Council</a>
  <nav><a href="/services">Services</a> <a href="/news">News</a> <a href="/council-democracy">Council and democracy</a> <a href="/contact">Contact us</a></nav>
</header>
<nav aria-label="breadcrumb" class="wc-breadcrumb">
  <a href="/">Home</a> &gt; <a href="/council-democracy">Council and democracy</a> &gt; <a href="/foi">Freedom of information</a> &gt; <span>FOI-WC-25-3307</span>
</nav>
<main>
  <h1>Freedom of information response</h1>
  <p><strong>Reference:</strong> FOI-WC-25-3307<br><strong>Date of response:</strong> Tuesday 2 December 2025<br><strong>Subject:</strong> Bruising in non-mobile babies</p>
  <p>Dear Ms Callan</p>
  <p>Thank you for your request. Wiltshire Council's response to each of your questions is set out in the table below.</p>
  <table class="foi">
    <thead>
      <tr><th scope="col">No.</th><th scope="col">Question</th><th scope="col">Response</th></tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>If you are unhappy with this response, you can ask for an internal review. If you are still unhappy, you can complain to the Information Commissioner's Office.</p>
  <p>Information Governance Team<br>Wiltshire Council, County Hall, Bythesea Road, Trowbridge BA14 8JN</p>
</main>
<footer class="wc-footer">
  <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a>
  <p>&copy; Wiltshire Council</p>
</footer>
</body>
</html>
"""
    write_text(name, page)
    label(name, "html", "Wiltshire Council", "E06000054", "answered", [], A,
          whole("answered"),
          fields("formal", "2023-09", "yes", "yes", "yes", "yes", "yes", "yes", 6), [u])


def shropshire_other_html():
    name = "shropshire-safeguarding-training-foi.html"
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Safeguarding training for school staff | Disclosure log | Shropshire Council</title>
{COMMENT}
</head>
<body>
<div class="cookie-consent">Shropshire Council uses cookies. <a href="/cookies">Manage cookies</a> <button>Accept</button></div>
<header><a href="/" class="brand">Shropshire Council</a>
<nav><a href="/residents">Residents</a> <a href="/business">Business</a> <a href="/council">Council</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> » <a href="/council">Council</a> » <a href="/council/disclosure-log">Disclosure log</a> » SC-FOI-25-8841</div>
<main>
  <h1>Safeguarding training for school staff</h1>
  <ul class="meta">
    <li>Reference: SC-FOI-25-8841</li>
    <li>Date received: 14 October 2025</li>
    <li>Date published: 19 November 2025</li>
  </ul>
  <h2>Request</h2>
  <p>Please tell me, for the academic years 2022/23, 2023/24 and 2024/25:</p>
  <ol>
    <li>how many designated safeguarding leads in maintained schools completed the council's level 3 safeguarding training;</li>
    <li>who delivers that training (in-house or an external provider); and</li>
    <li>the total cost of the training to the council in each year.</li>
  </ol>
  <h2>Response</h2>
  <table>
    <tr><th>Academic year</th><th>DSLs trained (level 3)</th><th>Cost to the council</th></tr>
    <tr><td>2022/23</td><td>118</td><td>£14,160</td></tr>
    <tr><td>2023/24</td><td>131</td><td>£15,720</td></tr>
    <tr><td>2024/25</td><td>124</td><td>£15,190</td></tr>
  </table>
  <p>The training is delivered in-house by the council's Education Safeguarding Team, with some sessions run jointly with the Shropshire Safeguarding Community Partnership.</p>
  <p>Figures for 2024/25 include two sessions delivered online.</p>
</main>
<footer><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> <p>Shropshire Council, Guildhall, Frankwell Quay, Shrewsbury SY3 8HQ</p></footer>
</body>
</html>
"""
    write_text(name, page)
    reject(name, "html", "other_request")


# =========================================================================== TXT

def blackpool_txt():
    name = "blackpool-case-export.txt"
    pl = "https://panlancashirescp.proceduresonline.com/p_bruising_non_mobile.html"
    A = {
        "1": "No review has taken place. The Blackpool Safeguarding Children Partnership "
             "works to the Pan-Lancashire child protection procedures. Neither the "
             "partnership nor the Council reviewed or considered the bruising section in "
             "response to the Panel's briefing.",
        "2": "Not applicable. No review was carried out, so no papers exist.",
        "3": "Yes. Every referral about bruising to a non-mobile baby results in a strategy "
             "discussion.",
        "4": "None.",
        "5": f"The definition has not changed. It is set out in the Pan-Lancashire "
             f"procedures: {pl}",
    }
    bar = "=" * 72
    rule = "-" * 72
    out = [bar,
           "CASE EXPORT | CaseTrack IG v7.4 | Generated 09/12/2025 11:04 | User: KWHITESIDE",
           bar,
           "Case ref.........: BPL-IR-2025-02271",
           "Case type........: Freedom of Information (FOIA)",
           "Subject..........: Non-mobile infants - bruising policy review",
           "Requester........: R. Callan (email)",
           "Received.........: 04/11/2025",
           "Due..............: 02/12/2025",
           "Closed...........: 01/12/2025",
           "Outcome code.....: INFO-PROVIDED-IN-FULL",
           "Exemptions.......: (none)",
           "Handler..........: K. Whiteside (Information Governance)",
           "Service area.....: Children's Services / BSCP",
           rule,
           "[NOTE 2 of 2 | INTERNAL | 01/12/2025 15:20 | KWHITESIDE]",
           "Answers agreed with BSCP business manager by phone. Approved for release by",
           "Head of Safeguarding & Quality Assurance.",
           rule,
           "[CORRESPONDENCE 3 of 3 | OUTBOUND | 01/12/2025 16:47]",
           f"To: {REQ_ADDR}",
           "Subject: Your FOI request BPL-IR-2025-02271",
           "",
           "Dear Requester,",
           "",
           "Thank you for your request. Our answers are numbered to match your questions.",
           ""]
    for n in "12345":
        out += textwrap.wrap(f"{n}. {A[n]}", 76, subsequent_indent="   ",
                             break_long_words=False, break_on_hyphens=False)
    out += ["",
            "If you are unhappy with our response you can ask for an internal review by",
            "replying to this email. You can also contact the Information Commissioner's",
            f"Office: {ICO_HOME}",
            "",
            "Information Governance Team",
            "Blackpool Council",
            rule,
            "[ATTACHMENTS: none]",
            "[END OF CASE EXPORT]",
            bar,
            "",
            SYN]
    write_text(name, "\n".join(out) + "\n")
    label(name, "txt", "Blackpool Borough Council", "E06000009", "answered", [], A,
          whole("answered"),
          fields("none", None, "no", "yes", "no", "no", "not_stated", "not_stated", None),
          [pl, ICO_HOME])


def luton_txt():
    name = "luton-not-held.txt"
    lscp = "https://www.lutonlscp.org.uk/"
    paras = [
        "Luton Borough Council\nInformation Governance\nTown Hall, George Street, Luton "
        "LU1 2BQ",
        "Our ref: IG/FOI/25-1987\nDate: 5th December 2025",
        "Dear Requester",
        "REQUEST FOR INFORMATION – BRUISING IN NON-MOBILE INFANTS",
        "I am writing in response to your request for information, which we received on 7th "
        "November 2025.",
        "Having made enquiries with Children's Services, I can confirm that Luton Borough "
        "Council does not hold recorded information falling within the scope of your "
        "request.",
        "You may wish to contact the Luton Safeguarding Children Partnership directly. Its "
        f"website is {lscp}",
        "If you are dissatisfied with the handling of your request, you may ask for an "
        "internal review within 40 working days of the date of this letter. If you are not "
        "content with the outcome of the review, you may apply to the Information "
        f"Commissioner: {ICO_COMPLAIN}",
        "Yours faithfully",
        "M. Rahman\nInformation Governance Officer",
    ]
    text = "\n\n".join(p if "\n" in p else wrap_para(p) for p in paras)
    write_text(name, text + "\n\n" + SYN + "\n")
    label(name, "txt", "Luton Borough Council", "E06000032", "not_held", [], whole(None),
          whole("not_held"), dict(NULL_FIELDS), [lscp, ICO_COMPLAIN])


def torbay_txt():
    name = "torbay-section21.txt"
    tb = "https://www.torbaysafeguarding.org.uk/procedures/bruising-non-mobile"
    body = [
        "TORBAY COUNCIL - INFORMATION GOVERNANCE",
        "Town Hall, Castle Circus, Torquay TQ1 3DR",
        "",
        "Reference: 0512/FOI/25",
        "Date: 18 December 2025",
        "",
        "Dear Sir/Madam,",
        "",
        "Freedom of Information Act 2000 - Bruising in non-mobile infants",
        "",
    ]
    paras = [
        "We have considered your request about the review of policy on bruising in "
        "non-mobile infants.",
        "Section 21 of the Freedom of Information Act 2000 exempts information that is "
        "reasonably accessible to the applicant by other means. The Torbay Safeguarding "
        "Children Partnership's procedures, including the protocol on bruising in "
        "non-mobile babies, its review history and its amendment log, are published at:",
    ]
    for p in paras:
        body += textwrap.wrap(p, 78) + [""]
    body += ["    " + tb, ""]
    for p in [
        "As this information is already reasonably accessible to you, the Council is not "
        "required to provide it, and this letter acts as a refusal notice under section 17 "
        "of the Act.",
        "If you are unhappy with this decision you may request an internal review within "
        "40 working days. If you remain unhappy, you may complain to the Information "
        f"Commissioner's Office at {ICO_COMPLAIN}",
    ]:
        body += textwrap.wrap(p, 78, break_long_words=False) + [""]
    body += ["Regards", "", "Information Governance Team", "Torbay Council", "", SYN]
    write_text(name, "\n".join(body) + "\n")
    label(name, "txt", "Torbay Council", "E06000027", "refused", ["s21"], whole(None),
          whole("refused"), dict(NULL_FIELDS), [tb, ICO_COMPLAIN])


def kirklees_ack_txt():
    name = "kirklees-acknowledgement.txt"
    text = "\n".join([
        "Kirklees Council",
        "Information Governance",
        "",
        "Acknowledgement of request - Ref: KC-INF-2025-06613",
        "",
        "Dear Ms Callan",
        "",
        wrap_para("Thank you for your request for information about the review of policy on "
                  "bruising in non-mobile infants, which we received on 30 October 2025."),
        "",
        wrap_para("Your request is being handled under the Freedom of Information Act 2000. "
                  "We aim to respond promptly and in any event within 20 working days, which "
                  "means by 27 November 2025. If we need to clarify anything, or if a fee is "
                  "payable, we will contact you and the time limit will be paused."),
        "",
        "Please quote the reference above in any correspondence about this request.",
        "",
        "Kind regards",
        "",
        "Information Governance Team",
        "Kirklees Council",
        "",
        "This is an automatically generated message from our case management system.",
        "",
        SYN,
    ])
    write_text(name, text + "\n")
    reject(name, "txt", "acknowledgement")


# =========================================================================== main

def main():
    for fn in [
        gateshead_pdf, calderdale_pdf, sandwell_pdf, west_sussex_pdf, lewisham_pdf,
        redcar_docx, north_lincolnshire_docx, worcestershire_docx, wokingham_docx,
        city_of_london_docx,
        wigan_eml, nottinghamshire_eml, suffolk_eml, isle_of_wight_eml, stockport_ooo_eml,
        cheshire_west_html, west_northamptonshire_html, southend_html, wiltshire_html,
        shropshire_other_html,
        blackpool_txt, luton_txt, torbay_txt, kirklees_ack_txt,
    ]:
        fn()
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(LABELS)} documents and labels.json to {OUT}")


if __name__ == "__main__":
    main()
