"""Where things live in a data directory (`--data-dir`, `$FOI_DATA_DIR`, else `./data`).

For now, one campaign's own files (DataPaths); the shared parts (the raw archive, its
manifest, the parse and HTTP caches) are still named where they are used, and are to move
here so that the data directory's layout is written down in this one module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from foi.campaign import Campaign


@dataclass(frozen=True)
class DataPaths:
    """One campaign's files in a data directory. The raw archive, its manifest, the parse
    cache (kept per campaign inside) and the HTTP cache are shared by every campaign; the
    first campaign (bruising) keeps the top-level layout, any other its own folder
    `DATA_DIR/campaigns/<campaign id>/`, so one data directory holds several campaigns
    without mixing them."""

    root: Path  # the data directory
    home: Path  # this campaign's folder (the data directory itself for the first campaign)

    @property
    def dataset(self) -> Path:
        return self.home / "dataset"

    @property
    def corrections(self) -> Path:
        return self.home / "corrections.csv"

    @property
    def history(self) -> Path:  # every crawl's changes, appended
        return self.home / "state" / "changes.parquet"

    @property
    def changes(self) -> Path:  # each crawl's change report, as Markdown
        return self.home / "changes"

    @property
    def report(self) -> Path:
        return self.home / "report.html"


def data_paths(root: Path, campaign: Campaign) -> DataPaths:
    root = Path(root)
    if campaign.is_default:
        return DataPaths(root, root)
    return DataPaths(root, root / "campaigns" / re.sub(r"[^\w.-]", "_", campaign.id))
