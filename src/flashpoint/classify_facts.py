"""The facts the classification rules (`classify.py`) read about a candidate event, their answer,
and ACLED's six event types; `classify` re-exports these names."""

from __future__ import annotations

from dataclasses import dataclass

E = "Explosions/Remote violence"
B = "Battles"
V = "Violence against civilians"
P = "Protests"
R = "Riots"
S = "Strategic developments"


@dataclass(frozen=True, slots=True)
class Classification:
    event_type: str
    sub_event_type: str | None
    plover_type: str
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class Facts:
    """What the classifier needs to know of a candidate besides its triggers."""

    categories: frozenset[str]
    main: str
    actor1_kind: str | None = None
    actor2_kind: str | None = None
    target_nouns: frozenset[str] = frozenset()
    """Lemmas of the target's and the victims' head nouns ("soldier", "protester")."""
    lethal: bool = False
    """Someone was killed or injured."""
    protest_context: bool = False
    """A demonstration is the setting: a protest trigger or protesters in the same clause."""
    weapon_words: frozenset[str] = frozenset()
    nearby: frozenset[str] = frozenset()
    """Trigger families of the other candidates in the same paragraph: a demonstration told in one
    sentence and the arrests or the stone-throwing in the next are one ACLED event."""
    trigger: str = ""
    """The main trigger's words, lower case ("seized", "took control")."""
    modifiers: frozenset[str] = frozenset()
    """Adjectives, adverbs, auxiliaries and prepositions on the triggers ("peaceful", "have", "since")."""
    embedded: frozenset[str] = frozenset()
    """Trigger families of other candidates told inside this one's clause, whatever their clause
    ("dispersed youths *who had barricaded* the road"): what the crowd the police dispersed did."""
    actor1_head: str = ""
    """The head noun of actor1's words, lower case ("supporters" in "supporters of the MP")."""
    adjacent: frozenset[str] = frozenset()
    """`nearby` narrowed to the sentences just before and after: arrests told next to a demonstration
    belong to it; arrests told further on in a news paragraph are often a later round-up."""
    sides: frozenset[str] = frozenset()
    """Lemmas of the words naming the sides of a fight, or the doers of an attack, read off the parse
    when the actor finder named none ("two rival groups clashed": "rival"; `classify_sides`)."""
    cues: frozenset[str] = frozenset()
    """What the words of the paragraph tell of a crowd or a fight ("rioted", "mob_justice",
    "turned_violent", "crowd_damage", "armed_victims", "unarmed_victims", "fire_exchanged",
    "protest_words"; `classify_cues`; "rival_crowds", `classify_sides.rival_crowds`)."""
