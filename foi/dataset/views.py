"""Views on the built dataset: filter (campaigners), review (what to check first), export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd

from foi.atomic import atomic_write_bytes

TABLES = ["responses", "answers", "facts", "authorities", "partnerships"]


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
            atomic_write_bytes(path, _flat(df).to_csv(index=False).encode("utf-8"))
            written.append(path)
    elif fmt == "xlsx":
        tmp = out.with_suffix(".xlsx.tmp")
        with pd.ExcelWriter(tmp, engine="openpyxl") as xl:
            for name, df in frames.items():
                _flat(df).to_excel(xl, sheet_name=name, index=False)
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
