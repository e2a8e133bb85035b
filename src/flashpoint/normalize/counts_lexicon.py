"""The counts lexicon (data/counts_lexicon.json) and the fixed word lists of toll finding:
toll triggers by kind, auxiliaries, negations, people nouns, and the words that mark a number as
something other than people (times, measures, money, years)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from .counts_tokens import _index, _match_phrases, _Tok

# --------------------------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    person_singular: frozenset[str]
    person_plural: frozenset[str]
    compound_heads: frozenset[str]
    things: frozenset[str]
    armed: frozenset[str]
    protest_nouns: frozenset[str]
    protest_after: re.Pattern[str]  # matches right after a people phrase that protests
    irregular: MappingProxyType[str, str]  # singular -> plural where the regular rule is wrong


def _plural(word: str) -> str:
    """Regular English plural of a (last word of a) noun."""
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith("man") and not word.endswith("human"):
        return word[:-3] + "men"
    return word + "s"


def _protest_after_pattern(verbs: list[str], light: list[str], events: list[str]) -> re.Pattern[str]:
    """'... marched', '... have been protesting', '..., including X, held a peaceful protest'."""

    def alt(words: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    aside = r"(?:\([^)]{0,80}\)\s*|,[^,.;]{0,80},\s*)?"
    aux = r"(?:(?:have|had|has|were|are|was|is|been|also|reportedly|then|again|later|\w+ly)\s+){0,3}"
    event = rf"(?:(?:a|an|the|their|another|its|his|her|several|two|three|a\s+series\s+of)\s+)?" \
            rf"(?:[\w-]+\s+){{0,3}}?(?:{alt(events)})\b"
    return re.compile(rf"^\s*{aside}{aux}(?:(?:{alt(verbs)})\b|(?:{alt(light)})\s+{event})", re.I)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load data/counts_lexicon.json once, on first use."""
    raw = json.loads(resources.files("flashpoint.data").joinpath("counts_lexicon.json").read_text("utf-8"))
    irregular: dict[str, str] = raw["person_irregular"]
    singular = {w.split()[-1] for w in raw["person_singular"]}
    plural = {irregular.get(w, _plural(w)) for w in singular}
    plural |= {w.split()[-1] for w in raw["person_plural_only"]}
    things = {w.split()[-1] for w in raw["things"]}
    things |= {_plural(w) for w in things}
    armed = set(raw["armed"]) | {_plural(w) for w in raw["armed"]} | {irregular.get(w,
                                                                                    "") for w in raw["armed"]}
    protest = set(raw["protest_nouns"]) | {_plural(w) for w in raw["protest_nouns"]}
    return _Lexicon(
        person_singular=frozenset(singular - {"other", "casualty"}),
        person_plural=frozenset(plural),
        compound_heads=frozenset(raw["compound_heads"]),
        things=frozenset(things - singular - plural),
        armed=frozenset(armed - {""}),
        protest_nouns=frozenset(protest),
        protest_after=_protest_after_pattern(raw["protest_verbs"], raw["protest_light_verbs"],
                                             raw["protest_events"]),
        irregular=MappingProxyType(dict(irregular)),
    )


# ------------------------------------------------------------------------------------------- triggers

_FAT, _INJ, _ARR, _MIS = "fatalities", "injuries", "arrests", "missing"
_PAR, _CAS = "participants", "casualties"

# phrase -> (kind, roles): 'pre' takes an object after it (killed 25), 'post' follows its subject
# (25 were killed, 12 dead, 4 deaths), 'base' is a bare verb form (pre only when not after to/will/...).
_TRIGGERS: dict[tuple[str, ...], tuple[str, str]] = {}
for _kind, _roles, _words in [
    (_FAT, "both", ["killed", "murdered", "executed", "slain", "massacred", "beheaded", "assassinated",
                    "slaughtered", "lynched", "shot dead", "shot and killed", "gunned down",
                    "hacked to death", "stabbed to death", "beaten to death", "burned to death",
                    "burnt to death", "shot to death", "bludgeoned to death", "tortured to death",
                    "stoned to death", "clubbed to death", "fatally shot", "fatally stabbed",
                    "burned alive", "burnt alive",
                    "summarily executed", "killed off", "decapitated",
                    # 'fatally assaulted a robber' as well as 'a robber was fatally assaulted'
                    "fatally wounded", "fatally injured", "fatally assaulted", "fatally attacked",
                    "fatally beaten", "fatally hit", "fatally struck", "fatally burned"]),
    (_FAT, "pre", ["killing", "kills", "murdering", "executing", "massacring", "beheading", "slaughtering",
                   "claimed the lives of", "claiming the lives of", "took the lives of",
                   "taking the lives of", "claimed the life of", "shooting dead", "slew", "lynching",
                   "assassinating", "decapitating"]),
    (_FAT, "base", ["kill", "murder", "execute", "behead", "massacre", "lynch"]),
    (_FAT, "post", ["dead", "died", "die", "dies", "deaths", "death", "fatalities", "fatality", "perished",
                    "lost their lives", "lost his life", "lost her life", "passed away", "lost their life",
                    "have died", "found dead", "founded dead", "pronounced dead", "declared dead",
                    "confirmed dead", "reported dead", "among the dead", "were among the dead", "succumbed",
                    "bodies", "corpses", "dead bodies",
                    "killed in action", "drowned"]),
    (_INJ, "both", ["wounded", "injured", "hurt", "maimed", "shot and wounded", "shot and injured",
                    "seriously injured", "seriously wounded", "critically injured", "critically wounded",
                    "slightly injured", "badly injured", "severely injured", "stabbed", "beaten",
                    "hospitalized", "hospitalised"]),
    (_INJ, "pre", ["wounding", "injuring", "injures", "wounds", "hurting", "maiming", "stabbing", "beating"]),
    (_INJ, "base", ["wound", "injure"]),
    (_INJ, "post", ["injuries", "injury", "sustained injuries", "suffered injuries", "sustained wounds",
                    "were treated for injuries", "needed hospital treatment", "admitted to hospital"]),
    (_ARR, "both", ["arrested", "detained", "apprehended", "rounded up", "jailed", "imprisoned", "nabbed"]),
    (_ARR, "pre", ["arresting", "detaining", "detains", "apprehending", "rounding up", "jailing",
                   "took into custody", "taking into custody", "round up"]),
    (_ARR, "base", ["arrest", "detain", "apprehend", "jail"]),
    (_ARR, "post", ["arrests", "detentions", "held", "taken into custody", "in custody", "behind bars",
                    "taken in", "picked up"]),
    (_MIS, "both", ["abducted", "kidnapped", "kidnaped", "taken hostage", "held hostage"]),
    (_MIS, "pre", ["abducting", "kidnapping", "kidnaps", "abducts"]),
    (_ARR, "both", ["captured"]),
    (_ARR, "pre", ["capturing"]),
    (_MIS, "base", ["abduct", "kidnap"]),
    (_MIS, "post", ["missing", "disappeared", "went missing", "gone missing", "unaccounted for",
                    "forcibly disappeared", "taken captive", "held captive", "abductions", "kidnappings",
                    "remain missing", "still missing"]),
    (_CAS, "post", ["casualties", "dead or injured", "dead or wounded", "dead and wounded",
                    "dead and injured"]),
    (_CAS, "both", ["killed or injured", "killed or wounded", "killed and injured", "killed and wounded",
                    "killed or hurt"]),
    (_CAS, "pre", ["killing or injuring", "killing or wounding", "killing and injuring",
                   "killing and wounding"]),
]:
    for _w in _words:
        _TRIGGERS[tuple(_w.split())] = (_kind, _roles)

# object-taking triggers that also read as people things ('seized 4 vehicles'): need a people object
_NEED_PERSON_OBJECT = {"seized", "seizing", "captured", "capturing", "burned", "burnt", "held", "beaten",
                       "beating", "stabbed", "stabbing"}
_TRIGGER_FIRST = {k[0] for k in _TRIGGERS}

_AUX = {"were", "was", "are", "is", "been", "be", "being", "have", "has", "had", "got", "get", "gets",
        "reportedly", "also", "all", "both", "later", "allegedly", "subsequently", "reported", "confirmed",
        "believed", "said", "feared", "to", "then", "initially", "eventually", "apparently", "each", "either",
        "possibly", "likely", "already", "since", "who", "that", "which", "now", "were/are", "themselves",
        "presumed", "thought", "known", "among", "seriously", "critically", "severely", "badly",
        "slightly", "lightly", "fatally", "mortally", "instantly", "immediately", "shot", "and", "may",
        "might", "could", "probably"}
_NEGATIONS = {"not", "n't", "never", "no", "none", "neither", "nor"}
_MODAL_BEFORE = {"to", "will", "would", "could", "might", "may", "should", "can", "cannot", "must", "not",
                 "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "threatened", "vowed"}
_PRE_GAP = {"reportedly", "allegedly", "also", "then", "later", "subsequently", "initially", "apparently",
            "instantly", "immediately", "summarily", "brutally"}
_SUBSET_CUES = [("including",), ("among", "them"), ("among", "whom"), ("among", "those"), ("of", "whom"),
                ("of", "which"), ("mostly",), ("mainly",), ("most", "of", "them"), ("many", "of", "them"),
                ("among", "the", "dead"), ("among", "the", "victims"), ("among", "the", "injured"),
                ("among", "the", "wounded"), ("among", "the", "casualties"), ("in", "addition", "to"),
                ("besides",), ("excluding",), ("plus",)]

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
           "nov", "dec"}
_TIME_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
               "month", "months", "year", "years", "decade", "decades", "century", "centuries", "night",
               "nights", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs", "o'clock", "times", "time",
               "year-old", "years-old", "weekend", "weekends"}
_MEASURES = {"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
             "meters", "m", "kg", "kilograms", "tons", "tonnes", "percent", "per", "%", "acres", "hectares",
             "feet", "ft", "yards", "degrees", "litres", "liters", "barrels", "dollars", "euros", "pounds",
             "shillings", "naira", "rupiah", "francs", "cfa", "usd", "rupees", "dinars", "million", "billion"}
_MONEY_BEFORE = {"$", "£", "€", "us$", "usd", "ksh", "kes", "rp", "n", "no.", "no", "#", "number", "aged",
                 "age",
                 "ages", "route", "highway", "road", "article", "resolution", "brigade", "division",
                 "battalion", "regiment", "page", "chapter", "section", "camp", "block", "sector", "zone",
                 "phase", "unit", "level", "grade", "class", "form", "platoon", "squad", "district", "ward",
                 "street", "avenue", "kilometre", "km", "mile", "post", "gate", "checkpoint", "village",
                 "room", "plot", "flight", "line", "bus", "covid", "covid-", "g", "group", "year", "term",
                 "session", "round", "stage", "match", "team", "pm", "am", "at"}
_YEAR_BEFORE = {"in", "since", "of", "from", "until", "till", "by", "before", "after", "during", "early",
                "late",
                "mid", "year", "years", "spring", "summer", "autumn", "fall", "winter", "the", "'s", "to",
                "through", "between", "and", "on", ",", "–", "-"} | _MONTHS
_STOP_NP = {"and", "or", "but", "in", "on", "at", "by", "for", "from", "with", "to", "into", "near", "during",
            "after", "before", "when", "while", "as", "who", "that", "which", "whom", "whose", "were", "was",
            "are", "is", "be", "been", "being", "have", "has", "had", "the", "a", "an", "this", "these",
            "those", "their", "his", "her", "its", "our", "including", "among", "of", "than", "since",
            "against",
            "across", "inside", "outside", "along", "under", "over", "per", "through", "within", "without",
            "will", "would", "could", "may", "might", "can", "should", "did", "do", "does", "not", "also",
            "reportedly", "allegedly", "all", "both", "each", "so", "then", "there", "here", "where", "what",
            "according", "following", "amid", "despite", "because", "if", "reported", "less"}
_PARTITIVE = {"them", "whom", "those", "us", "these", "which", "the", "its", "their", "his", "her"}
_ITEM_DETS = {"a", "an", "another", "one", "the", "this", "that", "his", "her", "their", "its", "our"}
_PRONOUN_ONE = {"he", "she", "him", "her", "himself", "herself"}
_PRONOUN_UNKNOWN = {"they", "them", "themselves"}



def _is_person_word(w: str, lex: _Lexicon) -> bool:
    """A plural or singular people noun, by lexicon or by agent-noun shape (-ers, -ists, -ians)."""
    if w in lex.person_plural or w in lex.person_singular:
        return True
    if w in lex.things:
        return False
    return bool(re.fullmatch(r"[a-z]+(ers|ists|ians|ees|men|ants|ites|iyyin)", w))


def _is_singular_person(w: str, lex: _Lexicon) -> bool:
    return w in lex.person_singular or (
        w not in lex.things and bool(re.fullmatch(r"[a-z]+(er|ist|ian|ee|man|ant)", w)))


_TRIG_STR = _index({k: v[0] for k, v in _TRIGGERS.items()})
def _trigger_at(toks: Sequence[_Tok], k: int) -> bool:
    """True when a toll trigger starts at token k."""
    return toks[k].low in _TRIGGER_FIRST and _match_phrases(toks, k, _TRIG_STR) is not None
