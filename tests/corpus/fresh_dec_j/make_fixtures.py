"""Write the fresh_dec_j corpus (synthetic FOI replies dense with dotted abbreviations)
and its labels.json. Deterministic: fixed dates, fixed MIME boundaries, fixed zip times.

Run: /work/main/.venv/bin/python make_fixtures.py
"""

from __future__ import annotations

import json
import re
import sys
from email import message_from_bytes, policy
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fx_docx  # noqa: E402
import fx_mail  # noqa: E402
import fx_pdf  # noqa: E402
import fx_text as T  # noqa: E402
import fx_web  # noqa: E402

URL_RE = re.compile(r"https?://[^\s<>\"']+")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def urls(texts: list[str]) -> list[str]:
    found = [u.rstrip(".,;)") for t in texts for u in URL_RE.findall(t)]
    return found


def write_text(name: str, text: str | bytes) -> Path:
    path = HERE / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def eml_text(path: Path) -> str:
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    parts = [p.get_content() for p in msg.walk()
             if p.get_content_type() in ("text/plain", "text/html")]
    return unescape(re.sub(r"<[^>]+>", " ", "\n".join(parts)))


def pdf_text(source: Path | bytes) -> str:
    """Read the PDF's own text layer back, to prove the answers are really there."""
    import io

    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(path)
    chunks = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        chunks += [c.text for row in table.rows for c in row.cells]
    return "\n".join(chunks)


def render_all() -> dict[str, tuple[list[str], str | None]]:
    """Write every document; return file -> (council texts, extracted text or None)."""
    out: dict[str, tuple[list[str], str | None]] = {}
    for spec, fn in ((T.ST_HELENS, fx_pdf.st_helens), (T.DERBYSHIRE, fx_pdf.derbyshire),
                     (T.CORNWALL, fx_pdf.cornwall)):
        texts = fn(spec, str(HERE / spec["file"]))
        out[spec["file"]] = (texts, pdf_text(HERE / spec["file"]))
    for spec, fn in ((T.HAMPSHIRE, fx_docx.hampshire), (T.WESTMINSTER, fx_docx.westminster),
                     (T.CAMBRIDGESHIRE, fx_docx.cambridgeshire)):
        texts = fn(spec, HERE / spec["file"])
        out[spec["file"]] = (texts, docx_text(HERE / spec["file"]))
    for spec, fn in ((T.TOWER_HAMLETS, fx_web.tower_hamlets), (T.BIRMINGHAM, fx_web.birmingham),
                     (T.LEEDS, fx_web.leeds)):
        html, texts = fn(spec)
        write_text(spec["file"], html)
        out[spec["file"]] = (texts, unescape(re.sub(r"<[^>]+>", " ", html)))
    for spec, fn in ((T.SHEFFIELD, fx_mail.sheffield), (T.SURREY, fx_mail.surrey)):
        text, texts = fn(spec)
        out[spec["file"]] = (texts, write_text(spec["file"], text).read_text("utf-8"))
    for spec, fn in ((T.KENT, fx_mail.kent), (T.ST_ALBANS, fx_mail.st_albans)):
        data, texts = fn(spec)
        out[spec["file"]] = (texts, eml_text(write_text(spec["file"], data)))
    pdf, texts = fx_pdf.northumberland_bytes(T.NORTHUMBERLAND)
    write_text(T.NORTHUMBERLAND["file"], fx_mail.northumberland(pdf))
    out[T.NORTHUMBERLAND["file"]] = (texts, pdf_text(pdf))
    fx_docx.medway(HERE / "medway-acknowledgement.docx")
    fx_pdf.wolverhampton(str(HERE / "wolverhampton-s47-statistics.pdf"))
    return out


def label(spec: dict) -> dict:
    status = dict.fromkeys(T.ALL, "answered") | spec.get("status", {})
    row: dict = {
        "file": spec["file"], "format": spec["file"].rsplit(".", 1)[1],
        "authority": spec["authority"], "authority_code": spec["code"],
    }
    if "sender_kind" in spec:
        row["sender_kind"] = spec["sender_kind"]
    row |= {
        "outcome": spec["outcome"], "exemptions": spec["exemptions"],
        "answers": {n: "\n".join(spec["answers"][n]) for n in T.ALL},
        "status": status, "fields": spec["fields"], "links": spec["links"],
    }
    return row


def check(spec: dict, texts: list[str], extracted: str | None) -> list[str]:
    problems = []
    if urls(texts) != spec["links"]:
        problems.append(f"{spec['file']}: links {urls(texts)} != {spec['links']}")
    if extracted is not None:
        flat = norm(extracted)
        for n in T.ALL:
            for para in spec["answers"][n]:
                if norm(para) not in flat:
                    problems.append(f"{spec['file']}: Q{n} text not found: {para[:50]}")
    return problems


def main() -> int:
    rendered = render_all()
    problems = []
    for spec in T.REPLIES:
        problems += check(spec, *rendered[spec["file"]])
    labels = [label(s) for s in T.REPLIES] + T.REJECTS
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False)
                                      + "\n", encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p)
    print(f"wrote {len(labels)} labelled documents to {HERE}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
