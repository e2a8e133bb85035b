"""Triggers for what ACLED's codebook calls a change to a group's activity and for foiled attacks,
told by a verb and what it acts on rather than by a fixed phrase: security measures (roads,
airports, schools or borders closed, travel or gatherings restricted), forces installed or units
set up, fighters who give themselves up, armed men seen on the move; and an attack foiled or
thwarted, which ACLED codes as disrupted weapons use (the attack itself did not happen; the
foiling did). Also drops the "Ied"
of "Ied Fitr" (the Eid holiday as Indonesian English spells it), which is no explosive device.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .detect import Trigger
from .detect_verbal import is_verbal
from .detect_words import DEMONSTRATION_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .clean import Cleaned

__all__ = ["measures"]

# Places and services whose closing by an authority is a security measure.
FACILITIES = frozenset({"border", "airport", "airspace", "road", "highway", "route", "school", "university",
                        "market", "port", "seaport", "crossing", "frontier", "mosque", "church", "station",
                        "terminal", "checkpoint", "harbour", "harbor", "bridge", "office"})
GATEWAYS = frozenset({"border", "frontier", "airport", "airspace", "port", "seaport", "harbour", "harbor", "crossing"})
CLOSING_VERBS = frozenset({"close", "shut", "seal"})
CLOSING_NOUNS = frozenset({"closure", "shutdown", "closing"})
# Who closes a road in protest: their barricades are a demonstration's acts, not a security measure.
CROWD_WORDS = DEMONSTRATION_WORDS | frozenset({"resident", "youth", "villager", "trader", "driver", "motorist",
                                               "student", "worker", "rioter", "mob", "people", "community"})
UNREST_WORDS = DEMONSTRATION_WORDS | frozenset({"riot", "unrest", "chaos", "violence", "rampage", "clash"})
UNREST_VERBS = frozenset({"protest", "riot", "demonstrate", "strike", "clash", "rampage"})
# Movement or gatherings an authority restricts: "restricted all passenger travel", "banned mass
# gatherings", "suspended flights".
RESTRICTING_VERBS = frozenset({"restrict", "ban", "prohibit", "suspend", "limit", "forbid"})
RESTRICTED_NOUNS = frozenset({"travel", "movement", "gathering", "traffic", "flight", "entry", "access",
                              "assembly", "transport", "motorbike", "motorcycle", "boda", "foreigner"})
# A force or armed unit put in place: "a joint force was installed", "a new unit has been set up".
SETTING_UP_VERBS = frozenset({"install", "instal", "establish", "form", "create", "found", "station", "position",
                              "set"})
FORCE_NOUNS = frozenset({"force", "unit", "brigade", "battalion", "contingent", "detachment", "squad", "patrol",
                         "militia", "taskforce", "troop"})
# A group or movement counts when it is named armed: "a politico-military movement was founded".
GROUP_NOUNS = frozenset({"group", "movement", "front", "coalition", "alliance", "organization", "organisation"})
ARMED_MODIFIERS = frozenset({"armed", "rebel", "military", "militant", "jihadist", "insurgent", "vigilante",
                             "self-defence", "self-defense", "paramilitary", "defence", "defense"})
# Fighters who give themselves up: "presented themselves", "handed themselves over".
SURRENDER_VERBS = frozenset({"present", "hand", "turn", "give", "surrender"})
REFLEXIVES = frozenset({"themselves", "himself", "herself"})
# Armed men seen on the move: "were spotted moving through", "seen crossing into".
SIGHTING_VERBS = frozenset({"spot", "see", "sight", "witness", "observe"})
MOVING_VERBS = frozenset({"move", "cross", "head", "enter", "travel", "advance", "mass", "gather", "mobilize",
                          "mobilise", "arrive", "pass", "roam"})
# Armed men whose sighting is itself the news: "suspected militants were sighted near the river".
ARMED_PEOPLE = frozenset({"militant", "fighter", "insurgent", "rebel", "gunman", "gunmen", "jihadist", "terrorist",
                          "bandit", "militia", "militiaman", "attacker"})
# An attack foiled: the foiling verb acts on an attack, a bomb or a plot.
FOILING_VERBS = frozenset({"foil", "thwart"})
FOILED_NOUNS = frozenset({"attack", "plot", "bombing", "ambush", "raid", "assault", "bomb", "explosion", "blast"})
# A plan or attempt foiled counts when it is one to attack: "thwarted an attempt to bomb the church".
INTENT_NOUNS = frozenset({"plan", "attempt", "plot", "bid", "scheme"})
VIOLENT_CATEGORIES = frozenset({"attack", "ied", "suicide", "grenade", "air", "shelling", "chemical", "clash",
                                "kill"})
FIGHT_CATEGORIES = frozenset({"kill", "clash", "injure"})
FOUGHT_RANK = 10
RESTRICTION_RANK = 36
HOLIDAY_WORDS = frozenset({"fitr", "fitri", "adha", "al-fitr", "ul-fitr", "el-fitr", "al", "ul", "el", "mubarak"})

# A foiling names its candidate, above the attack or bomb it acts on (which did not happen).
RANKS = {"change": 32, "disrupted": 98}


def _objects(verb: Token) -> list[Token]:
    """What a verb acts on: its object, or the subject of its passive, with their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        o for c in verb.children if c.dep_ == "prt" for o in c.children if o.dep_ == "pobj"]  # "sealed off the border"
    return heads + [c for h in heads for c in h.conjuncts]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _closure(tok: Token) -> bool:
    """An authority closing roads, schools, an airport or a border (not a crowd blocking a road)."""
    if tok.pos_ == "VERB" and _lemma(tok) in CLOSING_VERBS:
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and _lemma(subject) in CROWD_WORDS:
            return False
        if _after_unrest(tok):
            return False
        if any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            # "sealed off the roads around the hotel after the blast": a cordon round a scene, unless
            # what is sealed off is a country's gate ("sealed off the border").
            return any(_lemma(o) in GATEWAYS for o in _objects(tok))
        return any(_lemma(o) in FACILITIES for o in _objects(tok))
    if tok.pos_ == "NOUN" and _lemma(tok) in CLOSING_NOUNS:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return of is not None and any(_lemma(o) in FACILITIES for o in of.children if o.dep_ == "pobj")
    return False


def _after_unrest(verb: Token) -> bool:
    """A closing told as the aftermath of unrest ("the school was closed after students rioted",
    "shut down following demonstrations"): the unrest is the event, the closure its outcome."""
    for c in verb.children:
        if c.lower_ in ("after", "following", "over") and c.dep_ in ("prep", "mark", "advcl", "pcomp") and any(
                _lemma(d) in UNREST_WORDS or d.lower_.startswith(("protest", "riot", "demonstrat")) for d in c.subtree):
            return True
    return any(c.dep_ == "advcl" and (c.lower_ == "following" or any(
        m.dep_ == "mark" and m.lower_ == "after" for m in c.children) and _lemma(c) in UNREST_VERBS)
        for c in verb.children)


def _restriction(tok: Token) -> bool:
    """An authority restricting movement or gatherings (not a crowd's or a rebel group's act)."""
    return tok.pos_ == "VERB" and _lemma(tok) in RESTRICTING_VERBS and any(
        _lemma(o) in RESTRICTED_NOUNS for o in _objects(tok))


def _armed_unit(noun: Token) -> bool:
    if _lemma(noun) in FORCE_NOUNS:
        return True
    words = {w.lower() for c in noun.children if c.dep_ in ("amod", "compound") for w in c.text.split("-")}
    return _lemma(noun) in GROUP_NOUNS and bool(words & ARMED_MODIFIERS)


def _set_up(tok: Token) -> bool:
    """A force installed or an armed unit or movement set up."""
    word = _lemma(tok)
    if tok.pos_ != "VERB" or not (word in SETTING_UP_VERBS or tok.lower_.startswith("install")):
        return False
    if word == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False
    return any(_armed_unit(o) for o in _objects(tok))


def _surrendered(tok: Token) -> bool:
    """"presented themselves", "handed themselves over", "turned themselves in"."""
    return tok.pos_ == "VERB" and _lemma(tok) in SURRENDER_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children)


def _seen_moving(tok: Token) -> bool:
    """A movement told as a sighting: "were spotted moving through", "seen crossing into"; or armed
    men sighted ("militants were sighted near the river")."""
    if tok.pos_ != "VERB":
        return False
    if _lemma(tok) in SIGHTING_VERBS and tok.tag_ == "VBN":
        return any(c.dep_ == "nsubjpass" and (_lemma(c) in ARMED_PEOPLE or c.lower_ in ARMED_PEOPLE)
                   for c in tok.children) and not any(c.dep_ == "xcomp" for c in tok.children)
    return _lemma(tok) in MOVING_VERBS and tok.dep_ in ("xcomp", "advcl", "ccomp") and (
        tok.head.pos_ == "VERB" and _lemma(tok.head) in SIGHTING_VERBS)


def _foiled(tok: Token, by_token: dict[int, Trigger]) -> bool:
    """A foiling verb acting on an attack: its object is an attack trigger or an attack noun."""
    if tok.pos_ != "VERB" or _lemma(tok) not in FOILING_VERBS:
        return False
    for obj in _objects(tok):
        trig = by_token.get(obj.i)
        if (trig is not None and trig.category in VIOLENT_CATEGORIES) or _lemma(obj) in FOILED_NOUNS:
            return True
        if _lemma(obj) in INTENT_NOUNS and any(
                by_token.get(d.i) is not None and by_token[d.i].category in VIOLENT_CATEGORIES or
                _lemma(d) in FOILED_NOUNS for d in obj.subtree if d.i != obj.i):
            return True
    return False


def _holiday(doc: Doc, t: Trigger) -> bool:
    """"Ied Fitr", "Ied al-Adha": the holiday, not an improvised explosive device."""
    if t.category != "ied" or t.text.lower() != "ied" or t.end_tok >= len(doc):
        return False
    return doc[t.end_tok].lower_ in HOLIDAY_WORDS


def measures(doc: Doc, triggers: list[Trigger], cleaned: Cleaned | None) -> list[Trigger]:
    """The triggers with security measures, set-ups, surrenders, sighted movements and foiled attacks
    added (see the module's doc), and holiday "Ied"s dropped."""
    out = [t for t in triggers if not _holiday(doc, t)]
    by_token = {k: t for t in out for k in range(t.start_tok, t.end_tok)}
    for tok in doc:
        if tok.i in by_token or (cleaned is not None and cleaned.is_masked(tok.idx, tok.idx + len(tok))):
            continue
        rank = None
        if _foiled(tok, by_token):
            category = "disrupted"
            if any(t.category in FIGHT_CATEGORIES and doc[t.root].sent == tok.sent for t in out):
                # "thwarted an attack and killed two gunmen", "killed after police thwarted a plot":
                # a fight foiled it, and the fight is the event (ACLED codes the clash).
                rank = FOUGHT_RANK
        elif _restriction(tok):
            # (named above a generic "prevent": "restricted travel to prevent people from ...")
            category, rank = "change", RESTRICTION_RANK
        elif _closure(tok) or _set_up(tok) or _surrendered(tok) or _seen_moving(tok):
            category = "change"
        else:
            continue
        out.append(Trigger(tok.i, tok.i + 1, tok.i, tok.idx, tok.idx + len(tok), tok.text, category,
                           rank or RANKS[category], is_verbal(tok)))
    return sorted(out, key=lambda t: t.start)
