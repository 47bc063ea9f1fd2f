#!/usr/bin/env python3
"""Generate the bundled offline mirror: four synthetic publishing sites for the demo and tests.

    python foi/mirror/make_mirror.py

writes, under foi/mirror/ (and nowhere else):

    sites/alaveteli/       a WhatDoTheyKnow-like Alaveteli site (JSON search feed, request
                           pages and their JSON, attachments, a batch page, all-authorities.csv)
    sites/disclosurelog/   one council's <council>.disclosurelog.co.uk-like log
    sites/council_a/       a council's own site (Jadu-like markup, div.foi-content)
    sites/council_b/       another council's own site (GOSS-like markup, article.disclosure-body)
    sources.csv            the sources file for the mirror ({base:<site>} placeholders)
    expected.json          every campaign response, rejected decoy and failure case
    EXPECTED.md            the same, for people

Each site folder is served by foi.mirror.serve(): a path is answered from the folder's
routes.json ("P?Q" or "P" -> {"file", "type", "status"} | {"status"} | {"redirect"}), else from
the file P under the folder, else 404.

The council responses are the synthetic responses of tests/corpus/{web_mail,letters,holdout}:
attachments are byte-for-byte copies; where an answer sits in a page, the page carries the text
of the corpus document (an e-mail body, a text letter, an HTML fragment, or - for the
disclosure log - the letter's words as labelled in tests/corpus/letters). Every other page is
invented here. All council content is synthetic, and every HTML page written here says so.

Deterministic: no clocks, no randomness without a fixed seed, PDFs built with reportlab's
invariant mode, DOCX zips with fixed timestamps. Stdlib only, plus reportlab for the few
non-campaign PDF attachments.
"""

from __future__ import annotations

import csv
import email
import hashlib
import html
import io
import json
import random
import re
import shutil
import uuid
import zipfile
from datetime import date, timedelta
from email import policy
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CORPUS = REPO / "tests" / "corpus"
AUTHORITIES = REPO / "foi" / "data" / "authorities.csv"
SITES = HERE / "sites"

SYNTH = "<!-- Synthetic mirror page - not a real council site -->"
ROBOTS = "User-agent: *\nDisallow: /private/\n"
HTML_TYPE = "text/html; charset=utf-8"
QUERY = "bruising"  # the keyword the listing/search routes answer (council sites, disclosure log)
FEED_QUERY = "bruising%20non-mobile"  # the Alaveteli search feed query, as the crawler sends it
# The campaign's first search term ("bruising non-mobile", foi/campaigns/bruising.toml) as a
# query-string value: listing routes answer these too, as aliases of the q=bruising pages.
QUERY_ALIASES = ["bruising+non-mobile", "bruising%20non-mobile"]

# The request as the requester wrote it (the wording of tests/corpus/letters/make_fixtures.py,
# with the requester's own typo in question 1, as councils quote it back).
PREAMBLE = (
    "In September 2022 the Child Safeguarding Review Panel issued guidance asking that "
    "\u201call safeguarding partners review their current policies on bruising in non-mobile "
    "infants to check for consistency with the evidence base and national guidelines.\u201d"
)
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
QUESTIONS_AS_SENT = [QUESTIONS[0].replace("Was there a review", "Was their a review")] + QUESTIONS[
    1:
]

# A self-check: the words the campaign's fingerprint looks for (foi/campaigns/bruising.toml).
FP_BRUISING = re.compile(r"\bbruis(?:e|es|ed|ing)\b", re.I)
FP_OTHER = [
    re.compile(r"non[- ]?mobile|pre[- ]?mobile|not independently mobile|\bimmobile\b", re.I),
    re.compile(
        r"Safeguarding (?:Practice )?Review Panel|national panel|Panel['\u2019]s (?:guidance|briefing)",
        re.I,
    ),
    re.compile(r"\bs\.?\s?47\b|section 47|strategy discussion", re.I),
    re.compile(r"Was their a review", re.I),
]


def fingerprint_groups(text: str) -> int:
    """How many fingerprint groups a text matches, 0 when the required 'bruising' is absent."""
    if not FP_BRUISING.search(text):
        return 0
    return 1 + sum(1 for p in FP_OTHER if p.search(text))


# ----------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------
def esc(s: str) -> str:
    return html.escape(s, quote=True)


def load_authorities() -> dict[str, dict[str, str]]:
    with AUTHORITIES.open(encoding="utf-8", newline="") as f:
        return {r["code"]: r for r in csv.DictReader(f)}


AUTH = load_authorities()


def labels() -> dict[str, dict]:
    out = {}
    for d in ("web_mail", "letters", "holdout"):
        for r in json.loads((CORPUS / d / "labels.json").read_text("utf-8")):
            out[f"{d}/{r['file']}"] = r
    return out


LABELS = labels()


def corpus_code(rel: str) -> str:
    return LABELS[rel]["authority_code"]


def corpus_bytes(rel: str) -> bytes:
    return (CORPUS / rel).read_bytes()


def eml_text(rel: str) -> str:
    """The plain-text body of a corpus e-mail, decoded (base64, quoted-printable, cp1252)."""
    msg = email.message_from_bytes(corpus_bytes(rel), policy=policy.default)
    return msg.get_body(preferencelist=("plain",)).get_content()


def eml_attachment(rel: str) -> tuple[str, bytes]:
    msg = email.message_from_bytes(corpus_bytes(rel), policy=policy.default)
    for part in msg.iter_attachments():
        return part.get_filename(), part.get_payload(decode=True)
    raise ValueError(f"{rel}: no attachment")


def txt_text(rel: str) -> str:
    return corpus_bytes(rel).decode("utf-8-sig").replace("\r\n", "\n")


def paras_html(text: str) -> str:
    """Alaveteli-style rendering: one <p> per paragraph, <br> for the line breaks inside it."""
    text = text.replace("\r\n", "\n").strip("\n")
    out = []
    for block in re.split(r"\n[ \t]*\n", text):
        if not block.strip():
            continue
        lines = [esc(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def short_date(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def slugify(s: str, sep: str = "-") -> str:
    return re.sub(r"[^a-z0-9]+", sep, s.lower()).strip(sep)


def alaveteli_url_part(s: str, max_len: int = 32) -> str:
    """Alaveteli's simplify_url_part: lower case, non-alphanumerics to '_', cut to 32."""
    return re.sub(r"_+", "_", re.sub(r"[^a-z0-9]", "_", s.lower())).strip("_")[:max_len].rstrip("_")


def request_text(dear: str | None = None, sign: bool = True) -> str:
    lines = []
    if dear:
        lines += [f"Dear {dear},", ""]
    lines += [PREAMBLE, "", "Can you respond to the following freedom of information request:"]
    lines += [f"{n}. {q}" for n, q in enumerate(QUESTIONS_AS_SENT, 1)]
    if sign:
        lines += ["", "Yours faithfully,", "", "A Requester"]
    return "\n".join(lines)


def request_html() -> str:
    qs = "\n".join(f"<li>{esc(q)}</li>" for q in QUESTIONS_AS_SENT)
    return (
        f"<p>{esc(PREAMBLE)}</p>\n"
        "<p>Can you respond to the following freedom of information request:</p>\n"
        f"<ol>\n{qs}\n</ol>"
    )


class Site:
    """One site folder: files written, routes collected, routes.json written at the end."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.root = SITES / name
        self.root.mkdir(parents=True)
        self.routes: dict[str, dict] = {}
        self.write("robots.txt", ROBOTS)

    def write(self, rel: str, data: str | bytes) -> str:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        path.write_bytes(data)
        return rel

    def route(self, key: str, **value: object) -> None:
        assert key not in self.routes, key
        self.routes[key] = value

    def page(self, key: str, rel: str, body: str) -> None:
        assert SYNTH in body, rel
        self.write(rel, body)
        self.route(key, file=rel, type=HTML_TYPE)

    def finish(self) -> None:
        for p in self.root.rglob("*.html"):
            assert SYNTH in p.read_text("utf-8"), p
        for key, r in self.routes.items():
            if "file" in r:
                assert (self.root / r["file"]).is_file(), (self.name, key)
        self.write(
            "routes.json",
            json.dumps(dict(sorted(self.routes.items())), indent=1, ensure_ascii=False) + "\n",
        )


# ----------------------------------------------------------------------------------------
# Generated (non-campaign) documents: tiny PDFs and DOCX files, byte-for-byte reproducible
# ----------------------------------------------------------------------------------------
def make_pdf(title: str, lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Synthetic mirror")
    c.setFont("Helvetica-Bold", 13)
    y = 800
    c.drawString(56, y, title)
    c.setFont("Helvetica", 10)
    y -= 18
    c.drawString(56, y, "Synthetic test document - not a real council response")
    y -= 26
    for line in lines:
        c.drawString(56, y, line)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(paragraphs: list[str]) -> bytes:
    """A minimal valid WordprocessingML package, written with fixed zip timestamps."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>"
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 12, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------
# Unrelated disclosures (the bulk of every listing): topic bank with seeded figures
# ----------------------------------------------------------------------------------------
TOPICS = [
    (
        "Pothole repairs and compensation claims",
        "Please tell me how many potholes were reported to {c} in each of the last two financial years, how many were repaired within 28 days, and how much was paid in compensation claims for vehicle damage.",
        "{c} received {n1} pothole reports in 2023/24 and {n2} in 2024/25. Of these, {p1}% and {p2}% were repaired within 28 days. Compensation payments for vehicle damage totalled \u00a3{m1} and \u00a3{m2} respectively.",
    ),
    (
        "Penalty charge notices issued for parking contraventions",
        "How many penalty charge notices did {c} issue in 2024/25, how many were cancelled on appeal, and what was the income from parking enforcement?",
        "{n1} penalty charge notices were issued in 2024/25. {n3} were cancelled following an informal challenge or formal representation. Income from parking enforcement was \u00a3{m1}.",
    ),
    (
        "Council tax arrears and use of enforcement agents",
        "Please provide the total value of council tax arrears at 31 March 2025 and the number of cases passed to enforcement agents in 2024/25.",
        "Council tax arrears at 31 March 2025 were \u00a3{m1}. {n2} cases were passed to enforcement agents during 2024/25.",
    ),
    (
        "Spending on agency staff",
        "What did {c} spend on agency staff in each of the last three financial years, broken down by directorate?",
        "Total spending on agency staff was \u00a3{m1} in 2022/23, \u00a3{m2} in 2023/24 and \u00a3{m3} in 2024/25. A breakdown by directorate is attached.",
    ),
    (
        "Fly-tipping incidents and prosecutions",
        "How many fly-tipping incidents were recorded, how many fixed penalty notices were issued and how many prosecutions were brought in 2024?",
        "{n1} fly-tipping incidents were recorded in 2024. {n3} fixed penalty notices were issued and {n4} prosecutions were brought.",
    ),
    (
        "Street lighting: LED conversion and part-night lighting",
        "How many street lights does {c} maintain, how many have been converted to LED, and which areas have part-night lighting?",
        "{c} maintains {n1} street lights, of which {n2} have been converted to LED. Part-night lighting operates on residential roads in {n4} parishes; a list is attached.",
    ),
    (
        "Library book stock spending",
        "Please tell me how much {c} spent on library book stock in 2023/24 and 2024/25.",
        "The library service spent \u00a3{m1} on book stock in 2023/24 and \u00a3{m2} in 2024/25, including e-books and audiobooks.",
    ),
    (
        "Councillors' allowances and expenses 2024/25",
        "Please provide the total allowances and expenses paid to each councillor in 2024/25.",
        "Allowances and expenses paid to councillors are published each year on the Council's website. The total paid in 2024/25 was \u00a3{m1}. The breakdown by councillor is attached.",
    ),
    (
        "IT contracts and software licences",
        "Please list the Council's contracts for IT services and software licences worth more than \u00a3100,000, with supplier, value and expiry date.",
        "The Council holds {n4} contracts of that value. Their suppliers, values and expiry dates are listed in the attached table.",
    ),
    (
        "Public toilets maintained by the council",
        "How many public toilets does {c} maintain and how many have closed since 2020?",
        "{c} maintains {n4} public toilet sites. {n5} sites have closed since 2020, mostly where a community toilet scheme is now in place.",
    ),
    (
        "Long-term empty homes and the council tax premium",
        "How many homes have been empty for more than two years, and how much has the empty homes premium raised?",
        "At 1 October 2025 there were {n2} homes empty for more than two years. The premium raised \u00a3{m1} in 2024/25.",
    ),
    (
        "Use of management consultants",
        "What did {c} spend on management consultants in 2024/25, and which firms were used?",
        "\u00a3{m1} was spent on management consultancy in 2024/25. The firms used and the amounts paid to each are set out in the Council's published spending data.",
    ),
    (
        "Grass cutting and verge maintenance",
        "How often are grass verges cut on rural roads, and what is the annual budget for verge maintenance?",
        "Rural verges are cut {n5} times a year at junctions and bends, and once a year in full. The 2025/26 budget for verge maintenance is \u00a3{m1}.",
    ),
    (
        "Electric vehicle charging points",
        "How many public electric vehicle charging points has {c} installed, and how many more are planned?",
        "{n3} public charge points have been installed on council land. A further {n4} are planned by March 2027, subject to funding.",
    ),
    (
        "Residents' parking permits",
        "How many residents' parking permits were issued in 2024/25 and what was the income?",
        "{n2} residents' permits were issued in 2024/25, bringing in \u00a3{m1}.",
    ),
    (
        "Home to school transport costs",
        "What was the total cost of home to school transport in 2024/25, and how many pupils were transported?",
        "Home to school transport cost \u00a3{m3} in 2024/25. {n2} pupils were eligible for transport during the year.",
    ),
    (
        "Winter gritting routes and salt stocks",
        "How many kilometres of road are on the priority gritting network and how much salt was held at 1 November 2025?",
        "The priority network covers {n2} km of road. Salt stocks at 1 November 2025 were {n1} tonnes.",
    ),
    (
        "Tree preservation orders",
        "How many tree preservation orders were made in 2024 and how many applications for works to protected trees were received?",
        "{n4} new tree preservation orders were made in 2024, and {n3} applications for works to protected trees were received.",
    ),
    (
        "Taxi and private hire licensing",
        "How many hackney carriage and private hire vehicles and drivers are licensed by the Council?",
        "At 30 September 2025 there were {n3} licensed hackney carriages, {n2} private hire vehicles and {n1} licensed drivers.",
    ),
    (
        "Public health funerals",
        "How many public health funerals did the Council arrange in 2024/25, and at what total cost?",
        "The Council arranged {n5} public health funerals in 2024/25, at a total cost of \u00a3{m1}.",
    ),
    (
        "Staff sickness absence",
        "What was the average number of working days lost to sickness per employee in 2024/25?",
        "The average was {n5}.{n6} working days per full-time equivalent employee in 2024/25.",
    ),
    (
        "Cyber security incidents",
        "How many cyber security incidents did the Council record in 2024, and were any reported to the ICO?",
        "The Council recorded {n4} cyber security incidents in 2024, none of which met the threshold for reporting to the Information Commissioner.",
    ),
    (
        "Subsidised bus services",
        "Which bus services does {c} subsidise, and what was the total subsidy in 2024/25?",
        "{c} supported {n4} bus services in 2024/25 at a total cost of \u00a3{m2}. The services are listed in the attached table.",
    ),
    (
        "Planning enforcement complaints",
        "How many planning enforcement complaints were received in 2024/25 and how many enforcement notices were served?",
        "{n2} complaints were received and {n4} enforcement notices were served in 2024/25.",
    ),
    (
        "Litter fines issued by enforcement contractors",
        "Does the Council use a private contractor to issue litter fines, and how many fines were issued in 2024?",
        "The Council does not use a private contractor. Its own officers issued {n3} fixed penalty notices for littering in 2024.",
    ),
    (
        "Animal welfare licences",
        "How many animal welfare licences (dog breeding, boarding, pet sales) are currently in force?",
        "There are {n3} licences in force: {n4} for dog breeding, {n5} for boarding and the rest for pet sales and riding establishments.",
    ),
    (
        "Allotment waiting lists",
        "How many people are on the waiting list for a council allotment, and what is the average wait?",
        "{n2} people are on the waiting list. The average wait for a plot is about {n5} months.",
    ),
    (
        "Housing benefit overpayments",
        "What was the value of housing benefit overpayments outstanding at 31 March 2025?",
        "Outstanding housing benefit overpayments at 31 March 2025 totalled \u00a3{m2}.",
    ),
    (
        "Missed bin collections",
        "How many missed bin collections were reported in 2024/25?",
        "{n1} missed collections were reported in 2024/25, out of about {n2}0,000 scheduled collections each fortnight.",
    ),
    (
        "Pest control service charges",
        "Does the Council provide a pest control service, and what does it charge for rats, mice and wasps?",
        "The pest control service charges \u00a3{n5}5 for a course of rat or mouse treatment and \u00a3{n5}0 for a wasp nest; treatments are free for residents receiving council tax support.",
    ),
]


def topic_text(site: str, i: int, council: str) -> tuple[str, str, str]:
    title, req, resp = TOPICS[i % len(TOPICS)]
    rnd = random.Random(f"{site}:{i}")
    vals = dict(
        c=council,
        n1=f"{rnd.randint(2000, 19000):,}",
        n2=f"{rnd.randint(300, 1900):,}",
        n3=rnd.randint(40, 290),
        n4=rnd.randint(3, 29),
        n5=rnd.randint(2, 9),
        n6=rnd.randint(0, 9),
        p1=rnd.randint(61, 94),
        p2=rnd.randint(61, 94),
        m1=f"{rnd.randint(20, 900) * 1000 + rnd.randint(0, 999):,}",
        m2=f"{rnd.randint(20, 900) * 1000 + rnd.randint(0, 999):,}",
        m3=f"{rnd.randint(1, 40) * 1000000 + rnd.randint(0, 999999):,}",
    )
    out = (title, req.format(**vals), resp.format(**vals))
    assert fingerprint_groups(" ".join(out)) == 0 and not FP_OTHER[0].search(" ".join(out)), title
    return out


# ----------------------------------------------------------------------------------------
# Bookkeeping for expected.json / EXPECTED.md
# ----------------------------------------------------------------------------------------
CAMPAIGN: list[dict] = []
REJECTED: list[dict] = []
FAILURES: list[dict] = []
NO_RESPONSE: list[dict] = []


def campaign(site, path, code, answers_in, attachment_path, corpus_file, note=""):
    assert code == corpus_code(corpus_file), (path, code, corpus_file)
    CAMPAIGN.append(
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


def rejected(site, path, reason):
    REJECTED.append(dict(site=site, path=path, reason=reason))


def failure(site, path, kind, note="", **extra):
    FAILURES.append(dict(site=site, path=path, kind=kind, **extra, note=note))


# ========================================================================================
# 1. Alaveteli (WhatDoTheyKnow-like)
# ========================================================================================
WDTK_TITLE = "Bruising in non-mobile infants - policy review"
ATTACHED_MSG = (
    "Dear A Requester,\n\nPlease find attached our response.\n\nKind regards,\n\n"
    "Information Governance Team\n{c}"
)


def body_json(code: str) -> dict:
    a = AUTH[code]
    return {
        "id": int(a["wdtk_id"]),
        "url_name": alaveteli_url_part(a["name"], 100),
        "name": a["name"],
        "short_name": "",
        "created_at": "2008-04-14T16:16:36.000+01:00",
        "updated_at": "2025-06-02T11:04:52.000+01:00",
        "home_page": f"https://www.{a['domains'].split(';')[0]}",
        "notes": "",
        "publication_scheme": "",
        "disclosure_log": "",
        "tags": [["local_council"], ["children_services"]],
        "info": {
            "requests_count": 0,
            "requests_successful_count": 0,
            "requests_not_held_count": 0,
            "requests_visible_classified_count": 0,
        },
    }


def iso(d: str) -> str:
    """'2025-12-05 09:20:54' -> Alaveteli/Rails JSON time."""
    return d.replace(" ", "T") + ".000+00:00"


ALAV_CHROME_TOP = (
    """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/application.css">
</head>
<body class="{cls}">
"""
    + SYNTH
    + """
<div id="topnav">
  <a href="/" class="site-title">WhatDoTheyKnow <small>(synthetic mirror)</small></a>
  <ul id="navigation">
    <li><a href="/select_authority">Make a request</a></li>
    <li><a href="/list/successful">Browse requests</a></li>
    <li><a href="/body/list/all">View authorities</a></li>
    <li><a href="/help/about">Help</a></li>
  </ul>
</div>
<div id="wrapper"><div id="content">
"""
)
ALAV_CHROME_BOTTOM = """
</div></div>
<div id="footer">
  <p>This is a synthetic copy of an Alaveteli site, made for software tests. The councils' words on it are invented.</p>
  <ul><li><a href="/help/privacy">Privacy</a></li><li><a href="/help/api">API</a></li><li><a href="/help/contact">Contact</a></li></ul>
</div>
</body>
</html>
"""

STATE_DISPLAY = {
    "successful": "Successful.",
    "partially_successful": "Partially successful.",
    "rejected": "Refused.",
    "not_held": "Information not held.",
    "waiting_response": "Awaiting response.",
}
OUTCOME_STATE = {
    "answered": "successful",
    "partial": "partially_successful",
    "refused": "rejected",
    "not_held": "not_held",
    "redirected": "not_held",
}


def build_alaveteli() -> None:
    site = Site("alaveteli")
    # Each request: council, id, how the answer is published, the feed event that matches.
    #   kind: page (answer in the message text), attach (answer in an attachment),
    #         waiting (no response yet), unrelated (a different request that matches the search)
    reqs = [
        # --- feed page 1: six campaign requests and two unrelated ones, newest first
        dict(
            code="E08000014",
            id=301456,
            kind="page",
            corpus="holdout/sefton-run-on-reply.eml",
            sent="2025-11-11 09:06:00",
            resp="2025-12-05 16:03:51",
            feed=1,
            match="response",
        ),
        dict(
            code="E08000037",
            id=301455,
            kind="page",
            corpus="web_mail/gateshead-base64-quoted.eml",
            sent="2025-11-11 09:05:30",
            resp="2025-12-05 09:20:54",
            feed=1,
            match="response",
            batch=True,
        ),
        dict(
            code="E10000016",
            id=301452,
            kind="attach",
            corpus="letters/kent-question-answer-table.docx",
            sent="2025-11-11 09:03:30",
            resp="2025-12-02 14:31:07",
            feed=1,
            match="response",
            batch=True,
            files=[("KCC_FOI_response.docx", None)],
        ),
        dict(
            code="E10000020",
            id=301454,
            kind="attach",
            corpus="letters/norfolk-q-and-a-letter.pdf",
            sent="2025-11-11 09:04:30",
            resp="2025-12-01 10:12:44",
            feed=1,
            match="response",
            files=[("NCC FOI response letter.pdf", None)],
        ),
        dict(
            code="E10000008",
            id=298811,
            kind="unrelated",
            sent="2025-10-24 10:40:00",
            resp="2025-11-28 12:05:19",
            feed=1,
            match="response",
            title="Fruit and vegetable deliveries to school kitchens",
            out=(
                "Dear Devon County Council,\n\nPlease provide the following information about the "
                "supply of fresh fruit and vegetables to school kitchens in 2024/25:\n1. The name of "
                "the supplier.\n2. The number of complaints about the quality of deliveries.\n3. "
                "The value of produce rejected on delivery.\n\nYours faithfully,\n\nR Grower"
            ),
            reply=(
                "Dear R Grower,\n\nThank you for your request.\n\n1. Fresh produce for school "
                "kitchens is supplied under a framework contract with a regional wholesaler.\n\n"
                "2. School kitchens made 37 complaints about deliveries in 2024/25. Most concerned "
                "bruising to apples, pears and bananas, which the kitchens put down to the fruit "
                "being packed loose in crates, and a smaller number concerned late deliveries.\n\n"
                "3. Produce worth \u00a31,942 was rejected on delivery and credited by the supplier.\n\n"
                "Kind regards,\n\nInformation Governance\nDevon County Council"
            ),
            snippet=(
                "...School kitchens made 37 complaints about deliveries in 2024/25. Most concerned "
                "bruising to apples, pears and bananas, which the kitchens put down to the fruit "
                "being packed loose in crates..."
            ),
        ),
        dict(
            code="E08000013",
            id=301457,
            kind="page",
            corpus="web_mail/st-helens-s12-cp1252.eml",
            sent="2025-11-11 09:06:30",
            resp="2025-11-25 15:03:38",
            feed=1,
            match="response",
            followup="2025-11-27 19:12:03",
        ),
        dict(
            code="E10000019",
            id=299947,
            kind="unrelated",
            sent="2025-10-30 08:15:00",
            resp="2025-11-20 09:48:31",
            feed=1,
            match="response",
            title="Opening hours of static libraries",
            out=(
                "Dear Lincolnshire County Council,\n\nPlease tell me the weekly opening hours of each "
                "static (non-mobile) library in the county in 2025, and how they compare with 2019.\n\n"
                "Yours faithfully,\n\nP Reader"
            ),
            reply=(
                "Dear P Reader,\n\nThe opening hours of each static library are listed below. The "
                "mobile library timetable is published separately. Compared with 2019, total "
                "weekly opening hours across the non-mobile libraries have fallen from 1,204 to "
                "1,116, mainly because of reduced Saturday afternoon opening.\n\nKind regards,\n\n"
                "Customer Relations\nLincolnshire County Council"
            ),
            snippet=(
                "...total weekly opening hours across the non-mobile libraries have fallen from "
                "1,204 to 1,116, mainly because of reduced Saturday afternoon opening..."
            ),
        ),
        dict(
            code="E08000035",
            id=301453,
            kind="waiting",
            sent="2025-11-11 09:04:00",
            feed=1,
            match="sent",
            batch=True,
        ),
        # --- feed page 2: two more campaign requests, plus the two failure cases
        dict(
            code="E08000032",
            id=301449,
            kind="attach",
            corpus="holdout/bradford-parts.docx",
            sent="2025-11-11 09:02:00",
            resp="2025-12-04 11:26:40",
            feed=2,
            match="sent",
            files=[("BMDC_FOI_response.pdf", "mislabelled")],
        ),
        dict(
            code="E09000008",
            id=301450,
            kind="attach",
            corpus="holdout/croydon-attached-letter.eml",
            sent="2025-11-11 09:02:30",
            resp="2025-12-03 10:14:22",
            feed=2,
            match="sent",
            files=[
                ("FOI-CRY-25-7731 Response.pdf", None),
                ("Appendix_A_subgroup_report_redacted.pdf", "404"),
            ],
        ),
        dict(
            code="E06000010",
            id=301451,
            kind="page",
            corpus="web_mail/hull-wrapped-72.txt",
            sent="2025-11-11 09:03:00",
            resp="2025-12-02 09:41:12",
            feed=2,
            match="sent",
            private=True,
        ),
        dict(
            code="E06000014",
            id=301458,
            kind="page",
            corpus="web_mail/york-letter-crlf.txt",
            sent="2025-11-11 09:07:00",
            resp="2025-12-01 12:00:00",
            feed=2,
            match="sent",
            json500=True,
        ),
    ]
    # url_titles: the round-robin requests share a title; Alaveteli numbers the duplicates
    # (_2 ... _153 for a batch to 153 bodies). The mirror's requests all have three-digit
    # suffixes, so that no request path is a prefix (or substring) of another one.
    base = alaveteli_url_part(WDTK_TITLE)
    for r in reqs:
        if r["kind"] == "unrelated":
            r["url_title"] = alaveteli_url_part(r["title"])
        else:
            r["title"] = WDTK_TITLE
            r["url_title"] = f"{base}_{r['id'] - 301330}"
        r["name"] = AUTH[r["code"]]["name"]
        r["out_id"] = 1215000 + r["id"] % 1000
        r["in_id"] = 1938000 + r["id"] % 1000 if r["kind"] != "waiting" else None
        r["ev_sent"] = 4487000 + (r["id"] % 1000) * 3
        r["ev_resp"] = r["ev_sent"] + 1
        r["ev_follow"] = r["ev_sent"] + 2
        if r["kind"] == "waiting":
            r["state"] = "waiting_response"
        elif r["kind"] == "unrelated":
            r["state"] = "successful"
        else:
            r["state"] = OUTCOME_STATE[LABELS[r["corpus"]]["outcome"]]

    batch_id = 101
    for r in reqs:
        _alaveteli_request(site, r, batch_id)

    # The search feed (JSON twin of /feed/search/<query>), two pages and an empty third.
    def feed_event(r: dict) -> dict:
        resp = r["match"] == "response"
        if r["kind"] == "unrelated":
            snippet = r["snippet"]
        elif resp and r["kind"] == "page":
            body = _message_text(r)
            m = FP_BRUISING.search(body)
            start = max(0, m.start() - 80) if m else 0
            snippet = "..." + re.sub(r"\s+", " ", body[start : start + 200]).strip() + "..."
        elif resp:
            snippet = (
                "...Please find attached our response... policies on bruising in non-mobile "
                "infants... strategy discussion... not independently mobile..."
            )
        else:
            snippet = (
                "...review their current policies on bruising in non-mobile infants to check "
                "for consistency with the evidence base and national guidelines..."
            )
        return {
            "id": r["ev_resp"] if resp else r["ev_sent"],
            "event_type": "response" if resp else "sent",
            "created_at": iso(r["resp"] if resp else r["sent"]),
            "described_state": r["state"] if resp else None,
            "calculated_state": r["state"] if resp else "waiting_response",
            "last_described_at": iso(r["resp"] if resp else r["sent"]),
            "incoming_message_id": r["in_id"] if resp else None,
            "outgoing_message_id": None if resp else r["out_id"],
            "comment_id": None,
            "display_status": STATE_DISPLAY[r["state"]] if resp else None,
            "snippet": snippet,
            "info_request": {
                "id": r["id"],
                "url_title": r["url_title"],
                "title": r["title"],
                "created_at": iso(r["sent"]),
                "described_state": r["state"],
                "display_status": STATE_DISPLAY[r["state"]],
                "awaiting_description": False,
                "prominence": "normal",
                "law_used": "foi",
                "tags": [],
            },
            "public_body": {
                k: v
                for k, v in body_json(r["code"]).items()
                if k in ("id", "url_name", "name", "short_name")
            },
            "user": {"id": 873114, "url_name": "a_requester", "name": "A Requester"},
        }

    feed_base = f"/feed/search/{FEED_QUERY}.json"
    for page in (1, 2):
        events = [feed_event(r) for r in reqs if r["feed"] == page]
        events.sort(key=lambda e: e["created_at"], reverse=True)
        rel = site.write(
            f"feed/search/page-{page}.json", json.dumps(events, indent=1, ensure_ascii=False) + "\n"
        )
        site.route(
            feed_base if page == 1 else f"{feed_base}?page={page}",
            file=rel,
            type="application/json",
        )
    rel = site.write("feed/search/page-3.json", "[]\n")
    site.route(f"{feed_base}?page=3", file=rel, type="application/json")

    # The batch (round-robin) page.
    items = "\n".join(
        f'<li class="batch-request"><a href="/request/{r["url_title"]}">{esc(r["name"])}</a> '
        f'<span class="request-status">{esc(STATE_DISPLAY[r["state"]])}</span></li>'
        for r in reqs
        if r.get("batch")
    )
    page = (
        ALAV_CHROME_TOP.format(title=esc(f"{WDTK_TITLE} - batch request"), cls="info-request-batch")
        + f"<h1>{esc(WDTK_TITLE)}</h1>\n"
        '<p class="subtitle">Batch request sent by A Requester to 153 authorities on 11 November 2025. '
        "Requests to authorities on this page are shown below; the rest have not been copied into this mirror.</p>\n"
        f'<ul class="batch-requests">\n{items}\n</ul>\n' + ALAV_CHROME_BOTTOM
    )
    site.page(f"/info_request_batch/{batch_id}", f"info_request_batch/{batch_id}.html", page)

    # /body/all-authorities.csv: every council used anywhere in the mirror.
    codes = sorted({r["code"] for r in reqs} | {DL_CODE, A_CODE, B_CODE})
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "Name",
            "Short name",
            "URL name",
            "Tags",
            "Home page",
            "Publication scheme",
            "Disclosure log",
            "Notes",
            "Created at",
            "Updated at",
            "Version",
        ]
    )
    for code in codes:
        b = body_json(code)
        w.writerow(
            [
                b["name"],
                "",
                b["url_name"],
                "local_council children_services",
                b["home_page"],
                "",
                "",
                "Synthetic mirror row (real council name, invented data)",
                "2008-04-14 16:16:36 +0100",
                "2025-06-02 11:04:52 +0100",
                "12",
            ]
        )
    site.write("body/all-authorities.csv", buf.getvalue())
    site.route(
        "/body/all-authorities.csv", file="body/all-authorities.csv", type="text/csv; charset=utf-8"
    )

    home = (
        ALAV_CHROME_TOP.format(title="WhatDoTheyKnow (synthetic mirror)", cls="front")
        + "<h1>Make a Freedom of Information request</h1>\n<p>Synthetic mirror of an Alaveteli site.</p>\n"
        + ALAV_CHROME_BOTTOM
    )
    site.page("/", "index.html", home)
    site.finish()
    ALAVETELI_REQS.extend(reqs)


ALAVETELI_REQS: list[dict] = []


def _message_text(r: dict) -> str:
    """The council's message as shown on the request page."""
    if r["kind"] == "unrelated":
        return r["reply"]
    corpus = r["corpus"]
    if r["kind"] == "page":
        return eml_text(corpus) if corpus.endswith(".eml") else txt_text(corpus)
    if corpus.endswith(".eml"):  # the e-mail's own covering note; its letter is the attachment
        return eml_text(corpus)
    return ATTACHED_MSG.format(c=r["name"])


def _alaveteli_request(site: Site, r: dict, batch_id: int) -> None:
    S = "alaveteli"
    prefix = "/private" if r.get("private") else ""
    path = f"{prefix}/request/{r['url_title']}"
    out_text = r["out"] if r["kind"] == "unrelated" else request_text(dear=r["name"])

    # Attachments (copied bytes), their routes and the links on the page.
    attach_html, attach_paths = [], []
    for part, (fname, trouble) in enumerate(r.get("files", []), start=2):
        url = f"/request/{r['id']}/response/{r['in_id']}/attach/{part}/{quote(fname)}"
        attach_paths.append(url)
        attach_html.append(
            f'<li class="attachment"><a class="attachment__name" href="{esc(url)}">{esc(fname)}</a>'
            f'<span class="attachment__meta">{"Word document" if fname.endswith(".docx") else "PDF file"}</span></li>'
        )
        if trouble == "404":
            site.route(url, status=404)
            failure(
                S,
                url,
                "http_404",
                f"second attachment of {path}; the request's answer is in part 2",
            )
            continue
        if r["corpus"].endswith(".eml"):
            name, data = eml_attachment(r["corpus"])
            assert name == fname, (name, fname)
        else:
            data = corpus_bytes(r["corpus"])
        rel = site.write(f"request/{r['id']}/response/{r['in_id']}/attach/{part}/{fname}", data)
        if trouble == "mislabelled":
            assert data[:2] == b"PK"
            site.route(url, file=rel, type="application/pdf")
            failure(
                S,
                url,
                "mislabelled",
                "served as application/pdf with a .pdf name, but the bytes are a DOCX (zip)",
            )
        else:
            ctype = (
                "application/pdf"
                if fname.endswith(".pdf")
                else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            )
            site.route(url, file=rel, type=ctype)

    # Events, as in the request's JSON.
    events = [
        dict(
            id=r["ev_sent"],
            event_type="sent",
            created_at=iso(r["sent"]),
            described_state=None,
            calculated_state="waiting_response",
            incoming_message_id=None,
            outgoing_message_id=r["out_id"],
            comment_id=None,
        )
    ]
    if r["in_id"]:
        events.append(
            dict(
                id=r["ev_resp"],
                event_type="response",
                created_at=iso(r["resp"]),
                described_state=r["state"],
                calculated_state=r["state"],
                incoming_message_id=r["in_id"],
                outgoing_message_id=None,
                comment_id=None,
            )
        )
    if r.get("followup"):
        events.append(
            dict(
                id=r["ev_follow"],
                event_type="followup_sent",
                created_at=iso(r["followup"]),
                described_state="internal_review",
                calculated_state="internal_review",
                incoming_message_id=None,
                outgoing_message_id=r["out_id"] + 500000,
                comment_id=None,
            )
        )
    last = max(e["created_at"] for e in events)
    doc = {
        "id": r["id"],
        "url_title": r["url_title"],
        "title": r["title"],
        "created_at": iso(r["sent"]),
        "updated_at": last,
        "described_state": r["state"],
        "display_status": STATE_DISPLAY[r["state"]],
        "awaiting_description": False,
        "prominence": "normal",
        "law_used": "foi",
        "tags": [],
        "user": {"id": 873114, "url_name": "a_requester", "name": "A Requester"},
        "public_body": {
            k: v
            for k, v in body_json(r["code"]).items()
            if k in ("id", "url_name", "name", "short_name")
        },
        "info_request_events": events,
    }
    if r.get("batch"):
        doc["info_request_batch_id"] = batch_id

    # The request page (thread).
    def when(s: str) -> str:
        d = date.fromisoformat(s[:10])
        return f'<time datetime="{iso(s)}">{long_date(d)}</time>'

    parts = [
        ALAV_CHROME_TOP.format(
            title=esc(f"{r['title']} - a Freedom of Information request to {r['name']}"),
            cls="request-show",
        ),
        '<div id="left_column" class="left_column">',
        f'<h1 class="request-header__title">{esc(r["title"])}</h1>',
        f'<p class="request-header__subtitle">Request sent to <span class="public-body">{esc(r["name"])}</span> '
        f"by A Requester on {when(r['sent'])}.</p>",
        f'<p id="request_status" class="request-status-message">{esc(STATE_DISPLAY[r["state"]])}</p>',
    ]
    if r.get("batch"):
        parts.append(
            f'<p class="request-batch">This request is part of a <a href="/info_request_batch/{batch_id}">'
            "batch sent to 153 authorities</a>.</p>"
        )
    parts.append(
        f'<div class="correspondence" id="outgoing-{r["out_id"]}">\n'
        f'<div class="correspondence__header"><span class="correspondence__header__author">A Requester</span> '
        f"{when(r['sent'])}</div>\n"
        f'<div class="correspondence_text">\n{paras_html(out_text)}\n</div>\n</div>'
    )
    if r["in_id"]:
        ul = ""
        if attach_html:
            ul = '\n<ul class="list-of-attachments">\n' + "\n".join(attach_html) + "\n</ul>"
        parts.append(
            f'<div class="correspondence" id="incoming-{r["in_id"]}">\n'
            f'<div class="correspondence__header"><span class="correspondence__header__author">{esc(r["name"])}</span> '
            f"{when(r['resp'])}</div>\n"
            f'<div class="correspondence_text">\n{paras_html(_message_text(r))}\n</div>{ul}\n</div>'
        )
    if r.get("followup"):
        follow = (
            f"Dear {r['name']},\n\nPlease pass this on to the person who conducts Freedom of "
            "Information reviews.\n\nI am writing to request an internal review of "
            f"{r['name']}'s handling of my FOI request '{r['title']}'. I do not accept that "
            "answering five questions about one policy would exceed the cost limit.\n\n"
            "Yours faithfully,\n\nA Requester"
        )
        parts.append(
            f'<div class="correspondence" id="outgoing-{r["out_id"] + 500000}">\n'
            f'<div class="correspondence__header"><span class="correspondence__header__author">A Requester</span> '
            f"{when(r['followup'])}</div>\n"
            f'<div class="correspondence_text">\n{paras_html(follow)}\n</div>\n</div>'
        )
    parts.append("</div>")
    parts.append(
        '<div id="right_column" class="sidebar"><h2>Follow this request</h2>'
        "<p>Sign in to follow updates to this request.</p></div>"
    )
    page_html = "\n".join(parts) + ALAV_CHROME_BOTTOM

    page_rel = f"{prefix.lstrip('/')}{'/' if prefix else ''}request/{r['url_title']}.html"
    site.page(path, page_rel, page_html)
    json_rel = f"{prefix.lstrip('/')}{'/' if prefix else ''}request/{r['url_title']}.json"
    if r.get("json500"):
        site.route(f"/request/{r['url_title']}.json", status=500)
        failure(
            S,
            f"/request/{r['url_title']}.json",
            "http_500",
            f"the request's JSON always answers 500; its HTML page {path} is fine and holds the answer "
            f"({r['corpus']}), so a crawler that falls back to the page finds it",
        )
    else:
        site.write(json_rel, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
        site.route(
            f"{prefix}/request/{r['url_title']}.json", file=json_rel, type="application/json"
        )
    if r.get("private"):
        site.route(f"/request/{r['url_title']}", redirect=path)
        site.route(f"/request/{r['url_title']}.json", redirect=f"{path}.json")
        # The path recorded is the one the feed leads to; it is also a substring of the
        # /private/ target, so a failure recorded at either URL matches it.
        failure(
            S,
            f"/request/{r['url_title']}",
            "robots",
            f"listed in the search feed as {r['url_title']}; /request/{r['url_title']} and its .json "
            f"302 to {path}(.json), under /private/ which robots.txt disallows. Content: {r['corpus']}",
            redirects_to=path,
        )

    # Bookkeeping.
    if r["kind"] == "unrelated":
        rejected(S, path, f"unrelated request matching the search ({r['title']})")
    elif r["kind"] == "waiting":
        NO_RESPONSE.append(
            dict(
                site=S,
                path=path,
                authority_code=r["code"],
                note="campaign request awaiting response (waiting_response): no council response to keep",
            )
        )
    elif r.get("private") or r.get("json500"):
        pass  # failure cases, recorded above
    elif r["kind"] == "page":
        campaign(S, path, r["code"], "page", None, r["corpus"])
    else:
        note = ""
        trouble = dict(r["files"])[r["files"][0][0]]
        if trouble == "mislabelled":
            note = "attachment served as application/pdf but is a DOCX"
        if len(r["files"]) > 1:
            note = "second attachment (Appendix A) answers 404"
        if r["corpus"].endswith(".eml"):
            note = (
                (note + "; " if note else "")
                + "message text is the e-mail's covering note, the attachment is the PDF inside the .eml"
            )
        campaign(S, path, r["code"], "attachment", attach_paths[0], r["corpus"], note)


# ========================================================================================
# 2. disclosurelog.co.uk-like: one council's log
# ========================================================================================
DL_CODE = "E06000054"  # Wiltshire Council (real council, synthetic log)
DL_CORPUS = "letters/wiltshire-bold-questions.pdf"
DL_SORT = "PUBLISHED_DATE_DESCENDING"

DL_TOP = (
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
DL_BOTTOM = """
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


def build_disclosurelog() -> None:
    site = Site("disclosurelog")
    S = "disclosurelog"
    council = AUTH[DL_CODE]["name"]
    n_items = 30
    newest = date(2026, 2, 20)
    special = {  # listing position -> special disclosure
        5: "campaign_page",
        7: "fruit",
        12: "s47",
        17: "campaign_pdf",
        21: "panel",
        26: "campaign_misleading",
    }
    topic_i = 0
    rows = []
    for i in range(n_items):
        published = newest - timedelta(days=2 * i)
        kind = special.get(i, "topic")
        attach = []
        if kind == "campaign_page":
            ref, received = "FOI-WC-25-4572", date(2025, 11, 13)
            title = "Bruising in non-mobile infants \u2013 review of safeguarding policy"
            req_h, resp_h = request_html(), wiltshire_letter_html()
            summary = "Whether the safeguarding partnership reviewed its policy on bruising in non-mobile infants after the Panel's 2022 guidance."
        elif kind == "campaign_pdf":
            ref, received = "FOI-WC-25-4598", date(2025, 11, 14)
            title = "Review of policy on bruising in non-mobile babies"
            req_h = request_html()
            resp_h = (
                "<p>This request is identical to one we answered earlier (our reference "
                "FOI-WC-25-4572). Please see the attached response.</p>"
            )
            attach = [("FOI-WC-25-4572-response.pdf", corpus_bytes(DL_CORPUS))]
            summary = "Policies on bruising in non-mobile babies: review after national guidance."
        elif kind == "campaign_misleading":
            ref, received = "FOI-WC-25-4633", date(2025, 11, 17)
            title = "Child safeguarding policies following the Child Safeguarding Review Panel\u2019s 2022 guidance"
            req_h, resp_h = request_html(), wiltshire_letter_html()
            summary = (
                "Child safeguarding policies following guidance from the national review panel."
            )
        elif kind == "fruit":
            ref, received = "FOI-WC-25-4710", date(2025, 11, 24)
            title = "Bruised fruit in school meals"
            req_h = (
                "<p>How many complaints did the Council's school catering service receive in "
                "2024/25 about bruised or damaged fruit served with school meals, and what has "
                "been done about it?</p>"
            )
            resp_h = (
                "<p>The catering service received 23 complaints in 2024/25 about the quality "
                "of fruit served with school meals. Most were about bruising to apples and "
                "bananas. The supplier now delivers fruit in trays rather than loose in crates, "
                "and kitchens check each delivery before it is accepted.</p>"
            )
            summary = "Complaints about bruised or damaged fruit served with school meals."
        elif kind == "s47":
            ref, received = "FOI-WC-25-4655", date(2025, 11, 19)
            title = "Section 47 enquiries and child protection conferences 2022\u20132025"
            req_h = (
                "<p>Please provide, for each year from 2022/23 to 2024/25, the number of "
                "strategy discussions held, the number of section 47 enquiries started, and "
                "the number of initial child protection conferences.</p>"
            )
            resp_h = (
                '<table class="data"><tr><th>Year</th><th>Strategy discussions</th><th>Section 47 enquiries</th>'
                "<th>Initial conferences</th></tr><tr><td>2022/23</td><td>3,412</td><td>2,107</td><td>611</td></tr>"
                "<tr><td>2023/24</td><td>3,559</td><td>2,230</td><td>648</td></tr>"
                "<tr><td>2024/25</td><td>3,498</td><td>2,176</td><td>622</td></tr></table>"
            )
            summary = "Numbers of strategy discussions, section 47 enquiries and child protection conferences."
        elif kind == "panel":
            ref, received = "FOI-WC-25-4581", date(2025, 11, 13)
            title = "Serious incident notifications to the Child Safeguarding Practice Review Panel"
            req_h = (
                "<p>How many serious incident notifications has the Council made to the Child "
                "Safeguarding Practice Review Panel in each year since 2020?</p>"
            )
            resp_h = (
                "<p>The Council made 9 notifications in 2020/21, 7 in 2021/22, 11 in 2022/23, "
                "8 in 2023/24 and 10 in 2024/25. Local child safeguarding practice reviews "
                "are published by the safeguarding partnership.</p>"
            )
            summary = "Serious incident notifications made to the national review panel since 2020."
        else:
            title, req, resp = topic_text(S, topic_i, council)
            topic_i += 1
            ref = f"FOI-WC-{published.year % 100}-{4100 + i * 37}"
            received = published - timedelta(days=24)
            req_h, resp_h = f"<p>{esc(req)}</p>", f"<p>{esc(resp)}</p>"
            summary = req[:140].rsplit(" ", 1)[0] + "\u2026"
            if i % 6 == 2:
                attach = [
                    (
                        slugify(title)[:40] + ".pdf",
                        make_pdf(title, [f"{council}: {ref}", "", *_wrap(resp, 90)]),
                    )
                ]
        uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"synthetic-disclosurelog:{ref}:{title}"))
        rows.append(
            dict(
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
        )

    for r in rows:
        path = f"/disclosures/{r['uid']}"
        att_html = ""
        att_paths = []
        for fname, data in r["attach"]:
            url = f"{path}/attachments/{fname}"
            rel = site.write(url.lstrip("/"), data)
            site.route(url, file=rel, type="application/pdf")
            att_paths.append(url)
            att_html += f'<li><a href="{url}">{esc(fname)}</a> <span class="size">(PDF, {len(data) // 1024} KB)</span></li>\n'
        body = (
            DL_TOP.format(title=esc(r["title"]), council=esc(council))
            + '<nav class="breadcrumb"><a href="/disclosures">Disclosures</a> &rsaquo; '
            + f"{esc(r['ref'])}</nav>\n"
            + f"<h1>{esc(r['title'])}</h1>\n"
            + '<dl class="disclosure-meta">\n'
            + f"<dt>Case reference</dt><dd>{esc(r['ref'])}</dd>\n"
            + f"<dt>Received</dt><dd>{long_date(r['received'])}</dd>\n"
            + f"<dt>Published</dt><dd>{long_date(r['published'])}</dd>\n</dl>\n"
            + f'<section class="disclosure-request"><h2>Request</h2>\n{r["req_h"]}\n</section>\n'
            + f'<section class="disclosure-response"><h2>Response</h2>\n{r["resp_h"]}\n</section>\n'
            + (
                f'<h2>Attachments</h2>\n<ul class="attachments">\n{att_html}</ul>\n'
                if att_html
                else ""
            )
            + '<p class="back"><a href="/disclosures">Back to all disclosures</a></p>'
            + DL_BOTTOM.format(council=esc(council))
        )
        site.page(path, f"pages/{r['uid']}.html", body)
        k = r["kind"]
        if k == "campaign_page":
            campaign(
                S,
                path,
                DL_CODE,
                "page",
                None,
                DL_CORPUS,
                "Response section carries the words of the Wiltshire letter (answers from tests/corpus/letters/labels.json)",
            )
        elif k == "campaign_pdf":
            campaign(
                S,
                path,
                DL_CODE,
                "attachment",
                att_paths[0],
                DL_CORPUS,
                "duplicate request; the Response section only points to the attached letter",
            )
        elif k == "campaign_misleading":
            campaign(
                S,
                path,
                DL_CODE,
                "page",
                None,
                DL_CORPUS,
                "misleading title (no 'bruising' in it); same words as the FOI-WC-25-4572 page",
            )
        elif k == "fruit":
            rejected(
                S, path, "decoy: 'bruising' of fruit in school meals (no other campaign terms)"
            )
        elif k == "s47":
            rejected(S, path, "near miss: section 47 / strategy discussion statistics, no bruising")
        elif k == "panel":
            rejected(
                S,
                path,
                "near miss: Child Safeguarding Practice Review Panel notifications, no bruising",
            )
        else:
            rejected(S, path, f"unrelated: {r['title']}")

    # Listing pages: ?page=N&sortType=PUBLISHED_DATE_DESCENDING&keywords=bruising, N = 0, 1, 2.
    per_page = 10
    pages = (n_items + per_page - 1) // per_page

    def listing_url(n: int) -> str:
        return f"/disclosures?page={n}&sortType={DL_SORT}&keywords={QUERY}"

    for n in range(pages):
        chunk = rows[n * per_page : (n + 1) * per_page]
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
            DL_TOP.format(title="Disclosures", council=esc(council))
            + "<h1>Disclosures</h1>\n"
            + '<form class="disclosure-search" action="/disclosures" method="get">\n'
            + f'<label for="keywords">Keywords</label> <input id="keywords" name="keywords" value="{QUERY}">\n'
            + f'<input type="hidden" name="sortType" value="{DL_SORT}">\n'
            + '<label for="year">Year</label> <select id="year" name="year"><option value="">Any</option>'
            + "<option>2026</option><option>2025</option></select>\n"
            + '<label for="month">Month</label> <select id="month" name="month"><option value="">Any</option></select>\n'
            + '<button type="submit">Search</button>\n</form>\n'
            + f'<p class="results-count">{n_items} results</p>\n'
            + f'<div class="disclosure-results">\n{results}\n</div>\n'
            + f'<nav class="pagination">{" ".join(nav)}</nav>'
            + DL_BOTTOM.format(council=esc(council))
        )
        site.page(listing_url(n), f"listing/page-{n}.html", body)
        for alias in QUERY_ALIASES:
            key = f"/disclosures?page={n}&sortType={DL_SORT}&keywords={alias}"
            site.route(key, file=f"listing/page-{n}.html", type=HTML_TYPE)
    site.finish()


def _wrap(text: str, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + [cur] if cur else lines


# ========================================================================================
# 3. Councils' own sites
# ========================================================================================
A_CODE = "E10000012"  # Essex County Council (real council, synthetic site)
A_CORPUS = "letters/essex-response-table.pdf"
B_CODE = "E10000014"  # Hampshire County Council (real council, synthetic site)
B_CORPUS = "web_mail/hampshire-div-content.html"

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


def council_page(style: str, council: str, title: str, main: str) -> str:
    if style == "a":  # Jadu-like
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(council)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/site/styles/generic/base.css">
<script src="/site/javascript/cookieconsent.js"></script>
</head>
<body class="jadu-cms">
{SYNTH}
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>We use cookies to make this website work and to understand how you use it.
<a href="/cookies">Find out more about cookies</a>.</p><button class="cookie-banner__accept">Accept all cookies</button>
<button class="cookie-banner__reject">Reject optional cookies</button></div>
<a class="skip-to-content" href="#main">Skip to main content</a>
<header class="masthead">
<a class="masthead__logo" href="/"><img src="/site/images/logo.svg" alt="{esc(council)} home"></a>
<form class="masthead__search" action="/search" method="get"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
{mega_menu_html("nav nav--primary")}
</header>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/freedom-of-information">Freedom of information</a></li><li><a href="/foi/disclosure-log?q={QUERY}&amp;page=1">Disclosure log</a></li></ol></nav>
<main id="main" class="main">
{main}
</main>
<aside class="sidebar"><h2>Freedom of information</h2><ul><li><a href="/freedom-of-information/make-a-request">Make a request</a></li>
<li><a href="/freedom-of-information/publication-scheme">Publication scheme</a></li><li><a href="/open-data">Open data</a></li></ul></aside>
<div class="feedback"><p>Was this page useful?</p><a href="/feedback?useful=yes">Yes</a> <a href="/feedback?useful=no">No</a></div>
{footer_html("footer", council)}
</body>
</html>
"""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - {esc(council)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/goss/css/site.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="goss">
{SYNTH}
<section class="cookie-notice" aria-label="Cookie notice"><h2>Cookies on this site</h2><p>We'd like to set additional cookies to understand how you use the site.</p>
<button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button> <a href="/cookies">View cookies</a></section>
<div class="alert-banner"><p>Winter service: check gritting routes before you travel.</p></div>
<header class="header"><div class="header__logo"><a href="/">{esc(council)}</a></div>
<div class="header__search"><form action="/search"><input name="query" aria-label="Search"><button>Go</button></form></div>
{mega_menu_html("header__menu")}
</header>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/council-and-democracy">Council and democracy</a> / <a href="/foi/disclosure-log?q={QUERY}&amp;page=1">FOI disclosures</a></div>
<main id="content" class="content">
{main}
</main>
<aside class="related-links"><h2>Related</h2><ul><li><a href="/freedom-of-information">Freedom of information</a></li><li><a href="/data-protection">Data protection</a></li><li><a href="/complaints">Complaints</a></li></ul></aside>
{footer_html("footer site-footer", council)}
</body>
</html>
"""


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


def build_council(site_name: str, style: str, code: str) -> None:
    site = Site(site_name)
    S = site_name
    council = AUTH[code]["name"]
    n_items, per_page = 30, 10
    newest = date(2026, 2, 18) if style == "a" else date(2026, 2, 24)
    if style == "a":
        special = {13: "campaign_pdf", 4: "nursery"}
    else:
        special = {22: "campaign_page", 3: "loop", 9: "s47"}
    rows, topic_i = [], 0
    for i in range(n_items):
        published = newest - timedelta(days=3 * i)
        kind = special.get(i, "topic")
        attach: list[tuple[str, bytes]] = []
        if kind == "campaign_pdf":
            ref = "CF-FOI-251142"
            title = "Bruising in non-mobile infants: review of safeguarding policy"
            slug = "cf-foi-251142-bruising-in-non-mobile-infants"
            content = (
                f"<h2>Request</h2>\n{request_html()}\n<h2>Response</h2>\n"
                "<p>Please see the attached letter for our response.</p>"
            )
            attach = [(f"{ref}-response.pdf", corpus_bytes(A_CORPUS))]
            summary = (
                "Review of the policy on bruising in non-mobile infants after the Panel's guidance."
            )
        elif kind == "campaign_page":
            ref = "CSD/FOI/25/06412"
            title = hampshire_title()
            slug = "csd-foi-25-06412-bruising-in-non-mobile-babies"
            content = hampshire_fragment()
            summary = "Whether the bruising protocol for non-mobile babies was reviewed after the Panel's guidance."
        elif kind == "nursery":
            ref = "FOI-2025-2231"
            title = "Accidents recorded at council-run nurseries 2024/25"
            slug = "foi-2025-2231-nursery-accidents"
            content = (
                "<h2>Request</h2>\n<p>How many accidents to children were recorded at council-run "
                "nurseries in 2024/25, and what kinds of injury were involved?</p>\n<h2>Response</h2>\n"
                "<p>The Council's four nurseries recorded 212 accidents in 2024/25. Most were minor "
                "bumps and bruising from falls in the playground; 14 needed first aid beyond a cold "
                "compress and two children were taken to hospital as a precaution.</p>"
            )
            summary = "Accidents to children recorded at the Council's nurseries."
        elif kind == "s47":
            ref = "FOI/25/05981"
            title = "Child protection: strategy discussions and section 47 enquiries"
            slug = "foi-25-05981-strategy-discussions-and-section-47-enquiries"
            content = (
                "<h2>Request</h2>\n<p>Please provide the number of strategy discussions and section 47 "
                "enquiries in each quarter of 2024/25.</p>\n<h2>Response</h2>\n<table><tr><th>Quarter</th>"
                "<th>Strategy discussions</th><th>Section 47 enquiries</th></tr>"
                "<tr><td>Q1</td><td>1,204</td><td>811</td></tr><tr><td>Q2</td><td>1,166</td><td>790</td></tr>"
                "<tr><td>Q3</td><td>1,231</td><td>842</td></tr><tr><td>Q4</td><td>1,198</td><td>806</td></tr></table>"
            )
            summary = "Quarterly numbers of strategy discussions and section 47 enquiries."
        elif kind == "loop":
            ref, title, slug, content = (
                "FOI/25/04410",
                "Adult social care charging policy (archived)",
                None,
                "",
            )
            summary = "This disclosure has moved."
        else:
            title, req, resp = topic_text(S, topic_i, council)
            topic_i += 1
            ref = (
                f"FOI-{published.year}-{1200 + i * 41}"
                if style == "a"
                else f"FOI/{published.year % 100}/{3100 + i * 53:05d}"
            )
            slug = f"{slugify(ref)}-{slugify(title)[:48].rstrip('-')}"
            content = f"<h2>Request</h2>\n<p>{esc(req)}</p>\n<h2>Response</h2>\n<p>{esc(resp)}</p>"
            summary = req[:120].rsplit(" ", 1)[0] + "\u2026"
            if i % 7 == 1:
                attach = [
                    (
                        f"{slug[:40].rstrip('-')}.pdf",
                        make_pdf(title, [f"{council}: {ref}", "", *_wrap(resp, 90)]),
                    )
                ]
            elif i % 7 == 5 and style == "b":
                attach = [
                    (f"{slug[:40].rstrip('-')}.docx", make_docx([title, f"{council}: {ref}", resp]))
                ]
        path = "/foi/responses/loop.html" if kind == "loop" else f"/foi/responses/{slug}.html"
        rows.append(
            dict(
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
        )

    for r in rows:
        if r["kind"] == "loop":
            site.route("/foi/responses/loop.html", redirect="/foi/responses/loop2.html")
            site.route("/foi/responses/loop2.html", redirect="/foi/responses/loop.html")
            failure(
                S,
                "/foi/responses/loop.html",
                "redirect_loop",
                "linked from listing page 1; 302 to /foi/responses/loop2.html, which 302s back",
            )
            continue
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
            att = (
                (
                    '\n<h3>Documents</h3>\n<ul class="foi-attachments">\n'
                    + "\n".join(lis)
                    + "\n</ul>"
                )
                if lis
                else ""
            )
            main = (
                f"<h1>{esc(r['title'])}</h1>\n"
                f'<p class="foi-meta">Reference: {esc(r["ref"])} &middot; Published: {long_date(r["published"])}</p>\n'
                f'<div class="foi-content">\n{r["content"]}{att}\n</div>'
            )
        else:
            att = (
                (
                    '\n<h2>Supporting documents</h2>\n<ul class="documents">\n'
                    + "\n".join(lis)
                    + "\n</ul>"
                )
                if lis
                else ""
            )
            main = (
                f"<h1>{esc(r['title'])}</h1>\n"
                f'<p class="date">Published {long_date(r["published"])}</p>\n'
                f'<article class="disclosure-body">\n{r["content"]}{att}\n</article>\n'
                '<div class="page-rating"><p>Did you find what you were looking for?</p></div>'
            )
        site.write(r["path"].lstrip("/"), council_page(style, council, r["title"], main))
        k = r["kind"]
        if k == "campaign_pdf":
            campaign(
                S,
                r["path"],
                code,
                "attachment",
                att_paths[0],
                A_CORPUS,
                "the page carries the request only; the answers are in the attached letter",
            )
        elif k == "campaign_page":
            campaign(
                S,
                r["path"],
                code,
                "page",
                None,
                B_CORPUS,
                "the page's article carries the corpus page's content fragment verbatim",
            )
        elif k == "nursery":
            rejected(
                S,
                r["path"],
                "decoy: 'bumps and bruising' in nursery accidents (no other campaign terms)",
            )
        elif k == "s47":
            rejected(
                S, r["path"], "near miss: strategy discussion / section 47 statistics, no bruising"
            )
        else:
            rejected(S, r["path"], f"unrelated: {r['title']}")

    pages = n_items // per_page

    def listing_key(n: int) -> str:
        return f"/foi/disclosure-log?q={QUERY}&page={n}"

    for n in range(1, pages + 1):
        chunk = rows[(n - 1) * per_page : n * per_page]
        if style == "a":
            items = "\n".join(
                f'<li class="list__item"><a class="list__link" href="{r["path"]}">{esc(r["title"])}</a>'
                f'<p class="list__summary">{esc(r["summary"])} Published {short_date(r["published"])}.</p></li>'
                for r in chunk
            )
            results = f'<ul class="list list--record">\n{items}\n</ul>'
        else:
            items = "\n".join(
                f'<article class="search-result">\n<h2 class="search-result__title"><a href="{r["path"]}">{esc(r["title"])}</a></h2>\n'
                f'<p class="search-result__summary">{esc(r["summary"])}</p>\n'
                f'<p class="search-result__meta">{esc(r["ref"])} | {long_date(r["published"])}</p>\n</article>'
                for r in chunk
            )
            results = f'<div class="search-results">\n{items}\n</div>'
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
            f'<p class="search-summary">Showing {(n - 1) * per_page + 1} to {n * per_page} of {n_items} results for &ldquo;{QUERY}&rdquo;</p>\n'
            f"{results}\n"
            f'<nav class="pagination" aria-label="Pages">{" ".join(pager)}</nav>'
        )
        body = council_page(style, council, "Disclosure log search results", main)
        site.page(listing_key(n), f"listing/page-{n}.html", body)
        for alias in QUERY_ALIASES:
            site.route(
                f"/foi/disclosure-log?q={alias}&page={n}",
                file=f"listing/page-{n}.html",
                type=HTML_TYPE,
            )
        if n == 1:
            site.route("/foi/disclosure-log", file="listing/page-1.html", type=HTML_TYPE)
    site.finish()


# ========================================================================================
# Sources, expected facts
# ========================================================================================
def write_sources() -> None:
    rows = [
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
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "authority_code",
            "platform",
            "url",
            "link_selector",
            "next_selector",
            "content_selector",
            "attachment_selector",
        ]
    )
    w.writerows(rows)
    (HERE / "sources.csv").write_text(buf.getvalue(), "utf-8")


def write_expected() -> None:
    def clean(rows: list[dict], keys: list[str]) -> list[dict]:
        return [
            {k: r[k] for k in keys} | ({"note": r["note"]} if r.get("note") else {}) for r in rows
        ]

    facts = {
        "campaign": clean(
            CAMPAIGN,
            ["site", "path", "authority_code", "answers_in", "attachment_path", "corpus_file"],
        ),
        "rejected": clean(REJECTED, ["site", "path", "reason"]),
        "failures": [{k: v for k, v in f.items() if v or k != "note"} for f in FAILURES],
        "no_response": NO_RESPONSE,
        "sites": {
            "alaveteli": {
                "authority_code": None,
                "feed": f"/feed/search/{FEED_QUERY}.json",
                "feed_pages": [
                    f"/feed/search/{FEED_QUERY}.json",
                    f"/feed/search/{FEED_QUERY}.json?page=2",
                    f"/feed/search/{FEED_QUERY}.json?page=3",
                ],
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
                "listing_pages": [f"/foi/disclosure-log?q={QUERY}&page={n}" for n in (1, 2, 3)],
            },
            "council_b": {
                "authority_code": B_CODE,
                "council": AUTH[B_CODE]["name"],
                "listing_pages": [f"/foi/disclosure-log?q={QUERY}&page={n}" for n in (1, 2, 3)],
            },
        },
    }
    (HERE / "expected.json").write_text(
        json.dumps(facts, indent=1, ensure_ascii=False) + "\n", "utf-8"
    )

    def name(code: str | None) -> str:
        return AUTH[code]["name"] if code else ""

    md = [
        "# Bundled mirror: what is in it",
        "",
        "Generated by `make_mirror.py` (do not edit by hand; re-run it). Machine-readable twin: "
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
        "",
        f"## Campaign responses ({len(CAMPAIGN)})",
        "",
        "| site | URL path | council | GSS code | answers in | attachment path | corpus file | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for c in CAMPAIGN:
        md.append(
            f"| {c['site']} | `{c['path']}` | {name(c['authority_code'])} | {c['authority_code']} | "
            f"{c['answers_in']} | {('`' + c['attachment_path'] + '`') if c['attachment_path'] else '-'} | "
            f"`{c['corpus_file']}` | {c['note']} |"
        )
    md += [
        "",
        f"## Failure cases ({len(FAILURES)})",
        "",
        "| site | URL path | kind | detail |",
        "|---|---|---|---|",
    ]
    for f in FAILURES:
        md.append(f"| {f['site']} | `{f['path']}` | {f['kind']} | {f['note']} |")
    md += [
        "",
        f"## Campaign requests with no response ({len(NO_RESPONSE)})",
        "",
        "| site | URL path | council | GSS code | note |",
        "|---|---|---|---|---|",
    ]
    for n in NO_RESPONSE:
        md.append(
            f"| {n['site']} | `{n['path']}` | {name(n['authority_code'])} | {n['authority_code']} | {n['note']} |"
        )
    decoys = [r for r in REJECTED if not r["reason"].startswith("unrelated:")]
    others = [r for r in REJECTED if r["reason"].startswith("unrelated:")]
    md += [
        "",
        f"## Pages to reject ({len(REJECTED)}: {len(decoys)} decoys and near misses, {len(others)} plainly unrelated)",
        "",
        "Decoys and near misses (they share words with the campaign but are not responses to it):",
        "",
        "| site | URL path | reason |",
        "|---|---|---|",
    ]
    for r in decoys:
        md.append(f"| {r['site']} | `{r['path']}` | {r['reason']} |")
    md += [
        "",
        "Plainly unrelated disclosures (potholes, parking, ...) are listed in `expected.json` under `rejected`.",
    ]
    counts = {}
    for r in others:
        counts[r["site"]] = counts.get(r["site"], 0) + 1
    md += ["", "| site | unrelated pages |", "|---|---|"] + [
        f"| {s} | {n} |" for s, n in counts.items()
    ]
    md += [
        "",
        "## Notes",
        "",
        "- The Alaveteli feed pages are `[]`-terminated: page 3 is an empty list.",
        "- Alaveteli request pages have no extension (`/request/<url_title>`); they and every listing "
        "with a query string are served through `routes.json`.",
        "- The disclosure log holds three campaign entries of the same council with the same answers "
        "(the council's letter, `"
        + DL_CORPUS
        + "`): the answered request, a duplicate request answered "
        "by attaching the letter, and a third copy under a misleading title. A per-authority reader should "
        "keep one response for " + DL_CODE + ".",
        "- Batch page `/info_request_batch/101` links three requests that are also in the feed.",
        f"- Listing routes answer `q={QUERY}` / `keywords={QUERY}` (the keys given in the brief) and, as "
        "aliases serving the same pages, the campaign's first search term `bruising non-mobile` encoded as "
        f"`bruising+non-mobile` or `bruising%20non-mobile`; other search terms get 404. Next links always use `{QUERY}`.",
        "- Every Alaveteli request path ends in a three-digit suffix, so no expected path is a substring of "
        "another page's URL (tests may match paths by substring).",
    ]
    (HERE / "EXPECTED.md").write_text("\n".join(md) + "\n", "utf-8")


def main() -> None:
    if SITES.exists():
        shutil.rmtree(SITES)
    SITES.mkdir(parents=True)
    build_alaveteli()
    build_disclosurelog()
    build_council("council_a", "a", A_CODE)
    build_council("council_b", "b", B_CODE)
    write_sources()
    write_expected()
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    digest = hashlib.sha256()
    for p in sorted(SITES.rglob("*")):
        if p.is_file():
            digest.update(str(p.relative_to(SITES)).encode() + b"\0" + p.read_bytes())
    print(
        f"mirror written: {len(CAMPAIGN)} campaign responses, {len(REJECTED)} pages to reject, "
        f"{len(FAILURES)} failure cases; {total / 1e6:.2f} MB; sites sha256 {digest.hexdigest()[:16]}"
    )
    assert total < 3_000_000, total


if __name__ == "__main__":
    main()
