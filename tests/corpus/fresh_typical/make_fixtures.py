#!/usr/bin/env python3
"""Generate the `fresh_typical` corpus: synthetic, ordinary council replies to the
round-robin FOI request on bruising in non-mobile infants, plus labels.json.

Every word of every document is invented for testing. Council names and GSS codes are
real (so the documents look like the replies a requester really receives), but the
positions, dates, references and people attributed to each council are fictional.

Deterministic: fixed dates, fixed MIME boundaries, reportlab invariant mode, and DOCX
zip members re-written with a fixed timestamp. Run with:
    /work/main/.venv/bin/python make_fixtures.py
"""
from __future__ import annotations

import datetime as dt
import html
import io
import json
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps / random IDs in the PDFs

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document written for foi-responses; not a real council reply."
SYN_COMMENT = "<!-- " + SYN + " -->"
FIXED_DT = dt.datetime(2026, 1, 20, 9, 0, 0)

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"

LABELS: list[dict] = []

# ---------------------------------------------------------------------------
# The request, as the requester wrote it (our own wording, with her typo in Q1).
# ---------------------------------------------------------------------------
REQ_PREAMBLE = (
    "In September 2022 the Child Safeguarding Practice Review Panel published a briefing "
    "asking all safeguarding partners to review their current policies on bruising in "
    "non-mobile infants for consistency with the evidence base and national guidelines. "
    "Under the Freedom of Information Act please answer the following:"
)
Q_TYPO = [
    "Was their a review of your safeguarding policies after this guidance came out, when "
    "did it take place and what did it conclude?",
    "Please provide any papers setting out the outcome of the review.",
    "Does your policy require a section 47 investigation or a strategy discussion in all "
    "cases?",
    "What changes were made to bring the policy into line with the evidence base and "
    "national guidelines?",
    "Did your definition of when a child is not independently mobile change, and how is it "
    "now defined? In particular, are babies who can roll treated as not independently "
    "mobile, and is the classification based on age?",
]
# most councils silently correct the typo when they quote the request
Q = [Q_TYPO[0].replace("Was their", "Was there")] + Q_TYPO[1:]
REQUESTER_LINK = ("https://www.communitycare.co.uk/2022/10/05/"
                  "bruising-babies-section-47-panel-briefing/")


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


def add_label(file, fmt, authority, code, outcome, exemptions, answers, status, flds,
              links):
    assert set(answers) == set(status) == {"1", "2", "3", "4", "5"}
    LABELS.append({
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
    })


def add_reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------
_FONTS_DONE = False


def register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVuSans", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", base + "DejaVuSerif-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")
    _FONTS_DONE = True


def numbered_canvas_factory(footer_fn):
    """A canvas that knows the total page count, so footers can say 'Page x of y'."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                footer_fn(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(target, story, *, title, author, subject, first_page, later_pages, footer,
              margins=(22 * mm, 22 * mm, 45 * mm, 25 * mm)):
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        target, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=title, author=author, subject=subject,
        keywords="synthetic test document; foi-responses", creator="foi-responses fixtures",
    )
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages,
              canvasmaker=numbered_canvas_factory(footer))


def para_lines(text, style):
    """Paragraphs from a block of text: blank-line separated; single newlines kept."""
    out = []
    for block in text.split("\n\n"):
        out.append(Paragraph(esc(block).replace("\n", "<br/>"), style))
    return out


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def docx_props(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = "Freedom of Information response (synthetic)"
    cp.comments = SYN
    cp.keywords = "synthetic; test fixture; foi-responses"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def add_page_number_field(paragraph):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def save_docx_deterministic(d, path: Path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))


# ---------------------------------------------------------------------------
# EML helpers
# ---------------------------------------------------------------------------
def finish_eml(msg: EmailMessage, path: Path, stem: str):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"==_{stem}_boundary_{n}_==")
    path.write_bytes(msg.as_bytes(policy=SMTP))


def eml_date(y, m, d, hh, mm_, ss=0):
    return format_datetime(dt.datetime(y, m, d, hh, mm_, ss, tzinfo=dt.timezone.utc))


# ===========================================================================
# 1. London Borough of Lewisham: emailed reply, answers in the body,
#    multipart/alternative (quoted-printable), long legal footer.
# ===========================================================================
def lewisham():
    file = "lewisham-email-body.eml"
    proc = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising-in-non-mobile-babies.html"
    privacy = "https://lewisham.gov.uk/privacy/information-governance-privacy-notice"
    a = {
        "1": ("Yes. Lewisham follows the London Safeguarding Children Procedures, which are "
              "written and maintained by the London Safeguarding Children Partnership on "
              "behalf of the 32 boroughs and the City of London. After the Panel's briefing "
              "the London procedures editorial group reviewed the section on bruising in "
              "babies who are not independently mobile, and the revised section was "
              "published in March 2023. The review concluded that professionals should make "
              "a proportionate first assessment, including a paediatric opinion, before "
              "deciding whether child protection enquiries are needed, rather than treating "
              "every bruise as requiring them."),
        "2": ("The revised procedure is published at " + proc + " and includes an amendment "
              "note describing the changes. The Lewisham Safeguarding Children Partnership "
              "holds no separate report on the review beyond the published procedure and "
              "that note."),
        "3": ("No. Where a bruise is seen on a baby who is not independently mobile, the "
              "practitioner must seek an explanation and arrange a paediatric assessment the "
              "same day. A strategy discussion is convened where the paediatric opinion or "
              "other information suggests the child may be suffering, or likely to suffer, "
              "significant harm."),
        "4": ("The March 2023 revision added an initial paediatric appraisal step, clearer "
              "guidance on recording the explanation given by parents and carers, and an "
              "information leaflet for parents explaining why a referral has been made."),
        "5": ("The definition was not changed. The procedure describes a child who is not "
              "independently mobile as one who is not yet crawling, bottom shuffling, "
              "pulling to stand, cruising or walking. A baby who can roll over is still "
              "treated as not independently mobile. The definition is not tied to any age."),
    }
    intro = ("Dear Ms Whitcombe,\n\n"
             "Freedom of Information request – our reference FOI 25/1187\n\n"
             "Thank you for your request, which we received on 24 November 2025. I am "
             "pleased to confirm that the Council holds the information you asked for. Your "
             "questions are repeated below, each followed by our answer.")
    legal = (
        "Re-use of information\n"
        "Most of the information we provide in response to Freedom of Information requests "
        "may be re-used under the Open Government Licence, which you can read at " + OGL +
        ". Information that belongs to a third party may need that party's permission "
        "before it is re-used.\n\n"
        "Your right to ask for a review\n"
        "If you are unhappy with the way we have handled your request, you may ask for an "
        "internal review. Please write to the Information Governance Team at the address "
        "below within 40 working days of the date of this email, quoting the reference "
        "above. If you remain dissatisfied after the review you may complain to the "
        "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
        "SK9 5AF, or online at " + ICO_COMPLAIN + ".")
    sig = ("Kind regards\n\n"
           "Priya Ramanathan\n"
           "Information Governance Officer\n"
           "Corporate Resources | London Borough of Lewisham\n"
           "foi@lewisham.gov.uk | 020 8314 0000")
    disclaimer = (
        "------------------------------------------------------------------------\n"
        "This email and any files sent with it are confidential and intended only for the "
        "person or organisation to whom they are addressed. If you have received this email "
        "in error please tell the sender at once and delete it; you must not copy, forward "
        "or otherwise use its contents. The London Borough of Lewisham may monitor and "
        "record emails to make sure its systems are used properly and to protect them from "
        "viruses. Nothing in this email creates a contract unless it is confirmed in "
        "writing by an authorised officer. Any views expressed are those of the author and "
        "not necessarily those of the Council. To find out how we use personal "
        "information, read our privacy notice at " + privacy + ".\n"
        "------------------------------------------------------------------------")
    parts = [intro]
    for i in range(5):
        parts.append(f"{i + 1}. {Q[i]}\n\n{a[str(i + 1)]}")
    parts += [legal, sig, disclaimer]
    text = "\n\n".join(parts) + "\n"

    def link(u):
        return f'<a href="{u}">{esc(u)}</a>'

    h = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,'
         'Arial,sans-serif;font-size:11pt">', SYN_COMMENT,
         "<p>Dear Ms Whitcombe,</p>",
         "<p><b>Freedom of Information request – our reference FOI 25/1187</b></p>",
         "<p>Thank you for your request, which we received on 24 November 2025. I am "
         "pleased to confirm that the Council holds the information you asked for. Your "
         "questions are repeated below, each followed by our answer.</p>"]
    for i in range(5):
        ans = esc(a[str(i + 1)]).replace(esc(proc), link(proc))
        h.append(f"<p><b>{i + 1}. {esc(Q[i])}</b></p><p>{ans}</p>")
    h.append("<p><b>Re-use of information</b><br>Most of the information we provide in "
             "response to Freedom of Information requests may be re-used under the Open "
             f"Government Licence, which you can read at {link(OGL)}. Information that "
             "belongs to a third party may need that party's permission before it is "
             "re-used.</p>")
    h.append("<p><b>Your right to ask for a review</b><br>If you are unhappy with the way "
             "we have handled your request, you may ask for an internal review. Please write "
             "to the Information Governance Team at the address below within 40 working "
             "days of the date of this email, quoting the reference above. If you remain "
             "dissatisfied after the review you may complain to the Information "
             "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
             f"or online at {link(ICO_COMPLAIN)}.</p>")
    h.append("<p>Kind regards</p><p>Priya Ramanathan<br>Information Governance Officer<br>"
             "Corporate Resources | London Borough of Lewisham<br>"
             "foi@lewisham.gov.uk | 020 8314 0000</p>")
    h.append('<hr><p style="font-size:8pt;color:#666">' +
             esc(disclaimer.split("\n")[1]).replace(esc(privacy), link(privacy)) +
             "</p></body></html>")
    html_body = "\n".join(h)

    msg = EmailMessage()
    msg["From"] = "Lewisham FOI <foi@lewisham.gov.uk>"
    msg["To"] = "Jo Whitcombe <jo.whitcombe@example.org>"
    msg["Subject"] = "FOI 25/1187 - Response - bruising in non-mobile infants"
    msg["Date"] = eml_date(2025, 12, 16, 10, 42, 13)
    msg["Message-ID"] = "<fixture-lewisham-25-1187@lewisham.example>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(text, cte="quoted-printable")
    msg.add_alternative(html_body, subtype="html", cte="quoted-printable")
    finish_eml(msg, OUT / file, "lewisham")
    add_label(file, "eml", "London Borough of Lewisham", "E09000023", "answered", [], a,
              {k: "answered" for k in a},
              fields("formal", "2023-03", "yes", "no", "yes", "no", "yes", "no", None),
              [proc, OGL, ICO_COMPLAIN, privacy])


# ===========================================================================
# 2. Kent County Council: two-page PDF letter on letterhead, Question | Response table.
# ===========================================================================
def kent():
    file = "kent-question-response-table.pdf"
    register_fonts()
    site = "https://www.kent.gov.uk"
    proc = "https://www.kscmp.org.uk/procedures/bruising-protocol"
    ogl = "http://www.nationalarchives.gov.uk/doc/open-government-licence/"
    ico = "https://ico.org.uk/"
    a4_items = [
        "an initial appraisal by the practitioner who sees the bruise, with advice from a "
        "named or designated safeguarding professional;",
        "a requirement to record the explanation given and whether it is consistent with "
        "the injury and the baby's development;",
        "a leaflet for parents and carers explaining the process;",
        "removal of the former rule that every case was referred straight to children's "
        "social care before any assessment.",
    ]
    a = {
        "1": ("Yes. The Kent and Medway Safeguarding Children Partnership's joint procedures "
              "group reviewed the protocol for the management of bruising in infants who are "
              "not independently mobile. The policy was re-issued in March 2024 after a "
              "review which found that the previous version required a referral to "
              "children's social care before the explanation offered had been considered. "
              "The review concluded that a proportionate initial appraisal should come "
              "first, followed by a paediatric assessment."),
        "2": ("The re-issued protocol is available on the Kent and Medway Safeguarding "
              "Children Procedures website: " + proc + ". A summary of the changes made is "
              "included at Appendix 4 of the protocol."),
        "3": ("No. Every non-mobile infant with bruising is referred for a paediatric "
              "assessment. A strategy discussion is convened only where the paediatric "
              "assessment, or other information gathered, raises concern that the child "
              "may be suffering significant harm."),
        "4": "The March 2024 version introduced:\n" + "\n".join("• " + x for x in a4_items),
        "5": ("Yes. The definition was revised in March 2024. A child is now regarded as not "
              "independently mobile if they cannot crawl, bottom shuffle, cruise or walk "
              "independently. Babies who can roll are included in this group and are "
              "treated as not independently mobile. The definition is based on the baby's "
              "developmental stage, not on age."),
    }
    F = "Helvetica"
    body = ParagraphStyle("body", fontName=F, fontSize=10, leading=13.5, spaceAfter=7)
    cell = ParagraphStyle("cell", fontName=F, fontSize=9.5, leading=12.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=2)
    story = [
        Paragraph("Our ref: CRM-0917452", right),
        Paragraph("Date: 9 January 2026", right),
        Paragraph("Please ask for: Information Resilience and Transparency", right),
        Spacer(1, 8 * mm),
        Paragraph("Jo Whitcombe<br/>By email only", body),
        Spacer(1, 4 * mm),
        Paragraph("Dear Ms Whitcombe,", body),
        Paragraph("<b>Freedom of Information Act 2000 – Request for Information</b>", body),
        Paragraph("Thank you for your request for information received on 24 November 2025. "
                  "I can confirm that Kent County Council holds the information you asked "
                  "for. Our response to each of your questions is set out in the table "
                  "below.", body),
    ]
    rows = [[Paragraph("Question", cellb), Paragraph("Response", cellb)]]
    for i in range(5):
        ans = a[str(i + 1)]
        if i == 3:
            cell_content = [Paragraph("The March 2024 version introduced:", cell)] + [
                Paragraph('<font name="DejaVuSans">\u2022</font> ' + esc(x),
                          ParagraphStyle("bul", parent=cell, leftIndent=10,
                                                        firstLineIndent=-8, spaceBefore=2))
                for x in a4_items]
        else:
            cell_content = [Paragraph(esc(ans), cell)]
        rows.append([Paragraph(f"{i + 1}. {esc(Q[i])}", cell), cell_content])
    t = Table(rows, colWidths=[62 * mm, 104 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#22335c")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#eef1f7")),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    rows[0][0].style = ParagraphStyle("hdr", parent=cellb, textColor=colors.white)
    rows[0][1].style = ParagraphStyle("hdr", parent=cellb, textColor=colors.white)
    story += [t, Spacer(1, 6 * mm)]
    story += [
        Paragraph("<b>Re-use of information</b>", body),
        Paragraph("The information supplied is Crown copyright or the copyright of Kent "
                  "County Council unless stated otherwise, and may be re-used under the "
                  f"terms of the Open Government Licence: {ogl}", body),
        Paragraph("<b>If you are not satisfied</b>", body),
        Paragraph("If you are unhappy with this response you can ask for an internal review "
                  "by writing to us at foi@kent.gov.uk within two months of the date of this "
                  "letter. If you are still dissatisfied after that you have the right to "
                  f"complain to the Information Commissioner, whose website is {ico}.", body),
        Spacer(1, 4 * mm),
        Paragraph("Yours sincerely,", body),
        Spacer(1, 8 * mm),
        Paragraph("Daniel Okonjo<br/>Information Access Officer<br/>Information Resilience "
                  "and Transparency Team", body),
    ]

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#22335c"))
        c.rect(0, A4[1] - 32 * mm, A4[0], 32 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(22 * mm, A4[1] - 17 * mm, "Kent County Council")
        c.setFont("Helvetica", 9)
        c.drawString(22 * mm, A4[1] - 24 * mm,
                     "Information Resilience and Transparency  |  County Hall, Maidstone, Kent")
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 24 * mm, site)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#22335c"))
        c.drawString(22 * mm, A4[1] - 15 * mm, "Kent County Council – FOI response CRM-0917452")
        c.line(22 * mm, A4[1] - 17 * mm, A4[0] - 22 * mm, A4[1] - 17 * mm)
        c.restoreState()

    def footer(c, n, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"Page {n} of {total}")
        c.setFont("Helvetica", 5.5)
        c.setFillColor(colors.grey)
        c.drawString(22 * mm, 8 * mm, SYN)
        c.restoreState()

    build_pdf(str(OUT / file), story, title="FOI response CRM-0917452",
              author="Kent County Council (synthetic)", subject=SYN, first_page=first,
              later_pages=later, footer=footer)
    add_label(file, "pdf", "Kent County Council", "E10000016", "answered", [], a,
              {k: "answered" for k in a},
              fields("formal", "2024-03", "yes", "no", "yes", "yes", "yes", "no", None),
              [site, proc, ogl, ico])


# ===========================================================================
# 3. Wokingham Borough Council: DOCX letter, bold quoted question then "Our response".
# ===========================================================================
def wokingham():
    file = "wokingham-our-response.docx"
    a = {
        "1": ("The Berkshire West Safeguarding Children Partnership, which covers Reading, "
              "West Berkshire and Wokingham, did not carry out a formal review. The Panel's "
              "briefing was considered by the partnership's Policy and Procedures Sub-group "
              "in November 2022, which compared it with the Berkshire West protocol for "
              "bruising in babies who are not independently mobile. The sub-group concluded "
              "that the protocol already reflected the briefing and did not need to be "
              "amended."),
        "2": ("The relevant extract from the sub-group's minutes of November 2022 reads: "
              "\u201cMembers considered the national panel briefing on bruising in non-mobile "
              "infants. The current protocol already provides for a paediatric assessment "
              "before any decision on section 47 enquiries and is consistent with the "
              "briefing. No amendment required; to be looked at again at the next scheduled "
              "review of the protocol.\u201d"),
        "3": ("No. The protocol requires a same-day paediatric assessment. A strategy "
              "discussion follows where that assessment, or other information, identifies "
              "safeguarding concerns."),
        "4": "None. No changes were considered necessary.",
        "5": ("No, the definition has not changed. The protocol uses the term \u201cnot "
              "independently mobile\u201d for a baby who is not yet able to crawl, bottom "
              "shuffle, pull to stand or cruise. Babies who can roll over remain within that "
              "definition. The classification is not based on age."),
    }
    d = docx.Document()
    docx_props(d, "FOI-2025-3391 response", "Wokingham Borough Council (synthetic)")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Wokingham Borough Council  |  Customer and Information Services"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("FOI-2025-3391  –  page ")
    add_page_number_field(fp)
    fp2 = sec.footer.add_paragraph(SYN)
    fp2.runs[0].font.size = Pt(6)

    d.add_paragraph("18/12/2025")
    d.add_heading("Freedom of Information Request: FOI-2025-3391", level=1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    top.text = "Request summary: bruising in non-mobile infants – partnership policy review"
    top.paragraphs[0].runs[0].bold = True
    set_cell_shading(top, "D9E2F3")
    for r, (k, v) in enumerate([("Reference", "FOI-2025-3391"),
                                ("Date received", "24/11/2025"),
                                ("Date of response", "18/12/2025")], start=1):
        t.cell(r, 0).text = k
        t.cell(r, 1).text = v
    d.add_paragraph()
    d.add_paragraph("Dear Sir/Madam,")
    d.add_paragraph("Thank you for your request for information, which we have handled under "
                    "the Freedom of Information Act 2000. Your questions are set out in bold "
                    "below, with our response beneath each one.")
    for i in range(5):
        p = d.add_paragraph()
        r = p.add_run(f"\u201c{Q[i]}\u201d")
        r.bold = True
        p2 = d.add_paragraph()
        r2 = p2.add_run("Our response")
        r2.italic = True
        r2.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        d.add_paragraph(a[str(i + 1)])
    d.add_heading("Your rights", level=2)
    d.add_paragraph("You may re-use this information under the Open Government Licence: "
                    + OGL, style="List Bullet")
    d.add_paragraph("If you are unhappy with our response you may ask for an internal "
                    "review by emailing foi@wokingham.gov.uk within 40 working days.",
                    style="List Bullet")
    d.add_paragraph("If you remain unhappy after an internal review you may complain to the "
                    "Information Commissioner's Office: " + ICO_COMPLAIN, style="List Bullet")
    d.add_paragraph("Yours faithfully,")
    d.add_paragraph("Information Governance\nWokingham Borough Council")
    save_docx_deterministic(d, OUT / file)
    add_label(file, "docx", "Wokingham Borough Council", "E06000041", "answered", [], a,
              {k: "answered" for k in a},
              fields("informal", "2022-11", "yes", "no", "no", "no", "yes", "no", None),
              [OGL, ICO_COMPLAIN])


# ===========================================================================
# 4. Wigan Council: metropolitan borough disclosure-log web page; quotes the typo.
# ===========================================================================
def wigan():
    file = "wigan-disclosure-log.html"
    proc = "https://greatermanchesterscp.trixonline.co.uk/chapter/bruising-non-mobile-children"
    review = "https://www.wigan.gov.uk/Council/Access-to-information/FOI-internal-review.aspx"
    a = {
        "1": ("Yes. Wigan follows the Greater Manchester Safeguarding Children Procedures. "
              "The bruising protocol in those procedures was reviewed by the Greater "
              "Manchester procedures group during 2023, following the Panel's briefing. The "
              "review concluded that the protocol remained sound but should set out more "
              "clearly how the multi-agency discussion is recorded and how parents are kept "
              "informed."),
        "2": "The revised protocol is published on the Greater Manchester procedures website: " + proc,
        "3": ("Yes. Under the protocol every non-mobile infant with a bruise is the subject of "
              "a strategy discussion between children's social care, the police and health, "
              "and a paediatric examination is arranged."),
        "4": ("The revised protocol introduced a template for recording the strategy "
              "discussion and a new section on supporting parents and carers during the "
              "process."),
        "5": "The definition of not independently mobile has not changed.",
    }
    qs = "\n".join(f"        <li>{esc(q)}</li>" for q in Q_TYPO)
    ans = []
    for i in range(5):
        t = esc(a[str(i + 1)])
        t = t.replace(esc(proc), f'<a href="{proc}">{esc(proc)}</a>')
        ans.append(f"        <p><strong>{i + 1}.</strong> {t}</p>")
    ans = "\n".join(ans)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>FOI-2025-09921 Bruising in non-mobile infants - Wigan Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/css/site.css">
</head>
<body>
{SYN_COMMENT}
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies">
  <p>We use some essential cookies to make this website work. We would also like to set
  analytics cookies to help us improve it.</p>
  <button type="button">Accept analytics cookies</button>
  <button type="button">Reject analytics cookies</button>
  <a href="/Cookies.aspx">View cookies</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/images/logo.svg" alt="Wigan Council"></a>
  <form action="/Search.aspx" role="search"><label for="q">Search</label>
    <input id="q" name="q"><button>Search</button></form>
  <nav class="primary"><ul>
    <li><a href="/Resident/index.aspx">Residents</a></li>
    <li><a href="/Business/index.aspx">Business</a></li>
    <li><a href="/Council/index.aspx">Council</a></li>
    <li><a href="/Docs/index.aspx">Documents</a></li>
  </ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li>
  <li><a href="/Council/index.aspx">Council</a></li>
  <li><a href="/Council/Access-to-information/index.aspx">Access to information</a></li>
  <li><a href="/Council/Access-to-information/Disclosure-log.aspx">Disclosure log</a></li>
  <li aria-current="page">FOI-2025-09921</li>
</ol></nav>
<main id="main">
  <h1>Bruising in non-mobile infants – safeguarding policy review</h1>
  <dl class="foi-meta">
    <dt>Reference</dt><dd>FOI-2025-09921</dd>
    <dt>Date received</dt><dd>25 November 2025</dd>
    <dt>Date responded</dt><dd>12 December 2025</dd>
    <dt>Service area</dt><dd>Children and Families</dd>
    <dt>Outcome</dt><dd>Information provided</dd>
  </dl>
  <section class="foi-request">
    <h2>Request</h2>
    <p>{esc(REQ_PREAMBLE)}</p>
    <ol>
{qs}
    </ol>
  </section>
  <section class="foi-response">
    <h2>Response</h2>
{ans}
    <p>The information in this response may be re-used under the
      <a href="{OGL}">Open Government Licence ({OGL})</a>.</p>
    <p>If you are unhappy with the way your request was handled you can ask for an internal
      review: {review}. You can also contact the Information Commissioner's Office at
      <a href="{ICO_COMPLAIN}">{ICO_COMPLAIN}</a>.</p>
  </section>
  <p class="page-updated">Page last updated: 12 December 2025</p>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/Accessibility.aspx">Accessibility</a></li>
    <li><a href="/Privacy.aspx">Privacy</a></li>
    <li><a href="/Cookies.aspx">Cookies</a></li>
    <li><a href="/Contact-us.aspx">Contact us</a></li>
  </ul>
  <p>&copy; Wigan Council 2025</p>
</footer>
</body>
</html>
"""
    (OUT / file).write_text(page, encoding="utf-8")
    add_label(file, "html", "Wigan Metropolitan Borough Council", "E08000010", "answered", [],
              a, {k: "answered" for k in a},
              fields("formal", "2023", "yes", "yes", "yes", "no", "not_stated", "not_stated",
                     None),
              [proc, OGL, review, ICO_COMPLAIN])


# ===========================================================================
# 5. Essex County Council: plain-text export from a case-management system.
# ===========================================================================
def essex():
    file = "essex-case-export.txt"
    proc = "https://www.escb.co.uk/procedures/set-procedures/bruising-in-non-mobile-babies/"
    summ = "https://www.escb.co.uk/media/3122/set-bruising-review-summary-june-2023.pdf"
    a = {
        "1": ("Yes. The SET (Southend, Essex and Thurrock) Safeguarding and Child Protection "
              "Procedures are maintained jointly by the three safeguarding children "
              "partnerships. Following the Panel's briefing the SET procedures group carried "
              "out a review of the guidance on bruising in non-mobile babies, which was "
              "completed in June 2023. It concluded that the guidance should keep a low "
              "threshold for paediatric assessment but should no longer lead automatically "
              "to a section 47 enquiry, and that the definition of a non-mobile baby should "
              "be made clearer."),
        "2": ("The revised guidance is published at " + proc + " and the review summary "
              "presented to the Essex Safeguarding Children Board can be read at " + summ),
        "3": ("No. All cases are referred for a paediatric assessment. Children's social "
              "care, health and police then decide together whether a strategy discussion "
              "is needed."),
        "4": ("The guidance was amended to (i) add an initial appraisal of the explanation "
              "and circumstances, (ii) set out when a strategy discussion must be held, "
              "(iii) include a flowchart for practitioners and (iv) add information for "
              "parents."),
        "5": ("Yes, the definition changed in June 2023. Any baby under six months of age is "
              "now treated as not independently mobile whatever their development. For "
              "older babies the practitioner considers whether the baby can crawl, bottom "
              "shuffle, cruise or walk. A baby who can roll but cannot do any of these is "
              "treated as not independently mobile."),
    }
    lines = [
        "CASE EXPORT - INFORMATION REQUESTS",
        "==================================",
        "Case reference      : ECC-FOI-25-14482",
        "Case type           : Freedom of Information",
        "Requester           : [REDACTED]",
        "Channel             : Email",
        "Date received       : 25/11/2025",
        "Date due            : 23/12/2025",
        "Date closed         : 22/12/2025",
        "Outcome             : Information provided in full",
        "Exemptions applied  : None",
        "Service             : Children and Families",
        "",
        "----------------------------------------------------------------",
        "Request details",
        "----------------------------------------------------------------",
        REQ_PREAMBLE,
        "",
    ]
    for i, q in enumerate(Q_TYPO):
        lines.append(f"{i + 1}. {q}")
    lines += [
        "",
        "----------------------------------------------------------------",
        "Response details",
        "----------------------------------------------------------------",
        "Essex County Council holds the information requested. Our response is below.",
        "",
    ]
    for i in range(5):
        lines.append(f"Q{i + 1} - {a[str(i + 1)]}")
        lines.append("")
    lines += [
        "----------------------------------------------------------------",
        "Attachments         : none",
        "Closed by           : IR Officer 07",
        "Exported            : 06/01/2026 16:04 by ECC-IR-EXPORT",
        "----------------------------------------------------------------",
        "",
        SYN,
        "",
    ]
    (OUT / file).write_text("\n".join(lines), encoding="utf-8")
    add_label(file, "txt", "Essex County Council", "E10000012", "answered", [], a,
              {k: "answered" for k in a},
              fields("formal", "2023-06", "yes", "no", "yes", "yes", "yes", "yes", 6),
              [proc, summ])


# ===========================================================================
# 6. Sefton Council: FOI team forwards the partnership business manager's answer,
#    pasted in; several dates (2019 policy, 2022 briefing, 2023 review, 2026 plan).
# ===========================================================================
def sefton():
    file = "sefton-forwarded-partnership.eml"
    proc = "https://www.proceduresonline.com/pmscp/sefton/p_bruising_immobile.html"
    a = {
        "1": ("Review - yes. Our bruising policy dated from 2019 and was already on the list "
              "for updating when the Panel briefing came out in Sept 2022. The Merseyside "
              "procedures group reviewed it in 2023 and agreed a new version, the main "
              "conclusion being that we needed a proper first assessment by a paediatrician "
              "instead of everything going straight to a strategy meeting. Next full review "
              "is planned for 2026."),
        "2": ("Papers - there aren't any separate papers I'm afraid. The review was done as a "
              "working exercise by the procedures group and no report was written."),
        "3": ("S47 - no, not in all cases. Every baby is seen by a paediatrician first and "
              "the paediatrician and the duty social worker then decide together whether a "
              "strategy discussion is needed."),
        "4": ("Changes - the 2019 version said every bruise had to lead to a referral and a "
              "strategy meeting, and that was taken out. We added the paediatric appraisal, "
              "a flowchart and a section on talking to parents. Current version is here: "
              + proc),
        "5": ("Definition - yes, it changed. The 2019 version just said \"under 6 months\". "
              "It is now about what the baby can actually do: not independently mobile means "
              "not crawling, cruising, bottom shuffling or walking. Babies who can roll are "
              "still counted as not independently mobile. It is no longer linked to age."),
    }
    top = (
        "Dear Ms Whitcombe\n\n"
        "Re: FOI 5521 - bruising in non-mobile infants\n\n"
        "Thank you for your request. The information you asked for is held on behalf of the "
        "Council by the Sefton Safeguarding Children Partnership, and the partnership "
        "business manager has provided the answers below, which we are forwarding to you "
        "as our formal response under the Freedom of Information Act 2000.\n\n"
        "If you are not satisfied with this response you can ask for an internal review by "
        "replying to this email within 40 working days. You also have the right to "
        "complain to the Information Commissioner: " + ICO_COMPLAIN + "\n\n"
        "Regards\n\n"
        "Information Management Team\n"
        "Sefton Council\n"
        "Magdalen House, Bootle\n"
    )
    fwd = (
        "\n---------- Forwarded message ----------\n"
        "From: Helen Marsh <partnership.businessmanager@sefton.gov.uk>\n"
        "Sent: Monday, 15 December 2025 09:12\n"
        "To: FOI Requests <foi.requests@sefton.gov.uk>\n"
        "Subject: RE: FOI 5521 - bruising in non-mobile infants - response needed by 19/12\n\n"
        "Hi all,\n\n"
        "Answers to the five questions below - happy for these to go out as they are.\n\n"
        + "\n\n".join(f"{i + 1}) {a[str(i + 1)]}" for i in range(5)) +
        "\n\nAny problems give me a shout.\n\n"
        "Helen\n"
        "Helen Marsh | Partnership Business Manager\n"
        "Sefton Safeguarding Children Partnership\n"
    )
    quoted = "\n".join("> " + ln if ln else ">" for ln in (
        "From: Jo Whitcombe <jo.whitcombe@example.org>",
        "Sent: 24 November 2025 08:31",
        "To: FOI Requests <foi.requests@sefton.gov.uk>",
        "Subject: Freedom of Information request - bruising in non-mobile infants",
        "",
        "Dear Sefton Council,",
        "",
        REQ_PREAMBLE,
        "",
        *[f"{i + 1}. {q}" for i, q in enumerate(Q_TYPO)],
        "",
        "For background see " + REQUESTER_LINK,
        "",
        "Yours faithfully,",
        "Jo Whitcombe",
    ))
    text = top + fwd + "\n-----Original Message-----\n" + quoted + "\n"
    msg = EmailMessage()
    msg["From"] = "FOI Requests <foi.requests@sefton.gov.uk>"
    msg["To"] = "Jo Whitcombe <jo.whitcombe@example.org>"
    msg["Subject"] = "FW: FOI 5521 - bruising in non-mobile infants - response"
    msg["Date"] = eml_date(2025, 12, 17, 14, 5, 51)
    msg["Message-ID"] = "<fixture-sefton-5521@sefton.example>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(text, cte="base64")
    finish_eml(msg, OUT / file, "sefton")
    add_label(file, "eml", "Sefton Metropolitan Borough Council", "E08000014", "answered", [],
              a, {k: "answered" for k in a},
              fields("formal", "2023", "no", "no", "yes", "yes", "yes", "no", None),
              [ICO_COMPLAIN, proc])


# ===========================================================================
# 7. Norfolk County Council: PDF letter, questions (a)-(e); papers withheld (s22).
# ===========================================================================
def norfolk():
    file = "norfolk-a-to-e.pdf"
    nscp = "https://www.norfolklscp.org.uk/"
    a = {
        "1": ("Yes. The Norfolk Safeguarding Children Partnership (NSCP) commissioned a "
              "review of its \u2018Bruising in Non-Mobile Babies\u2019 protocol in response "
              "to the briefing. The review was completed in February 2023. It concluded that "
              "the protocol should make a paediatric assessment the first step in every "
              "case, with the decision about a strategy discussion taken afterwards, and "
              "that the guidance for parents should be rewritten in plain language."),
        "2": ("The review report, and the minutes of the NSCP Executive Group meeting that "
              "accepted it, are due to be published on the NSCP website (" + nscp + ") as "
              "part of the partnership\u2019s annual publication of policy reviews, which is "
              "planned for March 2026. We are therefore withholding this information under "
              "section 22(1) of the Freedom of Information Act 2000 (information intended "
              "for future publication). We consider it reasonable to wait for publication, "
              "and that the public interest in maintaining the exemption outweighs the "
              "public interest in early release, because the papers will be published in "
              "full, with their context, within a short time."),
        "3": ("No. The protocol requires a paediatric assessment for every non-mobile baby "
              "with bruising. A strategy discussion is held where the paediatric assessment "
              "or other information gives cause for concern."),
        "4": ("The protocol now begins with a paediatric assessment rather than an automatic "
              "referral for a strategy discussion, includes a short checklist of questions "
              "for the practitioner, and has a rewritten leaflet for parents and carers."),
        "5": ("The definition was not changed. A baby is regarded as not independently mobile "
              "if they are not yet crawling, cruising or walking. Babies who can roll are "
              "considered to have begun moving independently and are therefore not treated "
              "as non-mobile under the protocol. The protocol does not use an age "
              "threshold."),
    }
    asked = [
        "whether there was a review of safeguarding policies after the Panel\u2019s guidance, "
        "when it took place and what it concluded;",
        "any papers on the outcome of the review;",
        "whether the policy requires a section 47 investigation or strategy discussion in "
        "all cases;",
        "what changes were made for consistency with the evidence base and national "
        "guidelines;",
        "whether the definition of \u2018not independently mobile\u2019 changed, how it is now "
        "defined, whether babies who can roll are included, and whether it is based on age.",
    ]
    F = "Times-Roman"
    body = ParagraphStyle("b", fontName=F, fontSize=11.5, leading=15, spaceAfter=8)
    item = ParagraphStyle("i", parent=body, leftIndent=22, firstLineIndent=-22)
    head = ParagraphStyle("h", parent=body, fontName="Times-Bold", spaceBefore=6)
    small = ParagraphStyle("s", parent=body, fontSize=10, leading=13)
    story = [
        Paragraph("Our ref: NCC/IG/25-2871", body),
        Paragraph("Wednesday 7 January 2026", body),
        Spacer(1, 4 * mm),
        Paragraph("Dear Ms Whitcombe", body),
        Paragraph("<b>Request for information: review of policy on bruising in non-mobile "
                  "babies</b>", body),
        Paragraph("Thank you for your request for information received on 24 November 2025, "
                  "which we have considered under the Freedom of Information Act 2000. We "
                  "apologise for the short delay in replying. You asked for:", body),
    ]
    for L, t in zip("abcde", asked):
        story.append(Paragraph(f"({L})\u00a0\u00a0{esc(t)}", item))
    story.append(Paragraph("Our response", head))
    for L, k in zip("abcde", "12345"):
        story.append(Paragraph(f"({L})\u00a0\u00a0{esc(a[k])}", item))
    story += [
        Paragraph("Right of appeal", head),
        Paragraph("If you are unhappy with this response you may ask for an internal review. "
                  "Please write to the Information Governance Team, County Hall, Martineau "
                  "Lane, Norwich, or email foi@norfolk.gov.uk, within 40 working days.", small),
        Paragraph("If you are not content with the outcome of the internal review you may "
                  "apply to the Information Commissioner for a decision. The Information "
                  "Commissioner\u2019s Office can be contacted at Wycliffe House, Water Lane, "
                  f"Wilmslow, Cheshire SK9 5AF, or via {ICO_COMPLAIN}", small),
        Spacer(1, 6 * mm),
        Paragraph("Yours sincerely", body),
        Spacer(1, 10 * mm),
        Paragraph("Margaret Lowe<br/>Information Governance Officer<br/>Norfolk County "
                  "Council", body),
    ]

    def first(c, d):
        c.saveState()
        c.setFont("Times-Bold", 22)
        c.drawString(22 * mm, A4[1] - 20 * mm, "Norfolk County Council")
        c.setFont("Times-Italic", 10)
        c.drawString(22 * mm, A4[1] - 26 * mm, "Information Governance Team")
        c.setFont("Times-Roman", 9)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 16 * mm, "County Hall")
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 20 * mm, "Martineau Lane")
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 24 * mm, "Norwich")
        c.setStrokeColor(colors.HexColor("#6a1b4d"))
        c.setLineWidth(1.5)
        c.line(22 * mm, A4[1] - 30 * mm, A4[0] - 22 * mm, A4[1] - 30 * mm)
        c.restoreState()

    def later(c, d):
        pass

    def footer(c, n, total):
        c.saveState()
        c.setFont("Times-Roman", 9)
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"{n}")
        c.setFont("Times-Roman", 6)
        c.setFillColor(colors.grey)
        c.drawString(22 * mm, 9 * mm, SYN)
        c.restoreState()

    build_pdf(str(OUT / file), story, title="NCC/IG/25-2871", author="Norfolk County Council "
              "(synthetic)", subject=SYN, first_page=first, later_pages=later, footer=footer,
              margins=(22 * mm, 22 * mm, 38 * mm, 24 * mm))
    add_label(file, "pdf", "Norfolk County Council", "E10000020", "partial", ["s22(1)"], a,
              {"1": "answered", "2": "refused", "3": "answered", "4": "answered",
               "5": "answered"},
              fields("formal", "2023-02", "no", "no", "yes", "no", "no", "no", None),
              [nscp, ICO_COMPLAIN])


# ===========================================================================
# 8. Stoke-on-Trent City Council: DOCX with Q1-Q5 headings, merged-cell table,
#    numbered list; the notes of the discussion withheld under s36(2)(b)(ii).
# ===========================================================================
def stoke():
    file = "stoke-on-trent-q-headings.docx"
    proc = "https://www.ssscb.org.uk/procedures/bruising-in-babies-not-independently-mobile/"
    q4_items = [
        "a paediatric assessment before any decision on a strategy discussion;",
        "recording of the explanation offered by the parent or carer;",
        "a written information sheet for parents.",
    ]
    a = {
        "1": ("The Staffordshire and Stoke-on-Trent Safeguarding Children Partnership did "
              "not undertake a formal review. In the spring of 2023 the partnership's "
              "Learning and Improvement group considered the Panel's briefing alongside the "
              "joint protocol and was satisfied that local practice was consistent with it."),
        "2": ("The Council holds the notes of the Learning and Improvement group's "
              "discussion. These are withheld under section 36(2)(b)(ii) of the Freedom of "
              "Information Act 2000. In the reasonable opinion of the Council's qualified "
              "person, disclosure would be likely to inhibit the free and frank exchange of "
              "views for the purposes of deliberation. We have considered the public "
              "interest and concluded that, on balance, it favours maintaining the "
              "exemption, because partners need a safe space to discuss practice candidly."),
        "3": ("No. A strategy discussion is not required in every case; the paediatrician's "
              "assessment informs whether one is convened."),
        "4": ("No changes were made as a result of the briefing. The group noted that the "
              "protocol already included:\n" + "\n".join(q4_items)),
        "5": ("The definition has not changed. The protocol treats every baby under 6 months "
              "of age as not independently mobile; for older babies the practitioner "
              "considers whether the baby can crawl, cruise or walk. The protocol does not "
              "address rolling specifically. The current protocol is at " + proc),
    }
    d = docx.Document()
    docx_props(d, "FOI response SOT-FOI-11640", "Stoke-on-Trent City Council (synthetic)")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "STOKE-ON-TRENT CITY COUNCIL – OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_page_number_field(fp)
    small = sec.footer.add_paragraph(SYN)
    small.runs[0].font.size = Pt(6)

    d.add_heading("Freedom of Information Act 2000 – Response", level=1)
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [("Reference", "SOT-FOI-11640", "Received", "25 Nov 2025"),
             ("Subject", "Bruising in non-mobile infants", "Responded", "19 Dec 2025")]
    for r, row in enumerate(cells):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
            if c in (0, 2):
                t.cell(r, c).paragraphs[0].runs[0].bold = True
                set_cell_shading(t.cell(r, c), "E7E6E6")
    m = t.cell(2, 0).merge(t.cell(2, 3))
    m.text = ("Decision: information provided in part. Some information withheld "
              "(section 36(2)(b)(ii)).")
    d.add_paragraph()
    d.add_paragraph("Dear Ms Whitcombe")
    d.add_paragraph("Thank you for your request for information. Our response to each "
                    "question follows.")
    for i in range(5):
        d.add_heading(f"Q{i + 1}", level=2)
        p = d.add_paragraph()
        p.add_run(Q[i]).bold = True
        k = str(i + 1)
        if k == "4":
            d.add_paragraph("No changes were made as a result of the briefing. The group "
                            "noted that the protocol already included:")
            for it in q4_items:
                d.add_paragraph(it, style="List Number")
        else:
            d.add_paragraph(a[k])
    d.add_heading("Further information", level=2)
    d.add_paragraph("You may ask for an internal review of this decision by writing to "
                    "foi@stoke.gov.uk within 40 working days. If you are still not satisfied "
                    "you may contact the Information Commissioner's Office (" + ICO_COMPLAIN +
                    ").")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Access to Information Team\nStoke-on-Trent City Council")
    save_docx_deterministic(d, OUT / file)
    add_label(file, "docx", "Stoke-on-Trent City Council", "E06000021", "partial",
              ["s36(2)(b)(ii)"], a,
              {"1": "answered", "2": "refused", "3": "answered", "4": "answered",
               "5": "answered"},
              fields("informal", "2023", "no", "no", "no", "no", "not_stated", "yes", 6),
              [proc, ICO_COMPLAIN])


# ===========================================================================
# 9. Devon County Council: disclosure-log page; not held for questions 2 and 4.
# ===========================================================================
def devon():
    file = "devon-not-held-q2-q4.html"
    proc = "https://www.proceduresonline.com/swcpp/devon/p_bruising_non_mob.html"
    a = {
        "1": ("There was no formal review of the policy. The Devon Children and Families "
              "Partnership discussed the Panel's briefing at its Safeguarding Practice Group "
              "in December 2022. The group agreed that the South West Child Protection "
              "Procedures, which Devon uses, already met the expectations set out in the "
              "briefing."),
        "2": "Devon County Council does not hold any papers on the outcome of this discussion.",
        "3": ("No. The procedure requires a paediatric assessment for any non-mobile baby "
              "with bruising; a strategy discussion is held if the assessment or other "
              "information raises concern of significant harm."),
        "4": "The Council does not hold this information.",
        "5": ("The definition has not changed. A baby who is not independently mobile is one "
              "who cannot yet crawl, bottom shuffle, cruise or walk; a baby who is only "
              "rolling is still considered not independently mobile. Age is not used to "
              "decide this. The procedure can be read at " + proc),
    }
    resp = []
    for i in range(5):
        t = esc(a[str(i + 1)]).replace(esc(proc), f'<a href="{proc}">{esc(proc)}</a>')
        resp.append(f'      <h3>Question {i + 1}</h3>\n      <p class="q"><em>{esc(Q[i])}</em></p>\n'
                    f'      <p>{t}</p>')
    resp = "\n".join(resp)
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants (FOI 4471829) | Disclosure log | Devon County Council</title>
</head>
<body class="page-template-disclosure">
{SYN_COMMENT}
<div class="cookie-notice" id="cn">
  <span>Devon County Council uses cookies to improve your experience.</span>
  <a href="/privacy/cookies/" class="cn-more">Cookie settings</a>
  <button class="cn-accept">OK</button>
</div>
<div class="masthead">
  <a class="brand" href="/">Devon County Council</a>
  <ul class="top-menu">
    <li><a href="/news/">News</a></li>
    <li><a href="/contact/">Contact us</a></li>
    <li><a href="/account/">My account</a></li>
  </ul>
</div>
<div class="crumbs">
  <a href="/">Home</a> &rsaquo; <a href="/democracy/">Democracy and government</a> &rsaquo;
  <a href="/accesstoinformation/">Access to information</a> &rsaquo;
  <a href="/accesstoinformation/disclosure-log/">Disclosure log</a> &rsaquo;
  <span>FOI 4471829</span>
</div>
<div class="layout">
  <aside class="sidebar">
    <h2>In this section</h2>
    <ul>
      <li><a href="/accesstoinformation/make-a-request/">Make a request</a></li>
      <li><a href="/accesstoinformation/disclosure-log/">Disclosure log</a></li>
      <li><a href="/accesstoinformation/publication-scheme/">Publication scheme</a></li>
    </ul>
  </aside>
  <article class="entry">
    <h1>Bruising in non-mobile infants</h1>
    <p class="entry-meta">FOI 4471829 &middot; Published 8 January 2026 &middot; Children's Services</p>
    <h2>Request</h2>
    <p>{esc(REQ_PREAMBLE)}</p>
    <p>(the five questions are shown with the response below)</p>
    <h2>Response</h2>
    <p>Devon County Council has dealt with your request under the Freedom of Information Act
    2000. We hold some of the information you asked for. Please see below.</p>
{resp}
    <h2>Re-use and complaints</h2>
    <p>Information released under the Act may be re-used under the Open Government Licence
    (<a href="{OGL}">{OGL}</a>). If you are dissatisfied with our response you can ask for an
    internal review, and after that you can complain to the Information Commissioner:
    <a href="{ICO_COMPLAIN}">{ICO_COMPLAIN}</a>.</p>
    <div class="feedback">Was this page useful? <a href="/feedback/?r=yes">Yes</a>
    <a href="/feedback/?r=no">No</a></div>
  </article>
</div>
<footer>
  <p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a> |
  <a href="/terms/">Terms</a></p>
  <p>Devon County Council, County Hall, Topsham Road, Exeter</p>
</footer>
</body>
</html>
"""
    (OUT / file).write_text(page, encoding="utf-8")
    add_label(file, "html", "Devon County Council", "E10000008", "partial", [], a,
              {"1": "answered", "2": "not_held", "3": "answered", "4": "not_held",
               "5": "answered"},
              fields("informal", "2022-12", "no", "no", "not_stated", "no", "yes", "no", None),
              [proc, OGL, ICO_COMPLAIN])


# ===========================================================================
# 10. Bristol City Council: plain-text letter that paraphrases each question briefly.
# ===========================================================================
def bristol():
    file = "bristol-paraphrased.txt"
    kbsp = "https://bristolsafeguarding.org/policies-and-guidance/bruising-protocol/"
    a = {
        "1": ("Yes. Keeping Bristol Safe Partnership reviewed its protocol on bruising in "
              "babies who are not independently mobile in January 2023, in response to the "
              "Panel's briefing. The review concluded that the protocol was too rigid, "
              "because it sent every case straight to children's social care, and that it "
              "should allow a first assessment by the professional who sees the bruise, "
              "with a paediatric opinion, before any referral decision."),
        "2": ("The report considered by the partnership's Practice and Procedures sub-group "
              "in January 2023 is enclosed with this letter as Appendix A. The revised "
              "protocol is published at " + kbsp),
        "3": ("No. A strategy discussion is held only where the paediatric assessment or "
              "other information suggests the baby may be at risk of significant harm."),
        "4": ("The protocol was rewritten in early 2023. It now includes a first assessment "
              "by the professional who sees the bruise, a same-day paediatric opinion, a "
              "list of questions to ask parents, and a leaflet for families."),
        "5": ("Changed: yes - the definition was rewritten in the January 2023 review.\n"
              "Rolling: a baby who can roll over deliberately is treated as having started "
              "to move independently, so is not counted as non-mobile.\n"
              "Age: no - the definition is based on what the baby can do, not on age."),
    }
    heads = [
        "Review after the 2022 briefing?",
        "Papers on the outcome",
        "Section 47 or strategy discussion in every case?",
        "Changes made",
        "Definition of \"not independently mobile\"",
    ]
    body = [
        "Bristol City Council",
        "Information Rights Team",
        "City Hall, College Green, Bristol",
        "",
        "Our reference: 25-FOI-09372",
        "Your reference: none given",
        "Date: 5 January 2026",
        "",
        "Dear Requester,",
        "",
        "Request for information: bruising in non-mobile infants",
        "",
        "Thank you for your email of 24 November 2025, which we have dealt with under the",
        "Freedom of Information Act 2000. For ease of reading we have summarised each of",
        "your questions before our answer.",
        "",
    ]
    for i in range(5):
        body.append(f"{i + 1}. {heads[i]}")
        body.append(a[str(i + 1)])
        body.append("")
    body += [
        "You are free to re-use this information under the Open Government Licence",
        "(" + OGL + ").",
        "",
        "If you are unhappy with how we have dealt with your request you can ask for an",
        "internal review within 40 working days by emailing the Information Rights Team.",
        "If you are still unhappy after that, you can complain to the Information",
        "Commissioner's Office - see " + ICO_COMPLAIN,
        "",
        "Yours sincerely",
        "",
        "Tomasz Wrobel",
        "Information Rights Officer",
        "",
        "Enc: Appendix A - report to Practice and Procedures sub-group, January 2023",
        "",
        SYN,
        "",
    ]
    (OUT / file).write_text("\n".join(body), encoding="utf-8")
    add_label(file, "txt", "Bristol City Council", "E06000023", "answered", [], a,
              {k: "answered" for k in a},
              fields("formal", "2023-01", "yes", "no", "yes", "yes", "no", "no", None),
              [kbsp, OGL, ICO_COMPLAIN])


# ===========================================================================
# 11. Leeds City Council: PDF, questions 1.-5.; answer 5 split into sub-answers.
# ===========================================================================
def leeds():
    file = "leeds-q5-sub-answers.pdf"
    register_fonts()
    wy = "https://www.proceduresonline.com/westyorkscb/p_bruising_babies.html"
    ico = "https://ico.org.uk/"
    q5_sub = [
        ("(a) Has the definition changed?",
         "Yes. Until the review the protocol referred to \u201cpre-mobile babies\u201d without "
         "defining the term. Since October 2023 it defines a baby who is not independently "
         "mobile as one who cannot crawl, bottom shuffle, pull to stand, cruise or walk."),
        ("(b) Are babies who can roll treated as not independently mobile?",
         "Yes. Rolling is not regarded as independent mobility, so a baby who can roll but "
         "cannot do any of the things listed above is not independently mobile."),
        ("(c) Is the classification based on age?",
         "No. It depends on the baby\u2019s development, not on age."),
    ]
    a = {
        "1": ("Yes. Leeds Safeguarding Children Partnership (LSCP) reviewed its guidance "
              "following the Panel\u2019s briefing, together with the West Yorkshire "
              "Consortium procedures group. The review was completed in October 2023. It "
              "found that the local guidance was broadly consistent with the evidence base "
              "but that the term \u201cnon-mobile\u201d needed a clear definition and that "
              "practitioners needed a structured way of gathering the history before a "
              "referral."),
        "2": ("The report to the LSCP Policy and Procedures Group of 12 October 2023 is "
              "attached as Annex 1. The updated West Yorkshire procedure is available at "
              + wy),
        "3": ("No. The procedure requires a referral for a paediatric assessment; the need "
              "for a strategy discussion is decided on the basis of that assessment and any "
              "other information known."),
        "4": ("A structured history-taking tool was added, the referral pathway to the "
              "paediatric team was clarified, and a definition of \u201cnot independently "
              "mobile\u201d was introduced (see question 5)."),
        "5": "\n".join(f"{h}\n{t}" for h, t in q5_sub),
    }
    F = "DejaVuSans"
    body = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13, spaceAfter=6)
    q = ParagraphStyle("q", parent=body, fontName="DejaVuSans-Bold", spaceBefore=8,
                       textColor=colors.HexColor("#005a36"))
    sub = ParagraphStyle("sub", parent=body, leftIndent=14)
    subh = ParagraphStyle("subh", parent=sub, fontName="DejaVuSans-Bold", spaceAfter=1)
    story = [
        Paragraph("Your ref: none", body),
        Paragraph("Our ref: LCC/FOI/2025/008812", body),
        Paragraph("Date: 22nd December 2025", body),
        Spacer(1, 4 * mm),
        Paragraph("Dear Ms Whitcombe,", body),
        Paragraph("<b>Freedom of Information Act 2000 \u2013 bruising in non-mobile "
                  "infants</b>", body),
        Paragraph("We received your request on 24th November 2025. Leeds City Council holds "
                  "the information requested, and our responses are set out below under "
                  "each of your questions.", body),
        Paragraph("<i>" + esc(REQ_PREAMBLE) + "</i>", body),
    ]
    for i in range(5):
        k = str(i + 1)
        story.append(Paragraph(f"{k}. {esc(Q[i])}", q))
        if k == "5":
            for h, t in q5_sub:
                story.append(Paragraph(esc(h), subh))
                story.append(Paragraph(esc(t), sub))
        else:
            story.append(Paragraph(esc(a[k]), body))
    story += [
        Spacer(1, 4 * mm),
        Paragraph("<b>Copyright and re-use</b>", body),
        Paragraph("Most of the information we release may be re-used under the Open "
                  f"Government Licence ({OGL}).", body),
        Paragraph("<b>Complaints</b>", body),
        Paragraph("If you are unhappy with this response please contact us within 40 working "
                  "days to ask for an internal review. If you remain dissatisfied you may "
                  f"contact the Information Commissioner ({ico}).", body),
        Spacer(1, 5 * mm),
        Paragraph("Yours sincerely,", body),
        Paragraph("Information Governance Team<br/>Leeds City Council", body),
        Paragraph("Enc: Annex 1 \u2013 report to LSCP Policy and Procedures Group, "
                  "12 October 2023", body),
    ]

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#005a36"))
        c.rect(22 * mm, A4[1] - 28 * mm, 8 * mm, 14 * mm, stroke=0, fill=1)
        c.setFont("DejaVuSans-Bold", 16)
        c.drawString(34 * mm, A4[1] - 20 * mm, "Leeds City Council")
        c.setFont("DejaVuSans", 8)
        c.setFillColor(colors.black)
        c.drawString(34 * mm, A4[1] - 26 * mm, "Information Governance Team \u00b7 Merrion House \u00b7 Leeds")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("DejaVuSans", 7.5)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 14 * mm, "LCC/FOI/2025/008812")
        c.restoreState()

    def footer(c, n, total):
        c.saveState()
        c.setFont("DejaVuSans", 7.5)
        c.drawString(22 * mm, 13 * mm, f"{n} / {total}")
        c.setFont("DejaVuSans", 5.5)
        c.setFillColor(colors.grey)
        c.drawRightString(A4[0] - 22 * mm, 13 * mm, SYN)
        c.restoreState()

    build_pdf(str(OUT / file), story, title="LCC/FOI/2025/008812",
              author="Leeds City Council (synthetic)", subject=SYN, first_page=first,
              later_pages=later, footer=footer, margins=(22 * mm, 22 * mm, 36 * mm, 22 * mm))
    add_label(file, "pdf", "Leeds City Council", "E08000035", "answered", [], a,
              {k: "answered" for k in a},
              fields("formal", "2023-10", "yes", "no", "yes", "yes", "yes", "no", None),
              [wy, OGL, ico])


# ===========================================================================
# 12. Surrey County Council: short covering email; the answers are only in the
#     attached PDF letter (base64). Earlier message quoted below the reply.
# ===========================================================================
def surrey():
    file = "surrey-attached-letter.eml"
    sscp = "https://www.surreyscp.org.uk/documents/bruising-protocol-review-summary-2023/"
    a45 = ("The protocol was amended in July 2023. The amendments introduced an initial "
           "appraisal by the professional who finds the bruise, supported by the named "
           "safeguarding lead, before any referral; a same-day paediatric opinion; and "
           "clearer guidance on when a strategy discussion is needed. The definition of "
           "\u201cnot independently mobile\u201d was also changed. It now covers babies who "
           "cannot crawl, bottom shuffle, cruise or walk, and a baby who can roll over "
           "purposefully is regarded as mobile for the purposes of the protocol. The "
           "definition is not based on age.")
    a = {
        "1": ("Yes. Surrey Safeguarding Children Partnership reviewed its protocol for "
              "bruising in babies who are not independently mobile in July 2023. The review "
              "concluded that the protocol should move away from automatic referral to "
              "children's social care and adopt an initial appraisal followed by a "
              "paediatric opinion."),
        "2": ("A summary of the review is published on the partnership's website: " + sscp),
        "3": "No.",
        "4": a45,
        "5": a45,
    }
    # --- the attached letter ---
    buf = io.BytesIO()
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    qst = ParagraphStyle("q", parent=body, fontName="Helvetica-Oblique",
                         textColor=colors.HexColor("#333333"), leftIndent=10)
    hd = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", spaceBefore=8)
    story = [
        Paragraph("Freedom of Information request FOI-CC-25-1290", hd),
        Paragraph("11 December 2025", body),
        Paragraph("Dear Ms Whitcombe", body),
        Paragraph("Thank you for your request of 24 November 2025. Surrey County Council "
                  "holds the information you requested. You asked:", body),
    ]
    for i in range(3):
        story.append(Paragraph(f"<b>Question {i + 1}</b>", hd))
        story.append(Paragraph("\u201c" + esc(Q_TYPO[i]) + "\u201d", qst))
        story.append(Paragraph(esc(a[str(i + 1)]), body))
    story.append(Paragraph("<b>Questions 4 and 5</b>", hd))
    story.append(Paragraph("\u201c" + esc(Q_TYPO[3]) + "\u201d", qst))
    story.append(Paragraph("\u201c" + esc(Q_TYPO[4]) + "\u201d", qst))
    story.append(Paragraph("We have answered these two questions together.", body))
    story.append(Paragraph(esc(a45), body))
    story += [
        Paragraph("<b>Re-use and your rights</b>", hd),
        Paragraph("You may re-use this information under the Open Government Licence "
                  f"({OGL}). If you are unhappy with our response you can ask us for an "
                  "internal review by replying to the covering email. You may also "
                  f"complain to the Information Commissioner's Office: {ICO_COMPLAIN}", body),
        Spacer(1, 4 * mm),
        Paragraph("Yours sincerely", body),
        Paragraph("Information Governance Team<br/>Surrey County Council", body),
    ]

    def first(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 15)
        c.setFillColor(colors.HexColor("#00718f"))
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 20 * mm, "SURREY")
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 25 * mm, "COUNTY COUNCIL")
        c.restoreState()

    def footer(c, n, total):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"FOI-CC-25-1290  \u2013  page {n} of {total}")
        c.setFont("Helvetica", 5.5)
        c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 8 * mm, SYN)
        c.restoreState()

    build_pdf(buf, story, title="FOI-CC-25-1290 response", author="Surrey County Council "
              "(synthetic)", subject=SYN, first_page=first, later_pages=lambda c, d: None,
              footer=footer, margins=(20 * mm, 20 * mm, 32 * mm, 22 * mm))
    pdf_bytes = buf.getvalue()

    text = (
        "Dear Ms Whitcombe,\n\n"
        "Please find attached our response to your Freedom of Information request, "
        "reference FOI-CC-25-1290.\n\n"
        "Kind regards,\n\n"
        "Amira Said\n"
        "Information Governance Officer\n"
        "Surrey County Council\n\n"
        "On Mon, 24 Nov 2025 at 08:31, Jo Whitcombe <jo.whitcombe@example.org> wrote:\n"
        + "\n".join("> " + ln if ln else ">" for ln in (
            "Dear Surrey County Council,", "", REQ_PREAMBLE, "",
            *[f"{i + 1}. {q}" for i, q in enumerate(Q_TYPO)], "",
            "Background: " + REQUESTER_LINK, "", "Yours faithfully,", "Jo Whitcombe"))
        + "\n")
    msg = EmailMessage()
    msg["From"] = "Surrey CC Information Governance <foi@surreycc.gov.uk>"
    msg["To"] = "Jo Whitcombe <jo.whitcombe@example.org>"
    msg["Subject"] = "RE: Freedom of Information request - bruising in non-mobile infants [FOI-CC-25-1290]"
    msg["Date"] = eml_date(2025, 12, 11, 15, 20, 4)
    msg["Message-ID"] = "<fixture-surrey-1290@surreycc.example>"
    msg["In-Reply-To"] = "<request-2025-11-24@example.org>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(text)
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                       filename="FOI-CC-25-1290 response.pdf")
    finish_eml(msg, OUT / file, "surrey")
    add_label(file, "eml", "Surrey County Council", "E10000030", "answered", [], a,
              {k: "answered" for k in a},
              fields("formal", "2023-07", "yes", "no", "yes", "yes", "no", "no", None),
              [sscp, OGL, ICO_COMPLAIN])


# ===========================================================================
# 13. Herefordshire Council: hosted disclosure-log detail page (Request / Response).
# ===========================================================================
def herefordshire():
    file = "herefordshire-disclosurelog.html"
    wm = "https://westmerciaconsortium.proceduresonline.com/chapters/p_bruising_non_mob.html"
    a = {
        "1": ("No. The Herefordshire Safeguarding Children Partnership has not reviewed the "
              "policy since the Panel's briefing was published, and the briefing was not "
              "considered separately. The policy was last updated in 2021."),
        "2": "No papers exist, as no review took place.",
        "3": ("Yes. The policy requires a strategy discussion for every non-mobile baby with "
              "bruising, and a section 47 enquiry follows in each case."),
        "4": "None.",
        "5": ("The definition has not changed. The West Mercia procedure, which Herefordshire "
              "follows, defines a non-mobile baby as one who is not yet crawling, bottom "
              "shuffling, pulling to stand, cruising or walking. It does not refer to "
              "rolling, and it is not based on age. See " + wm),
    }
    qa = []
    for i in range(5):
        t = esc(a[str(i + 1)]).replace(esc(wm), f'<a href="{wm}" rel="nofollow">{esc(wm)}</a>')
        qa.append(f"<p>{i + 1}. {t}</p>")
    qa = "\n            ".join(qa)
    qs = "\n            ".join(f"<p>{i + 1}. {esc(q)}</p>" for i, q in enumerate(Q))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Disclosure: Policy on bruising in non-mobile infants | Herefordshire Council Disclosure Log</title>
</head>
<body>
{SYN_COMMENT}
<div class="app">
    <div class="cookie-consent" role="dialog">This site uses cookies. <a href="/cookies">Find out more</a>
        <button>Accept all</button><button>Essential only</button></div>
    <header class="navbar">
        <a class="navbar-brand" href="/">Herefordshire Council &ndash; Disclosure Log</a>
        <a href="/disclosures">All disclosures</a>
        <a href="/search">Search</a>
    </header>
    <div class="container">
        <a class="back" href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">&larr; Back to disclosures</a>
        <h1 class="disclosure-title">Policy on bruising in non-mobile infants</h1>
        <table class="disclosure-details">
            <tr><th>Case reference</th><td>HC/EIR-FOI/2025/2194</td></tr>
            <tr><th>Received</th><td>24/11/2025</td></tr>
            <tr><th>Published</th><td>15/12/2025</td></tr>
            <tr><th>Keywords</th><td>Children's Services, Safeguarding</td></tr>
        </table>
        <section class="disclosure-request">
            <h2>Request</h2>
            <p>{esc(REQ_PREAMBLE)}</p>
            {qs}
        </section>
        <section class="disclosure-response">
            <h2>Response</h2>
            <p>Thank you for your request. Herefordshire Council's response is as follows.</p>
            {qa}
        </section>
        <section class="disclosure-attachments">
            <h2>Attachments</h2>
            <p>There are no attachments for this disclosure.</p>
        </section>
    </div>
    <footer class="footer">Powered by Disclosure Log &middot; <a href="/accessibility">Accessibility</a>
        &middot; <a href="/privacy">Privacy</a></footer>
</div>
</body>
</html>
"""
    (OUT / file).write_text(page, encoding="utf-8")
    add_label(file, "html", "Herefordshire Council", "E06000019", "answered", [], a,
              {k: "answered" for k in a},
              fields("none", None, "no", "yes", "no", "no", "not_stated", "no", None),
              [wm])


# ===========================================================================
# 14. Middlesbrough Council: PDF letter, "Dear Sir/Madam", full questions in bold,
#     "Response:" under each; Q4 refers back to Q1; age threshold of 12 months.
# ===========================================================================
def middlesbrough():
    file = "middlesbrough-letter.pdf"
    register_fonts()
    tees = "https://www.teescpp.org.uk/bruising-in-non-mobile-children/"
    a = {
        "1": ("No formal review was undertaken. The Panel's briefing was considered at the "
              "South Tees Safeguarding Children Partnership's Policy, Procedures and "
              "Practice sub-group on 14th February 2023. The sub-group compared the briefing "
              "with the Tees-wide procedure and agreed that the procedure already met it, so "
              "no changes were needed."),
        "2": ("An extract from the minutes of the sub-group meeting of 14th February 2023 "
              "reads: \u201cThe national panel briefing on bruising in non-mobile infants was "
              "tabled. Members noted that the Tees procedure already requires a paediatric "
              "assessment before any decision on a strategy discussion, and that the "
              "definition of non-mobility is set out clearly. Agreed: no amendment is "
              "needed at this time.\u201d"),
        "3": "No. A strategy discussion is held where the paediatric assessment indicates concern.",
        "4": "Please see our response to question 1.",
        "5": ("The definition has not changed. Under the Tees procedure every infant under 12 "
              "months of age is treated as not independently mobile for the purposes of the "
              "bruising protocol, whatever their stage of development. Rolling is not "
              "regarded as independent mobility. The procedure is available at " + tees),
    }
    F = "DejaVuSerif"
    body = ParagraphStyle("b", fontName=F, fontSize=10, leading=14, spaceAfter=7)
    qst = ParagraphStyle("q", parent=body, fontName="DejaVuSerif-Bold", spaceBefore=6)
    lab = ParagraphStyle("l", parent=body, fontName="DejaVuSerif-Bold", spaceAfter=2,
                         textColor=colors.HexColor("#7b1f2e"))
    story = [
        Paragraph("Reference: MBC-IG-3317/25", body),
        Paragraph("Date: 19th December 2025", body),
        Spacer(1, 6 * mm),
        Paragraph("Dear Sir/Madam,", body),
        Paragraph("<u>Freedom of Information Act 2000 \u2013 Request for Information</u>", body),
        Paragraph("I write in response to your request for information, which the Council "
                  "received on 25th November 2025. Your request has been handled under the "
                  "Freedom of Information Act 2000 and our response is given below each of "
                  "your questions.", body),
    ]
    for i in range(5):
        k = str(i + 1)
        story.append(KeepTogether([Paragraph(f"{k}. {esc(Q[i])}", qst),
                                   Paragraph("Response:", lab),
                                   Paragraph(esc(a[k]), body)]))
    story += [
        Spacer(1, 4 * mm),
        Paragraph("If you are dissatisfied with the handling of your request, you have the "
                  "right to ask for an internal review. Internal review requests should be "
                  "submitted within 40 working days of the date of this letter and should "
                  "be addressed to the Information Governance Team, Middlesbrough Council, "
                  "or sent by email to foi@middlesbrough.gov.uk.", body),
        Paragraph("If you are not content with the outcome of the internal review, you have "
                  "the right to apply directly to the Information Commissioner for a "
                  "decision. The Information Commissioner can be contacted at: Information "
                  "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, "
                  "SK9 5AF.", body),
        Spacer(1, 4 * mm),
        Paragraph("Yours faithfully,", body),
        Spacer(1, 8 * mm),
        Paragraph("S. Whitfield<br/>Information Governance Officer<br/>Middlesbrough "
                  "Council", body),
    ]

    def first(c, d):
        c.saveState()
        c.setFont("DejaVuSerif-Bold", 18)
        c.setFillColor(colors.HexColor("#7b1f2e"))
        c.drawCentredString(A4[0] / 2, A4[1] - 18 * mm, "Middlesbrough Council")
        c.setFont("DejaVuSerif", 8)
        c.setFillColor(colors.black)
        c.drawCentredString(A4[0] / 2, A4[1] - 24 * mm,
                            "Legal and Governance Services \u00b7 Information Governance Team")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("DejaVuSerif", 8)
        c.drawString(22 * mm, A4[1] - 14 * mm, "MBC-IG-3317/25 (continued)")
        c.restoreState()

    def footer(c, n, total):
        c.saveState()
        c.setFont("DejaVuSerif", 8)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"- {n} -")
        c.setFont("DejaVuSerif", 5.5)
        c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 9 * mm, SYN)
        c.restoreState()

    build_pdf(str(OUT / file), story, title="MBC-IG-3317/25",
              author="Middlesbrough Council (synthetic)", subject=SYN, first_page=first,
              later_pages=later, footer=footer, margins=(22 * mm, 22 * mm, 34 * mm, 24 * mm))
    add_label(file, "pdf", "Middlesbrough Borough Council", "E06000002", "answered", [], a,
              {"1": "answered", "2": "answered", "3": "answered", "4": "see_other",
               "5": "answered"},
              fields("informal", "2023-02", "yes", "no", "no", "no", "yes", "yes", 12),
              [tees])


# ===========================================================================
# 15. Lancashire County Council: plain-text letter; questions not repeated at all.
# ===========================================================================
def lancashire():
    file = "lancashire-plain-letter.txt"
    proc = "https://panlancashirescb.proceduresonline.com/chapters/p_bruising.html"
    note = "https://www.lancashiresafeguarding.org.uk/media/bruising-briefing-note-may-2023.pdf"
    a = {
        "1": ("Yes. The Pan-Lancashire safeguarding procedures group, which writes the "
              "procedures used by Lancashire, Blackburn with Darwen and Blackpool, carried "
              "out a formal review of the bruising procedure in May 2023 in response to the "
              "Panel's briefing. It concluded that the procedure should include an initial "
              "appraisal of the explanation and circumstances before a decision to refer "
              "to children's social care."),
        "2": ("The revised procedure can be found at " + proc + " and the briefing note "
              "that went to the Children's Safeguarding Assurance Partnership is at " + note),
        "3": "No.",
        "4": ("An initial appraisal stage was added, together with a requirement for a "
              "same-day paediatric assessment and a flowchart setting out when a strategy "
              "discussion should be held."),
        "5": "No change was made to the definition. The procedure does not set an age threshold.",
    }
    lines = [
        "LANCASHIRE COUNTY COUNCIL",
        "Information Governance - Freedom of Information",
        "County Hall, Preston",
        "",
        "Our ref: 2025/FOI/11873",
        "12th December 2025",
        "",
        "Dear Sir/Madam",
        "",
        "FREEDOM OF INFORMATION ACT 2000",
        "",
        "In response to your request about the review of policies on bruising in",
        "non-mobile infants, please see our answers below, numbered as in your request.",
        "",
    ]
    for i in range(5):
        lines.append(f"{i + 1}.  {a[str(i + 1)]}")
        lines.append("")
    lines += [
        "The information supplied may be re-used under the Open Government Licence:",
        OGL,
        "",
        "If you are unhappy with our response, please contact us to request an internal",
        "review. If you remain unhappy you can contact the Information Commissioner at",
        "https://ico.org.uk/ or write to Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
        "",
        "Yours faithfully",
        "",
        "Freedom of Information Team",
        "Lancashire County Council",
        "",
        SYN,
        "",
    ]
    (OUT / file).write_text("\n".join(lines), encoding="utf-8")
    add_label(file, "txt", "Lancashire County Council", "E10000017", "answered", [], a,
              {k: "answered" for k in a},
              fields("formal", "2023-05", "yes", "no", "yes", "no", "not_stated", "no", None),
              [proc, note, OGL, "https://ico.org.uk/"])


# ===========================================================================
# 16. REJECT - Nottinghamshire County Council: reply to a DIFFERENT request on the
#     same topic (numbers of bruised non-mobile infants referred each year).
# ===========================================================================
def nottinghamshire_reject():
    file = "nottinghamshire-bruising-referrals.docx"
    d = docx.Document()
    docx_props(d, "FOI 25-NCC-6604 response", "Nottinghamshire County Council (synthetic)")
    d.styles["Normal"].font.name = "Arial"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Nottinghamshire County Council – Freedom of Information"
    fp = sec.footer.paragraphs[0]
    fp.add_run("25-NCC-6604 | page ")
    add_page_number_field(fp)
    sec.footer.add_paragraph(SYN).runs[0].font.size = Pt(6)

    d.add_heading("Freedom of Information request 25-NCC-6604", level=1)
    d.add_paragraph("Date: 10 December 2025")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your request for information about referrals of bruised "
                    "non-mobile babies to children's social care. You asked:")
    for q in [
        "How many referrals concerning bruising in non-mobile infants did children's social "
        "care receive in each of the last five financial years?",
        "How many of those referrals led to a section 47 enquiry?",
        "How many resulted in the child becoming subject to a child protection plan?",
    ]:
        d.add_paragraph(q, style="List Number")
    d.add_paragraph("Our response is set out in the table below.")
    t = d.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    h = t.cell(0, 1).merge(t.cell(0, 3))
    h.text = "Referrals where the presenting concern was bruising to a non-mobile infant"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Financial year"
    for c, v in enumerate(["Referrals", "Section 47 enquiries", "Child protection plans"], 1):
        t.cell(1, c).text = v
    data = [("2020/21", "61", "38", "<5"), ("2021/22", "74", "45", "6"),
            ("2022/23", "69", "31", "<5"), ("2023/24", "72", "27", "<5"),
            ("2024/25", "80", "29", "5")]
    for r, row in enumerate(data, start=2):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for c in range(4):
        set_cell_shading(t.cell(0, c), "DDEBF7")
        set_cell_shading(t.cell(1, c), "DDEBF7")
    d.add_paragraph()
    d.add_paragraph("Figures are taken from the children's social care case management "
                    "system and count referrals where bruising to a baby who was not "
                    "independently mobile was recorded as the presenting concern. Where a "
                    "figure is fewer than five we have shown it as \u201c<5\u201d, because the "
                    "exact number could, together with other information, identify "
                    "individual children. That information is withheld under section 40(2) "
                    "of the Freedom of Information Act 2000 (personal information).")
    d.add_paragraph("The Nottinghamshire Safeguarding Children Partnership publishes its "
                    "bruising protocol on its procedures website; this response does not "
                    "comment on the protocol itself.")
    d.add_heading("Your rights", level=2)
    d.add_paragraph("If you are unhappy with this response you can ask for an internal "
                    "review within 40 working days, and you may then complain to the "
                    "Information Commissioner's Office (" + ICO_COMPLAIN + ").")
    d.add_paragraph("Yours sincerely,\nInformation Governance Team\nNottinghamshire County "
                    "Council")
    save_docx_deterministic(d, OUT / file)
    add_reject(file, "docx", "other_request")


def main():
    for fn in (lewisham, kent, wokingham, wigan, essex, sefton, norfolk, stoke, devon,
               bristol, leeds, surrey, herefordshire, middlesbrough, lancashire,
               nottinghamshire_reject):
        fn()
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (OUT / "README.md").write_text(
        "# fresh_typical corpus (synthetic)\n\n"
        "Sixteen synthetic replies to the round-robin FOI request on bruising in non-mobile "
        "infants (15 ordinary replies in varied council house styles, 1 reject: a reply to a "
        "different request), with `labels.json` in the format of `corpus/README.md`.\n"
        "All wording, positions, dates and people are invented for testing; council names "
        "and GSS codes are real. Not real council replies. Regenerate with "
        "`python make_fixtures.py`.\n", encoding="utf-8")
    print(f"wrote {len(LABELS)} documents")


if __name__ == "__main__":
    main()
