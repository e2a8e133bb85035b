"""Running totals and totals over several events ("bringing the death toll to 300", "across the two
attacks"): figures marked cumulative so that no caller adds them to one event's toll."""

from __future__ import annotations

import re

# ----------------------------------------------------------------------------------------- cumulative

_CUMULATIVE_NEAR = re.compile(
    r"\b(toll|tally|total|number of (?:people |those |persons )?(?:killed|dead|deaths|injured|wounded|"
    r"arrested|detained|missing|casualties|fatalities))\b[^.;]{0,60}\b(rose|risen|rises|rising|climbed|"
    r"climbs|climbing|increased|increases|jumped|reached|reaches|hit|hits|passed|surpassed|exceeded|mounted|"
    r"soared|"
    r"stands|stood|now|to)\b[^.;]{0,15}$|\b(bringing|brings|brought|raising|raises|raised|pushing|pushes|"
    r"pushed|taking|takes|took)\b[^.;]{0,50}\bto\s*$", re.I)
_CUMULATIVE_ANY = re.compile(r"\b(so far|to date|since the (?:start|beginning|outbreak|onset)|in total since|"
                             r"thus far|this year alone|cumulative)\b", re.I)


_EVENT_PLURALS = (r"(?:attacks|incidents|blasts|explosions|bombings|assaults|events|clashes|raids|strikes|"
                  r"operations|locations|sites|bombs|devices)\b")
_AGGREGATE_AFTER = re.compile(
    r"\bacross\s+(?:[\w-]+\s+){0,5}?" + _EVENT_PLURALS
    + r"|\b(?:in|during|from)\s+(?:all\s+|both\s+|this\s+and\s+(?:the\s+)?|"
    r"(?:the\s+|these\s+|those\s+|all\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|"
    r"separate)\s+)(?:(?:other|separate|similar|coordinated|combined|various|related|local|car|suicide|mortar)\s+)"
    r"{0,3}" + _EVENT_PLURALS,
    re.I)


_CLAUSE_BREAK = re.compile(r",\s+(?:\w+\s+)?(?:before|after|when|while|as|until|days|weeks|hours)\b", re.I)
_ACROSS_BEFORE = re.compile(r"\bacross\s+(?:which|them|these)\b[^.;]{0,40}$", re.I)


def _is_cumulative(text: str, start: int, count_text: str | None) -> bool:
    """A running total, or a total over several events, rather than one event's toll."""
    before = text[max(0, start - 90):start]
    if _CUMULATIVE_NEAR.search(before) or _ACROSS_BEFORE.search(before):
        return True
    # Only the toll's own clause can spread it over events: "killed 3 people, days before they
    # attacked again in two locations" is one event's toll.
    after = _CLAUSE_BREAK.split(text[start:], maxsplit=1)[0]
    if _AGGREGATE_AFTER.search(after):
        return True
    if _CUMULATIVE_ANY.search(text):
        return True
    return bool(count_text and count_text.lower().startswith("a total of") and re.search(
        r"\bsince\b|\bover the (?:past|last)\b", text[start:], re.I))
