"""Views on the built dataset: filter (campaigners), review (what to check first), export."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pandas as pd

from foi.atomic import atomic_write_bytes

TABLES = ["responses", "answers", "facts", "authorities", "partnerships"]
# A spreadsheet runs a cell starting with these as a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class DatasetMissing(FileNotFoundError):
    pass


def load(dataset: Path, name: str) -> pd.DataFrame:
    path = dataset / f"{name}.parquet"
    if not path.exists():
        raise DatasetMissing(f"{path} not found: run `foi build` (or `foi demo`) first")
    return pd.read_parquet(path, dtype_backend="pyarrow")


def filter_responses(
    dataset: Path,
    *,
    where: dict[str, str],
    partnership: str | None = None,
    region: str | None = None,
    no_response: bool = False,
    disagree: bool = False,
) -> pd.DataFrame:
    """Rows a campaigner can cite: each with the value, the evidence sentence and the link."""
    authorities = load(dataset, "authorities")
    if no_response:
        rows = authorities[~authorities["responded"]]
        rows = _narrow(rows, partnership, region)
        return rows[
            ["authority_code", "name", "region", "partnership", "procedures_group"]
        ].reset_index(drop=True)
    responses = load(dataset, "responses").merge(
        authorities[["authority_code", "region"]], on="authority_code", how="left"
    )
    facts = load(dataset, "facts")
    if disagree:
        groups = load(dataset, "partnerships")
        split = groups[groups["members_agree"] == False]  # noqa: E712 (a nullable boolean)
        members = {code for codes in split["members"] for code in codes}
        responses = responses[responses["authority_code"].isin(members)]
    for field, value in where.items():
        responses = responses[responses[field].astype("string") == value]
    responses = _narrow(responses, partnership, region)
    shown = list(where) or ["review_held"]
    out = responses[
        ["authority_code", "authority_name", "partnership", "region", "outcome", *shown, "url"]
    ].copy()
    for field in shown:
        evidence = facts[facts["field"] == field].set_index("authority_code")["evidence"]
        out[f"{field}_evidence"] = out["authority_code"].map(evidence)
    return out.reset_index(drop=True)


def _narrow(rows: pd.DataFrame, partnership: str | None, region: str | None) -> pd.DataFrame:
    if partnership:
        rows = rows[
            rows["partnership"].astype("string").str.contains(partnership, case=False, regex=False)
        ]
    if region:
        rows = rows[rows["region"].astype("string").str.lower() == region.lower()]
    return rows


def review_queue(dataset: Path, limit: int = 30) -> pd.DataFrame:
    """Facts to check first: those in a partnership whose members disagree, then the least
    confident rule-coded ones."""
    facts = load(dataset, "facts")
    facts = facts[facts["method"] == "rule"]
    groups = load(dataset, "partnerships")
    split = groups[groups["members_agree"] == False]  # noqa: E712
    flagged = {
        (code, field)
        for _, g in split.iterrows()
        for code in g["members"]
        for field in g["disagree_fields"]
    }
    facts = facts.assign(
        disagreement=[
            (c, f) in flagged for c, f in zip(facts["authority_code"], facts["field"], strict=True)
        ]
    )
    facts = facts.sort_values(["disagreement", "confidence"], ascending=[False, True])
    return facts[
        ["authority_code", "field", "value", "confidence", "disagreement", "evidence"]
    ].head(limit)


def export(dataset: Path, fmt: str, out: Path) -> list[Path]:
    """csv: one file per table; xlsx: one sheet per table; sqlite: one database (Datasette)."""
    frames = {name: load(dataset, name) for name in TABLES}
    written: list[Path] = []
    if fmt == "csv":
        out.mkdir(parents=True, exist_ok=True)
        for name, df in frames.items():
            path = out / f"{name}.csv"
            write_csv(_flat(df), path)
            written.append(path)
    elif fmt == "xlsx":
        tmp = out.with_suffix(".xlsx.tmp")
        with pd.ExcelWriter(tmp, engine="openpyxl") as xl:
            for name, df in frames.items():
                neutralised(_flat(df)).to_excel(xl, sheet_name=name, index=False)
                _values_only(xl.sheets[name])
        tmp.replace(out)
        written.append(out)
    elif fmt == "sqlite":
        tmp = out.with_suffix(".sqlite.tmp")
        tmp.unlink(missing_ok=True)
        with sqlite3.connect(tmp) as db:
            for name, df in frames.items():
                _flat(df).to_sql(name, db, index=False)
        tmp.replace(out)
        written.append(out)
    else:
        raise ValueError(f"unknown format {fmt!r}: csv, xlsx or sqlite")
    return written


def neutralise(value: object) -> object:
    """A text cell a spreadsheet would run (=, +, -, @, tab, CR first) gets a leading single
    quote, as OWASP advises; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def neutralised(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_object_dtype(out[col]) or pd.api.types.is_string_dtype(out[col]):
            # Built as object: Series.map would turn 6 into 6.0 beside a missing value.
            values = [neutralise(v) for v in out[col].astype(object)]
            out[col] = pd.Series(values, index=out.index, dtype=object)
    return out


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """CSV for spreadsheets (foi export, foi filter --csv): no cell starts a formula, and
    every cell is quoted (OWASP), so a carriage return inside one cannot start a new row
    whose first cell is a formula."""
    text = neutralised(df).to_csv(index=False, quoting=csv.QUOTE_ALL)
    atomic_write_bytes(path, text.encode("utf-8"))


def _values_only(sheet) -> None:  # type: ignore[no-untyped-def]
    """Every cell a value: openpyxl stores a string starting with "=" as a formula."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """Lists become '; '-joined text, and types plain ones, for CSV, Excel and SQLite."""
    out = df.copy()
    for col in out.columns:
        sample = out[col].dropna()
        if (
            len(sample)
            and isinstance(sample.iloc[0], list | tuple)
            or str(out[col].dtype).startswith("list")
        ):
            out[col] = out[col].map(
                lambda v: (
                    "; ".join(map(str, v)) if v is not None and not isinstance(v, float) else None
                )
            )
        out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out
