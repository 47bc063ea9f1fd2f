"""Views on the built dataset: filter (campaigners), review (what to check first), export."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

from foi.archive.atomic import atomic_write_bytes
from foi.dataset.cells import as_list, value_of
from foi.dataset.values import COUNT_FILTERS as COUNT_FILTERS
from foi.errors import UserError

TABLES = ["responses", "answers", "facts", "authorities", "partnerships"]
# A spreadsheet runs a cell starting with these as a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class DatasetMissing(UserError, FileNotFoundError):
    pass


class ExportError(UserError, ValueError):
    """An export the user asked for in a way that cannot work (printed as one line)."""


def load(dataset: Path, name: str) -> pd.DataFrame:
    path = dataset / f"{name}.parquet"
    if not path.exists():
        raise DatasetMissing(f"{path} not found: run `foi build` (or `foi demo`) first")
    return pd.read_parquet(path, dtype_backend="pyarrow")


def build_info(dataset: Path) -> dict[str, str]:
    """The build's metadata (build.json): build time, campaign, counts, synthetic."""
    path = dataset / "build.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text("utf-8"))


def synthetic(dataset: Path) -> bool:
    """Was this dataset built from `foi demo`'s invented councils' replies?"""
    if not (dataset / "responses.parquet").exists():
        raise DatasetMissing(
            f"{dataset / 'responses.parquet'} not found: run `foi build` (or `foi demo`) first"
        )
    return build_info(dataset).get("synthetic") == "true"


def filter_responses(
    dataset: Path,
    *,
    where: dict[str, str],
    partnership: str | None = None,
    region: str | None = None,
    no_response: bool = False,
    disagree: bool = False,
    campaign: Any = None,
) -> pd.DataFrame:
    """Rows a campaigner can cite: each with the value, the evidence sentence and the link.
    `where`: field -> value, matched as the field's type asks (see `matches`)."""
    specs = _campaign(campaign).specs
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
        responses = responses[matches(responses, specs.get(field), field, value)]
    responses = _narrow(responses, partnership, region)
    shown = list(where) or [s.name for s in specs.values() if s.coded][:1] or list(specs)[:1]
    columns = ["authority_code", "authority_name", "partnership", "region", "outcome"]
    responses = responses.copy()
    for field in shown:
        if field in specs and specs[field].type == "count_by_year":
            responses[field] = [figures(specs[field], r) for r in responses.to_dict("records")]
    columns += [f for f in shown if f not in columns]
    out = responses[[*columns, "url"]].copy()
    for field in shown:
        evidence = facts[facts["field"] == field].set_index("authority_code")["evidence"]
        out[f"{field}_evidence"] = out["authority_code"].map(evidence)
    # Which values a reviewer corrected (corrections.csv), rather than the rules coded them.
    fixed = facts[facts["method"] == "correction"].groupby("authority_code")["field"]
    corrected = fixed.agg(lambda fields: "; ".join(sorted(fields)))
    out["corrected"] = out["authority_code"].map(corrected).astype(object)
    out["corrected"] = out["corrected"].where(out["corrected"].notna(), "")
    return out.reset_index(drop=True)


def _campaign(campaign: Any) -> Any:
    if campaign is not None:
        return campaign
    from foi.campaigns.campaign import load_campaign

    return load_campaign()


def matches(responses: pd.DataFrame, spec: Any, field: str, value: str) -> pd.Series:
    """Which responses have this value: a category exactly, a month by its start (2023
    matches 2023-05), a whole number exactly, free text by a part of it (any case), and a
    count by year `given` (figures for the question), `suppressed` (any year given as a
    suppressed small number) or `none` (no figures at all)."""
    if spec is None or spec.coded:
        return responses[field].astype("string") == value
    if spec.type == "month":
        return responses[field].astype("string").str.startswith(value).fillna(False)
    if spec.type == "integer":
        return responses[field].astype("Float64") == float(value)
    if spec.type == "text":
        return (
            responses[field]
            .astype("string")
            .str.contains(value, case=False, regex=False)
            .fillna(False)
        )
    lists = [as_list(v) for v in responses[spec.suppressed_column]]
    given = pd.Series([v is not None for v in lists], index=responses.index)
    if value == "none":
        return ~given
    if value == "suppressed":
        return pd.Series([bool(v) for v in lists], index=responses.index)
    return given


def figures(spec: Any, row: dict[str, Any]) -> str | None:
    """A count by year as one line a reader can scan: 2019/20: 14; 2020/21: <5; ..."""
    value = value_of(spec, {k: (None if _missing(v) else v) for k, v in row.items()})
    if value is None:
        return None
    return "; ".join(f"{y}: {'-' if n is None else n}" for y, n in value.items())


def _missing(v: Any) -> bool:
    try:
        return v is not None and not isinstance(v, list | tuple) and bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _narrow(rows: pd.DataFrame, partnership: str | None, region: str | None) -> pd.DataFrame:
    if partnership:
        rows = rows[
            rows["partnership"].astype("string").str.contains(partnership, case=False, regex=False)
        ]
    if region:  # any part of the region's name: "Yorkshire", "north west"
        rows = rows[rows["region"].astype("string").str.contains(region, case=False, regex=False)]
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


def export(
    dataset: Path, fmt: str, out: Path, title: str = "FOI replies dataset", campaign: Any = None
) -> list[Path]:
    """csv: one file per table; xlsx: one sheet per table; sqlite: one database (Datasette).
    Demo data carries a `synthetic` first column in every table and "SYNTHETIC DEMO DATA"
    in the database's title, so no copy of it can pass for councils' replies."""
    frames = {name: load(dataset, name) for name in TABLES}
    if synthetic(dataset):
        for df in frames.values():
            df.insert(0, "synthetic", True)
        title = f"SYNTHETIC DEMO DATA (invented replies): {title}"
    written: list[Path] = []
    if fmt == "csv":
        if out.suffix or out.is_file():
            raise ExportError(
                f"--out {out}: a CSV export is one file per table ({', '.join(TABLES)}), "
                "so --out names a folder (a path without a suffix such as .csv)"
            )
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
                _readable(xl.sheets[name])
                _linked(xl.sheets[name])
        tmp.replace(out)
        written.append(out)
    elif fmt == "sqlite":
        from foi.views.sqlite import write_sqlite

        flat = {name: _flat(df) for name, df in frames.items()}
        from foi.dataset.schema import tables

        written += write_sqlite(flat, out, title, tables(_campaign(campaign)))
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


def write_csv(df: pd.DataFrame, path: Path | None) -> str:
    """CSV for spreadsheets (foi export, foi filter --csv): no cell starts a formula, and
    every cell is quoted (OWASP), so a carriage return inside one cannot start a new row
    whose first cell is a formula. Written to `path` (atomically, as the umask allows);
    the text is returned too (path None: only returned)."""
    text = neutralised(_rounded(df)).to_csv(index=False, quoting=csv.QUOTE_ALL)
    if path is not None:
        atomic_write_bytes(path, text.encode("utf-8"))
    return text


def _rounded(df: pd.DataFrame) -> pd.DataFrame:
    """Floats as people wrote them: a float32 confidence of 0.9 is 0.9, not
    0.8999999761581421."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].astype("float64").round(4)
    return out


def _values_only(sheet) -> None:  # type: ignore[no-untyped-def]
    """Every cell a value: openpyxl stores a string starting with "=" as a formula."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


# A cell that is one web address and nothing else (Excel takes up to 2,079 characters).
_URL_CELL = re.compile(r"https?://[^\s\"<>]{1,2071}", re.IGNORECASE)


def _linked(sheet) -> None:  # type: ignore[no-untyped-def]
    """A cell holding one http(s) URL is a link a reader can click (never another scheme:
    no javascript:, file: or a formula), shown in Excel's own link style."""
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and _URL_CELL.fullmatch(cell.value):
                cell.hyperlink = cell.value
                cell.style = "Hyperlink"


def _readable(sheet) -> None:  # type: ignore[no-untyped-def]
    """A sheet people can work with: the header row frozen, an autofilter on it, and each
    column as wide as its content (within reason)."""
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "A2"
    if sheet.max_row >= 1 and sheet.max_column >= 1:
        sheet.auto_filter.ref = sheet.dimensions
    for n, column in enumerate(sheet.iter_cols(max_row=min(sheet.max_row, 500)), start=1):
        longest = max((len(str(c.value)) for c in column if c.value is not None), default=0)
        sheet.column_dimensions[get_column_letter(n)].width = min(max(longest + 2, 8), 60)


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
                lambda v: None if (items := as_list(v)) is None else "; ".join(map(str, items))
            )
        elif pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].astype("float64").round(4)  # no float32 noise (0.8999999761...)
        out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out
