"""`foi demo`: the campaign's bundled mirror (foi/mirror/) served on 127.0.0.1, crawled with
the real spiders into the data directory, every kept document read back, the dataset built,
and two tables printed: what the crawl found per authority, and the response read for each.

The data directory is marked as the demo's (`DataDir.demo_mark`) and one holding real documents is
refused. The crawler (`crawler.run.crawl`, `per_authority`) is passed in by the CLI's front
door (tests/test_layers.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from foi.archive.store import Archive
from foi.campaigns.campaign import data_paths
from foi.errors import UserError

MARK_TEXT = (
    "This data directory holds `foi demo`'s synthetic data: invented replies from the "
    "bundled mirror, not real councils'. Keep real crawls in another directory.\n"
)
# Loopback mirror: no politeness delay needed (the defaults stay on for real sites).
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}


def run_demo(  # type: ignore[no-untyped-def]
    root: Path, campaign, campaign_name: str, registry, started: float,
    crawl: Callable[..., dict[str, dict[str, Any]]], per_authority: Callable[..., Any],
) -> int:  # fmt: skip
    """Serve the bundled mirror on 127.0.0.1, crawl it with the real spiders, read what was kept."""
    from foi.archive.datadir import DataDir
    from foi.archive.lock import data_lock
    from foi.crawling import per_authority_table, reasons
    from foi.dataset.building import build_dataset

    with data_lock(root, "demo"):
        refuse_real_archive(root)
        DataDir(root).demo_mark.write_text(MARK_TEXT, "utf-8")
        stats, requests = _crawl_mirror(root, campaign, campaign_name, crawl)
        crawl_time = time.perf_counter() - started
        print("Crawl of the bundled mirror (synthetic councils on all three platforms):\n")
        print(per_authority_table(per_authority(stats), registry))
        print(f"\nReasons: {reasons(stats)}")
        responses = responses_table(root, campaign, registry)
        print(f"\nCampaign: {campaign.title}\n")
        print(responses)
        took = time.perf_counter() - started
        print(
            f"\n{requests} requests to the mirror; crawl {crawl_time:.1f} s "
            f"({requests / max(crawl_time, 1e-9):.0f} pages/s), total {took:.1f} s."
        )
        print(
            f"Archive and manifest: {root}/. All mirror councils' answers are synthetic (invented positions)."
        )
        build_dataset(root, campaign, registry)
        print(
            "Next: `foi parse FILE` shows one response's answers with the evidence for each fact;"
        )
        print(
            f"the Parquet tables and DATA_DICTIONARY.md are in {data_paths(root, campaign).dataset}/."
        )
        return 0


def refuse_real_archive(root: Path) -> None:
    """`foi demo` writes invented councils' replies: never into an archive of real ones."""
    from foi.archive.datadir import DataDir

    if DataDir(root).demo_mark.exists():
        return  # an earlier demo's directory
    real = [
        r
        for r in Archive(root).records()
        if not r.location.startswith(("http://127.0.0.1:", "http://localhost:"))
    ]
    if real:
        raise UserError(
            f"{root} holds {len(real)} real (non-demo) documents; the demo's synthetic data "
            "would be mixed with them. Give the demo its own folder: "
            "foi demo --data-dir demo-data"
        )


def _crawl_mirror(  # type: ignore[no-untyped-def]
    root: Path, campaign, campaign_name: str, crawl: Callable[..., dict[str, dict[str, Any]]]
) -> tuple[dict[str, dict[str, Any]], int]:
    """The crawl's statistics, and how many requests the mirror served."""
    from foi.mirror import serve

    mirror_dir = demo_mirror(campaign)
    template = (mirror_dir / "sources.csv").read_text("utf-8")
    with serve(mirror_dir / "sites") as mirror:
        sources = root / "demo-sources.csv"
        sources.write_text(mirror.substitute(template), "utf-8")
        stats = crawl(root, sources=sources, campaign=campaign_name, overrides=FAST)
        requests = sum(s.requests for s in mirror.stats.values())
    return stats, requests


def demo_mirror(campaign) -> Path:  # type: ignore[no-untyped-def]
    """The campaign's bundled mirror: a folder of `sites/` and `sources.csv` under foi/."""
    name = campaign.settings.get("mirror")
    folder = Path(str(resources.files("foi").joinpath(name))) if name else None
    if folder is None or not (folder / "sources.csv").is_file():
        raise UserError(f"campaign {campaign.name} has no demo mirror (`mirror` in its [campaign])")
    return folder


def responses_table(root: Path, campaign, registry) -> str:  # type: ignore[no-untyped-def]
    """Per authority, the response read from the archive: platform, format, outcome and the
    columns of the campaign's `[report] table`."""
    from foi.parse.responses import best_per_authority, parse_archive
    from foi.views.tables import table

    best = best_per_authority(parse_archive(Archive(root), campaign, registry))
    shown = [campaign.specs[f] for f in campaign.report["table"]]
    rows = []
    for code, r in best.items():
        assert r.parsed is not None
        f = {k: v.value for k, v in r.parsed.fields.items()}
        authority = registry.get(code)
        rows.append(
            [
                authority.name if authority else code,
                r.record.source,
                r.parsed.format,
                r.parsed.outcome.value,
                *(_cell(spec, f.get(spec.name)) for spec in shown),
            ]
        )
    header = ["authority", "platform", "format", "outcome", *(_heading(spec) for spec in shown)]
    return table(rows, header)


def _heading(spec) -> str:  # type: ignore[no-untyped-def]
    """A demo table heading: the field's label, lower case (its years for a count)."""
    label = spec.label.lower()
    if spec.type == "count_by_year":
        return f"{label} ({spec.years[0]}-{spec.years[-1]})"
    return label


def _cell(spec, value) -> str:  # type: ignore[no-untyped-def]
    if spec.type == "count_by_year":
        return (
            "-" if value is None else " ".join("." if n is None else str(n) for n in value.values())
        )
    if spec.type == "text" and value:
        return value[:40] + ("..." if len(value) > 40 else "")
    return "-" if value is None else str(value)
