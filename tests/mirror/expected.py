"""What a crawl of the bruising mirror must find: collected while the sites are written, then
written as expected.json (for the tests), EXPECTED.md (for people) and sources.csv (the
sources file, with {base:<site>} placeholders)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from foi.reference.sources import HEADER

from .corpus import (
    A_CODE,
    AUTH,
    B_CODE,
    CAMPAIGN,
    DL_CODE,
    DL_CORPUS,
    DL_SORT,
    FEED_QUERY,
    QUERY,
    QUERY_ALIASES,
    corpus_code,
)

GENERATOR = "python -m tests.mirror"


@dataclass
class Expected:
    campaign: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)
    no_response: list[dict] = field(default_factory=list)

    def found(self, site, path, code, answers_in, attachment_path, corpus_file, note=""):
        """A campaign response: its answers are in the page or in an attachment."""
        assert code == corpus_code(corpus_file), (path, code, corpus_file)
        self.campaign.append(
            dict(
                site=site,
                path=path,
                authority_code=code,
                answers_in=answers_in,
                attachment_path=attachment_path,
                corpus_file=corpus_file,
                note=note,
            )
        )

    def reject(self, site: str, path: str, reason: str) -> None:
        self.rejected.append(dict(site=site, path=path, reason=reason))

    def fail(self, site: str, path: str, kind: str, note: str = "", **extra: object) -> None:
        self.failures.append(dict(site=site, path=path, kind=kind, **extra, note=note))

    def waiting(self, site: str, path: str, code: str, note: str) -> None:
        self.no_response.append(dict(site=site, path=path, authority_code=code, note=note))


SOURCES = [
    ["", "alaveteli", "{base:alaveteli}", "", "", "", ""],
    # A round-robin batch page: its requests are found even when the search misses them.
    ["", "alaveteli", "{base:alaveteli}/info_request_batch/101", "", "", "", ""],
    [DL_CODE, "disclosurelog", "{base:disclosurelog}", "", "", "", ""],
    [
        A_CODE,
        "council_site",
        "{base:council_a}/foi/disclosure-log?q={query}&page=1",
        "ul.list--record a.list__link",
        "a.pagination-next[rel=next]",
        "div.foi-content",
        "div.foi-content a[href*='/foi/files/']",
    ],
    [
        B_CODE,
        "council_site",
        "{base:council_b}/foi/disclosure-log?q={query}&page=1",
        "div.search-results article.search-result h2 a",
        "a.pagination-next[rel=next]",
        "article.disclosure-body",
        "article.disclosure-body a[href*='/foi/files/']",
    ],
]


def write_sources(root: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)  # the sources file's own columns
    w.writerows(SOURCES)
    (root / "sources.csv").write_text(buf.getvalue(), "utf-8")


def sites() -> dict[str, dict]:
    """Each site's entry points."""
    feed = f"/feed/search/{FEED_QUERY}.json"
    council_pages = [f"/foi/disclosure-log?q={QUERY}&page={n}" for n in (1, 2, 3)]
    return {
        "alaveteli": {
            "authority_code": None,
            "feed": feed,
            "feed_pages": [feed, f"{feed}?page=2", f"{feed}?page=3"],
            "batch": "/info_request_batch/101",
        },
        "disclosurelog": {
            "authority_code": DL_CODE,
            "council": AUTH[DL_CODE]["name"],
            "listing_pages": [
                f"/disclosures?page={n}&sortType={DL_SORT}&keywords={QUERY}" for n in range(3)
            ],
        },
        "council_a": {
            "authority_code": A_CODE,
            "council": AUTH[A_CODE]["name"],
            "listing_pages": council_pages,
        },
        "council_b": {
            "authority_code": B_CODE,
            "council": AUTH[B_CODE]["name"],
            "listing_pages": list(council_pages),
        },
    }


def write_json(e: Expected, root: Path) -> None:
    def clean(rows: list[dict], keys: list[str]) -> list[dict]:
        return [
            {k: r[k] for k in keys} | ({"note": r["note"]} if r.get("note") else {}) for r in rows
        ]

    facts = {
        "campaign": clean(
            e.campaign,
            ["site", "path", "authority_code", "answers_in", "attachment_path", "corpus_file"],
        ),
        "rejected": clean(e.rejected, ["site", "path", "reason"]),
        "failures": [{k: v for k, v in f.items() if v or k != "note"} for f in e.failures],
        "no_response": e.no_response,
        "sites": sites(),
    }
    (root / "expected.json").write_text(
        json.dumps(facts, indent=1, ensure_ascii=False) + "\n", "utf-8"
    )


def name(code: str | None) -> str:
    return AUTH[code]["name"] if code else ""


def md_head() -> list[str]:
    return [
        "# Bundled mirror: what is in it",
        "",
        f"Generated by `{GENERATOR}` (do not edit by hand; re-run it). Machine-readable twin: "
        "`expected.json`. Sources file: `sources.csv` (`{base:<site>}` is replaced by the site's "
        "`http://127.0.0.1:<port>` by `foi.mirror.Mirror.substitute`).",
        "",
        "All council content is synthetic. Council names and GSS codes are real; every answer is "
        "a synthetic response from `tests/corpus/` (attachments are byte-for-byte copies).",
        "",
        "| site | platform | council | GSS code | entry point |",
        "|---|---|---|---|---|",
        f"| alaveteli | alaveteli | (many) | - | `/feed/search/{FEED_QUERY}.json`, `?page=2`, `?page=3` (= `[]`) |",
        f"| disclosurelog | disclosurelog | {name(DL_CODE)} | {DL_CODE} | `/disclosures?page=0&sortType={DL_SORT}&keywords={QUERY}` (pages 0-2) |",
        f"| council_a | council_site (Jadu-like) | {name(A_CODE)} | {A_CODE} | `/foi/disclosure-log?q={QUERY}&page=1` (pages 1-3) |",
        f"| council_b | council_site (GOSS-like) | {name(B_CODE)} | {B_CODE} | `/foi/disclosure-log?q={QUERY}&page=1` (pages 1-3) |",
    ]


def md_found(e: Expected) -> list[str]:
    md = [
        "",
        f"## Campaign responses ({len(e.campaign)})",
        "",
        "| site | URL path | council | GSS code | answers in | attachment path | corpus file | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for c in e.campaign:
        md.append(
            f"| {c['site']} | `{c['path']}` | {name(c['authority_code'])} | {c['authority_code']} | "
            f"{c['answers_in']} | {('`' + c['attachment_path'] + '`') if c['attachment_path'] else '-'} | "
            f"`{c['corpus_file']}` | {c['note']} |"
        )
    md += [
        "",
        f"## Failure cases ({len(e.failures)})",
        "",
        "| site | URL path | kind | detail |",
        "|---|---|---|---|",
    ]
    md += [f"| {f['site']} | `{f['path']}` | {f['kind']} | {f['note']} |" for f in e.failures]
    md += [
        "",
        f"## Campaign requests with no response ({len(e.no_response)})",
        "",
        "| site | URL path | council | GSS code | note |",
        "|---|---|---|---|---|",
    ]
    md += [
        f"| {n['site']} | `{n['path']}` | {name(n['authority_code'])} | {n['authority_code']} | {n['note']} |"
        for n in e.no_response
    ]
    return md


def md_rejected(e: Expected) -> list[str]:
    decoys = [r for r in e.rejected if not r["reason"].startswith("unrelated:")]
    others = [r for r in e.rejected if r["reason"].startswith("unrelated:")]
    md = [
        "",
        f"## Pages to reject ({len(e.rejected)}: {len(decoys)} decoys and near misses, {len(others)} plainly unrelated)",
        "",
        "Decoys and near misses (they share words with the campaign but are not responses to it):",
        "",
        "| site | URL path | reason |",
        "|---|---|---|",
    ]
    md += [f"| {r['site']} | `{r['path']}` | {r['reason']} |" for r in decoys]
    md += [
        "",
        "Plainly unrelated disclosures (potholes, parking, ...) are listed in `expected.json` under `rejected`.",
    ]
    counts: dict[str, int] = {}
    for r in others:
        counts[r["site"]] = counts.get(r["site"], 0) + 1
    md += ["", "| site | unrelated pages |", "|---|---|"]
    return md + [f"| {s} | {n} |" for s, n in counts.items()]


def md_notes() -> list[str]:
    return [
        "",
        "## Notes",
        "",
        "- The Alaveteli feed pages are `[]`-terminated: page 3 is an empty list.",
        "- Alaveteli request pages have no extension (`/request/<url_title>`); they and every listing "
        "with a query string are served through `routes.json`.",
        "- The disclosure log holds three campaign entries of the same council with the same answers "
        f"(the council's letter, `{DL_CORPUS}`): the answered request, a duplicate request answered "
        "by attaching the letter, and a third copy under a misleading title. A per-authority reader should "
        f"keep one response for {DL_CODE}.",
        "- Batch page `/info_request_batch/101` links three requests that are also in the feed.",
        f"- Listing routes answer `q={QUERY}` / `keywords={QUERY}` (the keys given in the brief) and, as "
        f"aliases serving the same pages, the campaign's first search term `{CAMPAIGN.search_terms[0]}` encoded as "
        f"`{QUERY_ALIASES[0]}` or `{QUERY_ALIASES[1]}`; other search terms get 404. Next links always use `{QUERY}`.",
        "- Every Alaveteli request path ends in a three-digit suffix, so no expected path is a substring of "
        "another page's URL (tests may match paths by substring).",
    ]


def write_expected(e: Expected, root: Path) -> None:
    write_json(e, root)
    md = md_head() + md_found(e) + md_rejected(e) + md_notes()
    (root / "EXPECTED.md").write_text("\n".join(md) + "\n", "utf-8")
