"""What a disclosure's page says about itself: its dates (published, received), its
reference and its attachments, wherever the CMS puts them (labelled rows, <time>, meta tags,
JSON-LD). Dates as councils write them are read by parsers.dates."""

from __future__ import annotations

import json
import re
from typing import Any

from crawler.dom import Element, absolute, is_chrome, is_file_url, label_of, text_of
from parsers.dates import month_dates

ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")  # 2025-11-12T09:00:00Z too
REFERENCE = re.compile(
    r"\b(?:(?:FOI|EIR|RFI|FOIA|FOIR|IR)[\s/_:-]*\d[\w/-]*"
    r"|(?:ref(?:erence)?|case|request)\s*(?:no\.?|number|id)?\s*[:#]?\s*[A-Z]{0,5}[\s/-]?\d{3,}[\w/-]*)",
    re.I,
)
PUBLISHED = re.compile(
    r"publi(?:shed|cation)|respon(?:ded|se date|se sent)|date of response|closed|completed|"
    r"date released|release date|disclosed|^date$",
    re.I,
)
RECEIVED = re.compile(r"received|request date|date of request|requested|submitted|opened", re.I)
REF_LABEL = re.compile(r"^(?:case |request |foi |our |your )?(?:ref(?:erence)?|number|id)\b", re.I)
LABEL_MAX = 60  # a label ("Date of response") is short; a letter's paragraph is not
DOC_PATH = re.compile(
    r"/(?:downloads?|documents?|files?|media|assets|uploads?|attachments?|getfile|download\.aspx)\b",
    re.I,
)
HTML_ATTACHMENT = re.compile(
    r"\b(?:response|reply|letter|answer|attachment|annex|appendix)\b", re.I
)


def dates_in(text: str) -> list[tuple[str, str]]:
    """(YYYY-MM, the date as written) for every date in the text."""
    found = [(month, m.group(0)) for month, m in month_dates(text)]
    found += [(f"{m.group(1)}-{m.group(2)}", m.group(0)) for m in ISO.finditer(text)]
    return [(month, written) for month, written in found if "01" <= month[5:] <= "12"]


def latest_date(text: str) -> tuple[str, str] | None:
    """The latest date in the text: the conservative one when judging a date window."""
    found = dates_in(text)
    return max(found) if found else None


REF_PREFIX = re.compile(r"^(?:ref(?:erence)?|case|request)\s*(?:no\.?|number|id)?\s*[:#]?\s*", re.I)


def reference_in(text: str) -> str | None:
    m = REFERENCE.search(text)
    return REF_PREFIX.sub("", m.group(0)).strip() or None if m else None


def _labelled(root: Element) -> list[tuple[str, str]]:
    """(label, value) pairs: <dt>/<dd>, <th>/<td>, and short "Label: value" lines."""
    pairs: list[tuple[str, str]] = []
    for dt in root.iter("dt", "th"):
        value = dt.getnext()
        if value is not None and value.tag in ("dd", "td"):
            pairs.append((text_of(dt), text_of(value)))
    for el in root.iter("p", "div", "span", "li", "time", "small"):
        text = text_of(el)
        if ":" in text and len(text) <= LABEL_MAX * 2:
            label, _, value = text.partition(":")
            if len(label) <= LABEL_MAX:
                pairs.append((label.strip(), value.strip()))
    return pairs


def _structured(root: Element) -> dict[str, str]:
    """Dates the page states for machines: <time datetime>, meta tags, JSON-LD."""
    out: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("article:published_time", "dcterms.date", "dc.date.issued", "dcterms.issued"):
            out.setdefault("published", meta.get("content", ""))
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            try:
                data: Any = json.loads(script.text or "")
            except ValueError:
                continue
            for obj in data if isinstance(data, list) else [data]:
                if isinstance(obj, dict) and obj.get("datePublished"):
                    out.setdefault("published", str(obj["datePublished"]))
    for time in root.iter("time"):
        if time.get("datetime") and not is_chrome(time):
            out.setdefault("published", time.get("datetime"))
    return {k: v for k, v in out.items() if dates_in(v)}


def page_facts(root: Element) -> dict[str, str]:
    """published, received and reference, where the page shows them."""
    facts: dict[str, str] = {}
    for label, value in _labelled(root):
        if not value:
            continue
        if "published" not in facts and PUBLISHED.search(label) and dates_in(value):
            facts["published"] = dates_in(value)[0][1]
        elif "received" not in facts and RECEIVED.search(label) and dates_in(value):
            facts["received"] = dates_in(value)[0][1]
        elif "reference" not in facts and REF_LABEL.search(label) and len(value) <= 40:
            facts["reference"] = value
    for key, value in _structured(root).items():
        facts.setdefault(key, value)
    return facts


def attachments(root: Element, url: str) -> list[str]:
    """A page's documents: links in its content to files (by name or by a document store's
    path), and HTML pages that call themselves the response."""
    found: dict[str, None] = {}
    for a in root.iter("a"):
        href = absolute(a.get("href"), url)
        if href is None or href == url or is_chrome(a):
            continue
        label = label_of(a)
        if is_file_url(href) or (DOC_PATH.search(href) and not href.endswith("/")):
            found[href] = None
        elif href.lower().endswith((".htm", ".html")) and HTML_ATTACHMENT.search(label):
            found[href] = None
    return list(found)
