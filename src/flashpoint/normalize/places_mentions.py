"""Finding place mentions in text (before resolution): model entities, gazetteer names the model
missed, names after locative cues, datelines, demonyms and border areas. See `places.find_places`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from flashpoint.normalize.actors_dictionary import ethnic_group
from flashpoint.normalize.countries import acronym_iso3, iso3_for_demonym, iso3_for_name
from flashpoint.normalize.places_admin import name_comma_area, name_with_areas
from flashpoint.normalize.places_cues import coded_names, journey_end, person_words, place_position, route_ends
from flashpoint.normalize.places_gazetteer import ADMIN_SUFFIXES, name_key
from flashpoint.normalize.places_lookup import Gazetteer
from flashpoint.normalize.places_words import (
    AFTER_LANDMARK,
    AFTER_NEAR,
    BEFORE_LANDMARK,
    BEFORE_NEAR,
    CAP_WORD,
    LANDMARK_NOUN,
    NOT_PLACES,
    PLACE_LABELS,
    TITLES,
)
from flashpoint.normalize.places_words import BORDER as _BORDER
from flashpoint.normalize.places_words import CAP_SEQ as _CAP_SEQ
from flashpoint.normalize.places_words import WORD as _WORD
from flashpoint.normalize.places_words import sentence_runs as _sentence_runs
from flashpoint.records import Mention

__all__ = [
    "ADMIN_AFTER", "AFTER_LANDMARK", "AFTER_NEAR", "BEFORE_LANDMARK", "BEFORE_NEAR", "CAP_WORD", "LANDMARK_NOUN",
    "NOT_PLACES", "PLACE_LABELS", "TITLES", "Raw", "country_of_word", "raw_mentions",
]

@dataclass(slots=True)
class Raw:
    """A place mention found but not yet resolved."""

    start: int
    end: int
    text: str
    kind: str  # toponym | country | landmark_fac | border
    label: str = ""  # the entity label; "of" for a name inside a longer one after "of"
    country: str | None = None  # fixed country (demonyms, borders)


def country_of_word(word: str) -> str | None:
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


def _borders(text: str) -> list[Raw]:
    out: list[Raw] = []
    for m in _BORDER.finditer(text):
        pairs = [(m.group("a"), m.group("b")), (m.group("c"), m.group("d")), (m.group("e"), m.group("f"))]
        for a, b in pairs:
            if a is None or b is None:
                continue
            ca, cb = country_of_word(a), country_of_word(b)
            if ca and cb and ca != cb:
                out.append(Raw(m.start(), m.end(), m.group(0), "border", country=ca))
            break
    return out


ADMIN_AFTER = re.compile(r"^\s+(?:" + "|".join(ADMIN_SUFFIXES) + r")\b", re.IGNORECASE)
_CUE_STRONG = re.compile(
    r"\b(?:village|town|city|hamlet|district|province|governorate|region|county|municipality|area"
    r"|neighbou?rhood|quarter|locality|settlement|camp|suburb)s?\s+of\s+$",
    re.IGNORECASE,
)
_CUE_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|into|from|across|toward|towards|around|between|struck|hit|shelled|bombed"
    r"|raided|stormed|attacked|captured|seized|recaptured|besieged|entered"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of"
    r"|(?:outskirts|outside|edge|vicinity)\s+of"
    r"|(?:residents|villagers|inhabitants|locals|natives)\s+of)\s+(?:the\s+)?$|"
    + _CUE_STRONG.pattern,
    re.IGNORECASE,
)
# A place's areas written after it: "(Abala, Tillaberi)", ", Balingga district", " village, ...".
_AREAS_AFTER = re.compile(
    r"(?:\s+(?:village|town|city|hamlet|settlement|locality))?"
    r"(?:\s*\[[^\]\n]{1,60}\])?"  # a bracketed other spelling: "Gabi [Gabi Mayaki] (...)"
    r"(?:\s*\(\s*[A-Z][\w'\u2019.-]*(?:[\s,-]+[\w'\u2019.-]+){0,7}\)"
    r"|(?:,|\s+in|\s+of)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?\s+"
    r"(?:sub-?district|district|regency|province|region|county|department|prefecture|governorate|state|"
    r"municipality|commune|ward|LGA))"
)


def _known_prefix_end(text: str, s: int, e: int, gazetteer: Gazetteer) -> int:
    """The end of the longest run of words from `s` that names a known place, when the whole
    run does not ("Wajir. Three suspects" -> "Wajir"); `e` when none or the whole run does."""
    if gazetteer.has_key(name_key(text[s:e])):
        return e
    ends = [s + m.end() for m in _WORD.finditer(text[s:e])]
    for end in reversed(ends[:-1]):
        while end > s and text[end - 1] == ".":
            end -= 1
        if end > s and gazetteer.has_key(name_key(text[s:end])):
            return end
    return e


# A capitalised cue that starts a sentence and so a capitalised run ("In Boise", "Residents of Molo").
_LEADING_CUE = re.compile(r"(?:In|At|Near|Outside|Around|(?:Residents|Villagers|Inhabitants|Natives)\s+of)\s+(?=[A-Z])")


def _cued_runs(text: str, place_spans: _Cover, gazetteer: Gazetteer) -> list[Raw]:
    """Capitalised runs right after a locative cue ("in", "near", "the village of") that the model
    tagged as something else or missed: gazetteer places, or unknown places after a strong cue."""
    out: list[Raw] = []
    for s, e in _sentence_runs(text):
        if text[e - 1] == "." and not re.search(r"(?:^|\.)[A-Z]\.$", text[s:e]):
            e -= 1
        lead = _LEADING_CUE.match(text, s, e)
        if lead is not None:  # "In Boise, ...": the run starts with its own capitalised cue
            s = lead.end()
        before = text[max(0, s - 40):s]
        # Without a cue, a known name followed by its areas ("to Adre (Ouaddai, Assoungha)").
        areas_only = not _CUE_LOCATIVE.search(before) and not journey_end(text, s)
        if areas_only and not _AREAS_AFTER.match(text[e:e + 80]):
            continue
        e = _known_prefix_end(text, s, e, gazetteer)
        if place_spans.hits(s, e):
            continue
        surface = text[s:e]
        key = name_key(surface)
        if key in NOT_PLACES:
            continue
        if areas_only and not gazetteer.has_key(key):
            continue
        if gazetteer.has_key(key) or country_of_word(surface) or gazetteer.lookup(surface):
            out.append(Raw(s, e, surface, "cued"))
        elif _CUE_STRONG.search(before) or _AREAS_AFTER.match(text[e:e + 80]):
            # "the village of X", "in X (Abala, Tillaberi)", "in X, Y district": a place, known or not.
            out.append(Raw(s, e, surface, "toponym", "GPE"))
    return out


def _untagged_names(text: str, taken: _Cover, gazetteer: Gazetteer,
                    persons: frozenset[str] = frozenset()) -> list[Raw]:
    """Capitalised words and phrases the model did not tag that are demonyms, country names or
    gazetteer places (longest match first within each capitalised run; `persons`: name keys of
    words of the text's person names, not taken on the strength of a local noun after them)."""
    out: list[Raw] = []
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
                if j - i == 1 and key in NOT_PLACES:
                    continue
                iso = country_of_word(span_text)
                if iso and _is_division(span_text, iso, gazetteer):
                    out.append(Raw(s, e, span_text, "untagged"))
                    i, matched = j, True
                    break
                if iso:
                    out.append(Raw(s, e, span_text, "country", country=iso))
                    i, matched = j, True
                    break
                if not span_text[0].isupper():
                    continue
                if not gazetteer.has_key(key):
                    if j - i == 1 or not ADMIN_AFTER.match(" " + text[words[j - 1][0]:e]) \
                            or not any(c.feature in ("admin1", "admin2") for c in gazetteer.lookup(span_text)):
                        continue
                    # "Isiolo County staff protest": a division named with its kind word.
                    out.append(Raw(s, e, span_text, "untagged"))
                    i, matched = j, True
                    break
                if j - i == 1 and len(key) < 4:
                    continue
                local = place_position(text, s, e) and key not in persons
                if j - i == 1 and _sentence_initial(text, s) and not local:
                    continue  # a capitalised first word is usually not a place, unless "Eldoret residents"
                # "Kitui residents", "the Isiolo market", "to Adre (Ouaddai, Assoungha)": the noun or
                # the areas after say it is a place, so smaller towns are taken, as after "in".
                people = local or bool(_AREAS_AFTER.match(text[e:e + 80]))
                out.append(Raw(s, e, span_text, "cued" if people else "untagged"))
                i, matched = j, True
                break
            if not matched:
                i += 1
    return out


_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3})(?=\s*(?:\(|,|\u2014|\u2013|--| - ))"
)


def _datelines(text: str, raws: Sequence[Raw], gazetteer: Gazetteer) -> list[Raw]:
    """Capitalised datelines at a line start ("WASHINGTON (Reuters) -", "KABUL, Afghanistan --")."""
    out: list[Raw] = []
    cover = _Cover(len(text))
    for r in raws:
        cover.add(r.start, r.end)
    for m in _DATELINE.finditer(text):
        s, e = m.start(1), m.end(1)
        if cover.hits(s, e) or len(m.group(1)) < 4:
            continue
        if gazetteer.has_key(name_key(m.group(1))):
            out.append(Raw(s, e, m.group(1), "cued"))
    return out


def _leading_demonym(text: str, start: int, end: int) -> Raw | None:
    """A country adjective that starts a person's name span ("Russian President X"), else None."""
    m = _WORD.match(text, start)
    if m is None or m.end() >= end:
        return None
    iso = iso3_for_demonym(m.group(0))
    return Raw(m.start(), m.end(), m.group(0), "country", "NORP", country=iso) if iso else None


def _embedded(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Raw]:
    """Country names, demonyms and well-known places inside a name ("the New York Times",
    "European Commission", "Kenya Defence Forces"): kind "embedded" (resolved as untagged names
    are; event location skips them)."""
    out: list[Raw] = []
    words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
    if words and text[words[0][0]:words[0][1]].lower() == "the":
        words = words[1:]
    if len(words) > 1 and gazetteer.has_key(name_key(text[words[0][0]:words[-1][1]])) \
            and _CUE_LOCATIVE.search(text[max(0, words[0][0] - 40):words[0][0]]):
        return []  # "in Maine Soroa" tagged as a name: the whole town, left to the cued scan
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 3), i, -1):
            s, e = words[i][0], words[j - 1][1]
            while e > s and text[e - 1] == "." and not re.search(r"(?:^|\.)[A-Z]\.$", text[s:e]):
                e -= 1
            if j == i + 1 and text[e - 2:e] in ("'s", "\u2019s"):
                e -= 2  # "Venezuela's Mining Agency": the possessive is not part of the name
            surface = text[s:e]
            if not surface[:1].isupper() or (j - i == 1 and name_key(surface) in NOT_PLACES):
                continue
            iso = country_of_word(surface)
            # Other places only as the name's first words ("Toronto Police", "Colorado State
            # University"): later words are mostly common nouns ("Trade Center", "Great Lakes").
            region = any(c.feature == "region" for c in gazetteer.lookup_exact(surface))
            # A bare town tagged as an organisation after "in", "near"... is left to the cued
            # scan, which takes smaller towns ("in Wajir").
            whole = j == len(words) and i == 0 and bool(_CUE_LOCATIVE.search(text[max(0, s - 40):s]))
            # ... or as its last words after "of" ("the University of Nairobi", "Governor of Kano").
            last_of = i > 0 and j == len(words) and text[max(0, s - 3):s] == "of "
            known = (i == 0 or last_of) and gazetteer.has_key(name_key(surface)) and (
                region or (len(surface) >= 4 and not whole))
            if iso or known:
                out.append(Raw(s, e, surface, "embedded", label="of" if last_of else "", country=iso))
                i = j - 1
                break
        i += 1
    return out


_NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "EVENT", "WORK_OF_ART", "NORP"})


def _named_division(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name of two or more words is exactly a first-level division's name."""
    return len(surface.split()) >= 2 and surface[:1].isupper() \
        and any(c.feature == "admin1" for c in gazetteer.lookup_exact(surface))


def _route_raws(text: str, taken: _Cover, gazetteer: Gazetteer) -> list[Raw]:
    """The known ends of routes named by them ("the Nyeri-Nyahururu road"): places, whatever
    the model tagged the route as."""
    out: list[Raw] = []
    for s, e, _ in route_ends(text):
        surface = text[s:e]
        if taken.hits(s, e) or name_key(surface) in NOT_PLACES:
            continue
        iso = country_of_word(surface)
        if iso:
            out.append(Raw(s, e, surface, "country", country=iso))
        elif gazetteer.has_key(name_key(surface)):
            out.append(Raw(s, e, surface, "toponym", "GPE"))
        else:
            continue
        taken.add(s, e)
    return out


def _glued_places(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Raw]:
    """A model-tagged place "Place, Area" the gazetteer does not know whole, whose area is a
    country or what `name_comma_area` takes for an area: the two mentions; else none."""
    surface = text[start:end]
    comma = surface.find(", ")
    if comma < 2 or gazetteer.has_key(name_key(surface)):
        return []
    first, second = surface[:comma], surface[comma + 2:]
    if not first[:1].isupper() or not second[:1].isupper():
        return []
    iso = iso3_for_name(second) or acronym_iso3(second)
    if iso:
        area = Raw(start + comma + 2, end, second, "country", "GPE", country=iso)
    elif name_comma_area(text, start, end, gazetteer):
        area = Raw(start + comma + 2, end, second, "toponym", "GPE")
    else:
        return []
    return [Raw(start, start + comma, first, "toponym", "GPE"), area]


def raw_mentions(text: str, entities: Sequence[Mention], gazetteer: Gazetteer) -> list[Raw]:
    raws: list[Raw] = _borders(text)
    taken = _Cover(len(text))
    for r in raws:
        taken.add(r.start, r.end)
    raws.extend(_route_raws(text, taken, gazetteer))
    persons = person_words(entities)
    for ent in entities:
        if taken.hits(ent.start, ent.end):
            continue
        start, end = _strip_entity(text, ent.start, ent.end)
        if "(" in text[start:end] and ")" not in text[start:end]:
            # "Gaigorou (Dessa," tagged as one name: the name before its areas
            start, end = _strip_entity(text, start, start + text[start:end].index("(")) if \
                text[start:end].index("(") > 1 else (start, start)
            while end > start and text[end - 1] == " ":
                end -= 1
        if end <= start:
            continue
        surface = text[start:end]
        if ent.label in PLACE_LABELS and (glued := _glued_places(text, start, end, gazetteer)):
            # "Thruxton, Hampshire", "Paris, France" tagged as one place: a place and its area.
            raws.extend(glued)
            taken.add(ent.start, ent.end)
        elif ent.label in PLACE_LABELS:
            iso = iso3_for_name(surface) or acronym_iso3(surface)
            if iso and not _is_division(surface, iso, gazetteer):
                raws.append(Raw(start, end, surface, "country", ent.label, country=iso))
            else:
                raws.append(Raw(start, end, surface, "toponym", ent.label))
            taken.add(ent.start, ent.end)
        elif ent.label == "NORP":
            iso = iso3_for_demonym(surface)
            prefixed = start > 0 and text[start - 1] == "-"
            if iso and not prefixed:
                raws.append(Raw(start, end, surface, "country", ent.label, country=iso))
            elif not prefixed and any(c.feature == "region" for c in gazetteer.lookup_exact(surface)):
                raws.append(Raw(start, end, surface, "region", ent.label))  # "European", "African"
            elif not prefixed and gazetteer.lookup_exact(surface) and ethnic_group(surface) is None:
                continue  # a town the model took for a group ("Hodeidah"): left to the untagged scan
            taken.add(ent.start, ent.end)
        elif ent.label in ("ORG", "PERSON") and (iso := iso3_for_name(surface) or acronym_iso3(surface)
                                                  or iso3_for_demonym(surface)):
            # The model sometimes tags a bare country name, acronym or adjective ("DPRK", "Canada",
            # "Nigerien") as ORG or PERSON.
            raws.append(Raw(start, end, surface, "country", ent.label, country=iso))
            taken.add(ent.start, ent.end)
        elif ent.label in ("ORG", "PERSON") and place_position(text, start, end) \
                and gazetteer.has_key(name_key(surface)) and name_key(surface) not in persons:
            # "Kitui residents", "the Garissa market", "from Elwak to Mandera": a town the model
            # took for a name.
            raws.append(Raw(start, end, surface, "cued"))
            taken.add(ent.start, ent.end)
        elif ent.label in ("ORG", "PERSON") and _named_division(surface, gazetteer):
            # A state or province of several words the model took for a name ("Tamil Nadu").
            raws.append(Raw(start, end, surface, "untagged"))
            taken.add(ent.start, ent.end)
        elif ent.label in _NAME_LABELS and not country_of_word(surface) \
                and (name_end := name_with_areas(text, start, end, gazetteer)) is not None:
            # "Kouri Bougoudi (Tibesti Ouest, Tibesti)": a name followed by its areas is a place.
            raws.append(Raw(start, name_end, text[start:name_end], "toponym", "GPE"))
            taken.add(ent.start, ent.end)
        elif ent.label in ("ORG", "PERSON") and (cut := name_comma_area(text, start, end, gazetteer)):
            # "Qqkambi, Wajir" tagged as one name: a village and its area.
            raws.append(Raw(start, cut[0], text[start:cut[0]], "toponym", "GPE"))
            raws.append(Raw(cut[1], end, text[cut[1]:end], "toponym", "GPE"))
            taken.add(ent.start, ent.end)
        else:
            # PERSON, ORG, DATE, ...: the model says these words are not a place, except places
            # named inside an organisation's name ("the Washington Post", "Kenya Defence Forces").
            if ent.label in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"):
                raws.extend(_embedded(text, start, end, gazetteer))
            elif ent.label == "PERSON" and (lead := _leading_demonym(text, start, end)) is not None:
                raws.append(lead)  # "Russian President Vladimir Putin"
            taken.add(ent.start, ent.end)
    # Names after a coder's word on the location ("coded as Goz Beida"): places, read whole; they win
    # over the model's reading of their words (it tags "Beida", or a person).
    coded = [Raw(s, e, text[s:e], "toponym", "GPE") for s, e in coded_names(text)
             if name_key(text[s:e]) not in NOT_PLACES]
    if coded:
        raws = [r for r in raws if not any(c.start < r.end and r.start < c.end for c in coded)]
        raws.extend(coded)
        for r in coded:
            taken.add(r.start, r.end)
    place_spans = _Cover(len(text))
    for r in raws:
        place_spans.add(r.start, r.end)
    cued = _cued_runs(text, place_spans, gazetteer)
    raws.extend(cued)
    for r in cued:
        taken.add(r.start, r.end)
    raws.extend(_untagged_names(text, taken, gazetteer, persons))
    raws.extend(_datelines(text, raws, gazetteer))
    raws.sort(key=lambda r: (r.start, -r.end))
    return raws

