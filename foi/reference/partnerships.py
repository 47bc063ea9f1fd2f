"""Each authority's safeguarding children partnership and shared procedures group.

foi/data/partnerships.csv is built by `build()` from the researched draft in
../shared/reference/lscp_groupings_draft.csv (joint partnerships and shared procedures, each
with a source URL). An authority the draft does not place in a joint partnership is given its
own ("<name> Safeguarding Children Partnership", source "default"): that is the usual case
since 2019, but it is an assumption, marked as one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from foi.reference import data_rows
from foi.reference.registry import Registry

COLUMNS = [
    "authority_code",
    "partnership",
    "partnership_source",
    "procedures_group",
    "procedures_source",
]


@dataclass(frozen=True)
class Placement:
    authority_code: str
    partnership: str
    partnership_source: str  # a URL from the draft, or "default"
    procedures_group: str | None
    procedures_source: str | None


def _members(spec: str, registry: Registry) -> list[str]:
    """GSS codes for 'CAM;PTE', 'ALL_E09 (33)' or 'BIR;DUD(+STE from Mar 2025)'."""
    if spec.startswith("ALL_E09"):
        return [a.code for a in registry.authorities if a.code.startswith("E09")]
    out = []
    for token in spec.replace("(", ";").replace(")", ";").replace("+", ";").split(";"):
        token = token.strip().split(" ")[0]
        a = registry.get(token) if token else None
        if a is not None and a.code not in out:
            out.append(a.code)
    return out


def build(draft_csv: Path, registry: Registry) -> list[dict[str, str]]:
    with open(draft_csv, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    partnership: dict[str, tuple[str, str]] = {}
    procedures: dict[str, tuple[str, str]] = {}
    for row in rows:
        members = _members(row["members_mysociety_codes"], registry)
        if row["kind"] == "joint_partnership":
            for code in members:
                partnership.setdefault(code, (row["grouping"], row["source_url"]))
        elif row["kind"] in ("shared_procedures", "shared_protocol"):
            for code in members:
                procedures.setdefault(code, (row["grouping"], row["source_url"]))
    out = []
    for a in registry.authorities:
        name, source = partnership.get(
            a.code, (f"{a.nice_name} Safeguarding Children Partnership", "default")
        )
        group, gsource = procedures.get(a.code, ("", ""))
        out.append(
            {
                "authority_code": a.code,
                "partnership": name,
                "partnership_source": source,
                "procedures_group": group,
                "procedures_source": gsource,
            }
        )
    return out


def write(rows: list[dict[str, str]], out: Path) -> None:
    from foi.archive.atomic import atomic_write_text

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    atomic_write_text(out, buf.getvalue())


def load() -> dict[str, Placement]:
    return {
        r["authority_code"]: Placement(
            r["authority_code"],
            r["partnership"],
            r["partnership_source"],
            r["procedures_group"] or None,
            r["procedures_source"] or None,
        )
        for r in data_rows("partnerships.csv")
    }
