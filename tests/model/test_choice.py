"""One decision for the model's label against the rules' (pipeline and leave-one-country-out)."""

from __future__ import annotations

from flashpoint.classify import STRUCTURAL_PAIR
from flashpoint.model import LinearModel
from flashpoint.model.choice import choose_label, rule_label

PEACEFUL = "Protests|Peaceful protest"
VIOLENT = "Riots|Violent demonstration"
EXAMPLES = [
    (["w:march", "w:teacher"], PEACEFUL),
    (["w:march", "w:student"], PEACEFUL),
    (["w:tyre", "w:burn"], VIOLENT),
    (["w:stone", "w:burn"], VIOLENT),
    (["w:arrest", "w:march"], "Protests|Protest with intervention"),
    (["w:arrest", "w:suspect"], "Strategic developments|Arrests"),
]


def test_rule_label_is_read_back_from_the_rule_features() -> None:
    assert rule_label(["bias", "rule:Peaceful protest", "type:Protests"]) == PEACEFUL
    assert rule_label(["rule:Other", "type:Other"]) == "Other|"
    assert rule_label(["rule:Other", "type:Strategic developments"]) == "Strategic developments|Other"
    assert rule_label(["bias", "rule:none", "w:march"]) == ""


def test_model_label_wins_only_by_the_margin() -> None:
    model = LinearModel.train(EXAMPLES, epochs=30)
    sure = ["w:tyre", "w:burn", "w:stone"]
    assert choose_label(model, sure, PEACEFUL) == VIOLENT
    strict = LinearModel(model.labels, model.weights, margin=1.0)
    assert choose_label(strict, sure, PEACEFUL) == PEACEFUL


def test_statements_and_the_structural_pair_stay_with_the_rules() -> None:
    model = LinearModel.train(EXAMPLES, epochs=30)
    assert choose_label(model, ["w:tyre", "w:burn"], "Other|") == "Other|"
    arrests = ["w:arrest", "w:suspect"]
    assert model.predict(arrests)[0] == "Strategic developments|Arrests"
    assert choose_label(model, arrests, "Protests|Protest with intervention", STRUCTURAL_PAIR) == (
        "Protests|Protest with intervention")
    assert choose_label(model, arrests, "Protests|Protest with intervention") == "Strategic developments|Arrests"


def test_weapon_sub_types_popular_justice_and_violent_crowds_stay_with_the_rules() -> None:
    model = LinearModel.train(EXAMPLES, epochs=30)
    calm = ["w:march", "w:teacher"]
    assert model.predict(calm)[0] == PEACEFUL
    # a suicide bombing, an air strike, a grenade: read off the weapon named
    for sub in ("Suicide bomb", "Air/drone strike", "Grenade"):
        rule = f"Explosions/Remote violence|{sub}"
        assert choose_label(model, calm, rule) == rule
    # a violent demonstration the rules found is not made peaceful by the words
    assert choose_label(model, calm, VIOLENT) == VIOLENT
    # popular justice told by its words stays mob violence
    mob = "Riots|Mob violence"
    assert choose_label(model, [*calm, "cue:mob_justice"], mob) == mob
    assert choose_label(model, calm, mob) == PEACEFUL
