"""Invented positions and answer wording for the PDF and DOCX replies."""

from __future__ import annotations

from _fx_common import NOT_STATED, Reply

ALL_ANSWERED = {q: "answered" for q in "12345"}

DEVON = Reply(
    file="devon-letter.pdf",
    authority="Devon County Council",
    code="E10000008",
    outcome="answered",
    answers={
        "1": [
            "Yes. The South West Child Protection Procedures editorial group, acting "
            "for the Devon Children and Families Partnership and the other "
            "partnerships in the region, reviewed the chapter on bruising in babies "
            "and children who are not independently mobile in November 2022.",
            "The review concluded that every bruise should still be discussed with "
            "children's social care, but that an initial appraisal, informed by a "
            "paediatric opinion, should decide whether a strategy discussion is "
            "needed. The rewritten chapter was published on 3 February 2023.",
        ],
        "2": [
            "The rewritten chapter, with its amendment note, is published at "
            "https://www.proceduresonline.com/swcpp/devon/p_bruising_nim.html and "
            "the editorial group's review summary of November 2022 is enclosed with "
            "this letter as Appendix 1."
        ],
        "3": [
            "No. The procedure requires a referral to children's social care and a "
            "paediatric assessment in every case, but a strategy discussion, and any "
            "section 47 enquiry, only follows where the initial appraisal identifies "
            "a concern that the child may have been abused."
        ],
        "4": [
            "The following changes were made:",
            (
                "bullets",
                [
                    "an initial appraisal, led by a social work team manager with "
                    "the paediatrician, replaced the automatic convening of a "
                    "strategy discussion;",
                    "a clearer definition of 'not independently mobile' was added "
                    "(see question 5);",
                    "a leaflet for parents and carers explaining what happens next "
                    "was produced.",
                ],
            ),
        ],
        "5": [
            "Yes. The definition was changed in the February 2023 revision. A child "
            "is now regarded as not independently mobile if they are not yet "
            "crawling, bottom-shuffling, pulling to stand, cruising or walking.",
            "Babies who can roll over are still regarded as not independently "
            "mobile, because rolling is not treated as independent mobility. The "
            "definition is based on the child's development and not on their age.",
        ],
    },
    status=ALL_ANSWERED,
    fields=("formal", "2022-11", "yes", "no", "yes", "yes", "yes", "no", None),
)

WALSALL = Reply(
    file="walsall-foi-response.pdf",
    authority="Walsall Council",
    code="E08000030",
    outcome="answered",
    answers={
        "1": [
            "Yes. The West Midlands Regional Safeguarding Children Procedures group "
            "reviewed the regional protocol on bruising in non-mobile infants in "
            "January 2023, in response to the Panel's briefing. It concluded that "
            "the protocol was broadly sound but that the route to a strategy "
            "discussion and the meaning of mobility needed to be clearer. The "
            "updated protocol introduced an initial information-gathering step and a "
            "practitioner flowchart; it was published in April 2023 and adopted by "
            "Walsall Safeguarding Partnership."
        ],
        "2": [
            "The updated protocol, which includes a summary of the changes made "
            "after the review, is available at "
            "https://westmidlands.procedures.org.uk/page/bruising-nmi"
        ],
        "3": [
            "No. A strategy discussion is held where the initial conversation "
            "between children's social care and the paediatrician identifies "
            "safeguarding concerns. It is not automatic."
        ],
        "4": ["Please see our answer to question 1 above."],
        "5": [
            "Yes, the definition was reworded. 'Not independently mobile' now means "
            "a baby who cannot crawl, bottom shuffle, cruise or walk. A baby who can "
            "only roll is treated as not independently mobile. Age is not used as "
            "the test."
        ],
    },
    status={**ALL_ANSWERED, "4": "see_other"},
    fields=("formal", "2023-01", "yes", "no", "yes", "yes", "yes", "no", None),
)

ENFIELD = Reply(
    file="enfield-response-letter.pdf",
    authority="Enfield Council",
    code="E09000010",
    outcome="answered",
    exemptions=["s40(2)"],
    answers={
        "1": [
            "Yes. The Enfield Safeguarding Children Partnership (ESCP) reviewed its "
            "local protocol for bruising in children who are not independently "
            "mobile at its Quality Assurance subgroup on 12/12/2022.",
            "The subgroup concluded that the protocol was consistent with the "
            "London Safeguarding Children Procedures, but agreed to add information "
            "for parents and a revised referral form.",
        ],
        "2": [
            "A copy of the subgroup paper 'Review of the ESCP Bruising Protocol, "
            "December 2022' is attached. The names of junior officers have been "
            "removed under section 40(2) of the Act (personal information)."
        ],
        "3": [
            "Yes. In Enfield every bruise, mark or injury seen on a child who is not "
            "independently mobile is referred to children's social care and a "
            "strategy discussion is held in all cases, to decide whether a section "
            "47 enquiry is needed."
        ],
        "4": [
            "The protocol was updated to add a leaflet for parents, a revised "
            "multi-agency referral form and an expectation that the health visitor "
            "is invited to the strategy discussion. The requirement for a strategy "
            "discussion in every case was kept."
        ],
        "5": [
            "The definition did not change. The ESCP protocol describes a child who "
            "is not independently mobile as one who is not yet crawling, cruising or "
            "walking, and this includes babies who can roll over. Age is not used to "
            "decide whether a child is mobile."
        ],
    },
    status=ALL_ANSWERED,
    fields=("formal", "2022-12", "yes", "yes", "yes", "no", "yes", "no", None),
)

TELFORD = Reply(
    file="telford-and-wrekin-foi-letter.pdf",
    authority="Telford & Wrekin Council",
    code="E06000020",
    outcome="answered",
    answers={
        "1": [
            "No. Telford & Wrekin Safeguarding Partnership did not carry out a "
            "review after the Panel's briefing, and the briefing was not discussed "
            "by the partnership or by any of its subgroups. The partnership's "
            "bruising protocol had been rewritten in 2021 and has not been reviewed "
            "since."
        ],
        "2": ["There are no papers, as no review took place."],
        "3": [
            "No. Our protocol requires a discussion with children's social care and "
            "a paediatric examination; a strategy discussion is held only where "
            "concerns remain after that."
        ],
        "4": ["None. No changes have been made since the 2021 revision."],
        "5": [
            "There has been no change to the definition. The protocol treats all "
            "babies under 6 months of age as not independently mobile, and older "
            "babies as not independently mobile until they can crawl, bottom-shuffle "
            "or cruise. A baby who can roll is treated as not independently mobile. "
            "The protocol is at https://westmerciaconsortium.proceduresonline.com/"
            "p_bruising_tw.html"
        ],
    },
    status=ALL_ANSWERED,
    fields=("none", None, "no", "no", "no", "no", "yes", "yes", 6),
)

SALFORD = Reply(
    file="salford-refusal-notice.pdf",
    authority="Salford City Council",
    code="E08000006",
    outcome="refused",
    exemptions=["s12"],
    answers={q: None for q in "12345"},
    status={q: "refused" for q in "12345"},
    fields=NOT_STATED,
)

LANCASHIRE = Reply(
    file="lancashire-response.docx",
    authority="Lancashire County Council",
    code="E10000017",
    outcome="answered",
    answers={
        "1": [
            "Yes. The Pan-Lancashire Children's Safeguarding Procedures, which cover "
            "Blackburn with Darwen, Blackpool and Lancashire, were reviewed by the "
            "Pan-Lancashire Policy and Procedures Sub-Group in the spring of 2023. "
            "The sub-group concluded that the bruising chapter should be rewritten "
            "so that each case is appraised before any decision about a strategy "
            "discussion is made."
        ],
        "2": [
            "An extract from the sub-group's notes reads: 'The group agreed to "
            "replace the automatic strategy discussion with an initial appraisal by "
            "children's social care and the paediatrician, and to define "
            "non-mobility clearly.' The revised chapter is at "
            "https://panlancashirescb.proceduresonline.com/chapters/p_bruising.html"
        ],
        "3": [
            "No. Every case is referred to children's social care for an initial "
            "appraisal, with a paediatric opinion. A strategy discussion is convened "
            "where the appraisal indicates that the child may be suffering, or "
            "likely to suffer, significant harm."
        ],
        "4": [
            "The chapter was rewritten and republished on 1 August 2023 with a new "
            "flowchart, the initial appraisal step, a definition of 'not "
            "independently mobile' and guidance on talking with parents."
        ],
        "5": [
            "Yes. For the purposes of the procedure a baby is not independently "
            "mobile if they are under 6 months of age, or if they are older but not "
            "yet crawling, cruising or walking. Babies who can roll but do not crawl "
            "are regarded as not independently mobile."
        ],
    },
    status=ALL_ANSWERED,
    fields=("formal", "2023", "yes", "no", "yes", "yes", "yes", "yes", 6),
)

BARNSLEY = Reply(
    file="barnsley-foi-reply.docx",
    authority="Barnsley Council",
    code="E08000016",
    outcome="partial",
    exemptions=["s22"],
    answers={
        "1": [
            "Yes. Barnsley Safeguarding Children Partnership, working with the other "
            "South Yorkshire partnerships, carried out a formal review of the South "
            "Yorkshire bruising protocol, which was completed in October 2023. It "
            "concluded that the protocol should introduce an initial appraisal and a "
            "clearer definition of mobility. The revised protocol came into use in "
            "January 2024."
        ],
        "2": [
            "The review report is being prepared for publication on the "
            "partnership's website, https://www.barnsleysafeguarding.org.uk/, "
            "together with the partnership's annual report in February 2026. We are "
            "therefore withholding it under section 22 of the Freedom of "
            "Information Act 2000 (information intended for future publication).",
            "Section 22 is a qualified exemption. We recognise the public interest "
            "in openness about child protection practice, but we consider that it "
            "is outweighed by the interest in publishing the report in full, with "
            "its context, at the planned date.",
        ],
        "3": [
            "No. Under the revised protocol a strategy discussion takes place where "
            "the initial appraisal raises a concern; it is not required in every "
            "case."
        ],
        "4": [
            "The main changes were:",
            (
                "bullets",
                [
                    "an initial appraisal by children's social care and the "
                    "paediatrician before any strategy discussion;",
                    "a paediatric assessment on the same or the next working day;",
                    "written guidance on babies who can roll;",
                    "an information leaflet for parents and carers.",
                ],
            ),
        ],
        "5": [
            "Yes. The protocol now says that a baby is not independently mobile if "
            "they cannot move from place to place by crawling, bottom shuffling, "
            "cruising or walking. A baby who is only able to roll over is treated as "
            "not independently mobile. There is no age cut-off."
        ],
    },
    status={**ALL_ANSWERED, "2": "refused"},
    fields=("formal", "2023-10", "no", "no", "yes", "yes", "yes", "no", None),
)

CALDERDALE = Reply(
    file="calderdale-response.docx",
    authority="Calderdale Council",
    code="E08000033",
    outcome="answered",
    answers={
        "1": [
            "There was no formal review. The Panel's briefing was discussed at the "
            "Calderdale Safeguarding Children Partnership's Policy and Practice "
            "group in late 2022, alongside the West Yorkshire Consortium procedures. "
            "The group agreed that the existing procedure already met the "
            "briefing's expectations, so no review was commissioned."
        ],
        "2": [
            "There are no papers on the outcome, as the matter was dealt with in "
            "discussion and no report was written."
        ],
        "3": [
            "No. The West Yorkshire procedure asks the practitioner to consult "
            "children's social care, who decide with the paediatrician whether a "
            "strategy discussion is needed."
        ],
        "4": [
            "None. The procedure was already consistent with the evidence base and "
            "national guidance, so no changes were made."
        ],
        "5": [
            "No change has been made to the definition. The West Yorkshire procedure "
            "applies to babies who cannot yet roll, crawl, bottom-shuffle or walk. A "
            "baby who can roll over is therefore outside it and is treated as mobile "
            "for this purpose. The definition does not rely on age.",
            "The procedure can be read at "
            "https://westyorkscb.proceduresonline.com/chapters/p_bruising_immob.html",
        ],
    },
    status=ALL_ANSWERED,
    fields=("informal", "2022", "no", "no", "no", "no", "no", "no", None),
)

HARROW = Reply(
    file="harrow-letter.docx",
    authority="Harrow Council",
    code="E09000015",
    outcome="answered",
    answers={
        "1": [
            "Yes. In September 2023 the Harrow Safeguarding Children Partnership's "
            "Policies and Procedures subgroup reviewed how Harrow applies the London "
            "Safeguarding Children Procedures on bruising in pre-mobile babies. The "
            "review concluded that:",
            (
                "bullets",
                [
                    "the London procedure was consistent with the Panel's briefing;",
                    "Harrow's local practice guidance should no longer expect a "
                    "strategy meeting in every case;",
                    "training for health visitors and GPs should be refreshed.",
                ],
            ),
        ],
        "2": [
            "The revised local practice guidance is at "
            "https://www.harrowscp.org.uk/professionals/bruising-guidance and the "
            "subgroup's minutes are enclosed."
        ],
        "3": [
            "No. A strategy discussion is not required in every case; it is held "
            "where the initial appraisal by children's social care and health shows "
            "that one is needed."
        ],
        "4": [
            "We made these changes:",
            (
                "bullets",
                [
                    "removed the expectation of an automatic strategy meeting from "
                    "the local guidance;",
                    "added a flowchart that follows the London procedure;",
                    "refreshed multi-agency training, delivered from November 2023.",
                ],
            ),
        ],
        "5": [
            "Yes. The local guidance now uses the same wording as the London "
            "procedure: a baby who is not yet crawling, cruising, bottom-shuffling "
            "or walking independently. A baby who can roll is considered not "
            "independently mobile. Mobility is judged on development, not on age."
        ],
    },
    status=ALL_ANSWERED,
    fields=("formal", "2023-09", "yes", "no", "yes", "yes", "yes", "no", None),
)

_WSX_45 = [
    "Changes were made to the wording of the chapter to make clear that a "
    "strategy discussion is not automatic and that professionals should weigh the "
    "explanation given by parents.",
    "The definition of not independently mobile was not changed. It already "
    "covered babies who cannot crawl, bottom-shuffle, cruise or walk, and babies "
    "who can roll over remain within it. The Sussex procedure does not use an age "
    "threshold.",
]

WEST_SUSSEX = Reply(
    file="west-sussex-response.docx",
    authority="West Sussex County Council",
    code="E10000032",
    outcome="answered",
    answers={
        "1": [
            "Yes. The Pan-Sussex Child Protection and Safeguarding Procedures Group, "
            "which maintains the procedures used by Brighton & Hove, East Sussex and "
            "West Sussex, reviewed the chapter on bruising in non-mobile children "
            "during 2023 in the light of the Panel's briefing. It concluded that the "
            "chapter's approach was sound but that its wording should be changed."
        ],
        "2": [
            "The current chapter and its amendment record are published at "
            "https://sussexchildprotection.procedures.org.uk/page/bruising"
        ],
        "3": [
            "No. The Sussex procedure requires a referral to children's social care "
            "and a medical assessment; children's social care then decide, after an "
            "initial appraisal, whether a strategy discussion is required."
        ],
        "4": _WSX_45,
        "5": _WSX_45,
    },
    status=ALL_ANSWERED,
    fields=("formal", "2023", "yes", "no", "yes", "no", "yes", "no", None),
)
