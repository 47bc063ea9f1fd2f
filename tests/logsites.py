"""Synthetic council disclosure logs, shaped like the systems councils use, for the log
spider's tests and benchmark. Deterministic (one seed), synthetic text only; the campaign's
replies are the project's own corpus files (tests/corpus/*/).

Every log holds the same disclosures: 2-3 replies to the campaign's request (one in the page,
one attached as PDF or Word), four decoys (the same questions answered in 2023, bruised fruit,
a reply to another request, a page whose attachment answers something else) and 128 other
disclosures, spread over June 2023 to May 2026, newest first, over many pages. Shapes:

- drupal: LocalGov Drupal, a views listing with a ?page=N pager and an exposed keyword filter;
- jadu: a Jadu directory, its search form and A-Z, records at /directory_record/{id}/{slug};
- goss: GOSS iCM, articles listed with dates, "Page 2 of 13" pager, only the site search;
- aspnet: an ASP.NET GridView whose pager posts back, with a search reachable by URL;
- monthly: a plain list of PDF and XLSX files grouped by month, with "Load more";
- jsapp: a page that draws its list with JavaScript, with a sitemap.xml beside it;
- months: an index of months, each month's page listing its responses (a log two levels deep).

The sites' searches are computed here from the items' text and documents (all the words of
the query), for the campaign's search terms, and served as fixed routes by foi/mirror.py.
"""

from __future__ import annotations

import io
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from foi.campaigns.campaign import load_campaign
from parsers.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SEED = 20251126
N_OTHER = 128
COUNCIL = "Wigan Council (synthetic)"
REQUEST = (
    "Under the Freedom of Information Act, about the Child Safeguarding Practice Review "
    "Panel's September 2022 briefing on bruising in non-mobile infants: 1. Was there a review "
    "of your safeguarding policies after this guidance was published, when was it, and what "
    "did it conclude? 2. Provide any papers that give information on the outcome of this "
    "review. 3. Does your policy require a s47 investigation or strategy discussion in all "
    "cases? 4. What changes were put in place? 5. Were there changes to your definition of "
    "when a child is not independently mobile?"
)
TOPICS = [
    ("Parking penalty charge notices", "penalty charge notices issued"),
    ("Pothole compensation claims", "claims for vehicle damage received"),
    ("Agency staff spend", "pounds spent on agency staff"),
    ("Council tax single person discount", "accounts with the discount"),
    ("Library opening hours", "hours the central library opened"),
    ("School transport contracts", "taxi contracts let"),
    ("Fly-tipping enforcement", "fixed penalty notices for fly-tipping"),
    ("Public toilets", "public toilets maintained"),
    ("Empty homes", "properties empty for more than six months"),
    ("Street lighting energy", "street lights converted to LED"),
    ("Licensed houses in multiple occupation", "licences issued"),
    ("Air quality monitoring", "diffusion tubes in use"),
    ("Planning enforcement", "enforcement notices served"),
    ("Councillor allowances", "pounds paid in allowances"),
    ("Grass cutting", "verges cut each year"),
    ("Cyber security incidents", "incidents reported"),
]
MONTHS = "January February March April May June July August September October November December"


@dataclass
class Disclosure:
    key: str  # stable name, e.g. "reply-inline", "other-17"
    ref: str  # FOI-2025-1123
    title: str
    day: date
    role: str  # reply, decoy or other
    body: str  # HTML of the page's text (request and response)
    text: str  # what the site's search indexes: title and page text
    files: list[tuple[str, bytes]] = field(default_factory=list)  # attachments
    reply_in_file: bool = False  # the campaign's answer is the file, not the page

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", f"{self.ref} {self.title}".lower()).strip("-")[:70]

    @property
    def nid(self) -> int:
        return 9000 + int(self.ref.rsplit("-", 1)[1])


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the lines in Helvetica: written by hand, small and quick to read."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({esc(line[:110])}) '" for line in lines[:60])
    content = f"BT /F1 9 Tf 40 800 Td 11 TL {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.replace("\r", "").split("\n") if p.strip())


def corpus(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


def _page_text(body: str) -> str:
    return re.sub(r"<[^>]+>", " ", body)


def disclosures(seed: int = SEED, n_other: int = N_OTHER) -> list[Disclosure]:
    """The log's contents, newest first."""
    rng = random.Random(seed)
    york = corpus("web_mail/york-letter-crlf.txt").decode("utf-8")
    bristol = corpus("fresh_typical/bristol-paraphrased.txt").decode("utf-8")
    old = re.sub(r"\b202[56]\b", "2023", bristol)
    other_request = corpus("fresh_final/portsmouth-other-request.txt").decode("utf-8")
    request = f"<h2>Request</h2><p>{REQUEST}</p>"
    items = [
        Disclosure("reply-inline", "FOI-2025-1123", "Bruising in non-mobile infants",
                   date(2025, 12, 4), "reply", f"{request}<h2>Response</h2>{paragraphs(york)}", ""),
        Disclosure("reply-attached", "FOI-2025-1187", "Safeguarding policy on bruising in babies",
                   date(2025, 12, 10), "reply",
                   f"{request}<h2>Response</h2><p>Please find our response attached.</p>", "",
                   [("FOI-2025-1187-response.pdf", corpus("letters/norfolk-q-and-a-letter.pdf"))],
                   reply_in_file=True),
        Disclosure("reply-docx-only", "FOI-2025-1201", "Children's services policy",
                   date(2025, 12, 2), "reply", "<p>Our response is attached.</p>", "",
                   [("FOI-2025-1201-response.docx", corpus("letters/derbyshire-three-column.docx"))],
                   reply_in_file=True),
        Disclosure("decoy-2023", "FOI-2023-0311", "Bruising in non-mobile infants",
                   date(2023, 3, 14), "decoy", f"{request}<h2>Response</h2>{paragraphs(old)}", ""),
        Disclosure("decoy-fruit", "FOI-2025-1090", "School meals: fruit quality",
                   date(2025, 11, 5), "decoy",
                   "<p>Bruising to fruit delivered to school kitchens is checked on arrival; "
                   "bruised fruit is returned to the supplier.</p>", ""),
        Disclosure("decoy-other-request", "FOI-2025-1160", "Agency social workers",
                   date(2025, 12, 1), "decoy", paragraphs(other_request), ""),
        Disclosure("decoy-attachment", "FOI-2025-1150", "Child protection plans",
                   date(2025, 11, 18), "decoy", "<p>Our response is attached.</p>", "",
                   [("FOI-2025-1150-response.pdf",
                     corpus("fresh_layouts/lincolnshire-child-protection-plans.pdf"))]),
    ]  # fmt: skip
    start, days = date(2023, 6, 1), (date(2026, 5, 31) - date(2023, 6, 1)).days
    for n in range(n_other):
        title, what = TOPICS[n % len(TOPICS)]
        day = start + timedelta(days=rng.randrange(days))
        count = rng.randrange(3, 4000)
        text = f"In {day.year - 1}/{str(day.year)[2:]} the council recorded {count} {what}."
        body = f"<h2>Request</h2><p>Please tell me about {title.lower()}.</p><h2>Response</h2><p>{text}</p>"
        files = []
        if n % 4 == 0:
            files = [(f"FOI-{day.year}-{2000 + n}-data.pdf", tiny_pdf([title, text]))]
        items.append(Disclosure(f"other-{n}", f"FOI-{day.year}-{2000 + n}", title, day,
                                "other", body, "", files))  # fmt: skip
    for item in items:
        # The sites' searches index the page and its documents (as search_api_attachments
        # and Jadu's document search do), so a reply that is only attached is found too.
        files = " ".join(extract(data, name).text for name, data in item.files)
        item.text = f"{item.title} {_page_text(item.body)} {files}"
    return sorted(items, key=lambda d: (d.day, d.ref), reverse=True)


def search(items: list[Disclosure], query: str) -> list[Disclosure]:
    """The site's own search: items whose title and page text hold every word."""
    words = query.lower().split()
    return [d for d in items if all(w in d.text.lower() for w in words)]


def dmy(day: date) -> str:
    return f"{day.day} {MONTHS.split()[day.month - 1]} {day.year}"


# -- writing a site ------------------------------------------------------------------------


class Site:
    """A folder foi/mirror.py serves: pages by route (any path and query), files by path."""

    def __init__(self, root: Path, robots: str = "User-agent: *\nDisallow: /search\n"):
        self.root = root
        self.routes: dict[str, dict[str, object]] = {}
        root.mkdir(parents=True, exist_ok=True)
        (root / "robots.txt").write_text(robots)

    def page(self, key: str, html: str) -> None:
        name = f"pages/{len(self.routes):05d}.html"
        (self.root / "pages").mkdir(exist_ok=True)
        (self.root / name).write_text(html, "utf-8")
        self.routes[key] = {"file": name, "type": "text/html; charset=utf-8"}

    def file(self, path: str, data: bytes, ctype: str | None = None) -> None:
        target = self.root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        if ctype:  # served by route when the address has no telling extension
            self.routes[path] = {"file": path.lstrip("/"), "type": ctype}

    def save(self) -> None:
        (self.root / "routes.json").write_text(json.dumps(self.routes, indent=0))


@dataclass
class Shape:
    name: str
    log: str  # the log's path: the only thing the spider is given
    selector_row: tuple[str, ...]  # platform, url (path), link, next, content, attachment
    kept: list[str]  # the campaign's replies: must be archived as kept
    decoys: list[str]  # made to be mistaken for replies: never kept
    others: list[str]  # the other disclosures: never kept
    has_search: bool = False

    @property
    def never(self) -> list[str]:
        return self.decoys + self.others


def pages(items: list[Disclosure], size: int) -> list[list[Disclosure]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def menu() -> str:
    names = ["Bins and recycling", "Council tax", "Schools", "Social care", "Planning", "Jobs"]
    return "".join(f"<li><a href='/{n.split()[0].lower()}'>{n}</a></li>" for n in names)


def expected(items: list[Disclosure], page: Callable[[Disclosure], str],
             file: Callable[[Disclosure, str], str]) -> tuple[list[str], list[str], list[str]]:  # fmt: skip
    """(replies, decoys, others) as the paths the archive must or must not keep."""
    kept: list[str] = []
    decoys: list[str] = []
    others: list[str] = []
    for d in items:
        if d.role == "reply":
            kept += [file(d, name) for name, _ in d.files] if d.reply_in_file else [page(d)]
        elif d.role == "decoy":
            decoys += [page(d), *(file(d, name) for name, _ in d.files)]
        else:
            others.append(page(d))
    return kept, decoys, others


def home_and_foi(site: Site, chrome: Callable[[str, str], str], log: str) -> None:
    """A home page and an FOI page that links to the log (for `foi sources discover`)."""
    site.page("/", chrome(COUNCIL, "<h1>Welcome</h1><ul class='tasks'><li><a href='/council/"
              "freedom-of-information'>Freedom of information</a></li><li><a href='/bins'>Bin "
              "collection days</a></li></ul>"))  # fmt: skip
    site.page("/council/freedom-of-information", chrome("Freedom of information",
              "<h1>Freedom of information</h1><p>How to make a request.</p>"
              f"<p><a href='{log}'>View our disclosure log</a> of responses to previous "
              "requests.</p><p><a href='/council/foi-statistics'>FOI statistics</a></p>"))  # fmt: skip


def terms() -> list[str]:
    return load_campaign().search_terms


# -- LocalGov Drupal -----------------------------------------------------------------------


def drupal_chrome(title: str, content: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='en' dir='ltr'><head><meta charset='utf-8'><title>{escape(title)}"
        f" | {COUNCIL}</title></head><body class='path-node'><a href='#main-content' class="
        "'visually-hidden focusable skip-link'>Skip to main content</a><div class="
        "'dialog-off-canvas-main-canvas'><header class='lgd-header' role='banner'><a href='/' "
        f"rel='home' class='lgd-header__logo'>{COUNCIL}</a><form class='localgov-search-form' "
        "action='/search' method='get' role='search'><input type='search' name='s' placeholder="
        "'Search'><input type='submit' value='Search'></form><nav class='lgd-header__nav' "
        f"aria-label='Main'><ul>{menu()}</ul></nav></header><nav class='breadcrumb'><ol><li><a "
        "href='/'>Home</a></li><li><a href='/council/freedom-of-information'>Freedom of "
        "information</a></li></ol></nav><main class='main' id='main-content' role='main'><div "
        f"class='lgd-container'>{content}</div></main><footer class='lgd-footer' role="
        "'contentinfo'><ul><li><a href='/accessibility'>Accessibility</a></li><li><a href="
        "'/privacy'>Privacy</a></li><li><a href='/cookies'>Cookies</a></li></ul></footer></div>"
        "</body></html>"
    )


def build_drupal(root: Path, items: list[Disclosure]) -> Shape:
    site, log = Site(root), "/foi/disclosure-log"

    def page_path(d: Disclosure) -> str:
        return f"{log}/{d.slug}"

    def file_path(d: Disclosure, name: str) -> str:
        return f"/sites/default/files/{d.day:%Y-%m}/{name}"

    def teaser(d: Disclosure) -> str:
        return (
            f"<div class='views-row'><article class='lgd-teaser'><h3 class='lgd-teaser__title'>"
            f"<a href='{page_path(d)}' rel='bookmark'><span>{escape(d.title)}</span></a></h3>"
            f"<div class='lgd-teaser__content'><p>Published: <time datetime='{d.day}T09:00:00Z'>"
            f"{dmy(d.day)}</time></p><p>Reference: {d.ref}</p></div></article></div>"
        )

    def listing(chunk: list[Disclosure], n: int, last: int, query: list[tuple[str, str]]) -> str:
        years = "".join(f"<option value='{y}'>{y}</option>" for y in (2026, 2025, 2024, 2023))
        form = (
            f"<div class='view-filters'><form class='views-exposed-form' action='{log}' method="
            "'get' id='views-exposed-form-disclosure-log-page-1'><div class='form-item'><label "
            "for='edit-search-api-fulltext'>Keywords</label><input type='text' id='edit-search-"
            "api-fulltext' name='search_api_fulltext' value='' size='30' class='form-text'></div>"
            "<div class='form-item'><label for='edit-year'>Year</label><select id='edit-year' "
            f"name='year'><option value='All' selected='selected'>- Any -</option>{years}</select>"
            "</div><div class='form-actions'><input type='submit' id='edit-submit-disclosure-log' "
            "value='Apply' class='button js-form-submit form-submit'></div></form></div>"
        )

        def href(k: int) -> str:
            return "?" + urlencode([*query, ("page", str(k))])

        pager = "".join(
            f"<li class='pager__item{' is-active' if k == n else ''}'><a href='{href(k)}' "
            f"title='Go to page {k + 1}'{' aria-current=page' if k == n else ''}>{k + 1}</a></li>"
            for k in range(max(0, n - 4), min(last + 1, n + 5))
        )
        if n < last:
            pager += (
                f"<li class='pager__item pager__item--next'><a href='{href(n + 1)}' title='Go to "
                "next page' rel='next'><span class='visually-hidden'>Next page</span><span "
                "aria-hidden='true'>Next ›</span></a></li>"
            )
        rows = "".join(teaser(d) for d in chunk) or "<p>No results found.</p>"
        return drupal_chrome(
            "Disclosure log",
            f"<h1>Disclosure log</h1><div class='view view-disclosure-log'>{form}<div class="
            f"'view-content'>{rows}</div><nav class='pager' role='navigation'><ul class="
            f"'pager__items js-pager__items'>{pager}</ul></nav></div>",
        )

    def write_listing(key: str, found: list[Disclosure], query: list[tuple[str, str]]) -> None:
        chunks = pages(found, 10)
        for n, chunk in enumerate(chunks):
            page_key = key if n == 0 else f"{log}?" + urlencode([*query, ("page", str(n))])
            site.page(page_key, listing(chunk, n, len(chunks) - 1, query))

    write_listing(log, items, [])
    for term in terms():
        query = [("search_api_fulltext", term), ("year", "All")]
        write_listing(f"{log}?" + urlencode(query), search(items, term), query)
    for d in items:
        docs = "".join(
            f"<li><a href='{file_path(d, name)}' type='application/pdf'>{escape(name)}</a></li>"
            for name, _ in d.files
        )
        site.page(page_path(d), drupal_chrome(d.title,
            f"<article class='lgd-page'><h1 class='lgd-page-title-block__title'>{escape(d.title)}"
            f"</h1><div class='field--name-localgov-published-date'>Published: <time datetime="
            f"'{d.day}T09:00:00Z'>{dmy(d.day)}</time></div><div class='field--name-reference'>"
            f"Reference: {d.ref}</div><div class='field--name-body'>{d.body}</div>"
            f"<div class='field--name-localgov-documents'><ul>{docs}</ul></div></article>"))  # fmt: skip
        for name, data in d.files:
            site.file(file_path(d, name), data)
    home_and_foi(site, drupal_chrome, log)
    site.save()
    kept, decoys, others = expected(items, page_path, file_path)
    selector = ("council_site", f"{log}?search_api_fulltext={{query}}&year=All",
                "div.view-content h3 a", "nav.pager a[rel=next]", "main",
                "div.field--name-localgov-documents a")  # fmt: skip
    return Shape("drupal", log, selector, kept, decoys, others, has_search=True)


# -- Jadu ------------------------------------------------------------------------------------


def jadu_chrome(title: str, content: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{escape(title)} | {COUNCIL}</title></head>"
        "<body><div id='skip'><a href='#content'>Skip to content</a></div><header class="
        f"'masthead'><a class='masthead__logo' href='/'>{COUNCIL}</a><form class='masthead__"
        "search' action='/site_search/results' method='get'><input type='text' name='q' "
        "placeholder='Search this site'><button type='submit'>Go</button></form></header><nav "
        f"class='nav nav--primary'><ul class='nav__list'>{menu()}</ul></nav><div class='breadcrumb"
        "'><a href='/'>Home</a> &gt; <a href='/directory/45/freedom_of_information_disclosure_"
        f"log'>Disclosure log</a></div><main id='content' class='main'>{content}</main><footer "
        "class='footer'><a href='/contact'>Contact us</a> <a href='/terms'>Terms</a></footer>"
        "</body></html>"
    )


def build_jadu(root: Path, items: list[Disclosure]) -> Shape:
    site, log = Site(root), "/directory/45/freedom_of_information_disclosure_log"

    def page_path(d: Disclosure) -> str:
        return f"/directory_record/{d.nid}/{d.slug.replace('-', '_')}"

    def file_path(d: Disclosure, name: str) -> str:
        return f"/downloads/file/{d.nid}{len(name)}/{name.rsplit('.', 1)[0].lower()}"

    def record(d: Disclosure) -> str:
        return (
            f"<li class='list__item'><a class='list__link' href='{page_path(d)}'>"
            f"{escape(d.title)}</a></li>"
        )

    form = (
        "<form action='/directory/45/search' method='get' class='form form--block' id='directory"
        "-search'><label for='keywords' class='form__label'>Search the disclosure log</label>"
        "<input type='text' name='keywords' id='keywords' class='form__control'><input type="
        "'submit' class='button button--primary' value='Search'></form>"
    )
    letters = "".join(
        f"<li><a href='/directory/45/a-to-z/{c}'>{c}</a></li>" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    )
    latest = "".join(record(d) for d in items[:10])
    site.page(log, jadu_chrome("Freedom of information disclosure log",
              f"<h1>Freedom of information disclosure log</h1><p>Search our responses to "
              f"previous requests.</p>{form}<h2>Browse A to Z</h2><ul class='list list--inline "
              f"a-to-z'>{letters}</ul><h2>Latest records</h2><ul class='list list--record'>"
              f"{latest}</ul>"))  # fmt: skip
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        chosen = "".join(record(d) for d in items if d.title.upper().startswith(c))
        site.page(f"/directory/45/a-to-z/{c}", jadu_chrome(f"Records: {c}",
                  f"<h1>Records beginning with {c}</h1><ul class='list list--record'>{chosen}"
                  "</ul>"))  # fmt: skip
    for term in terms():
        found = search(items, term)
        chunks = pages(found, 10)
        for n, chunk in enumerate(chunks, start=1):
            query = [("keywords", term)] + ([("page", str(n))] if n > 1 else [])
            nxt = (
                "<nav class='pagination'><ul class='pagination__list'><li class='pagination__item "
                "pagination__item--next'><a class='pagination__link' rel='next' href='/directory/"
                f"45/search?{urlencode([('keywords', term), ('page', str(n + 1))])}'>Next page"
                "</a></li></ul></nav>"
                if n < len(chunks)
                else ""
            )
            site.page(f"/directory/45/search?{urlencode(query)}", jadu_chrome("Search results",
                      f"<h1>Search results</h1><p class='search-summary'>{len(found)} results "
                      f"for <strong>{escape(term)}</strong></p>{form}<ul class='list list--record'>"
                      f"{''.join(record(d) for d in chunk)}</ul>{nxt}"))  # fmt: skip
    for d in items:
        files = "".join(
            f"<li><a href='{file_path(d, name)}'>{escape(name)} (PDF)</a></li>"
            for name, _ in d.files
        )
        site.page(page_path(d), jadu_chrome(d.title,
                  f"<h1>{escape(d.title)}</h1><dl class='list list--definition definition'>"
                  f"<dt class='definition__heading'>Reference</dt><dd class='definition__content'>"
                  f"{d.ref}</dd><dt class='definition__heading'>Date of response</dt><dd class="
                  f"'definition__content'>{dmy(d.day)}</dd><dt class='definition__heading'>Details"
                  f"</dt><dd class='definition__content'>{d.body}</dd><dt class='definition__"
                  f"heading'>Documents</dt><dd class='definition__content'><ul>{files}</ul></dd>"
                  "</dl>"))  # fmt: skip
        for name, data in d.files:
            kind = "application/pdf" if name.endswith(".pdf") else "application/octet-stream"
            site.file(file_path(d, name), data, kind)
    home_and_foi(site, jadu_chrome, log)
    site.save()
    kept, decoys, others = expected(items, page_path, file_path)
    selector = ("council_site", "/directory/45/search?keywords={query}",
                "ul.list--record a.list__link", "li.pagination__item--next a", "main",
                "dd a[href*='/downloads/file/']")  # fmt: skip
    return Shape("jadu", log, selector, kept, decoys, others, has_search=True)


# -- GOSS iCM --------------------------------------------------------------------------------


def goss_chrome(title: str, content: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='en-GB'><head><title>{escape(title)} - {COUNCIL}</title>"
        "</head><body class='goss'><header class='site-header' role='banner'><div class='site-"
        f"header__inner'><a class='site-header__logo' href='/'>{COUNCIL}</a><form class='site-"
        "search' action='/search' method='get' role='search'><label for='q'>Search</label><input "
        "id='q' name='q' type='search'><button>Search</button></form></div><nav class='site-"
        f"nav'><ul>{menu()}</ul></nav></header><main id='content' class='page'>{content}</main>"
        "<footer class='site-footer'><ul><li><a href='/accessibility'>Accessibility</a></li><li>"
        "<a href='/privacy'>Privacy notice</a></li></ul></footer></body></html>"
    )


def build_goss(root: Path, items: list[Disclosure]) -> Shape:
    site, log = Site(root), "/foi-disclosure-log"

    def page_path(d: Disclosure) -> str:
        return f"/article/{d.nid}/{d.slug.title()}"

    def file_path(d: Disclosure, name: str) -> str:
        stem, ext = name.rsplit(".", 1)
        return f"/media/{d.nid}/{stem}/{ext}/{name}"

    chunks = pages(items, 10)
    for n, chunk in enumerate(chunks, start=1):
        rows = "".join(
            f"<li class='item-list__item'><h2 class='item-list__title'><a class='item-list__link' "
            f"href='{page_path(d)}'>{d.ref.replace('-', ' ', 1)} – {escape(d.title)}</a></h2><p "
            f"class='item-list__meta'><span class='item-list__label'>Date responded:</span> "
            f"{d.day:%d/%m/%Y}</p><p class='item-list__summary'>{escape(d.text[:120])}…</p></li>"
            for d in chunk
        )

        def href(k: int) -> str:
            return log if k == 1 else f"{log}?page={k}"

        links = [f"<li><a href='{href(n - 1)}'>Previous</a></li>"] if n > 1 else []
        for k in range(max(1, n - 2), min(len(chunks), n + 2) + 1):
            links.append(
                f"<li><span class='pagination__current' aria-current='page'>{k}</span></li>"
                if k == n
                else f"<li><a href='{href(k)}'>{k}</a></li>"
            )
        if n < len(chunks):
            links.append(f"<li><a class='pagination__next' href='{href(n + 1)}'>Next</a></li>")
        site.page(href(n), goss_chrome("FOI disclosure log",
                  f"<h1>FOI disclosure log</h1><p>Page {n} of {len(chunks)}</p><div class="
                  f"'listing'><ul class='item-list'>{rows}</ul></div><div class='pagination'>"
                  f"<ul class='pagination__list'>{''.join(links)}</ul></div>"))  # fmt: skip
    for d in items:
        files = "".join(
            f"<li><a class='downloads__link' href='{file_path(d, name)}?m=1764000000'>"
            f"{escape(name)}</a></li>"
            for name, _ in d.files
        )
        downloads = (
            f"<div class='downloads'><h2>Downloads</h2><ul>{files}</ul></div>" if files else ""
        )
        site.page(page_path(d), goss_chrome(d.title,
                  f"<div class='article'><h1>{escape(d.title)}</h1><div class='article__meta'><p>"
                  f"Reference: {d.ref}</p><p>Date responded: {dmy(d.day)}</p></div><div class="
                  f"'article__body editor'>{d.body}</div>{downloads}</div>"))  # fmt: skip
        for name, data in d.files:
            site.file(file_path(d, name), data)
    home_and_foi(site, goss_chrome, log)
    site.save()
    kept, decoys, others = expected(
        items, page_path, lambda d, name: file_path(d, name) + "?m=1764000000"
    )
    selector = ("council_site", log, "ul.item-list a.item-list__link", "a.pagination__next",
                "main", "div.downloads a")  # fmt: skip
    return Shape("goss", log, selector, kept, decoys, others)


# -- ASP.NET WebForms --------------------------------------------------------------------------


def aspnet_chrome(title: str, content: str) -> str:
    state = "/wEPDwUKLTk" + "x" * 600  # a view state: the page is one big postback form
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body><form method="
        "'post' action='./DisclosureLog.aspx' id='form1'><div class='aspNetHidden'><input type="
        f"'hidden' name='__VIEWSTATE' id='__VIEWSTATE' value='{state}'></div><div id='header'>"
        f"<a href='/'>{COUNCIL}</a> | <a href='/contact'>Contact</a></div><div id='main'>"
        f"{content}</div><div id='footer'><a href='/privacy'>Privacy</a></div></form></body>"
        "</html>"
    )


def build_aspnet(root: Path, items: list[Disclosure]) -> Shape:
    site, folder = Site(root), "/InformationGovernance"
    log = f"{folder}/DisclosureLog.aspx"

    def page_path(d: Disclosure) -> str:
        return f"{folder}/DisclosureDetail.aspx?id={d.nid}"

    def file_path(d: Disclosure, name: str) -> str:
        return f"{folder}/Files/{name}"

    def grid(rows: list[Disclosure], pager: bool) -> str:
        body = "".join(
            f"<tr><td>{d.nid}</td><td><a href='DisclosureDetail.aspx?id={d.nid}'>{escape(d.title)}"
            f"</a></td><td>{d.day:%d/%m/%Y}</td><td>"
            + (", ".join(f"<a href='Files/{n}'>{escape(n)}</a>" for n, _ in d.files) or "-")
            + "</td></tr>"
            for d in rows
        )
        if pager:
            numbers = "".join(
                f"<td><a href=\"javascript:__doPostBack('ctl00$MainContent$gvLog','Page${k}')\">"
                f"{k}</a></td>"
                for k in range(2, 8)
            )
            body += (
                f"<tr class='pager'><td colspan='4'><table><tr><td><span>1</span></td>{numbers}"
                "</tr></table></td></tr>"
            )
        return (
            "<table class='grid' id='MainContent_gvLog'><tr><th>Id</th><th>Subject</th><th>"
            f"Response Date</th><th>Response Files</th></tr>{body}</table>"
        )

    search_box = (
        "<p><label for='MainContent_txtSearch'>Search by Id or text</label> <input name='ctl00$"
        "MainContent$txtSearch' type='text' id='MainContent_txtSearch'> <input type='submit' "
        "name='ctl00$MainContent$btnSearch' value='Search'></p>"
    )
    popular = " ".join(
        f"<a href='DisclosureLog.aspx?search={w.replace(' ', '+')}'>{w}</a>"
        for w in ("parking", "council tax", "schools", "adult social care")
    )
    site.page(log, aspnet_chrome("Disclosure Log",
              f"<h1>Disclosure Log</h1>{search_box}<p class='popular'>Popular searches: {popular}"
              f"</p>{grid(items[:20], True)}"))  # fmt: skip
    for term in terms():
        found = search(items, term)
        site.page(f"{log}?{urlencode({'search': term})}", aspnet_chrome("Disclosure Log",
                  f"<h1>Disclosure Log</h1>{search_box}<p>{len(found)} responses match "
                  f"'{escape(term)}'.</p>{grid(found, False)}"))  # fmt: skip
    for d in items:
        files = "".join(f"<a href='Files/{n}'>{escape(n)}</a> " for n, _ in d.files) or "-"
        site.page(page_path(d), aspnet_chrome(d.title,
                  f"<h1>Disclosure {d.nid}</h1><table class='detail'><tr><th>Id</th><td>{d.nid}"
                  f"</td></tr><tr><th>Subject</th><td>{escape(d.title)}</td></tr><tr><th>Response "
                  f"Date</th><td>{d.day:%d/%m/%Y}</td></tr><tr><th>Questions and response</th><td>"
                  f"{d.body}</td></tr><tr><th>Response Files</th><td>{files}</td></tr></table>"))  # fmt: skip
        for name, data in d.files:
            site.file(file_path(d, name), data)
    home_and_foi(site, aspnet_chrome, log)
    site.save()
    kept, decoys, others = expected(items, page_path, file_path)
    selector = ("council_site", f"{log}?search={{query}}",
                "table.grid td a[href*='DisclosureDetail']", "", "#main", "a[href*='Files/']")  # fmt: skip
    return Shape("aspnet", log, selector, kept, decoys, others, has_search=True)


# -- a monthly list of files ---------------------------------------------------------------------


def plain_chrome(title: str, content: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)} - {COUNCIL}</title></head><body>"
        f"<div class='top'><a href='/'>{COUNCIL}</a></div><ul class='menu'>{menu()}</ul>"
        f"<div id='content'>{content}</div><div class='bottom'><a href='/contact'>Contact</a>"
        "</div></body></html>"
    )


def build_monthly(root: Path, items: list[Disclosure]) -> Shape:
    site, log = Site(root), "/council/foi/disclosure-logs"
    months: dict[str, list[Disclosure]] = {}
    for d in items:
        months.setdefault(f"{d.day:%Y-%m}", []).append(d)

    def file_path(d: Disclosure, name: str = "") -> str:
        ext = (name or (d.files[0][0] if d.files else "x.pdf")).rsplit(".", 1)[1]
        return f"/media/foi/{d.day:%Y-%m}/{d.ref.lower()}.{ext}"

    def document(d: Disclosure) -> bytes:
        if d.files and d.role != "other":
            return d.files[0][1]  # the reply, or the decoy's own file
        if d.key == "reply-inline":
            return corpus("letters/wiltshire-bold-questions.pdf")
        if d.key == "decoy-2023":
            return corpus("letters/essex-response-table.pdf")  # answered in 2023: too early
        return tiny_pdf([d.ref, d.title, *re.sub(r"<[^>]+>", "\n", d.body).split("\n")])

    keys = sorted(months, reverse=True)
    groups = [keys[i : i + 3] for i in range(0, len(keys), 3)]
    summaries: list[str] = []
    for n, group in enumerate(groups, start=1):
        sections = []
        for key in group:
            year, month = key.split("-")
            label = f"{MONTHS.split()[int(month) - 1]} {year}"
            lis = []
            for d in months[key]:
                path = file_path(d)
                size = len(document(d)) // 1024 + 1
                lis.append(
                    f"<li><a href='{path}'>{d.ref.replace('-', ' ', 1)} ({path[-4:].upper().strip('.')}, {size} KB)</a></li>"
                )
                site.file(path, document(d))
            summary = f"/media/foi/{key}/disclosure-log-{key}.xlsx"
            rows = [["Reference", "Date received", "Subject"]] + [
                [d.ref, dmy(d.day), "Bruising protocol" if d.role == "reply" else d.title]
                for d in months[key]
            ]
            site.file(summary, xlsx(rows))
            summaries.append(summary)
            lis.append(f"<li><a href='{summary}'>Disclosure log summary {label} (XLSX)</a></li>")
            sections.append(f"<h2>{label}</h2><ul class='file-list'>{''.join(lis)}</ul>")
        more = (
            f"<p class='load-more'><a class='load-more__link' href='{log}?page={n + 1}'>Load more"
            "</a></p>"
            if n < len(groups)
            else ""
        )
        key = log if n == 1 else f"{log}?page={n}"
        site.page(key, plain_chrome("Disclosure logs",
                  f"<h1>Disclosure logs</h1><p>Our responses, month by month.</p>"
                  f"{''.join(sections)}{more}"))  # fmt: skip
    home_and_foi(site, plain_chrome, log)
    site.save()
    kept = [file_path(d) for d in items if d.role == "reply"]
    decoys = [file_path(d) for d in items if d.role == "decoy"]
    others = [file_path(d) for d in items if d.role == "other"] + summaries
    selector = ("log", log, "ul.file-list a", "p.load-more a", "", "")
    return Shape("monthly", log, selector, kept, decoys, others)


# -- a list drawn by JavaScript, with a sitemap ---------------------------------------------------


def build_jsapp(root: Path, items: list[Disclosure]) -> Shape:
    site, log = Site(root, "User-agent: *\nDisallow:\nSitemap: /sitemap.xml\n"), "/foi/responses"

    def page_path(d: Disclosure) -> str:
        return f"{log}/{d.slug}"

    def file_path(d: Disclosure, name: str) -> str:
        return f"/files/foi/{name}"

    site.page(log, plain_chrome("FOI responses",
              "<h1>FOI responses</h1><div id='foi-app' data-endpoint='/api/foi'></div><script "
              "src='/js/foi-app.js'></script><noscript>This page needs JavaScript.</noscript>"))  # fmt: skip
    for d in items:
        files = "".join(f"<a href='{file_path(d, n)}'>{escape(n)}</a> " for n, _ in d.files)
        site.page(page_path(d), plain_chrome(d.title,
                  f"<h1>{escape(d.title)}</h1><p>Published: {dmy(d.day)}</p>{d.body}<p>{files}"
                  "</p>"))  # fmt: skip
        for name, data in d.files:
            site.file(file_path(d, name), data)
    urls = "".join(f"<url><loc>{page_path(d)}</loc><lastmod>{d.day}</lastmod></url>" for d in items)
    others = "".join(f"<url><loc>/{p}</loc></url>" for p in ("bins", "council-tax", "schools"))
    ns = "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"
    site.file("/sitemap-foi.xml", f"<?xml version='1.0'?><urlset {ns}>{urls}</urlset>".encode())
    site.file("/sitemap-pages.xml", f"<?xml version='1.0'?><urlset {ns}>{others}</urlset>".encode())
    index = "".join(
        f"<sitemap><loc>/{n}</loc></sitemap>" for n in ("sitemap-pages.xml", "sitemap-foi.xml")
    )
    site.file(
        "/sitemap.xml", f"<?xml version='1.0'?><sitemapindex {ns}>{index}</sitemapindex>".encode()
    )
    site.save()
    kept, decoys, others = expected(items, page_path, file_path)
    return Shape("jsapp", log, (), kept, decoys, others)


# -- an index of months, each month's page listing its responses ----------------------------------


def build_months(root: Path, items: list[Disclosure]) -> Shape:
    site, log = Site(root), "/foi/responses-by-month"
    months: dict[str, list[Disclosure]] = {}
    for d in items:
        months.setdefault(f"{d.day:%Y-%m}", []).append(d)

    def page_path(d: Disclosure) -> str:
        return f"/foi/response/{d.slug}"

    def file_path(d: Disclosure, name: str) -> str:
        return f"/documents/foi/{name}"

    index = "".join(
        f"<li><a href='{log}/{key}'>FOI responses: {MONTHS.split()[int(key[5:]) - 1]} "
        f"{key[:4]}</a></li>"
        for key in sorted(months, reverse=True)
    )
    site.page(log, plain_chrome("FOI responses by month",
              f"<h1>FOI responses by month</h1><ul class='months'>{index}</ul>"))  # fmt: skip
    for key, chosen in months.items():
        lis = "".join(
            f"<li><a href='{page_path(d)}'>{d.ref} {escape(d.title)}</a></li>" for d in chosen
        )
        site.page(f"{log}/{key}", plain_chrome(f"FOI responses {key}",
                  f"<h1>FOI responses {key}</h1><ul class='responses'>{lis}</ul>"))  # fmt: skip
    for d in items:
        files = "".join(f"<li><a href='{file_path(d, n)}'>{escape(n)}</a></li>" for n, _ in d.files)
        site.page(page_path(d), plain_chrome(d.title,
                  f"<h1>{escape(d.title)}</h1><p>Date of response: {dmy(d.day)}</p>{d.body}"
                  f"<ul>{files}</ul>"))  # fmt: skip
        for name, data in d.files:
            site.file(file_path(d, name), data)
    site.save()
    kept, decoys, others = expected(items, page_path, file_path)
    return Shape("months", log, (), kept, decoys, others)


BUILDERS: dict[str, Callable[[Path, list[Disclosure]], Shape]] = {
    "drupal": build_drupal,
    "jadu": build_jadu,
    "goss": build_goss,
    "aspnet": build_aspnet,
    "monthly": build_monthly,
    "jsapp": build_jsapp,
    "months": build_months,
}


def build(
    root: Path, names: list[str] | None = None, copies: tuple[str, ...] = ("",)
) -> dict[str, Shape]:
    """Write each shape's site into root/<name><copy> (a copy per crawl to compare, each to
    be served on its own host); returns the shapes by site folder name."""
    items = disclosures()
    out = {}
    for name in names or list(BUILDERS):
        for copy in copies:
            out[name + copy] = BUILDERS[name](root / f"{name}{copy}", items)
    return out


# -- crawling the sites: the address alone against a hand-written selector row ------------------

HEADER = (
    "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector"
)
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}


@dataclass
class Result:
    shape: Shape
    site: str  # the folder (and mirror name) crawled
    requests: int  # as counted by the site's server, robots.txt included
    kept: list[str]  # the shape's replies found archived as kept
    decoys_kept: list[str]  # what must never be kept, but was
    paths: list[str]  # every path and query the site was asked for
    records: list[Any] = field(
        default_factory=list
    )  # its archive records (foi.archive.store.Record)

    @property
    def missed(self) -> list[str]:
        return [p for p in self.shape.kept if p not in self.kept]


def run_crawl(sources: Path, data: Path, platforms: list[str]) -> dict[str, dict[str, object]]:
    """crawler.run.crawl in a child process (Twisted's reactor runs once per process)."""
    import subprocess
    import sys

    script = (
        "import json, pathlib; from crawler.run import crawl; "
        f"s = crawl(pathlib.Path({str(data)!r}), sources=pathlib.Path({str(sources)!r}), "
        f"platforms={platforms!r}, overrides={FAST!r}); "
        "print(json.dumps({k: {a: b for a, b in v.items() if a.startswith('foi/')} "
        "for k, v in s.items()}, default=str))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def crawl_all(root: Path, names: list[str] | None = None) -> tuple[dict[str, Result], dict]:
    """Build every shape twice, serve each copy on its own loopback host, crawl one copy from
    its log's address alone (platform log, no selectors) and the other from its hand-written
    selector row, in one run. Returns the results by site folder, and the crawl's stats."""
    from foi.archive.store import Archive
    from foi.mirror import serve
    from foi.reference.registry import Registry

    shapes = build(root / "sites", names, copies=("", "-sel"))
    if "drupal" in (names or BUILDERS):
        # The same log given by one of its items' addresses (as some evidence gives it).
        shapes.update(build(root / "sites", ["drupal"], copies=("-item",)))
    codes = [a.code for a in Registry.load().authorities]
    sources, data = root / "sources.csv", root / "data"
    with serve(root / "sites", distinct_hosts=True) as mirror:
        rows, owner = [HEADER], {}
        for n, (site, shape) in enumerate(sorted(shapes.items())):
            base = mirror.bases[site]
            if site.endswith("-sel"):
                if not shape.selector_row:
                    continue
                platform, url, *selectors = shape.selector_row
                rows.append(",".join([codes[n], platform, base + url, *selectors]))
            elif site.endswith("-item"):
                rows.append(f"{codes[n]},log,{base}{shape.others[0]},,,,")
            else:
                rows.append(f"{codes[n]},log,{base}{shape.log},,,,")
            owner[site] = codes[n]
        sources.write_text("\n".join(rows) + "\n")
        stats = run_crawl(sources, data, ["log", "council_site"])
        records = list(Archive(data).records())
        results = {}
        for site, shape in shapes.items():
            if site not in owner:
                continue
            base = mirror.bases[site]
            ok = [
                r.location[len(base) :]
                for r in records
                if r.status == "ok" and r.location.startswith(base)
            ]
            results[site] = Result(
                shape, site, mirror.stats[site].requests,
                kept=[p for p in shape.kept if p in ok],
                decoys_kept=[p for p in shape.never if p in ok],
                paths=list(mirror.stats[site].paths),
                records=[r for r in records if r.location.startswith(base)],
            )  # fmt: skip
    return results, stats


def table(results: dict[str, Result]) -> str:
    """Per shape: replies kept, decoys rejected, requests by address only and by selectors."""
    lines = [
        f"{'shape':8} {'replies kept':>12} {'decoys rejected':>16} {'others rejected':>16} "
        f"{'address-only':>13} {'selectors':>10} {'ratio':>6}"
    ]
    for site, r in sorted(results.items()):
        if site.endswith(("-sel", "-item")):
            continue
        sel = results.get(f"{site}-sel")
        ratio = f"{r.requests / sel.requests:.2f}" if sel else "n/a"
        decoys, others = r.shape.decoys, r.shape.others
        bad = set(r.decoys_kept)
        lines.append(
            f"{site:8} {len(r.kept):>5} of {len(r.shape.kept):<4} "
            f"{sum(p not in bad for p in decoys):>7} of {len(decoys):<6} "
            f"{sum(p not in bad for p in others):>7} of {len(others):<6} "
            f"{r.requests:>13} {sel.requests if sel else 'n/a':>10} {ratio:>6}"
        )
    return "\n".join(lines)
