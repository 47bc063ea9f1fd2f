"""The project's own labelled synthetic responses (tests/corpus/*/labels.json): every
document's authority, outcome, exemptions, links, answers and coded facts, as labelled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foi.evaluate import FIELDS, token_f1
from parsers.response import parse_document

CORPORA = sorted(p.parent for p in (Path(__file__).parent / "corpus").glob("*/labels.json"))
CASES = [
    pytest.param(corpus, label, id=f"{corpus.name}/{label['file']}")
    for corpus in CORPORA
    for label in json.loads((corpus / "labels.json").read_text("utf-8"))
]


@pytest.fixture(scope="module")
def parsed_cache():
    return {}


def parsed(corpus, label, campaign, registry, cache):
    key = (corpus, label["file"])
    if key not in cache:
        data = (corpus / label["file"]).read_bytes()
        cache[key] = parse_document(data, label["file"], campaign, registry).to_json()
    return cache[key]


def test_there_are_at_least_twenty_fixtures_in_all_five_formats():
    labels = [
        label for c in CORPORA for label in json.loads((c / "labels.json").read_text("utf-8"))
    ]
    assert len(labels) >= 20
    assert {x["format"] for x in labels} == {"html", "pdf", "docx", "eml", "txt"}


@pytest.mark.parametrize("corpus,label", CASES)
def test_authority_outcome_exemptions_links(corpus, label, campaign, registry, parsed_cache):
    out = parsed(corpus, label, campaign, registry, parsed_cache)
    assert out["authority"]["code"] == label["authority_code"], out["authority"]
    assert out["outcome"] == label["outcome"]
    assert sorted(out["exemptions"]) == sorted(label["exemptions"])
    assert out["links"] == label["links"]


@pytest.mark.parametrize("corpus,label", CASES)
def test_answers(corpus, label, campaign, registry, parsed_cache):
    out = parsed(corpus, label, campaign, registry, parsed_cache)
    got = {str(a["question_no"]): a["answer_text"] for a in out["answers"]}
    for no, want in label["answers"].items():
        assert token_f1(want, got.get(no)) >= 0.8, f"Q{no}\nwant: {want}\ngot:  {got.get(no)}"


@pytest.mark.parametrize("corpus,label", CASES)
def test_coded_fields(corpus, label, campaign, registry, parsed_cache):
    out = parsed(corpus, label, campaign, registry, parsed_cache)
    want = {k: label["fields"][k] for k in FIELDS}
    got = {k: out["fields"][k] for k in FIELDS}
    assert got == want
    for k in FIELDS:
        if got[k] not in ("not_stated", None):
            assert out["evidence"][k], f"{k} has no evidence sentence"
