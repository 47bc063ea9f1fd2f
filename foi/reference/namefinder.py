"""Finding any of a few thousand names in running text, at the cost of a dict, not a regex.

The registry looks for 1,000 variants of the 153 authorities' names and 2,500 of every UK
council's in each letter. One regex of them (even as a trie) took 0.09 s to compile: a third
of a `foi parse` of a small letter. Names are looked up here by their first four characters
at each place a name can start, so building the finder is a dict of lists, and a letter costs
one lookup per capitalised word."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

HEAD = 4  # characters a name is filed under; shorter names are tried everywhere
_WORD = re.compile(r"[\w-]")  # a name is whole: not after or before one of these


@dataclass(frozen=True, slots=True)
class NameMatch:
    """One name found, read as a regex match is (`group()`, `start()`, `end()`)."""

    text: str
    begin: int
    stop: int

    def group(self, _: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop


class NameFinder:
    """Every name of `names` in a text, as whole words, not after "Greater " ("Greater
    Manchester" is not Manchester), the longest where several start at one place, and none
    overlapping: what one regex alternating the names longest first finds."""

    def __init__(self, names: Iterable[str]):
        filed: dict[str, list[str]] = {}
        short: list[str] = []
        for name in dict.fromkeys(names):
            if name:
                (filed.setdefault(name[:HEAD], []) if len(name) >= HEAD else short).append(name)
        for group in filed.values():
            group.sort(key=len, reverse=True)
        self._filed = filed
        self._short = sorted(short, key=len, reverse=True)
        firsts = "".join(sorted({n[0] for n in filed} | {n[0] for n in short}))
        # Where a name can start: one of the names' first letters, at a word's start. The
        # letter comes first and each look back ends with it (".": the letter itself), so the
        # regex engine skips from letter to letter instead of trying every character.
        self._starts = re.compile(
            rf"[{re.escape(firsts)}](?<![\w-].)(?<!Greater .)" if firsts else r"(?!)"
        )

    def finditer(self, text: str) -> Iterator[NameMatch]:
        after = 0  # matches do not overlap: the next starts where the last ended
        for start in self._starts.finditer(text):
            at = start.start()
            if at < after:
                continue
            for name in (*self._filed.get(text[at : at + HEAD], ()), *self._short):
                end = at + len(name)
                if text.startswith(name, at) and not _WORD.match(text, end):
                    yield NameMatch(name, at, end)
                    after = end
                    break
