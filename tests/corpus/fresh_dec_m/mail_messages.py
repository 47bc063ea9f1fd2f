"""EML messages: Plymouth's reply (HTML table, quoted request below) and a Surrey
acknowledgement laid out as a table (a reject)."""

from __future__ import annotations

from email import charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from html import escape
from pathlib import Path
from typing import Any

from fx_common import fields, reject, reply
from web_pages import linkify

QP = charset.Charset("utf-8")
QP.body_encoding = charset.QP
B64 = charset.Charset("utf-8")
B64.body_encoding = charset.BASE64

PLY_NOTES = "https://www.plymouthscp.org.uk/documents/bruising-review-notes-2023.pdf"
PLY_ICO = "https://ico.org.uk/make-a-complaint/official-information-concerns-report/"
PLY_Q = [
    "Review after the Panel's guidance: when, and what it concluded",
    "Papers on the outcome of the review",
    "Section 47 investigation or strategy discussion in all cases?",
    "Changes made for consistency with the evidence base and national guidelines",
    "Definition of not independently mobile: changes, rolling babies, use of age",
]
PLY_A = [
    "Yes. The Plymouth Safeguarding Children Partnership reviewed its guidance on bruising "
    "in non-mobile babies against the Panel's briefing and the South West Child Protection "
    "Procedures in April 2023. It concluded that the local flowchart should be changed so "
    "that a health appraisal and a conversation with the parents come before any referral "
    "decision.",
    f"The notes of the review meeting are published at {PLY_NOTES} . The names of staff "
    "below head-of-service level have been redacted under section 40(2) of the Act "
    "(personal information).",
    "No. A strategy discussion is held only where the health appraisal or other "
    "information indicates a risk of significant harm.",
    "The local flowchart was updated as described in our answer to question 1, and the "
    "partnership's training on bruising was revised to match.",
    "No change was needed. The South West Child Protection Procedures already treated all "
    "babies under six months of age as not independently mobile; for older babies "
    "practitioners consider whether the baby can crawl, cruise or walk.",
]
PLY_REQUEST = """Dear Plymouth City Council,

Please treat this as a request under the Freedom of Information Act 2000.

In September 2022 the Child Safeguarding Practice Review Panel published a briefing
on bruising in non-mobile infants
(https://www.gov.uk/government/publications/bruising-in-non-mobile-infants-panel-briefing)
and asked safeguarding partners to review their policies. Please tell me:

1. Was there a review of your safeguarding policies after the briefing, when, and
what did it conclude?
2. Please provide any papers on the outcome of the review.
3. Does your policy require a s47 investigation or strategy discussion in all cases?
4. What changes were made for consistency with the evidence base and national
guidelines?
5. Has your definition of not independently mobile changed, and how is it defined
now - do babies who can roll count, and is age used?

Yours faithfully,
A. Requester"""


def _plymouth_html() -> str:
    rows = "".join(
        f"<tr><td style='text-align:center'>{i}</td><td>{escape(q)}</td>"
        f"<td>{linkify(a)}</td></tr>"
        for i, (q, a) in enumerate(zip(PLY_Q, PLY_A), start=1)
    )
    quoted = escape(PLY_REQUEST).replace("\n", "<br>\n")
    return f"""<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Requester,</p>
<p>Thank you for your request for information received on 2 December 2025, which has been
dealt with under the Freedom of Information Act 2000. Please find our response in the table
below.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr style="background:#dde8f3"><th style="width:6%">No.</th><th style="width:30%">Question</th><th>Response</th></tr>
{rows}
</table>
<p>If you are dissatisfied with the handling of your request you may ask for an internal
review by replying to this email within 40 working days. If you remain dissatisfied you can
raise a concern with the Information Commissioner: <a href="{PLY_ICO}">{PLY_ICO}</a></p>
<p>Kind regards,<br>
Information Governance Officer<br>
Plymouth City Council</p>
<hr>
<p><b>From:</b> A. Requester &lt;a.requester@example.org&gt;<br>
<b>Sent:</b> 01 December 2025 18:04<br>
<b>To:</b> FOI &lt;foi@plymouth.gov.uk&gt;<br>
<b>Subject:</b> Freedom of Information request - bruising in non-mobile infants</p>
<blockquote style="border-left:2px solid #999;padding-left:8px">{quoted}</blockquote>
</body></html>
"""


def _plymouth_text() -> str:
    parts = ["Dear Requester,", "",
             "Thank you for your request for information received on 2 December 2025, which "
             "has been dealt with under the Freedom of Information Act 2000. Please find our "
             "response below.", ""]
    for i, (q, a) in enumerate(zip(PLY_Q, PLY_A), start=1):
        parts += [f"{i}. {q}", f"   Response: {a}", ""]
    parts += ["If you are dissatisfied with the handling of your request you may ask for an "
              "internal review by replying to this email within 40 working days. If you "
              "remain dissatisfied you can raise a concern with the Information "
              f"Commissioner: {PLY_ICO}", "", "Kind regards,", "Information Governance "
              "Officer", "Plymouth City Council", "", "-----Original Message-----",
              "From: A. Requester <a.requester@example.org>",
              "Sent: 01 December 2025 18:04", "To: FOI <foi@plymouth.gov.uk>",
              "Subject: Freedom of Information request - bruising in non-mobile infants", ""]
    parts += ["> " + line if line else ">" for line in PLY_REQUEST.splitlines()]
    return "\n".join(parts) + "\n"


def plymouth(out: Path) -> dict[str, Any]:
    name = "plymouth-email-html-table.eml"
    msg = MIMEMultipart("alternative", boundary="==plymouth-foi-alt-0001==")
    msg["From"] = "Plymouth City Council Information Governance <foi@plymouth.gov.uk>"
    msg["To"] = "A. Requester <a.requester@example.org>"
    msg["Subject"] = "RE: Freedom of Information request - bruising in non-mobile infants " \
                     "[PCC-FOI-25-09876]"
    msg["Date"] = "Tue, 13 Jan 2026 10:42:07 +0000"
    msg["Message-ID"] = "<pcc-foi-25-09876.reply@foi.plymouth.example>"
    msg["In-Reply-To"] = "<request-20251201-1804@example.org>"
    msg["X-Synthetic-Test-Document"] = "yes"
    msg.attach(MIMEText(_plymouth_text(), "plain", QP))
    msg.attach(MIMEText(_plymouth_html(), "html", QP))
    (out / name).write_bytes(msg.as_bytes())
    return reply(
        name, "eml", "Plymouth City Council", "E06000026", "answered", ["s40(2)"],
        PLY_A, ["answered"] * 5,
        fields("formal", "2023-04", "yes", "no", "yes", "no", "not_stated", "yes", 6),
        [PLY_NOTES, PLY_ICO],
    )


def surrey_ack(out: Path) -> dict[str, Any]:
    name = "surrey-acknowledgement-table.eml"
    rows = [("Reference", "SCC-FOI-25-8812"), ("Subject", "Bruising in non-mobile infants"),
            ("Date received", "02/12/2025"), ("Response due by", "05/01/2026")]
    table = "".join(f"<tr><th align='left'>{k}</th><td>{v}</td></tr>" for k, v in rows)
    html = f"""<html><body style="font-family:Calibri,sans-serif">
<p>Dear Requester,</p>
<p>Thank you for your request for information, which we are handling under the Freedom of
Information Act 2000. The details of your request are:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">{table}</table>
<p>We will respond within 20 working days of receipt. If we need to clarify anything, or if
a fee is payable, we will contact you; in that case the time limit will be paused.</p>
<p>Please quote the reference above in any correspondence.</p>
<p>Information Governance Team<br>Surrey County Council</p>
<p style="font-size:8pt;color:#888">This email and any attachments are intended only for the
named recipient.</p>
</body></html>
"""
    msg = MIMEText(html, "html", B64)
    msg["From"] = "Surrey County Council FOI <foi.requests@surreycc.example>"
    msg["To"] = "A. Requester <a.requester@example.org>"
    msg["Subject"] = "Acknowledgement: SCC-FOI-25-8812 Bruising in non-mobile infants"
    msg["Date"] = "Tue, 02 Dec 2025 09:15:31 +0000"
    msg["Message-ID"] = "<scc-foi-25-8812.ack@surreycc.example>"
    msg["X-Synthetic-Test-Document"] = "yes"
    (out / name).write_bytes(msg.as_bytes())
    return reject(name, "eml", "acknowledgement")


def build_all(out: Path) -> list[dict[str, Any]]:
    return [plymouth(out), surrey_ack(out)]
