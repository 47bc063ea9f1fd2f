"""When the review happened, as officers write it: "6/3/23", "2023-03-06", "March 6, 2023",
"between March and May 2023", "the 2023/24 financial year", "last spring", "at its meeting
on the 14th", beside dates that are not the review's (a sign-off, a publication, the
Executive noting it). Short synthetic letters; tests/corpus/fresh_dec_k has whole ones."""

from __future__ import annotations

import pytest

from parsers.dates import month_dates, year_dates
from parsers.response import parse_document


@pytest.mark.parametrize(
    "text,months,years",
    [
        ("met on 6/3/23", ["2023-03"], []),
        ("Review meeting: 2023-03-06", ["2023-03"], []),
        ("Date of review: March 6, 2023", ["2023-03"], []),
        ("reviewed between March and May 2023", ["2023-03"], []),
        ("from Jan. to Apr. 2023", ["2023-01"], []),
        ("in the 2023/24 financial year", [], ["2023"]),
        ("over the winter of 2022/23", [], ["2022"]),
        # not dates: section numbers, a span of years that is not one year's
        ("see para. 3.2.23 and 1.5", [], []),
        ("the 2023/25 plan", [], []),
    ],
)
def test_dates_as_officers_write_them(text, months, years):
    assert [d for d, _ in month_dates(text)] == months
    assert [d for d, _ in year_dates(text)] == years


def letter(q1: str, dated: str = "12 November 2025") -> bytes:
    return (
        f"Kent County Council (synthetic test letter)\n\nDate: {dated}\n\nDear Requester,\n\n"
        "Your request about bruising in non-mobile infants.\n\n"
        f"1. {q1}\n\n2. The review note is attached.\n\n"
        "3. No. A paediatric assessment comes first.\n\n4. A leaflet for parents was added.\n\n"
        "5. No. The definition has not changed.\n\nYours sincerely,\nInformation Governance\n"
    ).encode()


@pytest.mark.parametrize(
    "q1,want",
    [
        (  # a year with the review, its day in the next sentence
            "Yes. As part of its 2023 work programme the Subgroup reviewed the protocol. The"
            " review meeting took place on 6/3/23. It was signed off on 18/4/23.",
            "2023-03",
        ),
        (  # the consideration, then what the Executive did with it
            "No formal review was carried out. The policy team considered the briefing in the"
            " week commencing 6 March 2023. The Executive Group noted that conclusion at its"
            " meeting on 19 April 2023.",
            "2023-03",
        ),
        (  # the month in one sentence, the day in the next
            "Yes. The briefing was placed on the agenda of the Procedures Group for February"
            " 2023. The Group reviewed the protocol at its meeting on the 14th. The changes were"
            " published on 3 April 2023, and the partnership endorsed them in May 2023.",
            "2023-02",
        ),
        (  # a year alone, and the publication after it: the year stands
            "Yes. The partnership reviewed its protocol in 2023. The revised protocol was"
            " published in June 2023.",
            "2023",
        ),
        (  # in a letter of November 2025
            "Yes. The partnership reviewed its protocol last spring. It concluded that an"
            " initial appraisal should come first.",
            "2025",
        ),
    ],
)
def test_the_review_date_is_the_reviews_own(q1, want, campaign, registry):
    parsed = parse_document(letter(q1), "reply.txt", campaign, registry)
    assert parsed.fields["review_date"].value == want, parsed.fields["review_date"].evidence


def test_last_spring_in_a_letter_written_that_spring_is_the_year_before(campaign, registry):
    q1 = "Yes. The partnership reviewed its protocol last spring."
    parsed = parse_document(letter(q1, dated="10 April 2026"), "reply.txt", campaign, registry)
    assert parsed.fields["review_date"].value == "2025"


def test_a_topic_label_naming_rolling_is_not_an_answer_on_rolling(campaign, registry):
    text = letter("Yes. The protocol was reviewed in May 2023.").replace(
        b"5. No. The definition has not changed.",
        b"5. Definition of not independently mobile (rolling; age): the definition has not"
        b" changed.",
    )
    parsed = parse_document(text, "reply.txt", campaign, registry)
    assert parsed.fields["rolling_is_non_mobile"].value == "not_stated"
