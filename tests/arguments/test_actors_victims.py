"""Who the victims were: a party's members and officials or men of a people, named as targets, are
civilians; the place where victims were beaten is not a target; a group's fighters stay the group."""

from __future__ import annotations

import pytest

from support.events import only

pytestmark = pytest.mark.slow


def _target(e):
    return next((a for a in e.actors if a.role == "actor2"), None)


def test_a_party_official_shot_is_a_civilian(pipeline, events_of):
    e = only(events_of(pipeline, "On 4 May 2021, unknown gunmen shot dead a RENAMO official in Quelimane."))
    assert _target(e).kind == "civilians"
    assert e.sub_event_type == "Attack"


def test_men_of_a_people_beaten_are_civilians(pipeline, events_of):
    e = only(events_of(pipeline, "On 2 June 2021, soldiers beat two Papuan men in Sorong."))
    assert _target(e).kind == "civilians"
    assert e.event_type == "Violence against civilians"


def test_a_police_station_where_victims_were_beaten_is_no_target(pipeline, events_of):
    e = only(events_of(pipeline, "On 2 June 2021, police officers beat four farmers at a police station "
                                  "in Nakuru."))
    assert _target(e).kind == "civilians"
    assert e.sub_event_type == "Attack"


def test_fighters_of_a_group_stay_armed(pipeline, events_of):
    e = only(events_of(pipeline, "On 7 July 2021, soldiers killed ten militia members in Mocimboa da Praia."))
    assert _target(e) is None or _target(e).kind != "civilians"
    assert e.event_type == "Battles"


def test_an_object_the_parser_made_a_subject_is_the_target():
    # "fighters ambushed troops near Kona situated 20 km from Mopti", parsed with "troops" as the
    # subject of "situated" (a parse the model sometimes gives)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from flashpoint.arguments.actors import _misread_object

    words = ["fighters", "ambushed", "troops", "near", "Kona", "situated", "20", "km", "from", "Mopti"]
    heads = [1, 1, 5, 2, 3, 1, 7, 5, 7, 8]
    deps = ["nsubj", "ROOT", "nsubj", "prep", "pobj", "ccomp", "nummod", "npadvmod", "prep", "pobj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert [t.text for t in _misread_object(doc[1])] == ["troops"]
    # a subject further on is a clause of its own ("ambushed a convoy, officials said troops ...")
    words2 = ["fighters", "ambushed", "yesterday", "troops", "situated", "here"]
    doc2 = Doc(Vocab(), words=words2, heads=[1, 1, 1, 4, 1, 4], deps=["nsubj", "ROOT", "npadvmod", "nsubj",
                                                                      "ccomp", "advmod"])
    assert _misread_object(doc2[1]) == []
