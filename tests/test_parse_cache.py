"""Parse once (issue 14): `foi build` keeps every document's reading in the data directory's
parse cache and reads only what is new or changed; a change to the parser or the campaign
reads everything again by itself; a corrupt cache entry is read again, never an error; a
document over a limit keeps its verdict, with the reason, until the limit changes."""

from __future__ import annotations

import pickle
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from foi.archive.store import Archive, Record
from foi.campaigns.campaign import load_campaign
from foi.cli import main
from foi.parse import parsecache
from foi.parse.parsecache import ParseCache
from foi.parse.responses import parse_archive
from tests.test_faults import LETTER

COUNCILS = ["Kent County Council", "Leeds City Council", "Norfolk County Council"]


def letter(council: str, q3: str = "No. A paediatric assessment comes first.") -> str:
    return LETTER.replace("Kent County Council", council).replace(
        "No. A paediatric assessment comes first.", q3
    )


def imported(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    for council in COUNCILS:
        path = tmp_path / f"{council.split()[0].lower()}.txt"
        path.write_text(letter(council))
        assert main(["import", str(path), "--data-dir", str(data)]) == 0
    return data


def build(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, int]:
    """Build, and return what it says it parsed and reused."""
    capsys.readouterr()
    assert main(["build", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    m = re.search(r"documents: parsed (\d+), reused (\d+) \(parse cache\)", out)
    assert m, out
    return int(m[1]), int(m[2])


def responses(data: Path) -> pd.DataFrame:
    df = pd.read_parquet(data / "dataset" / "responses.parquet")
    return df.sort_values("authority_code").reset_index(drop=True)


def entries(data: Path) -> list[Path]:
    return sorted((data / "cache" / "parses").rglob("*.pickle"))


def test_a_second_build_parses_nothing_and_builds_the_same_dataset(tmp_path, capsys):
    data = imported(tmp_path)
    assert build(data, capsys) == (3, 0)
    first = responses(data)
    assert build(data, capsys) == (0, 3)
    pd.testing.assert_frame_equal(responses(data), first)
    assert len(entries(data)) == 3 and all(data in p.parents for p in entries(data))


def test_a_build_after_one_document_changed_parses_that_one(tmp_path, capsys):
    data = imported(tmp_path)
    build(data, capsys)
    # As a re-crawl records it: the same address, new bytes.
    archive = Archive(data)
    old = next(r for r in archive.records() if r.location == "leeds.txt")
    changed = letter("Leeds City Council", "Yes. In every case a strategy discussion is held.")
    archive.add(
        changed.encode(),
        Record(
            sha256="", source="import", location="leeds.txt", retrieved_at="2099-01-01T00:00:00Z",
            media_type="txt", size=0, status="ok", authority_code=old.authority_code,
            campaign=old.campaign,
        ),
    )  # fmt: skip
    assert build(data, capsys) == (1, 3)
    leeds = responses(data).set_index("authority_code").loc[old.authority_code]
    assert leeds["s47_all_cases"] == "yes"


def test_a_parser_change_reads_everything_again(tmp_path, capsys, monkeypatch):
    data = imported(tmp_path)
    build(data, capsys)
    before = {p.parent.parent for p in entries(data)}
    monkeypatch.setattr(parsecache, "parser_version", lambda: "a-new-parser")
    assert build(data, capsys) == (3, 0)
    assert build(data, capsys) == (0, 3)
    after = {p.parent.parent for p in entries(data)}
    assert after.isdisjoint(before) and not any(p.exists() for p in before)  # old ones removed


def test_the_parser_version_follows_the_parsers_code(tmp_path, monkeypatch):
    copy = tmp_path / "parsers"
    shutil.copytree(parsecache._parsers_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(parsecache, "_parsers_dir", lambda: copy)
    parsecache.parser_version.cache_clear()
    try:
        first = parsecache.parser_version()
        parsecache.parser_version.cache_clear()
        assert parsecache.parser_version() == first  # stable while nothing changes
        with open(copy / "split.py", "a") as fh:
            fh.write("\n# a change to a rule\n")
        parsecache.parser_version.cache_clear()
        assert parsecache.parser_version() != first
    finally:
        parsecache.parser_version.cache_clear()


def test_a_campaign_change_reads_everything_again(tmp_path, capsys):
    data = imported(tmp_path)
    build(data, capsys)
    toml = Path(load_campaign().rules.__file__).with_suffix(".toml")  # type: ignore[union-attr]
    edited = tmp_path / "edited.toml"
    edited.write_text(toml.read_text("utf-8") + "\n# a reworded rule\n", "utf-8")
    assert load_campaign(edited).version != load_campaign().version
    capsys.readouterr()
    assert main(["--campaign", str(edited), "build", "--data-dir", str(data)]) == 0
    assert "documents: parsed 3, reused 0" in capsys.readouterr().out


def test_a_corrupt_or_planted_cache_entry_is_read_again(tmp_path, capsys):
    data = imported(tmp_path)
    build(data, capsys)
    first = responses(data)
    truncated, garbage, planted = entries(data)
    truncated.write_bytes(truncated.read_bytes()[:40])
    garbage.write_bytes(b"\x00not a pickle")
    marker = tmp_path / "ran"

    class Planted:  # unpickling this would run a command
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (shutil.copyfile, (str(truncated), str(marker)))

    planted.write_bytes(pickle.dumps(Planted()))
    assert build(data, capsys) == (3, 0)
    assert not marker.exists()
    pd.testing.assert_frame_equal(responses(data), first)
    assert build(data, capsys) == (0, 3)  # rewritten whole


def test_an_unwritable_cache_is_only_slower(tmp_path, capsys):
    data = imported(tmp_path)
    (data / "cache").write_text("not a folder")  # no entry can be written under it
    assert build(data, capsys) == (3, 0)
    assert build(data, capsys) == (3, 0)


def test_a_document_over_the_time_limit_keeps_its_verdict(tmp_path, monkeypatch):
    from foi.parse import isolate

    data = imported(tmp_path)
    slow = tmp_path / "slow.txt"  # about half a second to read: far over the limit below
    slow.write_text(
        LETTER
        + "\n".join(
            f"{i}. The partnership met again on day {i} about case {i * 7}." for i in range(20_000)
        )
    )
    assert main(["import", str(slow), "--data-dir", str(data)]) == 0
    campaign, registry = load_campaign(), None
    monkeypatch.setattr(isolate, "TIMEOUT", 0.1)

    def read() -> tuple[dict[str, str | None], ParseCache]:
        cache = ParseCache(data, campaign)
        reads = parse_archive(Archive(data), campaign, registry, cache=cache)
        return {r.record.location: r.error for r in reads}, cache

    errors, cache = read()
    assert errors["slow.txt"] == "took over 0.1 s to read (FOI_PARSE_TIMEOUT)"
    assert (cache.parsed, cache.reused) == (4, 0)
    again, cache = read()  # the same verdict, without reading it again
    assert again == errors and (cache.parsed, cache.reused) == (0, 4)
    monkeypatch.setattr(isolate, "TIMEOUT", 0.15)  # another limit: the verdict is reconsidered
    errors, cache = read()
    assert errors["slow.txt"] == "took over 0.15 s to read (FOI_PARSE_TIMEOUT)"
    assert (cache.parsed, cache.reused) == (1, 3)


def test_a_document_that_is_not_a_reply_keeps_its_verdict(tmp_path):
    data = imported(tmp_path)
    ack = tmp_path / "ack.txt"
    ack.write_text(
        "Dear Requester\n\nThank you for your request for information about bruising in "
        "non-mobile infants, which we received on 3 November 2025. We will respond within 20 "
        "working days.\n\nInformation Governance Team\nKent County Council\n"
    )
    assert main(["import", str(ack), "--data-dir", str(data)]) == 0
    campaign = load_campaign()
    first = ParseCache(data, campaign)
    reads = parse_archive(Archive(data), campaign, None, cache=first)
    error = next(r.error for r in reads if r.record.location == "ack.txt")
    second = ParseCache(data, campaign)
    again = parse_archive(Archive(data), campaign, None, cache=second)
    assert error and next(r.error for r in again if r.record.location == "ack.txt") == error
    assert second.parsed == 0 and second.reused == 4
