"""The crawl's speed on a generated mirror of 153 council sites on 127.0.0.1, beside its anchors.

Each council gets its own site on its own loopback address (politeness is per host, as it
would be on the web): robots.txt, a listing of 6 disclosures over 2 pages, one of them the
campaign response with its PDF letter attached: 10 requests a site, the chain listing ->
page -> attachment three deep. Listings are dynamic (no validators but an ETag); the
disclosures and the letter are served as a static file server serves them, with the
Last-Modified of their publication a month ago. In one run, each as a fresh process, it
prints requests, bytes (measured at the servers), seconds and pages per second, and where
the seconds went (start: until the first request reached a site; fetch: from the first
request to the last; after: from the last to the end of the process) for:

- a bare Scrapy spider (benchmarks/bare_spider.py: the same requests with the same
  concurrency settings, no pipelines, no cache, no reading), the anchor, politeness off;
- `foi crawl --no-build` (the crawl: archive, coverage reading, monitors), politeness off,
  and its ratio to the anchor (issue 14's target: at least 0.70);
- the incremental re-crawl on the same data directory (listings revalidated, documents
  still fresh by their Last-Modified not asked again and, decided by the last crawl, passed
  over: crawler/unchanged.py; robots.txt reused for the day), and its time against the
  full crawl's (target: at most 0.50);
- the same two on sites that send no Last-Modified, where the re-crawl asks for every page
  again (all 304s);
- `foi crawl` with the build, the whole command a journalist waits for, full and again;
- for the measurement only, the full crawl with its coverage reading switched off (a hook on
  PYTHONPATH; no setting does it), to show what the reading costs against the anchor; then
  with only fetching and archiving kept (no HTTP cache, no reading of each page's text for
  the campaign, no item validation, no re-crawl record), with and without the reading: how
  near the anchor the crawl could come if each of those cost nothing;
- a full crawl with the default politeness (1 s a request per site), beside its floor: a
  site's requests one delay apart after its first (target: within 1.5x).

    python benchmarks/crawl.py [--polite-sites 153] [--workers N]

`--workers N` also crawls with N `foi crawl --workers redis://...` processes sharing one
Redis scheduler (Debian's redis-server, started on 127.0.0.1 for the run) into one archive,
and prints the speed-up over one process.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foi.mirror import serve  # noqa: E402
from foi.reference.registry import Registry  # noqa: E402

ANSWER = (ROOT / "tests" / "corpus" / "web_mail" / "york-letter-crlf.txt").read_text("utf-8")


def page(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><nav>Home</nav><main><h1>{title}</h1>{body}</main></body></html>"


def letter_pdf(council: str) -> bytes:
    """The reply as a PDF attachment, one per council (distinct bytes, as on the web)."""
    from tests import builders

    lines = [line for line in ANSWER.splitlines() if line.strip()]
    pages = [lines[i : i + 45] for i in range(0, len(lines), 45)]
    return builders.pdf(pages, header=f"{council} (synthetic benchmark letter)")


# The crawl with its coverage reading switched off (crawler/pipelines.py: every document
# "not read", as when no reader could start), for the measurement of what the reading costs.
NO_READING = """
from crawler.pipelines import ReadPipeline
from foi.parse.isolate import Verdict

ReadPipeline.read = lambda self, body, name, digest: Verdict(None, "not read", final=False)
"""
# For the measurement only: the crawl with what the anchor does not do switched off, except
# fetching and archiving (and, with NO_READING, the coverage reading too). A page's text for
# the campaign is its content's plain string, not the reader's.
FETCH_AND_ARCHIVE = """
import crawler.settings as s
from crawler.base import FoiSpider

s.HTTPCACHE_ENABLED = False
s.ITEM_PIPELINES = {k: v for k, v in s.ITEM_PIPELINES.items() if "Validation" not in k}
s.SPIDER_MIDDLEWARES = {k: v for k, v in s.SPIDER_MIDDLEWARES.items() if "Unchanged" not in k}
FoiSpider.page_text = lambda self, response, selector=None: (
    " ".join(response.css(selector or "body").xpath("string()").getall()), []
)
"""
LAST_MODIFIED = formatdate(time.time() - 30 * 86400, usegmt=True)  # published a month ago
REQUESTS_PER_SITE = 10  # robots.txt, 2 listing pages, 6 disclosures, 1 attachment


def make_sites(root: Path, registry: Registry, count: int | None = None) -> None:
    """A site per council (the first `count` of them), under `root`."""
    for n, a in enumerate(registry.authorities[:count]):
        site = root / f"c{n:03d}"
        (site / "foi").mkdir(parents=True)
        (site / "robots.txt").write_text("User-agent: *\nDisallow:\n")
        slugs = ["bruising"] + [f"other-{i}" for i in range(5)]
        for s in slugs:
            body = (
                f"<pre>{ANSWER}</pre><a class='att' href='/foi/bruising-letter.pdf'>letter</a>"
                if s == "bruising"
                else f"<p>Parking permits issued: {n * 7}.</p>"
            )
            (site / "foi" / f"{s}.html").write_text(page(f"{a.name} (synthetic) {s}", body))
        (site / "foi" / "bruising-letter.pdf").write_bytes(letter_pdf(a.name))
        for p, group in enumerate((slugs[:3], slugs[3:]), start=1):
            links = "".join(f"<a class='r' href='/foi/{s}.html'>{s}</a>" for s in group)
            nxt = "<a class='next' href='/log?page=2'>Next</a>" if p == 1 else ""
            (site / f"list-{p}.html").write_text(page("Log", links + nxt))
    set_validators(root, last_modified=True)


def set_validators(root: Path, last_modified: bool) -> None:
    """Each site's routes: the listings, and its documents with or without Last-Modified
    (the server reads routes.json at every request)."""
    for site in sorted(p for p in root.iterdir() if p.is_dir()):
        html = "text/html; charset=utf-8"
        routes: dict[str, dict[str, object]] = {
            f"/log?page={p}": {"file": f"list-{p}.html", "type": html} for p in (1, 2)
        }
        for doc in sorted((site / "foi").iterdir()):
            route: dict[str, object] = {"file": f"foi/{doc.name}"}
            if doc.suffix == ".html":
                route["type"] = html
            if last_modified:
                route["headers"] = {"Last-Modified": LAST_MODIFIED}
            routes[f"/foi/{doc.name}"] = route
        (site / "routes.json").write_text(json.dumps(routes))


def foi(*args: str, env: dict[str, str]) -> float:
    """Wall seconds of one `foi` command, a fresh process."""
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "foi.cli", *args], env=env, capture_output=True, text=True,
        cwd=ROOT, check=False,
    )  # fmt: skip
    took = time.perf_counter() - t
    if proc.returncode not in (0, 1):  # 1: a monitor failed, which the figures show anyway
        raise SystemExit(f"foi {' '.join(args)} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return took


def bare(sources: Path, delay: float, env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "benchmarks.bare_spider", str(sources), "--delay", str(delay)],
        env=env, capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--polite-sites", type=int, default=153, help="sites in the polite run (0 to skip)"
    )
    ap.add_argument(
        "--workers", type=int, default=0, help="also crawl with N Redis workers (0 to skip)"
    )
    args = ap.parse_args()
    registry = Registry.load()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_sites(root / "sites", registry)
        with serve(root / "sites", distinct_hosts=True) as mirror:
            names = sorted(mirror.bases)
            header = "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector"
            rows = [
                f"{a.code},council_site,{mirror.bases[name]}/log?page=1,a.r,a.next,main,a.att"
                for name, a in zip(names, registry.authorities, strict=True)
            ]
            sources = root / "sources.csv"
            sources.write_text("\n".join([header, *rows]) + "\n")

            def measure(label: str, run: Callable[[], float]) -> tuple[float, int]:
                before = (
                    sum(s.requests for s in mirror.stats.values()),
                    sum(s.bytes_sent for s in mirror.stats.values()),
                )
                for s in mirror.stats.values():
                    s.first = s.last = None
                start = time.monotonic()
                took = run()
                reqs = sum(s.requests for s in mirror.stats.values()) - before[0]
                sent = sum(s.bytes_sent for s in mirror.stats.values()) - before[1]
                # Where the time went: before the first request reached a site (the start),
                # between the first and the last (the fetching), and after the last.
                asked = [s for s in mirror.stats.values() if s.first is not None]
                first = min((s.first for s in asked if s.first), default=start) - start
                last = max((s.last for s in asked if s.last), default=start) - start
                print(
                    f"{label:<50} {reqs:>8} {sent / 1e6:>8.2f} {took:>8.1f} {reqs / took:>8.1f}"
                    f" {first:>6.2f} {last - first:>6.2f} {took - last:>6.2f}",
                    flush=True,
                )
                return took, reqs

            fast = {**os.environ, "FOI_DOWNLOAD_DELAY": "0"}
            crawl = ("crawl", "--sources", str(sources), "--quiet", "--no-build")
            whole = ("crawl", "--sources", str(sources), "--quiet")

            def foi_crawl(command: tuple[str, ...], data: str) -> Callable[[], float]:
                return lambda: foi(*command, "--data-dir", str(root / data), env=fast)

            print(f"{len(names)} council sites, {REQUESTS_PER_SITE} requests each\n")
            print(f"{'run (politeness off unless said)':<50} {'requests':>8} {'MB sent':>8} "
                  f"{'seconds':>8} {'pages/s':>8} {'start':>6} {'fetch':>6} {'after':>6}")  # fmt: skip
            t_bare, n_bare = measure("bare Scrapy spider (the anchor)",
                                     lambda: bare(sources, 0.0, fast))  # fmt: skip
            t_full, n_full = measure("foi crawl --no-build", foi_crawl(crawl, "a"))
            t_incr, _ = measure("  again: incremental", foi_crawl(crawl, "a"))
            set_validators(root / "sites", last_modified=False)
            t_full_b, n_full_b = measure(
                "foi crawl --no-build, sites without Last-Modified", foi_crawl(crawl, "b")
            )
            t_incr_b, _ = measure("  again: incremental, every page asked", foi_crawl(crawl, "b"))
            set_validators(root / "sites", last_modified=True)
            t_whole, n_whole = measure("foi crawl (with the build)", foi_crawl(whole, "c"))
            t_whole_incr, _ = measure("  again: incremental", foi_crawl(whole, "c"))

            # What the coverage reading costs: the same crawl with it switched off, for the
            # measurement only (a hook on PYTHONPATH, as tests/test_crawl_parse_bounded.py
            # does; no setting of the project turns it off).
            def hooked(name: str, code: str) -> dict[str, str]:
                (root / name).mkdir()
                (root / name / "sitecustomize.py").write_text(code)
                path = os.pathsep.join(filter(None, [str(root / name), fast.get("PYTHONPATH")]))
                return {**fast, "PYTHONPATH": path}

            unread = hooked("hook", NO_READING)
            t_unread, n_unread = measure(
                "  measurement only: no coverage reading",
                lambda: foi(*crawl, "--data-dir", str(root / "d"), env=unread),
            )
            bare_env = hooked("hook_bare", FETCH_AND_ARCHIVE)
            t_fa, n_fa = measure(
                "  measurement only: fetching and archiving",
                lambda: foi(*crawl, "--data-dir", str(root / "e"), env=bare_env),
            )
            bare_unread = hooked("hook_bare_unread", FETCH_AND_ARCHIVE + NO_READING)
            t_fa_u, n_fa_u = measure(
                "    and no coverage reading",
                lambda: foi(*crawl, "--data-dir", str(root / "f"), env=bare_unread),
            )
            anchor = n_bare / t_bare
            print(
                f"\nfoi crawl / bare spider, pages/s: {(n_full / t_full) / anchor:.2f}"
                f" (target >= 0.70); sites without Last-Modified"
                f" {(n_full_b / t_full_b) / anchor:.2f}; with the build"
                f" {(n_whole / t_whole) / anchor:.2f}"
            )
            print(
                f"  (measurement only: without the coverage reading {(n_unread / t_unread) / anchor:.2f};"
                f" fetching and archiving only {(n_fa / t_fa) / anchor:.2f},"
                f" and without the reading {(n_fa_u / t_fa_u) / anchor:.2f})"
            )
            print(
                f"incremental / full crawl, time: {t_incr / t_full:.2f} (target <= 0.50);"
                f" every page asked {t_incr_b / t_full_b:.2f};"
                f" with the build {t_whole_incr / t_whole:.2f}"
            )
            if args.workers:
                from benchmarks.crawl_workers import compare

                compare(args.workers, sources, root, fast, measure, t_full)
            if args.polite_sites:
                sources.write_text("\n".join([header, *rows[: args.polite_sites]]) + "\n")
                polite = {**os.environ, "FOI_DOWNLOAD_DELAY": "1.0"}
                t_polite, _ = measure(
                    f"foi crawl --no-build, default politeness ({args.polite_sites} sites)",
                    lambda: foi(*crawl, "--data-dir", str(root / "polite"), env=polite),
                )
                floor = (REQUESTS_PER_SITE - 1) * 1.0
                print(
                    f"\nfloor with default politeness: a site's {REQUESTS_PER_SITE} requests one"
                    f" 1.0 s delay apart = {floor:.0f} s (sites in parallel, each at its own"
                    f" pace); wall / floor: {t_polite / floor:.2f} (target <= 1.5)"
                )


if __name__ == "__main__":
    main()
