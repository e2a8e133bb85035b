"""Denied acts, relative clauses that tell how a demonstration went, interceptions of people rather
than weapons, and violence in custody told later in the paragraph. Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.classify import Facts, classify

pytestmark = pytest.mark.slow


def _asserted(pipeline, events_of, text):
    return [e for e in events_of(pipeline, text, "2021-06-10") if e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, opposition supporters protested in Mombasa. There were no clashes with the police.",
    "Reports of opposition protests in Mombasa on 3 May 2021. No reports of violence or clashes with police.",
])
def test_denied_clashes_leave_a_protest_peaceful(pipeline, events_of, text):
    subs = {e.sub_event_type for e in _asserted(pipeline, events_of, text)}
    assert "Peaceful protest" in subs and "Violent demonstration" not in subs, subs


def test_a_protest_that_led_to_a_riot_is_a_violent_demonstration(pipeline, events_of):
    text = "On 3 May 2021, dozens of students held a protest that led to a riot in Maros."
    events = _asserted(pipeline, events_of, text)
    assert {e.sub_event_type for e in events} == {"Violent demonstration"}


def test_a_protest_that_turned_violent(pipeline, events_of):
    text = "On 3 May 2021, opposition supporters protested in Migori. The protest became violent in the evening."
    assert "Violent demonstration" in {e.sub_event_type for e in _asserted(pipeline, events_of, text)}


def test_protesting_a_lynching_is_no_riot_by_the_protesters(pipeline, events_of):
    text = "On 3 May 2021, residents protested the killing of a man who was lynched in Kisii."
    protests = [e for e in _asserted(pipeline, events_of, text) if e.trigger.startswith("protest")]
    assert protests and protests[0].sub_event_type == "Peaceful protest"


def test_a_verbless_protest_report_with_a_relative_clause_is_found(pipeline, events_of):
    text = "Residents of Mwembe ward protest against the fencing of a spring which was used by the village."
    assert "Peaceful protest" in {e.sub_event_type for e in _asserted(pipeline, events_of, text)}


def test_an_interception_of_people_is_no_weapons_disruption() -> None:
    f = Facts(categories=frozenset({"disrupted", "arrest"}), main="disrupted", actor1_kind="state_forces",
              target_nouns=frozenset({"truck"}), trigger="intercepted")
    assert classify(f).sub_event_type == "Arrests"
    crowd = Facts(categories=frozenset({"disrupted"}), main="disrupted", actor1_kind="civilians",
                  target_nouns=frozenset({"ambulance"}), trigger="intercepted")
    assert classify(crowd).event_type == "Protests"
    drones = Facts(categories=frozenset({"disrupted"}), main="disrupted", actor1_kind="state_forces",
                   target_nouns=frozenset({"drone", "drones"}), trigger="intercepted")
    assert classify(drones).sub_event_type == "Disrupted weapons use"


def test_arrests_with_torture_told_later_in_the_paragraph_are_the_attack() -> None:
    f = Facts(categories=frozenset({"arrest"}), main="arrest", actor1_kind="state_forces",
              actor2_kind="civilians", nearby=frozenset({"attack"}))
    assert classify(f).sub_event_type == "Attack"


def test_fire_returned_is_a_clash(pipeline, events_of):
    text = ("On 3 May 2021, gunmen stopped a police car in Limuru and started firing at the officers. "
            "The police fired back and killed two of them.")
    assert "Armed clash" in {e.sub_event_type for e in _asserted(pipeline, events_of, text)}


def test_crowd_dispersed_after_running_battles_is_a_violent_demonstration(pipeline, events_of):
    text = ("On 3 May 2021, police dispersed market traders after they held protests against a new levy. "
            "Police and protesters engaged in running battles.")
    subs = {e.sub_event_type for e in _asserted(pipeline, events_of, text)}
    assert "Violent demonstration" in subs and "Armed clash" not in subs, subs


def test_demonstrators_who_clash_with_police_demonstrate() -> None:
    f = Facts(categories=frozenset({"clash"}), main="clash", actor1_kind="rioters", actor2_kind="state_forces",
              actor1_head="demonstrators")
    assert classify(f).sub_event_type == "Violent demonstration"


def test_rival_crowds_fighting_at_a_rally_are_mob_violence() -> None:
    f = Facts(categories=frozenset({"clash"}), main="clash", actor1_kind="protesters", actor1_head="supporters",
              protest_context=True)
    assert classify(f).sub_event_type == "Mob violence"


def test_villagers_who_kill_militants_fight_an_armed_clash() -> None:
    f = Facts(categories=frozenset({"kill"}), main="kill", actor1_kind="civilians", actor2_kind="rebel_group")
    assert classify(f).sub_event_type == "Armed clash"
    thief = Facts(categories=frozenset({"attack"}), main="attack", actor1_kind="civilians",
                  actor2_kind="political_militia", target_nouns=frozenset({"thief"}))
    assert classify(thief).sub_event_type == "Mob violence"


@pytest.mark.parametrize(("cats", "nearby", "targets", "sub"), [
    ({"abduct", "attack"}, set(), {"village"}, "Abduction/forced disappearance"),
    ({"abduct", "attack"}, set(), {"trader"}, "Attack"),
    ({"abduct"}, {"kill"}, {"man", "men"}, "Attack"),
    ({"abduct"}, set(), {"man", "men"}, "Abduction/forced disappearance"),
])
def test_an_abduction_is_the_attack_only_when_people_were_hurt(cats, nearby, targets, sub) -> None:
    f = Facts(categories=frozenset(cats), main="abduct", actor1_kind="rebel_group", nearby=frozenset(nearby),
              target_nouns=frozenset(targets))
    assert classify(f).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "On 3 May 2021, a police officer sexually assaulted a woman at the police station in Embu.",
    "On 3 May 2021, a teacher defiled a pupil in Kitui.",
])
def test_sexual_violence_told_with_an_adverb_or_another_verb(pipeline, events_of, text):
    assert "Sexual violence" in {e.sub_event_type for e in _asserted(pipeline, events_of, text)}
