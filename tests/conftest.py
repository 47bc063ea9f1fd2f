from __future__ import annotations

from pathlib import Path

import pytest

from foi.campaign import load_campaign
from foi.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def campaign():
    return load_campaign()


@pytest.fixture(scope="session")
def registry():
    return Registry.load()
