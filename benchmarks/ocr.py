"""OCR cost and accuracy on scans made from the project's own PDF letters.

Each letter in tests/corpus/letters and tests/corpus/fresh_typical is "scanned" as the tests
do it (pages rendered, turned about a degree, dust added, saved as an image-only PDF), then:
OCR seconds per page (min / median / max: render, straighten, Tesseract, table cells), and
how many coded fields read from the scan agree with those read from the original PDF.

    python benchmarks/ocr.py [--dpi 200] [--limit N]

Needs Debian's tesseract-ocr and tesseract-ocr-eng.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from foi.campaigns.campaign import load_campaign  # noqa: E402
from foi.reference.registry import Registry  # noqa: E402
from parsers import ocr  # noqa: E402
from parsers.response import parse_document  # noqa: E402
from tests.test_ocr import scanned_pdf  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dpi", type=int, default=200, help="resolution of the made scans")
    ap.add_argument("--limit", type=int, default=0, help="only the first N letters")
    args = ap.parse_args()
    if not ocr.available():
        print(ocr.INSTALL)
        return 2
    letters = sorted((ROOT / "tests/corpus/letters").glob("*.pdf")) + sorted(
        (ROOT / "tests/corpus/fresh_typical").glob("*.pdf")
    )
    if args.limit:
        letters = letters[: args.limit]
    campaign, registry = load_campaign(), Registry.load()
    seconds: list[float] = []
    agree = total = 0
    print(f"{ocr.version()} at {shutil.which('tesseract')}; scans at {args.dpi} dpi\n")
    print(f"{'letter':<40} {'pages':>5} {'s/page':>7} {'fields agree':>13}")
    for seed, path in enumerate(letters):
        original = path.read_bytes()
        scan = scanned_pdf(original, dpi=args.dpi, seed=seed)
        pages = len(pdfium.PdfDocument(scan))
        own = []
        for i in range(pages):
            start = time.perf_counter()
            ocr.read_pdf_pages(scan, [i], {})
            own.append(time.perf_counter() - start)
        seconds += own
        want = parse_document(original, path.name, campaign, registry).to_json()["fields"]
        try:
            got = parse_document(scan, path.name, campaign, registry).to_json()["fields"]
        except Exception as exc:  # a scan read so badly it is refused counts as all wrong
            print(f"  {path.name}: {exc}")
            got = {}
        same = sum(got.get(k) == v for k, v in want.items())
        agree, total = agree + same, total + len(want)
        print(f"{path.name:<40} {pages:>5} {statistics.mean(own):>7.2f} {same:>6}/{len(want)}")
    print(
        f"\nOCR seconds per page over {len(seconds)} pages: min {min(seconds):.2f}, "
        f"median {statistics.median(seconds):.2f}, max {max(seconds):.2f}"
    )
    print(f"coded fields agreeing with the original: {agree}/{total} ({agree / total:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
