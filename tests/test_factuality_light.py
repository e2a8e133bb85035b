"""Light verbs carry the act their noun names: "engaged in running battles", "resulted in clashes"
tell the battles and clashes, with no date or toll of their own needed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Youths in Kibera engaged in running battles with police.",
    "A land dispute between two clans resulted in clashes near Garissa.",
])
def test_light_verb_tells_the_act(pipeline, events_of, text):
    events = events_of(pipeline, text)
    assert events and all(e.factuality == "asserted" for e in events)


def test_light_verb_keeps_a_plan_planned(pipeline, events_of):
    events = events_of(pipeline, "The rival clans may engage in clashes near Garissa.")
    assert [e.factuality for e in events] == ["hypothetical"]
