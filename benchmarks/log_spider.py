"""The log spider from an address alone against a hand-written selector crawl of the same
site, on the generated logs of tests/logsites.py (LocalGov Drupal, Jadu, GOSS iCM, ASP.NET, a
monthly list of files, a JavaScript list with a sitemap), each on its own loopback host.

Prints, per shape: replies kept, decoys and other disclosures rejected, and the requests each
crawl made (counted by the site's server, robots.txt included), then the wall time.

    python benchmarks/log_spider.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import logsites  # noqa: E402


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        results, _ = logsites.crawl_all(Path(tmp))
    print(logsites.table(results))
    item = results.get("drupal-item")
    if item:
        print(
            f"drupal given one item's address: {len(item.kept)} of {len(item.shape.kept)} replies "
            f"kept, {item.requests} requests"
        )
    print(f"\nbuilt, served and crawled in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
