"""When: the time expression that governs a candidate event, with ACLED's time precision;
unknown when none governs, never silently the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..factuality import light_verb
from ..normalize.dates import duration_days
from ..records import EventDate, TimeExpr
from .context import DocContext
from .syntax import root_at, tree_distance

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    in_sent = _without_glosses(ctx.text, [d for d in ctx.dates if s_start <= d.start and d.end <= s_end])
    roots = [t.root for t in cand.triggers]
    # "On 12 March, farmers held a sit-in": the light verb's adverbials date the noun
    roots += [v.i for t in cand.triggers if not t.verbal and (v := light_verb(doc, t)) is not None]
    duration = None
    for d in in_sent:
        if d.value.startswith("P") and _lasts_the_event(doc, d, roots):
            duration = duration_days(d)
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
        scored.append((_describes_other_noun(doc, r, roots), mine, abs(d.start - cand.main.start), d, r))
    if scored:
        scored.sort(key=lambda x: (x[0], x[1], x[2]))
        _, dist, _, expr, r = scored[0]
        ev = _hedged(ctx, expr, _with_partner_day(ctx, _anchored_weekday(ctx, expr)))
        if duration and duration > 1 and _reporting_date(doc, r, roots):
            # "Four days of fighting have killed 45 people, medics said on Tuesday": the days
            # end on the day of the report.
            assert ev.start is not None
            return EventDate(ev.start - dt.timedelta(days=duration - 1), ev.end, ev.precision, ev.text), \
                dist <= 4, None
        return ev, dist <= 4, duration
    para = ctx.sentence_paragraph[cand.sentence]
    earlier = [k for k, pi in enumerate(ctx.sentence_paragraph) if pi == para and k < cand.sentence][::-1]
    for k in earlier:
        a, b = ctx.sentence_spans[k]
        found = [d for d in ctx.dates if a <= d.start and d.end <= b and _event_date(d) is not None]
        if found:
            return _hedged(ctx, found[0], _with_partner_day(ctx, found[0])), False, duration
    counted = _counted_from_publication(in_sent)
    if counted.start is None:
        later = _opening_date(ctx, para) or _later_day(ctx, cand, others)
        if later is not None:
            return _hedged(ctx, later, _with_partner_day(ctx, later)), False, duration
    return counted, False, None


_SPAN_PREPS = frozenset({"for", "over", "during", "within", "in", "throughout"})
_LAST_VERBS = frozenset({"last", "continue", "go", "run", "rage", "stretch", "drag"})


def _lasts_the_event(doc: Doc, expr: TimeExpr, roots: Sequence[int]) -> bool:
    """Whether a duration is how long the event lasted: "clashed for three days", "four days of
    fighting", "fighting that lasted two weeks"; not a span the sentence tells of something else
    ("a meeting to evaluate 20 years of autonomy", "over 6-month delayed salaries")."""
    r = root_at(doc, expr.start, expr.end)
    if r is None:
        return False
    tok = doc[r]
    first = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    before = doc[first.start - 1] if first is not None and first.start > 0 else None
    after = doc[first.end] if first is not None and first.end < len(doc) else None
    prev = doc[before.i - 1] if before is not None and before.i > 0 else None
    # "protested for two days after the vote", whatever the parse makes of "days"; not a span of
    # another noun ("over six months unpaid salaries", "the salaries for 5 months").
    if before is not None and before.lower_ in _SPAN_PREPS and before.head.i in roots \
            and tok.dep_ not in ("amod", "compound", "nmod", "poss") \
            and (prev is None or prev.i in roots or prev.head.i in roots or prev.pos_ not in ("NOUN", "PROPN")) \
            and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return True
    if any(c.lower_ == "of" and any(g.i in roots for g in c.children) for c in tok.children):
        return True
    verb = tok.head
    return (tok.dep_ in ("dobj", "npadvmod", "attr") and verb.lemma_ in _LAST_VERBS
            and (verb.head.i in roots or any(c.i in roots for c in verb.children)))


def _opening_date(ctx: DocContext, para: int) -> TimeExpr | None:
    """A date that opens the document ("On 3 May, ...", "12 March 2021:") dates all it tells, the
    later paragraphs included, unless one of them gives its own."""
    if para == 0 or not ctx.sentence_spans:
        return None
    a, b = ctx.sentence_spans[0]
    lead = len(ctx.text) - len(ctx.text.lstrip())
    for d in ctx.dates:
        if d.start >= b:
            break
        if d.start <= lead + 12 and _event_date(d) is not None and not d.value.startswith("P"):
            return d
    return None


def _later_day(ctx: DocContext, cand: Candidate, others: Sequence[Candidate]) -> TimeExpr | None:
    """A day told later in the paragraph, in a sentence that tells no other act ("Two clans clashed
    over a boundary. The two sides also came to blows on 16/04."; "... were beaten by police. The
    victims on Friday said ..."): the story's one date, which the first sentence left out. A date
    that names some other thing ("the 8 August poll") does not count."""
    doc = ctx.doc
    para = ctx.sentence_paragraph[cand.sentence]
    busy = {c.sentence for c in others if c is not cand}
    for k in range(cand.sentence + 1, len(ctx.sentence_spans)):
        if ctx.sentence_paragraph[k] != para:
            break
        if k in busy:
            continue
        a, b = ctx.sentence_spans[k]
        for d in ctx.dates:
            if not (a <= d.start and d.end <= b) or d.precision != "day" or d.start_date is None:
                continue
            r = root_at(doc, d.start, d.end)
            if r is None or _describes_other_noun(doc, r, ()) or doc[r].head.pos_ in ("NOUN", "PROPN"):
                continue
            return d
    return None


_GLOSS_GAP = re.compile(r"\s*[(\[]\s*(?:(?:from|between|on|or|i\.e\.,?)\s+)?$", re.I)


def _without_glosses(text: str, exprs: Sequence[TimeExpr]) -> list[TimeExpr]:
    """A date in brackets just after another ("Around 30 March (from 27 March - 2 April)") glosses
    it: the first one is the event's date, the bracket only says how sure it is."""
    out: list[TimeExpr] = []
    for d in exprs:
        if out and _GLOSS_GAP.fullmatch(text[out[-1].end:d.start]):
            continue
        out.append(d)
    return out


def _counted_from_publication(in_sent: Sequence[TimeExpr]) -> EventDate:
    """No date governs, but the sentence counts days ("killed 40 people in four days"): the issue's
    rule is that a duration with no start counts back from publication, so the days end on it.
    A sentence that also states a date ("On 4 January, troops broke up a two-week sit-in") gives
    the duration a start, so it is no count back. Otherwise the date stays unknown, never silently
    the publication date."""
    if any(_event_date(d) is not None for d in in_sent):
        return EventDate()
    for d in in_sent:
        if d.value.startswith("P") and d.start_date is not None and d.end_date is not None:
            return EventDate(d.start_date, d.end_date, "day", d.text)
    return EventDate()


REPORTING = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "claim"})


def _describes_other_noun(doc: Doc, r: int, roots: Sequence[int]) -> bool:
    """A date that modifies some other noun ("the 1998 treaty", "the 3 May vote") dates that
    noun, not the event: it is taken only when nothing better governs."""
    tok = doc[r]
    return tok.dep_ in ("compound", "amod", "nmod", "nummod", "poss") and tok.head.i not in roots and \
        tok.head.pos_ in ("NOUN", "PROPN")


def _reporting_date(doc: Doc, r: int, roots: Sequence[int]) -> bool:
    """The date hangs on a reporting verb ("..., medics said on Tuesday") that is not the event's."""
    tok = doc[r]
    for _ in range(4):
        head = tok.head
        if head.i == tok.i or head.i in roots:
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() in REPORTING:
            return True
        tok = head
    return False


_HEDGE = re.compile(r"\b(?:around|about|approximately|circa|c\.|on or around|on or about|or so|on or before"
                    r"|on or after|(?:as\s+)?reported(?:\s+on)?|assumed(?:\s+on)?|presumably(?:\s+on)?)\s*$", re.I)
# "3 May or 4 May", "on 8th or 9th November": one of two days
_EITHER_DAY = re.compile(r"\s*or\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\b")
_MONTH_OF = re.compile(r"\s*\((?:in\s+)?(?:the\s+)?month\s+of\b", re.I)


def _hedged(ctx: DocContext, expr: TimeExpr, ev: EventDate) -> EventDate:
    """A day given as approximate ("around 23 January", "on or about 5 May"), as a bound ("on or
    before 5 May"), as the day it was reported ("As reported on 5 May, ...") or as one of two ("on
    8 or 9 May") is known to the week: ACLED's time precision 2. A day glossed "(month of)" is
    known to the month."""
    text = ctx.text
    if ev.precision != "day":
        return ev
    if _MONTH_OF.match(text, expr.end):
        return EventDate(ev.start, ev.end, "month", ev.text)
    if _HEDGE.search(text[max(0, expr.start - 24):expr.start]) or _EITHER_DAY.match(text, expr.end) or \
            re.search(r"\d(?:st|nd|rd|th)?\s+or\s+\d", expr.text) or \
            re.search(r"\bor\s*$", text[max(0, expr.start - 5):expr.start]):
        return EventDate(ev.start, ev.end, "week", ev.text)
    return ev


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _anchored_weekday(ctx: DocContext, expr: TimeExpr) -> TimeExpr:
    """A bare weekday ("on Monday") after a day the text states ("12 February. Traders ... on Monday
    protested") that falls on that weekday within the week before it is that day: the text dates
    its own story, and the weekday names it again."""
    words = expr.text.lower().split()
    if expr.precision != "day" or expr.start_date is None or not any(w in _WEEKDAYS for w in words):
        return expr
    weekday = next(_WEEKDAYS.index(w) for w in words if w in _WEEKDAYS)
    for d in ctx.dates:
        if d.start >= expr.start:
            break
        if d.precision == "day" and d.start_date is not None and d.start_date.weekday() == weekday and (
                0 < (expr.start_date - d.start_date).days <= 7) and not any(w in d.text.lower() for w in _WEEKDAYS):
            return TimeExpr(expr.start, expr.end, expr.text, d.value, d.start_date, d.end_date, d.precision)
    return expr


def _with_partner_day(ctx: DocContext, mine: TimeExpr) -> EventDate:
    """Two days joined by 'and' ("on 13 and 14 February", "on September 11th and 12th") are one
    event's span: the day given with the other becomes its start or its end."""
    ev = _event_date(mine)
    assert ev is not None
    if ev.precision != "day" or ev.start is None:
        return ev
    text = ctx.text
    for d in ctx.dates:
        if d.precision != "day" or d.start_date is None or d is mine:
            continue
        gap = text[mine.end:d.start] if d.start >= mine.end else text[d.end:mine.start]
        if len(gap) > 7 or not re.fullmatch(r"\s*(?:and|&|-|–)\s*", gap):
            continue
        days = (d.start_date - ev.start).days
        if 0 < days <= 6:
            return EventDate(ev.start, d.start_date, "day", text[mine.start:d.end])
        if -6 <= days < 0:
            return EventDate(d.start_date, ev.end or ev.start, "day", text[d.start:mine.end])
    # "September 11th and 12th", "September 24th - 26th": the second day is a bare ordinal no rule
    # takes for a date alone
    m = _BARE_NEXT_DAY.match(text, mine.end)
    if m is not None and ev.end == ev.start:
        days = int(m.group(1)) - ev.start.day
        if 0 < days <= 6:
            return EventDate(ev.start, ev.start + dt.timedelta(days=days), "day", text[mine.start:m.end()])
    return ev


# 'and 12th', and the end of a range: 'From September 24th - 26th', 'September 24th to 26th'
_BARE_NEXT_DAY = re.compile(r"\s*(?:and|&|-|–|to|until|through)\s*([0-3]?\d)(?:st|nd|rd|th)\b")


def with_duration(date: EventDate, days: int | None) -> EventDate:
    """A day-precise start stretched over a stated duration ("broke out on November 15 ...
    killed in four days": 15 to 18 November)."""
    if days and days > 1 and date.start is not None and date.precision == "day":
        return EventDate(date.start, date.start + dt.timedelta(days=days - 1), date.precision, date.text)
    return date


