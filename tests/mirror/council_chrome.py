"""The markup of the councils' own sites: a Jadu-like one (style "a") and a GOSS-like one
(style "b"), each with its cookie banner, mega menu, breadcrumbs and footer around the page's
own content."""

from __future__ import annotations

from .corpus import QUERY
from .pages import SYNTH, esc, slugify

MEGA_MENU = [
    ("Bins, waste and recycling", ["Recycling centres", "Bulky waste", "Garden waste"]),
    ("Roads and travel", ["Report a pothole", "Parking permits", "Road closures", "Bus passes"]),
    (
        "Schools and learning",
        ["School admissions", "Term dates", "School transport", "Free school meals"],
    ),
    (
        "Children and families",
        ["Childcare", "Early help", "Fostering and adoption", "SEND local offer"],
    ),
    ("Adult social care", ["Care needs assessment", "Paying for care", "Carers' support"]),
    (
        "Council and democracy",
        ["Councillors", "Committee meetings", "Budgets and spending", "Freedom of information"],
    ),
]


def mega_menu_html(cls: str) -> str:
    out = [f'<nav class="{cls}" aria-label="Main menu"><ul>']
    for head, subs in MEGA_MENU:
        sub = "".join(f'<li><a href="/{slugify(s)}">{esc(s)}</a></li>' for s in subs)
        out.append(f'<li><a href="/{slugify(head)}">{esc(head)}</a><ul class="sub">{sub}</ul></li>')
    out.append("</ul></nav>")
    return "\n".join(out)


def footer_html(cls: str, council: str) -> str:
    cols = [
        ("About us", ["Contact us", "Jobs", "News", "Council offices"]),
        (
            "Using this site",
            ["Accessibility statement", "Cookies", "Privacy notice", "Terms of use"],
        ),
        ("Follow us", ["Facebook", "X", "Instagram", "YouTube"]),
    ]
    out = [f'<footer class="{cls}">']
    for head, links in cols:
        out.append(
            f"<div><h2>{esc(head)}</h2><ul>"
            + "".join(f'<li><a href="/{slugify(lnk)}">{esc(lnk)}</a></li>' for lnk in links)
            + "</ul></div>"
        )
    out.append(
        f'<p class="copyright">&copy; {esc(council)} (synthetic mirror: real council name, invented content)</p>'
    )
    out.append("</footer>")
    return "\n".join(out)


JADU = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {council}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/site/styles/generic/base.css">
<script src="/site/javascript/cookieconsent.js"></script>
</head>
<body class="jadu-cms">
{synth}
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>We use cookies to make this website work and to understand how you use it.
<a href="/cookies">Find out more about cookies</a>.</p><button class="cookie-banner__accept">Accept all cookies</button>
<button class="cookie-banner__reject">Reject optional cookies</button></div>
<a class="skip-to-content" href="#main">Skip to main content</a>
<header class="masthead">
<a class="masthead__logo" href="/"><img src="/site/images/logo.svg" alt="{council} home"></a>
<form class="masthead__search" action="/search" method="get"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
{menu}
</header>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/freedom-of-information">Freedom of information</a></li><li><a href="/foi/disclosure-log?q={query}&amp;page=1">Disclosure log</a></li></ol></nav>
<main id="main" class="main">
{main}
</main>
<aside class="sidebar"><h2>Freedom of information</h2><ul><li><a href="/freedom-of-information/make-a-request">Make a request</a></li>
<li><a href="/freedom-of-information/publication-scheme">Publication scheme</a></li><li><a href="/open-data">Open data</a></li></ul></aside>
<div class="feedback"><p>Was this page useful?</p><a href="/feedback?useful=yes">Yes</a> <a href="/feedback?useful=no">No</a></div>
{footer}
</body>
</html>
"""
GOSS = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{title} - {council}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/goss/css/site.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="goss">
{synth}
<section class="cookie-notice" aria-label="Cookie notice"><h2>Cookies on this site</h2><p>We'd like to set additional cookies to understand how you use the site.</p>
<button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button> <a href="/cookies">View cookies</a></section>
<div class="alert-banner"><p>Winter service: check gritting routes before you travel.</p></div>
<header class="header"><div class="header__logo"><a href="/">{council}</a></div>
<div class="header__search"><form action="/search"><input name="query" aria-label="Search"><button>Go</button></form></div>
{menu}
</header>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/council-and-democracy">Council and democracy</a> / <a href="/foi/disclosure-log?q={query}&amp;page=1">FOI disclosures</a></div>
<main id="content" class="content">
{main}
</main>
<aside class="related-links"><h2>Related</h2><ul><li><a href="/freedom-of-information">Freedom of information</a></li><li><a href="/data-protection">Data protection</a></li><li><a href="/complaints">Complaints</a></li></ul></aside>
{footer}
</body>
</html>
"""


def council_page(style: str, council: str, title: str, main: str) -> str:
    template, menu, footer = (
        (JADU, "nav nav--primary", "footer")
        if style == "a"
        else (GOSS, "header__menu", "footer site-footer")
    )
    return template.format(
        title=esc(title),
        council=esc(council),
        synth=SYNTH,
        menu=mega_menu_html(menu),
        footer=footer_html(footer, council),
        query=QUERY,
        main=main,
    )
