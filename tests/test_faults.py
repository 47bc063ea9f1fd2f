"""Faults that must lose nothing (issue 15): a raw file deleted or altered behind the tool's
back is reported, not silently dropped; a document over the time or memory limit fails alone
with its reason; the build's workers never hold the data directory's lock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

from foi.archive.store import Archive
from foi.cli import main
from foi.parse.isolate import parse_isolated

LETTER = (
    "Kent County Council\n\nDear Requester\n\nYour request about bruising in non-mobile infants.\n\n"
    "1. Yes. The protocol was reviewed in May 2023.\n2. The review note is attached.\n"
    "3. No. A paediatric assessment comes first.\n4. A leaflet for parents was added.\n"
    "5. No. The definition has not changed.\n\nYours sincerely\nKent County Council\n"
)


def imported(tmp_path: Path) -> Path:
    (tmp_path / "reply.txt").write_text(LETTER)
    data = tmp_path / "data"
    assert main(["import", str(tmp_path / "reply.txt"), "--data-dir", str(data)]) == 0
    return data


def test_a_deleted_raw_file_is_reported_by_build_and_verify(tmp_path, capsys):
    data = imported(tmp_path)
    assert main(["verify", "--data-dir", str(data)]) == 0
    rec = next(Archive(data).records())
    path = Archive(data).path_for(rec.sha256)
    path.chmod(0o644)
    path.unlink()
    capsys.readouterr()
    assert main(["build", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "reply.txt" in err and "missing" in err
    assert main(["verify", "--data-dir", str(data)]) == 1
    assert "raw file missing" in capsys.readouterr().out


def test_an_altered_raw_file_is_reported(tmp_path, capsys):
    data = imported(tmp_path)
    rec = next(Archive(data).records())
    path = Archive(data).path_for(rec.sha256)
    path.chmod(0o644)
    path.write_text(LETTER.replace("Yes.", "No."))
    assert main(["verify", "--data-dir", str(data)]) == 1
    assert "altered" in capsys.readouterr().out
    assert main(["build", "--data-dir", str(data)]) == 1
    responses = pd.read_parquet(data / "dataset" / "responses.parquet")
    assert responses.empty  # an altered document is never read as the council's answer


def test_a_document_over_the_time_limit_fails_alone(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(LETTER)
    slow = tmp_path / "slow.txt"  # a long letter: half a second or so to read, over a tiny limit
    slow.write_text(
        LETTER
        + "\n".join(
            f"{i}. The partnership met again on day {i} about case {i * 7}." for i in range(20_000)
        )
    )
    out = parse_isolated(
        [(str(slow), "slow.txt"), (str(good), "good.txt")], "bruising", timeout=0.1
    )
    assert out[0][0] is None and "took over" in out[0][1]
    assert out[1][0] is not None and out[1][1] is None  # the next document is read as usual


def test_a_document_over_the_memory_limit_fails_alone(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(LETTER)
    ((parsed, error),) = parse_isolated([(str(good), "good.txt")], "bruising", memory_mb=1)
    assert parsed is None and error  # no room even to read it: a reason, not a crash


def test_build_workers_do_not_keep_the_lock_when_the_build_is_killed(tmp_path):
    data = imported(tmp_path)
    env = {**os.environ, "FOI_DATA_DIR": str(data), "FOI_PARSE_TIMEOUT": "60"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "foi.cli", "build"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    proc.kill()
    proc.wait()
    assert main(["build", "--data-dir", str(data)]) == 0  # not refused as "in use"
