"""FOI responses: crawl, read and compare councils' answers to a round-robin request."""

__version__ = "0.1.0"
