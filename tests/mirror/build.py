"""Write each campaign's mirror: `python -m tests.mirror [--out DIR] [CAMPAIGN ...]`."""

from __future__ import annotations

import argparse
import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

from foi.campaigns.campaign import load_campaign
from tests.conftest import ROOT

from . import alaveteli, council_site, disclosurelog, s47_medicals
from .corpus import A_CODE, B_CODE
from .expected import Expected, write_expected, write_sources


def bruising(root: Path) -> Expected:
    """sites/{alaveteli,disclosurelog,council_a,council_b}, sources.csv, expected.json and
    EXPECTED.md under root (and nowhere else)."""
    sites = root / "sites"
    if sites.exists():
        shutil.rmtree(sites)
    sites.mkdir(parents=True)
    e = Expected()
    alaveteli.build(sites, e)
    disclosurelog.build(sites, e)
    council_site.build(sites, e, "council_a", "a", A_CODE)
    council_site.build(sites, e, "council_b", "b", B_CODE)
    write_sources(root)
    write_expected(e, root)
    total = sum(p.stat().st_size for p in sites.rglob("*") if p.is_file())
    assert total < 3_000_000, total
    return e


BUILDERS: dict[str, Callable[[Path], object]] = {
    "bruising": bruising,
    "s47_medicals": s47_medicals.build,
}


def destination(name: str, out: Path | None = None) -> Path:
    """Where a campaign's mirror goes: foi/<its mirror> (or OUT/<its mirror>)."""
    return (out or ROOT / "foi") / load_campaign(name).settings["mirror"]


def digest(sites: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(sites.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(sites)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m tests.mirror", description=__doc__)
    ap.add_argument("campaigns", nargs="*", metavar="CAMPAIGN", help=", ".join(BUILDERS))
    ap.add_argument(
        "--out", type=Path, metavar="DIR", help="write DIR/mirror/... instead of foi/mirror/..."
    )
    args = ap.parse_args(argv)
    if unknown := set(args.campaigns) - set(BUILDERS):
        ap.error(f"no mirror for {', '.join(sorted(unknown))} (one of {', '.join(BUILDERS)})")
    for name in args.campaigns or BUILDERS:
        root = destination(name, args.out)
        BUILDERS[name](root)
        print(f"{name}: wrote {root}; sites sha256 {digest(root / 'sites')}")
