"""Turn lines of plain text (a text file, an email body, a PDF page) into paragraph blocks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from parsers.model import Block

# A line that starts something new: a numbered or lettered item, a question or answer label,
# a bullet. Hard-wrapped continuation lines never start like this.
STARTER = re.compile(
    r"""^\s*(?:
        (?:Q|A)\.?\s?\d{1,2}\b | (?:Questions?|Parts?|Request)\s+(?:\d|one|two|three|four|five)\b
      | In\s+(?:answer|response|reply)\s+to\b
      | \d{1,2}\s?[.):]\s | \d{1,2}\s*$ | \d{1,2}\s+(?=[A-Z][a-z]) | \(?[a-eA-E]\)\s | [a-eA-E]\.\s | \(?(?:i{1,3}|iv|v)[.)]\s
      | (?:Answer|Response|Reply|Council(?:'s|’s)?\s+response|Our\s+response|Information\s+supplied)\b
      | Re-?use\b | Your\s+right | If\s+you\s+are\s+(?:unhappy|dissatisfied|not) | Yours\s+(?:sincerely|faithfully)
      | Kind\s+regards | Copyright\b
      | [•·▪●◦\-–*]\s
    )""",
    re.X,
)
_TERMINAL = re.compile(r"[.?!:;]['\"’”)]?\s*$")
_URL_TAIL = re.compile(r"https?://\S+$")


def is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text has most lines close to one width."""
    lengths = [len(x.rstrip()) for x in lines if x.strip()]
    if len(lengths) < 3:
        return False
    width = sorted(lengths)[max(0, int(len(lengths) * 0.9) - 1)]
    if width > 110 or width < 40:
        return False
    near = sum(1 for n in lengths if n >= width * 0.75)
    if near / len(lengths) >= 0.45:
        return True
    # A letter with many short lines (address, date, sign-off) around wrapped paragraphs:
    # judged on its longer lines, most of which stop mid-sentence at about one width.
    body = [x.rstrip() for x in lines if len(x.strip()) >= 30]
    wide = [x for x in body if len(x) >= width * 0.75]
    unfinished = sum(1 for x in wide if not _TERMINAL.search(x))
    return len(body) >= 5 and len(wide) / len(body) >= 0.5 and unfinished / max(1, len(wide)) >= 0.6


# Words that commonly open a hyphenated compound ("non-mobile", "same-day", "bottom-shuffling").
COMPOUND_LEFT = {
    "non", "pre", "post", "multi", "same", "bottom", "self", "co", "cross", "well", "inter",
    "sub", "semi", "task", "child", "face", "follow", "case", "part", "full", "long", "short",
    "decision", "high", "low", "health", "twice", "year", "non-", "seven", "one", "two", "three",
    "four", "five", "six", "e", "re",
}  # fmt: skip


def join_hyphenated(left: str, right: str, vocabulary: set[str]) -> str:
    """Join a line ending in a hyphen to the next. The hyphen stays in a compound
    ("bottom-shuffling") and goes in a word broken by hyphenation ("assess-ment")."""
    m = re.search(r"(\w+)-$", left)
    n = re.match(r"(\w+)", right)
    if not (m and n and right[:1].islower()):
        return left + right if m else left + " " + right
    head, tail = m.group(1).lower(), n.group(1).lower()
    if f"{head}-{tail}" in vocabulary or head in COMPOUND_LEFT:
        return left + right
    if head + tail in vocabulary or head not in vocabulary:
        return left[:-1] + right
    return left + right


def _unbreak(line: str, vocabulary: set[str]) -> str:
    """PDFium joins a word hyphenated across lines with U+FFFE: keep or drop the hyphen."""
    if not _BREAK_MARK.search(line):
        return line  # (most lines: the regex below tries every word of them)
    return re.sub(
        r"(?<!\w)(\w+)[\ufffe\x02](\w*)",
        lambda m: (
            join_hyphenated(m.group(1) + "-", m.group(2), vocabulary).replace(" ", "")
            if m.group(2)
            else m.group(1) + "-"
        ),
        line,
    )


def _carries_on(prev: str, line: str) -> bool:
    """The next line continues an unfinished sentence: 'review of' / 'your policies'."""
    return (prev[-1:].isalnum() or prev.endswith(",")) and line.strip()[:1].islower()


def lines_to_blocks(
    lines: Iterable[str], *, wrapped: bool | None = None, where: str = ""
) -> list[Block]:
    """Paragraphs from lines; in wrapped text, a line continues the paragraph unless it
    follows a blank or short finished line, or opens with a list or question marker."""
    lines, vocabulary = _unhyphenated(lines)
    # Quoted lines ("> ...") are wrapped by the sender's mail program, the reply may not be:
    # each is judged on its own.
    quoted_lines = [re.sub(r"^\s*(?:>\s?)+", "", x) for x in lines if x.lstrip().startswith(">")]
    wrapped_quote = is_wrapped(quoted_lines) if wrapped is None else wrapped
    if wrapped is None:
        wrapped = is_wrapped([x for x in lines if not x.lstrip().startswith(">")])
    wrapped_own = wrapped
    lengths = [len(x) for x in lines if x.strip()]
    width = sorted(lengths)[int(len(lengths) * 0.9) - 1] if lengths else 80
    out = _Paragraphs(vocabulary, where, wrapped)
    prev = ""
    for number, raw in enumerate(lines):
        is_quote = raw.lstrip().startswith(">")
        line = re.sub(r"^\s*(?:>\s?)+", "", raw) if is_quote else raw
        if is_quote != out.quote:
            out.flush()
            out.quote = is_quote
            out.wrapped = wrapped_quote if is_quote else wrapped_own
        if not line.strip():
            out.flush()
            prev = ""
            continue
        if out.starts_new(prev, line, width):
            out.flush()
            out.start_line = number
        out.current.append(line.strip())
        prev = line
    out.flush()
    return out.blocks


def _unhyphenated(lines: Iterable[str]) -> tuple[list[str], set[str]]:
    """The lines with their hyphens at line breaks kept or dropped, and the words they use."""
    # PDFium marks a hyphen at a line break as U+FFFE (or U+0002); a soft hyphen is invisible.
    lines = [re.sub("[\ufffe\x02]$", "-", ln.rstrip()).replace("\u00ad", "") for ln in lines]
    vocabulary = {w.lower() for ln in lines for w in re.findall(r"[\w-]+", _unbroken_words(ln))}
    return [_unbreak(ln, vocabulary) for ln in lines], vocabulary


_BREAK_MARK = re.compile("[\ufffe\x02]")


def _unbroken_words(line: str) -> str:
    """The line without its words broken at a line's end or by a PDFium mark."""
    if not (line.endswith("-") or _BREAK_MARK.search(line)):
        return line  # nothing broken (most lines: the regex below tries every word of them)
    # (?<!\w): start only at a word's start, or a 1.2M-letter "word" takes hours.
    return re.sub(r"(?<!\w)\w+[\ufffe\x02]\w*|(?<!\w)\w+-$", " ", line)


@dataclass
class _Paragraphs:
    """The paragraphs made so far, and the lines of the one being read."""

    vocabulary: set[str]
    where: str
    wrapped: bool  # the lines being read are hard-wrapped
    blocks: list[Block] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    quote: bool = False
    start_line: int = 0

    def starts_new(self, prev: str, line: str, width: int) -> bool:
        return (
            not self.current
            or not self.wrapped
            or STARTER.match(line) is not None
            or (
                _TERMINAL.search(prev) is not None
                and len(prev) < width * 0.8
                # "...; rolling;" then "age." in a narrow table column: one line of text.
                and not (prev.rstrip().endswith((";", ",")) and line.strip()[:1].islower())
            )
            # A short unfinished line continues when the next one carries on the sentence
            # (a narrow table column in a PDF); otherwise a short line ends its paragraph.
            or (len(prev) < width * 0.5 and not prev.endswith("-") and not _carries_on(prev, line))
        )

    def flush(self) -> None:
        current = self.current
        if current:
            at = self.where or f"line {self.start_line + 1}"
            text = current[0]
            # (`text +=`: the paragraph grows in place, not copied at each line)
            for nxt in current[1:]:
                if text.endswith("-") or (
                    # (the line's own tests first: the address is looked for in all the
                    # paragraph so far, and most lines, holding a space, need no look)
                    " " not in nxt.strip() and not nxt[:1].isupper() and _URL_TAIL.search(text)
                ):
                    if text.endswith("-"):
                        text = join_hyphenated(text, nxt.strip(), self.vocabulary)
                    else:
                        text += nxt.strip()
                elif self.wrapped or (nxt.strip()[:1].islower() and not _TERMINAL.search(text)):
                    # (an unfinished line whose next line carries on in lower case is one
                    # sentence wrapped by hand: "is classed as" / "mobile.")
                    text += " " + nxt.strip()
                else:
                    text += "\n" + nxt.strip()
            self.blocks.append(Block(text=text.strip(), where=at, quote=self.quote))
            current.clear()
