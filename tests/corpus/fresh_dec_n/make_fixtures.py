"""Write the fresh_dec_n synthetic corpus: 20 replies, 3 non-replies, labels.json.

An ordinary month of replies to the bruising round-robin request, from councils picked
for nothing in particular, plus one from a district council that got the request by
mistake. Every word and every position is invented. Deterministic: run it twice and
the bytes are the same.

    .venv/bin/python tests/corpus/fresh_dec_n/make_fixtures.py
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

import email  # noqa: E402
import html  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import zipfile  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402
from email import policy  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _fx_docx  # noqa: E402
import _fx_mail  # noqa: E402
import _fx_pdf  # noqa: E402
import _fx_txt  # noqa: E402
import _fx_web  # noqa: E402
from _fx_common import Reject, Reply, find_links, flat, label_for  # noqa: E402

SKIPPED: set[str] = set()  # formats the self-check could not read here
Builder = tuple[Reply | Reject, Callable[[Path], list[str]]]
README = """# fresh_dec_n: an ordinary month of replies (synthetic)

Twenty invented replies to the bruising-in-non-mobile-infants FOI round robin (19
councils with children's services and one district council) and three non-replies, in
PDF, DOCX, EML, HTML and TXT, with `labels.json` in the format of
`shared/corpus/README.md`. All wording and positions are synthetic: not real council
replies. Regenerate with `make_fixtures.py`.
"""


def builders() -> dict[str, Builder]:
    out: dict[str, Builder] = {}
    for module in (_fx_pdf, _fx_docx, _fx_mail, _fx_web, _fx_txt):
        out.update(module.BUILDERS)
    return dict(sorted(out.items()))


def docx_text(data: bytes) -> str:
    """Body, header and footer text of a DOCX in document order."""
    from lxml import etree

    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    lines = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in sorted(zf.namelist()):
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(zf.read(name))
                for par in root.iter(f"{ns}p"):
                    lines.append("".join(t.text or "" for t in par.iter(f"{ns}t")))
    return "\n".join(lines)


def pdf_text(data: bytes) -> str | None:
    if shutil.which("pdftotext"):  # poppler, if the machine has it
        done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True,
                              check=True)  # fmt: skip
        return done.stdout.decode("utf-8")
    SKIPPED.add("pdf")
    return None


def eml_text(data: bytes) -> str | None:
    msg = email.message_from_bytes(data, policy=policy.default)
    chunks: list[str] = []
    for part in msg.walk():
        kind = part.get_content_type()
        if kind in ("text/plain", "text/html"):
            chunks.append(html.unescape(part.get_content()))
        elif kind == "application/pdf":
            text = pdf_text(part.get_payload(decode=True))
            if text is None:
                return None
            chunks.append(text)
        elif kind.endswith("wordprocessingml.document"):
            chunks.append(docx_text(part.get_payload(decode=True)))
    return "\n".join(chunks)


def extract(path: Path) -> tuple[str, str] | None:
    """Text to find answers in, and text to find links in (raw markup for HTML)."""
    data = path.read_bytes()
    kind = path.suffix[1:]
    text = {"pdf": pdf_text, "docx": docx_text, "eml": eml_text}.get(kind)
    if text is not None:
        found = text(data)
        return None if found is None else (found, found)
    raw = data.decode("utf-8")
    if kind == "html":
        from lxml import html as lxml_html

        # visible text for answers; raw markup keeps every href for the links
        return lxml_html.fromstring(raw).text_content(), raw
    return raw, raw


def squash(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def check(path: Path, doc: Reply | Reject, label: dict[str, object]) -> list[str]:
    """Every labelled answer and link must really be in the file."""
    got = extract(path)
    if got is None or isinstance(doc, Reject):
        return []
    text, link_source = got
    problems = []
    flat_text = squash(text)
    for q in "12345":
        for piece in flat(doc.answers.get(q)):
            if squash(piece) not in flat_text:
                problems.append(f"{path.name}: answer {q} not found: {piece[:50]}")
    found = [u for u in find_links([link_source]) if u != _fx_mail.PANEL_URL]
    if found != label["links"]:
        problems.append(f"{path.name}: links {found} != {label['links']}")
    return problems


def main() -> int:
    labels, problems = [], []
    for name, (doc, build) in builders().items():
        reading = build(HERE / name)
        label = label_for(doc, reading)
        labels.append(label)
        problems += check(HERE / name, doc, label)
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (HERE / "README.md").write_text(README, encoding="utf-8")
    formats = Counter(str(lab["format"]) for lab in labels)
    outcomes = Counter(str(lab.get("outcome", "reject")) for lab in labels)
    print(f"{len(labels)} documents; formats {dict(formats)};")
    print(f"outcomes {dict(outcomes)}")
    print("\n".join(problems) or "self-check: every answer and link found")
    if SKIPPED:
        print(f"self-check skipped (no reader installed): {sorted(SKIPPED)}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
