"""Invented wording for the fresh_dec_j corpus (synthetic; not any council's real reply).

Each reply spec holds the answers exactly as they are printed, so the renderers and
labels.json share one source of truth.
"""

from __future__ import annotations

SYNTH = "Synthetic test document written for foi-responses; not a real council reply."
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ICO = "https://ico.org.uk/"
ICO_COMPLAIN = "https://ico.org.uk/make-a-complaint/"
CC_URL = (
    "https://www.communitycare.co.uk/2022/10/05/pre-mobile-infant-bruising-should-not-"
    "automatically-prompt-section-47s-say-government-advisers/"
)

# The five questions in this corpus's own words (full, with and without the typo).
Q_FULL = [
    "Was there a review of your safeguarding policies after the Panel's guidance was "
    "issued? If so, when did it take place and what did it conclude?",
    "Please provide any papers that record the outcome of that review.",
    "Does your policy require a section 47 investigation or a strategy discussion in "
    "every case?",
    "What changes were made to bring the policy into line with the evidence base and "
    "national guidance?",
    "Has your definition of 'not independently mobile' changed, and how is it defined "
    "now? In particular, are babies who can roll treated as not independently mobile, "
    "and is age used to decide?",
]
Q_TYPO = ["Was their a review" + Q_FULL[0][len("Was there a review") :]] + Q_FULL[1:]
Q_SHORT = [
    "Review after the Panel's briefing",
    "Papers on the outcome",
    "Section 47 in all cases?",
    "Changes made",
    "Definition of not independently mobile",
]


def fields(
    review: str, date: str | None, papers: str, s47: str, changes: str,
    defn: str, rolling: str, age: str, months: int | None,
) -> dict:
    return {
        "review_held": review, "review_date": date, "papers_provided": papers,
        "s47_all_cases": s47, "changes_made": changes, "definition_changed": defn,
        "rolling_is_non_mobile": rolling, "age_based": age, "age_threshold_months": months,
    }


NOT_STATED = fields(*(["not_stated", None] + ["not_stated"] * 6 + [None]))
ALL = ("1", "2", "3", "4", "5")

ST_HELENS = {
    "file": "st-helens-protocol-letter.pdf", "authority": "St Helens Council",
    "code": "E08000013", "outcome": "answered", "exemptions": ["s40(2)"],
    "answers": {
        "1": [
            "Yes. The SHSCP carried out a formal review of its protocol 'Bruising in "
            "Non-Mobile Babies' (Policy No. 11) in Feb. 2023, i.e. approx. four months "
            "after the Panel's briefing of 29 Sept. 2022. Dr. H. M. Okafor, Designated "
            "Doctor for Safeguarding Children, led the review with Ms. L. Fairclough, Head "
            "of Safeguarding and Quality Assurance.",
            "The review concluded that the protocol, then at v1.4, should be rewritten so "
            "that an initial appraisal by a health professional comes first, as "
            "recommended at para. 2.3. The SHSCP Executive accepted the recommendation on "
            "14 Mar. 2023.",
        ],
        "2": [
            "The review report (Ref. SHSCP/PPG/23/02) and the minutes of the Policy and "
            "Procedures Group of 21 Feb. 2023 (agenda item No. 5) are enclosed. Mr. "
            "Rimmer has redacted the names of junior staff from the minutes under s.40(2) "
            "of the FOIA, as releasing them would breach the U.K. GDPR.",
            "The revised protocol, v2.1, is published at "
            "https://sthelensscp.org.uk/procedures/bruising-non-mobile-v2-1",
        ],
        "3": [
            "No. Para. 3.2.4 of the protocol says that a strategy discussion is convened "
            "where the health appraisal, or other information held by the agencies, gives "
            "cause for concern; it is not required in every case. S.47 enquiries then "
            "follow only where the strategy discussion decides that the threshold in s. 47 "
            "of the Children Act 1989 is met.",
        ],
        "4": [
            "The changes made in v2.1 were: a health-led initial appraisal, normally by "
            "the GP, health visitor or the paediatric team at Whiston Hospital (para. "
            "2.1); a leaflet for parents, e.g. explaining birthmarks and what happens "
            "next, in six languages; and the removal of the old para. 4.1. That paragraph "
            "had required a Section 47 referral for every bruise, whatever the "
            "explanation.",
        ],
        "5": [
            "Yes. The definition changed in v2.1. A baby is now not independently mobile "
            "until he or she can crawl, bottom-shuffle, pull to stand or cruise. A baby "
            "who can roll over is still treated as not independently mobile. The new "
            "definition does not depend on age, cf. v1.4, which applied to all babies "
            "under 6 months.",
        ],
    },
    "fields": fields("formal", "2023-02", "yes", "no", "yes", "yes", "yes", "no", None),
    "links": ["https://sthelensscp.org.uk/procedures/bruising-non-mobile-v2-1", OGL,
              ICO_COMPLAIN],
}

HIPS_URL = "https://hipsprocedures.org.uk/qkyyoh/specific-circumstances/bruising-protocol"
HAMPSHIRE = {
    "file": "hampshire-hips-table.docx", "authority": "Hampshire County Council",
    "code": "E10000014", "outcome": "answered", "exemptions": [],
    "answers": {
        "1": [
            "No formal review was carried out. The HIPS Procedures Sub-Group, chaired by "
            "Mrs. J. A. Whitcombe, considered the Panel's briefing at its meeting on 8 "
            "Nov. 2022, which ran from 10.00 a.m. to 12.30 p.m. It agreed that the HIPS "
            "Bruising Protocol (v3.0, Apr. 2021) was already consistent with the briefing, "
            "e.g. because a health appraisal was already the first step.",
            "No. 4 of the Sub-Group's action log for that meeting records the decision: "
            "no review needed, and the protocol to be looked at again at its next "
            "scheduled update.",
        ],
        "2": [
            "The relevant extract of the minutes of 8 Nov. 2022 (item No. 6) reads: "
            "'Members noted the national Panel briefing. Dr. R. Osei confirmed that the "
            "HIPS protocol already requires an initial health assessment before any "
            "decision on s.47. Agreed: no change required at present.' No other papers "
            "are held.",
        ],
        "3": [
            "No. The protocol requires a referral to Children's Services and a paediatric "
            "assessment, e.g. at Southampton General Hospital or St Mary's Hospital, "
            "Newport. A strategy discussion, and any S.47 enquiries, follow only where "
            "that assessment or other information raises concern, as set out in para. "
            "5.2. The protocol does not send every case straight to a Section 47 enquiry.",
        ],
        "4": [
            "None. Because the protocol was judged to be consistent with the briefing, "
            "no changes were made to it, cf. our answer to question 1.",
        ],
        "5": [
            "The definition has not changed. Para. 1.5 of the protocol defines a "
            "non-mobile baby as one who is not yet crawling, bottom-shuffling, pulling to "
            "stand, cruising or walking. Babies who can roll are included, i.e. they are "
            "still regarded as non-mobile. All babies under 6 months old are also treated "
            "as non-mobile, whatever their motor development.",
        ],
    },
    "fields": fields("informal", "2022-11", "yes", "no", "no", "no", "yes", "yes", 6),
    "links": [HIPS_URL, "https://www.nationalarchives.gov.uk/doc/open-government-licence/",
              ICO],
}

LONDON_URL = "https://www.londonsafeguardingchildrenprocedures.co.uk/"
TOWER_HAMLETS = {
    "file": "tower-hamlets-disclosure-log.html",
    "authority": "London Borough of Tower Hamlets", "code": "E09000030",
    "outcome": "partial", "exemptions": ["s22"],
    "status": {"2": "refused"},
    "answers": {
        "1": [
            "Yes. The London Safeguarding Children Procedures editorial group reviewed the "
            "chapter on bruising in non-mobile children in Sept. 2023, in response to the "
            "Panel's briefing. The Tower Hamlets Safeguarding Children Partnership (THSCP) "
            "took part through its business manager, Mr. D. Uddin. The review found that "
            "the chapter should say more clearly that a health appraisal comes before any "
            "decision on S.47 enquiries, and a revised version was issued.",
        ],
        "2": [
            "The council holds a copy of the editorial group's review paper (Ref. "
            "LSCP-ED/2023/09). It is withheld under s.22 of the FOIA (information intended "
            "for future publication): the London procedures team plans to publish its "
            "review papers with the next edition, approx. in Mar. 2026. In applying s. 22 "
            "we considered the public interest, as set out below, and concluded that it "
            "favours waiting for publication.",
        ],
        "3": [
            "No. Under para. 4.2.1 of the London procedures, a bruised non-mobile baby is "
            "referred for a paediatric assessment, and a strategy discussion is convened "
            "where concerns remain. S. 47 enquiries are not automatic; cf. vol. 1, ch. 3 "
            "of the procedures on thresholds.",
        ],
        "4": [
            "The revised chapter (v7.2, published 3 Jan. 2024) made three changes:",
            "a health-led appraisal step before referral to the Multi-Agency Safeguarding "
            "Hub (MASH);",
            "advice to practitioners on talking with parents, e.g. about birthmarks, skin "
            "conditions and the family's own account;",
            "a reminder that Section 47 enquiries are a decision for the strategy "
            "discussion, i.e. not for the referrer.",
        ],
        "5": [
            "Yes. The definition was amended in v7.2. 'Not independently mobile' now "
            "means a baby who is not yet crawling, bottom-shuffling, cruising or walking. "
            "Para. 1.5 adds that a baby who can roll over is regarded as having some "
            "independent mobility and so is not within the definition. No age cut-off is "
            "used.",
        ],
    },
    "fields": fields("formal", "2023-09", "no", "no", "yes", "yes", "no", "no", None),
    "links": [LONDON_URL, OGL, ICO],
}

KENT_URL = "https://www.kscmp.org.uk/procedures/bruising-protocol-v4"
KENT = {
    "file": "kent-reply-email.eml", "authority": "Kent County Council",
    "code": "E10000016", "outcome": "answered", "exemptions": [],
    "answers": {
        "1": [
            "Yes. The KMSCMP Policy and Procedures sub-group carried out a formal review "
            "of the Kent and Medway Bruising Protocol (Policy No. 14), which was signed "
            "off on 22 Mar. 2023. The sub-group was chaired by Mr. R. J. Kaur; Dr. E. "
            "Mwangi, Designated Doctor, led the work. It concluded that the protocol "
            "should keep a single route to a paediatric assessment, but should stop "
            "sending every case for S.47 enquiries.",
        ],
        "2": [
            "The review summary (Ref. KMSCMP/PP/2023/07) is published with the revised "
            "protocol, v4.0, at " + KENT_URL,
            "Nos. 3 and 4 of the sub-group's 2023 minutes record the sign-off and can be "
            "sent to you on request.",
        ],
        "3": [
            "No.",
            "Section 47 enquiries are a decision for the strategy discussion, which takes "
            "place only where the paediatric assessment or other information raises a "
            "concern (cf. para. 3.2 of the protocol).",
        ],
        "4": [
            "The protocol was rewritten as v4.0 in Apr. 2023. The main changes were a "
            "health-led initial appraisal, e.g. by the GP, health visitor or emergency "
            "department, to record the parents' account; a new flowchart at para. 3.2; and "
            "new text on conditions that can look like bruising, such as birthmarks, "
            "blood disorders etc. The rest of the protocol was unchanged.",
        ],
        "5": [
            "No.",
            "The definition at para. 1.5 was not changed. A baby who is not crawling, "
            "cruising, bottom-shuffling or walking is not independently mobile, and that "
            "includes a baby who can roll. The definition is not based on age, in line "
            "with U.K. guidance from the Royal College of Paediatrics and Child Health.",
        ],
    },
    "fields": fields("formal", "2023-03", "yes", "no", "yes", "no", "yes", "no", None),
    "links": [KENT_URL, OGL, ICO_COMPLAIN],
}

SHEF_SUMMARY = "https://www.sheffieldscp.org.uk/assets/bruising-review-summary-2023.pdf"
SHEF_NOTE = "https://www.sheffieldscp.org.uk/practice-notes/no-9"
SHEFFIELD = {
    "file": "sheffield-case-export.txt", "authority": "Sheffield City Council",
    "code": "E08000019", "outcome": "answered", "exemptions": [],
    "answers": {
        "1": [
            "Yes. The South Yorkshire Safeguarding Children Procedures group carried out a "
            "formal review of the bruising chapter in the spring of 2023; it concluded on "
            "17 May 2023. The Sheffield Children Safeguarding Partnership (SCSP) took part "
            "through Dr. J. R. Smith, Designated Doctor. The review found that the "
            "regional chapter did not need to change in substance, but that Sheffield's "
            "own practice note should be re-issued. Cllr. B. Hussain, Cabinet Member for "
            "Children, was briefed on 2 Jun. 2023.",
        ],
        "2": [
            "Yes. The review summary is published at " + SHEF_SUMMARY,
            "The practice note (Practice Note No. 9, v2.0) is at " + SHEF_NOTE,
        ],
        "3": [
            "Yes.",
            "Practice Note No. 9 goes further than the regional chapter. Every referral "
            "of a bruised non-mobile baby leads to a strategy discussion, i.e. a "
            "multi-agency discussion chaired by a team manager, before any decision on "
            "S.47 enquiries is taken. The SCSP kept this rule after the review, noting "
            "the judgment in AB v. CD Council (2022) on the value of early multi-agency "
            "discussion.",
        ],
        "4": [
            "The following changes were made to Practice Note No. 9 (v2.0, Jul. 2023):",
            "- new wording on the initial appraisal by the health visitor or GP;",
            "- a body map template for recording marks;",
            "- updated references to NICE CG89, the RCPCH guidance etc.",
        ],
        "5": [
            "No.",
            "The definition was not changed. It applies to babies aged under 12 months "
            "who are not yet crawling, cruising or walking. A baby who can roll, but not "
            "crawl, is within the definition.",
        ],
    },
    "fields": fields("formal", "2023-05", "yes", "yes", "yes", "no", "yes", "yes", 12),
    "links": [SHEF_SUMMARY, SHEF_NOTE, OGL, ICO],
}

DDSCP_URL = "https://www.ddscp.org.uk/contact-us"
DERBYSHIRE_PASSAGE = [
    "The information you have asked for is held by the Derby and Derbyshire Safeguarding "
    "Children Partnership (DDSCP), not by Derbyshire County Council. The DDSCP writes and "
    "reviews the joint child protection procedures for Derby City and Derbyshire, incl. "
    "the chapter on bruising in babies who are not independently mobile. Please send "
    "your questions to the DDSCP business unit, which has agreed to reply to you: "
    + DDSCP_URL,
]
DERBYSHIRE = {
    "file": "derbyshire-redirect-letter.pdf", "authority": "Derbyshire County Council",
    "code": "E10000007", "outcome": "redirected", "exemptions": [],
    "status": dict.fromkeys(ALL, "redirected"),
    "answers": dict.fromkeys(ALL, DERBYSHIRE_PASSAGE),
    "fields": NOT_STATED,
    "links": [DDSCP_URL, "https://derbyshirescbs.proceduresonline.com/", ICO],
}

WESTMINSTER = {
    "file": "westminster-headed-answers.docx", "authority": "City of Westminster",
    "code": "E09000033", "outcome": "answered", "exemptions": [],
    "answers": {
        "1": [
            "Yes. The Kensington and Chelsea and Westminster safeguarding partnership (the "
            "Bi-borough partnership) reviewed its local Bruising Protocol (Protocol No. 3) "
            "at its Quality Assurance and Practice Sub-group on 11 May 2023, starting at 2 "
            "p.m. Dr. S. K. Mensah, Designated Doctor, chaired the item. Others present "
            "included Mr. T. Blake (Head of the Front Door service), Ms. R. Alvarez (Named "
            "Nurse, St Mary's Hospital) and Cllr. Y. Osman, who attended as an observer.",
            "It concluded that the protocol was sound in most respects, but should say "
            "plainly that a referral to Children's Services does not in itself mean S.47 "
            "enquiries.",
        ],
        "2": [
            "A copy of the sub-group's briefing note (2 pp., Ref. QAPS/2023/11) is "
            "enclosed with this response.",
        ],
        "3": [
            "No. The protocol, at para. 6.1, requires a referral and an assessment by a "
            "paediatrician, normally at St. Mary's Hospital, Paddington, on the same "
            "working day where possible (i.e. before 5 p.m.). A strategy discussion under "
            "Section 47 of the Children Act 1989 is convened only where the "
            "paediatrician, Children's Services or the police have concerns. Mr. Blake "
            "confirmed that this has been the position since the protocol was first "
            "issued.",
        ],
        "4": [
            "The following changes were made in v2.1 of the protocol, issued in Jul. 2023 "
            "as part of the partnership's £1.5m practice improvement programme:",
            "a new section on explaining the process to parents, cf. the Panel's comments "
            "on the effect on families;",
            "a revised flowchart at para. 6.3, which now shows the health appraisal first;",
            "a longer list of conditions to be ruled out, e.g. birthmarks, bleeding "
            "disorders, skin conditions etc.",
        ],
        "5": [
            "Yes. Para. 1.5 was amended in v2.1 to add a sentence on rolling. Babies under "
            "6 months are always treated as not independently mobile; older babies are "
            "assessed on what they can do. A baby who can roll over but cannot crawl, "
            "bottom-shuffle or cruise is NOT regarded as independently mobile.",
        ],
    },
    "fields": fields("formal", "2023-05", "yes", "no", "yes", "yes", "yes", "yes", 6),
    "links": [OGL, ICO_COMPLAIN],
}

HERTS_URL = (
    "https://www.hertfordshire.gov.uk/about-the-council/freedom-of-information-and-"
    "council-data/"
)
ST_ALBANS_PASSAGE = [
    "St Albans City and District Council is a district council, i.e. it is not a "
    "children's services authority and it is not one of the three safeguarding partners "
    "for the area. The council does not hold any information within the scope of your "
    "request.",
    "You may wish to contact Hertfordshire County Council, which is responsible for "
    "children's services across the county, incl. the St. Albans district: " + HERTS_URL,
]
ST_ALBANS = {
    "file": "st-albans-district-email.eml",
    "authority": "St Albans City and District Council", "code": None,
    "sender_kind": "district", "outcome": "not_held", "exemptions": [],
    "status": dict.fromkeys(ALL, "not_held"),
    "answers": dict.fromkeys(ALL, ST_ALBANS_PASSAGE),
    "fields": NOT_STATED,
    "links": [HERTS_URL, ICO],
}

WM_URL = "https://westmidlands.procedures.org.uk/"
BIRMINGHAM_PASSAGE = [
    "We estimate that locating, retrieving and extracting the information you have asked "
    "for would take approx. 31 hours. Children's social care in Birmingham is delivered "
    "by Birmingham Children's Trust on the council's behalf, and the records of the "
    "Birmingham Safeguarding Children Partnership's procedure sub-groups since Sept. 2022 "
    "are kept in several systems; each set of minutes, e.g. those of the regional "
    "procedures group, would have to be searched by hand.",
    "This is above the appropriate limit of 18 hours (£450 at £25 per hour) set by the "
    "Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations "
    "2004. The council is therefore not obliged to comply with your request, and it is "
    "refused under s.12(1) of the FOIA.",
]
BIRMINGHAM = {
    "file": "birmingham-foi-refusal.html", "authority": "Birmingham City Council",
    "code": "E08000025", "outcome": "refused", "exemptions": ["s12"],
    "status": dict.fromkeys(ALL, "refused"),
    "answers": dict.fromkeys(ALL, BIRMINGHAM_PASSAGE),
    "fields": NOT_STATED,
    "links": [WM_URL, ICO_COMPLAIN],
}

CAMBS_A1 = [
    "An informal consideration took place, not a formal review. The CPSCP Board discussed "
    "the Panel's briefing at its meeting on 19 Jan. 2023 (item no. 7, approx. 2.30 p.m.), and "
    "agreed that Procedure No. 5.7, 'Bruising in Babies', did not need a formal review "
    "because it had been revised in Dec. 2021. No changes were made to the procedure as "
    "a result.",
]
CAMBRIDGESHIRE = {
    "file": "cambridgeshire-partial-response.docx",
    "authority": "Cambridgeshire County Council", "code": "E10000003",
    "outcome": "partial", "exemptions": [],
    "status": {"2": "not_held", "4": "see_other"},
    "answers": {
        "1": CAMBS_A1,
        "2": [
            "The council does not hold any papers for this question. The item was an oral "
            "update by the CPSCP's business manager, Mrs. L. Turner, and no report was "
            "tabled.",
        ],
        "3": [
            "No. Procedure No. 5.7, at para. 3.4, sets out that a paediatric assessment "
            "and a discussion with the on-call consultant come first. S.47 enquiries are "
            "begun only where those steps show a risk of significant harm, i.e. the test "
            "in s. 47 of the Children Act 1989. Dr. O. "
            "Adeyemi, Designated Doctor, advised the Board that this was consistent with "
            "the briefing.",
        ],
        "4": CAMBS_A1,
        "5": [
            "The definition at para. 1.2 of Procedure No. 5.7 was not changed. It reads: "
            "'a baby who is not yet crawling or bottom-shuffling'. The procedure does not "
            "say whether a baby who can roll is covered. Age is not used as a test.",
        ],
    },
    "fields": fields("informal", "2023-01", "no", "no", "no", "no", "not_stated", "no",
                     None),
    "links": [OGL, ICO],
}

CIOS_URL = "https://ciossafeguarding.org.uk/documents/bruising-protocol-review-2024.pdf"
CORNWALL = {
    "file": "cornwall-numbered-table.pdf", "authority": "Cornwall Council",
    "code": "E06000052", "outcome": "answered", "exemptions": [],
    "answers": {
        "1": [
            "Yes. A formal review of the CIOSSCP's local protocol was completed in Jan. "
            "2024; the final report went to the CIOSSCP Executive on 24 Jan. 2024. The "
            "review was led by Dr. M. Trevithick, Designated Paediatrician, with Mrs. E. "
            "Nance from the Multi-Agency Referral Unit (MARU) in St. Austell. It concluded "
            "that the protocol should move from automatic referral to a health-led "
            "appraisal. Cllr. D. Penrose, Portfolio Holder for Children and Families, "
            "received a copy.",
        ],
        "2": [
            "Yes. The review report (v1.5, 9 pp.) is published at " + CIOS_URL + ". "
            "Appendix B contains the audit of approx. 40 referrals made between Oct. 2022 "
            "and Sept. 2023.",
        ],
        "3": [
            "No. Since Feb. 2024 the protocol (para. 3.2) requires a discussion between "
            "the referrer and the on-call paediatrician at the Royal Cornwall Hospital "
            "first (available 8 a.m. to 10 p.m., and by phone overnight). A strategy discussion is held if the paediatrician or children's "
            "social care has concerns, and S.47 enquiries follow from that discussion. "
            "The protocol notes the caution urged by the court in A Local Authority v. M "
            "& F (2021) about relying on a bruise alone.",
        ],
        "4": [
            "The protocol was re-issued as v3.0 on 1 Mar. 2024 with these changes: (i) a "
            "health-led initial appraisal; (ii) guidance for practitioners on talking "
            "with parents; and (iii) the removal of the rule in the old para. 2.6, under "
            "which every case was discussed with the police.",
        ],
        "5": [
            "Yes. The definition was changed in v3.0 to follow the South West procedures "
            "(vol. 2, s. 1.5). A baby who can roll over from front to back and back again "
            "is treated as independently mobile. The definition depends on what the baby "
            "can do, not on age.",
        ],
    },
    "fields": fields("formal", "2024-01", "yes", "no", "yes", "yes", "no", "no", None),
    "links": [CIOS_URL, OGL, ICO],
}

WY_URL = "https://westyorkscb.proceduresonline.com/chapters/p_bruising.html"
LEEDS = {
    "file": "leeds-disclosure-log.html", "authority": "Leeds City Council",
    "code": "E08000035", "outcome": "answered", "exemptions": [],
    "answers": {
        "1": [
            "There was no formal review. The West Yorkshire Consortium's procedures "
            "working group considered the Panel's briefing at its meeting on 6 Dec. 2022, "
            "and agreed that the consortium chapter on bruising in non-mobile babies was "
            "already in line with it. This was reported to the Leeds Safeguarding Children "
            "Partnership (LSCP) on 12 Jan. 2023, and the LSCP's chair, Prof. A. Patel, "
            "signed off the decision.",
        ],
        "2": [
            "No papers were produced. The item was taken as an oral update and recorded "
            "only in the working group's action log.",
        ],
        "3": [
            "No. Under para. 2.4 of the consortium chapter, an assessment by a "
            "paediatrician decides whether a strategy discussion is needed. S. 47 "
            "enquiries are started only if the strategy discussion agrees they are "
            "needed.",
        ],
        "4": [
            "No changes were made. The chapter had been updated in Jun. 2022, and item "
            "no. 7 of the consortium's review schedule set its next full review for Jun. "
            "2025.",
        ],
        "5": [
            "No.",
            "The definition was not changed. The chapter treats all babies under 6 months "
            "as not independently mobile. For older babies the practitioner judges "
            "mobility case by case, e.g. by asking whether the baby can crawl or pull to "
            "stand. Rolling is not mentioned.",
        ],
    },
    "fields": fields("informal", "2022-12", "no", "no", "no", "no", "not_stated", "yes", 6),
    "links": [WY_URL, ICO],
}

NOT_URL = "https://northtyneside.proceduresonline.com/northoftyne/p_bruising_non_mobile.html"
NORTHUMBERLAND = {
    "file": "northumberland-email-attachment.eml",
    "authority": "Northumberland County Council", "code": "E06000057",
    "outcome": "answered", "exemptions": [],
    "answers": {
        "1": [
            "Yes. The North of Tyne Safeguarding Children Partnership's procedures group "
            "carried out a formal review in Oct. 2022, soon after the Panel's briefing of "
            "29 Sept. 2022. It concluded that the existing procedure, 'Bruising in "
            "Non-Mobile Babies' (Ref. NoT/P/017, v2.1), sent too many families to S.47 "
            "enquiries without a prior health appraisal, and it recommended a revised "
            "pathway. Prof. L. Graham, the partnership's independent scrutineer, chaired "
            "the final meeting at 9.30 a.m. on 27 Oct. 2022.",
        ],
        "2": [
            "The review paper of 27 Oct. 2022 is enclosed as Appendix A. The revised "
            "procedure is published at " + NOT_URL,
        ],
        "3": [
            "No.",
            "A strategy discussion is held only where the paediatric assessment or the "
            "children's social care check raises a concern; see para. 3.2.4 of the "
            "procedure. Section 47 enquiries are then decided at that discussion.",
        ],
        "4": [
            "Yes.",
            "v3.0 of the procedure (Jan. 2023) introduced a health-led appraisal, e.g. by "
            "the GP or health visitor; a leaflet for parents, translations etc.; and an "
            "audit of cases, "
            "repeated approx. every 12 months and reported to the partnership's "
            "executive, chaired by Mrs. D. Armstrong.",
        ],
        "5": [
            "Yes. The definition was changed in v3.0. A baby is not independently mobile "
            "unless he or she can crawl, bottom-shuffle, pull to stand or cruise, so "
            "babies who can roll are included. Age is no longer part of the definition, "
            "cf. v2.1, which applied it to every baby under 12 months. This follows U.K. "
            "guidance from the RCPCH.",
        ],
    },
    "fields": fields("formal", "2022-10", "yes", "no", "yes", "yes", "yes", "no", None),
    "links": [NOT_URL, ICO],
}

SURREY = {
    "file": "surrey-plain-letter.txt", "authority": "Surrey County Council",
    "code": "E10000030", "outcome": "answered", "exemptions": [],
    "answers": {
        "1": [
            "No. There was no review. The Surrey Safeguarding Children Partnership (SSCP) "
            "did not review its procedure after the Panel's briefing, and the briefing was "
            "not considered by any of its sub-groups. Mr. N. Clarke, the SSCP's business "
            "manager, has confirmed this.",
        ],
        "2": ["There are no papers, as no review took place."],
        "3": [
            "Yes. Surrey's procedure (Ref. SSCP-CP-14, v1.5) requires a strategy "
            "discussion in every case where a bruise is seen on a non-mobile baby, i.e. "
            "before any decision on S.47 enquiries. Dr. F. Hale, Designated Doctor at "
            "Ashford and St. Peter's Hospitals, has advised that this remains the safest "
            "approach, cf. the court's remarks in X County Council v. Y (2019).",
        ],
        "4": [
            "None.",
            "No changes have been made since the procedure was last updated in Sept. 2021.",
        ],
        "5": [
            "No change has been made. The procedure defines a not independently mobile "
            "baby as one who is not yet crawling, cruising or walking; babies who can roll "
            "are therefore included.",
        ],
    },
    "fields": fields("none", None, "no", "yes", "no", "no", "yes", "not_stated", None),
    "links": [ICO],
}

REPLIES = [
    ST_HELENS, HAMPSHIRE, TOWER_HAMLETS, KENT, SHEFFIELD, DERBYSHIRE, WESTMINSTER,
    ST_ALBANS, BIRMINGHAM, CAMBRIDGESHIRE, CORNWALL, LEEDS, NORTHUMBERLAND, SURREY,
]
REJECTS = [
    {"file": "medway-acknowledgement.docx", "format": "docx", "reject": True,
     "why": "acknowledgement"},
    {"file": "wolverhampton-s47-statistics.pdf", "format": "pdf", "reject": True,
     "why": "other_request"},
]
