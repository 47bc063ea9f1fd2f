"""A campaign: one round-robin request's questions, fingerprint, search terms and coded fields.

Defined by a TOML file plus, optionally, a small rules module (foi/campaigns/<name>.toml and
.py), so the next request needs a new definition, not new code. Everything after the parser
(the dataset's columns, the data dictionary, `foi eval`, corrections, `foi filter`'s flags,
`foi review`, the report, the demo's table) is built from the campaign's fields: each is a
`FieldSpec`, checked when the campaign loads, and a mistake is reported with the line of the
TOML file it is on.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

from foi.errors import UserError

DEFAULT = "bruising"

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


class CampaignError(UserError, ValueError):
    pass


@dataclass(frozen=True)
class Question:
    no: int
    key: str
    text: str
    keywords: tuple[str, ...] = ()
    answer_keywords: tuple[str, ...] = ()  # words its answers use, for unnumbered letters
    # Asked only "if ..." (if your records cannot separate bruising, ...): left unanswered
    # where its condition does not hold, it does not make a reply partial.
    conditional: bool = False


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


@dataclass
class Campaign:
    id: str
    title: str
    questions: list[Question]
    fields: dict[str, dict[str, Any]]  # each field's table as written, with compiled patterns
    fingerprint_groups: dict[str, list[re.Pattern[str]]]
    fingerprint_required: str | None
    fingerprint_min: int
    search_terms: list[str]
    window_start: str
    window_end: str
    settings: dict[str, Any] = field(default_factory=dict)
    rules: ModuleType | None = None
    source: str = DEFAULT  # the name or path it was loaded from (worker processes reload it)
    # A hash of the definition and its rules module: a change to either makes the parse
    # cache (foi/parsecache.py) read every document again for this campaign.
    version: str = ""
    specs: dict[str, FieldSpec] = field(default_factory=dict)
    # Further groups every match needs (the first is fingerprint_required).
    fingerprint_also: tuple[str, ...] = ()
    # Groups that, all matched together, mark another request's reply (a sibling campaign's).
    fingerprint_exclude: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)  # the [report] table, checked
    name: str = DEFAULT  # the name `foi --campaign` takes (the file's stem)
    path: Path | None = None  # the TOML file

    def question(self, no: int) -> Question | None:
        return next((q for q in self.questions if q.no == no), None)

    def match(self, text: str) -> tuple[bool, list[str]]:
        """Does this text answer the campaign's request? Returns the groups matched."""
        if self.fingerprint_exclude and all(
            any(p.search(text) for p in pats) for pats in self.fingerprint_exclude.values()
        ):
            # Another request's reply on the same subject, unless it quotes this one's questions.
            if (quoted := self.questions_quoted(text)) >= min(3, len(self.questions)):
                return True, [f"{quoted} of its questions"]
            return False, []
        hits = [
            g for g, pats in self.fingerprint_groups.items() if any(p.search(text) for p in pats)
        ]
        ok = (
            len(hits) >= self.fingerprint_min
            and (self.fingerprint_required is None or self.fingerprint_required in hits)
            and all(g in hits for g in self.fingerprint_also)
        )
        if not ok and (quoted := self.questions_quoted(text)) >= min(3, len(self.questions)):
            # Recognised by its questions, quoted or paraphrased, whatever words it uses.
            return True, [*hits, f"{quoted} of its questions"]
        return ok, hits

    def questions_quoted(self, text: str) -> int:
        """How many of the campaign's questions the text prints, word for word or nearly."""
        from rapidfuzz import fuzz, process

        from parsers.sentences import norm, sentences

        lines = [norm(s) for s in sentences(text[:200_000]) if 20 <= len(s) <= 600]
        if not lines:
            return 0
        seen = 0
        for q in self.questions:
            target = norm(q.text)
            best = process.extractOne(target, lines, scorer=fuzz.token_set_ratio, score_cutoff=80)
            seen += best is not None and len(best[0]) >= 0.5 * len(target)
        return seen

    @property
    def coded_fields(self) -> list[str]:
        return list(self.fields)

    @property
    def is_default(self) -> bool:
        """The first campaign keeps the data directory's top-level layout (see data_paths)."""
        return self.id == default_id()


# -- reading a campaign file ---------------------------------------------------------------


def _locate(name_or_path: str | Path) -> tuple[str, Path | None, str]:
    """(definition text, its path where it is a file, the name `--campaign` gives it)."""
    path = Path(name_or_path)
    if path.suffix == ".toml":
        if not path.is_file():
            raise CampaignError(f"{path}: no such campaign file")
        return path.read_text("utf-8"), path, path.stem
    res = resources.files("foi.campaigns").joinpath(f"{name_or_path}.toml")
    if not res.is_file():
        known = ", ".join(available())
        raise CampaignError(f"no campaign named {str(name_or_path)!r} (known: {known})")
    return res.read_text("utf-8"), Path(str(res)), str(name_or_path)


def available() -> list[str]:
    """The campaigns shipped in foi/campaigns/."""
    folder = resources.files("foi.campaigns")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


@functools.cache
def default_id() -> str:
    text, _, _ = _locate(DEFAULT)
    return str(tomllib.loads(text)["campaign"]["id"])


class _Lines:
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


def _field_spec(
    name: str, raw: dict[str, Any], lines: _Lines, questions: set[int], compile: bool = True
) -> FieldSpec:
    at = lines.header(f"fields.{name}")

    def fail(message: str, key: str | None = None) -> CampaignError:
        return lines.error(lines.key(at, key) if key else at, f"field {name}: {message}")

    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise fail("a field's name is lower-case letters, digits and _ (it becomes a column)")
    if not isinstance(raw, dict):
        raise fail("must be a table")
    if "question" not in raw:
        raise fail("needs `question`, the number of the question whose answer it reads")
    question = raw["question"]
    if isinstance(question, bool) or not isinstance(question, int) or question not in questions:
        raise fail(f"question {question!r} is not one of the campaign's questions", "question")
    given = raw.get("type")
    if given is None:
        kind = "category" if "values" in raw else "text"
    elif given in FIELD_TYPES:
        kind = FIELD_TYPES[given]
    else:
        raise fail(
            f"type {given!r} is not one of {', '.join(sorted(set(FIELD_TYPES.values())))}", "type"
        )
    values: tuple[str, ...] = ()
    if kind in ("category", "yes_no"):
        raw_values = raw.get("values", list(YES_NO) if kind == "yes_no" else None)
        if (
            not raw_values
            or not isinstance(raw_values, list)
            or not all(isinstance(v, str) for v in raw_values)
        ):
            raise fail("a category needs `values`, the allowed values in order", "values")
        if len(set(raw_values)) != len(raw_values):
            raise fail("`values` lists a value twice", "values")
        values = tuple(raw_values)
        if kind == "yes_no" and not {"yes", "no"} <= set(values):
            raise fail("a yes/no field's values include yes and no", "values")
    elif "values" in raw:
        raise fail(f"a {kind} field has no list of `values`", "values")
    meanings = raw.get("meanings", {})
    if not isinstance(meanings, dict) or not all(isinstance(v, str) for v in meanings.values()):
        raise fail('`meanings` is a table of value = "what it means"', "meanings")
    if unknown := [v for v in meanings if v not in values]:
        raise fail(
            f"`meanings` names {', '.join(map(repr, unknown))}, not among its values", "meanings"
        )
    years: tuple[str, ...] = ()
    if kind == "count_by_year":
        years = tuple(raw.get("years", ()))
        if not years or not all(isinstance(y, str) and y for y in years):
            raise fail("a count_by_year field needs `years`, its keys in order", "years")
        if len(set(years)) != len(years):
            raise fail("`years` lists a year twice", "years")
    minimum, maximum = raw.get("min"), raw.get("max")
    for key, bound in (("min", minimum), ("max", maximum)):
        if bound is not None and (
            kind != "integer" or isinstance(bound, bool) or not isinstance(bound, int)
        ):
            raise fail(f"`{key}` is a whole number, for integer fields only", key)
    coder = raw.get("coder")
    if coder is not None and not (isinstance(coder, str) and coder.isidentifier()):
        raise fail(f"coder {coder!r} is not a function name", "coder")
    text_keys = ("label", "title", "phrase", "description")
    for key in text_keys:
        if key in raw and not isinstance(raw[key], str):
            raise fail(f"`{key}` is text", key)
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
        line=at,
    )
    if spec.coded and spec.default is None:
        raise fail("a category needs a `default` among its values (the value when nothing decides)")
    for key in VALUE_KEYS:
        if key in raw and (why := spec.problem(raw[key])):
            raise fail(f"{key} {why}", key)
    if "lead" in raw:
        lead = raw["lead"]
        if not isinstance(lead, dict) or any(spec.problem(v) for v in lead.values()):
            raise fail(f"`lead` maps a leading word to one of {', '.join(values)}", "lead")
    for n in raw.get("also_read", []):
        if n not in questions:
            raise fail(f"also_read: {n!r} is not one of the campaign's questions", "also_read")
    for n, rule in enumerate(raw.get("rules", [])):
        rule_at = lines.header(f"fields.{name}.rules", n, array=True) or at
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
    if not compile:
        return spec
    for sub in raw.get("subquestions", []):
        try:
            sub["compiled"] = re.compile(sub["pattern"], re.I)
        except (KeyError, TypeError, re.error) as exc:
            raise fail(f"subquestion: {exc}", "subquestions") from None
        if any(spec.problem(sub.get(k)) for k in ("yes", "no")):
            raise fail(f"subquestion answers must be among {', '.join(values)}", "subquestions")
    for key in ("topic", "also_read_topic"):
        if key in raw:  # words that show the answers speak of this field
            try:
                raw[f"{key}_compiled"] = re.compile(raw[key], re.I)
            except (TypeError, re.error) as exc:
                raise fail(f"{key}: {exc}", key) from None
    return spec


def _report(raw: dict[str, Any], specs: dict[str, FieldSpec], lines: _Lines) -> dict[str, Any]:
    """The [report] table: which fields the report's table, map, partnership view, charts,
    cards and evidence columns show (each defaults to what suits the field types)."""
    at = lines.header("report")
    report = dict(raw)
    lists = ("table", "map", "compare", "charts", "evidence")
    for key in lists:
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
    return report


def load_specs(name_or_path: str | Path = DEFAULT) -> dict[str, FieldSpec]:
    """The campaign's fields alone, read from its TOML without its rules or patterns' use:
    cheap enough for building the command line's options."""
    return _read(name_or_path, compile=False)[1]


def _read(
    name_or_path: str | Path, compile: bool = True
) -> tuple[dict[str, Any], dict[str, FieldSpec], str, Path | None, str, _Lines]:
    definition, path, name = _locate(name_or_path)
    where = str(path.name if path is not None else f"{name}.toml")
    lines = _Lines(definition, where)
    try:
        raw = tomllib.loads(definition)
    except tomllib.TOMLDecodeError as exc:  # its message names the line already
        raise CampaignError(f"{where}: {exc}") from None
    meta = raw.get("campaign")
    if not isinstance(meta, dict) or not isinstance(meta.get("id"), str) or not meta["id"]:
        raise lines.error(lines.header("campaign"), "[campaign] needs an `id`")
    qs = raw.get("questions")
    if not isinstance(qs, list) or not qs:
        raise lines.error(0, "needs [[questions]], each with `no`, `key` and `text`")
    numbers: set[int] = set()
    for n, q in enumerate(qs):
        q_at = lines.header("questions", n, array=True)
        if not isinstance(q, dict) or not all(k in q for k in ("no", "key", "text")):
            raise lines.error(q_at, "a question needs `no`, `key` and `text`")
        if not isinstance(q["no"], int) or q["no"] in numbers:
            raise lines.error(
                lines.key(q_at, "no"), f"question number {q['no']!r} is not a new whole number"
            )
        numbers.add(q["no"])
    fields = raw.get("fields", {})
    if not isinstance(fields, dict):
        raise lines.error(lines.header("fields"), "[fields] must be a table of fields")
    specs = {
        name_: _field_spec(name_, spec, lines, numbers, compile) for name_, spec in fields.items()
    }
    columns: dict[str, str] = {}
    for spec in specs.values():
        for column in spec.columns:
            if column in columns:
                raise lines.error(
                    spec.line, f"field {spec.name}: its column {column} is also {columns[column]}'s"
                )
            columns[column] = spec.name
    return raw, specs, definition, path, name, lines


def _rules_module(ref: str, path: Path | None, lines: _Lines) -> ModuleType:
    """A module by name (foi.campaigns.bruising), or a .py file beside the campaign file."""
    try:
        if ref.endswith(".py"):
            file = (path.parent if path else Path.cwd()) / ref
            spec = importlib.util.spec_from_file_location(f"foi_campaign_rules_{file.stem}", file)
            if spec is None or spec.loader is None or not file.is_file():
                raise ImportError(f"{file}: no such file")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
        return importlib.import_module(ref)
    except ImportError as exc:
        raise lines.error(
            lines.key(lines.header("campaign"), "rules"), f"rules {ref!r}: {exc}"
        ) from None


def load_campaign(name_or_path: str | Path = DEFAULT) -> Campaign:
    raw, specs, definition, path, name, lines = _read(name_or_path)
    meta = raw["campaign"]
    questions = [
        Question(
            no=int(q["no"]),
            key=q["key"],
            text=q["text"],
            keywords=tuple(q.get("keywords", ())),
            answer_keywords=tuple(q.get("answer_keywords", ())),
            conditional=bool(q.get("conditional", False)),
        )
        for q in raw["questions"]
    ]
    fp = raw.get("fingerprint", {})
    fp_at = lines.header("fingerprint.groups")
    groups: dict[str, list[re.Pattern[str]]] = {}
    for g, pats in fp.get("groups", {}).items():
        try:
            groups[g] = [re.compile(p, re.I) for p in pats]
        except (re.error, TypeError) as exc:
            raise lines.error(lines.key(fp_at, g), f"fingerprint group {g}: {exc}") from None
    exclude: dict[str, list[re.Pattern[str]]] = {}
    ex_at = lines.header("fingerprint.exclude")
    for g, pats in fp.get("exclude", {}).items():
        try:
            exclude[g] = [re.compile(p, re.I) for p in pats]
        except (re.error, TypeError) as exc:
            raise lines.error(
                lines.key(ex_at, g), f"fingerprint exclude group {g}: {exc}"
            ) from None
    required = fp.get("required")
    needed = [required] if isinstance(required, str) else list(required or [])
    if missing := [g for g in needed if g not in groups]:
        raise lines.error(
            lines.key(lines.header("fingerprint"), "required"),
            f"fingerprint: required group {missing[0]!r} is not defined",
        )
    rules = _rules_module(meta["rules"], path, lines) if meta.get("rules") else None
    for spec in specs.values():
        if spec.coder and (rules is None or not callable(getattr(rules, spec.coder, None))):
            raise lines.error(
                lines.key(spec.line, "coder"),
                f"field {spec.name}: coder {spec.coder!r} is not a function of the rules module",
            )
    for spec in specs.values():
        if not spec.coder and spec.type in ("count_by_year", "month"):
            raise lines.error(spec.line, f"field {spec.name}: a {spec.type} field needs a `coder`")
    report = _report(raw.get("report", {}), specs, lines)
    version = hashlib.sha256(definition.encode("utf-8"))
    if rules is not None and getattr(rules, "__file__", None):
        version.update(Path(rules.__file__).read_bytes())  # type: ignore[arg-type]
    return Campaign(
        id=meta["id"],
        title=meta.get("title", meta["id"]),
        questions=questions,
        fields=raw.get("fields", {}),
        fingerprint_groups=groups,
        fingerprint_required=needed[0] if needed else None,
        fingerprint_min=int(fp.get("min_groups", 1)),
        search_terms=list(meta.get("search_terms", [])),
        window_start=meta.get("window_start", ""),
        window_end=meta.get("window_end", ""),
        settings=meta,
        rules=rules,
        source=str(name_or_path),
        version=version.hexdigest()[:16],
        specs=specs,
        fingerprint_also=tuple(needed[1:]),
        fingerprint_exclude=exclude,
        report=report,
        name=name,
        path=path,
    )


# -- where a campaign's data lives in a data directory --------------------------------------


@dataclass(frozen=True)
class DataPaths:
    """One campaign's files in a data directory. The raw archive, its manifest, the parse
    cache (kept per campaign inside) and the HTTP cache are shared by every campaign; the
    first campaign (bruising) keeps the top-level layout, any other its own folder
    `DATA_DIR/campaigns/<campaign id>/`, so one data directory holds several campaigns
    without mixing them."""

    root: Path  # the data directory
    home: Path  # this campaign's folder (the data directory itself for the first campaign)

    @property
    def dataset(self) -> Path:
        return self.home / "dataset"

    @property
    def corrections(self) -> Path:
        return self.home / "corrections.csv"

    @property
    def history(self) -> Path:  # every crawl's changes, appended
        return self.home / "state" / "changes.parquet"

    @property
    def changes(self) -> Path:  # each crawl's change report, as Markdown
        return self.home / "changes"

    @property
    def report(self) -> Path:
        return self.home / "report.html"


def data_paths(root: Path, campaign: Campaign) -> DataPaths:
    root = Path(root)
    if campaign.is_default:
        return DataPaths(root, root)
    return DataPaths(root, root / "campaigns" / re.sub(r"[^\w.-]", "_", campaign.id))


# -- starting a campaign -------------------------------------------------------------------

STOPWORDS = frozenset(
    """a about above after all also an and any are as at be because been before being between
    both but by can could did do does each for from give given had has have how if in into is
    it its many may me more most much my no not of on one or other our over please provide
    provided same should so some such than that the their them then there these they this
    those through to under up us was we were what when where whether which while who whom why
    will with would you your yours per each year years number numbers council councils
    authority authorities information request""".split()
)


def read_questions(text: str) -> list[str]:
    """The questions of a request as a journalist pastes it: numbered items ("1.", "2)",
    "Q3:", "(4)"), each with the lines that continue it; else one question per line. Lines
    before the first number (the preamble) are left out."""
    numbered = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\(?(\d{1,2})[.):]\s*(.*)$", re.I)
    questions: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if m := numbered.match(line):
            if current:
                questions.append(" ".join(current))
            current = [m.group(2).strip()] if m.group(2).strip() else []
        elif current is not None and line.strip():
            current.append(line.strip())
        elif current is not None and current:
            questions.append(" ".join(current))
            current = None
    if current:
        questions.append(" ".join(current))
    if not questions:
        questions = [line.strip() for line in text.splitlines() if line.strip()]
    return [re.sub(r"\s+", " ", q) for q in questions if q]


def _words(text: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[a-z][a-z0-9'-]+", text.lower())
        if w not in STOPWORDS and len(w) > 2
    ]


def new_campaign_toml(name: str, questions: list[str], today: str) -> str:
    """A campaign file for a new request: its questions (one free-text field each, so every
    reply gives question-and-answer pairs and a dataset at once), a fingerprint made of each
    question's most telling words, and search terms from them. Coded fields are added later
    by hand."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise CampaignError("a campaign's name is lower-case letters, digits and _ (my_request)")
    if not questions:
        raise CampaignError("no questions found")
    if len(questions) > 30:
        raise CampaignError(f"{len(questions)} questions: at most 30")
    counts: dict[str, int] = {}
    for q in questions:
        for w in set(_words(q)):
            counts[w] = counts.get(w, 0) + 1

    def telling(q: str, n: int) -> list[str]:
        """The question's words that the other questions use least, longest first."""
        words = list(dict.fromkeys(_words(q)))
        return sorted(words, key=lambda w: (counts[w], -len(w)))[:n]

    def s(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string

    # The request's subject: the words most of its questions share ("school crossing").
    shared = sorted(
        (w for w, c in counts.items() if c >= max(2, (len(questions) + 1) // 2)),
        key=lambda w: (-counts[w], -len(w)),
    )[:3]
    subject = " ".join(w for w in _words(" ".join(questions)) if w in shared)
    subject = " ".join(dict.fromkeys(subject.split()))

    year = int(today[:4])
    lines = [
        f"# Campaign {name}, started by `foi campaign new` on {today}. Each question has a free-text",
        "# field (its answer as the reply gives it); add coded fields (category, yes_no, month,",
        "# integer, count_by_year) and their rules or a rules module as you learn how councils answer.",
        "",
        "[campaign]",
        f"id = {s(name.replace('_', '-') + '-' + str(year))}",
        f"title = {s(questions[0][:150])}",
        f'window_start = "{today[:8]}01"',
        f'window_end = "{year + 1}-12-31"',
        "search_terms = ["
        + ", ".join(
            s(t)
            for t in dict.fromkeys([subject, *(" ".join(telling(q, 2)) for q in questions[:5])])
            if t
        )
        + "]",
        "",
        "[fingerprint]",
        "# A reply speaks of the request's subject and of the words of at least one question (or",
        "# quotes the questions themselves).",
        *(['required = "subject"'] if shared else []),
        f"min_groups = {min(2, len(questions))}",
        "[fingerprint.groups]",
        *(
            ["subject = [" + ", ".join("'\\b" + re.escape(w) + "'" for w in shared) + "]"]
            if shared
            else []
        ),
    ]
    for n, q in enumerate(questions, start=1):
        pats = ", ".join("'\\b" + re.escape(w) + "'" for w in telling(q, 3))
        lines.append(f"q{n} = [{pats}]")
    keys: set[str] = set()
    for n, q in enumerate(questions, start=1):
        key = "_".join(telling(q, 2)).replace("-", "_").replace("'", "") or f"q{n}"
        key = key if key not in keys else f"{key}_{n}"
        keys.add(key)
        lines += [
            "",
            "[[questions]]",
            f"no = {n}",
            f"key = {s(key)}",
            f"text = {s(q)}",
            "keywords = [" + ", ".join(s(w) for w in telling(q, 4)) + "]",
        ]
    for n, q in enumerate(questions, start=1):
        lines += [
            "",
            f"[fields.q{n}]",
            f"question = {n}",
            'type = "text"',
            f'label = "Q{n}"',
            f"title = {s(f'Q{n}: ' + (q if len(q) <= 80 else q[:77] + '...'))}",
            f"description = {s(f'The answer to question {n} as the reply gives it: {q}')}",
        ]
    return "\n".join(lines) + "\n"
