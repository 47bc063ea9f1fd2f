"""Generate synthetic responses in every format, for benchmarks (not for accuracy tests).

Each response is built from random but coherent facts and one of several layouts, then
rendered to txt, html, eml, pdf or docx. Every document says it is synthetic.
"""

from __future__ import annotations

import random
from email.message import EmailMessage
from html import escape

from tests import builders as b

QUESTIONS = [
    "Was there a review of your safeguarding policies after this guidance was published, when was it, and what did it conclude?",
    "Provide any papers that give information on the outcome of this review.",
    "Does your policy require a s47 investigation or strategy discussion in all cases?",
    "What changes were put in place to provide consistency with the evidence base and national guidelines.",
    "Were there changes to your definition of when a child is not independently mobile and how is that now defined?",
]
COUNCILS = [
    "Leeds City Council",
    "Norfolk County Council",
    "Plymouth City Council",
    "Wigan Council",
    "Kent County Council",
]
MONTHS = ["January", "March", "May", "July", "October", "December"]


def answers(rng: random.Random) -> list[str]:
    month, year = rng.choice(MONTHS), rng.choice([2023, 2024])
    filler = " ".join(
        rng.choice(
            [
                "The partnership's procedures group considered the national evidence on bruising in infants.",
                "Practitioners from health, police and children's social care took part.",
                "The findings were shared with the safeguarding partners at their next meeting.",
                "A multi-agency audit of recent cases informed the work.",
            ]
        )
        for _ in range(rng.randint(2, 6))
    )
    return [
        f"Yes. The protocol was formally reviewed and the revised version approved in {month} {year}. {filler}",
        rng.choice(
            [
                "The report is attached.",
                "There are no papers.",
                "The revised protocol is published at https://example.org/protocol.",
            ]
        ),
        rng.choice(
            [
                "No. A strategy discussion is held only where the paediatric assessment raises concern.",
                "Yes. A strategy discussion is held in every case.",
            ]
        ),
        rng.choice(
            [
                "No changes were made.",
                f"The pathway was revised and a leaflet for parents was added. {filler}",
            ]
        ),
        rng.choice(
            [
                "No. Babies under six months are treated as not independently mobile, and a baby who can roll is still non-mobile.",
                "Yes. The definition was widened; a baby who rolls is regarded as mobile.",
            ]
        ),
    ]


def letter_lines(rng: random.Random, council: str) -> list[str]:
    lines = [
        council,
        "Information Governance",
        "",
        "Dear Requester,",
        "",
        "Re: policies on bruising in non-mobile infants",
        "",
    ]
    for i, (q, a) in enumerate(zip(QUESTIONS, answers(rng), strict=True), start=1):
        lines += [f"{i}. {q}", "Response:", a, ""]
    lines += [
        "You may re-use this information under the Open Government Licence.",
        "",
        "Yours sincerely,",
        council,
    ]
    lines += ["Synthetic benchmark document - not a real council response"]
    return lines


def wrap(line: str, width: int = 95) -> list[str]:
    out, cur = [], ""
    for word in line.split():
        if len(cur) + len(word) + 1 > width:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return out + [cur] if cur else out or [""]


def render(fmt: str, rng: random.Random) -> bytes:
    council = rng.choice(COUNCILS)
    lines = letter_lines(rng, council)
    if fmt == "txt":
        return "\r\n".join(lines).encode("utf-8")
    if fmt == "html":
        body = "".join(f"<p>{escape(x)}</p>" for x in lines if x)
        return f"<!doctype html><html><head><title>FOI | {council}</title></head><body><nav>Home</nav><main>{body}</main><footer>x</footer></body></html>".encode()
    if fmt == "eml":
        msg = EmailMessage()
        msg["From"] = "foi@leeds.gov.uk"
        msg["Subject"] = "RE: FOI"
        msg.set_content("\n".join(lines), cte="quoted-printable")
        return msg.as_bytes()
    if fmt == "pdf":
        flat = [w for x in lines for w in wrap(x)]
        pages = [flat[i : i + 50] for i in range(0, len(flat), 50)]
        return b.pdf(pages, header=f"{council} | FOI response")
    if fmt == "docx":
        body = "".join(b.para(x) for x in lines if x)
        return b.docx(body)
    raise ValueError(fmt)


def generate(n: int, seed: int = 1) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    formats = ["txt", "html", "eml", "pdf", "docx"]
    return [(f"gen{i:05d}.{formats[i % 5]}", render(formats[i % 5], rng)) for i in range(n)]
