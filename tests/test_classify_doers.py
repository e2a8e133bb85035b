"""Who did it, and what else the clause tells, decides between neighbouring classes: partisans who
fight or wreck are rioters, armed men who burn houses while attacking commit the attack, bombs
seized never exploded, weapons recovered in a fight belong to the fight, a crowd dispersed while
barricading a road rioted (sentences written for these tests, through the whole pipeline; and rules
over hand-built facts)."""

from __future__ import annotations

import pytest

from flashpoint.classify import Facts, classify
from flashpoint.pipeline import _head_noun
from support.events import sub_types_and_doers


def facts(main: str, **kw) -> Facts:
    cats = kw.pop("categories", frozenset({main}))
    return Facts(categories=frozenset(cats), main=main, **kw)


@pytest.mark.parametrize(("f", "sub"), [
    # supporters of a party or a politician who fight or wreck: a crowd
    (facts("clash", actor1_kind="political_militia", actor1_head="supporters"), "Mob violence"),
    (facts("riot", actor1_kind="political_militia", actor1_head="supporters"), "Mob violence"),
    # ... a named militia's fighters are not
    (facts("clash", actor1_kind="political_militia", actor1_head="fighters"), "Armed clash"),
    (facts("riot", actor1_kind="political_militia", actor1_head="militia"), "Looting/property destruction"),
    # armed men burning houses in a paragraph that tells their attack or killings: the attack
    (facts("riot", actor1_kind="rebel_group", nearby=frozenset({"attack"})), "Attack"),
    (facts("destroy", actor1_kind="political_militia", nearby=frozenset({"kill"})), "Attack"),
    (facts("riot", actor1_kind="rebel_group"), "Looting/property destruction"),
    # houses burnt in the clause that tells the killings, no doer named: the attack
    (facts("riot", categories={"riot", "kill"}, trigger="burned", lethal=True), "Attack"),
    # ... but stoning is a crowd's act
    (facts("riot", categories={"riot", "kill"}, trigger="stoned", lethal=True), "Mob violence"),
    # bombs seized or destroyed before they went off: disrupted weapons use
    (facts("ied", categories={"ied", "seize"}, actor1_kind="state_forces", target_nouns=frozenset({"bomb"})),
     "Disrupted weapons use"),
    (facts("ied", categories={"ied", "destroy", "kill"}, lethal=True), "Remote explosive/landmine/IED"),
    # weapons recovered from militants the forces killed or fought: the fight
    (facts("disrupted", categories={"disrupted", "kill"}, actor1_kind="state_forces", actor2_kind="rebel_group",
           target_nouns=frozenset({"weapons"}), lethal=True), "Armed clash"),
    (facts("territory", trigger="seized", actor1_kind="state_forces", nearby=frozenset({"clash"}),
           target_nouns=frozenset({"rifles"})), "Armed clash"),
    (facts("territory", trigger="seized", actor1_kind="state_forces", target_nouns=frozenset({"rifles"})),
     "Disrupted weapons use"),
    # police dispersing a crowd that, in the same clause, barricaded roads: the crowd's riot
    (facts("crackdown", actor1_kind="state_forces", embedded=frozenset({"riot"})), "Violent demonstration"),
    (facts("crackdown", actor1_kind="state_forces", actor2_kind="protesters"), "Protest with intervention"),
    # police who clashed with the crowd they dispersed: the crowd fought back
    (facts("crackdown", categories={"crackdown", "clash"}, actor1_kind="state_forces"), "Mob violence"),
    (facts("crackdown", categories={"crackdown", "clash"}, actor1_kind="state_forces", protest_context=True),
     "Violent demonstration"),
])
def test_rules_for_doers(f: Facts, sub: str) -> None:
    assert classify(f).sub_event_type == sub


@pytest.mark.parametrize(("text", "head"), [
    ("supporters of the county governor", "supporters"),
    ("the senator's supporters", "supporters"),
    ("Party A and Party B supporters", "supporters"),
    ("armed men", "men"),
    (None, ""),
])
def test_head_noun_of_an_actor(text: str | None, head: str) -> None:
    assert _head_noun(text) == head


CASES = [
    ("On 3 May 2023, supporters of two rival candidates clashed at a polling station in Kisii town.",
     "Mob violence", "rioters"),
    ("On 3 May 2023, gunmen attacked a village near Mocimboa, killing four people and burning houses.",
     "Attack", "political_militia"),
    ("On 3 May 2023, police confiscated four bombs at a house in Medan city.", "Disrupted weapons use",
     "state_forces"),
    ("On 3 May 2023, security forces killed four militants and recovered weapons in the forest.", "Armed clash",
     "state_forces"),
    ("On 3 May 2023, police used tear gas to disperse youths who had barricaded the highway in Kisumu.",
     "Violent demonstration", "rioters"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub", "kind"), CASES)
def test_sentence_gets_sub_type_and_doer(pipeline, events_of, text: str, sub: str, kind: str) -> None:
    found = sub_types_and_doers(events_of(pipeline, text, "2023-05-10"))
    assert (sub, kind) in found, found


@pytest.mark.slow
def test_a_zero_toll_is_not_harm(pipeline, events_of) -> None:
    """"No fatalities were reported" gives a known count of zero: nobody was hurt, so the
    crackdown on a march is an intervention, not excessive force."""
    text = "On 3 May 2021, police cracked down on a march by teachers in Nakuru. No fatalities were reported."
    subs = {e.sub_event_type for e in events_of(pipeline, text, "2021-05-10")}
    assert "Protest with intervention" in subs
    assert "Excessive force against protesters" not in subs
