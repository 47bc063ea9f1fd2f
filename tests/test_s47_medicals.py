"""The second campaign, s47 medicals (foi/campaigns/s47_medicals.toml): figures per year read
from tables, lists and prose of the project's own synthetic replies (tests/s47_replies.py),
scored by `foi eval` year by year, and run end to end beside the first campaign in one data
directory: the crawl of its own mirror, build, filter, export, report and notebook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from foi.archive.store import Archive
from foi.campaigns.campaign import load_campaign
from foi.cli import main
from parsers.response import NotAReply, parse_document
from tests import s47_replies
from tests.conftest import ROOT, DemoRun

S47 = "s47-medicals-2025"
MIRROR = ROOT / "foi" / "mirror" / "s47_medicals"


def foi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", *args],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=dict(os.environ),
    )  # fmt: skip


@pytest.fixture(scope="module")
def s47():
    return load_campaign("s47_medicals")


@pytest.mark.parametrize("reply", s47_replies.replies(), ids=lambda r: r.name)
def test_each_reply_reads_as_a_careful_reader_reads_it(reply, s47, registry):
    if reply.reject:
        with pytest.raises(NotAReply) as declined:
            parse_document(reply.data, reply.name, s47, registry)
        assert declined.value.kind == reply.reject
        return
    got = parse_document(reply.data, reply.name, s47, registry).to_json()
    assert got["fields"] == reply.fields
    assert got["outcome"] == reply.outcome
    assert got["authority"]["code"] == reply.authority_code
    assert got["exemptions"] == reply.exemptions


def test_parse_json_gives_counts_typed_per_year(tmp_path, capsys):
    reply = s47_replies.kent_two_tables_docx()
    path = tmp_path / reply.name
    path.write_bytes(reply.data)
    assert main(["--campaign", "s47_medicals", "parse", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["campaign"] == S47
    s47 = out["fields"]["s47_enquiries"]
    assert list(s47) == ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]
    assert s47["2019/20"] == 41 and s47["2022/23"] is None  # "Not recorded"
    assert out["fields"]["cp_medicals"]["2021/22"] == "<5"  # written "1-4"
    assert out["evidence"]["s47_enquiries"].startswith("Financial year Number")


def test_the_first_campaign_declines_these_replies_and_this_one_declines_its(s47, registry):
    bruising = load_campaign()
    for reply in s47_replies.replies():
        if reply.reject is None:
            with pytest.raises(NotAReply):
                parse_document(reply.data, reply.name, bruising, registry)
    for path in sorted((ROOT / "tests" / "corpus" / "letters").glob("*.*"))[:6]:
        if path.suffix in (".pdf", ".docx", ".txt", ".html", ".eml"):
            with pytest.raises(NotAReply):
                parse_document(path.read_bytes(), path.name, s47, registry)


def test_eval_scores_counts_year_by_year(tmp_path, capsys):
    corpus = s47_replies.write_corpus(tmp_path / "corpus")
    assert main(["--campaign", "s47_medicals", "eval", str(corpus), "--min-fields", "1"]) == 0
    out = capsys.readouterr().out
    # A year of a labelled count is one comparison, and a reply with no figures one more.
    n = sum(6 if r.fields["s47_enquiries"] else 1 for r in s47_replies.replies() if not r.reject)
    assert f"{'s47_enquiries':<22} {n:>6} / {n:<6} {1:6.1%}" in out
    # One year labelled otherwise: that year is wrong, the others right.
    labels = json.loads((corpus / "labels.json").read_text())
    leeds = next(label for label in labels if label["file"] == "leeds-table.txt")
    leeds["fields"]["s47_enquiries"]["2021/22"] = 99
    (corpus / "labels.json").write_text(json.dumps(labels))
    assert main(["--campaign", "s47_medicals", "eval", str(corpus), "--min-fields", "1"]) == 1
    out = capsys.readouterr().out
    assert f"{'s47_enquiries':<22} {n - 1:>6} / {n:<6} {(n - 1) / n:6.1%}" in out
    assert "want: 2021/22: 99" in out and "got:  2021/22: 17" in out


# -- end to end, beside the first campaign in one data directory --------------------------------------


@pytest.fixture(scope="module")
def data(tmp_path_factory, demo_run: DemoRun) -> Path:
    root = demo_run.copy(tmp_path_factory.mktemp("two-campaigns") / "data")  # the first campaign's
    before = pd.read_parquet(root / "dataset" / "responses.parquet")
    second = foi("--campaign", "s47_medicals", "demo", "--data-dir", str(root))
    assert second.returncode == 0, second.stderr[-3000:]
    assert "s47 enquiries (2019/20-2024/25)" in second.stdout
    # The first campaign's dataset is left as it was, and rebuilds the same.
    assert foi("build", "--data-dir", str(root)).returncode == 0
    after = pd.read_parquet(root / "dataset" / "responses.parquet")
    assert after.drop(columns=["sources"]).equals(before.drop(columns=["sources"]))
    return root


def dataset(data: Path) -> Path:
    return data / "campaigns" / S47 / "dataset"


def test_the_crawl_of_its_mirror_keeps_every_reply_and_rejects_the_rest(data):
    expected = json.loads((MIRROR / "expected.json").read_text("utf-8"))
    records = [r for r in Archive(data).records() if r.campaign == S47]
    for case in expected["campaign"]:
        kept = [r for r in records if case["path"] in r.location and r.status == "ok"]
        assert kept and {r.authority_code for r in kept} == {case["authority_code"]}, case
    for case in expected["rejected"]:
        assert not [r for r in records if r.location.endswith(case["path"])], case
    # The disclosure log was asked for the campaign's own keyword.
    assert any("/disclosures/a1f0c6d2" in r.location for r in records)


def test_two_campaigns_share_a_data_directory_without_mixing(data):
    first = pq.read_table(data / "dataset" / "responses.parquet")
    second = pq.read_table(dataset(data) / "responses.parquet")
    assert (
        json.loads((data / "dataset" / "build.json").read_text())["campaign"] == "bruising-nmi-2025"
    )
    assert json.loads((dataset(data) / "build.json").read_text())["campaign"] == S47
    assert "review_held" in first.column_names and "review_held" not in second.column_names
    expected = json.loads((MIRROR / "expected.json").read_text("utf-8"))
    codes = {c["authority_code"] for c in expected["campaign"]} | {"E09000007"}  # Camden refused
    assert set(second.column("authority_code").to_pylist()) == codes
    # Each document in the archive belongs to one campaign, and each build reads only its own.
    docs = {r.sha256: r.campaign for r in Archive(data).records() if r.status == "ok"}
    first_docs = set(first.column("document_sha256").to_pylist())
    assert all(docs[d] == "bruising-nmi-2025" for d in first_docs)
    assert all(docs[d] == S47 for d in second.column("document_sha256").to_pylist())


def test_counts_by_year_are_typed_columns(data):
    schema = pq.read_schema(dataset(data) / "responses.parquet")
    assert schema.field("s47_enquiries_2019_20").type == pa.int32()
    assert schema.field("cp_medicals_2024_25").type == pa.int32()
    assert pa.types.is_list(schema.field("cp_medicals_suppressed").type)
    assert pa.types.is_dictionary(schema.field("injury_basis").type)
    df = pd.read_parquet(dataset(data) / "responses.parquet").set_index("authority_code")
    assert list(df["year_basis"].cat.categories) == ["financial", "calendar", "not_stated"]
    leeds = df.loc["E08000035"]
    assert leeds["s47_enquiries_2019_20"] == 14 and pd.isna(leeds["cp_medicals_2020_21"])
    assert list(leeds["cp_medicals_suppressed"]) == ["2020/21", "2023/24"]
    camden = df.loc["E09000007"]  # refused: no figures at all
    assert camden["outcome"] == "refused" and camden["s47_enquiries_suppressed"] is None
    kent = df.loc["E10000016"]  # a year marked "not recorded": null, not suppressed
    assert pd.isna(kent["s47_enquiries_2022_23"]) and "2022/23" not in list(kent["s47_enquiries_suppressed"])  # fmt: skip


def test_filter_export_report_and_notebook(data, tmp_path, monkeypatch):
    out = tmp_path / "none.csv"
    assert main(["--campaign", "s47_medicals", "filter", "--data-dir", str(data),
                 "--cp-medicals", "none", "--csv", str(out)]) == 0  # fmt: skip
    assert list(pd.read_csv(out)["authority_code"]) == ["E09000007"]
    assert main(["--campaign", "s47_medicals", "filter", "--data-dir", str(data),
                 "--s47-enquiries", "suppressed", "--csv", str(out)]) == 0  # fmt: skip
    rows = pd.read_csv(out)
    assert set(rows["authority_code"]) == {"E06000014", "E08000007"}
    assert rows["s47_enquiries"].str.contains("2021/22: <5|2023/24: <5").all()

    assert main(["--campaign", "s47_medicals", "export", "--format", "csv", "--data-dir", str(data)]) == 0  # fmt: skip
    csv = pd.read_csv(data / "campaigns" / S47 / "export" / "responses.csv")
    assert "s47_enquiries_2019_20" in csv.columns and not (data / "export").exists()
    assert main(["--campaign", "s47_medicals", "export", "--format", "sqlite", "--data-dir", str(data),
                 "--out", str(tmp_path / "s47.sqlite")]) == 0  # fmt: skip
    described = json.loads((tmp_path / "s47.metadata.json").read_text())
    columns = described["databases"]["s47"]["tables"]["responses"]["columns"]
    assert "s47_enquiries_2019_20" in columns and "review_held" not in columns

    assert main(["--campaign", "s47_medicals", "report", "--data-dir", str(data)]) == 0
    report = (data / "campaigns" / S47 / "report.html").read_text("utf-8")
    assert "Q1: section 47 enquiries started" in report
    assert "total of the figures given" in report
    assert "give figures for all injuries" in report and "review_held" not in report

    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("FOI_DATASET", str(dataset(data)))
    nb = nbformat.read(ROOT / "notebooks" / "start_here.ipynb", as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 3  # with the years chart


def test_committed_data_dictionary_is_current(s47):
    from foi.dataset.dictionary import markdown

    committed = ROOT / "datasets" / "s47_medicals" / "DATA_DICTIONARY.md"
    assert committed.read_text("utf-8") == markdown(s47)
