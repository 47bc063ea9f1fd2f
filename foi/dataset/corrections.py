"""Human corrections: a CSV a journalist edits in a spreadsheet, applied at every build.

Columns: authority_code, field, value, note, reviewer. `field` is one of the campaign's
fields or `outcome`; the value is typed as the field is (one of a category's values, YYYY or
YYYY-MM for a month, a whole number, free text, or `2019/20=14; 2020/21=<5` for a count by
year, the years left out being null). An empty value means null where the field can be null.
A row naming an unknown authority, field or value is refused with its row number: a typo must
not silently change nothing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foi.dataset.values import OUTCOMES
from foi.errors import UserError

HEADER = ["authority_code", "field", "value", "note", "reviewer"]


class CorrectionsError(UserError, ValueError):
    pass


@dataclass(frozen=True)
class Correction:
    row: int
    authority_code: str
    field: str
    value: Any
    note: str
    reviewer: str


def _coerce(field: str, raw: str, specs: dict[str, Any]) -> Any:
    if field == "outcome":
        if raw not in OUTCOMES:
            raise ValueError(f"value {raw!r} is not one of {', '.join(OUTCOMES)}")
        return raw
    spec = specs.get(field)
    if spec is None:
        raise ValueError(f"field {field!r} does not exist")
    if spec.coded:
        if raw not in spec.values:
            raise ValueError(f"value {raw!r} is not one of {', '.join(spec.values)}")
        return raw
    return spec.parse(raw)


def load_corrections(path: Path, registry: Any, campaign: Any = None) -> list[Correction]:
    """The corrections file's rows, checked against the campaign's fields (the default
    campaign's where None)."""
    if campaign is None:
        from foi.campaigns.campaign import load_campaign

        campaign = load_campaign()
    specs = campaign.specs
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
            if field not in specs and field != "outcome":
                problems.append(f"{path} row {n}: field {field!r} does not exist")
                continue
            try:
                value = _coerce(field, row["value"], specs)
            except ValueError as exc:
                problems.append(f"{path} row {n}: {exc}")
                continue
            out.append(
                Correction(n, registry.get(code).code, field, value, row["note"], row["reviewer"])
            )
    if problems:
        raise CorrectionsError("\n".join(problems))
    return out
