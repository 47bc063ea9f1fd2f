#!/usr/bin/env python3
"""Write the synthetic ``web_mail`` corpus: 13 council FOI responses and labels.json.

Every document here is SYNTHETIC. The councils are real English authorities with
children's services, but the wording, the reference numbers and the positions
attributed to each council are invented for testing the parser. Never publish any
of them as a council's real answer.

Formats: 5 HTML pages, 4 plain-text letters and 4 emails (.eml; two with CRLF line
endings as saved by Outlook, two with LF). The answer texts
and links in labels.json are derived from the same data that is rendered into the
documents, so the key and the documents cannot drift apart.

Standard library only; the output is deterministic. Run with:

    /work/venv/bin/python tests/corpus/web_mail/make_fixtures.py
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import re
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent

HTML_MARK = "<!-- Synthetic test document - not a real council response -->"
EML_MARK = "X-Synthetic-Test-Document: synthetic test document - not a real council response"
TXT_MARK = "[Synthetic test document - not a real council response]"

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO_ROOT = "https://ico.org.uk/"
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"
ICO_FOI = "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"

# The request as the requester sent it (the real round-robin wording).
PREAMBLE = (
    "In September 2022 the Child Safeguarding Review Panel issued guidance asking that "
    "\u201call safeguarding partners review their current policies on bruising in "
    "non-mobile infants to check for consistency with the evidence base and national "
    "guidelines.\u201d"
)
ASK = "Can you respond to the following freedom of information request:"
QUESTIONS = [
    "Was there a review of your safeguarding policies after this guidance was published, "
    "when was it, and what did it conclude?",
    "Provide any papers that give information on the outcome of this review.",
    "Does your policy require a s47 investigation or strategy discussion in all cases?",
    "What changes were put in place to provide consistency with the evidence base and "
    "national guidelines.",
    "Were there changes to your definition of when a child is not independently mobile and "
    "how is that now defined \u2013 in particular are children who can roll defined as not "
    "independently mobile and are children classified as not independently mobile on the "
    "basis of age?",
]
# Some copies of the request carry the requester's typo in question 1.
QUESTIONS_TYPO = ["Was their a review" + QUESTIONS[0][len("Was there a review"):], *QUESTIONS[1:]]

# --------------------------------------------------------------------------- helpers

LINK_MD = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
ANY_URL = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)|(https?://[^\s<>\"]+)")
ENTITIES = {
    "\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;",
    "\u2013": "&ndash;", "\u2014": "&mdash;", "\u00a3": "&pound;",
}


def norm(text: str) -> str:
    return " ".join(text.split())


def visible(text: str) -> str:
    """What a reader sees: [label](url) markup shows only its label."""
    return LINK_MD.sub(r"\1", text)


def urls(*texts: str) -> list[str]:
    """Every http(s) URL in the given texts, in order (markup links and bare URLs)."""
    out: list[str] = []
    for text in texts:
        for m in ANY_URL.finditer(text):
            url = m.group(2) or m.group(3).rstrip(".,;:)")
            if url not in out:
                out.append(url)
    return out


def esc(text: str, entities: bool = False) -> str:
    out = html.escape(text, quote=False)
    if entities:
        for char, ent in ENTITIES.items():
            out = out.replace(char, ent)
    return out


def inline(text: str, entities: bool = False) -> str:
    """Render one paragraph of markup as HTML (escaped text, <a href> for links)."""
    parts, pos = [], 0
    for m in LINK_MD.finditer(text):
        parts.append(esc(text[pos:m.start()], entities))
        parts.append(f'<a href="{m.group(2)}">{esc(m.group(1), entities)}</a>')
        pos = m.end()
    parts.append(esc(text[pos:], entities))
    return "".join(parts)


def flat(block) -> list[str]:
    """An answer block is a string or ("ul", [items]); give its strings in reading order."""
    if isinstance(block, tuple):
        return list(block[1])
    return [block]


def answer_text(blocks) -> str | None:
    if blocks is None:
        return None
    return norm(" ".join(visible(s) for b in blocks for s in flat(b)))


def wrap(text: str, width: int = 72, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(
        text, width=width, initial_indent=indent if first is None else first,
        subsequent_indent=indent, break_long_words=False, break_on_hyphens=False,
    )


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(text: str, charset: str = "utf-8") -> str:
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def fields(review_held="not_stated", review_date=None, papers_provided="not_stated",
           s47_all_cases="not_stated", changes_made="not_stated",
           definition_changed="not_stated", rolling_is_non_mobile="not_stated",
           age_based="not_stated", age_threshold_months=None) -> dict:
    return {
        "review_held": review_held, "review_date": review_date,
        "papers_provided": papers_provided, "s47_all_cases": s47_all_cases,
        "changes_made": changes_made, "definition_changed": definition_changed,
        "rolling_is_non_mobile": rolling_is_non_mobile, "age_based": age_based,
        "age_threshold_months": age_threshold_months,
    }


NO_ANSWERS = {str(i): None for i in range(1, 6)}
DOCS: list[dict] = []


def register(file, fmt, authority, code, outcome, exemptions, answers, fld, link_texts, data):
    """answers: {"1": blocks or None}; link_texts: the main-content texts, in order."""
    DOCS.append({
        "label": {
            "file": file, "format": fmt, "authority": authority, "authority_code": code,
            "outcome": outcome, "exemptions": exemptions,
            "answers": {k: answer_text(v) for k, v in answers.items()},
            "fields": fld, "links": urls(*link_texts),
        },
        "data": data,
    })


def blocks_html(blocks, entities=False, marker=None, marker_tag="strong") -> str:
    """Answer blocks as HTML paragraphs/lists; an optional marker opens the first <p>."""
    out = []
    for i, b in enumerate(blocks):
        lead = f"<{marker_tag}>{esc(marker)}</{marker_tag}> " if (marker and i == 0) else ""
        if isinstance(b, tuple):
            items = "\n".join(f"  <li>{inline(x, entities)}</li>" for x in b[1])
            if lead:
                out.append(f"<p>{lead.strip()}</p>")
            out.append(f"<ul>\n{items}\n</ul>")
        else:
            out.append(f"<p>{lead}{inline(b, entities)}</p>")
    return "\n".join(out)


def all_texts(answers) -> list[str]:
    return [s for blocks in answers.values() if blocks for b in blocks for s in flat(b)]


# =========================================================================== HTML 1
# Telford & Wrekin: heavy site chrome, <main>, <dl> metadata, questions quoted in full
# (with the requester's typo) as <h3> headings, "Response:" markers, bullet list.

def telford():
    file = "telford-wrekin-disclosure-log.html"
    guide = "https://www.telfordsafeguardingpartnership.org.uk/practice-guidance/injuries-to-non-mobile-babies"
    brief = "https://www.telfordsafeguardingpartnership.org.uk/learning/non-mobile-babies-review-2023"
    ans = {
        "1": [
            "Yes. In Telford and Wrekin the West Midlands Regional Safeguarding Children "
            "Procedures are supplemented by a local practice guide on injuries to babies who "
            "are not yet mobile, which we maintain jointly with Shropshire Council through the "
            "two areas\u2019 safeguarding partnerships. The local guide had last been revised in "
            "2021, when the contact details for the out-of-hours paediatric service were updated.",
            "Once the Panel\u2019s briefing had been circulated, the Telford & Wrekin Safeguarding "
            "Partnership asked its Practice Review and Procedures Subgroup to test the guide "
            "against it, and the subgroup carried out that review in February 2023. It found "
            "that the guide was safe but relied too heavily on automatic escalation to a "
            "strategy meeting, that its wording on mobility could be read in more than one way, "
            "and that families were given too little explanation of what was happening and why. "
            "A revised guide was endorsed by the partnership\u2019s executive shortly afterwards. "
            "The next scheduled review of the guide is due in 2026.",
        ],
        "2": [
            f"The revised practice guide is available [on the partnership\u2019s website]({guide}). "
            f"The subgroup\u2019s summary of its findings, which was presented with the revised "
            f"guide, has been published as a [learning briefing]({brief}).",
        ],
        "3": [
            "No. The guide does not make a strategy discussion automatic in every case. Any "
            "bruise found on a baby who is not independently mobile has to be reported to Family Connect, the "
            "Council\u2019s front door for children\u2019s services, on the same day, and the "
            "baby is seen by a paediatrician. If the paediatrician finds a credible medical or "
            "accidental explanation and no other concerns are known, the team manager may close "
            "the contact and must record the reasons. In every other case a strategy discussion "
            "takes place, and it is that discussion which decides whether enquiries under "
            "section 47 are needed.",
        ],
        "4": [
            "The main changes made to the guide were:",
            ("ul", [
                "the paediatric assessment now comes first, and the decision about a strategy "
                "discussion is taken once its findings are known;",
                "a short leaflet for parents and carers explains why a professional has made a "
                "referral and what will happen next;",
                "a new section describes skin conditions and birthmarks that can be confused "
                "with bruising;",
                "the definition of a baby who is not independently mobile has been rewritten "
                "(see question 5).",
            ]),
        ],
        "5": [
            "Yes. The earlier wording referred to babies \u201cwho are not yet crawling\u201d, "
            "which some practitioners took to exclude babies who had begun to roll. The guide "
            "now states that a baby who can roll but not crawl is still regarded as not "
            "independently mobile, as is a baby who cannot yet bottom-shuffle, pull to stand or "
            "cruise. Mobility is judged on development, not age: there is no age cut-off in the "
            "guide, and practitioners are asked to record what the individual baby can actually do.",
        ],
    }
    intro = [
        "Telford & Wrekin Council has dealt with your request under the Freedom of Information "
        "Act 2000. Your questions are reproduced below exactly as you sent them, each followed "
        "by the Council\u2019s response.",
    ]
    reuse = [
        f"Most of the information we provide can be re-used free of charge under the "
        f"[Open Government Licence v3.0]({OGL}). Please credit Telford & Wrekin Council as the source.",
    ]
    complain = [
        "If you are unhappy with the way we have handled your request, you can ask for an "
        "internal review by emailing foi@telford.gov.uk within 40 working days of the date of "
        "this response. Please quote the reference number above.",
        f"If you remain dissatisfied after the internal review, you can "
        f"[complain to the Information Commissioner]({ICO_FOI}).",
    ]
    qhtml = []
    for i, q in enumerate(QUESTIONS_TYPO, 1):
        qhtml.append(f"<h3>{i}. {esc(q)}</h3>\n{blocks_html(ans[str(i)], marker='Response:')}")
    body = "\n".join(qhtml)
    doc = f"""<!DOCTYPE html>
{HTML_MARK}
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FOI-2025-1187: review of bruising policy for non-mobile babies | Telford &amp; Wrekin Council</title>
<link rel="stylesheet" href="/site/styles/tw-main.css">
<script src="/site/scripts/consent.js" defer></script>
</head>
<body class="disclosure-log">
<div class="cookie-notice" id="cookieNotice" role="dialog" aria-label="Cookie preferences">
  <p>We use necessary cookies to make this site work. With your permission we would also like
  to use analytics cookies to see how the site is used. <a href="/info/20001/cookies">Read our cookie policy</a>.</p>
  <button type="button" class="cookie-notice__accept">Accept all cookies</button>
  <button type="button" class="cookie-notice__reject">Use necessary cookies only</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="site-header__logo" href="/"><img src="/site/images/tw-logo.svg" alt="Telford &amp; Wrekin Council home"></a>
  <form class="site-search" action="/search" method="get" role="search">
    <label for="site-q">Search this site</label><input id="site-q" name="q" type="text">
    <button type="submit">Go</button>
  </form>
  <nav class="primary-nav" aria-label="Primary">
    <ul>
      <li><a href="/info/20006/bins_and_recycling">Bins and recycling</a></li>
      <li><a href="/info/20009/council_tax">Council Tax</a></li>
      <li><a href="/info/20013/planning">Planning</a></li>
      <li><a href="/info/20017/schools_and_education">Schools and education</a></li>
      <li><a href="/info/20021/children_and_families">Children and families</a></li>
      <li><a href="/info/20035/your_council">Your council</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/info/20035/your_council">Your council</a></li>
    <li><a href="/info/20437/freedom_of_information">Freedom of information</a></li>
    <li><a href="/disclosure-log">Disclosure log</a></li>
    <li aria-current="page">FOI-2025-1187</li>
  </ol>
</nav>
<div class="page-wrap">
<main id="main" class="page-content">
<h1>Review of bruising policy for non-mobile babies</h1>
<dl class="foi-meta">
  <dt>Reference</dt><dd>FOI-2025-1187</dd>
  <dt>Date received</dt><dd>12 November 2025</dd>
  <dt>Date of response</dt><dd>3 December 2025</dd>
  <dt>Service area</dt><dd>Children&rsquo;s Safeguarding and Family Support</dd>
  <dt>Outcome</dt><dd>Information provided in full</dd>
</dl>
<p>{inline(intro[0])}</p>
<p class="request-preamble"><em>{esc(PREAMBLE)}</em></p>
{body}
<h2>Re-use of this information</h2>
<p>{inline(reuse[0])}</p>
<h2>Not happy with our response?</h2>
<p>{inline(complain[0])}</p>
<p>{inline(complain[1])}</p>
<p>Information Governance Team<br>Telford &amp; Wrekin Council</p>
<div class="feedback-widget" aria-label="Page feedback">
  <p>Did you find what you were looking for?</p>
  <button type="button" data-answer="yes">Yes</button>
  <button type="button" data-answer="no">No</button>
  <a href="/feedback?page=foi-2025-1187">Tell us how we could improve this page</a>
</div>
</main>
<aside class="sidebar" aria-label="Related pages">
  <h2>Related pages</h2>
  <ul>
    <li><a href="https://www.telford.gov.uk/info/20437/freedom_of_information/452/make_a_freedom_of_information_request">Make a freedom of information request</a></li>
    <li><a href="https://www.telfordsafeguardingpartnership.org.uk/">Telford &amp; Wrekin Safeguarding Partnership</a></li>
    <li><a href="/disclosure-log?topic=children">More children&rsquo;s services disclosures</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer">
  <ul class="site-footer__links">
    <li><a href="/info/20002/contact_us">Contact us</a></li>
    <li><a href="/info/20003/accessibility">Accessibility statement</a></li>
    <li><a href="/info/20004/privacy">Privacy</a></li>
    <li><a href="/jobs">Jobs</a></li>
  </ul>
  <ul class="site-footer__social">
    <li><a href="https://www.facebook.com/telfordwrekincouncil">Facebook</a></li>
    <li><a href="https://x.com/TelfordWrekin">X</a></li>
  </ul>
  <p>&copy; Telford &amp; Wrekin Council, Addenbrooke House, Ironmasters Way, Telford TF3 4NT</p>
</footer>
</body>
</html>
"""
    register(
        file, "html", "Telford & Wrekin Council", "E06000020", "answered", [], ans,
        fields("formal", "2023-02", "yes", "no", "yes", "yes", "yes", "no", None),
        [*intro, *all_texts(ans), *reuse, *complain], doc.encode("utf-8"),
    )


# =========================================================================== HTML 2
# Brighton & Hove: answer table (Question | Response) with paraphrased questions;
# part 2 withheld under s22; names East Sussex and West Sussex (shared procedures).

def brighton():
    file = "brighton-hove-answer-table.html"
    sussex = "https://sussexchildprotection.procedures.org.uk/"
    intro = [
        "Thank you for your request of 14 November 2025, which Brighton & Hove City Council has "
        "handled under the Freedom of Information Act 2000.",
        f"Child protection work in the city follows the [pan-Sussex Child Protection and "
        f"Safeguarding Procedures]({sussex}), a manual used jointly by Brighton & Hove, East "
        f"Sussex County Council and West Sussex County Council. Our answers are given in the table below. We have "
        f"shortened your questions to make the table easier to read.",
    ]
    rows = [
        ("1. Was the policy reviewed after the Panel\u2019s guidance? When, and with what result?", [
            "Yes. The pan-Sussex chapter on injuries, including bruising, to babies who cannot "
            "yet move about was looked at afresh by the Sussex Procedures Review Group, on which "
            "the Brighton & Hove Safeguarding Children Partnership is represented. The group "
            "agreed the revised chapter in January 2024. It decided that the same-day referral "
            "and paediatric assessment should stay as they were, but that the chapter had to be "
            "much clearer about when a strategy discussion is needed and when it is not.",
        ]),
        ("2. Papers on the outcome of the review", [
            "We are withholding the review report for now. The three Sussex partnerships intend "
            "to publish it, together with a summary of the case audit that informed it, as an "
            "appendix to the Brighton & Hove Safeguarding Children Partnership annual report for "
            "2024-25, which is due to be published in February 2026.",
            "We consider that the report is exempt under section 22 of the Act (information "
            "intended for future publication) and that it is reasonable for it to be published "
            "as planned rather than released early. We have weighed the public interest in "
            "openness about child protection practice against the public interest in the "
            "partnerships publishing one complete and agreed account, and have concluded that "
            "the balance favours withholding the report until then.",
        ]),
        ("3. Is a section 47 enquiry or a strategy discussion required in every case?", [
            "No. Any bruise seen on a baby who is not mobile leads to a referral to the Front "
            "Door for Families and an assessment by a paediatrician. A strategy discussion is "
            "then held only where that assessment, or other information, suggests the baby may "
            "have suffered, or be at risk of, significant harm.",
        ]),
        ("4. Changes made to reflect the evidence base and national guidelines", [
            "The chapter now contains a flowchart showing each step from the moment a bruise is "
            "noticed; it requires the paediatric assessment to be completed before anyone "
            "decides whether to hold a strategy discussion; and it gives practitioners suggested "
            "words for explaining the process to parents.",
        ]),
        ("5. Changes to the definition of \u2018not independently mobile\u2019; babies who can roll; use of age", [
            "The definition did not change. Under the Sussex procedures every baby under six "
            "months old is treated as not independently mobile. From six months, a baby still "
            "counts as not independently mobile until they can crawl, bottom-shuffle, pull to "
            "stand or cruise, so a baby who has only learned to roll over remains within the "
            "definition.",
        ]),
    ]
    ans = {str(i): blocks for i, (_, blocks) in enumerate(rows, 1)}
    tail = [
        "Part 2 of this response is a refusal notice under section 17 of the Act.",
        f"You may re-use the information we have provided under the terms of the "
        f"[Open Government Licence]({OGL}).",
        "If you are not satisfied with our response you may ask for an internal review. "
        "Please write to foi@brighton-hove.gov.uk within 40 working days, quoting reference "
        "FOI 25-3810.",
        f"After an internal review you may appeal to the Information Commissioner\u2019s Office: "
        f"[how to complain to the ICO]({ICO_COMPLAIN}).",
    ]
    trs = "\n".join(
        f"<tr>\n<td>{esc(q)}</td>\n<td>\n{blocks_html(b)}\n</td>\n</tr>" for q, b in rows
    )
    doc = f"""<!DOCTYPE html>
<html lang="en">
{HTML_MARK}
<head>
<meta charset="utf-8">
<title>FOI 25-3810 Bruising in non-mobile babies | Brighton &amp; Hove City Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/bhcc/css/style.css">
</head>
<body>
<header role="banner" class="bhcc-header">
  <a href="/" class="bhcc-header__home">Brighton &amp; Hove City Council</a>
  <nav aria-label="Main menu">
    <a href="/bins-and-recycling">Bins and recycling</a> |
    <a href="/council-tax">Council tax</a> |
    <a href="/parking">Parking</a> |
    <a href="/children-and-learning">Children and learning</a> |
    <a href="/council-and-democracy">Council and democracy</a>
  </nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/council-and-democracy/freedom-information">Freedom of information</a> &rsaquo; <a href="/foi-disclosure-log">Disclosure log</a></div>
<main id="main-content">
<h1>Bruising in non-mobile babies: safeguarding policy review</h1>
<p class="foi-ref">Reference: FOI 25-3810 &middot; Response sent: 8 December 2025</p>
<p>{inline(intro[0])}</p>
<p>{inline(intro[1])}</p>
<table class="foi-answers">
<thead><tr><th scope="col">Question</th><th scope="col">Response</th></tr></thead>
<tbody>
{trs}
</tbody>
</table>
{''.join(f'<p>{inline(t)}</p>' + chr(10) for t in tail)}<p>Information Governance<br>Brighton &amp; Hove City Council</p>
</main>
<footer class="bhcc-footer">
  <a href="/contact-us">Contact us</a> <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a>
  <a href="https://www.facebook.com/brightonhovecc">Facebook</a> <a href="https://www.instagram.com/brightonhovecc">Instagram</a>
  <p>Brighton &amp; Hove City Council, Hove Town Hall, Norton Road, Hove BN3 3BQ</p>
</footer>
</body>
</html>
"""
    register(
        file, "html", "Brighton & Hove City Council", "E06000043", "partial", ["s22"], ans,
        fields("formal", "2024-01", "no", "no", "yes", "no", "yes", "yes", 6),
        [*intro, *all_texts(ans), *tail], doc.encode("utf-8"),
    )


# =========================================================================== HTML 3
# Hampshire: heavy chrome, content in <div id="content">, metadata table, questions in
# bold without numbers, "Information supplied:" markers, HTML entities throughout.

def hampshire():
    file = "hampshire-div-content.html"
    proto = "https://hipsprocedures.org.uk/qkyyoh/children-in-specific-circumstances/bruising-protocol"
    history = proto + "#version-history"
    ans = {
        "1": [
            "Yes. Hampshire\u2019s child protection procedures are the HIPS Safeguarding "
            "Children Procedures, which Hampshire shares with Portsmouth City Council, "
            "Southampton City Council and the Isle of Wight Council. Following the Panel\u2019s "
            "briefing, the HIPS Procedures Group reviewed the protocol for bruising and injuries "
            "in pre-mobile babies. The group completed its review in November 2023, and the "
            "updated protocol was published the following month.",
            "The review found that the protocol\u2019s threshold for referral was right, but "
            "that practitioners needed firmer guidance on when a bruise could safely be managed "
            "without a strategy discussion, and a clearer statement of which babies the protocol "
            "applies to.",
        ],
        "2": [
            f"The updated protocol can be read on the [HIPS procedures website]({proto}). A "
            f"summary of what changed is given in the protocol\u2019s "
            f"[version history]({history}).",
        ],
        "3": [
            "No. Every case is expected to be referred to children\u2019s social care, and the "
            "baby is expected to have a medical assessment that day. Whether a strategy discussion follows depends on the outcome "
            "of that assessment and on what partner agencies already know about the family; a "
            "section 47 enquiry is begun only where the strategy discussion concludes that the "
            "threshold has been met.",
        ],
        "4": [
            "The protocol was amended in three ways. It now provides for an initial appraisal, "
            "led by the paediatrician together with a children\u2019s social care manager, "
            "before any decision on a strategy discussion. It contains new guidance on talking "
            "to parents. Its section on scope was rewritten, as described in the next answer.",
        ],
        "5": [
            "Yes, the definition was revised. The protocol now says that all infants under 6 "
            "months of age are to be considered not independently mobile. For older babies, "
            "practitioners are asked to use their professional judgement about the baby\u2019s "
            "stage of development, taking advice from the paediatrician where they are unsure. "
            "The protocol is next due for review in 2026, or sooner if national guidance changes.",
        ],
    }
    reuse = [
        f"Information released under the Act may be re-used under the "
        f"[Open Government Licence]({OGL}) unless we tell you otherwise.",
    ]
    complain = [
        "If you are dissatisfied with the handling of your request, you may ask for an internal "
        "review within 40 working days of receiving this response by writing to the Information "
        "Compliance Team, Hampshire County Council, Elizabeth II Court, The Castle, Winchester "
        "SO23 8UJ.",
        f"If you are still not satisfied you can apply to the "
        f"[Information Commissioner\u2019s Office]({ICO_COMPLAIN}).",
    ]
    parts = []
    for i, q in enumerate(QUESTIONS, 1):
        parts.append(f'<p class="q"><strong>{esc(q, True)}</strong></p>\n'
                     f"{blocks_html(ans[str(i)], True, 'Information supplied:')}")
    body = "\n".join(parts)
    doc = f"""<!DOCTYPE html>
{HTML_MARK}
<html lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>Bruising in non-mobile babies &ndash; FOI disclosure | Hampshire County Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/hcc/css/hcc.min.css">
<script>window.hccAnalytics = {{"section": "foi-disclosures"}};</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner">
  <p>We&rsquo;d like to set additional cookies to understand how you use hants.gov.uk and to improve our services.</p>
  <a class="button" href="/cookies/accept">Accept additional cookies</a>
  <a class="button" href="/cookies/reject">Reject additional cookies</a>
  <a href="/cookies">View cookies</a>
</div>
<div id="header">
  <a href="/" id="logo">Hampshire County Council</a>
  <ul id="topnav">
    <li><a href="/socialcareandhealth">Social care and health</a></li>
    <li><a href="/educationandlearning">Education and learning</a></li>
    <li><a href="/transport">Roads and transport</a></li>
    <li><a href="/wasteandrecycling">Waste and recycling</a></li>
    <li><a href="/aboutthecouncil">About the council</a></li>
  </ul>
</div>
<div id="breadcrumbs"><a href="/">Home</a> / <a href="/aboutthecouncil">About the council</a> / <a href="/aboutthecouncil/informationandstatistics/freedomofinformation">Freedom of information</a> / <a href="/aboutthecouncil/informationandstatistics/freedomofinformation/disclosures">Disclosures</a></div>
<div id="wrapper">
<div id="content">
<h1>Freedom of Information disclosure: bruising in non-mobile babies</h1>
<table class="disclosure-details">
  <tr><th>Reference</th><td>CSD/FOI/25/06412</td></tr>
  <tr><th>Date of request</th><td>10 November 2025</td></tr>
  <tr><th>Date of disclosure</th><td>2 December 2025</td></tr>
  <tr><th>Directorate</th><td>Children&rsquo;s Services</td></tr>
</table>
<h2>Request and response</h2>
<p>The requester referred to the Child Safeguarding Practice Review Panel&rsquo;s guidance of September 2022 and asked the questions shown in bold. Our reply follows each question.</p>
{body}
<h2>Copyright and re-use</h2>
<p>{inline(reuse[0], True)}</p>
<h2>Complaints</h2>
<p>{inline(complain[0], True)}</p>
<p>{inline(complain[1], True)}</p>
<div class="rating">
  <p>Was this page helpful?</p>
  <a href="/feedback?helpful=yes&amp;ref=CSD-FOI-25-06412">Yes</a> <a href="/feedback?helpful=no&amp;ref=CSD-FOI-25-06412">No</a>
</div>
</div>
<div id="sidebar">
  <h2>Related pages</h2>
  <ul>
    <li><a href="https://www.hants.gov.uk/socialcareandhealth/childrenandfamilies/safeguardingchildren">Safeguarding children</a></li>
    <li><a href="https://www.hampshirescp.org.uk/">Hampshire Safeguarding Children Partnership</a></li>
    <li><a href="/aboutthecouncil/informationandstatistics/freedomofinformation/makearequest">Make a request</a></li>
  </ul>
</div>
</div>
<div id="footer">
  <ul>
    <li><a href="/contactus">Contact us</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="https://www.youtube.com/user/hantsgov">YouTube</a></li>
  </ul>
  <p>&copy; Hampshire County Council</p>
</div>
</body>
</html>
"""
    register(
        file, "html", "Hampshire County Council", "E10000014", "answered", [], ans,
        fields("formal", "2023-11", "yes", "no", "yes", "yes", "not_stated", "yes", 6),
        [*all_texts(ans), *reuse, *complain], doc.encode("utf-8"),
    )


# =========================================================================== HTML 4
# Hartlepool: letter in an <article> (no <main>); redirected to the joint partnership;
# names Stockton-on-Tees, Middlesbrough, Redcar and Cleveland; s16 and s3(2) mentioned.

def hartlepool():
    file = "hartlepool-partnership-redirect.html"
    contact = "https://www.hartlepool-stockton-scp.org.uk/contact-us/"
    paras = [
        "Thank you for your email of 13 November 2025 about the review of safeguarding policy "
        "on bruising in non-mobile infants following the Child Safeguarding Practice Review "
        "Panel\u2019s guidance of September 2022. You asked five questions: whether a review "
        "took place and what it concluded, for any papers about it, whether a section 47 "
        "enquiry or strategy discussion is required in every case, what changes were made, and "
        "how \u201cnot independently mobile\u201d is defined.",
        "The information you have asked for is not held by Hartlepool Borough Council. In "
        "Hartlepool, the lead for safeguarding children rests with the Hartlepool and Stockton-on-Tees Safeguarding "
        "Children Partnership, which covers both this borough and the area of Stockton-on-Tees "
        "Borough Council. The multi-agency procedures, including the procedure for bruising in "
        "babies who are not mobile, belong to the Partnership and are agreed across the Tees "
        "area together with the partnership for Middlesbrough and Redcar and Cleveland. Any "
        "review of that procedure, and any papers about it, are held by the Partnership.",
        "Although some of the Partnership\u2019s administrative support is provided from "
        "Council offices, information held only on behalf of the Partnership is not held by "
        "the Council for the purposes of the Act (section 3(2)(a)).",
        f"Under section 16 of the Act we have a duty to offer advice and assistance, and we "
        f"would recommend redirecting your request to the Partnership\u2019s business unit, "
        f"which can be reached through [the Partnership\u2019s contact page]({contact}).",
        "If you are unhappy with the way your request has been handled, you may ask for an "
        "internal review by writing to the Information Governance Team within 40 working days.",
        f"You also have the right to complain to the Information Commissioner once the internal "
        f"review has been completed. Details are on the [ICO\u2019s website]({ICO_COMPLAIN}).",
    ]
    ps = "\n".join(f"<p>{inline(p)}</p>" for p in paras)
    doc = f"""<!doctype html>
{HTML_MARK}
<html lang="en">
<head>
<meta charset="utf-8">
<title>Freedom of Information response 2025/FOI/0934</title>
<link rel="stylesheet" href="/site/css/hbc.css">
</head>
<body>
<div class="hbc-top">
  <a class="hbc-logo" href="/"><img src="/site/img/hbc-logo.png" alt="Hartlepool Borough Council"></a>
  <ul class="hbc-menu">
    <li><a href="/info/20001/advice_and_benefits">Advice and benefits</a></li>
    <li><a href="/info/20010/bins_and_recycling">Bins and recycling</a></li>
    <li><a href="/info/20019/children_and_families">Children and families</a></li>
    <li><a href="/info/20026/council_and_democracy">Council and democracy</a></li>
  </ul>
</div>
<div class="hbc-crumbs"><a href="/">Home</a> &gt; <a href="/info/20026/council_and_democracy">Council and democracy</a> &gt; <a href="/foi-responses">FOI responses</a></div>
<div class="hbc-body">
<article class="foi-letter">
<h1>Your Freedom of Information request &ndash; reference 2025/FOI/0934</h1>
<p class="letter-date">26 November 2025</p>
<p>Dear Requester</p>
{ps}
<p>Yours sincerely</p>
<p>Information Governance Team<br>Hartlepool Borough Council<br>Civic Centre, Victoria Road, Hartlepool TS24 8AY</p>
</article>
<div class="hbc-side">
  <h2>See also</h2>
  <a href="https://www.hartlepool.gov.uk/info/20026/council_and_democracy/384/freedom_of_information">Freedom of information</a>
</div>
</div>
<div class="hbc-footer">
  <a href="/contact">Contact us</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/cookies">Cookies</a>
  <p>Hartlepool Borough Council &copy; 2025</p>
</div>
</body>
</html>
"""
    register(
        file, "html", "Hartlepool Borough Council", "E06000001", "redirected", [],
        dict(NO_ANSWERS), fields(), paras, doc.encode("utf-8"),
    )


# =========================================================================== HTML 5
# Nottinghamshire: not held (s1(1)(a) and s16 mentioned, suggests asking the partnership
# without saying it holds anything); names Nottingham City Council; <main><article>.

def nottinghamshire():
    file = "nottinghamshire-not-held.html"
    nscp = "https://www.nottinghamshire.gov.uk/nscp/contact-us"
    paras = [
        "Section 1(1)(a) of the Freedom of Information Act 2000 entitles you to be told whether "
        "the Council holds the information you have asked for. We have made enquiries with "
        "Children\u2019s Social Care, the Safeguarding and Quality Assurance Service and the team "
        "that supports the Council\u2019s role as a safeguarding partner, and can confirm that "
        "Nottinghamshire County Council does not hold any recorded information within the scope "
        "of your request.",
        "By way of background, child protection procedures for the county are published jointly "
        "with Nottingham City Council, and the Council does not keep its own records of how "
        "those procedures are reviewed.",
        f"In keeping with our duty under section 16 of the Act to provide advice and assistance, "
        f"you may wish to approach the [Nottinghamshire Safeguarding Children Partnership]({nscp}), "
        f"which may be able to help with your enquiry. We are not able to say whether it holds "
        f"information of the kind you are looking for.",
        "For the avoidance of doubt, we are not refusing your request: there is simply no "
        "recorded information for us to give you.",
    ]
    rights = [
        "If you are unhappy with how we have dealt with your request, you can ask for an "
        "internal review by emailing foi@nottscc.gov.uk within 40 working days of this response.",
        f"If you are still unhappy after that, you can complain to the Information Commissioner "
        f"at {ICO_ROOT}",
    ]
    qs = "\n".join(f"  <li>{esc(q)}</li>" for q in QUESTIONS)
    doc = f"""<!DOCTYPE html>
{HTML_MARK}
<html lang="en-gb">
<head>
<meta charset="utf-8">
<title>Policies on bruising in non-mobile infants - FOI response | Nottinghamshire County Council</title>
<link rel="stylesheet" href="/static/ncc/main.css">
</head>
<body>
<header class="ncc-header">
  <a href="/" class="ncc-header__logo">Nottinghamshire County Council</a>
  <nav><a href="/care">Care</a> <a href="/education">Education</a> <a href="/transport">Travel and transport</a> <a href="/council">The council</a></nav>
</header>
<main class="ncc-main">
<article class="foi-response">
<h1>Policies on bruising in non-mobile infants</h1>
<div class="foi-meta"><span>Reference: NCC-071884</span> <span>Published: 4 December 2025</span> <span>Outcome: Information not held</span></div>
<h2>What was asked</h2>
<p>{esc(PREAMBLE)}</p>
<p>{esc(ASK)}</p>
<ol>
{qs}
</ol>
<h2>Our response</h2>
{chr(10).join(f'<p>{inline(p)}</p>' for p in paras)}
<h2>Your right to complain</h2>
{chr(10).join(f'<p>{inline(p)}</p>' for p in rights)}
<p>Information Governance Team, Nottinghamshire County Council</p>
</article>
</main>
<footer class="ncc-footer">
  <a href="/contact">Contact us</a> <a href="/privacy">Privacy</a> <a href="https://www.linkedin.com/company/nottinghamshire-county-council">LinkedIn</a>
  <p>Nottinghamshire County Council, County Hall, West Bridgford, Nottingham NG2 7QP</p>
</footer>
</body>
</html>
"""
    register(
        file, "html", "Nottinghamshire County Council", "E10000024", "not_held", [],
        dict(NO_ANSWERS), fields(), [*paras, *rights], doc.encode("utf-8"),
    )


# =========================================================================== TXT 1
# City of York: letterhead, CRLF line endings, questions in full numbered 1-5,
# "Council response:" markers; informal consideration; rolling makes a baby mobile.

def york():
    file = "york-letter-crlf.txt"
    guidance = ("https://www.safeguardingchildren.co.uk/professionals/practice-guidance/"
                "injuries-to-non-independently-mobile-children/")
    ans = {
        "1": [
            "There was no formal review. The Panel's briefing of 29 September 2022 was tabled at "
            "the joint North Yorkshire and York Policy and Procedures Group in March 2023, where "
            "members went through it point by point against our practice guidance on injuries to "
            "non-independently mobile children. The guidance had been rewritten in 2021, and the "
            "group judged that it already met the Panel's expectations, so no review or "
            "amendment was commissioned.",
        ],
        "2": [
            "There is no review report, because no formal review took place. The relevant "
            "extract from the minutes of the group's meeting reads:",
            "\"Members considered the national panel briefing on bruising in non-mobile infants. "
            "It was agreed that the current NIM injuries guidance already requires a same-day "
            "health assessment before any decision on a strategy discussion and is consistent "
            "with the briefing. No changes required; to be kept under review.\"",
            f"The practice guidance itself can be read at {guidance}",
        ],
        "3": [
            "No. Every injury to a child who is not independently mobile has to be reported to "
            "Children's Social Care, and the child is then seen by a paediatrician the same "
            "day. The paediatrician and a social work manager then make an initial appraisal "
            "together, and a strategy discussion is held only if that appraisal leaves a concern "
            "that the injury may have been inflicted.",
        ],
        "4": [
            "None. Because the guidance was found to be consistent with the Panel's briefing, no "
            "changes were made.",
        ],
        "5": [
            "No. The definition has not changed since 2021. The guidance describes a child as "
            "independently mobile once they can move themselves from one position or place to "
            "another, so once a baby is able to roll over they are considered mobile for the "
            "purposes of the guidance.",
        ],
    }
    intro = (
        "Thank you for your request, received on 11 November 2025, which we have dealt with "
        "under the Freedom of Information Act 2000. In York, practice on injuries to children "
        "who are not independently mobile is set out in guidance that City of York Council "
        "shares with North Yorkshire Council and which the two safeguarding partnerships "
        "maintain together. Your questions are repeated below, followed by our response to each."
    )
    boiler = [
        f"You are free to use the information we have supplied for your own purposes. It may be "
        f"re-used under the Open Government Licence: {OGL}",
        f"If you are not satisfied with this response, you may ask for an internal review within "
        f"40 working days by writing to the Information Governance Team at the address above. If "
        f"you remain unhappy, you can complain to the Information Commissioner's Office: "
        f"{ICO_COMPLAIN}",
    ]
    lines = [
        "City of York Council",
        "West Offices, Station Rise, York YO1 6GA",
        "Information Governance | foi@york.gov.uk",
        "",
        "Our ref: CYC/FOI/25/4471",
        "Date: 1 December 2025",
        "",
        "Dear Requester",
        "",
        "Freedom of Information request - bruising in non-mobile infants",
        "",
        intro,
        "",
    ]
    for i, q in enumerate(QUESTIONS, 1):
        lines += [f"{i}. {q.replace(chr(0x2013), '-')}", ""]
        blocks = ans[str(i)]
        lines += [f"Council response: {blocks[0]}", ""]
        for b in blocks[1:]:
            lines += [b, ""]
    lines += [*(x for b in boiler for x in (b, "")), "Yours sincerely", "",
              "Information Governance Officer", "City of York Council", "", TXT_MARK, ""]
    text = "\r\n".join(lines)
    register(
        file, "txt", "City of York Council", "E06000014", "answered", [], ans,
        fields("informal", "2023-03", "yes", "no", "no", "no", "no", "not_stated", None),
        [intro, *all_texts(ans), *boiler], text.encode("utf-8"),
    )


# =========================================================================== TXT 2
# Hull: hard-wrapped at 72 columns, request quoted in full, "Question N" headings,
# "Questions 1, 2 and 4" answered together; no review; age threshold one year.

def hull():
    file = "hull-wrapped-72.txt"
    combined = [
        "No review of the policy was carried out following the Panel's guidance, and the "
        "guidance was not considered by the Hull Safeguarding Children Partnership or by any "
        "of its subgroups. As there was no review, no papers about one exist, and no changes "
        "have been made to the policy.",
    ]
    ans = {
        "1": combined, "2": combined, "4": combined,
        "3": [
            "Yes. Hull's procedure requires that no referral about a bruised baby who is not "
            "independently mobile is closed without a strategy discussion having taken place. "
            "It is for the strategy discussion to determine whether the threshold for a section "
            "47 enquiry is met.",
        ],
        "5": [
            "There have been no changes to the definition. For the purposes of the procedure, "
            "every baby under one year old is treated as not independently mobile, regardless "
            "of how far their development has progressed, and this includes babies who are able to roll over. "
            "Older children who cannot move about independently because of a disability are "
            "also covered.",
        ],
    }
    intro = [
        "Thank you for your request, which we received on 12 November 2025. You asked:",
    ]
    note = (
        "Please note that this response covers Hull only. East Riding of Yorkshire Council has "
        "its own safeguarding children partnership and its own procedures, and any request "
        "about them should be sent to that council. Because the answers to three of your "
        "questions depend on one another, we have answered them together."
    )
    boiler = [
        f"The information in this response may be re-used under the Open Government Licence, "
        f"which is published at {OGL}",
        "If you are dissatisfied with the handling of your request, you can ask for an internal "
        "review by contacting the Information Governance Team within 40 working days of the "
        "date of this letter.",
        f"If you are still dissatisfied once the internal review is complete, you may complain "
        f"to the Information Commissioner. Information on how to do so is available at "
        f"{ICO_FOI}",
    ]
    out = [
        "HULL CITY COUNCIL",
        "Information Governance Team",
        "Guildhall, Alfred Gelder Street, Hull HU1 2AA",
        "",
        "Request reference: HCC-IR-25-10392",
        "Response date: 28 November 2025",
        "",
        "Dear Requester,",
        "",
        "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION",
        "",
        wrap(intro[0]),
        "",
        wrap(PREAMBLE, indent="    "),
        "",
        wrap(ASK, indent="    "),
        "",
    ]
    for i, q in enumerate(QUESTIONS, 1):
        out += [wrap(q, indent="       ", first=f"    {i}. "), ""]
    out += [wrap(note), "", "Questions 1, 2 and 4", "", wrap(combined[0]), "",
            "Question 3", "", wrap(ans["3"][0]), "", "Question 5", "", wrap(ans["5"][0]), ""]
    for b in boiler:
        out += [wrap(b), ""]
    out += ["Yours sincerely,", "", "Information Governance Officer", "Hull City Council", "",
            TXT_MARK, ""]
    text = "\n".join(out)
    assert max(len(x) for x in text.split("\n") if "http" not in x) <= 72
    register(
        file, "txt", "Hull City Council", "E06000010", "answered", [], ans,
        fields("none", None, "no", "yes", "no", "no", "yes", "yes", 12),
        [*intro, note, *all_texts(ans), *boiler], text.encode("utf-8"),
    )


# =========================================================================== TXT 3
# Reading: no letterhead (signature only), paraphrased questions lettered (a)-(e),
# "Reply:" markers, answered out of order, (a), (b) and (d) answered together as not
# held; names West Berkshire Council and Wokingham Borough Council.

def reading():
    file = "reading-lettered-out-of-order.txt"
    bwscp = "https://www.berkshirewestsafeguardingchildrenpartnership.org.uk/contact-us"
    held_not = [
        "Reading Borough Council does not hold this information. Reviews of the shared "
        "procedures are the responsibility of the Berkshire West partnership's Policy and "
        "Procedures Subgroup, and the Council holds no record of whether such a review took "
        "place after the Panel's guidance, of any papers on its outcome, or of any changes "
        f"made as a result. You may wish to contact the partnership at {bwscp}",
    ]
    ans = {
        "1": held_not, "2": held_not, "4": held_not,
        "3": [
            "No. The procedure requires a referral to Brighter Futures for Children, which "
            "provides children's social care on the Council's behalf, and a same-day "
            "assessment by a paediatrician. A strategy discussion follows where the "
            "paediatrician cannot rule out an inflicted injury or where other concerns are "
            "already known, and it is for that strategy discussion to decide whether a section "
            "47 enquiry is needed.",
        ],
        "5": [
            "Under the current procedure, any baby under 12 months old is regarded as not "
            "independently mobile; the procedure also states that being able to roll over does "
            "not make a baby mobile. We cannot tell you whether this wording differs from earlier "
            "versions, for the reason given in our reply to (a), (b) and (d) below.",
        ],
    }
    summary = [
        "(a) whether the policy on bruising in non-mobile infants was reviewed after the "
        "Panel's guidance of September 2022, when, and with what conclusion;",
        "(b) any papers on the outcome of that review;",
        "(c) whether the policy requires a section 47 enquiry or a strategy discussion in every case;",
        "(d) what changes were made to bring the policy into line with the evidence base and "
        "national guidelines;",
        "(e) whether the definition of \"not independently mobile\" has changed, how it is now "
        "defined, whether babies who can roll are included, and whether age is used.",
    ]
    intro = [
        "Thank you for your request of 17 November 2025. We have summarised your questions as follows:",
        "In Reading, child protection procedures are shared across the Berkshire West "
        "Safeguarding Children Partnership, which Reading Borough Council forms with West "
        "Berkshire Council and Wokingham Borough Council, together with the NHS and Thames "
        "Valley Police. We have answered (c) and (e) first, because they concern the current "
        "procedure, which the Council does hold.",
    ]
    boiler = [
        f"Information supplied in this response can be re-used under the Open Government "
        f"Licence ({OGL}).",
        "If you would like us to review how your request was handled, please reply within 40 "
        "working days and we will arrange an internal review. You can also complain to the "
        f"Information Commissioner's Office at {ICO_ROOT} once the internal review has been "
        "completed.",
    ]
    lines = [
        "Freedom of Information request RBC-FOI-2025-1571",
        "Bruising in non-mobile infants - safeguarding policy",
        "",
        "Dear Requester",
        "",
        intro[0],
        "",
        *summary,
        "",
        intro[1],
        "",
        f"(c) Reply: {ans['3'][0]}",
        "",
        f"(e) Reply: {ans['5'][0]}",
        "",
        f"(a), (b) and (d) Reply: {held_not[0]}",
        "",
        *(x for b in boiler for x in (b, "")),
        "Kind regards",
        "",
        "Information Governance",
        "Reading Borough Council",
        "foi@reading.gov.uk",
        "",
        TXT_MARK,
        "",
    ]
    text = "\n".join(lines)
    register(
        file, "txt", "Reading Borough Council", "E06000038", "partial", [], ans,
        fields("not_stated", None, "no", "no", "not_stated", "not_stated", "yes", "yes", 12),
        [*intro, *summary, ans["3"][0], ans["5"][0], held_not[0], *boiler],
        text.encode("utf-8"),
    )


# =========================================================================== TXT 4
# Cornwall: UTF-8 byte-order mark, request quoted in full, refused under s21 with links
# (s17 refusal notice and s16 mentioned); names the Council of the Isles of Scilly.

def cornwall():
    file = "cornwall-s21-bom.txt"
    chapter = "https://www.proceduresonline.com/swcpp/cornwall/p_bruising_non_mobile.html"
    amend = "https://www.proceduresonline.com/swcpp/cornwall/amendments.html"
    oscp = "https://safeguardingcornwall.co.uk/oscp/briefings/"
    paras = [
        "Cornwall Council does not keep child protection procedures of its own. Together with "
        "the Council of the Isles of Scilly, Cornwall belongs to Our Safeguarding Children "
        "Partnership, which follows the South West Child Protection Procedures shared by "
        "partnerships across the region. The chapter on bruising in children who are not "
        "independently mobile, the record of amendments to that chapter and the practice "
        "briefings issued by the Partnership are all published online:",
        f"  - Bruising in children who are not independently mobile: {chapter}",
        f"  - Amendments to the procedures: {amend}",
        f"  - Partnership practice briefings: {oscp}",
        "Because the information you have asked for is reasonably accessible to you by these "
        "means, section 21 of the Freedom of Information Act 2000 exempts it from the duty to "
        "disclose. Section 21 is an absolute exemption, so no public interest test applies. Please "
        "treat this letter as a refusal notice for the purposes of section 17 of the Act.",
        "We hope the links above are helpful; we have provided them as advice and assistance "
        "under section 16.",
        "If you are dissatisfied with this response, you can ask for an internal review by "
        "replying to this letter within 40 working days. If you remain dissatisfied once the "
        f"review is complete, you may complain to the Information Commissioner at {ICO_COMPLAIN}",
    ]
    lines = [
        "Cornwall Council",
        "Information Governance, New County Hall, Treyew Road, Truro TR1 3AY",
        "",
        "Reference: FOI 101009318",
        "Date: 24 November 2025",
        "",
        "Dear Requester",
        "",
        "Request for information - policies on bruising in non-mobile infants",
        "",
        "Thank you for your request dated 10 November 2025, in which you wrote:",
        "",
        PREAMBLE,
        ASK,
        *(f"{i}. {q}" for i, q in enumerate(QUESTIONS, 1)),
        "",
        "Our response",
        "",
    ]
    for p in paras:
        lines += [p] if p.startswith("  - ") else [p, ""]
        if p.startswith("  - Partnership"):
            lines.append("")
    lines += ["Yours sincerely", "", "Information Rights Officer", "Cornwall Council", "",
              TXT_MARK, ""]
    text = "\ufeff" + "\n".join(lines)
    register(
        file, "txt", "Cornwall Council", "E06000052", "refused", ["s21"],
        dict(NO_ANSWERS), fields(), paras, text.encode("utf-8"),
    )


# =========================================================================== EML 1
# Sheffield: multipart/alternative (text + HTML), quoted-printable, Q1-Q5 with paraphrased
# questions, "Answer:" markers; s40(2) redaction; names Barnsley, Doncaster, Rotherham.

def sheffield():
    file = "sheffield-multipart-qp.eml"
    protocol = ("https://www.safeguardingsheffieldchildren.org/sscb/professionals/procedures/"
                "bruising-non-mobile-babies")
    log = ("https://www.sheffield.gov.uk/your-city-council/freedom-information/disclosure-log/"
           "scc-foi-25-7316")
    qs = [
        "Q1 \u2013 Was the policy reviewed after the Panel\u2019s September 2022 guidance, and with what outcome?",
        "Q2 \u2013 Papers on the outcome of the review",
        "Q3 \u2013 Is a s47 enquiry or strategy discussion required in all cases?",
        "Q4 \u2013 Changes made for consistency with the evidence and national guidance",
        "Q5 \u2013 Definition of \u201cnot independently mobile\u201d, babies who roll, and age",
    ]
    ans = {
        "1": [
            "Yes. Sheffield Children Safeguarding Partnership reviewed its multi-agency protocol "
            "for bruising in non-mobile babies during 2023. The protocol is a Sheffield document "
            "that sits alongside the South Yorkshire procedures the city shares with Barnsley, "
            "Doncaster and Rotherham. The work was led by the Designated Doctor for Safeguarding "
            "Children, with colleagues from South Yorkshire Police, Sheffield Children\u2019s NHS "
            "Foundation Trust and Children\u2019s Services.",
            "The review concluded that Sheffield should keep its requirement for a strategy "
            "discussion in every case, because local audit showed that this step often brought "
            "to light information held by other agencies, but that the protocol should do much "
            "more to support families through the process and should describe its scope more "
            "precisely.",
        ],
        "2": [
            "The report considered by the partnership\u2019s Practice Standards Group and the "
            f"minutes of that meeting have been published with this response on our disclosure "
            f"log: {log}",
            "The names and contact details of staff below senior management level, and details "
            "of a family referred to in one case study, have been redacted under section 40(2) "
            "of the Act (personal information), because disclosing them would breach the data "
            "protection principles. The revised protocol is on the partnership\u2019s website at "
            f"{protocol}",
        ],
        "3": [
            "Yes. In all cases a strategy discussion is convened when a baby who is not "
            "independently mobile is found to have a bruise; it takes place once the child "
            "protection medical has been completed. The discussion decides whether a section 47 "
            "enquiry should follow, and in most cases one does not.",
        ],
        "4": [
            "The protocol now includes a leaflet for parents, available in the eight languages "
            "most widely spoken in the city; a requirement that a named social worker telephones "
            "the family on the day of the referral to explain what will happen; updated medical "
            "guidance on conditions that can mimic bruising; and a new definition of a non-mobile "
            "baby (see Q5).",
        ],
        "5": [
            "Yes, the definition has changed. All babies under 26 weeks of age now fall within "
            "the protocol automatically. An older baby is treated as not independently mobile "
            "unless they are crawling, bottom-shuffling, pulling to stand or cruising, so a baby "
            "who rolls but does not crawl is still covered.",
        ],
    }
    opening = [
        "Dear Requester,",
        "Freedom of Information Act 2000 \u2013 response to request SCC-FOI-25-7316",
        "Thank you for contacting Sheffield City Council. We have considered your request and "
        "the information we hold is set out below. For brevity, each of your questions has "
        "been summarised before our answer.",
    ]
    closing = [
        f"You may re-use this information under the Open Government Licence: {OGL}",
        "If you are unhappy with our response, please reply to this email within 40 working "
        "days to ask for an internal review. If you are still unhappy after that, you can "
        "complain to the Information Commissioner\u2019s Office at "
        f"{ICO_FOI}",
    ]
    sig = ["Regards,", "Information Management Team", "Sheffield City Council",
           "Town Hall, Pinstone Street, Sheffield S1 2HH"]

    # text/plain part
    tl = [*(x for p in opening for x in (p, ""))]
    for i, q in enumerate(qs, 1):
        blocks = ans[str(i)]
        tl += [q, f"Answer: {blocks[0]}", ""]
        for b in blocks[1:]:
            tl += [b, ""]
    tl += [*(x for p in closing for x in (p, "")), sig[0], "", *sig[1:], ""]
    text_part = "\n".join(tl)

    # text/html part (same words)
    def autolink(s):
        return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', esc(s))
    hl = [f'<p class="MsoNormal">{esc(p)}</p>' for p in opening]
    for i, q in enumerate(qs, 1):
        blocks = ans[str(i)]
        hl.append(f'<p class="MsoNormal"><b>{esc(q)}</b></p>')
        hl.append(f'<p class="MsoNormal"><b>Answer:</b> {autolink(blocks[0])}</p>')
        hl += [f'<p class="MsoNormal">{autolink(b)}</p>' for b in blocks[1:]]
    hl += [f'<p class="MsoNormal">{autolink(p)}</p>' for p in closing]
    hl.append(f'<p class="MsoNormal">{sig[0]}</p>')
    hl.append('<p class="MsoNormal">' + "<br>\n".join(esc(s) for s in sig[1:]) + "</p>")
    html_part = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
                 "charset=utf-8\">\n</head>\n<body lang=\"EN-GB\">\n<div class=\"WordSection1\">\n"
                 + "\n".join(hl) + "\n</div>\n</body>\n</html>\n")
    boundary = "_000_SCCFOI257316_SheffieldCityCouncil_"
    eml = f"""From: Sheffield City Council FOI <foi@sheffield.gov.uk>
To: A Requester <a.requester@example.org>
Subject: Your FOI request SCC-FOI-25-7316 - response
Date: Wed, 03 Dec 2025 11:46:09 +0000
Message-ID: <SCC-FOI-25-7316.1764762369@sheffield.gov.uk>
Content-Language: en-GB
{EML_MARK}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(text_part)}
--{boundary}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(html_part)}
--{boundary}--
"""
    register(
        file, "eml", "Sheffield City Council", "E08000019", "answered", ["s40(2)"], ans,
        fields("formal", "2023", "yes", "yes", "yes", "yes", "yes", "yes", 6),
        [*opening, *all_texts(ans), *closing], eml.replace("\n", "\r\n").encode("ascii"),
    )


# =========================================================================== EML 2
# St Helens: windows-1252 quoted-printable (curly quotes, pound sign, dashes), refused
# under s12 (s16 advice and s17(5) notice mentioned), request only in the
# "-----Original Message-----" block, with the requester's typo.

def st_helens():
    file = "st-helens-s12-cp1252.eml"
    reply = [
        "Dear Requester",
        "Request for information \u2013 reference IG/FOI/25/2214",
        "Thank you for your email of 11 November 2025, copied below, about the review of "
        "policies on bruising in non-mobile infants.",
        "I am sorry to tell you that the Council cannot comply with your request, because the "
        "cost of doing so would exceed the appropriate limit set under section 12 of the "
        "Freedom of Information Act 2000. For local authorities the limit is \u00a3450, which "
        "represents 18 hours of work at the rate of \u00a325 an hour set by the Fees "
        "Regulations.",
        "St Helens\u2019 safeguarding procedures are the Pan-Merseyside procedures, which the "
        "St Helens Safeguarding Children Partnership shares with Knowsley, Liverpool, Sefton "
        "and Wirral. Records of any discussion of the Panel\u2019s guidance would not be kept "
        "in one place: they could be in the papers of the partnership\u2019s subgroups, in the "
        "records of the Merseyside procedures group, or in the mailboxes of the officers who "
        "represent the Council on those groups. A sample search of one officer\u2019s mailbox "
        "for October 2022 to December 2023 took two and a half hours and returned 640 items, "
        "each of which would need to be read. We estimate that locating, retrieving and "
        "extracting the information needed to answer all five questions would take well over "
        "18 hours.",
        "Under section 16 of the Act we have a duty to offer advice and assistance. You may be "
        "able to bring a new request within the limit by narrowing it \u2014 for example, by "
        "asking only for the current \u201cnot independently mobile\u201d definition used in "
        "the procedures (your question 5), which we could provide without searching historic "
        "records.",
        "This email is a refusal notice for the purposes of section 17(5) of the Act.",
        "If you are dissatisfied with the way we have handled your request, you may ask for an "
        "internal review by replying within 40 working days. If you remain dissatisfied, you "
        f"can contact the Information Commissioner: {ICO_COMPLAIN}",
    ]
    sig = ["Kind regards", "", "Information Governance Officer", "St Helens Council",
           "Town Hall, Victoria Square, St Helens WA10 1HP"]
    original = [
        "-----Original Message-----",
        "From: A Requester <requester@example.net>",
        "Sent: 11 November 2025 08:52",
        "To: FOI <foi@sthelens.gov.uk>",
        "Subject: Freedom of Information request - bruising in non-mobile infants",
        "",
        "Dear St Helens Council,",
        "",
        PREAMBLE,
        ASK,
        *(f"{i}. {q}" for i, q in enumerate(QUESTIONS_TYPO, 1)),
        "",
        "Yours faithfully,",
        "A Requester",
    ]
    body = "\n".join([*(x for p in reply for x in (p, "")), *sig, "", *original, ""])
    eml = f"""Received: from mail.sthelens.gov.uk (10.20.4.17) by mx.example.net;
 Tue, 25 Nov 2025 15:03:41 +0000
From: Information Governance - St Helens Council <foi@sthelens.gov.uk>
To: A Requester <requester@example.net>
Subject: RE: Freedom of Information request - bruising in non-mobile infants
 [IG/FOI/25/2214]
Date: Tue, 25 Nov 2025 15:03:38 +0000
Message-ID: <AM9PR02MB7411C0FFEE2214@AM9PR02MB7411.eurprd02.prod.outlook.com>
Thread-Topic: Freedom of Information request - bruising in non-mobile infants
{EML_MARK}
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

{qp(body, "cp1252")}"""
    register(
        file, "eml", "St Helens Council", "E08000013", "refused", ["s12"],
        dict(NO_ANSWERS), fields(), reply, eml.encode("ascii"),
    )


# =========================================================================== EML 3
# Gateshead: base64 text/plain; answers numbered 1-5 only, the questions appear only in
# the "On ... wrote:" quoted request (with the typo and WhatDoTheyKnow footer links);
# Q2 not held; "Please see our answer to question 1"; names the Tyne and Wear neighbours.

def gateshead():
    file = "gateshead-base64-quoted.eml"
    chapter = "https://nesubregion.trixonline.co.uk/chapter/bruising-in-pre-non-mobile-children"
    wdtk = "foi+request-301455-8c1d2e9a@whatdotheyknow.com"
    ans = {
        "1": [
            "Yes. Gateshead uses the North and South of Tyne safeguarding children procedures, "
            "which we share with Newcastle, North Tyneside, Northumberland, South Tyneside and "
            "Sunderland. The chapter on bruising in pre-mobile and non-mobile children had "
            "previously been updated in 2021. Once the Panel's guidance had been issued, the "
            "regional procedures group carried out a formal review of the chapter. It concluded "
            "that the chapter should keep its requirement for a same-day referral and medical "
            "assessment, but should no longer direct practitioners to arrange a strategy "
            "discussion before the child had been seen. The pathway was redrawn so that the "
            "medical comes first, a section on talking to parents was added, and the chapter "
            f"now cites the Panel's briefing. The current chapter is at {chapter}",
        ],
        "2": [
            "The Council does not hold this information. Papers of the regional procedures "
            "group are kept by the lead authority that administers the procedures on behalf of "
            "the six areas.",
        ],
        "3": [
            "No. A strategy discussion is not held in every case. It takes place where the "
            "medical assessment, or anything else known to agencies, suggests that the injury "
            "may have been inflicted. If the paediatrician identifies a clear medical "
            "explanation, no strategy discussion is required.",
        ],
        "4": ["Please see our answer to question 1."],
        "5": [
            "The definition has not changed. The chapter treats a child as independently mobile "
            "once they can move from place to place by themselves, and it expressly regards a "
            "baby who has started rolling as mobile. No age limit is set; what counts is the "
            "child's development.",
        ],
    }
    opening = [
        "Dear A Requester,",
        "Our reference: IR-25-5067",
        "Thank you for your request for information, which we received on 11 November 2025. "
        "Our response is below, numbered to match your questions.",
    ]
    closing = [
        f"This information is provided under the Open Government Licence: {OGL}",
        "If you are not satisfied with our response, you can ask for an internal review within "
        "40 working days by replying to this email. If you are still not satisfied, you can "
        f"contact the Information Commissioner's Office at {ICO_ROOT}",
    ]
    sig = ["Yours sincerely", "", "Information Rights Team", "Gateshead Council",
           "Civic Centre, Regent Street, Gateshead NE8 1HH"]
    quoted = [
        "Dear Gateshead Metropolitan Borough Council,",
        "",
        *textwrap.wrap(PREAMBLE, 70),
        "",
        ASK,
        *(line for i, q in enumerate(QUESTIONS_TYPO, 1) for line in textwrap.wrap(f"{i}. {q}", 70)),
        "",
        "Yours faithfully,",
        "",
        "A Requester",
        "",
        "-" * 67,
        "",
        "Please use this email address for all replies to this request:",
        wdtk,
        "",
        "Is informationrights@gateshead.gov.uk the wrong address for Freedom of Information "
        "requests to Gateshead Metropolitan Borough Council? If so, please contact us using "
        "this form:",
        "https://www.whatdotheyknow.com/change_request/new?body=gateshead_metropolitan_borough_council",
        "",
        "Disclaimer: This message and any reply that you make will be published on the "
        "internet. Our privacy and copyright policies:",
        "https://www.whatdotheyknow.com/help/officers",
        "",
        "-" * 67,
    ]
    lines = [*(x for p in opening for x in (p, ""))]
    for i in range(1, 6):
        lines += [f"{i}. {ans[str(i)][0]}", ""]
    lines += [*(x for p in closing for x in (p, "")), *sig, "",
              f"On Tue, 11 Nov 2025 at 07:41, A Requester <{wdtk}> wrote:",
              *(("> " + q).rstrip() for q in quoted), ""]
    body = "\n".join(lines)
    eml = f"""From: Gateshead Council Information Rights <informationrights@gateshead.gov.uk>
To: A Requester <{wdtk}>
Subject: Re: Freedom of Information request - Bruising in non-mobile infants - policy
 review [Ref: IR-25-5067]
Date: Fri, 05 Dec 2025 09:20:54 +0000
Message-ID: <IR-25-5067.20251205092054.4471@gateshead.gov.uk>
In-Reply-To: <request-301455-8c1d2e9a@whatdotheyknow.com>
{EML_MARK}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(body)}"""
    register(
        file, "eml", "Gateshead Council", "E08000037", "partial", [], ans,
        fields("formal", None, "no", "no", "yes", "no", "no", "no", None),
        [*opening, *all_texts(ans), *closing], eml.encode("ascii"),
    )


# =========================================================================== EML 4
# RBKC: HTML-only email (quoted-printable); redirected to the London Safeguarding
# Children Partnership, which maintains the London procedures; names Westminster.

def rbkc():
    file = "rbkc-html-only.eml"
    contact = "https://www.londonsafeguardingchildrenprocedures.co.uk/contact.html"
    paras = [
        "Dear Requester,",
        "Thank you for your request of 12 November 2025, which asks whether policies on "
        "bruising in non-mobile infants were revisited after the national Panel published its "
        "guidance in September 2022.",
        "The Royal Borough holds no information that would answer your request. Child protection in "
        "Kensington and Chelsea is overseen by the Bi-borough Local Safeguarding Children "
        "Partnership, which we share with Westminster City Council, and, like every London "
        "partnership, it follows the London Safeguarding Children Procedures. Those procedures, "
        "including the London guidance for practitioners on bruised non-mobile infants and any "
        "review of it, are written and maintained by the London Safeguarding Children Partnership, and it "
        "is that body which holds the records you are asking for.",
        f"We would therefore suggest that you contact the London Safeguarding Children "
        f"Partnership directly, using the [contact page on the London procedures website]"
        f"({contact}). We have not passed your request on ourselves.",
        "If you are unhappy with the way we have dealt with your request, you may ask for an "
        "internal review by replying to this email within 40 working days.",
        f"If you remain unhappy after the internal review, you can "
        f"[complain to the Information Commissioner]({ICO_COMPLAIN}).",
    ]
    ps = "\n".join(f'<p class="MsoNormal">{inline(p)}</p>' for p in paras)
    body = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Arial",sans-serif;}} --></style>
</head>
<body lang="EN-GB" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal"><b>Freedom of Information Act 2000 &#8211; request FOI 2025-11-0482</b></p>
{ps}
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">Information Governance Team<br>
RBKC<br>
The Town Hall, Hornton Street, London W8 7NX</p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This email may contain confidential information. If you have received it in error, please notify the sender and delete it.</span></p>
</div>
</body>
</html>
"""
    eml = f"""From: RBKC Freedom of Information <foi@rbkc.gov.uk>
To: A Requester <a.requester@example.org>
Subject: FOI 2025-11-0482 - bruising in non-mobile infants
Date: Mon, 01 Dec 2025 16:12:30 +0000
Message-ID: <FOI-2025-11-0482.1764605550@rbkc.gov.uk>
{EML_MARK}
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(body)}"""
    register(
        file, "eml", "Royal Borough of Kensington and Chelsea", "E09000020", "redirected", [],
        dict(NO_ANSWERS), fields(), paras, eml.replace("\n", "\r\n").encode("ascii"),
    )


# =========================================================================== main

BUILDERS = [telford, brighton, hampshire, hartlepool, nottinghamshire,
            york, hull, reading, cornwall,
            sheffield, st_helens, gateshead, rbkc]


def main() -> None:
    DOCS.clear()
    for build in BUILDERS:
        build()
    labels = []
    for doc in DOCS:
        label = doc["label"]
        (HERE / label["file"]).write_bytes(doc["data"])
        labels.append(label)
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(labels)} documents and labels.json to {HERE}")


if __name__ == "__main__":
    main()
