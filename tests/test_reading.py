"""Reading as a careful reader does, on short synthetic replies written for these tests
(the councils named are real; every word and position is invented)."""

from __future__ import annotations

import pytest

from parsers.outcome import exemptions
from parsers.response import NotAReply, parse_document

QUESTIONS = """1. Was there a review of your safeguarding policies after this guidance was published, when was it, and what did it conclude?
2. Provide any papers that give information on the outcome of this review.
3. Does your policy require a s47 investigation or strategy discussion in all cases?
4. What changes were put in place to provide consistency with the evidence base and national guidelines.
5. Were there changes to your definition of when a child is not independently mobile and how is that now defined?
"""


def parse(text: str, campaign, registry, name: str = "reply.txt", **kw):
    return parse_document(text.encode(), name, campaign, registry, **kw)


def test_a_reply_that_quotes_the_questions_without_the_word_bruising_is_recognised(
    campaign, registry
):
    text = (
        "Rochdale Borough Council\n\nDear Requester\n\nYou asked:\n\n"
        + QUESTIONS
        + "\nOur response\n\n"
        "1. Yes, the protocol was reviewed in March 2023 and found sound.\n2. The review note is attached.\n"
        "3. No.\n4. A leaflet for parents was added.\n5. No change.\n\nYours sincerely\nRochdale Borough Council\n"
    )
    out = parse(text, campaign, registry)
    assert out.recognition.accepted and "question" in out.recognition.why
    assert out.authority.code == "E08000005"
    assert [q.status for q in out.statuses] == ["answered"] * 5


def test_an_acknowledgement_quoting_the_whole_request_is_declined(campaign, registry):
    text = (
        "Dear Requester\n\nThank you for your request about bruising in non-mobile infants, "
        "received on 3 November 2025. We will respond within 20 working days.\n\nYou asked:\n\n"
        + QUESTIONS
        + "\nKind regards\nTameside Council\n"
    )
    with pytest.raises(NotAReply) as err:
        parse(text, campaign, registry)
    assert err.value.kind == "acknowledgement"


def test_a_district_council_pointing_to_its_county_is_not_filed_under_the_county(
    campaign, registry
):
    text = (
        "Dear Requester\n\nFreedom of Information request: bruising in non-mobile infants\n\n"
        "Tonbridge and Malling Borough Council does not provide children's services. Kent County "
        "Council holds the information you have asked for; please send your request to Kent "
        "County Council.\n\nYours faithfully\nTonbridge and Malling Borough Council\n"
    )
    out = parse(text, campaign, registry)
    assert out.authority.code is None
    assert out.sender.kind == "council" and "Kent County Council" in out.sender.reason
    assert out.outcome.value == "redirected"
    assert {q.status for q in out.statuses} == {"redirected"}


def test_statuses_per_question_and_the_outcome_they_give(campaign, registry):
    text = (
        "Dear Requester\n\nYour request about bruising in non-mobile infants.\n\n"
        "1. Yes. The partnership reviewed its protocol in June 2023.\n"
        "2. The review papers are withheld under section 22 (information intended for future publication).\n"
        "3. Please see our answer to question 1.\n"
        "4. This information is not held.\n"
        "5. No. The definition has not changed.\n\nYours sincerely\nWigan Council\n"
    )
    out = parse(text, campaign, registry)
    got = {q.no: (q.status, q.detail) for q in out.statuses}
    assert got[1][0] == "answered" and got[5][0] == "answered"
    assert got[2] == ("refused", "s22")
    assert got[3] == ("see_other", "1")
    assert got[4][0] == "not_held"
    assert out.outcome.value == "partial"
    entries = {a["question_no"]: a for a in out.to_json()["answers"]}
    assert entries[4]["status"] == "not_held" and entries[2]["status_detail"] == "s22"


def test_a_whole_request_refusal_refuses_every_question(campaign, registry):
    text = (
        "Dear Requester\n\nRequest: policies on bruising in non-mobile infants.\n\n"
        "Locating and extracting this information would exceed the appropriate limit of 18 hours, "
        "so we are refusing your request.\n\nYours sincerely\nSefton Council\n"
    )
    out = parse(text, campaign, registry)
    assert out.outcome.value == "refused" and out.exemptions == ["s12"]
    assert {q.status for q in out.statuses} == {"refused"}


@pytest.mark.parametrize(
    "sentence,want",
    [
        ("Staff names are withheld under Section 40 (2) of the Act.", ["s40(2)"]),
        ("We refuse to confirm or deny under section 40(5B)(a)(i).", ["s40(5B)"]),
        ("The draft is withheld under section 36(2)(b)(ii) and section 36.", ["s36(2)(b)(ii)"]),
        ("Meeting it would exceed the cost limit, so it is refused.", ["s12"]),
        ("It would not exceed the cost limit; the figures are below.", []),
    ],
)
def test_exemptions_in_their_most_specific_form(sentence, want):
    assert exemptions(sentence) == want


def test_whatdotheyknow_footnotes_and_the_quoted_request_are_not_answers(campaign, registry):
    text = (
        "Dear Requester\n\nPlease find our response on bruising in non-mobile infants below.\n\n"
        "1. Yes, reviewed in May 2023 [1]here.\n2. Attached.\n3. No.\n4. None.\n5. No.\n\n"
        "Yours sincerely\nBolton Council\n\n"
        "From: A Requester <request-1@whatdotheyknow.com>\nSent: 1 November 2025\n"
        "Subject: FOI\n\n"
        + QUESTIONS
        + "\nReferences\n\nVisible links\n1. https://example.org/procedure\n"
    )
    out = parse(text, campaign, registry)
    answers = {a.question_no: a.answer_text for a in out.answers}
    assert answers[5] == "No."
    assert not any("Visible links" in a or "https://" in a for a in answers.values())
    assert "Was there a review" not in out.text  # the quoted request is not the reply
