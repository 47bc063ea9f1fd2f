"""Word letters: Norfolk (paragraphs and bullets in cells), Durham (s12 refusal tables)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.shared import Pt

from fx_common import NOT_STATED, OGL, fields, reply
from fx_docx import fill, header_row, new_doc, save, widths

NORF_Q = [
    "A review of safeguarding policies following the Panel's guidance of September 2022: "
    "whether there was one, when, and what it concluded.",
    "Papers on the outcome of the review.",
    "Whether the policy requires a section 47 investigation or strategy discussion in all "
    "cases.",
    "Changes made for consistency with the evidence base and national guidelines.",
    "Changes to the definition of 'not independently mobile', including whether babies who "
    "roll are included and whether age is used.",
]
NORF_GUIDE = "https://www.norfolklscp.org.uk/practitioners/bruising-in-babies"
NORF_ICO = "https://ico.org.uk/make-a-complaint/"
NORF_A1 = [
    "Yes. The Norfolk Safeguarding Children Partnership reviewed its guidance 'Bruising and "
    "Injuries in Babies' during May 2023. The review was set up because of the Panel's "
    "briefing and was led by the partnership's named and designated safeguarding "
    "professionals.",
    "It concluded that the guidance remained sound in requiring a referral for any bruise "
    "on a non-mobile baby, but that it needed a clearer route to medical assessment and a "
    "fuller explanation of how to talk with parents.",
]
NORF_A4_INTRO = "The following changes were made in the revised guidance:"
NORF_A4_BULLETS = [
    "a paediatric assessment within 24 hours of referral, before any decision on a "
    "strategy discussion;",
    "a new section on communicating with parents, with a leaflet;",
    "a requirement to record the baby's developmental stage at the time of the injury;",
    "an updated definition of 'not independently mobile' (see question 5).",
]
NORF_A = [
    NORF_A1,
    "The revised guidance, which includes a summary of the review, is published at "
    f"{NORF_GUIDE}",
    "No. Every case is referred to children's social care and a paediatric assessment is "
    "arranged. A strategy discussion follows only where the assessment or other information "
    "raises concern about significant harm.",
    None,  # question 4 is written as an introduction plus real Word bullets
    "Yes. The definition was updated in the May 2023 revision. Every baby under 6 months of "
    "age is treated as not independently mobile, whatever their motor development, as is "
    "any older baby who cannot yet crawl, bottom-shuffle, cruise or walk. Babies who can "
    "roll over are therefore included.",
]


def norfolk(out: Path) -> dict[str, Any]:
    name = "norfolk-bullets-in-cells.docx"
    d = new_doc("Norfolk County Council", "NCC-FOI-2025-5512", "Verdana",
                "Norfolk County Council – Children's Services")
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Response to Freedom of Information request NCC-FOI-2025-5512", 1)
    d.add_paragraph("Date: 6th January 2026")
    d.add_paragraph(
        "We have considered your request under the Freedom of Information Act 2000. Our "
        "response to each part is given in the table below.")
    t = d.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Information requested", "Council response"], "FCE4D6")
    for i, q in enumerate(NORF_Q, start=1):
        fill(t.cell(i, 0), f"Q{i}", bold=True)
        fill(t.cell(i, 1), q)
        if i == 4:
            fill(t.cell(i, 2), NORF_A4_INTRO, bullets=NORF_A4_BULLETS)
        else:
            fill(t.cell(i, 2), NORF_A[i - 1])
    widths(t, [1.3, 5.3, 10.0])
    p = d.add_paragraph()
    p.add_run("Re-use of information. ").bold = True
    p.add_run("The information in this response may be re-used under the Open Government "
              f"Licence v3.0: {OGL}")
    p = d.add_paragraph()
    p.add_run("Internal review. ").bold = True
    p.add_run("If you are dissatisfied with our response, you may ask for an internal review "
              "within 40 working days of the date of this letter.")
    p = d.add_paragraph()
    p.add_run("Information Commissioner's Office. ").bold = True
    p.add_run("If you remain dissatisfied after the internal review, you may complain to the "
              f"Information Commissioner: {NORF_ICO}")
    d.add_paragraph("Information Management Team, Norfolk County Council")
    save(d, out / name)
    a4 = "\n".join([NORF_A4_INTRO, *NORF_A4_BULLETS])
    answers = ["\n\n".join(NORF_A1), NORF_A[1], NORF_A[2], a4, NORF_A[4]]
    return reply(
        name, "docx", "Norfolk County Council", "E10000020", "answered", [],
        answers, ["answered"] * 5,
        fields("formal", "2023-05", "yes", "no", "yes", "yes", "yes", "yes", 6),
        [NORF_GUIDE, OGL, NORF_ICO],
    )


DURHAM_PROC = "https://www.proceduresonline.com/durham/scp/bruising.html"
DURHAM_ICO = "https://ico.org.uk/make-a-complaint/"
DURHAM_Q = [
    "1. Review of safeguarding policies after the Panel's guidance",
    "2. Papers on the outcome of the review",
    "3. Section 47 investigation or strategy discussion in all cases",
    "4. Changes made for consistency with the evidence and guidance",
    "5. Definition of 'not independently mobile'",
]


def durham(out: Path) -> dict[str, Any]:
    name = "durham-section12-refusal-table.docx"
    d = new_doc("Durham County Council", "DCC/FOI/2025/10987", "Arial",
                "Durham County Council – Information Rights")
    d.add_heading("Freedom of Information Act 2000 – Refusal Notice", 1)
    kv = [("Our reference", "DCC/FOI/2025/10987"), ("Date request received", "5 December 2025"),
          ("Date of this response", "19 December 2025"),
          ("Decision", "Request refused – section 12 (cost of compliance exceeds the "
                       "appropriate limit)")]
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(kv):
        fill(t.cell(r, 0), k, bold=True)
        fill(t.cell(r, 1), v)
    widths(t, [5.0, 11.6])
    d.add_paragraph()
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(
        "You asked five questions about the review of safeguarding policies on bruising in "
        "non-mobile infants that followed the Child Safeguarding Practice Review Panel's "
        "briefing of September 2022. Our decision on each part is shown below.")
    q = d.add_table(rows=6, cols=2)
    q.style = "Table Grid"
    header_row(q, ["Your question", "Decision"])
    for i, text in enumerate(DURHAM_Q, start=1):
        fill(q.cell(i, 0), text)
    fill(q.cell(1, 1).merge(q.cell(5, 1)),
         "Refused under section 12 of the Act. See the explanation below.")
    widths(q, [8.3, 8.3])
    d.add_heading("Why we have refused your request", 2)
    d.add_paragraph(
        "Section 12 allows a public authority to refuse a request where it estimates that the "
        "cost of complying would exceed the appropriate limit, which for local authorities is "
        "£450, equivalent to 18 hours of work at £25 per hour. The papers of the Durham "
        "Safeguarding Children Partnership's procedures and practice groups for 2022 and 2023 "
        "are kept in a shared archive that is not indexed by subject. To find out whether the "
        "Panel's briefing was discussed, and to locate any related papers, officers would "
        "need to read the agendas, minutes and attachments of about 60 meetings. At an "
        "average of 25 minutes per meeting, we estimate this would take around 25 hours.")
    d.add_heading("Advice and assistance", 2)
    d.add_paragraph(
        "You may wish to narrow your request, for example by asking only for the current "
        "procedure on bruising in non-mobile babies, which is published at "
        f"{DURHAM_PROC} , or by limiting your request to a particular meeting or month.")
    d.add_heading("Your rights", 2)
    d.add_paragraph(
        "You may ask for an internal review of this decision within 40 working days. If you "
        "are still not satisfied, you can complain to the Information Commissioner at "
        f"{DURHAM_ICO}")
    d.add_paragraph("Information Rights Team\nDurham County Council")
    save(d, out / name)
    return reply(
        name, "docx", "Durham County Council", "E06000047", "refused", ["s12"],
        [None] * 5, ["refused"] * 5, dict(NOT_STATED), [DURHAM_PROC, DURHAM_ICO],
    )


def build_all(out: Path) -> list[dict[str, Any]]:
    return [norfolk(out), durham(out)]
