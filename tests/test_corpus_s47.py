"""The s47 medicals campaign's blind labelled corpora (tests/corpus_s47_medicals/*/), written
from a brief that does not show the parser, scored at first sight (README), then tuned on:
a regression corpus. Every document's acceptance, authority, exemptions, links and figures
year by year, its outcome and each question's status, as labelled; the misses left after
tuning are expected failures, each with what goes wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foi.campaigns.campaign import load_campaign
from parsers.response import NotAReply, parse_document

ROOT = Path(__file__).parent / "corpus_s47_medicals"
CORPORA = sorted(p.parent for p in ROOT.glob("*/labels.json"))
LABELS = [(c, x) for c in CORPORA for x in json.loads((c / "labels.json").read_text("utf-8"))]

SHARED_TABLE = (
    "one table answers Q1 and Q2: this labeller marks Q2 see_other, blind_a's labeller marks "
    "both answered, as the parser does"
)
Q3_UNPLACED = "Q3's sentence ('bruising is recorded separately') is not placed under Q3"
# Outcome or a question's status still read wrongly after tuning.
STATUS_MISSES: dict[str, str] = {
    "blind_a/derbyshire-system-change.pdf": "two years 'not available' labelled partial; the quoted request's Q3 is kept as Q3's answer",
    "blind_a/kirklees-injury-split.docx": Q3_UNPLACED,
    "blind_a/nottinghamshire-all-injuries.html": "labelled partial for giving all injuries, though every question is answered",
    "blind_b/surrey-foi-response.docx": SHARED_TABLE,
    "blind_b/isle-of-wight-reply.eml": SHARED_TABLE,
    "blind_b/hartlepool-case-system-export.txt": SHARED_TABLE,
    "blind_b/essex-reply.eml": SHARED_TABLE,
    "blind_b/east-sussex-foi-letter.txt": SHARED_TABLE,
    "blind_b/bracknell-forest-response.docx": SHARED_TABLE,
    "blind_b/westmorland-and-furness-reply.eml": Q3_UNPLACED,
    "blind_b/north-tyneside-foi-response.pdf": Q3_UNPLACED,
    "blind_b/cambridgeshire-response.docx": Q3_UNPLACED,
    "blind_b/reading-foi-response.pdf": "the s40(2) note on small numbers under the table makes Q1 and Q2 refused",
    "blind_b/derby-reply.eml": "Q2 pointed to the NHS trust inside a longer answer is read as answered",
    "blind_b/rochdale-foi-response.pdf": "Q2 refused under s12 inside the answer is read as answered",
    "blind_b/north-east-lincolnshire-foi-response.pdf": "Q1 refused under s12 inside the answer is read as answered",
    "blind_b/westminster-response.docx": "Q3 'not held' is read as answered",
    "blind_b/barnet-foi-response.html": "the page's title is placed as Q1's answer and hides the s21 refusal of the whole request",
    "blind_b/shropshire-reply.eml": "'collated by NHS ... Integrated Care Board' then 'send your request to the ICB' is a redirect; read as not held",
}
FIELD_MISSES: dict[str, str] = {
    "blind_b/sunderland-disclosure-log.html": "2024/25's '6' is taken over by 'fewer than five' in the note below",
    "blind_b/plymouth-response.docx": "a six-year total only: labelled bruising and financial, read as not stated",
}


def _cases(misses: dict[str, str]) -> list[object]:
    out = []
    for c, x in LABELS:
        if x.get("reject"):
            continue
        key = f"{c.name}/{x['file']}"
        marks = [pytest.mark.xfail(reason=misses[key], strict=False)] if key in misses else []
        out.append(pytest.param(c, x, id=key, marks=marks))
    return out


@pytest.fixture(scope="module")
def s47():
    return load_campaign("s47_medicals")


@pytest.fixture(scope="module")
def parsed_cache() -> dict:
    return {}


def parsed(corpus: Path, label: dict, campaign, registry, cache: dict) -> dict:
    key = (corpus, label["file"])
    if key not in cache:
        data = (corpus / label["file"]).read_bytes()
        cache[key] = parse_document(data, label["file"], campaign, registry).to_json()
    return cache[key]


def test_two_blind_corpora_of_fifty_five_replies_in_five_formats():
    replies = [x for _, x in LABELS if not x.get("reject")]
    assert len(CORPORA) >= 2 and len(replies) >= 55
    assert {x["format"] for _, x in LABELS} == {"html", "pdf", "docx", "eml", "txt"}


@pytest.mark.parametrize(
    "corpus,label",
    [pytest.param(c, x, id=f"{c.name}/{x['file']}") for c, x in LABELS if x.get("reject")],
)
def test_a_document_that_is_not_a_reply_is_declined_with_its_kind(corpus, label, s47, registry):
    with pytest.raises(NotAReply) as err:
        parse_document((corpus / label["file"]).read_bytes(), label["file"], s47, registry)
    assert err.value.kind == label["why"], str(err.value)


@pytest.mark.parametrize("corpus,label", _cases({}))
def test_authority_exemptions_links(corpus, label, s47, registry, parsed_cache):
    out = parsed(corpus, label, s47, registry, parsed_cache)
    assert out["authority"]["code"] == label["authority_code"], out["sender"]
    assert sorted(out["exemptions"]) == sorted(label["exemptions"])
    assert out["links"] == label["links"]


@pytest.mark.parametrize("corpus,label", _cases(FIELD_MISSES))
def test_figures_year_by_year_and_their_basis(corpus, label, s47, registry, parsed_cache):
    out = parsed(corpus, label, s47, registry, parsed_cache)
    for name, want in label["fields"].items():
        got = out["fields"][name]
        if isinstance(want, dict) or isinstance(got, dict):
            # A count by year: each labelled year as labelled (a field left out is all null).
            years = s47.fields[name]["years"]
            want_years = {y: (want or {}).get(y) for y in years}
            got_years = {y: (got or {}).get(y) for y in years}
            assert got_years == want_years, name
        else:
            assert got == want, name


@pytest.mark.parametrize("corpus,label", _cases(STATUS_MISSES))
def test_outcome_and_each_questions_status(corpus, label, s47, registry, parsed_cache):
    out = parsed(corpus, label, s47, registry, parsed_cache)
    assert out["outcome"] == label["outcome"]
    entries = {str(a["question_no"]): a for a in out["answers"]}
    for no, want in label.get("status", {}).items():
        assert entries[no]["status"] == want, f"Q{no}: {entries[no]}"
