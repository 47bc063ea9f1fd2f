"""`benchmarks/crawl.py --workers N`: the same full crawl by N `foi crawl --workers` processes
sharing a Redis (Debian's redis-server, started on 127.0.0.1 for the run, nothing saved) and
one data directory, beside one process. Prints the wall time from the first worker's start to
the last one's end, and the speed-up over one process (`foi crawl --no-build`)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Measure = Callable[[str, Callable[[], float]], tuple[float, int]]


@contextmanager
def redis_server(home: Path) -> Iterator[str]:
    """A throwaway Redis on 127.0.0.1; its URL."""
    import redis

    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("--workers needs Debian's redis-server (apt-get install redis-server)")
    home.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(home)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        client = redis.Redis(port=port)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


def compare(
    workers: int,
    sources: Path,
    root: Path,
    env: dict[str, str],
    measure: Measure,
    one_process: float,
) -> None:
    with redis_server(root / "redis") as url:

        def run(n: int) -> Callable[[], float]:
            def go() -> float:
                t = time.perf_counter()
                data = root / f"workers-{n}"
                command = ["crawl", "--sources", str(sources), "--data-dir", str(data), "--quiet"]
                procs = [
                    subprocess.Popen(
                        [sys.executable, "-m", "foi.cli", *command, "--workers", url],
                        env=env,
                        cwd=ROOT,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.PIPE,
                        text=True,
                    )
                    for _ in range(n)
                ]
                for proc in procs:
                    _, err = proc.communicate()
                    if proc.returncode not in (0, 1):
                        raise SystemExit(f"a worker exited {proc.returncode}: {err[-2000:]}")
                return time.perf_counter() - t

            return go

        one, _ = measure("foi crawl --workers, 1 process", run(1))
        took, _ = measure(f"foi crawl --workers, {workers} processes", run(workers))
    print(
        f"speed-up of {workers} workers: {one / took:.2f}x over one worker,"
        f" {one_process / took:.2f}x over one plain process (foi crawl --no-build)"
    )
