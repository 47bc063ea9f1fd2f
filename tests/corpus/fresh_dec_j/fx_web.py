"""HTML pages for fresh_dec_j: council sites and a disclosure log, with site chrome."""

from __future__ import annotations

from html import escape

import fx_text as T


def e(text: str) -> str:
    return escape(text, quote=False)


def paras(items: list[str]) -> str:
    return "\n".join(f"<p>{e(t)}</p>" for t in items)


def page(title: str, site: str, crumbs: list[str], main: str, css: str) -> str:
    crumb = " &rsaquo; ".join(f'<a href="/{c.lower().replace(" ", "-")}">{e(c)}</a>'
                              for c in crumbs[:-1]) + f" &rsaquo; <span>{e(crumbs[-1])}</span>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(title)} | {e(site)}</title>
<!-- {T.SYNTH} -->
<style>{css}</style>
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies">
<p>We use essential cookies to make this site work, and optional analytics cookies to
understand how you use it.</p>
<button type="button">Accept analytics cookies</button>
<button type="button">Reject analytics cookies</button>
<a href="/cookies">View cookie settings</a>
</div>
<a class="skip" href="#main">Skip to main content</a>
<header><div class="brand">{e(site)}</div>
<nav><ul><li><a href="/services">Services</a></li><li><a href="/news">News</a></li>
<li><a href="/your-council">Your council</a></li><li><a href="/contact">Contact us</a></li>
<li><a href="/search">Search</a></li></ul></nav></header>
<div class="breadcrumbs">{crumb}</div>
<main id="main">
{main}
</main>
<footer><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy
notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/sitemap">Site map</a>
</li></ul><p>&copy; {e(site)} 2025</p>
<p class="synthetic">{T.SYNTH}</p></footer>
</body>
</html>
"""


def tower_hamlets(spec: dict) -> tuple[str, list[str]]:
    a = spec["answers"]
    intro = (
        "The London Borough of Tower Hamlets holds some of the information you asked for. "
        "Tower Hamlets follows the London Safeguarding Children Procedures, which are kept "
        "up to date for all London safeguarding partnerships by a single editorial group; "
        "its work is paid for under a shared contract (approx. £1.5m over five years). "
        "The procedures are published at " + T.LONDON_URL
    )
    pit = (
        "Public interest test (s.22): disclosure would add to public understanding of how "
        "the procedures were reviewed. However, the paper is due to be published in "
        "full, with context, and early release of a draft could mislead. On balance the "
        "public interest favours withholding it until publication."
    )
    rights = [
        "You may re-use this information under the Open Government Licence: " + T.OGL,
        "If you are dissatisfied with this response you may ask for an internal review "
        "within 40 working days, and after that complain to the Information "
        "Commissioner's Office: " + T.ICO,
    ]
    req = "".join(f"<li>{e(q)}</li>" for q in T.Q_TYPO)
    body = [f"<h3>Question {n}</h3>\n" + (
        f"<p>{e(a[n][0])}</p><ul>" + "".join(f"<li>{e(x)}</li>" for x in a[n][1:])
        + "</ul>" if n == "4" else paras(a[n])) for n in T.ALL]
    main = f"""<h1>FOI request 23514: bruising in non-mobile infants</h1>
<dl class="meta"><dt>Reference</dt><dd>FOI-23514</dd><dt>Date received</dt>
<dd>17/11/2025</dd><dt>Response date</dt><dd>15/12/2025</dd><dt>Published</dt>
<dd>16/12/2025</dd><dt>Outcome</dt><dd>Partially provided</dd></dl>
<h2>Request</h2>
<p>In Sept. 2022 the Child Safeguarding Practice Review Panel asked every safeguarding
partnership to check its policy on bruising in non-mobile infants. Please answer:</p>
<ol>{req}</ol>
<h2>Response</h2>
<p>{e(intro)}</p>
{"".join(body)}
<h3>Public interest test</h3>
<p>{e(pit)}</p>
<h2>Your rights</h2>
{paras(rights)}
"""
    css = "body{font-family:Arial,sans-serif}.meta dt{font-weight:bold}"
    html = page("FOI request 23514", "London Borough of Tower Hamlets",
                ["Home", "Council and democracy", "Freedom of information",
                 "Disclosure log", "FOI 23514"], main, css)
    return html, [intro] + [x for n in T.ALL for x in a[n]] + [pit] + rights


def birmingham(spec: dict) -> tuple[str, list[str]]:
    intro = (
        "Thank you for your request received on 12 Nov. 2025. You asked five questions "
        "about the review of safeguarding policies on bruising in non-mobile infants "
        "after the Panel's briefing of 29 Sept. 2022."
    )
    advice = (
        "Under s.16 of the FOIA we must offer advice and assistance. You may wish to "
        "narrow your request, e.g. by asking only questions Nos. 3 and 5, which could be "
        "answered from the current procedures, or by limiting questions 1 and 2 to the "
        "period Sept. 2022 to Dec. 2023. The regional child protection procedures are "
        "published at " + T.WM_URL
    )
    rights = (
        "If you are unhappy with this decision you may ask for an internal review within "
        "40 working days. After that you may complain to the Information Commissioner: "
        + T.ICO_COMPLAIN
    )
    summary = "".join(f"<li>{e(q)}</li>" for q in T.Q_SHORT)
    main = f"""<article class="foi-response">
<h1>FOI/25/12877 &ndash; Bruising in non-mobile infants (policy review)</h1>
<p class="date">Date of response: 10 Dec. 2025</p>
<p>{e(intro)}</p>
<h2>What you asked for</h2>
<ol>{summary}</ol>
<h2>Our decision</h2>
{paras(spec["answers"]["1"])}
<h2>Advice and assistance</h2>
<p>{e(advice)}</p>
<h2>Your right to complain</h2>
<p>{e(rights)}</p>
<p>Ms. J. Devi<br>Corporate Information Governance Team</p>
</article>"""
    css = "body{font-family:Verdana,sans-serif;color:#222}.date{color:#555}"
    html = page("FOI/25/12877", "Birmingham City Council",
                ["Home", "Your council", "Freedom of information", "Responses 2025",
                 "FOI/25/12877"], main, css)
    return html, [intro] + spec["answers"]["1"] + [advice, rights]


def leeds(spec: dict) -> tuple[str, list[str]]:
    a = spec["answers"]
    ask = (
        "The requester asked whether the safeguarding partnership reviewed its policy on "
        "bruising in non-mobile infants after the Panel's briefing; for any papers; "
        "whether s.47 enquiries or a strategy discussion are needed in every case; what "
        "changed; and how 'not independently mobile' is defined (incl. babies who roll "
        "and any age test)."
    )
    note = ("Leeds uses the West Yorkshire Consortium procedures. The bruising chapter "
            "can be read at " + T.WY_URL)
    rights = ("If you are unhappy with this response, you can ask for an internal "
              "review. You can also contact the ICO at " + T.ICO)
    body = "\n".join(f"<h3>Question {n}</h3>\n{paras(a[n])}" for n in T.ALL)
    main = f"""<div class="disclosure">
<h1>Bruising in non-mobile babies &ndash; partnership policy review</h1>
<table class="details"><tr><th>Case reference</th><td>FOI 25-118342</td></tr>
<tr><th>Received</th><td>20 November 2025</td></tr>
<tr><th>Published</th><td>18 December 2025</td></tr>
<tr><th>Category</th><td>Children and families</td></tr></table>
<section><h2>Request</h2><p>{e(ask)}</p></section>
<section><h2>Response</h2>
<p>{e(note)}</p>
{body}
<p>{e(rights)}</p>
</section>
<section><h2>Attachments</h2><p>None.</p></section>
<p><a href="/disclosures?page=1&amp;sortType=PUBLISHED_DATE_DESCENDING">Back to all
disclosures</a></p>
</div>"""
    css = "body{font-family:Georgia,serif}.details th{text-align:left}"
    html = page("FOI 25-118342", "Leeds City Council Disclosure Log",
                ["Disclosures", "2025", "December", "FOI 25-118342"], main, css)
    return html, [ask, note] + [x for n in T.ALL for x in a[n]] + [rights]
