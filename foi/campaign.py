"""A campaign: one round-robin request's questions, fingerprint, search terms and coding rules.

Defined by a TOML file plus a small rules module (foi/campaigns/<id>.toml and .py), so the
next request needs a new definition, not new parsing code.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

from rapidfuzz import fuzz, process

from parsers.sentences import norm, sentences

DEFAULT = "bruising"


class CampaignError(ValueError):
    pass


@dataclass(frozen=True)
class Question:
    no: int
    key: str
    text: str
    keywords: tuple[str, ...] = ()
    answer_keywords: tuple[str, ...] = ()  # words its answers use, for unnumbered letters


@dataclass
class Campaign:
    id: str
    title: str
    questions: list[Question]
    fields: dict[str, dict[str, Any]]
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

    def question(self, no: int) -> Question | None:
        return next((q for q in self.questions if q.no == no), None)

    def match(self, text: str) -> tuple[bool, list[str]]:
        """Does this text answer the campaign's request? Returns the groups matched."""
        hits = [
            g for g, pats in self.fingerprint_groups.items() if any(p.search(text) for p in pats)
        ]
        ok = len(hits) >= self.fingerprint_min and (
            self.fingerprint_required is None or self.fingerprint_required in hits
        )
        if not ok and (quoted := self.questions_quoted(text)) >= 3:
            # Recognised by its questions, quoted or paraphrased, whatever words it uses.
            return True, [*hits, f"{quoted} of its questions"]
        return ok, hits

    def questions_quoted(self, text: str) -> int:
        """How many of the campaign's questions the text prints, word for word or nearly."""
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


def load_campaign(name_or_path: str | Path = DEFAULT) -> Campaign:
    path = Path(name_or_path)
    if path.suffix == ".toml" and path.exists():
        definition = path.read_text("utf-8")
    else:
        res = resources.files("foi.campaigns").joinpath(f"{name_or_path}.toml")
        if not res.is_file():
            raise CampaignError(f"no campaign named {name_or_path!r}")
        definition = res.read_text("utf-8")
    raw = tomllib.loads(definition)
    try:
        meta = raw["campaign"]
        questions = [
            Question(
                no=int(q["no"]),
                key=q["key"],
                text=q["text"],
                keywords=tuple(q.get("keywords", ())),
                answer_keywords=tuple(q.get("answer_keywords", ())),
            )
            for q in raw["questions"]
        ]
        fp = raw.get("fingerprint", {})
        groups = {
            g: [re.compile(p, re.I) for p in pats] for g, pats in fp.get("groups", {}).items()
        }
        fields = raw.get("fields", {})
        for name, spec in fields.items():
            for rule in spec.get("rules", []):
                rule["compiled"] = [re.compile(p, re.I) for p in rule["patterns"]]
            for sub in spec.get("subquestions", []):
                sub["compiled"] = re.compile(sub["pattern"], re.I)
            if "topic" in spec:  # words that show the answers speak of this field
                spec["topic_compiled"] = re.compile(spec["topic"], re.I)
            if "also_read_topic" in spec:
                spec["also_read_topic_compiled"] = re.compile(spec["also_read_topic"], re.I)
            if "values" in spec and spec.get("default") not in spec["values"]:
                raise CampaignError(f"field {name}: default not among its values")
    except (KeyError, TypeError, re.error) as exc:
        raise CampaignError(f"campaign definition is incomplete or invalid: {exc}") from None
    rules = importlib.import_module(meta["rules"]) if meta.get("rules") else None
    version = hashlib.sha256(definition.encode("utf-8"))
    if rules is not None and getattr(rules, "__file__", None):
        version.update(Path(rules.__file__).read_bytes())  # type: ignore[arg-type]
    return Campaign(
        id=meta["id"],
        title=meta.get("title", meta["id"]),
        questions=questions,
        fields=fields,
        fingerprint_groups=groups,
        fingerprint_required=fp.get("required"),
        fingerprint_min=int(fp.get("min_groups", 1)),
        search_terms=list(meta.get("search_terms", [])),
        window_start=meta.get("window_start", ""),
        window_end=meta.get("window_end", ""),
        settings=meta,
        rules=rules,
        source=str(name_or_path),
        version=version.hexdigest()[:16],
    )
