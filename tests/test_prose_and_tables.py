"""Replies in running prose and in response tables, as the blind corpora fresh_dec_l and
fresh_dec_m found them read wrongly: an empty answer cell, a table's "Response" label run
into its answer, an exemption named in a cell of its own, "Your last question was about
...", a not-held or redirect said in an officer's own words, and a reply to another request
on the same subject (short synthetic letters)."""

from __future__ import annotations

import pytest

from parsers.response import NotAReply, parse_document

Q = [
    "Was there a review of your safeguarding policies after the Panel's guidance was published?",
    "Please provide any papers that record the outcome of that review.",
    "Does your policy require a section 47 investigation or a strategy discussion in all cases?",
    "What changes were made for consistency with the evidence base and national guidelines?",
    "Has the definition of 'not independently mobile' changed, and how is it defined now?",
]
FOOT = "<p>Yours sincerely, Information Governance (synthetic test page)</p>"


def table_page(answers: list[str]) -> bytes:
    rows = "".join(
        f"<tr><td>{n}. {q}</td><td>{a}</td></tr>"
        for n, (q, a) in enumerate(zip(Q, answers, strict=True), 1)
    )
    return (
        "<html><body><main><h1>Camden Council: FOI response on bruising in non-mobile infants"
        f"</h1><table><tr><th>Your request</th><th>Our response</th></tr>{rows}</table>{FOOT}"
        "</main></body></html>"
    ).encode()


ANSWERS = [
    "There was no formal review. The subgroup discussed the Panel's briefing in the spring of"
    " 2023 and agreed that the guidance already reflected it, so no review was commissioned.",
    "The minute of that meeting is attached.",
    "No. A paediatric assessment comes first.",
    "No changes were made.",
    "The definition has not changed.",
]


def read(data: bytes, name: str, campaign, registry):  # type: ignore[no-untyped-def]
    parsed = parse_document(data, name, campaign, registry)
    return parsed, {a.question_no: a.answer_text for a in parsed.answers}


def test_an_empty_answer_cell_leaves_its_question_unanswered(campaign, registry):
    parsed, got = read(table_page([*ANSWERS[:1], "", *ANSWERS[2:]]), "t.html", campaign, registry)
    assert not got.get(2)
    assert got[3].startswith("No. A paediatric assessment")
    assert parsed.outcome.value == "partial"


def test_a_consideration_that_decided_no_review_was_needed_is_informal(campaign, registry):
    parsed, _ = read(table_page(ANSWERS), "t.html", campaign, registry)
    assert parsed.fields["review_held"].value == "informal"
    assert parsed.fields["review_date"].value == "2023"


def test_a_response_label_run_into_its_answer_is_not_the_answer(campaign, registry):
    answers = [f"Response {a}" for a in ANSWERS]
    parsed, got = read(table_page(answers), "t.html", campaign, registry)
    assert got[4] == "No changes were made."
    assert parsed.fields["changes_made"].value == "no"


def test_an_exemption_named_in_a_cell_of_its_own_refuses_that_question(campaign, registry):
    answers = list(ANSWERS)
    answers[1] = (
        "The review report is being prepared for publication in April 2026. We are therefore"
        " withholding it at this time.<br><br>Section 22 – information intended for future"
        " publication"
    )
    parsed, _ = read(table_page(answers), "t.html", campaign, registry)
    status = {s.no: s for s in parsed.statuses}
    assert status[2].status == "refused" and status[2].detail == "s22"
    assert parsed.outcome.value == "partial"


LETTER = """Lincolnshire County Council (synthetic test letter)

Dear Ms Haldane,

I write in reply to your request about bruising in non-mobile babies and the Panel's briefing.

You asked whether there was a review of the partnership's policy after the Panel published its briefing. There was no formal review. The briefing was discussed at a practice session in March 2023.

The council holds no papers recording the outcome of that discussion.

Turning to section 47: the procedure asks for a paediatric assessment in every case, but it does not require a strategy discussion in every case.

As for the changes you asked about, neither the procedure nor its description of a baby who is not independently mobile has been altered since the briefing.

Your last question was about the definition of a baby who is not independently mobile. That has not changed. It makes no reference to the baby's age.

Yours sincerely,
Head of Safeguarding Practice
"""


def test_a_question_restated_as_your_last_question_gets_its_answer(campaign, registry):
    parsed, got = read(LETTER.encode(), "letter.txt", campaign, registry)
    assert got[5].startswith("That has not changed.")
    assert parsed.fields["definition_changed"].value == "no"
    assert parsed.fields["age_based"].value == "no"


def test_neither_nor_has_been_altered_is_no_change(campaign, registry):
    parsed, _ = read(LETTER.encode(), "letter.txt", campaign, registry)
    assert parsed.fields["changes_made"].value == "no"


@pytest.mark.parametrize(
    "decision,outcome",
    [
        (
            "I have asked the officers who would hold any record of a review. None of them"
            " holds any recorded information about a review of the bruising procedure, about"
            " changes to it, or about how it defines a baby who is not independently mobile.",
            "not_held",
        ),
        (
            "The policy belongs to the Suffolk Safeguarding Partnership, and it is the"
            " partnership, not the council, that holds the records of how it was reviewed.",
            "redirected",
        ),
    ],
)
def test_a_whole_request_decision_in_an_officers_own_words(decision, outcome, campaign, registry):
    text = (
        "Suffolk County Council (synthetic test letter)\n\nDear Requester,\n\n"
        "Your request about bruising in non-mobile infants and the Panel's briefing.\n\n"
        f"{decision}\n\nYours sincerely,\nInformation Governance\n"
    )
    parsed, _ = read(text.encode(), "letter.txt", campaign, registry)
    assert parsed.outcome.value == outcome


def test_a_reply_to_a_request_for_section_47_counts_is_not_this_requests(campaign, registry):
    text = (
        "Oldham Council (synthetic test letter)\n\nFreedom of Information request: section 47"
        " enquiries for children under one.\n\nYou asked how many section 47 enquiries the"
        " council started in each of the last four years for children under one, and in how"
        " many bruising was recorded.\n\nYear  Enquiries  Of which: bruising\n2022/23  198  27\n"
        "2023/24  187  19\n\nYours sincerely,\nInformation Governance Team\n"
    )
    with pytest.raises(NotAReply):
        parse_document(text.encode(), "reply.txt", campaign, registry)


def test_a_district_that_points_to_its_county_is_the_sender(campaign, registry):
    text = (
        "Cheltenham Borough Council\nInformation Requests\n\nDear Requester,\n\n"
        "Your request about bruising in non-mobile infants has been considered.\n\n"
        "Cheltenham Borough Council is a district council and does not provide children's"
        " social care.\n\n1. Not held by this council. Any papers would be held by"
        " Gloucestershire County Council on behalf of the partnership.\n\n2. Not held. The"
        " definition is a matter for Gloucestershire County Council and its partners.\n\n"
        "You can make a request to Gloucestershire County Council at its website.\n\n"
        "Yours sincerely,\nInformation Requests (synthetic test letter)\n"
    )
    parsed, _ = read(text.encode(), "letter.txt", campaign, registry)
    assert parsed.sender.name == "Cheltenham Borough Council"
    assert parsed.authority.code is None


def test_the_council_named_for_internal_reviews_is_the_sender(campaign, registry):
    text = (
        "INFORMATION REQUEST CASE EXPORT\nCase reference : SEF/IR/25/1\n\nDear Requester\n\n"
        + LETTER.split("Dear Ms Haldane,", 1)[1].split("Yours sincerely")[0]
        + "If you are dissatisfied with this response you may request an internal review by"
        " writing to Information Management, Sefton Council, Bootle, within 40 working days.\n\n"
        "Yours sincerely\n"
    )
    parsed, _ = read(text.encode(), "export.txt", campaign, registry)
    assert parsed.authority.code == "E08000014"


def test_a_closing_i_hope_this_is_helpful_ends_the_last_answer(campaign, registry):
    text = LETTER.replace(
        "It makes no reference to the baby's age.",
        "It makes no reference to the baby's age. I hope this is helpful.",
    )
    _, got = read(text.encode(), "letter.txt", campaign, registry)
    assert got[5].endswith("It makes no reference to the baby's age.")


@pytest.mark.parametrize(
    "q5,want",
    [
        ("Babies who can roll over are therefore included.", "yes"),
        ("Definition of not independently mobile: changes, rolling babies, use of age."
         " The definition has not changed.", "not_stated"),
    ],
)  # fmt: skip
def test_rolling_babies_as_officers_write_of_them(q5, want, campaign, registry):
    parsed, _ = read(table_page([*ANSWERS[:4], q5]), "t.html", campaign, registry)
    assert parsed.fields["rolling_is_non_mobile"].value == want


def test_a_record_quoted_after_no_report_is_papers_provided(campaign, registry):
    answers = list(ANSWERS)
    answers[1] = (
        'No report was written. The minutes of the 16 February 2023 meeting record: "Members'
        " compared the procedure with the Panel's briefing. No amendment is needed.\""
    )
    parsed, _ = read(table_page(answers), "t.html", campaign, registry)
    assert parsed.fields["papers_provided"].value == "yes"


def test_papers_being_prepared_for_publication_and_withheld_are_refused(campaign, registry):
    answers = list(ANSWERS)
    answers[1] = (
        "The review report is being prepared for publication on the partnership's website,"
        " https://www.example.org.uk/, in February 2026. We are therefore withholding it under"
        " section 22 of the Freedom of Information Act 2000."
    )
    parsed, _ = read(table_page(answers), "t.html", campaign, registry)
    assert {s.no: s.status for s in parsed.statuses}[2] == "refused"
    assert parsed.outcome.value == "partial"


def test_a_bullet_naming_another_questions_topic_stays_in_its_list(campaign, registry):
    text = LETTER.replace(
        "As for the changes you asked about, neither the procedure nor its description of a"
        " baby who is not independently mobile has been altered since the briefing.",
        "As for the changes you asked about, the following changes were made:\n"
        "• an initial appraisal replaced the automatic strategy discussion;\n"
        "• a clearer definition of 'not independently mobile' was added (see question 5);\n"
        "• a leaflet for parents was produced.",
    )
    _, got = read(text.encode(), "letter.txt", campaign, registry)
    assert "a leaflet for parents was produced" in got[4]
    assert "clearer definition" not in got[5]
