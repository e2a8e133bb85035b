"""Events told in ways the trigger lexicon, the factuality rules or the parser used to miss, through
the whole pipeline (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _asserted(pipeline, events_of, text):
    return [e for e in events_of(pipeline, text, "2023-05-10") if e.factuality == "asserted"]


@pytest.mark.parametrize(("text", "sub"), [
    # a governing verb in the past tense reports the act
    ("On 3 May 2023, two student unions organized peaceful protests in Kano.", "Peaceful protest"),
    ("On 3 May 2023, a man set off a suicide bomb at a checkpoint in Maiduguri, killing two guards.",
     "Suicide bomb"),
    # a verb the parser hangs after the act is no governor of it
    ("On 3 May 2023, dozens of nurses held a peaceful protest in Accra, demanded better pay.", "Peaceful protest"),
    # a verbless report
    ("Protests in Nakuru over the price of flour.", "Peaceful protest"),
    ("There were demonstrations against the election board in Kisii.", "Peaceful protest"),
    # weapons found, bodies found, houses set alight
    ("On 3 May 2023, soldiers found an explosive device under a bridge near Diffa.", "Disrupted weapons use"),
    ("On 3 May 2023, the bodies of two traders were found in a ditch near Mopti.", "Attack"),
    ("On 3 May 2023, militants set several houses on fire in a village near Mocimboa.",
     "Looting/property destruction"),
    ("On 3 May 2023, the army declared a curfew in the district after the raids.", "Change to group/activity"),
    ("On 3 May 2023, gunmen shot dead a teacher in the village of Kolo.", "Attack"),
])
def test_event_is_detected_and_asserted(pipeline, events_of, text: str, sub: str) -> None:
    events = _asserted(pipeline, events_of, text)
    assert sub in {e.sub_event_type for e in events}, [(e.sub_event_type, e.trigger, e.factuality)
                                                        for e in events_of(pipeline, text, "2023-05-10")]


def test_planning_still_plans(pipeline, events_of) -> None:
    events = events_of(pipeline, "Unions plan to organize a protest in Accra next month.", "2023-05-10")
    assert all(e.factuality != "asserted" for e in events if e.event_type == "Protests")


def test_conjunct_with_its_own_subject_keeps_its_factuality(pipeline, events_of) -> None:
    text = "On 3 May 2023, a truck was hit by a roadside bomb near Gao; no one was hurt but the truck was damaged."
    assert any(e.sub_event_type == "Remote explosive/landmine/IED" for e in _asserted(pipeline, events_of, text))


def test_object_read_as_dative_is_still_the_target(pipeline, events_of) -> None:
    text = "On 3 May 2023, militants ambushed Malian soldiers 5km from Gao, and wounded four."
    assert "Armed clash" in {e.sub_event_type for e in _asserted(pipeline, events_of, text)}


def test_herders_who_attack_are_a_communal_militia(pipeline, events_of) -> None:
    text = "On 3 May 2023, pastoralists attacked farmers near Kitui, killing two."
    (event,) = [e for e in _asserted(pipeline, events_of, text) if e.event_type != "Other"]
    (doer,) = event.actors_in("actor1")
    assert (event.sub_event_type, doer.kind) == ("Attack", "identity_militia")
    assert doer.name.startswith("Unidentified Communal Militia")



@pytest.mark.parametrize(("text", "kind", "sub"), [
    ("On 3 May 2023, students from two colleges clashed in Eldoret.", "rioters", "Mob violence"),
    ("On 3 May 2023, students marched through Eldoret.", "protesters", "Peaceful protest"),
])
def test_students_who_fight_are_rioters_and_who_march_protesters(pipeline, events_of, text, kind, sub) -> None:
    (event,) = [e for e in _asserted(pipeline, events_of, text) if e.event_type != "Other"]
    assert (event.sub_event_type, event.actors_in("actor1")[0].kind) == (sub, kind)


@pytest.mark.parametrize(("text", "event_type"), [
    # a verbless headline whose verb the tagger reads as a noun under an indefinite article
    ("Victims of a flood protest in Kisumu.", "Protests"),
    ("2 May. Tenants of a housing estate protest in Mombasa.", "Protests"),
    # a past verb read as a participle, leaving the sentence without a verb
    ("On 3 May 2023, residents of Kanda (North Province) hurled stones at the police.", "Riots"),
    # a phrase whose words are split by quotation marks or whose object holds a participle
    ("Pupils of a boarding school went on a 'rampage' over the food.", "Riots"),
    ("On 3 May 2023, militants set three buses carrying traders on fire near Palma.", "Strategic developments"),
    # words the lexicon lacked
    ("On 3 May 2023, demonstrators lit tyres on the main road in Mombasa.", "Riots"),
    ("On 3 May 2023, opposition supporters waved placards outside the electoral offices.", "Protests"),
    ("On 3 May 2023, two rival groups of supporters were involved in a punch-up at the market.", "Riots"),
    ("On 3 May 2023, police fired shots into the air to scatter a crowd of traders in Kilifi.", "Protests"),
    ("On 3 May 2023, unknown arsonists petrol-bombed the offices of a party in Kisumu.", "Riots"),
    ("On 3 May 2023, an assumed shoot-out between soldiers and rebels took place near Mueda.", "Battles"),
    ("On 3 May 2023, officers physically abused two women during a search in Pemba.", "Violence against civilians"),
    ("On 3 May 2023, communal violence over a borehole left four people dead in Wajir.", "Battles"),
])
def test_missed_event_is_detected(pipeline, events_of, text: str, event_type: str) -> None:
    events = _asserted(pipeline, events_of, text)
    assert event_type in {e.event_type for e in events}, [(e.event_type, e.trigger, e.factuality)
                                                          for e in events_of(pipeline, text, "2023-05-10")]


def test_toll_of_a_background_attack_is_no_trigger(pipeline) -> None:
    import datetime as dt

    from flashpoint.detect import find_triggers
    from flashpoint.records import Document

    text = "The suspect was linked to an attack on a mall that left twenty people dead."
    a = pipeline.analyse(Document("t", text, dt.date(2024, 3, 8)))
    assert "kill" not in {t.category for t in find_triggers(a.doc, pipeline.lexicon, a.cleaned)}


def test_police_lobbing_tear_gas_is_no_riot(pipeline, events_of) -> None:
    text = "On 3 May 2023, police lobbed tear gas to disperse traders protesting in Nakuru."
    assert "Riots" not in {e.event_type for e in _asserted(pipeline, events_of, text)}


def test_police_chasing_people_off_is_no_riot(pipeline, events_of) -> None:
    text = "On 3 May 2023, police chased the hawkers from the market in Nakuru."
    assert "Riots" not in {e.event_type for e in _asserted(pipeline, events_of, text)}


def test_crowd_chasing_an_official_off_is_a_riot(pipeline, events_of) -> None:
    text = "On 3 May 2023, angry voters chased the local MP from the polling station in Molo."
    assert "Riots" in {e.event_type for e in _asserted(pipeline, events_of, text)}
