"""Every current UK council (districts, Welsh, Scottish and Northern Irish councils too), to
tell a reply from a body outside the 153, such as a district that points to its county.
`foi/data/uk_councils.csv` is built by `build_uk()` from mySociety's register (`foi registry`).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from foi.reference import data_rows
from foi.reference.namefinder import NameFinder
from foi.reference.registry import _SUFFIXES, AMBIGUOUS, RegistryError, write

# Every UK council (districts, Welsh, Scottish and Northern Irish councils too): to tell a
# reply from a body outside the 153, such as a district that points to its county.
UK_COLUMNS = [
    "code",
    "mysoc_code",
    "name",
    "nice_name",
    "type",
    "nation",
    "region",
    "county_code",
    "children_services",
    "alt_names",
    "lat",
    "long",
]


@dataclass(frozen=True)
class Council:
    code: str
    name: str
    nice_name: str
    type: str
    county_code: str = ""
    children_services: bool = False
    alt_names: tuple[str, ...] = ()


class UkCouncils:
    """Names of every current UK council, matched in running text longest first."""

    def __init__(self, councils: list[Council]):
        self.councils = councils
        self.by_code = {c.code: c for c in councils}

    @classmethod
    def load(cls, path: Path | None = None) -> UkCouncils:
        return cls(
            [
                Council(
                    code=r["code"],
                    name=r["name"],
                    nice_name=r["nice_name"],
                    type=r["type"],
                    county_code=r["county_code"],
                    children_services=r["children_services"] == "yes",
                    alt_names=tuple(a for a in r["alt_names"].split(";") if a),
                )
                for r in data_rows("uk_councils.csv", path)
            ]
        )

    @cached_property
    def _variants(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for c in self.councils:
            names = [c.name, *(f"{c.nice_name} {s}" for s in _SUFFIXES), *c.alt_names]
            # A bare place name ("Tonbridge and Malling") only for councils outside the 153:
            # the 153's own place names are matched by Registry.name_finder.
            for n in names:
                if len(n) >= 4 and n not in AMBIGUOUS:
                    out.setdefault(n, c.code)
        return out

    @cached_property
    def name_finder(self) -> NameFinder:
        return NameFinder(self._variants)

    def for_variant(self, text: str) -> Council:
        return self.by_code[self._variants[text]]


def build_uk(reference_csv: Path, children_codes: set[str]) -> list[dict[str, str]]:
    """Rows of uk_councils.csv: the current councils of mySociety's whole register."""
    with open(reference_csv, encoding="utf-8") as fh:
        ref = [r for r in csv.DictReader(fh) if not r["end-date"].strip()]
    gss = {r["local-authority-code"]: r["gss-code"].strip() for r in ref}
    centres = _county_centres(ref)
    rows = []
    for r in ref:
        if r["local-authority-type"] in ("COMB", "SRA"):  # combined authorities are not councils
            continue
        names = [a.strip() for a in r["alt-names"].split(",") if a.strip()]
        rows.append(
            {
                "code": r["gss-code"].strip(),
                "mysoc_code": r["local-authority-code"],
                "name": re.sub(r"\s+", " ", r["official-name"]).strip(),
                "nice_name": r["nice-name"].strip(),
                "type": r["local-authority-type"],
                "nation": r["nation"],
                "region": r["region"],
                "county_code": gss.get(r["county-la"].strip(), ""),
                "children_services": "yes" if r["gss-code"].strip() in children_codes else "no",
                # Lower-case duplicates of a name add nothing to a case-sensitive match.
                "alt_names": ";".join(dict.fromkeys(n for n in names if n[:1].isupper())),
                "lat": centres.get(r["local-authority-code"], (r["lat"], r["long"]))[0],
                "long": centres.get(r["local-authority-code"], (r["lat"], r["long"]))[1],
            }
        )
    missing = children_codes - {r["code"] for r in rows}
    if missing:
        raise RegistryError(f"authorities with children's services not in the register: {missing}")
    return rows


def _county_centres(ref: list[dict[str, str]]) -> dict[str, tuple[str, str]]:
    """A county council's centroid as the mean of its districts' (mySociety code -> lat, long).

    The register's own point for many counties is far from the county (Lancashire's lies
    near Corby, Hertfordshire's west of London, Suffolk's in Cambridgeshire), while its
    districts' points are sound; the hex map (foi/views/hexmap.py) needs them right."""
    districts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in ref:
        county = r["county-la"].strip()
        if county and r["lat"].strip() and r["long"].strip():
            districts[county].append((float(r["lat"]), float(r["long"])))
    out = {}
    for r in ref:
        points = districts.get(r["local-authority-code"])
        if r["local-authority-type"] == "CTY" and points:
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            out[r["local-authority-code"]] = (f"{lat:.6f}", f"{lon:.6f}")
    return out


def write_uk(rows: list[dict[str, str]], out: Path) -> None:
    write(rows, out, UK_COLUMNS)
