"""Spidermon monitors, run when each spider closes: did it finish, reach its sites, find
candidates, keep about as much as last time, and produce valid items? A failed monitor is
written into the crawl stats (foi/monitors/failed), so `foi crawl` exits non-zero and cron or
CI notices. Spidermon's own notification actions (email, Slack, Telegram, Discord, Sentry)
can be added to MONITOR_ACTIONS; none are needed for the project to work."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from spidermon import Monitor, MonitorSuite, monitors
from spidermon.core.actions import Action

DROP_ALARM = 0.5  # keeping under half of last run's documents is a failure
VALIDATION = "spidermon/validation"  # spidermon's item validation stats


def _unreachable(stats: dict[str, object]) -> dict[str, str]:
    """host -> why, for the sites this run could not reach at all."""
    return {
        k.split("/", 2)[2]: str(v) for k, v in stats.items() if k.startswith("foi/unreachable/")
    }


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _partial(data) -> bool:  # type: ignore[no-untyped-def]
    """One worker of a shared crawl that is not the last to stop: its counts are its share
    only, so the checks of the whole crawl are left to the last worker (crawler/distributed.py)."""
    return bool(data.stats.get("foi/workers/partial"))


def _history(data) -> Path:  # type: ignore[no-untyped-def]
    """The spider's last run for this campaign (each campaign of a data directory has its
    own, foi.archive.datadir.data_paths: two campaigns' crawls keep different numbers)."""
    from foi.archive.datadir import DataPaths, data_paths, root_from

    root = root_from(data.crawler.settings.get("FOI_DATA_DIR"))
    campaign = getattr(data.spider, "campaign", None)
    paths = data_paths(root, campaign) if campaign is not None else DataPaths(root, root)
    return paths.last_run(data.spider.name)


@monitors.name("Crawl health")
class CrawlHealth(Monitor):
    @monitors.name("finished normally")
    def test_finish_reason(self) -> None:
        reason = self.data.stats.get("finish_reason", "finished")
        self.assertEqual(reason, "finished", msg=f"the crawl ended with {reason!r}")

    @monitors.name("no errors in spider code")
    def test_no_spider_exceptions(self) -> None:
        errors = {k: v for k, v in self.data.stats.items() if k.startswith("spider_exceptions/")}
        self.assertFalse(errors, msg=f"spider errors: {errors}")

    @monitors.name("every site reachable")
    def test_sites_reachable(self) -> None:
        down = _unreachable(self.data.stats)
        if not down:
            return
        sites = ", ".join(f"{host} ({why})" for host, why in sorted(down.items()))
        hint = (
            " Is this machine offline?"
            if all(w == "host not found" for w in down.values())
            and not self.data.stats.get("foi/found")
            else ""
        )
        self.fail(f"could not reach {sites}.{hint}")

    @monitors.name("candidates found")
    def test_found_something(self) -> None:
        sources = getattr(self.data.spider, "sources", None)
        if not sources or _unreachable(self.data.stats) or _partial(self.data):
            return  # nothing to crawl, or the sites could not be reached (reported above)
        found = self.data.stats.get("foi/found", 0)
        sites = ", ".join(sorted({_host(getattr(s, "url", "") or str(s)) for s in sources}))
        self.assertGreater(
            found,
            0,
            msg=f"no candidate pages found on {sites}: the pages were fetched but nothing on "
            "them looked like a list of requests (has a site's layout changed?)",
        )

    @monitors.name("kept about as much as last time")
    def test_against_previous_run(self) -> None:
        path = _history(self.data)
        if not path.exists() or _partial(self.data):
            return
        before = json.loads(path.read_text()).get("kept", 0)
        now = self.data.stats.get("foi/kept", 0)
        self.assertGreaterEqual(
            now,
            before * DROP_ALARM,
            msg=f"kept {now} documents, {before} last run: pages rejected or gone?",
        )

    @monitors.name("candidates kept")
    def test_not_all_rejected(self) -> None:
        found, kept = self.data.stats.get("foi/found", 0), self.data.stats.get("foi/kept", 0)
        if found >= 5 and not _partial(self.data):
            self.assertGreater(
                kept, 0, msg=f"all {found} candidates rejected by the campaign match"
            )

    @monitors.name("questions answered")
    def test_coverage(self) -> None:
        parsed = self.data.stats.get("foi/parsed", 0)
        covered = {k: v for k, v in self.data.stats.items() if k.startswith("foi/coverage/")}
        if parsed >= 3 and not _partial(self.data):
            self.assertTrue(
                covered,
                msg=f"{parsed} responses read, no question answered: has the format changed?",
            )

    @monitors.name("valid items")
    def test_items_valid(self) -> None:
        # spidermon's item validation (crawler/validation.py) counts what it dropped, and
        # each field's errors, for this check.
        dropped = self.data.stats.get(f"{VALIDATION}/items/dropped", 0)
        self.assertEqual(
            dropped,
            0,
            msg=f"{dropped} items broke the item schema (crawler/item.schema.json), none "
            f"archived: {_field_errors(self.data.stats) or 'see the log'}",
        )


def _field_errors(stats: dict[str, object]) -> str:
    """Which fields broke the schema, how and how often ("body: invalid_int 2"), from
    spidermon's validation stats."""
    prefix = f"{VALIDATION}/fields/errors/"
    found = []
    for key, value in sorted(stats.items()):
        error, _, field = key.removeprefix(prefix).partition("/")
        if key.startswith(prefix) and field:
            found.append(f"{field}: {error} {value}")
    return ", ".join(found)


class RecordResult(Action):
    """Write what failed into the stats (for `foi crawl`'s exit status) and this run's
    figures for the next run's comparison."""

    def run_action(self) -> None:
        failed = [r.monitor.name for r in self.result.monitors_failed_results]
        reasons = [str(r.reason).splitlines()[-1] for r in self.result.monitors_failed_results]
        stats = self.data.crawler.stats
        stats.set_value(
            "foi/monitors/failed",
            "; ".join(f"{n}: {m}" for n, m in zip(failed, reasons, strict=True)),
        )
        stats.set_value("foi/monitors/failed_count", len(failed))
        if _partial(self.data):
            return  # the last worker of a shared crawl records the whole crawl
        path = _history(self.data)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps(
                {
                    "kept": self.data.stats.get("foi/kept", 0),
                    "found": self.data.stats.get("foi/found", 0),
                }
            )
        )


class SpiderCloseSuite(MonitorSuite):
    monitors = [CrawlHealth]
    monitors_finished_actions = [RecordResult]
