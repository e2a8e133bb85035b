"""An act told inside one that happened keeps that one real: the killing is asserted though the
violence police "tried to halt" is not, the arrest though the march its victims "were going to
join" is only planned. An unreal act that governs the others still decides."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two men were shot dead by police in a village on Friday as officers tried to halt fighting between clans.",
    "Police arrested 30 students in the town on Friday who were going to join a march in the capital.",
    "Police fired tear gas on Friday to disperse traders preparing to protest the new market fees.",
])
def test_an_act_inside_one_that_happened_does_not_make_it_unreal(pipeline, events_of, text):
    events = events_of(pipeline, text)
    assert events and all(e.factuality == "asserted" for e in events)


@pytest.mark.parametrize("text, verdict", [
    ("The militia plans to attack the town and kill its leaders.", "planned"),
    ("Nobody was killed in the attack on the market, police said.", "negated"),
])
def test_an_unreal_act_that_governs_still_decides(pipeline, events_of, text, verdict):
    events = events_of(pipeline, text)
    assert events and events[0].factuality == verdict
