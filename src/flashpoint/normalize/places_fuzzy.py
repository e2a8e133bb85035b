"""Misspelled place names: keys one edit away (a letter added, dropped, changed, or two neighbours
swapped: "Nygeri" for Nyeri, "Mobassa" for Mombasa, "Cago Delgado" for Cabo Delgado).

Only names of `MIN_LENGTH` letters or more are tried, and callers keep only places of the
countries a text already points to (or, for long names, first-level divisions anywhere), so a
near-miss never drags a story abroad. No index is built: every key one edit from the name is
generated (about 55 per letter) and looked up among the gazetteer's exact keys.
"""

from __future__ import annotations

from collections.abc import Callable

# Shorter names are too often another word, or another place, one letter away.
MIN_LENGTH = 6
# A division anywhere is matched only from a name this long ("Cago Delgado").
MIN_LENGTH_ANY_COUNTRY = 8

_ALPHABET = "abcdefghijklmnopqrstuvwxyz '"


def edits(key: str) -> set[str]:
    """Every string one insertion, deletion, substitution or adjacent swap away from `key`."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    out.discard(key)
    return {e.strip() for e in out if e.strip() and "  " not in e}


def within_one_edit(a: str, b: str) -> bool:
    """Whether b is a, or one insertion, deletion, substitution or adjacent swap away from it."""
    return a == b or b in edits(a)


def keys_near(key: str, exists: Callable[[str], bool], any_country: bool = False) -> list[str]:
    """Known keys one edit from `key` (`exists` tells a known key), sorted; none for a short name
    (`any_country`: the caller will look anywhere, so the name must be longer still)."""
    letters = len(key.replace(" ", ""))
    if letters < (MIN_LENGTH_ANY_COUNTRY if any_country else MIN_LENGTH):
        return []
    return sorted(e for e in edits(key) if exists(e))
