"""Numbers and quantity phrases: numerals and number words, vague figures and the hedges that
bound them; `parse_count` turns one quantity phrase into a `Count` (rules: docs/COUNTS.md)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from flashpoint.records import Count

from .counts_lexicon import _MEASURES, _TIME_UNITS, _TRIG_STR, _is_person_word, _lexicon
from .counts_tokens import _index, _match_phrases, _seq_at, _Tok, _tokenize

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
