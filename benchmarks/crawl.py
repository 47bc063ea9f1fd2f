"""A full and an incremental crawl of a generated mirror of 153 council sites on 127.0.0.1.

Each council gets its own site on its own loopback address (politeness is per host, as it
would be on the web): a listing of 6 disclosures over 2 pages, one of them the campaign response. Prints
requests, bytes (measured at the servers), seconds and pages per second for a full crawl and an
incremental re-crawl with politeness off, then the wall time of a full crawl with the default
politeness beside its floor (the slowest site's pages times its delay).

    python benchmarks/crawl.py [--polite-sites 153]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foi.mirror import serve  # noqa: E402
from foi.registry import Registry  # noqa: E402

ANSWER = (ROOT / "tests" / "corpus" / "web_mail" / "york-letter-crlf.txt").read_text("utf-8")


def page(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><nav>Home</nav><main><h1>{title}</h1>{body}</main></body></html>"


def make_sites(root: Path, registry: Registry) -> None:
    for n, a in enumerate(registry.authorities):
        site = root / f"c{n:03d}"
        (site / "foi").mkdir(parents=True)
        (site / "robots.txt").write_text("User-agent: *\nDisallow:\n")
        slugs = ["bruising"] + [f"other-{i}" for i in range(5)]
        for s in slugs:
            body = (
                f"<pre>{ANSWER}</pre>"
                if s == "bruising"
                else f"<p>Parking permits issued: {n * 7}.</p>"
            )
            (site / "foi" / f"{s}.html").write_text(page(f"{a.name} (synthetic) {s}", body))
        routes = {}
        for p, group in enumerate((slugs[:3], slugs[3:]), start=1):
            links = "".join(f"<a class='r' href='/foi/{s}.html'>{s}</a>" for s in group)
            nxt = "<a class='next' href='/log?page=2'>Next</a>" if p == 1 else ""
            (site / f"list-{p}.html").write_text(page("Log", links + nxt))
            routes[f"/log?page={p}"] = {"file": f"list-{p}.html"}
        (site / "routes.json").write_text(json.dumps(routes))


def run(sources: Path, data: Path, env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "foi.cli", "crawl", "--sources", str(sources), "--data-dir", str(data), "--quiet"],
        env=env, capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--polite-sites", type=int, default=153, help="sites in the polite run (0 to skip)"
    )
    args = ap.parse_args()
    registry = Registry.load()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_sites(root / "sites", registry)
        with serve(root / "sites", distinct_hosts=True) as mirror:
            names = sorted(mirror.bases)
            rows = [
                "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector"
            ]
            for name, a in zip(names, registry.authorities, strict=True):
                rows.append(
                    f"{a.code},council_site,{mirror.bases[name]}/log?page=1,a.r,a.next,main,"
                )
            sources = root / "sources.csv"
            sources.write_text("\n".join(rows) + "\n")

            def measure(label: str, data: Path, env: dict[str, str]) -> None:
                before = (
                    sum(s.requests for s in mirror.stats.values()),
                    sum(s.bytes_sent for s in mirror.stats.values()),
                )
                took = run(sources, data, env)
                reqs = sum(s.requests for s in mirror.stats.values()) - before[0]
                sent = sum(s.bytes_sent for s in mirror.stats.values()) - before[1]
                print(f"{label:<34} {reqs:>8} {sent / 1e6:>9.2f} {took:>8.1f} {reqs / took:>8.1f}")

            fast = {**os.environ, "FOI_DOWNLOAD_DELAY": "0"}
            print(f"{len(names)} council sites, 6 pages + robots.txt each\n")
            print(f"{'run':<34} {'requests':>8} {'MB sent':>9} {'seconds':>8} {'pages/s':>8}")
            measure("full crawl, politeness off", root / "data", fast)
            measure("incremental re-crawl, politeness off", root / "data", fast)
            if args.polite_sites:
                polite_rows = rows[: args.polite_sites + 1]
                sources.write_text("\n".join(polite_rows) + "\n")
                polite = {**os.environ, "FOI_DOWNLOAD_DELAY": "1.0"}
                measure(
                    f"full crawl, default politeness ({args.polite_sites} sites)",
                    root / "polite",
                    polite,
                )
                print(
                    "\nfloor with default politeness: the slowest site's 9 requests (robots.txt, 2 listings,"
                    " 6 pages) x its 1.0 s delay = 9 s; sites are crawled in parallel, each at its own pace."
                )


if __name__ == "__main__":
    main()
