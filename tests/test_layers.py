"""The layering, written down and checked: which package may import which.

    parsers  (bytes in; text, answers and coded facts out)   imports no project package
    foi      (campaigns, reference data, archive, dataset, views, CLI)   may import parsers
    crawler  (the Scrapy project)                             may import foi and parsers

Only the CLI's front door (foi.cli) and the sources check (foi.reference.sources_check, which drives
the crawler's checking and browser code) reach into crawler/, and only inside the commands
that need it. Nothing shipped imports tests/ or benchmarks/ (the demo mirrors' generator is
tests/mirror/). The crawler never reaches the dataset or the views.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGES = ("parsers", "foi", "crawler")
ALLOWED = {"parsers": set(), "foi": {"parsers"}, "crawler": {"foi", "parsers"}}
INTO_CRAWLER = {"foi.cli", "foi.reference.sources_check"}  # the front door and the sources check
NOT_FOR_CRAWLER = ("foi.dataset", "foi.views", "foi.cli")


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every absolute import in a module (at any depth: a lazy import counts too)."""
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def modules() -> list[tuple[str, Path]]:
    out = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            out.append((name, path))
    return out


@pytest.mark.parametrize("name,path", modules(), ids=[m for m, _ in modules()])
def test_each_module_imports_only_what_its_layer_may(name: str, path: Path):
    layer = name.split(".")[0]
    wrong = []
    for line, target in imports(path):
        top = target.split(".")[0]
        if top in ("tests", "benchmarks"):
            wrong.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
            continue
        if top not in PACKAGES or top == layer:
            continue
        if top == "crawler" and name in INTO_CRAWLER:
            continue
        if top not in ALLOWED[layer]:
            wrong.append(f"{path.relative_to(ROOT)}:{line} ({layer}) imports {target}")
        if layer == "crawler" and target.startswith(NOT_FOR_CRAWLER):
            wrong.append(f"{path.relative_to(ROOT)}:{line}: the crawler imports {target}")
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_a_wrong_import(tmp_path: Path):
    # (the walk finds a lazy import inside a function, which a top-level scan would miss)
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from crawler.run import crawl\n    return crawl\n")
    assert [t for _, t in imports(module)] == ["crawler.run"]


# A path inside the data directory spelt out ("root / 'state'", "manifest.jsonl"): the layout
# is foi/archive/datadir.py's alone.
DATA_DIR_PATH = re.compile(
    r"""/\s*["'](?:raw|state|httpcache|cache|parses|campaigns|dataset|\.lock|DEMO|manifest\.jsonl"""
    r"""|corrections\.csv|report\.html|changes)["']|["']last-run|["']state["']\s*,\s*["']httpcache"""
)


def test_the_data_directorys_layout_is_spelt_in_one_module():
    wrong = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for name, path in modules()
        if path.name != "datadir.py" and not name.startswith("foi.mirror")
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if DATA_DIR_PATH.search(line)
    ]
    assert not wrong, "\n".join(wrong)
    assert DATA_DIR_PATH.search('home / "state" / f"last-run-{name}.json"')  # the check can fail
