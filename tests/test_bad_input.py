"""Bad input: a clear one-line reason, a non-zero exit, nothing lost, no traceback."""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest

from foi.archive.store import Archive
from foi.cli import main
from parsers.model import ParseError
from parsers.response import parse_document
from tests import builders as b

GOOD_LETTER = [
    "Dear Requester,",
    "1. Was there a review of your policy on bruising in non-mobile infants?",
    "Yes. It was formally reviewed in March 2023.",
]


def zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b.CONTENT_TYPES)
        z.writestr("word/document.xml", " " * (21 * 1024 * 1024))
    return buf.getvalue()


def entity_attack() -> bytes:
    prefix = (
        '<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    return b.docx(b.para("&lol3; bruising in non-mobile babies"), document_prefix=prefix).replace(
        b"&amp;lol3;", b"&lol3;"
    )


BAD = {
    "empty.pdf": (lambda: b"", "empty file"),
    "truncated.pdf": (lambda: b.pdf([GOOD_LETTER] * 2)[:900], "damaged or truncated PDF"),
    "encrypted.pdf": (lambda: b.pdf([GOOD_LETTER], encrypt="secret"), "encrypted"),
    "scanned.pdf": (b.image_only_pdf, "no text layer"),
    "notazip.docx": (lambda: b"This is plain text pretending to be Word.", "not a DOCX"),
    "bomb.docx": (zip_bomb, "zip bomb"),
    "entities.docx": (entity_attack, "declares XML entities"),
    "unknown.txt": (lambda: bytes(range(128, 256)) * 20, "unknown encoding"),
    "potholes.txt": (
        lambda: b"Dear Requester,\n1. How many potholes were repaired in 2024?\n4,312 potholes.\n",
        "does not answer",
    ),
    "fruit.txt": (
        lambda: (
            b"Dear Requester, bruising to fruit delivered to school kitchens is checked daily.\n"
        ),
        "does not answer",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_document_gives_one_line_reason(name, campaign, registry):
    make, reason = BAD[name]
    with pytest.raises(ParseError) as err:
        parse_document(make(), name, campaign, registry)
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("name", sorted(BAD))
def test_foi_parse_exits_non_zero_without_traceback(name, tmp_path, capsys):
    path = tmp_path / name
    path.write_bytes(BAD[name][0]())
    assert main(["parse", str(path), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err and name in err


def test_oversized_file_is_refused(tmp_path, capsys, monkeypatch):
    path = tmp_path / "big.pdf"
    path.write_bytes(b.pdf([GOOD_LETTER] * 3))
    monkeypatch.setenv("FOI_MAX_BYTES", "1000")
    assert main(["parse", str(path)]) == 2
    assert "over the" in capsys.readouterr().err


def test_import_records_failures_and_carries_on(tmp_path, capsys):
    files = []
    for name in ("encrypted.pdf", "potholes.txt", "bomb.docx"):
        p = tmp_path / name
        p.write_bytes(BAD[name][0]())
        files.append(str(p))
    good = tmp_path / "good.txt"
    good.write_text("\n".join(GOOD_LETTER) + "\nExampleshire: Leeds City Council\n")
    files.insert(1, str(good))
    data = tmp_path / "data"
    assert main(["import", *files, "--data-dir", str(data)]) == 1  # some failed
    records = list(Archive(data).records())
    assert [(r.location, r.status) for r in records] == [
        ("encrypted.pdf", "failed"),
        ("good.txt", "ok"),
        ("potholes.txt", "ok"),  # read, and kept as what it is: another request's reply
        ("bomb.docx", "failed"),
    ]
    assert records[2].extra["not_a_reply"] == "other_request"
    assert all(r.reason for r in records if r.status == "failed")
    # Nothing lost: the failed documents are in the archive too, byte for byte.
    for r, f in zip(records, files, strict=True):
        assert Archive(data).read(r.sha256) == open(f, "rb").read()
    manifest = [json.loads(x) for x in (data / "manifest.jsonl").read_text().splitlines()]
    assert manifest[0]["reason"].startswith("PDF is encrypted")
    assert "Traceback" not in capsys.readouterr().err


def test_unexpected_error_is_one_line(tmp_path, capsys, monkeypatch):
    path = tmp_path / "x.txt"
    path.write_text("\n".join(GOOD_LETTER))

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("parsers.response.parse_document", boom)  # foi parse imports it when run
    monkeypatch.delenv("FOI_DEBUG", raising=False)
    assert main(["parse", str(path)]) == 3
    err = capsys.readouterr().err
    assert "disk on fire" in err and "Traceback" not in err and err.count("\n") == 1


def test_missing_file(capsys):
    assert main(["parse", os.devnull + ".missing"]) == 2
    assert "no such file" in capsys.readouterr().err
