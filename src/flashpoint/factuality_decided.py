"""Factuality of measures an authority takes by deciding them, and of attacks foiled
(`flashpoint.factuality.factuality_of` consults these): ACLED codes a decision ("the government
decided to impose a curfew") as the change to group/activity on its date, and a foiling ("police
foiled a bomb attack") as disrupted weapons use, though the attack foiled never happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .factuality import INTENT_NOUNS, PAST_AUX_TAGS, _own_marks, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .detect import Candidate, Trigger

__all__ = ["DECIDED_CATEGORIES", "decided", "foiled_part"]

# Triggers for measures an authority takes by deciding them (ACLED codes the decision, on its date,
# as the change to group/activity): "decided to impose a curfew", "announced the closure of the
# border", "orders troops deployed"; so is a truce announced ("announced a unilateral ceasefire").
DECIDED_CATEGORIES = frozenset({"change", "agreement"})
DECISION_VERBS = frozenset({"decide", "announce", "order", "resolve", "approve", "declare", "authorize",
                            "authorise", "direct", "instruct"})
TOLD_TENSES = frozenset({"VBD", "VBZ", "VBP"})


def decided(tok: Token) -> bool:
    """The trigger is what a decision verb, told as done, decided ("the government decided to impose
    a ban", "announced the closure of the border", "decides to deploy police" in a note's present):
    the decision is the event. A trigger with a modal of its own ("announced it will close the
    border") and a decision itself planned or denied ("will decide to", "did not order") are not."""
    if _own_marks(tok) is not None:
        return False
    for _ in range(3):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "nsubjpass"):
            return False
        if head.pos_ == "VERB" and lemma(head) in DECISION_VERBS:
            aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
            past_participle = head.tag_ == "VBN" and any(c.tag_ in PAST_AUX_TAGS for c in aux)
            return _own_marks(head) is None and (head.tag_ in TOLD_TENSES or past_participle) and not any(
                c.lower_ in ("to",) for c in aux)
        if head.pos_ not in ("ADP", "NOUN") or lemma(head) in INTENT_NOUNS:
            # ("announced plans to deploy": what is announced is a plan)
            return False
        tok = head
    return False


# A foiling or thwarting verb names its candidate; the attack it acts on did not happen, the foiling
# did ("police foiled a planned bomb attack"). Where the foiling came with a fight ("thwarted an
# attack and killed two gunmen"), the fight names the candidate and happened; the attack foiled
# stays out of its factuality.
def foiled_part(doc: Doc, cand: Candidate, t: Trigger) -> bool:
    """`t` is what a foiling verb of the candidate acts on, and something else in the candidate
    (the foiling itself, or a fight told with it) speaks for whether the candidate happened."""
    foiled: set[int] = set()
    for x in cand.triggers:
        if x.category == "disrupted" and x.verbal:
            foiled |= {d.i for c in doc[x.root].children if c.dep_ in ("dobj", "nsubjpass") for d in c.subtree}
    if t.root not in foiled:
        return False
    return cand.main.category == "disrupted" or any(
        y.root not in foiled and y.category != "disrupted" for y in cand.triggers)
