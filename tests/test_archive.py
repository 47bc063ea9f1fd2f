from __future__ import annotations

import os

import pytest

from foi.archive.store import Archive, Record, now, sha256


def record(**kw):
    base = dict(sha256="", source="import", location="a.txt", retrieved_at=now(), media_type="txt",
                size=0, status="ok")  # fmt: skip
    return Record(**{**base, **kw})


def test_content_addressed_and_never_rewritten(tmp_path):
    arc = Archive(tmp_path)
    r1 = arc.add(b"hello", record())
    path = arc.path_for(r1.sha256)
    assert r1.sha256 == sha256(b"hello") and path.read_bytes() == b"hello"
    mtime = path.stat().st_mtime_ns
    r2 = arc.add(b"hello", record(location="again.txt"))
    assert r2.sha256 == r1.sha256 and path.stat().st_mtime_ns == mtime
    assert not os.access(path, os.W_OK) or os.geteuid() == 0  # read-only (root ignores modes)
    assert oct(path.stat().st_mode & 0o777) == "0o444"
    assert [r.location for r in arc.records()] == ["a.txt", "again.txt"]


def test_manifest_is_append_only_and_survives_a_torn_line(tmp_path):
    arc = Archive(tmp_path)
    arc.add(b"one", record())
    with open(arc.manifest, "a") as fh:
        fh.write('{"sha256": "abc", "trunc')  # a crash mid-write
    arc.add(b"two", record(location="b.txt"))
    assert [r.location for r in arc.records()] == ["a.txt", "b.txt"]
    assert arc.verify() == []  # every stored document whole


def test_no_temporary_files_left_behind(tmp_path):
    arc = Archive(tmp_path)
    arc.add(b"x" * 1000, record())
    leftovers = [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


@pytest.mark.parametrize("data", [b"", b"\x00" * 10])
def test_any_bytes_round_trip(tmp_path, data):
    arc = Archive(tmp_path)
    r = arc.add(data, record())
    assert arc.read(r.sha256) == data and r.size == len(data)
