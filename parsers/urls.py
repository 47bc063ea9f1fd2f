"""Find the http(s) links a response gives."""

from __future__ import annotations

import re
from collections.abc import Iterable

URL = re.compile(r"https?://[^\s<>\"'’”)\]]+", re.I)


def clean_url(url: str) -> str:
    # "https://ico.org.uk/make-a-complaint/-----------": a ruled line glued to the address.
    return re.sub(r"[-=_*]{3,}$", "", url).rstrip(".,;:!?")


def find_urls(texts: Iterable[str]) -> list[str]:
    return unique(clean_url(m.group(0)) for t in texts for m in URL.finditer(t))


def unique(urls: Iterable[str]) -> list[str]:
    return [u for u in dict.fromkeys(urls) if u]  # linear: a page may carry 100,000 links
