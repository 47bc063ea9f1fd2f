"""Small PDFs (a few KB) that ask PDFium for gigabytes or for endless work (issue 15).

Written object by object here, so that each holds exactly the trap it is named for. A
FlateDecode stream of N zero bytes is built without ever holding them: after a full flush
zlib emits the same block for the same input, so the block for one MB is repeated and the
Adler-32 checksum computed as it would be; a second FlateDecode over that makes it tiny.
"""

from __future__ import annotations

import struct
import zlib
from hashlib import md5

GB = 1 << 30
MB = 1 << 20
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
LETTER = b"BT /F1 12 Tf 72 720 Td (Dear Requester, your request about bruising.) Tj ET\n"
PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 %d 0 R >> %s>> /Contents %s >>"
)


def zeros(total: int, byte: bytes = b"\0") -> bytes:
    """A zlib stream that inflates to `total` copies of `byte` (about total / 1000 bytes)."""
    chunk = byte * MB
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    full = block.compress(chunk) + block.flush(zlib.Z_FULL_FLUSH)
    count, rest = divmod(total, MB)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = tail.compress(byte * rest) + tail.flush(zlib.Z_FINISH)
    adler = 1
    for _ in range(count):
        adler = zlib.adler32(chunk, adler)
    adler = zlib.adler32(byte * rest, adler)
    return b"\x78\xda" + full * count + last + adler.to_bytes(4, "big")


def twice(total: int, byte: bytes = b"\0") -> tuple[bytes, bytes]:
    """FlateDecode applied twice: (the filter entry, the few KB of data)."""
    return b"/Filter [/FlateDecode /FlateDecode]", zlib.compress(zeros(total, byte), 9)


def stream(entries: bytes, data: bytes) -> bytes:
    return b"<< " + entries + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def document(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of the numbered objects (1 is the catalogue) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def one_page(contents: bytes, *more: bytes, xobjects: bytes = b"") -> bytes:
    """Catalogue, pages, a page whose content is object 4, the font 5, then `more` (6...)."""
    return document(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            PAGE % (5, xobjects, b"4 0 R"),
            contents,
            FONT,
            *more,
        ]
    )


def content_bomb(size: int = GB + GB // 2) -> bytes:
    """A page whose second content stream inflates to `size` bytes of spaces."""
    entries, data = twice(size, b" ")
    doc = one_page(stream(b"", LETTER), stream(entries, data))
    return doc.replace(b"/Contents 4 0 R", b"/Contents [4 0 R 6 0 R]")


def font_bomb(size: int = GB) -> bytes:
    """A TrueType font whose embedded file inflates to `size` bytes."""
    entries, data = twice(size)
    font = (
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 32 "
        b"/Widths [250] /FontDescriptor 7 0 R >>"
    )
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 6 0 R >>"
    )
    doc = one_page(stream(b"", LETTER), stream(entries, data), descriptor)
    return doc.replace(b"5 0 obj\n" + FONT, b"5 0 obj\n" + font)


def lzw_zeros(total: int) -> bytes:
    """LZWDecode data (early change 1) for `total` zero bytes: each code names the longest
    run of zeros the table holds, so once the table is full a code of 12 bits stands for
    3,839 bytes."""
    codes, size, left = [256], 258, total
    while left > 0:
        run = min(1 if size == 258 else size - 257, left)
        codes.append(0 if run == 1 else 256 + run)
        left -= run
        size = min(size + 1, 4096)
    codes.append(257)
    bits = nbits = 0
    out, width, size, first = bytearray(), 9, 258, True
    for code in codes:
        bits, nbits = (bits << width) | code, nbits + width
        while nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
        bits &= (1 << nbits) - 1
        if code == 256:
            width, size, first = 9, 258, True
            continue
        if first:
            first = False
        elif size < 4096:
            size += 1
        if size + 1 >= (1 << width) and width < 12:
            width += 1
    if nbits:
        out.append((bits << (8 - nbits)) & 0xFF)
    return bytes(out)


def lzw_bomb(size: int = GB + GB // 2) -> bytes:
    """A second content stream in LZWDecode (under FlateDecode) of `size` zero bytes."""
    data = zlib.compress(lzw_zeros(size), 9)
    doc = one_page(stream(b"", LETTER), stream(b"/Filter [/FlateDecode /LZWDecode]", data))
    return doc.replace(b"/Contents 4 0 R", b"/Contents [4 0 R 6 0 R]")


def pages_bomb(fan: int = 100, depth: int = 3, content: int = 1000) -> bytes:
    """A page tree whose every node lists the node below `fan` times: fan ** depth pages,
    all one page object and one shared content stream of `content` bytes."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        me = 2 + level
        parent = b"/Parent %d 0 R " % (me - 1) if level else b""
        kids = b" ".join([b"%d 0 R" % (me + 1)] * fan)
        objects.append(
            b"<< /Type /Pages %s/Kids [%s] /Count %d >>" % (parent, kids, fan ** (depth - level))
        )
    page = 2 + depth
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
        % (page - 1, page + 1, page + 2)
    )
    objects.append(FONT)
    objects.append(stream(b"/Filter /FlateDecode", zlib.compress(LETTER + b" " * content, 9)))
    return document(objects)


def form_bomb(size: int = MB, uses: int = 20_000) -> bytes:
    """A page that draws one form of `size` bytes `uses` times."""
    form = stream(
        b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode",
        zlib.compress(LETTER + b" " * size, 9),
    )
    content = stream(b"/Filter /FlateDecode", zlib.compress(LETTER + b"/Fm1 Do\n" * uses, 9))
    return one_page(content, form, xobjects=b"/XObject << /Fm1 6 0 R >> ")


def inline_bomb(size: int = GB) -> bytes:
    """An inline picture (BI ... ID ... EI) whose FlateDecode data inflates to `size` bytes:
    PDFium inflates it as it parses the page (1 MB in the file)."""
    side = int(size**0.5)
    data = zeros(side * side, b"\xff")
    content = (
        LETTER
        + b"q 612 0 0 792 0 0 cm BI /W %d /H %d /CS /G /BPC 8 /F /Fl ID " % (side, side)
        + data
        + b"\nEI Q\n"
    )
    return one_page(stream(b"", content))


def picture_bomb(size: int = GB + GB // 2, text: bool = False) -> bytes:
    """A page that draws one grey picture of `size` pixels (a scan, unless `text`)."""
    side = int(size**0.5)
    entries, data = twice(side * side, b"\xff")
    picture = stream(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 %s" % (side, side, entries),
        data,
    )
    content = (LETTER if text else b"") + b"q 612 0 0 792 0 0 cm /Im1 Do Q\n"
    return one_page(stream(b"", content), picture, xobjects=b"/XObject << /Im1 6 0 R >> ")


def text_bomb(chars: int = 10_000_000) -> bytes:
    """A page that shows `chars` characters, a hundred at a time (PDFium needs about 260
    bytes a character to extract them)."""
    body = b"BT /F1 12 Tf 72 720 Td " + (b"(" + b"a" * 100 + b") Tj\n") * (chars // 100) + b"ET\n"
    return one_page(stream(b"/Filter /FlateDecode", zlib.compress(body, 9)))


PAD = b"(\xbfN^Nu\x8aAd\x00NV\xff\xfa\x01\x08..\x00\xb6\xd0h>\x80/\x0c\xa9\xfedSiz"


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted(objects: list[bytes], streams: dict[int, tuple[bytes, bytes]]) -> bytes:
    """A PDF encrypted with RC4 (standard security handler, revision 3, 128 bits) that opens
    with the empty password, as "restricted" PDFs do. `streams`: object number -> (entries,
    plain data); the objects named there are written as encrypted streams."""
    doc_id = md5(b"foi-bomb").digest()
    owner = md5(PAD).digest()  # the owner password is empty too
    for _ in range(50):
        owner = md5(owner).digest()
    o_entry = _rc4(owner, PAD)
    for i in range(1, 20):
        o_entry = _rc4(bytes(b ^ i for b in owner), o_entry)
    perms = -3904
    key = md5(PAD + o_entry + struct.pack("<i", perms) + doc_id).digest()
    for _ in range(50):
        key = md5(key).digest()
    u_entry = _rc4(key, md5(PAD + doc_id).digest())
    for i in range(1, 20):
        u_entry = _rc4(bytes(b ^ i for b in key), u_entry)
    u_entry += b"\0" * 16
    objects = list(objects)
    for num, (entries, plain) in streams.items():
        object_key = md5(key + struct.pack("<i", num)[:3] + b"\0\0").digest()
        objects[num - 1] = stream(entries, _rc4(object_key, plain))
    objects.append(
        b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P %d /O <%s> /U <%s> >>"
        % (perms, o_entry.hex().encode(), u_entry.hex().encode())
    )
    trailer = b"/Encrypt %d 0 R /ID [<%s> <%s>] " % (
        len(objects),
        doc_id.hex().encode(),
        doc_id.hex().encode(),
    )
    return document(objects, trailer)


def encrypted_content_bomb(size: int = GB + GB // 2) -> bytes:
    entries, data = twice(size, b" ")
    letter = b"BT /F1 12 Tf 72 720 Td (Dear Requester) Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE % (5, b"", b"[4 0 R 6 0 R]"),
        b"",
        FONT,
        b"",
    ]
    return encrypted(objects, {4: (b"", letter), 6: (entries, data)})


def encrypted_letter(text: bytes = b"Dear Requester") -> bytes:
    """An ordinary one-page letter, encrypted as a restricted PDF (no password to open)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE % (5, b"", b"4 0 R"),
        b"",
        FONT,
    ]
    body = zlib.compress(b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET\n")
    return encrypted(objects, {4: (b"/Filter /FlateDecode", body)})
