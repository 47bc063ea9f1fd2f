"""Small helpers over an lxml tree (a Scrapy response's `selector.root`): text, site
furniture, usable links. Shared by the listing, pagination, search and item-page readers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from parsel import Selector

Element = Any  # an lxml element (lxml.etree._Element or lxml.html.HtmlElement)

# Site furniture: links in these are menus, footers and breadcrumbs, never a listing.
CHROME_TAGS = {"nav", "aside"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menubar", "menu"}
CHROME_CLASS = re.compile(
    r"breadcrumb|skip-?link|cookie|consent|masthead|site-header|site-footer|global-header|"
    r"global-footer|social|share-?(?:bar|links|buttons)|(?:^|[\s_-])(?:menu|menubar|nav|navbar|navigation|topnav|"
    r"sidebar)(?:$|[\s_-])",
    re.I,
)
CONTENT_TAGS = {"main", "article"}
# Query parameters that carry a search's words, and those that page or sort a listing.
SEARCH_PARAMS = {
    "q", "query", "search", "searchtext", "search_text", "searchterm", "search_term", "keys",
    "keyword", "keywords", "term", "terms", "text", "fulltext", "search_api_fulltext",
    "combine", "s", "k", "kw", "freetext", "free_text", "searchstring", "title", "subject",
}  # fmt: skip
CONTROL_PARAMS = {
    "page", "p", "pg", "paged", "pagenumber", "pageindex", "start", "offset", "from", "skip",
    "sort", "sortby", "sort_by", "sorttype", "order", "orderby", "dir", "direction", "view",
    "letter", "per_page", "items_per_page", "pagesize", "limit", "year", "month", "category",
}  # fmt: skip
FILE_EXT = {"pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "rtf", "csv", "txt", "eml", "msg"}


def tree(html: str | bytes, url: str = "") -> Element:
    """The lxml root of a page, as a Scrapy response gives it (for tests and tools)."""
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    return Selector(text=text, base_url=url or None).root


def text_of(el: Element) -> str:
    """The visible text of an element, whitespace squashed; text nodes are kept apart
    ("Date responded:</span> 19/05/2026</p><p>Fly" must not run into "2026Fly")."""
    return " ".join(" ".join(el.itertext()).split()) if el is not None else ""


def label_of(a: Element) -> str:
    """What a link says: its text, else its aria-label, title or image alt."""
    text = text_of(a)
    if text:
        return text
    for attr in ("aria-label", "title"):
        if a.get(attr):
            return " ".join(a.get(attr).split())
    alts = [img.get("alt", "") for img in a.iter("img")]
    return " ".join(" ".join(alts).split())


def classes(el: Element) -> str:
    return " ".join(str(el.get(a, "")) for a in ("class", "id", "role"))


def in_content(el: Element) -> bool:
    return any(
        a.tag in CONTENT_TAGS or a.get("role") == "main" for a in el.iterancestors() if _tag(a)
    )


def is_chrome(el: Element) -> bool:
    """Inside a menu, header, footer, sidebar or breadcrumb of the site (not of an article)."""
    content = in_content(el)
    for a in el.iterancestors():
        tag = _tag(a)
        if not tag:
            continue
        if tag in CHROME_TAGS or a.get("role") in CHROME_ROLES:
            return True
        if tag in ("header", "footer") and not content:
            return True
        if CHROME_CLASS.search(classes(a)):
            return True
    return False


def _tag(el: Element) -> str:
    return el.tag if isinstance(el.tag, str) else ""


def absolute(href: str | None, base: str) -> str | None:
    """The link made absolute, without its fragment, if it is http(s); else None
    (javascript: postbacks, mailto:, tel:, same-page anchors)."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    try:
        url = urljoin(base, href)
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urlunsplit(parts._replace(fragment=""))


def links(root: Element, base: str) -> Iterator[tuple[Element, str]]:
    """Every <a href> with its absolute http(s) URL."""
    for a in root.iter("a"):
        url = absolute(a.get("href"), base)
        if url is not None:
            yield a, url


def extension(url: str) -> str:
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


def is_file_url(url: str) -> bool:
    """A document (PDF, Word, spreadsheet...) by its name, not a web page."""
    return extension(url) in FILE_EXT


def same_host(a: str, b: str) -> bool:
    host_a = (urlsplit(a).hostname or "").removeprefix("www.")
    return host_a == (urlsplit(b).hostname or "").removeprefix("www.")
