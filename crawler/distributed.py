"""One crawl shared by several processes on any number of machines, through Redis:
`foi crawl --workers redis://HOST:PORT/DB` (README, "Beyond one machine").

The engine is scrapy-redis, not code of our own: its Scheduler keeps the crawl's requests in
a Redis queue that every worker takes from, and its RFPDupeFilter the fingerprints
of every request scheduled, so no page is fetched twice. The same spiders run unchanged.
What scrapy-redis leaves to its users, and this module adds:

- **Keys per campaign and run.** Everything lives under `foi:<campaign id>:<run>:<spider>:`
  (`--run`, default `crawl`); every key expires an hour after the last worker's heartbeat,
  so a run whose workers all died leaves nothing behind for long.
- **Seeded once.** The first worker to start a spider claims the seeding (`SET NX`) and
  schedules the start requests; the others schedule none and take from the queue.
- **Stopped when drained.** scrapy-redis waits for requests for ever; here a worker stops
  once the run is seeded, the queue is empty and every live worker has been idle for
  FOI_WORKERS_IDLE seconds (1). A worker that is busy may still add requests, so the others
  wait for it; a worker whose heartbeat stopped (killed, its machine gone) is not waited for.
- **What the spiders dedupe themselves** (a document followed from two pages, a page kept
  for two attachments, an Alaveteli thread or a Socrata row found twice) is shared too
  (`RedisShared`), so the archive gets what a single process would have archived.
- **Polite across workers.** Scrapy's delay is per process; `SharedPoliteness` reserves each
  request's turn per site in Redis, so a site sees one request per delay from the whole crawl,
  however many workers there are.
- **One set of monitors for the crawl.** Each worker adds its counts to the run's totals when
  it stops; the last one judges the whole crawl (candidates found, kept against last run,
  questions answered) and records it for the next run. The others judge only what is theirs
  (finished, errors, sites reachable).

Redis must be trusted and private: scrapy-redis stores requests pickled, so whoever can write
to it can run code in the workers.
"""

from __future__ import annotations

import logging
import os
import re
import socket
from collections.abc import AsyncIterator
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached

from foi.errors import UserError

logger = logging.getLogger(__name__)

IDLE_SECONDS = float(os.environ.get("FOI_WORKERS_IDLE", "1"))
HEARTBEAT = 2.0  # seconds between a worker's signs of life
DEAD_AFTER = 60.0  # a worker silent for this long is not waited for
EXPIRE_SECONDS = 3600  # a run's keys outlive its last heartbeat by this much
RUN_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")
SCHEMES = ("redis://", "rediss://", "unix://")

# A site's next turn, in Redis's own clock (every machine agrees on it): the request waits
# until then, and the turn after it is one delay later.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, nxt)
redis.call('SET', KEYS[1], at + tonumber(ARGV[1]), 'PX', tonumber(ARGV[1]) + 60000)
return at - now
"""


class WorkersError(UserError, ValueError):
    """A --workers or --run value that cannot be used, or a Redis that cannot be reached."""


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def prefix(campaign_id: str, run: str) -> str:
    if not RUN_NAME.fullmatch(run):
        raise WorkersError(f"--run {run!r}: letters, digits, '.', '_' and '-' only (64 at most)")
    return f"foi:{campaign_id}:{run}"


def connect(url: str) -> Any:
    """A Redis client for `url`, checked with a PING (a clear error, not a traceback)."""
    import redis

    if not url.startswith(SCHEMES):
        raise WorkersError(f"--workers {url!r}: give a Redis URL, redis://HOST:PORT/DB")
    try:
        server = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10)
        server.ping()
    except (redis.RedisError, ValueError, OSError) as exc:
        raise WorkersError(f"cannot reach Redis at {url}: {exc}") from None
    return server


def settings_for(url: str, key_prefix: str) -> dict[str, Any]:
    """The settings that make this process one worker of a shared crawl."""
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        # First in, first out: requests in the order they were found, which interleaves the
        # sites (and is breadth first within each, as one process crawls). scrapy-redis's
        # priority queue orders equal priorities by their bytes, that is by URL: one site's
        # requests after another's, which would leave most sites idle while one is crawled.
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.FifoQueue",
        "SCHEDULER_QUEUE_KEY": f"{key_prefix}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{key_prefix}:%(spider)s:dupefilter",
        # The queue outlives each worker (the last one clears it), and popping never blocks
        # the event loop: the workers' idleness is judged here, not by a blocking pop.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
        "REDIS_URL": url,
        "FOI_WORKERS_URL": url,
        "FOI_WORKERS_PREFIX": key_prefix,
    }


class RedisShared:
    """crawler.base.Shared in Redis: what one worker has followed or kept, every worker knows."""

    def __init__(self, server: Any, key: str):
        self.server, self.key = server, key

    def first(self, what: str, key: str) -> bool:
        return bool(self.server.sadd(f"{self.key}:first:{what}", key))

    def seen(self, what: str, key: str) -> bool:
        return bool(self.server.sismember(f"{self.key}:first:{what}", key))


def _key(crawler: Crawler, spider_name: str) -> str:
    return f"{crawler.settings['FOI_WORKERS_PREFIX']}:{spider_name}"


class SeedOnce:
    """Spider middleware: the first worker to start a spider schedules its start requests;
    the others none (they take from the shared queue)."""

    def __init__(self, crawler: Crawler):
        if not crawler.settings.get("FOI_WORKERS_URL"):
            raise NotConfigured
        self.crawler = crawler
        self.server = connect(crawler.settings["FOI_WORKERS_URL"])

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedOnce:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        key = _key(self.crawler, self.crawler.spidercls.name)
        if not self.server.set(f"{key}:seeder", worker_id(), nx=True, ex=EXPIRE_SECONDS):
            logger.info("the run is seeded by %s", self.server.get(f"{key}:seeder"))
            return
        self.crawler.stats.set_value("foi/workers/seeded", 1)
        async for item in start:
            yield item
        self.server.set(f"{key}:seeded", "1", ex=EXPIRE_SECONDS)


class SharedPoliteness:
    """Downloader middleware: a request waits for its site's turn among all the workers (one
    request per delay per site, the delay this worker's slot has: DOWNLOAD_DELAY, raised by
    AutoThrottle or a Retry-After). A response from the HTTP cache takes no turn."""

    def __init__(self, crawler: Crawler):
        if not crawler.settings.get("FOI_WORKERS_URL"):
            raise NotConfigured
        self.crawler = crawler
        self.server = connect(crawler.settings["FOI_WORKERS_URL"])
        self.delay = crawler.settings.getfloat("DOWNLOAD_DELAY")
        self.reserve = self.server.register_script(_RESERVE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPoliteness:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        downloader = self.crawler.engine.downloader  # type: ignore[union-attr]
        slot_key = downloader.get_slot_key(request)
        slot = downloader.slots.get(slot_key)
        delay = max(self.delay, slot.delay if slot is not None else 0.0)
        if delay <= 0:
            return
        host = urlparse_cached(request).netloc or slot_key
        wait_ms = int(self.reserve(keys=[f"foi:turn:{host}"], args=[int(delay * 1000)]))
        if wait_ms > 0:
            from twisted.internet import reactor
            from twisted.internet.task import deferLater

            await maybe_deferred_to_future(deferLater(reactor, wait_ms / 1000))  # type: ignore[arg-type]


class Workers:
    """Extension: a worker's membership of the run (heartbeat, idleness, stopping when the
    crawl is drained, the run's totals for the monitors, clearing the run at the end)."""

    def __init__(self, crawler: Crawler):
        if not crawler.settings.get("FOI_WORKERS_URL"):
            raise NotConfigured
        self.crawler = crawler
        self.server = connect(crawler.settings["FOI_WORKERS_URL"])
        self.id = worker_id()
        self.key = ""
        self.idle = False
        self.beat: Any = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        for signal in (
            signals.request_scheduled,
            signals.request_reached_downloader,
            signals.response_received,
        ):
            crawler.signals.connect(self.busy, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Workers:
        return cls(crawler)

    def now(self) -> float:
        seconds, micro = self.server.time()
        return seconds + micro / 1e6

    def keys(self) -> list[str]:
        k = self.key
        names = ["requests", "dupefilter", "seeder", "seeded", "workers", "idle", "totals"]
        firsts = [f"{k}:first:{w}" for w in ("requested", "kept", "threads", "rows")]
        return [f"{k}:{n}" for n in names] + firsts

    def spider_opened(self, spider: Spider) -> None:
        from twisted.internet.task import LoopingCall

        self.key = _key(self.crawler, spider.name)
        spider.shared = RedisShared(self.server, self.key)  # type: ignore[attr-defined]
        self.heartbeat()
        self.beat = LoopingCall(self.heartbeat)
        self.beat.start(HEARTBEAT, now=False)
        # An idle worker looks at the shared queue at every engine heartbeat: twice a second
        # rather than Scrapy's five seconds, so that what another worker adds is taken at once.
        self.crawler.engine._SLOT_HEARTBEAT_INTERVAL = 0.5  # type: ignore[union-attr]
        logger.info("worker %s of run %s", self.id, self.key)

    def heartbeat(self) -> None:
        pipe = self.server.pipeline()
        pipe.hset(f"{self.key}:workers", self.id, self.now())
        for key in self.keys():
            pipe.expire(key, EXPIRE_SECONDS)
        pipe.execute()

    def busy(self, *args: Any, **kwargs: Any) -> None:
        if self.idle:
            self.idle = False
            self.server.hdel(f"{self.key}:idle", self.id)

    def live(self, now: float, workers: dict[bytes, bytes]) -> set[bytes]:
        return {w for w, beat in workers.items() if now - float(beat) < DEAD_AFTER}

    def spider_idle(self, spider: Spider) -> None:
        """Stop only when the whole crawl is done: seeded, its queue empty, and every live
        worker idle for IDLE_SECONDS (a busy worker may still add requests)."""
        now = self.now()
        if not self.idle:
            self.idle = True
            self.server.hset(f"{self.key}:idle", self.id, now)
        pipe = self.server.pipeline()
        pipe.exists(f"{self.key}:seeded")
        pipe.llen(f"{self.key}:requests")
        pipe.hgetall(f"{self.key}:workers")
        pipe.hgetall(f"{self.key}:idle")
        pipe.get(f"{self.key}:seeder")
        seeded, queued, workers, idle, seeder = pipe.execute()
        live = self.live(now, workers) | {self.id.encode()}
        if not seeded and seeder in live:
            raise DontCloseSpider  # still scheduling the start requests
        if queued or any(w not in idle for w in live):
            raise DontCloseSpider
        if now - max(float(idle[w]) for w in live) < IDLE_SECONDS:
            raise DontCloseSpider

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Add this worker's counts to the run's; the last worker out gets the run's totals
        (for the monitors, which run after this) and clears the run's keys."""
        if self.beat is not None and self.beat.running:
            self.beat.stop()
        if not self.key:
            return  # never opened
        stats = self.crawler.stats
        mine = {
            k: v
            for k, v in stats.get_stats().items()
            if isinstance(v, int)
            and not isinstance(v, bool)
            and (k.startswith("foi/") or k.endswith("_count"))
            and not k.startswith(("foi/monitors/", "foi/workers/"))
        }
        pipe = self.server.pipeline(transaction=True)
        for k, v in mine.items():
            pipe.hincrby(f"{self.key}:totals", k, v)
        pipe.hincrby(f"{self.key}:totals", "foi/workers/count", 1)
        pipe.hdel(f"{self.key}:workers", self.id)
        pipe.hdel(f"{self.key}:idle", self.id)
        pipe.hgetall(f"{self.key}:workers")
        pipe.hgetall(f"{self.key}:totals")
        *_, workers, totals = pipe.execute()
        if self.live(self.now(), workers):
            stats.set_value("foi/workers/partial", 1)  # the monitors judge only this worker
            return
        for k, v in totals.items():
            stats.set_value(k.decode(), int(v))
        self.server.delete(*self.keys())
        logger.info("last worker of run %s: the run's keys are cleared", self.key)
