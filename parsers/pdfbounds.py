"""What a PDF would make PDFium do, measured on its raw bytes before PDFium opens it.

PDFium inflates a page's content streams, the forms the page draws, its fonts and its inline
pictures whole when the page is loaded, with no limit of its own: a few KB of FlateDecode
applied twice become gigabytes (issue 15: killed at 6 GB). So every stream is inflated here
first, a chunk at a time (zlib's `decompressobj` with `max_length`: never more than one chunk
past a limit), and the document is held to these bounds:

- all its streams together inflate to at most FOI_MAX_INFLATED_MB (default 256 MB; each
  stage of a chain of filters counts). Pictures are not inflated here: PDFium decodes them
  only to render a page for OCR, and parsers/ocr.py checks their declared size first;
- one page's content, counting each form as many times as the page draws it and each inline
  picture, inflates to at most a sixteenth of that (16 MB: PDFium keeps about 17 bytes per
  byte of content for a page's objects), and the pages read together to at most the whole;
- one page holds at most 250,000 characters in its strings (PDFium needs about 260 bytes per
  character to extract text; a dense page of a letter has 5,000);
- at most FOI_MAX_PDF_PAGES pages (default 1,000) are read;
- the check itself stays within time: at most 500,000 objects and 100,000 streams, 8 MB of
  LZWDecode and RunLengthDecode data (decoded here in Python), and an allowance of bytes
  parsed in proportion to the file (`Meter`), so overlapping or repeated objects cannot make
  it read the file over and over.

The page tree is walked as PDFium walks it, so a tree that lists one page ten thousand times
counts ten thousand pages. Where the walk finds a different number of pages than PDFium
(a damaged file), every page is taken to cost as much as the costliest page in the file.
The reader (parsers/pdf.py) reads the pages that fit and notes the rest; a PDF whose first
page does not fit, or whose streams are over the whole, is refused with the reason.

Encrypted PDFs that open without a password (most "restricted" council PDFs) are decrypted
for the check with pdfminer.six's security handlers (RC4 through `cryptography`).

The check is in parts: the bounds and their settings (pdflimits.py), PDF tokens and objects
(pdfobjects.py), filters and content streams within a budget (pdfstreams.py), the file's
objects, streams and pages (pdffile.py), encryption (pdfcrypt.py) and each page's cost with
the page tree's walk (pdfpages.py); this module holds the check and its plan.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from parsers.model import ParseError
from parsers.pdffile import Document
from parsers.pdflimits import MB, PAGE_CHARS, PAGE_SHARE, max_inflated, max_pages
from parsers.pdfpages import PageCost, PageCosts
from parsers.pdfstreams import Budget, Over

__all__ = ["MB", "PageCost", "Plan", "check", "max_inflated", "max_pages"]


@dataclass
class Plan:
    """What the check found: the cost of each page in PDFium's order (the first pages, up to
    FOI_MAX_PDF_PAGES + 1) where the page tree could be walked, and the costliest page."""

    inflated: int
    count: int | None  # pages the walk found, None if it could not walk the tree
    pages: list[PageCost]
    locked: bool = False  # encrypted, and the empty password does not open it
    unchecked: str | None = None  # encrypted in a way the check cannot read
    costliest: Callable[[], PageCost] = PageCost  # the costliest page there could be

    @functools.cached_property
    def worst(self) -> PageCost:
        return self.costliest()

    def costs(self, n: int) -> list[PageCost]:
        """Each of PDFium's `n` pages' cost, as far as FOI_MAX_PDF_PAGES + 1."""
        upto = min(n, max_pages() + 1)
        if self.count == n and len(self.pages) >= upto:
            return self.pages[:upto]
        return [self.worst] * upto  # the walk and PDFium disagree: assume the worst

    def readable(self, n: int) -> tuple[int, str | None]:
        """How many of the `n` pages to read, and why no more (None: all of them)."""
        cap, pages = max_inflated(), max_pages()
        page_cap = cap // PAGE_SHARE
        total = 0
        for i, cost in enumerate(self.costs(n)):
            if i >= pages:
                return i, f"{n:,} pages, over FOI_MAX_PDF_PAGES={pages}"
            if cost.work > page_cap:
                return i, (
                    f"page {i + 1}'s content inflates to over {page_cap / MB:g} MB "
                    f"(a sixteenth of FOI_MAX_INFLATED_MB)"
                )
            if cost.chars > PAGE_CHARS:
                return i, f"page {i + 1} holds over {PAGE_CHARS:,} characters of text"
            total += cost.work
            if total > cap:
                return i, (
                    f"pages 1-{i + 1} inflate to over {cap / MB:g} MB together (FOI_MAX_INFLATED_MB)"
                )
        return n, None

    def render_cost(self, n: int, index: int) -> int:
        """Bytes PDFium may need for the pictures of page `index` (0-based) when rendering it:
        4 per declared pixel."""
        costs = self.costs(n)
        return 4 * (costs[index].pixels if index < len(costs) else self.worst.pixels)


def check(data: bytes) -> Plan:
    """Measure a PDF before PDFium opens it; ParseError when its streams together inflate to
    more than FOI_MAX_INFLATED_MB."""
    limit = max_inflated()
    budget = Budget(limit)
    try:
        doc = Document(data, budget)
        if doc.locked or doc.unchecked:
            return Plan(0, None, [], doc.locked, doc.unchecked)
        doc.measure()
    except Over:
        raise ParseError(
            f"PDF streams inflate to over {limit / MB:g} MB (FOI_MAX_INFLATED_MB)"
        ) from None
    costs = PageCosts(doc)
    walked = costs.walk(max_pages() + 1)
    count, pages = walked if walked else (None, [])
    return Plan(limit - budget.left, count, pages, costliest=costs.worst_page)
