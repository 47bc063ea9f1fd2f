"""`foi demo` end to end: the bundled mirror served on 127.0.0.1, crawled by the three real
spiders, the archive checked against the mirror's own list of what it holds."""

from __future__ import annotations

import json

import pytest

from foi.archive.store import Archive
from tests.conftest import ROOT, DemoRun

MIRROR = ROOT / "foi" / "mirror"


@pytest.fixture(scope="module")
def demo(demo_run: DemoRun):
    records = list(Archive(demo_run.data).records())  # read only: no copy needed
    expected = json.loads((MIRROR / "expected.json").read_text("utf-8"))
    return {"out": demo_run.out, "records": records, "expected": expected, "took": demo_run.seconds}


def located(records, path):
    return [r for r in records if path in r.location]


def test_every_campaign_response_is_kept_with_its_authority(demo):
    for case in demo["expected"]["campaign"]:
        ok = [r for r in located(demo["records"], case["path"]) if r.status == "ok"]
        assert ok, f"not kept: {case}"
        assert {r.authority_code for r in ok} == {case["authority_code"]}, case
        if case.get("attachment_path"):
            (att,) = [
                r for r in located(demo["records"], case["attachment_path"]) if r.status == "ok"
            ]
            assert att.extra["kind"] == "attachment" and case["path"] in att.extra["parent"]


def test_rejected_candidates_are_not_archived(demo):
    for case in demo["expected"]["rejected"]:
        assert not [r for r in located(demo["records"], case["path"]) if r.status == "ok"], case


def test_failures_are_recorded_with_a_reason(demo):
    for case in demo["expected"]["failures"]:
        failed = [r for r in located(demo["records"], case["path"]) if r.status == "failed"]
        if case["kind"] == "mislabelled":
            (rec,) = [r for r in located(demo["records"], case["path"]) if r.status == "ok"]
            assert "mislabelled" in rec.extra
        else:
            assert failed and all(r.reason for r in failed), case


def test_provenance_is_complete(demo):
    for r in demo["records"]:
        if r.status != "ok":
            continue
        assert r.source in ("alaveteli", "disclosurelog", "council_site")
        assert r.location.startswith("http://127.0.0.1:") and len(r.sha256) == 64
        assert r.retrieved_at.endswith("Z") and r.media_type != "unknown" and r.size > 0
        assert r.extra["http_status"] == 200 and r.campaign == "bruising-nmi-2025"


def test_demo_prints_the_read_responses_in_under_a_minute(demo):
    out = demo["out"]
    assert "found" in out and "kept" in out and "review" in out and "s47 always" in out
    codes = {c["authority_code"] for c in demo["expected"]["campaign"]}
    assert all(code in out for code in codes)
    assert demo["took"] < 60
