"""The dataset's tables: explicit pyarrow schemas, with a meaning for every column.

The coded fields' columns come from the campaign (its `FieldSpec`s, foi/campaigns/campaign.py): a
category or yes/no field is a dictionary column holding every allowed value in the campaign's
order, a month a string (YYYY-MM or YYYY), an integer the smallest integer type its range
allows, free text a string, and a count-by-year field one int32 column per year
(`<field>_<year>`, e.g. `s47_enquiries_2019_20`: the count, null where the reply gives no
figure for that year or gives it suppressed) plus `<field>_suppressed`, the years given as a
suppressed small number ("<5"), null where the reply gives no figures for the question at
all. The data dictionary and datapackage.json are generated from these definitions, so the
documentation cannot drift from the files. `TABLES` and `FIELD_COLUMNS` at module level are
the default campaign's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa

# Defined apart, without pyarrow, so that the command line can offer them cheaply.
from foi.dataset.values import OUTCOMES, STATUSES, coded_values

SCHEMA_VERSION = "2"  # 2: answers carry a status for every question

CODED = pa.dictionary(pa.int8(), pa.string())


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True
    allowed: tuple[str, ...] | None = None  # a category column's values, in order
    meanings: tuple[tuple[str, str], ...] = ()  # (value, what it means)


def _int_type(spec: Any) -> pa.DataType:
    low = spec.minimum if spec.minimum is not None else -(2**31)
    high = spec.maximum if spec.maximum is not None else 2**31 - 1
    for t, bits in ((pa.int8(), 8), (pa.int16(), 16)):
        if -(2 ** (bits - 1)) <= low and high < 2 ** (bits - 1):
            return t
    return pa.int32()


def field_columns(campaign: Any) -> list[Column]:
    """The responses table's columns for the campaign's coded fields, in its order."""
    out: list[Column] = []
    for spec in campaign.specs.values():
        what = spec.description or spec.title
        if spec.coded:
            out.append(Column(spec.name, CODED, what, allowed=spec.values, meanings=spec.meanings))
        elif spec.type == "integer":
            out.append(Column(spec.name, _int_type(spec), what))
        elif spec.type == "count_by_year":
            for year in spec.years:
                out.append(
                    Column(
                        spec.year_column(year),
                        pa.int32(),
                        f"{spec.label}, {year}: the count (null where the reply gives none for "
                        f"{year}, or only a suppressed small number: see {spec.suppressed_column}).",
                    )
                )
            out.append(
                Column(
                    spec.suppressed_column,
                    pa.list_(pa.string()),
                    f"{what}. The years whose count the reply gives only as a suppressed small "
                    'number ("<5", "fewer than five", "*", "1-4"); empty where none is; null where '
                    f"the reply gives no figures for this question at all (and every "
                    f"{spec.name}_<year> column is null).",
                )
            )
        else:  # month (YYYY-MM or YYYY) and free text
            out.append(Column(spec.name, pa.string(), what))
    return out


def tables(campaign: Any) -> dict[str, list[Column]]:
    """Every table's columns for this campaign."""
    fields = field_columns(campaign)
    keys = ", ".join(q.key for q in campaign.questions)
    compared = [s for s in campaign.specs.values() if s.name in campaign.report["compare"]]
    return _tables(fields, keys, compared)


def _tables(fields: list[Column], keys: str, compared: list[Any]) -> dict[str, list[Column]]:
    return {
        "responses": _responses(fields),
        "answers": _answers(keys),
        "facts": _facts(),
        "authorities": _authorities(),
        "partnerships": _partnerships(compared),
        # Not written by the build: appended by every crawl (DATA_DIR/state/changes.parquet) and
        # copied into each dataset, so the history of every fact can be read back.
        "changes": _changes(),
    }


def _responses(fields: list[Column]) -> list[Column]:
    """The responses table: one row per authority that answered, its coded fields inside."""
    return [
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
        Column("outcome", CODED, "The response as a whole.", allowed=tuple(OUTCOMES)),
        Column("exemptions", pa.list_(pa.string()), "FOIA exemptions applied, e.g. s21, s40(2)."),
        *fields,
        Column("links", pa.list_(pa.string()), "Every http(s) URL the response gives, in order."),
        Column("document_sha256", pa.string(), "sha256 of the chosen document in the raw archive.", False),
        Column("document_format", pa.string(), "Format read from the content: html, pdf, docx, eml, txt."),
        Column("sources", pa.list_(pa.string()), "Every archived document of this authority for the campaign (URL or file name)."),
    ]  # fmt: skip


def _answers(keys: str) -> list[Column]:
    """The answers table: one row per question of each response."""
    return [
        Column("authority_code", pa.string(), "GSS code.", False),
        Column("question_no", pa.int8(), "Question number in the campaign's request.", False),
        Column("question_key", pa.string(), f"Short key: {keys}."),
        Column("status", CODED, "answered, see_other (its answer is under another question), not_held, refused (an exemption), redirected (another named body holds it) or not_answered.", False, tuple(STATUSES)),
        Column("status_detail", pa.string(), "The exemptions for refused, the body named for redirected, the question pointed to for see_other."),
        Column("question_text", pa.string(), "The question as the council printed it (null where it did not)."),
        Column("answer_text", pa.string(), "The council's answer as printed (null where the question got none of its own)."),
        Column("location", pa.string(), "Where in the document: page, line or section."),
    ]  # fmt: skip


def _facts() -> list[Column]:
    """The facts table: one row per coded field of each response, with its evidence."""
    return [
        Column("authority_code", pa.string(), "GSS code.", False),
        Column("field", pa.string(), "Coded field name (see responses).", False),
        Column("value", pa.string(), "The value as text (null where none)."),
        Column("evidence", pa.string(), "The sentence that decided it."),
        Column("confidence", pa.float32(), "The rule's own estimate, 0-1 (1 for a human correction)."),
        Column("method", pa.string(), "rule or correction.", False),
        Column("note", pa.string(), "A reviewer's note, for corrections."),
        Column("reviewer", pa.string(), "Who made the correction."),
    ]  # fmt: skip


def _authorities() -> list[Column]:
    """The authorities table: one row per authority with children's services."""
    return [
        Column("authority_code", pa.string(), "GSS code.", False),
        Column("name", pa.string(), "Official name.", False),
        Column("type", pa.string(), "UA, MD, LBO, CTY or CC."),
        Column("region", pa.string(), "Region of England."),
        Column("partnership", pa.string(), "Local safeguarding children partnership."),
        Column("procedures_group", pa.string(), "Shared procedures group, if any."),
        Column("responded", pa.bool_(), "Was a response found.", False),
        Column("outcome", CODED, "Outcome of the response found (null where none).", allowed=tuple(OUTCOMES)),
    ]  # fmt: skip


def _partnerships(compared: list[Any]) -> list[Column]:
    """The partnerships table: one row per partnership and shared procedures group."""
    return [
        Column("name", pa.string(), "Partnership or shared procedures group.", False),
        Column("kind", pa.string(), "partnership or procedures_group.", False),
        Column("members", pa.list_(pa.string()), "GSS codes of the member authorities."),
        Column("member_count", pa.int16(), "How many members."),
        Column("responded", pa.int16(), "How many members' responses were found."),
        *[Column(f"{c.name}_values", pa.list_(pa.string()), f"Distinct values of {c.name} across responding members (not_stated left out).") for c in compared],
        Column("disagree_fields", pa.list_(pa.string()), "Fields on which responding members give different values (of those with a _values column)."),
        Column("members_agree", pa.bool_(), "True where the responding members agree on every field (disagree_fields empty), false where they differ; null where fewer than two members responded, so there is nothing to compare (every row of a dataset in which no two members of one group have replied, such as the demo's)."),
    ]  # fmt: skip


def _changes() -> list[Column]:
    """The changes table: what every crawl saw change."""
    return [
        Column("run_time", pa.timestamp("s", tz="UTC"), "When the crawl that saw the change ran (UTC).", False),
        Column("authority_code", pa.string(), "GSS code.", False),
        Column("authority_name", pa.string(), "Official name."),
        Column("kind", pa.string(), "What changed: first_response, new_document, answer_changed, fact_changed or document_disappeared.", False),
        Column("field", pa.string(), "outcome for first_response, document_sha256 for new_document, the question (Q1, Q2, ...) for answer_changed, the coded field for fact_changed."),
        Column("old_value", pa.string(), "The value before (null for a first response)."),
        Column("new_value", pa.string(), "The value after."),
        Column("evidence", pa.string(), "The sentence that decided the new value."),
        Column("url", pa.string(), "URL (or file name) of the authority's chosen document."),
    ]  # fmt: skip


BUILT = ["responses", "answers", "facts", "authorities", "partnerships"]  # written by `foi build`


def schema(table: str, campaign: Any = None) -> pa.Schema:
    """A table's schema for the campaign (the default campaign where None; the changes
    table is the same for every campaign)."""
    if table == "changes":
        columns = _tables([], "", [])[table]
    else:
        columns = tables(campaign if campaign is not None else _default())[table]
    return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in columns])


def _default() -> Any:
    from foi.campaigns.campaign import load_campaign

    return load_campaign()


def __getattr__(name: str) -> Any:
    """The default campaign's TABLES, FIELD_COLUMNS, FIELDS and CODED_VALUES."""
    if name == "TABLES":
        return tables(_default())
    if name == "FIELD_COLUMNS":
        return field_columns(_default())
    if name == "FIELDS":
        return list(_default().specs)
    if name == "CODED_VALUES":
        return coded_values(_default().specs)
    raise AttributeError(name)
