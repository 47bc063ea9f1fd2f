"""PDF letters with gridded or borderless answer tables: Wigan, Hampshire, Kent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from fx_common import OGL, fields, reply, txt
from fx_pdf import band_head, build, cell, para, styles, text_head

ICO_MAKE = "https://ico.org.uk/make-a-complaint/"

WIGAN_Q = [
    "Was there a review of your safeguarding policies following the Panel's guidance? "
    "When did it take place and what did it conclude?",
    "Please provide any papers that record the outcome of that review.",
    "Does your policy require a section 47 investigation or a strategy discussion in "
    "every case?",
    "What changes were made to bring the policy into line with the evidence base and "
    "national guidelines?",
    "Has your definition of a child who is not independently mobile changed, and how is "
    "it defined now? In particular, are babies who can roll defined as not independently "
    "mobile, and is age used to decide?",
]
WIGAN_PROC = (
    "https://www.gmsafeguardingchildren.co.uk/bruising-protocol"
)
WIGAN_A: list[Any] = [
    "Yes. The Greater Manchester Safeguarding Procedures group reviewed the multi-agency "
    "protocol for bruising in babies and immobile children in March 2023, in direct "
    "response to the Panel's briefing. The review concluded that the protocol should keep "
    "a low threshold for referral, but that every case should first be appraised by a "
    "paediatrician before any decision about a strategy discussion is taken.",
    "No separate report was produced. The revised protocol, which records the outcome of "
    "the review in its version history, is published on the Greater Manchester "
    f"Safeguarding Procedures website: {WIGAN_PROC}",
    "No. A strategy discussion is not automatic. Every bruised non-mobile baby is seen by "
    "a paediatrician, and the outcome of that assessment, together with checks with "
    "children's social care, decides whether a strategy discussion under section 47 is "
    "needed.",
    [
        "The following changes were made:",
        "• a step requiring a same-day paediatric assessment before any referral decision;",
        "• a short list of questions for practitioners to ask parents about how the mark "
        "happened;",
        "• a leaflet for parents explaining why their baby is being assessed;",
        "• a clearer definition of independent mobility (see question 5).",
    ],
    "Yes. The definition was changed in the March 2023 revision. A baby is now treated as "
    "not independently mobile until they can crawl, bottom-shuffle, pull to stand or "
    "cruise. A baby who can only roll over is still regarded as not independently mobile. "
    "The definition is based on the child's developmental stage, not on age.",
]


def wigan(out: Path) -> dict[str, Any]:
    name = "wigan-question-response-grid.pdf"
    s = styles("Helvetica", 10)
    rows = [[para("Question", s["th"]), para("Response", s["th"])]]
    rows += [[cell(q, s["cell"]), cell(a, s["cell"])] for q, a in zip(WIGAN_Q, WIGAN_A)]
    table = Table(rows, colWidths=[6.2 * cm, 10.8 * cm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e8e5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
    ]))
    story = [
        para("Our ref: FOI/25/11873", s["body"]),
        para("Date: 14th January 2026", s["body"]),
        Spacer(1, 6),
        para("Dear Sir/Madam,", s["body"]),
        para("Request for information – bruising in babies who are not independently mobile",
             s["h"]),
        para("Thank you for your request, received on 2nd December 2025, which we have dealt "
             "with under the Freedom of Information Act 2000. You asked five questions about "
             "the review of local safeguarding policy that followed the Child Safeguarding "
             "Practice Review Panel's briefing of September 2022. Each question is set out "
             "in the left-hand column of the table below, with our response alongside it.",
             s["body"]),
        table,
        Spacer(1, 10),
        para("Most information we provide can be re-used under the terms of the Open "
             f"Government Licence ({OGL}).", s["body"]),
        para("If you are unhappy with the way your request has been handled you may ask for "
             "an internal review by writing to the Information Governance Team within 40 "
             "working days of this letter, quoting the reference above.", s["body"]),
        para("If you remain dissatisfied after the internal review, you can complain to the "
             "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
             f"Cheshire SK9 5AF ({ICO_MAKE}).", s["body"]),
        para("Yours faithfully,", s["body"]),
        para("Information Governance Officer<br/>Wigan Council", s["body"]),
    ]
    head = band_head("Wigan Council", ["Information Governance Team",
                                       "Legal and Governance Directorate"], "#00594f")
    build(out / name, story, "Wigan Council", "FOI/25/11873", "Helvetica", head)
    return reply(
        name, "pdf", "Wigan Metropolitan Borough Council", "E08000010", "answered", [],
        [txt(a) for a in WIGAN_A], ["answered"] * 5,
        fields("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no"),
        [WIGAN_PROC, OGL, ICO_MAKE],
    )


HANTS_Q = [
    "Was their a review after the Panel's guidance; when; what was concluded",
    "Papers on the outcome of the review",
    "Does the policy require a s47 investigation or strategy discussion in all cases",
    "Changes made for consistency with the evidence base and national guidelines",
    "Changes to the definition of 'not independently mobile'; rolling babies; use of age",
]
HANTS_PROC = (
    "https://hipsprocedures.org.uk/bruising-protocol"
)
HANTS_BRIEF = "https://www.hampshirescp.org.uk/toolkits/bruising/"
HANTS_A: list[Any] = [
    [
        "Yes. The HIPS Procedures Group, on which the County Council's Children's Services "
        "Department is represented, reviewed the joint protocol 'Bruising and Injuries in "
        "Non-Mobile Children' at its meeting on 24 November 2022. The review was "
        "commissioned specifically in response to the Panel's briefing of 29 September "
        "2022, and the group took advice from the designated doctors for safeguarding "
        "children in all four areas.",
        "The group concluded that the protocol remained safe but was too rigid: it sent "
        "every case straight to a strategy discussion without first establishing the facts. "
        "It agreed that the protocol should be rewritten to add a proportionate initial "
        "assessment by a paediatrician and to give clearer guidance on talking to parents. "
        "The revised protocol was approved by the four partnerships and published in March "
        "2023.",
    ],
    [
        f"The revised protocol is published at {HANTS_PROC} and a seven-minute briefing for "
        f"practitioners summarising the changes is available at {HANTS_BRIEF}",
        "The minutes of the HIPS Procedures Group are not published, but the decision is "
        "recorded in them as follows: 'The group agreed to revise the protocol so that an "
        "initial paediatric assessment informs the decision whether a strategy discussion "
        "is required, in line with the national Panel's briefing.'",
    ],
    "No. Since the March 2023 revision the protocol requires that a bruised non-mobile "
    "child is referred to children's social care and seen by a paediatrician on the same "
    "day. Children's social care, with the paediatrician's findings, then decides whether "
    "a strategy discussion is needed. Section 47 enquiries follow only where the strategy "
    "discussion concludes that there is reasonable cause to suspect significant harm.",
    [
        "The main changes were the introduction of an initial paediatric assessment before "
        "any strategy discussion, a structured set of questions to help practitioners "
        "explore the explanation given by parents and carers, and a requirement to record "
        "the child's developmental stage as well as their age.",
        "The group also produced a leaflet for parents, translated into the six languages "
        "most often requested locally, and the four partnerships updated the training they "
        "offer. An audit of cases referred under the revised protocol, carried out in 2024, "
        "found that the new assessment step was being followed in nearly all cases.",
    ],
    "Yes. The previous protocol defined a non-mobile child by reference to age as well as "
    "development. The revised protocol removes any reference to age: a child is considered "
    "not independently mobile if they are not yet able to move from place to place by "
    "themselves, for example by crawling, bottom-shuffling, cruising or walking. Babies who "
    "can roll over are regarded as having begun to move independently and are therefore "
    "treated as mobile under the protocol, although practitioners are asked to consider "
    "whether rolling could explain the injury seen.",
]

HANTS_REQUEST = [
    "In September 2022 the national Child Safeguarding Practice Review Panel asked every "
    "safeguarding partner to look again at its policies on bruising in babies who are not "
    "mobile, to make sure they are consistent with the evidence and national guidelines. "
    "Please answer the following:",
    "1. Was their a review of your safeguarding policies after the guidance came out, when "
    "did it happen and what was decided?",
    "2. Please send me any papers about what the review found.",
    "3. Does your policy mean there must be a s47 investigation or a strategy discussion "
    "in all cases?",
    "4. What was changed so that the policy is consistent with the evidence and national "
    "guidelines?",
    "5. Has your definition of not independently mobile changed and what is it now? Do "
    "babies who can roll count as not independently mobile? Is age used?",
]


def hampshire(out: Path) -> dict[str, Any]:
    name = "hampshire-numbered-borderless.pdf"
    s = styles("Helvetica", 10)
    quote = s["body"].clone("quote", leftIndent=14, textColor=colors.HexColor("#333333"))
    rows = [[para(h, s["th"]) for h in ("No.", "Question (summary)", "Response")]]
    rows += [
        [para(str(i), s["cell"]), cell(q, s["cell"]), cell(a, s["cell"])]
        for i, (q, a) in enumerate(zip(HANTS_Q, HANTS_A), start=1)
    ]
    table = Table(rows, colWidths=[1.1 * cm, 4.6 * cm, 11.3 * cm], repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.HexColor("#005eb8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
    ]))
    story: list = [
        para("Freedom of Information Act 2000 – our reference HCC/FOI/2025/04417", s["h"]),
        para("09/01/2026", s["body"]),
        para("Dear Requester,", s["body"]),
        para("Thank you for your email of 28/11/2025. For ease of reference we have "
             "summarised each part of your request in the table below. The full wording of "
             "your request was:", s["body"]),
    ]
    story += [para(t, quote) for t in HANTS_REQUEST]
    story += [
        para("Hampshire is one of four local authorities whose multi-agency child protection "
             "procedures are written jointly (the HIPS procedures, covering Hampshire, the "
             "Isle of Wight, Portsmouth and Southampton). Our answers therefore refer in "
             "places to work carried out jointly with the other three areas.", s["body"]),
        para("Where an answer continues onto the next page, the column headings are repeated "
             "at the top of that page.", s["body"]),
        table,
        Spacer(1, 8),
        para("If you are not satisfied with this response you may ask for an internal review "
             "within 40 working days. If you are still not satisfied after that, you may "
             "apply to the Information Commissioner, whose website is https://ico.org.uk/.",
             s["body"]),
        para("Children's Services Information Requests Team<br/>Hampshire County Council",
             s["body"]),
    ]
    head = text_head("Hampshire County Council",
                     ["Children's Services Department", "Information Requests"],
                     "Helvetica", "#005eb8")
    pages = build(out / name, story, "Hampshire County Council", "HCC/FOI/2025/04417",
                  "Helvetica", head)
    assert pages >= 2, "the Hampshire table must break across a page"
    return reply(
        name, "pdf", "Hampshire County Council", "E10000014", "answered", [],
        [txt(a, "\n\n") for a in HANTS_A], ["answered"] * 5,
        fields("formal", "2022-11", "yes", "no", "yes", "yes", "no", "no"),
        [HANTS_PROC, HANTS_BRIEF, "https://ico.org.uk/"],
    )


KENT_Q = [
    "Was there a review of safeguarding policies after the Panel's guidance? When, and "
    "with what conclusion?",
    "Papers on the outcome of the review.",
    "Does your policy require a section 47 investigation or strategy discussion in all "
    "cases?",
    "What changes were made for consistency with the evidence base and national "
    "guidelines?",
    "Has the definition of 'not independently mobile' changed? Are babies who roll "
    "included? Is age used?",
]
KENT_PROC = "https://www.kmscp.org.uk/bruising"
KENT_A = [
    "Yes. The Kent and Medway Safeguarding Children Partnership's Policy and Procedures "
    "Working Group reviewed the multi-agency protocol for bruising and injuries in "
    "non-mobile infants in July 2023, having set up the review in response to the Panel's "
    "briefing. The review concluded that the protocol should keep its low threshold for "
    "referral but should give more weight to an initial medical assessment and to the "
    "explanation given by the family.",
    "The review report was presented to the partnership's executive board and is being "
    "prepared for publication in the partnership's annual report, which is due to be "
    "published in April 2026. We are therefore withholding it at this time.",
    "No. Referral to children's social care and a medical assessment by a paediatrician "
    "are required in every case. A strategy discussion is held where the assessment or "
    "other information gives cause for concern; it is not automatic.",
    "The revised protocol, in use since September 2023, introduces a short practitioner "
    "checklist, makes clear that a paediatric assessment must take place within 24 hours, "
    f"and adds a section on supporting parents during the assessment. It is available at "
    f"{KENT_PROC}",
    "Yes, the definition was clarified. All infants under 12 months who are not yet "
    "crawling, cruising or walking are treated as not independently mobile. Rolling over "
    "is not regarded as independent mobility, so a baby who can roll is included in the "
    "definition.",
]
KENT_EX = ["None", "Section 22 – information intended for future publication", "None",
           "None", "None"]


def kent(out: Path) -> dict[str, Any]:
    name = "kent-exemption-column.pdf"
    s = styles("Times-Roman", 10.5)
    head_cells = ("Q", "Your question", "Our response", "Exemption applied")
    rows: list[list[Any]] = [[para(h, s["th"]) for h in head_cells]]
    for i in range(5):
        rows.append([para(str(i + 1), s["cell"]), para(KENT_Q[i], s["cell"]),
                     para(KENT_A[i], s["cell"]), para(KENT_EX[i], s["cell"])])
    table = Table(rows, colWidths=[0.8 * cm, 4.0 * cm, 8.6 * cm, 3.6 * cm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#444444")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    body = s["body"]
    story: list[Any] = [
        para("Ref: 25-FOI-09312", body),
        para("12 January 2026", body),
        para("Dear Sir or Madam,", body),
        para("Freedom of Information Act 2000 – your request about bruising in non-mobile "
             "infants", s["h"]),
        para("Thank you for your request received on 1 December 2025. I can confirm that "
             "Kent County Council holds information relevant to your request. Our response "
             "to each part is given in the table below. Where information has been withheld, "
             "the exemption applied is shown in the final column and our reasons are "
             "explained after the table.", body),
        table,
        Spacer(1, 10),
        Paragraph("<b>Section 22 – public interest test</b>", body),
        para("Section 22 is a qualified exemption, so we have weighed the public interest. "
             "There is a clear public interest in openness about how children are "
             "safeguarded and how agencies respond to national learning. However, the report "
             "will be published in full within a few months, and releasing it early, before "
             "the board's final comments are added, could give an incomplete picture. We "
             "have concluded that, at present, the public interest in maintaining the "
             "exemption outweighs the public interest in disclosure.", body),
        para("If you are not satisfied with our response you may ask for an internal review "
             "within two months of the date of this letter. You also have the right to "
             "complain to the Information Commissioner at https://ico.org.uk/ or by "
             "telephone on 0303 123 1113.", body),
        para("Yours faithfully,", body),
        para("Information Resilience and Transparency Team<br/>Kent County Council", body),
    ]
    head = text_head("KENT COUNTY COUNCIL", ["Information Resilience and Transparency",
                                            "Strategic and Corporate Services"],
                     "Times-Roman", "#1d3f6e")
    build(out / name, story, "Kent County Council", "25-FOI-09312", "Times-Roman", head)
    return reply(
        name, "pdf", "Kent County Council", "E10000016", "partial", ["s22"],
        KENT_A, ["answered", "refused", "answered", "answered", "answered"],
        fields("formal", "2023-07", "no", "no", "yes", "yes", "yes", "yes", 12),
        [KENT_PROC, "https://ico.org.uk/"],
    )


def build_all(out: Path) -> list[dict[str, Any]]:
    return [wigan(out), hampshire(out), kent(out)]
