"""Demonstrations told by what the demonstrators did: "protesters waved banners outside the court",
"demonstrators demanded the rector's resignation". A clause whose subject is protesters tells a
demonstration even when its verb is no trigger word; the verb becomes a protest trigger, so that its
tense, negation and modals speak for the event. Only sentences with no trigger of their own are
read this way: where the sentence names an act ("protesters clashed with police"), that act tells
the event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .detect import Trigger
from .detect_verbal import is_verbal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .clean import Cleaned

__all__ = ["CROWD_SUBJECTS", "crowd_acts"]

CROWD_SUBJECTS = frozenset({"protester", "protestor", "demonstrator"})
# Verbs whose subject speaks, thinks, suffers, leaves or merely is: no act of the crowd.
NOT_ACTS = frozenset({
    "say", "tell", "claim", "accuse", "allege", "state", "add", "announce", "warn", "vow", "threaten", "plan",
    "intend", "want", "hope", "expect", "fear", "believe", "insist", "deny", "agree", "be", "have", "die",
    "flee", "remain", "return", "refuse", "disperse", "leave", "sustain", "suffer", "receive", "need", "get",
    "become", "seem", "appear", "include", "number", "go", "come", "arrive", "escape", "run", "face", "lose",
    "know", "think", "see", "hear", "decide", "promise", "ask", "blame", "describe", "explain", "report", "write",
})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
PROTEST_RANK = 30


def _crowd_verb(tok: Token) -> Token | None:
    """The finite verb `tok` is the subject of, when `tok` is protesters and the verb tells an act."""
    if tok.lemma_.lower() not in CROWD_SUBJECTS or tok.dep_ != "nsubj":
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE or verb.lemma_.lower() in NOT_ACTS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def crowd_acts(doc: Doc, triggers: Sequence[Trigger], cleaned: Cleaned | None) -> list[Trigger]:
    """`triggers` with a protest trigger on each act of protesters (see the module's doc) in a
    sentence that has no trigger."""
    busy = {doc[t.root].sent.start for t in triggers}
    out = list(triggers)
    for tok in doc:
        verb = _crowd_verb(tok)
        if verb is None or verb.sent.start in busy:
            continue
        if cleaned is not None and cleaned.is_masked(verb.idx, verb.idx + len(verb)):
            continue
        busy.add(verb.sent.start)
        out.append(Trigger(verb.i, verb.i + 1, verb.i, verb.idx, verb.idx + len(verb), verb.text, "protest",
                           PROTEST_RANK, is_verbal(verb)))
    return sorted(out, key=lambda t: t.start)
