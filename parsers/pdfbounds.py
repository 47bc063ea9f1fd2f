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
"""

from __future__ import annotations

import base64
import binascii
import bisect
import functools
import itertools
import os
import re
import struct
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from hashlib import md5
from typing import Any

from parsers.model import ParseError

MB = 1024 * 1024
Data = bytes | memoryview  # a slice of a stream as it passes through its filters
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


# -- tokens and objects ---------------------------------------------------------------------

_WS = rb"[\x00\t\n\x0c\r ]"
_REG = rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]"  # a character of a name, number or keyword
# Possessive quantifiers throughout: no input makes these patterns backtrack (a run of "%"
# or of digits would otherwise be split every possible way before failing).
SPACE = re.compile(rb"(?:" + _WS + rb"|%[^\r\n]*+)*+")
TOKEN = re.compile(
    rb"(?:(?P<ref>\d{1,10})" + _WS + rb"+(?P<gen>\d{1,5})" + _WS + rb"+R(?!" + _REG + rb")"
    rb"|(?P<num>[+-]?+(?:\d++(?:\.\d*+)?+|\.\d++))(?!" + _REG + rb")"
    rb"|(?P<name>/" + _REG + rb"*)"
    rb"|(?P<open><<|\[)"
    rb"|(?P<close>>>|\])"
    rb"|(?P<hex><)"
    rb"|(?P<str>\()"
    rb"|(?P<kw>" + _REG + rb"+))"
)
STRING_PART = re.compile(rb"\\(?:[0-7]{1,3}|\r\n|.)|[()]", re.S)
ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
OBJ = re.compile(rb"(?<![0-9])(\d{1,10})" + _WS + rb"+(\d{1,5})" + _WS + rb"+obj(?!" + _REG + rb")")
STREAM = re.compile(rb"(?:" + _WS + rb"|%[^\r\n]*+)*+stream(?:\r\n|\n|\r)?")
ENDSTREAM = re.compile(_WS + rb"*endstream")
TRAILER = re.compile(rb"trailer(?!" + _REG + rb")")
MAX_STRING = MB  # a string in a dictionary; longer is not a PDF object


class Name(str):
    """A PDF name (/Type), told apart from a string."""


@dataclass(frozen=True)
class Ref:
    num: int
    gen: int


class Keyword(bytes):
    """A bare word that is not true, false or null."""


class Bad(Exception):
    """Bytes that are not a PDF object."""


class Over(Exception):
    """More inflated bytes than the limit allows."""


class Meter:
    """Bytes the parser may read in all (each token counting TOKEN_COST more): an allowance
    in proportion to the file, so that no arrangement of overlapping objects makes the
    check read the file over and over, and a file of nothing but tokens is read in time."""

    def __init__(self, allowance: int):
        self.left = allowance

    def charge(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise ParseError("PDF is too convoluted to check (its objects overlap or repeat)")


def _string(data: bytes, pos: int, meter: Meter | None) -> tuple[bytes, int]:
    depth, out, i = 1, bytearray(), pos
    for n, m in enumerate(STRING_PART.finditer(data, pos, min(len(data), pos + MAX_STRING))):
        out += data[i : m.start()]
        t = m.group()
        i = m.end()
        if meter and n % 1024 == 1023:
            meter.charge(TOKEN_COST * 1024)
        if t == b"(":
            depth += 1
            out += t
        elif t == b")":
            depth -= 1
            if depth == 0:
                if meter:
                    meter.charge(i - pos + TOKEN_COST * (n % 1024))
                return bytes(out), i
            out += t
        elif t[1:2].isdigit():
            out.append(int(t[1:], 8) & 0xFF)
        elif t[1:] in (b"\r\n", b"\n", b"\r"):
            pass  # a line continued
        else:
            out += ESCAPES.get(t[1:], t[1:])
    if meter:
        meter.charge(min(len(data) - pos, MAX_STRING))
    raise Bad("unterminated string")


@functools.lru_cache(maxsize=4096)
def _name(raw: bytes) -> Name:
    return Name(NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1"))


def parse_value(data: bytes, pos: int, meter: Meter | None = None) -> tuple[Any, int]:
    """One PDF object (not a stream's data) from `pos`: dict, list, Name, Ref, int, float,
    bytes, bool, None or Keyword, and where it ends."""
    stack: list[tuple[bytes, list[Any]]] = []
    for _ in range(MAX_TOKENS):
        start = pos
        space = SPACE.match(data, pos)  # (always a match, empty where there is no space)
        pos = space.end() if space else pos
        m = TOKEN.match(data, pos)
        if meter:
            meter.charge(pos - start + (m.end() - pos if m else 1) + TOKEN_COST)
        if m is None:
            raise Bad("not a PDF object")
        pos = m.end()
        value: Any
        kind = m.lastgroup
        if kind == "gen":
            value = Ref(int(m["ref"]), int(m["gen"]))
        elif kind == "num":
            text = m["num"]
            value = float(text) if b"." in text else int(text)
        elif kind == "name":
            value = _name(m["name"][1:])
        elif kind == "open":
            if len(stack) >= MAX_NESTING:
                raise Bad("nested too deeply")
            stack.append((m["open"], []))
            continue
        elif kind == "close":
            if not stack or (stack[-1][0] == b"<<") != (m["close"] == b">>"):
                raise Bad("unbalanced")
            opened, items = stack.pop()
            value = _dict(items) if opened == b"<<" else items
        elif kind == "hex":
            end = data.find(b">", pos, pos + MAX_STRING)
            if meter:
                meter.charge(end - pos if end >= 0 else min(len(data) - pos, MAX_STRING))
            if end < 0:
                raise Bad("unterminated string")
            digits = re.sub(rb"[^0-9A-Fa-f]", b"", data[pos:end])
            value = binascii.unhexlify(digits + b"0" * (len(digits) % 2))
            pos = end + 1
        elif kind == "str":
            value, pos = _string(data, pos, meter)
        else:
            word = m["kw"]
            if word in (b"true", b"false"):
                value = word == b"true"
            elif word == b"null":
                value = None
            elif stack and word in (b"obj", b"endobj", b"stream", b"endstream", b"xref"):
                raise Bad("an object cut short")
            else:
                value = Keyword(word)
        if not stack:
            return value, pos
        stack[-1][1].append(value)
    raise Bad("too many tokens")


def _dict(items: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    i = 0
    while i < len(items) - 1:
        if isinstance(items[i], Name):
            out[items[i]] = items[i + 1]
            i += 2
        else:
            i += 1
    return out


_UNREAD = object()


class Obj:
    """One object found in the file or in an object stream, parsed when first asked for."""

    __slots__ = ("num", "gen", "pos", "buf", "at", "stop", "meter", "_value", "start", "end")

    def __init__(self, num: int, gen: int, pos: int, buf: bytes, at: int, stop: int, meter: Meter):
        self.num, self.gen = num, gen
        self.pos = pos  # where it is in the file (its object stream's place, for one in one)
        self.buf, self.at, self.stop = buf, at, stop  # its bytes, up to the next object
        self.meter = meter
        self._value: Any = _UNREAD
        self.start = self.end = -1  # a stream's data, as stored

    @property
    def value(self) -> Any:
        if self._value is _UNREAD:
            try:
                self._value, _ = parse_value(self.buf, self.at, self.meter)
            except Bad:
                self._value = None
        return self._value


# -- filters --------------------------------------------------------------------------------


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


def _gather(chunks: Iterable[Data]) -> bytes:
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
    data = _gather(chunks).split(b">", 1)[0]
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", data)
    yield binascii.unhexlify(digits + b"0" * (len(digits) % 2))


def _a85(chunks: Iterable[Data], _parms: Any) -> Iterator[bytes]:
    data = _gather(chunks)
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
    data = _gather(chunks)
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


# -- what a content stream asks for -----------------------------------------------------------

DO = re.compile(rb"/(" + _REG + rb"+)" + _WS + rb"*Do(?!" + _REG + rb")")
LITERAL = re.compile(rb"\((?:[^()\\]++|\\.)*+\)", re.S)
HEXSTR = re.compile(rb"<[0-9A-Fa-f\x00\t\n\x0c\r ]*>")
INLINE = re.compile(rb"(?<!" + _REG + rb")BI(?!" + _REG + rb")")
INLINE_DATA = re.compile(rb"(?<!" + _REG + rb")ID" + _WS)


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
    stats.draws = Counter(str(_name(m)) for m in DO.findall(content))
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


# -- the document -------------------------------------------------------------------------------


@dataclass
class PageCost:
    work: int = 0  # bytes of content inflated to load the page, forms counted per use
    chars: int = 0  # bytes in the strings it draws
    pixels: int = 0  # declared pixels of the pictures it draws, each once

    def __add__(self, other: PageCost) -> PageCost:
        return PageCost(
            self.work + other.work, self.chars + other.chars, self.pixels + other.pixels
        )

    def times(self, n: int) -> PageCost:
        return PageCost(self.work * n, self.chars * n, self.pixels)

    def max(self, other: PageCost) -> PageCost:
        return PageCost(
            max(self.work, other.work), max(self.chars, other.chars), max(self.pixels, other.pixels)
        )


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


class Document:
    def __init__(self, data: bytes, budget: Budget):
        self.data, self.budget = data, budget
        self.objs: dict[int, list[Obj]] = {}
        self.trailers: list[dict[str, Any]] = []
        self.decrypt: Callable[[Obj, bytes], bytes] | None = None
        self.locked = False
        self.unchecked: str | None = None
        self.stats: dict[int, Stats] = {}
        self._form_costs: dict[tuple[int, int], PageCost] = {}
        self._xobjects: dict[str, set[int]] | None = None
        self._pages: list[dict[str, Any]] | None = None
        self.buffers: list[tuple[bytes, list[int], list[Obj]]] = []
        self._versions: dict[int, list[Any]] = {}
        self._page_costs: dict[tuple[tuple[int, ...], int], PageCost] = {}
        self._drawn_costs: dict[tuple[str, int], PageCost] = {}
        # Forms left out for drawing one another: a cost computed meanwhile depends on where
        # the drawing started, and is not kept for reuse.
        self._cuts: set[int] = set()
        self._scan()

    # objects
    def _add(self, obj: Obj) -> None:
        self.objs.setdefault(obj.num, []).append(obj)
        self.count += 1
        if self.count > MAX_OBJECTS:
            raise ParseError(f"PDF has over {MAX_OBJECTS:,} objects (too many to check)")

    def _buffer(self, buf: bytes, objs: list[Obj]) -> None:
        """Remember where the objects of a buffer (the file, an object stream) start, in
        order, for finding the ones that hold a word."""
        self.buffers.append((buf, [o.at for o in objs], objs))

    def _scan(self) -> None:
        data = self.data
        self.count = 0
        self.meter = Meter(4 * len(data) + 64 * MB)
        heads = list(itertools.islice(OBJ.finditer(data), MAX_OBJECTS + 1))
        if len(heads) > MAX_OBJECTS:
            raise ParseError(f"PDF has over {MAX_OBJECTS:,} objects (too many to check)")
        self.endstreams = [m.start() for m in re.finditer(rb"endstream", data)]
        keywords = [m.start() for m in re.finditer(rb"(?<!end)stream", data)]
        streams: list[Obj] = []
        found: list[Obj] = []
        meter, objs = self.meter, self.objs
        for i, m in enumerate(heads):
            # An object's bytes run to the next object: a string that holds "endobj" or a
            # stream whose data holds "1 0 obj" is still read whole from its own start.
            at = m.end()
            stop = heads[i + 1].start() if i + 1 < len(heads) else len(data)
            obj = Obj(int(m.group(1)), int(m.group(2)), m.start(), data, at, stop, meter)
            k = bisect.bisect_left(keywords, at)
            if k < len(keywords) and keywords[k] < stop:  # perhaps a stream: read it now
                if len(streams) >= MAX_STREAMS:
                    raise ParseError(f"PDF has over {MAX_STREAMS:,} streams (too many to check)")
                try:
                    value, end = parse_value(data, at, meter)
                except Bad:
                    continue
                obj._value = value
                if isinstance(value, dict) and (s := STREAM.match(data, end)):
                    obj.start = s.end()
                    streams.append(obj)
            objs.setdefault(obj.num, []).append(obj)
            found.append(obj)
        self.count = len(found)
        self._buffer(data, found)
        for m in TRAILER.finditer(data):
            try:
                value, _ = parse_value(data, m.end(), self.meter)
            except Bad:
                continue
            if isinstance(value, dict):
                self.trailers.append(value)
        for obj in streams:
            self._stream_end(obj)
            if obj.value.get("Type") == "XRef":
                self.trailers.append(obj.value)
        self._security()
        for obj in streams:
            if obj.value.get("Type") == "ObjStm":
                self._object_stream(obj)
        for versions in self.objs.values():
            versions.sort(key=lambda o: o.pos)
        self._versions.clear()  # looked up while scanning, before object streams were read
        self.streams = streams

    def _stream_end(self, obj: Obj) -> None:
        """Where a stream's data ends: at /Length if "endstream" follows there, else at the
        next "endstream", as PDFium finds it."""
        length = self.get(obj.value.get("Length"))
        data = self.data
        if (
            isinstance(length, int)
            and 0 <= length <= len(data) - obj.start
            and ENDSTREAM.match(data, obj.start + length)
        ):
            obj.end = obj.start + length
            return
        i = bisect.bisect_left(self.endstreams, obj.start)
        obj.end = self.endstreams[i] if i < len(self.endstreams) else len(data)

    def _object_stream(self, obj: Obj) -> None:
        content = _gather(self._decoded(obj))
        self.meter.left += 4 * len(content)
        first, n = obj.value.get("First"), obj.value.get("N")
        if not isinstance(first, int) or not isinstance(n, int) or not 0 <= first <= len(content):
            return
        head = [int(x) for x in re.findall(rb"\d+", content[:first])]
        pairs = list(zip(head[0 : 2 * n : 2], head[1 : 2 * n : 2], strict=False))
        # Each object's bytes run to the next one's start; an offset given twice is read once.
        starts = sorted({first + off for _, off in pairs if first + off < len(content)})
        taken: dict[int, Obj] = {}
        for num, off in pairs:
            at = first + off
            if at >= len(content) or at in taken:
                continue
            i = bisect.bisect_right(starts, at)
            stop = starts[i] if i < len(starts) else len(content)
            taken[at] = inner = Obj(num, 0, obj.pos, content, at, stop, self.meter)
            self._add(inner)
        self._buffer(content, sorted(taken.values(), key=lambda o: o.at))

    def versions(self, ref: Any) -> list[Any]:
        """The versions of the object in the file, last last: the last MAX_VERSIONS of them
        (bytes that do not parse as an object are not one)."""
        if not isinstance(ref, Ref):
            return [ref]
        found = self._versions.get(ref.num)
        if found is None:
            found = []
            for obj in reversed(self.objs.get(ref.num, [])):
                if obj.value is not None:
                    found.insert(0, obj.value)
                    if len(found) >= MAX_VERSIONS:
                        break
            self._versions[ref.num] = found
        return found

    def get(self, value: Any) -> Any:
        """A value, its reference resolved to the object's last version in the file."""
        if isinstance(value, Ref):
            found = self.versions(value)
            return found[-1] if found else None
        return value

    # streams
    def _filters(self, obj: Obj) -> tuple[list[Any], list[Any]]:
        filters = self.get(obj.value.get("Filter"))
        parms = self.get(obj.value.get("DecodeParms", obj.value.get("DP")))
        filters = [self.get(f) for f in filters] if isinstance(filters, list) else [filters]
        parms = [self.get(p) for p in parms] if isinstance(parms, list) else [parms]
        return [f for f in filters if f is not None], parms

    def _decoded(self, obj: Obj, skip_last: bool = False) -> Iterator[Data]:
        self.meter.charge(obj.end - obj.start)  # streams that overlap are read over again
        raw = self.data[obj.start : obj.end]
        filters, parms = self._filters(obj)
        crypt = filters and filters[0] == "Crypt"
        if self.decrypt and obj.value.get("Type") != "XRef" and not crypt:
            raw = self.decrypt(obj, raw)
        return decoded(raw, filters, parms, self.budget, skip_last)

    def measure(self) -> None:
        """Inflate every stream once, and read what each would draw as a page's content;
        pictures are inflated but for their last filter (PDFium decodes that only to render)
        unless a page names one as its content."""
        contents = {num for page in self.pages() for num in self.contents(page)}
        page_cap = self.budget.limit // PAGE_SHARE
        for obj in self.streams:
            kind = obj.value.get("Type")
            if kind == "ObjStm":
                continue  # counted as it was read
            picture = obj.value.get("Subtype") == "Image" and obj.num not in contents
            if not picture and kind != "XRef":
                out, size, over = bytearray(), 0, False
                for chunk in self._decoded(obj):
                    size += len(chunk)
                    if size > page_cap:
                        over = True  # more than a page may hold: only counted from here
                    elif not over:
                        out += chunk
                stats = Stats(size=OVER) if over else analyse(bytes(out), page_cap, self.budget)
                old = self.stats.get(obj.num)
                self.stats[obj.num] = old.worst(stats) if old else stats
            else:
                for _ in self._decoded(obj, skip_last=picture):
                    pass

    def pages(self) -> list[dict[str, Any]]:
        """Every dictionary that could be a page: it names content and lists no kids."""
        if self._pages is None:
            self._pages = [
                value
                for value in self._mentioning(b"/Contents")
                if isinstance(value, dict) and "Kids" not in value and "Contents" in value
            ]
        return self._pages

    def _mentioning(self, word: bytes) -> Iterator[Any]:
        """Every object whose bytes hold `word` (or a name spelt with #xx escapes, which
        could be any word), parsed: the others need not be."""
        pattern = re.compile(re.escape(word) + rb"|/" + _REG + rb"*#[0-9A-Fa-f]{2}")
        for buf, ats, objs in self.buffers:
            seen = -1
            for m in pattern.finditer(buf):
                i = bisect.bisect_right(ats, m.start()) - 1
                if i > seen and m.start() < objs[i].stop:
                    seen = i
                    if objs[i].value is not None:
                        yield objs[i].value

    def contents(self, page: dict[str, Any]) -> list[int]:
        """The objects of a page's content streams: /Contents is a stream or an array of
        them, the array maybe itself an object."""
        value = page.get("Contents")
        if isinstance(value, Ref) and isinstance(self.get(value), list):
            value = self.get(value)
        refs = value if isinstance(value, list) else [value]
        return [r.num for r in refs if isinstance(r, Ref)]

    # costs
    def xobjects(self) -> dict[str, set[int]]:
        """Every XObject name in any resource dictionary, with the objects it stands for: a
        name drawn is taken to be the costliest object of that name anywhere in the file."""
        if self._xobjects is None:
            names: dict[str, set[int]] = {}
            for value in self._mentioning(b"/XObject"):
                for d in _dicts(value):
                    entries = self.get(d.get("XObject"))
                    if isinstance(entries, dict):
                        for name, ref in entries.items():
                            if isinstance(ref, Ref):
                                names.setdefault(name, set()).add(ref.num)
            self._xobjects = names
        return self._xobjects

    def _resources(self, value: Any) -> dict[str, Any] | None:
        found = self.get(value)
        return found if isinstance(found, dict) else None

    def content_cost(
        self, nums: list[int], res: dict[str, Any] | None, depth: int, stack: set[int]
    ) -> PageCost:
        """What drawing these content streams costs, with `res` their resources (None where
        they are not known: each name drawn is then the costliest of that name anywhere)."""
        cost = PageCost()
        for num, times in Counter(nums).items():
            stats = self.stats.get(num, Stats())
            one = PageCost(stats.size, stats.chars)
            for name, uses in stats.draws.items():
                one += self._drawn(name, res, depth, stack).times(uses)
            cost += one.times(times)
        return cost

    def _drawn(
        self, name: str, res: dict[str, Any] | None, depth: int, stack: set[int]
    ) -> PageCost:
        """The cost of drawing an XObject by name: a picture's pixels, a form's content."""
        key = (name, id(res))
        if key in self._drawn_costs:
            return self._drawn_costs[key]
        if res is None:
            nums: Iterable[int] = self.xobjects().get(name, ())
        else:
            entries = self._resources(res.get("XObject"))
            ref = entries.get(name) if entries else None
            nums = [ref.num] if isinstance(ref, Ref) else []
        outer, self._cuts = self._cuts, set()
        worst = PageCost()
        for num in nums:
            self.meter.charge(TOKEN_COST)
            for value in self.versions(Ref(num, 0)):
                if not isinstance(value, dict):
                    continue
                sub = self.get(value.get("Subtype"))
                if sub == "Image":
                    w, h = self.get(value.get("Width")), self.get(value.get("Height"))
                    if isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0:
                        worst = worst.max(PageCost(pixels=w * h))
                elif sub == "Form":
                    worst = worst.max(self._form(num, value, res, depth + 1, stack))
        if not self._cuts:  # no form left out for drawing itself: the same wherever drawn
            self._drawn_costs[key] = worst
        self._cuts |= outer
        return worst

    def _form(
        self,
        num: int,
        form: dict[str, Any],
        res: dict[str, Any] | None,
        depth: int,
        stack: set[int],
    ) -> PageCost:
        """A form's cost: its content, with its own resources or else its drawer's."""
        if depth > MAX_FORM_DEPTH:
            return PageCost(work=OVER)  # forms inside forms without end: a trap
        if num in stack:
            self._cuts.add(num)
            return PageCost()  # PDFium never draws a form inside itself
        own = self._resources(form.get("Resources"))
        use = own if own is not None else res
        key = (num, id(use))
        if key in self._form_costs:
            return self._form_costs[key]
        outer, self._cuts = self._cuts, set()
        stack.add(num)
        cost = self.content_cost([num], use, depth, stack)
        stack.discard(num)
        self._cuts.discard(num)  # itself drawn inside itself: left out wherever it is drawn
        if not self._cuts:
            self._form_costs[key] = cost
        self._cuts |= outer
        return cost

    def page_cost(self, page: dict[str, Any], inherited: dict[str, Any] | None = None) -> PageCost:
        own = self._resources(page.get("Resources"))
        res = own if own is not None else inherited
        key = (tuple(self.contents(page)), id(res))
        if key not in self._page_costs:
            self._page_costs[key] = self.content_cost(list(key[0]), res, 0, set())
        return self._page_costs[key]

    def worst_page(self) -> PageCost:
        """The costliest page there could be: of every page dictionary, and of every stream
        but fonts and pictures taken as a page's only content (a page dictionary the check
        cannot parse would still be found by PDFium through the file's xref table); where
        resources are inherited, or unknown, each name drawn is the costliest of the name."""
        worst = PageCost()
        for page in self.pages():
            worst = worst.max(self.page_cost(page))
        fonts = {
            ref.num
            for value in self._mentioning(b"/FontFile")
            for d in _dicts(value)
            for key in ("FontFile", "FontFile2", "FontFile3")
            if isinstance(ref := d.get(key), Ref)
        }
        for num in self.stats.keys() - fonts:
            worst = worst.max(self.content_cost([num], None, 0, set()))
        return worst

    def walk(self, limit: int) -> tuple[int, list[PageCost]] | None:
        """The number of pages in the page tree as PDFium counts them (a kid listed twice is
        two pages) and the first `limit` pages' costs; None where there is no tree."""
        root = next((self.get(t["Root"]) for t in reversed(self.trailers) if "Root" in t), None)
        if not isinstance(root, dict) or not isinstance(root.get("Pages"), Ref):
            return None
        memo: dict[tuple[int, int], tuple[int, list[PageCost]]] = {}

        def node(
            ref: Ref, inherited: dict[str, Any] | None, path: frozenset[int], depth: int
        ) -> tuple[int, list[PageCost]]:
            if ref.num in path or depth > 1024:
                return 0, []
            key = (ref.num, id(inherited))
            if key in memo:
                return memo[key]
            best: tuple[int, list[PageCost]] = (0, [])
            for value in self.versions(ref):
                if not isinstance(value, dict):
                    continue
                kids = self.get(value.get("Kids"))
                if isinstance(kids, list):
                    res = self._resources(value.get("Resources"))
                    res = res if res is not None else inherited
                    count = 0
                    costs: list[PageCost] = []
                    for kid in kids:
                        if isinstance(kid, Ref):
                            n, c = node(kid, res, path | {ref.num}, depth + 1)
                            count += n
                            if len(costs) < limit:
                                costs.extend(c[: limit - len(costs)])
                    found = (count, costs)
                else:
                    found = (1, [self.page_cost(value, inherited)])
                if found[0] > best[0] or (
                    found[0] == best[0]
                    and sum(c.work for c in found[1]) > sum(c.work for c in best[1])
                ):
                    best = found
            memo[key] = best
            return best

        try:
            return node(root["Pages"], None, frozenset(), 0)
        except RecursionError:
            return None

    # encryption
    def _security(self) -> None:
        trailer = next((t for t in reversed(self.trailers) if "Encrypt" in t), None)
        if trailer is None:
            return
        try:
            self.decrypt = _decrypter(self, trailer)
        except _Locked:
            self.locked = True
        except Exception as exc:  # pdfminer raises many kinds on a handler it cannot use
            self.unchecked = f"{exc.__class__.__name__}: {exc}"[:120]


def _dicts(value: Any) -> Iterator[dict[str, Any]]:
    """Every dictionary in an object, the object itself included."""
    todo = [value]
    while todo:
        v = todo.pop()
        if isinstance(v, dict):
            yield v
            todo.extend(v.values())
        elif isinstance(v, list):
            todo.extend(v)


class _Locked(Exception):
    pass


def _decrypter(doc: Document, trailer: dict[str, Any]) -> Callable[[Obj, bytes], bytes]:
    """Decryption of streams with the standard security handler and the empty password."""
    from pdfminer.pdfdocument import (
        PDFPasswordIncorrect,
        PDFStandardSecurityHandler,
        PDFStandardSecurityHandlerV4,
        PDFStandardSecurityHandlerV5,
    )
    from pdfminer.psparser import LIT

    def plain(value: Any, depth: int = 0) -> Any:
        value = doc.get(value) if depth < 8 else value
        if isinstance(value, Name):
            return LIT(str(value))
        if isinstance(value, dict):
            return {k: plain(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v, depth + 1) for v in value]
        return value

    param = plain(trailer["Encrypt"])
    if not isinstance(param, dict):
        raise ValueError("no encryption dictionary")
    if "StmF" in param:
        param["StrF"] = param["StmF"]  # only streams are read here
    ids = plain(trailer.get("ID"))
    docid = [i for i in ids if isinstance(i, bytes)] if isinstance(ids, list) else []
    version = param.get("V", 0)

    def rc4_decrypt(self: PDFStandardSecurityHandler, objid: int, genno: int, data: bytes) -> bytes:
        assert self.key is not None
        key = self.key + struct.pack("<L", objid)[:3] + struct.pack("<L", genno)[:2]
        return _rc4(md5(key).digest()[: min(len(key), 16)], data)

    # Each handler with RC4 through `cryptography`.
    class Handler(PDFStandardSecurityHandler):
        decrypt_rc4 = rc4_decrypt

    class HandlerV4(PDFStandardSecurityHandlerV4):
        decrypt_rc4 = rc4_decrypt

    class HandlerV5(PDFStandardSecurityHandlerV5):
        decrypt_rc4 = rc4_decrypt

    classes: dict[int, type[PDFStandardSecurityHandler]] = {
        1: Handler,
        2: Handler,
        4: HandlerV4,
        5: HandlerV5,
    }
    if getattr(param.get("Filter"), "name", None) != "Standard" or version not in classes:
        raise ValueError(f"security handler {param.get('Filter')} version {version}")
    try:
        handler = classes[version](docid or [b""], param, "")
    except PDFPasswordIncorrect:
        raise _Locked from None

    def decrypt(obj: Obj, raw: bytes) -> bytes:
        attrs = {k: plain(v) for k, v in obj.value.items() if k == "Type"}
        try:
            return bytes(handler.decrypt(obj.num, obj.gen, raw, attrs))
        except Exception:  # a damaged stream: read as stored (it will not inflate)
            return raw

    return decrypt


def _rc4(key: bytes, data: bytes) -> bytes:
    from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
    from cryptography.hazmat.primitives.ciphers import Cipher

    return Cipher(ARC4(key), mode=None).decryptor().update(data)


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
    walked = doc.walk(max_pages() + 1)
    count, pages = walked if walked else (None, [])
    return Plan(limit - budget.left, count, pages, costliest=doc.worst_page)
