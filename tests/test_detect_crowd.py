"""Demonstrations told by what the protesters did (`flashpoint.detect_crowd`); sentences written for
these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _asserted(pipeline, events_of, text):
    return [e for e in events_of(pipeline, text, "2023-05-10") if e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "On 3 May 2023, protesters outside the county offices waved banners against the new tax.",
    "On 3 May 2023, demonstrators at the university demanded the resignation of the dean.",
])
def test_protesters_acts_tell_a_protest(pipeline, events_of, text: str) -> None:
    assert "Protests" in {e.event_type for e in _asserted(pipeline, events_of, text)}


@pytest.mark.parametrize("text", [
    "On 3 May 2023, protesters said they would return to the streets next week.",
    "On 3 May 2023, the protesters did not leave the square.",
    "Protesters want the governor to resign.",
])
def test_what_protesters_say_or_want_is_no_act(pipeline, events_of, text: str) -> None:
    assert not _asserted(pipeline, events_of, text)


def test_a_sentence_with_its_own_trigger_keeps_it(pipeline) -> None:
    import datetime as dt

    from flashpoint.detect import find_triggers
    from flashpoint.records import Document

    a = pipeline.analyse(Document("t", "Protesters clashed with police in the town.", dt.date(2024, 3, 8)))
    assert [t.category for t in find_triggers(a.doc, pipeline.lexicon, a.cleaned)] == ["clash"]
