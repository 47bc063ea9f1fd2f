"""Reference data: the 153 authorities and every UK council (registry, uk_councils, namefinder), partnerships, and where councils publish (sources, sources_check)."""

from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path


def data_rows(name: str, path: Path | None = None) -> list[dict[str, str]]:
    """The rows of a CSV file the project ships (foi/data/NAME), or of `path` when given."""
    if path is None:
        text = resources.files("foi").joinpath(f"data/{name}").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))
