"""The data dictionary (Markdown) and a Frictionless datapackage.json, generated from the schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from foi.dataset.schema import BUILT, SCHEMA_VERSION, TABLES

LICENCES = [
    {"name": "OGL-UK-3.0", "path": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
     "title": "Open Government Licence v3.0 (councils' FOI responses, unless a response says otherwise)"},
    {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
     "title": "mySociety's register of local authority names and codes (authority names and GSS codes)"},
]  # fmt: skip


def _frictionless_type(t: pa.DataType) -> str:
    if pa.types.is_dictionary(t) or pa.types.is_string(t):
        return "string"
    if pa.types.is_integer(t):
        return "integer"
    if pa.types.is_floating(t):
        return "number"
    if pa.types.is_boolean(t):
        return "boolean"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_timestamp(t):
        return "datetime"
    if pa.types.is_list(t):
        return "array"
    return "any"


def markdown() -> str:
    lines = [
        "# Data dictionary",
        "",
        f"Schema version {SCHEMA_VERSION}. Generated from `foi/dataset/schema.py` by `foi build`;",
        "do not edit by hand. Every table is a Parquet file in the dataset folder.",
        "",
    ]
    for table, columns in TABLES.items():
        lines += [f"## {table}.parquet", ""]
        if table not in BUILT:
            lines += [
                "Written by `foi crawl`, not `foi build`: one row per change a crawl found, "
                "appended to `DATA_DIR/state/changes.parquet` and copied into the dataset "
                "(present once a crawl has run).",
                "",
            ]
        lines += [
            "| column | type | allowed values | meaning |",
            "| --- | --- | --- | --- |",
        ]
        for c in columns:
            allowed = ", ".join(c.allowed) if c.allowed else ""
            t = "dictionary<string>" if pa.types.is_dictionary(c.type) else str(c.type)
            lines.append(
                f"| `{c.name}` | {t}{'' if c.nullable else ', required'} | {allowed} | {c.description} |"
            )
        lines.append("")
    return "\n".join(lines)


def datapackage(folder: Path | None = None) -> dict:
    """Every built table, and changes.parquet where `folder` holds it (a crawl has run)."""
    resources = []
    for table, columns in TABLES.items():
        if table not in BUILT and (folder is None or not (folder / f"{table}.parquet").exists()):
            continue
        fields = []
        for c in columns:
            f = {"name": c.name, "type": _frictionless_type(c.type), "description": c.description}
            if c.allowed:
                f["constraints"] = {"enum": c.allowed}
            if not c.nullable:
                f.setdefault("constraints", {})["required"] = True
            fields.append(f)
        resources.append(
            {
                "name": table,
                "path": f"{table}.parquet",
                "format": "parquet",
                "schema": {"fields": fields},
            }
        )
    return {
        "name": "foi-responses-bruising-nmi",
        "title": "Councils' FOI responses on bruising in non-mobile infants",
        "version": SCHEMA_VERSION,
        "licenses": LICENCES,
        "sources": [
            {"title": "Councils' Freedom of Information responses (as published or received)"},
            {
                "title": "mySociety: local authority names and codes (CC-BY-4.0)",
                "path": "https://github.com/mysociety/uk_local_authority_names_and_codes",
            },
        ],
        "resources": resources,
    }


def write_dictionary(folder: Path) -> None:
    (folder / "DATA_DICTIONARY.md").write_text(markdown(), "utf-8")
    (folder / "datapackage.json").write_text(json.dumps(datapackage(folder), indent=2), "utf-8")
