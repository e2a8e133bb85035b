"""How the model's label and the rules' label become one: the single decision that both the
pipeline (`classify.classify_with`) and the leave-one-country-out benchmark (`bench/loco_eval.py`)
make, so that the benchmark scores what `flashpoint eval --model` scores.

- Statements outside ACLED's scope (the rules' `Other`: threats, accusations, sanctions) stay so.
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
    if rule.partition("|")[0] == OUT_OF_SCOPE:
        return rule
    label = model.choose(features, rule)
    if {rule.partition("|")[2], label.partition("|")[2]} == set(keep):
        return rule
    return label
