"""`foi build` (and the build that ends `foi crawl` and `foi demo`): the archive read into the
dataset (foi/dataset/build.py), with what it reports: where the dataset went, how many
documents were parsed and how many came from the parse cache, and every archived document
that could not be used."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def build_dataset(
    root: Path,
    campaign: Any,
    registry: Any,
    *,
    out: Path | None = None,
    corrections: Path | None = None,
    quiet: bool = False,
) -> int:
    """Build, print what was built; 1 if an archived document is unusable (never silent: a
    council must not just leave the dataset)."""
    from foi.dataset.build import build

    result = build(root, campaign, registry, out=out, corrections=corrections)
    if not quiet:  # cron mode: the damaged documents below, nothing else
        counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
        print(f"dataset written to {result.out}/ ({counts})")
        # Each document is read once: later builds reuse the parse cache (foi/parse/parsecache.py).
        print(f"documents: parsed {result.parsed}, reused {result.reused} (parse cache)")
    for problem in result.damaged:
        print(f"WARNING archived document unusable: {problem}", file=sys.stderr)
    return 1 if result.damaged else 0
