"""Who did it, told in ways the trigger's own words miss: the agent of coordinated passive verbs, the
sides of a clash that "broke out between" them, the custodians of one who died in custody, the
receivers of weapons handed over; civilians who fight an armed clash are a communal militia; a
party's people are civilians. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _actor(e, role):
    return next((a for a in e.actors if a.role == role), None)


def _asserted(pipeline, events_of, text):
    return [e for e in events_of(pipeline, text, "2021-06-10") if e.factuality == "asserted"]


def test_agent_of_coordinated_passive_verbs(pipeline, events_of):
    (e,) = _asserted(pipeline, events_of, "On 3 May 2021, a trader was beaten and injured by police in Nakuru town.")
    assert _actor(e, "actor1").kind == "state_forces"


def test_sides_of_a_clash_that_broke_out_between_them(pipeline, events_of):
    (e,) = _asserted(pipeline, events_of,
                     "On 3 May 2021, an armed clash broke out between soldiers and rebels near Beni.")
    assert _actor(e, "actor1").kind == "state_forces"
    assert _actor(e, "actor2").kind == "rebel_group"


def test_who_died_in_custody_is_the_victim_and_the_custodian_the_doer(pipeline, events_of):
    (e,) = _asserted(pipeline, events_of, "On 3 May 2021, a suspected militant died in police custody in Solo.")
    assert e.sub_event_type == "Attack"
    assert _actor(e, "actor1").kind == "state_forces"


def test_prisoners_who_died_in_detention_are_victims_not_rioters(pipeline, events_of):
    (e,) = _asserted(pipeline, events_of, "On 3 May 2021, two prisoners died during their detention in Medan.")
    assert e.event_type == "Violence against civilians"
    assert _actor(e, "actor2").kind == "civilians"


def test_civilians_who_fight_an_armed_clash_are_a_communal_militia(pipeline, events_of):
    events = _asserted(pipeline, events_of, "On 3 May 2021, villagers and herders clashed near Ati, leaving two dead.")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes and all(_actor(e, "actor1").kind == "identity_militia" for e in clashes)


def test_people_of_a_party_attacked_are_civilians(pipeline, events_of):
    (e,) = _asserted(pipeline, events_of, "On 3 May 2021, soldiers attacked members of the Democratic Party in Dosso.")
    assert _actor(e, "actor2").kind == "civilians"
    assert e.sub_event_type == "Attack"


def test_weapons_handed_over_are_disrupted_by_who_took_them(pipeline, events_of):
    (e,) = _asserted(pipeline, events_of, "On 3 May 2021, villagers near Abeche handed over eleven rifles to the army.")
    assert e.sub_event_type == "Disrupted weapons use"
    assert _actor(e, "actor1").kind == "state_forces"


@pytest.mark.parametrize("text", [
    "On 3 May 2021, soldiers searched the forest near Palma and found large quantities of arms and ammunition.",
    "On 3 May 2021, police raided a camp near Garissa. A number of weapons were recovered.",
])
def test_quantities_of_weapons_found(pipeline, events_of, text):
    assert "Disrupted weapons use" in {e.sub_event_type for e in _asserted(pipeline, events_of, text)}


def test_people_named_after_a_passive_with_its_verb_left_out_are_victims(pipeline, events_of):
    text = "On 3 May 2021, militants attacked two buses near Diffa. One driver was killed, several passengers wounded."
    events = _asserted(pipeline, events_of, text)
    assert all(_actor(e, "actor1").kind != "rioters" for e in events)
    assert {e.event_type for e in events} == {"Violence against civilians"}


def test_who_found_the_bodies_did_not_kill(pipeline, events_of):
    text = "On 3 May 2021, herders near Mandera discovered five bodies in a shallow grave."
    events = _asserted(pipeline, events_of, text)
    assert events and all(_actor(e, "actor1").text is None or "herders" not in _actor(e, "actor1").text
                          for e in events)


def test_a_past_form_misread_as_a_participle_keeps_its_doer(pipeline, events_of):
    text = "On 22 November 2020, presumed ISGS militants abducted and subsequently executed a village chief in Sakoira."
    (e,) = _asserted(pipeline, events_of, text)
    assert _actor(e, "actor1").kind == "rebel_group"
    assert e.sub_event_type == "Attack"
