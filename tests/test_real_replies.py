"""Real replies from public bodies (../shared/real, read in place, never copied): none
answers this campaign, so each must be declined; read anyway, the sender, outcome and
exemptions must be what a careful reader takes from them."""

from __future__ import annotations

import json

import pytest

from foi.parse.evaluate import evaluate
from parsers.response import NotAReply, parse_document
from tests.conftest import SHARED

REAL = SHARED / "real"
pytestmark = pytest.mark.skipif(not (REAL / "labels.json").exists(), reason="needs ../shared/real")
LABELS = json.loads((REAL / "labels.json").read_text("utf-8")) if REAL.exists() else []


@pytest.mark.parametrize("label", LABELS, ids=lambda x: x["file"])
def test_declined_without_force(label, campaign, registry):
    with pytest.raises(NotAReply):
        parse_document((REAL / label["file"]).read_bytes(), label["file"], campaign, registry)


def test_sender_outcome_and_exemptions_with_force(campaign, registry):
    score = evaluate(REAL, campaign, registry)
    assert score.total["authority"] == 18 and score.right["authority"] == 18, score.misses
    assert score.total["outcome"] == 15 and score.right["outcome"] >= 13, score.misses
    assert score.right["exemptions"] == 18, score.misses
    assert score.right["accepted"] == 18, score.misses


def test_a_police_letter_names_the_force_not_the_council_it_mentions(campaign, registry):
    name = "police-durham-foi-2025.pdf"
    out = parse_document((REAL / name).read_bytes(), name, campaign, registry, force=True)
    assert out.authority.code is None
    assert out.sender is not None and out.sender.kind == "police"
    assert "Durham" in (out.sender.name or "") and "police" in (out.sender.reason or "")


def test_whatdotheyknow_page_banner_informs_the_outcome_but_is_not_an_answer(campaign, registry):
    name = "wdtk-mhclg-1400678.html"
    out = parse_document((REAL / name).read_bytes(), name, campaign, registry, force=True)
    assert out.outcome.value == "refused"
    assert out.meta["status_banner"] == "rejected"
    assert "request was refused" not in out.text  # the banner is the page's, not the reply's
