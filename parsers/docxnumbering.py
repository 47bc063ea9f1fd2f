"""Word's automatic list numbers ("1.", "(a)", "iv."), computed as Word computes them from
numbering.xml and styles.xml: a counter per list (numId) and level, started, overridden and
inherited through paragraph styles."""

from __future__ import annotations

import re

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}


def wtag(tag: str) -> str:
    return f"{{{W}}}{tag}"


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
            for ab in numbering.iter(wtag("abstractNum")):
                aid = ab.get(wtag("abstractNumId"))
                lv: dict[int, dict[str, str | int]] = {}
                for lvl in ab.iter(wtag("lvl")):
                    ilvl = int(lvl.get(wtag("ilvl"), "0"))
                    start = lvl.find("w:start", NS)
                    fmt = lvl.find("w:numFmt", NS)
                    text = lvl.find("w:lvlText", NS)
                    lv[ilvl] = {
                        "start": int(start.get(wtag("val"))) if start is not None else 1,
                        "fmt": fmt.get(wtag("val")) if fmt is not None else "decimal",
                        "text": text.get(wtag("val")) if text is not None else f"%{ilvl + 1}.",
                    }
                self.levels[aid] = lv
            for num in numbering.iter(wtag("num")):
                nid = num.get(wtag("numId"))
                ab = num.find("w:abstractNumId", NS)
                if ab is not None:
                    self.num_to_abstract[nid] = ab.get(wtag("val"))
                for ov in num.iter(wtag("lvlOverride")):
                    so = ov.find("w:startOverride", NS)
                    if so is not None:
                        self.overrides[(nid, int(ov.get(wtag("ilvl"), "0")))] = int(
                            so.get(wtag("val"))
                        )
        if styles is not None:
            for st in styles.iter(wtag("style")):
                sid = st.get(wtag("styleId"))
                name = st.find("w:name", NS)
                self.style_names[sid] = (name.get(wtag("val")) if name is not None else sid) or sid
                based = st.find("w:basedOn", NS)
                if based is not None:
                    self.style_based[sid] = based.get(wtag("val"))
                num_pr = st.find("w:pPr/w:numPr", NS)
                if num_pr is not None:
                    nid = num_pr.find("w:numId", NS)
                    ilvl = num_pr.find("w:ilvl", NS)
                    if nid is not None:
                        self.style_num[sid] = (
                            nid.get(wtag("val")),
                            int(ilvl.get(wtag("val"))) if ilvl is not None else 0,
                        )
                b = st.find("w:rPr/w:b", NS)
                if b is not None and b.get(wtag("val"), "true") not in ("0", "false"):
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
                nid.get(wtag("val")) if nid is not None else (inherited[0] if inherited else None)
            )
            level = (
                int(ilvl.get(wtag("val")))
                if ilvl is not None
                else (inherited[1] if inherited else 0)
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
