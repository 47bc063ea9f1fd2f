"""Word letters: Leeds (merged response cell), Essex (two tables), Camden (empty cell)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fx_common import OGL, fields, reply
from fx_docx import fill, header_row, new_doc, save, widths

LEEDS_Q = [
    "Was there a review of your safeguarding policies after the Panel's guidance, when was "
    "it and what did it conclude?",
    "Any papers on the outcome of that review.",
    "Does your policy require a section 47 investigation or strategy discussion in all "
    "cases?",
    "What changes were made for consistency with the evidence base and national "
    "guidelines?",
    "Did your definition of 'not independently mobile' change, how is it defined now, do "
    "babies who roll count, and is age used?",
]
LEEDS_L = [
    "https://www.proceduresonline.com/westyorkscb/p_bruising_non_mob.html",
    "https://www.leedsscp.org.uk/about-us/partnership-papers",
    OGL,
    "https://ico.org.uk/make-a-complaint/",
]
LEEDS_A = [
    "Yes. The West Yorkshire Consortium Procedures Group reviewed the practice guidance "
    "'Bruising in Children who are Not Independently Mobile' in January 2023, prompted by "
    "the Panel's briefing. The review concluded that the guidance should continue to "
    "require a referral for every bruise on a non-mobile baby, but that an initial "
    "appraisal by a paediatrician should come before any decision about a strategy "
    "discussion.",
    f"The revised guidance is published at {LEEDS_L[0]} . A report on the review went to "
    "the Leeds Safeguarding Children Partnership executive in March 2023; it is published "
    f"with the meeting papers at {LEEDS_L[1]} .",
    "No. A strategy discussion is held only where the paediatric appraisal, or other "
    "information, suggests that the child may be suffering significant harm.",
]
LEEDS_45 = (
    "Questions 4 and 5: The guidance was changed in three ways. An initial appraisal by a "
    "paediatrician now takes place before any decision on a strategy discussion; a leaflet "
    "explaining the process was written for parents; and the definition of 'not "
    "independently mobile' was rewritten. Under the new definition a baby is not "
    "independently mobile if they cannot yet crawl, bottom-shuffle, pull to stand or "
    "cruise. Babies who can roll over but do none of these things are still included. The "
    "definition does not depend on the baby's age."
)


def leeds(out: Path) -> dict[str, Any]:
    name = "leeds-merged-response.docx"
    d = new_doc("Leeds City Council", "FOI 2025-13440 response", "Arial",
                "Leeds City Council  |  Information Governance")
    d.add_heading("Freedom of Information Act 2000: response to request FOI 2025-13440", 1)
    d.add_paragraph("Date: 13 January 2026")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(
        "Thank you for your request, which was received on 3 December 2025. Leeds City "
        "Council's response is set out in the table below. Because our answers to your "
        "fourth and fifth questions overlap, we have given a single response to both.")
    t = d.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    header_row(t, ["No.", "Information requested", "Response"])
    for i, q in enumerate(LEEDS_Q, start=1):
        fill(t.cell(i, 0), str(i), bold=True)
        fill(t.cell(i, 1), q, bold=True)
        if i <= 3:
            fill(t.cell(i, 2), LEEDS_A[i - 1])
    merged = t.cell(4, 2).merge(t.cell(5, 2))
    fill(merged, LEEDS_45)
    widths(t, [1.3, 5.4, 9.9])
    d.add_heading("Re-use of information", 2)
    d.add_paragraph(
        "You may re-use the information in this response under the Open Government "
        f"Licence: {OGL}")
    d.add_heading("Your right to ask for a review", 2)
    d.add_paragraph(
        "If you are unhappy with this response, please write to the Information Governance "
        "Team within 40 working days, explaining why, and the decision will be reviewed by "
        "an officer who was not involved in the original response.")
    d.add_paragraph(
        "If you are still unhappy after the review you may complain to the Information "
        f"Commissioner: {LEEDS_L[3]}")
    d.add_paragraph("Yours sincerely,\nInformation Governance Team\nLeeds City Council")
    save(d, out / name)
    return reply(
        name, "docx", "Leeds City Council", "E08000035", "answered", [],
        LEEDS_A + [LEEDS_45, LEEDS_45], ["answered"] * 5,
        fields("formal", "2023-01", "yes", "no", "yes", "yes", "yes", "no"),
        LEEDS_L,
    )


ESSEX_Q = [
    "Was their a review of your safeguarding policies once the Panel's guidance came out? "
    "If so when, and what was the conclusion?",
    "Please send any papers giving the outcome of the review.",
    "Does your policy mean a s47 investigation or strategy discussion happens in every "
    "case?",
    "What has been changed to make the policy consistent with the evidence and with "
    "national guidance?",
    "Has your definition of 'not independently mobile' changed? How is it defined now – "
    "are babies who can roll counted as not independently mobile, and is it based on age?",
]
ESSEX_SET = "https://www.escb.co.uk/set-procedures/injuries-non-mobile-babies/"
ESSEX_ICO = "https://ico.org.uk/make-a-complaint/foi-and-eir-complaints/"
ESSEX_R = [
    "Yes. The Southend, Essex and Thurrock (SET) Child Protection Procedures Group reviewed "
    "the section of the SET procedures on injuries to non-mobile babies at its meeting on "
    "19/10/2022, in response to the Panel's briefing. It concluded that an initial health "
    "appraisal should take place before a decision is made about a strategy discussion, "
    "and that the section should be rewritten to make this clear. The amended section was "
    "issued in January 2023.",
    "An extract from the minutes of the meeting of 19/10/2022 is reproduced below the "
    f"tables. The amended procedures are published at {ESSEX_SET}",
    "No. A strategy discussion is held where the health appraisal or other information "
    "gives reasonable cause to suspect that the baby is suffering, or is likely to suffer, "
    "significant harm.",
    "Please see our response to question 1.",
    "No. The definition has not changed. The SET procedures treat a baby as not "
    "independently mobile until they are crawling, bottom-shuffling, pulling to stand, "
    "cruising or walking. A baby who is able to roll over is regarded as having started to "
    "move independently and is not counted as non-mobile. No age limit is used.",
]
ESSEX_MINUTE = (
    "Item 4. National Panel briefing: bruising in non-mobile infants. The group discussed "
    "the briefing and agreed that the current wording could lead to strategy discussions "
    "being convened before basic facts were known. Action: the lead author to redraft the "
    "section to include an initial health appraisal and to circulate it for comment before "
    "the next meeting."
)


def essex(out: Path) -> dict[str, Any]:
    name = "essex-request-and-response-tables.docx"
    d = new_doc("Essex County Council", "EC/FOI/25-7781", "Calibri",
                "Essex County Council – Information Governance")
    d.add_paragraph("Our reference: EC/FOI/25-7781")
    d.add_paragraph("Date: Wednesday 7 January 2026")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(
        "Thank you for your request for information, which we received on 1 December 2025. "
        "We have set out your request in Table 1, as you wrote it, and our response in "
        "Table 2, using the same numbering.")
    for title, head, texts in (("Table 1 – Your request", "Question", ESSEX_Q),
                               ("Table 2 – Our response", "Response", ESSEX_R)):
        d.add_heading(title, 2)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        header_row(t, ["No.", head], "DCE6F1")
        for i, text in enumerate(texts, start=1):
            fill(t.cell(i, 0), str(i))
            fill(t.cell(i, 1), text)
        widths(t, [1.2, 15.4])
    d.add_heading("Extract from the minutes of the SET Child Protection Procedures Group, "
                  "19 October 2022", 3)
    d.add_paragraph().add_run(ESSEX_MINUTE).italic = True
    d.add_paragraph(
        "You may re-use this information under the Open Government Licence, unless it says "
        "otherwise.")
    d.add_paragraph(
        "If you are unhappy with our response you can ask us to carry out an internal "
        "review. If you remain unhappy, you can contact the Information Commissioner's "
        f"Office: {ESSEX_ICO}")
    d.add_paragraph("Kind regards,\nInformation Governance Team\nEssex County Council")
    save(d, out / name)
    answers = ESSEX_R[:3] + [ESSEX_R[0]] + ESSEX_R[4:]  # Q4 points back to Q1's answer
    return reply(
        name, "docx", "Essex County Council", "E10000012", "answered", [],
        answers, ["answered", "answered", "answered", "see_other", "answered"],
        fields("formal", "2022-10", "yes", "no", "yes", "no", "no", "no"),
        [ESSEX_SET, ESSEX_ICO],
    )


CAMDEN_Q = [
    "1. Was there a review of safeguarding policies after the Panel's guidance was "
    "published? When, and what did it conclude?",
    "2. Please provide any papers on the outcome of the review.",
    "3. Does your policy require a section 47 investigation or a strategy discussion in "
    "all cases?",
    "4. What changes were made for consistency with the evidence base and national "
    "guidelines?",
    "5. Has the definition of 'not independently mobile' changed? How is it defined now, "
    "including babies who can roll, and is age a factor?",
]
CAMDEN_LSCP = "https://www.londonsafeguardingchildrenprocedures.co.uk/bruising.html"
CAMDEN_A: list[str | None] = [
    "Camden did not carry out a formal review. The Learning and Improvement Subgroup of "
    "the Camden Safeguarding Children Partnership considered the Panel's briefing in March "
    "2023 and was satisfied that the London Safeguarding Children Procedures, which Camden "
    "follows, were consistent with it.",
    None,
    "No. The London procedures require a referral to children's social care and a medical "
    "assessment. A strategy discussion is held where there are concerns that the baby may "
    "have been harmed.",
    "No changes were made locally.",
    "The definition has not changed. The London procedures treat a baby who can roll over "
    "but cannot yet crawl as not independently mobile. The procedures can be found at "
    f"{CAMDEN_LSCP}",
]


def camden(out: Path) -> dict[str, Any]:
    name = "camden-empty-response-cell.docx"
    d = new_doc("London Borough of Camden", "CAM-FOI-251204-17", "Arial",
                "Camden – Access to Information")
    d.add_heading("Freedom of Information request CAM-FOI-251204-17", 1)
    d.add_paragraph("22/12/2025")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(
        "Thank you for your request for information received on 4 December 2025. Your "
        "request and our response are set out below.")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Your request", "Our response"], "E2EFD9")
    for i, (q, a) in enumerate(zip(CAMDEN_Q, CAMDEN_A), start=1):
        fill(t.cell(i, 0), q)
        if a is not None:  # question 2's cell is left blank, as sent
            fill(t.cell(i, 1), a)
    widths(t, [6.8, 9.8])
    d.add_heading("What you can do next", 2)
    d.add_paragraph(
        "If you would like an internal review, write to the Access to Information Team "
        "within 40 working days.", style="List Number")
    d.add_paragraph(
        "If you remain unhappy, you can contact the Information Commissioner: "
        "https://ico.org.uk/.", style="List Number")
    d.add_paragraph("Access to Information Team\nLondon Borough of Camden")
    save(d, out / name)
    return reply(
        name, "docx", "London Borough of Camden", "E09000007", "partial", [],
        CAMDEN_A, ["answered", "not_answered", "answered", "answered", "answered"],
        fields("informal", "2023-03", "not_stated", "no", "no", "no", "yes", "not_stated"),
        [CAMDEN_LSCP, "https://ico.org.uk/"],
    )


def build_all(out: Path) -> list[dict[str, Any]]:
    return [leeds(out), essex(out), camden(out)]
