"""What the report shows for a campaign, and how it names and colours the values it shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from foi.dataset.values import coded_values

LIMIT = 20  # FOIA s10: working days to respond


@dataclass
class Layout:
    """What the report shows for a campaign, from its fields and its [report] table
    (foi/campaigns/campaign.py): the table's columns, the map's menu, the partnership view's columns,
    the charts, the evidence columns and the summary cards."""

    specs: dict[str, Any]
    table: list[tuple[str, str]]  # (field, column heading)
    map: list[tuple[str, str]]  # (field, menu entry), then outcome and response time
    compared: list[tuple[str, str]]  # (field, column heading), outcome first
    phrases: dict[str, str]  # how a sentence names each field
    coded: dict[str, list[str]]  # each category's values, in the campaign's order
    evidence: list[str]
    charts: list[str]
    cards: list[dict[str, str]]


def layout(campaign: Any) -> Layout:
    specs = campaign.specs
    report = campaign.report
    return Layout(
        specs=specs,
        table=[(f, specs[f].label) for f in report["table"]],
        map=[
            *((f, specs[f].title) for f in report["map"]),
            ("outcome", "Outcome of the response"),
            ("response_time", f"Response time against the {LIMIT}-working-day limit"),
        ],
        compared=[("outcome", "Outcome"), *((f, specs[f].label) for f in report["compare"])],
        phrases={"outcome": "outcome", **{f: s.phrase for f, s in specs.items()}},
        coded=coded_values(specs),
        evidence=list(report["evidence"]),
        charts=list(report["charts"]),
        cards=list(report["cards"]),
    )


# Okabe and Ito's colour-blind-safe palette; "not stated" and "not known" in grey, no
# response found in white.
COLOURS = {
    "yes": "#0072B2",
    "no": "#E69F00",
    "formal": "#0072B2",
    "informal": "#56B4E9",
    "none": "#E69F00",
    "answered": "#009E73",
    "partial": "#56B4E9",
    "refused": "#D55E00",
    "not_held": "#CC79A7",
    "redirected": "#F0E442",
    "within": "#009E73",
    "late": "#D55E00",
    "not_stated": "#C8C8C8",
    "unknown": "#C8C8C8",
    "": "#FFFFFF",
}
SPARE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7A5195"]
LABELS = {
    "not_stated": "not stated",
    "not_held": "not held",
    "within": f"within {LIMIT} working days",
    "late": f"over {LIMIT} working days",
    "unknown": "dates not known",
    "": "no response found",
}


def plain(v: Any) -> Any:
    """A value for JSON: None for missing, ints for whole numbers, lists as lists."""
    if isinstance(v, list | tuple):
        return list(v)
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v
