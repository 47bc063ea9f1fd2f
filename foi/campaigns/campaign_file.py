"""The campaign file as text: where a table or a key is (tomllib gives no line numbers), the
error that names that line, and the checks of its [report] table.

A mistake in a campaign file is reported as `NAME.toml, line N: message`, the line of the
field's table or of the key found in the text (foi/campaigns/fieldspec.py checks each [fields.NAME]
table; foi/campaigns/campaign.py the rest).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from foi.errors import UserError

if TYPE_CHECKING:
    from foi.campaigns.fieldspec import FieldSpec


class CampaignError(UserError, ValueError):
    pass


class Lines:
    """Line numbers in a TOML text (tomllib gives none): where a table's header is."""

    def __init__(self, text: str, where: str):
        self.lines = text.splitlines()
        self.where = where

    def header(self, dotted: str, nth: int = 0, array: bool = False) -> int:
        parts = [re.escape(p) for p in dotted.split(".")]
        quoted = [rf"(?:{p}|\"{p}\"|'{p}')" for p in parts]
        pattern = r"\s*\.\s*".join(quoted)
        brackets = (r"\[\[", r"\]\]") if array else (r"\[", r"\]")
        header = re.compile(rf"^\s*{brackets[0]}\s*{pattern}\s*{brackets[1]}")
        found = [i + 1 for i, line in enumerate(self.lines) if header.match(line)]
        if nth < len(found):
            return found[nth]
        if "." in dotted:  # defined inline, in its parent's table
            return self.header(dotted.rsplit(".", 1)[0])
        return 0

    def key(self, start: int, key: str) -> int:
        """The line of `key = ...` in the table whose header is on line `start`."""
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for i in range(start, len(self.lines)):
            if self.lines[i].lstrip().startswith("["):
                break
            if pattern.match(self.lines[i]):
                return i + 1
        return start

    def error(self, line: int, message: str) -> CampaignError:
        return CampaignError(
            f"{self.where}, line {line}: {message}" if line else f"{self.where}: {message}"
        )


# -- the [report] table ----------------------------------------------------------------------

REPORT_LISTS = ("table", "map", "compare", "charts", "evidence")


def check_report(raw: dict[str, Any], specs: dict[str, FieldSpec], lines: Lines) -> dict[str, Any]:
    """The [report] table: which fields the report's table, map, partnership view, charts,
    cards and evidence columns show (each defaults to what suits the field types)."""
    at = lines.header("report")
    report = dict(raw)
    _check_lists(report, specs, lines, at)
    _check_cards(report, specs, lines, at)
    _report_defaults(report, specs)
    return report


def _check_lists(
    report: dict[str, Any], specs: dict[str, FieldSpec], lines: Lines, at: int
) -> None:
    for key in REPORT_LISTS:
        names = report.get(key)
        if names is None:
            continue
        if not isinstance(names, list) or (bad := [n for n in names if n not in specs]):
            bad_names = ", ".join(map(repr, bad)) if isinstance(names, list) else repr(names)
            raise lines.error(
                lines.key(at, key), f"report.{key}: {bad_names} not a field of the campaign"
            )
    if bad := [n for n in report.get("compare", []) if specs[n].type in ("text", "count_by_year")]:
        raise lines.error(
            lines.key(at, "compare"),
            f"report.compare: {', '.join(bad)}: text and count_by_year fields are not compared",
        )


def _check_cards(
    report: dict[str, Any], specs: dict[str, FieldSpec], lines: Lines, at: int
) -> None:
    for card in report.get("cards", []):
        spec = specs.get(card.get("field", "")) if isinstance(card, dict) else None
        if (
            spec is None
            or spec.problem(card.get("value"))
            or not isinstance(card.get("label"), str)
        ):
            raise lines.error(
                lines.key(at, "cards"),
                "report.cards: each is {field, value, label} with a value of the field",
            )


def _report_defaults(report: dict[str, Any], specs: dict[str, FieldSpec]) -> None:
    comparable = [s.name for s in specs.values() if s.type not in ("text", "count_by_year")]
    report.setdefault("table", [s.name for s in specs.values()])
    report.setdefault(
        "map",
        [
            s.name
            for s in specs.values()
            if s.type in ("category", "yes_no", "integer", "count_by_year")
        ],
    )
    report.setdefault("compare", comparable)
    report.setdefault(
        "charts",
        [s.name for s in specs.values() if s.type in ("category", "yes_no", "count_by_year")][:4],
    )
    report.setdefault("evidence", [s.name for s in specs.values() if s.coded][:2])
    report.setdefault("cards", [])
