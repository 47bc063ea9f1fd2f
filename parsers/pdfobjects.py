"""PDF tokens and objects, parsed from the raw bytes within bounds: at most MAX_TOKENS
tokens and MAX_NESTING levels in one object, and every byte read charged to a `Meter`."""

from __future__ import annotations

import binascii
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from parsers.model import ParseError
from parsers.pdflimits import MAX_NESTING, MAX_TOKENS, MB, TOKEN_COST

WS = rb"[\x00\t\n\x0c\r ]"
REG = rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]"  # a character of a name, number or keyword
# Possessive quantifiers throughout: no input makes these patterns backtrack (a run of "%"
# or of digits would otherwise be split every possible way before failing).
SPACE = re.compile(rb"(?:" + WS + rb"|%[^\r\n]*+)*+")
TOKEN = re.compile(
    rb"(?:(?P<ref>\d{1,10})" + WS + rb"+(?P<gen>\d{1,5})" + WS + rb"+R(?!" + REG + rb")"
    rb"|(?P<num>[+-]?+(?:\d++(?:\.\d*+)?+|\.\d++))(?!" + REG + rb")"
    rb"|(?P<name>/" + REG + rb"*)"
    rb"|(?P<open><<|\[)"
    rb"|(?P<close>>>|\])"
    rb"|(?P<hex><)"
    rb"|(?P<str>\()"
    rb"|(?P<kw>" + REG + rb"+))"
)
STRING_PART = re.compile(rb"\\(?:[0-7]{1,3}|\r\n|.)|[()]", re.S)
ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
OBJ = re.compile(rb"(?<![0-9])(\d{1,10})" + WS + rb"+(\d{1,5})" + WS + rb"+obj(?!" + REG + rb")")
STREAM = re.compile(rb"(?:" + WS + rb"|%[^\r\n]*+)*+stream(?:\r\n|\n|\r)?")
ENDSTREAM = re.compile(WS + rb"*endstream")
TRAILER = re.compile(rb"trailer(?!" + REG + rb")")
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
def decode_name(raw: bytes) -> Name:
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
            value = decode_name(m["name"][1:])
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


def dicts_in(value: Any) -> Iterator[dict[str, Any]]:
    """Every dictionary in an object, the object itself included."""
    todo = [value]
    while todo:
        v = todo.pop()
        if isinstance(v, dict):
            yield v
            todo.extend(v.values())
        elif isinstance(v, list):
            todo.extend(v)
