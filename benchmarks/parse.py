"""Parse speed and memory over generated responses in all formats.

Prints documents per second by format, peak memory, and for the PDFs the whole parse time
beside raw text extraction with pypdfium2 (the library chosen) and with pdfplumber.

    python benchmarks/parse.py [--n 300]
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from benchmarks.generate import generate  # noqa: E402
from foi.campaigns.campaign import load_campaign  # noqa: E402
from foi.reference.registry import Registry  # noqa: E402
from parsers.response import parse_document  # noqa: E402


def pdfium_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def plumber_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    t0 = time.perf_counter()
    docs = generate(args.n)
    print(f"generated {len(docs)} documents in {time.perf_counter() - t0:.1f} s")
    campaign, registry = load_campaign(), Registry.load()
    per_format: dict[str, list[float]] = defaultdict(list)
    failures = answered = 0
    start = time.perf_counter()
    for name, data in docs:
        t = time.perf_counter()
        try:
            answered += len(parse_document(data, name, campaign, registry).answers) == 5
        except Exception as exc:  # counted, not fatal: this is a benchmark
            failures += 1
            print(f"  {name}: {exc}")
        per_format[name.rsplit(".", 1)[1]].append(time.perf_counter() - t)
    total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nparsed {len(docs)} documents in {total:.2f} s: {len(docs) / total:.0f} documents/s, {failures} failed"
    )
    print(f"documents split into all five answers: {answered}/{len(docs)}")
    print(f"peak resident memory: {peak_mb:.0f} MB")
    print("\nformat  docs   mean ms   max ms")
    for fmt, times in sorted(per_format.items()):
        print(
            f"{fmt:<6} {len(times):>5} {1000 * sum(times) / len(times):>9.1f} {1000 * max(times):>8.1f}"
        )
    pdfs = [data for name, data in docs if name.endswith(".pdf")]
    for label, fn in (("pypdfium2 text only", pdfium_text), ("pdfplumber text only", plumber_text)):
        t = time.perf_counter()
        for data in pdfs:
            fn(data)
        ms = 1000 * (time.perf_counter() - t) / len(pdfs)
        print(f"PDF {label:<22} {ms:8.1f} ms per PDF")
    print(
        f"PDF whole parse (chosen)     {1000 * sum(per_format['pdf']) / len(per_format['pdf']):8.1f} ms per PDF"
    )


if __name__ == "__main__":
    main()
