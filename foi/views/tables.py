"""Plain-text tables for the terminal: `foi crawl`, `demo`, `status`, `filter` and `review`
print theirs with `table`. On a terminal the widest columns give way, cut with "…", so no
line wraps; piped or redirected output keeps every character."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    room = terminal_width()
    if room:
        while sum(widths) + 2 * (len(widths) - 1) > room and max(widths) > 8:
            widths[widths.index(max(widths))] -= 1

    def fit(value: object, w: int) -> str:
        text = str(value)
        return text if len(text) <= w else text[: w - 1] + "…"

    def line(values: Sequence[object]) -> str:
        return "  ".join(fit(v, w).ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    lines = [line(list(header)), line(["-" * w for w in widths])]
    lines += [line(list(r)) for r in rows]
    return "\n".join(lines)


def terminal_width() -> int | None:
    """The terminal's width where output goes to one, else None (a pipe or a file gets
    every character, whatever COLUMNS a CI shell exports)."""
    if sys.stdout.isatty():
        import shutil

        return shutil.get_terminal_size().columns
    return None


def frame_table(df) -> str:  # type: ignore[no-untyped-def]
    """A data frame (`foi filter`, `foi review`) as a table: missing values blank, numbers
    to two places, long text cut at 60 characters."""

    def cell(v: object) -> str:
        if v is None or str(v) in ("<NA>", "nan"):
            return ""
        return f"{v:.2f}" if isinstance(v, float) else str(v)[:60]

    rows = [[cell(v) for v in r] for r in df.itertuples(index=False)]
    return table(rows, [str(c) for c in df.columns]) if rows else "(nothing matches)"
