"""One record per real-world event within a document.

A report tells one event in several places: a toll in the next sentence ("500 protesters have
been killed"), an anaphor ("the attack", "his assassination"), a repeat in a later paragraph.
Those mentions join the event they refer to, adding their evidence; mentions that name no
particular event ("imperialism's air strikes", "popular uprisings") are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .merge_protest import join_responses
from .records import Count, Event

GENERIC_NOUNS = frozenset({"attack", "assault", "explosion", "blast", "incident", "strike", "raid", "violence",
                           "killing", "clash", "operation", "bombing", "assassination", "shooting", "fighting",
                           "crackdown", "airstrike", "attacks", "killings"})
NON_MERGING_TYPES = frozenset({"Other"})
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
ELABORATING = VIOLENT | {"Strategic developments"}


@dataclass(frozen=True, slots=True)
class Mention:
    """An event as read from one place in the text, with what merging needs to know of it."""

    event: Event
    sentence: int
    paragraph: int
    consequence_only: bool
    """Only a toll or damage ("500 protesters have been killed"), with no act of its own."""
    anaphoric: bool
    """A definite noun that points back ("the attack", "this assassination")."""
    anchored: bool
    """Tied to a particular event: a verb, or a noun with its own date, toll or light verb."""
    own_date: bool
    head: str
    definite_actor: bool = False
    """The doer is named by a definite description that points back ("the attackers")."""
    elsewhere: bool = False
    """Its sentence sets it apart from what was told before ("Meanwhile, ...", "In a separate
    incident, ...", "another group")."""
    targets: frozenset[str] = frozenset()
    peaceful: bool = False
    """Its sentence calls what was done peaceful ("held a peaceful protest", "peacefully blocked")."""
    reason: bool = False
    """Told only as what another act is about ("protested the arrest of their leader")."""
    after_clause: bool = False
    """Told in a clause of reason or time ("... after another student had been stabbed")."""
    nominal: bool = False
    """Its trigger is a noun ("the detention of activists"), not a verb."""
    protest: bool = False
    """A word of protest is among its triggers ("marched", "demonstration", "sit-in")."""
    """Head words (lower case, and their lemmas) of whom or what the act was done to."""


def _fill(a: Count, b: Count) -> Count:
    if a.known and _estimate(a) and b.known and not _estimate(b):
        return b  # 'beheaded civilians' (3 by convention), then 'At least 12 civilians were killed'
    return a if a.known else (b if b.known else a)


_ALSO = re.compile(r"\b(?:also|too|as\s+well|additional|another|further|more(?!\s+than)|other)\b", re.I)


def _more_deaths(target: Event, source: Event) -> bool:
    """A toll told after the event's own that says it adds to it ("killing two soldiers. Three
    attackers were also killed"): ACLED counts every death of the event, attackers included."""
    a, b = target.fatalities, source.fatalities
    if not (a.known and b.known) or _estimate(a) or _estimate(b) or b.cumulative:
        return False
    text = " ".join(e.text for e in source.evidence if e.text)
    return _ALSO.search(text) is not None and not re.match(r"(?i)(?:the|these|those)\b", b.text or "")


def _added(a: Count, b: Count) -> Count:
    def plus(x: int | None, y: int | None) -> int | None:
        return None if x is None or y is None else x + y
    low = plus(a.low if a.low is not None else a.best, b.low if b.low is not None else b.best)
    return Count(low, plus(a.best if a.best is not None else a.low, b.best if b.best is not None else b.low),
                 plus(a.high, b.high), "; ".join(t for t in (a.text, b.text) if t) or None, a.start, b.end)


def _estimate(c: Count) -> bool:
    """A count that is the convention's figure for 'several' or for deaths told without a number
    (docs/COUNTS.md), not one the text states."""
    return c.best == 3 and c.high is None and not (c.text and re.search(r"\d|three", c.text, re.I))


def absorb(target: Event, source: Event) -> Event:
    """`target` with `source`'s evidence and whatever `source` knows that `target` does not."""
    date = target.date
    if date.start is None and source.date.start is not None:
        date = source.date
    elif (source.date.end and date.start and date.end and date.precision == "day" and source.date.start == date.start
          and source.date.end > date.end):
        date = replace(date, end=source.date.end)
    location = target.location
    found = source.location
    if location.country is None and found.country is not None:
        location = found
    elif found.lat is not None and found.country == location.country and (
            location.lat is None or found.precision < location.precision):
        # A later mention may name the town where the first gave only the country.
        location = found
    sub = target.sub_event_type
    if sub == "Protest with intervention" and (source.fatalities.known or source.injuries.known) and (
            target.plover_mode == "repression"):
        # A crackdown whose toll is told in another sentence used lethal force.
        sub = "Excessive force against protesters"
    extra = dict(target.extra)
    extra["duration"] = extra.get("duration") or source.extra.get("duration")
    return replace(
        target,
        evidence=tuple(sorted(set(target.evidence) | set(source.evidence), key=lambda e: (e.start, e.end))),
        fatalities=_fill(target.fatalities, source.fatalities),
        injuries=_fill(target.injuries, source.injuries),
        arrests=_fill(target.arrests, source.arrests),
        participants=_fill(target.participants, source.participants),
        attribution=target.attribution or source.attribution,
        sub_event_type=sub,
        date=date,
        location=location,
        extra=extra,
    )


def _stretch(ev: Event, days: int | None) -> Event:
    import datetime as dt
    if days and days > 1 and ev.date.start and ev.date.precision == "day" and ev.date.end == ev.date.start:
        return replace(ev, date=replace(ev.date, end=ev.date.start + dt.timedelta(days=days - 1)))
    return ev


def _same_event(a: Event, b: Event) -> bool:
    return (a.event_type == b.event_type and a.sub_event_type == b.sub_event_type and a.event_type != "Other"
            and a.factuality == b.factuality and a.date.start is not None and a.date.start == b.date.start
            and a.location.country == b.location.country)


def _aggregate(ev: Event) -> bool:
    """A toll over a long or unknown span that no act of violence in the text carries."""
    counts = [c for c in (ev.fatalities, ev.injuries, ev.arrests) if c.known]
    if any(c.cumulative for c in counts):
        return True
    if ev.date.start is not None and ev.date.end is not None:
        return (ev.date.end - ev.date.start).days > 31
    biggest = max((c.best if c.best is not None else c.low or 0) for c in counts) if counts else 0
    return biggest >= 100


def _elaborates(m: Mention, kept: list[tuple[Mention, Event]]) -> bool:
    """A later sentence that adds detail to the event just told ("The attackers rounded up men and
    shot them, then set fire to granaries"): undated, violent, by the same or an unnamed doer."""
    ev = m.event
    if ev.factuality != "asserted" or m.own_date or ev.event_type not in ELABORATING:
        return False
    if ev.event_type == "Strategic developments" and ev.sub_event_type != "Looting/property destruction":
        return False
    previous = [e for p, e in kept if p.paragraph == m.paragraph and e.factuality == "asserted"
                and e.event_type in VIOLENT]
    if not previous:
        return False
    a1 = ev.actors_in("actor1")
    if not a1 or m.definite_actor:
        return True
    return any(a.name == b.name for a in a1 for b in previous[-1].actors_in("actor1"))


def merge_mentions(mentions: Sequence[Mention]) -> list[Event]:
    """Events of one document after joining mentions of the same event."""
    kept: list[tuple[Mention, Event]] = []

    def antecedent(m: Mention, same_paragraph: bool) -> int | None:
        for k in range(len(kept) - 1, -1, -1):
            prev, ev = kept[k]
            if ev.event_type in NON_MERGING_TYPES or ev.factuality != "asserted":
                continue
            if same_paragraph and prev.paragraph != m.paragraph:
                continue
            return k
        return None

    for m in _acts_before_their_tolls(mentions):
        ev = m.event
        if ev.factuality == "asserted" and m.consequence_only and not m.own_date:
            k = antecedent(m, same_paragraph=True)
            if k is not None and kept[k][1].sub_event_type != "Arrests":
                prev, target = kept[k]
                merged = _stretch(absorb(target, ev), ev.extra.get("duration"))
                if _more_deaths(target, ev):
                    merged = replace(merged, fatalities=_added(target.fatalities, ev.fatalities))
                kept[k] = (prev, merged)
                continue
        if m.consequence_only and _aggregate(ev):
            # "The conflict has killed more than 6,000 people since 2017": a running total over
            # many events, not an event ACLED would code.
            continue
        if m.anaphoric and not m.own_date and ev.factuality == "asserted":
            k = None
            for same_par in (True, False):
                k = antecedent(m, same_paragraph=same_par)
                if k is not None:
                    target = kept[k][1]
                    if target.event_type == ev.event_type or m.head in GENERIC_NOUNS:
                        break
                    k = None
                if ev.fatalities.known or ev.injuries.known:
                    break
            if k is not None:
                prev, target = kept[k]
                kept[k] = (prev, absorb(target, ev))
                continue
            if not (ev.fatalities.known or ev.injuries.known):
                continue
        if not m.anchored:
            continue
        if _elaborates(m, kept):
            k = antecedent(m, same_paragraph=True)
            if k is not None and kept[k][1].event_type in VIOLENT:
                prev, target = kept[k]
                kept[k] = (prev, absorb(target, ev))
                continue
        # A sentence that sets its event apart ("Meanwhile, ...", "In a separate incident, ...")
        # tells another event of the same kind and day, not the same one again.
        dup = None if m.elsewhere else next((k for k, (_, e) in enumerate(kept) if _same_event(e, ev)), None)
        if dup is not None:
            prev, target = kept[dup]
            kept[dup] = (prev, absorb(target, ev))
            continue
        kept.append((m, ev))
    return [_no_deaths_in_a_peaceful_protest(e) for _, e in join_responses(kept)]


PEACEFUL = frozenset({"Peaceful protest", "Protest with intervention"})


def _no_deaths_in_a_peaceful_protest(ev: Event) -> Event:
    """A protest nobody was killed at, by ACLED's definition of a peaceful protest or one with
    intervention (deaths at the hands of those who intervene make it 'Excessive force against
    protesters', a mob's make it a riot): deaths told with it are those it is about ("marched over the
    killing of two students") and are no toll of it."""
    if ev.event_type == "Protests" and ev.sub_event_type in PEACEFUL and ev.fatalities.known:
        return replace(ev, fatalities=Count())
    return ev


def _acts_before_their_tolls(mentions: Sequence[Mention]) -> list[Mention]:
    """A toll told before the act in its own sentence ("Three fighters were killed when troops
    stormed their base") belongs to that act: the act is taken first, so that the toll joins it."""
    out = list(mentions)
    for k in range(len(out) - 1):
        m, nxt = out[k], out[k + 1]
        if (m.consequence_only and not m.own_date and m.event.factuality == "asserted" and
                nxt.sentence == m.sentence and not nxt.consequence_only and nxt.event.factuality == "asserted"):
            out[k], out[k + 1] = nxt, m
    return out
