"""`foi build` after `foi demo`: the five tables read back with pandas, DuckDB and pyarrow,
typed as documented; every response equals what `foi parse` says of its document unless a
correction says otherwise; a failed build leaves the last dataset as it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from foi.archive.store import Archive
from foi.dataset import build as build_module
from foi.dataset.build import build, to_date, working_days
from foi.dataset.corrections import CorrectionsError
from foi.dataset.schema import FIELDS, SCHEMA_VERSION, TABLES
from parsers.response import parse_document
from tests.conftest import ROOT, DemoRun

TABLE_NAMES = ["responses", "answers", "facts", "authorities", "partnerships"]


@pytest.fixture(scope="module")
def data(tmp_path_factory, demo_run: DemoRun) -> Path:
    return demo_run.copy(tmp_path_factory.mktemp("demo") / "data")


def test_tables_read_back_with_pandas_duckdb_and_pyarrow(data):
    ds = data / "dataset"
    for name in TABLE_NAMES:
        table = pq.read_table(ds / f"{name}.parquet")
        assert [f.name for f in table.schema] == [c.name for c in TABLES[name]]
        assert len(pd.read_parquet(ds / f"{name}.parquet")) == table.num_rows
        assert (
            duckdb.sql(f"select count(*) from '{ds / f'{name}.parquet'}'").fetchall()[0][0]
            == table.num_rows
        )
    assert pq.read_table(ds / "authorities.parquet").num_rows == 153


def test_types_are_typed_not_strings(data):
    schema = pq.read_schema(data / "dataset" / "responses.parquet")
    assert pa.types.is_dictionary(schema.field("review_held").type)
    assert pa.types.is_date32(schema.field("received_date").type)
    assert schema.field("working_days_to_respond").type == pa.int16()
    assert schema.field("age_threshold_months").type == pa.int8()
    assert pa.types.is_list(schema.field("links").type)
    meta = {k.decode(): v.decode() for k, v in schema.metadata.items()}
    assert (
        meta["foi.schema_version"] == SCHEMA_VERSION and meta["foi.campaign"] == "bruising-nmi-2025"
    )
    assert {"foi.build_time", "foi.code_version", "foi.documents", "foi.responses"} <= set(meta)


def test_each_response_equals_foi_parse_of_its_document(data, campaign, registry):
    responses = pq.read_table(data / "dataset" / "responses.parquet").to_pylist()
    archive = Archive(data)
    assert responses
    for row in responses:
        name = row["url"].split("#")[0].rsplit("/", 1)[-1]
        parsed = parse_document(
            archive.read(row["document_sha256"]), name, campaign, registry
        ).to_json()
        assert {f: row[f] for f in FIELDS} == parsed["fields"], row["url"]
        assert row["outcome"] == parsed["outcome"] and row["links"] == parsed["links"]


def test_answers_carry_a_status_for_every_question(data):
    answers = pd.read_parquet(data / "dataset" / "answers.parquet", dtype_backend="pyarrow")
    responses = pd.read_parquet(data / "dataset" / "responses.parquet")
    per = answers.groupby("authority_code")["question_no"].nunique()
    assert set(per.index) == set(responses["authority_code"]) and (per == 5).all()
    statuses = set(answers["status"].astype(str))
    assert statuses <= {
        "answered",
        "see_other",
        "not_held",
        "refused",
        "redirected",
        "not_answered",
    }
    assert "answered" in statuses
    silent = answers[answers["status"] == "not_answered"]
    assert silent["answer_text"].isna().all()
    refused = duckdb.sql(
        f"select count(*) from '{data / 'dataset' / 'answers.parquet'}' where status = 'refused'"
    ).fetchall()[0][0]
    assert refused == (answers["status"] == "refused").sum()


def test_silence_is_data(data):
    auth = pd.read_parquet(data / "dataset" / "authorities.parquet")
    responded = pd.read_parquet(data / "dataset" / "responses.parquet")
    assert auth["responded"].sum() == len(responded)
    assert set(auth.loc[auth["responded"], "authority_code"]) == set(responded["authority_code"])


def test_dictionary_and_datapackage_describe_every_column(data):
    ds = data / "dataset"
    package = json.loads((ds / "datapackage.json").read_text())
    assert {r["name"] for r in package["resources"]} == set(TABLE_NAMES)
    assert {lic["name"] for lic in package["licenses"]} == {"OGL-UK-3.0", "CC-BY-4.0"}
    text = (ds / "DATA_DICTIONARY.md").read_text()
    for name, columns in TABLES.items():
        assert f"## {name}.parquet" in text
        assert all(f"`{c.name}`" in text for c in columns)


def test_corrections_apply_and_survive_rebuilds(data, campaign, registry, tmp_path):
    code = pq.read_table(data / "dataset" / "responses.parquet").column("authority_code")[0].as_py()
    fixes = tmp_path / "corrections.csv"
    fixes.write_text(
        "authority_code,field,value,note,reviewer\n"
        f"{code},s47_all_cases,not_stated,answer is ambiguous,JB\n"
        f"{code},age_threshold_months,9,read the attachment,JB\n"
    )
    out = tmp_path / "ds"
    for _ in range(2):  # a re-build keeps the corrections
        build(data, campaign, registry, out=out, corrections=fixes)
    row = pd.read_parquet(out / "responses.parquet").set_index("authority_code").loc[code]
    assert row["s47_all_cases"] == "not_stated" and row["age_threshold_months"] == 9
    facts = pd.read_parquet(out / "facts.parquet")
    fact = facts[(facts.authority_code == code) & (facts.field == "s47_all_cases")].iloc[0]
    assert (
        fact["method"] == "correction"
        and fact["reviewer"] == "JB"
        and fact["note"] == "answer is ambiguous"
    )


@pytest.mark.parametrize(
    "row,message",
    [
        ("E99999999,review_held,formal,,", "row 2: authority_code"),
        ("E06000016,review_hold,formal,,", "row 2: field 'review_hold' does not exist"),
        ("E06000016,review_held,maybe,,", "row 2: value 'maybe' is not one of"),
        ("E06000016,review_date,March 2023,,", "row 2: review_date"),
    ],
)
def test_bad_corrections_are_refused_with_their_row(
    data, campaign, registry, tmp_path, row, message
):
    fixes = tmp_path / "c.csv"
    fixes.write_text("authority_code,field,value,note,reviewer\n" + row + "\n")
    with pytest.raises(CorrectionsError, match=message):
        build(data, campaign, registry, out=tmp_path / "ds", corrections=fixes)


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_failed_build_leaves_the_previous_dataset_untouched(
    data, campaign, registry, tmp_path, monkeypatch
):
    out = tmp_path / "ds"
    build(data, campaign, registry, out=out)
    before = _digest(out)
    calls = {"n": 0}
    real = build_module.pq.write_table

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full (simulated)")
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module.pq, "write_table", dying)
    with pytest.raises(OSError):
        build(data, campaign, registry, out=out)
    assert _digest(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ds-")] == []


def test_working_days_skip_weekends_and_bank_holidays():
    assert working_days(to_date("2025-12-19"), to_date("2025-12-29")) == 4  # 22-24 and 29 Dec
    assert working_days(to_date("10 November 2025"), to_date("8 December 2025")) == 20
    assert working_days(None, to_date("2025-12-01")) is None


def test_committed_data_dictionary_is_current():
    from foi.dataset.dictionary import markdown

    assert (ROOT / "datasets" / "DATA_DICTIONARY.md").read_text("utf-8") == markdown()


def test_filter_writes_citable_rows(data, tmp_path, capsys):
    from foi.cli import main

    out = tmp_path / "f.csv"
    assert (
        main(["filter", "--data-dir", str(data), "--s47-all-cases", "yes", "--csv", str(out)]) == 0
    )
    rows = pd.read_csv(out)
    responses = pd.read_parquet(data / "dataset" / "responses.parquet")
    assert len(rows) == (responses["s47_all_cases"] == "yes").sum() > 0
    assert rows["s47_all_cases_evidence"].notna().all() and rows["url"].str.startswith("http").all()
    assert main(["filter", "--data-dir", str(data), "--no-response", "--csv", str(out)]) == 0
    assert len(pd.read_csv(out)) == 153 - len(responses)


def test_export_sqlite_xlsx_csv(data, tmp_path):
    import sqlite3

    import openpyxl

    from foi.views.queries import export

    db, meta = export(data / "dataset", "sqlite", tmp_path / "x.sqlite")
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from authorities").fetchone()[0] == 153
        assert con.execute("select count(*) from responses").fetchone()[0] > 0
        # Keys a researcher (and Datasette) can join on and follow.
        pk = [r[1] for r in con.execute("pragma table_info(answers)") if r[5]]
        assert pk == ["authority_code", "question_no"]
        fks = {(r[2], r[3]) for r in con.execute("pragma foreign_key_list(facts)")}
        assert fks == {("authorities", "authority_code")}
        # Full-text search over what the councils wrote.
        hits = con.execute(
            "select a.authority_code from answers a join answers_fts f on f.rowid = a.rowid"
            " where answers_fts match 'strategy'"
        ).fetchall()
        assert hits
        assert con.execute("pragma foreign_key_check").fetchall() == []
    described = json.loads(meta.read_text())["databases"]["x"]["tables"]
    assert described["answers"]["columns"]["status"].startswith("answered")
    assert set(described) >= set(TABLE_NAMES)
    (book,) = export(data / "dataset", "xlsx", tmp_path / "x.xlsx")
    assert openpyxl.load_workbook(book).sheetnames == TABLE_NAMES
    files = export(data / "dataset", "csv", tmp_path / "csv")
    assert sorted(p.name for p in files) == sorted(f"{n}.csv" for n in TABLE_NAMES)


def test_review_lists_least_confident_first(data):
    from foi.views.queries import review_queue

    queue = review_queue(data / "dataset", limit=10)
    assert len(queue) == 10 and list(queue["confidence"]) == sorted(queue["confidence"])


def test_notebook_runs_against_the_demo_dataset(data, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("FOI_DATASET", str(data / "dataset"))
    nb = nbformat.read(ROOT / "notebooks" / "start_here.ipynb", as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the charts were drawn


def test_notebook_opened_from_its_folder_finds_the_dataset(data, tmp_path, monkeypatch):
    """As a researcher runs it: `jupyter lab` from the project, the notebook opened from
    notebooks/ (where Jupyter runs its kernel), FOI_DATASET relative to the project or unset."""
    import nbformat
    from nbclient import NotebookClient

    project = tmp_path / "project"
    (project / "notebooks").mkdir(parents=True)
    (project / "data").mkdir()
    (project / "data" / "dataset").symlink_to((data / "dataset").resolve())
    nb = nbformat.read(ROOT / "notebooks" / "start_here.ipynb", as_version=4)
    first = nbformat.v4.new_notebook(cells=nb.cells[:2], metadata=nb.metadata)
    here = {"metadata": {"path": str(project / "notebooks")}}
    for setting in ("data/dataset", None):
        if setting:
            monkeypatch.setenv("FOI_DATASET", setting)
        else:
            monkeypatch.delenv("FOI_DATASET", raising=False)
        run = nbformat.from_dict(first)
        NotebookClient(run, timeout=120, kernel_name="python3", resources=here).execute()
        outputs = [o for o in run.cells[1].get("outputs", [])]
        assert not [o for o in outputs if o.get("output_type") == "error"], setting
        assert "Bruising" in "".join(o.get("text", "") for o in outputs), setting
    monkeypatch.setenv("FOI_DATASET", "no/such/dataset")
    run = nbformat.from_dict(first)
    with pytest.raises(Exception, match="run `foi demo` or `foi build` first"):
        NotebookClient(run, timeout=120, kernel_name="python3", resources=here).execute()


def test_partnership_disagreement_is_found(registry):
    from foi.dataset.build import _partnership_rows
    from foi.reference import partnerships

    places = partnerships.load()
    derby, derbyshire = "E06000015", "E10000007"  # the joint Derby and Derbyshire partnership
    base = {f: None for f in FIELDS}
    responses = {
        derby: {**base, "review_held": "formal", "s47_all_cases": "no"},
        derbyshire: {**base, "review_held": "none", "s47_all_cases": "no"},
    }
    rows = {r["name"]: r for r in _partnership_rows(registry, places, responses)}
    joint = rows[places[derby].partnership]
    assert joint["members"] == [derby, derbyshire] and joint["responded"] == 2
    assert joint["members_agree"] is False and joint["disagree_fields"] == ["review_held"]
    assert joint["review_held_values"] == ["formal", "none"] and joint["s47_all_cases_values"] == [
        "no"
    ]


def test_a_killed_build_leaves_nothing_behind_next_time(data, campaign, registry, tmp_path):
    out = tmp_path / "ds"
    build(data, campaign, registry, out=out)
    orphan = tmp_path / ".ds-19990101T000000000000"  # what a SIGKILL mid-build leaves
    orphan.mkdir()
    (orphan / "responses.parquet").write_bytes(b"half")
    build(data, campaign, registry, out=out)
    assert not orphan.exists() and (out / "responses.parquet").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ds-")] == []


def test_the_dataset_is_a_folder_that_copies_whole(data, campaign, registry, tmp_path):
    """`cp -r data/dataset elsewhere` copies the tables, not a link that dangles there."""
    out = tmp_path / "ds"
    build(data, campaign, registry, out=out)
    build(data, campaign, registry, out=out)  # a rebuild swaps the folder: still a folder
    assert out.is_dir() and not out.is_symlink()
    subprocess.run(["cp", "-r", str(out), str(tmp_path / "copy")], check=True)
    copy = tmp_path / "copy"
    assert not copy.is_symlink() and _digest(copy) == _digest(out)
    shutil.rmtree(out)
    assert pd.read_parquet(copy / "responses.parquet").shape[0] > 0  # nothing points back


def test_a_dataset_built_as_a_link_before_becomes_a_folder(data, campaign, registry, tmp_path):
    """Data directories from before this change hold `dataset -> .dataset-<time>`."""
    out = tmp_path / "ds"
    build(data, campaign, registry, out=out)
    old = tmp_path / ".ds-20250101T000000000000"
    out.rename(old)
    out.symlink_to(old.name)
    build(data, campaign, registry, out=out)
    assert out.is_dir() and not out.is_symlink() and not old.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ds-")] == []


def test_a_build_never_swaps_away_a_folder_that_is_not_a_dataset(
    data, campaign, registry, tmp_path
):
    out = tmp_path / "ds"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(FileExistsError, match="not a dataset"):
        build(data, campaign, registry, out=out)
    assert (out / "thesis.docx").read_bytes() == b"years of work"


def test_where_the_system_cannot_swap_in_one_step_the_rebuild_still_lands(
    data, campaign, registry, tmp_path, monkeypatch
):
    out = tmp_path / "ds"
    build(data, campaign, registry, out=out)
    monkeypatch.setattr(build_module, "_exchange", lambda a, b: False)  # not Linux, say
    build(data, campaign, registry, out=out)
    assert out.is_dir() and (out / "responses.parquet").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ds-")] == []
