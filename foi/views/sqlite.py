"""The dataset as one SQLite database, shaped for Datasette: primary and foreign keys,
full-text search over the councils' words, and a metadata file describing every column.

sqlite-utils (Datasette's companion library) creates the tables, keys and FTS5 indexes the
way Datasette expects them, so its table pages offer search and follow the keys.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from foi.archive.atomic import atomic_write_bytes
from foi.dataset.schema import Column

# What identifies a row of each table.
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "authorities": ("authority_code",),
    "responses": ("authority_code",),
    "answers": ("authority_code", "question_no"),
    "facts": ("authority_code", "field"),
    "partnerships": ("name", "kind"),
}
# Tables whose authority_code names a row of `authorities`.
REFERS_TO_AUTHORITIES = ("responses", "answers", "facts", "changes")
# The columns people search: what the council wrote and the sentence behind each fact.
SEARCHABLE: dict[str, tuple[str, ...]] = {
    "answers": ("question_text", "answer_text"),
    "facts": ("evidence",),
    "changes": ("evidence",),
}


def write_sqlite(
    frames: dict[str, pd.DataFrame],
    out: Path,
    title: str,
    tables: dict[str, list[Column]] | None = None,
) -> list[Path]:
    """Write the database (atomically) and `<name>.metadata.json` beside it for
    `datasette <name>.sqlite -m <name>.metadata.json`; `tables`: the campaign's columns
    (foi.dataset.schema.tables), which describe them (the default campaign's where None)."""
    import sqlite_utils

    tmp = out.with_name(out.name + ".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite_utils.Database(tmp)
    order = ["authorities", *[t for t in frames if t != "authorities"]]
    for name in order:
        if name not in frames:
            continue
        df = frames[name]
        rows = [
            {k: (None if _missing(v) else v) for k, v in row.items()}
            for row in df.to_dict(orient="records")
        ]
        columns = {c: _affinity(df[c]) for c in df.columns}
        table = db[name]
        pk = PRIMARY_KEYS.get(name)
        if pk and _unique(df, pk):
            table.create(columns, pk=pk[0] if len(pk) == 1 else pk, not_null=set(pk))  # type: ignore[union-attr]
        else:
            table.create(columns)  # type: ignore[union-attr]
        if rows:
            table.insert_all(rows)  # type: ignore[union-attr]
    for name in REFERS_TO_AUTHORITIES:
        if name in frames and "authority_code" in frames[name].columns:
            db[name].add_foreign_key("authority_code", "authorities", "authority_code")  # type: ignore[union-attr]
    for name, cols in SEARCHABLE.items():
        if name in frames and all(c in frames[name].columns for c in cols):
            db[name].enable_fts(list(cols), create_triggers=True)  # type: ignore[union-attr]
    db.index_foreign_keys()
    db.close()
    tmp.replace(out)
    meta = out.with_name(out.stem + ".metadata.json")
    atomic_write_bytes(
        meta, json.dumps(metadata(out.stem, title, tables), indent=2).encode("utf-8")
    )
    return [out, meta]


def metadata(
    db_name: str, title: str, tables: dict[str, list[Column]] | None = None
) -> dict[str, object]:
    """Datasette metadata: a description for every table and column, from the schema."""
    if tables is None:
        from foi.dataset.schema import TABLES as tables
    return {
        "title": title,
        "license": "See the dataset's README and datapackage.json",
        "databases": {
            db_name: {
                "tables": {
                    name: {
                        "columns": {c.name: c.description for c in cols},
                        **({"fts_table": f"{name}_fts"} if name in SEARCHABLE else {}),
                    }
                    for name, cols in tables.items()
                }
            }
        },
    }


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def _unique(df: pd.DataFrame, key: tuple[str, ...]) -> bool:
    return all(c in df.columns for c in key) and not df.duplicated(list(key)).any()


def _affinity(series: pd.Series) -> type:
    if pd.api.types.is_bool_dtype(series):
        return int
    if pd.api.types.is_integer_dtype(series):
        return int
    if pd.api.types.is_float_dtype(series):
        return float
    # Flattened for export, every column is object: its values say what it holds.
    values = series.dropna()
    if len(values) and all(isinstance(v, bool) for v in values):
        return int
    return str
