"""The words of place-name recognition: capitalised names, common capitalised words that are not
places, locative phrases ("near", "outskirts of"), landmark nouns and border phrases (shared by
`places_mentions`, `places_cues` and `places`)."""

from __future__ import annotations

import re

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

CAP_WORD = r"(?:[A-Z][\w'\u2019.-]*[\w.]|[A-Z])"
CONNECT = r"(?:al|el|ad|an|ar|as|ash|at|az|de|del|la|le|du|des|da|di|do|dos|bin|ibn|abu|of)"
CAP_SEQ = re.compile(rf"{CAP_WORD}(?:[ -](?:{CONNECT}[ -])?{CAP_WORD})*")
WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*[\w.]|[A-Za-z]")

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
    "agency", "media", "press", "ward"
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
    r"|mall|park|plaza|school|college|highway|road|street|avenue|gate|suburb|slum|beach))"
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
BORDER = re.compile(
    rf"(?P<a>{CAP_WORD}(?:\s+{CAP_WORD})?)\s*(?:-|\u2013|/|\s+and\s+)\s*"
    rf"(?P<b>{CAP_WORD}(?:\s+{CAP_WORD})?)\s+(?:frontier|border)s?(?:\s+(?:area|region|zone))?\b"
    rf"|\bborder\s+(?:between|of)\s+(?:the\s+)?(?P<c>{CAP_WORD}(?:\s+{CAP_WORD})?)\s+and\s+(?:the\s+)?"
    rf"(?P<d>{CAP_WORD}(?:\s+{CAP_WORD})?)"
    rf"|(?P<e>{CAP_WORD}(?:\s+{CAP_WORD})?)(?:'s|\u2019s)\s+border\s+with\s+(?:the\s+)?"
    rf"(?P<f>{CAP_WORD}(?:\s+{CAP_WORD})?)"
)

# Words with a full stop that do not end a sentence ("St. Louis", "Gen. Odhiambo").
_ABBREVIATIONS = frozenset({"st", "mt", "ft", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "mr", "mrs", "ms",
                            "jr", "sr", "no", "rev", "prof", "hon", "gov", "sen", "rep", "ave", "rd", "jl"})
_STOP = re.compile(r"([\w'\u2019-]+)\.\s+(?=[A-Z])")


def sentence_runs(text: str) -> list[tuple[int, int]]:
    """Capitalised runs (`CAP_SEQ`) cut where a sentence ends inside one ("26 June. Residents of Ol
    Kalou" -> "26 June." and "Residents of Ol Kalou"), not after an initial or an abbreviation."""
    out: list[tuple[int, int]] = []
    for m in CAP_SEQ.finditer(text):
        s = m.start()
        for stop in _STOP.finditer(text, m.start(), m.end()):
            word = stop.group(1)
            if len(word) > 1 and word.lower() not in _ABBREVIATIONS and stop.end() < m.end():
                out.append((s, stop.end(1) + 1))
                s = stop.end()
        out.append((s, m.end()))
    return out
