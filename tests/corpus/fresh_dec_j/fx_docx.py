"""DOCX documents for fresh_dec_j (python-docx; headings, merged tables, lists, fields)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

import fx_text as T

FIXED = (2025, 12, 1, 9, 0, 0)


def new_doc(title: str, author: str, when: dt.datetime) -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.title, cp.author, cp.subject = title, author, "Synthetic test document"
    cp.comments = T.SYNTH
    cp.keywords = "synthetic; foi-responses test corpus"
    cp.created = cp.modified = when
    cp.last_modified_by, cp.revision = "fresh_dec_j generator", 1
    return doc


def add_field(par, instr: str) -> None:
    """Insert a Word field (PAGE, NUMPAGES) so page numbers are real, not typed."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    par._p.append(fld)


def header_footer(doc: Document, head: str, foot: str, of_total: bool) -> None:
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    fp = sec.footer.paragraphs[0]
    fp.text = foot + " – page "
    add_field(fp, "PAGE")
    if of_total:
        fp.add_run(" of ")
        add_field(fp, "NUMPAGES")
    small = sec.footer.add_paragraph(T.SYNTH)
    small.runs[0].font.size = Pt(7)


def bold_line(doc_or_cell, text: str) -> None:
    doc_or_cell.add_paragraph().add_run(text).bold = True


def save(doc: Document, out: Path) -> None:
    """Save, then rewrite the zip with fixed timestamps so reruns are byte-identical."""
    doc.save(out)
    with zipfile.ZipFile(out) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, FIXED), data, zipfile.ZIP_DEFLATED)


def hampshire(spec: dict, out: Path) -> list[str]:
    doc = new_doc("HCC/FOI/2025/11/0487", "Hampshire County Council",
                  dt.datetime(2025, 12, 11, 10, 0))
    header_footer(doc, "Hampshire County Council | Children's Services | Information "
                  "Governance", "Ref. HCC/FOI/2025/11/0487", of_total=False)
    doc.add_heading("Response to your request for information", 1)
    intro = (
        "Your request, received on 13/11/2025, has been handled under the Freedom of "
        "Information Act 2000. We have answered your questions in the table below. The "
        "Hampshire, Isle of Wight, Portsmouth and Southampton (HIPS) safeguarding "
        "partnerships share one set of child protection procedures, so parts of this "
        "answer will match those of the other three HIPS authorities."
    )
    for t in ("Date: 11/12/2025", "Dear Sir/Madam,", intro):
        doc.add_paragraph(t)
    table = doc.add_table(rows=8, cols=2)
    table.style = "Table Grid"
    top = table.cell(0, 0).merge(table.cell(0, 1))
    top.text = "Request Ref. HCC/FOI/2025/11/0487 – bruising in non-mobile infants"
    top.paragraphs[0].runs[0].bold = True
    table.cell(1, 0).text, table.cell(1, 1).text = "Your question", "Our response"
    for i, n in enumerate(T.ALL):
        qcell, acell = table.cell(i + 2, 0), table.cell(i + 2, 1)
        qcell.paragraphs[0].add_run(f"Q{n}. {T.Q_FULL[i]}").bold = True
        paras = spec["answers"][n]
        acell.paragraphs[0].text = paras[0]
        for extra in paras[1:]:
            acell.add_paragraph(extra)
    last = table.cell(7, 0).merge(table.cell(7, 1))
    last.text = ("Answers provided by the HIPS Procedures Sub-Group and the Hampshire "
                 "Safeguarding Children Partnership business unit.")
    where = "The HIPS protocol is published at " + T.HIPS_URL
    doc.add_paragraph(where)
    doc.add_heading("Your rights", 2)
    rights = [
        "You may re-use this information under the Open Government Licence (see "
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/).",
        "You may ask for an internal review within 40 working days of the date of this "
        "letter.",
        "After that you may complain to the Information Commissioner's Office: " + T.ICO,
    ]
    for r in rights:
        doc.add_paragraph(r, style="List Bullet")
    for t in ("Yours faithfully,", "Ms. C. Barlow", "Information Governance Officer"):
        doc.add_paragraph(t)
    save(doc, out)
    return [intro] + [a for n in T.ALL for a in spec["answers"][n]] + [where] + rights


def westminster(spec: dict, out: Path) -> list[str]:
    doc = new_doc("Information request 10294563", "City of Westminster",
                  dt.datetime(2025, 12, 9, 14, 30))
    header_footer(doc, "City of Westminster | Information Requests | Ref. 10294563",
                  "Westminster City Hall, Victoria St., London", of_total=True)
    doc.add_heading("Freedom of Information Act 2000 – response", 0)
    table = doc.add_table(rows=4, cols=2)
    table.style = "Light Grid Accent 1"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Request details"
    for i, (k, v) in enumerate([("Reference", "10294563"),
                                ("Date of response", "December 2025"),
                                ("Subject", "Bruising in non-mobile infants")], start=1):
        table.cell(i, 0).text, table.cell(i, 1).text = k, v
    intro = (
        "Thank you for your request. Westminster and the Royal Borough of Kensington and "
        "Chelsea share a safeguarding partnership, so the answers below were agreed with "
        "the Bi-borough partnership team."
    )
    doc.add_paragraph(intro)
    for i, n in enumerate(T.ALL):
        doc.add_heading(f"{n}. {T.Q_SHORT[i]}", 2)
        bold_line(doc, T.Q_FULL[i])
        paras = spec["answers"][n]
        if n == "4":
            doc.add_paragraph(paras[0])
            for item in paras[1:]:
                doc.add_paragraph(item, style="List Number")
        else:
            for p in paras:
                doc.add_paragraph(p)
    doc.add_heading("Further information", 2)
    rights = [
        "You may re-use this information under the Open Government Licence v3.0: "
        + T.OGL,
        "If you are unhappy with this response, please ask for an internal review within "
        "40 working days.",
        "You may then complain to the ICO: " + T.ICO_COMPLAIN,
    ]
    for r in rights:
        doc.add_paragraph(r, style="List Bullet")
    for t in ("Ms. P. Okoro", "Information Governance Lead, City of Westminster"):
        doc.add_paragraph(t)
    save(doc, out)
    return [intro] + [a for n in T.ALL for a in spec["answers"][n]] + rights


def cambridgeshire(spec: dict, out: Path) -> list[str]:
    doc = new_doc("FOI-2025-06612", "Cambridgeshire County Council",
                  dt.datetime(2025, 12, 12, 11, 15))
    header_footer(doc, "Cambridgeshire County Council – Information Governance",
                  "OFFICIAL", of_total=True)
    doc.add_heading("FOI-2025-06612 – Response", 1)
    intro = (
        "Your request has been considered under the Freedom of Information Act 2000. "
        "Cambridgeshire County Council and Peterborough City Council share one "
        "safeguarding partnership, the Cambridgeshire and Peterborough Safeguarding "
        "Children Partnership (CPSCP), and one set of procedures."
    )
    for t in ("12th Dec. 2025", "Dear Applicant,", intro):
        doc.add_paragraph(t)
    summary = [("1", "Answered"), ("2", "Information not held"), ("3", "Answered"),
               ("4", "See question 1"), ("5", "Answered")]
    table = doc.add_table(rows=len(summary) + 1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Summary of our response"
    for i, (q, st) in enumerate(summary, start=1):
        table.cell(i, 0).text, table.cell(i, 1).text = f"Question {q}", st
    doc.add_paragraph()
    for i, n in enumerate(T.ALL):
        qp = doc.add_paragraph(style="List Number")
        qp.add_run(T.Q_FULL[i]).bold = True
        paras = (["Please see our answer to question 1."] if n == "4"
                 else spec["answers"][n])
        for p in paras:
            doc.add_paragraph(p)
    rights = [
        "Re-use: Open Government Licence, " + T.OGL,
        "Internal review: write to us within 40 working days.",
        "Complaints: the Information Commissioner's Office, " + T.ICO,
    ]
    for r in rights:
        doc.add_paragraph(r, style="List Bullet")
    doc.add_paragraph("Information Governance Team, New Shire Hall, Alconbury Weald")
    save(doc, out)
    texts = [intro] + [a for n in ("1", "2", "3", "5") for a in spec["answers"][n]]
    return texts + rights


def medway(out: Path) -> None:
    doc = new_doc("FOI-MC-25-2210 acknowledgement", "Medway Council",
                  dt.datetime(2025, 11, 14, 9, 5))
    header_footer(doc, "Medway Council – Information Governance", "FOI-MC-25-2210",
                  of_total=False)
    doc.add_heading("Acknowledgement of your request", 1)
    for t in (
        "Our Ref.: FOI-MC-25-2210",
        "Date: 14 Nov. 2025",
        "Dear Requester,",
        "Thank you for your request for information about the review of policies on "
        "bruising in non-mobile infants, received on 13 Nov. 2025 at 4.12 p.m.",
        "We will respond by 12 Dec. 2025, i.e. within 20 working days as the FOIA "
        "requires. Your questions (Nos. 1–5) have been passed to Children's Services at "
        "Gun Wharf, who will work with the Kent and Medway partnership where needed.",
        "If we need to clarify anything, e.g. which policies you mean, we will contact "
        "you. No. FOI-MC-25-2210 should be quoted in any correspondence.",
        "Kind regards,",
        "Mr. L. Adebayo, Information Governance Officer",
    ):
        doc.add_paragraph(t)
    save(doc, out)
