#!/usr/bin/env python3
"""Deterministic generator for the fresh_dec_g corpus.

Writes 24 synthetic documents (21 replies to the bruising round-robin FOI
request, three documents that are not replies) and labels.json.  Every word
of content is invented; council names and GSS codes are real.  Run with the
project's interpreter:  python make_fixtures.py
"""
import datetime
import html
import io
import json
import os
import re
import zipfile
from email import policy
from email.message import EmailMessage

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation dates and document IDs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor, Mm  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SYNTH = "Synthetic test document written for foi-responses; not a real council reply."
FIXED_DT = datetime.datetime(2026, 1, 20, 9, 0, 0)
LABELS = []

REQUESTER = "Sam Okafor"
REQUESTER_EMAIL = "sam.okafor.foi@example.net"

# The request, in this corpus's own words (one wording, as the requester sent it).
REQ_INTRO = (
    "In September 2022 the Child Safeguarding Practice Review Panel published a briefing on "
    "bruising in non-mobile infants. It asked every safeguarding partnership to look again at its "
    "policy on bruising in babies who are not yet mobile and to check that the policy fits the "
    "evidence base and national guidance.")
REQ_QS = [
    "Was their a review of your safeguarding policies after this guidance came out? If so, when "
    "did it happen and what did it conclude?",
    "Please provide any papers that record the outcome of that review.",
    "Does your policy require a section 47 investigation or a strategy discussion in all cases?",
    "What changes were made so that the policy is consistent with the evidence base and national "
    "guidelines?",
    "Has your definition of a child who is not independently mobile changed, and how is it now "
    "defined? In particular, do you define children who can roll as not independently mobile, "
    "and do you classify children as not independently mobile on the basis of their age?",
]


def request_text(salutation):
    lines = [salutation, "",
             "Please treat this as a request under the Freedom of Information Act 2000.", "",
             REQ_INTRO, ""]
    for i, q in enumerate(REQ_QS, 1):
        lines.append(f"{i}. {q}")
    lines += ["", "Yours faithfully,", "", REQUESTER]
    return "\n".join(lines)


NS = "not_stated"


def fields(review=NS, date=None, papers=NS, s47=NS, changes=NS, defchg=NS, rolling=NS,
           age=NS, months=None):
    return {"review_held": review, "review_date": date, "papers_provided": papers,
            "s47_all_cases": s47, "changes_made": changes, "definition_changed": defchg,
            "rolling_is_non_mobile": rolling, "age_based": age, "age_threshold_months": months}


def add_label(file, fmt, authority, code, outcome, exemptions, answers, status, flds, links,
              **extra):
    assert len(answers) == 5 and len(status) == 5
    entry = {"file": file, "format": fmt, "authority": authority, "authority_code": code}
    entry.update(extra)
    entry.update({
        "outcome": outcome,
        "exemptions": exemptions,
        "answers": {str(i + 1): a for i, a in enumerate(answers)},
        "status": {str(i + 1): s for i, s in enumerate(status)},
        "fields": flds,
        "links": links,
    })
    LABELS.append(entry)


def add_reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def paras(text):
    return [p for p in text.split("\n\n")]


def esc(s):
    return html.escape(s, quote=False)


URL_RE = re.compile(r"https?://[^\s<>\"')]+")


def linkify(s):
    """HTML-escape s and turn bare URLs into anchors (URL as the link text)."""
    out, pos = [], 0
    for m in URL_RE.finditer(s):
        url = m.group(0).rstrip(".,;")
        end = m.start() + len(url)
        out.append(esc(s[pos:m.start()]))
        out.append(f'<a href="{esc(url)}">{esc(url)}</a>')
        pos = end
    out.append(esc(s[pos:]))
    return "".join(out)


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(data)


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# --------------------------------------------------------------------------- PDF helpers

def numbered_canvas(decorate):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_states = []

        def showPage(self):
            self._saved_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_states)
            for state in self._saved_states:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()
    return NumberedCanvas


def build_pdf(story, title, author, decorate, margins=(22, 22, 30, 28)):
    buf = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=left * mm, rightMargin=right * mm, topMargin=top * mm,
        bottomMargin=bottom * mm, title=title, author=author,
        subject="Synthetic test document (foi-responses corpus)",
        keywords="synthetic, test document, not a real council reply",
        creator="foi-responses make_fixtures.py")
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return buf.getvalue()


def synth_footer(c, font="Helvetica", y=9 * mm):
    c.setFont(font, 6.5)
    c.setFillColor(colors.grey)
    c.drawString(20 * mm, y, SYNTH)
    c.setFillColor(colors.black)


# --------------------------------------------------------------------------- DOCX helpers

def new_docx(title, author, font="Calibri", size=11):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = SYNTH
    cp.keywords = "synthetic; test document; foi-responses"
    cp.subject = "Synthetic test document"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
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


def docx_footer(d, left_text=None, page_fmt="Page {PAGE} of {NUMPAGES}"):
    sec = d.sections[0]
    f = sec.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if left_text:
        p.add_run(left_text + "    ")
    parts = re.split(r"(\{PAGE\}|\{NUMPAGES\})", page_fmt)
    for part in parts:
        if part == "{PAGE}":
            add_field(p, "PAGE")
        elif part == "{NUMPAGES}":
            add_field(p, "NUMPAGES")
        elif part:
            p.add_run(part)
    s = f.add_paragraph()
    r = s.add_run(SYNTH)
    r.font.size = Pt(6.5)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def save_docx(d, name=None):
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    data = out.getvalue()
    if name:
        write_bytes(name, data)
    return data


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    cell.text = ""
    chunks = paras(text)
    first = True
    for chunk in chunks:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(chunk)
        run.bold = bold


# --------------------------------------------------------------------------- EML helpers

def eml_headers(msg, frm, to, subject, date, msgid, in_reply_to=None):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["MIME-Version"] = "1.0"
    msg["X-Synthetic-Test-Document"] = "yes"


def fix_boundaries(msg, stem):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"=_{stem}_{n:02d}_boundary")


def eml_bytes(msg):
    return msg.as_bytes(policy=policy.SMTP)


def quoted(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


# --------------------------------------------------------------------------- HTML helper

COOKIE_BANNER = """<div class="cookie-banner" role="region" aria-label="Cookies on this site">
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>"""


# =========================================================================== 1. Cumberland (PDF)

def doc_cumberland():
    name = "cumberland-letter.pdf"
    proc = "https://cumbriasafeguardingchildren.co.uk/procedures/bruising-non-mobile-babies"
    ico = "https://ico.org.uk/make-a-complaint/"
    ans = [
        "Yes. The Cumbria Safeguarding Children Partnership's Procedures and Practice Group carried "
        "out a review of the multi-agency protocol for bruising and injuries in non-mobile babies in "
        "March 2023. The review concluded that the protocol should keep its requirement for a prompt "
        "paediatric assessment, but that it should be clearer about when a referral to children's "
        "social care is needed and that the definition of mobility should be tightened. A revised "
        "protocol was agreed by the partnership's executive group and published later that spring.",
        "The revised protocol is published on the partnership's procedures site: " + proc +
        "\n\nThe report to the Procedures and Practice Group which summarised the review is attached "
        "to this letter as Appendix A.",
        "No. Every non-mobile baby with a bruise must be seen by a paediatrician, but a strategy "
        "discussion under section 47 is held only where the paediatric assessment, or the information "
        "gathered from the family and from other professionals, gives cause for concern. The decision "
        "and the reasons for it are recorded in every case.",
        "The main changes were a new initial appraisal step, led by the health professional who first "
        "sees the bruise, before any referral is made; clearer guidance on speaking with parents and "
        "explaining the process to them; an updated definition of not independently mobile (see "
        "question 5); and a leaflet for parents, which was reissued in 2023.",
        "Yes, the definition changed. The protocol previously described non-mobile babies only as "
        "those 'not yet crawling'. It now says a baby is not independently mobile if they are not able "
        "to crawl, bottom-shuffle, pull to stand, cruise or walk. A baby who can roll over is still "
        "regarded as not independently mobile. The protocol does not use an age limit: mobility is "
        "judged on what the individual child can do.",
    ]
    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=7)
    bold = ParagraphStyle("q", parent=base, fontName="Times-Bold", spaceBefore=6)
    ital = ParagraphStyle("i", parent=base, fontName="Times-Italic", leftIndent=12 * mm,
                          rightIndent=8 * mm)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, fontSize=10, leading=13)
    head = ParagraphStyle("h", parent=base, fontName="Times-Bold", fontSize=20, leading=24,
                          textColor=colors.HexColor("#1f4e79"))
    h2 = ParagraphStyle("h2", parent=base, fontName="Times-Bold", fontSize=13, spaceBefore=8)
    story = [
        Table([[Paragraph("Cumberland Council", head),
                Paragraph("Information Governance Team<br/>Civic Centre, Rickergate<br/>"
                          "Carlisle CA3 8QG<br/>foi@cumberland.gov.uk", right)]],
              colWidths=[95 * mm, 70 * mm],
              style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LINEBELOW", (0, 0), (-1, 0), 1.2,
                                 colors.HexColor("#1f4e79"))])),
        Spacer(1, 8 * mm),
        Paragraph("Our reference: FOI-CUM-2025-03381", base),
        Paragraph("Date: 9th December 2025", base),
        Spacer(1, 4 * mm),
        Paragraph("Dear Requester,", base),
        Paragraph("<b>Freedom of Information Act 2000 - request for information</b>", base),
        Paragraph("Thank you for your request, which we received on 18 November 2025. I can confirm "
                  "that the Council holds the information you asked for. Our response is set out "
                  "below, with each of your questions repeated in bold.", base),
        Paragraph(esc(REQ_INTRO), ital),
    ]
    for i, (q, a) in enumerate(zip(REQ_QS, ans), 1):
        story.append(Paragraph(f"{i}. {esc(q)}", bold))
        for p in paras(a):
            story.append(Paragraph(esc(p), base))
    story += [
        Spacer(1, 3 * mm),
        Paragraph("If you are unhappy with the way your request has been handled, you can ask for an "
                  "internal review within 40 working days of the date of this letter by writing to "
                  "foi@cumberland.gov.uk. If you remain dissatisfied after the review you may complain "
                  "to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
                  f"Cheshire SK9 5AF, or online at {ico}", base),
        Spacer(1, 4 * mm),
        Paragraph("Yours sincerely,", base),
        Spacer(1, 6 * mm),
        Paragraph("Alison Peart<br/>Information Governance Officer", base),
        PageBreak(),
        Paragraph("Appendix A - Report to the Procedures and Practice Group (summary)", h2),
        Paragraph("Purpose: to consider the national panel's briefing on bruising in non-mobile infants "
                  "against the current Cumbria protocol.", base),
        Paragraph("Findings: the protocol's emphasis on early paediatric assessment is supported by the "
                  "evidence. Practitioners reported uncertainty about whether every case must go to a "
                  "strategy discussion. The wording on mobility did not cover bottom-shuffling or "
                  "pulling to stand.", base),
        Paragraph("Recommendations: (1) add an initial appraisal step; (2) revise the definition of "
                  "mobility; (3) reissue the parent leaflet; (4) audit a sample of cases after six "
                  "months.", base),
        Paragraph("Decision: recommendations agreed, March 2023.", base),
    ]

    def decorate(c, page, total):
        c.setFont("Times-Roman", 9)
        c.drawRightString(A4[0] - 20 * mm, 15 * mm, f"Page {page} of {total}")
        if page > 1:
            c.drawString(20 * mm, A4[1] - 15 * mm, "Cumberland Council - FOI-CUM-2025-03381")
        synth_footer(c, "Times-Roman")

    write_bytes(name, build_pdf(story, "Response to FOI-CUM-2025-03381", "Cumberland Council",
                                decorate))
    add_label(name, "pdf", "Cumberland Council", "E06000063", "answered", [], ans,
              ["answered"] * 5,
              fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
              [proc, ico])


# =========================================================================== 2. Wokingham (DOCX)

def doc_wokingham():
    name = "wokingham-response-table.docx"
    ogl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    ico = "https://ico.org.uk/"
    qs_short = [
        "Was there a review of safeguarding policies after the Panel's guidance; when; what did it "
        "conclude?",
        "Papers on the outcome of the review",
        "Does the policy require a s47 investigation or strategy discussion in all cases?",
        "Changes made for consistency with the evidence base and national guidelines",
        "Changes to the definition of 'not independently mobile'; rolling; age",
    ]
    ans = [
        "No formal review was undertaken. The Panel's briefing was discussed by the Berkshire West "
        "Safeguarding Children Partnership Policy and Procedures Sub-Group on 12 December 2022. The "
        "sub-group compared the briefing with the existing Berkshire West protocol and agreed that the "
        "protocol already reflected it, so no further action was needed.",
        "There is no review report. The sub-group's discussion is recorded only in its action log, "
        "which notes that the protocol was judged to be compliant.",
        "No. The protocol requires a referral to children's social care and a paediatric assessment. "
        "Whether a strategy discussion is needed is decided after that assessment.",
        "None. No changes were needed.",
        "There has been no change to the definition. The protocol applies to babies who are not yet "
        "crawling, cruising or walking independently. Age is not used to decide whether a baby is "
        "mobile.",
    ]
    d = new_docx("FOI response WBC/FOI/25/1187", "Wokingham Borough Council", font="Arial",
                 size=10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Mm(20)
    hp = sec.header.paragraphs[0]
    hp.text = "Wokingham Borough Council  |  Freedom of Information"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_footer(d, page_fmt="{PAGE}")
    d.add_heading("Response to request WBC/FOI/25/1187", level=1)
    d.add_paragraph("Date of response: 04/12/2025")
    d.add_paragraph("Dear Sir/Madam,")
    d.add_paragraph("Thank you for your request for information, which we have handled under the "
                    "Freedom of Information Act 2000. Wokingham is one of the three councils in the "
                    "Berkshire West Safeguarding Children Partnership, with Reading and West "
                    "Berkshire. Our answers are given in the table below.")
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 2))
    cell_text(top, "Request: bruising in non-mobile infants (Berkshire West Safeguarding Children "
                   "Partnership)", bold=True)
    shade(top, "D9E2F3")
    for j, h in enumerate(["No.", "Question", "Response"]):
        cell_text(t.cell(1, j), h, bold=True)
        shade(t.cell(1, j), "F2F2F2")
    for i in range(5):
        cell_text(t.cell(i + 2, 0), str(i + 1))
        cell_text(t.cell(i + 2, 1), qs_short[i])
        cell_text(t.cell(i + 2, 2), ans[i])
    for row in t.rows:
        row.cells[0].width = Mm(12)
        row.cells[1].width = Mm(55)
        row.cells[2].width = Mm(100)
    d.add_paragraph("")
    d.add_paragraph("You may re-use the information in this response under the Open Government "
                    f"Licence: {ogl}")
    d.add_paragraph("If you are not satisfied with this response you can ask for an internal review. "
                    "Internal review requests should be sent to foi@wokingham.gov.uk within 40 "
                    "working days. If you are still not satisfied you can contact the Information "
                    f"Commissioner's Office at {ico}")
    d.add_paragraph("Freedom of Information Team\nWokingham Borough Council\nShute End, Wokingham, "
                    "RG40 1BN")
    save_docx(d, name)
    add_label(name, "docx", "Wokingham Borough Council", "E06000041", "answered", [], ans,
              ["answered"] * 5,
              fields("informal", "2022-12", "no", "no", "no", "no", NS, "no", None),
              [ogl, ico])


# =========================================================================== 3. Sunderland (HTML)

def doc_sunderland():
    name = "sunderland-disclosure-log.html"
    proc = "https://www.proceduresonline.com/nesubregion/p_bruising_nonmobile.html"
    qs = [
        "Was there a review of your safeguarding policies after the Panel's guidance? When was it "
        "and what did it conclude?",
        "Please provide any papers on the outcome of the review.",
        "Does your policy require a section 47 investigation or strategy discussion in all cases?",
        "What changes were made to provide consistency with the evidence base and national "
        "guidelines?",
        "Has the definition of not independently mobile changed, and how is it now defined (rolling; "
        "age)?",
    ]
    ans = [
        "Yes. Sunderland Safeguarding Children Partnership uses the North and South of Tyne "
        "multi-agency child protection procedures. The regional procedures group reviewed the chapter "
        "on bruising in non-mobile children in the spring of 2023, in the light of the Panel's "
        "briefing. It concluded that the chapter remained safe and broadly consistent with the "
        "evidence, but that the guidance on talking to parents and on recording decisions needed to "
        "be strengthened.",
        "The updated chapter is available online: Bruising in Non-Mobile Children. No separate review "
        "report was produced.",
        "Yes. Under the regional procedures every case of bruising in a non-mobile child is referred "
        "to children's social care and a strategy discussion is held in all cases, even where a likely "
        "innocent explanation has been given.",
        "The chapter was updated to add guidance on communicating with parents and carers, a "
        "requirement to record the reasons for each decision, and links to the ICON programme on "
        "coping with a crying baby.",
        "The definition itself was not changed. Babies who can roll over, but who cannot crawl, "
        "shuffle, cruise or walk, are regarded as not independently mobile.",
    ]
    ans_html = [esc(a) for a in ans]
    ans_html[1] = ('The updated chapter is available online: <a href="' + proc +
                   '">Bruising in Non-Mobile Children</a>. No separate review report was produced.')
    qa = "\n".join(
        f'      <p class="foi-q"><strong>{i}. {esc(q)}</strong></p>\n      <p>{a}</p>'
        for i, (q, a) in enumerate(zip(qs, ans_html), 1))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FOI 25/2291 Bruising in non-mobile infants - safeguarding policy review | Sunderland City Council</title>
<link rel="stylesheet" href="/themes/scc/css/main.css">
</head>
<body class="page-disclosure">
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
<a class="skip-link" href="#main">Skip to main content</a>
{COOKIE_BANNER}
<header class="site-header">
  <a class="logo" href="/"><img src="/themes/scc/img/logo.svg" alt="Sunderland City Council"></a>
  <form class="site-search" action="/search" role="search"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/children-and-families">Children and families</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/report-it">Report it</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/your-council">Your council</a></li>
    <li><a href="/foi">Freedom of information</a></li>
    <li><a href="/foi/disclosure-log">Disclosure log</a></li>
    <li aria-current="page">FOI 25/2291</li>
  </ol>
</nav>
<main id="main">
  <article class="disclosure">
    <h1>Bruising in non-mobile infants - safeguarding policy review</h1>
    <dl class="disclosure-meta">
      <dt>Reference</dt><dd>FOI 25/2291</dd>
      <dt>Date received</dt><dd>19 November 2025</dd>
      <dt>Date responded</dt><dd>11 December 2025</dd>
      <dt>Category</dt><dd>Children's services</dd>
    </dl>
    <section class="disclosure-request">
      <h2>Request</h2>
      <p>The requester referred to the Child Safeguarding Practice Review Panel's briefing of September 2022 on bruising in non-mobile babies and asked five questions about whether the council's safeguarding policies had been reviewed in response, and about the current policy.</p>
    </section>
    <section class="disclosure-response">
      <h2>Response</h2>
{qa}
    </section>
    <p class="published">Published 15 December 2025</p>
  </article>
  <aside class="related">
    <h2>Related pages</h2>
    <ul>
      <li><a href="/foi/make-a-request">Make a freedom of information request</a></li>
      <li><a href="/foi/disclosure-log?category=childrens-services">More children's services disclosures</a></li>
    </ul>
  </aside>
  <div class="feedback"><p>Was this page helpful?</p><a href="/feedback?page=foi-25-2291&amp;v=yes">Yes</a> <a href="/feedback?page=foi-25-2291&amp;v=no">No</a></div>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact-us">Contact us</a></li>
  </ul>
  <p>&copy; Sunderland City Council, City Hall, Plater Way, Sunderland SR1 3AA</p>
</footer>
</body>
</html>
"""
    write_text(name, page)
    add_label(name, "html", "Sunderland City Council", "E08000024", "answered", [], ans,
              ["answered"] * 5,
              fields("formal", "2023", "yes", "yes", "yes", "no", "yes", NS, None), [proc])


# =========================================================================== 4. Lewisham (EML)

def doc_lewisham():
    name = "lewisham-email-reply.eml"
    p1 = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising_non_mobile.html"
    p2 = "https://www.londonsafeguardingchildrenprocedures.co.uk/amendments.html"
    ico = "https://ico.org.uk/make-a-complaint/"
    ans = [
        "Yes. Lewisham follows the London Safeguarding Children Procedures. After the Panel published "
        "its briefing, the editorial board of the London procedures reviewed the bruising protocol, "
        "and the revised version was agreed in February 2023. It replaced the earlier version from "
        "2021. The board concluded that the protocol should make clear that not every bruise in a "
        "non-mobile baby needs a section 47 enquiry, and that professionals should first carry out an "
        "initial appraisal with the family.",
        f"The current protocol is here: {p1}\nThe record of changes for that update is at {p2}",
        "No. A strategy discussion is required where the appraisal, or the paediatric assessment, "
        "raises concerns. It is not automatic.",
        "The changes were the introduction of the initial appraisal, a flowchart for health "
        "practitioners, and new wording on how to share information with parents.",
        "Yes, the definition was updated in the February 2023 revision. A baby is regarded as not "
        "independently mobile until they can move about on their own by crawling, bottom shuffling, "
        "cruising or walking. Rolling over does not count as independent mobility, so a baby who can "
        "only roll is still treated as non-mobile. The definition is not based on age.",
    ]
    body = ["Dear Sam Okafor,", "",
            "Thank you for your email of 20 November. Please find our response below.", ""]
    for i, a in enumerate(ans, 1):
        body.append(f"{i}. {a}")
        body.append("")
    body += [
        "If you are dissatisfied with the handling of your request you can ask for an internal "
        "review by replying to this email within 40 working days. You also have the right to "
        f"complain to the Information Commissioner's Office: {ico}",
        "",
        "Kind regards",
        "",
        "Priya Natarajan",
        "Information Governance Officer | London Borough of Lewisham",
        "Laurence House, 1 Catford Road, London SE6 4RU",
        "",
        "-----Original Message-----",
        f"From: {REQUESTER} <{REQUESTER_EMAIL}>",
        "Sent: 20 November 2025 09:14",
        "To: FOI <foi@lewisham.gov.uk>",
        "Subject: Freedom of Information request - Bruising in non-mobile infants",
        "",
        request_text("Dear London Borough of Lewisham,"),
        "",
    ]
    msg = EmailMessage()
    eml_headers(msg, "FOI Team <foi@lewisham.gov.uk>", f"{REQUESTER} <{REQUESTER_EMAIL}>",
                "RE: Freedom of Information request - Bruising in non-mobile infants "
                "[LBL Ref: FOI-25-09912]",
                "Mon, 15 Dec 2025 14:32:07 +0000",
                "<20251215143207.FOI-25-09912@lewisham.gov.uk>",
                "<req-lewisham-20251120@example.net>")
    msg.set_content("\n".join(body), cte="quoted-printable")
    write_bytes(name, eml_bytes(msg))
    add_label(name, "eml", "London Borough of Lewisham", "E09000023", "answered", [], ans,
              ["answered"] * 5,
              fields("formal", "2023-02", "yes", "no", "yes", "yes", "yes", "no", None),
              [p1, p2, ico])


# =========================================================================== 5. Norfolk (PDF)

def doc_norfolk():
    name = "norfolk-foi-response.pdf"
    proc = ("https://www.norfolklscp.org.uk/professionals/policies-and-procedures/"
            "bruising-protocol")
    ogl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    ico = "https://ico.org.uk/"
    ans = [
        "Yes. Norfolk Safeguarding Children Partnership's Practice and Procedures Group reviewed the "
        "Bruising in Non-Mobile Infants protocol against the Panel's briefing. The review was signed "
        "off on 17.05.2023. It found that the protocol's threshold for referral was appropriate, but "
        "that practitioners needed clearer direction on when a child protection medical is required "
        "and on the role of the initial health appraisal.",
        "A summary of the review findings, taken from the paper presented to the Practice and "
        "Procedures Group, is reproduced in the annex to this letter. The current protocol can be "
        f"found at {proc}",
        "No, not in all cases. The protocol requires a referral to the Children's Advice and Duty "
        "Service (CADS) and a paediatric opinion. A strategy discussion takes place where concerns "
        "remain after those steps.",
        "The protocol was rewritten to include an initial appraisal by the health practitioner, a "
        "standard set of questions for parents, and a new section on the medical causes of bruising "
        "that must be ruled out.",
        "Yes. The revised protocol includes a fuller definition. A child is not independently mobile "
        "if they cannot move from place to place on their own. Babies who have learned to roll are "
        "considered to have begun moving independently and so are not treated as non-mobile under "
        "the protocol, although practitioners are reminded that rolling cannot explain bruising to "
        "every part of the body. There is no age threshold in the definition.",
    ]
    green = colors.HexColor("#00573f")
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    num = ParagraphStyle("n", parent=base, leftIndent=8 * mm, firstLineIndent=-8 * mm)
    cont = ParagraphStyle("c", parent=base, leftIndent=8 * mm)
    h = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=12, textColor=green,
                       spaceBefore=8)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
    info = Table(
        [[Paragraph("<b>Our reference</b>", small), Paragraph("FOI/NCC/25-4418", small)],
         [Paragraph("<b>Received</b>", small), Paragraph("17 November 2025", small)],
         [Paragraph("<b>Response date</b>", small), Paragraph("12 December 2025", small)],
         [Paragraph("<b>Subject</b>", small),
          Paragraph("Bruising in non-mobile infants - review of safeguarding policy", small)]],
        colWidths=[40 * mm, 120 * mm],
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9fb8ad")),
                          ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6efeb")),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Spacer(1, 2 * mm), info, Spacer(1, 6 * mm),
        Paragraph("Dear Sam Okafor", base),
        Paragraph("Thank you for your request for information about the Child Safeguarding Practice "
                  "Review Panel's briefing on bruising in non-mobile infants. We have dealt with it "
                  "under the Freedom of Information Act 2000. Our answers are numbered to match the "
                  "five questions in your request.", base),
        Paragraph("Our response", h),
    ]
    for i, a in enumerate(ans, 1):
        ps = paras(a)
        story.append(Paragraph(f"{i}.&nbsp;&nbsp;&nbsp;{esc(ps[0])}", num))
        for p in ps[1:]:
            story.append(Paragraph(esc(p), cont))
    story += [
        Paragraph("Re-use of information", h),
        Paragraph("Unless stated otherwise, the information in this letter may be re-used under the "
                  f"Open Government Licence v3.0: {ogl}", base),
        Paragraph("Your right to complain", h),
        Paragraph("If you are unhappy with this response you may ask for an internal review by "
                  "writing to the Information Compliance Team, County Hall, Martineau Lane, Norwich "
                  "NR1 2DH, or by emailing infocompliance@norfolk.gov.uk. If you are still unhappy "
                  "after the review you can complain to the Information Commissioner's Office "
                  f"({ico}).", base),
        Spacer(1, 5 * mm),
        Paragraph("Yours sincerely<br/><br/>Information Compliance Team<br/>Norfolk County Council",
                  base),
        PageBreak(),
        Paragraph("Annex - Summary of review findings (Practice and Procedures Group, May 2023)", h),
        Table([[Paragraph("<b>Area</b>", small), Paragraph("<b>Finding</b>", small),
                Paragraph("<b>Action</b>", small)],
               [Paragraph("Referral threshold", small),
                Paragraph("Consistent with the briefing and with NICE guidance.", small),
                Paragraph("No change.", small)],
               [Paragraph("Initial appraisal", small),
                Paragraph("Not described in the 2021 protocol.", small),
                Paragraph("New section added.", small)],
               [Paragraph("Definition of mobility", small),
                Paragraph("Too brief; practitioners unsure about rolling.", small),
                Paragraph("Definition expanded.", small)],
               [Paragraph("Information for parents", small),
                Paragraph("No standard questions for parents.", small),
                Paragraph("Question set added.", small)]],
              colWidths=[40 * mm, 70 * mm, 50 * mm], repeatRows=1,
              style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6efeb")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")])),
    ]

    def decorate(c, page, total):
        w, hgt = A4
        c.setFillColor(green)
        c.rect(0, hgt - 22 * mm, w, 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(20 * mm, hgt - 14 * mm, "Norfolk County Council")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(w - 20 * mm, hgt - 14 * mm, "Information Compliance | FOI/NCC/25-4418")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, 16 * mm, f"Page {page} of {total}")
        synth_footer(c)

    write_bytes(name, build_pdf(story, "FOI/NCC/25-4418 response", "Norfolk County Council",
                                decorate, margins=(22, 22, 32, 28)))
    add_label(name, "pdf", "Norfolk County Council", "E10000020", "answered", [], ans,
              ["answered"] * 5,
              fields("formal", "2023-05", "yes", "no", "yes", "yes", "no", "no", None),
              [proc, ogl, ico])


# =========================================================================== 6. Solihull (DOCX)

def doc_solihull():
    name = "solihull-bold-questions.docx"
    proc = "https://westmidlands.procedures.org.uk/local-content/bruising-non-mobile"
    q1_intro = (
        "Yes. Solihull Safeguarding Children Partnership follows the West Midlands Regional "
        "Safeguarding Children Procedures. The regional procedures group reviewed its guidance on "
        "bruising in babies and children who are not independently mobile in July 2023, in response "
        "to the Panel's briefing, and the guidance was revised and reissued in September 2023. The "
        "group concluded:")
    q1_items = [
        "that an initial appraisal by the practitioner who first sees the bruise should come before "
        "any referral;",
        "that the guidance should make clear that a strategy discussion is not needed in every case;",
        "that the existing definition of mobility was sound and should be kept.",
    ]
    q1_after = ("The partnership also intends to consider the December 2025 update to NICE guideline "
                "CG89 during 2026.")
    ans = [
        q1_intro + "\n" + "\n".join(q1_items) + "\n\n" + q1_after,
        f"The revised regional guidance is published at {proc} . A copy of the regional group's "
        "briefing note of July 2023 is attached to this response.",
        "No.",
        "Please see our answer to question 1.",
        "The definition did not change. Under the regional guidance a baby is regarded as not "
        "independently mobile if they are under 6 months of age, or if they are older but not yet "
        "crawling, bottom shuffling, pulling to stand, cruising or walking. Rolling over is not "
        "counted as independent mobility.",
    ]
    d = new_docx("Freedom of Information Request 2025/FOI/0987", "Solihull Council",
                 font="Calibri", size=11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "SOLIHULL METROPOLITAN BOROUGH COUNCIL"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    docx_footer(d, left_text="2025/FOI/0987", page_fmt="Page {PAGE}")
    d.add_heading("Freedom of Information Request - Reference 2025/FOI/0987", level=1)
    d.add_paragraph("Date: 8 December 2025")
    d.add_paragraph("Dear Requester")
    d.add_paragraph("Thank you for your request for information received on 17 November 2025. Your "
                    "questions are shown in bold, with our responses beneath each one.")
    for i, (q, a) in enumerate(zip(REQ_QS, ans), 1):
        p = d.add_paragraph()
        p.add_run(f"{i}. {q}").bold = True
        if i == 1:
            d.add_paragraph(q1_intro)
            for item in q1_items:
                d.add_paragraph(item, style="List Bullet")
            d.add_paragraph(q1_after)
        else:
            for chunk in paras(a):
                d.add_paragraph(chunk)
    d.add_paragraph("The information supplied is subject to copyright. You may re-use it under the "
                    "terms of the Open Government Licence.")
    d.add_paragraph("If you are unhappy with the way your request has been dealt with, you may ask "
                    "for an internal review within 40 working days. If you are still unhappy you can "
                    "write to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, "
                    "Cheshire SK9 5AF.")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Information Governance Team\nSolihull Council\nCouncil House, Manor Square, "
                    "Solihull B91 3QB")
    save_docx(d, name)
    add_label(name, "docx", "Solihull Metropolitan Borough Council", "E08000029", "answered", [],
              ans, ["answered", "answered", "answered", "see_other", "answered"],
              fields("formal", "2023-07", "yes", "no", "yes", "no", "yes", "yes", 6), [proc])


# =========================================================================== 7. Calderdale (TXT)

def doc_calderdale():
    name = "calderdale-letter.txt"
    ico = "https://ico.org.uk"
    ans = [
        "I can confirm that no review took place. Neither the council nor Calderdale Safeguarding "
        "Children Partnership reviewed or discussed its bruising protocol in response to the Panel's "
        "briefing, and the briefing was not considered at any partnership meeting.",
        "As there was no review, there are no papers about its outcome.",
        "Our protocol does require a strategy discussion in every case. Whenever a bruise is seen on "
        "a baby who is not independently mobile, a referral is made to the Multi-Agency Screening "
        "Team and a strategy discussion is convened, whatever explanation is offered.",
        "No changes have been made to the protocol since it was last updated in 2021.",
        "The definition has not changed. A baby is described as not independently mobile if they are "
        "not yet crawling, cruising, bottom shuffling or walking.",
    ]
    text = f"""Calderdale Metropolitan Borough Council
Information Governance
Town Hall, Crossley Street, Halifax HX1 1UJ

Our reference: CMBC-IG-48213
Date: 3 December 2025

Dear Sam Okafor

Request for information: bruising in non-mobile babies

Thank you for your request, which we received on 18 November 2025 and have dealt with under the Freedom of Information Act 2000. You asked whether our safeguarding policies were reviewed following the Child Safeguarding Practice Review Panel's briefing of September 2022, for any papers about that review, and for details of our current policy on bruising in babies who are not yet mobile.

{ans[0]} {ans[1]}

{ans[2]}

{ans[3]} {ans[4]}

You can re-use this information under the terms of the Open Government Licence. If you are not satisfied with the way we have handled your request, please write to the Information Governance Team at the address above within 40 working days, and we will carry out an internal review. If you remain unhappy after that, you can complain to the Information Commissioner at {ico}

Yours sincerely

Mark Ingham
Information Governance Officer

{SYNTH}
"""
    write_text(name, text)
    add_label(name, "txt", "Calderdale Metropolitan Borough Council", "E08000033", "answered", [],
              ans, ["answered"] * 5,
              fields("none", None, "no", "yes", "no", "no", NS, NS, None), [ico])


# =========================================================================== 8. Wiltshire (HTML)

def doc_wiltshire():
    name = "wiltshire-foi-page.html"
    proc = "https://www.wiltshiresvpp.org.uk/professionals/bruising-protocol"
    ico = "https://ico.org.uk/make-a-complaint/"
    ans = [
        "There was no formal review. The Panel's briefing was taken to the Wiltshire Safeguarding "
        "Vulnerable People Partnership's policy and procedures subgroup at its meeting on 19th January "
        "2023. Members compared the briefing with the Wiltshire protocol and agreed that the protocol "
        "was already consistent with it.",
        "There are no papers. As no formal review took place, no report was written.",
        "No. The protocol requires an initial health assessment by a paediatrician, after which the "
        "need for a strategy discussion is decided by children's social care together with health "
        "colleagues.",
        "No changes were made.",
        "The definition has not changed. Any child who has not reached their first birthday is "
        "treated as not independently mobile under the protocol, whatever their stage of "
        "development, so a baby who can roll is included. The protocol can be read at " + proc,
    ]
    qa = []
    for i, (q, a) in enumerate(zip(REQ_QS, ans), 1):
        qa.append(f'        <div class="qa">\n          <p class="q"><span class="lbl">Q{i}</span> '
                  f'{esc(q)}</p>\n          <p class="a"><span class="lbl">A</span> {linkify(a)}</p>\n'
                  f'        </div>')
    qa = "\n".join(qa)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>FOI response: bruising in non-mobile infants - Wiltshire Council</title>
  <link rel="stylesheet" href="/site/styles/wiltshire.css">
</head>
<body>
  <!-- Synthetic test document written for foi-responses; not a real council reply. -->
  {COOKIE_BANNER}
  <div class="topbar">
    <a href="/"><img src="/site/images/wiltshire-council-logo.png" alt="Wiltshire Council"></a>
    <ul class="quick-links">
      <li><a href="/my-account">My account</a></li>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </div>
  <div class="breadcrumbs">
    <a href="/">Home</a> &gt; <a href="/council-democracy">Council and democracy</a> &gt;
    <a href="/foi">Freedom of information</a> &gt; <a href="/foi-responses">FOI responses</a> &gt;
    <span>Bruising in non-mobile infants</span>
  </div>
  <div class="layout">
    <nav class="sidebar">
      <h2>Freedom of information</h2>
      <ul>
        <li><a href="/foi/how-to-request">How to make a request</a></li>
        <li class="active"><a href="/foi-responses">FOI responses</a></li>
        <li><a href="/foi/publication-scheme">Publication scheme</a></li>
        <li><a href="/foi/transparency">Transparency data</a></li>
      </ul>
    </nav>
    <div class="content" id="content">
      <h1>FOI response: bruising in non-mobile infants</h1>
      <p class="meta">Request ID: WC-FOI-25-10643 &middot; Response sent: 16/12/2025 &middot; Service area: Families and Children's Services</p>
      <div class="summary">
        <p>We were asked about the Child Safeguarding Practice Review Panel's September 2022 briefing on bruising in non-mobile infants. The request and our answers are set out below.</p>
        <p class="intro"><em>{esc(REQ_INTRO)}</em></p>
      </div>
      <div class="qa-list">
{qa}
      </div>
      <p>If you are unhappy with this response you may ask for an internal review by contacting foi@wiltshire.gov.uk. You can also complain to the Information Commissioner: <a href="{ico}">{ico}</a></p>
      <p class="updated">Page last updated: 18 December 2025</p>
    </div>
  </div>
  <footer>
    <ul>
      <li><a href="/accessibility-statement">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/terms">Terms and conditions</a></li>
    </ul>
    <p>Wiltshire Council, County Hall, Bythesea Road, Trowbridge BA14 8JN</p>
  </footer>
</body>
</html>
"""
    write_text(name, page)
    add_label(name, "html", "Wiltshire Council", "E06000054", "answered", [], ans,
              ["answered"] * 5,
              fields("informal", "2023-01", "no", "no", "no", "no", "yes", "yes", 12),
              [proc, ico])


# =========================================================================== 9. Rotherham (EML, HTML only)

def doc_rotherham():
    name = "rotherham-html-email.eml"
    proc = "https://sycp.proceduresonline.com/chapters/p_bruising.html"
    ico = "https://ico.org.uk/make-a-complaint/"
    ans = [
        "Yes. Rotherham Safeguarding Children Partnership uses the South Yorkshire child protection "
        "procedures. The South Yorkshire procedures group reviewed the bruising chapter following "
        "the Panel's briefing, and the review was completed in January 2024. It concluded that the "
        "chapter should move away from automatic referral for a strategy discussion and adopt a "
        "staged approach, starting with an appraisal by the practitioner and a paediatric opinion. "
        f"The revised chapter is published at {proc}",
        "See answer to Q1.",
        "No - not in every case. A strategy discussion is held where the appraisal or the paediatric "
        "opinion indicates that the bruise may be the result of harm, or where the explanation given "
        "does not fit the injury.",
        "The staged approach described above, a new checklist for practitioners, and guidance on "
        "explaining the process to parents.",
        "Yes. The definition was expanded. Babies who can roll from front to back or back to front "
        "are now regarded as mobile for the purposes of the chapter, but any bruising that cannot be "
        "explained by rolling should still be discussed with a paediatrician. Age is not part of the "
        "definition.",
    ]
    rows = []
    for i, (q, a) in enumerate(zip(REQ_QS, ans), 1):
        rows.append(f'<p style="margin:14px 0 4px 0"><b>Q{i}. {esc(q)}</b></p>\n'
                    f'<p style="margin:0 0 10px 0"><span style="color:#1a5276">Response:</span> '
                    f'{linkify(a)}</p>')
    body = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Mr Okafor,</p>
<p><b>Freedom of Information request - reference 2025-FOI-6630</b></p>
<p>Thank you for your request received on 17/11/2025. The Council's response to each of your questions is given below.</p>
{chr(10).join(rows)}
<p>If you are not happy with this response you can request an internal review within 40 working days by replying to this email. If you are then still dissatisfied you may complain to the Information Commissioner's Office at <a href="{ico}">{ico}</a>.</p>
<p>Regards,</p>
<table style="border-top:2px solid #6a1b9a;font-size:9pt;color:#444"><tr><td>
<b>Freedom of Information Team</b><br>
Rotherham Metropolitan Borough Council<br>
Riverside House, Main Street, Rotherham S60 1AE<br>
Tel: 01709 382121
</td></tr></table>
</body>
</html>
"""
    msg = EmailMessage()
    eml_headers(msg, "Rotherham MBC FOI <foi@rotherham.gov.uk>", f"<{REQUESTER_EMAIL}>",
                "Freedom of Information request - reference 2025-FOI-6630",
                "Wed, 10 Dec 2025 11:05:44 +0000",
                "<8f2c1a9e-6630-4c7b-9d1e-rmbc-foi@rotherham.gov.uk>")
    msg.set_content(body, subtype="html", cte="base64")
    write_bytes(name, eml_bytes(msg))
    add_label(name, "eml", "Rotherham Metropolitan Borough Council", "E08000018", "answered", [],
              ans, ["answered", "see_other", "answered", "answered", "answered"],
              fields("formal", "2024-01", "yes", "no", "yes", "yes", "no", "no", None),
              [proc, ico])


# =========================================================================== 10. Devon (DOCX)

def doc_devon():
    name = "devon-lettered-answers.docx"
    proc = "https://www.devonchildrenandfamiliespartnership.org.uk/bruising-protocol/"
    ico = "https://ico.org.uk/"
    d_intro = "The changes were:"
    d_items = [
        "a revised definition of not independently mobile;",
        "a new initial appraisal section for health practitioners;",
        "clarification that the paediatric assessment should normally take place on the same day;",
        "an updated leaflet for parents and carers.",
    ]
    ans = [
        "Yes. The Devon Children and Families Partnership reviewed its Bruising Protocol for "
        "Non-Mobile Babies in November 2022, shortly after the Panel's briefing. The review concluded "
        "that the protocol was broadly consistent with the evidence base, but that its definition of "
        "mobility and its guidance on initial appraisal should be updated.",
        "The review report presented to the partnership's Quality and Effectiveness Group is attached "
        "(Bruising protocol review - November 2022.pdf). The updated protocol can be found at "
        + proc,
        "No. Section 47 enquiries are not automatic. A non-mobile baby with a bruise is referred for a "
        "paediatric assessment on the same day, and a strategy discussion follows where the "
        "assessment or other information gives rise to concern.",
        d_intro + "\n" + "\n".join(d_items),
        "Yes. The definition was revised. The protocol now treats all babies under 26 weeks of age "
        "as not independently mobile. Above that age, a baby who can roll but cannot crawl, "
        "bottom-shuffle, pull to stand or cruise is also regarded as not independently mobile.",
    ]
    short_q = [
        "Was there a review of your safeguarding policies after the guidance, when, and what did it "
        "conclude?",
        "Papers on the outcome of the review.",
        "Does your policy require a s47 investigation or strategy discussion in all cases?",
        "What changes were put in place for consistency with the evidence base and national "
        "guidelines?",
        "Has the definition of not independently mobile changed; how is it defined; are babies who "
        "roll included; is age used?",
    ]
    d = new_docx("DCC/FOI/25/07741", "Devon County Council", font="Arial", size=10.5)
    sec = d.sections[0]
    hdr = sec.header.paragraphs[0]
    hdr.text = "OFFICIAL"
    hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_footer(d, page_fmt="{PAGE} / {NUMPAGES}")
    lh = d.add_table(rows=1, cols=2)
    lh.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = lh.rows[0].cells
    r = c0.paragraphs[0].add_run("Devon County Council")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x5a, 0x8c)
    c1.text = ("Information Governance\nCounty Hall, Topsham Road\nExeter EX2 4QD\n"
               "foi@devon.gov.uk")
    for p in c1.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("")
    d.add_paragraph("Ref: DCC/FOI/25/07741\n19 December 2025")
    d.add_heading("Your request for information: bruising in non-mobile babies", level=2)
    d.add_paragraph("Dear Mr Okafor,")
    d.add_paragraph("Thank you for your request. You asked five questions, which we have labelled "
                    "(a) to (e) below.")
    letters = "abcde"
    for i in range(5):
        p = d.add_paragraph()
        p.add_run(f"({letters[i]}) {short_q[i]}").bold = True
        if i == 3:
            d.add_paragraph(d_intro)
            for item in d_items:
                d.add_paragraph(item, style="List Number")
        else:
            for chunk in paras(ans[i]):
                d.add_paragraph(chunk)
    d.add_paragraph("You can ask for an internal review of our response by emailing "
                    "foi@devon.gov.uk within 40 working days of the date of this letter. If you are "
                    "not content with the outcome of the review, you may complain to the Information "
                    f"Commissioner: {ico}")
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Helen Drury\nInformation Governance Officer")
    d.add_paragraph("Enc. Bruising protocol review - November 2022.pdf")
    save_docx(d, name)
    add_label(name, "docx", "Devon County Council", "E10000008", "answered", [], ans,
              ["answered"] * 5,
              fields("formal", "2022-11", "yes", "no", "yes", "yes", "yes", "yes", 6),
              [proc, ico])


# =========================================================================== 11. Tameside (EML + PDF attachment)

def doc_tameside():
    name = "tameside-attached-letter.eml"
    proc = "https://greatermanchesterscb.proceduresonline.com/chapters/p_bruising_non_mobile.html"
    ico = "https://ico.org.uk/make-a-complaint/"
    ans = [
        "The Panel's briefing was considered by the Tameside Safeguarding Children Partnership in "
        "April 2023, at its Learning and Improvement Subgroup. There was no formal review. The "
        "subgroup noted that Tameside follows the Greater Manchester Safeguarding Procedures, which "
        "already set out a staged response, and agreed that no local change was required.",
        "There are no papers to provide, as no review took place.",
        "No. The Greater Manchester procedure requires a referral to children's social care and an "
        "assessment by a paediatrician. A strategy discussion is held where the information gathered "
        "suggests that the child may be at risk of significant harm.",
        "No changes were made.",
        "The definition has not changed. The Greater Manchester procedure describes a baby who is not "
        "independently mobile as one who is not yet crawling, bottom shuffling, pulling to stand, "
        "cruising or walking. The procedure is available at " + proc,
    ]
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    q = ParagraphStyle("q", parent=base, fontName="Helvetica-Oblique", textColor=colors.HexColor(
        "#333333"), spaceBefore=6)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14)
    story = [
        Paragraph("Tameside Metropolitan Borough Council", title),
        Paragraph("Tameside One, Market Place, Ashton-under-Lyne OL6 6BH", base),
        Spacer(1, 5 * mm),
        Paragraph("Freedom of Information Act 2000 - Request TMBC-FOI-8841", base),
        Paragraph("Date: 16 December 2025", base),
        Spacer(1, 3 * mm),
        Paragraph("Dear Sam Okafor,", base),
        Paragraph("We have now considered your request about the Child Safeguarding Practice Review "
                  "Panel's briefing on bruising in non-mobile infants. Your questions are shown in "
                  "italics, followed by our answers.", base),
    ]
    for i, (qq, a) in enumerate(zip(REQ_QS, ans), 1):
        story.append(Paragraph(f"Question {i}: {esc(qq)}", q))
        for p in paras(a):
            story.append(Paragraph(esc(p), base))
    story += [
        Paragraph("If you are dissatisfied with the way your request has been handled you may ask "
                  "for an internal review by writing to the Information Governance Team at the "
                  "address above. You may also complain to the Information Commissioner's Office "
                  f"at {ico}", base),
        Spacer(1, 4 * mm),
        Paragraph("Information Governance Team<br/>Tameside Metropolitan Borough Council", base),
    ]

    def decorate(c, page, total):
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 20 * mm, 15 * mm, f"{page}")
        synth_footer(c)

    pdf = build_pdf(story, "TMBC-FOI-8841 response", "Tameside MBC", decorate)
    msg = EmailMessage()
    eml_headers(msg, "Tameside Information Governance <foi@tameside.gov.uk>",
                f"{REQUESTER} <{REQUESTER_EMAIL}>",
                "Your Freedom of Information request TMBC-FOI-8841",
                "Tue, 16 Dec 2025 16:48:10 +0000",
                "<TMBC-FOI-8841.20251216164810@tameside.gov.uk>")
    msg.set_content(
        "Dear Sam Okafor,\n\n"
        "Please find attached the Council's response to your Freedom of Information request "
        "(ref. TMBC-FOI-8841) about bruising in non-mobile infants.\n\n"
        "Kind regards,\n\n"
        "Information Governance Team\n"
        "Tameside Metropolitan Borough Council\n\n"
        "This email and any attachments are confidential and intended only for the addressee. If "
        "you have received it in error please tell the sender and delete it.\n",
        cte="7bit")
    msg.add_attachment(pdf, maintype="application", subtype="pdf",
                       filename="TMBC-FOI-8841 response.pdf")
    fix_boundaries(msg, "tameside")
    write_bytes(name, eml_bytes(msg))
    add_label(name, "eml", "Tameside Metropolitan Borough Council", "E08000008", "answered", [],
              ans, ["answered"] * 5,
              fields("informal", "2023-04", "no", "no", "no", "no", NS, NS, None), [proc, ico])


# =========================================================================== 12. Gateshead (TXT case export)

def doc_gateshead():
    name = "gateshead-case-export.txt"
    proc = "https://www.gatesheadsafeguarding.org.uk/professionals/bruising-protocol"
    ico = "https://ico.org.uk/"
    ans = [
        "Yes. Gateshead Safeguarding Children Partnership reviewed its local bruising protocol, which "
        "sits alongside the North and South of Tyne procedures, during 2023. The review found the "
        "protocol in line with the Panel's briefing in most respects and recommended clearer "
        "guidance on the initial appraisal.",
        f"Review summary attached (GSCP Bruising Protocol Review 2023.docx). Protocol: {proc}",
        "Not in all cases. A strategy discussion is held where the paediatric assessment or the "
        "social care checks raise a concern.",
        "Protocol updated to include an initial appraisal flowchart and a parent information sheet.",
        "No change to the definition. Non-mobile means not yet crawling, cruising or walking; a baby "
        "who can roll is still treated as non-mobile. No age test is applied.",
    ]
    lines = [
        "================================================================",
        " CASE EXPORT  -  Information Requests Module",
        " Exported: 10/12/2025 15:22   User: IG_ADMIN3",
        "================================================================",
        "Case Reference : GMBC/FOI/25/03156",
        "Case Type      : Freedom of Information",
        "Status         : Closed - Information provided",
        "Received       : 17/11/2025",
        "Due            : 15/12/2025",
        "Closed         : 10/12/2025",
        "Directorate    : Children, Adults and Families",
        "Requester      : S. Okafor (email)",
        "Subject        : Bruising in non-mobile infants - policy review",
        "",
        "---- Request Details -------------------------------------------",
        "Requester asks five questions about the review of safeguarding policy on bruising in",
        "non-mobile infants following the national panel's September 2022 briefing: whether there",
        "was a review and its outcome; papers; whether s47 / strategy discussion is required in all",
        "cases; changes made; the definition of not independently mobile (rolling, age).",
        "",
        "---- Response --------------------------------------------------",
    ]
    for i, a in enumerate(ans, 1):
        lines.append(f"Q{i} Response: {a}")
        lines.append("")
    lines += [
        "---- Attachments -----------------------------------------------",
        "1. GSCP Bruising Protocol Review 2023.docx (48 KB)",
        "",
        "---- Standard Text ---------------------------------------------",
        "Appeal rights paragraph issued: internal review within 40 working days to",
        "foi@gateshead.gov.uk; complaint to the Information Commissioner (" + ico + ").",
        "Re-use: Open Government Licence paragraph issued.",
        "",
        "---- Case History ----------------------------------------------",
        "17/11/2025 09:41  Case logged (email)",
        "18/11/2025 10:02  Acknowledgement sent",
        "19/11/2025 14:15  Assigned to Children's Safeguarding Unit",
        "08/12/2025 11:30  Draft response received from service",
        "10/12/2025 15:20  Response issued; case closed",
        "================================================================",
        "",
        SYNTH,
        "",
    ]
    write_text(name, "\n".join(lines))
    add_label(name, "txt", "Gateshead Council", "E08000037", "answered", [], ans,
              ["answered"] * 5,
              fields("formal", "2023", "yes", "no", "yes", "no", "yes", "no", None), [proc, ico])


# =========================================================================== 13. Staffordshire (PDF, Q/A)

def doc_staffordshire():
    name = "staffordshire-qa-letter.pdf"
    proc = "https://www.ssscb.org.uk/procedures/bruising-non-mobile-babies/"
    ogl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    ico = "https://ico.org.uk/make-a-complaint/"
    a45 = ("Questions 4 and 5: the revision removed the automatic referral for a section 47 enquiry, "
           "introduced an initial appraisal, and replaced the old definition of mobility. Under the "
           "new definition a baby is independently mobile once they can move themselves from one "
           "place to another, including by rolling; a baby who can roll is therefore not counted as "
           "non-mobile. The definition does not depend on age.")
    ans = [
        "Yes. The Staffordshire and Stoke-on-Trent Safeguarding Children Partnership reviewed its "
        "Bruising in Non-Mobile Babies guidance in February 2025, as part of a scheduled update which "
        "took the Panel's 2022 briefing into account. The review concluded that the guidance should "
        "be brought fully into line with the briefing, in particular by removing automatic referral "
        "for section 47 enquiries.",
        f"The revised guidance is available here: {proc} . The paper taken to the partnership's "
        "Procedures Group is enclosed.",
        "No. Since the February 2025 revision, a strategy discussion is held only where the initial "
        "appraisal and the paediatric assessment indicate possible harm.",
        a45,
        a45,
    ]
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    qst = ParagraphStyle("q", parent=base, fontName="Helvetica-Bold", spaceBefore=8,
                         textColor=colors.HexColor("#7a1f2b"))
    ast = ParagraphStyle("a", parent=base, leftIndent=7 * mm)
    mono = ParagraphStyle("m", parent=base, fontName="Courier", fontSize=9)
    story = [
        Paragraph("<font size=15><b>Staffordshire County Council</b></font>", base),
        Paragraph("Information Governance Unit, Staffordshire Place 1, Tipping Street, Stafford "
                  "ST16 2DH", base),
        Spacer(1, 5 * mm),
        Paragraph("Reference: SCC FOI 2025/4102", mono),
        Paragraph("22 December 2025", base),
        Spacer(1, 3 * mm),
        Paragraph("Dear Sir or Madam", base),
        Paragraph("<b>Freedom of Information request: bruising in non-mobile infants</b>", base),
        Paragraph("Thank you for your request of 17 November 2025. We apologise that our reply is "
                  "later than the statutory 20 working days. Staffordshire County Council shares a "
                  "safeguarding children partnership with Stoke-on-Trent City Council, and the "
                  "answers below describe the partnership's guidance.", base),
    ]
    for i in range(3):
        story.append(Paragraph(f"Q{i + 1}. {esc(REQ_QS[i])}", qst))
        for p in paras(ans[i]):
            story.append(Paragraph("A. " + esc(p), ast))
    story.append(Paragraph(f"Q4. {esc(REQ_QS[3])}", qst))
    story.append(Paragraph(f"Q5. {esc(REQ_QS[4])}", qst))
    story.append(Paragraph("A. " + esc(a45), ast))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(f"You may re-use this information under the Open Government Licence ({ogl}).",
                  base),
        Paragraph("If you are dissatisfied with our response, please ask for an internal review "
                  "within 40 working days. You also have the right to complain to the Information "
                  f"Commissioner: {ico}", base),
        Spacer(1, 5 * mm),
        Paragraph("Yours faithfully", base),
        Paragraph("Information Governance Unit", base),
    ]

    def decorate(c, page, total):
        w, hgt = A4
        c.setStrokeColor(colors.HexColor("#7a1f2b"))
        c.setLineWidth(2)
        c.line(20 * mm, hgt - 18 * mm, w - 20 * mm, hgt - 18 * mm)
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, hgt - 15 * mm, "Staffordshire County Council | Freedom of Information")
        c.drawRightString(w - 20 * mm, 15 * mm, f"Page {page} of {total}")
        synth_footer(c)

    write_bytes(name, build_pdf(story, "SCC FOI 2025/4102", "Staffordshire County Council",
                                decorate))
    add_label(name, "pdf", "Staffordshire County Council", "E10000028", "answered", [], ans,
              ["answered"] * 5,
              fields("formal", "2025-02", "yes", "no", "yes", "yes", "no", "no", None),
              [proc, ogl, ico])


# =========================================================================== 14. Kent (PDF table, partial s22)

def doc_kent():
    name = "kent-partial-s22.pdf"
    proc = "https://www.kscmp.org.uk/procedures/bruising"
    ico = "https://ico.org.uk/make-a-complaint/"
    ans = [
        "Yes. The Kent and Medway Safeguarding Children Procedures are maintained jointly by the Kent "
        "Safeguarding Children Multi-Agency Partnership and Medway. A review of the procedure on "
        "bruising in non-mobile children was completed in September 2025. It concluded that the "
        "procedure should be revised to introduce an initial appraisal, and that the definition of "
        "mobility should be made clearer. The revised procedure is being prepared for publication.",
        "The review report and the revised procedure are intended for publication on the Kent and "
        "Medway procedures website in spring 2026. We are therefore withholding them under section 22 "
        "of the Freedom of Information Act 2000 (information intended for future publication).\n\n"
        "In applying this exemption we have considered the public interest. We recognise the value "
        "of openness about child protection practice, but we consider it reasonable for the "
        "partnership to publish the documents at the planned time, once all partners have agreed "
        "them, and early release of a draft could confuse practitioners. The balance of the public "
        "interest therefore favours withholding the information at this time.",
        "Under the current procedure, yes: every bruise in a non-mobile child leads to a strategy "
        "discussion. This is expected to change when the revised procedure is published.",
        "No changes have yet been made to the published procedure. The changes agreed in the review "
        "will take effect when the revised procedure is published.",
        "The current definition has not changed: the procedure refers to babies who are not yet "
        f"crawling, cruising or walking. The current procedure is at {proc} . The revised definition "
        "will be published with the new procedure.",
    ]
    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
    cell = ParagraphStyle("c", parent=base, fontSize=10, leading=12.5, spaceAfter=4)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Times-Bold")
    rows = [[Paragraph("<b>No.</b>", cell), Paragraph("<b>Your question</b>", cell),
             Paragraph("<b>Our response</b>", cell)]]
    for i, (q, a) in enumerate(zip(REQ_QS, ans), 1):
        rows.append([Paragraph(str(i), cellb), Paragraph(esc(q), cell),
                     [Paragraph(esc(p), cell) for p in paras(a)]])
    tbl = Table(rows, colWidths=[10 * mm, 50 * mm, 106 * mm], repeatRows=1,
                style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("<font size=16><b>Kent County Council</b></font><br/>Information Resilience "
                  "and Transparency Team", base),
        Paragraph("Sessions House, County Road, Maidstone ME14 1XQ", base),
        Spacer(1, 5 * mm),
        Paragraph("Our Ref: 25/FOI/21977 &nbsp;&nbsp; Date: 06 January 2026", base),
        Paragraph("Dear Mr Okafor", base),
        Paragraph("<b>Request for information - bruising in non-mobile infants</b>", base),
        Paragraph("Thank you for your request. Kent County Council holds some of the information you "
                  "asked for. Our answers are in the table below. Part of the information is "
                  "withheld, and the reasons are explained in our answer to question 2.", base),
        tbl,
        Spacer(1, 5 * mm),
        Paragraph("This letter is a refusal notice under section 17 of the Act in respect of the "
                  "information withheld under section 22.", base),
        Paragraph("If you disagree with our decision you may ask for an internal review within 40 "
                  "working days of the date of this letter by writing to the Information Resilience "
                  "and Transparency Team. If you remain unhappy you may complain to the Information "
                  f"Commissioner: {ico}", base),
        Paragraph("Yours sincerely<br/><br/>Information Resilience and Transparency Team", base),
    ]

    def decorate(c, page, total):
        c.setFont("Times-Italic", 8.5)
        c.drawCentredString(A4[0] / 2, 15 * mm, f"- {page} of {total} -")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, "25/FOI/21977")
        synth_footer(c, "Times-Roman")

    write_bytes(name, build_pdf(story, "25/FOI/21977", "Kent County Council", decorate))
    add_label(name, "pdf", "Kent County Council", "E10000016", "partial", ["s22"], ans,
              ["answered", "refused", "answered", "answered", "answered"],
              fields("formal", "2025-09", "no", "yes", "no", "no", NS, NS, None), [proc, ico])


# =========================================================================== 15. Essex (DOCX, Q2 redirected)

def doc_essex():
    name = "essex-partial-redirect.docx"
    escb = "https://www.escb.co.uk/contact-us/"
    ico = "https://ico.org.uk/"
    ans = [
        "The Panel's briefing was discussed by the SET Procedures Group in Oct 2022. The group did not "
        "carry out a formal review, but it checked the SET bruising guidance against the briefing and "
        "agreed that the guidance already met the Panel's expectations.",
        "Essex County Council does not hold the papers you have asked for. Any papers relating to "
        "this matter are held by the Essex Safeguarding Children Board (ESCB), which is a separate "
        "body and not a public authority under the Act. You may wish to contact the ESCB Business "
        f"Unit directly at escb@essex.gov.uk or via {escb}",
        "No. The SET procedures say that a bruised non-mobile baby should be referred to children's "
        "social care and seen by a paediatrician; whether a strategy discussion is needed depends on "
        "the outcome of those steps.",
        "None - the group did not consider that any changes were needed.",
        "The definition has not been changed. The SET procedures do not set an age limit; they ask "
        "practitioners to consider whether the child is able to move independently by crawling, "
        "cruising or walking.",
    ]
    d = new_docx("FOI response CAS-219874-K3P9Q1", "Essex County Council", font="Arial", size=11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Essex County Council - Information Governance"
    docx_footer(d, left_text="Classification: Official", page_fmt="Page {PAGE} of {NUMPAGES}")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(m, "Freedom of Information response", bold=True)
    shade(m, "E7E6E6")
    cell_text(t.cell(1, 0), "Case reference", bold=True)
    cell_text(t.cell(1, 1), "CAS-219874-K3P9Q1")
    cell_text(t.cell(1, 2), "Date", bold=True)
    cell_text(t.cell(1, 3), "Friday 12 December 2025")
    cell_text(t.cell(2, 0), "Subject", bold=True)
    s = t.cell(2, 1).merge(t.cell(2, 3))
    cell_text(s, "Bruising in non-mobile infants - Southend, Essex and Thurrock (SET) procedures")
    d.add_paragraph("")
    d.add_paragraph("Dear Sam Okafor,")
    d.add_paragraph("Thank you for your request for information, which has been handled under the "
                    "Freedom of Information Act 2000. The Council's response to each part of your "
                    "request is below.")
    for i, (q, a) in enumerate(zip(REQ_QS, ans), 1):
        d.add_heading(f"Question {i}", level=2)
        qp = d.add_paragraph()
        qr = qp.add_run(q)
        qr.italic = True
        for chunk in paras(a):
            d.add_paragraph(chunk)
    d.add_heading("Your rights", level=2)
    d.add_paragraph("If you are unhappy with this response you can ask for an internal review by "
                    "emailing foi@essex.gov.uk within 40 working days. You may also complain to the "
                    f"Information Commissioner's Office: {ico}")
    d.add_paragraph("Yours sincerely,\n\nInformation Governance Team\nEssex County Council")
    save_docx(d, name)
    add_label(name, "docx", "Essex County Council", "E10000012", "partial", [], ans,
              ["answered", "redirected", "answered", "answered", "answered"],
              fields("informal", "2022-10", NS, "no", "no", "no", NS, "no", None), [escb, ico])


# =========================================================================== 16. Nottingham (HTML, Q1-2 not held)

def doc_nottingham():
    name = "nottingham-disclosure-log.html"
    proc = "https://www.nottinghamcity.gov.uk/ncscp/procedures/bruising-protocol"
    ico = "https://ico.org.uk/make-a-complaint/"
    ans = [
        "Nottingham City Council does not hold this information. The council holds no record of a "
        "review of the bruising protocol following the Panel's briefing.",
        "The council does not hold any papers relating to a review.",
        "No. Under the Nottingham City multi-agency bruising protocol, a non-mobile baby with a bruise "
        "must be seen by a paediatrician and referred to Children and Families Direct. A strategy "
        "discussion is held if the paediatric assessment or agency checks raise safeguarding "
        "concerns; it is not held automatically in every case.",
        "We have not identified any changes made in response to the Panel's guidance.",
        "The definition has not changed. The protocol treats any baby under six months of age as not "
        "independently mobile, whether or not they can roll; for older babies, practitioners consider "
        f"whether they can crawl, cruise or walk. The protocol is published at {proc}",
    ]
    items = "\n".join(
        f'          <li><p class="q"><em>{esc(q)}</em></p><p>{linkify(a)}</p></li>'
        for q, a in zip(REQ_QS, ans))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Disclosure: Bruising in non-mobile infants | Nottingham City Council Disclosure Log</title>
<link rel="stylesheet" href="/assets/css/app.css">
</head>
<body>
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
<div id="cookie-consent" class="cookie-consent">
  <p>This site uses cookies to remember your preferences. <a href="/cookie-policy">Find out more</a></p>
  <button id="cookie-accept">OK</button>
</div>
<header class="app-header">
  <div class="brand"><a href="/disclosures">Nottingham City Council <span>Disclosure Log</span></a></div>
  <nav><a href="/disclosures">All disclosures</a> | <a href="/disclosures/search">Search</a> | <a href="/about">About this log</a></nav>
</header>
<div class="container">
  <p class="back"><a href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">&lt; Back to results</a></p>
  <h1>Bruising in non-mobile infants</h1>
  <table class="case-details">
    <tr><th>Case reference</th><td>NCC-FOI-2025-5512</td></tr>
    <tr><th>Received</th><td>18 November 2025</td></tr>
    <tr><th>Published</th><td>19 December 2025</td></tr>
    <tr><th>Department</th><td>Children and Families</td></tr>
  </table>
  <section class="request">
    <h2>Request</h2>
    <p>{esc(REQ_INTRO)}</p>
    <p>The requester asked five questions about any review of the council's policy, the papers, section 47 enquiries, changes made and the definition of not independently mobile.</p>
  </section>
  <section class="response">
    <h2>Response</h2>
    <p>Please find our response below. Nottingham City Council holds some of the information requested.</p>
    <ol>
{items}
    </ol>
    <p>If you are unhappy with the handling of your request, you may ask for an internal review. If you remain dissatisfied, you can contact the Information Commissioner's Office: <a href="{ico}">{ico}</a></p>
  </section>
  <section class="attachments">
    <h2>Attachments</h2>
    <p>There are no attachments for this disclosure.</p>
  </section>
</div>
<footer class="app-footer">
  <p><a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of use</a></p>
</footer>
</body>
</html>
"""
    write_text(name, page)
    add_label(name, "html", "Nottingham City Council", "E06000018", "partial", [], ans,
              ["not_held", "not_held", "answered", "answered", "answered"],
              fields(NS, None, "no", "no", "no", "no", "yes", "yes", 6), [proc, ico])


# =========================================================================== 17. Milton Keynes (EML, Q4-5 unanswered)

def doc_milton_keynes():
    name = "milton-keynes-reply.eml"
    foi = "https://www.milton-keynes.gov.uk/your-council-and-elections/freedom-information"
    ans = [
        "No. There has been no review of the policy since the Panel's briefing was published, and the "
        "briefing has not been considered by the partnership's procedures group.",
        "As no review took place, there are no papers.",
        "No. Milton Keynes follows the Milton Keynes Together safeguarding procedures. A strategy "
        "discussion is considered in every case but is only held where the initial checks and the "
        "medical assessment indicate a risk of significant harm.",
        None,
        None,
    ]
    heads = [REQ_QS[0], "Papers", "Section 47 / strategy discussion in all cases?"]
    text_lines = ["Hello Sam,", "",
                  "Thanks for your FOI request (our ref FOI-MK-25-2207). Answers below.", ""]
    for i in range(3):
        text_lines.append(f"{i + 1}) {heads[i]}")
        text_lines.append(ans[i])
        text_lines.append("")
    text_lines += [
        "If you're unhappy with this response you can ask for a review - just reply to this email.",
        "",
        "Kind regards,",
        "Tom Whitlock",
        "Information Rights Officer",
        "Milton Keynes City Council | Civic, 1 Saxon Gate East, Milton Keynes MK9 3EJ",
        f"Freedom of information: {foi}",
        "",
        f"On 21 Nov 2025, at 10:02, {REQUESTER} <{REQUESTER_EMAIL}> wrote:",
        "",
        quoted(request_text("Dear Milton Keynes City Council,")),
        "",
    ]
    html_rows = "\n".join(
        f"<p><b>{i + 1}) {esc(heads[i])}</b><br>\n{esc(ans[i])}</p>" for i in range(3))
    html_body = f"""<html><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello Sam,</p>
<p>Thanks for your FOI request (our ref FOI-MK-25-2207). Answers below.</p>
{html_rows}
<p>If you're unhappy with this response you can ask for a review - just reply to this email.</p>
<p>Kind regards,<br>
<b>Tom Whitlock</b><br>
Information Rights Officer<br>
Milton Keynes City Council | Civic, 1 Saxon Gate East, Milton Keynes MK9 3EJ<br>
Freedom of information: <a href="{foi}">{foi}</a></p>
</div>
<div class="gmail_quote">
<p>On 21 Nov 2025, at 10:02, {esc(REQUESTER)} &lt;{esc(REQUESTER_EMAIL)}&gt; wrote:</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
{esc(request_text("Dear Milton Keynes City Council,")).replace(chr(10), "<br>" + chr(10))}
</blockquote>
</div>
</body></html>
"""
    msg = EmailMessage()
    eml_headers(msg, "Tom Whitlock <foi@milton-keynes.gov.uk>", f"{REQUESTER} <{REQUESTER_EMAIL}>",
                "Re: FOI request - bruising in non-mobile infants",
                "Thu, 18 Dec 2025 08:57:31 +0000",
                "<CAMK2207.e81f@milton-keynes.gov.uk>", "<req-mk-20251121@example.net>")
    msg.set_content("\n".join(text_lines), cte="quoted-printable")
    msg.add_alternative(html_body, subtype="html", cte="quoted-printable")
    fix_boundaries(msg, "mk")
    write_bytes(name, eml_bytes(msg))
    add_label(name, "eml", "Milton Keynes City Council", "E06000042", "partial", [], ans,
              ["answered", "answered", "answered", "not_answered", "not_answered"],
              fields("none", None, "no", "no", NS, NS, NS, NS, None), [foi])


# =========================================================================== 18. Lancashire (TXT, s12)

def doc_lancashire():
    name = "lancashire-s12-refusal.txt"
    proc = "https://panlancashirescb.proceduresonline.com/"
    ico = "https://ico.org.uk/make-a-complaint/"
    text = f"""LANCASHIRE COUNTY COUNCIL
Information Governance Team
PO Box 78, County Hall, Fishergate, Preston PR1 8XJ

Our ref: LCC/IG/FOI/2025/11873
14 January 2026

Dear Mr Okafor,

FREEDOM OF INFORMATION ACT 2000 - REFUSAL NOTICE (SECTION 12)

We have considered your request of 17 November 2025 for information about any review of safeguarding policy on bruising in non-mobile infants following the Child Safeguarding Practice Review Panel's briefing of September 2022.

Lancashire's safeguarding procedures are shared across the Pan-Lancashire area and are kept under review by several multi-agency groups. Any consideration of the Panel's briefing would be recorded in the minutes and papers of those groups between 2022 and 2025, which are not indexed by subject. To establish whether a review took place, what it concluded and what changes followed, officers would need to read the papers of more than 60 meetings. We estimate that this would take well over 18 hours, which is the appropriate limit of £450 set for local authorities by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.

We are therefore refusing your request under section 12 of the Act, and we are not obliged to answer any part of it.

Advice and assistance

Under section 16 we are required to offer advice on how you might bring your request within the limit. You may wish to submit a narrower request, for example asking only what the current procedure says about section 47 enquiries and about the definition of not independently mobile. The current Pan-Lancashire procedures are published at {proc}

Your right to request a review

If you are unhappy with this decision you may ask for an internal review within 40 working days. Please write to the Information Governance Team at the address above, or email foi@lancashire.gov.uk. If you are still dissatisfied after the review you may complain to the Information Commissioner's Office: {ico}

Yours sincerely

D. Ashworth
Information Governance Team

{SYNTH}
"""
    write_text(name, text)
    add_label(name, "txt", "Lancashire County Council", "E10000017", "refused", ["s12"],
              [None] * 5, ["refused"] * 5, fields(), [proc, ico])


# =========================================================================== 19. Hampshire (HTML, s21)

def doc_hampshire():
    name = "hampshire-s21-disclosure.html"
    hips = "https://hipschildrenprocedures.proceduresonline.com/"
    chap = "https://hipschildrenprocedures.proceduresonline.com/chapters/p_bruising_protocol.html"
    ico = "https://ico.org.uk/make-a-complaint/"
    page = f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants (FOI 2025-HCC-08891) - Hampshire County Council</title>
<link rel="stylesheet" href="/static/css/hcc.min.css">
</head>
<body>
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
<div class="govuk-cookie-banner" role="region" aria-label="Cookies on hants.gov.uk">
  <h2>Cookies on hants.gov.uk</h2>
  <p>We'd like to use analytics cookies so we can understand how you use the website and make improvements.</p>
  <button>Accept</button><button>Reject</button> <a href="/aboutthecouncil/cookies">How we use cookies</a>
</div>
<header>
  <a href="/" class="logo">Hampshire County Council</a>
  <nav>
    <a href="/socialcareandhealth">Social care and health</a>
    <a href="/educationandlearning">Education and learning</a>
    <a href="/transport">Roads and transport</a>
    <a href="/aboutthecouncil">About the council</a>
  </nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/aboutthecouncil">About the council</a> / <a href="/aboutthecouncil/informationandstatistics/foi">Freedom of information</a> / <a href="/aboutthecouncil/informationandstatistics/foi/disclosurelog">Disclosure log</a></div>
<main>
  <h1>Bruising in non-mobile infants</h1>
  <div class="meta">
    <p><strong>Reference:</strong> FOI 2025-HCC-08891<br>
    <strong>Date of response:</strong> 9 December 2025<br>
    <strong>Directorate:</strong> Children's Services</p>
  </div>
  <h2>Information requested</h2>
  <p>{esc(REQ_INTRO)}</p>
  <ol>
{chr(10).join("    <li>" + esc(q) + "</li>" for q in REQ_QS)}
  </ol>
  <h2>Response</h2>
  <p>The information you have requested is reasonably accessible to you by other means and is therefore exempt from disclosure under section 21 of the Freedom of Information Act 2000.</p>
  <p>Hampshire County Council follows the Hampshire, Isle of Wight, Portsmouth and Southampton (HIPS) safeguarding children procedures. The procedures, together with their amendment history, are published at <a href="{hips}">{hips}</a>. The HIPS protocol on bruising in non-mobile children, including its definition of mobility and what must happen when a bruise is seen, is at <a href="{chap}">{chap}</a>.</p>
  <p>Section 21 is an absolute exemption, so we are not required to consider the public interest.</p>
  <p>If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner: <a href="{ico}">{ico}</a></p>
  <p class="updated">Published: 12 December 2025</p>
</main>
<footer>
  <a href="/aboutthecouncil/accessibility">Accessibility</a> |
  <a href="/aboutthecouncil/privacy">Privacy</a> |
  <a href="/contactus">Contact us</a>
  <p>Hampshire County Council, The Castle, Winchester SO23 8UJ</p>
</footer>
</body>
</html>
"""
    write_text(name, page)
    add_label(name, "html", "Hampshire County Council", "E10000014", "refused", ["s21"],
              [None] * 5, ["refused"] * 5, fields(), [hips, chap, ico])


# =========================================================================== 20. Westminster (DOCX, not held)

def doc_westminster():
    name = "westminster-not-held.docx"
    part = "https://www.rbkc.gov.uk/lscp"
    ico = "https://ico.org.uk/"
    d = new_docx("FOI 8827361 response", "Westminster City Council", font="Georgia", size=11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Westminster City Council"
    docx_footer(d, left_text="Westminster City Hall, 64 Victoria Street, London SW1E 6QP",
                page_fmt="- {PAGE} -")
    d.add_paragraph("Information Management\nWestminster City Council")
    d.add_paragraph("Date: 5 Dec 2025\nOur reference: 8827361")
    d.add_paragraph("Dear Mr Okafor")
    d.add_heading("Freedom of Information request: bruising in non-mobile babies", level=2)
    d.add_paragraph("Thank you for your request dated 17 November 2025, in which you asked five "
                    "questions about whether safeguarding policies on bruising in non-mobile infants "
                    "were reviewed after the Child Safeguarding Practice Review Panel's briefing of "
                    "September 2022.")
    d.add_paragraph("I can confirm that Westminster City Council does not hold the information you "
                    "have requested. We have checked with Children's Services and no council records "
                    "about a review of this policy have been found.")
    d.add_paragraph("Safeguarding arrangements in Westminster are led by the Bi-Borough Safeguarding "
                    "Children Partnership for Kensington and Chelsea and Westminster. The partnership "
                    "is not a public authority under the Act, but you may wish to contact it, as it "
                    f"may be able to help: {part}")
    d.add_paragraph("If you are unhappy with the way your request has been handled, you can ask for "
                    "an internal review by writing to foi@westminster.gov.uk within 40 working days. "
                    "If you are not satisfied with the outcome, you can complain to the Information "
                    f"Commissioner's Office ({ico}).")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Grace Adeyemi\nFOI Officer")
    save_docx(d, name)
    add_label(name, "docx", "Westminster City Council", "E09000033", "not_held", [], [None] * 5,
              ["not_held"] * 5, fields(), [part, ico])


# =========================================================================== 21. Peterborough (PDF, redirected)

def doc_peterborough():
    name = "peterborough-redirect.pdf"
    cpscp = "https://www.safeguardingcambspeterborough.org.uk/"
    ico = "https://ico.org.uk/"
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
    story = [
        Paragraph("<font size=17 color='#003b71'><b>Peterborough</b></font><br/>"
                  "<font size=9>City Council</font>", base),
        Spacer(1, 4 * mm),
        Paragraph("Freedom of Information Team<br/>Sand Martin House, Bittern Way, Fletton Quays, "
                  "Peterborough PE2 8TY", base),
        Spacer(1, 4 * mm),
        Paragraph("Request number: PCC-FOI-25-3390<br/>Date: 02/12/2025", base),
        Paragraph("Dear Sam Okafor,", base),
        Paragraph("<b>Re: Freedom of Information request - bruising in non-mobile infants</b>", base),
        Paragraph("Thank you for your request received on 17 November 2025.", base),
        Paragraph("The information you have asked for is held by the Cambridgeshire and Peterborough "
                  "Safeguarding Children Partnership (CPSCP), not by Peterborough City Council. The "
                  "partnership's multi-agency procedures, including its protocol on bruising in "
                  "non-mobile children and any review of that protocol, are maintained by the CPSCP "
                  "Business Unit on behalf of the partner agencies.", base),
        Paragraph("Please direct your request to the partnership. Its contact details are on its "
                  f"website: {cpscp}", base),
        Paragraph("We have therefore not answered your questions ourselves.", base),
        Paragraph("If you are unhappy with how we have dealt with your request you can ask for an "
                  "internal review by emailing foi@peterborough.gov.uk. You can also complain to the "
                  f"Information Commissioner at {ico}", base),
        Spacer(1, 5 * mm),
        Paragraph("Kind regards,<br/><br/>Freedom of Information Team<br/>Peterborough City Council",
                  base),
    ]

    def decorate(c, page, total):
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#003b71"))
        c.rect(0, 0, 6 * mm, A4[1], stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.drawRightString(A4[0] - 20 * mm, 15 * mm, f"Page {page} of {total}")
        synth_footer(c)

    write_bytes(name, build_pdf(story, "PCC-FOI-25-3390", "Peterborough City Council", decorate))
    add_label(name, "pdf", "Peterborough City Council", "E06000031", "redirected", [],
              [None] * 5, ["redirected"] * 5, fields(), [cpscp, ico])


# =========================================================================== 22. Bedford (EML, clarification)

def doc_bedford():
    name = "bedford-clarification.eml"
    body = "\n".join([
        "Dear Sam Okafor,",
        "",
        "Freedom of Information request - our reference F0031875",
        "",
        "Thank you for your request, received on 17 November 2025.",
        "",
        "Before we can respond, please could you clarify what you mean by \"your safeguarding "
        "policies\". Do you want information about the council's own children's services "
        "procedures, or about the multi-agency procedures of the Bedford Borough, Central "
        "Bedfordshire and Luton safeguarding children partnership? If it is both, please say so.",
        "",
        "Under section 1(3) of the Freedom of Information Act 2000 we do not need to deal with the "
        "request until we receive your clarification, and the 20 working day period will begin again "
        "from the date we receive it. If we do not hear from you within two months we will treat "
        "the request as closed.",
        "",
        "Kind regards",
        "",
        "Information Governance Team",
        "Bedford Borough Council",
        "Borough Hall, Cauldwell Street, Bedford MK42 9AP",
        "",
        "________________________________",
        f"From: {REQUESTER} <{REQUESTER_EMAIL}>",
        "Sent: 17 November 2025 08:51",
        "To: FOI <foi@bedford.gov.uk>",
        "Subject: Freedom of Information request - Bruising in non-mobile infants",
        "",
        request_text("Dear Bedford Borough Council,"),
        "",
    ])
    msg = EmailMessage()
    eml_headers(msg, "Bedford Borough Council FOI <foi@bedford.gov.uk>",
                f"{REQUESTER} <{REQUESTER_EMAIL}>",
                "F0031875 - clarification needed - bruising in non-mobile infants",
                "Mon, 24 Nov 2025 10:12:55 +0000",
                "<F0031875.clarify@bedford.gov.uk>", "<req-bedford-20251117@example.net>")
    msg.set_content(body, cte="quoted-printable")
    write_bytes(name, eml_bytes(msg))
    add_reject(name, "eml", "clarification")


# =========================================================================== 23. Thurrock (TXT, bounce)

def doc_thurrock():
    name = "thurrock-bounce.txt"
    text = f"""From: Microsoft Outlook <postmaster@outlook-relay.example.net>
To: {REQUESTER_EMAIL}
Date: Mon, 17 Nov 2025 09:03:12 +0000
Subject: Undeliverable: Freedom of Information request - Bruising in non-mobile infants

Your message to foi-requests@thurrock.gov.uk couldn't be delivered.

foi-requests wasn't found at thurrock.gov.uk.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
  - Send the message again, following these steps: in the message, check the recipient's
    address, then send it again.
  - Contact the recipient by some other means (by phone, for example) and confirm the
    address.

Diagnostic information for administrators:
Generating server: relay04.outlook-relay.example.net
foi-requests@thurrock.gov.uk
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
From: {REQUESTER} <{REQUESTER_EMAIL}>
To: foi-requests@thurrock.gov.uk
Subject: Freedom of Information request - Bruising in non-mobile infants
Date: Mon, 17 Nov 2025 09:02:58 +0000
Message-ID: <req-thurrock-20251117@example.net>

{request_text("Dear Thurrock Council,")}

{SYNTH}
"""
    write_text(name, text)
    add_reject(name, "txt", "bounce")


# =========================================================================== 24. Sandwell (HTML, other request)

def doc_sandwell():
    name = "sandwell-cp-plans-under-one.html"
    data = [("2021", 41, 12), ("2022", 38, 9), ("2023", 46, 14), ("2024", 35, 11), ("2025", 43, 10)]
    rows = "\n".join(f"        <tr><td>31 March {y}</td><td>{a}</td><td>{b}</td></tr>"
                     for y, a, b in data)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Children on child protection plans aged under one | Sandwell Council</title>
</head>
<body>
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
{COOKIE_BANNER}
<header><a href="/">Sandwell Council</a>
<nav><a href="/council-tax">Council tax</a> <a href="/children-families">Children and families</a> <a href="/council">Council and democracy</a></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/council">Council and democracy</a> &rsaquo; <a href="/foi">Freedom of information</a> &rsaquo; <a href="/foi/disclosure-log">Disclosure log</a></nav>
<main>
  <h1>Children on child protection plans aged under one</h1>
  <p><strong>FOI reference:</strong> SMBC/FOI/4471 &nbsp; <strong>Responded:</strong> 28/11/2025</p>
  <h2>Request</h2>
  <p>Please tell me how many babies (children aged under one) were the subject of a child protection plan in Sandwell on 31 March in each year from 2021 to 2025, and how many of those plans were started in the baby's first twelve weeks of life.</p>
  <h2>Response</h2>
  <p>The figures below are taken from the council's children's social care case management system and match our statutory returns for each year.</p>
  <table class="data">
    <thead><tr><th>Date</th><th>Children aged under one on a child protection plan</th><th>Of whom, plan started before 12 weeks of age</th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>Numbers for the youngest babies are small but are not low enough for any child to be identified, so we have not needed to suppress them.</p>
  <p>You may re-use this information under the Open Government Licence.</p>
</main>
<footer><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a>
<p>Sandwell Council House, Freeth Street, Oldbury B69 3DE</p></footer>
</body>
</html>
"""
    write_text(name, page)
    add_reject(name, "html", "other_request")


# =========================================================================== main

README = """# fresh_dec_g: synthetic FOI replies (bruising in non-mobile infants)

24 synthetic documents (21 replies from different English councils with children's services, plus a
clarification request, a bounce and a reply to a different request) with their labels in labels.json.
All content is invented for testing foi-responses; council names and GSS codes are real, the positions
attributed to them are not. Regenerate with `python make_fixtures.py`.
"""

DOCS = [doc_cumberland, doc_wokingham, doc_sunderland, doc_lewisham, doc_norfolk, doc_solihull,
        doc_calderdale, doc_wiltshire, doc_rotherham, doc_devon, doc_tameside, doc_gateshead,
        doc_staffordshire, doc_kent, doc_essex, doc_nottingham, doc_milton_keynes, doc_lancashire,
        doc_hampshire, doc_westminster, doc_peterborough, doc_bedford, doc_thurrock, doc_sandwell]


def main():
    LABELS.clear()
    for fn in DOCS:
        fn()
    LABELS.sort(key=lambda e: e["file"])
    write_text("labels.json", json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n")
    write_text("README.md", README)
    print(f"wrote {len(LABELS)} documents to {OUT}")


if __name__ == "__main__":
    main()
