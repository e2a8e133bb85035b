"""Dependency-parse helpers shared by the argument finders: noun phrases, subjects, agents,
objects, tree distances and clauses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..detect import Candidate

ARGUMENT_PREPS = frozenset({"on", "against", "at", "into", "upon", "toward", "towards", "with"})
# Verbs that carry out what their object names: their subject did it ("militants conducted an IED
# attack", "the army launched an offensive", "X and Y engaged in a gun battle").
SUPPORT_VERBS = frozenset({"conduct", "carry", "launch", "stage", "mount", "perpetrate", "commit", "execute",
                           "engage", "lead", "make", "unleash", "wage", "undertake", "initiate", "organise",
                           "organize", "hold", "plant", "detonate", "use", "fire", "throw", "lay"})


def support_verb(tok: Token) -> Token | None:
    """The verb whose object (or object of "in") the noun `tok` is, when it is one of
    `SUPPORT_VERBS`; None otherwise."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "out"):
        head = head.head
    elif tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        # "X claimed responsibility for an attack"
        head = head.head.head
        return head if head.pos_ in ("VERB", "AUX") else None
    elif tok.dep_ not in ("dobj", "attr"):
        return None
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in SUPPORT_VERBS:
        return head
    return None


def phrase(doc: Doc, tok: Token, *, appos: bool = False) -> Span:
    """The noun phrase headed by `tok`: its left modifiers and its "of" complements, without
    relative clauses or participles (and without appositions unless asked)."""
    lo, hi = _compact_bounds(tok, appos)
    return doc[lo:hi + 1]


def _compact_bounds(tok: Token, appos: bool) -> tuple[int, int]:
    left = min([tok.i] + [t.i for c in tok.lefts for t in c.subtree if c.dep_ != "punct"])
    right = tok.i
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if not objs:
                break
            right = max(right, _compact_bounds(objs[0], appos)[1])
        elif c.dep_ in ("compound", "flat", "nmod", "nummod") or (
                appos and c.dep_ in ("appos", "conj", "cc", "punct")):
            right = max(right, max(t.i for t in c.subtree))
        else:
            break
    return left, right


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))


def subject(verb: Token, depth: int = 0) -> Token | None:
    subj = children(verb, "nsubj")
    if subj:
        s = subj[0]
        if s.tag_ == "WDT" or s.lower_ in ("which", "that", "who"):
            return verb.head if verb.dep_ == "relcl" else None
        return s
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return subject(verb.head, depth + 1)
    if verb.dep_ == "relcl":
        return verb.head
    return None


def agent(verb: Token) -> Token | None:
    for a in children(verb, "agent"):
        objs = children(a, "pobj")
        if objs:
            return objs[0]
    return None


# Objects of "at"/"on" that say when or on whose say-so, not whom: "at the order of", "on the eve of".
NOT_TARGETS = frozenset({"order", "behest", "request", "instruction", "time", "hand", "end", "start", "height",
                         "scene", "eve", "night", "morning", "evening", "day", "dawn", "dusk", "moment", "least",
                         "most", "invitation", "urging", "direction", "command"})


def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for p in children(tok, "prep"):
        if p.lower_ in preps:
            out.extend(o for o in children(p, "pobj") if o.lemma_.lower() not in NOT_TARGETS
                       and o.ent_type_ not in ("DATE", "TIME"))
    return out


def tree_distance(doc: Doc, a: int, b: int) -> int:
    path_a = [a]
    t = doc[a]
    while t.head.i != t.i:
        t = t.head
        path_a.append(t.i)
    pos = {k: n for n, k in enumerate(path_a)}
    t = doc[b]
    steps = 0
    while t.i not in pos:
        if t.head.i == t.i:
            return 99
        t = t.head
        steps += 1
    return steps + pos[t.i]


def root_at(doc: Doc, start: int, end: int) -> int | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def clause_chars(doc: Doc, cand: Candidate, others: Sequence[Candidate] = ()) -> set[int]:
    """Character offsets of the candidate's clause: its triggers' subtrees, less the subtrees of
    other candidates' triggers inside them."""
    own = {t.i for trig in cand.triggers for t in doc[trig.root].subtree}
    for c in others:
        if c is cand or c.sentence != cand.sentence:
            continue
        for trig in c.triggers:
            if trig.root in own:
                own -= {t.i for t in doc[trig.root].subtree}
    return {doc[i].idx for i in own}


