"""The report's response times: how long councils took against the 20-working-day limit
(FOIA s10), from the request's date to the reply's where both are known; how many cannot be
timed, and why, is stated, never estimated."""

from __future__ import annotations

import pandas as pd

from foi.views.report.layout import COLOURS, LIMIT

# The chart's bins of working days taken; the last is "over 60".
BINS = [(0, 5), (6, 10), (11, 15), (16, 20), (21, 30), (31, 40), (41, 60), (61, 10**6)]


def response_times(responses: pd.DataFrame, total: int) -> str:
    """How long councils took, against the 20-working-day limit; unknowns counted, never
    guessed."""
    days = responses["working_days_to_respond"].astype("Float64")
    known = days.dropna().astype(int)
    n = len(responses)
    parts = [f"<section id='times'><h2>Response times against the {LIMIT}-working-day limit</h2>"]
    if n == 0:
        parts.append("<p>No responses found yet.</p></section>")
        return "".join(parts)
    within = int((known <= LIMIT).sum())
    late = int((known > LIMIT).sum())
    summary = (
        f"Of the {n} responses found, <b>{len(known)}</b> give both the date the request was "
        f"received and the date of the reply: <b>{within}</b> within {LIMIT} working days, "
        f"<b>{late}</b> later"
    )
    if len(known):
        summary += f" (median {int(known.median())}, longest {int(known.max())} working days)"
    summary += "."
    parts.append(f"<p class='times-summary'>{summary}</p>")
    parts.append(_untimed(responses, n - len(known), total))
    parts.append(
        "<p class='note'>Working days run from the day after the request was received to the "
        "day of the reply, weekends and bank holidays in England excluded (FOIA s10). The "
        "dates are those the platform or the reply gives.</p>"
    )
    if len(known):
        parts.append(_chart(known))
    parts.append("</section>")
    return "".join(parts)


def _untimed(responses: pd.DataFrame, unknown: int, total: int) -> str:
    """How many responses cannot be timed, and why: which date is missing, or contradicts."""
    received = responses["received_date"].isna()
    sent = responses["published_date"].isna()
    neither = int((received & sent).sum())
    no_request = int((received & ~sent).sum())
    no_reply = int((sent & ~received).sum())
    why = []
    if neither:
        why.append(f"{neither} give{'s' if neither == 1 else ''} neither date")
    if no_request:
        why.append(f"{no_request} no date for the request")
    if no_reply:
        why.append(f"{no_reply} no date for the reply")
    other = unknown - neither - no_request - no_reply  # dates that contradict each other
    if other:
        why.append(f"{other} a reply dated before the request")
    return (
        f"<p class='times-unknown'><b>{unknown}</b> response{'s' if unknown != 1 else ''} "
        + ("cannot be timed: " + ", ".join(why) if unknown else "lack a date")
        + ". Their time is given as not known, never estimated. "
        f"{total - len(responses)} authorities have no response found, so no time at all.</p>"
    )


def _chart(known: pd.Series) -> str:
    """The working days taken, in bins, with a dashed line at the limit."""
    counts = [(lo, hi, int(((known >= lo) & (known <= hi)).sum())) for lo, hi in BINS]
    width, bar, gap = 400, 18, 6
    top = max(c for _, _, c in counts) or 1
    height = len(counts) * (bar + gap) + 10
    svg = [
        f"<svg class='chart' role='img' viewBox='0 0 {width} {height}' width='{width}' "
        f"height='{height}' aria-label='Responses by working days taken'>"
    ]
    for i, (lo, hi, c) in enumerate(counts):
        y = i * (bar + gap)
        w = int((width - 95 - 30) * c / top)
        name = f"{lo}-{hi} days" if hi < 10**6 else f"over {lo - 1} days"
        fill = COLOURS["within"] if hi <= LIMIT else COLOURS["late"]
        svg.append(
            f"<text x='0' y='{y + 13}'>{name}</text>"
            f"<rect x='95' y='{y}' width='{w}' height='{bar}' fill='{fill}'></rect>"
            f"<text x='{100 + w}' y='{y + 13}'>{c}</text>"
        )
    limit_y = 4 * (bar + gap) - gap / 2
    svg.append(
        f"<line x1='0' x2='{width}' y1='{limit_y}' y2='{limit_y}' stroke='#000' "
        f"stroke-dasharray='4 3'></line>"
    )
    svg.append("</svg>")
    return (
        "<div class='charts'><div><h3>Working days taken</h3>"
        f"<p class='note'>Above the dashed line: within the {LIMIT}-day limit.</p>"
        + "".join(svg)
        + "</div></div>"
    )
