"""Damaged documents fail with ParseError (a one-line reason), never another exception."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from parsers.model import ParseError
from parsers.response import parse_document
from tests import builders as b

CORPUS = Path(__file__).parent / "corpus"


def seeds() -> list[tuple[str, bytes]]:
    files = [
        p for p in CORPUS.glob("*/*") if p.suffix in (".pdf", ".docx", ".eml", ".html", ".txt")
    ]
    out = [(p.name, p.read_bytes()) for p in files]
    out.append(("built.docx", b.docx(b.para("bruising non-mobile", num=1))))
    out.append(("built.pdf", b.pdf([["bruising in non-mobile infants"]])))
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    op = rng.choice(["truncate", "flip", "insert", "cut"])
    if op == "truncate":
        return bytes(buf[: rng.randint(0, len(buf))])
    if op == "flip":
        for _ in range(rng.randint(1, 20)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif op == "insert":
        at = rng.randrange(len(buf))
        buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
    else:
        a, z = sorted(rng.randrange(len(buf)) for _ in range(2))
        del buf[a:z]
    return bytes(buf)


@pytest.mark.parametrize("seed", range(4))
def test_mutated_documents_never_raise_anything_but_parse_error(seed, campaign, registry):
    rng = random.Random(seed)
    docs = seeds()
    for _ in range(100):
        name, data = rng.choice(docs)
        try:
            parse_document(mutate(data, rng), name, campaign, registry)
        except ParseError as exc:
            assert "\n" not in str(exc)
