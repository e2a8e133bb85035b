"""A light tokenizer for toll finding and phrase matching over its tokens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
