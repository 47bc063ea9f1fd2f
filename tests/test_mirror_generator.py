"""The demo mirrors that ship (foi/mirror/) are what their generator (tests/mirror/) writes
from the campaigns: regenerated into a temporary folder, every file is the same, byte for
byte, and none is missing or extra. A change to a campaign's questions or search terms, to
the corpus replies or to the generator shows here until the mirror is rebuilt
(`python -m tests.mirror`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mirror.build import BUILDERS, destination


def files(root: Path, names: list[str]) -> dict[str, bytes]:
    """Every file under root/<name> for the names given, by its path under root."""
    out = {}
    for name in names:
        top = root / name
        for p in [top] if top.is_file() else sorted(top.rglob("*")):
            if p.is_file():
                out[p.relative_to(root).as_posix()] = p.read_bytes()
    return out


@pytest.mark.parametrize("name", list(BUILDERS))
def test_the_shipped_mirror_is_what_the_generator_writes(name: str, tmp_path: Path):
    built = destination(name, tmp_path)
    BUILDERS[name](built)
    names = sorted(p.name for p in built.iterdir())
    assert "sites" in names and "expected.json" in names and "sources.csv" in names
    new, shipped = files(built, names), files(destination(name), names)
    problems = [f"missing from the shipped mirror: {f}" for f in sorted(new.keys() - shipped)]
    problems += [f"shipped but not generated: {f}" for f in sorted(shipped.keys() - new)]
    problems += [f"differs: {f}" for f in sorted(new.keys() & shipped) if new[f] != shipped[f]]
    assert not problems, f"rebuild with `python -m tests.mirror {name}`:\n" + "\n".join(problems)
