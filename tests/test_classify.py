"""The rule classifier over hand-built facts, and the taxonomy the model's labels map to."""

from __future__ import annotations

import pytest

from flashpoint.classify import TAXONOMY, Classification, Facts, classify, classify_with, from_label, label_of


def facts(main: str, **kw) -> Facts:
    cats = kw.pop("categories", frozenset({main}))
    return Facts(categories=frozenset(cats), main=main, **kw)


@pytest.mark.parametrize(("f", "sub"), [
    (facts("protest", nearby=frozenset({"crackdown"})), "Protest with intervention"),
    (facts("protest", nearby=frozenset({"riot"})), "Violent demonstration"),
    (facts("protest"), "Peaceful protest"),
    (facts("protest", modifiers=frozenset({"violent"})), "Violent demonstration"),
    (facts("protest", categories={"protest"}, weapon_words=frozenset({"with", "burning", "tyres"})),
     "Violent demonstration"),
    (facts("protest", categories={"protest", "kill"}, actor1_kind="state_forces", lethal=True),
     "Excessive force against protesters"),
    (facts("arrest", nearby=frozenset({"protest"}), adjacent=frozenset({"protest"})), "Protest with intervention"),
    (facts("arrest", nearby=frozenset({"protest"})), "Arrests"),
    (facts("arrest", adjacent=frozenset({"protest"}), modifiers=frozenset({"have", "since"})), "Arrests"),
    (facts("arrest"), "Arrests"),
    (facts("arrest", nearby=frozenset({"riot"}), adjacent=frozenset({"riot"})), "Mob violence"),
    (facts("riot", trigger="barricaded"), "Violent demonstration"),
    (facts("attack", categories={"attack", "arrest"}, trigger="tortured"), "Attack"),
    (facts("attack", categories={"attack", "arrest"}, trigger="raided"), "Arrests"),
    (facts("arrest", adjacent=frozenset({"attack"}), nearby=frozenset({"attack"})), "Attack"),
    (facts("riot", trigger="lynched", nearby=frozenset({"kill"}), lethal=True), "Mob violence"),
    (facts("attack", actor1_kind="civilians"), "Mob violence"),
    (facts("clash", actor1_kind="rioters", actor2_kind="civilians"), "Mob violence"),
    (facts("clash", actor1_kind="civilians", actor2_kind="civilians"), "Armed clash"),
    (facts("riot", nearby=frozenset({"attack"})), "Attack"),
    (facts("territory", trigger="seized", target_nouns=frozenset({"weapons"})), "Disrupted weapons use"),
    (facts("territory", trigger="seized", target_nouns=frozenset({"livestock"})), "Looting/property destruction"),
    (facts("territory", trigger="seized", target_nouns=frozenset({"town"}), actor1_kind="rebel_group"),
     "Non-state actor overtakes territory"),
    (facts("abduct", categories={"abduct", "kill"}, lethal=True), "Attack"),
    (facts("abduct"), "Abduction/forced disappearance"),
    (facts("attack", actor1_kind="rebel_group", actor2_kind="state_forces"), "Armed clash"),
    (facts("change"), "Change to group/activity"),
    (facts("seize", target_nouns=frozenset({"cattle"})), "Looting/property destruction"),
])
def test_rules_choose_the_acled_sub_type(f: Facts, sub: str) -> None:
    assert classify(f).sub_event_type == sub


def test_taxonomy_holds_every_acled_sub_type_under_six_types() -> None:
    assert len(TAXONOMY) == 25  # ACLED's 24 named sub-types of violence and protest, plus "Other"
    assert {t for t, _, _ in TAXONOMY.values()} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
        "Strategic developments"}


def test_model_label_keeps_the_rule_coding_when_they_agree() -> None:
    rule = Classification("Battles", "Armed clash", "FIGHT", "small-arms")
    assert from_label(label_of("Battles", "Armed clash"), rule) is rule
    other = from_label(label_of("Riots", "Mob violence"), rule)
    assert (other.event_type, other.sub_event_type, other.plover_type) == ("Riots", "Mob violence", "ASSAULT")


def test_statements_stay_outside_acled_scope_whatever_the_model() -> None:
    cls, features = classify_with(None, facts("threaten"), [])
    assert cls.event_type == "Other" and "rule:Other" in features


@pytest.mark.parametrize(("f", "sub"), [
    (facts("riot", trigger="blocked the highway"), "Violent demonstration"),
    (facts("riot", trigger="set houses alight", actor1_kind="rebel_group"), "Looting/property destruction"),
    (facts("riot", categories={"riot", "kill"}, trigger="set houses alight", actor1_kind="rebel_group"), "Attack"),
    (facts("riot", trigger="rioting", nearby=frozenset({"attack"})), "Mob violence"),
    (facts("riot", trigger="burnt", actor1_kind="civilians", target_nouns=frozenset({"road", "tires"}),
           weapon_words=frozenset({"with", "burning", "tires"})), "Violent demonstration"),
    (facts("protest", nearby=frozenset({"seize"})), "Violent demonstration"),
    (facts("protest", modifiers=frozenset({"violently"})), "Violent demonstration"),
    (facts("clash", actor1_kind="state_forces", actor2_kind="civilians"), "Mob violence"),
    (facts("attack", actor1_kind="rebel_group", target_nouns=frozenset({"member"})), "Attack"),
    (facts("disrupted", trigger="found"), "Disrupted weapons use"),
    (facts("attack", actor2_kind="civilians", target_nouns=frozenset({"civilian", "checkpoint"})), "Attack"),
    (facts("attack", actor1_kind="rebel_group", nearby=frozenset({"clash"})), "Armed clash"),
    # Civilians killed in a fight the paragraph tells ("rebels fought the army; two farmers died in
    # the crossfire"): ACLED codes the fight.
    (facts("attack", actor1_kind="rebel_group", actor2_kind="civilians", nearby=frozenset({"clash"})),
     "Armed clash"),
    (facts("kill", categories={"kill", "clash"}, actor2_kind="civilians", lethal=True), "Armed clash"),
    (facts("attack", actor1_kind="rebel_group", actor2_kind="civilians", lethal=True), "Attack"),
])
def test_rules_for_blockades_burning_crowds_and_clashes(f: Facts, sub: str) -> None:
    assert classify(f).sub_event_type == sub


@pytest.mark.slow
def test_a_riot_coordinated_with_a_protest_is_nearby(pipeline) -> None:
    import datetime as dt

    from flashpoint.classify import nearby_categories
    from flashpoint.detect import find_triggers, group_triggers
    from flashpoint.records import Document

    a = pipeline.analyse(Document("t", "Students protested over fees and stoned the library.", dt.date(2024, 3, 8)))
    cands = group_triggers(a.doc, find_triggers(a.doc, pipeline.lexicon, a.cleaned), a.sentence_spans)
    protest = next(c for c in cands if "protest" in c.categories)
    assert "riot" in nearby_categories(a.doc, protest, cands, a.sentence_paragraph) | protest.categories


@pytest.mark.slow
def test_a_participle_telling_how_a_protest_went_is_nearby(pipeline) -> None:
    import datetime as dt

    from flashpoint.classify import told_in_own_right
    from flashpoint.detect import find_triggers
    from flashpoint.records import Document

    a = pipeline.analyse(Document("t", "On 8 February, residents protested against the governor, burning posters "
                                       "and lighting bonfires.", dt.date(2024, 3, 8)))
    burning = next(t for t in find_triggers(a.doc, pipeline.lexicon, a.cleaned) if t.category == "riot")
    assert told_in_own_right(a.doc, burning.root)
