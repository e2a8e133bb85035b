"""The first place of a route or of a border between two areas is a place of the event (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from flashpoint.arguments.places import _ROUTE_AFTER
from support.events import only

pytestmark = pytest.mark.slow


def test_route_after_a_place() -> None:
    assert _ROUTE_AFTER.match("-Karatina road to protest")
    assert _ROUTE_AFTER.match("-Laikipia border on Monday")
    assert not _ROUTE_AFTER.match("-backed militia")


def test_a_road_between_two_towns_places_the_event(pipeline, events_of):
    e = only(events_of(pipeline, "On Monday, residents blocked the Nyeri-Karatina road to protest "
                                  "against frequent accidents."))
    assert e.location.country == "KEN" and e.location.lat is not None


def test_a_route_s_first_end_ranks_above_its_other_end_and_below_a_place_of_its_own() -> None:
    from flashpoint.arguments.places import _best_place
    from flashpoint.records import Place
    text = "A bomb hit a bus on the Qqone-Qqtwo road near Qqthree."

    def town(name: str) -> Place:
        return Place(text.index(name), text.index(name) + len(name), name, name, "KEN", lat=0.0, lon=37.0,
                     feature="city")

    one, two, three = town("Qqone"), town("Qqtwo"), town("Qqthree")
    assert _best_place([one, two], text.index("bomb"), text) is one
    assert _best_place([one, two, three], text.index("bomb"), text) is three


def test_a_road_named_by_two_towns_tagged_as_a_facility_places_the_event_at_its_first_end(pipeline, events_of):
    e = only(events_of(pipeline, "Herders clashed with farmers on the Nandi Hills-Chemelil road on Monday."))
    assert e.location.country == "KEN" and e.location.name == "Nandi Hills" and e.location.precision == 2


def test_the_second_end_places_the_event_when_the_first_is_unknown(pipeline, events_of):
    e = only(events_of(pipeline, "Two travellers were hurt when their car hit a mine at a bridge on the "
                                  "Qqvillage-Garsen road."))
    assert e.location.country == "KEN" and e.location.name == "Garsen"
