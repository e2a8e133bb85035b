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


def test_a_route_s_first_end_ranks_below_its_other_end() -> None:
    from flashpoint.arguments.places import _best_place
    from flashpoint.records import Place
    text = "A bomb hit a bus on the Qqone-Qqtwo road."
    one = Place(text.index("Qqone"), text.index("Qqone") + 5, "Qqone", "Qqone", "KEN", lat=0.0, lon=37.0,
                feature="city")
    two = Place(text.index("Qqtwo"), text.index("Qqtwo") + 5, "Qqtwo", "Qqtwo", "KEN", lat=1.0, lon=38.0,
                feature="city")
    assert _best_place([one, two], text.index("bomb"), text) is two
