"""The project's registry of the 153 English authorities with children's services.

`foi/data/authorities.csv` is built by `build()` from mySociety's register of local authority
names and codes (CC-BY-4.0, via ../shared/reference/) plus the project's own curated extras
(email and web domains, the names people actually use, corrections). It is keyed by GSS code.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from foi.reference import data_rows
from foi.reference.namefinder import NameFinder

if TYPE_CHECKING:
    from foi.reference.uk_councils import UkCouncils

COLUMNS = [
    "code",
    "mysoc_code",
    "name",
    "nice_name",
    "type",
    "region",
    "wdtk_id",
    "govuk_slug",
    "domains",
    "aliases",
]
EXPECTED_COUNT = 153

# Suffixes councils put after their place name; "X Council" etc. are generated as aliases.
_SUFFIXES = (
    "Council",
    "City Council",
    "County Council",
    "Borough Council",
    "Metropolitan Borough Council",
)
# Place names that are also ordinary English words: matched only with a council suffix.
AMBIGUOUS = {"Reading", "Bury", "Dorset Council", "Sutton", "Kingston"}


class RegistryError(ValueError):
    """The registry source data is inconsistent."""


@dataclass(frozen=True)
class Authority:
    code: str
    mysoc_code: str
    name: str
    nice_name: str
    type: str
    region: str
    wdtk_id: str = ""
    govuk_slug: str = ""
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = field(default=())

    def names(self) -> list[str]:
        """Every name this authority goes by, official first."""
        out: list[str] = []
        for n in (self.name, self.nice_name, *self.aliases):
            if n and n not in out:
                out.append(n)
        return out


def normalise_name(text: str) -> str:
    """Fold case, accents, '&' and punctuation so that name variants compare equal."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ").replace("st.", "st ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _generated_aliases(name: str, nice: str) -> list[str]:
    out = [f"{nice} {suffix}" for suffix in _SUFFIXES]
    for base in (name, nice):
        if " and " in base:
            out.append(base.replace(" and ", " & "))
        if "&" in base:
            out.append(base.replace("&", "and"))
        if "St. " in base:
            out.append(base.replace("St. ", "St "))
    return out


class Registry:
    def __init__(self, authorities: list[Authority]):
        codes = [a.code for a in authorities]
        if len(set(codes)) != len(codes):
            raise RegistryError("duplicate GSS codes in the registry")
        self.authorities = authorities
        self.by_code = {a.code: a for a in authorities}
        self.by_mysoc = {a.mysoc_code: a for a in authorities}

    @classmethod
    def load(cls, path: Path | None = None) -> Registry:
        rows = data_rows("authorities.csv", path)
        return cls(
            [
                Authority(
                    code=r["code"],
                    mysoc_code=r["mysoc_code"],
                    name=r["name"],
                    nice_name=r["nice_name"],
                    type=r["type"],
                    region=r["region"],
                    wdtk_id=r["wdtk_id"],
                    govuk_slug=r["govuk_slug"],
                    domains=tuple(d for d in r["domains"].split(";") if d),
                    aliases=tuple(a for a in r["aliases"].split(";") if a),
                )
                for r in rows
            ]
        )

    def get(self, code: str) -> Authority | None:
        return self.by_code.get(code) or self.by_mysoc.get(code.upper())

    @cached_property
    def _alias_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for a in self.authorities:
            for n in (*a.names(), *_generated_aliases(a.name, a.nice_name)):
                index.setdefault(normalise_name(n), a.code)
        return index

    @cached_property
    def _domain_index(self) -> dict[str, str]:
        return {d: a.code for a in self.authorities for d in a.domains}

    def resolve(self, name: str, min_score: float = 90) -> Authority | None:
        """An authority from a code or any name people use for it; fuzzy as a last resort."""
        name = name.strip()
        if hit := self.get(name):
            return hit
        key = normalise_name(name)
        if key.startswith("the "):
            key = key[4:]
        if code := self._alias_index.get(key):
            return self.by_code[code]
        best = process.extractOne(key, self._alias_index.keys(), scorer=fuzz.ratio)
        if best and best[1] >= min_score:
            return self.by_code[self._alias_index[best[0]]]
        return None

    def by_domain(self, host: str) -> Authority | None:
        """The authority owning an email or web host (subdomains included)."""
        host = host.lower().strip(".")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            if code := self._domain_index.get(".".join(parts[i:])):
                return self.by_code[code]
        return None

    @cached_property
    def name_finder(self) -> NameFinder:
        """Every name variant in running text, longest first."""
        variants: dict[str, str] = {}
        for a in self.authorities:
            names = [*a.names(), *_generated_aliases(a.name, a.nice_name)]
            for n in names:
                if n in AMBIGUOUS or len(n) < 4:
                    continue
                variants.setdefault(n, a.code)
        self._variant_codes = variants
        # "Greater Manchester" is a county, not Manchester City Council.
        return NameFinder(variants)

    def code_for_variant(self, text: str) -> str:
        _ = self.name_finder
        return self._variant_codes[text]

    @cached_property
    def uk(self) -> UkCouncils:
        """Every current UK council, for senders outside the 153."""
        from foi.reference.uk_councils import UkCouncils

        return UkCouncils.load()


def build(reference_csv: Path, extras_csv: Path) -> list[dict[str, str]]:
    """Rows of authorities.csv from the reference register and the curated extras."""
    with open(reference_csv, encoding="utf-8") as fh:
        ref = list(csv.DictReader(fh))
    with open(extras_csv, encoding="utf-8") as fh:
        extras = {r["local-authority-code"]: r for r in csv.DictReader(fh)}
    unknown = set(extras) - {r["local-authority-code"] for r in ref}
    if unknown:
        raise RegistryError(f"extras name codes not in the reference: {sorted(unknown)}")
    rows = []
    for r in ref:
        code = r["local-authority-code"]
        extra = extras.get(code, {})
        wdtk = r.get("wdtk-id", "").strip()
        rows.append(
            {
                "code": r["gss-code"].strip(),
                "mysoc_code": code,
                "name": re.sub(r"\s+", " ", r["official-name"]).strip(),
                "nice_name": r["nice-name"].strip(),
                "type": r["local-authority-type"].strip(),
                "region": (extra.get("region") or r["region"]).strip(),
                "wdtk_id": str(int(float(wdtk))) if wdtk else "",
                "govuk_slug": r.get("gov-uk-slug", "").strip(),
                "domains": extra.get("domains", ""),
                "aliases": extra.get("aliases", ""),
            }
        )
    codes = [row["code"] for row in rows]
    if len(rows) != EXPECTED_COUNT or len(set(codes)) != EXPECTED_COUNT:
        raise RegistryError(f"expected {EXPECTED_COUNT} unique GSS codes, got {len(set(codes))}")
    bad = [c for c in codes if not re.fullmatch(r"E0[6-9]\d{6}|E10\d{6}", c)]
    if bad:
        raise RegistryError(f"not English unitary/metropolitan/London/county GSS codes: {bad}")
    return rows


def write(rows: list[dict[str, str]], out: Path, columns: list[str] = COLUMNS) -> None:
    from foi.archive.atomic import atomic_write_text

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    atomic_write_text(out, buf.getvalue())
