"""Word (.docx) responses, read from the WordprocessingML itself.

Neither python-docx (skips tables, loses automatic numbers), docx2python (misses numbers
inherited from a list style) nor mammoth (restarts numbering) keeps what the splitter needs,
so this walks document.xml in order with lxml and computes Word's list numbers from
numbering.xml and styles.xml. The XML parser resolves no entities and loads no DTDs, and
every part is read with a size cap, so zip bombs and entity-expansion attacks fail cleanly.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import replace
from io import BytesIO
from typing import TypedDict

from lxml import etree

from parsers.model import BOLD_LEAD_MIN, NUMBER_CELL, Block, Document, ParseError, bold_lead
from parsers.urls import clean_url, find_urls, unique

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}
MAX_PART = 20 * 1024 * 1024  # uncompressed bytes for any one XML part
MAX_RATIO = 200  # uncompressed / compressed: beyond this a part is a zip bomb

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _read_part(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART or (
        info.compress_size
        and info.file_size / info.compress_size > MAX_RATIO
        and info.file_size > 1_000_000
    ):
        raise ParseError(f"DOCX part {name} expands too far (a zip bomb?)")
    with zf.open(info) as fh:
        data = fh.read(MAX_PART + 1)
    if len(data) > MAX_PART:
        raise ParseError(f"DOCX part {name} is larger than its header says (a zip bomb?)")
    return data


def _xml(data: bytes | None, name: str) -> etree._Element | None:
    if data is None:
        return None
    if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data[:65536]:
        raise ParseError(f"DOCX part {name} declares XML entities (not allowed in Word files)")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"DOCX part {name} is not well-formed XML ({exc})") from None


MAX_HEADER_PARTS = 12
MAX_HEADER_BYTES = 512 * 1024


def _roman(n: int) -> str:
    if not 0 < n < 4000:  # a list "starting" at 10**12 is a number, not a loop of Ms
        return str(n)
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class Numbering:
    """Word's automatic list numbers: counters per list (numId) and level."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None):
        self.levels: dict[str, dict[int, dict[str, str | int]]] = {}
        self.num_to_abstract: dict[str, str] = {}
        self.overrides: dict[tuple[str, int], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        self.style_based: dict[str, str] = {}
        self.style_names: dict[str, str] = {}
        self.style_bold: set[str] = set()
        if numbering is not None:
            for ab in numbering.iter(_w("abstractNum")):
                aid = ab.get(_w("abstractNumId"))
                lv: dict[int, dict[str, str | int]] = {}
                for lvl in ab.iter(_w("lvl")):
                    ilvl = int(lvl.get(_w("ilvl"), "0"))
                    start = lvl.find("w:start", NS)
                    fmt = lvl.find("w:numFmt", NS)
                    text = lvl.find("w:lvlText", NS)
                    lv[ilvl] = {
                        "start": int(start.get(_w("val"))) if start is not None else 1,
                        "fmt": fmt.get(_w("val")) if fmt is not None else "decimal",
                        "text": text.get(_w("val")) if text is not None else f"%{ilvl + 1}.",
                    }
                self.levels[aid] = lv
            for num in numbering.iter(_w("num")):
                nid = num.get(_w("numId"))
                ab = num.find("w:abstractNumId", NS)
                if ab is not None:
                    self.num_to_abstract[nid] = ab.get(_w("val"))
                for ov in num.iter(_w("lvlOverride")):
                    so = ov.find("w:startOverride", NS)
                    if so is not None:
                        self.overrides[(nid, int(ov.get(_w("ilvl"), "0")))] = int(so.get(_w("val")))
        if styles is not None:
            for st in styles.iter(_w("style")):
                sid = st.get(_w("styleId"))
                name = st.find("w:name", NS)
                self.style_names[sid] = (name.get(_w("val")) if name is not None else sid) or sid
                based = st.find("w:basedOn", NS)
                if based is not None:
                    self.style_based[sid] = based.get(_w("val"))
                num_pr = st.find("w:pPr/w:numPr", NS)
                if num_pr is not None:
                    nid = num_pr.find("w:numId", NS)
                    ilvl = num_pr.find("w:ilvl", NS)
                    if nid is not None:
                        self.style_num[sid] = (
                            nid.get(_w("val")),
                            int(ilvl.get(_w("val"))) if ilvl is not None else 0,
                        )
                b = st.find("w:rPr/w:b", NS)
                if b is not None and b.get(_w("val"), "true") not in ("0", "false"):
                    self.style_bold.add(sid)

    def style_chain(self, sid: str | None) -> list[str]:
        chain: list[str] = []
        while sid and sid not in chain and len(chain) < 20:
            chain.append(sid)
            sid = self.style_based.get(sid)
        return chain

    def num_pr(self, p: etree._Element, style: str | None) -> tuple[str, int] | None:
        num_pr = p.find("w:pPr/w:numPr", NS)
        if num_pr is not None:
            nid = num_pr.find("w:numId", NS)
            ilvl = num_pr.find("w:ilvl", NS)
            inherited = next(
                (self.style_num[s] for s in self.style_chain(style) if s in self.style_num), None
            )
            num_id = (
                nid.get(_w("val")) if nid is not None else (inherited[0] if inherited else None)
            )
            level = (
                int(ilvl.get(_w("val"))) if ilvl is not None else (inherited[1] if inherited else 0)
            )
            return (num_id, level) if num_id else None
        for s in self.style_chain(style):
            if s in self.style_num:
                return self.style_num[s]
        return None

    def label(self, num_id: str, ilvl: int) -> str | None:
        if num_id == "0":
            return None  # numbering switched off on this paragraph
        levels = self.levels.get(self.num_to_abstract.get(num_id, ""), {})
        if ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        start = self.overrides.get((num_id, ilvl), int(levels[ilvl]["start"]))
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if levels[ilvl]["fmt"] == "bullet":
            return "•"
        text = str(levels[ilvl]["text"])

        def repl(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl = levels.get(k, {"fmt": "decimal", "start": 1})
            return _format(counters.get(k, int(lvl["start"])), str(lvl["fmt"]))

        return re.sub(r"%(\d)", repl, text).strip() or None


class _Place(TypedDict):
    """Where a paragraph stands: in a table's cell or not (Block's fields)."""

    row: int | None
    table: int | None
    cell: int | None
    where: str


class _Reader:
    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        self.numbering = Numbering(
            _xml(_read_part(zf, "word/numbering.xml"), "numbering.xml"),
            _xml(_read_part(zf, "word/styles.xml"), "styles.xml"),
        )
        rels = _xml(_read_part(zf, "word/_rels/document.xml.rels"), "document.xml.rels")
        self.rels: dict[str, str] = {}
        if rels is not None:
            for rel in rels:
                self.rels[rel.get("Id", "")] = rel.get("Target", "")
        self.links: list[str] = []
        self.blocks: list[Block] = []
        self.row = 0
        self.table = 0
        self.cell = 0

    def _run_bold(self, r: etree._Element, para_bold: bool) -> bool:
        b = r.find("w:rPr/w:b", NS)
        if b is not None:
            return b.get(_w("val"), "true") not in ("0", "false")
        rs = r.find("w:rPr/w:rStyle", NS)
        if rs is not None and any(
            s in self.numbering.style_bold for s in self.numbering.style_chain(rs.get(_w("val")))
        ):
            return True
        return para_bold

    def paragraph(
        self,
        p: etree._Element,
        *,
        row: int | None = None,
        table: int | None = None,
        cell: int | None = None,
    ) -> None:
        ps = p.find("w:pPr/w:pStyle", NS)
        style = ps.get(_w("val")) if ps is not None else None
        chain = self.numbering.style_chain(style)
        names = [self.numbering.style_names.get(s, s).lower() for s in chain]
        heading = any(n.startswith(("heading", "title")) for n in names) or any(
            s.lower().startswith(("heading", "title")) for s in chain
        )
        para_bold = any(s in self.numbering.style_bold for s in chain)
        runs: list[tuple[str, bool]] = []
        for el in p.iter(_w("r"), _w("hyperlink"), _w("instrText")):
            if el.tag == _w("hyperlink"):
                rid = el.get(f"{{{R}}}id")
                if rid and rid in self.rels:
                    self.links.append(clean_url(self.rels[rid]))
                continue
            if el.tag == _w("instrText"):
                m = re.search(r'HYPERLINK\s+"([^"]+)"', el.text or "")
                if m:
                    self.links.append(clean_url(m.group(1)))
                continue
            bold = self._run_bold(el, para_bold)
            for child in el:
                if child.tag == _w("t"):
                    runs.append((child.text or "", bold))
                elif child.tag == _w("tab"):
                    runs.append((" ", bold))
                elif child.tag in (_w("br"), _w("cr")):
                    runs.append(("\n", bold))
                elif child.tag == _w("noBreakHyphen"):
                    runs.append(("-", bold))
        text = "".join(t for t, _ in runs).replace("\u00ad", "")
        text = "\n".join(re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")).strip()
        self.links.extend(find_urls([text]))
        num = self.numbering.num_pr(p, style)
        label = self.numbering.label(*num) if num else None
        if not text:
            return
        kind = "heading" if heading else "cell" if row is not None else "item" if label else "para"
        bold_text = re.sub(r"\s+", " ", "".join(t for t, b in runs if b)).strip()
        strong = heading or (bold_text != "" and bold_text == re.sub(r"\s+", " ", text))
        lead = bold_lead(runs)
        kw = _Place(row=row, table=table, cell=cell, where=f"table {table}" if table else "")
        if (
            not strong
            and len(lead) >= BOLD_LEAD_MIN
            and text.startswith(lead)
            and text[len(lead) :].strip()
        ):
            self.blocks.append(Block(text=lead, kind=kind, strong=True, label=label, **kw))
            self.blocks.append(
                Block(text=text[len(lead) :].strip(), kind="cell" if row else "para", **kw)
            )
            return
        self.blocks.append(Block(text=text, kind=kind, strong=strong, label=label, **kw))

    def body(
        self,
        el: etree._Element,
        row: int | None = None,
        table: int | None = None,
        cell: int | None = None,
    ) -> None:
        for child in el:
            if child.tag == _w("p"):
                self.paragraph(child, row=row, table=table, cell=cell)
            elif child.tag == _w("tbl"):
                self.table += 1
                tid = self.table
                # A cell merged down over several rows (one answer for questions 4 and 5)
                # reads as that answer in each of its rows.
                merged: dict[int, list[Block]] = {}
                for tr in child.findall("w:tr", NS):
                    self.row += 1
                    rid = self.row
                    col = 0
                    for tc in tr.findall("w:tc", NS):
                        self.cell += 1
                        before = len(self.blocks)
                        vmerge = tc.find("w:tcPr/w:vMerge", NS)
                        if vmerge is not None and vmerge.get(_w("val")) in (None, "continue"):
                            self.blocks.extend(
                                replace(b, row=rid, cell=self.cell) for b in merged.get(col, [])
                            )
                        else:
                            self.body(tc, row=rid, table=tid, cell=self.cell)
                            if vmerge is not None:
                                merged[col] = self.blocks[before:]
                        _merge_number_cell(self.blocks, before)
                        span = tc.find("w:tcPr/w:gridSpan", NS)
                        col += int(span.get(_w("val"), "1")) if span is not None else 1
            elif child.tag in (_w("sdt"), _w("customXml"), _w("smartTag")):
                content = child.find("w:sdtContent", NS)
                self.body(content if content is not None else child, row, table, cell)


def _merge_number_cell(blocks: list[Block], start: int) -> None:
    """A cell holding only '1' or 'Q1' labels the next cell in the row, where it opens the
    row (No. | Question | Answer); further in, a number is a figure ("2019/20 | 14 | 6")."""
    if start >= 1 and len(blocks) > start:
        prev = blocks[start - 1]
        first = blocks[start]
        opens = start < 2 or blocks[start - 2].row != prev.row
        if prev.row == first.row and opens and NUMBER_CELL.fullmatch(prev.text):
            first.label = prev.text
            del blocks[start - 1]


def read_docx(data: bytes) -> Document:
    try:
        return _read_docx(data)
    except ParseError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        ValueError,
        EOFError,
        OSError,
        KeyError,
        NotImplementedError,
    ) as exc:
        raise ParseError(f"damaged DOCX ({exc.__class__.__name__}: {exc})") from None


def _read_docx(data: bytes) -> Document:
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise ParseError("not a valid DOCX (not a zip archive)") from None
    with zf:
        total = sum(i.file_size for i in zf.infolist())
        if total > 40 * MAX_PART:
            raise ParseError("DOCX expands to more than 800 MB (a zip bomb?)")
        reader = _Reader(zf)
        doc = _xml(_read_part(zf, "word/document.xml"), "document.xml")
        if doc is None:
            raise ParseError("DOCX has no word/document.xml")
        body = doc.find("w:body", NS)
        if body is None:
            raise ParseError("DOCX document.xml has no body")
        reader.body(body)
        furniture: list[Block] = []
        parts = sorted(n for n in zf.namelist() if re.fullmatch(r"word/(header|footer)\d*\.xml", n))
        # Letterheads live in a few small parts; 40 large ones are an attack, not a letter.
        for name in parts[:MAX_HEADER_PARTS]:
            if zf.getinfo(name).file_size > MAX_HEADER_BYTES:
                continue
            part = _xml(_read_part(zf, name), name)
            if part is not None:
                text = " ".join(t.text or "" for t in part.iter(_w("t"))).strip()
                if text:
                    furniture.append(Block(text=re.sub(r"\s+", " ", text), kind="furniture"))
        core = _xml(_read_part(zf, "docProps/core.xml"), "core.xml")
        meta = {}
        if core is not None:
            for el in core:
                if isinstance(el.tag, str) and el.text:
                    meta[etree.QName(el).localname] = el.text.strip()
    return Document(
        format="docx", blocks=reader.blocks + furniture, links=unique(reader.links), meta=meta
    )
