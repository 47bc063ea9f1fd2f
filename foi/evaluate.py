"""Score the parser against a labelled corpus (labels.json, see the corpus README)."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parsers.model import ParseError
from parsers.response import parse_document

FIELDS = [
    "review_held",
    "review_date",
    "papers_provided",
    "s47_all_cases",
    "changes_made",
    "definition_changed",
    "rolling_is_non_mobile",
    "age_based",
    "age_threshold_months",
]
F1_PASS = 0.8


def token_f1(a: str | None, b: str | None) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    ta, tb = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    overlap = sum((Counter(ta) & Counter(tb)).values())
    if not overlap:
        return 0.0
    p, r = overlap / len(ta), overlap / len(tb)
    return 2 * p * r / (p + r)


@dataclass
class Score:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # file, what, want, got

    def add(self, key: str, ok: bool, file: str, want: Any, got: Any) -> None:
        self.total[key] += 1
        self.right[key] += ok
        if not ok:
            self.misses.append((file, key, _show(want), _show(got)))

    def rate(self, key: str) -> float:
        return self.right[key] / self.total[key] if self.total[key] else 1.0


def _show(v: Any) -> str:
    s = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
    return s if len(s) <= 70 else s[:67] + "..."


def evaluate(corpus: Path, campaign: Any, registry: Any) -> Score:
    labels = json.loads((corpus / "labels.json").read_text("utf-8"))
    score = Score()
    for label in labels:
        file = label["file"]
        try:
            parsed = parse_document(
                (corpus / file).read_bytes(), file, campaign, registry
            ).to_json()
        except (ParseError, OSError) as exc:
            parsed = {"error": str(exc), "fields": {}, "answers": [], "authority": {}, "links": []}
        # A hand-labelled corpus may label only some things: score what is labelled.
        got_by_key = {
            "outcome": parsed.get("outcome", parsed.get("error")),
            "authority_code": parsed["authority"].get("code"),
            "exemptions": sorted(parsed.get("exemptions", [])),
            "links": parsed["links"],
        }
        for key, metric in (
            ("outcome", "outcome"),
            ("authority_code", "authority"),
            ("exemptions", "exemptions"),
            ("links", "links"),
        ):
            if key in label:
                want = sorted(label[key]) if key == "exemptions" else label[key]
                score.add(metric, got_by_key[key] == want, file, want, got_by_key[key])
        fields = label.get("fields", {})
        for name in FIELDS:
            if name in fields:
                want, got = fields[name], parsed["fields"].get(name)
                score.add(name, want == got, file, want, got)
        got_answers = {a["question_no"]: a["answer_text"] for a in parsed["answers"]}
        for no, want in label.get("answers", {}).items():
            got = got_answers.get(int(no))
            f1 = token_f1(want, got)
            score.add("answers", f1 >= F1_PASS, file, f"Q{no}: {want}", f"(F1 {f1:.2f}) {got}")
        score.total["documents"] += 1
        exact = all(parsed["fields"].get(k) == v for k, v in fields.items()) and (
            "outcome" not in label or parsed.get("outcome") == label["outcome"]
        )
        score.right["documents"] += exact
    return score


def report(score: Score) -> str:
    lines = ["metric                  right / total   rate"]
    keys = [*FIELDS, "outcome", "exemptions", "authority", "links", "answers", "documents"]
    for k in keys:
        if score.total[k]:
            lines.append(f"{k:<22} {score.right[k]:>6} / {score.total[k]:<6} {score.rate(k):6.1%}")
    if score.misses:
        lines.append("")
        lines.append(f"misses ({len(score.misses)}):")
        for file, what, want, got in score.misses:
            lines.append(f"  {file} [{what}]\n      want: {want}\n      got:  {got}")
    fields_min = (
        min(score.rate(k) for k in FIELDS if score.total[k])
        if any(score.total[k] for k in FIELDS)
        else 1.0
    )
    fields_all = sum(score.right[k] for k in FIELDS) / max(1, sum(score.total[k] for k in FIELDS))
    lines.append("")
    lines.append(f"coded fields: {fields_all:.1%} overall, lowest field {fields_min:.1%}")
    lines.append(
        f"answers: {score.rate('answers'):.1%}  outcome: {score.rate('outcome'):.1%}  authority: {score.rate('authority'):.1%}"
    )
    lines.append(f"documents fully right: {score.right['documents']}/{score.total['documents']}")
    return "\n".join(lines)


def lowest_field_rate(score: Score) -> float:
    rates = [score.rate(k) for k in FIELDS if score.total[k]]
    return min(rates) if rates else 1.0
