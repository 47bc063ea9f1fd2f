"""Replies written as officers write: dotted abbreviations in the sentences that carry the
answers ("Policy No. 4", "in Feb. 2023", "Dr. Jones"), "Question 1" underlined with dashes,
a cost-limit refusal in its own words (short synthetic letters; the blind corpus
tests/corpus/fresh_dec_j has the whole documents)."""

from __future__ import annotations

import pytest

from parsers.response import parse_document
from parsers.sentences import sentences


@pytest.mark.parametrize(
    "text,want",
    [
        ("Policy No. 4 applies. It was agreed.", ["Policy No. 4 applies.", "It was agreed."]),
        ("see para. no. 3.2 of it. Next.", ["see para. no. 3.2 of it.", "Next."]),
        ("under s. 47 of the Act. Next.", ["under s. 47 of the Act.", "Next."]),
        (
            "It met in Feb. 2023, i.e. approx. 5 months on.",
            ["It met in Feb. 2023, i.e. approx. 5 months on."],
        ),
        ("Dr. Jones and Prof. A. Patel agreed.", ["Dr. Jones and Prof. A. Patel agreed."]),
        ("J. R. Smith signed it. Done.", ["J. R. Smith signed it.", "Done."]),
        ("St. Peter's Hospital advised.", ["St. Peter's Hospital advised."]),
        (
            "as held in AB v. CD Council (2022). Next.",
            ["as held in AB v. CD Council (2022).", "Next."],
        ),
        # A bare answer, an abbreviation that ends a sentence, a lettered point: still split.
        ("No. The council has not.", ["No.", "The council has not."]),
        ("It met in Dec. The board agreed.", ["It met in Dec.", "The board agreed."]),
        ("See Appendix B. It is attached.", ["See Appendix B.", "It is attached."]),
        (
            "see our answers to i. and v. In addition, x.",
            ["see our answers to i. and v.", "In addition, x."],
        ),
        ("minutes, papers etc. The board met.", ["minutes, papers etc.", "The board met."]),
    ],
)
def test_a_sentence_ends_at_its_full_stop_not_at_an_abbreviations(text, want):
    assert sentences(text) == want


LETTER = """Surrey County Council (synthetic test letter)
Information Governance

Dear Sir or Madam,

Freedom of Information request: bruising in non-mobile babies

Question 1
----------
Yes. The partnership's Procedure No. 4 was formally reviewed by its Policy Sub-group in Feb. 2023, i.e. approx. five months after the Panel's briefing. Dr. A. Jones chaired the review.

Question 2
----------
Papers: the sub-group's note (Ref. SSCP/PP/2023/02) is attached.

Question 3
----------
No. A strategy discussion is held only where the paediatrician has concerns.

Question 4
----------
The pathway was rewritten as v2.1 in Apr. 2023.

Question 5
----------
Yes. Age is no longer part of the definition; v1.0 applied it to every baby under 6 months. Babies who can roll are still treated as not independently mobile.

Yours faithfully,
Mrs. T. Winters
"""


@pytest.fixture(scope="module")
def letter(campaign, registry):
    return parse_document(LETTER.encode(), "surrey-letter.txt", campaign, registry)


def test_an_underlined_question_heading_keeps_its_answer(letter):
    got = {a.question_no: a.answer_text for a in letter.answers}
    assert got[1].startswith("Yes. The partnership's Procedure No. 4 was formally reviewed")
    assert got[3].startswith("No. A strategy discussion")
    assert got[5].startswith("Yes. Age is no longer part of the definition")


def test_a_review_month_written_with_a_full_stop_is_read(letter):
    assert letter.fields["review_held"].value == "formal"
    assert letter.fields["review_date"].value == "2023-02"


def test_an_age_rule_no_longer_part_of_the_definition_is_not_age_based(letter):
    assert letter.fields["age_based"].value == "no"
    assert letter.fields["age_threshold_months"].value is None


def test_a_month_in_the_sentence_beats_a_season_of_the_same_year(campaign, registry):
    text = LETTER.replace(
        "in Feb. 2023, i.e. approx. five months after the Panel's briefing",
        "in the spring of 2023; it concluded on 17 May 2023",
    )
    parsed = parse_document(text.encode(), "letter.txt", campaign, registry)
    assert parsed.fields["review_date"].value == "2023-05"


def test_a_denial_confirmed_by_a_named_officer_is_no_review(campaign, registry):
    text = LETTER.replace(
        LETTER[LETTER.index("Yes. The partnership's") : LETTER.index("\n\nQuestion 2")],
        "No. There was no review, and the briefing was not considered by any sub-group."
        " Mr. N. Clarke, the business manager, has confirmed this.",
    )
    parsed = parse_document(text.encode(), "letter.txt", campaign, registry)
    assert parsed.fields["review_held"].value == "none"


def test_a_cost_limit_refusal_in_its_own_words_is_refused(campaign, registry):
    text = (
        "Birmingham City Council (synthetic test letter)\n\n"
        "Freedom of Information request: bruising in non-mobile infants, policy review\n\n"
        "We estimate that locating and extracting the information you asked for would take"
        " approx. 31 hours. This is above the appropriate limit of 18 hours. The council is"
        " therefore not obliged to comply with your request, and it is refused under s.12(1)"
        " of the FOIA.\n\nYours sincerely,\nInformation Governance\n"
    )
    parsed = parse_document(text.encode(), "refusal.txt", campaign, registry)
    assert parsed.outcome.value == "refused"
    assert parsed.exemptions == ["s12"]
