"""Fighting told with "engage" (`flashpoint.detect_engage`); sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _asserted(pipeline, events_of, text):
    return [e for e in events_of(pipeline, text, "2023-05-10") if e.factuality == "asserted"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("On 3 May 2023, soldiers engaged the militants near the border post.", "Battles"),
    ("On 3 May 2023, rioters engaged the police after the results were announced.", "Riots"),
])
def test_engaging_a_fighting_party_is_a_fight(pipeline, events_of, text: str, event_type: str) -> None:
    assert event_type in {e.event_type for e in _asserted(pipeline, events_of, text)}


@pytest.mark.parametrize("text", [
    "On 3 May 2023, the governor engaged the police in talks over the land dispute.",
    "On 3 May 2023, the family engaged a lawyer for the case.",
])
def test_engaging_for_talks_or_services_is_no_fight(pipeline, events_of, text: str) -> None:
    assert not _asserted(pipeline, events_of, text)


def test_a_fight_with_its_own_trigger_keeps_it(pipeline) -> None:
    import datetime as dt

    from flashpoint.detect import find_triggers
    from flashpoint.records import Document

    text = "Students engaged the police in running battles near the campus."
    a = pipeline.analyse(Document("t", text, dt.date(2024, 3, 8)))
    assert [t.text for t in find_triggers(a.doc, pipeline.lexicon, a.cleaned)] == ["running battles"]
