"""Helpers for tests that run the pipeline."""

from __future__ import annotations


def only(events):
    """The first event of a non-empty list (the tests' texts tell one event)."""
    assert events, "no event"
    return events[0]


def sub_types_and_doers(events) -> set[tuple[str | None, str | None]]:
    """(sub-event type, actor1 kind) of each asserted event."""
    return {(e.sub_event_type, next((a.kind for a in e.actors if a.role == "actor1"), None))
            for e in events if e.factuality == "asserted"}


def first_location(pipeline, text: str, published: str = "2024-03-08"):
    """The location of the first event the pipeline extracts from `text` (there must be one)."""
    import datetime as dt

    from flashpoint import Document

    events = pipeline.extract(Document("t", text, dt.date.fromisoformat(published)))
    assert events, "no event"
    return events[0].location
