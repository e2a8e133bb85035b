"""Fighting told with "engage": "troops engaged the militants near the border", "rioters engaged
the police". The verb means to fight when its object is an armed or a fighting party; "engaged the
community in talks" or "engaged a lawyer" tell no fight. The verb becomes a clash trigger, so that
its subject and object are the two sides."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .detect import Trigger
from .detect_verbal import is_verbal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .clean import Cleaned

__all__ = ["FIGHTING_PARTIES", "engagements"]

FIGHTING_PARTIES = frozenset({
    "police", "policeman", "officer", "army", "troop", "soldier", "force", "military", "fighter", "militant",
    "rebel", "insurgent", "militia", "militiaman", "gunman", "jihadist", "jihadi", "bandit", "terrorist",
    "rioter", "protester", "protestor", "demonstrator", "attacker", "assailant", "raider", "enemy", "guerrilla",
    "gendarme", "gendarmerie", "unit", "patrol",
})
TALK_NOUNS = frozenset({"talk", "dialogue", "discussion", "negotiation", "conversation", "consultation", "meeting",
                        "debate", "activity", "programme", "program", "effort", "process"})
CLASH_RANK = 56


def _engaged_party(verb: Token) -> bool:
    """`verb` is "engage" with a fighting party as its object and no talk it was engaged in."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "engage":
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or not any(o.lemma_.lower() in FIGHTING_PARTIES for o in objs):
        return False
    talks = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return not any(g.lemma_.lower() in TALK_NOUNS for g in talks)


def engagements(doc: Doc, triggers: Sequence[Trigger], cleaned: Cleaned | None) -> list[Trigger]:
    """`triggers` with a clash trigger on each "engage" that tells a fight (see the module's doc)."""
    covered = {k for t in triggers for k in range(t.start_tok, t.end_tok)}
    # "engaged the police in running battles": the fight has its own trigger, which tells it.
    governing = {doc[t.root].head.head.i for t in triggers if doc[t.root].dep_ == "pobj"}
    out = list(triggers)
    for verb in doc:
        if verb.i in covered or verb.i in governing or not _engaged_party(verb):
            continue
        if cleaned is not None and cleaned.is_masked(verb.idx, verb.idx + len(verb)):
            continue
        out.append(Trigger(verb.i, verb.i + 1, verb.i, verb.idx, verb.idx + len(verb), verb.text, "clash",
                           CLASH_RANK, is_verbal(verb)))
    return sorted(out, key=lambda t: t.start)
