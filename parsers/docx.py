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

from lxml import etree

from parsers.docxnumbering import NS, Numbering, R, wtag
from parsers.docxnumbering import _format as _format  # (tests/test_hostile_parse.py)
from parsers.markup import merge_number_cell, paragraph_blocks
from parsers.model import Block, Document, ParseError
from parsers.urls import clean_url, find_urls, unique

MAX_PART = 20 * 1024 * 1024  # uncompressed bytes for any one XML part
MAX_RATIO = 200  # uncompressed / compressed: beyond this a part is a zip bomb

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


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
            return b.get(wtag("val"), "true") not in ("0", "false")
        rs = r.find("w:rPr/w:rStyle", NS)
        if rs is not None and any(
            s in self.numbering.style_bold for s in self.numbering.style_chain(rs.get(wtag("val")))
        ):
            return True
        return para_bold

    def _runs(self, p: etree._Element, para_bold: bool) -> list[tuple[str, bool]]:
        """A paragraph's text as (text, is_bold) runs; the links it holds noted."""
        runs: list[tuple[str, bool]] = []
        for el in p.iter(wtag("r"), wtag("hyperlink"), wtag("instrText")):
            if el.tag == wtag("hyperlink"):
                rid = el.get(f"{{{R}}}id")
                if rid and rid in self.rels:
                    self.links.append(clean_url(self.rels[rid]))
                continue
            if el.tag == wtag("instrText"):
                m = re.search(r'HYPERLINK\s+"([^"]+)"', el.text or "")
                if m:
                    self.links.append(clean_url(m.group(1)))
                continue
            bold = self._run_bold(el, para_bold)
            for child in el:
                if child.tag == wtag("t"):
                    runs.append((child.text or "", bold))
                elif child.tag == wtag("tab"):
                    runs.append((" ", bold))
                elif child.tag in (wtag("br"), wtag("cr")):
                    runs.append(("\n", bold))
                elif child.tag == wtag("noBreakHyphen"):
                    runs.append(("-", bold))
        return runs

    def paragraph(
        self,
        p: etree._Element,
        *,
        row: int | None = None,
        table: int | None = None,
        cell: int | None = None,
    ) -> None:
        ps = p.find("w:pPr/w:pStyle", NS)
        style = ps.get(wtag("val")) if ps is not None else None
        chain = self.numbering.style_chain(style)
        names = [self.numbering.style_names.get(s, s).lower() for s in chain]
        heading = any(n.startswith(("heading", "title")) for n in names) or any(
            s.lower().startswith(("heading", "title")) for s in chain
        )
        runs = self._runs(p, any(s in self.numbering.style_bold for s in chain))
        text = "".join(t for t, _ in runs).replace("\u00ad", "")
        text = "\n".join(re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")).strip()
        self.links.extend(find_urls([text]))
        num = self.numbering.num_pr(p, style)
        label = self.numbering.label(*num) if num else None
        if not text:
            return
        kind = "heading" if heading else "cell" if row is not None else "item" if label else "para"
        where = f"table {table}" if table else ""
        # (a bold question and its answer in one paragraph: two blocks)
        self.blocks += paragraph_blocks(
            text,
            runs,
            kind,
            strong=heading,
            fold=_fold,
            tidy=str.strip,
            rest_kind="cell" if row else "para",
            label=label,
            row=row,
            table=table,
            cell=cell,
            where=where,
        )

    def body(
        self,
        el: etree._Element,
        row: int | None = None,
        table: int | None = None,
        cell: int | None = None,
    ) -> None:
        for child in el:
            if child.tag == wtag("p"):
                self.paragraph(child, row=row, table=table, cell=cell)
            elif child.tag == wtag("tbl"):
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
                        if vmerge is not None and vmerge.get(wtag("val")) in (None, "continue"):
                            self.blocks.extend(
                                replace(b, row=rid, cell=self.cell) for b in merged.get(col, [])
                            )
                        else:
                            self.body(tc, row=rid, table=tid, cell=self.cell)
                            if vmerge is not None:
                                merged[col] = self.blocks[before:]
                        merge_number_cell(self.blocks, before)
                        span = tc.find("w:tcPr/w:gridSpan", NS)
                        col += int(span.get(wtag("val"), "1")) if span is not None else 1
            elif child.tag in (wtag("sdt"), wtag("customXml"), wtag("smartTag")):
                content = child.find("w:sdtContent", NS)
                self.body(content if content is not None else child, row, table, cell)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)


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
                text = " ".join(t.text or "" for t in part.iter(wtag("t"))).strip()
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
