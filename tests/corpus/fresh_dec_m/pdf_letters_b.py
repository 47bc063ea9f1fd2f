"""PDF letters: Bristol (spanning question rows), Cheltenham (district, number column),
and a Lancashire reply to a different request (a reject)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Spacer, Table, TableStyle

from fx_common import NOT_STATED, fields, reject, reply
from fx_pdf import build, para, styles, text_head

BRISTOL_GUIDE = "https://bristolsafeguarding.org/policies-and-procedures/bruising-in-babies/"
BRISTOL_ICO = "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"
BRISTOL_Q = [
    "Question 1: Was there a review of your safeguarding policies after the guidance was "
    "issued? When was it, and what did it conclude?",
    "Question 2: Please provide any papers giving information on the outcome of the review.",
    "Question 3: Does your policy require a s47 investigation or a strategy discussion in "
    "all cases?",
    "Question 4: What changes were put in place to give consistency with the evidence base "
    "and national guidelines?",
    "Question 5: Were there changes to your definition of a child who is not independently "
    "mobile, and how is it now defined – are babies who can roll included, and is age "
    "used?",
]
BRISTOL_A = [
    "There was no formal review. The Keeping Bristol Safe Partnership's Policy and "
    "Procedures Subgroup discussed the Panel's briefing in the spring of 2023 and agreed "
    "that Bristol's multi-agency guidance on bruising in babies already reflected it, so "
    "no review was commissioned.",
    "No report was produced. The subgroup's action log for that meeting records the "
    "following: 'National Panel briefing on bruising in non-mobile infants discussed. Local "
    "guidance already requires a medical assessment and a conversation with parents before "
    "decisions are made. No amendment needed at this time.'",
    "Yes. Our guidance requires a strategy discussion in every case where a bruise is seen "
    "on a baby who is not independently mobile, so that health, police and children's "
    "social care can share what they know. The strategy discussion decides whether a "
    "section 47 enquiry is needed.",
    "None. The subgroup did not consider that any changes were required.",
    "No change has been made. The guidance describes a baby who is not independently "
    "mobile as one who is not yet moving around independently; it gives no further "
    "definition and does not use an age limit. The guidance is available at "
    f"{BRISTOL_GUIDE}",
]


def bristol(out: Path) -> dict[str, Any]:
    name = "bristol-spanning-rows.pdf"
    s = styles("Helvetica", 10)
    rows: list[list[Any]] = []
    cmds: list[tuple] = [
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7a7a7a")),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b0b0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, (q, a) in enumerate(zip(BRISTOL_Q, BRISTOL_A)):
        r = 2 * i
        rows.append([para(q, s["th"]), ""])
        rows.append([para("Response", s["cell"]), para(a, s["cell"])])
        cmds += [("SPAN", (0, r), (1, r)),
                 ("BACKGROUND", (0, r), (1, r), colors.HexColor("#e3ecf5"))]
    table = Table(rows, colWidths=[2.6 * cm, 14.4 * cm])
    table.setStyle(TableStyle(cmds))
    body = s["body"]
    story = [
        para("Reference: CAS-4471902-X2B8", body),
        para("8 January 2026", body),
        para("Dear Requester,", body),
        para("Thank you for your request for information about the local response to the "
             "national Panel's briefing on bruising in non-mobile infants. Please find our "
             "response below. We have repeated each of your questions in a shaded row, "
             "followed by our answer.", body),
        table,
        Spacer(1, 10),
        para("You are free to re-use this information under the Open Government Licence "
             "v3.0.", body),
        para("If you are dissatisfied with the handling of your request, you can ask for a "
             "review within 40 working days by emailing the Information Rights team. If you "
             "remain unhappy after the review, you can complain to the Information "
             f"Commissioner: {BRISTOL_ICO}", body),
        para("Regards,<br/>Information Rights Officer<br/>Bristol City Council", body),
    ]
    head = text_head("Bristol City Council", ["Information Rights", "Freedom of Information"],
                     "Helvetica", "#7b2c83")
    build(out / name, story, "Bristol City Council", "CAS-4471902-X2B8", "Helvetica", head)
    return reply(
        name, "pdf", "Bristol City Council", "E06000023", "answered", [],
        BRISTOL_A, ["answered"] * 5,
        fields("informal", "2023", "yes", "yes", "no", "no", "not_stated", "no"),
        [BRISTOL_GUIDE, BRISTOL_ICO],
    )


CHELT_A = [
    "Cheltenham Borough Council does not hold this information. Reviews of multi-agency "
    "safeguarding policy are carried out by the Gloucestershire Safeguarding Children "
    "Partnership, and Gloucestershire County Council holds the records of its work.",
    "Not held by this council. Any papers would be held by Gloucestershire County Council "
    "on behalf of the partnership.",
    "Not held. The multi-agency child protection procedures belong to the partnership; "
    "please direct this question to Gloucestershire County Council.",
    "Not held by this council. Gloucestershire County Council will be able to tell you "
    "about any changes made.",
    "Not held by this council. The definition used in the partnership's procedures is a "
    "matter for Gloucestershire County Council and its partners.",
]
CHELT_LINKS = [
    "https://www.gloucestershire.gov.uk/council-and-democracy/freedom-of-information/",
    "https://www.gscp.org.uk/",
    "https://ico.org.uk/make-a-complaint/",
]


def cheltenham(out: Path) -> dict[str, Any]:
    name = "cheltenham-district-numbers-only.pdf"
    s = styles("Helvetica", 9.5)
    rows = [[para(str(i), s["th"]), para(a, s["cell"])]
            for i, a in enumerate(CHELT_A, start=1)]
    table = Table(rows, colWidths=[1.0 * cm, 16.0 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    body = s["body"]
    story = [
        para("Date: 16 January 2026          Our reference: CBC-FOI-3391", body),
        para("Dear Requester,", body),
        para("Your request for information concerning the review of policies on bruising in "
             "non-mobile infants has been considered under the Freedom of Information Act "
             "2000.", body),
        para("Cheltenham Borough Council is a district council. It does not provide "
             "children's social care and is not one of the statutory safeguarding partners "
             "for children in Gloucestershire; those are Gloucestershire County Council, the "
             "Gloucestershire Integrated Care Board and Gloucestershire Constabulary, working "
             "together as the Gloucestershire Safeguarding Children Partnership. Our "
             "responses below are numbered to match your questions.", body),
        table,
        para("You can make a request to Gloucestershire County Council at "
             f"{CHELT_LINKS[0]} The partnership's procedures are published at "
             f"{CHELT_LINKS[1]}", body),
        para("If you are unhappy with this response you may ask for an internal review. You "
             "may then complain to the Information Commissioner's Office "
             f"({CHELT_LINKS[2]}).", body),
        para("Freedom of Information Officer<br/>Cheltenham Borough Council", body),
    ]
    head = text_head("Cheltenham Borough Council", ["Corporate Governance",
                                                    "Information Requests"],
                     "Helvetica", "#3b3b3b")
    build(out / name, story, "Cheltenham Borough Council", "CBC-FOI-3391", "Helvetica", head)
    return reply(
        name, "pdf", "Cheltenham Borough Council", None, "redirected", [],
        CHELT_A, ["redirected"] * 5, dict(NOT_STATED), CHELT_LINKS, sender_kind="district",
    )


def lancashire(out: Path) -> dict[str, Any]:
    """A reply to another request, laid out in a table like the others: must be rejected."""
    name = "lancashire-other-request-placements.pdf"
    s = styles("Times-Roman", 11)
    data = [["Year (at 31 March)", "Children looked after", "Placed more than 20 miles "
             "from home"], ["2023", "2,148", "412"], ["2024", "2,205", "437"],
            ["2025", "2,231", "455"]]
    table = Table([[para(c, s["th"] if r == 0 else s["cell"]) for c in row]
                   for r, row in enumerate(data)], colWidths=[4.5 * cm, 5 * cm, 7.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
    body = s["body"]
    story = [
        para("Freedom of Information request – reference LCC-FOI-25-7710", s["h"]),
        para("11 December 2025", body),
        para("Dear Requester,", body),
        para("You asked how many children looked after by Lancashire County Council were "
             "placed more than 20 miles from their home address on 31 March in each of the "
             "last three years. The figures are given in the table below.", body),
        table,
        Spacer(1, 8),
        para("Figures are taken from the council's annual return to the Department for "
             "Education and may differ slightly from those published nationally because of "
             "later data cleansing.", body),
        para("If you are unhappy with this response you may ask for an internal review.",
             body),
        para("Information Governance Team<br/>Lancashire County Council", body),
    ]
    head = text_head("Lancashire County Council", ["Information Governance"],
                     "Times-Roman", "#6d2077")
    build(out / name, story, "Lancashire County Council", "LCC-FOI-25-7710", "Times-Roman",
          head)
    return reject(name, "pdf", "other_request")


def build_all(out: Path) -> list[dict[str, Any]]:
    return [bristol(out), cheltenham(out), lancashire(out)]
