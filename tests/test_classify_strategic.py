"""Strategic developments (`classify_strategic`): explosives seized with arrests, displacement; sentences
written for these tests, through the whole pipeline with the packaged model."""

from __future__ import annotations

import pytest

from flashpoint.evaluate.metrics import primary_event

pytestmark = pytest.mark.slow


def _primary(pipeline, events_of, text: str):  # type: ignore[no-untyped-def]
    return primary_event(events_of(pipeline, text, "2021-06-10"))


@pytest.mark.parametrize("text", [
    "On 3 May 2021, police arrested two suspected militants in Karanga town and seized bombs and detonators "
    "from their house.",
    "On 3 May 2021, police arrested two suspected militants in Karanga town. Officers found explosives in their "
    "house.",
])
def test_arrests_with_explosives_seized_are_disrupted_weapons_use(pipeline, events_of, text: str) -> None:
    event = _primary(pipeline, events_of, text)
    assert event is not None and event.sub_event_type == "Disrupted weapons use", event


def test_arrests_with_guns_seized_stay_arrests(pipeline, events_of) -> None:
    text = "On 4 June 2021, police arrested two men in Karanga town and seized two rifles."
    event = _primary(pipeline, events_of, text)
    assert event is not None and event.sub_event_type == "Arrests", event


@pytest.mark.parametrize("text", [
    "On 4 June 2021, more than 300 families fled their homes in Lowa village after a series of attacks by armed "
    "men in the district.",
    "On 4 June 2021, about 2,000 IDPs arrived in Lowa town, fleeing the conflict in the region.",
])
def test_displacement_is_a_strategic_development_other(pipeline, events_of, text: str) -> None:
    event = _primary(pipeline, events_of, text)
    assert event is not None and (event.event_type, event.sub_event_type) == ("Strategic developments", "Other"), event


def test_attack_that_forced_people_to_flee_stays_the_attack(pipeline, events_of) -> None:
    text = ("On 4 June 2021, gunmen attacked Lowa village, killing four people and forcing residents to flee "
            "their homes.")
    event = _primary(pipeline, events_of, text)
    assert event is not None and event.sub_event_type == "Attack", event


def test_flight_told_after_the_attack_is_its_aftermath(pipeline, events_of) -> None:
    text = ("On 4 June 2021, armed men attacked Lowa village. Several residents fled the village. No casualties "
            "were reported.")
    events = events_of(pipeline, text, "2021-06-10")
    assert primary_event(events).sub_event_type == "Attack", [(e.event_type, e.sub_event_type) for e in events]
    assert ("Strategic developments", "Other") not in {(e.event_type, e.sub_event_type) for e in events}


def test_harmless_raid_by_security_forces_is_a_change_to_group_activity(pipeline, events_of) -> None:
    text = "On 21 April 2021, police and soldiers raided two villages in Lowa district. Some residents escaped."
    event = _primary(pipeline, events_of, text)
    assert event is not None and event.sub_event_type == "Change to group/activity", event


def test_displaced_people_killed_are_the_victims_of_an_attack(pipeline, events_of) -> None:
    events = events_of(pipeline, "On 17 June 2021, suspected militants killed two IDPs in the village of Lowa.",
                       "2021-06-20")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
