"""Invented positions and answer wording for the email, web and text replies."""

from __future__ import annotations

from _fx_common import NOT_STATED, Reply

ALL_ANSWERED = {q: "answered" for q in "12345"}

NOTTS = Reply(
    file="nottinghamshire-reply.eml",
    authority="Nottinghamshire County Council",
    code="E10000024",
    outcome="answered",
    answers={
        "1": [
            "The Nottingham City and Nottinghamshire Safeguarding Children "
            "Partnerships considered the Panel's briefing at their joint Procedures "
            "Group on 16 February 2023. The group did not carry out a formal review; "
            "it checked the joint procedure against the briefing and agreed that it "
            "was already consistent with it."
        ],
        "2": [
            "No report was written. The minutes of the 16 February 2023 meeting "
            "record: \"Members compared the joint procedure with the national "
            "Panel's briefing. The procedure already requires an initial discussion "
            "before any strategy meeting and defines mobility. No amendment is "
            "needed at this time.\""
        ],
        "3": [
            "No. Whether a strategy discussion is needed is decided after a "
            "conversation between the professional who saw the bruise, children's "
            "social care and the on-call paediatrician."
        ],
        "4": [
            "No changes were made as a result of the briefing, because the procedure "
            "was judged to be consistent with it."
        ],
        "5": [
            "The definition has not changed. Our procedure describes a non-mobile "
            "child as one who is not yet able to crawl, bottom shuffle or walk. It "
            "does not set an age limit. The procedure can be read at "
            "https://nottinghamshirescp.proceduresonline.com/chapters/p_bruising.html"
        ],
    },
    status=ALL_ANSWERED,
    fields=("informal", "2023-02", "yes", "no", "no", "no", "not_stated", "no", None),
)

GREENWICH = Reply(
    file="greenwich-reply.eml",
    authority="Royal Borough of Greenwich",
    code="E09000011",
    outcome="answered",
    answers={
        "1": [
            "There was no formal review. The Royal Greenwich Safeguarding Children "
            "Partnership's Practice Review Group discussed the Panel's briefing at "
            "its meeting on 8 November 2022 and compared it with the London "
            "Safeguarding Children Procedures, which Greenwich follows "
            "(https://www.londonsafeguardingchildrenprocedures.co.uk/bruising.html). "
            "The group was satisfied that the London procedures met the briefing "
            "and that no local review was needed."
        ],
        "2": [
            "No papers on an outcome exist, because no review took place and the "
            "discussion was not minuted in detail."
        ],
        "3": ["No."],
        "4": ["No changes were made."],
        "5": [
            "No change. We use the London procedures' definition: a child who is not "
            "yet crawling, cruising or walking. Babies who can roll over but cannot "
            "crawl are regarded as not independently mobile. Age is not the test "
            "used."
        ],
    },
    status=ALL_ANSWERED,
    fields=("informal", "2022-11", "no", "no", "no", "no", "yes", "no", None),
)

_TH_45 = [
    "The Council does not hold information about changes made to the London "
    "Safeguarding Children Procedures or about the definition of mobility they use. "
    "The procedures are maintained by the London Safeguarding Children Partnership, "
    "which holds this information. You may contact the partnership through "
    "https://www.londonsafeguardingchildrenprocedures.co.uk/contact.html"
]

TOWER_HAMLETS = Reply(
    file="tower-hamlets-reply.eml",
    authority="Tower Hamlets Council",
    code="E09000030",
    outcome="partial",
    answers={
        "1": [
            "Yes. The Tower Hamlets Safeguarding Children Partnership reviewed its "
            "multi-agency guidance on bruising in non-mobile babies in February "
            "2023, following the Panel's briefing. The review concluded that "
            "practitioners in Tower Hamlets should continue to follow the London "
            "procedures without a separate local protocol."
        ],
        "2": [
            "The review summary that was presented to the Partnership Executive in "
            "March 2023 is attached as Annex A."
        ],
        "3": [
            "No. In line with the London procedures, a strategy discussion is held "
            "where the initial appraisal shows that it is needed."
        ],
        "4": _TH_45,
        "5": _TH_45,
    },
    status={**ALL_ANSWERED, "4": "redirected", "5": "redirected"},
    fields=(
        "formal", "2023-02", "yes", "no", "not_stated",
        "not_stated", "not_stated", "not_stated", None,
    ),  # fmt: skip
)

NORTH_SOMERSET = Reply(
    file="north-somerset-reply.eml",
    authority="North Somerset Council",
    code="E06000024",
    outcome="answered",
    answers={
        "1": [
            "No formal review was carried out. The North Somerset Safeguarding "
            "Children Partnership's Learning and Development subgroup considered "
            "the Panel's briefing at its January 2024 meeting, checked the South "
            "West Child Protection Procedures chapter against it and concluded that "
            "the chapter was compliant."
        ],
        "2": [
            "The subgroup's minutes for January 2024 are attached as Appendix 1; the "
            "relevant item is item 6."
        ],
        "3": ["No."],
        "4": ["No changes were needed."],
        "5": [
            "The definition has not changed. It remains as set out in section 3 of "
            "the South West procedure: "
            "https://www.proceduresonline.com/swcpp/northsomerset/p_bruising.html"
        ],
    },
    status=ALL_ANSWERED,
    fields=(
        "informal", "2024-01", "yes", "no", "no", "no",
        "not_stated", "not_stated", None,
    ),  # fmt: skip
)

_HERTS_45 = [
    "The protocol was rewritten. It now has an initial appraisal stage, a new "
    "definition of mobility and a leaflet for parents.",
    "The definition changed: a child is not independently mobile unless they can "
    "crawl, bottom-shuffle, cruise or walk, so a baby who can roll is still treated "
    "as not independently mobile. The protocol does not use age to decide mobility.",
]

HERTS = Reply(
    file="hertfordshire-disclosure-log.html",
    authority="Hertfordshire County Council",
    code="E10000015",
    outcome="answered",
    answers={
        "1": [
            "Yes. The Hertfordshire Safeguarding Children Partnership (HSCP) "
            "Procedures Group reviewed the Bruising in Non-Mobile Children protocol "
            "at a dedicated meeting on 14/03/2023. It concluded that the protocol "
            "should move from an automatic strategy discussion to an initial "
            "appraisal led by children's services with paediatric input."
        ],
        "2": [
            "The revised protocol is available at "
            "https://www.hertssafeguarding.org.uk/media/bruising-protocol-2023.pdf "
            "and a summary of the changes at "
            "https://www.hertssafeguarding.org.uk/media/bruising-changes.pdf"
        ],
        "3": [
            "No. Strategy discussions are no longer automatic; one is held where the "
            "initial appraisal identifies a risk of significant harm."
        ],
        "4": _HERTS_45,
        "5": _HERTS_45,
    },
    status=ALL_ANSWERED,
    fields=("formal", "2023-03", "yes", "no", "yes", "yes", "yes", "no", None),
)

PORTSMOUTH = Reply(
    file="portsmouth-foi-page.html",
    authority="Portsmouth City Council",
    code="E06000044",
    outcome="answered",
    answers={
        "1": [
            "Yes. The HIPS Procedures Group, which serves the Hampshire, Isle of "
            "Wight, Portsmouth and Southampton partnerships, reviewed the protocol "
            "for bruising in babies who are not independently mobile in June 2023, "
            "prompted by the Panel's briefing. It concluded that mobility needed a "
            "clearer definition and that an initial appraisal step should be added."
        ],
        "2": [
            "See https://hipsprocedures.org.uk/page/bruising-protocol where the "
            "amendments section explains what changed and why."
        ],
        "3": ["No, not in all cases."],
        "4": [
            (
                "bullets",
                [
                    "Initial appraisal step added.",
                    "'Pre-mobile' replaced by 'not independently mobile', with a "
                    "definition.",
                    "Guidance on birthmarks that can be mistaken for bruises "
                    "expanded.",
                ],
            )
        ],
        "5": [
            "Yes, the definition changed in the June 2023 revision. A baby is "
            "regarded as not independently mobile if they are not yet crawling, "
            "bottom shuffling, pulling to stand, cruising or walking. Rolling over "
            "does not count as independent mobility, so a baby who can roll is "
            "treated as not independently mobile. The protocol does not use an age "
            "threshold."
        ],
    },
    status=ALL_ANSWERED,
    fields=("formal", "2023-06", "yes", "no", "yes", "yes", "yes", "no", None),
)

GATESHEAD = Reply(
    file="gateshead-disclosure.html",
    authority="Gateshead Council",
    code="E08000037",
    outcome="answered",
    answers={
        "1": [
            "No. There has been no review of the procedure since the Panel's "
            "briefing was published, and the briefing has not been considered by "
            "the Gateshead Safeguarding Children Partnership. The procedure was "
            "last revised in March 2021."
        ],
        "2": ["Not applicable: there was no review, so there are no papers."],
        "3": [
            "Yes. The procedure requires a referral to children's social care and a "
            "strategy discussion in every case of bruising to a child who is not "
            "independently mobile. It is published at "
            "https://www.gatesheadsafeguarding.org.uk/procedures/bruising"
        ],
        "4": ["No changes have been made."],
        "5": [
            "The definition has not changed. The procedure applies to babies who are "
            "not yet crawling, cruising or walking. There is no age threshold."
        ],
    },
    status=ALL_ANSWERED,
    fields=("none", None, "no", "yes", "no", "no", "not_stated", "no", None),
)

MERTON = Reply(
    file="merton-letter.txt",
    authority="Merton Council",
    code="E09000024",
    outcome="answered",
    answers={
        "1": [
            "The Merton Safeguarding Children Partnership did not carry out a "
            "formal review. The Panel's briefing was considered by the "
            "partnership's Practice and Procedures subgroup, which was satisfied "
            "that Merton's practice guidance, used alongside the London "
            "Safeguarding Children Procedures, was already in line with it."
        ],
        "2": ["No papers were produced."],
        "3": [
            "No. A strategy discussion is arranged if, after the first consultation "
            "with children's social care and the paediatric assessment, there is a "
            "concern that the child may have been harmed."
        ],
        "4": ["No changes were needed."],
        "5": [
            "No changes have been made to our definition. Merton's practice "
            "guidance says that all babies under the age of 12 months who are not "
            "yet walking are to be treated as not independently mobile. This "
            "includes babies who can roll, crawl or pull to stand. The guidance is "
            "at https://www.mertonscp.org.uk/practice-guidance/bruising"
        ],
    },
    status=ALL_ANSWERED,
    fields=("informal", None, "no", "no", "no", "no", "yes", "yes", 12),
)

MIDDLESBROUGH = Reply(
    file="middlesbrough-case-export.txt",
    authority="Middlesbrough Council",
    code="E06000002",
    outcome="partial",
    answers={
        "1": [
            "The South Tees Safeguarding Children Partnership (STSCP) considered the "
            "Panel's briefing at its Procedures and Practice Development group in "
            "May 2023. No formal review was carried out because the group was "
            "satisfied that the Tees-wide procedure already reflected the briefing."
        ],
        "2": [
            "Middlesbrough Council does not hold any papers on the outcome of this "
            "consideration."
        ],
        "3": [
            "Yes - a strategy discussion is held in all cases involving bruising to "
            "a non-mobile baby (Tees procedure, "
            "https://www.teescpp.org.uk/bruising-protocol/)."
        ],
        "4": None,
        "5": [
            "There has been no change to the definition. Under the Tees procedure "
            "every baby under six months is considered not independently mobile, "
            "whatever their stage of development."
        ],
    },
    status={**ALL_ANSWERED, "2": "not_held", "4": "not_answered"},
    fields=(
        "informal", "2023-05", "no", "yes", "not_stated",
        "no", "not_stated", "yes", 6,
    ),  # fmt: skip
)

WYCHAVON = Reply(
    file="wychavon-letter.txt",
    authority="Wychavon District Council",
    code=None,
    sender_kind="district",
    outcome="redirected",
    answers={q: None for q in "12345"},
    status={q: "redirected" for q in "12345"},
    fields=NOT_STATED,
)
