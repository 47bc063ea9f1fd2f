"""The splitter on the layouts councils use (short synthetic responses)."""

from __future__ import annotations

from parsers.response import parse_document

FOOT = "\n\nYou may re-use this information under the Open Government Licence.\n\nYours sincerely,\nInformation Governance, Leeds City Council\n"


def answers(text: str, campaign, registry, name: str = "r.txt") -> dict[int, str]:
    parsed = parse_document(text.encode(), name, campaign, registry)
    return {a.question_no: a.answer_text for a in parsed.answers}


def test_several_questions_answered_together(campaign, registry):
    text = (
        "Leeds City Council\n\nRe: bruising in non-mobile infants\n\n"
        "Questions 1, 2 and 4: The protocol has not been reviewed since 2021, so there are no papers and no changes.\n\n"
        "Question 3: No, a strategy discussion is held only where the paediatrician has concerns.\n\n"
        "Question 5: The definition is unchanged." + FOOT
    )
    got = answers(text, campaign, registry)
    assert (
        got[1]
        == got[2]
        == got[4]
        == "The protocol has not been reviewed since 2021, so there are no papers and no changes."
    )
    assert got[3].startswith("No, a strategy") and got[5] == "The definition is unchanged."


def test_out_of_order_q_and_a_labels(campaign, registry):
    text = (
        "Leeds City Council - bruising in non-mobile babies\n\n"
        "Q3 Is a strategy discussion always held?\nA3 Yes, in every case.\n\n"
        "Q1 Was the policy reviewed?\nA1 Yes, in May 2023.\n\n"
        "Q2 Papers?\nA2 Attached." + FOOT
    )
    got = answers(text, campaign, registry)
    assert got == {3: "Yes, in every case.", 1: "Yes, in May 2023.", 2: "Attached."}


def test_lettered_questions_and_answer_markers(campaign, registry):
    text = (
        "Leeds City Council\n\nbruising in non-mobile infants\n\n"
        "(a) Was their a review of your safeguarding policies after this guidance was published?\n"
        "Reply: Yes, in 2023.\n\n"
        "(b) Provide any papers that give information on the outcome of this review.\n"
        "Council response: None are held.\n\n"
        "(c) Does your policy require a s47 investigation or strategy discussion in all cases?\n"
        "Information supplied: No." + FOOT
    )
    got = answers(text, campaign, registry)
    assert got == {1: "Yes, in 2023.", 2: "None are held.", 3: "No."}


def test_numbered_list_inside_an_answer_is_not_a_new_answer(campaign, registry):
    text = (
        "Leeds City Council\n\nbruising in non-mobile babies\n\n"
        "1. Was there a review?\nYes, in June 2023.\n\n"
        "2. Provide any papers.\nThe report is attached.\n\n"
        "3. Does your policy require a s47 investigation or strategy discussion in all cases?\nNo.\n\n"
        "4. What changes were put in place?\nThree changes were made:\n"
        "1. a leaflet for parents\n2. a new flowchart\n3. an audit\n\n"
        "5. Were there changes to your definition?\nNo." + FOOT
    )
    got = answers(text, campaign, registry)
    assert got[1] == "Yes, in June 2023." and got[2] == "The report is attached."
    assert "a new flowchart" in got[4] and "an audit" in got[4]
    assert got[5] == "No."


def test_answers_only_numbered_with_questions_in_the_quoted_request(campaign, registry):
    email = (
        "From: FOI Team <foi@leeds.gov.uk>\nTo: a@example.org\nSubject: RE: FOI\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Dear Requester,\n\n1. Yes, reviewed in April 2023.\n\n2. Attached.\n\n3. No.\n\n"
        "Kind regards\nLeeds City Council\n\n"
        "-----Original Message-----\nFrom: A Requester\n"
        "1. Was there a review of your safeguarding policies on bruising in non-mobile infants?\n"
        "2. Provide any papers.\n3. Does your policy require a s47 investigation in all cases?\n"
    )
    parsed = parse_document(email.encode(), "reply.eml", campaign, registry)
    got = {a.question_no: (a.question_text, a.answer_text) for a in parsed.answers}
    assert got == {
        1: (None, "Yes, reviewed in April 2023."),
        2: (None, "Attached."),
        3: (None, "No."),
    }


def test_inline_answers_under_quoted_questions(campaign, registry):
    email = (
        "From: FOI Team <foi@leeds.gov.uk>\nTo: a@example.org\nSubject: RE: FOI\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Dear Requester, our answers are below each of your questions.\n\n"
        "> 1. Was there a review of your policy on bruising in non-mobile infants?\n\n"
        "Yes, the partnership reviewed it in March 2023.\n\n"
        "> 3. Does your policy require a s47 investigation or strategy discussion in all cases?\n\n"
        "No.\n\nRegards\nLeeds City Council\n"
    )
    parsed = parse_document(email.encode(), "reply.eml", campaign, registry)
    got = {a.question_no: a.answer_text for a in parsed.answers}
    assert got == {1: "Yes, the partnership reviewed it in March 2023.", 3: "No."}


def test_unnumbered_bold_paraphrased_questions_in_html(campaign, registry):
    html = (
        "<html><head><title>FOI | Leeds City Council</title></head><body><main>"
        "<p>Your request about bruising in non-mobile babies.</p>"
        "<p><strong>Whether the policy was reviewed after the Panel's guidance</strong></p><p>It was reviewed in 2023.</p>"
        "<p><strong>Whether a strategy discussion or section 47 enquiry is required in all cases</strong></p><p>Not in every case.</p>"
        "<p><strong>How not independently mobile is defined, including rolling and age</strong></p><p>Babies under six months.</p>"
        "<h2>Complaints</h2><p>If you are unhappy, ask for an internal review.</p></main></body></html>"
    )
    got = answers(html, campaign, registry, "page.html")
    assert got == {
        1: "It was reviewed in 2023.",
        3: "Not in every case.",
        5: "Babies under six months.",
    }


def test_question_heading_with_table_answers(campaign, registry):
    html = (
        "<html><body><main><p>Leeds City Council: bruising in non-mobile infants</p><table>"
        "<tr><th>No.</th><th>Question</th><th>Response</th></tr>"
        "<tr><td>1</td><td>Was there a review?</td><td><p>Yes.</p><ul><li>In 2023</li></ul></td></tr>"
        "<tr><td>2</td><td>Provide any papers.</td><td>Not held.</td></tr>"
        "</table><p>Where information is not held we have said so.</p></main></body></html>"
    )
    got = answers(html, campaign, registry, "t.html")
    assert got == {1: "Yes. In 2023", 2: "Not held."}


def test_narrative_references_and_roman_numerals(campaign, registry):
    text = (
        "Leeds City Council\n\nbruising in non-mobile infants\n\n"
        "In response to question 1, the partnership reviewed its protocol in 2023.\n\n"
        "(ii) Provide any papers that give information on the outcome of this review.\n"
        "The report is attached.\n\n"
        "Response to Q3: No." + FOOT
    )
    got = answers(text, campaign, registry)
    assert got == {
        1: "the partnership reviewed its protocol in 2023.",
        2: "The report is attached.",
        3: "No.",
    }


def test_unnumbered_question_and_answer_in_one_paragraph(campaign, registry):
    text = (
        "Leeds City Council\n\nbruising in non-mobile infants\n\n"
        "Does your policy require a s47 investigation or strategy discussion in all cases? "
        "No, the paediatric assessment decides whether one is needed.\n" + FOOT
    )
    parsed = parse_document(text.encode(), "r.txt", campaign, registry)
    (a,) = parsed.answers
    assert (a.question_no, a.answer_text) == (
        3,
        "No, the paediatric assessment decides whether one is needed.",
    )
    assert a.question_text.endswith("in all cases?")
