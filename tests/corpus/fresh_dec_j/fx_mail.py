"""EML and TXT documents for fresh_dec_j (Python's email package; plain letters)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from html import escape

import fx_text as T

POLICY = policy.default.clone(linesep="\n", max_line_length=78)
REQUESTER = "A. Requester <a.requester@example.org>"


def base(frm: str, subject: str, date: str, msgid: str, reply_to: str | None) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    msg["From"], msg["To"], msg["Subject"] = frm, REQUESTER, subject
    msg["Date"], msg["Message-ID"] = date, msgid
    if reply_to:
        msg["In-Reply-To"] = msg["References"] = reply_to
    msg["X-Synthetic-Test-Document"] = "yes"
    return msg


def original(to: str, sent: str, subject: str) -> str:
    """The requester's own earlier message, quoted below replies (its URL is not the
    council's)."""
    qs = "\n".join(f"{i}. {q}" for i, q in enumerate(T.Q_FULL, start=1))
    return (
        f"From: {REQUESTER}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n"
        "Dear FOI officer,\n\nIn September 2022 the national Panel asked all "
        "safeguarding partners to review their policies on bruising in non-mobile "
        f"infants (reported at {T.CC_URL}). Under the Freedom of Information Act 2000 "
        f"please answer:\n\n{qs}\n\nMany thanks,\nA. Requester"
    )


def quote(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in text.splitlines())


def kent(spec: dict) -> tuple[bytes, list[str]]:
    a = spec["answers"]
    intro = (
        "Thank you for your request of 17 Nov. 2025. Kent County Council's answers are "
        "given below. Kent shares its child protection procedures with Medway Council "
        "through the Kent and Medway Safeguarding Children Multi-Agency Partnership "
        "(KMSCMP), so the partnership's business unit helped us to prepare them."
    )
    sig = [
        "Mrs. K. O'Donnell", "Information Access Officer", "Kent County Council",
        "Sessions House, County Rd., Maidstone ME14 1XQ",
    ]
    legal = [
        "Re-use: you may re-use this information under the Open Government Licence, "
        + T.OGL,
        "Complaints: you may ask for an internal review within 40 working days. After "
        "that you may contact the ICO at " + T.ICO_COMPLAIN,
    ]
    blocks = [f"{n}) {T.Q_SHORT[int(n) - 1]}\n\n" + "\n\n".join(a[n]) for n in T.ALL]
    orig = original("Information Access", "17 November 2025 08:12",
                    "Freedom of Information request - bruising in non-mobile babies")
    plain = ("Dear Requester,\n\nRef. 25/11/0932 – bruising in non-mobile babies\n\n"
             f"{intro}\n\n" + "\n\n".join(blocks) + "\n\nKind regards,\n\n"
             + "\n".join(sig) + "\n\n" + "\n\n".join(legal)
             + "\n\n-----Original Message-----\n" + quote(orig) + "\n")
    hblocks = "".join(
        f"<p><b>{n}) {escape(T.Q_SHORT[int(n) - 1])}</b></p>"
        + "".join(f"<p>{escape(p)}</p>" for p in a[n]) for n in T.ALL)
    html = (
        "<html><body><p>Dear Requester,</p><p><b>Ref. 25/11/0932 – bruising in "
        f"non-mobile babies</b></p><p>{escape(intro)}</p>{hblocks}<p>Kind regards,</p>"
        f"<p>{'<br>'.join(escape(s) for s in sig)}</p>"
        + "".join(f'<p style="font-size:9pt">{escape(x)}</p>' for x in legal)
        + "<hr><p><b>-----Original Message-----</b></p><blockquote>"
        + escape(orig).replace("\n", "<br>\n") + "</blockquote></body></html>"
    )
    msg = base('"Kent County Council - Information Access" <information.access@kent.gov.uk>',
               "RE: Freedom of Information request - bruising in non-mobile babies "
               "[Ref. 25/11/0932]", "Mon, 15 Dec 2025 10:42:07 +0000",
               "<25-11-0932.reply@kent.gov.uk>", "<req-kent-0932@example.org>")
    msg.set_content(plain, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    msg.set_boundary("=_kent_alt_0932")
    return msg.as_bytes(policy=POLICY), [intro] + [x for n in T.ALL for x in a[n]] + legal


def st_albans(spec: dict) -> tuple[bytes, list[str]]:
    intro = (
        "Thank you for your email of 13 Nov. 2025 asking five questions (Nos. 1–5) about "
        "the review of safeguarding policies on bruising in non-mobile infants."
    )
    sig = [
        "Mr. G. Ashworth", "Information Governance Officer",
        "St Albans City and District Council", "Civic Centre, St. Peter's St., St. Albans",
        "Office hours: 9 a.m. to 5 p.m., Mon. to Fri.",
    ]
    ico = ("If you are unhappy with this response you may ask for an internal review, "
           "and then contact the Information Commissioner's Office: " + T.ICO)
    body = "".join(f"<p>{escape(p)}</p>" for p in spec["answers"]["1"])
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">'
        "<p>Dear Sir/Madam,</p><p><strong>Freedom of Information request – Ref. "
        f"SADC/FOI/2025/1290</strong></p><p>{escape(intro)}</p>{body}"
        "<p>Yours faithfully,</p><p>" + "<br>".join(escape(s) for s in sig) + "</p>"
        f'<p style="font-size:8pt;color:#666">{escape(ico)}</p></body></html>'
    )
    msg = base('"Information Governance" <foi@stalbans.gov.uk>',
               "FOI Ref. SADC/FOI/2025/1290 - bruising in non-mobile infants",
               "Thu, 20 Nov 2025 15:04:11 +0000", "<sadc-foi-2025-1290@stalbans.gov.uk>",
               None)
    msg.set_content(html, subtype="html", cte="base64")
    return msg.as_bytes(policy=POLICY), [intro] + spec["answers"]["1"] + [ico]


def northumberland(pdf: bytes) -> bytes:
    orig = original("FOI Northumberland", "18 November 2025 19:40",
                    "FOI request: bruising in non-mobile infants")
    plain = (
        "Dear Requester,\n\nPlease find attached the council's response to your request "
        "(Ref. NCC-FOI-4471), i.e. the letter dated 11 Dec. 2025.\n\nKind regards\n\n"
        "Ms. H. Robson\nInformation Governance Team\nNorthumberland County Council\n"
        "County Hall, Morpeth NE61 2EF\n\n________________________________\n"
        + quote(orig) + "\n"
    )
    msg = base('"FOI Northumberland" <foi@northumberland.gov.uk>',
               "RE: FOI request: bruising in non-mobile infants (NCC-FOI-4471)",
               "Thu, 11 Dec 2025 16:20:45 +0000", "<ncc-foi-4471@northumberland.gov.uk>",
               "<req-ncc-4471@example.org>")
    msg.set_content(plain)
    msg.add_attachment(pdf, maintype="application", subtype="pdf",
                       filename="NCC-FOI-4471 response letter.pdf")
    msg.set_boundary("=_ncc_mixed_4471")
    return msg.as_bytes(policy=POLICY)


def sheffield(spec: dict) -> tuple[str, list[str]]:
    a = spec["answers"]
    head = [
        "===== CASE EXPORT =====",
        "Case Ref.:    FOI/25/04417",
        "Case type:    Freedom of Information",
        "Requester:    [redacted]",
        "Received:     12/11/2025",
        "Due:          10/12/2025",
        "Closed:       08/12/2025",
        "Outcome:      Information provided in full",
        "Handler:      Ms. A. Greaves, Information Management",
        "",
        "--- Response text ---",
        "",
        "Dear Requester,",
        "",
    ]
    intro = ("Sheffield City Council has considered your request. The answers below "
             "were provided by the Sheffield Children Safeguarding Partnership.")
    lines = head + [intro, ""]
    for n in T.ALL:
        lines += [f"Q{n}. {T.Q_FULL[int(n) - 1]}", ""]
        lines += [f"A{n}. {a[n][0]}"] + a[n][1:] + [""]
    tail = [
        "Re-use of this information: Open Government Licence, " + T.OGL,
        "Internal review: within 40 working days. ICO: " + T.ICO,
    ]
    lines += tail + ["", "--- End of export ---", T.SYNTH]
    return "\n".join(lines) + "\n", [intro] + [x for n in T.ALL for x in a[n]] + tail


def surrey(spec: dict) -> tuple[str, list[str]]:
    a = spec["answers"]
    head = [
        "SURREY COUNTY COUNCIL", "Information Governance Team", "",
        "Our Ref.: SCC-FOI-2025-11-3390", "Date: Friday 12 December 2025", "",
        "Dear Sir or Madam,", "",
        "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", "",
        "Thank you for your request, which we received on 14 Nov. 2025. You wrote:", "",
    ]
    quoted = [f'  "{i}. {q}"' for i, q in enumerate(T.Q_TYPO, start=1)]
    lines = head + quoted + ["", "Our response to each question is as follows.", ""]
    for n in T.ALL:
        lines += [f"Question {n}", "-" * 10] + a[n] + [""]
    tail = [
        "The information supplied may be re-used under the Open Government Licence.",
        "If you are not satisfied with this response you may ask for an internal review "
        "within 40 working days. If you remain unhappy, you can complain to the "
        "Information Commissioner's Office; its website is " + T.ICO,
    ]
    lines += tail + ["", "Yours faithfully,", "", "Mrs. T. Winters",
                     "Information Governance Officer", "", T.SYNTH]
    return "\n".join(lines) + "\n", [x for n in T.ALL for x in a[n]] + tail
