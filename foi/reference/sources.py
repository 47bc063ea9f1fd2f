"""Publishing sources: one row per place an authority (or a platform) publishes responses.

CSV header: authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector
(optionally followed by allowed_hosts, then verified).
platform is alaveteli, disclosurelog, council_site, log, socrata or icasework. A council's
own site is described by data, never by code: for `log` its log's address alone (the
listing, pagination, search and dates are found on the page; the selectors, if given,
override what is found), for `council_site` a listing URL (which may contain {query}) and
CSS selectors. `socrata` is an open-data portal's dataset (its address holds the dataset id,
xxxx-xxxx); `icasework` a portal drawn by JavaScript (read through a browser).
allowed_hosts (space- or ;-separated host names) are other hosts the row's redirects may
go to (a document store, say); by default a redirect stays on the url's own host.
verified is what `foi sources check` last found ("ok 2026-01-15", "unreachable 2026-01-15:
connection refused"); empty means never checked.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from foi.archive.atomic import atomic_write_text
from foi.errors import UserError

HEADER = [
    "authority_code",
    "platform",
    "url",
    "link_selector",
    "next_selector",
    "content_selector",
    "attachment_selector",
]
OPTIONAL = ["allowed_hosts", "verified"]
HOST = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")
PLATFORMS = ("alaveteli", "disclosurelog", "council_site", "log", "socrata", "icasework")
DATASET_ID = re.compile(r"(?<![a-z0-9])([a-z0-9]{4}-[a-z0-9]{4})(?![a-z0-9])")


class SourcesError(UserError, ValueError):
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
    verified: str = ""

    @property
    def state(self) -> str:
        """What `foi status` shows: the last check's verdict and date, or unverified."""
        return self.verified or "unverified"


@lru_cache(maxsize=1024)
def _check_selector(css: str) -> str | None:
    # Cached: a crawl reads its sources file three times (the command, the runner, each
    # spider) and most rows share their selectors.
    # parsel only where a row has selectors to check: `foi --help` reads PLATFORMS from here.
    from parsel import Selector
    from parsel.csstranslator import HTMLTranslator

    try:
        HTMLTranslator().css_to_xpath(css)
        Selector(text="<html></html>").css(css)
    except Exception as exc:  # cssselect raises several kinds
        return str(exc)
    return None


def parse_sources(text: str, registry, where: str = "sources") -> list[Source]:  # type: ignore[no-untyped-def]
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames not in (HEADER, HEADER + OPTIONAL[:1], HEADER + OPTIONAL):
        raise SourcesError(
            f"{where}: header must be {','.join(HEADER)} (optionally ,{','.join(OPTIONAL)}), "
            f"got {','.join(reader.fieldnames or [])}"
        )
    out: list[Source] = []
    problems: list[str] = []
    for n, raw in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in raw.items() if k is not None}
        problem = "too many columns" if None in raw else _row_problem(row, registry)
        if problem:
            problems.append(f"{where} row {n}: {problem}")
            continue
        out.append(
            Source(
                n,
                row["authority_code"] or None,
                row["platform"],
                row["url"],
                *(row[c] for c in HEADER[3:]),
                allowed_hosts=_allowed_hosts(row),
                verified=row.get("verified", ""),
            )
        )
    if problems:
        raise SourcesError("\n".join(problems))
    return out


def _allowed_hosts(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(h.lower() for h in re.split(r"[\s;]+", row.get("allowed_hosts", "")) if h)


def _row_problem(row: dict[str, str], registry) -> str | None:  # type: ignore[no-untyped-def]
    """What is wrong with one row of a sources file, in words, or None."""
    platform, code, url = row["platform"], row["authority_code"] or None, row["url"]
    parsed = urlparse(url.replace("{query}", "q"))
    bad = [
        f"{col} {row[col]!r} ({err})"
        for col in HEADER[3:]
        if row[col] and (err := _check_selector(row[col]))
    ]
    bad_hosts = [h for h in _allowed_hosts(row) if not HOST.fullmatch(h)]
    checks = (
        (platform not in PLATFORMS, f"platform {platform!r} is not one of {', '.join(PLATFORMS)}"),
        (
            code is not None and registry.get(code) is None,
            f"authority_code {code!r} is not one of the 153 authorities",
        ),
        (platform != "alaveteli" and code is None, f"{platform} needs an authority_code"),
        (
            parsed.scheme not in ("http", "https") or not parsed.netloc,
            f"url {url!r} is not an http(s) URL",
        ),
        (
            platform == "council_site" and not row["link_selector"],
            "council_site needs a link_selector",
        ),
        (
            platform == "socrata" and not DATASET_ID.search(parsed.path),
            "socrata url needs a dataset id (xxxx-xxxx)",
        ),
        (bool(bad), f"invalid CSS selector: {'; '.join(bad)}"),
        (
            bool(bad_hosts),
            f"allowed_hosts {bad_hosts[0]!r} is not a host name" if bad_hosts else "",
        ),
    )
    return next((message for failed, message in checks if failed), None)


def load_sources(path: Path | None, registry) -> list[Source]:  # type: ignore[no-untyped-def]
    """The given sources file, else the project's own (foi/data/sources.csv)."""
    if path is None:
        text = resources.files("foi").joinpath("data/sources.csv").read_text("utf-8")
        return parse_sources(text, registry, "foi/data/sources.csv")
    try:
        return parse_sources(Path(path).read_text("utf-8-sig"), registry, str(path))  # Excel BOM
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such file") from None


def sources_path(path: Path | None) -> Path:
    """The file a command reads and writes: the given one, else the project's own."""
    return Path(path) if path else Path(str(resources.files("foi").joinpath("data/sources.csv")))


def _rows_with_all_columns(path: Path) -> list[list[str]]:
    """The file's rows (header first), every one padded to the full header."""
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    full = HEADER + OPTIONAL
    if not rows:
        return [full]
    # Blank lines are dropped, as the reader skips them: row numbers stay those it reports.
    return [full] + [r + [""] * (len(full) - len(r)) for r in rows[1:] if r]


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    atomic_write_text(path, out.getvalue())


def set_verified(path: Path, verdicts: dict[int, str]) -> None:
    """Write each checked row's verdict (by its row number, header = 1) into `verified`,
    adding the column if the file lacks it; every other cell stays as it was."""
    rows = _rows_with_all_columns(path)
    column = len(HEADER + OPTIONAL) - 1
    for n, verdict in verdicts.items():
        rows[n - 1][column] = verdict
    _write_rows(path, rows)


def append_row(path: Path, values: dict[str, str]) -> None:
    """Add one row (a proposal from `foi sources discover`) at the end of the file."""
    rows = _rows_with_all_columns(path)
    rows.append([values.get(col, "") for col in HEADER + OPTIONAL])
    _write_rows(path, rows)
