"""Score the parser against a labelled corpus (labels.json, see the corpus README).

Two label formats are read: the campaign corpus format (`../shared/corpus/README.md`: fields,
answers, per-question status, outcome, and `reject` entries for documents that are not
replies) and the real-replies format (`../shared/real/README.md`: sender, authority code,
outcome as a value or a list of acceptable values, exemptions, `answers_campaign: false`).
Only what a label gives is scored. A count-by-year field (`{"2019/20": 14, "2020/21": "<5",
...}`, or null where the reply gives no figures) is compared year by year: each year of each
labelled reply is one comparison of that field (a year the label leaves out is null), and a
null label is one comparison.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parsers.coding import REVIEW_BELOW
from parsers.model import ParseError
from parsers.response import NotAReply, parse_document

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
    fields: list[str] = field(default_factory=list)
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # file, what, want, got
    # (confidence, right) of every coded field scored: does the confidence rank the errors?
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, key: str, ok: bool, file: str, want: Any, got: Any) -> None:
        self.total[key] += 1
        self.right[key] += ok
        if not ok:
            self.misses.append((file, key, _show(want), _show(got)))

    def rate(self, key: str) -> float:
        return self.right[key] / self.total[key] if self.total[key] else 1.0

    def fields_rate(self) -> float:
        return sum(self.right[k] for k in self.fields) / max(
            1, sum(self.total[k] for k in self.fields)
        )

    def errors_in_lowest_quarter(self) -> float | None:
        """Share of the wrong fields that fall in the lowest-confidence quarter."""
        wrong = sum(1 for _, ok in self.confidences if not ok)
        if not wrong:
            return None
        ranked = sorted(self.confidences, key=lambda c: c[0])
        cut = ranked[max(0, len(ranked) // 4 - 1)][0]  # ties at the boundary count in
        return sum(1 for c, ok in self.confidences if not ok and c <= cut) / wrong

    def accuracy_above(self, threshold: float = REVIEW_BELOW) -> tuple[float, int]:
        above = [ok for c, ok in self.confidences if c >= threshold]
        return (sum(above) / len(above) if above else 1.0), len(above)


def _show(v: Any) -> str:
    s = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
    return s if len(s) <= 70 else s[:67] + "..."


def _parse(path: Path, campaign: Any, registry: Any, force: bool) -> dict[str, Any]:
    try:
        return parse_document(
            path.read_bytes(), path.name, campaign, registry, force=force
        ).to_json()
    except NotAReply as exc:
        return {"error": str(exc), "rejected": exc.kind}
    except (ParseError, OSError) as exc:
        return {"error": str(exc), "rejected": "unreadable"}


def _score_reply_facts(
    score: Score, file: str, label: dict[str, Any], parsed: dict[str, Any]
) -> None:
    """Sender, outcome and exemptions: what every reply has, whatever it answers."""
    got_code = (parsed.get("authority") or {}).get("code")
    if "authority_code" in label:
        score.add(
            "authority",
            got_code == label["authority_code"],
            file,
            label["authority_code"],
            got_code,
        )
    want = label.get("outcome")
    got = parsed.get("outcome", parsed.get("error"))
    if want is not None and "outcome" in label:
        ok = got in want if isinstance(want, list) else got == want
        score.add("outcome", ok, file, want, got)
    if "exemptions" in label:
        want_ex, got_ex = sorted(label["exemptions"]), sorted(parsed.get("exemptions", []))
        score.add("exemptions", want_ex == got_ex, file, want_ex, got_ex)


def _count(n: Any) -> Any:
    """A labelled figure: a whole number written as text is that number."""
    if isinstance(n, str) and n.strip().isdigit():
        return int(n.strip())
    return n


def field_units(spec: Any, want: Any, got: Any) -> list[tuple[str, bool, Any, Any]]:
    """(what, right, want, got) for each comparison a labelled field makes."""
    if spec is None or spec.type != "count_by_year" or want is None or not isinstance(want, dict):
        return [(spec.name if spec else "", want == got, want, got)]
    figures = got if isinstance(got, dict) else {}
    return [
        (year, _count(want.get(year)) == figures.get(year), want.get(year), figures.get(year))
        for year in spec.years
    ]


def evaluate(corpus: Path, campaign: Any, registry: Any) -> Score:
    labels = json.loads((corpus / "labels.json").read_text("utf-8"))
    score = Score(fields=list(campaign.fields))
    for label in labels:
        _score_document(score, corpus, label, campaign, registry)
    return score


def _score_document(
    score: Score, corpus: Path, label: dict[str, Any], campaign: Any, registry: Any
) -> None:
    """Score one labelled document: accepted or rejected as it should be (and why), then,
    for a reply to the campaign, what it gives."""
    file = label["file"]
    path = corpus / file
    must_reject = bool(label.get("reject")) or label.get("answers_campaign") is False
    parsed = _parse(path, campaign, registry, force=False)
    rejected = "rejected" in parsed
    score.add("accepted", rejected == must_reject, file, "reject" if must_reject else "accept",
              parsed.get("error") or "accepted")  # fmt: skip
    if label.get("reject"):
        if rejected and label.get("why"):
            score.add(
                "reject reason",
                parsed["rejected"] == label["why"],
                file,
                label["why"],
                parsed["rejected"],
            )
        return
    if must_reject:  # a real reply to another request: read it anyway for what every reply has
        _score_reply_facts(score, file, label, _parse(path, campaign, registry, force=True))
        return
    if rejected:
        parsed = {**parsed, "fields": {}, "answers": [], "authority": {}, "links": []}
    _score_reply_facts(score, file, label, parsed)
    if "links" in label:
        score.add("links", parsed["links"] == label["links"], file, label["links"], parsed["links"])
    right_fields = _score_fields(score, file, label, parsed, rejected, campaign)
    _score_answers(score, file, label, parsed, rejected)
    score.total["documents"] += 1
    exact = right_fields and ("outcome" not in label or parsed.get("outcome") == label["outcome"])
    score.right["documents"] += exact and not rejected


def _score_fields(
    score: Score,
    file: str,
    label: dict[str, Any],
    parsed: dict[str, Any],
    rejected: bool,
    campaign: Any,
) -> bool:
    """Score each labelled coded field (a count by year year by year), and the confidence
    the parser gave it; True where every one is right."""
    fields = label.get("fields", {})
    right_fields = True
    for name in score.fields:
        if name in fields:
            want, got = fields[name], parsed["fields"].get(name)
            units = field_units(campaign.specs.get(name), want, got)
            for what, ok, w, g in units:
                shown = w if len(units) == 1 else f"{what}: {_show(w)}"
                score.add(name, ok, file, shown, g if len(units) == 1 else f"{what}: {_show(g)}")
            right = all(ok for _, ok, _, _ in units)
            right_fields = right_fields and right
            if not rejected:
                score.confidences.append((parsed["confidence"].get(name, 0.0), right))
    return right_fields


def _score_answers(
    score: Score, file: str, label: dict[str, Any], parsed: dict[str, Any], rejected: bool
) -> None:
    """Score each labelled answer (by its words) and each question's status."""
    entries = {a["question_no"]: a for a in parsed["answers"]}
    for no, want in label.get("answers", {}).items():
        got = (entries.get(int(no)) or {}).get("answer_text")
        f1 = token_f1(want, got)
        score.add("answers", f1 >= F1_PASS, file, f"Q{no}: {want}", f"(F1 {f1:.2f}) {got}")
    for no, want in label.get("status", {}).items():
        got = (entries.get(int(no)) or {}).get("status", "not_answered" if not rejected else None)
        score.add("status", got == want, file, f"Q{no}: {want}", got)


def report(score: Score) -> str:
    lines = ["metric                  right / total   rate"]
    keys = [*score.fields, "outcome", "exemptions", "authority", "links", "answers", "status",
            "accepted", "reject reason", "documents"]  # fmt: skip
    for k in keys:
        if score.total[k]:
            lines.append(f"{k:<22} {score.right[k]:>6} / {score.total[k]:<6} {score.rate(k):6.1%}")
    if score.misses:
        lines.append("")
        lines.append(f"misses ({len(score.misses)}):")
        for file, what, want, got in score.misses:
            lines.append(f"  {file} [{what}]\n      want: {want}\n      got:  {got}")
    lines.append("")
    if any(score.total[k] for k in score.fields):
        lines.append(
            f"coded fields: {score.fields_rate():.1%} overall, lowest field {lowest_field_rate(score):.1%}"
        )
    share = score.errors_in_lowest_quarter()
    if score.confidences:
        acc, n = score.accuracy_above()
        lines.append(
            "confidence: "
            + (
                f"{share:.0%} of the wrong fields in the lowest-confidence quarter; "
                if share is not None
                else "no wrong fields; "
            )
            + f"{acc:.1%} right at or above {REVIEW_BELOW} ({n} fields)"
        )
    lines.append(
        f"answers: {score.rate('answers'):.1%}  outcome: {score.rate('outcome'):.1%}  "
        f"authority: {score.rate('authority'):.1%}  accept/reject: {score.rate('accepted'):.1%}"
    )
    if score.total["documents"]:
        lines.append(
            f"documents fully right: {score.right['documents']}/{score.total['documents']}"
        )
    return "\n".join(lines)


def lowest_field_rate(score: Score) -> float:
    rates = [score.rate(k) for k in score.fields if score.total[k]]
    return min(rates) if rates else 1.0
