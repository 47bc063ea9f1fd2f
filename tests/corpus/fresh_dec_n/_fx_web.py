"""Council web pages: disclosure-log entries with navigation, banners and footers."""

from __future__ import annotations

from html import escape
from pathlib import Path

import _fx_specs_other as so
from _fx_common import (
    ICO_COMPLAIN,
    ICO_FOI,
    OGL,
    PREAMBLE,
    QUESTIONS,
    SHORT_Q,
    SYNTH_LINE,
    Block,
    Reject,
    all_answer_strings,
)

COMMENT = f"<!-- {SYNTH_LINE} -->"


def linkify(text: str) -> str:
    """Escape text and turn the URLs it prints into anchors showing the URL."""
    out = []
    for word in escape(text).split(" "):
        bare = word.rstrip(".,;)")
        if bare.startswith("http"):
            word = word.replace(bare, f'<a href="{bare}">{bare}</a>', 1)
        out.append(word)
    return " ".join(out)


def html_blocks(blocks: list[Block] | None) -> str:
    parts = []
    for block in blocks or []:
        if isinstance(block, str):
            parts.append(f"<p>{linkify(block)}</p>")
        else:
            items = "".join(f"<li>{linkify(t)}</li>" for t in block[1])
            parts.append(f"<ul>{items}</ul>")
    return "\n".join(parts)


def nav(items: list[str], cls: str) -> str:
    links = "".join(
        f'<li><a href="/{name.lower().replace(" ", "-")}">{name}</a></li>'
        for name in items
    )
    return f'<nav class="{cls}"><ul>{links}</ul></nav>'


def crumbs(trail: list[str]) -> str:
    items = [
        f"<li><a href=\"/{t.lower().replace(' ', '-')}\">{escape(t)}</a></li>"
        for t in trail[:-1]
    ]
    items.append(f'<li aria-current="page">{escape(trail[-1])}</li>')
    joined = "".join(items)
    return f'<nav aria-label="Breadcrumb" class="breadcrumb"><ol>{joined}</ol></nav>'


def herts(out: Path) -> list[str]:
    r = so.HERTS
    reuse = ("You may re-use this information under the Open Government Licence v3.0: "
             f"{OGL}")  # fmt: skip
    rights = ("If you are unhappy with the way your request was handled you can ask "
              "for an internal review. If you are still unhappy, you can complain to "
              f"the Information Commissioner's Office: {ICO_COMPLAIN}")  # fmt: skip
    request = "".join(f"<li>{escape(QUESTIONS[q])}</li>" for q in "12345")
    main = f"""
<main id="main-content">
<h1>Bruising in non-mobile infants: review of safeguarding policy</h1>
<dl class="foi-meta">
<dt>Reference</dt><dd>HCC-FOI-2025-11-0482</dd>
<dt>Date received</dt><dd>21 November 2025</dd>
<dt>Date published</dt><dd>12 December 2025</dd>
<dt>Category</dt><dd>Children's services</dd>
</dl>
<section class="foi-request"><h2>Request</h2><p>{escape(PREAMBLE)}</p><ol>{request}</ol>
</section>
<section class="foi-response"><h2>Response</h2>
<h3>Question 1</h3>{html_blocks(r.answers["1"])}
<h3>Question 2</h3>{html_blocks(r.answers["2"])}
<h3>Question 3</h3>{html_blocks(r.answers["3"])}
<h3>Questions 4 and 5</h3>{html_blocks(r.answers["4"])}
<p>{linkify(reuse)}</p>
<p>{linkify(rights)}</p>
</section>
<p class="back"><a href="/disclosure-log">Back to the disclosure log</a></p>
</main>"""
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Bruising in non-mobile infants | Disclosure log |
Hertfordshire County Council</title>
{COMMENT}
<style>body{{font-family:Arial,sans-serif}}
.cookie{{background:#222;color:#fff}}</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookies on this site">
<p>We use some essential cookies to make this website work. We would like to set
additional cookies to understand how you use the site.</p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button>
<a href="/cookies">View cookies</a></div>
<header><a class="logo" href="/">Hertfordshire County Council</a>
{nav(["Services", "Jobs", "News", "Contact us"], "site-nav")}
<form role="search" action="/search"><input name="q" aria-label="Search"></form>
</header>
{crumbs(["Home", "About the council", "Freedom of information", "Disclosure log",
         "HCC-FOI-2025-11-0482"])}
{main}
<footer>{nav(["Accessibility", "Privacy", "Terms", "Sitemap"], "footer-nav")}
<p>&copy; Hertfordshire County Council 2025</p></footer>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")
    return [*all_answer_strings(r), reuse, rights]


def portsmouth(out: Path) -> list[str]:
    r = so.PORTSMOUTH
    rows = "\n".join(
        f'<tr><th scope="row">{q}. {escape(SHORT_Q[q])}</th>'
        f"<td>{html_blocks(r.answers[q])}</td></tr>"
        for q in "12345"
    )
    rights = ("If you are dissatisfied with our response please ask for an internal "
              "review within 40 working days. You can then contact the Information "
              f"Commissioner: {ICO_FOI}")  # fmt: skip
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8">
<title>FOI 25-4471: Bruising in non-mobile babies - Portsmouth City Council</title>
{COMMENT}
</head>
<body class="jadu-cms">
<div id="cookieControl" class="ccc-banner">This site uses cookies to store information
on your computer. <a href="/cookie-policy">Find out more</a>
<button type="button">I'm OK with that</button></div>
<div id="header"><a href="/" id="logo">Portsmouth City Council</a>
{nav(["Home", "Residents", "Business", "Council and democracy"], "top-nav")}</div>
<ul class="breadcrumbs"><li><a href="/">Home</a></li>
<li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/foi-disclosures">Freedom of information disclosures</a></li>
<li>FOI 25-4471</li></ul>
<div id="content">
<h1>FOI 25-4471: Bruising in non-mobile babies</h1>
<p class="byEditor">Published: 16/12/2025</p>
<p>We were asked about the review of the policy on bruising in babies who are not
independently mobile after the Child Safeguarding Practice Review Panel's briefing.
Our answers are below.</p>
<table class="foi-table"><thead><tr><th>Question</th><th>Answer</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p>This information is released under the
<a href="{OGL}">Open Government Licence</a>.</p>
<p>{linkify(rights)}</p>
<div class="feedback"><p>Was this page helpful?</p>
<button>Yes</button> <button>No</button></div>
</div>
<div id="footer">{nav(["Accessibility statement", "Privacy", "Contact us"], "foot")}
<p>Portsmouth City Council, Civic Offices, Guildhall Square, Portsmouth PO1 2AL</p>
</div>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")
    return [*all_answer_strings(r), OGL, rights]


def gateshead(out: Path) -> list[str]:
    r = so.GATESHEAD
    qa = "\n".join(
        f"<h3>{q}. {escape(SHORT_Q[q])}</h3>\n{html_blocks(r.answers[q])}"
        for q in "12345"
    )
    rights = ("If you are unhappy with our reply you can ask us to review it. You "
              "also have the right to contact the Information Commissioner's Office "
              f"at {ICO_COMPLAIN}")  # fmt: skip
    page = f"""<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>FOI 251204-19 Bruising in non-mobile babies | Gateshead Council</title>
{COMMENT}
</head>
<body class="path-node page-node-type-localgov-services-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main
content</a>
<div id="civic-cookie" class="cookie-notice"><h2>Cookies on gateshead.gov.uk</h2>
<p>We use necessary cookies to make our site work. With your permission we would
also like to set analytics cookies.</p><button>Accept</button><button>Reject</button>
</div>
<header class="lgd-header">
<a href="/" rel="home" class="lgd-header__logo">Gateshead Council</a>
{nav(["Bins and recycling", "Council tax", "Schools", "Social care"],
      "lgd-header__nav")}
</header>
{crumbs(["Home", "Council and democracy", "Freedom of information", "FOI 251204-19"])}
<main role="main" id="main-content">
<article class="localgov-services-page">
<h1 class="lgd-page-title-block__title">FOI 251204-19 Bruising in non-mobile babies</h1>
<div class="field--name-body">
<p><strong>Response date:</strong> 4 Dec 2025</p>
<h2>Request</h2>
<p>The requester asked whether the council's safeguarding policy on bruising in
non-mobile infants was reviewed after the national Panel's briefing of September 2022,
for any papers, whether a section 47 enquiry or strategy discussion is always needed,
what changed, and how "not independently mobile" is defined.</p>
<h2>Response</h2>
{qa}
<p>{linkify(rights)}</p>
</div>
</article>
</main>
<footer class="lgd-footer">
{nav(["About this site", "Accessibility", "Cookies", "Privacy notice"],
      "lgd-footer__nav")}
<p>Gateshead Council, Civic Centre, Regent Street, Gateshead NE8 1HH</p>
</footer>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")
    return [*all_answer_strings(r), rights]


LUTON_OTHER = Reject("luton-disclosure-log-school-transport.html", "other_request")


def luton(out: Path) -> list[str]:
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8">
<title>Home to school transport contracts - Disclosure log -
Luton Borough Council</title>
{COMMENT}
</head>
<body>
<div class="cookie-bar">We use cookies on this website. <a href="/cookies">More about
cookies</a> <button>Accept</button></div>
<header><a href="/" class="logo">Luton Borough Council</a>
{nav(["Services", "Council", "Contact"], "main-nav")}</header>
{crumbs(["Home", "Council", "Freedom of information", "Disclosure log",
         "Home to school transport contracts"])}
<main>
<h1>Home to school transport contracts</h1>
<table class="summary">
<tr><th>Case reference</th><td>LBC-FOI-25-3902</td></tr>
<tr><th>Received</th><td>03/11/2025</td></tr>
<tr><th>Published</th><td>08/12/2025</td></tr>
</table>
<h2>Request</h2>
<ol><li>How much did the council spend on home to school transport for children with
special educational needs in 2024/25?</li>
<li>How many contracts for this transport were in place on 1 September 2025, and with
how many operators?</li>
<li>How many of these contracts were awarded without competition?</li></ol>
<h2>Response</h2>
<ol><li>&pound;14.2 million.</li>
<li>212 contracts with 37 operators.</li>
<li>Nine contracts were awarded directly, under the council's emergency procurement
rules, while a new framework was being put in place.</li></ol>
</main>
<footer>{nav(["Accessibility", "Privacy", "Jobs"], "footer-nav")}
<p>Luton Borough Council, Town Hall, George Street, Luton LU1 2BQ</p></footer>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")
    return []


BUILDERS = {
    so.HERTS.file: (so.HERTS, herts),
    so.PORTSMOUTH.file: (so.PORTSMOUTH, portsmouth),
    so.GATESHEAD.file: (so.GATESHEAD, gateshead),
    LUTON_OTHER.file: (LUTON_OTHER, luton),
}
