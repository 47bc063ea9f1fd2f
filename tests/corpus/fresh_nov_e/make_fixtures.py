#!/usr/bin/env python3
"""Generate the synthetic 'fresh_nov_e' corpus of FOI replies plus labels.json.

Every document is invented: real council names, but all wording and every position
attributed to a council is made up for testing. Deterministic: fixed dates, fixed
MIME boundaries, reportlab invariant mode, fixed zip timestamps in DOCX files.

Run:  python make_fixtures.py   (writes into the folder holding this script)
"""
import datetime as dt
import io
import json
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, ListFlowable,
                                ListItem, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document written for foi-responses; not a real council reply."
REQUESTER = "Sam Whitfield"
REQ_EMAIL = "sam.whitfield@example.org"

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

# The requester's own wording (written for this corpus; includes the requester's typo).
RQ_INTRO = ("In September 2022 the Child Safeguarding Practice Review Panel published a "
            "briefing asking all safeguarding partners to review their current policies on "
            "bruising in non-mobile infants and check them against the evidence base and "
            "national guidelines.")
RQ = {
    "1": "Was their a review of your safeguarding policies after this guidance was issued, "
         "when did it take place and what were its conclusions?",
    "2": "Please provide any papers that set out the outcome of that review.",
    "3": "Does your policy require a section 47 investigation or a strategy discussion in "
         "every case?",
    "4": "What changes were made to bring the policy into line with the evidence base and "
         "national guidelines?",
    "5": "Has your definition of when a child is not independently mobile changed, and how is "
         "it defined now? In particular, are children who can roll treated as not independently "
         "mobile, and is a child classed as not independently mobile on the basis of age?",
}
RQ_LINK = ("https://www.gov.uk/government/publications/"
           "safeguarding-children-practice-review-panel-briefing-bruising")

labels = []


def F(review, date, papers, s47, changes, defchg, rolling, age, thr):
    return {"review_held": review, "review_date": date, "papers_provided": papers,
            "s47_all_cases": s47, "changes_made": changes, "definition_changed": defchg,
            "rolling_is_non_mobile": rolling, "age_based": age,
            "age_threshold_months": thr}


NOT_STATED = F("not_stated", None, "not_stated", "not_stated", "not_stated",
               "not_stated", "not_stated", "not_stated", None)


def label(file, fmt, authority, code, outcome, exemptions, answers, status, fields, links,
          sender_kind=None):
    d = {"file": file, "format": fmt, "authority": authority, "authority_code": code,
         "outcome": outcome, "exemptions": exemptions,
         "answers": {k: answers.get(k) for k in "12345"},
         "status": {k: status[k] for k in "12345"},
         "fields": fields, "links": links}
    if sender_kind:
        d["sender_kind"] = sender_kind
    labels.append(d)


def reject(file, fmt, why):
    labels.append({"file": file, "format": fmt, "reject": True, "why": why})


def all_status(v):
    return {k: v for k in "12345"}


# ---------------------------------------------------------------- helpers: PDF
def P(text, style):
    return Paragraph(escape(text), style)


def pdf_build(path, story, on_first, on_later, title, author, margins=(25, 25, 30, 25),
              canvasmaker=None):
    top, right, bottom, left = [m * mm for m in margins]
    target = str(path) if isinstance(path, Path) else path
    doc = BaseDocTemplate(target, pagesize=A4, topMargin=top, rightMargin=right,
                          bottomMargin=bottom, leftMargin=left, title=title, author=author,
                          subject=SYN, keywords="synthetic, test, foi-responses",
                          creator="make_fixtures.py (foi-responses test corpus)")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="first", frames=[frame], onPage=on_first),
                          PageTemplate(id="later", frames=[frame], onPage=on_later)])
    # switch to the "later" template after the first page
    from reportlab.platypus.doctemplate import NextPageTemplate
    story = [NextPageTemplate("later")] + story
    if canvasmaker:
        doc.build(story, canvasmaker=canvasmaker)
    else:
        doc.build(story)


class PageXofY(rl_canvas.Canvas):
    """Canvas that writes 'Page x of y' after layout is known."""
    footer_font = ("Times-Roman", 8)

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont(*self.footer_font)
            self.drawRightString(A4[0] - 25 * mm, 12 * mm, f"Page {self._pageNumber} of {n}")
            super().showPage()
        super().save()


# ---------------------------------------------------------------- helpers: DOCX
def docx_page_field(paragraph, prefix="Page "):
    if prefix:
        paragraph.add_run(prefix)
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    ins = OxmlElement("w:instrText"); ins.set(qn("xml:space"), "preserve"); ins.text = " PAGE "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    run._r.append(b); run._r.append(ins); run._r.append(s); run._r.append(t); run._r.append(e)


def docx_hyperlink(paragraph, url, text=None):
    part = paragraph.part
    r_id = part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color"); c.set(qn("w:val"), "0563C1"); rpr.append(c)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t"); t.text = text or url; t.set(qn("xml:space"), "preserve")
    r.append(t); h.append(r)
    paragraph._p.append(h)


def docx_props(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.comments = SYN
    cp.subject = "Synthetic FOI reply (test corpus)"
    cp.keywords = "synthetic; test document"
    cp.last_modified_by = author
    cp.revision = 1
    cp.created = dt.datetime(2025, 11, 1, 9, 0, 0)
    cp.modified = dt.datetime(2025, 11, 1, 9, 0, 0)


def docx_syn_footer(section, extra=None, page=True):
    f = section.footer
    p = f.paragraphs[0]
    if extra:
        p.text = extra + "    "
    if page:
        docx_page_field(p)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = f.add_paragraph()
    r = q.add_run(SYN)
    r.font.size = Pt(6.5)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def docx_save(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


# ---------------------------------------------------------------- helpers: EML
def eml_finish(msg, path, boundaries):
    msg["X-Synthetic-Test-Document"] = "yes"
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(boundaries[i])
            i += 1
    path.write_bytes(bytes(msg))


def edate(y, m, d, hh, mm_):
    return format_datetime(dt.datetime(y, m, d, hh, mm_, 0, tzinfo=dt.timezone.utc))


def quoted_request(sent, to_addr, prefix="> "):
    lines = [f"From: {REQUESTER} <{REQ_EMAIL}>", f"Sent: {sent}", f"To: {to_addr}",
             "Subject: Freedom of Information request - bruising in non-mobile infants", "",
             "Dear Sir or Madam,", "", RQ_INTRO, f"(Briefing: {RQ_LINK})", "",
             "Under the Freedom of Information Act 2000 please tell me:", ""]
    for k in "12345":
        lines.append(f"{k}. {RQ[k]}")
    lines += ["", "Yours faithfully,", REQUESTER]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# =====================================================================================
# 1. Hillingdon - PDF letter, questions quoted in italics then answered; partial (Q5 -> NHS)
# =====================================================================================
def hillingdon():
    fn = "hillingdon-foi-response.pdf"
    thh = "https://www.thh.nhs.uk/about-us/freedom-of-information/"
    proto = "https://www.hillingdonscp.org.uk/procedures/bruising-non-mobile-babies"
    ico = "https://ico.org.uk/make-a-complaint/"
    A = {
        "1": ("Yes. The Hillingdon Safeguarding Children Partnership's Policy and Procedures "
              "Subgroup reviewed the local protocol for bruising in babies who are not "
              "independently mobile in July 2023, having considered the Panel's briefing "
              "alongside the London Safeguarding Children Procedures. The subgroup concluded "
              "that the protocol should be revised so that a paediatric assessment and an "
              "initial appraisal by children's social care take place before any decision about "
              "a strategy discussion. The revised protocol was signed off by the Partnership's "
              "Executive in October 2023."),
        "2": (f"The revised protocol is published on the Partnership's website at {proto}. "
              "The short summary report presented to the Executive is enclosed with this letter "
              "as Annex A."),
        "3": ("No. The protocol does not require a section 47 enquiry or a strategy discussion "
              "in every case. Every bruised non-mobile baby is referred for a same-day "
              "paediatric opinion and discussed with children's social care; whether a strategy "
              "discussion is needed is then decided on the facts of the case."),
    }
    a4_intro = "The following changes were made:"
    a4_items = [
        "an initial appraisal step was added between referral and any strategy discussion;",
        "the leaflet for parents was rewritten in plainer language and translated into five "
        "community languages;",
        "the list of medical conditions that can be mistaken for bruising (for example "
        "congenital dermal melanocytosis) was extended;",
        "health visitors and GPs were given a shorter referral form.",
    ]
    A["4"] = a4_intro + "\n" + "\n".join(a4_items)
    A["5"] = ("The definition of independent mobility used in the medical assessment of these "
              "babies is set by the paediatric service at The Hillingdon Hospitals NHS "
              "Foundation Trust, which holds the information about whether and how it has "
              "changed. You may wish to direct this part of your request to the Trust, whose "
              f"Freedom of Information page is at {thh}.")

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    ital = ParagraphStyle("i", parent=base, fontName="Helvetica-Oblique", textColor=colors.HexColor("#333333"))
    lab = ParagraphStyle("l", parent=base, fontName="Helvetica-Bold", spaceAfter=2)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#00594f"))
        c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(25 * mm, A4[1] - 15 * mm, "London Borough of Hillingdon")
        c.setFont("Helvetica", 9)
        c.drawString(25 * mm, A4[1] - 21 * mm, "Information Governance Team  |  Civic Centre, Uxbridge")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(25 * mm, 10 * mm, SYN)
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 25 * mm, 14 * mm, f"Page {d.page}")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#00594f"))
        c.drawString(25 * mm, A4[1] - 14 * mm, "Hillingdon - FOI response HIL/FOI/25/04412")
        c.setFillColor(colors.black)
        c.drawRightString(A4[0] - 25 * mm, 14 * mm, f"Page {d.page}")
        c.setFont("Helvetica", 7)
        c.drawString(25 * mm, 10 * mm, SYN)
        c.restoreState()

    s = [Spacer(1, 14 * mm),
         P("Our ref: HIL/FOI/25/04412", right), P("12 November 2025", right),
         P(f"By email: {REQ_EMAIL}", base), Spacer(1, 4),
         P("Dear Requester,", base),
         Paragraph("<b>Freedom of Information Act 2000 - bruising in non-mobile infants</b>", base),
         P("Thank you for your request, received on 17 October 2025. We have handled it under the "
           "Freedom of Information Act 2000. Your questions are set out below in italics, each "
           "followed by our response.", base),
         P(RQ_INTRO, ital)]
    for k in "12345":
        block = [P(f"{k}. {RQ[k]}", ital), P("Response:", lab)]
        if k == "4":
            block.append(P(a4_intro, base))
            block.append(ListFlowable([ListItem(P(t, base), leftIndent=12) for t in a4_items],
                                      bulletType="bullet", start="\u2022", leftIndent=14))
        else:
            block.append(P(A[k], base))
        s.append(KeepTogether(block))
        s.append(Spacer(1, 3))
    s += [Spacer(1, 6),
          Paragraph("<b>Re-use of information</b>", base),
          P("Unless otherwise stated, the information in this response may be re-used under the "
            f"Open Government Licence: {OGL}", base),
          Paragraph("<b>Your right to ask for a review</b>", base),
          P("If you are not satisfied with this response you may ask for an internal review by "
            "writing to the Information Governance Team within 40 working days of the date of "
            "this letter. If you remain dissatisfied after the review you can complain to the "
            f"Information Commissioner's Office: {ico}", base),
          Spacer(1, 8), P("Yours sincerely,", base), Spacer(1, 10),
          P("Information Governance Officer", base),
          P("London Borough of Hillingdon", base)]
    pdf_build(OUT / fn, s, first, later, "FOI response HIL/FOI/25/04412",
              "London Borough of Hillingdon", margins=(32, 25, 25, 25))
    label(fn, "pdf", "London Borough of Hillingdon", "E09000017", "partial", [], A,
          {"1": "answered", "2": "answered", "3": "answered", "4": "answered", "5": "redirected"},
          F("formal", "2023-07", "yes", "no", "yes", "not_stated", "not_stated", "not_stated", None),
          [proto, thh, OGL, ico])


# =====================================================================================
# 2. Havering - DOCX Q/A table with merged title row; answered
# =====================================================================================
def havering():
    fn = "havering-qa-table.docx"
    ico = "https://ico.org.uk"
    Q = {"1": "Review of safeguarding policies after the Panel's September 2022 briefing - "
              "whether held, when, and conclusion",
         "2": "Papers on the outcome of the review",
         "3": "Is a section 47 investigation or strategy discussion required in all cases?",
         "4": "Changes made for consistency with the evidence base and national guidelines",
         "5": "Definition of 'not independently mobile': changes, rolling, age"}
    A = {
        "1": ("Yes. The Havering Safeguarding Children Partnership carried out a formal review of "
              "its Bruising in Non-Mobile Babies protocol. The review was completed in February "
              "2023 and concluded that the protocol was broadly sound, but that the threshold for "
              "moving straight to a strategy discussion was set too low and that the wording on "
              "mobility needed to be clearer."),
        "2": ("A copy of the review report presented to the Partnership's Practice Review Group "
              "(February 2023) is attached as Appendix 1."),
        "3": ("No. Since the review a strategy discussion is held only where the medical "
              "assessment or the initial appraisal raises a concern about possible harm. There "
              "is no automatic section 47 enquiry."),
    }
    a4_intro = "Changes made following the review:"
    a4_items = ["a triage step carried out by the MASH health practitioner before any referral "
                "to a strategy discussion;",
                "revised wording on what counts as independent mobility (see question 5);",
                "a new one-page flowchart for frontline staff;",
                "an audit of cases six months after the new protocol took effect."]
    A["4"] = a4_intro + "\n" + "\n".join(a4_items)
    A["5"] = ("Yes, the definition was changed. Previously the protocol referred simply to "
              "'pre-mobile babies'. It now defines a baby as not independently mobile if they "
              "are not yet able to crawl, bottom-shuffle, pull to stand, cruise or walk. A baby "
              "who can roll over but cannot do any of these things is still treated as not "
              "independently mobile. Age is not used to decide mobility: the assessment is based "
              "on what the baby can do.")

    d = docx.Document()
    docx_props(d, "FOI response FOI/HAV/2025/1187", "Havering Information Governance")
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("London Borough of Havering  |  Information Governance"); hr.font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_syn_footer(sec, extra="Havering FOI Team")

    d.add_heading("Freedom of Information Request - Response", level=1)
    p = d.add_paragraph(); p.add_run("Date: ").bold = True; p.add_run("7th November 2025")
    p = d.add_paragraph(); p.add_run("Requester: ").bold = True; p.add_run(REQUESTER)
    d.add_paragraph("The London Borough of Havering has considered your request and our response "
                    "to each part of it is given in the table below.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell_text(top, "Request reference: FOI/HAV/2025/1187 - Bruising in non-mobile infants", bold=True)
    shade(top, "D9E2F3")
    r = t.add_row().cells
    cell_text(r[0], "Question", bold=True); cell_text(r[1], "Response", bold=True)
    shade(r[0], "F2F2F2"); shade(r[1], "F2F2F2")
    for k in "12345":
        r = t.add_row().cells
        cell_text(r[0], f"{k}. {Q[k]}")
        if k == "4":
            cell_text(r[1], a4_intro)
            for it in a4_items:
                r[1].add_paragraph(it, style="List Bullet")
        else:
            cell_text(r[1], A[k])
    for row in t.rows:
        row.cells[0].width = Cm(5.5); row.cells[1].width = Cm(10.5)
    d.add_paragraph()
    d.add_heading("If you are unhappy with this response", level=2)
    d.add_paragraph("You can ask for an internal review by emailing foi@havering.gov.uk within "
                    "two months of receiving this response, quoting the reference above.")
    p = d.add_paragraph("You may also complain to the Information Commissioner: ")
    docx_hyperlink(p, ico)
    d.add_paragraph("Havering FOI Team")
    docx_save(d, OUT / fn)
    label(fn, "docx", "London Borough of Havering", "E09000016", "answered", [], A,
          all_status("answered"),
          F("formal", "2023-02", "yes", "no", "yes", "yes", "yes", "no", None), [ico])


# =====================================================================================
# 3. Merton - plain-text email (quoted-printable), original request quoted below; answered
# =====================================================================================
def merton():
    fn = "merton-email-reply.eml"
    ico = "https://ico.org.uk/make-a-complaint/"
    A = {
        "1": ("There was no formal review. The Panel's briefing was discussed at the Merton "
              "Safeguarding Children Partnership's Quality Assurance subgroup in November 2022. "
              "Members compared it with the bruising section of the London Safeguarding Children "
              "Procedures, which Merton follows, and agreed that local practice already matched "
              "what the Panel asked for, so no separate review was commissioned."),
        "2": ("The relevant extract from the subgroup's notes reads: \"Panel briefing on bruising "
              "in non-mobile infants noted. London procedures already require a paediatric "
              "assessment before any strategy discussion. No local variation needed. Chair to "
              "inform the Executive.\""),
        "3": "No.",
        "4": "None. As explained above, the subgroup did not think any change was needed.",
        "5": ("The definition has not changed. We use the definition in the London procedures, "
              "which looks at what the baby is able to do (crawling, bottom shuffling, cruising, "
              "walking) rather than at the baby's age."),
    }
    body = [f"Dear {REQUESTER},", "",
            "Freedom of Information request MER-FOI-25-3391",
            "",
            "Thank you for your email of 20 October. Please find our answers below, in the order "
            "you asked the questions.", ""]
    for k in "12345":
        body.append(f"Q{k} - {A[k]}")
        body.append("")
    body += ["If you are unhappy with the way we have handled your request you can ask for an "
             "internal review by replying to this email. If you are still unhappy after that, you "
             f"can complain to the Information Commissioner's Office at {ico}", "",
             "Kind regards,", "",
             "Priya Anand",
             "Information Governance Officer",
             "London Borough of Merton | Civic Centre, Morden",
             "www.merton.gov.uk", "",
             "-----Original Message-----",
             quoted_request("20 October 2025 09:14", "foi@merton.gov.uk", prefix=""), "",
             SYN]
    msg = EmailMessage()
    msg["From"] = "Merton FOI Team <foi@merton.gov.uk>"
    msg["To"] = f"{REQUESTER} <{REQ_EMAIL}>"
    msg["Subject"] = ("RE: Freedom of Information request - bruising in non-mobile infants "
                      "[Ref: MER-FOI-25-3391]")
    msg["Date"] = edate(2025, 11, 6, 14, 22)
    msg["Message-ID"] = "<mer-foi-25-3391.reply@merton.gov.uk.example>"
    msg["In-Reply-To"] = "<req-20251020-merton@example.org>"
    msg.set_content("\n".join(body), charset="utf-8", cte="quoted-printable")
    eml_finish(msg, OUT / fn, [])
    label(fn, "eml", "London Borough of Merton", "E09000024", "answered", [], A,
          all_status("answered"),
          F("informal", "2022-11", "yes", "no", "no", "no", "not_stated", "no", None), [ico])


# =====================================================================================
# 4. Richmond - disclosure-log HTML page with chrome; answered
# =====================================================================================
def richmond():
    fn = "richmond-upon-thames-disclosure-log.html"
    link = "https://www.kingstonandrichmondscp.org.uk/documents/bruising-protocol-review-2023.pdf"
    A = {
        "1": ("Yes. Following the Panel's briefing the Kingston and Richmond Safeguarding Children "
              "Partnership commissioned a review of its joint protocol for bruising in non-mobile "
              "children. The review was held on 14/06/2023 at a themed meeting of the "
              "Partnership's Policy subgroup. It concluded that the protocol should stay in place "
              "but be reworded to make clear that the paediatric assessment comes first."),
        "2": f"The updated protocol and the note of the review are available here: {link}",
        "3": ("Yes. The protocol requires a strategy discussion in all cases where a bruise is "
              "seen on a baby who is not independently mobile. The strategy discussion then "
              "decides whether a section 47 enquiry is needed."),
    }
    a4 = ["the order of the steps was clarified, with the paediatric assessment first;",
          "the flowchart was redrawn;",
          "a section on skin conditions that can look like bruising was added;",
          "the paediatric assessment is now expected on the same working day."]
    A["4"] = "Changes made:\n" + "\n".join(a4)
    A["5"] = ("The definition itself was not changed. The protocol treats all babies under six "
              "months of age as not independently mobile, and older babies as not independently "
              "mobile where they cannot yet crawl, bottom shuffle, cruise or walk. A baby who can "
              "only roll is regarded as not independently mobile.")
    heads = {"1": "Review of policies after the Panel's guidance",
             "2": "Papers about the outcome",
             "3": "Section 47 / strategy discussion",
             "4": "Changes made",
             "5": "Definition of not independently mobile"}
    sections = []
    for k in "12345":
        if k == "4":
            inner = "<p>Changes made:</p>\n<ul>\n" + "".join(f"  <li>{escape(x)}</li>\n" for x in a4) + "</ul>"
        elif k == "2":
            inner = (f"<p>The updated protocol and the note of the review are available here: "
                     f"<a href=\"{link}\">{link}</a></p>")
        else:
            inner = f"<p>{escape(A[k])}</p>"
        sections.append(f"<h3>{k}. {heads[k]}</h3>\n<blockquote class=\"request-text\">{escape(RQ[k])}</blockquote>\n"
                        f"<div class=\"answer\">\n{inner}\n</div>")
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 25/FOI/R/2291 - Bruising in non-mobile babies: policy review | Richmond upon Thames Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<!-- {SYN} -->
<div id="cookie-banner" class="cookie-banner" role="dialog">
  <p>We use cookies to make this site work and to collect anonymous analytics. <a href="/cookies">Cookie settings</a></p>
  <button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">Richmond upon Thames Council</a>
  <nav aria-label="Main"><ul>
    <li><a href="/services/bins_and_recycling">Bins and recycling</a></li>
    <li><a href="/services/council_tax">Council tax</a></li>
    <li><a href="/services/children_and_family_care">Children and families</a></li>
    <li><a href="/council/open_data_and_transparency">Open data</a></li>
    <li><a href="/council/contact_us">Contact us</a></li>
  </ul></nav>
  <form action="/search" class="search"><input name="q" aria-label="Search"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>
  <li><a href="/council/foi">Freedom of information</a></li><li><a href="/council/foi/disclosure_log">Disclosure log</a></li>
  <li aria-current="page">25/FOI/R/2291</li></ol></nav>
<main id="main">
<h1>Bruising in non-mobile babies: policy review</h1>
<dl class="foi-meta">
  <dt>Reference</dt><dd>25/FOI/R/2291</dd>
  <dt>Date received</dt><dd>20/10/2025</dd>
  <dt>Date published</dt><dd>21/11/2025</dd>
  <dt>Category</dt><dd>Children's services</dd>
</dl>
<h2>Request</h2>
<p>The requester referred to the Child Safeguarding Practice Review Panel's briefing of September 2022 on bruising in non-mobile infants and asked five questions about whether local safeguarding policy had been reviewed as a result.</p>
<h2>Response</h2>
<p>The London Borough of Richmond upon Thames works with the Royal Borough of Kingston upon Thames through a joint safeguarding children partnership. The answers below were provided by the partnership's business unit on the council's behalf.</p>
{chr(10).join(sections)}
<p class="reuse">Information published in this disclosure log may be re-used under the Open Government Licence: <a href="{OGL}">{OGL}</a></p>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/council/foi">Make a request</a></li><li><a href="/sitemap">Site map</a></li></ul>
  <p>&copy; Richmond upon Thames Council 2025</p>
</footer>
</body>
</html>
"""
    (OUT / fn).write_text(html, encoding="utf-8")
    label(fn, "html", "London Borough of Richmond upon Thames", "E09000027", "answered", [], A,
          all_status("answered"),
          F("formal", "2023-06", "yes", "yes", "yes", "no", "yes", "yes", 6), [link, OGL])


# =====================================================================================
# 5. Southwark - case-management system text export; answered
# =====================================================================================
def southwark():
    fn = "southwark-case-export.txt"
    A = {
        "1": ("A review was carried out by the Southwark Safeguarding Children Partnership in the "
              "spring of 2023, after the Panel's briefing had been circulated to partners. It "
              "looked at the local bruising protocol against the briefing and the research it "
              "cited, and concluded that the protocol was over-cautious in sending every case to "
              "a strategy meeting and that its description of mobility was unclear."),
        "2": ("Briefing note to the SSCP Executive summarising the review - attached to this case "
              "as Attachment 1 (PDF, 4 pages)."),
        "3": ("No. Following the review every case now has a health assessment and an initial "
              "discussion between the MASH and the paediatrician first. A strategy discussion "
              "follows only where concerns remain."),
        "4": ("- Initial appraisal stage added\n- Definition of mobility rewritten (see Q5)\n"
              "- Parent information leaflet updated\n- Recording guidance for health visitors added"),
        "5": ("Yes, the definition was changed. A baby is now treated as not independently mobile "
              "if they cannot move about on their own by crawling, shuffling, cruising or walking. "
              "A baby who has started to roll over deliberately is regarded as having begun to be "
              "mobile and is assessed individually rather than automatically under the protocol. "
              "Age is not part of the definition."),
    }
    out = ["================ CASE EXPORT ================",
           "System        : Casework360 v8.2 (export)",
           "Exported      : 2025-11-13 16:41",
           "Case ref      : SWK-IR-2025-008812",
           "Case type     : FOI",
           "Received      : 2025-10-20",
           "Due           : 2025-11-17",
           "Closed        : 2025-11-13",
           "Subject       : Bruising in non-mobile infants - policy review",
           "Outcome code  : INFO_PROVIDED_FULL",
           "Assigned team : Children and Families - Quality Assurance",
           "Requester     : [REDACTED - personal data]",
           "",
           "---------------- REQUEST (summary) ----------------",
           "Requester asks whether the safeguarding partnership reviewed its policy on bruising in",
           "non-mobile infants after the CSPRP briefing (Sept 2022); for papers; whether s47 /",
           "strategy discussion in all cases; changes made; and the definition of not",
           "independently mobile (rolling, age).",
           "",
           "---------------- RESPONSE TEXT (sent 13/11/2025) ----------------",
           f"Dear {REQUESTER}",
           "",
           "Thank you for your request for information. Southwark Council's response is set out",
           "below.",
           ""]
    for k in "12345":
        out.append(f"Q{k}. {RQ[k]}")
        out.append("A:")
        out.append(A[k])
        out.append("")
    out += ["You are free to re-use this information under the Open Government Licence",
            f"({OGL}).",
            "",
            "Regards",
            "FOI Officer, Southwark Council",
            "",
            "---------------- ATTACHMENTS ----------------",
            "[1] SSCP_Exec_bruising_review_briefing.pdf   (212 KB)",
            "",
            "---------------- CASE NOTES ----------------",
            "2025-10-21  Logged. Allocated to C&F QA.",
            "2025-11-04  Draft answers received from SSCP business unit.",
            "2025-11-12  Signed off by Head of Service.",
            "2025-11-13  Response issued by email. Case closed.",
            "================ END OF EXPORT ================",
            "",
            SYN]
    (OUT / fn).write_text("\n".join(out) + "\n", encoding="utf-8")
    label(fn, "txt", "London Borough of Southwark", "E09000028", "answered", [], A,
          all_status("answered"),
          F("formal", "2023", "yes", "no", "yes", "yes", "no", "no", None), [OGL])


# =====================================================================================
# 6. Waltham Forest - PDF, numbered answers only; no review; answered
# =====================================================================================
def waltham_forest():
    fn = "waltham-forest-numbered-answers.pdf"
    ico = "https://ico.org.uk/"
    A = {"1": ("No review was carried out. The Council and its safeguarding partners did not "
               "review the local policy in response to the Panel's briefing, and the briefing was "
               "not considered at any partnership meeting."),
         "2": "Not applicable - as no review took place, there are no papers.",
         "3": ("Yes. Our procedure requires a strategy discussion in every case where a non-mobile "
               "baby presents with a bruise."),
         "4": "None.",
         "5": "No change has been made to the definition."}
    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=8)
    num = ParagraphStyle("n", parent=base, leftIndent=16, firstLineIndent=-16)
    hd = ParagraphStyle("h", parent=base, fontName="Times-Bold", fontSize=13)

    def page(c, d):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#6b2c91")); c.setLineWidth(2)
        c.line(22 * mm, A4[1] - 24 * mm, A4[0] - 22 * mm, A4[1] - 24 * mm)
        c.setFont("Times-Bold", 14); c.setFillColor(colors.HexColor("#6b2c91"))
        c.drawString(22 * mm, A4[1] - 20 * mm, "Waltham Forest")
        c.setFont("Times-Roman", 9); c.setFillColor(colors.black)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 20 * mm, "Freedom of Information")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"- {d.page} -")
        c.setFont("Times-Italic", 6.5)
        c.drawCentredString(A4[0] / 2, 9 * mm, SYN)
        c.restoreState()

    s = [P("Our reference: WF/FOI/11920", base), P("Date: 4th November 2025", base),
         Spacer(1, 6), P("Freedom of Information request: bruising in non-mobile infants", hd),
         P("Thank you for your request. Please find below our answers, numbered to match your "
           "questions.", base)]
    for k in "12345":
        s.append(P(f"{k}.  {A[k]}", num))
    s += [Spacer(1, 8),
          P("If you are dissatisfied with this response you may request an internal review within "
            "40 working days. If you are still dissatisfied you may contact the Information "
            "Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
            f"{ico}", base),
          Spacer(1, 6), P("Information Management Team", base),
          P("London Borough of Waltham Forest", base)]
    pdf_build(OUT / fn, s, page, page, "FOI WF/FOI/11920", "London Borough of Waltham Forest",
              margins=(34, 22, 25, 22))
    label(fn, "pdf", "London Borough of Waltham Forest", "E09000031", "answered", [], A,
          all_status("answered"),
          F("none", None, "no", "yes", "no", "no", "not_stated", "not_stated", None), [ico])


# =====================================================================================
# 7. Westminster - DOCX prose letter answering out of order; answered
# =====================================================================================
def westminster():
    fn = "westminster-letter.docx"
    proc = "https://www.rbkc-wcc-scp.org.uk/procedures/bruising-protocol"
    ico = "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"
    A = {
        "3": ("Our multi-agency procedure does not require a section 47 enquiry, or a strategy "
              "discussion, in every case. When a bruise is seen on a baby who is not "
              "independently mobile, the baby is seen by a paediatrician the same day and "
              "children's social care carry out an initial appraisal with the referrer; a "
              "strategy discussion is convened where that appraisal identifies a possible "
              "safeguarding concern."),
        "1": ("Turning to your first question, the Partnership did review the procedure. The "
              "Panel's briefing was the subject of a formal review by the Partnership's "
              "procedures group, which met for that purpose in January 2023. The group concluded "
              "that our previous procedure, which sent every case to a strategy discussion, went "
              "further than the evidence supported."),
        "4": ("As a result the procedure was changed: the automatic strategy discussion was "
              "replaced by the appraisal described above, the leaflet for parents was rewritten, "
              "and the definition of mobility was tightened (see below)."),
        "5": ("The definition did change. All babies under six months old are now regarded as not "
              "independently mobile, as are older babies who cannot yet crawl, bottom shuffle, pull "
              "to stand or cruise. The procedure says in terms that a baby who rolls over is still "
              "regarded as not independently mobile."),
        "2": (f"The revised procedure can be read at {proc} and the procedures group's review "
              "report is enclosed with this letter."),
    }
    d = docx.Document()
    docx_props(d, "Information request 7749221", "Westminster City Council")
    st = d.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Westminster City Council"); r.bold = True; r.font.size = Pt(14)
    hp2 = sec.header.add_paragraph("Information Management  |  64 Victoria Street, London SW1E 6QP")
    hp2.runs[0].font.size = Pt(8)
    docx_syn_footer(sec)
    d.add_paragraph("27 November 2025").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Your reference: none given\nOur reference: 7749221")
    d.add_paragraph(f"Dear Mr Whitfield,")
    p = d.add_paragraph(); p.add_run("Request for information: bruising in non-mobile babies").bold = True
    d.add_paragraph("Thank you for your request of 20 October 2025, which we have dealt with under "
                    "the Freedom of Information Act 2000. Safeguarding procedures in Westminster "
                    "are shared with the Royal Borough of Kensington and Chelsea through our joint "
                    "safeguarding children partnership, and I have answered on behalf of the City "
                    "Council with the help of the partnership team. It may be clearest to start "
                    "with the procedure itself before turning to the review.")
    for k in ["3", "1", "4", "5"]:
        d.add_paragraph(A[k])
    p = d.add_paragraph("The revised procedure can be read at ")
    docx_hyperlink(p, proc)
    p.add_run(" and the procedures group's review report is enclosed with this letter.")
    d.add_paragraph("I hope this is helpful. If you are unhappy with the way your request has been "
                    "handled you can ask for an internal review within 40 working days of this "
                    "letter. You also have the right to complain to the Information Commissioner:")
    p = d.add_paragraph(); docx_hyperlink(p, ico)
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("\n\nJ. Okafor\nInformation Compliance Officer")
    docx_save(d, OUT / fn)
    label(fn, "docx", "Westminster City Council", "E09000033", "answered", [], A,
          all_status("answered"),
          F("formal", "2023-01", "yes", "no", "yes", "yes", "yes", "yes", 6), [proc, ico])


# =====================================================================================
# 8. Wandsworth - HTML-only email (base64), bold question lines, Q4 silently skipped; partial
# =====================================================================================
def wandsworth():
    fn = "wandsworth-html-email.eml"
    minute = "https://www.wandsworthscp.org.uk/meetings/2023-02-01-policy-group-minute.pdf"
    ico = "https://ico.org.uk/"
    A = {"1": ("Yes. The Wandsworth Safeguarding Children Partnership reviewed its bruising "
               "protocol on 01/02/2023. The review found that the protocol was consistent with the "
               "Panel's briefing in most respects but asked for the wording on strategy "
               "discussions to be clarified."),
         "2": f"The minute of the review meeting is published at {minute}",
         "3": ("Not in all cases. A strategy discussion is held where the paediatric assessment "
               "or the information gathered by the MASH indicates possible harm."),
         "5": ("The definition was not changed as part of the review. The protocol defines a "
               "non-mobile baby by what the baby can do, not by age: a baby who can roll over is "
               "considered to have some independent mobility, although professionals are reminded "
               "that rolling alone rarely explains a bruise.")}
    parts = []
    for k in ["1", "2", "3", "5"]:
        ans = escape(A[k])
        if k == "2":
            ans = f"The minute of the review meeting is published at <a href=\"{minute}\">{minute}</a>"
        parts.append(f"<p><b>{k}. {escape(RQ[k])}</b></p>\n<p>{ans}</p>")
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<!-- {SYN} -->
<p>Dear {REQUESTER},</p>
<p><b>Your FOI request WAN-25-7710</b></p>
<p>Thank you for contacting Wandsworth Council. We have now considered your request and our response follows.</p>
{chr(10).join(parts)}
<p>If you are not happy with this response you can ask us to carry out an internal review. Please write to us within 40 working days. You can also contact the Information Commissioner&#39;s Office: <a href="{ico}">{ico}</a></p>
<p>Yours sincerely,</p>
<p>Freedom of Information Team<br>Wandsworth Council<br>The Town Hall, Wandsworth High Street, London SW18 2PU</p>
<p style="font-size:8pt;color:#888">This email and any attachments are confidential and intended solely for the addressee.</p>
</body></html>
"""
    msg = EmailMessage()
    msg["From"] = "FOI Team - Wandsworth Council <foi@wandsworth.gov.uk>"
    msg["To"] = REQ_EMAIL
    msg["Subject"] = "Your FOI request WAN-25-7710 - response"
    msg["Date"] = edate(2025, 11, 18, 10, 3)
    msg["Message-ID"] = "<WAN-25-7710.20251118@wandsworth.gov.uk.example>"
    msg.set_content(html, subtype="html", charset="utf-8", cte="base64")
    eml_finish(msg, OUT / fn, [])
    label(fn, "eml", "Wandsworth Council", "E09000032", "partial", [], A,
          {"1": "answered", "2": "answered", "3": "answered", "4": "not_answered", "5": "answered"},
          F("formal", "2023-02", "yes", "no", "not_stated", "no", "no", "no", None), [minute, ico])


# =====================================================================================
# 9. Newham - council web page, s21 refusal with link; refused
# =====================================================================================
def newham():
    fn = "newham-s21-webpage.html"
    nscp = "https://www.newhamscp.org.uk/policies-and-procedures/"
    lscp = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
    ico = "https://ico.org.uk/make-a-complaint/"
    text = ("We are refusing your request under section 21 of the Freedom of Information Act "
            "2000, because the information you have asked for is reasonably accessible to you by "
            "other means. Newham's multi-agency safeguarding procedures, including the guidance "
            "on bruising in babies who are not yet independently mobile and the partnership's "
            "published updates to it, are available on the Newham Safeguarding Children "
            f"Partnership website at {nscp}. The pan-London procedures on which they are based "
            f"can be found at {lscp}.")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>FOI response 4412871 | Newham Council</title></head>
<body class="page-foi">
<!-- {SYN} -->
<div class="cookie-notice">This website uses cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="top-bar"><a href="/">Newham London</a> <a href="/myaccount">My account</a> <a href="/contact">Contact</a></div>
<nav class="primary"><a href="/housing">Housing</a> | <a href="/children-young-people-families">Children, young people and families</a> | <a href="/council-tax">Council tax</a> | <a href="/jobs">Jobs</a> | <a href="/council">Council and democracy</a></nav>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/council">Council</a> &gt; <a href="/council/foi">Freedom of information</a> &gt; Responses</div>
<article>
<h1>Freedom of information response</h1>
<table class="meta">
<tr><th>Request reference</th><td>4412871</td></tr>
<tr><th>Subject</th><td>Bruising in non-mobile infants</td></tr>
<tr><th>Date of response</th><td>Tuesday 18 November 2025</td></tr>
</table>
<h2>Your request</h2>
<p>You asked five questions about whether the safeguarding policy on bruising in non-mobile infants was reviewed after the Child Safeguarding Practice Review Panel&#39;s briefing of September 2022, including for any papers, whether a section 47 enquiry is always required, what changed, and how &quot;not independently mobile&quot; is defined.</p>
<h2>Our response</h2>
<p>We are refusing your request under section 21 of the Freedom of Information Act 2000, because the information you have asked for is reasonably accessible to you by other means. Newham&#39;s multi-agency safeguarding procedures, including the guidance on bruising in babies who are not yet independently mobile and the partnership&#39;s published updates to it, are available on the Newham Safeguarding Children Partnership website at <a href="{nscp}">{nscp}</a>. The pan-London procedures on which they are based can be found at <a href="{lscp}">{lscp}</a>.</p>
<p>Section 21 is an absolute exemption, so we are not required to consider the public interest.</p>
<h2>Your rights</h2>
<p>You may ask for an internal review of this decision within 40 working days. If you remain unhappy you can contact the Information Commissioner&#39;s Office at <a href="{ico}">{ico}</a>.</p>
</article>
<aside class="related"><h2>Related pages</h2><ul><li><a href="/council/foi/make-request">Make an FOI request</a></li><li><a href="/council/foi/disclosure-log">Disclosure log</a></li></ul></aside>
<footer><p><a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p><p>London Borough of Newham, Newham Dockside, 1000 Dockside Road, London E16 2QU</p></footer>
</body>
</html>
"""
    (OUT / fn).write_text(html, encoding="utf-8")
    ans = {k: text for k in "12345"}
    label(fn, "html", "London Borough of Newham", "E09000025", "refused", ["s21"], ans,
          all_status("refused"), dict(NOT_STATED), [nscp, lscp, ico])


# =====================================================================================
# 10. Leicester - plain-text letter, short question tags; answered
# =====================================================================================
def leicester():
    fn = "leicester-plain-letter.txt"
    proc = "https://llrscp.proceduresonline.com/chapters/p_bruising_non_mobile.html"
    ico = "https://www.ico.org.uk"
    A = {"1": ("Yes. The Leicester, Leicestershire and Rutland (LLR) safeguarding partners carried "
               "out a formal review of the joint procedure on bruising in babies who are not "
               "independently mobile. The review was completed in March 2023 by the LLR Policy "
               "and Procedures Group and concluded that the procedure should be amended to add an "
               "initial health appraisal before any referral for a strategy discussion."),
         "2": ("The outcome of the review is summarised in our answer to question 1. The amended "
               f"procedure is published at {proc}"),
         "3": ("No - see the flowchart in section 3 of the procedure. A strategy discussion is "
               "arranged only where the health appraisal leaves concerns."),
         "4": ("The initial health appraisal step, a revised referral form and new wording for "
               "explaining the process to parents."),
         "5": ("The definition was not changed. The procedure continues to treat a baby as not "
               "independently mobile if they are unable to crawl, cruise or walk; a baby who can "
               "roll is still included. Age is not used as a cut-off.")}
    tags = {"1": "Review after the Panel's guidance", "2": "Papers", "3": "Section 47",
            "4": "Changes", "5": "Definition of not independently mobile"}
    out = ["LEICESTER CITY COUNCIL",
           "Information Governance & Risk",
           "",
           "Our Ref: IGU/FOI/25-1734",
           "Date: 19/11/2025",
           "",
           f"Dear {REQUESTER}",
           "",
           "FREEDOM OF INFORMATION ACT 2000 - BRUISING IN NON-MOBILE BABIES",
           "",
           "I write in response to your request dated 20/10/2025. Please see our responses below.",
           ""]
    for k in "12345":
        out += [f"({k}) {tags[k]}", A[k], ""]
    out += ["You may re-use this information under the Open Government Licence, see",
            OGL,
            "",
            "If you wish to appeal, please write to the Information Governance team within 40",
            "working days. You may also complain to the Information Commissioner:",
            ico,
            "",
            "Yours sincerely",
            "",
            "Information Governance Officer",
            "Leicester City Council",
            "",
            SYN]
    (OUT / fn).write_text("\n".join(out) + "\n", encoding="utf-8")
    label(fn, "txt", "Leicester City Council", "E06000016", "answered", [], A,
          all_status("answered"),
          F("formal", "2023-03", "yes", "no", "yes", "no", "yes", "no", None), [proc, OGL, ico])


# =====================================================================================
# 11. Nottingham - PDF Q/A table with annex on a second page; informal; answered
# =====================================================================================
def nottingham():
    fn = "nottingham-qa-table.pdf"
    ico = "https://ico.org.uk/concerns/"
    A = {"1": ("No formal review was undertaken. The briefing was considered by the Nottingham "
               "City Safeguarding Children Partnership's Policy and Procedures group at its "
               "meeting on 19th October 2022, where it was checked against the joint City and "
               "County bruising protocol. The group agreed the protocol was already consistent "
               "with the briefing."),
         "2": ("An extract of the minutes of 19th October 2022 is reproduced in the annex to this "
               "letter."),
         "3": ("No. The protocol requires a paediatric assessment in every case; a strategy "
               "discussion is held where that assessment or information from partner agencies "
               "suggests the injury may be non-accidental."),
         "4": ("No changes were made, as the protocol was judged to be consistent with the "
               "evidence base and national guidance."),
         "5": ("No change to the definition. The protocol treats a baby as independently mobile "
               "once they can move themselves from place to place, and this includes rolling. Age "
               "is not used to define mobility.")}
    short = {"1": "Was there a review after the guidance, when, and what did it conclude?",
             "2": "Papers on the outcome of the review",
             "3": "Section 47 investigation or strategy discussion in all cases?",
             "4": "Changes made for consistency",
             "5": "Definition of not independently mobile (rolling; age)"}
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5)
    bold = ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold")
    body = ParagraphStyle("body", parent=base, fontSize=10.5, leading=14, spaceAfter=7)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18)

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 11); c.setFillColor(colors.HexColor("#1d3f78"))
        c.drawString(20 * mm, A4[1] - 15 * mm, "Nottingham City Council")
        c.setFont("Helvetica", 8); c.setFillColor(colors.grey)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 15 * mm, "FOI 25-NCC-6120  |  OFFICIAL")
        c.drawString(20 * mm, 12 * mm, SYN)
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"{d.page}")
        c.restoreState()

    rows = [[P("No.", bold), P("Question", bold), P("Response", bold)]]
    for k in "12345":
        rows.append([P(k, base), P(short[k], base), P(A[k], base)])
    t = Table(rows, colWidths=[12 * mm, 50 * mm, 108 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b8")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce4f2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s = [P("Freedom of Information response", h1),
         P("Reference: 25-NCC-6120        Date: 21 Nov 2025", body),
         P(f"Dear {REQUESTER},", body),
         P("Thank you for your request about policies on bruising in non-mobile infants. Our "
           "response is given in the table below.", body),
         t, Spacer(1, 10),
         P("If you are unhappy with our response you may ask for an internal review. If you are "
           "still not satisfied you can raise a concern with the Information Commissioner at "
           f"{ico}", body),
         P("Information Compliance Team, Nottingham City Council", body),
         PageBreak(),
         P("Annex - extract from the minutes of the Policy and Procedures group, 19 October 2022", h1),
         P("Item 6: CSPRP briefing on bruising in non-mobile infants. The group compared the "
           "briefing with the City and County protocol. It noted that the protocol already begins "
           "with a paediatric assessment and does not send every case to a strategy discussion. "
           "Agreed: no amendment required; business unit to confirm this to the Partnership "
           "Board.", body)]
    pdf_build(OUT / fn, s, page, page, "FOI 25-NCC-6120", "Nottingham City Council",
              margins=(25, 20, 22, 20))
    label(fn, "pdf", "Nottingham City Council", "E06000018", "answered", [], A,
          all_status("answered"),
          F("informal", "2022-10", "yes", "no", "no", "no", "no", "no", None), [ico])


# =====================================================================================
# 12. Peterborough - DOCX bold question lines; Q2 refused s36(2)(b)(ii); partial
# =====================================================================================
def peterborough():
    fn = "peterborough-bold-questions.docx"
    ico = "https://ico.org.uk/make-a-complaint/"
    A = {"1": ("Yes. The Cambridgeshire and Peterborough Safeguarding Children Partnership's Policy "
               "Subgroup carried out a review in March 2023. It concluded that the joint procedure "
               "needed updating so that professionals would carry out an initial appraisal before "
               "deciding whether to hold a strategy discussion, and that the definition of "
               "mobility should be made more precise."),
         "2": ("We hold the minutes and working papers of the Policy Subgroup review. This "
               "information is being withheld under section 36(2)(b)(ii) of the Freedom of "
               "Information Act, as in the reasonable opinion of the Council's qualified person "
               "its disclosure would be likely to inhibit the free and frank exchange of views for "
               "the purposes of deliberation. Our consideration of the public interest is set out "
               "at the end of this letter."),
         "3": ("No. A strategy discussion is held only where the initial appraisal indicates that "
               "one is needed."),
         "4": ("The procedure was amended to add the initial appraisal stage, to set out what "
               "information should be gathered from parents, and to include a list of conditions "
               "that can mimic bruising."),
         "5": ("Yes. The definition now reads: a baby who is not independently mobile is any baby "
               "under 6 months old, and any older baby who is not yet crawling, bottom shuffling, "
               "cruising or walking. Babies who can roll are still treated as not independently "
               "mobile.")}
    d = docx.Document()
    docx_props(d, "FOI PCC-25-2208 response", "Peterborough City Council")
    st = d.styles["Normal"]; st.font.name = "Verdana"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Peterborough City Council - Freedom of Information"
    docx_syn_footer(sec, extra="PCC-25-2208")
    d.add_paragraph("Reference: PCC-25-2208\nDate: 25.11.2025")
    d.add_paragraph("Dear Sir/Madam")
    d.add_paragraph("Your request for information has been considered under the Freedom of "
                    "Information Act 2000. Our response to each question is below.")
    for k in "12345":
        p = d.add_paragraph(); r = p.add_run(f"{k}. {RQ[k]}"); r.bold = True
        d.add_paragraph(A[k])
    d.add_heading("Public interest test - section 36(2)(b)(ii)", level=2)
    d.add_paragraph("Factors in favour of disclosure:")
    for t in ["openness about how safeguarding procedures are developed;",
              "public interest in the safety of very young children;",
              "accountability of the partnership for its decisions."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Factors in favour of withholding:")
    for t in ["members of the subgroup need a safe space to discuss draft wording candidly;",
              "the working papers contain options that were rejected and could be misread;",
              "the outcome of the review is already reflected in the published procedure."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Having weighed these factors we have concluded that the public interest in "
                    "maintaining the exemption outweighs the public interest in disclosure.")
    d.add_heading("Your right to complain", level=2)
    p = d.add_paragraph("If you are dissatisfied you may request an internal review within 40 "
                        "working days. You may then complain to the Information Commissioner: ")
    docx_hyperlink(p, ico)
    d.add_paragraph("Yours faithfully\nFreedom of Information Officer\nPeterborough City Council")
    docx_save(d, OUT / fn)
    label(fn, "docx", "Peterborough City Council", "E06000031", "partial", ["s36(2)(b)(ii)"], A,
          {"1": "answered", "2": "refused", "3": "answered", "4": "answered", "5": "answered"},
          F("formal", "2023-03", "no", "no", "yes", "yes", "yes", "yes", 6), [ico])


# =====================================================================================
# 13. Milton Keynes - email with PDF attachment holding the answers; answered
# =====================================================================================
def milton_keynes():
    fn = "milton-keynes-attachment.eml"
    rep = "https://www.mkscp.org.uk/publications/bruising-protocol-review-2023.pdf"
    ico = "https://ico.org.uk/"
    A = {"1": ("Yes. A formal review of the MKSCP Bruising Protocol was carried out in September "
               "2023 by a task and finish group of the partnership. It concluded that the protocol "
               "should keep its requirement for a strategy discussion in every case, but that "
               "parents should be given clearer information and that the definition of non-mobile "
               "should follow the wording of the Panel's briefing."),
         "2": f"The task and finish group's report is available at {rep}",
         "3": ("Yes. The protocol requires a strategy discussion in all cases of bruising in a "
               "non-mobile baby. The partnership considered the Panel's view and decided to keep "
               "this requirement because a local audit had found cases where concerns were only "
               "identified at the strategy discussion."),
         "4": ("The parent information leaflet was rewritten, a script for practitioners "
               "explaining the process to parents was introduced, and the definition of non-mobile "
               "was revised (see question 5)."),
         "5": ("Yes. A baby is now considered not independently mobile if they have not reached "
               "their first birthday and are not yet crawling, bottom-shuffling, cruising or "
               "walking. Rolling over does not count as independent mobility for this purpose.")}
    # --- the attached PDF letter
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    q = ParagraphStyle("q", parent=base, fontName="Helvetica-Bold", spaceBefore=6)
    mono = ParagraphStyle("m", parent=base, fontName="Courier", fontSize=9)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#e4002b")); c.rect(20 * mm, A4[1] - 22 * mm, 6 * mm, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black); c.setFont("Helvetica-Bold", 13)
        c.drawString(29 * mm, A4[1] - 18 * mm, "Milton Keynes City Council")
        c.setFont("Helvetica", 7); c.drawString(20 * mm, 10 * mm, SYN)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    s = [P("Ref: MK/FOI/2025/03318", mono), P("14 November 2025", base),
         P(f"Dear Mr Whitfield", base),
         P("Freedom of Information Act 2000 - request about bruising in non-mobile infants", q),
         P("Milton Keynes City Council has considered your request. The Milton Keynes Safeguarding "
           "Children Partnership (MKSCP) has helped us answer it.", base)]
    for k in "12345":
        s += [P(f"Question {k}: {RQ[k]}", q), P(A[k], base)]
    s += [Spacer(1, 8), P("If you are not satisfied you may ask for an internal review. You can "
                          f"also contact the Information Commissioner's Office: {ico}", base),
          P("Information Rights Team", base)]
    tmp = io.BytesIO()
    pdf_build(tmp, s, page, page, "MK/FOI/2025/03318 response", "Milton Keynes City Council",
              margins=(30, 20, 20, 20))
    pdf_bytes = tmp.getvalue()

    text = (f"Dear Mr Whitfield,\n\nPlease find attached the Council's response to your Freedom of "
            "Information request (ref MK/FOI/2025/03318).\n\nKind regards\n\nInformation Rights "
            "Team\nMilton Keynes City Council\n")
    html = ("<html><body><p>Dear Mr Whitfield,</p><p>Please find attached the Council&#39;s response "
            "to your Freedom of Information request (ref MK/FOI/2025/03318).</p><p>Kind regards</p>"
            "<p>Information Rights Team<br>Milton Keynes City Council</p>"
            f"<!-- {SYN} --></body></html>")
    msg = EmailMessage()
    msg["From"] = "Information Rights <foi@milton-keynes.gov.uk>"
    msg["To"] = f"{REQUESTER} <{REQ_EMAIL}>"
    msg["Subject"] = "FOI response MK/FOI/2025/03318"
    msg["Date"] = edate(2025, 11, 14, 15, 47)
    msg["Message-ID"] = "<mk-foi-2025-03318@milton-keynes.gov.uk.example>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                       filename="MK-FOI-2025-03318-response.pdf")
    eml_finish(msg, OUT / fn, ["==mk_mixed_0001==", "==mk_alt_0002=="])
    label(fn, "eml", "Milton Keynes City Council", "E06000042", "answered", [], A,
          all_status("answered"),
          F("formal", "2023-09", "yes", "yes", "yes", "yes", "yes", "yes", 12), [rep, ico])


# =====================================================================================
# 14. West Berkshire - disclosurelog-style detail page; redirected to the partnership
# =====================================================================================
def west_berkshire():
    fn = "west-berkshire-disclosure-log.html"
    bw = "https://www.berkshirewestsafeguardingchildrenpartnership.org.uk/scp/contact-us"
    text = ("West Berkshire Council does not hold the information you have requested. The "
            "procedure for bruising in non-mobile babies is owned by the Berkshire West "
            "Safeguarding Children Partnership, which covers West Berkshire, Reading and "
            "Wokingham, and the partnership's business unit holds the records of any review of "
            "it. Please direct your request to the partnership, whose contact details are at "
            f"{bw}")
    rq = "".join(f"<p>{k}. {escape(RQ[k])}</p>\n" for k in "12345")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Bruising in non-mobile infants - West Berkshire Council Disclosure Log</title></head>
<body>
<!-- {SYN} -->
<header class="dl-header"><a class="brand" href="/">West Berkshire Council</a><span class="dl-title">Disclosure Log</span>
<nav><a href="/disclosures">All disclosures</a> <a href="/disclosures?sortType=PUBLISHED_DATE_DESCENDING">Latest</a> <a href="/about">About this log</a></nav></header>
<div class="dl-search"><form action="/disclosures"><label>Keyword <input name="keywords"></label> <label>Year <select name="year"><option>2025</option></select></label> <button>Filter</button></form></div>
<main class="disclosure">
<a href="/disclosures?page=1" class="back">&larr; Back to results</a>
<h1>Bruising in non-mobile infants</h1>
<div class="facts">
<div><span class="k">Case reference</span> <span class="v">WBC/FOI/25/1402</span></div>
<div><span class="k">Received date</span> <span class="v">20 October 2025</span></div>
<div><span class="k">Published date</span> <span class="v">25 November 2025</span></div>
<div><span class="k">Department</span> <span class="v">Children and Family Services</span></div>
</div>
<section class="request"><h2>Request</h2>
<p>{escape(RQ_INTRO)}</p>
{rq}</section>
<section class="response"><h2>Response</h2>
<p>West Berkshire Council does not hold the information you have requested. The procedure for bruising in non-mobile babies is owned by the Berkshire West Safeguarding Children Partnership, which covers West Berkshire, Reading and Wokingham, and the partnership&#39;s business unit holds the records of any review of it. Please direct your request to the partnership, whose contact details are at <a href="{bw}">{bw}</a></p>
</section>
<section class="attachments"><h2>Attachments</h2><p>No attachments.</p></section>
</main>
<footer class="dl-footer"><p>West Berkshire Council, Market Street, Newbury RG14 5LD</p><p><a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
"""
    (OUT / fn).write_text(html, encoding="utf-8")
    label(fn, "html", "West Berkshire Council", "E06000037", "redirected", [],
          {k: text for k in "12345"}, all_status("redirected"), dict(NOT_STATED), [bw])


# =====================================================================================
# 15. North Somerset - plain text, not held
# =====================================================================================
def north_somerset():
    fn = "north-somerset-not-held.txt"
    ico = "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"
    text = ("North Somerset Council has searched its records and does not hold information "
            "falling within the scope of your request. Children's services staff follow the "
            "multi-agency procedure on bruising in non-mobile babies, but the Council has no "
            "recorded information about whether or how that procedure was reviewed, and it holds "
            "no papers of the kind you describe. Safeguarding partnerships are not themselves "
            "public authorities under the Act. You may wish to contact the North Somerset "
            "Safeguarding Children Partnership business unit for general information about local "
            "procedures.")
    out = ["Subject: FOI 25-NSC-4419 - Response",
           "Date: 10/11/2025",
           "",
           "Dear Requester,",
           "",
           "Freedom of Information Request - Reference 25-NSC-4419",
           "",
           "Thank you for your request regarding policies on bruising in non-mobile infants, "
           "received on 20 October 2025.",
           "",
           text,
           "",
           "We are sorry we cannot be more helpful on this occasion.",
           "",
           "If you are not satisfied with our response you may ask for an internal review by "
           "writing to the Freedom of Information Team, North Somerset Council, Town Hall, "
           "Weston-super-Mare BS23 1UJ. You can also complain to the ICO:",
           ico,
           "",
           "Regards,",
           "FOI Team",
           "North Somerset Council",
           "",
           SYN]
    (OUT / fn).write_text("\n".join(out) + "\n", encoding="utf-8")
    label(fn, "txt", "North Somerset Council", "E06000024", "not_held", [],
          {k: text for k in "12345"}, all_status("not_held"), dict(NOT_STATED), [ico])


# =====================================================================================
# 16. South Gloucestershire - PDF prose letter, two questions per paragraph; answered
# =====================================================================================
def south_gloucestershire():
    fn = "south-gloucestershire-letter.pdf"
    swcpp = "https://www.proceduresonline.com/swcpp/"
    ico = "https://ico.org.uk/"
    p12 = ("You asked first whether there was a review and for any papers about its outcome. The "
           "South Gloucestershire Safeguarding Children Partnership reviewed its bruising guidance "
           "at a meeting on 20th April 2023, in response to the Panel's briefing. The review "
           "concluded that the guidance needed a clearer first step, so that a health assessment "
           "is completed before any decision about a strategy discussion. The report considered "
           "at that meeting is enclosed, together with the revised guidance.")
    p3 = ("Your third question asked whether a section 47 enquiry or a strategy discussion is "
          "required in all cases. It is not. Our local guidance sits alongside the South West "
          f"Child Protection Procedures ({swcpp}) and requires a health assessment in every case; "
          "a strategy discussion is held if, after that assessment, there is reasonable cause to "
          "suspect harm.")
    p45 = ("The changes made were the addition of the health assessment step and a new section on "
           "explaining the process to families. The definition of not independently mobile was "
           "not changed as part of the review; it remains based on the child's developmental "
           "stage rather than on age.")
    A = {"1": p12, "2": p12, "3": p3, "4": p45, "5": p45}
    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=16, spaceAfter=10)
    small = ParagraphStyle("s", parent=base, fontSize=10, leading=13)
    addr = ParagraphStyle("a", parent=base, fontSize=10, leading=12, spaceAfter=0, alignment=TA_RIGHT)

    def first(c, d):
        c.saveState()
        c.setFont("Times-Bold", 18); c.setFillColor(colors.HexColor("#004b87"))
        c.drawString(25 * mm, A4[1] - 22 * mm, "South Gloucestershire Council")
        c.setStrokeColor(colors.HexColor("#8dc63f")); c.setLineWidth(3)
        c.line(25 * mm, A4[1] - 25 * mm, 95 * mm, A4[1] - 25 * mm)
        c.setFillColor(colors.black); c.setFont("Times-Italic", 7)
        c.drawString(25 * mm, 8 * mm, SYN)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Times-Italic", 7)
        c.drawString(25 * mm, 8 * mm, SYN)
        c.restoreState()

    s = [P("Information Governance", addr), P("Badminton Road, Yate", addr),
         P("Bristol BS37 5AF", addr), Spacer(1, 8),
         P("Date: 26 November 2025", base), P("Ref: SGC/FOI/2025/7754", base),
         P(f"Dear {REQUESTER},", base),
         Paragraph("<b>Your request for information: bruising in non-mobile infants</b>", base),
         P("Thank you for your request, which we received on 20 October 2025. Rather than repeat "
           "each question, I have answered them in turn below.", base),
         P(p12, base), P(p3, base), P(p45, base),
         PageBreak(),
         Paragraph("<b>Further information</b>", base),
         P("If you are unhappy with this response you may ask for an internal review within 40 "
           "working days of the date of this letter. After that, if you remain dissatisfied, you "
           f"can complain to the Information Commissioner at {ico} or by writing to Wycliffe "
           "House, Water Lane, Wilmslow SK9 5AF.", small),
         Spacer(1, 10), P("Yours sincerely", base), Spacer(1, 16),
         P("Information Governance Officer", base)]

    class C(PageXofY):
        footer_font = ("Times-Roman", 8)
    pdf_build(OUT / fn, s, first, later, "SGC/FOI/2025/7754", "South Gloucestershire Council",
              margins=(34, 25, 22, 25), canvasmaker=C)
    label(fn, "pdf", "South Gloucestershire Council", "E06000025", "answered", [], A,
          all_status("answered"),
          F("formal", "2023-04", "yes", "no", "yes", "no", "not_stated", "no", None), [swcpp, ico])


# =====================================================================================
# 17. West Sussex - DOCX with topic headings; informal; 26 weeks; answered
# =====================================================================================
def west_sussex():
    fn = "west-sussex-topic-headings.docx"
    note = "https://sussexchildprotection.procedures.org.uk/local-resources/bruising-note-may-2023"
    ico = "https://ico.org.uk/make-a-complaint/"
    A = {"1": ("West Sussex follows the Pan-Sussex Child Protection and Safeguarding Procedures, "
               "which are shared with Brighton and Hove and East Sussex. There was no formal "
               "review after the Panel's briefing. The Pan-Sussex Procedures Group considered the "
               "briefing at its meeting in May 2023 and was satisfied that the existing protocol "
               "already reflected it."),
         "2": f"The Procedures Group's note of that discussion is available on the procedures website: {note}",
         "3": ("No. The protocol requires an initial discussion between health and children's "
               "social care; a strategy discussion is held if this identifies concerns."),
         "4": "None were needed.",
         "5": ("There has been no change. Under the protocol, babies under 26 weeks of age are "
               "always regarded as not independently mobile; this includes babies who have begun "
               "to roll. For older babies practitioners consider whether the baby can crawl, "
               "shuffle, cruise or walk.")}
    heads = {"1": "Review of policy", "2": "Papers", "3": "Section 47 and strategy discussions",
             "4": "Changes", "5": "Definition of 'not independently mobile'"}
    d = docx.Document()
    docx_props(d, "FOI response WSCC/2025/FOI/09917", "West Sussex County Council")
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "West Sussex County Council"
    sec.header.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x00, 0x5e, 0x7c)
    docx_syn_footer(sec, extra="WSCC/2025/FOI/09917 - OFFICIAL")
    d.add_heading("Freedom of Information response", 0)
    t = d.add_table(rows=3, cols=2); t.style = "Light List Accent 1"
    for i, (a, b) in enumerate([("Reference", "WSCC/2025/FOI/09917"),
                                ("Date", "Monday 17 November 2025"),
                                ("Subject", "Bruising in non-mobile infants")]):
        cell_text(t.rows[i].cells[0], a, bold=True); cell_text(t.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_paragraph(f"Dear {REQUESTER}")
    d.add_paragraph("Thank you for your request. We have grouped our response under the topics "
                    "your questions cover.")
    for k in "12345":
        d.add_heading(heads[k], level=2)
        if k == "2":
            p = d.add_paragraph("The Procedures Group's note of that discussion is available on the "
                                "procedures website: ")
            docx_hyperlink(p, note)
        else:
            d.add_paragraph(A[k])
    d.add_heading("Complaints", level=2)
    p = d.add_paragraph("You can ask for an internal review within 40 working days, and then "
                        "complain to the Information Commissioner's Office: ")
    docx_hyperlink(p, ico)
    d.add_paragraph("Kind regards\nFOI Team, West Sussex County Council")
    docx_save(d, OUT / fn)
    label(fn, "docx", "West Sussex County Council", "E10000032", "answered", [], A,
          all_status("answered"),
          F("informal", "2023-05", "yes", "no", "no", "no", "yes", "yes", 6), [note, ico])


# =====================================================================================
# 18. Rochdale - multipart/alternative email, s12 refusal, request quoted below; refused
# =====================================================================================
def rochdale():
    fn = "rochdale-s12-email.eml"
    ico = "https://ico.org.uk/make-a-complaint/"
    p1 = ("I am writing to let you know that we are unable to comply with your request because "
          "the cost of doing so would exceed the appropriate limit of £450 set by the Fees "
          "Regulations. Section 12 of the Freedom of Information Act therefore applies and this "
          "email acts as a refusal notice for the whole request.")
    p2 = ("To answer your questions we would need to search the agendas, minutes and "
          "correspondence of the Rochdale Borough Safeguarding Children Partnership's subgroups "
          "from September 2022 onwards, which are held in three separate systems. We estimate "
          "that this would take more than 40 hours.")
    p3 = ("Under section 16 we are happy to offer advice: you may wish to narrow your request, "
          "for example by asking only for the current version of the bruising protocol and the "
          "date it was last updated.")
    p4 = ("If you are unhappy with this decision you may ask for an internal review within 40 "
          f"working days. You can also complain to the ICO: {ico}")
    sig = "Regards\n\nTom Hartley\nInformation Governance Officer\nRochdale Borough Council"
    text = (f"Dear Sam,\n\nFOI ref: RBC-FOI-25-05290\n\n{p1}\n\n{p2}\n\n{p3}\n\n{p4}\n\n{sig}\n\n"
            "________________________________\n" +
            quoted_request("Monday, October 20, 2025 9:02 AM", "foi@rochdale.gov.uk", prefix="> "))
    qhtml = escape(quoted_request("Monday, October 20, 2025 9:02 AM", "foi@rochdale.gov.uk",
                                  prefix="")).replace("\n", "<br>\n")
    html = (f"<html><body style=\"font-family:Arial\"><!-- {SYN} -->\n<p>Dear Sam,</p>\n"
            f"<p>FOI ref: RBC-FOI-25-05290</p>\n<p>{escape(p1)}</p>\n<p>{escape(p2)}</p>\n"
            f"<p>{escape(p3)}</p>\n<p>If you are unhappy with this decision you may ask for an "
            f"internal review within 40 working days. You can also complain to the ICO: "
            f"<a href=\"{ico}\">{ico}</a></p>\n"
            "<p>Regards</p><p>Tom Hartley<br>Information Governance Officer<br>Rochdale Borough "
            "Council</p>\n<hr>\n<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
            f"{qhtml}</blockquote>\n</body></html>")
    msg = EmailMessage()
    msg["From"] = "Information Governance <foi@rochdale.gov.uk>"
    msg["To"] = f"{REQUESTER} <{REQ_EMAIL}>"
    msg["Subject"] = "RE: Freedom of Information request - bruising in non-mobile infants"
    msg["Date"] = edate(2025, 11, 12, 11, 30)
    msg["Message-ID"] = "<RBC-FOI-25-05290.reply@rochdale.gov.uk.example>"
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    eml_finish(msg, OUT / fn, ["----=_Part_rbc_7781"])
    body = "\n\n".join([p1, p2])
    label(fn, "eml", "Rochdale Borough Council", "E08000005", "refused", ["s12"],
          {k: body for k in "12345"}, all_status("refused"), dict(NOT_STATED), [ico])


# =====================================================================================
# 19. Oldham - disclosure log with cookie banner; Q2 not held; partial
# =====================================================================================
def oldham():
    fn = "oldham-disclosure-log.html"
    gm = "https://greatermanchesterscb.proceduresonline.com/"
    ico = "https://ico.org.uk/"
    A = {"1": ("The Oldham Safeguarding Children Partnership did not carry out a formal review. "
               "The Panel's briefing was shared with the partnership's Policy group and considered "
               "in January 2023. Having compared it with the Greater Manchester Safeguarding "
               "Procedures, the group decided that no review was necessary."),
         "2": ("No papers were produced and the Council holds no recorded information for this "
               "question."),
         "3": ("No. The Greater Manchester procedure requires a medical assessment by a "
               f"paediatrician ({gm}); a strategy discussion is only held if concerns remain after "
               "that assessment."),
         "4": "No changes were made.",
         "5": ("The definition has not changed. It is based on the baby's ability to move "
               "(crawling, bottom shuffling, cruising or walking) and not on age.")}
    rows = []
    for k in "12345":
        ans = escape(A[k])
        if k == "3":
            ans = ans.replace(gm, f"<a href=\"{gm}\">{gm}</a>")
        rows.append(f"<tr><td class=\"q\"><strong>Question {k}</strong><br>{escape(RQ[k])}</td>"
                    f"<td class=\"a\">{ans}</td></tr>")
    html = f"""<!doctype html>
<html lang="en-gb">
<head><meta charset="utf-8"><title>Disclosure log: OMBC-FOI-2025-1187 | Oldham Council</title></head>
<body>
<!-- {SYN} -->
<div class="ccc-banner" id="cookies"><h2>Cookies on oldham.gov.uk</h2><p>Some cookies are essential to make this site work. We would also like to set analytics cookies. <a href="/cookies">How we use cookies</a></p><button>Accept analytics cookies</button><button>Reject analytics cookies</button></div>
<header><a href="/" class="logo">Oldham Council</a><nav><a href="/a_to_z">A to Z</a> <a href="/news">News</a> <a href="/site/contact">Contact us</a></nav></header>
<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li><li><a href="/foi">FOI</a></li><li><a href="/foi/log">Disclosure log</a></li></ul>
<main>
<h1>Bruising in non-mobile infants - safeguarding policy review</h1>
<p class="meta">FOI reference OMBC-FOI-2025-1187 &middot; Responded: 24 Nov 2025 &middot; Directorate: Children&#39;s Services</p>
<p>Summary of the response issued to the requester:</p>
<table class="foi">
<thead><tr><th>Request</th><th>Response</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>If you are unhappy with this response you can ask for an internal review. You can also complain to the Information Commissioner&#39;s Office: <a href="{ico}">{ico}</a></p>
</main>
<footer><nav><a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy notice</a> <a href="/foi">Freedom of information</a></nav><p>Oldham Council, Civic Centre, West Street, Oldham OL1 1UT</p></footer>
</body>
</html>
"""
    (OUT / fn).write_text(html, encoding="utf-8")
    label(fn, "html", "Oldham Council", "E08000004", "partial", [], A,
          {"1": "answered", "2": "not_held", "3": "answered", "4": "answered", "5": "answered"},
          F("informal", "2023-01", "no", "no", "no", "no", "not_stated", "no", None), [gm, ico])


# =====================================================================================
# 20. Durham - plain-text letter, neither confirm nor deny (s31(3)); refused
# =====================================================================================
def durham():
    fn = "durham-ncnd-letter.txt"
    ico = "https://ico.org.uk/make-a-complaint/"
    text = ("Durham County Council can neither confirm nor deny whether it holds information "
            "within the scope of your request. In reaching this decision the Council has relied on "
            "section 31(3) of the Freedom of Information Act 2000. Confirming or denying whether "
            "records exist about the thresholds used to decide when a bruised baby is referred "
            "for a child protection enquiry would, in itself, be likely to prejudice the "
            "prevention and detection of crime, because it could help a person who harms a child "
            "to avoid detection.")
    out = ["Durham County Council",
           "Information Rights Team, County Hall, Durham DH1 5UL",
           "",
           "Request number: DCC-IR-2025-11-0063",
           "Date: Thursday, 20 November 2025",
           "",
           "Dear Mr Whitfield",
           "",
           "Freedom of Information Act 2000 - Request for Information",
           "",
           "Thank you for your request about the Council's safeguarding policy on bruising in",
           "non-mobile infants, received on 20 October 2025.",
           "",
           text,
           "",
           "Public interest test",
           "We recognise the public interest in openness about how children are protected. "
           "However, we consider that the public interest in maintaining the exclusion from the "
           "duty to confirm or deny outweighs the public interest in confirming or denying.",
           "",
           "This letter is a refusal notice under section 17 of the Act.",
           "",
           "If you are dissatisfied you may ask for an internal review within 40 working days, "
           "and may then complain to the Information Commissioner:",
           ico,
           "",
           "Yours sincerely",
           "Information Rights Officer",
           "",
           SYN]
    (OUT / fn).write_text("\n".join(out) + "\n", encoding="utf-8")
    label(fn, "txt", "Durham County Council", "E06000047", "refused", ["s31(3)"],
          {k: text for k in "12345"}, all_status("refused"), dict(NOT_STATED), [ico])


# =====================================================================================
# 21. Hull - PDF, bold "Question n" lines, boilerplate on page 2; answered
# =====================================================================================
def hull():
    fn = "kingston-upon-hull-letter.pdf"
    ico = "https://ico.org.uk/"
    A = {"1": ("Yes. The Hull Safeguarding Children Partnership reviewed its Bruising in Pre-Mobile "
               "Babies protocol in December 2022, shortly after the Panel's briefing. The review "
               "concluded that the protocol was out of step with the briefing because it required "
               "referral to children's social care for a strategy discussion in every case."),
         "2": "The review report and the revised protocol are enclosed.",
         "3": ("No. The revised protocol requires a medical assessment by a paediatrician and a "
               "conversation between the paediatrician and children's social care. A strategy "
               "discussion is called where either of them has a concern."),
         "4": ("The requirement for an automatic strategy discussion was removed; a new section on "
               "communicating with parents was added; and the reasons for the decision are now "
               "recorded in every case."),
         "5": ("Yes. The definition was revised to say that a baby is independently mobile once "
               "they can move from one place to another on their own, including by rolling. A baby "
               "who can roll is therefore not covered by the protocol, although practitioners are "
               "asked to consider whether the bruise fits the baby's stage of development. Age is "
               "not used.")}
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
    qs = ParagraphStyle("q", parent=base, fontName="Helvetica-Bold", spaceAfter=2, spaceBefore=4)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#0a2240")); c.rect(0, A4[1] - 20 * mm, A4[0], 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 14)
        c.drawString(20 * mm, A4[1] - 13 * mm, "Hull City Council")
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 13 * mm, "Information Governance")
        c.setFillColor(colors.black)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"Page {d.page}")
        c.setFont("Helvetica", 6.5); c.drawCentredString(A4[0] / 2, 9 * mm, SYN)
        c.restoreState()

    s = [P("Our reference: HCC/FOI/2025/018842", base), P("Date: 28th November 2025", base),
         P("Dear Sam Whitfield", base),
         P("Re: Freedom of Information request - bruising in non-mobile infants", qs),
         P("Your request has been dealt with under the Freedom of Information Act 2000. We are "
           "sorry for the delay in replying.", base)]
    for k in "12345":
        s += [P(f"Question {k}", qs), P(A[k], base)]
    s += [PageBreak(), P("Your rights", qs),
          P("You are entitled to ask for an internal review of our decision. Requests should be "
            "made within 40 working days. If you are not content with the outcome of the review "
            f"you may apply to the Information Commissioner: {ico}", base),
          P("Yours sincerely", base), P("Information Governance Team, Hull City Council", base)]
    pdf_build(OUT / fn, s, page, page, "HCC/FOI/2025/018842", "Hull City Council",
              margins=(30, 20, 25, 20))
    label(fn, "pdf", "Hull City Council", "E06000010", "answered", [], A, all_status("answered"),
          F("formal", "2022-12", "yes", "no", "yes", "yes", "no", "no", None), [ico])


# =====================================================================================
# 22. Barnet - DOCX numbered list; informal (2023); Q4 refers to Q1; answered
# =====================================================================================
def barnet():
    fn = "barnet-numbered-list.docx"
    ico = "https://ico.org.uk/"
    A = {"1": ("There was no formal review. During 2023 the Barnet Safeguarding Children "
               "Partnership's Quality and Performance subgroup considered the Panel's briefing "
               "alongside the London procedures and concluded that local practice was consistent "
               "with it. No changes were considered necessary."),
         "2": "No separate papers were produced on this matter.",
         "3": "No.",
         "4": "Please see our answer to question 1.",
         "5": ("No, the definition has not changed. Babies who can roll but cannot yet crawl, "
               "shuffle or cruise continue to be treated as not independently mobile.")}
    d = docx.Document()
    docx_props(d, "FOI 10294871", "London Borough of Barnet")
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "London Borough of Barnet"
    docx_syn_footer(sec, extra="Barnet Council  |  FOI 10294871")
    d.add_paragraph("FOI request 10294871\n1 December 2025")
    d.add_paragraph(f"Dear {REQUESTER},")
    d.add_paragraph("We have now completed our search for the information you requested. You "
                    "asked about the review of safeguarding policies on bruising in non-mobile "
                    "infants following the national panel's guidance of September 2022. Our "
                    "answers, numbered in the same order as your questions, are:")
    for k in "12345":
        d.add_paragraph(A[k], style="List Number")
    p = d.add_paragraph("If you are unhappy with this response you may ask for an internal "
                        "review, and after that you may complain to the ICO at ")
    docx_hyperlink(p, ico)
    d.add_paragraph("Kind regards,\nFOI Team\nBarnet Council")
    docx_save(d, OUT / fn)
    label(fn, "docx", "London Borough of Barnet", "E09000003", "answered", [], A,
          {"1": "answered", "2": "answered", "3": "answered", "4": "see_other", "5": "answered"},
          F("informal", "2023", "no", "no", "no", "no", "yes", "not_stated", None), [ico])


# =====================================================================================
# Rejects
# =====================================================================================
def westminster_clarification():
    fn = "westminster-clarification.eml"
    text = (f"Dear Mr Whitfield,\n\nRequest for information: bruising in non-mobile infants "
            "(our ref 7749221)\n\nThank you for your request. Before we can answer it we need to "
            "check what you are asking for. Safeguarding procedures in Westminster are shared with "
            "the Royal Borough of Kensington and Chelsea. Could you please confirm whether you want "
            "information about the City Council's own children's services guidance, about the "
            "joint partnership's multi-agency procedure, or both? It would also help to know "
            "whether by 'papers' you mean formal reports only or also emails between officers.\n\n"
            "We will not be able to process your request until we receive your reply. The 20 "
            "working day period for responding will begin again when we receive it. If we have "
            "not heard from you within three months we will treat the request as closed.\n\n"
            "Kind regards\n\nJ. Okafor\nInformation Compliance Officer\nWestminster City Council\n\n"
            "> " + RQ["1"] + "\n> ...\n\n" + SYN + "\n")
    msg = EmailMessage()
    msg["From"] = "Westminster Information Compliance <foi@westminster.gov.uk>"
    msg["To"] = REQ_EMAIL
    msg["Subject"] = "Clarification needed - your request 7749221"
    msg["Date"] = edate(2025, 10, 23, 9, 12)
    msg["Message-ID"] = "<7749221.clarify@westminster.gov.uk.example>"
    msg.set_content(text, charset="utf-8", cte="7bit")
    eml_finish(msg, OUT / fn, [])
    reject(fn, "eml", "clarification")


def barnet_delay():
    fn = "barnet-delay-apology.txt"
    out = ["From: FOI Team, London Borough of Barnet",
           "To: " + REQ_EMAIL,
           "Date: 18/11/2025",
           "Subject: FOI 10294871 - update on your request",
           "",
           f"Dear {REQUESTER},",
           "",
           "I am sorry that we have not been able to reply to your request about bruising in "
           "non-mobile infants within the 20 working days allowed. We are still gathering "
           "information from colleagues in the Barnet Safeguarding Children Partnership.",
           "",
           "We now expect to send you a full response by 1st December 2025. Please accept our "
           "apologies for the delay.",
           "",
           "Kind regards,",
           "FOI Team",
           "Barnet Council",
           "",
           SYN]
    (OUT / fn).write_text("\n".join(out) + "\n", encoding="utf-8")
    reject(fn, "txt", "reminder")


def rochdale_foster():
    fn = "rochdale-foster-carers-disclosure.html"
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FOI RBC-FOI-25-05117 Number of foster carers | Rochdale Borough Council</title></head>
<body>
<!-- {SYN} -->
<div class="cookie-bar">We use cookies to improve your experience. <a href="/cookies">Manage cookies</a></div>
<header><a href="/" class="logo">Rochdale Borough Council</a><nav><a href="/bins-and-recycling">Bins</a> <a href="/council-tax">Council tax</a> <a href="/children-and-families">Children and families</a> <a href="/contact-us">Contact</a></nav></header>
<nav class="crumbs"><a href="/">Home</a> / <a href="/council">Council</a> / <a href="/foi-disclosure-log">FOI disclosure log</a></nav>
<main>
<h1>Number of approved foster carers</h1>
<p><strong>Reference:</strong> RBC-FOI-25-05117 &nbsp; <strong>Date of response:</strong> 7 November 2025</p>
<h2>Request</h2>
<ol>
<li>How many mainstream foster households were approved by the Council on 31 March 2025?</li>
<li>How many new foster households were approved in 2024/25, and how many were deregistered?</li>
<li>How many connected persons (family and friends) carers were approved on 31 March 2025?</li>
</ol>
<h2>Response</h2>
<ol>
<li>112 mainstream fostering households.</li>
<li>19 households were approved and 23 were deregistered during 2024/25.</li>
<li>47 connected persons fostering households.</li>
</ol>
<p>Figures are taken from the fostering service&#39;s management information and may differ slightly from those published nationally.</p>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · Rochdale Borough Council, Number One Riverside, Rochdale OL16 1XU</footer>
</body></html>
"""
    (OUT / fn).write_text(html, encoding="utf-8")
    reject(fn, "html", "other_request")


def main():
    for f in [hillingdon, havering, merton, richmond, southwark, waltham_forest, westminster,
              wandsworth, newham, leicester, nottingham, peterborough, milton_keynes,
              west_berkshire, north_somerset, south_gloucestershire, west_sussex, rochdale,
              oldham, durham, hull, barnet, westminster_clarification, barnet_delay,
              rochdale_foster]:
        f()
    labels.sort(key=lambda d: d["file"])
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(labels)} documents")


if __name__ == "__main__":
    main()
