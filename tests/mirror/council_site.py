"""sites/council_a/ and sites/council_b/: two councils' own sites (Jadu-like markup with
div.foi-content; GOSS-like with article.disclosure-body). Each has a disclosure log of thirty
pages, ten to a listing page: one the campaign response (a letter attached; the corpus page's
own content), decoys and near misses, a redirect loop, the rest unrelated."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from pathlib import Path

from .corpus import A_CORPUS, AUTH, B_CORPUS, QUERY, QUERY_ALIASES, corpus_bytes, request_html
from .council_chrome import council_page
from .expected import Expected
from .pages import HTML_TYPE, Site, esc, long_date, make_docx, make_pdf, short_date, slugify, wrap
from .topics import topic_text

N_ITEMS, PER_PAGE = 30, 10
NEWEST = {"a": date(2026, 2, 18), "b": date(2026, 2, 24)}
SPECIAL = {  # listing position -> special disclosure
    "a": {13: "campaign_pdf", 4: "nursery"},
    "b": {22: "campaign_page", 3: "loop", 9: "s47"},
}


def hampshire_fragment() -> str:
    """The Hampshire disclosure's own content, verbatim: from after its <h1> to its rating box."""
    text = corpus_bytes(B_CORPUS).decode("utf-8")
    start = text.index("</h1>", text.index('<div id="content">')) + len("</h1>")
    end = text.index('<div class="rating">')
    return text[start:end].strip("\n")


def hampshire_title() -> str:
    text = corpus_bytes(B_CORPUS).decode("utf-8")
    h1 = re.search(r"<h1>(.*?)</h1>", text).group(1)
    return html.unescape(h1)


# Each special disclosure: reference, title, slug, content, summary.
SPECIALS = {
    "campaign_pdf": lambda: (
        "CF-FOI-251142",
        "Bruising in non-mobile infants: review of safeguarding policy",
        "cf-foi-251142-bruising-in-non-mobile-infants",
        f"<h2>Request</h2>\n{request_html()}\n<h2>Response</h2>\n"
        "<p>Please see the attached letter for our response.</p>",
        "Review of the policy on bruising in non-mobile infants after the Panel's guidance.",
    ),
    "campaign_page": lambda: (
        "CSD/FOI/25/06412",
        hampshire_title(),
        "csd-foi-25-06412-bruising-in-non-mobile-babies",
        hampshire_fragment(),
        "Whether the bruising protocol for non-mobile babies was reviewed after the Panel's guidance.",
    ),
    "nursery": lambda: (
        "FOI-2025-2231",
        "Accidents recorded at council-run nurseries 2024/25",
        "foi-2025-2231-nursery-accidents",
        "<h2>Request</h2>\n<p>How many accidents to children were recorded at council-run "
        "nurseries in 2024/25, and what kinds of injury were involved?</p>\n<h2>Response</h2>\n"
        "<p>The Council's four nurseries recorded 212 accidents in 2024/25. Most were minor "
        "bumps and bruising from falls in the playground; 14 needed first aid beyond a cold "
        "compress and two children were taken to hospital as a precaution.</p>",
        "Accidents to children recorded at the Council's nurseries.",
    ),
    "s47": lambda: (
        "FOI/25/05981",
        "Child protection: strategy discussions and section 47 enquiries",
        "foi-25-05981-strategy-discussions-and-section-47-enquiries",
        "<h2>Request</h2>\n<p>Please provide the number of strategy discussions and section 47 "
        "enquiries in each quarter of 2024/25.</p>\n<h2>Response</h2>\n<table><tr><th>Quarter</th>"
        "<th>Strategy discussions</th><th>Section 47 enquiries</th></tr>"
        "<tr><td>Q1</td><td>1,204</td><td>811</td></tr><tr><td>Q2</td><td>1,166</td><td>790</td></tr>"
        "<tr><td>Q3</td><td>1,231</td><td>842</td></tr><tr><td>Q4</td><td>1,198</td><td>806</td></tr></table>",
        "Quarterly numbers of strategy discussions and section 47 enquiries.",
    ),
    "loop": lambda: (
        "FOI/25/04410",
        "Adult social care charging policy (archived)",
        None,
        "",
        "This disclosure has moved.",
    ),
}


def topic(site_name: str, style: str, i: int, topic_i: int, council: str, published: date):
    """An unrelated disclosure: reference, title, slug, content, summary, attachments."""
    title, req, resp = topic_text(site_name, topic_i, council)
    if style == "a":
        ref = f"FOI-{published.year}-{1200 + i * 41}"
    else:
        ref = f"FOI/{published.year % 100}/{3100 + i * 53:05d}"
    slug = f"{slugify(ref)}-{slugify(title)[:48].rstrip('-')}"
    content = f"<h2>Request</h2>\n<p>{esc(req)}</p>\n<h2>Response</h2>\n<p>{esc(resp)}</p>"
    summary = req[:120].rsplit(" ", 1)[0] + "\u2026"
    attach: list[tuple[str, bytes]] = []
    if i % 7 == 1:
        pdf = make_pdf(title, [f"{council}: {ref}", "", *wrap(resp, 90)])
        attach = [(f"{slug[:40].rstrip('-')}.pdf", pdf)]
    elif i % 7 == 5 and style == "b":
        docx = make_docx([title, f"{council}: {ref}", resp])
        attach = [(f"{slug[:40].rstrip('-')}.docx", docx)]
    return ref, title, slug, content, summary, attach


def disclosure(site_name: str, style: str, i: int, topic_i: int, council: str) -> dict:
    """The disclosure at listing position i (topic_i: the unrelated ones before it)."""
    published = NEWEST[style] - timedelta(days=3 * i)
    kind = SPECIAL[style].get(i, "topic")
    if kind in SPECIALS:
        ref, title, slug, content, summary = SPECIALS[kind]()
        attach = [(f"{ref}-response.pdf", corpus_bytes(A_CORPUS))] if kind == "campaign_pdf" else []
    else:
        ref, title, slug, content, summary, attach = topic(
            site_name, style, i, topic_i, council, published
        )
    path = "/foi/responses/loop.html" if kind == "loop" else f"/foi/responses/{slug}.html"
    return dict(
        i=i,
        kind=kind,
        ref=ref,
        title=title,
        slug=slug,
        content=content,
        summary=summary,
        published=published,
        attach=attach,
        path=path,
    )


def build(sites: Path, e: Expected, site_name: str, style: str, code: str) -> None:
    site = Site(sites, site_name)
    council = AUTH[code]["name"]
    rows: list[dict] = []
    for i in range(N_ITEMS):
        topic_i = sum(r["kind"] == "topic" for r in rows)
        rows.append(disclosure(site_name, style, i, topic_i, council))
    for r in rows:
        if r["kind"] == "loop":
            site.route("/foi/responses/loop.html", redirect="/foi/responses/loop2.html")
            site.route("/foi/responses/loop2.html", redirect="/foi/responses/loop.html")
            note = "linked from listing page 1; 302 to /foi/responses/loop2.html, which 302s back"
            e.fail(site_name, "/foi/responses/loop.html", "redirect_loop", note)
            continue
        att_paths = disclosure_page(site, style, r, council)
        record(site_name, r, code, att_paths, e)
    pages = N_ITEMS // PER_PAGE
    for n in range(1, pages + 1):
        chunk = rows[(n - 1) * PER_PAGE : n * PER_PAGE]
        listing_page(site, style, chunk, n, pages, council)
    site.finish()


def disclosure_page(site: Site, style: str, r: dict, council: str) -> list[str]:
    """A disclosure's page and attachments; returns the attachments' paths."""
    att_paths, lis = [], []
    for fname, data in r["attach"]:
        url = f"/foi/files/{fname}"
        site.write(url.lstrip("/"), data)
        att_paths.append(url)
        kind_label = "PDF" if fname.endswith(".pdf") else "Word"
        lis.append(
            f'<li><a href="{url}">{esc(fname)}</a> ({kind_label}, {max(1, len(data) // 1024)} KB)</li>'
        )
    if style == "a":
        att = '\n<h3>Documents</h3>\n<ul class="foi-attachments">\n' + "\n".join(lis) + "\n</ul>"
        main = (
            f"<h1>{esc(r['title'])}</h1>\n"
            f'<p class="foi-meta">Reference: {esc(r["ref"])} &middot; Published: {long_date(r["published"])}</p>\n'
            f'<div class="foi-content">\n{r["content"]}{att if lis else ""}\n</div>'
        )
    else:
        att = (
            '\n<h2>Supporting documents</h2>\n<ul class="documents">\n' + "\n".join(lis) + "\n</ul>"
        )
        main = (
            f"<h1>{esc(r['title'])}</h1>\n"
            f'<p class="date">Published {long_date(r["published"])}</p>\n'
            f'<article class="disclosure-body">\n{r["content"]}{att if lis else ""}\n</article>\n'
            '<div class="page-rating"><p>Did you find what you were looking for?</p></div>'
        )
    site.write(r["path"].lstrip("/"), council_page(style, council, r["title"], main))
    return att_paths


REASONS = {
    "nursery": "decoy: 'bumps and bruising' in nursery accidents (no other campaign terms)",
    "s47": "near miss: strategy discussion / section 47 statistics, no bruising",
}


def record(site_name: str, r: dict, code: str, att_paths: list[str], e: Expected) -> None:
    if r["kind"] == "campaign_pdf":
        note = "the page carries the request only; the answers are in the attached letter"
        e.found(site_name, r["path"], code, "attachment", att_paths[0], A_CORPUS, note)
    elif r["kind"] == "campaign_page":
        note = "the page's article carries the corpus page's content fragment verbatim"
        e.found(site_name, r["path"], code, "page", None, B_CORPUS, note)
    else:
        e.reject(site_name, r["path"], REASONS.get(r["kind"]) or f"unrelated: {r['title']}")


def listing_key(n: int, q: str = QUERY) -> str:
    return f"/foi/disclosure-log?q={q}&page={n}"


def results_html(style: str, chunk: list[dict]) -> str:
    if style == "a":
        items = "\n".join(
            f'<li class="list__item"><a class="list__link" href="{r["path"]}">{esc(r["title"])}</a>'
            f'<p class="list__summary">{esc(r["summary"])} Published {short_date(r["published"])}.</p></li>'
            for r in chunk
        )
        return f'<ul class="list list--record">\n{items}\n</ul>'
    items = "\n".join(
        f'<article class="search-result">\n<h2 class="search-result__title"><a href="{r["path"]}">{esc(r["title"])}</a></h2>\n'
        f'<p class="search-result__summary">{esc(r["summary"])}</p>\n'
        f'<p class="search-result__meta">{esc(r["ref"])} | {long_date(r["published"])}</p>\n</article>'
        for r in chunk
    )
    return f'<div class="search-results">\n{items}\n</div>'


def listing_page(site: Site, style: str, chunk: list[dict], n: int, pages: int, council: str):
    """Listing page n (from 1), also under the campaign's first search term; page 1 also
    without a query."""
    pager = []
    if n > 1:
        pager.append(
            f'<a rel="prev" class="pagination-prev" href="{esc(listing_key(n - 1))}">Previous</a>'
        )
    pager.append(f'<span class="pagination-info">Page {n} of {pages}</span>')
    if n < pages:
        pager.append(
            f'<a rel="next" class="pagination-next" href="{esc(listing_key(n + 1))}">Next</a>'
        )
    main = (
        "<h1>Freedom of information disclosure log</h1>\n"
        f'<form class="search-form" action="/foi/disclosure-log" method="get"><label for="dq">Search disclosures</label>'
        f'<input id="dq" name="q" value="{QUERY}"><input type="hidden" name="page" value="1"><button>Search</button></form>\n'
        f'<p class="search-summary">Showing {(n - 1) * PER_PAGE + 1} to {n * PER_PAGE} of {N_ITEMS} results for &ldquo;{QUERY}&rdquo;</p>\n'
        f"{results_html(style, chunk)}\n"
        f'<nav class="pagination" aria-label="Pages">{" ".join(pager)}</nav>'
    )
    body = council_page(style, council, "Disclosure log search results", main)
    site.page(listing_key(n), f"listing/page-{n}.html", body)
    for alias in QUERY_ALIASES:
        site.route(listing_key(n, alias), file=f"listing/page-{n}.html", type=HTML_TYPE)
    if n == 1:
        site.route("/foi/disclosure-log", file="listing/page-1.html", type=HTML_TYPE)
