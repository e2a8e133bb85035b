"""Finding place mentions in text (before resolution): model entities, gazetteer names the model
missed, names after locative cues, datelines, demonyms and border areas. See `places.find_places`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from flashpoint.normalize.countries import acronym_iso3, iso3_for_demonym, iso3_for_name
from flashpoint.normalize.places_admin import name_comma_area, name_with_areas
from flashpoint.normalize.places_gazetteer import ADMIN_SUFFIXES, name_key
from flashpoint.normalize.places_lookup import Gazetteer
from flashpoint.records import Mention

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

CAP_WORD = r"(?:[A-Z][\w'\u2019.-]*[\w.]|[A-Z])"
_CONNECT = r"(?:al|el|ad|an|ar|as|ash|at|az|de|del|la|le|du|des|da|di|do|dos|bin|ibn|abu|of)"
_CAP_SEQ = re.compile(rf"{CAP_WORD}(?:[ -](?:{_CONNECT}[ -])?{CAP_WORD})*")
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*[\w.]|[A-Za-z]")

# Common capitalised words that are also names of small places; never taken as places unless the
# model tagged them.
NOT_PLACES = frozenset({
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

BEFORE_NEAR = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?:\s+of)?|\bclose\s+to|\boutskirts\s+of|\bedge\s+of|\bvicinity\s+of"
    r"|\baround|\bjust\s+(?:outside|beyond)|\b(?:kilometers|kilometres|km|miles|mi)\s+(?:from|of)"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west"
    r"|south-east|south-west)(?:ern)?\s+(?:of|outskirts\s+of)"
    r"|\b(?:outskirts|suburbs?|environs|countryside|district|neighbou?rhood|area)\s+of"
    r"|\bon\s+the\s+(?:road|highway)\s+(?:to|from|between))\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)
AFTER_NEAR = re.compile(r"^(?:'s|\u2019s)?\s+(?:outskirts|suburbs?|environs|countryside|periphery)\b",
                         re.IGNORECASE)

LANDMARK_NOUN = (
    r"(?i:(?:international\s+)?(?:airport|airbase|air\s+base|base|embassy|consulate|camp|square|bridge"
    r"|university|hospital|mosque|church|cathedral|temple|shrine|synagogue|market|bazaar|prison|jail"
    r"|palace|stadium|port|harbou?r|checkpoint|refinery|compound|zone|district|neighbou?rhood|quarter"
    r"|hotel|station|headquarters|ministry|parliament|barracks|garrison|crossing|dam|field|oilfield"
    r"|mall|park|plaza|school|college|highway|road|street|avenue|gate|suburb|slum))"
)
# "<place> ['s] [Named Words] <landmark noun>" / "<place>'s Named Words" after a place.
AFTER_LANDMARK = re.compile(
    rf"^\s*(?:(?:'s|\u2019s)\s+)?(?:(?:{CAP_WORD}|international|main|central|old|new)\s+){{0,3}}"
    rf"{LANDMARK_NOUN}s?\b|^(?:'s|\u2019s)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|ive|ous|al|ic)\s+){{0,2}}"
    rf"(?P<named>(?:{CAP_WORD}\s+){{0,3}}"
    rf"(?:{LANDMARK_NOUN}|City|Zone|Quarter)s?)\b"
)
# Words after "<town>'s" that start a person's title, not a named part of the town.
TITLES = frozenset({
    "governor", "mayor", "police", "chief", "president", "prime", "minister", "deputy", "head", "commander",
    "spokesman", "spokeswoman", "provincial", "council", "army", "military", "government", "security",
    "health", "top", "former", "new", "main", "largest", "biggest"
})
# "[the] [Named Words] <landmark noun> in|of <place>" before a place.
BEFORE_LANDMARK = re.compile(
    rf"(?:\bthe\s+)?(?:{CAP_WORD}[\s-]+){{1,4}}{LANDMARK_NOUN}s?\s+(?:in|of)\s+$"
    rf"|\bthe\s+(?:[\w-]+\s+){{0,2}}{LANDMARK_NOUN}s?\s+(?:in|of)\s+$"
)
_BORDER = re.compile(
    rf"(?P<a>{CAP_WORD}(?:\s+{CAP_WORD})?)\s*(?:-|\u2013|/|\s+and\s+)\s*"
    rf"(?P<b>{CAP_WORD}(?:\s+{CAP_WORD})?)\s+(?:frontier|border)s?(?:\s+(?:area|region|zone))?\b"
    rf"|\bborder\s+(?:between|of)\s+(?:the\s+)?(?P<c>{CAP_WORD}(?:\s+{CAP_WORD})?)\s+and\s+(?:the\s+)?"
    rf"(?P<d>{CAP_WORD}(?:\s+{CAP_WORD})?)"
    rf"|(?P<e>{CAP_WORD}(?:\s+{CAP_WORD})?)(?:'s|\u2019s)\s+border\s+with\s+(?:the\s+)?"
    rf"(?P<f>{CAP_WORD}(?:\s+{CAP_WORD})?)"
)


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
    r"|neighbou?rhood|locality|settlement|camp|suburb)s?\s+of\s+$",
    re.IGNORECASE,
)
_CUE_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|into|from|across|toward|towards|around|between|struck|hit|shelled|bombed"
    r"|raided|stormed|attacked|captured|seized|recaptured|besieged|entered"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of"
    r"|(?:outskirts|outside|edge|vicinity)\s+of)\s+(?:the\s+)?$|"
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


# A capitalised cue word that starts a sentence and so a capitalised run ("In Boise").
_LEADING_CUE = re.compile(r"(?:In|At|Near|Outside|Around)\s+(?=[A-Z])")


def _cued_runs(text: str, place_spans: _Cover, gazetteer: Gazetteer) -> list[Raw]:
    """Capitalised runs right after a locative cue ("in", "near", "the village of") that the model
    tagged as something else or missed: gazetteer places, or unknown places after a strong cue."""
    out: list[Raw] = []
    for m in _CAP_SEQ.finditer(text):
        s, e = m.start(), m.end()
        if text[e - 1] == "." and not re.search(r"(?:^|\.)[A-Z]\.$", m.group(0)):
            e -= 1
        lead = _LEADING_CUE.match(text, s, e)
        if lead is not None:  # "In Boise, ...": the run starts with its own capitalised cue
            s = lead.end()
        before = text[max(0, s - 40):s]
        # Without a cue, a known name followed by its areas ("to Adre (Ouaddai, Assoungha)").
        areas_only = not _CUE_LOCATIVE.search(before)
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


# Nouns after a place's name that make it a place even as a sentence's first word.
_PEOPLE_OF_PLACE = re.compile(
    r"\s+(?:town|city|village|county|residents|villagers|inhabitants|locals|community|youths?"
    r"|traders|farmers|herders|pastoralists|fishermen|vendors|motorists|demonstrators|protesters)\b")


def _untagged_names(text: str, taken: _Cover, gazetteer: Gazetteer) -> list[Raw]:
    """Capitalised words and phrases the model did not tag that are demonyms, country names or
    gazetteer places (longest match first within each capitalised run)."""
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
                if j - i == 1 and _sentence_initial(text, s) and not _PEOPLE_OF_PLACE.match(text[e:e + 30]):
                    continue  # a capitalised first word is usually not a place, unless "Eldoret residents"
                # "Kitui residents", "Kisii town", "to Adre (Ouaddai, Assoungha)": the noun or the
                # areas after say it is a place, so smaller towns are taken, as after "in".
                people = bool(_PEOPLE_OF_PLACE.match(text[e:e + 30]) or _AREAS_AFTER.match(text[e:e + 80]))
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


def raw_mentions(text: str, entities: Sequence[Mention], gazetteer: Gazetteer) -> list[Raw]:
    raws: list[Raw] = _borders(text)
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
        if ent.label in PLACE_LABELS:
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
            elif not prefixed and gazetteer.lookup_exact(surface):
                continue  # a town the model took for a group ("Hodeidah"): left to the untagged scan
            taken.add(ent.start, ent.end)
        elif ent.label in ("ORG", "PERSON") and (iso := iso3_for_name(surface) or acronym_iso3(surface)):
            # The model sometimes tags a bare country name or acronym ("DPRK", "Canada") as ORG.
            raws.append(Raw(start, end, surface, "country", ent.label, country=iso))
            taken.add(ent.start, ent.end)
        elif ent.label in ("ORG", "PERSON") and _PEOPLE_OF_PLACE.match(text[end:end + 30]) \
                and gazetteer.has_key(name_key(surface)):
            # "Kitui residents", "Kisii traders": a town the model took for a name.
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

