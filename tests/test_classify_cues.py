"""Cues the paragraph's words give the crowd and fight rules (`classify_cues`): a crowd that rioted
demonstrated violently unless civilians were its victims; lynchings, vigilantes and witchcraft
accusations are mob violence; a demonstration that turned violent, or whose crowd barricaded roads
or threw stones, is a violent demonstration; armed men or attackers told as killed make an attack
an armed clash (sentences written for these tests; rules over hand-built facts, cues through the parse)."""

from __future__ import annotations

import pytest

from flashpoint.classify import Facts, classify
from flashpoint.classify_cues import paragraph_cues


def facts(main: str, **kw) -> Facts:
    cats = kw.pop("categories", frozenset({main}))
    return Facts(categories=frozenset(cats), main=main, **kw)


@pytest.mark.parametrize(("f", "sub"), [
    # a crowd that rioted, no civilians its victims: a violent demonstration
    (facts("riot", trigger="burned", actor1_kind="rioters", cues=frozenset({"rioted"})), "Violent demonstration"),
    (facts("riot", trigger="burned", actor1_kind="rioters"), "Mob violence"),
    # ... but a home burnt, or civilians beaten: mob violence
    (facts("riot", trigger="burned", actor1_kind="rioters", target_nouns=frozenset({"house"}),
           cues=frozenset({"rioted"})), "Mob violence"),
    (facts("riot", trigger="beat", actor1_kind="rioters", actor2_kind="civilians", cues=frozenset({"rioted"})),
     "Mob violence"),
    # popular justice, whoever the actor finder named
    (facts("kill", trigger="killed", lethal=True, cues=frozenset({"mob_justice"})), "Mob violence"),
    (facts("kill", trigger="killed", actor1_kind="identity_militia", lethal=True, cues=frozenset({"mob_justice"})),
     "Mob violence"),
    (facts("kill", trigger="killed", actor1_kind="state_forces", lethal=True, cues=frozenset({"mob_justice"})),
     "Attack"),
    # a demonstration whose paragraph tells violence
    (facts("protest", trigger="demonstrated", actor1_kind="civilians", protest_context=True,
           cues=frozenset({"turned_violent"})), "Violent demonstration"),
    (facts("protest", trigger="demonstrated", actor1_kind="civilians", protest_context=True,
           cues=frozenset({"crowd_damage"})), "Violent demonstration"),
    (facts("protest", trigger="demonstrated", actor1_kind="civilians", protest_context=True), "Peaceful protest"),
    (facts("crackdown", trigger="dispersed", actor1_kind="state_forces", cues=frozenset({"crowd_damage"})),
     "Violent demonstration"),
    # armed men hurt: the attack met armed resistance
    (facts("attack", trigger="attacked", actor1_kind="rebel_group", cues=frozenset({"armed_victims"})),
     "Armed clash"),
    (facts("attack", trigger="attacked", actor1_kind="rebel_group"), "Attack"),
])
def test_cues_decide_crowd_and_fight_classes(f: Facts, sub: str) -> None:
    assert classify(f).sub_event_type == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cue"), [
    ("Pupils at a boarding school rioted after the head teacher cancelled their sports day.", "rioted"),
    ("Traders were rioting outside the county offices over new market fees.", "rioted"),
    ("A crowd lynched a man accused of stealing a goat.", "mob_justice"),
    ("An elderly woman was beaten to death over claims of witchcraft.", "mob_justice"),
    ("The march to the ministry turned violent in the afternoon.", "turned_violent"),
    ("The sit-in degenerated into running battles with the police.", "crowd_damage"),
    ("Residents demonstrated over water shortages. They barricaded the main road.", "crowd_damage"),
    ("Police dispersed the traders, who responded by throwing stones.", "crowd_damage"),
    ("Demonstrators burned tyres on the highway.", "crowd_damage"),
    ("Police used tear gas after the sit-in became rowdy.", "crowd_damage"),
    ("Nurses lit fires on the highway to protest unpaid salaries.", "crowd_damage"),
    ("The marchers broke through a police cordon outside parliament.", "crowd_damage"),
    ("Two police reservists were shot dead when bandits raided the village.", "armed_victims"),
    ("Militants stormed a town. Three soldiers and a guard killed, two missing.", "armed_victims"),
    ("Gunmen attacked a farm at night. Two of the attackers were killed.", "armed_victims"),
    ("Three police officers have died after militants ambushed their vehicle on a highway.", "armed_victims"),
    ("A soldier was non-fatally shot by bandits.", "armed_victims"),
    ("Two soldiers were on Sunday evening shot dead by gunmen at a market.", "armed_victims"),
])
def test_cues_read_off_the_parse(pipeline, text: str, cue: str) -> None:
    doc = pipeline.nlp(text)
    assert cue in paragraph_cues(doc)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cue"), [
    ("Rioting youths smashed the windows of a bus.", "rioted"),  # a participle, no finite verb
    ("Gunmen attacked a farm at night and killed two herders.", "armed_victims"),  # civilians killed
    ("Police shot at the crowd and killed a boy.", "armed_victims"),
    ("Two farmers died when gunmen opened fire on them.", "armed_victims"),
    ("The soldiers were happy with the pay rise.", "armed_victims"),
    ("Teachers marched peacefully to the ministry.", "crowd_damage"),
    ("Soldiers lit fires to keep warm at the camp.", "crowd_damage"),
    ("Police broke down the door of the house.", "crowd_damage"),
])
def test_cues_not_read_where_absent(pipeline, text: str, cue: str) -> None:
    doc = pipeline.nlp(text)
    assert cue not in paragraph_cues(doc)


def test_crowd_violence_told_with_demonstrators_is_a_violent_demonstration() -> None:
    crowd = facts("riot", trigger="torched", actor1_kind="rioters", cues=frozenset({"protest_words"}))
    assert classify(crowd).sub_event_type == "Violent demonstration"
    lynching = facts("riot", trigger="lynched", actor1_kind="rioters", cues=frozenset({"protest_words", "mob_justice"}))
    assert classify(lynching).sub_event_type == "Mob violence"


@pytest.mark.slow
def test_demonstrators_named_in_a_participle_clause(pipeline) -> None:
    doc = pipeline.nlp("Hawkers protesting the demolition of their stalls clashed with council guards.")
    assert "protest_words" in paragraph_cues(doc)


@pytest.mark.slow
def test_attackers_shot_by_those_they_attacked(pipeline) -> None:
    doc = pipeline.nlp("Men with machetes raided a market before guards opened fire, killing two of the attackers.")
    assert "armed_victims" in paragraph_cues(doc)
    doc = pipeline.nlp("Militants opened fire on a boat carrying troops and killed two soldiers.")
    assert "armed_victims" in paragraph_cues(doc)
    doc = pipeline.nlp("Soldiers raided a forest camp and killed two herders.")
    assert "armed_victims" not in paragraph_cues(doc)


@pytest.mark.slow
def test_police_barricading_is_no_crowd_damage(pipeline) -> None:
    doc = pipeline.nlp("Clerks staged a sit-in over unpaid wages; the police intervened by barricading the office.")
    assert "crowd_damage" not in paragraph_cues(doc)


def test_captives_tortured_or_executed_are_attacked() -> None:
    for trigger in ("tortured", "executed"):
        f = facts("kill", trigger=trigger, actor1_kind="rebel_group", actor2_kind="state_forces", lethal=True)
        assert classify(f).sub_event_type == "Attack"


def test_rival_followers_fighting_are_mob_violence_even_at_a_rally() -> None:
    from flashpoint.classify_sides import rival_crowds

    assert rival_crowds(frozenset({"supporter"}))
    assert not rival_crowds(frozenset({"supporter", "police"}))
    assert not rival_crowds(frozenset({"protester", "supporter"}))
    rally = facts("clash", trigger="clashed", actor1_kind="protesters", protest_context=True,
                  cues=frozenset({"rival_crowds"}))
    assert classify(rally).sub_event_type == "Mob violence"
    armed = facts("clash", trigger="clashed", actor1_kind="rebel_group", cues=frozenset({"rival_crowds"}))
    assert classify(armed).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_rival_supporters_at_a_rally(pipeline, events_of) -> None:
    found = {e.sub_event_type for e in events_of(
        pipeline, "Supporters of two rival aspirants clashed during a campaign rally in a market town, injuring four.",
        "2023-05-10")}
    assert found == {"Mob violence"}, found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen have seriously wounded an elderly rancher at her farm.",
    "Unknown assailants shot and seriously injured a radio presenter outside his gate.",
    "Raiders attacked employees of a mining company; one member of the company staff was beheaded.",
])
def test_civilians_hurt_are_no_armed_victims(pipeline, text: str) -> None:
    assert "armed_victims" not in paragraph_cues(pipeline.nlp(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Members of two parties clashed during a party convention in the capital.",
    "Legislators clashed in the county assembly over a disputed budget.",
])
def test_politicians_who_fight_are_rioters(pipeline, events_of, text: str) -> None:
    found = {e.sub_event_type for e in events_of(pipeline, text, "2023-05-10")}
    assert found == {"Mob violence"}, found


@pytest.mark.slow
def test_a_camp_attacked_is_no_armed_victim(pipeline) -> None:
    assert "armed_victims" not in paragraph_cues(pipeline.nlp("Gunmen attacked a herders' camp near the river."))


def test_unarmed_victims_make_an_attack_on_soldiers_one_sided() -> None:
    hurt = facts("kill", trigger="shot", actor1_kind="state_forces", actor2_kind="state_forces", lethal=True,
                 cues=frozenset({"armed_victims"}))
    assert classify(hurt).sub_event_type == "Armed clash"
    unarmed = facts("kill", trigger="shot", actor1_kind="state_forces", actor2_kind="state_forces", lethal=True,
                    cues=frozenset({"armed_victims", "unarmed_victims"}))
    assert classify(unarmed).sub_event_type == "Attack"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "found"), [
    ("A sergeant shot dead an off-duty policeman outside a bar.", True),
    ("Gunmen beat an off duty officer on his way home.", True),
    ("Militants ambushed two rangers on a bridge. Both men were unarmed.", True),
    ("A soldier in civilian clothes was stabbed at the market.", True),
    ("Militants ambushed two rangers on a bridge, killing both.", False),
    ("The officer was on duty at the gate when gunmen opened fire.", False),
])
def test_unarmed_victims_read_off_the_parse(pipeline, text: str, found: bool) -> None:
    assert ("unarmed_victims" in paragraph_cues(pipeline.nlp(text))) is found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "found"), [
    ("Bandits raided a village and the guards returned fire.", True),
    ("Gunmen attacked a town; the attack was repulsed by soldiers.", True),
    ("Militants and troops exchanged fire for an hour.", True),
    ("After an exchange of fire, the attackers fled.", True),
    ("Two herders died in a gun battle at a water point.", True),
    ("Police opened fire on the crowd.", False),
    ("Gunmen set fire to three houses.", False),
])
def test_fire_exchanged_read_off_the_parse(pipeline, text: str, found: bool) -> None:
    assert ("fire_exchanged" in paragraph_cues(pipeline.nlp(text))) is found


def test_fire_exchanged_makes_an_attack_an_armed_clash() -> None:
    told = facts("attack", trigger="attacked", actor1_kind="political_militia", cues=frozenset({"fire_exchanged"}))
    assert classify(told).sub_event_type == "Armed clash"
    on_civilians = facts("attack", trigger="attacked", actor1_kind="political_militia", actor2_kind="civilians",
                         cues=frozenset({"fire_exchanged"}))
    assert classify(on_civilians).sub_event_type == "Attack"
