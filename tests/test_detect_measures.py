"""Security measures, forces set up or on the move, surrenders and foiled attacks
(`flashpoint.detect_measures`), and their factuality when a decision tells them
(`flashpoint.factuality.decided`); sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CHANGE = "Change to group/activity"


def _asserted(pipeline, events_of, text):
    return [e for e in events_of(pipeline, text, "2023-05-10") if e.factuality == "asserted"]


def _subs(pipeline, events_of, text):
    return {e.sub_event_type for e in _asserted(pipeline, events_of, text)}


@pytest.mark.parametrize("text", [
    "On 3 May 2023, the provincial government closed the airport and 30 roads because of the epidemic.",
    "On 3 May 2023, more than twenty schools were closed in the district after repeated raids by bandits.",
    "On 3 May 2023, the interior ministry announced the closure of the northern border.",
    "On 3 May 2023, the authorities sealed two churches in the town.",
    "On 3 May 2023, a joint force of police and army units was installed in the border town.",
    "On 3 May 2023, a new police patrol unit was established to watch the frontier.",
    "On 3 May 2023, a politico-military movement was founded in the desert.",
    "On 3 May 2023, sixty former fighters presented themselves at the cantonment site.",
    "On 3 May 2023, about 100 armed men were spotted moving through the forest near the border.",
])
def test_measures_and_movements_are_changes_to_group_activity(pipeline, events_of, text: str) -> None:
    assert CHANGE in _subs(pipeline, events_of, text)


@pytest.mark.parametrize("text", [
    "On 3 May 2023, protesters closed the main road with burning tyres.",
    "On 3 May 2023, the shop owner closed his shop early and went home.",
    "On 3 May 2023, a new football club was founded in the town.",
    "On 3 May 2023, the minister presented the budget to parliament.",
])
def test_ordinary_closings_and_foundings_are_no_change(pipeline, events_of, text: str) -> None:
    assert CHANGE not in _subs(pipeline, events_of, text)


@pytest.mark.parametrize("text", [
    "On 3 May 2023, the government decided to impose a curfew in the northern districts.",
    "On 3 May 2023, the government decided to deploy 500 soldiers to the border region.",
    "On 3 May 2023, the cabinet decided to impose a ban on motorbikes in three districts.",
    "The government decides to deploy 4,000 police officers to the coast ahead of the vote.",
])
def test_a_measure_decided_is_taken(pipeline, events_of, text: str) -> None:
    assert CHANGE in _subs(pipeline, events_of, text)


@pytest.mark.parametrize("text", [
    "The government will impose a curfew next week.",
    "The army plans to deploy 500 troops to the region.",
    "The police announced plans to deploy more officers to the camps.",
    "The minister said the border will be closed from Friday.",
    "The governor decided not to impose a curfew.",
])
def test_a_measure_planned_or_refused_is_not_taken(pipeline, events_of, text: str) -> None:
    assert CHANGE not in _subs(pipeline, events_of, text)


@pytest.mark.parametrize("text", [
    "On 3 May 2023, police foiled a planned bomb attack on the cathedral.",
    "On 3 May 2023, soldiers thwarted an attempt to bomb the bridge.",
])
def test_a_foiled_attack_is_disrupted_weapons_use(pipeline, events_of, text: str) -> None:
    events = _asserted(pipeline, events_of, text)
    assert {e.sub_event_type for e in events} == {"Disrupted weapons use"}


def test_a_foiled_attack_with_a_killing_is_the_fight(pipeline, events_of) -> None:
    text = "On 3 May 2023, police thwarted an attack and killed two gunmen in the port town."
    assert "Disrupted weapons use" not in _subs(pipeline, events_of, text)
    assert _asserted(pipeline, events_of, text)


def test_foiled_plans_of_no_attack_are_no_disruption(pipeline, events_of) -> None:
    text = "On 3 May 2023, police foiled plans by the senator to hold a fundraiser at the school."
    assert "Disrupted weapons use" not in _subs(pipeline, events_of, text)


def test_the_eid_holiday_is_no_ied(pipeline, events_of) -> None:
    text = "On 3 May 2023, hundreds of workers held a peaceful protest demanding their Ied Fitr bonus."
    assert _subs(pipeline, events_of, text) == {"Peaceful protest"}
    assert not _subs(pipeline, events_of, "Families travelled home for Ied Fitr on 3 May 2023.")


def test_a_cordon_round_a_scene_is_no_measure(pipeline, events_of) -> None:
    text = "On 3 May 2023, police sealed off the streets around the market for hours after the explosion."
    assert CHANGE not in _subs(pipeline, events_of, text)
    assert CHANGE in _subs(pipeline, events_of, "On 3 May 2023, the army sealed off the border with its neighbour.")


@pytest.mark.parametrize("text", [
    "On 3 May 2023, the college was closed indefinitely after students rioted over fees.",
    "On 3 May 2023, the university was shut down following demonstrations by students.",
])
def test_a_closure_after_unrest_is_its_aftermath(pipeline, events_of, text: str) -> None:
    subs = _subs(pipeline, events_of, text)
    assert CHANGE not in subs
    assert subs


def test_a_fight_that_foiled_an_attack_is_the_fight(pipeline, events_of) -> None:
    text = "On 3 May 2023, three gunmen were killed in the town after soldiers thwarted a planned attack on the base."
    subs = _subs(pipeline, events_of, text)
    assert subs and not subs & {"Disrupted weapons use", "Attack"}


def test_restrictions_announced_are_a_measure_and_protested_ones_are_not(pipeline, events_of) -> None:
    assert CHANGE in _subs(pipeline, events_of, "On 3 May 2023, police announced restrictions on public gatherings.")
    assert _subs(pipeline, events_of, "On 3 May 2023, protesters rallied against restrictions on the media.") == {
        "Peaceful protest"}


@pytest.mark.parametrize("text", [
    "On 3 May 2023, the authorities banned all gatherings of more than ten people.",
    "On 3 May 2023, the government restricted travel between the provinces.",
])
def test_restricted_movement_or_gatherings_are_a_measure(pipeline, events_of, text: str) -> None:
    assert CHANGE in _subs(pipeline, events_of, text)


def test_a_banned_march_is_no_measure_of_its_own(pipeline, events_of) -> None:
    assert CHANGE not in _subs(pipeline, events_of, "On 3 May 2023, police banned the planned march.")


def test_a_ban_told_with_a_dispersal_leaves_the_protest_its_event(pipeline, events_of) -> None:
    text = "On 3 May 2023, police banned gatherings in the square and dispersed hundreds of protesters with tear gas."
    assert _subs(pipeline, events_of, text) == {"Protest with intervention"}
