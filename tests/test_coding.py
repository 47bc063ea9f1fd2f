"""Coded facts from answer wording: negation and qualifiers matter."""

from __future__ import annotations

import pytest

from parsers.response import code_fields


def code(campaign, **answers):
    return code_fields({int(k[1:]): v for k, v in answers.items()}, "", campaign)


@pytest.mark.parametrize(
    "answer,value,date",
    [
        (
            "There was no formal review, but the guidance was discussed by the procedures group in February 2023 and our procedure was judged compliant.",
            "informal",
            "2023-02",
        ),
        (
            "No formal review was carried out and the guidance has not been considered.",
            "none",
            None,
        ),
        ("No. The protocol has not been reviewed since the guidance was published.", "none", None),
        (
            "Yes. The partnership formally reviewed the protocol; the review was completed in November 2022.",
            "formal",
            "2022-11",
        ),
        (
            "The procedure was last updated in March 2021. Following the Panel's guidance published in September 2022, the protocol was reviewed and the revised version was approved in May 2023. It is next due for review in March 2026.",
            "formal",
            "2023-05",
        ),
        ("Information not held.", "not_stated", None),
        ("The regional procedures group carried out a review during 2024.", "formal", "2024"),
    ],
)
def test_review_held_and_date(campaign, answer, value, date):
    got = code(campaign, q1=answer)
    assert (got["review_held"].value, got["review_date"].value) == (value, date)
    if value != "not_stated":
        assert got["review_held"].evidence  # the sentence that decided it


@pytest.mark.parametrize(
    "answer,value",
    [
        ("A strategy discussion is not automatically required in every case.", "no"),
        (
            "It does not require a strategy discussion in all cases; the paediatric assessment decides.",
            "no",
        ),
        ("In all cases a strategy discussion is convened.", "yes"),
        ("A strategy discussion is held in every such case.", "yes"),
        ("Yes.", "yes"),
        ("No - a strategy discussion is only held where the paediatrician has concerns.", "no"),
        ("A strategy discussion is held only where the assessment indicates concern.", "no"),
    ],
)
def test_s47_all_cases(campaign, answer, value):
    assert code(campaign, q3=answer)["s47_all_cases"].value == value


@pytest.mark.parametrize(
    "q5,rolling,age,months",
    [
        (
            "All babies under 26 weeks are treated as not independently mobile.",
            "not_stated",
            "yes",
            6,
        ),
        (
            "Every infant under one year is regarded as not independently mobile for this protocol.",
            "not_stated",
            "yes",
            12,
        ),
        ("Children under 9 months are treated as non-mobile.", "not_stated", "yes", 9),
        (
            "Once a baby can roll they are considered mobile. Mobility is judged on development, not age.",
            "no",
            "no",
            None,
        ),
        (
            "A baby who can roll but not crawl is still regarded as not independently mobile.",
            "yes",
            "not_stated",
            None,
        ),
        ("Babies who roll are not treated as mobile.", "yes", "not_stated", None),
        ("The definition is not based on the baby's age.", "not_stated", "no", None),
    ],
)
def test_definition_rolling_and_age(campaign, q5, rolling, age, months):
    got = code(campaign, q5=q5)
    assert (
        got["rolling_is_non_mobile"].value,
        got["age_based"].value,
        got["age_threshold_months"].value,
    ) == (rolling, age, months)


@pytest.mark.parametrize(
    "q5,value",
    [
        ("The definition did not stay the same: it now covers babies who roll.", "yes"),
        ("The definition has not changed.", "no"),
        ("No changes have been made to the definition.", "no"),
        ("The definition was widened to include babies who can roll.", "yes"),
    ],
)
def test_definition_changed(campaign, q5, value):
    assert code(campaign, q5=q5)["definition_changed"].value == value


def test_changes_follow_a_reference_to_another_answer(campaign):
    got = code(
        campaign,
        q1="Yes. The policy was revised in July 2023 and a leaflet for parents was added.",
        q4="Please see our answer to question 1.",
    )
    assert got["changes_made"].value == "yes"
    assert "leaflet" in got["changes_made"].evidence


@pytest.mark.parametrize(
    "q2,value",
    [
        ("The minutes are attached.", "yes"),
        ("There are no papers.", "no"),
        (
            "We cannot provide the working papers, which are not held, but the revised policy is published at https://example.org/p",
            "yes",
        ),
        ("None.", "no"),
    ],
)
def test_papers(campaign, q2, value):
    assert code(campaign, q2=q2)["papers_provided"].value == value


def test_missing_answers_are_not_stated(campaign):
    got = code(campaign)
    assert {k: v.value for k, v in got.items()} == {
        "review_held": "not_stated", "review_date": None, "papers_provided": "not_stated",
        "s47_all_cases": "not_stated", "changes_made": "not_stated", "definition_changed": "not_stated",
        "rolling_is_non_mobile": "not_stated", "age_based": "not_stated", "age_threshold_months": None,
    }  # fmt: skip
