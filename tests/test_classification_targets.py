"""Who was on the receiving end decides between ACLED's neighbouring classes: crowds that turned
violent, forces that fought armed men, popular justice on suspects, unnamed men who attack
(sentences written for these tests, through the whole pipeline; and rules over hand-built facts)."""

from __future__ import annotations

import pytest

from flashpoint.classify import Facts, classify
from support.events import sub_types_and_doers


def facts(main: str, **kw) -> Facts:
    cats = kw.pop("categories", frozenset({main}))
    return Facts(categories=frozenset(cats), main=main, **kw)


@pytest.mark.parametrize(("f", "sub"), [
    # forces intervening against armed men, no demonstration told
    (facts("crackdown", actor1_kind="state_forces", actor2_kind="rebel_group", nearby=frozenset({"attack"})),
     "Armed clash"),
    (facts("crackdown", actor1_kind="state_forces", nearby=frozenset({"clash"}), lethal=True), "Armed clash"),
    # ... but at a demonstration it stays a protest
    (facts("crackdown", actor1_kind="state_forces", actor2_kind="protesters", nearby=frozenset({"protest"})),
     "Protest with intervention"),
    # police dispersing a crowd the text calls rowdy or violent
    (facts("crackdown", actor1_kind="state_forces", actor2_kind="rioters"), "Violent demonstration"),
    # force used at a protest whose crowd burnt barricades: a violent demonstration
    (facts("attack", actor1_kind="state_forces", protest_context=True, nearby=frozenset({"riot"})),
     "Violent demonstration"),
    (facts("attack", actor1_kind="state_forces", protest_context=True), "Excessive force against protesters"),
    # rangers, reservists and gendarmes are armed men: shooting them is a fight
    (facts("kill", actor1_kind="rebel_group", target_nouns=frozenset({"ranger"}), lethal=True), "Armed clash"),
    # a suspect beaten to death, no doer named: popular justice
    (facts("kill", target_nouns=frozenset({"thief"}), lethal=True), "Mob violence"),
    (facts("kill", actor1_kind="state_forces", target_nouns=frozenset({"thief"}), lethal=True), "Attack"),
])
def test_rules_for_receivers(f: Facts, sub: str) -> None:
    assert classify(f).sub_event_type == sub


CASES = [
    ("On 3 May 2023, three men attacked a shopkeeper in Voi town and stabbed him.", "Attack",
     "political_militia"),
    ("On 3 May 2023, police fired into the air to disperse a rowdy crowd of fans in Eldoret.",
     "Violent demonstration", "rioters"),
    ("On 3 May 2023, a suspected thief was beaten to death in Kisumu.", "Mob violence", "rioters"),
    ("On 3 May 2023, unknown gunmen shot dead a RENAMO official in Beira.", "Attack", "political_militia"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub", "kind"), CASES)
def test_sentence_gets_sub_type_and_doer(pipeline, events_of, text: str, sub: str, kind: str) -> None:
    found = sub_types_and_doers(events_of(pipeline, text, "2023-05-10"))
    assert (sub, kind) in found, found


@pytest.mark.slow
def test_the_crowd_is_actor1_of_its_riot_and_the_police_actor2(pipeline, events_of) -> None:
    events = events_of(pipeline, "On 3 May 2023, police fired into the air to disperse a rowdy crowd of "
                                 "fans in Eldoret.", "2023-05-10")
    e = next(x for x in events if x.sub_event_type == "Violent demonstration")
    roles = {a.role: a.kind for a in e.actors}
    assert (roles["actor1"], roles["actor2"]) == ("rioters", "state_forces")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On 3 May 2023, youths erected barricades on the main road in Kisumu.",
    "On 3 May 2023, angry residents lit bonfires in the streets of Machakos.",
])
def test_barricades_and_bonfires_are_crowd_violence(pipeline, events_of, text: str) -> None:
    events = [e for e in events_of(pipeline, text, "2023-05-10") if e.factuality == "asserted"]
    assert {e.event_type for e in events} == {"Riots"}, [(e.sub_event_type, e.trigger) for e in events]


def test_a_party_dispersed_by_the_police_is_no_armed_target() -> None:
    f = facts("crackdown", actor1_kind="state_forces", actor2_kind="political_militia",
              target_nouns=frozenset({"section", "legislator"}))
    assert classify(f).sub_event_type == "Protest with intervention"
