"""Place names recognised by where they stand, when the model tagged them as a person or an
organisation or missed them (see `places_mentions.raw_mentions`).

Short local reports often name a town only as a modifier or an endpoint: "the Garissa market",
"Kisumu farmers", "the Kandara MP", "from Elwak to Mandera", "the Nyeri-Nyahururu road". A
capitalised gazetteer name in such a position is a place; a name the model tags as part of a
longer person's name elsewhere in the text ("Uhuru Kenyatta" ... "Kenyatta hospital") is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from flashpoint.normalize.places_gazetteer import name_key
from flashpoint.normalize.places_words import AFTER_LANDMARK, BEFORE_LANDMARK, TITLES
from flashpoint.records import Mention

_CAP = r"[A-Z][\w'\u2019]*"
_NAME = rf"{_CAP}(?:\s{_CAP}){{0,2}}"

# Nouns after a place's name that make it a place: its people, its local institutions and the
# officials elected there ("Kitui residents", "the Garissa market", "the Kandara MP").
LOCAL_NOUN = re.compile(
    r"(?:'s|\u2019s)?\s+(?:(?:high|primary|secondary|girls'?|boys'?|sugar(?:\s+cane)?|tea|coffee|main|central"
    r"|county|municipal|open-air|district|town)\s+){0,2}"
    r"(?:town|city|village|county|sub-?county|constituency|ward|residents|villagers|inhabitants|locals"
    r"|community|youths?|traders|farmers|herders|pastoralists|fishermen|vendors|motorists|demonstrators"
    r"|protesters|students|market|school|court|law\s+courts|hospital|prison|police\s+station|beach|estate"
    r"|governorship|governor|senator|MPs?|MCAs?|legislators?|assembly|municipality)\b")

# A journey's end after its start: "from X to Y" (Y is a place when X is).
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:the\s+)?{_NAME}\s+to\s+$")

# A route named by its ends: "the Nandi Hills-Chemelil road", "the axis Diffa-Maine".
ROUTE = re.compile(
    rf"(?P<a>{_NAME})\s?[-\u2013]\s?(?P<b>{_NAME})\s+(?i:road|highway|route|axis|railway)\b"
    rf"|\b(?i:road|highway|route|axis)\s+(?:(?i:between)\s+)?(?P<c>{_NAME})\s?[-\u2013]\s?(?P<d>{_NAME})\b")


def route_ends(text: str) -> list[tuple[int, int, int]]:
    """The ends of routes named by them: (start, end, which end: 1 or 2), in text order."""
    out: list[tuple[int, int, int]] = []
    for m in ROUTE.finditer(text):
        first, second = ("a", "b") if m.group("a") is not None else ("c", "d")
        out.append((m.start(first), m.end(first), 1))
        out.append((m.start(second), m.end(second), 2))
    return out


def route_end_at(text: str, start: int, end: int) -> int:
    """1 when text[start:end] is the first end of a route named by its ends ("X" in "the X-Y
    road"), 2 when the second, else 0."""
    lo = max(0, start - 40)
    for s, e, which in route_ends(text[lo:end + 60]):
        if s + lo == start and e + lo == end:
            return which
    return 0


def person_words(entities: Sequence[Mention]) -> frozenset[str]:
    """Name keys of the words of the text's person names of two words or more."""
    return frozenset(name_key(w) for ent in entities if ent.label == "PERSON" and len(ent.text.split()) > 1
                     for w in ent.text.split())


def journey_end(text: str, start: int) -> bool:
    """Whether the name at `start` ends a journey: "from X to <name>"."""
    return bool(_FROM_BEFORE.search(text[max(0, start - 50):start]))


def place_position(text: str, start: int, end: int) -> bool:
    """Whether a name stands where a place does: before a local noun, or as a journey's end
    after "from X to"."""
    return bool(LOCAL_NOUN.match(text[end:end + 40])) or journey_end(text, start)


_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|settlement)s?\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b", re.IGNORECASE)


def is_village(text: str, start: int, end: int) -> bool:
    """Whether the text calls the name a village ("the village of X", "X village", a name tagged
    with its kind, "Olinda village")."""
    name = text[start:end]
    return bool(_VILLAGE_BEFORE.search(text[max(0, start - 30):start]) or _VILLAGE_AFTER.match(text[end:end + 12])
                or (" " in name and _VILLAGE_AFTER.match(" " + name.rsplit(" ", 1)[-1])))


def landmark_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a landmark phrase built on the place at start:end, if any."""
    after = AFTER_LANDMARK.match(text[end:end + 80])
    named = after.group("named") if after else None
    if named and named.split()[0].casefold() in TITLES:
        after = None
    if after and after.group(0).strip():
        tail = after.group(0).rstrip()
        s = start
        if text[max(0, start - 4):start].lower() == "the ":
            s = start - 4
        return s, end + len(tail)
    before = BEFORE_LANDMARK.search(text[max(0, start - 80):start])
    if before:
        return start - (len(text[max(0, start - 80):start]) - before.start()), end
    return None


# English compass words and the words after a name that say the same in Indonesian/Malay and French.
_LOCAL_COMPASS = {
    "north": ("Utara", "Nord"), "south": ("Selatan", "Sud"), "east": ("Timur", "Est"),
    "west": ("Barat", "Ouest"), "central": ("Tengah", "Centre"), "southeast": ("Tenggara", "Sud-Est"),
    "southwest": ("Barat Daya", "Sud-Ouest"), "northeast": ("Timur Laut", "Nord-Est"),
    "northwest": ("Barat Laut", "Nord-Ouest"),
}


def local_compass_names(name: str) -> list[str]:
    """The local forms of an English compass name: "Southeast Sulawesi" -> "Sulawesi Tenggara",
    "Sulawesi Sud-Est"; empty when the name does not start with a compass word."""
    head, _, rest = name.strip().partition(" ")
    words = _LOCAL_COMPASS.get(head.casefold().replace("-", ""))
    if not words or not rest[:1].isupper():
        return []
    return [f"{rest} {w}" for w in words]


# A coder's word on where an event is placed ("(coded as Bol at geoprecision 3)", "coded in X
# district", "location coded at X"): the capitalised name after it is a place, known or not.
CODED_CUE = re.compile(r"\bcoded\s+(?:as|at|in|to)\s+(?:the\s+)?$", re.IGNORECASE)
_CODED_NAME = re.compile(
    r"\b(?i:coded\s+(?:as|at|in|to)\s+(?:the\s+)?)"
    r"([A-Z][\w'\u2019.-]*(?:[ -](?:(?:de|da|do|al|el)[ -])?[A-Z][\w'\u2019.-]*)*)")


def coded_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names after a coder's word on the location ("coded as Goz Beida at geoprecision
    2": "Goz Beida"), whole (not cut to a known first word: "Kouri Bougoudi" is not Kouri) and
    ending at a full stop ("coded as Bol. Two ...")."""
    out: list[tuple[int, int]] = []
    for m in _CODED_NAME.finditer(text):
        s, e = m.start(1), m.end(1)
        stop = re.search(r"\.(?:\s|$)|\.$", text[s:e])
        if stop is not None:
            e = s + stop.start()
        if e > s:
            out.append((s, e))
    return out
