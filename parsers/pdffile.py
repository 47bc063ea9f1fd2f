"""A PDF file read as PDFium would find its objects: every "N G obj" in the bytes (the last
version of an object counting), the objects inside object streams, the trailers, each stream
inflated once within the document's budget, and the dictionaries that could be pages."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

from parsers.model import ParseError
from parsers.pdfcrypt import Locked, decrypter
from parsers.pdflimits import MAX_OBJECTS, MAX_STREAMS, MAX_VERSIONS, MB, OVER, PAGE_SHARE
from parsers.pdfobjects import (
    ENDSTREAM,
    OBJ,
    REG,
    STREAM,
    TRAILER,
    Bad,
    Meter,
    Obj,
    Ref,
    parse_value,
)
from parsers.pdfstreams import Budget, Data, Stats, analyse, decoded, gather


class Document:
    """The objects of a PDF file, its streams measured, its pages and its encryption."""

    def __init__(self, data: bytes, budget: Budget):
        self.data, self.budget = data, budget
        self.objs: dict[int, list[Obj]] = {}
        self.trailers: list[dict[str, Any]] = []
        self.decrypt: Callable[[Obj, bytes], bytes] | None = None
        self.locked = False
        self.unchecked: str | None = None
        self.stats: dict[int, Stats] = {}
        self._pages: list[dict[str, Any]] | None = None
        self.buffers: list[tuple[bytes, list[int], list[Obj]]] = []
        self._versions: dict[int, list[Any]] = {}
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
        content = gather(self._decoded(obj))
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
                for value in self.mentioning(b"/Contents")
                if isinstance(value, dict) and "Kids" not in value and "Contents" in value
            ]
        return self._pages

    def mentioning(self, word: bytes) -> Iterator[Any]:
        """Every object whose bytes hold `word` (or a name spelt with #xx escapes, which
        could be any word), parsed: the others need not be."""
        pattern = re.compile(re.escape(word) + rb"|/" + REG + rb"*#[0-9A-Fa-f]{2}")
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

    # encryption
    def _security(self) -> None:
        trailer = next((t for t in reversed(self.trailers) if "Encrypt" in t), None)
        if trailer is None:
            return
        try:
            self.decrypt = decrypter(self.get, trailer)
        except Locked:
            self.locked = True
        except Exception as exc:  # pdfminer raises many kinds on a handler it cannot use
            self.unchecked = f"{exc.__class__.__name__}: {exc}"[:120]
