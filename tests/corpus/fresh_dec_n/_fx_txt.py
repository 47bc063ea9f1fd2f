"""Plain-text replies: a typed letter, a case-system export, a district's letter."""

from __future__ import annotations

import textwrap
from pathlib import Path

import _fx_specs_other as so
from _fx_common import (
    ICO_COMPLAIN,
    ICO_HOME,
    ICO_POST,
    OGL,
    PREAMBLE,
    QUESTIONS,
    SHORT_Q,
    SYNTH_LINE,
    Reject,
    all_answer_strings,
    flat,
)


def wrap(text: str, indent: str = "") -> str:
    # URLs are never broken: a reader copies them whole.
    return textwrap.fill(text, 78, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)  # fmt: skip


def finish(out: Path, lines: list[str]) -> None:
    out.write_text("\n".join(lines).rstrip() + f"\n\n{SYNTH_LINE}\n", encoding="utf-8")


def merton(out: Path) -> list[str]:
    r = so.MERTON
    reuse = ("You may re-use this information under the Open Government Licence "
             f"({OGL}).")
    rights = ("If you are unhappy with the way we have handled your request, you may "
              "ask for an internal review within 40 working days by writing to "
              "foi@merton.gov.uk. If you remain dissatisfied, you may complain to the "
              f"Information Commissioner, {ICO_POST}, {ICO_HOME}")  # fmt: skip
    lines = [
        "MERTON COUNCIL",
        "Information Governance | Civic Centre, London Road, Morden SM4 5DX",
        "",
        "Our ref: MER-FOI/25/1187",
        "Date: 10/12/2025",
        "",
        "Dear Sir/Madam",
        "",
        "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION",
        "",
        "Thank you for your request, received on 24/11/2025. You asked:",
        "",
        wrap('"' + PREAMBLE, "    "),
        "",
    ]
    for q in "12345":
        tail = '"' if q == "5" else ""
        lines += [wrap(f"{q}. {QUESTIONS[q]}{tail}", "    "), ""]
    lines += ["OUR RESPONSE", ""]
    for q in "12345":
        body = flat(r.answers[q])
        lines += [wrap(f"{q}. {body[0]}"), *[wrap(t) for t in body[1:]], ""]
    lines += [wrap(reuse), "", wrap(rights), "", "Yours faithfully", "",
              "Information Governance Team", "Merton Council", ""]  # fmt: skip
    finish(out, lines)
    return [*all_answer_strings(r), reuse, rights]


def middlesbrough(out: Path) -> list[str]:
    r = so.MIDDLESBROUGH
    rights = ("You can ask for an internal review of this response within 40 working "
              "days. You may also complain to the Information Commissioner's Office: "
              f"{ICO_COMPLAIN}")  # fmt: skip
    rule = "-" * 72
    lines = [
        "=== CASE EXPORT :: Information Requests Module ===",
        "Case reference ....: MBC/IR/2025/004519",
        "Case type .........: FOI",
        "Requester .........: [redacted]",
        "Received ..........: 21/11/2025",
        "Target date .......: 19/12/2025",
        "Closed ............: 18/12/2025",
        "Closure outcome ...: Information provided in part",
        "Handling team .....: Information Governance, Middlesbrough Council",
        rule,
        "REQUEST SUMMARY",
        "Review of bruising policy for non-mobile infants after the national panel",
        "briefing (Sept 2022); five questions.",
        rule,
        "RESPONSE SENT (email, 18/12/2025 15:42)",
        "",
        "Dear Requester,",
        "",
        "Please see our response to your request below.",
        "",
    ]
    for q in "1235":  # question 4 was left out of the reply as sent
        lines.append(f"Question {q} - {SHORT_Q[q]}")
        lines += [wrap(t) for t in flat(r.answers[q])]
        lines.append("")
    lines += [wrap(rights), "", "Regards", "Information Governance Team",
              "Middlesbrough Council", rule, "[end of export]"]  # fmt: skip
    finish(out, lines)
    return [*all_answer_strings(r), rights]


def wychavon(out: Path) -> list[str]:
    paras = [
        "Thank you for your request for information received on 24 November 2025 "
        "about the review of policies on bruising in non-mobile infants.",
        "Wychavon District Council is a district council. It does not provide "
        "children's social care and it is not one of the safeguarding partners for "
        "children in Worcestershire, so it does not hold this information.",
        "The information you have asked for is held by Worcestershire County Council "
        "and the Worcestershire Safeguarding Children Partnership. We have not "
        "transferred your request; please send it to Worcestershire County Council, "
        "whose details are at https://www.worcestershire.gov.uk/council-services/"
        "council-and-democracy/freedom-information",
        "If you are unhappy with this response you may ask us for an internal review. "
        f"You may also complain to the Information Commissioner at {ICO_HOME}",
    ]
    lines = [
        "Wychavon District Council",
        "Civic Centre, Queen Elizabeth Drive, Pershore, Worcestershire WR10 1PT",
        "",
        "Ref: WDC-FOI-2025-0877",
        "12 December 2025",
        "",
        "Dear Requester",
        "",
        "Request for information: policies on bruising in non-mobile infants",
        "",
    ]
    for text in paras:
        lines += [wrap(text), ""]
    lines += ["Yours sincerely", "", "Corporate Information Officer",
              "Wychavon District Council"]  # fmt: skip
    finish(out, lines)
    return paras


WALSALL_CLARIFY = Reject("walsall-clarification.txt", "clarification")


def walsall_clarify(out: Path) -> list[str]:
    paras = [
        "Thank you for your request for information about policies on bruising in "
        "non-mobile infants, received on 24 November 2025.",
        "Before we can deal with your request we need you to clarify what you mean "
        "by \"your safeguarding policies\". Do you mean Walsall Council's own "
        "policies, the West Midlands regional procedures used by Walsall "
        "Safeguarding Partnership, or both?",
        "We will not be able to progress your request until we receive your reply. "
        "The 20 working day period for responding will begin again on the day we "
        "receive it. If we do not hear from you within two months we will treat the "
        "request as withdrawn.",
    ]
    lines = [
        "From: Walsall Council Information Rights <informationrights@walsall.gov.uk>",
        "To: J Arden <j.arden.foi@example.org>",
        "Sent: 26/11/2025 11:02",
        "Subject: FOI 2526/1472 - clarification needed",
        "",
        "Dear J Arden,",
        "",
    ]
    for text in paras:
        lines += [wrap(text), ""]
    lines += ["Kind regards", "Information Rights Team", "Walsall Council"]
    finish(out, lines)
    return []


BUILDERS = {
    so.MERTON.file: (so.MERTON, merton),
    so.MIDDLESBROUGH.file: (so.MIDDLESBROUGH, middlesbrough),
    so.WYCHAVON.file: (so.WYCHAVON, wychavon),
    WALSALL_CLARIFY.file: (WALSALL_CLARIFY, walsall_clarify),
}
