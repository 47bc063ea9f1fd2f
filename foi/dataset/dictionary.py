"""The data dictionary (Markdown) and a Frictionless datapackage.json, generated from the schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa

from foi.dataset.schema import BUILT, SCHEMA_VERSION, tables

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


def _campaign(campaign: Any) -> Any:
    if campaign is not None:
        return campaign
    from foi.campaigns.campaign import load_campaign

    return load_campaign()


def markdown(campaign: Any = None) -> str:
    """The data dictionary of the campaign's dataset (the default campaign's where None)."""
    campaign = _campaign(campaign)
    where = f"`{campaign.path.name if campaign.path else campaign.name}`"
    lines = [
        "# Data dictionary",
        "",
        f"Campaign `{campaign.id}`: {campaign.title}",
        "",
        f"Schema version {SCHEMA_VERSION}. Generated from `foi/dataset/schema.py` and the campaign's",
        f"fields ({where}) by `foi build`; do not edit by hand. Every table is a Parquet file in",
        "the dataset folder; `campaign.json` beside them holds the campaign's questions and fields.",
        "",
    ]
    for table, columns in tables(campaign).items():
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
            meaning = c.description
            if c.meanings:
                meaning += " " + "; ".join(f"`{v}`: {m}" for v, m in c.meanings) + "."
            meaning = meaning.replace("|", "\\|").replace("\n", " ")
            lines.append(
                f"| `{c.name}` | {t}{'' if c.nullable else ', required'} | {allowed} | {meaning} |"
            )
        lines.append("")
    return "\n".join(lines)


def datapackage(campaign: Any = None, folder: Path | None = None) -> dict:
    """Every built table, and changes.parquet where `folder` holds it (a crawl has run)."""
    campaign = _campaign(campaign)
    resources = []
    for table, columns in tables(campaign).items():
        if table not in BUILT and (folder is None or not (folder / f"{table}.parquet").exists()):
            continue
        fields = []
        for c in columns:
            f = {"name": c.name, "type": _frictionless_type(c.type), "description": c.description}
            if c.allowed:
                f["constraints"] = {"enum": list(c.allowed)}
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
        "name": campaign.settings.get("dataset_name") or f"foi-responses-{campaign.id}",
        "title": campaign.settings.get("dataset_title") or campaign.title,
        "campaign": campaign.id,
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


def campaign_json(campaign: Any) -> dict[str, Any]:
    """The campaign as the dataset describes it (campaign.json): its questions and each
    field's type, values in order with their meanings, label and description, so that a
    notebook or another tool reads the dataset without the campaign file."""
    return {
        "id": campaign.id,
        "name": campaign.name,
        "title": campaign.title,
        "questions": [{"no": q.no, "key": q.key, "text": q.text} for q in campaign.questions],
        "fields": [
            {
                "name": s.name,
                "question": s.question,
                "type": s.type,
                "values": list(s.values),
                "meanings": dict(s.meanings),
                "default": s.default,
                "label": s.label,
                "title": s.title,
                "description": s.description,
                "years": list(s.years),
                "columns": s.columns,
            }
            for s in campaign.specs.values()
        ],
        "report": {k: v for k, v in campaign.report.items()},
    }


def write_dictionary(folder: Path, campaign: Any = None) -> None:
    campaign = _campaign(campaign)
    from foi.archive.atomic import atomic_write_text

    atomic_write_text(folder / "DATA_DICTIONARY.md", markdown(campaign))
    atomic_write_text(
        folder / "datapackage.json", json.dumps(datapackage(campaign, folder), indent=2)
    )
    atomic_write_text(
        folder / "campaign.json", json.dumps(campaign_json(campaign), indent=2, ensure_ascii=False)
    )
