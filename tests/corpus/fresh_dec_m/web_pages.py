"""HTML replies: council disclosure-log and FOI pages with the answers in a <table>."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

from fx_common import NOT_STATED, OGL, SYNTH, fields, reply

URL = re.compile(r"https://[^\s<>()]+[^\s<>().,;]")


def linkify(text: str) -> str:
    """Escape text and turn each printed URL into a link whose text is the URL."""
    out, last = [], 0
    for m in URL.finditer(text):
        out.append(escape(text[last:m.start()]))
        out.append(f'<a href="{m.group(0)}">{escape(m.group(0))}</a>')
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


def block(paras: list[str], bullets: list[str] | None = None) -> str:
    html = "".join(f"<p>{linkify(p)}</p>" for p in paras)
    if bullets:
        html += "<ul>" + "".join(f"<li>{linkify(b)}</li>" for b in bullets) + "</ul>"
    return html


def page(site: str, title: str, crumbs: list[tuple[str, str]], nav: list[tuple[str, str]],
         main: str) -> str:
    """A council web page: cookie banner, header, navigation, breadcrumbs, footer.
    Site links are relative so that the only absolute URLs are in the reply itself."""
    navh = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in nav)
    crumbh = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | {escape(site)}</title>
<!-- {SYNTH} -->
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies on {escape(site)}">
<p>We use some essential cookies to make this website work. We would also like to set
optional analytics cookies to understand how you use the site.</p>
<button type="button">Accept analytics cookies</button>
<button type="button">Reject analytics cookies</button>
<a href="/cookies">View cookie policy</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<a class="logo" href="/">{escape(site)}</a>
<form class="search" action="/search" method="get"><label for="q">Search</label>
<input id="q" name="q" type="search"><button>Search</button></form>
<nav aria-label="Main"><ul>{navh}</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{crumbh}<li aria-current="page">{escape(title)}</li></ol></nav>
<main id="main-content">
{main}
</main>
<footer class="site-footer">
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/contact-us">Contact us</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; {escape(site)} 2026</p>
</footer>
</body>
</html>
"""


SOUTH_LSCP = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
SOUTH_ICO = "https://ico.org.uk/make-a-complaint/"
SOUTH_A = [
    "No. Southwark did not carry out a review of its policies following the Panel's "
    "briefing, and the briefing was not considered by the partnership.",
    "Not applicable. As no review took place there are no papers.",
    "No. Southwark follows the London Safeguarding Children Procedures, under which a "
    "bruised non-mobile baby is referred to children's social care and for a paediatric "
    "assessment. A strategy discussion takes place where the information gathered "
    "suggests that the child may be suffering significant harm.",
    "None.",
    "There has been no change to the definition. Babies who can roll over but cannot crawl "
    "or walk are regarded as not independently mobile. Age is not used.",
]


def southwark(out: Path) -> dict[str, Any]:
    name = "southwark-disclosure-log-table.html"
    rows = []
    for i, a in enumerate(SOUTH_A, start=1):
        html = escape(a)
        if i == 3:  # a descriptive link, as the council's editor wrote it
            lscp = "London Safeguarding Children Procedures"
            html = html.replace(lscp, f'<a href="{SOUTH_LSCP}">{lscp}</a>')
        rows.append(f'<tr><td class="q-num">{i}</td><td>{html}</td></tr>')
    main = f"""<article class="disclosure">
<h1>Bruising in non-mobile infants – safeguarding policy review</h1>
<dl class="meta"><dt>Reference</dt><dd>2025/FOI/18854</dd>
<dt>Date received</dt><dd>27 November 2025</dd>
<dt>Date published</dt><dd>20/01/2026</dd>
<dt>Category</dt><dd>Children and families</dd></dl>
<h2>Request</h2>
<p>The requester asked five questions about whether the council's safeguarding policies
were reviewed after the Child Safeguarding Practice Review Panel's September 2022 briefing
on bruising in non-mobile infants: whether there was a review and what it concluded; any
papers; whether a section 47 investigation or strategy discussion is required in every case;
what was changed; and how &#8220;not independently mobile&#8221; is defined.</p>
<h2>Response</h2>
<table class="foi-table">
<thead><tr><th scope="col">Question</th><th scope="col">Response</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h2>Re-use of information</h2>
<p>You may re-use this information under the
<a href="{OGL}">Open Government Licence v3.0</a>.</p>
<h2>Complaints</h2>
<p>If you are unhappy with the response you can ask for an internal review. If you are
still unhappy you can complain to the <a href="{SOUTH_ICO}">Information Commissioner's
Office</a>.</p>
</article>"""
    html = page("Southwark Council", "2025/FOI/18854",
                [("Home", "/"), ("Council and democracy", "/council-and-democracy"),
                 ("Disclosure log", "/council-and-democracy/freedom-of-information/log")],
                [("Council and democracy", "/council-and-democracy"),
                 ("Children and families", "/childcare-and-parenting"),
                 ("Housing", "/housing"), ("Bins and recycling", "/bins")], main)
    (out / name).write_text(html, encoding="utf-8")
    return reply(
        name, "html", "London Borough of Southwark", "E09000028", "answered", [],
        SOUTH_A, ["answered"] * 5,
        fields("none", None, "no", "no", "no", "no", "yes", "no"),
        [SOUTH_LSCP, OGL, SOUTH_ICO],
    )


IOW_Q = [
    "1. Was there a review of your safeguarding policies after the Panel's guidance was "
    "published? When was it and what did it conclude?",
    "2. Please provide any papers on the outcome of the review.",
    "3. Does your policy require a section 47 investigation or strategy discussion in all "
    "cases?",
    "4. What changes were made to provide consistency with the evidence base and national "
    "guidelines?",
    "5. Has your definition of not independently mobile changed, and how is it defined now?",
]
IOW_PROC = "https://hipsprocedures.org.uk/"
IOW_A = [
    "Not held.",
    "Not held.",
    "Not held.",
    "Not held.",
    f"Not held. For information, the multi-agency procedures currently in use are published "
    f"at {IOW_PROC}",
]


def isle_of_wight(out: Path) -> dict[str, Any]:
    name = "isle-of-wight-not-held-table.html"
    rows = []
    for q, a in zip(IOW_Q, IOW_A):
        rows.append(f'<tr class="question"><th colspan="2" scope="colgroup">{escape(q)}</th></tr>')
        rows.append(f'<tr><td class="label">Response</td><td>{linkify(a)}</td></tr>')
    main = f"""<h1>Freedom of Information response: IW-FOI-25-2291</h1>
<p class="date">Response date: 15 January 2026</p>
<p>Thank you for your request for information about bruising in non-mobile infants. The
Council has searched the records of Children's Services and of its safeguarding team and
has found no recorded information within the scope of your request. Our response to each
question is set out below.</p>
<table class="response">
{chr(10).join(rows)}
</table>
<p>You may wish to contact the Isle of Wight Safeguarding Children Partnership, which may be
able to help you.</p>
<p>If you are not satisfied with this response you may ask for an internal review. You can
also complain to the Information Commissioner: <a href="https://ico.org.uk/">https://ico.org.uk/</a></p>"""
    html = page("Isle of Wight Council", "FOI response IW-FOI-25-2291",
                [("Home", "/"), ("Your council", "/your-council"),
                 ("Freedom of information", "/your-council/foi")],
                [("Your council", "/your-council"), ("Schools", "/schools"),
                 ("Social care", "/social-care"), ("Travel", "/travel")], main)
    (out / name).write_text(html, encoding="utf-8")
    return reply(
        name, "html", "Isle of Wight Council", "E06000046", "not_held", [],
        IOW_A, ["not_held"] * 5, dict(NOT_STATED), [IOW_PROC, "https://ico.org.uk/"],
    )


COV_Q = [
    "Was there a review of your safeguarding policies after the Panel's guidance? When, "
    "and what did it conclude?",
    "Any papers on the outcome of the review.",
    "Does your policy require a section 47 investigation or strategy discussion in all "
    "cases?",
    "What changes were made for consistency with the evidence base and national "
    "guidelines?",
    "Did your definition of not independently mobile change? How is it defined now?",
]
COV_L = [
    "https://www.coventry.gov.uk/safeguarding-children/bruising-protocol",
    "https://westmidlands.procedures.org.uk/",
    OGL,
    "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/",
]
COV_P: list[list[str]] = [
    ["Yes. The Coventry Safeguarding Children Partnership's Procedures Group carried out a "
     "review of the local protocol for bruising in non-mobile babies in February 2024. The "
     "protocol had last been updated in August 2021, before the Panel's briefing. The "
     "review concluded that the protocol should be brought into line with the West Midlands "
     "regional procedures, which had by then been revised to reflect the Panel's briefing."],
    [f"The updated protocol is available at {COV_L[0]} and the West Midlands procedures at "
     f"{COV_L[1]}"],
    ["Yes. The protocol requires a strategy discussion in every case where a bruise or other "
     "mark is found on a baby who is not independently mobile.",
     "The strategy discussion considers the findings of the paediatric assessment and "
     "decides whether a section 47 enquiry is needed. Not every strategy discussion leads "
     "to a section 47 enquiry."],
    ["The following changes were made:"],
    ["Yes. The protocol now uses the West Midlands definition: a baby is independently "
     "mobile once they can move themselves from one place to another, whether by crawling, "
     "bottom-shuffling, cruising or rolling repeatedly. A baby who can roll from place to "
     "place is therefore treated as mobile."],
]
COV_BUL = [
    "the protocol now cross-refers to the West Midlands procedures instead of repeating "
    "them;",
    "the definition of independent mobility was updated (see question 5);",
    "a section on support for parents was added.",
]


def coventry(out: Path) -> dict[str, Any]:
    name = "coventry-question-th-rows.html"
    rows = []
    for i, (q, p) in enumerate(zip(COV_Q, COV_P), start=1):
        body = block(p, COV_BUL if i == 4 else None)
        rows.append(f'<tr><th scope="row">{i}. {escape(q)}</th><td>{body}</td></tr>')
    main = f"""<h1>Bruising in non-mobile babies: review of policy</h1>
<p class="published">Published: 21 January 2026 &middot; Reference COV-FOI-25-14420</p>
<p>The council received a request for information on 4 December 2025 about the review of
safeguarding policy that followed the national Panel's briefing on bruising in non-mobile
infants. The request and the council's response are set out below.</p>
<table class="foi">
<caption>Response to FOI request COV-FOI-25-14420</caption>
<thead><tr><th scope="col">Your question</th><th scope="col">Our response</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>The information in this response may be re-used under the terms of the Open Government
Licence: <a href="{OGL}">{OGL}</a></p>
<p>If you are unhappy with how your request was handled, please ask for an internal review.
You may then complain to the Information Commissioner: <a href="{COV_L[3]}">{COV_L[3]}</a></p>"""
    html = page("Coventry City Council", "FOI COV-FOI-25-14420",
                [("Home", "/"), ("Council, government and democracy", "/council"),
                 ("Freedom of information disclosure log", "/council/foi-disclosure-log")],
                [("Council", "/council"), ("Children and families", "/children"),
                 ("Roads and travel", "/roads"), ("Jobs", "/jobs")], main)
    (out / name).write_text(html, encoding="utf-8")
    answers = ["\n\n".join(p) for p in COV_P]
    answers[3] = "\n".join([COV_P[3][0], *COV_BUL])
    return reply(
        name, "html", "Coventry City Council", "E08000026", "answered", [],
        answers, ["answered"] * 5,
        fields("formal", "2024-02", "yes", "yes", "yes", "yes", "no", "not_stated"),
        COV_L,
    )


def build_all(out: Path) -> list[dict[str, Any]]:
    return [southwark(out), isle_of_wight(out), coventry(out)]
