"""What every mirror site is made of: a site folder with its routes, the HTML helpers, and the
few generated (non-campaign) documents, all byte-for-byte reproducible."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path

SYNTH = "<!-- Synthetic mirror page - not a real council site -->"
ROBOTS = "User-agent: *\nDisallow: /private/\n"
HTML_TYPE = "text/html; charset=utf-8"
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
JSON_TYPE = "application/json"


class Site:
    """One site folder: files written, routes collected, routes.json written at the end.

    A site is served by foi.mirror.serve(): a path is answered from the folder's routes.json
    ("P?Q" or "P" -> {"file", "type", "status"} | {"status"} | {"redirect"}), else from the
    file P under the folder, else 404."""

    def __init__(self, sites: Path, name: str) -> None:
        self.name = name
        self.root = sites / name
        self.root.mkdir(parents=True)
        self.routes: dict[str, dict] = {}
        self.write("robots.txt", ROBOTS)

    def write(self, rel: str, data: str | bytes) -> str:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        path.write_bytes(data)
        return rel

    def route(self, key: str, **value: object) -> None:
        assert key not in self.routes, key
        self.routes[key] = value

    def file(self, key: str, rel: str, data: str | bytes, ctype: str = HTML_TYPE) -> None:
        """Write a file and answer the route with it."""
        self.write(rel, data)
        self.routes[key] = {"file": rel, "type": ctype}

    def page(self, key: str, rel: str, body: str) -> None:
        assert SYNTH in body, rel
        self.write(rel, body)
        self.route(key, file=rel, type=HTML_TYPE)

    def check(self) -> None:
        for p in self.root.rglob("*.html"):
            assert SYNTH in p.read_text("utf-8"), p
        for key, r in self.routes.items():
            if "file" in r:
                assert (self.root / r["file"]).is_file(), (self.name, key)

    def finish(self) -> None:
        self.check()
        self.write(
            "routes.json",
            json.dumps(dict(sorted(self.routes.items())), indent=1, ensure_ascii=False) + "\n",
        )


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paras_html(text: str) -> str:
    """Alaveteli-style rendering: one <p> per paragraph, <br> for the line breaks inside it."""
    text = text.replace("\r\n", "\n").strip("\n")
    out = []
    for block in re.split(r"\n[ \t]*\n", text):
        if not block.strip():
            continue
        lines = [esc(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def short_date(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def slugify(s: str, sep: str = "-") -> str:
    return re.sub(r"[^a-z0-9]+", sep, s.lower()).strip(sep)


def alaveteli_url_part(s: str, max_len: int = 32) -> str:
    """Alaveteli's simplify_url_part: lower case, non-alphanumerics to '_', cut to 32."""
    return re.sub(r"_+", "_", re.sub(r"[^a-z0-9]", "_", s.lower())).strip("_")[:max_len].rstrip("_")


def wrap(text: str, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + [cur] if cur else lines


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF (reportlab's invariant mode: the same bytes every run)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Synthetic mirror")
    c.setFont("Helvetica-Bold", 13)
    y = 800
    c.drawString(56, y, title)
    c.setFont("Helvetica", 10)
    y -= 18
    c.drawString(56, y, "Synthetic test document - not a real council response")
    y -= 26
    for line in lines:
        c.drawString(56, y, line)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}
ZIP_TIME = (2025, 12, 1, 9, 0, 0)  # every zip member's timestamp


def zip_parts(parts: dict[str, str | bytes], when: tuple[int, ...] = ZIP_TIME) -> bytes:
    """A zip (a DOCX) with fixed timestamps, so its bytes do not depend on the clock."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def restamp(data: bytes, when: tuple[int, ...]) -> bytes:
    """The same zip (a DOCX) with every member's timestamp set to `when`: a zip written with
    the clock's time (tests/builders.py) made the same bytes every run."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as z:
        for old in src.infolist():
            info = zipfile.ZipInfo(old.filename, date_time=when)
            info.compress_type = old.compress_type
            info.external_attr = old.external_attr
            z.writestr(info, src.read(old))
    return buf.getvalue()


def make_docx(paragraphs: list[str]) -> bytes:
    """A minimal valid WordprocessingML package."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return zip_parts({**DOCX_PARTS, "word/document.xml": document})
