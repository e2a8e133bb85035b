"""Event location fallbacks when the event's own place is not resolved: a town inside a longer name,
a country the text's place names agree on, the home country of the state forces and parties named
(never an armed group's, nor an actor whose name other countries' groups share). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from flashpoint.arguments.places import _ambiguous_actor, _home_actor_countries
from flashpoint.normalize.actors_dictionary import ActorDictionary, ActorEntry
from support.events import only

pytestmark = pytest.mark.slow


def test_a_town_inside_an_institution_name_is_the_site_when_nothing_else_is(pipeline, events_of):
    e = only(events_of(pipeline, "On Monday, students of the Garissa Teachers College protested against "
                                  "a rise in fees."))
    assert e.location.country == "KEN" and e.location.lat is not None


def test_a_party_named_gives_its_country(pipeline, events_of):
    e = only(events_of(pipeline, "On Tuesday, Renamo supporters clashed with police after a rally."))
    assert e.location.country == "MOZ" and e.location.lat is None and e.location.precision == 4


def _actors() -> ActorDictionary:
    return ActorDictionary.build([
        ActorEntry("Qqland Popular Party", "political_militia", "KEN", ("QPP",)),
        ActorEntry("Qqland Liberation Army", "rebel_group", "KEN", ("QLA",)),
        ActorEntry("Zzuna Wal Jamaat", "political_militia", "SOM", ("ZWJ",)),
        ActorEntry("Zzuna Wa Jamaa", "political_militia", "MOZ", ()),
    ])


def test_an_armed_group_gives_no_country():
    actors = _actors()
    assert _home_actor_countries("QLA fighters attacked a bus.", actors) == frozenset()
    assert _home_actor_countries("QPP members marched.", actors) == frozenset({"KEN"})


def test_an_actor_name_shared_across_countries_is_no_evidence():
    actors = _actors()
    assert _ambiguous_actor("Zzuna Wal Jamaat", actors)
    assert _home_actor_countries("ZWJ fighters attacked a village.", actors) == frozenset()
    assert not _ambiguous_actor("Qqland Popular Party", actors)
