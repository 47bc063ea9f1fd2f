"""A coded value as the dataset's cells hold it, and back: a fact's value as text, a field's
value spread over its columns in the responses table (a count by year: one column per year
and the suppressed years), and the value read back from a row. Light (no pyarrow, no
parsing), so the views and the report can read values without loading the build."""

from __future__ import annotations

import json
from typing import Any

from foi.campaigns.campaign import SUPPRESSED


def fact_text(v: Any) -> str | None:
    """A fact's value as text: a count per year as JSON ({"2019/20": 14, "2020/21": "<5"})."""
    if v is None:
        return None
    if isinstance(v, dict | list):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def field_value(spec: Any, value: Any) -> Any:
    """A coded value as the dataset holds it; one the field cannot hold (a number out of
    its range) is left out, never written wrong."""
    value = spec.normalise(value)
    return None if spec.problem(value) else value


def columns_of(spec: Any, value: Any) -> dict[str, Any]:
    """A field's value spread over its columns in the responses table."""
    if spec.type != "count_by_year":
        return {spec.name: value}
    figures = value or {}
    out: dict[str, Any] = {
        spec.year_column(y): (n if isinstance(figures.get(y), int) else None)
        for y, n in ((y, figures.get(y)) for y in spec.years)
    }
    out[spec.suppressed_column] = (
        None if value is None else [y for y in spec.years if figures.get(y) == SUPPRESSED]
    )
    return out


def as_list(value: Any) -> list[Any] | None:
    """A list cell as a list, whatever read it (pyarrow, pandas, numpy); None where null."""
    if value is None or isinstance(value, str | bytes | int | float):
        return None
    try:
        return list(value)
    except TypeError:  # pandas' NA
        return None


def _count(value: Any) -> int | None:
    """A count cell as an int; None where null (None, NaN, pandas' NA)."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else int(number)


def value_of(spec: Any, row: dict[str, Any]) -> Any:
    """The field's value from a responses row (the inverse of columns_of)."""
    if spec.type != "count_by_year":
        return row.get(spec.name)
    suppressed = as_list(row.get(spec.suppressed_column))
    if suppressed is None:
        return None
    return {
        y: SUPPRESSED if y in suppressed else _count(row.get(spec.year_column(y)))
        for y in spec.years
    }
