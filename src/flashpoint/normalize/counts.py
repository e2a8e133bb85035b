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
"thousands of protesters marched"; counts_participants.py). Subject-side triggers are found in
counts_post.py, counted phrases and lists in counts_items.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from flashpoint.records import Count, Toll

from .counts_cumulative import _is_cumulative
from .counts_emit import _emit, _mark, _with_span
from .counts_items import (
    _Item,
    _item_at,
    _list_at,
    _rejected_figure,
    _sum,
)
from .counts_lexicon import (
    _ARR,
    _CAS,
    _FAT,
    _INJ,
    _ITEM_DETS,
    _MEASURES,
    _MIS,
    _MODAL_BEFORE,
    _NEED_PERSON_OBJECT,
    _NEGATIONS,
    _PRE_GAP,
    _PRONOUN_ONE,
    _PRONOUN_UNKNOWN,
    _STOP_NP,
    _TIME_UNITS,
    _TRIGGER_FIRST,
    _TRIGGERS,
    _is_person_word,
    _Lexicon,
    _lexicon,
    _trigger_at,
)
from .counts_numbers import _SCALES, _TENS, _UNITS, _VAGUE_PLURALS, _Quant, _quantity_at, parse_count
from .counts_participants import _find_participants
from .counts_post import _TRIGGERS_ANY, _TRIGGERS_ANY_ROLES, _post_trigger
from .counts_tokens import _match_phrases, _seq_at, _Tok, _tokenize

__all__ = ["find_tolls", "is_thing", "parse_count"]

# ----------------------------------------------------------------------------------------- find_tolls

_TOLL_NOUN = re.compile(r"\b(?:(death|fatality|casualty|injury|arrest)\s+)?(toll|tally)\b", re.I)
_NUMBER_OF = re.compile(r"\b(?:total\s+)?number\s+of\s+(?:people\s+|persons\s+|those\s+|civilians\s+)?"
                        r"(killed|dead|deaths|fatalities|injured|wounded|injuries|arrested|detained|arrests|"
                        r"missing|abducted|kidnapped|casualties)\b", re.I)
_ONE_BODY = re.compile(r"\b((?:[Aa]|[Aa]nother)\s+(?:dead\s+)?(?:body|corpse))\s+(?:was|has\s+been|had\s+been)\s+"
                       r"(?:(?:reportedly|later|also)\s+)?(?:found|discovered|recovered|retrieved|dumped)\b")
_ONES_DEATH = re.compile(r"\b(?:led|leading|leads|resulted|resulting|results|caused|causing|causes)\s+(?:in\s+|to\s+)?"
                         r"((?:the|a|an)\s+(?:[a-z-]+\s+)?([a-z]+))['’]s\s+(?:violent\s+|tragic\s+)?death\b")
# 'the body of a fisherman was found': a body found is a death; one taken or dug up is no new one
_FOUND_AFTER = re.compile(r"[^.;]{0,40}?\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:found|discovered|"
                          r"recovered|retrieved|dumped|pulled|washed)\b")
_KIND_OF_WORD = {"death": _FAT, "fatality": _FAT, "casualty": _CAS, "injury": _INJ, "arrest": _ARR,
                 "killed": _FAT, "dead": _FAT, "deaths": _FAT, "fatalities": _FAT, "injured": _INJ,
                 "wounded": _INJ, "injuries": _INJ, "arrested": _ARR, "detained": _ARR, "arrests": _ARR,
                 "missing": _MIS, "abducted": _MIS, "kidnapped": _MIS, "casualties": _CAS}


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
    # 'stabbed a worker to death' before 'stabbed a worker' (an injury) takes the worker
    _find_to_death(toks, text, lex, figures, out, used, offset)
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
        if hit is None and items:
            hit = _post_trigger_after_subset(toks, lst.j, lex, text, figures)
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


def _post_trigger_after_subset(toks: Sequence[_Tok], j: int, lex: _Lexicon, text: str,
                               figures: dict[int, _Quant]) -> tuple[str, int, int] | None:
    """'Two people, including a child, were killed': the trigger after the subset list."""
    k = j + 1 if _seq_at(toks, j, (",",)) else j
    if not _seq_at(toks, k, ("including",)):
        return None
    sub = _list_at(toks, k + 1, text, lex, figures, stop_before_post=False)
    if sub is None:
        return None
    end = sub.j + 1 if _seq_at(toks, sub.j, (",",)) else sub.j
    return _post_trigger(toks, end, lex, text, figures)


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
        if k > 0 and toks[k - 1].low in _NEGATIONS | {"didn't", "not", "nearly", "almost"}:
            k = te  # 'nearly killed a guard' killed nobody
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
        if kind == _FAT and _seq_at(toks, m, ("and",)) and m + 2 < len(toks) and m + 1 not in figures \
                and re.fullmatch(r"[a-z]+ed", toks[m + 1].low) and not _match_phrases(toks, m + 1, _TRIGGERS_ANY):
            m += 2  # 'killed and mutilated 3 people': the second verb shares the victims
        if m in used:
            k = te
            continue
        lst = _list_at(toks, m, text, lex, figures, stop_before_post=True)
        if lst is None:
            end = _singular_victim(toks, m, lex) if kind == _FAT else None
            if end is not None:
                # 'killed a blacksmith': whatever a killing verb takes as 'a' + noun is one person
                _emit(out, kind, Count(1, 1, 1, text[toks[m].start:toks[end - 1].end]), toks[k].start,
                      toks[end - 1].end, None, text, offset, False, None)
                _mark(used, m, end)
                k = end
                continue
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


# A people word made from a place name: 'a Kenyan', 'a Papuan', 'a Sudanese', 'a Somali'.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|i)")


def _singular_victim(toks: Sequence[_Tok], m: int, lex: _Lexicon) -> int | None:
    """The end of 'a/an/his/her (adjectives) noun' at m when the noun is not a thing, time or measure
    (and, after a possessive, not a plural)."""
    if m >= len(toks) or toks[m].low not in ("a", "an", "his", "her", "their", "its"):
        return None
    k = m + 1
    while k < len(toks) and k - m <= 4 and toks[k].text.isalpha() and toks[k].low not in _STOP_NP \
            and not _trigger_at(toks, k):
        k += 1
    if k == m + 1:
        return None
    head = toks[k - 1].low
    if head in lex.things or head in _TIME_UNITS or head in _MEASURES:
        return None
    if not toks[k - 1].text.islower() and not (k == m + 2 and _DEMONYM.fullmatch(toks[k - 1].text)):
        return None  # a name ('killed a Toyota'), unless a people word of place ('shot dead a Kenyan')
    if k < len(toks) and toks[k].text.isalpha() and toks[k].low not in _STOP_NP:
        return None  # the phrase runs on into something this reading does not cover
    if toks[m].low not in ("a", "an") and head.endswith("s"):
        return None  # 'his guards': how many is not said
    return k


# Verbs that take their victim between themselves and "to death" ("beat a civilian to death").
_TO_DEATH_VERBS = frozenset({"beat", "beats", "beating", "stabbed", "stabbing", "hacked", "hacking", "stoned",
                             "stoning", "burned", "burnt", "burning", "clubbed", "bludgeoned", "tortured",
                             "torturing", "shot", "shooting", "kicked", "whipped", "flogged", "lashed",
                             "starved", "trampled", "crushed", "strangled", "choked", "battered", "mauled"})


def _find_to_death(toks: Sequence[_Tok], text: str, lex: _Lexicon, figures: dict[int, _Quant], out: list[Toll],
                   used: set[int], offset: int) -> None:
    """'beat a civilian to death', 'stoned two suspects to death': the object between the verb and
    'to death' died."""
    for k, tok in enumerate(toks):
        if tok.low not in _TO_DEATH_VERBS or k + 1 >= len(toks) or (k + 1) in used:
            continue
        if _seq_at(toks, k + 1, ("to", "death")) and k + 3 < len(toks) and (k + 3) not in used:
            # 'stoned to death a murder suspect': the object after 'to death'
            lst = _list_at(toks, k + 3, text, lex, figures, stop_before_post=False)
            items = [it for it in lst.items if not it.subset] if lst is not None else []
            if lst is not None and items and all(it.is_person for it in items) and not any(
                    x in used for x in range(lst.i, lst.j)):
                count = _sum(items, text, toks)
                _emit(out, _FAT, count, tok.start, toks[lst.j - 1].end, None, text, offset, False, None)
                _mark(used, k, lst.j)
            continue
        lst = _list_at(toks, k + 1, text, lex, figures, stop_before_post=False)
        if lst is None:
            continue
        end = lst.j
        if end < len(toks) and toks[end].low in ("in", "at", "inside", "near", "on", "outside"):
            # 'beat a trader in the market to death': a short place phrase before 'to death'
            end = next((x for x in range(end + 1, min(end + 5, len(toks))) if _seq_at(toks, x, ("to", "death"))),
                       end)
        if not _seq_at(toks, end, ("to", "death")):
            continue
        items = [it for it in lst.items if not it.subset]
        if not items or not all(it.is_person for it in items) or any(x in used for x in range(lst.i, lst.j)):
            continue
        count = _sum(items, text, toks)
        victims = {it.victim for it in items}
        victim = victims.pop() if len(victims) == 1 else None
        _emit(out, _FAT, count, tok.start, toks[end + 1].end, victim, text, offset,
              _is_cumulative(text, tok.start, count.text), None)
        _mark(used, lst.i, lst.j)


def _find_toll_nouns(toks: Sequence[_Tok], text: str, lex: _Lexicon, figures: dict[int, _Quant],
                     out: list[Toll], used: set[int], offset: int) -> None:
    """'the death toll rose to 300', 'bringing the number of dead to 45', 'the bodies of 7 civilians',
    'the death of 8 assailants'."""
    anchors: list[tuple[int, int, str]] = []
    for m in _TOLL_NOUN.finditer(text):
        anchors.append((m.start(), m.end(), _KIND_OF_WORD.get((m.group(1) or "death").lower(), _FAT)))
    for m in _NUMBER_OF.finditer(text):
        anchors.append((m.start(), m.end(), _KIND_OF_WORD.get(m.group(1).lower(), _FAT)))
    # 'the bodies of 7 civilians', 'resulted in the death of 8 assailants', 'the killing of two herders'
    for m in re.finditer(r"\b(?:(?:dead\s+)?bod(?:y|ies)|deaths?|killings?|murders?)\s+of\b", text, re.I):
        anchors.append((m.start(), m.end(), "bodies"))
    for m in _ONES_DEATH.finditer(text):
        # 'which led to the victim's death': one person's death
        k = next((n for n, t in enumerate(toks) if t.start >= m.start(1)), len(toks))
        if k not in used and _is_person_word(m.group(2).lower(), lex) and not m.group(2).lower().endswith("s"):
            _emit(out, _FAT, Count(1, 1, 1, m.group(1), m.start(1), m.end(1)), m.start(), m.end(), None, text,
                  offset, False)
            _mark(used, k, k + len(m.group(1).split()))
    for m in _ONE_BODY.finditer(text):
        # 'a dead body was found', 'the body of a man was recovered': one death
        k = next((n for n, t in enumerate(toks) if t.start >= m.start()), len(toks))
        if k not in used:
            _emit(out, _FAT, Count(1, 1, 1, m.group(1), m.start(1), m.end(1)), m.start(), m.end(), None, text,
                  offset, False)
            _mark(used, k, k + len(m.group(1).split()))
    for start_char, end_char, kind in anchors:
        k = next((n for n, t in enumerate(toks) if t.start >= end_char), len(toks))
        if kind == "bodies" and "bod" in text[start_char:end_char].lower() and k < len(toks) \
                and k not in figures and k not in used and _FOUND_AFTER.match(text, toks[k].end):
            item = _item_at(toks, k, text, lex, figures)
            if item is not None and item.is_person and item.count.known and item.count.best == 1:
                c = _with_span(item.count, toks, item.i, item.j, text)
                _emit(out, _FAT, c, start_char, toks[item.j - 1].end, item.victim, text, offset, False)
                _mark(used, item.i, item.j)
                continue
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


def is_thing(word: str) -> bool:
    """True when a noun never counts people ('vehicles', 'cattle', 'days', 'km'): a figure before it is
    no toll."""
    w = word.lower()
    return w in _lexicon().things or w in _TIME_UNITS or w in _MEASURES
