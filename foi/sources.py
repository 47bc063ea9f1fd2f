"""Publishing sources: one row per place an authority (or a platform) publishes responses.

CSV header: authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector
(optionally followed by allowed_hosts).
platform is alaveteli, disclosurelog or council_site. A council's own site is described by
data (a listing URL, which may contain {query}, and CSS selectors), never by code.
allowed_hosts (space- or ;-separated host names) are other hosts the row's redirects may
go to (a document store, say); by default a redirect stays on the url's own host.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from parsel import Selector
from parsel.csstranslator import HTMLTranslator

HEADER = [
    "authority_code",
    "platform",
    "url",
    "link_selector",
    "next_selector",
    "content_selector",
    "attachment_selector",
]
OPTIONAL = ["allowed_hosts"]
HOST = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")
PLATFORMS = ("alaveteli", "disclosurelog", "council_site")


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the row and the problem."""


@dataclass(frozen=True)
class Source:
    row: int
    authority_code: str | None
    platform: str
    url: str
    link_selector: str = ""
    next_selector: str = ""
    content_selector: str = ""
    attachment_selector: str = ""
    allowed_hosts: tuple[str, ...] = ()


def _check_selector(css: str) -> str | None:
    try:
        HTMLTranslator().css_to_xpath(css)
        Selector(text="<html></html>").css(css)
    except Exception as exc:  # cssselect raises several kinds
        return str(exc)
    return None


def parse_sources(text: str, registry, where: str = "sources") -> list[Source]:  # type: ignore[no-untyped-def]
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames not in (HEADER, HEADER + OPTIONAL):
        raise SourcesError(
            f"{where}: header must be {','.join(HEADER)} (optionally ,{','.join(OPTIONAL)}), "
            f"got {','.join(reader.fieldnames or [])}"
        )
    out: list[Source] = []
    problems: list[str] = []
    for n, raw in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in raw.items() if k is not None}
        if None in raw:
            problems.append(f"{where} row {n}: too many columns")
            continue
        platform = row["platform"]
        code = row["authority_code"] or None
        if platform not in PLATFORMS:
            problems.append(
                f"{where} row {n}: platform {platform!r} is not one of {', '.join(PLATFORMS)}"
            )
            continue
        if code is not None and registry.get(code) is None:
            problems.append(
                f"{where} row {n}: authority_code {code!r} is not one of the 153 authorities"
            )
            continue
        if platform != "alaveteli" and code is None:
            problems.append(f"{where} row {n}: {platform} needs an authority_code")
            continue
        url = row["url"]
        parsed = urlparse(url.replace("{query}", "q"))
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            problems.append(f"{where} row {n}: url {url!r} is not an http(s) URL")
            continue
        if platform == "council_site" and not row["link_selector"]:
            problems.append(f"{where} row {n}: council_site needs a link_selector")
            continue
        bad = [
            f"{col} {row[col]!r} ({err})"
            for col in HEADER[3:]
            if row[col] and (err := _check_selector(row[col]))
        ]
        if bad:
            problems.append(f"{where} row {n}: invalid CSS selector: {'; '.join(bad)}")
            continue
        allowed = tuple(h.lower() for h in re.split(r"[\s;]+", row.get("allowed_hosts", "")) if h)
        if bad_hosts := [h for h in allowed if not HOST.fullmatch(h)]:
            problems.append(f"{where} row {n}: allowed_hosts {bad_hosts[0]!r} is not a host name")
            continue
        selectors = (row[c] for c in HEADER[3:])
        out.append(Source(n, code, platform, url, *selectors, allowed_hosts=allowed))
    if problems:
        raise SourcesError("\n".join(problems))
    return out


def load_sources(path: Path | None, registry) -> list[Source]:  # type: ignore[no-untyped-def]
    """The given sources file, else the project's own (foi/data/sources.csv)."""
    if path is None:
        text = resources.files("foi").joinpath("data/sources.csv").read_text("utf-8")
        return parse_sources(text, registry, "foi/data/sources.csv")
    try:
        return parse_sources(Path(path).read_text("utf-8"), registry, str(path))
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such file") from None
