"""Tolls and counts: turn quantity phrases into `Count`s and find the tolls a sentence states.

`parse_count` reads one quantity phrase ("at least 1500", "between 8000 and 10,000", "dozens",
"two hundred and fifty") into low/best/high following the schema's `count` rules; the rules for vague
and hedged figures are documented in docs/COUNTS.md.

`find_tolls` is token based (no parser): it finds quantity noun phrases, lists of them ("Ali, Omar and
six others"), and ties each list to a toll trigger in one of three shapes:

* subject + (auxiliaries) + trigger:  "500 protesters have been killed", "12 dead", "two were wounded"
* trigger + object:                   "killed 14 and injured 30 militia members", "detained 40 people"
* toll noun + figure:                 "the death toll rose to 300", "the bodies of 7 civilians"

and, for protest sizes, a figure next to a protest noun or verb ("a crowd of about 500",
"thousands of protesters marched").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from flashpoint.records import Count, Toll

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
    )


# ---------------------------------------------------------------------------------------------- tokens

_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|\d+(?:[.,]\d+)*"  # 10,000  1.5  1500
    r"|[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*"  # words, hyphenated words (twenty-five, year-old)
    r"|\S"
)


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int
    person: bool = False


def _tokenize(text: str, persons: Sequence[tuple[int, int]] = ()) -> list[_Tok]:
    """Tokens of `text`; each PERSON span (local offsets) becomes one token with low '<person>'."""
    toks = [_Tok(m.group(), m.group().lower().replace("’", "'"), m.start(), m.end())
            for m in _TOKEN_RE.finditer(text)]
    for s, e in sorted(persons):
        inside = [i for i, t in enumerate(toks) if t.start >= s and t.end <= e]
        if not inside:
            continue
        a, b = inside[0], inside[-1]
        merged = _Tok(text[toks[a].start:toks[b].end], "<person>", toks[a].start, toks[b].end, True)
        toks[a:b + 1] = [merged]
    return toks


def _seq_at(toks: Sequence[_Tok], i: int, seq: Sequence[str]) -> bool:
    """True when the lower-cased tokens at i spell `seq`."""
    return i + len(seq) <= len(toks) and all(toks[i + k].low == w for k, w in enumerate(seq))


_PhraseIndex = dict[str, list[tuple[tuple[str, ...], str]]]


def _index(table: dict[tuple[str, ...], str]) -> _PhraseIndex:
    """Phrases grouped by first word, longest first, for `_match_phrases`."""
    out: _PhraseIndex = {}
    for seq, val in sorted(table.items(), key=lambda kv: -len(kv[0])):
        out.setdefault(seq[0], []).append((seq, val))
    return out


def _match_phrases(toks: Sequence[_Tok], i: int, index: _PhraseIndex) -> tuple[str, int] | None:
    """Longest phrase of the index starting at i -> (its value, index after it)."""
    if i >= len(toks):
        return None
    for seq, val in index.get(toks[i].low, ()):
        if _seq_at(toks, i, seq):
            return val, i + len(seq)
    return None


# ------------------------------------------------------------------------------------------- numbers

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague plurals: the conservative figure is two of the unit (schema: 'thousands' -> 2000).
_VAGUE_PLURALS = {"tens": 20, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
                  "millions": 2_000_000}
# Vague multipliers: 'several' -> 3 and 'several hundred' -> 300 (3 x unit); high stays open.
_VAGUE_MULT: dict[tuple[str, ...], int] = {
    ("several",): 3, ("a", "few"): 3, ("few",): 3, ("a", "handful", "of"): 3, ("a", "handful"): 3,
    ("multiple",): 2, ("many",): 0, ("numerous",): 0, ("countless",): 0, ("a", "number", "of"): 0,
    ("a", "large", "number", "of"): 0, ("a", "great", "number", "of"): 0, ("an", "unknown", "number",
                                                                           "of"): 0,
    ("an", "unspecified", "number", "of"): 0, ("an", "undetermined", "number", "of"): 0,
    ("a", "host", "of"): 0, ("a", "lot", "of"): 0, ("lots", "of"): 0,
}
_ZERO_WORDS: dict[tuple[str, ...], str] = {("no",): "no", ("no", "one"): "pron", ("nobody",): "pron",
                                           ("none",): "pron", ("zero",): "no"}

# Prefix modifiers and how they bound an exact figure N (see docs/COUNTS.md).
_PREFIXES: dict[tuple[str, ...], str] = {}
for _words, _kind in [
    (["at least", "no fewer than", "no less than", "not less than", "a minimum of", "at minimum",
      "minimum of",
      "not fewer than"], "ge"),
    (["more than", "over", "upwards of", "in excess of", "above", "well over", "just over",
      "slightly more than",
      "over a total of"], "gt"),
    (["about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "approx", "circa",
      "a total of", "a reported", "reportedly", "a further", "another", "an additional", "an approximate",
      "totalling", "totaling", "exactly", "precisely", "only", "just", "all", "all of the", "the"], "eq"),
    (["nearly", "almost", "close to", "just under", "just short of", "not quite", "closer to"], "near"),
    (["up to", "as many as", "at most", "no more than", "a maximum of", "maximum of", "not more than"], "le"),
    (["fewer than", "less than", "under", "below"], "lt"),
]:
    for _w in _words:
        _PREFIXES[tuple(_w.split())] = _kind


_PREFIX_FIRST = {seq[0] for seq in _PREFIXES} | {"between", "from"}
_VAGUE_MULT_INDEX = _index({k: str(v) for k, v in _VAGUE_MULT.items()})
_PREFIX_INDEX = _index(_PREFIXES)


@dataclass(frozen=True, slots=True)
class _Core:
    value: int
    exact: bool  # False for vague figures ('dozens', 'several'): high stays open
    known: bool = True  # False for 'many', 'a number of': the text gives no figure


def _digits_value(tok: str) -> float | None:
    """'10,000' -> 10000, '1500' -> 1500, '1.5' -> 1.5; None for malformed groupings like '1,50'."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", tok):
        return int(tok.replace(",", ""))
    if re.fullmatch(r"\d+", tok):
        return int(tok)
    if re.fullmatch(r"\d+\.\d+", tok):
        return float(tok)
    return None


def _word_number(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """Number words at i ('twenty-five', 'a hundred', 'two hundred and fifty') -> (value, end)."""
    total, current, j, seen = 0, 0, i, False
    if j < len(toks) and toks[j].low in ("a", "an") and j + 1 < len(toks) and toks[j + 1].low in _SCALES:
        current, j, seen = 1, j + 1, True
    while j < len(toks):
        w = toks[j].low
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
            current += _TENS[parts[0]] + _UNITS[parts[1]]
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES and seen:
            if _SCALES[w] == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * _SCALES[w]
                current = 0
        elif (w == "and" and seen and j + 1 < len(toks) and j > i and toks[j - 1].low in _SCALES
              and (toks[j + 1].low.split("-")[0] in _UNITS or toks[j + 1].low.split("-")[0] in _TENS)):
            pass
        else:
            break
        seen = True
        j += 1
    return (total + current, j) if seen else None


def _core_at(toks: Sequence[_Tok], i: int) -> tuple[_Core, int] | None:
    """The figure at i without modifiers -> (core, end index)."""
    if i >= len(toks):
        return None
    low = toks[i].low
    # 'half a dozen', 'a dozen', 'two dozen'
    if _seq_at(toks, i, ("half", "a", "dozen")):
        return _Core(6, True), i + 3
    if _seq_at(toks, i, ("a", "dozen")):
        return _Core(12, True), i + 2
    if _seq_at(toks, i, ("a", "couple", "of")) or _seq_at(toks, i, ("a", "couple")):
        j = i + 3 if _seq_at(toks, i, ("a", "couple", "of")) else i + 2
        return _Core(2, True), j
    if _seq_at(toks, i, ("a", "score", "of")):
        return _Core(20, True), i + 3
    if low == "both" and i + 1 < len(toks) and toks[i + 1].low not in ("the", "of", "sides", "side"):
        return _Core(2, True), i + 1
    for seq in _ZERO_WORDS:
        if _seq_at(toks, i, seq) and not (seq == ("no",) and _seq_at(toks, i, ("no", "one"))):
            return _Core(0, True), i + len(seq)
    mult = _match_phrases(toks, i, _VAGUE_MULT_INDEX)
    if mult is not None:
        m, j = int(mult[0]), mult[1]
        if j < len(toks) and toks[j].low in ("hundred", "thousand", "million", "dozen"):
            unit = 12 if toks[j].low == "dozen" else _SCALES[toks[j].low]
            return _Core(max(m, 2) * unit if m else 2 * unit, False, True), j + 1
        if j < len(toks) and toks[j].low in _VAGUE_PLURALS:  # 'many thousands' reads as 'thousands'
            return _Core(_VAGUE_PLURALS[toks[j].low], False), j + 1
        return _Core(m, False, known=m > 0), j
    if low in ("hundred", "thousand",
               "dozen") and not toks[i].person:  # coders' shorthand: 'hundred' = 'a hundred'
        return _Core(12 if low == "dozen" else _SCALES[low], True), i + 1
    if low in _VAGUE_PLURALS:
        j = i + 1
        # 'tens of thousands', 'hundreds of thousands'
        if _seq_at(toks, j, ("of",)) and j + 1 < len(toks) and toks[j + 1].low in _VAGUE_PLURALS:
            inner = _VAGUE_PLURALS[toks[j + 1].low] // 2
            return _Core(_VAGUE_PLURALS[low] // 2 * inner * 2, False), j + 2
        return _Core(_VAGUE_PLURALS[low], False), j
    if toks[i].text[0].isdigit():
        if toks[i].text.startswith("0") and len(toks[i].text) > 1:
            return None  # '000', '07': codes and fragments, not counts
        digits, j = toks[i].text, i + 1
        # '10 000': thousands grouped with spaces
        grouped = re.fullmatch(r"\d{1,3}", toks[i].text) is not None
        while (grouped and j < len(toks) and re.fullmatch(r"\d{3}", toks[j].text)
               and toks[j].start == toks[j - 1].end + 1):
            digits, j = digits + toks[j].text, j + 1
        val = _digits_value(digits)
        if val is None:
            return None
        if j < len(toks) and toks[j].low in _SCALES and not toks[j].person:
            val, j = val * _SCALES[toks[j].low], j + 1
        elif j < len(toks) and toks[j].low == "dozen":
            val, j = val * 12, j + 1
        if val != int(val):
            return None
        return _Core(int(val), True), j
    word = _word_number(toks, i)
    if word is not None:
        val, j = word
        if j < len(toks) and toks[j].low == "dozen":
            val, j = val * 12, j + 1
        return _Core(val, True), j
    return None


def _bounded(core: _Core, mod: str | None) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) for a figure under a prefix modifier (rules in docs/COUNTS.md)."""
    if not core.known:
        return None, None, None
    n = core.value
    if not core.exact:
        if mod == "near":
            return None, n - 1, n - 1
        if mod in ("le", "lt"):
            return None, None, None
        return (n + 1 if mod == "gt" else n), n, None
    if mod == "ge":
        return n, n, None
    if mod == "gt":
        return n + 1, n, None
    if mod == "near":
        return None, max(n - 1, 0), max(n - 1, 0)
    if mod == "le":
        return None, n, n
    if mod == "lt":
        return None, None, max(n - 1, 0)
    return n, n, n


@dataclass(frozen=True, slots=True)
class _Quant:
    count: Count
    i: int
    j: int  # token span [i, j)
    zero_pron: bool = False  # 'no one', 'nobody', 'none': a whole subject, no noun follows


def _quantity_at(toks: Sequence[_Tok], i: int, text: str) -> _Quant | None:
    """A quantity phrase starting at token i (modifiers, ranges, 'or more'), or None."""
    mod_hit = _match_phrases(toks, i, _PREFIX_INDEX)
    starts: list[tuple[str | None, int]] = [(mod_hit[0], mod_hit[1])] if mod_hit else []
    starts.append((None, i))  # "some" and "the" are also plain words: retry without the modifier
    between = _seq_at(toks, i, ("between",)) or _seq_at(toks, i, ("from",))
    if between:
        starts = [("range", i + 1)]
    for mod, k in starts:
        got = _core_at(toks, k)
        if got is None:
            continue
        core, j = got
        if mod == "eq" and toks[i].low in ("the", "all") and not core.exact:
            continue  # 'the thousands who marched' is not a figure; fall back to a bare reading
        low, best, high = _bounded(core, None if mod in ("eq", "range") else mod)
        # ranges: 'X to Y', 'X-Y', 'X or Y', 'between X and Y', 'from X to Y'
        if between:
            joiners: tuple[str, ...] = ("and", "to", "-", "–") if toks[i].low == "between" else ("to",)
        else:
            joiners = ("to", "-", "–", "—", "or")
        if j < len(toks) and toks[j].low in joiners and core.known:
            second = _core_at(toks, j + 1)
            if second is not None and second[0].known and second[0].value > core.value:
                c2, j2 = second
                high = c2.value if c2.exact else None
                if mod == "ge" or mod == "gt":
                    high = None
                j = j2
            elif between:
                continue
        elif between:
            continue
        # suffixes: 'or more', '+', 'plus', 'or so', '-odd'
        if _seq_at(toks, j, ("or", "more")) or _seq_at(toks, j, ("and", "more")):
            high, j = None, j + 2
        elif j < len(toks) and toks[j].low in ("+", "plus", "-plus") and toks[j].start == toks[j - 1].end:
            high, j = None, j + 1
        elif _seq_at(toks, j, ("-", "plus")) or _seq_at(toks, j, ("-", "odd")):
            high, j = None, j + 2
        elif _seq_at(toks, j, ("or", "so")):
            j += 2
        zero_pron = core.known and core.value == 0 and toks[k].low in ("nobody", "none", "no") and (
            toks[k].low != "no" or _seq_at(toks, k, ("no", "one")))
        count = Count(low, best, high, text[toks[i].start:toks[j - 1].end])
        return _Quant(count, i, j, zero_pron)
    return None


def parse_count(text: str) -> Count | None:
    """A quantity phrase -> Count(low, best, high, text). None when it is not a quantity.

    The phrase may be followed by the noun it counts ('4 soldiers', 'thousands of protesters'); the
    returned `text` is the quantity part. 'a'/'an' alone (or before a singular noun) reads as 1.
    Vague words with no figure ('many', 'a number of') give a Count whose figures are all None.
    """
    toks = _tokenize(text.strip())
    if not toks:
        return None
    q = _quantity_at(toks, 0, text.strip())
    if q is None:
        if toks[0].low in ("a", "an") and all(t.text[0].isalpha() for t in toks[1:]):
            return Count(1, 1, 1, toks[0].text)
        return None
    rest = toks[q.j:]
    if rest and not all(t.text[0].isalpha() or t.text in ".-'" for t in rest):
        return None
    if rest and q.count.best == 0 and toks[0].low == "no" and not q.zero_pron and not (
            _is_person_word(rest[-1].low, _lexicon()) or _match_phrases(toks, q.j, _TRIG_STR)):
        return None  # 'no report', 'no group'
    if rest and rest[0].low in _TIME_UNITS | _MEASURES:
        return None
    return q.count


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
                    "burned alive", "burnt alive",
                    "summarily executed", "killed off"]),
    (_FAT, "pre", ["killing", "kills", "murdering", "executing", "massacring", "beheading", "slaughtering",
                   "claimed the lives of", "claiming the lives of", "took the lives of",
                   "taking the lives of", "claimed the life of", "shooting dead", "slew", "lynching",
                   "assassinating"]),
    (_FAT, "base", ["kill", "murder", "execute", "behead", "massacre"]),
    (_FAT, "post", ["dead", "died", "die", "dies", "deaths", "death", "fatalities", "fatality", "perished",
                    "lost their lives", "lost his life", "lost her life", "have died", "found dead",
                    "confirmed dead", "reported dead", "among the dead", "were among the dead", "succumbed",
                    "bodies", "corpses", "dead bodies", "fatally wounded", "fatally injured", "fatally shot",
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


# ---------------------------------------------------------------------------------------------- items


@dataclass(slots=True)
class _Item:
    """One counted noun phrase: '30 militia members', 'a student', 'Ahmed Ali', 'others'."""

    count: Count
    i: int
    j: int
    victim: str | None
    is_person: bool  # the head is a people noun (or a person name / pronoun)
    bare_number: bool = False  # a figure with no noun: 'two were wounded', 'killed 25 and ...'
    figure: _Quant | None = None
    subset: bool = False


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


def _np_at(toks: Sequence[_Tok], j: int, lex: _Lexicon) -> tuple[int, str | None, str | None]:
    """The noun phrase after a figure -> (end, head word lower-cased, victim label).

    Takes up to five words (adjectives, nationality abbreviations like 'U.S.'), stopping at verbs,
    prepositions and punctuation; a trailing 'of the X' after a people head is absorbed.
    """
    k = j
    if _seq_at(toks, k, ("of",)) and k + 1 < len(toks) and toks[k + 1].low in _PARTITIVE:
        # partitive 'two of them', 'dozens of the protesters'
        k += 2 if toks[k + 1].low not in ("the", "its", "their", "his", "her", "these", "those") else 2
        if toks[k - 1].low in ("them", "whom", "us", "which"):
            return k, None, None
    elif _seq_at(toks, k, ("of",)):
        k += 1
    words: list[int] = []
    after_of = k
    while k < len(toks) and len(words) < 5:
        t = toks[k]
        if t.person or not (t.text[0].isalpha()) or t.low in _STOP_NP:
            break
        if _trigger_at(toks, k):
            break
        words.append(k)
        k += 1
        # a people noun ends the phrase unless another people noun follows ('militia members')
        if (t.low in lex.person_plural or t.low in lex.person_singular) and not (
                k < len(toks) and (toks[k].low in lex.person_plural or toks[k].low in lex.person_singular)):
            break
    # a verb ends the phrase: '500 gathered', '300 students marched'
    while words and (re.search(r"(ed|ing)$",
                               toks[words[-1]].low) or (toks[words[-1]].low,) in _PROTEST_VERB_SET
                     ) and not _is_person_word(toks[words[-1]].low, lex):
        words.pop()
    if words:
        k = words[-1] + 1
    if not words:
        # 'dozens of injuries': the 'of' belongs to the figure when a toll noun follows
        if after_of > j and after_of < len(toks) and _match_phrases(toks, after_of, _TRIG_STR):
            return after_of, None, None
        return j, None, None
    head = toks[words[-1]].low
    if head.endswith("'s"):
        head = head[:-2]
    victim = head
    if len(words) >= 2:
        pair = f"{toks[words[-2]].low} {head}"
        if pair in lex.compound_heads or _plural_label(pair) in lex.compound_heads:
            victim = pair
    # 'members of the Sahwa militia': absorb the of-phrase after a people head
    if _is_person_word(head, lex):
        k = _absorb_of(toks, k)
    return k, head, victim


def _absorb_of(toks: Sequence[_Tok], k: int) -> int:
    """Index after an 'of the X' phrase at k ('members of the militia', 'driver of the vehicle'), else k."""
    if not _seq_at(toks, k, ("of",)):
        return k
    m, n = k + 1, 0
    while m < len(toks) and n < 5 and (toks[m].text[0].isalpha() or toks[m].text in "-'") and (
            toks[m].low not in _STOP_NP or toks[m].low in ("the", "of", "and", "a",
                                                           "an")) and not toks[m].person:
        if _trigger_at(toks, m):
            break
        if toks[m].low == "and" and not (m + 1 < len(toks) and toks[m + 1].text[0].isupper()):
            break
        m, n = m + 1, n + 1
    if n and toks[m - 1].low not in ("the", "of", "and", "a", "an"):
        return m
    return k


_TRIG_STR = _index({k: v[0] for k, v in _TRIGGERS.items()})
def _trigger_at(toks: Sequence[_Tok], k: int) -> bool:
    """True when a toll trigger starts at token k."""
    return toks[k].low in _TRIGGER_FIRST and _match_phrases(toks, k, _TRIG_STR) is not None


_PROTEST_VERB_SET = {("protested",), ("marched",), ("demonstrated",), ("rallied",), ("gathered",),
                     ("assembled",),
                     ("converged",), ("joined",), ("participated",), ("staged",), ("blocked",), ("chanted",),
                     ("took",), ("held",), ("went",), ("walked",), ("occupied",), ("rioted",), ("picketed",),
                     ("protest",), ("march",), ("rally",), ("gather",), ("demonstrate",), ("stormed",)}


def _rejected_figure(toks: Sequence[_Tok], q: _Quant, lex: _Lexicon) -> bool:
    """Figures that are not head counts: years, ages, dates, times, money, units, ordinals, measures."""
    first, last = toks[q.i], toks[q.j - 1]
    prev = toks[q.i - 1] if q.i > 0 else None
    nxt = toks[q.j] if q.j < len(toks) else None
    if nxt is not None and nxt.start == last.end and nxt.text[0].isalpha() and last.text[0].isdigit():
        return True  # '5th', '10km', '5pm'
    if nxt is not None and nxt.text in ("-",
                                        "–") and q.j + 1 < len(toks) and toks[q.j + 1].text[0].isalpha() \
            and nxt.start == last.end and toks[q.j + 1].low not in ("strong", "plus", "odd"):
        return True  # '25-year-old', '3-day', '12-member'
    if nxt is not None and nxt.text in (":", "/",
                                        ".") and q.j + 1 < len(toks) and toks[q.j + 1].text[0].isdigit():
        return True  # '5:30', '12/03', '1.5.'
    if nxt is not None and (nxt.low in _TIME_UNITS or nxt.low in _MEASURES or nxt.low in _MONTHS):
        return True
    if _seq_at(toks, q.j, ("years", "old")) or _seq_at(toks, q.j, ("per", "cent")):
        return True
    if prev is not None and prev.low in _MONTHS and first.text[0].isdigit():
        return True  # 'March 12'
    if prev is not None and first.text[0].isdigit() and (
            prev.low in _MONEY_BEFORE or prev.text in ("$", "£", "€", "#")):
        return True
    if prev is not None and prev.low in ("aged", "age"):
        return True
    mid_sentence = prev is not None and prev.text not in (".", ":", ";", '"', "'", "(", "“", "‘", "-", "–")
    capital_word = first.text[0].isupper() and first.text[0].isalpha()
    if mid_sentence and capital_word and first.low not in _PREFIX_FIRST:
        return True  # a capitalised number word mid-sentence is a name: '7 Eleven'
    if mid_sentence and first.text[0].isdigit() and prev is not None and prev.text[0].isupper() \
            and prev.text[0].isalpha() and prev.low not in _MONTHS and q.i >= 2:
        return True  # a figure after a capitalised word is part of a name: 'Alumni 212', 'Route 66'
    val = q.count.best
    core_is_last = first is last or (q.j - q.i == 2 and first.low in ("the", "in", "of", "since"))
    if (core_is_last and last.text.isdigit() and len(last.text) == 4 and val is not None
            and 1900 <= val <= 2100):
        # a year unless a people noun or a toll word follows
        if prev is None or prev.low in _YEAR_BEFORE or nxt is None or not nxt.text[0].isalpha():
            return True
        if nxt.low in _STOP_NP or nxt.low in ("elections", "election", "census", "constitution"):
            return True
        if first.low == "the":
            return True  # 'the 2004 death', 'the 2019 protests'
    if nxt is not None and val is not None and val > 1 and nxt.low in (
            "death", "fatality", "injury", "arrest", "detention", "abduction", "kidnapping", "casualty"):
        return True  # a singular toll noun after a plural figure: the figure is not its count
    if _seq_at(toks, q.j, ("of", "the")) and q.j + 2 < len(toks) and (
            toks[q.j + 2].low in ("victims", "casualties", "deceased", "hostages", "detainees", "captives")
            or _match_phrases(toks, q.j + 2, _TRIG_STR)):
        return True  # 'three of the dead were children': a subset of a figure given elsewhere
    if _seq_at(toks, q.j, ("of",)) and q.count.best is not None and q.count.best < 10 \
            and first.text[0].isalpha() and last.low not in _VAGUE_PLURALS:
        # 'one of five similar attacks' is not a head count; 'one of the assailants', 'two of them' are
        if q.j + 1 < len(toks) and toks[q.j + 1].low in ("them", "whom", "those", "us"):
            return False
        _, head, _ = _np_at(toks, q.j, lex)
        if head is None:
            return False
        return not _is_person_word(head, lex)
    return False


def _subset_before(toks: Sequence[_Tok], i: int) -> bool:
    """True when the phrase at i is a subset of a figure already given ('including 3 children')."""
    for cue in _SUBSET_CUES:
        n = len(cue)
        if i - n >= 0 and _seq_at(toks, i - n, cue):
            return True
    return False


def _item_at(toks: Sequence[_Tok], i: int, text: str, lex: _Lexicon, figures: dict[int, _Quant],
             in_list: bool = False) -> _Item | None:
    """One counted noun phrase at token i, or None."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.person:
        j = i + 1
        # apposition and age after a name: 'Ahmed Ali, 25,' / 'Ahmed Ali, a teacher,'
        if _seq_at(toks, j, (",",)) and j + 2 < len(toks) and toks[j + 1].text.isdigit() \
                and toks[j + 2].text in (",", ")"):
            j += 3
        elif (_seq_at(toks, j, (",",)) or _seq_at(toks, j, ("(",))) and j + 1 < len(toks) \
                and toks[j + 1].low in ("a", "an", "the", "his", "her", "aged"):
            close = ")" if toks[j].text == "(" else ","
            m = j + 2
            while m < len(toks) and m - j < 20 and toks[m].text not in (close, ".", ";") \
                    and not _trigger_at(toks, m) and not toks[m].person:
                m += 1
            if m >= len(toks) or toks[m].text in (close, ".", ";"):
                j = m + 1 if m < len(toks) and toks[m].text == close else m
        return _Item(Count(1, 1, 1, t.text), i, j, None, True)
    if t.low in _PRONOUN_ONE:
        return _Item(Count(1, 1, 1, t.text), i, i + 1, None, True)
    if t.low in _PRONOUN_UNKNOWN:
        return _Item(Count(text=None), i, i + 1, None, True)
    q = figures.get(i)
    if q is not None:
        if q.zero_pron:
            return _Item(q.count, q.i, q.j, None, True, True, q)
        j, head, victim = _np_at(toks, q.j, lex)
        if head is not None and (head in lex.things or head in _TIME_UNITS or head in _MEASURES):
            return None
        is_person = head is None or head == "more" or _is_person_word(head, lex)
        if victim in ("others", "other", "people", "persons", "person", "individuals", "victims", "more") \
                and victim != "people":
            victim = None
        if head is not None and head in ("more",):
            victim = None
        if victim is not None and is_person:
            victim = _plural_label(victim)
        item = _Item(q.count, q.i, j, victim, is_person, head is None, q, _subset_before(toks, q.i))
        # 'one person' / 'a dozen soldiers' keep victim; 'one' alone stays bare
        return item
    # determiner + adjectives + people noun: 'a U.S. contractor', 'the commander', 'his wife'
    if t.low in _ITEM_DETS:
        k = i + 1
        while k < len(toks) and k - i <= 5:
            w = toks[k]
            if w.person or not w.text[0].isalpha() and w.text != "-" and not w.text[0].isdigit():
                break
            if w.text[0].isdigit() or w.text == "-":  # '25-year-old'
                k += 1
                continue
            if w.low in _STOP_NP and w.low not in ("more",):
                break
            if _trigger_at(toks, k):
                break
            head = w.low
            nxt = toks[k + 1].low if k + 1 < len(toks) else ""
            compound = nxt in lex.person_singular or nxt in lex.person_plural
            if _is_singular_person(head, lex) and not compound:
                pair = f"{toks[k - 1].low} {head}" if k - 1 > i else ""
                victim = pair if _plural_label(pair) in lex.compound_heads else head
                end = _absorb_of(toks, k + 1)
                return _Item(Count(1, 1, 1, text[t.start:toks[k].end]), i, end, _plural_label(victim), True)
            singular_det = t.low in ("a", "an", "one", "another", "this")
            if head in lex.person_plural and not singular_det and not (
                    nxt in lex.person_plural or nxt in lex.person_singular):
                pair = f"{toks[k - 1].low} {head}" if k - 1 > i else ""
                victim = pair if pair in lex.compound_heads else head
                return _Item(Count(), i, k + 1, None if victim == "others" else victim, True)
            k += 1
        return None
    # bare people plural: 'others injured', 'killed protesters'
    if t.text[0].isalpha() and t.low not in _STOP_NP:
        k = i
        while k < len(toks) and k - i < 4 and toks[k].text[0].isalpha() and toks[k].low not in _STOP_NP \
                and not toks[k].person:
            if (k > i and k in figures) or _trigger_at(toks, k):
                return None
            last = k + 1 >= len(toks) or toks[k + 1].low not in lex.person_plural
            if toks[k].low in lex.person_plural and last:
                if k > i and not in_list and not (toks[i].text[0].isupper() or toks[i].low in (
                        "other", "several", "unarmed", "armed", "innocent", "young")):
                    return None
                pair = f"{toks[k - 1].low} {toks[k].low}" if k > i else ""
                victim = pair if pair in lex.compound_heads else toks[k].low
                return _Item(Count(), i, k + 1, None if victim == "others" else victim, True)
            k += 1
    return None


def _plural_label(word: str) -> str:
    """Victim labels are plural: 'soldier' -> 'soldiers', 'police officer' -> 'police officers'."""
    lex = _lexicon()
    if not word.strip() or word in lex.person_plural:
        return word
    *rest, last = word.split()
    if last in lex.person_plural or last not in lex.person_singular and last.endswith("s"):
        return word
    irregular = {"person": "people", "man": "men", "woman": "women", "child": "children"}
    plural = irregular.get(last, _plural(last))
    return " ".join([*rest, plural])


@dataclass(slots=True)
class _List:
    items: list[_Item] = field(default_factory=list)

    @property
    def i(self) -> int:
        return self.items[0].i

    @property
    def j(self) -> int:
        return self.items[-1].j


def _post_trigger(toks: Sequence[_Tok], j: int, lex: _Lexicon, text: str,
                  figures: dict[int, _Quant]) -> tuple[str, int, int] | None:
    """A trigger that takes the phrase ending at j as its subject -> (kind, trigger start, trigger end)."""
    k = j
    # parenthetical: ', including 3 children,' / ', the driver of the vehicle,' / '(...)'
    if k < len(toks) and toks[k].text in (",", "("):
        close = ")" if toks[k].text == "(" else ","
        m = k + 1
        while m < len(toks) and m - k <= 12 and toks[m].text != close:
            if _trigger_at(toks, m) and toks[m].low not in (
                    "dead", "wounded", "injured"):
                break
            if toks[m].text in (".", ";"):
                break
            m += 1
        if m < len(toks) and toks[m].text == close and m > k + 1:
            k = m + 1
    gap = 0
    saw_have = False
    while k < len(toks) and gap < 6:
        hit = _match_phrases(toks, k, _TRIGGERS_ANY)
        if hit is not None:
            kind, roles = _TRIGGERS_ANY_ROLES[hit[0]]
            if roles in ("post",
                         "both") or (roles == "pre" and kind == _CAS and toks[k].low.startswith("kill")
                                             and toks[k].low.endswith("ed")):
                trig_end = hit[1]
                if roles == "both" or (roles == "pre"):
                    if saw_have and not _seq_at(toks, k - 1, ("been",)):
                        return None  # 'militants have killed ...': active perfect
                    if gap == 0 and _object_follows(toks, trig_end, lex, figures):
                        return None  # 'two gunmen killed a policeman': active, the figure is the agent
                    if gap == 0 and toks[k].low in _NEED_PERSON_OBJECT:
                        return None
                if toks[k].low in ("held", "taken", "picked", "burned", "burnt", "beaten",
                                   "stabbed") and gap == 0:
                    return None  # '500 people held a rally' / 'burned 20 houses': needs a passive auxiliary
                if toks[k].low in ("bodies", "corpses", "dead") and gap > 0 and toks[k].low != "dead":
                    return None
                if toks[k].low in ("death", "die") and k > 0 and toks[k - 1].low == "to":
                    return None  # 'sentenced him to death', 'left to die'
                return kind, k, trig_end
            return None
        w = toks[k].low
        if w in _NEGATIONS:
            return None
        if w in ("have", "has", "had"):
            saw_have = True
        adverb = w.endswith("ly") and len(w) > 4 and w not in ("only", "early")
        # a coordinated participle after an auxiliary: 'were stopped and killed', 'were beaten and shot dead'
        participle = gap > 0 and w.endswith("ed") and _seq_at(toks, k + 1, ("and",))
        if w not in _AUX and not adverb and not participle:
            return None
        if w == "and" and not (toks[k - 1].low.endswith("ed") and gap > 1 or _seq_at(toks, k + 1, ("shot",))):
            return None
        gap += 1
        k += 1
    return None


_TRIGGERS_ANY = _index({k: " ".join(k) for k in _TRIGGERS})
_TRIGGERS_ANY_ROLES: dict[str, tuple[str, str]] = {" ".join(k): v for k, v in _TRIGGERS.items()}


def _object_follows(toks: Sequence[_Tok], k: int, lex: _Lexicon, figures: dict[int, _Quant]) -> bool:
    """True when a counted object follows position k (so the verb before it is active)."""
    while k < len(toks) and toks[k].low in _PRE_GAP:
        k += 1
    if k >= len(toks):
        return False
    t = toks[k]
    if t.person or t.low in ("him", "her", "them", "himself", "herself", "themselves", "us", "me"):
        return True
    if k in figures and not (figures[k].zero_pron):
        return True
    if t.low in ("a", "an", "the", "another", "his", "their", "two", "three", "several", "dozens", "scores"):
        return True
    return t.low in lex.person_plural and t.low not in ("others",)


def _after_apposition(toks: Sequence[_Tok], i: int, text: str, lex: _Lexicon, figures: dict[int, _Quant]
                      ) -> tuple[int, _Item] | None:
    """The next list item after an apposition of up to 15 words that ends in 'and' or ', and'."""
    for j in range(i, min(i + 16, len(toks) - 1)):
        if toks[j].text in (".", ";", ":") or (j in figures and toks[j].low not in ("and",)):
            return None
        if toks[j].low == "and":
            item = _item_at(toks, j + 1, text, lex, figures, in_list=True)
            if item is not None and (item.figure is not None or item.is_person):
                return j + 1, item
            return None
    return None


def _list_at(toks: Sequence[_Tok], i: int, text: str, lex: _Lexicon, figures: dict[int, _Quant],
             stop_before_post: bool) -> _List | None:
    """Items joined by ',' / 'and' / 'as well as' starting at i.

    With `stop_before_post`, an item followed by its own passive trigger is not joined
    ('killed 3 soldiers and 2 were wounded').
    """
    first = _item_at(toks, i, text, lex, figures)
    if first is None:
        return None
    lst = _List([first])
    joins: list[str] = []
    k = first.j
    while k < len(toks):
        if _seq_at(toks, k, (",", "and")):
            nxt = k + 2
        elif toks[k].low in ("and", ",", "&") or _seq_at(toks, k, ("as", "well", "as")) \
                or _seq_at(toks, k, ("along", "with")):
            nxt = k + (3 if toks[k].low == "as" else 2 if toks[k].low == "along" else 1)
        else:
            break
        if nxt < len(toks) and toks[nxt].low in ("including", "among", "mostly", "mainly", "most", "many"):
            break
        item = _item_at(toks, nxt, text, lex, figures, in_list=True)
        if (item is None or (item.figure is None and item.count.best is None)) and toks[k].text == "," \
                and lst.items[-1].is_person:
            # a name with an apposition: 'killed Ali, a local commander, and at least six others'
            skipped = _after_apposition(toks, nxt, text, lex, figures)
            if skipped is not None:
                nxt, item = skipped
        if item is None:
            break
        if toks[k].text == "," and item.count.best == 1 and lst.items[-1].count.best == 1 \
                and toks[nxt].low in ("a", "an", "the") and _seq_at(toks, item.j, (",",)):
            # apposition: 'one person, the driver of the vehicle, was killed'
            last = lst.items[-1]
            lst.items[-1] = _Item(last.count, last.i, item.j + 1, last.victim or item.victim,
                                  True, last.bare_number, last.figure, last.subset)
            break
        if stop_before_post and _post_trigger(toks, item.j, lex, text, figures):
            break
        if item.figure is None and not item.is_person:
            break
        lst.items.append(item)
        joins.append("," if toks[k].text == "," and nxt == k + 1 else "and")
        k = item.j
    # a comma joins items only in a list closed by 'and' ('Ali, Omar and six others')
    if "," in joins and joins[-1] == ",":
        lst.items = lst.items[:joins.index(",") + 1]
    return lst


def _sum(items: Sequence[_Item], text: str, toks: Sequence[_Tok]) -> Count:
    """The figure of a list (local offsets): lows, bests and highs add; an open member leaves the sum open.

    A single figure keeps its own text and span ('at least 1500'); a list spans its members.
    """
    if len(items) == 1 and items[0].figure is not None:
        q = items[0].figure
        c = q.count
        s, e = toks[q.i].start, toks[q.j - 1].end
        return Count(c.low, c.best, c.high, text[s:e], s, e)
    s, e = toks[items[0].i].start, toks[items[-1].j - 1].end
    counts = [it.count for it in items]
    known = [c for c in counts if c.known]
    if not known:
        return Count(text=text[s:e] if len(items) > 1 or items[0].count.text else None, start=s, end=e) \
            if len(items) > 1 else Count()
    low = sum(c.low for c in counts if c.low is not None) if all(c.low is not None for c in counts) else \
        sum((c.low if c.low is not None else c.best or 0) for c in known)
    best = sum((c.best if c.best is not None else (c.low or 0)) for c in known)
    highs = [c.high for c in counts]
    high = sum(h for h in highs if h is not None) if all(h is not None for h in highs) else None
    return Count(low, best, high, text[s:e], s, e)


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


_ACROSS_BEFORE = re.compile(r"\bacross\s+(?:which|them|these)\b[^.;]{0,40}$", re.I)


def _is_cumulative(text: str, start: int, count_text: str | None) -> bool:
    """A running total, or a total over several events, rather than one event's toll."""
    before = text[max(0, start - 90):start]
    if _CUMULATIVE_NEAR.search(before) or _ACROSS_BEFORE.search(before):
        return True
    if _AGGREGATE_AFTER.search(text[start:]):
        return True
    if _CUMULATIVE_ANY.search(text):
        return True
    return bool(count_text and count_text.lower().startswith("a total of") and re.search(
        r"\bsince\b|\bover the (?:past|last)\b", text[start:], re.I))


# ----------------------------------------------------------------------------------------- find_tolls

_TOLL_NOUN = re.compile(r"\b(?:(death|fatality|casualty|injury|arrest)\s+)?(toll|tally)\b", re.I)
_NUMBER_OF = re.compile(r"\b(?:total\s+)?number\s+of\s+(?:people\s+|persons\s+|those\s+|civilians\s+)?"
                        r"(killed|dead|deaths|fatalities|injured|wounded|injuries|arrested|detained|arrests|"
                        r"missing|abducted|kidnapped|casualties)\b", re.I)
_SIZE_TAG = re.compile(r"\[size\s*=\s*([^\]]+)\]", re.I)
_CROWD_NOUNS = {"crowd", "crowds", "rally", "gathering", "march", "procession", "demonstration", "protest",
                "sit-in", "group", "throng", "mob", "turnout", "convoy", "caravan", "strike", "walkout"}
_CROWD_VERBS = [("attended", "by"), ("joined", "by"), ("drew",), ("drawing",), ("mobilised",), ("mobilized",),
                ("mobilising",), ("mobilizing",), ("brought", "out"), ("bringing", "out"), ("involving",),
                ("involved",), ("comprising",), ("led", "by")]
_PROTEST_CUE = re.compile(r"\b(protest\w*|demonstrat\w*|march\w*|rall(?:y|ied|ies|ying)|sit-in|strike|"
                          r"strikers|rioters?|riot(?:ed|ing|s)?|picket\w*|chant\w*|took to the streets|"
                          r"boycott\w*|"
                          r"petition\w*|vigil)\b", re.I)

_KIND_OF_WORD = {"death": _FAT, "fatality": _FAT, "casualty": _CAS, "injury": _INJ, "arrest": _ARR,
                 "killed": _FAT, "dead": _FAT, "deaths": _FAT, "fatalities": _FAT, "injured": _INJ,
                 "wounded": _INJ, "injuries": _INJ, "arrested": _ARR, "detained": _ARR, "arrests": _ARR,
                 "missing": _MIS, "abducted": _MIS, "kidnapped": _MIS, "casualties": _CAS}


def _emit(out: list[Toll], kind: str, count: Count, start: int, end: int, victim: str | None,
          text: str, offset: int, cumulative: bool, bare: set[int] | None = None) -> None:
    """Append a toll (document offsets); 'casualties' gives fatalities and injuries tolls bounded above."""
    c_start = count.start if count.start is not None else None
    doc_count = Count(count.low, count.best, count.high, count.text,
                      None if c_start is None else c_start + offset,
                      None if count.end is None else count.end + offset, cumulative)
    if kind == _CAS:
        # the split between dead and hurt is unknown: each is at most the figure (0 when 'no casualties')
        zero = count.best == 0 and count.high == 0
        for k in (_FAT, _INJ):
            c = doc_count if zero else Count(None, None, count.high if count.high is not None else count.best,
                                             count.text, doc_count.start, doc_count.end, cumulative)
            out.append(Toll(k, c, start + offset, end + offset, victim))
        return
    if bare is not None:
        bare.add(len(out))
    out.append(Toll(kind, doc_count, start + offset, end + offset, victim))


def _with_span(c: Count, toks: Sequence[_Tok], i: int, j: int, text: str) -> Count:
    """The count with local start/end set to tokens [i, j) and its text from there."""
    s, e = toks[i].start, toks[j - 1].end
    return Count(c.low, c.best, c.high, text[s:e], s, e, c.cumulative)


def find_tolls(text: str, offset: int = 0, persons: Sequence[tuple[int, int]] = ()) -> list[Toll]:
    """Every toll in one sentence `text` (which starts at document offset `offset`; returned offsets are
    document offsets). persons: document spans of PERSON names in that sentence, used to count listed victims.

    Tolls come in text order. A kind stated without a figure ('others injured') gives a Toll whose Count is
    all None; 'casualties' gives a fatalities and an injuries Toll each bounded above by the figure.
    """
    lex = _lexicon()
    local_persons = [(s - offset, e - offset) for s,
                     e in persons if e - offset > 0 and s - offset < len(text)]
    toks = _tokenize(text, local_persons)
    figures: dict[int, _Quant] = {}
    i = 0
    while i < len(toks):
        if toks[i].person:
            i += 1
            continue
        q = _quantity_at(toks, i, text)
        if q is None or _rejected_figure(toks, q, lex) or not _numeral_after_word_prefix(toks, q):
            i += 1
            continue
        figures[i] = q
        i = q.j
    out: list[Toll] = []
    used: set[int] = set()  # token indices already counted
    bare: set[int] = set()  # indices into `out` of tolls whose figure has no noun ('killed 25 and ...')
    _find_post(toks, text, lex, figures, out, used, offset, bare)
    _find_pre(toks, text, lex, figures, out, used, offset, bare)
    _find_toll_nouns(toks, text, lex, figures, out, used, offset)
    _find_participants(toks, text, lex, figures, out, used, offset)
    _inherit_victims(out, text, offset, bare)
    out.sort(key=lambda t: (t.start, t.end, t.kind))
    return out


def _numeral_after_word_prefix(toks: Sequence[_Tok], q: _Quant) -> bool:
    """'the', 'all', 'only', 'just' read as modifiers only before a numeral ('the 12 killed')."""
    if toks[q.i].low not in ("the", "all", "only", "just"):
        return True
    last = toks[q.j - 1].low
    return last[0].isdigit() or last in _UNITS or last in _TENS or last in _SCALES or last in _VAGUE_PLURALS \
        or "dozen" in last or last.split("-")[0] in _TENS


def _mark(used: set[int], i: int, j: int) -> None:
    used.update(range(i, j))


def _find_post(toks: Sequence[_Tok], text: str, lex: _Lexicon, figures: dict[int, _Quant], out: list[Toll],
               used: set[int], offset: int, bare: set[int]) -> None:
    """'500 protesters have been killed', 'two were wounded', 'Ali and Omar were arrested', '12 dead'."""
    i = 0
    while i < len(toks):
        if i in used:
            i += 1
            continue
        w = toks[i].low
        starts_item = (toks[i].person or i in figures or w in _ITEM_DETS or w in _PRONOUN_ONE
                       or w in _PRONOUN_UNKNOWN or w in lex.person_plural
                       or w in ("other", "several", "unarmed")
                       or (toks[i].text[0].isupper() and w not in _STOP_NP))
        if not starts_item:
            i += 1
            continue
        if i > 0 and _object_position(toks, i):
            i += 1
            continue
        lst = _list_at(toks, i, text, lex, figures, stop_before_post=False)
        if lst is None:
            i += 1
            continue
        items = [it for it in lst.items if not it.subset]
        hit = _post_trigger(toks, lst.j, lex, text, figures)
        if hit is None or not items or (lst.items[0].subset and len(lst.items) == 1):
            i = lst.items[0].j if lst.items[0].figure is not None else i + 1
            continue
        kind, ts, te = hit
        if kind == _FAT and toks[ts].low in ("bodies", "corpses", "dead") and any(
                it.figure is None for it in items) and toks[ts].low != "dead":
            i += 1
            continue
        if not any(it.is_person for it in items) and all(not it.count.known and it.figure is None
                                                          for it in items):
            i += 1
            continue
        if toks[i].low == "the" and len(items) == 1 and items[0].figure is None and kind == _MIS \
                and toks[ts].low == "missing":
            i += 1
            continue
        count = _sum(items, text, toks)
        victims = {it.victim for it in items}
        victim = victims.pop() if len(victims) == 1 else None
        extra = _in_addition_to(toks, lst.i, text, lex, figures)
        if extra is not None and extra.count.known:
            count = _sum([extra, *items], text, toks)
            victim = None
        start, end = toks[lst.i].start, toks[te - 1].end
        _emit(out, kind, count, start, end, victim, text, offset, _is_cumulative(text, toks[lst.i].start,
                                                                                 count.text),
              bare if len(items) == 1 and items[0].bare_number else None)
        _mark(used, lst.i, te)
        i = te


def _in_addition_to(toks: Sequence[_Tok], i: int, text: str, lex: _Lexicon,
                    figures: dict[int, _Quant]) -> _Item | None:
    """'In addition to the four assailants, eight officers were killed': the fronted item the toll adds."""
    if i < 2 or toks[i - 1].text != ",":
        return None
    for n in range(i - 2, max(-1, i - 12), -1):
        for cue in (("in", "addition", "to"), ("besides",), ("apart", "from"), ("as", "well", "as")):
            if n - len(cue) + 1 >= 0 and _seq_at(toks, n - len(cue) + 1, cue):
                item = _item_at(toks, n + 1, text, lex, figures)
                if item is not None and item.j == i - 1 and item.is_person:
                    return item
                return None
    return None


def _object_position(toks: Sequence[_Tok], i: int) -> bool:
    """True when token i directly follows an object-taking trigger ('killed 25 ...')."""
    k = i - 1
    while k >= 0 and toks[k].low in _PRE_GAP:
        k -= 1
    for n in range(1, 5):
        seq = tuple(t.low for t in toks[max(0, k - n + 1):k + 1])
        role = _TRIGGERS.get(seq)
        if role is not None and role[1] in ("pre", "both", "base"):
            return True
    return False


def _find_pre(toks: Sequence[_Tok], text: str, lex: _Lexicon, figures: dict[int, _Quant], out: list[Toll],
              used: set[int], offset: int, bare: set[int]) -> None:
    """'killed 14 and injured 30 militia members', 'detained 40 people', 'killed Ali, Omar and six others'."""
    k = 0
    while k < len(toks):
        hit = _match_phrases(toks, k, _TRIGGERS_ANY) if toks[k].low in _TRIGGER_FIRST else None
        if hit is None:
            k += 1
            continue
        kind, roles = _TRIGGERS_ANY_ROLES[hit[0]]
        te = hit[1]
        if roles == "post" or (roles == "base" and k > 0 and toks[k - 1].low in _MODAL_BEFORE):
            k = te
            continue
        if k > 0 and toks[k - 1].low in _NEGATIONS | {"didn't", "not"}:
            k = te
            continue
        m = te
        while m < len(toks) and toks[m].low in _PRE_GAP:
            m += 1
        # 'killing and injuring 5', 'killed or wounded 20': both kinds, split unknown
        if (_seq_at(toks, m, ("and",)) or _seq_at(toks, m, ("or",))) and m + 1 < len(toks):
            hit2 = _match_phrases(toks, m + 1, _TRIGGERS_ANY)
            if hit2 is not None and _TRIGGERS_ANY_ROLES[hit2[0]][1] in ("pre", "both", "base") \
                    and _TRIGGERS_ANY_ROLES[hit2[0]][0] != kind:
                kind2 = _TRIGGERS_ANY_ROLES[hit2[0]][0]
                if {kind, kind2} == {_FAT, _INJ}:
                    kind, m = _CAS, hit2[1]
        if m in used:
            k = te
            continue
        lst = _list_at(toks, m, text, lex, figures, stop_before_post=True)
        if lst is None:
            k = te
            continue
        items = [it for it in lst.items if not it.subset]
        if not items or any(x in used for x in range(lst.i, lst.j)):
            k = te
            continue
        needs_people = toks[k].low in _NEED_PERSON_OBJECT
        if needs_people and not all(it.is_person and not it.bare_number for it in items):
            k = te
            continue
        if not any(it.is_person for it in items):
            k = te
            continue
        # '... killed 5 people. 12 dead': the figure must not be the subject of its own passive
        count = _sum(items, text, toks)
        victims = {it.victim for it in items}
        victim = victims.pop() if len(victims) == 1 else None
        start, end = toks[k].start, toks[lst.j - 1].end
        # 'left 12 dead': handled by the post pass; 'killed 12 people dead' is not a thing
        _emit(out, kind, count, start, end, victim, text, offset, _is_cumulative(text, toks[k].start,
                                                                                 count.text),
              bare if len(items) == 1 and items[0].bare_number else None)
        _mark(used, lst.i, lst.j)
        k = lst.j


def _find_toll_nouns(toks: Sequence[_Tok], text: str, lex: _Lexicon, figures: dict[int, _Quant],
                     out: list[Toll], used: set[int], offset: int) -> None:
    """'the death toll rose to 300', 'bringing the number of dead to 45', 'the bodies of 7 civilians'."""
    anchors: list[tuple[int, int, str]] = []
    for m in _TOLL_NOUN.finditer(text):
        anchors.append((m.start(), m.end(), _KIND_OF_WORD.get((m.group(1) or "death").lower(), _FAT)))
    for m in _NUMBER_OF.finditer(text):
        anchors.append((m.start(), m.end(), _KIND_OF_WORD.get(m.group(1).lower(), _FAT)))
    for m in re.finditer(r"\b(?:dead\s+)?bod(?:y|ies)\s+of\b", text, re.I):
        anchors.append((m.start(), m.end(), "bodies"))
    for start_char, end_char, kind in anchors:
        k = next((n for n, t in enumerate(toks) if t.start >= end_char), len(toks))
        gap = 0
        while k < len(toks) and gap <= 8 and k not in figures and toks[k].text not in (".", ";"):
            if kind != "bodies" and toks[k].text == "," and gap > 0:
                break
            k += 1
            gap += 1
        if k >= len(toks) or k not in figures or k in used:
            if kind == "bodies" and k < len(toks) and k not in used:
                item = _item_at(toks, k, text, lex, figures)
                if item is not None and item.is_person and item.count.known:
                    c = _with_span(item.count, toks, item.i, item.j, text)
                    _emit(out, _FAT, c, start_char, toks[item.j - 1].end, item.victim, text, offset, False)
                    _mark(used, item.i, item.j)
            continue
        if kind == "bodies":
            lst = _list_at(toks, k, text, lex, figures, stop_before_post=False)
            if lst is None:
                continue
            items = [it for it in lst.items if not it.subset]
            if not items:
                continue
            count = _sum(items, text, toks)
            victims = {it.victim for it in items}
            _emit(out, _FAT, count, start_char, toks[lst.j - 1].end,
                  victims.pop() if len(victims) == 1 else None,
                  text, offset, False)
            _mark(used, lst.i, lst.j)
            continue
        q = figures[k]
        c = _with_span(q.count, toks, q.i, q.j, text)
        if toks[q.i].low == "from" and c.high is not None:  # 'the toll rose from 80 to 100': the new figure
            c = Count(c.high, c.high, c.high, c.text, c.start, c.end)
        _emit(out, kind, c, start_char, toks[q.j - 1].end, None, text, offset,
              _is_cumulative(text, toks[q.i].start, c.text))
        _mark(used, q.i, q.j)


def _find_participants(toks: Sequence[_Tok], text: str, lex: _Lexicon, figures: dict[int, _Quant],
                       out: list[Toll], used: set[int], offset: int) -> None:
    """Protest sizes: 'a crowd of about 500', 'thousands of protesters marched', '[size=over a hundred]'."""
    for m in _SIZE_TAG.finditer(text):
        c = parse_count(m.group(1).strip())
        if c is not None and (c.known or c.text):
            s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            out.append(Toll(_PAR, Count(c.low, c.best, c.high, c.text, s + offset,
                                        s + len(c.text or "") + offset),
                            m.start() + offset, m.end() + offset, None))
            return  # the coder's size tag is authoritative for the note
    protest_sentence = bool(_PROTEST_CUE.search(text))
    for i, q in sorted(figures.items()):
        if any(x in used for x in range(q.i, q.j)) or q.zero_pron:
            continue
        if q.count.best == 0 or _subset_before(toks, q.i):
            continue
        j, head, victim = _np_at(toks, q.j, lex)
        if head is not None and (head in lex.things or head in _TIME_UNITS or head in _MEASURES):
            continue
        if head is not None and not _is_person_word(head, lex):
            continue
        prev = toks[i - 1].low if i > 0 else ""
        crowd = i >= 2 and prev == "of" and (
            toks[i - 2].low in _CROWD_NOUNS - {"group", "strike", "protest"}
            or (toks[i - 2].low in ("group", "protest", "strike") and protest_sentence))
        drew = protest_sentence and any(_seq_at(toks, i - len(v), v) for v in _CROWD_VERBS)
        is_size = False
        if crowd or drew:
            is_size = head is None or head not in lex.armed
        elif _seq_at(toks, q.j, ("-", "strong")) or _seq_at(toks, q.j, ("strong",)):
            is_size, j = True, q.j + (2 if toks[q.j].text == "-" else 1)
        elif head is not None and head in lex.protest_nouns:
            is_size = True
        elif head is None or head not in lex.armed:
            # a protest verb after the phrase: '300 students marched', 'hundreds held a peaceful protest'
            after = text[toks[j].start:] if j < len(toks) else ""
            is_size = bool(after) and lex.protest_after.match(after) is not None
        if not is_size:
            continue
        c = _with_span(q.count, toks, q.i, q.j, text)
        start = toks[i - 2].start if crowd else toks[q.i].start  # 'a crowd of about 500'
        _emit(out, _PAR, c, start, toks[max(j, q.j) - 1].end,
              None if victim == "others" else victim, text, offset, False)
        _mark(used, q.i, max(j, q.j))


def _inherit_victims(out: list[Toll], text: str, offset: int, bare: set[int]) -> None:
    """'killed 14 and injured 30 militia members': a bare figure takes the noun of its coordinated toll."""
    order = sorted(range(len(out)), key=lambda n: out[n].start)
    for a, b in zip(order, order[1:], strict=False):
        ta, tb = out[a], out[b]
        between = text[ta.end - offset:tb.start - offset].strip().lower()
        if between not in ("and", ", and", ",", "while", ", while"):
            continue
        if ta.victim is None and tb.victim is not None and a in bare:
            out[a] = Toll(ta.kind, ta.count, ta.start, ta.end, tb.victim)
        elif tb.victim is None and ta.victim is not None and b in bare:
            out[b] = Toll(tb.kind, tb.count, tb.start, tb.end, ta.victim)
