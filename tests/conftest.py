from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from foi.campaigns.campaign import load_campaign
from foi.reference.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def campaign():
    return load_campaign()


@pytest.fixture(scope="session")
def registry():
    return Registry.load()


@dataclass(frozen=True)
class DemoRun:
    """One `foi demo` (a crawl of the bundled mirror and a build): its data directory, which
    no test changes, what it printed and how long it took."""

    data: Path
    out: str
    seconds: float

    def copy(self, target: Path) -> Path:
        """A data directory of the caller's own, as `foi demo` left it, to read or change."""
        shutil.copytree(self.data, target, symlinks=True)
        return target


def _digest(root: Path) -> str:
    """Every path, link and file's bytes under root, so a change to the shared run shows."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        h.update(str(path.relative_to(root)).encode() + b"\0")
        if path.is_symlink():
            h.update(str(path.readlink()).encode())
        elif path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoRun]:
    """`foi demo` once per session rather than once per module that needs its data: each
    module copies it (DemoRun.copy), and the run itself is checked unchanged at the end."""
    data = tmp_path_factory.mktemp("demo-run") / "data"
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "foi.cli", "demo", "--data-dir", str(data)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr[-3000:]
    before = _digest(data)
    yield DemoRun(data, proc.stdout, seconds)
    assert _digest(data) == before, "a test changed the shared demo run: copy it first"
