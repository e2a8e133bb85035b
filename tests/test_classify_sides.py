"""Who the sides of a fight are and what the toll says, for the weak classes: crowds (students,
inmates, rival groups) who fight each other or the police riot; a raid that hurts, takes and
seizes nothing is a security measure; force that hurts people during a curfew is the violence, not
the curfew; an interception with someone killed is an attack; security forces who set off a bomb
destroyed it; an intervention told inside a demonstration's own clause is its intervention
(sentences written for these tests; rules over hand-built facts, the parse through the pipeline)."""

from __future__ import annotations

import pytest

from flashpoint.classify import Facts, classify
from flashpoint.classify_sides import crowd_sides, doer_heads, side_heads
from support.events import sub_types_and_doers


def facts(main: str, **kw) -> Facts:
    cats = kw.pop("categories", frozenset({main}))
    return Facts(categories=frozenset(cats), main=main, **kw)


@pytest.mark.parametrize(("f", "sub"), [
    # unnamed sides told as crowds: a riot, not a battle
    (facts("clash", trigger="clashed", sides=frozenset({"student", "police"})), "Mob violence"),
    (facts("clash", trigger="clashed", sides=frozenset({"rival"})), "Mob violence"),
    (facts("clash", trigger="clashed", sides=frozenset({"inmate", "guard"}), protest_context=True),
     "Violent demonstration"),
    # ordinary people against the police are a crowd; against each other, a community's militia
    (facts("clash", trigger="clashed", sides=frozenset({"villager", "force"})), "Mob violence"),
    (facts("clash", trigger="clashed", sides=frozenset({"villager", "farmer"})), "Armed clash"),
    # any armed or unknown side keeps the battle
    (facts("clash", trigger="clashed", sides=frozenset({"student", "militant"})), "Armed clash"),
    (facts("clash", trigger="clashed"), "Armed clash"),
    # a named doer is not overruled by the words
    (facts("clash", trigger="clashed", actor1_kind="rebel_group", sides=frozenset({"student"})), "Armed clash"),
    # police named, the other side told as demonstrators: a violent demonstration
    (facts("clash", trigger="running battles", actor1_kind="state_forces", sides=frozenset({"police", "protester"})),
     "Violent demonstration"),
    (facts("clash", trigger="running battles", actor1_kind="state_forces", actor2_kind="rebel_group",
           sides=frozenset({"police", "protester"})), "Armed clash"),
    # crowds who attack
    (facts("attack", trigger="assaulted", sides=frozenset({"student"})), "Mob violence"),
    (facts("attack", trigger="assaulted", sides=frozenset({"gunman"})), "Attack"),
    # a raid or search that hurt, took and seized nothing: a security measure
    (facts("attack", trigger="raided", actor1_kind="state_forces", target_nouns=frozenset({"village"})),
     "Change to group/activity"),
    (facts("attack", trigger="raided", actor1_kind="state_forces", lethal=True), "Attack"),
    (facts("attack", trigger="raided", actor1_kind="state_forces", nearby=frozenset({"arrest"})), "Attack"),
    (facts("attack", trigger="raided", actor1_kind="rebel_group"), "Attack"),
    # someone hurt while a curfew was enforced: the violence
    (facts("change", trigger="curfew", categories={"change", "injure"}, actor1_kind="state_forces",
           actor2_kind="civilians", lethal=True), "Attack"),
    (facts("change", trigger="curfew"), "Change to group/activity"),
    # an interception of a vehicle in which a passenger was killed: an attack
    (facts("disrupted", trigger="intercepted", actor1_kind="rebel_group", nearby=frozenset({"kill"}),
           target_nouns=frozenset({"vehicle"})), "Attack"),
    (facts("disrupted", trigger="intercepted", actor1_kind="state_forces",
           target_nouns=frozenset({"weapons"})), "Disrupted weapons use"),
    # weapons taken from a guard who was wounded: the attack on him
    (facts("territory", trigger="seizing", categories={"territory", "attack", "injure"},
           actor1_kind="political_militia", actor2_kind="state_forces", target_nouns=frozenset({"weapon"}),
           lethal=True), "Armed clash"),
    # a bomb the security forces set off, nobody hurt: destroyed, not an attack
    (facts("ied", trigger="detonated", actor1_kind="state_forces", target_nouns=frozenset({"bomb"})),
     "Disrupted weapons use"),
    (facts("ied", trigger="detonated", actor1_kind="rebel_group"), "Remote explosive/landmine/IED"),
    # arrests or a dispersal told inside the demonstration's clause
    (facts("protest", trigger="demonstration", actor1_kind="protesters", embedded=frozenset({"arrest"})),
     "Protest with intervention"),
    (facts("protest", trigger="demonstration", actor1_kind="protesters"), "Peaceful protest"),
])
def test_rules_for_sides_and_tolls(f: Facts, sub: str) -> None:
    assert classify(f).sub_event_type == sub


@pytest.mark.parametrize(("heads", "crowd"), [
    ({"student", "police"}, True),
    ({"rival"}, True),
    ({"villager", "officer"}, True),
    ({"villager"}, False),
    ({"student", "bandit"}, False),
    (set(), False),
])
def test_crowd_sides(heads: set[str], crowd: bool) -> None:
    assert crowd_sides(frozenset(heads)) is crowd


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Two rival groups clashed at the market over a plot of land.", "clashed", {"rival"}),
    ("Two groups of students clashed at the school.", "clashed", {"student"}),
    ("Hundreds of students clashed with police near the campus.", "clashed", {"student", "police"}),
    ("There was a clash between traders and county officers at the bus park.", "clash", {"trader", "officer"}),
    ("The learners engaged police officers in running battles.", "running battles", {"learner", "officer"}),
    ("Police and protesters engaged in running battles.", "running battles", {"police", "protester"}),
])
def test_side_heads_from_the_parse(pipeline, text: str, trigger: str, expected: set[str]) -> None:
    doc = pipeline.nlp(text)
    assert expected <= side_heads(doc, trigger)


@pytest.mark.slow
def test_doer_heads_from_the_parse(pipeline) -> None:
    doc = pipeline.nlp("A lecturer was assaulted by students at the campus.")
    assert doer_heads(doc, "assaulted") == {"student"}
    assert doer_heads(doc, "stabbed") == frozenset()
    assert doer_heads(pipeline.nlp("Students assaulted a lecturer at the campus."), "assaulted") == {"student"}
    # the subject of a verb with no object is its victim
    assert doer_heads(pipeline.nlp("Two prisoners died during their detention."), "died") == frozenset()


CASES = [
    ("On 3 May 2023, two rival groups of traders clashed at the main market in Kisumu town.", "Mob violence",
     "rioters"),
    ("On 3 May 2023, hundreds of students clashed with police at the university in Eldoret town.",
     "Mob violence", "rioters"),
    ("On 3 May 2023, a demonstration was held in Kisumu town, during which police arrested 20 demonstrators.",
     "Protest with intervention", "protesters"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub", "kind"), CASES)
def test_sentence_gets_sub_type_and_doer(pipeline, events_of, text: str, sub: str, kind: str) -> None:
    found = sub_types_and_doers(events_of(pipeline, text, "2023-05-10"))
    assert (sub, kind) in found, found
