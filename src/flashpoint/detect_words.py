"""Word-level tests the trigger finder and grouper use: whether an act is denied, and whether a
clause's subject is a demonstration."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DEMONSTRATION_WORDS", "ENFORCERS", "demonstration_subject", "denied", "enforcer_subject"]

DEMONSTRATION_WORDS = frozenset({"protest", "demonstration", "march", "rally", "strike", "crowd", "protester",
                                 "protestor", "demonstrator", "marcher", "striker", "demo", "sit-in", "procession"})


# Those who enforce order: when they chase people off, it is policing, not a crowd's violence.
ENFORCERS = frozenset({"police", "policeman", "policemen", "officer", "soldier", "troop", "army", "military",
                       "force", "gendarme", "ranger", "guard", "askari", "authority", "official", "warden"})


def enforcer_subject(verb: Token) -> bool:
    """The active subject of `verb` is the police or the like ("police chased the hawkers away")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in ENFORCERS


def demonstration_subject(verb: Token) -> bool:
    """The subject of `verb` is a demonstration or its crowd ("the protest turned violent")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in DEMONSTRATION_WORDS


def denied(tok: Token) -> bool:
    """The act is denied: "no clashes", "there was no physical confrontation", "no reports of
    violence or clashes", "did not attack", "dispersed without violence". Walks up from the trigger
    word through its noun phrase to the first verb."""
    for _ in range(5):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
            return True
        if tok.lower_ == "without" or tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok.lower_ == "without"
        tok = tok.head
    return False
