#!/usr/bin/env python3
"""Write the blind_a corpus: 28 synthetic replies (and non-replies) to a round-robin FOI
request about section 47 enquiries and child protection medicals for bruising in babies
under one, plus labels.json.

Every document is synthetic: real council names, invented content.  The generator is
deterministic (fixed dates, fixed MIME boundaries, reportlab invariant mode, fixed ZIP
timestamps in DOCX files), so running it twice gives byte-identical files.

Run:  python make_fixtures.py            (writes next to this file)
"""

import datetime
import html
import io
import json
import os
import zipfile
from email.message import EmailMessage
from email.policy import default as default_policy
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,  # noqa: E402
    Table,
    TableStyle,
)

import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
YEARS = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]
SYN = "Synthetic test document written for foi-responses; not a real council reply."
REQUESTER = "Alex Morgan"
REQUESTER_EMAIL = "alex.morgan.foi@example.net"

# Official names and GSS codes (from english_cs_authorities_153.csv).
AUTH = {
    "norfolk": ("Norfolk County Council", "E10000020"),
    "wigan": ("Wigan Metropolitan Borough Council", "E08000010"),
    "plymouth": ("Plymouth City Council", "E06000026"),
    "derbyshire": ("Derbyshire County Council", "E10000007"),
    "southwark": ("London Borough of Southwark", "E09000028"),
    "warrington": ("Warrington Borough Council", "E06000007"),
    "essex": ("Essex County Council", "E10000012"),
    "bristol": ("Bristol City Council", "E06000023"),
    "kirklees": ("Kirklees Council", "E08000034"),
    "cheshire-east": ("Cheshire East Council", "E06000049"),
    "trafford": ("Trafford Metropolitan Borough Council", "E08000009"),
    "lancashire": ("Lancashire County Council", "E10000017"),
    "sunderland": ("Sunderland City Council", "E08000024"),
    "brent": ("London Borough of Brent", "E09000005"),
    "suffolk": ("Suffolk County Council", "E10000029"),
    "camden": ("London Borough of Camden", "E09000007"),
    "herefordshire": ("Herefordshire Council", "E06000019"),
    "nottinghamshire": ("Nottinghamshire County Council", "E10000024"),
    "devon": ("Devon County Council", "E10000008"),
    "rotherham": ("Rotherham Metropolitan Borough Council", "E08000018"),
    "middlesbrough": ("Middlesbrough Borough Council", "E06000002"),
    "barnet": ("London Borough of Barnet", "E09000003"),
    "solihull": ("Solihull Metropolitan Borough Council", "E08000029"),
    "lincolnshire": ("Lincolnshire County Council", "E10000019"),
    "west-sussex": ("West Sussex County Council", "E10000032"),
}

REQ_INTRO = (
    "Under the Freedom of Information Act 2000, please provide, for each financial year "
    "from 2019/20 to 2024/25:"
)
REQ_Q = [
    "1. The number of section 47 enquiries started for children aged under one year where "
    "bruising was recorded as a reason for the enquiry.",
    "2. The number of child protection medical examinations carried out for children aged "
    "under one year because of bruising.",
    "3. If your records cannot separate bruising from other injuries, please give the figures "
    "for all injuries to children under one and tell me that you have done so.",
]
ICO = "https://ico.org.uk/make-a-complaint/"
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

LABELS = []


# --------------------------------------------------------------------------- helpers
def ttext(rows):
    """A table given as its text: cells separated by tabs, rows by newlines."""
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def fields(vals):
    if vals is None:
        return None
    assert len(vals) == 6
    return dict(zip(YEARS, vals))


def cell(v):
    return str(v)


def reply(file, fmt, key, outcome, exemptions, answers, status, s47, med, injury, year, links):
    name, code = AUTH[key]
    for q in ("1", "2", "3"):
        assert (answers[q] is None) == (status[q] == "not_answered"), (file, q)
    LABELS.append(
        {
            "file": file,
            "format": fmt,
            "authority": name,
            "authority_code": code,
            "outcome": outcome,
            "exemptions": exemptions,
            "answers": answers,
            "status": status,
            "fields": {
                "s47_enquiries": fields(s47),
                "cp_medicals": fields(med),
                "injury_basis": injury,
                "year_basis": year,
            },
            "links": links,
        }
    )


def reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(
        os.path.join(OUT, name),
        mode,
        **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"}),
    ) as f:
        f.write(data)


# ---- PDF
def make_canvas(footer):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                footer(self, n)
                super().showPage()
            super().save()

    return NumberedCanvas


def pdf_build(
    target,
    story,
    *,
    title,
    author,
    letterhead,
    font="Helvetica",
    pagesize=A4,
    page_fmt="Page {p} of {n}",
    later_header=None,
):
    w, h = pagesize

    def footer(c, n):
        c.saveState()
        c.setFont(font, 8)
        c.setFillColor(colors.black)
        c.drawCentredString(w / 2, 14 * mm, page_fmt.format(p=c.getPageNumber(), n=n))
        c.setFont("Helvetica", 6)
        c.setFillColor(colors.grey)
        c.drawCentredString(w / 2, 9 * mm, SYN)
        c.restoreState()

    def later(c, d):
        if later_header:
            c.saveState()
            c.setFont(font, 8)
            c.setFillColor(colors.grey)
            c.drawString(20 * mm, h - 12 * mm, later_header)
            c.restoreState()

    doc = SimpleDocTemplate(
        target,
        pagesize=pagesize,
        title=title,
        author=author,
        subject="Synthetic test document (foi-responses)",
        keywords="synthetic test document, foi-responses",
        creator="foi-responses make_fixtures.py",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=42 * mm,
        bottomMargin=24 * mm,
    )
    doc.build(story, onFirstPage=letterhead, onLaterPages=later, canvasmaker=make_canvas(footer))


def styles(font, bold, size=10.5):
    return {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=6),
        "b": ParagraphStyle(
            "b", fontName=bold, fontSize=size, leading=size * 1.35, spaceAfter=4, spaceBefore=6
        ),
        "h": ParagraphStyle(
            "h", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=8
        ),
        "q": ParagraphStyle(
            "q",
            fontName=font,
            fontSize=size - 0.5,
            leading=size * 1.3,
            leftIndent=12 * mm,
            textColor=colors.HexColor("#333333"),
            spaceAfter=3,
        ),
        "s": ParagraphStyle(
            "s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=4
        ),
    }


def P(text, st):
    return Paragraph(escape(text), st)


def pdf_table(rows, widths, font, bold, head_bg="#dde6ee", align_right_from=1, size=9.5):
    t = Table([[str(c) for c in r] for r in rows], colWidths=widths, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, size),
                ("FONT", (0, 0), (-1, 0), bold, size),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                ("ALIGN", (align_right_from, 1), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def letterhead_fn(
    name, lines, colour, font_bold="Helvetica-Bold", font="Helvetica", pagesize=A4, align="left"
):
    w, h = pagesize

    def draw(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor(colour))
        if align == "left":
            c.rect(0, h - 30 * mm, 8 * mm, 30 * mm, stroke=0, fill=1)
            c.setFont(font_bold, 17)
            c.drawString(20 * mm, h - 17 * mm, name)
            c.setFont(font, 8.5)
            c.setFillColor(colors.HexColor("#444444"))
            for i, ln in enumerate(lines):
                c.drawString(20 * mm, h - 23 * mm - i * 3.8 * mm, ln)
        else:
            c.setFont(font_bold, 16)
            c.drawRightString(w - 20 * mm, h - 17 * mm, name)
            c.setFont(font, 8.5)
            c.setFillColor(colors.HexColor("#444444"))
            for i, ln in enumerate(lines):
                c.drawRightString(w - 20 * mm, h - 23 * mm - i * 3.8 * mm, ln)
            c.setStrokeColor(colors.HexColor(colour))
            c.setLineWidth(2)
            c.line(20 * mm, h - 35 * mm, w - 20 * mm, h - 35 * mm)
        c.restoreState()

    return draw


# ---- DOCX
FIXED_DT = datetime.datetime(2025, 11, 1, 9, 0, 0)


def new_docx(title, author, header_text, font="Calibri", created=FIXED_DT):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = "Synthetic test document (foi-responses)"
    cp.keywords = "synthetic; test document; foi-responses"
    cp.comments = SYN
    cp.category = "Synthetic test document"
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ").font.size = Pt(8)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    sp = sec.footer.add_paragraph()
    sp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = sp.add_run(SYN)
    run.font.size = Pt(6.5)
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return d


def docx_bytes(d):
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def bold_para(d, text, style=None):
    p = d.add_paragraph(style=style)
    p.add_run(text).bold = True
    return p


def docx_table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
            if i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t


# ---- EML
def finish_eml(msg, slug):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_syn_{slug}_{i}_boundary")
            i += 1
    return msg.as_bytes(policy=default_policy)


def base_msg(frm, subject, date, msgid, in_reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = f"{REQUESTER} <{REQUESTER_EMAIL}>"
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"
    m["X-Synthetic-Test-Document"] = "yes"
    return m


def quoted_request(sent, to, prefix="> "):
    lines = (
        [
            f"From: {REQUESTER} <{REQUESTER_EMAIL}>",
            f"Sent: {sent}",
            f"To: {to}",
            "Subject: Freedom of Information request - bruising in babies under one",
            "",
            "Dear Sir or Madam,",
            "",
            REQ_INTRO,
        ]
        + REQ_Q
        + ["", "Many thanks,", REQUESTER]
    )
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in lines)


# ---- HTML
def page(*, council, site_title, crumbs, main, colour, comment_date):
    nav = "".join(
        f'<li><a href="{h}">{html.escape(t)}</a></li>'
        for t, h in [
            ("Home", "/"),
            ("Bins and recycling", "/bins"),
            ("Council tax", "/council-tax"),
            ("Children and families", "/children-and-families"),
            ("Your council", "/council"),
        ]
    )
    bc = " &rsaquo; ".join(
        [f'<a href="{h}">{html.escape(t)}</a>' for t, h in crumbs[:-1]]
        + [f"<span>{html.escape(crumbs[-1][0])}</span>"]
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<!-- Synthetic test document written for foi-responses; not a real council reply. Generated {comment_date}. -->
<title>{html.escape(site_title)} | {html.escape(council)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1d}}
header{{background:{colour};color:#fff;padding:12px 24px}}
header a{{color:#fff}} nav ul{{list-style:none;display:flex;gap:18px;padding:0;margin:6px 0}}
.cookie{{background:#fff8d6;border-bottom:2px solid #c9a800;padding:10px 24px;font-size:14px}}
.crumbs{{padding:8px 24px;font-size:14px}} main{{padding:0 24px 24px;max-width:860px}}
table{{border-collapse:collapse}} th,td{{border:1px solid #999;padding:4px 10px}}
footer{{background:#eee;padding:16px 24px;font-size:13px}}
</style>
</head>
<body>
<div class="cookie" id="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We would also like to set analytics
cookies to understand how you use the site.</p>
<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
<a href="/cookies">View cookies</a>
</div>
<header>
<a href="/" class="logo"><strong>{html.escape(council)}</strong></a>
<form action="/search" method="get"><label for="q">Search</label> <input id="q" name="q"></form>
<nav><ul>{nav}</ul></nav>
</header>
<div class="crumbs">{bc}</div>
<main id="main-content">
{main}
</main>
<footer>
<ul>
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/contact">Contact us</a></li>
<li><a href="/cookies">Cookies</a></li>
</ul>
<p>&copy; {html.escape(council)} 2025</p>
<p style="font-size:11px;color:#777">{SYN}</p>
</footer>
</body>
</html>
"""


def h(text):
    return html.escape(text)


def a(url):
    return f'<a href="{url}">{h(url)}</a>'


def html_table(rows, caption=None):
    out = ["<table>"]
    if caption:
        out.append(f"<caption>{h(caption)}</caption>")
    out.append(
        "<thead><tr>"
        + "".join(f'<th scope="col">{h(str(c))}</th>' for c in rows[0])
        + "</tr></thead><tbody>"
    )
    for r in rows[1:]:
        out.append(
            '<tr><th scope="row">'
            + h(str(r[0]))
            + "</th>"
            + "".join(f"<td>{h(str(c))}</td>" for c in r[1:])
            + "</tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)


# =========================================================================== PDF
def doc_norfolk():
    f = "norfolk-table.pdf"
    s47 = [31, 27, 35, 29, 38, 33]
    med = [22, 19, 24, 17, 26, 21]
    intro = (
        "We hold the information you requested. The table below gives, for each financial "
        "year (1 April to 31 March), the number of section 47 enquiries started for a child "
        "aged under one where bruising was recorded as a reason for the enquiry (question 1), "
        "and the number of child protection medical examinations carried out for children "
        "aged under one because of bruising (question 2)."
    )
    rows = [["Financial year", "Section 47 enquiries (Q1)", "Child protection medicals (Q2)"]]
    rows += [[y, a_, b_] for y, a_, b_ in zip(YEARS, s47, med)]
    rows += [["Total", sum(s47), sum(med)]]
    q3 = (
        "Question 3: bruising is recorded as a distinct reason on our case management system, "
        "so the figures above are for bruising only and we have not substituted figures for "
        "all injuries."
    )
    st = styles("Helvetica", "Helvetica-Bold")
    story = [
        P("Our reference: FOI/25/11873", st["n"]),
        P("Date: 21 November 2025", st["n"]),
        Spacer(1, 6),
        P(f"Dear {REQUESTER},", st["n"]),
        P("Freedom of Information Act 2000 – request for information", st["b"]),
        P("Thank you for your request, which we received on 27 October 2025. You asked:", st["n"]),
        P(REQ_INTRO, st["q"]),
        *[P(q, st["q"]) for q in REQ_Q],
        P("Response", st["b"]),
        P(intro, st["n"]),
        pdf_table(rows, [45 * mm, 55 * mm, 60 * mm], "Helvetica", "Helvetica-Bold"),
        Spacer(1, 8),
        P(q3, st["n"]),
        PageBreak(),
        P("Re-use of this information", st["b"]),
        P(
            "The information supplied is Crown copyright or the copyright of Norfolk County "
            "Council unless otherwise stated. You may re-use it under the terms of the Open "
            f"Government Licence, which can be read at {OGL}.",
            st["n"],
        ),
        P("Your right to ask for a review", st["b"]),
        P(
            "If you are not satisfied with how we have dealt with your request you may ask for an "
            "internal review within 40 working days of the date of this letter, by replying to "
            "this email or writing to the Information Compliance Team at County Hall. If you "
            "remain unhappy after the review you can complain to the Information Commissioner's "
            f"Office: {ICO}.",
            st["n"],
        ),
        Spacer(1, 10),
        P("Yours sincerely,", st["n"]),
        Spacer(1, 14),
        P("Information Compliance Officer", st["n"]),
        P("Norfolk County Council", st["n"]),
    ]
    pdf_build(
        os.path.join(OUT, f),
        story,
        title="FOI/25/11873 response",
        author="Norfolk County Council",
        letterhead=letterhead_fn(
            "Norfolk County Council",
            ["Information Compliance Team", "County Hall, Norwich"],
            "#00594f",
        ),
        later_header="FOI/25/11873 – continued",
    )
    ans = intro + "\n" + ttext(rows)
    reply(
        f,
        "pdf",
        "norfolk",
        "answered",
        [],
        {"1": ans, "2": ans, "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        s47,
        med,
        "bruising",
        "financial",
        [OGL, ICO],
    )


def doc_wigan():
    f = "wigan-separate-tables.pdf"
    s47 = [18, "*", 14, 16, 21, 19]
    med = [9, "*", 7, "*", 11, 10]
    t1 = [["Year (April to March)", "Number"]] + [[y, v] for y, v in zip(YEARS, s47)]
    t2 = [["Year (April to March)", "Number"]] + [[y, v] for y, v in zip(YEARS, med)]
    q3 = (
        "Question 3 – Not applicable. Bruising is recorded as its own category in our case "
        "management system, so the figures above are not combined with other injuries."
    )
    rev = "https://www.wigan.gov.uk/Council/Access-to-information/FOI-internal-review.aspx"
    st = styles("Times-Roman", "Times-Bold", 11)
    story = [
        P("Freedom of Information Request – Response", st["h"]),
        P("Request ID: 0892641        Date of response: 03/12/2025", st["n"]),
        P(
            "Your request: Section 47 enquiries and child protection medicals – bruising in "
            "children under one.",
            st["n"],
        ),
        P(
            "In the tables below, numbers from 1 to 4 have been replaced with an asterisk (*) to "
            "reduce the risk of identifying individual children.",
            st["n"],
        ),
        P(
            "Question 1 – Section 47 enquiries started, child aged under 1, bruising recorded as a "
            "reason",
            st["b"],
        ),
        pdf_table(t1, [55 * mm, 30 * mm], "Times-Roman", "Times-Bold", head_bg="#e8e0f0"),
        Spacer(1, 6),
        P(
            "Question 2 – Child protection medical examinations, child aged under 1, because of "
            "bruising",
            st["b"],
        ),
        pdf_table(t2, [55 * mm, 30 * mm], "Times-Roman", "Times-Bold", head_bg="#e8e0f0"),
        Spacer(1, 6),
        P(q3, st["n"]),
        P(
            "If you are unhappy with this response you can ask for an internal review at "
            f"{rev} and, after that, complain to the Information Commissioner at {ICO}.",
            st["s"],
        ),
        P("Information Governance Team, Wigan Council", st["s"]),
    ]
    pdf_build(
        os.path.join(OUT, f),
        story,
        title="FOI 0892641",
        author="Wigan Council",
        font="Times-Roman",
        letterhead=letterhead_fn(
            "Wigan Council",
            ["Town Hall, Library Street, Wigan"],
            "#5b2c83",
            "Times-Bold",
            "Times-Roman",
            align="right",
        ),
    )
    reply(
        f,
        "pdf",
        "wigan",
        "answered",
        [],
        {"1": ttext(t1), "2": ttext(t2), "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        ["<5" if v == "*" else v for v in s47],
        ["<5" if v == "*" else v for v in med],
        "bruising",
        "financial",
        [rev, ICO],
    )


def doc_plymouth():
    f = "plymouth-years-columns.pdf"
    L5 = "less than 5"
    s47 = [11, 9, L5, 13, 10, 12]
    med = [6, L5, L5, 8, 5, 7]
    note = (
        "Please note that our children's services performance reports are produced by "
        "calendar year (January to December), so the figures below are for the calendar "
        "years 2019 to 2024 rather than financial years."
    )
    rows = [
        ["", "2019", "2020", "2021", "2022", "2023", "2024"],
        ["Section 47 enquiries – under 1 – bruising recorded"] + s47,
        ["Child protection medicals – under 1 – bruising"] + med,
    ]
    foot = (
        "Where a number is less than 5 it is not shown, to protect the identity of the "
        "children concerned."
    )
    st = styles("Helvetica", "Helvetica-Bold", 10)
    ps = landscape(A4)
    story = [
        P("Ref: FOI 2025-7712", st["n"]),
        P("5th December 2025", st["n"]),
        P("Dear Sir or Madam,", st["n"]),
        P(
            "You asked us for the number of section 47 enquiries started for babies under one "
            "where bruising was a reason, and the number of child protection medicals carried out "
            "for babies under one because of bruising, for the years 2019/20 to 2024/25.",
            st["n"],
        ),
        P(note, st["n"]),
        pdf_table(
            rows,
            [85 * mm] + [25 * mm] * 6,
            "Helvetica",
            "Helvetica-Bold",
            head_bg="#cfe3f5",
            size=9,
        ),
        Spacer(1, 4),
        P(foot, st["s"]),
        P(
            "If you are dissatisfied with the handling of your request, please contact us within "
            "40 working days. You also have the right to complain to the Information Commissioner "
            f"({ICO}).",
            st["n"],
        ),
        P("Kind regards,", st["n"]),
        P("FOI Team, Plymouth City Council", st["n"]),
    ]
    pdf_build(
        os.path.join(OUT, f),
        story,
        title="FOI 2025-7712",
        author="Plymouth City Council",
        pagesize=ps,
        page_fmt="{p}/{n}",
        letterhead=letterhead_fn(
            "PLYMOUTH CITY COUNCIL",
            ["Freedom of Information", "Ballard House, Plymouth"],
            "#00789a",
            pagesize=ps,
        ),
    )
    ans = note + "\n" + ttext(rows) + "\n" + foot
    reply(
        f,
        "pdf",
        "plymouth",
        "answered",
        [],
        {"1": ans, "2": ans, "3": None},
        {"1": "answered", "2": "answered", "3": "not_answered"},
        ["<5" if v == L5 else v for v in s47],
        ["<5" if v == L5 else v for v in med],
        "bruising",
        "calendar",
        [ICO],
    )


def doc_derbyshire():
    f = "derbyshire-system-change.pdf"
    NA = "Not available"
    s47 = [NA, NA, 42, 47, 51, 44]
    med = [NA, NA, 30, 33, 36, 29]
    intro = (
        "Derbyshire moved its children's social care records to a new case management "
        "system in April 2021. Records made before the migration did not carry over the "
        "reason for an enquiry in a form we can report on, so we are unable to provide "
        "figures for 2019/20 or 2020/21. Figures from 2021/22 onwards are given below."
    )
    rows = [["Financial year", "Q1 Section 47 enquiries", "Q2 Child protection medicals"]]
    rows += [[y, x, z] for y, x, z in zip(YEARS, s47, med)]
    st = styles("Times-Roman", "Times-Bold", 11)
    story = [
        P("Reference: DCC-FOI-25-04417", st["n"]),
        P("12 January 2026", st["n"]),
        P(f"Dear {REQUESTER}", st["n"]),
        P("Thank you for your request for information, set out below.", st["n"]),
        P(REQ_INTRO, st["q"]),
        *[P(q, st["q"]) for q in REQ_Q],
        P("Our response", st["b"]),
        P(intro, st["n"]),
        pdf_table(
            rows, [40 * mm, 55 * mm, 60 * mm], "Times-Roman", "Times-Bold", head_bg="#f1e3c6"
        ),
        Spacer(1, 8),
        P(
            "You may re-use this information under the Open Government Licence. If you are "
            "unhappy with this response you may request an internal review; if you remain "
            f"dissatisfied you may contact the Information Commissioner's Office at {ICO}.",
            st["n"],
        ),
        P("Yours sincerely", st["n"]),
        P("Access to Information Officer", st["n"]),
    ]
    pdf_build(
        os.path.join(OUT, f),
        story,
        title="DCC-FOI-25-04417",
        author="Derbyshire County Council",
        font="Times-Roman",
        letterhead=letterhead_fn(
            "Derbyshire County Council",
            ["Children's Services", "County Hall, Matlock"],
            "#2d6a4f",
            "Times-Bold",
            "Times-Roman",
        ),
    )
    ans = intro + "\n" + ttext(rows)
    reply(
        f,
        "pdf",
        "derbyshire",
        "partial",
        [],
        {"1": ans, "2": ans, "3": None},
        {"1": "answered", "2": "answered", "3": "not_answered"},
        [None if v == NA else v for v in s47],
        [None if v == NA else v for v in med],
        "bruising",
        "financial",
        [ICO],
    )


def doc_southwark():
    f = "southwark-s40-refusal.pdf"
    main = (
        "The numbers of section 47 enquiries and child protection medical examinations for "
        "children under one where bruising was a reason are very small in each year. Taken "
        "together with other information already in the public domain, such as local news "
        "reports and court listings, releasing these figures, even with the smallest numbers "
        "suppressed, could allow individual babies and their families to be identified. This "
        "would be a disclosure of personal data, including special category data, that would "
        "breach the first data protection principle, so the exemption at section 40(2) of the "
        "Act is engaged. Section 40(2) is an absolute exemption and no public interest test "
        "is required."
    )
    q3 = (
        "We have also considered whether figures for all injuries to children under one (your "
        "third question) could be released instead. These numbers are also small and the same "
        "reasoning applies, so they are withheld under section 40(2) as well."
    )
    st = styles("Helvetica", "Helvetica-Bold", 10)
    story = [
        P("FOI reference: 1197654", st["n"]),
        P("2 December 2025", st["n"]),
        P(f"Dear {REQUESTER},", st["n"]),
        P(
            "Request for information – section 47 enquiries and medicals for bruising in children "
            "under one",
            st["b"],
        ),
        P(
            "Thank you for your request of 4 November 2025. We confirm that we hold information "
            "within the scope of your request. However, we are withholding it, and this letter is "
            "a refusal notice under section 17 of the Freedom of Information Act 2000.",
            st["n"],
        ),
        P("Section 40(2) – personal information", st["b"]),
        P(main, st["n"]),
        P(q3, st["n"]),
        P("Your rights", st["b"]),
        P(
            "If you are dissatisfied with this decision you may ask for an internal review by "
            "writing to the FOI team within 40 working days. If you are still dissatisfied you can "
            f"complain to the Information Commissioner: {ICO}.",
            st["n"],
        ),
        P("Yours sincerely,", st["n"]),
        P("Information Governance, Children's and Adults' Services", st["n"]),
    ]
    pdf_build(
        os.path.join(OUT, f),
        story,
        title="Refusal notice 1197654",
        author="Southwark Council",
        letterhead=letterhead_fn(
            "Southwark Council", ["PO Box 64529", "London SE1P 5LX"], "#333333", align="right"
        ),
    )
    reply(
        f,
        "pdf",
        "southwark",
        "refused",
        ["s40(2)"],
        {"1": main, "2": main, "3": q3},
        {"1": "refused", "2": "refused", "3": "refused"},
        None,
        None,
        "not_stated",
        "not_stated",
        [ICO],
    )


def doc_warrington():
    f = "warrington-partnership-redirect.pdf"
    url = "https://www.warringtonsafeguardingpartnership.org.uk/contact-us"
    main = (
        "Warrington Borough Council does not hold the information you have asked for in a "
        "form that answers your questions. Under the Warrington Safeguarding Partnership's "
        "protocol for bruising in non-mobile babies, every referral of a baby under one with "
        "bruising, together with any section 47 enquiry and child protection medical that "
        "follows, is logged and audited by the partnership's business unit, which brings "
        "together information from the council, the local hospital trust and the police. "
        "We therefore suggest that you send your request, including your question about all "
        f"injuries, to the Warrington Safeguarding Partnership: {url}."
    )
    st = styles("Helvetica", "Helvetica-Bold", 10.5)
    story = [
        P("FOI-W-2025-1390", st["n"]),
        P("28 November 2025", st["n"]),
        P("Dear Requester", st["n"]),
        P("Your request about bruising in babies under one", st["b"]),
        P(main, st["n"]),
        P(
            "Safeguarding partnerships are not themselves public authorities under the Freedom of "
            "Information Act, but the partnership has told us it is willing to consider requests "
            "for its audit data.",
            st["n"],
        ),
        P(
            "If you are unhappy with this response you may ask for an internal review. You may "
            f"also complain to the Information Commissioner's Office at {ICO}.",
            st["n"],
        ),
        P("Regards", st["n"]),
        P("Information Governance Officer", st["n"]),
    ]
    pdf_build(
        os.path.join(OUT, f),
        story,
        title="FOI-W-2025-1390",
        author="Warrington Borough Council",
        letterhead=letterhead_fn(
            "Warrington Borough Council", ["East Annexe, Town Hall, Sankey Street"], "#c8102e"
        ),
    )
    reply(
        f,
        "pdf",
        "warrington",
        "redirected",
        [],
        {"1": main, "2": main, "3": main},
        {"1": "redirected", "2": "redirected", "3": "redirected"},
        None,
        None,
        "not_stated",
        "not_stated",
        [url, ICO],
    )


# =========================================================================== DOCX
def doc_essex():
    f = "essex-years-columns.docx"
    s47 = [64, 58, 71, 69, 77, 73]
    med = [41, 36, 45, 44, 50, 47]
    intro = "The table below answers questions 1 and 2. Years are financial years (April to March)."
    r1l = "Q1. Section 47 enquiries started (bruising recorded, child under 1)"
    r2l = "Q2. Child protection medical examinations (bruising, child under 1)"
    q3 = (
        "Question 3 – We were able to identify bruising separately, so no figures for all "
        "injuries are given."
    )
    d = new_docx(
        "FOI response EC/FOI/25/3388",
        "Essex County Council",
        "Essex County Council – Information Governance",
    )
    d.add_heading("Freedom of Information response", level=1)
    d.add_paragraph("Reference: EC/FOI/25/3388    Date: 19 November 2025")
    d.add_paragraph(f"Dear {REQUESTER},")
    d.add_paragraph(
        "Thank you for your request about section 47 enquiries and child protection "
        "medical examinations for babies under one year old with bruising. We have "
        "answered each part below."
    )
    bold_para(
        d,
        "Question 1: Section 47 enquiries for children aged under one where bruising was recorded",
    )
    bold_para(
        d, "Question 2: Child protection medicals for children aged under one because of bruising"
    )
    d.add_paragraph(intro)
    t = d.add_table(rows=4, cols=7)
    t.style = d.styles["Table Grid"]
    a0 = t.cell(0, 0).merge(t.cell(1, 0))
    a0.text = "Measure"
    hdr = t.cell(0, 1).merge(t.cell(0, 6))
    hdr.text = "Financial year"
    for j, y in enumerate(YEARS, start=1):
        t.cell(1, j).text = y
    t.cell(2, 0).text = r1l
    t.cell(3, 0).text = r2l
    for j in range(6):
        t.cell(2, j + 1).text = str(s47[j])
        t.cell(3, j + 1).text = str(med[j])
    for c in (a0, hdr):
        for r in c.paragraphs[0].runs:
            r.bold = True
    bold_para(
        d,
        "Question 3: If your records cannot separate bruising from other injuries, "
        "please give figures for all injuries",
    )
    d.add_paragraph(q3)
    d.add_heading("Your rights", level=2)
    d.add_paragraph(
        f"You are free to re-use this information under the Open Government Licence ({OGL})."
    )
    d.add_paragraph(
        "If you are unhappy with this response, please ask for an internal review "
        "within two months. You can also contact the Information Commissioner's "
        f"Office at {ICO}."
    )
    d.add_paragraph("Information Governance Team\nEssex County Council")
    write(f, docx_bytes(d))
    tabtext = ttext([["Measure", "Financial year"], [""] + YEARS, [r1l] + s47, [r2l] + med])
    ans = intro + "\n" + tabtext
    reply(
        f,
        "docx",
        "essex",
        "answered",
        [],
        {"1": ans, "2": ans, "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        s47,
        med,
        "bruising",
        "financial",
        [OGL, ICO],
    )


def doc_bristol():
    f = "bristol-lists.docx"
    s47 = [26, 31, 24, 29, 33, 30]
    med = [12, "fewer than five", 9, 11, 14, 13]
    q3 = "Not applicable – the figures above relate to bruising only."
    rev = "https://www.bristol.gov.uk/council-and-mayor/freedom-of-information/internal-review"
    d = new_docx(
        "FOI-2611-25", "Bristol City Council", "Bristol City Council | FOI-2611-25", font="Arial"
    )
    d.add_heading("Freedom of Information Request FOI-2611-25", level=1)
    d.add_paragraph("26/11/2025")
    d.add_paragraph("Dear requester,")
    d.add_paragraph(
        "Bristol City Council has processed your request under the Freedom of "
        "Information Act 2000. Financial years run from 1 April to 31 March."
    )
    bold_para(
        d,
        "The number of section 47 enquiries started for children aged under one year "
        "where bruising was recorded as a reason for the enquiry.",
        style="List Number",
    )
    q1_lines = [f"{y} – {v}" for y, v in zip(YEARS, s47)]
    for ln in q1_lines:
        d.add_paragraph(ln, style="List Bullet")
    bold_para(
        d,
        "The number of child protection medical examinations carried out for children "
        "aged under one year because of bruising.",
        style="List Number",
    )
    q2_lines = [f"{y} – {v}" for y, v in zip(YEARS, med)]
    for ln in q2_lines:
        d.add_paragraph(ln, style="List Bullet")
    bold_para(
        d,
        "If your records cannot separate bruising from other injuries, please give the "
        "figures for all injuries to children under one and tell me that you have done "
        "so.",
        style="List Number",
    )
    d.add_paragraph(q3)
    d.add_paragraph(
        "If you are not satisfied with this response you can ask for an internal "
        f"review: {rev}. You may then contact the Information Commissioner's Office "
        f"at {ICO}."
    )
    d.add_paragraph("Yours faithfully,\nFreedom of Information Team")
    write(f, docx_bytes(d))
    reply(
        f,
        "docx",
        "bristol",
        "answered",
        [],
        {"1": "\n".join(q1_lines), "2": "\n".join(q2_lines), "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        s47,
        ["<5" if v == "fewer than five" else v for v in med],
        "bruising",
        "financial",
        [rev, ICO],
    )


def doc_kirklees():
    f = "kirklees-injury-split.docx"
    b1 = [19, 17, 22, 25, 20, 23]
    o1 = [8, 6, 9, 11, 7, 10]
    b2 = [11, 9, 13, 15, 12, 14]
    o2 = [5, 6, 7, 5, 8, 6]
    d = new_docx(
        "Kirklees FOI KC-25-19022",
        "Kirklees Council",
        "Kirklees Council – Freedom of Information",
        font="Cambria",
    )
    d.add_heading("Response to your Freedom of Information request", level=1)
    d.add_paragraph("Our ref: KC-25-19022\nDate: 10 December 2025")
    d.add_paragraph("Figures are for financial years (1 April – 31 March).")

    def split_table(title, bru, oth):
        t = d.add_table(rows=2 + 6, cols=4)
        t.style = d.styles["Table Grid"]
        fy = t.cell(0, 0).merge(t.cell(1, 0))
        fy.text = "Financial year"
        top = t.cell(0, 1).merge(t.cell(0, 3))
        top.text = title
        for j, lab in enumerate(["Bruising", "Other injuries", "All injuries"], start=1):
            t.cell(1, j).text = lab
        for i, y in enumerate(YEARS):
            vals = [y, bru[i], oth[i], bru[i] + oth[i]]
            for j, v in enumerate(vals):
                t.cell(2 + i, j).text = str(v)
        rows = [["Financial year", title], ["", "Bruising", "Other injuries", "All injuries"]]
        rows += [[y, bru[i], oth[i], bru[i] + oth[i]] for i, y in enumerate(YEARS)]
        return ttext(rows)

    d.add_heading("Question 1", level=2)
    a1 = split_table("Section 47 enquiries started, child aged under 1", b1, o1)
    d.add_heading("Question 2", level=2)
    a2 = split_table("Child protection medical examinations, child aged under 1", b2, o2)
    d.add_heading("Question 3", level=2)
    q3 = (
        "Although your question 3 only applies where bruising cannot be separated, we have "
        "included the other injuries and all injuries columns for completeness. The bruising "
        "column answers questions 1 and 2."
    )
    d.add_paragraph(q3)
    d.add_paragraph(
        "If you are unhappy with our response please write to the Information "
        "Governance Team to ask for an internal review. You can also contact the "
        f"Information Commissioner at {ICO}."
    )
    write(f, docx_bytes(d))
    reply(
        f,
        "docx",
        "kirklees",
        "answered",
        [],
        {"1": a1, "2": a2, "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        b1,
        b2,
        "bruising",
        "financial",
        [ICO],
    )


def doc_cheshire_east():
    f = "cheshire-east-q2-redirect.docx"
    s47 = [15, 12, 18, 14, 17, 16]
    mcht = "https://www.mcht.nhs.uk/about-us/freedom-of-information/"
    echt = "https://www.eastcheshire.nhs.uk/freedom-of-information.htm"
    d = new_docx("FOI 25/6019", "Cheshire East Council", "OFFICIAL – Cheshire East Council")
    d.add_heading("Freedom of Information – Ref 25/6019", level=1)
    d.add_paragraph("Date: 8th December 2025")
    d.add_paragraph("We have now completed our search for the information you requested.")
    p = d.add_paragraph()
    p.add_run("Question 1 – ").bold = True
    p.add_run(
        "number of section 47 enquiries started for children aged under one year where "
        "bruising was recorded as a reason for the enquiry"
    ).bold = True
    rows = [["Financial year", "Number of section 47 enquiries"]]
    rows += [[y, v] for y, v in zip(YEARS, s47)]
    docx_table(d, rows, style="Light Grid Accent 1")
    p = d.add_paragraph()
    p.add_run(
        "Question 2 – number of child protection medical examinations carried out for "
        "children aged under one year because of bruising"
    ).bold = True
    q2 = (
        "Cheshire East Council does not carry out child protection medical examinations and "
        "does not keep a count of them. Medicals for children in Cheshire East are undertaken "
        "by paediatricians at Mid Cheshire Hospitals NHS Foundation Trust and East Cheshire NHS "
        "Trust, and you may wish to redirect this question to them: "
        f"{mcht} and {echt}."
    )
    d.add_paragraph(q2)
    d.add_paragraph(
        "If you are dissatisfied with the handling of your request you can ask for "
        "an internal review, and then contact the Information Commissioner's Office "
        f"at {ICO}."
    )
    d.add_paragraph("Compliance and Customer Relations Team")
    write(f, docx_bytes(d))
    reply(
        f,
        "docx",
        "cheshire-east",
        "partial",
        [],
        {"1": ttext(rows), "2": q2, "3": None},
        {"1": "answered", "2": "redirected", "3": "not_answered"},
        s47,
        None,
        "bruising",
        "financial",
        [mcht, echt, ICO],
    )


def doc_trafford():
    f = "trafford-q2-not-held.docx"
    s47 = [10, 8, "<5", 11, 9, 12]
    intro1 = (
        "Table 1 shows the number of section 47 enquiries started in each financial year "
        "for children aged under one where bruising was recorded as one of the reasons. "
        "Numbers below five are shown as <5."
    )
    rows = [["Financial year", "S47 enquiries – bruising – under 1"]]
    rows += [[y, v] for y, v in zip(YEARS, s47)]
    q2 = (
        "Information not held. The council's children's social care system does not record "
        "whether a child protection medical examination took place, or the reason for one, as "
        "a reportable data item."
    )
    d = new_docx("TMBC FOI 4471", "Trafford Council", "Trafford Council", font="Verdana")
    d.add_paragraph("Trafford Council – Freedom of Information Act 2000 – Ref 4471")
    d.add_paragraph("15 December 2025")
    d.add_paragraph("Dear Alex,")
    d.add_heading("1. Section 47 enquiries", level=2)
    d.add_paragraph(intro1)
    cap = d.add_paragraph("Table 1")
    cap.runs[0].italic = True
    docx_table(d, rows)
    d.add_heading("2. Child protection medical examinations", level=2)
    d.add_paragraph(q2)
    d.add_paragraph(
        "You can ask for an internal review of this decision. If you remain "
        "unhappy you have the right to apply to the Information Commissioner, "
        f"{ICO}."
    )
    d.add_paragraph("With best wishes,\nInformation Governance Team")
    write(f, docx_bytes(d))
    reply(
        f,
        "docx",
        "trafford",
        "partial",
        [],
        {"1": intro1 + "\n" + ttext(rows), "2": q2, "3": None},
        {"1": "answered", "2": "not_held", "3": "not_answered"},
        s47,
        None,
        "bruising",
        "financial",
        [ICO],
    )


def doc_lancashire():
    f = "lancashire-s12.docx"
    main = (
        "Lancashire's case management system records the category of concern for each "
        "section 47 enquiry but not the specific injury, and it does not record the reason "
        "for a child protection medical as a separate item. To establish whether bruising "
        "was a reason, we would have to read the strategy discussion and medical records for "
        "each of the approximately 2,300 enquiries started for children under one over the "
        "six years. At a conservative estimate of five minutes per record, this would take "
        "around 190 hours, well above the appropriate limit of 18 hours (£450). Section 12 "
        "of the Freedom of Information Act 2000 therefore applies and we are not obliged to "
        "provide the information."
    )
    q3 = (
        "Figures for all injuries (your question 3) would need the same manual search, as "
        "injuries of any kind are not recorded in a reportable field, so this part is also "
        "refused under section 12."
    )
    d = new_docx(
        "Refusal notice LCC/FOI/25/8820",
        "Lancashire County Council",
        "Lancashire County Council – Legal and Democratic Services",
        font="Georgia",
    )
    d.add_heading("Refusal notice – Freedom of Information Act 2000, section 17", level=1)
    d.add_paragraph("Our reference: LCC/FOI/25/8820\nDate: 17 November 2025")
    d.add_paragraph(f"Dear {REQUESTER}")
    d.add_paragraph(
        "You asked for the number of section 47 enquiries started for children aged "
        "under one where bruising was recorded, and the number of child protection "
        "medical examinations carried out for children under one because of "
        "bruising, for 2019/20 to 2024/25."
    )
    d.add_heading("Section 12: cost of compliance", level=2)
    d.add_paragraph(main)
    d.add_paragraph(q3)
    d.add_heading("Advice and assistance", level=2)
    d.add_paragraph("You may wish to consider one of the following:", style="Normal")
    d.add_paragraph(
        "narrowing your request to a single financial year, although even this "
        "may exceed the limit;",
        style="List Bullet",
    )
    d.add_paragraph(
        "asking for the total number of section 47 enquiries for children under "
        "one, without the reason, which we can produce from a report.",
        style="List Bullet",
    )
    d.add_paragraph(
        "If you are unhappy with this response you may ask for an internal review. "
        f"You may also complain to the Information Commissioner at {ICO}."
    )
    d.add_paragraph("Yours sincerely\nInformation Governance Team")
    write(f, docx_bytes(d))
    reply(
        f,
        "docx",
        "lancashire",
        "refused",
        ["s12"],
        {"1": main, "2": main, "3": q3},
        {"1": "refused", "2": "refused", "3": "refused"},
        None,
        None,
        "not_stated",
        "not_stated",
        [ICO],
    )


# =========================================================================== EML
def doc_sunderland():
    f = "sunderland-plain.eml"
    s47 = [9, 7, "fewer than 5", 8, 6, 10]
    med = [5, "fewer than 5", "fewer than 5", "fewer than 5", 5, 6]
    q1l = [
        "Question 1 – section 47 enquiries started where the child was under one and "
        "bruising was recorded as a reason:"
    ] + [f"{y.replace('/', '-')}: {v}" for y, v in zip(YEARS, s47)]
    q2l = [
        "Question 2 – child protection medical examinations for children under one because "
        "of bruising:"
    ] + [f"{y.replace('/', '-')}: {v}" for y, v in zip(YEARS, med)]
    body = "\n".join(
        [
            f"Dear {REQUESTER},",
            "",
            "Thank you for your request for information, which we have handled under the Freedom "
            "of Information Act 2000. Years below are financial years (1 April – 31 March). To "
            "protect the privacy of the children concerned, any figure from 1 to 4 is shown as "
            "\u201cfewer than 5\u201d.",
            "",
            *q1l,
            "",
            *q2l,
            "",
            "If you are unhappy with the way your request has been handled, you can ask for a "
            "review by replying to this email within 40 working days. You can also contact the "
            f"Information Commissioner\u2019s Office: {ICO}",
            "",
            "Kind regards",
            "",
            "Information Governance",
            "Sunderland City Council",
            "City Hall, Plater Way, Sunderland",
            "",
            "",
            "-----Original Message-----",
            quoted_request("30 October 2025 19:42", "FOI <foi@sunderland.gov.uk>", prefix=""),
        ]
    )
    m = base_msg(
        "Information Governance <foi@sunderland.gov.uk>",
        "RE: Freedom of Information request - bruising in babies under one [Ref: 25-1184]",
        "Thu, 04 Dec 2025 10:17:00 +0000",
        "<syn-25-1184-reply@sunderland.example>",
        "<syn-req-sunderland@example.net>",
    )
    m.set_content(body, cte="quoted-printable")
    write(f, finish_eml(m, "sunderland"))
    reply(
        f,
        "eml",
        "sunderland",
        "answered",
        [],
        {"1": "\n".join(q1l), "2": "\n".join(q2l), "3": None},
        {"1": "answered", "2": "answered", "3": "not_answered"},
        ["<5" if isinstance(v, str) else v for v in s47],
        ["<5" if isinstance(v, str) else v for v in med],
        "bruising",
        "financial",
        [ICO],
    )


def doc_brent():
    f = "brent-html-email.eml"
    SUP = "suppressed"
    s47 = [23, 19, 25, 22, 27, 24]
    med = [10, SUP, 12, 9, SUP, 11]
    note = (
        "The table answers questions 1 and 2 for financial years (April to March). Figures "
        "between 1 and 4 are shown as \u2018suppressed\u2019."
    )
    rows = [
        [
            "Financial year",
            "Q1: section 47 enquiries, under 1, bruising recorded",
            "Q2: child protection medicals, under 1, bruising",
        ]
    ]
    rows += [[y, x, z] for y, x, z in zip(YEARS, s47, med)]
    q3 = "Q3 \u2013 not applicable; the figures are for bruising only."
    rev = "https://www.brent.gov.uk/your-council/transparency-and-information/foi-reviews"
    body = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
<p>Dear {h(REQUESTER)},</p>
<p><b>Freedom of Information request &ndash; reference BRT-FOI-0045127</b></p>
<p>Thank you for your request received on 3 November 2025. Please find our response below.</p>
<p>{h(note)}</p>
{html_table(rows)}
<p>{h(q3)}</p>
<p>If you are not happy with this response you may request an internal review at {a(rev)}.
If you remain dissatisfied you may contact the Information Commissioner at {a(ICO)}.</p>
<p>Yours sincerely,<br>Information Management Team<br>Brent Civic Centre, 32 Engineers Way, Wembley</p>
<p style="font-size:8pt;color:#888">{h(SYN)}</p>
</body></html>
"""
    m = base_msg(
        "Brent FOI <foi@brent.gov.uk>",
        "Your FOI request BRT-FOI-0045127 - response",
        "Mon, 01 Dec 2025 15:03:12 +0000",
        "<syn-brt-0045127@brent.example>",
    )
    m.set_content(body, subtype="html", cte="quoted-printable")
    write(f, finish_eml(m, "brent"))
    ans = note + "\n" + ttext(rows)
    reply(
        f,
        "eml",
        "brent",
        "answered",
        [],
        {"1": ans, "2": ans, "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        s47,
        ["<5" if v == SUP else v for v in med],
        "bruising",
        "financial",
        [rev, ICO],
    )


def doc_suffolk():
    f = "suffolk-attachment.eml"
    years = ["2018/19"] + YEARS
    s47 = [35, 37, 33, 40, 36, 42, 39]
    med = [19, 20, 18, 24, 21, 25, 22]
    intro = (
        "The table below gives the figures for questions 1 and 2 by financial year. We "
        "have also shown 2018/19 for context."
    )
    rows = [
        [
            "Financial year",
            "Section 47 enquiries started (child under 1, bruising)",
            "Child protection medicals (child under 1, bruising)",
        ]
    ]
    rows += [[y, x, z] for y, x, z in zip(years, s47, med)]
    st = styles("Helvetica", "Helvetica-Bold", 10)
    buf = io.BytesIO()
    story = [
        P("Our ref: FOI-CSC-25-2231", st["n"]),
        P("Date: 9 December 2025", st["n"]),
        P(f"Dear {REQUESTER}", st["n"]),
        P(
            "Freedom of Information Act 2000 – section 47 enquiries and child protection medicals",
            st["b"],
        ),
        P(intro, st["n"]),
        pdf_table(
            rows, [35 * mm, 65 * mm, 65 * mm], "Helvetica", "Helvetica-Bold", head_bg="#dbe9d5"
        ),
        Spacer(1, 8),
        P(
            "If you are dissatisfied with our response you may ask for an internal review. You "
            f"may also complain to the Information Commissioner's Office: {ICO}",
            st["n"],
        ),
        P("Yours sincerely", st["n"]),
        P("Information Governance Team, Suffolk County Council", st["n"]),
    ]
    pdf_build(
        buf,
        story,
        title="FOI-CSC-25-2231",
        author="Suffolk County Council",
        letterhead=letterhead_fn(
            "Suffolk County Council", ["Endeavour House, 8 Russell Road, Ipswich"], "#1d4f91"
        ),
    )
    cover_url = "https://www.suffolk.gov.uk/council-and-democracy/open-data-and-transparency/freedom-of-information"
    cover = "\n".join(
        [
            f"Dear {REQUESTER},",
            "",
            "Please find attached Suffolk County Council's response to your request for information "
            "about section 47 enquiries and child protection medicals.",
            "",
            f"You can read more about how we handle requests at {cover_url}",
            "",
            "Kind regards,",
            "Information Governance Team",
            "Suffolk County Council",
            "",
            "",
            "From: Alex Morgan <alex.morgan.foi@example.net>",
            "Sent: 02 November 2025 08:15",
            "To: Suffolk FOI <foi@suffolk.gov.uk>",
            "Subject: Freedom of Information request - bruising in babies under one",
            "",
            "Dear Sir or Madam,",
            "",
            REQ_INTRO,
            *REQ_Q,
            "",
            "Many thanks,",
            REQUESTER,
            "Independent researcher | https://baby-bruising-research.example.org",
        ]
    )
    m = base_msg(
        "Suffolk FOI <foi@suffolk.gov.uk>",
        "FOI-CSC-25-2231 - Response",
        "Tue, 09 Dec 2025 11:40:00 +0000",
        "<syn-csc-25-2231@suffolk.example>",
        "<syn-req-suffolk@example.net>",
    )
    m.set_content(cover, cte="base64")
    m.add_attachment(
        buf.getvalue(),
        maintype="application",
        subtype="pdf",
        filename="FOI-CSC-25-2231 response.pdf",
    )
    write(f, finish_eml(m, "suffolk"))
    ans = intro + "\n" + ttext(rows)
    reply(
        f,
        "eml",
        "suffolk",
        "answered",
        [],
        {"1": ans, "2": ans, "3": None},
        {"1": "answered", "2": "answered", "3": "not_answered"},
        s47[1:],
        med[1:],
        "bruising",
        "financial",
        [cover_url, ICO],
    )


def doc_hertfordshire_ack():
    f = "hertfordshire-acknowledgement.eml"
    body = "\n".join(
        [
            f"Dear {REQUESTER}",
            "",
            "Thank you for your request for information, which we received on 31 October 2025 and "
            "are dealing with under the Freedom of Information Act 2000.",
            "",
            "Your reference number is HCC-FOI-2025-21377. Please quote it in any correspondence.",
            "",
            "We aim to send you a response within 20 working days, that is by 28 November 2025. If "
            "we need more information from you, or if there will be a charge, we will let you know.",
            "",
            "Regards",
            "Information Rights Team",
            "Hertfordshire County Council",
        ]
    )
    m = base_msg(
        "Information Rights <foi@hertfordshire.gov.uk>",
        "Acknowledgement: HCC-FOI-2025-21377",
        "Fri, 31 Oct 2025 16:02:45 +0000",
        "<syn-hcc-21377-ack@hertfordshire.example>",
        "<syn-req-herts@example.net>",
    )
    m.set_content(body)
    m.add_alternative(
        "<html><body><!-- "
        + SYN
        + " -->"
        + "".join(f"<p>{h(par)}</p>" for par in body.split("\n\n"))
        + "</body></html>",
        subtype="html",
    )
    write(f, finish_eml(m, "herts"))
    reject(f, "eml", "acknowledgement")


def doc_kent_clar():
    f = "kent-clarification.eml"
    body = "\n".join(
        [
            f"Dear {REQUESTER},",
            "",
            "Re: Freedom of Information request KCC/FOI/25/14408",
            "",
            "Thank you for your request about section 47 enquiries and child protection medicals "
            "for children under one.",
            "",
            "Before we can search our records, could you please clarify what you mean by "
            "\u201cbruising\u201d? Do you mean bruising only, or should we also include other marks "
            "that are often recorded with it, such as petechiae, abrasions or burns?",
            "",
            "Under section 1(3) of the Act we will not be able to proceed until we hear from you. "
            "The 20 working day period for our response will start again when we receive your "
            "reply.",
            "",
            "Many thanks,",
            "Information Resilience and Transparency Team",
            "Kent County Council",
            "",
            "",
            "> " + "\n> ".join([REQ_INTRO] + REQ_Q),
        ]
    )
    hb = "".join(f"<p>{h(par)}</p>" for par in body.split("\n\n>")[0].split("\n\n"))
    m = base_msg(
        "Kent County Council FOI <freedomofinformation@kent.gov.uk>",
        "KCC/FOI/25/14408 - clarification needed",
        "Wed, 05 Nov 2025 09:21:30 +0000",
        "<syn-kcc-14408-clar@kent.example>",
        "<syn-req-kent@example.net>",
    )
    m.set_content(body, cte="quoted-printable")
    m.add_alternative(
        f"<html><body><!-- {SYN} -->{hb}<blockquote>"
        + "<br>".join(h(x) for x in [REQ_INTRO] + REQ_Q)
        + "</blockquote></body></html>",
        subtype="html",
        cte="quoted-printable",
    )
    write(f, finish_eml(m, "kent"))
    reject(f, "eml", "clarification")


# =========================================================================== HTML
def doc_camden():
    f = "camden-disclosure-prose.html"
    q1 = (
        "In 2019/20, 14 section 47 enquiries were started for children under one where "
        "bruising was recorded as a reason, and 9 the following year. The number was fewer "
        "than five in 2021/22, rose to 11 in 2022/23 and was 8 in both 2023/24 and 2024/25."
    )
    q2 = (
        "Child protection medical examinations because of bruising for children under one "
        "numbered 6 in 2019/20. In each of the next three years (2020/21, 2021/22 and "
        "2022/23) there were fewer than five. There were 5 in 2023/24 and 7 in 2024/25."
    )
    main = f"""
<h1>Section 47 enquiries and medical examinations &ndash; bruising in babies</h1>
<dl class="foi-meta">
<dt>Reference</dt><dd>CAM-25-06210</dd>
<dt>Date received</dt><dd>29 October 2025</dd>
<dt>Date responded</dt><dd>26 November 2025</dd>
<dt>Category</dt><dd>Children and young people</dd>
</dl>
<h2>Request</h2>
<p>{h(REQ_INTRO)}</p>
<ol>{"".join(f"<li>{h(q[3:])}</li>" for q in REQ_Q)}</ol>
<h2>Response</h2>
<p>All figures below are for financial years.</p>
<p>{h(q1)}</p>
<p>{h(q2)}</p>
<p>If you are unhappy with this response you can ask for an internal review. You can also
complain to the Information Commissioner&rsquo;s Office at {a(ICO)}.</p>
"""
    write(
        f,
        page(
            council="Camden Council",
            site_title="CAM-25-06210 disclosure",
            crumbs=[
                ("Home", "/"),
                ("Your council", "/council"),
                ("Freedom of information", "/foi"),
                ("Disclosure log", "/foi/log"),
                ("CAM-25-06210", ""),
            ],
            main=main,
            colour="#1a1a1a",
            comment_date="2025-11-26",
        ),
    )
    reply(
        f,
        "html",
        "camden",
        "answered",
        [],
        {"1": q1, "2": q2, "3": None},
        {"1": "answered", "2": "answered", "3": "not_answered"},
        [14, 9, "<5", 11, 8, 8],
        [6, "<5", "<5", "<5", 5, 7],
        "bruising",
        "financial",
        [ICO],
    )


def doc_herefordshire():
    f = "herefordshire-disclosurelog.html"
    LT = "< 5"
    s47 = [8, 6, LT, 9, 7, 10]
    med = [5, LT, LT, 6, LT, 7]
    note = (
        "Our figures are recorded by calendar year, so the table shows January to December "
        "of each year from 2019 to 2024. \u201c< 5\u201d means a number between 1 and 4."
    )
    rows = [
        [
            "Calendar year",
            "Section 47 enquiries (under 1, bruising)",
            "Child protection medicals (under 1, bruising)",
        ]
    ]
    rows += [[str(2019 + i), s47[i], med[i]] for i in range(6)]
    main = f"""
<article class="disclosure">
<h1>Bruising in children under one: section 47 enquiries and medicals</h1>
<table class="meta">
<tr><th>Case reference</th><td>FOI-2025-000873</td></tr>
<tr><th>Received</th><td>06/11/2025</td></tr>
<tr><th>Published</th><td>04/12/2025</td></tr>
</table>
<section class="request"><h2>Request</h2>
<p>{h(REQ_INTRO)}</p>
{"".join(f"<p>{h(q)}</p>" for q in REQ_Q)}
</section>
<section class="response"><h2>Response</h2>
<p>{h(note)}</p>
{html_table(rows)}
<p>Information Governance, Herefordshire Council</p>
</section>
<p><a href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">Back to disclosures</a></p>
</article>
"""
    write(
        f,
        page(
            council="Herefordshire Council",
            site_title="Disclosure log",
            crumbs=[("Disclosure log", "/disclosures"), ("FOI-2025-000873", "")],
            main=main,
            colour="#0b5f6b",
            comment_date="2025-12-04",
        ),
    )
    ans = note + "\n" + ttext(rows)
    reply(
        f,
        "html",
        "herefordshire",
        "answered",
        [],
        {"1": ans, "2": ans, "3": None},
        {"1": "answered", "2": "answered", "3": "not_answered"},
        ["<5" if v == LT else v for v in s47],
        ["<5" if v == LT else v for v in med],
        "bruising",
        "calendar",
        [],
    )


def doc_nottinghamshire():
    f = "nottinghamshire-all-injuries.html"
    s47 = [88, 79, 93, 97, 101, 95]
    med = [52, 47, 58, 61, 63, 60]
    t1 = [
        [
            "Financial year",
            "Section 47 enquiries started, children under 1, any injury recorded as a reason",
        ]
    ]
    t1 += [[y, v] for y, v in zip(YEARS, s47)]
    t2 = [["Financial year", "Child protection medicals, children under 1, any injury"]]
    t2 += [[y, v] for y, v in zip(YEARS, med)]
    q3 = (
        "Our case recording system does not allow us to separate bruising from other physical "
        "injuries. As you asked in question 3, the figures given for questions 1 and 2 are "
        "therefore for all injuries to children aged under one."
    )
    main = f"""
<h1>FOI request NCC-081355: injuries to babies under one</h1>
<p class="meta">Published 11 December 2025</p>
<h2>What was asked</h2>
<p>{h(REQ_INTRO)}</p>
<ol>{"".join(f"<li>{h(q[3:])}</li>" for q in REQ_Q)}</ol>
<h2>Our response</h2>
<h3>Question 1</h3>
{html_table(t1)}
<h3>Question 2</h3>
{html_table(t2)}
<h3>Question 3</h3>
<p>{h(q3)}</p>
<div class="boilerplate"><p>Information provided in this response may be re-used under the
Open Government Licence: {a(OGL)}</p></div>
"""
    write(
        f,
        page(
            council="Nottinghamshire County Council",
            site_title="NCC-081355",
            crumbs=[
                ("Home", "/"),
                ("Council and democracy", "/council"),
                ("FOI disclosure log", "/council/foi-disclosure-log"),
                ("NCC-081355", ""),
            ],
            main=main,
            colour="#164734",
            comment_date="2025-12-11",
        ),
    )
    reply(
        f,
        "html",
        "nottinghamshire",
        "partial",
        [],
        {"1": ttext(t1), "2": ttext(t2), "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        s47,
        med,
        "all_injuries",
        "financial",
        [OGL],
    )


def doc_devon():
    f = "devon-s21.html"
    csv = "https://www.devon.gov.uk/childrens-social-care/data/bruising-protocol-data-2024-25.csv"
    notes = "https://www.devon.gov.uk/childrens-social-care/data/bruising-protocol-notes"
    main_txt = (
        "Devon County Council considers that the information you have asked for is "
        "reasonably accessible to you by other means, so it is exempt under section 21 "
        "of the Freedom of Information Act 2000. Each year we publish our \u2018Safeguarding "
        "infants: bruising protocol data\u2019 release, which gives, for every financial "
        "year from 2019/20, the number of section 47 enquiries started for children under "
        "one where bruising was recorded and the number of child protection medicals "
        "carried out for children under one because of bruising. The latest release, "
        f"covering 2019/20 to 2024/25, is available at {csv} and a note explaining how the "
        f"figures are counted is at {notes}. This applies to each of your three "
        "questions."
    )
    main_html = h(main_txt).replace(h(csv), a(csv)).replace(h(notes), a(notes))
    main = f"""
<h1>Freedom of Information response DCC/FOI/2025/5902</h1>
<p><strong>Date:</strong> 20 November 2025</p>
<h2>Request summary</h2>
<p>Section 47 enquiries and child protection medicals for bruising in babies under one,
2019/20 to 2024/25.</p>
<h2>Response</h2>
<p>{main_html}</p>
<p>If you are not satisfied with this response you may ask for an internal review within 40
working days, and you may complain to the Information Commissioner&rsquo;s Office at {a(ICO)}.</p>
"""
    write(
        f,
        page(
            council="Devon County Council",
            site_title="DCC/FOI/2025/5902",
            crumbs=[
                ("Home", "/"),
                ("Access to information", "/accesstoinformation"),
                ("Disclosure log", "/accesstoinformation/disclosure-log"),
                ("DCC/FOI/2025/5902", ""),
            ],
            main=main,
            colour="#005a3c",
            comment_date="2025-11-20",
        ),
    )
    reply(
        f,
        "html",
        "devon",
        "refused",
        ["s21"],
        {"1": main_txt, "2": main_txt, "3": main_txt},
        {"1": "refused", "2": "refused", "3": "refused"},
        None,
        None,
        "not_stated",
        "not_stated",
        [csv, notes, ICO],
    )


def doc_rotherham():
    f = "rotherham-nhs-redirect.html"
    url = "https://www.therotherhamft.nhs.uk/about-us/freedom-of-information"
    main_txt = (
        "Rotherham Metropolitan Borough Council does not hold this information. Under "
        "the local protocol for bruising in non-mobile babies, the record for each baby "
        "under one who is referred with bruising, including whether a section 47 enquiry "
        "followed and whether a child protection medical was carried out, is kept by the "
        "Safeguarding Children Team at The Rotherham NHS Foundation Trust. Please send "
        f"your request to the Trust\u2019s Freedom of Information team: {url}"
    )
    main = f"""
<h1>Disclosure: bruising in babies under one (FOI 25-3317)</h1>
<ul class="meta"><li>Request date: 3 November 2025</li><li>Response date: 1 December 2025</li>
<li>Outcome: Information not held by the council</li></ul>
<h2>Request</h2>
<p>Numbers of section 47 enquiries and child protection medicals for bruising, children under
one, 2019/20 to 2024/25 (with all-injury figures if bruising cannot be separated).</p>
<h2>Response</h2>
<p>{h(main_txt).replace(h(url), a(url))}</p>
"""
    write(
        f,
        page(
            council="Rotherham Metropolitan Borough Council",
            site_title="FOI 25-3317",
            crumbs=[
                ("Home", "/"),
                ("Council and democracy", "/council"),
                ("Disclosure log", "/disclosure-log"),
                ("FOI 25-3317", ""),
            ],
            main=main,
            colour="#00426a",
            comment_date="2025-12-01",
        ),
    )
    reply(
        f,
        "html",
        "rotherham",
        "redirected",
        [],
        {"1": main_txt, "2": main_txt, "3": main_txt},
        {"1": "redirected", "2": "redirected", "3": "redirected"},
        None,
        None,
        "not_stated",
        "not_stated",
        [url],
    )


def doc_lewisham_other():
    f = "lewisham-children-in-care.html"
    rows = [
        ["Age group", "Foster care", "Residential", "Placed with parents", "Other", "Total"],
        ["Under 1", 21, 0, 4, 3, 28],
        ["1 to 4", 58, 0, 9, 6, 73],
        ["5 to 9", 77, 3, 8, 5, 93],
        ["10 to 15", 143, 31, 10, 14, 198],
        ["16 and over", 104, 27, 5, 48, 184],
    ]
    main = f"""
<h1>Children in care by age and placement type (FOI LBL-25-7781)</h1>
<p>Published: 24 November 2025</p>
<h2>Request</h2>
<p>Please provide the number of children in the council's care on 31 March 2025, broken down
by age group and type of placement.</p>
<h2>Response</h2>
<p>The table below shows children looked after by Lewisham on 31 March 2025.</p>
{html_table(rows)}
<p>Figures are taken from the council's statutory return to the Department for Education.</p>
"""
    write(
        f,
        page(
            council="Lewisham Council",
            site_title="FOI LBL-25-7781",
            crumbs=[
                ("Home", "/"),
                ("Information requests", "/foi"),
                ("Disclosure log", "/foi/disclosure-log"),
                ("LBL-25-7781", ""),
            ],
            main=main,
            colour="#e0007a",
            comment_date="2025-11-24",
        ),
    )
    reject(f, "html", "other_request")


# =========================================================================== TXT
def doc_middlesbrough():
    f = "middlesbrough-export.txt"
    s47 = [29, 34, 31, 36, 33, 38]
    med = [14, 17, 15, 19, 16, 18]
    tab = ["FY        S47 (Q1)   CP medical (Q2)"]
    tab += [f"{y}   {x:>8}   {z:>15}" for y, x, z in zip(YEARS, s47, med)]
    lead = (
        "Q1 and Q2: section 47 enquiries started and child protection medicals carried out, "
        "children aged under 1, bruising recorded as a reason, by financial year:"
    )
    q3 = "Q3: N/A - bruising recorded separately."
    text = "\n".join(
        [
            "==================== CASE EXPORT ====================",
            "Case reference : MBC/IG/FOI/25/0974",
            "Case type      : Freedom of Information",
            "Received       : 29/10/2025",
            "Closed         : 26/11/2025",
            "Outcome        : Information provided in full",
            "Subject        : S47 enquiries & CP medicals - bruising - under 1s",
            "Handler        : IG Officer 3",
            "----------------------- RESPONSE TEXT -----------------------",
            "",
            "Dear Requester,",
            "",
            "Middlesbrough Council has considered your request under the Freedom of Information Act "
            "2000 and the information is provided below.",
            "",
            lead,
            "",
            *tab,
            "",
            q3,
            "",
            "Internal review: write to the Information Governance Team within 40 working days.",
            f"Information Commissioner: {ICO}",
            "",
            "-------------------- END OF RESPONSE TEXT --------------------",
            "Attachments    : none",
            "",
            SYN,
        ]
    )
    write(f, text + "\n")
    ans = lead + "\n" + "\n".join(tab)
    reply(
        f,
        "txt",
        "middlesbrough",
        "answered",
        [],
        {"1": ans, "2": ans, "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        s47,
        med,
        "bruising",
        "financial",
        [ICO],
    )


def doc_barnet():
    f = "barnet-prose-letter.txt"
    q1 = (
        "There were 12 section 47 enquiries started in 2019/20 for children aged under one "
        "where bruising was recorded as a reason, and 9 the following year. In 2021/22 the "
        "number rose to 15; it was 13 in 2022/23, 16 in 2023/24 and 11 in 2024/25."
    )
    q2 = (
        "Child protection medical examinations because of bruising were carried out for 7 "
        "children aged under one in 2019/20. In both 2020/21 and 2021/22 the number was less "
        "than five, so we have not given the exact figure. There were 8 in 2022/23, 6 in "
        "2023/24 and 5 in 2024/25."
    )
    text = "\n".join(
        [
            "London Borough of Barnet",
            "Information Management Team",
            "2 Bristol Avenue, Colindale, London NW9 4EW",
            "",
            "Our ref: 10394511",
            "Date: 27th November 2025",
            "",
            f"Dear {REQUESTER}",
            "",
            "Freedom of Information Act 2000: section 47 enquiries and medicals (bruising)",
            "",
            "Thank you for your request. We have checked our records for each financial year from "
            "2019/20 to 2024/25.",
            "",
            q1,
            "",
            q2,
            "",
            "You may re-use this information under the Open Government Licence. If you are unhappy "
            "with our response you can ask us for an internal review; after that, you can complain "
            "to the Information Commissioner's Office at https://ico.org.uk/.",
            "",
            "Yours sincerely",
            "",
            "Information Management Team",
            "",
            SYN,
        ]
    )
    write(f, text + "\n")
    reply(
        f,
        "txt",
        "barnet",
        "answered",
        [],
        {"1": q1, "2": q2, "3": None},
        {"1": "answered", "2": "answered", "3": "not_answered"},
        [12, 9, 15, 13, 16, 11],
        [7, "<5", "<5", 8, 6, 5],
        "bruising",
        "financial",
        ["https://ico.org.uk/"],
    )


def doc_solihull():
    f = "solihull-calendar-list.txt"
    s47 = [13, "1-4", 7, 11, 9, 12]
    med = [6, "1-4", "1-4", 5, 7, "1-4"]
    q1 = ["1) Section 47 enquiries started, child under one, bruising recorded:"] + [
        f"   {2019 + i}: {v}" for i, v in enumerate(s47)
    ]
    q2 = ["2) Child protection medical examinations, child under one, because of bruising:"] + [
        f"   {2019 + i}: {v}" for i, v in enumerate(med)
    ]
    q3 = "3) We have been able to identify bruising, so no figures for all injuries are given."
    text = "\n".join(
        [
            "SOLIHULL METROPOLITAN BOROUGH COUNCIL",
            "Freedom of Information response - ref SMBC/25/FOI/2960 - 02/12/2025",
            "",
            "Figures are for calendar years (January - December) as this is how our annual "
            'bruising protocol audit is reported. Numbers from 1 to 4 are shown as "1-4".',
            "",
            *q1,
            "",
            *q2,
            "",
            q3,
            "",
            "Complaints about the handling of this request: Information Governance Team, Solihull "
            "Council House, Manor Square, Solihull B91 3QB.",
            "",
            SYN,
        ]
    )
    write(f, text + "\n")
    reply(
        f,
        "txt",
        "solihull",
        "answered",
        [],
        {"1": "\n".join(q1), "2": "\n".join(q2), "3": q3},
        {"1": "answered", "2": "answered", "3": "answered"},
        ["<5" if v == "1-4" else v for v in s47],
        ["<5" if v == "1-4" else v for v in med],
        "bruising",
        "calendar",
        [],
    )


def doc_lincolnshire():
    f = "lincolnshire-q2-s40.txt"
    s47 = [17, 21, 19, 24, 22, 20]
    tab = ["  Financial year | Section 47 enquiries", "  ---------------+---------------------"]
    tab += [f"  {y}        | {v}" for y, v in zip(YEARS, s47)]
    q2 = (
        "The number of child protection medical examinations carried out because of bruising "
        "for children aged under one is very small in every year. Releasing it, even in "
        "suppressed form, could allow individual children to be identified when combined "
        "with other information, so it is withheld under section 40(2) of the Freedom of "
        "Information Act 2000 (personal information)."
    )
    text = "\n".join(
        [
            "Lincolnshire County Council",
            "Information Governance",
            "",
            "Request reference: LCC-IR-25-03821",
            "Date of response: 1 December 2025",
            "",
            "Dear Alex Morgan,",
            "",
            "Your request for information has now been considered.",
            "",
            "Question 1 - section 47 enquiries started, children under one, bruising recorded as a reason",
            *tab,
            "",
            "Question 2",
            q2,
            "",
            "This letter is a refusal notice under section 17 of the Act in respect of question 2.",
            "You may ask for an internal review within 40 working days. If you remain dissatisfied "
            f"you can complain to the Information Commissioner: {ICO}",
            "",
            "Information Governance Team",
            "",
            SYN,
        ]
    )
    write(f, text + "\n")
    reply(
        f,
        "txt",
        "lincolnshire",
        "partial",
        ["s40(2)"],
        {"1": "\n".join(tab), "2": q2, "3": None},
        {"1": "answered", "2": "refused", "3": "not_answered"},
        s47,
        None,
        "bruising",
        "financial",
        [ICO],
    )


def doc_west_sussex():
    f = "west-sussex-not-held.txt"
    main = (
        "West Sussex County Council does not hold information that would answer questions 1 "
        "and 2. Our children's social care system records the category under which a section "
        "47 enquiry is started (for example physical abuse or neglect) but not the injury "
        "that prompted it, so we hold no record of which enquiries were started because of "
        "bruising. Child protection medical examinations are requested from and carried out "
        "by the paediatric service, and the council keeps no record of how many took place."
    )
    q3 = (
        "For the same reason we cannot give figures for all injuries to children under one: "
        "injuries are not recorded as such, so this information is not held either."
    )
    text = "\n".join(
        [
            "WEST SUSSEX COUNTY COUNCIL",
            "Freedom of Information",
            "",
            "Reference: FOI 3342-2025",
            "Date: 14/11/2025",
            "",
            "Dear Requester,",
            "",
            "Thank you for your request for information about section 47 enquiries and child "
            "protection medicals for bruising in children under one year old.",
            "",
            main,
            "",
            q3,
            "",
            "Under the Freedom of Information Act we are not required to create new information in "
            "order to answer a request.",
            "",
            "If you are unhappy with this response, you may ask for an internal review. You can "
            f"also contact the Information Commissioner's Office at {ICO}.",
            "",
            "Yours faithfully,",
            "FOI Team",
            "",
            SYN,
        ]
    )
    write(f, text + "\n")
    reply(
        f,
        "txt",
        "west-sussex",
        "not_held",
        [],
        {"1": main, "2": main, "3": q3},
        {"1": "not_held", "2": "not_held", "3": "not_held"},
        None,
        None,
        "not_stated",
        "not_stated",
        [ICO],
    )


DOCS = [
    doc_norfolk,
    doc_wigan,
    doc_plymouth,
    doc_derbyshire,
    doc_southwark,
    doc_warrington,
    doc_essex,
    doc_bristol,
    doc_kirklees,
    doc_cheshire_east,
    doc_trafford,
    doc_lancashire,
    doc_sunderland,
    doc_brent,
    doc_suffolk,
    doc_hertfordshire_ack,
    doc_kent_clar,
    doc_camden,
    doc_herefordshire,
    doc_nottinghamshire,
    doc_devon,
    doc_rotherham,
    doc_lewisham_other,
    doc_middlesbrough,
    doc_barnet,
    doc_solihull,
    doc_lincolnshire,
    doc_west_sussex,
]


def main():
    LABELS.clear()
    for fn in DOCS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(LABELS)} documents and labels.json to {OUT}")


if __name__ == "__main__":
    main()
