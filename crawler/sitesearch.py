"""The log's own search, as a URL template with {query}: so the crawl asks for the
campaign's words instead of walking every disclosure.

Found as a GET form in the page's content with one text box whose name, id, label or
placeholder says search, keywords or filter (a Drupal views exposed filter, Jadu's directory
search), submitted as a browser would (hidden fields and each select's chosen option kept);
or, where the only form is an ASP.NET postback, as a link that already carries a search
(?search=parking whose text is "parking"), with its words replaced by {query}. The site's own
search box in its header is left alone: it searches the whole site, not the log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote_plus, unquote_plus, urlencode, urlsplit, urlunsplit

from crawler.dom import (
    CONTROL_PARAMS,
    SEARCH_PARAMS,
    Element,
    absolute,
    is_chrome,
    label_of,
    links,
    same_host,
)

SLOT = "{query}"
_SENTINEL = "FOIQUERYSLOT"
SEARCHY = re.compile(r"search|keyword|query|\bq\b|keys|term|text|find|filter|title|subject", re.I)
NOT_SEARCH = re.compile(r"postcode|post_code|e-?mail|user|login|password|phone|address|name", re.I)
TEXT_TYPES = {"text", "search", ""}


@dataclass(frozen=True)
class Search:
    template: str  # the URL with {query}
    how: str  # "form" or "link"


def fill(template: str, term: str) -> str:
    return template.replace(SLOT, quote_plus(term))


def _label_for(form: Element, box: Element) -> str:
    box_id = box.get("id")
    if box_id:
        for label in form.iter("label"):
            if label.get("for") == box_id:
                return label_of(label)
    return ""


def _is_search_box(form: Element, box: Element) -> bool:
    said = " ".join(
        [
            box.get("name", ""),
            box.get("id", ""),
            box.get("placeholder", ""),
            box.get("aria-label", ""),
            _label_for(form, box),
            form.get("id", ""),
            form.get("class", ""),
            form.get("action", ""),
        ]
    )
    return bool(SEARCHY.search(said)) and not NOT_SEARCH.search(box.get("name", ""))


def _fields(form: Element, box: Element) -> list[tuple[str, str]]:
    """What a browser sends, in document order, with the search box's words as the slot."""
    pairs: list[tuple[str, str]] = []
    submitted = False
    for el in form.iter("input", "select", "textarea", "button"):
        name = el.get("name")
        if not name or el.get("disabled") is not None:
            continue
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).lower()
        if el is box:
            pairs.append((name, _SENTINEL))
        elif el.tag == "select":
            options = el.findall(".//option")
            chosen = [o for o in options if o.get("selected") is not None] or options[:1]
            if chosen:
                pairs.append((name, chosen[0].get("value", label_of(chosen[0]))))
        elif kind in ("checkbox", "radio"):
            if el.get("checked") is not None:
                pairs.append((name, el.get("value", "on")))
        elif kind in ("submit", "image"):
            if not submitted:  # pressing Enter sends the first submit button
                pairs.append((name, el.get("value", "")))
                submitted = True
        elif kind not in ("file", "reset", "button", "password"):
            pairs.append((name, el.get("value", "")))
    return pairs


def _template(action: str, pairs: list[tuple[str, str]]) -> str:
    parts = urlsplit(action)
    query = urlencode(pairs).replace(_SENTINEL, SLOT)
    return urlunsplit(parts._replace(query=query, fragment=""))


def _from_forms(root: Element, url: str) -> Search | None:
    best: tuple[int, Search] | None = None
    for form in root.iter("form"):
        if (form.get("method") or "get").lower() != "get" or is_chrome(form):
            continue
        boxes = [
            i
            for i in form.iter("input")
            if (i.get("type") or "").lower() in TEXT_TYPES and i.get("name")
        ]
        boxes = [b for b in boxes if _is_search_box(form, b)]
        action = absolute(form.get("action") or url, url)
        if len(boxes) != 1 or action is None or not same_host(action, url):
            continue
        # The log's own filter submits to the log (or beside it): prefer the nearest path.
        near = len(_common_prefix(urlsplit(action).path, urlsplit(url).path))
        found = Search(_template(action, _fields(form, boxes[0])), "form")
        if best is None or near > best[0]:
            best = (near, found)
    return best[1] if best else None


def _common_prefix(a: str, b: str) -> str:
    out = []
    for x, y in zip(a.split("/"), b.split("/"), strict=False):
        if x != y:
            break
        out.append(x)
    return "/".join(out)


def _from_links(root: Element, url: str) -> Search | None:
    """A link that is itself a search of the log: its words are its text."""
    for a, href in links(root, url):
        if not same_host(href, url):
            continue
        label = label_of(a).lower()
        pairs = parse_qsl(urlsplit(href).query, keep_blank_values=True)
        for i, (key, value) in enumerate(pairs):
            words = unquote_plus(value).strip().lower()
            if key.lower() in SEARCH_PARAMS and words and not words.isdigit() and words in label:
                kept = [(k, v) for k, v in pairs if k.lower() not in CONTROL_PARAMS]
                kept = [(k, _SENTINEL if (k, v) == pairs[i] else v) for k, v in kept]
                return Search(_template(href, kept), "link")
    return None


def find_search(root: Element, url: str) -> Search | None:
    return _from_forms(root, url) or _from_links(root, url)
