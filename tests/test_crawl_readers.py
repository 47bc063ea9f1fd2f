"""The crawl's readers (issue 14): each kept document is read in a worker process that runs
below the crawl's own CPU priority, so that reading takes what the fetching leaves; and no
worker is started before a document needs reading, so a re-crawl that fetches nothing new
starts none."""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterator

import pytest
import twisted.internet

from crawler import pipelines
from foi.campaigns.campaign import load_campaign
from foi.parse.isolate import IsolatedReader
from tests.conftest import ROOT

SEED = (ROOT / "foi" / "samples" / "leicester-city-seed.txt").read_bytes()


def niceness(pid: int) -> int:
    return os.getpriority(os.PRIO_PROCESS, pid)


def test_a_reader_runs_below_the_priority_of_the_process_that_starts_it():
    reader = IsolatedReader(load_campaign("bruising").source, workers=1, nice=5)
    try:
        verdict = reader.read((SEED, "leicester-city-seed.txt"))
        assert verdict.parsed is not None, verdict.error
        (worker,) = reader._started
        assert niceness(worker.proc.pid) == min(19, niceness(0) + 5)
    finally:
        reader.close()


def test_the_crawl_reads_below_its_own_priority_on_every_core():
    assert pipelines.READERS_NICE > 0 or "FOI_CRAWL_READERS_NICE" in os.environ
    if "FOI_CRAWL_READERS" not in os.environ:
        assert pipelines.READERS == max(1, os.cpu_count() or 2)


@pytest.fixture
def stub_reactor(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[object, ...]]]:
    """_Reading asks the reactor to stop it at shutdown; here no reactor is installed."""
    triggers: list[tuple[object, ...]] = []
    stub = types.ModuleType("twisted.internet.reactor")
    stub.addSystemEventTrigger = lambda *args: triggers.append(args)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "twisted.internet.reactor", stub)
    monkeypatch.setattr(twisted.internet, "reactor", stub, raising=False)
    yield triggers


def test_no_reader_starts_before_a_document_needs_reading(stub_reactor):
    reading = pipelines._Reading(load_campaign("bruising").source)
    try:
        assert reading.reader._started == []  # the crawl opened: no worker yet
        assert stub_reactor  # stopped at shutdown, however the crawl ends
        verdict = reading.reader.read((SEED, "leicester-city-seed.txt"))
        assert verdict.parsed is not None and len(reading.reader._started) == 1
    finally:
        reading.stop()
    assert reading.reader._started == []


def test_a_workers_start_is_not_counted_in_the_documents_time_limit(tmp_path):
    """The limit is the document's own reading time: a worker that takes 0.6 s to start (its
    campaign's rules slow to load) reads a short letter under a 0.3 s limit. (Before, the
    clock ran from before the worker was ready: the first document of a run, and the one after
    any that overran, were charged its start.)"""
    toml = (ROOT / "foi" / "campaigns" / "bruising.toml").read_text("utf-8")
    (tmp_path / "slow.toml").write_text(
        toml.replace('rules = "foi.campaigns.bruising"', 'rules = "slow_rules.py"')
    )
    (tmp_path / "slow_rules.py").write_text(
        "import time\n\nimport foi.campaigns.bruising as b\n\ntime.sleep(0.6)\n"
        "globals().update({k: v for k, v in vars(b).items() if not k.startswith('__')})\n"
    )
    reader = IsolatedReader(str(tmp_path / "slow.toml"), workers=1, timeout=0.3)
    try:
        verdict = reader.read((SEED, "leicester-city-seed.txt"))
        assert verdict.parsed is not None, verdict.error
    finally:
        reader.close()
