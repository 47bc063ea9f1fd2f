"""Encrypted PDFs that open without a password (most "restricted" council PDFs), decrypted
for the check with pdfminer.six's standard security handlers (RC4 through `cryptography`).
pdfminer is loaded only when an encrypted PDF comes."""

from __future__ import annotations

import struct
from collections.abc import Callable
from hashlib import md5
from typing import TYPE_CHECKING, Any

from parsers.pdfobjects import Name, Obj

if TYPE_CHECKING:
    from pdfminer.pdfdocument import PDFStandardSecurityHandler

Resolve = Callable[[Any], Any]  # a value, its reference resolved (Document.get)


class Locked(Exception):
    """Encrypted, and the empty password does not open it."""


def decrypter(get: Resolve, trailer: dict[str, Any]) -> Callable[[Obj, bytes], bytes]:
    """Decryption of streams with the standard security handler and the empty password."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    param = _plain(get, trailer["Encrypt"])
    if not isinstance(param, dict):
        raise ValueError("no encryption dictionary")
    if "StmF" in param:
        param["StrF"] = param["StmF"]  # only streams are read here
    ids = _plain(get, trailer.get("ID"))
    docid = [i for i in ids if isinstance(i, bytes)] if isinstance(ids, list) else []
    version = param.get("V", 0)
    classes = _handlers()
    if getattr(param.get("Filter"), "name", None) != "Standard" or version not in classes:
        raise ValueError(f"security handler {param.get('Filter')} version {version}")
    try:
        handler = classes[version](docid or [b""], param, "")
    except PDFPasswordIncorrect:
        raise Locked from None

    def decrypt(obj: Obj, raw: bytes) -> bytes:
        attrs = {k: _plain(get, v) for k, v in obj.value.items() if k == "Type"}
        try:
            return bytes(handler.decrypt(obj.num, obj.gen, raw, attrs))
        except Exception:  # a damaged stream: read as stored (it will not inflate)
            return raw

    return decrypt


def _plain(get: Resolve, value: Any, depth: int = 0) -> Any:
    """A value as pdfminer has it: references resolved (8 deep), names as its literals."""
    from pdfminer.psparser import LIT

    value = get(value) if depth < 8 else value
    if isinstance(value, Name):
        return LIT(str(value))
    if isinstance(value, dict):
        return {k: _plain(get, v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(get, v, depth + 1) for v in value]
    return value


def _handlers() -> dict[int, type[PDFStandardSecurityHandler]]:
    """pdfminer's standard security handlers by version, each with RC4 through
    `cryptography`."""
    from pdfminer.pdfdocument import (
        PDFStandardSecurityHandler,
        PDFStandardSecurityHandlerV4,
        PDFStandardSecurityHandlerV5,
    )

    class Handler(PDFStandardSecurityHandler):
        decrypt_rc4 = _rc4_decrypt

    class HandlerV4(PDFStandardSecurityHandlerV4):
        decrypt_rc4 = _rc4_decrypt

    class HandlerV5(PDFStandardSecurityHandlerV5):
        decrypt_rc4 = _rc4_decrypt

    return {1: Handler, 2: Handler, 4: HandlerV4, 5: HandlerV5}


def _rc4_decrypt(self: PDFStandardSecurityHandler, objid: int, genno: int, data: bytes) -> bytes:
    assert self.key is not None
    key = self.key + struct.pack("<L", objid)[:3] + struct.pack("<L", genno)[:2]
    return _rc4(md5(key).digest()[: min(len(key), 16)], data)


def _rc4(key: bytes, data: bytes) -> bytes:
    from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
    from cryptography.hazmat.primitives.ciphers import Cipher

    return Cipher(ARC4(key), mode=None).decryptor().update(data)
