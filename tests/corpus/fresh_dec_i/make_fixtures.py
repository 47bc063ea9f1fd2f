#!/usr/bin/env python3
"""Generate the fresh_dec_i corpus: council web pages that show an FOI reply as plain text.

Every document is synthetic: real council names, invented content. Deterministic: no
randomness, fixed dates. Run with any Python 3; writes into the folder holding this file.
"""
import html
import json
import os
import textwrap

OUT = os.path.dirname(os.path.abspath(__file__))
SYN = "Synthetic test document written for foi-responses; not a real council reply."
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO = "https://ico.org.uk/make-a-complaint/"

PREAMBLE = ("In September 2022 the Child Safeguarding Practice Review Panel published a "
            "briefing on bruising in non-mobile infants, which asked all safeguarding "
            "partners to review their current policies to check they were consistent with "
            "the evidence base and national guidelines.")
Q = {
    "1": "Was their a review of your safeguarding policies following this guidance? If so, "
         "when did it take place and what were its conclusions?",
    "2": "Please provide any papers which give information on the outcome of that review.",
    "3": "Does your policy require a section 47 investigation or a strategy discussion in "
         "all cases?",
    "4": "What changes were put in place to bring about consistency with the evidence base "
         "and national guidelines?",
    "5": "Were there any changes to your definition of when a child is not independently "
         "mobile, and how is this now defined? In particular, are children who are able to "
         "roll defined as not independently mobile, and are children classed as not "
         "independently mobile on the basis of their age?",
}
# A tidied copy (no typo) that some councils use when they re-quote the request.
QT = dict(Q)
QT["1"] = Q["1"].replace("Was their", "Was there")


def esc(s):
    return html.escape(s, quote=False)


def wrap(s, width=72, indent=""):
    """Hard-wrap each paragraph of s at width, keeping words and URLs whole."""
    out = []
    for para in s.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.append(textwrap.fill(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def quote(s, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in wrap(s, 68).split("\n"))


def br_lines(s):
    """Plain text -> lines joined by <br>, blank lines become paragraph breaks."""
    paras = s.split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(esc(ln) for ln in p.split("\n")) + "</p>"
                     for p in paras if p.strip())


# --------------------------------------------------------------------------- shells

def shell_drupal(council, title, crumbs, content, extra_head=""):
    crumb_html = "\n".join(
        f'      <li class="breadcrumb__item"><a href="{href}">{esc(t)}</a></li>'
        for t, href in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | {esc(council)}</title>
<!-- {SYN} -->
<link rel="stylesheet" href="/themes/custom/localgov_theme/css/base.css">
{extra_head}</head>
<body class="path-node page-node-type-localgov-services-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="sliding-popup" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <div class="eu-cookie-compliance-message">
    <h2>Cookies on {esc(council)}</h2>
    <p>We use some essential cookies to make this website work. We would also like to set
    analytics cookies to understand how you use the site. <a href="/cookies">Find out more about cookies</a>.</p>
  </div>
  <div class="eu-cookie-compliance-buttons">
    <button type="button" class="agree-button">Accept analytics cookies</button>
    <button type="button" class="decline-button">Reject analytics cookies</button>
  </div>
</div>
<header class="lgd-header">
  <div class="lgd-header__inner">
    <a href="/" class="lgd-header__logo" rel="home"><span class="visually-hidden">{esc(council)} home</span></a>
    <form class="lgd-header__search" action="/search" method="get">
      <label for="edit-s" class="visually-hidden">Search</label>
      <input type="search" id="edit-s" name="s" placeholder="Search this site">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="lgd-header__nav" aria-label="Main">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/children-and-families">Children and families</a></li>
      <li><a href="/planning-and-building-control">Planning</a></li>
      <li><a href="/council-and-democracy">Your council</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
{crumb_html}
  </ol>
</nav>
<main id="main-content" class="lgd-container">
{content}
</main>
<footer class="lgd-footer">
  <ul class="lgd-footer__links">
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact-us">Contact us</a></li>
  </ul>
  <p class="lgd-footer__copyright">&copy; {esc(council)} 2025</p>
  <p class="lgd-footer__note"><small>{SYN}</small></p>
</footer>
</body>
</html>
"""


def shell_jadu(council, title, crumbs, content, aside=""):
    crumb_html = " &gt; ".join(f'<a href="{href}">{esc(t)}</a>' for t, href in crumbs)
    return f"""<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} - {esc(council)}</title>
  <meta name="generator" content="Jadu Continuum CMS">
  <meta name="robots" content="index, follow">
  <link rel="stylesheet" href="/site/styles/generic/base.css" media="screen">
</head>
<body id="disclosure-log">
<!-- {SYN} -->
<div id="cookie-notice" class="cookie-notice">
  <p>This site uses cookies to store information on your computer.
  <a href="/site/scripts/documents.php?categoryID=cookies">About cookies</a></p>
  <button id="cookie-accept" type="button">Accept all</button>
  <button id="cookie-settings" type="button">Cookie settings</button>
</div>
<div id="header">
  <p id="accessibility"><a href="#content">Skip to content</a> | <a href="/site/scripts/accessibility.php">Accessibility</a> | <a href="/site/scripts/az_home.php">A to Z</a></p>
  <a id="logo" href="/"><img src="/site/images/logo.png" alt="{esc(council)}"></a>
  <form id="searchform" action="/site/scripts/google_results.php"><input type="text" name="q" aria-label="Search"><input type="submit" value="Go"></form>
</div>
<ul id="topnav">
  <li><a href="/info/10001/advice_and_benefits">Advice and benefits</a></li>
  <li><a href="/info/10002/business">Business</a></li>
  <li><a href="/info/10003/children_and_families">Children and families</a></li>
  <li><a href="/info/10004/council_and_democracy">Council and democracy</a></li>
  <li><a href="/info/10005/roads_and_transport">Roads and transport</a></li>
</ul>
<div id="breadcrumb">You are here: {crumb_html}</div>
<div id="content">
{content}
</div>
<div id="aside">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/info/20010/freedom_of_information/make_a_request">Make a request</a></li>
    <li><a href="/info/20010/freedom_of_information/disclosure_log">Disclosure log</a></li>
    <li><a href="/info/20010/freedom_of_information/publication_scheme">Publication scheme</a></li>
  </ul>
{aside}</div>
<div id="footer">
  <ul>
    <li><a href="/site/scripts/terms.php">Terms and disclaimer</a></li>
    <li><a href="/site/scripts/documents.php?categoryID=privacy">Privacy</a></li>
    <li><a href="/site/scripts/contact.php">Contact the council</a></li>
    <li><a href="/site/scripts/sitemap.php">Site map</a></li>
  </ul>
  <p>&copy; {esc(council)}</p>
  <p class="small">{SYN}</p>
</div>
</body>
</html>
"""


def shell_disclosurelog(council, title, meta, content):
    meta_html = "\n".join(
        f'        <div class="meta-row"><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>'
        for k, v in meta)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - {esc(council)} Disclosure Log</title>
<meta name="description" content="Freedom of Information disclosure">
<!-- {SYN} -->
<link rel="stylesheet" href="/assets/css/app.3f9c2.css">
</head>
<body>
<div class="cookie-consent" id="cookieConsent" role="region" aria-label="Cookie consent">
  <span>We use cookies that are necessary for this site to function. With your consent we
  also use analytics cookies.</span>
  <a href="/cookie-policy">Cookie policy</a>
  <button class="btn btn-sm" data-consent="accept">Accept</button>
  <button class="btn btn-sm btn-outline" data-consent="reject">Reject</button>
</div>
<nav class="navbar">
  <a class="navbar-brand" href="/">{esc(council)} <span>Disclosure Log</span></a>
  <ul class="navbar-nav">
    <li><a href="/disclosures?page=0&amp;sortType=PUBLISHED_DATE_DESCENDING">All disclosures</a></li>
    <li><a href="/search">Search</a></li>
    <li><a href="/about">About this log</a></li>
  </ul>
</nav>
<div class="container">
  <ol class="breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/disclosures">Disclosures</a></li>
    <li class="active">{esc(title)}</li>
  </ol>
  <article class="disclosure">
    <h1>{esc(title)}</h1>
    <section class="disclosure-meta">
      <dl>
{meta_html}
      </dl>
    </section>
{content}
  </article>
</div>
<footer class="site-footer">
  <div class="container">
    <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot;
    <a href="/contact">Contact the FOI team</a>
    <p class="text-muted">Powered by the council's disclosure log service.</p>
    <p class="text-muted small">{SYN}</p>
  </div>
</footer>
</body>
</html>
"""


def shell_portal(council, title, content, status="Closed"):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {esc(council)} Customer Portal</title>
<!-- {SYN} -->
<link rel="stylesheet" href="/casework/css/portal.min.css">
<script src="/casework/js/portal.min.js" defer></script>
</head>
<body class="portal">
<div class="cookie-bar" id="cookie-bar">
  <p>We use cookies to keep you signed in and to improve this service.
  <a href="/casework/cookies">Manage cookies</a></p>
  <button type="button" onclick="acceptCookies()">OK</button>
</div>
<header class="portal-header">
  <span class="portal-title">{esc(council)} &ndash; Information Requests</span>
  <nav class="portal-nav">
    <a href="/casework/home">Home</a>
    <a href="/casework/new">Make a new request</a>
    <a href="/casework/my-cases">My cases</a>
    <a href="/casework/help">Help</a>
    <a href="/casework/signout">Sign out</a>
  </nav>
</header>
<div class="portal-breadcrumb"><a href="/casework/home">Home</a> / <a href="/casework/my-cases">My cases</a> / <span>{esc(title)}</span></div>
<main class="portal-main">
  <div class="case-status">Status: <strong>{esc(status)}</strong></div>
{content}
</main>
<footer class="portal-footer">
  <a href="/casework/accessibility">Accessibility</a> | <a href="/casework/privacy">Privacy notice</a> | <a href="/casework/terms">Terms of use</a>
  <p><small>{SYN}</small></p>
</footer>
</body>
</html>
"""


def shell_aspnet(council, title, crumbs, content):
    crumb_html = " / ".join(f'<a href="{href}">{esc(t)}</a>' for t, href in crumbs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head><title>
	{esc(title)} - {esc(council)}
</title>
<!-- {SYN} -->
<link href="/App_Themes/Main/site.css" type="text/css" rel="stylesheet" /></head>
<body>
<form method="post" action="./foi-response.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq7Zc9" />
</div>
<div id="ctl00_pnlCookies" class="cookies">
  <p>By using this website you agree to our use of cookies.
  <a href="/cookies.aspx">More information</a> <a href="#" id="ctl00_lnkHideCookies">Hide this message</a></p>
</div>
<div id="ctl00_header">
  <a href="/default.aspx" id="ctl00_lnkLogo">{esc(council)}</a>
  <ul id="ctl00_menu">
    <li><a href="/residents.aspx">Residents</a></li>
    <li><a href="/business.aspx">Business</a></li>
    <li><a href="/council.aspx">The council</a></li>
    <li><a href="/contact.aspx">Contact</a></li>
  </ul>
</div>
<div id="ctl00_breadcrumb" class="breadcrumb">{crumb_html}</div>
<div id="ctl00_ContentPlaceHolder1_pnlMain" class="main">
{content}
</div>
<div id="ctl00_footer" class="footer">
  <a href="/accessibility.aspx">Accessibility</a> | <a href="/privacy.aspx">Privacy</a> | <a href="/sitemap.aspx">Sitemap</a>
  <p>{SYN}</p>
</div>
</form>
</body>
</html>
"""


# --------------------------------------------------------------------------- documents

DOCS = []
LABELS = []


def add(file, html_text, label, crlf=False):
    DOCS.append((file, html_text, crlf))
    if label.get("reject"):
        LABELS.append({"file": file, "format": "html", "reject": True, "why": label["why"]})
        return
    rec = {"file": file, "format": "html"}
    rec.update(label)
    LABELS.append(rec)


def fields(review_held, review_date, papers, s47, changes, defch, rolling, age, thr):
    return {"review_held": review_held, "review_date": review_date,
            "papers_provided": papers, "s47_all_cases": s47, "changes_made": changes,
            "definition_changed": defch, "rolling_is_non_mobile": rolling,
            "age_based": age, "age_threshold_months": thr}


NS = fields("not_stated", None, "not_stated", "not_stated", "not_stated", "not_stated",
            "not_stated", "not_stated", None)


# 1. Gateshead: whole letter in one <pre>, CRLF line endings -------------------------
def gateshead():
    url = "https://www.gatesheadsafeguarding.org.uk/professionals/bruising-in-babies-who-are-not-mobile"
    A = {
        "1": "Yes. The Gateshead Safeguarding Children Partnership's Practice Review and "
             "Procedures Group carried out a review of the multi-agency guidance on "
             "bruising in babies who are not mobile in February 2023, as a direct result of "
             "the Panel's briefing. The review concluded that the guidance was too quick to "
             "move to a referral to children's social care, and that an initial appraisal "
             "by a health professional should come first. A revised version of the guidance "
             "was agreed by the Partnership's Executive in May 2023.",
        "2": "The report considered by the Group on 22 February 2023, and the revised "
             "guidance, are published on the Partnership's website:\n" + url,
        "3": "No. Where a bruise is seen on a baby who is not independently mobile, the "
             "health professional who sees it completes an initial appraisal & speaks to "
             "the on-call paediatrician. A strategy discussion is held where that appraisal "
             "raises a concern, or where no clear and consistent explanation is given.",
        "4": "(a) An initial appraisal step was added before any referral to children's "
             "social care.\n(b) A leaflet for parents and carers explaining the process was "
             "written and is given at the first contact.\n(c) The definition of a baby who "
             "is not independently mobile was made explicit (see question 5).",
        "5": "Yes. The previous guidance referred to \"pre-mobile babies\" without defining "
             "the term. The revised guidance says a baby is not independently mobile if "
             "they are not yet crawling, bottom-shuffling, pulling to stand, cruising or "
             "walking. A baby who can only roll over is still treated as not independently "
             "mobile. The definition is not based on the baby's age.",
    }
    letter = [
        "GATESHEAD COUNCIL",
        "Information Rights Team, Civic Centre, Regent Street, Gateshead NE8 1HH",
        "",
        "Our reference:   FOI/25/04417",
        "Date:            9 December 2025",
        "",
        "Dear Requester,",
        "",
        "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION",
        "",
        wrap("Thank you for your request, which we received on 11 November 2025. You asked "
             "five questions about policies on bruising in non-mobile infants. Our "
             "response to each question is set out below."),
        "",
    ]
    for n in "12345":
        letter.append(wrap(f"Question {n}: {QT[n]}"))
        letter.append("")
        letter.append(wrap("Response: " + A[n]) if n != "4" else "Response:\n" + wrap(A[n]))
        letter.append("")
    letter += [
        wrap("Most of the information supplied is Crown copyright or the copyright of "
             "Gateshead Council. You may re-use it under the terms of the Open Government "
             "Licence: " + OGL),
        "",
        wrap("If you are unhappy with the way your request has been handled you can ask "
             "for an internal review by writing to the Information Rights Team at the "
             "address above within 40 working days of the date of this letter. If you "
             "remain dissatisfied after the review you may complain to the Information "
             "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
             "SK9 5AF, or online at " + ICO),
        "",
        "Yours sincerely",
        "",
        "Information Rights Officer",
        "Legal & Corporate Services",
    ]
    text = "\n".join(letter)
    content = f"""  <h1>FOI/25/04417 - Bruising in non-mobile infants</h1>
  <p class="published">Published: 16 December 2025</p>
<pre class="foi-response">{esc(text)}</pre>
  <p><a href="/council-and-democracy/freedom-of-information/disclosure-log">Back to the disclosure log</a></p>"""
    page = shell_drupal("Gateshead Council", "FOI/25/04417 - Bruising in non-mobile infants",
                        [("Home", "/"), ("Your council", "/council-and-democracy"),
                         ("Freedom of information", "/council-and-democracy/freedom-of-information"),
                         ("Disclosure log", "/council-and-democracy/freedom-of-information/disclosure-log")],
                        content)
    add("gateshead-letter-in-pre-crlf.html", page, {
        "authority": "Gateshead Council", "authority_code": "E08000037",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {n: "answered" for n in "12345"},
        "fields": fields("formal", "2023-02", "yes", "no", "yes", "yes", "yes", "no", None),
        "links": [url, OGL, ICO]}, crlf=True)


# 2. Oxfordshire: email reply in <pre>, request quoted below with "> " ----------------
def oxfordshire():
    A = {
        "1": "The guidance was not subject to a formal review. It was discussed by the "
             "Oxfordshire Safeguarding Children Board's Case Review & Procedures subgroup "
             "in January 2023. The subgroup compared the OSCB bruising protocol with the "
             "Panel's briefing and agreed that the protocol was already consistent with it.",
        "2": "There is no review report. The relevant extract from the subgroup's minutes "
             "reads: \"Members noted the national briefing on bruising in non-mobile "
             "infants. The current protocol already requires a paediatric opinion before "
             "any decision about a strategy discussion. Agreed: no amendments needed at "
             "this time; to be looked at again if NICE updates CG89.\"",
        "3": "No - the protocol requires a same-day paediatric opinion. A strategy "
             "discussion follows only where the paediatrician or the social care manager "
             "consider that the child may be suffering, or be likely to suffer, significant "
             "harm.",
        "4": "None. The protocol was last revised in April 2022 and was judged to be "
             "consistent with the evidence base.",
        "5": "No change has been made. Our protocol treats every infant under 6 months of "
             "age as not independently mobile. For babies over 6 months, practitioners "
             "consider what the child can actually do; a baby who is only rolling is "
             "considered not independently mobile.",
    }
    brief_url = ("https://www.gov.uk/government/publications/"
                 "bruising-in-non-mobile-infants-panel-briefing")
    reply = [
        "From: Information Governance Team <foi@oxfordshire.gov.uk>",
        "Sent: 18 December 2025 10:42",
        "Subject: RE: FOI request - bruising in non-mobile infants [OCC-FOI-2025-3391]",
        "",
        "Hello,",
        "",
        wrap("Thank you for your request for information, received on 20 November 2025. "
             "We have now completed our search and our answers are below, numbered as in "
             "your email."),
        "",
    ]
    for n in "12345":
        reply.append(wrap(f"{n}. {A[n]}", 72).replace("\n", "\n   "))
        reply.append("")
    reply += [
        wrap("Re-use: the information in this reply may be re-used under the Open "
             "Government Licence: " + OGL),
        "",
        wrap("If you are dissatisfied, you may ask for an internal review by replying to "
             "this email. If you are still dissatisfied you can complain to the "
             "Information Commissioner at https://ico.org.uk"),
        "",
        "Kind regards",
        "",
        "Information Governance Team",
        "Oxfordshire County Council",
        "County Hall, New Road, Oxford OX1 1ND",
        "",
        "",
        "On Thu, 20 Nov 2025 at 09:14, Requester wrote:",
        "> Dear Oxfordshire County Council,",
        ">",
        quote(PREAMBLE + " " + brief_url),
        ">",
    ]
    for n in "12345":
        reply.append(quote(f"{n}. {Q[n]}"))
        reply.append(">")
    reply.append("> Yours faithfully,")
    reply.append("> A Requester")
    text = "\n".join(reply)
    content = f"""<h1>Bruising in non-mobile infants - safeguarding policy review</h1>
<table class="foi-meta">
  <tr><th>Reference</th><td>OCC-FOI-2025-3391</td></tr>
  <tr><th>Date of response</th><td>18/12/2025</td></tr>
  <tr><th>Category</th><td>Children's services</td></tr>
</table>
<h2>Response</h2>
<pre>{esc(text)}</pre>"""
    page = shell_jadu("Oxfordshire County Council",
                      "Bruising in non-mobile infants - safeguarding policy review",
                      [("Home", "/"), ("Council and democracy", "/info/10004/council_and_democracy"),
                       ("Disclosure log", "/info/20010/freedom_of_information/disclosure_log")],
                      content)
    add("oxfordshire-email-reply-quoted-request.html", page, {
        "authority": "Oxfordshire County Council", "authority_code": "E10000025",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {n: "answered" for n in "12345"},
        "fields": fields("informal", "2023-01", "yes", "no", "no", "no", "yes", "yes", 6),
        "links": [OGL, "https://ico.org.uk"]})


# 3. Torbay: intro <p> + response <pre>; redirected to the partnership -------------------
def torbay():
    tscp = "https://www.torbaysafeguarding.org.uk/"
    swcpp = "https://www.proceduresonline.com/swcpp/"
    text = "\n".join([
        "Reference:         TC/FOI/12877",
        "Date of response:  05/12/2025",
        "Subject:           Policies on bruising in non-mobile infants (five questions)",
        "",
        "RESPONSE",
        "",
        wrap("Torbay Council does not hold the information you have asked for. "
             "Multi-agency safeguarding procedures for Torbay, including the protocol for "
             "bruising in babies who are not independently mobile, are owned and reviewed "
             "by the Torbay Safeguarding Children Partnership and not by the Council. Any "
             "record of a review of the protocol, and of its outcome, is held by the "
             "Partnership, and your request should be sent to it:"),
        "",
        "    Torbay Safeguarding Children Partnership",
        "    Business Unit, Tor Hill House, Union Street, Torquay TQ2 5QW",
        "    " + tscp,
        "",
        wrap("By way of advice and assistance (section 16 of the Act): the Partnership "
             "follows the South West Child Protection Procedures, which are published at "
             + swcpp),
        "",
        wrap("If you are not satisfied with this response you may ask for an internal "
             "review within two months. You also have the right to complain to the "
             "Information Commissioner: " + ICO),
    ])
    content = f"""  <h1>Bruising in non-mobile infants</h1>
  <p>This is the response we sent to a request made under the Freedom of Information Act
  2000. Personal details of the person who made the request have been removed.</p>
<pre>{esc(text)}</pre>"""
    page = shell_drupal("Torbay Council", "Bruising in non-mobile infants",
                        [("Home", "/"), ("Council", "/council-and-democracy"),
                         ("FOI responses", "/council-and-democracy/foi/responses")],
                        content)
    add("torbay-intro-and-pre-redirect.html", page, {
        "authority": "Torbay Council", "authority_code": "E06000027",
        "outcome": "redirected", "exemptions": [],
        "answers": {n: None for n in "12345"},
        "status": {n: "redirected" for n in "12345"},
        "fields": NS, "links": [tscp, swcpp, ICO]})


# 4. Sutton: disclosurelog-style, Request <pre> and Response <pre> ----------------------
def sutton():
    proc = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising.html"
    A = {
        "1": "Yes. The London Safeguarding Children Procedures, which Sutton Safeguarding "
             "Children Partnership follows, are kept under review by the London procedures "
             "team. In the spring of 2023 the team reviewed the section on bruising in "
             "non-mobile babies in light of the Panel's briefing. The review concluded "
             "that the section should say more clearly that an assessment by a health "
             "professional comes before a decision on a strategy discussion. The Partnership "
             "adopted the updated section.",
        "2": "The report of the Partnership's Policy and Procedures Subgroup which records "
             "the outcome is attached to this response (Appendix A). The updated section of "
             "the procedures can be read at " + proc,
        "3": "No. A strategy discussion is not required in every case; the decision is "
             "taken after a health assessment and discussion with children's social care.",
        "4": "The bruising section was amended to set out the health assessment step, to "
             "add information for parents, and to remind practitioners to record the "
             "explanation given and whether it is consistent with the injury.",
        "5": "The definition was not changed. The procedures describe a baby who is not "
             "independently mobile as one who cannot crawl, bottom shuffle, cruise or "
             "walk. No age threshold is used.",
    }
    req = PREAMBLE + "\n\n" + "\n\n".join(f"{n}. {Q[n]}" for n in "12345")
    resp_lines = [wrap("Please find below the London Borough of Sutton's response to your "
                       "request."), ""]
    for n in "12345":
        resp_lines += [wrap(f"{n}. {QT[n]}"), "", wrap(A[n]), ""]
    resp_lines.append(wrap("You can re-use this information under the Open Government "
                           "Licence. If you are unhappy with this response, please contact "
                           "foi@sutton.gov.uk to request an internal review. You may then "
                           "contact the Information Commissioner's Office: " + ICO))
    content = f"""    <section class="disclosure-request">
      <h2>Request</h2>
<pre>{esc(wrap(req))}</pre>
    </section>
    <section class="disclosure-response">
      <h2>Response</h2>
<pre>{esc(chr(10).join(resp_lines))}</pre>
    </section>
    <section class="disclosure-attachments">
      <h2>Attachments</h2>
      <ul><li><a href="/disclosures/4b1d7e2a-93f0-4c55-8a7e-2f0d61c8b0aa/attachments/appendix-a.pdf">Appendix A - PPS report (PDF, 212KB)</a></li></ul>
    </section>"""
    page = shell_disclosurelog("London Borough of Sutton",
                               "Safeguarding policy on bruising in non-mobile infants",
                               [("Case reference", "FOI-2025-11872"),
                                ("Received", "24 November 2025"),
                                ("Published", "19 December 2025"),
                                ("Department", "People Services")], content)
    add("sutton-request-and-response-pre.html", page, {
        "authority": "London Borough of Sutton", "authority_code": "E09000029",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {n: "answered" for n in "12345"},
        "fields": fields("formal", "2023", "yes", "no", "yes", "no", "not_stated", "no", None),
        "links": [proc, ICO]})


# 5. Wigan: <div style="white-space: pre-wrap">, Q1/A1 style; partial (s22) ---------------
def wigan():
    gm = "https://greatermanchesterscb.proceduresonline.com/"
    A = {
        "1": "Wigan Safeguarding Children Partnership did not carry out a formal review. "
             "The Panel's briefing was tabled at the Learning and Improvement sub-group in "
             "March 2023, where members checked the Greater Manchester bruising protocol "
             "against it and concluded that the protocol was compliant.",
        "2": "The minutes of the March 2023 sub-group meeting are withheld under section 22 "
             "of the Freedom of Information Act (information intended for future "
             "publication). The Partnership intends to publish its sub-group minutes for "
             "2022 to 2024 alongside its annual report in March 2026. We have considered "
             "the public interest and concluded that it favours waiting for the planned "
             "publication, so that the minutes are released in full and in context.",
        "3": "No.",
        "4": "No changes were required.",
        "5": "No. The Greater Manchester protocol applies to babies who are not "
             "independently mobile, meaning babies who cannot crawl, cruise or walk, and to "
             "all babies under 6 months of age whatever their stage of development. A baby "
             "who can roll over but cannot crawl is not independently mobile for the "
             "purposes of the protocol. The protocol is at " + gm,
    }
    lines = ["Our ref: WGN/IG/FOI/2025/1642", "Date: 12th December 2025", "",
             "Dear Sir/Madam,", "",
             wrap("Thank you for your Freedom of Information request about bruising in "
                  "non-mobile babies. Please see our response below."), ""]
    for n in "12345":
        lines += [wrap(f"Q{n} {QT[n]}"), "", wrap(f"A{n} {A[n]}"), ""]
    lines += [wrap("If you are unhappy with this response you can ask for an internal "
                   "review. Write to the Information Governance Team, Wigan Council, Town "
                   "Hall, Library Street, Wigan WN1 1YN. After that you may contact the "
                   "Information Commissioner's Office at " + ICO), "",
              "Information Governance Team", "Wigan Council"]
    text = "\n".join(lines)
    content = f"""<h1>Freedom of Information response: bruising in non-mobile babies</h1>
<p class="meta">Response date: 12 December 2025 | Service: Children and Families</p>
<div class="foi-body" style="white-space: pre-wrap">{esc(text)}</div>"""
    page = shell_jadu("Wigan Council", "FOI response: bruising in non-mobile babies",
                      [("Home", "/"), ("Council", "/info/10004/council_and_democracy"),
                       ("FOI disclosure log", "/info/20010/freedom_of_information/disclosure_log")],
                      content)
    add("wigan-prewrap-div-q-a.html", page, {
        "authority": "Wigan Council", "authority_code": "E08000010",
        "outcome": "partial", "exemptions": ["s22"], "answers": A,
        "status": {"1": "answered", "2": "refused", "3": "answered", "4": "answered",
                   "5": "answered"},
        "fields": fields("informal", "2023-03", "no", "no", "no", "no", "yes", "yes", 6),
        "links": [gm, ICO]})


# 6. Lincolnshire: <div class="plain-text"> with <br> lines, "1) ... Answer:" ; not held ---
def lincolnshire():
    lscp = "https://www.lincolnshire.gov.uk/safeguarding-children-partnership"
    A = {
        "1": "Lincolnshire County Council does not hold this information.",
        "2": "Not held.",
        "3": "Not held.",
        "4": "Not held.",
        "5": "Not held.",
    }
    lines = ["Request reference: 2025/FOI/3307",
             "Date: 28 November 2025", "",
             "Dear Requester", "",
             "Thank you for your request for information about the review of",
             "safeguarding policies on bruising in non-mobile infants.", ""]
    for n in "12345":
        lines += wrap(f"{n}) {QT[n]}", 70).split("\n")
        lines += ["Answer: " + A[n], ""]
    lines += wrap("The Council has searched the records held by Children's Services and "
                  "has found no recorded information falling within your request. You may "
                  "wish to approach the Lincolnshire Safeguarding Children Partnership "
                  "directly; its pages are at " + lscp, 70).split("\n")
    lines += [""]
    lines += wrap("If you are unhappy with our response you can ask for an internal review "
                  "by emailing information_governance@lincolnshire.gov.uk. You can also "
                  "complain to the Information Commissioner: " + ICO, 70).split("\n")
    lines += ["", "Information Governance", "Lincolnshire County Council"]
    text = "\n".join(lines)
    content = f"""  <h1>Bruising in non-mobile infants: safeguarding policies</h1>
  <p class="lead">Freedom of information response published 3 December 2025.</p>
  <div class="plain-text">
{br_lines(text)}
  </div>"""
    page = shell_drupal("Lincolnshire County Council",
                        "Bruising in non-mobile infants: safeguarding policies",
                        [("Home", "/"), ("Council and democracy", "/council-and-democracy"),
                         ("FOI responses", "/council-and-democracy/foi-responses")], content)
    add("lincolnshire-plain-text-br-not-held.html", page, {
        "authority": "Lincolnshire County Council", "authority_code": "E10000019",
        "outcome": "not_held", "exemptions": [], "answers": A,
        "status": {n: "not_held" for n in "12345"},
        "fields": NS, "links": [lscp, ICO]})


# 7. Bristol: paragraphs of <br>-separated lines, hard-wrapped mid-sentence; s47 yes ----
def bristol():
    prot = "https://bristolsafeguarding.org/policies-and-guidance/bruising-protocol/"
    A = {
        "1": "Yes. Keeping Bristol Safe Partnership commissioned a review of its Bruising "
             "in Non-Mobile Infants protocol following the Panel's briefing. The review was "
             "carried out by a task and finish group of health, police and children's "
             "social care leads, which reported on 14th March 2023. It concluded that the "
             "protocol remained safe, but that parents needed clearer information about "
             "what would happen and why, and that the referral flowchart was hard to "
             "follow.",
        "2": "The task and finish group's summary report (March 2023) is attached to this "
             "response. The revised protocol can be read at " + prot,
        "3": "Yes. The Partnership decided to keep the requirement that every bruised "
             "non-mobile baby is the subject of a strategy discussion between children's "
             "social care, the police and the paediatrician. The task and finish group "
             "felt that a multi-agency discussion in every case was proportionate; it does "
             "not mean that every case goes on to a section 47 enquiry.",
        "4": "A leaflet for parents was produced, a body map and checklist were added to "
             "the protocol, and the referral flowchart was redrawn.",
        "5": "No, the definition did not change. A baby is regarded as not independently "
             "mobile if they cannot yet crawl, bottom shuffle, pull to stand, cruise or "
             "walk; babies who can roll are included. The protocol does not use an age "
             "cut-off.",
    }
    parts = [
        "Reference: CRM 25-118734\nDate: 2 January 2026",
        "Dear Requester,",
        wrap("Thank you for your email of 3 December 2025 in which you asked for "
             "information about bruising in non-mobile infants. I can confirm that Bristol "
             "City Council holds the information and it is set out below under each of "
             "your questions."),
    ]
    for n in "12345":
        parts.append(wrap(f"\"{QT[n]}\""))
        parts.append(wrap(A[n]))
    parts.append(wrap("The information is licensed for re-use under the Open Government "
                      "Licence " + OGL + " unless stated otherwise."))
    parts.append(wrap("If you are dissatisfied with the handling of your request you have "
                      "the right to ask for an internal review within 40 working days. If "
                      "you are not content with the outcome of the internal review, you may "
                      "apply to the Information Commissioner: " + ICO))
    parts.append("Yours sincerely\n\nFreedom of Information Officer\nBristol City Council")
    text = "\n\n".join(parts)
    content = f"""<h1>FOI response: bruising in non-mobile babies</h1>
<div class="response-text">
{br_lines(text)}
</div>
<div class="documents"><h2>Documents</h2>
<p><a href="/files/documents/foi-crm-25-118734-appendix.pdf">Task and finish group summary report (PDF)</a></p></div>"""
    page = shell_aspnet("Bristol City Council", "FOI response: bruising in non-mobile babies",
                        [("Home", "/default.aspx"), ("Council and mayor", "/council.aspx"),
                         ("Freedom of information", "/foi.aspx"),
                         ("Published responses", "/foi-published.aspx")], content)
    add("bristol-br-wrapped-paragraphs.html", page, {
        "authority": "Bristol City Council", "authority_code": "E06000023",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {n: "answered" for n in "12345"},
        "fields": fields("formal", "2023-03", "yes", "yes", "yes", "no", "yes", "no", None),
        "links": [prot, OGL, ICO]})


# 8. Kirklees: <pre> reply with "-----Original Message-----" block below; no review -----
def kirklees():
    wy = "https://westyorkscb.proceduresonline.com/chapters/p_bruising_non_mobile.html"
    A = {
        "1": "No. Kirklees Safeguarding Children Partnership did not carry out a review "
             "after the Panel's briefing, and the briefing was not considered by any of its "
             "groups.",
        "2": "None. No review took place (see Q1).",
        "3": "Yes. The West Yorkshire procedure requires a strategy discussion for every "
             "child who is not independently mobile and has a bruise.",
        "4": "None.",
        "5": "No change. The definition is set out in the West Yorkshire procedures: " + wy,
    }
    lines = ["Good afternoon,", "",
             wrap("Freedom of Information Act 2000 - our reference KMC/FOI/251204/07"), "",
             wrap("Further to your request received 4 December 2025, please find our "
                  "response below."), ""]
    for n in "12345":
        lines += [wrap(f"Q{n}. {A[n]}", 72).replace("\n", "\n     "), ""]
    lines += [wrap("If you are dissatisfied with our response you may request an internal "
                   "review by replying to this email within 40 working days. You have the "
                   "right to complain to the ICO: " + ICO), "",
              "Regards,", "", "Information Governance Team | Kirklees Council",
              "PO Box 1720, Huddersfield HD1 9EL", "",
              "-----Original Message-----",
              "From: A Requester",
              "Sent: 04 December 2025 16:02",
              "To: FOI",
              "Subject: Freedom of Information request - bruising policy", "",
              wrap(PREAMBLE), ""]
    for n in "12345":
        lines += [wrap(f"{n}. {Q[n]}"), ""]
    lines += ["Many thanks"]
    text = "\n".join(lines)
    content = f"""<h1>KMC/FOI/251204/07: bruising in non-mobile infants</h1>
<p>Date published: 07/01/2026</p>
<pre class="email">{esc(text)}</pre>"""
    page = shell_drupal("Kirklees Council", "KMC/FOI/251204/07: bruising in non-mobile infants",
                        [("Home", "/"), ("Council", "/council-and-democracy"),
                         ("Freedom of information", "/council-and-democracy/freedom-of-information"),
                         ("Responses 2025-26", "/council-and-democracy/freedom-of-information/responses")],
                        content)
    add("kirklees-original-message.html", page, {
        "authority": "Kirklees Council", "authority_code": "E08000034",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {n: "answered" for n in "12345"},
        "fields": fields("none", None, "no", "yes", "no", "no", "not_stated", "not_stated", None),
        "links": [wy, ICO]})


# 9. Hertfordshire: casework portal page, whole request refused under s21 --------------
def hertfordshire():
    hscp = "https://www.hertfordshirescp.org.uk/"
    proc = "https://hertfordshirescb.proceduresonline.com/chapters/p_bruising.html"
    text = "\n".join([
        "Case reference: FOI/HCC/25/09913",
        "Date: 15 December 2025",
        "",
        "Dear Requester",
        "",
        "Freedom of Information Act 2000",
        "",
        wrap("We have considered your request of 17 November 2025 for information about "
             "the review of policies on bruising in non-mobile infants following the Child "
             "Safeguarding Practice Review Panel's briefing of September 2022."),
        "",
        wrap("The information you have requested is already reasonably accessible to you "
             "by other means and is therefore exempt under section 21 of the Freedom of "
             "Information Act 2000. The Hertfordshire Safeguarding Children Partnership "
             "publishes its procedures, its annual reports and the minutes of its "
             "executive board on its website at " + hscp + " and the current procedure on "
             "bruising in babies who are not mobile, with its version history, at " + proc),
        "",
        wrap("Section 21 is an absolute exemption, so no public interest test is needed."),
        "",
        wrap("If you are unhappy with the way your request has been handled you may ask "
             "for an internal review. If you remain unhappy you can complain to the "
             "Information Commissioner's Office: " + ICO),
        "",
        "Information Governance Unit",
        "Hertfordshire County Council",
    ])
    content = f"""  <h1>Case FOI/HCC/25/09913</h1>
  <dl class="case-summary">
    <dt>Subject</dt><dd>Bruising in non-mobile infants - policy review</dd>
    <dt>Received</dt><dd>17/11/2025</dd>
    <dt>Closed</dt><dd>15/12/2025</dd>
  </dl>
  <h2>Correspondence</h2>
  <div class="message outbound">
    <div class="message-head">From: Information Governance Unit &middot; 15/12/2025 14:07</div>
<pre class="message-body">{esc(text)}</pre>
  </div>"""
    page = shell_portal("Hertfordshire County Council", "Case FOI/HCC/25/09913", content)
    add("hertfordshire-portal-s21.html", page, {
        "authority": "Hertfordshire County Council", "authority_code": "E10000015",
        "outcome": "refused", "exemptions": ["s21"],
        "answers": {n: None for n in "12345"},
        "status": {n: "refused" for n in "12345"},
        "fields": NS, "links": [hscp, proc, ICO]})


# 10. Cumberland: whole letter in <pre> (LF), requester's typo quoted, one-word answers ---
def cumberland():
    A = {
        "1": "Yes - June 2023. The Cumbria Safeguarding Children Partnership (covering "
             "Cumberland and Westmorland and Furness) reviewed the protocol and concluded "
             "that it should be rewritten.",
        "2": "Attached.",
        "3": "No.",
        "4": "An initial health appraisal was added before referral, and the definition "
             "was changed (see 5).",
        "5": "Yes. A baby is now treated as not independently mobile if they cannot crawl, "
             "bottom shuffle, cruise or walk. A baby who is able to roll over deliberately "
             "is treated as having started to move independently and is assessed as "
             "mobile. Age is not used.",
    }
    lines = ["Cumberland Council", "Cumberland House, Botchergate, Carlisle CA1 1RZ", "",
             "FOI reference: CC-FOI-4471", "Date: 10 December 2025", "",
             "Dear Requester", "",
             "Your request for information - bruising in non-mobile infants", "",
             wrap("Thank you for your request. We have set out your questions below, as "
                  "you wrote them, with our answer under each one."), ""]
    for n in "12345":
        lines += [wrap(f"{n}. {Q[n]}"), "", wrap(A[n]), ""]
    lines += [wrap("Internal review: if you are unhappy with this response please write to "
                   "the Information Governance Team within 40 working days. If you are still "
                   "unhappy you may contact the Information Commissioner's Office, Wycliffe "
                   "House, Water Lane, Wilmslow SK9 5AF (" + ICO + ")."), "",
              "Yours sincerely", "", "Information Governance Team"]
    text = "\n".join(lines)
    content = f"""  <h1>CC-FOI-4471: bruising in non-mobile infants</h1>
<pre>{esc(text)}</pre>
  <h2>Attachments</h2>
  <ul><li><a href="/sites/default/files/foi/CC-FOI-4471-review-report.pdf">CSCP bruising protocol review report, June 2023 (PDF)</a></li></ul>"""
    page = shell_drupal("Cumberland Council", "CC-FOI-4471: bruising in non-mobile infants",
                        [("Home", "/"), ("Your council", "/council-and-democracy"),
                         ("FOI disclosure log", "/council-and-democracy/foi-disclosure-log")],
                        content)
    add("cumberland-typo-short-answers.html", page, {
        "authority": "Cumberland Council", "authority_code": "E06000063",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {n: "answered" for n in "12345"},
        "fields": fields("formal", "2023-06", "yes", "no", "yes", "yes", "no", "no", None),
        "links": [ICO]})


# 11. Southwark: Request <pre> + Response <pre> (CRLF); Q2 not held, Q4 skipped --------
def southwark():
    lp = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
    A = {
        "1": "The Southwark Safeguarding Children Partnership did not carry out a formal "
             "review. The Panel's briefing was sent to members of the Quality Assurance "
             "Subgroup and discussed at its meeting on 17 November 2022. Members agreed "
             "that the London Safeguarding Children Procedures already met the "
             "expectations of the briefing.",
        "2": "The Council does not hold any papers on the outcome. The discussion was "
             "recorded only as an action note, which the Council does not hold.",
        "3": "No. The London procedures require an appraisal by a health professional and "
             "a discussion with children's social care before it is decided whether a "
             "strategy discussion is needed.",
        "4": None,
        "5": "The definition has not changed. Southwark follows the London procedures, in "
             "which a non-mobile baby is one who cannot yet move around independently by "
             "crawling, shuffling or walking. Rolling alone does not make a baby mobile. "
             "The procedures are at " + lp,
    }
    req = "\n".join(["Dear Southwark Council,", "", wrap(PREAMBLE), ""] +
                    [wrap(f"{n}. {Q[n]}") + "\n" for n in "12345"] + ["Yours faithfully"])
    resp = ["Our ref: 1190-2025-SW", "14th January 2026", ""]
    for n in "1235":
        resp += [wrap(f"Question {n}: {QT[n]}"), "", wrap("Our response: " + A[n]), ""]
    resp += [wrap("If you are not satisfied you may ask for an internal review by emailing "
                  "foi@southwark.gov.uk. You can also contact the Information Commissioner "
                  "at " + ICO)]
    content = f"""<h1>Request 1190-2025-SW: safeguarding policies for bruising in infants</h1>
<h2>Request</h2>
<pre class="request">{esc(req)}</pre>
<h2>Response</h2>
<pre class="response">{esc(chr(10).join(resp))}</pre>"""
    page = shell_aspnet("Southwark Council",
                        "Request 1190-2025-SW: safeguarding policies for bruising in infants",
                        [("Home", "/default.aspx"), ("Council and democracy", "/council.aspx"),
                         ("Freedom of information", "/foi.aspx"), ("Disclosure log", "/foi-log.aspx")],
                        content)
    add("southwark-two-pre-crlf-partial.html", page, {
        "authority": "Southwark Council", "authority_code": "E09000028",
        "outcome": "partial", "exemptions": [], "answers": A,
        "status": {"1": "answered", "2": "not_held", "3": "answered",
                   "4": "not_answered", "5": "answered"},
        "fields": fields("informal", "2022-11", "no", "no", "not_stated", "no", "yes",
                         "not_stated", None),
        "links": [lp, ICO]}, crlf=True)


# 12. Peterborough: <pre> with "see answer to question 1" cross-references -------------
def peterborough():
    url = ("https://www.safeguardingcambspeterborough.org.uk/children-board/"
           "professionals/procedures/bruising-protocol/")
    A = {
        "1": "Yes. The Cambridgeshire and Peterborough Safeguarding Children Partnership "
             "Board reviewed its Bruising Protocol for Non-Mobile Babies on 20/04/2023 "
             "following the Panel's briefing. The review concluded that the protocol should "
             "add an initial appraisal step by a health professional and a clearer "
             "definition of mobility. The updated protocol was published in July 2023, "
             "together with the Board's review paper, at " + url,
        "2": "Please see the response to question 1.",
        "3": "No. The protocol requires an initial appraisal by a health professional; a "
             "strategy discussion is convened where there are safeguarding concerns.",
        "4": "See our answer to question 1.",
        "5": "The definition was updated. Under the current protocol every baby under 6 "
             "months of age is treated as not independently mobile. Babies who can roll "
             "over, but cannot crawl, bottom shuffle, pull to stand or walk, are also not "
             "independently mobile.",
    }
    lines = ["PETERBOROUGH CITY COUNCIL - FREEDOM OF INFORMATION RESPONSE", "",
             "Reference:  PCC/FOI/2025/2210", "Date:       8 December 2025", ""]
    for n in "12345":
        lines += [wrap(f"Question {n}", 72), wrap(QT[n], 72, "  "), "",
                  "Response:", wrap(A[n], 72, "  "), ""]
    lines += [wrap("You are free to use the information supplied for your own use, "
                   "including for non-commercial research purposes. Any other re-use, for "
                   "example commercial publication, requires permission."), "",
              wrap("Complaints: ask for an internal review within 40 working days of this "
                   "response. If you are still dissatisfied you may contact the Information "
                   "Commissioner, " + ICO)]
    text = "\n".join(lines)
    content = f"""<h1>Bruising protocol for non-mobile babies</h1>
<p class="foi-date">Published 15 December 2025</p>
<pre class="foi">{esc(text)}</pre>"""
    page = shell_jadu("Peterborough City Council", "Bruising protocol for non-mobile babies",
                      [("Home", "/"), ("Council", "/info/10004/council_and_democracy"),
                       ("FOI disclosure log", "/info/20010/freedom_of_information/disclosure_log")],
                      content)
    add("peterborough-pre-see-other.html", page, {
        "authority": "Peterborough City Council", "authority_code": "E06000031",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {"1": "answered", "2": "see_other", "3": "answered", "4": "see_other",
                   "5": "answered"},
        "fields": fields("formal", "2023-04", "yes", "no", "yes", "yes", "yes", "yes", 6),
        "links": [url, ICO]})


# 13. Wolverhampton: pre-wrap div, long paragraphs wrapped at 72 --------------------------
def wolverhampton():
    wm = "https://westmidlands.procedures.org.uk/local-content/bruising-in-non-mobile-babies"
    A = {
        "1": "Yes. The West Midlands Regional Safeguarding Children Procedures Group, on "
             "which the City of Wolverhampton Council and Wolverhampton Safeguarding "
             "Together are both represented, reviewed the regional guidance on bruising in "
             "babies and children who are not independently mobile at its meeting on "
             "14/09/2023. The review was prompted by the Panel's briefing and by learning "
             "from local practice reviews in the region. It concluded that the guidance "
             "placed too much weight on the age of the baby and too little on what the "
             "baby could actually do, and that the route from the first sighting of a "
             "bruise to a strategy discussion needed a documented health appraisal in "
             "between. The revised regional guidance took effect on 1 December 2023.",
        "2": "The Group's briefing note on the outcome of the review is published with the "
             "revised guidance at " + wm + " We hold no other papers.",
        "3": "No. Under the revised guidance a bruise on a baby who is not independently "
             "mobile is first appraised by the health professional who sees it, who seeks "
             "the advice of a paediatrician on the same day. Where the paediatrician and "
             "children's social care agree that there is reasonable cause to suspect "
             "significant harm, a strategy discussion is held and a section 47 enquiry may "
             "follow. Where a clear and consistent medical or accidental explanation is "
             "found, the baby's health visitor is informed and no referral is needed.",
        "4": "The guidance now requires a documented health appraisal and paediatric "
             "advice before a referral, includes a letter for parents explaining the "
             "process, and asks practitioners to record the explanation given in the "
             "parent's own words. Training for health visitors and GP practices was "
             "updated in early 2024.",
        "5": "Yes. The previous regional guidance treated all babies under six months as "
             "non-mobile. Following the review the age-based element was removed and the "
             "definition now rests only on what the baby can do: a baby is not "
             "independently mobile if they cannot crawl, bottom-shuffle, cruise or walk "
             "independently. The guidance does not say how a baby who can roll should be "
             "treated, and practitioners are advised to seek the advice of the named nurse "
             "for safeguarding in that situation.",
    }
    lines = ["Freedom of Information Request - Our Ref: CWC25-3318", "",
             "Date: 11/12/2025", "", "Dear Requester,", "",
             wrap("We write in response to your request for information received by the "
                  "City of Wolverhampton Council. Your questions are repeated below, each "
                  "followed by our response."), ""]
    for n in "12345":
        lines += [wrap(f"{n}) {QT[n]}"), "", "Response:", wrap(A[n]), ""]
    lines += [wrap("Information provided in this response may be re-used under the Open "
                   "Government Licence " + OGL), "",
              wrap("If you are unhappy with our response, you can ask for an internal review "
                   "within 40 working days. If you remain unhappy you can complain to the "
                   "Information Commissioner at " + ICO), "",
              "Information Governance", "City of Wolverhampton Council",
              "Civic Centre, St Peter's Square, Wolverhampton WV1 1SH"]
    text = "\n".join(lines)
    content = f"""  <h1>Bruising in babies who are not independently mobile</h1>
  <p>FOI response CWC25-3318, published 18 December 2025.</p>
  <div class="field--name-body" style="white-space: pre-wrap; font-family: monospace">{esc(text)}</div>"""
    page = shell_drupal("City of Wolverhampton Council",
                        "Bruising in babies who are not independently mobile",
                        [("Home", "/"), ("Council and democracy", "/council-and-democracy"),
                         ("FOI responses", "/council-and-democracy/foi-responses")], content)
    add("wolverhampton-prewrap-long-wrapped.html", page, {
        "authority": "City of Wolverhampton Council", "authority_code": "E08000031",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {n: "answered" for n in "12345"},
        "fields": fields("formal", "2023-09", "yes", "no", "yes", "yes", "not_stated", "no", None),
        "links": [wm, OGL, ICO]})


# 14. North Yorkshire: <div class="plain-text"> + <br>, council quotes each question with "> "
def north_yorkshire():
    nyscp = "https://www.safeguardingchildren.co.uk/professionals/procedures/bruising/"
    brief_url = ("https://www.gov.uk/government/publications/"
                 "bruising-in-non-mobile-infants-panel-briefing")
    A = {
        "1": "Yes. North Yorkshire Safeguarding Children Partnership reviewed its "
             "procedure for bruising in non-mobile children on 23 January 2024, after the "
             "Panel's briefing and a local rapid review. It concluded that the procedure "
             "should introduce a health appraisal step and a clearer definition of "
             "mobility.",
        "2": "The review report is published with the procedure at " + nyscp,
        "3": "No. A strategy discussion takes place only where the health appraisal "
             "and discussion with the Multi-Agency Screening Team indicate concerns.",
        "4": "A health appraisal step, a parent information sheet & a revised flowchart "
             "were introduced.",
        "5": "Yes. Children under one year of age (i.e. age < 12 months) who cannot yet "
             "crawl, bottom shuffle, pull to stand, cruise or walk are defined as not "
             "independently mobile; the procedure also applies to any older child who is "
             "not independently mobile because of disability. Rolling alone does not mean "
             "a baby is mobile.",
    }
    lines = ["Subject: Your Freedom of Information request (ref NYC-IR-88120)",
             "Date: Wed 21 January 2026", "",
             "Dear Requester,", "",
             "Thank you for your request. You wrote:", ""]
    lines += quote(PREAMBLE + " " + brief_url).split("\n")
    lines += [""]
    for n in "12345":
        lines += quote(Q[n]).split("\n")
        lines += [""] + wrap(A[n]).split("\n") + [""]
    lines += wrap("If you are unhappy with how your request was handled, please ask for an "
                  "internal review. You may also contact the ICO: " + ICO).split("\n")
    lines += ["", "Kind regards,", "Information Governance, North Yorkshire Council"]
    text = "\n".join(lines)
    content = f"""<h1>Response to request NYC-IR-88120</h1>
<p class="summary">Topic: bruising in non-mobile infants. Response date: 21 January 2026.</p>
<div class="plain-text">
{br_lines(text)}
</div>"""
    page = shell_portal("North Yorkshire Council", "Request NYC-IR-88120", content)
    add("northyorks-br-quoted-questions.html", page, {
        "authority": "North Yorkshire Council", "authority_code": "E06000065",
        "outcome": "answered", "exemptions": [], "answers": A,
        "status": {n: "answered" for n in "12345"},
        "fields": fields("formal", "2024-01", "yes", "no", "yes", "yes", "yes", "yes", 12),
        "links": [nyscp, ICO]})


# 15. Essex: acknowledgement in a casework portal --------------------------------------
def essex():
    text = "\n".join([
        "Dear Requester,", "",
        "Request reference: ECC-FOI-25-07731", "",
        wrap("Thank you for your request for information about policies on bruising in "
             "non-mobile infants, which we received on 19 November 2025. Your request is "
             "being handled under the Freedom of Information Act 2000."),
        "",
        wrap("We aim to respond within 20 working days, which means you should receive a "
             "reply by 17 December 2025. If we need more information from you, or if a "
             "fee is payable, we will let you know."),
        "",
        wrap("Please quote the reference number above in any correspondence about this "
             "request."),
        "",
        "Information Governance Team", "Essex County Council",
    ])
    content = f"""  <h1>Case ECC-FOI-25-07731</h1>
  <h2>Messages</h2>
  <div class="message outbound">
    <div class="message-head">Automatic acknowledgement &middot; 19/11/2025 11:26</div>
<pre class="message-body">{esc(text)}</pre>
  </div>"""
    page = shell_portal("Essex County Council", "Case ECC-FOI-25-07731", content,
                        status="Open - in progress")
    add("essex-portal-acknowledgement.html", page, {"reject": True, "why": "acknowledgement"})


# 16. Stockport: disclosure log reply to a different request ---------------------------
def stockport():
    req = wrap("Please tell me how many children aged under one year became the subject "
               "of a child protection plan in each of the years 2022-23, 2023-24 and "
               "2024-25, and how many of those plans were under the category of physical "
               "abuse.")
    resp = "\n".join([
        "Reference: SMBC-FOI-25-1907", "Date: 27 November 2025", "",
        wrap("Stockport Council holds this information. The figures are below. Numbers "
             "under 5 are shown as <5 to reduce the risk of identifying individual "
             "children (section 40(2) of the Act)."),
        "",
        "Year      Under-1s on new CP plan   Category: physical abuse",
        "2022-23   41                        9",
        "2023-24   37                        <5",
        "2024-25   44                        11",
        "",
        wrap("If you are unhappy with this response you can ask for an internal review. "
             "You can also complain to the Information Commissioner: " + ICO),
    ])
    content = f"""    <section class="disclosure-request">
      <h2>Request</h2>
<pre>{esc(req)}</pre>
    </section>
    <section class="disclosure-response">
      <h2>Response</h2>
<pre>{esc(resp)}</pre>
    </section>"""
    page = shell_disclosurelog("Stockport Council",
                               "Child protection plans for children under one",
                               [("Case reference", "SMBC-FOI-25-1907"),
                                ("Received", "30 October 2025"),
                                ("Published", "4 December 2025")], content)
    add("stockport-other-request.html", page, {"reject": True, "why": "other_request"})


def main():
    for f in (gateshead, oxfordshire, torbay, sutton, wigan, lincolnshire, bristol, kirklees,
              hertfordshire, cumberland, southwark, peterborough, wolverhampton,
              north_yorkshire, essex, stockport):
        f()
    for name, text, crlf in DOCS:
        data = text.replace("\r\n", "\n")
        if crlf:
            data = data.replace("\n", "\r\n")
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data.encode("utf-8"))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# fresh_dec_i: council web pages showing FOI replies as plain text\n\n"
                 "Synthetic corpus: real council names, invented content, for measuring the "
                 "foi-responses parser on HTML pages that carry the reply in `<pre>` blocks, "
                 "pre-wrap divs or `<br>`-separated lines.\n"
                 "Not real council replies. Regenerate with `python make_fixtures.py`; "
                 "`labels.json` is the answer key.\n")


if __name__ == "__main__":
    main()
