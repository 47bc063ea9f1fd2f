"""The next page of a listing, whichever way the CMS offers it: rel=next, a "Next" or
"Load more" link (by its text, aria-label or title), the page number after the current one,
or the link that differs from this page's address only by its page number (?page=N,
/page/N, ?start=20). Postback pagers (javascript:__doPostBack) cannot be followed as URLs
and are skipped: the site's search is the way round them."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from crawler.dom import CONTROL_PARAMS, Element, absolute, label_of, links, text_of

NEXT_TEXT = re.compile(
    r"^\W*(?:next(?: page| results?| set)?|older(?: entries| posts| items| results)?|"
    r"(?:load|show|view|see) more(?: results| items| responses| requests)?|more results)"
    r"(?:\W.*)?$|^\s*(?:›|»|>|→|>>)\s*$",
    re.I,
)
NEXT_HINT = re.compile(r"(?:^|[\W_])next(?:$|[\W_])", re.I)
PREVIOUS = re.compile(r"\bprev|\bback\b|\bnewer\b|\bfirst\b", re.I)
MAX_LABEL = 25
TRAILING_NUMBER = re.compile(r"(\d+)\s*$")
OFFSET_PARAMS = {"start", "offset", "from", "skip"}
PAGE_PATH = re.compile(r"/page/(\d+)/?$")
CURRENT = (
    "//*[@aria-current='page' or contains(concat(' ', normalize-space(@class), ' '), ' active ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' current ')"
    " or contains(@class, 'is-active') or contains(@class, '--current')]"
)


def _rel_next(root: Element, url: str) -> str | None:
    for el in root.xpath("//link[@rel] | //a[@rel]"):
        if "next" in (el.get("rel") or "").lower().split():
            if found := absolute(el.get("href"), url):
                return found
    return None


def _by_text(root: Element, url: str) -> str | None:
    for a, href in links(root, url):
        label = label_of(a)
        hint = " ".join(a.get(k, "") for k in ("aria-label", "title", "class"))
        if len(label) > MAX_LABEL:
            continue  # "Next: how to make a request" is a guide's navigation, not a pager
        if NEXT_TEXT.match(label) or (NEXT_HINT.search(hint) and not PREVIOUS.search(hint)):
            if href != url:
                return href
    return None


def _number(url: str) -> tuple[str, int] | None:
    """The page parameter of an address and its value, if it has one."""
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query):
        if key.lower() in CONTROL_PARAMS and value.isdigit():
            return key, int(value)
    if m := PAGE_PATH.search(parts.path):
        return "/page/", int(m.group(1))
    return None


def _successor(candidate: str, url: str) -> int | None:
    """How far on `candidate` is from `url` if the two differ only in their page number."""
    a, b = urlsplit(candidate), urlsplit(url)
    if (a.hostname, a.scheme) != (b.hostname, b.scheme):
        return None
    if PAGE_PATH.search(a.path):
        base = PAGE_PATH.sub("", a.path).rstrip("/")
        if base != PAGE_PATH.sub("", b.path).rstrip("/") or dict(parse_qsl(a.query)) != dict(
            parse_qsl(b.query)
        ):
            return None
        here = (_number(url) or ("", 1))[1]
        return int(PAGE_PATH.search(a.path).group(1)) - here  # type: ignore[union-attr]
    if a.path != b.path:
        return None
    qa, qb = dict(parse_qsl(a.query)), dict(parse_qsl(b.query))
    differ = {k for k in qa.keys() | qb.keys() if qa.get(k) != qb.get(k)}
    if len(differ) != 1:
        return None
    (key,) = differ
    if key.lower() not in CONTROL_PARAMS or not qa.get(key, "").isdigit():
        return None
    here = int(qb[key]) if qb.get(key, "").isdigit() else 0
    step = int(qa[key]) - here
    return step if key.lower() in OFFSET_PARAMS and step > 0 else step


def _by_number(root: Element, url: str) -> str | None:
    """The numbered page after the current one: by the current page's marker in the pager,
    else by the address's own page number."""
    numbered = [(int(label_of(a)), href) for a, href in links(root, url) if label_of(a).isdigit()]
    if not numbered:
        return None
    marks = [m.group(1) for el in root.xpath(CURRENT) if (m := TRAILING_NUMBER.search(text_of(el)))]
    if marks:
        want = int(marks[0]) + 1
        return next((href for n, href in numbered if n == want), None)
    steps = [(s, href) for _, href in numbered if (s := _successor(href, url)) and s > 0]
    return min(steps)[1] if steps else None


def next_page(root: Element, url: str) -> str | None:
    """The address of the next page, or None on the last one."""
    for find in (_rel_next, _by_text, _by_number):
        found = find(root, url)
        if found and found != url:
            return found
    steps = [(s, href) for _, href in links(root, url) if (s := _successor(href, url)) and s > 0]
    return min(steps)[1] if steps else None
