"""The shared labelled corpus (present in CI, not in a bare clone): the regression gate."""

from __future__ import annotations

import json

import pytest

from foi.parse.evaluate import evaluate, lowest_field_rate
from parsers.response import parse_document
from tests.conftest import SHARED

DEV = SHARED / "corpus" / "dev"
pytestmark = pytest.mark.skipif(not (DEV / "labels.json").exists(), reason="needs ../shared/corpus")


def test_dev_corpus_meets_the_bar(campaign, registry):
    score = evaluate(DEV, campaign, registry)
    assert lowest_field_rate(score) >= 0.95, score.misses
    assert score.rate("answers") >= 0.95, score.misses
    assert score.rate("outcome") == 1.0 and score.rate("authority") == 1.0, score.misses


def test_seed_exactly_right(campaign, registry):
    label = next(
        x for x in json.loads((DEV / "labels.json").read_text()) if "leicester" in x["file"]
    )
    out = parse_document(
        (DEV / label["file"]).read_bytes(), label["file"], campaign, registry
    ).to_json()
    assert {k: out["fields"][k] for k in campaign.fields} == label["fields"]
    assert out["outcome"] == label["outcome"] and out["links"] == label["links"]
