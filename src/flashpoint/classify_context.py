"""Where a trigger stands in its sentence and paragraph, for the classifier: whether it tells an act
in its own right (not a reason or a demand), the trigger families told near it, and the words that
modify it. `classify` re-exports these names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .detect_words import denied

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .detect import Candidate


# Words above a trigger that make it the reason for, or the content of, something else rather than
# an act told in its own right: "demanding the release of those arrested", "protested over the killing".
REASON_WORDS = frozenset({"demand", "release", "condemn", "denounce", "against", "over", "oppose", "reject",
                          "criticize", "criticise", "protest", "accuse", "allege", "claim", "because", "due",
                          "after", "follow", "since", "about", "regard", "call", "urge", "investigate"})
SUBORDINATE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "pcomp", "csubj"})


def told_in_own_right(doc: Doc, root: int) -> bool:
    """The trigger at token `root` tells an act of its own: it stands in a main clause, not in a
    relative or adverbial clause, and no word above it makes it a reason or a demand."""
    if denied(doc[root]):
        return False
    tok = doc[root]
    steps = 0
    while tok.head.i != tok.i and steps < 12:
        if tok.dep_ in SUBORDINATE_DEPS and not _manner(tok):
            return False
        coordinated = tok.dep_ == "conj" or _manner(tok)
        tok = tok.head
        steps += 1
        # "protested and stoned a building", "protested, burning tyres": an act coordinated with
        # another or telling how it was done is no reason for it.
        if tok.lemma_.lower() in REASON_WORDS and not coordinated:
            return False
    return True


def _manner(tok: Token) -> bool:
    """"protested by setting fire to stalls", "protested, burning tyres": a clause under "by" or
    a participle after the act tells how it was done."""
    return (tok.dep_ == "pcomp" and tok.head.lower_ == "by") or (
        tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i
        and not any(c.dep_ == "mark" for c in tok.children))


def nearby_categories(doc: Doc, cand: Candidate, candidates: Sequence[Candidate],
                      sentence_paragraph: Sequence[int], window: int = 99) -> frozenset[str]:
    """Trigger families of the other candidates of `cand`'s paragraph, at most `window` sentences
    away, that tell acts in their own right (see `told_in_own_right`)."""
    paragraph = sentence_paragraph[cand.sentence]
    return frozenset(t.category for c in candidates if c is not cand and sentence_paragraph[c.sentence] == paragraph
                     and abs(c.sentence - cand.sentence) <= window
                     for t in c.triggers if told_in_own_right(doc, t.root))


def trigger_modifiers(doc: Doc, cand: Candidate) -> frozenset[str]:
    """Lower-cased adjectives, adverbs, auxiliaries and prepositions on the candidate's triggers
    ("peaceful", "violent", "have", "since", "during")."""
    return frozenset(c.lemma_.lower() for t in cand.triggers for c in doc[t.root].children
                     if c.dep_ in ("amod", "advmod", "acomp", "aux", "prep"))
