"""Who the sides of a fight are, read off the parse of the trigger's sentence, for the classifier.

The actor finder leaves a side unnamed when it is no organisation ("two rival groups clashed",
"students clashed with police", "a clash between supporters of two aspirants"). Those words still
tell ACLED's codebook what the fight was: unorganised crowds (students, supporters, inmates,
residents, rivals) fighting each other or the police make a riot, not an armed clash, which needs
an organised armed group on at least one side.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Head nouns (lemmas) of people who are no organised armed group: when they fight, ACLED codes rioters.
CROWD_SIDE_NOUNS = frozenset({
    "student", "pupil", "learner", "supporter", "rival", "inmate", "prisoner", "detainee", "resident", "youth",
    "aspirant", "faction", "trader", "vendor", "hawker", "rider", "fan", "mourner", "worshipper", "crowd",
    "mob", "rioter", "protester", "protestor", "demonstrator", "loyalist", "partisan", "sympathiser",
    "sympathizer", "passenger", "worker", "miner", "motorist", "operator", "driver", "tout", "marcher", "striker",
    # politicians and their parties come to blows as crowds do: no armed organisation fights
    "party", "lawmaker", "legislator", "politician", "councillor",
})
# Sides the text calls demonstrators: their fight is a violent demonstration.
DEMONSTRATOR_SIDES = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker"})
# Sides that may stand against a crowd without making the fight a battle ("students clashed with police").
STATE_SIDE_NOUNS = frozenset({"police", "policeman", "officer", "guard", "warder", "askari", "force", "soldier",
                              "troop", "gendarme"})
# Ordinary people: a crowd when they fight the police, a community's militia when they fight each other.
CIVIL_SIDE_NOUNS = frozenset({"villager", "people", "person", "civilian", "farmer", "local", "man", "woman",
                              "community", "citizen"})
PLACE_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "PERSON"})
# A group told only by number or rivalry ("two groups", "rival groups"), with no armed word on it.
GROUP_NOUNS = frozenset({"group", "camp", "side"})
ARMED_MODIFIERS = frozenset({"armed", "militia", "militant", "rebel", "jihadist", "bandit", "criminal", "ethnic",
                             "communal", "clan", "tribal", "pastoralist", "herder", "farmer"})
# Words that count the people named after "of" ("hundreds of students", "members of a gang").
QUANTITY_WORDS = frozenset({"member", "hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "score",
                            "scores", "number", "lot", "majority", "some", "many", "several", "crowd"})
SIDE_PREPOSITIONS = frozenset({"between", "with", "among", "against"})


def _heads(tok: Token) -> list[Token]:
    """`tok` and the nouns coordinated with it ("supporters of X and Y" gives one, "X and Y" two)."""
    out = [tok]
    out += [c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")]
    return out


def _side(tok: Token) -> str:
    """The lemma that names a side: the noun after "of" for a group or its members ("two groups of
    students" gives "student"), "rival" for a bare number of groups ("two groups clashed")."""
    lemma = tok.lemma_.lower()
    if lemma in GROUP_NOUNS | QUANTITY_WORDS or tok.pos_ == "NUM":
        of = [_side(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
        if of:
            return next((x for x in of if x in CROWD_SIDE_NOUNS), of[0])
        words = {c.lemma_.lower() for c in tok.subtree if c.i != tok.i}
        if lemma in GROUP_NOUNS and not words & ARMED_MODIFIERS and words & {"two", "rival", "both", "opposing"}:
            return "rival"
    return lemma


def _names_people(tok: Token) -> bool:
    """A noun or pronoun that may name a side, or a number standing for the people counted after
    "of" ("hundreds of students"); not a place, a date or a person's name."""
    if tok.lemma_.lower() in QUANTITY_WORDS | GROUP_NOUNS or tok.pos_ == "NUM":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or tok.pos_ == "NOUN"
    return tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.ent_type_ not in PLACE_TIME


def _trigger_token(sentence: Iterable[Token], trigger: str) -> Token | None:
    """The head token of the first place in `sentence` where the words of `trigger` stand
    ("battles" in "running battles", "fire" in "opened fire")."""
    words = trigger.lower().split()
    tokens = list(sentence)
    for k, tok in enumerate(tokens):
        if tok.lower_ != (words[0] if words else ""):
            continue
        span = tokens[k:k + len(words)]
        inside = {t.i for t in span}
        return next((t for t in span if t.head.i not in inside or t.head.i == t.i), tok)
    return None


def side_heads(sentence: Iterable[Token], trigger: str) -> frozenset[str]:
    """Lemmas of the words naming the sides of the act whose trigger words are `trigger`: its
    subject, the nouns after "between", "with", "among" or "against", and what they are
    coordinated with; the noun a misparsed past verb hangs on ("400 inmates clashed", read as a
    participle); the doers of "engaged police in clashes", "were involved in a clash". Place and
    time names are no side. Empty when the trigger is not found in `sentence`."""
    tok = _trigger_token(sentence, trigger)
    if tok is None:
        return frozenset()
    sides: list[Token] = []
    holders = [tok]
    up = tok
    for _ in range(3):  # "engaged police in (running) clashes", "were involved in a clash"
        if up.dep_ not in ("pobj", "pcomp", "dobj", "prep") or up.head.i == up.i:
            break
        up = up.head
        if up.lemma_.lower() in ("engage", "involve"):
            holders.append(up)
            break
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "dobj" and holder is not tok):
                sides += _heads(child)
            elif child.dep_ == "compound" and child.lemma_.lower() in CROWD_SIDE_NOUNS | STATE_SIDE_NOUNS:
                sides.append(child)
            elif child.dep_ == "prep" and child.lower_ in SIDE_PREPOSITIONS:
                sides += [h for g in child.children if g.dep_ == "pobj" for h in _heads(g)]
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        # The noun the clause hangs on, or the noun above a phrase it heads ("People on their way
        # to a funeral clashed", "funeral" misread as the subject).
        top = tok.head
        while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in ("NOUN", "PROPN"):
            top = top.head.head
        sides += _heads(top)
    return frozenset(_side(t) for t in sides if _names_people(t))


def crowd_sides(heads: frozenset[str]) -> bool:
    """The sides named are crowds, or crowds and the police, or ordinary people and the police: no
    organised armed group among them (people fighting people are a community's militia to ACLED)."""
    crowd = heads & CROWD_SIDE_NOUNS or (heads & CIVIL_SIDE_NOUNS and heads & STATE_SIDE_NOUNS)
    return bool(crowd) and heads <= CROWD_SIDE_NOUNS | STATE_SIDE_NOUNS | CIVIL_SIDE_NOUNS


def doer_heads(sentence: Iterable[Token], trigger: str) -> frozenset[str]:
    """Lemmas of the words naming who did the act whose trigger words are `trigger`: the subject
    of an active verb with an object, the agent of a passive one ("was beaten by students"), the
    noun a misparsed past verb hangs on. Empty when the trigger is not found or names no doer."""
    tok = _trigger_token(sentence, trigger)
    if tok is None:
        return frozenset()
    doers: list[Token] = []
    # The subject of a verb with no object is often its victim ("two prisoners died", "a student
    # was injured"): only the subject of a verb with an object did the act.
    transitive = any(c.dep_ == "dobj" for c in tok.children)
    for child in tok.children:
        if child.dep_ == "nsubj" and transitive:
            doers += _heads(child)
        elif child.dep_ == "agent":
            doers += [h for g in child.children if g.dep_ == "pobj" for h in _heads(g)]
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.pos_ == "NOUN":
        doers += _heads(tok.head)
    return frozenset(_side(t) for t in doers if _names_people(t) and t.pos_ != "PRON")


# Sides that are followers of rival parties or politicians, or rival groups told only as such.
RIVAL_SIDE_NOUNS = frozenset({"supporter", "rival", "faction", "loyalist", "partisan", "sympathiser", "sympathizer",
                              "party"})


def rival_crowds(heads: frozenset[str]) -> bool:
    """The sides of a fight are rival followers or groups ("supporters of two aspirants", "two rival
    camps", "factions of the party"), with neither the police nor demonstrators among them: ACLED's
    rioters against rioters, mob violence, even at a rally."""
    return bool(heads & RIVAL_SIDE_NOUNS) and not heads & (STATE_SIDE_NOUNS | DEMONSTRATOR_SIDES)

