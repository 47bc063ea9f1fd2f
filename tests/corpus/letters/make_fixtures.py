#!/usr/bin/env python3
"""Generate the synthetic "letters" test corpus: 6 PDF and 6 DOCX council FOI responses
to the round-robin request about bruising in non-mobile infants, plus labels.json.

Every document is SYNTHETIC: the wording and the positions attributed to each council are
invented for testing the parser. None of them is a real council response. Each document
carries the line "Synthetic test document - not a real council response" at its end and
in its metadata subject.

Usage (from anywhere):
    /work/venv/bin/python tests/corpus/letters/make_fixtures.py          # write files
    /work/venv/bin/python tests/corpus/letters/make_fixtures.py --check  # write, then verify

Output is deterministic: fixed PDF dates (reportlab invariant mode), fixed DOCX core
properties and fixed ZIP member timestamps, so re-running gives byte-identical files.

Text markers used in the PDF source strings (removed in labels.json, where the word is
given whole, as a reader takes it):
    {-}    hyphenation opportunity printed with an ordinary hyphen (U+002D)
    {shy}  hyphenation opportunity printed with a soft hyphen (U+00AD) kept in the text layer
    {/}    line-break opportunity straight after a hyphen that belongs to the word (a
           compound such as "bottom-shuffle"; the label keeps the hyphen)
The layout takes an opportunity only where the whole word does not fit on the line, as a
word processor would; the wording around each marker is chosen so that it is taken, and
--check verifies that it was.

Files (all synthetic; councils' positions invented):
  norfolk-q-and-a-letter.pdf       answered    Q1/A1 hanging labels, 3 pages, running header
                                               and footer "Page N of M", A2 split across the
                                               page break mid-sentence, "up-/date" and
                                               "bottom-/shuffle" broken at line ends, s40(2)
  wiltshire-bold-questions.pdf     answered    bold unnumbered questions, "Response:",
                                               soft hyphen "re\u00ad/viewed", no letterhead
  bcp-council-a-to-e.pdf           partial     (a)-(e), "Council response:", Dorset named
  essex-response-table.pdf         answered    Question | Response table, row split across
                                               pages, order 1, 3, 2+4, 5; SET councils named
  worcestershire-s12-refusal.pdf   refused     s12 (s16, s17 are not exemptions), typo quote
  cambridgeshire-redirect.pdf      redirected  s1(1)(a), s16; Peterborough named
  bedford-not-held.docx            not_held    letterhead only in header1.xml; auto-numbered
                                               questions (numPr on the paragraphs)
  suffolk-style-numbered.docx      partial     numbering inherited from a paragraph style,
                                               s22, typo quote
  warwickshire-numbered-list.docx  answered    numbered list interrupted by answers (same
                                               numId), "Reply:"
  kent-question-answer-table.docx  answered    Question | Answer table, letterhead in
                                               header1.xml, Medway named
  derbyshire-three-column.docx     answered    No. | Question | Response table with automatic
                                               bullets in the answer cells
  west-northants-headings.docx     answered    "Question N" Heading 2, bold-run questions,
                                               answers out of order, Q4+Q5 together
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

import reportlab
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTH = "Synthetic test document - not a real council response"
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

# The request as the requester wrote it (quoted by several councils).
PREAMBLE = ("In September 2022 the Child Safeguarding Review Panel issued guidance asking that "
            "\u201call safeguarding partners review their current policies on bruising in "
            "non-mobile infants to check for consistency with the evidence base and national "
            "guidelines.\u201d")
Q = {
    1: "Was there a review of your safeguarding policies after this guidance was published, "
       "when was it, and what did it conclude?",
    2: "Provide any papers that give information on the outcome of this review.",
    3: "Does your policy require a s47 investigation or strategy discussion in all cases?",
    4: "What changes were put in place to provide consistency with the evidence base and "
       "national guidelines.",
    5: "Were there changes to your definition of when a child is not independently mobile and "
       "how is that now defined \u2013 in particular are children who can roll defined as not "
       "independently mobile and are children classified as not independently mobile on the "
       "basis of age?",
}
# The requester's own typo, as some councils quote it.
Q1_TYPO = Q[1].replace("Was there a review", "Was their a review")

HY, SHY, BRK = "{-}", "{shy}", "{/}"


def clean(s):
    return s.replace(HY, "").replace(SHY, "").replace(BRK, "")


def norm(s):
    return re.sub(r"\s+", " ", clean(s)).strip()


def label(file, fmt, authority, code, outcome, exemptions, answers, fields, links):
    keys = ["review_held", "review_date", "papers_provided", "s47_all_cases", "changes_made",
            "definition_changed", "rolling_is_non_mobile", "age_based", "age_threshold_months"]
    assert set(fields) == set(keys), file
    return {
        "file": file, "format": fmt, "authority": authority, "authority_code": code,
        "outcome": outcome, "exemptions": exemptions,
        "answers": {str(k): (None if answers.get(k) is None else norm(answers[k]))
                    for k in range(1, 6)},
        "fields": {k: fields[k] for k in keys},
        "links": links,
    }


NOT_STATED = dict(review_held="not_stated", review_date=None, papers_provided="not_stated",
                  s47_all_cases="not_stated", changes_made="not_stated",
                  definition_changed="not_stated", rolling_is_non_mobile="not_stated",
                  age_based="not_stated", age_threshold_months=None)

# ---------------------------------------------------------------------------------------
# PDF machinery (reportlab).  Body text uses the Bitstream Vera TrueType fonts that ship
# inside reportlab, embedded, so that the soft hyphen keeps its own code point (U+00AD) in
# the text layer; standard Type 1 Helvetica would lose it.
# ---------------------------------------------------------------------------------------
_FD = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
for _name, _file in [("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"),
                     ("VeraIt", "VeraIt.ttf"), ("VeraBI", "VeraBI.ttf")]:
    pdfmetrics.registerFont(TTFont(_name, os.path.join(_FD, _file)))
addMapping("Vera", 0, 0, "Vera")
addMapping("Vera", 1, 0, "VeraBd")
addMapping("Vera", 0, 1, "VeraIt")
addMapping("Vera", 1, 1, "VeraBI")
REG, BOLD, ITAL = "Vera", "VeraBd", "VeraIt"
GREY = colors.Color(0.35, 0.35, 0.35)


class Para(Flowable):
    """A ragged-right paragraph laid out line by line by this script, so that forced
    in-word line breaks ({-}, {shy}, {/}) land exactly where wanted, and so that a long
    paragraph can split across pages in the middle of a sentence.  `segs` is a string or
    a list of (text, font) pairs; font changes happen at word boundaries.  `label` is an
    optional hanging label (e.g. "Q1") printed at the left of the first line."""

    def __init__(self, segs, size=10, leading=None, indent=0, label=None, label_font=BOLD,
                 space_before=0, space_after=6, color=None, label_x=0, _lines=None):
        Flowable.__init__(self)
        if isinstance(segs, str):
            segs = [(segs, REG)]
        self.segs = segs
        self.size = size
        self.leading = leading or round(size * 1.32, 2)
        self.indent = indent
        self.label = label
        self.label_font = label_font
        self.label_x = label_x
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.color = color or colors.black
        self._fixed = _lines is not None
        self._lines = _lines
        self._w = None

    def _words(self):
        """[(pieces, font)] where pieces = [(text, marker)], marker None for the last."""
        words = []
        for text, font in self.segs:
            for word in text.split():
                parts = re.split(r"(\{-\}|\{shy\}|\{/\})", word)
                pieces = [(parts[i], parts[i + 1] if i + 1 < len(parts) else None)
                          for i in range(0, len(parts), 2)]
                words.append((pieces, font))
        return words

    def _layout(self, width):
        """Greedy ragged-right layout.  A marker inside a word is a hyphenation
        opportunity: the word is broken there only if the whole word does not fit on the
        current line but the part before the marker (plus its hyphen) does - as a word
        processor would do it.  self.breaks records which opportunities were taken."""
        def sw(t, f):
            return pdfmetrics.stringWidth(t, f, self.size)

        lines, cur, curw = [], [], 0.0
        self.breaks = []
        for pieces, font in self._words():
            while pieces:
                whole = "".join(t for t, _ in pieces)
                room = width - curw - (sw(" ", font) if cur else 0)
                if sw(whole, font) <= room or not cur:
                    chosen = None
                    if sw(whole, font) > room:  # cannot fit even on an empty line
                        chosen = 0
                else:
                    chosen = None
                    for i in range(len(pieces) - 1, -1, -1):
                        mk = pieces[i][1]
                        if mk is None:
                            continue
                        head = "".join(t for t, _ in pieces[:i + 1])
                        head += "-" if mk == HY else "\u00ad" if mk == SHY else ""
                        if sw(head, font) <= room:
                            chosen = i
                            break
                    if chosen is None:  # no usable opportunity: move the word down
                        lines.append(cur)
                        cur, curw = [], 0.0
                        continue
                if chosen is None:
                    if cur:
                        curw += sw(" ", font)
                    cur.append((whole, font))
                    curw += sw(whole, font)
                    pieces = []
                else:
                    mk = pieces[chosen][1]
                    head = "".join(t for t, _ in pieces[:chosen + 1])
                    head += "-" if mk == HY else "\u00ad" if mk == SHY else ""
                    if cur:
                        curw += sw(" ", font)
                    cur.append((head, font))
                    self.breaks.append(head)
                    lines.append(cur)
                    cur, curw = [], 0.0
                    pieces = pieces[chosen + 1:]
        if cur:
            lines.append(cur)
        return lines

    def _clone(self, lines, label, sb, sa):
        return Para([("", REG)], size=self.size, leading=self.leading,
                    indent=self.indent, label=label, label_font=self.label_font,
                    space_before=sb, space_after=sa, color=self.color, label_x=self.label_x,
                    _lines=lines)

    def wrap(self, aw, ah):
        if not self._fixed and self._w != aw:
            self._lines = self._layout(aw - self.indent)
            self._w = aw
        self.width = aw
        self.height = len(self._lines) * self.leading
        return aw, self.height

    def split(self, aw, ah):
        self.wrap(aw, ah)
        n = int((ah + 0.01) // self.leading)
        if n >= len(self._lines):
            return [self]
        n = min(n, len(self._lines) - 2)  # widow control: carry at least two lines over
        if n < 2:  # orphan control: leave at least two lines behind
            return []
        return [self._clone(self._lines[:n], self.label, self.spaceBefore, 0),
                self._clone(self._lines[n:], None, 0, self.spaceAfter)]

    def draw(self):
        c = self.canv
        c.setFillColor(self.color)
        for i, line in enumerate(self._lines):
            y = self.height - (i + 1) * self.leading + self.leading * 0.27
            if i == 0 and self.label:
                c.setFont(self.label_font, self.size)
                c.drawString(self.label_x, y, self.label)
            runs = []
            for text, font in line:
                if runs and runs[-1][1] == font:
                    runs[-1][0] += " " + text
                else:
                    runs.append([text, font])
            x = self.indent
            for j, (text, font) in enumerate(runs):
                if j < len(runs) - 1:
                    text += " "
                c.setFont(font, self.size)
                c.drawString(x, y, text)
                x += pdfmetrics.stringWidth(text, font, self.size)


def lines_of(*rows, size=10, bold_first=False, space_after=8):
    """A block of short lines (letterhead, address, signature) as separate Paras."""
    out = []
    for i, r in enumerate(rows):
        font = BOLD if (bold_first and i == 0) else REG
        out.append(Para([(r, font)], size=size, space_after=0))
    if out:
        out[-1].spaceAfter = space_after
    return out


def pdf_canvas_class(furniture, created):
    """Canvas that defers page output so that every page can carry the running header
    and a "Page N of M" footer (M known only at the end)."""

    class FurnishedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._doc.info._dateFormatter = lambda *x: created
            self._saved_pages = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                furniture(self, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return FurnishedCanvas


def build_pdf(path, story, *, title, author, created, header_left, header_right,
              footer_left, footer_right="Page {n} of {m}", margins=(2.2, 2.3, 2.2, 2.3)):
    W, H = A4
    lm, tm, rm, bm = [m * cm for m in margins]

    def furniture(c, n, m):
        c.saveState()
        c.setFont(REG, 7.5)
        c.setFillColor(GREY)
        c.drawString(lm, H - 1.25 * cm, header_left)
        c.drawRightString(W - rm, H - 1.25 * cm, header_right)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(lm, H - 1.4 * cm, W - rm, H - 1.4 * cm)
        c.line(lm, 1.55 * cm, W - rm, 1.55 * cm)
        c.drawString(lm, 1.15 * cm, footer_left)
        c.drawRightString(W - rm, 1.15 * cm, footer_right.format(n=n, m=m))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author=author, subject=SYNTH,
                          creator="make_fixtures.py", keywords="", invariant=1)
    frame = Frame(lm, bm, W - lm - rm, H - tm - bm, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame])])
    story = list(story) + [Spacer(1, 10),
                           Para([(SYNTH, ITAL)], size=7, color=GREY, space_after=0)]
    doc.build(story, canvasmaker=pdf_canvas_class(furniture, created))


def boiler_pdf(parts, size=9.5):
    return [Para(p, size=size, space_after=7) for p in parts]


# ---------------------------------------------------------------------------------------
# DOCX machinery (python-docx plus direct WordprocessingML edits)
# ---------------------------------------------------------------------------------------
DECIMAL_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{pstyle}'
               '<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>{rpr}</w:lvl>')
BULLET_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
              '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="340" w:hanging="227"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr></w:lvl>')


def new_docx(font="Arial", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(8)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    return doc


def add_abstract_num(doc, abstract_id, lvl_xml, nsid):
    """Append a w:abstractNum to numbering.xml (before the first w:num, as the schema
    requires)."""
    numbering = doc.part.numbering_part.element
    el = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                   f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="singleLevel"/>'
                   f'{lvl_xml}</w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(el)
    else:
        numbering.append(el)


def add_num(doc, num_id, abstract_id, restart=False):
    numbering = doc.part.numbering_part.element
    override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                if restart else "")
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'))


def set_numpr(paragraph, num_id, ilvl=0):
    """Direct numbering: w:numPr in the paragraph's own w:pPr."""
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_runs(paragraph, segs, size=None):
    """segs: str, or list of str / (text, "b"|"i"|"bi") pairs."""
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        text, fmt = (s, "") if isinstance(s, str) else s
        r = paragraph.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        if size:
            r.font.size = Pt(size)
    return paragraph


def par(container, segs="", style=None, size=None, after=None, before=None):
    p = container.add_paragraph(style=style)
    add_runs(p, segs, size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def cell_par(cell, segs, first=False, size=None, after=4):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    add_runs(p, segs, size)
    p.paragraph_format.space_after = Pt(after)
    return p


def repeat_header_row(table):
    trPr = table.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(w)


def synth_par(doc):
    p = par(doc, [(SYNTH, "i")], size=7, before=12, after=0)
    p.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def save_docx(doc, path, *, title, author, when):
    cp = doc.core_properties
    cp.title = title
    cp.subject = SYNTH
    cp.author = author
    cp.last_modified_by = author
    cp.keywords = ""
    cp.comments = SYNTH
    cp.category = ""
    cp.revision = 1
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(buf)
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def dt(y, mo, d, h=9, mi=0):
    return datetime.datetime(y, mo, d, h, mi, 0)


def pdfdate(y, mo, d, h=9, mi=0):
    return f"D:{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}00+00'00'"


# =======================================================================================
# PDF 1 - Norfolk: 3-page letter, Q1-Q5 / A1-A5 hanging labels, answer split across a page
# break mid-sentence, a word hyphenated at a line end, a compound broken at its own hyphen.
# =======================================================================================
def pdf_norfolk():
    f = "norfolk-q-and-a-letter.pdf"
    url = "https://www.norfolklscp.org.uk/nim-bruising-guidance"
    q = {
        1: "Following that guidance, did you review your safeguarding policy? If so, when did "
           "the review take place and what did it conclude?",
        2: "Please provide any papers on the outcome of the review.",
        3: "Does the policy require a section 47 enquiry or a strategy discussion in every case?",
        4: "What changes were made to achieve consistency with the evidence base and national "
           "guidelines?",
        5: "Has your definition of \u201cnot independently mobile\u201d changed, how is it "
           "defined now, do babies who can roll count as not independently mobile, and is the "
           "definition based on age?",
    }
    a = {
        1: "Yes. In Norfolk, multi-agency child protection procedures are owned by the Norfolk "
           "Safeguarding Children Partnership (NSCP), in which the County Council is a statutory "
           "partner alongside Norfolk and Waveney Integrated Care Board and Norfolk "
           "Constabulary. The NSCP\u2019s guidance on injuries to babies who are not "
           "independently mobile had been refreshed in May 2022, although that up{-}date was "
           "limited to new contact arrangements for the out-of-hours paediatric service. Once "
           "the Panel\u2019s briefing had been published, the NSCP Procedures Subgroup was asked "
           "to carry out a full review of the guidance, and its findings were presented to and "
           "accepted by the Partnership\u2019s Executive Board in February 2023. The review "
           "concluded that the guidance kept babies safe, but that in practice a strategy "
           "discussion was often being arranged before a paediatrician had examined the baby, "
           "that parents were given little explanation of the process, and that the "
           "description of which babies fall within the guidance left too much to individual "
           "interpretation.",
        2: f"The revised guidance is available on the NSCP website at {url}. A copy of the "
           "review report presented to the Executive Board in February 2023 is attached to this "
           "letter. We have removed the names and direct contact details of practitioners who "
           "contributed to the review, as this is personal information exempt under section "
           "40(2) of the Act; disclosure would not be fair or lawful under data protection "
           "legislation. The names of the senior officers who chaired the Subgroup and the "
           "Executive Board have not been redacted.",
        3: "No. Every baby who is not independently mobile and is found to have a bruise must be "
           "referred to Children\u2019s Services and must be examined by a paediatrician on the "
           "same day. A strategy discussion is then held if the examination, or information "
           "known to any of the partner agencies, gives reasonable cause to suspect that the "
           "injury was inflicted. A section 47 enquiry is started only if the strategy "
           "discussion concludes that the threshold has been met.",
        4: "Four changes were made. First, the flowchart at the front of the guidance was "
           "redrawn so that the paediatric examination takes place before any decision about a "
           "strategy discussion is made. Second, a short script was added to help midwives, "
           "health visitors and GPs explain to parents why a referral is being made and what "
           "will happen next; it is accompanied by a leaflet for parents, which is available in "
           "English and in the five other languages most often spoken in Norfolk. Third, the "
           "section on conditions that can be mistaken for bruising was expanded and now "
           "includes clinical photographs supplied by the Designated Doctor. Fourth, the "
           "definition of a baby who is not independently mobile was rewritten, as described "
           "below.",
        5: "Yes, the definition has changed. The previous wording referred only to babies who "
           "were \u201cnot yet crawling\u201d. The guidance now states that all babies under 26 "
           "weeks of age are to be treated as not independently mobile, and that an older baby "
           "is regarded as not independently mobile until they can crawl, bottom-{/}shuffle, "
           "pull to stand or cruise. A baby who can roll over, but cannot yet move around in "
           "any of those ways, is within the definition. The guidance continues to apply to "
           "older children who cannot move independently because of disability.",
    }
    story = [Para([("Norfolk County Council", BOLD)], size=17, space_after=4)]
    story += lines_of("Information Compliance Team", "County Hall, Martineau Lane",
                      "Norwich NR1 2DH", "Email: foi@norfolk.gov.uk", size=9, space_after=28)
    story += lines_of("Date: 21 November 2025", "Our reference: FOI/25/08841",
                      size=10, space_after=12)
    story += [Para("Dear Requester", space_after=10),
              Para([("Freedom of Information Act 2000: bruising in non-mobile infants", BOLD)],
                   space_after=10),
              Para("Thank you for your request for information, which we received on 7 November "
                   "2025. We have dealt with it under the Freedom of Information Act 2000. "
                   "Norfolk County Council holds information that falls within the scope of "
                   "your request, and I am pleased to provide it below. For ease of reading, "
                   "each of your questions has been summarised and is followed by our answer.",
                   space_after=8),
              Para("You began your request by referring to the Child Safeguarding Practice "
                   "Review Panel\u2019s briefing of September 2022, which asked all safeguarding "
                   "partners to check their current policies on bruising in non-mobile infants "
                   "against the evidence base and national guidelines.", space_after=12)]
    for n in range(1, 6):
        story.append(Para([(q[n], BOLD)], size=10.5, indent=32, label=f"Q{n}", space_after=6))
        story.append(Para(a[n], size=10.5, indent=32, label=f"A{n}", space_after=14))
    story += boiler_pdf([
        "Unless stated otherwise, the information we have supplied is the copyright of Norfolk "
        "County Council. You may re-use it under the terms of the Open Government Licence, "
        f"details of which are available at {OGL}",
        "If you are unhappy with how we have handled your request, you can ask for an internal "
        "review. Please write to the Information Compliance Team at the address above, or email "
        "foi@norfolk.gov.uk, within 40 working days of the date of this letter, explaining what "
        "you would like us to look at again.",
        "If you are still dissatisfied once the internal review has been completed, you may "
        "complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
        "Wilmslow, Cheshire SK9 5AF. Complaints can also be made online at "
        "https://ico.org.uk/make-a-complaint/",
    ])
    story += [KeepTogether([Para("Yours sincerely", space_before=4, space_after=16)]
                           + lines_of("Marcus Tillotson", "Information Compliance Officer",
                                      "Norfolk County Council", space_after=10))]
    story += [Para("Enc. NSCP review report, February 2023 (redacted)", size=9)]
    build_pdf(os.path.join(HERE, f), story, title="FOI/25/08841 - response",
              author="Norfolk County Council", created=pdfdate(2025, 11, 21, 14, 5),
              header_left="Norfolk County Council  |  Freedom of Information response",
              header_right="Ref FOI/25/08841", footer_left="OFFICIAL",
              margins=(2.5, 2.6, 2.5, 2.6))
    return label(f, "pdf", "Norfolk County Council", "E10000020", "answered", ["s40(2)"], a,
                 dict(review_held="formal", review_date="2023-02", papers_provided="yes",
                      s47_all_cases="no", changes_made="yes", definition_changed="yes",
                      rolling_is_non_mobile="yes", age_based="yes", age_threshold_months=6),
                 [url, OGL, "https://ico.org.uk/make-a-complaint/"])


# =======================================================================================
# PDF 2 - Wiltshire: questions in bold with no numbers, answers marked "Response:", a soft
# hyphen (U+00AD) inside a word at a line end; no letterhead block, the council is named in
# the running header, the text and the signature.
# =======================================================================================
def pdf_wiltshire():
    f = "wiltshire-bold-questions.pdf"
    swcpp = "https://www.proceduresonline.com/swcpp/"
    a = {
        1: "No. Wiltshire Safeguarding Vulnerable People Partnership does not keep a separate "
           "local policy on this subject. Practitioners in Wiltshire follow the South West Child "
           "Protection Procedures, which are shared across the region by a number of "
           "partnerships, among them those covering Swindon and Bath and North East Somerset. "
           "We have re{shy}viewed the Partnership\u2019s records and found no record of the "
           "chapter on bruising in non-mobile children being reviewed after the Panel\u2019s "
           "guidance was published. Nor was the guidance put before any of the Partnership\u2019s "
           "groups for discussion.",
        2: "As no review took place, there are no papers to provide.",
        3: "Yes. The procedure expects a strategy discussion to be held whenever a bruise is "
           "seen on a baby who is not independently mobile, and it makes no exception for cases "
           "in which the parents or carers have offered an explanation. Whether a section 47 "
           "enquiry follows is decided at that discussion.",
        4: "No changes have been made.",
        5: "There have been no changes to the definition. The way in which the procedure "
           "describes a baby who is not independently mobile is set out in its "
           f"\u201cDefinitions\u201d section, which can be read at {swcpp}",
    }
    story = lines_of("Information Governance Team", "County Hall, Bythesea Road",
                     "Trowbridge, Wiltshire BA14 8JN", "informationgovernance@wiltshire.gov.uk",
                     size=9, space_after=14)
    story += lines_of("Our reference: FOI-WC-25-4572", "Date: 27 November 2025", space_after=12)
    story += [
        Para("Dear Requester,", space_after=10),
        Para([("Re: Freedom of Information request \u2013 review of policy on bruising in "
               "non-mobile infants", BOLD)], space_after=10),
        Para("Thank you for contacting Wiltshire Council on 13 November 2025. We have now "
             "considered your request under the Freedom of Information Act 2000 and can confirm "
             "that we hold some information that is relevant to it.", space_after=8),
        Para("Your request opened with the following statement, which we reproduce for "
             "context:", space_after=6),
        Para([(PREAMBLE, ITAL)], indent=18, space_after=8),
        Para("Each of your questions is set out below in bold, as you wrote it, and our "
             "response follows each one.", space_after=12),
    ]
    for n in range(1, 6):
        story.append(Para([(Q[n], BOLD)], space_after=5))
        story.append(Para([("Response:", BOLD), (a[n], REG)], space_after=12))
    story += boiler_pdf([
        "Re-use of information: most of the information we provide in response to Freedom of "
        "Information requests can be re-used under the Open Government Licence: " + OGL,
        "Your right to complain: if you are unhappy with the way we have handled your request, "
        "you may ask for an internal review by emailing informationgovernance@wiltshire.gov.uk "
        "within 40 working days of the date of this letter. If you are still not satisfied "
        "after the internal review, you have the right to complain to the Information "
        "Commissioner, whose guidance on making a complaint is at "
        "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/",
    ])
    story += [Para("Kind regards,", space_before=4, space_after=14)]
    story += lines_of("Information Governance Team", "Wiltshire Council", space_after=6)
    build_pdf(os.path.join(HERE, f), story, title="FOI-WC-25-4572",
              author="Wiltshire Council", created=pdfdate(2025, 11, 27, 11, 40),
              header_left="Wiltshire Council \u2013 Information Governance",
              header_right="FOI-WC-25-4572", footer_left="wiltshire.gov.uk/foi",
              margins=(2.4, 2.4, 2.4, 2.4))
    return label(f, "pdf", "Wiltshire Council", "E06000054", "answered", [], a,
                 dict(review_held="none", review_date=None, papers_provided="no",
                      s47_all_cases="yes", changes_made="no", definition_changed="no",
                      rolling_is_non_mobile="not_stated", age_based="not_stated",
                      age_threshold_months=None),
                 [swcpp, OGL, "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"])


# =======================================================================================
# PDF 3 - BCP Council: partial (three parts not held), (a)-(e) numbering, answers marked
# "Council response:", another council (Dorset Council) named in the text.
# =======================================================================================
def pdf_bcp():
    f = "bcp-council-a-to-e.pdf"
    a = {
        1: "Information not held. We have searched the records of Children\u2019s Services and "
           "of the Quality Assurance and Safeguarding Service, and the Council holds no record "
           "of a review of the procedure being commissioned or carried out in response to the "
           "Panel\u2019s September 2022 briefing.",
        2: "Not held, for the reason given in our response to (a).",
        3: "No. A bruise on a non-mobile baby must be referred to Children\u2019s Services on the "
           "same day and the baby must be seen by a paediatrician. The procedure leaves the "
           "decision about holding a strategy discussion until after that medical assessment, "
           "and a section 47 enquiry is never opened automatically.",
        4: "The Council does not hold information about any changes made in response to the "
           "Panel\u2019s guidance.",
        5: "The definition has not been amended since the current procedure was adopted in "
           "2021. It covers babies who cannot yet move about by themselves; a baby who rolls is "
           "regarded as mobile, in the same way as one who crawls, bottom-shuffles, cruises or "
           "walks. Whether a baby is mobile is judged by what they can do, not by their age.",
    }
    story = [Para([("BCP Council", BOLD)], size=20, space_after=2),
             Para("Bournemouth, Christchurch and Poole Council", size=9, space_after=2)]
    story += lines_of("Information Governance Team, BCP Civic Centre, Bourne Avenue, "
                      "Bournemouth BH2 6DY", "foi@bcpcouncil.gov.uk", size=9, space_after=16)
    story += lines_of("3 December 2025", "Our reference: 25/11/FOI1296", space_after=12)
    story += [
        Para("Dear Requester,", space_after=10),
        Para([("Your request for information \u2013 bruising in non-mobile infants", BOLD)],
             space_after=10),
        Para("We received your request on 12 November 2025 and have handled it under the "
             "Freedom of Information Act 2000. Our answers are given below against the letters "
             "(a) to (e), which follow the order of your five questions.", space_after=8),
        Para("Some background may be helpful. From 2019 until 2024, safeguarding arrangements "
             "for children in this area were led by the Pan-Dorset Safeguarding Children "
             "Partnership, which covered both BCP Council and Dorset Council. A separate "
             "partnership has since been set up for each council area.", space_after=12),
    ]
    for n, letter in zip(range(1, 6), "abcde", strict=True):
        story.append(Para([(Q[n], BOLD)], indent=24, label=f"({letter})", space_after=5))
        story.append(Para([("Council response:", BOLD), (a[n], REG)], indent=24,
                          space_after=12))
    story += boiler_pdf([
        "You are free to re-use the information in this response under the Open Government "
        f"Licence: {OGL}",
        "If you are not satisfied with our response, you may ask for it to be reviewed by "
        "writing to the Information Governance Team within 40 working days. If you remain "
        "unhappy after that review, you can take your complaint to the Information "
        "Commissioner: https://ico.org.uk/",
    ])
    story += [Para("Yours faithfully,", space_before=4, space_after=14)]
    story += lines_of("Information Governance Officer", "BCP Council", space_after=6)
    build_pdf(os.path.join(HERE, f), story, title="25/11/FOI1296 response",
              author="BCP Council", created=pdfdate(2025, 12, 3, 10, 15),
              header_left="BCP Council \u2013 Freedom of Information Act 2000",
              header_right="Our reference 25/11/FOI1296",
              footer_left="Classification: Public")
    return label(f, "pdf", "BCP Council", "E06000058", "partial", [], a,
                 dict(review_held="not_stated", review_date=None, papers_provided="no",
                      s47_all_cases="no", changes_made="not_stated", definition_changed="no",
                      rolling_is_non_mobile="no", age_based="no", age_threshold_months=None),
                 [OGL, "https://ico.org.uk/"])


# =======================================================================================
# PDF 4 - Essex: two-column Question | Response table drawn with reportlab Table (a row
# splits across the page break mid-sentence), answers out of order, questions 2 and 4
# answered together; the SET partner councils (Southend-on-Sea, Thurrock) named.
# =======================================================================================
def pdf_essex():
    f = "essex-response-table.pdf"
    setp = "https://www.escb.co.uk/set-procedures/bruising-protocol"
    a = {
        1: "Yes. The SET Procedures Group formally reviewed the protocol on bruising and "
           "injuries in non-mobile children in November 2022, roughly seven weeks after the "
           "Panel\u2019s briefing of 29 September 2022. The group compared the protocol with the "
           "briefing, with the published systematic reviews of bruising patterns in young "
           "children and with the findings of two local rapid reviews. It concluded that the "
           "protocol\u2019s central expectation, that every bruise on a non-mobile baby is taken "
           "seriously and acted on the same day, remained right. It also found that the "
           "protocol steered practitioners towards a strategy discussion too early, and that "
           "its description of mobility was open to different readings. The revised protocol "
           "was agreed by all three partnerships and published in early 2023. It is next due "
           "for review in spring 2026, when the group will also take account of any revised "
           "NICE guidance.",
        3: "Not in every case. Each baby must be referred to Children\u2019s Services and seen by "
           "a paediatrician, but a strategy discussion is needed only where the paediatric "
           "assessment does not identify a clear medical or accidental cause, or where other "
           "concerns about the family are known. If the paediatrician is confident that a mark "
           "has an innocent explanation, a social work manager may close the referral and must "
           "record the reasons for doing so.",
        24: f"The revised protocol, with its version history, is published at {setp} The "
            "version history records the changes made following the review: the paediatric "
            "assessment now comes before any decision about a strategy discussion; a new section "
            "explains how practitioners should talk to parents and what written information to "
            "give them; photographs of common birthmarks and skin conditions have been added; "
            "and the definition of mobility has been revised as described in our response to "
            "question 5.",
        5: "The definition did not stay the same. The earlier protocol asked practitioners to "
           "judge whether a baby was \u201cpre-mobile\u201d without defining the term. The "
           "revised protocol says that every baby under 9 months of age is to be treated as "
           "not independently mobile, and that being able to roll over does not by itself make "
           "a baby mobile. Children of any age who cannot move independently because of "
           "disability or illness are also covered.",
    }
    cs = ParagraphStyle("cell", fontName="Vera", fontSize=9, leading=11.6)
    qs = ParagraphStyle("qcell", parent=cs, fontName="VeraBd")
    hs = ParagraphStyle("hcell", parent=cs, fontName="VeraBd", fontSize=9.5)
    rows = [[Paragraph("Question", hs), Paragraph("Response", hs)],
            [Paragraph("1. " + Q[1], qs), Paragraph(a[1], cs)],
            [Paragraph("3. " + Q[3], qs), Paragraph(a[3], cs)],
            [[Paragraph("2. " + Q[2], qs), Spacer(1, 5), Paragraph("4. " + Q[4], qs)],
             Paragraph(a[24], cs)],
            [Paragraph("5. " + Q[5], qs), Paragraph(a[5], cs)]]
    table = Table(rows, colWidths=[5.3 * cm, 11.1 * cm], repeatRows=0, splitInRow=1,
                  style=TableStyle([
                      ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.45, 0.45, 0.45)),
                      ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.89, 0.93)),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("LEFTPADDING", (0, 0), (-1, -1), 5),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                      ("TOPPADDING", (0, 0), (-1, -1), 4),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story = [Para([("Essex County Council", BOLD)], size=16, space_after=3)]
    story += lines_of("Children and Families \u2013 Information Requests", "County Hall, Market "
                      "Road, Chelmsford, Essex CM1 1QH", "Email: cf.foi@essex.gov.uk",
                      size=9, space_after=14)
    story += lines_of("Date: 28 November 2025", "Request reference: CF-FOI-251142",
                      "Enquiries to: Children and Families FOI Team", space_after=12)
    story += [
        Para("Dear Requester", space_after=10),
        Para([("Request for information under the Freedom of Information Act 2000", BOLD)],
             space_after=10),
        Para("Thank you for your request dated 14 November 2025 about policies on bruising in "
             "non-mobile infants. The County Council has considered your request and holds "
             "information within its scope.", space_after=8),
        Para("Child protection procedures in this county are not written by the County Council "
             "alone. They form part of the Southend, Essex and Thurrock (SET) Safeguarding and "
             "Child Protection Procedures, which are maintained jointly by the three local "
             "safeguarding children partnerships. Southend-on-Sea City Council and Thurrock "
             "Council follow the same protocol, so you may receive similar answers from them. "
             "Our answers are set out in the table below; because our "
             "answers to questions 2 and 4 overlap, they share a row, and we have answered your "
             "third question before your second.", space_after=12),
        table,
        Spacer(1, 14),
    ]
    story += boiler_pdf([
        "Re-use of information: the information supplied is Crown copyright or the copyright of "
        "Essex County Council and may be re-used under the Open Government Licence, "
        f"available at {OGL}",
        "If you are dissatisfied with the handling of your request, you may request an internal "
        "review within 40 working days by writing to cf.foi@essex.gov.uk. You also have the "
        "right to complain to the Information Commissioner once the internal review process has "
        "been completed: https://ico.org.uk/make-a-complaint/",
    ])
    story += [Para("Yours faithfully", space_before=4, space_after=14)]
    story += lines_of("Children and Families Freedom of Information Team",
                      "Essex County Council", space_after=6)
    build_pdf(os.path.join(HERE, f), story, title="CF-FOI-251142",
              author="Essex County Council", created=pdfdate(2025, 11, 28, 16, 20),
              header_left="Essex County Council \u2013 Children and Families",
              header_right="Request ref: CF-FOI-251142", footer_left="OFFICIAL")
    answers = {1: a[1], 2: a[24], 3: a[3], 4: a[24], 5: a[5]}
    return label(f, "pdf", "Essex County Council", "E10000012", "answered", [], answers,
                 dict(review_held="formal", review_date="2022-11", papers_provided="yes",
                      s47_all_cases="no", changes_made="yes", definition_changed="yes",
                      rolling_is_non_mobile="yes", age_based="yes", age_threshold_months=9),
                 [setp, OGL, "https://ico.org.uk/make-a-complaint/"])


# =======================================================================================
# PDF 5 - Worcestershire: refused as a whole under s12 (cost limit); quotes the request
# with the requester's typo "Was their a review"; mentions s16 and s17 (NOT exemptions);
# names other West Midlands councils (including "Telford & Wrekin Council").
# =======================================================================================
def pdf_worcestershire():
    f = "worcestershire-s12-refusal.pdf"
    wm = "https://westmidlands.procedures.org.uk/"
    qs = dict(Q)
    qs[1] = Q1_TYPO
    story = [Para([("Worcestershire County Council", BOLD)], size=17, space_after=3)]
    story += lines_of("Information Governance, County Hall, Spetchley Road, Worcester WR5 2NP",
                      "foi@worcestershire.gov.uk", size=9, space_after=16)
    story += lines_of("Our ref: 2025/FOI/3318", "Date: 1 December 2025", space_after=12)
    story += [
        Para("Dear Requester", space_after=10),
        Para([("Freedom of Information request \u2013 refusal notice", BOLD)], space_after=10),
        Para("Thank you for your request for information, received on 14 November 2025. You "
             "asked:", space_after=6),
        Para([(PREAMBLE, ITAL)], indent=20, space_after=5),
        Para([("Can you respond to the following freedom of information request:", ITAL)],
             indent=20, space_after=5),
    ]
    for n in range(1, 6):
        story.append(Para([(qs[n], ITAL)], indent=40, label=f"{n}.", label_font=ITAL,
                          label_x=20, space_after=4))
    story += [
        Spacer(1, 8),
        Para([("Our decision", BOLD)], space_after=6),
        Para("Worcestershire County Council estimates that the cost of complying with your request "
             "would exceed the appropriate limit set by the Freedom of Information and Data "
             "Protection (Appropriate Limit and Fees) Regulations 2004. For local authorities "
             "the limit is \u00a3450, which represents 18 hours of work at the prescribed rate of "
             "\u00a325 per hour. We are therefore refusing your request under section 12(1) of "
             "the Freedom of Information Act 2000, and this letter is our refusal notice for the "
             "purposes of section 17 of the Act.", space_after=8),
        Para([("How we reached this estimate", BOLD)], space_after=6),
        Para("Our procedure on bruising in babies who are not independently mobile is a chapter "
             "of the West Midlands Regional Safeguarding Children Procedures, which Worcestershire "
             "shares with Shropshire Council, Telford & Wrekin Council, the City of Wolverhampton "
             "Council and other partnerships in the region. To establish whether the "
             "Panel\u2019s guidance was considered, and with what result, officers would have "
             "to search the agendas, minutes, reports and email correspondence of the "
             "Worcestershire Safeguarding Children Partnership\u2019s Policy and Procedures "
             "Subgroup, its Executive and the regional "
             "liaison group for the whole period from September 2022 to date. None of these "
             "records is indexed by subject. We estimate that locating and reading around 140 "
             "sets of papers, together with the related correspondence, would take at least 35 "
             "hours.", space_after=8),
        Para([("Advice and assistance", BOLD)], space_after=6),
        Para("Under section 16 of the Act we have a duty to offer advice and assistance. You may "
             "wish to submit a narrower request: for example, questions 3 and 5 on their own could "
             "probably be answered from the current version of the procedure within the cost "
             f"limit. The regional procedures are published at {wm} and are free to read. Any "
             "new request will be treated as a fresh request.", space_after=12),
    ]
    story += boiler_pdf([
        "If you are unhappy with this decision, you may ask for an internal review by writing to "
        "the Information Governance Team at foi@worcestershire.gov.uk within 40 working days "
        "of the date of this letter. If you remain dissatisfied after the review, you can "
        "complain to "
        "the Information Commissioner\u2019s Office: "
        "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/",
    ])
    story += [Para("Yours sincerely", space_before=4, space_after=14)]
    story += lines_of("Information Governance Officer", "Worcestershire County Council",
                      space_after=6)
    build_pdf(os.path.join(HERE, f), story, title="2025/FOI/3318 refusal notice",
              author="Worcestershire County Council", created=pdfdate(2025, 12, 1, 12, 0),
              header_left="Worcestershire County Council  |  Refusal notice",
              header_right="Ref: 2025/FOI/3318", footer_left="Information Governance")
    return label(f, "pdf", "Worcestershire County Council", "E10000034", "refused", ["s12"], {},
                 NOT_STATED,
                 [wm, "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"])


# =======================================================================================
# PDF 6 - Cambridgeshire: redirected to the joint Cambridgeshire and Peterborough
# partnership (which is said to hold the information); s1(1)(a) and s16 mentioned (NOT
# exemptions); a Peterborough address appears in the text.
# =======================================================================================
def pdf_cambridgeshire():
    f = "cambridgeshire-redirect.pdf"
    cpscp = "https://safeguardingcambspeterborough.org.uk/contact-us/"
    story = [Para([("Cambridgeshire County Council", BOLD)], size=16, space_after=3)]
    story += lines_of("Information Management Team", "New Shire Hall, Emery Crescent, "
                      "Enterprise Campus, Alconbury Weald, Huntingdon PE28 4YE",
                      "foi@cambridgeshire.gov.uk", size=9, space_after=16)
    story += lines_of("19 November 2025", space_after=12)
    story += [
        Para("Dear Requester,", space_after=10),
        Para([("Re: Request for information \u2013 bruising in non-mobile infants "
               "(FOI-2025-08153)", BOLD)], space_after=10),
        Para("Thank you for your request, received on 6 November 2025, in which you asked five "
             "questions about whether safeguarding policies on bruising in babies who are not "
             "independently mobile were reviewed after the national Panel\u2019s guidance of "
             "September 2022, and about what the current policy says.", space_after=8),
        Para("Section 1(1)(a) of the Freedom of Information Act 2000 requires us to tell you "
             "whether we hold the information you have asked for. Cambridgeshire County Council "
             "does not hold it. Multi-agency safeguarding procedures for Cambridgeshire are not "
             "set by the County Council but by the Cambridgeshire and Peterborough Safeguarding "
             "Children Partnership Board, which serves both this county and the area of "
             "Peterborough City Council. The procedure on bruising in non-mobile babies, and any "
             "record of a review of it, are held by the Partnership Board\u2019s business unit, "
             "which is a separate organisation from the County Council for the purposes of the "
             "Act.", space_after=8),
        Para("In line with our duty under section 16 of the Act to provide advice and "
             "assistance, we suggest that you send your questions to the Partnership Board. Its "
             f"contact details are available at {cpscp} and it can also be reached by post at "
             "Safeguarding Partnership Board Business Unit, Sand Martin House, Bittern Way, "
             "Fletton Quays, Peterborough PE2 8TY.", space_after=8),
        Para("This response is not a refusal of your request: we simply do not hold the "
             "information.", space_after=12),
    ]
    story += boiler_pdf([
        "If you are dissatisfied with our response, you may ask for an internal review by "
        "emailing foi@cambridgeshire.gov.uk within 40 working days. If you are still unhappy "
        "after the review, you can complain to the Information Commissioner at "
        "https://ico.org.uk/make-a-complaint/",
    ])
    story += [Para("Yours sincerely,", space_before=4, space_after=14)]
    story += lines_of("Information Management Officer", "Cambridgeshire County Council",
                      space_after=6)
    build_pdf(os.path.join(HERE, f), story, title="FOI-2025-08153",
              author="Cambridgeshire County Council", created=pdfdate(2025, 11, 19, 15, 30),
              header_left="Cambridgeshire County Council \u2013 Freedom of Information",
              header_right="FOI-2025-08153", footer_left="FOI-2025-08153")
    return label(f, "pdf", "Cambridgeshire County Council", "E10000003", "redirected", [], {},
                 NOT_STATED, [cpscp, "https://ico.org.uk/make-a-complaint/"])


# =======================================================================================
# DOCX 1 - Bedford: not held.  Letterhead ONLY in the page header part (header1.xml)
# [case 8]; the body never names the responding council but names Central Bedfordshire
# Council and Luton Borough Council.
# Automatic numbering case 1: the restated questions are a contiguous list numbered by
# w:numPr set directly in each paragraph's own w:pPr (numId 21 -> abstractNum 21); the
# digits are not in the paragraph text.
# =======================================================================================
def docx_bedford():
    f = "bedford-not-held.docx"
    bw = "https://www.bedfordscp.org.uk/contact-us"
    doc = new_docx("Arial", 11)
    hdr = doc.sections[0].header
    hdr.is_linked_to_previous = False
    hp = hdr.paragraphs[0]
    add_runs(hp, [("Bedford Borough Council", "b")], size=16)
    hp.paragraph_format.space_after = Pt(0)
    par(hdr, "Information Governance \u00b7 Borough Hall, Cauldwell Street, Bedford MK42 9AP",
        size=8.5, after=0)
    par(hdr, "foi@bedford.gov.uk", size=8.5, after=6)

    add_abstract_num(doc, 21, DECIMAL_LVL.format(pstyle="", text="%1.", rpr=""), "5A1C0021")
    add_num(doc, 21, 21)

    par(doc, "Our ref: BBC/IG/25/1774", after=0)
    par(doc, "Date: 2 December 2025")
    par(doc, "Dear Requester,")
    par(doc, [("Freedom of Information Act 2000 \u2013 bruising in non-mobile infants", "b")])
    par(doc, "Thank you for your request, which we received on 18 November 2025. You asked the "
             "following questions:")
    for n in range(1, 6):
        p = par(doc, Q[n], after=4)
        set_numpr(p, 21)  # case 1: direct numbering on the paragraph itself
    par(doc, [("Response", "b")], before=8)
    par(doc, "We have searched the records held by Children\u2019s Services, Legal Services and "
             "the Council\u2019s corporate document management system. The Council does not hold "
             "any recorded information that falls within the scope of your request, and we are "
             "therefore unable to answer the individual questions. This letter confirms that "
             "fact, as section 1(1)(a) of the Act requires.")
    par(doc, "Local safeguarding arrangements for the borough are made through the Bedford "
             "Borough Safeguarding Children Partnership, and the child protection procedures "
             "used here are shared with Central Bedfordshire Council and Luton Borough Council. "
             "We are not able to say whether the Partnership holds "
             "information of the kind you describe, but you may wish to contact it through its "
             f"website, {bw}. Please note that the Partnership is not itself a public authority "
             "for the purposes of the Act.")
    par(doc, "If you are unhappy with the way your request has been handled, you may ask for an "
             "internal review within 40 working days of the date of this letter by replying to "
             "this email. If you remain dissatisfied, you may complain to the Information "
             "Commissioner\u2019s Office: https://ico.org.uk/make-a-complaint/")
    par(doc, "Yours sincerely,", after=18)
    par(doc, "Information Governance Team", after=0)
    synth_par(doc)
    save_docx(doc, os.path.join(HERE, f), title="BBC/IG/25/1774",
              author="Information Governance", when=dt(2025, 12, 2, 10, 12))
    return label(f, "docx", "Bedford Borough Council", "E06000055", "not_held", [], {},
                 NOT_STATED, [bw, "https://ico.org.uk/make-a-complaint/"])


# =======================================================================================
# DOCX 2 - Suffolk: partial (Q2 withheld under s22, Q4 not held).  Automatic numbering
# case 2: numbering INHERITED FROM A PARAGRAPH STYLE.  The custom paragraph style
# "FOI Question" (styleId FOIQuestion) carries w:numPr (numId 22) in its w:pPr in
# styles.xml, and abstractNum 22's level links back with w:pStyle; the question
# paragraphs carry only w:pStyle.  Quotes the requester's typo "Was their a review".
# =======================================================================================
def docx_suffolk():
    f = "suffolk-style-numbered.docx"
    ssp = "https://www.suffolksp.org.uk/"
    doc = new_docx("Arial", 11)
    add_abstract_num(doc, 22, DECIMAL_LVL.format(pstyle='<w:pStyle w:val="FOIQuestion"/>',
                                                 text="%1.", rpr=""), "5A1C0022")
    add_num(doc, 22, 22)
    st = doc.styles.add_style("FOI Question", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.bold = True
    st.paragraph_format.space_before = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.keep_with_next = True
    st.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 22
    assert st.style_id == "FOIQuestion"

    a = {
        1: "Yes. The Suffolk Safeguarding Partnership\u2019s Policies and Procedures Group added "
           "the Panel\u2019s briefing to its work programme at the end of 2022 and carried out a "
           "review of the protocol for bruising and injuries in non-mobile children in the "
           "summer of 2023. The review was a formal one, with terms of reference agreed by the "
           "Partnership\u2019s Safeguarding Children Board. Its broad conclusion was that the "
           "protocol remained safe and largely consistent with the evidence, but that several "
           "points needed clarifying. The Group\u2019s detailed findings are being brought "
           "together with those of a wider review of the Partnership\u2019s guidance on "
           "safeguarding infants.",
        2: "The Council holds a draft of the Group\u2019s findings report. We are withholding it "
           "under section 22 of the Act (information intended for future publication), because "
           "the Partnership intends to publish the final report on its website, "
           f"{ssp}, in February 2026. We have considered the public interest and concluded that "
           "it favours allowing the Partnership to publish the report in full and in its final "
           "form, rather than releasing an incomplete draft now.",
        3: "No. Every non-mobile baby with a bruise is referred to Children and Young "
           "People\u2019s Services and is seen by a paediatrician. A strategy discussion follows "
           "unless the paediatrician records a clear alternative explanation, and section 47 "
           "enquiries are started only where the strategy discussion agrees that one is needed.",
        4: "Information not held. Any changes arising from the review will be set out in the "
           "final report described above; the Council holds no separate record of them.",
        5: "So far the definition has not been altered. The protocol treats every baby under six "
           "months of age as not independently mobile. For older babies, practitioners consider "
           "whether the baby can crawl, bottom-shuffle, cruise or walk; a baby who has learned "
           "to roll over but has not yet started to crawl is still regarded as not "
           "independently mobile.",
    }
    par(doc, [("Suffolk County Council", "b")], size=18, after=0)
    par(doc, "Information Governance, Endeavour House, 8 Russell Road, Ipswich, Suffolk IP1 2BX",
        size=9, after=0)
    par(doc, "Email: foi@suffolk.gov.uk", size=9, after=14)
    par(doc, "Reference: FOI-SCC-25-6631", after=0)
    par(doc, "Date: 5 December 2025")
    par(doc, "Dear Requester")
    par(doc, [("Your request for information: review of policies on bruising in non-mobile "
               "infants", "b")])
    par(doc, "Thank you for your request of 20 November 2025, which Suffolk County Council has "
             "dealt with under the Freedom of Information Act 2000. Your questions are reproduced "
             "below exactly as you sent them, each followed by our answer. Most parts of your "
             "request have been answered; however, some information has been withheld and some "
             "is not held, as explained below.")
    qs = dict(Q)
    qs[1] = Q1_TYPO
    for n in range(1, 6):
        par(doc, qs[n], style="FOI Question")  # case 2: number comes from the style
        par(doc, a[n])
    par(doc, "Unless otherwise indicated, you may re-use the information provided under the "
             f"terms of the Open Government Licence: {OGL}", before=10)
    par(doc, "If you are dissatisfied with our response, you can ask for an internal review by "
             "contacting foi@suffolk.gov.uk within 40 working days. You may also complain to the "
             "Information Commissioner, although the Commissioner will usually expect the "
             "internal review to have been completed first: "
             "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/")
    par(doc, "Yours sincerely", after=18)
    par(doc, "Priya Chandrasekar", after=0)
    par(doc, "Information Governance Officer", after=0)
    par(doc, "Suffolk County Council", after=0)
    synth_par(doc)
    save_docx(doc, os.path.join(HERE, f), title="FOI-SCC-25-6631",
              author="Suffolk County Council", when=dt(2025, 12, 5, 13, 45))
    return label(f, "docx", "Suffolk County Council", "E10000029", "partial", ["s22"], a,
                 dict(review_held="formal", review_date="2023", papers_provided="no",
                      s47_all_cases="no", changes_made="not_stated", definition_changed="no",
                      rolling_is_non_mobile="yes", age_based="yes", age_threshold_months=6),
                 [ssp, OGL, "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"])


# =======================================================================================
# DOCX 3 - Warwickshire: informal consideration.  Automatic numbering case 3: a numbered
# list INTERRUPTED by unnumbered answer paragraphs.  All five question paragraphs carry
# the same direct w:numPr (numId 23), so Word/LibreOffice continue 1, 2, 3, 4, 5 across the
# interruptions.  Answers start with a bold "Reply:" marker.  No letterhead; the council
# is identified by the text, signature and email; Coventry is also named.
# =======================================================================================
def docx_warwickshire():
    f = "warwickshire-numbered-list.docx"
    cc = ("https://www.communitycare.co.uk/2022/10/05/pre-mobile-infant-bruising-should-not-"
          "automatically-prompt-section-47s-say-government-advisers/")
    doc = new_docx("Calibri", 11)
    add_abstract_num(doc, 23, DECIMAL_LVL.format(pstyle="", text="%1.",
                                                 rpr="<w:rPr><w:b/></w:rPr>"), "5A1C0023")
    add_num(doc, 23, 23)
    a = {
        1: "There was no formal review. The Panel\u2019s briefing, together with the Community "
           f"Care report on it ({cc}), was discussed by the Warwickshire Safeguarding Children "
           "Partnership\u2019s Practice Improvement Group at its meeting in March 2023. The "
           "group compared the briefing with the bruising protocol that Warwickshire shares "
           "with Coventry City Council and agreed that the protocol already met the Panel\u2019s "
           "expectations, so no further work was commissioned. The protocol itself had last "
           "been updated in October 2021.",
        2: "There are no papers. Because this was a discussion rather than a review, no report "
           "was written, and the meeting note records only that the item was considered and "
           "that no action was agreed.",
        3: "No. A referral to Children and Families and a same-day paediatric opinion are "
           "required in all cases, but a strategy discussion is held only where the "
           "paediatrician cannot rule out inflicted injury or where there are other "
           "safeguarding concerns. Section 47 enquiries are not started as a matter of "
           "routine.",
        4: "None. The protocol was judged to be consistent with the guidance and was not "
           "changed.",
        5: "No. The definition is the same as before. A baby is treated as not independently "
           "mobile until they can crawl, bottom-shuffle or cruise; being able to roll over does "
           "not, on its own, make a baby mobile. No age limit is used, and each baby\u2019s "
           "mobility is assessed individually.",
    }
    par(doc, "Date: 24 November 2025", after=0)
    par(doc, "Reference: FOI 9917/25")
    par(doc, "Dear Requester,")
    par(doc, [("Request for information \u2013 bruising in non-mobile infants", "b")])
    par(doc, "Thank you for your request for information, which Warwickshire County Council "
             "received on 10 November 2025. I have set out your questions below, and the "
             "Council\u2019s reply follows each of them.")
    for n in range(1, 6):
        p = par(doc, [(Q[n], "b")], after=4, before=6)
        set_numpr(p, 23)  # case 3: same numId on every question -> numbering continues
        r = par(doc, [("Reply: ", "b"), a[n]])
        r.paragraph_format.left_indent = Cm(1.0)
    par(doc, "The information supplied may be re-used under the Open Government Licence v3.0: "
             f"{OGL}", before=8)
    par(doc, "If you are unhappy with this response, please contact foi@warwickshire.gov.uk "
             "within 40 working days to request an internal review. If you are still unhappy "
             "afterwards, you can complain to the Information Commissioner\u2019s Office at "
             "https://ico.org.uk/make-a-complaint/")
    par(doc, "Yours sincerely,", after=18)
    par(doc, "Information Rights Team", after=0)
    par(doc, "Warwickshire County Council", after=0)
    par(doc, "Shire Hall, Warwick CV34 4RL", after=0)
    synth_par(doc)
    save_docx(doc, os.path.join(HERE, f), title="FOI 9917/25",
              author="Information Rights Team", when=dt(2025, 11, 24, 9, 30))
    return label(f, "docx", "Warwickshire County Council", "E10000031", "answered", [], a,
                 dict(review_held="informal", review_date="2023-03", papers_provided="no",
                      s47_all_cases="no", changes_made="no", definition_changed="no",
                      rolling_is_non_mobile="yes", age_based="no", age_threshold_months=None),
                 [cc, OGL, "https://ico.org.uk/make-a-complaint/"])


# =======================================================================================
# DOCX 4 - Kent: two-column Question | Answer table (header row repeats); letterhead in
# the page header part (header1.xml) [case 8]; Medway Council named.  No automatic
# numbering.  s47 "yes" expressed as a double negative.
# =======================================================================================
def docx_kent():
    f = "kent-question-answer-table.docx"
    url = "https://www.kscmp.org.uk/procedures/bruising-in-pre-mobile-babies"
    doc = new_docx("Arial", 10.5)
    hdr = doc.sections[0].header
    hdr.is_linked_to_previous = False
    hp = hdr.paragraphs[0]
    add_runs(hp, [("Kent County Council", "b")], size=15)
    hp.paragraph_format.space_after = Pt(0)
    par(hdr, "Information Resilience and Transparency Team, Sessions House, County Road, "
             "Maidstone ME14 1XQ", size=8, after=0)
    par(hdr, "freedomofinformation@kent.gov.uk", size=8, after=8)
    a = {
        1: "Yes. The joint Policy and Procedures Group formally reviewed the procedure on "
           "bruising in pre-mobile babies after the Panel\u2019s guidance was published. The "
           "procedure had previously been revised in July 2021. The review concluded that the "
           "procedure\u2019s threshold for action was right, but that its definition of a "
           "pre-mobile baby was too narrow and that families needed better information about "
           "what happens after a referral.",
        2: "The recommendations paper considered by the two partnerships records the outcome "
           "of the review. Its concluding paragraph reads: \u201cThe Group is satisfied that the "
           "procedure remains consistent with the national evidence base, subject to the "
           "amendments set out in section 4, which should be adopted by both partnerships.\u201d "
           f"The amended procedure is available at {url}",
        3: "The procedure does not allow a referral about a bruised baby who is not "
           "independently mobile to be closed until a strategy discussion has been held, so a "
           "strategy discussion takes place in every case. A section 47 enquiry follows only "
           "where that discussion decides one is necessary.",
        4: "Two changes were made. The definition of a pre-mobile baby was broadened (see the "
           "next answer), and a leaflet for parents and carers explaining the referral process "
           "was introduced.",
        5: "Yes. The earlier procedure applied only to babies who were not yet rolling. It now "
           "treats every infant under one year of age as not independently mobile, and it "
           "states expressly that a baby who can roll over is not independently mobile.",
    }
    par(doc, "Our reference: 25-1194", after=0)
    par(doc, "Date: 8 December 2025")
    par(doc, "Dear Requester,")
    par(doc, [("Freedom of Information Act 2000 \u2013 Request for information", "b")])
    par(doc, "Thank you for your request, which we received on 24 November 2025. Kent County "
             "Council holds the information you asked for. The procedure concerned is shared "
             "with Medway Council: both areas follow the Kent and Medway Safeguarding Children "
             "Procedures, which are kept up to date by a Policy and Procedures Group run jointly "
             "by the Kent Safeguarding Children Multi-Agency Partnership (KSCMP) and the Medway "
             "Safeguarding Children Partnership. Our answers are given in the table below.")
    t = doc.add_table(rows=6, cols=2)
    t.style = doc.styles["Table Grid"]
    cell_par(t.cell(0, 0), [("Question", "b")], first=True)
    cell_par(t.cell(0, 1), [("Answer", "b")], first=True)
    repeat_header_row(t)
    for n in range(1, 6):
        cell_par(t.cell(n, 0), Q[n], first=True)
        cell_par(t.cell(n, 1), a[n], first=True)
    set_col_widths(t, [6.0, 10.4])
    par(doc, "You may re-use the information in this response under the Open Government "
             f"Licence: {OGL}", before=10)
    par(doc, "If you are dissatisfied with the handling of your request, please write to "
             "freedomofinformation@kent.gov.uk within 40 working days, asking for an internal "
             "review. If you are not content with the outcome, you may apply to the Information "
             "Commissioner for a decision: https://ico.org.uk/make-a-complaint/")
    par(doc, "Yours sincerely,", after=18)
    par(doc, "Information Resilience and Transparency Team", after=0)
    synth_par(doc)
    save_docx(doc, os.path.join(HERE, f), title="25-1194", author="Kent County Council",
              when=dt(2025, 12, 8, 11, 5))
    return label(f, "docx", "Kent County Council", "E10000016", "answered", [], a,
                 dict(review_held="formal", review_date=None, papers_provided="yes",
                      s47_all_cases="yes", changes_made="yes", definition_changed="yes",
                      rolling_is_non_mobile="yes", age_based="yes", age_threshold_months=12),
                 [url, OGL, "https://ico.org.uk/make-a-complaint/"])


# =======================================================================================
# DOCX 5 - Derbyshire: three-column table No. | Question | Response, with AUTOMATIC
# BULLETS in answer cells (direct w:numPr, numId 24 -> bullet abstractNum 24).  Derby City
# Council named (joint partnership).  An old "under six months" rule is mentioned as
# removed: age_based is "no".
# =======================================================================================
def docx_derbyshire():
    f = "derbyshire-three-column.docx"
    proc = "https://derbyshirescbs.proceduresonline.com/p_bruising_non_mobile.html"
    mins = "https://www.ddscp.org.uk/executive-minutes-january-2024"
    doc = new_docx("Arial", 10.5)
    add_abstract_num(doc, 24, BULLET_LVL, "5A1C0024")
    add_num(doc, 24, 24)
    qshort = {
        1: "Was there a review after the guidance? When, and with what conclusion?",
        2: "Papers on the outcome of the review.",
        3: "Is a s47 investigation or strategy discussion required in all cases?",
        4: "Changes made for consistency with the evidence base and national guidelines.",
        5: "Changes to the definition of not independently mobile; babies who can roll; "
           "use of age.",
    }
    cells = {
        1: ["Yes. The DDSCP Procedures Group carried out a formal review of the procedure for "
            "bruising in babies and children who are not independently mobile. The review was "
            "completed in January 2024, when the Group\u2019s report was accepted by the DDSCP "
            "Executive. It concluded that:",
            ("*", "the procedure should continue to require a same-day referral and paediatric "
                  "assessment for every bruise;"),
            ("*", "the decision about a strategy discussion should follow, not precede, the "
                  "paediatric assessment;"),
            ("*", "the age rule in the definition of non-mobility was not supported by the "
                  "evidence and should be replaced by a description based on development.")],
        2: [f"The revised procedure is published at {proc}",
            f"The Executive\u2019s decision is recorded in its published minutes: {mins}"],
        3: ["No. A strategy discussion is held where the paediatric assessment raises concern "
            "that the injury may have been inflicted, or where other information gives cause "
            "for concern. Otherwise a team manager may close the referral, recording the "
            "reasons."],
        4: ["The following changes were made:",
            ("*", "the flowchart was reordered so that the paediatric assessment comes first;"),
            ("*", "a section on explaining the process to parents and carers was added;"),
            ("*", "the list of conditions that can look like bruising was updated;"),
            ("*", "the definition of non-mobility was revised (see question 5).")],
        5: ["Yes, the definition was changed. Before January 2024 every baby under six months "
            "was automatically treated as non-mobile. That age rule has been removed, and "
            "mobility is now judged on what the baby can do:",
            ("*", "a baby who cannot yet roll, crawl, bottom-shuffle, cruise or walk is not "
                  "independently mobile;"),
            ("*", "a baby who can roll from place to place is regarded as mobile;"),
            ("*", "age is no longer used to decide whether a baby is mobile.")],
    }
    par(doc, [("Derbyshire County Council", "b")], size=17, after=0)
    par(doc, "Information Governance Group, County Hall, Matlock, Derbyshire DE4 3AG", size=9,
        after=0)
    par(doc, "Email: foi.enquiries@derbyshire.gov.uk", size=9, after=14)
    par(doc, "Our ref: DCC/FOI/25/4471", after=0)
    par(doc, "Date: 4 December 2025")
    par(doc, "Dear Requester,")
    par(doc, [("Request for information under the Freedom of Information Act 2000", "b")])
    par(doc, "Your request was received on 19 November 2025. Derbyshire County Council and Derby "
             "City Council share a single safeguarding children partnership, the Derby and "
             "Derbyshire Safeguarding Children Partnership (DDSCP), and a single set of child "
             "protection procedures, so the answers below describe the joint procedure. Derby "
             "City Council may send you a response in similar terms.")
    t = doc.add_table(rows=6, cols=3)
    t.style = doc.styles["Table Grid"]
    for j, h in enumerate(["No.", "Question", "Response"]):
        cell_par(t.cell(0, j), [(h, "b")], first=True)
    repeat_header_row(t)
    answers = {}
    for n in range(1, 6):
        cell_par(t.cell(n, 0), str(n), first=True)
        cell_par(t.cell(n, 1), qshort[n], first=True)
        texts = []
        for i, item in enumerate(cells[n]):
            if isinstance(item, tuple):
                p = cell_par(t.cell(n, 2), item[1], after=2)
                set_numpr(p, 24)  # automatic bullet inside the answer cell
                texts.append(item[1])
            else:
                cell_par(t.cell(n, 2), item, first=(i == 0))
                texts.append(item)
        answers[n] = " ".join(texts)
    set_col_widths(t, [1.2, 5.0, 10.2])
    par(doc, "Information provided in this response may be re-used under the Open Government "
             f"Licence: {OGL}", before=10)
    par(doc, "If you are not satisfied with the way your request has been handled, you may ask "
             "for an internal review by writing to the Information Governance Group within 40 "
             "working days. Should you remain dissatisfied, you can complain to the Information "
             "Commissioner: https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/")
    par(doc, "Yours sincerely,", after=18)
    par(doc, "Information Governance Group", after=0)
    par(doc, "Derbyshire County Council", after=0)
    synth_par(doc)
    save_docx(doc, os.path.join(HERE, f), title="DCC/FOI/25/4471",
              author="Derbyshire County Council", when=dt(2025, 12, 4, 15, 50))
    return label(f, "docx", "Derbyshire County Council", "E10000007", "answered", [], answers,
                 dict(review_held="formal", review_date="2024-01", papers_provided="yes",
                      s47_all_cases="no", changes_made="yes", definition_changed="yes",
                      rolling_is_non_mobile="no", age_based="no", age_threshold_months=None),
                 [proc, mins, OGL,
                  "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"])


# =======================================================================================
# DOCX 6 - West Northamptonshire: "Question 1" etc. as Heading 2 paragraphs, answers OUT OF
# ORDER (1, 3, 2, then 4 and 5 together); under each heading the question is a bold run
# at the start of a paragraph, with the answer in the same paragraph (Q1, Q2) or in the
# next paragraph (Q3, Q4/5).  North Northamptonshire Council (same joint partnership)
# named.
# No automatic numbering.
# =======================================================================================
def docx_west_northants():
    f = "west-northants-headings.docx"
    proc = "https://www.northamptonshirescb.org.uk/procedures/bruising-pre-mobile-babies"
    doc = new_docx("Arial", 11)
    a = {
        1: "There was no formal review. The Northamptonshire Safeguarding Children "
           "Partnership\u2019s Procedures Sub-Group considered the Panel\u2019s briefing during "
           "2023 alongside the joint procedure on bruising in pre-mobile babies, and judged that "
           "the procedure already reflected it. The sub-group therefore recommended no changes, "
           "and its view was reported to the Partnership\u2019s Executive.",
        3: "Yes \u2013 a strategy discussion is required in all cases. Under the joint procedure, "
           "any bruise on a baby who is not independently mobile leads to a referral to "
           "Children\u2019s Social Care and a strategy discussion, even where a paediatrician has "
           "offered an explanation. The strategy discussion decides whether a section 47 "
           "enquiry is needed.",
        2: "The only record is the note of the sub-group\u2019s discussion, which states: "
           "\u201cThe sub-group has considered the national Panel briefing and is assured that "
           "the current procedure is consistent with it. No amendments are required.\u201d The "
           f"joint procedure can be viewed at {proc}",
        45: "As explained above, no changes were made to the procedure, and that includes its "
            "definition of a child who is not independently mobile, which remains as it was "
            "before the Panel\u2019s guidance. The definition can be found in section 2 of the "
            "procedure at the link above.",
    }
    par(doc, [("West Northamptonshire Council", "b")], size=17, after=0)
    par(doc, "Information Governance, One Angel Square, Angel Street, Northampton NN1 1ED",
        size=9, after=0)
    par(doc, "foi@westnorthants.gov.uk", size=9, after=14)
    par(doc, "FOI reference: WNC-068812", after=0)
    par(doc, "9 December 2025")
    par(doc, "Dear Requester,")
    par(doc, "Thank you for your request under the Freedom of Information Act 2000, received on "
             "25 November 2025. West Northamptonshire Council\u2019s response follows. The "
             "Northamptonshire Safeguarding Children Partnership covers both West "
             "Northamptonshire and North Northamptonshire Council\u2019s area, so the "
             "procedure referred to below is used across the whole county. We have "
             "answered your first and third questions first, followed by question 2 and then "
             "questions 4 and 5 together.")
    doc.add_paragraph("Question 1", style="Heading 2")
    par(doc, [(Q[1] + " ", "b"), a[1]])  # bold question, answer in the same paragraph
    doc.add_paragraph("Question 3", style="Heading 2")
    par(doc, [(Q[3], "b")], after=4)  # bold question, answer in the next paragraph
    par(doc, a[3])
    doc.add_paragraph("Question 2", style="Heading 2")
    par(doc, [(Q[2] + " ", "b"), a[2]])
    doc.add_paragraph("Questions 4 and 5", style="Heading 2")
    par(doc, [(Q[4] + " " + Q[5], "b")], after=4)
    par(doc, a[45])
    par(doc, "Unless stated otherwise, the information supplied may be re-used under the Open "
             f"Government Licence: {OGL}", before=12)
    par(doc, "If you are unhappy with the way your request has been dealt with, you can ask for "
             "an internal review by emailing foi@westnorthants.gov.uk within 40 working days. "
             "If you remain dissatisfied after that, you can complain to the Information "
             "Commissioner: "
             "https://ico.org.uk/make-a-complaint/")
    par(doc, "Yours sincerely,", after=18)
    par(doc, "Information Governance Officer", after=0)
    par(doc, "West Northamptonshire Council", after=0)
    synth_par(doc)
    save_docx(doc, os.path.join(HERE, f), title="WNC-068812",
              author="West Northamptonshire Council", when=dt(2025, 12, 9, 10, 40))
    answers = {1: a[1], 2: a[2], 3: a[3], 4: a[45], 5: a[45]}
    return label(f, "docx", "West Northamptonshire Council", "E06000062", "answered", [],
                 answers,
                 dict(review_held="informal", review_date="2023", papers_provided="yes",
                      s47_all_cases="yes", changes_made="no", definition_changed="no",
                      rolling_is_non_mobile="not_stated", age_based="not_stated",
                      age_threshold_months=None),
                 [proc, OGL, "https://ico.org.uk/make-a-complaint/"])


BUILDERS = [pdf_norfolk, pdf_wiltshire, pdf_bcp, pdf_essex, pdf_worcestershire,
            pdf_cambridgeshire, docx_bedford, docx_suffolk, docx_warwickshire, docx_kent,
            docx_derbyshire, docx_west_northants]


# ---------------------------------------------------------------------------------------
# Checks (run with --check): text extractable, furniture present, every labelled answer
# and link found in the document, synthetic marking present, numbering wired up.
# ---------------------------------------------------------------------------------------
URL_RE = re.compile(r"https?://[^\s)\u201d\"<>]+")


def squash(s):
    return re.sub(r"[\s\-\u00ad\u2022]+", "", s)


def check(labels):
    import docx as docxmod
    import pdfplumber
    problems = []
    for lab in labels:
        path = os.path.join(HERE, lab["file"])
        if lab["format"] == "pdf":
            with pdfplumber.open(path) as pdf:
                pages = [pg.extract_text() or "" for pg in pdf.pages]
                subject = pdf.metadata.get("Subject")
                if lab["file"] == "essex-response-table.pdf":
                    # the answers sit in the right-hand column of a table: read that column
                    x0 = 2.2 * cm + 5.3 * cm + 1
                    cols = [pg.crop((x0, 0, pg.width, pg.height)).extract_text()
                            for pg in pdf.pages]
            m = len(pages)
            body_lines = []
            for i, t in enumerate(pages, 1):
                lines = t.split("\n")
                if f"Page {i} of {m}" not in lines[-1]:
                    problems.append(f"{lab['file']}: no 'Page {i} of {m}' footer")
                body_lines += lines[1:-1]  # drop running header and footer
            text = "\n".join(pages)
            body = "\n".join(body_lines)
            if lab["file"] == "essex-response-table.pdf":
                body = "\n".join(ln for c in cols for ln in c.split("\n")[1:-1])
            if SYNTH not in pages[-1]:
                problems.append(f"{lab['file']}: synthetic line not on last page")
            print(f"  {lab['file']}: {m} page(s), {len(text.split())} words")
        else:
            d = docxmod.Document(path)
            subject = d.core_properties.subject
            paras = [p.text for p in d.paragraphs]
            hdr = [p.text for s in d.sections for p in s.header.paragraphs]
            ordered = []  # body text in document order (paragraphs and table cells)
            for el in d.element.body.iterchildren():
                if el.tag == qn("w:p"):
                    ordered.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
                elif el.tag == qn("w:tbl"):
                    for tc in el.iter(qn("w:tc")):
                        for pp in tc.iter(qn("w:p")):
                            ordered.append("".join(t.text or "" for t in pp.iter(qn("w:t"))))
            body = "\n".join(ordered)
            text = "\n".join(hdr + ordered)
            if paras[-1] != SYNTH:
                problems.append(f"{lab['file']}: last paragraph is not the synthetic line")
            z = zipfile.ZipFile(path)
            nump = z.read("word/document.xml").decode().count("<w:numPr>")
            print(f"  {lab['file']}: {len(paras)} paragraphs, {len(d.tables)} tables, "
                  f"{nump} direct numPr, parts: "
                  f"{[n for n in z.namelist() if 'header' in n or 'numbering' in n]}")
        if subject != SYNTH:
            problems.append(f"{lab['file']}: metadata subject is {subject!r}")
        sb = squash(body)
        for k, v in lab["answers"].items():
            if v is not None and squash(v) not in sb:
                problems.append(f"{lab['file']}: answer {k} not found in text")
        # links: every URL printed, in order (PDF lines never break inside a URL)
        found = [u.rstrip(".,;:") for u in URL_RE.findall(text)]
        if found != lab["links"]:
            problems.append(f"{lab['file']}: links {found} != labels {lab['links']}")
    # special features
    with pdfplumber.open(os.path.join(HERE, "wiltshire-bold-questions.pdf")) as pdf:
        t = "\n".join(p.extract_text() for p in pdf.pages)
        if "re\u00ad\nviewed" not in t:
            problems.append("wiltshire: soft hyphen at line end not found")
    with pdfplumber.open(os.path.join(HERE, "norfolk-q-and-a-letter.pdf")) as pdf:
        t = "\n".join(p.extract_text() for p in pdf.pages)
        for frag in ["up-\ndate", "bottom-\nshuffle"]:
            if frag not in t:
                problems.append(f"norfolk: line-end break {frag!r} not found")
        for i, pg in enumerate(pdf.pages[:-1], 1):
            last = pg.extract_text().split("\n")[-2]
            print(f"  norfolk page {i} ends with: ...{last[-60:]!r}")
    with pdfplumber.open(os.path.join(HERE, "essex-response-table.pdf")) as pdf:
        for i, pg in enumerate(pdf.pages[:-1], 1):
            col = pg.crop((2.2 * cm + 5.3 * cm + 1, 0, pg.width, pg.height)).extract_text()
            last = col.split("\n")[-2]
            print(f"  essex page {i}, Response column ends with: ...{last[-60:]!r}")
    print("PROBLEMS:" if problems else "all checks passed")
    for p in problems:
        print("  -", p)
    return not problems


def main():
    labels = [b() for b in BUILDERS]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {len(labels)} documents and labels.json to {HERE}")
    if "--check" in sys.argv:
        sys.exit(0 if check(labels) else 1)


if __name__ == "__main__":
    main()
