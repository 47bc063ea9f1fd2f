"""sites/disclosurelog/: one council's <council>.disclosurelog.co.uk-like log. Thirty
disclosures, newest first, ten to a listing page: three of them the council's campaign
response (in the page, in an attached PDF, under a misleading title), three decoys and near
misses, the rest unrelated."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from .corpus import (
    AUTH,
    DL_CODE,
    DL_CORPUS,
    DL_SORT,
    LABELS,
    PREAMBLE,
    QUERY,
    QUERY_ALIASES,
    QUESTIONS,
    corpus_bytes,
    request_html,
)
from .expected import Expected
from .pages import HTML_TYPE, PDF_TYPE, SYNTH, Site, esc, long_date, make_pdf, slugify, wrap
from .topics import topic_text

S = "disclosurelog"
N_ITEMS, PER_PAGE = 30, 10
NEWEST = date(2026, 2, 20)
SPECIAL = {  # listing position -> special disclosure
    5: "campaign_page",
    7: "fruit",
    12: "s47",
    17: "campaign_pdf",
    21: "panel",
    26: "campaign_misleading",
}

TOP = (
    """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} | {council} Disclosure Log</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/disclosurelog.css">
</head>
<body>
"""
    + SYNTH
    + """
<div class="cookie-consent" role="region" aria-label="Cookies"><p>This site uses essential cookies only.</p><button type="button">OK</button></div>
<header class="dl-header">
  <a class="dl-brand" href="/disclosures">{council} &ndash; Disclosure Log</a>
  <nav class="dl-nav"><a href="/disclosures">Disclosures</a> <a href="/about">About this log</a> <a href="/make-a-request">Make a request</a></nav>
</header>
<main class="dl-main">
"""
)
BOTTOM = """
</main>
<footer class="dl-footer">
  <p>Synthetic copy of a disclosure log, made for software tests. {council} is a real council; every disclosure here is invented.</p>
  <p><a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; Powered by a disclosure log platform</p>
</footer>
</body>
</html>
"""


def wiltshire_letter_html() -> str:
    """The words of the Wiltshire letter (tests/corpus/letters), as a log's Response section."""
    ans = LABELS[DL_CORPUS]["answers"]
    out = [
        "<p>Dear Requester,</p>",
        "<p><strong>Re: Freedom of Information request \u2013 review of policy on bruising in "
        "non-mobile infants</strong></p>",
        "<p>Thank you for contacting Wiltshire Council on 13 November 2025. We have now considered "
        "your request under the Freedom of Information Act 2000 and can confirm that we hold some "
        "information that is relevant to it.</p>",
        "<p>Your request opened with the following statement, which we reproduce for context:</p>",
        f"<blockquote><p><em>{esc(PREAMBLE)}</em></p></blockquote>",
        "<p>Each of your questions is set out below in bold, as you wrote it, and our response "
        "follows each one.</p>",
    ]
    for n, q in enumerate(QUESTIONS, 1):
        out.append(f"<p><strong>{esc(q)}</strong></p>")
        out.append(f"<p><strong>Response:</strong> {esc(ans[str(n)])}</p>")
    out += [
        "<p>Re-use of information: most of the information we provide in response to Freedom of "
        "Information requests can be re-used under the Open Government Licence: "
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/</p>",
        "<p>Your right to complain: if you are unhappy with the way we have handled your request, "
        "you may ask for an internal review by emailing informationgovernance@wiltshire.gov.uk "
        "within 40 working days of the date of this letter. If you are still not satisfied after "
        "the internal review, you have the right to complain to the Information Commissioner, whose "
        "guidance on making a complaint is at https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/</p>",
        "<p>Kind regards,</p>",
        "<p>Information Governance Team<br>Wiltshire Council</p>",
    ]
    return "\n".join(out)


# Each special disclosure: reference, received, title, request, response, summary.
SPECIALS = {
    "campaign_page": lambda: (
        "FOI-WC-25-4572",
        date(2025, 11, 13),
        "Bruising in non-mobile infants \u2013 review of safeguarding policy",
        request_html(),
        wiltshire_letter_html(),
        "Whether the safeguarding partnership reviewed its policy on bruising in non-mobile infants after the Panel's 2022 guidance.",
    ),
    "campaign_pdf": lambda: (
        "FOI-WC-25-4598",
        date(2025, 11, 14),
        "Review of policy on bruising in non-mobile babies",
        request_html(),
        "<p>This request is identical to one we answered earlier (our reference "
        "FOI-WC-25-4572). Please see the attached response.</p>",
        "Policies on bruising in non-mobile babies: review after national guidance.",
    ),
    "campaign_misleading": lambda: (
        "FOI-WC-25-4633",
        date(2025, 11, 17),
        "Child safeguarding policies following the Child Safeguarding Review Panel\u2019s 2022 guidance",
        request_html(),
        wiltshire_letter_html(),
        "Child safeguarding policies following guidance from the national review panel.",
    ),
    "fruit": lambda: (
        "FOI-WC-25-4710",
        date(2025, 11, 24),
        "Bruised fruit in school meals",
        "<p>How many complaints did the Council's school catering service receive in "
        "2024/25 about bruised or damaged fruit served with school meals, and what has "
        "been done about it?</p>",
        "<p>The catering service received 23 complaints in 2024/25 about the quality "
        "of fruit served with school meals. Most were about bruising to apples and "
        "bananas. The supplier now delivers fruit in trays rather than loose in crates, "
        "and kitchens check each delivery before it is accepted.</p>",
        "Complaints about bruised or damaged fruit served with school meals.",
    ),
    "s47": lambda: (
        "FOI-WC-25-4655",
        date(2025, 11, 19),
        "Section 47 enquiries and child protection conferences 2022\u20132025",
        "<p>Please provide, for each year from 2022/23 to 2024/25, the number of "
        "strategy discussions held, the number of section 47 enquiries started, and "
        "the number of initial child protection conferences.</p>",
        '<table class="data"><tr><th>Year</th><th>Strategy discussions</th><th>Section 47 enquiries</th>'
        "<th>Initial conferences</th></tr><tr><td>2022/23</td><td>3,412</td><td>2,107</td><td>611</td></tr>"
        "<tr><td>2023/24</td><td>3,559</td><td>2,230</td><td>648</td></tr>"
        "<tr><td>2024/25</td><td>3,498</td><td>2,176</td><td>622</td></tr></table>",
        "Numbers of strategy discussions, section 47 enquiries and child protection conferences.",
    ),
    "panel": lambda: (
        "FOI-WC-25-4581",
        date(2025, 11, 13),
        "Serious incident notifications to the Child Safeguarding Practice Review Panel",
        "<p>How many serious incident notifications has the Council made to the Child "
        "Safeguarding Practice Review Panel in each year since 2020?</p>",
        "<p>The Council made 9 notifications in 2020/21, 7 in 2021/22, 11 in 2022/23, "
        "8 in 2023/24 and 10 in 2024/25. Local child safeguarding practice reviews "
        "are published by the safeguarding partnership.</p>",
        "Serious incident notifications made to the national review panel since 2020.",
    ),
}


def disclosure(i: int, topic_i: int, council: str) -> dict:
    """The disclosure at listing position i (topic_i: the unrelated ones before it)."""
    published = NEWEST - timedelta(days=2 * i)
    kind = SPECIAL.get(i, "topic")
    attach: list[tuple[str, bytes]] = []
    if kind in SPECIALS:
        ref, received, title, req_h, resp_h, summary = SPECIALS[kind]()
        if kind == "campaign_pdf":
            attach = [("FOI-WC-25-4572-response.pdf", corpus_bytes(DL_CORPUS))]
    else:
        title, req, resp = topic_text(S, topic_i, council)
        ref = f"FOI-WC-{published.year % 100}-{4100 + i * 37}"
        received = published - timedelta(days=24)
        req_h, resp_h = f"<p>{esc(req)}</p>", f"<p>{esc(resp)}</p>"
        summary = req[:140].rsplit(" ", 1)[0] + "\u2026"
        if i % 6 == 2:
            lines = [f"{council}: {ref}", "", *wrap(resp, 90)]
            attach = [(slugify(title)[:40] + ".pdf", make_pdf(title, lines))]
    uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"synthetic-disclosurelog:{ref}:{title}"))
    return dict(
        i=i,
        kind=kind,
        ref=ref,
        received=received,
        published=published,
        title=title,
        req_h=req_h,
        resp_h=resp_h,
        summary=summary,
        uid=uid,
        attach=attach,
    )


def build(sites: Path, e: Expected) -> None:
    site = Site(sites, S)
    council = AUTH[DL_CODE]["name"]
    rows = []
    for i in range(N_ITEMS):
        rows.append(disclosure(i, sum(r["kind"] == "topic" for r in rows), council))
    for r in rows:
        path = f"/disclosures/{r['uid']}"
        att_paths = disclosure_page(site, r, path, council)
        record(r, path, att_paths, e)
    pages = (N_ITEMS + PER_PAGE - 1) // PER_PAGE
    for n in range(pages):
        listing_page(site, rows[n * PER_PAGE : (n + 1) * PER_PAGE], n, pages, council)
    site.finish()


def disclosure_page(site: Site, r: dict, path: str, council: str) -> list[str]:
    """A disclosure's page and attachments; returns the attachments' paths."""
    att_html = ""
    att_paths = []
    for fname, data in r["attach"]:
        url = f"{path}/attachments/{fname}"
        rel = site.write(url.lstrip("/"), data)
        site.route(url, file=rel, type=PDF_TYPE)
        att_paths.append(url)
        att_html += f'<li><a href="{url}">{esc(fname)}</a> <span class="size">(PDF, {len(data) // 1024} KB)</span></li>\n'
    attachments = f'<h2>Attachments</h2>\n<ul class="attachments">\n{att_html}</ul>\n'
    body = (
        TOP.format(title=esc(r["title"]), council=esc(council))
        + '<nav class="breadcrumb"><a href="/disclosures">Disclosures</a> &rsaquo; '
        + f"{esc(r['ref'])}</nav>\n"
        + f"<h1>{esc(r['title'])}</h1>\n"
        + '<dl class="disclosure-meta">\n'
        + f"<dt>Case reference</dt><dd>{esc(r['ref'])}</dd>\n"
        + f"<dt>Received</dt><dd>{long_date(r['received'])}</dd>\n"
        + f"<dt>Published</dt><dd>{long_date(r['published'])}</dd>\n</dl>\n"
        + f'<section class="disclosure-request"><h2>Request</h2>\n{r["req_h"]}\n</section>\n'
        + f'<section class="disclosure-response"><h2>Response</h2>\n{r["resp_h"]}\n</section>\n'
        + (attachments if att_html else "")
        + '<p class="back"><a href="/disclosures">Back to all disclosures</a></p>'
        + BOTTOM.format(council=esc(council))
    )
    site.page(path, f"pages/{r['uid']}.html", body)
    return att_paths


REASONS = {
    "fruit": "decoy: 'bruising' of fruit in school meals (no other campaign terms)",
    "s47": "near miss: section 47 / strategy discussion statistics, no bruising",
    "panel": "near miss: Child Safeguarding Practice Review Panel notifications, no bruising",
}


def record(r: dict, path: str, att_paths: list[str], e: Expected) -> None:
    k = r["kind"]
    if k == "campaign_page":
        note = "Response section carries the words of the Wiltshire letter (answers from tests/corpus/letters/labels.json)"
        e.found(S, path, DL_CODE, "page", None, DL_CORPUS, note)
    elif k == "campaign_pdf":
        note = "duplicate request; the Response section only points to the attached letter"
        e.found(S, path, DL_CODE, "attachment", att_paths[0], DL_CORPUS, note)
    elif k == "campaign_misleading":
        note = "misleading title (no 'bruising' in it); same words as the FOI-WC-25-4572 page"
        e.found(S, path, DL_CODE, "page", None, DL_CORPUS, note)
    else:
        e.reject(S, path, REASONS.get(k) or f"unrelated: {r['title']}")


def listing_url(n: int, keywords: str = QUERY) -> str:
    return f"/disclosures?page={n}&sortType={DL_SORT}&keywords={keywords}"


def listing_page(site: Site, chunk: list[dict], n: int, pages: int, council: str) -> None:
    """Listing page n (from 0): ?page=N&sortType=PUBLISHED_DATE_DESCENDING&keywords=QUERY,
    and the same page under the campaign's first search term."""
    results = "\n".join(
        f'<div class="disclosure-result">\n<h3><a href="/disclosures/{r["uid"]}">{esc(r["title"])}</a></h3>\n'
        f'<p class="summary">{esc(r["summary"])}</p>\n'
        f'<p class="result-meta">{esc(r["ref"])} &middot; Published {long_date(r["published"])}</p>\n</div>'
        for r in chunk
    )
    nav = []
    if n > 0:
        nav.append(f'<a class="previous" href="{esc(listing_url(n - 1))}">Previous</a>')
    nav.append(f'<span class="page-count">Page {n + 1} of {pages}</span>')
    if n < pages - 1:
        nav.append(f'<a class="next" href="{esc(listing_url(n + 1))}">Next</a>')
    body = (
        TOP.format(title="Disclosures", council=esc(council))
        + "<h1>Disclosures</h1>\n"
        + '<form class="disclosure-search" action="/disclosures" method="get">\n'
        + f'<label for="keywords">Keywords</label> <input id="keywords" name="keywords" value="{QUERY}">\n'
        + f'<input type="hidden" name="sortType" value="{DL_SORT}">\n'
        + '<label for="year">Year</label> <select id="year" name="year"><option value="">Any</option>'
        + "<option>2026</option><option>2025</option></select>\n"
        + '<label for="month">Month</label> <select id="month" name="month"><option value="">Any</option></select>\n'
        + '<button type="submit">Search</button>\n</form>\n'
        + f'<p class="results-count">{N_ITEMS} results</p>\n'
        + f'<div class="disclosure-results">\n{results}\n</div>\n'
        + f'<nav class="pagination">{" ".join(nav)}</nav>'
        + BOTTOM.format(council=esc(council))
    )
    site.page(listing_url(n), f"listing/page-{n}.html", body)
    for alias in QUERY_ALIASES:
        site.route(listing_url(n, alias), file=f"listing/page-{n}.html", type=HTML_TYPE)
