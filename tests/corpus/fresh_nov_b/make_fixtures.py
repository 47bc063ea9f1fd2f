#!/usr/bin/env python3
"""Generate the synthetic 'fresh_nov_b' corpus of FOI replies and its labels.json.

Every document here is SYNTHETIC: real council names are used, but all wording and all
positions attributed to the councils are invented for testing. Deterministic: fixed dates,
no randomness, fixed MIME boundaries, reportlab invariant mode, fixed zip timestamps.

Run:  python make_fixtures.py   (writes into the folder holding this script)
"""
import datetime as _dt
import io
import json
import os
import zipfile
from html import escape as h
from xml.sax.saxutils import escape as x

from reportlab import rl_config

rl_config.invariant = 1  # deterministic PDFs (no timestamps / random ids)

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT, TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether,
)

import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor, Cm  # noqa: E402

import email.policy  # noqa: E402
from email.charset import Charset, QP, BASE64  # noqa: E402
from email.mime.application import MIMEApplication  # noqa: E402
from email.mime.multipart import MIMEMultipart  # noqa: E402
from email.mime.text import MIMEText  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SYNTH = "Synthetic test document written for foi-responses; not a real council reply."
FIXED_DT = _dt.datetime(2025, 12, 1, 9, 0, 0)

# --------------------------------------------------------------------------------------
# The request, as this (fictional) requester wrote it. Councils quote it in various ways.
# --------------------------------------------------------------------------------------
REQUESTER = "Jo Pemberton"
REQUESTER_EMAIL = "jo.pemberton@example.net"
PREAMBLE = ("In September 2022 the Child Safeguarding Practice Review Panel published a briefing "
            "asking all safeguarding partners to review their current policies on bruising in "
            "non-mobile infants, to check that they are consistent with the evidence base and "
            "national guidelines.")
LEADIN = "Please could you answer the following under the Freedom of Information Act:"
QS_TYPO = [
    "Was their a review of your safeguarding policies following publication of this guidance? "
    "If so, when was it and what did it conclude?",
    "Please provide any papers giving information on the outcome of this review.",
    "Does your policy require a section 47 investigation or a strategy discussion in all cases?",
    "What changes were put in place to give consistency with the evidence base and the national "
    "guidelines?",
    "Were there any changes to your definition of when a child is not independently mobile, and "
    "how is this now defined? In particular, are children who can roll defined as not "
    "independently mobile, and are children classed as not independently mobile on the basis of "
    "their age?",
]
QS = [QS_TYPO[0].replace("Was their", "Was there")] + QS_TYPO[1:]

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
OGL_HTTP = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"
ICO_OFFICIAL = "https://ico.org.uk/for-the-public/official-information/"
WM_PROC = "https://westmidlands.procedures.org.uk/"
LON_PROC = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
ICO_POST = ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
            "Cheshire SK9 5AF")

LABELS = []
NS = "not_stated"


def fields(review="not_stated", date=None, papers=NS, s47=NS, changes=NS, defchg=NS,
           roll=NS, age=NS, months=None):
    return {
        "review_held": review, "review_date": date, "papers_provided": papers,
        "s47_all_cases": s47, "changes_made": changes, "definition_changed": defchg,
        "rolling_is_non_mobile": roll, "age_based": age, "age_threshold_months": months,
    }


def label(file, fmt, authority, code, outcome, answers, status, flds, links, exemptions=()):
    LABELS.append({
        "file": file, "format": fmt, "authority": authority, "authority_code": code,
        "outcome": outcome, "exemptions": list(exemptions),
        "answers": {str(i + 1): a for i, a in enumerate(answers)},
        "status": {str(i + 1): s for i, s in enumerate(status)},
        "fields": flds, "links": list(links),
    })


def reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def path(name):
    return os.path.join(OUT, name)


# --------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------
def numbered_canvas(draw):
    """Canvas class that knows the page count, so footers can say 'Page n of N'."""

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
                draw(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return _C


def pdf_build(target, story, draw, title, author, subject, margins=(22, 22, 30, 25)):
    """target: filename or BytesIO. margins in mm: left, right, top, bottom."""
    l, r, t, b = margins
    doc = SimpleDocTemplate(
        target, pagesize=A4, leftMargin=l * mm, rightMargin=r * mm, topMargin=t * mm,
        bottomMargin=b * mm, title=title, author=author,
        subject=subject + " | " + SYNTH, keywords="synthetic test document, foi-responses",
        creator="foi-responses synthetic corpus generator",
    )
    doc.build(story, canvasmaker=numbered_canvas(draw))


def P(text, style):
    return Paragraph(x(text).replace("\n", "<br/>"), style)


def styles(font="Helvetica", size=10.5, lead=14.5):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
            "Courier": "Courier-Oblique"}[font]
    s = {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=lead,
                               spaceAfter=7),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=size, leading=lead,
                               spaceAfter=5),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=lead + 5,
                             spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=lead + 2,
                             spaceBefore=8, spaceAfter=4),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=lead - 3),
        "right": ParagraphStyle("right", fontName=font, fontSize=size - 0.5, leading=lead - 1,
                                alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=lead - 2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=lead - 2),
        "ital": ParagraphStyle("ital", fontName=ital, fontSize=size, leading=lead,
                               spaceAfter=6),
        "quote": ParagraphStyle("quote", fontName=ital, fontSize=size - 0.5, leading=lead - 1,
                                leftIndent=12, spaceAfter=4),
    }
    return s


def synth_footer(c, font="Helvetica"):
    c.setFont(font, 6.5)
    c.setFillColor(colors.grey)
    c.drawCentredString(A4[0] / 2, 9 * mm, SYNTH)
    c.setFillColor(colors.black)


# --------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------
def docx_new(title, author, subject):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.subject = subject
    cp.comments = SYNTH
    cp.keywords = "synthetic test document; foi-responses"
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return d


def add_field(par, instr):
    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(i)
    run._r.append(e)
    return run


def docx_header_footer(d, header_text, footer_prefix="Page "):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(footer_prefix)
    r.font.size = Pt(8.5)
    add_field(fp, "PAGE").font.size = Pt(8.5)
    r = fp.add_run(" of ")
    r.font.size = Pt(8.5)
    add_field(fp, "NUMPAGES").font.size = Pt(8.5)
    sp = sec.footer.add_paragraph()
    sp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = sp.add_run(SYNTH)
    r.font.size = Pt(6.5)
    r.font.color.rgb = RGBColor(0x88, 0x88, 0x88)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def docx_save(d, name):
    fn = path(name)
    d.save(fn)
    normalise_zip(fn)


def normalise_zip(fn):
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# --------------------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------------------
def html_page(title, site, nav, crumbs, main, css="", extra_head="", script=""):
    navh = "\n".join(f'        <li><a href="{href}">{h(t)}</a></li>' for t, href in nav)
    crumbh = " <span aria-hidden=\"true\">&rsaquo;</span> ".join(
        (f'<a href="{href}">{h(t)}</a>' if href else f'<span aria-current="page">{h(t)}</span>')
        for t, href in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<!-- {SYNTH} -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{h(title)} | {h(site)}</title>
  <link rel="stylesheet" href="/assets/css/site.css">
  <style>{css}</style>
{extra_head}</head>
<body>
  <div class="cookie-banner" role="region" aria-label="Cookie consent">
    <p>We use some essential cookies to make this website work. We would also like to set
    analytics cookies to understand how you use the site.</p>
    <button type="button">Accept analytics cookies</button>
    <button type="button">Reject analytics cookies</button>
    <a href="/cookies">View cookies</a>
  </div>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/">{h(site)}</a>
    <form class="search" action="/search" method="get"><label for="q">Search</label>
      <input id="q" name="q" type="search"><button>Search</button></form>
    <nav aria-label="Main">
      <ul>
{navh}
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">{crumbh}</nav>
  <main id="main">
{main}
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
    <p>&copy; {h(site)} 2025</p>
  </footer>
{script}</body>
</html>
"""


def write_text(name, text, newline="\n"):
    with open(path(name), "w", encoding="utf-8", newline=newline) as f:
        f.write(text)


def write_bytes(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


# ======================================================================================
# PDF 1: Gateshead -- run-on prose letter, no numbers
# ======================================================================================
def gateshead():
    name = "gateshead-letter-prose.pdf"
    A = [
        "You asked first whether there had been a review. The partnership did carry one out: "
        "its procedures subgroup re-examined the local bruising protocol in the spring of 2023, "
        "setting it alongside the Panel's briefing and the relevant national clinical guidance, "
        "and concluded that while the protocol was right to insist that every bruise on an "
        "immobile baby be taken seriously, it was too rigid, because it sent every such baby "
        "straight to a strategy discussion whatever the circumstances.",
        "As to papers, the summary report that the subgroup put to the partnership's executive "
        "group is enclosed with this letter, and it sets out the subgroup's reasoning in more "
        "detail than I can here.",
        "Turning to your third point, the revised protocol does not require a section 47 "
        "enquiry, or a strategy discussion, in every case. When a bruise is seen the "
        "professional refers to Children's Social Care, and the duty team manager and the "
        "on-call paediatrician then make an initial appraisal together; a strategy discussion "
        "is convened only if that appraisal leaves a concern that the baby may have been harmed.",
        "So far as changes are concerned, the automatic step to a strategy discussion was taken "
        "out, a short set of questions for practitioners to ask parents was added, health "
        "visitors were given an information leaflet to hand to parents at the point of "
        "referral, and the protocol now refers practitioners to the published research on how "
        "seldom bruising is found in babies who cannot yet move around on their own.",
        "The definition was altered as part of the same piece of work, and a baby is now "
        "described as not independently mobile if he or she cannot yet crawl, bottom-shuffle, "
        "pull to stand or cruise around furniture. As regards whether rolling babies count, an "
        "infant who can roll over but can do none of those other things is still treated as not "
        "independently mobile. On the matter of age, the definition has no age cut-off at all: "
        "it depends on what the individual baby can do rather than on how old they are.",
    ]
    s = styles("Times-Roman", 11.5, 15.5)

    def draw(c, n, total):
        if n == 1:
            c.setFillColor(colors.HexColor("#00539f"))
            c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Times-Bold", 22)
            c.drawString(22 * mm, A4[1] - 16 * mm, "Gateshead Council")
            c.setFont("Times-Roman", 9.5)
            c.drawString(22 * mm, A4[1] - 23 * mm,
                         "Corporate Services and Governance  \u00b7  Information Rights Team")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 16 * mm, "Civic Centre, Gateshead")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 23 * mm, "foi@gateshead.gov.uk")
            c.setFillColor(colors.black)
        else:
            c.setFont("Times-Italic", 8.5)
            c.drawString(22 * mm, A4[1] - 14 * mm, "Gateshead Council \u2013 IR-25-04417")
        c.setFont("Times-Roman", 9)
        c.drawRightString(A4[0] - 22 * mm, 15 * mm, f"Page {n} of {total}")
        synth_footer(c, "Times-Roman")

    story = [Spacer(1, 12 * mm)]
    ref = Table([
        [P("Jo Pemberton\nBy email only", s["body"]),
         P("Our reference: IR-25-04417\nYour reference: email of 12 November 2025\n"
           "Date: 9 December 2025\nPlease ask for: Information Rights Team", s["right"])]
    ], colWidths=[80 * mm, 86 * mm])
    ref.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [ref, Spacer(1, 8 * mm), P("Dear Ms Pemberton,", s["body"]),
              P("Freedom of Information Act 2000 \u2013 bruising in non-mobile infants",
                s["bold"]),
              P("Thank you for your email of 12 November 2025, asking how safeguarding "
                "arrangements in Gateshead responded to the Child Safeguarding Practice Review "
                "Panel's briefing on bruising in babies who are not yet mobile. I have looked "
                "into each of the matters you raised with colleagues in Children's Social Care "
                "and in the Gateshead Safeguarding Children Partnership's business unit, and "
                "the Council's response follows.", s["body"])]
    story += [P(a, s["body"]) for a in A]
    story += [
        P("I hope this is helpful. Unless stated otherwise, the information in this response "
          "may be re-used under the Open Government Licence, which is available at " + OGL + ".",
          s["body"]),
        P("If you are unhappy with the way your request has been handled you may ask for an "
          "internal review by writing to the Information Rights Team at the address above "
          "within 40 working days of the date of this letter. If you remain dissatisfied after "
          "the internal review you have the right to complain to the " + ICO_POST +
          ", or online at " + ICO_COMPLAIN + ".", s["body"]),
        Spacer(1, 4 * mm),
        P("Yours sincerely,", s["body"]), Spacer(1, 8 * mm),
        P("R. Haldane\nInformation Rights Officer", s["body"]),
        Spacer(1, 4 * mm), P("Enc. Summary report of the procedures subgroup", s["ital"]),
    ]
    pdf_build(path(name), story, draw, "FOI response IR-25-04417", "Gateshead Council",
              "Bruising in non-mobile infants")
    label(name, "pdf", "Gateshead Metropolitan Borough Council", "E08000037", "answered",
          A, ["answered"] * 5,
          fields("formal", "2023", "yes", "no", "yes", "yes", "yes", "no", None),
          [OGL, ICO_COMPLAIN])


# ======================================================================================
# PDF 2: Sandwell -- topic headings, not numbered, not the question's words
# ======================================================================================
def sandwell():
    name = "sandwell-topic-headings.pdf"
    S1 = ("The Panel's briefing was discussed by the Sandwell Children's Safeguarding "
          "Partnership Policy and Procedures Subgroup in November 2022. The subgroup did not "
          "commission a formal review. Instead it compared the briefing with the West Midlands "
          "regional protocol for bruising in children who are not independently mobile, which "
          "Sandwell follows (" + WM_PROC + "), and agreed that the regional protocol already "
          "left room for professional judgement before a strategy discussion and did not need a "
          "local amendment.")
    S2 = ("No report or briefing paper was produced for that discussion, so there are no papers "
          "we can provide.")
    S3 = ("The regional protocol does not require a section 47 enquiry in every case. A child "
          "with a bruise who is not independently mobile is referred to Children's Social Care "
          "and seen by a paediatrician, and whether a strategy discussion is needed is then "
          "decided on the facts of the case.")
    S4 = ("Nothing was changed locally as a result of the briefing, for the reasons given under "
          "the first heading.")
    S5a = ("The protocol regards a baby who can roll from front to back, or back to front, as "
           "having begun to move independently. Such a baby falls outside the protocol, "
           "although any bruising would still be assessed in the usual way under the "
           "partnership's child protection procedures.")
    S5b = ("Age is not used to decide whether a child is mobile; the protocol looks at the "
           "child's developmental stage. The definition has not been changed since the briefing "
           "was published.")
    s = styles("Helvetica", 10, 14)
    s["h2"].textColor = colors.HexColor("#6b1d5c")

    def draw(c, n, total):
        c.setFillColor(colors.HexColor("#6b1d5c"))
        c.rect(0, A4[1] - 14 * mm, A4[0], 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(18 * mm, A4[1] - 9 * mm, "SANDWELL METROPOLITAN BOROUGH COUNCIL")
        c.setFont("Helvetica", 9)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 9 * mm, "Information Management Team")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, 15 * mm, "FOI-2025-3318")
        c.drawRightString(A4[0] - 18 * mm, 15 * mm, f"Page {n} of {total}")
        synth_footer(c)

    meta = Table([[P("Reference", s["cellb"]), P("FOI-2025-3318", s["cell"]),
                   P("Received", s["cellb"]), P("14/11/2025", s["cell"]),
                   P("Responded", s["cellb"]), P("03/12/2025", s["cell"])]],
                 colWidths=[22 * mm, 32 * mm, 20 * mm, 24 * mm, 22 * mm, 24 * mm])
    meta.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3eef2"))]))
    story = [P("Freedom of Information \u2013 Response", s["h1"]), meta, Spacer(1, 5 * mm),
             P("Summary of your request", s["h2"]),
             P("You asked whether the safeguarding partnership reviewed its approach to bruising "
               "in non-mobile babies after the Child Safeguarding Practice Review Panel's "
               "briefing of September 2022, what any review concluded, whether every case leads "
               "to a section 47 enquiry or strategy discussion, what was changed, and how 'not "
               "independently mobile' is now defined.", s["body"]),
             P("Our response", s["h1"])]
    for head, txt in [("Review of the protocol", S1), ("Papers", S2),
                      ("Strategy discussions and section 47 enquiries", S3),
                      ("What changed", S4), ("Infants who roll", S5a), ("Age range", S5b)]:
        story += [KeepTogether([P(head, s["h2"]), P(txt, s["body"])])]
    story += [Spacer(1, 5 * mm), P("Your rights", s["h2"]),
              P("Re-use: most of the information we release can be re-used under the Open "
                "Government Licence.", s["body"]),
              P("Internal review: if you are not satisfied with this response you can ask for "
                "an internal review by emailing foi_team@sandwell.gov.uk within 40 working "
                "days.", s["body"]),
              P("Information Commissioner: if you remain unhappy after the internal review you "
                "can contact the ICO at " + ICO_HOME + " or on 0303 123 1113.", s["body"])]
    pdf_build(path(name), story, draw, "FOI-2025-3318 response",
              "Sandwell Metropolitan Borough Council", "Bruising in non-mobile infants",
              margins=(18, 18, 24, 24))
    label(name, "pdf", "Sandwell Metropolitan Borough Council", "E08000028", "answered",
          [S1, S2, S3, S4, S5a + "\n\n" + S5b], ["answered"] * 5,
          fields("informal", "2022-11", "no", "no", "no", "no", "no", "no", None),
          [WM_PROC, ICO_HOME])


# ======================================================================================
# PDF 3: Walsall -- Q/A table (repeating header), two-part Q1, appendix on page 2
# ======================================================================================
def walsall():
    name = "walsall-qa-table.pdf"
    W1 = ("Yes \u2013 in March 2023, when the West Midlands regional protocol was reissued "
          "following the Panel's briefing; the Walsall Safeguarding Partnership then adopted "
          "the reissued protocol at its meeting in April 2023. The review concluded that an "
          "initial appraisal should take place before any decision to hold a strategy "
          "discussion.")
    W2 = ("A briefing note presented to the partnership in April 2023 is reproduced at Appendix "
          "A. The reissued protocol is published on the regional procedures website: " + WM_PROC)
    W3 = ("No. A referral to Children's Social Care is made in every case, but a strategy "
          "discussion is held only where the initial appraisal by the social worker and "
          "paediatrician identifies a concern.")
    W4_items = ["an initial appraisal stage before any strategy discussion",
                "a leaflet explaining the process to parents",
                "guidance for practitioners on talking to parents about the referral",
                "refresher training for health visitors and GPs during summer 2023"]
    W4 = "The main changes were:\n" + "\n".join("\u2022 " + i for i in W4_items)
    W5 = ("Yes. The protocol now states that all babies under 6 months of age are to be treated "
          "as not independently mobile. For older babies the test is whether the child can "
          "crawl, bottom-shuffle, pull to stand, cruise or walk; a baby who can only roll is "
          "treated as not independently mobile.")
    s = styles("Helvetica", 10, 13.5)

    def draw(c, n, total):
        c.setFont("Helvetica-Bold", 15)
        c.setFillColor(colors.HexColor("#d4351c"))
        c.drawString(20 * mm, A4[1] - 16 * mm, "Walsall Council")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8.5)
        c.drawString(20 * mm, A4[1] - 21 * mm,
                     "Information Governance | Civic Centre, Darwall Street, Walsall")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 16 * mm, "Ref: 25/1187/FOI")
        c.line(20 * mm, A4[1] - 24 * mm, A4[0] - 20 * mm, A4[1] - 24 * mm)
        c.setFont("Helvetica", 8)
        c.drawCentredString(A4[0] / 2, 15 * mm, f"Page {n} of {total}")
        synth_footer(c)

    story = [P("Tuesday 2 December 2025", s["right"]), Spacer(1, 3 * mm),
             P("Dear Jo Pemberton,", s["body"]),
             P("Freedom of Information Act 2000 \u2013 request reference 25/1187/FOI", s["bold"]),
             P("Your request for information has been considered under the Freedom of "
               "Information Act 2000. Each part of your request is shown in the left-hand "
               "column of the table below, with our response alongside it.", s["body"]),
             P(PREAMBLE, s["quote"])]
    rows = [[P("Your request", s["cellb"]), P("Our response", s["cellb"])]]
    for q, a in zip(QS_TYPO, [W1, W2, W3, W4, W5]):
        rows.append([P(q, s["cell"]), P(a, s["cell"])])
    t = Table(rows, colWidths=[70 * mm, 100 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story += [t, Spacer(1, 5 * mm),
              P("You are free to use the information supplied for your own purposes. Any "
                "re-use for other purposes is permitted under the Open Government Licence.",
                s["body"]),
              P("If you are dissatisfied with the handling of your request you may ask for an "
                "internal review by replying to this letter within 40 working days. You may "
                "then complain to the Information Commissioner: " + ICO_COMPLAIN, s["body"]),
              P("Yours sincerely,\n\nInformation Governance Officer\nWalsall Council", s["body"]),
              PageBreak(),
              P("Appendix A \u2013 Briefing note to Walsall Safeguarding Partnership, April 2023 "
                "(extract)", s["h2"]),
              P("Purpose: to ask partners to adopt the reissued regional protocol on bruising in "
                "children who are not independently mobile.", s["body"]),
              P("Background: the national Panel's briefing of September 2022 asked partnerships "
                "to check their protocols. The regional procedures group completed its review in "
                "March 2023.", s["body"]),
              P("Recommendation: that the partnership adopts the reissued protocol with effect "
                "from 1 May 2023 and supports a programme of briefings for practitioners.",
                s["body"])]
    pdf_build(path(name), story, draw, "FOI response 25/1187/FOI", "Walsall Council",
              "Bruising in non-mobile infants", margins=(20, 20, 30, 24))
    label(name, "pdf", "Walsall Metropolitan Borough Council", "E08000030", "answered",
          [W1, W2, W3, W4, W5], ["answered"] * 5,
          fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "yes", 6),
          [WM_PROC, ICO_COMPLAIN])


# ======================================================================================
# PDF 4: Coventry -- whole request refused under s12
# ======================================================================================
def coventry():
    name = "coventry-s12-refusal.pdf"
    COV_PROC = "https://www.coventry.gov.uk/csp-procedures"
    s = styles("Helvetica", 10, 14)

    def draw(c, n, total):
        c.setFillColor(colors.HexColor("#1d3c6e"))
        c.circle(26 * mm, A4[1] - 18 * mm, 7 * mm, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(36 * mm, A4[1] - 17 * mm, "Coventry City Council")
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.black)
        c.drawString(36 * mm, A4[1] - 22 * mm, "Information Governance \u00b7 Council House, "
                     "Earl Street, Coventry")
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 20 * mm, 15 * mm, f"{n}/{total}")
        synth_footer(c)

    story = [P("FOI reference: FOI-2025-11902\nDate: 16th December 2025", s["right"]),
             Spacer(1, 4 * mm), P("Dear Jo Pemberton", s["body"]),
             P("Re: Request for information \u2013 policies on bruising in non-mobile infants",
               s["bold"]),
             P("Thank you for your request, received on 18th November 2025, in which you asked:",
               s["body"]), P(PREAMBLE, s["quote"])]
    story += [P(f"{i}. {q}", s["quote"]) for i, q in enumerate(QS, 1)]
    story += [
        P("Decision", s["h2"]),
        P("Coventry City Council holds some information within the scope of your request. "
          "However, we estimate that the cost of complying with it in full would exceed the "
          "appropriate limit set by the Freedom of Information and Data Protection (Appropriate "
          "Limit and Fees) Regulations 2004. For local authorities that limit is \u00a3450, which "
          "equates to 18 hours of work at \u00a325 per hour. Under section 12 of the Freedom of "
          "Information Act 2000 the Council is therefore not obliged to comply with your "
          "request.", s["body"]),
        P("The reason is your second question, which asks for any papers giving information on "
          "the outcome of a review. Papers that touch on bruising in babies are spread across "
          "the records of Children's Services, the Coventry Safeguarding Children Partnership's "
          "business unit and the minutes and action logs of several subgroups since September "
          "2022. These records are not indexed by subject, and each would need to be read to "
          "see whether it falls within your request. A sample exercise took 2 hours to check "
          "one subgroup's papers for a single quarter; across three years and five subgroups we "
          "estimate the work would take well over 100 hours.", s["body"]),
        P("Where the cost of answering one part of a request exceeds the limit, the Council is "
          "entitled to refuse the request as a whole, and it has done so here.", s["body"]),
        P("Advice and assistance", s["h2"]),
        P("You may wish to submit a new, narrower request \u2013 for example, asking only for "
          "the current protocol and the date on which it was last reviewed, or for the minutes "
          "of one named subgroup over a period of six months. The partnership's published "
          "procedures can be read at " + COV_PROC + ".", s["body"]),
        P("Your right to complain", s["h2"]),
        P("If you are unhappy with this decision you may ask for an internal review within 40 "
          "working days by writing to infogov@coventry.gov.uk. If you are still dissatisfied, "
          "you can complain to the Information Commissioner; guidance is available at " +
          ICO_OFFICIAL, s["body"]),
        Spacer(1, 4 * mm), P("Yours sincerely\n\nM. Okafor\nInformation Governance Officer",
                             s["body"]),
    ]
    pdf_build(path(name), story, draw, "FOI-2025-11902 refusal notice", "Coventry City Council",
              "Section 12 refusal", margins=(20, 20, 32, 24))
    label(name, "pdf", "Coventry City Council", "E08000026", "refused", [None] * 5,
          ["refused"] * 5, fields(), [COV_PROC, ICO_OFFICIAL], exemptions=["s12"])


# ======================================================================================
# PDF 5 (reject): Middlesbrough -- reply to a different safeguarding request
# ======================================================================================
def middlesbrough():
    name = "middlesbrough-cp-plan-numbers.pdf"
    s = styles("Times-Roman", 11, 15)

    def draw(c, n, total):
        c.setFont("Times-Bold", 14)
        c.drawString(20 * mm, A4[1] - 17 * mm, "Middlesbrough Council")
        c.setFont("Times-Roman", 9)
        c.drawString(20 * mm, A4[1] - 22 * mm, "Freedom of Information and Data Protection Team")
        c.drawRightString(A4[0] - 20 * mm, 14 * mm, f"Page {n} of {total}")
        synth_footer(c, "Times-Roman")

    qs = ["How many children were the subject of a child protection plan on 31 March 2023, "
          "31 March 2024 and 31 March 2025?",
          "How many of those children were aged under one year?",
          "For children aged under one year, how many plans had physical abuse as the initial "
          "category of abuse?",
          "How many section 47 enquiries were started in each of those years in respect of "
          "children aged under one year?"]
    story = [P("Reference: MBC/FOI/9921\nDate: 1 December 2025", s["right"]), Spacer(1, 5 * mm),
             P("Dear Requester,", s["body"]),
             P("Thank you for your request for information received on 3 November 2025. You "
               "asked:", s["body"])]
    story += [P(f"{i}. {q}", s["quote"]) for i, q in enumerate(qs, 1)]
    story += [P("The information is set out in the table below. Figures are taken from the "
                "annual Children in Need census return.", s["body"])]
    rows = [["", "31 Mar 2023", "31 Mar 2024", "31 Mar 2025"],
            ["Children subject to a CP plan", "241", "228", "236"],
            ["of whom aged under 1", "27", "22", "31"],
            ["Under 1, initial category physical abuse", "<5", "6", "<5"],
            ["S47 enquiries started, under 1 (year to date)", "88", "79", "94"]]
    t = Table(rows, colWidths=[75 * mm, 30 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONT", (0, 0), (-1, 0), "Times-Bold"),
                           ("FONT", (0, 1), (-1, -1), "Times-Roman"),
                           ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story += [t, Spacer(1, 5 * mm),
              P("Where a figure is fewer than five it has been shown as \"<5\". Releasing the "
                "exact number could allow individual children to be identified, and it is "
                "therefore withheld under section 40(2) of the Act.", s["body"]),
              P("If you are dissatisfied with this response you may request an internal review "
                "within 40 working days. You may also contact the Information Commissioner at "
                + ICO_HOME, s["body"]),
              P("Yours faithfully\n\nFOI and Data Protection Team", s["body"])]
    pdf_build(path(name), story, draw, "MBC/FOI/9921 response", "Middlesbrough Council",
              "Child protection plan numbers", margins=(20, 20, 30, 24))
    reject(name, "pdf", "other_request")


# ======================================================================================
# DOCX 1: Lewisham -- Q/A table with a horizontally merged title row and one answer cell
# spanning the rows for Q1 and Q2
# ======================================================================================
def lewisham():
    name = "lewisham-merged-table.docx"
    LQ = ["Whether your safeguarding policies were reviewed after the Panel's September 2022 "
          "guidance, when, and what the review concluded",
          "Any papers giving information on the outcome of the review",
          "Whether your policy requires a section 47 investigation or strategy discussion in "
          "all cases",
          "What changes were made for consistency with the evidence base and national "
          "guidelines",
          "Whether the definition of 'not independently mobile' changed and how it is now "
          "defined, including babies who can roll and the use of age"]
    L12 = ("Yes \u2013 the London Safeguarding Children Procedures chapter on bruising in "
           "children who are not independently mobile was reviewed by the London procedures "
           "group in January 2023, and Lewisham Safeguarding Children Partnership adopted the "
           "revised chapter without local amendment. The review concluded that the chapter "
           "should move away from automatic referral to a strategy discussion and towards an "
           "initial appraisal led by children's social care with health input. The "
           "partnership's adoption paper is attached to our covering email.")
    L3 = ("No. After the initial appraisal, a strategy discussion is convened only where there "
          "are concerns about the explanation given or the pattern of bruising.")
    L4_items = ["An initial appraisal stage.",
                "A requirement to record the parents' account and the baby's developmental "
                "stage.",
                "A leaflet for parents.",
                "Updated multi-agency training."]
    L4_tail = "The current chapter can be read at " + LON_PROC
    L4 = "\n".join(L4_items + [L4_tail])
    L5 = ("Yes, the definition was clarified. A baby is not independently mobile until they can "
          "crawl, bottom-shuffle, pull to stand, cruise or walk. Rolling over does not make a "
          "baby mobile for this purpose. The definition is not linked to any particular age.")

    d = docx_new("FOI response IG/25/5521", "London Borough of Lewisham",
                 "Bruising in non-mobile infants")
    docx_header_footer(d, "London Borough of Lewisham \u2014 Information Governance")
    d.add_heading("Freedom of Information Act 2000 \u2013 Response", level=1)
    p = d.add_paragraph()
    p.add_run("Date: ").bold = True
    p.add_run("28 November 2025")
    p = d.add_paragraph()
    p.add_run("Our reference: ").bold = True
    p.add_run("IG/25/5521")
    d.add_paragraph("Dear Jo Pemberton,")
    d.add_paragraph("Thank you for your request for information, received on 11 November 2025. "
                    "Our response is set out in the table below. Where one response covers more "
                    "than one of your questions, this is shown as a single cell.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, "IG/25/5521 \u2013 Bruising in non-mobile infants: review of safeguarding "
                   "policy", bold=True)
    shade(top, "1F3864")
    top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    cell_text(t.cell(1, 0), "What you asked", bold=True)
    cell_text(t.cell(1, 1), "Our response", bold=True)
    shade(t.cell(1, 0), "D9E2F3")
    shade(t.cell(1, 1), "D9E2F3")
    for i, q in enumerate(LQ):
        cell_text(t.cell(2 + i, 0), q)
    merged = t.cell(2, 1).merge(t.cell(3, 1))
    cell_text(merged, L12)
    cell_text(t.cell(4, 1), L3)
    c4 = t.cell(5, 1)
    c4.text = ""
    first = True
    for item in L4_items:
        para = c4.paragraphs[0] if first else c4.add_paragraph()
        first = False
        para.style = d.styles["List Number"]
        para.add_run(item)
    c4.add_paragraph(L4_tail)
    cell_text(t.cell(6, 1), L5)
    for row in t.rows:
        row.cells[0].width = Cm(6)
        row.cells[1].width = Cm(10.5)
    d.add_heading("Your rights", level=2)
    for b in ["You may re-use this information under the Open Government Licence.",
              "If you are unhappy with our response you can ask for an internal review within "
              "40 working days by emailing foi@lewisham.gov.uk.",
              "You may complain to the Information Commissioner: " + ICO_COMPLAIN]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Governance Team\nLondon Borough of Lewisham")
    docx_save(d, name)
    label(name, "docx", "London Borough of Lewisham", "E09000023", "answered",
          [L12, L12, L3, L4, L5], ["answered"] * 5,
          fields("formal", "2023-01", "yes", "no", "yes", "yes", "yes", "no", None),
          [LON_PROC, ICO_COMPLAIN])


# ======================================================================================
# DOCX 2: Telford & Wrekin -- three-column table whose first row is a (repeating) header
# ======================================================================================
def telford():
    name = "telford-header-row-table.docx"
    T = ["No. The Telford & Wrekin Safeguarding Partnership has not reviewed its bruising "
         "protocol since the briefing was published, and the briefing has not been considered "
         "by the partnership or by any of its subgroups.",
         "Not applicable \u2013 as no review took place, no papers exist.",
         "Yes. The protocol requires a strategy discussion in every case where a bruise is "
         "found on a child who is not independently mobile. A section 47 enquiry follows where "
         "the strategy discussion agrees that the threshold is met.",
         "None.",
         "There have been no changes. The protocol describes a child who is not independently "
         "mobile as one who is not yet crawling, bottom shuffling, pulling to stand, cruising or "
         "walking independently."]
    d = docx_new("TWC/FOI/2025/6604", "Telford & Wrekin Council", "FOI response")
    docx_header_footer(d, "Telford & Wrekin Council \u2013 Information Governance", "Page ")
    d.add_heading("Freedom of Information request \u2013 TWC/FOI/2025/6604", level=1)
    d.add_paragraph("Dear Sir or Madam,")
    d.add_paragraph("Your request, received on 17/11/2025, has been dealt with under the Freedom "
                    "of Information Act 2000. The information requested and our response are "
                    "given in the table below.")
    t = d.add_table(rows=6, cols=3)
    t.style = "Light Grid Accent 1"
    hdr = t.rows[0]
    repeat_header(hdr)
    for c, txt in zip(hdr.cells, ["Ref", "Information requested", "Response"]):
        cell_text(c, txt, bold=True)
    for i, (q, a) in enumerate(zip(QS, T)):
        cell_text(t.cell(i + 1, 0), f"({'abcde'[i]})")
        cell_text(t.cell(i + 1, 1), q)
        cell_text(t.cell(i + 1, 2), a)
    for row in t.rows:
        row.cells[0].width = Cm(1.3)
        row.cells[1].width = Cm(7.5)
        row.cells[2].width = Cm(7.5)
    d.add_paragraph()
    d.add_paragraph("The information supplied to you is subject to copyright. You may re-use it "
                    "under the terms of the Open Government Licence: " + OGL_HTTP)
    d.add_paragraph("If you are unhappy with the way your request has been handled, you can ask "
                    "for an internal review by contacting the Information Governance Team within "
                    "40 working days. If you are still not satisfied you may apply to the "
                    "Information Commissioner: " + ICO_HOME)
    d.add_paragraph("Yours faithfully,")
    p = d.add_paragraph()
    p.add_run("Information Governance Team").bold = True
    d.add_paragraph("Telford & Wrekin Council, Addenbrooke House, Telford")
    docx_save(d, name)
    label(name, "docx", "Telford & Wrekin Council", "E06000020", "answered", T,
          ["answered"] * 5,
          fields("none", None, "no", "yes", "no", "no", NS, NS, None),
          [OGL_HTTP, ICO_HOME])


# ======================================================================================
# DOCX 3: Redbridge -- bold numbered questions, "see our published procedures" for two
# ======================================================================================
def redbridge():
    name = "redbridge-see-procedures.docx"
    RB3_URL = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising_non_mob.html"
    RB5_URL = "https://www.redbridgescp.org.uk/practitioners/procedures/"
    RB = ["The Panel's briefing was discussed at the Redbridge Safeguarding Children "
          "Partnership's Learning and Improvement Subgroup on 13/12/2022. There was no formal "
          "review. Members checked the briefing against the London Safeguarding Children "
          "Procedures, which Redbridge follows, and were satisfied that the procedures already "
          "reflected it.",
          "No separate paper was written. The relevant minute reads: \u201cThe subgroup noted "
          "the national Panel's briefing on bruising in non-mobile infants. The London "
          "procedures already provide for an initial discussion with health colleagues before a "
          "strategy meeting is considered. No local action required.\u201d",
          "Please see our published procedures: " + RB3_URL,
          "No changes were needed, for the reason given in our answer to question 1.",
          "Please see our published procedures, where the definition is set out in full: "
          + RB5_URL]
    d = docx_new("FOI 2025/4471", "London Borough of Redbridge", "Response to FOI request")
    docx_header_footer(d, "London Borough of Redbridge | Freedom of Information")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Ref: FOI 2025/4471\nDate: 04 December 2025")
    d.add_paragraph("Dear Jo Pemberton")
    d.add_heading("Request for information \u2013 bruising in non-mobile infants", level=2)
    d.add_paragraph("Thank you for your request of 12 November 2025. Your questions are "
                    "repeated below in bold, with our answers underneath.")
    for q, a in zip(QS_TYPO, RB):
        qp = d.add_paragraph(style="List Number")
        qp.add_run(q).bold = True
        ap = d.add_paragraph(a)
        ap.paragraph_format.left_indent = Cm(0.63)
    d.add_paragraph("You are welcome to re-use this information under the Open Government "
                    "Licence.")
    d.add_paragraph("If you are dissatisfied with this response, please ask for an internal "
                    "review within 40 working days by emailing foi@redbridge.gov.uk. You also "
                    "have the right to complain to the Information Commissioner's Office at "
                    + ICO_COMPLAIN)
    d.add_paragraph("Kind regards")
    d.add_paragraph("Freedom of Information Team")
    docx_save(d, name)
    label(name, "docx", "London Borough of Redbridge", "E09000026", "answered", RB,
          ["answered"] * 5,
          fields("informal", "2022-12", "yes", NS, "no", NS, NS, NS, None),
          [RB3_URL, RB5_URL, ICO_COMPLAIN])


# ======================================================================================
# DOCX 4: Stoke-on-Trent -- partial: papers withheld under s36(2)(b)(ii)
# ======================================================================================
def stoke():
    name = "stoke-on-trent-partial-s36.docx"
    ST1 = ("Yes \u2013 the Stoke-on-Trent Safeguarding Children Partnership reviewed its "
           "bruising protocol in September 2023, together with the other partnerships that use "
           "the same regional protocol. It concluded that a referral to Children's Social Care "
           "should still be made in every case, but that a strategy discussion should no longer "
           "be required in every case.")
    ST2 = ("The Council holds a review report and the minutes of the meeting at which it was "
           "discussed. This information is withheld under section 36(2)(b)(ii) of the Freedom "
           "of Information Act 2000. In the reasonable opinion of the Council's qualified "
           "person, the Monitoring Officer, disclosure would be likely to inhibit the free and "
           "frank exchange of views for the purposes of deliberation, because partners are now "
           "considering further changes to the protocol in light of the update NICE made to its "
           "guidance in December 2025 and need a safe space in which to do so. We have "
           "considered the public interest. There is a public interest in openness about how "
           "safeguarding decisions are made, but we have concluded that at present it is "
           "outweighed by the public interest in partners being able to discuss candidly a "
           "protocol that is still being developed.")
    ST3 = ("No. A strategy discussion is held only where the initial appraisal identifies "
           "concerns.")
    ST4_items = ["An initial appraisal by a social work manager and a paediatrician was "
                 "introduced.",
                 "The information given to parents was rewritten in plain English.",
                 "The protocol now cites the national evidence on bruising in infants."]
    ST4 = "The following changes were made:\n" + "\n".join(ST4_items)
    ST5 = ("Yes. The definition now refers to developmental milestones only; the earlier "
           "reference to \u201cbabies under 12 months\u201d has been removed. An infant who can "
           "roll, but cannot crawl, bottom-shuffle, pull to stand or cruise, is not "
           "independently mobile.")
    d = docx_new("SOT-FOI-25-2094", "Stoke-on-Trent City Council", "FOI response")
    docx_header_footer(d, "Stoke-on-Trent City Council", "")
    d.add_heading("Freedom of Information response", level=1)
    meta = d.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([("Request number", "SOT-FOI-25-2094"),
                                ("Date received", "19 November 2025"),
                                ("Date of response", "17 December 2025"),
                                ("Subject", "Bruising in non-mobile infants")]):
        cell_text(meta.cell(i, 0), k, bold=True)
        cell_text(meta.cell(i, 1), v)
        shade(meta.cell(i, 0), "EDEDED")
    d.add_heading("Your request and our response", level=2)
    d.add_paragraph(PREAMBLE).runs[0].italic = True
    answers = [ST1, ST2, ST3, None, ST5]
    for i, q in enumerate(QS_TYPO):
        qp = d.add_paragraph()
        qp.add_run(f"Question {i + 1}: ").bold = True
        qp.add_run(q).bold = True
        rp = d.add_paragraph()
        rp.add_run("Response: ").italic = True
        if i == 3:
            rp.add_run("The following changes were made:")
            for it in ST4_items:
                d.add_paragraph(it, style="List Bullet")
        else:
            rp.add_run(answers[i])
    d.add_paragraph("If you are not satisfied with this response, including our use of "
                    "section 36, you may ask for an internal review within 40 working days. If "
                    "you remain dissatisfied, you may complain to the Information "
                    "Commissioner's Office (" + ICO_HOME + ").")
    d.add_paragraph("Information Rights Team, Stoke-on-Trent City Council")
    docx_save(d, name)
    label(name, "docx", "Stoke-on-Trent City Council", "E06000021", "partial",
          [ST1, ST2, ST3, ST4, ST5],
          ["answered", "refused", "answered", "answered", "answered"],
          fields("formal", "2023-09", "no", "no", "yes", "yes", "yes", "no", None),
          [ICO_HOME], exemptions=["s36(2)(b)(ii)"])


# ======================================================================================
# DOCX 5: Solihull -- topic headings (Word heading styles), "No -" two-part Q1
# ======================================================================================
def solihull():
    name = "solihull-topic-headings.docx"
    SCOPE = ("This response covers the Solihull Safeguarding Children Partnership's protocol "
             "on bruising, which the Council follows, and the West Midlands regional protocol "
             "on which it is based.")
    SO = ["No \u2013 there was no formal review, although the West Midlands regional procedures "
          "group considered the Panel's briefing at its meeting on 24th November 2022, and the "
          "Solihull partnership endorsed the group's view that the regional protocol was "
          "already consistent with the briefing.",
          "As no formal review took place there are no review papers.",
          "The professional who sees the bruise refers to Children's Services and arranges for "
          "the baby to be seen by a paediatrician the same day. A strategy discussion is not "
          "automatic: the team manager decides whether one is needed after speaking to the "
          "paediatrician.",
          "None were needed.",
          "The definition is unchanged. It covers babies who cannot yet crawl, bottom-shuffle, "
          "pull to stand, cruise or walk, and it states expressly that a baby who can roll over "
          "is still not independently mobile. Age is not used as the test."]
    heads = ["Review", "Papers", "What happens after a bruise is found", "Changes",
             "Definition of mobility"]
    d = docx_new("IR-0094/25", "Solihull Metropolitan Borough Council", "Information request")
    docx_header_footer(d, "Solihull Metropolitan Borough Council \u00b7 IR-0094/25")
    d.add_heading("Information request IR-0094/25", level=1)
    d.add_paragraph("Date: 10th December 2025")
    d.add_paragraph("Thank you for your request about bruising in non-mobile infants. We have "
                    "not repeated your questions; our response is arranged by topic below.")
    d.add_heading("Scope", level=2)
    d.add_paragraph(SCOPE)
    for hd, a in zip(heads, SO):
        d.add_heading(hd, level=2)
        d.add_paragraph(a)
    d.add_heading("Re-use and complaints", level=2)
    d.add_paragraph("Solihull Council information may be re-used under the Open Government "
                    "Licence v3.0.", style="List Bullet")
    d.add_paragraph("You may ask for an internal review within 40 working days of this "
                    "response.", style="List Bullet")
    d.add_paragraph("You may complain to the Information Commissioner at " + ICO_COMPLAIN,
                    style="List Bullet")
    d.add_paragraph("Information Governance, Solihull Council House, Manor Square, Solihull")
    docx_save(d, name)
    label(name, "docx", "Solihull Metropolitan Borough Council", "E08000029", "answered", SO,
          ["answered"] * 5,
          fields("informal", "2022-11", "no", "no", "no", "no", "yes", "no", None),
          [ICO_COMPLAIN])


# ======================================================================================
# HTML 1: Sunderland -- disclosure log with <details>/<summary>
# ======================================================================================
NAV = [("Home", "/"), ("Bins and recycling", "/bins"), ("Council tax", "/council-tax"),
       ("Schools and learning", "/schools"), ("Social care", "/social-care"),
       ("Your council", "/your-council")]


def sunderland():
    name = "sunderland-details-disclosure.html"
    PDF_URL = ("https://www.sunderland.gov.uk/media/41876/Bruising-protocol-review-summary/"
               "pdf/bruising-review-summary.pdf")
    SU = ["The Sunderland Safeguarding Children Partnership completed a formal review of its "
          "bruising protocol on 14th February 2023. It found that the requirement for a "
          "strategy discussion in every case went further than the Panel's briefing supported, "
          "and recommended an initial appraisal step instead.",
          None,
          "No. The initial appraisal, carried out jointly by a children's social care manager "
          "and a paediatrician, decides whether a strategy discussion is needed.",
          "The protocol was rewritten to include the initial appraisal, a script for explaining "
          "the process to parents, and a requirement to record the baby's developmental stage "
          "at the time the bruise was seen.",
          "Yes. The protocol now defines a child as not independently mobile if they are under "
          "12 months old and cannot yet crawl, bottom-shuffle, pull to stand or cruise. Rolling "
          "is not treated as independent mobility."]
    su2_text = ("The review summary is published alongside this response: Bruising protocol "
                "review summary (PDF, 214KB).")
    su2_html = ('The review summary is published alongside this response: <a href="'
                + PDF_URL + '">Bruising protocol review summary (PDF, 214KB)</a>.')
    summaries = ["Review and what it found", "Papers", "Strategy discussions", "Changes made",
                 "Definition of \u2018not independently mobile\u2019"]
    inner = []
    for i, summ in enumerate(summaries):
        body = su2_html if i == 1 else h(SU[i])
        inner.append(f"""        <details class="answer">
          <summary>{h(summ)}</summary>
          <p>{body}</p>
        </details>""")
    qlist = "\n".join(f"            <li>{h(q)}</li>" for q in QS_TYPO)
    main = f"""    <h1>Bruising in non-mobile infants (FOI 25-1932)</h1>
    <dl class="meta">
      <dt>Date received</dt><dd>10 November 2025</dd>
      <dt>Date responded</dt><dd>05 December 2025</dd>
      <dt>Category</dt><dd>Children's services</dd>
    </dl>
    <details open>
      <summary>Request</summary>
      <div class="request">
        <p>{h(PREAMBLE)}</p>
        <p>{h(LEADIN)}</p>
        <ol>
{qlist}
        </ol>
      </div>
    </details>
    <details open>
      <summary>Response</summary>
      <div class="response">
        <p>The council's response is set out below. Select each heading to expand it.</p>
{chr(10).join(inner)}
        <p>If you are not satisfied with this response you may request an internal review
        within 40 working days. You can also contact the Information Commissioner at
        <a href="{ICO_HOME}">{ICO_HOME}</a>.</p>
      </div>
    </details>"""
    css = "details{border:1px solid #ccc;margin:.5em 0;padding:.3em .6em}summary{font-weight:bold}"
    html = html_page("FOI 25-1932 Bruising in non-mobile infants", "Sunderland City Council",
                     NAV, [("Home", "/"), ("Your council", "/your-council"),
                           ("Freedom of information", "/foi"),
                           ("Disclosure log", "/foi/disclosure-log"), ("FOI 25-1932", None)],
                     main, css)
    write_text(name, html)
    SU[1] = su2_text
    label(name, "html", "Sunderland City Council", "E08000024", "answered", SU,
          ["answered"] * 5,
          fields("formal", "2023-02", "yes", "no", "yes", "yes", "yes", "yes", 12),
          [PDF_URL, ICO_HOME])


# ======================================================================================
# HTML 2: Haringey -- accordion of divs with aria attributes; questions unnumbered
# ======================================================================================
def haringey():
    name = "haringey-aria-accordion.html"
    HA = ["Yes. Haringey Safeguarding Children Partnership reviewed its local guidance during "
          "2024, as part of its yearly check of local practice guidance against the London "
          "procedures. It concluded that the local guidance matched the London chapter and the "
          "Panel's briefing, apart from two points of wording which were then corrected.",
          "The review was recorded in the partnership's procedures tracker rather than in a "
          "separate report. The entry reads: \u201cBruising in non-mobile babies \u2013 checked "
          "against CSPRP briefing and London chapter \u2013 two wording changes \u2013 approved by "
          "Chair.\u201d",
          "No. Our guidance asks for an initial conversation between children's social care and "
          "the paediatric team before anyone decides whether a strategy discussion is needed.",
          "The two wording changes were: (i) removing a sentence which said that every case "
          "\u2018must\u2019 go to a strategy discussion, and (ii) adding a link to the parent "
          "leaflet produced by the London procedures group.",
          "No change was made to the definition. Haringey uses the London definition: a baby who "
          "is not yet crawling, bottom-shuffling, pulling to stand, cruising or walking. Babies "
          "who can roll are still regarded as not independently mobile. We do not use an age "
          "threshold. The London chapter is at " + LON_PROC]
    items = []
    for i, (q, a) in enumerate(zip(QS_TYPO, HA), 1):
        body = h(a)
        if i == 5:
            body = body.replace(LON_PROC, f'<a href="{LON_PROC}">{LON_PROC}</a>')
        items.append(f"""      <div class="accordion__item">
        <h3 class="accordion__heading">
          <button type="button" id="acc-btn-{i}" class="accordion__toggle"
                  aria-expanded="false" aria-controls="acc-panel-{i}">{h(q)}</button>
        </h3>
        <div id="acc-panel-{i}" class="accordion__panel" role="region"
             aria-labelledby="acc-btn-{i}" hidden>
          <p>{body}</p>
        </div>
      </div>""")
    main = f"""    <article class="foi-response">
    <h1>Freedom of information response: bruising in babies who are not mobile</h1>
    <p class="meta">Reference FOI-HGY-2025-11340 &middot; Responded 8 December 2025</p>
    <p>You asked the following questions about bruising in non-mobile infants. Select a
    question to see our answer.</p>
    <div class="accordion" data-module="accordion">
      <button type="button" class="accordion__all" aria-expanded="false">Show all sections</button>
{chr(10).join(items)}
    </div>
    <h2>Re-use of this information</h2>
    <p>You may re-use this information under the
    <a href="{OGL}">Open Government Licence</a>.</p>
    <h2>If you are unhappy with our response</h2>
    <p>Ask us for an internal review within 40 working days. After that, you can complain to
    the Information Commissioner: <a href="{ICO_COMPLAIN}">{ICO_COMPLAIN}</a></p>
    </article>"""
    script = """  <script>
  document.querySelectorAll('.accordion__toggle').forEach(function (b) {
    b.addEventListener('click', function () {
      var open = b.getAttribute('aria-expanded') === 'true';
      b.setAttribute('aria-expanded', String(!open));
      document.getElementById(b.getAttribute('aria-controls')).hidden = open;
    });
  });
  </script>
"""
    html = html_page("FOI response FOI-HGY-2025-11340", "Haringey Council", NAV,
                     [("Home", "/"), ("Your council", "/your-council"),
                      ("Freedom of information responses", "/foi/responses"),
                      ("Bruising in babies who are not mobile", None)], main,
                     ".accordion__toggle{display:block;width:100%;text-align:left}", "", script)
    write_text(name, html)
    label(name, "html", "London Borough of Haringey", "E09000014", "answered", HA,
          ["answered"] * 5,
          fields("formal", "2024", "yes", "no", "yes", "no", "yes", "no", None),
          [LON_PROC, OGL, ICO_COMPLAIN])


# ======================================================================================
# HTML 3: Darlington -- disclosure-log page, request and response side by side;
# partial: definition redirected to an NHS trust
# ======================================================================================
def darlington():
    name = "darlington-disclosure-side-by-side.html"
    PROC = ("https://www.darlington-safeguarding-partnership.co.uk/procedures/"
            "bruising-non-mobile/")
    TRUST = "https://www.cddft.nhs.uk/"
    DA = ["The Darlington Safeguarding Partnership reviewed its procedure in early 2023. The "
          "review concluded that the procedure should be rewritten so that an initial appraisal "
          "takes place before any strategy discussion.",
          "The rewritten procedure, published in June 2023, is available at " + PROC +
          ". We hold no other papers.",
          "No \u2013 see the initial appraisal step described above.",
          "The procedure was rewritten to add the initial appraisal, to give practitioners "
          "clearer advice on talking to parents, and to remove the requirement for a strategy "
          "discussion in every case.",
          "The clinical definition of \u2018not independently mobile\u2019 used locally is set out "
          "in a paediatric guideline of County Durham and Darlington NHS Foundation Trust, which "
          "holds that information; the Council does not. You may wish to ask the Trust's Freedom "
          "of Information team: " + TRUST]
    labels_ = ["Review", "Papers", "Strategy discussion / section 47", "Changes", "Definition"]
    resp = []
    for lab, a in zip(labels_, DA):
        body = h(a)
        for u in (PROC, TRUST):
            body = body.replace(u, f'<a href="{u}">{u}</a>')
        resp.append(f"          <p><strong>{h(lab)}.</strong> {body}</p>")
    ql = "\n".join(f"            <li>{h(q)}</li>" for q in QS)
    main = f"""    <h1>Bruising in babies who are not mobile &ndash; safeguarding policy review</h1>
    <table class="case-meta">
      <tr><th scope="row">Case reference</th><td>DBC/11873/25</td></tr>
      <tr><th scope="row">Received</th><td>13 Nov 2025</td></tr>
      <tr><th scope="row">Published</th><td>11 Dec 2025</td></tr>
      <tr><th scope="row">Topic</th><td>Children and young people</td></tr>
    </table>
    <div class="disclosure-grid">
      <section class="disclosure-col disclosure-request" aria-labelledby="req-h">
        <h2 id="req-h">Request</h2>
        <div class="col-body">
          <p>{h(PREAMBLE)}</p>
          <ol>
{ql}
          </ol>
        </div>
      </section>
      <section class="disclosure-col disclosure-response" aria-labelledby="resp-h">
        <h2 id="resp-h">Response</h2>
        <div class="col-body">
{chr(10).join(resp)}
          <p class="rights">If you are dissatisfied with the handling of your request you may
          ask for an internal review. You may also complain to the Information Commissioner:
          <a href="{ICO_HOME}">{ICO_HOME}</a></p>
        </div>
      </section>
    </div>
    <p class="attachments">Attachments: none</p>"""
    css = (".disclosure-grid{display:grid;grid-template-columns:1fr 1fr;gap:2rem}"
           ".disclosure-col{border-top:4px solid #00703c}")
    html = html_page("DBC/11873/25", "Darlington Borough Council Disclosure Log",
                     [("Disclosures", "/disclosures"), ("Search", "/search"),
                      ("About FOI", "/about")],
                     [("Disclosure log", "/disclosures"), ("DBC/11873/25", None)], main, css)
    write_text(name, html)
    label(name, "html", "Darlington Borough Council", "E06000005", "partial", DA,
          ["answered", "answered", "answered", "answered", "redirected"],
          fields("formal", "2023", "yes", "no", "yes", NS, NS, NS, None),
          [PROC, TRUST, ICO_HOME])


# ======================================================================================
# HTML 4: Islington -- council page with a definition list of topics
# ======================================================================================
def islington():
    name = "islington-definition-list.html"
    IS = ["There was no formal review. Islington Safeguarding Children Partnership noted the "
          "Panel's briefing when it was published, checked it against the London procedures "
          "that it follows, and judged them to be consistent with it.",
          "There are no papers on this.",
          "A strategy discussion is held in all cases where a bruise is seen on a baby who is "
          "not independently mobile. Whether a section 47 enquiry follows is decided at that "
          "discussion.",
          "No changes were made.",
          "The definition has not changed. Babies under 6 months old are always treated as not "
          "independently mobile, and a baby who can roll over is also treated as not "
          "independently mobile."]
    dts = ["Review", "Papers", "Strategy discussions", "Changes", "Definition"]
    dl = "\n".join(f"        <dt>{h(t)}</dt>\n        <dd>{h(a)}</dd>" for t, a in zip(dts, IS))
    main = f"""    <div class="lgd-region--content">
      <h1 class="lgd-page-title">Freedom of information: bruising in non-mobile infants</h1>
      <p class="lgd-published">Reference ISL/FOI/25/3315. Published 12 December 2025.</p>
      <h2>What was asked</h2>
      <p>The requester asked five questions about whether the Panel's September 2022 briefing
      on bruising in non-mobile infants led to a review of safeguarding policy, any papers on
      the outcome, whether section 47 enquiries or strategy discussions are required in all
      cases, what changes were made, and how &lsquo;not independently mobile&rsquo; is
      defined.</p>
      <h2>Our response</h2>
      <dl class="foi-answers">
{dl}
      </dl>
      <p class="small">Information released under FOI may be re-used under the Open Government
      Licence (<a href="{OGL}">{OGL}</a>). To ask for an internal review, email
      foi@islington.gov.uk within 40 working days; after that you may complain to the
      Information Commissioner (<a href="{ICO_HOME}">{ICO_HOME}</a>).</p>
    </div>"""
    html = html_page("Freedom of information: bruising in non-mobile infants", "Islington Council",
                     NAV, [("Home", "/"), ("About the council", "/about-the-council"),
                           ("Information governance", "/about-the-council/information-governance"),
                           ("FOI responses", "/about-the-council/information-governance/foi"),
                           ("ISL/FOI/25/3315", None)], main,
                     "dt{font-weight:bold;margin-top:1em}")
    write_text(name, html)
    label(name, "html", "London Borough of Islington", "E09000019", "answered", IS,
          ["answered"] * 5,
          fields("informal", None, "no", "yes", "no", "no", "yes", "yes", 6),
          [OGL, ICO_HOME])


# ======================================================================================
# HTML 5: Redcar and Cleveland -- whole request redirected to the partnership
# ======================================================================================
def redcar():
    name = "redcar-and-cleveland-redirect.html"
    STSCP = "https://www.southteescp.org.uk/contact-us/"
    RC = ("Redcar and Cleveland Borough Council does not hold the information you have "
          "requested. Multi-agency safeguarding procedures for this area, including the "
          "protocol on bruising in babies who are not independently mobile, are owned and held "
          "by the South Tees Safeguarding Children Partnership, which covers both Redcar and "
          "Cleveland and Middlesbrough. Any review of that protocol, and the papers relating to "
          "it, would be the partnership's. The partnership is not a public authority under the "
          "Freedom of Information Act, but it holds the information you are looking for and we "
          "suggest you contact its business unit directly:")
    main = f"""    <h1>Disclosure log entry RCBC-FOI-2025-1412</h1>
    <table class="log-entry">
      <tr><th>Request ID</th><td>RCBC-FOI-2025-1412</td></tr>
      <tr><th>Date of response</th><td>26/11/2025</td></tr>
      <tr><th>Request summary</th><td>Review of policy on bruising in non-mobile infants
        following national panel guidance (five questions)</td></tr>
      <tr><th>Outcome</th><td>Information not held &ndash; referred</td></tr>
    </table>
    <h2>Response</h2>
    <p>{h(RC)} <a href="{STSCP}">{STSCP}</a></p>
    <p>This request is now closed. If you are unhappy with how it was handled you may ask for
    an internal review within 40 working days, and then contact the Information Commissioner
    at <a href="{ICO_HOME}">{ICO_HOME}</a>.</p>"""
    html = html_page("RCBC-FOI-2025-1412", "Redcar & Cleveland Borough Council", NAV, [("Home", "/"), ("Council and democracy", "/council"),
                     ("FOI disclosure log", "/council/foi-log"),
                     ("RCBC-FOI-2025-1412", None)], main)
    write_text(name, html)
    label(name, "html", "Redcar and Cleveland Borough Council", "E06000003", "redirected",
          [None] * 5, ["redirected"] * 5, fields(), [STSCP, ICO_HOME])


# ======================================================================================
# EML helpers
# ======================================================================================
def qp_text(text, subtype="plain"):
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(text, subtype, cs)


def b64_text(text, subtype="html"):
    cs = Charset("utf-8")
    cs.body_encoding = BASE64
    return MIMEText(text, subtype, cs)


def headers(msg, frm, to, subject, date, msgid, extra=()):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in extra:
        msg[k] = v
    msg["X-Synthetic-Test-Document"] = "yes"


def eml_bytes(msg):
    return msg.as_bytes(policy=email.policy.SMTP)


def wrap(text, width=72, prefix=""):
    import textwrap
    filled = textwrap.fill(text, width - len(prefix), break_on_hyphens=False,
                           break_long_words=False)
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in filled.split("\n"))


# ======================================================================================
# EML 1: Hounslow -- reply on top, original request quoted below with ">"
# ======================================================================================
def hounslow():
    name = "hounslow-reply-quoted.eml"
    REVIEW_PDF = "https://www.hounslowscp.org.uk/documents/bruising-protocol-review-2022.pdf"
    SITE = "https://www.hounslow.gov.uk"
    GOV_BRIEF = ("https://www.gov.uk/government/publications/"
                 "bruising-in-non-mobile-infants-panel-briefing")
    HO = ["Yes: the Hounslow Safeguarding Children Partnership reviewed its bruising protocol in "
          "October 2022, a few weeks after the briefing came out. The protocol had last been "
          "revised in July 2021, and the review found that it still required a strategy "
          "discussion in every case; it recommended removing that requirement.",
          "The review report is published on the partnership's website: " + REVIEW_PDF,
          "No. A strategy discussion is now held only where the joint initial appraisal by "
          "children's social care and the paediatrician raises a concern.",
          "The protocol was reissued in January 2023 with the initial appraisal, a parent "
          "leaflet and new recording requirements.",
          "Yes. The old term 'pre-mobile' was replaced with 'not independently mobile', defined "
          "as not yet able to crawl, bottom-shuffle, pull to stand or cruise. The protocol says "
          "babies who can roll should still be treated as not independently mobile, and that age "
          "alone should not decide it, although most babies under six months will fall within "
          "the definition."]
    tags = ["Review", "Papers", "Strategy discussion / s47", "Changes", "Definition"]
    intro = ("Thank you for your request. The London Borough of Hounslow's response is below; "
             "I have kept it short, and we are happy to explain any part of it.")
    sig = ["Kind regards", "", "Priya Lakhani", "FOI Officer | Information Governance",
           "London Borough of Hounslow", SITE, "",
           "If you are unhappy with this response you may request an internal review within 40 "
           "working days. You may also contact the ICO: " + ICO_COMPLAIN]
    orig = [f"On Mon, 10 Nov 2025 at 09:41, {REQUESTER} <{REQUESTER_EMAIL}> wrote:",
            "> Dear FOI team,", ">", wrap(PREAMBLE, prefix="> "),
            "> (Briefing: " + GOV_BRIEF + ")", ">", wrap(LEADIN, prefix="> "), ">"]
    for i, q in enumerate(QS_TYPO, 1):
        orig += [wrap(f"{i}. {q}", prefix="> "), ">"]
    orig += ["> Many thanks,", "> " + REQUESTER]
    text = [f"Dear {REQUESTER},", "", "Freedom of Information request \u2013 FOI/25/02761", "",
            wrap(intro), ""]
    for t, a in zip(tags, HO):
        text += [wrap(f"{t} \u2013 {a}"), ""]
    text += sig + ["", ""] + orig
    plain = "\n".join(text) + "\n"

    hb = [f"<p>Dear {h(REQUESTER)},</p>",
          "<p><b>Freedom of Information request \u2013 FOI/25/02761</b></p>", f"<p>{h(intro)}</p>"]
    for t, a in zip(tags, HO):
        body = h(a).replace(REVIEW_PDF, f'<a href="{REVIEW_PDF}">{REVIEW_PDF}</a>')
        hb.append(f"<p><b>{h(t)}</b> \u2013 {body}</p>")
    hb.append("<p>Kind regards<br><br>Priya Lakhani<br>FOI Officer | Information Governance<br>"
              f"London Borough of Hounslow<br><a href=\"{SITE}\">{SITE}</a></p>")
    hb.append("<p style=\"font-size:small\">If you are unhappy with this response you may request "
              "an internal review within 40 working days. You may also contact the ICO: "
              f"<a href=\"{ICO_COMPLAIN}\">{ICO_COMPLAIN}</a></p>")
    qhtml = "".join(f"<li>{h(q)}</li>" for q in QS_TYPO)
    hb.append(f"<div class=\"gmail_quote\"><div>On Mon, 10 Nov 2025 at 09:41, {h(REQUESTER)} "
              f"&lt;{REQUESTER_EMAIL}&gt; wrote:</div><blockquote type=\"cite\" "
              "style=\"border-left:2px solid #ccc;padding-left:8px\"><p>Dear FOI team,</p>"
              f"<p>{h(PREAMBLE)}<br>(Briefing: <a href=\"{GOV_BRIEF}\">{GOV_BRIEF}</a>)</p>"
              f"<p>{h(LEADIN)}</p><ol>{qhtml}</ol><p>Many thanks,<br>{h(REQUESTER)}</p>"
              "</blockquote></div>")
    html = "<html><body style=\"font-family:Arial,sans-serif\">\n" + "\n".join(hb) + \
        "\n</body></html>\n"
    msg = MIMEMultipart("alternative", boundary="----=_Part_HOU_20251203_0001")
    msg.attach(qp_text(plain, "plain"))
    msg.attach(qp_text(html, "html"))
    headers(msg, "Hounslow FOI Team <foi@hounslow.gov.uk>", f"{REQUESTER} <{REQUESTER_EMAIL}>",
            "RE: Freedom of Information request - bruising in non-mobile infants "
            "[Ref: FOI/25/02761]", "Wed, 03 Dec 2025 14:12:09 +0000",
            "<FOI2502761.20251203141209@hounslow.gov.uk>",
            [("In-Reply-To", "<CAJp9x0001@mail.example.net>"),
             ("References", "<CAJp9x0001@mail.example.net>")])
    write_bytes(name, eml_bytes(msg))
    label(name, "eml", "London Borough of Hounslow", "E09000018", "answered", HO,
          ["answered"] * 5,
          fields("formal", "2022-10", "yes", "no", "yes", "yes", "yes", "no", None),
          [REVIEW_PDF, SITE, ICO_COMPLAIN])


# ======================================================================================
# EML 2: Northumberland -- HTML-only, base64, Outlook "-----Original Message-----";
# partial: questions 1-2 redirected to the safeguarding partnership
# ======================================================================================
def northumberland():
    name = "northumberland-original-message.eml"
    NSCP = "https://www.northumberlandscp.org.uk/contact/"
    SITE = "https://www.northumberland.gov.uk/"
    NB12 = ("Your first two questions ask about a review carried out by the safeguarding "
            "partnership and for the papers relating to it. Those records belong to the "
            "Northumberland Safeguarding Children Partnership, which is separate from the "
            "Council and holds them; the Council does not. The partnership business unit can be "
            "contacted through " + NSCP + " and will consider any request you make to it.")
    NB3 = ("The North of Tyne procedures, which Northumberland follows, do not require a "
           "section 47 enquiry or a strategy discussion in every case. A strategy discussion is "
           "held where the initial consultation between children's social care and the "
           "paediatrician identifies a concern.")
    NB4 = ("The procedures now include that initial consultation step, and a leaflet for "
           "parents explaining what happens after a bruise is found.")
    NB5 = ("The definition has not changed. It is not based on age. The procedures do not say "
           "anything specific about babies who can roll.")

    def p(t):
        return f'<p class=MsoNormal>{t}<o:p></o:p></p>'

    parts = [p("Dear Ms Pemberton,"), p("&nbsp;"),
             p("Thank you for your request for information, which we have dealt with under the "
               "Freedom of Information Act 2000."), p("&nbsp;"),
             p(h(NB12).replace(NSCP, f'<a href="{NSCP}">{NSCP}</a>')), p("&nbsp;"),
             p("For the rest of your request:"), p("&nbsp;"),
             p("<b>On the strategy discussion question:</b> " + h(NB3)), p("&nbsp;"),
             p("<b>On changes:</b> " + h(NB4)), p("&nbsp;"),
             p("<b>On the definition:</b> " + h(NB5)), p("&nbsp;"),
             p("If you are unhappy with this response you may ask for an internal review within "
               "40 working days. You can also complain to the Information Commissioner at "
               f'<a href="{ICO_HOME}">{ICO_HOME}</a>.'), p("&nbsp;"),
             p("Regards,"), p("&nbsp;"),
             p("<b>Information Governance Team</b><br>Northumberland County Council<br>"
               f'County Hall, Morpeth<br><a href="{SITE}">{SITE}</a>'), p("&nbsp;")]
    q = [p("<b>From:</b> " + h(f"{REQUESTER} <{REQUESTER_EMAIL}>")),
         p("<b>Sent:</b> 12 November 2025 08:03"), p("<b>To:</b> FOI &lt;foi@northumberland.gov.uk&gt;"),
         p("<b>Subject:</b> Freedom of Information request"), p("&nbsp;"),
         p("Dear Sir or Madam,"), p(h(PREAMBLE)), p(h(LEADIN))]
    for i, qq in enumerate(QS, 1):
        q.append(p(f"{i}. " + h(qq)))
    q += [p("Yours faithfully,"), p(h(REQUESTER))]
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head><meta "
            "charset=\"utf-8\"><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;"
            "font-size:11pt}</style></head>\n<body lang=EN-GB><div class=WordSection1>\n"
            + "\n".join(parts) +
            "\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0'>\n"
            + p("-----Original Message-----") + "\n" + "\n".join(q) +
            "\n</div>\n</div></body></html>\n")
    msg = b64_text(html, "html")
    headers(msg, "FOI <foi@northumberland.gov.uk>", f"{REQUESTER} <{REQUESTER_EMAIL}>",
            "RE: FOI request - bruising in non-mobile infants - NCC ref 8810/25",
            "Thu, 11 Dec 2025 10:27:44 +0000",
            "<DB9PR01MB8810A2@northumberland.gov.uk>",
            [("Thread-Topic", "FOI request - bruising in non-mobile infants"),
             ("X-MS-Has-Attach", "no"), ("Content-Language", "en-GB")])
    write_bytes(name, eml_bytes(msg))
    label(name, "eml", "Northumberland County Council", "E06000057", "partial",
          [NB12, NB12, NB3, NB4, NB5],
          ["redirected", "redirected", "answered", "answered", "answered"],
          fields(NS, None, NS, "no", "yes", "no", NS, "no", None),
          [NSCP, ICO_HOME, SITE])


# ======================================================================================
# EML 3: South Tyneside -- "please find attached", answers only in the attached PDF
# ======================================================================================
def south_tyneside():
    name = "south-tyneside-please-find-attached.eml"
    SITE = "https://www.southtyneside.gov.uk"
    SUMMARY = "https://www.southtyneside.gov.uk/media/bruising-review-summary-2023.pdf"
    SX = ["Yes \u2013 a formal review was completed on 30/06/2023 by the South Tyneside "
          "Safeguarding Children Partnership, jointly with the other partnerships that share the "
          "South of Tyne procedures. It concluded that practitioners should carry out a short "
          "initial appraisal before deciding whether a strategy discussion is needed, and that "
          "parents should be given written information; the procedure was amended accordingly.",
          "The review summary is published at " + SUMMARY,
          "No.",
          "Please see our answer to question 1.",
          "The definition was not changed. It is based on age: every baby under six months is "
          "treated as not independently mobile. Rolling is not referred to in the definition. "
          "The procedure is due to be looked at again in 2026 following the change NICE made to "
          "its guideline in December 2025."]
    # --- the attached PDF letter
    s = styles("Times-Roman", 11, 15)

    def draw(c, n, total):
        c.setFont("Times-Bold", 13)
        c.drawString(22 * mm, A4[1] - 16 * mm, "South Tyneside Council")
        c.setFont("Times-Roman", 9)
        c.drawString(22 * mm, A4[1] - 21 * mm, "Information Governance \u00b7 Town Hall and Civic "
                     "Offices, Westoe Road, South Shields")
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"Page {n} of {total}")
        synth_footer(c, "Times-Roman")

    story = [P("Our reference: FOI/ST/25/1440\n8 December 2025", s["right"]), Spacer(1, 5 * mm),
             P("Dear Requester", s["body"]),
             P("Request for information", s["h2"]),
             P("You asked:", s["body"]), P(PREAMBLE, s["quote"])]
    story += [P(f"{i}. {q}", s["quote"]) for i, q in enumerate(QS, 1)]
    story += [P("Response", s["h2"])]
    story += [P(f"{i}. {a}", s["body"]) for i, a in enumerate(SX, 1)]
    story += [P("If you are unhappy with the way we have handled your request you may ask for an "
                "internal review within 40 working days. If you are still dissatisfied you can "
                "complain to the Information Commissioner: " + ICO_COMPLAIN, s["body"]),
              P("Yours faithfully\n\nInformation Governance Team", s["body"])]
    buf = io.BytesIO()
    pdf_build(buf, story, draw, "FOI/ST/25/1440 response", "South Tyneside Council",
              "Bruising in non-mobile infants")
    body = ("Dear Requester,\n\nPlease find attached the Council's response to your request for "
            "information (our reference FOI/ST/25/1440).\n\nKind regards\n\nInformation "
            "Governance\nSouth Tyneside Council\nTown Hall and Civic Offices, Westoe Road, South "
            "Shields\n" + SITE + "\n")
    msg = MIMEMultipart("mixed", boundary="=_STC_mixed_20251208")
    msg.attach(qp_text(body, "plain"))
    att = MIMEApplication(buf.getvalue(), "pdf")
    att.add_header("Content-Disposition", "attachment", filename="FOI-ST-25-1440 response.pdf")
    msg.attach(att)
    headers(msg, "Information Governance <foi@southtyneside.gov.uk>",
            f"{REQUESTER} <{REQUESTER_EMAIL}>", "FOI/ST/25/1440 - your request for information",
            "Mon, 08 Dec 2025 11:50:02 +0000", "<stc.foi.251440.20251208@southtyneside.gov.uk>")
    write_bytes(name, eml_bytes(msg))
    label(name, "eml", "South Tyneside Council", "E08000023", "answered", SX,
          ["answered", "answered", "answered", "see_other", "answered"],
          fields("formal", "2023-06", "yes", "no", "yes", "no", NS, "yes", 6),
          [SITE, SUMMARY, ICO_COMPLAIN])


# ======================================================================================
# EML 4 (reject): Dudley -- clarification request
# ======================================================================================
def dudley():
    name = "dudley-clarification.eml"
    body = ("Dear Ms Pemberton,\n\n"
            "Thank you for your request of 12 November 2025 concerning policies on bruising in "
            "non-mobile infants.\n\n"
            "Before we can answer, we need to be sure we search the right records. Your first "
            "question asks about a review of \u201cyour safeguarding policies\u201d. Could you "
            "confirm whether you mean:\n\n"
            "  (a) the Council's own Children's Services practice guidance;\n"
            "  (b) the multi-agency procedures of the Dudley Safeguarding People Partnership; or\n"
            "  (c) both?\n\n"
            "The 20 working day period for responding will begin again once we receive your "
            "reply. If we do not hear from you within three months we will treat the request as "
            "withdrawn.\n\n"
            "Kind regards,\n\nFOI Officer\nDudley Metropolitan Borough Council\n"
            "https://www.dudley.gov.uk\n")
    msg = qp_text(body, "plain")
    headers(msg, "Dudley FOI <foi@dudley.gov.uk>", f"{REQUESTER} <{REQUESTER_EMAIL}>",
            "Clarification needed - FOI 2025-DMBC-6672", "Fri, 14 Nov 2025 15:31:20 +0000",
            "<dmbc6672.clarify@dudley.gov.uk>")
    write_bytes(name, eml_bytes(msg))
    reject(name, "eml", "clarification")


# ======================================================================================
# EML 5 (reject): bounce of the request sent to Wolverhampton (mailbox full)
# ======================================================================================
def wolverhampton_bounce():
    name = "wolverhampton-bounce.eml"
    orig_q = "\r\n".join(f"{i}. {q}" for i, q in enumerate(QS_TYPO, 1))
    raw = (
        "Return-Path: <>\r\n"
        "From: Mail Delivery System <MAILER-DAEMON@mx1.example.net>\r\n"
        f"To: {REQUESTER_EMAIL}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Date: Mon, 10 Nov 2025 09:52:17 +0000 (GMT)\r\n"
        "Message-ID: <20251110095217.4A1B2C0031@mx1.example.net>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "X-Synthetic-Test-Document: yes\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n"
        "\tboundary=\"4A1B2C0031.1762768337/mx1.example.net\"\r\n"
        "\r\n"
        "This is a MIME-encapsulated message.\r\n"
        "\r\n"
        "--4A1B2C0031.1762768337/mx1.example.net\r\n"
        "Content-Description: Notification\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "This is the mail system at host mx1.example.net.\r\n"
        "\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n"
        "\r\n"
        "                   The mail system\r\n"
        "\r\n"
        "<foi@wolverhampton.gov.uk>: host mail.wolverhampton.gov.uk[192.0.2.25] said:\r\n"
        "    552 5.2.2 Mailbox full; message rejected (in reply to end of DATA command)\r\n"
        "\r\n"
        "--4A1B2C0031.1762768337/mx1.example.net\r\n"
        "Content-Description: Delivery report\r\n"
        "Content-Type: message/delivery-status\r\n"
        "\r\n"
        "Reporting-MTA: dns; mx1.example.net\r\n"
        "Arrival-Date: Mon, 10 Nov 2025 09:52:11 +0000 (GMT)\r\n"
        "\r\n"
        "Final-Recipient: rfc822; foi@wolverhampton.gov.uk\r\n"
        "Action: failed\r\n"
        "Status: 5.2.2\r\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n"
        "\r\n"
        "--4A1B2C0031.1762768337/mx1.example.net\r\n"
        "Content-Description: Undelivered Message\r\n"
        "Content-Type: message/rfc822\r\n"
        "\r\n"
        f"From: {REQUESTER} <{REQUESTER_EMAIL}>\r\n"
        "To: foi@wolverhampton.gov.uk\r\n"
        "Subject: Freedom of Information request - bruising in non-mobile infants\r\n"
        "Date: Mon, 10 Nov 2025 09:52:10 +0000\r\n"
        "Message-ID: <CAJp9x0017@mail.example.net>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "Dear FOI team,\r\n\r\n"
        f"{PREAMBLE}\r\n\r\n{LEADIN}\r\n\r\n{orig_q}\r\n\r\n"
        f"Many thanks,\r\n{REQUESTER}\r\n"
        "\r\n"
        "--4A1B2C0031.1762768337/mx1.example.net--\r\n"
    )
    write_bytes(name, raw.encode("utf-8"))
    reject(name, "eml", "bounce")


# ======================================================================================
# TXT 1: Worcestershire -- case-system export, information not held for any question
# ======================================================================================
def worcestershire():
    name = "worcestershire-case-export.txt"
    WSCP = "https://www.safeguardingworcestershire.org.uk/"
    WO = ("Worcestershire County Council holds no recorded information within the scope of any "
          "part of your request. The Council has searched the records of Children's Services "
          "and Legal Services and found no record of a review of the bruising protocol, no "
          "papers about such a review, and no local definition of 'not independently mobile' "
          "separate from the multi-agency procedures. The Worcestershire Safeguarding Children "
          "Partnership is not a public authority under the Act. If it would help, you may wish "
          "to approach the partnership directly; its website is " + WSCP)
    qlines = "\n".join(wrap(f"  {i}) {q}", 88) for i, q in enumerate(QS, 1))
    text = f"""=====================================================================
 CASE SUMMARY EXPORT                      Worcestershire County Council
 Generated: 15/12/2025 16:44              Information Rights
=====================================================================
Case reference ....... WCC/FOI/2025/03362
Case type ............ Freedom of Information
Received ............. 18/11/2025
Due .................. 16/12/2025
Closed ............... 15/12/2025
Outcome code ......... NH  - Information not held
Assigned team ........ Children's Services
Requester ............ [redacted]
Subject .............. Bruising in non-mobile infants - safeguarding partnership review

---------------------------- REQUEST TEXT ----------------------------
{wrap(PREAMBLE, 88)}

{qlines}

---------------------------- RESPONSE TEXT ---------------------------
Dear Requester,

{wrap(WO, 88)}

Right of appeal: if you are unhappy with this response you can ask for an
internal review within 40 working days of the date of this response. You
can also complain to the Information Commissioner: {ICO_HOME}

Information Rights Team
Worcestershire County Council
----------------------------- END OF CASE ----------------------------

{SYNTH}
"""
    write_text(name, text)
    label(name, "txt", "Worcestershire County Council", "E10000034", "not_held", [None] * 5,
          ["not_held"] * 5, fields(), [WSCP, ICO_HOME])


# ======================================================================================
# TXT 2: Barking and Dagenham -- neither confirm nor deny, s40(5A)
# ======================================================================================
def barking():
    name = "barking-and-dagenham-ncnd.txt"
    SAR = ("https://www.lbbd.gov.uk/council-and-democracy/data-protection/"
           "subject-access-requests")
    paras = [
        "Thank you for your email of 13 November 2025. In it you set out five questions about "
        "the Council's policy on bruising in babies who are not independently mobile, and "
        "explained that you were asking because of the way a bruise on your own baby was dealt "
        "with by the Council earlier this year.",
        "The Freedom of Information Act gives a right of access to information that is released "
        "to the world at large. Because your request is framed around the handling of one "
        "family's case, confirming or denying whether the Council holds information of the kind "
        "you describe would itself disclose personal data about you and your child. The Council "
        "therefore neither confirms nor denies that it holds the information you have "
        "requested, relying on section 40(5A) of the Freedom of Information Act 2000. This "
        "response should not be taken as an indication that the information you requested is "
        "or is not held.",
        "If you wish to obtain information the Council holds about you or your child, you can "
        "make a subject access request under the UK General Data Protection Regulation: " + SAR,
        "If you would like to ask about the Council's policy in general terms, without reference "
        "to any individual case, you are welcome to send a fresh request and it will be handled "
        "under the Act in the usual way.",
        "If you are dissatisfied with this decision you may ask for an internal review within 40 "
        "working days. If you remain dissatisfied you may complain to the Information "
        "Commissioner at " + ICO_COMPLAIN + " or by post to " + ICO_POST + ".",
    ]
    text = ("London Borough of Barking and Dagenham\nInformation Governance\n"
            "Town Hall, 1 Town Square, Barking IG11 7LU\n\n"
            "Our ref: LBBD-FOI-25-6019\nDate: 5 December 2025\n\n"
            "Dear Ms Pemberton\n\n"
            "Freedom of Information request: bruising in non-mobile infants\n\n"
            + "\n\n".join(wrap(pp, 78) for pp in paras) +
            "\n\nYours sincerely\n\nT. Mensah\nInformation Governance Officer\n\n" + SYNTH + "\n")
    write_text(name, text, newline="\r\n")
    label(name, "txt", "London Borough of Barking and Dagenham", "E09000002", "refused",
          [None] * 5, ["refused"] * 5, fields(), [SAR, ICO_COMPLAIN], exemptions=["s40(5A)"])


# ======================================================================================
# TXT 3: Sutton -- plain letter, Q2 points to Q1, Q3 and Q4 answered together
# ======================================================================================
def sutton():
    name = "sutton-plain-letter.txt"
    SITE = "https://www.sutton.gov.uk/freedom-of-information"
    SUT1 = ("No. There has been no review since the Panel's guidance was published in September "
            "2022, and the guidance has not been considered by the partnership, so there are no "
            "review papers either.")
    SUT2 = "Please see our response to Q1."
    SUT34 = ("Sutton follows the London Safeguarding Children Procedures. Under those procedures "
             "a strategy discussion is held in every case of bruising in a baby who is not "
             "independently mobile. No changes have been made.")
    SUT5 = ("The definition has not changed. A baby who can roll is classed as mobile. Age is not "
            "used.")
    text = f"""LONDON BOROUGH OF SUTTON
Freedom of Information Team
Civic Offices, St Nicholas Way, Sutton

Reference: SUT/FOI/25/11478
Date: Friday 12th December 2025

Dear Jo

Your request about bruising in non-mobile infants

{wrap("You asked us five questions about the Panel's guidance of September 2022 on bruising in non-mobile infants. Our answers are below.", 76)}

{wrap("Q1) " + SUT1, 76)}

Q2) {SUT2}

{wrap("Q3 and Q4) " + SUT34, 76)}

{wrap("Q5) " + SUT5, 76)}

{wrap("You may re-use this information under the Open Government Licence. More about how we handle requests is at " + SITE, 76)}

{wrap("If you are not happy with our response you can ask for an internal review within 40 working days. If you are still not happy you can go to the Information Commissioner: " + ICO_HOME, 76)}

Regards

FOI Team
London Borough of Sutton

{SYNTH}
"""
    write_text(name, text)
    label(name, "txt", "London Borough of Sutton", "E09000029", "answered",
          [SUT1, SUT2, SUT34, SUT34, SUT5],
          ["answered", "see_other", "answered", "answered", "answered"],
          fields("none", None, "no", "yes", "no", "no", "no", "no", None),
          [SITE, ICO_HOME])


# ======================================================================================
# TXT 4 (reject): Newham -- acknowledgement quoting the five questions in full
# ======================================================================================
def newham():
    name = "newham-acknowledgement.txt"
    q = "\n\n".join(wrap(f"{i}. {qq}", 76) for i, qq in enumerate(QS_TYPO, 1))
    text = f"""From: Newham Information Governance <foi@newham.gov.uk>
To: {REQUESTER} <{REQUESTER_EMAIL}>
Date: 11/11/2025 16:02
Subject: Acknowledgement: Freedom of Information request ref NWM-FOI-7730

Dear {REQUESTER},

{wrap("Thank you for your request for information, which we received on 11 November 2025 and have logged under reference NWM-FOI-7730.", 76)}

Your request reads:

{wrap(PREAMBLE, 76)}

{LEADIN}

{q}

{wrap("We will respond as promptly as possible and in any case within 20 working days, which means by 9 December 2025. If we need to clarify anything, or if a fee is payable, we will contact you and the time limit will be paused.", 76)}

Please quote the reference above in any correspondence about this request.

Yours sincerely

Information Governance
London Borough of Newham

{SYNTH}
"""
    write_text(name, text)
    reject(name, "txt", "acknowledgement")


# ======================================================================================
def main():
    for fn in (gateshead, sandwell, walsall, coventry, middlesbrough,
               lewisham, telford, redbridge, stoke, solihull,
               sunderland, haringey, darlington, islington, redcar,
               hounslow, northumberland, south_tyneside, dudley, wolverhampton_bounce,
               worcestershire, barking, sutton, newham):
        fn()
    with open(path("labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(LABELS)} documents + labels.json to {OUT}")


if __name__ == "__main__":
    main()
