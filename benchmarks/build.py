"""Build time and peak memory for generated archives of 150, 1,500 and 15,000 documents.

Each size runs in its own process (so peak memory is its own): documents in all five formats
are generated, stored in a fresh raw archive with provenance, then `foi build` is timed. The
parse step uses every core (ProcessPoolExecutor); the figures show how cost grows.

    python benchmarks/build.py [--sizes 150,1500,15000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def one(n: int) -> dict[str, float]:
    from benchmarks.generate import generate
    from foi.archive.store import Archive, Record, now
    from foi.campaigns.campaign import load_campaign
    from foi.dataset.build import build
    from foi.reference.registry import Registry

    registry, campaign = Registry.load(), load_campaign()
    codes = [a.code for a in registry.authorities]
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive(Path(tmp))
        t = time.perf_counter()
        for i, (name, data) in enumerate(generate(n)):
            record = Record(
                sha256="", source="benchmark", location=f"https://example.org/{name}", retrieved_at=now(),
                media_type=name.rsplit(".", 1)[1], size=0, status="ok", authority_code=codes[i % len(codes)],
                campaign=campaign.id,
            )  # fmt: skip
            archive.add(data, record)
        stored = time.perf_counter() - t
        t = time.perf_counter()
        result = build(Path(tmp), campaign, registry)
        took = time.perf_counter() - t
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "documents": n,
        "store_s": round(stored, 2),
        "build_s": round(took, 2),
        "docs_per_s": round(n / took, 1),
        "peak_mb_main": round(own),
        "peak_mb_worker": round(children),
        "responses": result.counts["responses"],
        "cores": os.cpu_count() or 1,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="150,1500,15000")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    print("documents  store s  build s  docs/s  peak MB (main)  peak MB (worker)  responses  cores")
    for n in (int(x) for x in args.sizes.split(",")):
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(
            f"{r['documents']:>9}  {r['store_s']:>7}  {r['build_s']:>7}  {r['docs_per_s']:>6}  "
            f"{r['peak_mb_main']:>14}  {r['peak_mb_worker']:>16}  {r['responses']:>9}  {r['cores']:>5}"
        )


if __name__ == "__main__":
    main()
