"""The dataset's tables: explicit pyarrow schemas, with a meaning for every column.

The data dictionary and datapackage.json are generated from these definitions, so the
documentation cannot drift from the files.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

# Defined apart, without pyarrow, so that the command line can offer them cheaply.
from foi.dataset.values import CODED_VALUES as CODED_VALUES
from foi.dataset.values import FIELDS as FIELDS

SCHEMA_VERSION = "2"  # 2: answers carry a status for every question

CODED = pa.dictionary(pa.int8(), pa.string())


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True

    @property
    def allowed(self) -> list[str] | None:
        return CODED_VALUES.get(self.name)


FIELD_COLUMNS = [
    Column("review_held", CODED, "Q1: was the policy reviewed after the Panel's September 2022 guidance: formal, informal (considered, judged compliant), none, not_stated."),
    Column("review_date", pa.string(), "When that review or consideration happened: YYYY-MM, or YYYY where only the year is given."),
    Column("papers_provided", CODED, "Q2: papers attached, linked or quoted (yes), none or withheld (no), not_stated."),
    Column("s47_all_cases", CODED, "Q3: does the policy require a section 47 enquiry or strategy discussion for every bruised non-mobile infant."),
    Column("changes_made", CODED, "Q4: were changes made for consistency with the evidence and guidance."),
    Column("definition_changed", CODED, "Q5: did the definition of 'not independently mobile' change."),
    Column("rolling_is_non_mobile", CODED, "Does a baby who can roll (but not crawl, cruise or walk) still count as not independently mobile."),
    Column("age_based", CODED, "Is being not independently mobile decided wholly or partly by age."),
    Column("age_threshold_months", pa.int8(), "That age threshold in months (26 weeks = 6, one year = 12)."),
]  # fmt: skip

TABLES: dict[str, list[Column]] = {
    "responses": [
        Column("authority_code", pa.string(), "GSS code of the responding authority.", False),
        Column("authority_name", pa.string(), "Official name."),
        Column("partnership", pa.string(), "Its local safeguarding children partnership."),
        Column("procedures_group", pa.string(), "Shared procedures manual or protocol group, if any."),
        Column("platform", pa.string(), "Where the chosen document was found: alaveteli, disclosurelog, council_site, import."),
        Column("url", pa.string(), "URL (or original file name) of the chosen document: the link to cite."),
        Column("reference", pa.string(), "The platform's or council's reference for the request."),
        Column("received_date", pa.date32(), "Date the request was received, where the platform gives it."),
        Column("published_date", pa.date32(), "Date the response was sent or published, where known."),
        Column("working_days_to_respond", pa.int16(), "Working days from receipt to response, England and Wales bank holidays excluded (statutory limit 20)."),
        Column("outcome", CODED, "The response as a whole."),
        Column("exemptions", pa.list_(pa.string()), "FOIA exemptions applied, e.g. s21, s40(2)."),
        *FIELD_COLUMNS,
        Column("links", pa.list_(pa.string()), "Every http(s) URL the response gives, in order."),
        Column("document_sha256", pa.string(), "sha256 of the chosen document in the raw archive.", False),
        Column("document_format", pa.string(), "Format read from the content: html, pdf, docx, eml, txt."),
        Column("sources", pa.list_(pa.string()), "Every archived document of this authority for the campaign (URL or file name)."),
    ],
    "answers": [
        Column("authority_code", pa.string(), "GSS code.", False),
        Column("question_no", pa.int8(), "Question number in the campaign's request.", False),
        Column("question_key", pa.string(), "Short key: review, papers, s47_all_cases, changes, definition."),
        Column("status", CODED, "answered, see_other (its answer is under another question), not_held, refused (an exemption), redirected (another named body holds it) or not_answered.", False),
        Column("status_detail", pa.string(), "The exemptions for refused, the body named for redirected, the question pointed to for see_other."),
        Column("question_text", pa.string(), "The question as the council printed it (null where it did not)."),
        Column("answer_text", pa.string(), "The council's answer as printed (null where the question got none of its own)."),
        Column("location", pa.string(), "Where in the document: page, line or section."),
    ],
    "facts": [
        Column("authority_code", pa.string(), "GSS code.", False),
        Column("field", pa.string(), "Coded field name (see responses).", False),
        Column("value", pa.string(), "The value as text (null where none)."),
        Column("evidence", pa.string(), "The sentence that decided it."),
        Column("confidence", pa.float32(), "The rule's own estimate, 0-1 (1 for a human correction)."),
        Column("method", pa.string(), "rule or correction.", False),
        Column("note", pa.string(), "A reviewer's note, for corrections."),
        Column("reviewer", pa.string(), "Who made the correction."),
    ],
    "authorities": [
        Column("authority_code", pa.string(), "GSS code.", False),
        Column("name", pa.string(), "Official name.", False),
        Column("type", pa.string(), "UA, MD, LBO, CTY or CC."),
        Column("region", pa.string(), "Region of England."),
        Column("partnership", pa.string(), "Local safeguarding children partnership."),
        Column("procedures_group", pa.string(), "Shared procedures group, if any."),
        Column("responded", pa.bool_(), "Was a response found.", False),
        Column("outcome", CODED, "Outcome of the response found (null where none)."),
    ],
    "partnerships": [
        Column("name", pa.string(), "Partnership or shared procedures group.", False),
        Column("kind", pa.string(), "partnership or procedures_group.", False),
        Column("members", pa.list_(pa.string()), "GSS codes of the member authorities."),
        Column("member_count", pa.int16(), "How many members."),
        Column("responded", pa.int16(), "How many members' responses were found."),
        *[Column(f"{c.name}_values", pa.list_(pa.string()), f"Distinct values of {c.name} across responding members (not_stated left out).") for c in FIELD_COLUMNS],
        Column("disagree_fields", pa.list_(pa.string()), "Fields on which responding members give different values."),
        Column("members_agree", pa.bool_(), "True where the responding members agree on every field (disagree_fields empty), false where they differ; null where fewer than two members responded, so there is nothing to compare (every row of a dataset in which no two members of one group have replied, such as the demo's)."),
    ],
    # Not written by the build: appended by every crawl (DATA_DIR/state/changes.parquet) and
    # copied into each dataset, so the history of every fact can be read back.
    "changes": [
        Column("run_time", pa.timestamp("s", tz="UTC"), "When the crawl that saw the change ran (UTC).", False),
        Column("authority_code", pa.string(), "GSS code.", False),
        Column("authority_name", pa.string(), "Official name."),
        Column("kind", pa.string(), "What changed: first_response, new_document, answer_changed, fact_changed or document_disappeared.", False),
        Column("field", pa.string(), "outcome for first_response, document_sha256 for new_document, the question (Q1-Q5) for answer_changed, the coded field for fact_changed."),
        Column("old_value", pa.string(), "The value before (null for a first response)."),
        Column("new_value", pa.string(), "The value after."),
        Column("evidence", pa.string(), "The sentence that decided the new value."),
        Column("url", pa.string(), "URL (or file name) of the authority's chosen document."),
    ],
}  # fmt: skip
BUILT = ["responses", "answers", "facts", "authorities", "partnerships"]  # written by `foi build`


def schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in TABLES[table]])
