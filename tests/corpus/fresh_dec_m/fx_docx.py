"""python-docx helpers shared by the Word letters of the fresh_dec_m corpus."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocType
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

from fx_common import SYNTH

FIXED = datetime(2026, 1, 14, 9, 0, 0)


def new_doc(org: str, title: str, font: str, header: str) -> DocType:
    """A document with fixed properties, a running header and a page-numbered footer."""
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = org
    cp.title = title
    cp.subject = "Synthetic test document written for foi-responses"
    cp.comments = SYNTH
    cp.keywords = "synthetic; test fixture"
    cp.last_modified_by = org
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(header)
    hr.font.size = Pt(9)
    hr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ").font.size = Pt(8)
    _page_field(fp)
    sp = sec.footer.add_paragraph()
    sr = sp.add_run(SYNTH)
    sr.font.size = Pt(7)
    sr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return d


def _page_field(par) -> None:  # noqa: ANN001 - python-docx paragraph
    run = par.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def fill(c: _Cell, parts: str | list[str], bold: bool = False,
         bullets: list[str] | None = None) -> None:
    """Write one or more paragraphs into a cell, then optional real Word bullets."""
    items = [parts] if isinstance(parts, str) else parts
    first = c.paragraphs[0]
    for i, t in enumerate(items):
        p = first if i == 0 else c.add_paragraph()
        p.add_run(t).bold = bold
    for b in bullets or []:
        c.add_paragraph(b, style="List Bullet")


def shade(c: _Cell, hexcolour: str) -> None:
    tcpr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcpr.append(shd)


def header_row(t: Table, labels: list[str], colour: str = "D9D9D9") -> None:
    """Bold shaded first row, marked to repeat at the top of each page."""
    row = t.rows[0]
    for c, label in zip(row.cells, labels):
        fill(c, label, bold=True)
        shade(c, colour)
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def widths(t: Table, cms: list[float]) -> None:
    t.autofit = False
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(cms[i])


def save(d: DocType, path: Path) -> None:
    """Save, then rewrite the zip with fixed timestamps so the file is reproducible."""
    d.save(str(path))
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
