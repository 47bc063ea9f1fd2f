"""Reading council responses: document bytes in; text, answers and coded facts out.

Plain Python: nothing here imports Scrapy, so a parser fix re-runs over the raw archive.
"""

from parsers.model import Block, Document, ParseError

__all__ = ["Block", "Document", "ParseError"]
