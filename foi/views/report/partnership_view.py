"""The report's partnership view: the members of each joint safeguarding children partnership
and shared-procedures group side by side, and the fields on which those that answered
differ."""

from __future__ import annotations

import re
from html import escape
from typing import Any

import pandas as pd

from foi.reference import partnerships
from foi.views.report.layout import LABELS, Layout, plain

KINDS = {"partnership": "joint safeguarding children partnership", "procedures_group": "shared child-protection procedures"}  # fmt: skip


def partnership_view(
    groups: pd.DataFrame, by_code: dict[str, dict[str, Any]], names: dict[str, str], view: Layout
) -> str:
    """For each joint partnership and shared-procedures group, its members side by side,
    and the fields on which the members that answered differ."""
    places = partnerships.load()
    shared = groups[groups["member_count"] > 1].copy()
    single = int((groups[groups["kind"] == "partnership"]["member_count"] == 1).sum())
    shared["split"] = shared["disagree_fields"].map(
        lambda f: len(f) > 0 if f is not None else False
    )
    # Where members differ first, then the groups most heard from.
    shared = shared.sort_values(["split", "responded", "name"], ascending=[False, False, True])
    parts = [
        "<section id='partnerships'><h2>Partnerships and shared procedures</h2>",
        "<p>Each council works through a local safeguarding children partnership; some "
        "partnerships are joint, and many councils share their child-protection procedures "
        "with neighbours. Members of one group would be expected to answer alike, so where the "
        "members that answered differ, the fields are named and the cells marked. "
        f"{single} councils have a partnership of their own; their answers are in the table of "
        f"responses below. {len(shared)} groups have more than one member:</p>",
        "<p class='note'>Groupings from the project's researched draft (each group links its "
        "source); a council the draft does not place in a joint partnership is assumed to have "
        "its own.</p>",
    ]
    for i, g in enumerate(shared.to_dict("records")):
        parts.append(_group(i, g, places, by_code, names, view))
    parts.append("</section>")
    return "".join(parts)


def _group(
    i: int,
    g: dict[str, Any],
    places: dict[str, partnerships.Placement],
    by_code: dict[str, dict[str, Any]],
    names: dict[str, str],
    view: Layout,
) -> str:
    """One group: what it is, its source, whether its members differ, their answers side by
    side and the members not heard from."""
    members = list(g["members"])
    differs = set(g["disagree_fields"] or [])
    key = "partnership" if g["kind"] == "partnership" else "procedures"
    sources = [getattr(places.get(c), f"{key}_source", None) for c in members if c in places]
    source = next((s for s in sources if s and re.match(r"https?://", s)), None)
    meta = f"{escape(KINDS.get(g['kind'], g['kind']))} · {int(g['responded'])} of {len(members)} members' responses found"
    if source:
        meta += f" · <a href='{escape(source, quote=True)}' rel='noopener noreferrer'>source</a>"
    answered = sorted((c for c in members if c in by_code), key=lambda c: names.get(c, c))
    silent = sorted((c for c in members if c not in by_code), key=lambda c: names.get(c, c))
    table = _members_table(answered, differs, by_code, names, view) if answered else ""
    waiting = ""
    if silent:
        listed = "".join(f"<li>{escape(names.get(c, c))}</li>" for c in silent)
        waiting = (
            f"<p class='meta'>No response found from {len(silent)}:</p>"
            f"<ul class='names silent'>{listed}</ul>"
        )
    return (
        f"<article class='group' id='group-{i}'><h3>{escape(g['name'])}</h3>"
        f"<p class='meta'>{meta}</p>{_verdict(g, differs, view)}{table}{waiting}</article>"
    )


def _verdict(g: dict[str, Any], differs: set[str], view: Layout) -> str:
    """Whether the members that answered differ, and on what."""
    if differs:
        return (
            "<p class='differ'>Members that answered differ on: "
            + escape(", ".join(view.phrases.get(f, f) for f, _ in view.compared if f in differs))
            + ".</p>"
        )
    if int(g["responded"]) >= 2:
        return "<p>The members that answered agree on every coded field.</p>"
    return "<p class='note'>Fewer than two members' responses found: nothing to compare.</p>"


def _members_table(
    answered: list[str],
    differs: set[str],
    by_code: dict[str, dict[str, Any]],
    names: dict[str, str],
    view: Layout,
) -> str:
    """The answering members' values side by side, the cells of the fields they differ on
    marked."""
    head = "".join(f"<th>{escape(label)}</th>" for _, label in view.compared)
    body = []
    for code in answered:
        cells = []
        for f, _ in view.compared:
            v = plain(by_code[code].get(f))
            text = "" if v is None else LABELS.get(str(v), str(v))
            cls = " class='differs'" if f in differs else ""
            cells.append(f"<td{cls}>{escape(text)}</td>")
        body.append(f"<tr><td>{escape(names.get(code, code))}</td>{''.join(cells)}</tr>")
    return (
        f"<div class='table-wrap'><table class='members'><thead><tr><th>Council</th>"
        f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )
