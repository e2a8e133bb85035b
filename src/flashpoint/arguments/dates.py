"""When: the time expression that governs a candidate event, with ACLED's time precision;
unknown when none governs, never silently the publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalize.dates import duration_days
from ..records import EventDate, TimeExpr
from .context import DocContext
from .syntax import root_at, tree_distance

if TYPE_CHECKING:

    from ..detect import Candidate

PRECISION = {"day": "day", "week": "week", "month": "month", "quarter": "month", "half": "month",
             "season": "month", "year": "year", "decade": "year", "century": "year"}

def _event_date(expr: TimeExpr) -> EventDate | None:
    if expr.start_date is None or expr.precision not in PRECISION:
        return None
    return EventDate(expr.start_date, expr.end_date or expr.start_date, PRECISION[expr.precision], expr.text)


def find_date(ctx: DocContext, cand: Candidate, others: Sequence[Candidate]
              ) -> tuple[EventDate, bool, int | None]:
    """The date that governs the event, whether its own clause gives it, and a duration in
    days when the sentence gives one ("killed in four days")."""
    doc = ctx.doc
    s_start, s_end = ctx.sentence_spans[cand.sentence]
    in_sent = [d for d in ctx.dates if s_start <= d.start and d.end <= s_end]
    duration = None
    for d in in_sent:
        if d.value.startswith("P"):
            duration = duration_days(d)
    roots = [t.root for t in cand.triggers]
    rivals = [t.root for c in others if c is not cand and c.sentence == cand.sentence for t in c.triggers]
    scored = []
    for d in in_sent:
        ev = _event_date(d)
        if ev is None:
            continue
        r = root_at(doc, d.start, d.end)
        if r is None:
            continue
        mine = min(tree_distance(doc, r, k) for k in roots)
        theirs = min((tree_distance(doc, r, k) for k in rivals), default=99)
        if theirs < mine:
            continue
        scored.append((mine, abs(d.start - cand.main.start), ev))
    if scored:
        scored.sort(key=lambda x: (x[0], x[1]))
        dist, _, ev = scored[0]
        return ev, dist <= 4, duration
    para = ctx.sentence_paragraph[cand.sentence]
    earlier = [k for k, pi in enumerate(ctx.sentence_paragraph) if pi == para and k < cand.sentence][::-1]
    for k in earlier:
        a, b = ctx.sentence_spans[k]
        found = [ev for d in ctx.dates if a <= d.start and d.end <= b if (ev := _event_date(d)) is not None]
        if found:
            return found[0], False, duration
    return EventDate(), False, duration


def with_duration(date: EventDate, days: int | None) -> EventDate:
    """A day-precise start stretched over a stated duration ("broke out on November 15 ...
    killed in four days": 15 to 18 November)."""
    if days and days > 1 and date.start is not None and date.precision == "day":
        return EventDate(date.start, date.start + dt.timedelta(days=days - 1), date.precision, date.text)
    return date


