"""Find the list of disclosures on a log page, however the CMS draws it.

A listing is a group of links that repeat: the same place in the page (their DOM path, with
the classes that vary from row to row left out) and the same kind of address (their URL
shape: /foi/disclosure-log/{slug}, /directory_record/{n}/{slug}, DisclosureDetail.aspx?id).
Groups are scored by how many distinct items they hold, how many have a date or a reference
number beside them, how long their titles are and whether they sit in the page's content.
Menus, footers, pagers and filters are left out. Each item keeps its "row" (the largest
element around it that holds no other item) for the dates, reference and files beside it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import mean
from urllib.parse import parse_qsl, urlsplit

from crawler.dom import (
    CONTROL_PARAMS,
    SEARCH_PARAMS,
    Element,
    in_content,
    is_chrome,
    is_file_url,
    label_of,
    links,
    text_of,
)
from crawler.pagefacts import DOC_PATH, dates_in, latest_date, reference_in

# Pager, A-Z and "read more" links: never an item's title.
CONTROL_TEXT = re.compile(
    r"^(?:\d+|[a-z0-9]|[a-z]\s*-\s*[a-z]|next|prev(?:ious)?|first|last|older|newer|back|top|"
    r"home|more|read more|view|view all|show all|(?:load|show|view) more|[^\w\s]+|"
    r"next\W.*|prev(?:ious)?\W.*|.*[‹›«»]\s*)$",
    re.I,
)
# Classes that differ between rows of one listing (odd/even, views-row-3, is-active).
VARYING = re.compile(r"\d|^(?:odd|even|first|last|active|current|selected|is-.+|js-.+)$", re.I)
DEPTH = 8  # ancestors in a DOM signature: enough to tell the listing from a menu
MIN_ITEMS = 3
MIN_SCORE = 3.0  # three long titles in the page's content; a short menu of six scores less
DATE_LABEL_WORDS = re.compile(
    r"\b(?:foi|eir|freedom of information|disclosure|disclosures|log|logs|responses?|requests?|"
    r"published|archive|month|for|of|in|and)\b|[^\w]+",
    re.I,
)
PAGE_SUFFIX = re.compile(r"\.(?:aspx?|php|jsp|cfm|html?)$", re.I)


@dataclass(frozen=True)
class Entry:
    """One disclosure of a listing."""

    url: str
    title: str
    published: str | None = None  # the latest date beside it, as written
    month: str | None = None  # that date as YYYY-MM
    reference: str | None = None
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pattern:
    """What a listing's items look like, to find them again on its other pages and in the
    site's search results."""

    shape: str
    signature: str


@dataclass
class Listing:
    pattern: Pattern | None
    entries: list[Entry]


@dataclass
class _Link:
    a: Element
    url: str
    label: str
    signature: str
    shape: str


def _node(el: Element) -> str:
    kept = sorted(c for c in (el.get("class") or "").split() if not VARYING.search(c))
    return ".".join([el.tag, *kept]) if isinstance(el.tag, str) else ""


def signature(a: Element) -> str:
    """The element's place in the page: tags and stable classes of its nearest ancestors."""
    nodes = [_node(x) for x in list(a.iterancestors())[:DEPTH]]
    return "/".join(reversed([n for n in nodes if n])) + "/a"


def url_shape(url: str) -> str:
    """The kind of address: numbers and the last path segment generalised, query values
    dropped. Items of one listing share it; the pager, menus and filters do not."""
    parts = urlsplit(url)
    segments = parts.path.split("/")
    last = max((i for i, s in enumerate(segments) if s), default=-1)
    out = []
    for i, seg in enumerate(segments):
        if seg.isdigit():
            out.append("{n}")
        elif i == last:
            if is_file_url(url):
                out.append("{file}")
            elif parts.query and PAGE_SUFFIX.search(seg):
                out.append(seg)  # DisclosureDetail.aspx?id=12: the query names the item
            else:
                out.append("{slug}")
        elif re.search(r"\d", seg):
            out.append("{slug}")
        else:
            out.append(seg)
    keys = sorted({k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    query = "?" + "&".join(keys) if keys else ""
    return (parts.hostname or "") + "/".join(out) + query


def is_control(url: str, page_url: str) -> bool:
    """A link back to this page that only pages, sorts, filters or searches it: the query
    values it changes are all of that kind (an item at ?id=12 of the same path is not)."""
    a, b = urlsplit(url), urlsplit(page_url)
    if (a.hostname, a.path.rstrip("/")) != (b.hostname, b.path.rstrip("/")):
        return False
    mine = {k.lower(): v for k, v in parse_qsl(a.query, keep_blank_values=True)}
    page = {k.lower(): v for k, v in parse_qsl(b.query, keep_blank_values=True)}
    changed = {k for k in mine if page.get(k) != mine[k]}
    return changed <= CONTROL_PARAMS | SEARCH_PARAMS


def _candidates(root: Element, page_url: str) -> list[_Link]:
    out = []
    for a, url in links(root, page_url):
        label = label_of(a)
        if not label or CONTROL_TEXT.match(label) or is_control(url, page_url):
            continue
        if is_chrome(a):
            continue
        out.append(_Link(a, url, label, signature(a), url_shape(url)))
    return out


def _first_per_url(items: list[_Link]) -> list[_Link]:
    seen: dict[str, _Link] = {}
    for item in items:
        seen.setdefault(item.url, item)
    return list(seen.values())


def _rows(items: list[_Link]) -> list[Element]:
    """Each item's row: climb from the link while the ancestor holds no other item."""
    counts: Counter[Element] = Counter()
    for item in items:
        counts.update(item.a.iterancestors())
    rows = []
    for item in items:
        row = item.a
        for anc in item.a.iterancestors():
            if counts[anc] != 1 or anc.tag in ("body", "html"):
                break
            row = anc
        rows.append(row)
    return rows


def _heading_date(row: Element, rows: set[Element]) -> tuple[str, str] | None:
    """A date from the heading a row stands under ("November 2025"), for logs grouped by
    month; never from another row's title."""
    for heading in row.xpath(
        "preceding::*[self::h2 or self::h3 or self::h4 or self::h5 or self::caption][1]"
    ):
        if not any(anc in rows for anc in heading.iterancestors()) and heading not in rows:
            return latest_date(text_of(heading))
    return None


def _title_date(title: str) -> tuple[str, str] | None:
    """A title that is nothing but a date ("January 2026", "Disclosure log - March 2024"): a
    month's page. A real title's date ("Review of September 2022") is never the item's."""
    date = latest_date(title)
    if date and len(DATE_LABEL_WORDS.sub(" ", title.replace(date[1], " ")).strip()) <= 2:
        return date
    return None


def _entry(item: _Link, row: Element, rows: set[Element], page_url: str) -> Entry:
    rest = text_of(row).replace(item.label, " ", 1) if row is not item.a else ""
    stamps = [t.get("datetime", "") for t in row.iter("time") if dates_in(t.get("datetime", ""))]
    found = [d for d in (latest_date(rest), *(latest_date(s) for s in stamps)) if d]
    date = max(found) if found else (_title_date(item.label) or _heading_date(row, rows))
    files: list[str] = []
    if not is_file_url(item.url) and row is not item.a:
        files = [
            url
            for _, url in links(row, page_url)
            if url != item.url and (is_file_url(url) or DOC_PATH.search(url))
        ]
    return Entry(
        url=item.url,
        title=item.label[:300],
        published=date[1] if date else None,
        month=date[0] if date else None,
        reference=reference_in(rest) or reference_in(item.label),
        attachments=tuple(dict.fromkeys(files)),
    )


def _entries(items: list[_Link], page_url: str) -> list[Entry]:
    items = _first_per_url(items)
    rows = _rows(items)
    row_set = set(rows)
    return [_entry(item, row, row_set, page_url) for item, row in zip(items, rows, strict=True)]


def _score(entries: list[Entry], items: list[_Link]) -> float:
    evidence = sum(1 for e in entries if e.month or e.reference) / len(entries)
    length = mean(min(len(e.title), 40) for e in entries) / 40
    content = mean(1.0 if in_content(i.a) else 0.0 for i in items)
    return len(entries) * (1 + 2 * evidence) * length * (1 + content)


def find_listing(
    root: Element, page_url: str, pattern: Pattern | None = None, min_items: int = MIN_ITEMS
) -> Listing:
    """The listing of a page. With a `pattern` learnt on the log's first page, its items are
    found again by their URL shape (on the next pages and in search results, however few)."""
    candidates = _candidates(root, page_url)
    if pattern is not None:
        same = [c for c in candidates if c.shape == pattern.shape]
        if same:
            return Listing(pattern, _entries(same, page_url))
    groups: dict[tuple[str, str], list[_Link]] = defaultdict(list)
    for c in candidates:
        groups[(c.signature, c.shape)].append(c)
    best: tuple[float, Listing] | None = None
    for (sig, shape), items in groups.items():
        items = _first_per_url(items)
        if len(items) < min_items:
            continue
        entries = _entries(items, page_url)
        score = _score(entries, items)
        if score >= MIN_SCORE and (best is None or score > best[0]):
            best = (score, Listing(Pattern(shape, sig), entries))
    return best[1] if best else Listing(pattern, [])


def entries_for(selected: list[Element], page_url: str) -> list[Entry]:
    """Entries for the elements a sources row's CSS selector chose (the override): the
    links they are or hold."""
    items = [
        _Link(a, url, label_of(a), "", "") for el in selected for a, url in links(el, page_url)
    ]
    return _entries(items, page_url) if items else []
