"""A document's text for the campaign match: every format the readers know (parsers.extract),
plus spreadsheets (monthly logs are often XLSX), read cell by cell with openpyxl."""

from __future__ import annotations

import io
import zipfile

from parsers.extract import extract
from parsers.model import ParseError

MAX_CELLS = 200_000  # a spreadsheet log of a few thousand rows; more is not a log


def _is_xlsx(body: bytes) -> bool:
    if not body.startswith(b"PK\x03\x04"):
        return False
    try:
        return "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(body)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def spreadsheet_text(body: bytes) -> str:
    from openpyxl import load_workbook  # only when a spreadsheet turns up

    try:
        book = load_workbook(io.BytesIO(body), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ParseError(f"unreadable spreadsheet ({exc.__class__.__name__})") from None
    lines: list[str] = []
    cells = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            values = [str(v) for v in row if v is not None]
            cells += len(values)
            if cells > MAX_CELLS:
                break
            if values:
                lines.append(" | ".join(values))
    book.close()
    return "\n".join(lines)


def document_text(body: bytes, name: str | None = None) -> str:
    """ParseError if the document cannot be read."""
    if _is_xlsx(body):
        return spreadsheet_text(body)
    return extract(body, name).text
