#!/usr/bin/env python3
"""Generate the held-out synthetic corpus of FOI responses (tests/corpus/holdout/).

Twelve synthetic responses to the round-robin request on bruising in non-mobile
infants (3 PDF, 3 DOCX, 2 HTML, 2 EML, 2 TXT) and their answer key, labels.json,
in the format of shared/corpus/README.md.

The councils are real; every word of the responses, and every position they
attribute to a council or partnership, is invented for testing. Never publish them
as a council's real answer. Each document says so (an HTML comment, an
X-Synthetic-Test-Document header, or a final line).

The output is deterministic: run `python make_fixtures.py` and the files are
rewritten byte for byte the same.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from email import policy
from email.message import EmailMessage
from html import escape as hesc
from pathlib import Path
from xml.sax.saxutils import escape as xesc

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps or random IDs in the PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document - not a real council response"
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAINT = "https://ico.org.uk/make-a-complaint/"
ICO_FOI = "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"
FIXED_TIME = dt.datetime(2025, 12, 1, 9, 0, 0)

# The request as the requester wrote it (councils often quote it back).
REQUEST_PREAMBLE = (
    "In September 2022 the Child Safeguarding Review Panel issued guidance asking that "
    "\u201call safeguarding partners review their current policies on bruising in "
    "non-mobile infants to check for consistency with the evidence base and national "
    "guidelines.\u201d")
REQUEST_Q = [
    "Was there a review of your safeguarding policies after this guidance was "
    "published, when was it, and what did it conclude?",
    "Provide any papers that give information on the outcome of this review.",
    "Does your policy require a s47 investigation or strategy discussion in all cases?",
    "What changes were put in place to provide consistency with the evidence base and "
    "national guidelines.",
    "Were there changes to your definition of when a child is not independently mobile "
    "and how is that now defined \u2013 in particular are children who can roll defined "
    "as not independently mobile and are children classified as not independently "
    "mobile on the basis of age?",
]

LABELS: list[dict] = []


def norm(text: str) -> str:
    return " ".join(text.split())


def joined(paras) -> str:
    return norm(" ".join(paras))


def label(file, fmt, authority, code, outcome, exemptions, answers, fields, links):
    keys = ["review_held", "review_date", "papers_provided", "s47_all_cases",
            "changes_made", "definition_changed", "rolling_is_non_mobile",
            "age_based", "age_threshold_months"]
    assert set(fields) == set(keys), file
    LABELS.append({
        "file": file,
        "format": fmt,
        "authority": authority,
        "authority_code": code,
        "outcome": outcome,
        "exemptions": exemptions,
        "answers": {str(i): (None if answers.get(i) is None else norm(answers[i]))
                    for i in range(1, 6)},
        "fields": {k: fields[k] for k in keys},
        "links": links,
    })


NOT_STATED = {
    "review_held": "not_stated", "review_date": None, "papers_provided": "not_stated",
    "s47_all_cases": "not_stated", "changes_made": "not_stated",
    "definition_changed": "not_stated", "rolling_is_non_mobile": "not_stated",
    "age_based": "not_stated", "age_threshold_months": None,
}

# --------------------------------------------------------------------------- PDF

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5,
                      spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", fontSize=12,
                      leading=15, spaceBefore=8, spaceAfter=4)
BIG = ParagraphStyle("big", parent=BODY, fontName="Helvetica-Bold", fontSize=20,
                     leading=24, spaceAfter=2)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=2, spaceAfter=1)
TIGHT = ParagraphStyle("tight", parent=BODY, spaceAfter=1)


def P(text, style=BODY):
    return Paragraph(xesc(text), style)


def PM(markup, style=BODY):
    """Paragraph from ready-made reportlab markup."""
    return Paragraph(markup, style)


def numbered_canvas(header: str | None, footer_left: str | None):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                if header:
                    self.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, header)
                if footer_left:
                    self.drawString(22 * mm, 10 * mm, footer_left)
                self.drawRightString(A4[0] - 22 * mm, 10 * mm,
                                     f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(story, title, author, header=None, footer_left=None) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=title,
                            author=author, creator="Synthetic test corpus")
    doc.build(story, canvasmaker=numbered_canvas(header, footer_left))
    return buf.getvalue()


# ---- 1. Lambeth: letter, "Q.1" numbering, "Response:" inline, table inside answer 3

LAMBETH_A = {
    1: ["Yes. Like Southwark, Lewisham and the other London boroughs, Lambeth follows "
        "the London Safeguarding Children Procedures, but the Lambeth Safeguarding "
        "Children Partnership also keeps a local multi-agency protocol for bruising in "
        "babies who are not independently mobile. After the Panel\u2019s briefing, that "
        "protocol was subject to a thorough re-examination by the Partnership\u2019s "
        "Practice Standards subgroup, which took evidence from health visitors, the "
        "local paediatric team and the Children\u2019s MASH. The work was completed in "
        "the autumn of 2023.",
        "The subgroup concluded that the protocol\u2019s central rule, that any bruise "
        "seen on a baby who is not independently mobile must be reported to "
        "Children\u2019s Social Care the same day, was right and should stay, but that the "
        "protocol pushed practitioners towards an immediate strategy discussion and "
        "gave too little weight to the paediatrician\u2019s opinion. The version it "
        "replaced had been issued in May 2019."],
    2: ["The revised protocol is published on the Partnership\u2019s website. Appendix 3 "
        "of the protocol summarises the re-examination and what it found:",
        "https://www.lambethsaferchildren.org.uk/professionals/nim-bruising-protocol"],
    3: ["No. Under the revised protocol a s47 is not automatically triggered. Every "
        "baby is referred to the Children\u2019s MASH and seen by a paediatrician on the "
        "same day, and what happens next depends on the paediatric opinion:",
        "TABLE",
        "The MASH manager records the reasons for the decision on the child\u2019s file "
        "in every case."],
    4: ["Three changes were made. The paediatric assessment now comes before any "
        "decision about a strategy discussion; practitioners must tell parents why a "
        "referral is being made and give them the Partnership\u2019s leaflet; and a new "
        "section explains how to escalate a case when a same-day paediatric assessment "
        "cannot be arranged."],
    5: ["Yes. The earlier protocol referred to \u201cpre-mobile babies\u201d without saying "
        "what that meant. The revised protocol applies to babies who are not "
        "independently mobile, which it describes as pre-crawling babies including "
        "those able to roll, together with babies who cannot yet bottom-shuffle, pull "
        "to stand or cruise. No age threshold is applied; practitioners are asked to "
        "look at what the individual baby can do."],
}
LAMBETH_TABLE = [
    ("Paediatric opinion", "Next step"),
    ("Possible inflicted injury", "Strategy discussion held"),
    ("Cause unclear", "Strategy discussion held"),
    ("Medical cause identified", "No strategy discussion"),
    ("Accident clearly explained", "Advice and single-agency follow-up"),
]


def answer_text(paras, table=None):
    out = []
    for p in paras:
        if p == "TABLE":
            out.extend(" ".join(row) for row in table)
        else:
            out.append(p)
    return joined(out)


def make_lambeth():
    s = [P("Lambeth", BIG),
         P("London Borough of Lambeth", BOLD),
         P("Information Governance Team, Lambeth Town Hall, Brixton Hill, London SW2 1RW",
           TIGHT),
         P("Email: foi@lambeth.gov.uk", TIGHT),
         Spacer(1, 8 * mm),
         P("Our ref: IR-447219", RIGHT),
         P("Date: 24 November 2025", RIGHT),
         Spacer(1, 4 * mm),
         P("Dear Requester,"),
         P("Freedom of Information Act 2000 \u2013 bruising in non-mobile infants", BOLD),
         P("Thank you for your request for information, which we received on 10 November "
           "2025. I can confirm that the Council holds information within the scope of "
           "your request. Each of your questions is set out below in bold, followed by "
           "our response.")]
    for n in range(1, 6):
        s.append(PM(f"<b>Q.{n} {xesc(REQUEST_Q[n - 1])}</b>", BODY))
        paras = LAMBETH_A[n]
        first = True
        for p in paras:
            if p == "TABLE":
                t = Table(LAMBETH_TABLE, colWidths=[62 * mm, 68 * mm])
                t.setStyle(TableStyle([
                    ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]))
                s.extend([t, Spacer(1, 3 * mm)])
                continue
            if first:
                s.append(PM(f"<i>Response:</i> {xesc(p)}"))
                first = False
            else:
                s.append(P(p))
    s += [Spacer(1, 3 * mm),
          PM("<b>Re-use of the information</b>"),
          P("Most of the information that we supply in response to requests may be "
            "re-used under the Open Government Licence, which is published at "
            f"{OGL}"),
          PM("<b>Your right to complain</b>"),
          P("If you are unhappy with the way we have dealt with your request, you may ask "
            "for an internal review by writing to foi@lambeth.gov.uk within 40 working "
            "days of the date of this letter. If you remain dissatisfied after the "
            "review, you may complain to the Information Commissioner\u2019s Office: "
            f"{ICO_COMPLAINT}"),
          P("Yours sincerely,"),
          Spacer(1, 4 * mm),
          P("Information Governance Officer", TIGHT),
          P("London Borough of Lambeth", TIGHT),
          Spacer(1, 6 * mm),
          P(SYN, SMALL)]
    pdf = build_pdf(s, "FOI response IR-447219", "London Borough of Lambeth",
                    header="OFFICIAL")
    (OUT / "lambeth-q-dot-letter.pdf").write_bytes(pdf)
    label("lambeth-q-dot-letter.pdf", "pdf", "London Borough of Lambeth", "E09000022",
          "answered", [],
          {n: answer_text(LAMBETH_A[n], LAMBETH_TABLE) for n in range(1, 6)},
          {"review_held": "formal", "review_date": "2023", "papers_provided": "yes",
           "s47_all_cases": "no", "changes_made": "yes", "definition_changed": "yes",
           "rolling_is_non_mobile": "yes", "age_based": "no",
           "age_threshold_months": None},
          ["https://www.lambethsaferchildren.org.uk/professionals/nim-bruising-protocol",
           OGL, ICO_COMPLAINT])


# ---- 2. Wakefield: not held, questions listed but nothing answered

def make_wakefield():
    asked = [
        "whether there was a review of safeguarding policies after the Panel\u2019s "
        "guidance, when it took place and what it concluded;",
        "any papers on the outcome of that review;",
        "whether the policy requires a section 47 investigation or strategy discussion "
        "in all cases;",
        "what changes were made for consistency with the evidence base and national "
        "guidelines; and",
        "whether the definition of \u201cnot independently mobile\u201d changed, and how it "
        "is now defined.",
    ]
    s = [P("Wakefield Council", BIG),
         P("Information Governance, Wakefield One, PO Box 700, Burton Street, "
           "Wakefield WF1 2EB", TIGHT),
         P("foi@wakefield.gov.uk", TIGHT),
         Spacer(1, 8 * mm),
         P("Reference: FOI-0072319", TIGHT),
         P("19 November 2025", TIGHT),
         Spacer(1, 5 * mm),
         P("Dear Requester,"),
         P("Your request: safeguarding policies on bruising in non-mobile infants", BOLD),
         P("Thank you for your email of 7 November 2025, about the Child Safeguarding "
           "Practice Review Panel\u2019s briefing of 29 September 2022. You asked:")]
    for i, a in enumerate(asked, 1):
        s.append(P(f"{i}. {a}", ParagraphStyle("li", parent=BODY, leftIndent=8 * mm,
                                               spaceAfter=2)))
    s += [Spacer(1, 2 * mm),
          P("We have searched the records of Children and Young People\u2019s Services, "
            "including the electronic document stores and mailboxes used by the "
            "safeguarding and quality assurance teams, using the terms \u201cbruising\u201d, "
            "\u201cnon-mobile\u201d and \u201cnot independently mobile\u201d. We found no "
            "reports, minutes, correspondence or other records about a review of this "
            "policy, and nothing that answers the other parts of your request."),
          P("I must therefore tell you that Wakefield Council does not hold the "
            "information you have asked for. This letter is our formal confirmation, "
            "under section 1(1)(a) of the Act, that the information is not held."),
          P("We are unable to say whether any other organisation holds information of "
            "this kind. You might, however, wish to put your questions to the Wakefield "
            "District Safeguarding Children Partnership, which can be contacted through "
            "its website at https://www.wakefieldscp.org.uk/contact-us/"),
          P("If you are unhappy with this response you can ask for an internal review "
            "by writing to the address at the top of this letter within 40 working days. "
            "If you are still unhappy once the review is complete, you can ask the "
            f"Information Commissioner to investigate: {ICO_FOI}"),
          P("Yours sincerely,"),
          Spacer(1, 4 * mm),
          P("Information Governance Team", TIGHT),
          P("Wakefield Council", TIGHT),
          Spacer(1, 6 * mm),
          P(SYN, SMALL)]
    pdf = build_pdf(s, "FOI-0072319 response", "Wakefield Council")
    (OUT / "wakefield-not-held.pdf").write_bytes(pdf)
    label("wakefield-not-held.pdf", "pdf", "Wakefield Council", "E08000036",
          "not_held", [], {}, dict(NOT_STATED),
          ["https://www.wakefieldscp.org.uk/contact-us/", ICO_FOI])


# ---- 3. Sunderland: "Question one" headings, shaded question boxes, running
#         header and footer, an answer that runs across a page break

SUND_HEADER = "Sunderland City Council  |  FOI 25/1187  |  OFFICIAL"
SUND_QS = [
    "Was there a review of your safeguarding policies after the Panel\u2019s guidance "
    "was published? If so, when, and what did it conclude?",
    "Please provide any papers about the outcome of that review.",
    "Does your policy require a section 47 investigation or a strategy discussion in "
    "every case?",
    "What changes were made to bring the policy into line with the evidence base and "
    "national guidelines?",
    "Has your definition of \u201cnot independently mobile\u201d changed, and how is it "
    "now defined (rolling; age)?",
]
SUND_A = {
    1: ["Yes. Sunderland Safeguarding Children Partnership uses the North and South of "
        "Tyne child protection procedures, which it shares with the partnerships for "
        "Gateshead, Newcastle, North Tyneside, Northumberland and South Tyneside. The "
        "chapter of those procedures on bruising in pre-mobile and non-mobile children "
        "had last been revised in November 2021. After the Panel\u2019s briefing was "
        "received, the chapter was reviewed by the sub-regional procedures group, on "
        "which Sunderland is represented by Together for Children and by the "
        "Partnership\u2019s business manager.",
        "The review was completed, and the revised chapter agreed by all six "
        "partnerships, on 14/03/2023. The group concluded that the chapter was largely "
        "consistent with the evidence base. It decided that the requirement to hold a "
        "strategy meeting for every non-mobile baby with a bruise should stay, given "
        "the number of serious incidents involving very young babies in the "
        "sub-region, but that parents and carers needed much better information about "
        "what would happen and why."],
    2: ["The revised chapter can be read at "
        "https://nesubregion.trixonline.co.uk/chapter/bruising-non-mobile-children and "
        "its amendment record lists the changes made in March 2023. The minutes of the "
        "procedures group are kept by Newcastle City Council, which hosts the group; "
        "Sunderland City Council does not hold a copy."],
    3: ["Yes. A strategy meeting is always convened when a bruise is seen on a baby who "
        "is not independently mobile, whatever explanation is given for it, and a "
        "paediatric assessment is arranged at the same time. The strategy meeting "
        "decides whether a section 47 enquiry is needed."],
    4: ["The revised chapter added a leaflet for parents and carers explaining why "
        "their baby has been referred; a reminder that bruising can be harder to see on "
        "babies with darker skin; and guidance on who chairs the strategy meeting when "
        "the concern arises out of hours."],
    5: ["The 2023 review did not change the definition. Infants younger than six "
        "months are always treated as not independently mobile. An older baby is "
        "treated as not independently mobile until he or she can crawl, bottom-shuffle, "
        "pull to stand or cruise, so a baby who can roll over but cannot do any of "
        "these things is not regarded as mobile. The procedures group has said that it "
        "will look at the definition again in 2026, in the light of the December 2025 "
        "update to NICE guideline CG89."],
}
SUND_GAP_MM = 40  # tuned so that answer two runs across the page break, mid-sentence
WORDS = ["one", "two", "three", "four", "five"]


def make_sunderland():
    box = ParagraphStyle("box", parent=BODY, fontName="Helvetica-Oblique", spaceAfter=0)
    s = [P("Sunderland City Council", BIG),
         P("City Hall, Plater Way, Sunderland SR1 3AA", TIGHT),
         P("foi@sunderland.gov.uk", TIGHT),
         Spacer(1, 8 * mm),
         P("Freedom of Information request 25/1187", HEAD),
         P("Date of response: 2 December 2025", TIGHT),
         Spacer(1, 3 * mm),
         P("Dear Requester,"),
         P("Thank you for your request, which we received on 11 November 2025. "
           "Children\u2019s social care in Sunderland is delivered on the Council\u2019s "
           "behalf by Together for Children Sunderland Ltd, a company wholly owned by "
           "the Council. Information that Together for Children holds for that purpose "
           "is held on the Council\u2019s behalf, and it has been included in this "
           "response."),
         P("We have summarised each of your questions in a shaded box, with our answer "
           "below it. The answers follow the order of your request."),
         P("In preparing this response we consulted the Safeguarding and Quality "
           "Assurance Service of Together for Children and the business unit of "
           "Sunderland Safeguarding Children Partnership. Where we know that "
           "information is held by another organisation, we have said so in the "
           "relevant answer."),
         Spacer(1, SUND_GAP_MM * mm)]
    for n in range(1, 6):
        s.append(P(f"Question {WORDS[n - 1]}", HEAD))
        t = Table([[Paragraph(xesc(SUND_QS[n - 1]), box)]], colWidths=[166 * mm])
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee")),
            ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        s += [t, Spacer(1, 2 * mm)]
        s += [P(p) for p in SUND_A[n]]
    s += [Spacer(1, 3 * mm),
          P("The information in this response may be re-used under the terms of the Open "
            f"Government Licence v3.0: {OGL}"),
          P("If you are not satisfied with our response you may request an internal "
            "review within 40 working days by replying to foi@sunderland.gov.uk. After "
            "that, you have the right to complain to the Information Commissioner at "
            f"{ICO_COMPLAINT}"),
          P("Yours sincerely,"),
          Spacer(1, 4 * mm),
          P("Information Governance Team", TIGHT),
          P("Sunderland City Council", TIGHT),
          Spacer(1, 6 * mm),
          P(SYN, SMALL)]
    pdf = build_pdf(s, "FOI 25/1187", "Sunderland City Council", header=SUND_HEADER,
                    footer_left="FOI 25/1187 \u2013 response")
    (OUT / "sunderland-question-one.pdf").write_bytes(pdf)
    label("sunderland-question-one.pdf", "pdf", "Sunderland City Council", "E08000024",
          "answered", [], {n: joined(SUND_A[n]) for n in range(1, 6)},
          {"review_held": "formal", "review_date": "2023-03", "papers_provided": "yes",
           "s47_all_cases": "yes", "changes_made": "yes", "definition_changed": "no",
           "rolling_is_non_mobile": "yes", "age_based": "yes",
           "age_threshold_months": 6},
          ["https://nesubregion.trixonline.co.uk/chapter/bruising-non-mobile-children",
           OGL, ICO_COMPLAINT])


# --------------------------------------------------------------------------- DOCX

def new_docx(header_lines, footer_text=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Synthetic test corpus"
    cp.last_modified_by = "Synthetic test corpus"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.revision = 1
    cp.comments = SYN
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(header_lines):
        run = hp.add_run(line)
        if i == 0:
            run.bold = True
        if i < len(header_lines) - 1:
            run.add_break()
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    return d


def para(d, text, bold=False, italic=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return p


def save_docx(d, name):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / name).write_bytes(out.getvalue())


# ---- 4. Hackney: question headings with "Our response" sub-headings; partial
#         (one part refused under s22, one not held)

HACKNEY_A = {
    1: ["The Partnership\u2019s Quality Assurance and Performance subgroup considered the "
        "Panel\u2019s briefing at its meeting on 19 January 2023, together with the "
        "learning from a local rapid review involving a baby. We did not undertake a "
        "review of the local guidance at that time.",
        "Members noted that the London Safeguarding Children Partnership had started "
        "work on pan-London practice guidance on bruising in non-mobile infants. They "
        "agreed that, until that guidance was available, Hackney\u2019s existing local "
        "guidance was consistent with what the Panel had asked for and should remain in "
        "use."],
    2: ["We hold the notes of the subgroup\u2019s meeting of 19 January 2023. They are "
        "being withheld under section 22 of the Act (information intended for future "
        "publication). The Partnership intends to publish the notes, with a summary of "
        "its work on non-mobile infants, alongside its yearly report, which is due to "
        "be published in February 2026.",
        "Section 22 is a qualified exemption, so we have considered the public "
        "interest. There is a public interest in openness about how safeguarding "
        "partners respond to national learning. However, the notes will be published "
        "within a few months, in context and alongside the Partnership\u2019s own account "
        "of its work, and we consider that the public interest is better served by "
        "publication at the planned time than by early disclosure of the notes on "
        "their own."],
    3: ["No. A baby who is not independently mobile and is found to have a bruise must "
        "be referred to Hackney Children and Families Service through the "
        "Multi-Agency Safeguarding Hub and be seen by a paediatrician on the same day. "
        "A strategy discussion is held where the paediatrician or the social worker "
        "has any concern that the injury might not be accidental. It is not held where "
        "the paediatrician is satisfied that a medical condition explains the mark."],
    4: ["Information not held. The Council holds no recorded information about changes "
        "made to the guidance for consistency with the evidence base and national "
        "guidelines."],
    5: ["The local definition has not changed. The guidance covers babies who are not "
        "yet independently mobile \u2013 that is, babies who cannot crawl, "
        "bottom-shuffle, cruise or walk \u2013 and it does not set an age limit. It does "
        "not say whether a baby who can roll should be treated as mobile."],
}
HACKNEY_TOPICS = ["Review of policies", "Papers on the outcome",
                  "Section 47 and strategy discussions", "Changes made",
                  "Definition of not independently mobile"]


def make_hackney():
    d = new_docx(["Hackney", "London Borough of Hackney \u2013 Information Management",
                  "foi@hackney.gov.uk"], footer_text="OFFICIAL")
    d.add_heading("Freedom of Information request FOI-25-3381", level=1)
    para(d, "Date: 25 November 2025")
    para(d, "Dear Requester,")
    para(d, "Thank you for your request for information, which we received on 10 "
            "November 2025. In Hackney, safeguarding arrangements for children are made "
            "jointly with the City of London Corporation through the City & Hackney "
            "Safeguarding Children Partnership (https://www.chscp.org.uk/). The "
            "Partnership is hosted by the Council, and our response draws on records "
            "held by its business unit and by Children and Families Service.")
    para(d, "Your request began:")
    para(d, REQUEST_PREAMBLE, italic=True)
    for n in range(1, 6):
        d.add_heading(f"Question {n}: {HACKNEY_TOPICS[n - 1]}", level=2)
        para(d, f"\u201c{REQUEST_Q[n - 1]}\u201d", italic=True)
        d.add_heading("Our response", level=3)
        for p in HACKNEY_A[n]:
            para(d, p)
    d.add_heading("Re-use of information", level=2)
    para(d, "You may re-use the information provided under the Open Government Licence, "
            f"which you can read at {OGL}")
    d.add_heading("Internal review and the Information Commissioner", level=2)
    para(d, "If you are dissatisfied with this response, including our decision to "
            "withhold information under section 22, you may ask for an internal review "
            "by emailing foi@hackney.gov.uk within 40 working days. If you remain "
            "dissatisfied, you may complain to the Information Commissioner\u2019s Office: "
            f"{ICO_FOI}")
    para(d, "Yours sincerely,")
    para(d, "Information Management Team")
    para(d, "London Borough of Hackney")
    para(d, SYN, italic=True)
    save_docx(d, "hackney-our-response-headings.docx")
    label("hackney-our-response-headings.docx", "docx", "London Borough of Hackney",
          "E09000012", "partial", ["s22"],
          {n: joined(HACKNEY_A[n]) for n in range(1, 6)},
          {"review_held": "informal", "review_date": "2023-01", "papers_provided": "no",
           "s47_all_cases": "no", "changes_made": "not_stated",
           "definition_changed": "no", "rolling_is_non_mobile": "not_stated",
           "age_based": "no", "age_threshold_months": None},
          ["https://www.chscp.org.uk/", OGL, ICO_FOI])


# ---- 5. Bradford: "Part 1" numbering, metadata table, "N/A", Parts 3 and 5
#         answered together and out of order, cross-reference to Part 1

BRAD_A = {
    1: ["Bradford Safeguarding Children Partnership does not have a procedure of its "
        "own on this subject. Bradford, Calderdale, Kirklees and Wakefield use a joint "
        "protocol on bruising in non-mobile children, which forms part of the West "
        "Yorkshire Consortium procedures. The protocol was issued in March 2021.",
        "The Partnership\u2019s Policy and Procedures subgroup discussed the Panel\u2019s "
        "briefing in March '23 and was satisfied that the joint protocol already met "
        "the briefing\u2019s recommendations. No formal review was commissioned, and the "
        "subgroup agreed that no changes were needed. As there was no formal review, "
        "there is no report on its outcome."],
    2: ["N/A"],
    35: ["The joint protocol does not require a section 47 enquiry or a strategy "
         "discussion in every case. Each bruised baby who is not independently mobile "
         "is referred to Children\u2019s Social Care and to a paediatrician for an "
         "assessment on the same day, and a strategy discussion is arranged if the "
         "paediatrician or Children\u2019s Social Care still has concerns once that "
         "assessment is complete.",
         "The protocol describes a child as not independently mobile if they are not "
         "yet crawling, bottom-shuffling, pulling to stand, cruising or walking. A baby "
         "who can roll over still falls within that description. Whether a baby is "
         "mobile is judged from their development, not from their age, and the "
         "definition has not changed since the protocol was issued."],
    4: ["As explained in our answer to Part 1, the subgroup did not consider any "
        "changes to be necessary, and none were made."],
}


def make_bradford():
    d = new_docx(["City of Bradford Metropolitan District Council",
                  "Children\u2019s Services \u2013 Freedom of Information"],
                 footer_text="Bradford Council \u2013 OFFICIAL")
    para(d, "Freedom of Information Act 2000 \u2013 Response", bold=True)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate([("Reference", "FOI-BDC-25-06412"),
                                ("Date received", "12 November 2025"),
                                ("Date of response", "8 December 2025")]):
        t.cell(r, 0).text = k
        t.cell(r, 1).text = v
    para(d, "")
    para(d, "Dear Requester,")
    para(d, "Your request about policies on bruising in non-mobile infants has been "
            "dealt with under the Freedom of Information Act 2000. For ease of "
            "reference we have split it into five parts. Each part is summarised in "
            "bold and followed by the Council\u2019s response. Parts 3 and 5 are closely "
            "linked, so we have answered them together.")
    sections = [
        ("Part 1 \u2013 Was there a review of the Council\u2019s safeguarding policies after "
         "the Panel\u2019s guidance was published, when was it, and what did it conclude?",
         BRAD_A[1]),
        ("Part 2 \u2013 Papers giving information on the outcome of the review", BRAD_A[2]),
        ("Parts 3 and 5 \u2013 Whether the policy requires a section 47 enquiry or "
         "strategy discussion in all cases; whether the definition of \u201cnot "
         "independently mobile\u201d has changed and how it is now defined", BRAD_A[35]),
        ("Part 4 \u2013 Changes made for consistency with the evidence base and national "
         "guidelines", BRAD_A[4]),
    ]
    for head, paras in sections:
        para(d, head, bold=True)
        for p in paras:
            para(d, p)
    para(d, "Re-use of information: the information supplied may be re-used under the "
            f"Open Government Licence ({OGL}).")
    para(d, "If you are unhappy with the way your request has been handled, you can ask "
            "for an internal review within 40 working days of receiving this response. "
            "If you are still not satisfied, you can contact the Information "
            f"Commissioner\u2019s Office at {ICO_COMPLAINT}")
    para(d, "Yours sincerely,")
    para(d, "Freedom of Information Officer")
    para(d, "Children\u2019s Services, Bradford Council")
    para(d, SYN)
    save_docx(d, "bradford-parts.docx")
    label("bradford-parts.docx", "docx", "City of Bradford Metropolitan District Council",
          "E08000032", "answered", [],
          {1: joined(BRAD_A[1]), 2: joined(BRAD_A[2]), 3: joined(BRAD_A[35]),
           4: joined(BRAD_A[4]), 5: joined(BRAD_A[35])},
          {"review_held": "informal", "review_date": "2023-03", "papers_provided": "no",
           "s47_all_cases": "no", "changes_made": "no", "definition_changed": "no",
           "rolling_is_non_mobile": "yes", "age_based": "no",
           "age_threshold_months": None},
          [OGL, ICO_COMPLAINT])


# ---- 6. Lancashire: whole request refused under s12 (cost limit)

def make_lancashire():
    d = new_docx(["Lancashire County Council",
                  "Information Governance Team, PO Box 78, County Hall, Fishergate, "
                  "Preston PR1 8XJ"])
    para(d, "Our reference: LCC/FOI/25/10447")
    para(d, "Date: 2 December 2025")
    para(d, "Dear Requester,")
    para(d, "Freedom of Information Act 2000 \u2013 request about bruising in non-mobile "
            "infants", bold=True)
    para(d, "We have considered your request of 12 November 2025, in which you asked "
            "five questions about any review of safeguarding policies that followed the "
            "national Panel\u2019s briefing of September 2022, about section 47 enquiries "
            "and strategy discussions, about changes made, and about the definition of "
            "\u201cnot independently mobile\u201d.")
    para(d, "Section 12 of the Act allows a public authority to refuse a request where "
            "it estimates that the cost of complying would exceed the appropriate "
            "limit. For local authorities the limit is \u00a3450, which is calculated at "
            "\u00a325 an hour and is therefore equivalent to 18 hours of work.")
    para(d, "Until 31 August 2023, children\u2019s safeguarding arrangements across the "
            "county were overseen by the Children\u2019s Safeguarding Assurance "
            "Partnership, which also covered Blackburn with Darwen and Blackpool. The "
            "records of that partnership\u2019s policy work during 2022 and 2023 were kept "
            "in shared mailboxes and team sites that were archived when the new "
            "place-based arrangements began on 1 September 2023, and they are not "
            "indexed by subject. To find out whether a review took place, and to locate "
            "any papers about it, officers would have to open and read the archived "
            "material item by item.")
    para(d, "A sampling exercise took three hours to search one month of one archived "
            "mailbox. At least fourteen months of material across four mailboxes would "
            "need to be searched, and we estimate that this alone would take well over "
            "18 hours. Because all five questions relate to the same overarching "
            "subject, they have been aggregated for the purpose of the estimate, as the "
            "Fees Regulations allow. The Council is therefore refusing your request "
            "under section 12(1) of the Act, and this letter is a refusal notice under "
            "section 17(5).")
    para(d, "Advice and assistance", bold=True)
    para(d, "You may be able to bring a request within the cost limit by narrowing it, "
            "for example by asking only for the current version of the procedure and "
            "its definition of a non-mobile baby. The current pan-Lancashire "
            "procedures are published at https://panlancashirescp.trixonline.co.uk/")
    para(d, "Your right to ask for a review", bold=True)
    para(d, "If you are unhappy with our decision, you may ask for an internal review by "
            "writing to the Information Governance Team within 40 working days. If you "
            "remain unhappy, you can complain to the Information Commissioner\u2019s "
            f"Office: {ICO_FOI}")
    para(d, "Yours faithfully,")
    para(d, "Information Governance Team")
    para(d, "Lancashire County Council")
    para(d, SYN)
    save_docx(d, "lancashire-s12-refusal.docx")
    label("lancashire-s12-refusal.docx", "docx", "Lancashire County Council", "E10000017",
          "refused", ["s12"], {}, dict(NOT_STATED),
          ["https://panlancashirescp.trixonline.co.uk/", ICO_FOI])


# --------------------------------------------------------------------------- HTML

# ---- 7. Barnet: disclosure-log page, answers in an <ol> (numbers not in the text),
#         a timeline table in the middle of answer 1, absolute social link in footer

BARNET_TABLE = [
    ("Date", "Event"),
    ("29 September 2022", "Panel\u2019s briefing published"),
    ("November 2022", "Review commissioned by the Partnership\u2019s executive"),
    ("8 February 2023", "Review carried out by the Practice Review Group"),
    ("April 2024", "London practice guidance published"),
]
BARNET_A = {
    1: ["Yes. Barnet Safeguarding Children Partnership reviewed its local guidance on "
        "bruising in babies who are not independently mobile after receiving the "
        "Panel\u2019s briefing. The main dates are shown below.",
        "TABLE",
        "The Practice Review Group concluded that Barnet\u2019s guidance relied too "
        "heavily on an automatic strategy discussion, and that it did not explain "
        "clearly enough what \u201cnot independently mobile\u201d meant."],
    2: ["The revised guidance and a two-page briefing note summarising the review\u2019s "
        "findings can be downloaded from the Partnership\u2019s website: Bruising in "
        "non-mobile babies \u2013 guidance and briefing note."],
    3: ["No. A bruised non-mobile baby is referred to the MASH and seen by a "
        "paediatrician. The MASH team manager and the paediatrician then decide "
        "together whether the threshold for a strategy discussion is met."],
    4: ["The guidance was rewritten so that the decision about a strategy discussion "
        "follows the paediatric assessment rather than coming before it; a definition "
        "of \u201cnot independently mobile\u201d was added (see the next answer); and GPs "
        "and health visitors are now asked to give parents the Partnership\u2019s "
        "leaflet."],
    5: ["Yes. The previous guidance had no definition. The revised guidance describes a "
        "baby as not independently mobile until the baby can get from one place to "
        "another on its own. Rolling over counts as getting from place to place, so a "
        "baby who has begun to roll is treated as mobile, although practitioners are "
        "reminded that a bruise on any young baby needs an explanation. The definition "
        "rests on what the baby can do rather than on age."],
}
BARNET_PAPERS_URL = "https://www.barnetscp.org.uk/professionals/bruising-in-non-mobile-babies"


def make_barnet():
    items = []
    for n in range(1, 6):
        if n == 1:
            rows = "\n".join(
                "<tr>\n" + "\n".join(
                    (f"<th scope=\"col\">{hesc(c)}</th>" if i == 0 else f"<td>{hesc(c)}</td>")
                    for c in row) + "\n</tr>"
                for i, row in enumerate(BARNET_TABLE))
            body = (f"<p>{hesc(BARNET_A[1][0])}</p>\n<table class=\"govuk-table\">\n"
                    f"{rows}\n</table>\n<p>{hesc(BARNET_A[1][2])}</p>")
        elif n == 2:
            body = ("<p>The revised guidance and a two-page briefing note summarising the "
                    "review\u2019s findings can be downloaded from the Partnership\u2019s "
                    f"website: <a href=\"{BARNET_PAPERS_URL}\">Bruising in non-mobile "
                    "babies \u2013 guidance and briefing note</a>.</p>")
        else:
            body = "\n".join(f"<p>{hesc(p)}</p>" for p in BARNET_A[n])
        items.append(f"<li>\n{body}\n</li>")
    req = "\n".join(f"<li>{hesc(q)}</li>" for q in REQUEST_Q)
    html = f"""<!DOCTYPE html>
<!-- {SYN} (holdout corpus, make_fixtures.py) -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile babies \u2013 policy review | Freedom of information disclosure log | Barnet Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/barnet/css/style.css">
<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">Barnet Council</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/council-tax">Council Tax</a></li>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/children-and-families">Children and families</a></li>
      <li><a href="/your-council">Your council</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/your-council">Your council</a> &gt; <a href="/your-council/foi-disclosure-log">Disclosure log</a> &gt; FOI 25-9012</div>
<main id="main">
<h1>Bruising in non-mobile babies \u2013 policy review</h1>
<dl class="disclosure-meta">
  <dt>Reference</dt><dd>FOI 25-9012</dd>
  <dt>Date received</dt><dd>10/11/2025</dd>
  <dt>Date responded</dt><dd>05/12/2025</dd>
  <dt>Category</dt><dd>Children\u2019s services</dd>
</dl>
<h2>Request</h2>
<p>{hesc(REQUEST_PREAMBLE)}</p>
<ol class="request-questions">
{req}
</ol>
<h2>Response</h2>
<p>Barnet Council\u2019s answers are given below in the order of your questions.</p>
<ol class="response-answers">
{chr(10).join(items)}
</ol>
<h3>Copyright and re-use</h3>
<p>The information we have provided may be re-used under the terms of the <a href="{OGL}">Open Government Licence</a>.</p>
<h3>Not happy with our response?</h3>
<p>You can ask for an internal review by emailing foi@barnet.gov.uk within 40 working days. If you are still not satisfied, you can <a href="{ICO_COMPLAINT}">complain to the Information Commissioner\u2019s Office</a>.</p>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="https://www.facebook.com/barnetcouncil">Barnet Council on Facebook</a></li>
  </ul>
  <p>&copy; London Borough of Barnet</p>
</footer>
</body>
</html>
"""
    (OUT / "barnet-disclosure-log.html").write_text(html, encoding="utf-8")
    label("barnet-disclosure-log.html", "html", "London Borough of Barnet", "E09000003",
          "answered", [],
          {n: answer_text(BARNET_A[n], BARNET_TABLE) for n in range(1, 6)},
          {"review_held": "formal", "review_date": "2023-02", "papers_provided": "yes",
           "s47_all_cases": "no", "changes_made": "yes", "definition_changed": "yes",
           "rolling_is_non_mobile": "no", "age_based": "no",
           "age_threshold_months": None},
          [BARNET_PAPERS_URL, OGL, ICO_COMPLAINT])


# ---- 8. Northumberland: WhatDoTheyKnow-style request page; the request (with the
#         five questions) is on the page; the council's reply redirects to NCASP

NCASP_URL = "https://www.ncasp.org.uk/contact-us/"


def make_northumberland():
    req_html = "<br>\n".join(
        [f"Dear Northumberland County Council,", "", hesc(REQUEST_PREAMBLE), "",
         "Can you respond to the following freedom of information request:"]
        + [f"{i}. {hesc(q)}" for i, q in enumerate(REQUEST_Q, 1)]
        + ["", "Yours faithfully,", "", "A Requester"])
    reply_paras = [
        "Dear Requester,",
        "Freedom of Information request \u2013 our reference 4410/25",
        "Thank you for your request, which was received on 10 November 2025.",
        "Northumberland County Council does not hold the information you have asked "
        "for. The procedure on bruising in non-mobile babies that applies in "
        "Northumberland is a chapter of the North and South of Tyne child protection "
        "procedures, which Northumberland shares with Gateshead, Newcastle, North "
        "Tyneside, South Tyneside and Sunderland. Reviews of that procedure, any "
        "papers about them and the definitions it uses are matters for Northumberland "
        "Children and Adults Safeguarding Partnership (NCASP), which brings together "
        "the Council, Northumbria Police and the NHS, and the information you want is "
        "held by the Partnership rather than by the Council.",
        "Safeguarding partnerships are not listed as public authorities under the Act, "
        "but NCASP has told us that it is willing to respond to enquiries like yours. "
        "Please send your questions to the Partnership\u2019s business unit using the "
        f"form at <a href=\"{NCASP_URL}\">{NCASP_URL}</a>",
        "If you are unhappy with the way we have handled your request, you may ask for "
        "an internal review within 40 working days. If you are still dissatisfied, you "
        "can complain to the Information Commissioner: "
        f"<a href=\"{ICO_COMPLAINT}\">{ICO_COMPLAINT}</a>",
        "Kind regards,<br>\nInformation Governance Team<br>\nNorthumberland County "
        "Council<br>\nCounty Hall, Morpeth, Northumberland NE61 2EF",
    ]
    reply_html = "\n".join(
        f"<p>{p if ('<a ' in p or '<br>' in p) else hesc(p)}</p>" for p in reply_paras)
    html = f"""<!DOCTYPE html>
<!-- {SYN} (holdout corpus, make_fixtures.py). Layout imitates an Alaveteli request page. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants - a Freedom of Information request to Northumberland County Council - WhatDoTheyKnow</title>
<link rel="alternate" type="application/json" href="/request/bruising_in_non_mobile_infants_412.json">
<link rel="stylesheet" href="/assets/application.css">
</head>
<body class="request-show">
<div id="banner">
  <a href="/" id="logo">WhatDoTheyKnow</a>
  <ul id="topnav">
    <li><a href="/select_authority">Make a request</a></li>
    <li><a href="/list/all">Browse requests</a></li>
    <li><a href="/body/list/all">View authorities</a></li>
    <li><a href="/help/about">Help</a></li>
  </ul>
</div>
<div id="wrapper">
<div id="content">
<div id="left_column" class="left_column">
<h1>Bruising in non-mobile infants</h1>
<p class="request-header__subtitle">Request sent to <a href="/body/northumberland_county_council">Northumberland County Council</a> by <a href="/user/a_requester">A Requester</a> on 10 November 2025.</p>
<p id="request_status" class="request-status-message">Awaiting classification.</p>

<div class="correspondence box outgoing" id="outgoing-1">
  <div class="correspondence__header">
    <span class="correspondent_name">A Requester</span>
    <time datetime="2025-11-10T09:12:44+00:00">10 November 2025</time>
  </div>
  <div class="correspondence_text">
    <p>{req_html}</p>
  </div>
</div>

<div class="correspondence box incoming" id="incoming-2">
  <div class="correspondence__header">
    <span class="correspondent_name">Northumberland County Council</span>
    <time datetime="2025-12-01T15:40:02+00:00">1 December 2025</time>
  </div>
  <div class="correspondence_text">
{reply_html}
  </div>
  <p class="correspondence__footer"><a href="#incoming-2">Link to this</a> | <a href="/request/bruising_in_non_mobile_infants_412/response/2/report">Report</a></p>
</div>
<div class="request-actions"><a href="/request/bruising_in_non_mobile_infants_412/followup/new">Send follow up</a> <a href="/request/bruising_in_non_mobile_infants_412/new_annotation">Add an annotation</a></div>
</div>
<div id="right_column" class="sidebar">
  <h2>Follow this request</h2>
  <p><a href="/request/bruising_in_non_mobile_infants_412/track">Follow</a> | <a href="/feed/request/bruising_in_non_mobile_infants_412">RSS feed</a></p>
  <h2>Other requests to Northumberland County Council</h2>
  <ul><li><a href="/request/school_transport_appeals_2024">School transport appeals 2024</a></li></ul>
</div>
</div>
</div>
<div id="footer"><a href="/help/privacy">Privacy</a> | <a href="/help/contact">Contact</a> | WhatDoTheyKnow is run by mySociety</div>
</body>
</html>
"""
    (OUT / "northumberland-wdtk-redirect.html").write_text(html, encoding="utf-8")
    label("northumberland-wdtk-redirect.html", "html", "Northumberland County Council",
          "E06000057", "redirected", [], {}, dict(NOT_STATED),
          [NCASP_URL, ICO_COMPLAINT])


# --------------------------------------------------------------------------- EML

def email_bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=policy.SMTP)


# ---- 9. Croydon: short reply "please find our response attached", full answers in
#         an attached PDF with (a)-(e) lettering; s40(2) redaction of enclosed papers

CROYDON_A = {
    1: ["Yes. Croydon Safeguarding Children Partnership\u2019s multi-agency guidance on "
        "bruising and injuries in non-mobile babies was refreshed in June 2023 in "
        "response to the Panel\u2019s briefing. As part of the refresh, the "
        "Partnership\u2019s Policy and Procedures subgroup compared the guidance, which "
        "was first issued in 2020, with the briefing and with the Royal College of "
        "Paediatrics and Child Health\u2019s evidence summaries on bruising. It concluded "
        "that the guidance was sound in most respects, but that it needed to say more "
        "clearly what should happen after a referral and to give families more "
        "information."],
    2: ["A copy of the report considered by the subgroup is enclosed with this letter. "
        "The names of junior members of staff have been redacted under section 40(2) "
        "of the Act, because disclosing them would breach the data protection "
        "principles. The refreshed guidance itself is published at "
        "https://croydonscp.org.uk/practitioners/non-mobile-babies/"],
    3: ["No. The refreshed guidance requires a same-day referral to Croydon\u2019s Single "
        "Point of Contact and a paediatric assessment. A strategy discussion is "
        "convened where the assessment, or other information held by partner "
        "agencies, gives cause for concern. Where it does not, the social work manager "
        "must record why a strategy discussion is not needed."],
    4: ["The refresh added a one-page flowchart for practitioners; the requirement, "
        "described in our answer to (c), to record the reasons whenever a strategy "
        "discussion is not held; a leaflet for parents; and a section on recognising "
        "bruising on black and brown skin."],
    5: ["No, the refresh did not change the definition. Any baby younger than six "
        "months is treated as not independently mobile. Older babies are treated as "
        "not independently mobile if they are not yet crawling, cruising or walking."],
}
CROYDON_PRIVACY = "https://www.croydon.gov.uk/council-and-elections/privacy-notice"


def croydon_letter_pdf() -> bytes:
    s = [P("Croydon Council", BIG),
         P("London Borough of Croydon \u2013 Information Management Team", BOLD),
         P("Bernard Weatherill House, 8 Mint Walk, Croydon CR0 1EA", TIGHT),
         Spacer(1, 6 * mm),
         P("Reference: FOI/CRY/25/7731", TIGHT),
         P("Date: 3 December 2025", TIGHT),
         Spacer(1, 4 * mm),
         P("Dear Requester,"),
         P("Thank you for your request for information received on 10 November 2025. "
           "We have lettered your five questions (a) to (e). Each question is shown in "
           "bold with our answer beneath it.")]
    for n, letter in zip(range(1, 6), "abcde"):
        s.append(PM(f"<b>({letter}) {xesc(REQUEST_Q[n - 1])}</b>"))
        s += [P(p) for p in CROYDON_A[n]]
    s += [Spacer(1, 2 * mm),
          P("You are free to re-use the information in this letter under the Open "
            f"Government Licence: {OGL}"),
          P("If you are dissatisfied with the handling of your request, you may ask for "
            "an internal review within 40 working days of this letter. If you are "
            "still dissatisfied after that, you may complain to the Information "
            f"Commissioner\u2019s Office at {ICO_FOI}"),
          P("Yours sincerely,"),
          Spacer(1, 4 * mm),
          P("Information Management Team", TIGHT),
          P("Croydon Council", TIGHT),
          Spacer(1, 6 * mm),
          P(SYN, SMALL)]
    return build_pdf(s, "FOI/CRY/25/7731 response", "London Borough of Croydon",
                     footer_left="FOI/CRY/25/7731")


def make_croydon():
    pdf = croydon_letter_pdf()
    body = (
        "Dear Requester,\n\n"
        "Freedom of Information Request \u2013 FOI/CRY/25/7731\n\n"
        "Please find our response attached.\n\n"
        "If you have any questions about it, please reply to this email quoting the "
        "reference above.\n\n"
        "Kind regards,\n\n"
        "Information Management Team\n"
        "Croydon Council\n"
        "Bernard Weatherill House, 8 Mint Walk, Croydon CR0 1EA\n\n"
        f"Find out how we use your personal information: {CROYDON_PRIVACY}\n\n"
        "This email and any attachments are intended only for the addressee. If you "
        "have received it in error, please tell the sender and delete it.\n")
    m = EmailMessage()
    m["From"] = "Croydon Council Information Management <foi@croydon.gov.uk>"
    m["To"] = "A Requester <a.requester@example.org>"
    m["Subject"] = "Freedom of Information Request - Ref: FOI/CRY/25/7731 - Response"
    m["Date"] = "Wed, 03 Dec 2025 10:14:22 +0000"
    m["Message-ID"] = "<FOI-CRY-25-7731.20251203101422@croydon.gov.uk>"
    m["X-Synthetic-Test-Document"] = SYN
    m.set_content(body, cte="quoted-printable")
    m.add_attachment(pdf, maintype="application", subtype="pdf",
                     filename="FOI-CRY-25-7731 Response.pdf")
    m.set_boundary("=_croydon_foi_7731_mixed")
    (OUT / "croydon-attached-letter.eml").write_bytes(email_bytes(m))
    label("croydon-attached-letter.eml", "eml", "London Borough of Croydon", "E09000008",
          "answered", ["s40(2)"], {n: joined(CROYDON_A[n]) for n in range(1, 6)},
          {"review_held": "formal", "review_date": "2023-06", "papers_provided": "yes",
           "s47_all_cases": "no", "changes_made": "yes", "definition_changed": "no",
           "rolling_is_non_mobile": "not_stated", "age_based": "yes",
           "age_threshold_months": 6},
          [CROYDON_PRIVACY, "https://croydonscp.org.uk/practitioners/non-mobile-babies/",
           OGL, ICO_FOI])


# ---- 10. Sefton: run-on paragraphs, questions never repeated, "In answer to your
#          first question ..."; quoted original request (with the questions) below

SEFTON_LEADS = ["In answer to your first question, ", "Turning to your second question, ",
                "On your third question, ", "As regards your fourth question, ",
                "Finally, "]
SEFTON_A = {
    1: "there has been no review of the procedure on bruising in non-mobile babies "
       "since the Panel\u2019s briefing was published, and the briefing has not been "
       "considered by the Partnership or by the Merseyside procedures group. A review "
       "is scheduled for March 2026 so that the procedure can take account of the "
       "definition of independent mobility added to NICE guideline CG89 in December "
       "2025.",
    2: "there are no papers to provide, as no review has taken place.",
    3: "the procedure does require a strategy discussion in every case. A strategy "
       "discussion must be held whenever a bruise is seen on a baby who is not "
       "independently mobile, and a section 47 enquiry follows unless the strategy "
       "discussion agrees that there is a clear and innocent explanation for the "
       "bruise.",
    4: "no changes have been made.",
    5: "the definition of a non-mobile baby has not changed. The procedure treats a "
       "baby as not independently mobile until they can crawl, bottom-shuffle, pull "
       "themselves up to stand or walk, so a baby who can roll but cannot do any of "
       "those things is still covered by it.",
}


def make_sefton():
    intro = ("Thank you for your request for information, which the Council received on "
             "11 November 2025 and has considered under the Freedom of Information Act "
             "2000. Sefton Safeguarding Children Partnership follows the Merseyside "
             "child protection procedures, which are shared with the partnerships for "
             "Knowsley, Liverpool and Wirral.")
    answers = [SEFTON_LEADS[n - 1] + SEFTON_A[n] for n in range(1, 6)]
    closing = [
        "I hope this information is helpful.",
        f"You may re-use this information under the Open Government Licence: {OGL}",
        "If you are unhappy with this response you may ask for an internal review by "
        "replying to this email within 40 working days. If you remain unhappy after "
        "the review, you can complain to the Information Commissioner: " + ICO_FOI,
    ]
    sig = ["Kind regards", "", "Information Management Team", "Sefton Council",
           "Magdalen House, 30 Trinity Road, Bootle L20 3NJ", "foi@sefton.gov.uk"]
    quoted_head = ["-----Original Message-----",
                   "From: A Requester <a.requester@example.org>",
                   "Sent: 11 November 2025 09:02",
                   "To: FOI <foi@sefton.gov.uk>",
                   "Subject: Freedom of Information request - Policies on bruising in "
                   "non-mobile infants"]
    quoted_body = (["Dear Sefton Council,", "", REQUEST_PREAMBLE, "",
                    "Can you respond to the following freedom of information request:"]
                   + [f"{i}. {q}" for i, q in enumerate(REQUEST_Q, 1)]
                   + ["", "Yours faithfully,", "A Requester"])
    text = "\n\n".join(["Dear Requester,", intro] + answers + closing) + "\n\n" + \
        "\n".join(sig) + "\n\n" + "\n".join(quoted_head) + "\n\n" + \
        "\n".join(quoted_body) + "\n"

    def hp(t):
        return f"<p>{hesc(t)}</p>"
    html_parts = [hp("Dear Requester,"), hp(intro)] + [hp(a) for a in answers]
    html_parts += [hp(closing[0]),
                   f"<p>You may re-use this information under the Open Government "
                   f"Licence: <a href=\"{OGL}\">{OGL}</a></p>",
                   "<p>If you are unhappy with this response you may ask for an internal "
                   "review by replying to this email within 40 working days. If you "
                   "remain unhappy after the review, you can complain to the Information "
                   f"Commissioner: <a href=\"{ICO_FOI}\">{ICO_FOI}</a></p>",
                   "<p>Kind regards</p><p>Information Management Team<br>Sefton Council"
                   "<br>Magdalen House, 30 Trinity Road, Bootle L20 3NJ<br>"
                   "foi@sefton.gov.uk</p>",
                   "<div style=\"border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0\">"
                   "<p><b>From:</b> A Requester &lt;a.requester@example.org&gt;<br>"
                   "<b>Sent:</b> 11 November 2025 09:02<br><b>To:</b> FOI "
                   "&lt;foi@sefton.gov.uk&gt;<br><b>Subject:</b> Freedom of Information "
                   "request - Policies on bruising in non-mobile infants</p></div>",
                   hp("Dear Sefton Council,"), hp(REQUEST_PREAMBLE),
                   hp("Can you respond to the following freedom of information request:")]
    html_parts += [hp(f"{i}. {q}") for i, q in enumerate(REQUEST_Q, 1)]
    html_parts += [hp("Yours faithfully,"), hp("A Requester")]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"></head><body lang=\"EN-GB\">\n" + "\n".join(html_parts)
            + "\n</body></html>\n")
    m = EmailMessage()
    m["From"] = "Sefton Council FOI <foi@sefton.gov.uk>"
    m["To"] = "A Requester <a.requester@example.org>"
    m["Subject"] = ("RE: Freedom of Information request - Policies on bruising in "
                    "non-mobile infants [SMBC-FOI-25-4518]")
    m["Date"] = "Fri, 05 Dec 2025 16:03:51 +0000"
    m["Message-ID"] = "<SMBC-FOI-25-4518.20251205160351@sefton.gov.uk>"
    m["In-Reply-To"] = "<20251111090207.4c1d@example.org>"
    m["References"] = "<20251111090207.4c1d@example.org>"
    m["X-Synthetic-Test-Document"] = SYN
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.set_boundary("_000_SMBCFOI254518seftongovuk_")
    (OUT / "sefton-run-on-reply.eml").write_bytes(email_bytes(m))
    label("sefton-run-on-reply.eml", "eml", "Sefton Council", "E08000014", "answered",
          [], {n: SEFTON_A[n] for n in range(1, 6)},
          {"review_held": "none", "review_date": None, "papers_provided": "no",
           "s47_all_cases": "yes", "changes_made": "no", "definition_changed": "no",
           "rolling_is_non_mobile": "yes", "age_based": "not_stated",
           "age_threshold_months": None},
          [OGL, ICO_FOI])


# --------------------------------------------------------------------------- TXT

# ---- 11. Cumberland: plain text with CRLF line ends, questions quoted with the
#          requester's typo and numbered i.-v., answers prefixed "Answer -"

CUMB_Q = [REQUEST_Q[0].replace("Was there a review", "Was their a review")] + REQUEST_Q[1:]
CUMB_A = {
    1: "Yes. Shortly after the Panel's briefing was published, in December 2022, the "
       "pan-Cumbria procedure 'Bruising and injuries in non-mobile babies' was reviewed "
       "by the Cumbria Safeguarding Children Partnership's Policy and Procedures group. "
       "The group concluded that the procedure should be brought into line with the "
       "briefing, chiefly by removing the rule that every case went straight to a "
       "strategy discussion and by replacing the age-based definition it then used.",
    2: "The report to the Policy and Procedures group is attached as Appendix 1. The "
       "updated procedure, which is still shared by the Cumberland and the Westmorland "
       "and Furness partnerships, can be found at "
       "https://cumbriascp.proceduresonline.com/chapters/p_bruising_non_mob.html",
    3: "No. Since the review, the health professional who sees the bruise refers the "
       "baby to Children's Social Care and arranges a same-day paediatric assessment; "
       "Children's Social Care then decides, with the paediatrician, whether a "
       "strategy discussion is required.",
    4: "Please see our answers to i. and v. In addition, the procedure now contains a "
       "suggested script for explaining the referral to parents.",
    5: "Yes. Before the review, the procedure treated every baby under 6 months of age "
       "as non-mobile. It now defines a baby who is not independently mobile as one who "
       "cannot yet crawl, bottom-shuffle, cruise or walk. A baby who can roll is not "
       "treated as mobile on that ground alone. Age is no longer used to decide whether "
       "a baby is mobile.",
}
ROMAN = ["i.", "ii.", "iii.", "iv.", "v."]


def make_cumberland():
    lines = [
        "Cumberland Council",
        "Information Governance",
        "Cumbria House, 117 Botchergate, Carlisle CA1 1RD",
        "informationgovernance@cumberland.gov.uk",
        "",
        "Our ref: CC-FOI-2025-2291",
        "Date: 26 November 2025",
        "",
        "Dear Requester",
        "",
        "REQUEST FOR INFORMATION - FREEDOM OF INFORMATION ACT 2000",
        "",
        "Thank you for your request, received on 10 November 2025. Cumberland Council "
        "came into being on 1 April 2023, when it took over the services previously "
        "provided in the Allerdale, Carlisle and Copeland areas, including the children's "
        "services run until then by Cumbria County Council. Where our answers describe "
        "earlier events, they refer to work done under Cumbria County Council and the "
        "Cumbria Safeguarding Children Partnership, which until 31 March 2025 covered "
        "both Cumberland and Westmorland and Furness.",
        "",
        "Your questions are repeated below exactly as you wrote them.",
        "",
    ]
    for n in range(1, 6):
        lines += [f"{ROMAN[n - 1]} {CUMB_Q[n - 1]}", "", f"Answer - {CUMB_A[n]}", ""]
    lines += [
        "You are free to re-use the information provided under the Open Government "
        f"Licence: {OGL}",
        "",
        "If you are unhappy with how your request has been handled, you can ask for an "
        "internal review by contacting the Information Governance team within 40 working "
        "days. If you are not content with the outcome of the review, you can complain "
        f"to the Information Commissioner's Office: {ICO_COMPLAINT}",
        "",
        "Yours sincerely",
        "",
        "Information Governance Team",
        "Cumberland Council",
        "",
        SYN,
    ]
    (OUT / "cumberland-roman-crlf.txt").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    label("cumberland-roman-crlf.txt", "txt", "Cumberland Council", "E06000063",
          "answered", [], CUMB_A,
          {"review_held": "formal", "review_date": "2022-12", "papers_provided": "yes",
           "s47_all_cases": "no", "changes_made": "yes", "definition_changed": "yes",
           "rolling_is_non_mobile": "yes", "age_based": "no",
           "age_threshold_months": None},
          ["https://cumbriascp.proceduresonline.com/chapters/p_bruising_non_mob.html",
           OGL, ICO_COMPLAINT])


# ---- 12. Middlesbrough: case-system export; request and response both numbered
#          "1)"; question 5 silently left unanswered (partial)

MIDD_A = {
    1: "Yes. The Tees Safeguarding Children Procedures Group reviewed the procedure at "
       "its meeting on 5 October 2023, having first asked each of the four partnerships "
       "for comments on the Panel's briefing. It concluded that the procedure was "
       "consistent with the briefing on the need for a same-day paediatric assessment, "
       "but that it should say more clearly that a strategy discussion is not needed "
       "where the paediatric assessment finds a medical or accidental cause for the "
       "bruise. A revised version was published in January 2024.",
    2: "The revised procedure can be found at "
       "https://www.teescpp.org.uk/bruising-in-non-mobile-children/ and a note of the "
       "January 2024 amendments at https://www.teescpp.org.uk/amendments/january-2024/",
    3: "No - see our answer to question 1.",
    4: "Please refer to our answer to question 1. The January 2024 amendments also "
       "added a flowchart and a reminder to record the baby's skin tone and any "
       "birthmarks.",
}


def make_middlesbrough():
    plain_q = [q.replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"')
               for q in REQUEST_Q]
    lines = [
        "MIDDLESBROUGH COUNCIL",
        "Freedom of Information - Disclosure",
        "",
        "Case reference:   25/FOI/03977",
        "Received:         10/11/2025",
        "Responded:        03/12/2025",
        "Subject:          Bruising in non-mobile infants - safeguarding policy review",
        "",
        "REQUEST DETAILS",
        "---------------",
        "The requester referred to the Child Safeguarding Practice Review Panel's "
        "guidance of September 2022 and asked:",
    ]
    lines += [f"{i}) {q}" for i, q in enumerate(plain_q, 1)]
    lines += [
        "",
        "RESPONSE DETAILS",
        "----------------",
        "Middlesbrough Council's response is set out below. Middlesbrough shares its "
        "safeguarding arrangements with Redcar and Cleveland through the South Tees "
        "Safeguarding Children Partnership, and the procedure on bruising in non-mobile "
        "children is part of the Tees child protection procedures used in Hartlepool, "
        "Middlesbrough, Redcar and Cleveland and Stockton-on-Tees.",
        "",
    ]
    for n in range(1, 5):
        lines += [f"{n}) {MIDD_A[n]}", ""]
    lines += [
        "Re-use: the information in this response may be re-used under the Open "
        f"Government Licence {OGL}",
        "",
        "If you are dissatisfied with the handling of your request you can ask for an "
        "internal review within 40 working days of the date of this response. You may "
        "then complain to the Information Commissioner's Office: " + ICO_COMPLAINT,
        "",
        "Information Governance, Middlesbrough Council, Fountain Court, 119 Grange Road, "
        "Middlesbrough TS1 2DT",
        "",
        SYN,
    ]
    (OUT / "middlesbrough-case-export.txt").write_text("\n".join(lines) + "\n",
                                                       encoding="utf-8")
    label("middlesbrough-case-export.txt", "txt", "Middlesbrough Council", "E06000002",
          "partial", [], MIDD_A,
          {"review_held": "formal", "review_date": "2023-10", "papers_provided": "yes",
           "s47_all_cases": "no", "changes_made": "yes",
           "definition_changed": "not_stated", "rolling_is_non_mobile": "not_stated",
           "age_based": "not_stated", "age_threshold_months": None},
          ["https://www.teescpp.org.uk/bruising-in-non-mobile-children/",
           "https://www.teescpp.org.uk/amendments/january-2024/", OGL, ICO_COMPLAINT])


def main():
    make_lambeth()
    make_wakefield()
    make_sunderland()
    make_hackney()
    make_bradford()
    make_lancashire()
    make_barnet()
    make_northumberland()
    make_croydon()
    make_sefton()
    make_cumberland()
    make_middlesbrough()
    (OUT / "labels.json").write_text(
        json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LABELS)} documents and labels.json to {OUT}")


if __name__ == "__main__":
    main()
