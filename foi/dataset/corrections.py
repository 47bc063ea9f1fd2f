"""Human corrections: a CSV a journalist edits in a spreadsheet, applied at every build.

Columns: authority_code, field, value, note, reviewer. An empty value means null (for
review_date and age_threshold_months). A row naming an unknown authority, field or value is
refused with its row number: a typo must not silently change nothing.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foi.dataset.schema import CODED_VALUES, FIELDS

HEADER = ["authority_code", "field", "value", "note", "reviewer"]


class CorrectionsError(ValueError):
    pass


@dataclass(frozen=True)
class Correction:
    row: int
    authority_code: str
    field: str
    value: Any
    note: str
    reviewer: str


def _coerce(field: str, raw: str) -> Any:
    if field in CODED_VALUES:
        if raw not in CODED_VALUES[field]:
            raise ValueError(f"value {raw!r} is not one of {', '.join(CODED_VALUES[field])}")
        return raw
    if field == "review_date":
        if raw and not re.fullmatch(r"(19|20)\d\d(-(0[1-9]|1[0-2]))?", raw):
            raise ValueError(f"review_date {raw!r} is not YYYY or YYYY-MM")
        return raw or None
    if field == "age_threshold_months":
        if raw and not raw.isdigit():
            raise ValueError(f"age_threshold_months {raw!r} is not a whole number of months")
        return int(raw) if raw else None
    raise ValueError(f"field {field!r} does not exist")


def load_corrections(path: Path, registry: Any) -> list[Correction]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if [h.strip() for h in reader.fieldnames or []] != HEADER:
            raise CorrectionsError(f"{path}: header must be {','.join(HEADER)}")
        out, problems = [], []
        for n, raw in enumerate(reader, start=2):
            row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
            code, field = row["authority_code"], row["field"]
            if registry.get(code) is None:
                problems.append(
                    f"{path} row {n}: authority_code {code!r} is not one of the 153 authorities"
                )
                continue
            if field not in FIELDS and field != "outcome":
                problems.append(f"{path} row {n}: field {field!r} does not exist")
                continue
            try:
                value = _coerce(field, row["value"])
            except ValueError as exc:
                problems.append(f"{path} row {n}: {exc}")
                continue
            out.append(
                Correction(n, registry.get(code).code, field, value, row["note"], row["reviewer"])
            )
    if problems:
        raise CorrectionsError("\n".join(problems))
    return out
