"""Write the fresh_dec_l corpus: synthetic FOI replies written as running prose.

Every word is invented for testing; only the councils' names and GSS codes are real.
The generator is deterministic: fixed dates, fixed MIME boundaries, fixed zip times,
reportlab in invariant mode. Run from anywhere:

    /work/main/.venv/bin/python make_fixtures.py
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import html as lxml_html
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1  # no timestamps or random IDs in the PDFs

OUT = Path(__file__).resolve().parent
SYN = "Synthetic test document written for foi-responses; not a real council reply."
URL_RE = re.compile(r"https?://[^\s<>\"']+")
FIXED_TIME = datetime(2025, 12, 1, 9, 0, 0)
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_COMPLAINT = "https://ico.org.uk/make-a-complaint/"
ICO_POSTAL = "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF"
REQUESTER = "r.haldane.research@example.org"

# The requester's message, as quoted under some email replies. Its URL is the requester's,
# not the council's, so it never goes into `links`. The typo "their" is the requester's.
REQUEST_QUOTE = """In September 2022 the Child Safeguarding Practice Review Panel published a briefing on bruising in non-mobile infants which asked every safeguarding partner to look again at its current policy and check it against the evidence base and national guidelines.

Under the Freedom of Information Act, please tell me:

1. Was their a review of your safeguarding policies after the guidance came out? If so, when did it happen and what was concluded?
2. Please send any papers that record the outcome of that review.
3. Does your policy require a s47 investigation or a strategy discussion in every case?
4. What was changed to bring the policy into line with the evidence base and national guidelines?
5. Has your definition of a child who is not independently mobile changed, and how is it defined now? In particular, do you count babies who can roll as not independently mobile, and is the classification based on age?

For background: https://www.communitycare.co.uk/2022/10/05/pre-mobile-infant-bruising-should-not-automatically-prompt-section-47s-say-government-advisers/

With thanks,
R. Haldane"""


# ---------------------------------------------------------------- model


@dataclass
class P:
    """One block of a reply. `qs` names the questions this block answers (for the labels)."""

    text: str
    qs: tuple[int, ...] = ()
    kind: str = "p"  # p | bullet | num | quote | head | b | pagebreak


@dataclass
class Reply:
    file: str
    authority: str
    code: str | None
    outcome: str
    exemptions: list[str]
    status: dict[str, str]
    fields: dict
    body: list[P]
    sender_kind: str | None = None
    extra: dict = field(default_factory=dict)


def st(*names: str) -> dict[str, str]:
    return {str(i): n for i, n in enumerate(names, start=1)}


def fx(review, date, papers, s47, changes, defch, rolling, age, months=None) -> dict:
    return {
        "review_held": review,
        "review_date": date,
        "papers_provided": papers,
        "s47_all_cases": s47,
        "changes_made": changes,
        "definition_changed": defch,
        "rolling_is_non_mobile": rolling,
        "age_based": age,
        "age_threshold_months": months,
    }


NOT_STATED = fx("not_stated", None, "not_stated", "not_stated", "not_stated", "not_stated", "not_stated", "not_stated")


def answers_from(body: list[P]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for q in range(1, 6):
        parts = [p.text for p in body if q in p.qs]
        out[str(q)] = "\n\n".join(parts) if parts else None
    return out


# ---------------------------------------------------------------- labels


def links_of(texts: list[str]) -> list[str]:
    """Every http(s) URL in the council's own text, in order, each once."""
    seen: list[str] = []
    for text in texts:
        for url in URL_RE.findall(text):
            url = url.rstrip(".,;:)")
            if url not in seen:
                seen.append(url)
    return seen


def label_for(doc: Reply, texts: list[str]) -> dict:
    label: dict = {
        "file": doc.file,
        "format": doc.file.rsplit(".", 1)[1],
        "authority": doc.authority,
        "authority_code": doc.code,
        "outcome": doc.outcome,
        "exemptions": doc.exemptions,
        "answers": answers_from(doc.body),
        "status": doc.status,
        "fields": doc.fields,
        "links": links_of(texts),
    }
    if doc.sender_kind:
        label["sender_kind"] = doc.sender_kind
    return label


def body_texts(body: list[P]) -> list[str]:
    return [p.text for p in body]


# ---------------------------------------------------------------- PDF


def pdf_styles(font: str, size: float = 10.5, leading: float = 14.5) -> dict[str, ParagraphStyle]:
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    italic = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}[font]
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=leading, spaceAfter=7),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=leading, spaceAfter=5),
        "head": ParagraphStyle("head", fontName=bold, fontSize=size + 0.5, leading=leading, spaceBefore=6, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=leading + 4, spaceAfter=8),
        "quote": ParagraphStyle(
            "quote", fontName=italic, fontSize=size - 0.5, leading=leading, leftIndent=12 * mm, rightIndent=8 * mm, spaceAfter=7
        ),
        "bullet": ParagraphStyle("bullet", fontName=font, fontSize=size, leading=leading, leftIndent=8 * mm, bulletIndent=3 * mm, spaceAfter=3),
        "small": ParagraphStyle("small", fontName=font, fontSize=8, leading=10, spaceAfter=8, textColor=colors.HexColor("#444444")),
        "right": ParagraphStyle("right", fontName=font, fontSize=size - 1, leading=leading - 2, alignment=2),
    }


def rich(text: str) -> str:
    """Escape for reportlab and make URLs clickable without changing the visible text."""
    out = escape(text)
    out = URL_RE.sub(lambda m: f'<a href="{m.group(0).rstrip(".,;:")}" color="#1a4d8f">{m.group(0)}</a>', out)
    return out.replace("\n", "<br/>")


def story_from(body: list[P], st: dict[str, ParagraphStyle]) -> list:
    story: list = []
    for p in body:
        if p.kind == "bullet":
            story.append(Paragraph(rich(p.text), st["bullet"], bulletText="\u2022"))
        elif p.kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(rich(p.text), st[p.kind if p.kind in st else "p"]))
    return story


def numbered_canvas(footer):
    """A canvas class that knows the page count, so footers can say 'Page n of N'."""

    class _Canvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return _Canvas


def build_pdf(target, story: list, *, title: str, author: str, footer, first=None, later=None, top: float = 22 * mm) -> None:
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        title=title,
        author=author,
        subject=SYN,
        keywords="synthetic test document; foi-responses",
        creator="foi-responses test corpus generator",
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=top,
        bottomMargin=24 * mm,
    )

    def noop(canvas, doc):
        return None

    doc.build(story, onFirstPage=first or noop, onLaterPages=later or noop, canvasmaker=numbered_canvas(footer))


def simple_footer(left: str, font: str = "Helvetica"):
    def draw(c, page: int, total: int) -> None:
        c.saveState()
        c.setFont(font, 8)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(22 * mm, 14 * mm, left)
        c.drawRightString(A4[0] - 22 * mm, 14 * mm, f"Page {page} of {total}")
        c.setFont(font, 6.5)
        c.setFillColor(colors.HexColor("#888888"))
        c.drawString(22 * mm, 9 * mm, SYN)
        c.restoreState()

    return draw


# ---------------------------------------------------------------- DOCX


def new_docx(font: str, size: int, author: str, title: str) -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    props = doc.core_properties
    props.author = author
    props.title = title
    props.subject = SYN
    props.comments = SYN
    props.keywords = "synthetic; test document"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_modified_by = author
    props.revision = 1
    return doc


def add_field(paragraph, instr: str) -> None:
    """Insert a Word field (PAGE, NUMPAGES) so the footer counts pages itself."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def docx_header_footer(doc: Document, header: str, footer_left: str) -> None:
    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in hp.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = section.footer.paragraphs[0]
    fp.add_run(f"{footer_left}    Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(8)
    sp = section.footer.add_paragraph(SYN)
    sp.runs[0].font.size = Pt(6.5)
    sp.runs[0].font.color.rgb = RGBColor(0x88, 0x88, 0x88)


def docx_body(doc: Document, body: list[P]) -> None:
    for p in body:
        if p.kind == "bullet":
            doc.add_paragraph(p.text, style="List Bullet")
        elif p.kind == "num":
            doc.add_paragraph(p.text, style="List Number")
        elif p.kind == "head":
            doc.add_heading(p.text, level=2)
        elif p.kind == "b":
            doc.add_paragraph().add_run(p.text).bold = True
        elif p.kind == "quote":
            para = doc.add_paragraph(p.text, style="Quote")
            para.paragraph_format.left_indent = Cm(1.2)
        elif p.kind == "pagebreak":
            doc.add_page_break()
        else:
            doc.add_paragraph(p.text)


def save_docx(doc: Document, path: Path) -> None:
    """Save, then rewrite the zip with fixed timestamps so reruns give identical bytes."""
    buf = BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


def kv_table(doc: Document, rows: list[tuple[str, str]], title: str) -> None:
    """A two-column details table whose title row is one merged cell."""
    table = doc.add_table(rows=len(rows) + 1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    top = table.cell(0, 0).merge(table.cell(0, 1))
    top.text = title
    top.paragraphs[0].runs[0].bold = True
    for i, (k, v) in enumerate(rows, start=1):
        table.cell(i, 0).text = k
        table.cell(i, 1).text = v
        table.cell(i, 0).paragraphs[0].runs[0].bold = True


# ---------------------------------------------------------------- HTML and email


def html_rich(text: str) -> str:
    out = escape(text)
    out = URL_RE.sub(lambda m: f'<a href="{m.group(0).rstrip(".,;:")}">{m.group(0)}</a>', out)
    return out.replace("\n", "<br>\n")


def html_body(body: list[P]) -> str:
    parts: list[str] = []
    in_list = False
    for p in body:
        if p.kind == "bullet" and not in_list:
            parts.append("<ul>")
            in_list = True
        if p.kind != "bullet" and in_list:
            parts.append("</ul>")
            in_list = False
        if p.kind == "bullet":
            parts.append(f"  <li>{html_rich(p.text)}</li>")
        elif p.kind == "quote":
            parts.append(f"<blockquote><p>{html_rich(p.text)}</p></blockquote>")
        elif p.kind == "head":
            parts.append(f"<h3>{html_rich(p.text)}</h3>")
        elif p.kind == "b":
            parts.append(f"<p><strong>{html_rich(p.text)}</strong></p>")
        else:
            parts.append(f"<p>{html_rich(p.text)}</p>")
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def plain_body(body: list[P], width_quote: str = "    ") -> str:
    lines: list[str] = []
    for p in body:
        if p.kind == "bullet":
            lines.append(f"  - {p.text}")
        elif p.kind == "quote":
            lines.append(width_quote + p.text)
            lines.append("")
        else:
            lines.append(p.text)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def fix_boundaries(msg: EmailMessage, stem: str) -> None:
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{stem}_{i:02d}_syn")


def write_eml(msg: EmailMessage, path: Path, stem: str) -> None:
    fix_boundaries(msg, stem)
    path.write_bytes(msg.as_bytes(policy=policy.SMTP))


def quoted_request_plain() -> str:
    return "\n".join("> " + line if line else ">" for line in REQUEST_QUOTE.splitlines())


def quoted_request_html() -> str:
    paras = "".join(f"<p>{html_rich(x)}</p>" for x in REQUEST_QUOTE.split("\n\n"))
    return f'<blockquote style="border-left:2px solid #999;padding-left:8px;color:#555">{paras}</blockquote>'


# ---------------------------------------------------------------- checks


def norm(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def plain_text_of(path: Path) -> str | None:
    """Text of a written document, for checking labels against it (PDF is checked by hand)."""
    ext = path.suffix
    if ext == ".docx":
        d = Document(str(path))
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    if ext == ".html":
        return lxml_html.fromstring(path.read_bytes()).text_content()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".eml":
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        if any(p.get_content_type() == "application/pdf" for p in msg.walk()):
            return None  # the answers are in the attached PDF, checked like the other PDFs
        out = []
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                out.append(part.get_content())
            elif part.get_content_type() == "text/html":
                out.append(lxml_html.fromstring(part.get_content()).text_content())
        return "\n".join(out)
    return None


def check(label: dict) -> list[str]:
    text = plain_text_of(OUT / label["file"])
    if text is None or label.get("reject"):
        return []
    flat = norm(text).replace("> ", "")
    problems = []
    for q, ans in label["answers"].items():
        if ans and any(norm(chunk) not in flat for chunk in ans.split("\n\n")):
            problems.append(f"{label['file']}: answer {q} not found verbatim")
    return problems




# ================================================================ the documents
# Each builder writes one file and returns its label. Positions are invented.


def derbyshire() -> dict:
    """PDF letter from the partnership business manager; answers out of order, 4 and 5 together."""
    doc = Reply(
        file="derbyshire-business-manager-letter.pdf",
        authority="Derbyshire County Council",
        code="E10000007",
        outcome="answered",
        exemptions=[],
        status=st("answered", "answered", "answered", "answered", "answered"),
        fields=fx("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no"),
        body=[
            P("Dear Ms Haldane,"),
            P("Bruising in babies who are not yet mobile: your request for information", kind="b"),
            P(
                "Thank you for your request, which reached the County Council on 6 November 2025, about the way "
                "bruising in babies who are not yet mobile is dealt with in Derbyshire. I should explain at the "
                "outset how matters are arranged here, because it shapes everything that follows. Safeguarding "
                "arrangements for children in the county are not the council's alone: since 2019 they have been the "
                "joint responsibility of the council, Derbyshire Constabulary and the NHS integrated care board, "
                "working alongside Derby City Council through the Derby and Derbyshire Safeguarding Children "
                "Partnership. The partnership's business unit is hosted by the County Council, which is why your "
                "request has come to me, and the multi-agency procedure you ask about belongs to the partnership "
                "rather than to any one of its members. I must also apologise for the time this reply has taken. It "
                "is later than the twenty working days the Act allows, largely because I wanted the health and police "
                "colleagues who sit on our procedures sub-group to read it before it went to you, and I am sorry for "
                "the delay that caused."
            ),
            P(
                "You asked first whether the partnership looked again at its procedure once the national Panel had "
                "published its briefing in September 2022, and if so when and with what result. It did. The Policy "
                "and Procedures Sub-group took the briefing as a formal review item and completed its review at its "
                "meeting in March 2023, having examined a sample of twenty recent referrals of bruised babies and "
                "what had happened to each family afterwards. It concluded that the procedure kept babies safe but "
                "that it moved too quickly from the discovery of a bruise to a strategy discussion, leaving too little "
                "room for a careful first conversation with the parents and an early paediatric opinion. The revised "
                "procedure was signed off by the partnership's Executive Group in May 2023.",
                (1,),
            ),
            P(
                "Turning to section 47, the procedure has never required an enquiry under section 47 of the Children "
                "Act 1989 in every case, and since the 2023 revision it does not require a strategy discussion in "
                "every case either. Every baby who is not independently mobile and has a bruise is seen by a "
                "paediatrician on the same day. The paediatrician and the duty social worker then go through the "
                "history together and agree whether the threshold for a strategy discussion is met; where it is not, "
                "the reasons are recorded and the family is given the partnership's leaflet explaining what has "
                "happened and why.",
                (3,),
            ),
            P(
                "You also asked what changes were made and whether our definition of a baby who is not independently "
                "mobile changed; the two are best answered together, since the definition was one of the changes. "
                "The first conversation between paediatrician and social worker described above is new. So is the "
                "parents' leaflet, and so is a short checklist for health visitors and GPs on what to record. The "
                "definition itself was rewritten: the old text spoke only of a baby who could not crawl, which left "
                "practitioners unsure what to do about babies who could shuffle, roll or pull themselves up. The "
                "procedure now says that a baby is not independently mobile until he or she can crawl, bottom-shuffle, "
                "pull to stand, cruise or walk, and it says in terms that a baby who can only roll over is still to be "
                "treated as not independently mobile. Age plays no part in the definition; we look at what the "
                "individual baby can do.",
                (4, 5),
            ),
            P(
                "I have left your request for papers until last. The sub-group's review report, with the audit of the "
                "twenty referrals, and the note of the Executive Group's decision are both published on the "
                "partnership's website at https://www.ddscp.org.uk/procedures/review-papers/bruising-2023 and the "
                "current procedure can be read at https://www.ddscp.org.uk/procedures/bruising-non-mobile-babies. "
                "Nothing has been withheld from either paper.",
                (2,),
            ),
            P(
                "If you are comparing areas, you may find it helpful to know that the National Institute for Health "
                "and Care Excellence added its own description of being independently mobile to its guideline on child "
                "maltreatment in December 2025. The sub-group has that on its agenda for the new year, and I would be "
                "glad to tell you, once it has met, whether anything in Derbyshire changes as a result."
            ),
            P(
                "You are free to re-use the information in this letter under the Open Government Licence, the terms "
                f"of which are at {OGL}. If you are unhappy with the way your request has been handled you may ask "
                "for an internal review by writing to the Information Governance Team, Derbyshire County Council, "
                "County Hall, Matlock DE4 3AG, within 40 working days of this letter. If you remain dissatisfied "
                f"after that you may complain to the {ICO_POSTAL}, or online at {ICO_COMPLAINT}."
            ),
            P("Yours sincerely,"),
            P("Harriet Okonjo"),
            P("Partnership Business Manager, Derby and Derbyshire Safeguarding Children Partnership, on behalf of Derbyshire County Council"),
        ],
    )
    st_ = pdf_styles("Helvetica", 10, 14)
    head = [
        Table(
            [[Paragraph("Our ref: CSFOI-25/1187<br/>Your ref: none given<br/>Date: 19 December 2025", st_["right"])]],
            colWidths=[166 * mm],
        ),
        Spacer(1, 6 * mm),
    ]
    story = head + story_from(doc.body, st_)

    def first(c, _d):
        c.saveState()
        c.setFillColor(colors.HexColor("#00563f"))
        c.rect(0, A4[1] - 30 * mm, A4[0], 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(22 * mm, A4[1] - 16 * mm, "Derbyshire County Council")
        c.setFont("Helvetica", 9)
        c.drawString(22 * mm, A4[1] - 23 * mm, "Children's Services  |  County Hall, Matlock, Derbyshire DE4 3AG")
        c.restoreState()

    def later(c, _d):
        c.saveState()
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(22 * mm, A4[1] - 14 * mm, "Derbyshire County Council  -  CSFOI-25/1187 (continued)")
        c.restoreState()

    build_pdf(
        str(OUT / doc.file), story, title="CSFOI-25/1187 response", author="Derbyshire County Council",
        footer=simple_footer("Derbyshire County Council - Children's Services"), first=first, later=later, top=40 * mm,
    )
    texts = ["Derbyshire County Council Children's Services"] + body_texts(doc.body)
    return label_for(doc, texts)


def hampshire() -> dict:
    """DOCX from an assistant director; papers withheld under s22(1); 4 answered before 3."""
    doc = Reply(
        file="hampshire-assistant-director-letter.docx",
        authority="Hampshire County Council",
        code="E10000014",
        outcome="partial",
        exemptions=["s22(1)"],
        status=st("answered", "refused", "answered", "answered", "answered"),
        fields=fx("formal", "2023-01", "no", "no", "yes", "no", "yes", "no"),
        body=[
            P("Dear Requester,"),
            P(
                "I am replying on behalf of the County Council to your request of 17 November 2025 about the Child "
                "Safeguarding Practice Review Panel's briefing on bruising in non-mobile infants. The procedure in "
                "question is not Hampshire's alone. Hampshire, the Isle of Wight, Portsmouth and Southampton have "
                "shared one set of multi-agency safeguarding procedures for some years, kept up to date by a joint "
                "procedures group on which the County Council is represented, and the answers below describe that "
                "shared procedure and the group's work on it. The table above summarises my decision; the reasons "
                "and the information itself follow."
            ),
            P("Our response", kind="head"),
            P(
                "Whether there was a review: there was. The joint procedures group placed the briefing on its agenda "
                "soon after it appeared and carried out a full review of the bruising protocol, which it completed in "
                "January 2023. Its conclusion was that the protocol's thresholds were sound, but that it did not say "
                "clearly enough that a paediatric assessment should come before any decision about a strategy "
                "discussion, and that it gave parents too little explanation of what was happening to them and why.",
                (1,),
            ),
            P(
                "As to the papers, the group's review report and the minute recording its conclusions are to be "
                "published on the procedures website alongside the next scheduled update of the protocol, which is "
                "planned for February 2026. I have therefore decided to withhold them for now under section 22(1) of "
                "the Act, which applies to information held with a view to its publication at a future date, where it "
                "is reasonable in all the circumstances to withhold it until then.",
                (2,),
            ),
            P(
                "In weighing the public interest I have taken into account the value of openness about how "
                "safeguarding procedures are decided, which is considerable. Against that, the four partnerships have "
                "agreed to publish the papers together with an explanatory note, and releasing the report on its own, "
                "ahead of that note, would risk it being read out of context. On balance I consider that the public "
                "interest favours waiting the short time until publication.",
                (2,),
            ),
            P("The changes that followed the review were these:", (4,)),
            P("a new first step, in which the paediatrician and a social worker discuss every case before anything else is decided;", (4,), "bullet"),
            P("a leaflet for parents, written with the help of a local parents' group, explaining why their baby is being examined;", (4,), "bullet"),
            P("clearer guidance for health visitors on how to record a bruise and the explanation given for it.", (4,), "bullet"),
            P(
                "Your question about section 47 follows naturally from that. The protocol does not require a "
                "section 47 enquiry, or a strategy discussion, in every case. It requires a paediatric assessment in "
                "every case, and that assessment, together with the conversation with children's social care, "
                "decides whether a strategy discussion is needed.",
                (3,),
            ),
            P(
                "Finally, the definition. The group considered whether its description of a baby who is not "
                "independently mobile should change and decided that it should not. The protocol continues to "
                "describe such a baby as one who cannot yet crawl, bottom-shuffle, pull to stand or walk, and it adds "
                "that a baby who has learned to roll over is still regarded as not independently mobile. The "
                "definition does not depend on the baby's age. The current text is at "
                "https://www.hipsprocedures.org.uk/bruising-protocol-non-mobile",
                (5,),
            ),
            P("If you are not satisfied", kind="head"),
            P(
                "You may ask for an internal review within 40 working days of the date of this letter by writing to "
                "the Information Requests Team, Hampshire County Council, Winchester SO23 8UJ.",
                kind="num",
            ),
            P(
                "If you remain dissatisfied after the internal review you may complain to the Information "
                f"Commissioner at {ICO_COMPLAINT} or by post to the {ICO_POSTAL}.",
                kind="num",
            ),
            P("Yours faithfully,"),
            P("Dr Alan Whitcombe"),
            P("Assistant Director, Safeguarding and Quality Assurance, Children's Services"),
        ],
    )
    d = new_docx("Arial", 11, "Hampshire County Council", "HCC-FOI-2025-04417 response")
    docx_header_footer(d, "Hampshire County Council | Children's Services", "HCC-FOI-2025-04417")
    d.add_heading("Freedom of Information Act 2000: request HCC-FOI-2025-04417", level=1)
    d.add_paragraph("Date: 15/12/2025\nEnquiries to: Information Requests Team")
    table = d.add_table(rows=6, cols=2)
    table.style = "Table Grid"
    top = table.cell(0, 0).merge(table.cell(0, 1))
    top.text = "Summary of decision"
    top.paragraphs[0].runs[0].bold = True
    rows = [
        ("Whether a review took place, and its outcome", "Information provided"),
        ("Papers on the outcome of the review", "Withheld: section 22(1), intended for future publication"),
        ("Section 47 and strategy discussions", "Information provided"),
        ("Changes made", ""),
        ("Definition of not independently mobile", ""),
    ]
    for i, (k, v) in enumerate(rows, start=1):
        table.cell(i, 0).text = k
        table.cell(i, 1).text = v
    table.cell(3, 1).merge(table.cell(5, 1))  # one decision covers the last three parts
    d.add_paragraph()
    docx_body(d, doc.body)
    save_docx(d, OUT / doc.file)
    return label_for(doc, body_texts(doc.body))


def cornwall() -> dict:
    """Email letter (text + HTML, quoted-printable) with the request quoted underneath."""
    doc = Reply(
        file="cornwall-partnership-manager-email.eml",
        authority="Cornwall Council",
        code="E06000052",
        outcome="answered",
        exemptions=[],
        status=st("answered", "answered", "answered", "answered", "answered"),
        fields=fx("informal", "2022-11", "yes", "yes", "no", "no", "yes", "yes", 6),
        body=[
            P("Dear Ms Haldane,"),
            P(
                "Thank you for your email of 10 November. Your questions were passed to me as manager of the "
                "safeguarding children partnership for Cornwall and the Isles of Scilly, which looks after the "
                "multi-agency procedures used in both council areas, and I have tried to answer them as a letter "
                "rather than a form, because some of them need a little explanation."
            ),
            P(
                "Whether there was a review: not a formal one. The partnership's procedures subgroup discussed the "
                "Panel's briefing at its meeting on 24 November 2022, went through it point by point against our "
                "procedure, and agreed that the procedure already did what the briefing asked, so it did not open a "
                "formal review. I have copied the relevant part of the minute below, which I hope also answers your "
                "request for papers, as there is no other paper on the subject:",
                (1, 2),
            ),
            P(
                "\"Item 6. National Panel briefing on bruising in non-mobile infants. Members compared the briefing "
                "with the current procedure. Agreed that the procedure is consistent with the briefing and with the "
                "evidence base. No changes required. To be revisited if the RCPCH guidance changes.\"",
                (1, 2),
                "quote",
            ),
            P(
                "On section 47, our procedure differs from what the Panel recommended, and the subgroup knew that "
                "when it met. Every case of bruising in a baby who is not independently mobile leads to a strategy "
                "discussion between children's social care, the police and a paediatrician. That does not mean every "
                "family goes on to a section 47 enquiry, and most do not, but the subgroup's view was that a "
                "discussion in every case is the safest starting point in a large rural county where a baby may be "
                "an hour or more from the nearest paediatric unit.",
                (3,),
            ),
            P(
                "Because the subgroup found the procedure consistent with the evidence, no changes were made to it, "
                "and that includes the definition. A baby is treated as not independently mobile if he or she is "
                "under six months old, whatever he or she can do, or is older than that but not yet crawling, "
                "shuffling, cruising or walking. A baby who rolls over is not regarded as mobile for these purposes.",
                (4, 5),
            ),
            P(
                "I would add, for completeness, that the subgroup will look at the new NICE wording early next year, "
                "and I am happy to let you know the result if you write to me again in the spring."
            ),
            P(
                "If you are unhappy with this response you can ask for an internal review by replying to this email "
                "within 40 working days. You may also complain to the Information Commissioner: "
                f"{ICO_COMPLAINT}"
            ),
            P("Kind regards,"),
            P(
                "Morwenna Trethewey\nBusiness Manager, Safeguarding Children Partnership (Cornwall and the Isles of Scilly)\n"
                "Cornwall Council | New County Hall | Truro"
            ),
        ],
    )
    msg = EmailMessage()
    msg["From"] = "Cornwall Council Information Rights <foi-responses@cornwall.gov.uk>"
    msg["To"] = f"R Haldane <{REQUESTER}>"
    msg["Subject"] = "RE: FOI CR/FOI/2025/8812 - review of bruising policy (non-mobile infants)"
    msg["Date"] = "Mon, 08 Dec 2025 10:14:00 +0000"
    msg["Message-ID"] = "<cr-foi-2025-8812.reply@synthetic.invalid>"
    msg["In-Reply-To"] = "<haldane-bruising-foi-cornwall@synthetic.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    plain = plain_body(doc.body) + "\n-----Original Message-----\nFrom: R Haldane\nSent: 10 November 2025 08:02\nTo: FOI\nSubject: FOI request: bruising in non-mobile infants\n\n" + quoted_request_plain() + "\n"
    msg.set_content(plain, cte="quoted-printable")
    html = (
        "<html><body style=\"font-family:Calibri,sans-serif\">\n"
        + html_body(doc.body)
        + "\n<hr><p><b>From:</b> R Haldane<br><b>Sent:</b> 10 November 2025 08:02<br><b>Subject:</b> FOI request: "
        "bruising in non-mobile infants</p>\n" + quoted_request_html() + "\n</body></html>\n"
    )
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    write_eml(msg, OUT / doc.file, "cornwall")
    return label_for(doc, body_texts(doc.body))


KIRKLEES_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b}
.cookie{background:#252525;color:#fff;padding:12px 24px}.cookie button{margin-right:8px}
header{background:#6b2c91;color:#fff;padding:14px 24px}header a{color:#fff}
nav.top ul{list-style:none;padding:0;display:flex;gap:18px}
.crumbs{padding:8px 24px;font-size:90%}.crumbs ol{list-style:none;display:flex;gap:6px;padding:0}
main{max-width:760px;padding:0 24px 32px}dl.meta{display:grid;grid-template-columns:180px auto}
footer{background:#eee;padding:18px 24px;font-size:85%}
"""


def kirklees() -> dict:
    """Disclosure-log web page; 1 and 2 answered in one paragraph, 4 points back to it."""
    doc = Reply(
        file="kirklees-disclosure-log-entry.html",
        authority="Kirklees Council",
        code="E08000034",
        outcome="answered",
        exemptions=[],
        status=st("answered", "answered", "answered", "see_other", "answered"),
        fields=fx("formal", "2023-05", "yes", "no", "yes", "yes", "no", "no"),
        body=[
            P(
                "Kirklees is one of five councils whose safeguarding children procedures are written and maintained "
                "jointly across West Yorkshire, with Bradford, Calderdale, Leeds and Wakefield. The council "
                "contributed to the work described below but did not lead it, and the answers reflect what the "
                "joint procedures group has told us as well as the council's own records."
            ),
            P(
                "The joint procedures group carried out a review of the procedure on bruising in babies who are not "
                "independently mobile in May 2023, prompted by the national Panel's briefing. It concluded that the "
                "procedure should say more plainly that a bruise is a reason for careful assessment rather than an "
                "automatic route into a section 47 enquiry, and that its description of mobility needed tightening; "
                "the procedure was revised accordingly and the new version was issued in July 2023. The group's "
                "summary of the review, which is the only paper recording its outcome, is published at "
                "https://westyorkscb.proceduresonline.com/files/bruising_review_summary_2023.pdf",
                (1, 2),
            ),
            P(
                "As for section 47, the procedure does not require an enquiry or a strategy discussion in every "
                "case. A bruised baby who is not yet mobile is always referred for a paediatric assessment on the "
                "same day, and the decision about a strategy discussion is taken afterwards in the light of that "
                "assessment.",
                (3,),
            ),
            P("The changes made to the procedure are those described above.", (4,)),
            P(
                "Your final question concerned the definition of a baby who is not independently mobile. It was "
                "changed as part of the review. The earlier text treated any baby who could not walk as not "
                "independently mobile. The revised text says that a baby who can get from one place to another on "
                "his or her own, whether by crawling, shuffling, cruising or by rolling purposefully across a room, "
                "has begun to be mobile and should be assessed with that in mind. Age is not part of the definition.",
                (5,),
            ),
            P("Service Director, Child Protection and Quality Assurance"),
        ],
    )
    reuse = (
        "Information released under the Freedom of Information Act may be re-used under the Open Government "
        f"Licence: {OGL}"
    )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI-2025-1562: Bruising in non-mobile infants | Kirklees Council</title>
<!-- {SYN} -->
<style>{KIRKLEES_CSS}</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it.</p>
  <button type="button">Accept analytics cookies</button><button type="button">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<header>
  <a class="logo" href="/">Kirklees Council</a>
  <nav class="top" aria-label="Main"><ul>
    <li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
    <li><a href="/schools">Schools and education</a></li><li><a href="/social-care">Social care</a></li>
    <li><a href="/your-council">Your council</a></li></ul></nav>
  <form action="/search" role="search"><label for="q">Search</label><input id="q" name="q"></form>
</header>
<nav class="crumbs" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a> &gt;</li><li><a href="/your-council">Your council</a> &gt;</li>
  <li><a href="/your-council/freedom-of-information">Freedom of information</a> &gt;</li>
  <li><a href="/your-council/freedom-of-information/disclosure-log">Disclosure log</a> &gt;</li><li>FOI-2025-1562</li></ol></nav>
<main id="content">
<h1>Bruising in non-mobile infants: review of safeguarding procedure</h1>
<dl class="meta">
  <dt>Reference</dt><dd>FOI-2025-1562</dd>
  <dt>Date received</dt><dd>12/11/2025</dd>
  <dt>Date of response</dt><dd>09/12/2025</dd>
  <dt>Category</dt><dd>Children and families</dd>
</dl>
<h2>Request</h2>
<p>The requester asked whether the safeguarding policy on bruising in non-mobile infants was reviewed after the national Panel's briefing of September 2022, for papers on the outcome, whether a section 47 enquiry or strategy discussion is required in all cases, what changes were made, and whether the definition of a child who is not independently mobile changed, including the position of babies who can roll and whether age is used.</p>
<h2>Response</h2>
{html_body(doc.body)}
<p class="reuse">{html_rich(reuse)}</p>
</main>
<footer>
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>
  <li><a href="/contact-us">Contact us</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>&copy; Kirklees Council 2025</p>
</footer>
</body>
</html>
"""
    (OUT / doc.file).write_text(page, encoding="utf-8")
    return label_for(doc, body_texts(doc.body) + [reuse])


def sefton() -> dict:
    """Case-system export: 1 and 2 sent to the partnership, 3 to 5 answered by the council."""
    doc = Reply(
        file="sefton-case-export.txt",
        authority="Sefton Metropolitan Borough Council",
        code="E08000014",
        outcome="partial",
        exemptions=[],
        status=st("redirected", "redirected", "answered", "answered", "answered"),
        fields=fx("not_stated", None, "not_stated", "no", "no", "no", "yes", "no"),
        body=[
            P("Dear Ms Haldane"),
            P(
                "Thank you for your request for information, received on 5 November 2025. I have read your five "
                "questions carefully, and they fall into two groups: two are about the work of the local safeguarding "
                "partnership, and three are about the approach our own social workers take. I deal with them in that "
                "order."
            ),
            P(
                "Your first two questions, about whether the policy was reviewed after the Panel's briefing and for "
                "any papers recording the outcome, concern the work of the Sefton Safeguarding Children Partnership, "
                "which owns the multi-agency procedure and holds the records of its own meetings and subgroups. The "
                "council does not hold that information on the partnership's behalf. The partnership's business unit "
                "can be contacted at business.unit@seftonscp.org.uk, and I have let them know to expect your questions.",
                (1, 2),
            ),
            P(
                "On the matter of section 47: the council's children's social care service follows the partnership's "
                "procedure, which does not require a section 47 enquiry in every case of bruising to a baby who is "
                "not yet mobile. What it does require is a discussion between the professional who found the bruise, "
                "our front door team and a paediatrician, and that discussion decides whether a strategy discussion "
                "should follow.",
                (3,),
            ),
            P(
                "The council has not made changes of its own. Its practice guidance for social workers refers staff to "
                "the partnership procedure rather than setting out a separate approach, and that guidance has not been "
                "altered since the Panel's briefing; nor has the description of a baby who is not independently "
                "mobile that social workers use, which is taken from the procedure. That description treats a baby who "
                "can roll, but cannot yet crawl or pull to stand, as not independently mobile, and it is not based on "
                "age.",
                (4, 5),
            ),
            P(
                "You may also find the partnership's annual report useful, as it summarises each year's work by its "
                "procedures subgroup."
            ),
            P(
                "If you are dissatisfied with this response you may request an internal review by writing to "
                "Information Management, Sefton Council, Bootle, within 40 working days. If you remain dissatisfied "
                f"you may contact the {ICO_POSTAL}. Telephone 0303 123 1113. Website: https://ico.org.uk"
            ),
            P("Yours sincerely\n\nSimon Ashworth\nHead of Service, Children's Social Care (Quality and Practice)"),
        ],
    )
    head = (
        "==================================================================\n"
        " INFORMATION REQUEST CASE EXPORT                     page 1 of 1\n"
        "==================================================================\n"
        "Case reference   : SEF/IR/25/03381\n"
        "Case type        : Freedom of Information Act 2000\n"
        "Received         : 05/11/2025\n"
        "Target date      : 03/12/2025\n"
        "Closed           : 02/12/2025\n"
        "Handling service : Children's Social Care\n"
        "Subject          : Bruising - non-mobile infants - policy review\n"
        "Decision         : Information provided in part; part directed to another body\n"
        "------------------------------------------------------------------\n"
        "RESPONSE TEXT\n"
        "------------------------------------------------------------------\n\n"
    )
    text = head + plain_body(doc.body) + "\n[end of case export]\n\n" + SYN + "\n"
    (OUT / doc.file).write_text(text, encoding="utf-8")
    return label_for(doc, body_texts(doc.body))


def west_northamptonshire() -> dict:
    """PDF that numbers the questions but writes several paragraphs under each; s40(2) redactions."""
    protocol = "https://northamptonshirescb.proceduresonline.com/chapters/p_bruising_immobile.html"
    doc = Reply(
        file="west-northamptonshire-numbered-letter.pdf",
        authority="West Northamptonshire Council",
        code="E06000062",
        outcome="answered",
        exemptions=["s40(2)"],
        status=st("answered", "answered", "answered", "answered", "answered"),
        fields=fx("formal", "2023-06", "yes", "no", "yes", "no", "yes", "yes", 6),
        body=[
            P("Dear Ms Haldane,"),
            P(
                "Thank you for your request for information about bruising in babies who are not independently "
                "mobile. Children's social care in West Northamptonshire is provided on the council's behalf by "
                "Northamptonshire Children's Trust, and the answers below were prepared with the Trust and with the "
                "business office of the Northamptonshire Safeguarding Children Partnership, which serves both West "
                "and North Northamptonshire. I have kept to the order of your questions."
            ),
            P("1. Whether the policy was reviewed after the Panel's briefing", kind="head"),
            P(
                "Yes. The partnership carried out a formal review of its bruising protocol after the briefing was "
                "published. The review was led by the Designated Doctor for Safeguarding Children and its findings "
                "were considered and accepted by the partnership's Practice and Procedures Group at its meeting on "
                "14/06/2023.",
                (1,),
            ),
            P(
                "The review concluded that the protocol was sound in its essentials, but that it should make clear "
                "that a strategy discussion is a decision to be made rather than a step that follows automatically, "
                "and that practitioners needed more help to apply the definition of a baby who is not independently "
                "mobile in borderline cases.",
                (1,),
            ),
            P("2. Papers on the outcome", kind="head"),
            P(
                "The review report and the relevant extract from the minutes of the Practice and Procedures Group "
                "are enclosed with this letter.",
                (2,),
            ),
            P(
                "The names of the professionals who attended the meeting, other than those of senior officers whose "
                "roles are public, have been removed from the minute. Those names are personal data, and releasing "
                "them would not be fair to the individuals concerned; they are therefore exempt under section 40(2) "
                "of the Act. Nothing else has been removed.",
                (2,),
            ),
            P("3. Section 47 enquiries and strategy discussions", kind="head"),
            P(
                "No. The protocol requires that every baby who is not independently mobile and has a bruise is "
                "referred to children's social care and seen by a paediatrician the same day.",
                (3,),
            ),
            P(
                "Whether a strategy discussion is then held, and whether a section 47 enquiry follows, is decided "
                "case by case by the social worker and the paediatrician together, and the reasons are recorded "
                "either way.",
                (3,),
            ),
            P("4. Changes made", kind="head"),
            P(
                "Three changes were made in the autumn of 2023. The first was the case-by-case decision on a "
                "strategy discussion described in answer 3, which replaced a rule that one should be held in every "
                "case.",
                (4,),
            ),
            P(
                "The second was a set of worked examples in the protocol showing how the definition of a baby who is "
                "not independently mobile should be applied to babies who are shuffling or just beginning to pull "
                "themselves up.",
                (4,),
            ),
            P(
                "The third was an information sheet for parents, available in the seven languages most spoken in "
                "the county.",
                (4,),
            ),
            P("5. The definition of not independently mobile", kind="head"),
            P(
                "The definition itself was not changed; the worked examples mentioned above were added to help "
                "practitioners apply it.",
                (5,),
            ),
            P(
                "Under the protocol every baby under six months of age is treated as not independently mobile, "
                "whatever he or she is able to do. Older babies are treated as not independently mobile until they "
                "can crawl, bottom-shuffle, cruise or walk, so a baby who can roll but do none of those things is "
                f"still treated as not independently mobile. The protocol is available at {protocol}",
                (5,),
            ),
            P("Enclosures: review report (June 2023); extract from minutes of the Practice and Procedures Group, redacted.", kind="small"),
            P(
                f"You may re-use this information under the Open Government Licence ({OGL}). If you are unhappy with "
                "this response you may ask for an internal review within 40 working days by writing to the "
                "Information Rights Team, West Northamptonshire Council, One Angel Square, Northampton. You also have "
                f"the right to complain to the Information Commissioner's Office at {ICO_COMPLAINT}."
            ),
            P("Yours sincerely,"),
            P("Priya Lennox\nInformation Rights Officer\nWest Northamptonshire Council"),
        ],
    )
    st_ = pdf_styles("Times-Roman", 11, 15)
    letterhead = Table(
        [
            [
                Paragraph("<b>West Northamptonshire Council</b><br/>Information Rights Team<br/>One Angel Square, Northampton", st_["p"]),
                Paragraph("Reference: WNC-FOI-1209-25<br/>Date: 11th December 2025", st_["right"]),
            ]
        ],
        colWidths=[100 * mm, 66 * mm],
    )
    letterhead.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#8a1538")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [letterhead, Spacer(1, 8 * mm)] + story_from(doc.body, st_)
    build_pdf(
        str(OUT / doc.file), story, title="Freedom of Information response WNC-FOI-1209-25",
        author="West Northamptonshire Council", footer=simple_footer("WNC-FOI-1209-25", "Times-Roman"),
    )
    texts = ["West Northamptonshire Council Information Rights Team"] + body_texts(doc.body)
    return label_for(doc, texts)


def kensington_chelsea() -> dict:
    """DOCX letter that starts with the definition and ends with the papers; bold lead-in lines."""
    briefing = "https://www.rbkc.gov.uk/lscp/learning/bruising-non-mobile-babies-2023"
    london = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
    doc = Reply(
        file="kensington-and-chelsea-director-letter.docx",
        authority="Royal Borough of Kensington and Chelsea",
        code="E09000020",
        outcome="answered",
        exemptions=[],
        status=st("answered", "answered", "answered", "answered", "answered"),
        fields=fx("formal", "2022-12", "yes", "no", "yes", "yes", "no", "no"),
        body=[
            P("Dear Ms Haldane,"),
            P(
                "Thank you for your letter about the national Panel's briefing on bruising in babies who are not yet "
                "mobile. The Royal Borough shares its safeguarding children partnership with Westminster City "
                "Council, and the guidance on bruised babies that our social workers, health visitors and police "
                "colleagues follow is the partnership's bi-borough guidance, which sits beneath the pan-London "
                "procedures. I answer on the Royal Borough's behalf, but what follows is equally true of "
                "Westminster. It may help to take your questions in a slightly different order from the one in "
                "which you asked them, starting with the definition, since that is where the partnership made its "
                "most significant change."
            ),
            P("The definition of a baby who is not independently mobile", kind="b"),
            P(
                "Until the end of 2022 the bi-borough guidance described any baby who could not crawl as not "
                "independently mobile. Following the review described below, the partnership adopted a fuller "
                "description. A baby who can deliberately roll from back to front and back again, and uses rolling to "
                "get about, is now regarded as having begun to be mobile, so the non-mobile guidance is not applied "
                "automatically to that baby, although practitioners are asked to use their judgement and to seek "
                "advice if in doubt. The description does not rely on the baby's age.",
                (5,),
            ),
            P("Whether there was a review, and what it concluded", kind="b"),
            P(
                "Whether there was a review: yes. The partnership's Safeguarding Practice Group reviewed the "
                "bi-borough guidance in December 2022, at a workshop attended by the designated doctor and nurse, "
                "police colleagues and managers from both boroughs' children's services. It concluded that local "
                "practice was stricter than the Panel's briefing recommended: in practice almost every bruised baby "
                "who was not yet mobile went to a strategy discussion, and some families had been through a section "
                "47 enquiry that a short first assessment would have shown to be unnecessary.",
                (1,),
            ),
            P("What changed", kind="b"),
            P("The changes that followed were agreed by the partnership in February 2023:", (4,)),
            P("the definition was rewritten, as described above;", (4,), "bullet"),
            P("a same-day paediatric assessment and a conversation with the duty social worker now come first in every case;", (4,), "bullet"),
            P("a short note for parents was introduced, explaining what will happen and why.", (4,), "bullet"),
            P("Section 47", kind="b"),
            P(
                "On section 47, the guidance since 2023 requires a paediatric assessment and a conversation with "
                "children's social care in every case, but not a strategy discussion or a section 47 enquiry in every "
                "case; those follow only where the assessment gives cause for concern.",
                (3,),
            ),
            P("Papers", kind="b"),
            P(
                "Finally, you asked for papers. The partnership published a learning briefing on the review, which "
                f"you can read at {briefing} and I enclose the workshop's report to the Safeguarding Practice Group, "
                "which sets out its findings in full.",
                (2,),
            ),
            P(
                "You may also wish to know that the pan-London procedures, on which our own guidance builds, are "
                f"published at {london} and are updated from time to time by London Councils."
            ),
            P(
                "This information may be re-used under the Open Government Licence. If you are dissatisfied with this "
                "reply you may ask for an internal review by writing to the Royal Borough's Information Governance "
                "team within 40 working days, and if you remain dissatisfied you may complain to the Information "
                f"Commissioner at {ICO_COMPLAINT}"
            ),
            P("Yours sincerely,"),
            P("Eleanor Marchetti"),
            P("Director of Children's Safeguarding and Quality (bi-borough)"),
        ],
    )
    d = new_docx("Georgia", 11, "Royal Borough of Kensington and Chelsea", "Response KC/FS/FOI 25-0731")
    docx_header_footer(d, "The Royal Borough of Kensington and Chelsea", "Our ref: KC/FS/FOI 25-0731")
    title = d.add_paragraph()
    run = title.add_run("THE ROYAL BOROUGH OF KENSINGTON AND CHELSEA")
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    kv_table(
        d,
        [("Our reference", "KC/FS/FOI 25-0731"), ("Date", "3 December 2025"), ("Service", "Family Services, Town Hall, Hornton Street, London W8")],
        "Freedom of Information Act 2000",
    )
    d.add_paragraph()
    docx_body(d, doc.body)
    save_docx(d, OUT / doc.file)
    return label_for(doc, body_texts(doc.body))


def hartlepool() -> dict:
    """Short covering email; the numbered answers are only in the attached PDF letter."""
    doc = Reply(
        file="hartlepool-covering-email-with-letter.eml",
        authority="Hartlepool Borough Council",
        code="E06000001",
        outcome="answered",
        exemptions=[],
        status=st("answered", "answered", "answered", "answered", "answered"),
        fields=fx("none", None, "no", "yes", "no", "no", "yes", "yes", 12),
        body=[
            P("Dear Sir/Madam"),
            P("Request for information: FOI-2025-0912", kind="b"),
            P(
                "The procedures used in Hartlepool are the Tees-wide safeguarding children procedures, which we share "
                "with Stockton-on-Tees, Middlesbrough and Redcar and Cleveland; the partnership responsible for "
                "Hartlepool is the Hartlepool and Stockton-on-Tees Safeguarding Children Partnership. Our answers are "
                "set out below under the numbers you used."
            ),
            P("1.", kind="head"),
            P(
                "Whether there was a review of those procedures after the Panel's briefing: there was not. The "
                "bruising protocol had been rewritten in the spring of 2022, some months before the briefing "
                "appeared, and no review of it has taken place since then.",
                (1,),
            ),
            P("2.", kind="head"),
            P("It follows that there are no papers recording the outcome of a review.", (2,)),
            P("3.", kind="head"),
            P(
                "Yes, in the sense that the protocol requires a strategy discussion in every case in which a baby "
                "who is not independently mobile is found to have a bruise.",
                (3,),
            ),
            P(
                "The strategy discussion, with police and health colleagues, then decides whether a section 47 "
                "enquiry is needed. It is not automatic.",
                (3,),
            ),
            P("4 and 5.", kind="head"),
            P(
                "No changes have been made, and the definition is as it was. Any baby under the age of twelve months "
                "who is not yet walking unaided is treated as not independently mobile, so a baby who can roll, or "
                "even crawl, is included; the protocol does not set out any further definition.",
                (4, 5),
            ),
            P(
                "Should you wish to read the protocol as it currently stands, it is published on the Tees procedures "
                "website at https://www.teescpp.org.uk/bruising-protocol/ together with the partnership's other "
                "procedures."
            ),
            P(
                "If you are unhappy with this response you may ask for an internal review within two months by "
                "writing to the Information Governance Team, Civic Centre, Hartlepool TS24 8AY. You may then complain "
                f"to the Information Commissioner, whose website is {ICO_COMPLAINT}"
            ),
            P("Yours faithfully"),
            P("Children's and Joint Commissioning Services\nHartlepool Borough Council"),
        ],
    )
    st_ = pdf_styles("Times-Roman", 11, 15)

    def first(c, _d):
        c.saveState()
        c.setFont("Times-Bold", 16)
        c.drawCentredString(A4[0] / 2, A4[1] - 18 * mm, "HARTLEPOOL BOROUGH COUNCIL")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 24 * mm, "Civic Centre, Victoria Road, Hartlepool TS24 8AY   |   1st December 2025")
        c.line(22 * mm, A4[1] - 27 * mm, A4[0] - 22 * mm, A4[1] - 27 * mm)
        c.restoreState()

    buf = BytesIO()
    build_pdf(
        buf, story_from(doc.body, st_), title="FOI-2025-0912 response", author="Hartlepool Borough Council",
        footer=simple_footer("Hartlepool Borough Council  FOI-2025-0912", "Times-Roman"), first=first, top=36 * mm,
    )
    msg = EmailMessage()
    msg["From"] = "Information Governance <foi@hartlepool.gov.uk>"
    msg["To"] = REQUESTER
    msg["Subject"] = "Your request for information FOI-2025-0912"
    msg["Date"] = "Mon, 01 Dec 2025 15:40:12 +0000"
    msg["Message-ID"] = "<foi-2025-0912@synthetic.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(
        "Dear Sir/Madam\n\nPlease find attached the Council's response to your request for information, "
        "reference FOI-2025-0912.\n\nRegards\n\nInformation Governance Team\nHartlepool Borough Council\n",
        cte="quoted-printable",
    )
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="pdf", filename="FOI-2025-0912 response.pdf")
    write_eml(msg, OUT / doc.file, "hartlepool")
    return label_for(doc, body_texts(doc.body))


def norfolk() -> dict:
    """PDF refusing the whole request under s12, with advice on a narrower request."""
    doc = Reply(
        file="norfolk-cost-limit-letter.pdf",
        authority="Norfolk County Council",
        code="E10000020",
        outcome="refused",
        exemptions=["s12(1)"],
        status=st("refused", "refused", "refused", "refused", "refused"),
        fields=dict(NOT_STATED),
        body=[
            P("Dear Ms Haldane"),
            P("Freedom of Information request NCC-IR-25-6620: bruising in non-mobile infants", kind="b"),
            P(
                "Thank you for your request of 4 November 2025. I am sorry to say that we cannot answer it in full, "
                "and because of the way the Act works that means we cannot answer it at all. I will explain why, and "
                "then suggest how you might frame a request that we can deal with."
            ),
            P(
                "Norfolk's multi-agency safeguarding procedures belong to the Norfolk Safeguarding Children "
                "Partnership, and the papers of its subgroups are not kept in one place. To establish whether the "
                "bruising procedure was looked at again after September 2022, and to find any papers about it, "
                "officers would need to go through the agendas, minutes and working papers of four subgroups and "
                "of the partnership's executive over more than three years, held in the separate records of the "
                "council, the constabulary and the integrated care board. We estimate that this would take at least "
                "26 hours."
            ),
            P(
                "Section 12 of the Act allows a public authority to refuse a request where the cost of finding the "
                "information would exceed the appropriate limit, which for local authorities is \u00a3450, calculated "
                "at \u00a325 an hour: that is, 18 hours of work. Where one part of a request would exceed the limit on "
                "its own, the authority need not answer any part of it, and that is the decision I have reached. I am "
                "therefore refusing your request under section 12(1)."
            ),
            P(
                "By way of advice, you may find that a narrower request, limited to what the current procedure says "
                "about strategy discussions and about the definition of mobility, can be answered quickly. The "
                "procedure is published at https://www.norfolklscp.org.uk/procedures/bruising-in-babies and you are "
                "welcome to write again with a more focused request."
            ),
            P(
                "If you are unhappy with this decision you may ask for an internal review by writing to the "
                "Information Management Team, County Hall, Martineau Lane, Norwich NR1 2DH, within 40 working days. "
                "If you remain unhappy after the review you may complain to the Information Commissioner's Office "
                "(https://ico.org.uk/)."
            ),
            P("Yours sincerely"),
            P("Gareth Bloomfield\nAssistant Director, Quality and Practice Improvement\nChildren's Services"),
        ],
    )
    st_ = pdf_styles("Helvetica", 10.5, 15)
    addr = Paragraph(
        "Children's Services<br/>County Hall<br/>Martineau Lane<br/>Norwich NR1 2DH<br/><br/>2 December 2025",
        st_["right"],
    )
    story = [Paragraph("<b>Norfolk County Council</b>", st_["h1"]), addr, Spacer(1, 10 * mm)] + story_from(doc.body, st_)
    build_pdf(
        str(OUT / doc.file), story, title="NCC-IR-25-6620", author="Norfolk County Council",
        footer=simple_footer("Norfolk County Council | NCC-IR-25-6620"),
    )
    return label_for(doc, body_texts(doc.body))


def dudley() -> dict:
    """DOCX: long apology and context, then information not held; suggests asking the partnership."""
    doc = Reply(
        file="dudley-head-of-service-letter.docx",
        authority="Dudley Metropolitan Borough Council",
        code="E08000027",
        outcome="not_held",
        exemptions=[],
        status=st("not_held", "not_held", "not_held", "not_held", "not_held"),
        fields=dict(NOT_STATED),
        body=[
            P("Dear Ms Haldane,"),
            P(
                "I must begin with an apology. Your request reached us on 3 November 2025 and should have been "
                "answered by 1 December; it was not, partly because of the number of colleagues I needed to ask and "
                "partly because of an oversight on our part when the case was passed between teams, and I am sorry "
                "for that. It may also help if I explain how safeguarding is organised here. Dudley's multi-agency "
                "arrangements are led by a partnership of the council, West Midlands Police and the local NHS, and "
                "the practice guidance that professionals in Dudley follow is drawn largely from procedures shared "
                "across the West Midlands region. The council takes part in that work, but it does not own the "
                "procedures."
            ),
            P(
                "With that in mind, I have made enquiries of the officers who would hold any record of a review of "
                "this kind, including the council's representatives on the partnership's subgroups and the policy "
                "team in Children's Services. None of them holds any recorded information about a review of the "
                "bruising procedure following the Panel's briefing, about changes to it, or about how the procedure "
                "defines a baby who is not independently mobile, and the council holds no other information within "
                "the terms of your request. Under section 1(1)(a) of the Act I must therefore tell you that the "
                "information you asked for is not held by Dudley Metropolitan Borough Council."
            ),
            P(
                "I appreciate that this will be disappointing. The safeguarding partnership is not itself a public "
                "authority for the purposes of the Act, but you may wish to raise your questions with it directly; "
                "its contact details are on its website at https://www.safeguarding.dudley.gov.uk/contact-us/"
            ),
            P(
                "If you are not satisfied with this response you may ask for an internal review by writing to the "
                "Information Governance Team, Council House, Priory Road, Dudley DY1 1HF, within 40 working days. "
                f"After that, you may complain to the Information Commissioner's Office at {ICO_COMPLAINT} or "
                f"by post to the {ICO_POSTAL}."
            ),
            P("Yours sincerely,"),
            P("Marcus Adeyemi-Clarke"),
            P("Head of Service, Safeguarding and Review"),
        ],
    )
    d = new_docx("Calibri", 11, "Dudley Metropolitan Borough Council", "DMBC/FOI/25/2217")
    docx_header_footer(d, "Dudley Metropolitan Borough Council  -  Children's Services", "DMBC/FOI/25/2217")
    d.add_heading("Dudley Metropolitan Borough Council", level=1)
    kv_table(
        d,
        [("Reference", "DMBC/FOI/25/2217"), ("Date received", "03/11/2025"), ("Date of response", "Friday 12 December 2025"), ("Subject", "Bruising in non-mobile infants")],
        "Request details",
    )
    d.add_paragraph()
    docx_body(d, doc.body)
    save_docx(d, OUT / doc.file)
    return label_for(doc, body_texts(doc.body))


def cambs_peterborough() -> dict:
    """HTML-only, base64 email from the partnership itself (not a public authority)."""
    summary = "https://www.safeguardingcambspeterborough.org.uk/children-board/review-bruising-protocol-2023/"
    doc = Reply(
        file="cambridgeshire-peterborough-partnership-reply.eml",
        authority="Cambridgeshire and Peterborough Safeguarding Children Partnership",
        code=None,
        sender_kind="partnership",
        outcome="answered",
        exemptions=[],
        status=st("answered", "answered", "answered", "answered", "answered"),
        fields=fx("formal", "2023-10", "yes", "no", "yes", "yes", "yes", "no"),
        body=[
            P("Dear Ms Haldane,"),
            P(
                "Cambridgeshire County Council has passed your request to the partnership's business unit, because "
                "the procedure you ask about belongs to the Cambridgeshire and Peterborough Safeguarding Children "
                "Partnership rather than to the council. The partnership is not a public authority under the Freedom "
                "of Information Act, but we would rather answer your questions than stand on that point, and I hope "
                "what follows is helpful. Please accept my apologies that it has taken longer than you might have "
                "expected; the request reached us in the middle of our annual report and I wanted the answers checked "
                "by the designated professionals before sending them."
            ),
            P(
                "The review you asked about did take place, and the changes it led to are best described alongside it. "
                "The partnership's Quality and Effectiveness Group commissioned a formal review of the bruising "
                "protocol following the Panel's briefing, and agreed the reviewer's recommendations at its meeting on "
                "12th October 2023. The review found that the protocol sent too many families straight to a strategy "
                "discussion and relied on a baby's age rather than on what the baby could actually do. Three changes "
                "followed: a conversation between the paediatrician and the duty social worker before any strategy "
                "discussion is arranged; a rewritten definition, described below; and a leaflet for parents, now given "
                "out in every case.",
                (1, 4),
            ),
            P(
                "You also asked for papers. The reviewer's full report is not published, but its summary of findings "
                f"is on our website at {summary} and its two main conclusions were these:",
                (2,),
            ),
            P(
                "\"The protocol is applied consistently, but its default route to a strategy discussion is not "
                "supported by the current evidence.\" \"The age-based definition of non-mobility should be replaced "
                "with a developmental one.\"",
                (2,),
                "quote",
            ),
            P(
                "On the definition, the old protocol treated every baby under six months as not independently mobile. "
                "That age rule has gone. A baby is now regarded as not independently mobile until he or she can crawl, "
                "shuffle along on his or her bottom, pull to stand or cruise; a baby who can roll over but do none of "
                "those things is still regarded as not independently mobile.",
                (5,),
            ),
            P(
                "Finally, section 47. Under the revised protocol neither a section 47 enquiry nor a strategy "
                "discussion is required in every case. Each case is assessed first, and a strategy discussion is held "
                "where the paediatrician and the social worker agree that one is needed, or where either of them thinks "
                "it is.",
                (3,),
            ),
            P("With best wishes,"),
            P("Joanna Feltwell\nBusiness Manager\nCambridgeshire and Peterborough Safeguarding Children Partnership"),
        ],
    )
    html = (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"font-family:Verdana,sans-serif;font-size:10pt\">\n"
        + html_body(doc.body)
        + "\n<p style=\"color:#666;font-size:8pt\">Business Unit, Cambridgeshire and Peterborough Safeguarding "
        "Children Partnership. This email and any attachment are intended for the addressee only.</p>\n"
        "<div style=\"margin-top:18px\"><p>On 18 Nov 2025, at 09:12, R Haldane wrote:</p>\n"
        + quoted_request_html()
        + "</div>\n</body></html>\n"
    )
    msg = EmailMessage()
    msg["From"] = "CPSCP Business Unit <safeguarding.partnership@synthetic-cpscp.invalid>"
    msg["To"] = REQUESTER
    msg["Cc"] = "foi@cambridgeshire.gov.uk"
    msg["Subject"] = "Re: FOI request - bruising in non-mobile infants (CPSCP/Enq/2025/14)"
    msg["Date"] = "Tue, 16 Dec 2025 11:03:27 +0000"
    msg["Message-ID"] = "<cpscp-enq-2025-14@synthetic.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(html, subtype="html", cte="base64")
    write_eml(msg, OUT / doc.file, "cpscp")
    return label_for(doc, body_texts(doc.body))


def wokingham() -> dict:
    """DOCX: informal consideration, strategy discussion in every case, 4 and 5 together."""
    doc = Reply(
        file="wokingham-assistant-director-reply.docx",
        authority="Wokingham Borough Council",
        code="E06000041",
        outcome="answered",
        exemptions=[],
        status=st("answered", "answered", "answered", "answered", "answered"),
        fields=fx("informal", "2023-02", "no", "yes", "no", "no", "not_stated", "no"),
        body=[
            P("Dear Ms Haldane"),
            P(
                "Thank you for your request of 30 October 2025, and my apologies that this reply comes on the last "
                "permitted day. Wokingham belongs to the Berkshire West Safeguarding Children Partnership, which it "
                "shares with Reading and West Berkshire, and like all six Berkshire councils it uses a single set of "
                "child protection procedures maintained for the whole county by a pan-Berkshire procedures group. "
                "What follows therefore describes decisions taken jointly, though I have answered from Wokingham's "
                "own records and my own knowledge of the group's work."
            ),
            P(
                "You asked whether the policy was reviewed after the Panel's briefing. It was not formally reviewed. "
                "The pan-Berkshire procedures group considered the briefing at its meeting of 9 February 2023 and "
                "concluded that the Berkshire procedure was consistent with it in every respect that mattered, save "
                "for the question of strategy discussions, on which it chose to keep its existing approach for reasons "
                "I explain below.",
                (1,),
            ),
            P(
                "On the matter of papers, no paper was written for that item, and the note of the meeting records only "
                "that the briefing was discussed and that no change was needed. There is therefore nothing further I "
                "can send you.",
                (2,),
            ),
            P(
                "Turning to section 47, the Berkshire procedure requires a strategy discussion in every case of a "
                "bruise on a baby who is not independently mobile. It does not require a section 47 enquiry in every "
                "case: the strategy discussion decides whether one is needed, and in most cases it is not. The group "
                "took the view that a short discussion between agencies in every case was a proportionate safeguard "
                "and had not led to the difficulties the Panel described.",
                (3,),
            ),
            P(
                "As for the changes you asked about, and the definition, neither the procedure nor its description of "
                "a baby who is not independently mobile has been altered since the briefing. The description is of a "
                "baby who is not yet crawling, bottom-shuffling or pulling to stand, and it makes no reference to the "
                "baby's age.",
                (4, 5),
            ),
            P(
                "I hope this is helpful. If your research leads you to look at other areas, you may find that the "
                "Berkshire answer differs from that of neighbouring counties on strategy discussions; that is a "
                "deliberate choice, and the group keeps it under review as national guidance develops."
            ),
            P(
                "If you are unhappy with this response, please ask for an internal review within 40 working days by "
                "writing to the Information Governance Officer, Wokingham Borough Council, Shute End, Wokingham "
                "RG40 1BN. If you remain unhappy you may complain to the Information Commissioner's Office "
                f"({ICO_COMPLAINT})."
            ),
            P("Yours sincerely"),
            P("Dr Fiona Gallacher\nAssistant Director, Children's Social Care and Early Help"),
        ],
    )
    d = new_docx("Verdana", 10, "Wokingham Borough Council", "EIR/FOI 5541 response")
    docx_header_footer(d, "Wokingham Borough Council", "Ref: EIR/FOI 5541")
    head = d.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run("Wokingham Borough Council\nShute End, Wokingham RG40 1BN\n\n").bold = True
    head.add_run("Our reference: EIR/FOI 5541\nDate: 28.11.2025")
    d.add_heading("Request for information: bruising in non-mobile babies", level=1)
    docx_body(d, doc.body)
    save_docx(d, OUT / doc.file)
    return label_for(doc, body_texts(doc.body))


def lincolnshire() -> dict:
    """PDF prose letter: papers not held, the question on changes never answered."""
    doc = Reply(
        file="lincolnshire-senior-officer-letter.pdf",
        authority="Lincolnshire County Council",
        code="E10000019",
        outcome="partial",
        exemptions=[],
        status=st("answered", "not_held", "answered", "not_answered", "answered"),
        fields=fx("informal", "2023", "no", "no", "not_stated", "no", "no", "no"),
        body=[
            P("Dear Ms Haldane,"),
            P(
                "I write in reply to your request of 21 November 2025, which the council's information governance "
                "team passed to me because it concerns the work of the Lincolnshire Safeguarding Children "
                "Partnership, of which the council is one of the three statutory partners. I should say first that I "
                "am sorry this reply falls after the new year: the partnership's business unit was without a manager "
                "for several weeks in December, and the people who could tell me about the events of 2023 were not "
                "easy to reach over the holiday period. I have done my best to piece together what happened from "
                "their recollections and from the council's own files."
            ),
            P(
                "You asked whether there was a review of the partnership's policy after the Panel published its "
                "briefing. There was no formal review. The briefing was, however, discussed at a practice development "
                "session for the partnership's child protection leads in the spring of 2023, and those present agreed "
                "that the Lincolnshire procedure was already in line with it.",
                (1,),
            ),
            P(
                "The council holds no papers recording the outcome of that discussion. No minutes were taken at the "
                "session, and a search of the council's records has found no note or report of it.",
                (2,),
            ),
            P(
                "Turning to section 47: the procedure asks for a paediatric assessment and a conversation with "
                "children's social care in every case, but it does not require either a strategy discussion or a "
                "section 47 enquiry in every case. Those follow only where the assessment points to them.",
                (3,),
            ),
            P(
                "Your last question was about the definition of a baby who is not independently mobile. That has not "
                "changed. The Lincolnshire procedure describes a baby who has begun to roll from front to back and "
                "back again as starting to become mobile, and for such a baby the non-mobile procedure is applied "
                "with judgement rather than automatically. Age is not used as a test.",
                (5,),
            ),
            P(
                "If you are dissatisfied with the handling of your request you may ask for an internal review by "
                "writing to Information Governance, Lincolnshire County Council, County Offices, Newland, Lincoln "
                "LN1 1YL. You may also complain to the Information Commissioner at https://ico.org.uk/make-a-complaint/ "
                "once the internal review is complete. This information is licensed for re-use under the Open "
                f"Government Licence v3.0: {OGL}"
            ),
            P("Yours sincerely,"),
            P("Dr Imogen Raithby\nHead of Safeguarding Practice, Children's Services"),
        ],
    )
    st_ = pdf_styles("Helvetica", 10, 14.5)
    box = Table(
        [
            [Paragraph("<b>LINCOLNSHIRE COUNTY COUNCIL</b>", st_["p"]), ""],
            [Paragraph("Children's Services<br/>County Offices, Newland<br/>Lincoln LN1 1YL", st_["p"]),
             Paragraph("Our ref: LCC FOI 25/2901<br/>5 January 2026", st_["right"])],
        ],
        colWidths=[100 * mm, 66 * mm],
    )
    box.setStyle(
        TableStyle([
            ("SPAN", (0, 0), (1, 0)),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#2e5c3a")),
            ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#dfeadf")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ])
    )
    story = [box, Spacer(1, 9 * mm)] + story_from(doc.body, st_)
    build_pdf(
        str(OUT / doc.file), story, title="LCC FOI 25/2901", author="Lincolnshire County Council",
        footer=simple_footer("LCC FOI 25/2901"),
    )
    return label_for(doc, body_texts(doc.body))


def suffolk() -> dict:
    """Disclosure-log page whose response sends the requester to the partnership."""
    contact = "https://www.suffolksp.org.uk/contact-us/"
    doc = Reply(
        file="suffolk-disclosure-log-redirect.html",
        authority="Suffolk County Council",
        code="E10000029",
        outcome="redirected",
        exemptions=[],
        status=st("redirected", "redirected", "redirected", "redirected", "redirected"),
        fields=dict(NOT_STATED),
        body=[
            P(
                "Thank you for your request. I have looked into it with colleagues in Children and Young People's "
                "Services, and I am afraid Suffolk County Council is not the right body to answer it."
            ),
            P(
                "Your questions are about the multi-agency policy on bruising in babies who are not yet mobile, and "
                "about whether and how that policy was reviewed. The policy belongs to the Suffolk Safeguarding "
                "Partnership, which is made up of the council, Suffolk Constabulary and the NHS in Suffolk, and it is "
                "the partnership, not the council, that holds the records of how its policies are reviewed and "
                "changed. The partnership is not a public authority under the Freedom of Information Act, but it has "
                "told us it is willing to consider questions of this kind, and you can reach its business unit "
                f"through {contact}"
            ),
            P(
                "I am sorry not to be able to help more directly. If you are unhappy with the way we have handled "
                "your request you may ask for an internal review, and after that you may complain to the Information "
                f"Commissioner's Office at {ICO_COMPLAINT}"
            ),
        ],
    )
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Disclosure log: Safeguarding policy on bruising in non-mobile babies - Suffolk County Council</title>
<!-- {SYN} -->
<style>
body{{font-family:"Segoe UI",Arial,sans-serif;margin:0}}#cookie-notice{{background:#fffbe6;border-bottom:1px solid #e0c060;padding:10px 20px}}
.masthead{{background:#00426a;color:#fff;padding:16px 20px}}.masthead a{{color:#fff;text-decoration:none}}
.breadcrumb{{font-size:0.9em;padding:8px 20px}}.content{{display:flex;gap:28px;padding:0 20px}}
aside{{min-width:200px;border-right:1px solid #ccc}}article{{max-width:720px}}
.site-footer{{background:#222;color:#ddd;padding:20px}}.site-footer a{{color:#ddd}}
</style>
</head>
<body>
<div id="cookie-notice"><strong>Cookies on this site.</strong> We use cookies to remember your settings and to understand how the site is used.
<a href="/cookie-policy">Find out more</a> <button>OK</button></div>
<div class="masthead"><a href="/">Suffolk County Council</a>
<ul class="menu"><li><a href="/roads-and-transport">Roads and transport</a></li><li><a href="/children-families-and-learning">Children, families and learning</a></li><li><a href="/council-and-democracy">Council and democracy</a></li></ul></div>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/council-and-democracy">Council and democracy</a> / <a href="/council-and-democracy/freedom-of-information">Freedom of information</a> / <a href="/council-and-democracy/freedom-of-information/disclosure-log">Disclosure log</a></div>
<div class="content">
<aside><h2>In this section</h2><ul><li><a href="/council-and-democracy/freedom-of-information/make-a-request">Make a request</a></li><li><a href="/council-and-democracy/freedom-of-information/disclosure-log">Disclosure log</a></li><li><a href="/council-and-democracy/freedom-of-information/publication-scheme">Publication scheme</a></li></ul></aside>
<article>
<h1>Safeguarding policy on bruising in non-mobile babies</h1>
<table class="details">
<tr><th scope="row">Reference</th><td>SCC-FOI-2025-09774</td></tr>
<tr><th scope="row">Request received</th><td>6 November 2025</td></tr>
<tr><th scope="row">Responded</th><td>27/11/2025</td></tr>
<tr><th scope="row">Published</th><td>December 2025</td></tr>
</table>
<h2>What was asked</h2>
<p>Five questions about whether the local safeguarding policy on bruising in non-mobile infants was reviewed after the Child Safeguarding Practice Review Panel's briefing of September 2022, any papers on the outcome, whether a section 47 investigation or strategy discussion is required in all cases, what was changed, and how "not independently mobile" is defined.</p>
<h2>Our response</h2>
{html_body(doc.body)}
</article>
</div>
<footer class="site-footer"><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p>
<p>Suffolk County Council, Endeavour House, 8 Russell Road, Ipswich IP1 2BX</p></footer>
</body>
</html>
"""
    (OUT / doc.file).write_text(page, encoding="utf-8")
    return label_for(doc, body_texts(doc.body))


# ---------------------------------------------------------------- not replies


def bristol_clarification() -> dict:
    """A clarification request about this very request: not a reply."""
    file = "bristol-clarification-request.eml"
    text = (
        "Dear Ms Haldane,\n\n"
        "Thank you for your request for information, received on 4 November 2025, about bruising in babies who "
        "are not independently mobile.\n\n"
        "Before we can answer it we need to be sure what you are asking for. Your questions refer to \"your "
        "safeguarding policies\". In Bristol the multi-agency child protection procedures belong to the local "
        "safeguarding partnership, while the council also keeps its own practice guidance for social workers. "
        "Could you please tell us whether you would like us to search for information about the council's own "
        "guidance, the partnership's procedures as held by the council, or both?\n\n"
        "Under section 1(3) of the Freedom of Information Act we are not obliged to comply with your request until "
        "we have this clarification, and the 20 working day period for our response will start again when we "
        "receive it. If we have not heard from you within two months we will treat the request as withdrawn.\n\n"
        "Kind regards,\n\nCustomer Relations and Information Rights\nBristol City Council\n"
        "Case reference: CAS-1182734\n\n" + SYN + "\n"
    )
    msg = EmailMessage()
    msg["From"] = "Bristol City Council Information Rights <foi.requests@bristol.gov.uk>"
    msg["To"] = REQUESTER
    msg["Subject"] = "CAS-1182734 Freedom of Information request - clarification needed"
    msg["Date"] = "Wed, 12 Nov 2025 14:22:05 +0000"
    msg["Message-ID"] = "<cas-1182734-clarify@synthetic.invalid>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.set_content(text + "\n----- Original message -----\n" + quoted_request_plain() + "\n", cte="quoted-printable")
    write_eml(msg, OUT / file, "bristol")
    return {"file": file, "format": "eml", "reject": True, "why": "clarification"}


def oldham_other_request() -> dict:
    """A reply to a different request (s47 statistics for babies): close in topic, not this request."""
    file = "oldham-section-47-statistics-reply.pdf"
    st_ = pdf_styles("Helvetica", 10, 14)
    body = [
        P("Dear Mr Whitworth,"),
        P("Freedom of Information request OMBC FOI 4471: section 47 enquiries for children under one", kind="b"),
        P(
            "You asked how many section 47 enquiries Oldham Council started in each of the last four years for "
            "children aged under one year, and in how many of those the reasons recorded at the start of the "
            "enquiry included bruising. The figures are set out in the table below."
        ),
    ]
    rows = [
        ["Year", "Section 47 enquiries started (child aged under 1)", "Of which: bruising recorded"],
        ["2021/22", "212", "31"],
        ["2022/23", "198", "27"],
        ["2023/24", "187", "19"],
        ["2024/25", "204", "22"],
    ]
    table = Table(rows, colWidths=[28 * mm, 82 * mm, 56 * mm])
    table.setStyle(
        TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8f4")),
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
        ])
    )
    tail = [
        P(
            "The figures are taken from the council's case management system and count each enquiry once, so a "
            "child may appear more than once in a year. Reasons are recorded as free text and have been searched "
            "for the words bruise and bruising; the second column may therefore undercount."
        ),
        P(
            "You may re-use this information under the Open Government Licence. If you are dissatisfied with this "
            "response you may ask for an internal review, and you may then complain to the Information "
            "Commissioner's Office."
        ),
        P("Yours sincerely,\nInformation Governance Team, Oldham Council\n24 November 2025"),
    ]
    story = [Paragraph("<b>Oldham Council</b>", st_["h1"])] + story_from(body, st_) + [table, Spacer(1, 6 * mm)] + story_from(tail, st_)
    build_pdf(
        str(OUT / file), story, title="OMBC FOI 4471", author="Oldham Council",
        footer=simple_footer("Oldham Council - OMBC FOI 4471"),
    )
    return {"file": file, "format": "pdf", "reject": True, "why": "other_request"}


# ---------------------------------------------------------------- main

BUILDERS = [
    derbyshire,
    hampshire,
    cornwall,
    kirklees,
    sefton,
    west_northamptonshire,
    kensington_chelsea,
    hartlepool,
    norfolk,
    dudley,
    cambs_peterborough,
    wokingham,
    lincolnshire,
    suffolk,
    bristol_clarification,
    oldham_other_request,
]


def main() -> None:
    labels = sorted((build() for build in BUILDERS), key=lambda x: x["file"])
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    problems = [p for lab in labels for p in check(lab)]
    for p in problems:
        print("CHECK:", p)
    print(f"wrote {len(labels)} documents; {len(problems)} problems")


if __name__ == "__main__":
    main()
