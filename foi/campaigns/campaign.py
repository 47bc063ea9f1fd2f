"""A campaign: one round-robin request's questions, fingerprint, search terms and coded fields.

Defined by a TOML file plus, optionally, a small rules module (foi/campaigns/<name>.toml and
.py), so the next request needs a new definition, not new code. Everything after the parser
(the dataset's columns, the data dictionary, `foi eval`, corrections, `foi filter`'s flags,
`foi review`, the report, the demo's table) is built from the campaign's fields: each is a
`FieldSpec`, checked when the campaign loads, and a mistake is reported with the line of the
TOML file it is on.

This module loads a campaign by name or path. Its parts live beside it, and every name other
modules use is importable from here as well:

- foi/campaigns/fieldspec.py: FieldSpec, the field types, and the checks of a [fields.NAME] table;
- foi/campaigns/campaign_file.py: CampaignError, the TOML line finder, the checks of [report];
- foi/campaigns/campaign_new.py: `foi campaign new` (read_questions, new_campaign_toml);
- foi/archive/datadir.py: where a campaign's files are in a data directory (DataPaths, data_paths).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import re
import sys
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

from foi.archive.datadir import DataPaths, data_paths
from foi.campaigns.campaign_file import CampaignError, Lines, check_report
from foi.campaigns.campaign_new import STOPWORDS, new_campaign_toml, read_questions
from foi.campaigns.fieldspec import (
    FIELD_TYPES,
    MONTH,
    SUPPRESSED,
    VALUE_KEYS,
    YES_NO,
    FieldSpec,
    field_spec,
)

DEFAULT = "bruising"

__all__ = [
    "DEFAULT",
    "FIELD_TYPES",
    "MONTH",
    "STOPWORDS",
    "SUPPRESSED",
    "VALUE_KEYS",
    "YES_NO",
    "Campaign",
    "CampaignError",
    "DataPaths",
    "FieldSpec",
    "Question",
    "available",
    "data_paths",
    "default_id",
    "load_campaign",
    "load_specs",
    "new_campaign_toml",
    "read_questions",
]


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
    # A hash of the definition and its rules module (with the helper modules it uses from
    # beside it, and the code that reads a definition): a change to any makes the parse
    # cache (foi/parse/parsecache.py) read every document again for this campaign.
    version: str = ""
    specs: dict[str, FieldSpec] = field(default_factory=dict)
    # Further groups every match needs (the first is fingerprint_required).
    fingerprint_also: tuple[str, ...] = ()
    # Groups that, all matched together, mark another request's reply (a sibling campaign's).
    fingerprint_exclude: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    fingerprint_one_of: tuple[str, ...] = ()  # at least one of these groups, where given
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
            and (not self.fingerprint_one_of or any(g in hits for g in self.fingerprint_one_of))
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


def load_specs(name_or_path: str | Path = DEFAULT) -> dict[str, FieldSpec]:
    """The campaign's fields alone, read from its TOML without its rules or patterns' use:
    cheap enough for building the command line's options."""
    return _read(name_or_path, compile=False)[1]


def _read(
    name_or_path: str | Path, compile: bool = True
) -> tuple[dict[str, Any], dict[str, FieldSpec], str, Path | None, str, Lines]:
    definition, path, name = _locate(name_or_path)
    where = str(path.name if path is not None else f"{name}.toml")
    lines = Lines(definition, where)
    try:
        raw = tomllib.loads(definition)
    except tomllib.TOMLDecodeError as exc:  # its message names the line already
        raise CampaignError(f"{where}: {exc}") from None
    meta = raw.get("campaign")
    if not isinstance(meta, dict) or not isinstance(meta.get("id"), str) or not meta["id"]:
        raise lines.error(lines.header("campaign"), "[campaign] needs an `id`")
    numbers = _question_numbers(raw.get("questions"), lines)
    fields = raw.get("fields", {})
    if not isinstance(fields, dict):
        raise lines.error(lines.header("fields"), "[fields] must be a table of fields")
    specs = {
        name_: field_spec(name_, spec, lines, numbers, compile) for name_, spec in fields.items()
    }
    _check_columns(specs, lines)
    return raw, specs, definition, path, name, lines


def _question_numbers(qs: Any, lines: Lines) -> set[int]:
    """The numbers of the [[questions]], each checked."""
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
    return numbers


def _check_columns(specs: dict[str, FieldSpec], lines: Lines) -> None:
    """No two fields give the dataset the same column."""
    columns: dict[str, str] = {}
    for spec in specs.values():
        for column in spec.columns:
            if column in columns:
                raise lines.error(
                    spec.line, f"field {spec.name}: its column {column} is also {columns[column]}'s"
                )
            columns[column] = spec.name


def _rules_module(ref: str, path: Path | None, lines: Lines) -> ModuleType:
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


def _rules_files(rules: ModuleType) -> list[Path]:
    """The rules module's file, then those of the modules it uses from its own folder or
    below (foi/campaigns/s47/...), found through what each of them imports."""
    main = Path(rules.__file__).resolve()  # type: ignore[arg-type]
    home = main.parent
    seen: dict[str, Path] = {}
    todo = [rules]
    while todo:
        module = todo.pop()
        file = getattr(module, "__file__", None)
        if not file or module.__name__ in seen or not Path(file).resolve().is_relative_to(home):
            continue
        seen[module.__name__] = Path(file).resolve()
        for value in vars(module).values():
            if isinstance(value, ModuleType):
                todo.append(value)
            elif isinstance(owner := getattr(value, "__module__", None), str):
                if (used := sys.modules.get(owner)) is not None:
                    todo.append(used)
    return [main, *sorted(set(seen.values()) - {main})]


# The code that reads a definition, beside foi/campaigns/campaign.py (which is in the parser's version,
# foi/parse/parsecache.py): a change to how a field is read reads every document again.
_READERS = ("fieldspec.py", "campaign_file.py")


def _version(definition: str, rules: ModuleType | None) -> str:
    """A hash of the definition, its rules (with their helper modules) and its readers."""
    version = hashlib.sha256(definition.encode("utf-8"))
    if rules is not None and getattr(rules, "__file__", None):
        for file in _rules_files(rules):
            version.update(file.read_bytes())
    for name in _READERS:
        version.update((Path(__file__).parent / name).read_bytes())
    return version.hexdigest()[:16]


def _patterns(
    table: dict[str, Any], at: int, lines: Lines, what: str
) -> dict[str, list[re.Pattern[str]]]:
    """A fingerprint's groups of patterns, compiled."""
    groups: dict[str, list[re.Pattern[str]]] = {}
    for g, pats in table.items():
        try:
            groups[g] = [re.compile(p, re.I) for p in pats]
        except (re.error, TypeError) as exc:
            raise lines.error(lines.key(at, g), f"{what} {g}: {exc}") from None
    return groups


@dataclass
class _Fingerprint:
    groups: dict[str, list[re.Pattern[str]]]
    exclude: dict[str, list[re.Pattern[str]]]
    needed: list[str]  # the groups every match needs, the first one `required`
    min_groups: Any  # as written (made a number as the campaign is made)
    one_of: list[str]  # groups of which a match needs at least one


def _names(value: Any) -> list[str]:
    """A fingerprint key that names one group or a list of them."""
    return [value] if isinstance(value, str) else list(value or [])


def _fingerprint(fp: dict[str, Any], lines: Lines) -> _Fingerprint:
    groups = _patterns(
        fp.get("groups", {}), lines.header("fingerprint.groups"), lines, "fingerprint group"
    )
    exclude = _patterns(
        fp.get("exclude", {}),
        lines.header("fingerprint.exclude"),
        lines,
        "fingerprint exclude group",
    )
    needed, one_of = _names(fp.get("required")), _names(fp.get("one_of"))
    for key, names in (("required", needed), ("one_of", one_of)):
        if missing := [g for g in names if g not in groups]:
            raise lines.error(
                lines.key(lines.header("fingerprint"), key),
                f"fingerprint: {key} group {missing[0]!r} is not defined",
            )
    return _Fingerprint(groups, exclude, needed, fp.get("min_groups", 1), one_of)


def _check_coders(specs: dict[str, FieldSpec], rules: ModuleType | None, lines: Lines) -> None:
    for spec in specs.values():
        if spec.coder and (rules is None or not callable(getattr(rules, spec.coder, None))):
            raise lines.error(
                lines.key(spec.line, "coder"),
                f"field {spec.name}: coder {spec.coder!r} is not a function of the rules module",
            )
    for spec in specs.values():
        if not spec.coder and spec.type in ("count_by_year", "month"):
            raise lines.error(spec.line, f"field {spec.name}: a {spec.type} field needs a `coder`")


def _question(q: dict[str, Any]) -> Question:
    return Question(
        no=int(q["no"]),
        key=q["key"],
        text=q["text"],
        keywords=tuple(q.get("keywords", ())),
        answer_keywords=tuple(q.get("answer_keywords", ())),
        conditional=bool(q.get("conditional", False)),
    )


def load_campaign(name_or_path: str | Path = DEFAULT) -> Campaign:
    raw, specs, definition, path, name, lines = _read(name_or_path)
    meta = raw["campaign"]
    questions = [_question(q) for q in raw["questions"]]
    fp = _fingerprint(raw.get("fingerprint", {}), lines)
    rules = _rules_module(meta["rules"], path, lines) if meta.get("rules") else None
    _check_coders(specs, rules, lines)
    report = check_report(raw.get("report", {}), specs, lines)
    return Campaign(
        id=meta["id"],
        title=meta.get("title", meta["id"]),
        questions=questions,
        fields=raw.get("fields", {}),
        fingerprint_groups=fp.groups,
        fingerprint_required=fp.needed[0] if fp.needed else None,
        fingerprint_min=int(fp.min_groups),
        search_terms=list(meta.get("search_terms", [])),
        window_start=meta.get("window_start", ""),
        window_end=meta.get("window_end", ""),
        settings=meta,
        rules=rules,
        source=str(name_or_path),
        version=_version(definition, rules),
        specs=specs,
        fingerprint_also=tuple(fp.needed[1:]),
        fingerprint_exclude=fp.exclude,
        fingerprint_one_of=tuple(fp.one_of),
        report=report,
        name=name,
        path=path,
    )
