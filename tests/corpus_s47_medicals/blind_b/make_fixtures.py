#!/usr/bin/env python3
"""Generate the blind_b corpus: synthetic council replies to the FOI request on
section 47 enquiries and child protection medicals for bruising in children under one.

Deterministic: councils are drawn with random.Random(20261130).sample() from the
reference list; every document, its layout and its figures are written out below.
Run:  python make_fixtures.py   (writes into the folder holding this script)
"""
import csv
import datetime
import email
import email.policy
import io
import json
import os
import random
import re
import sys
import zipfile
from email import charset as ecs
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps / random ids in PDFs

from docx import Document  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
REF = "/work/shared/reference/english_cs_authorities_153.csv"
SEED = 20261130
N_DOCS = 36
SYN = "Synthetic test document written for foi-responses; not a real council reply."
YEARS = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]
FIXED_DT = datetime.datetime(2025, 12, 1, 9, 0, 0)

REQUESTER = "H Okoro"
REQ_EMAIL = "h.okoro.research@example.org"
REQ_INTRO = ("Under the Freedom of Information Act 2000, please provide, for each financial "
             "year from 2019/20 to 2024/25:")
Q1 = ("The number of section 47 enquiries started for children aged under one year where "
      "bruising was recorded as a reason for the enquiry.")
Q2 = ("The number of child protection medical examinations carried out for children aged "
      "under one year because of bruising.")
Q3 = ("If your records cannot separate bruising from other injuries, please give the figures "
      "for all injuries to children under one and tell me that you have done so.")
REQ_LINES = [REQ_INTRO, "1. " + Q1, "2. " + Q2, "3. " + Q3]
REQ_SUBJECT = "Freedom of Information request - Section 47 enquiries and medicals for bruising in under-ones"

SUPPRESSED = {"<5", "fewer than five", "fewer than 5", "*", "1-4", "small number (suppressed)",
              "suppressed", "less than 5"}
ZERO_WORDS = {"nil", "none", "zero"}


# --------------------------------------------------------------------------- helpers
def to_label(v):
    if v is None:
        return None
    s = v.strip().lower()
    if re.fullmatch(r"\d+", s):
        return int(s)
    if s in ZERO_WORDS:
        return 0
    if s in SUPPRESSED:
        return "<5"
    raise ValueError("unlabelled value %r" % v)


def field(vals):
    """vals: None (no figures) or a list of six display strings/None aligned to YEARS."""
    if vals is None:
        return None
    assert len(vals) == 6
    return {y: to_label(v) for y, v in zip(YEARS, vals)}


def ttext(rows):
    """A table as text: cells joined by ' | ', rows by newlines (blank merged cells dropped)."""
    return "\n".join(" | ".join(c for c in r if c != "") for r in rows)


def reply(c, file, fmt, outcome, exemptions, answers, status, s47, med, injury, year_basis, links):
    return {
        "file": file, "format": fmt,
        "authority": c["name"], "authority_code": c["code"],
        "outcome": outcome, "exemptions": exemptions,
        "answers": {"1": answers[0], "2": answers[1], "3": answers[2]},
        "status": {"1": status[0], "2": status[1], "3": status[2]},
        "fields": {"s47_enquiries": field(s47), "cp_medicals": field(med),
                   "injury_basis": injury, "year_basis": year_basis},
        "links": links,
    }


def reject(file, fmt, why):
    return {"file": file, "format": fmt, "reject": True, "why": why}


def path(name):
    return os.path.join(OUT, name)


def write_text(name, text):
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_bytes(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


# ---- PDF
_SS = getSampleStyleSheet()
P = ParagraphStyle("p", parent=_SS["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                   spaceAfter=6)
PQ = ParagraphStyle("pq", parent=P, leftIndent=12 * mm, textColor=colors.HexColor("#333333"),
                    fontName="Helvetica-Oblique")
H = ParagraphStyle("h", parent=P, fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=6)
SMALL = ParagraphStyle("s", parent=P, fontSize=8.5, leading=11)
CELL = ParagraphStyle("c", parent=P, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="Helvetica-Bold")


def make_pdf(dest, c, items, title, colour="#1f4e79", address="", strap="Information Governance"):
    story = []
    for it in items:
        k = it[0]
        if k == "p":
            story.append(Paragraph(xesc(it[1]), P))
        elif k == "h":
            story.append(Paragraph(xesc(it[1]), H))
        elif k == "small":
            story.append(Paragraph(xesc(it[1]), SMALL))
        elif k == "quote":
            story.append(Paragraph("<br/>".join(xesc(x) for x in it[1]), PQ))
        elif k == "table":
            rows = it[1]
            widths = it[2] if len(it) > 2 else None
            data = [[Paragraph(xesc(x), CELLB if i == 0 else CELL) for x in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
            st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if len(it) > 3 and it[3] == "total":
                st.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0")))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 5 * mm))
        elif k == "break":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, it[1] * mm))
        else:
            raise ValueError(k)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(20 * mm, 10 * mm, SYN)
        canvas.setFont("Helvetica", 8.5)
        canvas.drawRightString(190 * mm, 10 * mm, "Page %d" % doc.page)
        canvas.restoreState()

    def first(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(colour))
        canvas.rect(0, 267 * mm, 210 * mm, 30 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 17)
        canvas.drawString(20 * mm, 281 * mm, c["name"])
        canvas.setFont("Helvetica", 9.5)
        canvas.drawString(20 * mm, 273 * mm, strap)
        if address:
            canvas.setFillColor(colors.HexColor("#444444"))
            canvas.setFont("Helvetica", 8.5)
            canvas.drawString(20 * mm, 260 * mm, address)
        canvas.restoreState()
        footer(canvas, doc)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=45 * mm, bottomMargin=22 * mm, title=title,
                            author=c["name"], subject="Synthetic test document (foi-responses)",
                            creator="make_fixtures.py", keywords="synthetic test document")
    doc.build(story, onFirstPage=first, onLaterPages=footer)
    data = buf.getvalue()
    if dest:
        write_bytes(dest, data)
    return data


# ---- DOCX
def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def _page_field(par):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def make_docx(dest, c, items, title, header=None):
    d = Document()
    cp = d.core_properties
    cp.author = c["name"]
    cp.title = title
    cp.subject = "Synthetic test document (foi-responses)"
    cp.comments = SYN
    cp.keywords = "synthetic test document"
    cp.category = "Freedom of Information"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "make_fixtures.py"
    cp.revision = 1
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header or (c["name"] + " - Freedom of Information")
    fp = sec.footer.paragraphs[0]
    run = fp.add_run(SYN + "    Page ")
    run.font.size = Pt(7)
    run.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    _page_field(fp)
    for it in items:
        k = it[0]
        if k == "title":
            d.add_heading(it[1], level=1)
        elif k == "h":
            d.add_heading(it[1], level=2)
        elif k == "p":
            d.add_paragraph(it[1])
        elif k == "bold":
            d.add_paragraph().add_run(it[1]).bold = True
        elif k == "quote":
            for line in it[1]:
                p = d.add_paragraph(line)
                p.paragraph_format.left_indent = Pt(28)
                for r in p.runs:
                    r.italic = True
        elif k == "bullets":
            for line in it[1]:
                d.add_paragraph(line, style="List Bullet")
        elif k == "small":
            p = d.add_paragraph()
            r = p.add_run(it[1])
            r.font.size = Pt(8.5)
        elif k == "table":
            rows = it[1]
            merges = it[2] if len(it) > 2 else []
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, val in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = val
                    if i == 0 or (len(it) > 3 and i < it[3]):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            for (r1, c1), (r2, c2) in merges:
                txt = rows[r1][c1]
                m = t.cell(r1, c1).merge(t.cell(r2, c2))
                m.text = txt
                for run in m.paragraphs[0].runs:
                    run.bold = True
            d.add_paragraph()
        else:
            raise ValueError(k)
    buf = io.BytesIO()
    d.save(buf)
    data = _fix_zip(buf.getvalue())
    if dest:
        write_bytes(dest, data)
    return data


# ---- HTML
def html_table(rows, cls="", caption=None):
    out = ['<table class="%s">' % cls if cls else "<table>"]
    if caption:
        out.append("  <caption>%s</caption>" % xesc(caption))
    out.append("  <thead>\n    <tr>" + "".join("<th>%s</th>" % xesc(x) for x in rows[0]) + "</tr>\n  </thead>")
    out.append("  <tbody>")
    for r in rows[1:]:
        out.append("    <tr>" + "".join("<td>%s</td>" % xesc(x) for x in r) + "</tr>")
    out.append("  </tbody>\n</table>")
    return "\n".join(out)


def p(text):
    return "<p>%s</p>" % xesc(text)


def ul(lines):
    return "<ul>\n" + "\n".join("  <li>%s</li>" % xesc(x) for x in lines) + "\n</ul>"


HTML_COMMENT = "<!-- %s -->" % SYN


def page_localgov(c, site, title, meta, body, crumbs=("Home", "Your council", "Freedom of information", "Disclosure log")):
    nav = "".join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(" ", "-"), x)
                  for x in ("Advice and benefits", "Children and families", "Council and democracy", "Contact us"))
    bc = " &rsaquo; ".join('<a href="/%s">%s</a>' % (x.lower().replace(" ", "-"), x) for x in crumbs)
    dl = "\n".join("<dt>%s</dt><dd>%s</dd>" % (xesc(k), xesc(v)) for k, v in meta)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{HTML_COMMENT}
<title>{xesc(title)} | {xesc(site)}</title>
<link rel="stylesheet" href="/themes/custom/council/css/main.css">
</head>
<body class="path-node page-node-type-foi-disclosure">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="lgd-header">
  <div class="lgd-header__site-name"><a href="/">{xesc(site)}</a></div>
  <form class="lgd-header__search" action="/search"><label for="s">Search</label><input id="s" name="q"></form>
  <nav class="lgd-header__nav"><ul>{nav}</ul></nav>
</header>
<div class="lgd-breadcrumb">{bc}</div>
<main id="main-content" class="lgd-region--main">
<article class="foi-disclosure">
<h1>{xesc(title)}</h1>
<dl class="foi-meta">
{dl}
</dl>
{body}
</article>
<div class="lgd-page-feedback"><p>Was this page helpful?</p><a href="/feedback">Tell us</a></div>
</main>
<footer class="lgd-footer">
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>&copy; {xesc(c['name'])} 2026</p>
</footer>
</body>
</html>
"""


def page_disclosurelog(c, title, ref, received, published, request_html, response_html):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{xesc(title)} - Disclosure Log - {xesc(c['name'])}</title>
{HTML_COMMENT}
</head>
<body>
<div class="app-header">
  <span class="app-header__logo">{xesc(c['name'])}</span>
  <span class="app-header__title">Disclosure Log</span>
  <a class="app-header__link" href="/disclosures">Search disclosures</a>
</div>
<div class="container">
  <a class="back-link" href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">Back to results</a>
  <h1 class="disclosure-title">{xesc(title)}</h1>
  <table class="disclosure-details">
    <tr><th>Case reference</th><td>{xesc(ref)}</td></tr>
    <tr><th>Date received</th><td>{xesc(received)}</td></tr>
    <tr><th>Date published</th><td>{xesc(published)}</td></tr>
    <tr><th>Category</th><td>Children and Families</td></tr>
  </table>
  <section class="disclosure-request">
    <h2>Request</h2>
{request_html}
  </section>
  <section class="disclosure-response">
    <h2>Response</h2>
{response_html}
  </section>
  <section class="disclosure-attachments"><h2>Attachments</h2><p>There are no attachments for this disclosure.</p></section>
</div>
<div class="app-footer"><a href="/about">About the disclosure log</a> <a href="/accessibility">Accessibility</a></div>
</body>
</html>
"""


def page_jadu(c, site, title, body, sidebar):
    side = "".join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(" ", "_"), x) for x in sidebar)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{xesc(title)} - {xesc(site)}</title>
{HTML_COMMENT}
<link rel="stylesheet" type="text/css" href="/site/styles/generic/base.css">
</head>
<body id="type">
<div id="header"><div id="logo"><a href="/site/index.php"><span>{xesc(site)}</span></a></div>
<ul id="topnav"><li><a href="/site/index.php">Home</a></li><li><a href="/site/scripts/a_to_z.php">A to Z</a></li><li><a href="/site/scripts/contact.php">Contact</a></li></ul></div>
<div id="wrapper">
<div id="content">
<p class="breadcrumb"><a href="/site/index.php">Home</a> &gt; <a href="/site/scripts/documents.php?categoryID=200">Your council</a> &gt; <a href="/site/scripts/documents.php?categoryID=231">FOI responses</a></p>
<h1>{xesc(title)}</h1>
<div class="byEditor article">
{body}
</div>
</div>
<div id="column_nav"><h2>Related pages</h2><ul>{side}</ul></div>
</div>
<div id="footer"><p>{xesc(c['name'])}</p><ul><li><a href="/site/scripts/terms.php">Terms</a></li><li><a href="/site/scripts/accessibility.php">Accessibility</a></li></ul></div>
</body>
</html>
"""


# ---- EML
def hdrs(msg, frm, to, subject, when, msgid, in_reply_to=None, extra=None):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["X-Synthetic-Test-Document"] = "yes"
    for k, v in (extra or []):
        msg[k] = v
    return msg


def qp_text(text, subtype="plain"):
    cs = ecs.Charset("utf-8")
    cs.header_encoding = ecs.QP
    cs.body_encoding = ecs.QP
    return MIMEText(text, subtype, cs)


def dt(y, mo, d, h, mi):
    return datetime.datetime(y, mo, d, h, mi, 0, tzinfo=datetime.timezone.utc)


def quoted_request(council_name, when_str, addr):
    lines = ["From: %s <%s>" % (REQUESTER, REQ_EMAIL), "Sent: %s" % when_str,
             "To: %s" % addr, "Subject: %s" % REQ_SUBJECT, "",
             "Dear %s," % council_name, ""] + sum(([x, ""] for x in REQ_LINES), []) + \
            ["Yours faithfully,", "", REQUESTER]
    return "\n".join("> " + x if x else ">" for x in lines)


ICO = "https://ico.org.uk/make-a-complaint/"
ICO_ROOT = "https://ico.org.uk/"


# =========================================================================== documents
# Each builder writes one document and returns its label.

def b_reading(c):
    f = "reading-foi-response.pdf"
    rows = [["Financial year", "S47 enquiries (Q1)", "CP medicals (Q2)"],
            ["2019/20", "18", "9"], ["2020/21", "21", "<5"], ["2021/22", "15", "7"],
            ["2022/23", "24", "11"], ["2023/24", "19", "8"], ["2024/25", "22", "10"],
            ["Total", "119", "-"]]
    note = ("Figures from 1 to 4 are shown as <5. Exact small numbers are withheld under section "
            "40(2) of the Act because, taken with other information, they could lead to the "
            "identification of individual children. The total for question 2 is not shown for the "
            "same reason.")
    a3 = ("Not applicable. Bruising is recorded as a distinct reason on our case management "
          "system, so the figures above relate to bruising only.")
    rights = ("If you are unhappy with the way your request has been handled you may ask for an "
              "internal review by writing to foi@reading.gov.uk within 40 working days. If you remain "
              "dissatisfied you may complain to the Information Commissioner: " + ICO)
    items = [("p", "Our ref: FOI/25/04417"), ("p", "Date: 9 December 2025"),
             ("p", "Dear Ms Okoro,"),
             ("h", "Freedom of Information Act 2000 - request for information"),
             ("p", "Thank you for your request, received on 18 November 2025. You asked:"),
             ("quote", REQ_LINES),
             ("h", "Our response"),
             ("p", "Brighter Futures for Children provides children's social care on behalf of "
                   "Reading Borough Council and has supplied the figures below."),
             ("h", "Questions 1 and 2"),
             ("table", rows, [35 * mm, 45 * mm, 45 * mm], "total"),
             ("p", note),
             ("h", "Question 3"), ("p", a3),
             ("p", rights), ("p", "Yours sincerely,"), ("p", "Information Governance Team")]
    make_pdf(f, c, items, "FOI/25/04417 response", colour="#0b5c3b",
             address="Civic Offices, Bridge Street, Reading RG1 2LU")
    s47 = [r[1] for r in rows[1:7]]
    med = [r[2] for r in rows[1:7]]
    return reply(c, f, "pdf", "answered", ["s40(2)"], [ttext(rows) + "\n" + note, None, a3],
                 ["answered", "see_other", "answered"], s47, med, "bruising", "financial", [ICO])


def b_surrey(c):
    f = "surrey-foi-response.docx"
    yrs = ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"]
    s47 = ["64", "58", "71", "77", "69", "82"]
    med = ["31", "27", "35", "40", "33", "38"]
    rows = [["Measure", "Financial year", "", "", "", "", "", "Total"],
            [""] + yrs + [""],
            ["Section 47 enquiries started - children under 1, bruising recorded"] + s47 + ["421"],
            ["Child protection medicals - children under 1, bruising"] + med + ["204"]]
    merges = [((0, 1), (0, 6)), ((0, 0), (1, 0)), ((0, 7), (1, 7))]
    a3 = ("Question 3: Our recording allows bruising to be identified separately from other "
          "injuries, so we have not provided figures for all injuries.")
    items = [("title", "Freedom of Information request FOI-2025-11873"),
             ("p", "Date of response: 4 December 2025"),
             ("h", "Your request"), ("quote", REQ_LINES),
             ("h", "Our response"),
             ("p", "Surrey County Council holds the information you requested. Questions 1 and 2 are "
                   "answered together in the table below. Figures are for financial years (1 April to 31 March)."),
             ("table", rows, merges, 2),
             ("p", a3),
             ("p", "If you are not satisfied with this response you may ask for an internal review. "
                   "You can also contact the Information Commissioner's Office at " + ICO_ROOT),
             ("p", "Information Governance, Surrey County Council")]
    make_docx(f, c, items, "FOI-2025-11873 response")
    return reply(c, f, "docx", "answered", [], [ttext(rows), None, a3],
                 ["answered", "see_other", "answered"], s47, med, "bruising", "financial", [ICO_ROOT])


def b_derby(c):
    f = "derby-reply.eml"
    uhdb = "https://www.uhdb.nhs.uk/freedom-of-information/"
    a1_lines = ["1. Section 47 enquiries started for children under one where bruising was recorded as a reason:",
                "2019/20: 14", "2020/21: 11", "2021/22: 17", "2022/23: 20", "2023/24: 16", "2024/25: 19"]
    a2 = ("2. Derby City Council does not carry out child protection medical examinations. These are "
          "undertaken by paediatricians employed by University Hospitals of Derby and Burton NHS Foundation "
          "Trust, so the council does not hold this information. You may wish to send this part of your "
          "request to the Trust: " + uhdb)
    body = "\n".join([
        "Dear Ms Okoro,", "",
        "Freedom of Information request \u2013 reference 25-3318", "",
        "Thank you for your request for information, which we have dealt with under the Freedom of "
        "Information Act 2000. Our response to each question is below.", ""]
        + a1_lines + ["", a2, "",
        "If you are dissatisfied with the handling of your request you can ask for an internal review "
        "within 40 working days of the date of this email. You also have the right to complain to the "
        "Information Commissioner\u2019s Office: " + ICO, "",
        "Kind regards,", "", "Information Governance Team", "Derby City Council", "",
        "-----Original Message-----",
        quoted_request("Derby City Council", "17 November 2025 09:12", "FOI <foi@derby.gov.uk>"), ""])
    msg = qp_text(body)
    hdrs(msg, "Information Governance <foi@derby.gov.uk>", "%s <%s>" % (REQUESTER, REQ_EMAIL),
         "RE: " + REQ_SUBJECT + " [25-3318]", dt(2025, 12, 8, 14, 31),
         "<25-3318.reply@derby.gov.uk>", "<req-derby-20251117@example.org>")
    write_bytes(f, msg.as_bytes())
    return reply(c, f, "eml", "partial", [], ["\n".join(a1_lines), a2, None],
                 ["answered", "redirected", "not_answered"], [x.split(": ")[1] for x in a1_lines[1:]],
                 None, "bruising", "financial", [uhdb, ICO])


def b_sunderland(c):
    f = "sunderland-disclosure-log.html"
    s = ["12", "9", "14", "17", "13", "16"]
    m = ["6", "5", "fewer than five", "8", "7", "6"]
    a1 = (f"There were {s[0]} section 47 enquiries started for children under one where bruising was "
          f"recorded as a reason in 2019/20 and {s[1]} the following year. In 2021/22 the figure was "
          f"{s[2]}, rising to {s[3]} in 2022/23, before falling to {s[4]} in 2023/24. There were {s[5]} "
          f"in 2024/25.")
    a2 = (f"The number of child protection medical examinations carried out for children under one "
          f"because of bruising was {m[0]} in 2019/20, {m[1]} in 2020/21, {m[2]} in 2021/22, {m[3]} in "
          f"2022/23, {m[4]} in 2023/24 and {m[5]} in 2024/25.")
    body = "\n".join([
        "<h2>Request</h2>", p(REQ_LINES[0]),
        "<ol>" + "".join("<li>%s</li>" % xesc(q) for q in (Q1, Q2, Q3)) + "</ol>",
        "<h2>Response</h2>",
        p("Together for Children delivers children's social care on behalf of Sunderland City Council "
          "and has provided the information below."),
        "<h3>Question 1</h3>", p(a1), "<h3>Question 2</h3>", p(a2),
        p("Small numbers are described as fewer than five so that individual children cannot be identified.")])
    html = page_localgov(c, "Sunderland City Council", "Section 47 enquiries and medicals: bruising in children under one",
                         [("Reference", "FOI-25-2207"), ("Date of response", "10 December 2025"),
                          ("Service", "Children's Services")], body)
    write_text(f, html)
    return reply(c, f, "html", "answered", [], [a1, a2, None],
                 ["answered", "answered", "not_answered"], s, m, "bruising", "financial", [])


def b_sandwell(c):
    f = "sandwell-letter.txt"
    trust = "https://www.sandwellchildrenstrust.org/"
    text = "\n".join([
        "SANDWELL METROPOLITAN BOROUGH COUNCIL",
        "Information Governance Team",
        "Sandwell Council House, Freeth Street, Oldbury B69 3DE",
        "",
        "Date: 2 December 2025",
        "Our reference: IG/FOI/25/2291",
        "",
        "Dear Ms Okoro",
        "",
        "Request for information: section 47 enquiries and child protection medicals, children under one with bruising",
        "",
        "Thank you for your request, which we received on 17 November 2025.",
        "",
        "Since 1 April 2018 children's social care services in Sandwell have been delivered by Sandwell",
        "Children's Trust, a not-for-profit company wholly owned by the council. Case records for section",
        "47 enquiries, and any record of child protection medical examinations, are held by the Trust and",
        "not by the council. The Trust is itself a public authority under the Freedom of Information Act.",
        "",
        "The council therefore does not hold the information you have asked for. Please send your request",
        "to the Trust's information governance team at foi@sandwellchildrenstrust.org. More details are on",
        "the Trust's website: " + trust,
        "",
        "If you are unhappy with this response you may ask for an internal review by replying to this",
        "letter. You may also complain to the Information Commissioner's Office (" + ICO_ROOT + ").",
        "",
        "Yours sincerely",
        "",
        "Information Governance Officer",
        "Sandwell Metropolitan Borough Council",
        "",
        SYN, ""])
    write_text(f, text)
    return reply(c, f, "txt", "redirected", [], [None, None, None],
                 ["redirected", "redirected", "redirected"], None, None, "not_stated", "not_stated",
                 [trust, ICO_ROOT])


def b_sefton(c):
    f = "sefton-refusal-notice.pdf"
    ico = "https://ico.org.uk/make-a-complaint/official-information-concerns-report/"
    items = [("p", "Reference: SMBC-FOI-7710"), ("p", "Date: 12 December 2025"),
             ("p", "Dear Ms Okoro,"),
             ("h", "Refusal notice - section 12 (cost of compliance)"),
             ("p", "Thank you for your request for information received on 17 November 2025, in which you asked:"),
             ("quote", REQ_LINES),
             ("p", "Sefton Council is refusing your request under section 12 of the Freedom of Information "
                   "Act 2000, because the cost of complying with it would exceed the appropriate limit."),
             ("h", "Reasons"),
             ("p", "Our children's case management system records the category of concern for each section 47 "
                   "enquiry (for example, physical abuse) but not the type of injury. To identify the enquiries "
                   "in which bruising was a reason, officers would need to read the case notes of every section "
                   "47 enquiry started for a child under one from April 2019 to March 2025, which is around 640 "
                   "records. At an estimated 10 minutes per record this would take about 107 hours, well above "
                   "the appropriate limit of 18 hours (\u00a3450) set by the Freedom of Information and Data "
                   "Protection (Appropriate Limit and Fees) Regulations 2004."),
             ("p", "The same search would be needed to answer questions 2 and 3, so we have not answered any "
                   "part of the request."),
             ("h", "Advice and assistance"),
             ("p", "You may wish to narrow your request, for example to a single financial year. Please note "
                   "that even a narrower request may still exceed the limit."),
             ("break",),
             ("h", "Your right to request an internal review"),
             ("p", "If you are dissatisfied with this response you may request an internal review within 40 "
                   "working days by writing to the Information Management Team, Sefton Council, Bootle Town "
                   "Hall, Oriel Road, Bootle L20 7AE."),
             ("p", "If you remain dissatisfied after the internal review you may contact the Information "
                   "Commissioner: " + ico),
             ("p", "Yours sincerely,"), ("p", "Information Management Team")]
    make_pdf(f, c, items, "Refusal notice SMBC-FOI-7710", colour="#4a2a6b",
             address="Bootle Town Hall, Oriel Road, Bootle L20 7AE")
    return reply(c, f, "pdf", "refused", ["s12"], [None, None, None],
                 ["refused", "refused", "refused"], None, None, "not_stated", "not_stated", [ico])


def b_north_somerset(c):
    f = "north-somerset-response.docx"
    rows = [["Calendar year", "Section 47 enquiries started (under 1, bruising)"],
            ["2019", "13"], ["2020", "10"], ["2021", "15"], ["2022", "12"], ["2023", "9"], ["2024", "11"]]
    intro = ("Please note that the figures below are for calendar years (January to December), as this is "
             "how reports are produced from our case management system. We have not been able to produce "
             "financial year figures.")
    a2 = ("North Somerset Council does not hold this information. Child protection medical examinations are "
          "arranged and recorded by health colleagues, and the council does not record them in a reportable field.")
    a3 = ("We have been able to identify bruising separately, so the figures at question 1 relate to "
          "bruising only.")
    items = [("title", "Response to your request for information"),
             ("p", "Reference: NSC-FOI-25-1562"), ("p", "Date: 1 December 2025"),
             ("p", "Dear Ms Okoro"),
             ("p", "Thank you for your request for information about section 47 enquiries and child protection "
                   "medicals for children under one. Our response to each of your questions is set out below."),
             ("h", "Question 1"), ("p", intro), ("table", rows),
             ("h", "Question 2"), ("p", a2),
             ("h", "Question 3"), ("p", a3),
             ("p", "If you are unhappy with this response you can ask us to carry out an internal review."),
             ("p", "Information Governance Team, North Somerset Council")]
    make_docx(f, c, items, "NSC-FOI-25-1562")
    return reply(c, f, "docx", "partial", [], [intro + "\n" + ttext(rows), a2, a3],
                 ["answered", "not_held", "answered"], [r[1] for r in rows[1:]], None,
                 "bruising", "calendar", [])


def b_isle_of_wight(c):
    f = "isle-of-wight-reply.eml"
    rows = [["Year", "Section 47 enquiries started", "Child protection medicals"],
            ["2019-2020", "11", "6"], ["2020-2021", "9", "Fewer than five"], ["2021-2022", "13", "7"],
            ["2022-2023", "12", "5"], ["2023-2024", "10", "Fewer than five"], ["2024-2025", "14", "8"]]
    a3 = ("Please note: our case recording system does not allow us to separate bruising from other "
          "injuries. As you asked at question 3, the figures below are therefore for all injuries to "
          "children under one.")
    note = "Numbers fewer than five have not been given, to protect the privacy of the children concerned."
    html = "\n".join([
        "<html><head><meta charset=\"utf-8\"><style>td,th{border:1px solid #999;padding:3px 8px}</style></head><body>",
        HTML_COMMENT,
        "<div style=\"font-family:Arial,sans-serif;font-size:11pt\">",
        p("Dear Ms Okoro,"),
        p("Thank you for your request for information under the Freedom of Information Act 2000 "
          "(our reference 0812/25). Please find our response below."),
        p(a3),
        "<p><b>Questions 1 and 2</b></p>",
        html_table(rows),
        p(note),
        "<p>If you are unhappy with our response you can ask for a review, and you can also complain to the "
        "Information Commissioner through the <a href=\"%s\">ICO website</a>.</p>" % ICO,
        "<p>Kind regards<br>\nFreedom of Information Officer<br>\nIsle of Wight Council, County Hall, Newport PO30 1UD</p>",
        "</div></body></html>", ""])
    msg = qp_text(html, "html")
    hdrs(msg, "Isle of Wight Council FOI <foi@iow.gov.uk>", REQ_EMAIL,
         "Your Freedom of Information request 0812/25", dt(2025, 12, 11, 10, 5),
         "<0812-25@iow.gov.uk>", "<req-iow-20251117@example.org>")
    write_bytes(f, msg.as_bytes())
    return reply(c, f, "eml", "answered", [], [ttext(rows) + "\n" + note, None, a3],
                 ["answered", "see_other", "answered"], [r[1] for r in rows[1:]], [r[2] for r in rows[1:]],
                 "all_injuries", "financial", [ICO])


def b_doncaster(c):
    f = "doncaster-foi-disclosure.html"
    r1 = [["Financial year", "Section 47 enquiries started"],
          ["FY21/22", "19"], ["FY22/23", "23"], ["FY23/24", "21"], ["FY24/25", "25"]]
    r2 = [["Financial year", "Child protection medicals"],
          ["FY21/22", "8"], ["FY22/23", "7"], ["FY23/24", "6"], ["FY24/25", "9"]]
    note = ("City of Doncaster Council moved to a new children's social care case management system in "
            "2021. Reliable figures for the years before 2021/22 are not available, so the tables below "
            "start at FY21/22.")
    body = "\n".join([
        "<h2>Information requested</h2>", p(REQ_LINES[0]), ul([Q1, Q2, Q3]),
        "<h2>Our response</h2>", p(note),
        "<h3>1. Section 47 enquiries (children under one, bruising recorded as a reason)</h3>",
        html_table(r1, "table table--striped"),
        "<h3>2. Child protection medical examinations (children under one, because of bruising)</h3>",
        html_table(r2, "table table--striped")])
    html = page_localgov(c, "City of Doncaster Council", "FOI 2025-8841: bruising in children under one",
                         [("Request number", "2025-8841"), ("Published", "16 December 2025")], body,
                         crumbs=("Home", "Council and democracy", "Access to information", "FOI disclosure log"))
    write_text(f, html)
    s = [None, None] + [r[1] for r in r1[1:]]
    m = [None, None] + [r[1] for r in r2[1:]]
    return reply(c, f, "html", "answered", [], [ttext(r1), ttext(r2), None],
                 ["answered", "answered", "not_answered"], s, m, "bruising", "financial", [])


def b_hartlepool(c):
    f = "hartlepool-case-system-export.txt"
    extract = "\n".join([
        "FIN_YEAR | S47_STARTED | CP_MEDICAL",
        "---------+-------------+-----------",
        "2019/20  |           8 |        <5",
        "2020/21  |           6 |        <5",
        "2021/22  |           9 |         5",
        "2022/23  |           7 |         0",
        "2023/24  |          10 |         6",
        "2024/25  |           8 |        <5",
        "---------+-------------+-----------",
        "TOTAL    |          48 |       n/a"])
    a3 = "Question 3 does not apply as bruising is recorded as a reason in its own right."
    text = "\n".join([
        "HARTLEPOOL BOROUGH COUNCIL - CHILDREN'S AND JOINT COMMISSIONING SERVICES",
        "FOI reference: HBC-FOI-2025-0934",
        "Response date: 11/12/2025",
        "",
        "Dear Ms Okoro,",
        "",
        "Please find below an extract from our children's social care case management system in answer",
        "to questions 1 and 2 of your request. Values between 1 and 4 have been replaced with <5.",
        "",
        "=== EXTRACT START ===",
        "Report     : FOI_S47_U1_BRUISE",
        "Run by     : Performance and Intelligence Team",
        "Parameters : Age at start < 1 year; Reason includes 'Bruising'; Start date 01/04/2019 - 31/03/2025",
        "Grouping   : Financial year",
        "",
        extract,
        "=== EXTRACT END ===",
        "",
        a3,
        "",
        "Regards",
        "Performance and Intelligence Team",
        "Hartlepool Borough Council, Civic Centre, Victoria Road, Hartlepool TS24 8AY",
        "",
        SYN, ""])
    write_text(f, text)
    rows = [l.split("|") for l in extract.splitlines()[2:8]]
    return reply(c, f, "txt", "answered", [], [extract, None, a3],
                 ["answered", "see_other", "answered"], [r[1].strip() for r in rows],
                 [r[2].strip() for r in rows], "bruising", "financial", [])


def b_central_bedfordshire(c):
    f = "central-bedfordshire-foi-cp-plans.pdf"
    rows = [["Financial year", "Neglect", "Emotional", "Physical", "Sexual", "Multiple"],
            ["2019/20", "142", "118", "37", "12", "9"], ["2020/21", "151", "126", "33", "10", "11"],
            ["2021/22", "163", "131", "41", "14", "8"], ["2022/23", "158", "140", "39", "11", "13"],
            ["2023/24", "149", "137", "44", "15", "10"], ["2024/25", "155", "129", "42", "13", "12"]]
    items = [("p", "FOI reference: CBC-25-3390"), ("p", "Date: 28 November 2025"), ("p", "Dear Mr Lindqvist,"),
             ("h", "Children subject to a child protection plan by category of abuse"),
             ("p", "You asked for the number of children who became subject to a child protection plan in each "
                   "financial year from 2019/20 to 2024/25, broken down by the initial category of abuse."),
             ("p", "Central Bedfordshire Council holds this information and it is set out below."),
             ("table", rows, [32 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm]),
             ("p", "The category recorded is the initial category at the start of the plan."),
             ("p", "If you are unhappy with this response you may request an internal review within 40 working days."),
             ("p", "Yours sincerely,"), ("p", "Customer Relations and Information Governance")]
    make_pdf(f, c, items, "CBC-25-3390", colour="#5a7d1a", address="Priory House, Monks Walk, Chicksands, Shefford SG17 5TQ")
    return reject(f, "pdf", "other_request")


def b_plymouth(c):
    f = "plymouth-response.docx"
    a1 = ("Between 1 April 2019 and 31 March 2025, 143 section 47 enquiries were started for children aged "
          "under one where bruising was recorded as a reason for the enquiry.")
    a2 = ("Over the same period, 61 child protection medical examinations were carried out for children aged "
          "under one because of bruising.")
    a3 = "Not applicable."
    items = [("title", "Freedom of Information Act 2000 - response"),
             ("p", "Case number: PCC-FOI-251197"), ("p", "Response date: 5 December 2025"),
             ("p", "Dear Ms Okoro,"),
             ("p", "Thank you for your request. Please see our answers below."),
             ("bold", "1. " + Q1), ("p", a1),
             ("bold", "2. " + Q2), ("p", a2),
             ("bold", "3. " + Q3), ("p", a3),
             ("p", "Please contact us if you have any questions about this response."),
             ("p", "Plymouth City Council, Ballard House, West Hoe Road, Plymouth PL1 3BJ")]
    make_docx(f, c, items, "PCC-FOI-251197")
    allnull = [None] * 6
    return reply(c, f, "docx", "answered", [], [a1, a2, a3], ["answered", "answered", "answered"],
                 allnull, allnull, "bruising", "financial", [])


def b_westmorland(c):
    f = "westmorland-and-furness-reply.eml"
    t1 = [["Financial year", "Number"], ["2023-24", "11"], ["2024-25", "14"]]
    t2 = [["Financial year", "Number"], ["2023-24", "6"], ["2024-25", "<5"]]
    h1 = "Question 1 - section 47 enquiries started for children under one where bruising was recorded as a reason"
    h2 = "Question 2 - child protection medical examinations for children under one because of bruising"
    items = [("p", "Reference: FOI-WF-25-0718"), ("h", h1), ("table", t1, [50 * mm, 30 * mm]),
             ("h", h2), ("table", t2, [50 * mm, 30 * mm]),
             ("small", "<5 denotes a number between 1 and 4, which is not given exactly to protect the identity of the children concerned.")]
    pdf = make_pdf(None, c, items, "FOI-WF-25-0718 response tables", colour="#00505c",
                   strap="Information Governance - response tables")
    a3 = "Question 3: bruising is recorded as a distinct category on our system, so the figures relate to bruising only."
    body = "\n".join([
        "Dear Ms Okoro", "",
        "Your request for information - reference FOI-WF-25-0718", "",
        "Please find attached our response to questions 1 and 2 of your request.", "",
        "Westmorland and Furness Council was created on 1 April 2023, when Cumbria County Council was abolished. "
        "Children's records from before that date were migrated from the county council's system and we are not "
        "able to report reliably on section 47 enquiries or medicals for the Westmorland and Furness area before "
        "the 2023-24 financial year. The attached figures therefore cover 2023-24 and 2024-25 only.", "",
        a3, "",
        "If you are not satisfied you can ask for an internal review. You can also complain to the Information "
        "Commissioner: " + ICO, "",
        "Kind regards", "", "Information Governance Team", "Westmorland and Furness Council", ""])
    msg = MIMEMultipart("mixed", boundary="=_wf_0718_boundary")
    hdrs(msg, "Information Governance <foi@westmorlandandfurness.gov.uk>", REQ_EMAIL,
         "FOI-WF-25-0718 - your request for information", dt(2025, 12, 15, 16, 2),
         "<foi-wf-25-0718@westmorlandandfurness.gov.uk>")
    msg.attach(MIMEText(body, "plain", "utf-8"))
    att = MIMEApplication(pdf, "pdf")
    att.add_header("Content-Disposition", "attachment", filename="FOI-WF-25-0718 response tables.pdf")
    msg.attach(att)
    write_bytes(f, msg.as_bytes())
    s = [None] * 4 + [r[1] for r in t1[1:]]
    m = [None] * 4 + [r[1] for r in t2[1:]]
    return reply(c, f, "eml", "answered", [], [h1 + "\n" + ttext(t1), h2 + "\n" + ttext(t2), a3],
                 ["answered", "answered", "answered"], s, m, "bruising", "financial", [ICO])


def b_coventry(c):
    f = "coventry-foi-response.html"
    rows = [["Financial year", "Section 47 enquiries (under 1, bruising recorded)"], ["2019/20", "21"], ["2020/21", "18"],
            ["2021/22", "24"], ["2022/23", "26"], ["2023/24", "22"], ["2024/25", "25"]]
    a2 = ("We hold this information but are withholding it under section 40(2) of the Freedom of Information "
          "Act (personal information). The number of medical examinations in each year is small, and disclosure, "
          "together with other information in the public domain, could allow individual children and their "
          "families to be identified. Disclosure would breach the first data protection principle, so the "
          "exemption applies. Section 40(2) is an absolute exemption and no public interest test is needed.")
    body = "\n".join([
        "<div class=\"foi-request\"><h2>What was asked</h2>", p(REQ_LINES[0]),
        "<ol><li>%s</li><li>%s</li><li>%s</li></ol></div>" % (xesc(Q1), xesc(Q2), xesc(Q3)),
        "<div class=\"foi-response\"><h2>Our response</h2>",
        "<h3>Question 1</h3>", html_table(rows),
        "<h3>Question 2</h3>", p(a2),
        "<p>You can ask for an internal review of this decision. If you remain unhappy you can complain to the "
        "Information Commissioner at <a href=\"%s\">%s</a>.</p>" % (ICO_ROOT, ICO_ROOT),
        "</div>"])
    html = page_localgov(c, "Coventry City Council", "Section 47 enquiries and child protection medicals (bruising, under ones)",
                         [("FOI reference", "FOI-1193-25"), ("Response sent", "9 December 2025")], body)
    write_text(f, html)
    return reply(c, f, "html", "partial", ["s40(2)"], [ttext(rows), a2, None],
                 ["answered", "refused", "not_answered"], [r[1] for r in rows[1:]], None,
                 "bruising", "financial", [ICO_ROOT])


def b_leeds(c):
    f = "leeds-foi-reply.txt"
    ico = "https://ico.org.uk/make-a-complaint/your-right-to-get-information-from-public-bodies/"
    yrs = ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"]
    s = ["41", "38", "45", "52", "47", "50"]
    m = ["22", "19", "25", "29", "24", "27"]
    l1 = "\n".join("%s - %s" % (y, v) for y, v in zip(yrs, s))
    l2 = "\n".join("%s - %s" % (y, v) for y, v in zip(yrs, m))
    a3 = "Not applicable - bruising can be identified separately in our records, so the figures above are for bruising only."
    text = "\n".join([
        "Leeds City Council",
        "Information Management and Governance",
        "",
        "Request reference: FOI-2025-48817",
        "Date: 3 December 2025",
        "",
        "Dear Ms Okoro",
        "",
        "Thank you for your request. Leeds City Council holds the information you asked for and our answers are below.",
        "",
        "Q1. " + Q1, "", l1, "",
        "Q2. " + Q2, "", l2, "",
        "Q3. " + Q3, "", a3, "",
        "Figures are for financial years (April to March) and were taken from the children's social care",
        "case management system on 28 November 2025.",
        "",
        "If you are unhappy with this response, you may ask for an internal review. If you are still not",
        "satisfied you may contact the Information Commissioner:",
        ico,
        "",
        "Yours sincerely",
        "Information Management and Governance",
        "",
        SYN, ""])
    write_text(f, text)
    return reply(c, f, "txt", "answered", [], [l1, l2, a3], ["answered", "answered", "answered"],
                 s, m, "bruising", "financial", [ico])


def b_rochdale(c):
    f = "rochdale-foi-response.pdf"
    rows = [["Year", "Section 47 enquiries"], ["2019/20", "16"], ["2020/21", "13"], ["2021/22", "18"],
            ["2022/23", "20"], ["2023/24", "17"], ["2024/25", "19"], ["Total", "103"]]
    i1 = ("The table below shows the number of section 47 enquiries started for children under one where "
          "bruising was recorded as a reason.")
    a2 = ("Section 12 of the Act applies to this question. Whether a child protection medical took place is "
          "recorded only in the case notes of each enquiry, not in a reportable field. To answer question 2 we "
          "would need to review each of the 103 enquiries listed above and the related health correspondence. "
          "We estimate this at 20 minutes per case, about 34 hours, which exceeds the appropriate limit of 18 "
          "hours. We are therefore not obliged to answer this part of your request.")
    a3 = "Not applicable."
    items = [("p", "Freedom of Information request 25/1877"), ("p", "Date: 4 December 2025"),
             ("p", "Dear Ms Okoro"),
             ("p", "Thank you for your request for information. Our response to each question follows."),
             ("h", "1. " + Q1), ("p", i1), ("table", rows, [40 * mm, 50 * mm], "total"),
             ("h", "2. " + Q2), ("p", a2),
             ("h", "3. " + Q3), ("p", a3),
             ("p", "You may ask for an internal review of this response. You may also complain to the Information "
                   "Commissioner: " + ICO),
             ("p", "Information Governance Unit, Rochdale Borough Council")]
    make_pdf(f, c, items, "FOI 25/1877", colour="#8a1538", address="Number One Riverside, Smith Street, Rochdale OL16 1XU")
    return reply(c, f, "pdf", "partial", ["s12"], [i1 + "\n" + ttext(rows), a2, a3],
                 ["answered", "refused", "answered"], [r[1] for r in rows[1:7]], None,
                 "bruising", "financial", [ICO])


def b_herefordshire(c):
    f = "herefordshire-disclosure.html"
    per = ["April 2019 to March 2020", "April 2020 to March 2021", "April 2021 to March 2022",
           "April 2022 to March 2023", "April 2023 to March 2024"]
    s = ["10", "8", "12", "11", "9"]
    m = ["5", "small number (suppressed)", "6", "small number (suppressed)", "5"]
    l1 = ["%s: %s" % (a, b) for a, b in zip(per, s)]
    l2 = ["%s: %s" % (a, b) for a, b in zip(per, m)]
    h1 = "1. Section 47 enquiries started for children under one where bruising was recorded as a reason:"
    h2 = "2. Child protection medical examinations for children under one because of bruising:"
    a3 = "3. Not applicable."
    note0 = ("Figures for April 2024 to March 2025 have not yet been validated and are not included in "
             "this response.")
    note1 = "Where a figure is a small number it has been suppressed to reduce the risk of identifying individual children."
    req = "\n".join(["    " + p(REQ_LINES[0]), "    " + p(REQ_LINES[1]), "    " + p(REQ_LINES[2]), "    " + p(REQ_LINES[3])])
    resp = "\n".join(["    " + p(note0), p(h1), ul(l1), p(h2), ul(l2), p(note1), p(a3),
                      p("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review.")])
    html = page_disclosurelog(c, "Section 47 enquiries and child protection medicals - bruising in children under one",
                              "FOI-2025-1408", "17 November 2025", "15 December 2025", req, resp)
    write_text(f, html)
    return reply(c, f, "html", "answered", [], [h1 + "\n" + "\n".join(l1), h2 + "\n" + "\n".join(l2), a3],
                 ["answered", "answered", "answered"], s + [None], m + [None], "bruising", "financial", [])


def b_westminster(c):
    f = "westminster-response.docx"
    a1 = ("The council does not hold this information. Our children's case management system records the "
          "category of abuse or neglect for each section 47 enquiry (for example, physical abuse) but does not "
          "record the type of injury, so we cannot identify enquiries where bruising was a reason.")
    a2 = ("The council does not hold this information. Child protection medical examinations are arranged and "
          "recorded by health services, and their outcome is not recorded in a reportable form on our system.")
    a3 = ("Because the type of injury is not recorded, we are also unable to give figures for all injuries to "
          "children under one.")
    items = [("title", "Freedom of Information request: response"),
             ("p", "Our reference: WCC-FOI-25-6604"), ("p", "Date: 10 December 2025"),
             ("p", "Dear Ms Okoro,"),
             ("p", "Thank you for your request for information, received on 17 November 2025. I have set out each of "
                   "your questions below, followed by our response."),
             ("quote", ["1. " + Q1]), ("p", a1),
             ("quote", ["2. " + Q2]), ("p", a2),
             ("quote", ["3. " + Q3]), ("p", a3),
             ("p", "If you are unhappy with the way we have handled your request you may ask for an internal review. "
                   "You can also complain to the Information Commissioner's Office: " + ICO),
             ("p", "Yours sincerely,"), ("p", "Information Governance, City of Westminster")]
    make_docx(f, c, items, "WCC-FOI-25-6604")
    return reply(c, f, "docx", "not_held", [], [a1, a2, a3], ["not_held", "not_held", "not_held"],
                 None, None, "not_stated", "not_stated", [ICO])


def b_warrington(c):
    f = "warrington-auto-reply.eml"
    body = "\n".join([
        "Thank you for your email.",
        "",
        "I am out of the office until Monday 5 January 2026 with no access to email. If your message is about a",
        "Freedom of Information request, please resend it to the team mailbox and it will be logged by a",
        "colleague. If your enquiry is about a child's safety, please call Children's Services on the number",
        "shown on the council's website.",
        "",
        "Regards",
        "Information Governance Officer",
        "Warrington Borough Council", ""])
    msg = MIMEText(body, "plain", "utf-8")
    hdrs(msg, "Information Governance Officer <igofficer@warrington.gov.uk>", REQ_EMAIL,
         "Automatic reply: " + REQ_SUBJECT, dt(2025, 12, 22, 8, 14),
         "<autoreply-20251222-0814@warrington.gov.uk>", "<req-warr-20251222@example.org>",
         [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    write_bytes(f, msg.as_bytes())
    return reject(f, "eml", "out_of_office")


def b_essex(c):
    f = "essex-reply.eml"
    yrs = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]
    s = ["96", "88", "104", "112", "99", "107"]
    m = ["47", "41", "52", "58", "50", "55"]
    rows = [["Question", "Description", "Financial year", "", "", "", "", ""],
            ["", ""] + yrs,
            ["1", "Section 47 enquiries started where bruising was recorded as a reason"] + s,
            ["2", "Child protection medical examinations because of bruising"] + m]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 7))]
    a3 = "Not applicable - bruising is recorded separately from other injuries."
    items = [("title", "Freedom of Information Act 2000 - ECC-2025-7742"),
             ("h", "Request"), ("quote", REQ_LINES),
             ("h", "Response"),
             ("p", "Questions 1 and 2: figures for children aged under one, by financial year (1 April to 31 March)."),
             ("table", rows, merges, 2),
             ("bold", "Question 3"), ("p", a3),
             ("p", "If you are unhappy with this response you may ask for an internal review. You also have the right "
                   "to complain to the Information Commissioner: " + ICO_ROOT)]
    docx_bytes = make_docx(None, c, items, "ECC-2025-7742 response")
    plain = "\n".join([
        "Dear Ms Okoro,", "",
        "Please find attached Essex County Council's response to your request for information (reference ECC-2025-7742).",
        "", "Kind regards,", "Information Governance Team", "Essex County Council", "",
        "________________________________",
        quoted_request("Essex County Council", "17 November 2025 09:20", "foi@essex.gov.uk"), ""])
    html = "\n".join([
        "<html><body>", HTML_COMMENT,
        p("Dear Ms Okoro,"),
        p("Please find attached Essex County Council's response to your request for information (reference ECC-2025-7742)."),
        "<p>Kind regards,<br>Information Governance Team<br>Essex County Council</p>",
        "<hr>",
        "<blockquote>" + "<br>\n".join(xesc(x) for x in
                                       ["From: %s <%s>" % (REQUESTER, REQ_EMAIL), "Sent: 17 November 2025 09:20",
                                        "Subject: " + REQ_SUBJECT, ""] + REQ_LINES) + "</blockquote>",
        "</body></html>", ""])
    msg = MIMEMultipart("mixed", boundary="=_essex_mixed_7742")
    hdrs(msg, "Information Governance <foi@essex.gov.uk>", REQ_EMAIL,
         "RE: " + REQ_SUBJECT + " - ECC-2025-7742", dt(2025, 12, 12, 11, 47),
         "<ECC-2025-7742.response@essex.gov.uk>", "<req-essex-20251117@example.org>")
    alt = MIMEMultipart("alternative", boundary="=_essex_alt_7742")
    alt.attach(MIMEText(plain, "plain", "utf-8"))
    alt.attach(MIMEText(html, "html", "utf-8"))
    msg.attach(alt)
    att = MIMEApplication(docx_bytes, "vnd.openxmlformats-officedocument.wordprocessingml.document")
    att.add_header("Content-Disposition", "attachment", filename="FOI-Response-ECC-2025-7742.docx")
    msg.attach(att)
    write_bytes(f, msg.as_bytes())
    return reply(c, f, "eml", "answered", [], [ttext(rows), None, a3], ["answered", "see_other", "answered"],
                 s, m, "bruising", "financial", [ICO_ROOT])


def b_bedford(c):
    f = "bedford-acknowledgement.txt"
    text = "\n".join([
        "Bedford Borough Council - Freedom of Information",
        "",
        "Reference: BBC-FOI-25-2741",
        "Date: 18 November 2025",
        "",
        "Dear Ms Okoro",
        "",
        "Thank you for your request for information, which we received on 17 November 2025. Your request",
        "has been logged under the reference above and passed to Children's Services.",
        "",
        "You asked:",
        ""] + REQ_LINES + [
        "",
        "We will respond as soon as possible and in any event within 20 working days, which is by",
        "15 December 2025. If we need more information from you, or if any fee is payable, we will",
        "contact you.",
        "",
        "Please quote the reference number in any correspondence about this request.",
        "",
        "Information Governance Team",
        "Bedford Borough Council, Borough Hall, Cauldwell Street, Bedford MK42 9AP",
        "",
        SYN, ""])
    write_text(f, text)
    return reject(f, "txt", "acknowledgement")


def b_barnet(c):
    f = "barnet-foi-response.html"
    scp = "https://www.barnetscp.org.uk/annual-reports"
    body = "\n".join([
        "<div class=\"foi-case\">",
        "<p class=\"foi-case__ref\">Reference: 8127043</p>",
        "<h2>Request</h2>", p(REQ_LINES[0]),
        "<ol><li>%s</li><li>%s</li><li>%s</li></ol>" % (xesc(Q1), xesc(Q2), xesc(Q3)),
        "<h2>Response</h2>",
        p("Barnet Council holds the information you have requested. However, it is exempt from disclosure under "
          "section 21 of the Freedom of Information Act 2000 because it is reasonably accessible to you by other "
          "means."),
        "<p>The Barnet Safeguarding Children Partnership publishes, in its annual reports, yearly figures for "
        "section 47 enquiries and child protection medical examinations for children under one where bruising "
        "was a concern. The reports can be found at <a href=\"%s\">%s</a>.</p>" % (scp, scp),
        p("Section 21 is an absolute exemption, so we are not required to consider the public interest."),
        "<p>If you are unhappy with this response you can ask for an internal review. You can also complain to the "
        "Information Commissioner at <a href=\"%s\">%s</a>.</p>" % (ICO, ICO),
        "</div>"])
    html = page_jadu(c, "Barnet Council", "FOI response: bruising in children under one - section 47 enquiries and medicals",
                     body, ["Freedom of information", "Disclosure log", "Data protection", "Open data"])
    write_text(f, html)
    return reply(c, f, "html", "refused", ["s21"], [None, None, None], ["refused", "refused", "refused"],
                 None, None, "not_stated", "not_stated", [scp, ICO])


def b_north_tyneside(c):
    f = "north-tyneside-foi-response.pdf"
    yrs = ["2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"]
    t1 = [[""] + yrs, ["S47 enquiries"] + ["7", "5", "9", "8", "6", "10"]]
    t2 = [[""] + yrs, ["CP medicals"] + ["3", "0", "4", "2", "3", "5"]]
    w = [30 * mm] + [23 * mm] * 6
    i1 = "Section 47 enquiries started for children under one where bruising was recorded as a reason, by financial year:"
    i2 = "Child protection medical examinations carried out for children under one because of bruising, by financial year:"
    a3 = "We have been able to separate bruising from other injuries, so question 3 does not apply."
    items = [("p", "Our reference: NTC/FOI/25/3021"), ("p", "Date: 27 November 2025"),
             ("p", "Dear Ms Okoro,"),
             ("p", "Thank you for your request. North Tyneside Council's response is set out below."),
             ("h", "Question 1"), ("p", i1), ("table", t1, w),
             ("h", "Question 2"), ("p", i2), ("table", t2, w),
             ("h", "Question 3"), ("p", a3),
             ("p", "You have the right to ask for an internal review of this response, and then to complain to the "
                   "Information Commissioner: " + ICO),
             ("p", "Law and Governance, North Tyneside Council, Quadrant, The Silverlink North, Cobalt Business Park, "
                   "North Tyneside NE27 0BY")]
    make_pdf(f, c, items, "NTC/FOI/25/3021", colour="#005b96")
    return reply(c, f, "pdf", "answered", [], [i1 + "\n" + ttext(t1), i2 + "\n" + ttext(t2), a3],
                 ["answered", "answered", "answered"], t1[1][1:], t2[1][1:], "bruising", "financial", [ICO])


def b_cambridgeshire(c):
    f = "cambridgeshire-response.docx"
    yrs = ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"]
    s = ["27", "24", "30", "33", "29", "31"]
    m = ["6", "*", "7", "5", "*", "8"]
    t1 = [["Question 1: section 47 enquiries started, children under one, bruising recorded", ""],
          ["Financial year", "Number"]] + [[y, v] for y, v in zip(yrs, s)]
    t2 = [["Question 2: child protection medical examinations, children under one, bruising", ""],
          ["Financial year", "Number"]] + [[y, v] for y, v in zip(yrs, m)]
    foot = "* Fewer than 5. Small numbers are suppressed to reduce the risk of identifying individual children."
    a3 = "Question 3 - not applicable, as bruising is recorded separately from other injuries."
    items = [("title", "Freedom of Information request FOI-25-09921"),
             ("p", "Date of response: 8 December 2025"),
             ("p", "Dear Ms Okoro,"),
             ("p", "Cambridgeshire County Council holds the information you requested. Please see the tables below."),
             ("table", t1, [((0, 0), (0, 1))], 2),
             ("table", t2, [((0, 0), (0, 1))], 2),
             ("small", foot),
             ("p", a3),
             ("p", "If you are dissatisfied with this response you may request an internal review. You may also "
                   "complain to the Information Commissioner: " + ICO),
             ("p", "Information Governance Team, Cambridgeshire County Council")]
    make_docx(f, c, items, "FOI-25-09921")
    return reply(c, f, "docx", "answered", [], [ttext(t1), ttext(t2) + "\n" + foot, a3],
                 ["answered", "answered", "answered"], s, m, "bruising", "financial", [ICO])


def b_shropshire(c):
    f = "shropshire-reply.eml"
    icb = "https://www.shropshiretelfordandwrekin.nhs.uk/"
    body = "\n".join([
        "Dear Ms Okoro,", "",
        "Re: Freedom of Information request SC-FOI-25-4410", "",
        "Thank you for your request. Shropshire Council does not hold the information you have asked for in a",
        "form that answers your questions. Since 2021, bruising in children under one in Shropshire, Telford and",
        "Wrekin has been managed under a multi-agency infant bruising protocol, and the figures for enquiries and",
        "medical examinations under that protocol are collated by NHS Shropshire, Telford and Wrekin Integrated",
        "Care Board on behalf of the safeguarding partnership.", "",
        "We suggest that you send your request to the ICB, which is a public authority under the Act:",
        icb, "",
        "If you are unhappy with this response you can ask for an internal review by replying to this email.", "",
        "Kind regards", "", "Information Request Team", "Shropshire Council", "",
        "-----Original Message-----",
        "From: Information Request Team",
        "Sent: 18 November 2025 10:02",
        "To: %s" % REQ_EMAIL,
        "Subject: Acknowledgement - SC-FOI-25-4410", "",
        "Dear Ms Okoro,", "",
        "Thank you for your request for information, which we received on 17 November 2025. We will respond",
        "within 20 working days.", "",
        "-----Original Message-----",
        quoted_request("Shropshire Council", "17 November 2025 09:31", "FOI <foi@shropshire.gov.uk>"), ""])
    msg = MIMEText(body, "plain", "us-ascii")
    hdrs(msg, "Information Request Team <foi@shropshire.gov.uk>", REQ_EMAIL,
         "RE: Acknowledgement - SC-FOI-25-4410", dt(2025, 12, 9, 13, 40),
         "<SC-FOI-25-4410.2@shropshire.gov.uk>", "<SC-FOI-25-4410.1@shropshire.gov.uk>")
    write_bytes(f, msg.as_bytes())
    return reply(c, f, "eml", "redirected", [], [None, None, None], ["redirected", "redirected", "redirected"],
                 None, None, "not_stated", "not_stated", [icb])


def b_rutland(c):
    f = "rutland-foi-response.txt"
    yrs = ["2019", "2020", "2021", "2022", "2023", "2024"]
    s = ["fewer than five", "nil", "fewer than five", "5", "fewer than five", "nil"]
    m = ["nil", "nil", "fewer than five", "fewer than five", "nil", "nil"]
    l1 = "\n".join("   %s: %s" % (y, v) for y, v in zip(yrs, s))
    l2 = "\n".join("   %s: %s" % (y, v) for y, v in zip(yrs, m))
    note = ("Please note that our reports are run by calendar year (1 January to 31 December), so the figures "
            "below are for calendar years 2019 to 2024 rather than financial years.")
    text = "\n".join([
        "RUTLAND COUNTY COUNCIL",
        "Catmose, Oakham, Rutland LE15 6HP",
        "",
        "Freedom of Information Act 2000 - Request FOI/2025/611",
        "Date of response: 26 November 2025",
        "",
        "Dear Ms Okoro,",
        "",
        "Thank you for your request. Rutland County Council's response is below.",
        "",
        note,
        "",
        "1. Section 47 enquiries started (children under one, bruising recorded as a reason)",
        l1,
        "",
        "2. Child protection medical examinations (children under one, because of bruising)",
        l2,
        "",
        "3. Not applicable.",
        "",
        "Because Rutland is a small authority, numbers between one and four are shown as 'fewer than five'.",
        "",
        "Yours sincerely,",
        "Governance Team, Rutland County Council",
        "",
        SYN, ""])
    write_text(f, text)
    return reply(c, f, "txt", "answered", [],
                 ["1. Section 47 enquiries started (children under one, bruising recorded as a reason)\n" + l1,
                  "2. Child protection medical examinations (children under one, because of bruising)\n" + l2,
                  "3. Not applicable."],
                 ["answered", "answered", "answered"], s, m, "bruising", "calendar", [])


def b_greenwich(c):
    f = "greenwich-disclosure-bruising-policy.html"
    body = "\n".join([
        "<h2>Request</h2>",
        p("Following the Child Safeguarding Practice Review Panel's briefing on bruising in non-mobile infants "
          "(29 September 2022), please tell me:"),
        "<ol>",
        "<li>Was there a review of your safeguarding policies after the guidance, when, and what did it conclude?</li>",
        "<li>Please provide any papers on the outcome of that review.</li>",
        "<li>Does your policy require a section 47 investigation or strategy discussion in all cases?</li>",
        "<li>What changes were made for consistency with the evidence base and national guidelines?</li>",
        "<li>Did your definition of &quot;not independently mobile&quot; change, and how is it defined now?</li>",
        "</ol>",
        "<h2>Response</h2>",
        p("1. The Royal Borough of Greenwich Safeguarding Children Partnership reviewed its bruising protocol in "
          "spring 2023. The review concluded that the protocol should keep a strategy discussion as the first step "
          "but add an initial appraisal by a senior social worker and a paediatrician."),
        p("2. The partnership is not a public authority under the Act and the council does not hold the review papers."),
        p("3. No. Every case is discussed at a strategy meeting; a section 47 enquiry follows only where the threshold is met."),
        p("4. The protocol was aligned with the London Safeguarding Children Procedures."),
        p("5. Yes. A baby is now treated as not independently mobile until they can crawl, cruise or bottom-shuffle; "
          "rolling alone does not count as mobility.")])
    html = page_localgov(c, "Royal Borough of Greenwich", "Bruising in non-mobile infants - review of safeguarding policy",
                         [("Reference", "FOI 25-2290"), ("Date published", "3 December 2025")], body,
                         crumbs=("Home", "Council and democracy", "Freedom of information", "Published responses"))
    write_text(f, html)
    return reject(f, "html", "other_request")


def b_newham(c):
    f = "newham-foi-response.pdf"
    per = ["April 2019 \u2013 March 2020", "April 2020 \u2013 March 2021", "April 2021 \u2013 March 2022",
           "April 2022 \u2013 March 2023", "April 2023 \u2013 March 2024", "April 2024 \u2013 March 2025"]
    s = ["25", "22", "28", "31", "27", "30"]
    m = ["9", "1-4", "11", "8", "1-4", "10"]
    t1 = [["Period", "Number"]] + [[a, b] for a, b in zip(per, s)] + [["Total", "163"]]
    t2 = [["Period", "Number"]] + [[a, b] for a, b in zip(per, m)] + [["Total (years with exact figures)", "38"]]
    h1 = "Section 47 enquiries started for children under one where bruising was recorded as a reason"
    h2 = "Child protection medical examinations for children under one because of bruising"
    note = ("1-4 indicates a number between one and four, which we have not given exactly to protect the "
            "identity of the children concerned.")
    w = [70 * mm, 30 * mm]
    items = [("p", "FOI reference: 5400123"), ("p", "Date: 16 December 2025"),
             ("p", "Dear Ms Okoro,"),
             ("p", "Thank you for your request for information. The London Borough of Newham holds the "
                   "information and our response is below."),
             ("h", h1), ("table", t1, w, "total"),
             ("h", h2), ("table", t2, w, "total"),
             ("p", note),
             ("p", "If you are unhappy with our response you may ask for an internal review. If you are still "
                   "dissatisfied you may complain to the Information Commissioner: " + ICO),
             ("p", "Information Governance, London Borough of Newham, Newham Dockside, 1000 Dockside Road, London E16 2QU")]
    make_pdf(f, c, items, "FOI 5400123", colour="#00703c")
    return reply(c, f, "pdf", "answered", [], [h1 + "\n" + ttext(t1), h2 + "\n" + ttext(t2) + "\n" + note, None],
                 ["answered", "answered", "not_answered"], s, m, "bruising", "financial", [ICO])


def b_swindon(c):
    f = "swindon-clarification.docx"
    items = [("title", "Request for clarification"),
             ("p", "Reference: SBC-FOI-25-1820"), ("p", "Date: 24 November 2025"),
             ("p", "Dear Ms Okoro,"),
             ("p", "Thank you for your request for information about section 47 enquiries and child protection "
                   "medical examinations for children under one."),
             ("p", "Before we can respond we need you to clarify two points:"),
             ("bullets", ["Question 1: do you want enquiries where bruising was the only reason recorded, or any "
                          "enquiry where bruising was one of several reasons?",
                          "Question 2: would figures for calendar years be acceptable if financial year figures "
                          "cannot be produced within the cost limit?"]),
             ("p", "Under section 1(3) of the Freedom of Information Act we do not have to respond until we receive "
                   "your clarification. The 20 working day period will start again when we hear from you. If we do "
                   "not hear from you within two months we will close the request."),
             ("p", "Kind regards,"), ("p", "Information Governance, Swindon Borough Council")]
    make_docx(f, c, items, "SBC-FOI-25-1820 clarification")
    return reject(f, "docx", "clarification")


def b_lancashire(c):
    f = "lancashire-delivery-failure.eml"
    explain = "\n".join([
        "This is the mail system at host mx1.example-relay.net.", "",
        "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
        "", "<foi.requests@lancashire.gov.uk>: host mail.lancashire.gov.uk said: 550 5.1.1 <foi.requests@lancashire.gov.uk>:",
        "    Recipient address rejected: User unknown in virtual mailbox table", ""])
    msg = MIMEMultipart("report", boundary="=_bounce_lancs_01", report_type="delivery-status")
    hdrs(msg, "Mail Delivery System <MAILER-DAEMON@mx1.example-relay.net>", REQ_EMAIL,
         "Undelivered Mail Returned to Sender", dt(2025, 11, 17, 9, 41),
         "<20251117094101.bounce@mx1.example-relay.net>",
         extra=[("Auto-Submitted", "auto-replied")])
    msg.attach(MIMEText(explain, "plain", "us-ascii"))
    ds = MIMEBase("message", "delivery-status")
    m1 = Message()
    m1["Reporting-MTA"] = "dns; mx1.example-relay.net"
    m1["Arrival-Date"] = "Mon, 17 Nov 2025 09:40:58 +0000"
    m2 = Message()
    m2["Final-Recipient"] = "rfc822; foi.requests@lancashire.gov.uk"
    m2["Action"] = "failed"
    m2["Status"] = "5.1.1"
    m2["Diagnostic-Code"] = "smtp; 550 5.1.1 Recipient address rejected: User unknown"
    ds.set_payload([m1, m2])
    msg.attach(ds)
    orig = MIMEText("Dear Lancashire County Council,\n\n" + "\n\n".join(REQ_LINES) + "\n\nYours faithfully,\n\n" + REQUESTER + "\n",
                    "plain", "utf-8")
    orig["From"] = "%s <%s>" % (REQUESTER, REQ_EMAIL)
    orig["To"] = "foi.requests@lancashire.gov.uk"
    orig["Subject"] = REQ_SUBJECT
    orig["Date"] = "Mon, 17 Nov 2025 09:40:55 +0000"
    orig["Message-ID"] = "<req-lancs-20251117@example.org>"
    msg.attach(MIMEMessage(orig))
    write_bytes(f, msg.as_bytes())
    return reject(f, "eml", "bounce")


def b_durham(c):
    f = "county-durham-foi-response.html"
    cin = "https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need"
    fy = ["FY19/20", "FY20/21", "FY21/22", "FY22/23", "FY23/24", "FY24/25"]
    s = ["34", "29", "37", "41", "36", "39"]
    m = ["15", "12", "18", "20", "17", "19"]
    l1 = ["%s: %s" % (a, b) for a, b in zip(fy, s)]
    l2 = ["%s: %s" % (a, b) for a, b in zip(fy, m)]
    a3 = "Not applicable - the figures above relate to bruising only."
    body = "\n".join([
        "<p><strong>Date of request:</strong> 17 November 2025<br><strong>Date of response:</strong> 5 December 2025</p>",
        "<h2>Question 1: section 47 enquiries started for children under one where bruising was recorded as a reason</h2>",
        ul(l1),
        "<h2>Question 2: child protection medical examinations for children under one because of bruising</h2>",
        ul(l2),
        "<h2>Question 3</h2>", p(a3),
        "<p>National figures on section 47 enquiries are published by the Department for Education at "
        "<a href=\"%s\">%s</a>.</p>" % (cin, cin),
        "<p>If you are not satisfied with this response you may ask for an internal review, and then complain to "
        "the Information Commissioner (<a href=\"%s\">%s</a>).</p>" % (ICO, ICO)])
    html = page_jadu(c, "Durham County Council", "FOI response 25-11-0391: section 47 enquiries and medicals, bruising in under ones",
                     body, ["Freedom of information requests", "Disclosure log", "Children's social care"])
    write_text(f, html)
    return reply(c, f, "html", "answered", [], ["\n".join(l1), "\n".join(l2), a3],
                 ["answered", "answered", "answered"], s, m, "bruising", "financial", [cin, ICO])


def b_east_sussex(c):
    f = "east-sussex-foi-letter.txt"
    table = "\n".join([
        "                                 2019/20  2020/21  2021/22  2022/23  2023/24  2024/25   Total",
        "Q1 S47 enquiries started              58       52       63       67       61       66     367",
        "Q2 CP medicals                        29       25       31       34       30       33     182"])
    a3 = ("Our records do not allow us to separate bruising from other injuries. As you asked in question 3, "
          "the figures below are for all injuries to children under one, and we are telling you that we have "
          "done so.")
    text = "\n".join([
        "East Sussex County Council",
        "Children's Services - Information Governance",
        "County Hall, St Anne's Crescent, Lewes BN7 1UE",
        "",
        "Our ref: ESCC/FOI/25/5128",
        "2 December 2025",
        "",
        "Dear Ms Okoro",
        "",
        "Freedom of Information request: section 47 enquiries and child protection medicals",
        "",
        "Thank you for your request of 17 November 2025.",
        "",
        a3,
        "",
        "Questions 1 and 2 - children under one, all injuries, by financial year:",
        "",
        table,
        "",
        "If you are not happy with this response you can ask for an internal review within 40 working days.",
        "",
        "Yours sincerely",
        "",
        "Information Governance Officer",
        "",
        SYN, ""])
    write_text(f, text)
    lines = table.splitlines()
    s = lines[1].split()[4:10]
    m = lines[2].split()[3:9]
    return reply(c, f, "txt", "answered", [], [table, None, a3], ["answered", "see_other", "answered"],
                 s, m, "all_injuries", "financial", [])


def b_ne_lincs(c):
    f = "north-east-lincolnshire-foi-response.pdf"
    rows = [["Year", "Medicals (bruising)"], ["2019-20", "7"], ["2020-21", "5"], ["2021-22", "fewer than 5"],
            ["2022-23", "8"], ["2023-24", "6"], ["2024-25", "9"]]
    a1 = ("North East Lincolnshire Council's children's social care system does not record the reason for a "
          "section 47 enquiry in a way that can be searched for bruising. Identifying the enquiries would mean "
          "reading the case notes for every section 47 enquiry on a child under one over the six years, which we "
          "estimate at more than 60 hours of work. This exceeds the appropriate limit of 18 hours, so we are "
          "applying section 12 of the Act to question 1.")
    i2 = ("Child protection medicals for children under one are logged by our Integrated Front Door on a "
          "separate spreadsheet that records the reason for the medical. The figures are:")
    n2 = "Where the number is fewer than 5 we have not given the exact figure."
    items = [("p", "Request reference: NELC-FOI-3307"), ("p", "Date: 11 December 2025"),
             ("p", "Dear Ms Okoro"),
             ("p", "Thank you for your request for information. We have answered each question below."),
             ("h", "Question 1"), ("p", a1),
             ("h", "Question 2"), ("p", i2), ("table", rows, [40 * mm, 45 * mm]), ("p", n2),
             ("p", "If you are unhappy with this response you may ask for an internal review. You may also "
                   "complain to the Information Commissioner: " + ICO),
             ("p", "Information Governance, North East Lincolnshire Council, Municipal Offices, Town Hall Square, Grimsby DN31 1HU")]
    make_pdf(f, c, items, "NELC-FOI-3307", colour="#1d3f72")
    return reply(c, f, "pdf", "partial", ["s12"], [a1, i2 + "\n" + ttext(rows) + "\n" + n2, None],
                 ["refused", "answered", "not_answered"], None, [r[1] for r in rows[1:]],
                 "bruising", "financial", [ICO])


def b_bracknell(c):
    f = "bracknell-forest-response.docx"
    rows = [["Financial year", "Children aged under one - bruising", ""],
            ["", "Section 47 enquiries started", "Child protection medicals"],
            ["2019/20", "6", "*"], ["2020/21", "*", "None"], ["2021/22", "7", "*"],
            ["2022/23", "5", "*"], ["2023/24", "8", "5"], ["2024/25", "6", "*"]]
    merges = [((0, 0), (1, 0)), ((0, 1), (0, 2))]
    foot = ("* a number between 1 and 4, withheld under section 40(2) of the Freedom of Information Act to protect "
            "the identity of the children.")
    items = [("title", "Your Freedom of Information request"),
             ("p", "Reference: BFC-FOI-4471"), ("p", "Date: 9 December 2025"),
             ("p", "Dear Ms Okoro,"),
             ("p", "Thank you for your request for information. Bracknell Forest Council's response to questions 1 "
                   "and 2 is in the table below."),
             ("table", rows, merges, 2),
             ("small", foot),
             ("p", "If you are dissatisfied with this response, you may ask for an internal review."),
             ("p", "Information Governance, Bracknell Forest Council, Time Square, Market Street, Bracknell RG12 1JD")]
    make_docx(f, c, items, "BFC-FOI-4471")
    return reply(c, f, "docx", "answered", ["s40(2)"], [ttext(rows) + "\n" + foot, None, None],
                 ["answered", "see_other", "not_answered"], [r[1] for r in rows[2:]], [r[2] for r in rows[2:]],
                 "bruising", "financial", [])


def b_haringey(c):
    f = "haringey-reply.eml"
    para = ("Haringey Council holds information within the scope of your request. However, the numbers of "
            "section 47 enquiries and child protection medical examinations for children under one where bruising "
            "was recorded are small in every year, and we consider that releasing them, even as totals, could "
            "allow individual children to be identified when combined with other information, such as local news "
            "reporting and published safeguarding reviews. The information is therefore exempt under section 40(2) "
            "of the Freedom of Information Act 2000, because disclosure would breach the data protection principles. "
            "This is an absolute exemption and there is no public interest test.")
    plain = "\n".join(["Dear Ms Okoro,", "", "Freedom of Information request LBH/11820145", "", para, "",
                       "You may ask for an internal review of this decision within 40 working days. If you remain "
                       "dissatisfied you may complain to the Information Commissioner: " + ICO,
                       "", "Yours sincerely,", "", "Feedback and Information Governance Team", "London Borough of Haringey", ""])
    html = "\n".join(["<html><body>", HTML_COMMENT,
                      "<div style=\"font-family:Calibri,Arial\">", p("Dear Ms Okoro,"),
                      "<p><b>Freedom of Information request LBH/11820145</b></p>", p(para),
                      "<p>You may ask for an internal review of this decision within 40 working days. If you remain "
                      "dissatisfied you may complain to the Information Commissioner: <a href=\"%s\">%s</a></p>" % (ICO, ICO),
                      "<p>Yours sincerely,<br><br>Feedback and Information Governance Team<br>London Borough of Haringey</p>",
                      "</div></body></html>", ""])
    msg = MIMEMultipart("alternative", boundary="=_haringey_alt_11820145")
    hdrs(msg, "Feedback and Information Governance <foi@haringey.gov.uk>", REQ_EMAIL,
         "LBH/11820145 - Response to your Freedom of Information request", dt(2025, 12, 16, 15, 22),
         "<LBH-11820145@haringey.gov.uk>", "<req-haringey-20251117@example.org>")
    msg.attach(MIMEText(plain, "plain", "utf-8"))
    msg.attach(MIMEText(html, "html", "utf-8"))
    write_bytes(f, msg.as_bytes())
    return reply(c, f, "eml", "refused", ["s40(2)"], [None, None, None], ["refused", "refused", "refused"],
                 None, None, "not_stated", "not_stated", [ICO])


def b_hammersmith(c):
    f = "hammersmith-and-fulham-response.txt"
    text = "\n".join([
        "From: Information Management <foi@lbhf.gov.uk>",
        "Date: 28 November 2025",
        "Subject: FOI-2025-23318 response",
        "",
        "Dear Ms Okoro,",
        "",
        "Your request: section 47 enquiries and child protection medicals for children under one (bruising)",
        "",
        "Hammersmith & Fulham Council does not hold the information you have requested.",
        "",
        "Our children's social care records do not identify bruising, or injuries of any kind, as a reason",
        "for a section 47 enquiry, and the council does not carry out or record child protection medical",
        "examinations. We are therefore unable to answer questions 1, 2 or 3. This is a formal notice under",
        "section 1(1)(a) of the Freedom of Information Act 2000 that the information is not held.",
        "",
        "If you are unhappy with this response you may request an internal review. You may also complain to",
        "the Information Commissioner: " + ICO,
        "",
        "Regards,",
        "Information Management Team",
        "London Borough of Hammersmith & Fulham",
        "",
        SYN, ""])
    write_text(f, text)
    return reply(c, f, "txt", "not_held", [], [None, None, None], ["not_held", "not_held", "not_held"],
                 None, None, "not_stated", "not_stated", [ICO])


# Builders in the order the councils are drawn (rng.sample order); GSS code checked.
PLAN = [
    ("E06000038", b_reading), ("E10000030", b_surrey), ("E06000015", b_derby),
    ("E08000024", b_sunderland), ("E08000028", b_sandwell), ("E08000014", b_sefton),
    ("E06000024", b_north_somerset), ("E06000046", b_isle_of_wight), ("E08000017", b_doncaster),
    ("E06000001", b_hartlepool), ("E06000056", b_central_bedfordshire), ("E06000026", b_plymouth),
    ("E06000064", b_westmorland), ("E08000026", b_coventry), ("E08000035", b_leeds),
    ("E08000005", b_rochdale), ("E06000019", b_herefordshire), ("E09000033", b_westminster),
    ("E06000007", b_warrington), ("E10000012", b_essex), ("E06000055", b_bedford),
    ("E09000003", b_barnet), ("E08000022", b_north_tyneside), ("E10000003", b_cambridgeshire),
    ("E06000051", b_shropshire), ("E06000017", b_rutland), ("E09000011", b_greenwich),
    ("E09000025", b_newham), ("E06000030", b_swindon), ("E10000017", b_lancashire),
    ("E06000047", b_durham), ("E10000011", b_east_sussex), ("E06000012", b_ne_lincs),
    ("E06000036", b_bracknell), ("E09000014", b_haringey), ("E09000013", b_hammersmith),
]


def pick_councils():
    with open(REF, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rng = random.Random(SEED)
    out = []
    for r in rng.sample(rows, N_DOCS):
        slug = r["gov-uk-slug"] or re.sub(r"[^a-z0-9]+", "-", r["nice-name"].lower()).strip("-")
        out.append({"name": " ".join(r["official-name"].split()), "code": r["gss-code"],
                    "nice": r["nice-name"], "slug": slug})
    return out


# =========================================================================== self-check
def pdf_text(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join((pg.extract_text() or "") for pg in pdf.pages)


def docx_text(data):
    d = Document(io.BytesIO(data))
    parts = [pp.text for pp in d.paragraphs]
    for t in d.tables:
        seen = []  # keep the elements alive so identity comparison is safe
        for row in t.rows:
            cells = []
            for cell in row.cells:
                if any(cell._tc is x for x in seen):
                    continue
                seen.append(cell._tc)
                cells.append(cell.text)
            parts.append("\n".join(cells))
    for s in d.sections:
        parts += [pp.text for pp in s.header.paragraphs] + [pp.text for pp in s.footer.paragraphs]
    return "\n".join(parts)


BLOCK = {"p", "div", "td", "th", "tr", "li", "dt", "dd", "h1", "h2", "h3", "h4", "br", "table",
         "caption", "section", "article", "blockquote", "ol", "ul", "hr"}


def html_text(src):
    import lxml.html
    doc = lxml.html.fromstring(src)
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag in BLOCK:
            el.tail = "\n" + (el.tail or "")
    return doc.text_content()


def eml_text(data, raw_html=False):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    parts = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            parts.append(part.get_content())
        elif ct == "text/html":
            parts.append(part.get_content() if raw_html else html_text(part.get_content()))
        elif ct == "application/pdf":
            parts.append(pdf_text(part.get_content()))
        elif ct.endswith("wordprocessingml.document"):
            parts.append(docx_text(part.get_content()))
    return "\n".join(parts), msg


def doc_text(name):
    with open(path(name), "rb") as fh:
        data = fh.read()
    ext = name.rsplit(".", 1)[1]
    if ext == "pdf":
        return pdf_text(data)
    if ext == "docx":
        return docx_text(data)
    if ext == "html":
        return html_text(data.decode("utf-8"))
    if ext == "eml":
        return eml_text(data)[0]
    return data.decode("utf-8")


URL_RE = re.compile(r"https?://[^\s<>\"')\]]+")


def urls_in(name, text):
    if name.endswith(".html"):
        src = open(path(name), encoding="utf-8").read()
        found = URL_RE.findall(src)
    elif name.endswith(".eml"):
        with open(path(name), "rb") as fh:
            found = URL_RE.findall(eml_text(fh.read(), raw_html=True)[0])
    else:
        found = URL_RE.findall(text)
    out = []
    for u in found:
        u = u.rstrip(".,;:")
        if u not in out:
            out.append(u)
    return out


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


def self_check(labels):
    problems = []
    fmts = {}
    for lab in labels:
        name = lab["file"]
        fmts[lab["format"]] = fmts.get(lab["format"], 0) + 1
        assert name.rsplit(".", 1)[1] == lab["format"], name
        text = doc_text(name)
        nt = norm(text)
        low = nt.lower()
        # every document visibly marked synthetic
        raw = open(path(name), "rb").read()
        if name.endswith(".eml"):
            assert b"X-Synthetic-Test-Document: yes" in raw, name
        elif name.endswith(".html"):
            assert ("<!-- " + SYN + " -->").encode() in raw, name
        else:
            assert SYN in text, name
        if lab.get("reject"):
            continue
        f = lab["fields"]
        for key in ("s47_enquiries", "cp_medicals"):
            v = f[key]
            if v is None:
                continue
            assert list(v) == YEARS, (name, key)
            for y, n in v.items():
                if isinstance(n, int):
                    ok = re.search(r"(?<![\d/])%d(?![\d/])" % n, nt) is not None
                    if n == 0 and not ok:
                        ok = re.search(r"\b(nil|none|zero)\b", low) is not None
                    if not ok:
                        problems.append("%s: %s %s=%s not in text" % (name, key, y, n))
                else:
                    assert n in (None, "<5"), (name, key, y, n)
        # answer texts present (table cells / lines checked one by one)
        for q, a in lab["answers"].items():
            if a is None:
                continue
            for frag in re.split(r"\s*\|\s*|\n", a):
                fr = norm(frag)
                if fr and fr not in nt:
                    problems.append("%s: answer %s fragment %r not in text" % (name, q, fr))
        # links: exactly the URLs the document gives, in order
        got = urls_in(name, text)
        if got != lab["links"]:
            problems.append("%s: links %r != labelled %r" % (name, got, lab["links"]))
        # consistency between outcome, statuses and fields
        st = lab["status"]
        if lab["outcome"] in ("refused", "not_held", "redirected"):
            assert f["s47_enquiries"] is None and f["cp_medicals"] is None, name
        if lab["outcome"] == "answered":
            assert st["1"] in ("answered", "see_other") and st["2"] in ("answered", "see_other"), name
        if lab["outcome"] == "partial":
            assert "answered" in (st["1"], st["2"]) and any(
                s in ("refused", "not_held", "redirected") for s in (st["1"], st["2"])), name
        for q in "123":
            assert st[q] in ("answered", "see_other", "not_held", "refused", "redirected", "not_answered"), name
    return problems, fmts


def main():
    councils = pick_councils()
    assert len(PLAN) == N_DOCS
    labels = []
    for c, (code, builder) in zip(councils, PLAN):
        assert c["code"] == code, (c, code)
        lab = builder(c)
        assert lab["file"].startswith(c["slug"] + "-"), (lab["file"], c["slug"])
        labels.append(lab)
    assert len({lab["file"] for lab in labels}) == N_DOCS
    with open(path("labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    problems, fmts = self_check(labels)
    n_rej = sum(1 for lab in labels if lab.get("reject"))
    print("documents per format:", dict(sorted(fmts.items())), "rejects:", n_rej, "replies:", len(labels) - n_rej)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("self-check passed")


if __name__ == "__main__":
    main()
