"""`foi sources check` and `foi sources discover`: is each row of the sources file still
right, and where is a council's disclosure log.

check fetches each row's log politely (the crawl's own settings: robots.txt, delays, the
safety checks) and reports whether it is reachable, whether robots.txt lets us in, how many
items the listing finder sees on the first page (with a sample of titles), whether the next
page brings new items and whether the log's search answers; then writes the verdict and the
date into the row's `verified` column ("ok 2026-01-15", "unreachable 2026-01-15: connection
refused (site down?)", "moved 2026-01-15: now at URL"). discover starts from a council's FOI
page or home page, finds the link to its log and proposes a row (`--add` appends it).
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from foi.campaigns.campaign import Campaign
from foi.reference.registry import Registry
from foi.reference.sources import SourcesError, append_row, load_sources, set_verified, sources_path


def run_spider(spidercls: Any, **kwargs: Any) -> Any:
    """One spider in this process, with the crawl's settings; returns it when done."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    # Failures are the report's to tell, one line each, not Scrapy's tracebacks.
    settings.set("LOG_LEVEL", os.environ.get("FOI_LOG_LEVEL", "CRITICAL"), priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spidercls)
    process.crawl(crawler, **kwargs)
    process.start()
    return crawler.spider


def verified_value(verdict: str, detail: str, day: str) -> str:
    return f"{verdict} {day}" + (f": {detail}" if detail else "")


def describe(report: Any, registry: Registry) -> list[str]:
    source = report.source
    who = registry.get(source.authority_code).name if source.authority_code else "(shared)"
    verdict, detail = report.verdict()
    lines = [
        f"row {source.row}  {source.authority_code or '-'}  {who}  {source.platform}  {source.url}"
    ]
    if report.error:
        lines.append(f"  {verdict}" + (f": {report.error}" if report.error != verdict else ""))
        return lines
    reached = f"reachable (HTTP {report.status})"
    if report.moved_to:
        reached += f", moved to {report.moved_to} (update the row's url)"
    lines.append(f"  {reached}; robots.txt lets the crawler in")
    sample = "; ".join(f'"{t[:70]}"' for t in report.titles)
    lines.append(
        f"  items on the first page: {report.items}" + (f", e.g. {sample}" if sample else "")
    )
    lines.append(f"  pagination: {report.pagination}; search: {report.search}")
    if report.note:
        lines.append(f"  note: {report.note}")
    lines.append(f"  verdict: {verdict}" + (f" ({detail})" if detail else ""))
    return lines


def check(
    path: Path | None,
    only: set[str] | None,
    campaign: Campaign,
    registry: Registry,
    write: bool = True,
) -> str:
    from crawler.browser import CHROMIUM
    from crawler.checking import BrowserCheckSpider, CheckSpider

    sources = [
        s
        for s in load_sources(path, registry)
        if only is None or (s.authority_code in only) or (s.platform in only)
    ]
    if not sources:
        raise SourcesError("no sources row matches --only")
    # A JavaScript portal is checked as the crawl reads it: through the browser, if installed.
    portal = any(s.platform == "icasework" for s in sources) and Path(CHROMIUM).exists()
    spidercls = BrowserCheckSpider if portal else CheckSpider
    spider = run_spider(spidercls, sources=sources, terms=campaign.search_terms)
    today = date.today().isoformat()
    lines: list[str] = []
    verdicts: dict[int, str] = {}
    for report in spider.reports.values():
        lines += describe(report, registry)
        verdicts[report.source.row] = verified_value(*report.verdict(), today)
    target = sources_path(path)
    if write:
        set_verified(target, verdicts)
        lines.append(f"\nverified column written to {target} for {len(verdicts)} rows")
    ok = sum(v.startswith("ok ") for v in verdicts.values())
    lines.append(f"{ok} of {len(verdicts)} rows ok")
    return "\n".join(lines)


def authority_for(found: Any, given: str | None, registry: Registry) -> str:
    """The council: as given, else by the site's web domain, else by its pages' titles."""
    if given:
        hit = registry.resolve(given) or registry.get(given)
        if hit is None:
            raise SourcesError(f"--authority {given!r}: not one of the 153 authorities")
        return hit.code
    hit = registry.by_domain(urlsplit(found.start).hostname or "")
    if hit is None:
        for title in found.titles:
            for part in title.replace("–", "|").replace(" - ", "|").split("|"):
                if hit := registry.resolve(part.replace("(synthetic)", "").strip()):
                    break
            if hit:
                break
    return hit.code if hit else ""


def discover(url: str, given: str | None, registry: Registry, path: Path | None, add: bool) -> str:
    from crawler.checking import DiscoverSpider

    spider = run_spider(DiscoverSpider, url=url)
    found = spider.found
    if found.error:
        raise SourcesError(f"{url}: {found.error}")
    lines = [f"looked at: {', '.join(found.pages) or url}"]
    best = found.best()
    if best is None:
        lines.append("no link to a disclosure log found (try the council's FOI page)")
        return "\n".join(lines)
    log, platform = best
    label = next((c.label for c in found.candidates if c.url == log), "")
    items, titles = found.logs.get(log, (0, []))
    sample = "; ".join(f'"{t[:70]}"' for t in titles)
    lines.append(f'disclosure log: {log} (link "{label}"), {items} items on its first page'
                 + (f", e.g. {sample}" if sample else ""))  # fmt: skip
    code = authority_for(found, given, registry)
    row = {"authority_code": code, "platform": platform, "url": log}
    lines.append("proposed row (unverified until `foi sources check` passes):")
    lines.append(",".join([code, platform, log, "", "", "", "", "", ""]))
    if not code:
        lines.append("authority_code unknown: give it with --authority (GSS code or name)")
    if add:
        if not code:
            raise SourcesError("--add needs the authority: give it with --authority")
        target = sources_path(path)
        append_row(target, row)
        load_sources(target, registry)  # the file must still read, with the new row
        lines.append(f"added to {target}")
    return "\n".join(lines)


def run(args: argparse.Namespace, campaign: Campaign, registry: Registry) -> int:
    """The `foi sources` handler's work; SourcesError for anything the user can fix."""
    path = Path(args.sources) if args.sources else None
    if args.action == "check":
        only = {c.strip() for c in args.only.split(",")} if args.only else None
        print(check(path, only, campaign, registry, write=not args.dry_run))
    else:
        print(discover(args.url, args.authority, registry, path, args.add))
    return 0
