"""Email replies built with Python's email package (.eml files)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from html import escape
from pathlib import Path

import _fx_specs_other as so
from _fx_common import (
    ICO_COMPLAIN,
    ICO_HOME,
    PREAMBLE,
    QUESTIONS,
    SHORT_Q,
    Reject,
    all_answer_strings,
    flat,
)
from _fx_docx import north_somerset_attachment
from _fx_pdf import tower_hamlets_attachment

REQUESTER = "J Arden <j.arden.foi@example.org>"
PANEL_URL = "https://www.gov.uk/government/publications/bruising-in-non-mobile-infants"


def base_message(sender: str, subject: str, date: str, msg_id: str) -> EmailMessage:
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = REQUESTER
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{msg_id}>"
    msg["X-Synthetic-Test-Document"] = "yes"
    return msg


def write(msg: EmailMessage, out: Path, tag: str) -> None:
    """Fixed MIME boundaries so that the file is byte-stable."""
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_fx_{tag}_{n}")
    out.write_bytes(msg.as_bytes())


def original_request(council: str) -> list[str]:
    """The requester's first message, quoted below a reply (its URL is not the
    council's)."""
    lines = [
        f"Dear {council},",
        "",
        PREAMBLE + f" (see {PANEL_URL})",
        "",
        *[f"{q}. {QUESTIONS[q]}" for q in "12345"],
        "",
        "Yours faithfully,",
        "J Arden",
    ]
    return lines


def notts(out: Path) -> list[str]:
    r = so.NOTTS
    intro = ("Thank you for your email of 20 November 2025. Please find our response "
             "to each of your questions below.")  # fmt: skip
    rights = ("If you are unhappy with this response you can ask for an internal "
              "review by replying to this email. If you remain unhappy you may "
              f"complain to the Information Commissioner: {ICO_COMPLAIN}")  # fmt: skip
    sig = ["Kind regards", "", "Sam Whitlock", "FOI Officer | Complaints and "
           "Information Team", "Nottinghamshire County Council",
           "County Hall, West Bridgford, Nottingham NG2 7QP",
           "https://www.nottinghamshire.gov.uk/freedom-of-information"]  # fmt: skip
    text = ["Dear Requester,", "", "Freedom of Information request NCC-068812", "",
            intro, ""]  # fmt: skip
    html = [f"<p>Dear Requester,</p><p><b>Freedom of Information request "
            f"NCC-068812</b></p><p>{escape(intro)}</p>"]  # fmt: skip
    for q in "12345":
        answer = flat(r.answers[q])
        text += [f"Q{q} - {SHORT_Q[q]}", "Response: " + "\n\n".join(answer), ""]
        html.append(f"<p><b>Q{q} - {escape(SHORT_Q[q])}</b></p>")
        html += [f"<p>{escape(a)}</p>" for a in answer]
    quoted = [
        "-----Original Message-----",
        f"From: {REQUESTER}",
        "Sent: 20 November 2025 09:14",
        "To: FOI <foi@nottscc.gov.uk>",
        "Subject: Freedom of Information request - bruising in non-mobile infants",
        "",
        *original_request("Nottinghamshire County Council"),
    ]
    text += [rights, "", *sig, "", *quoted]
    html.append(f"<p>{escape(rights)}</p><p>" + "<br>".join(escape(s) for s in sig))
    html.append("</p><hr><div style='color:#555'>" +
                "<br>".join(escape(s) for s in quoted) + "</div>")  # fmt: skip
    msg = base_message("Nottinghamshire County Council FOI <foi@nottscc.gov.uk>",
                       "RE: Freedom of Information request - bruising in non-mobile "
                       "infants [NCC-068812]", "Mon, 08 Dec 2025 14:22:05 +0000",
                       "NCC-068812.reply@nottscc.gov.uk")  # fmt: skip
    msg["In-Reply-To"] = "<req-20251120-0914@example.org>"
    msg.set_content("\n".join(text) + "\n", cte="quoted-printable")
    msg.add_alternative("<html><body>" + "".join(html) + "</body></html>\n",
                        subtype="html", cte="quoted-printable")  # fmt: skip
    write(msg, out, "notts")
    return [intro, *all_answer_strings(r), rights, *sig]


def greenwich(out: Path) -> list[str]:
    r = so.GREENWICH
    rights = ("You have the right to ask for an internal review. After that, you "
              "may complain to the Information Commissioner's Office at "
              f"{ICO_HOME}.")  # fmt: skip
    disclaimer = ("This email and any files sent with it are confidential and "
                  "intended only for the addressee. Royal Borough of Greenwich, "
                  "The Woolwich Centre, 35 Wellington Street, London SE18 6HQ. "
                  "https://www.royalgreenwich.gov.uk")  # fmt: skip
    parts = ["<html><head><meta charset='utf-8'></head><body style='font-family:"
             "Segoe UI,Arial;font-size:11pt'>",
             "<p>Hello,</p><p>Your request for information, reference "
             "<b>RBG/FOI/25/10077</b>, has been answered below.</p>"]  # fmt: skip
    for q in "12345":
        parts.append(f"<p><b>Question {q}</b><br><i>{escape(QUESTIONS[q])}</i></p>")
        parts += [f"<p>{escape(a)}</p>" for a in flat(r.answers[q])]
    parts += [f"<p>{escape(rights)}</p>",
              "<p>Best wishes,<br>Tomasz Wrobel<br>Information Governance "
              "Officer<br>Royal Borough of Greenwich</p>",
              f"<p style='font-size:8pt;color:#777'>{escape(disclaimer)}</p>",
              "</body></html>\n"]  # fmt: skip
    msg = base_message("FOI Team <foi@royalgreenwich.gov.uk>",
                       "Your FOI request RBG/FOI/25/10077",
                       "Thu, 11 Dec 2025 10:03:44 +0000",
                       "RBG-FOI-25-10077@royalgreenwich.gov.uk")  # fmt: skip
    msg.set_content("".join(parts), subtype="html", cte="base64")
    write(msg, out, "rbg")
    return [*all_answer_strings(r), rights, disclaimer]


def tower_hamlets(out: Path) -> list[str]:
    pdf, reading = tower_hamlets_attachment()
    body = [
        "Dear Requester,",
        "",
        "Please find attached the Council's response to your Freedom of "
        "Information request, reference FOI-TH-25-4420.",
        "",
        "Kind regards",
        "Information Governance",
        "Tower Hamlets Council",
        "Town Hall, 160 Whitechapel Road, London E1 1BJ",
        "https://www.towerhamlets.gov.uk/foi",
    ]
    msg = base_message("Tower Hamlets FOI <foi@towerhamlets.gov.uk>",
                       "FOI-TH-25-4420 - Response",
                       "Tue, 16 Dec 2025 16:51:09 +0000",
                       "FOI-TH-25-4420-resp@towerhamlets.gov.uk")  # fmt: skip
    msg.set_content("\n".join(body) + "\n")
    msg.add_attachment(pdf, maintype="application", subtype="pdf",
                       filename="FOI-TH-25-4420 response.pdf")  # fmt: skip
    write(msg, out, "th")
    return [*body, *reading]


def north_somerset(out: Path) -> list[str]:
    docx, reading = north_somerset_attachment()
    body = [
        "Good afternoon,",
        "",
        "Please see the attached letter, which responds to your request for "
        "information about bruising in non-mobile infants (our reference "
        "NSC/FOI/12873).",
        "",
        "Regards,",
        "Freedom of Information Team",
        "North Somerset Council",
        "How we use your information: https://www.n-somerset.gov.uk/privacy",
    ]
    msg = base_message("North Somerset Council <foi@n-somerset.gov.uk>",
                       "Freedom of Information request NSC/FOI/12873",
                       "Fri, 19 Dec 2025 13:31:27 +0000",
                       "NSC-FOI-12873@n-somerset.gov.uk")  # fmt: skip
    msg.set_content("\n".join(body) + "\n")
    msg.add_alternative("<html><body>" + "".join(
        f"<p>{escape(line)}</p>" for line in body if line) + "</body></html>\n",
        subtype="html")  # fmt: skip
    msg.add_attachment(docx, maintype="application",
                       subtype="vnd.openxmlformats-officedocument."
                       "wordprocessingml.document",
                       filename="NSC-FOI-12873 response.docx")  # fmt: skip
    write(msg, out, "nsc")
    return [*body, *reading]


HARROW_ACK = Reject("harrow-acknowledgement.eml", "acknowledgement")


def harrow_ack(out: Path) -> list[str]:
    body = [
        "Dear Ms Arden,",
        "",
        "Thank you for your request for information about policies on bruising in "
        "non-mobile infants, which we received on 24 November 2025 and are handling "
        "under the Freedom of Information Act 2000.",
        "",
        "Your reference number is HC-FOI-7716. Please quote it in any "
        "correspondence.",
        "",
        "We will respond promptly and in any event within 20 working days, that is "
        "by 22 December 2025. If we need more information from you, or if a fee is "
        "payable, we will let you know.",
        "",
        "Information Governance",
        "Harrow Council",
        "",
        "This is an automated acknowledgement. Please do not reply to this message.",
    ]
    msg = base_message("Harrow Council FOI <foi@harrow.gov.uk>",
                       "Acknowledgement: HC-FOI-7716",
                       "Mon, 24 Nov 2025 09:30:12 +0000",
                       "HC-FOI-7716-ack@harrow.gov.uk")  # fmt: skip
    msg.set_content("\n".join(body) + "\n")
    write(msg, out, "hack")
    return []


BUILDERS = {
    so.NOTTS.file: (so.NOTTS, notts),
    so.GREENWICH.file: (so.GREENWICH, greenwich),
    so.TOWER_HAMLETS.file: (so.TOWER_HAMLETS, tower_hamlets),
    so.NORTH_SOMERSET.file: (so.NORTH_SOMERSET, north_somerset),
    HARROW_ACK.file: (HARROW_ACK, harrow_ack),
}
