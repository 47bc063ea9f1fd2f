"""Web pages: the main content only, with lists, tables, headings and links kept."""

from __future__ import annotations

import re
from typing import Unpack
from urllib.parse import urljoin, urlparse

import lxml.html
from lxml import etree

from parsers.alaveteli import is_thread_page, read_thread_page
from parsers.detect import decode_text
from parsers.markup import element_text, merge_number_cells, paragraph_blocks
from parsers.model import Block, Document, ParseError, Placement
from parsers.thread import message_blocks
from parsers.urls import URL, clean_url, unique

DROP_TAGS = {
    "script", "style", "noscript", "template", "svg", "form", "input", "select",
    "iframe", "nav", "footer", "aside", "head", "dialog", "label",
}  # fmt: skip
# Site furniture by class, id, role or aria-label.
FURNITURE = re.compile(
    r"cookie|consent|bread-?crumb|\bcrumbs?\b|skip|feedback|related|share|social|sidebar|masthead|"
    r"site-header|alert-banner|banner|navigation|\bnav\b|menu|search|page-actions|print|"
    r"was-this|helpful|rating|subscribe|newsletter|back-to-top|contentinfo",
    re.I,
)
MAIN_XPATHS = (
    "//main",
    "//*[@role='main']",
    "//article",
    "//*[@id='content' or @id='main-content' or @id='main']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' content ')]",
)
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dl", "dt",
    "dd", "pre", "header", "address", "figure", "figcaption", "center", "hr", "details",
    "summary", "form",
}  # fmt: skip
# An accordion's button and a <summary> label the section they open: read them as bold.
STRONG = {"strong", "b", "summary", "button"}
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _is_furniture(el: etree._Element) -> bool:
    attrs = " ".join(el.get(a, "") for a in ("class", "id", "role", "aria-label"))
    return bool(attrs.strip()) and FURNITURE.search(attrs) is not None


def _is_link_list(el: etree._Element) -> bool:
    """A list whose every item is only a short link ("Home", "Council and democracy", ...): the
    site's navigation or breadcrumb, whatever its class, not a numbered answer."""
    if el.tag not in ("ol", "ul"):
        return False
    items = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
    if len(items) < 2:
        return False
    for li in items:
        text = " ".join("".join(li.itertext()).split())
        link = " ".join("".join(a.itertext()) for a in li.iter("a"))
        if not text or len(text.split()) > 6 or " ".join(link.split()) != text:
            # (the last crumb, the page itself, is often plain text)
            if li is not items[-1] or len(text.split()) > 6:
                return False
    return True


def _list_label(ol: etree._Element, index: int) -> str:
    raw = (ol.get("start") or "1").strip()
    start = int(raw) if raw.isdigit() and len(raw) < 7 else 1
    n = start + index
    kind = ol.get("type", "1")
    if kind in ("a", "A") and 0 < n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"{letter.upper() if kind == 'A' else letter}."
    return f"{n}."


class _Walker:
    def __init__(self, base_url: str | None):
        self.blocks: list[Block] = []
        self.links: list[str] = []
        self.base = base_url
        self.row = 0
        self.table = 0
        self.cell = 0

    def href(self, a: etree._Element) -> None:
        href = (a.get("href") or "").strip()
        try:
            if (
                self.base
                and href
                and not href.startswith(("http:", "https:", "mailto:", "#", "javascript:"))
            ):
                href = urljoin(self.base, href)
            if urlparse(href).scheme in ("http", "https"):
                self.links.append(clean_url(href))
        except ValueError:
            pass  # a malformed href (a broken IPv6 host, say) is not a link

    def visible(self, text: str) -> None:
        """URLs printed in the text, in reading order with the hrefs around them."""
        self.links.extend(clean_url(m.group(0)) for m in URL.finditer(text))

    def inline(self, el: etree._Element, parts: list[tuple[str, bool]], strong: bool) -> None:
        """Collect inline text as (text, is_bold) runs; <br> becomes a newline."""
        if el.text:
            parts.append((el.text, strong))
            self.visible(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "br":
                parts.append(("\n", strong))
            elif child.tag in BLOCK_TAGS:
                pass  # handled by walk()
            else:
                if child.tag == "a":
                    self.href(child)
                self.inline(child, parts, strong or child.tag in STRONG)
            if child.tail:
                parts.append((child.tail, strong))
                self.visible(child.tail)

    def plain_text(self, el: etree._Element, quote: bool, text: str | None = None) -> None:
        parts: list[tuple[str, bool]] = []
        self.inline(el, parts, False)  # (its links, too)
        if text is None:
            text = "".join(t for t, _ in parts).replace("\r\n", "\n").replace("\r", "\n")
        for block in message_blocks(text.replace("\xa0", " ")):
            block.quote = block.quote or quote
            self.blocks.append(block)

    def emit(self, parts: list[tuple[str, bool]], kind: str, **kw: Unpack[Placement]) -> None:
        text = _squash("".join(t for t, _ in parts))
        if not text:
            return
        # (a bold question and its answer in one paragraph: two blocks)
        self.blocks += paragraph_blocks(
            text,
            parts,
            kind,
            strong=kind == "heading",
            fold=_squash,
            tidy=_squash,
            rest_kind="para",
            **kw,
        )

    def walk(
        self,
        el: etree._Element,
        *,
        label: str | None = None,
        row: int | None = None,
        table: int | None = None,
        cell: int | None = None,
        quote: bool = False,
    ) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("td", "th"):
            self.cell += 1
            cell = self.cell
        if tag in ("table",):
            self.table += 1
            table = self.table
        if tag == "tr":
            self.row += 1
            row = self.row
        if tag == "blockquote":
            quote = True
        if _preformatted(el) and table is None:
            # A letter or an email published as it was typed (<pre>, or white-space: pre):
            # its blank lines and hard line breaks are its paragraphs, read as a text file's.
            self.plain_text(el, quote)
            return
        if tag in ("p", "div") and table is None and (typed := _typed_lines(el)):
            # A paragraph of an email's lines kept by <br> (wrapped at one width, or "> "
            # quoting the request): its lines read as a text file's.
            self.plain_text(el, quote, typed)
            return
        kind = (
            "heading"
            if re.fullmatch(r"h[1-6]", tag)
            else "item"
            if tag == "li"
            else ("cell" if tag in ("td", "th") else "para")
        )
        parts: list[tuple[str, bool]] = []
        self.inline(el, parts, tag in STRONG)
        kw = Placement(label=label, row=row, table=table, cell=cell, quote=quote)
        # Direct inline text of this element (before its first block child) is one block.
        pending = parts
        emitted_own = False
        items = 0
        for child in el:
            if not isinstance(child.tag, str) or child.tag not in BLOCK_TAGS:
                continue
            child_label = None
            if not emitted_own:
                before = len(self.blocks)
                self.emit(pending, kind, **kw)
                emitted_own = True
                if len(self.blocks) == before:
                    child_label = label  # <li><p>answer</p></li>: the number goes to the <p>
            if child.tag == "li" and tag == "ol":
                child_label = _list_label(el, items)
            if child.tag == "li":
                items += 1
            self.walk(child, label=child_label, row=row, table=table, cell=cell, quote=quote)
            if child_label == label:
                label = None
        if not emitted_own:
            self.emit(pending, kind, **kw)


PRE_STYLE = re.compile(r"white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\b", re.I)


def _preformatted(el: etree._Element) -> bool:
    """Text laid out by its own line breaks, with no blocks inside (those are walked)."""
    if el.tag != "pre" and not PRE_STYLE.search(el.get("style") or ""):
        return False
    return not any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants())


def _page_form(el: etree._Element) -> bool:
    """A <form> around the whole page (ASP.NET Web Forms wraps every page in one), holding
    its title: the page, not a form to fill in."""
    return el.tag == "form" and el.find(".//h1") is not None


FINISHED = re.compile(r"[.?!:;]['\"’”)]?$")  # a line that ends its sentence


def _typed_lines(el: etree._Element) -> str | None:
    """The element's text where it is an email's lines kept by <br> (no block inside, and its
    lines quoted with "> " or wrapped mid-sentence); else None."""
    breaks = 0
    for d in el.iterdescendants():
        if isinstance(d.tag, str):
            if d.tag in BLOCK_TAGS:
                return None
            breaks += d.tag == "br"
    if not breaks:
        return None
    text = element_text(el)
    lines = [ln for ln in text.split("\n") if ln]
    if any(ln.startswith(">") for ln in lines):
        return text
    # Wrapped at one width: a third of its lines or more stop mid-sentence, the next going on
    # in lower case (a list of whole lines, a mail's From/Sent/To header, a signature: left
    # as they were).
    going_on = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if not FINISHED.search(a) and b[:1].islower()
    )
    return text if len(lines) >= 3 and going_on * 3 >= len(lines) - 1 else None


def _squash(text: str) -> str:
    text = text.replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def read_html(
    data: bytes | str, base_url: str | None = None, content_selector: str | None = None
) -> Document:
    text = data if isinstance(data, str) else decode_text(data, _declared_charset(data))
    # Control characters cannot live in an XML tree (lxml refuses them when editing it).
    text = CONTROL.sub("", text)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"unreadable HTML ({exc})") from None
    title = _squash(root.findtext(".//title") or "")
    if is_thread_page(root):
        return read_thread_page(root, title, [])
    for el in root.xpath("//comment() | //processing-instruction()"):
        if el.getparent() is not None:  # those outside <html> have no text to keep
            el.drop_tree()  # keeps the text that follows it
    main = None
    if content_selector:
        found = root.cssselect(content_selector)
        main = found[0] if found else None
    if main is None:
        for xp in MAIN_XPATHS:
            found = root.xpath(xp)
            if found:
                main = found[0]
                break
    if main is None:
        main = root.find("body") if root.find("body") is not None else root
    first_heading = next(
        (h.sourceline or 0 for h in main.iter("h1", "h2", "h3") if isinstance(h.tag, str)), None
    )
    for el in list(main.iter()):
        if el is main or not isinstance(el.tag, str):
            continue
        if (
            (el.tag in DROP_TAGS and not _page_form(el))
            or (el.tag == "header" and el.getparent() is not None and el.get("role") == "banner")
            or _is_furniture(el)
            # a breadcrumb above the page's title, whatever its class
            or (
                first_heading is not None
                and (el.sourceline or 0) < first_heading
                and _is_link_list(el)
            )
        ):
            el.drop_tree()
    walker = _Walker(base_url)
    walker.walk(main)
    blocks = merge_number_cells(walker.blocks)
    links = unique(walker.links)  # hrefs and visible URLs, in reading order
    furniture = [Block(text=title, kind="furniture")] if title else []
    return Document(format="html", blocks=blocks + furniture, links=links, meta={"title": title})


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None
