"""Counted items and lists of them ("Ali, Omar and six others"), figures that are not people, and
sums over listed victims."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from flashpoint.records import Count

from .counts_lexicon import (
    _ITEM_DETS,
    _MEASURES,
    _MONEY_BEFORE,
    _MONTHS,
    _PARTITIVE,
    _PRONOUN_ONE,
    _PRONOUN_UNKNOWN,
    _STOP_NP,
    _SUBSET_CUES,
    _TIME_UNITS,
    _TRIG_STR,
    _YEAR_BEFORE,
    _is_person_word,
    _is_singular_person,
    _Lexicon,
    _lexicon,
    _plural,
    _trigger_at,
)
from .counts_numbers import _PREFIX_FIRST, _VAGUE_PLURALS, _Quant
from .counts_post import _post_trigger
from .counts_tokens import _match_phrases, _seq_at, _Tok

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
        alt = _name_alternative(toks, k) if words else 0
        if alt:
            k += alt  # 'four suspected JNIM and/or ISGS militants': one phrase naming two groups
            continue
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


def _name_alternative(toks: Sequence[_Tok], k: int) -> int:
    """Tokens of a '/' or 'and/or' between two capitalised names at k ('JNIM/ISGS', 'JNIM and/or
    ISGS'), which coders write for an attribution they cannot settle; 0 when there is none."""
    if k == 0 or not toks[k - 1].text[0].isupper():
        return 0
    n = 3 if _seq_at(toks, k, ("and", "/", "or")) else 1 if toks[k].text == "/" else 0
    if n and k + n < len(toks) and toks[k + n].text[0].isupper():
        return n
    return 0


def _absorb_of(toks: Sequence[_Tok], k: int) -> int:
    """Index after an 'of the X' phrase at k ('members of the militia', 'driver of the vehicle'), else k."""
    if not _seq_at(toks, k, ("of",)):
        return k
    m, n = k + 1, 0
    # up to seven words: 'a member of the Sultan of Bol's guard corps'
    while m < len(toks) and n < 7 and (toks[m].text[0].isalpha() or toks[m].text in "-'") and (
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
    if prev is not None and prev.text in ("-", "–") and q.i >= 2 and toks[q.i - 2].text[-1:].isalpha() and \
            toks[q.i - 2].end == prev.start and prev.end == first.start:
        return True  # a name with a number: 'COVID-19', 'G-20', 'MV-22'
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
            toks[q.j + 2].low in ("casualties", "deceased")
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
    if t.low in _PRONOUN_ONE and i + 1 not in figures:  # not the possessive in 'her two children'
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
    # a possessive before a figure: 'her two children' counts the children
    if t.low in _ITEM_DETS and i + 1 in figures and t.low not in ("a", "an", "one", "another"):
        inner = _item_at(toks, i + 1, text, lex, figures, in_list)
        if inner is not None:
            inner.i = i
        return inner
    # determiner + adjectives + people noun: 'a U.S. contractor', 'the commander', 'his wife'
    if t.low in _ITEM_DETS:
        k = i + 1
        while k < len(toks) and k - i <= 5:
            w = toks[k]
            if w.person or not w.text[0].isalpha() and w.text != "-" and not w.text[0].isdigit():
                break
            if k in figures and t.low == "that":
                break  # 'a clash that left three people killed': 'that' is no determiner there
            if w.text[0].isdigit() or w.text == "-":  # '25-year-old'
                k += 1
                continue
            if w.low in _STOP_NP and w.low not in ("more",):
                break
            if _trigger_at(toks, k):
                break
            head = w.low
            nxt = toks[k + 1].low if k + 1 < len(toks) else ""
            compound = nxt in lex.person_singular or nxt in lex.person_plural or _person_head_follows(
                toks, k + 1, lex)
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


def _person_head_follows(toks: Sequence[_Tok], k: int, lex: _Lexicon) -> bool:
    """A people noun ends the lower-case words from k ('a Kenyan *army commander*'): the word
    before k modifies it, and is no head of its own."""
    for n in range(k, min(k + 2, len(toks) - 1)):
        w = toks[n]
        if not w.text.isalpha() or not w.text.islower() or w.low in _STOP_NP or _trigger_at(toks, n):
            return False
        nxt = toks[n + 1].low
        if nxt in lex.person_singular or nxt in lex.person_plural:
            return True
    return False


def _plural_label(word: str) -> str:
    """Victim labels are plural: 'soldier' -> 'soldiers', 'police officer' -> 'police officers'."""
    lex = _lexicon()
    if not word.strip() or word in lex.person_plural:
        return word
    *rest, last = word.split()
    if last in lex.person_plural or last not in lex.person_singular and last.endswith("s"):
        return word
    plural = lex.irregular.get(last, _plural(last))
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
