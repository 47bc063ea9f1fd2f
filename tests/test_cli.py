from __future__ import annotations

import json
import subprocess
import sys

import pytest

from foi.archive.store import Archive
from foi.cli import main
from tests.conftest import ROOT

SEED = ROOT / "foi/samples/leicester-city-seed.txt"


def test_parse_json_is_one_object_with_the_documented_shape(capsys):
    assert main(["parse", str(SEED), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {
        "authority",
        "outcome",
        "exemptions",
        "answers",
        "fields",
        "evidence",
        "links",
    }
    assert out["authority"] == {"name": "Leicester City Council", "code": "E06000016"}
    assert [a["question_no"] for a in out["answers"]] == [1, 2, 3, 4, 5]
    assert set(out["answers"][0]) >= {"question_no", "question_text", "answer_text"}
    assert out["answers"][2]["answer_text"] == "No"
    assert list(out["fields"]) == [
        "review_held", "review_date", "papers_provided", "s47_all_cases", "changes_made",
        "definition_changed", "rolling_is_non_mobile", "age_based", "age_threshold_months",
    ]  # fmt: skip
    assert set(out["evidence"]) == set(out["fields"])


def test_parse_human_readable_shows_answers_and_evidence(capsys):
    assert main(["parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "Leicester City Council (E06000016)" in out
    assert "Q3 [s47_all_cases]" in out
    assert "review_held            informal" in out
    assert "There was no formal review" in out


def test_import_with_authority_by_name(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["import", str(SEED), "--authority", "Leicester", "--data-dir", str(data)]) == 0
    (rec,) = list(Archive(data).records())
    assert rec.authority_code == "E06000016" and rec.status == "ok" and rec.media_type == "txt"
    assert rec.location == SEED.name and rec.retrieved_at.endswith("Z")


def test_import_refuses_an_unknown_authority(tmp_path, capsys):
    assert main(["import", str(SEED), "--authority", "Gotham", "--data-dir", str(tmp_path)]) == 2
    assert "not one of the 153" in capsys.readouterr().err


def test_data_dir_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FOI_DATA_DIR", str(tmp_path / "env"))
    assert main(["import", str(SEED)]) == 0
    assert (tmp_path / "env" / "manifest.jsonl").exists()


def test_eval_gate_fails_below_minimum(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    label = {
        "file": SEED.name, "format": "txt", "authority": "Leicester City Council",
        "authority_code": "E06000016", "outcome": "answered", "exemptions": [],
        "answers": {"1": None, "2": None, "3": "No", "4": None, "5": None},
        "fields": {"review_held": "formal"}, "links": [],
    }  # fmt: skip
    (corpus / "labels.json").write_text(json.dumps([label]))
    assert main(["eval", str(corpus), "--min-fields", "0.95"]) == 1
    out = capsys.readouterr().out
    assert "review_held" in out and "want: formal" in out and "got:  informal" in out


@pytest.mark.parametrize("args", [["eval", "/nonexistent"], ["parse", "/nonexistent.pdf"]])
def test_clear_errors_for_missing_paths(args, capsys):
    assert main(args) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_terse_reply_needs_force_but_subject_line_counts(tmp_path, capsys):
    terse = tmp_path / "terse.txt"
    terse.write_text("Dear Requester,\n\n1. Yes, in May 2023.\n\n2. Attached.\n\n3. No.\n")
    assert main(["parse", str(terse)]) == 2
    assert "does not answer" in capsys.readouterr().err
    assert main(["parse", str(terse), "--force", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["answers"]) == 3
    mail = tmp_path / "reply.eml"
    mail.write_text(
        "From: foi@wigan.gov.uk\nSubject: RE: bruising in non-mobile infants\n\n"
        "Dear Requester,\n\n1. Yes, in May 2023.\n\n2. Attached.\n\nWigan Council\n"
    )
    assert main(["parse", str(mail), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["authority"]["code"] == "E08000010"


def test_eval_scores_what_a_partial_label_gives(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    (corpus / "labels.json").write_text(
        json.dumps([{"file": SEED.name, "fields": {"s47_all_cases": "no"}}])
    )
    assert main(["eval", str(corpus), "--min-fields", "0.95"]) == 0
    out = capsys.readouterr().out
    rows = [
        line.split()[0]
        for line in out.splitlines()[1:]
        if line and line[0].isalpha() and "/" in line
    ]
    assert "s47_all_cases" in rows and "outcome" not in rows and "authority" not in rows


HEAVY = ("pandas", "pyarrow", "scrapy", "twisted", "duckdb", "openpyxl", "crawler")
# Runs `foi ARGS` (or only imports foi.cli, with no ARGS) in a fresh interpreter and prints
# which of the heavy libraries it loaded.
PROBE = """
import contextlib, io, sys
from foi.cli import main
if sys.argv[1:]:
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(sys.argv[1:])
        except SystemExit:
            pass
print(" ".join(m for m in {heavy!r} if m in sys.modules))
"""


@pytest.mark.parametrize(
    "args",
    [[], ["--help"], ["parse", str(SEED)], ["parse", "--help"], ["filter", "--help"]],
    ids=["import", "help", "parse", "parse-help", "filter-help"],
)
def test_commands_load_only_the_libraries_they_use(args):
    """`import foi.cli`, `foi --help` and `foi parse` load neither pandas, pyarrow nor
    Scrapy (issue 14): each command imports those itself, where it needs them."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == []
