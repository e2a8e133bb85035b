"""Misspelt trigger words: field notes and wire copy carry typos ("demonstated", "behaded",
"intercommmunal violence"). A word that is no English word and is one edit (an insertion, a
deletion, a substitution or two neighbouring letters swapped) from a trigger word form of seven
letters or more is read as that form. Real words are never corrected ("attached" stays attached,
"protected" is not "protested"): what counts as English is the lemma index of the default spaCy
model's lemmatizer (WordNet's lemmas), with regular inflections stripped.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MIN_LENGTH", "TypoIndex", "english_lemmas", "is_english", "one_edit", "regular"]

MIN_LENGTH = 7
"""Shorter words have too many real neighbours to correct safely."""
CACHE_SIZE = 200_000
"""Words whose verdict `TypoIndex` keeps (the cache starts again when full)."""
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})


@lru_cache(maxsize=1)
def english_lemmas() -> frozenset[str]:
    """The lemmas the default model's lemmatizer knows, of every part of speech, with its
    exceptions' inflected forms; empty when the model or its tables cannot be read (no word is
    then corrected)."""
    try:
        import spacy.util  # noqa: PLC0415 - spaCy loads slowly; only when detection runs
        from spacy.lookups import Lookups  # noqa: PLC0415

        from .nlp import DEFAULT_MODEL  # noqa: PLC0415

        root = spacy.util.get_package_path(DEFAULT_MODEL)
        found = sorted(root.glob("**/lemmatizer/lookups/lookups.bin"))
        if not found:
            return frozenset()
        lookups = Lookups().from_disk(found[0].parent)
    except (OSError, ValueError, ImportError):
        return frozenset()
    words: set[str] = set()
    if lookups.has_table("lemma_index"):
        for lemmas in lookups.get_table("lemma_index").values():
            words.update(lemmas)
    if lookups.has_table("lemma_exc"):
        for table in lookups.get_table("lemma_exc").values():
            words.update(table)
    return frozenset(words)


def _stems(word: str) -> set[str]:
    """The word and what it would be without a regular ending ("matched" -> "match", "tallied"
    -> "tally", "stopped" -> "stop", "rioters" -> "rioter", "rioter")."""
    out = {word}
    for suffix in ("s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "ness", "ee", "ees"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out.update({stem, stem + "e"})
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
            if stem.endswith("i"):
                out.add(stem[:-1] + "y")
    return out


def is_english(word: str, lemmas: frozenset[str] | None = None) -> bool:
    """The word is a known English word or a regular inflection of one."""
    known = english_lemmas() if lemmas is None else lemmas
    return any(s in known for s in _stems(word.lower()))


def one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one insertion, deletion, substitution or swap of two
    neighbouring letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


def regular(form: str, word: str) -> bool:
    """`form` is a spelling an inflection of `word` can have, of those `detect.inflections`
    guesses: not "abductes" nor "condemnd"."""
    sibilant = word.endswith(("s", "x", "z", "ch", "sh"))
    if form == word + "es":
        return sibilant
    if form == word + "s":
        return not sibilant
    if form == word + "d":
        return word.endswith("e")
    if form == word + "ed":
        return not word.endswith("e")
    return True


class TypoIndex:
    """Trigger word forms of `MIN_LENGTH` letters or more, looked up by a misspelling."""

    def __init__(self, forms: Iterable[tuple[str, str]], lemmas: frozenset[str] | None = None) -> None:
        """`forms`: (form, the trigger word it inflects) pairs."""
        self.forms = {f: w for f, w in forms if len(f) >= MIN_LENGTH and f.isalpha() and regular(f, w)}
        self._lemmas = lemmas
        self._cache: dict[str, str | None] = {}

    def correct(self, tok: Token) -> str | None:
        """The trigger form `tok` misspells, or None: a name ("Protas"), a word with digits or
        hyphens, a short or a known English word, or a word near the forms of two trigger words."""
        word = tok.lower_
        if len(word) < MIN_LENGTH or not tok.is_alpha or tok.ent_type_ in NAME_ENTITIES:
            return None
        if tok.is_title and not tok.is_sent_start or tok.is_upper:
            return None
        if word not in self._cache:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()  # a corpus of millions of articles must not grow it without end
            lemmas = english_lemmas() if self._lemmas is None else self._lemmas
            near = {f: w for f, w in self.forms.items() if one_edit(word, f)}
            one_word = len(set(near.values())) == 1
            self._cache[word] = min(near) if one_word and lemmas and not is_english(word, lemmas) else None
        return self._cache[word]
