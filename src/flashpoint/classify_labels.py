"""ACLED's sub-event types as the model's labels ("Battles|Armed clash") and back; `classify`
re-exports these names."""

from __future__ import annotations

from .classify_facts import B, Classification, E, P, R, S, V

# ACLED's 25 sub-event types (and its "Other" strategic development) under their 6 event types,
# with the PLOVER type and mode a sub-type stands for when the model, not a rule, chose it.
TAXONOMY: dict[str, tuple[str, str, str | None]] = {
    "Government regains territory": (B, "FIGHT", "occupy"),
    "Non-state actor overtakes territory": (B, "FIGHT", "occupy"),
    "Armed clash": (B, "FIGHT", "small-arms"),
    "Excessive force against protesters": (P, "ASSAULT", "firearms"),
    "Protest with intervention": (P, "COERCE", "repression"),
    "Peaceful protest": (P, "PROTEST", "demonstrate"),
    "Violent demonstration": (R, "PROTEST", "riot"),
    "Mob violence": (R, "ASSAULT", "primitive-weapons"),
    "Chemical weapon": (E, "ASSAULT", "cbrn"),
    "Air/drone strike": (E, "FIGHT", "aerial"),
    "Suicide bomb": (E, "ASSAULT", "explosives"),
    "Shelling/artillery/missile attack": (E, "FIGHT", "artillery"),
    "Remote explosive/landmine/IED": (E, "ASSAULT", "explosives"),
    "Grenade": (E, "ASSAULT", "explosives"),
    "Sexual violence": (V, "ASSAULT", "sexual"),
    "Attack": (V, "ASSAULT", "firearms"),
    "Abduction/forced disappearance": (V, "ASSAULT", "abduct"),
    "Agreement": (S, "AGREE", None),
    "Arrests": (S, "COERCE", "arrest"),
    "Change to group/activity": (S, "MOBILIZE", None),
    "Disrupted weapons use": (S, "FIGHT", "intercept"),
    "Headquarters or base established": (S, "MOBILIZE", None),
    "Looting/property destruction": (S, "COERCE", "destroy"),
    "Non-violent transfer of territory": (S, "RETREAT", None),
    "Other": (S, "MOBILIZE", None),
}


def label_of(event_type: str, sub_event_type: str | None) -> str:
    """The model's label for an ACLED type and sub-type: "Battles|Armed clash"."""
    return f"{event_type}|{sub_event_type or ''}"


def from_label(label: str, rule: Classification) -> Classification:
    """The classification a model label stands for; the rule's PLOVER coding is kept when the
    model agrees with the rule's sub-type, since the rule saw the weapon and the act."""
    event_type, _, sub = label.partition("|")
    if sub == (rule.sub_event_type or "") and event_type == rule.event_type:
        return rule
    _, plover, mode = TAXONOMY.get(sub, (event_type, "MOBILIZE", None))
    return Classification(event_type, sub or None, plover, mode)
