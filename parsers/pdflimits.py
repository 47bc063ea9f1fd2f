"""The bounds the PDF check holds a document to (see parsers/pdfbounds.py), and the
settings that change them."""

from __future__ import annotations

import os

MB = 1024 * 1024
CHUNK = MB  # bytes inflated at a time
PAGE_SHARE = 16  # one page's content may inflate to 1/16 of FOI_MAX_INFLATED_MB
PAGE_CHARS = 250_000
MAX_OBJECTS = 500_000  # objects in the file, object streams included
MAX_STREAMS = 100_000
TOKEN_COST = 32  # bytes of the allowance a token costs beyond its own (Python's time per token)
MAX_VERSIONS = 16  # versions of one object weighed (an update of a file adds one)
MAX_TOKENS = 2_000_000  # tokens in one object
MAX_NESTING = 256  # arrays and dictionaries inside one another
MAX_FORM_DEPTH = 64  # forms drawing forms
MAX_INLINE = 100_000  # inline pictures in one content stream
SLOW_MAX = 8 * MB  # LZWDecode and RunLengthDecode input read in all (about 3 s in Python)
OVER = 1 << 62  # the cost of something over a limit


def _env_int(name: str, default: int) -> int:
    try:
        value = int(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


def max_inflated() -> int:
    """FOI_MAX_INFLATED_MB, in bytes."""
    return _env_int("FOI_MAX_INFLATED_MB", 256) * MB


def max_pages() -> int:
    return _env_int("FOI_MAX_PDF_PAGES", 1000)
