"""Cues for ACLED's crowd and fight classes read off the words of an event's paragraph, for the
classifier (`classify.classify_with` sets `Facts.cues`).

ACLED's codebook tells its riot classes apart by who the crowd turned on: a violent demonstration
is a crowd that demonstrates (against an authority, a decision, a result) and turns to violence or
vandalism; mob violence is a crowd's violence against civilians, popular ("mob", "jungle") justice
included. Its armed clash needs armed men on both sides, whoever started it.

- "rioted": the paragraph tells that a crowd *rioted* (the verb): the word a report uses for a
  crowd that rose against something ("students rioted over the exam results").
- "mob_justice": lynching, vigilantes, witchcraft or sorcery accusations: a crowd punishing people it
  suspects, mob violence whoever is named as doing it.
- "protest_words": the paragraph names a demonstration or demonstrators, in any clause: a crowd's
  violence told with them is a violent demonstration, not mob violence.
- "turned_violent": a demonstration that "turned violent", "degenerated into" or "escalated into"
  something else (a prison break, clashes).
- "crowd_damage": running battles, bonfires, fires lit, burning tyres, barricades, stones thrown,
  vandalism, destroyed property, a police line or a gate broken through, a violent or rowdy protest:
  the codebook's violent or destructive acts of a demonstration.
- "armed_victims": armed men (police, soldiers, reservists), or the attackers themselves, were shot,
  killed, wounded or attacked ("two police reservists were shot dead", "two attackers were killed"):
  the attack met armed resistance, an armed clash when armed men did it.
- "fire_exchanged": the paragraph tells that both sides fired: a firefight, a shootout, a gun
  battle, fire exchanged or returned, an attack repelled ("the guards returned fire"): the attack
  met armed resistance, an armed clash when armed men did it.
- "unarmed_victims": the victims are told as unarmed, off duty or in civilian clothes ("shot an
  off-duty soldier", "the two guards were unarmed"): they could not fight back, so an attack on
  them is one-sided, an attack even when they are soldiers or police (ACLED's armed clash needs
  armed men on both sides).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .classify_words import ARMED_NOUNS, PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

MOB_JUSTICE_LEMMAS = frozenset({"lynch", "lynching", "vigilante", "witchcraft", "witch", "sorcery", "sorcerer"})
# "mob justice", "jungle justice", "popular justice": punishment by a crowd.
JUSTICE_MODIFIERS = frozenset({"mob", "jungle", "popular", "instant"})
TURN_VERBS = frozenset({"turn", "degenerate", "escalate"})
TURN_RESULTS = frozenset({"violent", "chaotic", "ugly", "into"})
DAMAGE_LEMMAS = frozenset({"bonfire", "vandalise", "vandalize", "vandalism", "vandal"})
BURNT_THINGS = frozenset({"tyre", "tire", "tyres", "tires"})
DESTRUCTION_NOUNS = frozenset({"destruction", "damage"})
# Words that name a demonstration, in any clause ("traders demonstrating against the arrests clashed
# with police", "rioters protesting the result torched kiosks").
PROTEST_WORDS = frozenset({"protest", "demonstrate", "demonstration", "demonstrator", "protester", "protestor"})
MISSILE_NOUNS = frozenset({"stone", "rock", "brick", "boulder"})
THROW_VERBS = frozenset({"throw", "hurl", "pelt", "use", "lob"})
PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "demonstration", "march"})
# Armed bodies whose members or officers are armed men ("members of the security forces").
ARMED_BODIES = frozenset({"police", "army", "military", "force", "militia", "gendarmerie", "troop", "navy"})
# Armed men as victims: the armed nouns less their places ("attacked a camp" may be a herders' camp).
ARMED_PEOPLE = ARMED_NOUNS - PLACE_NOUNS - {"checkpoint", "barrack", "basis", "bases"}
# Those who attacked: when they are killed or wounded, someone fought back.
ATTACKER_NOUNS = frozenset({"attacker", "assailant", "raider", "gunman", "militant", "bandit", "insurgent"})
# Verbs whose passive subject is the one hurt ("soldiers were ambushed", "an officer was shot").
FIREFIGHT_LEMMAS = frozenset({"firefight", "gunfight", "shootout", "shoot-out", "gunbattle", "gun-battle"})
# What a crowd breaks through or down ("broke through the police cordon", "broke down the gate").
BREACHED_THINGS = frozenset({"cordon", "line", "gate", "barrier", "fence"})
# Clothes that tell a soldier or a policeman off duty ("in civilian clothes").
CLOTHES_LEMMAS = frozenset({"clothe", "clothes", "clothing", "attire", "dress"})
HURT_VERBS = frozenset({"shoot", "kill", "injure", "wound", "attack", "ambush", "hurt", "stab", "behead"})


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _turned_violent(tok: Token) -> bool:
    """"the protest turned violent", "degenerated into clashes", "escalated into a prison break"."""
    if _lemma(tok) not in TURN_VERBS or tok.pos_ != "VERB":
        return False
    return any(_lemma(c) in TURN_RESULTS or c.lower_ in TURN_RESULTS for c in tok.children)


def _damage(tok: Token) -> bool:
    """Violent or destructive acts a demonstration's report names."""
    lemma = _lemma(tok)
    if lemma in DAMAGE_LEMMAS:
        return True
    if lemma == "battle" and any(c.lower_ == "running" for c in tok.children):
        return True
    if lemma in DESTRUCTION_NOUNS and any(
            _lemma(g) == "property" for c in tok.children if c.lower_ == "of" for g in c.children):
        return True  # "destruction of property"
    if lemma == "property" and tok.dep_ == "dobj" and _lemma(tok.head) in ("destroy", "damage"):
        return True
    if lemma in DESTRUCTION_NOUNS and any(_lemma(c) == "property" for c in tok.children if c.dep_ == "compound"):
        return True  # "property destruction"
    if lemma in ("barricade", "pelt") and tok.pos_ == "VERB":
        # "barricaded roads", "pelted the police with stones"; not the police barricading an office.
        return not _done_by_armed(tok)
    if lemma in MISSILE_NOUNS and _lemma(tok.head) in THROW_VERBS:
        return True  # "threw stones", "blocked the road using stones"
    if lemma in ("violently", "violent") and _lemma(tok.head) in PROTEST_LEMMAS:
        return True  # "were violently protesting"
    if lemma in ("rowdy", "riotous"):
        return True  # "a rowdy crowd", "the protest had become rowdy"
    if lemma == "fire" and tok.dep_ == "dobj" and _lemma(tok.head) == "light":
        return not _done_by_armed(tok.head)  # "protesters lit fires on the road"
    if tok.lower_ == "fires" and any(_lemma(c) == "light" for c in tok.children):
        return True  # the same, "lit" or "light" misread as an adjective
    if lemma in BREACHED_THINGS and (_lemma(tok.head) == "break" or _lemma(tok.head.head) == "break"):
        return not _done_by_armed(tok.head if _lemma(tok.head) == "break" else tok.head.head)  # "broke a police line"
    return tok.lower_ in BURNT_THINGS and any(_lemma(c) in ("burn", "burning") for c in tok.children) or (
        tok.lower_ in BURNT_THINGS and _lemma(tok.head) in ("burn", "light", "set"))


def _fire_exchanged(tok: Token) -> bool:
    """"firefight", "shootout", "gun battle", "exchanged fire", "an exchange of fire", "returned
    fire", "repelled" / "repulsed": both sides fired."""
    lemma = _lemma(tok)
    if lemma in FIREFIGHT_LEMMAS or (lemma in ("repel", "repulse") and tok.pos_ == "VERB"):
        return True
    if lemma in ("battle", "fight") and any(_lemma(c) in ("gun", "fire") for c in tok.children if c.dep_ == "compound"):
        return True
    if lemma in ("fire", "gunfire") and _lemma(tok.head) in ("exchange", "return") and tok.dep_ == "dobj":
        return True
    return lemma in ("fire", "gunfire") and tok.dep_ == "pobj" and _lemma(tok.head) == "of" and _lemma(
        tok.head.head) == "exchange"


def _unarmed(tok: Token) -> bool:
    """"unarmed", "off-duty" / "off duty", "in civilian (plain) clothes": someone who could not fight."""
    if tok.lower_ in ("unarmed", "off-duty"):
        return True
    if tok.lower_ == "duty" and any(t.lower_ == "off" for t in tok.doc[max(tok.i - 2, 0):tok.i]):
        return True
    return _lemma(tok) in CLOTHES_LEMMAS and any(_lemma(c) in ("civilian", "plain") for c in tok.children)


def _hurt_passive(tok: Token) -> bool:
    """`tok` names the one hurt by a verb of hurting: its passive subject ("two soldiers were
    killed"), the subject of a bare participle ("four police and a reservist killed"), or a noun a
    participle hangs on ("three attackers killed in the exchange"); or is coordinated with one."""
    head = tok.head
    if tok.dep_ == "conj" and head.i != tok.i:
        return _hurt_passive(head)
    # Not "have wounded", nor a misread past tense with an object ("shot and injured a man").
    verbs = [head, *(c for c in head.children if c.dep_ == "conj")]
    bare = not any(c.dep_ in ("aux", "dobj", "agent") for v in verbs for c in v.children)
    participle = tok.dep_ == "nsubj" and head.tag_ == "VBN" and bare
    if _lemma(head) in HURT_VERBS and (tok.dep_ == "nsubjpass" or participle):
        return True
    if tok.dep_ == "nsubj" and _lemma(head) in ("die", "perish"):
        return True  # "three officers died after militants ambushed their vehicle"
    if tok.dep_ == "nsubj" and _lemma(head) == "be" and any(
            c.dep_ == "acomp" and (_lemma(c) in HURT_VERBS or c.lower_ == "dead") for c in head.children):
        return True  # "was non-fatally shot", "were on Monday shot dead": a passive misread
    if tok.dep_ == "nsubj" and _lemma(head) in ("kill", "injure", "wound") and not any(
            c.dep_ in ("dobj", "agent", "ccomp", "xcomp") for c in head.children):
        return True  # a headline's participle read as a past tense: "four police killed"
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in HURT_VERBS for c in tok.children)


def _done_by_armed(tok: Token) -> bool:
    """The subject of `tok`, or of the verb it tells the manner of ("intervened by barricading"),
    is armed men ("police", "security forces")."""
    for verb in (tok, tok.head, tok.head.head):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return any(_lemma(c) in ARMED_NOUNS or c.lower_ in ARMED_NOUNS for c in subjects)
    return False


def _armed_victim(tok: Token) -> bool:
    """Armed men, or the attackers themselves, told as hurt ("two soldiers were killed", "two
    attackers were shot dead"): someone fought back."""
    if tok.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return False
    counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if tok.dep_ == "dobj" and _lemma(tok.head) in HURT_VERBS:
        # Armed men, or the attackers, as the object: "killed two soldiers", "police opened fire,
        # killing two of the attackers".
        return any(_lemma(t) in ARMED_PEOPLE | ATTACKER_NOUNS or t.lower_ in ARMED_PEOPLE for t in [tok, *counted])
    if not _hurt_passive(tok):
        return False
    if any(_lemma(t) in ARMED_PEOPLE | ATTACKER_NOUNS or t.lower_ in ARMED_PEOPLE for t in [tok, *counted]):
        return True  # ("two of the attackers were killed")
    # "a police officer", "two police reservists", "members of the security forces": the armed word is below.
    return _lemma(tok) in ("member", "officer") and any(
        _lemma(c) in ARMED_BODIES for c in tok.subtree if c.i != tok.i)


def paragraph_cues(sentence: Iterable[Token], context: Iterable[Token] = ()) -> frozenset[str]:
    """The cues (see the module's docstring) that the event's sentence and the rest of its
    paragraph give. """
    out: set[str] = set()
    own = list(sentence)
    for tok in [*own, *context]:
        lemma = _lemma(tok)
        if lemma == "riot" and tok.pos_ == "VERB" and (tok.tag_ in ("VBD", "VBZ", "VBP") or (
                tok.tag_ == "VBG" and any(c.dep_ == "aux" for c in tok.children))):
            # (A finite verb: "rioted", "were rioting"; not "rioting youth" nor "began to riot".)
            out.add("rioted")
        if lemma in MOB_JUSTICE_LEMMAS or lemma.startswith("lynch") or (
                lemma == "justice" and any(_lemma(c) in JUSTICE_MODIFIERS for c in tok.children)):
            out.add("mob_justice")
        if lemma in PROTEST_WORDS:
            out.add("protest_words")
        if _turned_violent(tok):
            out.add("turned_violent")
        if _damage(tok):
            out.add("crowd_damage")
        if _unarmed(tok):
            out.add("unarmed_victims")
        if _fire_exchanged(tok):
            out.add("fire_exchanged")
    if any(_armed_victim(tok) for tok in [*own, *context]):
        out.add("armed_victims")
    return frozenset(out)
