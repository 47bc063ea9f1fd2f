"""A full build beside rebuilds that reuse the parse cache (foi/parse/parsecache.py).

A generated archive of `--n` documents in all five formats (benchmarks/generate.py) is built
three times in one run: from an empty parse cache (every document read), again with nothing
changed, and after one document changed at the same address (as a re-crawl records it).
Each is `foi build`'s own `build()`, timed whole (Parquet tables included), with the number
of documents it read and reused.

    python benchmarks/rebuild.py [--n 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from benchmarks.generate import generate
    from foi.archive.store import Archive, Record, now
    from foi.campaigns.campaign import load_campaign
    from foi.dataset.build import build
    from foi.reference.registry import Registry

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    registry, campaign = Registry.load(), load_campaign()
    codes = [a.code for a in registry.authorities]
    docs = generate(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        archive = Archive(root)

        def store(i: int, name: str, data: bytes) -> None:
            archive.add(
                data,
                Record(
                    sha256="", source="benchmark", location=f"https://example.org/{name}",
                    retrieved_at=now(), media_type=name.rsplit(".", 1)[1], size=0, status="ok",
                    authority_code=codes[i % len(codes)], campaign=campaign.id,
                ),
            )  # fmt: skip

        for i, (name, data) in enumerate(docs):
            store(i, name, data)
        rows = []

        def timed(label: str) -> None:
            t = time.perf_counter()
            result = build(root, campaign, registry)
            rows.append((label, time.perf_counter() - t, result.parsed, result.reused))

        timed("full build (empty parse cache)")
        timed("rebuild, nothing changed")
        name, data = next((n, d) for n, d in docs if n.endswith(".txt"))
        store(0, name, data + b"\nA line added to the letter.\n")  # same address, new bytes
        timed("rebuild, one document changed")
    full = rows[0][1]
    print(f"{args.n} documents, {os.cpu_count()} cores\n")
    print(f"{'':34} {'seconds':>8} {'parsed':>7} {'reused':>7} {'x full build':>13}")
    for label, took, parsed, reused in rows:
        print(f"{label:34} {took:8.2f} {parsed:7} {reused:7} {took / full:13.3f}")


if __name__ == "__main__":
    main()
