"""Triggers that a find tells: weapons found, handed in or defused are ACLED's disrupted weapons
use; bodies found tell a killing. The finding verb becomes the trigger, so that its tense, negation
and subject speak for the event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .detect import Trigger
from .detect_verbal import is_verbal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .clean import Cleaned

# What a find tells: weapons found, handed in or defused are ACLED's disrupted weapons use; bodies
# found tell a killing.
FINDING_VERBS = frozenset({"find", "discover", "uncover", "recover", "spot", "detect", "dismantle", "defuse",
                           "dispose", "neutralize", "neutralise", "hand", "surrender", "present", "collect",
                           "exhume"})
WEAPON_LEMMAS = frozenset({"weapon", "arm", "firearm", "gun", "rifle", "pistol", "ammunition", "explosive",
                           "bomb", "ied", "grenade", "mine", "landmine", "device", "cache", "detonator",
                           "munition", "launcher"})
QUANTITY_NOUNS = frozenset({"quantity", "number", "amount", "lot", "stock", "stockpile", "haul", "batch", "pile",
                            "dozen", "hundred", "thousand", "variety", "assortment", "range", "kilogram", "kg",
                            "ton", "tonne", "box", "crate", "bag", "sack"})
BODY_LEMMAS = frozenset({"body", "corpse", "remains"})
FOUND_RANKS = {"disrupted": ("disrupted", 88), "kill": ("kill", 22)}


def _finding_verb(tok: Token) -> tuple[str, Token] | None:
    """'disrupted' for a weapon, 'kill' for a body, that is the object of a finding verb ("found
    an explosive device", "IEDs were spotted and dismantled", "the bodies were discovered"), with
    that verb."""
    lemma = tok.lemma_.lower()
    kind = "disrupted" if lemma in WEAPON_LEMMAS else "kill" if lemma in BODY_LEMMAS else None
    if kind is None or tok.dep_ not in ("dobj", "nsubjpass", "pobj", "conj"):
        return None
    head = tok.head
    while head.dep_ in ("conj", "prep") and head.head.i != head.i and head.pos_ != "VERB":
        head = head.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in QUANTITY_NOUNS and head.dep_ in ("dobj", "nsubjpass"):
        # "found large quantities of arms", "a number of weapons were recovered"
        head = head.head
    verbs = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    verb = next((v for v in verbs if v.pos_ == "VERB" and v.lemma_.lower() in FINDING_VERBS), None)
    return (kind, verb) if verb is not None else None


def found_things(doc: Doc, triggers: list[Trigger], cleaned: Cleaned | None) -> list[Trigger]:
    """Triggers for weapons and bodies found (see `_finding_verb`): the finding verb becomes a
    trigger, and an explosive trigger on the weapon found is re-read as its disruption."""
    by_root = {t.root: k for k, t in enumerate(triggers)}
    out = list(triggers)
    covered = {k for t in triggers for k in range(t.start_tok, t.end_tok)}
    for tok in doc:
        found = _finding_verb(tok)
        if found is None:
            continue
        kind, verb = found
        category, rank = FOUND_RANKS[kind]
        k = by_root.get(tok.i)
        if k is not None and kind == "disrupted" and out[k].category in ("ied", "grenade", "shelling", "air"):
            old = out[k]
            out[k] = Trigger(old.start_tok, old.end_tok, old.root, old.start, old.end, old.text, category,
                             rank, old.verbal, old.determined)
        handed = next((k for k, t in enumerate(out) if t.category == "withdraw" and t.start_tok <= verb.i < t.end_tok),
                      None)
        if handed is not None and kind == "disrupted":
            # "villagers handed over eleven firearms": weapons handed in, not territory handed over.
            old = out[handed]
            out[handed] = Trigger(old.start_tok, old.end_tok, old.root, old.start, old.end, old.text, category,
                                  rank, old.verbal, old.determined)
            continue
        if verb.i in covered or (cleaned is not None and cleaned.is_masked(verb.idx, verb.idx + len(verb))):
            continue
        covered.add(verb.i)
        out.append(Trigger(verb.i, verb.i + 1, verb.i, verb.idx, verb.idx + len(verb), verb.text, category,
                           rank, is_verbal(verb)))
    return sorted(out, key=lambda t: t.start)
