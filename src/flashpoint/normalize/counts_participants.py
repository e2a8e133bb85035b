"""Protest sizes: a figure next to a protest noun or verb ("a crowd of about 500", "thousands of
protesters marched") or the coder's size tag ("[size=over a hundred]")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from flashpoint.records import Count, Toll

from .counts_emit import _emit, _mark, _with_span
from .counts_items import _np_at, _subset_before
from .counts_lexicon import _MEASURES, _PAR, _TIME_UNITS, _is_person_word, _Lexicon
from .counts_numbers import _Quant, parse_count
from .counts_tokens import _seq_at, _Tok

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


