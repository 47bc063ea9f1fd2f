"""A stream's data through its filters, inflated a chunk at a time and counted against a
`Budget` (so no stream is inflated past a limit), and what a content stream asks for when
PDFium loads it as a page: its inline pictures inflated, the characters of its strings, the
XObjects it draws."""

from __future__ import annotations

import base64
import binascii
import functools
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from parsers.model import ParseError
from parsers.pdflimits import CHUNK, MAX_INLINE, MB, OVER, SLOW_MAX
from parsers.pdfobjects import REG, WS, Bad, decode_name, parse_value

Data = bytes | memoryview  # a slice of a stream as it passes through its filters


class Over(Exception):
    """More inflated bytes than the limit allows."""


class Budget:
    def __init__(self, limit: int):
        self.limit, self.left = limit, limit
        self.slow_left = SLOW_MAX  # LZW and RunLength data: decoded in Python, code by code

    def take_slow(self, n: int) -> None:
        self.slow_left -= n
        if self.slow_left < 0:
            raise ParseError(
                f"PDF has over {SLOW_MAX // MB} MB of LZWDecode or RunLengthDecode data "
                "(too slow to check)"
            )

    def take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise Over


def _inflate(chunks: Iterable[Data], _parms: Any) -> Iterator[bytes]:
    d = zlib.decompressobj()
    try:
        for chunk in chunks:
            buf = chunk
            while buf and not d.eof:
                out = d.decompress(buf, CHUNK)
                buf = d.unconsumed_tail
                if out:
                    yield out
            if d.eof:
                return
        while not d.eof:
            out = d.decompress(b"", CHUNK)
            if not out:
                return
            yield out
    except zlib.error:
        return  # damaged: PDFium keeps what came before, and so is it counted


def gather(chunks: Iterable[Data]) -> bytes:
    return b"".join(chunks)


def _lzw(chunks: Iterable[Data], parms: Any, budget: Budget | None = None) -> Iterator[bytes]:
    """LZWDecode (early change 1 unless the parameters say 0), read chunk by chunk up to
    its end-of-data code, as PDFium reads it."""
    early = parms.get("EarlyChange", 1) if isinstance(parms, dict) else 1
    early = 1 if early not in (0, 1) else early
    table = [bytes((i,)) for i in range(256)] + [b"", b""]
    width, prev, out = 9, b"", bytearray()
    bits = nbits = 0
    for chunk in chunks:
        if budget is not None:
            budget.take_slow(len(chunk))
        for byte in chunk:
            bits, nbits = (bits << 8) | byte, nbits + 8
            while nbits >= width:
                nbits -= width
                code = (bits >> nbits) & ((1 << width) - 1)
                bits &= (1 << nbits) - 1
                if code == 256:
                    del table[258:]
                    width, prev = 9, b""
                    continue
                if code < len(table) and code != 257:
                    entry = table[code]
                    if prev and len(table) < 4096:
                        table.append(prev + entry[:1])
                elif code == len(table) and prev:
                    entry = prev + prev[:1]
                    table.append(entry)
                else:  # the end of the data, or a code no table holds
                    yield bytes(out)
                    return
                out += entry
                prev = entry
                if len(table) + early >= (1 << width) and width < 12:
                    width += 1
                if len(out) >= CHUNK:
                    yield bytes(out)
                    out.clear()
    yield bytes(out)


def _hex(chunks: Iterable[Data], _parms: Any) -> Iterator[bytes]:
    data = gather(chunks).split(b">", 1)[0]
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", data)
    yield binascii.unhexlify(digits + b"0" * (len(digits) % 2))


def _a85(chunks: Iterable[Data], _parms: Any) -> Iterator[bytes]:
    data = gather(chunks)
    data = data.split(b"~>", 1)[0]
    if data.lstrip().startswith(b"<~"):
        data = data.lstrip()[2:]
    data = re.sub(rb"[\x00\t\n\x0c\r ]", b"", data)
    digits = re.match(rb"[!-uz]*", data)  # (always a match, empty where none lead)
    data = digits.group() if digits else b""
    if len(data) % 5 == 1:
        data = data[:-1]
    try:
        yield base64.a85decode(data)
    except ValueError:
        return


def _runlength(
    chunks: Iterable[Data], _parms: Any, budget: Budget | None = None
) -> Iterator[bytes]:
    data = gather(chunks)
    if budget is not None:
        budget.take_slow(len(data))
    i, out = 0, bytearray()
    while i < len(data):
        n = data[i]
        if n < 128:
            out += data[i + 1 : i + 2 + n]
            i += n + 2
        elif n > 128:
            out += data[i + 1 : i + 2] * (257 - n)
            i += 2
        else:
            break
        if len(out) >= CHUNK:
            yield bytes(out)
            out.clear()
    yield bytes(out)


def _identity(chunks: Iterable[Data], _parms: Any) -> Iterator[Data]:
    yield from chunks


FILTERS: dict[str, Callable[[Iterable[Data], Any], Iterator[Data]]] = {
    "FlateDecode": _inflate,
    "Fl": _inflate,
    "LZWDecode": _lzw,
    "LZW": _lzw,
    "ASCIIHexDecode": _hex,
    "AHx": _hex,
    "ASCII85Decode": _a85,
    "A85": _a85,
    "RunLengthDecode": _runlength,
    "RL": _runlength,
    "Crypt": _identity,
}


def _counted(chunks: Iterable[Data], budget: Budget) -> Iterator[Data]:
    for chunk in chunks:
        budget.take(len(chunk))
        yield chunk


def _slices(raw: bytes | memoryview, size: int = 64 * 1024) -> Iterator[memoryview]:
    view = memoryview(raw)
    for i in range(0, len(view), size):
        yield view[i : i + size]


def decoded(
    raw: bytes | memoryview,
    filters: list[Any],
    parms: list[Any],
    budget: Budget,
    skip_last: bool = False,
) -> Iterator[Data]:
    """The stream's data through its filters, every stage's output counted in `budget`; the
    chain stops at a picture codec (DCT, JPX, CCITT, JBIG2) or an unknown filter. The data
    is fed in slices, so a filter that ends early (FlateDecode's end, LZW's end-of-data
    code) reads no further."""
    chunks: Iterable[Data] = _slices(raw)
    stages = filters[:-1] if skip_last else filters
    for i, name in enumerate(stages):
        stage = FILTERS.get(name) if isinstance(name, str) else None
        if stage is None:
            return iter(())
        if stage in (_lzw, _runlength):
            stage = functools.partial(stage, budget=budget)
        chunks = _counted(stage(chunks, parms[i] if i < len(parms) else None), budget)
    return iter(chunks)


DO = re.compile(rb"/(" + REG + rb"+)" + WS + rb"*Do(?!" + REG + rb")")
LITERAL = re.compile(rb"\((?:[^()\\]++|\\.)*+\)", re.S)
HEXSTR = re.compile(rb"<[0-9A-Fa-f\x00\t\n\x0c\r ]*>")
INLINE = re.compile(rb"(?<!" + REG + rb")BI(?!" + REG + rb")")
INLINE_DATA = re.compile(rb"(?<!" + REG + rb")ID" + WS)


@dataclass
class Stats:
    """One content stream or form: what it inflates to (with its inline pictures), how many
    bytes its strings hold (at least the characters it draws) and the XObjects it draws."""

    size: int = 0
    chars: int = 0
    draws: Counter[str] = field(default_factory=Counter)

    def worst(self, other: Stats) -> Stats:
        draws = Counter(self.draws)
        for name, n in other.draws.items():
            draws[name] = max(draws[name], n)
        return Stats(max(self.size, other.size), max(self.chars, other.chars), draws)


def analyse(content: bytes, limit: int, budget: Budget | None = None) -> Stats:
    stats = Stats(size=len(content))
    rest = LITERAL.sub(b"", content)
    stats.chars = len(content) - len(rest)
    stats.chars += (len(rest) - len(HEXSTR.sub(b"", rest))) // 2
    stats.draws = Counter(str(decode_name(m)) for m in DO.findall(content))
    for n, m in enumerate(INLINE.finditer(content)):
        if n >= MAX_INLINE or stats.size > limit:
            stats.size = OVER
            break
        stats.size += _inline_picture(content, m.end(), limit - stats.size, budget)
    return stats


def _inline_picture(content: bytes, pos: int, limit: int, document: Budget | None) -> int:
    """Bytes PDFium inflates to find where an inline picture (BI ... ID ... EI) ends: it
    decodes FlateDecode and LZWDecode data when it parses the page."""
    data = INLINE_DATA.search(content, pos, pos + 4096)
    if data is None:
        return 0
    try:
        head, _ = parse_value(b"<<" + content[pos : data.start()] + b">>", 0)
    except Bad:
        return 0
    if not isinstance(head, dict):
        return 0
    filters = head.get("F", head.get("Filter"))
    first = filters[0] if isinstance(filters, list) and filters else filters
    if first not in ("FlateDecode", "Fl", "LZWDecode", "LZW"):
        return 0
    budget = Budget(max(limit, 0))
    if document is not None:
        budget.slow_left = document.slow_left  # the document's allowance, shared
    try:
        rest = memoryview(content)[data.end() :]
        for _ in decoded(rest, [first], [head.get("DP")], budget):
            pass
    except Over:
        return OVER
    finally:
        if document is not None:
            document.slow_left = budget.slow_left
    return budget.limit - budget.left
