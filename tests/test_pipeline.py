"""Behaviour of the whole pipeline on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _one(events_of, pipeline, text, published="2024-03-08", **want):
    evs = [e for e in events_of(pipeline, text, published) if e.event_type != "Other"]
    assert evs, f"no event found in {text!r}"
    e = evs[0]
    for k, v in want.items():
        got = {
            "type": e.event_type, "sub": e.sub_event_type, "fact": e.factuality,
            "date": e.date.start.isoformat() if e.date.start else None,
            "end": e.date.end.isoformat() if e.date.end else None,
            "country": e.location.country, "place": e.location.name,
            "killed": e.fatalities.low, "injured": e.injuries.low, "arrested": e.arrests.low,
            "actor1_kind": (e.actors_in("actor1") or [None])[0] and e.actors_in("actor1")[0].kind,
            "precision": e.location.precision,
        }[k]
        assert got == v, f"{k}: {got!r} != {v!r} in {text!r}"
    return e


@pytest.mark.parametrize("text,want", [
    ("Israeli warplanes carried out airstrikes on a house in Khan Yunis on Tuesday, killing five people.",
     {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "date": "2024-03-05", "killed": 5,
      "country": "PSE"}),
    ("Gunmen shot dead three farmers near Maiduguri on 2 March.",
     {"type": "Violence against civilians", "sub": "Attack", "date": "2024-03-02", "killed": 3, "country": "NGA",
      "precision": 2}),
    ("Soldiers clashed with al-Shabaab fighters in Afgooye on Monday; four soldiers were killed.",
     {"type": "Battles", "sub": "Armed clash", "date": "2024-03-04", "killed": 4, "country": "SOM"}),
    ("A roadside bomb exploded near a police patrol in Peshawar on March 6, wounding seven officers.",
     {"type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED", "injured": 7,
      "date": "2024-03-06"}),
    ("Thousands of teachers protested in Nairobi on Thursday to demand unpaid wages.",
     {"type": "Protests", "sub": "Peaceful protest", "date": "2024-03-07", "country": "KEN",
      "actor1_kind": "protesters"}),
    ("Police fired tear gas to disperse students who marched in Dakar on Wednesday.",
     {"type": "Protests", "sub": "Protest with intervention", "country": "SEN"}),
    ("Rioters torched a police station in Kisumu on 1 March.",
     {"type": "Riots", "date": "2024-03-01", "country": "KEN"}),
    ("Gunmen abducted 12 students from a school in Kaduna on Friday.",
     {"type": "Violence against civilians", "sub": "Abduction/forced disappearance", "date": "2024-03-08"}),
    ("Rebels fired mortars at the army barracks in Goma on 4 March.",
     {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack", "country": "COD"}),
])
def test_pipeline_codes_asserted_events(events_of, pipeline, text, want):
    _one(events_of, pipeline, text, **want)


@pytest.mark.parametrize("text,fact", [
    ("The rebels might attack the town if talks fail.", "hypothetical"),
    ("The militia vowed to attack the capital.", "threatened"),
    ("The army called off the offensive against the rebel stronghold.", "cancelled"),
    ("The general cancelled a planned assault on the port.", "cancelled"),
    ("Police did not fire on the protesters.", "negated"),
    ("The group denied carrying out the bombing in the market.", "negated"),
    ("Opposition parties plan to march on parliament on Saturday.", "planned"),
])
def test_pipeline_keeps_flagged_acts_apart(events_of, pipeline, text, fact):
    evs = [e for e in events_of(pipeline, text) if e.event_type != "Other"]
    assert evs and all(e.factuality == fact for e in evs), [(e.event_type, e.factuality) for e in evs]


def test_pipeline_does_not_negate_an_attack_that_someone_declined_to_answer(events_of, pipeline):
    text = "The government decided not to respond to the rebels' March 2 rocket attack on the airport in Aden."
    e = _one(events_of, pipeline, text, type="Explosions/Remote violence", fact="asserted", date="2024-03-02")
    assert e.location.country == "YEM"


def test_pipeline_merges_a_toll_told_in_the_next_sentence(events_of, pipeline):
    text = ("Security forces opened fire on demonstrators in Khartoum on 3 March. "
            "At least 12 protesters were killed and 40 injured, according to medics.")
    evs = [e for e in events_of(pipeline, text) if e.factuality == "asserted" and e.event_type != "Other"]
    assert len(evs) == 1
    e = evs[0]
    assert e.sub_event_type == "Excessive force against protesters"
    assert (e.fatalities.low, e.fatalities.high, e.injuries.low) == (12, None, 40)
    assert len(e.evidence) == 2
    assert e.attribution is not None and "medics" in e.attribution.source


def test_pipeline_never_uses_the_publication_date_when_no_date_is_given(events_of, pipeline):
    e = _one(events_of, pipeline, "Gunmen killed two traders in Kano.", published="2024-03-08")
    assert e.date.start is None and e.date.precision == "unknown"


def test_pipeline_reads_arrests_apart_from_a_demonstration(events_of, pipeline):
    text = ("Police cracked down on protests in Tehran on 5 March. "
            "Between 200 and 300 activists have been arrested since then.")
    evs = [e for e in events_of(pipeline, text) if e.factuality == "asserted" and e.event_type != "Other"]
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and (arrests[0].arrests.low, arrests[0].arrests.high) == (200, 300)


def test_pipeline_event_ids_are_stable(events_of, pipeline):
    text = "Gunmen shot dead three farmers near Maiduguri on 2 March."
    a = [e.event_id for e in events_of(pipeline, text)]
    b = [e.event_id for e in events_of(pipeline, text)]
    assert a == b and len(set(a)) == len(a)


def test_pipeline_codes_mass_arrests_after_a_crackdown_as_arrests_whatever_the_model_says(events_of, pipeline):
    text = ("Security forces crushed the fuel protests that broke out in Shiraz on 2 March; at least 40 "
            "protesters were killed in three days. Between 2000 and 3000 protesters have been arrested.")
    evs = [e for e in events_of(pipeline, text) if e.factuality == "asserted"]
    arrests = [e for e in evs if e.arrests.known]
    assert arrests and arrests[0].sub_event_type == "Arrests"
