"""ACLED event type and sub-type, and a PLOVER type and mode, for a candidate event.

The trigger family says what kind of act it was; who did it to whom decides among ACLED's
neighbouring classes: an attack on armed men is an armed clash, on unarmed people an attack on
civilians, on protesters excessive force; arrests during a demonstration belong to it.
"""

from __future__ import annotations

from dataclasses import dataclass

ARMED_KINDS = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia",
                         "external_forces"})
STATE_KINDS = frozenset({"state_forces", "government"})
CROWD = frozenset({"protesters", "rioters", "civilians"})
# Weapons named as the doer or the instrument of an attack ("jets struck", "attacked with drones").
AIR_WORDS = frozenset({"aircraft", "jet", "jets", "warplane", "warplanes", "drone", "drones", "helicopter",
                       "helicopters", "gunship", "gunships", "bomber", "bombers", "airstrike", "air force",
                       "plane", "planes", "uav", "uavs"})
SHELL_WORDS = frozenset({"rocket", "rockets", "missile", "missiles", "mortar", "mortars", "artillery", "shell",
                         "shells", "howitzer", "howitzers", "tank", "tanks"})
ARMED_NOUNS = frozenset({
    "soldier", "troop", "army", "military", "police", "policeman", "officer", "force", "militant", "fighter",
    "rebel", "insurgent", "militia", "militiaman", "guard", "jihadist", "gunman", "base", "checkpoint",
    "position", "outpost", "barrack", "convoy", "patrol", "post", "camp", "unit", "commander", "personnel",
    "member", "combatant", "mercenary", "contractor", "garrison", "battalion", "brigade", "regiment",
    "basis", "bases", "troops", "soldiers", "forces",
})
PROTEST_NOUNS = frozenset({"protester", "protestor", "demonstrator", "protest", "demonstration", "rally",
                           "march", "marcher", "uprising", "crowd", "sit-in", "strike", "striker"})


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


E = "Explosions/Remote violence"
B = "Battles"
V = "Violence against civilians"
P = "Protests"
R = "Riots"
S = "Strategic developments"

_FIXED = {
    "air": (E, "Air/drone strike", "FIGHT", "aerial"),
    "shelling": (E, "Shelling/artillery/missile attack", "FIGHT", "artillery"),
    "ied": (E, "Remote explosive/landmine/IED", "ASSAULT", "explosives"),
    "suicide": (E, "Suicide bomb", "ASSAULT", "explosives"),
    "grenade": (E, "Grenade", "ASSAULT", "explosives"),
    "chemical": (E, "Chemical weapon", "ASSAULT", "cbrn"),
    "clash": (B, "Armed clash", "FIGHT", "small-arms"),
    "abduct": (V, "Abduction/forced disappearance", "ASSAULT", "abduct"),
    "sexual": (V, "Sexual violence", "ASSAULT", "sexual"),
    "agreement": (S, "Agreement", "AGREE", None),
    "disrupted": (S, "Disrupted weapons use", "FIGHT", "intercept"),
    "destroy": (S, "Looting/property destruction", "COERCE", "destroy"),
    "base": (S, "Headquarters or base established", "MOBILIZE", None),
    "withdraw": (S, "Non-violent transfer of territory", "RETREAT", None),
    "threaten": ("Other", None, "THREATEN", None),
    "accuse": ("Other", None, "ACCUSE", None),
    "sanction": ("Other", None, "SANCTION", None),
}


def _armed_target(f: Facts) -> bool:
    return f.actor2_kind in ARMED_KINDS or bool(f.target_nouns & ARMED_NOUNS)


def _protest_target(f: Facts) -> bool:
    return f.actor2_kind == "protesters" or bool(f.target_nouns & PROTEST_NOUNS)


def classify(f: Facts) -> Classification:
    """The ACLED type and sub-type of a candidate described by `f`."""
    main = f.main
    cats = f.categories
    if main in ("attack", "kill", "ied", "clash") and f.weapon_words & AIR_WORDS:
        return Classification(*_FIXED["air"])
    if main in ("attack", "kill", "clash") and f.weapon_words & SHELL_WORDS:
        return Classification(*_FIXED["shelling"])
    if main in _FIXED:
        return Classification(*_FIXED[main])
    if main == "territory":
        if f.actor1_kind in STATE_KINDS:
            return Classification(B, "Government regains territory", "FIGHT", "occupy")
        return Classification(B, "Non-state actor overtakes territory", "FIGHT", "occupy")
    if main == "protest":
        if cats & {"attack", "kill", "injure", "crackdown"}:
            if f.actor1_kind in ("protesters", "rioters"):
                return Classification(R, "Violent demonstration", "PROTEST", "riot")
            if f.lethal or cats & {"attack", "kill", "injure"}:
                return Classification(P, "Excessive force against protesters", "ASSAULT", "firearms")
            return Classification(P, "Protest with intervention", "COERCE", "repression")
        if "arrest" in cats:
            return Classification(P, "Protest with intervention", "PROTEST", "demonstrate")
        return Classification(P, "Peaceful protest", "PROTEST", "demonstrate")
    if main == "riot":
        if f.actor1_kind in ARMED_KINDS - {"identity_militia"}:
            return Classification(S, "Looting/property destruction", "COERCE", "seize")
        if f.protest_context or f.actor1_kind in ("protesters", "rioters") and f.actor1_kind != "rioters":
            return Classification(R, "Violent demonstration", "PROTEST", "riot")
        return Classification(R, "Mob violence", "ASSAULT", "primitive-weapons")
    if main == "crackdown":
        if f.lethal or cats & {"attack", "kill", "injure"}:
            return Classification(P, "Excessive force against protesters", "ASSAULT", "firearms")
        return Classification(P, "Protest with intervention", "COERCE", "repression")
    if main == "arrest":
        if "protest" in cats:
            return Classification(P, "Protest with intervention", "COERCE", "arrest")
        return Classification(S, "Arrests", "COERCE", "arrest")
    if main == "clash" and (f.actor1_kind in CROWD or f.actor2_kind in CROWD):
        # Armed men against a crowd is a riot, not a battle.
        return Classification(R, "Violent demonstration", "PROTEST", "riot")
    if "arrest" in cats and not f.lethal and "kill" not in cats:
        return Classification(S, "Arrests", "COERCE", "arrest")
    # attack, kill, injure: who was on the receiving end decides.
    if _protest_target(f) or f.protest_context:
        if f.actor1_kind in ("protesters", "rioters"):
            return Classification(R, "Violent demonstration", "PROTEST", "riot")
        if f.actor1_kind in STATE_KINDS or f.actor1_kind is None:
            return Classification(P, "Excessive force against protesters", "ASSAULT", "firearms")
        return Classification(V, "Attack", "ASSAULT", "firearms")
    if f.actor1_kind in ("rioters", "protesters"):
        return Classification(R, "Mob violence" if f.actor1_kind == "rioters" else "Violent demonstration",
                              "ASSAULT", "primitive-weapons")
    if _armed_target(f) and (f.actor1_kind is None or f.actor1_kind in ARMED_KINDS):
        return Classification(B, "Armed clash", "FIGHT", "small-arms")
    return Classification(V, "Attack", "ASSAULT", "firearms")
