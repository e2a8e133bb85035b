"""How the model's label and the rules' label become one: the single decision that both the
pipeline (`classify.classify_with`) and the leave-one-country-out benchmark (`bench/loco_eval.py`)
make, so that the benchmark scores what `flashpoint eval --model` scores.

- Statements outside ACLED's scope (the rules' `Other`: threats, accusations, sanctions) stay so.
- Sub-types read off the weapon named (`WEAPON_SETTLED`) stay so, as does mob violence the words
  tell as popular justice, and a violent demonstration the rules found is not made a peaceful protest.
- The model's label replaces the rules' only when it is `margin` more probable (`LinearModel.choose`).
- A pair of labels the rules tell apart from the parse (`keep`: arrests against a demonstration's
  arrests) is left to the rules whatever the model says.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .linear import LinearModel

OUT_OF_SCOPE = "Other"
# Sub-types read off the weapon the text names (a suicide bomber, an aircraft or a drone, a
# grenade): the words around it cannot make it another act. Left to the model, the leave-one-country-
# out benchmark lost 8 suicide bombings, 12 air strikes and 3 grenades for 10 it put right.
WEAPON_SETTLED = frozenset({"Suicide bomb", "Air/drone strike", "Grenade"})
# Popular justice the words name (lynching, vigilantes, witchcraft: `classify_cues`) is mob violence
# whatever else the note's words suggest.
MOB = "Mob violence"
MOB_JUSTICE = "cue:mob_justice"
# A demonstration the rules found violent (barricades, stones, fires, a riot told) is not made
# peaceful by the words around it: the model's peaceful protest is the absence of such words.
VIOLENT = "Violent demonstration"
PEACEFUL = "Peaceful protest"


def rule_label(features: Sequence[str]) -> str:
    """The rules' label ("Battles|Armed clash", "Other|") as written in an event's features by
    `features.rule_features` (`type:` and `rule:`); "" when the features carry none."""
    event_type = next((f[5:] for f in features if f.startswith("type:")), None)
    rule = next((f[5:] for f in features if f.startswith("rule:")), None)
    if event_type is None or rule is None:
        return ""
    return f"{event_type}|{'' if rule == event_type else rule}"


def choose_label(model: LinearModel, features: Sequence[str], rule: str, keep: Collection[str] = ()) -> str:
    """The final label of an event whose rules' label is `rule`, given `model`'s view of `features`."""
    scope, _, rule_sub = rule.partition("|")
    if scope == OUT_OF_SCOPE or rule_sub in WEAPON_SETTLED or (rule_sub == MOB and MOB_JUSTICE in features):
        return rule
    label = model.choose(features, rule)
    label_sub = label.partition("|")[2]
    if (rule_sub == VIOLENT and label_sub == PEACEFUL) or {rule_sub, label_sub} == set(keep):
        return rule
    return label
