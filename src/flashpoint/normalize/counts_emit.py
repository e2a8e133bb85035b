"""Tolls as found: appending a `Toll` in document offsets, and marking the tokens it used."""

from __future__ import annotations

from collections.abc import Sequence

from flashpoint.records import Count, Toll

from .counts_lexicon import _CAS, _FAT, _INJ
from .counts_tokens import _Tok


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


def _mark(used: set[int], i: int, j: int) -> None:
    used.update(range(i, j))


