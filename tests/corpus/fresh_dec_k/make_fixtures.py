"""Write the fresh_dec_k corpus: synthetic FOI replies about WHEN a review happened.

Every document is invented (real council names, invented content). Run with the project's
Python (reportlab, python-docx). Output is deterministic: fixed dates, fixed MIME boundaries,
reportlab's invariant mode and fixed zip timestamps inside the .docx files.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1  # no timestamps or random ids in the PDFs

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document written for foi-responses; not a real council reply."
URL_RE = re.compile(r"https?://[^\s<>\"')]+")

ICO = "https://ico.org.uk/make-a-complaint/"
ICO_HOME = "https://ico.org.uk"
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

# The requester's five questions, in this corpus's own wording of the request.
QUESTIONS = {
    "1": "Was there a review of your safeguarding policies after this guidance was "
    "published? If so, when was it held and what did it conclude?",
    "2": "Please provide any papers that set out the outcome of that review.",
    "3": "Does your policy require a section 47 investigation or a strategy discussion "
    "in all cases?",
    "4": "What changes were made so that the policy is consistent with the evidence base "
    "and national guidelines?",
    "5": "Has your definition of a child who is not independently mobile changed, and how "
    "is it defined now? In particular, are babies who can roll treated as not "
    "independently mobile, and is a child classed as not independently mobile on the "
    "basis of age?",
}
PREAMBLE = (
    "In September 2022 the Child Safeguarding Practice Review Panel published a briefing "
    "on bruising in non-mobile infants and asked all safeguarding partners to review "
    "their policies against the evidence base and national guidelines."
)

LABELS: list[dict] = []


class Text:
    """Collects every string the council's text shows, to check answers and links."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def __call__(self, s: str) -> str:
        self.parts.append(s)
        return s

    def urls(self) -> list[str]:
        found = URL_RE.findall("\n".join(self.parts))
        return [u.rstrip(".,;:") for u in found]

    def norm(self) -> str:
        return " ".join(" ".join(self.parts).split())


def fields(
    held: str,
    date: str | None,
    papers: str,
    s47: str,
    changes: str,
    defch: str,
    rolling: str,
    age: str,
    months: int | None,
) -> dict:
    return {
        "review_held": held,
        "review_date": date,
        "papers_provided": papers,
        "s47_all_cases": s47,
        "changes_made": changes,
        "definition_changed": defch,
        "rolling_is_non_mobile": rolling,
        "age_based": age,
        "age_threshold_months": months,
    }


def label(
    file: str,
    authority: str,
    code: str | None,
    outcome: str,
    answers: dict,
    status: dict,
    flds: dict,
    links: list[str],
    text: Text,
    exemptions: list[str] | None = None,
) -> None:
    """Record one reply's label after checking it against the rendered text."""
    body = text.norm()
    for q, a in answers.items():
        if a is not None:
            assert " ".join(a.split()) in body, (file, q, a[:60])
    assert text.urls() == links, (file, text.urls(), links)
    LABELS.append(
        {
            "file": file,
            "format": file.rsplit(".", 1)[1],
            "authority": authority,
            "authority_code": code,
            "outcome": outcome,
            "exemptions": exemptions or [],
            "answers": answers,
            "status": status,
            "fields": flds,
            "links": links,
        }
    )


def reject(file: str, why: str) -> None:
    LABELS.append({"file": file, "format": file.rsplit(".", 1)[1], "reject": True, "why": why})


def all_answered() -> dict:
    return {q: "answered" for q in "12345"}


# ---------------------------------------------------------------- PDF helpers


def pstyle(name: str, font: str, size: float = 10.5, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35, **kw)


def para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    s = html.escape(text, quote=False).replace("\n", "<br/>")
    return Paragraph(f"<b>{s}</b>" if bold else s, style)


def build_pdf(target, story: list, meta: dict, footer: str, font: str, banner=None) -> None:
    """Render a story with a page footer (page number + synthetic line) on every page."""

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        if banner is not None and doc.page == 1:
            banner(canvas)
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 12 * mm, f"{footer}    Page {doc.page}")
        canvas.drawString(20 * mm, 8 * mm, SYN)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=meta.get("top", 22) * mm,
        bottomMargin=22 * mm,
        title=meta["title"],
        author=meta["author"],
        subject=SYN,
        creator="foi-responses synthetic fixtures",
        keywords="synthetic, test",
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def grid(rows: list[list], widths: list[float], head: bool = True) -> Table:
    t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------- DOCX helpers


def add_field(paragraph, instr: str) -> None:
    """Insert a Word field (PAGE, NUMPAGES) so page numbers are real Word fields."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), ("end", None)):
        if kind is None:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
        if kind == "separate":
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)


def new_docx(title: str, author: str, header: str, font: str) -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(10.5)
    cp = doc.core_properties
    cp.title, cp.author, cp.subject = title, author, "Synthetic test document"
    cp.comments = SYN
    cp.created = cp.modified = datetime(2025, 12, 1, 9, 0, 0)
    cp.last_modified_by = author
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    small = sec.footer.add_paragraph(SYN)
    small.runs[0].font.size = Pt(7)
    small.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return doc


def save_docx(doc: Document, name: str) -> None:
    """Save with fixed zip timestamps so the bytes do not change between runs."""
    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 12, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    (OUT / name).write_bytes(out.getvalue())


def bold_line(doc: Document, text: str, style: str | None = None) -> None:
    p = doc.add_paragraph(style=style)
    p.add_run(text).bold = True


# ---------------------------------------------------------------- EML / HTML helpers


def mail_date(y: int, mo: int, d: int, h: int, mi: int) -> str:
    return format_datetime(datetime(y, mo, d, h, mi, 0, tzinfo=timezone.utc))


def write_mail(msg: EmailMessage, name: str) -> None:
    (OUT / name).write_bytes(msg.as_bytes())


def linkify(text: str) -> str:
    """Escape text for HTML and turn each URL into a link whose text is the URL."""
    out, pos = [], 0
    for m in URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:")
        out.append(html.escape(text[pos : m.start()]))
        out.append(f'<a href="{html.escape(url)}">{html.escape(url)}</a>')
        pos = m.start() + len(url)
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>\n")


def quote_request(typo: bool = False) -> str:
    """The requester's message as a council might quote it below a reply."""
    q1 = QUESTIONS["1"].replace("Was there", "Was their") if typo else QUESTIONS["1"]
    qs = [q1] + [QUESTIONS[k] for k in "2345"]
    lines = [PREAMBLE, "", "Please answer the following:"]
    lines += [f"{i}. {q}" for i, q in enumerate(qs, 1)]
    return "\n".join(lines)


# ================================================================ PDF documents


def wiltshire_pdf() -> None:
    """Letter with a key-dates table; the review date sits in the table and in Q1."""
    name, t = "wiltshire-decision-letter.pdf", Text()
    url = "https://www.wiltshirescp.org.uk/procedures/bruising-protocol/"
    ans = {
        "1": "Yes. Following the Child Safeguarding Practice Review Panel's briefing of "
        "September 2022, the Wiltshire Safeguarding Vulnerable People Partnership asked its "
        "Policy and Procedures Group to review the multi-agency protocol for bruising in "
        "non-mobile infants. The review took place on 14th March 2023. It concluded that the "
        "protocol should keep a low threshold for referral but should no longer send every "
        "case straight to a strategy discussion: a paediatric assessment and a conversation "
        "with the family now come first. The group also recommended a clearer definition of "
        "mobility and new wording about babies who can roll. These changes were signed off "
        "on 2 May 2023.",
        "2": f"The revised protocol is published on the Partnership's website at {url}. "
        "The review paper presented to the group is enclosed as Appendix A.",
        "3": "No. The protocol requires every bruised non-mobile infant to be seen by a "
        "paediatrician and discussed with children's social care. A strategy discussion is "
        "held where that first assessment leaves concerns; it is not automatic.",
        "4": None,
        "5": "Yes. The definition was rewritten in the 2023 revision. A baby is regarded as "
        "not independently mobile if they cannot crawl, bottom-shuffle, cruise or walk. A "
        "baby who can roll over, but who cannot do any of those things, is still treated "
        "as not independently mobile. The definition is developmental and does not depend "
        "on the child's age.",
    }
    a4 = "Please see our response to question 1, which describes the changes made."
    base = pstyle("w", "Helvetica")
    small = pstyle("ws", "Helvetica", 9)
    right = pstyle("wr", "Helvetica", 9.5, alignment=TA_RIGHT)

    def banner(c) -> None:
        c.setFillColor(colors.HexColor("#1d4f6e"))
        c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(20 * mm, A4[1] - 15 * mm, "Wiltshire Council")
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, A4[1] - 21 * mm, "Information Governance  |  County Hall, Trowbridge")

    story = [
        para(t("Our reference: WC-FOI-2025-08812\nDate: 21 November 2025"), right),
        Spacer(1, 6 * mm),
        para(t("Dear Requester,"), base),
        para(t("Freedom of Information Act 2000: bruising in non-mobile infants"), base, True),
        para(
            t(
                "Thank you for your request for information, received on 24 October 2025. "
                "Our response is set out below. For ease of reference we have summarised "
                "the key dates first."
            ),
            base,
        ),
        Spacer(1, 3 * mm),
    ]
    rows = [
        ["Item", "Date"],
        ["Request received", "24/10/2025"],
        ["Date of review", "14/03/2023"],
        ["Revised protocol signed off", "02/05/2023"],
        ["Next scheduled review", "2026"],
    ]
    for r in rows:
        t(" | ".join(r))
    story += [grid(rows, [70, 40]), Spacer(1, 5 * mm)]
    for q in "12345":
        a = ans[q] if ans[q] is not None else a4
        story.append(
            KeepTogether(
                [para(t(f"Question {q}: {QUESTIONS[q]}"), base, True), para(t(a), base)]
            )
        )
        story.append(Spacer(1, 3 * mm))
    story += [
        para(
            t(
                "You may re-use this information under the Open Government Licence: "
                f"{OGL}"
            ),
            small,
        ),
        para(
            t(
                "If you are unhappy with the way we have handled your request you may ask "
                "for an internal review by writing to the Information Governance team "
                "within 40 working days. If you remain dissatisfied you may complain to the "
                f"Information Commissioner's Office: {ICO}"
            ),
            small,
        ),
        Spacer(1, 5 * mm),
        para(t("Yours sincerely,\n\nInformation Governance Officer\nWiltshire Council"), base),
    ]
    build_pdf(
        str(OUT / name),
        story,
        {"title": "FOI response WC-FOI-2025-08812", "author": "Wiltshire Council", "top": 36},
        "Wiltshire Council  FOI WC-FOI-2025-08812",
        "Helvetica",
        banner,
    )
    st = all_answered()
    st["4"] = "see_other"
    label(
        name,
        "Wiltshire Council",
        "E06000054",
        "answered",
        ans,
        st,
        fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
        [url, OGL, ICO],
        t,
    )


def somerset_pdf() -> None:
    """Times letter quoting the request (with the requester's typo); d/m/yy dates."""
    name, t = "somerset-response-letter.pdf", Text()
    url = "https://www.somersetscp.org.uk/procedures/bruising-non-mobile-babies/"
    ans = {
        "1": "Yes. As part of its 2023 work programme, the Somerset Safeguarding Children "
        "Partnership's Policy and Procedures Subgroup reviewed the Bruising in Non-Mobile "
        "Babies Protocol, which had first been adopted in 2019. The review meeting took "
        "place on 6/3/23. The Subgroup concluded that the protocol was broadly sound, but "
        "that a medical assessment should come before any decision about a strategy "
        "discussion rather than after it, and that the description of mobility needed "
        "tightening. The revised protocol was signed off by the Partnership Executive on "
        "18/4/23 and published on 2/5/23.",
        "2": "The minutes of the Subgroup meeting (reference PPSG 06.03.2023) are enclosed, "
        "with the names of officers below head-of-service level redacted under section "
        "40(2) of the Act (personal information). The revised protocol can be read at "
        f"{url}",
        "3": "No. Every case is discussed with children's social care and the baby is seen "
        "by a paediatrician on the same day. Whether a strategy discussion or a section 47 "
        "enquiry follows depends on the outcome of that assessment.",
        "4": "The protocol now places the paediatric assessment before any decision on a "
        "strategy discussion, gives practitioners a short script for explaining the "
        "process to parents, and includes a new section on skin conditions that can be "
        "mistaken for bruising.",
        "5": "Yes, the definition changed. Under the revised protocol every baby under 6 "
        "months of age is treated as not independently mobile, whatever their "
        "developmental stage; above that age a baby is not independently mobile if they "
        "cannot crawl, cruise or walk. Rolling over does not make a baby mobile for the "
        "purposes of the protocol.",
    }
    base = pstyle("s", "Times-Roman", 11.5)
    quote = pstyle("sq", "Times-Italic", 10.5, leftIndent=10 * mm)
    right = pstyle("sr", "Times-Roman", 10, alignment=TA_RIGHT)
    story = [
        para(t("Somerset Council"), pstyle("sh", "Times-Bold", 20, alignment=TA_RIGHT)),
        para(t("Information Rights Team\nCounty Hall, Taunton"), right),
        Spacer(1, 8 * mm),
        para(
            t("Our reference: SC/FOI/25/3307\nYour request dated: 22/10/2025\nDate: 14/11/2025"),
            base,
        ),
        Spacer(1, 5 * mm),
        para(t("Dear Sir or Madam"), base),
        para(t("Request for information: bruising in non-mobile babies"), base, True),
        para(t("You asked us the following, which we have answered in turn:"), base),
        para(PREAMBLE, quote),
    ]
    for q in "12345":
        qtext = QUESTIONS[q].replace("Was there", "Was their") if q == "1" else QUESTIONS[q]
        story += [
            Spacer(1, 3 * mm),
            para(f"{q}. {qtext}", quote),
            para(t("Response:"), base, True),
            para(t(ans[q]), base),
        ]
    story += [
        PageBreak(),
        para(t("Your rights"), base, True),
        para(
            t(
                "If you are not satisfied with this response you may ask for an internal "
                "review within two months of the date of this letter. If you are still "
                "unhappy after that, you can complain to the Information Commissioner's "
                "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, or online "
                f"at {ICO_HOME}."
            ),
            base,
        ),
        Spacer(1, 8 * mm),
        para(t("Yours faithfully\n\nInformation Rights Officer\nSomerset Council"), base),
    ]
    build_pdf(
        str(OUT / name),
        story,
        {"title": "Response SC/FOI/25/3307", "author": "Somerset Council"},
        "Somerset Council - Information Rights - SC/FOI/25/3307",
        "Times-Roman",
    )
    label(
        name,
        "Somerset Council",
        "E06000066",
        "answered",
        ans,
        all_answered(),
        fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "yes", 6),
        [url, ICO_HOME],
        t,
        ["s40(2)"],
    )


def hampshire_pdf() -> None:
    """Answers in a three-column table; informal consideration dated by quarter."""
    name, t = "hampshire-hips-reply.pdf", Text()
    url = "https://www.hipsprocedures.org.uk/bruising-protocol"
    q45 = (
        "Questions 4 and 5: no changes were made as a result of the briefing, and the "
        "definition of 'not independently mobile' has not changed. The protocol defines it "
        "by the child's developmental stage, not by age: a child who cannot crawl, cruise, "
        "bottom-shuffle or walk is treated as not independently mobile. The protocol can be "
        f"read at {url}"
    )
    ans = {
        "1": "There was no formal review. The Hampshire, Isle of Wight, Portsmouth and "
        "Southampton (HIPS) procedures group considered the briefing in Q3 2023, when it "
        "looked at the national learning published over the previous year, and compared it "
        "with the HIPS Bruising Protocol, which had last been revised in 2021. The group "
        "judged the protocol to be consistent with the briefing and agreed that no changes "
        "were needed before the next scheduled review in 2026.",
        "2": "No papers were produced, as there was no formal review. The group's "
        "conclusion is recorded only as a single line in its work log.",
        "3": "No. The protocol requires a referral to children's social care and a "
        "paediatric assessment, after which a decision is made about whether a strategy "
        "discussion is needed.",
        "4": q45,
        "5": q45,
    }
    base = pstyle("h", "Helvetica", 10)
    cell = pstyle("hc", "Helvetica", 9)
    head = pstyle("hh", "Helvetica-Bold", 9)

    def banner(c) -> None:
        c.setStrokeColor(colors.HexColor("#00703c"))
        c.setLineWidth(3)
        c.line(20 * mm, A4[1] - 26 * mm, A4[0] - 20 * mm, A4[1] - 26 * mm)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(20 * mm, A4[1] - 20 * mm, "HAMPSHIRE COUNTY COUNCIL")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 20 * mm, "Children's Services  Information Requests")

    story = [
        para(t("Reference: HCC/CS/FOI/2025/1449"), base),
        para(t("Date of this letter: 19 November 2025"), base),
        Spacer(1, 5 * mm),
        para(
            t(
                "Your request concerned the Panel's briefing on bruising in non-mobile "
                "infants, published in September 2022, and asked five questions about any "
                "review of local policy. Hampshire County Council's answers are in the "
                "table below."
            ),
            base,
        ),
        Spacer(1, 4 * mm),
    ]
    summaries = {
        "1": "Was there a review, when, and what did it conclude?",
        "2": "Papers on the outcome of the review",
        "3": "Section 47 or strategy discussion in all cases?",
        "4": "Changes made for consistency with the evidence",
        "5": "Definition of not independently mobile (rolling; age)",
    }
    rows = [[para(t(x), head) for x in ("No.", "Your question (summary)", "Our answer")]]
    for q in "123":
        rows.append([para(t(q), cell), para(t(summaries[q]), cell), para(t(ans[q]), cell)])
    rows.append([para(t("4 and 5"), cell), para(t(summaries["4"] + "; " + summaries["5"]), cell), para(t(q45), cell)])
    story += [grid(rows, [14, 46, 110]), Spacer(1, 6 * mm)]
    story.append(
        para(
            t(
                "If you are dissatisfied with this response you may request an internal "
                "review. You also have the right to complain to the Information "
                f"Commissioner: {ICO}"
            ),
            base,
        )
    )
    build_pdf(
        str(OUT / name),
        story,
        {"title": "HCC FOI 2025/1449", "author": "Hampshire County Council", "top": 34},
        "HCC/CS/FOI/2025/1449",
        "Helvetica",
        banner,
    )
    label(
        name,
        "Hampshire County Council",
        "E10000014",
        "answered",
        ans,
        all_answered(),
        fields("informal", "2023", "no", "no", "no", "no", "not_stated", "no", None),
        [url, ICO],
        t,
    )


def derbyshire_pdf() -> None:
    """Review dated by a span of months; papers withheld under s36, so partial."""
    name, t = "derbyshire-partial-disclosure.pdf", Text()
    url = "https://www.ddscp.org.uk/procedures/bruising-in-non-mobile-children/"
    ans = {
        "1": "Yes. The Derby and Derbyshire Safeguarding Children Partnership's Procedures "
        "Group reviewed the multi-agency guidance on bruising in non-mobile children between "
        "March and May 2023, in response to the Panel's briefing. The review concluded that "
        "the guidance should give more weight to an initial medical assessment before any "
        "decision about a strategy discussion. The revised guidance was published in June "
        f"2023 and is available at {url}",
        "2": None,
        "3": "No. A strategy discussion is not required in every case. The revised guidance "
        "requires a same-day paediatric assessment; a strategy discussion follows where the "
        "assessment or the family's history raises concern.",
        "4": "The guidance was restructured around an initial appraisal, a section on "
        "conversations with parents was added, and the list of conditions that can mimic "
        "bruising was extended.",
        "5": "The definition was not changed in the review. A child is not independently "
        "mobile until they can crawl, bottom-shuffle, pull to stand or cruise. Babies who "
        "can roll over are regarded as starting to move independently and fall outside the "
        "guidance, although practitioners are asked to stay professionally curious. Age is "
        "not part of the definition.",
    }
    a2 = (
        "We hold the papers considered by the Procedures Group, but we are withholding them "
        "under section 36(2)(b)(ii) of the Act because, in the reasonable opinion of our "
        "qualified person, their release would be likely to inhibit the free and frank "
        "exchange of views for the purposes of deliberation. Our public interest test is "
        "set out at the end of this letter."
    )
    base = pstyle("d", "Times-Roman", 11)
    bold = pstyle("db", "Times-Bold", 11)
    story = [
        para(t("DERBYSHIRE COUNTY COUNCIL"), pstyle("dh", "Times-Bold", 16)),
        para(t("Access to Information  -  County Hall, Matlock"), base),
        Spacer(1, 6 * mm),
        grid(
            [
                [t("Request reference"), t("25-1093-FOI")],
                [t("Received"), t("Monday 27 October 2025")],
                [t("Response date"), t("26 November 2025")],
            ],
            [45, 60],
            head=False,
        ),
        Spacer(1, 6 * mm),
        para(t("Dear Requester"), base),
        para(
            t(
                "We have now considered your request about bruising in non-mobile infants. "
                "We can provide most of the information you asked for; one part is withheld, "
                "as explained below."
            ),
            base,
        ),
    ]
    for q in "12345":
        story += [
            Spacer(1, 3 * mm),
            para(t(f"{q}) {QUESTIONS[q]}"), bold),
            para(t(ans[q] if ans[q] else a2), base),
        ]
    story += [
        Spacer(1, 5 * mm),
        para(t("Public interest test (question 2)"), bold),
        para(
            t(
                "We recognise the public interest in transparency about how safeguarding "
                "procedures are developed. Against this, partners need a safe space to "
                "test draft wording candidly, and the published guidance already shows the "
                "outcome. On balance we consider that the public interest favours "
                "withholding the papers."
            ),
            base,
        ),
        para(t("Your right to complain"), bold),
        para(
            t(
                "You may ask for an internal review within 40 working days. If you remain "
                "dissatisfied you may apply to the Information Commissioner at "
                "https://ico.org.uk/."
            ),
            base,
        ),
    ]
    build_pdf(
        str(OUT / name),
        story,
        {"title": "Derbyshire FOI 25-1093", "author": "Derbyshire County Council"},
        "Derbyshire County Council  25-1093-FOI",
        "Times-Roman",
    )
    st = all_answered()
    st["2"] = "refused"
    label(
        name,
        "Derbyshire County Council",
        "E10000007",
        "partial",
        ans,
        st,
        fields("formal", "2023-03", "no", "no", "yes", "no", "no", "no", None),
        [url, "https://ico.org.uk/"],
        t,
        ["s36(2)(b)(ii)"],
    )


# ================================================================ DOCX documents


def details_table(doc: Document, t: Text, title: str, rows: list[tuple[str, str]]) -> None:
    """Two-column details table whose first row is one merged title cell."""
    table = doc.add_table(rows=1 + len(rows), cols=2)
    table.style = "Table Grid"
    top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    top.paragraphs[0].add_run(t(title)).bold = True
    for i, (k, v) in enumerate(rows, 1):
        table.rows[i].cells[0].text = t(k)
        table.rows[i].cells[1].text = t(v)


def stockport_docx() -> None:
    """Question/answer table with merged header; ISO dates; 'in March' + year in sentence."""
    name, t = "stockport-foi-response.docx", Text()
    a1 = [
        "Yes. The Stockport Safeguarding Children Partnership included the Panel's briefing "
        "in its 2023 policy work plan, and its Policy and Practice Subgroup reviewed the "
        "bruising protocol in March. Review meeting: 2023-03-06. The Subgroup concluded "
        "that the protocol needed a clearer route from initial assessment to strategy "
        "discussion and a plain-language leaflet for parents.",
        "The revised protocol was ratified by the Partnership's Executive Board on "
        "2023-04-27.",
    ]
    a4 = [
        "Changes made:",
        "an initial appraisal step before any strategy discussion;",
        "a leaflet for parents explaining what happens and why;",
        "a revised flowchart for health visitors, GPs and midwives.",
    ]
    ans = {
        "1": "\n".join(a1),
        "2": "The Subgroup's summary report and the revised protocol are attached to this "
        "response (SSCP_bruising_review_summary.pdf and SSCP_bruising_protocol_v4.pdf).",
        "3": "No. All cases are discussed with children's social care and a paediatric "
        "assessment is arranged; a strategy discussion takes place where the assessment "
        "does not give a clear explanation for the bruising.",
        "4": "\n".join(a4),
        "5": "Yes. The definition was revised to follow the Panel's wording. A baby is not "
        "independently mobile if they are not yet crawling, cruising or bottom-shuffling; "
        "this includes babies who can roll. The definition is not based on age.",
    }
    doc = new_docx(
        "FOI response FOI/SMBC/25/06231",
        "Stockport Council",
        t("Stockport Metropolitan Borough Council | Freedom of Information"),
        "Arial",
    )
    doc.add_heading(t("Freedom of Information Response"), level=1)
    details_table(
        doc,
        t,
        "Request details",
        [
            ("Reference", "FOI/SMBC/25/06231"),
            ("Date received", "2025-10-23"),
            ("Date of response", "2025-11-20"),
            ("Subject", "Bruising in non-mobile infants"),
        ],
    )
    doc.add_heading(t("Our response"), level=2)
    doc.add_paragraph(t("We have answered each of your questions in the table below."))
    table = doc.add_table(rows=7, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    head.paragraphs[0].add_run(t("Questions asked and answers given")).bold = True
    table.rows[1].cells[0].paragraphs[0].add_run(t("Question")).bold = True
    table.rows[1].cells[1].paragraphs[0].add_run(t("Response")).bold = True
    for i, q in enumerate("12345", 2):
        qc, ac = table.rows[i].cells
        qc.paragraphs[0].add_run(t(f"{q}. {QUESTIONS[q]}")).bold = True
        if q == "1":
            ac.paragraphs[0].text = t(a1[0])
            ac.add_paragraph(t(a1[1]))
        elif q == "4":
            ac.paragraphs[0].text = t(a4[0])
            for b in a4[1:]:
                ac.add_paragraph(t(b), style="List Bullet")
        else:
            ac.paragraphs[0].text = t(ans[q])
    doc.add_heading(t("Re-use and complaints"), level=2)
    doc.add_paragraph(
        t(f"You may re-use this information under the Open Government Licence: {OGL}")
    )
    doc.add_paragraph(
        t(
            "If you are unhappy with our response, please ask for an internal review. "
            f"You may also complain to the Information Commissioner's Office at {ICO_HOME}."
        )
    )
    save_docx(doc, name)
    label(
        name,
        "Stockport Metropolitan Borough Council",
        "E08000007",
        "answered",
        ans,
        all_answered(),
        fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
        [OGL, ICO_HOME],
        t,
    )


def norfolk_docx() -> None:
    """Heading per question; informal check in a week commencing; sign-off later."""
    name, t = "norfolk-response.docx", Text()
    a1 = [
        "No formal review was carried out. The Norfolk Safeguarding Children Partnership's "
        "policy team considered the Panel's briefing in the week commencing 6 March 2023, "
        "checking it against the multi-agency protocol for bruising in immobile babies, "
        "which had last been revised in 2021. The team concluded that the protocol was "
        "already consistent with the briefing.",
        "The Partnership's Executive Group noted that conclusion at its meeting on 19 April "
        "2023.",
    ]
    ans = {
        "1": "\n".join(a1),
        "2": "As there was no formal review, there are no papers on its outcome. The note "
        "of the Executive Group's meeting records only that the conclusion was noted.",
        "3": "No. The protocol requires a paediatric assessment and a discussion with "
        "children's social care. The outcome of that assessment decides whether a strategy "
        "discussion is held.",
        "4": "None. No changes were needed.",
        "5": "No, the definition has not changed. The protocol applies to every baby under "
        "six months of age, and to older babies who are not yet crawling, cruising or "
        "walking. A baby who can roll but not crawl is treated as not independently "
        "mobile.",
    }
    doc = new_docx(
        "Norfolk County Council FOI response",
        "Norfolk County Council",
        t("Norfolk County Council - Information Compliance"),
        "Calibri",
    )
    doc.add_paragraph(t("Reference: NCC-FOI-2025-10-0477"))
    doc.add_paragraph(t("Date: 28th November 2025"))
    doc.add_heading(t("Your request"), level=1)
    doc.add_paragraph(t("You asked us for information about the following:"))
    for s in (
        "whether a review followed the Panel's 2022 briefing, when, and its conclusion;",
        "papers on the outcome;",
        "whether a section 47 investigation or strategy discussion is required in all cases;",
        "changes made; and",
        "the definition of not independently mobile.",
    ):
        doc.add_paragraph(t(s), style="List Number")
    doc.add_heading(t("Our response"), level=1)
    for q in "12345":
        doc.add_heading(t(f"Question {q}"), level=2)
        bold_line(doc, QUESTIONS[q])
        if q == "1":
            for p in a1:
                doc.add_paragraph(t(p))
        else:
            doc.add_paragraph(t(ans[q]))
    doc.add_heading(t("If you are unhappy"), level=2)
    doc.add_paragraph(
        t(
            "You can ask us to review our response by replying to this letter. If you are "
            f"still dissatisfied you can complain to the Information Commissioner: {ICO}"
        )
    )
    save_docx(doc, name)
    label(
        name,
        "Norfolk County Council",
        "E10000020",
        "answered",
        ans,
        all_answered(),
        fields("informal", "2023-03", "no", "no", "no", "no", "yes", "yes", 6),
        [ICO],
        t,
    )


def kirklees_docx() -> None:
    """No review and nothing considered; the only dates are a 2021 revision and 2026."""
    name, t = "kirklees-no-review.docx", Text()
    url = "https://www.kirkleessafeguardingchildren.co.uk/policies/bruising/"
    ans = {
        "1": "No. There has been no review of the policy since the Panel's briefing was "
        "published, and the briefing has not been considered by the Kirklees Safeguarding "
        "Children Partnership. The policy was last revised in 2021 and its next scheduled "
        "review is due in 2026.",
        "2": "As no review took place, there are no papers.",
        "3": "Yes. The policy requires a strategy discussion in every case where a bruise "
        "is seen on a child who is not independently mobile.",
        "4": "None.",
        "5": "No changes have been made. Babies under 6 months are regarded as not "
        "independently mobile in all cases. For older babies the policy looks at "
        "developmental stage, and a baby who can roll is still considered not "
        f"independently mobile. The policy is published at {url}",
    }
    doc = new_docx(
        "KC/IG/FOI/25/2290", "Kirklees Council", t("Kirklees Council  Information Governance"), "Georgia"
    )
    p = doc.add_paragraph()
    p.add_run(t("Kirklees Council")).bold = True
    doc.add_paragraph(t("Our ref: KC/IG/FOI/25/2290\n4 December 2025"))
    doc.add_paragraph(t("Dear Sir/Madam,"))
    doc.add_paragraph(
        t(
            "Thank you for your request under the Freedom of Information Act 2000. Please "
            "find our answers below each of your questions."
        )
    )
    for q in "12345":
        bold_line(doc, t(QUESTIONS[q]), "List Number")
        doc.add_paragraph(t(ans[q]))
    doc.add_paragraph(
        t(
            "This information is licensed for re-use under the Open Government Licence "
            f"v3.0 ({OGL})."
        )
    )
    doc.add_paragraph(
        t(
            "If you are unhappy with our response you may ask for an internal review. After "
            "that you may complain to the Information Commissioner's Office, Wycliffe House, "
            f"Water Lane, Wilmslow SK9 5AF ({ICO})."
        )
    )
    doc.add_paragraph(t("Yours faithfully,\nInformation Governance Team"))
    save_docx(doc, name)
    label(
        name,
        "Kirklees Council",
        "E08000034",
        "answered",
        ans,
        all_answered(),
        fields("none", None, "no", "yes", "no", "no", "yes", "yes", 6),
        [url, OGL, ICO],
        t,
    )


def croydon_docx() -> None:
    """Review dated by financial year; papers redirected to the partnership."""
    name, t = "croydon-response-letter.docx", Text()
    url = "https://www.croydonlcsp.org.uk/contact-us/"
    a4 = [
        "The review led to the following changes:",
        "a revised local practice note on bruising in babies;",
        "a short guide for parents and carers;",
        "refresher briefings for health visitors and midwives.",
    ]
    ans = {
        "1": "Yes. The Croydon Safeguarding Children Partnership reviewed how it applies "
        "the London Safeguarding Children Procedures chapter on bruising in non-mobile "
        "babies, together with its local practice guidance, in the 2023/24 financial year. "
        "The review found that local guidance needed to say more clearly when a strategy "
        "discussion is required. A revised practice note was issued afterwards and will be "
        "looked at again in 2026.",
        "2": None,
        "3": "No. Each case must be discussed with children's social care, but a strategy "
        "discussion is held only where the initial assessment indicates it.",
        "4": "\n".join(a4),
        "5": "The London procedures define a baby who is not independently mobile as one "
        "who cannot crawl, bottom-shuffle, pull to stand, cruise or walk. The practice note "
        "did not change that definition.",
    }
    a2 = (
        "Papers relating to the review are held by the Croydon Safeguarding Children "
        "Partnership, which is not a public authority under the Act. You may wish to "
        f"contact the Partnership's business unit through its website: {url}"
    )
    doc = new_docx(
        "Croydon FOI 2025/FOI/7781",
        "London Borough of Croydon",
        t("London Borough of Croydon"),
        "Verdana",
    )
    details_table(
        doc,
        t,
        "Freedom of Information Act 2000 - response",
        [("Our ref", "2025/FOI/7781"), ("Date", "3 December 2025"), ("Status", "Complete")],
    )
    doc.add_paragraph()
    doc.add_paragraph(t("Dear Requester"))
    doc.add_paragraph(t("We have answered your questions about bruising in non-mobile infants as follows."))
    for q in "12345":
        bold_line(doc, t(f"Q{q}. {QUESTIONS[q]}"))
        if q == "4":
            doc.add_paragraph(t(a4[0]))
            for b in a4[1:]:
                doc.add_paragraph(t(b), style="List Bullet")
        else:
            doc.add_paragraph(t(ans[q] if ans[q] else a2))
    doc.add_paragraph(
        t(
            "You have the right to ask for an internal review, and then to complain to the "
            f"Information Commissioner's Office ({ICO})."
        )
    )
    save_docx(doc, name)
    st = all_answered()
    st["2"] = "redirected"
    label(
        name,
        "London Borough of Croydon",
        "E09000008",
        "partial",
        ans,
        st,
        fields("formal", "2023", "not_stated", "no", "yes", "no", "not_stated", "not_stated", None),
        [url, ICO],
        t,
    )


# ================================================================ EML documents

REQUESTER = "A. Requester <a.requester@example.org>"


def bury_eml() -> None:
    """multipart/alternative, quoted-printable; 'last spring' in a November 2025 email."""
    name, t = "bury-reply.eml", Text()
    url = "https://www.burysafeguarding.org.uk/bruising-protocol/"
    ans = {
        "1": "Yes. The Bury Integrated Safeguarding Partnership reviewed its protocol on "
        "bruising in non-mobile infants last spring, as part of the wider refresh of the "
        "Greater Manchester safeguarding procedures, and the review took account of the "
        "Panel's 2022 briefing. It concluded that the protocol should require an initial "
        "appraisal by a paediatrician before any strategy discussion. The protocol it "
        "replaced dated from 2021.",
        "2": f"The revised protocol and a two-page summary of the review are published at {url}",
        "3": "No. An initial appraisal by a paediatrician and a discussion with children's "
        "social care come first; a strategy discussion is held if concerns remain.",
        "4": "An initial appraisal step was added, together with new guidance on talking "
        "to parents and a requirement to record the baby's developmental stage.",
        "5": "The definition was not changed. A baby who can roll over but cannot crawl, "
        "cruise or walk is still regarded as not independently mobile. The Greater "
        "Manchester procedures do not use an age limit.",
    }
    intro = (
        "Dear Requester,\n\nThank you for your email of 15 October 2025, which we have dealt "
        "with under the Freedom of Information Act 2000 (our reference 7714). Our answers "
        "are below, under each of your questions."
    )
    outro = (
        "A further review is expected in 2026, once updated national clinical guidance has "
        "been considered.\n\nIf you are unhappy with this response you can ask for an "
        f"internal review. You can also complain to the Information Commissioner: {ICO}"
    )
    sig = f"Kind regards\n\nInformation Governance Team\nBury Council\n{'https://www.bury.gov.uk'}"
    plain = [t(intro)]
    for q in "12345":
        plain.append(f"{q}. {QUESTIONS[q]}\n\n{t(ans[q])}")
    plain += [t(outro), t(sig)]
    text_body = "\n\n".join(plain) + "\n"
    html_body = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{linkify(p)}</p>\n" for p in plain
    ) + "</body></html>\n"
    msg = EmailMessage()
    msg["From"] = "Bury Council FOI <foi@bury.gov.uk>"
    msg["To"] = REQUESTER
    msg["Subject"] = "RE: FOI request 7714 - bruising in non-mobile infants"
    msg["Date"] = mail_date(2025, 11, 12, 10, 41)
    msg["Message-ID"] = "<foi-7714-reply@bury.gov.uk.example>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(text_body, cte="quoted-printable")
    msg.add_alternative(html_body, subtype="html", cte="quoted-printable")
    msg.set_boundary("==bury-7714-alt==")
    write_mail(msg, name)
    label(
        name,
        "Bury Metropolitan Borough Council",
        "E08000002",
        "answered",
        ans,
        all_answered(),
        fields("formal", "2025", "yes", "no", "yes", "no", "yes", "no", None),
        [url, ICO, "https://www.bury.gov.uk"],
        t,
    )


def barnet_attachment_pdf(t: Text, ans: dict, findings: list[str], url: str) -> bytes:
    base = pstyle("b", "Helvetica", 10)
    bold = pstyle("bb", "Helvetica-Bold", 10)
    story = [
        para(t("London Borough of Barnet"), pstyle("bh", "Helvetica-Bold", 15)),
        para(t("Information Management Team"), base),
        Spacer(1, 4 * mm),
        para(t("Reference: BAR-IR-25-5512        Date: 25 November 2025"), base),
        Spacer(1, 4 * mm),
        para(t("Freedom of Information request: bruising in non-mobile babies"), bold),
    ]
    for q in "12345":
        story += [Spacer(1, 2 * mm), para(t(f"Question {q}"), bold), para(t(QUESTIONS[q]), base)]
        story.append(para(t("Answer"), bold))
        if q == "2":
            story.append(para(t(findings[0]), base))
            story += [para(t(f), pstyle("bl", "Helvetica", 10, leftIndent=6 * mm)) for f in findings[1:]]
        else:
            story.append(para(t(ans[q]), base))
    story += [
        Spacer(1, 4 * mm),
        para(
            t(
                "You may ask for an internal review of this decision within 40 working days. "
                f"You may also complain to the Information Commissioner's Office: {ICO}"
            ),
            base,
        ),
    ]
    buf = io.BytesIO()
    build_pdf(buf, story, {"title": "BAR-IR-25-5512", "author": "London Borough of Barnet"}, "Barnet FOI BAR-IR-25-5512", "Helvetica")
    return buf.getvalue()


def barnet_eml() -> None:
    """Cover email only; the answers live in the attached PDF letter."""
    name, t = "barnet-attached-letter.eml", Text()
    url = "https://www.barnetscp.org.uk/procedures/"
    findings = [
        "The review's findings, taken from the summary report presented to the Partnership, "
        "are reproduced below. The full local guidance is at " + url,
        "- The London procedures remain the right basis for local practice.",
        "- Local guidance should explain the process to parents at the outset.",
        "- An initial health appraisal should precede any strategy discussion.",
    ]
    ans = {
        "1": "Yes. The Barnet Safeguarding Children Partnership first discussed the Panel's "
        "briefing in autumn 2022 at its Quality and Effectiveness Group, and then "
        "commissioned a formal review of local practice guidance on bruising in non-mobile "
        "babies. That review was carried out over the winter of 2022/23. It concluded that "
        "the London Safeguarding Children Procedures remained the right basis but that local "
        "guidance should be clearer about involving parents and about the initial health "
        "assessment. The revised local guidance was signed off in April 2023.",
        "2": "\n".join(findings),
        "3": "No. A strategy discussion is not automatic. The child must be seen by a "
        "paediatrician and the case discussed with the Multi-Agency Safeguarding Hub; a "
        "strategy discussion follows where concerns remain.",
        "4": "Local guidance was revised to add an initial health appraisal, a section on "
        "explaining the process to parents and carers, and a checklist for health visitors.",
        "5": "Yes. Local guidance now says that a baby who can roll over from front to back "
        "is regarded as beginning to be mobile and is not treated as 'not independently "
        "mobile'. Age is not used to decide mobility.",
    }
    body = t(
        "Dear Requester,\n\nPlease find attached the Council's response to your Freedom of "
        "Information request (reference BAR-IR-25-5512).\n\nKind regards\n\nInformation "
        "Management Team\nLondon Borough of Barnet\n"
    )
    pdf = barnet_attachment_pdf(t, ans, findings, url)
    msg = EmailMessage()
    msg["From"] = "Barnet Information Management <foi@barnet.gov.uk>"
    msg["To"] = REQUESTER
    msg["Subject"] = "Your FOI request BAR-IR-25-5512"
    msg["Date"] = mail_date(2025, 11, 25, 15, 2)
    msg["Message-ID"] = "<bar-ir-25-5512@barnet.gov.uk.example>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(body)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="BAR-IR-25-5512 response.pdf")
    msg.set_boundary("==barnet-5512-mixed==")
    write_mail(msg, name)
    label(
        name,
        "London Borough of Barnet",
        "E09000003",
        "answered",
        ans,
        all_answered(),
        fields("formal", "2022", "yes", "no", "yes", "yes", "no", "no", None),
        [url, ICO],
        t,
    )


def cheshire_east_eml() -> None:
    """base64 plain text; 'at its meeting on the 14th' with the month given before it."""
    name, t = "cheshire-east-reply.eml", Text()
    url = "https://www.pancheshireprocedures.org.uk/bruising-in-non-mobile-children"
    ans = {
        "1": "Yes. The Panel's briefing was placed on the agenda of the Pan-Cheshire "
        "Safeguarding Procedures Group for February 2023. The Group reviewed the bruising "
        "protocol at its meeting on the 14th and agreed a number of amendments. These were "
        "published on the Pan-Cheshire procedures site on 3 April 2023, and the Cheshire "
        "East Safeguarding Children's Partnership endorsed them in May 2023.",
        "2": f"The amended protocol is available at {url} and an extract from the Group's "
        "action log is copied here: \"Bruising protocol - amendments agreed: initial "
        "appraisal to precede strategy discussion; parent information to be added; owner: "
        "procedures lead; due April 2023.\"",
        "3": "No. The protocol requires a referral to children's social care and a medical "
        "assessment; a strategy discussion is held if there are continuing concerns after "
        "that assessment.",
        "4": "An initial appraisal step was added, the information for parents was "
        "rewritten and the flowchart was updated.",
        "5": "The definition was not changed.",
    }
    parts = [
        t(
            "Hello,\n\nFreedom of Information request - reference CE-FOI-25-3390\n\nThank you "
            "for your request, received on 21 October 2025. I can confirm that the Council "
            "holds information relevant to your request. Our answers follow."
        )
    ]
    for q in "12345":
        parts.append(f"Q{q} - " + t(ans[q]))
    parts.append(
        t(
            "If you are not satisfied, please reply to ask for an internal review. You may "
            f"then complain to the Information Commissioner: {ICO}\n\nRegards\n\nCompliance "
            "and Customer Relations Team\nCheshire East Council\nhttps://www.cheshireeast.gov.uk"
        )
    )
    quoted = "\n".join(
        "> " + line
        for line in (
            "From: A. Requester\nSent: 21 October 2025 08:14\nTo: FOI\nSubject: Freedom of "
            "information request - bruising in non-mobile infants\n\nDear Sir or Madam,\n\n"
            + quote_request(typo=True)
            + "\n\nThe briefing is here: https://www.gov.uk/government/publications/"
            "safeguarding-briefing-bruising-in-non-mobile-infants\n\nYours faithfully,\n"
            "A. Requester"
        ).split("\n")
    )
    body = "\n\n".join(parts) + "\n\n-----Original Message-----\n" + quoted + "\n"
    msg = EmailMessage()
    msg["From"] = "FOI Cheshire East <foi@cheshireeast.gov.uk>"
    msg["To"] = REQUESTER
    msg["Subject"] = "RE: Freedom of information request - bruising in non-mobile infants [CE-FOI-25-3390]"
    msg["Date"] = mail_date(2025, 11, 18, 9, 27)
    msg["Message-ID"] = "<ce-foi-25-3390@cheshireeast.gov.uk.example>"
    msg["In-Reply-To"] = "<req-2025-10-21@example.org>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(body, cte="base64")
    write_mail(msg, name)
    label(
        name,
        "Cheshire East Council",
        "E06000049",
        "answered",
        ans,
        all_answered(),
        fields("formal", "2023-02", "yes", "no", "yes", "no", "not_stated", "not_stated", None),
        [url, ICO, "https://www.cheshireeast.gov.uk"],
        t,
    )


def hertfordshire_ack_eml() -> None:
    """Reject: an acknowledgement that promises a reply by a date."""
    name = "hertfordshire-acknowledgement.eml"
    body = (
        "Dear Requester\n\nFreedom of Information request FOI/HCC/25/11032\n\nThank you for "
        "your request for information about the Panel's September 2022 briefing on bruising "
        "in non-mobile infants, which we received on 21 October 2025.\n\nWe will send our "
        "response within 20 working days, that is by 18 November 2025. If we need to "
        "clarify anything, or if a fee applies, we will let you know.\n\nHertfordshire "
        "County Council\nInformation Rights Team\n\nThis mailbox is not monitored outside "
        "office hours.\n"
    )
    msg = EmailMessage()
    msg["From"] = "Information Rights <foi.noreply@hertfordshire.gov.uk>"
    msg["To"] = REQUESTER
    msg["Subject"] = "Acknowledgement: FOI/HCC/25/11032"
    msg["Date"] = mail_date(2025, 10, 21, 11, 5)
    msg["Message-ID"] = "<ack-foi-hcc-25-11032@hertfordshire.gov.uk.example>"
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(body, cte="quoted-printable")
    write_mail(msg, name)
    reject(name, "acknowledgement")


# ================================================================ HTML documents


def site_page(site: str, title: str, crumbs: list[str], main: str, theme: str) -> str:
    """Wrap content in a council site's chrome: cookie banner, nav, breadcrumbs, footer.

    Chrome links are relative so the only absolute URLs are the ones in the reply.
    """
    nav = "".join(
        f'<li><a href="/{s.lower().replace(" ", "-")}">{s}</a></li>'
        for s in ("Bins and recycling", "Council tax", "Schools", "Social care", "Your council")
    )
    crumb = " &rsaquo; ".join(f'<a href="/{c.lower().replace(" ", "-")}">{c}</a>' for c in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<!-- Synthetic test document written for foi-responses; not a real council reply. -->
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | {site}</title>
<style>body{{font-family:{theme};margin:0}} .cookie{{background:#222;color:#fff;padding:8px}}
header,footer{{background:#eee;padding:10px}} main{{max-width:46em;margin:auto;padding:1em}}</style>
</head>
<body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this site work and to
understand how you use it. <button>Accept all cookies</button> <button>Reject optional
cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><a class="logo" href="/">{site}</a>
<form action="/search"><input name="q" aria-label="Search"><button>Search</button></form>
<nav><ul>{nav}</ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; {crumb}</div>
<main id="content">
{main}
</main>
<footer><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy
notice</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; {site} 2025</p></footer>
</body>
</html>
"""


def qa_html(t: Text, ans: dict, heading: str = "h3", skip: tuple = ()) -> str:
    out = []
    for q in "12345":
        out.append(f"<{heading}>{html.escape(t(f'Question {q}'))}</{heading}>")
        out.append(f"<p><strong>{html.escape(QUESTIONS[q])}</strong></p>")
        if q not in skip:
            out += [f"<p>{linkify(t(p))}</p>" for p in ans[q].split("\n")]
    return "\n".join(out)


def bristol_html() -> None:
    """Disclosure-log entry; the CMS prints the review date US-style."""
    name, t = "bristol-disclosure-log.html", Text()
    u1 = "https://bristolsafeguarding.org/policies/bruising-protocol/"
    u2 = "https://www.bristol.gov.uk/files/foi/FOI-25-4417-briefing-note.pdf"
    ans = {
        "1": "Yes. Keeping Bristol Safe Partnership's Procedures Subgroup reviewed the "
        "bruising protocol in response to the Panel's briefing.\nDate of review: March 6, "
        "2023.\nThe Subgroup concluded that the protocol should move from an automatic "
        "strategy discussion to an initial appraisal led by a paediatrician. The updated "
        "protocol went live on 31 May 2023.",
        "2": f"The updated protocol is published at {u1} and the Subgroup's briefing note "
        f"is attached to this page: {u2}",
        "3": "No.",
        "4": "The automatic strategy discussion was replaced by an initial appraisal; the "
        "protocol now includes advice on skin conditions and on speaking with parents.",
        "5": "Yes. The protocol now uses the Panel's wording: a baby is not independently "
        "mobile if they are not crawling, cruising or bottom-shuffling. A baby who can roll "
        "is still treated as not independently mobile. Age is not used.",
    }
    meta = [
        ("Reference", "FOI-25-4417"),
        ("Date received", "23 October 2025"),
        ("Date published", "19 November 2025"),
        ("Category", "Children and families"),
    ]
    dl = "".join(f"<dt>{t(k)}</dt><dd>{t(v)}</dd>" for k, v in meta)
    main = (
        f"<h1>{t('Bruising in non-mobile infants: policy review')}</h1>\n<dl>{dl}</dl>\n"
        f"<h2>{t('Request')}</h2>\n<p>{html.escape(PREAMBLE)} The requester asked five "
        "questions about the local response.</p>\n"
        f"<h2>{t('Response')}</h2>\n{qa_html(t, ans)}\n"
        f"<p>{linkify(t('If you are unhappy with how your request was handled, ask for an internal review. You can also contact the Information Commissioner: ' + ICO))}</p>"
    )
    (OUT / name).write_text(
        site_page("Bristol City Council", "FOI-25-4417", ["Council and mayor", "Disclosure log"], main, "Arial"),
        encoding="utf-8",
    )
    label(
        name,
        "Bristol City Council",
        "E06000023",
        "answered",
        ans,
        all_answered(),
        fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
        [u1, u2, ICO],
        t,
    )


def sunderland_html() -> None:
    """Informal discussion in late 2022, then the formal review early in 2023."""
    name, t = "sunderland-foi-page.html", Text()
    url = "https://www.sunderlandscp.org.uk/documents/bruising-review-summary.pdf"
    ans = {
        "1": "Yes. The Sunderland Safeguarding Children Partnership's Practice Review Group "
        "discussed the briefing informally in late 2022. That discussion led to a formal "
        "review of the bruising protocol, shared with the other South of Tyne partnerships, "
        "which took place early in 2023. The review concluded that a strategy discussion "
        "should still be held in every case, but that it should be informed by a same-day "
        "paediatric assessment, and that the definition of mobility needed to be clearer.",
        "2": f"Yes, the review summary is available here: {url}",
        "3": "Yes. Under the protocol a strategy discussion must be held for every non-mobile "
        "infant with a bruise.",
        "4": "The definition of mobility was rewritten and the protocol now requires the "
        "paediatric assessment to be completed before the strategy discussion is convened.",
        "5": "Yes. A child younger than 12 months is treated as not independently mobile "
        "whatever their developmental stage, so being able to roll does not change how a "
        "baby is treated under the protocol.",
    }
    rows = "".join(
        f"<tr><th scope=\"row\">{t(q)}</th><td>{html.escape(QUESTIONS[q])}</td><td>{linkify(t(ans[q]))}</td></tr>"
        for q in "12345"
    )
    main = (
        f"<h1>{t('Freedom of Information response SCC/FOI/2025/0981')}</h1>\n"
        f"<p class=\"meta\">{t('Responded: 27/11/2025. Requested: 24/10/2025.')}</p>\n"
        f"<p>{t('Sunderland City Council has answered your request as shown below.')}</p>\n"
        "<table class=\"foi\"><thead><tr><th>No.</th><th>Question</th><th>Answer</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>\n"
        f"<p>{linkify(t('Complaints about this response can be made to the Information Commissioner: ' + ICO))}</p>"
    )
    (OUT / name).write_text(
        site_page("Sunderland City Council", "FOI response", ["Your council", "Freedom of information"], main, "Verdana"),
        encoding="utf-8",
    )
    label(
        name,
        "Sunderland City Council",
        "E08000024",
        "answered",
        ans,
        all_answered(),
        fields("formal", "2023", "yes", "yes", "yes", "yes", "yes", "yes", 12),
        [url, ICO],
        t,
    )


def lambeth_html() -> None:
    """Informal consideration with no date of its own ('some months after')."""
    name, t = "lambeth-disclosure.html", Text()
    url = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
    ans = {
        "1": "There was no formal review. Some months after the Panel published its briefing, "
        "the Lambeth Safeguarding Children Partnership's Learning and Improvement Subgroup "
        "discussed it and agreed that the London Safeguarding Children Procedures, which "
        "Lambeth follows, already met its recommendations.",
        "2": "No papers were produced for that discussion.",
        "3": "No. The London procedures require a paediatric assessment and a discussion with "
        "children's social care; whether a strategy discussion follows depends on the "
        "outcome.",
        "4": "No changes were made.",
        "5": "No. The definition in the London procedures has not changed since they were "
        f"last revised in 2021. The procedures can be read at {url}",
    }
    main = (
        f"<article><h1>{t('FOI 25-7320: safeguarding policy on bruising in babies')}</h1>\n"
        f"<p><em>{t('Published: 2 December 2025 | Request received: 27 October 2025')}</em></p>\n"
        f"<section><h2>{t('What was asked')}</h2><p>{t('The requester asked whether the partnership reviewed its bruising policy after the Panel briefing of 29 September 2022, and about section 47 enquiries and the definition of mobility.')}</p></section>\n"
        f"<section><h2>{t('Our answer')}</h2>\n{qa_html(t, ans, 'h4')}</section>\n"
        f"<aside><p>{linkify(t('Not happy with this answer? Ask us for an internal review, then contact the ICO: ' + ICO))}</p></aside></article>"
    )
    (OUT / name).write_text(
        site_page("Lambeth Council", "FOI 25-7320", ["About the council", "FOI disclosure log"], main, "Georgia"),
        encoding="utf-8",
    )
    label(
        name,
        "London Borough of Lambeth",
        "E09000022",
        "answered",
        ans,
        all_answered(),
        fields("informal", None, "no", "no", "no", "no", "not_stated", "not_stated", None),
        [url, ICO],
        t,
    )


# ================================================================ TXT documents


def york_txt() -> None:
    """Case-system export: dotted metadata dates; the consideration is 'during 2023'."""
    name, t = "york-case-export.txt", Text()
    ans = {
        "1": "The City of York Safeguarding Children Partnership's practice development group "
        "considered the briefing during 2023, alongside other national learning. This was not "
        "a formal review. The group was satisfied that the existing protocol, revised in "
        "2021, already reflected the briefing.",
        "2": "No separate papers were produced.",
        "3": "No.",
        "4": "No changes were made.",
        "5": "No. The protocol has not changed. A baby who can roll but not crawl is still "
        "treated as not independently mobile. Mobility is judged by development, not age.",
    }
    head = [
        "CASE EXPORT - INFORMATION REQUESTS",
        "Case reference ......: CYC/IR/25/01182",
        "Request type ........: FOI",
        "Received ............: 20.10.2025",
        "Due .................: 17.11.2025",
        "Closed ..............: 14.11.2025",
        "Handler .............: Information Governance Officer",
        "Status ..............: Closed - information provided",
        "-" * 60,
        "RESPONSE TEXT",
        "",
        "City of York Council has considered your request. Our answers are:",
    ]
    lines = [t(x) for x in head]
    for q in "12345":
        lines += ["", f"Q{q}: {QUESTIONS[q]}", "A: " + t(ans[q])]
    lines += [
        "",
        t("Internal review: reply to this message within 40 working days."),
        t(f"Information Commissioner's Office: {ICO}"),
        "-" * 60,
        "END OF EXPORT",
        "",
        SYN,
    ]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    label(
        name,
        "City of York Council",
        "E06000014",
        "answered",
        ans,
        all_answered(),
        fields("informal", "2023", "no", "no", "no", "no", "yes", "no", None),
        [ICO],
        t,
    )


def lincolnshire_txt() -> None:
    """Redirect: the partnership holds the information; only unrelated dates appear."""
    name, t = "lincolnshire-redirect.txt", Text()
    url = "https://www.lincolnshirescp.org.uk/contact-us/"
    body = (
        "Lincolnshire County Council\nInformation Governance\n\nOur ref: LCC-FOI-25-6630\n"
        "Date: 10th November 2025\n\nDear Requester\n\nRe: Your request of 20 October 2025 - "
        "bruising in non-mobile infants\n\nWe have considered your request, which asks about "
        "any review of safeguarding policy following the Child Safeguarding Practice Review "
        "Panel's briefing of September 2022.\n\nThe information you have asked for is held by "
        "the Lincolnshire Safeguarding Children Partnership (LSCP), not by the Council. The "
        "LSCP sets and reviews the multi-agency procedures on bruising in non-mobile infants; "
        "it is a partnership of the Council, Lincolnshire Police and the NHS Integrated Care "
        "Board, and is not itself a public authority under the Freedom of Information Act. "
        "We have therefore not answered your five questions ourselves. Under our duty to "
        "advise and assist, we suggest that you contact the LSCP business unit, which will "
        f"be able to help you: {url}\n\nIf you are dissatisfied with the handling of your "
        "request you may ask for an internal review within 40 working days, and you may then "
        f"complain to the Information Commissioner's Office: {ICO}\n\nYours sincerely\n\n"
        "Information Governance Team\nLincolnshire County Council\n"
    )
    t(body)
    (OUT / name).write_text(body + "\n" + SYN + "\n", encoding="utf-8")
    label(
        name,
        "Lincolnshire County Council",
        "E10000019",
        "redirected",
        {q: None for q in "12345"},
        {q: "redirected" for q in "12345"},
        fields("not_stated", None, "not_stated", "not_stated", "not_stated", "not_stated", "not_stated", "not_stated", None),
        [url, ICO],
        t,
    )


def essex_clarification_txt() -> None:
    """Reject: a request for clarification, full of dates but answering nothing."""
    name = "essex-clarification.txt"
    body = (
        "From: Essex County Council - Information Governance\nDate: 29/10/2025\nRef: "
        "ECC-IG-25-40412\n\nDear Requester\n\nThank you for your request of 20 October 2025 "
        "about the Panel's September 2022 briefing on bruising in non-mobile infants.\n\n"
        "Before we can respond we need to clarify two points:\n\n(a) By 'your safeguarding "
        "policies', do you mean the Council's own children's social care guidance, or the "
        "Southend, Essex and Thurrock (SET) child protection procedures, which are "
        "maintained jointly by the three partnerships?\n(b) Should we cover the period from "
        "29 September 2022 to the date of your request, or a shorter period such as "
        "2023 only?\n\nThe 20 working day period for our response will begin when we "
        "receive your reply. If we do not hear from you within two months we will treat the "
        "request as closed.\n\nKind regards\nInformation Governance Team\n\n" + SYN + "\n"
    )
    (OUT / name).write_text(body, encoding="utf-8")
    reject(name, "clarification")


README = """# fresh_dec_k: synthetic FOI replies, themed on WHEN the review happened

Eighteen synthetic documents (16 replies to the bruising-in-non-mobile-infants request, 2 non-replies), written by `make_fixtures.py`; real council names, invented content, not any council's real answer.
Date labelling rule used here: `review_date` is the date of the review or consideration itself. A single day or month gives `YYYY-MM`; a span of named months ("between March and May 2023") gives the month it began; a period with no month named (a quarter, season, financial year, "early in 2023", "over the winter of 2022/23") gives the year in which that period begins (2023/24 financial year -> 2023; winter 2022/23 -> 2022); relative words are read against the letter's own date ("last spring" in November 2025 -> 2025); a phrase that fixes no year ("some months after the Panel published") gives null.
"""


def main() -> None:
    for build in (
        wiltshire_pdf,
        somerset_pdf,
        hampshire_pdf,
        derbyshire_pdf,
        stockport_docx,
        norfolk_docx,
        kirklees_docx,
        croydon_docx,
        bury_eml,
        barnet_eml,
        cheshire_east_eml,
        hertfordshire_ack_eml,
        bristol_html,
        sunderland_html,
        lambeth_html,
        york_txt,
        lincolnshire_txt,
        essex_clarification_txt,
    ):
        build()
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {len(LABELS)} documents to {OUT}")


if __name__ == "__main__":
    main()
