"""Synthetic replies to the s47 medicals request (foi/campaigns/s47_medicals.toml), written
for this project's tests and its demo mirror: every figure and every council's position in
them is invented. Each reply comes with what a careful reader takes from it, in the corpus
label format (`fields` with counts by year, `outcome`), so the tests can check the parser
and `foi eval` can score it.

Shapes: a text letter with a table of years as rows; an HTML page with years as columns; a
Word letter with one table per question; a PDF with a table laid out in columns; an email
listing the figures; a letter in prose; calendar years; all injuries; suppressed figures in
five spellings; an email whose answer is an attached PDF; a refusal under s12; a partial
reply that points to the NHS for the medicals; and two documents that are not replies.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from tests import builders

YEARS = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]
MARK = "[Synthetic test document - not a real council response]"
REQUEST = (
    "Under the FOI Act, please provide, for each financial year from 2019/20 to 2024/25:",
    "1. The number of section 47 enquiries started for children aged under one year where "
    "bruising was recorded as a reason for the enquiry.",
    "2. The number of child protection medical examinations carried out for children aged "
    "under one year because of bruising.",
    "3. If your records cannot separate bruising from other injuries, please give the figures "
    "for all injuries to children under one and tell me that you have done so.",
)


def counts(*values: Any) -> dict[str, Any]:
    return dict(zip(YEARS, values, strict=True))


@dataclass
class Reply:
    name: str
    data: bytes
    authority_code: str | None
    fields: dict[str, Any] = field(default_factory=dict)
    outcome: str | None = "answered"
    reject: str | None = None  # why it is not a reply (acknowledgement, other_request)
    exemptions: list[str] = field(default_factory=list)

    def label(self) -> dict[str, Any]:
        fmt = self.name.rsplit(".", 1)[-1]
        if self.reject:
            return {"file": self.name, "format": fmt, "reject": True, "why": self.reject}
        return {
            "file": self.name,
            "format": fmt,
            "authority_code": self.authority_code,
            "outcome": self.outcome,
            "exemptions": self.exemptions,
            "fields": self.fields,
        }


def _fmt(v: Any) -> str:
    return "-" if v is None else str(v)


# -- the replies -------------------------------------------------------------------------------


def leeds_table_txt() -> Reply:
    s47 = counts(14, 12, 17, 9, 11, 13)
    med = counts(6, "<5", 7, 5, "<5", 6)
    rows = "\n".join(
        f"{y:<12}{_fmt(a):<26}{_fmt(b)}"
        for y, a, b in zip(YEARS, s47.values(), med.values(), strict=True)
    )
    text = f"""Leeds City Council
Information Governance, PO Box 837, Leeds LS1 9PZ

Our reference: FOI-LCC-25-5512
Date: 4 December 2025

Dear Requester,

Thank you for your request for information, which we have dealt with under the Freedom of
Information Act 2000. You asked:

{REQUEST[0]}
{REQUEST[1]}
{REQUEST[2]}
{REQUEST[3]}

Our response to questions 1 and 2 is in the table below. Figures of fewer than five are shown
as <5 to protect the children concerned.

Financial year  Section 47 enquiries    CP medicals
{rows}

3. Not applicable: our records allow bruising to be identified, so the figures above are for
bruising only.

Yours sincerely,

Information Governance Team
Leeds City Council

{MARK}
"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("leeds-table.txt", text.encode(), "E08000035", fields)


def york_columns_html() -> Reply:
    s47 = counts(8, 10, "<5", 7, 9, 6)
    med = counts(3, "<5", "<5", 4, "<5", 3)
    head = "".join(f"<th>{y}</th>" for y in YEARS)
    r1 = "".join(f"<td>{v}</td>" for v in [8, 10, "fewer than five", 7, 9, 6])
    r2 = "".join(f"<td>{v}</td>" for v in [3, "*", "*", 4, "*", 3])
    html = f"""<!doctype html><html><head><title>FOI response YORK-FOI-9921 - City of York Council</title></head>
<body><header class="site-header">City of York Council</header>
<main>
<h1>Freedom of Information response YORK-FOI-9921</h1>
<p>Dear Requester,</p>
<p>You asked for the number of section 47 enquiries and child protection medicals for children
under one where bruising was recorded, for each financial year from 2019/20 to 2024/25.</p>
<p>The figures are below. Numbers below five are shown as * or in words, in line with our
disclosure policy.</p>
<table class="figures">
<thead><tr><th>Measure</th>{head}</tr></thead>
<tbody>
<tr><td>Section 47 enquiries (bruising recorded)</td>{r1}</tr>
<tr><td>Child protection medicals (bruising)</td>{r2}</tr>
</tbody></table>
<p>Question 3: we were able to separate bruising from other injuries, so this does not apply.</p>
<p>Yours sincerely,<br>FOI Team, City of York Council</p>
<p>{MARK}</p>
</main></body></html>"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("york-columns.html", html.encode(), "E06000014", fields)


def kent_two_tables_docx() -> Reply:
    s47 = counts(41, 38, 45, None, 39, 44)
    med = counts(19, 17, "<5", 21, 18, 20)
    p = builders.para
    body = (
        p("Kent County Council", bold=True)
        + p("Freedom of Information request reference KCC/FOI/25/3390")
        + p("Dear Requester,")
        + p("Thank you for your request. Please find our response below.")
        + p(
            "1. The number of section 47 enquiries started for children aged under one year "
            "where bruising was recorded as a reason for the enquiry.",
            bold=True,
        )  # fmt: skip
        + builders.table(
            [
                ["Financial year", "Number"],
                *[[y, _fmt(v) if v is not None else "Not recorded"] for y, v in s47.items()],
            ]
        )
        + p("The figure for 2022/23 is not available because of a change of case system.")
        + p(
            "2. The number of child protection medical examinations carried out for children "
            "aged under one year because of bruising.",
            bold=True,
        )  # fmt: skip
        + builders.table(
            [
                ["Financial year", "Number"],
                *[[y, "1-4" if v == "<5" else str(v)] for y, v in med.items()],
            ]
        )
        + p("3. Not applicable.", bold=True)
        + p("Yours sincerely,")
        + p("Information Resilience and Transparency Team, Kent County Council")
        + p(MARK)
    )
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("kent-two-tables.docx", builders.docx(body), "E10000016", fields)


def _pdf(lines: list[str | tuple[str, ...]], columns: tuple[int, ...] = (56, 190, 360)) -> bytes:
    """A letter whose tuples are table rows laid out in columns (as a PDF's text sits)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _, height = A4
    y = height - 70
    c.setFont("Helvetica", 10)
    for line in lines:
        if y < 70:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = height - 70
        if isinstance(line, tuple):
            for x, cell in zip(columns, line, strict=False):
                c.drawString(x, y, cell)
        else:
            c.drawString(56, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def norfolk_pdf() -> Reply:
    s47 = counts(52, 48, 57, 61, 55, 59)
    med = counts(23, 20, 26, 28, 24, 27)
    lines: list[str | tuple[str, ...]] = [
        "Norfolk County Council",
        "County Hall, Martineau Lane, Norwich NR1 2DH",
        "",
        "Freedom of Information Act 2000 - Request ref NCC-FOI-25-7740",
        "",
        "Dear Requester,",
        "We have considered your request for figures on section 47 enquiries and child",
        "protection medicals for children under one, for each financial year from 2019/20.",
        "",
        "Our case management system does not record bruising separately from other injuries,",
        "so we cannot separate bruising from other injuries. As you asked, we have given the",
        "figures for all injuries to children under one instead.",
        "",
        ("Year", "S47 enquiries (all injuries)", "CP medicals (all injuries)"),
        *[(y, str(a), str(b)) for y, a, b in zip(YEARS, s47.values(), med.values(), strict=True)],
        "",
        "Yours sincerely,",
        "Information Compliance Team, Norfolk County Council",
        MARK,
    ]
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "all_injuries",
        "year_basis": "financial",
    }
    return Reply("norfolk-all-injuries.pdf", _pdf(lines), "E10000020", fields)


def _email(
    sender: str, subject: str, body: str, attachment: tuple[str, bytes, str] | None = None
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Sam Requester <sam.requester@example.org>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 09 Dec 2025 11:20:00 +0000"
    msg["Message-ID"] = f"<{hashlib.sha256(subject.encode()).hexdigest()[:12]}.s47@example.invalid>"
    msg.set_content(body)
    if attachment:
        name, data, subtype = attachment
        maintype = "application"
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes(policy=SMTP)


def derby_list_eml() -> Reply:
    s47 = counts(21, 19, 25, 23, 20, 22)
    med = counts(9, 8, "<5", 11, 7, 10)
    body = (
        "Dear Sam,\n\nFreedom of Information request DCC-FOI-8812: section 47 enquiries and "
        "child protection medicals, children under one.\n\n"
        "1. Section 47 enquiries started where bruising was recorded as a reason:\n"
        + "\n".join(f"{y}: {v}" for y, v in s47.items())
        + "\n\n2. Child protection medical examinations because of bruising:\n"
        + "\n".join(f"{y}: {'less than 5' if v == '<5' else v}" for y, v in med.items())
        + "\n\n3. Not applicable - these figures are for bruising.\n\n"
        "Kind regards,\nInformation Governance\nDerby City Council\n\n" + MARK + "\n"
    )
    data = _email(
        "Derby City Council FOI <foi@derby.gov.uk>",
        "RE: FOI request DCC-FOI-8812 - section 47 enquiries and medicals",
        body,
    )
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("derby-list.eml", data, "E06000015", fields)


def bristol_prose_txt() -> Reply:
    s47 = counts(31, 27, 35, 29, 33, 30)
    med = counts(12, 10, 14, 11, 13, 12)
    sentences = " ".join(
        f"In {y} there were {a} section 47 enquiries and {b} child protection medicals."
        for y, a, b in zip(YEARS, s47.values(), med.values(), strict=True)
    )
    text = f"""Bristol City Council
PO Box 3399, Bristol BS1 9NE

Dear Requester

Re: Freedom of Information request BCC-25-10443

Thank you for your request about section 47 enquiries and child protection medical
examinations for children under one year where bruising was recorded.

{sentences}

All of these figures relate to bruising only; we did not need to include other injuries.

Yours faithfully

Bristol City Council Information Rights Team

{MARK}
"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("bristol-prose.txt", text.encode(), "E06000023", fields)


def sheffield_calendar_html() -> Reply:
    s47 = counts(17, 15, 19, 18, 16, 20)
    med = counts(7, 6, 8, "<5", 6, 9)
    rows = "".join(
        f"<tr><td>{2019 + i}</td><td>{a}</td><td>{'&lt;5' if b == '<5' else b}</td></tr>"
        for i, (a, b) in enumerate(zip(s47.values(), med.values(), strict=True))
    )
    html = f"""<html><head><title>Disclosure: section 47 enquiries and medicals, babies under one</title></head>
<body><div id="content">
<h1>Section 47 enquiries and child protection medicals for babies under one</h1>
<p>Sheffield City Council, reference FOI/SCC/4410.</p>
<p>Please note that our performance reports are produced by calendar year, so the figures
below are for calendar years (January to December) rather than financial years.</p>
<table><tr><th>Calendar year</th><th>Section 47 enquiries (bruising)</th><th>Child protection medicals (bruising)</th></tr>
{rows}</table>
<p>We were able to identify bruising in our records, so question 3 does not apply.</p>
<p>{MARK}</p>
</div></body></html>"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "calendar",
    }
    return Reply("sheffield-calendar.html", html.encode(), "E08000019", fields)


def attached_pdf_eml() -> Reply:
    s47 = counts(11, 9, 13, 12, "<5", 10)
    med = counts(5, "<5", 6, 5, "<5", "<5")
    lines: list[str | tuple[str, ...]] = [
        "Stockport Metropolitan Borough Council",
        "Freedom of Information response SMBC-FOI-5530",
        "",
        "Dear Requester,",
        "You asked about section 47 enquiries and child protection medicals for children under",
        "one where bruising was a reason. The figures for each financial year are:",
        "",
        ("Year", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"),
        ("S47 enquiries", *("<5" if v == "<5" else str(v) for v in s47.values())),
        ("CP medicals", *("<5" if v == "<5" else str(v) for v in med.values())),
        "",
        "Question 3 does not apply: bruising is recorded as such in our system.",
        "",
        "Yours sincerely, Information Governance, Stockport Council",
        MARK,
    ]
    pdf = _pdf(lines, columns=(56, 150, 215, 280, 345, 410, 475))
    body = "Dear Requester,\n\nPlease find attached our response to your Freedom of Information request SMBC-FOI-5530.\n\nRegards,\nStockport Council\n"
    data = _email(
        "Stockport Council <foi@stockport.gov.uk>",
        "FOI SMBC-FOI-5530 response",
        body,
        ("SMBC-FOI-5530 response.pdf", pdf, "pdf"),
    )
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("stockport-attached.eml", data, "E08000007", fields)


def camden_s12_txt() -> Reply:
    text = f"""London Borough of Camden
Freedom of Information request CAM-FOI-2025-6619

Dear Requester,

You asked for the number of section 47 enquiries and child protection medicals for children
under one year where bruising was recorded, for each financial year from 2019/20 to 2024/25.

The reason for a section 47 enquiry is recorded in free text in each child's case notes and
is not a reportable field. To answer your request we would need to read the case notes of
every enquiry for a child under one over six years, which we estimate would take well over
18 hours. We are therefore refusing your request under section 12 of the Freedom of
Information Act 2000 (cost of compliance exceeds the appropriate limit).

You may wish to narrow your request, for example to a single year.

Yours sincerely,
Information and Records Management, London Borough of Camden

{MARK}
"""
    fields = {
        "s47_enquiries": None,
        "cp_medicals": None,
        "injury_basis": "not_stated",
        "year_basis": "not_stated",
    }
    return Reply(
        "camden-s12.txt", text.encode(), "E09000007", fields, outcome="refused", exemptions=["s12"]
    )


def hull_partial_html() -> Reply:
    s47 = counts(16, 14, "<5", 18, 15, 17)
    rows = "".join(
        f"<tr><td>{y}</td><td>{'&lt;5' if v == '<5' else v}</td></tr>" for y, v in s47.items()
    )
    html = f"""<html><head><title>FOI response HCC-25-2291</title></head><body><main>
<p>Hull City Council - Freedom of Information response HCC-25-2291</p>
<p>Dear Requester,</p>
<h2>1. Section 47 enquiries (children under one, bruising recorded)</h2>
<table><tr><th>Year</th><th>Enquiries</th></tr>{rows}</table>
<h2>2. Child protection medical examinations</h2>
<p>The council does not hold this information. Child protection medicals are carried out by
paediatricians employed by Hull University Teaching Hospitals NHS Trust, who may hold it.</p>
<h2>3. All injuries</h2>
<p>Not applicable.</p>
<p>Yours sincerely, Information Governance, Hull City Council</p>
<p>{MARK}</p>
</main></body></html>"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": None,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("hull-partial.html", html.encode(), "E06000010", fields, outcome="partial")


def acknowledgement_eml() -> Reply:
    body = (
        "Dear Sam,\n\nThank you for your request for information about section 47 enquiries and "
        "child protection medicals for children under one, 2019/20 to 2024/25, which we received "
        "on 18 November 2025.\n\nYour request has been logged with reference LCC-FOI-7781 and we "
        "will respond within 20 working days.\n\nLancashire County Council\n\n" + MARK + "\n"
    )
    data = _email(
        "Lancashire County Council <foi@lancashire.gov.uk>",
        "Acknowledgement: FOI LCC-FOI-7781",
        body,
    )
    return Reply("lancashire-ack.eml", data, "E10000017", reject="acknowledgement", outcome=None)


def bruising_policy_txt() -> Reply:
    """A reply to the other campaign's request (bruising policy), not this one."""
    text = f"""Wigan Council - Freedom of Information response

1. Was there a review of your safeguarding policies after this guidance was published, when was it, and what did it conclude?
Yes. The partnership reviewed its procedure on bruising in non-mobile babies in March 2023.

2. Provide any papers that give information on the outcome of this review.
The minutes are attached.

3. Does your policy require a s47 investigation or strategy discussion in all cases?
No. A strategy discussion is held where the paediatric assessment raises concern.

4. What changes were put in place to provide consistency with the evidence base and national guidelines.
The definition of mobility was clarified.

5. Were there changes to your definition of when a child is not independently mobile and how is that now defined?
Yes: a baby who can roll is still not independently mobile.

{MARK}
"""
    return Reply(
        "wigan-other-request.txt", text.encode(), "E08000010", reject="other_request", outcome=None
    )


def nottingham_total_row_html() -> Reply:
    s47 = counts(26, 23, 29, 31, 27, 30)
    med = counts(11, 9, 12, 14, 10, 13)
    rows = "".join(
        f"<tr><td>{y.replace('/', '-')}</td><td>{a}</td><td>{b}</td></tr>"
        for y, a, b in zip(YEARS, s47.values(), med.values(), strict=True)
    )
    total = (
        f"<tr><td><b>Total</b></td><td>{sum(s47.values())}</td><td>{sum(med.values())}</td></tr>"
    )
    html = f"""<html><head><title>FOI NCC-2025-4410</title></head><body><main>
<p>Nottingham City Council, Freedom of Information response NCC-2025-4410.</p>
<p>Dear Requester, the information you asked for is below.</p>
<table><tr><th>Financial year</th><th>Number of section 47 enquiries</th><th>Number of child protection medicals</th></tr>
{rows}{total}</table>
<p>The figures relate to bruising; question 3 does not apply.</p>
<p>{MARK}</p></main></body></html>"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("nottingham-total-row.html", html.encode(), "E06000018", fields)


def essex_columns_docx() -> Reply:
    s47 = counts(64, 59, 71, 68, 66, 70)
    med = counts(25, 22, 27, "<5", 24, 26)
    header = ["", *(f"{y[:4]}-{int(y[:4]) + 1}" for y in YEARS), "Total"]
    row1 = ["Section 47 enquiries", *map(str, s47.values()), str(sum(s47.values()))]
    row2 = ["CP medicals", *("less than 5" if v == "<5" else str(v) for v in med.values()), "136"]
    p = builders.para
    body = (
        p("Essex County Council - Freedom of Information")
        + p("Our ref: CF-FOI-25-2211")
        + p("Dear Requester,")
        + p(
            "Please find below the numbers of section 47 enquiries and child protection medicals "
            "for children aged under one where bruising was recorded."
        )  # fmt: skip
        + builders.table([header, row1, row2])
        + p("We have been able to separate bruising from other injuries.")
        + p("Yours faithfully, Essex County Council")
        + p(MARK)
    )
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("essex-columns.docx", builders.docx(body), "E10000012", fields)


def surrey_prose_eml() -> Reply:
    s47 = counts(22, 25, 19, 24, 21, 23)
    med = counts(8, 9, 7, 10, "<5", 6)
    q1 = ", ".join(f"{v} in {y}" for y, v in s47.items())
    q2 = ", ".join(f"{'fewer than five' if v == '<5' else v} in {y}" for y, v in med.items())
    body = (
        "Dear Sam,\n\nRe: FOI SCC-7720\n\n"
        f"The number of section 47 enquiries started where the child was under one and bruising "
        f"was a reason was {q1}.\n\n"
        f"The number of child protection medical examinations because of bruising was {q2}.\n\n"
        "Our records identify bruising specifically, so we have not needed to include other "
        "injuries.\n\nKind regards,\nSurrey County Council\n\n" + MARK + "\n"
    )
    data = _email(
        "Surrey County Council <foi@surreycc.gov.uk>",
        "FOI SCC-7720: section 47 enquiries and child protection medicals",
        body,
    )
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("surrey-prose.eml", data, "E10000030", fields)


def lambeth_not_held_txt() -> Reply:
    text = f"""London Borough of Lambeth
Information Governance - FOI reference IR-25-33018

Dear Requester,

Your request asked for the number of section 47 enquiries and child protection medical
examinations for children under one where bruising was a reason, for each financial year from
2019/20 to 2024/25.

The council does not hold this information. Our case recording system does not capture the
reason for a section 47 enquiry in a reportable form, and child protection medicals are
arranged and recorded by health colleagues rather than the council.

Yours sincerely,
Information Governance, London Borough of Lambeth

{MARK}
"""
    fields = {
        "s47_enquiries": None,
        "cp_medicals": None,
        "injury_basis": "not_stated",
        "year_basis": "not_stated",
    }
    return Reply("lambeth-not-held.txt", text.encode(), "E09000022", fields, outcome="not_held")


def bolton_partial_years_txt() -> Reply:
    s47 = counts(None, None, 13, 15, 12, 14)
    med = counts(None, None, 6, "<5", 5, 7)
    text = f"""Bolton Council
Freedom of Information request BC-FOI-25-1180

Dear Requester,

Our children's social care system was replaced in April 2021. Figures before 2021/22 are not
available from the current system.

1. Section 47 enquiries (under one, bruising recorded):
2021/22: {s47["2021/22"]}
2022/23: {s47["2022/23"]}
2023/24: {s47["2023/24"]}
2024/25: {s47["2024/25"]}

2. Child protection medicals (under one, bruising):
2021/22: {med["2021/22"]}
2022/23: <5
2023/24: {med["2023/24"]}
2024/25: {med["2024/25"]}

3. Not applicable.

Yours sincerely, Bolton Council Information Governance

{MARK}
"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("bolton-partial-years.txt", text.encode(), "E08000001", fields)


def cornwall_zero_html() -> Reply:
    s47 = counts(0, 2, 0, 3, 1, 0)
    med = counts(0, 0, 0, 1, 0, 0)
    rows = "".join(
        f"<tr><td>{y}</td><td>{'Nil' if a == 0 else a}</td><td>{'0' if b == 0 else b}</td></tr>"
        for y, a, b in zip(YEARS, s47.values(), med.values(), strict=True)
    )
    html = f"""<html><body><article>
<p>Isles of Scilly Council - Freedom of Information response IOS-25-044</p>
<p>Thank you for your request about section 47 enquiries and child protection medicals.</p>
<table><tr><th>Year</th><th>S47 enquiries</th><th>CP medicals</th></tr>{rows}</table>
<p>These figures are for bruising.</p><p>{MARK}</p></article></body></html>"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("scilly-zeros.html", html.encode(), "E06000053", fields)


def wakefield_html_email() -> Reply:
    s47 = counts(33, 29, 35, 38, 36, 34)
    med = counts(15, 12, 16, 17, 14, 13)
    rows = "".join(
        f"<tr><td>{y}</td><td>{a}</td><td>{b}</td></tr>"
        for y, a, b in zip(YEARS, s47.values(), med.values(), strict=True)
    )
    html = (
        "<html><body><p>Dear Sam,</p><p>Our response to your request WMDC-FOI-6602 about section 47 "
        "enquiries and child protection medicals for children under one is below.</p>"
        "<table border='1'><tr><th>Financial Year</th><th>Section 47 Enquiries</th>"
        f"<th>Child Protection Medicals</th></tr>{rows}</table>"
        "<p>Kind regards</p><p>Wakefield Council Information Governance</p>"
        f"<p>{MARK}</p></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "Wakefield Council <foi@wakefield.gov.uk>"
    msg["To"] = "Sam Requester <sam.requester@example.org>"
    msg["Subject"] = "FOI WMDC-FOI-6602"
    msg["Date"] = "Wed, 10 Dec 2025 09:00:00 +0000"
    plain = "\n".join(
        [
            "Dear Sam,",
            "",
            "Our response to your request WMDC-FOI-6602 about section 47 enquiries and child "
            "protection medicals for children under one is below.",
            "",
            "Financial Year\tSection 47 Enquiries\tChild Protection Medicals",
            *(f"{y}\t{a}\t{b}" for y, a, b in zip(YEARS, s47.values(), med.values(), strict=True)),
            "",
            "Kind regards",
            "Wakefield Council Information Governance",
            MARK,
        ]
    )
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": med,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply("wakefield-html-email.eml", msg.as_bytes(policy=SMTP), "E08000036", fields)


def leicestershire_april_march_txt() -> Reply:
    s47 = counts(19, 17, 21, 18, 20, 22)
    lines = "\n".join(f"April {y[:4]} to March {int(y[:4]) + 1}: {v}" for y, v in s47.items())
    text = f"""Leicestershire County Council
FOI 25-4471

Dear Requester,

1. Section 47 enquiries for children under one with bruising recorded as a reason:
{lines}

2. We do not hold information about child protection medical examinations. These are
carried out by the University Hospitals of Leicester NHS Trust, who you may wish to contact.

3. Not applicable.

Yours sincerely, Leicestershire County Council

{MARK}
"""
    fields = {
        "s47_enquiries": s47,
        "cp_medicals": None,
        "injury_basis": "bruising",
        "year_basis": "financial",
    }
    return Reply(
        "leicestershire-april-march.txt", text.encode(), "E10000018", fields, outcome="partial"
    )


ALL = [
    nottingham_total_row_html,
    essex_columns_docx,
    surrey_prose_eml,
    lambeth_not_held_txt,
    bolton_partial_years_txt,
    cornwall_zero_html,
    wakefield_html_email,
    leicestershire_april_march_txt,
    leeds_table_txt,
    york_columns_html,
    kent_two_tables_docx,
    norfolk_pdf,
    derby_list_eml,
    bristol_prose_txt,
    sheffield_calendar_html,
    attached_pdf_eml,
    camden_s12_txt,
    hull_partial_html,
    acknowledgement_eml,
    bruising_policy_txt,
]


def replies() -> list[Reply]:
    return [make() for make in ALL]


def write_corpus(folder: Path) -> Path:
    """The replies and their labels.json, as `foi eval` reads a corpus."""
    folder.mkdir(parents=True, exist_ok=True)
    labels = []
    for r in replies():
        (folder / r.name).write_bytes(r.data)
        labels.append(r.label())
    (folder / "labels.json").write_text(json.dumps(labels, indent=1), "utf-8")
    return folder
