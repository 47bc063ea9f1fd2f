"""Hostile documents (issue 15): each is small and generated here, and each must end with a
one-line reason or a correct result, not hang or crash. A hang is caught by running the parse
in a child process with a deadline (a guard, not a timing measurement)."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from parsers.extract import extract
from parsers.model import ParseError
from tests import builders

ROOT = Path(__file__).resolve().parent.parent
DEADLINE = 60  # seconds; each of these takes well under a second when bounded


def parse_in_child(tmp_path: Path, data: bytes, name: str, env: dict[str, str] | None = None):
    path = tmp_path / name
    path.write_bytes(data)
    import os

    return subprocess.run(
        [sys.executable, "-m", "foi.cli", "parse", "--force", str(path)],
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


def test_a_pdf_whose_text_is_one_huge_word_is_read_in_time(tmp_path):
    data = builders.pdf([["x" * 3_000 + "-"] * 40])  # one long word, line after line
    run = parse_in_child(tmp_path, data, "word.pdf")
    assert run.returncode in (0, 2) and "Traceback" not in run.stderr


def test_a_long_run_of_letters_in_text_or_html_is_read_in_time(tmp_path):
    letters = "a" * 200_000
    for name, data in (
        ("run.txt", f"Dear Requester\n{letters}\nYours sincerely\n".encode()),
        ("run.html", f"<html><body><p>{letters}@</p></body></html>".encode()),
    ):
        run = parse_in_child(tmp_path, data, name)
        assert run.returncode in (0, 2) and "Traceback" not in run.stderr, name


def test_a_hundred_thousand_links_are_collected_in_time(tmp_path):
    text = "\n".join(f"https://example.org/{i}" for i in range(100_000))
    run = parse_in_child(tmp_path, text.encode(), "links.txt")
    assert run.returncode in (0, 2) and "Traceback" not in run.stderr


def test_text_over_the_character_limit_is_refused_with_its_reason(tmp_path):
    text = ("Bruising in non-mobile infants. " * 1000 + "\n") * 80
    with pytest.raises(ParseError, match="FOI_MAX_CHARS"):
        extract(text.encode(), "big.txt", max_chars=100_000)


def test_list_numbers_from_a_hostile_page_or_docx_are_bounded(tmp_path):
    html = b'<html><body><ol type="a" start="2000000"><li>one</li><li>two</li></ol></body></html>'
    doc = extract(html, "list.html")
    # A start of two million is nonsense: the list counts from its first item.
    assert [b.label for b in doc.blocks if b.kind == "item"] == ["a.", "b."]
    from parsers.docx import _format

    assert _format(10**12, "lowerRoman") == str(10**12)


def test_a_docx_with_many_large_header_parts_is_read_without_them(tmp_path):
    base = builders.docx(builders.para("Dear Requester") + builders.para("Yours sincerely"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        big = "<w:t>" + "letterhead " * 60_000 + "</w:t>"
        for i in range(40):
            dst.writestr(
                f"word/header{i + 10}.xml",
                '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:p><w:r>{big}</w:r></w:p></w:hdr>",
            )
    doc = extract(out.getvalue(), "headers.docx")
    assert sum(len(b.text) for b in doc.blocks if b.kind == "furniture") < 1_000_000
