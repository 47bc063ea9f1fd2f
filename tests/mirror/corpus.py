"""What the bruising mirror is built from: the campaign (foi/campaigns/bruising.toml: its
questions, search terms and fingerprint), the registry of authorities, and the synthetic
responses of tests/corpus/{web_mail,letters,holdout} with their labels."""

from __future__ import annotations

import csv
import email
import json
import re
from email import policy
from urllib.parse import quote, quote_plus

from foi.campaigns.campaign import load_campaign
from tests.conftest import ROOT

from .pages import esc

CAMPAIGN = load_campaign("bruising")
CORPUS = ROOT / "tests" / "corpus"
AUTHORITIES = ROOT / "foi" / "data" / "authorities.csv"

# The councils of the one-council sites (real councils, synthetic sites) and the corpus
# response each publishes.
DL_CODE = "E06000054"  # Wiltshire Council: the disclosure log
DL_CORPUS = "letters/wiltshire-bold-questions.pdf"
DL_SORT = "PUBLISHED_DATE_DESCENDING"  # the log's listing order
A_CODE = "E10000012"  # Essex County Council: council_a (Jadu-like)
A_CORPUS = "letters/essex-response-table.pdf"
B_CODE = "E10000014"  # Hampshire County Council: council_b (GOSS-like)
B_CORPUS = "web_mail/hampshire-div-content.html"

# The keyword the listing/search routes answer (council sites, disclosure log).
QUERY = CAMPAIGN.settings["disclosurelog_keyword"]
# The campaign's first search term: the Alaveteli search feed's query as the crawler sends it,
# and the listing routes' aliases of the q=QUERY pages.
FEED_QUERY = quote(CAMPAIGN.search_terms[0])
QUERY_ALIASES = [quote_plus(CAMPAIGN.search_terms[0]), FEED_QUERY]

# The request as the requester wrote it: this preamble (the wording of
# tests/corpus/letters/make_fixtures.py), then the campaign's questions, with the requester's
# own typo in question 1, as councils quote it back.
PREAMBLE = (
    "In September 2022 the Child Safeguarding Review Panel issued guidance asking that "
    "\u201call safeguarding partners review their current policies on bruising in non-mobile "
    "infants to check for consistency with the evidence base and national guidelines.\u201d"
)
QUESTIONS = [q.text for q in CAMPAIGN.questions]
QUESTIONS_AS_SENT = [
    QUESTIONS[0].replace("Was there a review", "Was their a review"),
    *QUESTIONS[1:],
]


def first_match(group: str, text: str) -> re.Match[str] | None:
    """The earliest match in the text of one of the campaign's fingerprint groups."""
    found = [m for p in CAMPAIGN.fingerprint_groups[group] if (m := p.search(text))]
    return min(found, key=lambda m: m.start(), default=None)


def fingerprint_hits(text: str) -> list[str]:
    """The campaign's fingerprint groups a text matches (none, for an unrelated page)."""
    return [g for g in CAMPAIGN.fingerprint_groups if first_match(g, text)]


def load_authorities() -> dict[str, dict[str, str]]:
    with AUTHORITIES.open(encoding="utf-8", newline="") as f:
        return {r["code"]: r for r in csv.DictReader(f)}


def load_labels() -> dict[str, dict]:
    out = {}
    for d in ("web_mail", "letters", "holdout"):
        for r in json.loads((CORPUS / d / "labels.json").read_text("utf-8")):
            out[f"{d}/{r['file']}"] = r
    return out


AUTH = load_authorities()
LABELS = load_labels()


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
