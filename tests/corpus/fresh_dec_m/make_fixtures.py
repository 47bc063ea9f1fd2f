"""Write the fresh_dec_m corpus: synthetic FOI replies whose answers sit in tables.

Run with the project interpreter from any directory:
    /work/main/.venv/bin/python tests/corpus/fresh_dec_m/make_fixtures.py
Everything is deterministic (fixed dates, fixed PDF IDs, fixed zip timestamps, fixed MIME
boundaries), so re-running reproduces the same files and labels.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
sys.path.insert(0, str(HERE))

import docx_letters_a  # noqa: E402
import docx_letters_b  # noqa: E402
import mail_messages  # noqa: E402
import pdf_letters_a  # noqa: E402
import pdf_letters_b  # noqa: E402
import web_pages  # noqa: E402

README = """# fresh_dec_m: synthetic FOI replies laid out in tables

Sixteen synthetic documents (14 replies to the bruising round-robin request, 2 non-replies)
in PDF, DOCX, HTML and EML, whose answers are set out in tables of many shapes. Council names
and GSS codes are real; every word and every position attributed to a council is invented.
`make_fixtures.py` regenerates the documents and `labels.json`.
"""


def main() -> None:
    labels = []
    for mod in (pdf_letters_a, pdf_letters_b, docx_letters_a, docx_letters_b, web_pages,
                mail_messages):
        labels += mod.build_all(HERE)
    labels.sort(key=lambda d: d["file"])
    files = {d["file"] for d in labels}
    assert len(files) == len(labels), "duplicate file names"
    for d in labels:
        assert (HERE / d["file"]).is_file(), d["file"]
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {len(labels)} documents to {HERE}")


if __name__ == "__main__":
    main()
