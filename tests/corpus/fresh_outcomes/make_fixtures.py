#!/usr/bin/env python3
"""Generate the `fresh_outcomes` corpus: synthetic council replies (and non-replies)
to the round-robin FOI request on bruising in non-mobile infants.

Every document is invented for testing. Council names and GSS codes are real facts;
the wording and the positions attributed to each council are not.

Deterministic: fixed dates, fixed MIME boundaries, reportlab invariant mode and
normalised zip timestamps for DOCX files.  Run:

    python make_fixtures.py            # writes into the folder holding this script
"""
import datetime as _dt
import html
import io
import json
import os
import sys
import zipfile
import email.charset
from email import policy
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from reportlab import rl_config

rl_config.invariant = 1  # deterministic PDF ids and dates

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
    Spacer, Table, TableStyle)

import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SYNTH_LINE = "Synthetic test document written for foi-responses; not a real council reply."
FIXED_DT = _dt.datetime(2026, 1, 20, 9, 0, 0)
REQUESTER = "Ms J. Ashworth"
REQUESTER_EMAIL = "j.ashworth.requests@example.org"

ICO_COMPLAINT = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk/"
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

# The request, in the requester's own (invented) words, with her typo in question 1.
REQ_INTRO = ("In September 2022 the Child Safeguarding Practice Review Panel published a "
             "briefing on bruising in non-mobile infants which asked every safeguarding "
             "partner to look again at its current policies and make sure they were "
             "consistent with the evidence base and with national guidelines.")
REQ_Q = [
    "Was their a review of your safeguarding policies after this guidance came out? If so, "
    "when was it, and what did it conclude?",
    "Please provide any papers that give information on the outcome of that review.",
    "Does your policy require a section 47 investigation or a strategy discussion in all cases?",
    "What changes were made to bring your policy into line with the evidence base and "
    "national guidelines?",
    "Has your definition of when a child is not independently mobile changed, and how is it "
    "defined now? In particular, are babies who can roll defined as not independently mobile, "
    "and is a child classed as not independently mobile on the basis of age?",
]
# URL the requester put in her own message (must NOT be labelled as a council link)
REQ_URL = ("https://www.gov.uk/government/publications/"
           "child-safeguarding-practice-review-panel-bruising-briefing")

LABELS = []


def esc(s):
    return html.escape(s, quote=False)


def label_reply(file, fmt, authority, code, outcome, exemptions, answers, status, fields,
                links, sender_kind=None):
    assert outcome in {"answered", "partial", "refused", "not_held", "redirected"}
    assert set(status) == {"1", "2", "3", "4", "5"}
    for v in status.values():
        assert v in {"answered", "see_other", "not_held", "refused", "redirected",
                     "not_answered"}, v
    d = {"file": file, "format": fmt, "authority": authority, "authority_code": code}
    if sender_kind:
        d["sender_kind"] = sender_kind
    d.update({"outcome": outcome, "exemptions": exemptions,
              "answers": {k: answers.get(k) for k in "12345"},
              "status": status, "fields": fields, "links": links})
    LABELS.append(d)


def label_reject(file, fmt, why):
    LABELS.append({"file": file, "format": fmt, "reject": True, "why": why})


def fields(review="not_stated", date=None, papers="not_stated", s47="not_stated",
           changes="not_stated", defn="not_stated", rolling="not_stated",
           age="not_stated", months=None):
    return {"review_held": review, "review_date": date, "papers_provided": papers,
            "s47_all_cases": s47, "changes_made": changes, "definition_changed": defn,
            "rolling_is_non_mobile": rolling, "age_based": age,
            "age_threshold_months": months}


NOTHING = fields()
ALL = lambda v: {k: v for k in "12345"}  # noqa: E731


# --------------------------------------------------------------------------- helpers
def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip (DOCX) with fixed timestamps and order so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(document) -> bytes:
    cp = document.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    return normalise_zip(buf.getvalue())


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(data)


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def add_page_field(paragraph, prefix="Page ", with_total=True):
    def field(run, code):
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        i = OxmlElement("w:instrText")
        i.set(qn("xml:space"), "preserve")
        i.text = code
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t")
        t.text = "1"
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        for el in (b, i, s, t, e):
            run._r.append(el)
    paragraph.add_run(prefix)
    field(paragraph.add_run(), "PAGE")
    if with_total:
        paragraph.add_run(" of ")
        field(paragraph.add_run(), "NUMPAGES")


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def new_docx(title, author, subject):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.subject = subject
    cp.comments = SYNTH_LINE
    cp.keywords = "synthetic; test fixture; foi-responses"
    cp.category = "Synthetic test document"
    return d


def pdf_doc(path, title, author, **kw):
    return SimpleDocTemplate(
        os.path.join(OUT, path), pagesize=A4, title=title, author=author,
        subject="Synthetic test document (foi-responses)", creator="foi-responses fixtures",
        keywords="synthetic, test fixture, not a real council reply", **kw)


def P(text, style):
    return Paragraph(esc(text), style)


# =========================================================================== 1. PDF
def lancashire_s12():
    fn = "lancashire-section12-refusal.pdf"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5,
                          leading=14.5, spaceAfter=7)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11.5,
                          spaceBefore=6)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=12)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, fontSize=9.5, leading=12.5)
    proc_url = "https://www.lancashire.gov.uk/safeguarding-children/procedures/"

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d4f91"))
        c.rect(0, A4[1] - 30 * mm, A4[0], 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(20 * mm, A4[1] - 16 * mm, "Lancashire County Council")
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, A4[1] - 23 * mm,
                     "Information Governance Team  |  County Hall  |  Preston")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 12 * mm, "FOI/25/04417")
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, "Page %d of 2" % doc.page)
        c.setFont("Helvetica-Oblique", 6)
        c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 7 * mm, SYNTH_LINE)
        c.restoreState()

    doc = pdf_doc(fn, "FOI/25/04417 refusal notice", "Lancashire County Council",
                  topMargin=40 * mm, bottomMargin=22 * mm, leftMargin=20 * mm,
                  rightMargin=20 * mm)
    s = []
    s.append(Paragraph("Our reference: FOI/25/04417<br/>Your reference: not given<br/>"
                       "Date: 9 December 2025", right))
    s.append(P("Ms J Ashworth", body))
    s.append(P("By email only: " + REQUESTER_EMAIL, body))
    s.append(Spacer(1, 4))
    s.append(P("Dear Ms Ashworth,", body))
    s.append(P("Freedom of Information Act 2000 - bruising in non-mobile babies", head))
    s.append(P("Thank you for your request, which we received on 18 November 2025. You asked "
               "whether the Council reviewed its safeguarding policies after the Child "
               "Safeguarding Practice Review Panel's briefing of September 2022, for the papers "
               "on the outcome of any review, whether our policy requires a section 47 enquiry "
               "or strategy discussion in all cases, what changes were made, and how we define "
               "a child who is not independently mobile.", body))
    s.append(P("Decision", head))
    s.append(P("I am sorry to tell you that the Council is refusing your request under section "
               "12 of the Freedom of Information Act 2000, because the cost of complying with "
               "it would exceed the appropriate limit.", body))
    s.append(P("Why the limit applies", head))
    s.append(P("Safeguarding policy work in Lancashire between 2022 and 2024 was carried out "
               "across the Council's children's services, the three safeguarding partners and a "
               "number of working groups. Records of that work are not kept in one place: they "
               "sit in the team sites and mailboxes of at least fourteen services. To find out "
               "whether a review took place, when, and what papers it produced (questions 1, 2 "
               "and 4), officers would need to search each of those locations by hand and read "
               "the material to decide whether it is in scope.", body))
    s.append(P("A sample search of two services took just under five hours. On that basis we "
               "estimate that answering those questions alone would take more than 40 hours. "
               "The Freedom of Information and Data Protection (Appropriate Limit and Fees) "
               "Regulations 2004 set the limit for local authorities at £450, which is 18 hours "
               "of staff time at £25 an hour. Where the cost of answering one part of a request "
               "exceeds the limit, the Council is not required to answer any part of it, and "
               "for that reason we have not answered questions 3 and 5 either.", body))
    s.append(PageBreak())
    s.append(P("Advice and assistance", head))
    s.append(P("You may be able to bring a new request within the limit. For example, a "
               "request limited to questions 3 and 5, which concern the procedure in force "
               "today, could probably be answered. The current multi-agency procedures are "
               "also published on our website:", body))
    s.append(P(proc_url, body))
    s.append(P("A new request would be treated as a fresh request and the 20 working day "
               "period would start again.", body))
    s.append(P("Your right to complain", head))
    s.append(P("If you are unhappy with this decision you may ask for an internal review by "
               "writing to the Information Governance Team, County Hall, Preston, or by email "
               "to information.governance@lancashire.gov.uk, within 40 working days of the date "
               "of this letter.", body))
    s.append(P("If you remain dissatisfied after the internal review you may complain to the "
               "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
               "Cheshire SK9 5AF, or online at " + ICO_COMPLAINT, body))
    s.append(Spacer(1, 8))
    s.append(P("Yours sincerely,", body))
    s.append(Spacer(1, 14))
    s.append(P("Rachel Pilling", body))
    s.append(P("Information Governance Officer", small))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
    label_reply(fn, "pdf", "Lancashire County Council", "E10000017", "refused", ["s12"],
                ALL(None), ALL("refused"), NOTHING, [proc_url, ICO_COMPLAINT])


# =========================================================================== 2. TXT
def thurrock_cost_limit():
    fn = "thurrock-cost-limit.txt"
    text = f"""================================================================
 THURROCK COUNCIL  -  INFORMATION REQUESTS
 Case export (response letter)
================================================================
 Case reference   : 25-1197-FOI
 Received         : 20/11/2025
 Response issued  : 11/12/2025
 Category         : Children's Services / Safeguarding
 Status           : CLOSED - Refused (cost)
================================================================

Dear Requester,

Re: Bruising in non-mobile infants - safeguarding policy review

Thank you for your request for information received on 20 November
2025. You asked five questions about any review of the Council's
safeguarding policies after the Child Safeguarding Practice Review
Panel's 2022 briefing on bruising in non-mobile infants, the papers
from that review, the use of section 47 enquiries and strategy
discussions, the changes made, and the definition of a child who is
not independently mobile.

Response

We have now considered your request. Information about safeguarding
policy development since 2022 is held partly in the Council's
Children's Services records and partly in the records of the Thurrock
Local Safeguarding Children Partnership's subgroups, which are stored
by meeting date and not by subject. Identifying whether any of this
material relates to the Panel's briefing would mean reading the
agendas, minutes and papers of every subgroup meeting held from
September 2022 to date - around 120 meetings.

We estimate that locating, retrieving and extracting the information you
have asked for would exceed the appropriate limit of £450 / 18 hours that
applies to local authorities. The Council is therefore not obliged to
comply with your request, and this email is our notice refusing it.

Advice and assistance

We are required to offer you advice and assistance. If you were to
narrow your request - for instance by asking only for the current
procedure on bruising in non-mobile babies and the definition of
mobility it uses - we would be happy to consider it again as a new
request.

Your rights

If you are unhappy with the way we have handled your request, you may
ask for an internal review. Please write to
information.requests@thurrock.gov.uk within 40 working days, quoting
the case reference above.

If you are still not satisfied after the internal review, you have the
right to complain to the Information Commissioner. Details are on the
Commissioner's website: {ICO_HOME}

Kind regards

Information Requests Team
Thurrock Council
Civic Offices, New Road, Grays
----------------------------------------------------------------
{SYNTH_LINE}
"""
    write_text(fn, text)
    label_reply(fn, "txt", "Thurrock Council", "E06000034", "refused", ["s12"],
                ALL(None), ALL("refused"), NOTHING, [ICO_HOME])


# =========================================================================== 3. HTML
HTML_COOKIE = """<div class="cookie-banner" role="region" aria-label="Cookies on this site">
  <p>We use some essential cookies to make this website work. We'd also like to set
  analytics cookies to help us improve it.</p>
  <button type="button">Accept analytics cookies</button>
  <button type="button">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>"""


def sutton_not_held():
    fn = "sutton-not-held.html"
    rows = [
        ("Was there a review of your safeguarding policies after the guidance, when, and "
         "what did it conclude?",
         "Information not held. The Council does not hold recorded information showing "
         "whether a review of this kind took place, when it took place or what it concluded."),
        ("Papers giving information on the outcome of the review.",
         "Information not held. The Council holds no papers about the outcome of such a "
         "review."),
        ("Does the policy require a section 47 investigation or strategy discussion in all "
         "cases?",
         "Information not held. The Council does not hold a local policy document of its own "
         "on bruising in non-mobile infants, so we hold no information for this question."),
        ("Changes made for consistency with the evidence base and national guidelines.",
         "Not held."),
        ("Changes to the definition of a child who is not independently mobile, and the "
         "current definition.",
         "Information not held. We do not hold a locally agreed definition of 'not "
         "independently mobile', or any record of a change to one."),
    ]
    trs = "\n".join(
        f'        <tr><th scope="row">{i}</th><td>{esc(q)}</td><td>{esc(a)}</td></tr>'
        for i, (q, a) in enumerate(rows, 1))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
<title>FOI 8823416 - Bruising in non-mobile infants | Sutton Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/custom/sutton/css/main.css">
</head>
<body class="path-node page-node-type-disclosure">
{HTML_COOKIE}
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/themes/custom/sutton/logo.svg" alt="Sutton Council home"></a>
  <form class="site-search" action="/search" method="get">
    <label for="q">Search</label><input id="q" name="q" type="search">
    <button type="submit">Search</button>
  </form>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council Tax</a></li>
      <li><a href="/children-families">Children and families</a></li>
      <li><a href="/your-council">Your council</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/your-council">Your council</a></li>
    <li><a href="/your-council/freedom-information">Freedom of information</a></li>
    <li><a href="/your-council/freedom-information/disclosure-log">Disclosure log</a></li>
    <li aria-current="page">FOI 8823416</li>
  </ol>
</nav>
<main id="main-content">
  <h1>Bruising in non-mobile infants: safeguarding policy review</h1>
  <dl class="foi-meta">
    <dt>Reference</dt><dd>FOI 8823416</dd>
    <dt>Date received</dt><dd>19 November 2025</dd>
    <dt>Date of response</dt><dd>4 December 2025</dd>
    <dt>Service area</dt><dd>People Services</dd>
  </dl>
  <h2>Request</h2>
  <p>The requester asked whether the Council had reviewed its safeguarding policies on
  bruising in non-mobile infants following the September 2022 briefing from the Child
  Safeguarding Practice Review Panel, and put five questions, summarised in the table
  below.</p>
  <h2>Response</h2>
  <table class="foi-response">
    <caption>Questions and responses</caption>
    <thead><tr><th scope="col">No.</th><th scope="col">Question (summary)</th><th scope="col">Response</th></tr></thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>In summary, the London Borough of Sutton holds no information within the scope of
  this request.</p>
  <h3>If you are not satisfied</h3>
  <p>You can ask for an internal review within 40 working days by emailing
  foi@sutton.gov.uk. If you are still unhappy after that, you can complain to the
  Information Commissioner's Office: {ICO_COMPLAINT}</p>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact-us">Contact us</a></li>
  </ul>
  <p>&copy; London Borough of Sutton 2026</p>
</footer>
</body>
</html>
"""
    write_text(fn, page)
    answers = {str(i): a for i, (_, a) in enumerate(rows, 1)}
    label_reply(fn, "html", "London Borough of Sutton", "E09000029", "not_held", [],
                answers, ALL("not_held"), fields(papers="no"), [ICO_COMPLAINT])


# =========================================================================== 4. DOCX
def wokingham_lscp_redirect():
    fn = "wokingham-lscp-redirect.docx"
    bw_url = "https://www.berkshirewestsafeguardingchildrenpartnership.org.uk/"
    d = new_docx("Response to FOI request WBC/FOI/2025/3312", "Wokingham Borough Council",
                 "Freedom of Information response")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Wokingham Borough Council\tInformation Governance"
    hp.runs[0].bold = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    fp2 = sec.footer.add_paragraph(SYNTH_LINE)
    fp2.runs[0].font.size = Pt(6)
    fp2.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 1))
    top.text = "Freedom of Information request - details"
    top.paragraphs[0].runs[0].bold = True
    shade(top, "D9E2F3")
    for r, (k, v) in enumerate([("Our reference", "WBC/FOI/2025/3312"),
                                ("Received", "21 November 2025"),
                                ("Responded", "16 December 2025"),
                                ("Outcome", "Information not held by the Council - held by "
                                            "another body")], 1):
        t.cell(r, 0).text = k
        t.cell(r, 1).text = v
    d.add_paragraph()
    d.add_paragraph("Dear Ms Ashworth")
    d.add_heading("Review of policies on bruising in non-mobile infants", level=1)
    d.add_paragraph("Thank you for your request for information, which is reproduced below.")
    d.add_paragraph(REQ_INTRO).runs[0].italic = True
    for q in REQ_Q:
        p = d.add_paragraph(q, style="List Number")
        p.runs[0].italic = True
    d.add_heading("Our response", level=2)
    para1 = ("Wokingham Borough Council does not hold the information you have asked for. "
             "The multi-agency safeguarding policies that apply in Wokingham, including the "
             "protocol for bruising in babies who are not independently mobile, are owned, "
             "reviewed and published by the Berkshire West Safeguarding Children Partnership. "
             "The Partnership covers Reading, West Berkshire and Wokingham, and its business "
             "unit keeps the records of its policy reviews, including any review carried out "
             "after the Panel's September 2022 briefing.")
    d.add_paragraph(para1)
    d.add_paragraph("For this reason we have not answered your five questions individually. "
                    "We suggest that you send your request to the Partnership, which has "
                    "told us it is happy to deal with it:")
    for line in ["Berkshire West Safeguarding Children Partnership",
                 "Business Unit, Civic Offices, Bridge Street, Reading RG1 2LU",
                 "Email: bwscp@reading.gov.uk",
                 "Website: " + bw_url]:
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Your rights", level=2)
    d.add_paragraph("If you are dissatisfied with the handling of your request you may ask "
                    "for an internal review. Please contact the Information Governance Team "
                    "at foi@wokingham.gov.uk within 40 working days.")
    d.add_paragraph("If you are not content with the outcome of the internal review, you may "
                    "apply to the Information Commissioner, Wycliffe House, Water Lane, "
                    "Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113, website "
                    + ICO_HOME)
    d.add_paragraph("Yours sincerely")
    p = d.add_paragraph()
    p.add_run("Information Governance Team").bold = True
    d.add_paragraph("Wokingham Borough Council, Shute End, Wokingham")
    write_bytes(fn, docx_bytes(d))
    label_reply(fn, "docx", "Wokingham Borough Council", "E06000041", "redirected", [],
                ALL(None), ALL("redirected"), NOTHING, [bw_url, ICO_HOME])


# =========================================================================== 5. EML
def mid_suffolk_district():
    fn = "mid-suffolk-district-redirect.eml"
    scc_url = ("https://www.suffolk.gov.uk/council-and-democracy/"
               "open-data-and-transparency/freedom-of-information/")
    html_body = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">
<p>Dear Ms Ashworth,</p>
<p><b>Freedom of Information request MS/FOI/25/0844 &ndash; bruising in non-mobile infants</b></p>
<p>Thank you for your email of 17 November 2025.</p>
<p>Mid Suffolk District Council is a district (lower tier) council. We do not provide
children's services or children's social care, and we are not one of the statutory
safeguarding partners for the area. We therefore hold no safeguarding policy on bruising in
non-mobile infants and no records of any review of such a policy.</p>
<p>In Suffolk, children's social care and the multi-agency safeguarding arrangements are the
responsibility of Suffolk County Council, which is one of the three statutory partners of the
Suffolk Safeguarding Partnership. Suffolk County Council holds the information you are looking
for, and we recommend that you send your request to them:</p>
<p>Suffolk County Council, Information Governance, Endeavour House, 8 Russell Road, Ipswich
IP1 2BX<br>
Email: foi@suffolk.gov.uk<br>
Online: <a href="{scc_url}">{scc_url}</a></p>
<p>If you are unhappy with this response you can ask us for an internal review, and you can
also contact the Information Commissioner's Office (<a href="{ICO_HOME}">{ICO_HOME}</a>).</p>
<p>Kind regards,</p>
<p>Daniel Okafor<br>
Information Governance Officer<br>
<b>Mid Suffolk District Council</b><br>
Endeavour House, 8 Russell Road, Ipswich IP1 2BX</p>
<hr>
<div style="color:#555">
<p><b>From:</b> J Ashworth &lt;{REQUESTER_EMAIL}&gt;<br>
<b>Sent:</b> 17 November 2025 08:12<br>
<b>To:</b> FOI &lt;foi@midsuffolk.gov.uk&gt;<br>
<b>Subject:</b> Freedom of Information request - bruising in non-mobile infants</p>
<p>Dear Sir or Madam,</p>
<p>{esc(REQ_INTRO)} (The briefing is here: {REQ_URL})</p>
<ol>
{''.join('<li>' + esc(q) + '</li>' for q in REQ_Q)}
</ol>
<p>Yours faithfully,<br>J Ashworth</p>
</div>
</body></html>
"""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "Mid Suffolk District Council FOI <foi@midsuffolk.gov.uk>"
    m["To"] = f"J Ashworth <{REQUESTER_EMAIL}>"
    m["Date"] = "Tue, 02 Dec 2025 14:37:05 +0000"
    m["Subject"] = "RE: Freedom of Information request - bruising in non-mobile infants [MS/FOI/25/0844]"
    m["Message-ID"] = "<MS-FOI-25-0844.reply@midsuffolk.gov.uk>"
    m["In-Reply-To"] = "<req-20251117-0812@example.org>"
    m["X-Synthetic-Test-Document"] = "yes"
    m.set_content(html_body, subtype="html", cte="quoted-printable")
    write_bytes(fn, m.as_bytes())
    label_reply(fn, "eml", "Mid Suffolk District Council", None, "redirected", [],
                ALL(None), ALL("redirected"), NOTHING, [scc_url, ICO_HOME],
                sender_kind="district")


# =========================================================================== 6. DOCX
def hampshire_partial_s36():
    fn = "hampshire-partial-s36.docx"
    hips_url = "https://www.hipsprocedures.org.uk/bruising-non-mobile-children"
    a1 = ("Yes. The joint procedures group of the Hampshire, Isle of Wight, Portsmouth and "
          "Southampton (HIPS) safeguarding children partnerships reviewed the HIPS protocol "
          "for bruising and injuries in non-mobile children following the Panel's briefing. "
          "The protocol had last been revised in July 2021. The review began in January 2023 "
          "and concluded in May 2023, when the group agreed that the protocol should be "
          "revised to introduce a documented initial appraisal before any referral for a "
          "strategy discussion. A further review is planned for 2026 to take account of the "
          "NICE update of December 2025.")
    a2 = ("The Council holds the papers presented to the procedures group and the notes of "
          "its meetings. These are withheld under section 36(2)(b)(ii) of the Freedom of "
          "Information Act 2000, because in the reasonable opinion of the Council's qualified "
          "person, given on 10 December 2025, their disclosure would be likely to inhibit the "
          "free and frank exchange of views for the purposes of deliberation. Our "
          "consideration of the public interest is set out at the end of this response.")
    a3 = ("No. The revised protocol requires that every non-mobile baby with a bruise is "
          "discussed with children's social care and seen by a paediatrician. Whether a "
          "strategy discussion is held is decided after that initial appraisal and is not "
          "automatic. The current protocol is published at " + hips_url)
    a4_intro = "The following changes were made to the protocol:"
    a4_items = ["a documented initial appraisal by the referrer and the children's social "
                "care front door, using a standard form;",
                "clearer guidance for practitioners on explaining the protocol to parents, "
                "with a new leaflet for families;",
                "a reference to the Panel's briefing and to the research evidence in the "
                "protocol's introduction."]
    a4 = a4_intro + "\n" + "\n".join(a4_items)
    a5 = ("Yes. The definition was reworded in the revised protocol. A child is considered "
          "not independently mobile if they are not yet crawling, bottom shuffling, pulling to "
          "stand, cruising or walking. A baby who can roll over but cannot move in any of "
          "these ways is still treated as not independently mobile. The definition is based "
          "on the child's developmental stage and not on age.")

    d = new_docx("FOI response HCC 25-11-0673", "Hampshire County Council",
                 "Freedom of Information response - partial disclosure")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Hampshire County Council - Children's Services"
    sec.header.add_paragraph("OFFICIAL").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp, prefix="Page ", with_total=False)
    f2 = sec.footer.add_paragraph(SYNTH_LINE)
    f2.runs[0].font.size = Pt(6)

    d.add_heading("Freedom of Information Request - Response", level=0)
    t = d.add_table(rows=3, cols=4)
    t.style = "Light Grid Accent 1"
    hdr = t.cell(0, 0).merge(t.cell(0, 3))
    hdr.text = "Request details"
    t.cell(1, 0).text = "Reference"
    t.cell(1, 1).text = "HCC 25-11-0673"
    t.cell(1, 2).text = "Date received"
    t.cell(1, 3).text = "18th November 2025"
    t.cell(2, 0).text = "Date of response"
    t.cell(2, 1).merge(t.cell(2, 3)).text = "15th December 2025"
    d.add_paragraph()
    d.add_heading("Your request", level=1)
    d.add_paragraph("You referred to the Child Safeguarding Practice Review Panel's briefing "
                    "of 29 September 2022 and asked the following questions. Our answers "
                    "follow each question.")
    answers = [a1, a2, a3, None, a5]
    for i, q in enumerate(REQ_Q):
        p = d.add_paragraph()
        r = p.add_run(f"{i + 1}. {q}")
        r.bold = True
        if i == 3:
            d.add_paragraph(a4_intro)
            for item in a4_items:
                d.add_paragraph(item, style="List Bullet")
        else:
            d.add_paragraph(answers[i])
    d.add_heading("Section 36 - public interest test", level=1)
    d.add_paragraph("Section 36 is a qualified exemption. In favour of disclosure, we "
                    "considered:")
    for item in ["the general public interest in transparency about how safeguarding "
                 "procedures are made;",
                 "the public interest in understanding how the Panel's national learning "
                 "has been applied locally."]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("Against disclosure, we considered:")
    for item in ["the need for practitioners from different agencies to be able to test "
                 "options candidly while a protocol is being revised;",
                 "that the outcome of the review, the revised protocol, is already public."]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("On balance we have concluded that the public interest in maintaining the "
                    "exemption outweighs the public interest in disclosure.")
    d.add_heading("Re-use and your right to complain", level=1)
    d.add_paragraph("Information we supply may be re-used under the Open Government Licence: "
                    + OGL)
    d.add_paragraph("If you are unhappy with this response, please ask for an internal review "
                    "by writing to foi@hants.gov.uk within 40 working days. You may then "
                    "complain to the Information Commissioner: " + ICO_COMPLAINT)
    write_bytes(fn, docx_bytes(d))
    label_reply(fn, "docx", "Hampshire County Council", "E10000014", "partial",
                ["s36(2)(b)(ii)"],
                {"1": a1, "2": a2, "3": a3, "4": a4, "5": a5},
                {"1": "answered", "2": "refused", "3": "answered", "4": "answered",
                 "5": "answered"},
                fields("formal", "2023-05", "no", "no", "yes", "yes", "yes", "no", None),
                [hips_url, OGL, ICO_COMPLAINT])


# =========================================================================== 7. PDF
def salford_partial_s40_s22():
    fn = "salford-partial-s40-s22.pdf"
    scp_url = "https://www.salfordscp.org.uk/"
    a1 = ("Yes. The Greater Manchester Safeguarding Procedures Group, which maintains the "
          "procedures used by all ten Greater Manchester partnerships including the Salford "
          "Safeguarding Children Partnership, reviewed the bruising protocol in the autumn of "
          "2023. It concluded that the protocol was already consistent with the evidence base "
          "and that the requirement for a strategy discussion in every case should be kept.")
    a2 = ("We hold the notes of the working group and a draft report. The notes record the "
          "names, job titles and opinions of individual practitioners, and we consider that "
          "they are exempt under Section 40 (2) of the Act (personal information), because "
          "disclosure would breach the first data protection principle. The final report of "
          "the review will be published on the Partnership's website (" + scp_url + ") in the "
          "spring of 2026, and is exempt until then under section 22 (information intended "
          "for future publication). We consider it reasonable in all the circumstances to "
          "withhold it until publication.")
    a3 = ("Yes. Our procedure requires a strategy discussion in all cases where a bruise is "
          "found on a baby who is not independently mobile, whether or not a section 47 "
          "enquiry then follows.")
    a4 = "None. The review did not recommend any change to the procedure."
    a5 = ("No, the definition has not changed. For the purposes of the protocol, all babies "
          "under 6 months old are regarded as not independently mobile, together with any "
          "older child who cannot yet crawl, bottom shuffle, cruise or walk. A baby who can "
          "roll over is not regarded as mobile.")
    qs_short = ["Was there a review after the guidance; when; what did it conclude?",
                "Papers on the outcome of the review.",
                "Does the policy require a s47 investigation or strategy discussion in all "
                "cases?",
                "Changes made for consistency with the evidence base and national "
                "guidelines.",
                "Changes to the definition of not independently mobile; rolling; age."]
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11,
                          leading=14, spaceAfter=6)
    cell = ParagraphStyle("c", parent=body, fontSize=10, leading=12.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Times-Bold")
    head = ParagraphStyle("h", parent=body, fontName="Times-Bold", fontSize=13, spaceBefore=4)

    def on_page(c, doc):
        c.saveState()
        c.setFont("Times-Bold", 15)
        c.drawString(20 * mm, A4[1] - 18 * mm, "SALFORD CITY COUNCIL")
        c.setFont("Times-Italic", 9)
        c.drawString(20 * mm, A4[1] - 23 * mm, "Information Governance  -  Salford Civic "
                     "Centre, Chorley Road, Swinton M27 5AW")
        c.setStrokeColor(colors.HexColor("#c8102e"))
        c.setLineWidth(1.5)
        c.line(20 * mm, A4[1] - 26 * mm, A4[0] - 20 * mm, A4[1] - 26 * mm)
        c.setFont("Times-Roman", 8.5)
        c.drawString(20 * mm, 13 * mm, "Our Ref: IG/FOI/8071")
        c.drawRightString(A4[0] - 20 * mm, 13 * mm, "Page %d" % doc.page)
        c.setFont("Times-Italic", 6)
        c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 8 * mm, SYNTH_LINE)
        c.restoreState()

    doc = pdf_doc(fn, "Freedom of Information response IG/FOI/8071", "Salford City Council",
                  topMargin=34 * mm, bottomMargin=22 * mm, leftMargin=20 * mm,
                  rightMargin=20 * mm)
    s = [P("02/01/2026", body), P("Our Ref: IG/FOI/8071", body),
         P("Dear Ms Ashworth", body),
         P("Freedom of Information Act 2000 - Request for Information", head),
         P("Your request was received on 24/11/2025. You asked about the review of local "
           "safeguarding policy following the Child Safeguarding Practice Review Panel's "
           "briefing on bruising in non-mobile infants. Our response to each part of your "
           "request is given in the table below. Some of the information for question 2 is "
           "withheld, for the reasons explained there.", body), Spacer(1, 6)]
    data = [[Paragraph("No.", cellb), Paragraph("Your question", cellb),
             Paragraph("Our response", cellb)]]
    for i, (q, a) in enumerate(zip(qs_short, [a1, a2, a3, a4, a5]), 1):
        data.append([Paragraph(str(i), cell), Paragraph(esc(q), cell),
                     Paragraph(esc(a), cell)])
    tbl = Table(data, colWidths=[12 * mm, 50 * mm, 108 * mm], repeatRows=1)
    tbl.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(tbl)
    s.append(Spacer(1, 10))
    s.append(KeepTogether([
        P("Public interest test (section 22)", head),
        P("Section 22 is a qualified exemption. We recognise the public interest in "
          "openness about safeguarding practice, but the report is to be published within a "
          "few months, in full and with an explanation, and early release of a draft that "
          "may still change would not serve the public interest.", body)]))
    s.append(PageBreak())
    s.append(P("Complaints", head))
    s.append(P("If you are unhappy with the way your request has been handled you can ask for "
               "an internal review by contacting foi@salford.gov.uk. If you are still unhappy "
               "you may contact the Information Commissioner's Office, Wycliffe House, Water "
               "Lane, Wilmslow, Cheshire SK9 5AF (" + ICO_HOME + ").", body))
    s.append(Spacer(1, 10))
    s.append(P("Yours sincerely", body))
    s.append(P("Information Governance Team", body))
    s.append(P("Salford City Council", body))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
    label_reply(fn, "pdf", "Salford City Council", "E08000006", "partial", ["s40(2)", "s22"],
                {"1": a1, "2": a2, "3": a3, "4": a4, "5": a5},
                {"1": "answered", "2": "refused", "3": "answered", "4": "answered",
                 "5": "answered"},
                fields("formal", "2023", "no", "yes", "no", "no", "yes", "yes", 6),
                [scp_url, ICO_HOME])


# =========================================================================== 8. TXT
def kirklees_partial_not_held():
    fn = "kirklees-partial-q2-not-held.txt"
    wy_url = "https://www.westyorkshireprocedures.org.uk/bruising-in-non-mobile-children"
    a1 = ("There was no formal review. The Panel's briefing was discussed by the Kirklees "
          "Safeguarding Children Partnership's Learning and Improvement subgroup on 14th March "
          "2023. Members compared the briefing with the West Yorkshire procedure for bruising "
          "in non-mobile children and agreed that the procedure was already consistent with "
          "it, so no further action was needed.")
    a2 = ("Not held. The item was discussed verbally and no papers were produced for it.")
    a3 = ("No. The procedure requires a referral to Children's Social Care and a paediatric "
          "assessment. Whether a strategy discussion is needed is decided on the outcome of "
          "that assessment and the information gathered.")
    a4 = ("No changes were made, as the procedure was judged to be consistent with the "
          "guidance already.")
    a5 = ("The definition has not changed. The West Yorkshire procedure describes a child as "
          "not independently mobile if they cannot crawl, bottom shuffle, cruise or walk. A "
          "baby who can only roll is therefore still treated as not independently mobile. "
          "Age is not used to decide this. The procedure can be read at " + wy_url)

    def wrap(s, width=74, indent=""):
        words, lines, cur = s.split(), [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(indent + cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(indent + cur)
        return "\n".join(lines)

    parts = []
    for i, (q, a) in enumerate(zip(REQ_Q, [a1, a2, a3, a4, a5]), 1):
        parts.append(wrap(f"Q{i}. {q}"))
        parts.append(wrap(f"A{i}. {a}"))
    qa = "\n\n".join(parts)
    text = f"""Kirklees Council
Information Governance Team
Civic Centre 3, Market Street, Huddersfield

Date: 8th January 2026
Reference: KC-FOI-2025-07731

Dear Ms Ashworth

FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION

I refer to your request dated 25 November 2025, in which you asked about
the review of safeguarding policies after the Child Safeguarding Practice
Review Panel's briefing on bruising in non-mobile infants. Your questions
and our answers are set out below.

{qa}

You may re-use this information under the terms of the Open Government
Licence: {OGL}

If you are unhappy with our response you may ask for an internal review
within 40 working days. After that, you may complain to the Information
Commissioner: {ICO_COMPLAINT}

Yours sincerely

P. Haigh
Information Governance Officer
Kirklees Council

{SYNTH_LINE}
"""
    write_text(fn, text)
    label_reply(fn, "txt", "Kirklees Council", "E08000034", "partial", [],
                {"1": a1, "2": a2, "3": a3, "4": a4, "5": a5},
                {"1": "answered", "2": "not_held", "3": "answered", "4": "answered",
                 "5": "answered"},
                fields("informal", "2023-03", "no", "no", "no", "no", "yes", "no", None),
                [wy_url, OGL, ICO_COMPLAINT])


# =========================================================================== 9. HTML
def north_tyneside_s21():
    fn = "north-tyneside-s21-link.html"
    proto = "https://www.northoftyneprocedures.org.uk/bruising-non-mobile-children"
    amend = "https://www.northoftyneprocedures.org.uk/amendments/february-2023"
    a1 = ("Yes. The Procedures Sub-Group of the North of Tyne safeguarding children "
          "partnership arrangements, which cover Newcastle, North Tyneside and Northumberland, "
          "reviewed the 'Bruising in Non-Mobile Children' protocol in November 2022, shortly "
          "after the Panel's briefing. It concluded that the protocol should be updated to "
          "add an initial appraisal step and a clearer definition of mobility. The revised "
          "protocol was published in February 2023.")
    a2 = ("The revised protocol, and the summary of amendments that explains the outcome of "
          "the review, are published on the procedures website. We are therefore applying "
          "section 21 of the Freedom of Information Act (information reasonably accessible to "
          "the applicant by other means). You can find them here: " + proto + " and " + amend)
    a3 = ("No. Please see section 4 of the protocol at the link above. A bruise on a "
          "non-mobile baby leads to an initial appraisal by the practitioner, with a "
          "paediatric opinion; a strategy discussion is held where that appraisal finds "
          "concerns or no satisfactory explanation.")
    a4 = ("The changes are listed in the summary of amendments at the link above. In brief, "
          "the protocol now includes an initial appraisal step and a revised definition of "
          "mobility.")
    a5 = ("Yes, the definition was changed in February 2023. A child is not independently "
          "mobile until they can move themselves from one place to another by crawling, "
          "bottom shuffling, cruising or walking; rolling over is not counted as independent "
          "mobility. The definition does not use age.")
    answers = [a1, a2, a3, a4, a5]
    qa = "\n".join(
        f'    <div class="qa">\n      <p class="question"><strong>{i}. {esc(q)}</strong></p>\n'
        f'      <p class="answer">{esc(a)}</p>\n    </div>'
        for i, (q, a) in enumerate(zip(REQ_Q, answers), 1))
    # make the two URLs in answer 2 clickable without changing the visible text
    qa = qa.replace(esc(proto) + " and", f'<a href="{proto}">{proto}</a> and').replace(
        "and " + esc(amend), f'and <a href="{amend}">{amend}</a>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Disclosure log: Bruising in non-mobile infants (FOI-NTC-1549203) - North Tyneside Council</title>
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
</head>
<body>
<div id="cookie-notice"><p>This site uses cookies. <a href="/cookie-policy">Find out more</a>
<button>OK</button></p></div>
<div id="header"><a href="/" id="logo">North Tyneside Council</a>
<ul id="topnav"><li><a href="/residents">Residents</a></li><li><a href="/business">Business</a></li>
<li><a href="/council">Council</a></li><li><a href="/a-z">A to Z</a></li></ul></div>
<div id="breadcrumbs"><a href="/">Home</a> &gt; <a href="/council">Council</a> &gt;
<a href="/council/foi">Freedom of information</a> &gt; <a href="/council/foi/disclosure-log">Disclosure log</a></div>
<div id="content">
  <h1>Bruising in non-mobile infants</h1>
  <table class="meta">
    <tr><td>Reference</td><td>FOI-NTC-1549203</td></tr>
    <tr><td>Date received</td><td>24 November 2025</td></tr>
    <tr><td>Date published</td><td>12 January 2026</td></tr>
    <tr><td>Outcome</td><td>Information provided (section 21 applied to part 2)</td></tr>
  </table>
  <h2>Request and response</h2>
  <p class="intro"><em>{esc(REQ_INTRO)}</em></p>
{qa}
  <h2>Further information</h2>
  <p>You may re-use this information under the Open Government Licence:
  <a href="{OGL}">{OGL}</a>. If you are unhappy with our response you can ask for an internal
  review by emailing foi@northtyneside.gov.uk, and then complain to the Information
  Commissioner at <a href="{ICO_HOME}">{ICO_HOME}</a>.</p>
</div>
<div id="sidebar"><h3>Related pages</h3><ul><li><a href="/council/foi/make-a-request">Make a request</a></li>
<li><a href="/council/foi/publication-scheme">Publication scheme</a></li></ul></div>
<div id="footer"><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> |
<a href="/contact">Contact us</a></p><p>North Tyneside Council, Quadrant, The Silverlink North, Cobalt Business Park</p></div>
</body>
</html>
"""
    write_text(fn, page)
    label_reply(fn, "html", "North Tyneside Council", "E08000022", "answered", ["s21"],
                {str(i): a for i, a in enumerate(answers, 1)}, ALL("answered"),
                fields("formal", "2022-11", "yes", "no", "yes", "yes", "yes", "no", None),
                [proto, amend, OGL, ICO_HOME])


# =========================================================================== 10. EML + DOCX
def cambridgeshire_joint():
    fn = "cambridgeshire-joint-partnership.eml"
    proto = "https://www.safeguardingcambspeterborough.org.uk/children-board/bruising-protocol/"
    mins = ("https://www.safeguardingcambspeterborough.org.uk/wp-content/uploads/"
            "QEG-minutes-January-2023.pdf")
    a1 = ("Yes. The Partnership's Quality and Effectiveness Group reviewed the joint protocol "
          "'Bruising in Non-Mobile Babies' after the Panel's briefing, and the review was "
          "signed off in January 2023. It concluded that the protocol should change in three "
          "ways: an initial appraisal by a health practitioner before any referral; new "
          "wording to explain the process to parents; and a revised definition of mobility. "
          "The revised protocol is published at " + proto + " and the minutes of the January "
          "2023 meeting at " + mins)
    a2 = "Please see our answer to question 1."
    a3 = ("No. A strategy discussion is not required in all cases. After the initial "
          "appraisal, a referral to Children's Social Care is made where there are concerns, "
          "and the decision whether to hold a strategy discussion is taken by the Integrated "
          "Front Door.")
    a4 = "See our response to Q1 above."
    a5 = ("Yes. Before 2023 the protocol did not define mobility. The revised protocol says "
          "that a baby who can deliberately roll over has begun to move independently and is "
          "therefore treated as mobile; a baby who cannot roll, crawl, bottom shuffle or cruise "
          "is not independently mobile. Age alone is not used.")
    answers = [a1, a2, a3, a4, a5]

    d = new_docx("Joint FOI response CCC FOI-2025-4412 / PCC 25/3390",
                 "Cambridgeshire County Council",
                 "Response on behalf of the Cambridgeshire and Peterborough Safeguarding "
                 "Children Partnership")
    d.styles["Normal"].font.name = "Verdana"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Cambridgeshire County Council  |  Peterborough City Council"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    add_page_field(fp)
    f2 = sec.footer.add_paragraph(SYNTH_LINE)
    f2.runs[0].font.size = Pt(6)
    d.add_heading("Freedom of Information Act 2000", level=1)
    d.add_paragraph("Joint response on behalf of the Cambridgeshire and Peterborough "
                    "Safeguarding Children Partnership").runs[0].bold = True
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    c = t.cell(0, 0).merge(t.cell(0, 2))
    c.text = "References"
    c.paragraphs[0].runs[0].bold = True
    t.cell(1, 0).text = "Cambridgeshire County Council"
    t.cell(1, 1).text = "FOI-2025-4412"
    t.cell(1, 2).merge(t.cell(2, 2)).text = "Date: 10 December 2025"
    t.cell(2, 0).text = "Peterborough City Council"
    t.cell(2, 1).text = "PCC 25/3390"
    t.cell(3, 0).merge(t.cell(3, 2)).text = ("Requester: Ms J Ashworth (identical requests "
                                             "received 19 November 2025)")
    d.add_paragraph()
    d.add_paragraph("Dear Ms Ashworth,")
    d.add_paragraph("You sent the same request to Cambridgeshire County Council and to "
                    "Peterborough City Council. Because both councils work through one "
                    "safeguarding children partnership with a single set of procedures, this "
                    "one response is sent by Cambridgeshire County Council on behalf of the "
                    "Partnership and answers both requests.")
    for i, (q, a) in enumerate(zip(REQ_Q, answers), 1):
        p = d.add_paragraph()
        p.add_run(f"Q{i}  ").bold = True
        p.add_run(q).bold = True
        d.add_paragraph(a)
    d.add_heading("What you can do next", level=2)
    d.add_paragraph("You may re-use this information under the Open Government Licence ("
                    + OGL + ").", style="List Number")
    d.add_paragraph("You may ask for an internal review by emailing "
                    "foi@cambridgeshire.gov.uk within 40 working days.", style="List Number")
    d.add_paragraph("If you remain dissatisfied, you may complain to the Information "
                    "Commissioner's Office: " + ICO_COMPLAINT, style="List Number")
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Management Team, Cambridgeshire County Council")
    docx_data = docx_bytes(d)

    plain = f"""Dear Ms Ashworth,

Please find attached our response to your Freedom of Information request
(our reference FOI-2025-4412).

This response is sent on behalf of the Cambridgeshire and Peterborough
Safeguarding Children Partnership. It also answers the identical request you
sent to Peterborough City Council (their reference PCC 25/3390), so you will
not receive a separate reply from Peterborough.

Kind regards,

Hannah Reeve
Information Management Team
Cambridgeshire County Council
New Shire Hall, Alconbury Weald

-----Original Message-----
From: J Ashworth <{REQUESTER_EMAIL}>
Sent: 19 November 2025 07:55
To: FOI <foi@cambridgeshire.gov.uk>
Subject: FOI request: bruising in non-mobile infants

> Dear FOI team,
>
> {REQ_INTRO}
> The briefing: {REQ_URL}
>
""" + "\n".join(f"> {i}. {q}" for i, q in enumerate(REQ_Q, 1)) + """
>
> Many thanks,
> J Ashworth
"""
    html_part = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:10pt\">"
                 "<p>Dear Ms Ashworth,</p><p>Please find attached our response to your Freedom "
                 "of Information request (our reference FOI-2025-4412).</p><p>This response is "
                 "sent on behalf of the Cambridgeshire and Peterborough Safeguarding Children "
                 "Partnership. It also answers the identical request you sent to Peterborough "
                 "City Council (their reference PCC 25/3390), so you will not receive a "
                 "separate reply from Peterborough.</p><p>Kind regards,</p><p>Hannah Reeve<br>"
                 "Information Management Team<br>Cambridgeshire County Council<br>New Shire "
                 "Hall, Alconbury Weald</p><hr><p><b>From:</b> J Ashworth &lt;"
                 + REQUESTER_EMAIL + "&gt;<br><b>Sent:</b> 19 November 2025 07:55<br><b>To:</b>"
                 " FOI &lt;foi@cambridgeshire.gov.uk&gt;<br><b>Subject:</b> FOI request: "
                 "bruising in non-mobile infants</p><blockquote><p>Dear FOI team,</p><p>"
                 + esc(REQ_INTRO) + " The briefing: " + REQ_URL + "</p><ol>"
                 + "".join("<li>" + esc(q) + "</li>" for q in REQ_Q)
                 + "</ol><p>Many thanks,<br>J Ashworth</p></blockquote></body></html>")
    outer = MIMEMultipart("mixed")
    outer["From"] = "Information Management <foi@cambridgeshire.gov.uk>"
    outer["To"] = f"J Ashworth <{REQUESTER_EMAIL}>"
    outer["Date"] = "Wed, 10 Dec 2025 11:02:44 +0000"
    outer["Subject"] = "FOI-2025-4412 Response - bruising in non-mobile infants"
    outer["Message-ID"] = "<FOI-2025-4412.resp@cambridgeshire.gov.uk>"
    outer["In-Reply-To"] = "<req-20251119-0755@example.org>"
    outer["X-Synthetic-Test-Document"] = "yes"
    alt = MIMEMultipart("alternative")
    qp = email.charset.Charset("utf-8")
    qp.body_encoding = email.charset.QP
    alt.attach(MIMEText(plain, "plain", qp))
    alt.attach(MIMEText(html_part, "html", "utf-8"))
    alt.set_boundary("==alt_CCC_4412_b7f3==")
    outer.attach(alt)
    att = MIMEApplication(docx_data, _subtype=(
        "vnd.openxmlformats-officedocument.wordprocessingml.document"))
    att.add_header("Content-Disposition", "attachment",
                   filename="FOI-2025-4412 response.docx")
    outer.attach(att)
    outer.set_boundary("==mixed_CCC_4412_9a21==")
    write_bytes(fn, outer.as_bytes(policy=policy.default))
    label_reply(fn, "eml", "Cambridgeshire County Council", "E10000003", "answered", [],
                {str(i): a for i, a in enumerate(answers, 1)},
                {"1": "answered", "2": "see_other", "3": "answered", "4": "see_other",
                 "5": "answered"},
                fields("formal", "2023-01", "yes", "no", "yes", "yes", "no", "no", None),
                [proto, mins, OGL, ICO_COMPLAINT])


# =========================================================================== 11. PDF
def stoke_s14():
    fn = "stoke-on-trent-s14-repeated.pdf"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=14, spaceAfter=8)
    bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")

    def on_page(c, doc):
        c.saveState()
        c.setFont("Courier-Bold", 13)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 17 * mm, "Stoke-on-Trent City Council")
        c.setFont("Courier", 8)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 22 * mm,
                          "Civic Centre, Glebe Street, Stoke-on-Trent ST4 1HH")
        c.drawString(18 * mm, 12 * mm, "Ref SOT-IR-25-6610   |   page %d" % doc.page)
        c.setFont("Helvetica-Oblique", 6)
        c.setFillColor(colors.grey)
        c.drawRightString(A4[0] - 18 * mm, 12 * mm, SYNTH_LINE)
        c.restoreState()

    doc = pdf_doc(fn, "Refusal notice SOT-IR-25-6610", "Stoke-on-Trent City Council",
                  topMargin=32 * mm, bottomMargin=22 * mm, leftMargin=18 * mm,
                  rightMargin=18 * mm)
    s = [P("19 December 2025", body),
         P("Ms J. Ashworth (by email)", body),
         P("Dear Ms Ashworth", body),
         P("REQUEST REFERENCE SOT-IR-25-6610: SAFEGUARDING POLICIES - BRUISING IN NON-MOBILE "
           "INFANTS", bold),
         P("We received your request on 1 December 2025. It asks the same five questions, in "
           "the same words, as the request you made on 22 September 2025 (our reference "
           "SOT-IR-25-4471), to which we responded in full on 16 October 2025.", body),
         P("Section 14(2) of the Freedom of Information Act 2000 provides that where a public "
           "authority has previously complied with a request from a person, it is not obliged "
           "to comply with a subsequent identical or substantially similar request from that "
           "person unless a reasonable interval has elapsed between compliance with the "
           "previous request and the making of the current one.", body),
         P("Fewer than seven weeks passed between our response and your new request. The "
           "procedures, papers and definitions you ask about have not changed in that time, "
           "and no new information has been created. We do not consider that a reasonable "
           "interval has elapsed, and we are therefore refusing your request under section "
           "14(2). This letter is our formal notice of that refusal.", body),
         P("For your convenience, our response of 16 October 2025 can be sent to you again "
           "on request.", body),
         P("If you are dissatisfied with this decision you may ask for an internal review by "
           "writing to the Information Rights Team at the address above or by email to "
           "foi@stoke.gov.uk. If you are still dissatisfied after the review you may complain "
           "to the Information Commissioner: " + ICO_COMPLAINT, body),
         Spacer(1, 10), P("Yours sincerely", body), Spacer(1, 16),
         P("M. Bradbury", bold), P("Information Rights Team", body)]
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
    label_reply(fn, "pdf", "Stoke-on-Trent City Council", "E06000021", "refused", ["s14(2)"],
                ALL(None), ALL("refused"), NOTHING, [ICO_COMPLAINT])


# =========================================================================== 12. DOCX
def devon_full():
    fn = "devon-full-answer.docx"
    sw_url = "https://www.swcpp.org.uk/devon/bruising-in-non-mobile-infants"
    a1 = ("No. The Devon Children and Families Partnership did not review its policy after "
          "the Panel's briefing, and the briefing was not discussed at any meeting of the "
          "Partnership or its subgroups.")
    a2 = "There are no papers, as no review took place."
    a3 = ("Yes. Under the South West Child Protection Procedures as applied in Devon, every "
          "case of bruising in a baby who is not independently mobile must be referred to "
          "Children's Social Care, and a strategy discussion is held in all cases. The "
          "procedure is at " + sw_url)
    a4 = "No changes have been made."
    a5 = ("No. The definition has not changed since it was adopted in 2019. For the purposes "
          "of the protocol, all infants under the age of 12 months are treated as not "
          "independently mobile, whatever their developmental stage, so a baby who can roll "
          "is included.")
    answers = [a1, a2, a3, a4, a5]
    d = new_docx("Freedom of Information response DCC-FOI-25-10988", "Devon County Council",
                 "Freedom of Information response")
    d.styles["Normal"].font.name = "Georgia"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    fph = sec.first_page_header.paragraphs[0]
    fph.text = "DEVON COUNTY COUNCIL"
    fph.runs[0].bold = True
    fph.runs[0].font.size = Pt(18)
    sec.first_page_header.add_paragraph("Information Governance, County Hall, Topsham Road, "
                                        "Exeter EX2 4QD")
    sec.header.paragraphs[0].text = "DCC-FOI-25-10988 (continued)"
    for ft in (sec.footer, sec.first_page_footer):
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(p)
        q = ft.add_paragraph(SYNTH_LINE)
        q.runs[0].font.size = Pt(6)
    d.add_paragraph("7 January 2026")
    d.add_paragraph("Our reference: DCC-FOI-25-10988")
    d.add_paragraph("Dear Sir/Madam")
    d.add_heading("Request for information: bruising in non-mobile infants", level=1)
    d.add_paragraph("Thank you for your request of 26 November 2025. We have set out your "
                    "questions and our answers in the table below.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    h = t.cell(0, 0).merge(t.cell(0, 1))
    h.text = "Questions and answers"
    h.paragraphs[0].runs[0].bold = True
    shade(h, "E2EFD9")
    t.cell(1, 0).text = "Your question"
    t.cell(1, 1).text = "Our answer"
    for c in (t.cell(1, 0), t.cell(1, 1)):
        c.paragraphs[0].runs[0].bold = True
    for i, (q, a) in enumerate(zip(REQ_Q, answers), 2):
        t.cell(i, 0).text = f"{i - 1}. {q}"
        t.cell(i, 1).text = a
    d.add_paragraph()
    d.add_heading("Your rights", level=2)
    for s_ in ["You can re-use this information under the Open Government Licence: " + OGL,
               "If you are unhappy with how we dealt with your request, you can ask for an "
               "internal review within 40 working days by emailing foi@devon.gov.uk.",
               "After the internal review, you can complain to the Information Commissioner's "
               "Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF - " + ICO_HOME]:
        d.add_paragraph(s_, style="List Number")
    d.add_paragraph("Yours faithfully")
    d.add_paragraph("Information Governance Team")
    write_bytes(fn, docx_bytes(d))
    label_reply(fn, "docx", "Devon County Council", "E10000008", "answered", [],
                {str(i): a for i, a in enumerate(answers, 1)}, ALL("answered"),
                fields("none", None, "no", "yes", "no", "no", "yes", "yes", 12),
                [sw_url, OGL, ICO_HOME])


# =========================================================================== rejects
def brighton_ack():
    fn = "brighton-and-hove-acknowledgement.html"
    qs = "\n".join(f"      <li>{esc(q)}</li>" for q in REQ_Q)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Request received - Brighton &amp; Hove City Council</title>
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
</head>
<body>
<div class="cookie-consent"><p>We use cookies to make our site work and to understand how it
is used.</p><a href="/cookies">Cookie settings</a> <button>Accept all</button></div>
<header><a href="/"><img src="/logo.png" alt="Brighton &amp; Hove City Council"></a>
<nav><a href="/">Home</a> | <a href="/council-and-democracy">Council and democracy</a> |
<a href="/foi">Freedom of information</a> | <a href="/my-account">My account</a></nav></header>
<main>
  <div class="breadcrumb"><a href="/">Home</a> / <a href="/foi">Freedom of information</a> / Request received</div>
  <h1>Thank you - your request has been received</h1>
  <div class="panel success">
    <p>Your reference number is <strong>FOI-BH-2025-14672</strong></p>
  </div>
  <p>We received your request on 18 November 2025. We aim to respond within 20 working days,
  which means you should hear from us by 16 December 2025 at the latest.</p>
  <p>If we need more information from you to find what you are looking for, we will contact
  you, and the 20 working days will start again when we hear back from you.</p>
  <h2>Your request</h2>
  <blockquote>
    <p>{esc(REQ_INTRO)}</p>
    <ol>
{qs}
    </ol>
  </blockquote>
  <p>Please keep your reference number. You will need it if you contact us about this
  request.</p>
</main>
<footer><a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a>
<p>Brighton &amp; Hove City Council, Hove Town Hall, Norton Road, Hove BN3 3BQ</p></footer>
</body>
</html>
"""
    write_text(fn, page)
    label_reject(fn, "html", "acknowledgement")


def warwickshire_clarification():
    fn = "warwickshire-clarification.txt"
    quoted = "\n".join(f"> {i}. {q}" for i, q in enumerate(REQ_Q, 1))
    text = f"""From:    Warwickshire County Council - Information Rights <infogov@warwickshire.gov.uk>
To:      {REQUESTER_EMAIL}
Sent:    26 November 2025 10:41
Subject: Clarification needed - your request 2025-11-9087

Dear Ms Ashworth

Thank you for your request for information, which we received on 21 November 2025 and have
logged under reference 2025-11-9087.

Before we can deal with it, could you please clarify what you mean by "policies" in your
request? Do you mean:

  (a) the multi-agency procedures published by the Warwickshire Safeguarding partnership,
  (b) Warwickshire County Council's internal children's services practice guidance, or
  (c) both?

It would also help to know whether by "papers" in question 2 you mean formal reports only or
also emails and meeting notes.

Please note that the 20 working days for responding will begin once we receive your reply.
If we do not hear from you within two months we will treat the request as closed.

Kind regards

Lucy Farnell
Information Rights Officer
Warwickshire County Council

----- Your original request -----
> {REQ_INTRO}
{quoted}

{SYNTH_LINE}
"""
    write_text(fn, text)
    label_reject(fn, "txt", "clarification")


def northamptonshire_bounce():
    fn = "northamptonshire-bounce.eml"
    orig = "\r\n".join([
        f"From: J Ashworth <{REQUESTER_EMAIL}>",
        "To: foi@northamptonshire.gov.uk",
        "Date: Mon, 17 Nov 2025 08:20:11 +0000",
        "Subject: Freedom of Information request - bruising in non-mobile infants",
        "Message-ID: <req-20251117-0820@example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Dear Sir or Madam,",
        "",
        REQ_INTRO,
        "",
    ] + [f"{i}. {q}" for i, q in enumerate(REQ_Q, 1)] + ["", "Yours faithfully,", "J Ashworth"])
    b = "----=_Bounce_7731_20251117082014"
    raw = "\r\n".join([
        "Return-Path: <>",
        "From: Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
        f"To: {REQUESTER_EMAIL}",
        "Date: Mon, 17 Nov 2025 08:20:14 +0000",
        "Subject: Undelivered Mail Returned to Sender",
        "Message-ID: <20251117082014.7731@mx1.example.org>",
        "Auto-Submitted: auto-replied",
        "X-Synthetic-Test-Document: yes",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"',
        "",
        "This is a MIME-encapsulated message.",
        "",
        f"--{b}",
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host mx1.example.org.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.",
        "",
        "<foi@northamptonshire.gov.uk>: host mail.northamptonshire.gov.uk[203.0.113.25]",
        "    said: 550 5.1.1 <foi@northamptonshire.gov.uk>: Recipient address rejected:",
        "    User unknown in virtual mailbox table (in reply to RCPT TO command)",
        "",
        f"--{b}",
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx1.example.org",
        "X-Postfix-Queue-ID: 4C9F21A0B7",
        f"X-Postfix-Sender: rfc822; {REQUESTER_EMAIL}",
        "Arrival-Date: Mon, 17 Nov 2025 08:20:11 +0000",
        "",
        "Final-Recipient: rfc822; foi@northamptonshire.gov.uk",
        "Original-Recipient: rfc822;foi@northamptonshire.gov.uk",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mail.northamptonshire.gov.uk",
        "Diagnostic-Code: smtp; 550 5.1.1 <foi@northamptonshire.gov.uk>: Recipient address",
        "    rejected: User unknown in virtual mailbox table",
        "",
        f"--{b}",
        "Content-Description: Undelivered Message",
        "Content-Type: message/rfc822",
        "",
        orig,
        "",
        f"--{b}--",
        "",
    ])
    write_bytes(fn, raw.encode("utf-8"))
    label_reject(fn, "eml", "bounce")


def bury_out_of_office():
    fn = "bury-out-of-office.eml"
    plain = ("Thank you for your email.\n\n"
             "I am out of the office until Monday 5th January 2026 and will have limited "
             "access to email until then.\n\n"
             "Your message has not been forwarded. For Freedom of Information matters please "
             "contact the Information Governance Team at foi@bury.gov.uk, who will be able to "
             "help in my absence.\n\n"
             "Best wishes\nSam Whitworth\nInformation Governance Officer, Bury Council\n")
    htmlp = ("<html><body><p>Thank you for your email.</p><p>I am out of the office until "
             "<b>Monday 5th January 2026</b> and will have limited access to email until "
             "then.</p><p>Your message has not been forwarded. For Freedom of Information "
             "matters please contact the Information Governance Team at "
             "<a href=\"mailto:foi@bury.gov.uk\">foi@bury.gov.uk</a>, who will be able to help "
             "in my absence.</p><p>Best wishes<br>Sam Whitworth<br>Information Governance "
             "Officer, Bury Council</p></body></html>")
    m = MIMEMultipart("alternative")
    m["From"] = "Sam Whitworth <s.whitworth@bury.gov.uk>"
    m["To"] = f"J Ashworth <{REQUESTER_EMAIL}>"
    m["Date"] = "Mon, 22 Dec 2025 09:15:02 +0000"
    m["Subject"] = ("Automatic reply: Freedom of Information request - bruising in "
                    "non-mobile infants")
    m["Message-ID"] = "<ooo-20251222-0915@bury.gov.uk>"
    m["Auto-Submitted"] = "auto-replied"
    m["X-Auto-Response-Suppress"] = "All"
    m["X-Synthetic-Test-Document"] = "yes"
    p1 = MIMEText(plain, "plain", "utf-8")
    p2 = MIMEText(htmlp, "html", "utf-8")  # utf-8 MIMEText -> base64
    m.attach(p1)
    m.attach(p2)
    m.set_boundary("==ooo_bury_20251222==")
    write_bytes(fn, m.as_bytes())
    label_reject(fn, "eml", "out_of_office")


def birmingham_reminder():
    fn = "birmingham-overdue-holding.txt"
    text = f"""Case export - Birmingham City Council Information Rights
Case: FOI/BCC/2025/052219        Type: Freedom of Information        Stage: Response overdue
Correspondence item 3 of 3 (outbound email), created 07/01/2026 16:05

To: {REQUESTER_EMAIL}
Subject: Your request FOI/BCC/2025/052219 - update

Dear Ms Ashworth,

We are sorry for the delay in responding to your request about safeguarding policies on
bruising in non-mobile infants, received on 24 November 2025. Your request is now overdue,
and we apologise that we have not met the 20 working day deadline.

We are still gathering the information from the services concerned and from the Birmingham
Safeguarding Children Partnership. We expect to be able to send you a full response by 23
January 2026, and we will let you know if this changes.

You do not need to do anything at this stage. If you would like to complain about the delay,
you can ask for an internal review by replying to this email.

Yours sincerely,

Information Rights Team
Birmingham City Council

{SYNTH_LINE}
"""
    write_text(fn, text)
    label_reject(fn, "txt", "reminder")


# =========================================================================== main
def main():
    for fn in [lancashire_s12, thurrock_cost_limit, sutton_not_held,
               wokingham_lscp_redirect, mid_suffolk_district, hampshire_partial_s36,
               salford_partial_s40_s22, kirklees_partial_not_held, north_tyneside_s21,
               cambridgeshire_joint, stoke_s14, devon_full, brighton_ack,
               warwickshire_clarification, northamptonshire_bounce, bury_out_of_office,
               birmingham_reminder]:
        fn()
    LABELS.sort(key=lambda d: d["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(LABELS)} documents and labels.json to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
