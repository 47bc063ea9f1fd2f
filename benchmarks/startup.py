"""Start-up time and memory of the `foi` command, beside what it cannot do without.

Measured in one run, each as a fresh process, the median of `--repeat` runs (wall time) and
the peak resident memory of one run:

- `python -c pass`: the interpreter alone;
- importing what a parse really needs: pypdfium2, lxml, rapidfuzz and the project's
  `parsers` package (the anchor);
- `foi --help`;
- `foi parse` of a small PDF reply (tests/corpus/fresh_typical/norfolk-a-to-e.pdf, two pages).

It prints each figure and its ratio to the anchor (issue 14's target: `foi --help` and
`foi parse` within 2x of it), and which heavy libraries `import foi.cli` loads.

    python benchmarks/startup.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "corpus" / "fresh_typical" / "norfolk-a-to-e.pdf"
NEEDED = "import pypdfium2, lxml.etree, lxml.html, rapidfuzz, parsers.response"
HEAVY = ("pandas", "pyarrow", "duckdb", "scrapy", "twisted", "openpyxl", "foi.dataset", "crawler")


def foi_command() -> list[str]:
    script = Path(sys.executable).parent / "foi"  # the console script users run
    return [str(script)] if script.exists() else [sys.executable, "-m", "foi.cli"]


def run_once(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {err[-500:]}")
    return took, usage.ru_maxrss / 1024


def measure(cmd: list[str], repeat: int) -> tuple[float, float]:
    run_once(cmd)  # warm the page cache and the bytecode cache first
    runs = [run_once(cmd) for _ in range(repeat)]
    return statistics.median(t for t, _ in runs), max(m for _, m in runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    py = sys.executable
    cases = {
        "python -c pass": [py, "-c", "pass"],
        "import pypdfium2, lxml, rapidfuzz, parsers": [py, "-c", NEEDED],
        "foi --help": [*foi_command(), "--help"],
        f"foi parse {PDF.name}": [*foi_command(), "parse", str(PDF)],
    }
    results = {name: measure(cmd, args.repeat) for name, cmd in cases.items()}
    anchor = results["import pypdfium2, lxml, rapidfuzz, parsers"][0]
    print(f"median of {args.repeat} runs each, on {os.cpu_count()} cores\n")
    print(f"{'':44} {'seconds':>8} {'peak MB':>8} {'x needed imports':>17}")
    for name, (took, mb) in results.items():
        print(f"{name:44} {took:8.3f} {mb:8.0f} {took / anchor:17.2f}")
    probe = "import sys, foi.cli; print(' '.join(m for m in sys.argv[1:] if m in sys.modules))"
    loaded = subprocess.run(
        [py, "-c", probe, *HEAVY], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"\n`import foi.cli` loads: {', '.join(loaded) or 'none'} of {', '.join(HEAVY)}")
    help_ratio = results["foi --help"][0] / anchor
    parse_ratio = results[f"foi parse {PDF.name}"][0] / anchor
    verdict = "met" if max(help_ratio, parse_ratio) <= 2 else "not met"
    print(f"target (foi --help and foi parse within 2x of the needed imports): {verdict}")


if __name__ == "__main__":
    main()
