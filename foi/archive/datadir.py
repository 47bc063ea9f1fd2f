"""The data directory's layout, written down in this one module (`--data-dir`,
`$FOI_DATA_DIR`, else `./data`):

    DATA_DIR/
      raw/<sha256[:2]>/<sha256>   every document as fetched, never rewritten (foi/archive/store.py)
      manifest.jsonl              one line per document or failure, appended
      .lock                       who holds the directory (foi/archive/lock.py)
      DEMO                        present in `foi demo`'s directory: its data is synthetic
      cache/parses/<campaign>/    each document read once per parser and campaign version
      state/httpcache/            the crawl's HTTP cache (conditional re-fetches)
      state/unchanged/            what each spider's last crawl decided (passed over while fresh)
      state/imap-*.json           what each IMAP folder has given
      dataset/ ...                the first campaign's files (DataPaths below); any other
      campaigns/<campaign id>/    campaign's in its own folder

Every other module asks here for a path instead of spelling it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from foi.campaigns.campaign import Campaign


DEFAULT_ROOT = "data"
MANIFEST = "manifest.jsonl"


def root_from(arg: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: the one given, else $FOI_DATA_DIR, else ./data."""
    return Path(arg or os.environ.get("FOI_DATA_DIR") or DEFAULT_ROOT)


@dataclass(frozen=True)
class DataDir:
    """The parts of a data directory every campaign shares."""

    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def manifest(self) -> Path:
        return self.root / MANIFEST

    @property
    def lock(self) -> Path:
        return self.root / ".lock"

    @property
    def demo_mark(self) -> Path:
        return self.root / "DEMO"

    @property
    def state(self) -> Path:
        return self.root / "state"

    @property
    def httpcache(self) -> Path:
        return self.state / "httpcache"

    def unchanged(self, campaign: str, spider: str) -> Path:
        """What the last crawl of `spider` decided, for the next to pass over (crawler/unchanged.py)."""
        return self.state / "unchanged" / f"{_safe(f'{campaign}-{spider}')}.json"

    @property
    def parse_cache(self) -> Path:
        return self.root / "cache" / "parses"

    def campaign(self, campaign: Campaign) -> DataPaths:
        return data_paths(self.root, campaign)


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

    def last_run(self, spider: str) -> Path:  # the crawl monitor's figures for a platform
        return self.home / "state" / f"last-run-{spider}.json"


def data_paths(root: Path, campaign: Campaign) -> DataPaths:
    root = Path(root)
    if campaign.is_default:
        return DataPaths(root, root)
    return DataPaths(root, root / "campaigns" / _safe(campaign.id))


def _safe(name: str) -> str:
    """A campaign's id (or a file named after it) as one path part: no separators."""
    return re.sub(r"[^\w.-]", "_", name)
