"""Event location fallbacks when the event's own place is not resolved: a town inside a longer name,
a country the text's place names agree on, the home country of the state forces and parties named
(never an armed group's, nor an actor whose name other countries' groups share). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from flashpoint.arguments.places_home import _ambiguous_actor, _home_actor_countries
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


def test_communities_living_in_one_or_two_states_give_the_main_one(pipeline, events_of):
    e = only(events_of(pipeline, "Pokot raiders attacked herders and stole cattle on Sunday."))
    assert e.location.country == "KEN" and e.location.precision == 4
    e = only(events_of(pipeline, "Dadjo and Ouaddaian farmers clashed over a field on Sunday."))
    assert e.location.country == "TCD"


def test_a_community_living_in_many_states_gives_no_country(pipeline, events_of):
    e = only(events_of(pipeline, "Fulani herders and farmers clashed over a field on Sunday."))
    assert e.location.country is None


def test_ethnic_home_shares_the_countries_of_all_groups_named() -> None:
    from flashpoint.arguments.places_home import _ethnic_home
    from flashpoint.normalize.actors_dictionary import default_dictionary, ethnic_countries, ethnic_group
    actors = default_dictionary()
    assert ethnic_group("Arabs") == "Arab" and ethnic_countries("Pokot")[0] == "KEN"
    assert _ethnic_home("Turkana and Pokot herders clashed.", actors) == "KEN"
    assert _ethnic_home("Fulani and Hausa traders clashed.", actors) is None  # NGA or NER
    assert _ethnic_home("Somali traders clashed.", actors) is None  # three states
    assert _ethnic_home("Nothing here.", actors) is None


def test_a_cross_border_region_takes_the_country_of_the_forces_named(pipeline, events_of):
    e = only(events_of(pipeline, "On Monday, Chadian troops attacked a rebel base in the Lake Chad region."))
    assert e.location.country == "TCD"


def test_a_kenyan_party_coalition_gives_its_country(pipeline, events_of):
    e = only(events_of(pipeline, "On Tuesday, NASA supporters burned tyres and clashed with police."))
    assert e.location.country == "KEN"


def test_a_town_read_as_an_organisation_s_name_ranks_below_the_other_towns(pipeline, events_of):
    e = only(events_of(pipeline, "On Friday, activists of AMAN protested in front of the regent's office "
                                  "in Stabat, North Sumatra."))
    assert e.location.country == "IDN" and e.location.name == "Stabat"


def test_a_country_people_go_to_or_come_from_is_not_the_site(pipeline, events_of):
    e = only(events_of(pipeline, "On Monday, Renamo supporters burned a lorry heading to Malawi."))
    assert e.location.country == "MOZ"
    e = only(events_of(pipeline, "Kenyan police clashed with smugglers near the border with Somalia."))
    assert e.location.country == "KEN"


def test_a_nationality_of_people_ranks_below_the_parties_named(pipeline, events_of):
    e = only(events_of(pipeline, "On Tuesday, Renamo gunmen shot dead a Malawian driver at a roadblock."))
    assert e.location.country == "MOZ"
    e = only(events_of(pipeline, "On Tuesday, Kenyan youths blocked a road to protest against a tax."))
    assert e.location.country == "KEN"


def test_a_community_name_ending_a_longer_name_is_no_community() -> None:
    from flashpoint.arguments.places_home import _ethnic_home
    from flashpoint.normalize.actors_dictionary import default_dictionary
    actors = default_dictionary()
    assert _ethnic_home("Turkana herders clashed near a well.", actors) == "KEN"
    # A village named after a person or a clan ("Dan Turkana") says nothing of its country...
    assert _ethnic_home("Gunmen attacked the village of Dan Turkana at night.", actors) is None
    # ... but a compass word names the community's own land.
    assert _ethnic_home("Two herders were shot in North Turkana on Monday.", actors) == "KEN"


def test_a_paragraph_naming_no_place_takes_the_towns_of_the_paragraph_before(pipeline, events_of):
    text = ("Riot police fired tear gas at thousands of protesters outside parliament in Nairobi on Tuesday.\n\n"
            "The interior ministry said on Wednesday that 40 people had been arrested for disobeying orders.")
    arrests = [e for e in events_of(pipeline, text, "2024-05-02") if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].location.name == "Nairobi" and arrests[0].location.country == "KEN"


def test_a_single_paragraph_text_gains_no_earlier_town(pipeline, events_of):
    text = "The interior ministry said on Wednesday that 40 people had been arrested for disobeying orders."
    e = only(events_of(pipeline, text, "2024-05-02"))
    assert e.location.name is None
