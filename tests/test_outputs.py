"""What the tool hands people (issue 11): CLI conventions, `foi filter`'s CSV, corrections,
importing twice, an honest `foi status`, files a researcher can use, and demo data that
cannot pass for real. Each test is one of the issue's reproductions."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from foi.cli import main
from foi.dataset.schema import CODED_VALUES, TABLES
from foi.reference.sources import load_sources
from tests.conftest import ROOT, DemoRun

SEED = ROOT / "foi/samples/leicester-city-seed.txt"
HEADER = (
    "authority_code,platform,url,link_selector,next_selector,content_selector,attachment_selector"
)


def foi(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", *args],
        capture_output=True, text=True, timeout=300, cwd=kw.get("cwd", ROOT),
        env={**os.environ, **(env or {})},
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_run: DemoRun) -> Path:
    return demo_run.copy(tmp_path_factory.mktemp("outputs") / "demo-data")


def copy_of(demo: Path, tmp_path: Path) -> Path:
    """A demo data directory of the test's own, to change."""
    target = tmp_path / "copy"
    shutil.copytree(demo, target, symlinks=True)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# 1. CLI conventions


def test_version(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["--version"])
    assert exit.value.code == 0
    assert re.fullmatch(r"foi \d+\.\d+\.\d+\n", capsys.readouterr().out)


def test_a_bare_foi_prints_the_help_not_an_error(capsys):
    assert main([]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("usage: foi") and "filter" in out and "demo" in out
    assert err == ""


def test_filter_into_a_pipe_whose_reader_left_ends_quietly(demo):
    """`foi filter ... | head`: head exits before foi has written; no BrokenPipeError."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "foi.cli", "filter", "--no-response", "--data-dir", str(demo)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    proc.stdout.close()  # the reader goes away before the first line is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "BrokenPipeError" not in err and "Traceback" not in err and err == ""
    assert proc.returncode == 1


def _on_a_terminal(cmd: list[str], columns: int) -> str:
    """What a command prints to a terminal `columns` wide (a pseudo-terminal)."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen(cmd, stdout=slave, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(master)
    return out.decode("utf-8", "replace").replace("\r\n", "\n")


def test_tables_fit_the_terminal_and_pipes_keep_every_character(demo):
    """On a terminal 60 columns wide no line of `foi filter`'s table wraps; piped, nothing
    is cut."""
    cmd = [sys.executable, "-m", "foi.cli", "filter", "--no-response", "--data-dir", str(demo)]
    narrow = _on_a_terminal(cmd, 60)
    # (the table's lines: the demo banner above it and the count below are sentences)
    lines = [
        x
        for x in narrow.splitlines()
        if not x.startswith("SYNTHETIC DEMO DATA") and " rows (" not in x
    ]
    assert lines and [x for x in lines if len(x) > 60] == []
    assert any("…" in line for line in lines)
    piped = subprocess.run(
        cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "60"}
    )
    assert max(len(line) for line in piped.stdout.splitlines()) > 60
    assert "…" not in piped.stdout


def test_a_sources_file_saved_by_excel_with_a_bom_is_accepted(tmp_path, registry):
    path = tmp_path / "sources.csv"
    path.write_bytes(
        f"{HEADER}\r\n,alaveteli,https://www.whatdotheyknow.com,,,,\r\n".encode("utf-8-sig")
    )
    (row,) = load_sources(path, registry)
    assert row.platform == "alaveteli"
    proc = foi("status", "--sources", str(path), "--data-dir", str(tmp_path / "d"))
    assert proc.returncode == 0, proc.stderr


def test_only_takes_names_and_says_when_a_council_has_no_source(tmp_path):
    sources = tmp_path / "sources.csv"
    sources.write_text(
        f"{HEADER}\nE10000012,council_site,http://127.0.0.1:9/foi,a.record,,,\n", "utf-8"
    )
    proc = foi(
        "crawl", "--only", "York", "--platform", "council_site", "--sources", str(sources),
        "--data-dir", str(tmp_path / "d"),
    )  # fmt: skip
    assert proc.returncode == 2
    assert "not one of the 153" not in proc.stderr  # York is a name the registry knows
    assert "no source of platform council_site" in proc.stderr
    assert "City of York Council (E06000014)" in proc.stderr
    assert "No change since the last run" not in proc.stdout
    assert not (tmp_path / "d" / "manifest.jsonl").exists()


def test_crawl_warns_once_at_the_start_when_foi_contact_is_not_set(tmp_path):
    sources = tmp_path / "sources.csv"
    down = f"http://127.0.0.1:{free_port()}"
    sources.write_text(f"{HEADER}\nE10000012,council_site,{down}/foi,a.record,,,\n", "utf-8")
    # No delay or retries: the site is down, and only the warning is under test.
    quick = {"FOI_DOWNLOAD_DELAY": "0", "FOI_RETRY_TIMES": "0"}
    env = {**{k: v for k, v in os.environ.items() if k != "FOI_CONTACT"}, **quick}
    proc = subprocess.run(
        [sys.executable, "-m", "foi.cli", "crawl", "--only", "Essex", "--sources", str(sources),
         "--data-dir", str(tmp_path / "d"), "--quiet"],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=env,
    )  # fmt: skip
    assert proc.stderr.count("FOI_CONTACT is not set") == 1, proc.stderr[-2000:]
    assert proc.stderr.splitlines()[0].startswith("foi crawl: warning: FOI_CONTACT is not set")
    with_contact = foi(
        "crawl", "--only", "Essex", "--sources", str(sources), "--data-dir", str(tmp_path / "e"),
        "--quiet", env={"FOI_CONTACT": "sam@example.org", **quick},
    )  # fmt: skip
    assert "FOI_CONTACT" not in with_contact.stderr


# 2. foi filter


def test_filter_writes_a_csv_only_when_asked(demo, capsys):
    assert main(["filter", "--data-dir", str(demo)]) == 0
    assert not (demo / "filter.csv").exists()
    assert "--csv FILE" in capsys.readouterr().out


def test_filter_csv_dash_writes_the_csv_to_stdout(demo, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["filter", "--data-dir", str(demo), "--outcome", "answered", "--csv", "-"]) == 0
    out = capsys.readouterr().out
    assert not (tmp_path / "-").exists()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["outcome"] == "answered" for r in rows)
    assert out.startswith('"synthetic","authority_code"')  # nothing but the CSV on stdout


def test_filter_refuses_a_coded_value_with_no_response(demo, capsys):
    code = main(["filter", "--data-dir", str(demo), "--review-held", "none", "--no-response"])
    err = capsys.readouterr().err
    assert code == 2
    assert "--no-response" in err and "--review-held" in err and len(err.splitlines()) == 1


def test_filter_region_matches_part_of_the_name_in_any_case(demo, tmp_path):
    out = tmp_path / "f.csv"
    assert (
        main(["filter", "--data-dir", str(demo), "--region", "yorkshire", "--csv", str(out)]) == 0
    )
    rows = pd.read_csv(out)
    assert len(rows) > 0 and (rows["region"] == "Yorkshire and The Humber").all()
    assert main(["filter", "--data-dir", str(demo), "--no-response", "--region", "Yorkshire",
                 "--csv", str(out)]) == 0  # fmt: skip
    assert len(pd.read_csv(out)) > 5


def test_filter_by_outcome_has_one_outcome_column(demo, tmp_path):
    out = tmp_path / "f.csv"
    for outcome in ("not_held", "refused"):
        assert (
            main(["filter", "--data-dir", str(demo), "--outcome", outcome, "--csv", str(out)]) == 0
        )
        header = next(csv.reader(out.open()))
        assert header.count("outcome") == 1 and "outcome_evidence" in header


def test_filter_csv_is_created_with_the_users_umask(demo, tmp_path):
    out = tmp_path / "f.csv"
    old = os.umask(0o022)
    try:
        assert main(["filter", "--data-dir", str(demo), "--csv", str(out)]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


# 3. corrections


def test_build_with_a_missing_corrections_file_fails_and_keeps_the_dataset(demo, tmp_path):
    data = copy_of(demo, tmp_path)
    before = (data / "dataset" / "build.json").read_text()
    proc = foi("build", "--data-dir", str(data), "--corrections", "/no/such.csv")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "foi build: --corrections /no/such.csv: no such file"
    assert (data / "dataset" / "build.json").read_text() == before


def test_a_corrected_value_is_marked_in_the_filter_csv(demo, tmp_path):
    data = copy_of(demo, tmp_path)
    (data / "corrections.csv").write_text(
        "authority_code,field,value,note,reviewer\n"
        "E08000032,review_held,formal,read the minutes,Sam\n",
        "utf-8",
    )
    assert foi("build", "--data-dir", str(data)).returncode == 0
    out = tmp_path / "f.csv"
    assert main(["filter", "--data-dir", str(data), "--csv", str(out)]) == 0
    rows = pd.read_csv(out, keep_default_na=False).set_index("authority_code")
    assert rows.loc["E08000032", "review_held"] == "formal"
    assert rows.loc["E08000032", "corrected"] == "review_held"
    assert (rows.drop(index="E08000032")["corrected"] == "").all()
    # and in the report's table
    report = tmp_path / "report.html"
    assert main(["report", "--data-dir", str(data), "--out", str(report)]) == 0
    html = report.read_text("utf-8")
    table = json.loads(html.split('id="rows">', 1)[1].split("</script>", 1)[0])
    marked = {r["authority_name"]: r["corrected"] for r in table}
    assert marked["City of Bradford Metropolitan District Council"] == "review_held"
    assert [v for k, v in marked.items() if not k.startswith("City of Bradford")] == [None] * 9


# 4. import twice


def test_importing_the_same_file_twice_stores_it_once(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["import", str(SEED), "--data-dir", str(data)]) == 0
    first = capsys.readouterr().out
    assert first.startswith("stored ")
    lines = (data / "manifest.jsonl").read_text().splitlines()
    assert main(["import", str(SEED), "--data-dir", str(data)]) == 0
    second = capsys.readouterr().out
    assert second.startswith("already ") and "stored " not in second.split("\n")[0][:7]
    assert "0 stored, 1 already in the archive (skipped), 0 failed" in second
    assert (data / "manifest.jsonl").read_text().splitlines() == lines


# 5. foi status


def _status_lines(out: str) -> dict[str, str]:
    return {line.split("  ")[0].strip(): line for line in out.splitlines()}


def test_status_shows_refusals_and_failed_attachments(demo, capsys):
    assert main(["status", "--data-dir", str(demo)]) == 0
    lines = _status_lines(capsys.readouterr().out)
    st_helens = lines["St Helens Council"]  # refused under s12 in the mirror
    assert "refused" in st_helens and "no response yet" not in st_helens
    assert st_helens.rstrip().endswith(".   .   .   .   .")  # refused questions are no answers
    croydon = lines["London Borough of Croydon"]  # its appendix is a 404 on the mirror
    assert "failing (HTTP 404: Appendix_A_subgroup_report_redacted.pdf)" in croydon


def test_status_only_problems_leaves_out_councils_that_have_not_answered(demo, capsys):
    assert main(["status", "--data-dir", str(demo), "--only-problems"]) == 0
    lines = _status_lines(capsys.readouterr().out)
    assert not [line for line in lines.values() if "no response yet" in line]
    assert "London Borough of Croydon" in lines and "Kent County Council" not in lines


# 6. researchers


def test_changes_parquet_is_documented_and_listed_in_the_datapackage(demo, tmp_path):
    from foi.dataset import changes

    dictionary = (ROOT / "datasets" / "DATA_DICTIONARY.md").read_text("utf-8")
    assert "## changes.parquet" in dictionary
    assert all(f"`{c.name}`" in dictionary for c in TABLES["changes"])
    assert [f.name for f in changes.CHANGES_SCHEMA] == [c.name for c in TABLES["changes"]]
    data = copy_of(demo, tmp_path)
    changes.record(data, data / "dataset", [], pd.Timestamp.now(tz="UTC").floor("s"))
    package = json.loads((data / "dataset" / "datapackage.json").read_text())
    (res,) = [r for r in package["resources"] if r["name"] == "changes"]
    assert res["path"] == "changes.parquet" and (data / "dataset" / "changes.parquet").exists()
    assert foi("build", "--data-dir", str(data)).returncode == 0  # a rebuild keeps the history
    assert (data / "dataset" / "changes.parquet").exists()
    package = json.loads((data / "dataset" / "datapackage.json").read_text())
    assert "changes" in {r["name"] for r in package["resources"]}


def test_category_columns_hold_every_value_in_the_campaigns_order(demo):
    responses = pd.read_parquet(demo / "dataset" / "responses.parquet")
    for field in ("outcome", "review_held", "s47_all_cases"):
        assert list(responses[field].cat.categories) == CODED_VALUES[field]
    answers = pd.read_parquet(demo / "dataset" / "answers.parquet")
    assert list(answers["status"].cat.categories) == CODED_VALUES["status"]
    table = pq.read_table(demo / "dataset" / "responses.parquet")
    assert (
        table.column("outcome").combine_chunks().dictionary.to_pylist() == CODED_VALUES["outcome"]
    )


def test_csv_export_has_no_float_noise(demo, tmp_path):
    out = tmp_path / "export"
    assert main(["export", "--format", "csv", "--data-dir", str(demo), "--out", str(out)]) == 0
    facts = (out / "facts.csv").read_text()
    assert not re.search(r"\d\.\d{6,}", facts)
    assert '"0.9"' in facts or '"0.8"' in facts or '"0.5"' in facts


def test_csv_export_to_a_file_name_is_refused(demo, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--format", "csv", "--data-dir", str(demo), "--out", str(out)]) == 2
    assert "names a folder" in capsys.readouterr().err
    assert not out.exists()


def test_xlsx_has_a_frozen_header_a_filter_and_widths(demo, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "d.xlsx"
    assert main(["export", "--format", "xlsx", "--data-dir", str(demo), "--out", str(out)]) == 0
    book = load_workbook(out)
    facts = book["facts"]
    assert facts.freeze_panes == "A2"
    assert facts.auto_filter.ref == facts.dimensions
    header = {c.value: c.column_letter for c in facts[1]}
    assert facts.column_dimensions[header["evidence"]].width == 60  # long text: capped
    assert facts.column_dimensions[header["field"]].width < 30


def test_xlsx_url_cells_are_links_and_nothing_else_is(demo, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "d.xlsx"
    assert main(["export", "--format", "xlsx", "--data-dir", str(demo), "--out", str(out)]) == 0
    responses = load_workbook(out)["responses"]
    header = {c.value: c.column for c in responses[1]}
    urls = [row[header["url"] - 1] for row in responses.iter_rows(min_row=2)]
    assert urls and all(c.hyperlink is not None and c.hyperlink.target == c.value for c in urls)
    assert all(c.value.startswith("http") for c in urls)
    assert {c.style for c in urls} == {"Hyperlink"}
    # a name, an evidence sentence or a list of several URLs stays text
    for row in responses.iter_rows(min_row=2):
        for cell in row:
            if cell.hyperlink is not None:
                assert cell.column == header["url"] or re.fullmatch(r"https?://\S+", cell.value)


def test_members_agree_is_computed_where_two_members_of_a_group_replied(demo, tmp_path):
    """The demo has no two replies from one group, so members_agree is null in every row
    there (nothing to compare, as the data dictionary says); a second London reply, unlike
    Croydon's on Q3, makes the London procedures group disagree."""
    groups = pd.read_parquet(demo / "dataset" / "partnerships.parquet")
    assert groups["members_agree"].isna().all() and (groups["responded"] < 2).all()
    data = copy_of(demo, tmp_path)
    reply = tmp_path / "camden.txt"
    reply.write_text(
        "Freedom of Information response - bruising in non-mobile infants\n\n"
        "1. Was there a review of your safeguarding policies after this guidance was published?\n"
        "Yes. The policy was formally reviewed in June 2023.\n\n"
        "3. Does your policy require a s47 investigation or strategy discussion in all cases?\n"
        "Yes. A strategy discussion is held in every case.\n\nLondon Borough of Camden\n"
    )
    assert main(["import", str(reply), "--authority", "Camden", "--data-dir", str(data)]) == 0
    assert main(["build", "--data-dir", str(data)]) == 0
    groups = pd.read_parquet(data / "dataset" / "partnerships.parquet").set_index("name")
    london = groups.loc["London Safeguarding Children Procedures"]
    assert london["responded"] == 2 and london["members_agree"] == False  # noqa: E712
    assert list(london["disagree_fields"]) == ["s47_all_cases"]
    assert groups.loc[groups["responded"] < 2, "members_agree"].isna().all()
    dictionary = (ROOT / "datasets" / "DATA_DICTIONARY.md").read_text("utf-8")
    assert "null where fewer than two members responded" in dictionary


# 7. foi demo


def test_demo_refuses_a_data_directory_with_real_documents(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["import", str(SEED), "--authority", "Leicester", "--data-dir", str(data)]) == 0
    manifest = (data / "manifest.jsonl").read_text()
    capsys.readouterr()
    assert main(["demo", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert "1 real (non-demo) documents" in err and "--data-dir" in err
    assert (data / "manifest.jsonl").read_text() == manifest
    assert main(["build", "--data-dir", str(data)]) == 0  # real data: not marked synthetic
    assert json.loads((data / "dataset" / "build.json").read_text())["synthetic"] == "false"


def test_demo_data_is_marked_synthetic(demo, tmp_path, capsys):
    assert json.loads((demo / "dataset" / "build.json").read_text())["synthetic"] == "true"
    assert main(["filter", "--data-dir", str(demo)]) == 0
    assert capsys.readouterr().out.startswith("SYNTHETIC DEMO DATA")
    out = tmp_path / "report.html"
    assert main(["report", "--data-dir", str(demo), "--out", str(out)]) == 0
    assert "<b>Synthetic demo data</b>" in out.read_text()
    assert foi("demo", "--data-dir", str(copy_of(demo, tmp_path))).returncode == 0  # demo again


def test_every_export_of_demo_data_is_marked_synthetic_and_real_data_is_not(demo, tmp_path):
    import sqlite3

    import openpyxl

    out = tmp_path / "csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--data-dir", str(demo)]) == 0
    for path in out.glob("*.csv"):
        rows = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
        assert rows[0][0] == "synthetic" and {r[0] for r in rows[1:]} <= {"True"}, path.name
    xlsx = tmp_path / "demo.xlsx"
    assert main(["export", "--format", "xlsx", "--out", str(xlsx), "--data-dir", str(demo)]) == 0
    book = openpyxl.load_workbook(xlsx)
    for sheet in book.worksheets:
        assert sheet.cell(1, 1).value == "synthetic", sheet.title
        if sheet.max_row > 1:
            assert sheet.cell(2, 1).value is True, sheet.title
    db = tmp_path / "demo.sqlite"
    assert main(["export", "--format", "sqlite", "--out", str(db), "--data-dir", str(demo)]) == 0
    with sqlite3.connect(db) as con:
        marks = con.execute("select distinct synthetic from responses").fetchall()
    assert marks == [(1,)]
    meta = json.loads((tmp_path / "demo.metadata.json").read_text())
    assert meta["title"].startswith("SYNTHETIC DEMO DATA")

    real = tmp_path / "real"
    assert main(["import", str(SEED), "--authority", "Leicester", "--data-dir", str(real)]) == 0
    assert main(["build", "--data-dir", str(real)]) == 0
    out = tmp_path / "real-csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--data-dir", str(real)]) == 0
    assert not (out / "responses.csv").read_text("utf-8").startswith('"synthetic"')


def test_report_with_documents_never_links_a_missing_or_altered_copy(demo, tmp_path):
    from foi.archive.store import Archive

    data = copy_of(demo, tmp_path)
    responses = pd.read_parquet(data / "dataset" / "responses.parquet")
    gone, altered = responses["document_sha256"].iloc[:2]
    archive = Archive(data)
    archive.path_for(gone).unlink()
    path = archive.path_for(altered)
    path.chmod(0o644)
    path.write_bytes(b"not what was archived")
    out = tmp_path / "out" / "report.html"
    assert main(["report", "--with-documents", "--out", str(out), "--data-dir", str(data)]) == 0
    html = out.read_text("utf-8")
    assert "2 archived documents are missing or altered and are not linked" in html
    copies = {p.name.split(".")[0] for p in (tmp_path / "out" / "report-documents").iterdir()}
    assert copies == set(responses["document_sha256"]) - {gone, altered}
    assert gone not in html and altered not in html
