"""The pipeline marks whether an event is told in its own right, and the note's primary event is
the one it leads with, not a more fully told aftermath (sentences written for these tests)."""

from __future__ import annotations

import pytest

from flashpoint.evaluate.metrics import primary_event


@pytest.mark.slow
def test_an_aftermath_told_later_is_not_the_primary_event(pipeline, events_of) -> None:
    text = "On 3 May 2023, rioters burnt a police post in Kisumu town. Police later arrested 12 people."
    events = events_of(pipeline, text, "2023-05-10")
    assert {e.sub_event_type for e in events} >= {"Arrests"}
    primary = primary_event(events)
    assert primary is not None and primary.event_type == "Riots"


@pytest.mark.slow
def test_an_act_told_as_a_reason_is_marked(pipeline, events_of) -> None:
    text = ("On 3 May 2023, residents held a protest in Kisumu town demanding justice for a boy who was "
            "killed by police last week.")
    marks = {e.event_type: e.extra["main_clause"] for e in events_of(pipeline, text, "2023-05-10")}
    assert marks.get("Protests") is True
    assert marks.get("Violence against civilians") is False
