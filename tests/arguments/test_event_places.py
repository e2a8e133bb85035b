"""Which place belongs to an event: its clause, then its sentence, then its paragraph; never an
origin ("raiders from X") before the site, never a place inside an organisation's name, an
adjective only when it qualifies the site; unknown when nothing says (sentences written here)."""

from __future__ import annotations

import pytest

from support.events import only

pytestmark = pytest.mark.slow



def test_the_clause_place_wins_over_the_sentence(pipeline, events_of):
    e = only(events_of(pipeline, "Gunmen killed three villagers in Mubi on Monday, a week after the "
                                  "governor had visited Yola."))
    assert e.location.name == "Mubi" and e.location.country == "NGA"


def test_an_origin_is_not_the_site(pipeline, events_of):
    e = only(events_of(pipeline, "On Sunday, bandits from Zamfara attacked a village near Funtua, "
                                  "killing four people."))
    assert e.location.country == "NGA" and e.location.name == "Funtua"


def test_a_place_inside_a_newspaper_name_is_not_the_site(pipeline, events_of):
    e = only(events_of(pipeline, "Police arrested 12 protesters in Ottawa on Friday, the Toronto Star "
                                  "reported."))
    assert e.location.name == "Ottawa"


def test_an_adjective_of_the_target_gives_the_country(pipeline, events_of):
    e = only(events_of(pipeline, "Drones struck Saudi oil facilities on Saturday."))
    assert e.location.country == "SAU"


def test_no_place_named_means_unknown(pipeline, events_of):
    e = only(events_of(pipeline, "Protesters marched against fuel prices on Monday."))
    assert e.location.country is None and e.location.lat is None


def test_an_unknown_village_takes_its_written_province(pipeline, events_of):
    e = only(events_of(pipeline, "On 3 March, gunmen killed two farmers in Qqlorwa village (Kidal region)."))
    assert e.location.country == "MLI" and e.location.precision == 3 and e.location.lat is not None


def test_a_town_qualifying_local_people_is_the_site_when_nothing_else_is(pipeline, events_of):
    e = only(events_of(pipeline, "On Tuesday, hundreds of Kitui traders protested against new market fees."))
    assert e.location.country == "KEN" and e.location.name == "Kitui"


def test_the_document_country_when_the_paragraph_names_no_place(pipeline, events_of):
    text = ("Mozambique's government extended the curfew on Monday.\n\n"
            "On Tuesday, armed men burned a bus and wounded its driver in Qqzemba village.")
    events = events_of(pipeline, text)
    assert events and all(e.location.country == "MOZ" for e in events)


def test_a_backer_adjective_does_not_give_the_document_country(pipeline, events_of):
    e = only(events_of(pipeline, "Iranian-backed militiamen attacked a convoy on Sunday."))
    assert e.location.country is None
