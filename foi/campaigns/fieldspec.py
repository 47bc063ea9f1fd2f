"""A campaign's coded fields: each `[fields.NAME]` table of the campaign file becomes a
FieldSpec (what it records, its type, its allowed values in order and what each means, its
default, the coder that fills it), checked when the campaign loads. A mistake is reported
with the line of the field's table or of the key (foi/campaigns/campaign_file.py finds them); each
concern of a field (its question, type, values, meanings, years, bounds, coder, texts, the
values its rules give, its patterns) has its own check, run in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from foi.campaigns.campaign_file import CampaignError, Lines

# The kinds of coded field, with the spellings a campaign file may use for each.
FIELD_TYPES = {
    "category": "category",
    "yes_no": "yes_no",
    "yes-no": "yes_no",
    "month": "month",
    "date": "month",
    "integer": "integer",
    "int": "integer",
    "count_by_year": "count_by_year",
    "count-by-year": "count_by_year",
    "text": "text",
    "free_text": "text",
}
YES_NO = ("yes", "no", "not_stated")
SUPPRESSED = "<5"  # how a count-by-year field spells a suppressed small number
MONTH = re.compile(r"(19|20)\d\d(-(0[1-9]|1[0-2]))?")
# Keys of a field's table that name one of its values.
VALUE_KEYS = ("default", "not_held", "answered")


@dataclass(frozen=True)
class FieldSpec:
    """One coded field: what it records, its type, its allowed values in their order and
    what each means, its default, and the coder that fills it."""

    name: str
    question: int  # the question whose answer is read first
    type: str  # category | yes_no | month | integer | count_by_year | text
    values: tuple[str, ...] = ()  # category and yes_no: allowed values, in the campaign's order
    meanings: tuple[tuple[str, str], ...] = ()  # (value, what it means)
    default: Any = None
    coder: str | None = None  # a function of the rules module
    label: str = ""  # a short column heading ("Review")
    title: str = ""  # a longer name for menus and charts ("Q1: review after the guidance")
    phrase: str = ""  # how a sentence names it ("review date")
    description: str = ""  # what it records, for the data dictionary
    years: tuple[str, ...] = ()  # count_by_year: its keys, in order ("2019/20", ...)
    minimum: int | None = None  # integer: the smallest and largest value allowed
    maximum: int | None = None
    line: int = 0  # where the campaign file defines it

    @property
    def coded(self) -> bool:
        """A value from a fixed list (a category or yes/no)."""
        return self.type in ("category", "yes_no")

    def meaning(self, value: str) -> str:
        return dict(self.meanings).get(value, "")

    def year_column(self, year: str) -> str:
        """The dataset column of one year of a count-by-year field: s47_enquiries_2019_20."""
        slug = re.sub(r"\W+", "_", year).strip("_")
        return f"{self.name}_{slug}"

    @property
    def suppressed_column(self) -> str:
        return f"{self.name}_suppressed"

    @property
    def columns(self) -> list[str]:
        """Its columns in the responses table: one, or one per year and the suppressed years."""
        if self.type == "count_by_year":
            return [*(self.year_column(y) for y in self.years), self.suppressed_column]
        return [self.name]

    def problem(self, value: Any) -> str | None:
        """Why `value` cannot be this field's value (None where it can)."""
        if value is None:
            return None
        if self.coded:
            if value not in self.values:
                return f"{value!r} is not one of {', '.join(self.values)}"
        elif self.type == "month":
            if not isinstance(value, str) or not MONTH.fullmatch(value):
                return f"{value!r} is not YYYY or YYYY-MM"
        elif self.type == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                return f"{value!r} is not a whole number"
            if self.minimum is not None and value < self.minimum:
                return f"{value} is below {self.minimum}"
            if self.maximum is not None and value > self.maximum:
                return f"{value} is above {self.maximum}"
        elif self.type == "count_by_year":
            if not isinstance(value, dict):
                return f"{value!r} is not a figure per year"
            for year, n in value.items():
                if year not in self.years:
                    return f"{year!r} is not one of its years ({', '.join(self.years)})"
                if (
                    n is not None
                    and n != SUPPRESSED
                    and (isinstance(n, bool) or not isinstance(n, int) or n < 0)
                ):
                    return f"{year}: {n!r} is not a count, {SUPPRESSED!r} or null"
        elif self.type == "text" and not isinstance(value, str):
            return f"{value!r} is not text"
        return None

    def parse(self, raw: str) -> Any:
        """A value typed by a person (a corrections file): '' is null; a count-by-year field
        is written `2019/20=14; 2020/21=<5` (years left out are null). ValueError if wrong."""
        raw = raw.strip()
        if not raw:
            return None
        value: Any = raw
        if self.type == "integer":
            if not re.fullmatch(r"-?\d+", raw):
                raise ValueError(f"{self.name} {raw!r} is not a whole number")
            value = int(raw)
        elif self.type == "count_by_year":
            value = dict.fromkeys(self.years)
            for part in filter(None, (p.strip() for p in re.split(r"[;\n]", raw))):
                year, _, n = part.partition("=")
                n = n.strip()
                value[year.strip()] = None if n in ("", "null") else int(n) if n.isdigit() else n
        if why := self.problem(value):
            raise ValueError(f"{self.name} {why}")
        return value

    def normalise(self, value: Any) -> Any:
        """A value as the dataset holds it: a count-by-year figure with every year present."""
        if self.type == "count_by_year" and isinstance(value, dict):
            return {y: value.get(y) for y in self.years}
        return value


# -- checking a [fields.NAME] table ----------------------------------------------------------


class _Table:
    """One [fields.NAME] table of the campaign file: where it is, and its errors."""

    def __init__(self, name: str, raw: Any, lines: Lines):
        self.name = name
        self.raw = raw
        self.lines = lines
        self.at = lines.header(f"fields.{name}")

    def fail(self, message: str, key: str | None = None) -> CampaignError:
        line = self.lines.key(self.at, key) if key else self.at
        return self.lines.error(line, f"field {self.name}: {message}")


def field_spec(
    name: str, raw: dict[str, Any], lines: Lines, questions: set[int], compile: bool = True
) -> FieldSpec:
    """The FieldSpec of one [fields.NAME] table, checked; with `compile`, its patterns are
    compiled into the table (`compiled`, `topic_compiled`, ...) for the coding rules."""
    table = _Table(name, raw, lines)
    question = _check_question(table, questions)
    kind = _check_type(table)
    values = _check_values(table, kind)
    meanings = _check_meanings(table, values)
    years = _check_years(table, kind)
    minimum, maximum = _check_bounds(table, kind)
    coder = _check_coder(table)
    _check_texts(table)
    spec = FieldSpec(
        name=name,
        question=question,
        type=kind,
        values=values,
        meanings=tuple((v, meanings[v]) for v in values if v in meanings),
        default=raw.get("default"),
        coder=coder,
        label=raw.get("label") or name.replace("_", " "),
        title=raw.get("title") or raw.get("label") or name.replace("_", " "),
        phrase=raw.get("phrase") or (raw.get("label") or name.replace("_", " ")),
        description=raw.get("description", ""),
        years=years,
        minimum=minimum,
        maximum=maximum,
        line=table.at,
    )
    _check_given_values(table, spec, questions)
    _check_rules(table, spec, compile)
    if compile:
        _compile_extras(table, spec)
    return spec


def _check_question(table: _Table, questions: set[int]) -> int:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", table.name):
        raise table.fail("a field's name is lower-case letters, digits and _ (it becomes a column)")
    raw = table.raw
    if not isinstance(raw, dict):
        raise table.fail("must be a table")
    if "question" not in raw:
        raise table.fail("needs `question`, the number of the question whose answer it reads")
    question = raw["question"]
    if isinstance(question, bool) or not isinstance(question, int) or question not in questions:
        raise table.fail(
            f"question {question!r} is not one of the campaign's questions", "question"
        )
    return question


def _check_type(table: _Table) -> str:
    given = table.raw.get("type")
    if given is None:
        return "category" if "values" in table.raw else "text"
    if given in FIELD_TYPES:
        return FIELD_TYPES[given]
    raise table.fail(
        f"type {given!r} is not one of {', '.join(sorted(set(FIELD_TYPES.values())))}", "type"
    )


def _check_values(table: _Table, kind: str) -> tuple[str, ...]:
    raw = table.raw
    if kind not in ("category", "yes_no"):
        if "values" in raw:
            raise table.fail(f"a {kind} field has no list of `values`", "values")
        return ()
    raw_values = raw.get("values", list(YES_NO) if kind == "yes_no" else None)
    if (
        not raw_values
        or not isinstance(raw_values, list)
        or not all(isinstance(v, str) for v in raw_values)
    ):
        raise table.fail("a category needs `values`, the allowed values in order", "values")
    if len(set(raw_values)) != len(raw_values):
        raise table.fail("`values` lists a value twice", "values")
    values = tuple(raw_values)
    if kind == "yes_no" and not {"yes", "no"} <= set(values):
        raise table.fail("a yes/no field's values include yes and no", "values")
    return values


def _check_meanings(table: _Table, values: tuple[str, ...]) -> dict[str, str]:
    meanings = table.raw.get("meanings", {})
    if not isinstance(meanings, dict) or not all(isinstance(v, str) for v in meanings.values()):
        raise table.fail('`meanings` is a table of value = "what it means"', "meanings")
    if unknown := [v for v in meanings if v not in values]:
        raise table.fail(
            f"`meanings` names {', '.join(map(repr, unknown))}, not among its values", "meanings"
        )
    return meanings


def _check_years(table: _Table, kind: str) -> tuple[str, ...]:
    if kind != "count_by_year":
        return ()
    years = tuple(table.raw.get("years", ()))
    if not years or not all(isinstance(y, str) and y for y in years):
        raise table.fail("a count_by_year field needs `years`, its keys in order", "years")
    if len(set(years)) != len(years):
        raise table.fail("`years` lists a year twice", "years")
    return years


def _check_bounds(table: _Table, kind: str) -> tuple[int | None, int | None]:
    minimum, maximum = table.raw.get("min"), table.raw.get("max")
    for key, bound in (("min", minimum), ("max", maximum)):
        if bound is not None and (
            kind != "integer" or isinstance(bound, bool) or not isinstance(bound, int)
        ):
            raise table.fail(f"`{key}` is a whole number, for integer fields only", key)
    return minimum, maximum


def _check_coder(table: _Table) -> str | None:
    coder = table.raw.get("coder")
    if coder is not None and not (isinstance(coder, str) and coder.isidentifier()):
        raise table.fail(f"coder {coder!r} is not a function name", "coder")
    return coder


def _check_texts(table: _Table) -> None:
    for key in ("label", "title", "phrase", "description"):
        if key in table.raw and not isinstance(table.raw[key], str):
            raise table.fail(f"`{key}` is text", key)


def _check_given_values(table: _Table, spec: FieldSpec, questions: set[int]) -> None:
    """The values the table names (its default, `not_held`, `lead`, ...) are the field's."""
    raw = table.raw
    if spec.coded and spec.default is None:
        raise table.fail(
            "a category needs a `default` among its values (the value when nothing decides)"
        )
    for key in VALUE_KEYS:
        if key in raw and (why := spec.problem(raw[key])):
            raise table.fail(f"{key} {why}", key)
    if "lead" in raw:
        lead = raw["lead"]
        if not isinstance(lead, dict) or any(spec.problem(v) for v in lead.values()):
            raise table.fail(
                f"`lead` maps a leading word to one of {', '.join(spec.values)}", "lead"
            )
    for n in raw.get("also_read", []):
        if n not in questions:
            raise table.fail(
                f"also_read: {n!r} is not one of the campaign's questions", "also_read"
            )


def _check_rules(table: _Table, spec: FieldSpec, compile: bool) -> None:
    """Each [[fields.NAME.rules]]: a value of the field and patterns (compiled if asked)."""
    name, lines = table.name, table.lines
    for n, rule in enumerate(table.raw.get("rules", [])):
        rule_at = lines.header(f"fields.{name}.rules", n, array=True) or table.at
        if (
            not isinstance(rule, dict)
            or "value" not in rule
            or not isinstance(rule.get("patterns"), list)
        ):
            raise lines.error(rule_at, f"field {name}: a rule needs `value` and `patterns`")
        for key in ("value", "negated"):
            if key in rule and (why := spec.problem(rule[key])):
                raise lines.error(lines.key(rule_at, key), f"field {name}: rule {key} {why}")
        if not compile:
            continue
        compiled = []
        for pattern in rule["patterns"]:
            try:
                compiled.append(re.compile(pattern, re.I))
            except (re.error, TypeError) as exc:
                raise lines.error(rule_at, f"field {name}: pattern {pattern!r}: {exc}") from None
        rule["compiled"] = compiled


def _compile_extras(table: _Table, spec: FieldSpec) -> None:
    """A field's subquestions and topic words, compiled into its table."""
    raw = table.raw
    for sub in raw.get("subquestions", []):
        try:
            sub["compiled"] = re.compile(sub["pattern"], re.I)
        except (KeyError, TypeError, re.error) as exc:
            raise table.fail(f"subquestion: {exc}", "subquestions") from None
        if any(spec.problem(sub.get(k)) for k in ("yes", "no")):
            raise table.fail(
                f"subquestion answers must be among {', '.join(spec.values)}", "subquestions"
            )
    for key in ("topic", "also_read_topic"):
        if key in raw:  # words that show the answers speak of this field
            try:
                raw[f"{key}_compiled"] = re.compile(raw[key], re.I)
            except (TypeError, re.error) as exc:
                raise table.fail(f"{key}: {exc}", key) from None
