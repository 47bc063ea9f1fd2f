"""`foi crawl`: a crawl into the archive under the data directory's lock, the dataset rebuilt,
what changed since the last run recorded (foi/dataset/changes.py), and what it prints: per
authority found, kept, rejected and failed, the reasons, coverage, failed monitors; in cron
mode (`--quiet`) only what a person must act on.

The crawler itself (`crawler.run.crawl`, `per_authority`) is passed in by the CLI's front
door, the one module of `foi` besides the sources check that reaches into `crawler/`
(tests/test_layers.py)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foi.archive.store import Archive, now
from foi.campaigns.campaign import data_paths
from foi.errors import UserError
from foi.views.tables import table

Stats = dict[str, dict[str, Any]]


@dataclass
class CrawlPlan:
    root: Path  # the data directory
    campaign: Any  # the loaded campaign
    campaign_name: str  # as `--campaign` gave it (the crawler loads it by this)
    sources: Path | None = None
    platforms: list[str] | None = None
    only: list[str] | None = None
    quiet: bool = False  # cron mode
    log_json: Path | None = None
    workers: str | None = None  # a Redis URL: one of several processes
    run: str = "crawl"
    build: bool = True


def only_codes(raw: str, registry: Any, rows: list[Any], platform: str | None, path: Path | None) -> list[str]:  # fmt: skip
    """--only's codes or names (as `import --authority` takes them), each with a source to
    crawl: a council no row of the sources file reaches is named, not silently skipped."""
    codes, missing = [], []
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        hit = registry.resolve(part)
        if hit is None:
            raise UserError(f"--only {part!r}: not one of the 153 authorities")
        reach = [
            s
            for s in rows
            if s.authority_code in (None, hit.code) and (platform is None or s.platform == platform)
        ]
        if reach:
            codes.append(hit.code)
            continue
        missing.append(f"{hit.name} ({hit.code})")
        plat = f" of platform {platform}" if platform else ""
        print(f"foi crawl: --only: {path or 'foi/data/sources.csv'} has no source{plat} "
              f"for {missing[-1]}", file=sys.stderr)  # fmt: skip
    if not codes:
        raise UserError(f"nothing to crawl: no source for {', '.join(missing) or repr(raw)}")
    return codes


def warn_without_contact() -> None:
    if not os.environ.get("FOI_CONTACT"):
        print(
            "foi crawl: warning: FOI_CONTACT is not set, so the sites crawled see no way to "
            "reach you (set it to your email address)",
            file=sys.stderr,
        )


def run_crawl(plan: CrawlPlan, registry: Any, crawl: Callable[..., Stats], per_authority: Callable[[Stats], Any]) -> int:  # fmt: skip
    """Crawl, print, build and report; the exit code (130 interrupted, 1 a monitor failed)."""
    from foi.archive.lock import data_lock
    from foi.dataset.building import build_dataset

    started = time.perf_counter()
    with data_lock(plan.root, "crawl", shared=bool(plan.workers)):
        since = now()
        before = None
        if plan.build:  # pandas only where a dataset is built
            from foi.dataset.changes import snapshot

            before = snapshot(data_paths(plan.root, plan.campaign).dataset)
        stats = crawl(
            plan.root, sources=plan.sources, platforms=plan.platforms, only=plan.only,
            campaign=plan.campaign_name,
            # Cron mode: Scrapy's log (tracebacks included) only in --log-json, never on
            # the terminal; what needs a person is listed below in plain words.
            overrides={"LOG_LEVEL": "WARNING", "LOG_ENABLED": False} if plan.quiet else {},
            log_json=plan.log_json, workers=plan.workers, run=plan.run,
        )  # fmt: skip
        if any(s.get("finish_reason") == "shutdown" for s in stats.values()):
            print(
                "foi crawl: interrupted: the crawl stopped before it finished. What was "
                "fetched is archived; the dataset was not rebuilt. Run it again to finish.",
                file=sys.stderr,
            )
            return 130
        if not plan.quiet:
            _print_crawl(plan, stats, registry, per_authority(stats), started)
        report = ""
        if plan.build:
            build_dataset(plan.root, plan.campaign, registry, quiet=plan.quiet)
            report = record_changes(plan.root, before, since, registry, plan.campaign)
    if plan.quiet:
        return cron_report(registry, report, stats)
    _print_after(plan, report)
    return _monitors(stats)


def _print_crawl(plan: CrawlPlan, stats: Stats, registry: Any, per_auth: Any, started: float) -> None:  # fmt: skip
    if plan.workers:
        print(workers_note(stats, plan.run))
    print(per_authority_table(per_auth, registry))
    print(f"\nReasons: {reasons(stats)}")
    pages = sum(s.get("response_received_count", 0) for s in stats.values())
    took = time.perf_counter() - started
    print(f"\n{pages} responses from the sites in {took:.1f} s; archive: {plan.root}/")


def _print_after(plan: CrawlPlan, report: str) -> None:
    """What became of the dataset: the changes, or why it was not rebuilt; the coverage."""
    from foi.views.status import coverage_line, coverage_matrix

    if plan.workers:
        print("\nThe dataset is built once, after the workers: when every worker has stopped, "
              "run `foi build` (on any machine that sees this data directory).")  # fmt: skip
    elif not plan.build:
        print("\nThe dataset was not rebuilt (--no-build): run `foi build` when the crawl is done.")
    else:
        print("\n" + report)
        dataset = data_paths(plan.root, plan.campaign).dataset
        if line := coverage_line(*coverage_matrix(dataset, plan.campaign)):
            print(line)


def _monitors(stats: Stats) -> int:
    failed = {
        name: s.get("foi/monitors/failed")
        for name, s in stats.items()
        if s.get("foi/monitors/failed_count")
    }
    for name, why in failed.items():
        print(f"MONITOR FAILED [{name}]: {why}", file=sys.stderr)
    return 1 if failed else 0


def per_authority_table(per_auth: dict[str, dict[str, int]], registry: Any) -> str:
    """A crawl's figures per authority: found, kept, rejected and failed."""
    rows = []
    for code, counts in per_auth.items():
        a = registry.get(code) if code != "unknown" else None
        rows.append(
            [
                a.name if a else code,
                code,
                *(counts.get(k, 0) for k in ("found", "kept", "rejected", "failed")),
            ]
        )
    return table(rows, ["authority", "code", "found", "kept", "rejected", "failed"])


def workers_note(stats: Stats, run: str) -> str:
    """Whose figures the table below gives: the whole shared crawl's (from its last worker)
    or this worker's share."""
    if any(s.get("foi/workers/partial") for s in stats.values()):
        return f"This worker's share of run {run!r} (the last worker to stop prints the whole):"
    workers = max((int(s.get("foi/workers/count", 1)) for s in stats.values()), default=1)
    return f"Run {run!r}, all {workers} workers (this one stopped last):"


def reasons(stats: Stats) -> str:
    """Why candidates were rejected and documents failed, across spiders."""
    counts: dict[str, int] = {}
    for spider_stats in stats.values():
        for key, value in spider_stats.items():
            parts = key.split("/", 2)
            if len(parts) == 3 and parts[0] == "foi" and parts[1] in ("rejected", "failed"):
                what = f"{parts[1]}: {parts[2]}"
                counts[what] = counts.get(what, 0) + int(value)
    return "; ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"


def record_changes(root: Path, before: Any, since: str, registry: Any, campaign: Any) -> str:
    """Compare the new dataset with the one before the crawl; record and return the report."""
    import pandas as pd

    from foi.dataset import changes

    run_time = pd.Timestamp.now(tz="UTC").floor("s")
    dataset = data_paths(root, campaign).dataset
    after = changes.snapshot(dataset)
    rows = changes.diff(before, after, run_time, campaign) if after else []
    names = {a.code: a.name for a in registry.authorities}
    rows += changes.disappeared(Archive(root), since, run_time, names)
    return changes.record(root, dataset, rows, run_time, campaign)


def cron_report(registry: Any, changes: str, stats: Stats) -> int:
    """Cron mode: only what a person must act on. What changed (nothing when nothing did),
    then each failure by council and URL with its cause in plain words; exit 1 when a site
    could not be reached or a monitor failed."""
    from foi.views.attention import attention

    if changes and "No change since the last run" not in changes:
        print(changes)
    names = {a.code: a.name for a in registry.authorities}
    lines = attention([f for s in stats.values() for f in s.get("foi/failures", [])], names)
    if lines:
        print(f"Needs attention ({len(lines)}):")
        print("\n".join(f"  {line}" for line in lines))
    return _monitors(stats)
